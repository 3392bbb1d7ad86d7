"""Build gold.jsonl for dev16 and check every mention is a verbatim substring of its article.

Edit this script, not the JSONL. Run: python build_gold.py
"""
import pathlib, sys

ROOT = pathlib.Path(__file__).parent
sys.path.insert(0, str(ROOT.parent / "setkit"))  # the gold helper, checks and writing: tests/setkit/goldkit.py
import goldkit  # noqa: E402
from goldkit import ALL, N, O, R  # noqa: E402,F401

G, ev = goldkit.collector()
# ---------------------------------------------------------------- 01 TV bulletin transcript: Biden-Xi at Woodside, 2023-11-16 (Thu)
a = "d16_01_journaal_biden_xi_woodside"
UC = ["USA", "CHN"]
ev(a, R, ["summit", "talks"], "occurred",
   ["hebben de leiders van de Verenigde Staten en China elkaar weer recht in de ogen gekeken",
    "President Joe Biden ontving de Chinese president Xi Jinping gisteren op een landgoed in Woodside, ten zuiden van San Francisco, aan de rand van de APEC-top",
    "Ze praatten ruim vier uur met elkaar",
    "Het was vooral een gesprek om schade te beperken"],
   "2023-11-15", "2023-11-15", UC, "the Woodside summit, 'gisteren'")
ev(a, R, "agreement", "occurred",
   ["De twee landen herstellen de contacten tussen hun legers op hoog niveau"],
   "2023-11-15", "2023-11-15", UC, "present tense for a decision taken at yesterday's summit")
ev(a, R, "sanction", "occurred",
   ["Die had Peking in augustus vorig jaar verbroken, na het bezoek van toenmalig Kamervoorzitter Nancy Pelosi aan Taiwan"],
   ["2022-08-01", "2022-08-31"], "2022-08-05", ["CHN", "USA"], "China cut military contacts after Pelosi's visit")
ev(a, O, "talks", "occurred",
   ["Die had Peking in augustus vorig jaar verbroken, na het bezoek van toenmalig Kamervoorzitter Nancy Pelosi aan Taiwan"],
   ["2022-08-01", "2022-08-31"], "2022-08-02", ["USA", "TWN"], "Pelosi's visit, told in passing")
ev(a, R, ["agreement", "proposal"], "occurred",
   ["En China zegt toe harder op te treden tegen bedrijven die grondstoffen voor fentanyl uitvoeren"],
   "2023-11-15", "2023-11-15", UC, "fentanyl pledge, part of the summit outcome")
ev(a, R, "agreement", "occurred",
   ["Daarnaast spraken Biden en Xi af dat ze elkaar voortaan direct bellen als er iets misloopt"],
   "2023-11-15", "2023-11-15", UC)
ev(a, R, "talks", "planned",
   ["Verder komt er overleg tussen regeringsdeskundigen over de risico's van kunstmatige intelligentie in wapensystemen"],
   None, None, UC, "planned AI talks, no date")
ev(a, O, "proposal", "occurred",
   ["Xi zei tegen Biden dat de aarde groot genoeg is voor het succes van beide landen"],
   "2023-11-15", "2023-11-15", ["CHN", "USA"], "conciliatory remark")
ev(a, R, ["condemnation", "warning"], "occurred",
   ["Tegelijk heeft hij duidelijk gemaakt dat China zich niet laat afremmen door Amerikaanse exportbeperkingen op computerchips",
    "Die noemde hij schadelijk voor de legitieme belangen van China"],
   "2023-11-15", "2023-11-15", ["CHN", "USA"], "Xi's criticism of the chip controls ('hij' = Xi across sentences)")
ev(a, O, "sanction", "occurred",
   ["Tegelijk heeft hij duidelijk gemaakt dat China zich niet laat afremmen door Amerikaanse exportbeperkingen op computerchips"],
   None, None, ["USA", "CHN"], "the US export controls themselves, in passing, undated")
ev(a, R, ["warning", "demand"], "occurred",
   ["Xi waarschuwde Washington de wapenleveranties aan het eiland te staken en noemde de hereniging met het vasteland onvermijdelijk"],
   "2023-11-15", "2023-11-15", ["CHN", "USA"])
ev(a, R, "demand", "occurred",
   ["Biden drong op zijn beurt aan op rust in de Straat van Taiwan en vroeg Peking zich niet te mengen in de Taiwanese verkiezingen van januari"],
   "2023-11-15", "2023-11-15", ["USA", "CHN"], "two requests in one clause pair: one line")
ev(a, R, "condemnation", "occurred",
   ["Hij sprak Xi ook aan op de mensenrechten in Xinjiang, Tibet en Hongkong"],
   "2023-11-15", "2023-11-15", ["USA", "CHN"])
ev(a, R, "condemnation", "occurred",
   ["En toen een journalist hem na afloop vroeg of hij Xi nog altijd een dictator vindt, zei Biden gewoon ja"],
   "2023-11-15", "2023-11-15", ["USA", "CHN"], "'dictator' at the press conference after the summit")
ev(a, R, "condemnation", "occurred",
   ["Peking reageerde vanochtend verontwaardigd en noemde die uitspraak onverantwoord"],
   "2023-11-16", "2023-11-16", ["CHN", "USA"], "'vanochtend'")
ev(a, R, ["summit", "talks"], "occurred",
   ["Hun vorige ontmoeting was op de G20-top op Bali, in november vorig jaar"],
   ["2022-11-01", "2022-11-30"], "2022-11-14", UC, "the Biden-Xi meeting in Bali")
ev(a, O, "summit", "occurred",
   ["Hun vorige ontmoeting was op de G20-top op Bali, in november vorig jaar"],
   ["2022-11-01", "2022-11-30"], "2022-11-15", ["G20"], "the G20 summit itself")
ev(a, R, "talks", "occurred",
   ["Minister van Buitenlandse Zaken Antony Blinken reisde in juni naar Peking"],
   ["2023-06-01", "2023-06-30"], "2023-06-18", UC)
ev(a, R, "talks", "occurred",
   ["In juli en augustus volgden minister van Financiën Janet Yellen en handelsminister Gina Raimondo"],
   ["2023-07-01", "2023-07-31"], "2023-07-07", UC, "Yellen's visit: first of two events in the sentence")
ev(a, R, "talks", "occurred",
   ["In juli en augustus volgden minister van Financiën Janet Yellen en handelsminister Gina Raimondo"],
   ["2023-08-01", "2023-08-31"], "2023-08-28", UC, "Raimondo's visit: second event, same sentence")
ev(a, R, "summit", "planned",
   ["Vandaag en morgen vergaderen de leiders van de 21 APEC-economieën in het congrescentrum hier in de stad"],
   ["2023-11-16", "2023-11-17"], "2023-11-16", ["APEC", "USA", "CHN"], "APEC leaders' meeting, today and tomorrow (morning bulletin: planned)")
ev(a, R, ["talks", "summit"], "planned",
   ["Xi spreekt vandaag ook met de Japanse premier Fumio Kishida"],
   "2023-11-16", "2023-11-16", ["CHN", "JPN"], "'vandaag' present tense in a morning bulletin (model convention 1)")
ev(a, R, ["summit", "talks"], "planned",
   ["Morgen ontvangt Biden de Mexicaanse president Andrés Manuel López Obrador, met wie hij onder meer over migratie en fentanyl wil praten"],
   "2023-11-17", "2023-11-17", ["USA", "MEX"])
ev(a, N, ["talks", "summit", "agreement"], "negated",
   ["Over een tegenbezoek van Biden aan Peking werd gisteren niets afgesproken"],
   None, None, UC, "no return visit agreed")
# ---------------------------------------------------------------- 02 Quality-paper analysis: German-Namibian reconciliation agreement, 2021-05-29 (Sat)
a = "d16_02_analyse_duitsland_namibie"
DN = ["DEU", "NAM"]
ev(a, R, "agreement", "occurred",
   ["Duitsland erkent de massamoord op de Herero en Nama in het huidige Namibië, begin vorige eeuw, voortaan officieel als genocide",
    "Dat maakte de Duitse minister van Buitenlandse Zaken Heiko Maas gisteren in Berlijn bekend",
    "Het akkoord is het werk van twee speciale gezanten, de Duitse christendemocraat Ruprecht Polenz en de Namibische diplomaat Zed Ngavirue, die sinds 2015 met elkaar om de tafel zaten"],
   "2021-05-28", "2021-05-28", DN, "the agreement, dated on its announcement (model convention 10: true_date null)")
ev(a, O, "talks", "occurred",
   ["Het akkoord is het werk van twee speciale gezanten, de Duitse christendemocraat Ruprecht Polenz en de Namibische diplomaat Zed Ngavirue, die sinds 2015 met elkaar om de tafel zaten"],
   ["2015-01-01", "2021-05-28"], None, DN, "the negotiations since 2015")
ev(a, R, "delivery", "planned",
   ["Duitsland zegt toe de komende dertig jaar 1,1 miljard euro te steken in projecten in Namibië"],
   "2021-05-28", "2021-05-28", DN, "pledge, dated by the pledge")
ev(a, N, ["delivery", "proposal"], "negated",
   ["Van herstelbetalingen in juridische zin wil Berlijn niets weten"],
   None, None, DN, "refusal of reparations")
ev(a, R, "agreement", "planned",
   ["Het komt in de vorm van een gezamenlijke verklaring die de ministers van Buitenlandse Zaken van beide landen nog moeten ondertekenen"],
   None, None, DN, "signing still to come, undated")
ev(a, R, ["talks", "proposal"], "planned",
   ["Volgens Maas zal bondspresident Frank-Walter Steinmeier in het Namibische parlement officieel excuses aanbieden"],
   None, None, DN, "planned visit and apology, undated")
ev(a, O, "proposal", "occurred",
   ["Een woordvoerder van president Hage Geingob noemde de erkenning van de genocide een eerste stap in de goede richting"],
   ["2021-05-28", "2021-05-29"], None, ["NAM", "DEU"], "welcome, undated: announcement to publication")
ev(a, R, "condemnation", "occurred",
   ["Zij wezen het akkoord gisteren meteen af, omdat zij vinden dat zij zelf aan tafel hadden moeten zitten in plaats van de regering in Windhoek"],
   "2021-05-28", "2021-05-28", ["HERERO", "NAMA", "DEU", "NAM"], "rejection by the traditional leaders ('Zij' = leaders of the previous sentence)")
ev(a, R, "demand", "occurred",
   ["Zij eisen rechtstreekse onderhandelingen met Duitsland en echte herstelbetalingen"],
   ["2021-05-28", "2021-05-29"], None, ["HERERO", "NAMA", "DEU"], "present-tense demand of a third party: announcement to publication")
ev(a, O, ["condemnation", "demand"], "occurred",
   ["Een deel van hen spande in 2017 in New York al een rechtszaak tegen Duitsland aan, die werd afgewezen"],
   ["2017-01-01", "2017-12-31"], None, ["HERERO", "NAMA", "DEU"], "lawsuit in a US court, not an international one: optional")
ev(a, O, ["talks", "proposal"], "occurred",
   ["In 2004, honderd jaar na de opstand, vroeg de toenmalige minister van Ontwikkelingssamenwerking Heidemarie Wieczorek-Zeul in Namibië al om vergeving"],
   ["2004-01-01", "2004-12-31"], "2004-08-14", DN, "minister's visit and apology, a personal statement")
ev(a, O, "delivery", "occurred",
   ["In 2018 gaf Duitsland in Berlijn menselijke resten terug die in de koloniale tijd voor onderzoek naar Duitsland waren gebracht"],
   ["2018-01-01", "2018-12-31"], None, DN, "return of remains")
ev(a, O, "demand", "occurred",
   ["Namibië vroeg aanvankelijk een veel hoger bedrag"],
   None, None, ["NAM", "DEU"], "undated demand during the talks")
ev(a, R, "condemnation", "occurred",
   ["Vorig jaar augustus wees president Geingob een eerder Duits aanbod nog af als onaanvaardbaar"],
   ["2020-08-01", "2020-08-31"], None, ["NAM", "DEU"], "rejection of an earlier offer")
ev(a, O, "proposal", "occurred",
   ["Vorig jaar augustus wees president Geingob een eerder Duits aanbod nog af als onaanvaardbaar"],
   None, None, ["DEU", "NAM"], "the earlier German offer, undated")
ev(a, O, "condemnation", "occurred",
   ["Critici in Namibië noemen ook het nieuwe bedrag te laag"],
   ["2021-05-28", "2021-05-29"], None, ["NAM", "DEU"], "domestic criticism")
# ---------------------------------------------------------------- 03 Flemish news site: provisional agreement China-Holy See, 2018-09-22 (Sat)
a = "d16_03_vrt_vaticaan_china"
VC = ["VAT", "CHN"]
ev(a, R, "agreement", "occurred",
   ["Vaticaan en China sluiten historisch akkoord over benoeming van bisschoppen",
    "Het Vaticaan en China hebben vandaag in Peking een voorlopig akkoord ondertekend over de benoeming van bisschoppen",
    "Het is de eerste keer sinds de breuk van begin jaren vijftig dat de Heilige Stoel en de Volksrepubliek samen een officieel document onderschrijven",
    "De tekst werd ondertekend door de Vaticaanse onderminister van Buitenlandse Zaken, monseigneur Antoine Camilleri, en de Chinese viceminister van Buitenlandse Zaken Wang Chao"],
   "2018-09-22", "2018-09-22", VC, "signing in Beijing, 'vandaag'")
ev(a, O, "talks", "occurred",
   ["Aan de ondertekening gingen jarenlange onderhandelingen vooraf, waarbij delegaties van beide kanten beurtelings in Rome en Peking samenkwamen"],
   None, None, VC, "years of negotiations, no date")
ev(a, O, "proposal", "occurred",
   ["Tegelijk maakte het Vaticaan bekend dat paus Franciscus zeven bisschoppen erkent die door de Chinese overheid waren aangesteld zonder zijn goedkeuring"],
   "2018-09-22", "2018-09-22", VC, "conciliatory step")
ev(a, O, "proposal", "occurred",
   ["De Vaticaanse staatssecretaris, kardinaal Pietro Parolin, sprak in een verklaring de hoop uit dat het akkoord het begin is van een proces van meer samenwerking en vertrouwen"],
   "2018-09-22", "2018-09-22", VC, "hopeful statement")
ev(a, R, "proposal", "occurred",
   ["Het Chinese ministerie van Buitenlandse Zaken liet weten dat China en het Vaticaan contact blijven houden en de betrekkingen verder willen verbeteren"],
   "2018-09-22", "2018-09-22", ["CHN", "VAT"], "stated willingness to improve relations; undated reaction on the day itself")
ev(a, N, "agreement", "negated",
   ["Van diplomatieke betrekkingen is voorlopig evenwel geen sprake"],
   None, None, VC, "no diplomatic relations")
ev(a, R, "sanction", "occurred",
   ["Die zijn verbroken sinds 1951, toen de communistische regering de pauselijke nuntius het land uitzette"],
   ["1951-01-01", "1951-12-31"], None, ["CHN", "VAT"], "expulsion of the nuncio / break of relations")
ev(a, O, "condemnation", "occurred",
   ["De Hongkongse kardinaal Joseph Zen beschuldigt het Vaticaan er al maanden van dat het de ondergrondse kerk verkoopt aan de communistische partij"],
   None, None, ["VAT"], "a cardinal's accusation, ongoing")
ev(a, O, "proposal", "occurred",
   ["Het Taiwanese ministerie van Buitenlandse Zaken zei vandaag dat het akkoord geen gevolgen heeft voor de banden met de Heilige Stoel"],
   "2018-09-22", "2018-09-22", ["TWN", "VAT"], "Taipei's statement")
ev(a, O, "agreement", "planned",
   ["Daarna moeten beide partijen beslissen of het wordt verlengd"],
   ["2020-01-01", "2020-12-31"], "2020-10-22", VC, "renewal decision after two years")
# ---------------------------------------------------------------- 04 Press review: US-China phase one deal, 2020-01-16 (Thu)
a = "d16_04_persschouw_handelsakkoord_vs_china"
ev(a, R, "agreement", "occurred",
   ["Na bijna twee jaar handelsoorlog zetten de Verenigde Staten en China gisteren in het Witte Huis hun handtekening onder wat beide kanten de eerste fase van een handelsakkoord noemen",
    "President Donald Trump en de Chinese vicepremier Liu He, die namens Peking de onderhandelingen leidde, tekenden het document in de East Room, voor een zaal vol ministers en bedrijfsleiders"],
   "2020-01-15", "2020-01-15", UC, "signing, 'gisteren'")
ev(a, R, ["proposal", "agreement", "delivery"], "planned",
   ["China belooft in 2020 en 2021 voor 200 miljard dollar meer Amerikaanse producten en diensten te kopen dan in 2017",
    "dat Peking wel heeft beloofd meer te kopen"],
   "2020-01-15", "2020-01-15", ["CHN", "USA"], "purchase pledge in the deal, dated by the pledge")
ev(a, O, ["proposal", "agreement"], "planned",
   ["Daarnaast zegt Peking toe intellectueel eigendom beter te beschermen en buitenlandse bedrijven niet langer te dwingen hun technologie af te staan"],
   "2020-01-15", "2020-01-15", ["CHN", "USA"], "further commitments of the same deal")
ev(a, O, ["agreement", "proposal", "sanction"], "planned",
   ["Washington halveert op zijn beurt de heffing op 120 miljard dollar aan Chinese import tot 7,5 procent"],
   "2020-01-15", "2020-01-15", UC, "tariff cut in the deal")
ev(a, O, "sanction", "occurred",
   ["De heffingen van 25 procent op zo'n 250 miljard dollar aan Chinese goederen blijven wel gewoon van kracht"],
   None, None, UC, "tariffs that remain")
ev(a, R, "proposal", "occurred",
   ["Er werd uitgebreid aandacht besteed aan een brief van president Xi Jinping aan Trump, die Liu He tijdens de plechtigheid voorlas",
    "Xi schreef daarin dat het akkoord goed is voor China, voor de Verenigde Staten en voor de hele wereld"],
   "2020-01-15", "2020-01-15", ["CHN", "USA"], "Xi's letter read at the ceremony (letters are proposals)")
ev(a, R, "sanction", "occurred",
   ["De handelsoorlog begon in juli 2018, toen Washington heffingen van 25 procent invoerde op Chinese goederen"],
   ["2018-07-01", "2018-07-31"], "2018-07-06", UC)
ev(a, R, "sanction", "occurred",
   ["Peking sloeg diezelfde dag terug met heffingen op Amerikaanse producten"],
   ["2018-07-01", "2018-07-31"], "2018-07-06", ["CHN", "USA"], "'diezelfde dag' carries the month of the previous sentence")
ev(a, O, "sanction", "occurred",
   ["Daarna volgden ronde na ronde van nieuwe tarieven"],
   ["2018-07-01", "2019-12-31"], None, UC)
ev(a, R, "agreement", "occurred",
   ["Half december kondigden beide landen aan dat zij het eens waren over de tekst van deze eerste fase"],
   ["2019-12-11", "2019-12-20"], "2019-12-13", UC, "'half december' = 11-20")
ev(a, N, "sanction", "negated",
   ["Daardoor ging een nieuwe ronde Amerikaanse heffingen, die op 15 december zou ingaan, niet door"],
   None, None, UC, "cancelled tariffs")
ev(a, O, ["sanction", "condemnation"], "occurred",
   ["Maandag haalde het Amerikaanse ministerie van Financiën China bovendien van de lijst van landen die hun munt zouden manipuleren"],
   "2020-01-13", "2020-01-13", UC, "removal of the currency-manipulator label: lifting a measure")
ev(a, R, "talks", "planned",
   ["Trump zei gisteren dat de onderhandelingen over een tweede fase snel beginnen"],
   None, None, UC, "phase-two talks, no date")
ev(a, R, ["talks", "summit"], "planned",
   ["en dat hij \"in de niet al te verre toekomst\" naar China zal reizen"],
   None, None, UC, "Trump's planned trip, second event of the sentence; 'Een datum noemde hij niet'")
ev(a, N, ["proposal", "agreement"], "negated",
   ["maar niet heeft beloofd zijn economie anders in te richten"],
   None, None, ["CHN", "USA"], "no commitment to reform")
# ---------------------------------------------------------------- 05 Correspondent's diary: Abe in Beijing, 2018-10-28 (Sun); entries Thu 25 - Sun 28 Oct
a = "d16_05_dagboek_abe_peking"
JC = ["JPN", "CHN"]
ev(a, R, ["talks", "summit"], "occurred",
   ["Shinzo Abe landde vanmiddag voor het eerste officiële bezoek van een Japanse premier aan China in zeven jaar",
    "een Japanse regeringsleider die met rode loper en fanfare in Peking wordt onthaald"],
   "2018-10-25", "2018-10-25", JC, "the visit, dated by arrival in the Thursday entry ('vanmiddag' = the entry's day)")
ev(a, O, "talks", "occurred",
   ["'s Avonds was hij te gast op een receptie in de Grote Hal van het Volk ter ere van veertig jaar vredes- en vriendschapsverdrag tussen beide landen"],
   "2018-10-25", "2018-10-25", JC, "anniversary reception")
ev(a, O, "agreement", "occurred",
   ["ter ere van veertig jaar vredes- en vriendschapsverdrag tussen beide landen, in 1978 gesloten"],
   ["1978-01-01", "1978-12-31"], "1978-08-12", JC, "the 1978 treaty, in passing")
ev(a, R, ["talks", "summit"], "occurred",
   ["Abe en Li voerden 's ochtends gesprekken"],
   "2018-10-26", "2018-10-26", JC, "Friday entry")
ev(a, O, "agreement", "occurred",
   ["lieten hun ministers daarna een rij documenten tekenen", "De dag van de handtekeningen"],
   "2018-10-26", "2018-10-26", JC, "the documents in general")
ev(a, R, "agreement", "occurred",
   ["Het belangrijkste is een valutaswap van omgerekend ruim drie biljoen yen, die de centrale banken van beide landen toegang geeft tot elkaars munt als de markten onrustig worden"],
   "2018-10-26", "2018-10-26", JC, "currency swap")
ev(a, O, "agreement", "occurred",
   ["Op een forum van bedrijven uit beide landen werden tientallen overeenkomsten gesloten over samenwerking bij infrastructuurprojecten in derde landen"],
   "2018-10-26", "2018-10-26", JC, "company agreements")
ev(a, R, ["summit", "talks"], "occurred",
   ["Later op de dag ontving president Xi Jinping zijn gast"],
   "2018-10-26", "2018-10-26", ["CHN", "JPN"], "Abe-Xi")
ev(a, O, "proposal", "occurred",
   ["Abe zei daarna dat de verhoudingen tussen beide landen van concurrentie naar samenwerking moeten gaan"],
   "2018-10-26", "2018-10-26", JC)
ev(a, R, "demand", "occurred",
   ["en vroeg Xi om steun bij het oplossen van de kwestie van de Japanners die Noord-Korea decennia geleden ontvoerde"],
   "2018-10-26", "2018-10-26", JC, "request ('Hij' = Abe)")
ev(a, R, ["proposal", "talks"], "occurred",
   ["Abe nodigde Xi uit voor een bezoek aan Japan"],
   "2018-10-26", "2018-10-26", JC, "invitation")
ev(a, O, "proposal", "occurred",
   ["Volgens de Japanse delegatie gaf de Chinese president aan dat hij dat in overweging neemt"],
   "2018-10-26", "2018-10-26", ["CHN", "JPN"])
ev(a, N, "delivery", "negated",
   ["Abe maakte in Peking ook bekend dat Japan stopt met nieuwe ontwikkelingshulp aan China"],
   None, None, JC, "end of new development aid: no further delivery")
ev(a, R, ["summit", "talks"], "occurred",
   ["Pas in mei van dit jaar kwam Li Keqiang naar Tokio voor een top met Japan en Zuid-Korea"],
   ["2018-05-01", "2018-05-31"], "2018-05-09", ["CHN", "JPN", "KOR"])
ev(a, R, "agreement", "occurred",
   ["Bij die gelegenheid spraken beide landen ook een communicatiekanaal tussen hun strijdkrachten af"],
   ["2018-05-01", "2018-05-31"], "2018-05-09", JC, "date carried from 'Bij die gelegenheid'")
# ---------------------------------------------------------------- 06 Agency wire: Israel and Turkey restore full ties, 2022-08-17 (Wed)
a = "d16_06_anp_israel_turkije"
IT = ["ISR", "TUR"]
ev(a, R, "agreement", "occurred",
   ["Israël en Turkije sturen weer ambassadeurs naar elkaar",
    "Israël en Turkije herstellen hun diplomatieke betrekkingen volledig en sturen na vier jaar weer ambassadeurs naar elkaar",
    "Dat heeft het kantoor van de Israëlische premier Yair Lapid woensdag bekendgemaakt",
    "Ook de consuls-generaal keren terug",
    "In Ankara bevestigde de Turkse minister van Buitenlandse Zaken Mevlüt Çavuşoğlu het nieuws"],
   "2022-08-17", "2022-08-17", IT, "restored ties (model convention 5: required agreement)")
ev(a, O, "proposal", "occurred",
   ["Lapid sprak van een belangrijke stap voor de stabiliteit in de regio en goed nieuws voor de Israëlische burgers en de economie"],
   "2022-08-17", "2022-08-17", IT, "welcome")
ev(a, O, ["talks", "agreement"], "planned",
   ["Hij zei dat Turkije snel een ambassadeur voor Tel Aviv zal aanwijzen"],
   None, None, ["TUR", "ISR"], "appointment to follow")
ev(a, R, "sanction", "occurred",
   ["Turkije zette toen de Israëlische ambassadeur het land uit nadat Israëlische militairen tientallen Palestijnse betogers hadden doodgeschoten aan de grens met de Gazastrook"],
   ["2018-01-01", "2018-12-31"], "2018-05-15", ["TUR", "ISR"], "'toen' = 2018 of the previous sentence")
ev(a, R, "sanction", "occurred",
   ["Ankara riep ook zijn eigen ambassadeur terug"],
   ["2018-01-01", "2018-12-31"], "2018-05-15", ["TUR", "ISR"], "recall")
ev(a, R, "sanction", "occurred",
   ["Israël stuurde op zijn beurt de Turkse consul-generaal in Jeruzalem weg"],
   ["2018-01-01", "2018-12-31"], "2018-05-16", ["ISR", "TUR"])
ev(a, R, ["summit", "talks"], "occurred",
   ["In maart bracht de Israëlische president Isaac Herzog een bezoek aan Ankara, waar hij werd ontvangen door president Recep Tayyip Erdoğan"],
   ["2022-03-01", "2022-03-31"], "2022-03-09", IT)
ev(a, R, "talks", "occurred",
   ["In mei reisde Çavuşoğlu naar Israël"],
   ["2022-05-01", "2022-05-31"], "2022-05-25", ["TUR", "ISR"])
ev(a, R, "talks", "occurred",
   ["en in juni kwam Lapid, toen nog minister van Buitenlandse Zaken, naar Ankara"],
   ["2022-06-01", "2022-06-30"], "2022-06-23", IT, "second event of the sentence")
ev(a, O, "sanction", "occurred",
   ["werden de banden ook al bevroren"],
   ["2010-01-01", "2010-12-31"], None, ["TUR", "ISR"], "2010 freeze, told briefly")
ev(a, R, "agreement", "occurred",
   ["In 2016 sloten de twee landen een akkoord om die te herstellen"],
   ["2016-01-01", "2016-12-31"], None, IT)
ev(a, O, "delivery", "occurred",
   ["Israël betaalde toen twintig miljoen dollar aan de nabestaanden van de omgekomen activisten"],
   ["2016-01-01", "2016-12-31"], None, IT, "compensation under the 2016 deal")
# ---------------------------------------------------------------- 07 Morning briefing (bullets): CSTO in Kazakhstan, 2022-01-07 (Fri)
a = "d16_07_briefing_kazachstan_csto"
ev(a, R, "demand", "occurred",
   ["President Kassym-Jomart Tokajev vroeg woensdagavond de Collectieve Veiligheidsverdragsorganisatie (CSTO), het bondgenootschap van Rusland en vijf andere voormalige Sovjetrepublieken, om hulp"],
   "2022-01-05", "2022-01-05", ["KAZ", "CSTO"], "request for help, 'woensdagavond'")
ev(a, O, "condemnation", "occurred",
   ["Hij sprak van terroristische benden die in het buitenland getraind zouden zijn"],
   "2022-01-05", "2022-01-05", ["KAZ"], "vague accusation, no state named")
ev(a, R, ["agreement", "proposal"], "occurred",
   ["Het verzoek werd binnen een paar uur ingewilligd",
    "De Armeense premier Nikol Pasjinjan, dit jaar voorzitter van de CSTO, maakte in de nacht naar donderdag bekend dat de organisatie een vredesmacht stuurt",
    "Het is de eerste keer dat het bondgenootschap een beroep doet op zijn artikel over wederzijdse bijstand"],
   ["2022-01-05", "2022-01-06"], "2022-01-06", ["CSTO", "KAZ", "ARM"], "CSTO grants the request; 'in de nacht naar donderdag' = Wed-Thu")
ev(a, R, "condemnation", "occurred",
   ["De Amerikaanse regering plaatste donderdag vraagtekens bij de oproep van Tokajev"],
   "2022-01-06", "2022-01-06", ["USA", "KAZ"], "questioning the invitation")
ev(a, R, "warning", "occurred",
   ["Het ministerie van Buitenlandse Zaken waarschuwde dat de wereld goed zal kijken of de buitenlandse troepen de mensenrechten respecteren"],
   "2022-01-06", "2022-01-06", ["USA", "KAZ", "CSTO"], "date carried from the previous sentence")
ev(a, R, "talks", "occurred",
   ["Minister Antony Blinken belde donderdag met zijn Kazachse ambtgenoot Moechtar Tleuberdi"],
   "2022-01-06", "2022-01-06", ["USA", "KAZ"])
ev(a, R, "demand", "occurred",
   ["Hij riep op tot een vreedzame oplossing"],
   "2022-01-06", "2022-01-06", ["USA", "KAZ"], "'Hij' = Blinken")
ev(a, R, "demand", "occurred",
   ["VN-chef António Guterres riep alle partijen op tot terughoudendheid en om geweld te vermijden"],
   ["2022-01-02", "2022-01-07"], None, ["UN", "KAZ"], "undated call during the crisis (since Sunday)")
ev(a, R, "demand", "occurred",
   ["De Europese Unie deed dezelfde oproep"],
   ["2022-01-02", "2022-01-07"], None, ["EU", "KAZ"], "same call, undated")
ev(a, R, "talks", "planned",
   ["Ondanks de crisis in Kazachstan gaan Rusland en de Verenigde Staten maandag in Genève om de tafel over de spanningen rond Oekraïne",
    "De Amerikaanse onderminister Wendy Sherman en de Russische viceminister Sergej Rjabkov leiden de delegaties"],
   "2022-01-10", "2022-01-10", ["RUS", "USA"], "Geneva, 'maandag' future")
ev(a, R, "talks", "planned",
   ["Woensdag praat de NAVO-Ruslandraad in Brussel"],
   "2022-01-12", "2022-01-12", ["NATO", "RUS"])
ev(a, R, "talks", "planned",
   ["Op donderdag volgt een vergadering van de OVSE in Wenen"],
   "2022-01-13", "2022-01-13", ["OSCE", "RUS"])
ev(a, N, "agreement", "negated",
   ["Diplomaten verwachten geen doorbraak"],
   None, None, ["RUS", "USA", "NATO"], "expected no breakthrough")
ev(a, R, "demand", "occurred",
   ["Moskou eist garanties dat de NAVO niet verder naar het oosten uitbreidt"],
   None, None, ["RUS", "NATO"], "present tense, no date (as the model's undated present-tense demands)")
ev(a, N, ["agreement", "proposal"], "negated",
   ["iets wat het bondgenootschap al heeft afgewezen"],
   None, None, ["NATO", "RUS"], "rejected demand")

# ---------------------------------------------------------------- 08 Regional paper, economy page: Russia-Ukraine gas transit, 2019-12-21 (Sat)
a = "d16_08_regionaal_gastransit"
RU = ["RUS", "UKR"]
ev(a, R, "agreement", "occurred",
   ["Gas blijft door Oekraïne stromen: Moskou en Kiev vinden elkaar op valreep",
    "Rusland en Oekraïne zijn het na maanden van moeizaam overleg eens geworden over de doorvoer van Russisch gas door Oekraïne",
    "Het principeakkoord werd donderdagavond laat bereikt in Berlijn"],
   "2019-12-19", "2019-12-19", RU, "agreement in principle, 'donderdagavond laat'")
ev(a, R, "talks", "occurred",
   ["na een lange onderhandelingsronde onder leiding van Eurocommissaris Maroš Šefčovič en met de Duitse minister van Economische Zaken Peter Altmaier als gastheer"],
   "2019-12-19", "2019-12-19", ["RUS", "UKR", "EU", "DEU"], "the Berlin round, second event of the sentence")
ev(a, O, "talks", "occurred",
   ["Gisteren werkten de ministers en de staatsbedrijven Gazprom en Naftogaz de laatste details uit"],
   "2019-12-20", "2019-12-20", RU)
ev(a, O, "delivery", "planned",
   ["Volgend jaar gaat er minstens 65 miljard kubieke meter gas door de Oekraïense leidingen, in de vier jaren daarna minstens 40 miljard per jaar"],
   ["2020-01-01", "2020-12-31"], None, RU, "transit volumes under the contract")
ev(a, R, "agreement", "planned",
   ["De definitieve contracten moeten voor het einde van het jaar worden getekend"],
   ["2019-12-21", "2019-12-31"], "2019-12-30", RU, "'voor het einde van het jaar': publication to 31 Dec")
ev(a, R, ["delivery", "agreement"], "planned",
   ["Gazprom betaalt Naftogaz 2,9 miljard dollar"],
   ["2019-12-19", "2019-12-20"], None, RU, "payment agreed in the deal: a pledge, dated by the deal")
ev(a, O, "condemnation", "occurred",
   ["het bedrag dat een arbitragehof in Stockholm vorig jaar aan het Oekraïense bedrijf toekende"],
   ["2018-01-01", "2018-12-31"], "2018-02-28", RU, "arbitral award: optional (model convention)")
ev(a, O, ["agreement", "proposal"], "planned",
   ["In ruil trekt Naftogaz andere claims tegen Gazprom in"],
   ["2019-12-19", "2019-12-20"], None, ["UKR", "RUS"])
ev(a, N, ["agreement", "proposal"], "negated",
   ["De Russen hadden lang geweigerd dat vonnis te erkennen"],
   None, None, RU, "earlier refusal")
ev(a, R, "summit", "occurred",
   ["heeft volgens kenners ook te maken met de top van vorige week maandag in Parijs",
    "Daar zaten de Russische president Vladimir Poetin en zijn Oekraïense collega Volodymyr Zelensky voor het eerst tegenover elkaar, samen met de Franse president Emmanuel Macron en bondskanselier Angela Merkel"],
   "2019-12-09", "2019-12-09", ["RUS", "UKR", "FRA", "DEU"], "Normandy summit, 'vorige week maandag'")
ev(a, R, "talks", "occurred",
   ["Poetin en Zelensky spraken daar ook onderling over het gas"],
   "2019-12-09", "2019-12-09", RU, "bilateral talk at the summit ('daar')")
ev(a, R, "sanction", "occurred",
   ["zette de Amerikaanse president Donald Trump gisteren zijn handtekening onder een defensiewet met sancties tegen de bedrijven die de Nord Stream 2-pijpleiding door de Oostzee aanleggen"],
   "2019-12-20", "2019-12-20", ["USA", "RUS"], "Nord Stream 2 sanctions")
ev(a, R, "condemnation", "occurred",
   ["De Duitse regering hekelde de sancties als inmenging in binnenlandse aangelegenheden"],
   ["2019-12-20", "2019-12-21"], None, ["DEU", "USA"], "undated reaction: signing to publication")
ev(a, R, "condemnation", "occurred",
   ["Ook Moskou reageerde boos"],
   ["2019-12-20", "2019-12-21"], None, ["RUS", "USA"])
# ---------------------------------------------------------------- 09 Public-broadcaster web page: Xi in Rome, Italy joins the Belt and Road, 2019-03-23 (Sat)
a = "d16_09_omroep_xi_rome"
IC = ["ITA", "CHN"]
ev(a, R, "agreement", "occurred",
   ["Italië sluit zich als eerste G7-land aan bij Chinese Zijderoute",
    "Italië heeft zich vandaag als eerste land van de G7 aangesloten bij het Chinese infrastructuurproject de Nieuwe Zijderoute",
    "De Italiaanse premier Giuseppe Conte en de Chinese president Xi Jinping waren in Rome aanwezig bij de ondertekening van een intentieverklaring in Villa Madama"],
   "2019-03-23", "2019-03-23", IC, "memorandum of understanding, 'vandaag'")
ev(a, O, ["summit", "talks"], "occurred",
   ["De Italiaanse premier Giuseppe Conte en de Chinese president Xi Jinping waren in Rome aanwezig bij de ondertekening van een intentieverklaring in Villa Madama"],
   "2019-03-23", "2019-03-23", IC, "Conte-Xi meeting implied by the ceremony")
ev(a, R, "agreement", "occurred",
   ["Tegelijk werden nog een kleine dertig andere overeenkomsten getekend, deels tussen overheden en deels tussen bedrijven"],
   "2019-03-23", "2019-03-23", IC, "the other agreements, one line")
ev(a, R, ["summit", "talks"], "occurred",
   ["Gisteren werd hij in het presidentieel paleis ontvangen door president Sergio Mattarella, die 's avonds een staatsdiner voor hem gaf"],
   "2019-03-22", "2019-03-22", IC, "'hij' = Xi")
ev(a, O, "demand", "occurred",
   ["Mattarella zei dat de nieuwe zijderoute in twee richtingen moet gaan"],
   "2019-03-22", "2019-03-22", IC)
ev(a, N, ["talks", "summit"], "negated",
   ["Vicepremier Matteo Salvini bleef weg van het diner"],
   None, None, IC, "stayed away from the state dinner")
ev(a, O, "warning", "occurred",
   ["waarschuwde dat Italië geen kolonie van wie dan ook mag worden"],
   "2019-03-22", "2019-03-22", ["ITA", "CHN"], "domestic warning by a deputy PM")
ev(a, O, "condemnation", "occurred",
   ["De Verenigde Staten waren vooraf al tegen de stap"],
   ["2019-03-01", "2019-03-22"], None, ["USA", "ITA"])
ev(a, R, "demand", "occurred",
   ["Eerder deze maand riep het Witte Huis Italië op om het Chinese project geen legitimiteit te geven"],
   ["2019-03-01", "2019-03-22"], "2019-03-09", ["USA", "ITA"], "'eerder deze maand' = 1st to the day before publication")
ev(a, R, ["summit", "talks"], "occurred",
   ["Op de Europese top in Brussel spraken de regeringsleiders gisteren over een gezamenlijke lijn tegenover China"],
   "2019-03-22", "2019-03-22", ["EU", "CHN"], "European Council discussion on China")
ev(a, O, "condemnation", "occurred",
   ["De Europese Commissie noemde China deze maand in een strategisch document een systeemrivaal"],
   ["2019-03-01", "2019-03-22"], "2019-03-12", ["EU", "CHN"])
ev(a, R, "summit", "planned",
   ["Op 9 april is in Brussel een top tussen de EU en China gepland"],
   "2019-04-09", "2019-04-09", ["EU", "CHN"])
ev(a, O, "talks", "planned",
   ["Xi reist morgen door naar Palermo, op Sicilië, en daarna naar Monaco"],
   ["2019-03-24", "2019-03-25"], "2019-03-24", ["CHN", "MCO"], "Monaco leg")
ev(a, R, ["summit", "talks"], "planned",
   ["Daar spreekt hij met president Emmanuel Macron"],
   ["2019-03-25", "2019-03-26"], "2019-03-25", ["CHN", "FRA"], "'Maandag en dinsdag is hij in Frankrijk'")
ev(a, R, ["talks", "summit"], "planned",
   ["Dinsdag schuiven ook bondskanselier Angela Merkel en de voorzitter van de Europese Commissie Jean-Claude Juncker aan voor een gesprek in Parijs"],
   "2019-03-26", "2019-03-26", ["CHN", "FRA", "DEU", "EU"])
ev(a, O, "proposal", "occurred",
   ["China kondigde het plan in 2013 aan"],
   ["2013-01-01", "2013-12-31"], None, ["CHN"], "the initiative's launch")

# ---------------------------------------------------------------- 10 Interview (Q&A): The Gambia v. Myanmar at the ICJ, month-only header 2020-01 (written after the order of 23 Jan)
a = "d16_10_interview_gambia_myanmar"
ev(a, R, ["demand", "sanction"], "occurred",
   ["Het Internationaal Gerechtshof in Den Haag heeft Myanmar op 23 januari opgedragen de Rohingya te beschermen",
    "Het Internationaal Gerechtshof heeft voorlopige maatregelen opgelegd",
    "De zeventien rechters droegen Myanmar unaniem op alles te doen om genocide op de Rohingya te voorkomen, bewijs van mogelijke misdaden te bewaren en binnen vier maanden te rapporteren over wat het daaraan doet"],
   "2020-01-23", "2020-01-23", ["ICJ", "MMR", "GMB"], "provisional measures (model convention 6: interim order = demand, sanction)")
ev(a, N, "condemnation", "negated",
   ["Is Myanmar nu veroordeeld voor genocide?"],
   None, None, ["ICJ", "MMR"], "the question the answer denies: no conviction")
ev(a, N, "condemnation", "negated",
   ["Een definitieve uitspraak zit er dit jaar zeker niet in"],
   None, None, ["ICJ", "MMR", "GMB"], "expert: no final judgment this year (model convention 11)")
ev(a, R, ["condemnation", "demand"], "occurred",
   ["Gambia diende de zaak op 11 november in, met steun van de Organisatie voor Islamitische Samenwerking",
    "Het beschuldigt Myanmar ervan het Genocideverdrag te schenden"],
   "2019-11-11", "2019-11-11", ["GMB", "MMR"], "filing the case (model convention) and the accusation")
ev(a, O, "proposal", "occurred",
   ["Gambia diende de zaak op 11 november in, met steun van de Organisatie voor Islamitische Samenwerking"],
   None, None, ["OIC", "GMB"], "OIC support, undated")
ev(a, O, "talks", "occurred",
   ["Hij bezocht de vluchtelingenkampen in Bangladesh"],
   None, None, ["GMB", "BGD"], "minister's visit to the camps, undated")
ev(a, R, "talks", "occurred",
   ["In december verdedigde Aung San Suu Kyi haar land zelf in Den Haag",
    "Tijdens de zittingen, van 10 tot en met 12 december, ontkende ze dat er sprake was van genocide"],
   ["2019-12-10", "2019-12-12"], "2019-12-10", ["MMR", "GMB", "ICJ"], "the hearings (as the model's hearings)")
ev(a, R, "condemnation", "occurred",
   ["Daarmee wees ze de aanklacht van Gambia van de hand",
    "Tijdens de zittingen, van 10 tot en met 12 december, ontkende ze dat er sprake was van genocide"],
   ["2019-12-10", "2019-12-12"], "2019-12-11", ["MMR", "GMB"], "rejection of the accusation")
ev(a, R, "condemnation", "occurred",
   ["Het ministerie van Buitenlandse Zaken in Naypyidaw liet weten dat het hof geen genocide heeft vastgesteld, en verweet mensenrechtenorganisaties een vertekend beeld te schetsen"],
   ["2020-01-23", "2020-01-31"], "2020-01-23", ["MMR"], "undated reaction in a month-only paper: the order to the end of the header month")
ev(a, N, ["talks", "sanction"], "negated",
   ["Negeert Myanmar het, dan kan de zaak naar de Veiligheidsraad gaan"],
   None, None, ["MMR", "UN"], "hypothetical")
ev(a, O, "proposal", "occurred",
   ["Nederland en Canada lieten in december in een gezamenlijke verklaring weten dat zij Gambia steunen en overwegen zich later in de procedure te mengen"],
   ["2019-12-01", "2019-12-31"], "2019-12-09", ["NLD", "CAN", "GMB"], "statement of support (model convention 8)")
ev(a, R, "agreement", "occurred",
   ["Bangladesh en Myanmar sloten in november van dat jaar een akkoord over hun terugkeer"],
   ["2017-11-01", "2017-11-30"], "2017-11-23", ["BGD", "MMR"], "'van dat jaar' = 2017 of the previous sentence")
# ---------------------------------------------------------------- 11 'The week in five questions' quiz: Trump's first foreign trip, 2017-05-26 (Fri)
a = "d16_11_weekquiz_trump_reis"
ev(a, R, "summit", "planned",
   ["Vandaag en morgen is hij op de G7-top in het Siciliaanse Taormina"],
   ["2017-05-26", "2017-05-27"], "2017-05-26", ["G7", "USA"], "'vandaag en morgen', morning of the first day: planned (model convention 1)")
ev(a, R, "summit", "occurred",
   ["zat hij gisteren in Brussel aan tafel met de NAVO-bondgenoten",
    "De top zelf was kort: de regeringsleiders openden het nieuwe hoofdkwartier"],
   "2017-05-25", "2017-05-25", ["NATO", "USA"], "NATO summit")
ev(a, R, "agreement", "occurred",
   ["Voor hoeveel geld tekenden de Verenigde Staten en Saoedi-Arabië zaterdag in Riyad een wapendeal?",
    "Trump en koning Salman waren erbij toen de contracten werden getekend"],
   "2017-05-20", "2017-05-20", ["USA", "SAU"], "arms deal signed; the question itself reports it")
ev(a, O, "delivery", "planned",
   ["Het pakket omvat onder meer raketafweersystemen, schepen en vliegtuigen, en moet de Saoediërs helpen zich te verdedigen tegen Iran"],
   "2017-05-20", "2017-05-20", ["USA", "SAU"], "the weapons to be supplied")
ev(a, O, "agreement", "occurred",
   ["Er werden dezelfde dag ook handelsovereenkomsten voor tientallen miljarden dollars gesloten"],
   "2017-05-20", "2017-05-20", ["USA", "SAU"], "business deals")
ev(a, R, "summit", "occurred",
   ["Tot wie sprak Trump zondag in Riyad?",
    "tot de leiders van tientallen islamitische landen, op een top die Saoedi-Arabië speciaal voor het bezoek had georganiseerd"],
   "2017-05-21", "2017-05-21", ["USA", "SAU"], "Arab-Islamic-American summit")
ev(a, R, "demand", "occurred",
   ["Trump riep hen op om extremisten uit hun gebedshuizen en hun land te verjagen"],
   "2017-05-21", "2017-05-21", ["USA", "SAU"], "'hen' = the leaders of the answer's first sentence")
ev(a, R, "demand", "occurred",
   ["Hij vroeg ook alle landen Iran te isoleren"],
   "2017-05-21", "2017-05-21", ["USA", "IRN"])
ev(a, R, "condemnation", "occurred",
   ["dat hij ervan beschuldigde terrorisme te steunen"],
   "2017-05-21", "2017-05-21", ["USA", "IRN"], "second event of the sentence")
ev(a, R, "condemnation", "occurred",
   ["In Teheran werd de toespraak scherp veroordeeld"],
   ["2017-05-21", "2017-05-26"], None, ["IRN", "USA"], "undated reaction: speech to publication")
ev(a, R, ["talks", "summit"], "occurred",
   ["Hij kwam maandag aan in Israël en sprak daar met premier Benjamin Netanyahu en president Reuven Rivlin"],
   "2017-05-22", "2017-05-22", ["USA", "ISR"])
ev(a, R, ["talks", "summit"], "occurred",
   ["Een dag later ontmoette hij in Bethlehem de Palestijnse president Mahmoud Abbas"],
   "2017-05-23", "2017-05-23", ["USA", "PSE"], "'een dag later' after 'maandag'")
ev(a, O, "proposal", "occurred",
   ["Tegen beiden zei hij dat hij vrede tussen Israëliërs en Palestijnen mogelijk acht"],
   ["2017-05-22", "2017-05-23"], None, ["USA", "ISR", "PSE"])
ev(a, N, "proposal", "negated",
   ["Een concreet plan voor nieuwe onderhandelingen had hij niet bij zich"],
   None, None, ["USA", "ISR", "PSE"], "no peace plan")
ev(a, R, ["talks", "summit"], "occurred",
   ["Wie kreeg Trump woensdag een encycliek over het klimaat cadeau?",
    "van paus Franciscus, die hem ontving in het Vaticaan",
    "Het gesprek duurde een half uur"],
   "2017-05-24", "2017-05-24", ["USA", "VAT"], "audience with the pope")
ev(a, N, ["proposal", "agreement"], "negated",
   ["hij sprak zich niet uitdrukkelijk uit voor artikel 5"],
   None, None, ["USA", "NATO"], "no explicit Article 5 commitment")
ev(a, R, "condemnation", "occurred",
   ["In plaats daarvan las Trump de andere leiders de les",
    "Hij verweet 23 van de 28 lidstaten dat ze te weinig aan defensie uitgeven"],
   "2017-05-25", "2017-05-25", ["USA", "NATO"], "reproach")
ev(a, R, "demand", "occurred",
   ["en eiste dat ze hun achterstand inhalen"],
   "2017-05-25", "2017-05-25", ["USA", "NATO"], "second event of the sentence")
ev(a, R, "agreement", "occurred",
   ["spraken af dat de NAVO zich bij de coalitie tegen IS aansluit"],
   "2017-05-25", "2017-05-25", ["NATO", "USA"])
ev(a, R, "talks", "occurred",
   ["'s Ochtends had Trump in Brussel al gesproken met de Europese leiders Donald Tusk en Jean-Claude Juncker"],
   "2017-05-25", "2017-05-25", ["USA", "EU"])
ev(a, R, ["talks", "summit"], "occurred",
   ["en tijdens een lunch met de nieuwe Franse president Emmanuel Macron"],
   "2017-05-25", "2017-05-25", ["USA", "FRA"], "second meeting of the sentence")
ev(a, O, ["demand", "talks"], "planned",
   ["De andere G7-leiders willen Trump overhalen het klimaatakkoord van Parijs niet op te zeggen"],
   ["2017-05-26", "2017-05-27"], None, ["G7", "USA"])
# ---------------------------------------------------------------- 12 Short news item: Obama in Hiroshima, 2016-05-27 (Fri)
a = "d16_12_kort_obama_hiroshima"
ev(a, R, ["talks", "summit"], "occurred",
   ["Barack Obama heeft vandaag als eerste zittende Amerikaanse president Hiroshima bezocht",
    "Samen met de Japanse premier Shinzo Abe legde hij een krans bij het monument in het Vredespark"],
   "2016-05-27", "2016-05-27", ["USA", "JPN"], "the visit with Abe")
ev(a, R, "demand", "occurred",
   ["Hij riep de landen met kernwapens op de moed te hebben de angst los te laten en te streven naar een wereld zonder die wapens"],
   "2016-05-27", "2016-05-27", ["USA"], "general call on nuclear-armed states")
ev(a, N, "proposal", "negated",
   ["Excuses bood de Amerikaanse president niet aan"],
   None, None, ["USA", "JPN"], "no apology (apologies as proposals, cf. d16_02)")
ev(a, R, "talks", "occurred",
   ["hij had vorige maand, als eerste Amerikaanse minister van Buitenlandse Zaken, al het Vredespark bezocht tijdens een bijeenkomst van de G7-ministers in Hiroshima"],
   ["2016-04-01", "2016-04-30"], "2016-04-11", ["G7", "USA", "JPN"], "G7 foreign ministers in Hiroshima, 'vorige maand'")
ev(a, O, "proposal", "occurred",
   ["Abe noemde het bezoek een nieuwe bladzijde in de verzoening tussen beide landen"],
   "2016-05-27", "2016-05-27", ["JPN", "USA"])
ev(a, R, "summit", "occurred",
   ["De Japanse premier was gastheer van de G7-top, die vandaag in Ise-Shima werd afgesloten",
    "Daar spraken de leiders gisteren en vandaag over de wereldeconomie, terrorisme en de spanningen in de Zuid-Chinese Zee"],
   ["2016-05-26", "2016-05-27"], "2016-05-26", ["G7", "JPN", "USA"])
ev(a, R, "talks", "occurred",
   ["Aan de vooravond van de top hadden Obama en Abe een gesprek waarin het ook over een minder prettig onderwerp ging"],
   "2016-05-25", "2016-05-25", ["USA", "JPN"], "'aan de vooravond van de top' = the day before 26 May")
ev(a, R, "condemnation", "occurred",
   ["Abe protesteerde scherp tegen de moord op een jonge vrouw op Okinawa"],
   "2016-05-25", "2016-05-25", ["JPN", "USA"], "protest at that meeting")
ev(a, R, "talks", "occurred",
   ["Voor zijn komst naar Japan was Obama in Vietnam"],
   ["2016-05-23", "2016-05-25"], "2016-05-23", ["USA", "VNM"], "visit to Vietnam: Monday up to his arrival in Japan")
ev(a, O, ["sanction", "agreement"], "occurred",
   ["Daar maakte hij maandag bekend dat de Verenigde Staten het wapenembargo tegen het land helemaal opheffen"],
   "2016-05-23", "2016-05-23", ["USA", "VNM"], "lifting an embargo: optional")
# ---------------------------------------------------------------- 13 Day's news roundup: Beijing declaration of Palestinian factions, 2024-07-23 (Tue)
a = "d16_13_nieuwsoverzicht_verklaring_peking"
HF = ["HAMAS", "FATAH", "CHN"]
ev(a, R, "agreement", "occurred",
   ["Hamas, Fatah en twaalf andere Palestijnse groeperingen hebben vandaag in Peking een verklaring ondertekend waarin ze beloven hun onderlinge verdeeldheid te beëindigen",
    "In de verklaring spreken de groeperingen af na de oorlog in Gaza te werken aan een tijdelijke regering van nationale verzoening"],
   "2024-07-23", "2024-07-23", HF, "Beijing declaration")
ev(a, R, "talks", "occurred",
   ["De Chinese minister van Buitenlandse Zaken Wang Yi, die de besprekingen sinds zondag leidde, sprak van een historisch moment"],
   ["2024-07-21", "2024-07-23"], "2024-07-21", HF, "talks since Sunday")
ev(a, R, "agreement", "occurred",
   ["Sindsdien zijn ze al vaker tot een akkoord gekomen, onder meer in Caïro in 2017 en in Algiers in oktober 2022"],
   ["2017-01-01", "2017-12-31"], "2017-10-12", ["HAMAS", "FATAH", "EGY"], "Cairo 2017: first of two agreements in the sentence")
ev(a, R, "agreement", "occurred",
   ["Sindsdien zijn ze al vaker tot een akkoord gekomen, onder meer in Caïro in 2017 en in Algiers in oktober 2022"],
   ["2022-10-01", "2022-10-31"], "2022-10-13", ["HAMAS", "FATAH", "DZA"], "Algiers 2022: second agreement of the sentence")
ev(a, R, "talks", "occurred",
   ["Ook in Peking kwamen de twee al eens bij elkaar, eind april van dit jaar"],
   ["2024-04-21", "2024-04-30"], None, HF)
ev(a, R, "condemnation", "occurred",
   ["Israël reageerde afwijzend",
    "De Israëlische minister van Buitenlandse Zaken Israel Katz hekelde de Palestijnse president Mahmoud Abbas, die volgens hem de moordenaars van Hamas omarmt in plaats van hen af te wijzen"],
   "2024-07-23", "2024-07-23", ["ISR", "PSE", "HAMAS"], "Katz's reaction; undated reaction on the day of the signing")
ev(a, O, "warning", "occurred",
   ["Hij zei dat er na de oorlog geen plaats is voor Hamas in Gaza"],
   "2024-07-23", "2024-07-23", ["ISR", "HAMAS"])
ev(a, R, "talks", "occurred",
   ["De Israëlische premier Benjamin Netanyahu is sinds gisteren in de Verenigde Staten"],
   "2024-07-22", "2024-07-22", ["ISR", "USA"], "visit began yesterday")
ev(a, O, "talks", "planned",
   ["Morgen spreekt hij het Amerikaanse Congres toe, op uitnodiging van de Republikeinse voorzitter van het Huis van Afgevaardigden"],
   "2024-07-24", "2024-07-24", ["ISR", "USA"], "address to Congress")
ev(a, O, "sanction", "planned",
   ["Een aantal Democratische Congresleden heeft laten weten de toespraak te boycotten"],
   "2024-07-24", "2024-07-24", ["USA", "ISR"], "lawmakers' boycott: not a state measure, optional")
ev(a, R, ["summit", "talks"], "planned",
   ["Donderdag wordt Netanyahu in het Witte Huis ontvangen door president Joe Biden, met wie hij over een staakt-het-vuren en de vrijlating van de gijzelaars wil praten"],
   "2024-07-25", "2024-07-25", ["ISR", "USA"])
ev(a, R, "talks", "planned",
   ["Ook vicepresident Kamala Harris zal hem spreken"],
   None, None, ["USA", "ISR"], "no day given")
# ---------------------------------------------------------------- 14 Liveblog: Putin-Erdogan ceasefire for Idlib, Moscow, 2020-03-05 (Thu)
a = "d16_14_liveblog_idlib_moskou"
TR = ["TUR", "RUS"]
ev(a, R, "agreement", "occurred",
   ["Rusland en Turkije zijn het eens geworden over een wapenstilstand in de Syrische provincie Idlib",
    "Die gaat vannacht om één minuut na middernacht in, maakte de Turkse president Recep Tayyip Erdoğan na afloop van zijn gesprek met de Russische president Vladimir Poetin bekend",
    "Naast de wapenstilstand komt er een veiligheidscorridor van zes kilometer aan weerszijden van de M4"],
   "2020-03-05", "2020-03-05", TR, "ceasefire deal; the corridor is part of it")
ev(a, R, ["summit", "talks"], "occurred",
   ["Liveblog: Erdoğan en Poetin spreken in Moskou over Idlib",
    "De twee spraken in het Kremlin ruim zes uur met elkaar, eerst onder vier ogen en daarna met hun delegaties erbij"],
   "2020-03-05", "2020-03-05", TR)
ev(a, R, "talks", "planned",
   ["De ministers van Defensie moeten de details binnen een week uitwerken"],
   ["2020-03-06", "2020-03-12"], None, TR, "'binnen een week'")
ev(a, R, "warning", "occurred",
   ["Erdoğan zei van zijn kant dat Turkije zich het recht voorbehoudt om op elke aanval van het Syrische leger te reageren"],
   "2020-03-05", "2020-03-05", ["TUR", "SYR"])
ev(a, R, "condemnation", "occurred",
   ["Ankara gaf het Syrische leger de schuld"],
   ["2020-02-21", "2020-02-29"], None, ["TUR", "SYR"], "'Eind februari' of the previous sentence")
ev(a, R, "demand", "occurred",
   ["Turkije vroeg de NAVO daarop om overleg"],
   ["2020-02-21", "2020-02-29"], "2020-02-28", ["TUR", "NATO"], "Article 4 request")
ev(a, R, "talks", "occurred",
   ["de ambassadeurs van de bondgenoten kwamen de dag na de aanval in Brussel bijeen"],
   ["2020-02-21", "2020-02-29"], "2020-02-28", ["NATO", "TUR"], "the day after an attack dated only 'eind februari'")
ev(a, O, "proposal", "occurred",
   ["en betuigden hun steun"],
   ["2020-02-21", "2020-02-29"], "2020-02-28", ["NATO", "TUR"], "statement of support")
ev(a, N, "delivery", "negated",
   ["maar beloofden geen militaire hulp"],
   None, None, ["NATO", "TUR"], "no military aid promised")
ev(a, R, "demand", "occurred",
   ["Al begin februari had Erdoğan geëist dat het Syrische leger zich voor het einde van die maand terugtrok achter de Turkse observatieposten"],
   ["2020-02-01", "2020-02-10"], "2020-02-05", ["TUR", "SYR"], "'begin februari' = 1-10")
ev(a, R, "agreement", "occurred",
   ["De afspraken van vandaag bouwen voort op het akkoord dat Poetin en Erdoğan in september 2018 in Sotsji sloten"],
   ["2018-09-01", "2018-09-30"], "2018-09-17", TR, "Sochi agreement")
ev(a, R, "condemnation", "occurred",
   ["Turkije beschuldigt Syrië en Rusland ervan die afspraken de afgelopen maanden te hebben geschonden"],
   None, None, ["TUR", "SYR", "RUS"], "present tense, no date")
ev(a, R, "condemnation", "occurred",
   ["Moskou verwijt Ankara op zijn beurt dat het de extremisten in Idlib niet heeft ontwapend"],
   None, None, ["RUS", "TUR"], "present tense, no date")
ev(a, O, "warning", "occurred",
   ["sinds Erdoğan vorige week bekendmaakte dat Turkije hen niet langer tegenhoudt"],
   ["2020-02-24", "2020-03-01"], "2020-02-28", ["TUR", "EU"], "opening the border: pressure on the EU, optional")
ev(a, R, "talks", "occurred",
   ["Dinsdag bezochten de voorzitters van de Europese Commissie, de Europese Raad en het Europees Parlement, Ursula von der Leyen, Charles Michel en David Sassoli, de grens samen met de Griekse premier Kyriakos Mitsotakis"],
   "2020-03-03", "2020-03-03", ["EU", "GRC"])
ev(a, O, "proposal", "occurred",
   ["Von der Leyen noemde Griekenland daar het schild van Europa"],
   "2020-03-03", "2020-03-03", ["EU", "GRC"], "support")
ev(a, R, "talks", "planned",
   ["De EU-ministers van Buitenlandse Zaken bespreken de situatie morgen in Zagreb"],
   "2020-03-06", "2020-03-06", ["EU"])
ev(a, R, "talks", "planned",
   ["Erdoğan reist maandag naar Brussel voor een gesprek met Michel en von der Leyen over de migranten en over Syrië"],
   "2020-03-09", "2020-03-09", ["TUR", "EU"])
# ---------------------------------------------------------------- 15/16 no-event articles
TRAPS = {
    "d16_15_weer_hitterecord": [
        "Op de vliegbasis Gilze-Rijen wees de thermometer gisteren 40,7 graden aan, de hoogste temperatuur die ooit in ons land is gemeten",
        "Nederland was niet het enige land dat records zag sneuvelen",
        "In Parijs kwam het kwik uit op 42,6 graden, ruim boven het record van 1947",
        "Het KNMI gaf voor het grootste deel van het land code oranje af en waarschuwt ook voor vandaag nog voor extreme hitte in het zuiden en oosten",
        "Veel werkgevers gingen akkoord met aangepaste werktijden, zodat het zware werk in de vroege ochtend kon gebeuren",
        "Natuurbeheerders eisen dat bezoekers in de bossen niet roken en geen barbecue aansteken",
    ],
    "d16_16_cultuur_vermeer_rijksmuseum": [
        "Het museum sprak jarenlang met collega-instellingen in de Verenigde Staten, Duitsland, Ierland, Frankrijk en het Verenigd Koninkrijk om ze naar Amsterdam te krijgen",
        "De Frick Collection in New York leent zelden iets uit, maar stemde in met het vertrek van drie schilderijen omdat het eigen gebouw wordt verbouwd",
        "Ook het Mauritshuis in Den Haag ging akkoord met een uitleen: het Meisje met de parel en het Gezicht op Delft hangen in Amsterdam",
        "Het museum noemt de tentoonstelling een eenmalige kans en waarschuwt dat een herhaling in onze tijd niet waarschijnlijk is",
        "Conservatoren eisen strenge voorwaarden voor temperatuur, luchtvochtigheid en transport",
        "Het Rijksmuseum werkte voor de tentoonstelling ook samen met het Mauritshuis, dat in 2012 op zijn beurt het Meisje met de parel op wereldtournee stuurde, onder meer naar Japan en de Verenigde Staten",
    ],
}

for a, note in [("d16_15_weer_hitterecord",
                 "weather (Dutch heat record of 40.7 degrees at Gilze-Rijen, 25 Jul 2019); traps: Belgium/France/Germany records, 'waarschuwt', 'akkoord', 'eisen', a military air base, 'topje'"),
                ("d16_16_cultuur_vermeer_rijksmuseum",
                 "culture (the Rijksmuseum's Vermeer exhibition with foreign loans, opened 10 Feb 2023); traps: talks with institutions in named countries, 'stemde in', 'akkoord', 'waarschuwt', 'eisen', 'stuurde' to Japan/US, 'topstukken'")]:
    ev(a, N, ALL, "negated", TRAPS[a], None, None, [],
       "NO-EVENT SENTINEL: article has no diplomatic event of its own; its trap sentences are listed; the line puts the article in scope so every other prediction in it counts as a false positive. " + note)

if __name__ == "__main__":
    goldkit.build(G, ROOT)
