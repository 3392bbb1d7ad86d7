"""Build gold.jsonl for dev8 and check every mention is a verbatim substring of its article.

Edit this script, not the JSONL. Run: python build_gold.py
"""
import pathlib, sys

ROOT = pathlib.Path(__file__).parent
sys.path.insert(0, str(ROOT.parent / "setkit"))  # the gold helper, checks and writing: tests/setkit/goldkit.py
import goldkit  # noqa: E402
from goldkit import ALL, N, O, R  # noqa: E402,F401

G, ev = goldkit.collector()

# ---------------------------------------------------------------- 01 Obituary: Henry Kissinger, 2023-11-30 (Thu)
a = "d8_01_inmemoriam_kissinger"
ev(a, R, "talks", "occurred",
   ["In juli 1971 glipte hij tijdens een reis door Azië vanuit Pakistan weg naar Peking",
    "Daar sprak hij in het geheim twee dagen met premier Zhou Enlai"],
   ["1971-07-01", "1971-07-31"], "1971-07-09", ["USA", "CHN"], "secret trip 9-11 July 1971; month given; PAK only the departure point")
ev(a, O, ["summit", "talks"], "planned",
   ["Het bezoek bleef verborgen tot Nixon het op 15 juli op televisie bekendmaakte"],
   "1971-07-15", "1971-07-15", ["USA", "CHN"], "the announcement (of the secret trip and Nixon's coming visit); defensible as an announced summit")
ev(a, R, "summit", "occurred",
   ["op 21 februari 1972, schudde Nixon in Peking de hand van Mao Zedong"],
   "1972-02-21", "1972-02-21", ["USA", "CHN"], "Nixon-Mao meeting; 'Zeven maanden later' is consistent with the full date")
ev(a, R, "agreement", "occurred",
   ["Aan het eind van die week tekenden beide landen in Shanghai een communiqué"],
   ["1972-02-25", "1972-02-27"], "1972-02-27", ["USA", "CHN"], "Shanghai Communiqué; 'eind van die week' = Fri-Sun of the ISO week of 21 Feb 1972")
ev(a, R, "summit", "occurred",
   ["In mei van dat jaar volgde de top met Leonid Brezjnev in Moskou"],
   ["1972-05-01", "1972-05-31"], "1972-05-22", ["USA", "SUN"], "Moscow summit 22-30 May 1972; SUN = Soviet Union (ISO 3166-3 code), see conventions")
ev(a, R, "agreement", "occurred",
   ["waar Nixon en Brezjnev de eerste verdragen over de beperking van strategische kernwapens tekenden"],
   ["1972-05-01", "1972-05-31"], "1972-05-26", ["USA", "SUN"], "SALT I interim agreement and ABM treaty, signed together: one event")
ev(a, R, "talks", "occurred",
   ["Jarenlang onderhandelde Kissinger in Parijs, eerst in het geheim, met de Noord-Vietnamese onderhandelaar Le Duc Tho"],
   None, None, ["USA", "VNM"], "Paris talks 1970-1973, no date in the text; VNM for North Vietnam")
ev(a, R, "agreement", "occurred",
   ["Op 27 januari 1973 werden de Parijse vredesakkoorden ondertekend"],
   "1973-01-27", "1973-01-27", ["USA", "VNM"], "Paris Peace Accords")
ev(a, N, ["proposal", "agreement"], "negated",
   ["Beide mannen kregen er de Nobelprijs voor de Vrede voor, maar Le Duc Tho weigerde die"],
   None, None, ["VNM"], "refused prize: not a diplomatic event; negative so that an accepted-offer reading is an error")
ev(a, R, "talks", "occurred",
   ["Na de Jom Kipoeroorlog van oktober 1973 pendelde hij maandenlang tussen Jeruzalem, Caïro en Damascus"],
   ["1973-10-01", "1974-05-31"], None, ["USA", "ISR", "EGY", "SYR"], "shuttle diplomacy as one event; window from October 1973 to the last agreement it produced (end of May 1974)")
ev(a, R, "agreement", "occurred",
   ["Die pendeldiplomatie leverde in januari 1974 een akkoord op over het scheiden van de Israëlische en Egyptische troepen"],
   ["1974-01-01", "1974-01-31"], "1974-01-18", ["ISR", "EGY", "USA"], "Sinai I disengagement")
ev(a, R, "agreement", "occurred",
   ["en eind mei 1974 een vergelijkbaar akkoord tussen Israël en Syrië"],
   ["1974-05-21", "1974-05-31"], "1974-05-31", ["ISR", "SYR", "USA"], "Golan disengagement; 'eind mei' = 21-31")
ev(a, R, "sanction", "occurred",
   ["De Arabische olieproducenten hadden in oktober 1973 een olieboycot ingesteld tegen de Verenigde Staten en Nederland"],
   ["1973-10-01", "1973-10-31"], "1973-10-20", ["OAPEC", "USA", "NLD"], "oil embargo; OAPEC invented id (organisation of Arab oil exporters)")
ev(a, O, "sanction", "occurred",
   ["die voor Amerika pas in maart 1974 werd opgeheven"],
   ["1974-03-01", "1974-03-31"], "1974-03-18", ["OAPEC", "USA"], "lifting of a measure: optional (model convention 2)")
ev(a, R, "talks", "occurred",
   ["In juli van dit jaar ontving president Xi Jinping hem nog in Peking"],
   ["2023-07-01", "2023-07-31"], "2023-07-20", ["CHN", "USA"], "Kissinger as a private citizen; USA as his country")
ev(a, O, "proposal", "occurred",
   ["Vanuit Peking kwam vandaag een condoleancebericht"],
   "2023-11-30", "2023-11-30", ["CHN", "USA"], "condolence message: a gesture, like a welcome (optional)")

# ---------------------------------------------------------------- 02 Chronology: Brexit 2016-2020, 2020-01-31 (Fri)
a = "d8_02_tijdlijn_brexit"
GE = ["GBR", "EU"]
ev(a, R, "proposal", "occurred",
   ["De Britse ambassadeur bij de EU overhandigt Donald Tusk de brief van premier Theresa May waarmee Londen artikel 50 inroept"],
   "2017-03-29", "2017-03-29", GE, "Article 50 notification: a letter is a proposal, not a delivery (eval README); historical present in a dated bullet = occurred")
ev(a, R, "talks", "occurred",
   ["In Brussel beginnen de officiële onderhandelingen tussen Brexitminister David Davis en EU-onderhandelaar Michel Barnier"],
   "2017-06-19", "2017-06-19", GE, "start of the negotiations; historical present")
ev(a, O, ["talks", "summit"], "occurred",
   ["Na een nachtelijk bezoek van May aan Brussel"],
   ["2017-12-07", "2017-12-08"], "2017-12-08", GE, "May's night-time visit to Juncker; only implied as a meeting")
ev(a, R, "agreement", "occurred",
   ["bereiken beide partijen een akkoord over de eerste fase"],
   "2017-12-08", "2017-12-08", GE, "phase-one agreement (joint report)")
ev(a, O, "proposal", "occurred",
   ["Op het landgoed Chequers krijgt May haar kabinet achter een plan voor de toekomstige handelsrelatie"],
   "2018-07-06", "2018-07-06", ["GBR"], "domestic cabinet decision on a proposal to the EU: optional")
ev(a, R, "summit", "occurred",
   ["Op een informele top in Salzburg wijzen de EU-leiders het plan van Chequers af"],
   ["2018-09-19", "2018-09-20"], "2018-09-20", GE, "informal summit 19-20 Sep; the bullet gives 20 Sep, which lies inside")
ev(a, N, ["agreement"], "negated",
   ["wijzen de EU-leiders het plan van Chequers af"],
   "2018-09-20", None, GE, "plan rejected")
ev(a, O, "condemnation", "occurred",
   ["Het zal niet werken, zegt Tusk"],
   "2018-09-20", "2018-09-20", ["EU", "GBR"], "criticism of the plan")
ev(a, R, ["agreement", "proposal"], "occurred",
   ["De onderhandelaars presenteren een ontwerp van het terugtrekkingsakkoord van bijna zeshonderd pagina's"],
   "2018-11-14", "2018-11-14", GE, "draft withdrawal agreement agreed at negotiators' level")
ev(a, R, "summit", "occurred",
   ["De 27 regeringsleiders keuren het akkoord op een speciale top in Brussel goed"],
   "2018-11-25", "2018-11-25", GE, "special European Council")
ev(a, O, "agreement", "occurred",
   ["De 27 regeringsleiders keuren het akkoord op een speciale top in Brussel goed"],
   "2018-11-25", "2018-11-25", GE, "endorsement of the agreement reported on 14 Nov: optional second event on the same sentence")
ev(a, N, ["agreement"], "negated",
   ["Het Lagerhuis stemt het akkoord met een historische meerderheid van 230 stemmen weg"],
   "2019-01-15", None, GE, "rejected by the Commons")
ev(a, R, "summit", "occurred",
   ["De EU-leiders geven Londen op hun top in Brussel een eerste uitstel"],
   ["2019-03-21", "2019-03-22"], "2019-03-21", GE, "European Council 21-22 March")
ev(a, R, "agreement", "occurred",
   ["De EU-leiders geven Londen op hun top in Brussel een eerste uitstel"],
   "2019-03-21", "2019-03-21", GE, "first extension agreed with London; same sentence as the summit (two events, as in the model)")
ev(a, R, "summit", "occurred",
   ["Op een ingelaste top wordt het vertrek verschoven naar uiterlijk 31 oktober"],
   ["2019-04-10", "2019-04-11"], "2019-04-10", GE, "special European Council, night of 10-11 April")
ev(a, R, "agreement", "occurred",
   ["wordt het vertrek verschoven naar uiterlijk 31 oktober"],
   ["2019-04-10", "2019-04-11"], "2019-04-11", GE, "second extension")
ev(a, R, "agreement", "occurred",
   ["Johnson, inmiddels premier, en de EU worden het eens over een herzien akkoord zonder de omstreden noodoplossing"],
   "2019-10-17", "2019-10-17", GE, "revised withdrawal agreement")
ev(a, O, ["summit", "agreement"], "occurred",
   ["Diezelfde dag stemmen de EU-leiders in"],
   ["2019-10-17", "2019-10-18"], "2019-10-17", GE, "European Council approval; 'top' not named, so optional")
ev(a, R, "agreement", "occurred",
   ["De EU-landen staan een nieuw uitstel toe, tot 31 januari 2020"],
   "2019-10-28", "2019-10-28", GE, "third extension")
ev(a, R, "agreement", "occurred",
   ["Voorzitter Charles Michel en commissievoorzitter Ursula von der Leyen tekenen het akkoord in Brussel, Johnson zet dezelfde dag in Londen zijn handtekening"],
   "2020-01-24", "2020-01-24", GE, "signature in two capitals: one event")
ev(a, O, "agreement", "occurred",
   ["Het Europees Parlement stemt in met het terugtrekkingsakkoord"],
   "2020-01-29", "2020-01-29", GE, "consent vote (ratification step, optional as in the model)")
ev(a, O, "agreement", "planned",
   ["In die overgangsperiode moeten Londen en Brussel een handelsverdrag sluiten"],
   ["2020-02-01", "2020-12-31"], "2020-12-24", GE, "obligation/target, not an announced event")
ev(a, R, "talks", "planned",
   ["De onderhandelingen beginnen naar verwachting begin maart"],
   ["2020-03-01", "2020-03-10"], "2020-03-02", GE, "'begin maart' = 1-10 March")
ev(a, N, ["agreement"], "negated",
   ["Johnson heeft gezegd dat hij de overgangsperiode niet wil verlengen"],
   None, None, GE, "refused extension")
ev(a, R, "warning", "occurred",
   ["Barnier waarschuwde deze week dat de Britten niet dezelfde toegang tot de interne markt krijgen als ze de Europese regels niet volgen"],
   ["2020-01-27", "2020-01-31"], None, ["EU", "GBR"], "'deze week' in the past tense = Monday of the ISO week up to publication")

# ---------------------------------------------------------------- 03 Parliamentary debate: NL-Ukraine security agreement, month header 2024-03
a = "d8_03_kamerdebat_veiligheidsakkoord"
NU = ["NLD", "UKR"]
ev(a, R, "agreement", "occurred",
   ["Rutte en president Volodymyr Zelensky ondertekenden het akkoord op 1 maart in Charkiv",
    "het veiligheidsakkoord dat premier Mark Rutte met Oekraïne heeft gesloten",
    "In het akkoord belooft Nederland Oekraïne tien jaar lang te steunen"],
   "2024-03-01", "2024-03-01", NU, "ten-year security agreement; the pledge of support is its content")
ev(a, R, ["summit", "talks"], "occurred",
   ["Rutte was die ochtend onaangekondigd aangekomen",
    "De twee spraken onder meer over de luchtverdediging en de levering van munitie"],
   "2024-03-01", "2024-03-01", NU, "Rutte's visit to Kharkiv and talks with Zelensky; 'die ochtend' = 1 March")
ev(a, R, "demand", "occurred",
   ["Zelensky vroeg daar om meer luchtafweer voor de zwaar getroffen stad"],
   "2024-03-01", "2024-03-01", ["UKR", "NLD"], "'daar' = in Kharkiv on 1 March")
ev(a, R, "delivery", "planned",
   ["Voor dit jaar trekt het kabinet 2 miljard euro uit voor militaire hulp"],
   ["2024-01-01", "2024-12-31"], None, NU, "pledge for 2024; 'dit jaar' under a 2024-03 header is a year-level expression")
ev(a, R, "agreement", "occurred",
   ["Eerder sloten Groot-Brittannië, Duitsland en Frankrijk vergelijkbare akkoorden met Kyiv"],
   None, None, ["GBR", "DEU", "FRA", "UKR"], "three bilateral agreements told as one (12 Jan, 16 Feb, 16 Feb 2024); 'eerder' gives no date")
ev(a, O, "demand", "occurred",
   ["De SP vroeg het kabinet om het akkoord alsnog ter goedkeuring aan de Kamer voor te leggen"],
   None, None, ["NLD"], "domestic request (MP to government): optional")
ev(a, O, "demand", "occurred",
   ["Zij dienden een motie in die het kabinet verzoekt om ook voor volgend jaar alvast geld te reserveren"],
   None, None, ["NLD", "UKR"], "motion: domestic request, optional")
ev(a, O, "demand", "occurred",
   ["Een motie van de VVD vraagt de regering om bij de Europese partners aan te dringen op snellere levering van munitie"],
   None, None, ["NLD", "EU"], "motion: domestic request, optional")
ev(a, O, "delivery", "planned",
   ["dat Nederland ook geld steekt in het Tsjechische initiatief om buiten Europa artilleriegranaten voor Oekraïne te kopen"],
   None, None, ["NLD", "CZE", "UKR"], "contribution to the Czech ammunition initiative; money for purchases, defensible as a delivery pledge")
ev(a, R, "delivery", "planned",
   ["Ze herinnerde eraan dat Nederland in augustus vorig jaar op de vliegbasis Eindhoven, samen met Denemarken, F-16's aan Oekraïne toezegde"],
   ["2023-08-01", "2023-08-31"], "2023-08-20", ["NLD", "DNK", "UKR"], "F-16 pledge (Rutte, Frederiksen and Zelensky at Eindhoven); a pledge is planned")
ev(a, O, "delivery", "planned",
   ["De eerste toestellen gaan volgens haar pas later dit jaar naar Oekraïne"],
   ["2024-03-01", "2024-12-31"], None, ["NLD", "UKR"], "the delivery of the pledge above; 'later dit jaar' under the month header")

# ---------------------------------------------------------------- 04 Press-agency flashes: Istanbul talks, 2025-06-02 (Mon); each flash has its own date stamp
a = "d8_04_anp_flitsen_istanbul"
RU = ["RUS", "UKR"]
ev(a, R, ["proposal", "talks"], "occurred",
   ["President Vladimir Poetin stelt voor dat Rusland en Oekraïne op donderdag 15 mei in Istanbul rechtstreeks gaan onderhandelen"],
   "2025-05-11", "2025-05-11", RU, "offer of direct talks, flash stamped 11 May; a planned-talks reading is accepted by the scorer's proposal rule")
ev(a, R, "demand", "occurred",
   ["Gisteren eisten Macron, Merz, Starmer en Tusk in Kyiv dat Moskou vanaf maandag instemt met een onvoorwaardelijk bestand van dertig dagen"],
   "2025-05-10", "2025-05-10", ["FRA", "DEU", "GBR", "POL", "RUS"], "'gisteren' anchored on the flash stamp (11 May)")
ev(a, O, ["summit", "talks"], "occurred",
   ["Gisteren eisten Macron, Merz, Starmer en Tusk in Kyiv"],
   "2025-05-10", "2025-05-10", ["FRA", "DEU", "GBR", "POL", "UKR"], "the four leaders' visit to Kyiv, only implied")
ev(a, N, ["summit", "talks"], "negated",
   ["Poetin komt zelf niet naar Turkije"],
   "2025-05-15", None, ["RUS", "TUR", "UKR"], "Putin stays away")
ev(a, R, ["talks", "summit"], "occurred",
   ["President Zelensky overlegde vanmiddag in Ankara met president Erdogan"],
   "2025-05-15", "2025-05-15", ["UKR", "TUR"], "'vanmiddag' in a flash stamped 15 May 17.50, past tense")
ev(a, R, "talks", "occurred",
   ["In het Dolmabahçe-paleis zitten Russische en Oekraïense onderhandelaars voor het eerst sinds het voorjaar van 2022 weer samen aan tafel",
    "Na nog geen twee uur zijn de gesprekken voorbij"],
   "2025-05-16", "2025-05-16", RU + ["TUR"], "first round; Fidan opened it (TUR takes part)")
ev(a, R, "agreement", "occurred",
   ["De partijen spreken een uitwisseling van elk duizend krijgsgevangenen af"],
   "2025-05-16", "2025-05-16", RU, "1000-for-1000 exchange agreed")
ev(a, N, ["agreement"], "negated",
   ["Over een staakt-het-vuren worden ze het niet eens"],
   "2025-05-16", None, RU)
ev(a, R, "talks", "occurred",
   ["President Trump heeft ruim twee uur met Poetin gebeld"],
   "2025-05-19", "2025-05-19", ["USA", "RUS"], "phone call")
ev(a, R, "proposal", "occurred",
   ["Poetin zegt na afloop dat Moskou bereid is met Kyiv te werken aan een memorandum over een toekomstig vredesakkoord"],
   "2025-05-19", "2025-05-19", RU, "stated willingness to negotiate")
ev(a, O, "agreement", "occurred",
   ["De grootste gevangenenruil van de oorlog is afgerond",
    "In drie dagen kwamen aan beide kanten duizend mensen vrij"],
   ["2025-05-23", "2025-05-25"], "2025-05-23", RU, "implementation of the 16 May agreement (model convention 3: optional when the agreement is reported separately)")
ev(a, R, "talks", "occurred",
   ["De tweede ronde in het Çırağan-paleis duurde ruim een uur"],
   "2025-06-02", "2025-06-02", RU + ["TUR"], "second round")
ev(a, R, "agreement", "occurred",
   ["Volgens Umerov ruilen beide landen alle zwaargewonde en ernstig zieke gevangenen en alle gevangenen tussen 18 en 25 jaar",
    "Ook geven ze elkaar elk zesduizend lichamen van gesneuvelde militairen terug"],
   "2025-06-02", "2025-06-02", RU, "the agreement reached on 2 June (its exchanges are still to come; the agreement itself occurred)")
ev(a, O, "delivery", "planned",
   ["Ook geven ze elkaar elk zesduizend lichamen van gesneuvelde militairen terug"],
   None, None, RU, "return of bodies: a planned-handover reading is defensible")
ev(a, R, "proposal", "occurred",
   ["Medinski heeft de Oekraïners een memorandum met Russische voorwaarden voor een bestand overhandigd"],
   "2025-06-02", "2025-06-02", RU, "written proposal (letters and memoranda are proposals)")
ev(a, O, "demand", "occurred",
   ["Daarin eist Rusland onder meer dat Oekraïne zijn troepen terugtrekt uit vier regio's die Moskou als Russisch beschouwt"],
   "2025-06-02", "2025-06-02", RU, "content of the memorandum; a separate demand is defensible")
ev(a, R, "proposal", "occurred",
   ["Medinski biedt daarnaast een bestand van twee tot drie dagen aan op delen van het front"],
   "2025-06-02", "2025-06-02", RU, "offer of a local truce")
ev(a, R, ["proposal", "summit"], "occurred",
   ["De Oekraïners stelden een ontmoeting tussen Zelensky en Poetin voor"],
   "2025-06-02", "2025-06-02", ["UKR", "RUS"], "proposal of a leaders' meeting")
ev(a, N, ["talks", "proposal", "agreement", "summit"], "negated",
   ["Medinski ging daar niet op in"],
   "2025-06-02", None, RU, "proposal not taken up")
ev(a, R, "condemnation", "occurred",
   ["Zelensky noemt het Russische memorandum een ultimatum"],
   "2025-06-02", "2025-06-02", ["UKR", "RUS"])
ev(a, N, ["talks"], "negated",
   ["Een nieuwe gespreksronde is nog niet vastgelegd"],
   None, None, RU, "no next round fixed")

# ---------------------------------------------------------------- 05 Correspondent's reportage: Thailand-Cambodia ceasefire, 2025-07-29 (Tue)
a = "d8_05_reportage_thailand_cambodja"
TK = ["THA", "KHM"]
ev(a, R, "agreement", "occurred",
   ["Sinds middernacht geldt een staakt-het-vuren tussen Thailand en Cambodja",
    "Het werd gisteren afgesproken in Putrajaya, de bestuurlijke hoofdstad naast Kuala Lumpur",
    "Bestand aan de grens"],
   "2025-07-28", "2025-07-28", TK + ["MYS"], "ceasefire agreed 28 July, in force at midnight; one event")
ev(a, R, ["summit", "talks"], "occurred",
   ["De Maleisische premier Anwar Ibrahim, dit jaar voorzitter van ASEAN, ontving daar de Thaise waarnemend premier Phumtham Wechayachai en de Cambodjaanse premier Hun Manet"],
   "2025-07-28", "2025-07-28", TK + ["MYS"], "meeting of three heads of government; ASEAN accepted through Anwar's chairmanship is not required")
ev(a, O, "talks", "occurred",
   ["Ook Amerikaanse en Chinese diplomaten waren bij het overleg aanwezig"],
   "2025-07-28", "2025-07-28", ["USA", "CHN", "THA", "KHM"], "observers at the same meeting")
ev(a, R, "condemnation", "occurred",
   ["Bangkok gaf Cambodja de schuld"],
   "2025-07-23", "2025-07-23", ["THA", "KHM"], "blame for the landmine")
ev(a, R, "sanction", "occurred",
   ["riep zijn ambassadeur uit Phnom Penh terug en zette de Cambodjaanse ambassadeur het land uit"],
   "2025-07-23", "2025-07-23", ["THA", "KHM"], "recall plus expulsion: one decision")
ev(a, R, "sanction", "occurred",
   ["Phnom Penh bracht daarop de diplomatieke betrekkingen terug tot het laagste niveau"],
   "2025-07-24", "2025-07-24", ["KHM", "THA"], "downgrade of relations; 'daarop' after the fighting began on 24 July")
ev(a, R, "demand", "occurred",
   ["vroeg de VN-Veiligheidsraad om een spoedzitting"],
   "2025-07-24", "2025-07-24", ["KHM", "UN"], "request to the Security Council")
ev(a, R, "talks", "occurred",
   ["die vrijdag achter gesloten deuren in New York plaatsvond"],
   "2025-07-25", "2025-07-25", ["UN", "KHM", "THA"], "closed emergency meeting of the Security Council")
ev(a, R, "talks", "occurred",
   ["Hij belde met beide regeringsleiders"],
   "2025-07-26", "2025-07-26", ["USA", "THA", "KHM"], "'Zaterdag'; two calls told as one")
ev(a, R, "warning", "occurred",
   ["liet weten dat hij geen handelsakkoord met hen sluit zolang er wordt gevochten",
    "In Bangkok en Phnom Penh werd dat begrepen als een dreiging met hogere importheffingen"],
   "2025-07-26", "2025-07-26", ["USA", "THA", "KHM"], "trade threat")
ev(a, N, ["agreement"], "negated",
   ["dat hij geen handelsakkoord met hen sluit zolang er wordt gevochten"],
   None, None, ["USA", "THA", "KHM"], "conditional refusal: no trade agreement")
ev(a, R, "condemnation", "occurred",
   ["Vanochtend beschuldigde het Thaise leger Cambodja ervan het bestand op verschillende plaatsen al te hebben geschonden"],
   "2025-07-29", "2025-07-29", ["THA", "KHM"], "accusation of violations")
ev(a, R, "talks", "planned",
   ["Volgens het akkoord spreken de legercommandanten in de grensregio elkaar vandaag"],
   "2025-07-29", "2025-07-29", TK, "commanders' meeting 'vandaag', present tense = planned")
ev(a, R, "talks", "planned",
   ["Volgende week komt een gemengde grenscommissie van beide landen bijeen in Maleisië"],
   ["2025-08-04", "2025-08-10"], "2025-08-04", TK + ["MYS"], "General Border Committee; 'volgende week' = ISO week; MYS hosts")
# ---------------------------------------------------------------- 06 Fact-check: Orbán's 'peace mission', 2024-07-16 (Tue)
a = "d8_06_factcheck_orban"
ev(a, R, "condemnation", "occurred",
   ["Europees president Charles Michel schreef op 5 juli, de dag van het bezoek aan Moskou, dat het roulerend voorzitterschap geen mandaat heeft om namens de Unie met Rusland te praten"],
   "2024-07-05", "2024-07-05", ["EU", "HUN"], "public rebuke of the presidency's trip")
ev(a, R, ["talks", "summit"], "occurred",
   ["Orbán sprak op 2 juli in Kyiv met president Volodymyr Zelensky"],
   "2024-07-02", "2024-07-02", ["HUN", "UKR"])
ev(a, R, ["proposal", "demand"], "occurred",
   ["Hij vroeg Zelensky na te denken over een snel bestand, om de onderhandelingen te versnellen"],
   "2024-07-02", "2024-07-02", ["HUN", "UKR"], "Orbán's ceasefire suggestion")
ev(a, N, ["demand", "proposal"], "negated",
   ["'Zelensky vroeg Orbán om een staakt-het-vuren.'"],
   None, None, ["UKR", "HUN"], "claim rated false in the fact-check: no such request")
ev(a, N, ["agreement", "proposal", "talks"], "negated",
   ["Zelensky ging daar niet op in"],
   "2024-07-02", None, ["UKR", "HUN"], "suggestion not taken up")
ev(a, R, ["summit", "talks"], "occurred",
   ["Poetin ontving Orbán op 5 juli in het Kremlin"],
   "2024-07-05", "2024-07-05", ["RUS", "HUN"])
ev(a, R, "demand", "occurred",
   ["Na afloop herhaalde hij alleen zijn eisen van juni: Oekraïne moet zich terugtrekken uit de vier regio's die Rusland heeft ingelijfd en afzien van het NAVO-lidmaatschap"],
   "2024-07-05", "2024-07-05", ["RUS", "UKR"], "repeated demands (first made 14 June); the repetition of 5 July is the event here")
ev(a, N, ["proposal"], "negated",
   ["'Poetin heeft in Moskou een vredesvoorstel gedaan.'",
    "Een nieuw voorstel was dat niet"],
   None, None, ["RUS"], "claim rated misleading: no new proposal")
ev(a, R, ["summit", "talks"], "occurred",
   ["President Xi Jinping ontving Orbán op 8 juli in Peking"],
   "2024-07-08", "2024-07-08", ["CHN", "HUN"])
ev(a, O, ["demand", "proposal"], "occurred",
   ["Xi zei dat de internationale gemeenschap de voorwaarden moet scheppen voor rechtstreeks overleg tussen Rusland en Oekraïne"],
   "2024-07-08", "2024-07-08", ["CHN", "RUS", "UKR"], "general call on 'the international community'")
ev(a, N, ["agreement", "proposal"], "negated",
   ["Aan een plan van Orbán verbond hij zich niet"],
   "2024-07-08", None, ["CHN", "HUN"], "no endorsement")
ev(a, R, "sanction", "occurred",
   ["Gisteren besloot commissievoorzitter Ursula von der Leyen dat de Europese Commissie tijdens het Hongaarse voorzitterschap alleen met hoge ambtenaren naar informele ministersbijeenkomsten gaat"],
   "2024-07-15", "2024-07-15", ["EU", "HUN"], "boycott at commissioner level = reduce relations; the cancelled college visit is part of the same decision")
ev(a, N, ["talks", "summit"], "negated",
   ["ook het gebruikelijke bezoek van de Commissie aan het voorzittersland gaat niet door"],
   None, None, ["EU", "HUN"], "cancelled visit")
ev(a, R, "sanction", "occurred",
   ["Een aantal lidstaten, waaronder Zweden en Finland, liet eerder weten geen ministers naar de informele vergaderingen in Hongarije te sturen"],
   ["2024-07-02", "2024-07-15"], None, ["SWE", "FIN", "HUN"], "national boycotts told as one; 'eerder' = after Orbán's trips began and before the Commission decision")
ev(a, N, ["sanction"], "negated",
   ["Sancties in formele zin zijn er niet"],
   None, None, ["EU", "HUN"])
ev(a, R, "summit", "occurred",
   ["direct na de NAVO-top in Washington"],
   ["2024-07-09", "2024-07-11"], "2024-07-09", ["NATO", "USA"], "NATO summit 9-11 July named in passing; the sentence's '11 juli' lies inside")
ev(a, R, ["talks", "summit"], "occurred",
   ["bezocht Orbán Donald Trump in diens landgoed Mar-a-Lago"],
   "2024-07-11", "2024-07-11", ["HUN", "USA"], "Trump as candidate; USA as his country")

# ---------------------------------------------------------------- 07 News report: Biden-Putin summit in Geneva, 2021-06-17 (Thu)
a = "d8_07_geneve_biden_poetin"
UR = ["USA", "RUS"]
ev(a, R, "summit", "occurred",
   ["Biden en Poetin sturen ambassadeurs terug na koele top in Genève",
    "Veel meer leverde de eerste top tussen beide leiders niet op",
    "De ontmoeting in Villa La Grange, een negentiende-eeuws landhuis aan het meer, duurde korter dan verwacht"],
   "2021-06-16", "2021-06-16", UR, "Geneva summit; CHE only the venue")
ev(a, R, "agreement", "occurred",
   ["hebben gisteren in Genève afgesproken dat hun ambassadeurs terugkeren naar hun posten"],
   "2021-06-16", "2021-06-16", UR, "return of ambassadors agreed")
ev(a, N, ["summit", "talks"], "negated",
   ["een gezamenlijk optreden had het Witte Huis vooraf al uitgesloten"],
   None, None, UR, "no joint press conference")
ev(a, R, "sanction", "occurred",
   ["Rusland riep zijn ambassadeur Anatoli Antonov in maart terug voor overleg"],
   ["2021-03-01", "2021-03-31"], "2021-03-17", ["RUS", "USA"], "recall = reduce relations")
ev(a, O, "condemnation", "occurred",
   ["nadat Biden in een interview had ingestemd met de kwalificatie dat Poetin een moordenaar is"],
   ["2021-03-01", "2021-03-17"], "2021-03-17", ["USA", "RUS"], "the 'killer' remark: a verbal attack in an interview, optional")
ev(a, R, "sanction", "occurred",
   ["In april zette Washington tien Russische diplomaten uit en nam het sancties tegen Rusland aan vanwege cyberaanvallen en inmenging in verkiezingen"],
   ["2021-04-01", "2021-04-30"], "2021-04-15", ["USA", "RUS"], "expulsions and sanctions announced together: one package")
ev(a, R, "sanction", "occurred",
   ["Daarop adviseerde Moskou de Amerikaanse ambassadeur John Sullivan om voor overleg naar Washington te gaan"],
   ["2021-04-15", "2021-04-30"], "2021-04-16", ["RUS", "USA"], "ambassador sent home 'voor overleg' = reduce relations; 'daarop' after the April sanctions")
ev(a, R, "agreement", "occurred",
   ["Wel tekenden de twee presidenten een gezamenlijke verklaring over strategische stabiliteit"],
   "2021-06-16", "2021-06-16", UR, "joint statement")
ev(a, R, "talks", "planned",
   ["Ook begint er een dialoog over wapenbeheersing, die binnenkort van start moet gaan"],
   None, None, UR, "'binnenkort': no date (it began on 28 July 2021)")
ev(a, R, ["demand", "warning"], "occurred",
   ["Hij gaf Poetin een lijst van zestien sectoren van vitale infrastructuur, zoals energie en water, die buiten schot moeten blijven"],
   "2021-06-16", "2021-06-16", UR, "list of off-limits sectors")
ev(a, R, "warning", "occurred",
   ["Hij zei Poetin te hebben gewaarschuwd dat de gevolgen voor Rusland verwoestend zullen zijn als de gevangen oppositieleider Aleksej Navalny overlijdt"],
   "2021-06-16", "2021-06-16", UR, "conditional threat = warning")
ev(a, R, "condemnation", "occurred",
   ["beschuldigde de Verenigde Staten er juist van zelf de meeste cyberaanvallen ter wereld uit te voeren"],
   "2021-06-16", "2021-06-16", ["RUS", "USA"])
ev(a, N, ["agreement"], "negated",
   ["Over Oekraïne kwamen de twee niet tot elkaar"],
   "2021-06-16", None, UR + ["UKR"])
ev(a, N, ["summit", "talks"], "negated",
   ["Een volgende ontmoeting is niet afgesproken"],
   None, None, UR)

# ---------------------------------------------------------------- 08 Background analysis: Xi in Moscow and the 12-point paper, 2023-03-23 (Thu)
a = "d8_08_achtergrond_xi_moskou"
CR = ["CHN", "RUS"]
ev(a, R, "summit", "occurred",
   ["Drie dagen was de Chinese president Xi Jinping in Moskou",
    "Dinsdag volgden de officiële besprekingen, met delegaties",
    "Achtergrond: wat Xi in Moskou kwam doen"],
   ["2023-03-20", "2023-03-22"], "2023-03-21", CR, "state visit 20-22 March as one summit; the Tuesday talks are its core")
ev(a, O, ["summit", "talks"], "occurred",
   ["Xi kwam maandag aan en at die avond meer dan vier uur met Vladimir Poetin in het Kremlin"],
   "2023-03-20", "2023-03-20", CR, "informal dinner on the first day: part of the visit, optional as a separate meeting")
ev(a, R, "agreement", "occurred",
   ["Daarna tekenden de twee presidenten twee gezamenlijke verklaringen"],
   "2023-03-21", "2023-03-21", CR, "two joint statements signed together")
ev(a, O, "agreement", "occurred",
   ["een over economische samenwerking tot 2030"],
   "2023-03-21", "2023-03-21", CR, "the second statement, optional as a separate event")
ev(a, R, "proposal", "occurred",
   ["Hij nodigde Poetin uit om dit jaar naar China te komen"],
   ["2023-03-20", "2023-03-22"], "2023-03-21", CR, "invitation = offer; during the visit")
ev(a, R, "proposal", "occurred",
   ["het positiepapier dat Peking op 24 februari publiceerde, precies een jaar na de inval",
    "Het telt twaalf punten"],
   "2023-02-24", "2023-02-24", ["CHN", "RUS", "UKR"], "12-point position paper")
ev(a, O, "demand", "occurred",
   ["China roept daarin op tot een staakt-het-vuren en vredesonderhandelingen"],
   "2023-02-24", "2023-02-24", ["CHN", "RUS", "UKR"], "content of the paper; present tense describes the document")
ev(a, N, ["demand"], "negated",
   ["Een oproep aan Rusland om zijn troepen terug te trekken staat er niet in"],
   None, None, ["CHN", "RUS"])
ev(a, R, "proposal", "occurred",
   ["Poetin zei dinsdag dat veel punten uit het plan kunnen dienen als basis voor een regeling"],
   "2023-03-21", "2023-03-21", ["RUS", "CHN", "UKR"], "stated willingness on the basis of the plan")
ev(a, O, "condemnation", "occurred",
   ["Hij gaf het Westen en Oekraïne zo de schuld van het uitblijven van vrede"],
   "2023-03-21", "2023-03-21", ["RUS", "UKR"], "the writer's reading of the same remark")
ev(a, R, "condemnation", "occurred",
   ["Minister van Buitenlandse Zaken Antony Blinken zei maandag dat een bestand op dit moment de Russische veroveringen alleen zou bevriezen"],
   "2023-03-20", "2023-03-20", ["USA", "CHN", "RUS"], "criticism of the Chinese call for a ceasefire")
ev(a, R, "condemnation", "occurred",
   ["NAVO-chef Jens Stoltenberg zei in februari al dat China niet veel geloofwaardigheid heeft"],
   ["2023-02-01", "2023-02-28"], "2023-02-24", ["NATO", "CHN"])
ev(a, N, ["condemnation"], "negated",
   ["Peking heeft de inval immers nooit veroordeeld"],
   None, None, ["CHN", "RUS"], "China never condemned the invasion")
ev(a, R, ["proposal", "talks"], "occurred",
   ["President Volodymyr Zelensky reageerde in februari voorzichtig positief op het papier en zei dat hij Xi wilde ontmoeten"],
   ["2023-02-01", "2023-02-28"], "2023-02-24", ["UKR", "CHN"], "stated wish to meet = offer of talks")
ev(a, N, ["talks"], "negated",
   ["Een gesprek tussen de twee heeft nog steeds niet plaatsgevonden"],
   None, None, ["UKR", "CHN"])
ev(a, R, ["talks", "summit"], "occurred",
   ["Opvallend was dat de Japanse premier Fumio Kishida dinsdag, terwijl Xi in Moskou zat, onverwacht in Kyiv opdook om Zelensky te spreken"],
   "2023-03-21", "2023-03-21", ["JPN", "UKR"])
ev(a, N, ["delivery"], "negated",
   ["Hij sprak niet over wapenleveranties aan Rusland"],
   None, None, ["CHN", "RUS"], "no arms deliveries discussed or promised")
ev(a, O, "warning", "occurred",
   ["waar Washington voor waarschuwt"],
   None, None, ["USA", "CHN"], "standing US warning, undated")
ev(a, N, ["agreement"], "negated",
   ["de pijpleiding Power of Siberia 2, waarover nog geen akkoord is gesloten"],
   None, None, CR)

# ---------------------------------------------------------------- 09 News report: Bürgenstock peace summit, 2024-06-17 (Mon)
a = "d8_09_burgenstock_vredestop"
ev(a, R, "summit", "occurred",
   ["Vredestop in Zwitserland eindigt met verklaring",
    "De top vond zaterdag en zondag plaats in een luxeresort boven het Vierwoudstedenmeer"],
   ["2024-06-15", "2024-06-16"], "2024-06-15", ["UKR", "CHE"], "Summit on Peace in Ukraine; Switzerland hosts and takes part")
ev(a, R, "agreement", "occurred",
   ["Een groot deel van de ruim negentig landen op de vredestop voor Oekraïne heeft gisteren een slotverklaring gesteund",
    "Ongeveer tachtig landen en een paar internationale organisaties schaarden zich erachter"],
   "2024-06-16", "2024-06-16", ["UKR", "CHE"], "final communiqué")
ev(a, N, ["agreement"], "negated",
   ["India, Saudi-Arabië en Zuid-Afrika zetten er hun handtekening niet onder"],
   "2024-06-16", None, ["IND", "SAU", "ZAF"])
ev(a, N, ["agreement"], "negated",
   ["Ook Brazilië, dat als waarnemer meedeed, tekende niet"],
   "2024-06-16", None, ["BRA"])
ev(a, N, ["summit", "talks"], "negated",
   ["Rusland was niet uitgenodigd en China bleef weg"],
   ["2024-06-15", "2024-06-16"], None, ["RUS", "CHN"], "absent")
ev(a, N, ["summit", "talks"], "negated",
   ["Peking liet eind mei weten dat het niet komt"],
   ["2024-05-21", "2024-05-31"], None, ["CHN", "CHE"], "announced non-attendance")
ev(a, O, "demand", "occurred",
   ["beide partijen moeten de bijeenkomst erkennen en alle vredesplannen moeten eerlijk worden besproken"],
   ["2024-05-21", "2024-05-31"], "2024-05-31", ["CHN"], "China's conditions, stated with the refusal")
ev(a, R, "summit", "occurred",
   ["na de G7-top in Italië"],
   None, None, ["G7", "ITA"], "G7 Apulia 13-15 June named in passing, no date in the text")
ev(a, R, ["demand", "proposal"], "occurred",
   ["Poetin gebruikte de dag voor de top om zijn eigen voorwaarden op tafel te leggen",
    "Rusland stopt de strijd pas als Oekraïne zijn troepen terugtrekt uit de vier regio's die Moskou in 2022 heeft ingelijfd en afziet van het NAVO-lidmaatschap, zei hij vrijdag op het Russische ministerie van Buitenlandse Zaken"],
   "2024-06-14", "2024-06-14", ["RUS", "UKR"], "conditions presented by Putin as a peace offer")
ev(a, R, "condemnation", "occurred",
   ["Zelensky noemde dat een ultimatum, vergelijkbaar met wat Hitler deed"],
   ["2024-06-14", "2024-06-16"], "2024-06-14", ["UKR", "RUS"], "undated reaction: from Putin's speech to the end of the summit")
ev(a, R, "condemnation", "occurred",
   ["Ook de Italiaanse premier Giorgia Meloni sprak van propaganda"],
   ["2024-06-14", "2024-06-16"], "2024-06-14", ["ITA", "RUS"])
ev(a, R, "delivery", "planned",
   ["De Amerikaanse vicepresident Kamala Harris maakte op de top bekend dat de Verenigde Staten 1,5 miljard dollar extra geven voor het Oekraïense energienet en humanitaire hulp"],
   ["2024-06-15", "2024-06-16"], "2024-06-15", ["USA", "UKR"], "aid pledge announced at the summit")
ev(a, O, "demand", "occurred",
   ["Meerdere deelnemers zeiden dat een volgende top niet zonder Rusland kan"],
   ["2024-06-15", "2024-06-16"], None, ["RUS"], "unnamed participants")
ev(a, R, ["summit", "proposal"], "planned",
   ["Zelensky zei dat Kyiv een plan wil opstellen dat bij een tweede top aan de Russen kan worden voorgelegd"],
   None, None, ["UKR", "RUS"], "planned second summit, no date ('Een datum of een gastland is er nog niet')")
ev(a, R, "talks", "planned",
   ["Zwitserland zei dat het de komende weken met de deelnemers overlegt over de vervolgstappen"],
   ["2024-06-18", "2024-07-15"], None, ["CHE"], "'de komende weken' = 28 days after publication")

# ---------------------------------------------------------------- 10 News report: Jeddah and Riyadh, 2025-03-12 (Wed)
a = "d8_10_jeddah_riyad_bestand"
UU = ["USA", "UKR"]
ev(a, R, ["agreement", "proposal"], "occurred",
   ["Oekraïne stemt in Jeddah in met Amerikaans voorstel voor bestand van dertig dagen",
    "Oekraïne is bereid om direct een staakt-het-vuren van dertig dagen in te laten gaan, als Rusland daar ook mee instemt",
    "Dat staat in een gezamenlijke verklaring van de Verenigde Staten en Oekraïne"],
   "2025-03-11", "2025-03-11", UU, "joint statement: Ukraine accepts the US proposal")
ev(a, R, "talks", "occurred",
   ["na bijna acht uur overleg gisteren in de Saudische havenstad Jedda",
    "De Amerikaanse delegatie werd geleid door minister van Buitenlandse Zaken Marco Rubio en veiligheidsadviseur Mike Waltz"],
   "2025-03-11", "2025-03-11", UU, "SAU only the venue")
ev(a, R, "proposal", "occurred",
   ["Het voorstel voor het bestand kwam van Washington"],
   "2025-03-11", "2025-03-11", ["USA", "UKR", "RUS"], "US ceasefire proposal")
ev(a, R, "delivery", "planned",
   ["In ruil daarvoor heffen de Verenigde Staten de pauze op in het delen van inlichtingen en hervatten ze de militaire steun aan Kyiv"],
   None, None, UU, "resumption of aid announced (present tense = planned, README); no date of the deliveries themselves")
ev(a, O, "sanction", "occurred",
   ["In ruil daarvoor heffen de Verenigde Staten de pauze op in het delen van inlichtingen"],
   "2025-03-11", "2025-03-11", UU, "lifting of the suspension: optional (model convention 2)")
ev(a, R, "sanction", "occurred",
   ["President Donald Trump had die steun begin vorige week stopgezet"],
   ["2025-03-03", "2025-03-04"], "2025-03-03", UU, "aid suspension = sanction (model convention 2); 'begin vorige week' = Mon-Tue of the previous ISO week")
ev(a, N, ["delivery"], "negated",
   ["President Donald Trump had die steun begin vorige week stopgezet"],
   None, None, UU, "deliveries halted")
ev(a, R, "sanction", "occurred",
   ["Kort daarna hield Washington ook inlichtingen achter"],
   ["2025-03-03", "2025-03-09"], "2025-03-05", UU, "'kort daarna' within the previous week")
ev(a, O, ["summit", "condemnation"], "occurred",
   ["na de ruzie met Zelensky in het Witte Huis"],
   None, None, UU, "the Oval Office meeting of 28 Feb in passing, no date in the text")
ev(a, R, "demand", "occurred",
   ["Hij riep Moskou op om zonder voorwaarden ja te zeggen",
    "'De bal ligt nu bij Rusland', zei Rubio na afloop"],
   "2025-03-11", "2025-03-11", ["USA", "RUS"])
ev(a, R, "talks", "planned",
   ["dat hij deze week nog met de Russische president wil spreken"],
   ["2025-03-12", "2025-03-16"], None, ["USA", "RUS"], "'deze week' in the future = publication to Sunday; the call came only on 18 March")
ev(a, R, "talks", "planned",
   ["Zijn gezant Steve Witkoff reist de komende dagen naar Moskou"],
   ["2025-03-13", "2025-03-19"], "2025-03-13", ["USA", "RUS"], "'de komende dagen' = 7 days after publication")
ev(a, N, ["talks"], "negated",
   ["Zelensky zelf was niet bij de gesprekken"],
   "2025-03-11", None, UU)
ev(a, R, ["talks", "summit"], "occurred",
   ["Hij sprak maandag in Jedda met de Saudische kroonprins Mohammed bin Salman"],
   "2025-03-10", "2025-03-10", ["UKR", "SAU"])
ev(a, R, "talks", "occurred",
   ["Op 18 februari spraken Rubio, Waltz en Witkoff in de Saudische hoofdstad ruim vier uur met de Russische minister Sergej Lavrov en Kremlinadviseur Joeri Oesjakov",
    "Saudi-Arabië had een maand geleden ook de Amerikaanse en Russische delegaties in Riyad ontvangen"],
   "2025-02-18", "2025-02-18", ["USA", "RUS", "SAU"], "Riyadh talks; Saudi Arabia hosted (took part in the opening)")
ev(a, R, "agreement", "occurred",
   ["Ze spraken af de ambassades weer volledig te laten werken en teams te vormen die aan een einde van de oorlog moeten werken"],
   "2025-02-18", "2025-02-18", ["USA", "RUS"])
ev(a, N, ["talks"], "negated",
   ["Oekraïne en de Europese landen waren in Riyad niet uitgenodigd"],
   "2025-02-18", None, ["UKR", "EU"])
ev(a, R, ["condemnation", "warning"], "occurred",
   ["Zelensky zei toen dat Kyiv geen afspraken erkent die zonder Oekraïne worden gemaakt"],
   ["2025-02-17", "2025-02-18"], "2025-02-17", ["UKR", "USA", "RUS"], "'toen' = around the Riyadh talks (said on 17 Feb)")
ev(a, N, ["talks", "summit"], "negated",
   ["stelde zijn eigen bezoek aan Saudi-Arabië uit"],
   ["2025-02-17", "2025-02-18"], None, ["UKR", "SAU"], "postponed visit")
# ---------------------------------------------------------------- 11 Sports section: Beijing Winter Olympics and the diplomatic boycott, 2022-02-05 (Sat)
a = "d8_11_sport_peking_boycot"
ev(a, R, "sanction", "occurred",
   ["De Verenigde Staten hadden begin december een diplomatieke boycot aangekondigd",
    "Witte Huis-woordvoerder Jen Psaki zei op 6 december dat er geen Amerikaanse regeringsvertegenwoordigers naar Peking gaan"],
   "2021-12-06", "2021-12-06", ["USA", "CHN"], "diplomatic boycott; the day is given in the second sentence")
ev(a, R, "sanction", "occurred",
   ["Australië, Groot-Brittannië en Canada volgden binnen enkele dagen"],
   ["2021-12-06", "2021-12-13"], "2021-12-08", ["AUS", "GBR", "CAN", "CHN"], "three national boycotts told as one; 'binnen enkele dagen' after 6 Dec = the following week")
ev(a, N, ["talks", "summit"], "negated",
   ["Ook uit Nederland reisden geen bewindslieden naar China"],
   None, None, ["NLD", "CHN"], "no Dutch ministers travelled")
ev(a, O, "sanction", "occurred",
   ["Ook uit Nederland reisden geen bewindslieden naar China"],
   None, None, ["NLD", "CHN"], "the same stay-away read as joining the boycott (model precedent d7_06); optional")
ev(a, R, "condemnation", "occurred",
   ["Het ministerie van Buitenlandse Zaken noemde de boycot een politieke manipulatie"],
   ["2021-12-06", "2021-12-13"], "2021-12-07", ["CHN", "USA"], "undated reaction after 6 Dec")
ev(a, R, "warning", "occurred",
   ["waarschuwde dat de Verenigde Staten er een prijs voor zullen betalen"],
   ["2021-12-06", "2021-12-13"], "2021-12-07", ["CHN", "USA"])
ev(a, R, ["summit", "talks"], "occurred",
   ["Hij sprak gisteren voor de opening met Xi Jinping"],
   "2022-02-04", "2022-02-04", ["RUS", "CHN"])
ev(a, R, "agreement", "occurred",
   ["De twee presidenten zetten hun handtekening onder een lange gezamenlijke verklaring waarin ze spreken van een vriendschap zonder grenzen"],
   "2022-02-04", "2022-02-04", ["RUS", "CHN"], "joint statement 'no limits'")
ev(a, R, "agreement", "occurred",
   ["Ook sloten Russische en Chinese bedrijven een contract voor extra gasleveringen aan China"],
   "2022-02-04", "2022-02-04", ["RUS", "CHN"], "Gazprom-CNPC contract signed the same day; company deal under state leaders' meeting")
ev(a, O, "delivery", "planned",
   ["een contract voor extra gasleveringen aan China"],
   None, None, ["RUS", "CHN"], "the gas supply promised in the contract")
ev(a, O, ["condemnation", "demand"], "occurred",
   ["In de verklaring keren beide landen zich tegen verdere uitbreiding van de NAVO"],
   "2022-02-04", "2022-02-04", ["RUS", "CHN", "NATO"], "content of the statement")
ev(a, R, ["talks", "summit"], "planned",
   ["Hij wordt vandaag door Xi ontvangen"],
   "2022-02-05", "2022-02-05", ["UN", "CHN"], "Guterres received by Xi 'vandaag'")

# ---------------------------------------------------------------- 12 Culture section: Benin objects returned to Nigeria, month header 2025-02
a = "d8_12_cultuur_benin_objecten"
NN = ["NLD", "NGA"]
ev(a, R, "agreement", "occurred",
   ["tekenden deze maand in Leiden de overeenkomst over de overdracht"],
   ["2025-02-01", "2025-02-28"], None, NN, "transfer agreement; 'deze maand' under a 2025-02 header = February (month-level, exact)")
ev(a, R, "delivery", "planned",
   ["Nederland geeft 119 Benin-objecten terug",
    "Nederland geeft 119 voorwerpen uit het oude koninkrijk Benin terug aan Nigeria",
    "De voorwerpen gaan later dit jaar naar Nigeria"],
   ["2025-02-01", "2025-12-31"], None, NN, "return of material objects announced, physically later: planned; 'later dit jaar' = rest of 2025 (hull over the month header)")
ev(a, O, "demand", "occurred",
   ["Nigeria vroeg eerder om de teruggave"],
   None, None, ["NGA", "NLD"], "undated earlier request")
ev(a, R, "agreement", "occurred",
   ["Duitsland en Nigeria tekenden in juli 2022 een verklaring over de teruggave van Benin-bronzen uit Duitse musea"],
   ["2022-07-01", "2022-07-31"], "2022-07-01", ["DEU", "NGA"], "joint declaration of Berlin")
ev(a, R, ["delivery", "talks"], "occurred",
   ["In december van dat jaar bracht minister Annalena Baerbock van Buitenlandse Zaken de eerste twintig stukken persoonlijk naar Abuja"],
   ["2022-12-01", "2022-12-31"], "2022-12-20", ["DEU", "NGA"], "objects handed over in Abuja (a visit as well)")
ev(a, O, "delivery", "occurred",
   ["Ook musea in Groot-Brittannië en de Verenigde Staten gaven de afgelopen jaren objecten terug"],
   None, None, ["GBR", "USA", "NGA"], "museum returns, vague")
ev(a, N, ["delivery"], "negated",
   ["Het British Museum, dat de grootste collectie heeft, mag dat volgens de Britse wet niet"],
   None, None, ["GBR", "NGA"], "no return possible")
ev(a, R, "delivery", "occurred",
   ["In 2023 gaf Nederland al honderden voorwerpen terug aan Indonesië en Sri Lanka"],
   ["2023-01-01", "2023-12-31"], "2023-07-10", ["NLD", "IDN", "LKA"], "returns of July 2023 (Lombok treasure, Kandy cannon), one sentence = one event")

# ---------------------------------------------------------------- 13 Flemish regional: 14th sanctions package and Zeebrugge LNG, 2024-06-25 (Tue)
a = "d8_13_vlaams_zeebrugge_lng"
ev(a, R, "sanction", "occurred",
   ["Europese sancties treffen overslag van Russisch LNG in Zeebrugge",
    "het veertiende sanctiepakket tegen Rusland, dat de Europese ministers van Buitenlandse Zaken gisteren in Luxemburg hebben goedgekeurd",
    "Het is de eerste keer dat de Europese Unie Russisch LNG aanpakt"],
   "2024-06-24", "2024-06-24", ["EU", "RUS"], "one package = one event, however many measures")
ev(a, O, ["agreement", "sanction"], "occurred",
   ["De ambassadeurs van de lidstaten werden het vorige donderdag eens over het pakket"],
   "2024-06-20", "2024-06-20", ["EU"], "preparatory agreement on the same package; 'vorige donderdag' = Thursday of the previous ISO week")
ev(a, O, "agreement", "occurred",
   ["Fluxys heeft met het Russische Yamal Trade een contract voor twintig jaar"],
   None, None, ["BEL", "RUS"], "commercial contract, standing, no date")
ev(a, N, ["sanction"], "negated",
   ["Wat er niet in staat: een verbod op de invoer van Russisch LNG zelf"],
   None, None, ["EU", "RUS"], "no import ban")
ev(a, O, "demand", "occurred",
   ["Milieuorganisaties en Oekraïne hadden om zo'n verbod gevraagd"],
   None, None, ["UKR", "EU"], "earlier, undated requests")
ev(a, R, "talks", "planned",
   ["Vandaag beginnen in Luxemburg de toetredingsonderhandelingen van de EU met Oekraïne en Moldavië"],
   "2024-06-25", "2024-06-25", ["EU", "UKR", "MDA"], "intergovernmental conferences 'vandaag', present tense = planned")
ev(a, R, "summit", "planned",
   ["Donderdag en vrijdag komen de Europese regeringsleiders in Brussel samen voor een top"],
   ["2024-06-27", "2024-06-28"], "2024-06-27", ["EU"], "European Council")

# ---------------------------------------------------------------- 14 Teletekst page, 2018-07-16 (Mon)
a = "d8_14_teletekst_16juli2018"
ev(a, R, "summit", "occurred",
   ["Trump en Poetin praten in Helsinki",
    "President Trump en president Poetin hebben in het presidentieel paleis in Helsinki ruim twee uur onder vier ogen gesproken",
    "Het was hun eerste officiële topontmoeting"],
   "2018-07-16", "2018-07-16", ["USA", "RUS"], "Helsinki summit; FIN only the venue")
ev(a, O, "talks", "occurred",
   ["Daarna schoven de delegaties aan voor een lunch"],
   "2018-07-16", "2018-07-16", ["USA", "RUS"], "part of the summit")
ev(a, R, "proposal", "occurred",
   ["Hij bood aan Amerikaanse onderzoekers aanwezig te laten zijn bij verhoren van de twaalf Russische officieren"],
   "2018-07-16", "2018-07-16", ["RUS", "USA"], "conditional offer ('als Rusland in ruil daarvoor...') is still an offer")
ev(a, O, "condemnation", "occurred",
   ["De Republikeinse senator John McCain noemde Trumps optreden schandelijk"],
   "2018-07-16", "2018-07-16", ["USA"], "domestic criticism of the own president")
ev(a, R, ["summit", "talks"], "occurred",
   ["De Eritrese president Isaias Afwerki heeft in Addis Abeba de ambassade van zijn land heropend, op de laatste dag van zijn bezoek aan Ethiopië",
    "Premier Abiy Ahmed was erbij"],
   "2018-07-16", "2018-07-16", ["ERI", "ETH"], "Isaias's visit (14-16 July); the text dates only its last day")
ev(a, O, "agreement", "occurred",
   ["De Eritrese president Isaias Afwerki heeft in Addis Abeba de ambassade van zijn land heropend"],
   "2018-07-16", "2018-07-16", ["ERI", "ETH"], "reopening of the embassy = restoring relations; no type fits cleanly")
ev(a, R, "agreement", "occurred",
   ["Vorige week tekenden de twee landen in Asmara een verklaring die een einde maakt aan twintig jaar vijandschap"],
   ["2018-07-09", "2018-07-15"], "2018-07-09", ["ERI", "ETH"], "Joint Declaration of Peace and Friendship; 'vorige week' = ISO week")
ev(a, R, "agreement", "planned",
   ["EU en Japan tekenen morgen handelsverdrag",
    "De EU en Japan tekenen morgen in Tokio een vrijhandelsverdrag"],
   "2018-07-17", "2018-07-17", ["EU", "JPN"], "EPA signature 'morgen'")
ev(a, N, ["summit", "talks", "agreement"], "negated",
   ["De ondertekening zou vorige week in Brussel zijn, maar premier Abe zegde die reis af"],
   ["2018-07-09", "2018-07-15"], None, ["JPN", "EU"], "cancelled trip and postponed signature")
ev(a, R, "demand", "occurred",
   ["Iran heeft het Internationaal Gerechtshof in Den Haag gevraagd om de Amerikaanse sancties tegen het land op te schorten"],
   "2018-07-16", "2018-07-16", ["IRN", "USA"], "application to the ICJ; perfect tense on the day of the page")
ev(a, O, "condemnation", "occurred",
   ["Volgens Teheran schenden de Verenigde Staten daarmee een vriendschapsverdrag uit 1955"],
   "2018-07-16", "2018-07-16", ["IRN", "USA"], "accusation inside the application")
ev(a, O, "sanction", "planned",
   ["Washington kondigde in mei, bij het opzeggen van het atoomakkoord, aan dat de sancties terugkomen"],
   ["2018-05-01", "2018-05-31"], "2018-05-08", ["USA", "IRN"], "re-imposition announced 8 May 2018 (in force from August): background, optional")

# ---------------------------------------------------------------- 15, 16: no diplomatic event (sentinels)
TRAPS = {
    "d8_15_wetenschap_zwart_gat": [
        "tegelijk op persconferenties in Brussel, Washington, Santiago, Shanghai, Taipei en Tokio",
        "Voor de waarneming werkten acht radiotelescopen samen, van Hawaï en Arizona tot Spanje, Mexico, Chili en de Zuidpool",
        "honderden harde schijven gingen per vliegtuig naar rekencentra in Duitsland en de Verenigde Staten",
        "Hij presenteerde de resultaten gisteren in Brussel, samen met onder anderen eurocommissaris Carlos Moedas",
        "Onderzoekers waarschuwen wel dat één foto geen eindpunt is",
        "Ook Amerikaanse, Chinese, Japanse en Taiwanese instituten droegen bij",
        "Afspraken over het delen van de gegevens werden vooraf vastgelegd",
    ],
    "d8_16_verkiezingscampagne_slotweek": [
        "Timmermans waarschuwt kiezers al weken dat een stem op de VVD een stem voor een kabinet met Wilders kan zijn",
        "Yeşilgöz sluit samenwerking met de PVV niet uit",
        "Omtzigt zegt dat een nieuwe bestuurscultuur voor hem de belangrijkste eis is in elk coalitieakkoord",
        "zegt dat hij na de verkiezingen graag in gesprek gaat met de andere partijen",
        "Morgenavond is het slotdebat van de NOS, met de lijsttrekkers van de grootste partijen",
        "Politicologen waarschuwen dat veel kiezers pas in het stemhokje beslissen",
    ],
}

for a, note in [("d8_15_wetenschap_zwart_gat",
                 "science (first image of a black hole, Event Horizon Telescope, 10 April 2019); traps: capitals and countries, samenwerken, bijdragen, waarschuwen, afspraken, eurocommissaris, Brussel"),
                ("d8_16_verkiezingscampagne_slotweek",
                 "domestic politics (Dutch election campaign, 20 Nov 2023): no diplomatic event; traps: waarschuwt, eis, coalitieakkoord, in gesprek, debat, samenwerking")]:
    ev(a, N, ALL, "negated", TRAPS[a], None, None, [],
       "NO-EVENT SENTINEL: article has no diplomatic event of its own; its trap sentences are listed; the line puts the article in scope so every other prediction in it counts as a false positive. " + note)


if __name__ == "__main__":
    goldkit.build(G, ROOT, max_bytes=3500, min_big=0)
