"""Build gold.jsonl for dev21 and check every mention is a verbatim substring of its article.

Edit this script, not the JSONL. Run: python build_gold.py
"""
import pathlib, sys

ROOT = pathlib.Path(__file__).parent
sys.path.insert(0, str(ROOT.parent / "setkit"))  # the gold helper, checks and writing: tests/setkit/goldkit.py
import goldkit  # noqa: E402
from goldkit import ALL, N, O, R  # noqa: E402,F401

G, ev = goldkit.collector()
# ---------------------------------------------------------------- 01 Travel-advice update: Iran and Pakistan strike each other, 2024-01-19 (Fri)
a = "d21_01_reiswijzer_iran_pakistan"
IP = ["IRN", "PAK"]
PI = ["PAK", "IRN"]
ev(a, R, "sanction", "occurred",
   ["Iran bestookte dinsdagavond doelen in de Pakistaanse provincie Balochistan met raketten en drones",
    "grensgebied Iran en Pakistan na aanvallen over en weer extra riskant"],
   "2024-01-16", "2024-01-16", IP, "military strike = coercive act (model convention); 'dinsdagavond'")
ev(a, R, "sanction", "occurred",
   ["Een dag eerder had Iran ook doelen in het noorden van Irak en in Syrië aangevallen"],
   "2024-01-15", "2024-01-15", ["IRN", "IRQ", "SYR"], "'een dag eerder' than Tuesday evening")
ev(a, R, "sanction", "occurred",
   ["Irak riep daarop zijn ambassadeur uit Teheran terug"],
   ["2024-01-15", "2024-01-19"], "2024-01-16", ["IRQ", "IRN"], "'daarop': after the strike, undated")
ev(a, R, "condemnation", "occurred",
   ["Islamabad veroordeelde de aanval als een flagrante schending van zijn soevereiniteit"],
   "2024-01-17", "2024-01-17", PI, "'woensdag' from the sentence before")
ev(a, R, "sanction", "occurred",
   ["haalde zijn ambassadeur uit Teheran terug"],
   "2024-01-17", "2024-01-17", PI, "recall, same sentence as the condemnation")
ev(a, R, "sanction", "occurred",
   ["mag voorlopig niet naar Islamabad terugkeren"],
   "2024-01-17", "2024-01-17", PI, "Iran's ambassador barred from returning")
ev(a, R, "sanction", "occurred",
   ["Alle geplande bezoeken op hoog niveau tussen de twee landen werden geschrapt"],
   "2024-01-17", "2024-01-17", PI, "suspension of high-level visits as a measure; a 'talks negated' reading is ignored by the scorer")
ev(a, R, "sanction", "occurred",
   ["Gisterochtend vroeg sloeg Pakistan terug",
    "Het leger voerde aanvallen uit op schuilplaatsen van Beloetsjische separatisten in de Iraanse provincie Sistan en Beloetsjistan"],
   "2024-01-18", "2024-01-18", PI, "'gisterochtend'")
ev(a, R, "sanction", "occurred",
   ["ontbood de Pakistaanse zaakgelastigde in Teheran voor uitleg"],
   "2024-01-18", "2024-01-18", IP, "summons, dated by the strike")
ev(a, R, "demand", "occurred",
   ["riep Teheran en Islamabad op zich in te houden"],
   ["2024-01-16", "2024-01-19"], "2024-01-17", ["CHN", "IRN", "PAK"], "undated: strike to publication")
ev(a, R, "proposal", "occurred",
   ["Peking zei bereid te zijn om te bemiddelen als beide partijen dat willen"],
   ["2024-01-16", "2024-01-19"], "2024-01-18", ["CHN", "IRN", "PAK"], "offer to mediate (a stated willingness, not a conditional event)")
ev(a, R, "demand", "occurred",
   ["Ook de Verenigde Staten en de Verenigde Naties drongen aan op kalmte"],
   ["2024-01-16", "2024-01-19"], "2024-01-18", ["USA", "UN", "IRN", "PAK"])
ev(a, R, "talks", "occurred",
   ["De ministers van Buitenlandse Zaken van Iran en Pakistan spraken elkaar vandaag telefonisch"],
   "2024-01-19", "2024-01-19", IP, "'vandaag'")
ev(a, O, "agreement", "occurred",
   ["waren ze het erover eens dat de spanningen niet verder mogen oplopen"],
   "2024-01-19", "2024-01-19", IP, "agreement of views in the call, optional")
ev(a, N, "sanction", "negated",
   ["De diplomatieke betrekkingen zijn ondanks alles niet verbroken"],
   None, None, IP, "ties not broken")
# ---------------------------------------------------------------- 02 Youth news: Trump calls off Denmark visit, 2019-08-21 (Wed)
a = "d21_02_jeugdjournaal_trump_groenland"
ev(a, N, ["summit", "talks"], "negated",
   ["Trump gaat niet naar Denemarken omdat hij Groenland niet mag kopen",
    "gaat volgende maand toch niet op bezoek in Denemarken",
    "Maar dat bezoek gaat niet door",
    "Trump zou begin september twee dagen naar Kopenhagen komen"],
   None, None, ["USA", "DNK"], "the state visit called off (announced 'gisteravond'); 'Trump zou begin september ... komen' is the plan that fell through")
ev(a, O, "proposal", "occurred",
   ["Vorige week kwam in Amerikaanse kranten het nieuws dat Trump het eiland wel wil kopen"],
   ["2019-08-12", "2019-08-18"], "2019-08-15", ["USA", "DNK"], "a reported wish, optional")
ev(a, R, "condemnation", "occurred",
   ["Ze noemde het hele idee absurd",
    "Daar zei ze tegen journalisten dat Groenland niet te koop is"],
   "2019-08-18", "2019-08-18", ["DNK", "USA"], "'zondag' from the sentence before, carried by 'Daar'")
ev(a, R, ["condemnation", "proposal"], "occurred",
   ["Ook de regering van Groenland zelf liet weten dat het eiland open staat voor handel, maar niet voor een verkoop"],
   ["2019-08-12", "2019-08-21"], "2019-08-16", ["GRL", "USA"], "undated rejection: since the news 'vorige week'")
ev(a, R, "proposal", "occurred",
   ["De Deense koningin Margrethe had hem uitgenodigd"],
   None, None, ["DNK", "USA"], "invitation, undated")
ev(a, O, "condemnation", "occurred",
   ["Premier Frederiksen zei vanochtend dat ze het jammer vindt"],
   "2019-08-21", "2019-08-21", ["DNK", "USA"], "regret, optional")
ev(a, R, "proposal", "occurred",
   ["dat Denemarken graag wil blijven samenwerken, bijvoorbeeld in het noordpoolgebied"],
   "2019-08-21", "2019-08-21", ["DNK", "USA"], "offer of cooperation; 'vanochtend' carried from the sentence before")
ev(a, R, "proposal", "occurred",
   ["In 1946 bood de Amerikaanse president Harry Truman Denemarken 100 miljoen dollar voor het eiland"],
   ["1946-01-01", "1946-12-31"], None, ["USA", "DNK"])
ev(a, N, ["agreement", "proposal"], "negated",
   ["Denemarken zei toen ook nee"],
   None, None, ["DNK", "USA"], "offer refused")
ev(a, O, "agreement", "occurred",
   ["Zo kochten de Verenigde Staten in 1867 Alaska van Rusland"],
   ["1867-01-01", "1867-12-31"], "1867-03-30", ["USA", "RUS"], "historical purchase, optional")
# ---------------------------------------------------------------- 03 Religious weekly: Germany recognises the genocide in Namibia, 2021-06-03 (Thu)
a = "d21_03_kerkblad_duitsland_namibie"
DN = ["DEU", "NAM"]
ev(a, R, ["agreement", "proposal", "condemnation"], "occurred",
   ["Duitsland noemt moord op Herero en Nama genocide",
    "Minister van Buitenlandse Zaken Heiko Maas maakte bekend dat Duitsland de moord op tienduizenden Herero en Nama in het toenmalige Duits-Zuidwest-Afrika erkent als genocide"],
   "2021-05-28", "2021-05-28", DN, "recognition announced 'vorige week vrijdag'")
ev(a, R, "talks", "occurred",
   ["De erkenning is het resultaat van onderhandelingen die Berlijn en Windhoek sinds 2015 voerden"],
   ["2015-01-01", "2021-05-28"], None, DN, "'sinds 2015' up to the announcement")
ev(a, R, "agreement", "occurred",
   ["Beide regeringen bereikten overeenstemming over een gezamenlijke verklaring"],
   "2021-05-28", "2021-05-28", DN, "undated in itself; dated by the announcement")
ev(a, R, ["delivery", "proposal"], "planned",
   ["Daarin zegt Duitsland toe de komende dertig jaar 1,1 miljard euro te besteden aan projecten in Namibië"],
   None, None, DN, "pledge spread over thirty years: no event date")
ev(a, N, "delivery", "negated",
   ["Berlijn noemt dat geld uitdrukkelijk geen herstelbetaling"],
   None, None, DN, "no reparations")
ev(a, R, "agreement", "planned",
   ["De verklaring moet nog door de ministers van Buitenlandse Zaken van beide landen worden ondertekend"],
   None, None, DN, "signing and ratification, no date")
ev(a, R, ["summit", "talks", "proposal"], "planned",
   ["Bondspresident Frank-Walter Steinmeier zal volgens de afspraken in het Namibische parlement om vergeving vragen"],
   None, None, DN, "planned visit and apology; 'een datum ... nog niet bekend'")
ev(a, N, "talks", "negated",
   ["Vertegenwoordigers van de Herero en de Nama zaten niet zelf aan de onderhandelingstafel"],
   None, None, DN, "the descendants were not at the table")
ev(a, R, "condemnation", "occurred",
   ["verschillende leiders van beide volken verwierpen het akkoord"],
   ["2021-05-28", "2021-06-03"], "2021-05-28", ["NAM", "DEU"], "Herero and Nama leaders (Namibian, non-state): NAM")
ev(a, R, "demand", "occurred",
   ["eisten rechtstreekse onderhandelingen met Duitsland"],
   ["2021-05-28", "2021-06-03"], "2021-05-28", ["NAM", "DEU"])
ev(a, O, "condemnation", "occurred",
   ["Ook oppositiepolitici in Namibië zelf hadden kritiek"],
   ["2021-05-28", "2021-06-03"], None, ["NAM", "DEU"], "optional")
ev(a, O, "proposal", "occurred",
   ["Al in 2004 vroeg de Duitse minister voor Ontwikkelingssamenwerking Heidemarie Wieczorek-Zeul tijdens een herdenking in Namibië om vergeving"],
   ["2004-01-01", "2004-12-31"], "2004-08-14", DN, "an apology, not a demand ('vroeg ... om vergeving'); optional")
ev(a, N, "agreement", "negated",
   ["Een officiële erkenning door de regering bleef toen uit"],
   None, None, DN, "no recognition in 2004")
ev(a, R, "delivery", "occurred",
   ["In 2018 gaf Duitsland bij een plechtigheid in Berlijn schedels en botten van slachtoffers terug aan een Namibische delegatie"],
   ["2018-01-01", "2018-12-31"], "2018-08-29", DN, "handed over")
# ---------------------------------------------------------------- 04 TV guide text for a documentary: Obama in Hanoi, 2016-05-28 (Sat)
a = "d21_04_tvgids_obama_vietnam"
UV = ["USA", "VNM"]
ev(a, R, ["summit", "talks"], "occurred",
   ["President Barack Obama werd maandag in Hanoi ontvangen door de Vietnamese president Tran Dai Quang"],
   "2016-05-23", "2016-05-23", UV, "'maandag' in a Saturday guide")
ev(a, R, ["sanction", "agreement"], "occurred",
   ["maakte Obama bekend dat de Verenigde Staten het wapenembargo tegen Vietnam volledig opheffen"],
   "2016-05-23", "2016-05-23", UV, "lifting of the arms embargo; 'Na hun gesprek'")
ev(a, R, ["sanction", "agreement"], "occurred",
   ["in 2014 was het al gedeeltelijk versoepeld"],
   ["2014-01-01", "2014-12-31"], "2014-10-02", UV)
ev(a, R, ["agreement", "delivery"], "occurred",
   ["tekenden de Vietnamese prijsvechter VietJet en de Amerikaanse vliegtuigbouwer Boeing ook een order voor honderd toestellen"],
   ["2016-05-23", "2016-05-25"], "2016-05-23", ["VNM", "USA"], "'tijdens het bezoek' (Mon-Wed in Vietnam)")
ev(a, R, "demand", "occurred",
   ["Obama drong er in Hanoi op aan dat Vietnam meer ruimte geeft aan vrije meningsuiting"],
   ["2016-05-23", "2016-05-24"], "2016-05-24", UV, "in Hanoi: Monday-Tuesday")
ev(a, O, "talks", "occurred",
   ["Hij had een ontmoeting met maatschappelijke activisten"],
   ["2016-05-23", "2016-05-24"], "2016-05-24", UV, "non-state counterpart, optional")
ev(a, N, "talks", "negated",
   ["Enkelen van hen werden echter door de autoriteiten tegengehouden en konden niet komen"],
   None, None, UV, "activists kept away")
ev(a, R, "summit", "occurred",
   ["Daarna vloog hij door naar Japan voor de G7-top"],
   ["2016-05-24", "2016-05-28"], "2016-05-26", ["G7", "USA", "JPN"], "'Daarna' after Tuesday, before publication")
ev(a, O, ["talks", "summit"], "occurred",
   ["vrijdag bezocht hij als eerste zittende Amerikaanse president Hiroshima"],
   "2016-05-27", "2016-05-27", ["USA", "JPN"], "a visit to a city, optional")
ev(a, R, "agreement", "occurred",
   ["toen president Bill Clinton en de Vietnamese leiding de diplomatieke betrekkingen herstelden"],
   ["1995-01-01", "1995-12-31"], "1995-07-11", UV)
ev(a, O, "agreement", "occurred",
   ["Vietnam hoort ook bij de twaalf landen die het Trans-Pacifisch Partnerschap, een groot handelsverdrag, hebben getekend"],
   None, None, ["VNM"], "undated background, optional")
# ---------------------------------------------------------------- 05 Agency wire: Sochi memorandum after the Pence ceasefire, 2019-10-23 (Wed)
a = "d21_05_anp_sotsji_turkije"
RT = ["RUS", "TUR"]
UT = ["USA", "TUR"]
ev(a, R, "agreement", "occurred",
   ["Rusland en Turkije verdelen Noord-Syrië in Sotsji",
    "sloten daarover gisteravond een overeenkomst in de Russische badplaats Sotsji",
    "Volgens het memorandum van tien punten krijgen de Koerdische strijders van de YPG vanaf vandaag 12.00 uur 150 uur de tijd"],
   "2019-10-22", "2019-10-22", RT, "'gisteravond'")
ev(a, R, ["summit", "talks"], "occurred",
   ["na ruim zes uur onderhandelen"],
   "2019-10-22", "2019-10-22", RT, "the Putin-Erdogan meeting, same sentence as the agreement")
ev(a, R, "warning", "occurred",
   ["Hij waarschuwde dat Turkije zijn offensief hervat als de Koerden niet op tijd vertrekken"],
   "2019-10-22", "2019-10-22", ["TUR", "YPG"], "'na afloop'")
ev(a, R, "talks", "occurred",
   ["Poetin belde nog dezelfde avond met de Syrische president Bashar al-Assad om hem in te lichten"],
   "2019-10-22", "2019-10-22", ["RUS", "SYR"])
ev(a, N, "talks", "negated",
   ["Vertegenwoordigers van de Koerden zaten in Sotsji niet aan tafel"],
   None, None, ["YPG", "RUS", "TUR"], "Kurds not at the table")
ev(a, R, "agreement", "occurred",
   ["een bestand dat de Amerikaanse vicepresident Mike Pence vorige week donderdag in Ankara met Erdogan had gesloten"],
   "2019-10-17", "2019-10-17", UT, "'vorige week donderdag'")
ev(a, R, "talks", "occurred",
   ["Pence en minister van Buitenlandse Zaken Mike Pompeo spraken urenlang met de Turkse president"],
   "2019-10-17", "2019-10-17", UT)
ev(a, O, "proposal", "occurred",
   ["Turkije zegde toe zijn aanvallen 120 uur op te schorten"],
   "2019-10-17", "2019-10-17", UT, "the Turkish side of the deal, optional")
ev(a, R, "proposal", "occurred",
   ["Washington beloofde daarop de sancties tegen Turkije op te heffen zodra het bestand permanent zou worden"],
   "2019-10-17", "2019-10-17", UT, "a promise")
ev(a, R, "sanction", "occurred",
   ["Die sancties had president Donald Trump op 14 oktober afgekondigd",
    "Ze troffen de Turkse ministers van Defensie, Energie en Binnenlandse Zaken en hun ministeries"],
   "2019-10-14", "2019-10-14", UT)
ev(a, R, "warning", "occurred",
   ["Trump dreigde toen ook de Turkse economie te vernietigen als Ankara te ver zou gaan"],
   "2019-10-14", "2019-10-14", UT, "'toen'")
ev(a, R, "condemnation", "occurred",
   ["Dezelfde dag veroordeelden de ministers van Buitenlandse Zaken van de EU in Luxemburg de Turkse operatie"],
   "2019-10-14", "2019-10-14", ["EU", "TUR"])
ev(a, R, ["sanction", "agreement"], "occurred",
   ["De lidstaten spraken af geen nieuwe wapenexportvergunningen voor Turkije meer af te geven"],
   "2019-10-14", "2019-10-14", ["EU", "TUR"], "arms-export halt")
ev(a, R, "agreement", "occurred",
   ["sloten een akkoord met Damascus"],
   ["2019-10-01", "2019-10-23"], "2019-10-13", ["YPG", "SYR"], "after the offensive 'begin deze maand'")
ev(a, R, "demand", "occurred",
   ["Secretaris-generaal Jens Stoltenberg had Turkije eerder deze maand al opgeroepen zich in te houden"],
   ["2019-10-01", "2019-10-22"], "2019-10-11", ["NATO", "TUR"])
ev(a, R, "delivery", "occurred",
   ["het Russische S-400-luchtafweersysteem, dat deze zomer werd geleverd"],
   ["2019-06-01", "2019-08-31"], "2019-07-12", RT)
ev(a, N, "summit", "negated",
   ["Een nieuwe ontmoeting tussen Poetin en Erdogan is nog niet gepland"],
   None, None, RT, "no new meeting planned")
ev(a, O, "talks", "planned",
   ["beide leiders zeiden elkaar geregeld te zullen spreken"],
   None, None, RT, "vague intention, optional")
# ---------------------------------------------------------------- 06 Quality-paper analysis: Herzog in Ankara, 2022-03-10 (Thu)
a = "d21_06_analyse_herzog_ankara"
IT = ["ISR", "TUR"]
ev(a, R, ["summit", "talks"], "occurred",
   ["Herzog in Ankara, een voorzichtige ontdooiing",
    "Toen de Israëlische president Isaac Herzog gisteren op het presidentiële paleis in Ankara arriveerde",
    "Het is voor het eerst sinds 2007 dat een Israëlisch staatshoofd Turkije bezoekt",
    "De twee presidenten spraken eerst onder vier ogen en daarna met hun delegaties"],
   "2022-03-09", "2022-03-09", IT, "'gisteren'")
ev(a, R, ["summit", "talks"], "occurred",
   ["Toen sprak Shimon Peres nog het Turkse parlement toe"],
   ["2007-01-01", "2007-12-31"], "2007-11-13", IT, "'Toen' = 2007")
ev(a, R, "sanction", "occurred",
   ["In 2010 enterden Israëlische commando's het Turkse schip Mavi Marmara"],
   ["2010-01-01", "2010-12-31"], "2010-05-31", IT, "raid as a coercive act")
ev(a, R, "sanction", "occurred",
   ["De betrekkingen werden bevroren"],
   ["2010-01-01", "2010-12-31"], None, ["TUR", "ISR"], "carried from 2010")
ev(a, R, "agreement", "occurred",
   ["In 2016 sloten beide landen een verzoeningsakkoord"],
   ["2016-01-01", "2016-12-31"], "2016-06-28", IT)
ev(a, R, "sanction", "occurred",
   ["maar twee jaar later zette Ankara de Israëlische ambassadeur alsnog het land uit"],
   ["2018-01-01", "2018-12-31"], "2018-05-15", ["TUR", "ISR"], "'twee jaar later' than 2016")
ev(a, O, "proposal", "occurred",
   ["Herzog zei dat het doel is om de relatie stap voor stap weer op te bouwen"],
   "2022-03-09", "2022-03-09", IT, "optional")
ev(a, R, "proposal", "occurred",
   ["Erdogan zei dat Turkije bereid is met Israël samen te werken op het gebied van energie"],
   "2022-03-09", "2022-03-09", ["TUR", "ISR"], "stated willingness; the gas idea in the same sentence")
ev(a, R, ["talks", "summit"], "planned",
   ["Vandaag ontvangt de Turkse minister van Buitenlandse Zaken Mevlüt Çavusoglu in Antalya zijn Russische en Oekraïense collega's"],
   "2022-03-10", "2022-03-10", ["TUR", "RUS", "UKR"], "'vandaag' in a morning paper: planned")
ev(a, O, "proposal", "occurred",
   ["Beide landen proberen te bemiddelen tussen Moskou en Kyiv"],
   None, None, ["ISR", "TUR", "RUS", "UKR"], "generic, optional")
ev(a, R, "talks", "occurred",
   ["Erdogan belde Herzog in juli om hem te feliciteren met zijn aantreden"],
   ["2021-07-01", "2021-07-31"], "2021-07-12", ["TUR", "ISR"], "'vorig jaar' + 'in juli'")
ev(a, R, "talks", "occurred",
   ["Herzog en premier Naftali Bennett bedankten Erdogan daarna telefonisch"],
   ["2021-11-01", "2021-11-30"], "2021-11-18", IT, "'In november' carried by 'daarna'")
ev(a, N, ["agreement", "proposal"], "negated",
   ["Een terugkeer van ambassadeurs werd gisteren niet aangekondigd"],
   None, None, IT, "no return of ambassadors")
ev(a, O, "demand", "occurred",
   ["Erdogan zei dat hij Herzog had gewezen op het belang van een tweestatenoplossing"],
   "2022-03-09", "2022-03-09", ["TUR", "ISR"], "optional")
ev(a, O, "demand", "occurred",
   ["Israël wil op zijn beurt dat Turkije paal en perk stelt aan de activiteiten van Hamas-leden op Turks grondgebied"],
   None, None, IT, "a standing wish, optional")
ev(a, R, ["talks", "summit"], "planned",
   ["Volgens de Turkse president zullen ministers van beide landen elkaar binnenkort bezoeken",
    "Çavusoglu zou dan ook naar Israël reizen"],
   None, None, IT, "'binnenkort': no date")
ev(a, O, "condemnation", "occurred",
   ["dat hij nog in 2018 sprak van een terreurstaat"],
   ["2018-01-01", "2018-12-31"], None, ["TUR", "ISR"], "optional")
# ---------------------------------------------------------------- 07 Trade-office newsletter (month-only header): Abe in Beijing, 2018-11
a = "d21_07_handelsbericht_abe_peking"
JC = ["JPN", "CHN"]
ev(a, R, ["summit", "talks"], "occurred",
   ["Vorige maand bracht de Japanse premier Shinzo Abe een driedaags bezoek aan Peking, van 25 tot en met 27 oktober"],
   ["2018-10-25", "2018-10-27"], "2018-10-26", JC)
ev(a, R, ["talks", "summit"], "occurred",
   ["Abe sprak op 26 oktober met de Chinese premier Li Keqiang"],
   "2018-10-26", "2018-10-26", JC)
ev(a, R, ["summit", "talks"], "occurred",
   ["later die dag met president Xi Jinping"],
   "2018-10-26", "2018-10-26", JC, "same sentence as the talks with Li")
ev(a, R, "agreement", "occurred",
   ["De centrale banken van beide landen sloten een valutaswapovereenkomst van 200 miljard yuan"],
   ["2018-10-25", "2018-10-27"], "2018-10-26", JC, "during the visit")
ev(a, R, "agreement", "occurred",
   ["Japanse en Chinese bedrijven en instellingen tekenden ruim vijftig overeenkomsten"],
   ["2018-10-25", "2018-10-27"], "2018-10-26", JC)
ev(a, R, "agreement", "occurred",
   ["Beide regeringen kwamen overeen een dialoog over innovatie en intellectueel eigendom te beginnen"],
   ["2018-10-25", "2018-10-27"], "2018-10-26", JC)
ev(a, R, "agreement", "occurred",
   ["Xi en Abe spraken ook af dat ze elkaar vaker zullen bezoeken"],
   "2018-10-26", "2018-10-26", JC)
ev(a, R, "proposal", "occurred",
   ["Abe nodigde Xi uit voor een bezoek aan Japan"],
   "2018-10-26", "2018-10-26", JC, "invitation")
ev(a, R, "summit", "planned",
   ["Xi wordt in juni volgend jaar in elk geval in Osaka verwacht, voor de top van de G20"],
   ["2019-06-01", "2019-06-30"], "2019-06-28", ["G20", "CHN", "JPN"])
ev(a, N, "agreement", "negated",
   ["Over de betwiste eilanden werd geen akkoord bereikt"],
   None, None, JC, "no deal on the islands")
ev(a, R, "agreement", "occurred",
   ["Wel tekenden de twee landen een overeenkomst over samenwerking bij opsporing en redding op zee"],
   ["2018-10-25", "2018-10-27"], "2018-10-26", JC)
ev(a, N, "delivery", "negated",
   ["bevestigde Tokio dat het zijn ontwikkelingshulp aan China beëindigt",
    "nieuwe projecten komen er niet meer"],
   None, None, JC, "aid ended: no new deliveries")
ev(a, R, "agreement", "occurred",
   ["het vriendschapsverdrag dat beide landen in 1978 sloten"],
   ["1978-01-01", "1978-12-31"], "1978-08-12", JC)
# ---------------------------------------------------------------- 08 Student paper: Switzerland ends the framework talks with the EU, 2021-05-27 (Thu)
a = "d21_08_studentenblad_zwitserland_eu"
CE = ["CHE", "EU"]
ev(a, R, ["sanction", "talks"], "occurred",
   ["Zwitserland breekt onderhandelingen met EU af",
    "De Zwitserse regering heeft gisteren een punt gezet achter de onderhandelingen met de Europese Unie over een zogeheten raamakkoord",
    "Gisteren concludeerde de Zwitserse regering in Bern dat de verschillen te groot zijn"],
   "2021-05-26", "2021-05-26", CE, "talks broken off, 'gisteren'")
ev(a, O, "talks", "occurred",
   ["Die gesprekken liepen al sinds 2014"],
   ["2014-01-01", "2021-05-26"], None, CE, "the talks themselves, optional")
ev(a, R, "agreement", "occurred",
   ["Over de tekst waren onderhandelaars het eind 2018 in grote lijnen eens"],
   ["2018-10-01", "2018-12-31"], "2018-11-23", CE, "'eind 2018' = last quarter")
ev(a, R, ["talks", "summit"], "occurred",
   ["Bondspresident Guy Parmelin reisde eind april nog naar Brussel voor een gesprek met Commissievoorzitter Ursula von der Leyen"],
   ["2021-04-21", "2021-04-30"], "2021-04-23", CE)
ev(a, N, "agreement", "negated",
   ["Het akkoord wordt niet ondertekend"],
   None, None, CE, "no signature")
ev(a, R, "condemnation", "occurred",
   ["De Europese Commissie betreurde het besluit"],
   ["2021-05-26", "2021-05-27"], "2021-05-26", ["EU", "CHE"])
ev(a, O, ["sanction", "agreement"], "occurred",
   ["Zo verliep gisteren al een afspraak over medische hulpmiddelen"],
   "2021-05-26", "2021-05-26", CE, "a lapsed agreement, optional")
ev(a, R, "proposal", "occurred",
   ["De regering stelde voor om met de EU een politieke dialoog te beginnen over de verdere samenwerking"],
   ["2021-05-26", "2021-05-27"], "2021-05-26", CE)
ev(a, R, ["delivery", "proposal"], "planned",
   ["Ook wil ze het parlement vragen een bijdrage van 1,3 miljard frank vrij te geven voor Oost-Europese lidstaten"],
   None, None, CE, "money pledged, no date")
ev(a, R, "sanction", "occurred",
   ["Brussel schortte de deelname toen op",
    "Sinds 2014 doet Zwitserland al niet meer volwaardig mee aan het uitwisselingsprogramma Erasmus"],
   ["2014-01-01", "2014-12-31"], "2014-02-26", ["EU", "CHE"], "'toen' = 2014")
# ---------------------------------------------------------------- 09 Shipping trade paper: US and British strikes on the Houthis, 2024-01-13 (Sat)
a = "d21_09_scheepvaart_houthi_aanvallen"
ev(a, R, "sanction", "occurred",
   ["Aanvallen op Houthi's: rederijen houden Rode Zee voorlopig links liggen",
    "Na de Amerikaanse en Britse luchtaanvallen op de Houthi's in Jemen",
    "De aanvallen begonnen in de nacht van donderdag op vrijdag",
    "troffen volgens het Pentagon ruim zestig doelen op zestien locaties"],
   ["2024-01-11", "2024-01-12"], "2024-01-12", ["USA", "GBR", "HOUTHIS"], "strikes; night of Thursday to Friday")
ev(a, O, ["delivery", "proposal"], "occurred",
   ["Nederland, Australië, Canada en Bahrein ondersteunden de operatie"],
   ["2024-01-11", "2024-01-12"], "2024-01-12", ["NLD", "AUS", "CAN", "BHR", "USA", "GBR"], "support, optional")
ev(a, N, "sanction", "negated",
   ["zonder zelf doelen aan te vallen"],
   None, None, ["NLD", "AUS", "CAN", "BHR"], "the supporters did not strike")
ev(a, O, ["agreement", "proposal"], "occurred",
   ["De tien landen zeiden in een gezamenlijke verklaring dat de aanvallen bedoeld waren om de vrije doorvaart te beschermen"],
   ["2024-01-11", "2024-01-13"], "2024-01-12", ["USA", "GBR", "NLD", "AUS", "CAN", "BHR"], "joint statement, optional")
ev(a, R, "warning", "occurred",
   ["President Joe Biden zei dat hij niet zal aarzelen om verdere maatregelen te nemen als de beschietingen van schepen doorgaan"],
   ["2024-01-11", "2024-01-13"], "2024-01-11", ["USA", "HOUTHIS"])
ev(a, R, ["demand", "agreement"], "occurred",
   ["Woensdag had de VN-Veiligheidsraad de Houthi's al opgeroepen hun aanvallen op koopvaardijschepen onmiddellijk te staken",
    "De resolutie werd aangenomen met elf stemmen voor"],
   "2024-01-10", "2024-01-10", ["UN", "HOUTHIS"])
ev(a, R, ["demand", "talks"], "occurred",
   ["Moskou vroeg gisteren om een spoedzitting van de Raad over de luchtaanvallen"],
   "2024-01-12", "2024-01-12", ["RUS", "UN"])
ev(a, R, "condemnation", "occurred",
   ["die het een schending van het internationaal recht noemde"],
   "2024-01-12", "2024-01-12", ["RUS", "USA", "GBR"], "same sentence as the request")
ev(a, R, "warning", "occurred",
   ["dreigden dat de Verenigde Staten en Groot-Brittannië een hoge prijs zullen betalen",
    "Een woordvoerder zei dat alle Amerikaanse en Britse belangen nu legitieme doelen zijn"],
   ["2024-01-12", "2024-01-13"], "2024-01-12", ["HOUTHIS", "USA", "GBR"])
ev(a, R, "condemnation", "occurred",
   ["Iran, dat de Houthi's steunt, veroordeelde de aanvallen"],
   ["2024-01-12", "2024-01-13"], "2024-01-12", ["IRN", "USA", "GBR"])
ev(a, O, "demand", "occurred",
   ["Saudi-Arabië, dat zelf jaren tegen de Houthi's vocht, riep op tot terughoudendheid"],
   ["2024-01-12", "2024-01-13"], "2024-01-12", ["SAU"], "general appeal without target, optional")
ev(a, O, "proposal", "occurred",
   ["In december kondigden de Verenigde Staten al een internationale marinemissie aan"],
   ["2023-12-01", "2023-12-31"], "2023-12-18", ["USA"], "announced mission, optional")
ev(a, R, "delivery", "planned",
   ["Een tiental landen zegde schepen of personeel toe"],
   ["2023-12-01", "2023-12-31"], "2023-12-19", ["USA"], "a pledge ('zegde toe'), dated December")
ev(a, N, "sanction", "negated",
   ["Een directe aanval van de Verenigde Staten op Iran is niet aan de orde"],
   None, None, ["USA", "IRN"], "no strike on Iran")
# ---------------------------------------------------------------- 10 Flemish news site: European Political Community in Prague, 2022-10-07 (Fri)
a = "d21_10_vrt_praag_epg"
AA = ["ARM", "AZE"]
ev(a, R, "summit", "occurred",
   ["die gisteren voor het eerst samenkwam",
    "Op de Praagse Burcht zaten gisteren de leiders van 44 landen bij elkaar"],
   "2022-10-06", "2022-10-06", ["EPC", "EU", "CZE"], "EPC = European Political Community")
ev(a, R, ["summit", "talks"], "occurred",
   ["De Armeense premier Nikol Pasjinjan en de Azerbeidzjaanse president Ilham Aliyev spraken gisteravond laat met de Franse president Emmanuel Macron en met Europees Raadsvoorzitter Charles Michel"],
   "2022-10-06", "2022-10-06", ["ARM", "AZE", "FRA", "EU"])
ev(a, R, "agreement", "occurred",
   ["EU stuurt waarnemers naar grens Armenië en Azerbeidzjan",
    "hebben Armenië en Azerbeidzjan ingestemd met een Europese waarnemersmissie langs hun grens",
    "de EU zet aan de Armeense kant van de grens een civiele missie op"],
   "2022-10-06", "2022-10-06", ["ARM", "AZE", "EU"])
ev(a, R, "agreement", "occurred",
   ["Armenië en Azerbeidzjan bevestigden in Praag ook dat ze elkaars grondgebied erkennen"],
   "2022-10-06", "2022-10-06", AA)
ev(a, O, "sanction", "occurred",
   ["Half september waren bij zware gevechten aan de grens nog bijna tweehonderd soldaten om het leven gekomen"],
   ["2022-09-11", "2022-09-20"], "2022-09-13", ["AZE", "ARM"], "fighting, optional")
ev(a, R, "proposal", "occurred",
   ["Hij stelde in mei voor om naast de 27 lidstaten ook de andere Europese landen rond de tafel te brengen"],
   ["2022-05-01", "2022-05-31"], "2022-05-09", ["FRA", "EU"])
ev(a, N, "summit", "negated",
   ["Rusland en Belarus waren niet uitgenodigd"],
   None, None, ["RUS", "BLR"], "not invited")
ev(a, R, "demand", "occurred",
   ["riep de aanwezigen op zijn land te blijven steunen"],
   "2022-10-06", "2022-10-06", ["UKR"])
ev(a, R, "talks", "occurred",
   ["Zij voerde in Praag een gesprek met Macron"],
   "2022-10-06", "2022-10-06", ["GBR", "FRA"])
ev(a, R, "summit", "planned",
   ["beiden kondigden aan dat Frankrijk en het Verenigd Koninkrijk volgend jaar een top houden"],
   ["2023-01-01", "2023-12-31"], "2023-03-10", ["FRA", "GBR"])
ev(a, R, "talks", "occurred",
   ["Ook de Turkse president Recep Tayyip Erdogan ontmoette Pasjinjan"],
   "2022-10-06", "2022-10-06", ["TUR", "ARM"])
ev(a, R, "warning", "occurred",
   ["Hij waarschuwde Griekenland dat Turkije 'op een nacht plots kan komen'"],
   "2022-10-06", "2022-10-06", ["TUR", "GRC"], "at the closing press conference")
ev(a, R, "agreement", "occurred",
   ["De leiders spraken af dat de gemeenschap twee keer per jaar samenkomt"],
   "2022-10-06", "2022-10-06", ["EPC", "EU"])
ev(a, R, "summit", "planned",
   ["De volgende bijeenkomst is in het voorjaar in Moldavië"],
   ["2023-03-01", "2023-05-31"], None, ["EPC", "MDA"], "'in het voorjaar' (meteorological spring; it was held on 1 June)")
ev(a, N, "agreement", "negated",
   ["Een gezamenlijke slotverklaring kwam er niet"],
   None, None, ["EPC"], "no joint declaration")
ev(a, R, "summit", "planned",
   ["Vandaag gaat de Europese top in Praag verder, maar dan alleen met de leiders van de 27 EU-landen"],
   "2022-10-07", "2022-10-07", ["EU"], "'vandaag', morning item")
ev(a, N, "agreement", "negated",
   ["Een akkoord over een prijsplafond voor gas wordt niet verwacht"],
   None, None, ["EU"], "no price-cap deal expected")
ev(a, O, "demand", "occurred",
   ["Verschillende lidstaten, onder wie ook België, dringen al de voorbije weken aan op zo'n plafond"],
   ["2022-09-01", "2022-10-07"], None, ["BEL", "EU"], "'al de voorbije weken', optional")
# ---------------------------------------------------------------- 11 Foreign desk answers a reader: Nauru drops Taiwan, 2024-01-17 (Wed)
a = "d21_11_lezersvraag_nauru_taiwan"
ev(a, R, "sanction", "occurred",
   ["Ik las dat het eilandje Nauru Taiwan niet meer erkent en nu voor China kiest",
    "maakte maandag bekend dat het Taiwan niet langer als land erkent"],
   "2024-01-15", "2024-01-15", ["NRU", "TWN"], "derecognition, 'maandag'")
ev(a, R, "agreement", "planned",
   ["knoopt in plaats daarvan diplomatieke betrekkingen aan met de Volksrepubliek China",
    "beide landen willen hun betrekkingen binnenkort officieel bekrachtigen"],
   None, None, ["NRU", "CHN"], "announced, formal step still to come ('binnenkort'): planned, no date")
ev(a, R, "sanction", "occurred",
   ["Taipei kondigde dezelfde dag aan dat het zelf de banden met Nauru verbreekt"],
   "2024-01-15", "2024-01-15", ["TWN", "NRU"], "'dezelfde dag'")
ev(a, R, "condemnation", "occurred",
   ["De Taiwanese onderminister van Buitenlandse Zaken beschuldigde China ervan dat het de stap van Nauru met geld heeft gekocht"],
   ["2024-01-15", "2024-01-17"], "2024-01-15", ["TWN", "CHN"])
ev(a, R, "proposal", "occurred",
   ["China ontkent dat en verwelkomde het besluit van Nauru"],
   ["2024-01-15", "2024-01-17"], "2024-01-15", ["CHN", "NRU"], "welcome (model convention: proposal)")
ev(a, R, "agreement", "occurred",
   ["het erkende Peking in 2002"],
   ["2002-01-01", "2002-12-31"], "2002-07-21", ["NRU", "CHN"])
ev(a, O, "agreement", "occurred",
   ["in 2005 weer over naar Taipei"],
   ["2005-01-01", "2005-12-31"], "2005-05-14", ["NRU", "TWN"], "same sentence, optional")
ev(a, R, "sanction", "occurred",
   ["Honduras ging Nauru vorig jaar voor",
    "Eind maart 2023 verbrak dat Midden-Amerikaanse land de banden met Taiwan"],
   ["2023-03-21", "2023-03-31"], "2023-03-26", ["HND", "TWN"])
ev(a, R, "agreement", "occurred",
   ["knoopte het betrekkingen aan met China"],
   ["2023-03-21", "2023-03-31"], "2023-03-26", ["HND", "CHN"])
ev(a, R, "condemnation", "occurred",
   ["Ook toen zei Taipei dat Peking met beloften van geld had gelokt"],
   ["2023-03-21", "2023-03-31"], "2023-03-26", ["TWN", "CHN"])
ev(a, N, "agreement", "negated",
   ["Zou ook een van hen overstappen, dan wordt het isolement van Taiwan nog groter"],
   None, None, ["TWN"], "hypothetical")
ev(a, N, "agreement", "negated",
   ["Nederland en de meeste westerse landen erkennen Taiwan niet"],
   None, None, ["NLD", "TWN"], "non-recognition")
# ---------------------------------------------------------------- 12 Caribbean-Dutch outlet: Colombia-US row over deportation flights, 2025-01-27 (Mon)
a = "d21_12_curacao_colombia_vs"
CU = ["COL", "USA"]
UC = ["USA", "COL"]
ev(a, R, "sanction", "occurred",
   ["De Colombiaanse president Gustavo Petro weigerde twee Amerikaanse militaire vliegtuigen met uitgezette Colombianen toestemming om te landen"],
   "2025-01-26", "2025-01-26", CU, "'zondagochtend' from the sentence before")
ev(a, O, "condemnation", "occurred",
   ["Petro schreef op sociale media dat migranten met waardigheid moeten worden behandeld"],
   "2025-01-26", "2025-01-26", CU, "optional")
ev(a, R, "demand", "occurred",
   ["Hij eiste dat de Verenigde Staten burgervliegtuigen gebruiken"],
   "2025-01-26", "2025-01-26", CU)
ev(a, R, ["warning", "sanction"], "occurred",
   ["Hij kondigde aan dat op alle Colombiaanse producten een importheffing van 25 procent komt"],
   "2025-01-26", "2025-01-26", UC, "the tariff threat (never imposed, see the negative line)")
ev(a, R, "sanction", "occurred",
   ["Ook zouden Colombiaanse regeringsfunctionarissen en hun aanhangers geen Amerikaanse visa meer krijgen",
    "liet de visumafdeling van de ambassade in Bogotá meteen sluiten",
    "De visummaatregelen en extra controles van Colombiaanse reizigers blijven van kracht"],
   "2025-01-26", "2025-01-26", UC, "visa measures, in force")
ev(a, O, "sanction", "planned",
   ["Hij gaf opdracht de heffingen op Amerikaanse producten met 25 procent te verhogen"],
   "2025-01-26", "2025-01-26", CU, "ordered, overtaken the same day: optional")
ev(a, R, "proposal", "occurred",
   ["bood intussen het presidentiële vliegtuig aan om de migranten op te halen"],
   "2025-01-26", "2025-01-26", CU)
ev(a, R, "agreement", "occurred",
   ["Handelsruzie Colombia en VS in één dag bijgelegd",
    "Zondagavond meldde het Witte Huis dat Colombia had ingestemd met alle voorwaarden van Trump",
    "zei kort daarna in Bogotá dat de impasse was doorbroken"],
   "2025-01-26", "2025-01-26", CU)
ev(a, N, "sanction", "negated",
   ["De aangekondigde heffingen worden daarom niet ingevoerd"],
   None, None, UC, "tariffs not imposed")
ev(a, R, "talks", "planned",
   ["Hij kondigde aan dat hij de komende dagen met de Colombiaanse ambassadeur naar Washington reist voor overleg over de afspraken"],
   ["2025-01-27", "2025-02-03"], None, CU, "'de komende dagen'")
ev(a, R, "demand", "occurred",
   ["Volgens Bogotá blijft de eis overeind dat de teruggestuurde Colombianen waardig worden behandeld"],
   ["2025-01-26", "2025-01-27"], "2025-01-27", CU)
ev(a, N, "summit", "negated",
   ["Een ontmoeting tussen Petro en Trump staat niet op de agenda"],
   None, None, CU, "no meeting")
# ---------------------------------------------------------------- 13 Think-tank briefing (month-only header): the INF Treaty suspended, 2019-02
a = "d21_13_denktank_inf"
UR = ["USA", "RUS"]
ev(a, R, "sanction", "occurred",
   ["De Verenigde Staten schortten hun verplichtingen onder het verdrag op 1 februari op",
    "Op vrijdag 1 februari maakte de Amerikaanse minister van Buitenlandse Zaken Mike Pompeo bekend dat Washington zich niet langer aan het verdrag houdt"],
   "2019-02-01", "2019-02-01", UR, "suspension of the treaty")
ev(a, R, "sanction", "planned",
   ["Hij kondigde tegelijk aan dat de Verenigde Staten zich over zes maanden definitief terugtrekken"],
   ["2019-08-01", "2019-08-02"], "2019-08-02", UR, "'over zes maanden' from 1 February")
ev(a, O, "condemnation", "occurred",
   ["Volgens Washington schendt Moskou het verdrag al jaren met de 9M729"],
   None, None, UR, "standing accusation, optional")
ev(a, R, "condemnation", "occurred",
   ["De regering-Obama beschuldigde Rusland daar in 2014 voor het eerst publiekelijk van"],
   ["2014-01-01", "2014-12-31"], "2014-07-29", UR)
ev(a, R, "sanction", "occurred",
   ["Rusland deed een dag later hetzelfde",
    "Ook Rusland schort zijn deelname aan het verdrag op"],
   "2019-02-02", "2019-02-02", ["RUS", "USA"], "'de volgende dag'")
ev(a, N, "talks", "negated",
   ["Moskou zal zelf geen initiatief nemen voor nieuwe gesprekken over ontwapening"],
   None, None, ["RUS", "USA"], "no Russian initiative")
ev(a, R, "agreement", "occurred",
   ["Het verdrag werd in december 1987 in Washington getekend"],
   ["1987-12-01", "1987-12-31"], "1987-12-08", UR)
ev(a, N, "delivery", "negated",
   ["de kruisraketten in het Nederlandse Woensdrecht kwamen er nooit"],
   None, None, ["USA", "NLD"], "never deployed")
ev(a, R, "sanction", "planned",
   ["President Donald Trump kondigde in oktober vorig jaar aan dat zijn land zich uit het verdrag wilde terugtrekken"],
   ["2018-10-01", "2018-10-31"], "2018-10-20", UR, "announced intention, dated by the announcement")
ev(a, R, ["demand", "warning"], "occurred",
   ["Begin december stelde Pompeo tijdens een NAVO-vergadering in Brussel een ultimatum"],
   ["2018-12-01", "2018-12-10"], "2018-12-04", UR)
ev(a, R, "talks", "occurred",
   ["Vorige maand spraken Amerikaanse en Russische diplomaten in Genève nog over de raket"],
   ["2019-01-01", "2019-01-31"], "2019-01-15", UR, "'vorige maand' from a February header")
ev(a, N, "agreement", "negated",
   ["Dat overleg leverde niets op"],
   None, None, UR, "no result")
ev(a, R, "proposal", "occurred",
   ["Een Russisch aanbod om de raket aan Amerikaanse deskundigen te laten zien"],
   ["2019-01-01", "2019-01-31"], "2019-01-23", ["RUS", "USA"], "in the January context")
ev(a, R, ["proposal", "agreement"], "occurred",
   ["De NAVO-bondgenoten stelden zich op 1 februari in een verklaring volledig achter de Amerikaanse stap"],
   "2019-02-01", "2019-02-01", ["NATO", "USA"], "support (model convention: proposal)")
ev(a, R, "condemnation", "occurred",
   ["Zij houden Rusland verantwoordelijk voor de teloorgang van het verdrag"],
   "2019-02-01", "2019-02-01", ["NATO", "RUS"])
ev(a, R, "demand", "occurred",
   ["riepen Moskou op de laatste zes maanden te gebruiken om terug te keren naar naleving"],
   "2019-02-01", "2019-02-01", ["NATO", "RUS"])
ev(a, O, "proposal", "occurred",
   ["Nederland sloot zich daarbij aan"],
   "2019-02-01", "2019-02-01", ["NLD", "USA"], "optional")
ev(a, O, "proposal", "occurred",
   ["Duitsland liet weten dat het de komende maanden nog een diplomatieke oplossing wil zoeken"],
   ["2019-02-01", "2019-02-28"], None, ["DEU"], "optional")
ev(a, R, "condemnation", "occurred",
   ["wees Amerikaanse ideeën om ook Peking bij een nieuw verdrag te betrekken van de hand"],
   ["2019-02-01", "2019-02-28"], "2019-02-02", ["CHN", "USA"], "rejection, undated in the February briefing")
ev(a, N, "delivery", "negated",
   ["De NAVO zegt nu geen nieuwe kernraketten in Europa te willen plaatsen"],
   None, None, ["NATO"], "no deployment")
# ---------------------------------------------------------------- 14 Radio news bulletin: Kim Jong-un in Beijing, 2018-03-28 (Wed)
a = "d21_14_radionieuws_kim_peking"
PC = ["PRK", "CHN"]
ev(a, R, ["summit", "talks"], "occurred",
   ["Kim Jong-un was in Peking",
    "De Noord-Koreaanse leider Kim Jong-un is de afgelopen dagen in China geweest",
    "Het bezoek was officieus en duurde van zondag tot vandaag"],
   ["2018-03-25", "2018-03-28"], "2018-03-26", PC, "the visit, Sunday to Wednesday")
ev(a, R, ["summit", "talks"], "occurred",
   ["Kim sprak in Peking met de Chinese president Xi Jinping",
    "Xi ontving Kim in de Grote Hal van het Volk"],
   ["2018-03-25", "2018-03-28"], "2018-03-26", PC, "the meeting, within the visit")
ev(a, R, "proposal", "occurred",
   ["zei Kim daar dat hij zich inzet voor denuclearisatie van het Koreaanse schiereiland"],
   ["2018-03-25", "2018-03-28"], "2018-03-26", PC)
ev(a, R, "proposal", "occurred",
   ["Hij zei ook dat hij bereid is tot een top met de Verenigde Staten"],
   ["2018-03-25", "2018-03-28"], "2018-03-26", ["PRK", "USA"])
ev(a, R, ["proposal", "summit"], "occurred",
   ["Xi aanvaardde een uitnodiging van Kim om Noord-Korea te bezoeken"],
   ["2018-03-25", "2018-03-28"], "2018-03-26", ["CHN", "PRK"], "invitation accepted; the visit itself has no date")
ev(a, R, "sanction", "occurred",
   ["China steunde in de Veiligheidsraad de sancties tegen Noord-Korea na de kernproeven"],
   None, None, ["CHN", "UN", "PRK"], "undated ('de afgelopen jaren')")
ev(a, R, "summit", "planned",
   ["Kim en de Zuid-Koreaanse president Moon Jae-in ontmoeten elkaar eind april in het grensdorp Panmunjom"],
   ["2018-04-21", "2018-04-30"], "2018-04-27", ["PRK", "KOR"])
ev(a, R, "proposal", "occurred",
   ["dat Trump een uitnodiging van Kim heeft aanvaard"],
   ["2018-03-01", "2018-03-27"], "2018-03-08", ["USA", "PRK"], "'eerder deze maand'")
ev(a, R, "summit", "planned",
   ["dat hij hem uiterlijk in mei wil ontmoeten"],
   ["2018-03-28", "2018-05-31"], None, ["USA", "PRK"], "'uiterlijk in mei'")
ev(a, R, "proposal", "occurred",
   ["Zuid-Korea verwelkomde het bezoek aan Peking"],
   "2018-03-28", "2018-03-28", ["KOR", "PRK", "CHN"], "welcome; no other date")
ev(a, R, "talks", "occurred",
   ["China heeft Washington inmiddels over de ontmoeting ingelicht"],
   ["2018-03-25", "2018-03-28"], None, ["CHN", "USA"])
# ---------------------------------------------------------------- 15-16 no-event articles: sentinels
TRAPS = {
    "d21_15_tentoonstelling_vermeer": [
        "De Frick Collection in New York, die wegens een verbouwing tijdelijk elders zit, stuurde drie schilderijen over de oceaan",
        "Ook Washington, Londen, Parijs, Berlijn en Tokio leverden werk",
        "De onderhandelingen over die bruiklenen duurden jaren",
        "terwijl de Republiek in zijn tijd oorlog voerde met Engeland en Frankrijk",
        "Het museum waarschuwde bezoekers al om ruim op tijd te komen",
    ],
    "d21_16_schaakrubriek_ding": [
        "Hij waarschuwde dat een match van drie weken hem niet meer motiveerde",
        "Nepomnjasjtsji speelde in Astana onder de vlag van de wereldschaakbond FIDE",
        "Russische spelers mogen sinds de inval in Oekraïne niet meer onder hun eigen vlag uitkomen",
        "Na afloop kreeg Ding felicitaties uit de hele schaakwereld",
        "de onderhandelingen over de locatie van het volgende WK lopen al",
    ],
}
for a, note in [("d21_15_tentoonstelling_vermeer", "exhibition review (Vermeer, Rijksmuseum, 2023); traps: loans 'stuurde'/'leverden' from New York, Washington, Tokyo, 'onderhandelingen' over loans, a 17th-century war, 'waarschuwde'"),
                ("d21_16_schaakrubriek_ding", "chess column (world championship in Astana, April 2023); traps: 'waarschuwde', the FIDE flag and the ban on Russian flags, 'felicitaties', 'onderhandelingen' on a venue")]:
    ev(a, N, ALL, "negated", TRAPS[a], None, None, [],
       "NO-EVENT SENTINEL: article has no diplomatic event of its own; its trap sentences are listed; the line puts the article in scope so every other prediction in it counts as a false positive. " + note)

if __name__ == "__main__":
    goldkit.build(G, ROOT)
