"""Build gold.jsonl for dev5 and check every mention is a verbatim substring of its article.

Edit this script, not the JSONL. Run: python build_gold.py
"""
import pathlib, sys

ROOT = pathlib.Path(__file__).parent
sys.path.insert(0, str(ROOT.parent / "setkit"))  # the gold helper, checks and writing: tests/setkit/goldkit.py
import goldkit  # noqa: E402
from goldkit import ALL, N, O, R  # noqa: E402,F401

G, ev = goldkit.collector()

# ---------------------------------------------------------------- 01 Armenia-Azerbaijan, Washington, 2025-08-09 (Sat)
a = "d5_01_armenie_azerbeidzjan_washington"
AA = ["ARM", "AZE", "USA"]
ev(a, R, ["summit", "talks"], "occurred",
   ["Armenië en Azerbeidzjan zetten in het Witte Huis stap richting vrede",
    "die de twee in het Witte Huis had ontvangen"],
   "2025-08-08", "2025-08-08", AA, "White House meeting of the three leaders")
ev(a, R, "agreement", "occurred",
   ["hebben gisteren in Washington een gezamenlijke verklaring ondertekend",
    "zetten hun handtekening in het bijzijn van de Amerikaanse president Donald Trump"],
   "2025-08-08", "2025-08-08", AA, "joint declaration")
ev(a, R, "agreement", "occurred",
   ["paraafden de ministers van Buitenlandse Zaken, Ararat Mirzojan en Djeyhoen Bajramov, de tekst van het eigenlijke vredesverdrag"],
   "2025-08-08", "2025-08-08", ["ARM", "AZE"], "initialling of the peace treaty; 'Tegelijk' = same day")
ev(a, R, "agreement", "occurred",
   ["Over die tekst waren de onderhandelaars het in maart al eens geworden"],
   ["2025-03-01", "2025-03-31"], "2025-03-13", ["ARM", "AZE"], "treaty text agreed in March")
ev(a, N, ["agreement"], "negated",
   ["Ondertekend is het verdrag daarmee nog niet",
    "Wanneer de definitieve ondertekening volgt, kon gisteren niemand zeggen"],
   None, None, ["ARM", "AZE"], "treaty not signed")
ev(a, R, "demand", "occurred",
   ["Bakoe wil pas tekenen als Armenië zijn grondwet heeft aangepast"],
   None, None, ["AZE", "ARM"], "standing demand, no date")
ev(a, R, "agreement", "occurred",
   ["Washington sloot gisteren ook aparte overeenkomsten met beide landen"],
   "2025-08-08", "2025-08-08", AA, "bilateral US deals (one line for both)")
ev(a, R, ["demand", "proposal"], "occurred",
   ["vragen Jerevan en Bakoe ook samen aan de OVSE om de Minsk-groep op te doeken"],
   "2025-08-08", "2025-08-08", ["ARM", "AZE", "OSCE"], "joint request to the OSCE")
ev(a, R, "talks", "occurred",
   ["Voordien hadden Pasjinjan en Aliyev al verschillende keren in Brussel rond de tafel gezeten"],
   ["2023-07-01", "2023-07-31"], "2023-07-15", ["ARM", "AZE", "EU"], "series of Brussels meetings, dated by 'voor het laatst in juli 2023'")
ev(a, O, "warning", "occurred",
   ["waarschuwde dat de problemen van de Kaukasus door de landen uit de buurt zelf moeten worden opgelost"],
   ["2025-08-08", "2025-08-09"], None, ["RUS", "USA"], "mild Russian caution, target implicit")
ev(a, O, ["condemnation", "warning"], "occurred",
   ["klonk ongerustheid over Amerikaanse aanwezigheid zo dicht bij Iran"],
   ["2025-08-08", "2025-08-09"], None, ["IRN", "USA"], "concern, not a clear condemnation")

# ---------------------------------------------------------------- 02 Serbia-Kosovo, Ohrid, 2023-03-19 (Sun)
a = "d5_02_servie_kosovo_ohrid"
SK = ["SRB", "XKX", "EU"]
ev(a, R, "talks", "occurred",
   ["na twaalf uur onderhandelen aan het meer van Ohrid"],
   "2023-03-18", "2023-03-18", SK)
ev(a, R, "agreement", "occurred",
   ["Vucic en Kurti akkoord over uitvoering, maar zonder handtekening",
    "Servië en Kosovo zijn het in het Noord-Macedonische Ohrid eens geworden"],
   "2023-03-18", "2023-03-18", SK, "implementation annex agreed verbally; date from 'gisteravond' in the next sentence")
ev(a, N, ["agreement"], "negated",
   ["Een handtekening kwam er niet", "weigerde de bijlage te ondertekenen"],
   "2023-03-18", None, ["SRB", "XKX"], "no signature")
ev(a, N, ["agreement"], "negated",
   ["net zoals hij eind februari in Brussel het basisakkoord niet had getekend"],
   ["2023-02-21", "2023-02-28"], None, ["SRB", "XKX"])
ev(a, O, "proposal", "occurred",
   ["al beloofde hij dat Belgrado de afspraken wel zal naleven"],
   "2023-03-18", None, ["SRB"], "pledge to comply")
ev(a, R, "warning", "occurred",
   ["Hij waarschuwde dat landen die hun verplichtingen niet nakomen, dat zullen merken"],
   "2023-03-18", "2023-03-18", SK, "Borrell, named in the previous sentence")
ev(a, R, "demand", "occurred",
   ["Hij eiste dat Servië alsnog tekent"],
   "2023-03-18", "2023-03-18", ["XKX", "SRB"], "Kurti")
ev(a, R, "condemnation", "occurred",
   ["Kurti verweet Vucic bovendien dat die telkens nieuwe uitvluchten zoekt"],
   "2023-03-18", "2023-03-18", ["XKX", "SRB"])
ev(a, R, "proposal", "occurred",
   ["Het voorstel, dat oorspronkelijk uit Parijs en Berlijn kwam en door de EU werd overgenomen"],
   None, None, ["FRA", "DEU", "EU"], "the Franco-German plan, undated")
ev(a, O, "agreement", "occurred",
   ["een belofte die al in het Akkoord van Brussel uit 2013 stond"],
   ["2013-01-01", "2013-12-31"], "2013-04-19", ["SRB", "XKX", "EU"], "background, before 2014")
ev(a, R, "talks", "occurred",
   ["Op 27 februari hadden Vucic en Kurti in het Europa-gebouw in Brussel al over het plan gepraat"],
   "2023-02-27", "2023-02-27", SK)
ev(a, O, "talks", "occurred",
   ["pendelde de voorbije weken tussen Belgrado en Pristina"],
   ["2023-02-19", "2023-03-18"], None, SK, "shuttle diplomacy, 'de voorbije weken' = 28 days before")
ev(a, R, "talks", "planned",
   ["Borrell wil de twee leiders de komende weken opnieuw samenbrengen",
    "Een datum voor die ontmoeting is er nog niet"],
   ["2023-03-20", "2023-04-16"], None, SK, "'de komende weken' = 28 days after publication; the real meeting (2 May) fell outside, so no true_date")

# ---------------------------------------------------------------- 03 Belgium: Palestine + sanctions on Israel, 2025-09-02 (Tue)
a = "d5_03_belgie_palestina_sancties_israel"
ev(a, R, "sanction", "occurred",
   ["neemt twaalf maatregelen tegen Israël",
    "Tegelijk legt België Israël twaalf sancties op",
    "worden de extreemrechtse Israëlische ministers Itamar Ben-Gvir en Bezalel Smotrich tot ongewenste personen verklaard",
    "Ook gewelddadige kolonisten en enkele leiders van Hamas mogen het land niet meer in"],
   ["2025-09-01", "2025-09-02"], "2025-09-02", ["BEL", "ISR"], "one package of twelve measures; decided 'vannacht', announced 'vanochtend'")
ev(a, O, ["agreement", "talks"], "occurred",
   ["nadat de federale regering er vannacht na urenlang overleg een akkoord over bereikte"],
   ["2025-09-01", "2025-09-02"], None, ["BEL"], "domestic coalition deal; defensible either way")
ev(a, R, "condemnation", "occurred",
   ["Prévot wees op de humanitaire tragedie in Gaza, waarvoor hij de Israëlische regering verantwoordelijk houdt",
    "maar om een regering die het internationaal recht met voeten treedt"],
   ["2025-09-01", "2025-09-02"], "2025-09-02", ["BEL", "ISR"])
ev(a, O, "demand", "occurred",
   ["Prévot en zijn partij drongen al sinds de zomer aan op een krachtiger antwoord"],
   ["2025-06-01", "2025-09-02"], None, ["BEL"], "domestic pressure")
ev(a, O, "demand", "occurred",
   ["kreeg gedaan dat de erkenning pas juridisch wordt vastgelegd wanneer alle gijzelaars zijn vrijgelaten"],
   None, None, ["BEL", "HAMAS"], "condition set by De Wever")
ev(a, R, "condemnation", "occurred",
   ["Netanyahu veroordeelde dat toen scherp en noemde het een beloning voor terreur"],
   ["2025-07-21", "2025-07-31"], "2025-07-24", ["ISR", "FRA"], "date from 'eind juli' in the previous sentence")
ev(a, R, "proposal", "occurred",
   ["Eind juli stelde de Europese Commissie al voor om Israël deels uit te sluiten van het onderzoeksprogramma Horizon Europe"],
   ["2025-07-21", "2025-07-31"], "2025-07-28", ["EU", "ISR"])
ev(a, N, ["sanction", "agreement"], "negated",
   ["maar dat voorstel haalde bij de lidstaten geen meerderheid"],
   None, None, ["EU", "ISR"], "proposal not adopted")
ev(a, R, "demand", "occurred",
   ["Prévot wil dat de Europese Unie verder gaat en het handelsluik van het associatieverdrag met Israël opschort"],
   ["2025-09-01", "2025-09-02"], None, ["BEL", "EU", "ISR"], "present tense: 2-day window")
ev(a, O, ["demand", "talks"], "planned",
   ["Hij zal daar bij zijn Europese collega's op aandringen"],
   None, None, ["BEL", "EU"])
ev(a, R, ["talks", "summit"], "planned",
   ["De minister vertrekt eind deze maand zelf naar New York"],
   ["2025-09-21", "2025-09-30"], "2025-09-22", ["BEL", "UN"], "UN week")
ev(a, R, ["summit", "talks"], "planned",
   ["Frankrijk en Saoedi-Arabië organiseren er dan samen een conferentie over de tweestatenoplossing"],
   ["2025-09-21", "2025-09-30"], "2025-09-22", ["FRA", "SAU", "UN"], "'dan' refers to 'eind deze maand' in the previous sentence")
ev(a, O, "condemnation", "occurred",
   ["Oppositiepartijen noemden de maatregelen in een eerste reactie te laat en te vrijblijvend",
    "terwijl Vlaams Belang de erkenning een cadeau voor Hamas noemde"],
   ["2025-09-01", "2025-09-02"], None, ["BEL"], "domestic criticism")
ev(a, O, "demand", "occurred",
   ["Groen en PVDA vragen al maanden een volledig wapenembargo"],
   None, None, ["BEL", "ISR"], "domestic demand")

# ---------------------------------------------------------------- 04 Sahel confederation, Niamey, 2024-07-07 (Sun)
a = "d5_04_sahel_confederatie_niamey"
AES = ["MLI", "BFA", "NER"]
ev(a, R, "summit", "occurred",
   ["Het was de eerste top van de Alliantie van Sahelstaten (AES)",
    "kreeg de Malinese kolonel Assimi Goïta en de Burkinese kapitein Ibrahim Traoré over de vloer"],
   "2024-07-06", "2024-07-06", AES)
ev(a, R, "agreement", "occurred",
   ["Juntaleiders Sahel smeden confederatie",
    "hebben gisteren in de Nigerese hoofdstad Niamey een verdrag ondertekend waarmee ze een confederatie oprichten"],
   "2024-07-06", "2024-07-06", AES)
ev(a, R, "agreement", "occurred",
   ["het pact dat de drie landen in september vorig jaar sloten"],
   ["2023-09-01", "2023-09-30"], "2023-09-16", AES, "Liptako-Gourma charter")
ev(a, R, "condemnation", "occurred",
   ["In zijn openingsspeech haalde Tiani fel uit naar de West-Afrikaanse regionale organisatie Ecowas"],
   "2024-07-06", "2024-07-06", ["NER", "ECOWAS"])
ev(a, O, "sanction", "occurred",
   ["De drie juntalanden maakten eind januari bekend dat ze uit Ecowas stappen"],
   ["2024-01-21", "2024-01-31"], "2024-01-28", AES + ["ECOWAS"], "leaving an organisation: reduce relations? defensible either way")
ev(a, R, "summit", "planned",
   ["Ecowas vergadert vandaag in Abuja",
    "vandaag komen de staatshoofden van Ecowas in de Nigeriaanse hoofdstad Abuja bijeen"],
   "2024-07-07", "2024-07-07", ["ECOWAS", "NGA"])
ev(a, O, "talks", "planned",
   ["Verwacht wordt dat de leiders een bemiddelaar aanduiden"],
   "2024-07-07", None, ["ECOWAS"] + AES)
ev(a, R, "sanction", "occurred",
   ["legde Ecowas Niger zware economische sancties op"],
   ["2023-07-21", "2023-07-31"], "2023-07-30", ["ECOWAS", "NER"], "'eind juli 2023' earlier in the sentence")
ev(a, R, "warning", "occurred",
   ["dreigde de organisatie met een militaire interventie als Bazoum niet binnen een week werd hersteld"],
   ["2023-07-21", "2023-07-31"], "2023-07-30", ["ECOWAS", "NER"], "same sentence as the sanctions")
ev(a, R, "warning", "occurred",
   ["Mali en Burkina Faso lieten toen weten dat ze een aanval op Niger als een oorlogsverklaring zouden beschouwen"],
   ["2023-07-21", "2023-07-31"], "2023-07-31", ["MLI", "BFA", "ECOWAS"], "'toen' = end of July 2023")
ev(a, R, "sanction", "occurred",
   ["Niger zette in de zomer van 2023 de Franse ambassadeur het land uit"],
   ["2023-06-01", "2023-08-31"], "2023-08-25", ["NER", "FRA"], "expulsion")
ev(a, R, "demand", "occurred",
   ["en eiste het vertrek van de Franse troepen"],
   ["2023-06-01", "2023-08-31"], None, ["NER", "FRA"])
ev(a, O, "sanction", "occurred",
   ["schortte na de staatsgreep de steun via de Nigerese overheid op"],
   None, None, ["BEL", "NER"], "aid suspension, undated")
ev(a, O, "delivery", "occurred",
   ["België, dat jarenlang militairen en ontwikkelingshulp naar Niger stuurde",
    "Hulp aan de bevolking via ngo's en VN-organisaties loopt wel door"],
   None, None, ["BEL", "NER"], "ongoing aid")

# ---------------------------------------------------------------- 05 Vandecasteele swap, 2023-05-27 (Sat)
a = "d5_05_vandecasteele_vrij_oman"
ev(a, R, "agreement", "occurred",
   ["Olivier Vandecasteele is vrij na ruil met Iraanse diplomaat",
    "Vandecasteele kwam vrij dankzij een gevangenenruil die door het sultanaat Oman werd bemiddeld",
    "De twee mannen werden gisteren in de Omaanse hoofdstad Muscat uitgewisseld"],
   "2023-05-26", "2023-05-26", ["BEL", "IRN", "OMN"], "prisoner exchange treated as an agreement carried out")
ev(a, R, "condemnation", "occurred",
   ["De Croo noemde Vandecasteele in een korte verklaring een onschuldig man die door een regime gegijzeld werd",
    "Hij beschuldigde Teheran ervan mensen als wisselgeld te gebruiken"],
   ["2023-05-26", "2023-05-27"], "2023-05-26", ["BEL", "IRN"])
ev(a, R, "talks", "occurred",
   ["Volgens De Croo overlegde de regering de voorbije weken intensief en in het grootste geheim met Omaanse bemiddelaars"],
   ["2023-04-29", "2023-05-26"], None, ["BEL", "OMN"], "'de voorbije weken' = 28 days before")
ev(a, R, "agreement", "occurred",
   ["een verdrag over de overbrenging van veroordeelde personen dat België en Iran in maart 2022 ondertekenden"],
   ["2022-03-01", "2022-03-31"], "2022-03-11", ["BEL", "IRN"])
ev(a, R, "condemnation", "occurred",
   ["Leider Maryam Rajavi veroordeelde de ruil als een schandelijke toegeving aan terrorisme"],
   ["2023-05-26", "2023-05-27"], None, ["NCRI", "BEL", "IRN"], "NCRI: invented id for the Iranian opposition umbrella")
ev(a, R, "condemnation", "occurred",
   ["noemde zijn veroordeling onrechtmatig"],
   ["2023-05-26", "2023-05-27"], None, ["IRN", "BEL"], "Amir-Abdollahian on the Antwerp verdict")
ev(a, O, "condemnation", "occurred",
   ["België noemde de beschuldigingen altijd verzonnen"],
   None, None, ["BEL", "IRN"])
ev(a, O, "warning", "occurred",
   ["Buitenlandse Zaken blijft Belgen intussen ten stelligste afraden om naar Iran te reizen"],
   None, None, ["BEL", "IRN"], "travel advice")

# ---------------------------------------------------------------- 06 EU summit, Russian assets, 2025-12-19 (Fri)
a = "d5_06_eu_top_russische_tegoeden"
ev(a, R, "summit", "occurred",
   ["na een marathonzitting van de Europese top"],
   ["2025-12-18", "2025-12-19"], "2025-12-18", ["EU"])
ev(a, R, "agreement", "occurred",
   ["De Europese regeringsleiders hebben vannacht in Brussel afgesproken om Oekraïne de komende twee jaar 90 miljard euro te lenen"],
   ["2025-12-18", "2025-12-19"], "2025-12-19", ["EU", "UKR"])
ev(a, R, "delivery", "planned",
   ["EU leent Oekraïne 90 miljard",
    "Het geld van de gemeenschappelijke lening moet de Oekraïense staat en het leger in 2026 en 2027 overeind houden",
    "zodat het eerste geld in het voorjaar naar Kyiv kan"],
   ["2026-01-01", "2027-12-31"], None, ["EU", "UKR"], "dated by the delivery (2026-2027), as dev3 convention 3")
ev(a, N, ["agreement"], "negated",
   ["voor een zogenoemde herstellening, haalde het niet",
    "De leiders raakten het na een marathonzitting van de Europese top niet eens over die herstellening"],
   ["2025-12-18", "2025-12-19"], None, ["EU", "UKR"], "reparations loan not agreed")
ev(a, O, "demand", "occurred",
   ["waar vooral de Duitse bondskanselier Friedrich Merz en Commissievoorzitter Ursula von der Leyen op hadden aangedrongen"],
   None, None, ["DEU", "EU"])
ev(a, R, "demand", "occurred",
   ["De Wever eiste de voorbije weken keer op keer dat de andere lidstaten het volledige risico mee zouden dragen"],
   ["2025-11-21", "2025-12-19"], None, ["BEL", "EU"], "'de voorbije weken' = 28 days before")
ev(a, O, "warning", "occurred",
   ["Hij waarschuwde dat België anders alleen zou opdraaien"],
   ["2025-11-21", "2025-12-19"], None, ["BEL", "EU"], "intra-EU warning")
ev(a, N, ["delivery"], "negated",
   ["Hongarije, Slowakije en Tsjechië stappen niet mee in de lening"],
   None, None, ["HUN", "SVK", "CZE", "UKR"])
ev(a, R, ["talks", "summit"], "occurred",
   ["De Oekraïense president Volodymyr Zelensky was gisteren zelf naar Brussel gekomen om de leiders toe te spreken"],
   "2025-12-18", "2025-12-18", ["UKR", "EU"])
ev(a, R, "demand", "occurred",
   ["Hij riep hen op om de Russische tegoeden in te zetten"],
   "2025-12-18", "2025-12-18", ["UKR", "EU"], "date from 'gisteren' in the previous sentence")
ev(a, R, "sanction", "occurred",
   ["Vorige week besloten de lidstaten al om het geld voor onbepaalde tijd te blokkeren"],
   ["2025-12-08", "2025-12-14"], "2025-12-12", ["EU", "RUS"])
ev(a, O, "sanction", "occurred",
   ["De tegoeden blijven wel bevroren"],
   None, None, ["EU", "RUS"], "standing freeze")
ev(a, O, "condemnation", "occurred",
   ["Moskou reageerde fel op de Europese plannen"],
   None, None, ["RUS", "EU"])
ev(a, R, "condemnation", "occurred",
   ["dat het gebruik van de tegoeden neerkomt op diefstal"],
   "2025-12-19", "2025-12-19", ["RUS", "EU"])
ev(a, R, "warning", "occurred",
   ["waarschuwde dat wie dat toch doet, de gevolgen zal dragen"],
   "2025-12-19", "2025-12-19", ["RUS", "EU"], "same sentence as the condemnation")
ev(a, O, "agreement", "planned",
   ["De uitwerking van de lening moet begin volgend jaar rond zijn"],
   ["2026-01-01", "2026-03-31"], None, ["EU"])

# ---------------------------------------------------------------- 07 Zelensky in Brussels, F-16, 2024-05-28 (Tue)
a = "d5_07_zelensky_brussel_f16"
ev(a, R, ["talks", "summit"], "occurred",
   ["Zelensky was vanochtend onaangekondigd in België aangekomen voor een kort bezoek",
    "Hij sprak er met De Croo en met minister van Defensie Ludivine Dedonder (PS)"],
   "2024-05-28", "2024-05-28", ["BEL", "UKR"])
ev(a, R, "agreement", "occurred",
   ["Dat staat in een veiligheidsakkoord dat premier Alexander De Croo en de Oekraïense president Volodymyr Zelensky vandaag hebben ondertekend"],
   "2024-05-28", "2024-05-28", ["BEL", "UKR"])
ev(a, R, "delivery", "planned",
   ["België belooft Oekraïne 30 F-16's tegen 2028",
    "België zal tegen 2028 dertig F-16-gevechtsvliegtuigen aan Oekraïne leveren",
    "De eerste Belgische toestellen moeten nog dit jaar naar Oekraïne"],
   None, None, ["BEL", "UKR"], "deliveries spread 2024-2028: no single interval, null as in the seed")
ev(a, R, "delivery", "planned",
   ["Daarnaast trekt ons land dit jaar nog 977 miljoen euro uit voor militaire steun aan Kyiv"],
   ["2024-01-01", "2024-12-31"], None, ["BEL", "UKR"])
ev(a, O, "delivery", "planned",
   ["De premier beloofde dat België Oekraïne zal blijven steunen zolang dat nodig is"],
   None, None, ["BEL", "UKR"], "general pledge")
ev(a, R, "demand", "occurred",
   ["Hij vroeg de Europese bondgenoten om meer luchtafweersystemen"],
   "2024-05-28", "2024-05-28", ["UKR"], "'Europese bondgenoten' has no single id")
ev(a, R, "agreement", "occurred",
   ["Gisteren tekende hij in Madrid al een gelijkaardig akkoord met de Spaanse premier Pedro Sánchez"],
   "2024-05-27", "2024-05-27", ["UKR", "ESP"])
ev(a, R, ["talks", "summit"], "planned",
   ["vanavond wordt hij in Lissabon verwacht, waar hij de Portugese premier Luís Montenegro ontmoet"],
   "2024-05-28", "2024-05-28", ["UKR", "PRT"])
ev(a, R, ["proposal", "demand"], "occurred",
   ["De Oekraïense president riep De Croo ook op om half juni naar de vredestop in Zwitserland te komen"],
   "2024-05-28", "2024-05-28", ["UKR", "BEL"], "invitation")
ev(a, R, "summit", "planned",
   ["die op de Bürgenstock bij Luzern plaatsvindt",
    "De Croo bevestigde dat hij erbij zal zijn"],
   ["2024-06-11", "2024-06-20"], "2024-06-15", ["UKR", "CHE", "BEL"], "'half juni'")
ev(a, N, ["summit"], "negated",
   ["Rusland is niet uitgenodigd"], None, None, ["RUS"])
ev(a, O, "warning", "occurred",
   ["Moskou heeft al meermaals gedreigd dat westerse F-16's in Oekraïne een legitiem doelwit zijn"],
   None, None, ["RUS", "UKR"], "standing threat")
ev(a, O, "agreement", "occurred",
   ["Oekraïne sloot sinds januari bilaterale veiligheidsakkoorden met onder meer het Verenigd Koninkrijk, Duitsland, Frankrijk en Nederland"],
   ["2024-01-01", "2024-05-28"], None, ["UKR", "GBR", "DEU", "FRA", "NLD"], "four agreements in one clause; kept as one optional line")
ev(a, R, "agreement", "occurred",
   ["in navolging van een afspraak die de G7 vorig jaar tijdens de Navo-top in Vilnius maakte"],
   ["2023-01-01", "2023-12-31"], "2023-07-12", ["G7", "UKR"])
ev(a, R, "summit", "occurred",
   ["tijdens de Navo-top in Vilnius"],
   ["2023-01-01", "2023-12-31"], "2023-07-11", ["NATO", "LTU"], "named summit in passing, dated by 'vorig jaar'")

# ---------------------------------------------------------------- 09 South China Sea, 2024-07-22 (Mon)
a = "d5_09_zuid_chinese_zee_akkoord"
ev(a, R, "agreement", "occurred",
   ["Manila en Peking sluiten voorlopige deal over omstreden rif",
    "De Filipijnen en China hebben een voorlopige afspraak gemaakt over de bevoorrading",
    "Beide landen maakten dat zondag bekend"],
   "2024-07-21", "2024-07-21", ["PHL", "CHN"])
ev(a, O, "talks", "occurred",
   ["na weken van diplomatiek overleg"],
   ["2024-06-24", "2024-07-21"], None, ["PHL", "CHN"])
ev(a, R, "demand", "occurred",
   ["Volgens het Chinese ministerie van Buitenlandse Zaken moeten de Filipijnen China vooraf op de hoogte brengen van elke bevoorrading"],
   ["2024-07-21", "2024-07-22"], None, ["CHN", "PHL"])
ev(a, O, "condemnation", "occurred",
   ["Manila ontkende dat en noemde die voorstelling van zaken onjuist"],
   ["2024-07-21", "2024-07-22"], None, ["PHL", "CHN"])
ev(a, R, "condemnation", "occurred",
   ["Manila beschuldigde Peking van agressief en onwettig optreden"],
   ["2024-06-11", "2024-06-20"], "2024-06-17", ["PHL", "CHN"], "date from 'half juni' two sentences earlier")
ev(a, R, "demand", "occurred",
   ["en eiste de teruggave van de wapens"],
   ["2024-06-11", "2024-06-20"], None, ["PHL", "CHN"])
ev(a, R, "talks", "occurred",
   ["Begin deze maand zaten diplomaten van beide landen in Manila rond de tafel"],
   ["2024-07-01", "2024-07-10"], "2024-07-02", ["PHL", "CHN"], "bilateral consultation mechanism")
ev(a, O, "agreement", "occurred",
   ["Ze spraken toen af de communicatie te verbeteren"],
   ["2024-07-01", "2024-07-10"], "2024-07-02", ["PHL", "CHN"])
ev(a, R, "warning", "occurred",
   ["Washington heeft de voorbije maanden herhaaldelijk gewaarschuwd dat een gewapende aanval op Filipijnse schepen"],
   None, None, ["USA", "CHN"], "repeated warnings, no usable interval")

# ---------------------------------------------------------------- 10 Liveblog Panmunjom, 2018-04-27 (Fri)
a = "d5_10_liveblog_korea_panmunjom"
K2 = ["KOR", "PRK"]
ev(a, R, ["summit", "talks"], "occurred",
   ["Historische top Noord- en Zuid-Korea in Panmunjom",
    "ontmoeten elkaar vandaag in het grensdorp Panmunjom",
    "Het is de eerste top tussen de twee Korea's sinds 2007",
    "zijn de leiders met hun delegaties aan tafel gegaan",
    "Volgens de woordvoerder van Moon ging het gesprek onder meer over denuclearisatie"],
   "2018-04-27", "2018-04-27", K2)
ev(a, O, "talks", "occurred",
   ["waar ze zo'n half uur onder vier ogen praatten"],
   "2018-04-27", "2018-04-27", K2, "part of the summit; a separate talks event is defensible")
ev(a, R, "proposal", "occurred",
   ["Op uitnodiging van Kim stapt de Zuid-Koreaanse president daarna zelf even over de lijn naar het noorden"],
   "2018-04-27", "2018-04-27", ["PRK", "KOR"], "invitation to step across the line")
ev(a, R, "agreement", "occurred",
   ["Moon en Kim hebben de Verklaring van Panmunjom ondertekend",
    "Ze spreken af te streven naar een Koreaans schiereiland zonder kernwapens"],
   "2018-04-27", "2018-04-27", K2)
ev(a, R, "agreement", "planned",
   ["Ook willen ze nog dit jaar het einde van de Koreaanse Oorlog uitroepen en de wapenstilstand van 1953 vervangen door een vredesverdrag"],
   ["2018-01-01", "2018-12-31"], None, ["KOR", "PRK", "USA"], "never happened; planned at the time")
ev(a, R, ["summit", "talks"], "planned",
   ["Moon zal dit najaar naar Pyongyang reizen"],
   ["2018-09-01", "2018-11-30"], "2018-09-18", K2)
ev(a, N, ["agreement"], "negated",
   ["in de tekst geen concrete stappen of tijdpad staan",
    "Een afspraak over inspecties kwam er niet"],
   "2018-04-27", None, K2)
ev(a, R, ["summit", "talks"], "planned",
   ["Hij verwacht Kim de komende weken zelf te ontmoeten"],
   ["2018-04-28", "2018-05-25"], None, ["USA", "PRK"], "Trump; the summit came on 12 June, outside the window, so no true_date")
ev(a, R, "talks", "occurred",
   ["Mike Pompeo sprak de Noord-Koreaanse leider rond Pasen al in het geheim in Pyongyang"],
   ["2018-03-30", "2018-04-02"], "2018-04-01", ["USA", "PRK"], "'rond Pasen' (Easter 1 April 2018), widened by two days")
ev(a, R, "demand", "occurred",
   ["eist dat Noord-Korea concrete maatregelen neemt"],
   "2018-04-27", "2018-04-27", ["JPN", "PRK"])
ev(a, R, "demand", "occurred",
   ["Hij vraagt Moon ook om de ontvoering van Japanse burgers door Noord-Korea bij Kim aan te kaarten"],
   "2018-04-27", "2018-04-27", ["JPN", "KOR"])

# ---------------------------------------------------------------- 11 News in brief, 2023-12-01 (Fri)
a = "d5_11_kort_buitenland_dec2023"
ev(a, R, ["talks", "summit"], "occurred",
   ["Lavrov in Skopje, Oekraïne en Baltische staten blijven weg",
    "is gisteren in Skopje aangekomen voor de jaarlijkse ministersvergadering van de OVSE"],
   ["2023-11-30", "2023-12-01"], "2023-11-30", ["RUS", "OSCE", "MKD"], "OSCE ministerial council")
ev(a, N, ["talks"], "negated",
   ["boycotten de ministers van Oekraïne, Estland, Letland en Litouwen de bijeenkomst"],
   ["2023-11-30", "2023-12-01"], None, ["UKR", "EST", "LVA", "LTU"])
ev(a, O, ["sanction", "condemnation"], "occurred",
   ["boycotten de ministers van Oekraïne, Estland, Letland en Litouwen de bijeenkomst"],
   ["2023-11-30", "2023-12-01"], None, ["UKR", "EST", "LVA", "LTU", "RUS"], "diplomatic boycott, as dev3's G20 boycott")
ev(a, R, "condemnation", "occurred",
   ["Lavrov verweet de westerse landen eerder deze week al dat ze de OVSE hebben gekaapt"],
   ["2023-11-27", "2023-11-30"], None, ["RUS", "NATO", "EU"])
ev(a, R, "agreement", "occurred",
   ["Wel werden de 57 lidstaten het deze week na maanden blokkeren eens dat Malta volgend jaar voorzitter wordt"],
   ["2023-11-27", "2023-12-01"], None, ["OSCE", "MLT"])
ev(a, R, "summit", "occurred",
   ["Op de eerste dag van de klimaattop COP28 in Dubai"],
   "2023-11-30", "2023-11-30", ["UN", "ARE"], "opening day of the summit")
ev(a, R, "agreement", "occurred",
   ["Klimaattop begint met akkoord over schadefonds",
    "hebben de deelnemende landen gisteren een akkoord bereikt over het fonds voor verlies en schade"],
   "2023-11-30", "2023-11-30", ["UN", "ARE"])
ev(a, R, "delivery", "planned",
   ["Gastland de Verenigde Arabische Emiraten en Duitsland zegden elk 100 miljoen dollar toe"],
   None, None, ["ARE", "DEU"], "two pledges, one line; no delivery date")
ev(a, R, "sanction", "occurred",
   ["Amerikaanse sancties tegen Noord-Koreaanse hackers",
    "De Verenigde Staten hebben sancties ingesteld tegen de Noord-Koreaanse hackersgroep Kimsuky"],
   ["2023-11-30", "2023-12-01"], "2023-11-30", ["USA", "PRK"], "no date in text: perfect tense in a dated roundup, 2-day window")
ev(a, O, "sanction", "occurred",
   ["Volgens Washington is de stap afgestemd met Zuid-Korea, Japan en Australië"],
   ["2023-11-30", "2023-12-01"], None, ["USA", "KOR", "JPN", "AUS", "PRK"])
ev(a, R, "sanction", "occurred",
   ["waarna Seoul een deel van een militair akkoord uit 2018 met het noorden opschortte"],
   ["2023-11-20", "2023-11-26"], "2023-11-22", ["KOR", "PRK"], "suspension of an agreement = reduce relations (dev3 convention 2)")
ev(a, O, "agreement", "occurred",
   ["een militair akkoord uit 2018"],
   ["2018-01-01", "2018-12-31"], "2018-09-19", ["KOR", "PRK"], "background agreement named in passing")
ev(a, R, "sanction", "occurred",
   ["Pyongyang zegde dat akkoord vervolgens helemaal op"],
   ["2023-11-20", "2023-11-26"], "2023-11-23", ["PRK", "KOR"], "'vervolgens' after the suspension in the week before")
ev(a, O, "talks", "occurred",
   ["Hij bereidde in 1971 in het geheim de toenadering tot China voor"],
   ["1971-01-01", "1971-12-31"], "1971-07-09", ["USA", "CHN"], "obituary background")
ev(a, O, "agreement", "occurred",
   ["de Parijse akkoorden over Vietnam"],
   None, None, ["USA", "VNM"], "obituary background, undated in text")
ev(a, R, "talks", "occurred",
   ["Nog in juli van dit jaar werd hij in Peking met alle egards ontvangen door de Chinese president Xi Jinping"],
   ["2023-07-01", "2023-07-31"], "2023-07-20", ["CHN", "USA"], "Kissinger received by Xi")

# ---------------------------------------------------------------- 12 Venezuela, 2024-07-30 (Tue)
a = "d5_12_venezuela_diplomaten_uitgezet"
L7 = ["VEN", "ARG", "CHL", "CRI", "PAN", "PER", "DOM", "URY"]
ev(a, R, "sanction", "occurred",
   ["Venezuela zet diplomaten van zeven Latijns-Amerikaanse landen uit",
    "Venezuela heeft het diplomatieke personeel van zeven Latijns-Amerikaanse landen gesommeerd het land te verlaten",
    "Venezuela roept ook zijn eigen diplomaten uit die landen terug"],
   "2024-07-29", "2024-07-29", L7, "expulsion + recall as one event; the seven countries are named in the next paragraph")
ev(a, R, "condemnation", "occurred",
   ["Minister van Buitenlandse Zaken Yván Gil beschuldigde de zeven regeringen maandag van inmenging"],
   "2024-07-29", "2024-07-29", L7)
ev(a, R, "sanction", "occurred",
   ["gaf de Venezolaanse diplomaten in Lima maandag 72 uur om te vertrekken"],
   "2024-07-29", "2024-07-29", ["PER", "VEN"])
ev(a, R, "sanction", "occurred",
   ["Panama zette de betrekkingen met Venezuela on hold"],
   ["2024-07-29", "2024-07-30"], "2024-07-29", ["PAN", "VEN"])
ev(a, O, "condemnation", "occurred",
   ["Oppositieleider María Corina Machado sprak van de grootste fraude uit de geschiedenis van het land"],
   None, None, ["VEN"], "domestic")
ev(a, R, "condemnation", "occurred",
   ["Blinken zei dat hij ernstig betwijfelt of de uitslag de wil van de Venezolaanse kiezers weerspiegelt"],
   ["2024-07-28", "2024-07-30"], "2024-07-29", ["USA", "VEN"], "no date in text")
ev(a, R, "demand", "occurred",
   ["Buitenlandchef Josep Borrell eiste dat de kiesraad de processen-verbaal van alle stembureaus openbaar maakt"],
   ["2024-07-28", "2024-07-30"], "2024-07-29", ["EU", "VEN"], "no date in text")
ev(a, O, "demand", "occurred",
   ["Ook zij willen dat de gedetailleerde uitslagen worden gepubliceerd"],
   None, None, ["BRA", "COL", "MEX", "VEN"])
ev(a, R, "talks", "planned",
   ["De Permanente Raad van de Organisatie van Amerikaanse Staten (OAS) komt woensdag in Washington in spoedzitting bijeen"],
   "2024-07-31", "2024-07-31", ["OAS", "VEN"], "OAS: invented id")
ev(a, N, ["talks"], "negated",
   ["en zal niet vertegenwoordigd zijn"], "2024-07-31", None, ["VEN", "OAS"])
ev(a, O, "sanction", "occurred",
   ["Venezuela stapte in 2019 uit de organisatie"],
   ["2019-01-01", "2019-12-31"], None, ["VEN", "OAS"], "leaving an organisation")
ev(a, O, "condemnation", "occurred",
   ["Maduro beschuldigde de oppositie van een poging tot staatsgreep"],
   None, None, ["VEN"], "domestic")

# ---------------------------------------------------------------- 13 Vance in Greenland, 2025-03 (month only)
a = "d5_13_vance_groenland_pituffik"
FRI = ["2025-02-28", "2025-03-28"]  # 'vrijdag' over every possible publication day in March 2025
ev(a, R, "talks", "occurred",
   ["Vance bezocht vrijdag de Amerikaanse militaire basis Pituffik in het noordwesten van het eiland",
    "Het bezoek van de Amerikaanse vicepresident JD Vance aan Groenland"],
   FRI, "2025-03-28", ["USA", "GRL"], "visit; no Danish or Greenlandic host (judgement call)")
ev(a, R, "condemnation", "occurred",
   ["beschuldigde Vance Denemarken ervan dat het de Groenlanders en de veiligheid van het eiland jarenlang heeft verwaarloosd",
    "\"Jullie hebben geen goed werk geleverd\", zei hij"],
   FRI, "2025-03-28", ["USA", "DNK"])
ev(a, R, "condemnation", "occurred",
   ["De Deense minister van Buitenlandse Zaken Lars Løkke Rasmussen reageerde zaterdag met een video op sociale media",
    "maar niet te waarderen op welke toon die werd gebracht",
    "Zo praat je niet tegen je naaste bondgenoten"],
   ["2025-03-01", "2025-03-29"], "2025-03-29", ["DNK", "USA"], "'zaterdag' hull over a month-only header")
ev(a, R, "proposal", "occurred",
   ["Løkke wees erop dat Denemarken bereid is om meer te investeren in de veiligheid van het noordpoolgebied"],
   ["2025-03-01", "2025-03-29"], None, ["DNK", "USA"])
ev(a, N, ["talks"], "negated",
   ["Usha Vance zou met een van haar kinderen een hondensledenrace in het stadje Sisimiut bijwonen",
    "Dat programma werd geschrapt"],
   None, None, ["USA", "GRL"], "original programme called off")
ev(a, R, "condemnation", "occurred",
   ["De aanstaande Groenlandse premier Jens-Frederik Nielsen had het geplande bezoek eerder respectloos genoemd"],
   None, None, ["GRL", "USA"], "'eerder': no date")
ev(a, O, "agreement", "occurred",
   ["stelde Nielsen in Nuuk een brede coalitie voor van vier van de vijf partijen"],
   FRI, "2025-03-28", ["GRL"], "domestic coalition")
ev(a, R, "warning", "occurred",
   ["Hij sloot niet uit dat de VS daarvoor ver zullen gaan"],
   FRI, "2025-03-28", ["USA", "DNK", "GRL"], "'diezelfde dag' = the day of the visit")
ev(a, O, "proposal", "occurred",
   ["Trump wil het eiland al sinds zijn eerste ambtstermijn kopen"],
   None, None, ["USA", "DNK"])
ev(a, N, ["summit", "talks"], "negated",
   ["in 2019 zegde hij een staatsbezoek aan Denemarken af"],
   ["2019-01-01", "2019-12-31"], None, ["USA", "DNK"])
ev(a, R, "talks", "planned",
   ["Frederiksen zelf reist begin volgende maand naar Groenland voor een bezoek van drie dagen",
    "Ze wil er met de nieuwe regering praten over samenwerking"],
   ["2025-04-01", "2025-04-10"], "2025-04-02", ["DNK", "GRL"])

# ---------------------------------------------------------------- 14 Ethiopia-Somalia, Ankara, 2024-12-12 (Thu)
a = "d5_14_ethiopie_somalie_ankara"
ES = ["ETH", "SOM", "TUR"]
ev(a, R, ["summit", "talks"], "occurred",
   ["na urenlang overleg met de Turkse president Recep Tayyip Erdogan",
    "Erdogan had de twee leiders eerst apart gesproken en daarna samen aan tafel gezet"],
   "2024-12-11", "2024-12-11", ES)
ev(a, R, "agreement", "occurred",
   ["Ethiopië en Somalië leggen ruzie bij in Ankara",
    "hebben onder Turkse bemiddeling een einde gemaakt aan een bijna jaar durend conflict",
    "kwamen woensdagavond in Ankara tot de zogeheten Verklaring van Ankara",
    "In de verklaring erkent Ethiopië de soevereiniteit en territoriale integriteit van Somalië"],
   "2024-12-11", "2024-12-11", ES)
ev(a, R, "talks", "planned",
   ["Technische gesprekken over de uitwerking moeten uiterlijk eind februari beginnen"],
   None, None, ["ETH", "SOM"], "'uiterlijk eind februari' is a deadline (dev3 convention 6): null")
ev(a, R, "agreement", "occurred",
   ["toen Abiy met de leider van de afgescheiden regio Somaliland een intentieverklaring ondertekende"],
   "2024-01-01", "2024-01-01", ["ETH", "SOMALILAND"], "SOMALILAND: invented id")
ev(a, R, "condemnation", "occurred",
   ["Mogadishu veroordeelde dat als een aanval op zijn soevereiniteit"],
   ["2024-01-01", "2024-01-31"], None, ["SOM", "ETH"])
ev(a, R, "sanction", "occurred",
   ["riep in dezelfde maand zijn ambassadeur in Addis Abeba terug"],
   ["2024-01-01", "2024-01-31"], None, ["SOM", "ETH"], "recall of ambassador")
ev(a, R, "sanction", "occurred",
   ["In april zette Somalië de Ethiopische ambassadeur het land uit"],
   ["2024-04-01", "2024-04-30"], "2024-04-04", ["SOM", "ETH"])
ev(a, R, "talks", "occurred",
   ["In juli en augustus onderhandelden de ministers van Buitenlandse Zaken in Ankara"],
   ["2024-07-01", "2024-08-31"], None, ES, "two rounds in one clause, one line")
ev(a, N, ["agreement"], "negated",
   ["onderhandelden de ministers van Buitenlandse Zaken in Ankara, zonder resultaat"], ["2024-07-01", "2024-08-31"], None, ["ETH", "SOM"])
ev(a, N, ["talks"], "negated",
   ["Een derde ronde, gepland voor september, ging niet door"],
   ["2024-09-01", "2024-09-30"], None, ES)
ev(a, R, "delivery", "occurred",
   ["Eind augustus landden in Mogadishu twee Egyptische militaire vliegtuigen met wapens en munitie"],
   ["2024-08-21", "2024-08-31"], "2024-08-27", ["EGY", "SOM"])
ev(a, R, "warning", "occurred",
   ["Addis Abeba waarschuwde toen dat het niet zal toekijken hoe anderen de regio destabiliseren"],
   ["2024-08-21", "2024-08-31"], "2024-08-28", ["ETH", "EGY", "SOM"], "'toen' = end of August")
ev(a, R, "demand", "occurred",
   ["riep beide landen op de afspraken snel uit te voeren"],
   ["2024-12-11", "2024-12-12"], None, ["AU", "ETH", "SOM"])
ev(a, N, ["talks"], "negated",
   ["zat in Ankara niet mee aan tafel"], None, None, ["SOMALILAND"])

# ---------------------------------------------------------------- 15 ASEAN / Myanmar, 2021-04 (month only)
a = "d5_15_asean_myanmar_jakarta"
AM = ["ASEAN", "MMR"]
ev(a, R, "summit", "occurred",
   ["hebben zaterdag in Jakarta afspraken gemaakt met de Myanmarese legerleider Min Aung Hlaing",
    "Op de bijeenkomst van 24 april, in het secretariaat van ASEAN"],
   "2021-04-24", "2021-04-24", AM, "ASEAN Leaders' Meeting; day given in the second paragraph")
ev(a, R, "agreement", "occurred",
   ["werden de leiders het eens over vijf punten",
    "hebben zaterdag in Jakarta afspraken gemaakt met de Myanmarese legerleider Min Aung Hlaing"],
   "2021-04-24", "2021-04-24", AM, "five-point consensus")
ev(a, R, "demand", "occurred",
   ["Ze eisen dat het geweld in Myanmar onmiddellijk stopt"],
   "2021-04-24", "2021-04-24", AM)
ev(a, O, "delivery", "planned",
   ["wordt er humanitaire hulp geleverd via de organisatie"],
   None, None, AM)
ev(a, R, "talks", "planned",
   ["De speciale gezant zal samen met de secretaris-generaal van ASEAN naar Myanmar reizen",
    "Wanneer dat gebeurt, is nog niet duidelijk"],
   None, None, AM)
ev(a, N, ["demand"], "negated",
   ["Een oproep om politieke gevangenen vrij te laten, onder wie de afgezette leider Aung San Suu Kyi, haalde de slottekst niet"],
   "2021-04-24", None, AM)
ev(a, R, "demand", "occurred",
   ["De Indonesische president Joko Widodo zei dat hij de generaal daar wel persoonlijk om heeft gevraagd"],
   "2021-04-24", "2021-04-24", ["IDN", "MMR"])
ev(a, R, "demand", "occurred",
   ["Ook de Maleisische premier Muhyiddin Yassin drong op vrijlating aan"],
   "2021-04-24", "2021-04-24", ["MYS", "MMR"])
ev(a, N, ["talks", "summit"], "negated",
   ["die door afgezette parlementsleden werd gevormd, was niet uitgenodigd"], "2021-04-24", None, ["NUG", "ASEAN"], "NUG: invented id")
ev(a, R, "condemnation", "occurred",
   ["maar veroordeelde het feit dat ASEAN de generaal een podium bood"],
   ["2021-04-24", "2021-04-30"], None, ["NUG", "ASEAN"])
ev(a, O, "condemnation", "occurred",
   ["Demonstranten in Myanmar reageerden op sociale media nog scherper"],
   None, None, ["MMR"])
ev(a, O, "proposal", "occurred",
   ["Min Aung Hlaing zelf liet weten dat hij de voorstellen van ASEAN zal bekijken zodra de situatie in zijn land stabiel is"],
   ["2021-04-24", "2021-04-30"], None, ["MMR", "ASEAN"])
ev(a, R, "sanction", "occurred",
   ["De Europese Unie breidde op 19 april haar sancties tegen Myanmar uit"],
   "2021-04-19", "2021-04-19", ["EU", "MMR"])
ev(a, O, "sanction", "occurred",
   ["Ook de Verenigde Staten en het Verenigd Koninkrijk legden de junta strafmaatregelen op"],
   None, None, ["USA", "GBR", "MMR"])
ev(a, N, ["talks"], "negated",
   ["kreeg nog altijd geen toestemming van de junta om het land te bezoeken"],
   None, None, ["UN", "MMR"])

# ---------------------------------------------------------------- 08, 16: no diplomatic event
# the trap sentences are the mentions (the project's evaluate needs at least one per line)
TRAPS = {
    "d5_08_evenepoel_olympisch_dubbel": [
        "Koning Filip en premier Alexander De Croo feliciteerden de renner meteen.",
        "Via de oortjes werd hij gewaarschuwd dat de achtervolgers terrein goedmaakten, maar de voorsprong bleef groot genoeg."
    ],
    "d5_16_feyenoord_finale_tirana": [
        "Feyenoord riep zijn aanhang op om alleen met een geldig toegangsbewijs af te reizen.",
        "Feyenoord kreeg dit seizoen al eerder boetes van de Europese voetbalbond UEFA voor vuurwerk van de eigen aanhang, en houdt ook nu rekening met een sanctie."
    ]
}

for a, note in [("d5_08_evenepoel_olympisch_dubbel",
                 "sports; traps: gewaarschuwd, top van het wereldwielrennen, overleg, eiste-free 'liet verstaan', leverden medailles, koning en premier feliciteerden, dreigde geschrapt, Fransman/Frans"),
                ("d5_16_feyenoord_finale_tirana",
                 "football; traps: top van Europa, gewaarschuwd, Albanese politie, riep op, gevraagd, overleg, sanctie van de UEFA, Italiaanse fans, Albanië")]:
    ev(a, N, ALL, "negated", TRAPS[a], None, None, [],
       "NO-EVENT SENTINEL: article has no diplomatic event; its trap sentences are listed; the line puts the article in scope so every prediction in it counts as a false positive. " + note)


if __name__ == "__main__":
    goldkit.build(G, ROOT, max_bytes=3500, min_big=0)  # this set: articles of 1.8 to 3.5 KB
