"""Build gold.jsonl for dev3 and check every mention is a verbatim substring of its article."""
import json, pathlib, sys

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
ALL = ["summit", "talks", "delivery", "warning", "agreement", "sanction", "condemnation", "demand", "proposal"]

# ---------------------------------------------------------------- 01 JCPOA, 2015-07-14
a = "d3_01_iran_atoomakkoord_wenen"
P5 = ["IRN", "USA", "RUS", "CHN", "FRA", "GBR", "DEU", "EU"]
ev(a, R, "agreement", "occurred",
   ["wereldmachten bereiken atoomakkoord in Wenen",
    "Iran en zes wereldmachten zijn het na jaren van getouwtrek eens geworden",
    "bereikten vanochtend in Wenen met Teheran een akkoord",
    "Het akkoord werd aan het eind van de ochtend gepresenteerd"],
   "2015-07-14", "2015-07-14", P5, "JCPOA")
ev(a, R, ["talks"], "occurred",
   ["De slotronde van de onderhandelingen in het Weense Palais Coburg begon eind juni",
    "Vannacht werden de laatste knelpunten weggenomen"],
   ["2015-06-21", "2015-07-14"], "2015-07-14", P5, "final round late June - 14 July; true_date = conclusion")
ev(a, O, "warning", "occurred",
   ["Obama waarschuwde de Republikeinen meteen dat hij zijn veto zal uitspreken"],
   "2015-07-14", "2015-07-14", ["USA"], "domestic veto threat")
ev(a, R, "condemnation", "occurred",
   ["De Israëlische premier Netanyahu heeft geen goed woord over voor de overeenkomst",
    "Hij sprak van \"een historische vergissing\" en zei dat Iran straks miljarden krijgt"],
   "2015-07-14", "2015-07-14", ["ISR", "IRN"])
ev(a, R, "agreement", "occurred",
   ["ondertekenden IAEA-directeur Amano en de Iraanse atoomchef Salehi vandaag een stappenplan"],
   "2015-07-14", "2015-07-14", ["IAEA", "IRN"], "IAEA roadmap")
ev(a, O, ["agreement", "talks"], "planned",
   ["Diplomaten verwachten dat de raad volgende week over een resolutie stemt",
    "De VN-Veiligheidsraad moet de afspraken nog bekrachtigen"],
   ["2015-07-20", "2015-07-26"], "2015-07-20", ["UN"], "UNSC endorsement vote (res. 2231)")
ev(a, O, "sanction", "occurred",
   ["Het VN-wapenembargo tegen het land blijft nog jaren van kracht"],
   None, None, ["UN", "IRN"], "existing embargo continues; lifting of sanctions and the snap-back conditional are not gold")

# ---------------------------------------------------------------- 02 Hanoi, 2019-02-28
a = "d3_02_hanoi_top_zonder_akkoord"
ev(a, R, ["summit", "talks"], "occurred",
   ["Top Trump en Kim in Hanoi voortijdig afgebroken",
    "De tweede ontmoeting tussen de Amerikaanse president Trump en de Noord-Koreaanse leider Kim Jong-un is zonder resultaat geëindigd",
    "Trump en Kim waren gisteravond begonnen met een diner",
    "Vanochtend volgden een gesprek onder vier ogen en overleg met de voltallige delegaties"],
   ["2019-02-27", "2019-02-28"], "2019-02-28", ["USA", "PRK"])
ev(a, N, ["agreement"], "negated",
   ["niet tot een akkoord over het ontmantelen van het Noord-Koreaanse kernwapenprogramma",
    "de geplande ondertekening van een slotverklaring werden op het laatste moment geschrapt"],
   "2019-02-28", None, ["USA", "PRK"])
ev(a, R, "demand", "occurred",
   ["Volgens de president wilde Noord-Korea dat alle sancties tegen het land in één keer werden opgeheven"],
   ["2019-02-27", "2019-02-28"], None, ["PRK", "USA"])
ev(a, R, "proposal", "occurred",
   ["Kim bood volgens Trump aan het nucleaire complex in Yongbyon te ontmantelen"],
   ["2019-02-27", "2019-02-28"], None, ["PRK", "USA"])
ev(a, O, "demand", "occurred",
   ["de VS willen dat Pyongyang ook andere, geheime installaties opgeeft"],
   ["2019-02-27", "2019-02-28"], None, ["USA", "PRK"])
ev(a, O, "proposal", "occurred",
   ["de Noord-Koreaanse leider hem heeft beloofd voorlopig geen kernproeven of raketproeven uit te voeren"],
   ["2019-02-27", "2019-02-28"], None, ["PRK", "USA"], "pledge not to test")
ev(a, N, ["summit"], "negated",
   ["Er is geen datum geprikt voor een volgende top"], None, None, ["USA", "PRK"])
ev(a, O, "sanction", "occurred",
   ["De sancties blijven volgens hem onverminderd van kracht"], None, None, ["USA", "PRK"], "existing sanctions")
ev(a, O, "talks", "planned",
   ["zei te hopen dat de onderhandelaars van beide landen over enkele weken weer om tafel gaan"],
   None, None, ["USA", "PRK"], "hope")
ev(a, R, ["summit", "talks"], "occurred",
   ["Bij hun eerste top, in juni vorig jaar in Singapore"],
   ["2018-06-01", "2018-06-30"], "2018-06-12", ["USA", "PRK"])
ev(a, R, "agreement", "occurred",
   ["hadden Trump en Kim een korte verklaring getekend"],
   ["2018-06-01", "2018-06-30"], "2018-06-12", ["USA", "PRK"], "Singapore statement")
ev(a, O, "talks", "occurred",
   ["Sindsdien kwamen de gesprekken tussen de diplomaten van beide landen nauwelijks van de grond"],
   ["2018-06-12", "2019-02-28"], None, ["USA", "PRK"])
ev(a, R, ["talks", "summit"], "planned",
   ["Kim blijft nog tot zaterdag in Vietnam voor een officieel bezoek",
    "Hij zal onder meer worden ontvangen door de Vietnamese president Nguyen Phu Trong"],
   ["2019-02-28", "2019-03-02"], "2019-03-01", ["PRK", "VNM"])

# ---------------------------------------------------------------- 03 Normandy, 2019-12-10
a = "d3_03_normandie_top_parijs"
N4 = ["FRA", "DEU", "RUS", "UKR"]
ev(a, R, ["summit", "talks"], "occurred",
   ["Dat werd bekendgemaakt na een top in het zogeheten Normandië-formaat",
    "Het was de eerste keer sinds 2016 dat de leiders van de vier landen in dit verband bijeenkwamen"],
   "2019-12-09", "2019-12-09", N4)
ev(a, R, "agreement", "occurred",
   ["Poetin en Zelensky maken in Parijs afspraken over bestand en gevangenenruil",
    "De presidenten van Rusland en Oekraïne hebben gisteravond in Parijs afgesproken",
    "Volgens de slotverklaring worden op nog eens drie plaatsen langs de frontlinie"],
   "2019-12-09", "2019-12-09", N4)
ev(a, R, ["talks", "summit"], "occurred",
   ["spraken de twee nog ruim een uur onder vier ogen met elkaar in het Élysée",
    "was het bovendien de eerste persoonlijke ontmoeting met Poetin"],
   "2019-12-09", "2019-12-09", ["RUS", "UKR"], "Putin-Zelensky bilateral")
ev(a, R, "summit", "planned",
   ["Over vier maanden willen de vier leiders opnieuw bijeenkomen"],
   ["2020-04-09", "2020-04-10"], None, N4, "'over vier maanden' resolved to a day as in the timex bench; never held")
ev(a, R, "demand", "occurred",
   ["Zelensky eiste dat Oekraïne de controle over de grens met Rusland terugkrijgt"],
   "2019-12-09", "2019-12-09", ["UKR", "RUS"])
ev(a, O, "demand", "occurred",
   ["Poetin wil het precies andersom"], "2019-12-09", None, ["RUS", "UKR"])
ev(a, N, ["agreement"], "negated",
   ["Over de volgorde bleven de twee het oneens",
    "Op het belangrijkste twistpunt kwamen de twee kampen niet nader tot elkaar"],
   "2019-12-09", None, ["RUS", "UKR"])
ev(a, N, ["agreement"], "negated",
   ["werd nog geen akkoord bereikt"], "2019-12-09", None, ["RUS", "UKR"], "gas transit")
ev(a, R, "talks", "planned",
   ["Beide presidenten zeiden dat hun onderhandelaars voor het eind van het jaar verder praten"],
   ["2019-12-10", "2019-12-31"], None, ["RUS", "UKR"])
ev(a, O, "demand", "occurred",
   ["In Kiev hadden tegenstanders van de president hem vooraf opgeroepen geen concessies te doen aan Moskou"],
   None, None, ["UKR"], "domestic protesters")

# ---------------------------------------------------------------- 04 ECOWAS / Mali, 2022-01-10
a = "d3_04_ecowas_sancties_mali"
ev(a, R, "sanction", "occurred",
   ["West-Afrikaanse landen leggen Mali zware sancties op",
    "heeft Mali harde strafmaatregelen opgelegd",
    "Daarnaast halen de ECOWAS-landen hun ambassadeurs uit Bamako weg",
    "Tot de maatregelen werd zondag besloten"],
   "2022-01-09", "2022-01-09", ["ECOWAS", "MLI"], "one package incl. recall of ambassadors")
ev(a, R, "summit", "occurred",
   ["op een extra top van de West-Afrikaanse staatshoofden in de Ghanese hoofdstad Accra"],
   "2022-01-09", "2022-01-09", ["ECOWAS"])
ev(a, R, "proposal", "occurred",
   ["Aanleiding is een voorstel van de junta om de overgangsperiode met maximaal vijf jaar te verlengen"],
   None, None, ["MLI", "ECOWAS"], "date not in text (around new year)")
ev(a, R, "condemnation", "occurred",
   ["In de slotverklaring van de top wordt het nieuwe tijdpad \"volstrekt onaanvaardbaar\" genoemd"],
   "2022-01-09", "2022-01-09", ["ECOWAS", "MLI"])
ev(a, R, "demand", "occurred",
   ["De organisatie eist dat Bamako snel met een geloofwaardig schema voor verkiezingen komt"],
   "2022-01-09", "2022-01-09", ["ECOWAS", "MLI"])
ev(a, R, "demand", "occurred",
   ["ECOWAS vraagt de Afrikaanse Unie, de Verenigde Naties en andere partners de maatregelen te steunen"],
   "2022-01-09", "2022-01-09", ["ECOWAS", "AU", "UN"])
ev(a, R, "condemnation", "occurred",
   ["De junta reageerde gisteravond woedend",
    "veroordeelde een woordvoerder de sancties als \"illegaal en onwettig\""],
   "2022-01-09", "2022-01-09", ["MLI", "ECOWAS"])
ev(a, R, "sanction", "occurred",
   ["Mali roept op zijn beurt zijn ambassadeurs in de ECOWAS-landen terug en sluit de grenzen met die landen"],
   "2022-01-09", "2022-01-09", ["MLI", "ECOWAS"], "counter-measure: recall + border closure")
ev(a, O, ["proposal", "talks"], "occurred",
   ["liet de junta weten open te blijven staan voor overleg met de regionale organisatie"],
   "2022-01-09", None, ["MLI", "ECOWAS"])
ev(a, R, "condemnation", "occurred",
   ["veroordeelden vijftien westerse landen, onder wie Frankrijk en Duitsland, de komst van huurlingen"],
   ["2021-12-01", "2021-12-31"], "2021-12-23", ["FRA", "DEU", "MLI", "RUS"])
ev(a, R, "talks", "planned",
   ["Morgen bespreekt de VN-Veiligheidsraad in New York de situatie in Mali"],
   "2022-01-11", "2022-01-11", ["UN", "MLI"])

# ---------------------------------------------------------------- 05 EU-Mercosur, 2024-12-06
a = "d3_05_eu_mercosur_montevideo"
ev(a, R, "agreement", "occurred",
   ["EU en Mercosur ronden handelsverdrag af",
    "hebben in Montevideo de onderhandelingen over een omvangrijk vrijhandelsverdrag afgerond"],
   "2024-12-06", "2024-12-06", ["EU", "MERCOSUR"])
ev(a, R, "summit", "occurred",
   ["op een top van het blok in de Uruguayaanse hoofdstad"],
   "2024-12-06", "2024-12-06", ["MERCOSUR", "EU", "BRA", "ARG", "URY", "PRY"])
ev(a, O, "talks", "occurred",
   ["Over het verdrag werd sinds 1999 onderhandeld"],
   ["1999-01-01", "2024-12-06"], None, ["EU", "MERCOSUR"])
ev(a, R, "agreement", "occurred",
   ["In de zomer van 2019 werd al een politiek akkoord bereikt"],
   ["2019-06-01", "2019-08-31"], "2019-06-28", ["EU", "MERCOSUR"])
ev(a, R, "condemnation", "occurred",
   ["Frankrijk heeft geen goed woord over voor het resultaat",
    "Het Élysée liet vandaag weten dat het akkoord in zijn huidige vorm \"onaanvaardbaar\" blijft"],
   "2024-12-06", "2024-12-06", ["FRA"])
ev(a, O, "condemnation", "occurred",
   ["Ook Polen heeft al laten weten niet in te stemmen"], None, None, ["POL"])
ev(a, N, ["agreement"], "negated",
   ["De ondertekening is daarmee nog niet in zicht"], None, None, ["EU", "MERCOSUR"])

# ---------------------------------------------------------------- 06 AUKUS, 2021-09-18
a = "d3_06_aukus_frankrijk_ambassadeurs"
ev(a, R, ["sanction", "condemnation"], "occurred",
   ["Frankrijk roept ambassadeurs in VS en Australië terug",
    "heeft Frankrijk zijn ambassadeurs in de Verenigde Staten en Australië voor overleg teruggeroepen",
    "werd die stap gisteravond op verzoek van president Macron gezet"],
   "2021-09-17", "2021-09-17", ["FRA", "USA", "AUS"], "recall of ambassadors = CAMEO 16x")
ev(a, N, ["delivery"], "negated",
   ["het opzeggen van een miljardencontract voor Franse onderzeeboten door Australië",
    "dat het de bestelling van twaalf conventionele onderzeeboten bij het Franse scheepsbouwconcern Naval Group schrapt"],
   "2021-09-15", None, ["FRA", "AUS"])
ev(a, R, "delivery", "planned",
   ["krijgt Australië minstens acht onderzeeërs die op kernenergie varen"],
   None, None, ["USA", "GBR", "AUS"], "pledge, no delivery date")
ev(a, R, "agreement", "occurred",
   ["een nieuw veiligheidspact tussen de drie landen, AUKUS gedoopt"],
   "2021-09-15", "2021-09-15", ["USA", "GBR", "AUS"])
ev(a, R, "condemnation", "occurred",
   ["Le Drian sprak donderdag al van \"een dolksteek in de rug\"",
    "Hij verweet de Amerikanen dat zij zich gedragen zoals Trump dat deed"],
   "2021-09-16", "2021-09-16", ["FRA", "USA", "AUS"])
ev(a, N, ["sanction"], "negated",
   ["de Franse ambassadeur in Londen wel op zijn post blijft"], None, None, ["FRA", "GBR"])
ev(a, O, "condemnation", "occurred",
   ["Het Witte Huis zei de Franse stap te betreuren"],
   ["2021-09-17", "2021-09-18"], None, ["USA", "FRA"])
ev(a, R, "talks", "planned",
   ["zei dat de VS de komende dagen met Parijs in gesprek blijven"],
   ["2021-09-18", "2021-09-25"], "2021-09-22", ["USA", "FRA"], "'de komende dagen' taken as 7 days; Biden-Macron call 22 Sep")
ev(a, R, "condemnation", "occurred",
   ["Ook China reageerde afwijzend op het nieuwe pact",
    "noemde de samenwerking donderdag \"uiterst onverantwoordelijk\"",
    "beschuldigde de drie landen ervan een wapenwedloop in de regio aan te wakkeren"],
   "2021-09-16", "2021-09-16", ["CHN", "USA", "GBR", "AUS"])
ev(a, R, "talks", "planned",
   ["Borrell wil dat de lidstaten er maandag in New York over praten"],
   "2021-09-20", "2021-09-20", ["EU"])

# ---------------------------------------------------------------- 07 Abraham Accords, 2020-09-16
a = "d3_07_abrahamakkoorden_witte_huis"
ev(a, R, "agreement", "occurred",
   ["Israël, Emiraten en Bahrein tekenen in Witte Huis",
    "hebben Israël, de Verenigde Arabische Emiraten en Bahrein gisteren in Washington akkoorden ondertekend",
    "zetten hun handtekening tijdens een ceremonie op het gazon van het Witte Huis"],
   "2020-09-15", "2020-09-15", ["ISR", "ARE", "BHR", "USA"])
ev(a, O, "agreement", "occurred",
   ["Het akkoord met de Emiraten werd half augustus aangekondigd"],
   ["2020-08-11", "2020-08-20"], "2020-08-13", ["ISR", "ARE", "USA"], "announcement of the UAE deal")
ev(a, O, "agreement", "occurred",
   ["dat met Bahrein vrijdag pas"],
   "2020-09-11", "2020-09-11", ["ISR", "BHR", "USA"], "announcement of the Bahrain deal")
ev(a, R, "talks", "occurred",
   ["na een telefoongesprek tussen Trump, Netanyahu en de Bahreinse koning Hamad"],
   "2020-09-11", "2020-09-11", ["USA", "ISR", "BHR"])
ev(a, R, "condemnation", "occurred",
   ["De Palestijnse leiding veroordeelde de ondertekening en sprak van verraad aan de Palestijnse zaak",
    "President Abbas zei dat er in de regio pas vrede komt als de Israëlische bezetting eindigt"],
   ["2020-09-15", "2020-09-16"], None, ["PSE", "ISR", "ARE", "BHR"])
ev(a, N, ["condemnation"], "negated",
   ["weigerden de ministers van Buitenlandse Zaken van de Arabische Liga nog een Palestijnse ontwerpresolutie aan te nemen"],
   "2020-09-09", None, ["ARAB_LEAGUE", "PSE"])
ev(a, O, "talks", "occurred",
   ["Vorige week woensdag weigerden de ministers van Buitenlandse Zaken van de Arabische Liga"],
   "2020-09-09", "2020-09-09", ["ARAB_LEAGUE"], "the Arab League ministers' meeting itself")
ev(a, R, "condemnation", "occurred",
   ["Iran reageerde vorige maand al woedend op de toenadering",
    "noemde het akkoord met de Emiraten \"strategische domheid\""],
   ["2020-08-01", "2020-08-31"], "2020-08-14", ["IRN", "ARE"])
ev(a, R, "warning", "occurred",
   ["waarschuwde de Golfstaat dat het verantwoordelijk wordt gehouden voor alle gevolgen"],
   ["2020-08-01", "2020-08-31"], None, ["IRN", "ARE"])
ev(a, O, "delivery", "planned",
   ["De Emiraten willen al jaren geavanceerde Amerikaanse F-35-gevechtsvliegtuigen kopen"],
   None, None, ["USA", "ARE"], "wish to buy, no pledge")

# ---------------------------------------------------------------- 08 Arctic Council, 2019-05-08
a = "d3_08_arctische_raad_rovaniemi"
ev(a, N, ["agreement"], "negated",
   ["Arctische Raad voor het eerst zonder slotverklaring uiteen",
    "niet eens geworden over een gezamenlijke slotverklaring",
    "De Verenigde Staten weigerden in te stemmen met een tekst waarin klimaatverandering"],
   "2019-05-07", None, ["ARCTIC_COUNCIL", "USA"])
ev(a, R, ["talks", "summit"], "occurred",
   ["De ministers van de acht landen van de Arctische Raad zijn het gisteren in het Finse Rovaniemi",
    "die de vergadering ook bijwoonde"],
   "2019-05-07", "2019-05-07", ["ARCTIC_COUNCIL", "FIN", "USA", "RUS"], "ministerial meeting took place")
ev(a, O, "agreement", "occurred",
   ["De ministers ondertekenden een korte gezamenlijke verklaring van een paar alinea's"],
   "2019-05-07", "2019-05-07", ["ARCTIC_COUNCIL"], "fallback short statement")
ev(a, R, "condemnation", "occurred",
   ["Hij beschuldigde China van agressief gedrag elders in de wereld",
    "Pompeo had de toon maandag al gezet in een toespraak in Rovaniemi"],
   "2019-05-06", "2019-05-06", ["USA", "CHN"])
ev(a, R, "warning", "occurred",
   ["Pompeo waarschuwde dat het poolgebied geen tweede Zuid-Chinese Zee mag worden"],
   "2019-05-06", "2019-05-06", ["USA", "CHN"])
ev(a, R, "condemnation", "occurred",
   ["Ook Rusland kreeg ervan langs",
    "Volgens Pompeo voert Moskou in het gebied zijn militaire aanwezigheid op een provocerende manier op"],
   "2019-05-06", "2019-05-06", ["USA", "RUS"])
ev(a, N, ["talks", "summit"], "negated",
   ["vloog Pompeo niet door naar Berlijn, waar hij gisteren had moeten praten met bondskanselier Merkel en minister Maas",
    "Dat bezoek werd op het laatste moment afgezegd"],
   "2019-05-07", None, ["USA", "DEU"])
ev(a, R, "talks", "occurred",
   ["reisde hij onaangekondigd naar Bagdad, waar hij met de Iraakse premier Abdul Mahdi en president Salih sprak"],
   "2019-05-07", "2019-05-07", ["USA", "IRQ"])
ev(a, R, "talks", "planned",
   ["dat de gesprekken op korte termijn worden ingehaald"],
   None, "2019-05-31", ["USA", "DEU"], "rescheduled Berlin visit")
ev(a, R, "talks", "planned",
   ["Vandaag wordt Pompeo in Londen verwacht, waar hij premier May en minister Hunt zal ontmoeten"],
   "2019-05-08", "2019-05-08", ["USA", "GBR"])
ev(a, R, "talks", "planned",
   ["Donderdag wil hij een kort bezoek brengen aan Groenland"],
   "2019-05-09", None, ["USA", "GRL", "DNK"], "later cancelled; planned at publication")

# ---------------------------------------------------------------- 09 UNGA ES-11/1, 2022-03-03
a = "d3_09_vn_resolutie_oekraine"
ev(a, R, "demand", "occurred",
   ["VN-lidstaten eisen massaal dat Rusland zich terugtrekt uit Oekraïne",
    "heeft Rusland opgedragen zijn troepen onmiddellijk en onvoorwaardelijk uit Oekraïne terug te trekken"],
   "2022-03-02", "2022-03-02", ["UN", "RUS", "UKR"])
ev(a, R, "condemnation", "occurred",
   ["In de Algemene Vergadering stemden gisteren 141 van de 193 landen voor een resolutie waarin de Russische invasie"],
   "2022-03-02", "2022-03-02", ["UN", "RUS", "UKR"])
ev(a, N, ["condemnation", "demand"], "negated",
   ["nadat Rusland vrijdag een vergelijkbare resolutie in de Veiligheidsraad met zijn veto had tegengehouden"],
   "2022-02-25", None, ["UN", "RUS"], "vetoed UNSC resolution")
ev(a, O, "talks", "occurred",
   ["De spoedzitting werd bijeengeroepen"], ["2022-02-28", "2022-03-02"], None, ["UN"])
ev(a, O, "condemnation", "occurred",
   ["Hij beschuldigde westerse landen ervan andere lidstaten onder ongekende druk te hebben gezet"],
   "2022-03-02", None, ["RUS"])
ev(a, R, "demand", "occurred",
   ["Secretaris-generaal Guterres riep Moskou na afloop op de wapens neer te leggen",
    "\"Stop de vijandelijkheden in Oekraïne, nu.\""],
   "2022-03-02", "2022-03-02", ["UN", "RUS"])
ev(a, R, "talks", "planned",
   ["zouden Russische en Oekraïense onderhandelaars vandaag in Belarus opnieuw om de tafel gaan",
    "Oekraïne wil vooral praten over een staakt-het-vuren"],
   "2022-03-03", "2022-03-03", ["RUS", "UKR"])
ev(a, R, "talks", "occurred",
   ["Een eerste gespreksronde, maandag aan de Wit-Russisch-Oekraïense grens, leverde niets op"],
   "2022-02-28", "2022-02-28", ["RUS", "UKR"])

# ---------------------------------------------------------------- 10 EU sanctions, 2014-07-30
a = "d3_10_eu_sancties_rusland_2014"
ev(a, R, "sanction", "occurred",
   ["EU legt Rusland economische sancties op",
    "De Europese Unie heeft Rusland gisteren voor het eerst economische sancties opgelegd",
    "De ambassadeurs van de 28 lidstaten gingen in Brussel akkoord met een pakket",
    "Ook mogen Europese bedrijven geen goederen meer aan het Russische leger verkopen",
    "Het besluit moet morgen nog formeel worden bekrachtigd"],
   "2014-07-29", "2014-07-29", ["EU", "RUS"], "one package; formal adoption 31 July is the same event")
ev(a, R, "demand", "occurred",
   ["In een verklaring eisen de voorzitters van de Europese Raad en de Europese Commissie"],
   ["2014-07-29", "2014-07-30"], "2014-07-29", ["EU", "RUS"])
ev(a, R, "sanction", "occurred",
   ["kondigde ook de Amerikaanse president Obama nieuwe strafmaatregelen aan"],
   "2014-07-29", "2014-07-29", ["USA", "RUS"])
ev(a, R, "warning", "occurred",
   ["Het Russische ministerie van Buitenlandse Zaken waarschuwde vanochtend"],
   "2014-07-30", "2014-07-30", ["RUS", "EU"])
ev(a, O, "condemnation", "occurred",
   ["Brussel laat zich volgens Moskou leiden door Washington"], "2014-07-30", None, ["RUS", "EU", "USA"])
ev(a, R, "delivery", "planned",
   ["kan Frankrijk het eerste van twee Mistral-marineschepen in oktober gewoon aan Rusland afleveren",
    "President Hollande bevestigde dat vorige week"],
   ["2014-10-01", "2014-10-31"], None, ["FRA", "RUS"], "never delivered in reality; planned at publication")
ev(a, R, "talks", "planned",
   ["Donderdag overleggen vertegenwoordigers van Oekraïne, Rusland en de OVSE"],
   "2014-07-31", "2014-07-31", ["UKR", "RUS", "OSCE"])

# ---------------------------------------------------------------- 11 Buenos Aires, 2018-11-30
a = "d3_11_g20_buenos_aires_poetin_afgezegd"
ev(a, N, ["talks", "summit"], "negated",
   ["Trump blaast ontmoeting met Poetin af",
    "heeft zijn geplande ontmoeting met de Russische president Poetin op de G20-top in Argentinië afgezegd",
    "Trump maakte het besluit gisteren via Twitter bekend",
    "Een uur eerder had hij tegen journalisten nog gezegd dat het gesprek waarschijnlijk wel zou doorgaan"],
   ["2018-11-30", "2018-12-01"], None, ["USA", "RUS"])
ev(a, R, "demand", "occurred",
   ["Washington wil dat Moskou de schepen en de 24 opvarenden eerst vrijlaat"],
   ["2018-11-29", "2018-11-30"], None, ["USA", "RUS"])
ev(a, R, "demand", "occurred",
   ["De NAVO had Rusland maandag al opgeroepen de schepen en de bemanning onmiddellijk vrij te laten"],
   "2018-11-26", "2018-11-26", ["NATO", "RUS"])
ev(a, O, "condemnation", "occurred",
   ["Rusland beschuldigt de Oekraïense marine ervan illegaal de Russische territoriale wateren te zijn binnengevaren"],
   None, None, ["RUS", "UKR"])
ev(a, R, "summit", "planned",
   ["G20-top begint in mineur",
    "De top van de twintig grootste economieën van de wereld begint vandaag in Buenos Aires"],
   ["2018-11-30", "2018-12-01"], "2018-11-30", ["G20"])
ev(a, R, "agreement", "planned",
   ["zullen Trump, de Canadese premier Trudeau en de Mexicaanse president Peña Nieto daar hun handtekening zetten"],
   "2018-11-30", "2018-11-30", ["USA", "CAN", "MEX"], "USMCA signing")
ev(a, R, ["summit", "talks"], "planned",
   ["het diner dat Trump morgenavond heeft met de Chinese president Xi Jinping"],
   "2018-12-01", "2018-12-01", ["USA", "CHN"])
ev(a, R, "warning", "occurred",
   ["Trump dreigde eerder de importheffingen op Chinese producten"],
   None, None, ["USA", "CHN"], "'1 januari' is the content of the threat, not its date")
ev(a, O, "talks", "occurred",
   ["Diplomaten werkten de hele nacht door aan een slotverklaring"],
   ["2018-11-29", "2018-11-30"], None, ["G20"])
ev(a, O, "talks", "planned",
   ["houdt Poetin daardoor wat extra tijd over voor andere nuttige gesprekken"],
   ["2018-11-30", "2018-12-01"], None, ["RUS"])

# ---------------------------------------------------------------- 12 Leopards, 2023-01-25
a = "d3_12_leopards_oekraine"
ev(a, R, "delivery", "planned",
   ["Duitsland stuurt Leopard-tanks naar Oekraïne",
    "heeft de Duitse regering besloten Leopard 2-tanks aan Oekraïne te leveren",
    "dat Duitsland veertien tanks van het type Leopard 2A6 uit de eigen voorraad beschikbaar stelt",
    "De eerste Duitse tanks kunnen volgens minister Pistorius van Defensie eind maart in Oekraïne zijn"],
   ["2023-03-21", "2023-03-31"], "2023-03-27", ["DEU", "UKR"], "date = expected delivery ('eind maart'), not the decision day")
ev(a, O, "delivery", "planned",
   ["krijgen toestemming om die aan Kiev door te geven"], None, None, ["DEU", "UKR"], "re-export permission")
ev(a, R, "delivery", "planned",
   ["ook VS leveren tanks",
    "Ook de Verenigde Staten gaan tanks leveren",
    "President Biden maakte vanavond in het Witte Huis bekend dat Oekraïne 31 Abrams-tanks krijgt"],
   None, None, ["USA", "UKR"], "arrival 'maanden', no date")
ev(a, R, "demand", "occurred",
   ["diende gisteren bij Berlijn een officieel verzoek in om toestemming voor de doorlevering"],
   "2023-01-24", "2023-01-24", ["POL", "DEU"])
ev(a, R, "delivery", "planned",
   ["Polen had al gezegd veertien Leopards te willen sturen"], None, None, ["POL", "UKR"])
ev(a, R, "talks", "occurred",
   ["Vorige week vrijdag liep overleg van zo'n vijftig landen op de Amerikaanse luchtmachtbasis Ramstein"],
   "2023-01-20", "2023-01-20", ["USA", "DEU", "UKR"], "Ukraine Defense Contact Group")
ev(a, N, ["agreement"], "negated",
   ["een besluit over de tanks bleef uit"], "2023-01-20", None, ["DEU"])
ev(a, R, ["talks", "summit"], "occurred",
   ["Premier Rutte kondigde vorige week dinsdag na een gesprek met Biden in het Witte Huis aan"],
   "2023-01-17", "2023-01-17", ["NLD", "USA"])
ev(a, R, "delivery", "planned",
   ["dat Nederland wil meedoen aan de levering van een Patriot-luchtafweersysteem",
    "Nederland liet eerder al weten dat het bij de luchtverdediging wil helpen"],
   None, None, ["NLD", "UKR"])
ev(a, R, ["condemnation", "warning"], "occurred",
   ["noemde het Duitse besluit \"extreem gevaarlijk\"",
    "Volgens hem tilt het de confrontatie tussen Rusland en het Westen naar een nieuw niveau"],
   "2023-01-25", "2023-01-25", ["RUS", "DEU"])
ev(a, R, ["warning", "condemnation"], "occurred",
   ["Kremlinwoordvoerder Peskov zei dat de westerse tanks \"net zo zullen branden als alle andere\""],
   "2023-01-25", "2023-01-25", ["RUS"])
ev(a, R, "demand", "occurred",
   ["riep hij het Westen meteen op ook gevechtsvliegtuigen en raketten met een groter bereik te sturen"],
   "2023-01-25", "2023-01-25", ["UKR"])

# ---------------------------------------------------------------- 13 China-Lithuania WTO, 2022-01
a = "d3_13_litouwen_china_wto"
ev(a, R, ["demand", "talks", "condemnation"], "occurred",
   ["EU stapt naar WTO om Chinese boycot van Litouwen",
    "De Europese Commissie is een procedure begonnen bij de Wereldhandelsorganisatie (WTO) tegen China",
    "maakte donderdag bekend dat de EU officieel om consultaties met China heeft gevraagd"],
   ["2021-12-30", "2022-01-27"], "2022-01-27", ["EU", "CHN"], "WTO request for consultations; 'donderdag' hull over a month-only DCT")
ev(a, R, "sanction", "occurred",
   ["Chinese boycot van Litouwen",
    "omdat Peking producten uit Litouwen sinds december stelselmatig weert",
    "worden Litouwse goederen bij de Chinese douane niet meer ingeklaard"],
   ["2021-12-01", "2022-01-31"], None, ["CHN", "LTU"], "de facto boycott since December")
ev(a, R, "sanction", "occurred",
   ["In augustus had China zijn ambassadeur in Vilnius al teruggeroepen"],
   ["2021-08-01", "2021-08-31"], "2021-08-10", ["CHN", "LTU"])
ev(a, R, "demand", "occurred",
   ["en Litouwen gevraagd hetzelfde te doen"],
   ["2021-08-01", "2021-08-31"], "2021-08-10", ["CHN", "LTU"])
ev(a, R, "sanction", "occurred",
   ["Eind november verlaagde Peking de diplomatieke betrekkingen met het Baltische land"],
   ["2021-11-21", "2021-11-30"], "2021-11-21", ["CHN", "LTU"], "downgrade to chargé d'affaires")
ev(a, O, "condemnation", "occurred",
   ["Peking, dat Taiwan als een afvallige provincie beschouwt, reageerde furieus"],
   ["2021-11-01", "2021-11-30"], None, ["CHN", "LTU"])
ev(a, O, "condemnation", "occurred",
   ["Het Chinese ministerie van Buitenlandse Zaken noemde de Europese stap ongegrond"],
   ["2022-01-01", "2022-01-31"], None, ["CHN", "EU"])
ev(a, O, "delivery", "planned",
   ["Taiwan schiet Litouwen intussen financieel te hulp",
    "kondigde Taipei een investeringsfonds van 200 miljoen dollar aan voor Litouwse bedrijven"],
   None, None, ["TWN", "LTU"], "investment fund and credit line; money but not aid")
ev(a, O, "demand", "occurred",
   ["riep de Europese partners op zich solidair te tonen met zijn land"],
   ["2022-01-01", "2022-01-31"], None, ["LTU", "EU"])

# ---------------------------------------------------------------- 14 Ethiopia / Tigray, 2022-11-03
a = "d3_14_ethiopie_tigray_pretoria"
ev(a, R, "agreement", "occurred",
   ["Tigray-leiders sluiten vredesakkoord in Pretoria",
    "hebben gisteren in de Zuid-Afrikaanse hoofdstad Pretoria een akkoord gesloten over een permanent staakt-het-vuren",
    "De overeenkomst werd ondertekend door de leiders van de twee delegaties"],
   "2022-11-02", "2022-11-02", ["ETH", "TPLF", "AU"])
ev(a, R, "talks", "occurred",
   ["De gesprekken, die dinsdag vorige week begonnen, vonden plaats onder leiding van de Afrikaanse Unie",
    "Namens de AU trad de voormalige Nigeriaanse president Obasanjo op als bemiddelaar"],
   ["2022-10-25", "2022-11-02"], "2022-10-25", ["ETH", "TPLF", "AU"], "true_date = start day given in text")
ev(a, R, "talks", "planned",
   ["Begin volgende week komen militaire bevelhebbers van beide kanten in de Keniaanse hoofdstad Nairobi bijeen"],
   ["2022-11-07", "2022-11-08"], "2022-11-07", ["ETH", "TPLF"])
ev(a, N, ["talks"], "negated",
   ["Het buurland zat niet aan tafel in Pretoria"], None, None, ["ERI"])
ev(a, O, "demand", "occurred",
   ["De Verenigde Staten eisen al langer dat de Eritrese troepen zich uit Tigray terugtrekken"],
   None, None, ["USA", "ERI"], "standing demand, no date")

# ---------------------------------------------------------------- 15 Pelosi / Taiwan, 2022-08-05
a = "d3_15_pelosi_taiwan_china_sancties"
ev(a, R, "sanction", "occurred",
   ["China legt Pelosi sancties op",
    "China heeft sancties aangekondigd tegen de voorzitter van het Amerikaanse Huis van Afgevaardigden"],
   "2022-08-05", "2022-08-05", ["CHN", "USA"])
ev(a, R, "sanction", "occurred",
   ["Daarnaast legt China de samenwerking met de Verenigde Staten op een reeks terreinen stil",
    "Het overleg over klimaatverandering wordt opgeschort"],
   "2022-08-05", "2022-08-05", ["CHN", "USA"], "suspension of cooperation = CAMEO 16x")
ev(a, N, ["talks"], "negated",
   ["zet overleg met VS stop",
    "Het overleg over klimaatverandering wordt opgeschort"],
   "2022-08-05", None, ["CHN", "USA"], "talks suspended")
ev(a, R, "talks", "occurred",
   ["Pelosi arriveerde dinsdagavond in Taipei en sprak woensdag met president Tsai Ing-wen",
    "het bezoek dat de Democratische politica deze week aan Taiwan bracht"],
   ["2022-08-02", "2022-08-03"], "2022-08-03", ["USA", "TWN"])
ev(a, R, "condemnation", "occurred",
   ["Peking had het bezoek dinsdagavond al veroordeeld als een ernstige schending van het één-China-beleid"],
   "2022-08-02", "2022-08-02", ["CHN", "USA"])
ev(a, R, "talks", "occurred",
   ["in een telefoongesprek van ruim twee uur"],
   "2022-07-28", "2022-07-28", ["CHN", "USA"], "Xi-Biden call")
ev(a, R, "warning", "occurred",
   ["De Chinese president Xi had zijn Amerikaanse ambtgenoot Biden vorige week donderdag",
    "\"Wie met vuur speelt, brandt zich eraan\""],
   "2022-07-28", "2022-07-28", ["CHN", "USA"])
ev(a, R, "condemnation", "occurred",
   ["Japan diende donderdag een formeel protest in bij Peking"],
   "2022-08-04", "2022-08-04", ["JPN", "CHN"])
ev(a, R, "demand", "occurred",
   ["De ministers van Buitenlandse Zaken van de G7 hadden China woensdag in een gezamenlijke verklaring opgeroepen"],
   "2022-08-03", "2022-08-03", ["G7", "CHN"])
ev(a, O, "condemnation", "occurred",
   ["Peking ontbood daarop gisteravond de ambassadeurs van de G7-landen en de EU"],
   "2022-08-04", "2022-08-04", ["CHN", "G7", "EU"], "summoning envoys")
ev(a, N, ["talks", "summit"], "negated",
   ["zegde de Chinese minister Wang Yi een geplande ontmoeting met zijn Japanse collega Hayashi af"],
   "2022-08-04", None, ["CHN", "JPN"])
ev(a, O, "talks", "occurred",
   ["waar deze week de ministers van Buitenlandse Zaken van de ASEAN-landen met hun partners vergaderen"],
   ["2022-08-01", "2022-08-07"], None, ["ASEAN"])
ev(a, R, "condemnation", "occurred",
   ["zei vandaag dat China met het stopzetten van het klimaatoverleg niet de VS straft, maar de hele wereld"],
   "2022-08-05", "2022-08-05", ["USA", "CHN"])
ev(a, R, "demand", "occurred",
   ["Hij riep Peking op de spanningen niet verder op te drijven"],
   "2022-08-05", "2022-08-05", ["USA", "CHN"])

# ---------------------------------------------------------------- 16 Saudi-Iran, 2023-03
a = "d3_16_saudi_iran_peking"
ev(a, R, "agreement", "occurred",
   ["Saudi-Arabië en Iran herstellen banden na Chinese bemiddeling",
    "hebben afgesproken hun diplomatieke betrekkingen te herstellen",
    "Dat maakten beide landen vrijdag samen met China bekend in Peking",
    "Volgens de gezamenlijke verklaring gaan de ambassades binnen twee maanden weer open",
    "Ook wordt een veiligheidsakkoord uit 2001 nieuw leven ingeblazen",
    "De afspraken werden ondertekend door de Iraanse veiligheidschef Shamkhani"],
   ["2023-02-24", "2023-03-31"], "2023-03-10", ["SAU", "IRN", "CHN"], "'vrijdag' hull over a month-only DCT")
ev(a, R, "talks", "occurred",
   ["waar delegaties van de twee landen enkele dagen onder Chinese regie hadden onderhandeld"],
   ["2023-02-20", "2023-03-31"], None, ["SAU", "IRN", "CHN"])
ev(a, R, "sanction", "occurred",
   ["Riyad verbrak de banden in januari 2016"],
   ["2016-01-01", "2016-01-31"], "2016-01-03", ["SAU", "IRN"], "breaking relations = CAMEO 16x")
ev(a, R, "talks", "occurred",
   ["In 2021 en 2022 spraken Saudische en Iraanse functionarissen al meermaals met elkaar in Irak en Oman"],
   ["2021-01-01", "2022-12-31"], None, ["SAU", "IRN", "IRQ", "OMN"])
ev(a, R, "talks", "planned",
   ["De ministers van Buitenlandse Zaken van Saudi-Arabië en Iran zullen elkaar binnenkort ontmoeten"],
   None, "2023-04-06", ["SAU", "IRN"], "'binnenkort': no interval")
ev(a, R, ["proposal", "summit", "talks"], "occurred",
   ["heeft de Saudische koning Salman de Iraanse president Raisi uitgenodigd voor een bezoek aan Riyad"],
   ["2023-03-01", "2023-03-31"], "2023-03-19", ["SAU", "IRN"], "invitation; a planned visit is also right")
ev(a, O, "condemnation", "occurred",
   ["door oppositieleider Lapid een \"totale mislukking\" van het buitenlands beleid van premier Netanyahu genoemd"],
   ["2023-03-01", "2023-03-31"], None, ["ISR"], "domestic criticism")

# ---------------------------------------------------------------- 17 Oval Office, 2025-03-01
a = "d3_17_oval_office_grondstoffenakkoord"
ev(a, R, ["summit", "talks"], "occurred",
   ["Een ontmoeting tussen de Amerikaanse president Trump en de Oekraïense president Zelensky in het Witte Huis is gisteren ontaard",
    "Het gesprek in het Oval Office verliep aanvankelijk beleefd"],
   "2025-02-28", "2025-02-28", ["USA", "UKR"])
ev(a, N, ["agreement"], "negated",
   ["Ruzie in het Oval Office: grondstoffenakkoord niet getekend",
    "De ondertekening van een akkoord over Oekraïense grondstoffen, waarvoor Zelensky naar Washington was gereisd, ging niet door"],
   "2025-02-28", None, ["USA", "UKR"])
ev(a, R, "condemnation", "occurred",
   ["Trump verweet Zelensky vervolgens dat hij ondankbaar is en respectloos tegenover de Verenigde Staten",
    "\"U gokt met de Derde Wereldoorlog\", zei de president"],
   "2025-02-28", "2025-02-28", ["USA", "UKR"])
ev(a, R, "warning", "occurred",
   ["Hij waarschuwde dat de VS zich terugtrekken als Oekraïne geen deal sluit met Rusland"],
   "2025-02-28", "2025-02-28", ["USA", "UKR"])
ev(a, O, "condemnation", "occurred",
   ["wees erop dat Poetin eerdere afspraken steeds had geschonden"], "2025-02-28", None, ["UKR", "RUS"])
ev(a, O, "demand", "occurred",
   ["Niet veel later werd de Oekraïense delegatie verzocht het Witte Huis te verlaten"],
   "2025-02-28", None, ["USA", "UKR"])
ev(a, O, ["proposal", "demand"], "occurred",
   ["schreef Trump dat Zelensky mag terugkomen \"als hij klaar is voor vrede\""],
   ["2025-02-28", "2025-03-01"], None, ["USA", "UKR"])
ev(a, O, "delivery", "occurred",
   ["de tientallen miljarden dollars aan militaire steun die Washington sinds 2022 aan Kiev heeft gegeven"],
   ["2022-01-01", "2025-03-01"], None, ["USA", "UKR"])
ev(a, O, "demand", "occurred",
   ["Oekraïne wilde in het akkoord juist garanties voor zijn veiligheid zien"], None, None, ["UKR", "USA"])
ev(a, O, "delivery", "planned",
   ["Premier Schoof schreef dat Nederland Oekraïne blijft steunen"], None, None, ["NLD", "UKR"])
ev(a, R, ["talks", "summit"], "planned",
   ["Zelensky wordt vandaag in Londen verwacht voor een gesprek met de Britse premier Starmer"],
   "2025-03-01", "2025-03-01", ["GBR", "UKR"])
ev(a, R, "summit", "planned",
   ["Morgen ontvangt Starmer daar een groot aantal Europese regeringsleiders",
    "Ook Zelensky en NAVO-chef Rutte schuiven aan"],
   "2025-03-02", "2025-03-02", ["GBR", "NLD", "UKR", "NATO"], "London summit")
ev(a, O, "condemnation", "occurred",
   ["Oud-president Medvedev sprak op Telegram van een welverdiende uitbrander"], "2025-02-28", None, ["RUS", "UKR"])

# ---------------------------------------------------------------- 18 G20 Johannesburg, 2025-11-23
a = "d3_18_g20_johannesburg_zonder_vs"
ev(a, R, "agreement", "occurred",
   ["G20 neemt in Johannesburg verklaring aan zonder Amerikanen",
    "De leiders van de G20-landen hebben gisteren in Johannesburg een gezamenlijke verklaring aangenomen",
    "Gastland Zuid-Afrika liet de tekst al op de openingsdag van de top aannemen"],
   "2025-11-22", "2025-11-22", ["G20", "ZAF"])
ev(a, R, "summit", "occurred",
   ["De tweedaagse top wordt vandaag afgesloten",
    "liet de tekst al op de openingsdag van de top aannemen",
    "de eerste G20-top op Afrikaanse bodem"],
   ["2025-11-22", "2025-11-23"], "2025-11-22", ["G20", "ZAF"])
ev(a, O, "sanction", "occurred",
   ["De Verenigde Staten boycotten de bijeenkomst"], ["2025-11-22", "2025-11-23"], None, ["USA", "ZAF"], "diplomatic boycott")
ev(a, N, ["summit", "talks"], "negated",
   ["dat er geen enkele Amerikaanse regeringsvertegenwoordiger naar Johannesburg zou gaan"],
   ["2025-11-22", "2025-11-23"], None, ["USA"])
ev(a, O, "condemnation", "occurred",
   ["Hij wees daarbij op wat hij de vervolging van blanke boeren in Zuid-Afrika noemt"],
   ["2025-11-01", "2025-11-10"], "2025-11-07", ["USA", "ZAF"])
ev(a, R, "demand", "occurred",
   ["Washington had Zuid-Afrika vooraf laten weten dat het geen slotverklaring wilde zonder Amerikaanse instemming",
    "President Ramaphosa legde dat verzoek naast zich neer"],
   None, None, ["USA", "ZAF"], "no date in text")
ev(a, N, ["summit"], "negated",
   ["Ook de Chinese president Xi en de Russische president Poetin ontbraken"], None, None, ["CHN", "RUS"])
ev(a, R, "summit", "planned",
   ["Trump wil de G20 volgend jaar ontvangen op zijn golfresort Doral bij Miami"],
   ["2026-01-01", "2026-12-31"], None, ["G20", "USA"])
ev(a, R, "proposal", "occurred",
   ["Het plan van 28 punten, dat Washington deze week aan Kiev voorlegde"],
   ["2025-11-17", "2025-11-23"], "2025-11-20", ["USA", "UKR"])
ev(a, R, "talks", "occurred",
   ["Europese regeringsleiders overlegden gisteren in Johannesburg met de premiers van Canada en Japan over het plan",
    "Aan de zijlijn van de top ging het vooral over het Amerikaanse vredesplan voor Oekraïne"],
   "2025-11-22", "2025-11-22", ["EU", "CAN", "JPN"])
ev(a, O, "proposal", "occurred",
   ["In een gezamenlijke verklaring schreven zij dat het plan een basis kan zijn"],
   "2025-11-22", None, ["EU", "CAN", "JPN"])
ev(a, R, "demand", "occurred",
   ["Trump heeft Kiev tot donderdag de tijd gegeven om met het plan in te stemmen"],
   None, None, ["USA", "UKR"], "'donderdag' is the deadline, not the date of the demand")
ev(a, R, "talks", "planned",
   ["Later vandaag zullen Amerikaanse en Oekraïense onderhandelaars in Genève over de tekst praten",
    "Ook veiligheidsadviseurs van Frankrijk, Duitsland en het Verenigd Koninkrijk zijn in de Zwitserse stad"],
   "2025-11-23", "2025-11-23", ["USA", "UKR", "FRA", "DEU", "GBR"])

# ---------------------------------------------------------------- 19, 20: no diplomatic event
# the trap sentences are the mentions (the project's evaluate needs at least one per line)
TRAPS = {
    "d3_19_verstappen_wereldkampioen": [
        "Het team diende nog tijdens de avond twee protesten in tegen de uitslag, maar de stewards wezen die enkele uren later allebei af.",
        "Teambaas Toto Wolff hekelde de gang van zaken en sprak van een beslissing die de uitslag van het kampioenschap heeft bepaald.",
        "Mercedes kondigde vannacht aan in beroep te willen gaan.",
        "Een zaak bij het hof van beroep van de autosportbond FIA kan maanden duren."
    ],
    "d3_20_hittegolf_record": [
        "Het KNMI waarschuwt met code oranje voor extreme hitte in het hele land.",
        "Het Nationaal Hitteplan is van kracht: het RIVM roept mensen op voldoende te drinken, de zon zo veel mogelijk te mijden en extra te letten op ouderen, zieken en jonge kinderen.",
        "Netbeheerder TenneT zegt dat het stroomnet de extra vraag door airco's en ventilatoren goed aankan en dat er voldoende stroom wordt geleverd.",
        "Bij Rijkswaterstaat is er dagelijks overleg over de waterstanden in de grote rivieren, die snel dalen.",
        "De top van de hittegolf lijkt vandaag te zijn bereikt."
    ]
}
for a, note in [("d3_19_verstappen_wereldkampioen", "sports; traps: protesten, hekelde, in beroep, overleg-free"),
                ("d3_20_hittegolf_record", "weather; traps: KNMI waarschuwt, roept op, vragen, geleverd, overleg, top van de hittegolf")]:
    ev(a, N, ALL, "negated", TRAPS[a], None, None, [],
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
            assert t in ALL, t
        assert g["kind"] in (R, O, N) and g["status"] in ("occurred", "planned", "negated")
        assert (g["kind"] == N) == (g["status"] == "negated"), g
        if g["date"]:
            assert g["date"][0] <= g["date"][1], g
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
