"""Build gold.jsonl for dev22 and check every mention is a verbatim substring of its article.

Edit this script, not the JSONL. Run: python build_gold.py
"""
import pathlib, sys

ROOT = pathlib.Path(__file__).parent
sys.path.insert(0, str(ROOT.parent / "setkit"))  # the gold helper, checks and writing: tests/setkit/goldkit.py
import goldkit  # noqa: E402
from goldkit import ALL, N, O, R  # noqa: E402,F401

G, ev = goldkit.collector()
# ---------------------------------------------------------------- 01 Agency wire: Cyprus conference in Crans-Montana collapses, 2017-07-07 (Fri)
a = "d22_01_anp_cyprus_cransmontana"
ev(a, N, "agreement", "negated",
   ["Cyprusconferentie in Zwitserland mislukt, Guterres sluit overleg zonder akkoord",
    "Een akkoord over de hereniging van het eiland is er niet gekomen",
    "Guterres stelde kort na middernacht vast dat de partijen het niet eens konden worden"],
   None, None, ["CYP", "UN"], "no agreement: the conference collapsed")
ev(a, R, ["talks", "summit"], "occurred",
   ["Cyprusconferentie in Zwitserland mislukt",
    "De conferentie over de hereniging van Cyprus is vannacht in het Zwitserse Crans-Montana zonder resultaat geëindigd",
    "De conferentie was op 28 juni begonnen"],
   ["2017-06-28", "2017-07-07"], "2017-07-07", ["CYP", "UN"],
   "the conference 28 June - night of 6/7 July; an extractor dating it by 'vannacht' hits the true day of its end")
ev(a, R, "talks", "occurred",
   ["Hij at gisteravond met de Grieks-Cypriotische president Nikos Anastasiades",
    "Dat diner liep uit tot diep in de nacht"],
   ["2017-07-06", "2017-07-07"], "2017-07-06", ["UN", "CYP", "GRC", "TUR"], "'gisteravond', into the night")
ev(a, O, "talks", "occurred",
   ["Guterres was gisteren speciaal teruggekeerd naar het skioord om de onderhandelingen vlot te trekken"],
   "2017-07-06", "2017-07-06", ["UN", "CYP"], "the return visit, optional (the dinner is the talks)")
ev(a, R, "demand", "occurred",
   ["De Grieks-Cyprioten eisten dat Turkije zijn ruim dertigduizend soldaten uit het noorden van het eiland terugtrekt"],
   ["2017-06-28", "2017-07-07"], None, ["CYP", "TUR"], "during the conference")
ev(a, O, "condemnation", "occurred",
   ["Ankara wilde daar niet van weten en hield vast aan een blijvende Turkse militaire aanwezigheid"],
   ["2017-06-28", "2017-07-07"], None, ["TUR", "CYP"], "rejection, optional")
ev(a, R, "proposal", "occurred",
   ["Guterres had op 30 juni, tijdens een eerder bezoek aan de conferentie, een kader van zes punten op tafel gelegd"],
   "2017-06-30", "2017-06-30", ["UN", "CYP"], "the Guterres framework")
ev(a, R, "condemnation", "occurred",
   ["Hij betreurde dat een historische kans onbenut bleef"],
   ["2017-07-06", "2017-07-07"], "2017-07-07", ["UN", "CYP"], "regret (model convention: condemnation); 'na afloop'")
ev(a, O, "proposal", "occurred",
   ["hij sloot niet uit dat er later nieuwe initiatieven komen"],
   "2017-07-07", "2017-07-07", ["UN"], "vague opening, optional")
ev(a, N, ["talks", "summit"], "negated",
   ["Een nieuwe datum voor gesprekken werd niet genoemd"],
   None, None, ["UN", "CYP"], "no new talks scheduled")
ev(a, R, "condemnation", "occurred",
   ["De Turkse minister van Buitenlandse Zaken Mevlüt Çavusoglu gaf de Grieks-Cypriotische kant de schuld"],
   ["2017-07-06", "2017-07-07"], None, ["TUR", "CYP"], "after the collapse")
ev(a, R, "condemnation", "occurred",
   ["De Griekse minister Nikos Kotzias verweet Turkije op zijn beurt dat het aan de oude rol van bezetter wilde vasthouden"],
   ["2017-07-06", "2017-07-07"], None, ["GRC", "TUR"])
ev(a, R, "talks", "occurred",
   ["Anastasiades en Akinci praten sinds 2015 onder leiding van de VN over een federatie met twee deelstaten"],
   ["2015-01-01", "2017-07-07"], None, ["CYP", "UN"], "'sinds 2015'; both Cypriot communities are CYP")
ev(a, R, ["talks", "summit"], "occurred",
   ["In januari bracht een eerste internationale conferentie in Genève de partijen al bij elkaar"],
   ["2017-01-01", "2017-01-31"], "2017-01-12", ["CYP", "UN", "GRC", "TUR"])
ev(a, R, "proposal", "occurred",
   ["In 2004 legde toenmalig VN-chef Kofi Annan een uitgewerkt plan voor"],
   ["2004-01-01", "2004-12-31"], None, ["UN", "CYP"], "the Annan plan")
ev(a, O, ["condemnation", "agreement"], "occurred",
   ["de Grieks-Cyprioten wezen het plan in april van dat jaar met grote meerderheid af"],
   ["2004-04-01", "2004-04-30"], "2004-04-24", ["CYP", "UN"], "referendum rejection, optional")
ev(a, R, "agreement", "occurred",
   ["Een week later trad Cyprus toe tot de Europese Unie"],
   ["2004-04-08", "2004-05-07"], "2004-05-01", ["CYP", "EU"], "'een week later' than a referendum 'in april'")
ev(a, N, "agreement", "negated",
   ["dat een akkoord binnen handbereik had gelegen als Turkije een datum voor een volledige terugtrekking van zijn troepen had willen noemen"],
   None, None, ["CYP", "TUR"], "counterfactual")
ev(a, O, "sanction", "occurred",
   ["Turkije viel toen het noorden binnen na een door Griekenland gesteunde staatsgreep"],
   ["1974-01-01", "1974-12-31"], "1974-07-20", ["TUR", "CYP"], "invasion in background; attacks are no type in the scorer's README, strikes are 'sanction' in the model: optional")
ev(a, O, "agreement", "occurred",
   ["Alleen Ankara erkent de Turks-Cypriotische staat die in 1983 in het noorden werd uitgeroepen"],
   None, None, ["TUR", "CYP"], "standing recognition, optional")
# ---------------------------------------------------------------- 02 Morning briefing e-mail: Biden in Israel, Amman summit off, 2023-10-19 (Thu)
a = "d22_02_ochtendmail_biden_israel"
ev(a, R, ["summit", "talks"], "occurred",
   ["De Amerikaanse president Joe Biden is gisteren voor een bliksembezoek in Tel Aviv geweest",
    "Hij sprak er met premier Benjamin Netanyahu en daarna met het Israëlische oorlogskabinet"],
   "2023-10-18", "2023-10-18", ["USA", "ISR"], "'gisteren'")
ev(a, R, ["warning", "demand"], "occurred",
   ["maar hij waarschuwde het land ook dat het zich niet door woede moet laten verteren"],
   "2023-10-18", "2023-10-18", ["USA", "ISR"])
ev(a, N, ["summit", "talks"], "negated",
   ["Biden in Israël, de top in Amman gaat niet door",
    "Daar stond een top gepland met koning Abdullah, de Egyptische president Abdel Fattah al-Sisi en de Palestijnse president Mahmoud Abbas",
    "De Jordaanse minister van Buitenlandse Zaken Ayman Safadi maakte dinsdagavond bekend dat het overleg was geschrapt",
    "Abbas had kort daarvoor al laten weten dat hij niet zou komen"],
   None, None, ["JOR", "USA", "EGY", "PSE"], "the Amman summit called off (announced Tuesday evening)")
ev(a, R, "condemnation", "occurred",
   ["Jordanië en Egypte veroordeelden Israël scherp voor de ramp"],
   ["2023-10-17", "2023-10-19"], "2023-10-17", ["JOR", "EGY", "ISR"], "after the blast on Tuesday evening")
ev(a, O, "condemnation", "occurred",
   ["Israël ontkent elke betrokkenheid en wijst naar een mislukte raket van de groepering Islamitische Jihad"],
   ["2023-10-17", "2023-10-19"], None, ["ISR", "PIJ"], "optional")
ev(a, O, "condemnation", "occurred",
   ["Biden zei gisteren dat de explosie er volgens hem op wijst dat 'het andere team' verantwoordelijk is, niet Israël"],
   "2023-10-18", "2023-10-18", ["USA"], "unnamed blame, optional")
ev(a, R, ["delivery", "proposal"], "planned",
   ["Biden kondigde in Tel Aviv 100 miljoen dollar aan humanitaire hulp aan voor de Palestijnen in Gaza en op de Westelijke Jordaanoever"],
   None, None, ["USA", "PSE"], "pledge, delivery date not given")
ev(a, R, "talks", "occurred",
   ["Op de terugweg belde hij vanuit het presidentiële vliegtuig met Sisi"],
   "2023-10-18", "2023-10-18", ["USA", "EGY"])
ev(a, R, "agreement", "occurred",
   ["Egypte stemde er in dat gesprek mee in om via de grensovergang Rafah twintig vrachtwagens met hulpgoederen door te laten"],
   "2023-10-18", "2023-10-18", ["EGY", "USA"])
ev(a, R, ["agreement", "proposal"], "occurred",
   ["Israël had eerder op de dag al laten weten dat het hulp vanuit Egypte niet zal tegenhouden"],
   "2023-10-18", "2023-10-18", ["ISR", "EGY"], "'eerder op de dag'")
ev(a, O, "proposal", "occurred",
   ["In New York stemde de VN-Veiligheidsraad gisteren over een Braziliaanse ontwerpresolutie die opriep tot humanitaire pauzes in de strijd"],
   "2023-10-18", "2023-10-18", ["BRA", "UN"], "the draft, optional")
ev(a, N, "agreement", "negated",
   ["De resolutie werd daardoor niet aangenomen"],
   None, None, ["UN", "USA"], "US veto: resolution not adopted")
ev(a, O, "condemnation", "occurred",
   ["De Verenigde Staten stemden tegen",
    "Washington vond dat de tekst te weinig zei over het recht van Israël om zichzelf te verdedigen"],
   "2023-10-18", "2023-10-18", ["USA", "UN"], "the veto and its reason, optional")
ev(a, R, ["talks", "summit"], "occurred",
   ["De Duitse bondskanselier Olaf Scholz was dinsdag in Israël"],
   "2023-10-17", "2023-10-17", ["DEU", "ISR"])
ev(a, R, ["talks", "summit"], "planned",
   ["De Britse premier Rishi Sunak reist vandaag naar Israël en spreekt daar met Netanyahu"],
   "2023-10-19", "2023-10-19", ["GBR", "ISR"], "'vandaag' in a morning e-mail")
ev(a, R, "talks", "occurred",
   ["De Amerikaanse minister Antony Blinken overlegde maandag in Tel Aviv urenlang met Netanyahu over hulp voor Gaza"],
   "2023-10-16", "2023-10-16", ["USA", "ISR"])
# ---------------------------------------------------------------- 03 Ombudsman: EU-Tunisia memorandum, 2023-07-22 (Sat)
a = "d22_03_ombudsman_eu_tunesie"
ev(a, N, "agreement", "negated",
   ["De ombudsman: 'Tekende Rutte in Tunis, of niet?'",
    "dat premier Mark Rutte in Tunis 'een migratiedeal had ondertekend'",
    "Het woord 'ondertekend' was dus niet juist voor de rol van Rutte"],
   None, None, ["NLD", "TUN"], "trap: the report's claim that Rutte signed, corrected by the ombudsman")
ev(a, R, ["summit", "talks"], "occurred",
   ["Afgelopen zondag reisden Rutte, de Italiaanse premier Giorgia Meloni en de voorzitter van de Europese Commissie Ursula von der Leyen naar Tunis",
    "Ze werden ontvangen door de Tunesische president Kais Saied"],
   "2023-07-16", "2023-07-16", ["NLD", "ITA", "EU", "TUN"], "'afgelopen zondag'")
ev(a, R, "agreement", "occurred",
   ["Na dat gesprek tekenden de Europese Unie en Tunesië een memorandum van overeenstemming over migratie, economie en energie",
    "De handtekeningen werden gezet door een Europees commissaris en een Tunesische bewindsman"],
   "2023-07-16", "2023-07-16", ["EU", "TUN"])
ev(a, R, ["talks", "summit"], "occurred",
   ["Op 11 juni zaten dezelfde drie Europeanen al bij Saied aan tafel"],
   "2023-06-11", "2023-06-11", ["EU", "NLD", "ITA", "TUN"])
ev(a, R, "proposal", "occurred",
   ["Ze boden Tunesië toen een pakket aan"],
   "2023-06-11", "2023-06-11", ["EU", "TUN"], "the offer; 'toen' = 11 June")
ev(a, R, ["talks", "summit"], "occurred",
   ["Meloni was enkele dagen eerder ook al alleen naar Tunis gereisd"],
   ["2023-06-04", "2023-06-10"], "2023-06-06", ["ITA", "TUN"], "'enkele dagen eerder' than 11 June")
ev(a, R, ["delivery", "proposal"], "planned",
   ["De 105 miljoen euro voor migratie zegt de EU toe"],
   None, None, ["EU", "TUN"], "pledge, no date")
ev(a, N, "delivery", "negated",
   ["maar de grote leningen komen er alleen als Tunesië een akkoord sluit met het Internationaal Monetair Fonds"],
   None, None, ["EU", "TUN"], "conditional loans")
ev(a, R, "condemnation", "occurred",
   ["Saied noemde de voorwaarden van het IMF in het voorjaar een dictaat van buitenaf en weigerde ze te slikken"],
   ["2023-03-01", "2023-05-31"], "2023-04-06", ["TUN", "IMF"], "'in het voorjaar'")
ev(a, O, "condemnation", "occurred",
   ["Ook zei hij eerder dat zijn land niet de grenswacht van Europa wil worden"],
   None, None, ["TUN", "EU"], "undated, optional")
ev(a, R, "condemnation", "occurred",
   ["Mensenrechtenorganisaties hekelden het memorandum deze week"],
   ["2023-07-17", "2023-07-22"], None, ["EU", "TUN"], "'deze week' up to the Saturday paper; non-state source")
ev(a, O, "condemnation", "occurred",
   ["Ook in het Europees Parlement klonk kritiek"],
   ["2023-07-16", "2023-07-22"], None, ["EU", "TUN"], "optional")
ev(a, O, "proposal", "occurred",
   ["in zijn eigen woorden was het een goede stap"],
   "2023-07-16", "2023-07-16", ["NLD", "TUN"], "optional")
ev(a, R, ["summit", "talks"], "planned",
   ["Morgen komt Saied naar Rome, waar Meloni een internationale conferentie over migratie en ontwikkeling organiseert"],
   "2023-07-23", "2023-07-23", ["TUN", "ITA"], "'morgen'")
# ---------------------------------------------------------------- 04 NGO member newsletter (month-only header): Italy-Albania protocol, 2023-11
a = "d22_04_ledenbrief_italie_albanie"
IA = ["ITA", "ALB"]
ev(a, R, ["summit", "talks"], "occurred",
   ["Op 6 november ontving de Italiaanse premier Giorgia Meloni haar Albanese collega Edi Rama in Rome"],
   "2023-11-06", "2023-11-06", IA)
ev(a, R, "agreement", "occurred",
   ["Na hun gesprek ondertekenden de twee regeringsleiders een protocol over migratie",
    "Het protocol geldt voor vijf jaar"],
   "2023-11-06", "2023-11-06", IA)
ev(a, R, ["talks", "summit"], "occurred",
   ["Meloni bracht in augustus nog een bezoek aan Rama in Albanië, tijdens haar zomervakantie"],
   ["2023-08-01", "2023-08-31"], None, IA, "'in augustus' in a November letter")
ev(a, O, ["delivery", "proposal"], "planned",
   ["Italië betaalt de bouw en de kosten en houdt het toezicht"],
   None, None, IA, "Italy pays, optional")
ev(a, R, "agreement", "planned",
   ["De parlementen van beide landen moeten er nog mee instemmen"],
   None, None, IA, "ratification to come, no date")
ev(a, N, "agreement", "negated",
   ["Hij voegde eraan toe dat Albanië zo'n afspraak met geen enkel ander land zal maken"],
   None, None, ["ALB"], "no such deal with others")
ev(a, R, "demand", "occurred",
   ["De Europese Commissie vroeg Rome om meer uitleg"],
   ["2023-11-06", "2023-11-30"], None, ["EU", "ITA"], "after 6 November, month-only header")
ev(a, R, "condemnation", "occurred",
   ["Ook andere organisaties, zoals Amnesty International, noemden het plan onwerkbaar en in strijd met het internationale recht"],
   ["2023-11-06", "2023-11-30"], None, ["AMNESTY", "ITA", "ALB"])
ev(a, O, "condemnation", "occurred",
   ["Ons bestuur is zeer kritisch"],
   ["2023-11-06", "2023-11-30"], None, IA, "the fictitious NGO, optional")
ev(a, O, "demand", "occurred",
   ["Daarom roepen wij de Nederlandse regering op om zich in Brussel uit te spreken tegen het uitbesteden van asielprocedures"],
   ["2023-11-01", "2023-11-30"], None, ["NLD", "EU"], "an NGO's appeal, optional")
ev(a, O, "agreement", "occurred",
   ["Een vergelijkbaar plan van Groot-Brittannië met Rwanda werd deze maand juist door de hoogste Britse rechter tegengehouden"],
   None, None, ["GBR", "RWA"], "the UK-Rwanda plan, blocked by a court: optional either way")
# ---------------------------------------------------------------- 05 Expat weblog: CSTO troops in Kazakhstan, 2022-01-20 (Thu)
a = "d22_05_expatblog_kazachstan_csto"
ev(a, R, "demand", "occurred",
   ["President Kasym-Zjomart Tokajev vroeg toen de bondgenoten van de CSTO om hulp"],
   ["2022-01-05", "2022-01-06"], "2022-01-05", ["KAZ", "CSTO"], "'in de nacht van 5 op 6 januari ... toen'")
ev(a, R, "agreement", "occurred",
   ["meldde de Armeense premier Nikol Pasjinjan, die dit jaar voorzitter van het verbond is, dat de bondgenoten hadden ingestemd"],
   ["2022-01-05", "2022-01-06"], "2022-01-06", ["CSTO", "ARM", "KAZ"], "'een paar uur later'")
ev(a, O, "delivery", "occurred",
   ["Ze zouden 'vredestroepen' sturen, voor een beperkte tijd"],
   ["2022-01-06", "2022-01-07"], None, ["CSTO", "KAZ"], "troop dispatch: troop movements are no type in the scorer's README; optional")
ev(a, R, "demand", "occurred",
   ["Toen Armenië vorig jaar na grensincidenten met Azerbeidzjan om steun vroeg"],
   ["2021-01-01", "2021-12-31"], None, ["ARM", "CSTO"], "'vorig jaar' = 2021")
ev(a, N, ["delivery", "agreement"], "negated",
   ["om steun vroeg, bleef die uit"],
   None, None, ["CSTO", "ARM"], "no help for Armenia")
ev(a, O, "condemnation", "occurred",
   ["Pasjinjan heeft daar toen hard over geklaagd"],
   ["2021-01-01", "2021-12-31"], None, ["ARM", "CSTO"], "optional")
ev(a, R, ["condemnation", "warning"], "occurred",
   ["De Amerikaanse minister van Buitenlandse Zaken Antony Blinken zei op 7 januari dat het soms heel moeilijk is om Russen weer uit je huis te krijgen als ze eenmaal binnen zijn"],
   "2022-01-07", "2022-01-07", ["USA", "RUS"])
ev(a, R, "condemnation", "occurred",
   ["Moskou reageerde als door een wesp gestoken en noemde die opmerking beledigend"],
   ["2022-01-07", "2022-01-20"], "2022-01-08", ["RUS", "USA"], "after 7 January")
ev(a, R, "demand", "occurred",
   ["De Verenigde Naties en de Europese Unie riepen alle partijen op geweld te vermijden"],
   ["2022-01-01", "2022-01-20"], None, ["UN", "EU", "KAZ"], "undated, 'begin januari' to publication")
ev(a, R, "proposal", "occurred",
   ["Uit Peking kwam steun voor Tokajev",
    "de Chinese president Xi Jinping prees in een boodschap zijn krachtige optreden"],
   ["2022-01-05", "2022-01-20"], "2022-01-07", ["CHN", "KAZ"], "support (model convention: proposal)")
ev(a, R, "summit", "occurred",
   ["Op maandag 10 januari hielden de leiders van de CSTO een top per videoverbinding"],
   "2022-01-10", "2022-01-10", ["CSTO", "KAZ"])
ev(a, R, "warning", "occurred",
   ["zei daar dat het verbond geen 'kleurenrevoluties' in de regio zal toestaan"],
   "2022-01-10", "2022-01-10", ["RUS", "CSTO"], "'daar' = the summit")
ev(a, O, "proposal", "occurred",
   ["Tokajev bedankte de bondgenoten en beloofde dat de buitenlandse militairen snel zouden vertrekken"],
   "2022-01-10", "2022-01-10", ["KAZ", "CSTO"], "optional")
# ---------------------------------------------------------------- 06 'De week in cijfers': the end of Open Skies, 2021-01-16 (Sat)
a = "d22_06_weekincijfers_open_skies"
ev(a, R, "sanction", "occurred",
   ["Rusland maakte gisteren bekend dat het de procedure start om uit het verdrag te stappen",
    "Dat was gisteren de reden voor het besluit"],
   "2021-01-15", "2021-01-15", ["RUS"], "withdrawal procedure started (leaving a treaty: sanction, model convention)")
ev(a, R, "agreement", "occurred",
   ["Het jaar waarin het verdrag in Helsinki werd getekend",
    "De landen van de NAVO en het voormalige Warschaupact spraken toen af elkaar ongewapende observatievluchten boven hun grondgebied toe te staan"],
   ["1992-01-01", "1992-12-31"], "1992-03-24", ["NATO", "RUS"], "'1992' as a heading, carried by 'toen'")
ev(a, O, "agreement", "occurred",
   ["Pas tien jaar later trad het verdrag in werking, nadat ook de Russische Doema het had goedgekeurd"],
   ["2002-01-01", "2002-12-31"], "2002-01-01", ["RUS"], "entry into force, optional")
ev(a, R, "sanction", "planned",
   ["Op die dag maakte de regering van president Donald Trump vorig jaar bekend dat de Verenigde Staten uit het verdrag stappen"],
   "2020-05-21", "2020-05-21", ["USA"], "announced withdrawal, dated by the announcement (model convention: planned)")
ev(a, R, "condemnation", "occurred",
   ["Minister van Buitenlandse Zaken Mike Pompeo beschuldigde Rusland ervan het verdrag al jaren te schenden"],
   "2020-05-21", "2020-05-21", ["USA", "RUS"])
ev(a, R, "condemnation", "occurred",
   ["Een dag na de Amerikaanse aankondiging betreurden elf Europese landen, onder wie Nederland, België, Duitsland en Frankrijk, het besluit in een gezamenlijke verklaring"],
   "2020-05-22", "2020-05-22", ["NLD", "BEL", "DEU", "FRA", "USA"], "regret (model convention: condemnation)")
ev(a, O, "proposal", "occurred",
   ["Ze beloofden zelf in het verdrag te blijven"],
   "2020-05-22", "2020-05-22", ["NLD", "BEL", "DEU", "FRA"], "optional")
ev(a, R, "sanction", "occurred",
   ["De dag waarop het Amerikaanse vertrek vorig jaar een feit werd"],
   "2020-11-22", "2020-11-22", ["USA"], "'22 november' heading + 'vorig jaar'")
ev(a, R, "demand", "occurred",
   ["Rusland stelde de overgebleven lidstaten de afgelopen maanden twee eisen"],
   ["2020-05-21", "2021-01-15"], None, ["RUS"], "'de afgelopen maanden', since the US announcement")
ev(a, N, ["proposal", "agreement"], "negated",
   ["Volgens Moskou kwam daar geen bevredigend antwoord op"],
   None, None, ["RUS"], "no answer")
ev(a, R, "sanction", "planned",
   ["Het jaar waarin ook Rusland het verdrag waarschijnlijk verlaat",
    "liet weten dat het parlement de opzegging nog moet goedkeuren"],
   ["2021-01-01", "2021-12-31"], "2021-12-18", ["RUS"], "expected exit in 2021")
ev(a, O, "condemnation", "occurred",
   ["Hij noemde het Amerikaanse vertrek vorig jaar kortzichtig"],
   ["2020-01-01", "2020-12-31"], None, ["USA"], "Biden as candidate, optional")
# ---------------------------------------------------------------- 07 Correspondent's diary: North Korean troops in Russia, 2024-10-29 (Tue)
a = "d22_07_dagboek_seoel_noordkorea"
ev(a, R, ["condemnation", "warning"], "occurred",
   ["Zijn bureau noemt het na afloop een ernstige bedreiging voor de veiligheid van Zuid-Korea en de wereld"],
   "2024-10-18", "2024-10-18", ["KOR", "PRK"], "diary entry 'Vrijdag 18 oktober'")
ev(a, R, "sanction", "occurred",
   ["Het ministerie van Buitenlandse Zaken ontbiedt de Russische ambassadeur Georgi Zinovjev"],
   "2024-10-21", "2024-10-21", ["KOR", "RUS"], "summons, entry 'Maandag 21 oktober'")
ev(a, R, "demand", "occurred",
   ["Eerste viceminister Kim Hong-kyun eist dat de Noord-Koreaanse troepen onmiddellijk worden teruggetrokken"],
   "2024-10-21", "2024-10-21", ["KOR", "RUS", "PRK"])
ev(a, R, "warning", "occurred",
   ["Hij waarschuwt dat Seoel alle middelen zal inzetten om te reageren"],
   "2024-10-21", "2024-10-21", ["KOR", "RUS"])
ev(a, O, "proposal", "occurred",
   ["Zinovjev zegt volgens Russische media dat de samenwerking tussen Moskou en Pyongyang tegen niemand gericht is"],
   "2024-10-21", "2024-10-21", ["RUS", "KOR"], "optional")
ev(a, O, "condemnation", "occurred",
   ["Het Kremlin heeft de berichten over de soldaten vorige week nog weggezet als nepnieuws"],
   ["2024-10-14", "2024-10-20"], None, ["RUS"], "optional")
ev(a, R, ["summit", "talks"], "occurred",
   ["De Poolse president Andrzej Duda is op staatsbezoek",
    "Na zijn gesprek met Yoon"],
   "2024-10-24", "2024-10-24", ["POL", "KOR"], "entry 'Donderdag 24 oktober'")
ev(a, O, "warning", "occurred",
   ["zegt de Zuid-Koreaanse president dat zijn land niet langer uitsluit om wapens aan Oekraïne te leveren"],
   "2024-10-24", "2024-10-24", ["KOR", "PRK", "RUS"], "a signal to Pyongyang and Moscow, optional")
ev(a, N, "delivery", "negated",
   ["dat zijn land niet langer uitsluit om wapens aan Oekraïne te leveren",
    "Of er ook echt wapens komen, hangt volgens Yoon af van wat Noord-Korea in Rusland gaat doen"],
   None, None, ["KOR", "UKR"], "conditional arms deliveries")
ev(a, O, "delivery", "occurred",
   ["Tot nu toe stuurt Seoel alleen humanitaire hulp en niet-dodelijk materieel"],
   None, None, ["KOR", "UKR"], "ongoing aid, optional")
ev(a, R, "agreement", "occurred",
   ["Dezelfde dag keurt de Russische Doema het verdrag goed"],
   "2024-10-24", "2024-10-24", ["RUS", "PRK"], "ratification, 'dezelfde dag'")
ev(a, R, "agreement", "occurred",
   ["dat Vladimir Poetin en Kim Jong-un in juni in Pyongyang ondertekenden"],
   ["2024-06-01", "2024-06-30"], "2024-06-19", ["RUS", "PRK"], "the signing in June")
ev(a, R, "warning", "occurred",
   ["Moskou heeft Seoel inmiddels gewaarschuwd dat wapenleveranties aan Oekraïne de betrekkingen tussen beide landen blijvend zouden beschadigen"],
   ["2024-10-24", "2024-10-27"], None, ["RUS", "KOR"], "'inmiddels' in the Sunday entry, after Thursday's remark")
ev(a, R, "talks", "occurred",
   ["In Brussel staat een Zuid-Koreaanse delegatie van militairen en inlichtingenmensen de NAVO-landen te woord"],
   "2024-10-28", "2024-10-28", ["KOR", "NATO"], "briefing, entry 'Maandag 28 oktober'")
ev(a, R, "condemnation", "occurred",
   ["Hij spreekt van een gevaarlijke uitbreiding van Ruslands oorlog",
    "bevestigt secretaris-generaal Mark Rutte voor het eerst officieel dat Noord-Koreaanse eenheden naar de Russische regio Koersk zijn gestuurd"],
   "2024-10-28", "2024-10-28", ["NATO", "RUS", "PRK"])
ev(a, R, "demand", "occurred",
   ["De Oekraïense president Volodymyr Zelensky vraagt zijn bondgenoten om een stevige reactie"],
   "2024-10-28", "2024-10-28", ["UKR"])
ev(a, R, "talks", "planned",
   ["wordt de Noord-Koreaanse minister van Buitenlandse Zaken Choe Son-hui binnenkort in Moskou verwacht"],
   None, None, ["PRK", "RUS"], "'binnenkort'")
ev(a, O, "warning", "occurred",
   ["De Amerikaanse regering zegt dat Noord-Koreaanse militairen die in Oekraïne gaan vechten een legitiem doelwit zijn"],
   "2024-10-29", "2024-10-29", ["USA", "PRK"], "optional")
# ---------------------------------------------------------------- 08 Plain-language news: Azerbaijan Airlines crash, Putin's apology, 2024-12-30 (Mon)
a = "d22_08_eenvoudig_azerbeidzjan_vliegtuig"
ev(a, R, "talks", "occurred",
   ["Zaterdag belde de Russische president Vladimir Poetin met de president van Azerbeidzjan, Ilham Aliyev"],
   "2024-12-28", "2024-12-28", ["RUS", "AZE"], "'zaterdag'")
ev(a, O, "proposal", "occurred",
   ["Poetin zegt sorry na vliegtuigramp",
    "Poetin zei sorry"],
   "2024-12-28", "2024-12-28", ["RUS", "AZE"], "apology, optional (as in the model)")
ev(a, R, "condemnation", "occurred",
   ["Zondag zei hij tegen de televisie van zijn land dat het vliegtuig vanaf de grond in Rusland is beschoten",
    "Hij zei dat Rusland de waarheid een paar dagen probeerde te verbergen"],
   "2024-12-29", "2024-12-29", ["AZE", "RUS"], "'zondag'")
ev(a, R, "demand", "occurred",
   ["Aliyev eist drie dingen van Rusland",
    "Rusland moet toegeven dat het schuld heeft"],
   "2024-12-29", "2024-12-29", ["AZE", "RUS"], "carried from Sunday")
ev(a, O, "sanction", "occurred",
   ["De vliegmaatschappij vliegt voorlopig niet meer naar een aantal steden in Rusland"],
   ["2024-12-25", "2024-12-30"], None, ["AZE", "RUS"], "a state airline's suspension, optional")
ev(a, R, ["summit", "talks"], "occurred",
   ["In augustus bracht Poetin nog een bezoek aan Bakoe"],
   ["2024-08-01", "2024-08-31"], "2024-08-19", ["RUS", "AZE"])
ev(a, N, "summit", "negated",
   ["Op de dag van de ramp wilde Aliyev naar een bijeenkomst met Poetin en andere leiders in de Russische stad Sint-Petersburg"],
   None, None, ["AZE", "RUS"], "Aliyev turned back: 'Maar Aliyev ging niet'")
ev(a, R, "demand", "occurred",
   ["Het Kremlin zei vorige week dat niemand moest speculeren over de oorzaak"],
   ["2024-12-23", "2024-12-29"], "2024-12-26", ["RUS"], "'vorige week' = ISO week 52")
# ---------------------------------------------------------------- 09 Agricultural trade paper: first EU-UK summit, 2025-05-20 (Tue)
a = "d22_09_agrarisch_eu_vk_top"
EG = ["EU", "GBR"]
ev(a, R, "summit", "occurred",
   ["Op de eerste top tussen de Europese Unie en de Britten sinds de brexit",
    "De top vond plaats in Lancaster House in Londen",
    "De Britse premier Keir Starmer ontving er de voorzitter van de Europese Commissie Ursula von der Leyen en de voorzitter van de Europese Raad António Costa"],
   "2025-05-19", "2025-05-19", EG, "'gisteren'")
ev(a, R, "agreement", "occurred",
   ["Londen en Brussel willen af van grenscontroles op vlees en groente",
    "spraken beide partijen gisteren af te gaan werken aan een veterinair akkoord",
    "Het belangrijkste voor de agrarische sector is het plan voor een zogeheten SPS-akkoord"],
   "2025-05-19", "2025-05-19", EG, "agreement to work towards an SPS deal")
ev(a, N, "agreement", "negated",
   ["Als dat akkoord er komt, verdwijnen de meeste controles en certificaten aan de grens"],
   None, None, EG, "conditional: the SPS agreement itself does not exist yet")
ev(a, R, "talks", "planned",
   ["Over de details moeten de onderhandelaars nog praten",
    "Wanneer die gesprekken beginnen, is niet bekendgemaakt"],
   None, None, EG, "talks to come, no date")
ev(a, R, "agreement", "occurred",
   ["Europese vissers houden nog twaalf jaar toegang tot de Britse wateren, tot 2038"],
   "2025-05-19", "2025-05-19", EG, "fisheries")
ev(a, O, "condemnation", "occurred",
   ["Hun organisaties in Schotland reageerden gisteren woedend"],
   "2025-05-19", "2025-05-19", ["GBR"], "fishermen, optional")
ev(a, R, "agreement", "occurred",
   ["Verder sloten de EU en Londen een partnerschap voor veiligheid en defensie"],
   "2025-05-19", "2025-05-19", EG)
ev(a, R, "agreement", "occurred",
   ["Ook kwamen beide kanten overeen te werken aan een regeling voor jongeren"],
   "2025-05-19", "2025-05-19", EG)
ev(a, O, "agreement", "occurred",
   ["Voor Britse reizigers naar de EU moeten de elektronische poortjes op vliegvelden vaker opengaan"],
   "2025-05-19", "2025-05-19", EG, "optional")
ev(a, R, "condemnation", "occurred",
   ["Conservatief partijleider Kemi Badenoch noemde het resultaat een capitulatie voor Brussel"],
   ["2025-05-19", "2025-05-20"], "2025-05-19", ["GBR", "EU"], "opposition leader")
ev(a, O, "proposal", "occurred",
   ["Starmer zelf sprak van een akkoord waar beide kanten beter van worden"],
   "2025-05-19", "2025-05-19", EG, "optional")
ev(a, O, "proposal", "occurred",
   ["Von der Leyen noemde de top een nieuw hoofdstuk in de relatie met de Britten"],
   "2025-05-19", "2025-05-19", EG, "optional")
ev(a, R, "agreement", "occurred",
   ["Eind december van dat jaar sloten beide partijen op het nippertje een handels- en samenwerkingsakkoord"],
   ["2020-12-21", "2020-12-31"], "2020-12-24", EG, "'eind december van dat jaar' = 2020")
ev(a, R, "agreement", "occurred",
   ["Die werd in februari 2023 bijgelegd met het zogeheten Windsorakkoord tussen toenmalig premier Rishi Sunak en Von der Leyen"],
   ["2023-02-01", "2023-02-28"], "2023-02-27", EG)
ev(a, R, "agreement", "occurred",
   ["Eerder deze maand bereikten de Britten een handelsakkoord met India"],
   ["2025-05-01", "2025-05-19"], "2025-05-06", ["GBR", "IND"])
ev(a, R, "agreement", "occurred",
   ["een beperkte tariefdeal met de Verenigde Staten van president Donald Trump"],
   ["2025-05-01", "2025-05-19"], "2025-05-08", ["GBR", "USA"], "same sentence as the India deal")
ev(a, O, "warning", "occurred",
   ["Critici waarschuwen dat Britse landbouwregels nu tussen Washington en Brussel klem kunnen komen"],
   None, None, ["GBR"], "optional")
ev(a, R, "summit", "planned",
   ["Beide partijen willen voortaan elk jaar een top houden",
    "De volgende staat gepland voor volgend jaar"],
   ["2026-01-01", "2026-12-31"], None, EG, "'volgend jaar'")
# ---------------------------------------------------------------- 10 Stock-market report: India-Pakistan strikes and ceasefire, 2025-05-12 (Mon)
a = "d22_10_beursbericht_india_pakistan"
IP = ["IND", "PAK"]
PI = ["PAK", "IND"]
ev(a, R, "agreement", "occurred",
   ["Beurzen in Mumbai en Karachi schieten omhoog na bestand",
    "Beleggers reageerden opgelucht op het staakt-het-vuren dat beide landen zaterdag sloten",
    "Het was de Amerikaanse president Donald Trump die als eerste op sociale media meldde dat India en Pakistan een volledig staakt-het-vuren hadden gesloten",
    "Het bestand ging diezelfde dag om vijf uur 's middags Indiase tijd in"],
   "2025-05-10", "2025-05-10", IP, "'zaterdag'")
ev(a, R, "talks", "occurred",
   ["Volgens Washington hadden vicepresident JD Vance en minister Marco Rubio de dagen ervoor met beide regeringen gesproken"],
   ["2025-05-07", "2025-05-10"], "2025-05-09", ["USA", "IND", "PAK"], "'de dagen ervoor'")
ev(a, R, "talks", "occurred",
   ["De militaire bevelhebbers van beide landen hadden elkaar zaterdag zelf telefonisch gesproken"],
   "2025-05-10", "2025-05-10", IP)
ev(a, R, "condemnation", "occurred",
   ["New Delhi gaf Pakistan de schuld"],
   ["2025-04-22", "2025-05-12"], "2025-04-23", IP, "undated, after the attack")
ev(a, R, "sanction", "occurred",
   ["Een dag na de aanslag schortte India het Induswaterverdrag uit 1960 op",
    "Het verdrag blijft opgeschort"],
   "2025-04-23", "2025-04-23", IP, "'een dag na' 22 April")
ev(a, R, "sanction", "occurred",
   ["Pakistan sloot daarop zijn luchtruim voor Indiase maatschappijen en zette de handel met India stop"],
   ["2025-04-23", "2025-05-12"], "2025-04-24", PI, "'daarop': after 23 April, undated")
ev(a, R, "sanction", "occurred",
   ["In de nacht van 6 op 7 mei viel het Indiase leger doelen aan op negen plaatsen in Pakistan en in het Pakistaanse deel van Kasjmir"],
   ["2025-05-06", "2025-05-07"], "2025-05-07", IP, "military strike (model convention: sanction)")
ev(a, R, "condemnation", "occurred",
   ["Pakistan sprak van een oorlogsdaad"],
   ["2025-05-07", "2025-05-09"], "2025-05-07", PI, "after the strikes")
ev(a, O, "sanction", "occurred",
   ["Daarna volgden dagen van beschietingen en drone-aanvallen"],
   ["2025-05-07", "2025-05-10"], None, IP, "optional")
ev(a, R, "sanction", "occurred",
   ["Zaterdagochtend vroeg troffen Indiase raketten Pakistaanse luchtmachtbases"],
   "2025-05-10", "2025-05-10", IP)
ev(a, R, "sanction", "occurred",
   ["waarna het Pakistaanse leger een eigen tegenaanval uitvoerde op doelen in India"],
   "2025-05-10", "2025-05-10", PI, "same sentence as the Indian strike")
ev(a, R, "condemnation", "occurred",
   ["Een paar uur later beschuldigden beide landen elkaar al van schendingen",
    "India zei dat er in Kasjmir opnieuw was geschoten"],
   ["2025-05-10", "2025-05-11"], "2025-05-10", IP, "a few hours after the ceasefire")
ev(a, O, "proposal", "occurred",
   ["Pakistan zei trouw te blijven aan de afspraak"],
   ["2025-05-10", "2025-05-11"], None, PI, "optional")
ev(a, N, "talks", "negated",
   ["Over andere kwesties, zoals het waterverdrag, is volgens New Delhi niet onderhandeld"],
   None, None, IP, "no talks on other issues")
ev(a, R, "proposal", "occurred",
   ["Trump bood gisteren aan met beide landen te werken aan een oplossing voor Kasjmir"],
   "2025-05-11", "2025-05-11", ["USA", "IND", "PAK"], "'gisteren'")
ev(a, O, "condemnation", "occurred",
   ["India wil daar niets van weten"],
   ["2025-05-11", "2025-05-12"], None, ["IND", "USA"], "rejection of mediation, optional")
ev(a, R, "talks", "planned",
   ["Vandaag spreken de militaire bevelhebbers elkaar opnieuw"],
   "2025-05-12", "2025-05-12", IP, "'vandaag'")
ev(a, R, ["delivery", "agreement"], "occurred",
   ["Het bestuur van het Internationaal Monetair Fonds keurde een nieuwe uitbetaling van ongeveer 1 miljard dollar goed uit het lopende steunprogramma"],
   "2025-05-09", "2025-05-09", ["IMF", "PAK"], "'vrijdag' from the sentence before")
ev(a, R, "condemnation", "occurred",
   ["India had daartegen bezwaar gemaakt en onthield zich van stemming"],
   ["2025-05-01", "2025-05-09"], "2025-05-09", ["IND", "IMF"], "before or at the vote")
ev(a, N, "agreement", "negated",
   ["Mocht het bestand breken, dan kunnen de winsten van vandaag snel weer verdampen"],
   None, None, IP, "hypothetical breakdown")
# ---------------------------------------------------------------- 11 Flemish analysis (month-only header): Algeria recalls its ambassador from France, 2024-08
a = "d22_11_analyse_algerije_frankrijk"
DF = ["DZA", "FRA"]
ev(a, R, ["proposal", "agreement"], "occurred",
   ["stuurde de Franse president Emmanuel Macron de koning een felicitatie met een politieke boodschap",
    "Het Marokkaanse autonomieplan voor de Westelijke Sahara is volgens Frankrijk voortaan de enige basis voor een oplossing van het conflict",
    "Macron kiest voor Marokko, en Algerije slaat met de deur"],
   "2024-07-30", "2024-07-30", ["FRA", "MAR"], "Macron's letter of support, 'op 30 juli'")
ev(a, R, "sanction", "occurred",
   ["Dezelfde dag riep Algerije zijn ambassadeur in Parijs met onmiddellijke ingang terug"],
   "2024-07-30", "2024-07-30", DF)
ev(a, O, "talks", "occurred",
   ["toen Parijs de Algerijnse regering vooraf had ingelicht"],
   "2024-07-25", "2024-07-25", ["FRA", "DZA"], "optional")
ev(a, R, "condemnation", "occurred",
   ["sprak het Algerijnse ministerie van Buitenlandse Zaken al van grote spijt en een sterke afkeuring"],
   "2024-07-25", "2024-07-25", DF, "'op 25 juli'")
ev(a, R, "warning", "occurred",
   ["Het ministerie waarschuwde toen dat Algerije alle gevolgen zou trekken uit de Franse stap"],
   "2024-07-25", "2024-07-25", DF, "'toen'")
ev(a, R, "proposal", "occurred",
   ["Rabat verwelkomde de brief uitbundig"],
   ["2024-07-30", "2024-08-31"], "2024-07-30", ["MAR", "FRA"], "welcome (model convention: proposal)")
ev(a, R, "condemnation", "occurred",
   ["Het Polisario Front veroordeelde de Franse keuze en sprak van een schending van het internationaal recht"],
   ["2024-07-30", "2024-08-31"], None, ["POLISARIO", "FRA"])
ev(a, O, "demand", "occurred",
   ["Het Polisario Front, dat door Algerije wordt gesteund, eist een referendum over onafhankelijkheid"],
   None, None, ["POLISARIO", "MAR"], "standing demand, optional")
ev(a, R, "proposal", "occurred",
   ["Marokko stelde in 2007 een plan voor waarin het gebied binnen Marokko een vorm van zelfbestuur krijgt"],
   ["2007-01-01", "2007-12-31"], "2007-04-11", ["MAR"])
ev(a, O, "proposal", "occurred",
   ["Frankrijk noemde dat plan de voorbije jaren al 'een serieuze en geloofwaardige basis'"],
   None, None, ["FRA", "MAR"], "standing position, optional")
ev(a, R, "agreement", "occurred",
   ["De Verenigde Staten erkenden de Marokkaanse soevereiniteit over het gebied in december 2020"],
   ["2020-12-01", "2020-12-31"], "2020-12-10", ["USA", "MAR"], "recognition = agreement (model convention)")
ev(a, R, "agreement", "occurred",
   ["in ruil voor de normalisering van de banden tussen Marokko en Israël"],
   ["2020-12-01", "2020-12-31"], "2020-12-10", ["MAR", "ISR"], "same sentence")
ev(a, R, ["proposal", "agreement"], "occurred",
   ["Spanje koos in maart 2022 een vergelijkbaar standpunt als Parijs nu"],
   ["2022-03-01", "2022-03-31"], "2022-03-18", ["ESP", "MAR"])
ev(a, R, "sanction", "occurred",
   ["Algerije haalde toen ook zijn ambassadeur uit Madrid weg"],
   ["2022-03-01", "2022-03-31"], "2022-03-19", ["DZA", "ESP"], "'toen' = March 2022")
ev(a, R, "sanction", "occurred",
   ["schortte enkele maanden later een vriendschapsverdrag met Spanje op"],
   ["2022-04-01", "2022-12-31"], "2022-06-08", ["DZA", "ESP"], "'enkele maanden later'")
ev(a, R, "sanction", "occurred",
   ["Met Marokko zelf verbrak Algerije in augustus 2021 al alle diplomatieke banden"],
   ["2021-08-01", "2021-08-31"], "2021-08-24", ["DZA", "MAR"])
ev(a, R, "condemnation", "occurred",
   ["Algiers beschuldigde de buurman toen van vijandige daden"],
   ["2021-08-01", "2021-08-31"], "2021-08-24", ["DZA", "MAR"])
ev(a, R, ["summit", "talks"], "occurred",
   ["In augustus 2022 bracht hij een bezoek aan Algiers"],
   ["2022-08-01", "2022-08-31"], "2022-08-25", ["FRA", "DZA"], "'hij' = Macron")
ev(a, R, "agreement", "occurred",
   ["waar hij met president Abdelmadjid Tebboune een verklaring tekende voor een vernieuwd partnerschap"],
   ["2022-08-01", "2022-08-31"], "2022-08-27", ["FRA", "DZA"])
ev(a, O, "summit", "planned",
   ["De Algerijnse president zou dit najaar op staatsbezoek naar Frankrijk komen"],
   ["2024-09-01", "2024-11-30"], None, DF, "planned but in doubt ('lijkt nu verder weg dan ooit'): optional")
ev(a, R, "summit", "planned",
   ["Intussen wordt in Rabat een bezoek van Macron aan Marokko verwacht, misschien nog dit jaar"],
   None, None, ["FRA", "MAR"], "expected, 'een officiële datum is er niet'")
ev(a, N, "sanction", "negated",
   ["maar een economische boycot ligt niet voor de hand"],
   None, None, DF, "no boycott expected")
ev(a, O, "delivery", "occurred",
   ["De gasleveringen naar Europa lopen voor Algiers vooral via Italië en Spanje"],
   None, None, ["DZA", "ITA", "ESP"], "standing gas flows, optional")
# ---------------------------------------------------------------- 12 Interview in a weekly: Austin in Manila, four EDCA sites, 2023-02-04 (Sat)
a = "d22_12_interview_filipijnen_bases"
UP = ["USA", "PHL"]
ev(a, R, "agreement", "occurred",
   ["De Verenigde Staten krijgen toegang tot vier extra militaire locaties in de Filipijnen",
    "Dat maakten de Amerikaanse minister van Defensie Lloyd Austin en zijn Filipijnse collega Carlito Galvez donderdag in Manila bekend",
    "Beide ministers spraken donderdag af dat Amerikaanse militairen op vier nieuwe plaatsen in de Filipijnen mogen komen"],
   "2023-02-02", "2023-02-02", UP, "'donderdag'")
ev(a, R, ["talks", "summit"], "occurred",
   ["Austin sprak ook met president Ferdinand Marcos",
    "Dat de minister door de president werd ontvangen"],
   "2023-02-02", "2023-02-02", UP, "dated by the visit")
ev(a, R, "agreement", "occurred",
   ["Die overeenkomst tekenden de twee landen in 2014"],
   ["2014-01-01", "2014-12-31"], "2014-04-28", UP, "EDCA")
ev(a, O, ["summit", "talks"], "occurred",
   ["vlak voor een bezoek van president Barack Obama"],
   ["2014-01-01", "2014-12-31"], "2014-04-28", ["USA", "PHL"], "optional")
ev(a, R, "sanction", "occurred",
   ["Duterte zegde in 2020 zelfs een ander militair verdrag met de Amerikanen op"],
   ["2020-01-01", "2020-12-31"], "2020-02-11", ["PHL", "USA"], "termination notice for the VFA")
ev(a, R, "agreement", "occurred",
   ["Een jaar later draaide hij dat besluit weer terug"],
   ["2021-01-01", "2021-12-31"], "2021-07-30", ["PHL", "USA"], "'een jaar later' than 2020")
ev(a, R, ["delivery", "proposal"], "planned",
   ["Austin heeft volgens de Filipijnse kant ook 82 miljoen dollar toegezegd voor de bouw van voorzieningen op de vijf bestaande locaties"],
   None, None, UP, "pledge, no date for the money")
ev(a, O, ["proposal", "agreement"], "occurred",
   ["Verder willen de twee landen onderzoeken of ze weer samen gaan patrouilleren in de Zuid-Chinese Zee"],
   "2023-02-02", "2023-02-02", UP, "optional")
ev(a, R, "condemnation", "occurred",
   ["Een woordvoerder van het Chinese ministerie van Buitenlandse Zaken verweet Washington donderdag al dat het de spanningen in de regio opvoert"],
   "2023-02-02", "2023-02-02", ["CHN", "USA"])
ev(a, R, "warning", "occurred",
   ["Peking waarschuwde Manila indirect om zich niet te laten gebruiken"],
   "2023-02-02", "2023-02-02", ["CHN", "PHL"], "same reaction")
ev(a, R, ["summit", "talks"], "occurred",
   ["Marcos was vorige maand nog in Peking",
    "Begin januari bracht hij een staatsbezoek aan China en sprak hij met president Xi Jinping"],
   ["2023-01-01", "2023-01-10"], "2023-01-04", ["PHL", "CHN"], "'begin januari'")
ev(a, R, "agreement", "occurred",
   ["Daar tekenden ze een reeks overeenkomsten, onder meer over landbouw en toerisme"],
   ["2023-01-01", "2023-01-10"], "2023-01-04", ["PHL", "CHN"])
ev(a, R, "agreement", "occurred",
   ["Ze spraken ook af een directe lijn te openen om incidenten op zee te bespreken"],
   ["2023-01-01", "2023-01-10"], "2023-01-04", ["PHL", "CHN"])
ev(a, O, "condemnation", "occurred",
   ["Manila dient daar geregeld diplomatieke protesten over in"],
   None, None, ["PHL", "CHN"], "recurring, optional")
ev(a, N, "agreement", "negated",
   ["maar Peking erkent die uitspraak niet"],
   None, None, ["CHN", "PHL"], "non-recognition of the 2016 award")
ev(a, R, ["summit", "talks"], "planned",
   ["Volgende week reist Marcos naar Tokio voor gesprekken met de Japanse premier Fumio Kishida"],
   ["2023-02-06", "2023-02-12"], "2023-02-09", ["PHL", "JPN"], "'volgende week'")
ev(a, R, "talks", "occurred",
   ["Austin kwam trouwens rechtstreeks uit Zuid-Korea, waar hij eerder deze week overlegde met zijn Zuid-Koreaanse collega"],
   ["2023-01-30", "2023-02-01"], "2023-01-31", ["USA", "KOR"], "'eerder deze week', before Thursday")
# ---------------------------------------------------------------- 13 Lesson sheet for schools: Finland joins NATO, 2023-04-12 (Wed)
a = "d22_13_lesbrief_finland_navo"
FN = ["FIN", "NATO"]
ev(a, R, "agreement", "occurred",
   ["Lesbrief: Finland wordt lid van de NAVO",
    "Op dinsdag 4 april werd Finland het 31e lid van de NAVO",
    "Vorige week dinsdag overhandigde de Finse minister van Buitenlandse Zaken Pekka Haavisto in Brussel het officiële document van de toetreding aan zijn Amerikaanse collega Antony Blinken",
    "Op dat moment was Finland lid"],
   "2023-04-04", "2023-04-04", FN, "accession")
ev(a, R, "talks", "occurred",
   ["Dat gebeurde tijdens een vergadering van de ministers van Buitenlandse Zaken van alle lidstaten"],
   ["2023-04-04", "2023-04-05"], "2023-04-04", ["NATO", "FIN"], "ministers' meeting")
ev(a, R, ["demand", "proposal"], "occurred",
   ["Op 18 mei 2022 vroegen Finland en Zweden samen het lidmaatschap van de NAVO aan"],
   "2022-05-18", "2022-05-18", ["FIN", "SWE", "NATO"], "application")
ev(a, R, "condemnation", "occurred",
   ["Ankara verweet de twee Noordse landen dat ze Koerdische groepen steunden die Turkije als terroristen ziet"],
   ["2022-05-18", "2022-06-28"], None, ["TUR", "FIN", "SWE"], "between application and memorandum")
ev(a, R, "agreement", "occurred",
   ["tekenden Turkije, Finland en Zweden een memorandum om dat probleem op te lossen"],
   "2022-06-28", "2022-06-28", ["TUR", "FIN", "SWE"])
ev(a, R, "summit", "occurred",
   ["aan de vooravond van de NAVO-top in Madrid",
    "Op die top nodigden de regeringsleiders van de NAVO beide landen daarna officieel uit om lid te worden"],
   ["2022-06-28", "2022-06-30"], "2022-06-29", ["NATO", "ESP"], "the Madrid summit")
ev(a, R, "proposal", "occurred",
   ["nodigden de regeringsleiders van de NAVO beide landen daarna officieel uit om lid te worden"],
   ["2022-06-28", "2022-06-30"], "2022-06-29", ["NATO", "FIN", "SWE"], "invitation")
ev(a, R, "agreement", "occurred",
   ["Het Hongaarse parlement stemde op 27 maart in"],
   "2023-03-27", "2023-03-27", ["HUN", "FIN"], "ratification")
ev(a, R, "agreement", "occurred",
   ["het Turkse drie dagen later"],
   "2023-03-30", "2023-03-30", ["TUR", "FIN"], "'drie dagen later'")
ev(a, N, "agreement", "negated",
   ["Ook Hongarije heeft de Zweedse toetreding nog niet goedgekeurd"],
   None, None, ["HUN", "SWE"], "Sweden not yet ratified")
ev(a, O, "demand", "occurred",
   ["Turkije wil eerst dat Stockholm harder optreedt tegen Koerdische activisten"],
   None, None, ["TUR", "SWE"], "standing demand, optional")
ev(a, R, "warning", "occurred",
   ["Rusland reageerde met dreigende taal",
    "Het Kremlin zei op de dag van de toetreding dat Rusland tegenmaatregelen zal nemen om zijn eigen veiligheid te waarborgen",
    "Het Russische ministerie van Buitenlandse Zaken sprak van maatregelen van militair-technische aard"],
   "2023-04-04", "2023-04-04", ["RUS", "FIN"], "'op de dag van de toetreding'")
ev(a, R, "warning", "occurred",
   ["Al in april vorig jaar had oud-president Dmitri Medvedev gewaarschuwd dat Rusland zijn troepen en wapens in het Oostzeegebied zou versterken als Finland en Zweden lid zouden worden"],
   ["2022-04-01", "2022-04-30"], "2022-04-14", ["RUS", "FIN", "SWE"])
ev(a, R, "summit", "planned",
   ["In juli komen de regeringsleiders van de NAVO bijeen in Vilnius, de hoofdstad van Litouwen",
    "Finland zit daar voor het eerst als lid aan tafel"],
   ["2023-07-01", "2023-07-31"], "2023-07-11", ["NATO", "LTU"], "'in juli'")
# ---------------------------------------------------------------- 14 Radio phone-in summary: Yellen in Beijing, 2023-07-10 (Mon)
a = "d22_14_belprogramma_yellen_peking"
UC = ["USA", "CHN"]
ev(a, R, ["talks", "summit"], "occurred",
   ["Luisteraars bellen over Yellen in Peking",
    "Vandaag ging het vooral over het bezoek van de Amerikaanse minister van Financiën Janet Yellen aan China",
    "Yellen landde donderdag in Peking en vertrok gisteren weer"],
   ["2023-07-06", "2023-07-09"], None, UC, "the visit, Thursday to Sunday")
ev(a, R, "talks", "occurred",
   ["Ze sprak vrijdag met de Chinese premier Li Qiang"],
   "2023-07-07", "2023-07-07", UC)
ev(a, R, "talks", "occurred",
   ["Zaterdag volgden urenlange gesprekken met vicepremier He Lifeng, de nieuwe economische topman van China"],
   "2023-07-08", "2023-07-08", UC)
ev(a, O, "talks", "occurred",
   ["Ook ontmoette ze de president van de Chinese centrale bank en andere bewindslieden"],
   ["2023-07-06", "2023-07-09"], None, UC, "optional")
ev(a, N, "agreement", "negated",
   ["Er zijn geen akkoorden getekend en er is niets bekendgemaakt over handelstarieven"],
   None, None, UC, "no agreements")
ev(a, R, "agreement", "occurred",
   ["Beide kanten spraken wel af elkaar vaker te zullen spreken"],
   ["2023-07-06", "2023-07-09"], None, UC, "during the visit")
ev(a, O, "proposal", "occurred",
   ["Yellen zei bij haar vertrek dat de relatie op vastere grond staat",
    "willen de Verenigde Staten zich niet economisch losmaken van China"],
   "2023-07-09", "2023-07-09", UC, "optional")
ev(a, R, "condemnation", "occurred",
   ["Bij een bijeenkomst met Amerikaanse bedrijven in Peking hekelde Yellen vrijdag wat zij oneerlijke economische praktijken van China noemde"],
   "2023-07-07", "2023-07-07", UC)
ev(a, O, "condemnation", "occurred",
   ["Ze noemde ook de recente strafmaatregelen tegen Amerikaanse bedrijven in China"],
   "2023-07-07", "2023-07-07", UC, "optional")
ev(a, O, "sanction", "occurred",
   ["een verbod op chips van de Amerikaanse fabrikant Micron"],
   None, None, ["CHN", "USA"], "undated background, optional")
ev(a, R, "demand", "occurred",
   ["Het Chinese ministerie van Financiën liet na de gesprekken weten dat Peking had aangedrongen op het opheffen van Amerikaanse sancties en beperkingen voor Chinese bedrijven"],
   ["2023-07-08", "2023-07-09"], None, ["CHN", "USA"], "after Saturday's talks")
ev(a, R, "sanction", "occurred",
   ["Vorige week maandag, vlak voor het bezoek van Yellen, kondigde China aan dat bedrijven vanaf 1 augustus een vergunning nodig hebben om ze uit te voeren"],
   "2023-07-03", "2023-07-03", ["CHN"], "export controls on gallium and germanium; 'vorige week maandag'")
ev(a, R, "sanction", "occurred",
   ["Dat wordt algemeen gezien als een antwoord op de Amerikaanse exportbeperkingen voor geavanceerde chips, die Washington in oktober vorig jaar invoerde"],
   ["2022-10-01", "2022-10-31"], "2022-10-07", UC)
ev(a, O, "sanction", "planned",
   ["Nederland en Japan kondigden dit jaar vergelijkbare beperkingen aan voor machines om chips te maken"],
   ["2023-01-01", "2023-07-10"], None, ["NLD", "JPN", "CHN"], "announced measures, optional")
ev(a, O, "condemnation", "occurred",
   ["Yellen zei dat ze zich zorgen maakt over de Chinese maatregel"],
   ["2023-07-06", "2023-07-09"], None, UC, "concern, optional")
ev(a, N, "talks", "negated",
   ["In februari stelde minister van Buitenlandse Zaken Antony Blinken een reis naar Peking nog uit vanwege een Chinese ballon boven Amerika"],
   None, None, UC, "trip postponed in February")
ev(a, R, ["talks", "summit"], "occurred",
   ["Half juni reisde hij alsnog, en hij sprak toen ook met president Xi Jinping"],
   ["2023-06-11", "2023-06-20"], "2023-06-19", UC, "'half juni'")
ev(a, R, "talks", "planned",
   ["Later deze maand gaat klimaatgezant John Kerry naar China"],
   ["2023-07-10", "2023-07-31"], "2023-07-16", UC, "'later deze maand'")
ev(a, R, "summit", "occurred",
   ["De laatste keer dat Biden en Xi elkaar zagen, was in november op Bali, voor de G20-top"],
   ["2022-11-01", "2022-11-30"], "2022-11-14", UC, "'in november' (2022)")
ev(a, O, "sanction", "planned",
   ["Washington werkt aan regels die Amerikaanse investeringen in Chinese technologiebedrijven beperken"],
   None, None, UC, "rules in preparation, optional")
ev(a, N, "sanction", "negated",
   ["Als die er komen, zal Peking reageren"],
   None, None, ["CHN", "USA"], "conditional retaliation")
# ---------------------------------------------------------------- 15-16 no-event articles: sentinels
TRAPS = {
    "d22_15_filmrecensie_perfect_days": [
        "De onderhandelingen met de initiatiefnemers leverden uiteindelijk iets heel anders op",
        "Wenders, die ooit ook een documentaire maakte over paus Franciscus, heeft altijd een zwak gehad voor Japan",
        "Dat is een terechte waarschuwing, maar Wenders maakt geen sociaal drama",
        "Japan stuurde de film in als inzending voor de Oscars",
        "Hij won er vorig jaar de prijs voor beste acteur mee op het filmfestival van Cannes",
    ],
    "d22_16_wetenschap_zonsverduistering": [
        "NASA waarschuwde vooraf nadrukkelijk om nooit zonder speciale bril naar de zon te kijken",
        "Autoriteiten in Texas riepen automobilisten op niet langs de snelweg te stoppen",
        "Daarna trok de schaduw met een snelheid van duizenden kilometers per uur schuin over de Verenigde Staten",
        "De eerstvolgende totale zonsverduistering in Europa is op 12 augustus 2026",
        "Spaanse hotels in die strook merken nu al meer belangstelling",
    ],
}
for a, note in [("d22_15_filmrecensie_perfect_days", "film review (Wim Wenders' Perfect Days, 2023); traps: 'onderhandelingen ... leverden', the Pope, 'waarschuwing', 'Japan stuurde de film in', a prize in Cannes"),
                ("d22_16_wetenschap_zonsverduistering", "science page (total solar eclipse over Mexico, the US and Canada, 8 April 2024); traps: 'NASA waarschuwde', 'riepen ... op', a shadow crossing the United States, a future date, Spain")]:
    ev(a, N, ALL, "negated", TRAPS[a], None, None, [],
       "NO-EVENT SENTINEL: article has no diplomatic event of its own; its trap sentences are listed; the line puts the article in scope so every other prediction in it counts as a false positive. " + note)

if __name__ == "__main__":
    goldkit.build(G, ROOT)
