"""Build gold.jsonl for dev18 and check every mention is a verbatim substring of its article.

Edit this script, not the JSONL. Run: python build_gold.py
"""
import pathlib, sys

ROOT = pathlib.Path(__file__).parent
sys.path.insert(0, str(ROOT.parent / "setkit"))  # the gold helper, checks and writing: tests/setkit/goldkit.py
import goldkit  # noqa: E402
from goldkit import ALL, N, O, R  # noqa: E402,F401

G, ev = goldkit.collector()
# ---------------------------------------------------------------- 01 Press review: US-China talks in Anchorage, 2021-03-20 (Sat)
a = "d18_01_persschouw_anchorage"
UC = ["USA", "CHN"]
ev(a, R, ["talks", "summit"], "occurred",
   ["het eerste gesprek op hoog niveau tussen de regering van Joe Biden en de Chinese leiding, in een hotel in Anchorage",
    "zaten donderdag in Alaska tegenover Yang Jiechi",
    "Het overleg duurde tot gisteren"],
   ["2021-03-18", "2021-03-19"], "2021-03-18", UC, "Thursday to 'gisteren' (Friday)")
ev(a, R, "condemnation", "occurred",
   ["Blinken somde op waar Washington zich zorgen over maakt"],
   "2021-03-18", "2021-03-18", UC, "criticism at the opening, 'donderdag' carried ('bij de opening')")
ev(a, R, "condemnation", "occurred",
   ["Hij verweet de Verenigde Staten dat ze niet vanuit een positie van kracht tegen China kunnen praten"],
   "2021-03-18", "2021-03-18", ["CHN", "USA"], "'Hij' = Yang")
ev(a, R, "condemnation", "occurred",
   ["Wang hekelde de nieuwe sancties tegen Chinese functionarissen in Hongkong"],
   "2021-03-18", "2021-03-18", ["CHN", "USA"])
ev(a, R, "sanction", "occurred",
   ["die Washington een dag voor het begin van het overleg had bekendgemaakt"],
   "2021-03-17", "2021-03-17", UC, "'een dag voor het begin' = 17 March")
ev(a, O, "condemnation", "occurred",
   ["De Amerikaanse delegatie beschuldigde de Chinezen achteraf van toneelspel voor het thuispubliek",
    "Peking vond op zijn beurt dat de Amerikanen de afgesproken spreektijd hadden overschreden"],
   ["2021-03-18", "2021-03-19"], "2021-03-18", UC, "mutual reproaches after the opening, optional")
ev(a, N, "agreement", "negated",
   ["Een gezamenlijke verklaring kwam er niet"],
   None, None, UC, "no joint statement")
ev(a, O, "agreement", "occurred",
   ["dat de delegaties een werkgroep over klimaatverandering willen opzetten"],
   ["2021-03-19", "2021-03-20"], "2021-03-19", UC, "intended working group, reported by Chinese media")
ev(a, R, "talks", "occurred",
   ["Blinken en minister van Defensie Lloyd Austin eerder deze week eerst in Tokio"],
   ["2021-03-15", "2021-03-19"], "2021-03-16", ["USA", "JPN"], "'eerder deze week' in a Saturday paper")
ev(a, R, "talks", "occurred",
   ["eerder deze week eerst in Tokio en daarna in Seoul waren"],
   ["2021-03-15", "2021-03-19"], "2021-03-17", ["USA", "KOR"], "second visit in the same sentence")
ev(a, R, "summit", "occurred",
   ["vorige week vrijdag hield Biden zijn eerste, virtuele top met de leiders van Japan, India en Australië"],
   "2021-03-12", "2021-03-12", ["USA", "JPN", "IND", "AUS"], "Quad summit, 'vorige week vrijdag'")
ev(a, O, "proposal", "occurred",
   ["Sullivan zei na afloop dat de Verenigde Staten geen conflict zoeken"],
   "2021-03-19", "2021-03-19", UC, "statement, optional")
ev(a, R, "sanction", "planned",
   ["Maandag willen de ministers van Buitenlandse Zaken van de EU sancties instellen tegen Chinese functionarissen"],
   "2021-03-22", "2021-03-22", ["EU", "CHN"], "planned EU sanctions, 'maandag'")
ev(a, O, "warning", "occurred",
   ["Een Duitse krant waarschuwt dat Peking dan met tegenmaatregelen zal komen"],
   None, None, ["CHN", "EU"], "a newspaper's prediction, not a state's warning: optional")
ev(a, R, "talks", "occurred",
   ["Biden en de Chinese president Xi Jinping spraken elkaar al in februari telefonisch"],
   ["2021-02-01", "2021-02-28"], "2021-02-10", UC)
ev(a, N, "summit", "negated",
   ["Van een echte ontmoeting tussen de twee presidenten is voorlopig geen sprake"],
   None, None, UC, "no Biden-Xi meeting")
# ---------------------------------------------------------------- 02 Agency wire: Ma Ying-jeou and Xi Jinping in Singapore, 2015-11-07 (Sat)
a = "d18_02_anp_ma_xi_singapore"
CT = ["CHN", "TWN"]
ev(a, R, ["summit", "talks"], "occurred",
   ["Leiders China en Taiwan voor het eerst sinds 1949 aan één tafel",
    "De Chinese president Xi Jinping en de Taiwanese president Ma Ying-jeou hebben elkaar zaterdag in Singapore ontmoet",
    "De twee gaven elkaar in een hotel in de stadstaat ruim een minuut lang de hand"],
   "2015-11-07", "2015-11-07", CT, "'zaterdag' = publication day")
ev(a, O, "demand", "occurred",
   ["Ma riep op tot wederzijds respect voor elkaars waarden en levenswijze"],
   "2015-11-07", "2015-11-07", ["TWN", "CHN"], "general appeal, optional")
ev(a, R, "agreement", "occurred",
   ["kwamen de twee leiders overeen een directe telefoonlijn in te stellen"],
   "2015-11-07", "2015-11-07", CT, "hotline")
ev(a, O, "proposal", "occurred",
   ["Het voorstel daarvoor kwam van Ma"],
   "2015-11-07", "2015-11-07", ["TWN", "CHN"], "the proposal behind the agreement, optional")
ev(a, R, "demand", "occurred",
   ["Ma vroeg Xi ook om de raketten die China aan de kust tegenover Taiwan heeft opgesteld, te verminderen"],
   "2015-11-07", "2015-11-07", ["TWN", "CHN"])
ev(a, R, "agreement", "occurred",
   ["Beide leiders onderschreven opnieuw de zogeheten consensus van 1992"],
   "2015-11-07", "2015-11-07", CT, "reaffirmation of the 1992 consensus")
ev(a, N, "agreement", "negated",
   ["Een slotverklaring kwam er niet en er werden geen akkoorden ondertekend"],
   None, None, CT, "no statement, nothing signed")
ev(a, O, "condemnation", "occurred",
   ["zei zaterdag dat Ma de democratie van Taiwan schade heeft toegebracht"],
   "2015-11-07", "2015-11-07", ["TWN"], "Tsai's criticism: domestic opposition, optional")
ev(a, R, ["summit", "talks"], "occurred",
   ["Xi was sinds vrijdag op staatsbezoek in Singapore"],
   ["2015-11-06", "2015-11-07"], "2015-11-06", ["CHN", "SGP"], "'sinds vrijdag'")
ev(a, R, ["talks", "summit"], "occurred",
   ["Daarvoor was hij twee dagen in Vietnam, waar hij met de Vietnamese leiding sprak"],
   ["2015-11-04", "2015-11-06"], "2015-11-05", ["CHN", "VNM"], "the two days before (and up to) Friday")
ev(a, R, "talks", "occurred",
   ["In 1993 voerden onderhandelaars van Peking en Taipei in de stadstaat hun eerste gesprekken op hoog niveau"],
   ["1993-01-01", "1993-12-31"], "1993-04-27", CT, "Koo-Wang talks")
ev(a, O, "agreement", "occurred",
   ["er kwamen rechtstreekse vluchten en handelsakkoorden"],
   ["2008-01-01", "2015-11-07"], None, CT, "trade agreements since 2008, vague")
ev(a, R, "talks", "occurred",
   ["In februari vorig jaar spraken de ministers van beide kanten elkaar voor het eerst officieel"],
   ["2014-02-01", "2014-02-28"], "2014-02-11", CT)
ev(a, N, "summit", "negated",
   ["Over een tweede ontmoeting tussen de twee leiders is niets afgesproken"],
   None, None, CT, "no second meeting agreed")
# ---------------------------------------------------------------- 03 Correspondent's blog: Moon Jae-in in Pyongyang, 2018-09-20 (Thu)
a = "d18_03_blog_moon_pyongyang"
KP = ["KOR", "PRK"]
ev(a, R, ["summit", "talks"], "occurred",
   ["de derde top van dit jaar tussen de twee Korea's",
    "Kim Jong-un en zijn vrouw Ri Sol-ju stonden vanochtend op het vliegveld van Pyongyang om Moon en zijn vrouw te begroeten",
    "Het is zijn derde ontmoeting met Kim dit jaar"],
   ["2018-09-18", "2018-09-20"], "2018-09-18", KP, "the three-day visit; blog entries dated by their headings")
ev(a, O, ["talks", "summit"], "occurred",
   ["'s Middags spraken de twee leiders ruim twee uur met elkaar op het hoofdkwartier van de Arbeiderspartij"],
   "2018-09-18", "2018-09-18", KP, "first round of talks, part of the visit: optional")
ev(a, O, ["talks", "summit"], "planned",
   ["Vanochtend vliegen Moon en Kim samen naar de Paektu"],
   "2018-09-20", "2018-09-20", KP, "the joint trip to Mount Paektu, part of the visit")
ev(a, R, ["summit", "talks"], "planned",
   ["maandag ziet hij in New York de Amerikaanse president Donald Trump"],
   "2018-09-24", "2018-09-24", ["KOR", "USA"], "'maandag' from a Thursday entry")
ev(a, O, "proposal", "occurred",
   ["Mike Pompeo noemt de afspraken positief", "Trump was op Twitter enthousiast"],
   ["2018-09-19", "2018-09-20"], "2018-09-19", ["USA", "PRK", "KOR"], "welcome, optional")
ev(a, R, "talks", "planned",
   ["heeft zijn Noord-Koreaanse ambtgenoot Ri Yong-ho uitgenodigd voor een gesprek volgende week in New York"],
   ["2018-09-24", "2018-09-30"], None, ["USA", "PRK"], "'volgende week' from a Wednesday entry")
ev(a, R, "proposal", "occurred",
   ["De Verenigde Staten zijn bereid de onderhandelingen meteen te hervatten, schreef hij"],
   "2018-09-19", "2018-09-19", ["USA", "PRK"], "stated willingness to negotiate")
ev(a, R, "agreement", "occurred",
   ["Moon en Kim hebben vanochtend in een gastenverblijf in Pyongyang een gezamenlijke verklaring ondertekend"],
   "2018-09-19", "2018-09-19", KP, "the Pyongyang declaration")
ev(a, R, ["proposal", "agreement"], "occurred",
   ["Noord-Korea ontmantelt de testlocatie voor raketmotoren en het lanceerplatform in Tongchang-ri"],
   "2018-09-19", "2018-09-19", ["PRK", "KOR"], "pledge in the declaration")
ev(a, R, "proposal", "occurred",
   ["Het land is bereid ook het nucleaire complex in Yongbyon te sluiten, als de Verenigde Staten daar passende stappen tegenover zetten"],
   "2018-09-19", "2018-09-19", ["PRK", "USA"], "conditional offer = proposal")
ev(a, R, "summit", "planned",
   ["Kim komt binnenkort naar Seoul, volgens de tekst nog dit jaar"],
   ["2018-09-20", "2018-12-31"], None, KP, "'nog dit jaar'")
ev(a, O, ["agreement", "proposal"], "occurred",
   ["De twee Korea's willen samen de Olympische Spelen van 2032 binnenhalen"],
   "2018-09-19", "2018-09-19", KP, "joint Olympic bid and railways, part of the declaration")
ev(a, R, "agreement", "occurred",
   ["Tegelijk tekenden de ministers van Defensie van beide landen een militair akkoord"],
   "2018-09-19", "2018-09-19", KP, "'tegelijk' carries the date")
ev(a, N, "agreement", "negated",
   ["over het opgeven van de kernwapens die het noorden al heeft, staat er niets concreets in"],
   None, None, KP, "nothing on existing weapons")
ev(a, N, "summit", "negated",
   ["Nog nooit heeft een Noord-Koreaanse leider Seoul bezocht"],
   None, None, KP, "never happened")
ev(a, R, "summit", "occurred",
   ["zijn rol bij de ontmoeting met Trump in Singapore in juni"],
   ["2018-06-01", "2018-06-30"], "2018-06-12", ["USA", "PRK"])
ev(a, O, "proposal", "occurred",
   ["Kim bedankte Moon voor zijn rol"],
   "2018-09-18", "2018-09-18", KP, "thanks, optional")
ev(a, R, "summit", "occurred",
   ["De eerste was eind april in het grensdorp Panmunjom"],
   ["2018-04-21", "2018-04-30"], "2018-04-27", KP)
ev(a, R, ["summit", "talks"], "occurred",
   ["Een maand later volgde daar een tweede, haastig belegd gesprek"],
   ["2018-05-01", "2018-05-31"], "2018-05-26", KP, "'een maand later' than end of April")
ev(a, N, "summit", "negated",
   ["nadat Trump de top in Singapore even had afgeblazen"],
   None, None, ["USA", "PRK"], "the cancelled summit (it took place later, told elsewhere)")
# ---------------------------------------------------------------- 04 Push notifications: Trump and Kim at the DMZ, 2019-06-30 (Sun)
a = "d18_04_pushberichten_dmz"
UP = ["USA", "PRK"]
ev(a, R, "proposal", "occurred",
   ["Gisterochtend stelde hij op Twitter voor om Kim Jong-un in de gedemilitariseerde zone een hand te geven"],
   "2019-06-29", "2019-06-29", UP, "Trump's tweet")
ev(a, O, "proposal", "occurred",
   ["Noord-Korea noemde dat gisteren een interessant idee"],
   "2019-06-29", "2019-06-29", ["PRK", "USA"], "cautious reply, optional")
ev(a, R, ["summit", "talks"], "occurred",
   ["Trump en de Zuid-Koreaanse president Moon Jae-in hebben in het Blauwe Huis in Seoul met elkaar gesproken"],
   "2019-06-30", "2019-06-30", ["USA", "KOR"])
ev(a, R, ["summit", "talks"], "occurred",
   ["Trump en Kim in de gedemilitariseerde zone",
    "Bevestigd: Kim komt naar Panmunjom",
    "Trump stapt over de grenslijn en zet als eerste zittende Amerikaanse president voet op Noord-Koreaanse bodem",
    "Daarna gaan de twee leiders naar binnen voor een gesprek",
    "Het gesprek tussen Trump en Kim in het Huis van de Vrijheid heeft bijna een uur geduurd"],
   "2019-06-30", "2019-06-30", UP, "the DMZ meeting and the talks inside: one event")
ev(a, R, "agreement", "occurred",
   ["de VS en Noord-Korea hebben afgesproken dat onderhandelaars de gesprekken over kernwapens de komende weken hervatten"],
   "2019-06-30", "2019-06-30", UP)
ev(a, R, "talks", "planned",
   ["dat onderhandelaars de gesprekken over kernwapens de komende weken hervatten",
    "Het Amerikaanse team wordt geleid door gezant Stephen Biegun"],
   ["2019-07-01", "2019-07-28"], None, UP, "'de komende weken' = 28 days after publication")
ev(a, R, "proposal", "occurred",
   ["Trump zegt dat hij Kim heeft uitgenodigd voor een bezoek aan het Witte Huis"],
   "2019-06-30", "2019-06-30", UP, "invitation")
ev(a, R, "summit", "occurred",
   ["de vorige top van Trump en Kim, eind februari in Hanoi"],
   ["2019-02-21", "2019-02-28"], "2019-02-27", UP)
ev(a, N, "agreement", "negated",
   ["eindigde voortijdig zonder akkoord"],
   None, None, UP, "Hanoi without agreement")
ev(a, O, "sanction", "occurred",
   ["Trump zegt dat de sancties tegen Noord-Korea voorlopig blijven"],
   "2019-06-30", "2019-06-30", UP, "sanctions maintained, no new step: optional")
ev(a, R, "summit", "occurred",
   ["waar hij gisteravond aankwam na de G20-top in Osaka", "tijdens de G20-top overeen"],
   ["2019-06-28", "2019-06-29"], "2019-06-28", ["G20"], "the Osaka summit, in session 'gisteren'")
ev(a, R, ["agreement", "talks"], "occurred",
   ["de Chinese president Xi Jinping en Trump kwamen gisteren tijdens de G20-top overeen hun handelsgesprekken te hervatten"],
   "2019-06-29", "2019-06-29", ["CHN", "USA"])
ev(a, N, "sanction", "negated",
   ["Washington ziet voorlopig af van nieuwe importheffingen op Chinese producten"],
   None, None, ["USA", "CHN"], "no new tariffs")
# ---------------------------------------------------------------- 05 Regional paper: the Turkish-Dutch row, 2017-03-14 (Tue)
a = "d18_05_regio_rotterdam_turkije"
TN = ["TUR", "NLD"]
ev(a, R, "sanction", "occurred",
   ["Ankara zet betrekkingen met Den Haag op een laag pitje",
    "heeft Turkije gisteravond maatregelen tegen Nederland aangekondigd",
    "Vicepremier Numan Kurtulmus maakte in Ankara bekend dat contacten op hoog politiek niveau worden opgeschort",
    "De Nederlandse ambassadeur, die op vakantie was, mag voorlopig niet terugkeren"],
   "2017-03-13", "2017-03-13", TN, "one package, 'gisteravond'")
ev(a, N, "talks", "negated",
   ["Minister van Buitenlandse Zaken Mevlüt Cavusoglu zou zaterdag naar Rotterdam komen"],
   None, None, TN, "the visit that did not take place")
ev(a, R, "warning", "occurred",
   ["Nog die ochtend dreigde hij met zware sancties als Nederland hem de toegang zou weigeren"],
   "2017-03-11", "2017-03-11", TN, "'die ochtend' = Saturday")
ev(a, R, "sanction", "occurred",
   ["Kort daarna trok het kabinet de landingstoestemming voor zijn vliegtuig in"],
   "2017-03-11", "2017-03-11", ["NLD", "TUR"])
ev(a, O, "talks", "occurred",
   ["Premier Mark Rutte zei dat de zoektocht naar een aanvaardbare oplossing was mislukt"],
   "2017-03-11", "2017-03-11", TN, "failed search for a solution: optional")
ev(a, R, "sanction", "occurred",
   ["werd ze in de vroege zondagochtend als ongewenste vreemdeling onder begeleiding teruggebracht naar de Duitse grens"],
   "2017-03-12", "2017-03-12", ["NLD", "TUR"], "Kaya escorted out")
ev(a, R, "condemnation", "occurred",
   ["Hij noemde Nederland al zaterdag een overblijfsel van het nazisme"],
   "2017-03-11", "2017-03-11", TN)
ev(a, R, "warning", "occurred",
   ["zei zondag dat het land daarvoor een prijs zal betalen"],
   "2017-03-12", "2017-03-12", TN)
ev(a, R, "condemnation", "occurred",
   ["Rutte noemde de vergelijking met de nazi's ongepast"],
   ["2017-03-11", "2017-03-14"], None, ["NLD", "TUR"], "undated reaction: from the remark to publication")
ev(a, R, "demand", "occurred",
   ["zoals Ankara eiste"],
   ["2017-03-11", "2017-03-14"], None, TN, "demand for an apology, undated")
ev(a, O, "sanction", "occurred",
   ["In Ankara werden de toegangen tot de Nederlandse ambassade al zaterdagavond afgesloten"],
   "2017-03-11", "2017-03-11", TN, "embassy sealed off, optional")
ev(a, R, "demand", "occurred",
   ["Brussel gaf gisteren Nederland gelijk",
    "EU-buitenlandchef Federica Mogherini riep Turkije op overdreven uitspraken achterwege te laten"],
   "2017-03-13", "2017-03-13", ["EU", "TUR"])
ev(a, R, "proposal", "occurred",
   ["premier Lars Løkke Rasmussen stelde zondag voor een bezoek van zijn Turkse ambtgenoot Binali Yildirim"],
   "2017-03-12", "2017-03-12", ["DNK", "TUR"], "proposal to postpone")
ev(a, N, ["summit", "talks"], "negated",
   ["dat later deze maand gepland stond, uit te stellen"],
   None, None, ["DNK", "TUR"], "the visit to be postponed")
ev(a, O, "sanction", "occurred",
   ["Eerder deze maand hadden Duitse gemeenten al campagnebijeenkomsten van Turkse ministers verboden"],
   ["2017-03-01", "2017-03-13"], None, ["DEU", "TUR"], "municipal bans, optional")
ev(a, N, "summit", "negated",
   ["Een ontmoeting tussen Rutte en Erdogan om de zaak bij te leggen zit er voorlopig niet in"],
   None, None, TN, "no meeting")
# ---------------------------------------------------------------- 06 Radio headline bulletin: Griner-Bout exchange, 2022-12-08 (Thu)
a = "d18_06_radio_griner_bout"
UR = ["USA", "RUS"]
ev(a, R, "agreement", "occurred",
   ["is vandaag op het vliegveld van Abu Dhabi geruild tegen de Russische wapenhandelaar Viktor Bout",
    "Op de landingsbaan van Abu Dhabi liepen de twee gevangenen vanmiddag langs elkaar heen",
    "President Joe Biden maakte de ruil bekend in het Witte Huis",
    "Ook Moskou bevestigde de ruil"],
   "2022-12-08", "2022-12-08", UR, "the exchange")
ev(a, R, "condemnation", "occurred",
   ["Biden noemde dat vonnis destijds onaanvaardbaar"],
   ["2022-08-01", "2022-08-31"], "2022-08-04", UR, "'destijds' = 'in augustus'")
ev(a, R, ["talks", "proposal"], "occurred",
   ["Volgens de Verenigde Arabische Emiraten en Saoedi-Arabië hebben hun leiders bemiddeld bij de ruil"],
   None, None, ["ARE", "SAU", "USA", "RUS"], "mediation, undated")
ev(a, O, "talks", "occurred",
   ["Washington en Moskou spraken er maandenlang over"],
   None, None, UR, "months of talks, vague")
ev(a, R, "proposal", "occurred",
   ["In juli maakten de Amerikanen bekend dat ze de Russen een aanbod hadden gedaan"],
   ["2022-07-01", "2022-07-31"], None, UR, "the offer, known from its announcement in July")
ev(a, R, "talks", "occurred",
   ["Eind juli belde minister van Buitenlandse Zaken Antony Blinken erover met zijn Russische collega Sergej Lavrov"],
   ["2022-07-21", "2022-07-31"], "2022-07-29", UR)
ev(a, N, "agreement", "negated",
   ["Whelan zat niet bij de ruil, omdat Moskou zijn zaak anders behandelt"],
   None, None, UR, "Whelan not included")
ev(a, R, "proposal", "occurred",
   ["Hij beloofde dat de VS blijven onderhandelen over zijn vrijlating"],
   "2022-12-08", "2022-12-08", UR, "stated willingness to keep negotiating")
ev(a, R, "agreement", "occurred",
   ["In april werd al een andere Amerikaan vrijgelaten, oud-marinier Trevor Reed",
    "Hij werd toen geruild tegen een Russische piloot die in Amerika vastzat"],
   ["2022-04-01", "2022-04-30"], "2022-04-27", UR, "Reed-Yaroshenko exchange")
ev(a, R, "agreement", "occurred",
   ["Kroatië mag volgend jaar toetreden tot Schengen",
    "De ministers van Binnenlandse Zaken van de EU hebben vandaag in Brussel besloten dat Kroatië per 1 januari bij het Schengengebied hoort"],
   "2022-12-08", "2022-12-08", ["EU", "HRV"], "the decision, dated today (the accession itself is 1 January)")
ev(a, N, "agreement", "negated",
   ["Oostenrijk hield de toetreding van Roemenië en Bulgarije tegen, Nederland blokkeerde die van Bulgarije",
    "Roemenië en Bulgarije niet"],
   None, None, ["EU", "ROU", "BGR", "AUT", "NLD"], "accession blocked")
# ---------------------------------------------------------------- 07 Q&A explainer: the Chagos treaty, 2025-05 (month only)
a = "d18_07_vijfvragen_chagos"
GM = ["GBR", "MUS"]
ev(a, R, "agreement", "occurred",
   ["Op 22 mei ondertekenden Londen en Mauritius het verdrag over de Chagoseilanden",
    "De ondertekening liep op het laatste moment nog vertraging op"],
   "2025-05-22", "2025-05-22", GM, "the treaty signed")
ev(a, O, "agreement", "occurred",
   ["Diego Garcia wordt voor 99 jaar teruggehuurd"],
   "2025-05-22", "2025-05-22", GM, "the lease, part of the treaty")
ev(a, O, "delivery", "planned",
   ["Londen betaalt daarvoor gemiddeld zo'n 101 miljoen pond per jaar"],
   None, None, GM, "payments, money")
ev(a, O, "agreement", "planned",
   ["moeten beide parlementen het nog goedkeuren"],
   None, None, GM, "ratification, undated")
ev(a, R, ["demand", "condemnation"], "occurred",
   ["In februari 2019 oordeelde het Internationaal Gerechtshof in een advies dat Groot-Brittannië zijn bestuur over de eilanden zo snel mogelijk moest beëindigen"],
   ["2019-02-01", "2019-02-28"], "2019-02-25", ["ICJ", "GBR"], "advisory opinion")
ev(a, R, "demand", "occurred",
   ["Een paar maanden later eiste de Algemene Vergadering van de VN met grote meerderheid dat de Britten binnen zes maanden zouden vertrekken"],
   ["2019-03-01", "2019-08-31"], "2019-05-22", ["UN", "GBR"], "'een paar maanden later' than February 2019")
ev(a, R, "talks", "occurred",
   ["Eind 2022 begon de toenmalige Conservatieve regering onder Liz Truss toch onderhandelingen met Mauritius"],
   ["2022-10-01", "2022-12-31"], "2022-11-03", GM, "'eind 2022' = last quarter")
ev(a, R, "agreement", "occurred",
   ["Op 3 oktober vorig jaar maakten beide regeringen bekend dat ze een politiek akkoord hadden bereikt"],
   "2024-10-03", "2024-10-03", GM)
ev(a, R, "demand", "occurred",
   ["De nieuwe premier Navin Ramgoolam eiste eind vorig jaar dat er opnieuw naar de afspraken werd gekeken"],
   ["2024-10-01", "2024-12-31"], None, ["MUS", "GBR"], "'eind vorig jaar' = last quarter")
ev(a, R, "talks", "occurred",
   ["Begin dit jaar werd opnieuw onderhandeld"],
   ["2025-01-01", "2025-03-31"], None, GM, "'begin dit jaar' = first quarter")
ev(a, O, "talks", "occurred",
   ["Ook de nieuwe Amerikaanse regering wilde meekijken"],
   ["2025-01-01", "2025-03-31"], None, ["USA", "GBR", "MUS"], "vague, optional")
ev(a, R, ["summit", "talks"], "occurred",
   ["Toen Starmer eind februari in het Witte Huis was"],
   ["2025-02-21", "2025-02-28"], "2025-02-27", ["GBR", "USA"])
ev(a, O, "proposal", "occurred",
   ["zei president Donald Trump dat hij geneigd was het akkoord te steunen"],
   ["2025-02-21", "2025-02-28"], "2025-02-27", ["USA", "GBR"], "support, optional")
ev(a, O, "condemnation", "occurred",
   ["noemt de Conservatieve oppositie het verdrag een overgave",
    "Veel Chagossianen in Groot-Brittannië voelen zich gepasseerd"],
   None, None, ["GBR"], "domestic criticism, optional")
ev(a, O, "proposal", "occurred",
   ["Washington zelf verwelkomde de ondertekening"],
   ["2025-05-22", "2025-05-31"], "2025-05-22", ["USA", "GBR", "MUS"], "welcome, optional")
# ---------------------------------------------------------------- 08 'On this day' column: Morocco-Israel and Western Sahara, 2021-12-10 (Fri)
a = "d18_08_vandaagjaargeleden_marokko"
MI = ["MAR", "ISR", "USA"]
ev(a, R, "agreement", "occurred",
   ["Vandaag een jaar geleden: Marokko en Israël",
    "maakte op 10 december vorig jaar bekend dat Marokko zijn betrekkingen met Israël normaliseert"],
   "2020-12-10", "2020-12-10", MI, "normalisation announced")
ev(a, R, ["agreement", "proposal"], "occurred",
   ["In één adem meldde hij dat de Verenigde Staten de Marokkaanse soevereiniteit over de Westelijke Sahara erkennen",
    "Hij ondertekende diezelfde dag een proclamatie"],
   "2020-12-10", "2020-12-10", ["USA", "MAR"], "US recognition")
ev(a, R, "talks", "occurred",
   ["Trump had kort daarvoor telefonisch overleg gehad met koning Mohammed VI"],
   "2020-12-10", "2020-12-10", ["USA", "MAR"], "'kort daarvoor' carries the day")
ev(a, R, "talks", "occurred",
   ["de vorst daarna ook de Palestijnse president Mahmoud Abbas belde"],
   "2020-12-10", "2020-12-10", ["MAR", "PSE"])
ev(a, R, "agreement", "occurred",
   ["In september hadden de Verenigde Arabische Emiraten en Bahrein in het Witte Huis hun akkoorden met Israël getekend"],
   ["2020-09-01", "2020-09-30"], "2020-09-15", ["ARE", "BHR", "ISR", "USA"])
ev(a, O, "agreement", "occurred",
   ["en in oktober volgde Soedan"],
   ["2020-10-01", "2020-10-31"], "2020-10-23", ["SDN", "ISR", "USA"], "elliptic, optional")
ev(a, R, "condemnation", "occurred",
   ["veroordeelde de Amerikaanse erkenning scherp"],
   ["2020-12-10", "2020-12-31"], None, ["POLISARIO", "USA"], "reaction, undated in a look-back")
ev(a, O, "agreement", "occurred",
   ["het staakt-het-vuren van 1991 al opgezegd"],
   ["2020-11-01", "2020-11-30"], "2020-11-13", ["POLISARIO", "MAR"], "ending a ceasefire, optional")
ev(a, R, "agreement", "occurred",
   ["Dat bestand was destijds onder leiding van de Verenigde Naties tot stand gekomen"],
   ["1991-01-01", "1991-12-31"], "1991-09-06", ["MAR", "POLISARIO", "UN"], "'destijds' = 1991")
ev(a, O, "proposal", "occurred",
   ["De VN lieten weten dat hun standpunt over de Westelijke Sahara niet verandert"],
   ["2020-12-10", "2020-12-31"], None, ["UN"], "statement, optional")
ev(a, O, "agreement", "planned",
   ["Washington kondigde intussen aan een consulaat te openen in Dakhla"],
   "2020-12-10", "2020-12-10", ["USA", "MAR"], "announced consulate, optional")
ev(a, N, "agreement", "negated",
   ["Het beloofde consulaat in Dakhla is er een jaar later nog altijd niet"],
   None, None, ["USA", "MAR"], "consulate never opened")
ev(a, R, ["talks", "summit"], "occurred",
   ["Op 22 december landde een Israëlisch passagiersvliegtuig in Rabat",
    "Aan boord zaten de Amerikaanse presidentsadviseur Jared Kushner en de Israëlische veiligheidsadviseur Meir Ben-Shabbat"],
   "2020-12-22", "2020-12-22", MI, "the delegation's visit")
ev(a, R, "agreement", "occurred",
   ["In het koninklijk paleis ondertekenden de drie landen een gezamenlijke verklaring"],
   "2020-12-22", "2020-12-22", MI)
ev(a, R, "talks", "occurred",
   ["In augustus kwam de Israëlische minister van Buitenlandse Zaken Yair Lapid naar Rabat"],
   ["2021-08-01", "2021-08-31"], "2021-08-11", ["ISR", "MAR"])
ev(a, O, "agreement", "occurred",
   ["Hij opende daar het Israëlische verbindingsbureau"],
   ["2021-08-01", "2021-08-31"], "2021-08-12", ["ISR", "MAR"], "office reopened, optional")
ev(a, O, "sanction", "occurred",
   ["dat Marokko in 2000 had gesloten"],
   ["2000-01-01", "2000-12-31"], None, ["MAR", "ISR"], "closure in 2000, optional")
ev(a, R, "agreement", "occurred",
   ["Vorige maand tekende minister van Defensie Benny Gantz in Rabat een akkoord over militaire samenwerking"],
   ["2021-11-01", "2021-11-30"], "2021-11-24", ["ISR", "MAR"])
ev(a, R, "sanction", "occurred",
   ["verbrak eind augustus de diplomatieke betrekkingen met Marokko"],
   ["2021-08-21", "2021-08-31"], "2021-08-24", ["DZA", "MAR"])
ev(a, O, "demand", "occurred",
   ["Berlijn had om een spoedzitting van de Veiligheidsraad over de Westelijke Sahara gevraagd"],
   ["2020-12-10", "2021-03-31"], None, ["DEU", "UN"], "request, undated")
ev(a, R, "sanction", "occurred",
   ["Marokko schortte in maart de contacten met de Duitse ambassade op"],
   ["2021-03-01", "2021-03-31"], "2021-03-01", ["MAR", "DEU"])
ev(a, R, "sanction", "occurred",
   ["en riep in mei zijn ambassadeur in Berlijn terug"],
   ["2021-05-01", "2021-05-31"], "2021-05-06", ["MAR", "DEU"], "second step in the same sentence")
ev(a, N, ["agreement", "sanction"], "negated",
   ["Joe Biden heeft de erkenning niet ingetrokken"],
   None, None, ["USA", "MAR"], "no reversal")
ev(a, R, "agreement", "occurred",
   ["In 1948 nam de Algemene Vergadering van de Verenigde Naties in Parijs de Universele Verklaring van de Rechten van de Mens aan"],
   "1948-12-10", "1948-12-10", ["UN"], "'Ook op 10 december ... In 1948' = 10 Dec 1948")
# ---------------------------------------------------------------- 09 Flemish news site: Lumumba's tooth and King Philippe in Congo, 2022-06-21 (Tue)
a = "d18_09_vlaams_lumumba_tand"
BC = ["BEL", "COD"]
ev(a, R, ["delivery", "talks", "agreement"], "occurred",
   ["Tand van Lumumba na 61 jaar terug bij de familie",
    "is gisteren de tand van Patrice Lumumba overhandigd aan zijn kinderen",
    "De ceremonie vond plaats in aanwezigheid van de Congolese premier Jean-Michel Sama Lukonde",
    "Het federaal parket gaf het kistje met de tand over aan de familie"],
   "2022-06-20", "2022-06-20", BC, "the hand-over ceremony with both prime ministers")
ev(a, O, "proposal", "occurred",
   ["bood in een korte toespraak opnieuw de excuses van de Belgische regering aan"],
   "2022-06-20", "2022-06-20", BC, "apology: no type of its own, optional")
ev(a, R, ["summit", "talks"], "occurred",
   ["De koning trok twee weken geleden naar Congo",
    "het eerste bezoek van koning Filip aan Congo",
    "De vorst kwam dinsdag 7 juni aan in Kinshasa en werd er door president Félix Tshisekedi ontvangen",
    "Daarna trok de koning verder naar Lubumbashi en Bukavu"],
   ["2022-06-07", "2022-06-13"], "2022-06-07", BC, "the royal visit 7-13 June")
ev(a, R, "talks", "occurred",
   ["De twee staatshoofden spraken in het presidentieel paleis over veiligheid, de economie en het gedeelde verleden"],
   "2022-06-07", "2022-06-07", BC, "talks on the day of arrival")
ev(a, O, "condemnation", "occurred",
   ["In het parlement zei Filip een dag later dat het koloniale regime gebaseerd was op uitbuiting en overheersing"],
   "2022-06-08", "2022-06-08", ["BEL"], "condemning the colonial regime, optional")
ev(a, O, "demand", "occurred",
   ["Zij eisen nog altijd excuses en herstelbetalingen"],
   None, None, BC, "Congolese politicians, present tense, optional")
ev(a, R, "delivery", "occurred",
   ["Tijdens het bezoek gaf België een ritueel dansmasker van het Suku-volk in langdurige bruikleen aan het nationaal museum in Kinshasa"],
   ["2022-06-07", "2022-06-13"], "2022-06-08", BC, "dated by the visit")
ev(a, R, "proposal", "occurred",
   ["Zijn spijt had hij voor het eerst uitgesproken in een brief aan Tshisekedi, op 30 juni 2020"],
   "2020-06-30", "2020-06-30", BC, "a letter is a proposal")
ev(a, R, "condemnation", "occurred",
   ["Kinshasa beschuldigt buurland Rwanda ervan de rebellen van M23 te steunen"],
   None, None, ["COD", "RWA"], "present tense, no date")
ev(a, R, "summit", "occurred",
   ["op een top in Nairobi", "Tshisekedi was daarbij aanwezig"],
   "2022-06-20", "2022-06-20", ["EAC", "COD"], "the EAC summit")
ev(a, R, "agreement", "occurred",
   ["Gisteren besloten de leiders van de Oost-Afrikaanse Gemeenschap op een top in Nairobi een regionale troepenmacht naar Oost-Congo te sturen"],
   "2022-06-20", "2022-06-20", ["EAC", "COD"], "decision on a regional force")
# ---------------------------------------------------------------- 10 Business page: Kaliningrad transit, 2022-07-14 (Thu)
a = "d18_10_economie_kaliningrad"
LR = ["LTU", "RUS"]
ev(a, R, ["proposal", "agreement"], "occurred",
   ["Brussel opent spoorlijn naar Kaliningrad weer voor Russisch staal",
    "De Europese Commissie publiceerde gisteren richtsnoeren over het vervoer van gesanctioneerde goederen naar de Russische exclave"],
   "2022-07-13", "2022-07-13", ["EU", "LTU", "RUS"], "the Commission's guidance")
ev(a, R, "sanction", "occurred",
   ["Sinds 18 juni weigert Litouwen treinen met staal en andere metalen die onder de Europese sancties vallen"],
   "2022-06-18", "2022-06-18", ["LTU", "RUS"], "the transit restriction, 'sinds 18 juni'")
ev(a, O, "sanction", "occurred",
   ["de regels uit te voeren die Brussel in het voorjaar had vastgesteld"],
   ["2022-03-01", "2022-05-31"], None, ["EU", "RUS"], "the underlying EU package, optional")
ev(a, O, "talks", "occurred",
   ["Het Russische ministerie van Buitenlandse Zaken ontbood op 20 juni de Litouwse zaakgelastigde"],
   "2022-06-20", "2022-06-20", ["RUS", "LTU"], "summons, optional as talks")
ev(a, R, "demand", "occurred",
   ["eiste dat de beperkingen onmiddellijk werden opgeheven"],
   "2022-06-20", "2022-06-20", ["RUS", "LTU"])
ev(a, R, "condemnation", "occurred",
   ["Kremlinwoordvoerder Dmitri Peskov noemde de maatregel die dag onwettig"],
   "2022-06-20", "2022-06-20", ["RUS", "LTU"], "'die dag' = 20 June")
ev(a, R, "warning", "occurred",
   ["Hij waarschuwde dat Rusland zou terugslaan en dat de bevolking van Litouwen de gevolgen ernstig zou voelen"],
   "2022-06-21", "2022-06-21", ["RUS", "LTU"], "Patrushev, 'een dag later'")
ev(a, O, "proposal", "occurred",
   ["EU-buitenlandchef Josep Borrell nam Litouwen in bescherming"],
   ["2022-06-20", "2022-07-13"], "2022-06-20", ["EU", "LTU"], "support, optional")
ev(a, N, "sanction", "negated",
   ["dat er van een blokkade geen sprake is"],
   None, None, ["LTU", "RUS"], "not a blockade")
ev(a, R, "agreement", "occurred",
   ["Over die doorvoer maakten de EU en Rusland in 2002 afspraken"],
   ["2002-01-01", "2002-12-31"], "2002-11-11", ["EU", "RUS"])
ev(a, O, "condemnation", "occurred",
   ["De Litouwse regering reageerde gisteren terughoudend op de richtsnoeren"],
   "2022-07-13", "2022-07-13", ["LTU", "EU"], "reserved reaction, optional")
ev(a, N, ["sanction", "warning"], "negated",
   ["Als Rusland Litouwen van het stroomnet zou afsluiten"],
   None, None, ["RUS", "LTU"], "hypothetical")
ev(a, R, "talks", "planned",
   ["Maandag komen de ministers van Buitenlandse Zaken van de EU bijeen in Brussel"],
   "2022-07-18", "2022-07-18", ["EU"], "'maandag' from a Thursday")
ev(a, R, "sanction", "planned",
   ["De Commissie wil later deze maand een nieuw sanctiepakket tegen Rusland laten aannemen"],
   ["2022-07-14", "2022-07-31"], "2022-07-21", ["EU", "RUS"], "'later deze maand'")
# ---------------------------------------------------------------- 11 Profile of a diplomat: Dominic Barton and the two Michaels, 2021-10 (month only)
a = "d18_11_portret_barton_michaels"
CC = ["CAN", "CHN"]
ev(a, R, "agreement", "occurred",
   ["Op vrijdag 24 september sloot Meng een overeenkomst met het Amerikaanse ministerie van Justitie"],
   "2021-09-24", "2021-09-24", ["USA", "CHN"], "deferred prosecution agreement")
ev(a, O, "agreement", "planned",
   ["Als ze zich aan de voorwaarden houdt, wordt de zaak eind volgend jaar geseponeerd"],
   ["2022-10-01", "2022-12-31"], None, ["USA", "CHN"], "conditional dismissal, optional")
ev(a, R, "agreement", "occurred",
   ["Vrijwel tegelijk liet China Kovrig en Spavor gaan, volgens Peking op borgtocht om medische redenen",
    "dat Michael Kovrig en Michael Spavor na ruim duizend dagen gevangenschap uit China naar Canada bracht"],
   ["2021-09-24", "2021-09-25"], "2021-09-24", CC, "the release of the two Michaels ('vrijwel tegelijk')")
ev(a, O, "talks", "occurred",
   ["Zaterdagochtend vroeg landden ze in Calgary, waar Trudeau hen opwachtte"],
   "2021-09-25", "2021-09-25", ["CAN"], "domestic welcome, optional")
ev(a, N, "agreement", "negated",
   ["Van een ruil wil geen van de drie regeringen officieel spreken"],
   None, None, ["CAN", "CHN", "USA"], "no official swap")
ev(a, R, "demand", "occurred",
   ["De Verenigde Staten hadden om haar uitlevering gevraagd"],
   None, None, ["USA", "CAN"], "extradition request: pluperfect, before the arrest, no date of its own")
ev(a, O, "sanction", "occurred",
   ["Dagen later werden in China de Canadese oud-diplomaat Kovrig en de zakenman Spavor opgepakt"],
   ["2018-12-02", "2018-12-15"], "2018-12-10", CC, "arrests seen as retaliation, optional")
ev(a, R, "sanction", "occurred",
   ["Wel voerde China in maart 2019 beperkingen in op de invoer van Canadees koolzaad"],
   ["2019-03-01", "2019-03-31"], None, CC)
ev(a, R, "agreement", "occurred",
   ["In februari van dit jaar kwam op initiatief van Canada een verklaring tegen het willekeurig vasthouden van buitenlanders voor politieke doeleinden tot stand",
    "Bijna zestig landen schaarden zich erachter, onder wie Nederland en de Verenigde Staten"],
   ["2021-02-01", "2021-02-28"], "2021-02-15", ["CAN", "NLD", "USA"], "declaration against arbitrary detention")
ev(a, O, "condemnation", "occurred",
   ["Peking reageerde afwijzend"],
   ["2021-02-01", "2021-10-31"], None, ["CHN", "CAN"], "undated rejection, optional")
ev(a, R, "condemnation", "occurred",
   ["Hij veroordeelde het vonnis in niet mis te verstane woorden"],
   ["2021-08-01", "2021-08-31"], "2021-08-11", CC, "Barton on Spavor's sentence, 'in augustus'")
ev(a, O, "condemnation", "occurred",
   ["China weigerde consulaire bezoeken met een verwijzing naar het coronavirus"],
   None, None, CC, "refused consular visits, optional")
ev(a, R, "talks", "occurred",
   ["Twee weken eerder hadden de Amerikaanse president Joe Biden en zijn Chinese ambtgenoot Xi Jinping voor het eerst in maanden telefonisch met elkaar gesproken"],
   ["2021-09-08", "2021-09-12"], "2021-09-09", ["USA", "CHN"], "two weeks before 24 September (the heading)")
# ---------------------------------------------------------------- 12 Live blog: Biden in Kyiv, 2023-02-20 (Mon)
a = "d18_12_liveblog_biden_kyiv"
US = ["USA", "UKR"]
ev(a, R, ["summit", "talks"], "occurred",
   ["Biden onaangekondigd in Kyiv",
    "het verrassingsbezoek van de Amerikaanse president Joe Biden aan Kyiv",
    "Biden is door president Volodymyr Zelensky ontvangen in het Mariinskipaleis",
    "Het Witte Huis bevestigt dat Biden in Kyiv is"],
   "2023-02-20", "2023-02-20", US, "the visit and the meeting")
ev(a, R, ["summit", "talks"], "planned",
   ["Morgen houdt hij in Warschau een toespraak, na een ontmoeting met de Poolse president Andrzej Duda"],
   "2023-02-21", "2023-02-21", ["USA", "POL"])
ev(a, R, "summit", "planned",
   ["Woensdag spreekt hij daar met de leiders van de oostelijke NAVO-landen, de zogeheten Boekarest Negen"],
   "2023-02-22", "2023-02-22", ["USA", "POL", "NATO"], "B9 meeting; 'daar' = Warsaw")
ev(a, R, "sanction", "planned",
   ["De EU wil vrijdag, precies een jaar na het begin van de oorlog, een tiende sanctiepakket tegen Rusland aannemen"],
   "2023-02-24", "2023-02-24", ["EU", "RUS"])
ev(a, R, ["talks", "summit"], "planned",
   ["De Italiaanse premier Giorgia Meloni wordt morgen in Kyiv verwacht"],
   "2023-02-21", "2023-02-21", ["ITA", "UKR"])
ev(a, R, "talks", "planned",
   ["Wang Yi, de hoogste buitenlandse-politiekfunctionaris van China, reist deze week naar Moskou"],
   ["2023-02-20", "2023-02-26"], "2023-02-22", ["CHN", "RUS"], "'deze week'")
ev(a, O, "talks", "occurred",
   ["Hij was dit weekend in München, op de veiligheidsconferentie"],
   ["2023-02-17", "2023-02-19"], "2023-02-18", ["CHN"], "conference attendance, optional")
ev(a, O, "condemnation", "occurred",
   ["Westerse landen vrezen dat Peking Rusland militair wil gaan helpen, wat China ontkent"],
   None, None, ["CHN"], "fear and denial, optional")
ev(a, N, "delivery", "negated",
   ["dat Peking Rusland militair wil gaan helpen"],
   None, None, ["CHN", "RUS"], "feared, not happened")
ev(a, R, "talks", "occurred",
   ["dat Washington de Russen enkele uren voor het vertrek van Biden op de hoogte heeft gebracht"],
   ["2023-02-19", "2023-02-20"], None, ["USA", "RUS"], "deconfliction notice, 'enkele uren voor het vertrek'")
ev(a, N, "delivery", "negated",
   ["Over gevechtsvliegtuigen heeft Biden in Kyiv geen toezeggingen gedaan"],
   None, None, US, "no jets")
ev(a, O, "talks", "occurred",
   ["Zelensky zei wel dat de twee over wapens voor de lange afstand hebben gesproken"],
   "2023-02-20", "2023-02-20", US, "topic of the same talks, optional")
ev(a, R, "delivery", "planned",
   ["Biden kondigt nieuwe militaire steun aan ter waarde van een half miljard dollar"],
   "2023-02-20", "2023-02-20", US, "aid pledge")
ev(a, R, "sanction", "planned",
   ["Later deze week volgen volgens hem ook nieuwe sancties tegen Russische bedrijven en personen"],
   ["2023-02-20", "2023-02-26"], "2023-02-24", ["USA", "RUS"])
ev(a, O, "proposal", "occurred",
   ["Zelensky noemt het bezoek een teken van steun voor alle Oekraïners"],
   "2023-02-20", "2023-02-20", US, "statement, optional")
ev(a, R, ["talks", "summit"], "occurred",
   ["Vorig jaar juni reisden de Duitse bondskanselier Olaf Scholz, de Franse president Emmanuel Macron en de toenmalige Italiaanse premier Mario Draghi samen per nachttrein naar de stad",
    "Ze spraken daar met Zelensky over het kandidaat-lidmaatschap van de EU"],
   ["2022-06-01", "2022-06-30"], "2022-06-16", ["DEU", "FRA", "ITA", "UKR"])
ev(a, R, "condemnation", "occurred",
   ["Zaterdag beschuldigde de Amerikaanse vicepresident Kamala Harris Rusland op de veiligheidsconferentie in München van misdaden tegen de menselijkheid"],
   "2023-02-18", "2023-02-18", ["USA", "RUS"])
ev(a, O, "demand", "occurred",
   ["Ze zei dat de daders ter verantwoording moeten worden geroepen"],
   "2023-02-18", "2023-02-18", ["USA", "RUS"], "part of the accusation, optional")
# ---------------------------------------------------------------- 13 Quality analysis: Kim Jong-un and Putin at Vostochny, 2023-09-16 (Sat)
a = "d18_13_analyse_kim_poetin"
RP = ["RUS", "PRK"]
ev(a, R, ["summit", "talks"], "occurred",
   ["Toen de Russische president Vladimir Poetin de Noord-Koreaanse leider Kim Jong-un woensdag ontving op Vostotsjny",
    "Daarna spraken de twee leiders urenlang, eerst met hun delegaties, later onder vier ogen en tijdens een diner"],
   "2023-09-13", "2023-09-13", RP, "the Vostochny summit")
ev(a, R, "proposal", "occurred",
   ["antwoordde Poetin dat hij daarvoor juist naar deze plek was gekomen"],
   "2023-09-13", "2023-09-13", RP, "offer of help with satellites")
ev(a, O, "proposal", "occurred",
   ["Kim van zijn kant zei dat Rusland een heilige strijd voert tegen een vijandige hegemonie, en dat zijn land het daarin altijd zal steunen"],
   "2023-09-13", "2023-09-13", ["PRK", "RUS"], "support, optional")
ev(a, O, "delivery", "planned",
   ["Amerikaanse en Zuid-Koreaanse functionarissen vermoeden dat Pyongyang Moskou grote hoeveelheden artilleriegranaten en raketten wil leveren"],
   None, None, ["PRK", "RUS"], "suspected, denied: optional")
ev(a, N, "agreement", "negated",
   ["Het Kremlin liet na afloop weten dat er geen akkoorden zijn ondertekend"],
   None, None, RP, "nothing signed")
ev(a, R, "proposal", "occurred",
   ["Wel nodigde Kim Poetin uit voor een bezoek aan Noord-Korea"],
   "2023-09-13", "2023-09-13", ["PRK", "RUS"], "invitation, dated by the summit")
ev(a, R, ["summit", "talks"], "planned",
   ["Poetin nam de uitnodiging aan, al is er nog geen datum"],
   None, None, ["RUS", "PRK"], "planned visit, no date")
ev(a, O, "talks", "occurred",
   ["Gisteren bezocht Kim in Komsomolsk aan de Amoer een vliegtuigfabriek"],
   "2023-09-15", "2023-09-15", RP, "factory visit, optional")
ev(a, R, "talks", "planned",
   ["Vandaag wordt hij in Vladivostok verwacht, waar minister van Defensie Sergej Sjojgoe hem de Russische Pacifische Vloot zal laten zien"],
   "2023-09-16", "2023-09-16", ["PRK", "RUS"], "Kim with Shoigu 'vandaag'")
ev(a, R, "talks", "occurred",
   ["Eind juli stond hij daar nog naast Kim op de tribune bij een militaire parade"],
   ["2023-07-21", "2023-07-31"], "2023-07-27", ["RUS", "PRK"], "Shoigu in Pyongyang")
ev(a, R, "warning", "occurred",
   ["Begin deze maand waarschuwde de Amerikaanse nationale veiligheidsadviseur Jake Sullivan dat Noord-Korea een prijs zal betalen als het wapens aan Rusland levert"],
   ["2023-09-01", "2023-09-10"], "2023-09-05", ["USA", "PRK"])
ev(a, N, "delivery", "negated",
   ["als het wapens aan Rusland levert"],
   None, None, ["PRK", "RUS"], "conditional delivery")
ev(a, R, "demand", "occurred",
   ["Ook Seoul riep Moskou woensdag op zich te houden aan de resoluties van de Veiligheidsraad"],
   "2023-09-13", "2023-09-13", ["KOR", "RUS"])
ev(a, R, "sanction", "occurred",
   ["toen de Raad na een reeks raketproeven de zwaarste sancties tot dan toe oplegde"],
   ["2017-01-01", "2017-12-31"], None, ["UN", "PRK"], "2017 resolutions (several)")
ev(a, N, "sanction", "negated",
   ["Een nieuwe resolutie tegen Noord-Korea zal er voorlopig niet komen"],
   None, None, ["UN", "PRK"], "no new resolution")
ev(a, R, "summit", "occurred",
   ["De vorige keer dat de twee elkaar zagen, in april 2019 in Vladivostok"],
   ["2019-04-01", "2019-04-30"], "2019-04-25", RP)
ev(a, N, ["delivery", "agreement"], "negated",
   ["Als Moskou die stap zou zetten, zou dat de verhoudingen in Oost-Azië ingrijpend veranderen"],
   None, None, RP, "hypothetical technology transfer")
# ---------------------------------------------------------------- 14 Caribbean outlet: Rubio in Panama, 2025-02-03 (Mon)
a = "d18_14_curacao_rubio_panama"
UPA = ["USA", "PAN"]
ev(a, R, ["sanction", "agreement"], "occurred",
   ["Panama stapt uit Chinese Zijderoute na bezoek Rubio",
    "Panama verlengt zijn deelname aan het Chinese Belt and Road-initiatief, ook wel de Nieuwe Zijderoute genoemd, niet",
    "Dat maakte president José Raúl Mulino gisteren bekend",
    "Die afspraak wordt nu niet vernieuwd"],
   "2025-02-02", "2025-02-02", ["PAN", "CHN"], "leaving the BRI: announced 'gisteren'")
ev(a, R, ["talks", "summit"], "occurred",
   ["na een gesprek met de Amerikaanse minister van Buitenlandse Zaken Marco Rubio",
    "Het gesprek in het presidentieel paleis verliep volgens beide kanten respectvol"],
   "2025-02-02", "2025-02-02", UPA, "Rubio-Mulino")
ev(a, R, ["demand", "condemnation"], "occurred",
   ["Hij zei namens president Donald Trump dat de invloed van China rond het kanaal in strijd is met het neutraliteitsverdrag en eiste onmiddellijke veranderingen"],
   "2025-02-02", "2025-02-02", ["USA", "PAN", "CHN"])
ev(a, R, "warning", "occurred",
   ["Gebeurt dat niet, dan nemen de Verenigde Staten de maatregelen die nodig zijn om hun rechten onder het verdrag te beschermen"],
   "2025-02-02", "2025-02-02", UPA)
ev(a, R, "warning", "occurred",
   ["Trump had al bij zijn inauguratie op 20 januari gezegd dat Amerika het kanaal terug zou nemen"],
   "2025-01-20", "2025-01-20", UPA)
ev(a, O, "condemnation", "occurred",
   ["Hij stoort zich aan de Chinese aanwezigheid"],
   None, None, ["USA", "CHN"], "present tense, optional")
ev(a, N, "talks", "negated",
   ["Over de soevereiniteit van Panama over het kanaal wordt niet onderhandeld"],
   None, None, UPA, "no negotiation on sovereignty")
ev(a, R, "proposal", "occurred",
   ["Wel stelde hij voor om technische gesprekken te voeren om Amerikaanse twijfels weg te nemen"],
   "2025-02-02", "2025-02-02", ["PAN", "USA"])
ev(a, R, "agreement", "occurred",
   ["Panama was in 2017 het eerste land in Latijns-Amerika dat zich bij het Chinese initiatief aansloot"],
   ["2017-01-01", "2017-12-31"], "2017-11-17", ["PAN", "CHN"], "BRI memorandum")
ev(a, R, "agreement", "occurred",
   ["een paar maanden nadat het de diplomatieke banden met Taiwan had verbroken en betrekkingen was aangegaan met Peking"],
   ["2017-01-01", "2017-12-31"], "2017-06-13", ["PAN", "CHN"], "ties with Beijing, 'een paar maanden' before a 2017 event")
ev(a, R, "sanction", "occurred",
   ["een paar maanden nadat het de diplomatieke banden met Taiwan had verbroken"],
   ["2017-01-01", "2017-12-31"], "2017-06-13", ["PAN", "TWN"], "breaking ties with Taiwan: second event in the same clause")
ev(a, O, "talks", "occurred",
   ["Rubio bezocht na het gesprek de Miraflores-sluizen"],
   "2025-02-02", "2025-02-02", UPA, "canal visit, optional")
ev(a, R, "agreement", "occurred",
   ["Beide landen spraken daarnaast af samen te werken bij het terugsturen van migranten"],
   "2025-02-02", "2025-02-02", UPA)
ev(a, R, "agreement", "occurred",
   ["Dat werd geregeld in de verdragen die de Amerikaanse president Jimmy Carter en de Panamese leider Omar Torrijos in 1977 sloten"],
   ["1977-01-01", "1977-12-31"], "1977-09-07", UPA, "Torrijos-Carter treaties")
ev(a, R, "talks", "planned",
   ["Vandaag reist Rubio door naar El Salvador, waar hij president Nayib Bukele spreekt"],
   "2025-02-03", "2025-02-03", ["USA", "SLV"])
ev(a, R, "talks", "planned",
   ["Later deze week staan ook Costa Rica en Guatemala op het programma, en als laatste de Dominicaanse Republiek"],
   ["2025-02-03", "2025-02-09"], "2025-02-04", ["USA", "CRI", "GTM", "DOM"], "three stops in one clause, one line")
ev(a, R, "sanction", "occurred",
   ["Zaterdag kondigde hij importheffingen aan op producten uit Canada, Mexico en China"],
   "2025-02-01", "2025-02-01", ["USA", "CAN", "MEX", "CHN"], "one tariff decision")
# ---------------------------------------------------------------- 15/16 no-event articles
TRAPS = {
    "d18_15_cultuur_songfestival": [
        "Zwitserland heeft gisteravond in het Zweedse Malmö het Eurovisie Songfestival gewonnen",
        "De Europese Omroepunie EBU sloot hem gistermiddag uit van de finale",
        "AVROTROS, de omroep die Nederland vertegenwoordigt, noemde de uitsluiting disproportioneel",
        "Op sociale media eisten ze opheldering",
        "Een aantal artiesten uit andere landen toonde solidariteit met Klein",
        "Rond de deelname van Israël, dat in Malmö werd vertegenwoordigd door de twintigjarige Eden Golan",
        "AVROTROS wil met de EBU in gesprek over de gang van zaken",
        "winnaar Oekraïne kon dat in 2023 vanwege de oorlog niet zelf",
    ],
    "d18_16_wetenschap_eclips": [
        "Lokale overheden waarschuwden voor files",
        "In Niagara Falls, aan de Canadese kant van de grens, was de noodtoestand afgekondigd",
        "Oogartsen waarschuwen al weken dat wie zonder bescherming in de zon kijkt",
        "haalde de toenmalige president Donald Trump het nieuws doordat hij even zonder bril omhoog keek",
        "De Amerikaanse ruimtevaartorganisatie NASA lanceerde vanaf een basis in Virginia drie kleine raketten",
        "Op 12 augustus 2026 trekt een totale zonsverduistering over IJsland en het noorden van Spanje",
        "werkgevers gaven vrij en scholen in de baan van de schaduw sloten eerder",
    ],
}

for a, note in [("d18_15_cultuur_songfestival",
                 "culture (Eurovision final in Malmo, 11 May 2024; Joost Klein excluded by the EBU); traps: 'gewonnen', 'sloot uit', 'eisten', 'noemde ... disproportioneel', 'in gesprek', Switzerland, Sweden, Israel, Croatia, Ukraine, Norway, Denmark, Canada named"),
                ("d18_16_wetenschap_eclips",
                 "science (total solar eclipse over Mexico, the US and Canada, 8 Apr 2024); traps: 'waarschuwden', 'noodtoestand', NASA 'lanceerde', Trump named, Spain, Iceland, Egypt, Japan, Brazil named")]:
    ev(a, N, ALL, "negated", TRAPS[a], None, None, [],
       "NO-EVENT SENTINEL: article has no diplomatic event of its own; its trap sentences are listed; the line puts the article in scope so every other prediction in it counts as a false positive. " + note)

if __name__ == "__main__":
    goldkit.build(G, ROOT)
