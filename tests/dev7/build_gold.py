"""Build gold.jsonl for dev7 and check every mention is a verbatim substring of its article.

Edit this script, not the JSONL. Run: python build_gold.py
"""
import pathlib, sys

ROOT = pathlib.Path(__file__).parent
sys.path.insert(0, str(ROOT.parent / "setkit"))  # the gold helper, checks and writing: tests/setkit/goldkit.py
import goldkit  # noqa: E402
from goldkit import ALL, N, O, R  # noqa: E402,F401

G, ev = goldkit.collector()

# ---------------------------------------------------------------- 01 Kamerbrief: NL-Turkey normalisation, 2018-07-20 (Fri)
a = "d7_01_kamerbrief_turkije_normalisering"
NT = ["NLD", "TUR"]
ev(a, R, "agreement", "occurred",
   ["Hierbij informeer ik uw Kamer dat Nederland en Turkije vandaag hebben afgesproken hun diplomatieke betrekkingen te normaliseren",
    "Beide landen zullen op korte termijn weer een ambassadeur in elkaars hoofdstad hebben"],
   "2018-07-20", "2018-07-20", NT, "normalisation agreed 'vandaag'; the return of ambassadors is the content of the agreement, not a second event")
ev(a, R, "talks", "occurred",
   ["Ik heb hierover de afgelopen weken meermaals gesproken met mijn Turkse ambtgenoot, de heer Mevlüt Çavuşoğlu"],
   ["2018-06-22", "2018-07-19"], None, NT, "'de afgelopen weken' = the 28 days before publication (mirror of 'de komende weken'); several talks, one event; no sourced day")
ev(a, R, "talks", "planned",
   ["Over de praktische uitvoering van de terugkeer zullen onze ministeries de komende weken nader overleggen"],
   ["2018-07-21", "2018-08-17"], None, NT, "'de komende weken' = 28 days after publication")
ev(a, R, "sanction", "occurred",
   ["heeft het kabinet op zaterdag 11 maart 2017 de landingstoestemming ingetrokken voor het vliegtuig van de Turkse minister van Buitenlandse Zaken"],
   "2017-03-11", "2017-03-11", NT, "entry refused to a foreign minister: a restrictive measure (reduce relations)")
ev(a, R, "sanction", "occurred",
   ["Zij werd in de nacht naar zondag tot ongewenst vreemdeling verklaard en onder begeleiding naar de Duitse grens gebracht"],
   ["2017-03-11", "2017-03-12"], "2017-03-12", NT + ["DEU"], "expulsion of minister Sayan Kaya; 'de nacht naar zondag' = Sat-Sun; DEU only as the border")
ev(a, R, "condemnation", "occurred",
   ["De Turkse president Erdoğan noemde Nederland op 11 maart een overblijfsel van het nazisme"],
   "2017-03-11", "2017-03-11", ["TUR", "NLD"])
ev(a, R, "condemnation", "occurred",
   ["De minister-president heeft die uitspraak destijds volstrekt ongepast genoemd"],
   ["2017-03-11", "2017-03-12"], "2017-03-11", ["NLD", "TUR"], "'destijds' = at the time of the remark")
ev(a, R, "sanction", "occurred",
   ["Op 13 maart 2017 maakte de Turkse regering bekend dat zij de contacten op hoog niveau met Nederland opschortte"],
   "2017-03-13", "2017-03-13", ["TUR", "NLD"], "suspension of high-level relations and refusal to let the ambassador return: one announcement")
ev(a, R, "demand", "occurred",
   ["Ankara verlangde in de weken daarna excuses van Nederland"],
   ["2017-03-13", "2017-04-10"], None, ["TUR", "NLD"], "'in de weken daarna' = 28 days after 13 March; repeated demand")
ev(a, N, ["proposal"], "negated",
   ["Het kabinet heeft die niet aangeboden"],
   None, None, ["NLD", "TUR"], "no apology offered (an apology would be a proposal-like gesture)")
ev(a, O, "talks", "occurred",
   ["Gesprekken tussen beide landen in de maanden daarna hebben destijds niet tot een oplossing geleid"],
   ["2017-03-13", "2018-02-04"], None, NT, "talks did take place; the failure is the negative agreement line")
ev(a, N, ["agreement"], "negated",
   ["Gesprekken tussen beide landen in de maanden daarna hebben destijds niet tot een oplossing geleid"],
   None, None, NT, "no solution reached")
ev(a, R, "sanction", "occurred",
   ["Daarom heeft mijn ambtsvoorganger op 5 februari jl. de Nederlandse ambassadeur in Turkije formeel teruggeroepen"],
   "2018-02-05", "2018-02-05", NT, "formal recall plus refusal of a new Turkish ambassador; 'jl.' = of this year")
ev(a, O, "demand", "occurred",
   ["Het kabinet blijft Turkije aanspreken op de rechtsstaat, de persvrijheid en de behandeling van gedetineerden"],
   None, None, NT, "ongoing policy statement, no date")

# ---------------------------------------------------------------- 02 Flemish press: Skripal expulsions, 2018-03-28 (Wed)
a = "d7_02_skripal_uitwijzingen_vlaams"
ev(a, R, "sanction", "occurred",
   ["Ook ons land wijst Russische diplomaat uit na gifaanval in Salisbury",
    "België stuurt één Russische diplomaat naar huis",
    "Ons land sluit zich daarmee aan bij de golf van uitwijzingen"],
   ["2018-03-26", "2018-03-28"], "2018-03-27", ["BEL", "RUS"], "'intussen' = since Monday's wave; 'ons land' = Belgium (Flemish usage)")
ev(a, R, "sanction", "occurred",
   ["Nederland kondigde maandag al aan twee Russische diplomaten uit te wijzen"],
   "2018-03-26", "2018-03-26", ["NLD", "RUS"])
ev(a, R, "sanction", "occurred",
   ["De Verenigde Staten zetten zestig Russen het land uit",
    "lieten het Russische consulaat in Seattle sluiten"],
   "2018-03-26", "2018-03-26", ["USA", "RUS"], "expulsions plus closure of the consulate: one decision")
ev(a, R, "sanction", "occurred",
   ["meldde Europees president Donald Tusk in het Bulgaarse Varna dat veertien EU-lidstaten Russische diplomaten uitwijzen"],
   "2018-03-26", "2018-03-26", ["EU", "RUS", "DEU", "FRA", "POL"], "one coordinated wave; 'Diezelfde dag' = Monday")
ev(a, R, "sanction", "occurred",
   ["Gisteren volgde de NAVO: secretaris-generaal Jens Stoltenberg trok de accreditatie van zeven medewerkers van de Russische vertegenwoordiging bij het bondgenootschap in"],
   "2018-03-27", "2018-03-27", ["NATO", "RUS"])
ev(a, N, ["sanction"], "negated",
   ["Oostenrijk weigerde uitdrukkelijk diplomaten uit te wijzen"],
   None, None, ["AUT", "RUS"], "refusal")
ev(a, R, "demand", "occurred",
   ["De Britse premier Theresa May gaf Moskou op 12 maart een dag de tijd om uit te leggen hoe het zenuwgif in Engeland terechtkwam"],
   "2018-03-12", "2018-03-12", ["GBR", "RUS"], "ultimatum = demand")
ev(a, R, "sanction", "occurred",
   ["kondigde ze op 14 maart de uitwijzing aan van 23 Russische diplomaten"],
   "2018-03-14", "2018-03-14", ["GBR", "RUS"])
ev(a, R, "summit", "occurred",
   ["Op de Europese top van vorige week in Brussel steunden de regeringsleiders Londen"],
   ["2018-03-22", "2018-03-23"], "2018-03-22", ["EU", "GBR"], "European Council of 22-23 March; 'vorige week' is the ISO week 19-25 March, the gold is the two summit days")
ev(a, R, "condemnation", "occurred",
   ["Ze verklaarden dat Rusland hoogstwaarschijnlijk verantwoordelijk is voor de aanslag"],
   ["2018-03-22", "2018-03-23"], "2018-03-22", ["EU", "RUS"], "attribution of blame = accusation")
ev(a, R, "sanction", "occurred",
   ["De EU riep ook haar ambassadeur in Moskou terug voor overleg"],
   ["2018-03-22", "2018-03-23"], "2018-03-22", ["EU", "RUS"], "recall of an ambassador = reduce relations; 'voor overleg' is not talks")
ev(a, R, "condemnation", "occurred",
   ["De Russische ambassade noemde de uitwijzingen een provocatie"],
   ["2018-03-26", "2018-03-28"], None, ["RUS"], "target is the group of expelling states; actor list kept to RUS")
ev(a, R, "warning", "occurred",
   ["het Russische ministerie van Buitenlandse Zaken heeft al laten weten dat het zal antwoorden met tegenmaatregelen"],
   ["2018-03-26", "2018-03-28"], "2018-03-26", ["RUS"], "threat of countermeasures")
ev(a, N, ["sanction"], "negated",
   ["Als Moskou op dezelfde manier reageert, kan ook de Belgische ambassade in Moskou een diplomaat moeten missen"],
   None, None, ["RUS", "BEL"], "hypothetical: no event")

# ---------------------------------------------------------------- 03 Radio transcript: Singapore summit, 2018-06-12 (Tue), midday
a = "d7_03_radiotranscript_singapore"
UP = ["USA", "PRK"]
ev(a, R, ["summit", "talks"], "occurred",
   ["voor het eerst heeft een zittende Amerikaanse president een Noord-Koreaanse leider ontmoet",
    "Donald Trump en Kim Jong-un gaven elkaar vanochtend vroeg, bij ons was het nog nacht, de hand in een hotel op het eiland Sentosa in Singapore",
    "Eerst spraken de twee zo'n veertig minuten alleen, met alleen tolken erbij"],
   "2018-06-12", "2018-06-12", UP, "one-on-one, delegations and lunch are one summit; 'vanochtend vroeg ... bij ons was het nog nacht' stays 12 June")
ev(a, R, "agreement", "occurred",
   ["Trump en Kim tekenen verklaring in Singapore",
    "Ze hebben een korte gezamenlijke verklaring ondertekend, met vier punten",
    "Noord-Korea belooft te werken aan volledige denuclearisatie van het Koreaanse schiereiland, de Verenigde Staten geven het land veiligheidsgaranties"],
   "2018-06-12", "2018-06-12", UP, "joint statement; its points are content, not separate events")
ev(a, O, "delivery", "planned",
   ["de stoffelijke resten van Amerikaanse militairen uit de Koreaanse Oorlog worden teruggegeven"],
   None, None, UP, "repatriation of remains promised in the statement: a delivery reading is defensible")
ev(a, R, "proposal", "occurred",
   ["hij zei dat de Amerikaanse militaire oefeningen met Zuid-Korea stoppen zolang de gesprekken goed lopen",
    "Dat is een grote toezegging aan Pyongyang"],
   "2018-06-12", "2018-06-12", UP + ["KOR"], "unilateral concession announced at the press conference")
ev(a, O, "sanction", "occurred",
   ["Die blijven van kracht, zei Trump"],
   None, None, UP, "standing sanctions, no new measure")
ev(a, R, "proposal", "occurred",
   ["Hij zei ook dat hij Kim op een geschikt moment in het Witte Huis wil uitnodigen"],
   "2018-06-12", "2018-06-12", UP, "announced invitation (offer); proposals accept occurred or planned")
ev(a, N, ["summit", "talks"], "negated",
   ["Op 24 mei blies Trump de ontmoeting nog af, in een brief aan Kim waarin hij sprak van openlijke vijandigheid uit Pyongyang"],
   "2018-05-24", None, UP, "cancellation (later reversed); the accusation in the letter is not gold")
ev(a, R, ["talks", "proposal"], "occurred",
   ["Ruim een week later stond Kims rechterhand Kim Yong-chol in het Oval Office met een persoonlijke brief van de Noord-Koreaanse leider"],
   ["2018-05-31", "2018-06-04"], "2018-06-01", UP, "Oval Office visit with Kim's letter; 'ruim een week later' after 24 May")
ev(a, R, "talks", "planned",
   ["In de verklaring staat dat minister Mike Pompeo zo snel mogelijk verder onderhandelt met een hoge Noord-Koreaanse functionaris"],
   None, None, UP, "'zo snel mogelijk': no date")
ev(a, R, "talks", "planned",
   ["Pompeo reist eerst de komende dagen naar Seoel en Peking om bondgenoten en China bij te praten"],
   ["2018-06-13", "2018-06-19"], "2018-06-14", ["USA", "KOR", "CHN"], "'de komende dagen' = 7 days after publication")
ev(a, O, "proposal", "occurred",
   ["Zuid-Korea en Japan verwelkomen de afspraken"],
   "2018-06-12", "2018-06-12", ["KOR", "JPN"], "welcome")
ev(a, O, ["proposal", "sanction", "demand"], "occurred",
   ["zei dat er ook over het verlichten van de VN-sancties kan worden nagedacht"],
   "2018-06-12", "2018-06-12", ["CHN", "UN", "PRK"], "Chinese suggestion on sanctions relief")

# ---------------------------------------------------------------- 04 Financial paper: Khashoggi and arms exports, 2018-11-23 (Fri)
a = "d7_04_khashoggi_wapenexport_fd"
ev(a, R, "sanction", "occurred",
   ["Denemarken volgt Duitsland met een stop op vergunningen voor Saudi-Arabië",
    "Denemarken schortte donderdag de goedkeuring van nieuwe wapenexporten naar het koninkrijk op"],
   "2018-11-22", "2018-11-22", ["DNK", "SAU"], "arms export suspension = embargo-like measure")
ev(a, R, "sanction", "occurred",
   ["Eind oktober besloot Berlijn al geen nieuwe exportvergunningen meer af te geven"],
   ["2018-10-21", "2018-10-31"], "2018-10-21", ["DEU", "SAU"], "'eind oktober'; Merkel announced it on 21 Oct")
ev(a, R, "sanction", "occurred",
   ["Maandag ging de Duitse regering een stap verder: ook al goedgekeurde leveringen gaan voorlopig niet door"],
   "2018-11-19", "2018-11-19", ["DEU", "SAU"], "halt of approved exports")
ev(a, N, ["delivery"], "negated",
   ["ook al goedgekeurde leveringen gaan voorlopig niet door"],
   None, None, ["DEU", "SAU"], "deliveries stopped: a delivery event here must be negated (the stop itself is the sanction above)")
ev(a, R, "sanction", "occurred",
   ["Daarnaast legde Berlijn achttien Saudiërs die bij de moord betrokken zouden zijn een inreisverbod op voor het Schengengebied"],
   "2018-11-19", "2018-11-19", ["DEU", "SAU"], "entry bans: a second measure the same day")
ev(a, R, "demand", "occurred",
   ["Berlijn riep eind oktober andere EU-landen op het voorbeeld te volgen"],
   ["2018-10-21", "2018-10-31"], None, ["DEU", "EU"])
ev(a, R, "demand", "occurred",
   ["Het Europees Parlement vroeg op 25 oktober in een resolutie om een wapenembargo van de hele Unie tegen Saudi-Arabië"],
   "2018-10-25", "2018-10-25", ["EU", "SAU"], "EP resolution; EU id for the Parliament")
ev(a, N, ["sanction"], "negated",
   ["Zo'n embargo is er niet gekomen"],
   None, None, ["EU", "SAU"], "no EU embargo")
ev(a, N, ["sanction"], "negated",
   ["Frankrijk en het Verenigd Koninkrijk, samen goed voor het grootste deel van de Europese wapenverkopen aan Riyad, hebben geen exportstop afgekondigd"],
   None, None, ["FRA", "GBR", "SAU"])
ev(a, R, "condemnation", "occurred",
   ["De Turkse president Erdogan sprak op 23 oktober in het parlement van een vooraf beraamde moord"],
   "2018-10-23", "2018-10-23", ["TUR", "SAU"])
ev(a, R, "demand", "occurred",
   ["eiste dat de achttien verdachten in Turkije worden berecht"],
   "2018-10-23", "2018-10-23", ["TUR", "SAU"])
ev(a, R, "warning", "occurred",
   ["President Trump waarschuwde half oktober nog voor een strenge straf als het koninkrijk verantwoordelijk bleek"],
   ["2018-10-11", "2018-10-20"], "2018-10-13", ["USA", "SAU"], "'half oktober' = 11-20")
ev(a, R, "warning", "occurred",
   ["Riyad liet op 14 oktober weten dat het elke strafmaatregel met een zwaardere maatregel zal beantwoorden"],
   "2018-10-14", "2018-10-14", ["SAU", "USA"], "counter-threat; no target named in the sentence, USA from context")
ev(a, R, "sanction", "occurred",
   ["Vorige week legde het Amerikaanse ministerie van Financiën wel sancties op aan zeventien Saudiërs"],
   ["2018-11-12", "2018-11-18"], "2018-11-15", ["USA", "SAU"], "'vorige week' = ISO week before publication")
ev(a, N, ["sanction"], "negated",
   ["Maar dinsdag maakte Trump duidelijk dat hij geen verdere stappen tegen Riyad zet"],
   "2018-11-20", None, ["USA", "SAU"], "refusal of further measures")
ev(a, N, ["talks", "summit"], "negated",
   ["Eind oktober zegden tal van westerse ministers en topbestuurders hun komst naar de grote investeringsconferentie in Riyad af"],
   ["2018-10-21", "2018-10-31"], None, ["SAU"], "cancelled attendance")

# ---------------------------------------------------------------- 05 Year in review 2019, 2019-12-28 (Sat)
a = "d7_05_jaaroverzicht_2019"
ev(a, R, "summit", "occurred",
   ["gaven de EU-leiders het Verenigd Koninkrijk op een ingelaste top in Brussel uitstel"],
   ["2019-04-10", "2019-04-11"], "2019-04-10", ["EU", "GBR"], "special European Council; 'in de nacht van 10 op 11 april'")
ev(a, R, "agreement", "occurred",
   ["In de nacht van 10 op 11 april gaven de EU-leiders het Verenigd Koninkrijk"],
   ["2019-04-10", "2019-04-11"], "2019-04-11", ["EU", "GBR"], "extension to 31 October agreed with London; same sentence as the summit (two events)")
ev(a, R, "sanction", "occurred",
   ["Op 4 juli beperkte Japan de export naar Zuid-Korea van drie chemicaliën"],
   "2019-07-04", "2019-07-04", ["JPN", "KOR"], "export restrictions")
ev(a, R, "condemnation", "occurred",
   ["Seoel sprak van economische vergelding voor uitspraken van Zuid-Koreaanse rechters over dwangarbeid in de oorlog"],
   ["2019-07-01", "2019-07-31"], None, ["KOR", "JPN"], "accusation; undated, month hull of July")
ev(a, R, "sanction", "occurred",
   ["Op 2 augustus haalde Tokio Zuid-Korea ook van zijn lijst van vertrouwde handelspartners"],
   "2019-08-02", "2019-08-02", ["JPN", "KOR"])
ev(a, R, "summit", "occurred",
   ["Tijdens de G7-top in Biarritz, van 24 tot 26 augustus"],
   ["2019-08-24", "2019-08-26"], "2019-08-25", ["G7", "FRA"], "named summit")
ev(a, R, "talks", "occurred",
   ["Hij sprak op 25 augustus met de Franse gastheren"],
   "2019-08-25", "2019-08-25", ["IRN", "FRA"], "Zarif's surprise visit")
ev(a, N, ["talks"], "negated",
   ["de Amerikaanse delegatie zag hij niet"],
   "2019-08-25", None, ["IRN", "USA"])
ev(a, R, "agreement", "occurred",
   ["Op 7 september ruilden Rusland en Oekraïne elk 35 gevangenen uit"],
   "2019-09-07", "2019-09-07", ["RUS", "UKR"], "prisoner exchange: an agreed exchange carried out")
ev(a, R, "sanction", "occurred",
   ["legden de Verenigde Staten op 14 oktober sancties op aan drie Turkse ministers"],
   "2019-10-14", "2019-10-14", ["USA", "TUR"])
ev(a, R, "condemnation", "occurred",
   ["Dezelfde dag veroordeelden de EU-ministers van Buitenlandse Zaken de militaire actie"],
   "2019-10-14", "2019-10-14", ["EU", "TUR"])
ev(a, R, ["sanction", "agreement"], "occurred",
   ["spraken ze af dat de lidstaten hun wapenexport naar Turkije met nationale besluiten aan banden leggen"],
   "2019-10-14", "2019-10-14", ["EU", "TUR"], "arms export restrictions agreed among member states")
ev(a, R, ["talks", "summit"], "occurred",
   ["Op 17 oktober praatte de Amerikaanse vicepresident Mike Pence urenlang met Erdogan in Ankara"],
   "2019-10-17", "2019-10-17", ["USA", "TUR"])
ev(a, R, "agreement", "occurred",
   ["ze kwamen een pauze van 120 uur in de gevechten overeen"],
   "2019-10-17", "2019-10-17", ["USA", "TUR"])
ev(a, R, "agreement", "occurred",
   ["Op 22 oktober sloten Poetin en Erdogan in Sotsji een eigen akkoord over de grensstrook"],
   "2019-10-22", "2019-10-22", ["RUS", "TUR"], "Sochi memorandum")
ev(a, O, ["summit", "talks"], "occurred",
   ["Op 22 oktober sloten Poetin en Erdogan in Sotsji"],
   "2019-10-22", "2019-10-22", ["RUS", "TUR"], "the Sochi meeting itself is only implied")
ev(a, R, "agreement", "occurred",
   ["Ook op 17 oktober werden premier Boris Johnson en de EU het eens over een nieuw terugtrekkingsakkoord"],
   "2019-10-17", "2019-10-17", ["GBR", "EU"])
ev(a, R, "summit", "occurred",
   ["dat de Europese leiders op hun top in Brussel diezelfde dag goedkeurden"],
   ["2019-10-17", "2019-10-18"], "2019-10-17", ["EU", "GBR"], "European Council 17-18 Oct; the approval day is 17 Oct")
ev(a, R, "agreement", "occurred",
   ["kreeg Londen op 28 oktober opnieuw uitstel, nu tot 31 januari"],
   "2019-10-28", "2019-10-28", ["EU", "GBR"], "second extension")
ev(a, O, "condemnation", "occurred",
   ["Begin november noemde de Franse president Emmanuel Macron de NAVO in een interview met The Economist hersendood"],
   ["2019-11-01", "2019-11-10"], "2019-11-07", ["FRA", "NATO"], "criticism of one's own alliance; defensible either way")
ev(a, R, "summit", "occurred",
   ["Op de NAVO-bijeenkomst in Londen, op 3 en 4 december"],
   ["2019-12-03", "2019-12-04"], "2019-12-04", ["NATO", "GBR"], "NATO leaders' meeting")
ev(a, R, "condemnation", "occurred",
   ["noemde Trump die uitspraak heel gemeen"],
   ["2019-12-03", "2019-12-04"], "2019-12-03", ["USA", "FRA"])
ev(a, R, "talks", "planned",
   ["Daarna beginnen de onderhandelingen over de toekomstige handelsrelatie"],
   ["2020-02-01", "2020-12-31"], "2020-03-02", ["GBR", "EU"], "after the exit at the end of January; 'eind 2020' is a deadline, so the window is Feb-Dec 2020")

# ---------------------------------------------------------------- 06 Interview: India-Pakistan crisis, 2019-03-02 (Sat)
a = "d7_06_interview_india_pakistan"
IP = ["IND", "PAK"]
ev(a, R, "condemnation", "occurred",
   ["India beschuldigde Pakistan er meteen van de groep onderdak te bieden"],
   ["2019-02-14", "2019-02-15"], "2019-02-14", IP, "'meteen' after the attack of 14 Feb")
ev(a, R, "condemnation", "occurred",
   ["De VN-Veiligheidsraad veroordeelde de aanslag op 21 februari"],
   "2019-02-21", "2019-02-21", ["UN", "JEM"], "UNSC press statement; JEM invented id for Jaish-e-Mohammed")
ev(a, R, "sanction", "occurred",
   ["India trok de handelsvoordelen voor Pakistan in en verhoogde de invoerheffingen op Pakistaanse producten tot 200 procent"],
   ["2019-02-14", "2019-02-25"], "2019-02-15", IP, "MFN withdrawal (15 Feb) and 200% duty (16 Feb) in one sentence = one package; undated in the text: after the attack, before the strike of 26 Feb ('eerst')")
ev(a, R, "sanction", "occurred",
   ["Beide landen riepen hun hoge commissaris terug voor overleg"],
   ["2019-02-14", "2019-02-25"], "2019-02-18", IP, "mutual recall = reduce relations; undated, between the attack and the strike of 26 Feb (told before it)")
ev(a, R, "condemnation", "occurred",
   ["Islamabad noemde dat onverantwoordelijke agressie"],
   "2019-02-26", "2019-02-26", ["PAK", "IND"])
ev(a, R, "warning", "occurred",
   ["beloofde te antwoorden op een moment en een plaats van eigen keuze"],
   "2019-02-26", "2019-02-26", ["PAK", "IND"], "threat of retaliation")
ev(a, R, "proposal", "occurred",
   ["Hij bood India gesprekken aan"],
   "2019-02-27", "2019-02-27", ["PAK", "IND"], "Imran Khan's TV address; 'Toen' = the day of the downing, 27 Feb")
ev(a, R, "warning", "occurred",
   ["waarschuwde dat een misrekening tussen twee landen met kernwapens uit de hand kan lopen"],
   "2019-02-27", "2019-02-27", ["PAK", "IND"])
ev(a, O, "proposal", "occurred",
   ["Een dag later maakte hij in het parlement bekend dat de piloot als gebaar van vrede wordt vrijgelaten"],
   "2019-02-28", "2019-02-28", ["PAK", "IND"], "goodwill gesture; the handover itself is no event type")
ev(a, R, "talks", "occurred",
   ["De Amerikaanse minister Mike Pompeo belde na de Indiase luchtaanval met beide ministers van Buitenlandse Zaken"],
   ["2019-02-26", "2019-03-01"], "2019-02-26", ["USA", "IND", "PAK"], "phone calls with both ministers: one event")
ev(a, R, "demand", "occurred",
   ["drong aan op terughoudendheid"],
   ["2019-02-26", "2019-03-01"], "2019-02-26", ["USA", "IND", "PAK"])
ev(a, R, "demand", "occurred",
   ["Ook China riep de twee buren daartoe op"],
   ["2019-02-26", "2019-03-01"], None, ["CHN", "IND", "PAK"], "'daartoe' = restraint, from the previous sentence")
ev(a, O, "talks", "occurred",
   ["gisteren sprak de Indiase minister Sushma Swaraj in Abu Dhabi als eregast de Organisatie voor Islamitische Samenwerking toe"],
   "2019-03-01", "2019-03-01", ["IND", "OIC", "ARE"], "address to a ministerial meeting; OIC invented id")
ev(a, N, ["talks"], "negated",
   ["Pakistan bleef uit protest weg van die vergadering"],
   "2019-03-01", None, ["PAK", "OIC"], "stayed away from the OIC meeting")
ev(a, O, "sanction", "occurred",
   ["Pakistan bleef uit protest weg van die vergadering"],
   "2019-03-01", "2019-03-01", ["PAK", "OIC"], "the same stay-away read as a boycott: an occurred sanction is defensible, so it is optional (scorer matches optional before it checks negatives)")
ev(a, N, ["talks", "proposal", "agreement"], "negated",
   ["Delhi ging niet in op het aanbod"],
   None, None, IP, "offer not taken up")
ev(a, R, "demand", "occurred",
   ["India eist dat Pakistan eerst aantoonbaar optreedt tegen terreurgroepen op zijn grondgebied"],
   ["2019-02-27", "2019-03-02"], None, IP, "standing demand in the present tense, after the offer")
ev(a, N, ["talks", "summit"], "negated",
   ["Ik verwacht niet dat Modi en Khan voor die tijd samen om de tafel zitten"],
   None, None, IP, "expected non-meeting")
ev(a, N, ["warning"], "negated",
   ["als er opnieuw een grote aanslag komt, zal India weer militair willen antwoorden"],
   None, None, IP, "hypothetical")

# ---------------------------------------------------------------- 07 Newsletter digest: trade, 2020-01-17 (Fri)
a = "d7_07_nieuwsbrief_handel_week3"
UC = ["USA", "CHN"]
ev(a, R, "agreement", "occurred",
   ["fase één getekend",
    "hebben de Verenigde Staten en China woensdag in het Witte Huis een eerste deelakkoord getekend",
    "President Donald Trump en de Chinese vicepremier Liu He zetten hun handtekening"],
   "2020-01-15", "2020-01-15", UC, "phase-one deal; the headline phrase repeats it")
ev(a, O, "delivery", "planned",
   ["China belooft in 2020 en 2021 samen voor 200 miljard dollar méér aan Amerikaanse landbouwproducten, energie, industriegoederen en diensten te kopen dan in 2017"],
   ["2020-01-01", "2021-12-31"], None, UC, "purchase pledge inside the deal: a delivery reading is defensible")
ev(a, O, "sanction", "planned",
   ["Washington halveert in ruil daarvoor de heffing op een deel van de Chinese import, tot 7,5 procent"],
   None, None, UC, "partial lifting of tariffs (lifting = optional, convention 2)")
ev(a, O, "sanction", "occurred",
   ["De heffingen van 25 procent op ruwweg 250 miljard dollar aan Chinese goederen blijven wel staan"],
   None, None, UC, "standing tariffs")
ev(a, N, ["agreement"], "negated",
   ["Over de Chinese staatssubsidies, voor Washington het belangrijkste twistpunt, staat niets in het akkoord"],
   None, None, UC, "not agreed")
ev(a, R, "talks", "planned",
   ["Dat is voor fase twee, waarover de onderhandelingen volgens Trump binnenkort beginnen"],
   None, None, UC, "'binnenkort': no date; phase-two talks never really started")
ev(a, R, ["summit", "talks"], "planned",
   ["Trump zei ook dat hij op niet al te lange termijn naar China reist"],
   None, None, UC, "announced visit, never made")
ev(a, N, ["delivery"], "negated",
   ["Als China extra Amerikaanse sojabonen en vliegtuigen moet kopen, kan dat ten koste gaan van leveranciers uit andere landen"],
   None, None, ["CHN"], "hypothetical commentary")
ev(a, O, "sanction", "occurred",
   ["Twee dagen voor de ondertekening haalde het Amerikaanse ministerie van Financiën China van de lijst van valutamanipulatoren"],
   "2020-01-13", "2020-01-13", UC, "lifting of a designation: optional")
ev(a, O, "sanction", "occurred",
   ["Die aanduiding kreeg Peking in augustus, op het hoogtepunt van het conflict"],
   ["2019-08-01", "2019-08-31"], "2019-08-05", UC, "the 2019 designation, background")
ev(a, R, "talks", "occurred",
   ["Handelsvertegenwoordiger Robert Lighthizer, Eurocommissaris Phil Hogan en de Japanse minister Hiroshi Kajiyama kwamen dinsdag in Washington bijeen"],
   "2020-01-14", "2020-01-14", ["USA", "EU", "JPN"], "trilateral trade ministers' meeting")
ev(a, R, ["proposal", "agreement"], "occurred",
   ["Na afloop presenteerden ze een gezamenlijke verklaring met voorstellen om de WTO-regels voor industriële subsidies aan te scherpen"],
   "2020-01-14", "2020-01-14", ["USA", "EU", "JPN"], "joint statement with proposals; an agreement reading is accepted too")
ev(a, O, "agreement", "occurred",
   ["De Amerikaanse Senaat stemde donderdag in met het nieuwe handelsverdrag met Mexico en Canada"],
   "2020-01-16", "2020-01-16", ["USA", "MEX", "CAN"], "domestic ratification step of USMCA")
ev(a, O, "agreement", "planned",
   ["29 januari: het Europees Parlement stemt over het terugtrekkingsakkoord met het Verenigd Koninkrijk"],
   "2020-01-29", "2020-01-29", ["EU", "GBR"], "consent vote, agenda item")

# ---------------------------------------------------------------- 08 Afghanistan, G7 and an appended update + correction, 2021-08-24 (Tue); update dated 25 Aug
a = "d7_08_kabul_g7_met_correctie"
ev(a, R, "warning", "occurred",
   ["Woordvoerder Suhail Shaheen noemde 31 augustus maandag in een interview met de Britse zender Sky News een rode lijn en waarschuwde voor gevolgen als buitenlandse troepen langer blijven"],
   "2021-08-23", "2021-08-23", ["TALIBAN", "USA", "GBR"])
ev(a, R, "demand", "occurred",
   ["Zijn collega Zabihullah Mujahid eiste vandaag op een persconferentie in Kabul dat de Amerikanen ophouden met het evacueren van Afghaanse artsen en ingenieurs"],
   "2021-08-24", "2021-08-24", ["TALIBAN", "USA"])
ev(a, R, "summit", "occurred",
   ["G7 overlegt over evacuaties uit Kabul",
    "De regeringsleiders van de G7 overleggen vanmiddag per videoverbinding over de situatie",
    "Het G7-overleg heeft geen uitstel opgeleverd"],
   "2021-08-24", "2021-08-24", ["G7", "USA", "GBR"],
   "virtual G7 leaders' meeting: announced for 'vanmiddag' in the body, reported as held in the appended update -> one event, status occurred (the article as updated)")
ev(a, O, "demand", "planned",
   ["wil president Joe Biden vragen de Amerikaanse troepen langer op het vliegveld te laten"],
   "2021-08-24", None, ["GBR", "USA"], "intended request")
ev(a, R, "talks", "occurred",
   ["Volgens The Washington Post sprak CIA-directeur William Burns maandag in Kabul in het geheim met Talibanleider Abdul Ghani Baradar"],
   "2021-08-23", "2021-08-23", ["USA", "TALIBAN"], "reported, not confirmed: still reported as occurred")
ev(a, R, "sanction", "occurred",
   ["Washington heeft de Afghaanse staatsreserves die in de Verenigde Staten staan, bevroren"],
   ["2021-08-15", "2021-08-24"], None, ["USA", "AFG"], "perfect tense, undated: from the fall of Kabul to publication")
ev(a, R, "sanction", "occurred",
   ["Het Internationaal Monetair Fonds blokkeerde vorige week de toegang van Afghanistan tot zijn geld bij het fonds"],
   ["2021-08-16", "2021-08-22"], "2021-08-18", ["IMF", "AFG"])
ev(a, O, ["proposal", "talks"], "occurred",
   ["EU-buitenlandchef Josep Borrell zei vorige week dat de Unie met de Taliban zal moeten praten"],
   ["2021-08-16", "2021-08-22"], "2021-08-17", ["EU", "TALIBAN"], "stated willingness to talk")
ev(a, N, ["agreement"], "negated",
   ["Dat klopt niet: een akkoord over verlenging is er niet gekomen"],
   "2021-08-24", None, ["G7", "USA"], "correction: no extension")
ev(a, N, ["agreement"], "negated",
   ["In een eerdere versie van dit artikel stond dat de G7-landen hadden besloten de evacuatie te verlengen tot na 31 augustus"],
   "2021-08-24", None, ["G7"], "the retracted claim")
ev(a, O, "proposal", "occurred",
   ["Biden zei gisteravond na afloop dat de Verenigde Staten op schema liggen om de evacuatie op 31 augustus af te ronden"],
   "2021-08-24", "2021-08-24", ["USA"], "'gisteravond' in an update dated 25 August = 24 August; a statement of intent, optional")
ev(a, R, "demand", "occurred",
   ["Johnson zei dat de G7 als eerste voorwaarde voor contact met een nieuwe Afghaanse regering stelt dat de Taliban mensen ook na die datum veilig laten vertrekken"],
   "2021-08-24", "2021-08-24", ["G7", "GBR", "TALIBAN"], "condition = demand; said after the meeting of 24 Aug")
ev(a, O, "warning", "occurred",
   ["In hun slotverklaring schrijven de leiders dat ze de Taliban zullen beoordelen op hun daden, niet op hun woorden"],
   "2021-08-24", "2021-08-24", ["G7", "TALIBAN"])

# ---------------------------------------------------------------- 09 Opinion column on mediators, month-only header 2022-04
a = "d7_09_column_bemiddelaars"
ev(a, R, ["summit", "talks"], "occurred",
   ["Op 7 februari praatte de Franse president in het Kremlin vijf uur met zijn Russische collega"],
   "2022-02-07", "2022-02-07", ["FRA", "RUS"])
ev(a, R, ["summit", "talks"], "occurred",
   ["Acht dagen later zat Olaf Scholz aan dezelfde tafel"],
   "2022-02-15", "2022-02-15", ["DEU", "RUS"], "'acht dagen later' than 7 Feb")
ev(a, R, ["summit", "talks"], "occurred",
   ["Op zaterdag 5 maart vloog hij onaangekondigd naar Moskou voor een gesprek van drie uur met Poetin"],
   "2022-03-05", "2022-03-05", ["ISR", "RUS"])
ev(a, R, ["talks", "summit"], "occurred",
   ["en dezelfde avond door naar Berlijn om Scholz bij te praten"],
   "2022-03-05", "2022-03-05", ["ISR", "DEU"], "second meeting in the same sentence")
ev(a, O, "talks", "occurred",
   ["Macron zelf belde sinds de inval ook nog vele keren met Poetin"],
   ["2022-02-24", "2022-04-30"], None, ["FRA", "RUS"], "repeated calls, no single event")
ev(a, R, "talks", "occurred",
   ["Op 10 maart bracht minister Mevlüt Çavuşoğlu zijn Russische en Oekraïense ambtgenoten Sergej Lavrov en Dmytro Koeleba in Antalya bij elkaar"],
   "2022-03-10", "2022-03-10", ["RUS", "UKR", "TUR"])
ev(a, N, ["agreement"], "negated",
   ["Over een staakt-het-vuren werden ze het niet eens"],
   "2022-03-10", None, ["RUS", "UKR"])
ev(a, R, "talks", "occurred",
   ["Op 29 maart ontving president Erdogan de delegaties in het Dolmabahçe-paleis in Istanbul"],
   "2022-03-29", "2022-03-29", ["RUS", "UKR", "TUR"])
ev(a, R, "proposal", "occurred",
   ["Daar kwam Kyiv met een schriftelijk voorstel"],
   "2022-03-29", "2022-03-29", ["UKR", "RUS"], "neutrality in exchange for guarantees")
ev(a, O, "proposal", "occurred",
   ["Moskou zei toe zijn militaire activiteit rond Kyiv en Tsjernihiv drastisch te verminderen"],
   "2022-03-29", "2022-03-29", ["RUS", "UKR"], "unilateral pledge")
ev(a, R, "sanction", "occurred",
   ["Dezelfde dag zette Nederland zeventien Russische inlichtingenofficieren met een diplomatenpaspoort het land uit"],
   "2022-03-29", "2022-03-29", ["NLD", "RUS"])
ev(a, R, "condemnation", "occurred",
   ["sprak president Zelensky begin deze maand van genocide"],
   ["2022-04-01", "2022-04-10"], "2022-04-03", ["UKR", "RUS"], "'begin deze maand' under a 2022-04 header: month-level expression stays exact")
ev(a, R, "sanction", "occurred",
   ["Duitsland en Frankrijk wezen in dezelfde dagen samen ruim zeventig Russische diplomaten uit"],
   ["2022-04-01", "2022-04-10"], "2022-04-04", ["DEU", "FRA", "RUS"], "two national decisions told as one; one event")
ev(a, N, ["talks"], "negated",
   ["Een nieuwe ontmoeting van de twee delegaties is er sindsdien niet gekomen"],
   None, None, ["RUS", "UKR"])
ev(a, O, "talks", "occurred",
   ["er wordt alleen nog online gepraat, en steeds minder"],
   ["2022-03-30", "2022-04-30"], None, ["RUS", "UKR"], "ongoing online contacts")
ev(a, O, "demand", "occurred",
   ["Zelensky blijft vragen om een gesprek met Poetin zelf"],
   None, None, ["UKR", "RUS"], "repeated request")
ev(a, N, ["summit", "talks"], "negated",
   ["Stel dat dat er ooit van komt: wat zou er dan nog te bespreken zijn?"],
   None, None, ["UKR", "RUS"], "hypothetical meeting")
ev(a, R, "talks", "planned",
   ["Nu gaat VN-chef António Guterres eind deze maand naar Moskou en Kyiv"],
   ["2022-04-21", "2022-04-30"], "2022-04-26", ["UN", "RUS", "UKR"], "'eind deze maand' = 21-30 April")

# ---------------------------------------------------------------- 10 Niger coup and ECOWAS, 2023-08-11 (Fri), ABUJA (AFP/Reuters)
a = "d7_10_niger_ecowas_abuja"
EN = ["ECOWAS", "NER"]
ev(a, R, "summit", "occurred",
   ["Dat besloten de staatshoofden donderdag op een spoedtop in de Nigeriaanse hoofdstad Abuja"],
   "2023-08-10", "2023-08-10", EN + ["NGA"], "second extraordinary ECOWAS summit")
ev(a, O, ["warning", "demand"], "occurred",
   ["De West-Afrikaanse regionale organisatie ECOWAS heeft opdracht gegeven haar stand-bytroepenmacht te activeren voor een mogelijke interventie in Niger",
    "West-Afrikaanse leiders zetten stand-bytroepen klaar voor Niger"],
   "2023-08-10", "2023-08-10", EN, "activation of the standby force: a military threat, not cleanly one of the nine types")
ev(a, R, "demand", "occurred",
   ["Ze eisen dat de militaire junta in Niamey president Mohamed Bazoum vrijlaat en de grondwettelijke orde herstelt"],
   "2023-08-10", "2023-08-10", EN)
ev(a, O, "proposal", "occurred",
   ["Een vreedzame oplossing heeft volgens de Nigeriaanse president Bola Tinubu, voorzitter van ECOWAS, nog steeds de voorkeur"],
   "2023-08-10", "2023-08-10", ["ECOWAS", "NGA", "NER"], "stated preference for diplomacy")
ev(a, R, "summit", "occurred",
   ["Op een eerdere top in Abuja, op 30 juli"],
   "2023-07-30", "2023-07-30", EN + ["NGA"])
ev(a, R, "demand", "occurred",
   ["gaf ECOWAS de junta een week om Bazoum in zijn ambt te herstellen"],
   "2023-07-30", "2023-07-30", EN, "ultimatum")
ev(a, R, "warning", "occurred",
   ["sloot de organisatie het gebruik van geweld niet uit"],
   "2023-07-30", "2023-07-30", EN, "threat of force (negation of exclusion is no negation of the event)")
ev(a, R, "sanction", "occurred",
   ["Ook werden de grenzen met Niger gesloten, financiële transacties bevroren en de tegoeden van het land bij de regionale centrale bank geblokkeerd"],
   "2023-07-30", "2023-07-30", EN, "one package")
ev(a, R, "sanction", "occurred",
   ["stopte vorige week met die stroomlevering"],
   ["2023-07-31", "2023-08-06"], "2023-08-01", ["NGA", "NER"], "power cut = sanction")
ev(a, N, ["delivery"], "negated",
   ["Nigeria, dat een groot deel van de elektriciteit van Niger levert, stopte vorige week met die stroomlevering"],
   None, None, ["NGA", "NER"], "the delivery stopped: an occurred delivery here is an error")
ev(a, R, "sanction", "occurred",
   ["Frankrijk en de Europese Unie schortten al op 29 juli hun ontwikkelingshulp en begrotingssteun aan Niger op"],
   "2023-07-29", "2023-07-29", ["FRA", "EU", "NER"])
ev(a, R, "sanction", "occurred",
   ["Vorige week vrijdag zette ook Washington een deel van zijn hulp stil"],
   "2023-08-04", "2023-08-04", ["USA", "NER"])
ev(a, R, "sanction", "occurred",
   ["Op 3 augustus zegde zij de militaire samenwerkingsakkoorden met Frankrijk op"],
   "2023-08-03", "2023-08-03", ["NER", "FRA"], "denouncing agreements = reduce relations")
ev(a, R, "warning", "occurred",
   ["Buurlanden Mali en Burkina Faso, zelf door militairen geleid, waarschuwden op 31 juli dat zij een interventie in Niger als een oorlogsverklaring aan hun eigen landen zullen zien"],
   "2023-07-31", "2023-07-31", ["MLI", "BFA", "ECOWAS"])
ev(a, O, "sanction", "occurred",
   ["Toen het ultimatum zondag afliep, sloot Niger zijn luchtruim"],
   "2023-08-06", "2023-08-06", ["NER"], "airspace closure: defensive, defensible either way")
ev(a, R, "talks", "occurred",
   ["De Amerikaanse onderminister Victoria Nuland sprak maandag in Niamey twee uur met de nieuwe legerleiding",
    "Ze noemde de gesprekken openhartig en soms moeilijk"],
   "2023-08-07", "2023-08-07", ["USA", "NER"])
ev(a, N, ["talks"], "negated",
   ["Generaal Tiani wilde haar niet ontvangen, en ook Bazoum mocht ze niet zien"],
   "2023-08-07", None, ["NER", "USA"])
ev(a, N, ["talks"], "negated",
   ["Een gezamenlijke missie van ECOWAS, de Afrikaanse Unie en de VN werd dinsdag de toegang tot het land geweigerd"],
   "2023-08-08", None, ["ECOWAS", "AU", "UN", "NER"])

# ---------------------------------------------------------------- 11 Flemish web explainer: Israel-Hezbollah ceasefire, 2024-11-27 (Wed)
a = "d7_11_bestand_libanon_vlaams"
IL = ["ISR", "LBN", "HEZBOLLAH"]
ev(a, R, "agreement", "occurred",
   ["Bestand tussen Israël en Hezbollah is ingegaan",
    "Het bestand tussen Israël en de sjiitische beweging Hezbollah is vannacht om 3 uur Belgische tijd ingegaan",
    "Het Israëlische veiligheidskabinet keurde het akkoord gisteravond goed",
    "De Amerikaanse president Joe Biden kondigde het gisteren aan in de tuin van het Witte Huis"],
   ["2024-11-26", "2024-11-27"], "2024-11-26", IL + ["USA", "FRA"], "agreed and approved 26 Nov, in force 27 Nov 03:00 Belgian time: one event, two-day gold")
ev(a, R, "talks", "occurred",
   ["De Amerikaanse gezant Amos Hochstein pendelde vorige week tussen Beiroet en Jeruzalem",
    "In Beiroet onderhandelde hij met parlementsvoorzitter Nabih Berri, die namens Hezbollah sprak"],
   ["2024-11-18", "2024-11-24"], "2024-11-19", ["USA", "LBN", "ISR", "HEZBOLLAH"], "shuttle diplomacy: one event")
ev(a, N, ["talks"], "negated",
   ["Israël en Hezbollah praatten niet rechtstreeks met elkaar"],
   None, None, ["ISR", "HEZBOLLAH"])
ev(a, R, "warning", "occurred",
   ["Premier Benjamin Netanyahu waarschuwde in een videoboodschap dat Israël hard zal toeslaan als Hezbollah zich opnieuw bewapent of het akkoord schendt"],
   "2024-11-26", "2024-11-26", ["ISR", "HEZBOLLAH"], "a threat is a warning even when conditional")
ev(a, O, "warning", "occurred",
   ["Biden zei dat Israël het recht behoudt om zichzelf te verdedigen"],
   "2024-11-26", "2024-11-26", ["USA", "ISR", "HEZBOLLAH"])
ev(a, O, "proposal", "occurred",
   ["De Libanese premier Najib Mikati verwelkomde het bestand"],
   ["2024-11-26", "2024-11-27"], None, ["LBN"], "welcome")
ev(a, R, "demand", "occurred",
   ["vroeg de internationale gemeenschap erop toe te zien dat Israël zich eraan houdt"],
   ["2024-11-26", "2024-11-27"], None, ["LBN", "ISR"], "undated reaction: from the announcement to publication")
ev(a, O, ["warning", "demand"], "occurred",
   ["Het Israëlische leger riep de gevluchte Libanezen op om voorlopig nog niet naar hun dorpen in het zuiden terug te keren"],
   ["2024-11-26", "2024-11-27"], "2024-11-27", ["ISR", "LBN"], "military advisory to civilians")
ev(a, N, ["agreement"], "negated",
   ["Over Gaza is in dit akkoord niets afgesproken"],
   None, None, ["ISR", "HAMAS"])
ev(a, R, "talks", "planned",
   ["Biden kondigde aan dat de Verenigde Staten de komende dagen samen met Turkije, Egypte en Qatar een nieuwe poging doen om ook daar een staakt-het-vuren te bereiken"],
   ["2024-11-28", "2024-12-04"], None, ["USA", "TUR", "EGY", "QAT"], "'de komende dagen' = 7 days after publication")

# ---------------------------------------------------------------- 12 Sharm el-Sheikh Gaza summit, 2025-10-14 (Tue)
a = "d7_12_sjarm_el_sjeich_gazatop"
G4 = ["USA", "EGY", "TUR", "QAT"]
ev(a, R, "summit", "occurred",
   ["Trump en Sisi leiden vredestop in Sjarm-el-Sjeich",
    "Samen met de Egyptische president Abdel Fattah al-Sisi zat hij een top voor met ruim twintig wereldleiders"],
   "2025-10-13", "2025-10-13", ["USA", "EGY"], "named summit with many leaders; 'maandag'")
ev(a, R, "agreement", "occurred",
   ["ondertekenden er een verklaring waarin de vier landen zich garant stellen voor het bestand"],
   "2025-10-13", "2025-10-13", G4, "declaration signed by the four guarantors")
ev(a, N, ["summit", "talks"], "negated",
   ["Israël en Hamas waren niet vertegenwoordigd"],
   "2025-10-13", None, ["ISR", "HAMAS"])
ev(a, N, ["summit", "talks"], "negated",
   ["De Israëlische premier Benjamin Netanyahu was op het laatste moment wel uitgenodigd, maar zegde af vanwege een joodse feestdag"],
   "2025-10-13", None, ["ISR", "EGY", "USA"], "declined invitation; the invitation itself is not gold")
ev(a, N, ["summit", "talks"], "negated",
   ["Ook Iran sloeg de uitnodiging af"],
   "2025-10-13", None, ["IRN", "EGY"], "declined")
ev(a, O, "agreement", "occurred",
   ["Eerder op de dag liet Hamas de laatste twintig gijzelaars vrij die nog in leven waren",
    "Israël liet daarop bijna tweeduizend Palestijnse gevangenen en gedetineerden gaan"],
   "2025-10-13", "2025-10-13", ["HAMAS", "ISR"], "exchange carried out under the phase-one deal: implementation, defensible either way")
ev(a, O, ["talks", "summit"], "occurred",
   ["Trump was toen al in Israël, waar hij in Jeruzalem het parlement toesprak"],
   "2025-10-13", "2025-10-13", ["USA", "ISR"], "visit to Israel and Knesset address")
ev(a, O, "demand", "occurred",
   ["Daar vroeg hij president Isaac Herzog om Netanyahu gratie te verlenen in diens corruptiezaak"],
   "2025-10-13", "2025-10-13", ["USA", "ISR"], "request on a domestic matter")
ev(a, R, "agreement", "occurred",
   ["Over de eerste fase van het plan werden de onderhandelaars het vorige week eens, ook in Sjarm-el-Sjeich",
    "Het akkoord werd donderdag getekend; vrijdagmiddag ging het bestand in"],
   "2025-10-09", "2025-10-09", ["ISR", "HAMAS", "USA", "EGY", "QAT", "TUR"], "phase-one agreement signed Thursday 9 Oct; in force Friday 10 Oct (same event)")
ev(a, R, "delivery", "occurred",
   ["Sindsdien rijden er weer meer vrachtwagens met voedsel en medicijnen Gaza binnen"],
   ["2025-10-10", "2025-10-14"], None, ["PSE", "UN"], "aid arriving since the ceasefire; PSE for Gaza; donors not named")
ev(a, R, "talks", "planned",
   ["Over de tweede fase, met de ontwapening van Hamas, het bestuur van Gaza en een internationale stabilisatiemacht, moet nog worden onderhandeld"],
   None, None, ["ISR", "HAMAS", "USA"], "no date")
ev(a, N, ["delivery"], "negated",
   ["Ook zijn nog niet alle stoffelijke resten van overleden gijzelaars teruggebracht"],
   None, None, ["HAMAS", "ISR"], "not (yet) returned; not material aid anyway")
ev(a, R, ["summit", "talks"], "planned",
   ["Egypte wil binnenkort een internationale conferentie over de wederopbouw van Gaza organiseren"],
   None, None, ["EGY"], "'binnenkort': no date")
ev(a, N, ["agreement"], "negated",
   ["Critici wijzen erop dat er nog geen enkele afspraak is over een Palestijnse staat"],
   None, None, ["PSE"])

# ---------------------------------------------------------------- 13 Correspondent's letter: the Chinese balloon, 2023-02-20 (Mon)
a = "d7_13_brief_uit_washington_ballon"
UC = ["USA", "CHN"]
ev(a, N, ["talks"], "negated",
   ["Een dag later stelde Blinken zijn reis uit"],
   "2023-02-03", None, UC, "postponed visit")
ev(a, O, "talks", "planned",
   ["Minister van Buitenlandse Zaken Antony Blinken zou begin februari naar Peking reizen"],
   ["2023-02-01", "2023-02-10"], None, UC, "the plan as it stood before the balloon; cancelled, so at most optional")
ev(a, O, "proposal", "occurred",
   ["Peking betreurde dat de ballon, volgens China een civiel luchtschip voor weersonderzoek, uit koers was geraakt"],
   ["2023-02-03", "2023-02-03"], "2023-02-03", ["CHN", "USA"], "expression of regret; undated, placed with 'een dag later'")
ev(a, R, "condemnation", "occurred",
   ["China sprak de dag daarna van een duidelijke overreactie"],
   "2023-02-05", "2023-02-05", ["CHN", "USA"], "'de dag daarna' after 4 Feb")
ev(a, R, "warning", "occurred",
   ["liet weten dat het zich het recht voorbehoudt om te reageren"],
   "2023-02-05", "2023-02-05", ["CHN", "USA"])
ev(a, N, ["talks"], "negated",
   ["Een telefoontje van minister van Defensie Lloyd Austin met zijn Chinese ambtgenoot kwam er niet: Peking weigerde het gesprek"],
   "2023-02-04", None, UC, "refused call")
ev(a, R, "sanction", "occurred",
   ["Op 10 februari zette het ministerie van Handel zes Chinese bedrijven en instellingen die bij het ballonprogramma betrokken zouden zijn op een zwarte lijst"],
   "2023-02-10", "2023-02-10", UC, "entity list")
ev(a, R, "condemnation", "occurred",
   ["Peking beschuldigde de VS op 13 februari er op zijn beurt van sinds vorig jaar al meer dan tien keer ballonnen boven China te hebben laten vliegen"],
   "2023-02-13", "2023-02-13", ["CHN", "USA"])
ev(a, R, ["talks", "summit"], "planned",
   ["President Biden zei donderdag in een toespraak dat hij verwacht binnenkort met president Xi Jinping te spreken"],
   None, None, UC, "'binnenkort': no date; no call followed soon")
ev(a, N, ["proposal"], "negated",
   ["Maar we bieden geen excuses aan voor het neerschieten van die ballon"],
   "2023-02-16", None, ["USA", "CHN"], "no apology")
ev(a, R, "talks", "occurred",
   ["Zaterdag zagen Blinken en de Chinese topdiplomaat Wang Yi elkaar dan toch, in de marge van de veiligheidsconferentie in München",
    "Het gesprek duurde ongeveer een uur"],
   "2023-02-18", "2023-02-18", UC, "Munich is only the venue")
ev(a, O, "demand", "occurred",
   ["Blinken zei achteraf dat hij Wang duidelijk had gemaakt dat zo'n schending van het Amerikaanse luchtruim nooit meer mag gebeuren"],
   "2023-02-18", "2023-02-18", UC, "a demand or a warning; optional")
ev(a, R, "warning", "occurred",
   ["Ook waarschuwde hij voor de gevolgen als China Rusland militair gaat steunen in de oorlog tegen Oekraïne"],
   "2023-02-18", "2023-02-18", ["USA", "CHN", "RUS"])
ev(a, N, ["delivery"], "negated",
   ["als China Rusland militair gaat steunen in de oorlog tegen Oekraïne"],
   None, None, ["CHN", "RUS"], "conditional: no delivery")
ev(a, R, "condemnation", "occurred",
   ["Wang had de Amerikaanse reactie op de ballon eerder die dag op de conferentie nog hysterisch genoemd"],
   "2023-02-18", "2023-02-18", ["CHN", "USA"])

# ---------------------------------------------------------------- 16 Dutch state visit to Indonesia, 2020-03-11 (Wed)
a = "d7_16_staatsbezoek_indonesie"
NI = ["NLD", "IDN"]
ev(a, R, ["summit", "talks"], "occurred",
   ["Hij deed dat in het presidentiële paleis van Bogor, na een gesprek met president Joko Widodo",
    "De twee staatshoofden spraken onder meer over de economische samenwerking tussen beide landen"],
   "2020-03-10", "2020-03-10", NI, "meeting of the two heads of state during the state visit; 'dinsdag'")
ev(a, O, "proposal", "occurred",
   ["Koning biedt in Bogor excuses aan voor geweld na 1945",
    "Koning Willem-Alexander heeft dinsdag aan het begin van zijn staatsbezoek aan Indonesië excuses aangeboden"],
   "2020-03-10", "2020-03-10", NI, "apology: no offer attached, so not clearly a proposal; optional")
ev(a, N, ["proposal"], "negated",
   ["Excuses voor de koloniale overheersing als geheel bood de koning niet aan"],
   "2020-03-10", None, NI)
ev(a, O, ["talks", "summit"], "occurred",
   ["Widodo, die door iedereen Jokowi wordt genoemd, ontving het koningspaar met een militaire ceremonie"],
   "2020-03-10", "2020-03-10", NI, "welcome ceremony: part of the same visit; optional so that a second prediction here is no error")
ev(a, R, "delivery", "occurred",
   ["Nederland heeft het wapen eerder deze maand aan Indonesië teruggegeven"],
   ["2020-03-01", "2020-03-10"], None, NI, "return of the Diponegoro kris: material handed over; 'eerder deze maand' up to the day before publication")
ev(a, O, "demand", "occurred",
   ["Sommige nabestaanden vinden dat er meer moet gebeuren en willen dat Nederland ook de schade vergoedt"],
   None, None, ["IDN", "NLD"], "non-state demand")
ev(a, O, ["summit", "talks"], "occurred",
   ["Zijn moeder, koningin Beatrix, bracht in 1995 een staatsbezoek aan het land"],
   ["1995-01-01", "1995-12-31"], "1995-08-21", NI, "background state visit")
ev(a, O, ["talks", "summit"], "planned",
   ["De komende dagen reist het koningspaar door naar Midden-Java en Sumatra"],
   ["2020-03-12", "2020-03-18"], None, NI, "rest of the visit; 'de komende dagen'")

# ---------------------------------------------------------------- 15: background agreement in a weather article (optional)
ev("d7_15_hitterecord_weer", O, "agreement", "occurred",
   ["In het Klimaatakkoord van Parijs uit 2015 spraken landen af de opwarming ruim onder de twee graden te houden"],
   ["2015-01-01", "2015-12-31"], "2015-12-12", ["UN"], "real agreement mentioned in passing in a non-diplomatic article: optional; 'uit 2015' = the year")

# ---------------------------------------------------------------- 14, 15: no diplomatic event (sentinels)
TRAPS = {
    "d7_14_tour_utrecht_sport": [
        "Ploegleiders waarschuwen hun renners al dagen voor waaiers",
        "maar de klassementsrenners eisen een attente ploeg om zich heen",
        "In de bus overleggen ploegen voor zo'n rit meestal tot kort voor de start over de windrichting",
        "een akkoord tussen de ploegen om op elkaar te wachten bestaat niet",
        "Wie de regels overtreedt, riskeert een boete of een tijdstraf van de jury",
        "De Australiër reed gemiddeld sneller dan ooit een renner in een Tourtijdrit",
    ],
    "d7_15_hitterecord_weer": [
        "Het KNMI had voor een groot deel van het land code oranje afgegeven en waarschuwde voor de gevolgen van de hitte",
        "waarin gemeenten, zorginstellingen en hulpdiensten afspraken maken over de zorg voor kwetsbare mensen",
        "Vakbonden eisen al langer dat werkgevers bij extreme hitte de werktijden aanpassen",
        "Weerdeskundigen waarschuwen dat hittegolven door de opwarming van de aarde vaker zullen voorkomen",
        "Het KNMI roept mensen op om veel water te drinken",
    ],
}

for a, note in [("d7_14_tour_utrecht_sport",
                 "sports (Tour de France start in Utrecht, 4-5 July 2015); traps: Australische/Duitser/Zwitser/Brit, België, Frankrijk, waarschuwen, eisen, overleggen, akkoord, boete, gele trui"),
                ("d7_15_hitterecord_weer",
                 "weather (heat record 25 July 2019); traps: België, Parijs, Noord-Afrika, code oranje, waarschuwde, afspraken (Hitteplan), eisen, roept op; the Paris Agreement sentence is a separate optional line")]:
    ev(a, N, ALL, "negated", TRAPS[a], None, None, [],
       "NO-EVENT SENTINEL: article has no diplomatic event of its own; its trap sentences are listed; the line puts the article in scope so every other prediction in it counts as a false positive. " + note)


if __name__ == "__main__":
    goldkit.build(G, ROOT, max_bytes=3500, min_big=0)  # this set: articles of 1.8 to 3.5 KB
