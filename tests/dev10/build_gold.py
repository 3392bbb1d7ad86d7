"""Build gold.jsonl for dev10 and check every mention is a verbatim substring of its article.

Edit this script, not the JSONL. Run: python build_gold.py
"""
import pathlib, sys

ROOT = pathlib.Path(__file__).parent
sys.path.insert(0, str(ROOT.parent / "setkit"))  # the gold helper, checks and writing: tests/setkit/goldkit.py
import goldkit  # noqa: E402
from goldkit import ALL, N, O, R  # noqa: E402,F401

G, ev = goldkit.collector()

# ---------------------------------------------------------------- 01 Obituary: Henry Kissinger, 2023-11-30 (Thu)
a = "d10_01_in_memoriam_kissinger"
UC = ["USA", "CHN"]
ev(a, R, "talks", "occurred",
   ["In juli 1971 reisde hij in het diepste geheim via Pakistan naar Peking, waar hij dagenlang sprak met premier Zhou Enlai"],
   ["1971-07-01", "1971-07-31"], "1971-07-09", UC, "secret trip 9-11 July 1971; PAK only the route")
ev(a, O, ["summit", "talks", "proposal"], "planned",
   ["Kort daarna kondigde Nixon tot verbazing van de wereld aan dat hij China zou bezoeken"],
   None, None, UC, "announcement (15 July 1971) of the visit that is reported separately below")
ev(a, R, ["summit", "talks"], "occurred",
   ["Nixon schudde in Peking de hand van Mao Zedong"],
   ["1972-02-01", "1972-02-29"], "1972-02-21", UC, "'In februari 1972 was het zover': Nixon's visit 21-28 Feb 1972")
ev(a, R, "agreement", "occurred",
   ["aan het eind van de week van het bezoek gaven beide landen in Shanghai een gezamenlijk communiqué uit"],
   ["1972-02-01", "1972-02-29"], "1972-02-27", UC, "Shanghai Communiqué (27 Feb 1972); the text places it only in the February visit; its one-China content is not a second event")
ev(a, R, "agreement", "occurred",
   ["Drie maanden later tekenden Nixon en de Sovjetleider Leonid Brezjnev in Moskou de eerste akkoorden over de beperking van kernwapens"],
   ["1972-05-01", "1972-05-31"], "1972-05-26", ["USA", "RUS"], "SALT I / ABM, 26 May 1972; RUS for the Soviet Union; 'drie maanden later' after February = May")
ev(a, O, ["summit", "talks"], "occurred",
   ["Drie maanden later tekenden Nixon en de Sovjetleider Leonid Brezjnev in Moskou de eerste akkoorden over de beperking van kernwapens"],
   ["1972-05-01", "1972-05-31"], "1972-05-22", ["USA", "RUS"], "Moscow summit only implied by the signing")
ev(a, R, "talks", "occurred",
   ["Intussen onderhandelde Kissinger jarenlang in Parijs, vaak in het geheim, met de Noord-Vietnamees Le Duc Tho"],
   None, None, ["USA", "VNM"], "years of (secret) talks; no date in the text beyond 'jarenlang'; VNM for North Vietnam")
ev(a, R, "agreement", "occurred",
   ["Op 27 januari 1973 werden de vredesakkoorden over Vietnam getekend"],
   "1973-01-27", "1973-01-27", ["USA", "VNM"])
ev(a, R, "delivery", "occurred",
   ["In oktober 1973, tijdens de Jom Kipoeroorlog, liet Washington een luchtbrug met wapens naar Israël vliegen"],
   ["1973-10-01", "1973-10-31"], "1973-10-14", ["USA", "ISR"], "airlift of arms")
ev(a, R, "sanction", "occurred",
   ["De Arabische olieproducenten kondigden daarop een olie-embargo af tegen de Verenigde Staten en ook tegen Nederland, dat als pro-Israëlisch gold"],
   ["1973-10-01", "1973-10-31"], None, ["OAPEC", "USA", "NLD"], "oil embargo; 'daarop' = October 1973; OAPEC for the Arab producers")
ev(a, R, "talks", "occurred",
   ["Na de oorlog begon Kissinger aan wat de pendeldiplomatie ging heten: hij vloog heen en weer tussen Jeruzalem, Caïro en Damascus"],
   None, None, ["USA", "ISR", "EGY", "SYR"], "shuttle diplomacy: repeated talks, one event; start undated")
ev(a, R, "agreement", "occurred",
   ["Dat leverde in januari 1974 een akkoord op over het scheiden van de Egyptische en Israëlische troepen"],
   ["1974-01-01", "1974-01-31"], "1974-01-18", ["EGY", "ISR", "USA"], "Sinai I")
ev(a, R, "agreement", "occurred",
   ["eind mei 1974 een vergelijkbaar akkoord tussen Israël en Syrië"],
   ["1974-05-21", "1974-05-31"], "1974-05-31", ["ISR", "SYR", "USA"])
ev(a, R, ["talks", "summit"], "occurred",
   ["In juli van dit jaar werd hij in Peking nog ontvangen door president Xi Jinping"],
   ["2023-07-01", "2023-07-31"], "2023-07-20", ["CHN", "USA"], "Kissinger as private visitor; USA by nationality")

# ---------------------------------------------------------------- 02 Chronology: Brexit, 2020-01-31 (Fri)
a = "d10_02_tijdlijn_brexit"
GE = ["GBR", "EU"]
ev(a, R, ["proposal", "demand"], "occurred",
   ["De Britse EU-ambassadeur Tim Barrow overhandigt in Brussel de brief van premier Theresa May aan Europees president Donald Tusk waarin Londen zich beroept op artikel 50"],
   "2017-03-29", "2017-03-29", GE, "article 50 letter: a formal written notification (letters are proposals); present tense in a dated bullet is past")
ev(a, R, "talks", "occurred",
   ["In Brussel beginnen de onderhandelingen tussen de Britse minister David Davis en EU-onderhandelaar Michel Barnier"],
   "2017-06-19", "2017-06-19", GE, "start of negotiations")
ev(a, R, "agreement", "occurred",
   ["Na een nachtelijke sessie bereiken Londen en Brussel overeenstemming over de eerste fase"],
   "2017-12-08", "2017-12-08", GE)
ev(a, R, ["summit", "agreement"], "occurred",
   ["Op een speciale top in Brussel keuren de 27 andere EU-leiders het terugtrekkingsakkoord goed"],
   "2018-11-25", "2018-11-25", GE, "special European Council endorsing the deal")
ev(a, R, "agreement", "occurred",
   ["het terugtrekkingsakkoord goed dat de onderhandelaars eerder die maand hadden gesloten"],
   ["2018-11-01", "2018-11-24"], "2018-11-13", GE, "negotiators' deal of 13-14 Nov; 'eerder die maand' before the 25th")
ev(a, N, ["agreement"], "negated",
   ["Het Lagerhuis verwerpt het akkoord van May met een historische meerderheid"],
   "2019-01-15", None, ["GBR"], "ratification refused")
ev(a, R, ["summit", "agreement"], "occurred",
   ["De EU-leiders geven Londen op een top in Brussel uitstel tot 12 april"],
   "2019-03-21", "2019-03-21", GE, "first extension granted at the summit")
ev(a, R, ["summit", "agreement"], "occurred",
   ["Op een extra top krijgt May een tweede uitstel, tot uiterlijk 31 oktober"],
   "2019-04-10", "2019-04-10", GE)
ev(a, R, "agreement", "occurred",
   ["Premier Boris Johnson, sinds juli in functie, en de EU bereiken een nieuw akkoord, met andere afspraken over Noord-Ierland"],
   "2019-10-17", "2019-10-17", GE)
ev(a, R, ["summit", "agreement"], "occurred",
   ["De Europese top stemt dezelfde dag in"],
   "2019-10-17", "2019-10-17", GE, "European Council of 17-18 Oct endorsing the new deal")
ev(a, R, ["demand", "proposal"], "occurred",
   ["Gedwongen door een wet van het parlement vraagt Johnson per brief om nieuw uitstel"],
   "2019-10-19", "2019-10-19", GE, "request for extension (unsigned letter)")
ev(a, R, "agreement", "occurred",
   ["De EU-landen stemmen in met uitstel tot 31 januari 2020"],
   "2019-10-28", "2019-10-28", GE)
ev(a, R, "agreement", "occurred",
   ["Commissievoorzitter Ursula von der Leyen en Europees president Charles Michel ondertekenen het terugtrekkingsverdrag in Brussel, Johnson zet later die dag in Londen zijn handtekening"],
   "2020-01-24", "2020-01-24", GE, "signature on both sides: one event")
ev(a, O, "agreement", "occurred",
   ["Het Europees Parlement stemt met ruime meerderheid in met het verdrag"],
   "2020-01-29", "2020-01-29", GE, "ratification vote")
ev(a, R, "talks", "planned",
   ["Begin maart moeten de gesprekken over een handelsverdrag beginnen"],
   ["2020-03-01", "2020-03-10"], None, GE, "talks started 2 March 2020 but the article cannot know; true_date left null as planned")
ev(a, N, ["agreement", "proposal"], "negated",
   ["Johnson heeft al gezegd dat hij de overgangsperiode niet wil verlengen"],
   None, None, GE, "refused extension")

# ---------------------------------------------------------------- 03 Parliamentary debate: NL-Ukraine security agreement, header 2024-03 (month only)
a = "d10_03_kamerdebat_veiligheidsakkoord_oekraine"
NU = ["NLD", "UKR"]
ev(a, R, "agreement", "occurred",
   ["Kamer kritisch maar steunend over tienjarig veiligheidsakkoord met Oekraïne",
    "het veiligheidsakkoord dat demissionair premier Rutte met Oekraïne heeft gesloten",
    "Rutte ondertekende het akkoord op 1 maart samen met president Volodymyr Zelensky in Charkiv"],
   "2024-03-01", "2024-03-01", NU, "signed in Kharkiv")
ev(a, R, ["talks", "summit"], "occurred",
   ["De premier reisde er onaangekondigd heen en sprak er met Zelensky over de luchtverdediging van de stad"],
   "2024-03-01", "2024-03-01", NU, "the visit and talks; the signing is the agreement line")
ev(a, R, "demand", "occurred",
   ["Zelensky drong daar opnieuw aan op meer luchtafweer"],
   "2024-03-01", "2024-03-01", ["UKR", "NLD"], "'daar' = in Kharkiv on 1 March")
ev(a, R, "delivery", "planned",
   ["Voor dit jaar zegt het kabinet 2 miljard euro aan militaire hulp toe"],
   ["2024-03-01", "2024-03-31"], "2024-03-01", NU, "pledge dated by the pledge (present tense under a month-only header = that month); made with the agreement on 1 March")
ev(a, R, "agreement", "occurred",
   ["Nederland volgt daarmee het Verenigd Koninkrijk, dat in januari als eerste zo'n akkoord sloot"],
   ["2024-01-01", "2024-01-31"], "2024-01-12", ["GBR", "UKR"])
ev(a, R, "agreement", "occurred",
   ["en Duitsland en Frankrijk, die half februari tekenden"],
   ["2024-02-11", "2024-02-20"], "2024-02-16", ["DEU", "FRA", "UKR"], "two bilateral agreements signed the same day; one mention, one line")
ev(a, R, ["agreement", "proposal"], "occurred",
   ["Alle akkoorden vloeien voort uit de verklaring die de G7-landen vorig jaar in juli in Vilnius aflegden, aan de rand van de NAVO-top"],
   ["2023-07-01", "2023-07-31"], "2023-07-12", ["G7", "UKR"], "G7 joint declaration of support")
ev(a, O, "summit", "occurred",
   ["Alle akkoorden vloeien voort uit de verklaring die de G7-landen vorig jaar in juli in Vilnius aflegden, aan de rand van de NAVO-top"],
   ["2023-07-01", "2023-07-31"], "2023-07-11", ["NATO"], "Vilnius NATO summit in passing")
ev(a, O, "demand", "occurred",
   ["Verschillende Kamerleden vroegen het kabinet om te onderzoeken of er meer munitie kan worden gekocht, ook buiten Europa"],
   None, None, ["NLD"], "domestic request by MPs")
ev(a, O, "talks", "occurred",
   ["Ollongren zei dat Nederland daarover met bondgenoten in gesprek is, maar noemde geen bedragen"],
   None, None, ["NLD"], "ongoing consultations")
ev(a, R, "summit", "planned",
   ["Over de NAVO-top in Washington, in juli, waren de ministers terughoudend"],
   ["2024-07-01", "2024-07-31"], None, ["NATO", "USA"], "planned summit; held 9-11 July but the article cannot know")
ev(a, N, ["proposal"], "negated",
   ["Een uitnodiging aan Oekraïne om lid te worden zit er volgens Bruins Slot nog niet in"],
   None, None, ["NATO", "UKR"], "no membership invitation")
ev(a, N, ["agreement"], "negated",
   ["Daarover is binnen het bondgenootschap volgens haar geen overeenstemming"],
   None, None, ["NATO"])
ev(a, O, "demand", "occurred",
   ["Aan het eind van het debat werden enkele moties ingediend"],
   None, None, ["NLD"], "MPs' motions: domestic requests")
# ---------------------------------------------------------------- 04 Press-agency flashes: Istanbul round two, 2025-06-02 (Mon)
a = "d10_04_istanbul_flitsen"
RU = ["RUS", "UKR"]
ev(a, R, "talks", "occurred",
   ["Tweede ronde gesprekken Rusland en Oekraïne in Istanbul: de dag in berichten",
    "De delegaties van Rusland en Oekraïne zijn in Istanbul aangekomen voor een tweede ronde directe gesprekken",
    "De Turkse minister van Buitenlandse Zaken Hakan Fidan zit het overleg voor",
    "De gesprekken zijn na ongeveer een uur afgelopen"],
   "2025-06-02", "2025-06-02", RU + ["TUR"], "second round in the Çırağan palace; TUR chairs")
ev(a, R, "proposal", "occurred",
   ["Oekraïne heeft Rusland vooraf een memorandum gestuurd met zijn voorwaarden voor vrede, waaronder een volledig staakt-het-vuren als eerste stap"],
   ["2025-05-17", "2025-06-01"], None, ["UKR", "RUS"], "'vooraf': between the first round and this one (window up to the day before)")
ev(a, R, "proposal", "occurred",
   ["Moskou zou vandaag zijn eigen memorandum overhandigen"],
   "2025-06-02", "2025-06-02", ["RUS", "UKR"], "announced in the 10.15 flash, confirmed as handed over by the 17.45 flash; proposals accept occurred or planned")
ev(a, R, "agreement", "occurred",
   ["Rusland en Oekraïne hebben afgesproken alle zwaargewonde en ernstig zieke krijgsgevangenen uit te wisselen, net als gevangen soldaten jonger dan 25 jaar",
    "Ook worden de stoffelijke resten van zesduizend gesneuvelde militairen aan elke kant teruggegeven"],
   "2025-06-02", "2025-06-02", RU, "exchange of POWs and remains: one agreement")
ev(a, O, "delivery", "planned",
   ["Ook worden de stoffelijke resten van zesduizend gesneuvelde militairen aan elke kant teruggegeven"],
   None, None, RU, "return of remains: delivery reading defensible")
ev(a, R, "proposal", "occurred",
   ["Medinski zegt dat Rusland heeft voorgesteld om op een aantal plaatsen aan het front twee tot drie dagen de wapens te laten zwijgen"],
   "2025-06-02", "2025-06-02", ["RUS", "UKR"], "local truce offer")
ev(a, N, ["agreement", "proposal"], "negated",
   ["Een algemeen staakt-het-vuren wijst Moskou af"],
   None, None, ["RUS", "UKR"], "refusal")
ev(a, R, "proposal", "occurred",
   ["Oekraïne heeft voorgesteld om eind juni opnieuw te praten, zegt Oemerov"],
   "2025-06-02", "2025-06-02", ["UKR", "RUS"], "the proposal is dated by the day it was made; the proposed talks are the optional line")
ev(a, O, "talks", "planned",
   ["Oekraïne heeft voorgesteld om eind juni opnieuw te praten, zegt Oemerov"],
   ["2025-06-21", "2025-06-30"], None, RU, "proposed, not agreed")
ev(a, R, ["proposal", "demand"], "occurred",
   ["Kiev wil ook een ontmoeting tussen de presidenten Zelensky en Poetin"],
   "2025-06-02", "2025-06-02", ["UKR", "RUS"], "proposed summit")
ev(a, R, ["proposal", "summit"], "occurred",
   ["President Recep Tayyip Erdogan zegt dat hij een top van Poetin, Zelensky en de Amerikaanse president Trump in Istanbul of Ankara wil organiseren"],
   "2025-06-02", "2025-06-02", ["TUR", "RUS", "UKR", "USA"], "offer to host; a planned-summit reading is accepted through the proposal type")
ev(a, R, "talks", "occurred",
   ["de eerste ronde vond op 16 mei plaats in het Dolmabahçe-paleis, de eerste rechtstreekse gesprekken sinds het voorjaar van 2022",
    "Die duurde korter dan twee uur"],
   "2025-05-16", "2025-05-16", RU + ["TUR"])
ev(a, N, ["talks", "summit"], "negated",
   ["Poetin was niet gekomen, al had hij de gesprekken zelf voorgesteld"],
   "2025-05-16", None, ["RUS"], "Putin absent")
ev(a, O, "proposal", "occurred",
   ["Poetin was niet gekomen, al had hij de gesprekken zelf voorgesteld"],
   None, "2025-05-11", ["RUS", "UKR"], "Putin's proposal of direct talks (11 May), in passing")
ev(a, R, "agreement", "occurred",
   ["De partijen spraken toen een uitwisseling af van duizend gevangenen aan elke kant"],
   "2025-05-16", "2025-05-16", RU)
ev(a, O, "agreement", "occurred",
   ["Die ruil werd eind mei in drie dagen uitgevoerd, de grootste van de oorlog"],
   ["2025-05-21", "2025-05-31"], "2025-05-23", RU, "implementation of the agreement of 16 May (model convention: optional when the agreement is reported separately)")
ev(a, R, "condemnation", "occurred",
   ["Zelensky noemt het Russische memorandum een ultimatum"],
   "2025-06-02", "2025-06-02", ["UKR", "RUS"])

# ---------------------------------------------------------------- 05 Correspondent's reportage: Thailand-Cambodia ceasefire, 2025-07-29 (Tue)
a = "d10_05_reportage_thailand_cambodja"
TK = ["THA", "KHM"]
ev(a, R, "agreement", "occurred",
   ["Sinds middernacht geldt een staakt-het-vuren tussen Thailand en Cambodja",
    "Dat werd gisteren overeengekomen in Putrajaya, het regeringscentrum bij Kuala Lumpur",
    "Na afloop spraken de drie van een onvoorwaardelijk bestand"],
   "2025-07-28", "2025-07-28", TK + ["MYS"], "agreed Monday 28 July, in force at midnight: one event")
ev(a, R, ["summit", "talks"], "occurred",
   ["De Maleisische premier Anwar Ibrahim, dit jaar voorzitter van de ASEAN, bracht er de Cambodjaanse premier Hun Manet en de waarnemend Thaise premier Phumtham Wechayachai samen",
    "Ook vertegenwoordigers van de Verenigde Staten en China waren aanwezig"],
   "2025-07-28", "2025-07-28", TK + ["MYS", "ASEAN"], "meeting of heads of government; USA/CHN observers not required actors")
ev(a, R, "talks", "occurred",
   ["Het overleg kwam er nadat de Amerikaanse president Trump zaterdag met beide premiers had gebeld"],
   "2025-07-26", "2025-07-26", ["USA"] + TK, "phone calls to both, one event")
ev(a, R, "warning", "occurred",
   ["Hij dreigde dat er geen handelsakkoorden met Washington zouden komen zolang er werd gevochten"],
   "2025-07-26", "2025-07-26", ["USA"] + TK, "conditional threat = warning")
ev(a, N, ["agreement"], "negated",
   ["Hij dreigde dat er geen handelsakkoorden met Washington zouden komen zolang er werd gevochten"],
   None, None, ["USA"] + TK, "content of the threat, not an agreement")
ev(a, R, "talks", "occurred",
   ["Vanochtend spraken commandanten van beide legers elkaar aan de grens om de afspraken uit te werken"],
   "2025-07-29", "2025-07-29", TK)
ev(a, R, "condemnation", "occurred",
   ["Toch beschuldigde het Thaise leger Cambodja er vanochtend al van op enkele plaatsen het vuur te hebben geopend"],
   "2025-07-29", "2025-07-29", TK)
ev(a, R, "sanction", "occurred",
   ["sloot Thailand in juni grensovergangen"],
   ["2025-06-01", "2025-06-30"], None, TK, "border closure")
ev(a, R, "sanction", "occurred",
   ["stopte Cambodja met de invoer van Thaise groente en fruit"],
   ["2025-06-01", "2025-06-30"], None, ["KHM", "THA"], "import ban; same sentence as the border closure, 'in juni' governs both")
ev(a, O, "talks", "occurred",
   ["Een uitgelekt telefoongesprek tussen de Thaise premier Paetongtarn Shinawatra en de Cambodjaanse oud-premier Hun Sen kostte haar begin juli haar functie"],
   None, "2025-06-15", TK, "the call itself is undated in the text; 'begin juli' dates the suspension")
ev(a, R, "sanction", "occurred",
   ["Bangkok zette daarop de Cambodjaanse ambassadeur het land uit en riep de eigen ambassadeur terug uit Phnom Penh"],
   "2025-07-23", "2025-07-23", TK, "'een dag voor de gevechten' (Thursday 24 July) = 23 July; expulsion + recall one decision")
ev(a, R, "sanction", "occurred",
   ["Cambodja reageerde door de betrekkingen eveneens terug te schroeven"],
   ["2025-07-23", "2025-07-29"], "2025-07-24", ["KHM", "THA"], "undated reaction: window from the event reacted to up to publication")
ev(a, R, ["talks", "summit"], "occurred",
   ["Vrijdag kwam de VN-Veiligheidsraad in New York achter gesloten deuren bijeen over het conflict"],
   "2025-07-25", "2025-07-25", ["UN"] + TK, "emergency session")
ev(a, R, "demand", "occurred",
   ["Cambodja had om die spoedzitting gevraagd"],
   ["2025-07-24", "2025-07-25"], None, ["KHM", "UN"], "request before Friday's session")
ev(a, R, "talks", "planned",
   ["Thailand en Cambodja willen de komende dagen verder praten over de uitvoering van het bestand"],
   ["2025-07-30", "2025-08-05"], None, TK, "'de komende dagen' = the 7 days after publication")

# ---------------------------------------------------------------- 06 Fact-check: Orbán's 'peace mission', 2024-07-17 (Wed)
a = "d10_06_factcheck_orban_vredesmissie"
TRIP = "Binnen twee weken na de start van het Hongaarse EU-voorzitterschap reisde premier Viktor Orbán naar Kiev, Moskou, Peking en Florida"
ev(a, R, "talks", "occurred",
   ["De Oostenrijkse bondskanselier Karl Nehammer zocht Poetin al in april 2022 op in Moskou"],
   ["2022-04-01", "2022-04-30"], "2022-04-11", ["AUT", "RUS"], "the fact-check's counterexample is a real visit")
ev(a, R, ["talks", "summit"], "occurred",
   [TRIP, "Orbán was de eerste Europese regeringsleider die sinds de invasie naar Poetin ging", "Hij sprak Poetin op 5 juli in het Kremlin"],
   "2024-07-05", "2024-07-05", ["HUN", "RUS"], "the claim sentence refers to this real visit (only the 'first' is false); the trip sentence lists all four visits and is a mention of each")
ev(a, R, "condemnation", "occurred",
   ["Europees president Charles Michel schreef nog voor het bezoek aan Moskou dat Orbán geen mandaat had om namens de EU met Rusland te praten"],
   ["2024-07-01", "2024-07-05"], "2024-07-05", ["EU", "HUN"], "'nog voor het bezoek': after the presidency began, up to the visit")
ev(a, R, ["condemnation", "warning"], "occurred",
   ["Commissievoorzitter Ursula von der Leyen zei dat Poetin niet met sussen te stoppen is"],
   ["2024-07-05", "2024-07-17"], "2024-07-05", ["EU", "HUN"], "undated reaction to the Moscow visit: window up to publication")
ev(a, R, ["talks", "summit"], "occurred",
   [TRIP, "Orbán bezocht Kiev op 2 juli, voor het eerst sinds het begin van de oorlog"],
   "2024-07-02", "2024-07-02", ["HUN", "UKR"])
ev(a, R, "proposal", "occurred",
   ["Hij stelde president Zelensky daar voor eerst een staakt-het-vuren af te kondigen en dan te onderhandelen"],
   "2024-07-02", "2024-07-02", ["HUN", "UKR"])
ev(a, N, ["agreement"], "negated",
   ["Zelensky steunde zijn voorstel voor een bestand", "Zelensky ging daar niet op in"],
   None, None, ["UKR", "HUN"], "the false claim and its refutation: no acceptance")
ev(a, R, ["talks", "summit"], "occurred",
   [TRIP, "Hij besprak de oorlog met Xi en Trump", "Op 8 juli ontmoette Orbán in Peking president Xi Jinping"],
   "2024-07-08", "2024-07-08", ["HUN", "CHN"])
ev(a, O, ["proposal", "demand"], "occurred",
   ["die volgens Chinese media zei dat de grote mogendheden de voorwaarden moeten scheppen voor rechtstreeks overleg tussen Rusland en Oekraïne"],
   "2024-07-08", "2024-07-08", ["CHN"], "Xi's general call")
ev(a, O, "summit", "occurred",
   ["Op 11 juli, direct na de NAVO-top in Washington, reisde Orbán door naar Mar-a-Lago in Florida voor een gesprek met Donald Trump"],
   ["2024-07-09", "2024-07-11"], "2024-07-09", ["NATO"], "NATO summit in passing")
ev(a, R, "talks", "occurred",
   [TRIP, "Hij besprak de oorlog met Xi en Trump", "reisde Orbán door naar Mar-a-Lago in Florida voor een gesprek met Donald Trump"],
   "2024-07-11", "2024-07-11", ["HUN", "USA"], "Trump as candidate; USA by nationality")
ev(a, R, "proposal", "occurred",
   ["Orbán stuurde na zijn reizen een brief aan Michel met voorstellen, onder meer om de EU weer rechtstreeks met Moskou te laten praten"],
   ["2024-07-12", "2024-07-17"], None, ["HUN", "EU"], "letter with proposals; after the last trip (11 July) up to publication")
ev(a, R, "sanction", "occurred",
   ["De Europese Commissie besloot maandag dat er geen eurocommissarissen meer naar informele vergaderingen onder Hongaars voorzitterschap gaan, alleen hoge ambtenaren",
    "Ook het gebruikelijke bezoek van de Commissie aan het voorzittersland gaat niet door"],
   "2024-07-15", "2024-07-15", ["EU", "HUN"], "boycott of the presidency's informal meetings, with the cancelled college visit: one decision")
ev(a, N, ["talks"], "negated",
   ["Ook het gebruikelijke bezoek van de Commissie aan het voorzittersland gaat niet door"],
   None, None, ["EU", "HUN"], "cancelled visit")
ev(a, O, "talks", "occurred",
   ["Orbán sprak met alle leiders die hij noemt, maar deed dat op eigen titel en zonder steun van Kiev of de rest van de EU"],
   None, None, ["HUN"], "summary of the four visits")
# ---------------------------------------------------------------- 07 News report: Biden-Putin in Geneva, 2021-06-17 (Thu)
a = "d10_07_geneve_biden_poetin"
UR = ["USA", "RUS"]
ev(a, R, ["summit", "talks"], "occurred",
   ["De twee spraken woensdag ruim drie uur met elkaar in Villa La Grange, een negentiende-eeuws landhuis aan het Meer van Genève",
    "Het gesprek duurde korter dan vooraf was verwacht"],
   "2021-06-16", "2021-06-16", UR)
ev(a, R, "agreement", "occurred",
   ["Biden en Poetin sturen ambassadeurs terug, maar blijven het oneens",
    "hebben op hun eerste top afgesproken dat de ambassadeurs die de afgelopen maanden werden teruggeroepen, naar hun posten terugkeren"],
   "2021-06-16", "2021-06-16", UR, "return of ambassadors agreed at the summit")
ev(a, O, "talks", "occurred",
   ["De Zwitserse president Guy Parmelin heette hen bij aankomst welkom"],
   "2021-06-16", "2021-06-16", ["CHE", "USA", "RUS"], "host's welcome")
ev(a, R, "agreement", "occurred",
   ["Na afloop gaven de leiders een gezamenlijke verklaring uit over strategische stabiliteit"],
   "2021-06-16", "2021-06-16", UR, "joint statement; its content ('kernoorlog niet te winnen') is not a second event")
ev(a, R, "talks", "planned",
   ["De twee landen beginnen binnenkort een dialoog over wapenbeheersing"],
   None, None, UR, "'binnenkort': no date")
ev(a, R, "talks", "planned",
   ["Ook gaan experts overleggen over cyberveiligheid"],
   None, None, UR, "no date")
ev(a, N, ["talks", "summit"], "negated",
   ["Een gezamenlijke persconferentie kwam er niet"],
   None, None, UR, "no joint press conference")
ev(a, R, ["demand", "warning"], "occurred",
   ["Biden zei op zijn eigen persconferentie dat hij Poetin een lijst had gegeven van zestien soorten vitale infrastructuur, zoals energie en water, die verboden terrein moeten zijn voor cyberaanvallen"],
   "2021-06-16", "2021-06-16", UR, "list of 16 sectors handed over in the talks")
ev(a, R, "warning", "occurred",
   ["Hij waarschuwde dat de gevolgen voor Rusland verwoestend zouden zijn als de gevangen oppositieleider Aleksej Navalny in de gevangenis zou sterven"],
   "2021-06-16", "2021-06-16", UR)
ev(a, R, "condemnation", "occurred",
   ["Tegelijk verweet hij de Verenigde Staten dat zij zelf de grootste bron van cyberaanvallen zijn"],
   "2021-06-16", "2021-06-16", ["RUS", "USA"])
ev(a, R, "sanction", "occurred",
   ["In maart riep Moskou ambassadeur Anatoli Antonov terug voor overleg"],
   ["2021-03-01", "2021-03-31"], "2021-03-17", ["RUS", "USA"], "recall = reduce relations ('voor overleg' is not talks)")
ev(a, R, "condemnation", "occurred",
   ["nadat Biden in een interview had ingestemd met de kwalificatie dat Poetin een moordenaar is"],
   ["2021-03-01", "2021-03-31"], "2021-03-16", ["USA", "RUS"], "the 'killer' remark, before the recall in March")
ev(a, R, "sanction", "occurred",
   ["In april stelde Washington sancties in tegen Rusland wegens cyberspionage en inmenging in verkiezingen en zette het tien Russische diplomaten het land uit"],
   ["2021-04-01", "2021-04-30"], "2021-04-15", ["USA", "RUS"], "one package with the expulsions")
ev(a, O, "sanction", "occurred",
   ["Kort daarna vertrok de Amerikaanse ambassadeur John Sullivan uit Moskou"],
   ["2021-04-15", "2021-04-30"], "2021-04-22", ["USA", "RUS"], "ambassador's departure: reduce relations, defensible")
ev(a, R, "summit", "occurred",
   ["Biden kwam naar Genève na de G7-top in Cornwall en de NAVO-top in Brussel"],
   ["2021-06-11", "2021-06-13"], "2021-06-11", ["G7"], "named summit without a time expression: its real days (as model convention for named summits)")
ev(a, R, "summit", "occurred",
   ["Biden kwam naar Genève na de G7-top in Cornwall en de NAVO-top in Brussel"],
   "2021-06-14", "2021-06-14", ["NATO"], "second summit in the same sentence")

# ---------------------------------------------------------------- 08 News report: Xi in Moscow, 2023-03-22 (Wed)
a = "d10_08_xi_in_moskou"
CR = ["CHN", "RUS"]
ev(a, R, ["summit", "talks"], "occurred",
   ["De Chinese president Xi Jinping is woensdag na een staatsbezoek van drie dagen uit Moskou vertrokken",
    "Xi was maandag aangekomen",
    "Diezelfde avond spraken de twee leiders ruim vier uur informeel met elkaar",
    "Dinsdag volgden de officiële besprekingen met de delegaties"],
   ["2023-03-20", "2023-03-22"], "2023-03-21", CR, "state visit 20-22 March: informal and formal talks are one summit")
ev(a, R, "agreement", "occurred",
   ["Xi en Poetin bezegelen 'nieuw tijdperk', maar geen doorbraak over Oekraïne",
    "Hij en president Vladimir Poetin ondertekenden dinsdag in het Kremlin twee verklaringen over een nog nauwere samenwerking",
    "In een van de verklaringen spreken beide landen van een nieuw tijdperk in hun betrekkingen"],
   "2023-03-21", "2023-03-21", CR, "two statements signed at one ceremony: one event")
ev(a, N, ["agreement"], "negated",
   ["maar over een einde aan de oorlog in Oekraïne werd niets concreets afgesproken"],
   None, None, CR + ["UKR"])
ev(a, R, "proposal", "occurred",
   ["Poetin zei na afloop dat veel punten van het Chinese vredesplan als basis kunnen dienen voor een regeling"],
   "2023-03-21", "2023-03-21", ["RUS", "CHN", "UKR"], "stated willingness (conditional on West and Kyiv)")
ev(a, R, "proposal", "occurred",
   ["China had dat stuk van twaalf punten op 24 februari gepubliceerd, precies een jaar na de Russische inval"],
   "2023-02-24", "2023-02-24", ["CHN", "RUS", "UKR"], "12-point position paper")
ev(a, O, ["demand", "condemnation"], "occurred",
   ["Het vraagt om een staakt-het-vuren en vredesbesprekingen, om respect voor de soevereiniteit van alle landen en om het afzien van kernwapens",
    "Ook keert het zich tegen sancties die niet door de VN zijn ingesteld"],
   "2023-02-24", "2023-02-24", ["CHN"], "content of the paper")
ev(a, R, "condemnation", "occurred",
   ["NAVO-chef Jens Stoltenberg zei destijds dat China weinig geloofwaardigheid heeft omdat het de inval nooit heeft veroordeeld"],
   "2023-02-24", "2023-02-24", ["NATO", "CHN"], "'destijds' = when the paper was published")
ev(a, R, ["warning", "condemnation"], "occurred",
   ["De Amerikaanse minister van Buitenlandse Zaken Antony Blinken waarschuwde maandag dat een bestand op dit moment vooral de Russische veroveringen zou bevriezen"],
   "2023-03-20", "2023-03-20", ["USA", "CHN", "RUS"])
ev(a, N, ["agreement"], "negated",
   ["Over een nieuwe gaspijpleiding naar China, Power of Siberia 2, kwam nog geen definitieve overeenkomst"],
   None, None, CR)
ev(a, O, "talks", "occurred",
   ["Poetin zei wel dat de onderhandelingen bijna rond zijn"],
   None, None, CR, "ongoing negotiations")
ev(a, R, "proposal", "occurred",
   ["Xi nodigde Poetin uit om dit jaar naar China te komen"],
   ["2023-03-20", "2023-03-22"], "2023-03-21", CR, "invitation during the visit")
ev(a, O, ["summit", "talks"], "planned",
   ["Xi nodigde Poetin uit om dit jaar naar China te komen"],
   ["2023-01-01", "2023-12-31"], None, CR, "the invited visit")
ev(a, O, ["sanction", "condemnation"], "occurred",
   ["het bezoek kwam enkele dagen nadat het Internationaal Strafhof een arrestatiebevel tegen Poetin had uitgevaardigd"],
   None, "2023-03-17", ["ICC", "RUS"], "ICC warrant in passing; not clearly one of the types")
ev(a, R, ["talks", "summit"], "occurred",
   ["bezocht de Japanse premier Fumio Kishida dinsdag onaangekondigd Kiev, waar hij president Volodymyr Zelensky sprak"],
   "2023-03-21", "2023-03-21", ["JPN", "UKR"])
ev(a, R, ["proposal", "demand"], "occurred",
   ["Zelensky zei eerder al dat hij China heeft uitgenodigd voor gesprekken, en dat hij Xi graag wil spreken"],
   None, None, ["UKR", "CHN"], "'eerder': no date")
ev(a, N, ["talks"], "negated",
   ["Een telefoongesprek tussen beide presidenten is er nog niet geweest"],
   None, None, ["UKR", "CHN"])
# ---------------------------------------------------------------- 09 Background analysis: Bürgenstock peace summit, 2024-06-17 (Mon)
a = "d10_09_achtergrond_burgenstock"
ev(a, R, "summit", "occurred",
   ["Achtergrond: een vredestop zonder de vijand, en wat die wel opleverde",
    "kwamen zaterdag en zondag delegaties van bijna honderd landen en organisaties bijeen voor wat Zwitserland een vredestop over Oekraïne noemde"],
   ["2024-06-15", "2024-06-16"], "2024-06-15", ["CHE", "UKR"], "two-day summit; participants too many to list")
ev(a, N, ["summit", "talks"], "negated",
   ["Rusland was niet uitgenodigd"],
   None, None, ["RUS"])
ev(a, R, ["demand", "talks"], "occurred",
   ["Het idee ontstond in januari, toen president Volodymyr Zelensky in Bern de Zwitserse president Viola Amherd vroeg een top te organiseren over zijn vredesformule"],
   ["2024-01-01", "2024-01-31"], "2024-01-15", ["UKR", "CHE"], "request made during the visit to Bern")
ev(a, R, ["agreement", "proposal"], "occurred",
   ["Zwitserland zegde toe"],
   ["2024-01-01", "2024-01-31"], "2024-01-15", ["CHE", "UKR"], "acceptance; 'toen' = January")
ev(a, R, "proposal", "occurred",
   ["Die formule van tien punten had Zelensky eind 2022 gepresenteerd"],
   ["2022-10-01", "2022-12-31"], "2022-11-15", ["UKR"], "peace formula (G20 Bali address, 15 Nov 2022); 'eind 2022' = last quarter")
ev(a, O, "demand", "occurred",
   ["ze vraagt onder meer om de volledige terugtrekking van Russische troepen"],
   None, None, ["UKR", "RUS"], "content of the formula")
ev(a, R, "agreement", "occurred",
   ["Over die punten tekende zondag een ruime meerderheid van de aanwezigen een slotverklaring"],
   "2024-06-16", "2024-06-16", ["UKR", "CHE"], "joint communiqué")
ev(a, N, ["agreement"], "negated",
   ["India, Saudi-Arabië, Zuid-Afrika en enkele andere landen zetten er hun handtekening niet onder"],
   None, None, ["IND", "SAU", "ZAF"])
ev(a, N, ["summit", "talks"], "negated",
   ["De grootste afwezige was China",
    "Peking liet weten niet te komen omdat Rusland en Oekraïne niet allebei aan tafel zaten"],
   None, None, ["CHN"])
ev(a, R, ["proposal", "demand"], "occurred",
   ["Eind mei had China samen met Brazilië een eigen plan van zes punten gepresenteerd, met een oproep tot een internationale conferentie die beide partijen erkennen"],
   ["2024-05-21", "2024-05-31"], "2024-05-23", ["CHN", "BRA"])
ev(a, R, "demand", "occurred",
   ["Poetin gebruikte de dag voor de top om zijn eigen voorwaarden te herhalen",
    "Hij eiste vrijdag dat Oekraïne zijn troepen terugtrekt uit de vier regio's die Rusland in 2022 annexeerde en afziet van NAVO-lidmaatschap"],
   "2024-06-14", "2024-06-14", ["RUS", "UKR"])
ev(a, O, "proposal", "occurred",
   ["Dan zou hij direct een bestand afkondigen"],
   "2024-06-14", "2024-06-14", ["RUS", "UKR"], "conditional offer attached to the demand")
ev(a, R, "condemnation", "occurred",
   ["Kiev en de westerse hoofdsteden noemden dat een ultimatum"],
   ["2024-06-14", "2024-06-17"], "2024-06-14", ["UKR", "RUS"], "undated reaction: window up to publication")
ev(a, R, "delivery", "planned",
   ["De Verenigde Staten stuurden vicepresident Kamala Harris, die 1,5 miljard dollar toezegde voor het Oekraïense energienet en humanitaire hulp"],
   ["2024-06-15", "2024-06-16"], "2024-06-15", ["USA", "UKR"], "pledge dated by the pledge (at the summit)")
ev(a, R, "summit", "occurred",
   ["President Biden was net terug van de G7-top in Italië"],
   ["2024-06-13", "2024-06-15"], "2024-06-13", ["G7"], "named summit: its real days")
ev(a, R, "agreement", "occurred",
   ["waar hij met Zelensky een bilateraal veiligheidsakkoord had getekend"],
   ["2024-06-13", "2024-06-15"], "2024-06-13", ["USA", "UKR"], "signed at the G7 summit")
ev(a, R, ["summit", "proposal"], "planned",
   ["Zelensky wil een tweede top, en verschillende landen vinden dat Rusland daar wel bij moet zijn",
    "Wanneer en waar die top plaatsvindt, is nog onduidelijk"],
   None, None, ["UKR"], "no date")

# ---------------------------------------------------------------- 10 News report: Riyadh and Jeddah, 2025-03-12 (Wed)
a = "d10_10_riyad_jeddah"
UU = ["USA", "UKR"]
UR = ["USA", "RUS"]
ev(a, R, ["agreement", "proposal"], "occurred",
   ["Kiev stemt in met voorstel voor bestand van dertig dagen, Washington hervat hulp",
    "Oekraïne heeft ingestemd met een Amerikaans voorstel voor een onmiddellijk staakt-het-vuren van dertig dagen"],
   "2025-03-11", "2025-03-11", UU, "US proposal accepted, joint statement: one event")
ev(a, R, "talks", "occurred",
   ["Dat maakten de twee landen dinsdagavond bekend na ruim acht uur overleg in de Saudische havenstad Jeddah"],
   "2025-03-11", "2025-03-11", UU, "SAU is the venue only")
ev(a, R, "delivery", "planned",
   ["In ruil hervatten de Verenigde Staten direct het delen van inlichtingen met Kiev en de militaire hulp"],
   ["2025-03-11", "2025-03-12"], None, UU, "announced resumption (present tense: planned)")
ev(a, R, "sanction", "occurred",
   ["Washington had die vorige week stopgezet"],
   ["2025-03-03", "2025-03-09"], "2025-03-03", UU, "suspension of aid and intelligence as pressure (model: aid suspensions are sanctions); 'vorige week' = ISO week")
ev(a, N, ["delivery"], "negated",
   ["Washington had die vorige week stopgezet"],
   None, None, UU, "halted delivery")
ev(a, O, ["talks", "summit"], "occurred",
   ["enkele dagen na de aanvaring tussen president Trump en president Zelensky in het Oval Office"],
   None, "2025-02-28", UU, "Oval Office meeting in passing (topic of an earlier set)")
ev(a, R, "agreement", "planned",
   ["In een gezamenlijke verklaring spreken beide landen ook af zo snel mogelijk een akkoord over Oekraïense grondstoffen te sluiten"],
   None, None, UU, "'zo snel mogelijk': no date")
ev(a, R, "talks", "planned",
   ["Trump zei dat hij deze week met president Poetin wil praten"],
   ["2025-03-10", "2025-03-16"], None, UR, "'deze week' = ISO week of publication")
ev(a, R, "talks", "planned",
   ["Zijn gezant Steve Witkoff reist volgens Amerikaanse media binnenkort naar Moskou"],
   None, None, UR, "'binnenkort': no date")
ev(a, R, ["talks", "summit"], "occurred",
   ["Zelensky zelf was maandag in Jeddah, waar hij kroonprins Mohammed bin Salman ontmoette"],
   "2025-03-10", "2025-03-10", ["UKR", "SAU"])
ev(a, N, ["talks"], "negated",
   ["Hij nam niet deel aan het overleg met de Amerikanen"],
   None, None, UU)
ev(a, R, "talks", "occurred",
   ["Op 18 februari spraken Rubio, Waltz en Witkoff in Riyad met de Russische minister van Buitenlandse Zaken Sergej Lavrov en Kremlin-adviseur Joeri Oesjakov"],
   "2025-02-18", "2025-02-18", UR)
ev(a, R, "agreement", "occurred",
   ["Ze kwamen daar overeen de ambassades in elkaars hoofdstad weer op volle sterkte te brengen en teams aan te wijzen voor verdere onderhandelingen over Oekraïne"],
   "2025-02-18", "2025-02-18", UR)
ev(a, N, ["talks"], "negated",
   ["Oekraïne was in Riyad niet uitgenodigd, en ook de EU zat niet aan tafel"],
   None, None, ["UKR", "EU"])
ev(a, R, ["warning", "condemnation"], "occurred",
   ["Zelensky zei toen dat Kiev geen akkoord zou erkennen dat zonder Oekraïne tot stand komt"],
   ["2025-02-17", "2025-02-18"], "2025-02-18", ["UKR", "USA", "RUS"], "'toen' = around the Riyadh talks")
ev(a, N, ["agreement"], "negated",
   ["Zelensky zei toen dat Kiev geen akkoord zou erkennen dat zonder Oekraïne tot stand komt"],
   None, None, ["UKR"], "hypothetical agreement")
ev(a, N, ["talks"], "negated",
   ["Hij stelde een gepland bezoek aan Saudi-Arabië uit"],
   None, None, ["UKR", "SAU"], "postponed visit")
ev(a, R, ["summit", "talks"], "occurred",
   ["Europese leiders kwamen een dag eerder in Parijs bijeen voor een spoedoverleg"],
   "2025-02-17", "2025-02-17", ["EU", "FRA"], "Paris meeting of European leaders; 'een dag eerder' than 18 Feb; actors: the text names only 'Europese leiders' and Paris")
ev(a, R, "demand", "occurred",
   ["De Britse premier Keir Starmer en de Franse president Emmanuel Macron riepen Rusland op het bestand te aanvaarden"],
   ["2025-03-11", "2025-03-12"], None, ["GBR", "FRA", "RUS"], "undated reaction: from the event to publication")
# ---------------------------------------------------------------- 11 Sports section: diplomatic boycott of Beijing 2022, 2022-02-05 (Sat)
a = "d10_11_sport_peking_boycot"
ev(a, R, "sanction", "occurred",
   ["De Verenigde Staten maakten op 6 december bekend dat ze een diplomatieke boycot instellen"],
   "2021-12-06", "2021-12-06", ["USA", "CHN"], "6 December of the previous year (publication Feb 2022)")
ev(a, R, "sanction", "occurred",
   ["Australië, het Verenigd Koninkrijk en Canada kondigden twee dagen later hetzelfde aan"],
   "2021-12-08", "2021-12-08", ["AUS", "GBR", "CAN", "CHN"])
ev(a, R, "warning", "occurred",
   ["Het ministerie van Buitenlandse Zaken waarschuwde dat de Verenigde Staten een prijs zouden betalen voor hun vergissing"],
   ["2021-12-06", "2022-02-05"], "2021-12-07", ["CHN", "USA"], "undated reaction: window from the boycott to publication")
ev(a, R, "condemnation", "occurred",
   ["beschuldigde Washington ervan de sport te politiseren"],
   ["2021-12-06", "2022-02-05"], "2021-12-07", ["CHN", "USA"], "second event in the same sentence")
ev(a, O, "sanction", "occurred",
   ["Ook Nederland stuurt geen minister of staatssecretaris naar de Spelen"],
   None, None, ["NLD", "CHN"], "non-attendance not called a boycott: defensible either way")
ev(a, N, ["sanction"], "negated",
   ["Het kabinet sprak niet van een boycot en verwees naar de coronamaatregelen in China"],
   None, None, ["NLD", "CHN"], "explicitly not a boycott")
ev(a, R, ["summit", "talks"], "occurred",
   ["Hij sprak vrijdagmiddag, voor de opening, met president Xi Jinping"],
   "2022-02-04", "2022-02-04", ["RUS", "CHN"])
ev(a, R, "agreement", "occurred",
   ["De twee leiders ondertekenden een verklaring waarin ze spreken van een vriendschap zonder grenzen en zich samen keren tegen verdere uitbreiding van de NAVO"],
   "2022-02-04", "2022-02-04", ["RUS", "CHN"], "joint statement; opposition to NATO enlargement is content")
ev(a, R, "agreement", "occurred",
   ["Ook werd een contract gesloten voor extra Russische gasleveringen aan China"],
   "2022-02-04", "2022-02-04", ["RUS", "CHN"], "gas contract")
ev(a, O, "delivery", "planned",
   ["Ook werd een contract gesloten voor extra Russische gasleveringen aan China"],
   None, None, ["RUS", "CHN"], "the deliveries under the contract")
ev(a, O, ["talks", "summit"], "occurred",
   ["VN-secretaris-generaal António Guterres woonde de opening eveneens bij"],
   "2022-02-04", "2022-02-04", ["UN", "CHN"])
ev(a, O, "demand", "occurred",
   ["IOC-voorzitter Thomas Bach riep in zijn toespraak de politiek op om de Spelen buiten haar conflicten te houden"],
   "2022-02-04", "2022-02-04", ["IOC"], "general appeal")

# ---------------------------------------------------------------- 12 Culture section: Benin objects to Nigeria, 2025-02-19 (Wed)
a = "d10_12_cultuur_benin_objecten"
NN = ["NLD", "NGA"]
ev(a, R, "agreement", "occurred",
   ["Minister Eppo Bruins van Onderwijs, Cultuur en Wetenschap ondertekende dinsdag in het Wereldmuseum in Leiden een overeenkomst met de Nigeriaanse nationale commissie voor musea en monumenten",
    "Nigeria werd vertegenwoordigd door de directeur van die commissie, Olugbile Holloway"],
   "2025-02-18", "2025-02-18", NN)
ev(a, R, "delivery", "planned",
   ["Nederland geeft 119 Benin-objecten terug aan Nigeria",
    "Nederland geeft 119 van die objecten terug",
    "De objecten gaan de komende tijd naar Nigeria"],
   None, None, NN, "return decided and signed, transport still to come; 'de komende tijd' is no date")
ev(a, R, "demand", "occurred",
   ["De teruggave volgt op een verzoek van Nigeria"],
   None, None, ["NGA", "NLD"], "undated request")
ev(a, O, "proposal", "occurred",
   ["Een onafhankelijke commissie die Nederlandse museumcollecties uit koloniale contexten onderzoekt, adviseerde de minister de stukken onvoorwaardelijk over te dragen"],
   None, None, ["NLD"], "domestic advice")
ev(a, R, "agreement", "occurred",
   ["Duitsland sloot in de zomer van 2022 een overeenkomst met Nigeria over honderden stukken in Duitse musea"],
   ["2022-06-01", "2022-08-31"], "2022-07-01", ["DEU", "NGA"], "'zomer' = June-August")
ev(a, R, ["delivery", "talks"], "occurred",
   ["minister Annalena Baerbock bracht in december van dat jaar de eerste twintig zelf naar Abuja"],
   ["2022-12-01", "2022-12-31"], "2022-12-20", ["DEU", "NGA"], "handover during a visit")
ev(a, O, "delivery", "occurred",
   ["Ook enkele Britse en Amerikaanse musea en universiteiten gaven objecten terug"],
   None, None, ["GBR", "USA", "NGA"], "institutions, not governments")
ev(a, N, ["delivery"], "negated",
   ["Het British Museum, met de grootste collectie, doet dat niet"],
   None, None, ["GBR", "NGA"])
ev(a, R, "delivery", "occurred",
   ["In de zomer van 2023 kregen Indonesië en Sri Lanka samen bijna vijfhonderd objecten terug"],
   ["2023-06-01", "2023-08-31"], None, ["NLD", "IDN", "LKA"], "return by the Netherlands (context 'voor Nederland')")

# ---------------------------------------------------------------- 13 Flemish regional: Zeebrugge and the 14th sanctions package, 2024-06-25 (Tue)
a = "d10_13_vlaams_zeebrugge_lng"
ER = ["EU", "RUS"]
ev(a, R, "sanction", "occurred",
   ["Zeebrugge moet stoppen met overslag van Russisch gas, maar invoer blijft toegelaten",
    "De LNG-terminal in Zeebrugge mag binnen negen maanden geen Russisch vloeibaar aardgas meer overladen voor klanten buiten Europa",
    "Dat staat in het veertiende sanctiepakket tegen Rusland, dat de Europese ministers van Buitenlandse Zaken gisteren in Luxemburg goedkeurden",
    "Naast het LNG-verbod zetten de lidstaten tientallen schepen van de zogenoemde schaduwvloot op een zwarte lijst en verbieden ze nieuwe investeringen in Russische gasprojecten"],
   "2024-06-24", "2024-06-24", ER, "one package, however many measures; 'binnen negen maanden' is the transition, not the date")
ev(a, N, ["sanction"], "negated",
   ["Een volledig invoerverbod komt er niet"],
   None, None, ER)
ev(a, O, ["agreement", "sanction"], "occurred",
   ["Het Belgische voorzitterschap meldde donderdag al dat de ambassadeurs van de lidstaten het eens waren geworden"],
   "2024-06-20", "2024-06-20", ["EU", "BEL"], "political agreement on the same package, four days before adoption")
ev(a, O, "talks", "occurred",
   ["Het pakket kwam er pas na weken van getouwtrek"],
   None, None, ["EU", "HUN", "DEU"], "negotiations among member states")
ev(a, O, "demand", "occurred",
   ["Milieuorganisaties eisen al langer dat ook de invoer wordt verboden"],
   None, None, ["EU"], "NGO demand")
ev(a, R, "sanction", "occurred",
   ["De Amerikanen legden eind vorig jaar al sancties op aan het nieuwe Russische project Arctic LNG 2, waardoor dat nauwelijks kopers vindt"],
   ["2023-10-01", "2023-12-31"], "2023-11-02", ["USA", "RUS"], "'eind vorig jaar' = last quarter of 2023")
ev(a, R, "sanction", "occurred",
   ["De EU had eerder wel Russische steenkool en olie over zee geboycot"],
   None, None, ER, "earlier embargoes (2022), undated in the text")
ev(a, N, ["sanction"], "negated",
   ["maar gas bleef tot nu toe buiten schot"],
   None, None, ER)
ev(a, R, "summit", "planned",
   ["Donderdag en vrijdag praten de Europese regeringsleiders op hun top in Brussel verder over Oekraïne"],
   ["2024-06-27", "2024-06-28"], None, ["EU"])

# ---------------------------------------------------------------- 14 Teletekst page, 2017-07-07 (Fri)
a = "d10_14_teletekst_7_juli_2017"
ev(a, R, ["summit", "talks"], "occurred",
   ["Trump en Poetin ontmoeten elkaar",
    "De Amerikaanse president Trump en de Russische president Poetin hebben elkaar in Hamburg voor het eerst ontmoet",
    "Ze spraken ruim twee uur, met de ministers Tillerson en Lavrov erbij"],
   "2017-07-07", "2017-07-07", UR)
ev(a, R, ["condemnation", "demand"], "occurred",
   ["Volgens Tillerson sprak Trump Poetin aan op de Russische inmenging in de verkiezingen"],
   "2017-07-07", "2017-07-07", UR)
ev(a, R, "agreement", "occurred",
   ["Bestand in zuidwesten Syrië",
    "De VS, Rusland en Jordanië zijn een staakt-het-vuren overeengekomen voor het zuidwesten van Syrië",
    "Het bestand werd bekendgemaakt na het gesprek tussen Trump en Poetin"],
   "2017-07-07", "2017-07-07", ["USA", "RUS", "JOR"], "in force Sunday noon: the agreement is dated by the day it was reached")
ev(a, R, "summit", "occurred",
   ["G20-top begonnen",
    "In Hamburg is de G20-top begonnen, onder voorzitterschap van bondskanselier Merkel"],
   ["2017-07-07", "2017-07-08"], "2017-07-07", ["G20", "DEU"], "two-day summit, begun today")
ev(a, N, ["agreement"], "negated",
   ["Over klimaat en handel zijn de VS en de andere landen het niet eens"],
   None, None, ["USA", "G20"])
ev(a, R, "agreement", "occurred",
   ["VN-verdrag tegen kernwapens",
    "In New York hebben 122 landen ingestemd met een verdrag dat kernwapens verbiedt"],
   "2017-07-07", "2017-07-07", ["UN"], "treaty text adopted at the UN conference")
ev(a, N, ["agreement"], "negated",
   ["Nederland stemde als enige tegen"],
   None, None, ["NLD", "UN"])
ev(a, O, "talks", "occurred",
   ["Het was het enige NAVO-land dat aan de onderhandelingen meedeed"],
   None, None, ["NLD", "UN"], "participation in the negotiations")
ev(a, N, ["agreement"], "negated",
   ["De kernwapenstaten deden niet mee en zeggen dat ze het verdrag niet zullen ondertekenen"],
   None, None, ["USA", "GBR", "FRA"])
ev(a, R, "agreement", "occurred",
   ["Handelsakkoord EU en Japan",
    "De EU en Japan zijn het in principe eens geworden over een vrijhandelsverdrag",
    "Premier Abe maakte dat gisteren in Brussel bekend met EU-voorzitters Tusk en Juncker"],
   "2017-07-06", "2017-07-06", ["EU", "JPN"], "'gisteren' = 6 July (EU-Japan summit)")
ev(a, O, ["summit", "talks"], "occurred",
   ["Premier Abe maakte dat gisteren in Brussel bekend met EU-voorzitters Tusk en Juncker"],
   "2017-07-06", "2017-07-06", ["EU", "JPN"], "EU-Japan summit only implied")
ev(a, R, "talks", "planned",
   ["Over onder meer de bescherming van investeringen moet nog worden onderhandeld"],
   None, None, ["EU", "JPN"])
ev(a, R, "talks", "planned",
   ["Tillerson naar Kiev",
    "De Amerikaanse minister Tillerson reist zondag naar Kiev voor gesprekken met president Porosjenko"],
   "2017-07-09", "2017-07-09", ["USA", "UKR"], "held on 9 July but the page cannot know; true_date null as planned")
ev(a, O, "talks", "planned",
   ["Volker moet de VS vertegenwoordigen bij het overleg over het conflict in Oost-Oekraïne"],
   None, None, ["USA", "UKR", "RUS"], "envoy's mandate")

# ---------------------------------------------------------------- 15/16 no-event articles
TRAPS = {
    "d10_15_vermeer_rijksmuseum": [
        "Uit de Verenigde Staten kwamen onder meer drie werken uit de Frick Collection in New York, die haar schilderijen normaal nooit uitleent",
        "Uit Duitsland kwam het Brieflezend meisje bij het open venster uit Dresden",
        "Het Mauritshuis stemde alleen onder die voorwaarde in met de bruikleen",
        "De afspraken over het transport waren streng",
        "Verzekeraars eisen zulke maatregelen bij werken van deze waarde",
        "Het museum waarschuwt bezoekers dat er geen kaartjes aan de deur worden verkocht",
    ],
    "d10_16_verkiezingscampagne_2023": [
        "Dilan Yeşilgöz (VVD) en Frans Timmermans (GroenLinks-PvdA) verweten elkaar dat hun plannen onbetaalbaar zijn",
        "Timmermans, die tot deze zomer vicevoorzitter van de Europese Commissie was",
        "Boeren-BurgerBeweging-leider Caroline van der Plas waarschuwde dat het platteland opnieuw vergeten dreigt te worden",
        "Vakbonden en ondernemers eisen van een nieuw kabinet vooral duidelijkheid over belastingen en de woningmarkt",
        "Yeşilgöz sloot samenwerking met de PVV, anders dan haar voorganger Mark Rutte, niet uit",
        "Ook in het buitenland konden Nederlanders al per brief stemmen",
    ],
}

for a, note in [("d10_15_vermeer_rijksmuseum",
                 "culture (Vermeer exhibition, Rijksmuseum, opened 10 Feb 2023); traps: Verenigde Staten/Duitsland loans, stemde in, afspraken, eisen, waarschuwt"),
                ("d10_16_verkiezingscampagne_2023",
                 "domestic politics (Dutch election campaign, Nov 2023); traps: verweten, Europese Commissie, waarschuwde, eisen, sloot niet uit, buitenland")]:
    ev(a, N, ALL, "negated", TRAPS[a], None, None, [],
       "NO-EVENT SENTINEL: article has no diplomatic event of its own; its trap sentences are listed; the line puts the article in scope so every other prediction in it counts as a false positive. " + note)


if __name__ == "__main__":
    goldkit.build(G, ROOT, max_bytes=3500, min_big=0)
