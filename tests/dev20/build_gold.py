"""Build gold.jsonl for dev20 and check every mention is a verbatim substring of its article.

Edit this script, not the JSONL. Run: python build_gold.py
"""
import pathlib, sys

ROOT = pathlib.Path(__file__).parent
sys.path.insert(0, str(ROOT.parent / "setkit"))  # the gold helper, checks and writing: tests/setkit/goldkit.py
import goldkit  # noqa: E402
from goldkit import ALL, N, O, R  # noqa: E402,F401

G, ev = goldkit.collector()
# ---------------------------------------------------------------- 01 Agency wire: Ecuador raids the Mexican embassy, 2024-04-06 (Sat)
a = "d20_01_anp_ecuador_mexico"
ME = ["MEX", "ECU"]
ev(a, R, "sanction", "occurred",
   ["Mexico verbreekt banden met Ecuador na inval in ambassade",
    "Mexico heeft de diplomatieke betrekkingen met Ecuador verbroken",
    "maakte de breuk nog diezelfde avond bekend op sociale media"],
   "2024-04-05", "2024-04-05", ME, "announced 'diezelfde avond' = Friday evening")
ev(a, R, "sanction", "occurred",
   ["de Ecuadoraanse politie vrijdagavond de Mexicaanse ambassade in Quito was binnengevallen"],
   "2024-04-05", "2024-04-05", ["ECU", "MEX"], "the raid on the embassy as a coercive step against Mexico")
ev(a, R, "proposal", "occurred",
   ["Mexico had hem vrijdag, enkele uren voor de inval, politiek asiel verleend"],
   "2024-04-05", "2024-04-05", ME, "asylum granted: a unilateral step toward Ecuador's national; kept required as the model's 'offer'")
ev(a, R, "condemnation", "occurred",
   ["Mexico noemde de inval een flagrante schending van het internationaal recht"],
   ["2024-04-05", "2024-04-06"], "2024-04-05", ME, "undated reaction: raid to publication")
ev(a, R, "sanction", "occurred",
   ["Ecuador had de Mexicaanse ambassadeur donderdag tot persona non grata verklaard"],
   "2024-04-04", "2024-04-04", ["ECU", "MEX"])
ev(a, O, "condemnation", "occurred",
   ["Quito verdedigde de inval zaterdag opnieuw"],
   "2024-04-06", "2024-04-06", ["ECU", "MEX"], "a defence, optional")
ev(a, R, "condemnation", "occurred",
   ["Brazilië, Colombia en Chili veroordeelden de actie van de Ecuadoraanse politie"],
   ["2024-04-05", "2024-04-06"], "2024-04-06", ["BRA", "COL", "CHL", "ECU"])
ev(a, R, "sanction", "occurred",
   ["Nicaragua verbrak zaterdag eveneens de banden met Quito"],
   "2024-04-06", "2024-04-06", ["NIC", "ECU"])
ev(a, R, "demand", "occurred",
   ["De Organisatie van Amerikaanse Staten riep beide landen op tot dialoog"],
   ["2024-04-05", "2024-04-06"], "2024-04-06", ["OAS", "MEX", "ECU"])
ev(a, R, "demand", "planned",
   ["Mexico wil de zaak voorleggen aan het Internationaal Gerechtshof in Den Haag"],
   None, None, ["MEX", "ECU", "ICJ"], "intended case at the ICJ, no date")
ev(a, O, "sanction", "planned",
   ["Het Mexicaanse ambassadepersoneel wordt de komende dagen teruggehaald"],
   ["2024-04-06", "2024-04-13"], "2024-04-07", ME, "withdrawal of staff, optional")
ev(a, N, "summit", "negated",
   ["Een ontmoeting tussen de twee presidenten om de ruzie bij te leggen staat niet op de agenda"],
   None, None, ME, "no meeting")
ev(a, N, "sanction", "negated",
   ["de Britse politie ging daar toen niet naar binnen"],
   None, None, ["GBR", "ECU"], "no raid in London in 2012")
ev(a, R, "demand", "occurred",
   ["riepen de twee landen op hun meningsverschillen te overbruggen"],
   "2024-04-06", "2024-04-06", ["USA", "MEX", "ECU"], "'zaterdag' carried from the same sentence")
ev(a, O, "condemnation", "occurred",
   ["Quito noemde dat een belediging van het Ecuadoraanse volk"],
   None, None, ["ECU", "MEX"], "undated earlier reaction")
# ---------------------------------------------------------------- 02 Letters to the editor: recognition of Palestine, 2024-05-29 (Wed)
a = "d20_02_lezersbrieven_palestina"
ev(a, R, "agreement", "occurred",
   ["Sinds gisteren erkennen Spanje, Ierland en Noorwegen de staat Palestina"],
   "2024-05-28", "2024-05-28", ["ESP", "IRL", "NOR", "PSE"], "recognition in force 'sinds gisteren'")
ev(a, R, ["agreement", "proposal"], "occurred",
   ["De drie landen kondigden hun besluit vorige week woensdag tegelijk aan"],
   "2024-05-22", "2024-05-22", ["ESP", "IRL", "NOR", "PSE"], "the announcement")
ev(a, R, "sanction", "occurred",
   ["riep op de dag van de aankondiging zijn ambassadeurs in Dublin, Madrid en Oslo terug voor overleg"],
   "2024-05-22", "2024-05-22", ["ISR", "IRL", "ESP", "NOR"], "'op de dag van de aankondiging' = vorige week woensdag")
ev(a, R, "condemnation", "occurred",
   ["verweet de drie landen dat ze terreur belonen"],
   ["2024-05-22", "2024-05-29"], "2024-05-22", ["ISR", "ESP", "IRL", "NOR"], "undated: announcement to publication")
ev(a, R, ["agreement", "proposal"], "planned",
   ["Slovenië heeft al gezegd dat het ook wil erkennen"],
   None, None, ["SVN", "PSE"], "intended recognition, no date")
ev(a, N, "agreement", "negated",
   ["Nederland erkent Palestina voorlopig evenmin"],
   None, None, ["NLD", "PSE"], "no Dutch recognition")
ev(a, N, "agreement", "negated",
   ["zei dat het voor Parijs nu niet het juiste moment is"],
   None, None, ["FRA", "PSE"], "no French recognition now")
ev(a, R, "sanction", "occurred",
   ["het besloot dat het Spaanse consulaat in Jeruzalem geen Palestijnen meer mag bedienen"],
   ["2024-05-22", "2024-05-29"], "2024-05-24", ["ISR", "ESP"], "undated measure against the Spanish consulate: announcement to publication")
ev(a, O, "proposal", "occurred",
   ["zei dat de erkenning juist de gematigde krachten steunt"],
   ["2024-05-22", "2024-05-29"], "2024-05-22", ["NOR", "PSE"], "statement, optional")
ev(a, R, "proposal", "occurred",
   ["De Palestijnse president Mahmoud Abbas verwelkomde het besluit van de drie landen"],
   ["2024-05-22", "2024-05-29"], "2024-05-22", ["PSE", "ESP", "IRL", "NOR"], "welcome; the model makes welcomes optional, but here it is a head of state on a bilateral step: required")
ev(a, O, "agreement", "occurred",
   ["Het kabinet zegt al jaren dat het Palestina pas erkent als er een vredesproces is"],
   None, None, ["NLD", "PSE"], "generic policy, optional")
ev(a, R, "demand", "occurred",
   ["De drie regeringen riepen andere Europese landen vorige week op hun voorbeeld te volgen"],
   ["2024-05-20", "2024-05-26"], "2024-05-22", ["ESP", "IRL", "NOR", "EU"], "'vorige week'")
ev(a, O, "proposal", "occurred",
   ["De Spaanse premier Pedro Sánchez zei vorige week dat erkenning de enige weg naar vrede is"],
   ["2024-05-20", "2024-05-26"], "2024-05-22", ["ESP", "PSE"], "statement, optional")
# ---------------------------------------------------------------- 03 Turkish-Dutch community paper: Turkey halts trade with Israel, 2024-05-03 (Fri)
a = "d20_03_diaspora_turkije_israel"
TI = ["TUR", "ISR"]
ev(a, R, "sanction", "occurred",
   ["Turkije stopt alle handel met Israël",
    "Turkije heeft alle handel met Israël stilgelegd",
    "maakte gisteren bekend dat er geen export naar en geen import uit Israël meer plaatsvindt"],
   "2024-05-02", "2024-05-02", TI, "'gisteren'")
ev(a, R, "demand", "occurred",
   ["tot Israël ononderbroken humanitaire hulp naar Gaza toelaat"],
   "2024-05-02", "2024-05-02", TI, "the condition as a demand")
ev(a, R, "sanction", "occurred",
   ["Toen beperkte Turkije de uitvoer van tientallen productgroepen naar Israël"],
   ["2024-04-01", "2024-04-10"], "2024-04-09", TI, "'begin april' carried by 'Toen'")
ev(a, N, "delivery", "negated",
   ["nadat Israël had geweigerd Turkse hulpgoederen per vliegtuig boven Gaza te laten droppen"],
   None, None, ["TUR", "PSE"], "refused airdrop")
ev(a, R, "condemnation", "occurred",
   ["verweet president Recep Tayyip Erdogan dat hij zich als een dictator gedraagt en handelsafspraken schendt"],
   ["2024-05-02", "2024-05-03"], "2024-05-02", ["ISR", "TUR"])
ev(a, R, "warning", "occurred",
   ["Ook zei Katz dat Israël met zijn bondgenoten wil bekijken of Turkije gestraft kan worden"],
   ["2024-05-02", "2024-05-03"], "2024-05-02", ["ISR", "TUR"], "threat of punishment")
ev(a, R, "agreement", "occurred",
   ["Turkije en Israël herstelden in 2022 hun volledige diplomatieke banden"],
   ["2022-01-01", "2022-12-31"], "2022-08-17", TI)
ev(a, R, "sanction", "occurred",
   ["riep Ankara zijn ambassadeur al terug voor overleg"],
   ["2023-10-07", "2023-12-31"], "2023-11-04", TI, "after 'oktober'")
ev(a, R, "talks", "planned",
   ["zei dat het daarover met de Palestijnse autoriteiten gaat praten"],
   None, None, ["TUR", "PSE"], "planned talks, no date")
# ---------------------------------------------------------------- 04 Court-and-law page: Putin in Mongolia, 2024-09-04 (Wed)
a = "d20_04_recht_poetin_mongolie"
RM = ["RUS", "MNG"]
ev(a, R, ["summit", "talks"], "occurred",
   ["bracht een officieel bezoek aan Mongolië",
    "Poetin landde maandagavond in Ulaanbaatar"],
   ["2024-09-02", "2024-09-03"], "2024-09-03", RM, "the visit, Monday evening to Tuesday")
ev(a, R, ["summit", "talks"], "occurred",
   ["Gisteren werd hij op het centrale plein van de hoofdstad met een erewacht te paard ontvangen door de Mongoolse president Ukhnaagiin Khurelsukh",
    "De twee voerden daarna gesprekken over energie en infrastructuur"],
   "2024-09-03", "2024-09-03", RM, "'gisteren'")
ev(a, R, "agreement", "occurred",
   ["werden afspraken gemaakt over de levering van Russische brandstof aan Mongolië"],
   "2024-09-03", "2024-09-03", RM, "fuel supply deal, dated by the talks")
ev(a, N, "agreement", "negated",
   ["een akkoord daarover kwam er niet"],
   None, None, RM, "no pipeline agreement")
ev(a, R, "sanction", "occurred",
   ["Het Strafhof vaardigde in maart vorig jaar een arrestatiebevel uit tegen Poetin"],
   ["2023-03-01", "2023-03-31"], "2023-03-17", ["ICC", "RUS"])
ev(a, N, "summit", "negated",
   ["Een bezoek aan Zuid-Afrika voor de BRICS-top van vorig jaar ging om die reden niet door"],
   None, None, ["RUS", "ZAF"], "visit that did not take place")
ev(a, O, "summit", "occurred",
   ["Poetin nam toen via een videoverbinding deel"],
   ["2023-01-01", "2023-12-31"], "2023-08-22", ["RUS", "ZAF"], "video participation, optional")
ev(a, R, "demand", "occurred",
   ["Een woordvoerder van het hof herinnerde Ulaanbaatar vorige week aan die plicht"],
   ["2024-08-26", "2024-09-01"], "2024-08-30", ["ICC", "MNG"])
ev(a, R, "demand", "occurred",
   ["Oekraïne vroeg Mongolië in de dagen voor het bezoek met klem om Poetin te arresteren"],
   ["2024-08-26", "2024-09-02"], "2024-08-30", ["UKR", "MNG"])
ev(a, R, "condemnation", "occurred",
   ["Kyiv noemde het uitblijven daarvan na afloop een zware klap voor het internationale strafrecht"],
   ["2024-09-03", "2024-09-04"], "2024-09-03", ["UKR", "MNG"])
ev(a, R, "condemnation", "occurred",
   ["De Europese Unie betreurde dat Mongolië het bevel niet had uitgevoerd"],
   ["2024-09-03", "2024-09-04"], "2024-09-03", ["EU", "MNG"])
ev(a, R, "proposal", "occurred",
   ["Khurelsukh had Poetin daarvoor uitgenodigd"],
   None, None, RM, "invitation, undated")
ev(a, N, "sanction", "negated",
   ["Zou een lidstaat Poetin in de toekomst wel aanhouden"],
   None, None, ["RUS"], "hypothetical arrest")
ev(a, O, "warning", "occurred",
   ["dan zou dat volgens Moskou neerkomen op een oorlogsverklaring"],
   None, None, ["RUS"], "earlier generic warning, optional")
ev(a, O, "sanction", "planned",
   ["Het Strafhof kan vaststellen dat Mongolië zijn verplichtingen niet is nagekomen"],
   None, None, ["ICC", "MNG"], "possible finding, optional")
# ---------------------------------------------------------------- 05 Weekly bullet round-up: China-Japan-South Korea summit, 2024-05-31 (Fri)
a = "d20_05_weekoverzicht_seoul"
CJK = ["CHN", "JPN", "KOR"]
ev(a, R, "summit", "occurred",
   ["De Zuid-Koreaanse president Yoon Suk Yeol ontving maandag in Seoul de Japanse premier Fumio Kishida en de Chinese premier Li Qiang"],
   "2024-05-27", "2024-05-27", CJK, "'maandag' in a Friday round-up")
ev(a, R, "summit", "occurred",
   ["De vorige driehoekstop was eind 2019 in het Chinese Chengdu"],
   ["2019-10-01", "2019-12-31"], "2019-12-24", CJK)
ev(a, R, "agreement", "occurred",
   ["De drie landen spraken in een slotverklaring af dat ze de top voortaan weer regelmatig houden"],
   "2024-05-27", "2024-05-27", CJK)
ev(a, R, "agreement", "occurred",
   ["Ook willen ze de onderhandelingen over een gezamenlijk vrijhandelsverdrag hervatten"],
   "2024-05-27", "2024-05-27", CJK, "agreed intention, dated by the declaration")
ev(a, R, "talks", "occurred",
   ["Al op zondag voerde Yoon afzonderlijke gesprekken met Li en met Kishida"],
   "2024-05-26", "2024-05-26", ["KOR", "CHN", "JPN"])
ev(a, R, "talks", "occurred",
   ["Li en Kishida spraken elkaar die dag ook apart"],
   "2024-05-26", "2024-05-26", ["CHN", "JPN"], "'die dag' = zondag")
ev(a, R, "condemnation", "occurred",
   ["Yoon en Kishida veroordeelden de lancering"],
   "2024-05-27", "2024-05-27", ["KOR", "JPN", "PRK"], "dated by 'de avond van de top'")
ev(a, O, "demand", "occurred",
   ["riep alle partijen op tot terughoudendheid"],
   "2024-05-27", "2024-05-27", ["CHN"], "general appeal, optional")
ev(a, N, "agreement", "negated",
   ["Over Noord-Korea kwam geen gezamenlijke tekst tot stand"],
   None, None, CJK, "no joint text on North Korea")
ev(a, R, "summit", "planned",
   ["De volgende driehoekstop is in Japan"],
   None, None, CJK, "no date set")
ev(a, R, "demand", "occurred",
   ["Het Zuid-Koreaanse leger eiste dat het noorden daar onmiddellijk mee stopt"],
   ["2024-05-28", "2024-05-31"], "2024-05-29", ["KOR", "PRK"], "after 'vanaf dinsdag'")
ev(a, R, "talks", "occurred",
   ["Kishida en Li spraken ook over de lozing van gezuiverd koelwater"],
   ["2024-05-26", "2024-05-27"], "2024-05-26", ["JPN", "CHN"])
ev(a, R, "sanction", "occurred",
   ["China verbiedt sinds vorig jaar de invoer van Japanse vis"],
   ["2023-01-01", "2023-12-31"], "2023-08-24", ["CHN", "JPN"])
# ---------------------------------------------------------------- 06 Radio interview with an expert: Armenia freezes CSTO participation, 2024-02-24 (Sat)
a = "d20_06_radio_armenie_csto"
ev(a, R, "sanction", "occurred",
   ["Armenië heeft zijn deelname aan het Russische militaire bondgenootschap bevroren",
    "Premier Nikol Pasjinjan zei donderdag in een interview met een Franse televisiezender dat Armenië zijn deelname aan de Organisatie voor het Verdrag inzake Collectieve Veiligheid, de CSTO, heeft bevroren"],
   "2024-02-22", "2024-02-22", ["ARM", "CSTO", "RUS"], "announced 'donderdag'")
ev(a, N, "summit", "negated",
   ["Pasjinjan bleef in november al weg van de CSTO-top in Minsk"],
   None, None, ["ARM", "CSTO"], "stayed away from the summit")
ev(a, N, "sanction", "negated",
   ["Formeel is er niets opgezegd. Er is geen brief gestuurd"],
   None, None, ["ARM", "CSTO"], "no formal withdrawal")
ev(a, R, "demand", "planned",
   ["Het Kremlin zei vrijdag dat het geen officieel bericht had ontvangen en om opheldering zou vragen"],
   ["2024-02-23", "2024-03-31"], "2024-02-23", ["RUS", "ARM"], "announced request for clarification, not yet made")
ev(a, R, "delivery", "occurred",
   ["Armenië kocht vorig jaar al wapens in Frankrijk en India"],
   ["2023-01-01", "2023-12-31"], "2023-10-23", ["FRA", "IND", "ARM"])
ev(a, R, "agreement", "occurred",
   ["Het parlement stemde in oktober in met toetreding tot het Internationaal Strafhof"],
   ["2023-10-01", "2023-10-31"], "2023-10-03", ["ARM", "ICC"])
ev(a, O, "proposal", "occurred",
   ["Pasjinjan heeft het over aansluiting bij de Europese Unie"],
   None, None, ["ARM", "EU"], "a wish, optional")
ev(a, O, "condemnation", "occurred",
   ["wat Moskou zeer kwalijk nam"],
   ["2023-10-01", "2024-02-24"], "2023-10-03", ["RUS", "ARM"], "undated reaction to the October vote, optional")
ev(a, O, "sanction", "occurred",
   ["Toen Azerbeidzjan in september vorig jaar Nagorno-Karabach innam"],
   ["2023-09-01", "2023-09-30"], "2023-09-19", ["AZE", "ARM"], "military offensive, optional")
ev(a, R, "talks", "planned",
   ["De ministers van Buitenlandse Zaken van beide landen komen volgende week in Berlijn bijeen voor gesprekken over een vredesverdrag"],
   ["2024-02-26", "2024-03-03"], "2024-02-28", ["ARM", "AZE", "DEU"])
ev(a, R, "summit", "occurred",
   ["Vorige week zaterdag zaten Pasjinjan en de Azerbeidzjaanse president Ilham Aliyev in München aan tafel bij de Duitse bondskanselier Olaf Scholz"],
   "2024-02-17", "2024-02-17", ["ARM", "AZE", "DEU"], "'vorige week zaterdag' from Saturday 24 Feb")
ev(a, R, "agreement", "occurred",
   ["Ze spraken daar af om de onderhandelingen over een vredesverdrag voort te zetten"],
   "2024-02-17", "2024-02-17", ["ARM", "AZE"], "'daar' carries the Munich meeting")
# ---------------------------------------------------------------- 07 News in brief: India-Maldives row, 2024-01-09 (Tue)
a = "d20_07_kort_india_malediven"
IM = ["IND", "MDV"]
ev(a, R, "sanction", "occurred",
   ["India en de Malediven ontbieden elkaars diplomaten",
    "Het Indiase ministerie van Buitenlandse Zaken ontbood gisteren de hoge commissaris van de Malediven in New Delhi"],
   "2024-01-08", "2024-01-08", IM, "summons, 'gisteren'")
ev(a, R, "sanction", "occurred",
   ["Diezelfde dag riep Malé de Indiase gezant op het matje"],
   "2024-01-08", "2024-01-08", ["MDV", "IND"], "'diezelfde dag'")
ev(a, R, "sanction", "occurred",
   ["De regering in Malé schorste de drie onderministers zondag en nam afstand van hun uitspraken"],
   "2024-01-07", "2024-01-07", ["MDV", "IND"], "suspension, a step toward India")
ev(a, O, "sanction", "occurred",
   ["Indiase beroemdheden riepen op tot een boycot van de Malediven als vakantieland"],
   ["2024-01-07", "2024-01-09"], "2024-01-07", IM, "not a state: optional")
ev(a, R, ["summit", "talks"], "occurred",
   ["is deze week op staatsbezoek in China"],
   ["2024-01-08", "2024-01-12"], "2024-01-09", ["MDV", "CHN"], "state visit under way 'deze week'")
ev(a, R, "agreement", "planned",
   ["Tijdens het bezoek willen de twee landen een reeks overeenkomsten tekenen"],
   ["2024-01-09", "2024-01-14"], "2024-01-10", ["MDV", "CHN"], "'tijdens het bezoek' = this week")
ev(a, R, "demand", "occurred",
   ["Muizzu wil dat de Indiase militairen die op de eilanden gestationeerd zijn vertrekken; dat eiste hij al kort na zijn aantreden in november"],
   ["2023-11-17", "2023-11-30"], "2023-11-18", ["MDV", "IND"])
ev(a, N, "summit", "negated",
   ["Hij verbrak daarmee de traditie dat een nieuwe president als eerste naar India reist"],
   None, None, IM, "no first visit to India")
ev(a, R, "condemnation", "occurred",
   ["maar dat de uitspraken niet onbeantwoord konden blijven"],
   ["2024-01-08", "2024-01-09"], "2024-01-08", IM, "India's objection")
# ---------------------------------------------------------------- 08 TV news transcript: Iran attacks Israel, 2024-04-14 (Sun)
a = "d20_08_journaal_iran_israel"
ev(a, R, "sanction", "occurred",
   ["Iran heeft vannacht voor het eerst rechtstreeks vanaf eigen grondgebied Israël aangevallen",
    "De eerste drones werden gisteravond gelanceerd"],
   ["2024-04-13", "2024-04-14"], "2024-04-13", ["IRN", "ISR"], "military attack: coercive act between states, 'gisteravond' to 'vannacht'")
ev(a, R, "condemnation", "occurred",
   ["Vanmiddag veroordeelden de leiders van de G7 de aanval",
    "In een verklaring veroordelen ze de aanval zo scherp mogelijk"],
   "2024-04-14", "2024-04-14", ["G7", "IRN"])
ev(a, R, "summit", "occurred",
   ["De leiders van de zeven grote industrielanden hielden vanmiddag een videoconferentie"],
   "2024-04-14", "2024-04-14", ["G7"])
ev(a, O, "delivery", "occurred",
   ["De Verenigde Staten, het Verenigd Koninkrijk en Frankrijk hielpen daarbij"],
   ["2024-04-13", "2024-04-14"], "2024-04-14", ["USA", "GBR", "FRA", "ISR"], "military help, optional")
ev(a, R, "sanction", "occurred",
   ["de aanval van 1 april op zijn consulaat in Damascus"],
   "2024-04-01", "2024-04-01", ["ISR", "IRN"], "the strike on the consulate")
ev(a, R, "warning", "occurred",
   ["Maar Iran waarschuwde ook: als Israël terugslaat, zal de reactie veel zwaarder zijn"],
   ["2024-04-13", "2024-04-14"], "2024-04-14", ["IRN", "ISR"])
ev(a, R, "talks", "occurred",
   ["President Biden heeft Netanyahu vannacht aan de telefoon"],
   ["2024-04-13", "2024-04-14"], "2024-04-14", ["USA", "ISR"])
ev(a, N, "sanction", "negated",
   ["dat de Verenigde Staten niet meedoen aan een Israëlische tegenaanval"],
   None, None, ["USA", "ISR", "IRN"], "US will not join a counter-strike")
ev(a, R, "proposal", "occurred",
   ["Ze betuigen hun steun aan Israël"],
   "2024-04-14", "2024-04-14", ["G7", "ISR"], "support in the G7 statement")
ev(a, R, "demand", "occurred",
   ["roepen alle partijen op om verdere escalatie te voorkomen"],
   "2024-04-14", "2024-04-14", ["G7"])
ev(a, R, "warning", "occurred",
   ["Ook kondigen ze aan dat ze klaarstaan om verdere maatregelen te nemen"],
   "2024-04-14", "2024-04-14", ["G7", "IRN"])
ev(a, R, "condemnation", "occurred",
   ["Premier Rutte veroordeelde de aanval eveneens"],
   "2024-04-14", "2024-04-14", ["NLD", "IRN"])
ev(a, R, "talks", "planned",
   ["De VN-Veiligheidsraad komt vanavond, Nederlandse tijd, in New York in spoedzitting bijeen"],
   "2024-04-14", "2024-04-14", ["UN", "ISR", "IRN"])
ev(a, R, "condemnation", "occurred",
   ["Secretaris-generaal Guterres veroordeelde de aanval al"],
   ["2024-04-13", "2024-04-14"], "2024-04-14", ["UN", "IRN"])
ev(a, R, "talks", "planned",
   ["De ministers van Buitenlandse Zaken van de EU houden dinsdag een extra videovergadering over de situatie"],
   "2024-04-16", "2024-04-16", ["EU"])
ev(a, O, "sanction", "planned",
   ["Er wordt gesproken over nieuwe sancties tegen Iran"],
   ["2024-04-14", "2024-04-30"], "2024-04-16", ["EU", "IRN"], "discussed, optional")
ev(a, N, "sanction", "negated",
   ["dat het er niet bij betrokken was en dat het er niet van tevoren van op de hoogte was"],
   None, None, ["USA", "IRN"], "US denies involvement")
ev(a, O, "warning", "occurred",
   ["Iran zwoer toen al wraak"],
   ["2024-04-01", "2024-04-02"], "2024-04-01", ["IRN", "ISR"], "'toen' = after 1 April, optional")
# ---------------------------------------------------------------- 09 Business radio transcript: Lula in China, 2023-04-14 (Fri)
a = "d20_09_bnr_lula_china"
BC = ["BRA", "CHN"]
ev(a, R, ["summit", "talks"], "occurred",
   ["vandaag in Peking is ontvangen door Xi Jinping",
    "De twee presidenten spraken vanmiddag in de Grote Hal van het Volk"],
   "2023-04-14", "2023-04-14", BC)
ev(a, R, "agreement", "occurred",
   ["daarna werden ruim vijftien overeenkomsten getekend"],
   "2023-04-14", "2023-04-14", BC)
ev(a, O, "condemnation", "occurred",
   ["Lula zei gisteren in Shanghai dat hij zich afvraagt waarom alle landen hun handel in dollars moeten afrekenen"],
   "2023-04-13", "2023-04-13", ["BRA", "USA"], "criticism of the dollar, no state target: optional")
ev(a, R, "agreement", "occurred",
   ["Brazilië en China hadden al eerder afgesproken dat ze onderling ook in hun eigen munten kunnen handelen"],
   None, None, BC, "earlier, undated")
ev(a, R, "proposal", "occurred",
   ["Lula wil een groep neutrale landen vormen die tussen Rusland en Oekraïne bemiddelt. Hij heeft dat idee bij Xi neergelegd"],
   ["2023-04-13", "2023-04-14"], "2023-04-14", ["BRA", "CHN", "RUS", "UKR"])
ev(a, R, "agreement", "occurred",
   ["In hun gezamenlijke verklaring roepen de twee landen op tot vredesonderhandelingen"],
   "2023-04-14", "2023-04-14", BC, "joint statement, dated by the talks 'vandaag'")
ev(a, O, "demand", "occurred",
   ["roepen de twee landen op tot vredesonderhandelingen"],
   "2023-04-14", "2023-04-14", ["BRA", "CHN", "RUS", "UKR"], "the appeal inside the statement, optional")
ev(a, R, ["summit", "talks"], "planned",
   ["Morgen vliegt hij door naar Abu Dhabi voor een bezoek aan de Verenigde Arabische Emiraten"],
   "2023-04-15", "2023-04-15", ["BRA", "ARE"])
ev(a, O, "sanction", "occurred",
   ["dat het bedrijf op een zwarte lijst heeft gezet"],
   None, None, ["USA", "CHN"], "background, optional")
# ---------------------------------------------------------------- 10 Guest column of a former diplomat (month-only header): Modi in Washington, 2023-07
a = "d20_10_gastcolumn_modi_washington"
UI = ["USA", "IND"]
ev(a, R, ["summit", "talks"], "occurred",
   ["Vorige maand was de Indiase premier Narendra Modi drie dagen in de Verenigde Staten"],
   ["2023-06-20", "2023-06-24"], "2023-06-22", UI, "'vorige maand' from a July header; dated by 21 June and 'een dag later'")
ev(a, R, ["summit", "talks"], "occurred",
   ["Een dag later werd hij in Washington door president Joe Biden ontvangen",
    "De twee voerden gesprekken in het Oval Office"],
   "2023-06-22", "2023-06-22", UI, "'een dag later' after 21 June")
ev(a, O, "proposal", "occurred",
   ["een tweede toespraak voor beide Huizen van het Congres"],
   "2023-06-22", "2023-06-22", UI, "address to Congress, optional")
ev(a, R, "agreement", "occurred",
   ["General Electric en het Indiase staatsbedrijf Hindustan Aeronautics spraken af dat in India straalmotoren voor gevechtsvliegtuigen worden gebouwd"],
   "2023-06-22", "2023-06-22", UI)
ev(a, R, "delivery", "planned",
   ["India maakte daarnaast bekend dat het gewapende drones van het type MQ-9B wil kopen"],
   None, None, UI, "intended purchase, no date")
ev(a, R, "agreement", "occurred",
   ["En de twee landen openen nieuwe consulaten"],
   "2023-06-22", "2023-06-22", UI)
ev(a, R, "agreement", "occurred",
   ["Ook werd India lid van de Artemis-akkoorden"],
   ["2023-06-21", "2023-06-23"], "2023-06-21", UI)
ev(a, R, "agreement", "planned",
   ["De twee landen willen volgend jaar samen een astronaut naar het internationale ruimtestation sturen"],
   ["2024-01-01", "2024-12-31"], "2024-06-01", UI)
ev(a, N, "condemnation", "negated",
   ["heeft de oorlog nooit veroordeeld"],
   None, None, ["IND", "RUS"], "no Indian condemnation")
ev(a, N, "demand", "negated",
   ["Biden drong daar in het openbaar niet op aan"],
   None, None, UI, "no public pressure")
ev(a, O, "demand", "occurred",
   ["Tientallen Democratische Congresleden hadden Biden in een brief gevraagd het onderwerp aan te kaarten"],
   None, None, ["USA"], "domestic letter, optional")
ev(a, R, ["summit", "talks"], "occurred",
   ["Direct na Washington vloog Modi door naar Caïro, voor zijn eerste bezoek aan Egypte als premier"],
   ["2023-06-24", "2023-06-25"], "2023-06-24", ["IND", "EGY"])
ev(a, R, "summit", "planned",
   ["In september ontvangt Modi de leiders van de G20 in New Delhi"],
   ["2023-09-01", "2023-09-30"], "2023-09-09", ["IND", "G20"])
ev(a, R, "summit", "planned",
   ["Biden wordt daar verwacht"],
   ["2023-09-01", "2023-09-30"], "2023-09-09", UI, "'daar' = the G20 in September")
# ---------------------------------------------------------------- 11 Regional paper: Sunak and Macron in Paris, 2023-03-11 (Sat)
a = "d20_11_regio_sunak_macron"
GF = ["GBR", "FRA"]
ev(a, R, "summit", "occurred",
   ["spraken gisteren in het Élysée af",
    "Het was de eerste Brits-Franse top in vijf jaar"],
   "2023-03-10", "2023-03-10", GF)
ev(a, R, "agreement", "occurred",
   ["Londen betaalt Parijs voor strengere grensbewaking",
    "dat het Verenigd Koninkrijk de komende drie jaar ruim een half miljard euro aan Frankrijk betaalt"],
   "2023-03-10", "2023-03-10", GF)
ev(a, N, "agreement", "negated",
   ["Een terugnameakkoord, waardoor Groot-Brittannië migranten naar Frankrijk zou kunnen terugsturen, kwam er niet"],
   None, None, GF, "no returns agreement")
ev(a, O, "proposal", "occurred",
   ["Macron zei dat zo'n afspraak met de hele Europese Unie gemaakt moet worden"],
   "2023-03-10", "2023-03-10", ["FRA", "GBR", "EU"], "optional")
ev(a, R, "agreement", "occurred",
   ["willen samenwerken bij de opleiding van Oekraïense mariniers"],
   "2023-03-10", "2023-03-10", ["GBR", "FRA", "UKR"])
ev(a, R, "summit", "planned",
   ["Een volgende top moet volgend jaar in het Verenigd Koninkrijk worden gehouden"],
   ["2024-01-01", "2024-12-31"], "2024-06-01", GF)
ev(a, R, "summit", "planned",
   ["Koning Charles komt eind deze maand op staatsbezoek in Frankrijk"],
   ["2023-03-21", "2023-03-31"], "2023-03-26", GF)
ev(a, R, "summit", "planned",
   ["Hij reist daarna door naar Duitsland"],
   ["2023-03-21", "2023-03-31"], "2023-03-29", ["GBR", "DEU"], "'daarna' after end of March")
ev(a, R, "talks", "occurred",
   ["Sunak en Macron spraken elkaar in november al op de klimaattop in het Egyptische Sharm el-Sheikh"],
   ["2022-11-01", "2022-11-30"], "2022-11-07", GF, "'in november' from a March 2023 paper = November 2022")
ev(a, R, "agreement", "occurred",
   ["Kort daarna sloten de ministers van Binnenlandse Zaken van beide landen een eerste akkoord over meer patrouilles op de Franse stranden"],
   ["2022-11-01", "2022-11-30"], "2022-11-14", GF, "'kort daarna' carried from November")
# ---------------------------------------------------------------- 12 Flemish news site: Serbia-Kosovo plates deal, 2022-11-24 (Thu)
a = "d20_12_vrt_kosovo_servie"
SK = ["SRB", "XKX"]
ev(a, R, "agreement", "occurred",
   ["Akkoord tussen Servië en Kosovo over nummerplaten",
    "Servië en Kosovo hebben een akkoord bereikt in hun conflict over nummerplaten",
    "Dat heeft Europees buitenlandchef Josep Borrell gisteravond laat in Brussel bekendgemaakt"],
   "2022-11-23", "2022-11-23", SK + ["EU"])
ev(a, R, "proposal", "planned",
   ["beide partijen nu binnen enkele dagen worden uitgenodigd om te praten over de normalisering van hun betrekkingen"],
   ["2022-11-24", "2022-12-01"], "2022-11-24", ["EU"] + SK, "invitation to come")
ev(a, R, "talks", "occurred",
   ["Het akkoord kwam tot stand na onderhandelingen onder leiding van EU-gezant Miroslav Lajčák"],
   ["2022-11-22", "2022-11-23"], "2022-11-23", ["EU"] + SK)
ev(a, N, "summit", "negated",
   ["Maandag was een topontmoeting tussen de Servische president Aleksandar Vučić en de Kosovaarse premier Albin Kurti in Brussel nog mislukt"],
   None, None, SK + ["EU"], "failed summit: it took place but failed; the model treats failure as negated")
ev(a, O, "condemnation", "occurred",
   ["Borrell gaf toen vooral Kurti de schuld"],
   "2022-11-21", "2022-11-21", ["EU", "XKX"], "'toen' = Monday; optional")
ev(a, R, "demand", "occurred",
   ["Washington had Pristina gevraagd de boetes voor bestuurders met Servische platen op te schorten"],
   None, None, ["USA", "XKX"], "earlier, undated")
ev(a, R, "demand", "occurred",
   ["Eind juli stelde Pristina de maatregel al eens uit, na onrust aan de grens en een verzoek van de Amerikaanse ambassadeur"],
   ["2022-07-21", "2022-07-31"], "2022-07-31", ["USA", "XKX"], "the US request behind the July postponement")
ev(a, O, "demand", "occurred",
   ["Onder druk van de Verenigde Staten en de EU werd de invoering al eerder uitgesteld"],
   None, None, ["USA", "EU", "XKX"], "pressure, undated, optional")
ev(a, R, "proposal", "occurred",
   ["De Amerikaanse ambassade in Pristina verwelkomde het akkoord"],
   ["2022-11-23", "2022-11-24"], "2022-11-24", ["USA", "XKX", "SRB"], "welcome")
ev(a, N, "agreement", "negated",
   ["Servië erkent dat niet, net zomin als vijf EU-lidstaten, waaronder Spanje"],
   None, None, ["SRB", "ESP", "XKX"], "no recognition")
# ---------------------------------------------------------------- 13 Analysis: Biden-Xi virtual summit, 2021-11-17 (Wed)
a = "d20_13_analyse_biden_xi"
UC = ["USA", "CHN"]
ev(a, R, "summit", "occurred",
   ["de videoverbinding tussen het Witte Huis en de Grote Hal van het Volk was het langste gesprek tussen de Amerikaanse president Joe Biden en de Chinese leider Xi Jinping sinds Biden aantrad",
    "In Washington was het maandagavond, in Peking al dinsdagochtend"],
   ["2021-11-15", "2021-11-16"], "2021-11-15", UC)
ev(a, R, "warning", "occurred",
   ["Xi waarschuwde volgens de Chinese staatsmedia dat wie met vuur speelt, zich eraan brandt"],
   ["2021-11-15", "2021-11-16"], "2021-11-16", ["CHN", "USA"])
ev(a, N, "sanction", "negated",
   ["dat Peking beslissende maatregelen neemt als Taiwan grenzen overschrijdt"],
   None, None, ["CHN", "TWN"], "conditional measures")
ev(a, R, "condemnation", "occurred",
   ["Washington zich sterk verzet tegen eenzijdige pogingen om de status quo te veranderen"],
   ["2021-11-15", "2021-11-16"], "2021-11-16", UC)
ev(a, R, "condemnation", "occurred",
   ["Biden sprak Xi verder aan op de behandeling van de Oeigoeren in Xinjiang"],
   ["2021-11-15", "2021-11-16"], "2021-11-16", UC)
ev(a, O, "condemnation", "occurred",
   ["Xi wees dat af als inmenging in binnenlandse zaken"],
   ["2021-11-15", "2021-11-16"], "2021-11-16", ["CHN", "USA"])
ev(a, N, "agreement", "negated",
   ["Concrete akkoorden kwamen er niet, en er was geen gezamenlijke verklaring"],
   None, None, UC)
ev(a, R, "agreement", "occurred",
   ["dat de twee presidenten hadden afgesproken te bekijken of gesprekken over strategische stabiliteit mogelijk zijn"],
   ["2021-11-15", "2021-11-16"], "2021-11-16", UC, "agreed at the summit, reported 'gisteren'")
ev(a, O, "agreement", "occurred",
   ["Ook zouden de twee landen het eens zijn over een versoepeling van visa voor journalisten"],
   ["2021-11-15", "2021-11-17"], "2021-11-16", UC, "reported, optional")
ev(a, R, "talks", "occurred",
   ["In maart ontaardde de eerste ontmoeting op hoog niveau tussen de twee regeringen, in het Amerikaanse Alaska"],
   ["2021-03-01", "2021-03-31"], "2021-03-18", UC)
ev(a, R, "talks", "occurred",
   ["Biden en Xi spraken elkaar in februari en september telefonisch"],
   ["2021-02-01", "2021-09-30"], "2021-02-10", UC, "two calls in one clause: one line")
ev(a, R, "agreement", "occurred",
   ["Vorige week verrasten de twee landen nog tijdens de klimaattop in Glasgow met een gezamenlijke verklaring"],
   ["2021-11-08", "2021-11-14"], "2021-11-10", UC)
ev(a, O, "sanction", "planned",
   ["In Washington wordt openlijk gesproken over een diplomatieke boycot"],
   ["2022-02-01", "2022-02-28"], "2022-02-04", ["USA", "CHN"], "considered, optional")
ev(a, N, "sanction", "negated",
   ["Als de Verenigde Staten daartoe besluiten, zullen andere westerse landen waarschijnlijk volgen"],
   None, None, ["USA", "CHN"], "hypothetical boycott")
ev(a, N, "proposal", "negated",
   ["Xi nodigde Biden niet uit voor de Spelen"],
   None, None, UC, "no invitation")
ev(a, N, "summit", "negated",
   ["Hij ontbrak daardoor ook bij de G20 in Rome"],
   None, None, ["CHN", "G20"], "Xi absent in person")
# ---------------------------------------------------------------- 14 'What we know' explainer: Iraq expels Sweden's ambassador, 2023-07-21 (Fri)
a = "d20_14_watweten_irak_zweden"
IS = ["IRQ", "SWE"]
ev(a, R, "sanction", "occurred",
   ["Irak zet Zweedse ambassadeur het land uit",
    "Donderdagmiddag maakte de Iraakse regering bekend dat de Zweedse ambassadeur het land moet verlaten"],
   "2023-07-20", "2023-07-20", IS)
ev(a, R, "sanction", "occurred",
   ["Ook riep Bagdad zijn eigen zaakgelastigde in Stockholm terug"],
   "2023-07-20", "2023-07-20", IS)
ev(a, R, "warning", "occurred",
   ["had eerder al gewaarschuwd dat Irak de betrekkingen met Zweden zou verbreken als er opnieuw een koran werd verbrand"],
   ["2023-06-28", "2023-07-20"], "2023-07-20", IS, "before Thursday, after the June burning")
ev(a, N, "sanction", "negated",
   ["Of Irak de banden echt verbreekt, is onduidelijk. Bagdad heeft dat niet gedaan"],
   None, None, IS, "no break of ties")
ev(a, R, "condemnation", "occurred",
   ["noemde de bestorming van de ambassade volstrekt onaanvaardbaar"],
   "2023-07-20", "2023-07-20", ["SWE", "IRQ"])
ev(a, R, "demand", "occurred",
   ["Hij eiste dat Irak de diplomaten en het gebouw beschermt"],
   "2023-07-20", "2023-07-20", ["SWE", "IRQ"])
ev(a, R, "sanction", "occurred",
   ["Stockholm ontbood de Iraakse zaakgelastigde"],
   "2023-07-20", "2023-07-20", ["SWE", "IRQ"])
ev(a, R, "sanction", "occurred",
   ["De Iraakse autoriteiten schortten de vergunning van het Zweedse telecombedrijf Ericsson op"],
   "2023-07-20", "2023-07-20", IS)
ev(a, O, "sanction", "occurred",
   ["De Zweedse regering heeft de ambassade in Bagdad voorlopig gesloten"],
   ["2023-07-20", "2023-07-21"], "2023-07-20", ["SWE", "IRQ"], "closure for safety, optional")
ev(a, R, "condemnation", "occurred",
   ["Toen veroordeelden onder meer Turkije, Marokko en Iran de actie"],
   ["2023-06-21", "2023-06-30"], "2023-06-28", ["TUR", "MAR", "IRN", "SWE"], "'toen' = eind juni")
ev(a, R, "sanction", "occurred",
   ["Marokko riep zijn ambassadeur terug"],
   ["2023-06-21", "2023-06-30"], "2023-06-28", ["MAR", "SWE"])
ev(a, R, "agreement", "occurred",
   ["Turkije stemde vorige week in Vilnius toe om het Zweedse lidmaatschap naar het Turkse parlement te sturen"],
   ["2023-07-10", "2023-07-16"], "2023-07-10", ["TUR", "SWE", "NATO"])
ev(a, R, "condemnation", "occurred",
   ["De Europese Unie veroordeelde de bestorming van de ambassade"],
   ["2023-07-20", "2023-07-21"], "2023-07-20", ["EU", "IRQ"])
ev(a, R, "talks", "planned",
   ["Eind deze maand praten de lidstaten van de Organisatie voor Islamitische Samenwerking"],
   ["2023-07-21", "2023-07-31"], "2023-07-31", ["OIC"])
# ---------------------------------------------------------------- 15-16 no-event articles: sentinels
TRAPS = {
    "d20_15_sport_ekfinale": [
        "Op de tribune in het Olympiastadion zaten onder meer de Spaanse koning Felipe en de Britse prins William",
        "De Engelse bond kondigde aan dat hij de komende dagen met Southgate gaat praten",
        "De spelers worden vandaag door de koning ontvangen in het paleis en door Sánchez in zijn ambtswoning",
        "Spanje had in de halve finale Frankrijk uitgeschakeld",
        "Het volgende EK wordt in 2028 gehouden in het Verenigd Koninkrijk en Ierland",
    ],
    "d20_16_weer_zachte_winter": [
        "Waterschappen waarschuwden voor drassige dijken",
        "De Spaanse regio Catalonië riep begin februari een noodtoestand uit wegens droogte",
        "Klimaatdeskundigen waarschuwden dat zachte winters vaker zullen voorkomen",
        "De Franse president Emmanuel Macron bezocht eind februari de landbouwbeurs in Parijs",
        "In Den Haag praatten de onderhandelaars voor een nieuw kabinet nog altijd over een coalitie",
    ],
}
for a, note in [("d20_15_sport_ekfinale", "sport (Euro 2024 final in Berlin, 14 Jul 2024); traps: royals in the stand, 'gaat praten', a reception by king and prime minister, Spain v France, UK and Ireland as hosts"),
                ("d20_16_weer_zachte_winter", "weather (record-mild February 2024); traps: 'waarschuwden' twice, 'noodtoestand', Macron 'bezocht', Dutch coalition talks")]:
    ev(a, N, ALL, "negated", TRAPS[a], None, None, [],
       "NO-EVENT SENTINEL: article has no diplomatic event of its own; its trap sentences are listed; the line puts the article in scope so every other prediction in it counts as a false positive. " + note)

if __name__ == "__main__":
    goldkit.build(G, ROOT)
