"""Build gold.jsonl for dev19 and check every mention is a verbatim substring of its article.

Edit this script, not the JSONL. Run: python build_gold.py
"""
import pathlib, sys

ROOT = pathlib.Path(__file__).parent
sys.path.insert(0, str(ROOT.parent / "setkit"))  # the gold helper, checks and writing: tests/setkit/goldkit.py
import goldkit  # noqa: E402
from goldkit import ALL, N, O, R  # noqa: E402,F401

G, ev = goldkit.collector()
# ---------------------------------------------------------------- 01 Agency wire: Xi at Mar-a-Lago, 2017-04-08 (Sat)
a = "d19_01_anp_xi_maralago"
UC = ["USA", "CHN"]
ev(a, R, ["summit", "talks"], "occurred",
   ["Xi vertrekt uit Florida met handelsplan en uitnodiging voor Trump",
    "De top op Mar-a-Lago, Trumps club aan de kust van Florida, begon donderdag met een diner en werd vrijdag voortgezet met gesprekken in kleinere kring",
    "Na afloop sprak Trump van een uitstekende relatie"],
   ["2017-04-06", "2017-04-07"], "2017-04-06", UC, "the Mar-a-Lago summit, Thu-Fri")
ev(a, R, "agreement", "occurred",
   ["hebben hun eerste ontmoeting vrijdag afgesloten met de afspraak om binnen honderd dagen resultaten te boeken in het handelsoverleg"],
   "2017-04-07", "2017-04-07", UC, "100-day plan; 'vrijdag' in a Saturday paper")
ev(a, R, "proposal", "occurred",
   ["Xi nodigde Trump bovendien uit voor een staatsbezoek aan China, en de Amerikaan nam die uitnodiging aan"],
   ["2017-04-06", "2017-04-07"], None, ["CHN", "USA"], "invitation accepted, during the summit")
ev(a, R, ["summit", "talks"], "planned",
   ["Volgens Chinese staatsmedia moet de reis later dit jaar plaatsvinden"],
   ["2017-04-08", "2017-12-31"], "2017-11-08", UC, "Trump's state visit to China, 'later dit jaar'")
ev(a, O, "talks", "occurred",
   ["Trump lichtte zijn gast nog tijdens het diner in over de aanval"],
   "2017-04-06", "2017-04-06", UC, "informing Xi of the strike; the strike itself is an attack, no event")
ev(a, R, "condemnation", "occurred",
   ["Trump had die aanval woensdag in het Witte Huis al scherp veroordeeld"],
   "2017-04-05", "2017-04-05", ["USA", "SYR"], "'woensdag' in a Saturday paper, pluperfect")
ev(a, R, "condemnation", "occurred",
   ["Moskou reageerde vrijdag woedend",
    "Een woordvoerder van het Kremlin noemde de Amerikaanse actie een daad van agressie tegen een soevereine staat"],
   "2017-04-07", "2017-04-07", ["RUS", "USA"])
ev(a, R, "sanction", "occurred",
   ["Rusland schortte dezelfde dag een afspraak met de Verenigde Staten op"],
   "2017-04-07", "2017-04-07", ["RUS", "USA"], "suspension of the Syria air-safety memorandum, 'dezelfde dag'")
ev(a, R, "demand", "occurred",
   ["Ook vroeg Moskou om een spoedzitting van de VN-Veiligheidsraad"],
   "2017-04-07", "2017-04-07", ["RUS", "UN"])
ev(a, O, "talks", "occurred",
   ["die vrijdag in New York bijeenkwam"],
   "2017-04-07", "2017-04-07", ["UN"], "the Security Council session itself")
ev(a, O, "proposal", "occurred",
   ["Duitsland en Frankrijk kozen de kant van Washington"],
   ["2017-04-07", "2017-04-08"], "2017-04-07", ["DEU", "FRA", "USA"], "support, optional")
ev(a, R, "condemnation", "occurred",
   ["Bondskanselier Angela Merkel en president François Hollande verklaarden in een gezamenlijke tekst dat Assad als enige verantwoordelijk is"],
   ["2017-04-07", "2017-04-08"], "2017-04-07", ["DEU", "FRA", "SYR"], "undated reaction: event to publication")
ev(a, R, "demand", "occurred",
   ["Een woordvoerster van het Chinese ministerie van Buitenlandse Zaken riep alle partijen op tot terughoudendheid"],
   ["2017-04-07", "2017-04-08"], "2017-04-07", ["CHN"], "undated reaction")
ev(a, R, "warning", "occurred",
   ["Trump had vorige week zondag in een interview met een Britse krant gedreigd"],
   "2017-04-02", "2017-04-02", ["USA", "CHN", "PRK"], "'vorige week zondag' from a Saturday = 2 April")
ev(a, O, "agreement", "occurred",
   ["waren beide presidenten het erover eens dat het Noord-Koreaanse kernwapenprogramma een ernstig stadium heeft bereikt"],
   ["2017-04-06", "2017-04-07"], None, UC, "shared assessment, optional")
ev(a, N, ["proposal", "agreement"], "negated",
   ["Concrete toezeggingen van Xi over Noord-Korea kwamen er niet"],
   None, None, UC, "no pledge on North Korea")
ev(a, N, "agreement", "negated",
   ["Over Taiwan en de Zuid-Chinese Zee maakten de twee delegaties geen enkele afspraak"],
   None, None, UC, "no agreement on Taiwan / South China Sea")
ev(a, R, "talks", "occurred",
   ["De ontmoeting was voorbereid door Tillerson, die in maart in Peking met Xi sprak"],
   ["2017-03-01", "2017-03-31"], "2017-03-19", UC)
ev(a, R, "talks", "occurred",
   ["In februari hadden de twee presidenten al telefonisch contact gehad"],
   ["2017-02-01", "2017-02-28"], "2017-02-09", UC)
ev(a, R, ["proposal", "agreement"], "occurred",
   ["Trump beloofde toen het zogeheten een-Chinabeleid te respecteren"],
   ["2017-02-01", "2017-02-28"], "2017-02-09", UC, "'toen' carries February")
# ---------------------------------------------------------------- 02 Reader's question: Abe and Putin in Nagato and Tokyo, 2016-12-17 (Sat)
a = "d19_02_lezersvraag_abe_poetin"
JR = ["JPN", "RUS"]
ev(a, R, ["summit", "talks"], "occurred",
   ["Ik las dat de Russische president Poetin deze week in Japan was",
    "Maar het bezoek van Vladimir Poetin aan de Japanse premier Shinzo Abe leverde wel iets op",
    "Abe ontving Poetin donderdag in Nagato, een kuuroord in zijn eigen kiesdistrict",
    "De twee spraken die avond en de volgende ochtend urenlang, deels onder vier ogen",
    "Vrijdag gingen de gesprekken verder in Tokio"],
   ["2016-12-15", "2016-12-16"], "2016-12-15", JR, "the two-day visit, Nagato (Thu) and Tokyo (Fri)")
ev(a, R, "agreement", "occurred",
   ["Abe en Poetin kwamen overeen dat hun regeringen gaan overleggen over gezamenlijke economische activiteiten op de eilanden"],
   ["2016-12-15", "2016-12-16"], "2016-12-16", JR)
ev(a, R, ["agreement", "proposal"], "occurred",
   ["Ook beloofden ze het makkelijker te maken voor oud-bewoners om de graven van hun familie op de eilanden te bezoeken"],
   ["2016-12-15", "2016-12-16"], "2016-12-16", JR)
ev(a, R, "agreement", "occurred",
   ["Daarnaast tekenden bedrijven en overheden van beide landen tientallen economische contracten"],
   ["2016-12-15", "2016-12-16"], "2016-12-16", JR)
ev(a, N, "agreement", "negated",
   ["waarom hebben Japan en Rusland nog altijd geen vrede gesloten",
    "Het korte antwoord: nee, een vredesverdrag is er nog altijd niet",
    "Een termijn voor een vredesverdrag werd niet genoemd"],
   None, None, JR, "no peace treaty")
ev(a, O, "demand", "occurred",
   ["Japan noemt vier van die eilanden zijn Noordelijke Gebieden en wil ze terug"],
   None, None, ["JPN", "RUS"], "standing claim, present tense: optional")
ev(a, R, "agreement", "occurred",
   ["In 1956 spraken Moskou en Tokio in een gezamenlijke verklaring wel af"],
   ["1956-01-01", "1956-12-31"], "1956-10-19", JR, "the 1956 joint declaration (Soviet Union as RUS)")
ev(a, N, "agreement", "negated",
   ["Dat verdrag kwam er nooit"],
   None, None, JR, "the treaty of 1956 never came")
ev(a, R, "talks", "occurred",
   ["Hij reisde in mei al naar Sotsji"],
   ["2016-05-01", "2016-05-31"], "2016-05-06", JR, "'Hij' = Abe")
ev(a, R, "talks", "occurred",
   ["sprak Poetin in september opnieuw in Vladivostok"],
   ["2016-09-01", "2016-09-30"], "2016-09-02", JR, "second event in the same sentence")
ev(a, R, "sanction", "occurred",
   ["Japan doet wel mee aan de westerse sancties die na de annexatie van de Krim in 2014 tegen Rusland werden ingesteld"],
   ["2014-01-01", "2014-12-31"], None, JR)
ev(a, R, "condemnation", "occurred",
   ["Poetin zei in Tokio dat die strafmaatregelen een obstakel vormen voor de samenwerking"],
   "2016-12-16", "2016-12-16", ["RUS", "JPN"], "'in Tokio' = Friday")
ev(a, R, "proposal", "occurred",
   ["In Sotsji legde hij de Russische president een plan in acht punten voor economische samenwerking voor"],
   ["2016-05-01", "2016-05-31"], "2016-05-06", JR, "Abe's eight-point plan, dated by the previous sentence ('in mei')")
ev(a, O, "talks", "planned",
   ["De ministers van Buitenlandse Zaken moeten de komende maanden uitwerken"],
   ["2016-12-17", "2017-03-31"], None, JR, "follow-up consultations, vague")
ev(a, R, ["talks", "summit", "proposal"], "planned",
   ["Abe zei te hopen dat hij Poetin volgend jaar in Rusland weer ziet"],
   ["2017-01-01", "2017-12-31"], "2017-04-27", JR, "stated wish to meet next year")
# ---------------------------------------------------------------- 03 Long read with flashback (month-only header): Modi in Lahore, 2016-01
a = "d19_03_longread_modi_lahore"
IP = ["IND", "PAK"]
ev(a, R, ["summit", "talks"], "occurred",
   ["De kerstverrassing van Lahore en wat ervan over is",
    "Het was eerste kerstdag, laat in de middag, toen een Indiaas regeringsvliegtuig op het vliegveld van Lahore landde",
    "De twee mannen omhelsden elkaar en vlogen samen per helikopter naar Raiwind",
    "Het bezoek duurde nauwelijks twee uur",
    "Volgens het Pakistaanse ministerie van Buitenlandse Zaken spraken de premiers over het hervatten van het vredesproces"],
   "2015-12-25", "2015-12-25", IP, "'eerste kerstdag' in a January 2016 text = 25 Dec 2015")
ev(a, O, "delivery", "occurred",
   ["waar hij het nieuwe Afghaanse parlementsgebouw opende dat met Indiaas geld is gebouwd"],
   "2015-12-25", "2015-12-25", ["IND", "AFG"], "'die ochtend'; a building paid for by India, optional")
ev(a, R, ["summit", "talks"], "occurred",
   ["Toen reisde de Indiase premier Atal Bihari Vajpayee met een bus over de grens naar dezelfde stad"],
   ["1999-02-01", "1999-02-28"], "1999-02-20", IP, "'Toen' = februari 1999")
ev(a, R, "agreement", "occurred",
   ["Na twee dagen gesprekken tekenden ze de Verklaring van Lahore"],
   ["1999-02-01", "1999-02-28"], "1999-02-21", IP)
ev(a, O, "proposal", "occurred",
   ["nodigde hij alle regeringsleiders uit de regio uit"],
   ["2014-05-01", "2014-05-31"], None, ["IND", "PAK"], "the inauguration invitation")
ev(a, R, "talks", "occurred",
   ["Sharif kwam en sprak met hem in Delhi"],
   ["2014-05-01", "2014-05-31"], "2014-05-27", ["PAK", "IND"])
ev(a, N, "talks", "negated",
   ["zegde India al gepland overleg tussen de hoogste ambtenaren van Buitenlandse Zaken weer af"],
   None, None, IP, "talks called off in August 2014")
ev(a, R, "talks", "occurred",
   ["Eind november wisselden Modi en Sharif aan de rand van de klimaattop in Parijs een paar woorden op een bank"],
   ["2015-11-21", "2015-11-30"], "2015-11-30", IP)
ev(a, R, "talks", "occurred",
   ["Op 6 december spraken de nationale veiligheidsadviseurs van beide landen in het geheim met elkaar in Bangkok"],
   "2015-12-06", "2015-12-06", IP)
ev(a, R, "talks", "occurred",
   ["Drie dagen later was de Indiase minister van Buitenlandse Zaken Sushma Swaraj in Islamabad voor een conferentie over Afghanistan"],
   "2015-12-09", "2015-12-09", IP, "'drie dagen later' than 6 December")
ev(a, R, "agreement", "occurred",
   ["Daar spraken de twee landen af de zogeheten alomvattende bilaterale dialoog te hervatten"],
   "2015-12-09", "2015-12-09", IP, "'Daar' carries Islamabad, 9 December")
ev(a, O, "condemnation", "occurred",
   ["De oppositiepartij Congres had stevige kritiek op het bezoek aan Lahore"],
   ["2015-12-25", "2016-01-31"], None, ["IND"], "domestic criticism, optional")
ev(a, O, "proposal", "occurred",
   ["Washington verwelkomde de ontmoeting juist"],
   ["2015-12-25", "2016-01-31"], None, ["USA", "IND", "PAK"], "welcome, optional")
ev(a, O, "condemnation", "occurred",
   ["Delhi wees naar Jaish-e-Mohammed, een groep die vanuit Pakistan opereert"],
   ["2016-01-02", "2016-01-31"], None, ["IND", "PAK"], "pointing at a group, optional")
ev(a, R, "demand", "occurred",
   ["Begin januari eiste India dat Pakistan snel en zichtbaar optreedt tegen de daders"],
   ["2016-01-01", "2016-01-10"], None, IP)
ev(a, R, "talks", "occurred",
   ["Sharif belde Modi een paar dagen na de aanval op"],
   ["2016-01-03", "2016-01-09"], "2016-01-05", ["PAK", "IND"], "'een paar dagen na' the attack of 1-2 January")
ev(a, O, "proposal", "occurred",
   ["beloofde snel en beslissend te handelen"],
   ["2016-01-03", "2016-01-09"], "2016-01-05", ["PAK", "IND"], "Sharif's promise in the call")
ev(a, N, "talks", "negated",
   ["die half januari in Islamabad zouden plaatsvinden, uitgesteld"],
   None, None, IP, "foreign secretaries' talks postponed")
ev(a, N, "talks", "negated",
   ["Als Pakistan werkelijk verdachten vervolgt, zeggen Indiase diplomaten, kan er weer gepraat worden"],
   None, None, IP, "conditional")
# ---------------------------------------------------------------- 04 Flemish analysis: Modi and Xi in Wuhan, 2018-04-30 (Mon)
a = "d19_04_vlaams_modi_xi_wuhan"
IC = ["IND", "CHN"]
ev(a, R, "summit", "occurred",
   ["Modi en Xi zoeken in Wuhan de lente na een koude zomer",
    "trokken vrijdag en zaterdag twee dagen met elkaar op in de Centraal-Chinese stad",
    "Peking en Delhi noemden het bewust een informele top"],
   ["2018-04-27", "2018-04-28"], "2018-04-27", IC, "'vrijdag en zaterdag' in a Monday paper")
ev(a, R, "agreement", "occurred",
   ["Eind augustus vorig jaar kwamen beide landen overeen hun troepen terug te trekken"],
   ["2017-08-21", "2017-08-31"], "2017-08-28", IC, "Doklam disengagement")
ev(a, R, "talks", "occurred",
   ["Begin september spraken Modi en Xi elkaar in het Chinese Xiamen"],
   ["2017-09-01", "2017-09-10"], "2017-09-05", IC, "'begin september' after 'eind augustus vorig jaar' = 2017")
ev(a, O, "summit", "occurred",
   ["aan de rand van een top van de BRICS-landen"],
   ["2017-09-01", "2017-09-10"], "2017-09-03", ["BRICS"], "the BRICS summit itself, optional")
ev(a, R, "agreement", "occurred",
   ["kwamen Modi en Xi overeen dat beide regeringen hun legers strategische richtlijnen zullen geven"],
   ["2018-04-27", "2018-04-28"], "2018-04-28", IC)
ev(a, R, "agreement", "occurred",
   ["Daarnaast spraken ze af samen een economisch project in Afghanistan op te zetten"],
   ["2018-04-27", "2018-04-28"], "2018-04-28", IC)
ev(a, N, "agreement", "negated",
   ["Een gezamenlijke verklaring werd er nochtans niet gepubliceerd"],
   None, None, IC, "no joint statement")
ev(a, N, "agreement", "negated",
   ["Over het tracé van de grens werd geen enkele afspraak gemaakt"],
   None, None, IC, "no border agreement")
ev(a, R, "talks", "occurred",
   ["maakte de Indiase minister van Buitenlandse Zaken Sushma Swaraj na een gesprek met haar Chinese collega Wang Yi in Peking bekend"],
   "2018-04-22", "2018-04-22", IC, "'Op zondag 22 april'")
ev(a, O, "talks", "occurred",
   ["Swaraj was in de Chinese hoofdstad voor een vergadering van de Sjanghai-Samenwerkingsorganisatie"],
   ["2018-04-22", "2018-04-24"], "2018-04-24", ["SCO", "IND", "CHN"], "SCO ministers' meeting, optional")
ev(a, R, "condemnation", "occurred",
   ["India blijft bezwaar maken tegen de economische corridor die China door het Pakistaanse deel van Kasjmir aanlegt"],
   None, None, ["IND", "CHN"], "present tense, undated")
ev(a, N, ["summit", "talks"], "negated",
   ["Delhi deed ook niet mee aan het grote forum over dat project dat Peking vorig jaar in mei organiseerde"],
   None, None, IC, "India stayed away from the Belt and Road Forum")
ev(a, O, "sanction", "occurred",
   ["Delhi deed ook niet mee aan het grote forum over dat project dat Peking vorig jaar in mei organiseerde"],
   ["2017-05-01", "2017-05-31"], "2017-05-14", IC, "the same sentence read as a boycott: optional sanction")
ev(a, R, "summit", "planned",
   ["In juni reist Modi naar het Chinese Qingdao voor de top van de Sjanghai-Samenwerkingsorganisatie"],
   ["2018-06-01", "2018-06-30"], "2018-06-09", ["IND", "CHN", "SCO"])
ev(a, R, ["summit", "talks"], "planned",
   ["En Xi aanvaardde volgens Delhi een uitnodiging voor een tweede informele top, volgend jaar in India"],
   ["2019-01-01", "2019-12-31"], "2019-10-11", ["CHN", "IND"])
# ---------------------------------------------------------------- 05 Travel supplement (month-only header): Obama in Havana / Panama 2015, 2016-04
a = "d19_05_reisbijlage_havana"
UCU = ["USA", "CUB"]
ev(a, R, ["summit", "talks"], "occurred",
   ["dat Barack Obama hier vorige maand door de regen liep",
    "De Amerikaanse president was van 20 tot en met 22 maart in Cuba",
    "Op de tweede dag sprak hij in het Paleis van de Revolutie urenlang met president Raúl Castro"],
   ["2016-03-20", "2016-03-22"], "2016-03-21", UCU, "the visit with the talks on its second day")
ev(a, R, "demand", "occurred",
   ["Op de gezamenlijke persconferentie daarna eiste Castro dat Washington het handelsembargo opheft en de marinebasis Guantánamo teruggeeft"],
   "2016-03-21", "2016-03-21", ["CUB", "USA"], "dated by the previous sentence ('op de tweede dag')")
ev(a, R, "demand", "occurred",
   ["Obama riep op zijn beurt op tot meer vrijheid voor Cubaanse burgers"],
   "2016-03-21", "2016-03-21", ["USA", "CUB"])
ev(a, O, "demand", "occurred",
   ["Een dag later herhaalde hij die oproep in een toespraak in het Gran Teatro"],
   "2016-03-22", "2016-03-22", ["USA", "CUB"], "the repeated call, optional")
ev(a, N, "talks", "negated",
   ["Met Fidel Castro, de broer van de president, ontmoette Obama elkaar niet",
    "Zo'n gesprek stond nooit op het programma"],
   None, None, UCU, "no meeting with Fidel")
ev(a, R, "condemnation", "occurred",
   ["De oude revolutionair liet op 28 maart in een lange column in de partijkrant weten dat Cuba geen cadeaus van het imperium nodig heeft"],
   "2016-03-28", "2016-03-28", ["CUB", "USA"])
ev(a, R, "agreement", "occurred",
   ["Voor Cubanen begon het allemaal op 17 december 2014",
    "Die dag maakten Obama en Castro tegelijk bekend dat hun landen na meer dan vijftig jaar weer normale betrekkingen willen"],
   "2014-12-17", "2014-12-17", UCU)
ev(a, R, ["summit", "talks"], "occurred",
   ["In april 2015 volgde de eerste handdruk, tijdens het openingsdiner van de Top van de Amerika's in Panama-Stad"],
   ["2015-04-01", "2015-04-30"], "2015-04-10", UCU)
ev(a, R, "talks", "occurred",
   ["Een dag later zaten de twee presidenten daar ruim een uur met elkaar om tafel"],
   ["2015-04-02", "2015-05-01"], "2015-04-11", UCU, "'een dag later' than a handshake dated only 'april 2015'")
ev(a, O, ["agreement", "proposal"], "occurred",
   ["Kort na Panama haalde Washington Cuba van de Amerikaanse lijst van landen die terrorisme steunen"],
   ["2015-04-11", "2015-06-30"], "2015-05-29", UCU, "easing a measure: optional")
ev(a, R, "agreement", "occurred",
   ["Op 20 juli 2015 gingen de ambassades in Havana en Washington weer open"],
   "2015-07-20", "2015-07-20", UCU, "restoring ties")
ev(a, R, "agreement", "occurred",
   ["In februari van dit jaar tekenden de twee landen in Havana een overeenkomst over lijnvluchten"],
   ["2016-02-01", "2016-02-29"], "2016-02-16", UCU)
ev(a, O, "sanction", "occurred",
   ["Het embargo zelf, dat sinds 1962 van kracht is"],
   ["1962-01-01", "1962-12-31"], "1962-02-07", ["USA", "CUB"], "the standing embargo, optional")
# ---------------------------------------------------------------- 06 Interview: the 'comfort women' agreement, 2015-12-30 (Wed)
a = "d19_06_interview_troostmeisjes"
JK = ["JPN", "KOR"]
ev(a, R, "agreement", "occurred",
   ["'Dit akkoord gaat over diplomatie, niet over de vrouwen'",
    "Japan en Zuid-Korea sloten maandag een akkoord over de zogeheten troostmeisjes",
    "kwamen in Seoul tot een akkoord"],
   "2015-12-28", "2015-12-28", JK, "'maandag' in a Wednesday paper")
ev(a, O, "proposal", "occurred",
   ["premier Shinzo Abe biedt via Kishida opnieuw zijn excuses aan"],
   "2015-12-28", "2015-12-28", JK, "the apology, part of the deal")
ev(a, R, "delivery", "planned",
   ["Tokio maakt een miljard yen over aan een stichting die Zuid-Korea gaat oprichten"],
   "2015-12-28", "2015-12-28", JK, "pledge, dated by the agreement")
ev(a, O, "agreement", "occurred",
   ["In ruil noemt Seoul de kwestie definitief en onomkeerbaar opgelost"],
   "2015-12-28", "2015-12-28", JK, "part of the deal")
ev(a, O, "proposal", "occurred",
   ["Zuid-Korea beloofde te bekijken hoe het Japanse bezwaren tegen dat beeld kan wegnemen"],
   "2015-12-28", "2015-12-28", ["KOR", "JPN"], "vague promise on the statue")
ev(a, N, "agreement", "negated",
   ["maar ondertekenden geen gezamenlijk document"],
   None, None, JK, "nothing signed")
ev(a, O, "demand", "occurred",
   ["De Verenigde Staten willen dat hun twee belangrijkste bondgenoten in de regio samen optrekken tegen China en Noord-Korea"],
   None, None, ["USA", "JPN", "KOR"], "US pressure, generic: optional")
ev(a, N, "summit", "negated",
   ["President Park Geun-hye weigerde lange tijd een topontmoeting met Abe"],
   None, None, JK, "refused summit")
ev(a, R, "summit", "occurred",
   ["Begin november zagen ze elkaar in Seoul eindelijk onder vier ogen"],
   ["2015-11-01", "2015-11-10"], "2015-11-02", JK)
ev(a, R, "agreement", "occurred",
   ["en toen spraken ze af de onderhandelingen over de troostmeisjes te versnellen"],
   ["2015-11-01", "2015-11-10"], "2015-11-02", JK, "'toen' carries early November")
ev(a, R, "agreement", "occurred",
   ["dat de twee landen in 1965 een verdrag sloten en hun betrekkingen herstelden"],
   ["1965-01-01", "1965-12-31"], "1965-06-22", JK)
ev(a, R, "talks", "occurred",
   ["Abe belde haar maandagavond"],
   "2015-12-28", "2015-12-28", JK)
ev(a, R, "demand", "occurred",
   ["Ze zei dat de afspraken snel en volledig moeten worden uitgevoerd"],
   "2015-12-28", "2015-12-28", ["KOR", "JPN"], "Park in the call")
ev(a, O, "proposal", "occurred",
   ["Ook Washington verwelkomde het akkoord meteen"],
   ["2015-12-28", "2015-12-30"], "2015-12-28", ["USA", "JPN", "KOR"], "welcome, optional")
ev(a, R, ["demand", "condemnation"], "occurred",
   ["Een aantal van hen wees het akkoord af en eiste dat Japan zijn wettelijke verantwoordelijkheid erkent"],
   ["2015-12-28", "2015-12-30"], None, ["KOR", "JPN"], "survivors reject the deal and demand legal responsibility; undated reaction")
ev(a, N, "agreement", "negated",
   ["Als de volgende Zuid-Koreaanse regering het akkoord openbreekt, staan we weer bij af"],
   None, None, JK, "hypothetical")
ev(a, N, ["delivery", "agreement"], "negated",
   ["Ik verwacht dat de stichting er volgend jaar komt"],
   None, None, JK, "expert's prediction")
# ---------------------------------------------------------------- 07 Article with correction: Deniz Yücel released, 2018-02-17 (Sat)
a = "d19_07_correctie_yucel"
DT = ["DEU", "TUR"]
ev(a, O, "agreement", "occurred",
   ["Deniz Yücel na een jaar cel vrij en terug in Duitsland",
    "Een rechtbank in Istanbul stemde vrijdag in met zijn vrijlating"],
   "2018-02-16", "2018-02-16", ["TUR", "DEU"], "the release itself is no diplomatic type; optional")
ev(a, O, ["condemnation", "demand"], "occurred",
   ["De Turkse aanklager eist tot achttien jaar cel wegens terroristische propaganda en het aanzetten tot haat"],
   "2018-02-16", "2018-02-16", ["TUR", "DEU"], "indictment, optional")
ev(a, R, ["summit", "talks"], "occurred",
   ["De vrijlating kwam een dag nadat de Turkse premier Binali Yildirim in Berlijn met bondskanselier Angela Merkel had gesproken"],
   "2018-02-15", "2018-02-15", ["TUR", "DEU"], "'een dag nadat' the Friday release")
ev(a, R, "demand", "occurred",
   ["Na dat gesprek drong Merkel erop aan dat de zaak snel en volgens de regels van de rechtsstaat wordt afgehandeld"],
   "2018-02-15", "2018-02-15", DT)
ev(a, O, "proposal", "occurred",
   ["Yildirim had eerder die week in een Duits televisie-interview gezegd te hopen dat Yücel binnenkort vrij zou komen"],
   ["2018-02-12", "2018-02-15"], None, ["TUR", "DEU"], "hope, optional")
ev(a, N, "agreement", "negated",
   ["maar benadrukte dat er geen afspraak met Ankara is gemaakt"],
   None, None, DT, "no deal")
ev(a, N, ["delivery", "agreement"], "negated",
   ["Een ruil, bijvoorbeeld in de vorm van wapenleveranties, is er volgens hem niet geweest"],
   None, None, DT, "no swap for arms")
ev(a, O, "talks", "occurred",
   ["ook in gesprekken met president Recep Tayyip Erdogan"],
   None, None, DT, "Gabriel's talks, 'de afgelopen maanden'")
ev(a, R, "talks", "occurred",
   ["Begin januari ontving hij zijn Turkse collega Mevlüt Cavusoglu nog bij hem thuis in Goslar"],
   ["2018-01-01", "2018-01-10"], "2018-01-06", DT)
ev(a, R, "condemnation", "occurred",
   ["Erdogan noemde de journalist vorig jaar een Duitse agent en een terrorist"],
   ["2017-01-01", "2017-12-31"], None, ["TUR", "DEU"])
ev(a, R, "demand", "occurred",
   ["Berlijn eiste keer op keer zijn vrijlating"],
   None, None, DT, "repeated demands over a year: no single date")
ev(a, R, "sanction", "occurred",
   ["Duitsland houdt sinds vorig jaar grote wapenexporten naar Turkije tegen"],
   ["2017-01-01", "2017-12-31"], None, DT)
ev(a, O, "demand", "occurred",
   ["Ankara wil graag dat Duitse bedrijven de Turkse Leopard-tanks moderniseren"],
   None, None, ["TUR", "DEU"], "wish, optional")
ev(a, R, "demand", "occurred",
   ["Gabriel eiste vrijdag dat ook zij worden vrijgelaten"],
   "2018-02-16", "2018-02-16", DT)
ev(a, N, "agreement", "negated",
   ["Een akkoord daarover met de Turkse regering is er niet"],
   None, None, DT, "no agreement on the other detainees")
# ---------------------------------------------------------------- 08 Student newspaper: the Glasgow Climate Pact, 2021-11-15 (Mon)
a = "d19_08_studentenkrant_glasgow"
ev(a, R, "agreement", "occurred",
   ["toen de bijna 200 landen het Klimaatpact van Glasgow aannamen",
    "De tekst werd aangepast en aangenomen"],
   "2021-11-13", "2021-11-13", ["UN"], "'zaterdagavond' in a Monday paper")
ev(a, R, "proposal", "occurred",
   ["stelde voor om in de slottekst niet langer te spreken van het uitfaseren van steenkool"],
   "2021-11-13", "2021-11-13", ["IND"], "India's amendment, carried from 'zaterdagavond'")
ev(a, O, "proposal", "occurred",
   ["China steunde dat voorstel"],
   "2021-11-13", "2021-11-13", ["CHN", "IND"], "support, optional")
ev(a, R, "condemnation", "occurred",
   ["Zwitserland en een reeks kleine eilandstaten zeiden diep teleurgesteld te zijn en hekelden de manier waarop de wijziging op het laatste moment was doorgedrukt"],
   "2021-11-13", "2021-11-13", ["CHE", "IND"])
ev(a, R, "summit", "occurred",
   ["volgde de klimaattop in Glasgow twee weken lang als waarnemer",
    "De top, officieel COP26, begon op 31 oktober"],
   ["2021-10-31", "2021-11-13"], "2021-10-31", ["UN"], "COP26, 31 Oct - 13 Nov")
ev(a, R, "demand", "occurred",
   ["Het pact dat zaterdag werd aangenomen roept de landen op om hun klimaatplannen voor 2030 al voor het eind van volgend jaar aan te scherpen"],
   "2021-11-13", "2021-11-13", ["UN"])
ev(a, N, "agreement", "negated",
   ["Een einddatum voor steenkool staat er niet in"],
   None, None, ["UN"], "no end date for coal")
ev(a, O, "agreement", "occurred",
   ["de regels vastgesteld voor de internationale handel in uitstootrechten"],
   "2021-11-13", "2021-11-13", ["UN"], "Article 6 rules, part of the package")
ev(a, N, "delivery", "negated",
   ["hebben hun belofte om vanaf 2020 elk jaar honderd miljard dollar aan klimaatsteun te geven niet waargemaakt"],
   None, None, [], "the 100 billion not delivered")
ev(a, O, "delivery", "planned",
   ["In het pact beloven ze hun steun voor aanpassing aan de gevolgen van klimaatverandering tegen 2025 te verdubbelen"],
   "2021-11-13", "2021-11-13", ["UN"], "pledge of 'de rijke landen', no named actor: optional")
ev(a, R, "demand", "occurred",
   ["De G77, de groep van ontwikkelingslanden, eiste een apart fonds voor schade en verlies door klimaatrampen"],
   ["2021-10-31", "2021-11-13"], None, ["G77"], "during the summit")
ev(a, N, ["agreement", "delivery"], "negated",
   ["Dat fonds kwam er niet: de Verenigde Staten en de EU hielden het tegen"],
   None, None, ["G77", "USA", "EU"], "no loss-and-damage fund")
ev(a, O, "talks", "planned",
   ["Er komt alleen een dialoog over"],
   None, None, ["UN"], "the Glasgow dialogue, undated")
ev(a, R, ["agreement", "proposal"], "occurred",
   ["Op 2 november beloofden ruim honderd landen, waaronder Brazilië en Indonesië, de ontbossing voor 2030 te stoppen"],
   "2021-11-02", "2021-11-02", ["BRA", "IDN"])
ev(a, R, ["agreement", "proposal"], "occurred",
   ["De Verenigde Staten en de EU lanceerden dezelfde dag een belofte om de uitstoot van methaan met dertig procent te verminderen"],
   "2021-11-02", "2021-11-02", ["USA", "EU"], "'dezelfde dag'")
ev(a, R, "agreement", "occurred",
   ["Woensdag kwam de grootste verrassing",
    "de Verenigde Staten en China, de twee grootste vervuilers, presenteerden een gezamenlijke verklaring"],
   "2021-11-10", "2021-11-10", ["USA", "CHN"], "'Woensdag' in a Monday paper = 10 Nov")
ev(a, O, "talks", "occurred",
   ["hadden daar in het geheim aan gewerkt"],
   None, None, ["USA", "CHN"], "Kerry and Xie's secret talks")
ev(a, R, "summit", "planned",
   ["Volgend jaar is de klimaattop in het Egyptische Sharm-el-Sheikh"],
   ["2022-01-01", "2022-12-31"], "2022-11-06", ["UN", "EGY"])
# ---------------------------------------------------------------- 09 Newsletter: NATO-Russia Council and OSCE, 2022-01-14 (Fri)
a = "d19_09_nieuwsbrief_navo_rusland"
NR = ["NATO", "RUS"]
ev(a, O, "talks", "occurred",
   ["een week praten, en Rusland en het Westen staan nog even ver uit elkaar"],
   ["2022-01-10", "2022-01-14"], None, ["RUS", "USA", "NATO", "OSCE"], "the headline sums up the week's three meetings: optional")
ev(a, R, "talks", "occurred",
   ["Het begon maandag in Genève",
    "Daar spraken de Amerikaanse onderminister van Buitenlandse Zaken Wendy Sherman en de Russische onderminister Sergej Rjabkov bijna acht uur met elkaar"],
   "2022-01-10", "2022-01-10", ["USA", "RUS"])
ev(a, R, "demand", "occurred",
   ["Rjabkov zei na afloop dat Moskou absolute garanties wil dat Oekraïne nooit lid wordt van de NAVO"],
   "2022-01-10", "2022-01-10", ["RUS", "USA"])
ev(a, O, "condemnation", "occurred",
   ["Sherman noemde dat voor Washington onbespreekbaar"],
   "2022-01-10", "2022-01-10", ["USA", "RUS"], "rejection, optional")
ev(a, R, ["proposal", "demand"], "occurred",
   ["Half december publiceerde Moskou twee ontwerpverdragen"],
   ["2021-12-11", "2021-12-20"], "2021-12-17", ["RUS", "USA", "NATO"])
ev(a, R, "talks", "occurred",
   ["Eind december spraken presidenten Joe Biden en Vladimir Poetin er nog telefonisch over"],
   ["2021-12-21", "2021-12-31"], "2021-12-30", ["USA", "RUS"])
ev(a, R, "talks", "occurred",
   ["Op 7 december hadden ze al een videogesprek gehad"],
   "2021-12-07", "2021-12-07", ["USA", "RUS"])
ev(a, R, "warning", "occurred",
   ["waarin Biden zijn Russische collega waarschuwde voor zware economische maatregelen als het tot een inval komt"],
   "2021-12-07", "2021-12-07", ["USA", "RUS"], "a threat made: an event, though its content is conditional")
ev(a, R, "talks", "occurred",
   ["Woensdag zat de NAVO-Rusland-raad in Brussel voor het eerst sinds 2019 weer bij elkaar"],
   "2022-01-12", "2022-01-12", NR)
ev(a, R, "demand", "occurred",
   ["herhaalde daar de eis dat de NAVO zich terugtrekt uit Oost-Europa"],
   "2022-01-12", "2022-01-12", ["RUS", "NATO"])
ev(a, R, "proposal", "occurred",
   ["De dertig bondgenoten boden Moskou een reeks nieuwe gesprekken aan over wapenbeheersing"],
   "2022-01-12", "2022-01-12", NR)
ev(a, N, "agreement", "negated",
   ["dat de Russen dat aanbod niet hebben afgewezen, maar ook niet hebben aanvaard"],
   None, None, NR, "offer not accepted")
ev(a, N, ["talks", "agreement"], "negated",
   ["Een datum voor een nieuwe zitting van de raad is niet afgesproken"],
   None, None, NR, "no new session agreed")
ev(a, O, "warning", "occurred",
   ["Stoltenberg sprak van reële risico's op een nieuw gewapend conflict in Europa"],
   "2022-01-12", "2022-01-12", NR, "assessment, optional")
ev(a, R, "talks", "occurred",
   ["Gisteren was het de beurt aan de OVSE"],
   "2022-01-13", "2022-01-13", ["OSCE", "RUS"])
ev(a, R, "warning", "occurred",
   ["waarschuwde in Wenen dat het risico op oorlog in Europa groter is dan in de afgelopen dertig jaar"],
   "2022-01-13", "2022-01-13", ["OSCE", "POL"], "Rau as OSCE chair")
ev(a, N, "talks", "negated",
   ["dat hij voorlopig geen reden ziet om nieuwe gesprekken te voeren"],
   None, None, ["RUS", "USA", "NATO"], "no new talks for now")
ev(a, O, "condemnation", "occurred",
   ["is als voorzitter geen neutrale bemiddelaar, zeggen critici in Moskou"],
   None, None, ["RUS", "POL"], "criticism of Poland as chair, undated: optional")
ev(a, R, "warning", "occurred",
   ["Washington en zijn Europese bondgenoten herhaalden deze week dat een Russische inval zware economische gevolgen voor Moskou zal hebben"],
   ["2022-01-10", "2022-01-14"], None, ["USA", "RUS"], "'deze week' in a Friday newsletter: Monday to Friday")
ev(a, N, "sanction", "negated",
   ["Welke strafmaatregelen dat precies zouden zijn, houden de westerse hoofdsteden bewust vaag"],
   None, None, ["USA", "RUS"], "hypothetical sanctions")
# ---------------------------------------------------------------- 10 Radio transcript: the IAEA mission to Zaporizhzhia, 2022-09-02 (Fri)
a = "d19_10_radio_iaea_zaporizja"
ev(a, R, "talks", "occurred",
   ["inspecteurs van IAEA na uren vertraging in kerncentrale Zaporizja",
    "is een team van het Internationaal Atoomenergieagentschap gisteren aangekomen bij de kerncentrale van Zaporizja",
    "IAEA-directeur Rafael Grossi, die de missie zelf leidt, is uiteindelijk een paar uur in de centrale geweest"],
   "2022-09-01", "2022-09-01", ["IAEA", "UKR", "RUS"], "the inspection visit")
ev(a, R, "condemnation", "occurred",
   ["Kyiv beschuldigde Rusland ervan de weg naar de centrale onder vuur te hebben genomen om de missie te saboteren"],
   "2022-09-01", "2022-09-01", ["UKR", "RUS"])
ev(a, R, "condemnation", "occurred",
   ["Moskou zei juist dat Oekraïense soldaten per boot hadden geprobeerd het terrein te bestormen"],
   "2022-09-01", "2022-09-01", ["RUS", "UKR"])
ev(a, O, ["warning", "condemnation"], "occurred",
   ["Hij zei gisteravond dat de fysieke integriteit van de centrale meerdere keren is geschonden"],
   "2022-09-01", "2022-09-01", ["IAEA"], "finding, optional")
ev(a, O, ["proposal", "agreement"], "planned",
   ["een deel van zijn team blijft voorlopig in de centrale"],
   "2022-09-01", "2022-09-01", ["IAEA"], "announced continued presence, optional")
ev(a, O, ["talks", "agreement"], "occurred",
   ["daar hebben beide kanten lang over onderhandeld"],
   None, None, ["UKR", "RUS", "IAEA"], "negotiations on the visit, undated")
ev(a, N, "agreement", "negated",
   ["Maar een akkoord over een gedemilitariseerde zone rond de centrale is er niet"],
   None, None, ["UKR", "RUS"], "no safety-zone agreement")
ev(a, R, "talks", "occurred",
   ["President Zelensky, die Grossi dinsdag hier in Kyiv ontving"],
   "2022-08-30", "2022-08-30", ["UKR", "IAEA"])
ev(a, R, "demand", "occurred",
   ["eiste toen opnieuw dat de Russen zich uit de centrale terugtrekken"],
   "2022-08-30", "2022-08-30", ["UKR", "RUS"], "'toen' = Tuesday")
ev(a, R, "demand", "occurred",
   ["Ook VN-chef António Guterres vroeg al half augustus"],
   ["2022-08-11", "2022-08-20"], "2022-08-18", ["UN"])
ev(a, R, ["talks", "summit"], "occurred",
   ["bij een ontmoeting met Zelensky en de Turkse president Erdogan in Lviv"],
   ["2022-08-11", "2022-08-20"], "2022-08-18", ["UN", "UKR", "TUR"], "the Lviv meeting, same sentence")
ev(a, R, "demand", "occurred",
   ["De G7-landen eisten begin augustus al dat Rusland de controle over de centrale onmiddellijk teruggeeft aan Oekraïne"],
   ["2022-08-01", "2022-08-10"], "2022-08-10", ["G7", "RUS"])
ev(a, N, "agreement", "negated",
   ["Rusland wil daar niet van weten"],
   None, None, ["RUS"], "refusal")
ev(a, R, "talks", "planned",
   ["hij brengt ook verslag uit aan de Veiligheidsraad in New York"],
   ["2022-09-05", "2022-09-11"], "2022-09-06", ["IAEA", "UN"], "'in de loop van volgende week'")
# ---------------------------------------------------------------- 11 Documentary review: North Macedonia opens EU talks, 2022-07-20 (Wed)
a = "d19_11_docrecensie_noord_macedonie"
ev(a, R, ["talks", "agreement"], "occurred",
   ["Precies een dag nadat de Europese Unie in Brussel eindelijk de toetredingsonderhandelingen opende met Noord-Macedonië en Albanië",
    "Gisteren, de dag waarop de film eindigt, zaten premier Dimitar Kovatsjevski en Rama in Brussel aan tafel met de Europese onderhandelaars"],
   "2022-07-19", "2022-07-19", ["EU", "MKD", "ALB"], "the intergovernmental conferences")
ev(a, R, "agreement", "occurred",
   ["Daar tekenden Griekenland en wat toen nog Macedonië heette het akkoord"],
   ["2018-06-01", "2018-06-30"], "2018-06-17", ["GRC", "MKD"], "Prespa, dated by the previous sentence ('in juni 2018')")
ev(a, O, "sanction", "occurred",
   ["In oktober 2019 hield Frankrijk de start van de gesprekken tegen"],
   ["2019-10-01", "2019-10-31"], "2019-10-18", ["FRA", "MKD", "ALB"], "a veto: optional")
ev(a, R, "agreement", "occurred",
   ["In maart 2020 gaven de lidstaten toch groen licht voor onderhandelingen met beide landen, zonder datum"],
   ["2020-03-01", "2020-03-31"], "2020-03-25", ["EU", "MKD", "ALB"], "the EU decision in principle")
ev(a, R, "agreement", "occurred",
   ["Dezelfde maand werd Noord-Macedonië lid van de NAVO"],
   ["2020-03-01", "2020-03-31"], "2020-03-27", ["MKD", "NATO"], "NATO accession, 'dezelfde maand'")
ev(a, O, "sanction", "occurred",
   ["Maar in november 2020 was het Bulgarije dat zijn veto uitsprak"],
   ["2020-11-01", "2020-11-30"], "2020-11-17", ["BGR", "MKD"], "a veto: optional")
ev(a, R, "demand", "occurred",
   ["Sofia eist dat Skopje erkent dat de Macedonische taal en geschiedenis Bulgaarse wortels hebben"],
   None, None, ["BGR", "MKD"], "present tense, undated")
ev(a, R, "summit", "occurred",
   ["Op de top tussen de EU en de Westelijke Balkan, eind juni in Brussel"],
   ["2022-06-21", "2022-06-30"], "2022-06-23", ["EU", "ALB", "MKD"])
ev(a, R, "condemnation", "occurred",
   ["noemde de Albanese premier Edi Rama de blokkade een schande voor Europa"],
   ["2022-06-21", "2022-06-30"], "2022-06-23", ["ALB", "BGR"], "same sentence as the summit")
ev(a, R, "proposal", "occurred",
   ["Eind juni kwam het Franse EU-voorzitterschap met een compromisvoorstel dat de weg moest vrijmaken"],
   ["2022-06-21", "2022-06-30"], None, ["FRA", "EU", "MKD", "BGR"])
ev(a, O, "condemnation", "occurred",
   ["waar duizenden mensen het voorstel een capitulatie noemden"],
   ["2022-06-21", "2022-07-19"], None, ["MKD"], "protesters, domestic: optional")
ev(a, O, "agreement", "occurred",
   ["Het parlement in Skopje stemde er zaterdag toch mee in"],
   "2022-07-16", "2022-07-16", ["MKD"], "parliament's vote, optional")
ev(a, R, "agreement", "occurred",
   ["Op zondag tekenden de ministers van Buitenlandse Zaken van beide landen in Sofia een bilateraal protocol"],
   "2022-07-17", "2022-07-17", ["MKD", "BGR"])
ev(a, N, ["sanction", "demand"], "negated",
   ["Als die wijziging er niet komt, kan Bulgarije de volgende fase van de gesprekken opnieuw blokkeren"],
   None, None, ["BGR", "MKD"], "hypothetical")
ev(a, N, ["proposal", "agreement", "demand"], "negated",
   ["Een belofte van Sofia om later in het proces geen nieuwe eisen te stellen, kreeg Skopje niet"],
   None, None, ["BGR", "MKD"], "no promise")
# ---------------------------------------------------------------- 12 Live page: India-Pakistan ceasefire, 2025-05-10 (Sat)
a = "d19_12_liveblog_india_pakistan"
ev(a, R, "agreement", "occurred",
   ["India en Pakistan stemmen in met wapenstilstand",
    "India en Pakistan zijn vandaag een wapenstilstand overeengekomen, na vier dagen van aanvallen over en weer",
    "De Amerikaanse president Trump maakte het nieuws als eerste bekend",
    "Misri bevestigt het nieuws",
    "bevestigt op X dat zijn land met de wapenstilstand heeft ingestemd",
    "hebben ingestemd met een volledige en onmiddellijke wapenstilstand"],
   "2025-05-10", "2025-05-10", IP, "the ceasefire")
ev(a, R, "talks", "occurred",
   ["De legerleiders van beide landen spraken elkaar vanmiddag telefonisch"],
   "2025-05-10", "2025-05-10", IP, "the DGMO call")
ev(a, R, "talks", "planned",
   ["Op maandag spreken ze elkaar opnieuw"],
   "2025-05-12", "2025-05-12", IP)
ev(a, R, "talks", "occurred",
   ["Rubio zegt dat hij en vicepresident JD Vance de afgelopen 48 uur voortdurend contact hadden met leiders in beide hoofdsteden"],
   ["2025-05-08", "2025-05-10"], None, ["USA", "IND", "PAK"])
ev(a, O, "talks", "planned",
   ["hebben beide landen ook afgesproken om op een neutrale plek te gaan praten over een breed scala aan kwesties"],
   None, None, IP, "claimed by Rubio, denied by India: optional")
ev(a, N, ["talks", "agreement"], "negated",
   ["India spreekt tegen dat er over zulke gesprekken iets is afgesproken"],
   None, None, IP, "denial")
ev(a, R, "condemnation", "occurred",
   ["Vanavond meldde India dat Pakistan zich er al niet meer aan houdt",
    "heeft Pakistan op een ingelaste persconferentie beschuldigd van herhaalde schendingen van de wapenstilstand"],
   "2025-05-10", "2025-05-10", ["IND", "PAK"])
ev(a, O, "warning", "occurred",
   ["Het leger heeft volgens hem opdracht gekregen hard terug te slaan"],
   "2025-05-10", "2025-05-10", ["IND", "PAK"], "optional")
ev(a, R, "condemnation", "occurred",
   ["Islamabad zegt zich aan de afspraak te houden en verwijt India op zijn beurt schendingen"],
   "2025-05-10", "2025-05-10", ["PAK", "IND"])
ev(a, O, "proposal", "occurred",
   ["VN-secretaris-generaal António Guterres verwelkomt het bestand"],
   "2025-05-10", "2025-05-10", ["UN"], "welcome, optional")
ev(a, R, "demand", "occurred",
   ["De ministers van Buitenlandse Zaken van de G7 roepen India en Pakistan in een verklaring op tot maximale terughoudendheid en tot rechtstreeks overleg"],
   "2025-05-10", "2025-05-10", ["G7", "IND", "PAK"])
ev(a, R, "condemnation", "occurred",
   ["India gaf Pakistan de schuld, wat Islamabad ontkent"],
   ["2025-04-22", "2025-05-10"], "2025-04-23", ["IND", "PAK"], "undated accusation after 22 April")
ev(a, R, "sanction", "occurred",
   ["Een dag later schortte Delhi het Induswaterverdrag op, sloot het de belangrijkste grensovergang en zette het Pakistaanse militaire adviseurs het land uit"],
   "2025-04-23", "2025-04-23", ["IND", "PAK"], "one package")
ev(a, R, "sanction", "occurred",
   ["Pakistan sloot daarop zijn luchtruim voor Indiase vliegtuigen en stopte de handel"],
   ["2025-04-23", "2025-04-24"], "2025-04-24", ["PAK", "IND"], "'daarop'")
ev(a, R, "warning", "occurred",
   ["Islamabad waarschuwde dat elke poging om het water van de Indus tegen te houden als een oorlogsdaad wordt gezien"],
   ["2025-04-23", "2025-04-24"], "2025-04-24", ["PAK", "IND"])
ev(a, N, "agreement", "negated",
   ["Van een opheffing van de maatregelen rond het Induswaterverdrag is vanavond geen sprake"],
   None, None, IP, "measures not lifted")
# ---------------------------------------------------------------- 13 Local paper, local angle: the Gibraltar agreement, 2025-06-12 (Thu)
a = "d19_13_regionaal_gibraltar"
GB = ["EU", "ESP", "GBR", "GIB"]
ev(a, R, "agreement", "occurred",
   ["Brabantse vervoerder blij met akkoord over Gibraltar",
    "Gisteren bereikten de Europese Unie, Spanje en het Verenigd Koninkrijk in Brussel een politiek akkoord over de toekomst van het Britse gebiedsdeel"],
   "2025-06-11", "2025-06-11", GB)
ev(a, R, "talks", "occurred",
   ["Aan tafel zaten Eurocommissaris Maros Sefcovic, de Spaanse minister van Buitenlandse Zaken José Manuel Albares, zijn Britse collega David Lammy en Fabian Picardo"],
   "2025-06-11", "2025-06-11", GB, "the meeting in Brussels")
ev(a, O, "proposal", "occurred",
   ["Picardo noemde de uitkomst historisch"],
   "2025-06-11", "2025-06-11", ["GIB"], "welcome, optional")
ev(a, N, "agreement", "negated",
   ["Over de soevereiniteit is in Brussel niets afgesproken"],
   None, None, ["ESP", "GBR"], "nothing on sovereignty")
ev(a, R, "agreement", "occurred",
   ["Spanje stond het gebied in 1713 bij de Vrede van Utrecht af aan Groot-Brittannië"],
   ["1713-01-01", "1713-12-31"], "1713-07-13", ["ESP", "GBR"])
ev(a, R, "demand", "occurred",
   ["Madrid eist nog altijd dat het gebied ooit wordt teruggegeven"],
   None, None, ["ESP", "GBR"], "present tense, undated")
ev(a, R, "sanction", "occurred",
   ["Dictator Franco sloot de grens in 1969 volledig"],
   ["1969-01-01", "1969-12-31"], "1969-06-08", ["ESP", "GBR"])
ev(a, O, "agreement", "occurred",
   ["Pas in 1985 ging die weer helemaal open"],
   ["1985-01-01", "1985-12-31"], "1985-02-05", ["ESP", "GBR"], "reopening, optional")
ev(a, R, "agreement", "occurred",
   ["Op oudejaarsdag 2020 sloten Londen en Madrid op het laatste moment een principeakkoord"],
   "2020-12-31", "2020-12-31", ["GBR", "ESP"])
ev(a, R, "talks", "occurred",
   ["In oktober 2021 begonnen de EU en het Verenigd Koninkrijk aan de onderhandelingen over een verdrag"],
   ["2021-10-01", "2021-10-31"], None, ["EU", "GBR"])
ev(a, R, "talks", "occurred",
   ["Vorig jaar mei zaten Albares, Sefcovic en Picardo al eens met de toenmalige Britse minister David Cameron in Brussel aan tafel"],
   ["2024-05-01", "2024-05-31"], "2024-05-16", GB)
ev(a, O, "agreement", "planned",
   ["De tekst van het verdrag moet nog worden uitgeschreven en daarna goedgekeurd"],
   None, None, GB, "treaty still to be written and ratified")
# ---------------------------------------------------------------- 14 Q&A explainer: the US leaves the Paris agreement, 2017-06-02 (Fri)
a = "d19_14_vragen_parijs_akkoord"
ev(a, O, ["sanction", "agreement", "proposal"], "occurred",
   ["Trump stapt uit het klimaatakkoord: de belangrijkste vragen",
    "De Verenigde Staten trekken zich terug uit het klimaatakkoord van Parijs",
    "Dat maakte president Donald Trump gisteren bekend in de rozentuin van het Witte Huis"],
   "2017-06-01", "2017-06-01", ["USA"], "leaving a treaty: none of the nine types fits well; optional")
ev(a, R, "proposal", "occurred",
   ["Wel zei Trump bereid te zijn om opnieuw te onderhandelen over een akkoord dat volgens hem eerlijker is voor de Verenigde Staten"],
   "2017-06-01", "2017-06-01", ["USA"], "stated willingness to renegotiate")
ev(a, R, "agreement", "occurred",
   ["In december 2015 spraken bijna alle landen ter wereld in Parijs af de opwarming van de aarde ruim onder de twee graden te houden"],
   ["2015-12-01", "2015-12-31"], "2015-12-12", ["UN"])
ev(a, O, "proposal", "occurred",
   ["beloofden onder president Barack Obama een forse vermindering"],
   None, None, ["USA"], "US pledge, undated")
ev(a, R, "talks", "occurred",
   ["Trump sprak gisteren telefonisch met onder meer bondskanselier Angela Merkel"],
   "2017-06-01", "2017-06-01", ["USA", "DEU", "FRA", "GBR", "CAN"])
ev(a, R, "condemnation", "occurred",
   ["Merkel, Macron en de Italiaanse premier Paolo Gentiloni verklaarden daarna gezamenlijk dat het akkoord niet opnieuw kan worden onderhandeld"],
   "2017-06-01", "2017-06-01", ["DEU", "FRA", "ITA", "USA"], "joint rejection")
ev(a, O, ["proposal", "demand"], "occurred",
   ["Macron riep Amerikaanse klimaatwetenschappers zelfs op om in Frankrijk te komen werken"],
   "2017-06-01", "2017-06-01", ["FRA", "USA"], "optional")
ev(a, R, "condemnation", "occurred",
   ["Een woordvoerder van VN-chef António Guterres noemde het besluit een grote teleurstelling"],
   ["2017-06-01", "2017-06-02"], "2017-06-01", ["UN", "USA"], "undated reaction")
ev(a, R, "talks", "occurred",
   ["De Chinese premier Li Keqiang was toevallig in Berlijn, waar hij gisteren met Merkel sprak"],
   "2017-06-01", "2017-06-01", ["CHN", "DEU"])
ev(a, O, "proposal", "occurred",
   ["Hij zei dat China zich aan zijn verplichtingen blijft houden"],
   "2017-06-01", "2017-06-01", ["CHN"], "optional")
ev(a, R, "summit", "occurred",
   ["Vorige week, op de G7-top in het Italiaanse Taormina"],
   ["2017-05-22", "2017-05-28"], "2017-05-26", ["G7"])
ev(a, N, "agreement", "negated",
   ["sloot Trump zich als enige leider niet aan bij de passage over klimaat in de slotverklaring"],
   None, None, ["USA", "G7"], "Trump did not join")
ev(a, R, ["agreement", "proposal"], "occurred",
   ["De andere zes landen herbevestigden daar wel hun steun voor Parijs"],
   ["2017-05-22", "2017-05-28"], "2017-05-27", ["G7"], "'daar' carries Taormina")
ev(a, R, "delivery", "planned",
   ["Obama zegde in 2014 drie miljard dollar toe aan het Groene Klimaatfonds van de VN"],
   ["2014-01-01", "2014-12-31"], "2014-11-15", ["USA", "UN"], "pledge dated by the pledge")
ev(a, N, "delivery", "negated",
   ["Trump zei gisteren dat de VS niets meer aan het fonds betalen"],
   None, None, ["USA", "UN"], "no more payments")
ev(a, R, "summit", "planned",
   ["Alle ogen zijn vandaag gericht op Brussel, waar de EU en China een top houden"],
   "2017-06-02", "2017-06-02", ["EU", "CHN"], "'vandaag' in a morning paper, not yet reported")
ev(a, R, "agreement", "planned",
   ["Beide partijen willen daar een gezamenlijke verklaring over klimaat presenteren"],
   "2017-06-02", "2017-06-02", ["EU", "CHN"])
# ---------------------------------------------------------------- 15/16 no-event articles
TRAPS = {
    "d19_15_wetenschap_zwart_gat": [
        "De foto werd gelijktijdig wereldwijd bekendgemaakt, op persconferenties in onder meer Brussel, Washington, Tokio, Santiago en Taipei",
        "In Brussel gebeurde dat bij de Europese Commissie, die het project mee heeft gefinancierd",
        "Eurocommissaris Carlos Moedas sprak er van een historisch moment voor de wetenschap",
        "Daarom koppelden de onderzoekers van de Event Horizon Telescope acht radiotelescopen, onder meer in Chili, Spanje, Mexico, de Verenigde Staten en op de Zuidpool",
        "zo veel dat die op harde schijven per vliegtuig moesten worden vervoerd",
        "Critici waarschuwen wel dat de foto geen echte foto is zoals die uit een camera komt",
        "Wetenschappers uit China, Japan, Korea en Taiwan werkten aan het project mee",
    ],
    "d19_16_sport_verstappen_titel": [
        "De 24-jarige coureur van Red Bull won gisteren de Grand Prix van Abu Dhabi na een inhaalactie in de allerlaatste ronde op de Britse titelverdediger Lewis Hamilton",
        "Mercedes diende direct na de race twee protesten in bij de stewards",
        "Het team hekelde de beslissing van de wedstrijdleiding en eiste dat de uitslag van een ronde eerder zou gelden",
        "Beide protesten werden 's avonds laat afgewezen",
        "Koning Willem-Alexander en premier Mark Rutte feliciteerden de coureur",
        "Beide teams waarschuwden de autosportbond FIA al weken voor onduidelijke regels",
        "in Saoedi-Arabië vorige week ging het opnieuw mis",
    ],
}

for a, note in [("d19_15_wetenschap_zwart_gat",
                 "science (the first image of a black hole, Event Horizon Telescope, 10 Apr 2019); traps: simultaneous press conferences in Brussels, Washington, Tokyo, Santiago and Taipei, the European Commission, a commissioner's 'historisch moment', telescopes in Chile, Spain, Mexico and the US, 'waarschuwen', China, Japan, Korea and Taiwan named"),
                ("d19_16_sport_verstappen_titel",
                 "sport (Verstappen's first Formula 1 title in Abu Dhabi, 12 Dec 2021); traps: 'protesten', 'hekelde', 'eiste', 'afgewezen', 'waarschuwden', the king and the prime minister congratulate, Abu Dhabi, Britain, Saudi Arabia, Belgium, Canada named")]:
    ev(a, N, ALL, "negated", TRAPS[a], None, None, [],
       "NO-EVENT SENTINEL: article has no diplomatic event of its own; its trap sentences are listed; the line puts the article in scope so every other prediction in it counts as a false positive. " + note)

if __name__ == "__main__":
    goldkit.build(G, ROOT)
