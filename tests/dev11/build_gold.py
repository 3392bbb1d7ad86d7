"""Build gold.jsonl for dev11 and check every mention is a verbatim substring of its article.

Edit this script, not the JSONL. Run: python build_gold.py
"""
import pathlib, sys

ROOT = pathlib.Path(__file__).parent
sys.path.insert(0, str(ROOT.parent / "setkit"))  # the gold helper, checks and writing: tests/setkit/goldkit.py
import goldkit  # noqa: E402
from goldkit import ALL, N, O, R  # noqa: E402,F401

G, ev = goldkit.collector()

# ---------------------------------------------------------------- 01 Public broadcaster: Camp David summit, 2023-08-19 (Sat)
a = "d11_01_camp_david_top"
TRI = ["USA", "JPN", "KOR"]
ev(a, R, ["summit", "talks"], "occurred",
   ["Biden, Kishida en Yoon beloven elkaar bij te staan na top in Camp David",
    "Dat hebben president Joe Biden, premier Fumio Kishida en president Yoon Suk-yeol vrijdag afgesproken tijdens een top in Camp David",
    "Het was de eerste keer dat de leiders van de drie landen bijeenkwamen voor een top die alleen over hun eigen samenwerking ging"],
   "2023-08-18", "2023-08-18", TRI, "first stand-alone trilateral summit")
ev(a, R, "agreement", "occurred",
   ["Dat hebben president Joe Biden, premier Fumio Kishida en president Yoon Suk-yeol vrijdag afgesproken tijdens een top in Camp David",
    "De drie leiders ondertekenden een gezamenlijke verklaring, die ze de 'geest van Camp David' noemen, en een reeks principes voor hun samenwerking",
    "In de slotverklaring staat ook kritiek op China"],
   "2023-08-18", "2023-08-18", TRI, "joint statement and principles signed together: one event")
ev(a, R, ["agreement", "proposal"], "occurred",
   ["Biden, Kishida en Yoon beloven elkaar bij te staan na top in Camp David",
    "Ook beloven ze elkaar dat ze direct met elkaar overleggen als een van de drie landen in de regio wordt bedreigd"],
   "2023-08-18", "2023-08-18", TRI, "separate 'commitment to consult'")
ev(a, N, ["agreement"], "negated",
   ["Een verplichting om elkaar militair te verdedigen, zoals in een bondgenootschap, is dat nadrukkelijk niet"],
   None, None, TRI, "no defence pact")
ev(a, O, "agreement", "occurred",
   ["Verder spraken de drie af dat ze elk jaar een gezamenlijke militaire oefening houden op meerdere terreinen, en dat ze een rechtstreekse lijn openen tussen de drie regeringen voor crisissituaties"],
   "2023-08-18", "2023-08-18", TRI, "further content of the summit package")
ev(a, O, ["delivery", "agreement"], "planned",
   ["Gegevens over Noord-Koreaanse raketlanceringen willen ze voor het eind van het jaar in realtime met elkaar gaan delen"],
   None, None, TRI, "data sharing by a deadline; not material")
ev(a, O, ["summit", "talks", "agreement"], "planned",
   ["De leiders, hun ministers van Buitenlandse Zaken en hun nationale veiligheidsadviseurs gaan voortaan ieder jaar met elkaar om de tafel"],
   None, None, TRI, "annual meetings, undated")
ev(a, R, "warning", "occurred",
   ["Yoon zei dat elke provocatie van Noord-Korea voortaan op een gezamenlijk antwoord van de drie landen kan rekenen"],
   "2023-08-18", "2023-08-18", ["KOR", "PRK"], "at the press conference")
ev(a, R, "condemnation", "occurred",
   ["De drie landen keren zich tegen \"gevaarlijk en agressief gedrag\" van Peking in de Zuid-Chinese Zee"],
   "2023-08-18", "2023-08-18", TRI + ["CHN"], "criticism in the final statement: a different type from the statement itself")
ev(a, R, ["warning", "condemnation"], "occurred",
   ["Het Chinese ministerie van Buitenlandse Zaken waarschuwde deze week al tegen het vormen van \"kliekjes\" en blokken in Azië"],
   ["2023-08-14", "2023-08-20"], None, ["CHN"] + TRI, "'deze week' = ISO week of publication")
ev(a, O, ["agreement", "talks"], "occurred",
   ["Pas dit voorjaar werden de banden tussen Tokio en Seoul hersteld"],
   ["2023-03-01", "2023-05-31"], "2023-03-16", ["JPN", "KOR"], "background (topic of an earlier set), vague")
ev(a, R, "proposal", "occurred",
   ["Biden nodigde Kishida en Yoon in mei uit voor de top in Camp David"],
   ["2023-05-01", "2023-05-31"], "2023-05-21", TRI, "invitation")
ev(a, R, "talks", "occurred",
   ["toen de drie leiders elkaar kort spraken in de marge van de G7-top in het Japanse Hiroshima"],
   ["2023-05-01", "2023-05-31"], "2023-05-21", TRI)
ev(a, O, "summit", "occurred",
   ["toen de drie leiders elkaar kort spraken in de marge van de G7-top in het Japanse Hiroshima"],
   ["2023-05-19", "2023-05-21"], "2023-05-19", ["G7", "JPN"], "G7 summit in passing")
ev(a, R, "talks", "occurred",
   ["Ook in november vorig jaar, tijdens een Aziatische top in Cambodja, zaten ze al eens met z'n drieën aan tafel"],
   ["2022-11-01", "2022-11-30"], "2022-11-13", TRI, "trilateral meeting in Phnom Penh")
ev(a, O, "summit", "occurred",
   ["Ook in november vorig jaar, tijdens een Aziatische top in Cambodja, zaten ze al eens met z'n drieën aan tafel"],
   ["2022-11-01", "2022-11-30"], "2022-11-13", ["ASEAN", "KHM"], "East Asia Summit in passing")
# ---------------------------------------------------------------- 02 Agency wire: Sochi memorandum on Idlib, 2018-09-17 (Mon)
a = "d11_02_sotsji_idlib"
RT = ["RUS", "TUR"]
ev(a, R, ["summit", "talks"], "occurred",
   ["Dat maakte de Russische president Vladimir Poetin bekend na urenlang overleg met zijn Turkse ambtgenoot Recep Tayyip Erdogan in de badplaats Sotsji aan de Zwarte Zee"],
   "2018-09-17", "2018-09-17", RT)
ev(a, R, "agreement", "occurred",
   ["Rusland en Turkije richten bufferzone in rond Idlib, offensief lijkt van de baan",
    "Rusland en Turkije hebben maandag afgesproken een gedemilitariseerde zone in te stellen rond de Syrische provincie Idlib",
    "Volgens de afspraken moeten twee belangrijke snelwegen door het gebied",
    "Een reactie van de regering in Damascus op de afspraken van Sotsji was er maandagavond nog niet"],
   "2018-09-17", "2018-09-17", RT, "Sochi memorandum; its deadlines (15 Oct, end of year) are content, not dates of the event")
ev(a, R, "summit", "occurred",
   ["Op de top in Teheran, begin deze maand, was het Erdogan nog niet gelukt om Poetin en de Iraanse president Hassan Rohani over te halen tot een wapenstilstand voor Idlib"],
   ["2018-09-01", "2018-09-10"], "2018-09-07", RT + ["IRN"], "'begin deze maand' = days 1-10")
ev(a, R, "proposal", "occurred",
   ["Op de top in Teheran, begin deze maand, was het Erdogan nog niet gelukt om Poetin en de Iraanse president Hassan Rohani over te halen tot een wapenstilstand voor Idlib",
    "Poetin wees zijn voorstel daar af"],
   ["2018-09-01", "2018-09-10"], "2018-09-07", ["TUR", "RUS", "IRN"], "Erdogan's ceasefire proposal at Tehran")
ev(a, N, ["agreement"], "negated",
   ["Poetin wees zijn voorstel daar af: er zaten volgens hem geen vertegenwoordigers van de gewapende groepen aan tafel"],
   None, None, ["RUS", "TUR"], "ceasefire proposal rejected")
ev(a, R, "warning", "occurred",
   ["De Verenigde Naties waarschuwden de afgelopen weken herhaaldelijk dat een aanval op Idlib de grootste humanitaire catastrofe van deze eeuw zou kunnen worden"],
   ["2018-08-20", "2018-09-17"], None, ["UN", "SYR"], "'de afgelopen weken' = the 28 days up to publication (mirror of 'de komende weken')")
ev(a, R, "warning", "occurred",
   ["Ook de Amerikaanse president Donald Trump waarschuwde Assad eerder deze maand op Twitter om de provincie niet \"roekeloos\" aan te vallen"],
   ["2018-09-01", "2018-09-16"], "2018-09-03", ["USA", "SYR"])
# ---------------------------------------------------------------- 03 Quality-paper analysis: US-Iran prisoner swap, 2023-09-19 (Tue)
a = "d11_03_analyse_gevangenenruil_iran"
UI = ["USA", "IRN"]
ev(a, O, ["agreement", "delivery"], "occurred",
   ["Ongeveer tegelijk lieten de Verenigde Staten vijf Iraniërs gaan die in Amerika waren vervolgd of veroordeeld",
    "Een ruil dus, en geen kleine",
    "Het vliegtuig uit Teheran landde maandagmiddag in Doha"],
   "2023-09-18", "2023-09-18", UI + ["QAT"], "the exchange carried out; optional because its agreement (August) is reported separately (model convention on prisoner exchanges)")
ev(a, R, ["delivery", "agreement"], "occurred",
   ["Want de Amerikanen lieten ook zes miljard dollar aan Iraans geld vrij",
    "Dat geld is de afgelopen weken via Europese banken naar rekeningen in Qatar overgemaakt"],
   ["2023-08-22", "2023-09-19"], "2023-09-18", UI + ["QAT", "KOR"], "release and transfer of frozen funds (money); 'de afgelopen weken' = 28 days up to publication")
ev(a, R, "sanction", "occurred",
   ["sinds de Amerikaanse sancties van 2018 vastzat op rekeningen in Zuid-Korea",
    "Het atoomakkoord van 2015, waar de Verenigde Staten onder president Trump in 2018 uitstapten, blijft buiten beeld"],
   ["2018-01-01", "2018-12-31"], "2018-05-08", UI, "withdrawal and re-imposed sanctions, one decision")
ev(a, O, "agreement", "occurred",
   ["Het atoomakkoord van 2015, waar de Verenigde Staten onder president Trump in 2018 uitstapten, blijft buiten beeld"],
   ["2015-01-01", "2015-12-31"], "2015-07-14", UI, "nuclear deal in passing (topic of an earlier set)")
ev(a, R, "talks", "occurred",
   ["Over de ruil werd maandenlang onderhandeld, niet rechtstreeks, maar via Qatar, dat berichten heen en weer bracht tussen de delegaties"],
   None, None, UI + ["QAT"], "'maandenlang': no date")
ev(a, R, "agreement", "occurred",
   ["In augustus was het akkoord in grote lijnen rond"],
   ["2023-08-01", "2023-08-31"], "2023-08-10", UI + ["QAT"])
ev(a, O, ["sanction", "agreement"], "occurred",
   ["Vorige week gaf minister van Buitenlandse Zaken Antony Blinken Europese en Zuid-Koreaanse banken een ontheffing"],
   ["2023-09-11", "2023-09-17"], "2023-09-11", ["USA", "KOR"], "sanctions waiver: a step of the deal, no clear type")
ev(a, O, "condemnation", "occurred",
   ["Republikeinen in het Congres verweten Biden dat hij \"losgeld\" betaalt"],
   None, None, ["USA"], "domestic criticism")
ev(a, R, "sanction", "occurred",
   ["Tegelijk met de vrijlating stelde zijn regering nieuwe sancties in tegen het Iraanse ministerie van Inlichtingen en tegen oud-president Mahmoud Ahmadinejad"],
   "2023-09-18", "2023-09-18", UI)
ev(a, O, "warning", "occurred",
   ["Ook waarschuwde het Witte Huis Amerikanen opnieuw om niet naar Iran te reizen"],
   "2023-09-18", "2023-09-18", UI, "travel warning to own citizens")
ev(a, O, ["summit", "talks"], "occurred",
   ["waar hij deze week de Algemene Vergadering van de Verenigde Naties bijwoont"],
   ["2023-09-18", "2023-09-24"], "2023-09-19", ["UN", "IRN"], "UN General Assembly in passing")
ev(a, R, "warning", "occurred",
   ["Het Witte Huis zegt dat elke betaling wordt gecontroleerd en dat het geld weer kan worden bevroren als Iran zich niet aan de afspraken houdt"],
   ["2023-09-18", "2023-09-19"], "2023-09-18", UI, "conditional threat")
ev(a, N, ["agreement"], "negated",
   ["Pogingen om het te herstellen liepen vorig jaar definitief vast"],
   None, None, UI, "failed attempt to restore the deal")
ev(a, O, "talks", "occurred",
   ["Wel praten de twee landen volgens diplomaten in de regio af en toe indirect, ook via Oman"],
   None, None, UI + ["OMN"], "ongoing indirect contacts")
ev(a, N, ["talks"], "negated",
   ["Over nieuwe onderhandelingen over het atoomprogramma is volgens het Witte Huis \"geen sprake\""],
   None, None, UI)
# ---------------------------------------------------------------- 04 Regional paper, foreign page: Zelensky in Washington, 2022-12-22 (Thu)
a = "d11_04_zelensky_washington"
UU = ["USA", "UKR"]
ev(a, R, ["talks", "summit"], "occurred",
   ["BUITENLAND | Zelensky in Washington: 'Uw geld is geen liefdadigheid'",
    "stapte Volodymyr Zelensky woensdag het Witte Huis binnen",
    "President Joe Biden ontving hem in het Oval Office, waar de twee uitgebreid met elkaar spraken",
    "Op een gezamenlijke persconferentie zei Biden dat Oekraïne \"nooit alleen zal staan\""],
   "2022-12-21", "2022-12-21", UU, "first trip abroad since the invasion")
ev(a, R, "delivery", "planned",
   ["Biden maakte tijdens het bezoek een nieuw militair steunpakket van 1,85 miljard dollar bekend",
    "Voor het eerst zit daar een Patriot-systeem bij"],
   "2022-12-21", "2022-12-21", UU, "pledge dated by the pledge")
ev(a, O, "demand", "occurred",
   ["Zelensky bedankte de Amerikanen, maar liet half grappend ook weten dat één Patriot-batterij niet genoeg is en dat hij er graag meer wil"],
   "2022-12-21", "2022-12-21", UU, "half-joking request")
ev(a, O, ["talks", "demand"], "occurred",
   ["'s Avonds, Amerikaanse tijd, sprak Zelensky beide huizen van het Congres toe",
    "\"Uw geld is geen liefdadigheid\", zei hij tegen de Amerikaanse volksvertegenwoordigers"],
   ["2022-12-21", "2022-12-22"], "2022-12-21", UU, "speech to Congress: part of the visit; late evening US time is the night to Thursday in NL")
ev(a, R, "delivery", "planned",
   ["Het Congres stemt deze week over een begroting waarin ongeveer 45 miljard dollar extra hulp voor Oekraïne zit"],
   ["2022-12-19", "2022-12-25"], None, UU, "aid to be voted this week (ISO week)")
ev(a, R, "proposal", "occurred",
   ["Volgens het Witte Huis had Biden hem op 11 december in een telefoongesprek uitgenodigd"],
   "2022-12-11", "2022-12-11", UU, "invitation")
ev(a, R, "talks", "occurred",
   ["Volgens het Witte Huis had Biden hem op 11 december in een telefoongesprek uitgenodigd"],
   "2022-12-11", "2022-12-11", UU, "the phone call, second event in the sentence")
ev(a, R, ["agreement", "proposal"], "occurred",
   ["Zelensky nam die uitnodiging een paar dagen later aan"],
   ["2022-12-12", "2022-12-20"], "2022-12-14", ["UKR", "USA"], "acceptance of the invitation (as the model's 'Zwitserland zegde toe')")
ev(a, R, "condemnation", "occurred",
   ["Moskou reageerde afwijzend op het bezoek",
    "Kremlin-woordvoerder Dmitri Peskov zei woensdag dat nieuwe Amerikaanse wapenleveringen het lijden van de Oekraïners alleen maar verlengen"],
   "2022-12-21", "2022-12-21", ["RUS", "USA"])
ev(a, R, "warning", "occurred",
   ["Het Russische ministerie van Buitenlandse Zaken waarschuwde vorige week al dat Patriot-systemen in Oekraïne een \"legitiem doelwit\" zouden zijn"],
   ["2022-12-12", "2022-12-18"], "2022-12-15", ["RUS", "USA", "UKR"])
ev(a, N, ["talks"], "negated",
   ["Van onderhandelingen met Rusland is voorlopig geen sprake"],
   None, None, ["UKR", "RUS"])
# ---------------------------------------------------------------- 05 Interview (Q&A): Macron and Scholz in Moscow, 2022-02-16 (Wed)
a = "d11_05_interview_macron_scholz_moskou"
INTRO = "Eerst Macron, nu Scholz: Europese leiders reizen naar Moskou om een oorlog in Oekraïne te voorkomen"
ev(a, R, ["summit", "talks"], "occurred",
   [INTRO, "Bondskanselier Scholz sprak gisteren in het Kremlin met Poetin", "Het was een zakelijk gesprek, veel zakelijker dan dat van Macron"],
   "2022-02-15", "2022-02-15", ["DEU", "RUS"])
ev(a, R, "warning", "occurred",
   ["Scholz heeft duidelijk gezegd dat een aanval op Oekraïne zware gevolgen zou hebben, politiek en economisch"],
   "2022-02-15", "2022-02-15", ["DEU", "RUS"])
ev(a, R, "proposal", "occurred",
   ["Poetin zei op de persconferentie na afloop dat hij bereid is om verder te praten over de Europese veiligheid, ook over raketten en militaire oefeningen"],
   "2022-02-15", "2022-02-15", ["RUS", "DEU"], "stated willingness to negotiate")
ev(a, R, ["talks", "summit"], "occurred",
   ["Scholz was maandag eerst in Kiev", "Hij sprak daar met president Zelensky en beloofde economische steun"],
   "2022-02-14", "2022-02-14", ["DEU", "UKR"])
ev(a, R, "delivery", "planned",
   ["Hij sprak daar met president Zelensky en beloofde economische steun"],
   "2022-02-14", "2022-02-14", ["DEU", "UKR"], "pledge")
ev(a, N, ["delivery"], "negated",
   ["Wapens levert Duitsland niet, dat heeft Scholz herhaald"],
   None, None, ["DEU", "UKR"])
ev(a, O, "condemnation", "occurred",
   ["dat wordt hem in Kiev zeer kwalijk genomen"],
   None, None, ["UKR", "DEU"], "vague criticism, the expert's summary")
ev(a, R, ["summit", "talks"], "occurred",
   [INTRO, "Macron ging een week eerder", "Macron zat op vijf meter van Poetin, omdat hij geen Russische coronatest wilde doen", "Ze spraken ruim vijf uur"],
   ["2022-02-07", "2022-02-08"], "2022-02-07", ["FRA", "RUS"], "'een week eerder' than 15 Feb; real day 7 Feb")
ev(a, R, ["talks", "summit"], "occurred",
   ["Daarna reisde Macron door naar Kiev"],
   ["2022-02-07", "2022-02-09"], "2022-02-08", ["FRA", "UKR"], "the day after Moscow")
ev(a, R, ["summit", "talks"], "occurred",
   ["en diezelfde avond was hij in Berlijn, bij Scholz en de Poolse president Duda"],
   ["2022-02-07", "2022-02-09"], "2022-02-08", ["FRA", "DEU", "POL"], "Weimar triangle meeting, same sentence as the Kyiv visit")
ev(a, R, "proposal", "occurred",
   ["Macron heeft Poetin voorstellen gedaan om de spanningen te verminderen, en Poetin zei dat een aantal daarvan een basis kon zijn voor verdere stappen"],
   ["2022-02-07", "2022-02-08"], "2022-02-07", ["FRA", "RUS"])
ev(a, N, ["agreement"], "negated",
   ["Concreet is er weinig van gekomen"],
   None, None, ["FRA", "RUS"])
ev(a, R, "talks", "occurred",
   ["De adviseurs van Frankrijk, Duitsland, Rusland en Oekraïne, het zogenoemde Normandië-formaat, kwamen vorige week donderdag in Berlijn bijeen"],
   "2022-02-10", "2022-02-10", ["FRA", "DEU", "RUS", "UKR"], "'vorige week donderdag' = Thursday of the previous ISO week")
ev(a, N, ["agreement"], "negated",
   ["Dat duurde negen uur en leverde niets op, zelfs geen gezamenlijke verklaring"],
   None, None, ["FRA", "DEU", "RUS", "UKR"])
ev(a, R, "demand", "occurred",
   ["Dat heeft hij in december zwart op wit gezet", "Rusland eiste toen garanties dat de NAVO niet verder uitbreidt en dat het bondgenootschap zijn troepen terugtrekt uit Oost-Europa"],
   ["2021-12-01", "2021-12-31"], "2021-12-17", ["RUS", "NATO", "USA"], "draft treaties of 17 Dec 2021")
ev(a, R, "talks", "occurred",
   ["Biden heeft zaterdag nog een uur met Poetin gebeld, zonder resultaat"],
   "2022-02-12", "2022-02-12", ["USA", "RUS"])
ev(a, R, ["talks", "summit"], "occurred",
   ["En toen Scholz vorige week in Washington was"],
   ["2022-02-07", "2022-02-13"], "2022-02-07", ["DEU", "USA"])
ev(a, R, "warning", "occurred",
   ["zei Biden op de persconferentie dat er bij een Russische inval geen Nord Stream 2 meer zal zijn", "'Wij maken daar een einde aan', zei hij"],
   ["2022-02-07", "2022-02-13"], "2022-02-07", ["USA", "RUS"])
# ---------------------------------------------------------------- 06 Public broadcaster: Gaza hostage deal and pause, 2023-11-22 (Wed)
a = "d11_06_gijzelaarsakkoord_gaza"
IH = ["ISR", "HAMAS"]
ev(a, R, "agreement", "occurred",
   ["Israël en Hamas akkoord over vrijlating gijzelaars en vier dagen pauze in Gaza",
    "Israël en Hamas hebben een akkoord gesloten over de vrijlating van vijftig gijzelaars die in de Gazastrook worden vastgehouden",
    "maakte de overeenkomst vanochtend bekend",
    "Het Israëlische kabinet had er in de nacht na urenlang vergaderen mee ingestemd",
    "Voor elke tien extra gijzelaars die Hamas vrijlaat, wordt de pauze met een dag verlengd",
    "Het is het eerste akkoord tussen de twee partijen sinds het begin van de oorlog"],
   ["2023-11-21", "2023-11-22"], "2023-11-22", IH + ["QAT"], "cabinet approval in the night, announced by Qatar in the morning: one agreement; the pause starting later is its content")
ev(a, R, "talks", "occurred",
   ["Qatar, dat samen met Egypte en de Verenigde Staten wekenlang bemiddelde",
    "De onderhandelingen liepen wekenlang via Doha"],
   None, None, IH + ["QAT", "EGY", "USA"], "'wekenlang': no date")
ev(a, R, "delivery", "planned",
   ["Tijdens de pauze mogen honderden vrachtwagens met humanitaire hulp, medicijnen en brandstof de Gazastrook in via de grensovergang Rafah met Egypte"],
   None, None, ["EGY", "PSE"], "aid during the pause; start of the pause not yet known")
ev(a, O, ["agreement", "proposal"], "planned",
   ["Israël zegt toe in die dagen geen aanvallen uit te voeren en ook geen drones boven het zuiden van Gaza te laten vliegen",
    "De beweging zegt dat ook zij zich tijdens de pauze aan een staakt-het-vuren zal houden"],
   None, None, IH, "undertakings that are content of the agreement")
ev(a, R, "warning", "occurred",
   ["Hij benadrukte dat de oorlog na de pauze doorgaat \"tot al onze doelen zijn bereikt\""],
   ["2023-11-21", "2023-11-22"], "2023-11-21", IH, "before the cabinet vote in the night")
ev(a, R, "talks", "occurred",
   ["Begin november spraken de directeur van de Amerikaanse inlichtingendienst CIA, William Burns, en het hoofd van de Israëlische Mossad in Qatar met de Qatarese premier over een mogelijke deal"],
   ["2023-11-01", "2023-11-10"], "2023-11-09", ["USA", "ISR", "QAT"])
ev(a, R, "talks", "occurred",
   ["President Joe Biden belde de afgelopen weken meerdere keren met de emir van Qatar en met de Egyptische president Sisi"],
   ["2023-10-25", "2023-11-22"], None, ["USA", "QAT", "EGY"], "repeated calls, one event; 'de afgelopen weken' = 28 days up to publication")
ev(a, R, "agreement", "occurred",
   ["Begin november stemde Israël op aandringen van de Verenigde Staten al in met dagelijkse humanitaire pauzes van vier uur in het noorden van de Gazastrook"],
   ["2023-11-01", "2023-11-10"], "2023-11-09", ["ISR", "USA"])
ev(a, O, "demand", "occurred",
   ["Begin november stemde Israël op aandringen van de Verenigde Staten al in met dagelijkse humanitaire pauzes van vier uur in het noorden van de Gazastrook"],
   ["2023-11-01", "2023-11-10"], None, ["USA", "ISR"], "'op aandringen': the US request in passing")
ev(a, O, ["agreement", "delivery"], "occurred",
   ["In oktober kwamen via Qatarese bemiddeling een Amerikaanse moeder en haar dochter vrij"],
   ["2023-10-01", "2023-10-31"], "2023-10-20", ["HAMAS", "USA", "QAT"], "release of hostages; not clearly one of the types")
ev(a, O, ["agreement", "delivery"], "occurred",
   ["een paar dagen later volgden twee oudere Israëlische vrouwen"],
   ["2023-10-01", "2023-10-31"], "2023-10-23", IH, "release of hostages")
ev(a, R, "demand", "occurred",
   ["Hij herhaalde zijn oproep tot een humanitair staakt-het-vuren"],
   "2023-11-22", "2023-11-22", ["UN"], "reaction today")
ev(a, R, "demand", "occurred",
   ["Ook de Europese Commissie verwelkomde de afspraken en riep op de pauze te gebruiken om de hulp aan Gaza fors op te voeren"],
   "2023-11-22", "2023-11-22", ["EU"])
# ---------------------------------------------------------------- 07 Quality-paper background: UK-Rwanda plan, header 2024-04 (month only)
a = "d11_07_analyse_rwanda_plan"
GR = ["GBR", "RWA"]
ev(a, R, "agreement", "occurred",
   ["Het plan werd in april 2022 gepresenteerd door toenmalig premier Boris Johnson",
    "Zijn minister van Binnenlandse Zaken, Priti Patel, tekende in Kigali een overeenkomst met haar Rwandese collega Vincent Biruta"],
   ["2022-04-01", "2022-04-30"], "2022-04-14", GR, "migration and economic development partnership")
ev(a, O, "delivery", "planned",
   ["Rwanda krijgt daarvoor geld, voor de opvang en voor de ontwikkeling van het land"],
   None, None, GR, "content of the 2022 agreement")
ev(a, R, "delivery", "occurred",
   ["volgens de Britse rekenkamer gaat het inmiddels om honderden miljoenen ponden, terwijl nog geen enkele asielzoeker is overgebracht"],
   None, None, GR, "payments made so far, undated")
ev(a, O, "demand", "occurred",
   ["Op het laatste moment bepaalde het Europees Hof voor de Rechten van de Mens in Straatsburg dat een van de passagiers niet mocht worden uitgezet"],
   ["2022-06-01", "2022-06-30"], "2022-06-14", ["ECTHR", "GBR"], "court's interim measure; 'twee maanden later' after April 2022")
ev(a, R, "talks", "occurred",
   ["Zijn nieuwe minister van Binnenlandse Zaken, James Cleverly, reisde begin december naar Kigali en tekende er met Biruta een nieuw verdrag"],
   ["2023-12-01", "2023-12-10"], "2023-12-05", GR, "December after 'november vorig jaar' = December 2023")
ev(a, R, "agreement", "occurred",
   ["Zijn nieuwe minister van Binnenlandse Zaken, James Cleverly, reisde begin december naar Kigali en tekende er met Biruta een nieuw verdrag",
    "Daarin belooft Rwanda geen asielzoekers door te sturen naar andere landen"],
   ["2023-12-01", "2023-12-10"], "2023-12-05", GR, "the new treaty")
ev(a, R, "proposal", "occurred",
   ["President Paul Kagame zei begin dit jaar dat Groot-Brittannië het geld kan terugkrijgen als er uiteindelijk niemand komt"],
   ["2024-01-01", "2024-03-31"], "2024-01-17", ["RWA", "GBR"], "offer; 'begin dit jaar' = first quarter")
ev(a, R, ["demand", "condemnation"], "occurred",
   ["riepen Londen na de stemming op om het plan te heroverwegen",
    "Volgens hen is het in strijd met het Vluchtelingenverdrag"],
   ["2024-04-01", "2024-04-30"], "2024-04-23", ["UN", "GBR"], "after the vote; month-only header = April 2024")
ev(a, R, "condemnation", "occurred",
   ["Ook de mensenrechtencommissaris van de Raad van Europa uitte scherpe kritiek op de wet"],
   ["2024-04-01", "2024-04-30"], None, ["COE", "GBR"], "COE for the Council of Europe")
ev(a, R, "agreement", "occurred",
   ["Italië sloot in november een akkoord met Albanië over de opvang van migranten die op zee worden opgepikt"],
   ["2023-11-01", "2023-11-30"], "2023-11-06", ["ITA", "ALB"], "last November before the April 2024 header")
# ---------------------------------------------------------------- 08 Flemish news site: Poland-Ukraine grain dispute, 2023-09-21 (Thu)
a = "d11_08_vlaams_graanruzie_polen"
PU = ["POL", "UKR"]
ev(a, R, "sanction", "occurred",
   ["Graanruzie tussen Polen en Oekraïne loopt uit de hand: \"We leveren geen wapens meer\"",
    "De Poolse premier Mateusz Morawiecki zei woensdagavond in een tv-interview dat zijn land geen wapens meer aan Oekraïne levert"],
   "2023-09-20", "2023-09-20", PU, "halt of arms transfers as pressure (model: aid pauses are sanctions, with a negative delivery)")
ev(a, N, ["delivery"], "negated",
   ["De Poolse premier Mateusz Morawiecki zei woensdagavond in een tv-interview dat zijn land geen wapens meer aan Oekraïne levert"],
   None, None, PU, "halted delivery")
ev(a, O, "delivery", "planned",
   ["Vandaag volgde een verduidelijking: leveringen die al waren afgesproken, gaan volgens de Poolse regering wel gewoon door"],
   "2023-09-21", "2023-09-21", PU, "agreed deliveries continue; a clarification rather than a new pledge")
ev(a, R, "sanction", "occurred",
   ["Half april voerden Polen en Hongarije al eens op eigen houtje een invoerverbod in"],
   ["2023-04-11", "2023-04-20"], "2023-04-15", ["POL", "HUN", "UKR"], "first unilateral bans; 'half april' = days 11-20")
ev(a, R, "agreement", "occurred",
   ["Eind april kwam de Europese Commissie met de vijf buurlanden tot een akkoord"],
   ["2023-04-21", "2023-04-30"], "2023-04-28", ["EU", "POL", "HUN", "SVK", "ROU", "BGR"], "'eind april' = days 21-30")
ev(a, R, "sanction", "occurred",
   ["Begin mei ging daarop een tijdelijk Europees verbod in op de invoer van Oekraïense tarwe, maïs, koolzaad en zonnebloempitten in Polen, Hongarije, Slowakije, Roemenië en Bulgarije"],
   ["2023-05-01", "2023-05-10"], "2023-05-02", ["EU", "UKR"], "EU import restriction (as the model's import bans)")
ev(a, N, ["sanction"], "negated",
   ["Vrijdag liep dat verbod af", "De Europese Commissie besloot het niet te verlengen"],
   None, None, ["EU", "UKR"], "EU ban not extended")
ev(a, R, ["proposal", "agreement"], "occurred",
   ["Oekraïne beloofde in ruil de uitvoer beter te controleren met een systeem van exportvergunningen"],
   "2023-09-15", "2023-09-15", ["UKR", "EU"], "undertaking made with the Commission's decision of Friday")
ev(a, R, "sanction", "occurred",
   ["Polen, Hongarije en Slowakije legden zich daar niet bij neer",
    "Nog dezelfde dag voerden ze op eigen houtje een nationaal invoerverbod in"],
   "2023-09-15", "2023-09-15", ["POL", "HUN", "SVK", "UKR"], "three national bans announced together: one line")
ev(a, N, ["sanction"], "negated",
   ["Roemenië en Bulgarije deden dat niet"],
   None, None, ["ROU", "BGR", "UKR"])
ev(a, R, ["condemnation", "demand"], "occurred",
   ["Kiev reageerde maandag met een klacht bij de Wereldhandelsorganisatie tegen de drie landen",
    "Volgens Oekraïne zijn de verboden in strijd met de Europese regels en met internationale handelsafspraken"],
   "2023-09-18", "2023-09-18", ["UKR", "POL", "HUN", "SVK"], "WTO complaint")
ev(a, R, "warning", "occurred",
   ["De Oekraïense onderhandelaar voor handel dreigde eerder deze week ook met een tegenmaatregel"],
   ["2023-09-18", "2023-09-20"], "2023-09-19", ["UKR", "POL"], "threatened ban on Polish produce (conditional, not a sanction)")
ev(a, R, "condemnation", "occurred",
   ["President Volodymyr Zelensky goot dinsdag olie op het vuur",
    "zei hij dat sommige Europese landen solidariteit \"spelen in een politiek theater\" en van graan een thriller maken"],
   "2023-09-19", "2023-09-19", ["UKR", "POL"], "speech at the UN General Assembly; Poland not named but meant")
ev(a, O, ["summit", "talks"], "occurred",
   ["In zijn toespraak voor de Algemene Vergadering van de Verenigde Naties in New York"],
   "2023-09-19", "2023-09-19", ["UN"], "UN General Assembly in passing")
ev(a, R, ["condemnation", "talks", "demand"], "occurred",
   ["Het Poolse ministerie van Buitenlandse Zaken ontbood dezelfde dag de Oekraïense ambassadeur om te protesteren tegen de woorden van Zelensky"],
   "2023-09-19", "2023-09-19", PU, "summoning to protest")
ev(a, N, ["talks", "summit"], "negated",
   ["De Poolse president Andrzej Duda, die ook in New York was, zag af van een geplande ontmoeting met Zelensky"],
   None, None, PU, "cancelled meeting")
ev(a, R, ["condemnation", "warning"], "occurred",
   ["Een woordvoerder van de Europese Commissie zei dat handelspolitiek een Europese bevoegdheid is en dat lidstaten niet op eigen houtje invoerverboden kunnen instellen"],
   ["2023-09-15", "2023-09-21"], None, ["EU", "POL", "HUN", "SVK"], "undated reaction: window from the national bans to publication")
ev(a, R, "talks", "planned",
   ["De Commissie wil met alle betrokken landen praten om de spanningen weg te nemen"],
   None, None, ["EU", "POL", "UKR"], "no date")
# ---------------------------------------------------------------- 09 Agency wire: Israel-Lebanon maritime border, 2022-10-27 (Thu)
a = "d11_09_naqoura_zeegrens"
IL = ["ISR", "LBN"]
ev(a, R, "agreement", "occurred",
   ["Israël en Libanon bezegelen akkoord over zeegrens, zonder elkaar te ontmoeten",
    "Israël en Libanon hebben donderdag hun akkoord over de zeegrens tussen beide landen officieel gemaakt",
    "overhandigden delegaties van beide landen hun getekende brieven aan de Amerikaanse bemiddelaar Amos Hochstein",
    "De Libanese president Michel Aoun tekende de brief donderdagochtend in Beiroet",
    "In Jeruzalem stemde het kabinet van premier Yair Lapid dezelfde dag in met de overeenkomst",
    "Het akkoord verdeelt een gebied van ongeveer 860 vierkante kilometer"],
   "2022-10-27", "2022-10-27", IL + ["USA"], "letters signed separately and handed to the US mediator: one event")
ev(a, N, ["talks"], "negated",
   ["De delegaties zaten niet samen in één ruimte en spraken niet met elkaar"],
   None, None, IL, "no direct contact")
ev(a, O, ["delivery", "proposal"], "planned",
   ["Beide landen sturen de nieuwe coördinaten van de grens naar de Verenigde Naties"],
   None, None, IL + ["UN"], "deposit of coordinates with the UN; a written submission, not clearly a type")
ev(a, O, "agreement", "occurred",
   ["Over de tekst waren de twee landen het eerder deze maand al eens geworden"],
   ["2022-10-01", "2022-10-26"], "2022-10-11", IL, "agreement on the text two weeks before signature (model: earlier political agreement on the same deal is optional)")
ev(a, R, "talks", "occurred",
   ["na bijna twee jaar van indirecte onderhandelingen onder Amerikaanse leiding",
    "Hochstein reisde daarvoor de afgelopen maanden herhaaldelijk heen en weer tussen Beiroet en Jeruzalem"],
   None, None, IL + ["USA"], "indirect negotiations and shuttle diplomacy over two years: one event, no date")
ev(a, R, "warning", "occurred",
   ["De Libanese beweging Hezbollah had deze zomer nog gedreigd Karish aan te vallen als Israël er zou gaan produceren voordat Libanon zijn rechten had gekregen"],
   ["2022-06-01", "2022-08-31"], None, ["HEZBOLLAH", "ISR"], "'zomer' = June-August")
ev(a, O, "condemnation", "occurred",
   ["Oppositieleider Benjamin Netanyahu, die bij de verkiezingen van volgende week een comeback hoopt te maken, noemde het een \"historische overgave\" aan Hezbollah"],
   None, None, ["ISR"], "domestic criticism of the government's deal")
# ---------------------------------------------------------------- 10 Short news-site item: US CAATSA sanctions on Turkey, 2020-12-14 (Mon)
a = "d11_10_sancties_turkije_s400"
UT = ["USA", "TUR"]
ev(a, R, "sanction", "occurred",
   ["VS straffen NAVO-bondgenoot Turkije voor aankoop Russisch raketschild",
    "De Verenigde Staten hebben maandag sancties ingesteld tegen Turkije vanwege de aankoop van het Russische luchtafweersysteem S-400",
    "Het is de eerste keer dat Washington zulke strafmaatregelen neemt tegen een NAVO-bondgenoot",
    "De sancties zijn gericht tegen het Turkse presidium voor de defensie-industrie"],
   "2020-12-14", "2020-12-14", UT, "CAATSA sanctions on the SSB and four officials: one package")
ev(a, O, "warning", "occurred",
   ["De Amerikaanse minister van Buitenlandse Zaken Mike Pompeo zei dat Turkije herhaaldelijk en op het hoogste niveau was gewaarschuwd"],
   None, None, UT, "earlier warnings, undated")
ev(a, R, "demand", "occurred",
   ["Hij riep Ankara op het probleem samen met Washington op te lossen"],
   "2020-12-14", "2020-12-14", UT)
ev(a, R, "condemnation", "occurred",
   ["Turkije reageert boos",
    "Het Turkse ministerie van Buitenlandse Zaken veroordeelde de sancties en noemde ze \"een ernstige fout\""],
   "2020-12-14", "2020-12-14", ["TUR", "USA"], "heading line is a mention")
ev(a, R, "demand", "occurred",
   ["Ankara roept de VS op de maatregelen zo snel mogelijk terug te draaien"],
   "2020-12-14", "2020-12-14", ["TUR", "USA"])
ev(a, R, "warning", "occurred",
   ["waarschuwt dat het op een geschikt moment zal reageren met tegenmaatregelen"],
   "2020-12-14", "2020-12-14", ["TUR", "USA"], "threat of countermeasures; same sentence as the demand")
ev(a, R, "delivery", "occurred",
   ["De eerste onderdelen van de S-400 werden in juli 2019 vanuit Rusland in Turkije afgeleverd"],
   ["2019-07-01", "2019-07-31"], "2019-07-12", ["RUS", "TUR"])
ev(a, R, "sanction", "occurred",
   ["De VS zetten Turkije kort daarna uit het programma voor de bouw van het Amerikaanse gevechtsvliegtuig F-35"],
   ["2019-07-01", "2019-07-31"], "2019-07-17", UT, "'kort daarna' after July 2019: read as that month")
ev(a, R, "summit", "occurred",
   ["kort nadat de Europese regeringsleiders op hun top in Brussel vorige week hadden afgesproken strafmaatregelen voor te bereiden"],
   ["2020-12-07", "2020-12-13"], "2020-12-10", ["EU"], "European Council 10-11 Dec; 'vorige week' = ISO week")
ev(a, R, "sanction", "planned",
   ["Ook EU opent de aanval", "hadden afgesproken strafmaatregelen voor te bereiden tegen Turkse personen en bedrijven die betrokken zijn bij gasboringen in wateren die Cyprus als de zijne beschouwt"],
   ["2020-12-07", "2020-12-13"], None, ["EU", "TUR"], "decision to prepare sanctions: planned, dated by the decision")
ev(a, O, "agreement", "occurred",
   ["hadden afgesproken strafmaatregelen voor te bereiden tegen Turkse personen en bedrijven"],
   ["2020-12-07", "2020-12-13"], "2020-12-10", ["EU"], "the leaders' agreement itself")
# ---------------------------------------------------------------- 11 Public broadcaster: Germany halts Nord Stream 2, 2022-02-22 (Tue)
a = "d11_11_nord_stream_2_stop"
ev(a, R, "sanction", "occurred",
   ["Duitsland legt Nord Stream 2 stil na Russische erkenning van separatisten",
    "Duitsland zet de gaspijpleiding Nord Stream 2 tussen Rusland en Duitsland voorlopig in de ijskast",
    "Bondskanselier Olaf Scholz maakte vanmiddag bekend dat hij de certificering van de pijpleiding stopzet",
    "Scholz nam het besluit nadat de Russische president Poetin gisteravond de zelfuitgeroepen volksrepublieken Donetsk en Loehansk in het oosten van Oekraïne als onafhankelijke staten had erkend",
    "De bondskanselier heeft het ministerie van Economische Zaken gevraagd een rapport in te trekken"],
   "2022-02-22", "2022-02-22", ["DEU", "RUS"], "halt of certification as a measure against Russia; the request to the ministry is the same decision")
ev(a, O, "talks", "occurred",
   ["zei Scholz op een persconferentie in Berlijn met de Ierse premier Micheál Martin"],
   "2022-02-22", "2022-02-22", ["DEU", "IRL"], "visit of the Irish prime minister, in passing")
ev(a, R, "warning", "occurred",
   ["Medvedev: 'Welkom in de nieuwe wereld'",
    "Oud-president Dmitri Medvedev, nu vicevoorzitter van de Russische Veiligheidsraad, schreef op Twitter"],
   "2022-02-22", "2022-02-22", ["RUS", "EU"], "sarcastic threat of gas prices aimed at Europe")
ev(a, R, "demand", "occurred",
   ["Hij riep andere westerse landen op om nu ook met harde sancties te komen"],
   "2022-02-22", "2022-02-22", ["UKR"], "Kuleba")
ev(a, R, "sanction", "occurred",
   ["werden het vanmiddag unaniem eens over een eerste pakket sancties tegen Rusland",
    "Het treft onder meer de Russische parlementsleden die voor de erkenning stemden",
    "EU-buitenlandchef Josep Borrell zei dat het pakket Rusland \"veel pijn\" zal doen"],
   "2022-02-22", "2022-02-22", ["EU", "RUS"], "political agreement on the first package (formally adopted the next day, which the article cannot know); one package = one event")
ev(a, O, "talks", "occurred",
   ["De ministers van Buitenlandse Zaken van de EU-landen, die in Parijs bij elkaar waren"],
   "2022-02-22", "2022-02-22", ["EU", "FRA"], "ministers' meeting in Paris")
ev(a, R, "sanction", "occurred",
   ["Ook de Britse premier Boris Johnson kondigde vandaag sancties aan, tegen vijf Russische banken en drie rijke zakenlieden met banden met het Kremlin"],
   "2022-02-22", "2022-02-22", ["GBR", "RUS"])
ev(a, R, "sanction", "planned",
   ["Verwacht wordt dat ook hij nieuwe sancties aankondigt"],
   "2022-02-22", "2022-02-22", ["USA", "RUS"], "expected this evening")
ev(a, R, "summit", "planned",
   ["Waarschijnlijk komen de Europese regeringsleiders later deze week bijeen voor een extra top over de crisis"],
   ["2022-02-23", "2022-02-27"], None, ["EU"], "'later deze week' = rest of the ISO week")
ev(a, R, ["talks", "summit"], "occurred",
   ["De VN-Veiligheidsraad kwam vannacht op verzoek van Oekraïne en westerse landen in New York in spoedzitting bijeen"],
   ["2022-02-21", "2022-02-22"], "2022-02-21", ["UN", "UKR", "RUS"], "'vannacht' = the night just passed")
ev(a, O, "demand", "occurred",
   ["De VN-Veiligheidsraad kwam vannacht op verzoek van Oekraïne en westerse landen in New York in spoedzitting bijeen"],
   ["2022-02-21", "2022-02-22"], None, ["UKR", "UN"], "request for the session, in passing")
ev(a, R, "condemnation", "occurred",
   ["De Amerikaanse VN-ambassadeur Linda Thomas-Greenfield noemde de Russische bewering dat het om vredestroepen gaat \"onzin\""],
   ["2022-02-21", "2022-02-22"], "2022-02-21", ["USA", "RUS"], "in the session")
ev(a, R, "condemnation", "occurred",
   ["Ook de NAVO, de EU en de regering in Kiev veroordeelden de erkenning"],
   ["2022-02-21", "2022-02-22"], None, ["NATO", "EU", "UKR", "RUS"], "undated reaction: from the recognition to publication")
ev(a, R, "agreement", "occurred",
   ["Poetin ondertekende gisteravond in het Kremlin vriendschapsverdragen met de leiders van de twee separatistische gebieden"],
   "2022-02-21", "2022-02-21", ["RUS", "DNR", "LNR"], "DNR/LNR for the self-proclaimed republics (common acronyms, no ISO code)")
ev(a, O, "warning", "occurred",
   ["De Verenigde Staten en landen als Polen en Oekraïne waarschuwden al lang dat Europa met de leiding te afhankelijk wordt van Russisch gas"],
   None, None, ["USA", "POL", "UKR", "DEU"], "long-standing warnings, undated")
ev(a, R, "agreement", "occurred",
   ["In juli vorig jaar sloten Washington en Berlijn een akkoord over de leiding"],
   ["2021-07-01", "2021-07-31"], "2021-07-21", ["USA", "DEU"])
ev(a, N, ["sanction"], "negated",
   ["de Amerikanen zagen af van verdere sancties"],
   None, None, ["USA", "DEU", "RUS"], "sanctions waived under the 2021 deal")
# ---------------------------------------------------------------- 12 Regional paper, foreign page: Athens declaration, 2023-12-08 (Fri)
a = "d11_12_athene_erdogan_mitsotakis"
GT = ["GRC", "TUR"]
ev(a, R, ["summit", "talks"], "occurred",
   ["De Turkse president Recep Tayyip Erdogan was voor een eendaags bezoek naar de Griekse hoofdstad gekomen, zijn eerste sinds 2017",
    "Het bezoek was ook de eerste vergadering in jaren van de Hoge Samenwerkingsraad van beide regeringen"],
   "2023-12-07", "2023-12-07", GT, "'gisteren'")
ev(a, R, "agreement", "occurred",
   ["WERELD | Erdogan en Mitsotakis sluiten vriendschap in Athene",
    "Gisteren tekenden Griekenland en Turkije in Athene een verklaring over vriendschappelijke betrekkingen en goed nabuurschap",
    "Hij en de Griekse premier Kyriakos Mitsotakis beloven in de verklaring van Athene dat ze hun geschillen voortaan via dialoog oplossen"],
   "2023-12-07", "2023-12-07", GT, "Athens declaration")
ev(a, R, "agreement", "occurred",
   ["Vijftien overeenkomsten",
    "Behalve de verklaring ondertekenden ministers van beide landen een vijftiental overeenkomsten en intentieverklaringen, onder meer over handel, energie, onderwijs en toerisme"],
   "2023-12-07", "2023-12-07", GT, "fifteen agreements and memoranda signed together: one line, separate from the declaration")
ev(a, N, ["agreement"], "negated",
   ["Over de moeilijkste kwesties werden geen afspraken gemaakt"],
   None, None, GT)
ev(a, R, "proposal", "occurred",
   ["Mitsotakis zei dat als de twee landen daar zelf niet uitkomen, ze naar het Internationaal Gerechtshof in Den Haag kunnen stappen"],
   "2023-12-07", "2023-12-07", GT, "proposal to go to the ICJ")
ev(a, R, "delivery", "occurred",
   ["De dooi begon na de zware aardbevingen in Zuid-Turkije in februari",
    "Griekenland stuurde reddingswerkers en hulpgoederen"],
   ["2023-02-01", "2023-02-28"], "2023-02-06", GT, "earthquake aid")
ev(a, R, "talks", "occurred",
   ["de Griekse minister van Buitenlandse Zaken Nikos Dendias reisde als een van de eerste Europese ministers naar het rampgebied"],
   ["2023-02-01", "2023-02-28"], "2023-02-12", GT)
ev(a, R, ["proposal", "delivery"], "occurred",
   ["Toen in de zomer bosbranden in Griekenland woedden, bood Turkije op zijn beurt hulp aan"],
   ["2023-06-01", "2023-08-31"], None, ["TUR", "GRC"], "offer of help")
ev(a, R, ["talks", "summit"], "occurred",
   ["Mitsotakis en Erdogan spraken elkaar in september nog in New York, tijdens de Algemene Vergadering van de VN"],
   ["2023-09-01", "2023-09-30"], "2023-09-20", GT)
ev(a, O, "agreement", "occurred",
   ["Daar spraken ze af de betrekkingen stap voor stap te verbeteren"],
   ["2023-09-01", "2023-09-30"], "2023-09-20", GT, "informal understanding")
ev(a, R, ["summit", "talks"], "occurred",
   ["Het vorige bezoek van Erdogan aan Athene, in december 2017, liep nog uit op een openlijke ruzie voor de camera's"],
   ["2017-12-01", "2017-12-31"], "2017-12-07", GT)
ev(a, R, "demand", "occurred",
   ["Erdogan zei toen dat het Verdrag van Lausanne uit 1923, dat de grenzen tussen beide landen vastlegt, moest worden herzien"],
   ["2017-12-01", "2017-12-31"], "2017-12-07", ["TUR", "GRC"], "'toen' = the December 2017 visit")
ev(a, R, ["talks", "summit"], "planned",
   ["Mitsotakis brengt volgend jaar een tegenbezoek aan Ankara"],
   ["2024-01-01", "2024-12-31"], None, GT)
# ---------------------------------------------------------------- 13 Quality-paper analysis: EU opens accession talks with Ukraine, Orbán, 2023-12-15 (Fri)
a = "d11_13_analyse_orban_toetredingsgesprekken"
EU3 = ["EU", "UKR", "MDA"]
ev(a, R, "summit", "occurred",
   ["Toen de regeringsleiders gisteravond in Brussel op het punt stonden te beslissen over toetredingsonderhandelingen met Oekraïne, verliet de Hongaarse premier Viktor Orbán de vergaderzaal"],
   ["2023-12-14", "2023-12-15"], "2023-12-14", ["EU"], "European Council 14-15 Dec, under way at publication")
ev(a, R, "agreement", "occurred",
   ["Orbán liep even de zaal uit, en Oekraïne mag onderhandelen over EU-lidmaatschap",
    "Zonder Orbán in de zaal was er geen veto, en dus een besluit: de EU gaat onderhandelen met Oekraïne en met Moldavië over hun lidmaatschap",
    "Het besluit van gisteren is vooral symbolisch"],
   "2023-12-14", "2023-12-14", EU3, "decision to open accession negotiations (with Moldova: one decision)")
ev(a, R, "talks", "planned",
   ["Zonder Orbán in de zaal was er geen veto, en dus een besluit: de EU gaat onderhandelen met Oekraïne en met Moldavië over hun lidmaatschap",
    "Pas als de lidstaten het eens zijn over een zogenoemd onderhandelingskader, kan de eerste formele onderhandelingsronde beginnen",
    "Wanneer dat is, is nog onduidelijk"],
   None, None, EU3, "the negotiations themselves: planned, no date")
ev(a, R, "proposal", "planned",
   ["De Commissie moet daarvoor binnenkort een voorstel doen"],
   None, None, ["EU", "UKR"], "negotiating framework; 'binnenkort' = no date")
ev(a, N, ["agreement"], "negated",
   ["Hongarije wilde er volgens hem geen deel aan hebben, en daarom was hij de zaal uitgelopen"],
   None, None, ["HUN", "EU"], "Hungary did not take part in the decision")
ev(a, R, "agreement", "occurred",
   ["Ook Georgië kreeg op de top de status van kandidaat-lidstaat"],
   "2023-12-14", "2023-12-14", ["EU", "GEO"])
ev(a, O, "agreement", "occurred",
   ["Met Bosnië en Herzegovina kunnen onderhandelingen beginnen zodra het land aan de voorwaarden voldoet"],
   "2023-12-14", "2023-12-14", ["EU", "BIH"], "conditional decision")
ev(a, R, "condemnation", "occurred",
   ["Orbán zelf noemde het besluit in een video op Facebook \"volkomen zinloos\" en \"slecht\""],
   ["2023-12-14", "2023-12-15"], "2023-12-14", ["HUN", "EU"], "reaction after the decision")
ev(a, N, ["delivery", "agreement"], "negated",
   ["Later in de nacht blokkeerde Orbán wel, en ditmaal zonder de zaal te verlaten, een steunpakket van 50 miljard euro voor Oekraïne voor de komende vier jaar"],
   None, None, ["EU", "UKR", "HUN"], "blocked aid package")
ev(a, R, "summit", "planned",
   ["De regeringsleiders komen begin volgend jaar opnieuw bijeen om het nog eens te proberen"],
   ["2024-01-01", "2024-03-31"], None, ["EU"], "'begin volgend jaar' = first quarter")
ev(a, R, "delivery", "occurred",
   ["Een dag voor de top maakte de Europese Commissie ruim tien miljard euro aan bevroren EU-geld voor Hongarije vrij"],
   "2023-12-13", "2023-12-13", ["EU", "HUN"], "release of frozen funds (money)")
ev(a, O, ["condemnation", "warning"], "occurred",
   ["Leden van het Europees Parlement spreken van chantage en dreigen de Commissie voor de rechter te dagen"],
   None, None, ["EU"], "intra-EU criticism")
ev(a, R, "demand", "occurred",
   ["In een brief aan Europees president Charles Michel had hij gevraagd het onderwerp van de agenda te halen"],
   None, None, ["HUN", "EU"], "letter; undated in the text")
ev(a, R, "proposal", "occurred",
   ["In plaats daarvan stelde hij een 'strategisch partnerschap' met Oekraïne voor"],
   None, None, ["HUN", "EU", "UKR"], "undated")
ev(a, N, ["agreement"], "negated",
   ["Op dat voorstel ging geen enkele andere regeringsleider in"],
   None, None, ["EU", "HUN"])
ev(a, R, "talks", "occurred",
   ["Zelensky en Orbán liepen elkaar afgelopen zondag nog tegen het lijf in Buenos Aires",
    "Op beelden is te zien dat ze kort en geanimeerd met elkaar praten"],
   "2023-12-10", "2023-12-10", ["UKR", "HUN"], "brief conversation at Milei's inauguration")
ev(a, R, ["talks", "summit"], "occurred",
   ["Daarna reisde Zelensky door naar Washington, waar hij dinsdag president Joe Biden sprak in een poging om nieuwe Amerikaanse militaire steun los te krijgen"],
   "2023-12-12", "2023-12-12", ["UKR", "USA"])
ev(a, O, "demand", "occurred",
   ["Daarna reisde Zelensky door naar Washington, waar hij dinsdag president Joe Biden sprak in een poging om nieuwe Amerikaanse militaire steun los te krijgen"],
   "2023-12-12", "2023-12-12", ["UKR", "USA"], "the request for aid during the visit")
ev(a, N, ["delivery"], "negated",
   ["Die steun ligt vast in het Congres, waar Republikeinen eerst strengere maatregelen aan de Amerikaanse zuidgrens eisen"],
   None, None, ["USA", "UKR"], "aid blocked in Congress")
ev(a, R, "proposal", "occurred",
   ["De Commissie had op 8 november aanbevolen de onderhandelingen te openen"],
   "2023-11-08", "2023-11-08", ["EU", "UKR"], "Commission recommendation")
ev(a, O, "agreement", "occurred",
   ["Het land kreeg in juni vorig jaar de status van kandidaat-lidstaat"],
   ["2022-06-01", "2022-06-30"], "2022-06-23", ["EU", "UKR"], "topic of an earlier set, in passing")
# ---------------------------------------------------------------- 14 Agency wire: China's seafood ban after the Fukushima release, 2023-08-24 (Thu)
a = "d11_14_fukushima_vis_china"
CJ = ["CHN", "JPN"]
ev(a, R, "sanction", "occurred",
   ["China stopt invoer van alle Japanse vis nu koelwater Fukushima in zee stroomt",
    "China heeft donderdag met onmiddellijke ingang de invoer van alle vis, schaal- en schelpdieren uit Japan stopgezet",
    "Peking reageert daarmee op het besluit van Japan",
    "De Chinese douane zei dat het verbod nodig is",
    "Voor de Japanse vissers is het verbod een zware klap"],
   "2023-08-24", "2023-08-24", CJ, "import ban")
ev(a, R, "condemnation", "occurred",
   ["Het Chinese ministerie van Buitenlandse Zaken noemde de lozing \"uiterst egoïstisch en onverantwoordelijk\"",
    "Volgens Peking behandelt Tokio de oceaan als een \"riool\""],
   "2023-08-24", "2023-08-24", CJ)
ev(a, R, "demand", "occurred",
   ["en eiste dat Japan ermee stopt"],
   "2023-08-24", "2023-08-24", CJ, "same sentence as the condemnation")
ev(a, R, ["demand", "condemnation"], "occurred",
   ["De Japanse regering riep China op het verbod direct in te trekken en tekende protest aan"],
   "2023-08-24", "2023-08-24", ["JPN", "CHN"])
ev(a, O, ["condemnation", "demand"], "planned",
   ["Tokio overweegt volgens Japanse media een klacht bij de Wereldhandelsorganisatie"],
   None, None, ["JPN", "CHN"], "considered WTO complaint")
ev(a, R, "sanction", "occurred",
   ["Ook Hongkong en Macau stelden donderdag beperkingen in",
    "Zij verbieden de invoer van zeeproducten uit tien Japanse prefecturen, waaronder Fukushima"],
   "2023-08-24", "2023-08-24", ["HKG", "MAC", "JPN"], "HKG/MAC: ISO codes of the two special administrative regions")
ev(a, R, "sanction", "occurred",
   ["Peking had in juli de controles op Japanse zeeproducten al aangescherpt en de invoer uit de tien prefecturen toen al verboden"],
   ["2023-07-01", "2023-07-31"], None, CJ, "earlier partial ban")
ev(a, R, "talks", "occurred",
   ["IAEA-directeur Rafael Grossi overhandigde dat rapport toen in Tokio persoonlijk aan premier Fumio Kishida"],
   ["2023-07-01", "2023-07-10"], "2023-07-04", ["IAEA", "JPN"], "'toen' = 'begin juli'")
ev(a, O, "proposal", "occurred",
   ["Het Internationaal Atoomagentschap (IAEA) van de VN concludeerde begin juli in een rapport dat de lozing voldoet aan de internationale veiligheidsnormen"],
   ["2023-07-01", "2023-07-10"], "2023-07-04", ["IAEA", "JPN"], "report; a written finding, not clearly a type")
ev(a, O, "sanction", "occurred",
   ["Zuid-Korea houdt wel vast aan zijn eigen verbod op vis uit de regio Fukushima, dat al sinds 2013 geldt"],
   ["2013-01-01", "2013-12-31"], "2013-09-06", ["KOR", "JPN"], "standing ban since 2013, in passing")
# ---------------------------------------------------------------- 15/16 no-event articles
TRAPS = {
    "d11_15_economie_krimp_nederland": [
        "Duitsland, verreweg de belangrijkste handelspartner van Nederland, zat de afgelopen maanden zelf in een lichte recessie en groeide in het tweede kwartaal niet",
        "Ook de vraag uit China, waar het economisch herstel na de coronajaren tegenvalt, is minder groot dan verwacht",
        "Wel waarschuwen zij dat de hoge rente de komende tijd steeds meer gaat doorwerken",
        "De vakbonden eisen daarom dat de lonen de komende tijd flink blijven stijgen",
        "In veel sectoren zijn dit jaar cao-akkoorden gesloten met loonsverhogingen van meer dan vijf procent",
        "Werkgevers waarschuwen dat te hoge loonstijgingen de concurrentiepositie van Nederlandse bedrijven in gevaar brengen, zeker tegenover landen als de Verenigde Staten",
    ],
    "d11_16_sport_oranje_engeland": [
        "In een vol stadion in Dortmund verloor Oranje gisteravond met 2-1 van Engeland",
        "De Duitse scheidsrechter Felix Zwayer liet eerst doorspelen, maar gaf na tussenkomst van de videoscheidsrechter toch een strafschop",
        "Koeman had na afloop geen goed woord over voor de strafschop",
        "Ook spelers en oud-internationals hekelden de beslissing",
        "Engeland speelt zondag in Berlijn de finale tegen Spanje, dat in de andere halve finale Frankrijk versloeg",
        "dat wordt gespeeld in de Verenigde Staten, Canada en Mexico",
    ],
}

for a, note in [("d11_15_economie_krimp_nederland",
                 "domestic economy (CBS: technical recession, Aug 2023); traps: Duitsland/China/Verenigde Staten as trade partners, waarschuwen, eisen, cao-akkoorden"),
                ("d11_16_sport_oranje_engeland",
                 "sports (Euro 2024 semi-final Netherlands-England, Dortmund, 10 Jul 2024); traps: Engeland/Spanje/Frankrijk as teams, Duitse scheidsrechter, geen goed woord over, hekelden, WK host countries")]:
    ev(a, N, ALL, "negated", TRAPS[a], None, None, [],
       "NO-EVENT SENTINEL: article has no diplomatic event of its own; its trap sentences are listed; the line puts the article in scope so every other prediction in it counts as a false positive. " + note)

if __name__ == "__main__":
    goldkit.build(G, ROOT)
