"""Build gold.jsonl for dev14 and check every mention is a verbatim substring of its article.

Edit this script, not the JSONL. Run: python build_gold.py
"""
import pathlib, sys

ROOT = pathlib.Path(__file__).parent
sys.path.insert(0, str(ROOT.parent / "setkit"))  # the gold helper, checks and writing: tests/setkit/goldkit.py
import goldkit  # noqa: E402
from goldkit import ALL, N, O, R  # noqa: E402,F401

G, ev = goldkit.collector()
# ---------------------------------------------------------------- 01 Ministry press release: GRU operation against the OPCW, 2018-10-04 (Thu)
a = "d14_01_persbericht_gru_opcw"
ev(a, R, "sanction", "occurred",
   ["Vier Russische inlichtingenofficieren die de operatie uitvoerden, zijn op 13 april het land uitgezet",
    "Omdat de mannen over een diplomatieke status beschikten, zijn zij niet aangehouden maar dezelfde dag op een vliegtuig naar Moskou gezet"],
   "2018-04-13", "2018-04-13", ["NLD", "RUS"], "expulsion of the four GRU officers, 13 April, made public today")
ev(a, R, "condemnation", "occurred",
   ["\"Dit is een onaanvaardbare aanval op een internationale organisatie die werkt aan een wereld zonder chemische wapens\", aldus minister Bijleveld",
    "\"Nederland veroordeelt het optreden van de Russische inlichtingendienst ten stelligste.\""],
   "2018-10-04", "2018-10-04", ["NLD", "RUS"], "minister's condemnation at the press conference")
ev(a, R, ["talks", "condemnation", "demand"], "occurred",
   ["De Russische ambassadeur is vandaag ontboden op het ministerie van Buitenlandse Zaken, waar hem het standpunt van het kabinet is overgebracht"],
   "2018-10-04", "2018-10-04", ["NLD", "RUS"], "summoning of the Russian ambassador")
ev(a, R, "demand", "occurred",
   ["Nederland roept Rusland op om zich te houden aan de internationale afspraken en zijn activiteiten tegen de OPCW en andere internationale organisaties in ons land te staken"],
   "2018-10-04", "2018-10-04", ["NLD", "RUS"], "press release's own call: present tense, dated by publication")
ev(a, R, "condemnation", "occurred",
   ["Minister-president Mark Rutte en de Britse premier Theresa May hebben het optreden van de GRU vandaag in een gezamenlijke verklaring veroordeeld",
    "Zij spreken daarin van een patroon van roekeloos gedrag"],
   "2018-10-04", "2018-10-04", ["NLD", "GBR", "RUS"], "joint Rutte-May statement")
ev(a, O, "condemnation", "occurred",
   ["Het Britse National Cyber Security Centre schreef vandaag bovendien een reeks cyberaanvallen van de afgelopen jaren toe aan dezelfde dienst"],
   "2018-10-04", "2018-10-04", ["GBR", "RUS"], "attribution by an agency: accusation, optional")
ev(a, R, "demand", "occurred",
   ["NAVO-secretaris-generaal Jens Stoltenberg riep Rusland vandaag in Brussel op een einde te maken aan dit gedrag"],
   "2018-10-04", "2018-10-04", ["NATO", "RUS"])
ev(a, O, ["condemnation", "sanction"], "occurred",
   ["In de Verenigde Staten maakte het ministerie van Justitie een aanklacht bekend tegen zeven GRU-officieren, onder wie de vier mannen die in Den Haag actief waren"],
   "2018-10-04", "2018-10-04", ["USA", "RUS"], "criminal indictment: accusation, not a diplomatic measure proper")
ev(a, O, ["proposal", "sanction"], "planned",
   ["Het kabinet zet zich binnen de Europese Unie in voor een eigen sanctieregime waarmee cyberaanvallen in de toekomst kunnen worden bestraft"],
   None, None, ["NLD", "EU"], "advocacy for a future regime, undated")
ev(a, R, "summit", "planned",
   ["De Europese regeringsleiders komen later deze maand in Brussel bijeen"],
   ["2018-10-05", "2018-10-31"], "2018-10-17", ["EU"], "European Council; 'later deze maand' = after publication to month end")
ev(a, O, ["proposal", "demand"], "planned",
   ["Nederland wil dat zij zich daar gezamenlijk uitspreken over de aanval op de OPCW"],
   ["2018-10-05", "2018-10-31"], "2018-10-17", ["NLD", "EU"], "Dutch aim for the summit")
ev(a, R, "sanction", "occurred",
   ["Eind maart zette het kabinet al twee medewerkers van de Russische ambassade uit, als reactie op de aanslag met een zenuwgif op de voormalige dubbelspion Sergej Skripal in het Engelse Salisbury"],
   ["2018-03-21", "2018-03-31"], "2018-03-26", ["NLD", "RUS"], "Skripal expulsions; 'eind maart'")
ev(a, O, "sanction", "occurred",
   ["Nederland handelde toen samen met tientallen andere landen"],
   ["2018-03-21", "2018-03-31"], "2018-03-26", ["NLD", "RUS"], "the coordinated expulsions by other states, no named actor")
# ---------------------------------------------------------------- 02 Agency wire: Vrbetice expulsions, 2021-04-19 (Mon)
a = "d14_02_anp_praag_vrbetice"
ev(a, R, "sanction", "occurred",
   ["Rusland heeft zondag twintig medewerkers van de Tsjechische ambassade in Moskou tot ongewenste persoon verklaard",
    "Moskou zet twintig Tsjechische diplomaten uit na affaire rond munitiedepot",
    "Daarmee nam het Kremlin wraak voor de uitzetting van achttien Russische diplomaten door Tsjechië, een dag eerder"],
   "2021-04-18", "2021-04-18", ["RUS", "CZE"], "Russia's counter-expulsion on Sunday")
ev(a, R, "sanction", "occurred",
   ["voor de uitzetting van achttien Russische diplomaten door Tsjechië, een dag eerder",
    "Premier Andrej Babiš maakte zaterdagavond op een haastig belegde persconferentie bekend dat de Tsjechische inlichtingendiensten achttien medewerkers van de Russische ambassade in Praag hebben geïdentificeerd als agenten van de Russische geheime diensten",
    "Ze kregen 48 uur om te vertrekken"],
   "2021-04-17", "2021-04-17", ["CZE", "RUS"], "Czech expulsion of 18, Saturday evening; also named in the lead sentence ('een dag eerder')")
ev(a, R, "condemnation", "occurred",
   ["Volgens Babiš is er een gegrond vermoeden dat officieren van de Russische militaire inlichtingendienst GRU betrokken waren bij de explosies in een munitieopslag bij het dorp Vrbětice"],
   "2021-04-17", "2021-04-17", ["CZE", "RUS"], "accusation, same press conference")
ev(a, R, "condemnation", "occurred",
   ["Het Russische ministerie van Buitenlandse Zaken noemde de Tsjechische beschuldigingen zondag absurd en sprak van een vijandige daad"],
   "2021-04-18", "2021-04-18", ["RUS", "CZE"])
ev(a, R, "condemnation", "occurred",
   ["Moskou verweet Praag bovendien dat het met de affaire de Verenigde Staten een plezier wilde doen"],
   "2021-04-18", "2021-04-18", ["RUS", "CZE"], "second accusation, date carried ('bovendien', Sunday)")
ev(a, N, "talks", "negated",
   ["had eigenlijk deze week naar Moskou zullen reizen, onder meer om te praten over leveringen van het Russische coronavaccin Spoetnik",
    "Die reis gaat niet door, zei hij zaterdag al"],
   None, None, ["CZE", "RUS"], "cancelled visit to Moscow")
ev(a, N, "delivery", "negated",
   ["onder meer om te praten over leveringen van het Russische coronavaccin Spoetnik"],
   None, None, ["RUS", "CZE"], "vaccine deliveries only a topic of the cancelled visit")
ev(a, R, "demand", "occurred",
   ["Hij vraagt de andere lidstaten van de Europese Unie en de NAVO om uit solidariteit ook Russische diplomaten uit te zetten"],
   "2021-04-19", "2021-04-19", ["CZE", "EU", "NATO"], "call on allies, today")
ev(a, O, "talks", "occurred",
   ["Hamáček zei vandaag dat Tsjechië de zaak aankaart bij zijn bondgenoten"],
   "2021-04-19", "2021-04-19", ["CZE", "EU", "NATO"], "raising the matter with allies: vague")
ev(a, R, "talks", "occurred",
   ["De ministers van Buitenlandse Zaken van de EU bespraken de kwestie vandaag in een videovergadering"],
   "2021-04-19", "2021-04-19", ["EU", "CZE"], "EU foreign ministers' video meeting today")
ev(a, O, ["proposal", "condemnation"], "occurred",
   ["De Amerikaanse regering liet afgelopen weekend al weten dat zij achter Praag staat"],
   ["2021-04-17", "2021-04-18"], None, ["USA", "CZE"], "statement of support (optional, like welcomes); 'afgelopen weekend' = Sat-Sun before a Monday paper")
ev(a, O, ["sanction", "demand"], "planned",
   ["in Praag gaan stemmen op om die terug te brengen tot hetzelfde aantal medewerkers als de Tsjechische vertegenwoordiging in Moskou"],
   None, None, ["CZE", "RUS"], "calls by unnamed voices to cut the embassy: not a decision")
ev(a, R, "sanction", "occurred",
   ["Praag stuurde toen twee Russische diplomaten naar huis na een affaire rond een verzonnen gifcomplot"],
   ["2020-06-01", "2020-06-30"], "2020-06-05", ["CZE", "RUS"], "'vorig jaar juni'")
ev(a, R, "sanction", "occurred",
   ["Moskou antwoordde met de uitzetting van twee Tsjechen"],
   ["2020-06-01", "2020-06-30"], "2020-06-08", ["RUS", "CZE"], "Russia's response in June 2020")
ev(a, R, "sanction", "occurred",
   ["Tsjechië zette na die aanslag, in maart 2018, zelf drie Russische diplomaten uit, net als tientallen andere westerse landen"],
   ["2018-03-01", "2018-03-31"], "2018-03-26", ["CZE", "RUS"], "Skripal expulsions by Czechia")
ev(a, O, "sanction", "occurred",
   ["Vorig jaar juni zetten de twee landen ook al over en weer diplomaten uit"],
   ["2020-06-01", "2020-06-30"], None, ["CZE", "RUS"], "summary sentence of the two June 2020 expulsions; either line may be matched")
ev(a, N, "sanction", "negated",
   ["Meerdere politici vinden dat het Russische staatsbedrijf Rosatom niet langer mag meedingen",
    "De regering heeft daarover nog geen besluit genomen"],
   None, None, ["CZE", "RUS"], "exclusion of Rosatom not decided")
# ---------------------------------------------------------------- 03 Quality-paper analysis: Serbia and Kosovo at the White House, 2020-09-07 (Mon)
a = "d14_03_analyse_servie_kosovo_washington"
SK = ["SRB", "XKX", "USA"]
ev(a, R, "agreement", "occurred",
   ["Het zegt veel over de afspraken die Servië en Kosovo vrijdag in het Witte Huis maakten",
    "Vučić en de Kosovaarse premier Avdullah Hoti zetten vrijdag hun handtekening onder afspraken over economische normalisering",
    "elk van de twee ondertekende een eigen tekst, met Trump als getuige",
    "Daarin staat onder meer dat de twee landen samenwerken aan een snelweg en een spoorlijn tussen Belgrado en Pristina",
    "Politiek gevoeliger is een afspraak voor één jaar",
    "Servië stopt zolang met zijn campagne om landen hun erkenning van Kosovo te laten intrekken"],
   "2020-09-04", "2020-09-04", SK, "economic normalisation commitments signed separately on Friday; the one-year moratorium is part of them")
ev(a, R, ["agreement", "proposal"], "occurred",
   ["terwijl Donald Trump aankondigt dat Servië zijn ambassade naar Jeruzalem verhuist",
    "Belgrado belooft daarnaast zijn ambassade in Israël voor juli volgend jaar van Tel Aviv naar Jeruzalem te verplaatsen"],
   "2020-09-04", "2020-09-04", ["SRB", "USA", "ISR"], "embassy pledge, made on Friday (dated by the pledge, not by 'juli volgend jaar')")
ev(a, R, ["agreement", "proposal"], "occurred",
   ["Kosovo en Israël gaan elkaar erkennen"],
   "2020-09-04", "2020-09-04", ["XKX", "ISR"], "mutual recognition agreed on Friday (announced by Trump)")
ev(a, O, "proposal", "occurred",
   ["en ook Pristina wil een ambassade in Jeruzalem openen"],
   "2020-09-04", "2020-09-04", ["XKX", "ISR"])
ev(a, O, "proposal", "occurred",
   ["De Israëlische premier Benjamin Netanyahu bedankte beide landen nog dezelfde dag"],
   "2020-09-04", "2020-09-04", ["ISR", "SRB", "XKX"], "thanks/welcome: optional")
ev(a, R, "talks", "occurred",
   ["De besprekingen begonnen donderdag en werden geleid door Richard Grenell, Trumps speciale gezant voor de dialoog tussen Servië en Kosovo"],
   ["2020-09-03", "2020-09-04"], "2020-09-03", SK, "two days of talks from Thursday")
ev(a, N, ["summit", "talks"], "negated",
   ["Een top in Washington die eind juni gepland stond, ging niet door",
    "Thaçi zag daarop af van de reis"],
   None, None, SK, "cancelled June summit")
ev(a, N, "agreement", "negated",
   ["ook nu is er geen begin van een akkoord over wederzijdse erkenning",
    "Over de kern van het conflict werd in Washington niet gesproken"],
   None, None, ["SRB", "XKX"], "no agreement on recognition")
ev(a, O, "talks", "occurred",
   ["Die kwestie ligt bij de Europese Unie, die sinds 2011 bemiddelt tussen de twee"],
   None, None, ["EU", "SRB", "XKX"], "standing EU mediation since 2011, background")
ev(a, R, "agreement", "occurred",
   ["Onder Europese regie sloten Belgrado en Pristina in 2013 het Akkoord van Brussel"],
   ["2013-01-01", "2013-12-31"], "2013-04-19", ["SRB", "XKX", "EU"], "Brussels Agreement")
ev(a, R, "agreement", "occurred",
   ["Half augustus kondigde Trump al aan dat Israël en de Verenigde Arabische Emiraten hun betrekkingen normaliseren"],
   ["2020-08-11", "2020-08-20"], "2020-08-13", ["ISR", "ARE", "USA"], "'half augustus' = 11-20")
ev(a, R, "talks", "planned",
   ["Vandaag zitten Vučić en Hoti in Brussel aan tafel bij de EU-buitenlandchef Josep Borrell en de Europese gezant Miroslav Lajčák, voor een nieuwe ronde van die dialoog"],
   "2020-09-07", "2020-09-07", ["SRB", "XKX", "EU"], "morning paper: 'vandaag' in the present tense = planned")
ev(a, O, "condemnation", "occurred",
   ["Een verhuizing van ambassades naar Jeruzalem staat haaks op het Europese beleid"],
   None, None, ["EU", "SRB"], "standing policy, no statement reported")
ev(a, R, "condemnation", "occurred",
   ["De Palestijnse leiding reageerde boos op de Servische belofte over de ambassade en zei dat die het vredesproces schaadt"],
   ["2020-09-04", "2020-09-07"], None, ["PSE", "SRB"], "undated reaction: window from the pledge to publication")
# ---------------------------------------------------------------- 04 Radio bulletin: Juba peace agreement for Sudan, 2020-10-03 (Sat)
a = "d14_04_radiojournaal_juba_soedan"
ev(a, R, "agreement", "occurred",
   ["vredesakkoord voor Soedan getekend",
    "In de Zuid-Soedanese hoofdstad Juba is vandaag een vredesakkoord getekend tussen de Soedanese overgangsregering en een verbond van gewapende groepen",
    "vandaag volgde de officiële ondertekening",
    "Volgens het akkoord krijgen de rebellen zetels in de overgangsorganen en worden hun strijders in de komende jaren opgenomen in het leger"],
   "2020-10-03", "2020-10-03", ["SDN", "SSD"], "Juba agreement signed today; South Sudan mediated and hosted")
ev(a, O, "talks", "occurred",
   ["Aan het akkoord is ruim een jaar onderhandeld",
    "Zuid-Soedan, dat zelf in 2011 onafhankelijk werd van Soedan, trad op als bemiddelaar"],
   None, None, ["SDN", "SSD"], "negotiations of more than a year: long process, no honest interval")
ev(a, O, "agreement", "occurred",
   ["De partijen hadden de tekst eind augustus al geparafeerd"],
   ["2020-08-21", "2020-08-31"], "2020-08-31", ["SDN"], "initialling: first step of a two-step agreement (model convention)")
ev(a, N, "talks", "negated",
   ["De Soedanese Bevrijdingsbeweging van Abdel Wahid al-Nur weigert te onderhandelen zolang de veiligheid in Darfur niet verbetert"],
   None, None, ["SDN"], "refusal to negotiate")
ev(a, N, "agreement", "negated",
   ["De andere groep, de beweging van Abdelaziz al-Hilu in Zuid-Kordofan, zat wel aan tafel maar tekende niet"],
   None, None, ["SDN"], "did not sign")
ev(a, R, "agreement", "occurred",
   ["Met al-Hilu maakte premier Hamdok begin september in Addis Abeba wel afspraken over de scheiding van godsdienst en staat"],
   ["2020-09-01", "2020-09-10"], "2020-09-03", ["SDN"], "Hamdok-al-Hilu declaration of principles; 'begin september'")
ev(a, O, "talks", "occurred",
   ["Daarover wordt al maanden onderhandeld"],
   None, None, ["USA", "SDN"], "ongoing negotiations on the terror list, undated")
ev(a, O, "sanction", "planned",
   ["Soedan hoopt daarom vooral dat de Verenigde Staten het land eindelijk van hun lijst van staten die terrorisme steunen halen"],
   None, None, ["USA", "SDN"], "hoped-for lifting of a sanction: no decision")
ev(a, R, "talks", "occurred",
   ["Eind augustus kwam de Amerikaanse minister van Buitenlandse Zaken Mike Pompeo daarvoor nog naar Khartoum"],
   ["2020-08-21", "2020-08-31"], "2020-08-25", ["USA", "SDN"], "Pompeo's visit")
ev(a, R, "demand", "occurred",
   ["Hij drong er toen ook op aan dat Soedan betrekkingen aangaat met Israël"],
   ["2020-08-21", "2020-08-31"], "2020-08-25", ["USA", "SDN"], "'toen' = during the visit")
ev(a, N, ["agreement", "proposal"], "negated",
   ["Hamdok hield de boot af: daarvoor heeft een overgangsregering volgens hem geen mandaat"],
   None, None, ["SDN", "ISR"], "refused normalisation with Israel")
# ---------------------------------------------------------------- 05 Timeline: Oruc Reis, Greece and Turkey, 2020-10-02 (Fri)
a = "d14_05_tijdlijn_oruc_reis"
ev(a, R, "warning", "occurred",
   ["De Europese regeringsleiders hebben Turkije vannacht gewaarschuwd dat er sancties volgen als het land doorgaat met boringen en onderzoek in wateren die Griekenland en Cyprus als de hunne beschouwen"],
   ["2020-10-01", "2020-10-02"], "2020-10-01", ["EU", "TUR"], "'vannacht' = the night just passed")
ev(a, R, "proposal", "occurred",
   ["Tegelijk boden ze Ankara een 'positieve agenda' aan, met onder meer betere handelsafspraken"],
   ["2020-10-01", "2020-10-02"], "2020-10-01", ["EU", "TUR"])
ev(a, R, "summit", "planned",
   ["In december kijken de leiders opnieuw naar de situatie"],
   ["2020-12-01", "2020-12-31"], "2020-12-10", ["EU"], "December European Council")
ev(a, O, "summit", "planned",
   ["Als de Oruç Reis opnieuw uitvaart, ligt de kwestie in december weer op tafel bij de Europese leiders"],
   ["2020-12-01", "2020-12-31"], "2020-12-10", ["EU"], "conditional restatement of the December summit")
ev(a, R, "agreement", "occurred",
   ["Turkije sluit met de regering in de Libische hoofdstad Tripoli een akkoord over de zeegrenzen tussen beide landen"],
   ["2019-11-01", "2019-11-30"], "2019-11-27", ["TUR", "LBY"], "timeline entry 'November 2019'")
ev(a, R, "sanction", "occurred",
   ["Athene is woedend en zet in december de Libische ambassadeur het land uit"],
   ["2019-12-01", "2019-12-31"], "2019-12-06", ["GRC", "LBY"], "expulsion of the Libyan ambassador")
ev(a, O, "condemnation", "occurred",
   ["Athene is woedend en zet in december de Libische ambassadeur het land uit"],
   ["2019-11-27", "2019-12-31"], None, ["GRC", "TUR", "LBY"], "anger, no statement reported")
ev(a, R, "agreement", "occurred",
   ["Griekenland en Italië tekenen in Athene een verdrag over de grens tussen hun zeegebieden in de Ionische Zee"],
   "2020-06-09", "2020-06-09", ["GRC", "ITA"], "timeline entry '9 juni'")
ev(a, R, "talks", "occurred",
   ["Na telefoontjes van de Duitse bondskanselier Angela Merkel met president Recep Tayyip Erdoğan en de Griekse premier Kyriakos Mitsotakis"],
   ["2020-07-21", "2020-07-31"], None, ["DEU", "TUR", "GRC"], "Merkel's calls, 'eind juli' entry; two calls in one clause = one line")
ev(a, R, ["proposal", "agreement"], "occurred",
   ["zegt Ankara het onderzoek voorlopig uit te stellen, om ruimte te geven aan overleg"],
   ["2020-07-21", "2020-07-31"], "2020-07-28", ["TUR", "GRC"], "unilateral concession = proposal")
ev(a, R, "agreement", "occurred",
   ["Griekenland en Egypte tekenen in Caïro een verdrag over de grens tussen hun economische zones op zee"],
   "2020-08-06", "2020-08-06", ["GRC", "EGY"], "timeline entry date")
ev(a, R, "condemnation", "occurred",
   ["Turkije noemt het verdrag ongeldig"],
   "2020-08-06", "2020-08-06", ["TUR", "GRC", "EGY"])
ev(a, R, "condemnation", "occurred",
   ["Athene spreekt van een ernstige escalatie"],
   "2020-08-10", "2020-08-10", ["GRC", "TUR"])
ev(a, R, "talks", "occurred",
   ["De ministers van Buitenlandse Zaken van de EU komen in een extra videovergadering bijeen"],
   "2020-08-14", "2020-08-14", ["EU"])
ev(a, O, "proposal", "occurred",
   ["Ze spreken hun solidariteit uit met Griekenland en Cyprus"],
   "2020-08-14", "2020-08-14", ["EU", "GRC", "CYP"], "solidarity statement")
ev(a, R, "demand", "occurred",
   ["roepen Turkije op de spanningen onmiddellijk te verminderen"],
   "2020-08-14", "2020-08-14", ["EU", "TUR"])
ev(a, R, "talks", "occurred",
   ["De Duitse minister van Buitenlandse Zaken Heiko Maas reist op één dag naar Athene en Ankara"],
   "2020-08-25", "2020-08-25", ["DEU", "GRC", "TUR"], "two visits in one clause: one line")
ev(a, R, "warning", "occurred",
   ["Hij waarschuwt beide kanten dat de kleinste vonk tot een ramp kan leiden"],
   "2020-08-25", "2020-08-25", ["DEU", "GRC", "TUR"], "pronoun 'Hij' = Maas")
ev(a, R, "talks", "occurred",
   ["Tijdens een informeel overleg van de Europese buitenlandministers in Berlijn"],
   ["2020-08-27", "2020-08-28"], None, ["EU"], "Gymnich meeting")
ev(a, R, ["warning", "sanction"], "occurred",
   ["zegt EU-buitenlandchef Josep Borrell dat er wordt gewerkt aan een lijst met mogelijke sancties tegen Turkije"],
   ["2020-08-27", "2020-08-28"], "2020-08-28", ["EU", "TUR"], "threat of sanctions: warning (no sanction decided)")
ev(a, R, "summit", "occurred",
   ["Op een top van zeven zuidelijke EU-landen op Corsica"],
   "2020-09-10", "2020-09-10", ["FRA"], "Med7 summit; the other six are not named")
ev(a, R, "condemnation", "occurred",
   ["zegt de Franse president Emmanuel Macron dat Turkije in het gebied geen partner meer is"],
   "2020-09-10", "2020-09-10", ["FRA", "TUR"])
ev(a, R, "talks", "occurred",
   ["Dezelfde dag beginnen Griekse en Turkse militairen op het NAVO-hoofdkwartier in Brussel technische besprekingen om incidenten op zee te voorkomen"],
   "2020-09-10", "2020-09-10", ["GRC", "TUR", "NATO"], "'Dezelfde dag'")
ev(a, O, "proposal", "occurred",
   ["Mitsotakis noemt dat een positieve eerste stap"],
   "2020-09-13", "2020-09-13", ["GRC", "TUR"], "welcome: optional")
ev(a, R, ["talks", "summit"], "occurred",
   ["Na een videogesprek van Erdoğan met Merkel en EU-president Charles Michel"],
   "2020-09-22", "2020-09-22", ["TUR", "DEU", "EU"])
ev(a, R, "agreement", "occurred",
   ["maken Athene en Ankara bekend dat ze hun verkennende gesprekken hervatten"],
   "2020-09-22", "2020-09-22", ["GRC", "TUR"], "agreement to resume exploratory talks")
ev(a, R, "talks", "planned",
   ["De eerste ronde moet in Istanbul plaatsvinden; een datum is er nog niet"],
   None, None, ["GRC", "TUR"], "planned round, no date")
ev(a, R, "agreement", "occurred",
   ["NAVO-chef Jens Stoltenberg maakt bekend dat Griekenland en Turkije het eens zijn geworden over een mechanisme om militaire incidenten en ongelukken op zee te voorkomen"],
   "2020-10-01", "2020-10-01", ["GRC", "TUR", "NATO"], "deconfliction mechanism")
ev(a, R, "summit", "occurred",
   ["'s Avonds begint in Brussel de Europese top, die een week was uitgesteld"],
   ["2020-10-01", "2020-10-02"], "2020-10-01", ["EU"], "European Council 1-2 Oct")
ev(a, R, ["sanction", "agreement"], "occurred",
   ["Cyprus stemt daar in met sancties tegen Belarus"],
   ["2020-10-01", "2020-10-02"], "2020-10-01", ["CYP", "EU", "BLR"], "Belarus sanctions unblocked at the summit")
ev(a, O, ["demand", "sanction"], "occurred",
   ["die het eiland wekenlang had geblokkeerd omdat het eerst harde maatregelen tegen Turkije wilde"],
   None, None, ["CYP", "TUR"], "weeks-long block, undated")
ev(a, O, "warning", "occurred",
   ["Erdoğan heeft al laten weten dat Turkije zijn rechten op zee blijft verdedigen"],
   None, None, ["TUR"], "undated defiance")
# ---------------------------------------------------------------- 06 Regional paper: US-Russia talks in Geneva, 2022-01-11 (Tue)
a = "d14_06_regionaal_geneve_veiligheidsoverleg"
ev(a, R, "talks", "occurred",
   ["Urenlang praten in Genève",
    "Acht uur lang zaten ze gisteren tegenover elkaar in de Amerikaanse vertegenwoordiging in Genève",
    "De Amerikaanse onderminister van Buitenlandse Zaken Wendy Sherman en haar Russische collega Sergej Rjabkov spraken over de spanningen rond Oekraïne",
    "Hij zei dat de gesprekken moeilijk maar zakelijk waren geweest"],
   "2022-01-10", "2022-01-10", ["USA", "RUS"], "Strategic Stability Dialogue, Monday")
ev(a, N, "agreement", "negated",
   ["maar een doorbraak bleef uit"],
   None, None, ["USA", "RUS"], "no breakthrough")
ev(a, R, "talks", "occurred",
   ["Zondagavond hadden de twee al een werkdiner"],
   "2022-01-09", "2022-01-09", ["USA", "RUS"])
ev(a, R, "talks", "planned",
   ["Morgen komt in Brussel de NAVO-Rusland Raad bijeen, voor het eerst sinds 2019",
    "NAVO-secretaris-generaal Jens Stoltenberg verwacht niet dat de problemen morgen in Brussel worden opgelost",
    "Namens Rusland gaat onderminister Aleksandr Groesjko naar Brussel"],
   "2022-01-12", "2022-01-12", ["NATO", "RUS"], "NATO-Russia Council tomorrow")
ev(a, R, "talks", "planned",
   ["donderdag praten Rusland en het Westen verder in Wenen, in de Organisatie voor Veiligheid en Samenwerking in Europa (OVSE)"],
   "2022-01-13", "2022-01-13", ["OSCE", "RUS"], "OSCE Permanent Council; second event in the sentence")
ev(a, R, "proposal", "occurred",
   ["Rusland legde half december twee ontwerpverdragen op tafel, een voor de VS en een voor de NAVO"],
   ["2021-12-11", "2021-12-20"], "2021-12-17", ["RUS", "USA", "NATO"], "draft treaties; 'half december'")
ev(a, R, "demand", "occurred",
   ["Moskou eist daarin onder meer de garantie dat Oekraïne nooit lid wordt van het bondgenootschap"],
   ["2021-12-11", "2021-12-20"], "2021-12-17", ["RUS", "NATO", "USA"], "demands in the drafts, dated by them")
ev(a, R, "demand", "occurred",
   ["Rjabkov herhaalde gisteren na afloop dat Rusland juridisch bindende garanties wil"],
   "2022-01-10", "2022-01-10", ["RUS", "USA"])
ev(a, N, ["agreement", "proposal"], "negated",
   ["Sherman zei dat de VS die voorstellen van de hand hebben gewezen"],
   None, None, ["USA", "RUS"], "proposals rejected")
ev(a, O, "warning", "occurred",
   ["\"We laten niemand de deur van de NAVO dichtdoen\", zei ze"],
   "2022-01-10", "2022-01-10", ["USA", "RUS"], "firm statement, not clearly a threat")
ev(a, R, "proposal", "occurred",
   ["Wel zijn de Amerikanen bereid te onderhandelen over de plaatsing van raketten in Europa en over grenzen aan militaire oefeningen, als Rusland daar iets tegenover stelt"],
   "2022-01-10", "2022-01-10", ["USA", "RUS"], "stated willingness to negotiate")
ev(a, R, "talks", "occurred",
   ["De Amerikaanse president Joe Biden waarschuwde Vladimir Poetin eind december in een telefoongesprek"],
   ["2021-12-21", "2021-12-31"], "2021-12-30", ["USA", "RUS"], "Biden-Putin call, 'eind december'")
ev(a, R, "warning", "occurred",
   ["De Amerikaanse president Joe Biden waarschuwde Vladimir Poetin eind december in een telefoongesprek dat een inval in Oekraïne zware economische gevolgen zal hebben"],
   ["2021-12-21", "2021-12-31"], "2021-12-30", ["USA", "RUS"], "second event in the sentence")
ev(a, R, "warning", "occurred",
   ["Poetin zei in hetzelfde gesprek op zijn beurt dat nieuwe sancties tot een volledige breuk in de betrekkingen kunnen leiden"],
   ["2021-12-21", "2021-12-31"], "2021-12-30", ["RUS", "USA"], "date carried from the call")
ev(a, R, ["summit", "talks"], "occurred",
   ["begin december hadden de twee al een videoverbinding"],
   ["2021-12-01", "2021-12-10"], "2021-12-07", ["USA", "RUS"], "video summit of 7 December")
ev(a, R, "talks", "occurred",
   ["De NAVO-landen bereidden zich vrijdag voor op de gesprekken",
    "Hun ministers van Buitenlandse Zaken overlegden in een extra videovergadering"],
   "2022-01-07", "2022-01-07", ["NATO"], "extraordinary NATO foreign ministers' video meeting, Friday")
ev(a, R, "warning", "occurred",
   ["Stoltenberg waarschuwde Moskou daarna dat een nieuwe aanval op Oekraïne Rusland duur zal komen te staan"],
   "2022-01-07", "2022-01-07", ["NATO", "RUS"], "'daarna' = after Friday's meeting")
ev(a, R, "talks", "occurred",
   ["EU-buitenlandchef Josep Borrell bezocht vorige week het front in Oost-Oekraïne"],
   ["2022-01-03", "2022-01-09"], "2022-01-05", ["EU", "UKR"], "'vorige week' = the ISO week before publication")
ev(a, R, "demand", "occurred",
   ["en zei dat Europa bij de gesprekken moet worden betrokken"],
   ["2022-01-03", "2022-01-09"], "2022-01-05", ["EU"], "demand without a named addressee")
ev(a, O, "proposal", "occurred",
   ["De Amerikanen beloven dat er geen besluiten over Europa worden genomen zonder de Europeanen"],
   None, None, ["USA", "EU"], "undated assurance")
ev(a, R, "talks", "occurred",
   ["Biden belde op 2 januari ook met de Oekraïense president Volodymyr Zelensky"],
   "2022-01-02", "2022-01-02", ["USA", "UKR"])
ev(a, O, "proposal", "occurred",
   ["Hij verzekerde hem dat er niets over Oekraïne wordt besloten zonder Oekraïne zelf"],
   "2022-01-02", "2022-01-02", ["USA", "UKR"], "assurance")
ev(a, N, "agreement", "negated",
   ["\"Als het deze week goed gaat, hebben ze afgesproken om verder te praten"],
   None, None, ["USA", "RUS", "NATO"], "hypothetical agreement")
# ---------------------------------------------------------------- 07 Interview (Q&A): China-Solomon Islands security pact, 2022-04-27 (Wed)
a = "d14_07_interview_salomonseilanden_china"
ev(a, R, "agreement", "occurred",
   ["China maakte vorige week dinsdag bekend dat de ministers van Buitenlandse Zaken van beide landen een veiligheidsverdrag hebben ondertekend",
    "een paar dagen later was het verdrag al een feit"],
   "2022-04-19", "2022-04-19", ["CHN", "SLB"], "dated by the announcement ('vorige week dinsdag'), the only date the text gives")
ev(a, R, "talks", "occurred",
   ["Halverwege april vloog de Australische minister voor de Stille Oceaan, Zed Seselja, naar de hoofdstad Honiara"],
   ["2022-04-11", "2022-04-20"], "2022-04-13", ["AUS", "SLB"], "'halverwege april' = 11-20")
ev(a, R, "demand", "occurred",
   ["Hij vroeg premier Manasseh Sogavare om het verdrag niet te tekenen, of het in elk geval eerst met de landen in de regio te bespreken"],
   ["2022-04-11", "2022-04-20"], "2022-04-13", ["AUS", "SLB"], "date carried from the visit")
ev(a, O, "condemnation", "occurred",
   ["De Labor-oppositie spreekt van een enorme blunder van de regering"],
   None, None, ["AUS"], "domestic criticism")
ev(a, R, "talks", "occurred",
   ["Vrijdag was er een Amerikaanse delegatie in Honiara, onder leiding van Kurt Campbell, de Azië-coördinator van het Witte Huis",
    "Ze spraken met Sogavare"],
   "2022-04-22", "2022-04-22", ["USA", "SLB"])
ev(a, R, "warning", "occurred",
   ["Het Witte Huis meldde daarna dat de Verenigde Staten 'dienovereenkomstig zullen reageren' als er een permanente Chinese militaire aanwezigheid komt",
    "Dat is diplomatieke taal voor een duidelijke waarschuwing"],
   ["2022-04-22", "2022-04-27"], "2022-04-22", ["USA", "SLB", "CHN"], "'daarna': window from the visit to publication")
ev(a, O, "proposal", "planned",
   ["De Amerikanen herhaalden ook dat ze een ambassade in Honiara gaan openen",
    "Dat hadden ze in februari al aangekondigd"],
   ["2022-02-01", "2022-02-28"], "2022-02-12", ["USA", "SLB"], "embassy announcement (February), repeated: optional")
ev(a, O, "proposal", "occurred",
   ["Dat heeft hij de Amerikanen volgens het Witte Huis ook verzekerd"],
   "2022-04-22", "2022-04-22", ["SLB", "USA"], "assurance that no base will come")
ev(a, R, "condemnation", "occurred",
   ["Tegelijk vindt hij de kritiek beledigend",
    "Hij heeft in het parlement gezegd dat de buren de Salomonseilanden behandelen alsof ze hun eigen zaken niet kunnen regelen"],
   None, None, ["SLB", "AUS"], "no date in the text")
ev(a, R, "warning", "occurred",
   ["De Australische premier Scott Morrison sprak zondag van een rode lijn",
    "Hij zei dat een Chinese marinebasis op de Salomonseilanden een rode lijn is, voor Australië en voor de Verenigde Staten"],
   "2022-04-24", "2022-04-24", ["AUS", "CHN"], "'zondag' before a Wednesday paper")
ev(a, R, "condemnation", "occurred",
   ["Het ministerie van Buitenlandse Zaken verwijt Canberra en Washington dat ze de zaak opblazen en de eilanden de les lezen"],
   ["2022-04-19", "2022-04-27"], None, ["CHN", "AUS", "USA"], "undated: window from the announcement to publication")
ev(a, O, "proposal", "occurred",
   ["China zegt dat het verdrag niet tegen derde landen is gericht"],
   ["2022-04-19", "2022-04-27"], None, ["CHN"], "assurance")
ev(a, O, "agreement", "occurred",
   ["Australië heeft met de Salomonseilanden sinds 2017 zelf een veiligheidsverdrag"],
   ["2017-01-01", "2017-12-31"], None, ["AUS", "SLB"], "background treaty")
ev(a, O, "delivery", "occurred",
   ["In november vorig jaar stuurde het nog politie naar Honiara toen daar rellen uitbraken"],
   ["2021-11-01", "2021-11-30"], "2021-11-25", ["AUS", "SLB"], "police deployment: deployment rather than delivery, optional")
ev(a, R, "sanction", "occurred",
   ["toen de Salomonseilanden de diplomatieke banden met Taiwan verbraken en China erkenden"],
   ["2019-01-01", "2019-12-31"], "2019-09-16", ["SLB", "TWN"], "breaking ties with Taiwan = reduce relations")
ev(a, O, ["agreement", "proposal"], "occurred",
   ["toen de Salomonseilanden de diplomatieke banden met Taiwan verbraken en China erkenden"],
   ["2019-01-01", "2019-12-31"], "2019-09-21", ["SLB", "CHN"], "recognition of China: second event in the clause")
ev(a, O, "delivery", "planned",
   ["Het kan meer geld en aandacht geven aan de eilanden, en dat gaat ook gebeuren, wie de verkiezingen ook wint"],
   None, None, ["AUS"], "vague future aid")
ev(a, N, "sanction", "negated",
   ["Maar een verdrag dat getekend is, krijg je niet meer ongedaan"],
   None, None, ["AUS", "SLB"], "no way to undo: generic")
# ---------------------------------------------------------------- 08 Answers to parliamentary questions: EU sanctions on Belarus, 2020-10 (month-only header)
a = "d14_08_kamervragen_belarus_sancties"
ev(a, R, "talks", "occurred",
   ["Op de Raad Buitenlandse Zaken van 21 september jl. kon geen overeenstemming worden bereikt over de sancties"],
   "2020-09-21", "2020-09-21", ["EU"], "Foreign Affairs Council")
ev(a, R, "delivery", "planned",
   ["De Europese Commissie heeft op 19 augustus aangekondigd 53 miljoen euro vrij te maken voor de bevolking van Belarus"],
   "2020-08-19", "2020-08-19", ["EU", "BLR"], "aid pledge")
ev(a, N, "agreement", "negated",
   ["Op de Raad Buitenlandse Zaken van 21 september jl. kon geen overeenstemming worden bereikt over de sancties"],
   None, None, ["EU"], "no agreement on 21 September")
ev(a, R, "demand", "occurred",
   ["omdat Cyprus zijn instemming afhankelijk maakte van Europese maatregelen tegen Turkije"],
   "2020-09-21", "2020-09-21", ["CYP", "EU", "TUR"], "Cyprus's condition; date carried")
ev(a, R, ["summit", "talks"], "occurred",
   ["Tijdens de Europese Raad van 1 en 2 oktober hebben de regeringsleiders overeenstemming bereikt"],
   ["2020-10-01", "2020-10-02"], "2020-10-01", ["EU"], "European Council")
ev(a, R, "agreement", "occurred",
   ["Tijdens de Europese Raad van 1 en 2 oktober hebben de regeringsleiders overeenstemming bereikt",
    "Inmiddels is deze blokkade opgeheven"],
   ["2020-10-01", "2020-10-02"], "2020-10-01", ["EU", "CYP"], "agreement at the summit; second event in the sentence")
ev(a, R, "sanction", "occurred",
   ["waarna de Raad op 2 oktober beperkende maatregelen heeft aangenomen tegen veertig personen",
    "Voor hen gelden een inreisverbod en het bevriezen van tegoeden"],
   "2020-10-02", "2020-10-02", ["EU", "BLR"], "first sanctions package: one event")
ev(a, R, "talks", "planned",
   ["Tijdens de Raad Buitenlandse Zaken van 12 oktober zal Nederland steun uitspreken voor een tweede pakket"],
   "2020-10-12", "2020-10-12", ["EU", "NLD"], "next Foreign Affairs Council")
ev(a, R, "proposal", "planned",
   ["Tijdens de Raad Buitenlandse Zaken van 12 oktober zal Nederland steun uitspreken voor een tweede pakket"],
   "2020-10-12", "2020-10-12", ["NLD", "EU", "BLR"], "support for a second package: second event in the sentence")
ev(a, O, "warning", "occurred",
   ["Het kabinet heeft er steeds op gewezen dat verdere maatregelen, ook tegen de heer Loekasjenko zelf, niet mogen worden uitgesloten"],
   None, None, ["NLD", "BLR"], "standing position")
ev(a, R, "sanction", "occurred",
   ["het Verenigd Koninkrijk en Canada op 29 september wel sancties hebben ingesteld tegen de heer Loekasjenko"],
   "2020-09-29", "2020-09-29", ["GBR", "CAN", "BLR"], "joint UK-Canada listing: one clause, one line")
ev(a, R, "sanction", "occurred",
   ["en dat Estland, Letland en Litouwen dat eind augustus al deden"],
   ["2020-08-21", "2020-08-31"], "2020-08-31", ["EST", "LVA", "LTU", "BLR"], "Baltic sanctions; second event in the sentence")
ev(a, R, ["summit", "talks"], "occurred",
   ["De regeringsleiders hebben op 19 augustus in een videoconferentie vastgesteld dat de verkiezingen van 9 augustus vrij noch eerlijk waren"],
   "2020-08-19", "2020-08-19", ["EU"], "EU leaders' video summit")
ev(a, R, "condemnation", "occurred",
   ["De regeringsleiders hebben op 19 augustus in een videoconferentie vastgesteld dat de verkiezingen van 9 augustus vrij noch eerlijk waren",
    "de EU erkent de uitslag niet"],
   "2020-08-19", "2020-08-19", ["EU", "BLR"])
ev(a, R, "condemnation", "occurred",
   ["heeft de Hoge Vertegenwoordiger een dag later namens de EU verklaard dat deze inhuldiging iedere democratische legitimiteit mist"],
   "2020-09-24", "2020-09-24", ["EU", "BLR"], "'een dag later' after 23 September")
ev(a, R, "talks", "occurred",
   ["Ik heb op 21 september in Brussel met mijn Europese collega's gesproken met oppositieleider Svetlana Tichanovskaja"],
   "2020-09-21", "2020-09-21", ["NLD", "EU", "BLR"], "meeting with the opposition leader")
ev(a, O, ["demand", "proposal"], "occurred",
   ["Het kabinet steunt haar oproep tot nieuwe, vrije verkiezingen en de vrijlating van alle politieke gevangenen"],
   ["2020-10-01", "2020-10-31"], None, ["NLD", "BLR"], "support for the opposition's call")
ev(a, R, "demand", "occurred",
   ["Nederland heeft Belarus bovendien opgeroepen om in gesprek te gaan met de Coördinatieraad van de oppositie"],
   ["2020-08-09", "2020-10-31"], None, ["NLD", "BLR"], "undated: window from the election to the end of the header month")
ev(a, R, "sanction", "occurred",
   ["Minsk heeft op 2 oktober tegenmaatregelen aangekondigd"],
   "2020-10-02", "2020-10-02", ["BLR", "EU"])
ev(a, R, ["sanction", "demand"], "occurred",
   ["Ook heeft Belarus zijn ambassadeurs uit Polen en Litouwen teruggeroepen en die landen gevraagd hun diplomatieke aanwezigheid in Minsk te verkleinen"],
   "2020-10-02", "2020-10-02", ["BLR", "POL", "LTU"], "recall plus demand in one clause; date carried ('Ook')")
ev(a, R, "sanction", "occurred",
   ["Uit solidariteit hebben meerdere lidstaten hun ambassadeur in Minsk voor consultaties teruggeroepen"],
   ["2020-10-02", "2020-10-31"], None, ["BLR"], "unnamed member states; window from Minsk's measures to the end of the header month")
ev(a, R, "condemnation", "occurred",
   ["Het kabinet betreurt de Belarussische maatregelen en roept de autoriteiten op het geweld te beëindigen"],
   ["2020-10-01", "2020-10-31"], None, ["NLD", "BLR"], "present tense in the answers: the header month")
ev(a, R, "demand", "occurred",
   ["Het kabinet betreurt de Belarussische maatregelen en roept de autoriteiten op het geweld te beëindigen"],
   ["2020-10-01", "2020-10-31"], None, ["NLD", "BLR"], "second event in the sentence")
ev(a, O, "proposal", "occurred",
   ["Nederland steunt de inzet van het OVSE-voorzitterschap om een dialoog tussen de autoriteiten en de samenleving op gang te brengen"],
   None, None, ["OSCE", "BLR", "NLD"], "OSCE chair's offer of dialogue, undated")
ev(a, N, ["agreement", "talks"], "negated",
   ["Het aanbod daartoe is door Minsk tot nu toe niet aanvaard"],
   None, None, ["BLR", "OSCE"], "offer not accepted")
# ---------------------------------------------------------------- 09 Weekly column: US recognition of Jerusalem and the UN vote, 2017-12-23 (Sat)
a = "d14_09_column_jeruzalem_vn_stemming"
ev(a, R, "warning", "occurred",
   ["Toch is dat wat de Amerikaanse VN-ambassadeur Nikki Haley deze week deed",
    "In een brief aan tientallen collega's liet ze weten dat ze precies zou bijhouden wie tegen de Verenigde Staten stemde"],
   ["2017-12-18", "2017-12-23"], "2017-12-19", ["USA", "UN"], "'deze week' in the past tense = Monday to publication")
ev(a, R, "warning", "occurred",
   ["Haar baas deed er woensdag nog een schep bovenop",
    "President Donald Trump dreigde landen die tegen Amerika stemmen de financiële hulp af te nemen"],
   "2017-12-20", "2017-12-20", ["USA", "UN"], "Trump's aid threat on Wednesday")
ev(a, R, ["condemnation", "agreement", "talks"], "occurred",
   ["Donderdag stemde de Algemene Vergadering van de Verenigde Naties in een spoedzitting met 128 stemmen voor een resolutie die de Amerikaanse erkenning van Jeruzalem als hoofdstad van Israël van tafel veegt",
    "Negen landen stemden tegen, 35 onthielden zich",
    "Ook Nederland en België stemden voor",
    "al stemden niet alle lidstaten donderdag mee"],
   "2017-12-21", "2017-12-21", ["UN", "USA"], "General Assembly resolution in an emergency session")
ev(a, R, "warning", "occurred",
   ["Haley zei na afloop dat Amerika deze dag zal onthouden en dat de ambassade er hoe dan ook komt"],
   "2017-12-21", "2017-12-21", ["USA", "UN"])
ev(a, O, ["agreement", "proposal"], "occurred",
   ["Op woensdag 6 december verklaarde Trump in een toespraak in het Witte Huis dat de VS Jeruzalem erkennen als hoofdstad van Israël"],
   "2017-12-06", "2017-12-06", ["USA", "ISR"], "unilateral recognition: no clean type, optional")
ev(a, O, "proposal", "planned",
   ["Hij gaf opdracht de verhuizing van de ambassade uit Tel Aviv voor te bereiden"],
   "2017-12-06", "2017-12-06", ["USA", "ISR"])
ev(a, O, "proposal", "occurred",
   ["De Israëlische premier Benjamin Netanyahu sprak van een historische dag"],
   "2017-12-06", "2017-12-06", ["ISR", "USA"], "welcome")
ev(a, R, "condemnation", "occurred",
   ["De Palestijnse president Mahmoud Abbas zei dat de Verenigde Staten zich daarmee hadden gediskwalificeerd als bemiddelaar in het vredesproces"],
   ["2017-12-06", "2017-12-23"], "2017-12-06", ["PSE", "USA"], "undated reaction: window from the recognition to publication")
ev(a, R, "summit", "occurred",
   ["De Turkse president Recep Tayyip Erdoğan riep de Organisatie voor Islamitische Samenwerking op 13 december bijeen in Istanbul"],
   "2017-12-13", "2017-12-13", ["TUR", "OIC"], "OIC extraordinary summit")
ev(a, R, "demand", "occurred",
   ["De leiders verklaarden daar Oost-Jeruzalem tot hoofdstad van een Palestijnse staat en vroegen de rest van de wereld dat ook te erkennen"],
   "2017-12-13", "2017-12-13", ["OIC"], "'daar' = at the summit")
ev(a, R, ["proposal", "condemnation", "talks"], "occurred",
   ["Maandag kwam het in de Veiligheidsraad tot een stemming over een Egyptische resolutie",
    "Veertien van de vijftien leden stemden voor"],
   "2017-12-18", "2017-12-18", ["UN", "EGY", "USA"], "Security Council vote on Egypt's draft")
ev(a, O, ["condemnation", "sanction"], "occurred",
   ["Haley sprak haar veto uit, het eerste Amerikaanse veto in jaren"],
   "2017-12-18", "2017-12-18", ["USA", "UN"], "veto: blocking act, no clean type")
ev(a, R, "talks", "occurred",
   ["Toen Netanyahu eerder deze maand in Brussel bij de Europese ministers van Buitenlandse Zaken aanschoof"],
   ["2017-12-01", "2017-12-22"], "2017-12-11", ["ISR", "EU"], "'eerder deze maand'")
ev(a, O, ["condemnation", "demand"], "occurred",
   ["kreeg hij van EU-buitenlandchef Federica Mogherini te horen dat hij niet hoeft te rekenen op Europese ambassades in Jeruzalem"],
   ["2017-12-01", "2017-12-22"], "2017-12-11", ["EU", "ISR"], "rebuff at the meeting")
ev(a, N, ["talks", "summit"], "negated",
   ["Vicepresident Mike Pence zou deze maand naar het Midden-Oosten reizen, maar heeft zijn reis uitgesteld tot begin volgend jaar"],
   None, None, ["USA"], "postponed trip")
ev(a, O, "talks", "planned",
   ["heeft zijn reis uitgesteld tot begin volgend jaar"],
   ["2018-01-01", "2018-03-31"], "2018-01-20", ["USA"], "trip moved to 'begin volgend jaar' = first quarter; destination only 'het Midden-Oosten'")
ev(a, N, "talks", "negated",
   ["Abbas had al laten weten dat hij Pence niet wilde ontvangen"],
   None, None, ["PSE", "USA"], "refused meeting")
ev(a, N, "proposal", "negated",
   ["Stel dat Nederland zijn ambassade morgen naar Jeruzalem zou verhuizen"],
   None, None, ["NLD", "ISR"], "hypothetical")
# ---------------------------------------------------------------- 10 Flemish news site: Al-Ula declaration, 2021-01-05 (Tue)
a = "d14_10_vlaams_al_ula_qatar"
GULF = ["GCC", "SAU", "QAT"]
ev(a, R, ["summit", "talks"], "occurred",
   ["Het beeld vat samen wat er op de top van de Golfstaten is gebeurd",
    "De kroonprins zat de top voor in plaats van zijn vader, koning Salman",
    "Vandaag was hij zelf in Al-Ula aanwezig"],
   "2021-01-05", "2021-01-05", GULF, "GCC summit in Al-Ula")
ev(a, R, ["talks", "summit"], "occurred",
   ["De Saudische kroonprins Mohammed bin Salman heeft de emir van Qatar, sjeik Tamim bin Hamad Al Thani, vandaag met een stevige knuffel ontvangen op de luchthaven van Al-Ula"],
   "2021-01-05", "2021-01-05", ["SAU", "QAT"], "reception of the emir")
ev(a, R, "agreement", "occurred",
   ["De zes leden van de Samenwerkingsraad van de Golf ondertekenden op de top in de oude woestijnstad een slotverklaring over \"solidariteit en stabiliteit\"",
    "Ook Egypte, dat geen lid is van de raad maar de boycot wel mee organiseerde, zette zijn handtekening",
    "Van die eisen is in de verklaring van vandaag niets terug te vinden"],
   "2021-01-05", "2021-01-05", ["GCC", "SAU", "QAT", "EGY"], "Al-Ula declaration")
ev(a, O, ["sanction", "agreement"], "occurred",
   ["boycot tegen Qatar na drieënhalf jaar voorbij",
    "na drieënhalf jaar is de boycot van Qatar door zijn buurlanden voorbij"],
   "2021-01-05", "2021-01-05", ["SAU", "QAT"], "end of the boycott: result of the agreement")
ev(a, R, ["agreement", "proposal"], "occurred",
   ["De doorbraak kwam er nochtans al gisteravond",
    "Toen maakte de Koeweitse minister van Buitenlandse Zaken, sjeik Ahmad Nasser al-Sabah, op de staatstelevisie bekend dat Saudi-Arabië zijn luchtruim en zijn land- en zeegrens met Qatar opnieuw openstelt"],
   "2021-01-04", "2021-01-04", ["KWT", "SAU", "QAT"], "reopening announced on Monday evening")
ev(a, O, "talks", "occurred",
   ["Koeweit bemiddelde de voorbije jaren onophoudelijk tussen de ruziënde buren"],
   None, None, ["KWT", "SAU", "QAT"], "years of mediation")
ev(a, R, "demand", "occurred",
   ["Ook de Verenigde Staten hebben de voorbije weken stevig aangedrongen op een akkoord"],
   ["2020-12-08", "2021-01-05"], None, ["USA", "SAU", "QAT"], "'de voorbije weken' = 28 days before publication")
ev(a, R, "talks", "occurred",
   ["Jared Kushner, de schoonzoon en adviseur van president Donald Trump, trok begin december nog naar Riyad en Doha"],
   ["2020-12-01", "2020-12-10"], "2020-12-02", ["USA", "SAU", "QAT"], "two visits in one clause: one line")
ev(a, R, "sanction", "occurred",
   ["Saudi-Arabië, de Verenigde Arabische Emiraten, Bahrein en Egypte verbraken in juni 2017 alle banden met Qatar"],
   ["2017-06-01", "2017-06-30"], "2017-06-05", ["SAU", "ARE", "BHR", "EGY", "QAT"])
ev(a, R, "condemnation", "occurred",
   ["Ze beschuldigden het emiraat ervan terrorisme te steunen en te nauwe banden te hebben met Iran"],
   ["2017-06-01", "2017-06-30"], "2017-06-05", ["SAU", "ARE", "BHR", "EGY", "QAT"])
ev(a, R, "demand", "occurred",
   ["Kort daarna stelden ze een lijst met dertien eisen op, waaronder de sluiting van de nieuwszender Al Jazeera en van een Turkse militaire basis"],
   ["2017-06-05", "2017-06-30"], "2017-06-22", ["SAU", "ARE", "BHR", "EGY", "QAT"], "'kort daarna'")
ev(a, N, ["agreement", "proposal"], "negated",
   ["Qatar weigerde daar ooit op in te gaan en ontkende alle beschuldigingen"],
   None, None, ["QAT"], "refusal")
ev(a, N, ["agreement", "talks"], "negated",
   ["De Verenigde Arabische Emiraten en Bahrein hebben hun grenzen nog niet heropend, en de diplomatieke banden zijn nog niet hersteld",
    "Ambassadeurs keren niet meteen terug"],
   None, None, ["ARE", "BHR", "QAT"], "not yet restored")
ev(a, R, ["agreement", "proposal"], "occurred",
   ["De Saudische minister van Buitenlandse Zaken, prins Faisal bin Farhan, zei na de top dat alle landen hun banden met Qatar volledig herstellen"],
   "2021-01-05", "2021-01-05", ["SAU", "QAT"], "restoration of ties announced")
# ---------------------------------------------------------------- 11 Public broadcaster: Russia cuts gas to Finland, 2022-05-21 (Sat)
a = "d14_11_omroep_finland_gas"
ev(a, R, ["sanction", "delivery"], "occurred",
   ["Rusland draait Finland de gaskraan dicht",
    "Rusland heeft vanochtend de levering van aardgas aan Finland stopgezet",
    "Het Russische staatsbedrijf Gazprom bevestigde dat het de toevoer heeft afgesloten, omdat Finland weigert in roebels te betalen"],
   "2022-05-21", "2022-05-21", ["RUS", "FIN"], "gas cut-off: coercive measure; a negated delivery would also describe it")
ev(a, O, "warning", "occurred",
   ["Het Finse energiebedrijf Gasum had gisteren al gewaarschuwd dat de gaskraan vandaag om zeven uur 's ochtends dicht zou gaan"],
   "2022-05-20", "2022-05-20", ["FIN"], "a company's notice, not a diplomatic warning")
ev(a, R, ["sanction", "delivery"], "occurred",
   ["Vorige week zaterdag stopte een Russische leverancier al met de export van stroom naar Finland"],
   "2022-05-14", "2022-05-14", ["RUS", "FIN"], "electricity cut")
ev(a, R, "demand", "occurred",
   ["Moskou eiste eerder dit voorjaar dat bedrijven uit 'onvriendelijke' landen, waaronder alle EU-lidstaten, voortaan in roebels betalen"],
   ["2022-03-01", "2022-05-20"], "2022-03-31", ["RUS", "EU"], "'eerder dit voorjaar'")
ev(a, N, ["agreement", "delivery"], "negated",
   ["Finland en de Europese Commissie wijzen dat af"],
   None, None, ["FIN", "EU", "RUS"], "refusal to pay in roubles")
ev(a, O, "sanction", "occurred",
   ["volgens hen gaat het in tegen de sancties die de EU na de inval in Oekraïne heeft ingesteld"],
   ["2022-02-24", "2022-05-21"], None, ["EU", "RUS"], "EU sanctions in passing")
ev(a, R, ["sanction", "delivery"], "occurred",
   ["Eind april draaide Rusland om dezelfde reden de gaskraan naar Polen en Bulgarije al dicht"],
   ["2022-04-21", "2022-04-30"], "2022-04-27", ["RUS", "POL", "BGR"])
ev(a, R, ["proposal", "demand"], "occurred",
   ["Woensdag dienden Finland en Zweden in Brussel hun aanvraag in om lid te worden van de NAVO",
    "De ambassadeurs van de twee landen overhandigden de brieven aan NAVO-chef Jens Stoltenberg"],
   "2022-05-18", "2022-05-18", ["FIN", "SWE", "NATO"], "membership applications")
ev(a, R, "talks", "occurred",
   ["De Finse president Sauli Niinistö belde vorige week zaterdag nog met de Russische president Vladimir Poetin",
    "Het gesprek was volgens Niinistö rustig en rechtstreeks"],
   "2022-05-14", "2022-05-14", ["FIN", "RUS"])
ev(a, R, ["warning", "condemnation"], "occurred",
   ["Volgens het Kremlin zei Poetin dat het een vergissing zou zijn, omdat Finland volgens hem door niemand wordt bedreigd"],
   "2022-05-14", "2022-05-14", ["RUS", "FIN"], "in the call")
ev(a, R, "warning", "occurred",
   ["Het Russische ministerie van Buitenlandse Zaken had eerder gedreigd met 'militair-technische' maatregelen als Finland bij de NAVO zou gaan"],
   None, None, ["RUS", "FIN"], "'eerder': no date")
ev(a, R, "condemnation", "occurred",
   ["president Recep Tayyip Erdoğan beschuldigt beide landen ervan Koerdische groepen te steunen die Ankara als terroristisch beschouwt"],
   None, None, ["TUR", "FIN", "SWE"], "present tense, no date")
ev(a, R, "demand", "occurred",
   ["Hij eist dat ze daartegen optreden"],
   None, None, ["TUR", "FIN", "SWE"])
ev(a, R, ["talks", "summit"], "occurred",
   ["Niinistö en de Zweedse premier Magdalena Andersson werden donderdag in het Witte Huis ontvangen door de Amerikaanse president Joe Biden"],
   "2022-05-19", "2022-05-19", ["FIN", "SWE", "USA"])
ev(a, O, "proposal", "occurred",
   ["Die gaf de twee landen zijn volledige steun en zei dat ze aan alle eisen voor het lidmaatschap voldoen"],
   "2022-05-19", "2022-05-19", ["USA", "FIN", "SWE"], "support")
ev(a, R, "proposal", "occurred",
   ["Niinistö zei na afloop dat hij bereid is met Turkije te praten over de bezwaren"],
   "2022-05-19", "2022-05-19", ["FIN", "TUR"], "stated willingness to talk")
# ---------------------------------------------------------------- 12 'Kort nieuws' roundup: Turow deal, Erdogan in Kyiv, Beijing Olympics, 2022-02-04 (Fri)
a = "d14_12_kort_nieuws_turow_kyiv"
ev(a, R, "agreement", "occurred",
   ["Polen en Tsjechië leggen ruzie over bruinkoolmijn bij",
    "Polen en Tsjechië hebben hun langslepende conflict over de Poolse bruinkoolmijn Turów bijgelegd",
    "De Poolse premier Mateusz Morawiecki en zijn Tsjechische collega Petr Fiala ondertekenden gisteren in Praag een overeenkomst",
    "Polen betaalt 45 miljoen euro, onder meer voor maatregelen tegen het wegzakken van het grondwater in de Tsjechische grensstreek",
    "In ruil daarvoor trekt Tsjechië zijn klacht bij het Hof van Justitie van de Europese Unie in"],
   "2022-02-03", "2022-02-03", ["POL", "CZE"], "Turow settlement; the payment is its content, not a separate delivery")
ev(a, O, ["talks", "summit"], "occurred",
   ["De Poolse premier Mateusz Morawiecki en zijn Tsjechische collega Petr Fiala ondertekenden gisteren in Praag een overeenkomst"],
   "2022-02-03", "2022-02-03", ["POL", "CZE"], "the prime ministers' meeting at the signing")
ev(a, R, ["condemnation", "demand"], "occurred",
   ["Tsjechië stapte vorig jaar naar het Hof, omdat de mijn vlak over de grens drinkwater aan Tsjechische kant zou bedreigen"],
   ["2021-01-01", "2021-12-31"], "2021-02-26", ["CZE", "POL", "EU"], "filing a case (model convention)")
ev(a, R, ["demand", "sanction"], "occurred",
   ["Het Hof beval in mei dat de mijnbouw moest stoppen tot er een uitspraak lag"],
   ["2021-05-01", "2021-05-31"], "2021-05-21", ["EU", "POL"], "interim order of the EU Court; 'in mei' of the year before")
ev(a, N, "agreement", "negated",
   ["Polen legde dat bevel naast zich neer"],
   None, None, ["POL", "EU"], "order ignored")
ev(a, R, "sanction", "occurred",
   ["waarop het Hof in september een dwangsom van een half miljoen euro per dag oplegde"],
   ["2021-09-01", "2021-09-30"], "2021-09-20", ["EU", "POL"], "daily penalty")
ev(a, N, ["delivery", "agreement"], "negated",
   ["Warschau weigert die te betalen"],
   None, None, ["POL", "EU"], "refusal to pay")
ev(a, R, "talks", "occurred",
   ["Overleg onder de vorige Tsjechische regering van Andrej Babiš liep in september op niets uit"],
   ["2021-09-01", "2021-09-30"], None, ["CZE", "POL"], "failed talks, ended in September")
ev(a, N, "agreement", "negated",
   ["Overleg onder de vorige Tsjechische regering van Andrej Babiš liep in september op niets uit"],
   None, None, ["CZE", "POL"], "no agreement in September")
ev(a, R, ["talks", "summit"], "occurred",
   ["Erdoğan biedt in Kiev bemiddeling aan",
    "De Turkse president Recep Tayyip Erdoğan heeft gisteren in Kiev met de Oekraïense president Volodymyr Zelensky gesproken"],
   "2022-02-03", "2022-02-03", ["TUR", "UKR"])
ev(a, R, "proposal", "occurred",
   ["Erdoğan biedt in Kiev bemiddeling aan",
    "Erdoğan bood aan om een ontmoeting tussen Zelensky en de Russische president Vladimir Poetin in Turkije te organiseren"],
   "2022-02-03", "2022-02-03", ["TUR", "UKR", "RUS"], "offer to host a meeting")
ev(a, R, "agreement", "occurred",
   ["De twee presidenten ondertekenden ook een vrijhandelsakkoord"],
   "2022-02-03", "2022-02-03", ["TUR", "UKR"])
ev(a, R, "delivery", "occurred",
   ["Turkije heeft goede banden met beide landen en leverde Oekraïne de afgelopen jaren gevechtsdrones van het type Bayraktar, tot grote ergernis van het Kremlin"],
   None, None, ["TUR", "UKR"], "drone deliveries 'de afgelopen jaren': occurred, no honest interval (null)")
ev(a, O, "condemnation", "occurred",
   ["tot grote ergernis van het Kremlin"],
   None, None, ["RUS", "TUR"], "annoyance, no statement reported")
ev(a, R, ["sanction", "condemnation"], "occurred",
   ["De Verenigde Staten, Groot-Brittannië, Canada en Australië sturen geen regeringsdelegatie, uit protest tegen de behandeling van de Oeigoeren en andere mensenrechtenschendingen",
    "Ze maakten die diplomatieke boycot in december bekend"],
   ["2021-12-01", "2021-12-31"], "2021-12-06", ["USA", "GBR", "CAN", "AUS", "CHN"], "diplomatic boycott, dated by its announcement in December (as pledges are)")
ev(a, R, ["talks", "summit"], "planned",
   ["De Russische president Poetin is wel in Peking",
    "Hij spreekt vandaag met de Chinese president Xi Jinping, voor het eerst in persoon sinds het begin van de pandemie"],
   "2022-02-04", "2022-02-04", ["RUS", "CHN"], "'vandaag' in the present tense in a morning roundup = planned")
# ---------------------------------------------------------------- 13 Podcast episode summary: Armenia-Turkey normalisation talks, 2022-07-05 (Tue)
a = "d14_13_podcast_armenie_turkije"
AT = ["ARM", "TUR"]
ev(a, R, "talks", "occurred",
   ["Afgelopen vrijdag kwamen de twee landen een stap dichter bij elkaar",
    "zagen elkaar vrijdag in Wenen voor hun vierde gesprek"],
   "2022-07-01", "2022-07-01", AT, "fourth round of the special envoys, Vienna")
ev(a, R, "agreement", "occurred",
   ["wat er in Wenen is afgesproken",
    "Ze spraken af dat burgers van derde landen de landgrens tussen Armenië en Turkije zo snel mogelijk mogen oversteken",
    "Ook komt er rechtstreeks vrachtvervoer door de lucht tussen de twee landen"],
   "2022-07-01", "2022-07-01", AT, "agreed in the fourth round; implementation undated")
ev(a, R, "talks", "occurred",
   ["De gezanten ontmoetten elkaar in januari voor het eerst, in Moskou"],
   ["2022-01-01", "2022-01-31"], "2022-01-14", AT)
ev(a, R, "talks", "occurred",
   ["Daarna volgden rondes in Wenen, eind februari en begin mei"],
   ["2022-02-21", "2022-02-28"], "2022-02-24", AT, "second round; two events in one sentence")
ev(a, R, "talks", "occurred",
   ["Daarna volgden rondes in Wenen, eind februari en begin mei"],
   ["2022-05-01", "2022-05-10"], "2022-05-03", AT, "third round")
ev(a, R, "talks", "occurred",
   ["In maart schudden de ministers van Buitenlandse Zaken, Ararat Mirzoyan en Mevlüt Çavuşoğlu, elkaar de hand op een diplomatiek forum in het Turkse Antalya"],
   ["2022-03-01", "2022-03-31"], "2022-03-12", AT, "foreign ministers' meeting in Antalya")
ev(a, R, "sanction", "occurred",
   ["Turkije sloot de grens in 1993 uit solidariteit met Azerbeidzjan"],
   ["1993-01-01", "1993-12-31"], "1993-04-03", ["TUR", "ARM"], "border closure")
ev(a, O, "talks", "occurred",
   ["Ankara zegt nog altijd elke stap af te stemmen met Bakoe"],
   None, None, ["TUR", "AZE"], "standing coordination")
ev(a, O, "demand", "occurred",
   ["En Azerbeidzjan wil eerst een vredesakkoord met Armenië"],
   None, None, ["AZE", "ARM"], "the guest's reading of Baku's position")
ev(a, R, "agreement", "occurred",
   ["In 2009 tekenden de ministers van Buitenlandse Zaken van beide landen in Zürich twee protocollen om diplomatieke betrekkingen aan te gaan en de grens te openen"],
   ["2009-01-01", "2009-12-31"], "2009-10-10", AT, "Zurich protocols")
ev(a, N, "agreement", "negated",
   ["De parlementen hebben ze nooit goedgekeurd"],
   None, None, AT, "never ratified")
ev(a, O, "sanction", "occurred",
   ["in 2018 verklaarde Armenië de protocollen officieel nietig"],
   ["2018-01-01", "2018-12-31"], "2018-03-01", ["ARM", "TUR"], "leaving a treaty (model convention: optional sanction)")
ev(a, R, "condemnation", "occurred",
   ["De Verenigde Staten deden dat vorig jaar wel, tot woede van Ankara"],
   ["2021-01-01", "2021-12-31"], "2021-04-24", ["USA", "TUR"], "US recognition of the genocide")
ev(a, O, "condemnation", "occurred",
   ["tot woede van Ankara"],
   ["2021-01-01", "2021-12-31"], "2021-04-24", ["TUR", "USA"], "Turkey's anger, no statement reported")
ev(a, O, "talks", "planned",
   ["Een datum voor een volgende ronde is er nog niet"],
   None, None, AT, "next round, no date")
ev(a, N, "agreement", "negated",
   ["\"Diplomatieke betrekkingen en een open grens voor iedereen, dat zit er dit jaar niet in.\""],
   None, None, AT, "expected not to happen this year")
# ---------------------------------------------------------------- 14 Short news item: ICJ ruling on the Kenya-Somalia maritime border, 2021-10-13 (Wed)
a = "d14_14_kort_kenia_somalie_icj"
ev(a, R, "condemnation", "occurred",
   ["Kenia wijst uitspraak Internationaal Gerechtshof over zeegrens met Somalië af",
    "Kenia erkent de uitspraak van het Internationaal Gerechtshof over de zeegrens met buurland Somalië niet",
    "Dat heeft president Uhuru Kenyatta gisteravond laten weten"],
   "2021-10-12", "2021-10-12", ["KEN", "SOM"], "rejection of the ruling, 'gisteravond'")
ev(a, O, "condemnation", "occurred",
   ["nadat het hof in Den Haag de grens grotendeels in het voordeel van Somalië had vastgesteld",
    "Het hof trok gisteren een lijn die daar tussenin ligt, maar dichter bij de Somalische wens"],
   "2021-10-12", "2021-10-12", ["ICJ", "KEN", "SOM"], "the ruling itself: optional (model convention)")
ev(a, O, "demand", "occurred",
   ["Het hof wees wel de Somalische eis af dat Kenia een schadevergoeding betaalt"],
   None, None, ["SOM", "KEN"], "Somalia's claim, rejected by the court")
ev(a, R, ["warning", "condemnation"], "occurred",
   ["Kenyatta zei dat de uitspraak de betrekkingen tussen de twee landen zal schaden"],
   "2021-10-12", "2021-10-12", ["KEN", "SOM"], "same statement")
ev(a, N, "talks", "negated",
   ["het kwam in maart niet opdagen bij de openbare zittingen"],
   None, None, ["KEN", "SOM"], "boycott of the hearings")
ev(a, O, "proposal", "occurred",
   ["De Somalische president Mohamed Abdullahi Mohamed, beter bekend als Farmajo, sprak van een historische dag"],
   ["2021-10-12", "2021-10-13"], "2021-10-12", ["SOM"], "welcome")
ev(a, R, "demand", "occurred",
   ["Hij riep Kenia op de uitspraak te respecteren"],
   ["2021-10-12", "2021-10-13"], "2021-10-12", ["SOM", "KEN"], "undated reaction: ruling to publication")
ev(a, R, ["condemnation", "demand"], "occurred",
   ["Somalië stapte in 2014 naar het hof"],
   ["2014-01-01", "2014-12-31"], "2014-08-28", ["SOM", "KEN"], "filing a case (model convention)")
ev(a, N, "agreement", "negated",
   ["nadat jaren van overleg niets hadden opgeleverd"],
   None, None, ["SOM", "KEN"], "no result of years of talks")
ev(a, R, "sanction", "occurred",
   ["In december vorig jaar verbrak Somalië de diplomatieke betrekkingen met Kenia"],
   ["2020-12-01", "2020-12-31"], "2020-12-15", ["SOM", "KEN"])
ev(a, R, "condemnation", "occurred",
   ["omdat het de buurman beschuldigde van inmenging in de Somalische politiek"],
   ["2020-12-01", "2020-12-31"], "2020-12-15", ["SOM", "KEN"], "accusation, second event in the sentence")
ev(a, R, "agreement", "occurred",
   ["In mei werden de banden hersteld, na bemiddeling door Qatar"],
   ["2021-05-01", "2021-05-31"], "2021-05-06", ["SOM", "KEN"], "restored ties; 'in mei' of the publication year")
ev(a, O, "talks", "occurred",
   ["In mei werden de banden hersteld, na bemiddeling door Qatar"],
   ["2021-05-01", "2021-05-31"], None, ["QAT", "SOM", "KEN"], "Qatari mediation")
ev(a, N, "agreement", "negated",
   ["al zal Kenia zich daar niet zomaar bij neerleggen"],
   None, None, ["KEN", "SOM"], "Kenya not expected to accept")
# ---------------------------------------------------------------- 15/16 no-event articles
TRAPS = {
    "d14_15_sport_verstappen_abu_dhabi": [
        "De coureur van Red Bull won gisteren de Grand Prix van Abu Dhabi, nadat hij in de laatste ronde de Britse zevenvoudig kampioen Lewis Hamilton had ingehaald",
        "Het Duitse team eist dat de uitslag wordt aangepast",
        "De stewards wezen beide protesten gisteravond af",
        "Gaat het akkoord met de uitslag, dan is de zaak voorbij",
        "Koning Willem-Alexander feliciteerde Verstappen met een bericht op sociale media, net als premier Mark Rutte",
        "Met zijn titel staat hij aan de top van een sport die jarenlang werd gedomineerd door Hamilton en Mercedes",
    ],
    "d14_16_economie_shell_londen": [
        "Shell verhuist zijn hoofdkantoor en fiscale vestiging van Den Haag naar Londen",
        "De aandeelhouders moeten nog akkoord gaan met het plan",
        "Vakbonden zijn daar niet gerust op en waarschuwen voor banenverlies op termijn",
        "Oppositiepartijen in de Tweede Kamer reageerden fel en eisen opheldering van het kabinet",
        "De Britse minister van Economische Zaken Kwasi Kwarteng verwelkomde het besluit juist als een blijk van vertrouwen in de Britse economie",
        "In Londen wordt het besluit gezien als een opsteker na het vertrek van Groot-Brittannië uit de Europese Unie",
    ],
}

for a, note in [("d14_15_sport_verstappen_abu_dhabi",
                 "sport (Verstappen's title at the Abu Dhabi Grand Prix, 12 Dec 2021); traps: Abu Dhabi, British/Canadian/German actors, 'eist', protests 'afgewezen', 'akkoord', the King and PM congratulating, 'de top'"),
                ("d14_16_economie_shell_londen",
                 "business (Shell moves its head office to London, announced 15 Nov 2021); traps: Den Haag/Londen, 'akkoord' of shareholders, 'waarschuwen', 'eisen', a British minister welcoming, Brexit/EU")]:
    ev(a, N, ALL, "negated", TRAPS[a], None, None, [],
       "NO-EVENT SENTINEL: article has no diplomatic event of its own; its trap sentences are listed; the line puts the article in scope so every other prediction in it counts as a false positive. " + note)

if __name__ == "__main__":
    goldkit.build(G, ROOT)
