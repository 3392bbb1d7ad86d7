"""Build gold.jsonl for dev6 and check every mention is a verbatim substring of its article.

Edit this script, not the JSONL. Run: python build_gold.py
"""
import pathlib, sys

ROOT = pathlib.Path(__file__).parent
sys.path.insert(0, str(ROOT.parent / "setkit"))  # the gold helper, checks and writing: tests/setkit/goldkit.py
import goldkit  # noqa: E402
from goldkit import ALL, N, O, R  # noqa: E402,F401

G, ev = goldkit.collector()

# ---------------------------------------------------------------- 01 Guyana-Venezuela in Argyle, 2023-12-15 (Fri), Starnieuws/DWT style
a = "d6_01_argyle_guyana_venezuela"
GV = ["GUY", "VEN"]
ev(a, R, ["summit", "talks"], "occurred",
   ["De twee staatshoofden kwamen bijeen in een zaal op de luchthaven van Argyle",
    "schoof als voorzitter van de CARICOM aan"],
   "2023-12-14", "2023-12-14", GV + ["VCT"], "Argyle meeting hosted by Gonsalves; date from 'donderdag' in the previous sentence")
ev(a, R, "agreement", "occurred",
   ["hebben donderdag op Sint Vincent en de Grenadines afgesproken dat zij elkaar in het conflict over de Essequibo-regio niet met geweld zullen bedreigen",
    "Na afloop werd de Gezamenlijke Verklaring van Argyle voorgelezen",
    "Beide landen beloven daarin hun geschillen volgens het internationaal recht op te lossen"],
   "2023-12-14", "2023-12-14", GV, "Joint Declaration of Argyle")
ev(a, R, "talks", "planned",
   ["Een gemengde commissie van de ministers van Buitenlandse Zaken en technici gaat de kwesties die de twee landen samen aanwijzen verder bespreken",
    "Die commissie moet binnen drie maanden rapporteren"],
   None, None, GV, "joint commission; 'binnen drie maanden' is a deadline (convention 5): null")
ev(a, R, ["summit", "talks"], "planned",
   ["De presidenten zelf willen elkaar binnen dezelfde termijn opnieuw treffen, dan in Brazilië"],
   None, None, GV + ["BRA"], "deadline, null; the meeting in Brazil never took place, so no true_date")
ev(a, N, ["talks", "proposal"], "negated",
   ["Over de grens zelf is in Argyle niet onderhandeld",
    "Ali had vooraf al duidelijk gemaakt dat Guyana over zijn grondgebied niet met Caracas in gesprek gaat"],
   "2023-12-14", None, GV, "no negotiation on the border; Guyana refuses")
ev(a, O, "demand", "occurred",
   ["Twee dagen eerder had het hof in Den Haag Venezuela nog opgedragen niets te doen wat de toestand ter plaatse verandert"],
   "2023-12-01", "2023-12-01", ["ICJ", "VEN"], "court order (provisional measures): a ruling, defensible either way; ICJ invented id")
ev(a, R, "condemnation", "occurred",
   ["Georgetown noemde die stappen een rechtstreekse bedreiging van de Guyanese soevereiniteit"],
   ["2023-12-03", "2023-12-15"], "2023-12-05", GV, "after the referendum of 3 December ('daarna'), before publication")
ev(a, R, "demand", "occurred",
   ["De regering-Ali vroeg de VN-Veiligheidsraad om zich over de zaak te buigen"],
   ["2023-12-03", "2023-12-10"], "2023-12-06", ["GUY", "UN"], "request came before the council met 'vorige week'")
ev(a, R, "talks", "occurred",
   ["en de raad besprak de kwestie vorige week achter gesloten deuren"],
   ["2023-12-04", "2023-12-10"], "2023-12-08", ["UN", "GUY", "VEN"], "UNSC closed consultations; 'vorige week' = ISO week before publication")
ev(a, R, "condemnation", "occurred",
   ["Caracas beschuldigde Guyana er op zijn beurt van het Amerikaanse leger naar de regio te halen"],
   ["2023-12-03", "2023-12-15"], "2023-12-07", ["VEN", "GUY", "USA"])
ev(a, O, ["proposal", "demand"], "occurred",
   ["De regeringsleiders van de gemeenschap spraken zich al eerder uit voor de territoriale integriteit van het buurland"],
   None, None, ["CARICOM", "GUY"], "statement of support; CARICOM invented id")

# ---------------------------------------------------------------- 02 Venezuela closes the border with the ABC islands, 2019-02-20 (Wed), Antilliaans Dagblad style
a = "d6_02_curacao_venezuela_grens"
ABC = ["VEN", "CUW", "ABW", "BES", "NLD"]
ev(a, R, "sanction", "occurred",
   ["Venezuela sluit grens met Curaçao, Aruba en Bonaire",
    "Venezuela heeft dinsdag alle lucht- en zeeverbindingen met Curaçao, Aruba en Bonaire verbroken",
    "Vliegtuigen en schepen uit de eilanden mogen voorlopig niet meer naar het buurland"],
   "2019-02-19", "2019-02-19", ABC, "border closure = reduce relations (dev5 convention 2); NLD listed as the Kingdom")
ev(a, R, "condemnation", "occurred",
   ["Caracas noemde de hulpgoederen een dekmantel voor een buitenlandse militaire interventie"],
   ["2019-02-19", "2019-02-20"], "2019-02-19", ["VEN", "USA", "CUW"], "undated; in the context of Tuesday's closure")
ev(a, R, "delivery", "planned",
   ["Het plan is dat Curaçao als doorvoerhaven gaat dienen: vanaf het eiland moeten de goederen per schip naar de Venezolaanse kust worden gebracht",
    "Wanneer de eerste lading komt, is nog onduidelijk",
    "plannen om op Curaçao een opslagplaats in te richten voor humanitaire hulp aan de Venezolaanse bevolking"],
   None, None, ["CUW", "USA", "VEN"], "aid hub; no delivery date")
ev(a, R, "delivery", "occurred",
   ["Een eerste grote hoeveelheid Amerikaanse hulpgoederen staat al sinds begin deze maand in het Colombiaanse Cúcuta"],
   ["2019-02-01", "2019-02-10"], "2019-02-07", ["USA", "COL", "VEN"], "aid arrived in Cúcuta")
ev(a, N, ["delivery"], "negated",
   ["Maduro weigert die zendingen het land in te laten"],
   None, None, ["VEN", "USA"], "aid refused entry")
ev(a, O, "demand", "occurred",
   ["Guaidó heeft de militairen opgeroepen de konvooien zaterdag door te laten"],
   None, None, ["VEN"], "domestic demand by the opposition to the army")
ev(a, R, "warning", "occurred",
   ["De Amerikaanse president Donald Trump waarschuwde maandag in Miami de Venezolaanse militairen dat zij alles zullen verliezen als zij Maduro blijven steunen"],
   "2019-02-18", "2019-02-18", ["USA", "VEN"])
ev(a, R, "sanction", "occurred",
   ["Eind vorige maand legden de Verenigde Staten al sancties op aan het staatsoliebedrijf PDVSA"],
   ["2019-01-21", "2019-01-31"], "2019-01-28", ["USA", "VEN"], "'eind vorige maand'")

# ---------------------------------------------------------------- 03 US-Cuba long read, 2016-03 (month only), magazine register
a = "d6_03_cuba_lange_weg_havana"
UC = ["USA", "CUB"]
ev(a, R, ["summit", "talks"], "occurred",
   ["Het regende toen de Air Force One op zondagmiddag 20 maart landde op het vliegveld José Martí",
    "Het gesprek dat Obama en Castro op maandag 21 maart in het Paleis van de Revolutie voerden"],
   ["2016-03-20", "2016-03-22"], "2016-03-21", UC, "state visit with the Obama-Castro meeting on 21 March; one event")
ev(a, R, "agreement", "occurred",
   ["17 december 2014, toen Barack Obama en Raúl Castro op hetzelfde uur, ieder vanuit de eigen hoofdstad, bekendmaakten dat hun landen de diplomatieke betrekkingen zouden herstellen"],
   "2014-12-17", "2014-12-17", UC, "announcement of restored relations with the prisoner exchange")
ev(a, R, "talks", "occurred",
   ["Aan die aankondiging gingen anderhalf jaar geheime besprekingen vooraf, grotendeels in Canada"],
   None, None, UC + ["CAN", "VAT"], "secret talks over 18 months: no single interval")
ev(a, R, "summit", "occurred",
   ["In het voorjaar van 2015, op de Top van de Amerika's in Panama"],
   ["2015-03-01", "2015-05-31"], "2015-04-10", UC + ["PAN"], "Summit of the Americas, named summit; 'in het voorjaar van 2015'")
ev(a, R, "talks", "occurred",
   ["zaten Obama en Castro voor het eerst echt tegenover elkaar, in een klein zaaltje waar de twee mannen ruim een uur spraken"],
   ["2015-03-01", "2015-05-31"], "2015-04-11", UC, "bilateral meeting at the summit: a separate event")
ev(a, O, "agreement", "occurred",
   ["In juli gingen de ambassades weer open"],
   ["2015-07-01", "2015-07-31"], "2015-07-20", UC, "embassies reopened: implementation, defensible either way")
ev(a, R, "talks", "occurred",
   ["op 14 augustus kwam minister John Kerry naar Havana om de Amerikaanse vlag te hijsen"],
   "2015-08-14", "2015-08-14", UC, "visit")
ev(a, R, "agreement", "occurred",
   ["Vorig jaar december werden onderhandelaars het eens over de hervatting van lijnvluchten"],
   ["2015-12-01", "2015-12-31"], "2015-12-17", UC, "'vorig jaar december' under a 2016-03 header")
ev(a, R, "agreement", "occurred",
   ["in februari zetten beide regeringen daar in Havana hun handtekening onder"],
   ["2016-02-01", "2016-02-29"], "2016-02-16", UC, "signing of the flights arrangement")
ev(a, R, "demand", "occurred",
   ["eiste Castro opnieuw dat Washington het handelsembargo opheft en de marinebasis Guantánamo teruggeeft"],
   "2016-03-21", "2016-03-21", ["CUB", "USA"], "press conference after the meeting of 21 March")
ev(a, O, "demand", "occurred",
   ["wilde hij eerst een lijst met namen zien"],
   "2016-03-21", "2016-03-21", ["CUB", "USA"], "rhetorical request for a list")
ev(a, O, "sanction", "occurred",
   ["Het embargo zelf blijft voorlopig staan"],
   None, None, ["USA", "CUB"], "standing embargo, no date")
ev(a, O, "demand", "occurred",
   ["Obama riep de Cubanen dinsdag in het Gran Teatro op hun eigen toekomst te bepalen"],
   "2016-03-22", "2016-03-22", ["USA", "CUB"], "call to the public; 'dinsdag' follows from 'maandag 21 maart' in the text")
ev(a, R, "condemnation", "occurred",
   ["Fidel Castro schreef eind maart in de partijkrant Granma dat Cuba geen geschenken van het imperium nodig heeft"],
   ["2016-03-21", "2016-03-31"], "2016-03-28", ["CUB", "USA"], "'eind maart'")

# ---------------------------------------------------------------- 04 Belarus / Ryanair, 2021-05-25 (Tue), DEN HAAG (ANP) web item
a = "d6_04_belarus_ryanair_sancties"
ev(a, R, "summit", "occurred",
   ["maandagavond tijdens een top in Brussel besloten"],
   "2021-05-24", "2021-05-24", ["EU"], "special European Council")
ev(a, R, "sanction", "occurred",
   ["EU sluit luchtruim voor Belarus na gedwongen landing Ryanair-toestel",
    "Vliegtuigen van Belarusiaanse maatschappijen mogen binnenkort niet meer in de Europese Unie landen of over EU-grondgebied vliegen"],
   "2021-05-24", "2021-05-24", ["EU", "BLR"], "airspace and airport ban decided Monday evening")
ev(a, R, "condemnation", "occurred",
   ["De leiders veroordeelden de actie van het regime van Aleksandr Loekasjenko in scherpe bewoordingen"],
   "2021-05-24", "2021-05-24", ["EU", "BLR"])
ev(a, R, "demand", "occurred",
   ["Zij eisen de onmiddellijke vrijlating van de journalist Roman Protasevitsj en zijn vriendin Sofia Sapega"],
   "2021-05-24", "2021-05-24", ["EU", "BLR"])
ev(a, O, "demand", "occurred",
   ["Europese luchtvaartmaatschappijen worden opgeroepen het Belarusiaanse luchtruim te mijden"],
   "2021-05-24", "2021-05-24", ["EU"], "call on EU carriers: part of the package or a demand; defensible either way")
ev(a, R, "sanction", "planned",
   ["Daarnaast komen er nieuwe strafmaatregelen tegen personen en bedrijven en gerichte economische sancties"],
   None, None, ["EU", "BLR"], "'zo snel mogelijk': no date; adopted in June")
ev(a, R, "demand", "occurred",
   ["Ook vragen de leiders de Internationale Burgerluchtvaartorganisatie ICAO om een spoedonderzoek"],
   "2021-05-24", "2021-05-24", ["EU", "ICAO"], "ICAO: invented id")
ev(a, R, "sanction", "occurred",
   ["Het Verenigd Koninkrijk trok maandag de vergunning van de nationale maatschappij Belavia in"],
   "2021-05-24", "2021-05-24", ["GBR", "BLR"])
ev(a, R, "condemnation", "occurred",
   ["De Amerikaanse president Joe Biden noemde de landing in een verklaring schandalig"],
   ["2021-05-23", "2021-05-25"], "2021-05-24", ["USA", "BLR"], "undated statement: window from the landing to publication")
ev(a, O, "talks", "occurred",
   ["zei dat zijn regering met de Europese bondgenoten naar passende maatregelen kijkt"],
   ["2021-05-23", "2021-05-25"], None, ["USA", "EU"])
ev(a, R, "condemnation", "occurred",
   ["Het Belarusiaanse ministerie van Buitenlandse Zaken wees de beschuldigingen uit de EU af als ongegrond en sprak van politieke stemmingmakerij"],
   ["2021-05-24", "2021-05-25"], None, ["BLR", "EU"], "present/perfect reaction, 2-day window")
ev(a, O, "demand", "occurred",
   ["Tichanovskaja riep de Europese leiders eerder op tot een harde reactie"],
   None, None, ["BLR", "EU"], "opposition leader, non-state")
ev(a, O, "sanction", "occurred",
   ["al drie keer sancties ingesteld tegen Belarusiaanse functionarissen"],
   ["2020-08-09", "2021-05-24"], None, ["EU", "BLR"], "three packages in one clause, background")

# ---------------------------------------------------------------- 05 AUKUS, France recalls ambassadors, 2021-09-20 (Mon), PARIJS (ANP/AFP)
a = "d6_05_aukus_frankrijk_ambassadeurs"
ev(a, R, "sanction", "occurred",
   ["Parijs riep vrijdagavond zijn ambassadeurs in Washington en Canberra terug voor overleg"],
   "2021-09-17", "2021-09-17", ["FRA", "USA", "AUS"], "recall of ambassadors (dev5 convention 2); 'voor overleg' is not talks")
ev(a, R, "agreement", "occurred",
   ["Aanleiding is het pact dat de VS, het Verenigd Koninkrijk en Australië woensdag aankondigden"],
   "2021-09-15", "2021-09-15", ["USA", "GBR", "AUS"], "AUKUS")
ev(a, N, ["delivery", "agreement"], "negated",
   ["Tegelijk zegde Canberra de bestelling van twaalf conventionele onderzeeërs bij het Franse Naval Group op"],
   "2021-09-15", None, ["AUS", "FRA"], "order cancelled: the submarines will not be delivered")
ev(a, O, "agreement", "occurred",
   ["Dat contract uit 2016 was tientallen miljarden euro's waard"],
   ["2016-01-01", "2016-12-31"], None, ["AUS", "FRA"], "background contract")
ev(a, R, "condemnation", "occurred",
   ["Minister van Buitenlandse Zaken Jean-Yves Le Drian sprak donderdag al van een dolksteek in de rug"],
   "2021-09-16", "2021-09-16", ["FRA", "AUS", "USA"])
ev(a, R, "condemnation", "occurred",
   ["in een televisie-interview zaterdagavond beschuldigde hij Australië en de VS van leugens, dubbelhartigheid en minachting",
    "Afgelopen weekend voerde hij de toon nog op"],
   "2021-09-18", "2021-09-18", ["FRA", "AUS", "USA"], "'afgelopen weekend' + 'zaterdagavond'")
ev(a, O, "condemnation", "occurred",
   ["zei zondag dat hij de teleurstelling begrijpt, maar geen spijt heeft"],
   "2021-09-19", "2021-09-19", ["AUS", "FRA"], "reply, not clearly a condemnation")
ev(a, R, ["talks", "summit"], "occurred",
   ["had hij zijn bezwaren tegen het Franse project in juni al bij een diner in Parijs met president Emmanuel Macron op tafel gelegd"],
   ["2021-06-01", "2021-06-30"], "2021-06-15", ["AUS", "FRA"], "Morrison-Macron dinner")
ev(a, R, ["talks", "proposal"], "planned",
   ["Biden om een telefoongesprek met Macron heeft gevraagd",
    "Dat gesprek vindt de komende dagen plaats"],
   ["2021-09-21", "2021-09-27"], "2021-09-22", ["USA", "FRA"], "'de komende dagen' = the 7 days after publication (dev6 convention)")
ev(a, O, "demand", "occurred",
   ["Frankrijk wil daarin opheldering over wat Attal een ernstige vertrouwenscrisis noemde"],
   "2021-09-19", None, ["FRA", "USA"])
ev(a, R, "condemnation", "occurred",
   ["Commissievoorzitter Ursula von der Leyen zei zondag in een interview met CNN dat een van de lidstaten op een onaanvaardbare manier is behandeld"],
   "2021-09-19", "2021-09-19", ["EU", "AUS", "USA"])
ev(a, R, "talks", "planned",
   ["De ministers van Buitenlandse Zaken van de EU komen maandag in New York bijeen"],
   "2021-09-20", "2021-09-20", ["EU", "FRA"], "later on the publication day: planned")
ev(a, O, ["warning", "condemnation"], "occurred",
   ["zei dat hij niet ziet hoe de EU Australië nog kan vertrouwen bij de onderhandelingen over een handelsverdrag"],
   ["2021-09-16", "2021-09-20"], None, ["FRA", "AUS", "EU"], "undated")
ev(a, O, "talks", "planned",
   ["Een nieuwe ronde staat voor oktober gepland"],
   ["2021-10-01", "2021-10-31"], None, ["EU", "AUS"], "trade round; postponed in reality, no true_date")

# ---------------------------------------------------------------- 06 Grain deal and strike on Odesa, 2022-07-24 (Sun), regional paper with web residue
a = "d6_06_graandeal_odesa_regionaal"
GR = ["UKR", "RUS", "TUR", "UN"]
ev(a, R, "agreement", "occurred",
   ["Een dag nadat Rusland en Oekraïne in Istanbul hun handtekening zetten onder afspraken over de export van graan",
    "De afspraken werden vrijdag in het Dolmabahçe-paleis in Istanbul getekend, in aanwezigheid van Erdogan en Guterres",
    "Beide landen tekenden een eigen document met Turkije en de Verenigde Naties"],
   "2022-07-22", "2022-07-22", GR, "Black Sea Grain Initiative (two mirror documents = one event)")
ev(a, R, "condemnation", "occurred",
   ["President Volodymyr Zelensky noemde de aanval barbaars"],
   ["2022-07-23", "2022-07-24"], "2022-07-23", ["UKR", "RUS"], "undated reaction to Saturday's strike")
ev(a, R, "condemnation", "occurred",
   ["Een woordvoerder van het Oekraïense ministerie van Buitenlandse Zaken verweet de Russische president Vladimir Poetin dat hij de Turkse president Erdogan en VN-chef António Guterres in het gezicht heeft gespuugd"],
   ["2022-07-23", "2022-07-24"], "2022-07-23", ["UKR", "RUS"])
ev(a, R, "condemnation", "occurred",
   ["Guterres veroordeelde de beschieting ondubbelzinnig, liet zijn woordvoerder weten"],
   ["2022-07-23", "2022-07-24"], "2022-07-23", ["UN", "RUS"], "the target is implicit; RUS from context")
ev(a, R, "condemnation", "occurred",
   ["Ook de Amerikaanse minister van Buitenlandse Zaken Antony Blinken haalde uit"],
   ["2022-07-23", "2022-07-24"], "2022-07-23", ["USA", "RUS"], "'volgens hem zaait de aanval ernstige twijfel' follows in the same sentence")
ev(a, O, "talks", "occurred",
   ["De Turkse minister van Defensie Hulusi Akar zei dat de Russen in een gesprek met Ankara hadden ontkend iets met de aanval te maken te hebben"],
   ["2022-07-23", "2022-07-24"], None, ["TUR", "RUS"])
ev(a, N, ["agreement"], "negated",
   ["Een rechtstreeks akkoord tussen Kyiv en Moskou kwam er overigens niet"],
   "2022-07-22", None, ["UKR", "RUS"], "no direct Ukraine-Russia agreement")
ev(a, R, "agreement", "occurred",
   ["Daarnaast sloten Rusland en de VN een aparte overeenkomst die de uitvoer van Russisch voedsel en kunstmest moet vergemakkelijken"],
   "2022-07-22", "2022-07-22", ["RUS", "UN"], "memorandum of understanding")
ev(a, R, "warning", "occurred",
   ["Oekraïne waarschuwde vrijdag al dat het bij elke provocatie onmiddellijk militair zal antwoorden"],
   "2022-07-22", "2022-07-22", ["UKR", "RUS"])

# ---------------------------------------------------------------- 07 Q&A: US leaves the Iran deal, 2018-05-10 (Thu)
a = "d6_07_vraag_antwoord_iran_akkoord"
P5 = ["IRN", "USA", "RUS", "CHN", "FRA", "GBR", "DEU", "EU"]
ev(a, R, "sanction", "occurred",
   ["Trump stapt uit het atoomakkoord met Iran",
    "De Verenigde Staten trekken zich terug uit het atoomakkoord met Iran",
    "kondigde aan dat de Amerikaanse sancties tegen Iran opnieuw worden ingevoerd"],
   "2018-05-08", "2018-05-08", ["USA", "IRN"], "withdrawal + reimposed sanctions as one event; 'dinsdagavond (Nederlandse tijd)'")
ev(a, R, "agreement", "occurred",
   ["Iran sloot op 14 juli 2015 in Wenen een akkoord met de Verenigde Staten, Rusland, China, Frankrijk, het Verenigd Koninkrijk en Duitsland"],
   "2015-07-14", "2015-07-14", P5, "JCPOA")
ev(a, O, "sanction", "occurred",
   ["In ruil daarvoor werden internationale sancties opgeschort"],
   None, None, ["UN", "EU", "USA", "IRN"], "lifting of sanctions: trap, optional")
ev(a, R, "warning", "occurred",
   ["Trump waarschuwde bovendien dat elk land dat Iran helpt bij zijn zoektocht naar kernwapens, zelf ook zwaar gestraft kan worden"],
   "2018-05-08", "2018-05-08", ["USA", "IRN"])
ev(a, R, "proposal", "occurred",
   ["Hij zei wel bereid te zijn om over een nieuw en beter akkoord te praten"],
   "2018-05-08", "2018-05-08", ["USA", "IRN"])
ev(a, R, "condemnation", "occurred",
   ["President Hassan Rouhani verweet de VS dat ze hun verplichtingen nooit serieus hebben genomen"],
   ["2018-05-08", "2018-05-09"], "2018-05-08", ["IRN", "USA"], "Rouhani spoke the same night (Iranian time 8 May); 2-day window")
ev(a, O, "proposal", "occurred",
   ["Iran blijft voorlopig in het akkoord, zei hij, als de andere landen garanderen dat Iran er nog steeds van profiteert"],
   ["2018-05-08", "2018-05-09"], None, ["IRN", "EU", "FRA", "GBR", "DEU", "RUS", "CHN"], "conditional stay")
ev(a, N, ["talks", "proposal"], "negated",
   ["Over een nieuw akkoord wil Teheran niet onderhandelen"],
   None, None, ["IRN", "USA"], "refusal to renegotiate")
ev(a, R, "talks", "planned",
   ["Minister van Buitenlandse Zaken Mohammad Javad Zarif gaat de komende dagen langs bij de overgebleven partners"],
   ["2018-05-11", "2018-05-17"], "2018-05-13", ["IRN", "CHN", "RUS", "EU", "FRA", "GBR", "DEU"], "'de komende dagen' = 7 days after publication; Beijing 13 May, Moscow 14, Brussels 15")
ev(a, O, "condemnation", "occurred",
   ["Frankrijk, Duitsland en het Verenigd Koninkrijk betreuren het besluit"],
   "2018-05-08", "2018-05-08", ["FRA", "DEU", "GBR", "USA"], "regret, not a clear condemnation")
ev(a, R, "demand", "occurred",
   ["Ze vroegen Washington om de uitvoering van het akkoord door de andere landen niet te hinderen"],
   "2018-05-08", "2018-05-08", ["FRA", "DEU", "GBR", "USA"], "E3 joint statement")
ev(a, O, "proposal", "occurred",
   ["EU-buitenlandchef Federica Mogherini zei dat de EU vastbesloten is het akkoord te behouden"],
   "2018-05-08", "2018-05-08", ["EU", "IRN"])
ev(a, R, "talks", "planned",
   ["De ministers van Buitenlandse Zaken van de drie landen ontmoeten Zarif begin volgende week in Brussel"],
   ["2018-05-14", "2018-05-15"], "2018-05-15", ["FRA", "DEU", "GBR", "IRN", "EU"], "'begin volgende week' = Mon-Tue")
ev(a, O, "demand", "occurred",
   ["De Israëlische premier Benjamin Netanyahu had al lang op een Amerikaanse terugtrekking aangedrongen"],
   None, None, ["ISR", "USA"], "standing demand, no date")

# ---------------------------------------------------------------- 08 Timestamped updates: Nagorno-Karabakh ceasefire, 2020-11-10 (Tue)
a = "d6_08_updates_karabach_bestand"
AAR = ["ARM", "AZE", "RUS"]
ev(a, R, "agreement", "occurred",
   ["Armenië, Azerbeidzjan en Rusland hebben gisteravond laat een akkoord getekend",
    "tekenden een verklaring van negen punten",
    "De Armeense premier schreef vannacht op Facebook dat hij een besluit had genomen"],
   ["2020-11-09", "2020-11-10"], "2020-11-09", AAR, "signed late on 9 Nov Dutch time, effective midnight Moscow time")
ev(a, O, "condemnation", "occurred",
   ["Aliyev zei gisteravond in een televisietoespraak dat Armenië gedwongen is te capituleren"],
   "2020-11-09", "2020-11-09", ["AZE", "ARM"], "triumph rather than condemnation")
ev(a, O, "demand", "occurred",
   ["Oppositiepartijen eisen het aftreden van Pasjinjan"],
   ["2020-11-09", "2020-11-10"], None, ["ARM"], "domestic demand")
ev(a, R, "proposal", "occurred",
   ["Azerbeidzjan heeft Rusland excuses aangeboden voor het neerhalen van een Russische militaire helikopter boven Armenië",
    "Bakoe noemde het een vergissing en bood Moskou een schadevergoeding aan"],
   ["2020-11-09", "2020-11-10"], "2020-11-09", ["AZE", "RUS"], "apology and offer of compensation")
ev(a, O, "agreement", "occurred",
   ["Het Kremlin aanvaardde de excuses"],
   ["2020-11-09", "2020-11-10"], None, ["RUS", "AZE"])
ev(a, R, "agreement", "planned",
   ["Volgens Ankara gaan Turkije en Rusland samen toezicht houden op het bestand vanuit een gezamenlijk centrum"],
   None, None, ["TUR", "RUS"], "joint monitoring centre (memorandum signed 11 Nov); no date in the text")
ev(a, N, ["delivery", "agreement"], "negated",
   ["Moskou liet weten dat er geen Turkse vredestroepen naar Karabach komen"],
   None, None, ["RUS", "TUR"], "troops are no type; kept negative so an 'agreement' on this sentence is an error")
ev(a, R, "agreement", "occurred",
   ["Op 10 oktober kwamen de ministers van Buitenlandse Zaken na tien uur praten in Moskou een humanitair bestand overeen"],
   "2020-10-10", "2020-10-10", AAR)
ev(a, R, "talks", "occurred",
   ["na tien uur praten in Moskou"],
   ["2020-10-09", "2020-10-10"], "2020-10-09", AAR, "talks overnight 9-10 October")
ev(a, R, "agreement", "occurred",
   ["Een tweede bestand een week later hield evenmin stand"],
   ["2020-10-17", "2020-10-17"], "2020-10-17", ["ARM", "AZE"], "'een week later' than 10 October")
ev(a, R, "talks", "occurred",
   ["Eind oktober ontving de Amerikaanse minister Mike Pompeo zijn Armeense en Azerbeidzjaanse collega's afzonderlijk in Washington"],
   ["2020-10-21", "2020-10-31"], "2020-10-23", ["USA", "ARM", "AZE"])
ev(a, R, "agreement", "occurred",
   ["waarna beide landen instemden met een bestand dat op 26 oktober inging"],
   ["2020-10-21", "2020-10-26"], "2020-10-25", ["ARM", "AZE", "USA"], "agreed after the Washington meetings, in force 26 Oct")
ev(a, R, "demand", "occurred",
   ["De Europese Unie roept alle partijen op zich aan het bestand te houden en de bevolking te beschermen"],
   "2020-11-10", "2020-11-10", ["EU", "ARM", "AZE"])
ev(a, O, "demand", "occurred",
   ["zei dat het akkoord nu de belangen van Armenië moet waarborgen"],
   "2020-11-10", None, ["FRA", "RUS", "AZE"], "French call, target not explicit")

# ---------------------------------------------------------------- 11 Colombia after the referendum, 2016-10-03 (Mon), wire item
a = "d6_11_colombia_referendum_farc"
CF = ["COL", "FARC"]
ev(a, N, ["agreement"], "negated",
   ["Een nipte meerderheid van de kiezers stemde tegen het vredesakkoord",
    "Colombianen zeggen nee tegen vredesakkoord"],
   "2016-10-02", None, CF, "ratification by referendum failed; an 'occurred agreement' on these sentences is an error")
ev(a, R, ["agreement", "proposal"], "occurred",
   ["President Juan Manuel Santos zei zondagavond in een toespraak dat het bilaterale staakt-het-vuren van kracht blijft"],
   "2016-10-02", "2016-10-02", CF, "pledge that the ceasefire stays; proposal accepted as type")
ev(a, R, "talks", "planned",
   ["Santos stuurt onderhandelaars naar Havana",
    "Hij stuurt zijn hoofdonderhandelaar Humberto de la Calle en vredescommissaris Sergio Jaramillo vandaag naar Havana om met de leiding van de FARC over de volgende stappen te praten"],
   "2016-10-03", "2016-10-03", CF + ["CUB"], "'vandaag' = publication day")
ev(a, O, ["talks", "proposal"], "planned",
   ["Ook wil hij alle politieke partijen bijeenroepen, en in het bijzonder de tegenstanders van het akkoord"],
   None, None, ["COL"], "domestic")
ev(a, R, "proposal", "occurred",
   ["verklaarde in Havana dat de beweging bereid blijft de oorlog te beëindigen en voortaan alleen woorden als wapen te gebruiken"],
   ["2016-10-02", "2016-10-03"], "2016-10-02", ["FARC", "COL"], "stated willingness")
ev(a, O, "demand", "occurred",
   ["Hij wil dat het akkoord wordt aangepast"],
   ["2016-10-02", "2016-10-03"], None, ["COL", "FARC"], "Uribe, opposition: domestic")
ev(a, O, "proposal", "occurred",
   ["Uribe zei wel open te staan voor een gesprek met de regering"],
   ["2016-10-02", "2016-10-03"], None, ["COL"], "domestic")
ev(a, O, "talks", "occurred",
   ["Het akkoord kwam tot stand na bijna vier jaar onderhandelen in Havana, met Cuba en Noorwegen als garantlanden"],
   None, None, CF + ["CUB", "NOR"], "four years of talks, no interval")
ev(a, R, "agreement", "occurred",
   ["Op 24 augustus presenteerden de delegaties daar de definitieve tekst"],
   "2016-08-24", "2016-08-24", CF)
ev(a, R, "agreement", "occurred",
   ["In juni spraken de regering en de rebellen in de Cubaanse hoofdstad al een definitief staakt-het-vuren af"],
   ["2016-06-01", "2016-06-30"], "2016-06-23", CF)
ev(a, R, "agreement", "occurred",
   ["Maandag 26 september zetten Santos en Timochenko in Cartagena hun handtekening onder het akkoord",
    "dat vorige week nog feestelijk werd ondertekend"],
   "2016-09-26", "2016-09-26", CF)
ev(a, O, "summit", "occurred",
   ["Onder de gasten waren VN-chef Ban Ki-moon, de Amerikaanse minister John Kerry en een reeks Latijns-Amerikaanse staatshoofden"],
   "2016-09-26", "2016-09-26", ["COL", "UN", "USA"], "signing ceremony with heads of state")
ev(a, O, "sanction", "occurred",
   ["De Europese Unie schortte de dag daarna de plaatsing van de FARC op haar terreurlijst op"],
   "2016-09-27", "2016-09-27", ["EU", "FARC"], "suspension of a listing: lifting a sanction, trap")

# ---------------------------------------------------------------- 12 Doha agreement US-Taliban, 2020-03-01 (Sun)
a = "d6_12_doha_vs_taliban"
UT = ["USA", "TALIBAN"]
ev(a, R, "agreement", "occurred",
   ["Een dag na de ondertekening van het akkoord tussen de Verenigde Staten en de Taliban",
    "Volgens het akkoord, dat zaterdag in de Qatarese hoofdstad Doha werd getekend",
    "De Amerikaanse gezant Zalmay Khalilzad en Taliban-leider Abdul Ghani Baradar zetten hun handtekening onder de tekst in een hotel in Doha",
    "Ghani zet vraagteken bij gevangenenruil uit akkoord VS en Taliban"],
   "2020-02-29", "2020-02-29", UT, "the headline names the agreement")
ev(a, N, ["agreement", "proposal"], "negated",
   ["De Afghaanse president Ashraf Ghani zei zondag dat zijn regering nooit heeft beloofd vijfduizend gevangen Taliban-strijders vrij te laten"],
   "2020-03-01", None, ["AFG", "TALIBAN"], "no commitment by Kabul")
ev(a, R, "talks", "planned",
   ["Op diezelfde dag zouden de Taliban en de Afghaanse regering rechtstreekse vredesonderhandelingen beginnen"],
   "2020-03-10", None, ["AFG", "TALIBAN"], "'diezelfde dag' = 10 March; they began only on 12 Sep, so no true_date")
ev(a, O, "condemnation", "occurred",
   ["Ghani zei dat een vrijlating geen voorwaarde kan zijn voor die gesprekken"],
   "2020-03-01", None, ["AFG", "TALIBAN"])
ev(a, R, "talks", "occurred",
   ["Minister van Buitenlandse Zaken Mike Pompeo was erbij en sprak ook met de Taliban-delegatie"],
   "2020-02-29", "2020-02-29", UT + ["QAT"], "date carried from the signing")
ev(a, O, "proposal", "occurred",
   ["De VS beloven hun troepenmacht binnen 135 dagen terug te brengen tot 8600 militairen",
    "De Taliban zeggen toe dat ze terreurgroepen als al-Qaida geen ruimte geven"],
   "2020-02-29", None, UT, "terms of the agreement; part of the agreement line, a separate pledge is defensible")
ev(a, R, "agreement", "occurred",
   ["Tegelijk legden de Amerikaanse minister van Defensie Mark Esper, NAVO-chef Jens Stoltenberg en Ghani in Kabul een gezamenlijke verklaring af"],
   "2020-02-29", "2020-02-29", ["USA", "NATO", "AFG"], "joint declaration in Kabul")
ev(a, R, ["talks", "summit"], "planned",
   ["zei zaterdag in Washington dat hij de Taliban-leiders in de niet al te verre toekomst persoonlijk wil ontmoeten"],
   None, None, UT, "never happened; no date")
ev(a, R, "warning", "occurred",
   ["Hij waarschuwde ook dat de VS terugkomen met een kracht die niemand ooit heeft gezien als het misgaat"],
   "2020-02-29", "2020-02-29", UT, "Trump, named in the previous sentence")
ev(a, O, "agreement", "occurred",
   ["Aan de ondertekening ging een week vooraf waarin het geweld in het land fors afnam, zoals de partijen vooraf hadden afgesproken"],
   ["2020-02-22", "2020-02-28"], None, UT + ["AFG"], "reduction-in-violence week")
ev(a, R, "talks", "occurred",
   ["Khalilzad onderhandelde al sinds 2018 met de Taliban in Doha"],
   ["2018-01-01", "2020-02-29"], None, UT, "talks since 2018")
ev(a, N, ["talks", "summit"], "negated",
   ["Trump blies toen een geheime ontmoeting met Taliban-leiders en Ghani in Camp David af"],
   ["2019-09-01", "2019-09-30"], None, UT + ["AFG"], "'vorig jaar september' in the previous clause")
ev(a, O, "talks", "occurred",
   ["Vorig jaar september liepen de gesprekken op niets uit"],
   ["2019-09-01", "2019-09-30"], "2019-09-07", UT, "talks broken off")

# ---------------------------------------------------------------- 13 Hanoi summit Trump-Kim, 2019-03-01 (Fri)
a = "d6_13_hanoi_trump_kim"
UK = ["USA", "PRK"]
ev(a, R, ["summit", "talks"], "occurred",
   ["De tweede ontmoeting tussen de Amerikaanse president Donald Trump en de Noord-Koreaanse leider Kim Jong-un is gisteren onverwacht zonder resultaat geëindigd",
    "De top in het Metropole-hotel begon woensdagavond nog in een ontspannen sfeer met een diner",
    "Gisterochtend leek het gesprek ook goed te verlopen",
    "Top in Hanoi loopt vast"],
   ["2019-02-27", "2019-02-28"], "2019-02-28", UK, "two-day summit")
ev(a, N, ["agreement"], "negated",
   ["Een akkoord over de ontmanteling van het Noord-Koreaanse kernwapenprogramma kwam er niet",
    "Trump en Kim vertrekken zonder akkoord"],
   "2019-02-28", None, UK)
ev(a, N, ["agreement", "talks"], "negated",
   ["De geplande werklunch en de ceremonie waarbij een gezamenlijke verklaring zou worden getekend, werden op het laatste moment geschrapt"],
   "2019-02-28", None, UK, "cancelled lunch and signing")
ev(a, R, "demand", "occurred",
   ["Volgens Trump eiste Noord-Korea dat alle sancties werden opgeheven"],
   "2019-02-28", "2019-02-28", ["PRK", "USA"], "as reported by Trump")
ev(a, R, "demand", "occurred",
   ["zei op een ongebruikelijke persconferentie rond middernacht dat Pyongyang alleen vroeg om het opheffen van vijf van de elf VN-sanctieresoluties"],
   ["2019-02-28", "2019-03-01"], "2019-02-28", ["PRK", "USA", "UN"], "North Korea's own version of its demand: a second demand line")
ev(a, R, "proposal", "occurred",
   ["In ruil daarvoor bood Noord-Korea aan alle installaties voor de productie van splijtstof in Yongbyon blijvend te ontmantelen"],
   "2019-02-28", "2019-02-28", ["PRK", "USA"], "offer made at the summit")
ev(a, R, "warning", "occurred",
   ["Zijn onderminister Choe Son-hui waarschuwde dat Kim de zin in verdere gesprekken kan verliezen"],
   ["2019-02-28", "2019-03-01"], "2019-03-01", ["PRK", "USA"])
ev(a, O, "talks", "planned",
   ["Mike Pompeo zei te hopen dat de onderhandelaars de gesprekken snel weer oppakken"],
   None, None, UK, "hope, no date")
ev(a, O, "sanction", "occurred",
   ["De sancties tegen Noord-Korea blijven intussen van kracht"],
   None, None, ["UN", "USA", "PRK"], "standing sanctions")
ev(a, R, "talks", "occurred",
   ["Aan boord van de Air Force One belde Trump op de terugweg met de Zuid-Koreaanse president Moon Jae-in"],
   "2019-02-28", "2019-02-28", ["USA", "KOR"], "two calls in one sentence: Moon")
ev(a, R, "talks", "occurred",
   ["en met de Japanse premier Shinzo Abe"],
   "2019-02-28", "2019-02-28", ["USA", "JPN"], "two calls in one sentence: Abe (same evidence sentence)")
ev(a, R, "talks", "planned",
   ["Vandaag spreekt hij in Hanoi met de Vietnamese president Nguyen Phu Trong",
    "Kim blijft nog in Vietnam voor een officieel bezoek"],
   "2019-03-01", "2019-03-01", ["PRK", "VNM"])
ev(a, R, "summit", "occurred",
   ["De eerste top tussen beide leiders vond in juni vorig jaar in Singapore plaats"],
   ["2018-06-01", "2018-06-30"], "2018-06-12", UK)
ev(a, R, "agreement", "occurred",
   ["Trump en Kim tekenden daar een korte verklaring waarin Noord-Korea beloofde te werken aan de volledige denuclearisatie"],
   ["2018-06-01", "2018-06-30"], "2018-06-12", UK, "date from the previous sentence")

# ---------------------------------------------------------------- 14 Minsk II, 2015-02-13 (Fri)
a = "d6_14_minsk_akkoord_2015"
NF = ["RUS", "UKR", "DEU", "FRA"]
ev(a, R, ["summit", "talks"], "occurred",
   ["Na zestien uur onderhandelen zijn de leiders van Rusland, Oekraïne, Duitsland en Frankrijk",
    "zaten de hele nacht in het Onafhankelijkheidspaleis met elkaar om de tafel",
    "Na marathonnacht in Minsk"],
   ["2015-02-11", "2015-02-12"], "2015-02-11", NF + ["BLR"], "Normandy-format summit overnight 11-12 Feb")
ev(a, R, "agreement", "occurred",
   ["het donderdag in de Wit-Russische hoofdstad eens geworden over een nieuw staakt-het-vuren in Oost-Oekraïne",
    "Het eigenlijke pakket van maatregelen werd getekend door de contactgroep met vertegenwoordigers van Oekraïne, Rusland en de OVSE"],
   "2015-02-12", "2015-02-12", NF + ["OSCE"], "Package of Measures (Minsk II)")
ev(a, R, "agreement", "occurred",
   ["De afspraken bouwen voort op het protocol dat in september vorig jaar in dezelfde stad werd gesloten"],
   ["2014-09-01", "2014-09-30"], "2014-09-05", ["UKR", "RUS", "OSCE"], "Minsk Protocol")
ev(a, N, ["agreement"], "negated",
   ["Over Debaltseve, het spoorwegknooppunt waar duizenden Oekraïense militairen vrijwel zijn ingesloten, werden de partijen het niet eens"],
   "2015-02-12", None, ["UKR", "RUS"])
ev(a, O, "demand", "occurred",
   ["Poetin zei dat de separatisten ervan uitgaan dat de Oekraïners zich overgeven"],
   "2015-02-12", None, ["RUS", "UKR"])
ev(a, R, "summit", "occurred",
   ["Merkel en Hollande vlogen na afloop meteen door naar Brussel, waar de Europese regeringsleiders donderdag bijeen waren"],
   "2015-02-12", "2015-02-12", ["EU", "DEU", "FRA"], "informal European Council")
ev(a, N, ["sanction"], "negated",
   ["Over nieuwe sancties tegen Rusland werd daar geen besluit genomen"],
   "2015-02-12", None, ["EU", "RUS"])
ev(a, R, "sanction", "planned",
   ["Eerder deze week besloten de EU-ministers van Buitenlandse Zaken al nieuwe strafmaatregelen tegen een reeks Russen en separatisten uit te stellen tot volgende week"],
   ["2015-02-16", "2015-02-22"], "2015-02-16", ["EU", "RUS", "UKR"], "postponed listings, planned for 'volgende week'")
ev(a, O, "talks", "occurred",
   ["Eerder deze week besloten de EU-ministers van Buitenlandse Zaken"],
   ["2015-02-09", "2015-02-12"], "2015-02-09", ["EU"], "the Foreign Affairs Council itself")
ev(a, R, "delivery", "planned",
   ["Het Internationaal Monetair Fonds maakte donderdag bekend dat Oekraïne een nieuw steunpakket van 17,5 miljard dollar krijgt, verspreid over vier jaar"],
   None, None, ["IMF", "UKR"], "spread over four years: null (dev5 convention 3)")
ev(a, R, "talks", "occurred",
   ["toen Merkel en Hollande eerst in Kiev en daarna in Moskou met een vredesplan kwamen"],
   ["2015-02-02", "2015-02-08"], "2015-02-05", ["DEU", "FRA", "UKR"], "visit to Kiev; one sentence, two visits")
ev(a, R, "talks", "occurred",
   ["en daarna in Moskou met een vredesplan kwamen"],
   ["2015-02-02", "2015-02-08"], "2015-02-06", ["DEU", "FRA", "RUS"], "visit to Moscow")
ev(a, R, "proposal", "occurred",
   ["Het diplomatieke offensief begon vorige week, toen Merkel en Hollande"],
   ["2015-02-02", "2015-02-08"], "2015-02-05", ["DEU", "FRA", "RUS", "UKR"], "the Franco-German peace plan")
ev(a, R, "talks", "occurred",
   ["Maandag was Merkel in Washington bij president Barack Obama"],
   "2015-02-09", "2015-02-09", ["DEU", "USA"])
ev(a, O, "delivery", "planned",
   ["die overweegt Oekraïne wapens te leveren"],
   None, None, ["USA", "UKR"], "consideration only: defensible either way, not required")
ev(a, R, "talks", "occurred",
   ["Obama belde dinsdag met Poetin"],
   "2015-02-10", "2015-02-10", ["USA", "RUS"])
ev(a, R, "warning", "occurred",
   ["waarschuwde dat de kosten voor Rusland zullen oplopen als het de separatisten blijft steunen"],
   "2015-02-10", "2015-02-10", ["USA", "RUS"], "same sentence as the call")

# ---------------------------------------------------------------- 15 EU-Turkey statement, 2016-03-18 (Fri), Rijksoverheid press release
a = "d6_15_rijksoverheid_eu_turkije"
ET = ["EU", "TUR"]
ev(a, R, ["summit", "talks"], "occurred",
   ["De Europese regeringsleiders en de Turkse premier Ahmet Davutoglu hebben vandaag in Brussel afspraken gemaakt",
    "Dat gebeurde tijdens een ontmoeting in de marge van de Europese Raad"],
   "2016-03-18", "2016-03-18", ET)
ev(a, R, "agreement", "occurred",
   ["EU en Turkije bereiken akkoord over aanpak migratie",
    "hebben vandaag in Brussel afspraken gemaakt om de irreguliere migratie van Turkije naar Griekenland terug te dringen",
    "bij de totstandkoming van het akkoord"],
   "2016-03-18", "2016-03-18", ET + ["NLD"], "EU-Turkey statement")
ev(a, R, "delivery", "planned",
   ["De EU versnelt de uitbetaling van de eerder toegezegde 3 miljard euro voor de opvang van vluchtelingen in Turkije"],
   None, None, ET, "no delivery date")
ev(a, R, "delivery", "planned",
   ["Als dat geld is besteed, stelt de EU tot eind 2018 nog eens 3 miljard euro beschikbaar"],
   None, None, ET, "'tot eind 2018' is a deadline: null")
ev(a, O, "demand", "occurred",
   ["Turkije moet nog aan een reeks voorwaarden voldoen voordat de visumplicht voor Turkse burgers kan worden opgeheven"],
   "2016-03-18", None, ET)
ev(a, R, "talks", "planned",
   ["Daarnaast wordt de voorbereiding hervat om nog onder het Nederlandse voorzitterschap een nieuw hoofdstuk in de toetredingsonderhandelingen te openen"],
   None, None, ET, "'nog onder het Nederlandse voorzitterschap' = before 1 July: deadline, null; chapter 33 opened 30 June")
ev(a, R, "summit", "occurred",
   ["het gezamenlijke actieplan dat de EU en Turkije op 29 november vorig jaar tijdens een top in Brussel activeerden"],
   "2015-11-29", "2015-11-29", ET)
ev(a, R, "agreement", "occurred",
   ["De afspraken bouwen voort op het gezamenlijke actieplan dat de EU en Turkije op 29 november vorig jaar"],
   "2015-11-29", "2015-11-29", ET, "Joint Action Plan activated")
ev(a, R, "summit", "occurred",
   ["Op een volgende top, op 7 maart"],
   "2016-03-07", "2016-03-07", ET)
ev(a, R, "proposal", "occurred",
   ["deed Turkije zelf een voorstel voor het terugnemen van alle migranten in ruil voor de hervestiging van Syriërs"],
   "2016-03-07", "2016-03-07", ["TUR", "EU"])
ev(a, O, "demand", "occurred",
   ["De regeringsleiders vroegen toen de voorzitter van de Europese Raad, Donald Tusk, om de uitwerking daarvan met Turkije voor te bereiden"],
   "2016-03-07", None, ["EU"], "internal mandate")
ev(a, R, "talks", "occurred",
   ["Tusk reisde daarvoor deze week nog naar Ankara"],
   ["2016-03-14", "2016-03-18"], "2016-03-15", ET)
ev(a, R, "delivery", "planned",
   ["De lidstaten sturen de komende weken asielexperts, grenswachten en tolken naar Griekenland"],
   ["2016-03-19", "2016-04-15"], None, ["EU", "GRC"], "personnel: defensible as delivery; 'de komende weken' = 28 days")
ev(a, O, "delivery", "planned",
   ["Ook Nederland levert een bijdrage"],
   ["2016-03-19", "2016-04-15"], None, ["NLD", "GRC"])
ev(a, O, "warning", "occurred",
   ["Zij waarschuwen dat Turkije geen veilig land is voor alle vluchtelingen"],
   None, None, ["TUR"], "NGOs, non-state")

# ---------------------------------------------------------------- 16 Tigray: Pretoria and Nairobi, 2022-11 (month only)
a = "d6_16_tigray_pretoria_nairobi"
ET2 = ["ETH", "TPLF", "AU"]
ev(a, R, "delivery", "occurred",
   ["De eerste konvooien van het Wereldvoedselprogramma en het Rode Kruis bereikten deze week Shire en de regionale hoofdstad Mekelle",
    "Voor het eerst in maanden rijden er weer vrachtwagens met voedsel en medicijnen de Ethiopische regio Tigray binnen"],
   ["2022-10-31", "2022-11-30"], "2022-11-16", ["UN", "ETH"], "'deze week' under a month-only header: hull over all possible publication days")
ev(a, R, "agreement", "occurred",
   ["vredesafspraken die de Ethiopische regering en het Tigray Volksbevrijdingsfront (TPLF) op 2 november in het Zuid-Afrikaanse Pretoria maakten",
    "In het akkoord spraken de partijen een permanente staking van de vijandelijkheden af"],
   "2022-11-02", "2022-11-02", ET2, "Pretoria agreement; TPLF invented id")
ev(a, R, "talks", "occurred",
   ["De twee partijen onderhandelden daar sinds 25 oktober onder leiding van de Afrikaanse Unie"],
   ["2022-10-25", "2022-11-02"], None, ET2 + ["ZAF"])
ev(a, O, "delivery", "planned",
   ["De regering beloofde de diensten in de regio, zoals stroom, telefoon en bankverkeer, weer op gang te brengen en hulporganisaties ongehinderd toegang te geven"],
   "2022-11-02", None, ["ETH", "TPLF"], "pledge inside the agreement")
ev(a, R, "agreement", "occurred",
   ["Zaterdag ondertekenden de legerleiders van beide kanten in de Keniaanse hoofdstad Nairobi een verklaring over de uitvoering",
    "Zij spraken af dat de ontwapening gelijk op moet gaan met de terugtrekking van buitenlandse troepen uit Tigray"],
   ["2022-10-29", "2022-11-26"], "2022-11-12", ["ETH", "TPLF", "KEN"], "'zaterdag' hull under the month-only header")
ev(a, R, "talks", "occurred",
   ["De Ethiopische legerchef Birhanu Jula en TPLF-commandant Tadesse Werede hadden daar een week lang overlegd"],
   ["2022-10-22", "2022-11-26"], "2022-11-07", ["ETH", "TPLF", "KEN"], "week of talks before the Saturday")
ev(a, N, ["talks", "agreement"], "negated",
   ["Eritrea zat in Pretoria niet aan tafel en wordt in het akkoord niet bij naam genoemd"],
   None, None, ["ERI"])
ev(a, O, "proposal", "occurred",
   ["De Amerikaanse minister van Buitenlandse Zaken Antony Blinken verwelkomde de afspraken"],
   "2022-11-02", "2022-11-02", ["USA", "ETH"], "welcome, not one of the types strictly")
ev(a, R, "demand", "occurred",
   ["maar Washington eiste eerder herhaaldelijk dat de Eritrese troepen Ethiopië verlaten"],
   None, None, ["USA", "ERI"], "repeated, undated")
ev(a, N, ["talks"], "negated",
   ["Een eerdere poging van de AU om de partijen begin oktober in Zuid-Afrika bijeen te brengen, ging niet door"],
   ["2022-10-01", "2022-10-10"], None, ET2)
ev(a, O, "agreement", "occurred",
   ["In augustus was een bestand dat in maart was ingegaan al ingestort"],
   ["2022-03-01", "2022-03-31"], "2022-03-24", ["ETH", "TPLF"], "humanitarian truce of March, background")
ev(a, O, "proposal", "occurred",
   ["zei na de ondertekening dat zijn regering zich volledig aan de afspraken zal houden"],
   ["2022-11-02", "2022-11-30"], None, ["ETH"], "pledge")
ev(a, O, "proposal", "occurred",
   ["TPLF-woordvoerder Getachew Reda zei dat pijnlijke concessies nodig waren"],
   ["2022-11-02", "2022-11-30"], None, ["TPLF"])

# ---------------------------------------------------------------- 09, 10: no diplomatic event
TRAPS = {
    "d6_09_oranjeleeuwinnen_finale_lyon": [
        "Na overleg met de videoscheidsrechter kende de Franse arbitra Stéphanie Frappart een strafschop toe",
        "Wiegman had haar speelsters vooraf gewaarschuwd voor de snelheid van de Amerikaanse aanvallers",
        "De speelsters eisen al langer dat zij evenveel verdienen als hun mannelijke collega's",
        "nadat een video was opgedoken waarin ze zei niet naar het Witte Huis te gaan als haar ploeg kampioen zou worden",
    ],
    "d6_10_granmorgu_olie_suriname": [
        "Het besluit kwam er na maanden van overleg tussen de olieconcerns, Staatsolie en de overheid over de voorwaarden",
        "Over de herstructurering van de schulden bereikte de regering vorig jaar een akkoord met de obligatiehouders",
        "Vakbonden eisten eerder al dat Surinaamse werknemers en bedrijven voorrang krijgen",
        "Milieuorganisaties zijn kritischer; zij waarschuwen al langer dat nieuwe olievelden niet passen bij de klimaatdoelen",
    ],
}

for a, note in [("d6_09_oranjeleeuwinnen_finale_lyon",
                 "sports; traps: Verenigde Staten, Frankrijk, Thailand, overleg (VAR), gewaarschuwd, leverde reddingen, top van de wereld, steunen, eisen gelijke beloning, akkoord, sanctie, Trump and a White House visit declined"),
                ("d6_10_granmorgu_olie_suriname",
                 "business; traps: Franse/Amerikaanse companies, Guyana, overleg with the government, akkoord with bondholders, IMF programme, leverden vondsten, waarschuwen, eisten, steunt, topman")]:
    ev(a, N, ALL, "negated", TRAPS[a], None, None, [],
       "NO-EVENT SENTINEL: article has no diplomatic event; its trap sentences are listed; the line puts the article in scope so every prediction in it counts as a false positive. " + note)


if __name__ == "__main__":
    goldkit.build(G, ROOT, max_bytes=3500, min_big=0)  # this set: articles of 1.8 to 3.5 KB
