"""Build gold.jsonl for dev15 and check every mention is a verbatim substring of its article.

Edit this script, not the JSONL. Run: python build_gold.py
"""
import pathlib, sys

ROOT = pathlib.Path(__file__).parent
sys.path.insert(0, str(ROOT.parent / "setkit"))  # the gold helper, checks and writing: tests/setkit/goldkit.py
import goldkit  # noqa: E402
from goldkit import ALL, N, O, R  # noqa: E402,F401

G, ev = goldkit.collector()
# ---------------------------------------------------------------- 01 Public broadcaster: Biden and Xi at Woodside, 2023-11-16 (Thu)
a = "d15_01_omroep_biden_xi_woodside"
UC = ["USA", "CHN"]
ev(a, R, ["summit", "talks"], "occurred",
   ["Biden en Xi spreken vier uur op landgoed bij San Francisco",
    "De twee spraken woensdag ruim vier uur met elkaar op Filoli",
    "Dat maakte Biden na afloop van hun ontmoeting bekend"],
   "2023-11-15", "2023-11-15", UC, "Woodside summit on Wednesday (headline in the present tense)")
ev(a, R, "agreement", "occurred",
   ["hebben afgesproken dat de legers van beide landen weer met elkaar gaan praten",
    "Volgens het Witte Huis worden de contacten tussen de hoogste militairen hersteld",
    "militaire lijn gaat weer open"],
   "2023-11-15", "2023-11-15", UC, "military communications restored")
ev(a, R, ["agreement", "proposal"], "occurred",
   ["Daarnaast kwamen de presidenten overeen om samen de smokkel van fentanyl aan te pakken",
    "China zegt toe de uitvoer van grondstoffen voor die verslavende pijnstiller aan banden te leggen"],
   "2023-11-15", "2023-11-15", UC, "fentanyl agreement and Chinese pledge")
ev(a, R, "agreement", "occurred",
   ["Ook beginnen beide landen een overleg over de risico's van kunstmatige intelligentie"],
   "2023-11-15", "2023-11-15", UC, "agreement to start an AI dialogue")
ev(a, O, "talks", "planned",
   ["Ook beginnen beide landen een overleg over de risico's van kunstmatige intelligentie"],
   None, None, UC, "the AI dialogue itself, undated")
ev(a, O, "agreement", "occurred",
   ["Begin volgend jaar moeten er bovendien meer lijnvluchten tussen de twee landen komen"],
   "2023-11-15", "2023-11-15", UC, "flights: part of the package; dated by the agreement, not by 'begin volgend jaar'")
ev(a, R, "agreement", "occurred",
   ["En Biden en Xi spraken af dat ze elkaar voortaan rechtstreeks bellen als er iets misgaat"],
   "2023-11-15", "2023-11-15", UC, "leaders' direct line")
ev(a, R, "talks", "occurred",
   ["De ontmoeting was vorige week donderdag en vrijdag in San Francisco voorbereid door de Amerikaanse minister van Financiën Janet Yellen en de Chinese vicepremier He Lifeng"],
   ["2023-11-09", "2023-11-10"], "2023-11-09", UC, "Yellen-He Lifeng; 'vorige week donderdag en vrijdag'")
ev(a, R, "summit", "occurred",
   ["Vorig jaar november zagen ze elkaar op het Indonesische eiland Bali, bij de G20-top"],
   ["2022-11-01", "2022-11-30"], "2022-11-14", UC, "Bali meeting at the G20")
ev(a, O, "summit", "occurred",
   ["Vorig jaar november zagen ze elkaar op het Indonesische eiland Bali, bij de G20-top"],
   ["2022-11-01", "2022-11-30"], "2022-11-15", ["G20"], "the G20 summit itself, named in passing")
ev(a, R, "sanction", "occurred",
   ["die Peking in de zomer van vorig jaar had stopgezet"],
   ["2022-06-01", "2022-08-31"], "2022-08-05", UC, "China suspended military contacts (summer 2022)")
ev(a, O, "talks", "occurred",
   ["China deed dat uit protest tegen het bezoek van Nancy Pelosi, toen voorzitter van het Huis van Afgevaardigden, aan Taiwan"],
   ["2022-06-01", "2022-08-31"], "2022-08-02", ["USA", "TWN"], "Pelosi's visit, date carried from the previous sentence")
ev(a, R, ["warning", "demand"], "occurred",
   ["Volgens Chinese staatsmedia waarschuwde Xi zijn gastheer dat de VS moeten stoppen met het bewapenen van het eiland"],
   "2023-11-15", "2023-11-15", UC)
ev(a, R, "demand", "occurred",
   ["Hij drong er ook op aan dat Washington een \"vreedzame hereniging\" van China en Taiwan steunt"],
   "2023-11-15", "2023-11-15", UC, "pronoun = Xi")
ev(a, R, "demand", "occurred",
   ["Biden riep Peking op zich terughoudend op te stellen rond de verkiezingen die Taiwan in januari houdt"],
   "2023-11-15", "2023-11-15", UC)
ev(a, O, "condemnation", "occurred",
   ["Aan het eind van de persconferentie vroeg een verslaggever of Biden Xi nog steeds een dictator vindt"],
   "2023-11-15", "2023-11-15", UC, "'dictator' remark, answer 'Dat beaamde hij'")
ev(a, R, "condemnation", "occurred",
   ["China reageerde vanochtend boos",
    "noemde de opmerking \"uiterst verkeerd\" en sprak van politieke manipulatie"],
   "2023-11-16", "2023-11-16", UC, "'vanochtend' = publication day")
ev(a, N, "talks", "negated",
   ["Minister van Buitenlandse Zaken Antony Blinken zegde daarop in februari een geplande reis naar Peking af"],
   None, None, UC, "cancelled trip (February 2023)")
ev(a, R, "talks", "occurred",
   ["Die reis maakte hij uiteindelijk in juni alsnog"],
   ["2023-06-01", "2023-06-30"], "2023-06-18", UC, "Blinken in Beijing in June 2023")
ev(a, O, "talks", "occurred",
   ["Xi sprak woensdagavond op een diner met Amerikaanse topbestuurders in San Francisco"],
   "2023-11-15", "2023-11-15", UC, "business dinner: not state-to-state")
ev(a, R, "summit", "planned",
   ["Vandaag en morgen vergaderen de leiders van de 21 APEC-economieën"],
   ["2023-11-16", "2023-11-17"], "2023-11-16", ["APEC"], "APEC leaders' meeting, present tense on a morning page (convention 1 of dev14)")
ev(a, R, ["summit", "talks"], "planned",
   ["Xi spreekt vandaag ook met de Japanse premier Fumio Kishida"],
   "2023-11-16", "2023-11-16", ["CHN", "JPN"])
ev(a, O, "sanction", "occurred",
   ["die zich zorgen maakt over de Chinese importstop voor Japanse vis"],
   None, None, ["CHN", "JPN"], "seafood ban named in passing, undated")
ev(a, N, ["summit", "talks"], "negated",
   ["Of Biden volgend jaar naar China reist, is niet afgesproken",
    "Een nieuwe ontmoeting staat nog niet op de agenda"],
   None, None, UC, "no visit or new meeting agreed")
# ---------------------------------------------------------------- 02 Quality-paper analysis: Germany-Namibia reconciliation agreement, 2021-05-29 (Sat)
a = "d15_02_analyse_duitsland_namibie"
DN = ["DEU", "NAM"]
ev(a, R, ["agreement", "proposal"], "occurred",
   ["Gisteren erkende Duitsland officieel dat het Duitse keizerrijk in zijn toenmalige kolonie Zuidwest-Afrika, het huidige Namibië, genocide heeft gepleegd op de Herero en de Nama",
    "verklaarde minister van Buitenlandse Zaken Heiko Maas",
    "Hij vroeg Namibië en de nakomelingen van de slachtoffers om vergeving",
    "De tekst waarover Maas gisteren sprak"],
   "2021-05-28", "2021-05-28", DN, "joint declaration made public with recognition and request for forgiveness, Friday")
ev(a, O, "agreement", "occurred",
   ["was al twee weken geleden geparafeerd door de twee onderhandelaars"],
   "2021-05-15", "2021-05-15", DN, "initialling (earlier step of a two-step agreement); 'twee weken geleden'")
ev(a, R, "talks", "occurred",
   ["Zij voerden sinds 2015 gesprekken over een gezamenlijke verklaring",
    "Die onderhandelingen verliepen moeizaam"],
   ["2015-01-01", "2021-05-15"], None, DN, "negotiations since 2015, up to the initialling")
ev(a, R, "delivery", "planned",
   ["In de verklaring zegt Duitsland toe de komende dertig jaar 1,1 miljard euro beschikbaar te stellen voor projecten in Namibië"],
   "2021-05-28", "2021-05-28", DN, "pledge, dated by the pledge")
ev(a, O, "proposal", "occurred",
   ["De regering van president Hage Geingob reageerde voorzichtig positief",
    "Een woordvoerder noemde de Duitse erkenning een eerste stap in de goede richting"],
   ["2021-05-28", "2021-05-29"], None, ["NAM", "DEU"], "welcome: optional; undated reaction")
ev(a, R, "condemnation", "occurred",
   ["Maar traditionele leiders van de Herero en de Nama wijzen het akkoord af",
    "Een Herero-leider sprak van een \"public relations-stunt\" van Berlijn"],
   None, None, ["NAM", "DEU"], "rejection by Namibian traditional leaders (coded NAM); present tense, no date")
ev(a, R, "demand", "occurred",
   ["eist dat Duitsland rechtstreeks met de gemeenschappen onderhandelt over echte herstelbetalingen"],
   None, None, ["NAM", "DEU"], "demand for direct talks on reparations; present tense, no date")
ev(a, O, "condemnation", "occurred",
   ["Ook in de Namibische oppositie klinkt kritiek"],
   None, None, ["NAM", "DEU"], "opposition criticism")
ev(a, N, "agreement", "negated",
   ["Het akkoord is nog niet ondertekend"],
   None, None, DN, "not yet signed")
ev(a, R, ["talks", "summit", "proposal"], "planned",
   ["Daarna zal de Duitse bondspresident Frank-Walter Steinmeier naar verwachting in het Namibische parlement officieel excuses aanbieden",
    "Een datum voor dat bezoek is er nog niet"],
   None, None, DN, "Steinmeier's planned visit and apology, no date")
ev(a, N, ["condemnation", "agreement"], "negated",
   ["Lange tijd weigerde Berlijn het woord genocide in de mond te nemen"],
   None, None, DN, "long refusal to recognise")
ev(a, R, ["talks", "proposal"], "occurred",
   ["In 2004, honderd jaar na de opstand, sprak een Duitse minister in Namibië al wel van excuses"],
   ["2004-01-01", "2004-12-31"], "2004-08-14", DN, "a German minister's apology in Namibia, 2004")
ev(a, N, "agreement", "negated",
   ["maar dat leidde niet tot een formele erkenning door de regering"],
   None, None, DN)
ev(a, O, "delivery", "occurred",
   ["Sinds 2011 zijn wel meermaals schedels en beenderen van slachtoffers die in Duitse collecties lagen, teruggegeven aan Namibië"],
   ["2011-01-01", "2021-05-28"], None, DN, "repeated returns of remains")
# ---------------------------------------------------------------- 03 Flemish news site: Holy See-China provisional agreement, 2018-09-23 (Sun)
a = "d15_03_vrt_vaticaan_china_bisschoppen"
VC = ["VAT", "CHN"]
ev(a, R, "agreement", "occurred",
   ["Vaticaan en China sluiten voorlopig akkoord over benoeming van bisschoppen",
    "Het Vaticaan en China hebben in Peking een voorlopig akkoord ondertekend over de benoeming van bisschoppen",
    "De overeenkomst werd zaterdag in de Chinese hoofdstad getekend door de Maltese monseigneur Antoine Camilleri",
    "Het Vaticaan sprak in een korte verklaring van een \"pastoraal\" en geen politiek akkoord"],
   "2018-09-22", "2018-09-22", VC, "signed Saturday in Beijing; date carried to the lead sentence")
ev(a, R, ["agreement", "proposal"], "occurred",
   ["Tegelijk maakte de Heilige Stoel bekend dat paus Franciscus zeven bisschoppen erkent die door Peking zijn aangesteld zonder zijn toestemming"],
   "2018-09-22", "2018-09-22", VC, "recognition of seven bishops, 'tegelijk'")
ev(a, O, "sanction", "occurred",
   ["De betrekkingen tussen het Vaticaan en de Volksrepubliek liggen sinds 1951 stil"],
   ["1951-01-01", "1951-12-31"], None, VC, "break of relations in 1951, named in passing")
ev(a, R, ["talks", "summit"], "occurred",
   ["Franciscus zelf was zaterdag in Litouwen, aan het begin van een vierdaagse reis langs de drie Baltische staten"],
   "2018-09-22", "2018-09-22", ["VAT", "LTU"], "papal visit to Lithuania")
ev(a, O, ["talks", "summit"], "planned",
   ["aan het begin van een vierdaagse reis langs de drie Baltische staten"],
   ["2018-09-23", "2018-09-25"], "2018-09-23", ["VAT", "LVA", "EST"], "rest of the Baltic trip")
ev(a, O, "condemnation", "occurred",
   ["beschuldigt het Vaticaan ervan de ondergrondse kerk te verraden"],
   None, None, ["HKG", "VAT"], "Cardinal Zen's accusation: a churchman, not a state")
ev(a, R, "proposal", "occurred",
   ["Het ministerie van Buitenlandse Zaken liet weten dat China de contacten met het Vaticaan wil voortzetten en de betrekkingen wil verbeteren"],
   ["2018-09-22", "2018-09-23"], "2018-09-22", VC, "stated willingness to improve relations; undated reaction")
ev(a, O, ["talks", "proposal"], "occurred",
   ["Taipei liet zaterdag weten dat het akkoord volgens het Vaticaan geen gevolgen heeft voor de banden met Taiwan"],
   "2018-09-22", "2018-09-22", ["TWN", "VAT"], "Taiwan's statement after assurances from the Holy See")
ev(a, O, "sanction", "occurred",
   ["de voorbije jaren braken al meerdere landen met Taiwan"],
   None, None, ["TWN"], "unnamed states breaking with Taiwan")
ev(a, O, "talks", "planned",
   ["Het Vaticaan verwacht dat het akkoord de komende jaren periodiek wordt geëvalueerd"],
   None, None, VC)
# ---------------------------------------------------------------- 04 TV news bulletin transcript: US-China phase one deal, 2020-01-15 (Wed)
a = "d15_04_journaal_handelsdeal_vs_china"
ev(a, R, "agreement", "occurred",
   ["hebben de Verenigde Staten en China vandaag in Washington een eerste handelsakkoord getekend",
    "President Trump en de Chinese vicepremier Liu He zetten er in het Witte Huis hun handtekening onder",
    "Ja, een feestelijke bijeenkomst in de East Room"],
   "2020-01-15", "2020-01-15", UC, "phase one deal signed today")
ev(a, O, ["agreement", "proposal"], "occurred",
   ["China belooft de komende twee jaar voor 200 miljard dollar extra aan Amerikaanse producten te kopen",
    "Ook zegt Peking toe beter op te treden tegen het stelen van bedrijfsgeheimen en het namaken van merken"],
   "2020-01-15", "2020-01-15", UC, "commitments inside the deal")
ev(a, O, ["sanction", "agreement"], "occurred",
   ["Washington halveert een deel van de importheffingen die het de afgelopen anderhalf jaar op Chinese producten heeft gelegd"],
   "2020-01-15", "2020-01-15", UC, "tariff cut inside the deal")
ev(a, O, "sanction", "occurred",
   ["Op Chinese goederen ter waarde van zo'n 250 miljard dollar blijft een heffing van 25 procent"],
   None, None, UC, "tariffs that stay")
ev(a, R, "talks", "planned",
   ["De onderhandelingen daarover beginnen volgens hem binnenkort"],
   None, None, UC, "phase two talks, 'binnenkort' (no date)")
ev(a, O, "agreement", "occurred",
   ["Het akkoord werd half december al aangekondigd"],
   ["2019-12-11", "2019-12-20"], "2019-12-13", UC, "announcement, earlier step of a two-step agreement")
ev(a, R, ["proposal", "sanction"], "occurred",
   ["Maandag schrapte het Amerikaanse ministerie van Financiën China van de lijst van landen die hun munt manipuleren",
    "Dat was een duidelijk gebaar richting Peking"],
   "2020-01-13", "2020-01-13", UC, "currency-manipulator label lifted on Monday: conciliatory gesture")
ev(a, O, "condemnation", "occurred",
   ["De Democraten in het Congres vinden dat Trump te weinig heeft binnengehaald"],
   None, None, ["USA"], "domestic criticism")
ev(a, N, ["summit", "talks"], "negated",
   ["President Xi Jinping was er vandaag trouwens niet bij"],
   None, None, UC, "Xi absent")
ev(a, R, ["talks", "summit"], "planned",
   ["Trump zei dat hij zelf over niet al te lange tijd naar China gaat"],
   None, None, UC, "planned visit, no date")
ev(a, O, "warning", "occurred",
   ["De Europese Commissie liet vanmiddag weten dat ze nauwkeurig gaat bekijken of Europese bedrijven niet benadeeld worden"],
   "2020-01-15", "2020-01-15", ["EU", "USA", "CHN"], "mild statement")
ev(a, R, "talks", "occurred",
   ["Eurocommissaris voor Handel Phil Hogan is deze week zelf in Washington",
    "Hij sprak daar met zijn Amerikaanse collega Robert Lighthizer"],
   ["2020-01-13", "2020-01-19"], None, ["EU", "USA"], "'deze week' in the past tense = the ISO week")
ev(a, O, "warning", "occurred",
   ["over de Amerikaanse dreiging met heffingen op Europese auto's"],
   None, None, ["USA", "EU"], "threat named in passing")
# ---------------------------------------------------------------- 05 Regional paper: Abe in Beijing, 2018-10-26 (Fri)
a = "d15_05_regio_abe_peking"
JC = ["JPN", "CHN"]
ev(a, R, ["summit", "talks"], "occurred",
   ["Dat zeiden beide leiders vandaag na een ontmoeting in de Grote Hal van het Volk in Peking",
    "daarna werd hij door Xi ontvangen"],
   "2018-10-26", "2018-10-26", JC, "Abe-Xi")
ev(a, R, ["summit", "talks"], "occurred",
   ["Vandaag had hij eerst overleg met Li"],
   "2018-10-26", "2018-10-26", JC, "Abe-Li talks, second event in the sentence")
ev(a, O, "talks", "occurred",
   ["Abe in Peking: 'van concurrentie naar samenwerking'",
    "Het is voor het eerst in zeven jaar dat een Japanse premier een officieel bezoek aan China brengt",
    "Abe kwam donderdag aan in de Chinese hoofdstad"],
   ["2018-10-25", "2018-10-27"], "2018-10-25", JC, "the visit as a whole (Thu-Sat)")
ev(a, R, "talks", "occurred",
   ["Donderdagavond woonde hij met zijn Chinese ambtgenoot Li Keqiang een receptie bij"],
   "2018-10-25", "2018-10-25", JC, "Thursday evening reception with Li")
ev(a, R, "agreement", "occurred",
   ["het vriendschapsverdrag dat beide landen in 1978 sloten"],
   ["1978-01-01", "1978-12-31"], "1978-08-12", JC, "1978 treaty of peace and friendship")
ev(a, R, "agreement", "occurred",
   ["Japan en China sloten een akkoord over het onderling uitwisselen van valuta"],
   "2018-10-26", "2018-10-26", JC, "currency swap; date from the visit")
ev(a, R, "agreement", "occurred",
   ["Daarnaast tekenden Japanse en Chinese bedrijven en overheidsinstellingen ruim vijftig overeenkomsten over samenwerking bij infrastructuurprojecten in derde landen"],
   "2018-10-26", "2018-10-26", JC)
ev(a, N, "delivery", "negated",
   ["Abe kondigde ook aan dat Japan stopt met ontwikkelingshulp aan China"],
   None, None, JC, "end of development aid: a delivery that stops")
ev(a, O, "delivery", "occurred",
   ["Tokio gaf sinds 1979 miljarden uit aan Chinese wegen, havens en vliegvelden"],
   ["1979-01-01", "2018-10-26"], None, JC, "past aid")
ev(a, O, "proposal", "occurred",
   ["Abe zei dat de Oost-Chinese Zee een \"zee van vrede\" moet worden"],
   "2018-10-26", "2018-10-26", JC)
ev(a, O, "sanction", "occurred",
   ["de handelsoorlog die de Amerikaanse president Donald Trump met China voert",
    "nu de heffingen uit Washington zich opstapelen"],
   None, None, ["USA", "CHN"], "trade war, in passing")
ev(a, O, "sanction", "occurred",
   ["ook Japan heeft last van Amerikaanse importtarieven op staal"],
   None, None, ["USA", "JPN"])
ev(a, R, "proposal", "occurred",
   ["Abe nodigde Xi uit voor een staatsbezoek aan Japan"],
   "2018-10-26", "2018-10-26", JC, "invitation")
ev(a, O, "summit", "planned",
   ["Wanneer dat bezoek plaatsvindt, is nog onduidelijk"],
   None, None, JC, "the state visit itself, undated")
ev(a, N, ["agreement", "talks"], "negated",
   ["Een tijdpad voor gesprekken over de eilanden spraken de twee leiders niet af"],
   None, None, JC)
ev(a, R, ["summit", "talks"], "planned",
   ["Later deze maand ontvangt hij daar de Indiase premier Narendra Modi"],
   ["2018-10-27", "2018-10-31"], "2018-10-29", ["JPN", "IND"], "'later deze maand' = the day after publication to the month's end")
# ---------------------------------------------------------------- 06 Press review: Israel and Turkey restore full relations, 2022-08-18 (Thu)
a = "d15_06_persoverzicht_israel_turkije"
IT = ["ISR", "TUR"]
ev(a, R, "agreement", "occurred",
   ["Israël en Turkije ruilen weer ambassadeurs",
    "het herstel van de volledige diplomatieke betrekkingen tussen Israël en Turkije, dat woensdag werd aangekondigd",
    "Het kantoor van de Israëlische premier Yair Lapid maakte woensdag bekend dat beide landen hun betrekkingen weer op het hoogste niveau brengen",
    "Israël en Turkije sturen opnieuw ambassadeurs en consuls-generaal naar elkaars hoofdsteden",
    "Dezelfde dag bevestigde de Turkse minister van Buitenlandse Zaken Mevlüt Çavuşoğlu het besluit in Ankara"],
   "2022-08-17", "2022-08-17", IT, "restoration announced Wednesday, confirmed in Ankara the same day")
ev(a, O, "proposal", "occurred",
   ["Lapid sprak van een belangrijke stap voor de regionale stabiliteit"],
   "2022-08-17", "2022-08-17", IT)
ev(a, O, "warning", "occurred",
   ["Hij voegde eraan toe dat Turkije \"de zaak van de Palestijnen niet opgeeft\""],
   "2022-08-17", "2022-08-17", ["TUR", "ISR", "PSE"], "caveat, mild")
ev(a, R, "sanction", "occurred",
   ["De twee landen hadden hun ambassadeurs in 2018 teruggeroepen"],
   ["2018-01-01", "2018-12-31"], "2018-05-15", IT, "mutual recall of ambassadors, 2018")
ev(a, R, "sanction", "occurred",
   ["Turkije stuurde toen de Israëlische ambassadeur het land uit"],
   ["2018-01-01", "2018-12-31"], "2018-05-15", ["TUR", "ISR"], "expulsion; 'toen' = 2018")
ev(a, R, "talks", "occurred",
   ["die als minister van Buitenlandse Zaken in juni nog zelf naar Ankara reisde"],
   ["2022-06-01", "2022-06-30"], "2022-06-23", IT, "Lapid in Ankara in June")
ev(a, O, "demand", "occurred",
   ["Het blad eist dat de regering van Ankara eerst de activiteiten van de beweging op Turks grondgebied aan banden legt"],
   None, None, ["TUR", "HAMAS"], "a newspaper's demand: not a state act")
ev(a, R, ["summit", "talks"], "occurred",
   ["het bezoek van de Israëlische president Isaac Herzog aan Ankara in maart"],
   ["2022-03-01", "2022-03-31"], "2022-03-09", IT, "Herzog in Ankara")
ev(a, R, "talks", "occurred",
   ["In mei kwam Çavuşoğlu daarna naar Israël en de Palestijnse gebieden"],
   ["2022-05-01", "2022-05-31"], "2022-05-24", ["TUR", "ISR", "PSE"], "Çavuşoğlu in Israel and the Palestinian territories")
ev(a, R, "talks", "occurred",
   ["Vorige maand spraken Erdoğan en Lapid, inmiddels premier, elkaar voor het eerst telefonisch"],
   ["2022-07-01", "2022-07-31"], None, IT, "phone call; 'vorige maand' = July")
ev(a, O, "agreement", "occurred",
   ["waarmee Ankara de banden ook heeft hersteld"],
   None, None, ["TUR"], "restored ties with unnamed Gulf states")
ev(a, O, "demand", "occurred",
   ["Een commentator in Ramallah roept Turkije op zijn invloed te gebruiken"],
   None, None, ["PSE", "TUR"], "a commentator: not a state act")
# ---------------------------------------------------------------- 07 Morning briefing (bullets): CSTO in Kazakhstan, 2022-01-11 (Tue)
a = "d15_07_ochtendbriefing_kazachstan"
CSTO = ["CSTO", "RUS", "BLR", "KAZ", "KGZ", "TJK", "ARM"]
ev(a, R, ["summit", "talks"], "occurred",
   ["hielden gisteren een videovergadering over de onrust in Kazachstan",
    "Aan de top namen de presidenten van Rusland, Belarus, Kazachstan, Kirgizië en Tadzjikistan deel"],
   "2022-01-10", "2022-01-10", CSTO, "CSTO video summit yesterday")
ev(a, R, "warning", "occurred",
   ["Hij sprak van een poging tot een \"kleurenrevolutie\" en waarschuwde dat de bondgenoten zoiets niet zullen toestaan"],
   "2022-01-10", "2022-01-10", ["RUS", "CSTO"], "Putin's warning, date carried ('daar')")
ev(a, O, "proposal", "occurred",
   ["De Russische president Vladimir Poetin zei daar dat de vredesmacht van de CSTO Kazachstan zal verlaten zodra haar taak erop zit"],
   "2022-01-10", "2022-01-10", ["RUS", "KAZ", "CSTO"], "assurance")
ev(a, O, ["proposal", "condemnation"], "occurred",
   ["De Kazachse president Kasym-Zjomart Tokajev bedankte zijn collega's voor de snelle hulp",
    "Volgens hem ging het om een poging tot staatsgreep"],
   "2022-01-10", "2022-01-10", ["KAZ", "CSTO"], "thanks; accusation of unnamed 'terrorists'")
ev(a, R, "demand", "occurred",
   ["Tokajev vroeg de CSTO vorige week woensdag om hulp"],
   "2022-01-05", "2022-01-05", ["KAZ", "CSTO"], "request for help, 'vorige week woensdag'")
ev(a, O, ["agreement", "delivery"], "occurred",
   ["Pasjinjan maakte in de nacht nog bekend dat het bondgenootschap troepen stuurt"],
   ["2022-01-05", "2022-01-06"], "2022-01-06", ["CSTO", "ARM", "KAZ"], "decision to send troops (troop movements are no type; the decision is defensible)")
ev(a, R, "demand", "occurred",
   ["Armenië vroeg de CSTO vorig jaar mei nog om steun in het grensconflict met Azerbeidzjan"],
   ["2021-05-01", "2021-05-31"], None, ["ARM", "CSTO"], "Armenia's request, May 2021")
ev(a, N, ["delivery", "agreement"], "negated",
   ["in het grensconflict met Azerbeidzjan, maar kreeg die niet"],
   None, None, ["CSTO", "ARM"], "support refused")
ev(a, N, "talks", "negated",
   ["Gesprekken met de demonstranten wees hij af"],
   None, None, ["KAZ"], "refused talks with protesters (domestic)")
ev(a, R, ["warning", "condemnation"], "occurred",
   ["Antony Blinken zette vrijdag vraagtekens bij de Kazachse vraag om buitenlandse troepen",
    "Hij waarschuwde dat het soms heel moeilijk is de Russen weer weg te krijgen als ze eenmaal in je huis zijn"],
   "2022-01-07", "2022-01-07", ["USA", "RUS", "KAZ"], "Blinken on Friday")
ev(a, R, "condemnation", "occurred",
   ["Het Russische ministerie van Buitenlandse Zaken reageerde een dag later met spot en noemde de opmerking typerend voor Washington"],
   "2022-01-08", "2022-01-08", ["RUS", "USA"], "'een dag later' = Saturday")
ev(a, O, ["proposal", "talks"], "occurred",
   ["De Chinese president Xi Jinping stuurde Tokajev vrijdag een boodschap waarin hij zijn steun uitsprak voor het harde optreden"],
   "2022-01-07", "2022-01-07", ["CHN", "KAZ"], "statement of support: optional (dev14 convention 8)")
ev(a, O, "talks", "occurred",
   ["In Wenen praten diplomaten van Iran, Frankrijk, Duitsland, het Verenigd Koninkrijk, Rusland en China deze week verder over het herstel van het atoomakkoord van 2015"],
   ["2022-01-10", "2022-01-16"], None, ["IRN", "FRA", "DEU", "GBR", "RUS", "CHN", "USA"], "ongoing talks this week: status defensible either way")
ev(a, O, "agreement", "occurred",
   ["het herstel van het atoomakkoord van 2015"],
   ["2015-01-01", "2015-12-31"], "2015-07-14", ["IRN", "FRA", "DEU", "GBR", "RUS", "CHN", "USA"], "JCPOA named in passing")
# ---------------------------------------------------------------- 08 Interview (Q&A): Russia-Ukraine gas transit deal, 2019-12-31 (Tue)
a = "d15_08_interview_gastransit"
RU = ["RUS", "UKR"]
ev(a, R, "agreement", "occurred",
   ["Op de valreep van het jaar hebben Rusland en Oekraïne een nieuw contract getekend voor de doorvoer van Russisch gas naar Europa",
    "Het Russische Gazprom en het Oekraïense Naftogaz hebben gisteren een contract voor vijf jaar ondertekend"],
   "2019-12-30", "2019-12-30", RU, "transit contract signed yesterday")
ev(a, O, "delivery", "planned",
   ["Volgend jaar moet er minstens 65 miljard kubieke meter Russisch gas door Oekraïense leidingen naar Europa stromen"],
   ["2020-01-01", "2020-12-31"], None, RU + ["EU"], "volumes under the contract")
ev(a, R, "agreement", "occurred",
   ["De hoofdlijnen lagen er al sinds vlak voor Kerst",
    "Toen bereikten de ministers van beide landen in Berlijn een principeakkoord"],
   ["2019-12-18", "2019-12-24"], "2019-12-20", RU + ["EU"], "agreement in principle in Berlin; 'vlak voor Kerst' = 18-24 Dec (new convention)")
ev(a, O, "talks", "occurred",
   ["na een lange nacht onderhandelen onder leiding van de Europese Commissie"],
   ["2019-12-18", "2019-12-24"], "2019-12-19", RU + ["EU"], "the night of talks that produced it")
ev(a, O, "talks", "occurred",
   ["Eurocommissaris Maroš Šefčovič zat de driehoeksgesprekken voor"],
   None, None, RU + ["EU"], "the trilateral series, undated")
ev(a, R, ["sanction", "delivery"], "occurred",
   ["toen Moskou de gaskraan naar Oekraïne dichtdraaide"],
   ["2009-01-01", "2009-01-31"], "2009-01-07", RU, "January 2009 cut-off (dev14 convention 3)")
ev(a, O, ["agreement", "proposal"], "occurred",
   ["Kyiv heeft afgezien van een deel van zijn claims tegen Gazprom"],
   None, None, ["UKR", "RUS"], "concession inside the deal")
ev(a, R, "delivery", "occurred",
   ["Tegelijk heeft Gazprom vorige week vrijdag 2,9 miljard dollar aan Naftogaz overgemaakt",
    "Dat het geld nu toch is overgemaakt"],
   "2019-12-27", "2019-12-27", RU, "payment of the arbitration award, 'vorige week vrijdag'")
ev(a, O, "condemnation", "occurred",
   ["Dat bedrag had een arbitragehof in Stockholm vorig jaar aan Oekraïne toegekend"],
   ["2018-01-01", "2018-12-31"], "2018-02-28", RU, "arbitral award (optional, as in the model)")
ev(a, N, "delivery", "negated",
   ["maar Gazprom weigerde lange tijd te betalen"],
   None, None, RU, "refusal to pay (before the payment)")
ev(a, R, ["summit", "talks"], "occurred",
   ["Speelde de top in Parijs een rol?",
    "Begin december zaten Poetin en de Oekraïense president Volodymyr Zelensky voor het eerst samen aan tafel, met Macron en Merkel erbij"],
   ["2019-12-01", "2019-12-10"], "2019-12-09", RU + ["FRA", "DEU"], "Normandy summit in Paris")
ev(a, R, "talks", "occurred",
   ["maar Poetin en Zelensky spraken ook apart over gas"],
   ["2019-12-01", "2019-12-10"], "2019-12-09", RU, "separate bilateral on gas, date carried ('Daar')")
ev(a, R, "summit", "planned",
   ["De vier leiders spraken af om binnen vier maanden opnieuw bijeen te komen"],
   ["2019-12-10", "2020-04-09"], None, RU + ["FRA", "DEU"], "next Normandy summit 'binnen vier maanden' of the Paris summit (never held)")
ev(a, O, "agreement", "occurred",
   ["De vier leiders spraken af om binnen vier maanden opnieuw bijeen te komen"],
   ["2019-12-01", "2019-12-10"], "2019-12-09", RU + ["FRA", "DEU"], "the agreement to meet again, made at the summit")
ev(a, R, "sanction", "occurred",
   ["Maar president Trump heeft vlak voor Kerst sancties getekend tegen bedrijven die de leiding aanleggen"],
   ["2019-12-18", "2019-12-24"], "2019-12-20", ["USA", "RUS"], "Nord Stream 2 sanctions")
ev(a, R, "condemnation", "occurred",
   ["Moskou veroordeelde de sancties"],
   ["2019-12-18", "2019-12-31"], None, ["RUS", "USA"], "undated reaction: from the sanctions to publication")
ev(a, O, "proposal", "occurred",
   ["Oekraïne wilde een contract van tien jaar"],
   None, None, ["UKR", "RUS"], "Ukraine's position, not granted")
ev(a, N, ["delivery", "sanction"], "negated",
   ["Zonder deze deal hadden we in januari misschien een probleem gehad"],
   None, None, RU, "hypothetical cut-off")
# ---------------------------------------------------------------- 09 Correspondent's diary (month-only header): Xi in Rome, 2019-03
a = "d15_09_dagboek_xi_rome"
ICN = ["ITA", "CHN"]
ev(a, O, "talks", "occurred",
   ["hield tijdens het staatsbezoek van de Chinese president Xi Jinping een dagboek bij",
    "Xi landt 's avonds op Fiumicino"],
   ["2019-03-21", "2019-03-24"], "2019-03-21", ICN, "the state visit as a whole")
ev(a, R, "warning", "occurred",
   ["Washington heeft de regering-Conte de afgelopen weken herhaaldelijk gewaarschuwd dat ze daarmee de Chinese invloed in Europa vergroot"],
   ["2019-02-21", "2019-03-20"], None, ["USA", "ITA"], "US warnings; 'de afgelopen weken' = 28 days before the entry of 21 March")
ev(a, O, "condemnation", "occurred",
   ["de Europese Commissie noemde China eerder deze maand nog een \"systeemrivaal\""],
   ["2019-03-01", "2019-03-20"], "2019-03-12", ["EU", "CHN"], "'eerder deze maand' relative to the entry date")
ev(a, R, ["summit", "talks"], "occurred",
   ["President Sergio Mattarella ontvangt Xi met alle pracht die de Italiaanse republiek in huis heeft",
    "Na afloop van hun gesprek spreekt Mattarella over een \"tweerichtingsverkeer\" in de handel"],
   "2019-03-22", "2019-03-22", ICN, "Quirinale, Friday entry (present tense of the diary)")
ev(a, O, "warning", "occurred",
   ["Het klinkt beleefd, maar ook als een waarschuwing"],
   "2019-03-22", "2019-03-22", ICN, "the correspondent's reading")
ev(a, R, "talks", "occurred",
   ["'s Middags spreekt Xi met de voorzitters van de Kamer en de Senaat"],
   "2019-03-22", "2019-03-22", ICN)
ev(a, O, "talks", "occurred",
   ["'s Avonds is er een staatsdiner"],
   "2019-03-22", "2019-03-22", ICN)
ev(a, N, ["talks", "summit"], "negated",
   ["Matteo Salvini, vicepremier en leider van de Lega, blijft weg"],
   None, None, ICN, "Salvini stays away from the state dinner")
ev(a, O, ["warning", "condemnation"], "occurred",
   ["Hij zegt dat Italië geen kolonie van wie dan ook mag worden"],
   "2019-03-22", "2019-03-22", ICN)
ev(a, R, "agreement", "occurred",
   ["zetten Di Maio en een Chinese minister in het bijzijn van Conte en Xi hun handtekening onder het memorandum",
    "Het gaat om een memorandum waarmee Italië zich aansluit bij de Nieuwe Zijderoute",
    "Na de Italiaanse solo van zaterdag is dat een hele opgave"],
   "2019-03-23", "2019-03-23", ICN, "Belt and Road memorandum signed Saturday")
ev(a, O, "summit", "occurred",
   ["in het bijzijn van Conte en Xi"],
   "2019-03-23", "2019-03-23", ICN, "Conte and Xi together at Villa Madama")
ev(a, R, "agreement", "occurred",
   ["Daarna volgen nog tientallen andere overeenkomsten"],
   "2019-03-23", "2019-03-23", ICN, "the other agreements")
ev(a, O, "proposal", "occurred",
   ["Conte benadrukt dat het memorandum juridisch niet bindend is"],
   "2019-03-23", "2019-03-23", ["ITA", "NATO", "EU"])
ev(a, O, "condemnation", "occurred",
   ["Een Italiaanse diplomaat fluistert me bij de koffie toe dat Parijs en Berlijn woedend zijn"],
   "2019-03-23", "2019-03-23", ["FRA", "DEU", "ITA"], "hearsay")
ev(a, O, "talks", "occurred",
   ["Xi vertrekt naar Palermo, voor een kort bezoek aan Sicilië, en daarna naar Monaco"],
   "2019-03-24", "2019-03-24", ["CHN", "ITA", "MCO"])
ev(a, R, ["summit", "talks"], "planned",
   ["Vandaag ontvangt de Franse president Emmanuel Macron Xi in Parijs"],
   "2019-03-25", "2019-03-25", ["FRA", "CHN"], "written in the morning of the 25th: planned (dev14 convention 1)")
ev(a, R, "summit", "planned",
   ["Morgen, dinsdag 26 maart, schuiven daar ook de Duitse bondskanselier Angela Merkel en de voorzitter van de Europese Commissie Jean-Claude Juncker aan"],
   "2019-03-26", "2019-03-26", ["FRA", "DEU", "EU", "CHN"])
ev(a, R, "summit", "planned",
   ["Op 9 april volgt in Brussel een top tussen de EU en China, waarvoor premier Li Keqiang naar Europa komt"],
   "2019-04-09", "2019-04-09", ["EU", "CHN"])
ev(a, O, ["proposal", "demand"], "planned",
   ["Europa wil daar afspraken maken over markttoegang voor Europese bedrijven en over staatssteun"],
   "2019-04-09", "2019-04-09", ["EU", "CHN"])
# ---------------------------------------------------------------- 10 Local paper, The Hague: The Gambia v. Myanmar, 2020-01-24 (Fri)
a = "d15_10_haags_gambia_myanmar"
ev(a, R, ["demand", "sanction"], "occurred",
   ["heeft Myanmar gisteren opgedragen alles te doen om een genocide op de Rohingya te voorkomen",
    "De zeventien rechters namen dat besluit unaniem",
    "Vredespaleis: Myanmar moet Rohingya beschermen",
    "Het hof draagt Myanmar op om het leger en andere gewapende groepen te laten stoppen met daden van genocide",
    "Binnen vier maanden moet de regering in Naypyidaw het hof laten weten wat ze heeft gedaan"],
   "2020-01-23", "2020-01-23", ["ICJ", "MMR"], "provisional measures (interim order = demand/sanction, dev14 convention 6)")
ev(a, R, ["condemnation", "demand"], "occurred",
   ["in de zaak die het West-Afrikaanse Gambia in november tegen Myanmar heeft aangespannen",
    "Gambia beschuldigt het Aziatische land ervan het Genocideverdrag van 1948 te schenden"],
   ["2019-11-01", "2019-11-30"], "2019-11-11", ["GMB", "MMR"], "filing the case (model convention)")
ev(a, O, "proposal", "occurred",
   ["Het land deed dat met steun van de 57 landen van de Organisatie voor Islamitische Samenwerking"],
   ["2019-11-01", "2019-11-30"], None, ["OIC", "GMB"], "support")
ev(a, N, "talks", "negated",
   ["Blijft Myanmar in gebreke, dan kan de zaak bij de VN-Veiligheidsraad terechtkomen"],
   None, None, ["UN", "MMR"], "hypothetical")
ev(a, R, "condemnation", "occurred",
   ["Myanmar zelf reageerde koel",
    "liet gisteravond weten dat het hof een \"vertekend beeld\" heeft gekregen van de situatie in de deelstaat Rakhine"],
   "2020-01-23", "2020-01-23", ["MMR", "ICJ"], "rejection of the ruling")
ev(a, O, ["talks"], "occurred",
   ["In december stond het Vredespaleis drie dagen lang in het middelpunt van de wereldbelangstelling"],
   ["2019-12-10", "2019-12-12"], "2019-12-10", ["GMB", "MMR", "ICJ"], "the hearings")
ev(a, R, "condemnation", "occurred",
   ["Van 10 tot en met 12 december verdedigde Aung San Suu Kyi, Nobelprijswinnaar en de feitelijke regeringsleider van Myanmar, haar land persoonlijk voor het hof",
    "maar noemde het beeld van genocide \"onvolledig en misleidend\""],
   ["2019-12-10", "2019-12-12"], "2019-12-11", ["MMR", "GMB"], "Suu Kyi rejects the accusation")
ev(a, O, "demand", "occurred",
   ["Wel vroeg zij in een opiniestuk in een Britse krant de buitenwereld om Myanmar de tijd te geven zelf recht te spreken"],
   "2020-01-23", "2020-01-23", ["MMR"], "op-ed; date carried from 'Gisteren'")
ev(a, R, "sanction", "occurred",
   ["Op de eerste dag van de zittingen in december legden de Verenigde Staten sancties op aan de Myanmarese legerleider Min Aung Hlaing en drie andere generaals",
    "Hun eventuele bezittingen in de VS worden bevroren"],
   "2019-12-10", "2019-12-10", ["USA", "MMR"], "first day of the hearings = 10 December")
ev(a, O, "condemnation", "occurred",
   ["Washington beschuldigt hen van ernstige schendingen van de mensenrechten"],
   "2019-12-10", "2019-12-10", ["USA", "MMR"], "the accusation behind the sanctions")
ev(a, R, "proposal", "occurred",
   ["Nederland en Canada lieten op 9 december in een gezamenlijke verklaring weten dat zij de zaak van Gambia steunen en bekijken of zij zich er formeel bij kunnen aansluiten"],
   "2019-12-09", "2019-12-09", ["NLD", "CAN", "GMB"], "joint statement: support and intent to intervene")
ev(a, O, "proposal", "occurred",
   ["Gisteren verwelkomden de twee landen de uitspraak opnieuw samen"],
   "2020-01-23", "2020-01-23", ["NLD", "CAN"], "welcome")
ev(a, R, "demand", "occurred",
   ["Zij roepen Myanmar op de maatregelen direct na te leven"],
   "2020-01-23", "2020-01-23", ["NLD", "CAN", "MMR"], "call in yesterday's statement, date carried")
ev(a, O, "condemnation", "occurred",
   ["Een onderzoeksmissie van de VN concludeerde in 2018 dat topmilitairen van Myanmar voor genocide zouden moeten worden vervolgd"],
   ["2018-01-01", "2018-12-31"], "2018-08-27", ["UN", "MMR"])
# ---------------------------------------------------------------- 11 Weekend quiz "de week in vijf vragen": Trump's first foreign trip, 2017-05-27 (Sat)
a = "d15_11_quiz_week_trump_reis"
ev(a, R, ["summit", "talks"], "occurred",
   ["Trump werd vorige week zaterdag in Riyad met veel ceremonieel ontvangen door koning Salman"],
   "2017-05-20", "2017-05-20", ["USA", "SAU"], "'vorige week zaterdag' in a Saturday paper = 20 May")
ev(a, R, "agreement", "occurred",
   ["Met welk land sloot Trump vorige week zaterdag een wapendeal van 110 miljard dollar?",
    "Dezelfde dag tekenden de twee landen een wapenovereenkomst van ongeveer 110 miljard dollar"],
   "2017-05-20", "2017-05-20", ["USA", "SAU"], "arms deal; the quiz question names it too")
ev(a, O, "delivery", "planned",
   ["Dezelfde dag tekenden de twee landen een wapenovereenkomst van ongeveer 110 miljard dollar",
    "Het gaat om onder meer tanks, schepen en raketafweer"],
   "2017-05-20", "2017-05-20", ["USA", "SAU"], "the deliveries the deal promises")
ev(a, O, "agreement", "occurred",
   ["Daarnaast sloten Amerikaanse en Saudische bedrijven contracten voor honderden miljarden"],
   "2017-05-20", "2017-05-20", ["USA", "SAU"], "company contracts")
ev(a, O, "condemnation", "occurred",
   ["Mensenrechtenorganisaties hekelden de deal"],
   ["2017-05-20", "2017-05-27"], None, ["USA", "SAU"], "NGOs, not states")
ev(a, R, "summit", "occurred",
   ["Tot welke groep richtte Trump zich zondag in een toespraak in Riyad?",
    "Op zondag sprak Trump in Riyad leiders van tientallen landen met een islamitische meerderheid toe"],
   "2017-05-21", "2017-05-21", ["USA", "SAU"], "Arab-Islamic-American summit on Sunday")
ev(a, R, "demand", "occurred",
   ["Hij riep hen op terroristen en extremisten \"uit hun gebedshuizen en hun land te verdrijven\""],
   "2017-05-21", "2017-05-21", ["USA"], "call on the leaders (unnamed states)")
ev(a, R, "condemnation", "occurred",
   ["Iran werd door hem scherp veroordeeld: volgens Trump steunt Teheran terrorisme in de hele regio"],
   "2017-05-21", "2017-05-21", ["USA", "IRN"])
ev(a, R, "condemnation", "occurred",
   ["deed de bijeenkomst in Riyad af als een show zonder waarde"],
   ["2017-05-21", "2017-05-27"], "2017-05-22", ["IRN", "USA", "SAU"], "Rouhani's reaction, undated")
ev(a, R, ["summit", "talks"], "occurred",
   ["Na Riyad vloog Trump maandag door naar Israël, waar hij premier Benjamin Netanyahu sprak"],
   "2017-05-22", "2017-05-22", ["USA", "ISR"])
ev(a, R, ["summit", "talks"], "occurred",
   ["Dinsdag zocht hij in Bethlehem de Palestijnse president Mahmoud Abbas op"],
   "2017-05-23", "2017-05-23", ["USA", "PSE"])
ev(a, O, "proposal", "occurred",
   ["Tegen beiden zei hij dat hij vrede tussen Israëliërs en Palestijnen wil bereiken"],
   ["2017-05-22", "2017-05-23"], None, ["USA", "ISR", "PSE"])
ev(a, N, "proposal", "negated",
   ["Een vredesplan presenteerde hij niet"],
   None, None, ["USA", "ISR", "PSE"], "no peace plan")
ev(a, R, ["talks", "summit"], "occurred",
   ["Wie ontving Trump woensdag in het Vaticaan?",
    "Het gesprek duurde zo'n half uur"],
   "2017-05-24", "2017-05-24", ["USA", "VAT"], "Pope Francis; answer dated by the question ('woensdag')")
ev(a, R, "condemnation", "occurred",
   ["Wat zei Trump donderdag in Brussel tegen de andere NAVO-landen?",
    "In een toespraak bij het nieuwe NAVO-hoofdkwartier hekelde Trump dat veel bondgenoten te weinig aan defensie uitgeven"],
   "2017-05-25", "2017-05-25", ["USA", "NATO"], "criticism of allies' spending")
ev(a, N, "proposal", "negated",
   ["Een expliciete toezegging over artikel 5, de plicht om elkaar bij te staan, deed hij daar niet"],
   None, None, ["USA", "NATO"], "no explicit Article 5 commitment")
ev(a, R, "agreement", "occurred",
   ["De NAVO-leiders besloten wel dat het bondgenootschap als organisatie lid wordt van de coalitie tegen IS"],
   "2017-05-25", "2017-05-25", ["NATO"], "decision of the NATO meeting")
ev(a, O, "summit", "occurred",
   ["De NAVO-leiders besloten wel"],
   "2017-05-25", "2017-05-25", ["NATO", "USA"], "the NATO leaders' meeting itself")
ev(a, R, "talks", "occurred",
   ["Eerder die dag sprak Trump met de voorzitters van de Europese Raad en de Europese Commissie, Donald Tusk en Jean-Claude Juncker"],
   "2017-05-25", "2017-05-25", ["USA", "EU"])
ev(a, O, "condemnation", "occurred",
   ["Tusk zei daarna dat ze het over Rusland niet eens zijn"],
   "2017-05-25", "2017-05-25", ["EU", "USA"])
ev(a, R, "summit", "occurred",
   ["Waarover waren de G7-leiders het in Taormina niet eens?",
    "Vandaag eindigt de top van de G7 in het Siciliaanse Taormina"],
   ["2017-05-26", "2017-05-27"], "2017-05-26", ["G7"], "G7 summit, ends today")
ev(a, R, "demand", "occurred",
   ["De zes andere landen drongen er bij Trump op aan in het klimaatakkoord van Parijs te blijven"],
   ["2017-05-26", "2017-05-27"], None, ["G7", "USA"], "the other six (unnamed) urge Trump")
ev(a, N, ["proposal", "agreement"], "negated",
   ["Trump wilde niets beloven"],
   None, None, ["USA", "G7"])
ev(a, R, "agreement", "occurred",
   ["Over handel en terrorisme kwamen de leiders wel tot een gezamenlijke tekst"],
   ["2017-05-26", "2017-05-27"], "2017-05-26", ["G7"])
ev(a, O, "condemnation", "occurred",
   ["De Duitse bondskanselier Angela Merkel noemde het klimaatoverleg \"zeer onbevredigend\""],
   "2017-05-27", "2017-05-27", ["DEU", "USA"], "undated, at the summit's end")
# ---------------------------------------------------------------- 12 Short news item: Obama in Hiroshima, 2016-05-27 (Fri)
a = "d15_12_kort_obama_hiroshima"
ev(a, R, ["summit", "talks"], "occurred",
   ["Barack Obama heeft vandaag als eerste zittende Amerikaanse president een bezoek gebracht aan Hiroshima",
    "Samen met de Japanse premier Shinzo Abe legde hij een krans bij het monument in het Vredespark"],
   "2016-05-27", "2016-05-27", ["USA", "JPN"])
ev(a, O, "proposal", "occurred",
   ["Hij pleitte voor een wereld zonder kernwapens"],
   "2016-05-27", "2016-05-27", ["USA"])
ev(a, N, ["proposal", "condemnation", "demand"], "negated",
   ["Excuses bood Obama niet aan",
    "dat de president niet zou terugkomen op het besluit om de bom te gooien"],
   None, None, ["USA", "JPN"], "no apology")
ev(a, O, "proposal", "occurred",
   ["Abe noemde het bezoek een \"nieuwe bladzijde\" in de verzoening tussen beide landen"],
   "2016-05-27", "2016-05-27", ["JPN", "USA"])
ev(a, R, "summit", "occurred",
   ["Obama was in Japan voor de top van de G7 in Ise-Shima, die vandaag werd afgesloten",
    "De leiders van de zeven industrielanden spraken daar onder meer over de wereldeconomie"],
   ["2016-05-26", "2016-05-27"], "2016-05-26", ["G7"], "two-day summit ending today")
ev(a, R, "warning", "occurred",
   ["Ze waarschuwden dat een Brits vertrek uit de Europese Unie een ernstig risico voor de groei zou zijn"],
   ["2016-05-26", "2016-05-27"], "2016-05-27", ["G7", "GBR"], "warning in the summit's statement")
ev(a, R, "talks", "occurred",
   ["Eerder deze week was Obama in Vietnam"],
   ["2016-05-23", "2016-05-26"], "2016-05-23", ["USA", "VNM"], "'eerder deze week': Monday to the day before publication")
ev(a, R, "sanction", "occurred",
   ["Daar maakte hij maandag bekend dat de VS het wapenembargo tegen het land volledig opheffen"],
   "2016-05-23", "2016-05-23", ["USA", "VNM"], "lifting an embargo: sanction type, occurred (new convention)")
ev(a, R, "condemnation", "occurred",
   ["De Chinese minister van Buitenlandse Zaken Wang Yi zei dat ook Nanjing niet vergeten mag worden"],
   ["2016-05-26", "2016-05-27"], None, ["CHN", "JPN"], "undated remark around the visit")
# ---------------------------------------------------------------- 13 News roundup: Beijing declaration of the Palestinian factions, 2024-07-24 (Wed)
a = "d15_13_nieuwsoverzicht_peking_verklaring"
PAL = ["HAMAS", "FATAH", "PSE", "CHN"]
ev(a, R, "agreement", "occurred",
   ["Palestijnse facties tekenen in Peking verklaring over eenheid",
    "Hamas, Fatah en twaalf andere Palestijnse groeperingen hebben gisteren in Peking een verklaring ondertekend",
    "De Chinese minister van Buitenlandse Zaken Wang Yi was bij de ondertekening aanwezig",
    "In de verklaring spreken de partijen af te werken aan een voorlopige regering van nationale verzoening"],
   "2024-07-23", "2024-07-23", PAL, "Beijing declaration signed yesterday")
ev(a, R, "talks", "occurred",
   ["De bewegingen spraken sinds zondag in de Chinese hoofdstad met elkaar, op uitnodiging van de Chinese regering"],
   ["2024-07-21", "2024-07-23"], "2024-07-21", PAL, "talks from Sunday")
ev(a, O, "proposal", "occurred",
   ["Hij sprak van een historisch moment voor de Palestijnse zaak"],
   "2024-07-23", "2024-07-23", ["CHN", "HAMAS", "FATAH"])
ev(a, O, "agreement", "occurred",
   ["Hamas en Fatah sloten de afgelopen vijftien jaar al vaker verzoeningsakkoorden, onder meer in Caïro en Mekka"],
   None, None, ["HAMAS", "FATAH", "EGY", "SAU"], "earlier accords, summary")
ev(a, R, "talks", "occurred",
   ["Ook China zelf ontving de twee bewegingen in april al eens in Peking"],
   ["2024-04-01", "2024-04-30"], None, PAL)
ev(a, R, "condemnation", "occurred",
   ["Israël reageerde fel",
    "Minister van Buitenlandse Zaken Israel Katz beschuldigde de Palestijnse president Mahmoud Abbas ervan de moordenaars van Hamas te omarmen"],
   ["2024-07-23", "2024-07-24"], "2024-07-23", ["ISR", "PSE", "HAMAS"], "undated reaction")
ev(a, O, "warning", "occurred",
   ["Hij zei dat Hamas na de oorlog geen rol in Gaza zal spelen"],
   ["2024-07-23", "2024-07-24"], "2024-07-23", ["ISR", "HAMAS"])
ev(a, O, "talks", "occurred",
   ["De Israëlische premier Benjamin Netanyahu is in Washington aangekomen"],
   ["2024-07-22", "2024-07-23"], "2024-07-22", ["ISR", "USA"], "arrival")
ev(a, R, "talks", "planned",
   ["Vandaag spreekt hij het Amerikaanse Congres toe"],
   "2024-07-24", "2024-07-24", ["ISR", "USA"], "address to Congress today (planned, dev14 convention 1)")
ev(a, R, ["summit", "talks"], "planned",
   ["Morgen ontmoet hij president Joe Biden in het Witte Huis"],
   "2024-07-25", "2024-07-25", ["ISR", "USA"])
ev(a, R, "talks", "planned",
   ["Ook vicepresident Kamala Harris, die sinds zondag de Democratische kandidaat lijkt te worden voor de presidentsverkiezingen, ziet hij deze week"],
   ["2024-07-24", "2024-07-28"], "2024-07-25", ["ISR", "USA"], "'deze week' in the future: publication day to Sunday")
ev(a, R, "talks", "planned",
   ["Vrijdag wordt hij ontvangen door Donald Trump in diens landgoed in Florida"],
   "2024-07-26", "2024-07-26", ["ISR", "USA"], "Trump as candidate")
ev(a, R, "talks", "occurred",
   ["De Oekraïense minister van Buitenlandse Zaken Dmytro Kuleba is gisteren aan een bezoek van vier dagen aan China begonnen",
    "Oekraïense minister voor het eerst sinds de invasie in China"],
   ["2024-07-23", "2024-07-26"], "2024-07-23", ["UKR", "CHN"], "four-day visit begun yesterday")
ev(a, R, "talks", "planned",
   ["Kuleba spreekt vandaag met zijn Chinese ambtgenoot Wang Yi"],
   "2024-07-24", "2024-07-24", ["UKR", "CHN"])
ev(a, O, "demand", "planned",
   ["Kyiv wil Peking vragen een rol te spelen bij het beëindigen van de oorlog"],
   "2024-07-24", "2024-07-24", ["UKR", "CHN"], "intended request")
ev(a, N, "condemnation", "negated",
   ["China weigert de Russische inval te veroordelen"],
   None, None, ["CHN", "RUS"])
ev(a, O, "condemnation", "occurred",
   ["In het Westen wordt het land ervan beschuldigd Moskou indirect te steunen"],
   None, None, ["CHN", "RUS"], "unnamed accusers")
# ---------------------------------------------------------------- 14 Agency wire: Putin-Erdogan ceasefire for Idlib, 2020-03-06 (Fri)
a = "d15_14_anp_moskou_idlib"
RT = ["RUS", "TUR"]
ev(a, R, "agreement", "occurred",
   ["Wapenstilstand in Idlib houdt stand na akkoord tussen Poetin en Erdoğan",
    "Om 00.01 uur ging daar een wapenstilstand in die de Russische president Vladimir Poetin en zijn Turkse ambtgenoot Recep Tayyip Erdoğan gisteren in Moskou overeenkwamen",
    "Na afloop lazen de Russische en Turkse ministers van Buitenlandse Zaken, Sergej Lavrov en Mevlüt Çavuşoğlu, een gezamenlijke tekst voor",
    "Daarin staat naast het staakt-het-vuren dat er langs de belangrijke snelweg M4 een veiligheidscorridor komt"],
   "2020-03-05", "2020-03-05", RT, "Moscow ceasefire agreement, yesterday (the clock time does not move the day)")
ev(a, R, ["summit", "talks"], "occurred",
   ["Poetin en Erdoğan spraken gisteren ruim zes uur met elkaar in het Kremlin"],
   "2020-03-05", "2020-03-05", RT)
ev(a, O, "agreement", "planned",
   ["Vanaf 15 maart gaan Russische en Turkse militairen samen over die weg patrouilleren"],
   "2020-03-15", "2020-03-15", RT, "joint patrols (military cooperation under the deal)")
ev(a, O, "proposal", "occurred",
   ["We hebben niet altijd dezelfde mening, maar we hebben altijd een compromis gevonden"],
   "2020-03-05", "2020-03-05", RT)
ev(a, R, "warning", "occurred",
   ["Erdoğan zei dat Turkije zich het recht voorbehoudt om te reageren als het Syrische leger opnieuw aanvalt"],
   "2020-03-05", "2020-03-05", ["TUR", "SYR"])
ev(a, R, "condemnation", "occurred",
   ["Turkije gaf het Syrische leger de schuld"],
   ["2020-02-27", "2020-02-28"], "2020-02-27", ["TUR", "SYR"], "blame after the strike of 'vorige week donderdag'")
ev(a, O, "condemnation", "occurred",
   ["Rusland ontkende zelf bij de aanval betrokken te zijn"],
   ["2020-02-27", "2020-02-28"], None, ["RUS", "TUR"], "denial")
ev(a, R, "talks", "occurred",
   ["Een dag later kwamen de NAVO-ambassadeurs op verzoek van Turkije in Brussel bijeen voor overleg over de situatie"],
   "2020-02-28", "2020-02-28", ["NATO", "TUR"], "Article 4 consultations, a day after the strike")
ev(a, R, "demand", "occurred",
   ["Secretaris-generaal Jens Stoltenberg riep Rusland en Syrië daarna op de aanvallen te staken"],
   "2020-02-28", "2020-02-28", ["NATO", "RUS", "SYR"])
ev(a, R, "demand", "occurred",
   ["Ankara vroeg de bondgenoten ook om steun, onder meer voor luchtverdediging"],
   "2020-02-28", "2020-02-28", ["TUR", "NATO"])
ev(a, N, "delivery", "negated",
   ["Concrete toezeggingen bleven uit"],
   None, None, ["NATO", "TUR"], "no commitments")
ev(a, R, "talks", "occurred",
   ["Dezelfde dag belden Poetin en Erdoğan met elkaar en spraken ze af elkaar snel te ontmoeten"],
   "2020-02-28", "2020-02-28", RT, "phone call, 'dezelfde dag'")
ev(a, O, ["warning", "sanction"], "occurred",
   ["Erdoğan maakte eind februari bekend dat Turkije migranten die naar Europa willen niet langer tegenhoudt"],
   ["2020-02-21", "2020-02-29"], "2020-02-29", ["TUR", "EU"], "opening the border: pressure on the EU")
ev(a, R, "condemnation", "occurred",
   ["De Europese Unie beschuldigt Ankara ervan de migranten als drukmiddel te gebruiken"],
   None, None, ["EU", "TUR"], "present tense, no date (dev14 convention)")
ev(a, R, "talks", "planned",
   ["Erdoğan reist maandag naar Brussel, voor een gesprek met de voorzitters van de Europese Raad en de Europese Commissie"],
   "2020-03-09", "2020-03-09", ["TUR", "EU"])
ev(a, R, "demand", "occurred",
   ["Hij eist meer Europese steun voor de opvang van vluchtelingen in Turkije en voor zijn beleid in Syrië"],
   None, None, ["TUR", "EU"], "present tense, no date")
ev(a, R, "agreement", "occurred",
   ["In september 2018 sloten Poetin en Erdoğan in de Russische badplaats Sotsji al een akkoord over een gedemilitariseerde zone rond de provincie"],
   ["2018-09-01", "2018-09-30"], "2018-09-17", RT, "Sochi agreement")
ev(a, O, "condemnation", "occurred",
   ["beide landen verwijten elkaar dat"],
   None, None, RT)
ev(a, R, "demand", "occurred",
   ["De VN roepen de partijen op om hulpkonvooien ongehinderd toe te laten"],
   None, None, ["UN"], "present tense, no date; parties unnamed")
# ---------------------------------------------------------------- 15/16 no-event articles
TRAPS = {
    "d15_15_cultuur_songfestival_tel_aviv": [
        "Duncan Laurence won gisteravond in Tel Aviv met zijn ballad Arcade",
        "De 25-jarige zanger uit Hellevoetsluis stond al weken aan de top van de lijstjes van de gokkantoren",
        "Premier Mark Rutte feliciteerde de zanger direct via sociale media",
        "De omroepen moeten nog akkoord gaan over de verdeling van de kosten",
        "Wethouders uit verschillende steden waarschuwen dat het evenement miljoenen euro's kost",
        "zegt de zaak te bekijken en dreigt met gevolgen voor de IJslandse omroep",
    ],
    "d15_16_wetenschap_zwart_gat": [
        "De resultaten werden gisteren tegelijk op persconferenties in Brussel, Washington, Santiago, Shanghai, Taipei en Tokio bekendgemaakt",
        "In Brussel was ook Europees commissaris voor Onderzoek Carlos Moedas aanwezig",
        "De Europese Unie financierde een deel van het onderzoek",
        "De onderzoekers waarschuwen wel dat dit pas het begin is",
        "De deelnemende instituten kwamen vooraf overeen dat niemand iets naar buiten zou brengen voordat alle teams akkoord waren met de analyse",
        "De onderzoekers eisen van zichzelf dat die beelden minstens zo betrouwbaar worden",
    ],
}

for a, note in [("d15_15_cultuur_songfestival_tel_aviv",
                 "culture (Duncan Laurence wins the Eurovision Song Contest in Tel Aviv, 18 May 2019); traps: Tel Aviv/Israel, Italian/Russian/Icelandic actors, 'de top', the PM congratulating, 'akkoord', 'waarschuwen', the EBU 'dreigt met gevolgen'"),
                ("d15_16_wetenschap_zwart_gat",
                 "science (first image of a black hole, presented 10 Apr 2019); traps: simultaneous press conferences in six capitals/cities, an EU commissioner, EU funding ('financierde'), 'waarschuwen', 'kwamen overeen'/'akkoord', 'eisen'")]:
    ev(a, N, ALL, "negated", TRAPS[a], None, None, [],
       "NO-EVENT SENTINEL: article has no diplomatic event of its own; its trap sentences are listed; the line puts the article in scope so every other prediction in it counts as a false positive. " + note)

if __name__ == "__main__":
    goldkit.build(G, ROOT)
