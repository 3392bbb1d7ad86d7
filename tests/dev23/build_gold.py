"""Build gold.jsonl for dev23 and check every mention is a verbatim substring of its article.

Edit this script, not the JSONL. Run: python build_gold.py
"""
import pathlib, sys

ROOT = pathlib.Path(__file__).parent
sys.path.insert(0, str(ROOT.parent / "setkit"))  # the gold helper, checks and writing: tests/setkit/goldkit.py
import goldkit  # noqa: E402
from goldkit import ALL, N, O, R  # noqa: E402,F401

G, ev = goldkit.collector()
# ---------------------------------------------------------------- 01 Agency wire: Pope Francis in Iraq, 2021-03-06 (Sat)
a = "d23_01_anp_paus_irak"
VI = ["VAT", "IRQ"]
ev(a, R, ["talks", "summit"], "occurred",
   ["Paus ontmoet ayatollah Sistani in Najaf",
    "Paus Franciscus heeft vanochtend in de heilige stad Najaf de hoogste sjiitische geestelijke van Irak ontmoet",
    "Het gesprek vond plaats in de eenvoudige woning van de 90-jarige geestelijke"],
   "2021-03-06", "2021-03-06", VI, "'vanochtend'; the Holy See is VAT, Sistani IRQ")
ev(a, O, ["demand", "proposal"], "occurred",
   ["zei de grootayatollah dat christenen in Irak in vrede en veiligheid moeten kunnen leven"],
   "2021-03-06", "2021-03-06", ["IRQ"], "Sistani's statement, optional")
ev(a, O, "talks", "occurred",
   ["waar premier Mustafa al-Kadhimi hem op het vliegveld opwachtte"],
   "2021-03-05", "2021-03-05", VI, "airport reception, 'gisteren', optional")
ev(a, R, ["talks", "summit"], "occurred",
   ["Later op de dag sprak de paus in het presidentieel paleis met president Barham Salih"],
   "2021-03-05", "2021-03-05", VI, "'later op de dag' = 'gisteren'")
ev(a, R, "demand", "occurred",
   ["riep hij ertoe op de wapens te laten zwijgen en de verspreiding ervan een halt toe te roepen"],
   "2021-03-05", "2021-03-05", VI)
ev(a, R, "demand", "occurred",
   ["Ook vroeg hij de Iraakse leiders om corruptie en machtsmisbruik aan te pakken"],
   "2021-03-05", "2021-03-05", VI)
ev(a, N, ["summit", "talks"], "negated",
   ["maar die reis ging niet door nadat de gesprekken met de regering van Saddam Hoessein waren vastgelopen"],
   None, None, VI, "John Paul II's trip of 2000 called off")
ev(a, R, "proposal", "occurred",
   ["President Salih had hem al in 2019 uitgenodigd"],
   ["2019-01-01", "2019-12-31"], None, ["IRQ", "VAT"], "invitation = proposal")
ev(a, R, "agreement", "occurred",
   ["In februari 2019 ondertekende hij in Abu Dhabi een document over menselijke broederschap met de groot-imam van de Egyptische al-Azhar-universiteit, Ahmed al-Tayeb"],
   ["2019-02-01", "2019-02-28"], "2019-02-04", ["VAT", "EGY"], "Abu Dhabi document; the imam's institution is Egyptian")
ev(a, O, "talks", "occurred",
   ["voor een bijeenkomst met vertegenwoordigers van verschillende godsdiensten"],
   "2021-03-06", "2021-03-06", VI, "interfaith meeting at Ur, optional")
ev(a, R, "condemnation", "occurred",
   ["Daar veroordeelde hij geweld dat in naam van God wordt gepleegd"],
   "2021-03-06", "2021-03-06", ["VAT"], "'daar' = Ur, 'vandaag'")
ev(a, O, "proposal", "occurred",
   ["Premier Kadhimi maakte na de ontmoeting in Najaf bekend dat 6 maart voortaan in Irak een nationale dag van tolerantie en samenleven is"],
   "2021-03-06", "2021-03-06", ["IRQ"], "domestic gesture, optional")
ev(a, R, "talks", "planned",
   ["In Erbil wordt hij ontvangen door de leiders van de Koerdische autonome regio"],
   "2021-03-07", "2021-03-07", VI, "'morgen' carried from the previous sentence")
# ---------------------------------------------------------------- 02 Sanctions-compliance newsletter: Japan-South Korea trade row, 2019-08-23 (Fri)
a = "d23_02_compliance_japan_korea"
JK = ["JPN", "KOR"]
ev(a, R, "sanction", "planned",
   ["Op 1 juli kondigde het Japanse ministerie van Economie, Handel en Industrie (METI) aan dat de uitvoer van drie stoffen naar Zuid-Korea strenger wordt gecontroleerd"],
   "2019-07-01", "2019-07-01", JK, "export controls announced (model convention: announcement planned, dated by the announcement)")
ev(a, R, "sanction", "occurred",
   ["Sinds 4 juli heeft elke zending een eigen vergunning nodig"],
   ["2019-07-04", "2019-08-23"], "2019-07-04", JK, "the controls in force, 'sinds 4 juli'")
ev(a, R, "condemnation", "occurred",
   ["de regering van president Moon Jae-in beschouwt de maatregel als vergelding"],
   ["2019-07-01", "2019-08-23"], None, ["KOR", "JPN"], "Seoul's accusation, standing since July")
ev(a, O, "agreement", "occurred",
   ["met het verdrag over normalisering van de betrekkingen definitief is geregeld"],
   ["1965-01-01", "1965-12-31"], "1965-06-22", JK, "the 1965 treaty, background, optional")
ev(a, R, "sanction", "occurred",
   ["Op 2 augustus besloot de Japanse regering Zuid-Korea van de zogeheten witte lijst te halen"],
   "2019-08-02", "2019-08-02", JK, "the decision")
ev(a, O, "sanction", "planned",
   ["Dat besluit gaat op 28 augustus in"],
   "2019-08-28", "2019-08-28", JK, "taking effect, optional")
ev(a, R, "sanction", "planned",
   ["Tien dagen later kondigde Zuid-Korea een soortgelijke stap aan"],
   "2019-08-12", "2019-08-12", ["KOR", "JPN"], "'tien dagen later' than 2 August")
ev(a, R, "condemnation", "occurred",
   ["beschuldigde de Koreaanse delegatie Japan ervan de handelsregels te misbruiken voor politieke doeleinden"],
   ["2019-07-01", "2019-07-31"], "2019-07-24", ["KOR", "JPN", "WTO"], "'in juli', WTO General Council")
ev(a, N, ["demand", "condemnation", "sanction"], "negated",
   ["Een formele klacht heeft Zuid-Korea nog niet ingediend"],
   None, None, ["KOR", "WTO"], "no formal WTO complaint yet")
ev(a, R, "sanction", "planned",
   ["Gisteren maakte Seoel bekend dat het GSOMIA niet verlengt"],
   "2019-08-22", "2019-08-22", ["KOR", "JPN"], "notice to end the pact (announcement: planned, dated by the announcement)")
ev(a, O, "sanction", "planned",
   ["Het pact loopt daardoor in november af"],
   ["2019-11-01", "2019-11-30"], "2019-11-23", ["KOR", "JPN"], "expiry, optional")
ev(a, O, "agreement", "occurred",
   ["het verdrag uit 2016 waarmee beide landen militaire inlichtingen over Noord-Korea uitwisselen"],
   ["2016-01-01", "2016-12-31"], "2016-11-23", JK, "GSOMIA signed 2016, optional")
ev(a, R, "condemnation", "occurred",
   ["De Verenigde Staten, bondgenoot van allebei, betreurden dat besluit"],
   ["2019-08-22", "2019-08-23"], "2019-08-22", ["USA", "KOR"], "regret = condemnation")
ev(a, R, "condemnation", "occurred",
   ["Tokio protesteerde bij de Zuid-Koreaanse ambassadeur"],
   ["2019-08-22", "2019-08-23"], None, JK, "after 'gisteren'")
ev(a, R, "talks", "occurred",
   ["Gesprekken tussen de ministers van Buitenlandse Zaken, Taro Kono en Kang Kyung-wha, leverden eerder deze week in Peking niets op"],
   ["2019-08-19", "2019-08-23"], "2019-08-21", JK, "'eerder deze week'")
ev(a, R, "talks", "occurred",
   ["Begin augustus zaten Kono en Kang ook al in Bangkok bij elkaar, samen met de Amerikaanse minister Mike Pompeo, zonder toenadering"],
   ["2019-08-01", "2019-08-10"], "2019-08-02", ["JPN", "KOR", "USA"], "'begin augustus'")
ev(a, R, "proposal", "occurred",
   ["Moon zei in zijn toespraak op 15 augustus, de dag van de bevrijding, dat Seoel de hand blijft uitsteken als Tokio wil praten"],
   "2019-08-15", "2019-08-15", ["KOR", "JPN"], "offer to talk = proposal")
ev(a, N, "summit", "negated",
   ["Een top van Moon en de Japanse premier Shinzo Abe staat niet op de agenda"],
   None, None, ["KOR", "JPN"], "no summit")
ev(a, N, "sanction", "negated",
   ["Mocht Japan de lijst van vergunningplichtige stoffen uitbreiden"],
   None, None, JK, "conditional")
# ---------------------------------------------------------------- 03 Language column: Tiergarten murder, expulsions, 2019-12-14 (Sat)
a = "d23_03_taalrubriek_persona_non_grata"
DR = ["DEU", "RUS"]
ev(a, R, "sanction", "occurred",
   ["Duitsland verklaarde twee medewerkers van de Russische ambassade in Berlijn tot persona non grata"],
   "2019-12-04", "2019-12-04", DR, "'vorige week woensdag' carried by 'Het begon'")
ev(a, R, "condemnation", "occurred",
   ["De Duitse regering verweet Moskou dat het onvoldoende meewerkte aan het onderzoek"],
   "2019-12-04", "2019-12-04", DR)
ev(a, R, "condemnation", "occurred",
   ["Moskou noemde het Duitse besluit ongegrond"],
   ["2019-12-04", "2019-12-05"], "2019-12-04", ["RUS", "DEU"])
ev(a, R, "warning", "occurred",
   ["kondigde meteen aan dat er een antwoord zou komen"],
   ["2019-12-04", "2019-12-05"], "2019-12-04", ["RUS", "DEU"], "announced countermeasures = threat")
ev(a, R, "sanction", "occurred",
   ["Die kwam er donderdag", "Rusland zette twee Duitse diplomaten het land uit"],
   "2019-12-12", "2019-12-12", ["RUS", "DEU"], "'donderdag' in the previous sentence")
ev(a, R, "condemnation", "occurred",
   ["Berlijn vond die stap niet gerechtvaardigd"],
   ["2019-12-12", "2019-12-14"], "2019-12-12", DR)
ev(a, R, "talks", "occurred",
   ["Tussendoor zaten de Russische president Vladimir Poetin en bondskanselier Angela Merkel maandag in Parijs samen aan tafel"],
   "2019-12-09", "2019-12-09", ["RUS", "DEU"])
ev(a, R, "summit", "occurred",
   ["Ze waren daar voor een top over Oost-Oekraïne met de Franse president Emmanuel Macron en de Oekraïense president Volodymyr Zelensky"],
   "2019-12-09", "2019-12-09", ["FRA", "DEU", "RUS", "UKR"], "Normandy summit, 'daar' and 'maandag' from the sentence before")
ev(a, R, "condemnation", "occurred",
   ["Na afloop noemde Poetin het slachtoffer een bloeddorstige strijder"],
   "2019-12-09", "2019-12-09", ["RUS"], "'na afloop' of Monday's summit")
ev(a, O, "demand", "occurred",
   ["Hij zei ook dat Rusland Duitsland ooit om zijn uitlevering had gevraagd"],
   None, None, DR, "claimed earlier request, undated, disputed: optional")
ev(a, R, "sanction", "occurred",
   ["In maart vorig jaar zette de regering twee Russische diplomaten het land uit"],
   ["2018-03-01", "2018-03-31"], "2018-03-26", ["NLD", "RUS"], "'in maart vorig jaar' = March 2018")
ev(a, O, "sanction", "occurred",
   ["Tientallen landen deden toen hetzelfde"],
   ["2018-03-01", "2018-03-31"], "2018-03-26", ["RUS"], "optional, no named actor")
ev(a, N, "sanction", "negated",
   ["Van maatregelen van de hele Europese Unie is in de Berlijnse zaak voorlopig geen sprake"],
   None, None, ["EU", "RUS"], "no EU measures")
ev(a, N, "sanction", "negated",
   ["Mocht het onderzoek aantonen dat de Russische staat achter de moord zit, dan zijn verdere stappen volgens Duitse politici niet uitgesloten"],
   None, None, DR, "conditional")
# ---------------------------------------------------------------- 04 Regional paper: Netherlands and Iran, EU sanctions, 2019-01-09 (Wed)
a = "d23_04_regio_almere_iran"
NI = ["NLD", "IRN"]
ev(a, R, "condemnation", "occurred",
   ["Kabinet: Iran zat waarschijnlijk achter moord in Almere",
    "Minister Stef Blok van Buitenlandse Zaken schreef gisteren aan de Tweede Kamer dat er sterke aanwijzingen zijn dat Iran betrokken was bij die moord",
    "Blok schrijft dat Nederland 'er ernstig rekening mee houdt' dat Iran achter beide moorden zit"],
   "2019-01-08", "2019-01-08", NI, "accusation in the letter of 'gisteren'")
ev(a, R, "sanction", "occurred",
   ["Uit de brief blijkt dat Nederland in juni vorig jaar al twee medewerkers van de Iraanse ambassade in Den Haag het land heeft uitgezet",
    "Dat gebeurde toen in stilte"],
   ["2018-06-01", "2018-06-30"], None, NI, "'in juni vorig jaar'")
ev(a, O, "talks", "occurred",
   ["en dat het kabinet dit ook rechtstreeks aan de Iraanse autoriteiten heeft laten weten"],
   None, None, NI, "undated démarche, optional")
ev(a, R, "sanction", "occurred",
   ["Diezelfde dag besloten de EU-landen in Brussel tot sancties tegen een afdeling van het Iraanse ministerie van Inlichtingen",
    "Hun tegoeden in Europa worden bevroren",
    "De afdeling waartegen de EU nu sancties heeft ingesteld"],
   "2019-01-08", "2019-01-08", ["EU", "IRN"], "'diezelfde dag' = 'gisteren'")
ev(a, R, "demand", "occurred",
   ["Nederland had daar, samen met Denemarken en Frankrijk, in Brussel om gevraagd"],
   None, None, ["NLD", "DNK", "FRA", "EU"], "earlier request, no date")
ev(a, R, "condemnation", "occurred",
   ["Denemarken beschuldigde Iran in oktober van een plan om op Deens grondgebied een Iraanse oppositieleider te vermoorden"],
   ["2018-10-01", "2018-10-31"], "2018-10-30", ["DNK", "IRN"], "'in oktober' (2018) in a January paper")
ev(a, R, "sanction", "occurred",
   ["Frankrijk bevroor in dezelfde maand tegoeden van de Iraanse inlichtingendienst"],
   ["2018-10-01", "2018-10-31"], "2018-10-02", ["FRA", "IRN"], "'in dezelfde maand' = October 2018")
ev(a, R, "condemnation", "occurred",
   ["Teheran verwerpt de beschuldigingen"],
   ["2019-01-08", "2019-01-09"], None, ["IRN", "NLD"], "rejection after the letter")
ev(a, R, "condemnation", "occurred",
   ["verweet de Europeanen juist dat zij zelf groepen onderdak bieden die hij terroristisch noemt"],
   ["2019-01-08", "2019-01-09"], None, ["IRN", "EU"])
ev(a, N, "sanction", "negated",
   ["De diplomatieke betrekkingen met Iran worden niet verbroken"],
   None, None, NI, "no break of relations")
ev(a, O, "agreement", "occurred",
   ["Nederland wil ook het atoomakkoord van 2015 overeind houden"],
   ["2015-01-01", "2015-12-31"], "2015-07-14", ["IRN", "EU", "USA"], "the JCPOA of 2015, optional")
ev(a, R, "sanction", "occurred",
   ["waaruit de Verenigde Staten vorig jaar stapten"],
   ["2018-01-01", "2018-12-31"], "2018-05-08", ["USA", "IRN"], "leaving a treaty = sanction (model convention)")
ev(a, O, ["proposal", "agreement"], "planned",
   ["Europa werkt aan een betalingskanaal waarmee bedrijven handel met Iran kunnen blijven drijven"],
   None, None, ["EU", "IRN"], "INSTEX in preparation, optional")
ev(a, N, "sanction", "negated",
   ["Als blijkt dat Iran nog meer aanslagen in Europa heeft voorbereid, moeten er volgens hen zwaardere sancties komen"],
   None, None, NI, "conditional")
# ---------------------------------------------------------------- 05 Radio news transcript: Bolivia breaks with Israel, 2023-11-01 (Wed)
a = "d23_05_radiojournaal_bolivia_israel"
ev(a, R, "sanction", "occurred",
   ["Bolivia verbreekt banden met Israël",
    "Bolivia heeft de diplomatieke betrekkingen met Israël verbroken",
    "De Boliviaanse onderminister van Buitenlandse Zaken zei daar dat de regering de banden verbreekt"],
   "2023-10-31", "2023-10-31", ["BOL", "ISR"], "'gisteren' in the correspondent's answer")
ev(a, R, "condemnation", "occurred",
   ["hij noemde het Israëlische offensief agressief en buiten alle proporties"],
   "2023-10-31", "2023-10-31", ["BOL", "ISR"])
ev(a, R, "demand", "occurred",
   ["De regering van president Luis Arce vraagt ook dat de aanvallen op Gaza stoppen en dat er hulp naar binnen mag"],
   "2023-10-31", "2023-10-31", ["BOL", "ISR"])
ev(a, R, "sanction", "occurred",
   ["In 2009 verbrak de toenmalige president Evo Morales de banden ook al"],
   ["2009-01-01", "2009-12-31"], "2009-01-14", ["BOL", "ISR"])
ev(a, O, "agreement", "occurred",
   ["Onder de conservatieve interim-presidente Jeanine Áñez werden ze later hersteld"],
   None, None, ["BOL", "ISR"], "restored relations, undated, optional")
ev(a, R, "sanction", "occurred",
   ["De Chileense president Gabriel Boric liet gisteren weten dat hij de ambassadeur terugroept"],
   "2023-10-31", "2023-10-31", ["CHL", "ISR"], "recall = sanction (model convention)")
ev(a, R, "condemnation", "occurred",
   ["Boric veroordeelde in een verklaring wat hij noemde onaanvaardbare schendingen van het internationaal humanitair recht"],
   "2023-10-31", "2023-10-31", ["CHL", "ISR"])
ev(a, R, "sanction", "occurred",
   ["De Colombiaanse president Gustavo Petro deed een paar uur later hetzelfde",
    "Hij schreef op sociale media dat hij de ambassadeur terughaalt"],
   "2023-10-31", "2023-10-31", ["COL", "ISR"], "'een paar uur later'")
ev(a, R, "sanction", "occurred",
   ["Eerder deze maand zette Israël de uitvoer van veiligheidsmaterieel naar Colombia stop"],
   ["2023-10-01", "2023-10-31"], "2023-10-15", ["ISR", "COL"], "'eerder deze maand' said on 1 Nov means October; export stop = sanction")
ev(a, O, "condemnation", "occurred",
   ["na uitspraken van Petro waarin hij de Israëlische aanpak van Gaza vergeleek met de nazi's"],
   ["2023-10-01", "2023-10-31"], None, ["COL", "ISR"], "optional")
ev(a, R, "condemnation", "occurred",
   ["Het Israëlische ministerie van Buitenlandse Zaken reageerde fel op het besluit van Bolivia",
    "Het noemde de stap een overgave aan terrorisme en aan het regime in Iran"],
   ["2023-10-31", "2023-11-01"], "2023-10-31", ["ISR", "BOL"])
ev(a, R, "demand", "occurred",
   ["Van Chili en Colombia eiste Jeruzalem dat ze de aanslagen van Hamas van 7 oktober duidelijk veroordelen"],
   ["2023-10-31", "2023-11-01"], "2023-10-31", ["ISR", "CHL", "COL"])
ev(a, N, "sanction", "negated",
   ["Brazilië, het grootste land, heeft zijn ambassadeur niet teruggeroepen"],
   None, None, ["BRA", "ISR"], "no recall")
ev(a, O, "proposal", "occurred",
   ["Brazilië probeerde vorige maand als voorzitter van de VN-Veiligheidsraad juist te bemiddelen"],
   ["2023-10-01", "2023-10-31"], None, ["BRA", "UN"], "mediation, optional")
ev(a, N, "agreement", "negated",
   ["een Braziliaanse resolutie over humanitaire pauzes sneuvelde op een Amerikaans veto"],
   None, None, ["UN", "BRA", "USA"], "resolution not adopted")
ev(a, R, ["agreement", "demand"], "occurred",
   ["vrijdag nam de Algemene Vergadering van de Verenigde Naties met grote meerderheid een resolutie aan die oproept tot een humanitair bestand in Gaza"],
   "2023-10-27", "2023-10-27", ["UN"], "'vrijdag' in a Wednesday bulletin")
ev(a, O, "condemnation", "occurred",
   ["Israël en de Verenigde Staten stemden tegen"],
   "2023-10-27", "2023-10-27", ["ISR", "USA", "UN"], "optional")
# ---------------------------------------------------------------- 06 Defence staff magazine (month-only header): Blinken in Port Moresby, 2023-06
a = "d23_06_defensieblad_papoea"
UP = ["USA", "PNG"]
QUAD = ["USA", "JPN", "IND", "AUS"]
ev(a, R, "agreement", "occurred",
   ["Op 22 mei ondertekenden de Amerikaanse minister van Buitenlandse Zaken Antony Blinken en de minister van Defensie van Papoea-Nieuw-Guinea, Win Bakri Daki, een overeenkomst over samenwerking op defensiegebied"],
   "2023-05-22", "2023-05-22", UP)
ev(a, R, "agreement", "occurred",
   ["Tegelijk tekenden beide landen een afspraak waardoor Amerikaanse kustwachtschepen Papoea kunnen helpen illegale visserij op te sporen"],
   "2023-05-22", "2023-05-22", UP, "shiprider agreement, 'tegelijk'")
ev(a, O, "proposal", "occurred",
   ["Premier James Marape verdedigde het verdrag"],
   ["2023-05-22", "2023-06-30"], None, ["PNG"], "optional")
ev(a, R, "agreement", "planned",
   ["Het parlement van Papoea moet het verdrag nog goedkeuren"],
   None, None, ["PNG", "USA"], "ratification to come")
ev(a, N, ["summit", "talks"], "negated",
   ["Eigenlijk zou president Joe Biden zelf komen, als eerste zittende Amerikaanse president ooit",
    "Half mei zegde het Witte Huis die reis af"],
   None, None, UP, "Biden's visit called off")
ev(a, N, "summit", "negated",
   ["Ook de geplande top van de Quad, het overleg van de VS, Japan, India en Australië, in Sydney ging daardoor niet door"],
   None, None, QUAD, "Sydney Quad summit off")
ev(a, R, "summit", "occurred",
   ["De vier leiders zagen elkaar in plaats daarvan op 20 mei in Hiroshima"],
   "2023-05-20", "2023-05-20", QUAD)
ev(a, O, "summit", "occurred",
   ["aan de rand van de G7-top"],
   ["2023-05-19", "2023-05-21"], None, ["G7"], "G7 Hiroshima in passing, optional")
ev(a, O, "condemnation", "occurred",
   ["In Papoea viel de afzegging slecht"],
   ["2023-05-11", "2023-06-30"], None, ["PNG", "USA"], "optional")
ev(a, R, "talks", "occurred",
   ["Blinken sprak na de ondertekening ook met de leiders van een reeks eilandstaten"],
   "2023-05-22", "2023-05-22", UP, "'na de ondertekening' (22 May)")
ev(a, R, "proposal", "occurred",
   ["beloofde dat Washington meer aandacht aan de regio zal geven, onder meer met nieuwe ambassades"],
   "2023-05-22", "2023-05-22", ["USA"], "pledge")
ev(a, R, "summit", "occurred",
   ["De Indiase premier Narendra Modi leidde samen met Marape een top van India en de eilandstaten in de Stille Oceaan"],
   "2023-05-22", "2023-05-22", ["IND", "PNG"], "'dezelfde dag' as the signing")
ev(a, O, "talks", "occurred",
   ["Marape begroette hem op het vliegveld zeer hartelijk"],
   ["2023-05-21", "2023-05-22"], "2023-05-21", ["PNG", "IND"], "optional")
ev(a, R, "talks", "occurred",
   ["Daarna spraken Modi en Marape ook onder vier ogen over handel en gezondheidszorg"],
   "2023-05-22", "2023-05-22", ["IND", "PNG"], "'daarna', same day")
ev(a, R, ["delivery", "proposal"], "planned",
   ["Modi beloofde de eilanden hulp bij gezondheidszorg en klimaatbeleid"],
   None, None, ["IND", "PNG"], "pledge, no delivery date")
ev(a, R, "warning", "occurred",
   ["Peking waarschuwde landen in de regio om geen 'geopolitieke spelletjes' toe te laten"],
   ["2023-05-22", "2023-06-30"], None, ["CHN", "PNG", "USA"], "after the signing, up to the end of the header month")
ev(a, O, "demand", "occurred",
   ["Het Chinese ministerie van Buitenlandse Zaken zei dat samenwerking niet tegen derden gericht mag zijn"],
   ["2023-05-22", "2023-06-30"], None, ["CHN", "USA"], "optional")
ev(a, R, "agreement", "occurred",
   ["China sloot in april 2022 een veiligheidsakkoord met de Salomonseilanden"],
   ["2022-04-01", "2022-04-30"], "2022-04-19", ["CHN", "SLB"])
ev(a, O, "talks", "occurred",
   ["Australië, dat zelf met Papoea over een veiligheidsverdrag praat"],
   ["2023-06-01", "2023-06-30"], None, ["AUS", "PNG"], "ongoing, optional")
ev(a, O, "warning", "occurred",
   ["kunnen Amerikaanse toestellen vanuit Papoea opereren, waarschuwen critici"],
   ["2023-05-22", "2023-06-30"], None, ["PNG", "USA"], "critics' warning about a hypothetical, optional")
# ---------------------------------------------------------------- 07 Memoir excerpt: Biden and Xi in Hanoi, 2024-01-20 (Sat)
a = "d23_07_memoires_hanoi"
UV = ["USA", "VNM"]
CV = ["CHN", "VNM"]
ev(a, R, "agreement", "occurred",
   ["Die werden pas een jaar later hersteld, onder president Bill Clinton"],
   ["1995-01-01", "1995-12-31"], "1995-07-11", UV, "'een jaar later' than 1994")
ev(a, R, ["summit", "talks"], "occurred",
   ["Op zondag 10 september landde Joe Biden in Hanoi",
    "Diezelfde middag zat hij tegenover Nguyen Phu Trong, de secretaris-generaal van de partij"],
   "2023-09-10", "2023-09-10", UV)
ev(a, O, "summit", "occurred",
   ["rechtstreeks van de G20-top in New Delhi"],
   ["2023-09-09", "2023-09-10"], None, ["G20", "IND"], "in passing, optional")
ev(a, R, "agreement", "occurred",
   ["De twee maakten bekend dat hun landen voortaan een 'alomvattend strategisch partnerschap' hebben"],
   "2023-09-10", "2023-09-10", UV)
ev(a, R, ["agreement", "sanction"], "occurred",
   ["in mei 2016, had Barack Obama in Hanoi het Amerikaanse wapenembargo tegen Vietnam opgeheven"],
   ["2016-05-01", "2016-05-31"], "2016-05-23", UV, "lifting an embargo (reversal = agreement, model convention; sanction also accepted)")
ev(a, R, "agreement", "occurred",
   ["Tien jaar eerder, in 2013, waren de VS nog maar 'alomvattende partner' geworden"],
   ["2013-01-01", "2013-12-31"], "2013-07-25", UV)
ev(a, R, "talks", "occurred",
   ["Een dag later sprak Biden met premier Pham Minh Chinh en met president Vo Van Thuong"],
   "2023-09-11", "2023-09-11", UV)
ev(a, O, "proposal", "occurred",
   ["Biden benadrukte dat hij China niet wilde indammen"],
   "2023-09-11", "2023-09-11", ["USA", "CHN"], "optional")
ev(a, N, "agreement", "negated",
   ["Een bondgenootschap met Washington zat er dus nooit in"],
   None, None, UV, "no alliance")
ev(a, R, ["summit", "talks"], "occurred",
   ["Op 12 en 13 december was de Chinese president Xi Jinping in Hanoi",
    "Trong ontving hem met dezelfde egards als Biden"],
   ["2023-12-12", "2023-12-13"], "2023-12-12", CV, "date range")
ev(a, R, "agreement", "occurred",
   ["De twee partijleiders spraken af te werken aan een 'gemeenschap met een gedeelde toekomst'"],
   ["2023-12-12", "2023-12-13"], "2023-12-12", CV)
ev(a, R, "agreement", "occurred",
   ["Ministers tekenden tientallen samenwerkingsakkoorden"],
   ["2023-12-12", "2023-12-13"], "2023-12-12", CV)
ev(a, R, "agreement", "occurred",
   ["Tussen die twee bezoeken in, eind november, tilde Vietnam ook de band met Japan naar het hoogste niveau"],
   ["2023-11-21", "2023-11-30"], "2023-11-27", ["VNM", "JPN"], "'eind november'")
ev(a, R, "agreement", "occurred",
   ["Een jaar eerder had Zuid-Korea die status al gekregen, tijdens een bezoek van de Vietnamese president aan Seoel"],
   ["2022-01-01", "2022-12-31"], "2022-12-05", ["VNM", "KOR"], "'een jaar eerder' than November 2023")
ev(a, R, ["proposal", "agreement"], "occurred",
   ["Ze beloofden de geschillen met overleg op te lossen"],
   ["2023-12-12", "2023-12-13"], None, CV)
# ---------------------------------------------------------------- 08 Correspondent's social-media thread: South American summit in Brasília, 2023-05-31 (Wed)
a = "d23_08_draad_brasilia"
SA = ["BRA", "VEN", "CHL", "URY", "ARG", "COL"]
ev(a, R, "summit", "occurred",
   ["Draadje van onze correspondent: Lula's top in Brasília",
    "Gisteren zaten hier voor het eerst in bijna tien jaar bijna alle Zuid-Amerikaanse presidenten samen aan één tafel"],
   "2023-05-30", "2023-05-30", ["BRA", "VEN", "CHL", "URY"], "'gisteren' (the thread is bundled on 31 May)")
ev(a, R, ["talks", "summit"], "occurred",
   ["Maandag ontving Lula de Venezolaanse president Nicolás Maduro met alle eer in het Planalto-paleis"],
   "2023-05-29", "2023-05-29", ["BRA", "VEN"])
ev(a, O, "sanction", "occurred",
   ["Onder Lula's voorganger Bolsonaro mocht hij het land niet eens in"],
   None, None, ["BRA", "VEN"], "entry ban in the past, undated, optional")
ev(a, R, "proposal", "occurred",
   ["Na dat gesprek zei Lula dat Venezuela het slachtoffer is van een 'narratief' over gebrek aan democratie en autoritarisme"],
   "2023-05-29", "2023-05-29", ["BRA", "VEN"], "support (model convention: proposal)")
ev(a, R, "condemnation", "occurred",
   ["Lula hekelde ook de Amerikaanse sancties tegen Venezuela"],
   "2023-05-29", "2023-05-29", ["BRA", "USA"])
ev(a, O, "sanction", "occurred",
   ["de Amerikaanse sancties tegen Venezuela"],
   None, None, ["USA", "VEN"], "standing sanctions in passing, optional")
ev(a, R, "condemnation", "occurred",
   ["zei de Chileense president Gabriel Boric dat de schendingen van mensenrechten in Venezuela geen verzinsel zijn maar een ernstige werkelijkheid"],
   "2023-05-30", "2023-05-30", ["CHL", "VEN", "BRA"])
ev(a, R, "condemnation", "occurred",
   ["Ook de Uruguayaanse president Luis Lacalle Pou nam geen blad voor de mond"],
   "2023-05-30", "2023-05-30", ["URY", "VEN", "BRA"], "date carried from post 4")
ev(a, R, "agreement", "occurred",
   ["Toch kwam er een slotverklaring, de 'consensus van Brasília'",
    "De leiders spraken af de samenwerking in de regio nieuw leven in te blazen"],
   "2023-05-30", "2023-05-30", ["BRA", "VEN", "CHL", "URY"])
ev(a, R, "talks", "planned",
   ["de ministers van Buitenlandse Zaken moeten binnen 120 dagen bijeenkomen en een stappenplan voor integratie opstellen"],
   ["2023-05-30", "2023-09-27"], None, ["BRA", "VEN", "CHL", "URY"], "'binnen 120 dagen'")
ev(a, R, "proposal", "occurred",
   ["Lula had zelf voorgesteld om Unasur, de Unie van Zuid-Amerikaanse Naties, weer op te starten"],
   ["2023-05-29", "2023-05-30"], None, ["BRA"], "before/at the summit")
ev(a, N, "agreement", "negated",
   ["Een besluit om de organisatie nieuw leven in te blazen, kwam er niet"],
   None, None, ["BRA", "VEN", "CHL", "URY"], "no decision on Unasur")
ev(a, N, ["summit", "talks"], "negated",
   ["De Peruaanse presidente Dina Boluarte kwam niet naar Brasília"],
   None, None, ["PER", "BRA"], "did not come")
ev(a, O, "talks", "occurred",
   ["haar premier nam haar plaats in"],
   "2023-05-30", "2023-05-30", ["PER", "BRA"], "optional")
ev(a, O, "talks", "planned",
   ["Lula reist volgende maand naar Europa"],
   ["2023-06-01", "2023-06-30"], None, ["BRA"], "trip without named partner, optional")
# ---------------------------------------------------------------- 09 Tech newsletter: the Christchurch Call, Paris, 2019-05-16 (Thu)
a = "d23_09_technieuwsbrief_christchurch"
NF = ["NZL", "FRA"]
ev(a, R, "summit", "occurred",
   ["Gisteren kwamen in het Élysée in Parijs regeringsleiders en topmensen van techbedrijven bij elkaar op uitnodiging van de Franse president Emmanuel Macron en de Nieuw-Zeelandse premier Jacinda Ardern"],
   "2019-05-15", "2019-05-15", NF)
ev(a, R, "agreement", "occurred",
   ["De aanwezigen onderschreven de 'Christchurch Call', een oproep om terroristische en gewelddadig-extremistische inhoud van internet te weren",
    "Onder de ondertekenaars zijn Frankrijk, Nieuw-Zeeland, Canada, het Verenigd Koninkrijk, Jordanië, Noorwegen en de Europese Commissie"],
   "2019-05-15", "2019-05-15", ["NZL", "FRA", "CAN", "GBR", "EU"])
ev(a, O, "summit", "occurred",
   ["De Britse premier Theresa May en de Canadese premier Justin Trudeau waren er persoonlijk bij"],
   "2019-05-15", "2019-05-15", ["GBR", "CAN", "FRA"], "same summit, optional")
ev(a, N, "sanction", "negated",
   ["Wie zich er niet aan houdt, krijgt geen boete: sancties zijn niet voorzien"],
   None, None, NF, "no sanctions")
ev(a, R, "demand", "occurred",
   ["Ardern eiste tijdens de bijeenkomst dat de platforms hun verantwoordelijkheid nemen"],
   "2019-05-15", "2019-05-15", ["NZL"])
ev(a, O, ["condemnation", "proposal"], "occurred",
   ["Macron noemde het een eerste stap en zei dat zelfregulering alleen niet genoeg is"],
   "2019-05-15", "2019-05-15", ["FRA"], "optional")
ev(a, N, "agreement", "negated",
   ["De Verenigde Staten hebben de oproep niet ondertekend"],
   None, None, ["USA"], "US did not sign")
ev(a, R, "proposal", "occurred",
   ["Het Witte Huis liet weten de doelen te steunen"],
   ["2019-05-15", "2019-05-16"], None, ["USA"], "support without signing (support = proposal, model convention)")
ev(a, R, "summit", "planned",
   ["Eerder komt het onderwerp al terug op de G20-top in het Japanse Osaka, eind juni"],
   ["2019-06-21", "2019-06-30"], "2019-06-28", ["G20", "JPN"], "'eind juni'")
ev(a, R, "proposal", "planned",
   ["De Australische premier Scott Morrison heeft aangekondigd dat hij daar een voorstel doet voor een gezamenlijke verklaring van de twintig grootste economieën"],
   ["2019-06-21", "2019-06-30"], "2019-06-28", ["AUS", "G20"], "'daar' = Osaka, end of June")
ev(a, R, "proposal", "occurred",
   ["De Europese Commissie stelde in september vorig jaar al een verordening voor"],
   ["2018-09-01", "2018-09-30"], "2018-09-12", ["EU"])
ev(a, O, "agreement", "occurred",
   ["Het Europees Parlement stemde in april met aanpassingen in"],
   ["2019-04-01", "2019-04-30"], "2019-04-17", ["EU"], "optional")
ev(a, O, "talks", "planned",
   ["moeten de onderhandelingen met de lidstaten verder"],
   None, None, ["EU"], "after the elections, optional")
ev(a, R, ["summit", "talks"], "planned",
   ["Ardern en Macron willen in september, tijdens de Algemene Vergadering van de VN in New York, opnieuw met de ondertekenaars bijeenkomen"],
   ["2019-09-01", "2019-09-30"], "2019-09-23", ["NZL", "FRA", "UN"])
# ---------------------------------------------------------------- 10 News-literacy column: France recalls its ambassador from Italy, 2019-02-16 (Sat)
a = "d23_10_hoewijverslaan_frankrijk_italie"
FI = ["FRA", "ITA"]
ev(a, R, "sanction", "occurred",
   ["Hoe wij dit verslaan: 'teruggeroepen' is nog geen breuk",
    "Frankrijk roept zijn ambassadeur in Italië terug",
    "Het Franse ministerie van Buitenlandse Zaken maakte die donderdag bekend dat ambassadeur Christian Masset naar Parijs kwam 'voor overleg'"],
   "2019-02-07", "2019-02-07", FI, "'vorige week donderdag'; recall = sanction")
ev(a, N, "sanction", "negated",
   ["Een kop als 'Frankrijk verbreekt banden met Italië' zou dus feitelijk onjuist zijn geweest"],
   None, None, FI, "trap: no break of relations")
ev(a, N, "sanction", "negated",
   ["Italië riep zijn eigen ambassadeur in Parijs niet terug"],
   None, None, ["ITA", "FRA"], "no counter-recall")
ev(a, N, "sanction", "negated",
   ["Als Parijs de betrekkingen echt had verbroken, hadden we dat woord natuurlijk wel gebruikt"],
   None, None, FI, "counterfactual")
ev(a, R, "condemnation", "occurred",
   ["In de verklaring verweet Parijs de Italiaanse regering dat zij al maanden telkens nieuwe beschuldigingen en aanvallen zonder grond uitte"],
   "2019-02-07", "2019-02-07", FI)
ev(a, O, "talks", "occurred",
   ["De aanleiding was een bezoek dat de Italiaanse vicepremier Luigi Di Maio twee dagen eerder had gebracht aan leiders van de gele hesjes in Frankrijk"],
   "2019-02-05", "2019-02-05", ["ITA", "FRA"], "meeting with protest leaders, not a state: optional")
ev(a, R, "condemnation", "occurred",
   ["Volgens Parijs was dat een onaanvaardbare provocatie"],
   "2019-02-07", "2019-02-07", FI)
ev(a, R, "sanction", "occurred",
   ["Op 21 januari had Frankrijk de Italiaanse ambassadeur al op het matje geroepen"],
   "2019-01-21", "2019-01-21", FI, "summons = sanction (model convention)")
ev(a, R, "condemnation", "occurred",
   ["nadat Di Maio Parijs had beschuldigd Afrika arm te houden"],
   ["2019-01-01", "2019-01-21"], "2019-01-20", ["ITA", "FRA"], "before 21 January")
ev(a, R, "condemnation", "occurred",
   ["Vicepremier Matteo Salvini zei in dezelfde weken dat hij hoopte dat de Fransen zich snel van hun president zouden bevrijden"],
   ["2019-01-01", "2019-01-31"], None, ["ITA", "FRA"], "'in dezelfde weken' = January 2019")
ev(a, R, "talks", "occurred",
   ["Eerder deze week spraken Macron en de Italiaanse president Sergio Mattarella telefonisch met elkaar"],
   ["2019-02-11", "2019-02-15"], None, FI, "'eerder deze week' in a Saturday paper")
ev(a, R, "agreement", "occurred",
   ["Gisteren keerde Masset terug op zijn post in Rome"],
   "2019-02-15", "2019-02-15", FI, "reversal of the recall = agreement (model convention)")
ev(a, R, "proposal", "occurred",
   ["Hij bracht een uitnodiging van Macron voor Mattarella mee voor een bezoek aan Frankrijk"],
   "2019-02-15", "2019-02-15", FI, "invitation = proposal")
ev(a, O, "talks", "planned",
   ["een bezoek aan Frankrijk"],
   None, None, ["ITA", "FRA"], "the invited visit, optional")
# ---------------------------------------------------------------- 11 Interview: Zaghari-Ratcliffe and Ashoori released, UK debt paid, 2022-03-18 (Fri)
a = "d23_11_interview_zaghari_ratcliffe"
GI = ["GBR", "IRN"]
ev(a, O, "agreement", "occurred",
   ["Woensdag mocht ze Iran verlaten, samen met de Brits-Iraanse ingenieur Anoosheh Ashoori"],
   "2022-03-16", "2022-03-16", ["IRN", "GBR"], "the release, part of a deal: optional")
ev(a, R, "delivery", "occurred",
   ["Tegelijk betaalde Londen een oude schuld aan Teheran",
    "Omdat de Britten eindelijk betaalden",
    "De Britse minister van Buitenlandse Zaken Liz Truss bevestigde woensdag dat het bedrag is voldaan"],
   "2022-03-16", "2022-03-16", GI, "money paid = delivery; 'tegelijk' with Wednesday's release")
ev(a, O, "agreement", "occurred",
   ["In de jaren zeventig bestelde de sjah van Iran honderden Britse Chieftain-tanks en betaalde vooruit"],
   ["1970-01-01", "1979-12-31"], None, ["IRN", "GBR"], "the old order, optional")
ev(a, N, "delivery", "negated",
   ["Na de revolutie van 1979 werden de meeste nooit geleverd"],
   None, None, GI, "tanks never delivered")
ev(a, R, "demand", "occurred",
   ["Iran eist dat geld al decennia terug"],
   None, None, ["IRN", "GBR"], "'al decennia': no date")
ev(a, O, ["agreement", "condemnation"], "occurred",
   ["een internationaal scheidsgerecht gaf Teheran gelijk"],
   None, None, ["IRN", "GBR"], "arbitration, undated, optional")
ev(a, N, "delivery", "negated",
   ["Londen erkende de schuld, maar betaalde niet, onder meer vanwege de sancties"],
   None, None, GI, "long non-payment")
ev(a, R, "talks", "occurred",
   ["De Omanis hebben de afgelopen maanden tussen beide hoofdsteden heen en weer gereisd"],
   ["2021-12-01", "2022-03-18"], None, ["OMN", "GBR", "IRN"], "'de afgelopen maanden'")
ev(a, R, "demand", "occurred",
   ["Truss zei dat Londen blijft aandringen op zijn vrijlating"],
   ["2022-03-16", "2022-03-18"], None, GI)
ev(a, O, "condemnation", "occurred",
   ["De Amerikanen zijn daar boos over"],
   ["2022-03-16", "2022-03-18"], None, ["USA", "GBR"], "optional")
ev(a, N, "talks", "negated",
   ["In Wenen wordt voorlopig niet verder onderhandeld",
    "Die liggen op dit moment stil"],
   None, None, ["IRN", "USA", "EU"], "Vienna talks paused")
ev(a, R, "demand", "occurred",
   ["Begin deze maand eiste Moskou onverwacht garanties"],
   ["2022-03-01", "2022-03-10"], "2022-03-05", ["RUS", "USA"], "'begin deze maand'")
ev(a, N, "demand", "negated",
   ["Als Iran straks weer een Europeaan vastzet, zal het weer om iets vragen"],
   None, None, ["IRN"], "hypothetical")
ev(a, R, "proposal", "occurred",
   ["Premier Boris Johnson verwelkomde de vrijlating woensdag als goed nieuws"],
   "2022-03-16", "2022-03-16", ["GBR"], "welcome = proposal (model convention)")
# ---------------------------------------------------------------- 12 Diaspora radio transcript (Flemish): Macron in Kigali, 2021-05-28 (Fri)
a = "d23_12_diasporaradio_kigali"
FR = ["FRA", "RWA"]
ev(a, R, ["summit", "talks"], "occurred",
   ["Gisteren stond de Franse president Emmanuel Macron in Kigali",
    "Na hun gesprek in het presidentieel paleis gaven de twee een gezamenlijke persconferentie"],
   "2021-05-27", "2021-05-27", FR)
ev(a, R, ["agreement", "proposal"], "occurred",
   ["Hij heeft erkend dat Frankrijk een zware verantwoordelijkheid draagt"],
   "2021-05-27", "2021-05-27", FR, "recognition of responsibility (recognition = agreement, model convention)")
ev(a, O, "demand", "occurred",
   ["Hij vroeg wel de overlevenden om vergiffenis te schenken, als zij dat kunnen"],
   "2021-05-27", "2021-05-27", FR, "optional")
ev(a, R, "proposal", "occurred",
   ["Kagame noemde de toespraak een daad van grote moed"],
   "2021-05-27", "2021-05-27", ["RWA", "FRA"], "praise = proposal (model convention for welcomes)")
ev(a, N, "demand", "negated",
   ["Een formeel verzoek om excuses heeft Kagame nooit gedaan"],
   None, None, ["RWA", "FRA"], "no demand for an apology")
ev(a, R, "agreement", "planned",
   ["Macron kondigde aan dat Frankrijk binnenkort opnieuw een ambassadeur in Kigali benoemt"],
   "2021-05-27", "2021-05-27", FR, "announced, dated by the announcement (model convention)")
ev(a, R, ["delivery", "proposal"], "planned",
   ["Hij beloofde ook honderdduizend doses coronavaccin voor Rwanda"],
   None, None, FR, "pledge, no delivery date")
ev(a, R, "sanction", "occurred",
   ["Rwanda verbrak in 2006 zelfs alle diplomatieke banden met Parijs"],
   ["2006-01-01", "2006-12-31"], "2006-11-24", ["RWA", "FRA"])
ev(a, R, "agreement", "occurred",
   ["In 2009 werden de banden hersteld"],
   ["2009-01-01", "2009-12-31"], "2009-11-29", FR)
ev(a, O, "condemnation", "occurred",
   ["In maart verscheen het rapport van de Franse historicus Vincent Duclert, dat Frankrijk zware verantwoordelijkheden toewees"],
   ["2021-03-01", "2021-03-31"], "2021-03-26", ["FRA"], "a historians' report, optional")
ev(a, R, "condemnation", "occurred",
   ["Daarin werd Frankrijk verweten de genocide mogelijk te hebben gemaakt"],
   ["2021-04-01", "2021-04-30"], "2021-04-19", ["RWA", "FRA"], "'een maand later' than March")
ev(a, R, "talks", "occurred",
   ["En vorige week was Kagame zelf nog in Parijs, voor twee internationale conferenties, waar hij ook met Macron sprak"],
   ["2021-05-17", "2021-05-23"], "2021-05-18", ["RWA", "FRA"], "'vorige week'")
ev(a, O, "condemnation", "occurred",
   ["En Ibuka, de vereniging van overlevenden, betreurde in Kigali dat er geen excuses kwamen"],
   ["2021-05-27", "2021-05-28"], None, FR, "non-state, optional")
ev(a, O, "proposal", "occurred",
   ["In april 2000 vroeg toenmalig premier Guy Verhofstadt in Kigali namens België om vergiffenis"],
   ["2000-04-01", "2000-04-30"], "2000-04-07", ["BEL", "RWA"], "apology, optional")
ev(a, R, "talks", "occurred",
   ["Hij is vandaag doorgereisd naar Zuid-Afrika, waar hij met president Cyril Ramaphosa spreekt"],
   "2021-05-28", "2021-05-28", ["FRA", "ZAF"], "'vandaag' in a Friday evening broadcast")
# ---------------------------------------------------------------- 13 Food column: Ruto's state visit to Washington, 2024-05-25 (Sat)
a = "d23_13_eetrubriek_staatsbanket_kenia"
UK_ = ["USA", "KEN"]
ev(a, R, ["summit", "talks"], "occurred",
   ["Donderdagavond zat de Keniaanse president William Ruto aan in het Witte Huis, als gast van president Joe Biden en first lady Jill Biden",
    "Het was het eerste staatsbezoek van een Afrikaanse leider aan Washington sinds 2008"],
   "2024-05-23", "2024-05-23", UK_, "the state visit and banquet, 'donderdagavond'")
ev(a, O, "summit", "occurred",
   ["Die donderdag begon met een ontvangst met militaire eer op het gazon van het Witte Huis"],
   "2024-05-23", "2024-05-23", UK_, "same visit, optional")
ev(a, R, "talks", "occurred",
   ["Daarna spraken Biden en Ruto in het Oval Office met elkaar"],
   "2024-05-23", "2024-05-23", UK_)
ev(a, R, "agreement", "planned",
   ["Daar maakte Biden bekend dat hij Kenia wil aanwijzen als belangrijke bondgenoot buiten de NAVO"],
   "2024-05-23", "2024-05-23", UK_, "announced designation (planned, dated by the announcement)")
ev(a, R, "proposal", "occurred",
   ["Kenia heeft aangeboden een internationale politiemissie te leiden"],
   None, None, ["KEN", "HTI"], "offer, undated")
ev(a, R, "proposal", "occurred",
   ["Biden prees Ruto daarvoor uitgebreid"],
   "2024-05-23", "2024-05-23", UK_, "praise = proposal (model convention)")
ev(a, R, ["delivery", "proposal"], "planned",
   ["en Washington zegde geld toe voor de missie"],
   None, None, ["USA", "KEN", "HTI"], "pledge, no date")
ev(a, N, "delivery", "negated",
   ["Amerikaanse soldaten gaan zelf niet naar Haïti"],
   None, None, ["USA", "HTI"], "no US troops")
ev(a, R, "agreement", "occurred",
   ["de twee presidenten spraken af daar samen aan te werken"],
   "2024-05-23", "2024-05-23", UK_)
ev(a, O, "demand", "occurred",
   ["Ruto vraagt al langer om een eerlijker financieel stelsel voor landen met hoge schulden"],
   None, None, ["KEN"], "ongoing, optional")
ev(a, N, "agreement", "negated",
   ["Een vrijhandelsakkoord tussen de Verenigde Staten en Kenia, waarover al sinds een paar jaar wordt gesproken, zit er voorlopig niet in"],
   None, None, UK_, "no trade agreement")
ev(a, O, "talks", "planned",
   ["Biden zei tegen de verzamelde pers dat hij in februari volgend jaar naar Afrika wil reizen"],
   ["2025-02-01", "2025-02-28"], None, ["USA"], "made conditional on re-election in the next sentence: optional")
ev(a, R, "talks", "occurred",
   ["Ruto was vorig jaar oktober nog in de Chinese hoofdstad, voor een forum over de Nieuwe Zijderoute"],
   ["2023-10-01", "2023-10-31"], "2023-10-17", ["KEN", "CHN"])
ev(a, O, "delivery", "occurred",
   ["China heeft in Kenia onder meer de spoorlijn van Mombasa naar Nairobi gefinancierd"],
   None, None, ["CHN", "KEN"], "background, optional")
# ---------------------------------------------------------------- 14 Readers' trip announcement (month-only header): Xi in Serbia and Hungary, 2024-05
a = "d23_14_lezersreis_belgrado_boedapest"
ev(a, O, "summit", "occurred",
   ["Begin deze maand bracht de Chinese president Xi Jinping een staatsbezoek aan Servië en Hongarije"],
   ["2024-05-01", "2024-05-10"], None, ["CHN", "SRB", "HUN"], "summary of both visits, optional")
ev(a, R, ["summit", "talks"], "occurred",
   ["In Parijs had hij eerder al met de Franse president Emmanuel Macron en Europees Commissievoorzitter Ursula von der Leyen om de tafel gezeten"],
   ["2024-05-01", "2024-05-07"], "2024-05-06", ["CHN", "FRA", "EU"], "'eerder' than the visit of 'begin deze maand'")
ev(a, R, "demand", "occurred",
   ["Macron drong er bij Xi op aan zijn invloed in Moskou te gebruiken om de oorlog in Oekraïne te beëindigen"],
   ["2024-05-01", "2024-05-07"], "2024-05-06", ["FRA", "CHN", "RUS"], "in Paris, before the visit of 'begin deze maand'")
ev(a, R, "talks", "occurred",
   ["Een dag later nam Macron zijn gast mee naar de Pyreneeën"],
   ["2024-05-02", "2024-05-08"], "2024-05-07", ["FRA", "CHN"], "'een dag later' than the Paris talks")
ev(a, R, "warning", "occurred",
   ["Von der Leyen waarschuwde hem daar dat Europa zich zal beschermen tegen goedkope Chinese producten die met staatssteun worden gemaakt"],
   ["2024-05-01", "2024-05-07"], "2024-05-06", ["EU", "CHN"], "'daar' = Paris")
ev(a, R, ["summit", "talks"], "occurred",
   ["Xi kwam er op 7 mei aan"],
   ["2024-05-07", "2024-05-08"], "2024-05-07", ["CHN", "SRB"], "visit to Belgrade, 7-8 May")
ev(a, O, "sanction", "occurred",
   ["precies 25 jaar nadat NAVO-bommen de Chinese ambassade in de stad troffen"],
   "1999-05-07", "1999-05-07", ["NATO", "CHN"], "strike in background (model: strikes are sanction), optional")
ev(a, R, "condemnation", "occurred",
   ["In een artikel in een Servische krant schreef hij dat China dat nooit zal vergeten"],
   ["2024-05-07", "2024-05-08"], "2024-05-07", ["CHN", "NATO"])
ev(a, R, "agreement", "occurred",
   ["De volgende dag ondertekenden Xi en de Servische president Aleksandar Vučić een verklaring over het bouwen van een 'gemeenschap met een gedeelde toekomst'"],
   "2024-05-08", "2024-05-08", ["CHN", "SRB"], "'de volgende dag' after 7 May")
ev(a, O, "proposal", "occurred",
   ["Vučić sprak van een stalen vriendschap"],
   ["2024-05-07", "2024-05-08"], None, ["SRB", "CHN"], "optional")
ev(a, R, "agreement", "occurred",
   ["Het vrijhandelsverdrag dat beide landen vorig najaar sloten"],
   ["2023-09-01", "2023-11-30"], "2023-10-17", ["CHN", "SRB"], "'vorig najaar'")
ev(a, O, "agreement", "planned",
   ["gaat in juli in"],
   ["2024-07-01", "2024-07-31"], "2024-07-01", ["CHN", "SRB"], "entry into force, optional")
ev(a, R, ["summit", "talks"], "occurred",
   ["Daarna reisde Xi door naar Boedapest",
    "Op 9 mei ontving premier Viktor Orbán hem met alle egards"],
   "2024-05-09", "2024-05-09", ["CHN", "HUN"])
ev(a, R, "agreement", "occurred",
   ["De twee regeringen spraken af hun banden op te waarderen tot een partnerschap 'voor alle weersomstandigheden'"],
   "2024-05-09", "2024-05-09", ["CHN", "HUN"])
ev(a, R, "agreement", "occurred",
   ["er werden zo'n achttien akkoorden getekend, onder meer over spoorwegen en kernenergie"],
   "2024-05-09", "2024-05-09", ["CHN", "HUN"])
ev(a, N, "talks", "negated",
   ["Een bezoek aan Brussel stond niet op Xi's programma"],
   None, None, ["CHN", "EU"], "no visit to Brussels")
# ---------------------------------------------------------------- 15-16 no-event articles: sentinels
TRAPS = {
    "d23_15_toneelrecensie_kopenhagen": [
        "Het stuk draait om een gesprek dat werkelijk heeft plaatsgevonden, maar waarvan niemand precies weet wat er gezegd is",
        "In september 1941 reisde de Duitse natuurkundige Werner Heisenberg naar het door Duitsland bezette Denemarken",
        "Wilde hij Bohr waarschuwen, wilde hij hem uithoren over een atoombom, of zocht hij vergeving?",
        "Frayn laat die ontmoeting drie keer opnieuw spelen",
        "Bohr vluchtte in 1943 naar Zweden en later naar Groot-Brittannië en de Verenigde Staten, waar hij het Manhattanproject bezocht",
        "Na de oorlog werd hij met andere Duitse geleerden een tijd vastgehouden op een landgoed in Engeland",
    ],
    "d23_16_puzzelpagina_stormnamen": [
        "Nederland doet sinds 2019 mee in een groep met het Verenigd Koninkrijk en Ierland",
        "De weerdiensten van die landen stellen elk jaar samen een lijst op",
        "Frankrijk, Spanje en Portugal vormen een andere groep, net als de Scandinavische landen",
        "De Britse weerdienst gaf voor delen van het land de zeldzame code rood af",
        "President Joe Biden bezocht daarna het getroffen gebied en beloofde de inwoners hulp van de federale overheid",
        "De Wereld Meteorologische Organisatie van de Verenigde Naties in Genève houdt die lijst voor de orkanen bij",
    ],
}
for a, note in [("d23_15_toneelrecensie_kopenhagen", "theatre review (Michael Frayn's Copenhagen, a fictitious Dutch company); traps: 'gesprek', 'reisde naar het bezette Denemarken', 'waarschuwen', 'ontmoeting', 'bezocht', 'vastgehouden'"),
                ("d23_16_puzzelpagina_stormnamen", "puzzle page background box (how storms are named); traps: countries 'in een groep', 'stellen samen een lijst op', 'code rood', Biden 'bezocht ... beloofde hulp' (domestic), the UN's WMO")]:
    ev(a, N, ALL, "negated", TRAPS[a], None, None, [],
       "NO-EVENT SENTINEL: article has no diplomatic event of its own; its trap sentences are listed; the line puts the article in scope so every other prediction in it counts as a false positive. " + note)

if __name__ == "__main__":
    goldkit.build(G, ROOT)
