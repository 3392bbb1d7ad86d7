"""Build gold.jsonl for dev13 and check every mention is a verbatim substring of its article.

Edit this script, not the JSONL. Run: python build_gold.py
"""
import pathlib, sys

ROOT = pathlib.Path(__file__).parent
sys.path.insert(0, str(ROOT.parent / "setkit"))  # the gold helper, checks and writing: tests/setkit/goldkit.py
import goldkit  # noqa: E402
from goldkit import ALL, N, O, R  # noqa: E402,F401

G, ev = goldkit.collector()
# ---------------------------------------------------------------- 01 Regional paper, foreign page: Quad summit in Washington, 2021-09-25 (Sat)
a = "d13_01_quad_top_washington"
Q4 = ["USA", "IND", "JPN", "AUS"]
ev(a, R, ["summit", "talks"], "occurred",
   ["Quad-leiders voor het eerst samen aan tafel in het Witte Huis",
    "De leiders van de Verenigde Staten, India, Japan en Australië hebben gisteren in het Witte Huis voor het eerst in persoon met elkaar vergaderd",
    "President Joe Biden ontving de Indiase premier Narendra Modi, de Australische premier Scott Morrison en de Japanse premier Yoshihide Suga voor een top van de Quad"],
   "2021-09-24", "2021-09-24", Q4, "first in-person Quad leaders' summit")
ev(a, R, ["summit", "talks"], "occurred",
   ["Het viertal kwam in maart ook al bijeen, maar toen via een videoverbinding"],
   ["2021-03-01", "2021-03-31"], "2021-03-12", Q4, "virtual Quad summit of March")
ev(a, R, ["delivery", "agreement"], "planned",
   ["Ze beloofden toen samen een miljard coronavaccins voor Aziatische landen te laten maken en te verspreiden, uiterlijk eind 2022"],
   ["2021-03-01", "2021-03-31"], "2021-03-12", Q4, "vaccine pledge, dated by the pledge ('toen' = in maart), not by 'eind 2022'")
ev(a, O, ["delivery", "agreement"], "planned",
   ["Gisteren bevestigden ze die belofte"],
   "2021-09-24", "2021-09-24", Q4, "reaffirmation of the March pledge")
ev(a, O, "delivery", "planned",
   ["India, waar een groot deel van die vaccins van de band moet rollen, hervat volgende maand de export van vaccins"],
   ["2021-10-01", "2021-10-31"], None, ["IND"], "resumption of vaccine exports; no recipient, announced earlier: optional")
ev(a, R, "agreement", "occurred",
   ["In een gezamenlijke verklaring spreken de vier af samen te werken aan veilige toeleveringsketens voor halfgeleiders en aan de uitrol van 5G",
    "Ook komt er een beurzenprogramma waarmee elk jaar honderd studenten uit de vier landen in de Verenigde Staten een technische studie kunnen volgen",
    "De leiders willen elkaar voortaan elk jaar zien"],
   "2021-09-24", "2021-09-24", Q4, "joint statement; its content sentences are mentions")
ev(a, O, "summit", "planned",
   ["De leiders willen elkaar voortaan elk jaar zien"],
   None, None, Q4, "future annual summits, undated")
ev(a, R, ["condemnation", "warning"], "occurred",
   ["Peking reageerde deze week al afwijzend: een woordvoerder van het Chinese ministerie van Buitenlandse Zaken zei dat 'exclusieve kliekjes' die zich tegen derde landen richten, geen steun zullen vinden"],
   ["2021-09-20", "2021-09-25"], None, ["CHN"], "'deze week' in the past tense = Monday to publication; the target (the Quad) has no id, the four are not named in the sentence")
ev(a, R, ["talks", "summit"], "occurred",
   ["Voor het begin van de top had Biden een eerste ontmoeting met Modi in het Oval Office",
    "Ze spraken over handel, klimaat en Afghanistan"],
   "2021-09-24", "2021-09-24", ["USA", "IND"])
ev(a, R, "talks", "occurred",
   ["Donderdag had Modi al een gesprek met vicepresident Kamala Harris"],
   "2021-09-23", "2021-09-23", ["IND", "USA"])
ev(a, R, ["talks", "summit"], "occurred",
   ["Morrison zag Biden dinsdag in New York, in de marge van de Algemene Vergadering van de Verenigde Naties"],
   "2021-09-21", "2021-09-21", ["AUS", "USA"])
ev(a, R, "agreement", "occurred",
   ["Vorige week woensdag maakten de Verenigde Staten, Groot-Brittannië en Australië bekend dat ze een nieuw veiligheidspact sluiten, AUKUS",
    "Australië krijgt daarbij hulp van Washington en Londen om onderzeeërs met kernaandrijving te bouwen"],
   "2021-09-15", "2021-09-15", ["USA", "GBR", "AUS"], "AUKUS; 'vorige week woensdag'")
ev(a, N, ["agreement", "delivery"], "negated",
   ["Canberra zegde daarop een contract met het Franse Naval Group voor twaalf conventionele onderzeeërs op"],
   None, None, ["AUS", "FRA"], "cancelled submarine contract")
ev(a, R, "condemnation", "occurred",
   ["Parijs was woedend en sprak van een dolksteek in de rug"],
   ["2021-09-15", "2021-09-17"], "2021-09-16", ["FRA", "AUS", "USA"], "told before Friday's recall: window from the announcement")
ev(a, R, ["sanction", "condemnation"], "occurred",
   ["Vorige week vrijdag riep Frankrijk zijn ambassadeurs in Washington en Canberra terug voor overleg"],
   "2021-09-17", "2021-09-17", ["FRA", "USA", "AUS"], "recall of two ambassadors: reduce relations")
ev(a, R, "talks", "occurred",
   ["Biden probeerde de schade woensdag te beperken in een telefoongesprek met de Franse president Emmanuel Macron"],
   "2021-09-22", "2021-09-22", ["USA", "FRA"])
ev(a, R, "agreement", "occurred",
   ["De twee spraken af dat de Franse ambassadeur volgende week terugkeert naar Washington en dat ze elkaar eind oktober in Europa ontmoeten"],
   "2021-09-22", "2021-09-22", ["USA", "FRA"], "agreed in the call")
ev(a, R, ["summit", "talks"], "planned",
   ["De twee spraken af dat de Franse ambassadeur volgende week terugkeert naar Washington en dat ze elkaar eind oktober in Europa ontmoeten"],
   ["2021-10-21", "2021-10-31"], "2021-10-29", ["USA", "FRA"], "planned meeting, second event in the sentence")
ev(a, O, "proposal", "occurred",
   ["Volgens een gezamenlijke verklaring erkende Biden dat beter overleg met Frankrijk op zijn plaats was geweest"],
   "2021-09-22", "2021-09-22", ["USA", "FRA"], "admission, apology-like: optional proposal")
ev(a, N, ["talks"], "negated",
   ["Een gesprek tussen hem en Macron is er sinds het uitbreken van de ruzie nog niet geweest"],
   None, None, ["AUS", "FRA"], "no Morrison-Macron call")
# ---------------------------------------------------------------- 02 Quality-paper analysis: Galwan clash and India-China talks, 2020-06-24 (Wed)
a = "d13_02_analyse_galwan_india_china"
IC = ["IND", "CHN"]
ev(a, O, "agreement", "occurred",
   ["In een akkoord uit 1996 beloofden de twee landen bij de feitelijke grens, de Line of Actual Control, geen vuurwapens te gebruiken"],
   ["1996-01-01", "1996-12-31"], "1996-11-29", IC, "1996 confidence-building agreement, background")
ev(a, R, "talks", "occurred",
   ["Maandag spraken twee generaals, een van elk land, ruim tien uur met elkaar in Moldo, aan de Chinese kant van de grens"],
   "2020-06-22", "2020-06-22", IC, "corps commanders' talks")
ev(a, R, "agreement", "occurred",
   ["Volgens het Indiase leger spraken ze af dat de troepen op alle omstreden plekken in oostelijk Ladakh uit elkaar gaan"],
   "2020-06-22", "2020-06-22", IC, "disengagement agreed in Moldo")
ev(a, R, "talks", "occurred",
   ["De toon werd vorige week woensdag gezet, in een telefoongesprek tussen de ministers van Buitenlandse Zaken Subrahmanyam Jaishankar en Wang Yi"],
   "2020-06-17", "2020-06-17", IC, "'vorige week woensdag'")
ev(a, R, "condemnation", "occurred",
   ["Jaishankar beschuldigde China ervan de botsing vooraf te hebben beraamd"],
   "2020-06-17", "2020-06-17", IC, "date carried from the call")
ev(a, R, "demand", "occurred",
   ["Wang eiste op zijn beurt dat India de verantwoordelijken streng straft en zijn troepen in toom houdt"],
   "2020-06-17", "2020-06-17", ["CHN", "IND"])
ev(a, R, "agreement", "occurred",
   ["Toch kwamen de twee overeen dat ze de situatie 'op een verantwoordelijke manier' zullen aanpakken"],
   "2020-06-17", "2020-06-17", IC)
ev(a, R, "agreement", "occurred",
   ["dat beide kanten zich houden aan de afspraken die de legers op 6 juni al hadden gemaakt"],
   "2020-06-06", "2020-06-06", IC, "the army commanders' understanding of 6 June: second event in the sentence")
ev(a, R, "condemnation", "occurred",
   ["Peking draait het om: een woordvoerder van het Chinese ministerie van Buitenlandse Zaken verweet Indiase troepen dat ze de grens twee keer waren overgestoken en Chinese militairen hadden aangevallen"],
   ["2020-06-16", "2020-06-24"], None, ["CHN", "IND"], "undated reaction: window from the clash to publication")
ev(a, O, "condemnation", "occurred",
   ["De oppositie verweet hem daarop dat hij de Chinese lezing overnam"],
   ["2020-06-19", "2020-06-20"], None, ["IND"], "domestic criticism")
ev(a, R, ["summit", "talks"], "occurred",
   ["Gisteren zaten Jaishankar en Wang, samen met hun Russische collega Sergej Lavrov, in een videoconferentie van Rusland, India en China"],
   "2020-06-23", "2020-06-23", ["RUS", "IND", "CHN"], "RIC foreign ministers' video conference")
ev(a, O, "condemnation", "occurred",
   ["Jaishankar gebruikte de gelegenheid voor een sneer: wie een leidende rol in de wereld wil spelen, moet het internationaal recht respecteren en de belangen van partners erkennen"],
   "2020-06-23", "2020-06-23", IC, "veiled criticism")
ev(a, R, "talks", "planned",
   ["Vandaag praten diplomaten van beide landen via een videoverbinding verder, in een overlegorgaan voor grenszaken"],
   "2020-06-24", "2020-06-24", IC, "WMCC video meeting today")
ev(a, R, ["summit", "talks"], "occurred",
   ["Na een patstelling van ruim twee maanden op het hoogland van Doklam in 2017 ontmoetten ze elkaar in april 2018 informeel in Wuhan"],
   ["2018-04-01", "2018-04-30"], "2018-04-27", IC, "Wuhan informal summit")
ev(a, R, ["summit", "talks"], "occurred",
   ["en in oktober vorig jaar nog in het Indiase kustplaatsje Mamallapuram"],
   ["2019-10-01", "2019-10-31"], "2019-10-11", IC, "Mamallapuram informal summit: second event in the sentence")
ev(a, O, ["demand", "sanction"], "occurred",
   ["Handelaren hebben opgeroepen Chinese goederen te laten liggen"],
   None, None, ["IND", "CHN"], "domestic boycott call by traders")
# ---------------------------------------------------------------- 03 Liveblog: last day of the G7 summit in Hiroshima, 2023-05-21 (Sun)
a = "d13_03_liveblog_g7_hiroshima"
ev(a, R, ["summit", "talks"], "occurred",
   ["De Oekraïense president Volodymyr Zelensky zit vandaag aan tafel bij de leiders van de G7 en een aantal gastlanden",
    "Het is de laatste dag van de top, die vrijdag begon",
    "Zelensky schuift aan bij de G7"],
   ["2023-05-19", "2023-05-21"], "2023-05-19", ["G7", "JPN", "UKR"], "G7 summit 19-21 May; Zelensky's session today is part of it")
ev(a, R, ["talks", "summit"], "occurred",
   ["Zelensky spreekt Biden",
    "Zelensky en de Amerikaanse president Joe Biden hebben elkaar in Hiroshima gesproken"],
   "2023-05-21", "2023-05-21", ["UKR", "USA"])
ev(a, R, "delivery", "planned",
   ["nieuw Amerikaans steunpakket",
    "Biden belooft Oekraïne nieuwe wapens",
    "Biden maakte daarbij een nieuw militair steunpakket van 375 miljoen dollar bekend, met onder meer artilleriemunitie en munitie voor HIMARS-raketwerpers"],
   "2023-05-21", "2023-05-21", ["USA", "UKR"], "announced package: planned")
ev(a, N, ["talks", "summit"], "negated",
   ["Een ontmoeting tussen Zelensky en de Braziliaanse president Lula da Silva is er vandaag niet van gekomen",
    "Volgens Lula was er een afspraak gemaakt, maar kwam de Oekraïner niet opdagen"],
   None, None, ["UKR", "BRA"], "meeting that did not take place")
ev(a, N, ["delivery"], "negated",
   ["Brazilië weigert wapens aan Oekraïne te leveren"],
   None, None, ["BRA", "UKR"])
ev(a, O, "proposal", "occurred",
   ["en wil samen met andere landen bemiddelen"],
   None, None, ["BRA"], "standing offer to mediate, undated")
ev(a, R, ["condemnation", "talks", "demand"], "occurred",
   ["Peking ontbiedt Japanse ambassadeur",
    "China heeft vandaag de Japanse ambassadeur in Peking op het matje geroepen vanwege de slotverklaring van de G7",
    "Onderminister van Buitenlandse Zaken Sun Weidong verweet Japan dat het samen met de andere landen China in een kwaad daglicht stelt"],
   "2023-05-21", "2023-05-21", ["CHN", "JPN"], "summoning")
ev(a, R, "condemnation", "occurred",
   ["Gisteren zei het Chinese ministerie van Buitenlandse Zaken al dat het de verklaring \"ten stelligste betreurt\" en er \"fel tegen gekant\" is"],
   "2023-05-20", "2023-05-20", ["CHN", "G7"])
ev(a, R, "talks", "occurred",
   ["Zelensky sprak vandaag met de Zuid-Koreaanse president Yoon Suk-yeol, die als gast in Hiroshima is"],
   "2023-05-21", "2023-05-21", ["UKR", "KOR"])
ev(a, R, "delivery", "planned",
   ["Zuid-Korea belooft meer hulp",
    "Yoon zegde Oekraïne meer niet-militaire hulp toe, zoals apparatuur om mijnen op te sporen en ambulances"],
   "2023-05-21", "2023-05-21", ["KOR", "UKR"], "pledge")
ev(a, N, ["delivery"], "negated",
   ["Wapens levert Zuid-Korea niet"],
   None, None, ["KOR", "UKR"])
ev(a, R, ["talks", "summit"], "occurred",
   ["Hij sprak daarna met onder anderen de Indiase premier Narendra Modi; het was hun eerste ontmoeting sinds de Russische inval"],
   "2023-05-20", "2023-05-20", ["UKR", "IND"])
ev(a, O, "proposal", "occurred",
   ["Modi zei dat India zal doen wat het kan om een oplossing te vinden"],
   "2023-05-20", "2023-05-20", ["IND", "UKR"], "vague offer")
ev(a, R, ["talks", "summit"], "occurred",
   ["Ook de Britse premier Rishi Sunak, de Italiaanse premier Giorgia Meloni en de Franse president Emmanuel Macron zagen Zelensky"],
   "2023-05-20", "2023-05-20", ["UKR", "GBR", "ITA", "FRA"], "three meetings listed in one clause: one line")
ev(a, R, "agreement", "occurred",
   ["De G7-leiders publiceerden gisteren hun slotverklaring",
    "Daarin staat dat ze zich economisch niet willen losmaken van China, maar de risico's van hun afhankelijkheid wel willen verkleinen"],
   "2023-05-20", "2023-05-20", ["G7"], "leaders' communiqué")
ev(a, R, "demand", "occurred",
   ["Ze roepen Peking op om Rusland onder druk te zetten zijn troepen uit Oekraïne terug te trekken"],
   "2023-05-20", "2023-05-20", ["G7", "CHN"], "content of the communiqué in another type")
ev(a, R, "condemnation", "occurred",
   ["De Russische minister van Buitenlandse Zaken Sergej Lavrov noemde de top gisteren een poging om Rusland en China tegelijk in te dammen"],
   "2023-05-20", "2023-05-20", ["RUS", "G7"])
ev(a, R, "summit", "occurred",
   ["Eveneens gisteren zaten de leiders van de VS, Japan, India en Australië in Hiroshima bij elkaar voor een top van de Quad"],
   "2023-05-20", "2023-05-20", ["USA", "JPN", "IND", "AUS"])
ev(a, N, ["summit", "talks"], "negated",
   ["Die zou eigenlijk later deze maand in Sydney zijn, maar Biden zegde zijn reis naar Australië af vanwege de ruzie over het Amerikaanse schuldenplafond"],
   None, None, ["USA", "AUS"], "cancelled Sydney summit and trip")
ev(a, R, "sanction", "occurred",
   ["Op de eerste dag van de top spraken de G7-landen nieuwe sancties tegen Rusland af, onder meer om de handel in Russische diamanten aan banden te leggen"],
   "2023-05-19", "2023-05-19", ["G7", "RUS"])
ev(a, R, "sanction", "occurred",
   ["Groot-Brittannië kondigde een invoerverbod af op Russische diamanten, koper, aluminium en nikkel"],
   "2023-05-19", "2023-05-19", ["GBR", "RUS"], "date carried from 'Op de eerste dag van de top'")
ev(a, R, "sanction", "occurred",
   ["de Verenigde Staten zetten honderden bedrijven en personen op hun sanctielijst"],
   "2023-05-19", "2023-05-19", ["USA", "RUS"], "second event in the sentence")
ev(a, O, ["delivery", "proposal"], "planned",
   ["Biden liet zijn collega's vrijdag weten dat Washington het trainen van Oekraïense piloten op Amerikaanse F-16's steunt"],
   "2023-05-19", "2023-05-19", ["USA", "UKR"], "support for pilot training: not clearly a type")
ev(a, N, ["delivery"], "negated",
   ["Welke landen de toestellen zelf gaan leveren, is nog niet besloten"],
   None, None, ["UKR"], "no delivery decided")
ev(a, R, "delivery", "occurred",
   ["Vorig jaar stuurde Seoul al medische spullen en generatoren"],
   ["2022-01-01", "2022-12-31"], None, ["KOR", "UKR"], "humanitarian aid delivered in 2022; 'Vorig jaar' = the year before")
# ---------------------------------------------------------------- 04 Flemish news site: Macron in Algiers, 2022-08-28 (Sun)
a = "d13_04_vlaams_macron_algiers"
FD = ["FRA", "DZA"]
ev(a, R, "agreement", "occurred",
   ["De Franse president Emmanuel Macron en zijn Algerijnse collega Abdelmadjid Tebboune hebben zaterdag in Algiers een verklaring ondertekend over een 'vernieuwd partnerschap' tussen beide landen",
    "In de verklaring beloven de twee landen nauwer samen te werken op het vlak van economie, onderwijs, cultuur en jongeren",
    "Er komt ook een gezamenlijke raad op het hoogste niveau die geregeld zal samenkomen"],
   "2022-08-27", "2022-08-27", FD, "Algiers declaration for a renewed partnership")
ev(a, R, ["summit", "talks"], "occurred",
   ["Daarmee sloot Macron een driedaags bezoek aan de voormalige kolonie af",
    "Ook daarover praatten de presidenten deze week"],
   ["2022-08-25", "2022-08-27"], "2022-08-25", FD, "three-day state visit 25-27 Aug")
ev(a, R, "agreement", "occurred",
   ["Al op de eerste dag, donderdag, raakten Macron en Tebboune het eens over een commissie van Franse en Algerijnse historici",
    "Die moet de archieven over de koloniale periode en de onafhankelijkheidsoorlog (1954-1962) samen onderzoeken"],
   "2022-08-25", "2022-08-25", FD, "joint commission of historians")
ev(a, N, ["proposal"], "negated",
   ["Excuses voor de koloniale periode bood hij ook nu niet aan"],
   None, None, FD, "no apology offered")
ev(a, R, "talks", "occurred",
   ["Tijdens het bezoek zaten ook de legerleiders en de hoofden van de inlichtingendiensten van beide landen samen met de presidenten rond de tafel"],
   ["2022-08-25", "2022-08-27"], None, FD, "security chiefs' meeting during the visit")
ev(a, R, ["agreement", "delivery"], "occurred",
   ["Premier Mario Draghi sloot in juli in Algiers al akkoorden over extra gasleveringen aan zijn land"],
   ["2022-07-01", "2022-07-31"], "2022-07-18", ["ITA", "DZA"], "Italian-Algerian gas agreements")
ev(a, O, ["talks", "summit"], "occurred",
   ["Premier Mario Draghi sloot in juli in Algiers al akkoorden over extra gasleveringen aan zijn land"],
   ["2022-07-01", "2022-07-31"], "2022-07-18", ["ITA", "DZA"], "Draghi's visit, implied")
ev(a, R, ["sanction", "condemnation"], "occurred",
   ["Begin oktober vorig jaar riep Algerije zijn ambassadeur in Parijs terug"],
   ["2021-10-01", "2021-10-10"], "2021-10-02", ["DZA", "FRA"], "recall of the ambassador")
ev(a, R, "sanction", "occurred",
   ["Algiers sloot daarop ook zijn luchtruim voor Franse militaire vliegtuigen die op weg waren naar de Sahel"],
   ["2021-10-01", "2021-10-10"], "2021-10-03", ["DZA", "FRA"], "airspace closure; date carried from 'Begin oktober vorig jaar'")
ev(a, R, "sanction", "occurred",
   ["Eind september vorig jaar had Parijs al beslist om veel minder visa uit te reiken aan Algerijnen, Marokkanen en Tunesiërs"],
   ["2021-09-21", "2021-09-30"], "2021-09-28", ["FRA", "DZA", "MAR", "TUN"], "visa cut as pressure")
ev(a, N, ["agreement"], "negated",
   ["Een akkoord over de visa is er nog niet"],
   None, None, FD)
ev(a, O, ["agreement", "talks"], "occurred",
   ["De Algerijnse ambassadeur keerde begin dit jaar terug naar Parijs"],
   ["2022-01-01", "2022-03-31"], None, FD, "return of the ambassador (model: no clear type); 'begin dit jaar' = first quarter")
# ---------------------------------------------------------------- 05 Public broadcaster: Paris climate agreement at COP21, 2015-12-12 (Sat)
a = "d13_05_klimaatakkoord_parijs"
COP = ["UN", "FRA", "USA", "CHN"]
ev(a, R, "agreement", "occurred",
   ["Wereld sluit klimaatakkoord in Parijs: opwarming ruim onder twee graden",
    "De 195 landen op de klimaatconferentie in Parijs hebben vanavond een wereldwijd klimaatakkoord aangenomen",
    "Om half acht sloeg de Franse minister van Buitenlandse Zaken Laurent Fabius, voorzitter van de conferentie, met een groene hamer op tafel",
    "In het akkoord spreken de landen af de opwarming van de aarde ruim onder de twee graden te houden, en te streven naar maximaal anderhalve graad",
    "Ook de Verenigde Staten en China, samen goed voor bijna veertig procent van de uitstoot van broeikasgassen, staan achter de tekst"],
   "2015-12-12", "2015-12-12", COP, "Paris Agreement adopted; actors: UN, host (presidency) and the two named big emitters")
ev(a, R, "proposal", "occurred",
   ["Fabius legde de definitieve tekst vanmiddag aan de delegaties voor, na een nacht waarin tot in de vroege ochtend werd onderhandeld"],
   "2015-12-12", "2015-12-12", ["FRA", "UN"], "final text tabled by the presidency")
ev(a, O, "delivery", "planned",
   ["de rijke landen blijven vanaf 2020 elk jaar minstens honderd miljard dollar bijeenbrengen om arme landen te helpen zich aan te passen en schoner te worden"],
   "2015-12-12", "2015-12-12", ["UN"], "climate finance, content of the decision; no named donor")
ev(a, R, "summit", "occurred",
   ["De klimaattop begon op 30 november met een bijeenkomst van zo'n 150 staatshoofden en regeringsleiders, een paar weken na de aanslagen in Parijs"],
   ["2015-11-30", "2015-12-12"], "2015-11-30", ["UN", "FRA"], "COP21, 30 Nov - 12 Dec")
ev(a, R, ["talks", "summit"], "occurred",
   ["De Amerikaanse president Barack Obama sprak die eerste dag apart met de Chinese president Xi Jinping en met de Indiase premier Narendra Modi"],
   "2015-11-30", "2015-11-30", ["USA", "CHN"], "Obama-Xi")
ev(a, R, ["talks", "summit"], "occurred",
   ["De Amerikaanse president Barack Obama sprak die eerste dag apart met de Chinese president Xi Jinping en met de Indiase premier Narendra Modi"],
   "2015-11-30", "2015-11-30", ["USA", "IND"], "Obama-Modi: second meeting in the sentence")
ev(a, R, "agreement", "occurred",
   ["In november 2014 kondigden Obama en Xi in Peking samen doelen aan voor het terugdringen van de uitstoot van hun landen"],
   ["2014-11-01", "2014-11-30"], "2014-11-12", ["USA", "CHN"], "joint US-China climate announcement")
ev(a, R, ["agreement", "proposal"], "occurred",
   ["Eerder deze week maakte de Europese Unie bekend dat ze een bondgenootschap heeft gesloten met tientallen landen uit Afrika, het Caribisch gebied en de Stille Oceaan, onder wie de Marshalleilanden",
    "Later sloten ook de Verenigde Staten zich erbij aan"],
   ["2015-12-07", "2015-12-11"], "2015-12-08", ["EU", "MHL", "USA"], "High Ambition Coalition; 'eerder deze week' = Monday to the day before publication")
ev(a, O, "agreement", "occurred",
   ["Het akkoord moet de opvolger worden van het Kyoto-protocol uit 1997, waaraan de Verenigde Staten nooit meededen"],
   ["1997-01-01", "1997-12-31"], "1997-12-11", ["UN", "JPN"], "Kyoto Protocol in passing")
ev(a, N, ["agreement"], "negated",
   ["In Kopenhagen, in 2009, mislukte een poging om tot een nieuw wereldwijd verdrag te komen"],
   None, None, ["UN", "DNK"], "failed Copenhagen conference")
ev(a, O, "summit", "occurred",
   ["In Kopenhagen, in 2009, mislukte een poging om tot een nieuw wereldwijd verdrag te komen"],
   ["2009-01-01", "2009-12-31"], "2009-12-07", ["UN", "DNK"], "Copenhagen conference in passing")
ev(a, R, "agreement", "planned",
   ["Vanaf april volgend jaar kunnen landen het akkoord in New York ondertekenen"],
   ["2016-04-01", "2016-04-30"], "2016-04-22", ["UN"], "signature opens in April 2016")
ev(a, O, "agreement", "planned",
   ["Het treedt in werking als 55 landen die samen minstens 55 procent van de uitstoot veroorzaken, het hebben geratificeerd"],
   None, None, ["UN"], "ratification, conditional")
ev(a, R, "summit", "planned",
   ["Volgend jaar komen de landen opnieuw bijeen, dan in het Marokkaanse Marrakech"],
   ["2016-01-01", "2016-12-31"], "2016-11-07", ["UN", "MAR"], "COP22")
# ---------------------------------------------------------------- 06 Agency wire: Russia's measures against Turkey after the Su-24, 2015-11-28 (Sat)
a = "d13_06_rusland_turkije_su24"
RT = ["RUS", "TUR"]
ev(a, R, "sanction", "occurred",
   ["Poetin tekent strafmaatregelen tegen Turkije na neerschieten bommenwerper",
    "De Russische president Vladimir Poetin heeft vandaag een decreet ondertekend met economische strafmaatregelen tegen Turkije",
    "Volgens het decreet mag een deel van de Turkse producten niet meer worden ingevoerd en komt er een verbod op chartervluchten tussen beide landen",
    "Russische reisbureaus mogen geen vakanties naar Turkije meer verkopen",
    "Ook de visumvrije regeling voor Turken wordt vanaf die datum opgeschort"],
   "2015-11-28", "2015-11-28", RT, "one decree = one package; dated by the decree, not by 1 January")
ev(a, O, "warning", "occurred",
   ["Volgens Ankara was het toestel het Turkse luchtruim binnengevlogen en was het binnen vijf minuten tien keer gewaarschuwd"],
   "2015-11-24", "2015-11-24", ["TUR", "RUS"], "radio warnings to the aircraft")
ev(a, R, "condemnation", "occurred",
   ["Poetin reageerde dinsdag woedend",
    "Bij een ontmoeting met koning Abdullah van Jordanië in Sotsji sprak hij van een \"dolkstoot in de rug, toegebracht door handlangers van terroristen\""],
   "2015-11-24", "2015-11-24", RT)
ev(a, R, ["talks", "summit"], "occurred",
   ["Bij een ontmoeting met koning Abdullah van Jordanië in Sotsji"],
   "2015-11-24", "2015-11-24", ["RUS", "JOR"], "second event in the sentence")
ev(a, R, "warning", "occurred",
   ["Hij waarschuwde dat het incident \"ernstige gevolgen\" zal hebben voor de betrekkingen tussen Rusland en Turkije"],
   "2015-11-24", "2015-11-24", RT)
ev(a, R, "sanction", "occurred",
   ["Het Russische ministerie van Defensie verbrak dezelfde dag alle militaire contacten met Turkije"],
   "2015-11-24", "2015-11-24", RT, "suspension of military contacts: reduce relations")
ev(a, R, ["condemnation", "talks", "demand"], "occurred",
   ["en ontbood de Turkse militair attaché"],
   "2015-11-24", "2015-11-24", RT, "summoning; second event in the sentence")
ev(a, N, ["talks"], "negated",
   ["Minister van Buitenlandse Zaken Sergej Lavrov zegde een bezoek aan Turkije af dat voor woensdag gepland stond"],
   None, None, RT, "cancelled visit")
ev(a, O, "sanction", "occurred",
   ["Minister van Buitenlandse Zaken Sergej Lavrov zegde een bezoek aan Turkije af dat voor woensdag gepland stond"],
   ["2015-11-24", "2015-11-25"], None, RT, "cancellation as a protest measure")
ev(a, O, ["warning", "sanction"], "occurred",
   ["Hij raadde Russen af om naar Turkije te reizen"],
   ["2015-11-24", "2015-11-25"], "2015-11-24", RT, "travel advice")
ev(a, R, ["talks", "summit"], "occurred",
   ["Turkije vroeg dinsdag nog om een spoedoverleg van de NAVO",
    "Na afloop sprak secretaris-generaal Jens Stoltenberg zijn steun uit voor Turkije"],
   "2015-11-24", "2015-11-24", ["NATO", "TUR"], "extraordinary North Atlantic Council")
ev(a, O, "demand", "occurred",
   ["Turkije vroeg dinsdag nog om een spoedoverleg van de NAVO"],
   "2015-11-24", "2015-11-24", ["TUR", "NATO"], "request for the meeting")
ev(a, R, "demand", "occurred",
   ["maar hij riep beide landen op de spanning niet verder op te laten lopen"],
   "2015-11-24", "2015-11-24", ["NATO", "TUR", "RUS"])
ev(a, N, ["proposal"], "negated",
   ["De Turkse president Recep Tayyip Erdogan weigert excuses aan te bieden",
    "Poetin zei dezelfde dag dat Rusland nog altijd geen verontschuldiging heeft gekregen"],
   None, None, RT, "no apology")
ev(a, R, ["demand", "condemnation"], "occurred",
   ["\"Wie ons luchtruim schendt, moet zich verontschuldigen\", zei hij donderdag tegen de Amerikaanse zender CNN"],
   "2015-11-26", "2015-11-26", RT, "counter-demand for an apology")
ev(a, O, ["demand", "condemnation"], "occurred",
   ["Poetin zei dezelfde dag dat Rusland nog altijd geen verontschuldiging heeft gekregen"],
   "2015-11-26", "2015-11-26", RT, "implied demand")
ev(a, R, ["talks", "summit"], "occurred",
   ["Hij deed dat op een persconferentie met de Franse president François Hollande, die in Moskou was om te praten over een gezamenlijke aanpak van Islamitische Staat"],
   "2015-11-26", "2015-11-26", ["RUS", "FRA"])
ev(a, O, "proposal", "occurred",
   ["Hij zei dat het incident hem echt verdriet doet en dat hij had gewild dat het niet was gebeurd"],
   "2015-11-28", "2015-11-28", RT, "regret without apology")
ev(a, R, "proposal", "occurred",
   ["Hij wil Poetin maandag spreken in Parijs, waar beide presidenten naar de klimaatconferentie gaan",
    "Het Kremlin heeft op dat voorstel nog niet gereageerd"],
   "2015-11-28", "2015-11-28", RT, "proposal of a meeting, dated by the proposal")
ev(a, O, ["talks", "summit"], "planned",
   ["Hij wil Poetin maandag spreken in Parijs, waar beide presidenten naar de klimaatconferentie gaan"],
   "2015-11-30", "2015-11-30", RT, "the proposed meeting (did not take place: true_date null)")
ev(a, O, "summit", "planned",
   ["waar beide presidenten naar de klimaatconferentie gaan"],
   "2015-11-30", "2015-11-30", ["UN", "FRA"], "COP21 opening in passing")
ev(a, N, ["talks"], "negated",
   ["Volgens Erdogan heeft hij Poetin sinds dinsdag al meerdere keren proberen te bellen, zonder dat die de telefoon opnam"],
   None, None, RT, "calls not answered")
ev(a, O, "delivery", "occurred",
   ["Rusland is de grootste gasleverancier van Turkije en bouwt er een kerncentrale"],
   None, None, RT, "standing gas supply")
# ---------------------------------------------------------------- 07 Public broadcaster: Iran seizes the Stena Impero, 2019-07-20 (Sat)
a = "d13_07_iran_stena_impero"
GI = ["GBR", "IRN"]
ev(a, R, "demand", "occurred",
   ["De Britse regering eist dat Iran de tanker Stena Impero onmiddellijk vrijgeeft"],
   ["2019-07-19", "2019-07-20"], "2019-07-19", GI, "present-tense demand: seizure evening to publication")
ev(a, O, "sanction", "occurred",
   ["De Iraanse Revolutionaire Garde heeft het schip, dat onder Britse vlag vaart, gisteravond in de Straat van Hormuz in beslag genomen",
    "Iran neemt Brits olieschip in beslag"],
   "2019-07-19", "2019-07-19", ["IRN", "GBR"], "seizure of a ship: coercion, not clearly one of the nine types")
ev(a, O, "condemnation", "occurred",
   ["Volgens de Iraanse autoriteiten heeft de Stena Impero de regels op zee overtreden en is het in aanvaring gekomen met een vissersboot"],
   ["2019-07-19", "2019-07-20"], None, ["IRN"], "accusation against a ship, not a state")
ev(a, R, "condemnation", "occurred",
   ["De Britse minister van Buitenlandse Zaken Jeremy Hunt noemde de inbeslagname gisteravond onaanvaardbaar"],
   "2019-07-19", "2019-07-19", GI)
ev(a, R, "warning", "occurred",
   ["Londen waarschuwt voor 'ernstige gevolgen'",
    "Hij waarschuwde dat Iran \"ernstige gevolgen\" te wachten staan als het schip niet snel wordt vrijgelaten"],
   "2019-07-19", "2019-07-19", GI, "conditional threat = warning")
ev(a, R, "warning", "occurred",
   ["Vandaag zei hij dat het Britse antwoord \"weloverwogen maar krachtig\" zal zijn"],
   "2019-07-20", "2019-07-20", GI)
ev(a, R, "talks", "occurred",
   ["Hunt sprak vanmiddag telefonisch met zijn Iraanse collega Mohammad Javad Zarif en liet hem weten dat hij \"buitengewoon teleurgesteld\" is"],
   "2019-07-20", "2019-07-20", GI)
ev(a, O, "condemnation", "occurred",
   ["liet hem weten dat hij \"buitengewoon teleurgesteld\" is"],
   "2019-07-20", "2019-07-20", GI, "disappointment: mild")
ev(a, R, "demand", "occurred",
   ["Ook Frankrijk en Duitsland riepen Iran op het schip vrij te laten"],
   ["2019-07-19", "2019-07-20"], "2019-07-20", ["FRA", "DEU", "IRN"], "undated reaction: seizure to publication")
ev(a, R, "condemnation", "occurred",
   ["Een Duitse woordvoerder sprak van een ongerechtvaardigde ingreep in de scheepvaart"],
   ["2019-07-19", "2019-07-20"], "2019-07-20", ["DEU", "IRN"])
ev(a, O, "sanction", "occurred",
   ["Op 4 juli hielden Britse mariniers voor de kust van Gibraltar de Iraanse tanker Grace 1 aan",
    "Het schip zou olie naar Syrië vervoeren, in strijd met Europese sancties tegen het regime van president Assad"],
   "2019-07-04", "2019-07-04", ["GBR", "IRN"], "enforcement of EU sanctions by seizure")
ev(a, O, "sanction", "occurred",
   ["in strijd met Europese sancties tegen het regime van president Assad"],
   None, None, ["EU", "SYR"], "standing EU sanctions")
ev(a, R, "condemnation", "occurred",
   ["Iran sprak van piraterij"],
   "2019-07-04", "2019-07-04", ["IRN", "GBR"], "date from 'dezelfde dag' = 4 July")
ev(a, R, ["condemnation", "talks", "demand"], "occurred",
   ["en ontbood dezelfde dag de Britse ambassadeur in Teheran"],
   "2019-07-04", "2019-07-04", ["IRN", "GBR"], "summoning; second event in the sentence")
ev(a, R, "warning", "occurred",
   ["Een Iraanse oud-commandant van de Revolutionaire Garde schreef toen op Twitter dat Iran een Britse tanker moest vasthouden als de Grace 1 niet werd vrijgegeven"],
   ["2019-07-04", "2019-07-05"], "2019-07-05", ["IRN", "GBR"], "'toen' = the days of the Grace 1 seizure")
ev(a, O, "sanction", "occurred",
   ["sinds de Verenigde Staten vorig jaar uit het atoomakkoord met Iran stapten en nieuwe sancties instelden"],
   ["2018-01-01", "2018-12-31"], "2018-05-08", ["USA", "IRN"], "2018 withdrawal and sanctions in passing")
ev(a, O, "proposal", "planned",
   ["Volgens Britse media denkt de regering aan een Europese marinemissie die koopvaardijschepen in de Golf moet beschermen"],
   None, None, ["GBR", "EU"], "considered proposal")
# ---------------------------------------------------------------- 08 Q&A explainer: Australia-China trade dispute, header 2020-12 (month only)
a = "d13_08_vragen_australie_china"
CA = ["CHN", "AUS"]
ev(a, R, "condemnation", "occurred",
   ["Op 30 november plaatste een woordvoerder van het Chinese ministerie van Buitenlandse Zaken, Zhao Lijian, op Twitter een bewerkte afbeelding van een Australische soldaat die een mes op de keel van een Afghaans kind zet",
    "Hij verwees daarmee naar een Australisch onderzoek naar oorlogsmisdaden van eigen militairen in Afghanistan, dat in november was gepubliceerd"],
   "2020-11-30", "2020-11-30", CA, "the doctored image as an accusation")
ev(a, R, "condemnation", "occurred",
   ["Premier Scott Morrison noemde het bericht dezelfde dag walgelijk"],
   "2020-11-30", "2020-11-30", ["AUS", "CHN"])
ev(a, R, "demand", "occurred",
   ["Hij eiste dat de Chinese regering excuses aanbiedt en de afbeelding verwijdert"],
   "2020-11-30", "2020-11-30", ["AUS", "CHN"])
ev(a, N, ["proposal"], "negated",
   ["Peking weigerde dat: een andere woordvoerster zei dat Australië zich eerder zelf zou moeten schamen"],
   None, None, CA, "apology refused")
ev(a, O, "condemnation", "occurred",
   ["een andere woordvoerster zei dat Australië zich eerder zelf zou moeten schamen"],
   ["2020-11-30", "2020-12-31"], "2020-12-01", CA, "rejoinder; undated under a month-only header")
ev(a, R, "sanction", "occurred",
   ["Op 27 november legde China voorlopige heffingen van 107 tot 212 procent op Australische wijn"],
   "2020-11-27", "2020-11-27", CA, "anti-dumping deposits on wine")
ev(a, R, "sanction", "occurred",
   ["In mei stopte China de invoer van rundvlees van vier grote Australische slachthuizen"],
   ["2020-05-01", "2020-05-31"], "2020-05-12", CA, "beef suspension")
ev(a, R, "sanction", "occurred",
   ["en kwam er een heffing van ruim tachtig procent op gerst"],
   ["2020-05-01", "2020-05-31"], "2020-05-18", CA, "barley tariff: second measure in the sentence")
ev(a, O, "sanction", "occurred",
   ["Volgens Australische exporteurs worden ook steenkool, kreeft en hout in Chinese havens tegengehouden, al ontkent Peking dat er sprake is van een verbod"],
   None, None, CA, "informal import holds, denied")
ev(a, O, "sanction", "occurred",
   ["De relatie was al slechter sinds Australië in 2018 het Chinese Huawei uitsloot van de bouw van het 5G-netwerk"],
   ["2018-01-01", "2018-12-31"], "2018-08-23", ["AUS", "CHN"], "Huawei 5G exclusion in passing")
ev(a, R, "demand", "occurred",
   ["Toen riep minister van Buitenlandse Zaken Marise Payne op tot een onafhankelijk internationaal onderzoek naar de oorsprong van het coronavirus"],
   ["2020-04-01", "2020-04-30"], "2020-04-19", ["AUS"], "'toen' = in april")
ev(a, R, "warning", "occurred",
   ["De Chinese ambassadeur in Canberra, Cheng Jingye, waarschuwde kort daarna in een interview met een Australische krant dat Chinese consumenten Australische producten zouden kunnen laten staan",
    "In Canberra werd dat opgevat als een dreigement"],
   ["2020-04-01", "2020-04-30"], "2020-04-26", CA, "'kort daarna' after the April call")
ev(a, R, ["condemnation", "demand"], "occurred",
   ["In november gaf de Chinese ambassade Australische journalisten een lijst met veertien grieven tegen de Australische regering"],
   ["2020-11-01", "2020-11-30"], "2020-11-18", CA, "list of 14 grievances")
ev(a, N, ["talks"], "negated",
   ["De Australische handelsminister Simon Birmingham probeert al maanden zijn Chinese collega aan de telefoon te krijgen, maar die neemt niet op"],
   None, None, ["AUS", "CHN"], "no ministerial contact")
ev(a, R, "proposal", "occurred",
   ["Morrison zegt dat Australië openstaat voor overleg, maar niet buigt voor druk"],
   ["2020-12-01", "2020-12-31"], None, ["AUS", "CHN"], "stated willingness to talk; present tense under a month-only header")
ev(a, O, ["summit", "talks"], "occurred",
   ["Toch zaten beide landen half november nog samen aan tafel, al was het virtueel"],
   ["2020-11-11", "2020-11-20"], "2020-11-15", CA, "virtual RCEP summit")
ev(a, R, "agreement", "occurred",
   ["Op 15 november tekenden Australië, China en dertien andere landen in de regio RCEP, het grootste vrijhandelsverdrag ter wereld"],
   "2020-11-15", "2020-11-15", ["AUS", "CHN"], "RCEP signed; the thirteen others are not named")
ev(a, O, ["condemnation", "demand"], "planned",
   ["Canberra overweegt een klacht in te dienen bij de Wereldhandelsorganisatie over de heffingen op gerst"],
   None, None, ["AUS", "CHN"], "considered WTO complaint")
ev(a, R, "condemnation", "occurred",
   ["Het Amerikaanse ministerie van Buitenlandse Zaken noemde de Chinese tweet een nieuw voorbeeld van desinformatie"],
   ["2020-11-30", "2020-12-31"], "2020-12-01", ["USA", "CHN"], "undated reaction: from the tweet to the end of the header month")
ev(a, R, "condemnation", "occurred",
   ["Ook Nieuw-Zeeland en Frankrijk lieten weten dat ze het bericht ongepast vonden"],
   ["2020-11-30", "2020-12-31"], None, ["NZL", "FRA", "CHN"], "two countries in one clause: one line")
# ---------------------------------------------------------------- 09 Newsletter: France leaves Mali, EU-AU summit, 2022-02-18 (Fri)
a = "d13_09_nieuwsbrief_mali_frankrijk"
FM = ["FRA", "MLI"]
ev(a, O, ["sanction", "agreement"], "occurred",
   ["Frankrijk haalt zijn militairen weg uit Mali",
    "President Emmanuel Macron maakte dat gisteren in Parijs bekend, samen met de Senegalese president Macky Sall, voorzitter van de Afrikaanse Unie, en Europees president Charles Michel",
    "Ook de Europese special forces van de missie Takuba vertrekken"],
   "2022-02-17", "2022-02-17", FM, "military withdrawal: not one of the nine types (eval README); the joint announcement is optional")
ev(a, O, ["talks", "summit"], "occurred",
   ["President Emmanuel Macron maakte dat gisteren in Parijs bekend, samen met de Senegalese president Macky Sall, voorzitter van de Afrikaanse Unie, en Europees president Charles Michel"],
   "2022-02-17", "2022-02-17", ["FRA", "SEN", "AU", "EU"], "joint appearance, talks implied")
ev(a, O, "condemnation", "occurred",
   ["Samenwerken met de militaire junta die sinds 2020 aan de macht is, kan volgens Macron niet langer",
    "\"We kunnen niet militair betrokken blijven naast feitelijke autoriteiten wier strategie we niet delen.\""],
   "2022-02-17", "2022-02-17", FM, "criticism in the announcement")
ev(a, R, ["sanction", "condemnation"], "occurred",
   ["Op 31 januari zette de junta de Franse ambassadeur Joël Meyer het land uit: hij kreeg 72 uur om te vertrekken"],
   "2022-01-31", "2022-01-31", ["MLI", "FRA"], "expulsion of the ambassador")
ev(a, R, "condemnation", "occurred",
   ["Het was een antwoord op uitspraken van de Franse minister van Buitenlandse Zaken Jean-Yves Le Drian, die de junta eind januari \"onwettig\" had genoemd"],
   ["2022-01-21", "2022-01-31"], None, FM)
ev(a, R, "demand", "occurred",
   ["Eind januari had Bamako ook al geëist dat Denemarken zijn net aangekomen militairen terugtrok"],
   ["2022-01-21", "2022-01-31"], "2022-01-24", ["MLI", "DNK"])
ev(a, O, "agreement", "occurred",
   ["Kopenhagen gaf daar gehoor aan"],
   ["2022-01-21", "2022-01-31"], "2022-01-27", ["DNK", "MLI"], "compliance")
ev(a, R, "sanction", "occurred",
   ["Vorige maand legde de West-Afrikaanse regionale organisatie ECOWAS Mali zware sancties op, omdat de junta de beloofde verkiezingen jaren wil uitstellen",
    "De grenzen met de buurlanden gingen dicht en tegoeden van Mali bij de regionale centrale bank werden bevroren"],
   ["2022-01-01", "2022-01-31"], "2022-01-09", ["ECOWAS", "MLI"])
ev(a, O, "condemnation", "occurred",
   ["Parijs beschuldigt de junta er ook van dat ze huurlingen van de Russische Wagner-groep heeft binnengehaald"],
   None, None, FM, "standing accusation")
ev(a, R, "summit", "occurred",
   ["Gisteravond begon in Brussel een top van de Europese Unie en de Afrikaanse Unie, die vandaag doorgaat"],
   ["2022-02-17", "2022-02-18"], "2022-02-17", ["EU", "AU"], "EU-AU summit 17-18 Feb")
ev(a, R, "delivery", "planned",
   ["De EU belooft Afrika daar 150 miljard euro aan investeringen, onder meer in energie, vervoer en onderwijs"],
   ["2022-02-17", "2022-02-18"], None, ["EU", "AU"], "investment pledge at the summit")
ev(a, R, "delivery", "planned",
   ["Ook zegt ze de levering van vaccins aan Afrikaanse landen toe"],
   ["2022-02-17", "2022-02-18"], None, ["EU", "AU"], "vaccine pledge")
ev(a, N, ["agreement"], "negated",
   ["Over het vrijgeven van patenten op coronavaccins, waar Afrikaanse landen om vragen, zijn ze het niet eens geworden"],
   None, None, ["EU", "AU"])
ev(a, O, "demand", "occurred",
   ["waar Afrikaanse landen om vragen"],
   None, None, ["AU", "EU"], "standing request for a patent waiver")
ev(a, N, ["proposal"], "negated",
   ["Mali, dat na de staatsgreep door de Afrikaanse Unie is geschorst, is niet uitgenodigd"],
   None, None, ["EU", "AU", "MLI"], "no invitation")
ev(a, O, "sanction", "occurred",
   ["Mali, dat na de staatsgreep door de Afrikaanse Unie is geschorst"],
   None, None, ["AU", "MLI"], "AU suspension (2021), undated")
ev(a, R, "sanction", "occurred",
   ["Rusland heeft gisteren de Amerikaanse plaatsvervangend ambassadeur in Moskou, Bart Gorman, uitgezet"],
   "2022-02-17", "2022-02-17", ["RUS", "USA"], "expulsion")
ev(a, R, "condemnation", "occurred",
   ["Washington noemt dat een escalatie"],
   ["2022-02-17", "2022-02-18"], "2022-02-17", ["USA", "RUS"])
ev(a, R, "proposal", "occurred",
   ["Rusland gaf gisteren ook een schriftelijk antwoord op de Amerikaanse voorstellen over de veiligheid in Europa"],
   "2022-02-17", "2022-02-17", ["RUS", "USA"], "written response")
ev(a, R, "warning", "occurred",
   ["Moskou dreigt daarin met \"militair-technische maatregelen\" als de VS niet ingaan op zijn eisen"],
   "2022-02-17", "2022-02-17", ["RUS", "USA"], "threat in the written response")
ev(a, R, "warning", "occurred",
   ["President Joe Biden zei gisteren dat de kans op een Russische inval in Oekraïne \"zeer groot\" is, mogelijk al in de komende dagen"],
   "2022-02-17", "2022-02-17", ["USA", "RUS"], "warning of an invasion")
ev(a, O, ["summit", "talks"], "planned",
   ["Vandaag begint in München de jaarlijkse veiligheidsconferentie"],
   "2022-02-18", "2022-02-18", ["DEU"], "Munich Security Conference")
ev(a, N, ["talks", "summit"], "negated",
   ["Een Russische delegatie komt dit jaar niet"],
   None, None, ["RUS", "DEU"])
# ---------------------------------------------------------------- 10 Interview (Q&A): extension of New START, 2021-02-04 (Thu)
a = "d13_10_interview_new_start"
UR = ["USA", "RUS"]
ev(a, R, "agreement", "occurred",
   ["Het laatste kernwapenverdrag is gered, maar alleen op het nippertje",
    "Het New START-verdrag tussen de Verenigde Staten en Rusland is gisteren met vijf jaar verlengd, twee dagen voordat het zou aflopen",
    "Gisteren wisselden beide landen diplomatieke nota's uit, en daarmee was het geregeld",
    "Het verdrag loopt nu tot februari 2026"],
   "2021-02-03", "2021-02-03", UR, "extension in force by exchange of notes")
ev(a, R, "talks", "occurred",
   ["Biden en Poetin spraken vorige week dinsdag voor het eerst met elkaar aan de telefoon"],
   "2021-01-26", "2021-01-26", UR, "'vorige week dinsdag'")
ev(a, O, "agreement", "occurred",
   ["Ze spraken af de verlenging zo snel mogelijk rond te maken"],
   "2021-01-26", "2021-01-26", UR, "agreement in principe in the call (two-step: the extension of 3 Feb is required)")
ev(a, O, "agreement", "occurred",
   ["Een dag later stemde het Russische parlement al in, en vorige week vrijdag tekende Poetin de wet"],
   ["2021-01-27", "2021-01-29"], "2021-01-27", ["RUS"], "ratification steps")
ev(a, R, "condemnation", "occurred",
   ["Biden sprak Poetin aan op de vergiftiging van oppositieleider Aleksej Navalny en op de grote hackaanval op Amerikaanse overheidsdiensten die aan Rusland wordt toegeschreven"],
   "2021-01-26", "2021-01-26", UR, "in the call")
ev(a, R, "demand", "occurred",
   ["Ze eiste dat China bij de onderhandelingen zou aanschuiven"],
   None, None, ["USA", "CHN"], "Trump administration's condition, undated")
ev(a, N, ["talks", "agreement"], "negated",
   ["maar Peking weigerde dat van meet af aan"],
   None, None, ["CHN", "USA"], "China refused to join")
ev(a, R, "proposal", "occurred",
   ["In oktober stelde Moskou voor het verdrag met een jaar te verlengen en het aantal kernkoppen in die tijd te bevriezen"],
   ["2020-10-01", "2020-10-31"], "2020-10-20", ["RUS", "USA"], "'in oktober' in a February paper = October of the previous year")
ev(a, N, ["agreement"], "negated",
   ["maar de onderhandelingen liepen vast"],
   None, None, UR)
ev(a, O, "talks", "occurred",
   ["maar de onderhandelingen liepen vast"],
   ["2020-10-01", "2020-12-31"], None, UR, "the stalled negotiations themselves")
ev(a, O, "sanction", "occurred",
   ["In 2019 trokken ze zich terug uit het INF-verdrag over middellangeafstandsraketten, omdat Rusland dat volgens Washington al jaren schond"],
   ["2019-01-01", "2019-12-31"], "2019-08-02", UR, "treaty withdrawal (leaving a treaty: optional sanction, dev6 convention)")
ev(a, O, "condemnation", "occurred",
   ["omdat Rusland dat volgens Washington al jaren schond"],
   None, None, UR, "standing accusation")
ev(a, O, "sanction", "occurred",
   ["En in november verlieten ze het Verdrag inzake het Open Luchtruim"],
   ["2020-11-01", "2020-11-30"], "2020-11-22", UR, "treaty withdrawal")
ev(a, O, "sanction", "occurred",
   ["Rusland kondigde vorige maand aan dat het dat verdrag ook verlaat"],
   ["2021-01-01", "2021-01-31"], "2021-01-15", ["RUS"], "announced withdrawal")
ev(a, R, "proposal", "occurred",
   ["Minister van Buitenlandse Zaken Antony Blinken heeft gisteren gezegd dat de VS de vijf jaar willen gebruiken om over alle kernwapens te praten, ook over de Russische wapens die niet onder het verdrag vallen",
    "En hij wil China erbij betrekken"],
   "2021-02-03", "2021-02-03", ["USA", "RUS", "CHN"], "stated willingness to negotiate")
ev(a, O, "agreement", "occurred",
   ["Het verdrag werd in 2010 in Praag getekend, door Barack Obama en Dmitri Medvedev"],
   ["2010-01-01", "2010-12-31"], "2010-04-08", UR, "signature in 2010, background")
ev(a, O, "demand", "occurred",
   ["Niet aan tafel, maar de Europese bondgenoten hebben er in Washington wel op aangedrongen het verdrag te verlengen"],
   None, None, ["NATO", "USA"], "European allies' request, undated")
ev(a, O, "proposal", "occurred",
   ["Secretaris-generaal Jens Stoltenberg verwelkomde de verlenging gisteren namens de NAVO"],
   "2021-02-03", "2021-02-03", ["NATO"], "welcome: optional proposal (model)")
# ---------------------------------------------------------------- 11 Agency wire: South China Sea arbitration award, 2016-07-12 (Tue)
a = "d13_11_zuid_chinese_zee_uitspraak"
CP = ["CHN", "PHL"]
ev(a, O, "condemnation", "occurred",
   ["Dat heeft een internationaal arbitragetribunaal in Den Haag vandaag beslist in een zaak die de Filipijnen tegen China hadden aangespannen",
    "China heeft volgens het tribunaal de rechten van de Filipijnen geschonden door Filipijnse vissers en olieonderzoek te hinderen"],
   "2016-07-12", "2016-07-12", ["PHL", "CHN"], "arbitral award: a ruling, not clearly one of the nine types")
ev(a, R, "condemnation", "occurred",
   ["Peking noemt de uitspraak \"nietig\" en zegt zich er niets van aan te trekken",
    "Het Chinese ministerie van Buitenlandse Zaken liet kort na de uitspraak weten dat die \"nietig is en geen bindende kracht heeft\"",
    "President Xi Jinping zei dat de territoriale soevereiniteit en de belangen van China op zee \"op geen enkele manier\" door de uitspraak worden aangetast"],
   "2016-07-12", "2016-07-12", CP, "rejection of the award")
ev(a, N, ["agreement"], "negated",
   ["China erkent de uitspraak niet en zal zich er niet aan houden"],
   None, None, CP, "non-acceptance")
ev(a, R, "proposal", "occurred",
   ["Peking zegt wel bereid te zijn het geschil via rechtstreekse onderhandelingen met de betrokken landen op te lossen"],
   "2016-07-12", "2016-07-12", CP, "stated willingness to negotiate")
ev(a, R, ["condemnation", "demand"], "occurred",
   ["De Filipijnen stapten in januari 2013 naar het tribunaal, onder de toenmalige president Benigno Aquino"],
   ["2013-01-01", "2013-01-31"], "2013-01-22", ["PHL", "CHN"], "filing the case (as a WTO complaint in the model)")
ev(a, N, ["talks"], "negated",
   ["China weigerde aan de zaak mee te doen"],
   None, None, CP, "non-participation")
ev(a, O, "proposal", "occurred",
   ["De Filipijnse minister van Buitenlandse Zaken Perfecto Yasay verwelkomde de uitspraak, maar op ingetogen toon"],
   "2016-07-12", "2016-07-12", ["PHL"], "welcome: optional proposal (model)")
ev(a, R, "demand", "occurred",
   ["Hij riep alle partijen op tot terughoudendheid en kalmte"],
   "2016-07-12", "2016-07-12", ["PHL", "CHN"])
ev(a, O, "proposal", "occurred",
   ["heeft eerder gezegd dat hij met Peking wil praten over het geschil, ook over gezamenlijke exploitatie van de zee"],
   None, None, CP, "earlier stated willingness, undated")
ev(a, R, "demand", "occurred",
   ["De Verenigde Staten noemden de uitspraak definitief en bindend voor beide partijen",
    "Een woordvoerder van het Amerikaanse ministerie van Buitenlandse Zaken riep China en de Filipijnen op zich eraan te houden en geen provocerende uitspraken te doen"],
   "2016-07-12", "2016-07-12", ["USA", "CHN", "PHL"])
ev(a, R, "demand", "occurred",
   ["Ook de Japanse minister van Buitenlandse Zaken Fumio Kishida riep beide landen op de uitspraak na te leven"],
   "2016-07-12", "2016-07-12", ["JPN", "CHN", "PHL"])
ev(a, O, "proposal", "occurred",
   ["Vietnam, dat zelf ook delen van de zee claimt, verwelkomde de uitspraak"],
   "2016-07-12", "2016-07-12", ["VNM"], "welcome")
ev(a, R, "condemnation", "occurred",
   ["Taiwan, dat een van de Spratly-eilanden bestuurt, wijst die juist af",
    "De Taiwanese regering noemde dat onaanvaardbaar"],
   "2016-07-12", "2016-07-12", ["TWN"], "rejection of the award")
ev(a, R, "talks", "planned",
   ["De kwestie staat ook op de agenda van de ASEAN-landen, waarvan de ministers van Buitenlandse Zaken eind deze maand in Laos bijeenkomen"],
   ["2016-07-21", "2016-07-31"], "2016-07-24", ["ASEAN", "LAO"], "ASEAN foreign ministers' meeting")
ev(a, O, "summit", "planned",
   ["In september is China gastheer van de top van de G20 in Hangzhou"],
   ["2016-09-01", "2016-09-30"], "2016-09-04", ["G20", "CHN"], "G20 Hangzhou in passing")
# ---------------------------------------------------------------- 12 Opinion piece (fictitious former diplomat): Canada-Saudi Arabia row, 2018-08-09 (Thu)
a = "d13_12_opinie_canada_saudi_arabie"
SC = ["SAU", "CAN"]
ev(a, O, "condemnation", "occurred",
   ["Vorige week donderdag twitterde de Canadese minister van Buitenlandse Zaken Chrystia Freeland dat ze zeer verontrust was over de arrestatie van de vrouwenrechtenactiviste Samar Badawi in Saoedi-Arabië"],
   "2018-08-02", "2018-08-02", ["CAN", "SAU"], "concern: mild (the call for release in the same tweet is the required event)")
ev(a, R, "demand", "occurred",
   ["Freeland riep op Samar en haar broer vrij te laten"],
   "2018-08-02", "2018-08-02", ["CAN", "SAU"], "call for release; date from 'Vorige week donderdag' two sentences earlier")
ev(a, R, "demand", "occurred",
   ["Een dag later eiste het Canadese ministerie van Buitenlandse Zaken dat de Saoedische autoriteiten alle gearresteerde activisten onmiddellijk vrijlaten",
    "De Canadese ambassade in Riyad zette die oproep in het Arabisch op Twitter"],
   "2018-08-03", "2018-08-03", ["CAN", "SAU"], "the ministry's demand; the embassy's Arabic version is a mention")
ev(a, R, "sanction", "occurred",
   ["Het antwoord kwam zondag en was ongekend hard",
    "Riyad verklaarde de Canadese ambassadeur Dennis Horak tot ongewenst persoon en gaf hem 24 uur om het land te verlaten"],
   "2018-08-05", "2018-08-05", SC, "expulsion of the ambassador")
ev(a, R, "sanction", "occurred",
   ["Tegelijk riep het zijn eigen ambassadeur uit Ottawa terug en bevroor het alle nieuwe handel en investeringen met Canada"],
   "2018-08-05", "2018-08-05", SC, "recall and trade freeze in one clause: one line")
ev(a, R, "sanction", "occurred",
   ["Maandag volgde de rest: Saoedische studenten in Canada, duizenden in getal, moeten naar andere landen vertrekken en de nationale luchtvaartmaatschappij stopt met vluchten naar Toronto"],
   "2018-08-06", "2018-08-06", SC, "second package: students and flights")
ev(a, R, "condemnation", "occurred",
   ["Het Saoedische ministerie van Buitenlandse Zaken sprak van een \"flagrante inmenging in de binnenlandse aangelegenheden\" van het koninkrijk"],
   ["2018-08-05", "2018-08-09"], "2018-08-05", SC, "undated reaction: first Saudi measures to publication")
ev(a, N, ["talks", "proposal"], "negated",
   ["Gisteren sloot de Saoedische minister van Buitenlandse Zaken Adel al-Jubeir elke bemiddeling uit"],
   None, None, SC, "mediation excluded")
ev(a, R, "demand", "occurred",
   ["Canada weet wat het moet doen om zijn \"grote fout\" te herstellen"],
   "2018-08-08", "2018-08-08", SC, "implied demand; date from 'Gisteren' in the previous sentence")
ev(a, O, "condemnation", "occurred",
   ["Premier Justin Trudeau liet dezelfde dag weten dat Canada zich zal blijven uitspreken over mensenrechten, in het openbaar en achter de schermen"],
   "2018-08-08", "2018-08-08", ["CAN", "SAU"], "standing position")
ev(a, N, ["proposal"], "negated",
   ["Excuses aan Riyad komen er niet"],
   None, None, ["CAN", "SAU"], "no apology")
ev(a, R, "demand", "occurred",
   ["Washington zei dat beide landen het samen diplomatiek moeten oplossen en dat de VS dat niet voor hen kunnen doen"],
   ["2018-08-05", "2018-08-09"], "2018-08-07", ["USA", "CAN", "SAU"], "call to settle it; undated reaction")
ev(a, R, "demand", "occurred",
   ["Londen riep op tot terughoudendheid"],
   ["2018-08-05", "2018-08-09"], None, ["GBR", "CAN", "SAU"], "undated reaction")
ev(a, R, "sanction", "occurred",
   ["In 2015 riep Saoedi-Arabië zijn ambassadeur uit Stockholm terug"],
   ["2015-01-01", "2015-12-31"], "2015-03-11", ["SAU", "SWE"], "recall of the ambassador from Stockholm")
ev(a, O, "condemnation", "occurred",
   ["nadat de Zweedse minister Margot Wallström kritiek had geleverd op de mensenrechten in het land"],
   ["2015-01-01", "2015-12-31"], None, ["SWE", "SAU"], "Swedish criticism, background")
ev(a, R, "sanction", "occurred",
   ["Eind 2017 gebeurde hetzelfde met Berlijn, na uitspraken van de toenmalige Duitse minister Sigmar Gabriel over de Saoedische rol in Libanon"],
   ["2017-10-01", "2017-12-31"], "2017-11-18", ["SAU", "DEU"], "recall from Berlin; 'eind 2017' = last quarter")
ev(a, O, "condemnation", "occurred",
   ["na uitspraken van de toenmalige Duitse minister Sigmar Gabriel over de Saoedische rol in Libanon"],
   ["2017-10-01", "2017-12-31"], None, ["DEU", "SAU"], "background")
ev(a, N, ["condemnation", "demand"], "negated",
   ["Stel dat Nederland morgen een vergelijkbare tweet verstuurt"],
   None, None, ["NLD", "SAU"], "hypothetical")
ev(a, N, ["sanction"], "negated",
   ["Zou Riyad dan ook onze ambassadeur wegsturen?"],
   None, None, ["SAU", "NLD"], "hypothetical")
ev(a, O, ["agreement", "delivery"], "occurred",
   ["Een wapencontract van miljarden dollars voor Canadese pantservoertuigen, dat in 2014 werd gesloten, staat overigens nog overeind"],
   ["2014-01-01", "2014-12-31"], "2014-02-14", ["CAN", "SAU"], "2014 arms deal in passing")
ev(a, N, ["sanction", "agreement"], "negated",
   ["Riyad heeft het niet opgezegd"],
   None, None, SC, "contract not cancelled")
# ---------------------------------------------------------------- 13 Short news item with correction: US-Mexico tariff threat and migration deal, 2019-06-08 (Sat)
a = "d13_13_kort_trump_mexico_heffingen"
UM = ["USA", "MEX"]
ev(a, R, "agreement", "occurred",
   ["Trump schort heffingen op Mexicaanse producten op na migratiedeal",
    "De Verenigde Staten en Mexico hebben een akkoord bereikt over het tegenhouden van migranten",
    "Mexico zet in ruil daarvoor zijn nieuwe Nationale Garde in, met 6000 militairen aan de grens met Guatemala",
    "Ook mogen de VS meer asielzoekers terugsturen naar Mexico, waar ze moeten wachten tot hun aanvraag is behandeld",
    "Ook stond er dat het akkoord donderdag was bereikt; dat gebeurde vrijdag, Amerikaanse tijd"],
   ["2019-06-07", "2019-06-08"], "2019-06-07", UM, "reached Friday evening US time = the night to Saturday in Europe ('vannacht')")
ev(a, N, ["sanction"], "negated",
   ["President Donald Trump maakte vannacht op Twitter bekend dat de importheffingen op alle Mexicaanse producten, die maandag zouden ingaan, voor onbepaalde tijd zijn opgeschort"],
   None, None, UM, "tariffs suspended: they did not take effect")
ev(a, R, "talks", "occurred",
   ["Een Mexicaanse delegatie onder leiding van minister van Buitenlandse Zaken Marcelo Ebrard onderhandelde sinds woensdag in Washington",
    "De gesprekken gingen daarna verder op het Amerikaanse ministerie van Buitenlandse Zaken"],
   ["2019-06-05", "2019-06-07"], "2019-06-05", UM, "three days of talks")
ev(a, R, "talks", "occurred",
   ["Die dag sprak Ebrard met vicepresident Mike Pence en minister Mike Pompeo"],
   "2019-06-05", "2019-06-05", ["MEX", "USA"], "the ministerial meeting on Wednesday")
ev(a, R, "talks", "planned",
   ["Binnen drie maanden praten beide landen verder over aanvullende afspraken over asiel"],
   None, None, UM, "'binnen drie maanden': deadline, no date")
ev(a, R, "warning", "occurred",
   ["Trump had op 30 mei gedreigd met een heffing van 5 procent op alle Mexicaanse goederen, oplopend tot 25 procent in oktober, als Mexico de stroom migranten naar de VS niet zou indammen"],
   "2019-05-30", "2019-05-30", UM, "tariff threat")
ev(a, R, "demand", "occurred",
   ["als Mexico de stroom migranten naar de VS niet zou indammen"],
   "2019-05-30", "2019-05-30", UM, "the condition as a demand")
ev(a, R, ["proposal", "condemnation"], "occurred",
   ["De Mexicaanse president Andrés Manuel López Obrador schreef hem dezelfde dag een brief, waarin hij zei dat sociale problemen niet met belastingen of dwang worden opgelost"],
   "2019-05-30", "2019-05-30", ["MEX", "USA"], "letter (model: letters are proposals); its content is criticism")
ev(a, O, "condemnation", "occurred",
   ["Ook Amerikaanse bedrijven en een deel van de Republikeinse senatoren hadden zich tegen de heffingen gekeerd"],
   None, None, ["USA"], "domestic criticism")
ev(a, N, ["sanction"], "negated",
   ["In een eerdere versie van dit bericht stond dat de heffingen vandaag zouden ingaan"],
   None, None, UM, "retracted claim in the correction notice")
# ---------------------------------------------------------------- 14 News roundup of one day: the US leaves the Iran nuclear deal, 2018-05-09 (Wed)
a = "d13_14_overzicht_iran_atoomakkoord"
E3 = ["FRA", "DEU", "GBR"]
ev(a, R, "sanction", "occurred",
   ["Een dag nadat de Amerikaanse president Donald Trump het atoomakkoord met Iran heeft opgezegd",
    "Trump maakte gisteravond in het Witte Huis bekend dat de Verenigde Staten uit het akkoord van 2015 stappen",
    "De Amerikaanse sancties tegen Iran die na het akkoord waren opgeschort, worden weer ingevoerd",
    "Bedrijven krijgen drie tot zes maanden de tijd om hun zaken met Iran af te bouwen"],
   "2018-05-08", "2018-05-08", ["USA", "IRN"], "withdrawal and reimposition of sanctions: one decision")
ev(a, O, "agreement", "occurred",
   ["Trump maakte gisteravond in het Witte Huis bekend dat de Verenigde Staten uit het akkoord van 2015 stappen"],
   ["2015-01-01", "2015-12-31"], "2015-07-14", ["IRN", "USA"] + E3 + ["RUS", "CHN"], "JCPOA of 2015 in passing")
ev(a, O, "condemnation", "occurred",
   ["Hij noemde het \"een rampzalige deal\" die Iran niet tegenhoudt"],
   "2018-05-08", "2018-05-08", ["USA", "IRN"], "criticism of the deal")
ev(a, R, "condemnation", "occurred",
   ["Frankrijk, Duitsland en Groot-Brittannië zeiden in een gezamenlijke verklaring dat ze het Amerikaanse besluit betreuren en dat ze zich aan het akkoord blijven houden"],
   ["2018-05-08", "2018-05-09"], "2018-05-08", E3 + ["USA"], "joint statement; undated reaction")
ev(a, O, "agreement", "occurred",
   ["dat ze zich aan het akkoord blijven houden"],
   ["2018-05-08", "2018-05-09"], "2018-05-08", E3 + ["IRN"], "commitment to stay")
ev(a, R, "demand", "occurred",
   ["Ze riepen Iran op hetzelfde te doen"],
   ["2018-05-08", "2018-05-09"], "2018-05-08", E3 + ["IRN"])
ev(a, O, ["agreement", "proposal"], "occurred",
   ["EU-buitenlandchef Federica Mogherini zei dat de EU vastbesloten is het akkoord te behouden"],
   ["2018-05-08", "2018-05-09"], "2018-05-08", ["EU", "IRN"], "statement of intent")
ev(a, R, "talks", "occurred",
   ["De Franse president Emmanuel Macron belde vandaag met de Iraanse president Hassan Rohani en zei hem dat Frankrijk het akkoord wil redden"],
   "2018-05-09", "2018-05-09", ["FRA", "IRN"])
ev(a, R, "demand", "occurred",
   ["De nieuwe Amerikaanse ambassadeur in Berlijn, Richard Grenell, zorgde voor ophef met een bericht op Twitter: Duitse bedrijven die zaken doen in Iran, moeten daar volgens hem onmiddellijk mee stoppen"],
   ["2018-05-08", "2018-05-09"], "2018-05-08", ["USA", "DEU"], "undated: day of the decision to publication")
ev(a, R, ["proposal", "talks"], "occurred",
   ["Rohani zei gisteravond dat Iran voorlopig in het akkoord blijft en de komende weken met de andere landen die het hebben getekend, gaat praten: Frankrijk, Duitsland, Groot-Brittannië, Rusland en China"],
   "2018-05-08", "2018-05-08", ["IRN"] + E3 + ["RUS", "CHN"], "offer of talks (talks planned in 'de komende weken' also fine through the type list)")
ev(a, R, "warning", "occurred",
   ["Als dat overleg niets oplevert, gaat Iran weer uranium verrijken, \"zonder enige beperking\", waarschuwde hij"],
   "2018-05-08", "2018-05-08", ["IRN"], "conditional threat")
ev(a, R, "demand", "occurred",
   ["De opperste leider ayatollah Ali Khamenei zei vandaag dat hij ook de Europeanen niet vertrouwt en eiste garanties van Parijs, Berlijn en Londen"],
   "2018-05-09", "2018-05-09", ["IRN"] + E3)
ev(a, O, "condemnation", "occurred",
   ["In het Iraanse parlement staken enkele parlementsleden vandaag een Amerikaanse vlag in brand"],
   "2018-05-09", "2018-05-09", ["IRN", "USA"], "MPs' protest")
ev(a, R, "condemnation", "occurred",
   ["Rusland zei \"diep teleurgesteld\" te zijn over het Amerikaanse besluit"],
   ["2018-05-08", "2018-05-09"], "2018-05-08", ["RUS", "USA"])
ev(a, O, "condemnation", "occurred",
   ["Trumps voorganger Barack Obama, onder wie het akkoord tot stand kwam, noemde het vertrek een ernstige vergissing"],
   ["2018-05-08", "2018-05-09"], "2018-05-08", ["USA"], "domestic criticism")
ev(a, R, ["talks", "summit"], "occurred",
   ["De Amerikaanse minister van Buitenlandse Zaken Mike Pompeo is vandaag voor de tweede keer in korte tijd in Pyongyang",
    "Hij sprak er met de Noord-Koreaanse leider Kim Jong-un over de voorbereiding van een top tussen Kim en Trump"],
   "2018-05-09", "2018-05-09", ["USA", "PRK"])
ev(a, R, "summit", "planned",
   ["over de voorbereiding van een top tussen Kim en Trump",
    "Waar en wanneer de top plaatsvindt, is nog niet bekendgemaakt"],
   None, None, ["USA", "PRK"], "planned Trump-Kim summit, no date in the text")
ev(a, R, ["proposal", "agreement"], "occurred",
   ["Pompeo haalt gevangenen op in Noord-Korea",
    "Noord-Korea liet drie Amerikaanse gevangenen vrij, die met Pompeo mee terugvliegen"],
   "2018-05-09", "2018-05-09", ["PRK", "USA"], "release as a unilateral concession (model: concession = proposal)")
ev(a, R, ["talks", "summit"], "occurred",
   ["Netanyahu bij Poetin",
    "De Israëlische premier Benjamin Netanyahu was vandaag in Moskou",
    "Hij woonde er de parade bij ter herdenking van de overwinning op nazi-Duitsland en sprak daarna met president Vladimir Poetin over Syrië en Iran"],
   "2018-05-09", "2018-05-09", ["ISR", "RUS"])
# ---------------------------------------------------------------- 15/16 no-event articles
TRAPS = {
    "d13_15_wetenschap_james_webb": [
        "De James Webb-telescoop werd gisteren om 13.20 uur Nederlandse tijd gelanceerd vanaf de Europese lanceerbasis in Kourou, in Frans-Guyana, bovenop een Europese Ariane 5-raket",
        "Het instrument is gebouwd door de Amerikaanse ruimtevaartorganisatie NASA, samen met de Europese ruimtevaartorganisatie ESA en het Canadese ruimteagentschap",
        "Nederland leverde een belangrijk deel van MIRI, een van de vier meetinstrumenten aan boord",
        "NASA waarschuwt dat het spannendste deel nog moet komen",
        "In 2011 dreigde het Amerikaanse Congres nog de stekker uit het project te trekken, maar uiteindelijk ging het akkoord met extra geld",
        "Critici eisen al jaren dat de telescoop anders gaat heten",
    ],
    "d13_16_binnenland_regeerakkoord": [
        "Zeven maanden na de Tweede Kamerverkiezingen hebben VVD, CDA, D66 en ChristenUnie gisteren hun regeerakkoord gepresenteerd",
        "Toch valt het in Europees perspectief mee: België deed er in 2010 en 2011 maar liefst 541 dagen over",
        "Ook in Duitsland, waar in september werd gestemd, begint nu een moeizame formatie",
        "GroenLinks-leider Jesse Klaver vindt de klimaatplannen onvoldoende en eist dat het kabinet verder gaat",
        "Vakbond FNV waarschuwt dat werknemers er in koopkracht te weinig op vooruitgaan",
        "Werkgevers zijn juist blij met het afschaffen van de dividendbelasting, waar vooral grote bedrijven met buitenlandse aandeelhouders van profiteren",
    ],
}

for a, note in [("d13_15_wetenschap_james_webb",
                 "science (launch of the James Webb Space Telescope, 25 Dec 2021); traps: NASA/ESA/Canadian agency as builders, Europese/Frans-Guyana launch, 'Nederland leverde', 'waarschuwt', 'dreigde', 'akkoord' of Congress, 'eisen', 'de top van de raket'"),
                ("d13_16_binnenland_regeerakkoord",
                 "domestic politics (Dutch coalition agreement Rutte III, presented 10 Oct 2017); traps: regeerakkoord, Belgium's and Germany's formations, 'eist', 'waarschuwt', 'hekelde', 'buitenlandse aandeelhouders', 'partijtop'")]:
    ev(a, N, ALL, "negated", TRAPS[a], None, None, [],
       "NO-EVENT SENTINEL: article has no diplomatic event of its own; its trap sentences are listed; the line puts the article in scope so every other prediction in it counts as a false positive. " + note)

if __name__ == "__main__":
    goldkit.build(G, ROOT)
