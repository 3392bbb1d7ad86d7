"""Build gold.jsonl for dev17 and check every mention is a verbatim substring of its article.

Edit this script, not the JSONL. Run: python build_gold.py
"""
import pathlib, sys

ROOT = pathlib.Path(__file__).parent
sys.path.insert(0, str(ROOT.parent / "setkit"))  # the gold helper, checks and writing: tests/setkit/goldkit.py
import goldkit  # noqa: E402
from goldkit import ALL, N, O, R  # noqa: E402,F401

G, ev = goldkit.collector()
# ---------------------------------------------------------------- 01 Public-broadcaster web page: Macron receives Putin at Bregancon, 2019-08-20 (Tue)
a = "d17_01_web_macron_poetin_bregancon"
FR = ["FRA", "RUS"]
ev(a, R, ["summit", "talks"], "occurred",
   ["Macron ontvangt Poetin aan zee",
    "De Franse president Emmanuel Macron heeft gisteren zijn Russische ambtgenoot Vladimir Poetin ontvangen in Fort de Brégançon",
    "De twee leiders spraken uitgebreid over de oorlog in het oosten van Oekraïne"],
   "2019-08-19", "2019-08-19", FR, "the Bregancon meeting, 'gisteren'")
ev(a, R, "sanction", "occurred",
   ["Rusland werd in 2014 uit de groep van acht gezet na de annexatie van de Krim"],
   ["2014-01-01", "2014-12-31"], "2014-03-24", ["G7", "RUS"], "suspension from the G8")
ev(a, R, "proposal", "occurred",
   ['Macron stelde voor om "in de komende weken" een nieuwe top te houden in het zogeheten Normandie-formaat'],
   "2019-08-19", "2019-08-19", ["FRA", "RUS", "DEU", "UKR"], "Macron's proposal of a Normandy summit (told on the day of the meeting)")
ev(a, O, "summit", "planned",
   ['Macron stelde voor om "in de komende weken" een nieuwe top te houden in het zogeheten Normandie-formaat'],
   ["2019-08-20", "2019-09-16"], None, ["FRA", "RUS", "DEU", "UKR"], "the proposed summit itself, only proposed: optional")
ev(a, O, "talks", "occurred",
   ["waarin Frankrijk, Duitsland, Rusland en Oekraïne sinds 2014 praten over het conflict in de Donbas"],
   None, None, ["FRA", "DEU", "RUS", "UKR"], "the Normandy format in general")
ev(a, N, "summit", "negated",
   ["Zo'n top op het niveau van staatshoofden is er sinds 2016 niet meer geweest"],
   None, None, ["FRA", "DEU", "RUS", "UKR"], "no Normandy summit since 2016")
ev(a, O, "proposal", "occurred",
   ["Poetin zei dat er voor het Normandie-formaat geen alternatief is"],
   "2019-08-19", "2019-08-19", ["RUS", "FRA"], "support for the format, optional")
ev(a, R, "talks", "occurred",
   ["Zelensky was in juni in Parijs, waar hij met Macron over de Donbas sprak"],
   ["2019-06-01", "2019-06-30"], "2019-06-17", ["UKR", "FRA"])
ev(a, O, "condemnation", "occurred",
   ["Macron sprak zijn grote zorgen uit over de bombardementen op de provincie Idlib"],
   "2019-08-19", "2019-08-19", ["FRA", "RUS", "SYR"], "concern, optional")
ev(a, R, "demand", "occurred",
   ["Hij drong erop aan dat het bestand"],
   "2019-08-19", "2019-08-19", FR, "'Hij' = Macron across sentences: demand that the Sochi ceasefire be respected")
ev(a, R, "agreement", "occurred",
   ["het bestand dat Rusland en Turkije vorig jaar in Sotsji afspraken"],
   ["2018-01-01", "2018-12-31"], "2018-09-17", ["RUS", "TUR"], "Sochi agreement, 'vorig jaar'")
ev(a, R, "demand", "occurred",
   ["Macron riep Rusland op de vrijheid van meningsuiting en het recht om te demonstreren te respecteren"],
   "2019-08-19", "2019-08-19", FR)
ev(a, O, "condemnation", "occurred",
   ["Poetin antwoordde met een verwijzing naar de gele hesjes"],
   "2019-08-19", "2019-08-19", ["RUS", "FRA"], "retort")
ev(a, R, "sanction", "occurred",
   ["nadat de Verenigde Staten zich er vorig jaar uit terugtrokken en nieuwe sancties oplegden"],
   ["2018-01-01", "2018-12-31"], None, ["USA", "IRN"], "US sanctions on Iran after leaving the deal (two stages in 2018: no true_date)")
ev(a, R, "agreement", "occurred",
   ["De twee presidenten spraken af over dit dossier nauw contact te houden"],
   "2019-08-19", "2019-08-19", FR)
ev(a, R, ["summit", "talks"], "occurred",
   ["Macron ontving Poetin eerder, in mei 2017, in het paleis van Versailles"],
   ["2017-05-01", "2017-05-31"], "2017-05-29", FR)
ev(a, N, ["agreement", "summit"], "negated",
   ["Of Poetin ooit terugkeert aan de tafel van de G7 is onzeker",
    "Macron zei dat een terugkeer van Rusland niet aan de orde is"],
   None, None, ["G7", "RUS"], "no return to the G7 table")
ev(a, R, "summit", "planned",
   ["De G7-top begint zaterdag in Biarritz", "vijf dagen voor de G7-top in Biarritz"],
   ["2019-08-24", "2019-08-26"], "2019-08-24", ["G7"], "the Biarritz summit, 'zaterdag' = first day")
# ---------------------------------------------------------------- 02 Agency wire: Erdogan in Cairo, 2024-02-14 (Wed)
a = "d17_02_anp_erdogan_cairo"
TE = ["TUR", "EGY"]
ev(a, R, ["summit", "talks"], "occurred",
   ["Erdogan na elf jaar terug in Caïro",
    "De Turkse president Recep Tayyip Erdogan is woensdag in Caïro ontvangen door zijn Egyptische ambtgenoot Abdel Fattah al-Sisi",
    "In het presidentiële paleis spraken de twee leiders daarna met elkaar"],
   "2024-02-14", "2024-02-14", TE, "'woensdag' = publication day")
ev(a, O, "talks", "occurred",
   ["toen hij nog premier was"],
   ["2012-01-01", "2012-12-31"], None, TE, "Erdogan's 2012 visit, told in passing")
ev(a, R, "agreement", "occurred",
   ["Erdogan en Sisi ondertekenden een verklaring waarmee de Hoge Raad voor Strategische Samenwerking tussen beide landen nieuw leven wordt ingeblazen"],
   "2024-02-14", "2024-02-14", TE)
ev(a, O, ["agreement", "proposal"], "occurred",
   ["De presidenten willen de handel tussen Turkije en Egypte binnen een paar jaar laten groeien tot 15 miljard dollar per jaar"],
   "2024-02-14", "2024-02-14", TE, "trade target")
ev(a, R, "demand", "occurred",
   ["riepen beide leiders op tot een onmiddellijk staakt-het-vuren in Gaza"],
   "2024-02-14", "2024-02-14", TE)
ev(a, O, ["delivery", "proposal"], "planned",
   ["Erdogan zei dat Turkije en Egypte zich samen zullen inzetten om meer hulp de Gazastrook in te krijgen"],
   "2024-02-14", "2024-02-14", TE, "aid effort, vague")
ev(a, R, "condemnation", "occurred",
   ["Hij veroordeelde de Israëlische aanvallen op de burgerbevolking"],
   "2024-02-14", "2024-02-14", ["TUR", "ISR"])
ev(a, R, "warning", "occurred",
   ["Beide leiders waarschuwden Israël voor een grondoffensief tegen Rafah"],
   "2024-02-14", "2024-02-14", ["TUR", "EGY", "ISR"])
ev(a, O, "condemnation", "occurred",
   ["Beide presidenten verwierpen elke poging om Palestijnen uit Gaza te verdrijven"],
   "2024-02-14", "2024-02-14", ["TUR", "EGY", "ISR"])
ev(a, R, ["talks", "summit"], "planned",
   ["Sisi nam een uitnodiging aan voor een tegenbezoek aan Turkije"],
   None, None, ["EGY", "TUR"], "return visit, no date")
ev(a, O, "proposal", "occurred",
   ["Sisi nam een uitnodiging aan voor een tegenbezoek aan Turkije"],
   "2024-02-14", "2024-02-14", ["TUR", "EGY"], "the invitation itself")
ev(a, R, "sanction", "occurred",
   ["Egypte zette in november 2013 de Turkse ambassadeur het land uit"],
   ["2013-11-01", "2013-11-30"], "2013-11-23", ["EGY", "TUR"], "Egypt expels the Turkish ambassador")
ev(a, R, "sanction", "occurred",
   ["Egypte zette in november 2013 de Turkse ambassadeur het land uit en Turkije deed hetzelfde met de Egyptische"],
   ["2013-11-01", "2013-11-30"], "2013-11-23", ["TUR", "EGY"], "Turkey's reciprocal step: second event in the same sentence")
ev(a, O, "condemnation", "occurred",
   ["noemde Sisi jarenlang een putschist"],
   None, None, ["TUR", "EGY"], "years of insults, no date")
ev(a, R, ["talks", "summit"], "occurred",
   ["Eind 2022 schudden Erdogan en Sisi elkaar de hand bij de opening van het WK voetbal in Qatar"],
   ["2022-10-01", "2022-12-31"], "2022-11-20", TE, "'eind 2022' = last quarter")
ev(a, R, "talks", "occurred",
   ["reisde de Egyptische minister van Buitenlandse Zaken Sameh Shoukry eind februari vorig jaar naar het rampgebied"],
   ["2023-02-21", "2023-02-28"], "2023-02-27", ["EGY", "TUR"])
ev(a, R, "talks", "occurred",
   ["een maand later ontving hij zijn toenmalige Turkse ambtgenoot Mevlüt Çavuşoğlu in Caïro"],
   ["2023-03-01", "2023-03-31"], "2023-03-18", ["EGY", "TUR"], "'een maand later' than end of February = March")
ev(a, R, "agreement", "occurred",
   ["In juli vorig jaar benoemden de twee landen weer ambassadeurs bij elkaar"],
   ["2023-07-01", "2023-07-31"], "2023-07-04", TE, "restoring full ties")
ev(a, R, "delivery", "planned",
   ["Begin deze maand maakte de Turkse minister van Buitenlandse Zaken Hakan Fidan bekend dat Turkije drones aan Egypte zal leveren"],
   ["2024-02-01", "2024-02-10"], None, TE, "pledge dated by the announcement")
ev(a, R, "talks", "occurred",
   ["waar hij dinsdag met president Mohammed bin Zayed sprak"],
   "2024-02-13", "2024-02-13", ["TUR", "ARE"])
# ---------------------------------------------------------------- 03 Quality analysis: China's twelve-point paper, 2023-02-25 (Sat)
a = "d17_03_analyse_china_vredesplan"
ev(a, R, ["proposal", "demand"], "occurred",
   ["kwam China gisteren met een document van twaalf punten",
    "China pleit voor een staakt-het-vuren en roept beide partijen op zo snel mogelijk rechtstreeks met elkaar te gaan praten"],
   "2023-02-24", "2023-02-24", ["CHN", "RUS", "UKR"], "the position paper with its call for a ceasefire and talks")
ev(a, O, ["warning", "condemnation"], "occurred",
   ["Peking keert zich tegen het gebruik van kernwapens en tegen aanvallen op kerncentrales"],
   "2023-02-24", "2023-02-24", ["CHN"], "part of the paper")
ev(a, R, "condemnation", "occurred",
   ['En het veroordeelt "eenzijdige sancties" die niet door de Veiligheidsraad zijn goedgekeurd'],
   "2023-02-24", "2023-02-24", ["CHN"], "criticism of western sanctions (target not named as a country)")
ev(a, R, "condemnation", "occurred",
   ['NAVO-chef Jens Stoltenberg zei gisteren dat China "niet veel geloofwaardigheid" heeft'],
   "2023-02-24", "2023-02-24", ["NATO", "CHN"])
ev(a, R, "condemnation", "occurred",
   ["Europese Commissievoorzitter Ursula von der Leyen noemde het geen vredesplan maar een reeks principes"],
   ["2023-02-24", "2023-02-25"], "2023-02-24", ["EU", "CHN"], "undated reaction: event to publication")
ev(a, R, "condemnation", "occurred",
   ["De Amerikaanse president Joe Biden was het kortst van stof"],
   ["2023-02-24", "2023-02-25"], "2023-02-24", ["USA", "CHN"], "undated reaction")
ev(a, O, "proposal", "occurred",
   ["Het Kremlin liet weten de Chinese ideeën met grote belangstelling te bestuderen"],
   ["2023-02-24", "2023-02-25"], "2023-02-24", ["RUS", "CHN"], "welcome, optional")
ev(a, R, "proposal", "occurred",
   ["President Volodymyr Zelensky zei dat hij sommige punten kan waarderen en dat hij Xi Jinping graag wil ontmoeten"],
   ["2023-02-24", "2023-02-25"], "2023-02-24", ["UKR", "CHN"], "stated wish to meet Xi")
ev(a, N, "delivery", "negated",
   ["Zolang China geen wapens aan Rusland levert"],
   None, None, ["CHN", "RUS"], "conditional, no delivery")
ev(a, R, "condemnation", "occurred",
   ["Vorige week zondag zei de Amerikaanse minister van Buitenlandse Zaken Antony Blinken dat China overweegt Rusland dodelijke wapens te leveren"],
   "2023-02-19", "2023-02-19", ["USA", "CHN"], "accusation; 'vorige week zondag' from a Saturday")
ev(a, R, "warning", "occurred",
   ['gewaarschuwd dat zulke steun "ernstige gevolgen" zou hebben'],
   "2023-02-18", "2023-02-18", ["USA", "CHN"], "'een dag eerder'")
ev(a, R, "talks", "occurred",
   ["Hij had zijn Chinese collega Wang Yi een dag eerder, aan de rand van de veiligheidsconferentie in München"],
   "2023-02-18", "2023-02-18", ["USA", "CHN"], "the Blinken-Wang meeting, same sentence as the warning")
ev(a, R, "condemnation", "occurred",
   ["beschuldigt Washington op zijn beurt ervan olie op het vuur te gooien"],
   None, None, ["CHN", "USA"], "present tense, no date")
ev(a, R, "talks", "occurred",
   ["Wang reisde na München door naar Moskou, waar Poetin hem woensdag ontving"],
   "2023-02-22", "2023-02-22", ["CHN", "RUS"])
ev(a, R, ["summit", "talks"], "planned",
   ["Poetin zei daar dat hij een bezoek van Xi aan Rusland verwacht",
    "Volgens diplomaten in Peking zou die reis dit voorjaar kunnen plaatsvinden"],
   ["2023-03-01", "2023-05-31"], "2023-03-20", ["CHN", "RUS"], "'dit voorjaar'")
ev(a, R, ["demand", "agreement"], "occurred",
   ["Daar nam een ruime meerderheid van 141 landen een resolutie aan die Rusland oproept zijn troepen onmiddellijk uit Oekraïne terug te trekken"],
   "2023-02-23", "2023-02-23", ["UN", "RUS"], "UNGA resolution, 'donderdag'")
ev(a, N, "talks", "negated",
   ["al heeft Xi sinds het begin van de oorlog nog niet één keer met Zelensky gebeld",
    "Als dat gesprek er komt, weten we meer"],
   None, None, ["CHN", "UKR"], "no call yet; conditional")
# ---------------------------------------------------------------- 04 Regional paper: Rutte takes over NATO, 2024-10-02 (Wed)
a = "d17_04_regionaal_rutte_navo"
ev(a, O, ["talks", "agreement"], "occurred",
   ["Rutte neemt NAVO over",
    "droeg de Noor Jens Stoltenberg het voorzitterschap van het bondgenootschap na tien jaar aan hem over"],
   "2024-10-01", "2024-10-01", ["NATO"], "the hand-over ceremony itself: no clear type, optional")
ev(a, R, "talks", "occurred",
   ["daarna volgde een korte bijeenkomst met de ambassadeurs van de 32 lidstaten"],
   "2024-10-01", "2024-10-01", ["NATO"], "North Atlantic Council meeting, 'gisteren' carried")
ev(a, O, "proposal", "occurred",
   ["noemde Rutte de steun aan Oekraïne zijn eerste prioriteit"],
   "2024-10-01", "2024-10-01", ["NATO", "UKR"], "support")
ev(a, R, "demand", "occurred",
   ["Ook riep hij de lidstaten op meer uit te geven aan defensie dan de afgesproken twee procent"],
   "2024-10-01", "2024-10-01", ["NATO"])
ev(a, O, "proposal", "occurred",
   ["Al in oktober vorig jaar liet hij weten dat hij de functie ambieerde"],
   ["2023-10-01", "2023-10-31"], None, ["NLD", "NATO"], "candidacy")
ev(a, O, "proposal", "occurred",
   ["De Verenigde Staten, Duitsland, Frankrijk en het Verenigd Koninkrijk schaarden zich in februari achter hem"],
   ["2024-02-01", "2024-02-29"], "2024-02-22", ["USA", "DEU", "FRA", "GBR", "NLD"], "support, optional")
ev(a, O, "proposal", "occurred",
   ["Turkije gaf in april zijn verzet op"],
   ["2024-04-01", "2024-04-30"], None, ["TUR", "NLD"], "support, optional")
ev(a, R, "talks", "occurred",
   ["nadat Rutte president Recep Tayyip Erdogan in Istanbul had bezocht"],
   ["2024-04-01", "2024-04-30"], None, ["NLD", "TUR"], "visit before Turkey's April decision")
ev(a, R, "demand", "occurred",
   ["Premier Viktor Orbán eiste de garantie dat zijn land niet hoeft mee te doen aan NAVO-steun voor Oekraïne"],
   None, None, ["HUN", "NATO"], "no date given")
ev(a, R, "proposal", "occurred",
   ["Die zegde Rutte in een brief toe"],
   None, None, ["NLD", "HUN"], "the letter with the guarantee (a letter is a proposal)")
ev(a, O, "proposal", "occurred",
   ["waarna Orbán half juni zijn steun uitsprak", "Kort daarna volgde Slowakije"],
   ["2024-06-11", "2024-06-20"], "2024-06-18", ["HUN", "SVK", "NLD"], "support, optional")
ev(a, R, "agreement", "occurred",
   ["Op 26 juni besloten de 32 bondgenoten in Brussel formeel dat Rutte Stoltenberg per 1 oktober zou opvolgen"],
   "2024-06-26", "2024-06-26", ["NATO"])
ev(a, R, "summit", "planned",
   ["de NAVO-top van volgend jaar vindt in de stad plaats",
    "Rutte zit die bijeenkomst van regeringsleiders dan voor als gastheer in zijn eigen woonplaats"],
   ["2025-01-01", "2025-12-31"], "2025-06-24", ["NATO", "NLD"], "The Hague summit, 'volgend jaar'")
# ---------------------------------------------------------------- 05 Short news item: Astana talks on Syria, 2017-01-24 (Tue)
a = "d17_05_kort_astana_syrie"
RTI = ["RUS", "TUR", "IRN"]
ev(a, R, "agreement", "occurred",
   ["Rusland, Turkije en Iran gaan samen toezien op bestand in Syrië",
    "Rusland, Turkije en Iran gaan gezamenlijk toezien op de naleving van het wapenbestand in Syrië",
    "Dat staat in een verklaring die de drie landen vandaag hebben uitgegeven",
    "De drie landen richten een gezamenlijk mechanisme op"],
   "2017-01-24", "2017-01-24", RTI, "the trilateral statement and monitoring mechanism")
ev(a, R, "talks", "occurred",
   ["na twee dagen overleg in Astana",
    "Aan de besprekingen, die gisteren begonnen, namen ook een delegatie van de Syrische regering en een delegatie van gewapende rebellengroepen deel"],
   ["2017-01-23", "2017-01-24"], "2017-01-23", RTI + ["SYR"], "the Astana talks, yesterday and today")
ev(a, R, "agreement", "occurred",
   ["Het bestand geldt sinds 30 december en kwam tot stand op initiatief van Moskou en Ankara"],
   ["2016-12-29", "2016-12-30"], "2016-12-29", ["RUS", "TUR"], "the ceasefire in force since 30 Dec")
ev(a, N, "talks", "negated",
   ["Van rechtstreekse gesprekken kwam het niet",
    "de rebellen weigerden met de regeringsdelegatie aan één tafel te zitten"],
   None, None, ["SYR_REBELS", "SYR"], "no direct talks")
ev(a, N, "agreement", "negated",
   ["De rebellen ondertekenden de slotverklaring niet"],
   None, None, ["SYR_REBELS"], "rebels did not sign")
ev(a, R, "condemnation", "occurred",
   ["Hun woordvoerder beschuldigde Iran ervan het bestand te ondermijnen"],
   ["2017-01-23", "2017-01-24"], None, ["SYR_REBELS", "IRN"], "during the talks")
ev(a, R, "demand", "occurred",
   ["eiste dat die het land verlaten"],
   ["2017-01-23", "2017-01-24"], None, ["SYR_REBELS", "IRN"], "second event in the same sentence")
ev(a, R, "condemnation", "occurred",
   ["noemde de rebellen op zijn beurt terroristen"],
   ["2017-01-23", "2017-01-24"], None, ["SYR", "SYR_REBELS"])
ev(a, O, "talks", "occurred",
   ["Staffan de Mistura, was in Astana aanwezig, net als de Amerikaanse ambassadeur in Kazachstan als waarnemer"],
   ["2017-01-23", "2017-01-24"], None, ["UN", "USA"], "presence of observers")
ev(a, N, "talks", "negated",
   ["De nieuwe regering van president Trump stuurde geen delegatie uit Washington"],
   None, None, ["USA"], "no US delegation")
ev(a, R, "talks", "planned",
   ["De drie landen steunen in hun verklaring nieuwe vredesbesprekingen onder leiding van de VN in Genève",
    "Die staan gepland voor 8 februari"],
   "2017-02-08", "2017-02-08", ["UN", "SYR"], "Geneva talks planned (later postponed: no true_date)")
# ---------------------------------------------------------------- 06 Flemish news site: Xi's state visit to France, 2024-05-07 (Tue)
a = "d17_06_vlaams_xi_frankrijk"
FC = ["FRA", "CHN"]
ev(a, R, ["talks", "summit"], "planned",
   ["Macron neemt Xi mee naar de Pyreneeën",
    "President Emmanuel Macron trekt met zijn gast naar de Col du Tourmalet"],
   "2024-05-07", "2024-05-07", FC, "today, present tense in a morning text")
ev(a, R, ["talks", "summit"], "occurred",
   ["Xi kwam zondag aan in Parijs, waar premier Gabriel Attal hem op de luchthaven begroette"],
   "2024-05-05", "2024-05-05", FC, "start of the state visit")
ev(a, O, "proposal", "occurred",
   ["Voor zijn aankomst schreef hij in de krant Le Figaro"],
   ["2024-05-01", "2024-05-05"], "2024-05-05", FC, "op-ed")
ev(a, R, ["summit", "talks"], "occurred",
   ["Gisteren schoof ook Ursula von der Leyen, de voorzitter van de Europese Commissie, aan voor een gesprek met Macron en Xi in het Élysée",
    "Ook over de oorlog in Oekraïne werd gesproken"],
   "2024-05-06", "2024-05-06", ["FRA", "CHN", "EU"], "the trilateral meeting")
ev(a, R, "talks", "occurred",
   ["Dezelfde opzet koos hij vorig jaar in april, toen hij samen met von der Leyen naar Peking trok"],
   ["2023-04-01", "2023-04-30"], "2023-04-06", ["FRA", "EU", "CHN"])
ev(a, R, "demand", "occurred",
   ["Ze eiste eerlijke concurrentie"],
   "2024-05-06", "2024-05-06", ["EU", "CHN"])
ev(a, R, "condemnation", "occurred",
   ["klaagde de Chinese staatssteun aan"],
   "2024-05-06", "2024-05-06", ["EU", "CHN"], "second event in the same sentence")
ev(a, R, "warning", "occurred",
   ['"Europa zal niet aarzelen om harde beslissingen te nemen om zijn economie te beschermen", waarschuwde ze'],
   "2024-05-06", "2024-05-06", ["EU", "CHN"])
ev(a, O, "sanction", "occurred",
   ["Brussel onderzoekt al sinds vorig jaar of Chinese elektrische auto's met oneerlijke subsidies op de markt komen"],
   ["2023-01-01", "2023-12-31"], "2023-10-04", ["EU", "CHN"], "anti-subsidy probe, optional")
ev(a, O, "condemnation", "occurred",
   ["Xi wuifde de kritiek weg"],
   "2024-05-06", "2024-05-06", ["CHN", "EU"], "rejection")
ev(a, O, "sanction", "occurred",
   ["China opende in januari een antidumpingonderzoek naar Europese brandy"],
   ["2024-01-01", "2024-01-31"], "2024-01-05", ["CHN", "EU", "FRA"], "trade probe, optional")
ev(a, R, "demand", "occurred",
   ["Macron en von der Leyen vroegen Xi zijn invloed op Moskou te gebruiken om een einde te maken aan de oorlog"],
   "2024-05-06", "2024-05-06", ["FRA", "EU", "CHN"])
ev(a, O, "condemnation", "occurred",
   ["Hij verzette zich ertegen dat de crisis wordt gebruikt om China zwart te maken"],
   "2024-05-06", "2024-05-06", ["CHN"], "optional")
ev(a, R, ["proposal", "agreement"], "occurred",
   ["Macron zei achteraf dat hij blij was met de belofte van Xi"],
   "2024-05-06", "2024-05-06", FC, "Xi's pledge on arms and dual-use exports")
ev(a, N, "delivery", "negated",
   ["geen wapens aan Rusland te verkopen"],
   None, None, ["CHN", "RUS"], "pledged non-delivery")
ev(a, R, "demand", "occurred",
   ["Macron riep op tot een olympisch bestand in alle conflicten in de wereld"],
   "2024-05-06", "2024-05-06", ["FRA"], "Olympic truce call")
ev(a, O, "proposal", "occurred",
   ["Xi liet weten dat voorstel te steunen"],
   "2024-05-06", "2024-05-06", FC, "support")
ev(a, O, "talks", "occurred",
   ["Xi werd gisteren ook met militair ceremonieel ontvangen bij de Invalides"],
   "2024-05-06", "2024-05-06", FC, "ceremony, part of the visit")
ev(a, R, "agreement", "occurred",
   ["De twee landen tekenden een reeks samenwerkingsakkoorden"],
   "2024-05-06", "2024-05-06", FC)
ev(a, R, "agreement", "occurred",
   ["gaven een gezamenlijke verklaring uit over de toestand in het Midden-Oosten"],
   "2024-05-06", "2024-05-06", FC, "second event in the same sentence")
ev(a, O, "talks", "occurred",
   ["'s Avonds bood Macron zijn gast een staatsbanket aan in het Élysée"],
   "2024-05-06", "2024-05-06", FC, "banquet")
ev(a, R, "talks", "planned",
   ["Na Frankrijk reist Xi vanavond door naar Servië, waar hij president Aleksandar Vucic ontmoet"],
   ["2024-05-07", "2024-05-08"], "2024-05-08", ["CHN", "SRB"], "leaves tonight, meeting day not given")
ev(a, R, "talks", "planned",
   ["Daarna staat Hongarije op het programma, waar premier Viktor Orbán hem ontvangt"],
   None, None, ["CHN", "HUN"], "'daarna', no date")
ev(a, R, ["talks", "summit"], "occurred",
   ["Xi was voor het laatst in Frankrijk in maart 2019"],
   ["2019-03-01", "2019-03-31"], "2019-03-24", FC)
ev(a, R, "talks", "occurred",
   ["Toen nodigde Macron ook al toenmalig bondskanselier Angela Merkel en de toenmalige Commissievoorzitter Jean-Claude Juncker uit"],
   ["2019-03-01", "2019-03-31"], "2019-03-26", ["FRA", "CHN", "DEU", "EU"], "'toen' = March 2019")
# ---------------------------------------------------------------- 07 Interview (month-only header): South Africa v Israel at the ICJ, 2024-01
a = "d17_07_interview_zuidafrika_icj"
ev(a, R, ["condemnation", "demand"], "occurred",
   ["Zuid-Afrika diende op 29 december een verzoekschrift in bij het Hof",
    "Daarin beschuldigt het Israël ervan het Genocideverdrag te schenden",
    "Zuid-Afrika vroeg het Hof tegelijk om voorlopige maatregelen"],
   "2023-12-29", "2023-12-29", ["ZAF", "ISR", "ICJ"], "filing = accusation + request; bare 'op 29 december' in a January text = previous year")
ev(a, O, "condemnation", "occurred",
   ["Gambia deed hetzelfde met Myanmar"],
   None, None, ["GMB", "MMR"], "earlier case, no date here")
ev(a, O, "talks", "occurred",
   ["Op 11 januari bracht Zuid-Afrika zijn argumenten naar voren, een dag later was Israël aan de beurt"],
   ["2024-01-11", "2024-01-12"], "2024-01-11", ["ZAF", "ISR", "ICJ"], "hearings, optional")
ev(a, R, "condemnation", "occurred",
   ["De Israëlische advocaten noemden de aanklacht een verdraaiing van de werkelijkheid"],
   "2024-01-12", "2024-01-12", ["ISR", "ZAF"], "Israel's hearing day")
ev(a, O, "proposal", "occurred",
   ["Turkije, Maleisië en de Organisatie voor Islamitische Samenwerking steunden Zuid-Afrika openlijk"],
   ["2023-12-29", "2024-01-31"], None, ["TUR", "MYS", "OIC", "ZAF"], "support, optional")
ev(a, R, "condemnation", "occurred",
   ["De Verenigde Staten noemden de zaak begin januari ongegrond"],
   ["2024-01-01", "2024-01-10"], "2024-01-03", ["USA", "ZAF"])
ev(a, O, "proposal", "planned",
   ["Duitsland kondigde tijdens de zittingen aan dat het zich in de hoofdzaak aan de kant van Israël zal voegen"],
   ["2024-01-11", "2024-01-12"], "2024-01-12", ["DEU", "ISR", "ICJ"], "announced intervention, optional")
ev(a, R, "condemnation", "occurred",
   ["Namibië, ooit een Duitse kolonie, veroordeelde dat besluit een dag later scherp"],
   ["2024-01-12", "2024-01-13"], "2024-01-13", ["NAM", "DEU"], "'een dag later' than the announcement during the hearings")
ev(a, R, ["demand", "sanction"], "occurred",
   ["Het Internationaal Gerechtshof in Den Haag heeft Israël opgedragen alles te doen wat in zijn macht ligt om genocide in Gaza te voorkomen",
    "Op vrijdag 26 januari droeg het Hof Israël op om alle maatregelen te nemen",
    "Israël moet ook aanzetten tot genocide bestraffen, humanitaire hulp doorlaten en binnen een maand rapporteren",
    "Die maatregelen werden met grote meerderheid aangenomen"],
   "2024-01-26", "2024-01-26", ["ICJ", "ISR"], "provisional measures order")
ev(a, N, ["demand", "sanction"], "negated",
   ["Een bevel om de oorlog te stoppen kwam er niet",
    "Maar een staakt-het-vuren bevolen de rechters niet",
    "Dat was de belangrijkste eis van Zuid-Afrika, en die hebben ze niet overgenomen"],
   None, None, ["ICJ", "ISR"], "no ceasefire order")
ev(a, O, "proposal", "occurred",
   ["Naledi Pandor verwelkomde de uitspraak"],
   ["2024-01-26", "2024-01-31"], "2024-01-26", ["ZAF", "ICJ"], "welcome, optional")
ev(a, R, "condemnation", "occurred",
   ["Premier Benjamin Netanyahu noemde de beschuldiging van genocide schandalig"],
   ["2024-01-26", "2024-01-31"], "2024-01-26", ["ISR", "ZAF"], "reaction after the order, up to the end of the header month")
ev(a, N, ["talks", "sanction", "demand"], "negated",
   ["Als een staat zich er niet aan houdt, kan de zaak naar de Veiligheidsraad gaan"],
   None, None, ["UN"], "hypothetical")
ev(a, N, ["demand", "sanction"], "negated",
   ["Ik verwacht die niet voor volgend jaar"],
   None, None, ["ICJ", "ISR"], "expert's prediction: no final judgment soon")
# ---------------------------------------------------------------- 08 Day's roundup: Colombia and Venezuela reopen the border, 2022-09-26 (Mon)
a = "d17_08_overzicht_colombia_venezuela"
CV = ["COL", "VEN"]
ev(a, R, ["agreement", "talks"], "occurred",
   ["Grens tussen Colombia en Venezuela weer open voor vrachtverkeer",
    "Voor het eerst in jaren rijden er weer vrachtwagens over de grens tussen Colombia en Venezuela",
    "De Colombiaanse president Gustavo Petro was vandaag aanwezig bij een plechtigheid op de Simón Bolívar-brug",
    "De heropening is de belangrijkste stap tot nu toe in de verzoening tussen de buurlanden"],
   "2022-09-26", "2022-09-26", CV, "border reopened today")
ev(a, N, ["talks", "summit"], "negated",
   ["De Venezolaanse president Nicolás Maduro was er zelf niet bij"],
   None, None, CV, "Maduro stayed away")
ev(a, R, "sanction", "occurred",
   ["Maduro verbrak de diplomatieke betrekkingen met Colombia in februari 2019"],
   ["2019-02-01", "2019-02-28"], "2019-02-23", ["VEN", "COL"])
ev(a, O, ["proposal", "agreement"], "occurred",
   ["Bogota erkende destijds oppositieleider Juan Guaidó als president"],
   ["2019-01-01", "2019-02-28"], "2019-01-23", ["COL", "VEN"], "recognition of Guaido, 'destijds'")
ev(a, R, "talks", "occurred",
   ["kwamen de ministers van Buitenlandse Zaken van beide landen, Álvaro Leyva en Carlos Faría, bijeen in het Venezolaanse grensstadje San Cristóbal"],
   ["2022-08-01", "2022-08-20"], "2022-08-11", CV, "'een paar dagen na zijn inauguratie' (inauguration 'begin augustus')")
ev(a, R, "agreement", "occurred",
   ["Daar spraken ze af de betrekkingen stap voor stap te herstellen"],
   ["2022-08-01", "2022-08-20"], "2022-08-11", CV, "'daar' carries the meeting's date")
ev(a, R, ["talks", "agreement"], "occurred",
   ["Eind augustus arriveerde de nieuwe Colombiaanse ambassadeur, Armando Benedetti, in Caracas"],
   ["2022-08-21", "2022-08-31"], "2022-08-28", CV, "ambassador: ties restored")
ev(a, R, ["talks", "agreement"], "occurred",
   ["Venezuela stuurde oud-minister Félix Plasencia als ambassadeur naar Bogota"],
   None, None, ["VEN", "COL"], "no date given")
ev(a, R, ["summit", "talks"], "planned",
   ["Een ontmoeting tussen Petro en Maduro is in de maak, maar een datum is nog niet bekend"],
   None, None, CV, "planned, no date")
# ---------------------------------------------------------------- 09 Week-ahead agenda: BRICS in Kazan and more, 2024-10-20 (Sun)
a = "d17_09_weekagenda_brics_kazan"
ev(a, R, "talks", "planned",
   ["Antony Blinken reist komende week opnieuw naar het Midden-Oosten, met Israël als eerste bestemming"],
   ["2024-10-21", "2024-10-27"], "2024-10-22", ["USA", "ISR"], "'komende week' = ISO week after the Sunday publication")
ev(a, O, "talks", "planned",
   ["Blinken praat ook met Arabische landen over wat er na de oorlog met de Gazastrook moet gebeuren"],
   ["2024-10-21", "2024-10-27"], None, ["USA"], "unnamed Arab countries")
ev(a, R, "summit", "planned",
   ["Poetin als gastheer",
    "Van dinsdag tot en met donderdag is de Russische stad Kazan het toneel van de jaarlijkse top van de BRICS-landen",
    "Het is de eerste top sinds de uitbreiding van de groep",
    "De Chinese president Xi Jinping en de Indiase premier Narendra Modi worden in Kazan verwacht"],
   ["2024-10-22", "2024-10-24"], "2024-10-22", ["BRICS", "RUS"], "the Kazan summit")
ev(a, O, ["sanction", "condemnation"], "occurred",
   ["het arrestatiebevel dat het Internationaal Strafhof vorig jaar tegen hem uitvaardigde"],
   ["2023-01-01", "2023-12-31"], "2023-03-17", ["ICC", "RUS"], "ICC warrant, in passing")
ev(a, R, "talks", "planned",
   ["Poetin zal met beiden apart overleggen"],
   ["2024-10-22", "2024-10-24"], "2024-10-22", ["RUS", "CHN"], "Putin-Xi")
ev(a, R, "talks", "planned",
   ["Poetin zal met beiden apart overleggen"],
   ["2024-10-22", "2024-10-24"], "2024-10-22", ["RUS", "IND"], "Putin-Modi: second event in the same sentence")
ev(a, O, ["talks", "summit"], "planned",
   ["Of Xi en Modi elkaar ook onder vier ogen spreken, is onzeker"],
   ["2024-10-22", "2024-10-24"], "2024-10-23", ["CHN", "IND"], "uncertain: defensible either way")
ev(a, O, ["talks", "summit"], "planned",
   ["Ook de Turkse president Recep Tayyip Erdogan komt naar Kazan"],
   ["2024-10-22", "2024-10-24"], None, ["TUR", "RUS"], "attendance")
ev(a, N, ["summit", "talks"], "negated",
   ["De Braziliaanse president Luiz Inácio Lula da Silva heeft zijn reis naar Rusland afgezegd"],
   None, None, ["BRA", "RUS"], "cancelled trip")
ev(a, O, "summit", "planned",
   ["Hij doet via een videoverbinding mee"],
   ["2024-10-22", "2024-10-24"], None, ["BRA", "BRICS"], "video participation")
ev(a, O, "proposal", "planned",
   ["Op tafel ligt onder meer een nieuwe categorie van partnerlanden"],
   ["2024-10-22", "2024-10-24"], None, ["BRICS"], "on the table")
ev(a, R, "agreement", "planned",
   ["Verwacht wordt dat ze een slotverklaring aannemen"],
   ["2024-10-22", "2024-10-24"], "2024-10-23", ["BRICS"], "expected declaration")
ev(a, O, ["summit", "talks"], "planned",
   ["schuift VN-secretaris-generaal António Guterres aan in Kazan"],
   "2024-10-24", "2024-10-24", ["UN", "BRICS"], "attendance")
ev(a, R, "talks", "planned",
   ["Hij zal daar ook met Poetin spreken"],
   "2024-10-24", "2024-10-24", ["UN", "RUS"], "'Hij' = Guterres; 'daar' carries Thursday")
ev(a, N, "condemnation", "negated",
   ["Kiev zal daar weinig blij mee zijn"],
   None, None, ["UKR", "UN"], "predicted reaction, not an event")
ev(a, R, ["summit", "talks"], "planned",
   ["Libanon-conferentie in Parijs",
    "Dezelfde dag is de Franse president Emmanuel Macron gastheer van een internationale conferentie over Libanon",
    "Tientallen landen en organisaties praten in Parijs over humanitaire hulp voor het land"],
   "2024-10-24", "2024-10-24", ["FRA", "LBN"], "'dezelfde dag' = Thursday")
ev(a, R, "talks", "planned",
   ["De Duitse bondskanselier Olaf Scholz vertrekt donderdag naar New Delhi",
    "Vrijdag houden de Duitse en de Indiase regering daar hun periodieke regeringsoverleg"],
   ["2024-10-24", "2024-10-25"], "2024-10-25", ["DEU", "IND"], "trip and consultations")
ev(a, R, "summit", "planned",
   ["een Gemenebest-top in de Stille Oceaan",
    "In Apia, de hoofdstad van Samoa, komen de regeringsleiders van de 56 landen van het Gemenebest bijeen"],
   ["2024-10-25", "2024-10-26"], "2024-10-25", ["COMMONWEALTH"], "dated by the heading 'Vrijdag en zaterdag'")
ev(a, R, "demand", "occurred",
   ["Veel Caraïbische en Afrikaanse landen eisen dat het Verenigd Koninkrijk het gesprek aangaat over herstelbetalingen voor de slavernij"],
   None, None, ["GBR"], "present tense, no date; demanding countries not named")
ev(a, N, ["delivery", "talks"], "negated",
   ["Londen wil daar niets van weten"],
   None, None, ["GBR"], "refusal of reparations talks")
ev(a, R, "summit", "planned",
   ["De volgende BRICS-top vindt volgend jaar in Brazilië plaats"],
   ["2025-01-01", "2025-12-31"], "2025-07-06", ["BRICS", "BRA"])
# ---------------------------------------------------------------- 10 Children's news explainer: Kenya-led mission to Haiti, 2023-10-03 (Tue)
a = "d17_10_kinderen_haiti_missie"
ev(a, R, "agreement", "occurred",
   ["Gisteren hebben de Verenigde Naties besloten dat er een groep buitenlandse agenten naar Haïti mag",
    "Die raad stemde gisteren over het plan",
    "Daardoor is het plan aangenomen"],
   "2023-10-02", "2023-10-02", ["UN", "KEN", "HTI"], "Security Council resolution")
ev(a, R, "demand", "occurred",
   ["De premier van Haïti, Ariel Henry, vroeg vorig jaar in oktober aan andere landen om soldaten of agenten te sturen"],
   ["2022-10-01", "2022-10-31"], "2022-10-07", ["HTI"])
ev(a, R, "demand", "occurred",
   ["Ook de baas van de Verenigde Naties, António Guterres, riep landen op om Haïti te helpen"],
   None, None, ["UN", "HTI"], "no date of its own")
ev(a, N, "proposal", "negated",
   ["Maar lange tijd wilde geen enkel land de leiding nemen"],
   None, None, ["HTI"], "no offer for a long time")
ev(a, R, "proposal", "occurred",
   ["In juli zei Kenia, een land in Oost-Afrika, dat het wel de leiding wil nemen",
    "Kenia bood aan om duizend agenten te sturen"],
   ["2023-07-01", "2023-07-31"], "2023-07-29", ["KEN", "HTI"])
ev(a, R, "proposal", "occurred",
   ["Ook een paar landen uit de Caraïben, zoals Jamaica en de Bahama's, hebben aangeboden om mensen te sturen"],
   None, None, ["JAM", "BHS", "HTI"], "offers, no date")
ev(a, R, "delivery", "planned",
   ["De Verenigde Staten hebben beloofd veel geld bij te dragen"],
   None, None, ["USA", "HTI"], "pledge, no date")
# ---------------------------------------------------------------- 11 Editorial: Scholz in Beijing, 2022-11-05 (Sat)
a = "d17_11_commentaar_scholz_peking"
DC = ["DEU", "CHN"]
ev(a, R, ["summit", "talks"], "occurred",
   ["Scholz reisde naar Peking",
    "Elf uur duurde het bezoek van Olaf Scholz aan Peking gisteren",
    "Scholz sprak eerst met Xi in de Grote Hal van het Volk, daarna met de vertrekkende premier Li Keqiang"],
   "2022-11-04", "2022-11-04", DC, "one visit, two meetings in one clause")
ev(a, R, ["agreement", "warning", "condemnation"], "occurred",
   ["Xi en Scholz verklaarden samen dat de dreiging met of de inzet van kernwapens in de oorlog in Oekraïne onaanvaardbaar is"],
   "2022-11-04", "2022-11-04", DC, "joint stance on nuclear threats")
ev(a, R, "demand", "occurred",
   ["Scholz riep Xi bovendien op zijn invloed op Rusland aan te wenden"],
   "2022-11-04", "2022-11-04", DC)
ev(a, R, ["agreement", "proposal"], "occurred",
   ["China zegde verder toe dat buitenlanders in het land het Duitse BioNTech-vaccin mogen krijgen"],
   "2022-11-04", "2022-11-04", DC)
ev(a, R, ["demand", "warning"], "occurred",
   ["Over Taiwan zei Scholz dat elke verandering van de status quo vreedzaam en met wederzijdse instemming moet gebeuren"],
   "2022-11-04", "2022-11-04", DC)
ev(a, O, ["condemnation", "talks"], "occurred",
   ["hij bracht de behandeling van de Oeigoeren in Xinjiang ter sprake"],
   "2022-11-04", "2022-11-04", DC, "raised human rights")
ev(a, O, "agreement", "occurred",
   ["Vorige week woensdag stemde het Duitse kabinet ermee in dat de Chinese staatsrederij Cosco een belang van 24,9 procent neemt"],
   "2022-10-26", "2022-10-26", DC, "cabinet approval of the Cosco stake, optional")
ev(a, O, "condemnation", "occurred",
   ["In Parijs en Washington werd de reis met argwaan gevolgd"],
   None, None, ["FRA", "USA", "DEU"], "unease, optional")
ev(a, N, "talks", "negated",
   ["Een gezamenlijk bezoek van Scholz en de Franse president Emmanuel Macron zou een veel sterker signaal zijn geweest",
    "Het is er niet van gekomen"],
   None, None, ["DEU", "FRA", "CHN"], "no joint visit")
ev(a, R, "summit", "planned",
   ["Over tien dagen zien Scholz en Xi elkaar terug op de G20-top op Bali",
    "Daar zal ook de Amerikaanse president Joe Biden zijn"],
   ["2022-11-15", "2022-11-16"], "2022-11-15", ["G20", "DEU", "CHN"], "'over tien dagen' = 15 Nov")
# ---------------------------------------------------------------- 12 Photo captions: Modi in Kyiv, 2024-08-24 (Sat)
a = "d17_12_fotos_modi_kyiv"
IU = ["IND", "UKR"]
ev(a, R, ["summit", "talks"], "occurred",
   ["Modi als eerste Indiase premier in Kyiv",
    "De Indiase premier Narendra Modi bracht gisteren een bezoek van een dag aan Oekraïne",
    "Modi stapt gisterochtend in Kyiv uit de trein",
    "President Volodymyr Zelensky omarmt zijn gast bij aankomst in het centrum van Kyiv",
    "Modi en Zelensky in gesprek in het Mariinskipaleis, met hun delegaties"],
   "2024-08-23", "2024-08-23", IU, "the visit and talks")
ev(a, R, ["summit", "talks"], "occurred",
   ["Zes weken eerder omhelsde hij in Moskou nog Vladimir Poetin",
    "Archiefbeeld, 8 juli: Modi en Poetin omhelzen elkaar in de residentie van de Russische president bij Moskou"],
   "2024-07-08", "2024-07-08", ["IND", "RUS"], "Modi's Moscow visit")
ev(a, R, ["talks", "summit"], "occurred",
   ["Een dag eerder, donderdag in Warschau: Modi en de Poolse premier Donald Tusk schudden elkaar de hand",
    "Het was het eerste bezoek van een Indiase premier aan Polen in 45 jaar"],
   "2024-08-22", "2024-08-22", ["IND", "POL"])
ev(a, R, "agreement", "occurred",
   ["India en Polen spraken af hun betrekkingen op te waarderen tot een strategisch partnerschap"],
   "2024-08-22", "2024-08-22", ["IND", "POL"])
ev(a, O, "proposal", "occurred",
   ["Hij zei later dat het pad van vrede altijd via dialoog en diplomatie loopt"],
   "2024-08-23", "2024-08-23", IU, "general statement")
ev(a, R, "proposal", "occurred",
   ['Modi zei daar dat India niet neutraal is, maar "aan de kant van de vrede" staat, en dat zijn land wil bijdragen aan een einde van de oorlog'],
   "2024-08-23", "2024-08-23", IU, "stated willingness to help")
ev(a, R, "agreement", "occurred",
   ["tekenden ministers van beide landen in het bijzijn van de twee leiders vier overeenkomsten"],
   "2024-08-23", "2024-08-23", IU)
ev(a, R, "delivery", "occurred",
   ["India overhandigde Oekraïne vier mobiele ziekenhuisunits, zogeheten BHISHM-kubussen"],
   "2024-08-23", "2024-08-23", IU, "handed over: occurred")
ev(a, O, "demand", "occurred",
   ["Hij wil dat India, dat sinds 2022 veel goedkope Russische olie koopt, meer afstand neemt van Moskou"],
   None, None, ["UKR", "IND"], "general wish, present tense")
ev(a, R, "proposal", "occurred",
   ["Modi nodigde Zelensky uit voor een bezoek aan India"],
   "2024-08-23", "2024-08-23", IU, "invitation")
ev(a, R, "talks", "planned",
   ["de Oekraïner zei de uitnodiging aan te nemen, al is er nog geen datum"],
   None, None, ["UKR", "IND"], "planned visit to India, no date")
ev(a, R, "condemnation", "occurred",
   ['Zelensky noemde het toen "een grote teleurstelling"'],
   "2024-07-08", "2024-07-08", ["UKR", "IND"], "'toen' = 'diezelfde dag' = 8 July")
ev(a, R, "summit", "occurred",
   ["India was in juni wel aanwezig op de vredestop in het Zwitserse Bürgenstock"],
   ["2024-06-01", "2024-06-30"], "2024-06-15", ["CHE", "UKR", "IND"])
ev(a, N, "agreement", "negated",
   ["maar ondertekende de slotverklaring niet"],
   None, None, ["IND"], "India did not sign")
ev(a, N, "condemnation", "negated",
   ["Ook gisteren sloot Modi zich niet aan bij de westerse veroordeling van de Russische inval"],
   None, None, ["IND", "RUS"], "no condemnation")
# ---------------------------------------------------------------- 13 TV bulletin transcript: Zelensky at the Arab League summit in Jeddah, 2023-05-19 (Fri)
a = "d17_13_journaal_zelensky_jeddah"
ev(a, R, ["summit", "talks"], "occurred",
   ["Zelensky verrast Arabische top in Jeddah",
    "Vandaag stond de Oekraïense president Zelensky onverwacht in Saoedi-Arabië, op de top van de Arabische Liga in Jeddah",
    "In dezelfde zaal zat de Syrische president Assad",
    "Het is voor het eerst sinds 2010 dat Syrië op zo'n top aanwezig is"],
   "2023-05-19", "2023-05-19", ["LAS", "UKR", "SYR", "SAU"], "the Jeddah summit with Zelensky and Assad")
ev(a, O, "proposal", "occurred",
   ["De Saoedische kroonprins Mohammed bin Salman had hem uitgenodigd"],
   None, None, ["SAU", "UKR"], "invitation")
ev(a, R, "demand", "occurred",
   ["In zijn toespraak deed Zelensky een beroep op de Arabische leiders om zijn vredesplan te steunen"],
   "2023-05-19", "2023-05-19", ["UKR", "LAS"])
ev(a, R, "condemnation", "occurred",
   ["Hij zei ook dat sommigen hier de andere kant op kijken als het gaat om de Russische annexaties"],
   "2023-05-19", "2023-05-19", ["UKR", "LAS"], "reproach to some in the room")
ev(a, O, ["demand", "condemnation"], "occurred",
   ["En hij vroeg aandacht voor de Krim-Tataren"],
   "2023-05-19", "2023-05-19", ["UKR", "RUS"])
ev(a, R, "sanction", "occurred",
   ["De Arabische Liga zette het land in 2011 uit de organisatie vanwege het geweld tegen demonstranten"],
   ["2011-01-01", "2011-12-31"], "2011-11-12", ["LAS", "SYR"])
ev(a, R, "agreement", "occurred",
   ["Begin deze maand besloten de ministers van Buitenlandse Zaken in Caïro dat Syrië weer welkom is"],
   ["2023-05-01", "2023-05-10"], "2023-05-07", ["LAS", "SYR"])
ev(a, O, "proposal", "occurred",
   ["Bin Salman heette Assad vandaag hartelijk welkom"],
   "2023-05-19", "2023-05-19", ["SAU", "SYR"], "welcome")
ev(a, R, "condemnation", "occurred",
   ["Washington vindt dat het regime die terugkeer niet verdient"],
   None, None, ["USA", "SYR"], "present tense, no date")
ev(a, R, "agreement", "occurred",
   ["sinds maart ook weer met Iran, met wie het onder Chinese bemiddeling de diplomatieke betrekkingen herstelde"],
   ["2023-03-01", "2023-03-31"], "2023-03-10", ["SAU", "IRN", "CHN"])
ev(a, R, "proposal", "occurred",
   ["Bin Salman zei in zijn openingstoespraak dat hij bereid is te blijven bemiddelen tussen Rusland en Oekraïne"],
   "2023-05-19", "2023-05-19", ["SAU", "RUS", "UKR"], "stated willingness to mediate")
ev(a, R, ["agreement", "talks"], "occurred",
   ["toen Riyad hielp bij een gevangenenruil waarbij ook tien buitenlanders vrijkwamen"],
   ["2022-01-01", "2022-12-31"], "2022-09-21", ["SAU", "RUS", "UKR"], "'vorig jaar ... toen'")
ev(a, R, "talks", "occurred",
   ["Bin Salman sprak ook apart met Zelensky"],
   "2023-05-19", "2023-05-19", ["SAU", "UKR"])
ev(a, R, "summit", "occurred",
   ["In Hiroshima begon vandaag de top van de G7"],
   ["2023-05-19", "2023-05-21"], "2023-05-19", ["G7"], "began today")
ev(a, R, ["talks", "summit"], "planned",
   ["morgen wordt hij daar persoonlijk verwacht",
    "Dan zal hij ook met de Amerikaanse president Biden en andere westerse leiders praten"],
   "2023-05-20", "2023-05-20", ["UKR", "G7", "USA"], "Zelensky in Hiroshima tomorrow")
ev(a, R, "sanction", "occurred",
   ["De G7-landen hebben in Hiroshima vandaag nieuwe sancties tegen Rusland aangekondigd",
    "Ze willen onder meer de handel in Russische diamanten aan banden leggen"],
   "2023-05-19", "2023-05-19", ["G7", "RUS"], "one package")
ev(a, R, "sanction", "occurred",
   ["De Verenigde Staten en het Verenigd Koninkrijk kondigden ook eigen maatregelen aan"],
   "2023-05-19", "2023-05-19", ["USA", "RUS"], "US package")
ev(a, R, "sanction", "occurred",
   ["De Verenigde Staten en het Verenigd Koninkrijk kondigden ook eigen maatregelen aan"],
   "2023-05-19", "2023-05-19", ["GBR", "RUS"], "UK package: second event in the same sentence")
ev(a, O, ["delivery", "proposal"], "planned",
   ["dat hij steunt dat Oekraïense piloten worden opgeleid op Amerikaanse F-16-gevechtsvliegtuigen"],
   "2023-05-19", "2023-05-19", ["USA", "UKR"], "training support, optional")
ev(a, N, "delivery", "negated",
   ["Over de levering van de toestellen zelf is nog niets besloten"],
   None, None, ["USA", "UKR"], "no decision on delivery")
# ---------------------------------------------------------------- 14 Reader's letter: Erdogan's state visit to Germany, 2018-10-02 (Tue)
a = "d17_14_lezersbrief_erdogan_berlijn"
TD = ["TUR", "DEU"]
ev(a, R, ["summit", "talks"], "occurred",
   ["uw verslag van het staatsbezoek van de Turkse president Recep Tayyip Erdogan aan Duitsland",
    "Erdogan kwam donderdag aan in Berlijn"],
   ["2018-09-27", "2018-09-29"], "2018-09-27", TD, "the state visit Thursday to Saturday")
ev(a, R, "talks", "occurred",
   ["werd vrijdag met militaire eer ontvangen door bondspresident Frank-Walter Steinmeier"],
   "2018-09-28", "2018-09-28", TD)
ev(a, R, ["summit", "talks"], "occurred",
   ["Daarna sprak hij met bondskanselier Angela Merkel"],
   "2018-09-28", "2018-09-28", TD, "'daarna' carries Friday")
ev(a, O, "condemnation", "occurred",
   ['Op hun gezamenlijke persconferentie zei Merkel zelf dat er "diepe meningsverschillen" blijven bestaan'],
   "2018-09-28", "2018-09-28", ["DEU", "TUR"], "disagreement")
ev(a, R, "demand", "occurred",
   ["Erdogan eiste daar dat Duitsland de journalist Can Dündar uitlevert"],
   "2018-09-28", "2018-09-28", TD)
ev(a, O, "talks", "occurred",
   ["Een staatsbanket voor Erdogan was een stap te ver",
    "Ook het staatsbanket in slot Bellevue, vrijdagavond, verliep niet zoals een feestmaal hoort te verlopen"],
   "2018-09-28", "2018-09-28", TD, "banquet")
ev(a, O, ["sanction", "condemnation"], "occurred",
   ["Ook een aantal oppositieleiders bleef weg, uit protest tegen de vervolging van journalisten en oppositieleden in Turkije"],
   "2018-09-28", "2018-09-28", ["DEU", "TUR"], "boycott by politicians, optional")
ev(a, R, "demand", "occurred",
   ["Steinmeier vroeg in zijn tafelrede om de vrijlating van Duitse staatsburgers"],
   "2018-09-28", "2018-09-28", ["DEU", "TUR"])
ev(a, R, "condemnation", "occurred",
   ['Erdogan verweet Duitsland op zijn beurt dat het onderdak biedt aan "terroristen" van de PKK'],
   "2018-09-28", "2018-09-28", TD)
ev(a, R, "talks", "occurred",
   ["Armin Laschet, sprak wel met Erdogan, maar op het vliegveld, niet in de stad"],
   "2018-09-29", "2018-09-29", ["DEU", "TUR"], "'Zaterdag' carried from the previous sentence")
ev(a, R, "condemnation", "occurred",
   ['beschuldigde dezelfde Erdogan Duitsland van "nazipraktijken"'],
   ["2017-03-01", "2017-03-31"], "2017-03-05", TD)
ev(a, O, "sanction", "occurred",
   ["omdat Duitse gemeenten campagnebijeenkomsten van Turkse ministers hadden afgelast"],
   ["2017-02-01", "2017-03-31"], None, ["DEU", "TUR"], "cancelled rallies, optional")
# ---------------------------------------------------------------- 15/16 no-event articles
TRAPS = {
    "d17_15_wetenschap_euclid": [
        "Een Falcon 9-raket van het bedrijf SpaceX bracht het instrument de ruimte in",
        "Dit is een topdag voor de Europese wetenschap",
        "Europese ruimtevaartbedrijven waarschuwen al jaren dat Europa zijn eigen toegang tot de ruimte dreigt te verliezen",
        "Ze eisen meer geld voor de ontwikkeling van raketten",
        "NASA leverde de detectoren voor een van de twee instrumenten aan boord",
        "Over die verdeling werd al in 2013 een akkoord gesloten",
        "ESA, dat 22 lidstaten telt, is geen onderdeel van de Europese Unie, al werken de twee nauw samen",
    ],
    "d17_16_politiek_hoofdlijnenakkoord": [
        "De fractievoorzitters van PVV, VVD, NSC en BBB presenteerden gisteren in Den Haag een hoofdlijnenakkoord",
        "een eis van NSC-leider Pieter Omtzigt",
        "GroenLinks-PvdA-leider Frans Timmermans hekelde het akkoord als een stap terug voor de rechtsstaat en voor het klimaat",
        "D66 waarschuwt dat de plannen met de begroting niet te betalen zijn",
        "Vakbonden eisen dat de koopkracht van mensen met lage inkomens wordt beschermd",
        "In buurland België duurde het na de verkiezingen van 2010 zelfs ruim anderhalf jaar voordat er een regering was",
        "Zeker is dat de top van de VVD een samenwerking met de PVV jarenlang heeft uitgesloten",
    ],
}

for a, note in [("d17_15_wetenschap_euclid",
                 "science (launch of ESA's Euclid telescope on a SpaceX rocket, 1 Jul 2023); traps: 'topdag', 'waarschuwen', 'eisen', NASA 'leverde' detectors, an ESA-NASA 'akkoord', the EU, the US, Canada, Japan, China and India named"),
                ("d17_16_politiek_hoofdlijnenakkoord",
                 "domestic politics (the PVV-VVD-NSC-BBB outline agreement, 16 May 2024); traps: 'akkoord', 'eis', 'hekelde', 'waarschuwt', 'eisen', Belgium, Italy, Finland, Sweden named, 'de top van de VVD'")]:
    ev(a, N, ALL, "negated", TRAPS[a], None, None, [],
       "NO-EVENT SENTINEL: article has no diplomatic event of its own; its trap sentences are listed; the line puts the article in scope so every other prediction in it counts as a false positive. " + note)

if __name__ == "__main__":
    goldkit.build(G, ROOT)
