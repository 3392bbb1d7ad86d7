"""Build gold.jsonl for dev4 and check it.

Checks: every mention is a verbatim substring of its article, types/kinds/statuses are valid and
consistent, date intervals are ordered ISO dates, true_date (when given) lies inside the gold
interval, every article has at least one gold line, and no article has gold without a file.
Edit this script, not gold.jsonl.
"""
import datetime as dt
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).parent
ART = ROOT / "articles"
G = []


def ev(art, kind, types, status, mentions, date, true_date, actors, note=""):
    if isinstance(types, str):
        types = [types]
    if isinstance(date, str):
        date = [date, date]
    G.append({"article": art, "kind": kind, "type": types, "status": status, "mentions": mentions,
              "date": date, "true_date": true_date, "actors": actors, "note": note})


R, O, N = "required", "optional", "negative"
OCC, PLA, NEG = "occurred", "planned", "negated"
ALL = ["summit", "talks", "delivery", "warning", "agreement", "sanction", "condemnation", "demand", "proposal"]

# ---------------------------------------------------------------- 01 NATO summit The Hague, DCT 2025-06-26 (Thu)
a = "d4_01_navo_top_den_haag"
ev(a, R, "summit", OCC,
   ["Het was de kortste NAVO-top in jaren",
    "De top zelf begon dinsdagavond met een diner in paleis Huis ten Bosch"],
   ["2025-06-24", "2025-06-25"], "2025-06-25", ["NATO", "NLD"], "two-day summit; dinner Tue, session Wed")
ev(a, R, "agreement", OCC,
   ["hadden ze afgesproken dat de lidstaten uiterlijk in 2035 jaarlijks vijf procent"],
   "2025-06-25", "2025-06-25", ["NATO"], "5% pledge, 'woensdagmiddag' in the same sentence")
ev(a, R, "demand", OCC,
   ["toen hij eiste dat de bondgenoten hun uitgaven meer dan verdubbelden"],
   ["2025-01-01", "2025-01-10"], "2025-01-07", ["USA", "NATO"], "'begin januari'")
ev(a, R, ["demand", "proposal"], OCC,
   ["schreef vorige week in een brief aan Rutte dat vijf procent voor zijn land onredelijk was en vroeg om een uitzondering"],
   ["2025-06-16", "2025-06-22"], "2025-06-19", ["ESP", "NATO"], "letter asking for an exemption")
ev(a, O, "agreement", OCC,
   ["Hij kreeg een zinsnede die Madrid naar eigen zeggen de ruimte laat"],
   None, None, ["ESP", "NATO"], "side arrangement for Spain, undated")
ev(a, R, "condemnation", OCC,
   ["Hij noemde de Spaanse opstelling vreselijk"],
   "2025-06-25", "2025-06-25", ["USA", "ESP"], "actor named in the previous sentence; date 'woensdag' there too")
ev(a, R, "warning", OCC,
   ["dreigde dat Spanje het verschil zou gaan betalen in de handelsbesprekingen met Washington"],
   "2025-06-25", "2025-06-25", ["USA", "ESP"], "same sentence as the condemnation")
ev(a, N, ["talks", "summit"], NEG,
   ["Een aparte vergadering van de NAVO-Oekraïneraad op het niveau van regeringsleiders kwam er, anders dan bij de vorige toppen, niet"],
   ["2025-06-24", "2025-06-25"], None, ["NATO", "UKR"])
ev(a, R, ["talks", "summit"], OCC,
   ["Zelensky sprak woensdag wel bijna een uur met Trump"],
   "2025-06-25", "2025-06-25", ["UKR", "USA"])
ev(a, O, "delivery", PLA,
   ["Trump zei na afloop dat hij zou kijken of er meer Patriot-raketten beschikbaar kunnen komen"],
   None, None, ["USA", "UKR"], "vague intention, not a pledge")
ev(a, O, "condemnation", OCC,
   ["In de slotverklaring noemen de bondgenoten Rusland een langdurige bedreiging"],
   "2025-06-25", None, ["NATO", "RUS"])
ev(a, O, "delivery", PLA,
   ["de bondgenoten herhalen alleen dat ze Oekraïne blijven steunen"],
   None, None, ["NATO", "UKR"], "general support pledge without goods or amounts (dev3 made the same kind optional)")
ev(a, R, "summit", PLA,
   ["De volgende top wordt in juli volgend jaar in Ankara gehouden"],
   ["2026-07-01", "2026-07-31"], "2026-07-07", ["NATO", "TUR"], "trap nearby: 'Den Haag leverde de belofte' is no delivery")

# ---------------------------------------------------------------- 02 Iran-Israel ceasefire, DCT 2025-06-24 (Tue)
a = "d4_02_iran_israel_bestand"
ev(a, R, "agreement", OCC,
   ["Wankel bestand tussen Israël en Iran",
    "geldt sinds vanochtend een staakt-het-vuren tussen Israël en Iran",
    "De Amerikaanse president Trump maakte het bestand maandagavond (Amerikaanse tijd) bekend",
    "Enkele uren later gingen Israël en Iran er allebei mee akkoord"],
   ["2025-06-23", "2025-06-24"], "2025-06-23", ["ISR", "IRN", "USA"],
   "announced Mon evening US time (night to Tue in Europe), in force Tue morning")
ev(a, R, "talks", OCC,
   ["Een poging van de Europeanen om de escalatie te stoppen liep vast",
    "vrijdag spraken de ministers van Buitenlandse Zaken van Duitsland, Frankrijk en het Verenigd Koninkrijk en EU-buitenlandchef Kallas in Genève met hun Iraanse collega Araghchi"],
   "2025-06-20", "2025-06-20", ["DEU", "FRA", "GBR", "EU", "IRN"], "Geneva talks; 'leverde geen doorbraak op' is the outcome, not a delivery")
ev(a, N, ["talks", "proposal"], NEG,
   ["Araghchi zei dat zijn land niet wilde onderhandelen zolang het werd aangevallen"],
   "2025-06-20", None, ["IRN"], "refusal to negotiate")
ev(a, R, "warning", OCC,
   ["Trump waarschuwde Teheran daarna dat verdere vergelding op nog veel hardere aanvallen zou stuiten"],
   ["2025-06-21", "2025-06-22"], None, ["USA", "IRN"], "'daarna' = after the night Sat-Sun strikes; Trump spoke Sat evening US time")
ev(a, O, "warning", OCC,
   ["Teheran had de aanval vooraf aangekondigd"],
   "2025-06-23", None, ["IRN", "USA", "QAT"], "advance notice of the strike")
ev(a, R, "condemnation", OCC,
   ["Qatar veroordeelde de aanval als een schending van zijn soevereiniteit"],
   "2025-06-23", "2025-06-23", ["QAT", "IRN"], "'Maandag' in the previous sentence")
ev(a, R, "talks", OCC,
   ["maar bemiddelde daarna toch mee",
    "belde de Qatarese emir persoonlijk met Teheran"],
   "2025-06-23", "2025-06-23", ["QAT", "IRN"], "emir's call")
ev(a, R, "proposal", OCC,
   ["om het Amerikaanse voorstel voor een wapenstilstand over te brengen"],
   "2025-06-23", "2025-06-23", ["USA", "IRN"], "same sentence as the call")
ev(a, R, ["talks", "summit"], OCC,
   ["Dezelfde dag reisde Araghchi naar Moskou, waar hij door president Poetin werd ontvangen"],
   "2025-06-23", "2025-06-23", ["IRN", "RUS"])
ev(a, R, "condemnation", OCC,
   ["beschuldigden Israël en Iran elkaar al van schendingen"],
   "2025-06-24", "2025-06-24", ["ISR", "IRN"])
ev(a, O, "condemnation", OCC,
   ["Trump reageerde woedend op beide landen"],
   "2025-06-24", "2025-06-24", ["USA", "ISR", "IRN"])
ev(a, R, "demand", OCC,
   ["riep Israël op zijn gevechtsvliegtuigen terug te halen"],
   "2025-06-24", "2025-06-24", ["USA", "ISR"])
ev(a, R, "summit", PLA,
   ["Op de NAVO-top in Den Haag, die vanavond begint"],
   ["2025-06-24", "2025-06-25"], "2025-06-24", ["NATO"])
ev(a, O, "demand", OCC,
   ["Europese regeringen dringen erop aan dat Iran snel terugkeert naar gesprekken over zijn atoomprogramma"],
   ["2025-06-23", "2025-06-24"], None, ["EU", "IRN"], "'Europese regeringen' is not the EU as such")
ev(a, O, "sanction", PLA,
   ["wordt gewerkt aan een wet om de samenwerking met het Internationaal Atoomenergieagentschap op te schorten"],
   None, "2025-06-25", ["IRN", "IAEA"], "suspending cooperation (CAMEO 16x), still a bill")

# ---------------------------------------------------------------- 03 EU-US deal Turnberry, DCT 2025-07-28 (Mon)
a = "d4_03_eu_vs_handelsdeal_turnberry"
ev(a, R, "agreement", OCC,
   ["het handelsakkoord dat Commissievoorzitter Ursula von der Leyen en president Donald Trump zondag sloten",
    "Von der Leyen hield het op een akkoord dat stabiliteit en voorspelbaarheid brengt"],
   "2025-07-27", "2025-07-27", ["EU", "USA"])
ev(a, R, ["talks", "summit"], OCC,
   ["Na een gesprek van ongeveer een uur verschenen beiden voor de camera's"],
   "2025-07-27", "2025-07-27", ["EU", "USA"])
ev(a, O, ["delivery", "agreement"], PLA,
   ["De EU belooft de komende drie jaar voor 750 miljard dollar aan Amerikaanse energie te kopen"],
   ["2025-07-28", "2028-07-27"], None, ["USA", "EU"], "purchase pledge inside the deal; dated by the deliveries")
ev(a, O, "delivery", PLA,
   ["Ook zegde Brussel toe dat de lidstaten meer Amerikaans militair materieel gaan aanschaffen"],
   None, None, ["USA", "EU"])
ev(a, O, "sanction", OCC,
   ["Op 2 april kondigde Trump in de Rozentuin van het Witte Huis heffingen aan tegen vrijwel al zijn handelspartners"],
   "2025-04-02", "2025-04-02", ["USA", "EU"], "general tariffs: optional sanction (see README)")
ev(a, O, "talks", OCC,
   ["Toen de gesprekken met Brussel begin juli vastliepen"],
   ["2025-07-01", "2025-07-10"], None, ["USA", "EU"])
ev(a, R, "warning", OCC,
   ["stuurde hij Von der Leyen op 12 juli een brief waarin hij met 30 procent vanaf 1 augustus dreigde"],
   "2025-07-12", "2025-07-12", ["USA", "EU"], "'1 augustus' is the date of the threatened tariff, not of the warning")
ev(a, R, "talks", OCC,
   ["Eurocommissaris Maroš Šefčovič reisde daarop nog meerdere keren naar Washington"],
   ["2025-07-12", "2025-07-27"], None, ["EU", "USA"])
ev(a, O, "sanction", OCC,
   ["Donderdag stemden de lidstaten in met heffingen op Amerikaanse producten ter waarde van 93 miljard euro"],
   "2025-07-24", "2025-07-24", ["EU", "USA"], "countermeasures adopted but suspended ('gaat de ijskast in')")
ev(a, R, "condemnation", OCC,
   ["De Franse premier François Bayrou sprak vandaag daarentegen van een donkere dag"],
   "2025-07-28", "2025-07-28", ["FRA", "EU"])
ev(a, O, "condemnation", OCC,
   ["De Hongaarse premier Orbán spotte dat Trump de Commissievoorzitter als ontbijt had verorberd"],
   ["2025-07-27", "2025-07-28"], None, ["HUN", "EU"])
ev(a, R, ["agreement", "talks"], PLA,
   ["de Commissie en Washington moeten de komende weken een gezamenlijke verklaring uitwerken"],
   ["2025-07-29", "2025-08-25"], "2025-08-21", ["EU", "USA"], "'de komende weken' = 28 days after publication")

# ---------------------------------------------------------------- 04 Trump-Xi Busan, DCT 2025-10-31 (Fri)
a = "d4_04_trump_xi_busan"
ev(a, R, ["summit", "talks"], OCC,
   ["Na een ontmoeting van bijna twee uur op een luchtmachtbasis bij de Zuid-Koreaanse havenstad Busan",
    "Het was de eerste keer sinds 2019 dat president Donald Trump en zijn Chinese ambtgenoot Xi Jinping elkaar in persoon ontmoetten"],
   "2025-10-30", "2025-10-30", ["USA", "CHN"], "day from 'de afspraken van gisteren'")
ev(a, R, "agreement", OCC,
   ["De Verenigde Staten en China hebben hun handelsconflict voor minstens een jaar bevroren",
    "China schort de uitgebreide exportcontroles op zeldzame aardmetalen die het begin deze maand had aangekondigd twaalf maanden op",
    "In ruil daarvoor halveert Washington de zogeheten fentanyltarieven",
    "Het akkoord bevat meer dan de twee hoofdpunten",
    "legden de Amerikaanse minister van Financiën Scott Bessent en de Chinese vicepremier He Lifeng in Kuala Lumpur de basis voor de afspraken van gisteren"],
   ["2025-10-30", "2025-10-31"], "2025-10-30", ["USA", "CHN"])
ev(a, O, "delivery", PLA,
   ["China hervat de aankoop van Amerikaanse sojabonen"], None, None, ["USA", "CHN"], "purchases resumed, part of the deal")
ev(a, R, "sanction", OCC,
   ["Op 9 oktober kondigde het Chinese ministerie van Handel aan dat buitenlandse bedrijven voortaan een vergunning nodig hebben"],
   "2025-10-09", "2025-10-09", ["CHN"], "export controls count as sanction (README)")
ev(a, R, "warning", OCC,
   ["Trump reageerde de dag erna met het dreigement om per 1 november een extra heffing van 100 procent op Chinese import te leggen"],
   "2025-10-10", "2025-10-10", ["USA", "CHN"], "'de dag erna' = 10 Oct; 1 November is the threatened date")
ev(a, R, "talks", OCC,
   ["Afgelopen weekend legden de Amerikaanse minister van Financiën Scott Bessent en de Chinese vicepremier He Lifeng in Kuala Lumpur"],
   ["2025-10-25", "2025-10-26"], "2025-10-25", ["USA", "CHN"])
ev(a, O, "sanction", OCC,
   ["valt nog altijd onder de Nederlandse en Amerikaanse exportregels voor geavanceerde lithografie"],
   None, None, ["NLD", "USA", "CHN"], "standing export controls")
ev(a, R, ["summit", "talks"], PLA,
   ["Trump zei dat hij in april naar China zal reizen"],
   ["2026-04-01", "2026-04-30"], None, ["USA", "CHN"])
ev(a, R, ["summit", "talks"], PLA,
   ["Xi zou daarna een tegenbezoek brengen aan de Verenigde Staten"],
   None, None, ["CHN", "USA"])
ev(a, N, ["talks"], NEG,
   ["Over Taiwan, de gevoeligste kwestie tussen beide landen, werd volgens Trump in Busan niet gesproken"],
   "2025-10-30", None, ["USA", "CHN", "TWN"], "topic not discussed")
ev(a, N, ["agreement"], NEG,
   ["Ook een deal over de Amerikaanse tak van TikTok, waarover al maanden wordt onderhandeld, werd niet gepresenteerd"],
   "2025-10-30", None, ["USA", "CHN"])
ev(a, O, "talks", OCC,
   ["waarover al maanden wordt onderhandeld"], None, None, ["USA", "CHN"], "TikTok negotiations")

# ---------------------------------------------------------------- 05 Nexperia, DCT 2025-11-20 (Thu)
a = "d4_05_nexperia_karremans"
ev(a, R, "talks", OCC,
   ["is er in de gesprekken met Chinese autoriteiten de afgelopen weken genoeg vooruitgang geboekt"],
   ["2025-10-22", "2025-11-19"], None, ["NLD", "CHN"], "'de afgelopen weken' = 28 days before the statement (mirror of 'de komende weken')")
ev(a, R, "demand", OCC,
   ["Het Chinese ministerie van Handel reageerde vanochtend koeltjes",
    "en eiste dat Nederland de maatregel volledig intrekt"],
   "2025-11-20", "2025-11-20", ["CHN", "NLD"])
ev(a, O, "demand", OCC,
   ["Peking wil bovendien dat de Ondernemingskamer in Amsterdam de schorsing van de Chinese topman Zhang Xuezheng ongedaan maakt"],
   "2025-11-20", None, ["CHN", "NLD"])
ev(a, O, "sanction", OCC,
   ["Op 30 september gebruikte Karremans voor het eerst de Wet beschikbaarheid goederen",
    "waarmee hij eind september de controle over chipmaker Nexperia naar zich toe trok"],
   "2025-09-30", "2025-09-30", ["NLD", "CHN"], "domestic emergency order against a Chinese-owned firm; the suspension of it is not an event type")
ev(a, R, "sanction", OCC,
   ["Het ministerie van Handel verbood al op 4 oktober de export van chips uit de Chinese fabriek van Nexperia"],
   "2025-10-04", "2025-10-04", ["CHN", "NLD"], "export ban as retaliation")
ev(a, R, "summit", OCC,
   ["Het ijs brak na de ontmoeting tussen de presidenten Trump en Xi eind oktober in Zuid-Korea"],
   ["2025-10-21", "2025-10-31"], "2025-10-30", ["USA", "CHN"])
ev(a, O, ["proposal", "delivery"], OCC,
   ["Op 1 november liet Peking weten dat het uitzonderingen zou toestaan voor leveringen aan civiele klanten"],
   "2025-11-01", "2025-11-01", ["CHN"], "exemptions; commercial chip deliveries, not state aid")
ev(a, O, "warning", OCC,
   ["Amerikaanse functionarissen het ministerie in juni hadden laten weten dat Nexperia zonder een nieuwe topman op een Amerikaanse exportlijst kon belanden"],
   ["2025-06-01", "2025-06-30"], None, ["USA", "NLD"])
ev(a, R, "talks", PLA,
   ["De komende weken moeten Nederlandse en Chinese ambtenaren verder praten over een oplossing voor de lange termijn"],
   ["2025-11-21", "2025-12-18"], None, ["NLD", "CHN"])

# ---------------------------------------------------------------- 06 EU 18th package, DCT 2025-07-18 (Fri)
a = "d4_06_eu_sanctiepakket_18"
ev(a, R, "sanction", OCC,
   ["EU neemt na weken Slowaaks verzet achttiende sanctiepakket tegen Rusland aan",
    "De Europese Unie heeft vandaag haar achttiende sanctiepakket tegen Rusland vastgesteld",
    "Het pakket is een van de zwaarste sinds de Russische inval in 2022",
    "Het belangrijkste onderdeel is een lager prijsplafond voor Russische ruwe olie",
    "Daarnaast komen er 105 schepen bij op de lijst van de zogenoemde schaduwvloot"],
   "2025-07-18", "2025-07-18", ["EU", "RUS"], "one package = one event")
ev(a, O, "agreement", OCC,
   ["De ambassadeurs van de 27 lidstaten gingen vanochtend akkoord nadat Slowakije zijn veto had laten vallen"],
   "2025-07-18", "2025-07-18", ["EU", "SVK"], "internal EU decision")
ev(a, R, "proposal", OCC,
   ["Commissievoorzitter Von der Leyen had hem daarover eerder deze week een brief gestuurd",
    "dat hij van de Europese Commissie voldoende garanties had gekregen"],
   ["2025-07-14", "2025-07-17"], None, ["EU", "SVK"], "letter with guarantees")
ev(a, O, "condemnation", OCC,
   ["Het Kremlin liet weten dat de EU zichzelf vooral schade berokkent"],
   "2025-07-18", None, ["RUS", "EU"])
ev(a, R, "sanction", OCC,
   ["Het Verenigd Koninkrijk kondigde vandaag eigen strafmaatregelen aan tegen de Russische militaire inlichtingendienst GRU",
    "Londen zette achttien officieren en drie eenheden op de sanctielijst"],
   "2025-07-18", "2025-07-18", ["GBR", "RUS"])
ev(a, R, "condemnation", OCC,
   ["De Britse regering beschuldigt de dienst ervan cyberaanvallen en desinformatiecampagnes in Europa te coördineren"],
   "2025-07-18", "2025-07-18", ["GBR", "RUS"])
ev(a, R, "demand", OCC,
   ["President Trump gaf Rusland maandag vijftig dagen de tijd om tot een vredesakkoord met Oekraïne te komen"],
   "2025-07-14", "2025-07-14", ["USA", "RUS"], "ultimatum; the 50-day deadline is not the date")
ev(a, R, "warning", OCC,
   ["dan dreigt hij met heffingen van 100 procent op landen die Russische olie blijven kopen"],
   "2025-07-14", "2025-07-14", ["USA", "RUS"], "actor and day in the previous sentence")
ev(a, R, "delivery", PLA,
   ["Tegelijk kondigde hij aan dat de VS Patriot-systemen en ander wapentuig aan Europese NAVO-landen gaan verkopen, die het vervolgens aan Oekraïne kunnen doorgeven"],
   None, None, ["USA", "UKR", "NATO"], "planned delivery, dated by the delivery (unknown)")
ev(a, O, "talks", OCC,
   ["In Brussel wordt al gesproken over een negentiende pakket"], ["2025-07-17", "2025-07-18"], None, ["EU"])
ev(a, R, ["proposal", "sanction"], PLA,
   ["Diplomaten verwachten dat de Commissie na de zomer met voorstellen komt"],
   None, "2025-09-19", ["EU", "RUS"], "'na de zomer': no convention, left null")
ev(a, O, "warning", OCC,
   ["Boedapest heeft eerder gedreigd verlengingen van bestaande sancties te blokkeren"],
   None, None, ["HUN", "EU"])

# ---------------------------------------------------------------- 07 Taiwan / Lai, DCT 2024-05-24 (Fri)
a = "d4_07_taiwan_oefeningen_lai"
ev(a, O, "warning", OCC,
   ["omschrijft haar openlijk als een straf voor wat Peking de separatistische daden van de nieuwe Taiwanese president noemt"],
   ["2024-05-23", "2024-05-24"], None, ["CHN", "TWN"], "exercise framed as punishment; exercises themselves are no event")
ev(a, R, ["demand", "proposal"], OCC,
   ["riep hij Peking op de militaire intimidatie te staken en de dialoog met de gekozen regering van Taiwan aan te gaan"],
   "2024-05-20", "2024-05-20", ["TWN", "CHN"], "'maandag' in the previous sentence")
ev(a, R, "condemnation", OCC,
   ["Het Bureau voor Taiwanese Zaken veroordeelde de toespraak dezelfde avond nog als een gevaarlijk signaal"],
   "2024-05-20", "2024-05-20", ["CHN", "TWN"])
ev(a, R, "sanction", OCC,
   ["China zette de Amerikaanse oud-parlementariër Mike Gallagher"],
   ["2024-05-20", "2024-05-23"], None, ["CHN", "USA"], "'Eerder deze week' in the previous sentence")
ev(a, R, "sanction", OCC,
   ["Ook voegde het ministerie van Handel twaalf Amerikaanse defensiebedrijven aan een lijst met exportbeperkingen toe"],
   ["2024-05-20", "2024-05-23"], None, ["CHN", "USA"])
ev(a, O, "delivery", OCC,
   ["vanwege hun wapenleveranties aan het eiland"], None, None, ["USA", "TWN"], "topic in passing, as in the seed")
ev(a, R, "demand", OCC,
   ["De Verenigde Staten riepen Peking gisteren op zich terughoudend op te stellen"],
   "2024-05-23", "2024-05-23", ["USA", "CHN"])
ev(a, R, "condemnation", OCC,
   ["Het State Department zei ernstige zorgen te hebben over de oefeningen en noemde ze een provocatie"],
   "2024-05-23", "2024-05-23", ["USA", "CHN"])
ev(a, R, "warning", OCC,
   ["De Chinese minister van Buitenlandse Zaken Wang Yi had dinsdag al gewaarschuwd"],
   "2024-05-21", "2024-05-21", ["CHN", "TWN"])
ev(a, R, ["talks", "summit"], OCC,
   ["nadat de toenmalige president Tsai Ing-wen in Californië de Amerikaanse Huisvoorzitter Kevin McCarthy had ontmoet"],
   ["2023-04-01", "2023-04-30"], "2023-04-05", ["TWN", "USA"])
ev(a, O, "talks", OCC,
   ["als antwoord op een Amerikaans bezoek aan het eiland"],
   ["2022-08-01", "2022-08-31"], "2022-08-02", ["USA", "TWN"])
ev(a, R, "talks", PLA,
   ["Zondag komt een Amerikaanse delegatie van het Huis van Afgevaardigden onder leiding van Michael McCaul",
    "De parlementariërs zullen met Lai spreken"],
   ["2024-05-26", "2024-05-30"], "2024-05-27", ["USA", "TWN"], "arrival Sunday; meeting with Lai undated")
ev(a, O, "condemnation", PLA,
   ["waarnemers verwachten opnieuw scherpe kritiek"], None, None, ["CHN", "USA"])

# ---------------------------------------------------------------- 08 Venezuela, DCT 2024-08 (month only; written mid-August)
a = "d4_08_venezuela_verkiezingen"
ev(a, O, "talks", OCC,
   ["probeert samen met zijn Colombiaanse collega Gustavo Petro een uitweg te vinden"],
   ["2024-08-01", "2024-08-31"], None, ["BRA", "COL", "VEN"])
ev(a, R, "proposal", OCC,
   ["Donderdag opperde Lula in een radio-interview dat Venezuela nieuwe verkiezingen zou kunnen houden"],
   ["2024-08-01", "2024-08-29"], "2024-08-15", ["BRA", "VEN"], "'Donderdag' under a month-only DCT: hull over possible publication days")
ev(a, R, "proposal", OCC,
   ["Petro deed kort daarna een vergelijkbaar voorstel voor een overgangsregering"],
   ["2024-08-01", "2024-08-31"], "2024-08-15", ["COL", "VEN"])
ev(a, O, "condemnation", OCC,
   ["Maduro wees het voorstel eveneens af en zei dat Venezuela geen voogdij van buitenaf nodig heeft"],
   ["2024-08-01", "2024-08-31"], None, ["VEN", "BRA", "COL"], "rejection; not itself one of the nine types")
ev(a, R, "demand", OCC,
   ["Eerder deze maand hadden Brazilië, Colombia en Mexico in een gezamenlijke verklaring nog opgeroepen tot een onpartijdige controle van de resultaten"],
   ["2024-08-01", "2024-08-31"], "2024-08-01", ["BRA", "COL", "MEX", "VEN"])
ev(a, R, "condemnation", OCC,
   ["Minister van Buitenlandse Zaken Antony Blinken verklaarde begin augustus dat er overweldigend bewijs is dat González de meeste stemmen kreeg"],
   ["2024-08-01", "2024-08-10"], "2024-08-01", ["USA", "VEN"], "rejecting the official result = disapproval (README)")
ev(a, R, "sanction", PLA,
   ["Washington bereidt volgens Amerikaanse media nieuwe sancties voor tegen functionarissen"],
   None, "2024-09-12", ["USA", "VEN"])
ev(a, R, "condemnation", OCC,
   ["De Europese Unie erkent de uitslag evenmin"],
   ["2024-08-01", "2024-08-31"], "2024-08-04", ["EU", "VEN"])
ev(a, R, "sanction", OCC,
   ["Caracas reageerde op de kritiek uit de regio al een dag na de verkiezingen door de diplomaten van zeven Latijns-Amerikaanse landen"],
   "2024-07-29", "2024-07-29", ["VEN", "ARG", "CHL", "PER"], "expulsion of diplomats; election day '28 juli' given earlier")

# ---------------------------------------------------------------- 09 NL bars Ben-Gvir and Smotrich, DCT 2025-07-29 (Tue)
a = "d4_09_veldkamp_ben_gvir_smotrich"
ev(a, R, "sanction", OCC,
   ["Nederland verklaart Ben-Gvir en Smotrich tot ongewenste personen",
    "De Israëlische ministers Itamar Ben-Gvir en Bezalel Smotrich zijn niet langer welkom in Nederland",
    "heeft beide politici op de nationale lijst van ongewenste vreemdelingen laten zetten en hun een Schengenverbod opgelegd"],
   "2025-07-28", "2025-07-28", ["NLD", "ISR"], "'maandagavond'")
ev(a, R, ["condemnation", "talks"], PLA,
   ["Daarnaast ontbiedt Veldkamp de Israëlische ambassadeur op het ministerie"],
   None, None, ["NLD", "ISR"], "summons announced; date of the summons unknown")
ev(a, R, "demand", OCC,
   ["Volgens de Kamerbrief eist het kabinet dat Israël onmiddellijk een einde maakt aan de humanitaire ramp in Gaza"],
   "2025-07-28", "2025-07-28", ["NLD", "ISR"])
ev(a, R, ["demand", "proposal"], OCC,
   ["Nederland wil ook dat de EU het handelsdeel van het associatieverdrag met Israël opschort"],
   "2025-07-28", "2025-07-28", ["NLD", "EU", "ISR"])
ev(a, R, "demand", OCC,
   ["In mei vroeg hij de Europese Commissie formeel om te toetsen of Israël zich nog aan de mensenrechtenclausule houdt",
    "liet eerder dit voorjaar al weten dat het verdrag tegen het licht moest worden gehouden"],
   ["2025-05-01", "2025-05-31"], None, ["NLD", "EU", "ISR"])
ev(a, O, "condemnation", OCC,
   ["Een analyse van de Europese diplomatieke dienst kwam eind juni tot de conclusie dat daar aanwijzingen voor zijn"],
   ["2025-06-21", "2025-06-30"], None, ["EU", "ISR"])
ev(a, N, ["agreement"], NEG,
   ["maar de lidstaten konden het niet eens worden over maatregelen"],
   ["2025-06-21", "2025-06-30"], None, ["EU"])
ev(a, R, "sanction", OCC,
   ["Slovenië verklaarde hen half juli tot persona non grata"],
   ["2025-07-11", "2025-07-20"], "2025-07-17", ["SVN", "ISR"])
ev(a, R, "sanction", OCC,
   ["Begin juni legden het Verenigd Koninkrijk, Canada, Australië, Nieuw-Zeeland en Noorwegen hun al financiële sancties en een inreisverbod op"],
   ["2025-06-01", "2025-06-10"], "2025-06-10", ["GBR", "CAN", "AUS", "NZL", "NOR", "ISR"])
ev(a, O, "condemnation", OCC,
   ["omdat ze volgens die landen aanzetten tot geweld tegen Palestijnen"],
   ["2025-06-01", "2025-06-10"], None, ["GBR", "CAN", "AUS", "NZL", "NOR", "ISR"])
ev(a, O, "condemnation", OCC,
   ["Ben-Gvir schreef op X dat hij zich door een inreisverbod niet laat tegenhouden"],
   ["2025-07-28", "2025-07-29"], None, ["ISR", "NLD"])
ev(a, O, "sanction", PLA,
   ["Veldkamp schreef dat hij zo'n verbod laat uitwerken"],
   None, None, ["NLD", "ISR"], "import ban on settlement goods being prepared")

# ---------------------------------------------------------------- 10 Interview: Alaska and Washington, DCT 2025-08-20 (Wed)
a = "d4_10_interview_alaska"
ev(a, R, "talks", OCC,
   ["Vorige week woensdag hadden de Europese leiders en Zelensky een videogesprek met Trump"],
   "2025-08-13", "2025-08-13", ["EU", "UKR", "USA"])
ev(a, R, "demand", OCC,
   ["om hem vooraf op het hart te drukken dat er niets over Oekraïne besloten mag worden zonder Oekraïne"],
   "2025-08-13", "2025-08-13", ["EU", "UKR", "USA"])
ev(a, O, "proposal", OCC,
   ["Hij beloofde toen dat hij een staakt-het-vuren zou eisen"],
   "2025-08-13", None, ["USA"], "promise; the promised demand itself was dropped later")
ev(a, R, "warning", OCC,
   ["hij waarschuwde dat Poetin zeer ernstige consequenties te wachten stonden als die niet meewerkte"],
   "2025-08-13", "2025-08-13", ["USA", "RUS"])
ev(a, R, ["summit", "talks"], OCC,
   ["Poetin kreeg in Alaska wat hij wilde",
    "Trump ontving Poetin op een luchtmachtbasis bij Anchorage",
    "Ze spraken bijna drie uur"],
   "2025-08-15", "2025-08-15", ["USA", "RUS"], "'vrijdag' is in the interviewer's question")
ev(a, N, ["agreement"], NEG,
   ["Er kwam geen akkoord en geen wapenstilstand",
    "een rode loper en geen bestand"],
   "2025-08-15", None, ["USA", "RUS"])
ev(a, R, ["proposal", "summit"], OCC,
   ["Op de persconferentie stelde Poetin voor om de volgende keer in Moskou af te spreken"],
   "2025-08-15", "2025-08-15", ["RUS", "USA"], "invitation; a planned summit is also right")
ev(a, N, ["demand"], NEG,
   ["Een dag later liet Trump weten dat hij niet langer een bestand als eerste stap eiste"],
   "2025-08-16", None, ["USA", "RUS"], "demand dropped")
ev(a, O, "proposal", OCC,
   ["maar meteen wilde praten over een volledig vredesakkoord"],
   "2025-08-16", None, ["USA", "RUS", "UKR"])
ev(a, R, ["summit", "talks"], OCC,
   ["Daarop reisden de Europeanen maandag massaal naar Washington",
    "daarna schoven Starmer, Macron, Merz, Meloni, Stubb, Von der Leyen en NAVO-chef Rutte aan"],
   "2025-08-18", "2025-08-18", ["USA", "UKR", "GBR", "FRA", "DEU", "ITA", "FIN", "EU", "NATO"], "multilateral meeting")
ev(a, R, ["talks", "summit"], OCC,
   ["Zelensky zat eerst in het Oval Office met Trump"],
   "2025-08-18", "2025-08-18", ["UKR", "USA"], "bilateral before the multilateral, same sentence")
ev(a, R, "talks", OCC,
   ["Halverwege onderbrak Trump de bijeenkomst om Poetin te bellen"],
   "2025-08-18", "2025-08-18", ["USA", "RUS"])
ev(a, R, ["summit", "talks"], PLA,
   ["Daarna zei hij dat hij een ontmoeting tussen Poetin en Zelensky aan het voorbereiden is"],
   None, None, ["RUS", "UKR"])
ev(a, R, "summit", PLA,
   ["en later een drieweg-top met hemzelf erbij"],
   None, None, ["RUS", "UKR", "USA"])
ev(a, R, "proposal", OCC,
   ["Trump zei toe dat de Verenigde Staten zullen helpen bij veiligheidsgaranties voor Oekraïne"],
   "2025-08-18", "2025-08-18", ["USA", "UKR"], "pledge at the Monday meeting (date from context)")
ev(a, R, "talks", PLA,
   ["De precieze invulling moet de komende dagen worden uitgewerkt door militaire planners"],
   ["2025-08-21", "2025-08-27"], None, ["USA", "UKR"], "'de komende dagen' = 7 days (dev3 convention)")
ev(a, R, "proposal", OCC,
   ["Oekraïne heeft daarnaast aangeboden om voor zo'n honderd miljard dollar aan Amerikaanse wapens te kopen"],
   None, None, ["UKR", "USA"], "offer, undated")
ev(a, O, "delivery", PLA,
   ["voor zo'n honderd miljard dollar aan Amerikaanse wapens te kopen, betaald door Europa"],
   None, None, ["USA", "UKR"])

# ---------------------------------------------------------------- 11 Qatar LNG for Germany, DCT 2022-11-29 (Tue)
a = "d4_11_qatar_lng_duitsland"
ev(a, R, "agreement", OCC,
   ["hebben vandaag in Doha contracten getekend voor de levering van jaarlijks maximaal twee miljoen ton lng"],
   "2022-11-29", "2022-11-29", ["QAT", "DEU"])
ev(a, R, "delivery", PLA,
   ["Duitsland haalt vijftien jaar lang gas uit Qatar",
    "Qatar gaat vanaf 2026 vloeibaar aardgas aan Duitsland leveren"],
   ["2026-01-01", "2026-12-31"], None, ["QAT", "DEU"], "dated by the start of deliveries (dev3 convention 3)")
ev(a, R, "talks", OCC,
   ["Habeck reisde in maart, enkele weken na de Russische inval in Oekraïne, naar Doha om met de emir over gas te praten"],
   ["2022-03-01", "2022-03-31"], "2022-03-20", ["DEU", "QAT"])
ev(a, R, "talks", OCC,
   ["Bondskanselier Olaf Scholz volgde eind september met een rondreis langs de Golfstaten"],
   ["2022-09-21", "2022-09-30"], "2022-09-24", ["DEU", "QAT", "SAU", "ARE"], "one tour = one event")
ev(a, R, "agreement", OCC,
   ["Met de Emiraten sloot hij toen een akkoord over een eerste lading lng en diesel"],
   ["2022-09-21", "2022-09-30"], "2022-09-25", ["DEU", "ARE"])
ev(a, O, "delivery", PLA,
   ["een akkoord over een eerste lading lng en diesel"], None, None, ["ARE", "DEU"])
ev(a, R, "agreement", OCC,
   ["Vorige week sloot Qatar met het Chinese Sinopec een contract voor vier miljoen ton per jaar"],
   ["2022-11-21", "2022-11-27"], "2022-11-21", ["QAT", "CHN"])
ev(a, O, "condemnation", OCC,
   ["De Qatarese regering reageerde geïrriteerd"], ["2022-11-21", "2022-11-27"], None, ["QAT", "DEU"])
ev(a, R, "condemnation", OCC,
   ["Eerder had Faeser de mensenrechtensituatie in Qatar al bekritiseerd"],
   None, None, ["DEU", "QAT"], "undated in the text")
ev(a, R, ["condemnation", "talks"], OCC,
   ["waarna Doha de Duitse ambassadeur ontbood"],
   None, None, ["QAT", "DEU"], "summoning an ambassador")
ev(a, O, "delivery", OCC,
   ["is Duitsland afhankelijk van gas uit Noorwegen, Nederland en België"],
   None, None, ["NOR", "NLD", "BEL", "DEU"], "standing commercial supply")

# ---------------------------------------------------------------- 12 Qatar blockade, DCT 2017-06 (month only; written ~24 June)
a = "d4_12_qatar_blokkade_eisen"
Q4 = ["SAU", "ARE", "BHR", "EGY", "QAT"]
ev(a, R, "demand", OCC,
   ["Dertien eisen en tien dagen",
    "Saudi-Arabië, de Verenigde Arabische Emiraten, Bahrein en Egypte hebben Qatar een lijst met dertien eisen overhandigd",
    "De eisen werden donderdag via Koeweit, dat bemiddelt, aan Qatar overgedragen",
    "Doha moet de nieuwszender Al Jazeera sluiten"],
   ["2017-06-01", "2017-06-29"], "2017-06-22", Q4, "'donderdag' under a month-only DCT")
ev(a, R, "sanction", OCC,
   ["dan blijft de boycot van kracht die de vier landen begin deze maand instelden",
    "Op 5 juni verbraken de vier landen vrijwel gelijktijdig de diplomatieke betrekkingen met Qatar",
    "Ze sloten hun grenzen, luchtruim en havens voor Qatarese vliegtuigen en schepen"],
   "2017-06-05", "2017-06-05", Q4, "breaking ties + boycott = one event")
ev(a, R, "condemnation", OCC,
   ["Ze beschuldigen Doha ervan terroristische groepen te financieren"],
   ["2017-06-01", "2017-06-30"], None, Q4, "ongoing accusation, present tense under month-only DCT")
ev(a, O, "condemnation", OCC,
   ["Een regeringswoordvoerder zei dat de lijst niet redelijk en niet uitvoerbaar is"],
   ["2017-06-22", "2017-06-30"], None, ["QAT", "SAU"], "rejection")
ev(a, R, "proposal", OCC,
   ["Qatar zegt bereid te zijn tot een dialoog over de zorgen van zijn buren"],
   ["2017-06-22", "2017-06-30"], None, ["QAT", "SAU"])
ev(a, R, "condemnation", OCC,
   ["De Qatarese minister van Buitenlandse Zaken sprak eerder van een blokkade die in strijd is met het internationaal recht"],
   ["2017-06-05", "2017-06-30"], None, ["QAT", "SAU"])
ev(a, R, ["talks", "summit"], OCC,
   ["Hij reisde al een dag na de breuk naar de Saudische koning Salman in Jeddah"],
   "2017-06-06", "2017-06-06", ["KWT", "SAU"], "actor (emir of Kuwait) in the previous sentence")
ev(a, O, "talks", OCC,
   ["en pendelt sindsdien tussen de hoofdsteden"], ["2017-06-06", "2017-06-30"], None, ["KWT", "QAT", "SAU"])
ev(a, R, "delivery", OCC,
   ["en Ankara en Teheran vliegen voedsel in"],
   ["2017-06-05", "2017-06-30"], None, ["TUR", "IRN", "QAT"], "aid being flown in; the Turkish troop vote in the same sentence is no event")
ev(a, R, "demand", OCC,
   ["President Trump eiste op Twitter dat de financiering van radicalisme moet stoppen"],
   ["2017-06-05", "2017-06-30"], "2017-06-06", ["USA", "QAT"])
ev(a, R, "demand", OCC,
   ["Minister van Buitenlandse Zaken Tillerson riep de Golfstaten daarentegen op de blokkade te versoepelen"],
   ["2017-06-05", "2017-06-30"], "2017-06-09", ["USA", "SAU"])
ev(a, R, "agreement", OCC,
   ["Half juni tekende Qatar toch een contract voor de aankoop van F-15-gevechtsvliegtuigen"],
   ["2017-06-11", "2017-06-20"], "2017-06-14", ["QAT", "USA"])
ev(a, O, "delivery", PLA,
   ["een contract voor de aankoop van F-15-gevechtsvliegtuigen ter waarde van 12 miljard dollar"], None, None, ["USA", "QAT"])
ev(a, R, "demand", OCC,
   ["Tillerson zei na de overhandiging dat sommige eisen moeilijk te vervullen zullen zijn en drong aan op een dialoog"],
   ["2017-06-22", "2017-06-30"], "2017-06-25", ["USA", "QAT", "SAU"])
ev(a, R, "condemnation", OCC,
   ["De Duitse minister Gabriel noemde de lijst provocerend"],
   ["2017-06-22", "2017-06-30"], None, ["DEU", "SAU"])

# ---------------------------------------------------------------- 13 MH17 state responsibility, DCT 2018-05-25 (Fri)
a = "d4_13_mh17_rusland_aansprakelijk"
ev(a, R, "condemnation", OCC,
   ["Nederland en Australië stellen Rusland aansprakelijk voor MH17",
    "hebben Nederland en Australië Rusland vandaag formeel aansprakelijk gesteld"],
   "2018-05-25", "2018-05-25", ["NLD", "AUS", "RUS"], "holding a state responsible = accusation")
ev(a, R, ["demand", "proposal"], OCC,
   ["dat Rusland is verzocht in gesprek te gaan om tot een oplossing te komen"],
   "2018-05-25", "2018-05-25", ["NLD", "RUS"])
ev(a, R, "demand", OCC,
   ["Zijn Australische collega Julie Bishop zei dat haar land hetzelfde verlangt"],
   "2018-05-25", "2018-05-25", ["AUS", "RUS"])
ev(a, R, ["talks", "summit"], OCC,
   ["Rutte besprak de kwestie deze week ook met president Poetin"],
   ["2018-05-21", "2018-05-25"], None, ["NLD", "RUS"])
ev(a, R, "demand", OCC,
   ["Volgens de premier heeft hij de Russische president gezegd dat Nederland de conclusies van het JIT volledig onderschrijft en dat Rusland zijn verantwoordelijkheid moet nemen"],
   ["2018-05-21", "2018-05-25"], None, ["NLD", "RUS"])
ev(a, R, "condemnation", OCC,
   ["Moskou reageerde afwijzend",
    "Het Russische ministerie van Buitenlandse Zaken sprak van een ongegronde beschuldiging"],
   ["2018-05-24", "2018-05-25"], None, ["RUS", "NLD"])
ev(a, O, "condemnation", OCC,
   ["Het Kremlin verweet het onderzoeksteam dat het Russisch bewijsmateriaal negeert"],
   ["2018-05-24", "2018-05-25"], None, ["RUS"])
ev(a, R, "proposal", OCC,
   ["waarin Maleisië, gesteund door Nederland, Australië, België en Oekraïne, om een internationaal tribunaal had gevraagd"],
   ["2015-07-01", "2015-07-31"], "2015-07-29", ["MYS", "NLD", "AUS", "BEL", "UKR", "UN"], "draft resolution = proposal")
ev(a, N, ["agreement"], NEG,
   ["In juli 2015 sprak Rusland zijn veto uit over een resolutie in de VN-Veiligheidsraad"],
   ["2015-07-01", "2015-07-31"], None, ["UN", "RUS"], "vetoed resolution")
ev(a, R, "demand", OCC,
   ["had de Raad met resolutie 2166 nog unaniem geëist dat alle gewapende groepen onderzoekers ongehinderd toegang tot het rampgebied zouden geven"],
   ["2014-07-01", "2014-08-31"], "2014-07-21", ["UN"], "'een jaar eerder, kort na de ramp': summer 2014")
ev(a, O, "warning", OCC,
   ["Blok sloot niet uit dat Nederland die weg op termijn bewandelt als Moskou niet meewerkt"],
   "2018-05-25", None, ["NLD", "RUS"], "conditional")
ev(a, O, "talks", OCC,
   ["wordt met de andere landen in het JIT overlegd over de volgende stappen"], ["2018-05-24", "2018-05-25"], None, ["NLD"])
ev(a, R, "demand", OCC,
   ["De EU riep Rusland vanavond in een verklaring op de verantwoordelijkheid te aanvaarden"],
   "2018-05-25", "2018-05-25", ["EU", "RUS"])
ev(a, R, "demand", OCC,
   ["Ook de NAVO vroeg Moskou zijn rol te erkennen"],
   ["2018-05-24", "2018-05-25"], "2018-05-25", ["NATO", "RUS"])
ev(a, R, "agreement", OCC,
   ["waarvoor al in 2017 afspraken zijn gemaakt met de landen van het onderzoeksteam"],
   ["2017-01-01", "2017-12-31"], None, ["NLD"], "JIT countries agreed on prosecution in NL")

# ---------------------------------------------------------------- 14 Trump meets al-Sharaa in Riyadh, DCT 2025-05-14 (Wed)
a = "d4_14_syrie_trump_riyad"
ev(a, R, ["summit", "talks"], OCC,
   ["Trump ontmoet Syrische president in Riyad",
    "De Amerikaanse president Trump heeft vanochtend in de Saudische hoofdstad Riyad de Syrische interim-president Ahmed al-Sharaa ontmoet",
    "Kroonprins Mohammed bin Salman was bij het gesprek aanwezig"],
   "2025-05-14", "2025-05-14", ["USA", "SYR", "SAU", "TUR"])
ev(a, R, "demand", OCC,
   ["drong Trump er bij Al-Sharaa op aan diplomatieke betrekkingen met Israël aan te knopen",
    "Ook vroeg hij Syrië de verantwoordelijkheid over te nemen voor de kampen"],
   "2025-05-14", "2025-05-14", ["USA", "SYR"])
ev(a, R, "proposal", OCC,
   ["Al-Sharaa nodigde Amerikaanse bedrijven uit om in de Syrische olie- en gassector te investeren"],
   "2025-05-14", "2025-05-14", ["SYR", "USA"])
ev(a, R, "agreement", OCC,
   ["Gisteren tekenden Trump en de kroonprins een strategisch economisch partnerschap"],
   "2025-05-13", "2025-05-13", ["USA", "SAU"])
ev(a, R, "delivery", PLA,
   ["Onderdeel daarvan is een wapenpakket van bijna 142 miljard dollar",
    "De VS gaan onder meer luchtverdediging en raketsystemen leveren"],
   None, None, ["USA", "SAU"], "arms sale, delivery undated")
ev(a, R, "summit", OCC,
   ["Vanmiddag schoof Trump aan bij een top van de Golfstaten in Riyad"],
   "2025-05-14", "2025-05-14", ["USA", "GCC"], "GCC id invented, see README")
ev(a, O, "talks", OCC,
   ["waarna hij doorvloog naar Qatar"], "2025-05-14", None, ["USA", "QAT"])
ev(a, R, "talks", PLA,
   ["De ministers van Buitenlandse Zaken van de EU-landen beslissen volgende week dinsdag in Brussel"],
   "2025-05-20", "2025-05-20", ["EU"], "ministers' meeting; the lifting it may decide is no event")
ev(a, O, "sanction", OCC,
   ["Sancties tegen personen uit het oude regime blijven wel van kracht"], None, None, ["EU", "SYR"], "standing sanctions")
ev(a, R, "talks", PLA,
   ["Minister van Buitenlandse Zaken Rubio spreekt morgen in het Turkse Antalya"],
   "2025-05-15", "2025-05-15", ["USA", "SYR"])
ev(a, O, "talks", PLA,
   ["waar de NAVO-ministers bijeenkomen"], ["2025-05-14", "2025-05-15"], None, ["NATO"])

# ---------------------------------------------------------------- 15, 16: no diplomatic event (traps)
# the trap sentences are the mentions (the project's evaluate needs at least one per line)
TRAPS = {
    "d4_15_oranje_ek_halve_finale": [
        "Koeman hekelde na afloop de beslissing.",
        "Engeland eiste na rust het initiatief op en was volgens hem simpelweg de betere ploeg.",
        "Spanje versloeg dinsdag in München het Franse elftal met 2-1 en is op papier favoriet voor de titel."
    ],
    "d4_16_formatie_hoofdlijnenakkoord": [
        "De vier partijen werden het gisteravond laat eens, na een laatste onderhandelingsronde die tot na middernacht duurde.",
        "GroenLinks-PvdA-leider Frans Timmermans hekelde het akkoord als een aanval op de rechtsstaat en noemde de plannen voor de zorg onbetaalbaar.",
        "D66-leider Rob Jetten waarschuwde dat het kabinet de klimaatdoelen loslaat."
    ]
}

for a, note in [("d4_15_oranje_ek_halve_finale",
                 "football; traps: hekelde, eiste (het initiatief op), overleg met de videoscheidsrechter, leverden, bekritiseerd, Duitse, Engeland/Spanje/Frankrijk, versloeg, finale in Berlijn"),
                ("d4_16_formatie_hoofdlijnenakkoord",
                 "domestic coalition talks; traps: akkoord, onderhandelingen, onderhandelingsronde, hekelde, waarschuwde, geëist, riep ... op, informateurs, deadline, defensie, ontwikkelingshulp")]:
    ev(a, N, ALL, NEG, TRAPS[a], None, None, [],
       "NO-EVENT SENTINEL: article has no diplomatic event; its trap sentences are listed; the line puts the article in scope so every prediction in it counts as a false positive. " + note)


def check():
    ok = True
    arts = {p.stem: p.read_text(encoding="utf-8") for p in ART.glob("*.txt")}
    for g in G:
        if g["article"] not in arts:
            print("missing article", g["article"]); ok = False; continue
        txt = arts[g["article"]]
        for m in g["mentions"]:
            if m not in txt:
                print("mention not in text:", g["article"], "|", m); ok = False
        for t in g["type"]:
            if t not in ALL:
                print("bad type", t, g); ok = False
        if g["kind"] not in (R, O, N) or g["status"] not in (OCC, PLA, NEG):
            print("bad kind/status", g); ok = False
        if (g["kind"] == N) != (g["status"] == NEG):
            print("kind/status mismatch", g); ok = False
        if g["kind"] != N and not g["mentions"]:
            print("event without mention", g); ok = False
        if g["date"]:
            s, e = (dt.date.fromisoformat(x) for x in g["date"])
            if s > e:
                print("reversed date", g); ok = False
            if g["true_date"]:
                t = dt.date.fromisoformat(g["true_date"])
                if not (s <= t <= e) and g["status"] != PLA:
                    print("true_date outside interval", g["article"], g["mentions"][0][:50]); ok = False
        for x in g["actors"]:
            if not (x.isupper() and x.replace("_", "").isalnum()):
                print("bad actor id", x); ok = False
    missing = set(arts) - {g["article"] for g in G}
    if missing:
        print("articles without gold:", missing); ok = False
    return ok


if __name__ == "__main__":
    if not check():
        sys.exit(1)
    with open(ROOT / "gold.jsonl", "w", encoding="utf-8") as f:
        for g in G:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(len(G), "gold lines written")
