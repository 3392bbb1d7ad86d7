"""Build gold.jsonl for dev12 and check every mention is a verbatim substring of its article.

Edit this script, not the JSONL. Run: python build_gold.py
"""
import pathlib, sys

ROOT = pathlib.Path(__file__).parent
sys.path.insert(0, str(ROOT.parent / "setkit"))  # the gold helper, checks and writing: tests/setkit/goldkit.py
import goldkit  # noqa: E402
from goldkit import ALL, N, O, R  # noqa: E402,F401

G, ev = goldkit.collector()
# ---------------------------------------------------------------- 01 Public broadcaster: Prespa agreement, 2018-06-17 (Sun)
a = "d12_01_prespa_akkoord"
GM = ["GRC", "MKD"]
ev(a, R, "agreement", "occurred",
   ["Griekenland en Macedonië tekenen akkoord over nieuwe naam aan het Prespameer",
    "Griekenland en Macedonië hebben vandaag een akkoord ondertekend dat een einde moet maken aan een ruzie van bijna dertig jaar over de naam van het Balkanland",
    "Macedonië gaat voortaan Republiek Noord-Macedonië heten",
    "De ministers van Buitenlandse Zaken Nikos Kotzias en Nikola Dimitrov zetten hun handtekening in het Griekse dorpje Psarades, aan de oever van het Prespameer",
    "Ook EU-buitenlandchef Federica Mogherini, Eurocommissaris Johannes Hahn en VN-bemiddelaar Matthew Nimetz waren bij de ondertekening"],
   "2018-06-17", "2018-06-17", GM, "Prespa agreement signed by the foreign ministers")
ev(a, O, ["agreement", "proposal"], "planned",
   ["In ruil daarvoor houdt Athene op met het blokkeren van de toenadering van zijn buurland tot de NAVO en de Europese Unie",
    "Griekenland zegt toe dat het daarna geen bezwaar meer maakt tegen het lidmaatschap van zijn buurland"],
   None, None, GM, "undertaking that is content of the agreement")
ev(a, R, ["summit", "talks"], "occurred",
   ["De premiers Alexis Tsipras en Zoran Zaev keken toe",
    "Na de ceremonie reisden de twee regeringsleiders samen naar de Macedonische kant van het meer, waar ze met hun delegaties lunchten"],
   "2018-06-17", "2018-06-17", GM, "the two prime ministers' meeting at the ceremony")
ev(a, R, "talks", "occurred",
   ["De doorbraak kwam dinsdag",
    "Tsipras en Zaev hadden toen telefonisch overleg en bereikten daarin overeenstemming over de tekst"],
   "2018-06-12", "2018-06-12", GM, "phone call of Tuesday")
ev(a, O, "agreement", "occurred",
   ["De doorbraak kwam dinsdag",
    "Tsipras en Zaev hadden toen telefonisch overleg en bereikten daarin overeenstemming over de tekst",
    "Tsipras maakte het nieuws kort daarna bekend in een toespraak op de Griekse televisie"],
   "2018-06-12", "2018-06-12", GM, "agreement on the text five days before signature (two-step agreement: signature required, earlier agreement optional)")
ev(a, R, ["summit", "talks"], "occurred",
   ["De twee premiers hadden elkaar in januari voor het eerst ontmoet, in de marge van het Wereld Economisch Forum in Davos"],
   ["2018-01-01", "2018-01-31"], "2018-01-24", GM, "Davos meeting")
ev(a, R, "proposal", "occurred",
   ["Zaev deed daar een gebaar naar Athene: hij bood aan het vliegveld van Skopje, dat naar Alexander de Grote is vernoemd, een andere naam te geven"],
   ["2018-01-01", "2018-01-31"], "2018-01-24", ["MKD", "GRC"], "offer to rename the airport, made in Davos")
ev(a, R, "talks", "occurred",
   ["Nimetz bemiddelt sinds 1999 namens de Verenigde Naties tussen beide landen"],
   None, None, GM + ["UN"], "UN mediation since 1999, ongoing: no date")
ev(a, N, ["proposal"], "negated",
   ["Op de NAVO-top in Boekarest in 2008 hield Griekenland een uitnodiging aan het land om lid te worden van het bondgenootschap tegen"],
   None, None, ["NATO", "MKD", "GRC"], "invitation blocked by Greece")
ev(a, O, "summit", "occurred",
   ["Op de NAVO-top in Boekarest in 2008 hield Griekenland een uitnodiging aan het land om lid te worden van het bondgenootschap tegen"],
   ["2008-01-01", "2008-12-31"], "2008-04-03", ["NATO"], "Bucharest summit in passing")
ev(a, O, "condemnation", "occurred",
   ["De Macedonische president Gjorge Ivanov, die tegen het akkoord is, noemde het in strijd met de grondwet"],
   None, None, ["MKD"], "domestic criticism of the own government's deal")
ev(a, N, ["agreement"], "negated",
   ["Hij heeft gezegd dat hij het verdrag niet zal ondertekenen als het parlement het goedkeurt"],
   None, None, ["MKD"], "announced refusal to sign")
ev(a, O, "condemnation", "occurred",
   ["De Griekse oppositieleider Kyriakos Mitsotakis hekelde de overeenkomst als een slechte deal voor Griekenland"],
   None, None, ["GRC"], "domestic criticism")
ev(a, O, "agreement", "planned",
   ["Het akkoord moet eerst door het Macedonische parlement worden goedgekeurd",
    "Pas als die rond zijn, stemt ook het Griekse parlement erover"],
   None, None, GM, "ratification steps, undated")
ev(a, R, "proposal", "occurred",
   ["De Europese Commissie adviseerde in april al om de gesprekken te openen"],
   ["2018-04-01", "2018-04-30"], "2018-04-17", ["EU", "MKD"], "Commission recommendation")
ev(a, R, "summit", "planned",
   ["Eind deze maand beslissen de Europese regeringsleiders op hun top in Brussel of ze volgend jaar toetredingsgesprekken met Skopje willen beginnen"],
   ["2018-06-21", "2018-06-30"], "2018-06-28", ["EU"], "'eind deze maand' = days 21-30")
ev(a, O, "talks", "planned",
   ["Eind deze maand beslissen de Europese regeringsleiders op hun top in Brussel of ze volgend jaar toetredingsgesprekken met Skopje willen beginnen"],
   ["2019-01-01", "2019-12-31"], None, ["EU", "MKD"], "possible accession talks next year, conditional on the decision")
ev(a, R, "summit", "planned",
   ["Op de NAVO-top in Brussel in juli krijgt het land naar verwachting een uitnodiging om over lidmaatschap te praten"],
   ["2018-07-01", "2018-07-31"], "2018-07-11", ["NATO"])
ev(a, R, "proposal", "planned",
   ["Op de NAVO-top in Brussel in juli krijgt het land naar verwachting een uitnodiging om over lidmaatschap te praten"],
   ["2018-07-01", "2018-07-31"], "2018-07-11", ["NATO", "MKD"], "expected invitation, second event in the sentence")
# ---------------------------------------------------------------- 02 Flemish news site: Ethiopia-Eritrea peace, 2018-07-09 (Mon)
a = "d12_02_vlaams_ethiopie_eritrea"
EE = ["ETH", "ERI"]
ev(a, R, "agreement", "occurred",
   ["Ethiopië en Eritrea sluiten na twintig jaar vrede",
    "Ethiopië en Eritrea hebben maandag in de Eritrese hoofdstad Asmara een verklaring getekend waarin ze de oorlogstoestand tussen beide landen officieel beëindigen",
    "De Ethiopische premier Abiy Ahmed en de Eritrese president Isaias Afwerki beloven in de tekst dat er een nieuw tijdperk van vrede en vriendschap aanbreekt",
    "In de verklaring van maandag spreken ze af dat de ambassades in beide hoofdsteden weer opengaan en dat er opnieuw rechtstreekse vluchten komen",
    "Ook de handel en de havens moeten weer toegankelijk worden"],
   "2018-07-09", "2018-07-09", EE, "joint declaration of peace and friendship; 'maandag' in a Monday paper = today; reopening of embassies is its content")
ev(a, R, ["summit", "talks"], "occurred",
   ["Abiy landde zondag als eerste Ethiopische regeringsleider in twee decennia in Asmara",
    "Isaias stond hem op de luchthaven op te wachten en de twee omhelsden elkaar voor de camera's",
    "Nog diezelfde dag voerden de twee leiders uitgebreid overleg"],
   ["2018-07-08", "2018-07-09"], "2018-07-08", EE, "two-day visit, talks on Sunday")
ev(a, O, "agreement", "occurred",
   ["Een vredesakkoord dat in december 2000 in Algiers werd getekend, kwam nooit echt tot uitvoering"],
   ["2000-12-01", "2000-12-31"], "2000-12-12", EE, "Algiers agreement, background")
ev(a, N, ["talks"], "negated",
   ["Sindsdien stonden de legers aan weerszijden van de grens tegenover elkaar en was er geen enkel diplomatiek contact"],
   None, None, EE)
ev(a, R, ["agreement", "proposal"], "occurred",
   ["Begin juni maakte de Ethiopische regeringscoalitie bekend dat ze het akkoord van Algiers en de uitspraak van een internationale grenscommissie uit 2002 volledig aanvaardt"],
   ["2018-06-01", "2018-06-10"], "2018-06-05", EE, "acceptance of the Algiers agreement and the boundary ruling (as acceptance of an invitation)")
ev(a, R, ["proposal", "talks"], "occurred",
   ["Isaias reageerde eerst weken niet, maar kondigde op 20 juni aan dat hij een delegatie naar Addis Abeba zou sturen om met Abiy te praten"],
   "2018-06-20", "2018-06-20", ["ERI", "ETH"], "announced delegation: offer of talks (talks with status planned also fine)")
ev(a, R, "talks", "occurred",
   ["Die delegatie, onder leiding van de Eritrese minister van Buitenlandse Zaken Osman Saleh, werd eind juni in de Ethiopische hoofdstad hartelijk ontvangen en sprak er met de premier"],
   ["2018-06-21", "2018-06-30"], "2018-06-26", EE)
ev(a, R, "delivery", "planned",
   ["Kroonprins Mohammed bin Zayed zegde Ethiopië half juni tijdens een bezoek aan Addis Abeba drie miljard dollar aan hulp en investeringen toe",
    "Een deel daarvan gaat als storting naar de Ethiopische centrale bank"],
   ["2018-06-11", "2018-06-20"], "2018-06-15", ["ARE", "ETH"], "money pledge; 'half juni' = days 11-20")
ev(a, R, ["talks", "summit"], "occurred",
   ["Kroonprins Mohammed bin Zayed zegde Ethiopië half juni tijdens een bezoek aan Addis Abeba drie miljard dollar aan hulp en investeringen toe"],
   ["2018-06-11", "2018-06-20"], "2018-06-15", ["ARE", "ETH"], "the visit, second event in the sentence")
ev(a, O, "talks", "occurred",
   ["Achter de schermen speelden ook de Verenigde Arabische Emiraten een rol"],
   None, None, ["ARE", "ETH", "ERI"], "behind-the-scenes mediation, vague")
ev(a, O, "sanction", "occurred",
   ["Volgens hem zouden de sancties die de VN-Veiligheidsraad in 2009 tegen Eritrea heeft ingesteld, binnenkort overbodig kunnen worden"],
   ["2009-01-01", "2009-12-31"], "2009-12-23", ["UN", "ERI"], "2009 sanctions in passing; Guterres's view is no event")
# ---------------------------------------------------------------- 03 Regional paper, foreign page: Kerch Strait, Trump cancels Putin meeting, 2018-11-30 (Fri)
a = "d12_03_kertsj_trump_poetin"
ev(a, N, ["summit", "talks"], "negated",
   ["Trump zegt ontmoeting met Poetin af om Oekraïense schepen",
    "Een gesprek tussen de Amerikaanse president Donald Trump en zijn Russische collega Vladimir Poetin op de G20-top in Argentinië gaat niet door",
    "Trump maakte gisteren op Twitter bekend dat hij de geplande ontmoeting heeft afgezegd",
    "De twee leiders zouden elkaar zaterdag in Buenos Aires spreken"],
   None, None, ["USA", "RUS"], "cancelled meeting")
ev(a, R, "demand", "occurred",
   ["omdat Rusland de drie Oekraïense marineschepen en hun bemanningen nog altijd niet heeft teruggegeven",
    "Trump wil Poetin pas weer ontmoeten als de schepen en de matrozen terug zijn in Oekraïne, liet hij weten"],
   "2018-11-29", "2018-11-29", ["USA", "RUS"], "condition for a meeting = demand to return ships and crews")
ev(a, O, "summit", "occurred",
   ["Hij stuurde zijn bericht vanuit het presidentiële vliegtuig, op weg naar de top die vandaag begint"],
   ["2018-11-30", "2018-12-01"], "2018-11-30", ["G20", "ARG"], "G20 Buenos Aires in passing; begins today")
ev(a, O, "condemnation", "occurred",
   ["Het Kremlin zei het besluit te betreuren"],
   "2018-11-29", "2018-11-29", ["RUS", "USA"], "regret: mild")
ev(a, O, "condemnation", "occurred",
   ["Rusland zegt dat de schepen illegaal de Russische territoriale wateren binnenvoeren"],
   ["2018-11-25", "2018-11-30"], None, ["RUS", "UKR"], "standing accusation; Putin's 'provocation' is the required one")
ev(a, R, ["warning", "condemnation"], "occurred",
   ["Dinsdag had Trump in een interview met The Washington Post al gedreigd dat hij de ontmoeting misschien zou laten schieten",
    "Hij zei toen dat hij \"niet houdt van die agressie\""],
   "2018-11-27", "2018-11-27", ["USA", "RUS"])
ev(a, O, "agreement", "occurred",
   ["Kiev wijst erop dat een verdrag uit 2003 beide landen het recht geeft om de zee-engte en de Zee van Azov vrij te gebruiken"],
   ["2003-01-01", "2003-12-31"], "2003-12-24", ["UKR", "RUS"], "2003 treaty in passing")
ev(a, R, "condemnation", "occurred",
   ["Poetin noemde het incident woensdag een \"provocatie\" van president Petro Porosjenko"],
   "2018-11-28", "2018-11-28", ["RUS", "UKR"])
ev(a, R, "demand", "occurred",
   ["Porosjenko riep Duitsland en andere NAVO-landen gisteren in een interview met de Duitse krant Bild op om marineschepen naar de Zee van Azov te sturen"],
   "2018-11-29", "2018-11-29", ["UKR", "DEU", "NATO"])
ev(a, R, "talks", "planned",
   ["Zij wil de kwestie met Poetin bespreken in Buenos Aires"],
   ["2018-11-30", "2018-12-01"], "2018-12-01", ["DEU", "RUS"], "Merkel-Putin at the G20 (30 Nov - 1 Dec)")
ev(a, R, ["talks", "summit"], "occurred",
   ["De VN-Veiligheidsraad kwam maandag op verzoek van Oekraïne in New York bijeen voor een spoedzitting",
    "Spoedberaad in New York"],
   "2018-11-26", "2018-11-26", ["UN", "UKR", "RUS"])
ev(a, O, "demand", "occurred",
   ["De VN-Veiligheidsraad kwam maandag op verzoek van Oekraïne in New York bijeen voor een spoedzitting"],
   "2018-11-26", "2018-11-26", ["UKR", "UN"], "request for the session")
ev(a, O, ["demand", "proposal"], "occurred",
   ["Een Russisch verzoek om daar ook een schending van de Russische grens te bespreken, kreeg te weinig stemmen"],
   "2018-11-26", "2018-11-26", ["RUS", "UN"], "Russian agenda request, voted down")
ev(a, R, "condemnation", "occurred",
   ["De Amerikaanse VN-ambassadeur Nikki Haley sprak van een \"buitensporige schending\" van Oekraïens grondgebied"],
   "2018-11-26", "2018-11-26", ["USA", "RUS"])
ev(a, R, "talks", "occurred",
   ["Na spoedoverleg tussen ambassadeurs van de NAVO-landen en Oekraïne in Brussel eiste secretaris-generaal Jens Stoltenberg maandag dat Rusland de schepen en de bemanningen onmiddellijk vrijlaat"],
   "2018-11-26", "2018-11-26", ["NATO", "UKR"], "NATO-Ukraine Commission, extraordinary meeting")
ev(a, R, "demand", "occurred",
   ["eiste secretaris-generaal Jens Stoltenberg maandag dat Rusland de schepen en de bemanningen onmiddellijk vrijlaat"],
   "2018-11-26", "2018-11-26", ["NATO", "RUS"], "second event in the sentence")
ev(a, R, "demand", "occurred",
   ["EU-buitenlandchef Federica Mogherini vroeg Moskou om hetzelfde"],
   ["2018-11-25", "2018-11-30"], None, ["EU", "RUS"], "undated reaction: window from the incident to publication")
ev(a, O, "sanction", "planned",
   ["In Europese hoofdsteden wordt gesproken over nieuwe strafmaatregelen, maar een besluit daarover is er nog niet"],
   None, None, ["EU", "RUS"], "sanctions under discussion, no decision")
ev(a, R, "delivery", "occurred",
   ["De Verenigde Staten leverden eerder dit jaar al antitankraketten van het type Javelin aan het Oekraïense leger"],
   ["2018-01-01", "2018-11-30"], None, ["USA", "UKR"], "'eerder dit jaar' = from 1 January to publication")
# ---------------------------------------------------------------- 04 Quality-paper analysis: Navalny sanctions, 2020-10-16 (Fri)
a = "d12_04_analyse_navalny_sancties"
ER = ["EU", "RUS"]
ev(a, R, "sanction", "occurred",
   ["Europa straft Moskou voor Navalny, maar de rekening is bescheiden",
    "sinds gisteren staan zes Russische functionarissen en een staatsinstituut op de Europese sanctielijst voor de vergiftiging van oppositieleider Aleksej Navalny",
    "Ze mogen de EU niet meer in en eventuele tegoeden in Europa worden bevroren",
    "Het instituut dat de sancties treft, is een onderzoekscentrum dat ooit aan het zenuwgif novitsjok werkte",
    "Het formele besluit volgde gisteren",
    "Daarvan zal ook na de sancties van gisteren geen sprake zijn",
    "De sancties zijn vooral een signaal"],
   "2020-10-15", "2020-10-15", ER, "formal adoption; one package")
ev(a, O, ["agreement", "talks", "sanction"], "occurred",
   ["De ministers van Buitenlandse Zaken van de EU waren het maandag in Luxemburg al in principe eens geworden"],
   "2020-10-12", "2020-10-12", ["EU"], "political agreement at the Foreign Affairs Council (two-step: formal decision required)")
ev(a, R, "sanction", "occurred",
   ["Groot-Brittannië nam op dezelfde dag dezelfde maatregelen"],
   "2020-10-15", "2020-10-15", ["GBR", "RUS"])
ev(a, R, "proposal", "occurred",
   ["Het voorstel kwam uit Berlijn en Parijs",
    "In een gezamenlijke verklaring stelden de Duitse minister Heiko Maas en zijn Franse collega Jean-Yves Le Drian vorige week woensdag voor om de mensen die volgens hen verantwoordelijk zijn te straffen"],
   "2020-10-07", "2020-10-07", ["DEU", "FRA", "RUS"], "'vorige week woensdag' = Wednesday of the previous ISO week")
ev(a, O, "proposal", "occurred",
   ["Een dag eerder had de Organisatie voor het Verbod op Chemische Wapens (OPCW) in Den Haag bevestigd dat in het bloed van Navalny een stof uit de novitsjokgroep zat"],
   "2020-10-06", "2020-10-06", ["OPCW", "DEU"], "OPCW finding; a report, not clearly a type")
ev(a, R, "proposal", "occurred",
   ["na een aanbod van bondskanselier Angela Merkel om hem in Duitsland te laten behandelen"],
   ["2020-08-20", "2020-08-22"], "2020-08-20", ["DEU", "RUS"], "offer, before the flight of 22 Aug")
ev(a, R, "condemnation", "occurred",
   ["Op 2 september maakte Merkel bekend dat een laboratorium van de Bundeswehr ondubbelzinnig bewijs had gevonden van vergiftiging met novitsjok",
    "Ze sprak van een poging tot moord en zei dat de Russische regering \"ernstige vragen\" moest beantwoorden"],
   "2020-09-02", "2020-09-02", ["DEU", "RUS"])
ev(a, R, "demand", "occurred",
   ["zei dat de Russische regering \"ernstige vragen\" moest beantwoorden"],
   "2020-09-02", "2020-09-02", ["DEU", "RUS"], "same sentence as the condemnation")
ev(a, R, ["condemnation", "talks", "demand"], "occurred",
   ["Dezelfde dag ontbood het Duitse ministerie van Buitenlandse Zaken de Russische ambassadeur"],
   "2020-09-02", "2020-09-02", ["DEU", "RUS"], "summoning")
ev(a, R, "condemnation", "occurred",
   ["De ministers van Buitenlandse Zaken van de G7 veroordeelden de vergiftiging op 8 september in een gezamenlijke verklaring"],
   "2020-09-08", "2020-09-08", ["G7", "RUS"])
ev(a, R, "demand", "occurred",
   ["en riepen Rusland op de daders snel te berechten"],
   "2020-09-08", "2020-09-08", ["G7", "RUS"], "same sentence")
ev(a, R, "demand", "occurred",
   ["Ook de NAVO vroeg Moskou om volledige medewerking aan een internationaal onderzoek"],
   None, None, ["NATO", "RUS"], "undated")
ev(a, R, "demand", "occurred",
   ["Rusland eiste juist dat Duitsland zijn bewijsmateriaal overdraagt"],
   None, None, ["RUS", "DEU"], "undated")
ev(a, R, "talks", "occurred",
   ["Volgens Franse media suggereerde president Vladimir Poetin in een telefoongesprek met de Franse president Emmanuel Macron half september zelfs dat Navalny het gif zelf had ingenomen"],
   ["2020-09-11", "2020-09-20"], "2020-09-14", ["RUS", "FRA"])
ev(a, R, "warning", "occurred",
   ["Maas waarschuwde begin september dat Rusland Berlijn niet moest dwingen om zijn standpunt over de bijna voltooide leiding te herzien"],
   ["2020-09-01", "2020-09-10"], "2020-09-06", ["DEU", "RUS"])
ev(a, N, ["sanction"], "negated",
   ["Merkel wilde een stop niet uitsluiten, maar de bouw is niet stilgelegd"],
   None, None, ["DEU", "RUS"], "Nord Stream 2 not halted")
ev(a, O, "warning", "occurred",
   ["Moskou kondigde aan dat het met gelijke munt zal terugbetalen"],
   ["2020-10-12", "2020-10-16"], None, ["RUS", "EU"], "undated announcement of countermeasures, in the days of the decision")
ev(a, R, "warning", "occurred",
   ["Minister van Buitenlandse Zaken Sergej Lavrov dreigde dinsdag zelfs om het gesprek met de EU voorlopig stil te leggen"],
   "2020-10-13", "2020-10-13", ["RUS", "EU"])
# ---------------------------------------------------------------- 05 Agency wire: Berlin conference on Libya, 2020-01-20 (Mon)
a = "d12_05_berlijn_libie_conferentie"
BER = ["DEU", "LBY", "RUS", "TUR", "FRA", "GBR", "ITA", "EGY", "USA", "UN"]
BER5 = ["LBY", "DEU", "UN", "RUS", "TUR"]
ev(a, R, "summit", "occurred",
   ["Dat staat in een slotverklaring van de Libië-conferentie die bondskanselier Angela Merkel zondag in Berlijn organiseerde",
    "Aan tafel zaten onder anderen de Russische president Vladimir Poetin, de Turkse president Recep Tayyip Erdogan, de Franse president Emmanuel Macron, de Britse premier Boris Johnson, de Italiaanse premier Giuseppe Conte, de Egyptische president Abdel Fattah al-Sisi en de Amerikaanse minister van Buitenlandse Zaken Mike Pompeo",
    "Ook VN-secretaris-generaal António Guterres was erbij, net als de Algerijnse president Abdelmadjid Tebboune",
    "\"Alle deelnemers zijn het erover eens dat er geen militaire oplossing is\", zei Merkel na afloop"],
   "2020-01-19", "2020-01-19", BER + ["DZA"], "Berlin conference")
ev(a, R, "agreement", "occurred",
   ["Landen beloven in Berlijn wapenembargo voor Libië te respecteren",
    "De landen die betrokken zijn bij de oorlog in Libië hebben zich er in Berlijn toe verplicht het VN-wapenembargo tegen het land na te leven en zich niet langer met de strijd te bemoeien",
    "Dat staat in een slotverklaring van de Libië-conferentie die bondskanselier Angela Merkel zondag in Berlijn organiseerde"],
   "2020-01-19", "2020-01-19", BER5, "embargo pledge in the final declaration; actors: Libya, host, UN and the two main foreign parties (the full list is on the summit line)")
ev(a, R, "demand", "occurred",
   ["In de verklaring van 55 punten roepen de landen ook op tot een duurzaam staakt-het-vuren"],
   "2020-01-19", "2020-01-19", BER5, "call in the declaration: content in another type")
ev(a, N, ["summit", "talks"], "negated",
   ["De twee Libische kemphanen, premier Fayez al-Sarraj van de door de VN erkende regering in Tripoli en krijgsheer Khalifa Haftar, waren wel in Berlijn, maar zaten niet bij de conferentie"],
   None, None, ["LBY"], "the Libyan parties did not take part and did not meet")
ev(a, O, "talks", "occurred",
   ["Merkel en andere leiders spraken afzonderlijk met hen"],
   "2020-01-19", "2020-01-19", ["DEU", "LBY"], "separate meetings, vague")
ev(a, R, "talks", "occurred",
   ["De Duitse minister van Buitenlandse Zaken Heiko Maas was vorige week donderdag nog naar Benghazi gevlogen om Haftar over te halen naar Berlijn te komen"],
   "2020-01-16", "2020-01-16", ["DEU", "LBY"], "'vorige week donderdag'")
ev(a, R, ["proposal", "agreement"], "occurred",
   ["Haftar beloofde hem toen zich aan de wapenstilstand te houden"],
   "2020-01-16", "2020-01-16", ["LBY", "DEU"], "pledge to Maas")
ev(a, R, "agreement", "occurred",
   ["Wel stemden beide kampen in met een militair comité van elk vijf officieren, dat over een permanent bestand moet onderhandelen"],
   "2020-01-19", "2020-01-19", ["LBY", "UN"], "5+5 military committee")
ev(a, R, "talks", "planned",
   ["Dat comité komt volgens Guterres binnen enkele dagen in Genève bijeen"],
   None, None, ["LBY", "UN"], "'binnen enkele dagen': no date")
ev(a, R, "proposal", "occurred",
   ["Algerije bood in Berlijn aan om gastheer te zijn van een dialoog tussen de Libische partijen"],
   "2020-01-19", "2020-01-19", ["DZA", "LBY"])
ev(a, O, "sanction", "occurred",
   ["Het embargo van de Verenigde Naties geldt al sinds 2011, maar wordt op grote schaal overtreden"],
   ["2011-01-01", "2011-12-31"], "2011-02-26", ["UN", "LBY"], "arms embargo of 2011 in passing")
ev(a, R, "delivery", "occurred",
   ["Volgens VN-experts leverden onder meer de Verenigde Arabische Emiraten wapens aan Haftar"],
   None, None, ["ARE", "LBY"], "undated")
ev(a, R, "delivery", "occurred",
   ["Turkije verscheepte vorig jaar pantservoertuigen en drones naar de regering in Tripoli"],
   ["2019-01-01", "2019-12-31"], "2019-05-18", ["TUR", "LBY"])
ev(a, O, "demand", "occurred",
   ["nadat Sarraj om militaire steun had gevraagd"],
   None, None, ["LBY", "TUR"], "request for Turkish support, undated (December 2019)")
ev(a, R, "agreement", "occurred",
   ["Turkije en de regering in Tripoli hadden eind november al een akkoord gesloten over veiligheidssamenwerking en over de grenzen van hun zeegebieden"],
   ["2019-11-21", "2019-11-30"], "2019-11-27", ["TUR", "LBY"], "November of the previous year")
ev(a, N, ["proposal", "summit", "talks"], "negated",
   ["Griekenland, dat zich door dat akkoord gepasseerd voelt, was niet uitgenodigd in Berlijn"],
   None, None, ["GRC", "DEU"], "no invitation")
ev(a, R, "warning", "occurred",
   ["De Griekse premier Kyriakos Mitsotakis dreigde vorige week dat zijn land elk Europees vredesplan voor Libië zal tegenhouden als het Turks-Libische akkoord niet van tafel gaat"],
   ["2020-01-13", "2020-01-19"], None, ["GRC", "EU", "TUR"], "veto threat; 'vorige week' = previous ISO week")
ev(a, O, "agreement", "occurred",
   ["Op 12 januari ging een wapenstilstand in, op initiatief van Poetin en Erdogan"],
   "2020-01-12", "2020-01-12", ["LBY", "RUS", "TUR"], "ceasefire taking effect")
ev(a, R, ["demand", "proposal"], "occurred",
   ["De twee hadden daar enkele dagen eerder in Istanbul samen toe opgeroepen"],
   ["2020-01-05", "2020-01-11"], "2020-01-08", ["RUS", "TUR", "LBY"], "joint call for a ceasefire; 'enkele dagen eerder' than 12 Jan")
ev(a, O, ["summit", "talks"], "occurred",
   ["De twee hadden daar enkele dagen eerder in Istanbul samen toe opgeroepen"],
   ["2020-01-05", "2020-01-11"], "2020-01-08", ["RUS", "TUR"], "Putin-Erdogan meeting in Istanbul, implied")
ev(a, R, "talks", "occurred",
   ["Vorige week maandag probeerden Rusland en Turkije in Moskou een formeel bestand te laten ondertekenen"],
   "2020-01-13", "2020-01-13", ["RUS", "TUR", "LBY"], "Moscow talks")
ev(a, N, ["agreement"], "negated",
   ["Sarraj zette zijn handtekening, maar Haftar vertrok de volgende ochtend zonder te tekenen"],
   None, None, ["LBY", "RUS", "TUR"], "ceasefire not signed by Haftar")
ev(a, O, "sanction", "occurred",
   ["Op de dag voor de conferentie legden troepen van Haftar bovendien de olie-uitvoer uit de belangrijkste havens in het oosten van het land stil",
    "Haftar wil daarmee de druk op Tripoli opvoeren"],
   "2020-01-18", "2020-01-18", ["LBY"], "oil blockade as pressure; domestic")
ev(a, R, "talks", "planned",
   ["De ministers van Buitenlandse Zaken van de EU praten vandaag in Brussel over de uitkomst van Berlijn"],
   "2020-01-20", "2020-01-20", ["EU"], "Foreign Affairs Council today")
ev(a, R, "proposal", "occurred",
   ["EU-buitenlandchef Josep Borrell wil dat de EU helpt om het embargo te controleren, mogelijk met een hervatting van de marinemissie Sophia"],
   None, None, ["EU", "LBY"], "undated")
# ---------------------------------------------------------------- 06 Agency wire: Stockholm agreement on Yemen, 2018-12-13 (Thu)
a = "d12_06_jemen_stockholm"
YH = ["YEM", "HOUTHI"]
ev(a, R, "agreement", "occurred",
   ["Strijdende partijen in Jemen eens over bestand in havenstad Hodeida",
    "De regering van Jemen en de Houthi-rebellen hebben in Zweden afgesproken dat de gevechten om de havenstad Hodeida stoppen",
    "Volgens het akkoord trekken beide partijen hun strijders terug uit de stad en uit de havens van Hodeida, Salif en Ras Isa",
    "De Verenigde Naties krijgen een leidende rol bij het beheer van de havens"],
   "2018-12-13", "2018-12-13", YH + ["UN"], "Hodeidah agreement; UN as mediator")
ev(a, R, "talks", "occurred",
   ["Dat heeft VN-secretaris-generaal António Guterres donderdag bekendgemaakt aan het slot van een week vredesgesprekken in een kasteel in Rimbo, ten noorden van Stockholm",
    "De delegaties van de regering van president Abd-Rabbu Mansour Hadi en van de Houthi's spraken sinds donderdag vorige week met elkaar, grotendeels via VN-gezant Martin Griffiths",
    "Het waren de eerste gesprekken tussen de strijdende partijen in ruim twee jaar",
    "Na de bekendmaking gaven de Jemenitische minister van Buitenlandse Zaken Khaled al-Yamani en de leider van de Houthi-delegatie, Mohammed Abdulsalam, elkaar onder applaus een hand"],
   ["2018-12-06", "2018-12-13"], "2018-12-06", YH + ["UN"], "a week of talks")
ev(a, O, "talks", "occurred",
   ["\"Dit is een echte stap voorwaarts\", zei Guterres, die donderdag speciaal naar Zweden was gereisd om de laatste gespreksdag bij te wonen"],
   "2018-12-13", "2018-12-13", ["UN", "SWE"], "Guterres at the final day: part of the talks")
ev(a, R, "demand", "occurred",
   ["Hij riep beide kampen op zich strikt aan de afspraken te houden"],
   "2018-12-13", "2018-12-13", ["UN"] + YH)
ev(a, R, "agreement", "occurred",
   ["Ook over de stad Taiz, die al jaren door Houthi's wordt belegerd, legden de twee partijen een verklaring af",
    "Daarin beloven ze samen te praten over het openen van routes voor hulp"],
   "2018-12-13", "2018-12-13", YH, "separate statement of understanding on Taiz")
ev(a, R, "agreement", "occurred",
   ["Eerder hadden ze al ingestemd met een grote uitwisseling van gevangenen, waarbij duizenden mensen vrij kunnen komen"],
   None, None, YH, "prisoner exchange agreement, undated")
ev(a, N, ["agreement"], "negated",
   ["Over andere onderwerpen werden de partijen het niet eens",
    "Zo blijft het vliegveld van de hoofdstad Sanaa, die in handen is van de Houthi's, voorlopig dicht voor burgervluchten",
    "Ook over de centrale bank en de betaling van ambtenarensalarissen is geen afspraak gemaakt"],
   None, None, YH)
ev(a, R, "talks", "planned",
   ["Eind januari moeten de gesprekken worden voortgezet"],
   ["2019-01-21", "2019-01-31"], None, YH + ["UN"])
ev(a, O, "talks", "planned",
   ["Griffiths licht de VN-Veiligheidsraad vrijdag in over de resultaten"],
   "2018-12-14", "2018-12-14", ["UN"], "briefing")
ev(a, O, ["agreement", "proposal"], "planned",
   ["Diplomaten verwachten dat de Raad het akkoord in een resolutie zal steunen"],
   None, None, ["UN"], "expected resolution")
ev(a, R, "demand", "occurred",
   ["Eind oktober riepen de Amerikaanse ministers Mike Pompeo en Jim Mattis alle partijen op binnen dertig dagen om de tafel te gaan zitten en de vijandelijkheden te staken"],
   ["2018-10-21", "2018-10-31"], "2018-10-30", ["USA"] + YH)
# ---------------------------------------------------------------- 07 Public broadcaster: strikes on Syria after Douma, 2018-04-14 (Sat)
a = "d12_07_aanvallen_syrie_douma"
W3 = ["USA", "FRA", "GBR"]
ev(a, R, "warning", "occurred",
   ["Hij zei dat de Verenigde Staten bereid zijn om door te gaan \"totdat het Syrische regime stopt\" met het gebruik van chemische wapens"],
   ["2018-04-13", "2018-04-14"], "2018-04-13", ["USA", "SYR"], "TV address late Friday US time = night to Saturday in Europe")
ev(a, R, "condemnation", "occurred",
   ["VS, Frankrijk en Groot-Brittannië bombarderen doelen in Syrië, Poetin woedend",
    "President Poetin veroordeelde de aanvallen vandaag in een verklaring \"in de scherpste bewoordingen\"",
    "Hij sprak van een daad van agressie tegen een soevereine staat"],
   "2018-04-14", "2018-04-14", ["RUS"] + W3)
ev(a, R, "demand", "occurred",
   ["Rusland heeft om een spoedvergadering van de VN-Veiligheidsraad gevraagd"],
   "2018-04-14", "2018-04-14", ["RUS", "UN"])
ev(a, R, ["talks", "summit"], "planned",
   ["Die komt vanmiddag, New Yorkse tijd, bijeen"],
   "2018-04-14", "2018-04-14", ["UN", "RUS"], "UNSC session this afternoon, requested by Russia")
ev(a, R, "proposal", "planned",
   ["Moskou wil daar een resolutie indienen waarin de aanvallen worden veroordeeld"],
   "2018-04-14", "2018-04-14", ["RUS", "UN"], "draft resolution")
ev(a, R, "warning", "occurred",
   ["De Russische ambassadeur in Washington, Anatoli Antonov, waarschuwde dat zulke acties \"niet zonder gevolgen\" zullen blijven"],
   ["2018-04-13", "2018-04-14"], "2018-04-13", ["RUS", "USA"], "right after the strikes, Friday night US time")
ev(a, R, "condemnation", "occurred",
   ["Ook de Iraanse opperste leider Ali Khamenei haalde uit: hij noemde de leiders van de drie westerse landen misdadigers"],
   "2018-04-14", "2018-04-14", ["IRN"] + W3)
ev(a, R, "condemnation", "occurred",
   ["De Syrische regering spreekt van een flagrante schending van het internationaal recht"],
   ["2018-04-13", "2018-04-14"], "2018-04-14", ["SYR"] + W3)
ev(a, O, "condemnation", "occurred",
   ["De Franse president Emmanuel Macron zei dat de rode lijn die Frankrijk vorig jaar had getrokken, is overschreden"],
   "2018-04-14", "2018-04-14", ["FRA", "SYR"], "implicit accusation")
ev(a, R, "warning", "occurred",
   ["Trump reageerde woensdag op Twitter op Russische dreigementen: \"Maak je klaar, Rusland\", schreef hij, want de raketten zouden komen, \"mooi, nieuw en slim\""],
   "2018-04-11", "2018-04-11", ["USA", "RUS"])
ev(a, R, "warning", "occurred",
   ["Een dag eerder had de Russische ambassadeur in Libanon gewaarschuwd dat Amerikaanse raketten zouden worden neergeschoten en dat ook de plekken van waaruit ze werden afgevuurd een doelwit konden worden"],
   "2018-04-10", "2018-04-10", ["RUS", "USA"])
ev(a, R, "proposal", "occurred",
   ["In de VN-Veiligheidsraad blokkeerde Rusland dinsdag met een veto een Amerikaans voorstel voor een nieuw onafhankelijk onderzoek naar het gebruik van chemische wapens in Syrië"],
   "2018-04-10", "2018-04-10", ["USA", "UN"], "US draft resolution")
ev(a, N, ["agreement"], "negated",
   ["In de VN-Veiligheidsraad blokkeerde Rusland dinsdag met een veto een Amerikaans voorstel voor een nieuw onafhankelijk onderzoek naar het gebruik van chemische wapens in Syrië"],
   None, None, ["UN", "USA", "RUS"], "vetoed")
ev(a, R, "talks", "occurred",
   ["Trump, Macron en May belden de afgelopen dagen meerdere keren met elkaar over een gezamenlijk antwoord"],
   ["2018-04-08", "2018-04-14"], None, W3, "repeated calls, one event; 'de afgelopen dagen' = the 7 days up to publication")
ev(a, O, ["delivery", "warning"], "planned",
   ["Een hoge Russische militair zei vanochtend dat Moskou opnieuw overweegt om het geavanceerde luchtafweersysteem S-300 aan Syrië te leveren"],
   "2018-04-14", "2018-04-14", ["RUS", "SYR"], "considered delivery")
# ---------------------------------------------------------------- 08 Interview (Q&A): Poland's reparations claim, 2022-10-05 (Wed)
a = "d12_08_interview_polen_herstelbetalingen"
PD = ["POL", "DEU"]
ev(a, R, "demand", "occurred",
   ["Polen wil 1300 miljard euro van Duitsland als vergoeding voor de schade van de Tweede Wereldoorlog",
    "Minister van Buitenlandse Zaken Zbigniew Rau heeft maandag een diplomatieke nota ondertekend waarin Polen Duitsland formeel om herstelbetalingen vraagt",
    "Het bedrag is 6200 miljard zloty, ruim 1300 miljard euro",
    "Dat hij dat op 3 oktober deed, de Dag van de Duitse Eenheid, is natuurlijk geen toeval"],
   "2022-10-03", "2022-10-03", PD, "diplomatic note")
ev(a, R, ["proposal", "talks"], "occurred",
   ["In de nota staat ook dat Warschau met Berlijn wil onderhandelen over hoe het geld er moet komen"],
   "2022-10-03", "2022-10-03", PD, "offer to negotiate in the note (talks with status planned also fine)")
ev(a, R, "talks", "occurred",
   ["De Duitse minister van Buitenlandse Zaken Annalena Baerbock was gisteren toevallig al in Warschau voor een gesprek met Rau"],
   "2022-10-04", "2022-10-04", ["DEU", "POL"])
ev(a, N, ["talks", "proposal", "agreement"], "negated",
   ["Ze was vriendelijk, maar duidelijk: voor Duitsland is de kwestie juridisch afgesloten",
    "Onderhandelingen over herstelbetalingen komen er niet"],
   None, None, ["DEU", "POL"], "Berlin's refusal")
ev(a, R, "demand", "occurred",
   ["Jarosław Kaczyński, de leider van regeringspartij PiS, presenteerde dat op 1 september in het Koninklijk Kasteel in Warschau",
    "Hij eiste toen dat Duitsland betaalt"],
   "2022-09-01", "2022-09-01", PD, "report and demand of 1 Sept")
ev(a, R, "demand", "occurred",
   ["Half september nam de Sejm, het Poolse parlement, met grote meerderheid een resolutie aan waarin Duitsland wordt opgeroepen de verantwoordelijkheid te nemen en te betalen"],
   ["2022-09-11", "2022-09-20"], "2022-09-14", PD, "parliament's resolution addressed to Germany")
ev(a, O, "agreement", "occurred",
   ["In 1953 zag Polen onder druk van Moskou af van verdere herstelbetalingen door Duitsland"],
   ["1953-01-01", "1953-12-31"], "1953-08-23", PD, "1953 renunciation, background")
ev(a, O, "agreement", "occurred",
   ["Duitsland wijst ook naar het Twee-plus-Vier-verdrag van 1990, waarin de Duitse hereniging werd geregeld"],
   ["1990-01-01", "1990-12-31"], "1990-09-12", ["DEU", "USA", "GBR", "FRA", "SUN"], "Two-plus-Four treaty in passing")
ev(a, N, ["agreement"], "negated",
   ["Daarin werd niets meer over herstelbetalingen afgesproken"],
   None, None, ["DEU", "POL"])
ev(a, O, "delivery", "occurred",
   ["Wel heeft Duitsland later geld gestort in een fonds voor Poolse dwangarbeiders"],
   None, None, PD, "payments to a compensation fund, undated")
ev(a, O, "condemnation", "occurred",
   ["Kaczyński verwijt Berlijn al jaren dat het Europa wil domineren"],
   None, None, PD, "habitual criticism")
ev(a, O, "condemnation", "occurred",
   ["Polen vindt dat Duitsland Oekraïne te weinig helpt"],
   None, None, PD, "opinion")
ev(a, R, "delivery", "occurred",
   ["terwijl Polen zelf dit voorjaar honderden tanks aan Kiev heeft gegeven"],
   ["2022-03-01", "2022-05-31"], None, ["POL", "UKR"], "'dit voorjaar' = March-May")
ev(a, R, "warning", "occurred",
   ["Rau heeft gezegd dat Polen de kwestie desnoods bij internationale organisaties aanhangig zal maken, zoals de Verenigde Naties"],
   None, None, ["POL", "DEU", "UN"], "conditional threat, undated")
# ---------------------------------------------------------------- 09 Quality-paper background: Spain, Morocco, Algeria, header 2022-06 (month only)
a = "d12_09_achtergrond_spanje_marokko_algerije"
EM = ["ESP", "MAR"]
ED = ["DZA", "ESP"]
ev(a, R, ["proposal", "agreement"], "occurred",
   ["Maar de bocht die hij in maart maakte in de kwestie van de Westelijke Sahara, heeft een nieuwe crisis opgeleverd",
    "De ommekeer kwam op 18 maart dit jaar",
    "Het Marokkaanse koningshuis maakte toen een brief van Sánchez aan koning Mohammed VI openbaar",
    "Daarin schrijft de premier dat Spanje het Marokkaanse autonomieplan voor de Westelijke Sahara uit 2007 beschouwt als \"de meest serieuze, realistische en geloofwaardige basis\" voor een oplossing"],
   "2022-03-18", "2022-03-18", EM, "Sánchez's letter endorsing the autonomy plan, made public on 18 March")
ev(a, O, "proposal", "occurred",
   ["het Marokkaanse autonomieplan voor de Westelijke Sahara uit 2007"],
   ["2007-01-01", "2007-12-31"], "2007-04-11", ["MAR", "UN"], "the 2007 plan in passing")
ev(a, O, ["agreement", "talks"], "occurred",
   ["Rabat reageerde opgetogen en stuurde zijn ambassadeur terug naar Madrid"],
   ["2022-03-18", "2022-03-31"], "2022-03-20", ["MAR", "ESP"], "return of the ambassador: restored relations, no clear type")
ev(a, R, ["summit", "talks"], "occurred",
   ["Op 7 april dineerde Sánchez in Rabat met de koning"],
   "2022-04-07", "2022-04-07", EM)
ev(a, R, "agreement", "occurred",
   ["De twee landen spraken daar een 'routekaart' af, met onder meer de heropening van de grensovergangen bij Ceuta en Melilla, die sinds het begin van de coronapandemie dicht waren"],
   "2022-04-07", "2022-04-07", EM, "roadmap")
ev(a, R, ["sanction", "condemnation"], "occurred",
   ["Algerije, dat de Polisario steunt, was woedend",
    "Een dag na de publicatie van de brief riep het zijn ambassadeur uit Madrid terug"],
   "2022-03-19", "2022-03-19", ED, "recall of the ambassador (reduce relations)")
ev(a, R, "warning", "occurred",
   ["Eind april waarschuwde het Algerijnse ministerie van Energie dat Algerije zijn gascontract met Spanje zou opzeggen als Spanje Algerijns gas doorlevert aan Marokko"],
   ["2022-04-21", "2022-04-30"], "2022-04-27", ED)
ev(a, R, "delivery", "planned",
   ["Madrid wil Marokko helpen door gas in omgekeerde richting door een bestaande pijpleiding naar Marokko te sturen"],
   None, None, EM, "planned reverse-flow gas supply, undated")
ev(a, N, ["delivery"], "negated",
   ["Die leiding loopt sinds november vorig jaar niet meer vanuit Algerije"],
   None, None, ["DZA", "MAR", "ESP"], "gas flow through Morocco halted")
ev(a, R, "sanction", "occurred",
   ["Algiers verbrak in augustus 2021 de diplomatieke betrekkingen met Marokko"],
   ["2021-08-01", "2021-08-31"], "2021-08-24", ["DZA", "MAR"], "breaking off relations")
ev(a, R, "sanction", "occurred",
   ["en liet het contract voor het transport van gas via Marokkaans grondgebied daarna aflopen"],
   ["2021-10-31", "2021-11-30"], "2021-10-31", ["DZA", "MAR"], "halt of gas transit as pressure (with the negative delivery); dated by 'sinds november vorig jaar'")
ev(a, R, "sanction", "occurred",
   ["Verdrag opgeschort",
    "Op 8 juni ging Algerije een stap verder: het schortte het vriendschapsverdrag met Spanje uit 2002 op"],
   "2022-06-08", "2022-06-08", ED, "suspension of the 2002 treaty")
ev(a, O, "agreement", "occurred",
   ["het schortte het vriendschapsverdrag met Spanje uit 2002 op"],
   ["2002-01-01", "2002-12-31"], "2002-10-08", ED, "the 2002 treaty in passing")
ev(a, R, "sanction", "occurred",
   ["Een dag later kregen Algerijnse banken de opdracht om betalingen voor handel met Spanje te bevriezen",
    "Spaanse bedrijven die naar Algerije exporteren, zitten met lege handen"],
   "2022-06-09", "2022-06-09", ED, "trade freeze")
ev(a, R, "talks", "occurred",
   ["De Spaanse minister van Buitenlandse Zaken José Manuel Albares reisde daarop naar Brussel voor overleg met de Europese Commissie"],
   ["2022-06-09", "2022-06-30"], "2022-06-10", ["ESP", "EU"], "'daarop': after 9 June, within the header month")
ev(a, R, "warning", "occurred",
   ["waarschuwden dat de EU klaarstaat om op te treden tegen elke vorm van dwang tegen een lidstaat"],
   ["2022-06-09", "2022-06-30"], "2022-06-10", ["EU", "DZA"])
ev(a, O, "condemnation", "occurred",
   ["EU-buitenlandchef Josep Borrell en Eurocommissaris Valdis Dombrovskis noemden de Algerijnse stappen \"uiterst zorgwekkend\""],
   ["2022-06-09", "2022-06-30"], "2022-06-10", ["EU", "DZA"], "expression of concern, same sentence as the warning")
ev(a, O, "condemnation", "occurred",
   ["Algerije noemde die reactie overhaast"],
   ["2022-06-09", "2022-06-30"], None, ["DZA", "EU"], "mild rejoinder")
ev(a, R, "delivery", "planned",
   ["De gasleveringen zelf gaan door",
    "Algiers heeft laten weten dat het zijn contracten met Spanje blijft nakomen"],
   ["2022-06-01", "2022-06-30"], None, ED, "continued supply: statement in the header month")
ev(a, R, "condemnation", "occurred",
   ["Marokko was woedend dat Brahim Ghali, de leider van de Sahrawi-bevrijdingsbeweging Polisario, een maand eerder in een Spaans ziekenhuis was opgenomen",
    "Rabat tekende daar in april 2021 al scherp protest tegen aan"],
   ["2021-04-01", "2021-04-30"], None, ["MAR", "ESP"])
ev(a, O, "condemnation", "occurred",
   ["Voor Spanje was het duidelijk dat Rabat de migranten als drukmiddel gebruikte"],
   ["2021-05-01", "2021-05-31"], None, EM, "accusation, vague")
ev(a, R, ["condemnation", "talks", "demand"], "occurred",
   ["Op 18 mei 2021 ontbood het Spaanse ministerie van Buitenlandse Zaken de Marokkaanse ambassadeur Karima Benyaich"],
   "2021-05-18", "2021-05-18", EM, "summoning")
ev(a, R, "sanction", "occurred",
   ["Nog dezelfde dag riep Marokko haar terug voor overleg"],
   "2021-05-18", "2021-05-18", ["MAR", "ESP"], "recall of the ambassador")
ev(a, O, ["warning", "condemnation"], "occurred",
   ["Eurocommissaris Margaritis Schinas zei dat Europa zich door niemand laat intimideren"],
   ["2021-05-01", "2021-05-31"], "2021-05-19", ["EU", "MAR"], "in the Ceuta crisis of May 2021")
ev(a, R, "condemnation", "occurred",
   ["Het Europees Parlement veroordeelde op 10 juni 2021 in een resolutie het gebruik van minderjarigen als politiek drukmiddel door Marokko"],
   "2021-06-10", "2021-06-10", ["EU", "MAR"])
ev(a, O, "condemnation", "occurred",
   ["Ook de coalitiepartner van Sánchez, Unidas Podemos, had er kritiek op",
    "Het Spaanse parlement nam in april een niet-bindende motie aan waarin de nieuwe lijn wordt afgewezen"],
   ["2022-04-01", "2022-04-30"], None, ["ESP"], "domestic criticism")
# ---------------------------------------------------------------- 10 Regional paper, foreign page: Biden-Xi in Bali, 2022-11-15 (Tue)
a = "d12_10_bali_biden_xi"
UC = ["USA", "CHN"]
ev(a, R, ["summit", "talks"], "occurred",
   ["Biden en Xi zoeken op Bali voorzichtig naar een bodem onder de relatie",
    "Drie uur lang zaten ze tegenover elkaar in een luxehotel op het Indonesische eiland Bali",
    "Het gesprek tussen de Amerikaanse president Joe Biden en de Chinese president Xi Jinping, maandag aan de vooravond van de G20-top, was hun eerste ontmoeting in persoon sinds Biden president werd",
    "Beiden gaven elkaar bij aankomst een lange handdruk voor de camera's"],
   "2022-11-14", "2022-11-14", UC)
ev(a, R, "condemnation", "occurred",
   ["Biden zei in het gesprek dat de Verenigde Staten zich verzetten tegen het steeds agressievere optreden van Peking tegenover het eiland"],
   "2022-11-14", "2022-11-14", UC)
ev(a, R, "warning", "occurred",
   ["Xi waarschuwde dat Taiwan \"de eerste rode lijn is die niet mag worden overschreden\" in de relatie tussen beide landen"],
   "2022-11-14", "2022-11-14", ["CHN", "USA"])
ev(a, O, "condemnation", "occurred",
   ["Volgens het Witte Huis sprak Biden zijn zorgen uit over de behandeling van de Oeigoeren in Xinjiang en over de situatie in Tibet en Hongkong"],
   "2022-11-14", "2022-11-14", UC, "concerns: mild")
ev(a, R, "condemnation", "occurred",
   ["Xi maakte op zijn beurt bezwaar tegen de Amerikaanse beperkingen op de export van chips naar China"],
   "2022-11-14", "2022-11-14", ["CHN", "USA"])
ev(a, O, "sanction", "occurred",
   ["Xi maakte op zijn beurt bezwaar tegen de Amerikaanse beperkingen op de export van chips naar China"],
   None, None, UC, "US export controls in passing")
ev(a, R, "demand", "occurred",
   ["Biden vroeg Xi om zijn invloed op Noord-Korea te gebruiken om nieuwe kernproeven te voorkomen"],
   "2022-11-14", "2022-11-14", UC + ["PRK"])
ev(a, N, ["condemnation"], "negated",
   ["Voor China, dat de Russische inval nooit heeft veroordeeld, is dat een opvallende uitspraak"],
   None, None, ["CHN", "RUS"])
ev(a, R, "agreement", "occurred",
   ["Het concreetste resultaat gaat over Oekraïne",
    "Volgens het Witte Huis spraken de twee presidenten af dat een kernoorlog nooit mag worden gevoerd, en dat ze zich verzetten tegen het gebruik van kernwapens, of het dreigen daarmee, in Oekraïne"],
   "2022-11-14", "2022-11-14", UC)
ev(a, R, "agreement", "occurred",
   ["Verder spraken ze af dat hoge ambtenaren van beide landen weer met elkaar gaan praten over klimaat, schuldverlichting voor arme landen en voedselzekerheid"],
   "2022-11-14", "2022-11-14", UC)
ev(a, O, "talks", "planned",
   ["Verder spraken ze af dat hoge ambtenaren van beide landen weer met elkaar gaan praten over klimaat, schuldverlichting voor arme landen en voedselzekerheid"],
   None, None, UC, "the resumed talks themselves, undated")
ev(a, O, "sanction", "occurred",
   ["China had dat overleg in augustus opgeschort, na het bezoek van de voorzitter van het Amerikaanse Huis van Afgevaardigden aan Taiwan"],
   ["2022-08-01", "2022-08-31"], "2022-08-05", UC, "suspension after the Pelosi visit (topic of an earlier set), in passing")
ev(a, R, "talks", "planned",
   ["Minister van Buitenlandse Zaken Antony Blinken reist begin volgend jaar naar China om de gesprekken voort te zetten"],
   ["2023-01-01", "2023-03-31"], None, UC, "'begin volgend jaar' = first quarter")
ev(a, O, "talks", "occurred",
   ["Sinds Biden in januari 2021 aantrad, spraken de twee leiders elkaar alleen via video of telefoon"],
   None, None, UC, "earlier calls, summarised")
ev(a, R, "talks", "occurred",
   ["In juli belden ze ruim twee uur, vooral over Taiwan"],
   ["2022-07-01", "2022-07-31"], "2022-07-28", UC)
ev(a, O, "summit", "occurred",
   ["maandag aan de vooravond van de G20-top",
    "De G20-top zelf begint vandaag",
    "De Russische president Vladimir Poetin is niet naar Bali gekomen; Rusland wordt vertegenwoordigd door minister van Buitenlandse Zaken Sergej Lavrov"],
   ["2022-11-15", "2022-11-16"], "2022-11-15", ["G20", "IDN"], "G20 Bali, begins today")
ev(a, O, "talks", "planned",
   ["De Oekraïense president Volodymyr Zelensky spreekt de leiders via een videoverbinding toe"],
   "2022-11-15", "2022-11-15", ["UKR", "G20"])
ev(a, R, ["talks", "summit"], "occurred",
   ["Biden sprak maandag ook met de Indonesische president Joko Widodo, de gastheer van de top"],
   "2022-11-14", "2022-11-14", ["USA", "IDN"])
# ---------------------------------------------------------------- 11 Public broadcaster: Hong Kong security law, BN(O) offer, 2020-07-01 (Wed)
a = "d12_11_hongkong_veiligheidswet"
ev(a, R, "proposal", "occurred",
   ["Londen opent deur voor miljoenen Hongkongers na invoering veiligheidswet",
    "Groot-Brittannië gaat bijna drie miljoen inwoners van Hongkong de mogelijkheid bieden om zich in het Verenigd Koninkrijk te vestigen en op termijn Brits staatsburger te worden",
    "Premier Boris Johnson maakte dat vandaag in het Lagerhuis bekend, een dag nadat China de omstreden nationale veiligheidswet voor Hongkong heeft ingevoerd",
    "Het aanbod geldt voor mensen met een zogenoemd BN(O)-paspoort",
    "Zij mogen vijf jaar in Groot-Brittannië wonen en werken en kunnen daarna een verblijfsvergunning en het staatsburgerschap aanvragen"],
   "2020-07-01", "2020-07-01", ["GBR", "HKG"], "offer to BN(O) holders")
ev(a, R, "condemnation", "occurred",
   ["Minister van Buitenlandse Zaken Dominic Raab zei in het parlement dat de wet een \"duidelijke en ernstige schending\" is van de Chinees-Britse verklaring van 1984"],
   "2020-07-01", "2020-07-01", ["GBR", "CHN"])
ev(a, O, "agreement", "occurred",
   ["de Chinees-Britse verklaring van 1984, waarin China beloofde dat Hongkong tot 2047 een grote mate van zelfstandigheid zou houden"],
   ["1984-01-01", "1984-12-31"], "1984-12-19", ["GBR", "CHN"], "Joint Declaration in passing")
ev(a, R, "warning", "occurred",
   ["Peking waarschuwde vorige maand al dat het tegenmaatregelen zal nemen als Londen de Hongkongers een verblijfsrecht geeft"],
   ["2020-06-01", "2020-06-30"], None, ["CHN", "GBR"])
ev(a, O, "condemnation", "occurred",
   ["Volgens China bemoeit Groot-Brittannië zich met zijn binnenlandse zaken"],
   None, None, ["CHN", "GBR"], "standing accusation")
ev(a, R, "sanction", "occurred",
   ["Maandag maakte minister van Buitenlandse Zaken Mike Pompeo bekend dat Amerikaanse defensiegoederen niet langer naar Hongkong worden uitgevoerd",
    "Ook voor gevoelige technologie gelden nu dezelfde regels als voor de rest van China"],
   "2020-06-29", "2020-06-29", ["USA", "HKG", "CHN"], "end of defence exports and of special export treatment")
ev(a, N, ["delivery"], "negated",
   ["Maandag maakte minister van Buitenlandse Zaken Mike Pompeo bekend dat Amerikaanse defensiegoederen niet langer naar Hongkong worden uitgevoerd"],
   None, None, ["USA", "HKG"], "halted exports")
ev(a, R, "sanction", "occurred",
   ["Vrijdag had Pompeo al visumbeperkingen aangekondigd voor Chinese functionarissen die volgens Washington verantwoordelijk zijn voor het inperken van de vrijheden in Hongkong"],
   "2020-06-26", "2020-06-26", ["USA", "CHN"])
ev(a, R, "sanction", "occurred",
   ["China antwoordde maandag met visumbeperkingen voor Amerikanen die zich volgens Peking \"misdragen\" in de kwestie Hongkong"],
   "2020-06-29", "2020-06-29", ["CHN", "USA"])
ev(a, O, "sanction", "planned",
   ["Het Amerikaanse Congres werkt daarnaast aan een wet die sancties mogelijk maakt tegen banken die zaken doen met Chinese functionarissen die betrokken zijn bij de veiligheidswet"],
   None, None, ["USA", "CHN"], "bill in Congress")
ev(a, R, "condemnation", "occurred",
   ["Europees president Charles Michel zei gisteren dat de EU de invoering van de wet \"betreurt\""],
   "2020-06-30", "2020-06-30", ["EU", "CHN"])
ev(a, R, "talks", "planned",
   ["De Europese ministers van Buitenlandse Zaken bespreken later deze maand hoe ze verder willen reageren"],
   ["2020-07-02", "2020-07-31"], "2020-07-13", ["EU"], "'later deze maand' = rest of the month")
ev(a, R, "condemnation", "occurred",
   ["In de VN-Mensenrechtenraad in Genève las Groot-Brittannië gisteren namens 27 landen, waaronder Nederland, een verklaring voor waarin ze hun ernstige bezorgdheid over de wet uitspreken"],
   "2020-06-30", "2020-06-30", ["GBR", "NLD", "CHN"], "joint statement of 27 countries")
# ---------------------------------------------------------------- 12 Quality-paper analysis: China's sanctions on MEPs and the frozen CAI, 2021-05-21 (Fri)
a = "d12_12_analyse_china_sancties_investeringsakkoord"
EC = ["EU", "CHN"]
ev(a, R, "sanction", "occurred",
   ["Sancties op Europarlementariërs kosten Peking zijn investeringsakkoord",
    "Het investeringsakkoord tussen de Europese Unie en China ligt in de vriezer",
    "Het Europees Parlement besloot gisteren met een ruime meerderheid dat het de overeenkomst niet zal behandelen zolang China zijn sancties tegen Europese parlementsleden niet intrekt",
    "Het parlement maakt dat nu formeel"],
   "2021-05-20", "2021-05-20", EC, "freezing ratification as a measure against China (as a halted transfer: sanction with a negative agreement)")
ev(a, N, ["agreement"], "negated",
   ["Het Europees Parlement besloot gisteren met een ruime meerderheid dat het de overeenkomst niet zal behandelen zolang China zijn sancties tegen Europese parlementsleden niet intrekt"],
   None, None, EC, "no ratification")
ev(a, R, "agreement", "occurred",
   ["Op 30 december bereikten Merkel, de Franse president Emmanuel Macron, Europees president Charles Michel en Commissievoorzitter Ursula von der Leyen in een videogesprek met de Chinese president Xi Jinping een akkoord in principe"],
   "2020-12-30", "2020-12-30", EC + ["DEU", "FRA"], "CAI agreed in principle")
ev(a, R, ["summit", "talks"], "occurred",
   ["Op 30 december bereikten Merkel, de Franse president Emmanuel Macron, Europees president Charles Michel en Commissievoorzitter Ursula von der Leyen in een videogesprek met de Chinese president Xi Jinping een akkoord in principe"],
   "2020-12-30", "2020-12-30", EC + ["DEU", "FRA"], "the leaders' video call, second event in the sentence")
ev(a, O, "talks", "occurred",
   ["Na zeven jaar onderhandelen zouden Europese bedrijven makkelijker in China kunnen investeren"],
   None, None, EC, "seven years of negotiations")
ev(a, O, ["sanction", "agreement"], "occurred",
   ["Eurocommissaris Valdis Dombrovskis liet begin deze maand al weten dat de Commissie haar pogingen om steun voor het akkoord te werven, had opgeschort"],
   ["2021-05-01", "2021-05-10"], "2021-05-04", EC, "Commission's suspension of outreach")
ev(a, R, "sanction", "occurred",
   ["De ijstijd begon op 22 maart",
    "Die dag legden de EU-ministers van Buitenlandse Zaken sancties op aan vier Chinese functionarissen en een organisatie in de regio Xinjiang, vanwege de massale onderdrukking van de Oeigoeren",
    "Het waren de eerste Europese sancties tegen China sinds het wapenembargo na het bloedbad op het Plein van de Hemelse Vrede in 1989",
    "de Europese sancties blijven van kracht"],
   "2021-03-22", "2021-03-22", EC, "EU human-rights sanctions over Xinjiang")
ev(a, O, "sanction", "occurred",
   ["Het waren de eerste Europese sancties tegen China sinds het wapenembargo na het bloedbad op het Plein van de Hemelse Vrede in 1989"],
   ["1989-01-01", "1989-12-31"], "1989-06-27", EC, "1989 arms embargo in passing")
ev(a, R, "sanction", "occurred",
   ["De Verenigde Staten, Groot-Brittannië en Canada namen dezelfde dag vergelijkbare maatregelen"],
   "2021-03-22", "2021-03-22", ["USA", "GBR", "CAN", "CHN"], "three coordinated national packages: one line")
ev(a, N, ["sanction"], "negated",
   ["Opvallend genoeg ontbrak de hoogste partijbaas in Xinjiang, Chen Quanguo, op de Europese lijst"],
   None, None, EC)
ev(a, O, "sanction", "occurred",
   ["Washington had hem vorig jaar al op zijn eigen sanctielijst gezet"],
   ["2020-01-01", "2020-12-31"], "2020-07-09", ["USA", "CHN"], "in passing")
ev(a, R, "sanction", "occurred",
   ["Peking sloeg binnen een uur terug, en harder dan verwacht",
    "Het zette tien Europeanen en vier organisaties op een zwarte lijst",
    "Onder hen zijn vijf leden van het Europees Parlement, onder wie de Duitse groene Reinhard Bütikofer, voorzitter van de China-delegatie van het parlement, en de complete mensenrechtencommissie van het parlement",
    "Ook het D66-Kamerlid Sjoerd Sjoerdsma staat op de lijst"],
   "2021-03-22", "2021-03-22", ["CHN", "EU", "NLD"], "China's counter-sanctions")
ev(a, O, "condemnation", "occurred",
   ["Hij had in februari de motie ingediend waarin de Tweede Kamer de behandeling van de Oeigoeren als genocide bestempelde"],
   ["2021-02-01", "2021-02-28"], "2021-02-25", ["NLD", "CHN"], "parliamentary motion")
ev(a, R, "demand", "occurred",
   ["China eiste dat de EU haar \"fout\" erkent en de sancties terugdraait"],
   ["2021-03-22", "2021-03-23"], None, ["CHN", "EU"])
ev(a, R, ["condemnation", "talks", "demand"], "occurred",
   ["Het Chinese ministerie van Buitenlandse Zaken ontbood de EU-ambassadeur in Peking om te protesteren"],
   ["2021-03-22", "2021-03-23"], None, ["CHN", "EU"], "summoning")
ev(a, R, ["condemnation", "talks", "demand"], "occurred",
   ["Ook in Den Haag werd de Chinese ambassadeur op het ministerie ontboden, om uitleg te geven over de maatregel tegen Sjoerdsma"],
   ["2021-03-22", "2021-03-23"], None, ["NLD", "CHN"], "summoning")
ev(a, R, "condemnation", "occurred",
   ["In de resolutie van gisteren veroordeelt het parlement de Chinese sancties als ongegrond en willekeurig"],
   "2021-05-20", "2021-05-20", EC)
ev(a, R, "demand", "occurred",
   ["Het roept Peking op ze op te heffen voordat er over het akkoord kan worden gepraat"],
   "2021-05-20", "2021-05-20", EC)
ev(a, O, "proposal", "occurred",
   ["China zegt dat het zijn sancties pas opheft als de EU dat ook doet"],
   None, None, ["CHN", "EU"], "conditional offer")
# ---------------------------------------------------------------- 13 Short news-site item: Rutte at the White House, 2023-01-18 (Wed)
a = "d12_13_rutte_witte_huis_chips"
ev(a, R, ["talks", "summit"], "occurred",
   ["Rutte bij Biden: chips en Patriots op tafel in het Oval Office",
    "Premier Rutte is gisteren in het Witte Huis ontvangen door president Biden",
    "De twee spraken in het Oval Office over de oorlog in Oekraïne en over China",
    "Volgens het Witte Huis spraken de twee leiders ook over de NAVO-top in de Litouwse hoofdstad Vilnius, in juli"],
   "2023-01-17", "2023-01-17", ["NLD", "USA"])
ev(a, O, "summit", "planned",
   ["Volgens het Witte Huis spraken de twee leiders ook over de NAVO-top in de Litouwse hoofdstad Vilnius, in juli"],
   ["2023-07-01", "2023-07-31"], "2023-07-11", ["NATO"], "Vilnius summit (topic of an earlier set), in passing")
ev(a, O, ["proposal", "agreement"], "occurred",
   ["dat de twee landen samenwerken aan de uitdagingen die China met zich meebrengt, ook op het gebied van technologie"],
   "2023-01-17", "2023-01-17", ["USA", "NLD", "CHN"], "stated cooperation; vague")
ev(a, R, "sanction", "occurred",
   ["De Verenigde Staten voerden in oktober strenge beperkingen in op de uitvoer van geavanceerde chips en apparatuur om chips te maken naar China"],
   ["2022-10-01", "2022-10-31"], "2022-10-07", ["USA", "CHN"], "export controls")
ev(a, R, "demand", "occurred",
   ["Washington dringt er al maanden op aan dat Nederland en Japan, waar de andere grote makers van zulke machines zitten, hetzelfde doen"],
   None, None, ["USA", "NLD", "JPN"], "'al maanden': no date")
ev(a, R, "sanction", "occurred",
   ["ASML mag zijn meest geavanceerde machines, die met extreem ultraviolet licht werken, sinds 2019 al niet aan China verkopen"],
   ["2019-01-01", "2019-12-31"], None, ["NLD", "CHN"], "no export licence since 2019")
ev(a, N, ["delivery"], "negated",
   ["ASML mag zijn meest geavanceerde machines, die met extreem ultraviolet licht werken, sinds 2019 al niet aan China verkopen",
    "de Nederlandse regering verleent daarvoor geen exportvergunning"],
   None, None, ["NLD", "CHN"])
ev(a, O, "delivery", "occurred",
   ["waarvan ASML er nog veel aan Chinese klanten levert"],
   None, None, ["NLD", "CHN"], "commercial sales")
ev(a, R, "delivery", "planned",
   ["Rutte maakte in Washington wel iets anders bekend",
    "Nederland wil samen met de Verenigde Staten en Duitsland een Patriot-luchtafweersysteem aan Oekraïne leveren",
    "Hoe die bijdrage eruit gaat zien, moet nog worden uitgewerkt"],
   "2023-01-17", "2023-01-17", ["NLD", "UKR", "USA", "DEU"], "announced in Washington")
ev(a, R, "delivery", "planned",
   ["Duitsland maakte begin januari samen met de VS bekend dat het een Patriot-batterij naar Oekraïne stuurt"],
   ["2023-01-01", "2023-01-10"], "2023-01-05", ["DEU", "UKR", "USA"])
ev(a, O, "demand", "occurred",
   ["Oekraïne vraagt al sinds het najaar om meer luchtafweer"],
   None, None, ["UKR"], "standing request")
# ---------------------------------------------------------------- 14 News roundup: NATO summit in Madrid and the day's news, 2022-06-29 (Wed)
a = "d12_14_overzicht_navo_top_madrid"
FS = ["NATO", "FIN", "SWE"]
HEAD = "NAVO nodigt Finland en Zweden uit, Poetin dreigt"
ev(a, R, "proposal", "occurred",
   [HEAD, "NAVO-landen nodigen Finland en Zweden uit",
    "De dertig NAVO-landen hebben Finland en Zweden vandaag op hun top in Madrid officieel uitgenodigd om lid te worden van het bondgenootschap",
    "De uitnodiging kon er komen nadat Turkije gisteravond zijn verzet had opgegeven"],
   "2022-06-29", "2022-06-29", FS, "invitation")
ev(a, O, "agreement", "planned",
   ["Daarmee is de weg vrij voor de toetreding, al moeten de parlementen van alle lidstaten die nog goedkeuren"],
   None, None, FS, "ratification of accession, undated")
ev(a, O, "agreement", "occurred",
   ["nadat Turkije gisteravond zijn verzet had opgegeven, in ruil voor toezeggingen van de twee Noordse landen"],
   "2022-06-28", "2022-06-28", ["TUR", "FIN", "SWE"], "trilateral memorandum (topic of an earlier set), in passing")
ev(a, R, "summit", "occurred",
   ["De dertig NAVO-landen hebben Finland en Zweden vandaag op hun top in Madrid officieel uitgenodigd om lid te worden van het bondgenootschap",
    "\"Dit is een historische top\", zei secretaris-generaal Jens Stoltenberg",
    "De top begon gisteravond met een diner in het koninklijk paleis en duurt tot en met morgen",
    "De NAVO-top gaat morgen verder"],
   ["2022-06-28", "2022-06-30"], "2022-06-29", ["NATO"], "Madrid summit 28-30 June")
ev(a, O, "proposal", "occurred",
   ["In 1997 nodigde het bondgenootschap daar Polen, Hongarije en Tsjechië uit om lid te worden"],
   ["1997-01-01", "1997-12-31"], "1997-07-08", ["NATO", "POL", "HUN", "CZE"], "1997 Madrid summit in passing")
ev(a, R, "agreement", "occurred",
   ["De regeringsleiders namen ook een nieuw strategisch concept aan, het document dat de koers van de NAVO voor de komende jaren bepaalt"],
   "2022-06-29", "2022-06-29", ["NATO"], "Strategic Concept adopted")
ev(a, R, ["condemnation", "warning"], "occurred",
   ["Rusland \"grootste dreiging\", China voor het eerst genoemd",
    "Rusland wordt daarin de \"belangrijkste en meest directe dreiging\" voor de veiligheid van de bondgenoten genoemd"],
   "2022-06-29", "2022-06-29", ["NATO", "RUS"], "content of the concept in another type")
ev(a, O, "agreement", "occurred",
   ["In het vorige concept, uit 2010, was Rusland nog een strategische partner"],
   ["2010-01-01", "2010-12-31"], "2010-11-19", ["NATO"], "2010 concept in passing")
ev(a, R, "condemnation", "occurred",
   ["Voor het eerst staat ook China in het document",
    "De ambities en het dwingende beleid van Peking vormen volgens de NAVO een uitdaging voor de belangen, de veiligheid en de waarden van het bondgenootschap"],
   "2022-06-29", "2022-06-29", ["NATO", "CHN"], "content of the concept")
ev(a, O, ["summit", "talks"], "occurred",
   ["De leiders van Japan, Zuid-Korea, Australië en Nieuw-Zeeland waren voor het eerst bij een NAVO-top aanwezig"],
   ["2022-06-28", "2022-06-30"], "2022-06-29", ["NATO", "JPN", "KOR", "AUS", "NZL"], "partners at the summit")
ev(a, R, "demand", "occurred",
   ["Zelensky wil meer wapens",
    "Hij vroeg om meer moderne wapens en om financiële steun",
    "Oekraïne heeft volgens hem vijf miljard dollar per maand nodig om zich te verdedigen"],
   "2022-06-29", "2022-06-29", ["UKR", "NATO"])
ev(a, O, "talks", "occurred",
   ["De Oekraïense president Volodymyr Zelensky sprak de leiders via een videoverbinding toe"],
   "2022-06-29", "2022-06-29", ["UKR", "NATO"], "video address")
ev(a, R, ["delivery", "agreement"], "planned",
   ["De NAVO-landen spraken een uitgebreider steunpakket voor Oekraïne af, met onder meer brandstof, medische spullen, beveiligde communicatie en apparatuur tegen drones"],
   "2022-06-29", "2022-06-29", ["NATO", "UKR"], "strengthened assistance package")
ev(a, N, ["delivery"], "negated",
   ["Het bondgenootschap levert zelf geen wapens; dat doen de lidstaten"],
   None, None, ["NATO", "UKR"])
ev(a, O, ["delivery", "agreement"], "planned",
   ["De Amerikaanse president Joe Biden maakte bekend dat de Verenigde Staten een permanent hoofdkwartier van een legerkorps in Polen vestigen",
    "Ook komen er meer Amerikaanse oorlogsschepen in Spanje en twee extra squadrons F-35-gevechtsvliegtuigen in Groot-Brittannië"],
   "2022-06-29", "2022-06-29", ["USA", "POL", "ESP", "GBR"], "force posture: troop deployments, not clearly a type")
ev(a, R, ["talks", "summit"], "occurred",
   ["Biden sprak in Madrid ook met de Turkse president Recep Tayyip Erdogan",
    "Hij bedankte hem voor zijn rol bij de uitnodiging aan Finland en Zweden"],
   "2022-06-29", "2022-06-29", ["USA", "TUR"])
ev(a, R, "warning", "occurred",
   [HEAD, "Poetin: spiegelbeeldig antwoord",
    "Als de NAVO troepen en militaire infrastructuur in Finland of Zweden plaatst, zal Rusland daar \"spiegelbeeldig\" op antwoorden, waarschuwde hij"],
   "2022-06-29", "2022-06-29", ["RUS", "NATO", "FIN", "SWE"])
ev(a, R, "summit", "occurred",
   ["De Russische president Vladimir Poetin reageerde vanuit Turkmenistan, waar hij een top van de vijf landen rond de Kaspische Zee bijwoonde"],
   "2022-06-29", "2022-06-29", ["RUS", "TKM", "IRN", "KAZ", "AZE"], "Caspian summit in Ashgabat")
ev(a, R, ["talks", "summit"], "occurred",
   ["Gisteren was hij in Tadzjikistan, waar hij president Emomali Rachmon sprak"],
   "2022-06-28", "2022-06-28", ["RUS", "TJK"])
ev(a, R, ["talks", "summit"], "occurred",
   ["Indonesische president in Kiev",
    "De Indonesische president Joko Widodo is vandaag in Kiev ontvangen door Zelensky"],
   "2022-06-29", "2022-06-29", ["IDN", "UKR"])
ev(a, R, ["talks", "summit"], "planned",
   ["Widodo, die dit jaar voorzitter is van de G20, reist morgen door naar Moskou voor een gesprek met Poetin",
    "Hij wil er onder meer praten over de voedselcrisis en de uitvoer van graan uit Oekraïne"],
   "2022-06-30", "2022-06-30", ["IDN", "RUS"])
ev(a, N, ["condemnation"], "negated",
   ["Indonesië heeft de Russische inval niet veroordeeld en wil met beide partijen in gesprek blijven"],
   None, None, ["IDN", "RUS"])
# ---------------------------------------------------------------- 15/16 no-event articles
TRAPS = {
    "d12_15_economie_prijsplafond_energie": [
        "Er wordt meer vloeibaar aardgas aangevoerd per schip, onder meer uit de Verenigde Staten, en Noorwegen is de belangrijkste leverancier van gas via pijpleidingen geworden",
        "De energieprijzen schoten vorig jaar omhoog, vooral na de Russische inval in Oekraïne",
        "Het kabinet sloot daarvoor een akkoord met de energieleveranciers over de uitvoering",
        "Ook Duitsland voerde een vergelijkbare maatregel in, en België koos voor een ander systeem met een vaste korting op de rekening",
        "De Consumentenbond eist dat mensen met een blokverwarming of een warmtenet niet tussen wal en schip vallen",
        "Economen waarschuwen dat het plafond de prikkel om energie te besparen kleiner maakt",
    ],
    "d12_16_cultuur_songfestival_rotterdam": [
        "Frankrijk werd tweede met het chanson Voilà van Barbara Pravi",
        "Het Verenigd Koninkrijk werd laatste: de Britse zanger James Newman kreeg zowel van de jury's als van het publiek nul punten",
        "Op sociale media beschuldigden kijkers hem van drugsgebruik",
        "Hij heeft aangeboden een drugstest te doen om het te bewijzen",
        "Omdat Italië heeft gewonnen, wordt het festival volgend jaar in Italië gehouden",
        "De Russische zangeres Manizha, die in eigen land kritiek kreeg op haar lied over vrouwenrechten, haalde de finale ook",
    ],
}

for a, note in [("d12_15_economie_prijsplafond_energie",
                 "domestic economy (Dutch energy price cap from 1 Jan 2023); traps: Verenigde Staten/Noorwegen as gas suppliers, Russische inval, akkoord with suppliers, Duitsland/België measures, eist, waarschuwen"),
                ("d12_16_cultuur_songfestival_rotterdam",
                 "culture (Eurovision Song Contest final, Rotterdam, 22 May 2021); traps: countries as contestants, beschuldigden, aangeboden, next year's contest in Italy, Russian singer criticised at home")]:
    ev(a, N, ALL, "negated", TRAPS[a], None, None, [],
       "NO-EVENT SENTINEL: article has no diplomatic event of its own; its trap sentences are listed; the line puts the article in scope so every other prediction in it counts as a false positive. " + note)

if __name__ == "__main__":
    goldkit.build(G, ROOT)
