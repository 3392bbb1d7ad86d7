"""Build gold.jsonl for dev9 and check every mention is a verbatim substring of its article.

Edit this script, not the JSONL. Run: python build_gold.py
"""
import pathlib, sys

ROOT = pathlib.Path(__file__).parent
sys.path.insert(0, str(ROOT.parent / "setkit"))  # the gold helper, checks and writing: tests/setkit/goldkit.py
import goldkit  # noqa: E402
from goldkit import ALL, N, O, R  # noqa: E402,F401

G, ev = goldkit.collector()
RECOG = ["proposal", "agreement", "demand", "condemnation", "sanction"]  # diplomatic recognition: no type of its own

# ---------------------------------------------------------------- 01 Book review: Fiona Hill on Helsinki, 2021-10-23 (Sat)
a = "d9_01_recensie_fiona_hill_helsinki"
UR = ["USA", "RUS"]
ev(a, R, ["summit", "talks"], "occurred",
   ["Trump er op 16 juli 2018 Vladimir Poetin ontmoette",
    "De twee presidenten spraken ruim twee uur onder vier ogen, met alleen hun tolken in de kamer"],
   "2018-07-16", "2018-07-16", UR, "Helsinki summit; the one-on-one is part of it")
ev(a, R, "condemnation", "occurred",
   ["Drie dagen voor de top had het Amerikaanse ministerie van Justitie twaalf officieren van de Russische militaire inlichtingendienst aangeklaagd"],
   "2018-07-13", "2018-07-13", UR, "indictment = formal accusation; 'drie dagen voor de top' = 13 July")
ev(a, R, "proposal", "occurred",
   ["Poetin deed in Helsinki het voorstel om Amerikaanse onderzoekers bij de verhoren van die officieren in Rusland te laten zijn",
    "Trump noemde dat een ongelooflijk aanbod"],
   "2018-07-16", "2018-07-16", ["RUS", "USA"], "offer made at the press conference; Trump's remark is about the same offer")
ev(a, N, ["agreement", "proposal"], "negated",
   ["Het Witte Huis wees het voorstel een paar dagen later toch af"],
   None, None, UR, "offer rejected: no agreement, and the sentence is not a new proposal")
ev(a, R, "summit", "occurred",
   ["Op de NAVO-top in Brussel, op 11 en 12 juli"],
   ["2018-07-11", "2018-07-12"], "2018-07-11", ["NATO", "USA"], "NATO summit; Brussels is the venue only")
ev(a, R, "condemnation", "occurred",
   ["beschuldigde Trump Duitsland ervan dat het door zijn gasleidingen een gevangene van Rusland was geworden"],
   "2018-07-11", "2018-07-11", ["USA", "DEU"], "said at the breakfast with Stoltenberg on day 1; the sentence gives only the summit days, true_date inside")
ev(a, R, ["summit", "talks"], "occurred",
   ["De eerste ontmoeting tussen de twee, een jaar eerder op de G20-top in Hamburg",
    "Daar duurde het gesprek ruim twee uur in plaats van het geplande halfuur"],
   ["2017-01-01", "2017-12-31"], "2017-07-07", UR, "Trump-Putin meeting at Hamburg; 'een jaar eerder' than July 2018 = the year 2017")
ev(a, O, "summit", "occurred",
   ["op de G20-top in Hamburg, beschrijft ze korter"],
   ["2017-01-01", "2017-12-31"], "2017-07-07", ["G20", "DEU"], "the G20 summit itself, named only as the venue of the meeting")
ev(a, R, "proposal", "occurred",
   ["Drie dagen na Helsinki liet het Witte Huis weten dat Trump Poetin in het najaar in Washington wilde ontvangen"],
   "2018-07-19", "2018-07-19", UR, "invitation announced; 'drie dagen na Helsinki' = 19 July")
ev(a, N, ["summit", "talks"], "negated",
   ["Dat bezoek is er nooit gekomen"],
   None, None, UR, "the invited visit never took place")

# ---------------------------------------------------------------- 02 Speech with context: Niinistö at Finland's accession, 2023-04-05 (Wed)
a = "d9_02_toespraak_niinisto_navo"
ev(a, R, "agreement", "occurred",
   ["Niinistö bij de Finse toetreding",
    "Finland is sinds dinsdag het 31ste lid van de NAVO",
    "Minister van Buitenlandse Zaken Pekka Haavisto overhandigde 's middags in het hoofdkwartier in Brussel de toetredingsakte aan zijn Amerikaanse collega Antony Blinken"],
   "2023-04-04", "2023-04-04", ["FIN", "NATO"], "accession completed by depositing the instrument; USA only as depositary")
ev(a, O, "talks", "occurred",
   ["President Sauli Niinistö sprak er de ministers toe"],
   "2023-04-04", "2023-04-04", ["FIN", "NATO"], "address to the NATO foreign ministers' meeting")
ev(a, R, ["demand", "proposal"], "occurred",
   ["Niinistö herinnerde eraan dat Finland en Zweden op 18 mei vorig jaar samen hun aanvraag indienden"],
   "2022-05-18", "2022-05-18", ["FIN", "SWE", "NATO"], "membership application = request")
ev(a, R, "talks", "occurred",
   ["Hij vertelde ook dat hij Vladimir Poetin daarvoor, op 14 mei, zelf telefonisch op de hoogte had gebracht"],
   "2022-05-14", "2022-05-14", ["FIN", "RUS"], "'op 14 mei' in a past-tense sentence about 2022")
ev(a, R, ["condemnation", "warning"], "occurred",
   ["Poetin noemde de Finse keuze toen een vergissing"],
   "2022-05-14", "2022-05-14", ["RUS", "FIN"], "'toen' = in that call")
ev(a, O, "agreement", "occurred",
   ["Het laatste groene licht kwam donderdag, toen het Turkse parlement de toetreding goedkeurde"],
   "2023-03-30", "2023-03-30", ["TUR", "FIN"], "ratification by a parliament: implementation step, optional (model convention)")
ev(a, O, "agreement", "occurred",
   ["De Hongaarse volksvertegenwoordiging had dat op 27 maart al gedaan"],
   "2023-03-27", "2023-03-27", ["HUN", "FIN"], "ratification, optional")
ev(a, R, ["summit", "talks"], "occurred",
   ["Niinistö bedankte president Erdogan, die hem half maart in Ankara ontving"],
   ["2023-03-11", "2023-03-20"], "2023-03-17", ["TUR", "FIN"], "'half maart' = 11-20 March")
ev(a, O, ["proposal", "agreement"], "occurred",
   ["en daar bekendmaakte dat de ratificatie in gang zou worden gezet"],
   ["2023-03-11", "2023-03-20"], "2023-03-17", ["TUR", "FIN"], "announcement that ratification would start")
ev(a, R, "demand", "occurred",
   ["Hij riep de bondgenoten op de Zweedse toetreding zo snel mogelijk af te ronden"],
   "2023-04-04", "2023-04-04", ["FIN", "NATO", "SWE"], "in the speech of 4 April")
ev(a, R, "warning", "occurred",
   ["Kremlinwoordvoerder Dmitri Peskov zei dinsdag dat Rusland gedwongen wordt tegenmaatregelen te nemen om zijn veiligheid te garanderen"],
   "2023-04-04", "2023-04-04", ["RUS", "FIN", "NATO"])
ev(a, R, "warning", "occurred",
   ["Het ministerie van Buitenlandse Zaken had al in mei vorig jaar gewaarschuwd voor militair-technische vergeldingsstappen als Helsinki de aanvraag zou doorzetten"],
   ["2022-05-01", "2022-05-31"], "2022-05-12", ["RUS", "FIN"], "'in mei vorig jaar' = May 2022; a conditional threat is a warning")
ev(a, R, "sanction", "occurred",
   ["Drie dagen na de aanvraag stopte het Russische Gazprom zijn gasleveringen aan Finland"],
   "2022-05-21", "2022-05-21", ["RUS", "FIN"], "gas cut-off = sanction (model: power cut); 'drie dagen na' 18 May")
ev(a, N, ["delivery"], "negated",
   ["Drie dagen na de aanvraag stopte het Russische Gazprom zijn gasleveringen aan Finland"],
   None, None, ["RUS", "FIN"], "deliveries stopped")
ev(a, R, "summit", "planned",
   ["De eerste top als lid volgt in juli, in de Litouwse hoofdstad Vilnius"],
   ["2023-07-01", "2023-07-31"], "2023-07-11", ["NATO", "FIN"], "Vilnius summit, 'in juli'")

# ---------------------------------------------------------------- 03 Weekly long read: Macron and von der Leyen in China, 2023-04-15 (Sat)
a = "d9_03_longread_macron_china"
FC = ["FRA", "CHN"]
ev(a, R, ["summit", "talks"], "occurred",
   ["Eind maart reisde de Spaanse premier Pedro Sánchez al naar China en sprak hij in Peking met president Xi Jinping"],
   ["2023-03-21", "2023-03-31"], "2023-03-31", ["ESP", "CHN"], "'eind maart' = 21-31 March")
ev(a, O, "proposal", "occurred",
   ["Macron had de voorzitter van de Europese Commissie zelf uitgenodigd om mee te gaan"],
   None, None, ["FRA", "EU"], "invitation among allies, undated")
ev(a, R, "condemnation", "occurred",
   ["in een toespraak in Brussel op 30 maart verweet ze China thuis steeds repressiever en naar buiten steeds assertiever te worden"],
   "2023-03-30", "2023-03-30", ["EU", "CHN"])
ev(a, R, ["summit", "talks"], "occurred",
   ["Op donderdag 6 april ontving Xi de Franse president in de Grote Hal van het Volk"],
   "2023-04-06", "2023-04-06", FC, "state visit talks")
ev(a, R, ["talks", "summit"], "occurred",
   ["Daarna schoof Von der Leyen aan voor een gesprek met z'n drieën"],
   "2023-04-06", "2023-04-06", ["EU", "FRA", "CHN"], "trilateral meeting")
ev(a, R, "demand", "occurred",
   ["Macron zei tegen Xi dat hij erop rekende dat China Rusland tot rede zou brengen"],
   "2023-04-06", "2023-04-06", FC)
ev(a, R, "warning", "occurred",
   ["als China Rusland wapens zou leveren, zou dat de betrekkingen met de Unie aanzienlijk schaden, waarschuwde ze"],
   "2023-04-06", "2023-04-06", ["EU", "CHN"], "conditional threat = warning")
ev(a, N, ["delivery"], "negated",
   ["als China Rusland wapens zou leveren"],
   None, None, ["CHN", "RUS"], "conditional content: no delivery")
ev(a, R, "proposal", "occurred",
   ["Hij was bereid om met de Oekraïense president Volodymyr Zelensky te praten, zei hij, als de omstandigheden en het moment daarvoor goed zijn"],
   "2023-04-06", "2023-04-06", ["CHN", "UKR"], "stated willingness to talk; date from the paragraph (6 April)")
ev(a, N, ["talks"], "negated",
   ["Dat telefoongesprek heeft tot nu toe niet plaatsgevonden"],
   None, None, ["CHN", "UKR"], "not (yet) held at publication")
ev(a, R, ["summit", "talks"], "occurred",
   ["op vrijdag een tweede dag met Xi in Guangzhou"],
   "2023-04-07", "2023-04-07", FC, "second day with Xi, Guangzhou")
ev(a, R, "agreement", "occurred",
   ["Dezelfde vrijdag publiceerden Frankrijk en China een lange gezamenlijke verklaring"],
   "2023-04-07", "2023-04-07", FC, "joint statement")
ev(a, O, ["agreement", "delivery"], "occurred",
   ["Airbus mocht tijdens het bezoek een grote bestelling van Chinese luchtvaartmaatschappijen bekendmaken"],
   ["2023-04-05", "2023-04-08"], "2023-04-06", FC, "commercial order announced during the visit")
ev(a, O, "condemnation", "occurred",
   ["Op de terugweg zei Macron tegen twee journalisten dat Europa niet de meeloper van de Verenigde Staten moest worden"],
   ["2023-04-07", "2023-04-09"], "2023-04-07", ["FRA", "USA"], "interview remark; criticism reading defensible")
ev(a, O, "condemnation", "occurred",
   ["In Washington en in Oost-Europa vielen de woorden verkeerd; Poolse en Baltische politici reageerden ontstemd"],
   ["2023-04-09", "2023-04-15"], None, ["POL", "LTU", "LVA", "EST", "FRA"], "criticism by politicians, not governments")
ev(a, R, "talks", "occurred",
   ["Zij reisde naar Tianjin en Peking en sprak daar met haar ambtgenoot Qin Gang"],
   ["2023-04-10", "2023-04-16"], "2023-04-14", ["DEU", "CHN"], "'deze week' (previous sentence) = ISO week of publication")
ev(a, R, "warning", "occurred",
   ["Ze zei daar dat een militaire escalatie in de Straat van Taiwan een horrorscenario zou zijn voor de hele wereld"],
   ["2023-04-10", "2023-04-16"], "2023-04-14", ["DEU", "CHN"])
ev(a, R, "summit", "planned",
   ["In juni moet een Europese top de lijn voor China vastleggen"],
   ["2023-06-01", "2023-06-30"], "2023-06-29", ["EU"], "European Council of June")

# ---------------------------------------------------------------- 04 Op-ed by an unnamed former diplomat: Windsor, month-only header 2023-03
a = "d9_04_opinie_windsor_oud_diplomaat"
GE = ["GBR", "EU"]
ev(a, O, "talks", "occurred",
   ["Wie in oktober 2019 in Brussel bij de slotonderhandelingen zat"],
   ["2019-10-01", "2019-10-31"], "2019-10-16", GE, "final negotiations on the withdrawal agreement")
ev(a, R, "agreement", "occurred",
   ["Boris Johnson en de Europese Unie werden het toen eens over een douanegrens in de Ierse Zee"],
   ["2019-10-01", "2019-10-31"], "2019-10-17", GE, "'toen' = October 2019")
ev(a, O, "sanction", "occurred",
   ["Brussel antwoordde met nieuwe juridische procedures"],
   ["2022-06-01", "2022-06-30"], "2022-06-15", ["EU", "GBR"], "infringement procedures: legal measure, defensible as a sanction")
ev(a, R, "agreement", "occurred",
   ["In Windsor presenteerden premier Rishi Sunak en commissievoorzitter Ursula von der Leyen het Windsor-raamwerk"],
   "2023-02-27", "2023-02-27", GE, "'Op 27 februari' in the sentence before")
ev(a, O, ["summit", "talks"], "occurred",
   ["In Windsor presenteerden premier Rishi Sunak en commissievoorzitter Ursula von der Leyen het Windsor-raamwerk"],
   "2023-02-27", "2023-02-27", GE, "the Windsor meeting itself")
ev(a, O, "talks", "occurred",
   ["Von der Leyen dronk diezelfde middag thee met koning Charles"],
   "2023-02-27", "2023-02-27", GE)
ev(a, R, "agreement", "occurred",
   ["Op 24 maart stelden de Britse minister van Buitenlandse Zaken James Cleverly en Eurocommissaris Maroš Šefčovič het raamwerk in Londen formeel vast in het gezamenlijk comité"],
   "2023-03-24", "2023-03-24", GE, "formal adoption in the Joint Committee")
ev(a, O, "talks", "occurred",
   ["Op 24 maart stelden de Britse minister van Buitenlandse Zaken James Cleverly en Eurocommissaris Maroš Šefčovič het raamwerk in Londen formeel vast in het gezamenlijk comité"],
   "2023-03-24", "2023-03-24", GE, "the Joint Committee meeting")
ev(a, O, "sanction", "planned",
   ["Brussel laat de lopende inbreukprocedures tegen Londen vallen"],
   None, None, ["EU", "GBR"], "lifting of legal measures: optional (model convention 2)")
ev(a, R, "summit", "occurred",
   ["Op 10 maart zat Sunak in Parijs aan tafel met president Emmanuel Macron, de eerste Frans-Britse top in vijf jaar"],
   "2023-03-10", "2023-03-10", ["GBR", "FRA"])
ev(a, R, "agreement", "occurred",
   ["De twee sloten er een akkoord over de bestrijding van de oversteek van migranten in kleine bootjes"],
   "2023-03-10", "2023-03-10", ["GBR", "FRA"])
ev(a, O, "delivery", "planned",
   ["waarvoor Londen Frankrijk honderden miljoenen betaalt"],
   None, None, ["GBR", "FRA"], "money inside the deal")
ev(a, R, ["talks", "summit"], "planned",
   ["Volgende maand komt president Joe Biden naar Belfast, voor de viering van het Goedevrijdagakkoord"],
   ["2023-04-01", "2023-04-30"], "2023-04-12", ["USA", "GBR"], "'volgende maand' under a 2023-03 header = April 2023 (month-level, exact)")
ev(a, R, "agreement", "occurred",
   ["Dat werd op Goede Vrijdag 1998 gesloten"],
   "1998-04-10", "1998-04-10", ["GBR", "IRL"], "Good Friday 1998 = 10 April 1998")

# ---------------------------------------------------------------- 05 Explainer with numbered points: EU-UK TCA, 2020-12-25 (Fri)
a = "d9_05_uitleg_brexit_handelsakkoord"
ev(a, R, "agreement", "occurred",
   ["Zeven vragen over het handelsakkoord tussen de EU en het Verenigd Koninkrijk",
    "Na negen maanden onderhandelen is er op de valreep een akkoord",
    "De Europese Unie en het Verenigd Koninkrijk hebben gisteren, op kerstavond, een handels- en samenwerkingsakkoord gesloten",
    "Commissievoorzitter Ursula von der Leyen maakte het 's middags in Brussel bekend"],
   "2020-12-24", "2020-12-24", GE, "TCA reached; headline and lead are the same event")
ev(a, O, "talks", "occurred",
   ["De onderhandelaars Michel Barnier en David Frost praten sinds maart, door de coronacrisis vaak via een scherm"],
   ["2020-03-01", "2020-12-24"], None, ["EU", "GBR"], "ongoing negotiations (model: ongoing contacts optional)")
ev(a, R, ["summit", "talks"], "occurred",
   ["Op 9 december aten Johnson en Von der Leyen samen in Brussel, zonder resultaat"],
   "2020-12-09", "2020-12-09", ["GBR", "EU"], "working dinner")
ev(a, N, ["agreement"], "negated",
   ["Op 9 december aten Johnson en Von der Leyen samen in Brussel, zonder resultaat"],
   None, None, ["GBR", "EU"], "no result")
ev(a, R, ["talks", "agreement"], "occurred",
   ["Op zondag 13 december besloten ze toch door te gaan"],
   "2020-12-13", "2020-12-13", ["GBR", "EU"], "joint decision (after a phone call) to keep negotiating")
ev(a, O, "talks", "occurred",
   ["De laatste dagen belden de twee vrijwel dagelijks"],
   None, None, ["GBR", "EU"], "repeated calls")
ev(a, O, "talks", "planned",
   ["Daarna wordt er jaarlijks over onderhandeld"],
   None, None, ["EU", "GBR"], "recurring future talks")
ev(a, R, "agreement", "occurred",
   ["Op 8 december werden Londen en Brussel het eens over de uitvoering van het Noord-Ierse protocol"],
   "2020-12-08", "2020-12-08", ["GBR", "EU"])
ev(a, O, "proposal", "occurred",
   ["De Britse regering schrapte daarop de omstreden artikelen uit haar internemarktwet"],
   None, None, ["GBR", "EU"], "concession")
ev(a, O, "sanction", "occurred",
   ["Brussel had daar in oktober nog een inbreukprocedure voor gestart"],
   ["2020-10-01", "2020-10-31"], "2020-10-01", ["EU", "GBR"], "legal procedure")
ev(a, O, "talks", "planned",
   ["Onderhandelaar Barnier praat vandaag, op eerste kerstdag, de ambassadeurs van de 27 lidstaten bij"],
   "2020-12-25", "2020-12-25", ["EU"], "internal EU briefing")
ev(a, O, "agreement", "planned",
   ["Daarna moeten de lidstaten instemmen"],
   None, None, ["EU"], "internal approval step")
ev(a, R, "agreement", "planned",
   ["De ondertekening staat gepland voor woensdag, zodat het akkoord op 1 januari voorlopig kan ingaan"],
   "2020-12-30", "2020-12-30", GE, "formal signing planned for Wednesday 30 Dec: a separate step from reaching the deal")
ev(a, O, "agreement", "planned",
   ["Het Europees Parlement stemt er pas volgend jaar over"],
   ["2021-01-01", "2021-12-31"], "2021-04-28", ["EU"], "consent vote (model: optional)")
ev(a, O, "agreement", "planned",
   ["Het Britse Lagerhuis komt woensdag terug van reces om de wet erover aan te nemen"],
   "2020-12-30", "2020-12-30", ["GBR"], "domestic ratification step")
ev(a, O, "sanction", "occurred",
   ["Frankrijk had zondag de grens dichtgedaan vanwege een nieuwe coronavariant in Engeland"],
   "2020-12-20", "2020-12-20", ["FRA", "GBR"], "health measure, defensible either way")
ev(a, R, "agreement", "occurred",
   ["Dinsdagavond sloten Parijs en Londen een akkoord over het testen van chauffeurs"],
   "2020-12-22", "2020-12-22", ["FRA", "GBR"])

# ---------------------------------------------------------------- 06 Minute-by-minute blog: NATO summit Vilnius day 2, 2023-07-12 (Wed)
a = "d9_06_liveblog_vilnius"
ev(a, R, ["warning", "condemnation"], "occurred",
   ["Woordvoerder Dmitri Peskov noemt de veiligheidsgaranties van de G7 een grote vergissing en potentieel zeer gevaarlijk",
    "Ze zouden de veiligheid van Rusland aantasten, waarschuwt hij"],
   "2023-07-12", "2023-07-12", ["RUS", "G7"])
ev(a, R, ["summit", "talks"], "occurred",
   ["President Joe Biden sprak met Zelensky",
    "Na afloop zei Zelensky dat hij de Amerikanen heeft bedankt voor de hulp en dat de twee over extra luchtverdediging spraken"],
   "2023-07-12", "2023-07-12", ["USA", "UKR"])
ev(a, R, "agreement", "occurred",
   ["de G7-landen hebben samen met Oekraïne een verklaring ondertekend over veiligheidsgaranties voor de lange termijn"],
   "2023-07-12", "2023-07-12", ["G7", "UKR"])
ev(a, R, "talks", "planned",
   ["Elk land gaat met Kyiv in bilaterale onderhandelingen over wapens, training en inlichtingen",
    "Die onderhandelingen beginnen de komende weken"],
   ["2023-07-13", "2023-08-09"], None, ["G7", "UKR"], "'de komende weken' = 28 days after publication")
ev(a, R, ["talks", "summit"], "occurred",
   ["Zelensky aan tafel met de bondgenoten",
    "De eerste vergadering van de NAVO-Oekraïneraad is voorbij",
    "Zelensky zat voor het eerst als gelijke aan tafel met de 31 regeringsleiders"],
   "2023-07-12", "2023-07-12", ["NATO", "UKR"], "inaugural NATO-Ukraine Council at leaders' level")
ev(a, O, "condemnation", "occurred",
   ["Hij zei tegen journalisten dat de Oekraïners wat meer dankbaarheid mogen tonen, de bondgenoten zijn geen Amazon"],
   "2023-07-12", "2023-07-12", ["GBR", "UKR"], "mild criticism of an ally")
ev(a, R, "condemnation", "occurred",
   ["Gisteren twitterde hij nog dat het absurd is dat er geen tijdpad voor het lidmaatschap is"],
   "2023-07-11", "2023-07-11", ["UKR", "NATO"])
ev(a, R, ["agreement", "proposal"], "occurred",
   ["De regeringsleiders spraken in hun slotverklaring af dat Oekraïne wordt uitgenodigd om lid te worden als de bondgenoten het daarover eens zijn en aan de voorwaarden is voldaan"],
   "2023-07-11", "2023-07-11", ["NATO", "UKR"], "communiqué of day 1 ('Even terug naar gisteren')")
ev(a, R, "summit", "occurred",
   ["Liveblog NAVO-top Vilnius, dag 2",
    "Vandaag de tweede en laatste dag van de top"],
   ["2023-07-11", "2023-07-12"], "2023-07-11", ["NATO"], "the summit itself, 11-12 July")
ev(a, R, "delivery", "planned",
   ["Ook gisteren beloofden Duitsland en Frankrijk nieuwe wapens",
    "Berlijn zegde onder meer twee extra Patriot-lanceerinrichtingen en veertig Marder-pantservoertuigen toe"],
   "2023-07-11", "2023-07-11", ["DEU", "UKR"], "pledge")
ev(a, R, "delivery", "planned",
   ["Ook gisteren beloofden Duitsland en Frankrijk nieuwe wapens",
    "President Emmanuel Macron maakte bekend dat Frankrijk SCALP-raketten voor de lange afstand aan Oekraïne levert"],
   "2023-07-11", "2023-07-11", ["FRA", "UKR"], "pledge ('levert', present tense)")
ev(a, R, ["summit", "talks"], "occurred",
   ["Biden en de Turkse president Recep Tayyip Erdogan hadden gisteravond hun eerste uitgebreide gesprek in lange tijd"],
   "2023-07-11", "2023-07-11", ["USA", "TUR"])
ev(a, R, "summit", "planned",
   ["De volgende top is volgend jaar in Washington, 75 jaar na de oprichting van het bondgenootschap"],
   ["2024-01-01", "2024-12-31"], "2024-07-09", ["NATO", "USA"], "'volgend jaar' = 2024")

# ---------------------------------------------------------------- 07 Readers' questions: Soleimani, 2020-01-10 (Fri)
a = "d9_07_lezersvragen_soleimani"
ev(a, R, "condemnation", "occurred",
   ["President Donald Trump zegt dat Soleimani aanslagen op Amerikanen voorbereidde"],
   ["2020-01-03", "2020-01-10"], "2020-01-03", ["USA", "IRN"], "accusation, present tense: from the strike to publication")
ev(a, R, "warning", "occurred",
   ["Opperste leider Ali Khamenei beloofde nog dezelfde dag zware wraak"],
   "2020-01-03", "2020-01-03", ["IRN", "USA"])
ev(a, R, "warning", "occurred",
   ["Trump dreigde op zaterdag dat de Verenigde Staten 52 Iraanse doelen zouden aanvallen als Iran Amerikanen of Amerikaanse bezittingen zou treffen"],
   "2020-01-04", "2020-01-04", ["USA", "IRN"])
ev(a, O, "proposal", "occurred",
   ["Minister van Buitenlandse Zaken Mohammad Javad Zarif schreef daarna dat Iran zijn 'proportionele maatregelen' had afgerond en geen escalatie zoekt"],
   ["2020-01-07", "2020-01-08"], "2020-01-08", ["IRN", "USA"], "de-escalation signal after the strikes of the night Tue-Wed")
ev(a, R, "demand", "occurred",
   ["Het Iraakse parlement nam zondag een resolutie aan die de regering oproept alle buitenlandse troepen het land uit te sturen"],
   "2020-01-05", "2020-01-05", ["IRQ", "USA"], "parliamentary resolution (model: EP resolution = demand)")
ev(a, R, "warning", "occurred",
   ["Trump dreigde Irak daarop met sancties zoals het land die nog nooit had gezien"],
   ["2020-01-05", "2020-01-06"], "2020-01-05", ["USA", "IRQ"], "'daarop' after Sunday's vote")
ev(a, N, ["sanction"], "negated",
   ["Trump dreigde Irak daarop met sancties zoals het land die nog nooit had gezien"],
   None, None, ["USA", "IRQ"], "threatened, not imposed")
ev(a, R, "sanction", "occurred",
   ["Hij kondigde nieuwe economische sancties aan",
    "Vandaag werden die ingevuld: het ministerie van Financiën zet acht hoge Iraanse functionarissen op de sanctielijst en treft de staal- en ijzersector"],
   ["2020-01-08", "2020-01-10"], "2020-01-10", ["USA", "IRN"], "announced Wednesday, imposed Friday: one event (a prediction on either day lies inside the gold window)")
ev(a, R, "demand", "occurred",
   ["Trump vroeg de NAVO ook zich veel meer met het Midden-Oosten te bemoeien"],
   "2020-01-08", "2020-01-08", ["USA", "NATO"], "in the Wednesday address")
ev(a, R, "demand", "occurred",
   ["Bondskanselier Angela Merkel, president Emmanuel Macron en premier Boris Johnson riepen Iran zondag in een gezamenlijke verklaring op af te zien van nieuw geweld en zich weer aan de nucleaire deal te houden"],
   "2020-01-05", "2020-01-05", ["DEU", "FRA", "GBR", "IRN"])
ev(a, R, "talks", "occurred",
   ["De ministers van Buitenlandse Zaken van de EU kwamen vandaag in Brussel bijeen voor spoedoverleg"],
   "2020-01-10", "2020-01-10", ["EU"], "extraordinary Foreign Affairs Council")
ev(a, R, "condemnation", "occurred",
   ["De Canadese premier Justin Trudeau zei gisteren dat inlichtingen erop wijzen dat een Iraanse luchtafweerraket het toestel neerhaalde"],
   "2020-01-09", "2020-01-09", ["CAN", "IRN"], "attribution of blame = accusation")

# ---------------------------------------------------------------- 08 Business news: Geneva tariff truce, 2025-05-12 (Mon)
a = "d9_08_zaken_geneve_handelsbestand"
UC = ["USA", "CHN"]
ev(a, R, "agreement", "occurred",
   ["Beurzen veren op na handelsbestand tussen Washington en Peking",
    "de Verenigde Staten en China verlagen hun importheffingen op elkaars producten voor negentig dagen drastisch",
    "Dat maakten beide landen maandag bekend in een gezamenlijke verklaring"],
   "2025-05-12", "2025-05-12", UC, "joint statement of Monday; the lead's present tense reports the agreed cut")
ev(a, O, "sanction", "planned",
   ["De Amerikaanse heffing op Chinese goederen gaat van 145 naar 30 procent, de Chinese heffing op Amerikaanse goederen van 125 naar 10 procent",
    "De verlaging gaat woensdag in"],
   "2025-05-14", "2025-05-14", UC, "lowering of tariffs (lifting = optional); in force Wednesday 14 May")
ev(a, R, "talks", "occurred",
   ["De afspraak volgt op twee dagen van gesprekken in Genève, zaterdag en zondag, in de residentie van de Zwitserse ambassadeur bij de VN",
    "Aan Amerikaanse kant zaten minister van Financiën Scott Bessent en handelsvertegenwoordiger Jamieson Greer aan tafel, aan Chinese kant vicepremier He Lifeng"],
   ["2025-05-10", "2025-05-11"], "2025-05-10", UC, "Geneva talks; CHE only the host")
ev(a, O, ["sanction", "agreement"], "planned",
   ["Peking schort bovendien de maatregelen op die het sinds begin april tegen Amerikaanse bedrijven had genomen, anders dan heffingen"],
   None, None, ["CHN", "USA"], "suspension of non-tariff countermeasures (lifting)")
ev(a, R, "talks", "planned",
   ["Beide landen richten een mechanisme op om verder te overleggen; de volgende ronde kan in China, in de Verenigde Staten of in een derde land plaatsvinden"],
   None, None, UC, "no date")
ev(a, R, "sanction", "occurred",
   ["Op 2 april legde president Donald Trump op wat hij 'Bevrijdingsdag' noemde heffingen op aan vrijwel alle handelspartners, voor China 34 procent extra"],
   "2025-04-02", "2025-04-02", UC)
ev(a, R, "sanction", "occurred",
   ["Peking antwoordde op 4 april met een even hoge heffing op Amerikaanse producten en met exportbeperkingen voor zeldzame aardmetalen"],
   "2025-04-04", "2025-04-04", ["CHN", "USA"], "one package")
ev(a, R, "sanction", "occurred",
   ["Binnen een week liepen de heffingen op tot 145 procent aan Amerikaanse en 125 procent aan Chinese kant, vrijwel een handelsembargo"],
   ["2025-04-04", "2025-04-11"], "2025-04-09", UC, "tit-for-tat escalation told as one step; 'binnen een week' after 4 April")
ev(a, O, "sanction", "occurred",
   ["De heffing van 20 procent die Washington eerder dit jaar oplegde vanwege de smokkel van fentanyl blijft staan"],
   None, None, UC, "standing tariff")
ev(a, R, "talks", "planned",
   ["Trump zei maandag dat hij binnenkort waarschijnlijk met president Xi Jinping spreekt"],
   None, None, UC, "'binnenkort': no date")

# ---------------------------------------------------------------- 09 Flemish report: EU countermeasures on hold, 2025-04-10 (Thu)
a = "d9_09_vlaams_tegenmaatregelen_eu"
EU_US = ["EU", "USA"]
ev(a, R, ["proposal", "sanction"], "occurred",
   ["Europa zet tegenmaatregelen tegen VS 90 dagen in de koelkast",
    "De Europese Unie schort haar tegenmaatregelen tegen de Amerikaanse importheffingen op staal en aluminium voor negentig dagen op",
    "Dat heeft Europees Commissievoorzitter Ursula von der Leyen vandaag aangekondigd",
    "We willen de onderhandelingen een kans geven"],
   "2025-04-10", "2025-04-10", EU_US, "suspension to give talks a chance: a conciliatory offer; a sanction reading (the measure is the subject) is accepted too")
ev(a, R, "warning", "occurred",
   ["Maar als die niet bevredigend verlopen, treden de maatregelen alsnog in werking, waarschuwt ze"],
   "2025-04-10", "2025-04-10", EU_US)
ev(a, R, "sanction", "occurred",
   ["Gisteren keurden de lidstaten nog een lijst goed met heffingen op Amerikaanse producten ter waarde van zo'n 21 miljard euro"],
   "2025-04-09", "2025-04-09", EU_US)
ev(a, N, ["sanction"], "negated",
   ["Een eerste deel zou op 15 april ingaan"],
   None, None, EU_US, "would have entered into force; suspended")
ev(a, O, ["sanction", "proposal"], "occurred",
   ["gisteravond Belgische tijd, kondigde de Amerikaanse president Donald Trump zelf een pauze van negentig dagen aan"],
   "2025-04-09", "2025-04-09", ["USA"], "pause of tariffs (lifting)")
ev(a, R, "sanction", "occurred",
   ["de hogere heffingen die hij op 2 april tegen tientallen landen had afgekondigd",
    "Voor de Europese Unie was dat 20 procent"],
   "2025-04-02", "2025-04-02", ["USA", "EU"], "'reciprocal' tariffs of 2 April")
ev(a, O, "sanction", "occurred",
   ["Een basisheffing van 10 procent blijft wel gelden"],
   None, None, ["USA"], "standing")
ev(a, R, "sanction", "occurred",
   ["voor Chinese producten trok Trump de heffing gisteren verder op, tot 125 procent"],
   "2025-04-09", "2025-04-09", ["USA", "CHN"])
ev(a, O, "sanction", "occurred",
   ["De heffingen van 25 procent op staal, aluminium en auto's blijven ook gewoon staan"],
   None, None, ["USA", "EU"], "standing")
ev(a, R, "sanction", "occurred",
   ["Die op staal en aluminium gelden sinds 12 maart"],
   "2025-03-12", "2025-03-12", ["USA", "EU"])
ev(a, O, "sanction", "planned",
   ["De EU kondigde dezelfde dag al tegenmaatregelen aan"],
   "2025-03-12", "2025-03-12", EU_US, "announced, later postponed; the decision is the vote of 9 April")
ev(a, R, "warning", "occurred",
   ["waarop Trump op 13 maart dreigde met een heffing van 200 procent op Europese wijn en champagne"],
   "2025-03-13", "2025-03-13", ["USA", "EU"])
ev(a, R, "proposal", "occurred",
   ["Maandag bood Von der Leyen de Amerikanen aan om alle heffingen op industriële goederen aan beide kanten af te schaffen, nul voor nul"],
   "2025-04-07", "2025-04-07", EU_US)
ev(a, R, "talks", "occurred",
   ["Europees handelscommissaris Maroš Šefčovič had vorige week vrijdag al twee uur overleg met zijn Amerikaanse gesprekspartners Howard Lutnick en Jamieson Greer"],
   "2025-04-04", "2025-04-04", EU_US, "'vorige week vrijdag' = 4 April")
ev(a, N, ["agreement"], "negated",
   ["Howard Lutnick en Jamieson Greer, zonder resultaat"],
   None, None, EU_US, "no result")
ev(a, R, "talks", "planned",
   ["Volgende week reist hij naar Washington"],
   ["2025-04-14", "2025-04-20"], "2025-04-14", EU_US, "'volgende week' = ISO week after publication")
ev(a, R, "condemnation", "occurred",
   ["Von der Leyen noemde de Amerikaanse heffingen vorige week nog een zware klap voor de wereldeconomie"],
   ["2025-03-31", "2025-04-06"], "2025-04-03", EU_US, "'vorige week' = ISO week before publication")
ev(a, O, "warning", "occurred",
   ["Maar ze herhaalt dat alle opties op tafel blijven, ook maatregelen tegen Amerikaanse techbedrijven"],
   "2025-04-10", "2025-04-10", EU_US, "repeated veiled threat")

# ---------------------------------------------------------------- 10 News report: Belarus-Poland border, 2021-11-16 (Tue)
a = "d9_10_belarus_polen_grens"
ev(a, R, "condemnation", "occurred",
   ["Polen beschuldigt het Belarussische regime ervan de migranten naar het hek te hebben gedreven"],
   "2021-11-16", "2021-11-16", ["POL", "BLR"], "accusation of the day")
ev(a, R, "sanction", "occurred",
   ["EU verscherpt sancties tegen Belarus",
    "De Europese ministers van Buitenlandse Zaken besloten gisteren in Brussel het sanctieregime tegen Belarus te verbreden",
    "Voortaan kunnen ook personen en bedrijven worden gestraft die helpen migranten illegaal naar de EU te brengen"],
   "2021-11-15", "2021-11-15", ["EU", "BLR"], "broadened sanctions framework")
ev(a, O, "talks", "occurred",
   ["De Europese ministers van Buitenlandse Zaken besloten gisteren in Brussel"],
   "2021-11-15", "2021-11-15", ["EU"], "the Foreign Affairs Council meeting itself")
ev(a, R, "sanction", "planned",
   ["Buitenlandchef Josep Borrell verwacht dat de eerste namen de komende weken op de lijst komen"],
   ["2021-11-17", "2021-12-14"], "2021-12-02", ["EU", "BLR"], "'de komende weken' = 28 days; listings adopted 2 Dec")
ev(a, R, "condemnation", "occurred",
   ["Het gaat volgens Borrell om een hybride aanval van president Aleksandr Loekasjenko op de Unie"],
   ["2021-11-15", "2021-11-16"], "2021-11-15", ["EU", "BLR"], "undated statement around the Council")
ev(a, R, "talks", "occurred",
   ["Merkel belt Loekasjenko",
    "Gisteren belde bondskanselier Angela Merkel met Loekasjenko",
    "Volgens Berlijn ging het over de humanitaire situatie aan de grens"],
   "2021-11-15", "2021-11-15", ["DEU", "BLR"])
ev(a, R, ["demand", "talks"], "occurred",
   ["Vorige week woensdag had Merkel president Vladimir Poetin al gevraagd zijn invloed op Minsk aan te wenden"],
   "2021-11-10", "2021-11-10", ["DEU", "RUS"], "request (made in a phone call)")
ev(a, O, "talks", "occurred",
   ["Vorige week woensdag had Merkel president Vladimir Poetin al gevraagd"],
   "2021-11-10", "2021-11-10", ["DEU", "RUS"], "the call is only implied")
ev(a, O, "sanction", "occurred",
   ["Turkije verbood vrijdag inwoners van Irak, Syrië en Jemen om vanaf Turkse vliegvelden naar Minsk te vliegen"],
   "2021-11-12", "2021-11-12", ["TUR", "BLR"], "travel restriction aimed at the route to Minsk")
ev(a, R, "warning", "occurred",
   ["Loekasjenko dreigde vorige week donderdag de doorvoer van Russisch gas naar Europa af te sluiten als de EU nieuwe sancties instelt"],
   "2021-11-11", "2021-11-11", ["BLR", "EU"])
ev(a, N, ["sanction", "delivery"], "negated",
   ["de doorvoer van Russisch gas naar Europa af te sluiten als de EU nieuwe sancties instelt"],
   None, None, ["BLR", "EU"], "conditional content of the threat")
ev(a, O, ["warning", "condemnation"], "occurred",
   ["Poetin nam daar afstand van: zo'n stap zou de relatie met Europa schaden, zei hij"],
   ["2021-11-11", "2021-11-16"], "2021-11-13", ["RUS", "BLR"])
ev(a, R, "talks", "occurred",
   ["Europees president Charles Michel bezocht vorige week Warschau",
    "Hij sprak er met premier Mateusz Morawiecki"],
   ["2021-11-08", "2021-11-14"], "2021-11-10", ["EU", "POL"], "'vorige week' = ISO week before publication")
ev(a, O, "proposal", "occurred",
   ["zei dat de EU het betalen van grensversterkingen uit de gezamenlijke begroting mag overwegen"],
   ["2021-11-08", "2021-11-14"], "2021-11-10", ["EU", "POL"])

# ---------------------------------------------------------------- 11 News report: Guaidó recognised, 2019-02-05 (Tue)
a = "d9_11_guaido_erkenning_europa"
EU4 = ["ESP", "FRA", "DEU", "GBR"]
ev(a, O, RECOG, "occurred",
   ["Europese landen erkennen Guaidó",
    "Een groot deel van de Europese Unie heeft Juan Guaidó erkend als interim-president van Venezuela",
    "Spanje, Frankrijk, Duitsland, het Verenigd Koninkrijk, Nederland en nog een reeks andere lidstaten maakten dat gisteren bekend",
    "De Spaanse premier Pedro Sánchez maakte de erkenning gisteren in een televisietoespraak bekend",
    "Aan het eind van de dag stond de teller op negentien EU-landen"],
   "2019-02-04", "2019-02-04", EU4 + ["NLD", "VEN"], "diplomatic recognition has no type of its own: optional, any of the political types accepted")
ev(a, O, RECOG, "occurred",
   ["Minister Stef Blok van Buitenlandse Zaken liet weten dat ook Nederland Guaidó als interim-president erkent"],
   "2019-02-04", "2019-02-04", ["NLD", "VEN"], "Dutch recognition, same day")
ev(a, R, "demand", "occurred",
   ["Spanje, Frankrijk, Duitsland en Groot-Brittannië gaven Maduro op 26 januari acht dagen om nieuwe, vrije presidentsverkiezingen uit te schrijven"],
   "2019-01-26", "2019-01-26", EU4 + ["VEN"], "ultimatum = demand")
ev(a, R, "condemnation", "occurred",
   ["Maduro wees dat zondag in een interview met een Spaanse televisiezender af",
    "Hij sprak van een onbeschoft ultimatum en zei dat niemand Venezuela iets kan opleggen"],
   "2019-02-03", "2019-02-03", ["VEN"] + EU4, "rejection in insulting terms")
ev(a, R, "demand", "occurred",
   ["en riep Guaidó op zo snel mogelijk verkiezingen te organiseren"],
   "2019-02-04", "2019-02-04", ["ESP", "VEN"])
ev(a, N, RECOG, "negated",
   ["Een gezamenlijke erkenning door de hele EU kwam er niet",
    "Italië blokkeerde gisteren een verklaring van de 28 lidstaten"],
   "2019-02-04", None, ["EU", "ITA", "VEN"], "no EU-wide recognition or statement")
ev(a, R, "condemnation", "occurred",
   ["Rusland veroordeelde de Europese stap",
    "Het Kremlin sprak van een poging de macht in Venezuela van buitenaf te legitimeren"],
   ["2019-02-04", "2019-02-05"], "2019-02-04", ["RUS", "EU"], "undated reaction: from the recognition to publication")
ev(a, R, "talks", "occurred",
   ["In Ottawa kwamen de ministers van de Lima-groep gisteren bijeen"],
   "2019-02-04", "2019-02-04", ["CAN", "LIMA_GROUP"], "LIMA_GROUP invented id; CAN hosts and takes part")
ev(a, R, "demand", "occurred",
   ["Zij riepen het Venezolaanse leger op Guaidó te erkennen en hulpgoederen het land binnen te laten"],
   "2019-02-04", "2019-02-04", ["LIMA_GROUP", "CAN", "VEN"])
ev(a, R, "sanction", "occurred",
   ["De Verenigde Staten legden vorige week sancties op aan het staatsoliebedrijf PDVSA"],
   ["2019-01-28", "2019-02-03"], "2019-01-28", ["USA", "VEN"])
ev(a, R, "delivery", "planned",
   ["Washington stuurt nu voedsel en medicijnen naar de Colombiaanse grensstad Cúcuta"],
   "2019-02-05", None, ["USA", "VEN", "COL"], "present tense, not arrived: planned; 'nu' = publication day")
ev(a, N, ["delivery"], "negated",
   ["Maduro weigert die hulp tot Venezuela toe te laten"],
   None, None, ["VEN", "USA"], "refused entry of aid")
ev(a, O, "condemnation", "occurred",
   ["hij noemt het een dekmantel voor een militaire interventie"],
   None, None, ["VEN", "USA"])
ev(a, R, "talks", "planned",
   ["Donderdag komt in de Uruguayaanse hoofdstad Montevideo voor het eerst de internationale contactgroep van Europese en Latijns-Amerikaanse landen bijeen"],
   "2019-02-07", "2019-02-07", ["EU", "URY"], "International Contact Group")

# ---------------------------------------------------------------- 12 News report: Georgia foreign-agents law, 2024-08-01 (Thu)
a = "d9_12_georgie_agentenwet_maatregelen"
ev(a, R, "sanction", "occurred",
   ["VS bevriezen steun aan Georgië om agentenwet",
    "De Verenigde Staten zetten meer dan 95 miljoen dollar aan steun voor de Georgische regering stil",
    "Minister van Buitenlandse Zaken Antony Blinken maakte dat woensdag bekend"],
   "2024-07-31", "2024-07-31", ["USA", "GEO"], "aid pause = sanction (model: aid suspensions)")
ev(a, N, ["delivery"], "negated",
   ["De Verenigde Staten zetten meer dan 95 miljoen dollar aan steun voor de Georgische regering stil"],
   None, None, ["USA", "GEO"], "aid halted")
ev(a, R, "condemnation", "occurred",
   ["Hij verwijt de regering in Tbilisi dat ze met antidemocratische maatregelen en valse beschuldigingen aan het adres van Washington de democratische toekomst van het land op het spel zet"],
   "2024-07-31", "2024-07-31", ["USA", "GEO"])
ev(a, O, "delivery", "occurred",
   ["Steun die de bevolking en het maatschappelijk middenveld ten goede komt, gaat wel door"],
   None, None, ["USA", "GEO"], "continuing aid")
ev(a, R, ["warning", "sanction"], "occurred",
   ["Washington kondigde toen al een grondige herziening van de samenwerking met Georgië aan"],
   ["2024-05-21", "2024-05-31"], "2024-05-23", ["USA", "GEO"], "'toen' = eind mei (previous sentence)")
ev(a, R, "sanction", "occurred",
   ["Begin juni volgden inreisbeperkingen voor tientallen Georgiërs die verantwoordelijk worden gehouden voor het ondermijnen van de democratie"],
   ["2024-06-01", "2024-06-10"], "2024-06-06", ["USA", "GEO"], "visa restrictions")
ev(a, R, "summit", "occurred",
   ["De Europese regeringsleiders stelden op hun top van eind juni vast"],
   ["2024-06-21", "2024-06-30"], "2024-06-27", ["EU"], "European Council 27-28 June")
ev(a, R, ["sanction", "condemnation"], "occurred",
   ["Ook de Europese Unie trok aan de rem",
    "dat de wet het toetredingsproces de facto stillegt"],
   ["2024-06-21", "2024-06-30"], "2024-06-27", ["EU", "GEO"], "accession halted: reduce relations; the criticism reading is accepted")
ev(a, R, ["agreement", "proposal"], "occurred",
   ["Georgië kreeg in december vorig jaar nog de status van kandidaat-lidstaat"],
   ["2023-12-01", "2023-12-31"], "2023-12-14", ["EU", "GEO"], "candidate status granted (European Council decision)")
ev(a, R, "sanction", "occurred",
   ["Begin juli maakte de EU-ambassadeur in Tbilisi, Paweł Herczyński, bekend dat Brussel 30 miljoen euro aan militaire steun voor Georgië bevriest"],
   ["2024-07-01", "2024-07-10"], "2024-07-09", ["EU", "GEO"])
ev(a, N, ["delivery"], "negated",
   ["dat Brussel 30 miljoen euro aan militaire steun voor Georgië bevriest"],
   None, None, ["EU", "GEO"], "military aid frozen")
ev(a, O, "condemnation", "occurred",
   ["beschuldigt het Westen al maanden van pogingen om de regering omver te werpen"],
   None, None, ["GEO", "USA", "EU"], "repeated accusation")
ev(a, O, "warning", "occurred",
   ["Europese diplomaten hebben al laten weten dat de verkiezingen bepalend zijn voor de verdere betrekkingen"],
   None, None, ["EU", "GEO"])
ev(a, O, "proposal", "occurred",
   ["Blinken zei woensdag dat de Verenigde Staten hun beleid opnieuw zullen bekijken als Tbilisi van koers verandert"],
   "2024-07-31", "2024-07-31", ["USA", "GEO"], "conditional offer")

# ---------------------------------------------------------------- 13 News report: White House meeting, 2025-08-19 (Tue)
a = "d9_13_witte_huis_zelensky_europeanen"
EUR = ["GBR", "FRA", "DEU", "ITA", "FIN", "EU", "NATO"]
ev(a, R, "talks", "occurred",
   ["Trump belt Poetin",
    "President Donald Trump heeft zijn ontmoeting met Volodymyr Zelensky en zeven Europese leiders maandag in het Witte Huis onderbroken om Vladimir Poetin te bellen",
    "Het telefoongesprek met Poetin duurde volgens het Kremlin veertig minuten"],
   "2025-08-18", "2025-08-18", ["USA", "RUS"])
ev(a, O, ["agreement", "talks"], "occurred",
   ["Kremlinadviseur Joeri Oesjakov zei dat beide presidenten het erover eens waren dat de directe gesprekken tussen Rusland en Oekraïne moeten doorgaan"],
   "2025-08-18", "2025-08-18", ["USA", "RUS"], "Kremlin account of the call")
ev(a, R, ["summit", "talks"], "planned",
   ["Na afloop zei Trump dat hij is begonnen met de voorbereiding van een ontmoeting tussen Poetin en Zelensky, op een nog onbekende plaats"],
   None, None, ["RUS", "UKR", "USA"], "never held")
ev(a, R, ["summit", "talks"], "planned",
   ["Daarna zou een top met z'n drieën moeten volgen"],
   None, None, ["USA", "RUS", "UKR"], "never held")
ev(a, R, ["summit", "talks"], "occurred",
   ["Eerst ontving Trump de Oekraïense president in het Oval Office",
    "Zelensky bedankte Trump deze keer meermaals",
    "Het gesprek verliep in een heel andere sfeer"],
   "2025-08-18", "2025-08-18", ["USA", "UKR"])
ev(a, R, ["summit", "talks"], "occurred",
   ["dan dat van 28 februari, dat uitliep op een openlijke ruzie voor de camera's"],
   "2025-02-28", "2025-02-28", ["USA", "UKR"], "background meeting")
ev(a, R, ["summit", "talks"], "occurred",
   ["midden in overleg met Zelensky en Europese leiders",
    "Daarna schoven de Europeanen aan in de East Room",
    "Ze waren naar Washington gekomen om te voorkomen dat Zelensky alleen tegenover Trump zou staan"],
   "2025-08-18", "2025-08-18", ["USA", "UKR"] + EUR)
ev(a, R, "demand", "occurred",
   ["Merz zei aan tafel dat hij graag een staakt-het-vuren ziet voordat er een volgende ontmoeting komt"],
   "2025-08-18", "2025-08-18", ["DEU", "RUS", "USA"])
ev(a, R, "summit", "occurred",
   ["Na zijn top met Poetin in Alaska, vrijdag"],
   "2025-08-15", "2025-08-15", ["USA", "RUS"])
ev(a, O, ["proposal", "talks"], "planned",
   ["zegt hij dat er meteen over een vredesakkoord kan worden onderhandeld"],
   None, None, ["USA", "RUS", "UKR"])
ev(a, R, "proposal", "occurred",
   ["Trump zegde toe dat de Verenigde Staten zullen helpen bij veiligheidsgaranties voor Oekraïne"],
   "2025-08-18", "2025-08-18", ["USA", "UKR"], "pledge of help with guarantees")
ev(a, R, "delivery", "planned",
   ["Zelensky zei dat daar een pakket bij hoort waarmee Oekraïne met Europees geld voor ongeveer 90 miljard dollar aan Amerikaanse wapens koopt"],
   None, None, ["USA", "UKR"], "intended purchase, no date")
ev(a, R, ["warning", "condemnation"], "occurred",
   ["Het Russische ministerie van Buitenlandse Zaken liet maandag weten dat het elke inzet van troepen uit NAVO-landen in Oekraïne afwijst"],
   "2025-08-18", "2025-08-18", ["RUS", "NATO", "UKR"])
ev(a, R, "talks", "planned",
   ["Vandaag overleggen de landen van de zogeheten coalitie van bereidwilligen"],
   "2025-08-19", "2025-08-19", ["GBR", "FRA", "UKR"], "video call of the coalition of the willing")

# ---------------------------------------------------------------- 14 News report: candidate status, 2022-06-24 (Fri)
a = "d9_14_kandidaat_status_oekraine_moldavie"
ev(a, R, ["agreement", "proposal"], "occurred",
   ["Oekraïne en Moldavië kandidaat-lid van de EU",
    "De Europese regeringsleiders hebben Oekraïne en Moldavië donderdagavond de status van kandidaat-lidstaat gegeven"],
   "2022-06-23", "2022-06-23", ["EU", "UKR", "MDA"], "one decision for both")
ev(a, R, "summit", "occurred",
   ["Het besluit viel op de eerste dag van de Europese top in Brussel",
    "De top gaat vandaag verder met de economie"],
   ["2022-06-23", "2022-06-24"], "2022-06-23", ["EU"], "European Council 23-24 June")
ev(a, O, "proposal", "occurred",
   ["die per video was ingeschakeld, sprak van een uniek en historisch moment"],
   "2022-06-23", "2022-06-23", ["UKR", "EU"], "welcome")
ev(a, N, ["agreement", "proposal"], "negated",
   ["Georgië krijgt de status nog niet"],
   "2022-06-23", None, ["EU", "GEO"])
ev(a, O, ["agreement", "proposal"], "occurred",
   ["De leiders erkennen wel het perspectief op lidmaatschap"],
   "2022-06-23", "2022-06-23", ["EU", "GEO"])
ev(a, R, "demand", "occurred",
   ["maar Tbilisi moet eerst hervormingen doorvoeren, vooral in de rechtspraak en de bestrijding van de macht van oligarchen"],
   "2022-06-23", "2022-06-23", ["EU", "GEO"], "conditions = demand")
ev(a, R, "proposal", "occurred",
   ["Het besluit volgt op een positief advies van de Europese Commissie, dat Commissievoorzitter Ursula von der Leyen vrijdag 17 juni presenteerde"],
   "2022-06-17", "2022-06-17", ["EU", "UKR", "MDA"], "Commission opinion/recommendation")
ev(a, R, "talks", "occurred",
   ["Zij was op 11 juni nog in Kyiv voor overleg met Zelensky"],
   "2022-06-11", "2022-06-11", ["EU", "UKR"])
ev(a, R, ["summit", "talks"], "occurred",
   ["Een dag voor dat advies reisden de Franse president Emmanuel Macron, bondskanselier Olaf Scholz en de Italiaanse premier Mario Draghi met de nachttrein naar de Oekraïense hoofdstad",
    "Na hun gesprek met Zelensky spraken ze hun steun uit voor een onmiddellijke kandidaatstatus"],
   "2022-06-16", "2022-06-16", ["FRA", "DEU", "ITA", "ROU", "UKR"], "'een dag voor' 17 June")
ev(a, O, "demand", "occurred",
   ["Kyiv en Chisinau moeten eerst aan een reeks voorwaarden voldoen"],
   None, None, ["EU", "UKR", "MDA"])
ev(a, N, ["talks"], "negated",
   ["De status betekent niet dat de onderhandelingen over toetreding al beginnen"],
   None, None, ["EU", "UKR", "MDA"])
ev(a, R, "summit", "occurred",
   ["De vreugde in Brussel werd overschaduwd door de top met de landen van de Westelijke Balkan, eerder op donderdag"],
   "2022-06-23", "2022-06-23", ["EU", "ALB", "MKD", "SRB"], "EU-Western Balkans summit")
ev(a, N, ["talks"], "negated",
   ["Bulgarije bleef weigeren de toetredingsonderhandelingen met Noord-Macedonië te laten beginnen"],
   None, None, ["BGR", "MKD", "ALB", "EU"], "veto: talks not opened")
ev(a, R, "condemnation", "occurred",
   ["De Albanese premier Edi Rama haalde na afloop hard uit naar Sofia en naar de EU"],
   "2022-06-23", "2022-06-23", ["ALB", "BGR", "EU"])
ev(a, O, "agreement", "planned",
   ["Het Bulgaarse parlement stemt vandaag over een Frans compromisvoorstel dat het veto kan opheffen"],
   "2022-06-24", "2022-06-24", ["BGR", "MKD"], "parliamentary vote, outcome open")
ev(a, R, "proposal", "occurred",
   ["een Frans compromisvoorstel dat het veto kan opheffen"],
   None, None, ["FRA", "BGR", "MKD"], "French compromise proposal, undated")
ev(a, R, "condemnation", "occurred",
   ["Minister van Buitenlandse Zaken Sergej Lavrov zei dat de EU van een economisch project in een agressieve speler verandert"],
   ["2022-06-23", "2022-06-24"], "2022-06-23", ["RUS", "EU"], "undated reaction to Thursday's decision")

# ---------------------------------------------------------------- 15, 16: no diplomatic event (sentinels)
TRAPS = {
    "d9_15_wetenschap_zwart_gat": [
        "De resultaten werden woensdag tegelijk bekendgemaakt op persconferenties in Brussel, Washington, Santiago, Shanghai, Taipei en Tokio",
        "Voor het beeld werkten meer dan tweehonderd onderzoekers samen in de Event Horizon Telescope",
        "Hij stelde twintig jaar geleden al voor om zo'n schaduw te zoeken",
        "De harde schijven werden per vliegtuig naar rekencentra in Bonn en in de Amerikaanse staat Massachusetts gestuurd",
        "De Europese Onderzoeksraad steunde het project met een subsidie van 14 miljoen euro",
        "De onderzoekers waarschuwen dat de foto nog maar een begin is",
        "Daarover is al overleg met observatoria in onder meer Afrika",
        "Ook Europees Commissaris Carlos Moedas was bij de presentatie in Brussel",
    ],
    "d9_16_politiek_val_rutte_iv": [
        "na urenlang overleg in het Catshuis met de leiders van VVD, D66, CDA en ChristenUnie",
        "De partijen konden het niet eens worden over maatregelen om de instroom van asielzoekers te beperken",
        "Rutte stelde voor een maximum van tweehonderd nareizigers per maand in te voeren",
        "had Rutte de andere partijen eerder in de week een soort ultimatum gesteld",
        "Compromisvoorstellen van de andere partijen haalden het niet",
        "Oppositiepartijen eisen dat de premier in de Kamer uitleg komt geven",
        "Rutte heeft het ontslag van de ministers aangeboden aan koning Willem-Alexander",
        "De koning onderbrak zijn vakantie in Griekenland en ontvangt de premier vandaag",
        "Politiek commentatoren waarschuwen dat veel wetsvoorstellen nu blijven liggen",
    ],
}

for a, note in [("d9_15_wetenschap_zwart_gat",
                 "science (first image of the black hole in M87, presented 10 April 2019); traps: Brussel/Washington/Shanghai/Taipei/Tokio, samenwerkten, stelde voor, gestuurd (hard disks), subsidie van de Europese Onderzoeksraad, waarschuwen, overleg, Europees Commissaris"),
                ("d9_16_politiek_val_rutte_iv",
                 "domestic politics (fall of the fourth Rutte cabinet, 7 July 2023); traps: overleg, niet eens worden, stelde voor, ultimatum, compromisvoorstellen, eisen, ontslag aangeboden, koning, Griekenland, waarschuwen")]:
    ev(a, N, ALL, "negated", TRAPS[a], None, None, [],
       "NO-EVENT SENTINEL: article has no diplomatic event of its own; its trap sentences are listed; the line puts the article in scope so every other prediction in it counts as a false positive. " + note)


if __name__ == "__main__":
    goldkit.build(G, ROOT, max_bytes=3500, min_big=0)
