"""Whole articles written by the team: the events, their status, actors and dates."""
import os

import pytest

from events import articles, extract
from conftest import ROOT

FIX = os.path.join(ROOT, "tests", "fixtures", "articles")


def _events(name):
    w = []
    arts = list(articles.read([os.path.join(FIX, name)], w.append))
    assert w == [] and len(arts) == 1
    return arts[0], [e.to_dict() for e in extract.extract_article(arts[0])]


# (type, status, actors that must be there, date_start, date_end)
OSLO = [
    ("talks", "occurred", {"NOR", "UKR"}, "2023-03-09", "2023-03-09"),
    ("delivery", "planned", {"NOR", "UKR"}, None, None),
    ("delivery", "occurred", {"NOR"}, None, None),
    ("warning", "occurred", {"RUS", "NOR"}, "2023-03-08", "2023-03-08"),
    ("talks", "planned", {"NOR", "SWE"}, "2023-03-14", "2023-03-14"),
    ("summit", "negated", {"FIN"}, None, None),
]


def test_oslo_article():
    art, evs = _events("t_oslo_gesprekken.txt")
    assert art.published.precision == "day" and art.dateline == "Oslo"
    for typ, status, actors, start, end in OSLO:
        hits = [e for e in evs if e["type"] == typ and e["status"] == status and actors <= set(e["actors"])]
        assert hits, f"no {typ}/{status} with {actors}: {[(e['type'], e['status'], e['actors']) for e in evs]}"
        if start:
            assert (hits[0]["date_start"], hits[0]["date_end"]) == (start, end)
    assert len(evs) == len(OSLO), [(e["type"], e["status"], e["evidence"][0]["sentence"]) for e in evs]


def test_repeated_mention_joins_evidence():
    _, evs = _events("t_oslo_gesprekken.txt")
    talks = [e for e in evs if e["type"] == "talks" and e["status"] == "occurred"]
    assert len(talks) == 1 and len(talks[0]["evidence"]) == 2


# (text, how many talks events it holds): a meeting told again paragraphs later by the same two or more parties, in
# the past, is the same meeting (a photo report's captions); not one told as repeated ("nog meerdere keren")
FAR_REPEATS = [
    ("De Chileense president bracht gisteren een bezoek aan Argentinië. Het was haar eerste reis naar het buurland. "
     "Ze nam de trein.\n\nDe pers volgde haar overal. Er waren veel fotografen.\n\nIn Buenos Aires sprak de "
     "Chileense president met de Argentijnse president over de grens.", 1),
    ("De Chileense president bracht gisteren een bezoek aan Argentinië. Het was haar eerste reis naar het buurland. "
     "Ze nam de trein.\n\nDe pers volgde haar overal. Er waren veel fotografen.\n\nDe Chileense minister reisde "
     "daarna nog meerdere keren naar Argentinië.", 2),
]


@pytest.mark.parametrize("text,n", FAR_REPEATS, ids=[t[-40:] for t, _ in FAR_REPEATS])
def test_a_meeting_told_again_further_on_by_the_same_parties_is_one(text, n):
    art = articles._article("t", text, articles.parse_date_header("2024-05-16"))
    assert sum(e.type == "talks" for e in extract.extract_article(art)) == n


def test_a_meeting_word_named_by_whose_meeting_it_is_refers_back_to_nothing():
    # "de jaarlijkse top van de Afrikaanse Unie" names its summit: not the talks told just before it
    art = articles._article("t", "De Keniaanse president praat ook met Ethiopië over de grens. Van maandag tot en met "
                            "woensdag is Addis Abeba het decor van de jaarlijkse top van de Afrikaanse Unie.",
                            articles.parse_date_header("2024-05-12"))
    got = sorted(e.type for e in extract.extract_article(art))
    assert got == ["summit", "talks"], got


# (text, how many agreements the article holds): an agreement told by another noun after 'een' in a sentence
# opened by 'Ook' is another document; the same document told again by another noun is not
DOCUMENTS = [
    ("De Russische president ontving gisteren president Xi. De twee leiders ondertekenden een verklaring over "
     "samenwerking. Ook werd een contract gesloten voor extra Russisch gas aan China.", 2),
    ("Armenië, Azerbeidzjan en Rusland hebben gisteravond een akkoord getekend. De Russische president, de "
     "Azerbeidzjaanse president en de Armeense premier tekenden een verklaring van negen punten.", 1),
]


@pytest.mark.parametrize("text,n", DOCUMENTS, ids=[t[:40] for t, _ in DOCUMENTS])
def test_another_document_told_with_ook_is_another_agreement(text, n):
    art = articles._article("t", text, articles.parse_date_header("2022-02-05"))
    assert sum(e.type == "agreement" for e in extract.extract_article(art)) == n


# (text, how many talks events): a sentence opened by 'Hij' after a meeting of one named person tells that person's
# meeting ("daar" = the place of the visit); 'een nieuwe ontmoeting' is another meeting; a description of the
# meeting just told, also inside an interview's quoted answer, is that meeting
MEETINGS_AGAIN = [
    ("De Spaanse premier was dinsdag in Lissabon.\n\n\"Ja. Hij sprak daar met de Portugese president over water.\"", 1),
    ("De Spaanse premier was dinsdag in Lissabon. Hij nodigde de Portugese president uit voor een nieuwe ontmoeting in "
     "mei.", 2),
    ("De Spaanse premier sprak dinsdag in Lissabon met de Portugese president.\n\n\"Het was een open gesprek. "
     "Daarna volgde een diner.\"", 1),
    # who sat at the table of the conference just told took part in it: no meeting of its own
    ("De Soedan-conferentie die de Britse premier zondag in Londen organiseerde, bracht weinig op. Aan tafel zaten "
     "onder anderen de Egyptische president en de Keniaanse president.", 0),
    # talks told in the sentence of a summit between the same parties are that summit; a summit named as the
    # setting of the talks ('Op de ... top'), or one of other parties, leaves the talks their own
    ("Gisteren zat de Spaanse premier in Lissabon aan tafel met de Portugese president, de eerste Iberische top in "
     "tien jaar.", 0),
    ("Op de top in Lissabon sprak de Spaanse premier gisteren met de Portugese president.", 1),
    ("Op de EU-top sprak de Spaanse premier gisteren met de Portugese president.", 1),
]


@pytest.mark.parametrize("text,n", MEETINGS_AGAIN, ids=[t[:50] for t, _ in MEETINGS_AGAIN])
def test_a_meeting_told_again_after_a_pronoun_or_as_a_description(text, n):
    art = articles._article("t", text, articles.parse_date_header("2024-03-08"))
    assert sum(e.type == "talks" for e in extract.extract_article(art)) == n


# (text, expected (type, status) pairs): a perfect auxiliary before a comma-enclosed apposition governs the
# participle after it ("heeft de emir, sjeik X, vandaag ontvangen": done today, not planned); an act told as done
# after the same act told as not done is another event, not a repeat of the one that did not happen
STATUS_ACROSS = [
    ("De Jordaanse koning heeft de president van Egypte, de oud-generaal Abdel Fattah al-Sisi, vandaag in de haven "
     "van Akaba ontvangen.", [("talks", "occurred")]),
    ("Marokko en Algerije hebben hun banden nog niet hersteld.\n\nDe Algerijnse minister zei na afloop dat beide "
     "landen hun banden met Spanje volledig herstellen.", [("agreement", "negated"), ("agreement", "occurred")]),
]


@pytest.mark.parametrize("text,expected", STATUS_ACROSS, ids=[t[:50] for t, _ in STATUS_ACROSS])
def test_status_across_an_apposition_and_after_an_act_not_done(text, expected):
    art = articles._article("t", text, articles.parse_date_header("2024-03-08"))
    assert [(e.type, e.status) for e in extract.extract_article(art)] == expected


# 'nog een' ("one more") among the first words of a dated sentence recalls no day in passing: the next undated past
# sentence tells what was done that day; 'nog' alone does recall one
@pytest.mark.parametrize("opening,start", [("Haar minister deed er dinsdag nog een schep bovenop.", "2024-03-05"),
                                           ("Dinsdag hekelde de minister nog de Russische inval.", "2024-03-08")])
def test_a_day_told_with_nog_een_is_the_next_sentences_day(opening, start):
    text = opening + " De Poolse president dreigde landen die de sancties ontduiken de hulp af te nemen."
    art = articles._article("t", text, articles.parse_date_header("2024-03-08"))
    assert [e.date_start for e in extract.extract_article(art) if e.type == "warning"] == [start]


def test_an_act_told_in_the_pluperfect_with_eerder_is_another_one():
    text = ("De Chinese president zei gisteren dat het een vergissing zou zijn als Manilla de basis opent. Het "
            "Chinese ministerie had eerder gedreigd met maatregelen als de Filipijnen de basis openen.")
    art = articles._article("t", text, articles.parse_date_header("2024-03-08"))
    assert sum(e.type == "warning" for e in extract.extract_article(art)) == 2


# a news line of items under stamp lines (a full date on a line of its own, twice or more): each item is told on
# its stamp's day ('gisteren' the day before it, an undated item that day), not on the publication's
NEWS_LINE = ("Berichten van de redactie.\n\n3 maart 2025, 09.10 uur\nBERLIJN - Gisteren spraken de Duitse en de "
             "Poolse minister in Berlijn over de grens.\n\n5 maart 2025, 14.00 uur\nWARSCHAU - Polen en Litouwen "
             "sloten een akkoord over stroom.\n\n10 maart 2025\nDe Franse president is naar Madrid gereisd.")


@pytest.mark.parametrize("typ,starts", [("talks", ["2025-03-02", "2025-03-10"]), ("agreement", ["2025-03-05"])])
def test_the_items_of_a_news_line_are_told_on_their_stamps_day(typ, starts):
    art = articles._article("t", NEWS_LINE, articles.parse_date_header("2025-03-12"))
    assert [e.date_start for e in extract.extract_article(art) if e.type == typ] == starts


# a blog's entries, newest first, under a weekday, day and month with the clock time and without the year: each entry
# is told on its heading's day ('vanochtend' that day, 'maandag' the Monday after it), not on the publication's
BLOG = ("Onze correspondent volgt het bezoek vanuit Ankara.\n\nVrijdag 14 maart, 18.30 uur\n\nMaandag praat de "
        "Griekse premier in Brussel met de Europese Commissie.\n\nDonderdag 13 maart, 22.10 uur\n\nDe Turkse en de "
        "Griekse minister hebben vanochtend in Ankara een akkoord over de visserij getekend.")


@pytest.mark.parametrize("typ,starts", [("talks", ["2025-03-17"]), ("agreement", ["2025-03-13"])])
def test_the_entries_of_a_blog_are_told_on_their_headings_day(typ, starts):
    art = articles._article("t", BLOG, articles.parse_date_header("2025-03-14"))
    assert [e.date_start for e in extract.extract_article(art) if e.type == typ] == starts


def test_a_second_verb_after_en_with_a_month_of_its_own_is_another_event():
    """'schortte in maart ... op en riep in mei ... terug': two measures of one type, each with its month."""
    text = "Algerije schortte in juni alle militaire samenwerking met Frankrijk op en zette in oktober twee Franse diplomaten uit."
    art = articles._article("t", text, articles.parse_date_header("2024-12-08"))
    assert sorted(e.date_start for e in extract.extract_article(art) if e.type == "sanction") == ["2024-06-01", "2024-10-01"]


def test_destijds_takes_the_date_told_before():
    """'destijds' (at that time) after a word points back to the date told before, as 'toen' does."""
    text = "In juni werd de journalist in Minsk veroordeeld. De Litouwse president noemde die straf destijds schandalig."
    art = articles._article("t", text, articles.parse_date_header("2024-11-20"))
    assert [e.date_start for e in extract.extract_article(art) if e.type == "condemnation"] == ["2024-06-01"]


def test_kort_daarvoor_takes_the_date_told_before():
    """'kort daarvoor' (shortly before) dates an event on the day told before, as the time anaphors do."""
    text = ("Op 3 mei vorig jaar maakte Rabat bekend dat het de grens met Algerije sluit. "
            "De koning had kort daarvoor telefonisch overleg gehad met de Franse president.")
    art = articles._article("t", text, articles.parse_date_header("2024-11-20"))
    assert [e.date_start for e in extract.extract_article(art) if e.type == "talks"] == ["2023-05-03"]


def test_a_summit_named_with_its_own_place_is_held_there():
    """'... is in Seoul, waar hij gisteren aankwam na de G20-top in Osaka': the summit's place is Osaka."""
    text = "De Amerikaanse president is in Seoul, waar hij gisteren aankwam na de G20-top in Osaka."
    art = articles._article("t", text, articles.parse_date_header("2019-06-30"))
    assert [e.location for e in extract.extract_article(art) if e.type == "summit"] == ["Osaka"]


# a day's alerts, each line opened by a clock time and a dash: an undated item is told that day, not on the day an
# item before it named ('gisteren')
ALERTS = ("Dit zijn de berichten die we vandaag over het bezoek aan China verstuurden.\n\n08.10 - De Japanse premier "
          "sprak gisteren in Peking met de Chinese premier over de handel.\n\n09.30 - De Japanse premier en de Chinese "
          "president hebben in de Grote Hal van het Volk met elkaar gesproken.")


def test_the_items_of_a_days_alerts_are_told_that_day():
    art = articles._article("t", ALERTS, articles.parse_date_header("2024-05-12"))
    assert [e.date_start for e in extract.extract_article(art) if e.type == "talks"] == ["2024-05-11", "2024-05-12"]


def test_a_day_that_ends_a_span_is_not_the_storys_day():
    """'Het overleg duurde tot gisteren': the end of the talks told before; what follows stays on their first day."""
    text = ("De Amerikaanse en de Russische minister zaten dinsdag in Genève om de tafel. Het overleg duurde tot "
            "gisteren.\n\nDe Russische minister verweet de Verenigde Staten dat zij de spanningen opvoeren.")
    art = articles._article("t", text, articles.parse_date_header("2024-05-18"))
    assert [e.date_start for e in extract.extract_article(art) if e.type == "condemnation"] == ["2024-05-14"]


def test_a_period_after_an_ordinal_counts_and_does_not_date():
    """'Het is haar tweede ontmoeting met de Chinese premier dit jaar': 'dit jaar' counts the meetings; the sentence
    is dated as an undated one would be (here the publication day), not the whole year."""
    text = "Het is de tweede ontmoeting van de Duitse kanselier met de Chinese premier dit jaar."
    art = articles._article("t", text, articles.parse_date_header("2024-05-18"))
    assert [(e.date_start, e.date_end) for e in extract.extract_article(art) if e.type == "talks"] == [
        ("2024-05-18", "2024-05-18")]


def test_conditional_delivery_is_no_event():
    _, evs = _events("t_oslo_gesprekken.txt")
    assert not any("gevechtsvliegtuigen" in s["sentence"] for e in evs if e["type"] == "delivery" for s in e["evidence"])


def test_article_without_diplomacy_has_no_events():
    _, evs = _events("t_geen_diplomatie.txt")
    assert evs == []


def test_workers_give_the_same_output_in_the_same_order():
    folder = os.path.join(ROOT, "data", "articles")
    one = extract.extract_paths([folder], workers=1)
    two = extract.extract_paths([folder], workers=2)
    assert one.events == two.events and one.warnings == two.warnings


def test_undated_article_keeps_events_without_a_date(tmp_path):
    p = tmp_path / "x.txt"
    p.write_text("De Duitse kanselier sprak gisteren met de Franse president over Oekraïne.", encoding="utf-8")
    res = extract.extract_paths([str(p)])
    assert res.events and all(e["date_start"] is None and e["date_precision"] == "unknown" for e in res.events)
    assert "no 'date" in res.warnings[0]


def test_story_day_back_references_and_period_dates():
    """The day told about carries over a publication line; 'hun eerste ontmoeting sinds begin 2022'
    is the same meeting (not one in 2022); 'Die ontmoeten elkaar donderdag' is a new one."""
    _, evs = _events("t_geneve_vervolg.txt")
    talks = [e for e in evs if e["type"] == "talks" and e["status"] == "occurred"]
    assert len(talks) == 1 and len(talks[0]["evidence"]) == 2
    assert (talks[0]["date_start"], talks[0]["date_end"]) == ("2024-05-14", "2024-05-14")
    # 'kwamen overeen dat ...' and 'Daarnaast presenteerden de twee een gezamenlijke verklaring': two
    # agreements ('daarnaast' adds one), both on the day told about
    agreement = [e for e in evs if e["type"] == "agreement"]
    assert len(agreement) == 2 and all(a["date_start"] == "2024-05-14" for a in agreement)
    assert all({"CHE", "AUT"} <= set(a["actors"]) for a in agreement)
    planned = [e for e in evs if e["type"] == "talks" and e["status"] == "planned"]
    assert len(planned) == 1 and planned[0]["date_start"] == "2024-05-16" and "AUT" in planned[0]["actors"]
    assert len(evs) == 4


def test_a_day_recalled_in_passing_does_not_move_the_story():
    """'Dinsdag hekelde Macron nog ...' dates that condemnation, but the next paragraph's sanction,
    undated, belongs to the day the article is about (woensdag)."""
    _, evs = _events("t_brussel_terugblik.txt")
    got = {e["type"]: (e["date_start"], e["date_end"]) for e in evs}
    assert got == {"talks": ("2024-05-15", "2024-05-15"), "condemnation": ("2024-05-14", "2024-05-14"),
                   "sanction": ("2024-05-15", "2024-05-15")}


def test_one_summit_over_its_days_and_two_condemnations_by_different_agents():
    """'De top ... eindigt zaterdag' is the summit that began on Thursday (Italy stands in for
    its G7); the Kremlin's condemnation is not the G7's, though both name the same actors."""
    _, evs = _events("t_g7_top.txt")
    summits = [e for e in evs if e["type"] == "summit"]
    assert len(summits) == 1 and len(summits[0]["evidence"]) == 2 and "G7" in summits[0]["actors"]
    condemnations = sorted(e["source_actors"][0] for e in evs if e["type"] == "condemnation")
    assert condemnations == ["G7", "RUS"]


def _dated(text, pub="2024-05-16"):
    art = articles._article("t", text, articles.parse_date_header(pub))
    return {(e.type, e.date_start, e.date_end) for e in extract.extract_article(art)}


# (text, an event that must be among the article's events: type, date_start, date_end)
TIME_BACK_REFERENCES = [
    # ', dat met ...' stands for a noun told before, no reported clause: the past of the sentence dates it
    ("Het akkoord met Peru werd begin april aangekondigd, dat met Chili vrijdag pas, na een telefoongesprek tussen "
     "de Boliviaanse en de Chileense president.", ("talks", "2024-05-10", "2024-05-10")),
    # talks that began on a date told in the past go on up to the publication, unless they ended
    ("De onderhandelingen tussen Chili en Peru in Lima begonnen eind april en liepen telkens uit.",
     ("talks", "2024-04-21", "2024-05-16")),
    ("De onderhandelingen tussen Chili en Peru in Lima begonnen eind april en duurden drie dagen.",
     ("talks", "2024-04-21", "2024-04-30")),
    # an undated event in the place of a summit the report dated took place at it
    ("De NAVO-top in Vilnius begon dinsdag.\n\nOver het lidmaatschap van Oekraïne wordt al jaren gediscussieerd. "
     "Dat blijft zo.\n\nIn de wandelgangen werd veel gepraat. Duitsland en Frankrijk kondigden in Vilnius nieuwe "
     "pakketten voor Oekraïne aan.", ("delivery", "2024-05-14", "2024-05-14")),
    # an undated plan in the future tense goes on from the day ahead told just before
    ("Zondag komt een Chileense delegatie in Lima aan. De parlementariërs zullen met de Peruaanse president spreken.",
     ("talks", "2024-05-19", "2024-05-19")),
    # the next sentence tells when it was made known ("Dat heeft ... bekendgemaakt") or happened
    ("Chili en Peru zijn het in Lima eens geworden over de grens. Dat heeft de Chileense minister van Buitenlandse "
     "Zaken gisteravond bekendgemaakt.", ("agreement", "2024-05-15", "2024-05-15")),
    ("Peru heeft de Chileense ambassadeur uitgewezen. Dat gebeurde op 2 mei, na een ruzie over de grens.",
     ("sanction", "2024-05-02", "2024-05-02")),
    # ... also with 'dat' as the object of a verb of making known, the date right after it ("maakte dat woensdag bekend")
    ("Chili zet de steun aan Peru stil. De Chileense minister van Buitenlandse Zaken maakte dat woensdag bekend.",
     ("sanction", "2024-05-15", "2024-05-15")),
    # 'daarna': the next step of the story, the day told before up to two days after it; 'nadien' and a step told
    # as repeated go on up to the publication
    ("Op 3 mei verbood China de invoer van Litouwse melk. Daarna riep Litouwen zijn ambassadeur uit Peking terug.",
     ("sanction", "2024-05-03", "2024-05-05")),
    # ... after a day to come told before: that day up to two days after it, a plan
    ("Zaterdag tekenen Chili en Peru in Lima een grensverdrag. Daarna reist de Chileense president door naar Bolivia "
     "voor gesprekken.", ("talks", "2024-05-18", "2024-05-20")),
    ("Op 3 mei verbood China de invoer van Litouwse melk. De Litouwse minister reisde daarna nog meerdere keren naar "
     "Peking voor overleg.", ("talks", "2024-05-03", "2024-05-16")),
    ("Op 3 mei verbood China de invoer van Litouwse melk. Litouwen riep nadien zijn ambassadeur uit Peking terug.",
     ("sanction", "2024-05-03", "2024-05-16")),
    # an event told 'op de top' without a date of its own: the day of the summit told first, not a day carried over
    ("De leiders van Chili en Peru hielden zaterdag een top in Lima.\n\nVrijdag eiste Bolivia toegang tot de zee. Peru "
     "noemde dat onzin.\n\nDe Chileense president maakte op de top bekend dat Chili tien miljoen dollar aan Peru geeft "
     "voor de wederopbouw.", ("delivery", "2024-05-11", "2024-05-11")),
    # a reaction opening a sentence right after a day weeks before publication: from that day up to the publication
    ("Chili maakte op 2 maart bekend dat het een handelsboycot tegen Peru instelt. Bolivia volgde twee dagen later.\n\n"
     "Peru reageerde woedend. Het ministerie van Buitenlandse Zaken beschuldigde Chili van chantage.",
     ("condemnation", "2024-03-04", "2024-05-16")),
    # a subject pronoun among the first words: the person of the sentence before goes on, on its day
    ("De Chileense president gaf Peru maandag een week de tijd om de grens te openen. Gebeurt dat niet, dan dreigt "
     "hij met sancties.", ("warning", "2024-05-13", "2024-05-13")),
    # a pronoun opening the sentence: the day before, also when the only date of the sentence is another noun's
    ("De leiders van Chili en Peru hebben gisteren in Lima een verdrag ondertekend. Het was de eerste top van de "
     "alliantie, het pact dat de twee landen in maart vorig jaar sloten.", ("summit", "2024-05-15", "2024-05-15")),
    # counted back from the day told before: "een dag eerder"
    ("De Japanse premier sprak dinsdag 7 mei in Tokio met de Franse president. Een dag eerder had hij in Seoul de "
     "Zuid-Koreaanse president ontmoet.", ("talks", "2024-05-06", "2024-05-06")),
    # a date after a relative clause set off by commas has the main clause's tense (not the relative
    # clause's past: not last year's 20 May); "diezelfde dag" is the day said last, the deadline's day
    ("Volgens het akkoord, dat dinsdag in Lima werd getekend, moeten uiterlijk 20 mei gevangenen worden "
     "vrijgelaten. Op diezelfde dag zouden Chili en Peru rechtstreekse gesprekken beginnen.",
     ("talks", "2024-05-20", "2024-05-20")),
    # counted from an event named after 'na de', from the latest dated sentence that names it, however far back
    ("Peru hield op 2 mei presidentsverkiezingen.\n\nDe stemming verliep rustig.\n\nDe Peruaanse president "
     "sprak vorige week met de Boliviaanse president over de grens.\n\nChili zette een dag na de verkiezingen de "
     "Peruaanse ambassadeur het land uit.", ("sanction", "2024-05-03", "2024-05-03")),
    # ... or that tells it with a verb of the noun (status.toml event_noun_verbs: "de breuk", "verbraken")
    ("Op 2 mei verbraken Chili en Peru de diplomatieke betrekkingen.\n\nDe grens ging dicht.\n\nDe Boliviaanse "
     "president sprak vorige week met de Chileense president.\n\nDe Boliviaanse president reisde een dag na de "
     "breuk naar Lima.", ("talks", "2024-05-03", "2024-05-03")),
    ("Op 2 mei maakte Lima een brief van de Chileense president openbaar.\n\nDe Boliviaanse president sprak op 9 mei "
     "met de Chileense president.\n\nEen dag na de publicatie van de brief riep Chili zijn ambassadeur uit Peru "
     "terug.", ("sanction", "2024-05-03", "2024-05-03")),
    # ... after a possessive and with a vague count: "een paar dagen na zijn inauguratie" after "trad begin maart
    # aan", two to four days on from that span
    ("De nieuwe Peruaanse president trad begin maart aan. Een paar dagen na zijn inauguratie belde hij met de "
     "Chileense president.", ("talks", "2024-03-03", "2024-03-14")),
    ("Op 6 mei dienden Chili en Peru samen hun aanvraag voor het lidmaatschap van de OESO in.\n\nDrie dagen na "
     "de aanvraag legde Bolivia Chili sancties op.", ("sanction", "2024-05-09", "2024-05-09")),
    # "binnen een uur" in the past: hours after the event told before, on its day (and 'Het' then takes that day)
    ("Op 3 mei veroordeelde Peru de verkiezingen in Chili. Het was de eerste kritiek sinds 1998.\n\nChili sloeg "
     "binnen een uur terug. Het zette tien Peruaanse politici op een zwarte lijst.", ("sanction", "2024-05-03", "2024-05-03")),
    # "dezelfde dag": the day of the nearest sentence that has one, not a year named in between
    ("Op 3 mei legde Peru sancties op aan Chileense bedrijven. Het waren de eerste sancties sinds 1998. Bolivia nam "
     "dezelfde dag vergelijkbare maatregelen.", ("sanction", "2024-05-03", "2024-05-03")),
    # 'er dan': the time told just before, here ahead ("eind deze maand")
    ("De Chileense president vertrekt eind deze maand naar Lima. Chili en Peru houden er dan een top over water.",
     ("summit", "2024-05-21", "2024-05-31")),
    # 'toen' after a verb: the time of the visit told just before
    ("Begin maart bezocht de Franse president Macron Kenia. Beide landen tekenden toen een handelsakkoord.",
     ("agreement", "2024-03-01", "2024-03-10")),
    # 'daarbij' ties the warning to the demand of the sentence before
    ("China eiste vorige maand dat Japan de oefeningen stopt. Een woordvoerder van Peking waarschuwde daarbij "
     "voor ernstige gevolgen.", ("warning", "2024-04-01", "2024-04-30")),
    # a chain: 'toen' takes 'half april', and 'Hij' at the start takes what the sentence before has
    ("Mali eiste half april het vertrek van de Franse troepen. De Malinese minister zei toen dat Parijs niet "
     "te vertrouwen is. Hij beschuldigde Frankrijk van inmenging.", ("condemnation", "2024-04-11", "2024-04-20")),
    # 'eerder op de dag': the day of the dated sentence before, not the day of publication
    ("Het akkoord met Turkije kwam gisteravond. Stoltenberg sprak van een goede dag. Eerder op de dag "
     "eiste Erdogan nog garanties van Zweden.", ("demand", "2024-05-15", "2024-05-15")),
    # 'Toen' opening a clause is a conjunction, not a back-reference: the sentence keeps its own day
    ("Vorige week sprak Blinken in Kyiv met Zelensky. Toen de Russen vandaag aanvielen, veroordeelde Duitsland "
     "de aanval.", ("condemnation", "2024-05-16", "2024-05-16")),
    # 'een dag later', 'twee weken erna': counted from the dated sentence before
    ("Op 3 april komen de ministers van de NAVO bijeen in Brussel. Een dag later praten de lidstaten van de EU "
     "in Luxemburg over Rusland.", ("talks", "2024-04-04", "2024-04-04")),
    ("Begin maart tekenden Polen en Litouwen een akkoord. Twee weken erna belde de Poolse premier met de "
     "Duitse kanselier.", ("talks", "2024-03-15", "2024-03-24")),
    # 'de dag erna', 'de volgende dag', 'daags erna': one day on from the date told before
    ("Op 12 maart verbood Peking de uitvoer van gallium naar Japan. Tokio protesteerde de dag erna bij de Chinese "
     "ambassadeur.", ("condemnation", "2024-03-13", "2024-03-13")),
    ("Op 12 maart verbood Peking de uitvoer van gallium naar Japan. De volgende dag veroordeelde Tokio het "
     "verbod.", ("condemnation", "2024-03-13", "2024-03-13")),
    # ... also beside a date that is only the content of a threat ("per 1 juni")
    ("Op 12 maart verbood Peking de uitvoer van gallium naar Japan. Tokio dreigde daags erna met heffingen "
     "per 1 juni op Chinees staal.", ("warning", "2024-03-13", "2024-03-13")),
    # a number of units after an event named after 'na': counted from the dated sentence before
    ("Op 2 februari sloten Kenia en Ethiopië een grensverdrag. Een week na het verdrag bezocht de Keniaanse "
     "president Addis Abeba.", ("talks", "2024-02-09", "2024-02-09")),
    # 'in de weken daarna', 'de dagen ervoor': a stretch of unsaid length from (or up to) the date told before,
    # as long as "de komende weken" (28 days), "dagen" (7), "maanden" (90)
    ("Op 13 maart zette Nederland de Turkse minister het land uit. Ankara eiste in de weken daarna excuses van "
     "Nederland.", ("demand", "2024-03-13", "2024-04-10")),
    ("Op 13 maart zette Nederland de Turkse minister het land uit. In de dagen daarvoor had Ankara Den Haag al "
     "gewaarschuwd.", ("warning", "2024-03-06", "2024-03-13")),
    # a bare weekday right after a day of a flashback (same paragraph, more than two weeks before publication):
    # that weekday from that day on, not the one before publication
    ("Op zaterdag 11 maart 2017 weigerde Nederland de Turkse minister de toegang. Zondag veroordeelde Turkije de "
     "Nederlandse houding.", ("condemnation", "2017-03-12", "2017-03-12")),
    # a vague count ('enkele', 'een paar'): the stretch from its fewest to its most units on
    ("Op 14 februari pleegde een terreurgroep een aanslag in Kasjmir. Enkele dagen later beschuldigde India "
     "Pakistan van steun aan de groep.", ("condemnation", "2024-02-16", "2024-02-19")),
    # 'de avond ervoor', 'daags tevoren': the day before the date told
    ("Op 14 februari pleegde een terreurgroep een aanslag in Kasjmir. De avond ervoor had India Pakistan nog "
     "gewaarschuwd.", ("warning", "2024-02-13", "2024-02-13")),
    # months and years counted on from a day or a month name no day: the month they land in
    ("In oktober 2019 sprak Turkije met Syrië. Een jaar eerder had Turkije Syrië al gewaarschuwd.",
     ("warning", "2018-10-01", "2018-10-31")),
    ("Op 4 juni 2023 tekenden Chili en Peru een handelsakkoord. Drie maanden later veroordeelde Peru de "
     "Chileense houding.", ("condemnation", "2023-09-01", "2023-09-30")),
    # 'daarop' alone: after the date told before, up to the publication
    ("Op 3 mei 2024 verbood China de invoer van Litouwse melk. Litouwen riep daarop zijn ambassadeur uit Peking "
     "terug.", ("sanction", "2024-05-03", "2024-05-16")),
    # 'kort daarna' after a month (in another paragraph): that month, not from then up to the publication
    ("In april stelde Chili een onderzoek naar de grensincidenten voor.\n\nDe Peruaanse ambassadeur waarschuwde kort "
     "daarna dat Peru de handel met Chili kon beperken.", ("warning", "2024-04-01", "2024-04-30")),
    # ... from the nearest day told, past a sentence dated only by a year (a date of a person's past)
    ("Vorige week dinsdag belde de Chileense president met zijn Peruaanse collega. Die was in 2019 gekozen als "
     "senator. Een dag later eiste Chili de uitlevering van een verdachte.", ("demand", "2024-05-08", "2024-05-08")),
    # a day anaphor in a past sentence after a plan as it stood ('zou zaterdag ... komen'): that weekday before publication
    ("De Chileense minister zou zaterdag naar Lima komen. Nog die ochtend dreigde hij Peru met sancties.",
     ("warning", "2024-05-11", "2024-05-11")),
    # a date in a relative clause whose own verb, a trigger, ends it is that act's, not the main trigger's
    ("De Franse president drong er bij Peru op aan dat het bestand dat Chili en Peru vorig jaar afspraken, wordt "
     "nageleefd.", ("demand", "2024-05-16", "2024-05-16")),
    # a day in a relative clause of a noun without a comma ('de agenten die maandag zijn aangeklaagd') is that noun's,
    # not the day of the report the lead's undated meeting takes
    ("De Chileense en de Peruaanse president hebben in Lima twee uur met elkaar gesproken. Chili bood aan getuigen te sturen "
     "naar de verhoren van de drie Peruaanse agenten die maandag zijn aangeklaagd.", ("talks", "2024-05-16", "2024-05-16")),
    # what an act 'volgt op' came before it: a bare weekday there is the last one, not the next
    ("Het bestand volgt op gesprekken tussen Chili en Peru op zaterdag in Lima.", ("talks", "2024-05-11", "2024-05-11")),
    # talks begun long before publication are dated by their start, not as going on up to the paper
    ("Eind 2022 begonnen Chili en Peru toch onderhandelingen over de grens.", ("talks", "2022-10-01", "2022-12-31")),
    # 'na afloop' with no 'van' is 'afterwards': "noemde de dag na afloop ..." counts no day on
    ("De Chileense president ontmoette gisteren de Peruaanse president in Lima. Hij noemde de dag na afloop "
     "geslaagd. De twee presidenten tekenden een verklaring over de grens.", ("agreement", "2024-05-15", "2024-05-15")),
    # 'in dezelfde maand', 'diezelfde week': the month or week of the date told before
    ("Op 8 januari sloot Kenia de grens met Oeganda. Diezelfde maand haalde Oeganda zijn ambassadeur uit "
     "Nairobi terug.", ("sanction", "2024-01-01", "2024-01-31")),
    ("Op 17 april sloot Kenia de grens met Oeganda. Oeganda riep in diezelfde week zijn ambassadeur uit "
     "Nairobi terug.", ("sanction", "2024-04-15", "2024-04-21")),
    # the story's day counted on carries to the next undated sentence of the story
    ("De NAVO-top begon dinsdag in Vilnius. Zelensky was boos. Een dag later klonk Zelensky heel anders. "
     "Na een gesprek met de Amerikaanse president was hij tevreden.", ("talks", "2024-05-15", "2024-05-15")),
    # a period in a present clause of 'waarin' after a past trigger is that noun's, also past the commas of a list of
    # names: the proposal is of the day told before
    ("De Chileense president sprak gisteren in Lima met zijn Peruaanse collega. Hij stelde voor een top te houden in "
     "het Andesformaat, waarin Peru, Bolivia en Ecuador sinds 2019 overleggen.", ("proposal", "2024-05-15", "2024-05-15")),
    # 'Die staan gepland voor ...' right after a meeting: that meeting, on that day (and planned)
    ("Chili en Peru willen nieuwe gesprekken over water onder leiding van de VN. Die staan gepland voor 3 juni.",
     ("talks", "2024-06-03", "2024-06-03")),
    # 'een maand later' after a comma in a sentence with a date of its own counts on from that date, for its clause
    ("Begin maart reisde de Chileense minister naar Lima, en twee weken later ontving hij zijn Peruaanse collega in "
     "Santiago.", ("talks", "2024-03-15", "2024-03-24")),
    # ... and 'die reis ... plaatsvinden' with a date to come: when the meeting expected in the sentence before takes place
    ("De Chileense president zei dat hij een bezoek van de Peruaanse president aan Chili verwacht. Volgens "
     "diplomaten zou die "
     "reis eind juni kunnen plaatsvinden.", ("talks", "2024-06-21", "2024-06-30")),
    # an agreement in force since a day was made that day (status.toml since_start_types), not the period up to now
    ("Het bestand tussen Chili en Peru geldt sinds 3 april en kwam tot stand in Lima.", ("agreement", "2024-04-03", "2024-04-03")),
    # a state begun 'sinds gisteren' (a day of the last days): that day is the one the story goes on with
    ("De Chileense minister is sinds gisteren voorzitter van de Andesgemeenschap.\n\nDe plechtigheid was sober. "
     "Daarna sprak zij met de Peruaanse president.", ("talks", "2024-05-15", "2024-05-15")),
    # a date after 'sinds' starts a period, unless the event is named between them
    ("Het overleg tussen Servië en Kosovo ligt stil sinds een mislukte ontmoeting in Brussel half april.",
     ("talks", "2024-04-11", "2024-04-20")),
]


@pytest.mark.parametrize("text,event", TIME_BACK_REFERENCES, ids=[t[:40] for t, _ in TIME_BACK_REFERENCES])
def test_time_back_references_take_the_date_told_before(text, event):
    assert event in _dated(text)


# (text, an event with its date that must be among the article's events): counted expressions that do not
# move the date they stand beside, and 'de volgende dag' with nothing told before it
NOT_COUNTED = [
    # 'dat jaar' after a month names the year of the month, not the whole year
    ("In 2021 sprak de EU met China. In april dat jaar stelde de EU sancties in tegen China.",
     ("sanction", "2021-04-01", "2021-04-30")),
    # 'de volgende dag' with no date before it is no day relative to the publication
    ("Japan veroordeelde de volgende dag de Chinese oefeningen.", ("condemnation", "2024-05-16", "2024-05-16")),
    # 'daarna' beside a date of its own: that date
    ("Op 3 mei verbood China de invoer van Litouwse melk. Daarna riep Litouwen op 7 mei zijn ambassadeur uit "
     "Peking terug.", ("sanction", "2024-05-07", "2024-05-07")),
    # 'daarna' after a date on the day of publication: nothing to count
    ("China verbood vandaag de invoer van Litouwse melk. Litouwen riep daarna zijn ambassadeur uit Peking terug.",
     ("sanction", "2024-05-16", "2024-05-16")),
    # ... not after a day of the recent past ("vorige week maandag"), nor in another paragraph
    ("Vorige week maandag waarschuwden Mali en Burkina Faso voor een interventie. Maandag veroordeelde Niger de "
     "sancties.", ("condemnation", "2024-05-13", "2024-05-13")),
    ("Op zaterdag 11 maart 2017 weigerde Nederland de Turkse minister de toegang.\n\nZondag veroordeelde Turkije de "
     "Nederlandse houding.", ("condemnation", "2024-05-12", "2024-05-12")),
    # a vague count before 'na': counted from an event of unknown day, not from the date told before
    ("Op 2 februari sloten Kenia en Ethiopië een grensverdrag. Enkele weken na de verkiezingen bezocht de "
     "Keniaanse president Addis Abeba.", ("talks", "2024-05-16", "2024-05-16")),
    # 'zei dat' opening a reported clause with a date of its own: no date told for the sentence before
    ("Chili zet de steun aan Peru stil. De Chileense minister zei dat woensdag de sancties tegen Peru ingaan.",
     ("sanction", "2024-05-16", "2024-05-16")),
    # a plan after a pronoun is not dated by the past day of the sentence before: the publication's
    ("Chili en Peru spraken vrijdag in Lima over de grens. Ze willen binnenkort een akkoord sluiten.",
     ("agreement", "2024-05-16", "2024-05-16")),
    # ... after a day of the report's own, the reaction stays on it
    ("Chili stelde gisteren een handelsboycot tegen Peru in.\n\nPeru reageerde woedend. Het ministerie van "
     "Buitenlandse Zaken beschuldigde Chili van chantage.", ("condemnation", "2024-05-15", "2024-05-15")),
    # 'na' with no number and unit before it counts nothing
    ("Op 2 februari sloten Kenia en Ethiopië een grensverdrag. Na het verdrag bezocht de Keniaanse president "
     "vorige week Addis Abeba.", ("talks", "2024-05-06", "2024-05-12")),
]


@pytest.mark.parametrize("text,event", NOT_COUNTED, ids=[t[:40] for t, _ in NOT_COUNTED])
def test_counted_words_that_count_nothing(text, event):
    assert event in _dated(text)


def _told(text, pub="2024-05-16"):
    art = articles._article("t", text, articles.parse_date_header(pub))
    return sorted((e.type, e.status, e.date_start) for e in extract.extract_article(art))


def test_talks_and_a_summit_told_one_after_the_other_in_a_sentence_stay_two():
    """'zei dat hij een ontmoeting tussen de twee voorbereidt, en later een top met drie': a meeting and a summit with a
    word of what follows between them (status.toml continuation_words, later_words) are two meetings to come, the
    talks not taken into the summit as its mention."""
    told = _told("De Braziliaanse president zei dat hij een ontmoeting tussen de presidenten van Chili en Peru "
                 "voorbereidt, en later een top met hen drieën.")
    assert [(t, st) for t, st, _ in told] == [("summit", "planned"), ("talks", "planned")]


def test_a_second_trigger_dated_in_its_own_clause_after_an_undated_one_is_another_event():
    """'Het overleg kwam er nadat de president zaterdag met beide had gebeld': the first meeting undated, the second
    dated in a clause of its own, two events; not a clause that points back at the act told ("...; dat eiste hij
    al in november"), the same demand."""
    told = _told("Chili en Peru praten over de grens. Het overleg kwam er nadat de Braziliaanse president zaterdag "
                 "met beide presidenten had gebeld.")
    assert told == [("talks", "occurred", "2024-05-11"), ("talks", "occurred", "2024-05-16")]
    told = _told("De Chileense president wil dat de Peruaanse militairen vertrekken; dat eiste hij al kort na zijn "
                 "aantreden in november.")
    assert [t for t, *_ in told] == ["demand"]


def test_a_month_in_a_pluperfect_look_back_of_a_year_is_before_the_day_told():
    """A paper of a year later looks back at a day of the year before ("Op 12 mei vorig jaar ..."): 'In maart hadden
    ...' (pluperfect, a month without its year) is the March before that day, not the March before the paper; in
    the simple past it stays the paper's."""
    lead = ("Een jaar geleden\n\nDe Chileense president maakte op 12 mei vorig jaar bekend dat zijn land de banden met "
            "Peru herstelt.\n\nHet was het derde land in korte tijd. ")
    assert ("agreement", "occurred", "2023-03-01") in _told(
        lead + "In maart hadden Bolivia en Paraguay al een akkoord met Peru getekend.")
    assert ("agreement", "occurred", "2024-03-01") in _told(
        lead + "In maart tekenden Bolivia en Paraguay een akkoord met Peru.")


def test_in_the_same_days_takes_the_time_told_before():
    """'in dezelfde dagen' (status.toml time_anaphors): the time of the nearest dated sentence before it, also a
    paragraph further on, not the publication day."""
    text = ("De spanning in de regio loopt op.\n\nBegin deze maand veroordeelde de Chileense president de beschietingen "
            "van Peru. Volgens hem is de grens niet meer veilig.\n\nBolivia en Argentinië wezen in dezelfde dagen samen "
            "twintig Peruaanse diplomaten uit.")
    assert ("sanction", "occurred", "2024-05-01") in _told(text)


def test_days_set_off_after_a_meeting_noun_date_it_within_the_month_of_its_line():
    """'AUGUSTUS - Tijdens de top in Lima, van 12 tot 14 augustus, ...' (a year's review): the days set off by commas
    right after the meeting's noun are that meeting's, and within the month that labels the line they are the better
    date; a month alone stays the month."""
    head = "Het jaar in vogelvlucht\n\n"
    told = _told(head + "AUGUSTUS - Tijdens de Zuid-Amerikaanse top in Lima, van 12 tot 14 augustus, sprak de Chileense "
                 "president met zijn Peruaanse collega.", pub="2024-12-28")
    assert ("summit", "occurred", "2024-08-12") in told
    told = _told(head + "AUGUSTUS - Tijdens de Zuid-Amerikaanse top in Lima sprak de Chileense president met zijn "
                 "Peruaanse collega.", pub="2024-12-28")
    assert ("summit", "occurred", "2024-08-01") in told


def test_a_planned_meeting_whose_length_is_told_after_it_was_held():
    """'Daarna gaan de twee leiders naar binnen voor een gesprek. ... Het gesprek heeft bijna een uur geduurd': the
    meeting referred back to with its length in the past (status.toml held_length_words) came about; a reference
    to it without such words leaves the plan as it is."""
    lead = ("De Chileense en Peruaanse president zijn samen teruggelopen naar de grens. Daarna gaan de twee leiders "
            "naar binnen voor een gesprek.\n\n")
    assert _told(lead + "Het gesprek tussen de twee presidenten heeft bijna een uur geduurd.") == [
        ("talks", "occurred", "2024-05-16")]
    assert _told(lead + "Het gesprek tussen de twee presidenten gaat over de grens.") == [
        ("talks", "planned", "2024-05-16")]


def test_another_time_in_a_closed_relative_clause_is_no_look_back_of_the_sentence():
    """'vorig jaar' in a relative clause of a noun closed by a comma ("het verdrag dat beide landen vorig jaar sloten,
    wordt nageleefd") is that noun's time: the demand around it is of the story's days, not a look back (which would
    leave it only the publication day); said of the demand itself it is the demand's year."""
    lead = ("De Chileense president heeft gisteren zijn Peruaanse collega ontvangen in Santiago.\n\n"
            "Het bezoek duurde twee dagen.\n\nOver de grens waren de twee het oneens. ")
    told = _told(lead + "Hij eiste dat het verdrag dat beide landen vorig jaar sloten, wordt nageleefd.")
    assert [(t, st) for t, st, d in told if t == "demand"] == [("demand", "occurred")]
    art = articles._article("t", lead + "Hij eiste dat het verdrag dat beide landen vorig jaar sloten, wordt nageleefd.",
                            articles.parse_date_header("2024-05-16"))
    assert [(e.date_start, e.date_end) for e in extract.extract_article(art) if e.type == "demand"] == [
        ("2024-05-15", "2024-05-16")]
    assert ("demand", "occurred", "2023-01-01") in _told(lead + "Vorig jaar eiste hij dat het verdrag wordt nageleefd.")


def test_the_same_weekday_is_the_one_told_before():
    """'Diezelfde vrijdag' (status.toml same_period_words before a bare weekday): the Friday told last before it, not
    the Friday nearest the publication; a bare weekday with no such word stays the publication's."""
    text = ("Op vrijdag 26 april reisde de Chileense president door naar Lima.\n\n"
            "Diezelfde vrijdag tekenden Chili en Peru een akkoord over de visserij.")
    assert ("agreement", "occurred", "2024-04-26") in _told(text)
    text = ("Op vrijdag 26 april reisde de Chileense president door naar Lima.\n\n"
            "Vrijdag tekenden Chili en Peru een akkoord over de visserij.")
    assert ("agreement", "occurred", "2024-05-10") in _told(text)


# (text, its events: type, status, date_start)
ONE_SENTENCE_TWO_DAYS = [
    # two meetings of one kind on two days are two events, each with its own day and status
    ("De Duitse kanselier sprak vandaag met de Franse president en ontmoet morgen de Poolse premier in Warschau.",
     [("talks", "occurred", "2024-05-16"), ("talks", "planned", "2024-05-17")]),
    # the same meeting told twice in one sentence, once with its day: one event
    ("De Italiaanse premier ontmoette vandaag de Spaanse premier; het gesprek ging over migratie.",
     [("talks", "occurred", "2024-05-16")]),
    # a trip announced for today in a sentence that also looks ahead is planned, not yet done
    ("De Japanse premier reist vandaag naar Londen en komt morgen terug.",
     [("talks", "planned", "2024-05-16")]),
]


@pytest.mark.parametrize("text,events", ONE_SENTENCE_TWO_DAYS, ids=[t[:40] for t, _ in ONE_SENTENCE_TWO_DAYS])
def test_meetings_on_two_days_in_one_sentence(text, events):
    assert _told(text) == events


def test_a_date_in_an_opening_na_phrase_is_of_the_earlier_event():
    """'Na een grensconflict in 2019 ontmoetten ze elkaar in mei 2021': with a date after the verb, the date in the
    opening 'Na ...' phrase dates that earlier event only."""
    text = "Na een lang grensconflict in 2019 ontmoetten de presidenten van Chili en Peru elkaar in mei 2021 in Lima."
    art = articles._article("t", text, articles.parse_date_header("2024-05-16"))
    assert [(e.type, e.date_start, e.date_end) for e in extract.extract_article(art)] == [
        ("talks", "2021-05-01", "2021-05-31")]


def test_a_weekday_after_a_sentence_dated_by_destijds_is_the_reports_own():
    """'Het plan verscheen op 2 maart. ... De Franse minister zei destijds dat ... De Duitse minister waarschuwde maandag
    ...': 'destijds' takes the date told before for its own sentence, but the next sentence's Monday is the Monday of the
    report, not the Monday after that earlier date."""
    text = ("De Braziliaanse regering presenteerde haar plan op 2 maart. Frankrijk reageerde koel. De Franse minister zei "
            "destijds dat Brazilië de Russische inval nooit heeft veroordeeld. De Duitse minister waarschuwde maandag dat "
            "een bestand nu vooral Moskou zou helpen.")
    art = articles._article("t", text, articles.parse_date_header("2023-03-29"))
    warnings = [e for e in extract.extract_article(art) if e.type == "warning"]
    assert [(e.date_start, e.date_end) for e in warnings] == [("2023-03-27", "2023-03-27")], warnings


def test_daarbij_after_the_sentences_own_event_points_to_it():
    """'Biden belde Erdogan, al ontkent het Witte Huis dat daarbij een deal werd gesloten': 'daarbij' after a comma that
    follows the sentence's trigger is that call, not the time of a month told in a paragraph before."""
    text = ("In mei zei de Turkse president nog dat hij geen ja zou zeggen.\n\nAchter de schermen werd intussen gewerkt aan "
            "een compromis. Ook de Amerikaanse president belde Erdogan, al ontkent het Witte Huis dat daarbij een deal over "
            "gevechtsvliegtuigen werd gesloten.")
    art = articles._article("t", text, articles.parse_date_header("2022-06-30"))
    calls = [e for e in extract.extract_article(art) if e.type == "talks"]
    assert calls and all(e.date_start != "2022-05-01" for e in calls), [(e.type, e.date_start) for e in calls]


@pytest.mark.parametrize("text,expected", [
    # the day of the past clause after ', en': the Wednesday before a Thursday's paper, not the next one
    ("Het Hongaarse parlement moet nog stemmen, en Orbán dreigde woensdag al dat hij de toetreding kan tegenhouden.",
     ("warning", "occurred", "2024-05-15")),
    # ... and after a semicolon
    ("Het parlement in Jerevan moet het akkoord nog goedkeuren; premier Pasjinjan belde maandag met president Aliyev.",
     ("talks", "occurred", "2024-05-13")),
])
def test_a_main_clause_joined_with_en_has_its_own_tense_for_a_date(text, expected):
    """'Het parlement moet nog stemmen, en Erdogan dreigde woensdag al ...': a date in a main clause joined by a comma and
    'en' or 'maar' (or by a semicolon) takes that clause's tense (tense.toml coordinators), not the first clause's."""
    art = articles._article("t", text, articles.parse_date_header("2024-05-16"))
    got = [(e.type, e.status, e.date_start) for e in extract.extract_article(art)]
    assert expected in got, got


def test_guests_received_for_a_summit_are_that_summit():
    """'ontving ... voor een top van de IGAD': the reception is the summit (a list of guests between, with its
    commas), and an apposition after the summit's name that says what it is ('het overleg van ...') no other talks."""
    text = ("De Keniaanse president ontving de Ethiopische premier Abiy Ahmed, de Somalische president Hassan Sheikh "
            "Mohamud en de president van Djibouti voor een top van de IGAD, het overleg van de landen in de regio.")
    art = articles._article("t", text, articles.parse_date_header("2024-05-16"))
    assert [e.type for e in extract.extract_article(art)] == ["summit"]


def test_a_date_in_a_pluperfect_relative_clause_after_the_trigger_is_of_that_earlier_act():
    """'... zich houden aan de afspraken die de legers op 6 juni al hadden gemaakt': the day of the earlier
    agreements, not of the agreement told; that one keeps the day of the sentence before (status.toml
    pluperfect_auxiliaries)."""
    text = ("Vorige week woensdag belden de ministers van Chili en Peru met elkaar. Toch kwamen de twee overeen dat "
            "beide kanten zich houden aan de afspraken die de legers op 6 mei al hadden gemaakt.")
    art = articles._article("t", text, articles.parse_date_header("2024-05-16"))
    agreements = [e for e in extract.extract_article(art) if e.type == "agreement"]
    assert [(e.date_start, e.date_end) for e in agreements] == [("2024-05-08", "2024-05-08")]


def _actors_of(text, typ, pub="2024-05-16"):
    art = articles._article("t", text, articles.parse_date_header(pub))
    return [set(e.actors) for e in extract.extract_article(art) if e.type == typ]


# (text, type of the event, the actors it must have, actors it must not have)
GROUPS = [
    # a group of people opening the sentence, with the countries after 'over' its topics, not the two
    ("De Chileense president ontving gisteren zijn Peruaanse ambtgenoot. Daarna praatten de twee presidenten lang over "
     "Bolivia en over Ecuador.", "talks", {"CHL", "PER"}, {"BOL", "ECU"}),
    # 'beide landen' stands for the two countries named together before, not for the last one named
    ("Peru en Chili hebben gisteren hun grensconflict bijgelegd. De Braziliaanse president sprak van een goede dag. "
     "Beide landen tekenden een handelsakkoord.", "agreement", {"PER", "CHL"}, {"BRA"}),
    # 'de drie landen': the list of three
    ("Mali, Niger en Burkina Faso verlaten de regionale organisatie. Nigeria betreurt dat. Eind vorig jaar "
     "overlegden de ministers van de drie landen in Bamako.", "talks", {"MLI", "NER", "BFA"}, {"NGA"}),
    # ... also with an adjective between number and noun
    ("Chili, Peru en Bolivia sloten gisteren hun grenzen voor Argentijnse vrachtwagens. Buenos Aires hekelde de "
     "drie zuidelijke buurlanden scherp.", "condemnation", {"CHL", "PER", "BOL", "ARG"}, set()),
    # a condemnation naming only its author, of an act named by a definite noun: aimed at the parties of that act
    ("Chili en Peru tekenden gisteren in Lima een akkoord over de grens. De Boliviaanse regering veroordeelde de "
     "ondertekening.", "condemnation", {"BOL", "CHL", "PER"}, set()),
    # a group without a number (group_phrases = 0): the list of such actors named last before
    ("Qatar en Egypte schortten gisteren de bemiddeling op. Israël reageerde boos. De bemiddelaars beschuldigen "
     "Israël en Hamas van schendingen van het bestand.", "condemnation", {"QAT", "EGY", "ISR", "HAMAS"}, set()),
    ("Mali, Niger en Burkina Faso verlaten de regionale organisatie ECOWAS. In een verklaring beschuldigen de juntas "
     "de ECOWAS van inmenging.", "condemnation", {"MLI", "NER", "BFA", "ECOWAS"}, set()),
    # a group counted with a bare number stands for a list of exactly that many countries told next
    ("Chili heeft drie buurlanden hulp beloofd. Het gaat om Peru, Bolivia en Argentinië.", "delivery",
     {"CHL", "PER", "BOL", "ARG"}, set()),
    # ... not a list of another size
    ("Chili heeft drie buurlanden hulp beloofd. Peru en Bolivia waren blij.", "delivery", {"CHL"}, {"PER", "BOL"}),
    # an agreement named by a definite noun with fewer than two parties in its sentence: the parties of the
    # agreement told before (another day, so not joined)
    ("Chili, Peru en Bolivia sloten vorig jaar een grensakkoord.\n\nDe grens loopt door de woestijn.\n\nIn april "
     "werd het akkoord op verzoek van Peru met een jaar verlengd.", "agreement", {"CHL", "PER", "BOL"}, set()),
    # a group named by a collective number noun ('het drietal', group_phrases): the list of that many named before
    ("Peru, Chili en Bolivia hielden gisteren een top in Lima. Het drietal kwam in mei ook al bijeen in La Paz.",
     "talks", {"PER", "CHL", "BOL"}, set()),
    # 'beiden' (group_phrases = 2): the two named before, also beside an actor of its own sentence
    ("De Keniaanse president en de Ghanese president reizen deze week naar Brasília. De Braziliaanse president zal "
     "met beiden afzonderlijk spreken.", "talks", {"BRA", "KEN", "GHA"}, set()),
    # 'beide partijen' may be a movement too
    ("Israël en Hamas hebben een bestand gesloten. Egypte riep beide partijen op zich aan de afspraken te houden.",
     "demand", {"EGY", "ISR", "HAMAS"}, set()),
    # the sentence names both countries itself: nothing is added
    ("Spanje en Portugal kregen steun van Frankrijk. Beide landen, Marokko en Algerije, tekenden een akkoord.",
     "agreement", {"MAR", "DZA"}, {"ESP", "PRT"}),
    # of two lists of two, the pair the article is about (named most so far), not the nearest pair
    ("Armenië en Azerbeidzjan praten in Washington over vrede. Armenië wil de grens openen, Azerbeidzjan eist "
     "een corridor. Pasjinjan noemde de sfeer goed. Ook Frankrijk en Duitsland stuurden gezanten. "
     "Beide presidenten zeiden dat ze volgende maand opnieuw overleggen.", "talks", {"ARM", "AZE"}, {"FRA", "DEU"}),
    # a list of that many in the group's own paragraph goes before a pair named more often in another item
    ("Polen en Tsjechië legden hun ruzie bij. Polen betaalt, Tsjechië trekt de klacht in.\n\nTurkije en Oekraïne "
     "spraken gisteren in Kiev over de oorlog met Rusland. De twee landen tekenden ook een handelsakkoord.",
     "agreement", {"TUR", "UKR"}, {"POL", "CZE"}),
    # 'de partijen' without a number: the two sides
    ("Servië en Kosovo zitten sinds maandag in Brussel aan tafel. Kosovo wil erkenning. De partijen "
     "onderhandelden tot diep in de nacht.", "talks", {"SRB", "XKX"}, set()),
    # no list of that many named together: the actors of that kind the article named most
    ("India beschuldigt Pakistan van steun aan militanten. Pakistan ontkent dat. India sloot de grens en "
     "Pakistan zette handel met India stil. Gisteren hadden de twee buurlanden voor het eerst weer overleg.",
     "talks", {"IND", "PAK"}, set()),
    # 'de twee buren': neighbours are countries too
    ("India en Pakistan beschuldigen elkaar van de aanval. De VS riepen beide landen op tot kalmte. Ook China riep "
     "de twee buren gisteren op tot terughoudendheid.", "demand", {"CHN", "IND", "PAK"}, {"USA"}),
    ("Brazilië, Rusland, India, China en Zuid-Afrika vormen een blok. De vijf leiders tekenden gisteren een "
     "verklaring.", "agreement", {"BRA", "RUS", "IND", "CHN", "ZAF"}, set()),
    # countries taken from before, three or more, at least half of the members of an organisation named before:
    # that organisation ...
    ("Brazilië, Rusland, India, China en Zuid-Afrika vormen samen de BRICS. De vijf leiders nodigden gisteren zes "
     "landen uit om lid te worden.", "proposal", {"BRICS"}, {"BRA", "RUS", "IND", "CHN", "ZAF"}),
    ("Egypte, Ethiopië, Iran en de Emiraten sluiten zich aan bij de BRICS van Brazilië, Rusland, India, China en "
     "Zuid-Afrika.\n\nHet besluit viel vorige maand op de top in Johannesburg.", "summit", {"BRICS"}, {"EGY", "IRN"}),
    # ... not a pact of three, whose members act themselves
    ("De VS, het VK en Australië sloten het pact AUKUS. De drie landen tekenden gisteren een akkoord over "
     "onderzeeërs.", "agreement", {"USA", "GBR", "AUS"}, set()),
    # a group whose paragraph has named exactly that many actors before it stands for them, not for the pair
    # the article named most (another item of a news page, a paragraph on another pair)
    ("Japan en Zuid-Korea praten over handel. Japan wil lagere heffingen, Zuid-Korea ook. Japan en Zuid-Korea "
     "zien elkaar volgende maand weer.\n\nDe Chileense president Boric bezocht gisteren Lima. President Boluarte "
     "ontving hem op het paleis. Vorige week tekenden de twee landen een handelsakkoord.", "agreement",
     {"CHL", "PER"}, {"JPN", "KOR"}),
    # ... but not when a group told earlier in the paragraph stands for some of them ('beide ministers')
    ("India en Pakistan beschuldigen elkaar van de aanval. Pakistan sloot de grens.\n\nDe Amerikaanse minister "
     "Blinken belde gisteren met beide ministers na de Indiase luchtaanval. Ook China riep de twee buren op tot "
     "kalmte.", "demand", {"CHN", "IND", "PAK"}, {"USA"}),
    # 'de twee' without a noun, before a past verb or a word such as 'niet': the two named before
    ("Premier Rutte en president Zelensky ondertekenden het akkoord op 1 maart in Charkiv. Rutte was die ochtend "
     "onaangekondigd aangekomen. De twee spraken onder meer over de luchtverdediging.", "talks", {"NLD", "UKR"}, set()),
    # the sentence after one with a group that names nobody takes the group's actors
    ("Armenië en Azerbeidzjan onderhandelden in april in Genève. De gesprekken begonnen op 2 april. Een week later "
     "tekenden beide landen een verklaring over de grens. Op 20 april volgde een akkoord over een bestand.",
     "agreement", {"ARM", "AZE"}, set()),
]


# 'de twee' without a noun is a group only before a past verb, a word of places.toml bare_group_next or a mark
BARE_GROUPS = [("de twee spraken over de grens", 2), ("over oekraïne kwamen de twee niet tot elkaar", 2),
               ("een gesprek tussen de twee.", 2), ("de twee hebben elkaar gesproken", 2),
               ("een nieuwe ontmoeting tussen de twee staat gepland", 2), ("een top van de twee is niet uitgesloten", 2),
               ("onder de twee graden te houden", 0), ("de twee kandidaten als pakket", 0),
               ("de twee grootste economieën", 0), ("ook de tweede ronde", 0)]


@pytest.mark.parametrize("low,n", BARE_GROUPS)
def test_de_twee_without_a_noun_is_a_group_only_before_a_verb_or_a_mark(low, n):
    assert extract._bare_group(low) == n


def test_group_counts_carried_on_through_an_article_are_those_counted_from_its_start():
    """`_group_members` counts the actors named before a group on from the last group of the same kinds
    (its memo, per article): the answer for every sentence is the one of counting afresh."""
    from events import actors, sentences
    texts = [t for t, *_ in GROUPS] + [a.text for a in articles.read([os.path.join(ROOT, "data", "articles")], lambda w: None)]
    asked = 0
    for text in texts:
        art = articles._article("t", text, articles.parse_date_header("2024-05-16"))
        sents = [s for s in sentences.split(art) if not s.heading]
        per = extract._per_sentence(actors.find(art.text, art.published.start), sents)
        memo = {"text": art.text}
        for i, s in enumerate(sents):
            codes = extract._codes(per[i])
            carried = extract._group_members(i, s, codes, per, sents, memo)
            assert carried == extract._group_members(i, s, codes, per, sents, {"text": art.text}), (text[:60], i)
            asked += ("counts", frozenset({"country"})) in memo
    assert asked, "some text has a group of countries"


# (text, type of the event, the actors it must have, actors it must not have)
PRONOUN_SUBJECTS = [
    # a subject pronoun right after the trigger verb is the person named before
    ("Erdogan sprak gisteren in Ankara. Sancties tegen Iran zouden een vergissing zijn, waarschuwde hij.",
     "warning", {"TUR", "IRN"}, set()),
    # a plural pronoun next to a plural verb stands for everyone named before, not the first person
    ("Macron ontving Scholz gisteren in het Élysée. Ze kwamen overeen de defensie-uitgaven te verhogen.",
     "agreement", {"FRA", "DEU"}, set()),
    ("Macron ontving Scholz gisteren in het Élysée. Na afloop tekenden zij een verklaring over munitie.",
     "agreement", {"FRA", "DEU"}, set()),
    # a singular pronoun: the person named before, who may stand in for the person a visit needs
    ("Macron ontving Scholz gisteren in het Élysée. Volgende week wil hij een bezoek brengen aan Warschau.",
     "talks", {"FRA"}, set()),
    # the person in the genitive or after a preposition is not the subject 'Hij' takes up
    ("Op de dag van Xi's aankomst in Moskou bracht de Japanse premier Kishida een bezoek aan Kyiv. Hij sprak er "
     "met de Oekraïense president.", "talks", {"JPN", "UKR"}, {"CHN"}),
    # a plural pronoun after a sentence with a group takes the group's actors too, not only those named there
    ("De Amerikaanse minister Blinken sprak gisteren in Riyad met de Russische minister Lavrov. Het was het eerste "
     "overleg tussen beide landen sinds de Russische inval. Ze spraken af de ambassades weer te openen.",
     "agreement", {"USA", "RUS"}, set()),
    # ... and one plural pronoun after another stands for the same actors
    ("Op 5 juni verbraken Saudi-Arabië, de Emiraten, Bahrein en Egypte de betrekkingen met Qatar. Ze sloten hun "
     "grenzen voor Qatarese vliegtuigen. Ze beschuldigen Doha van steun aan terroristen.", "condemnation",
     {"QAT", "SAU", "ARE", "BHR", "EGY"}, set()),
    # an office without its country or name as the subject ('de premier') is the person named before, as 'hij'
    ("Premier Modi is dinsdag in Moskou aangekomen. De premier sprak er met president Poetin over olie.",
     "talks", {"IND", "RUS"}, set()),
    ("President Erdogan ontving gisteren Scholz. Daarna sprak de president met de Griekse premier.",
     "talks", {"TUR", "GRC"}, set()),
    # ... but not one whose country follows ('de premier van Japan') or whose name does
    ("Premier Modi is dinsdag in Berlijn aangekomen. De premier van Japan sprak er met bondskanselier Scholz.",
     "talks", {"JPN", "DEU"}, {"IND"}),
    ("Premier Modi is dinsdag in Berlijn aangekomen. De Japanse premier sprak er met bondskanselier Scholz.",
     "talks", {"JPN", "DEU"}, {"IND"}),
]


# a short aside between commas right after the trigger verb does not end its clause: the particle after it counts
ASIDES = [
    ("De Russische president Poetin was er ook. Hij sprak vrijdagmiddag, voor de opening, met president Xi Jinping.",
     "talks", {"RUS", "CHN"}, set()),
    ("Premier Rutte praatte zaterdag, tijdens een diner in Parijs, met president Macron.", "talks", {"NLD", "FRA"}, set()),
]


@pytest.mark.parametrize("text,typ,must,never", ASIDES, ids=[t[:40] for t, *_ in ASIDES])
def test_an_aside_between_commas_does_not_part_a_verb_from_its_particle(text, typ, must, never):
    found = _actors_of(text, typ)
    assert found and must <= found[-1] and not never & found[-1], found


@pytest.mark.parametrize("text,typ,must,never", PRONOUN_SUBJECTS, ids=[t[:40] for t, *_ in PRONOUN_SUBJECTS])
def test_a_pronoun_subject_takes_the_actors_named_before(text, typ, must, never):
    found = _actors_of(text, typ)
    assert found and must <= found[-1] and not never & found[-1], found


# ... with no list of two in its paragraph, 'beide landen' after a sentence naming one country (a question in an
# interview: "En de vrede met Georgië?") is that country and the one the article names most
GROUPS += [
    ("Armenië heeft zijn deelname aan het Russische bondgenootschap bevroren. Armenië kocht vorig jaar wapens in "
     "Frankrijk.\n\nEn de vrede met Azerbeidzjan?\n\nDe ministers van Buitenlandse Zaken van beide landen komen "
     "volgende week in Genève bijeen voor gesprekken.", "talks", {"ARM", "AZE"}, {"RUS", "FRA"}),
]


@pytest.mark.parametrize("text,typ,must,never", GROUPS, ids=[t[:40] for t, *_ in GROUPS])
def test_a_group_named_by_its_number_stands_for_the_countries_listed_before(text, typ, must, never):
    found = _actors_of(text, typ)
    assert found and must <= found[-1] and not never & found[-1], found


# (text, publication date, an event that must be among the article's events: type, status, start, end)
DATES_IN_CLAUSES = [
    # a date before a relative clause takes the main clause's tense, not the relative clause's past
    ("Donderdag overleggen de ministers van Armenië en Azerbeidzjan in Genève over het gebied waar "
     "de gevechten uitbraken.", "2024-05-14", ("talks", "planned", "2024-05-16", "2024-05-16")),
    ("Donderdag overlegden de ministers van Armenië en Azerbeidzjan in Genève over het gebied waar "
     "de gevechten uitbraken.", "2024-05-14", ("talks", "occurred", "2024-05-09", "2024-05-09")),
    # a month right after a year lies in that year
    ("Vorig jaar in november zagen Xi en Biden elkaar in Lima.", "2024-12-10",
     ("talks", "occurred", "2023-11-01", "2023-11-30")),
    # a reported clause in the present tense: the coming Thursday, planned
    ("De Afrikaanse Unie maakte gisteren bekend dat de staatshoofden donderdag in Addis Abeba bijeenkomen "
     "voor een spoedtop.", "2024-05-14", ("summit", "planned", "2024-05-16", "2024-05-16")),
    ("De Turkse president zei eerder dat de Russische president in augustus een bezoek aan Turkije brengt.",
     "2024-07-10", ("talks", "planned", "2024-08-01", "2024-08-31")),
    # a reported clause in the past keeps the past: last Thursday
    ("De Afrikaanse Unie maakte gisteren bekend dat de staatshoofden donderdag in Addis Abeba bijeenkwamen "
     "voor een spoedtop.", "2024-05-14", ("summit", "occurred", "2024-05-09", "2024-05-09")),
    # a reporting clause after the report ("..., zei de minister donderdag"): its date and past tense are
    # the saying's; the report keeps its own date and tense
    ("Noorwegen heeft vorige week vier extra luchtafweersystemen aan Oekraïne geleverd, zei de Noorse minister "
     "van Defensie donderdag.", "2024-05-14", ("delivery", "occurred", "2024-05-06", "2024-05-12")),
    ("Spanje levert extra granaten aan Oekraïne, maakte de regering in Madrid maandag bekend.", "2024-05-14",
     ("delivery", "planned", "2024-05-13", "2024-05-13")),
    ("Portugal levert in juni nieuwe drones aan Oekraïne, zei de Portugese premier dinsdag.", "2024-05-15",
     ("delivery", "planned", "2024-06-01", "2024-06-30")),
    # a day and month without a year that a full date just before named: that year, not the last such day
    ("Op zaterdag 11 maart 2017 trok Nederland de landingstoestemming in voor de Turkse minister. De Turkse "
     "president noemde Nederland op 11 maart een overblijfsel van het nazisme.", "2018-07-20",
     ("condemnation", "occurred", "2017-03-11", "2017-03-11")),
    # a date after 'tot (uiterlijk)' ends the period granted, the event has the other date of its sentence
    ("In de nacht van 3 op 4 maart gaven de EU-leiders Servië op een extra top in Brussel uitstel tot uiterlijk "
     "30 juni.", "2024-05-14", ("summit", "occurred", "2024-03-03", "2024-03-04")),
    # ... but after a verb of postponing it is the new date of what the trigger names
    ("Vorige week besloten de EU-ministers al de nieuwe strafmaatregelen tegen Iran uit te stellen tot "
     "volgende week.", "2024-05-14", ("sanction", "planned", "2024-05-20", "2024-05-26")),
    # 'sinds juli in functie' between commas tells a person's term, not the day of the event (a chronology bullet)
    ("- 3 november 2019: Premier Marin, sinds juli in functie, en de Zweedse premier bereiken een akkoord over de "
     "grens.", "2020-01-31", ("agreement", "occurred", "2019-11-03", "2019-11-03")),
    # 'tot vandaag' is up to now, no day to count on from: 'Drie maanden later' counts from the month before
    ("In februari 1972 bezocht de Amerikaanse president China. De twee landen spraken over een formule waarop de "
     "betrekkingen tot vandaag rusten. Drie maanden later tekenden de Verenigde Staten en de Sovjet-Unie in Moskou "
     "een akkoord.", "2023-11-30", ("agreement", "occurred", "1972-05-01", "1972-05-31")),
    # a story of years ago opened with its date goes on in the past tense in its paragraph (an obituary)
    ("In oktober 1973 stuurden de Verenigde Staten wapens naar Israël. Saudi-Arabië kondigde een olie-embargo af "
     "tegen de Verenigde Staten en Nederland.", "2023-11-30", ("sanction", "occurred", "1973-10-01", "1973-10-31")),
    # ... not from a date in a relative clause of the sentence before
    ("Poetin deed vrijdag een voorstel. Oekraïne moet de regio's verlaten die Rusland in 2022 annexeerde. Zelensky "
     "noemde dat voorstel een ultimatum.", "2024-06-17", ("condemnation", "occurred", "2024-06-14", "2024-06-14")),
    # a past sentence that opens with a subject takes no day to come from the sentence before
    ("Israël en Libanon zijn een bestand overeengekomen. Het gaat zondag in. Het bestand werd bekendgemaakt na een "
     "gesprek tussen de Amerikaanse en de Libanese president.", "2024-05-16",
     ("talks", "occurred", "2024-05-16", "2024-05-16")),
    # a sentence dated from the one before by its pronoun passes that date on to the next one that opens so
    ("Op 18 februari sprak de Amerikaanse minister Blinken in Riyad met de Russische minister Lavrov. Het was het "
     "eerste overleg tussen beide landen sinds de inval. Ze spraken af de ambassades weer te openen.", "2024-03-12",
     ("agreement", "occurred", "2024-02-18", "2024-02-18")),
    # a period 'tot 2030' after the trigger ends what was agreed; it is not the agreement's day, even alone
    ("Gisteren sprak de Chinese president met de Russische president. Daarna tekenden de twee presidenten een "
     "verklaring over economische samenwerking tot 2030.", "2023-03-22",
     ("agreement", "occurred", "2023-03-21", "2023-03-21")),
    ("De Chinese en Russische presidenten tekenden een verklaring over samenwerking tot 2030.", "2023-03-22",
     ("agreement", "occurred", "2023-03-22", "2023-03-22")),
    # under a month-precise publication line, a day told goes on in its paragraph for an undated past sentence ...
    ("Premier Rutte ondertekende het akkoord op 1 maart in Charkiv. Zelensky drong daar aan op meer luchtafweer "
     "uit Nederland.", "2024-03", ("demand", "occurred", "2024-03-01", "2024-03-01")),
    # ... and on in the paragraphs after it, up to the next date or a question that opens a section of its own
    # ("En wat vond Kyiv?" in a piece of questions and answers), not in the present tense (the month of the line)
    ("Premier Rutte ondertekende het akkoord op 1 maart in Charkiv.\n\nZelensky drong daar aan op meer luchtafweer "
     "uit Nederland.", "2024-03", ("demand", "occurred", "2024-03-01", "2024-03-01")),
    ("Premier Rutte ondertekende het akkoord op 1 maart in Charkiv.\n\nEn wat vond Kyiv?\n\nZelensky drong aan op "
     "meer luchtafweer uit Nederland.", "2024-03", ("demand", "occurred", "2024-03-01", "2024-03-31")),
    ("Premier Rutte ondertekende het akkoord op 1 maart in Charkiv. Zelensky dringt aan op meer luchtafweer uit "
     "Nederland.", "2024-03", ("demand", "occurred", "2024-03-01", "2024-03-31")),
    # 'daar' in an undated sentence right after a dated one of its paragraph: the place of that event, its day
    ("Op 7 april dineerde de Peruaanse president in Lima met zijn Chileense ambtgenoot. Peru en Chili spraken daar "
     "een routekaart af.", "2024-06", ("agreement", "occurred", "2024-04-07", "2024-04-07")),
    # so too a day told weeks before a day-precise publication (beyond the report's own days: an interview
    # looking back), in its paragraph, not in the next
    ("Het begon met de aanslag van 3 februari in Mitrovica. Servië beschuldigde Kosovo er meteen van de daders te "
     "steunen.", "2024-03-01", ("condemnation", "occurred", "2024-02-03", "2024-02-03")),
    ("Het begon met de aanslag van 3 februari in Mitrovica.\n\nServië beschuldigde Kosovo er meteen van de daders "
     "te steunen.", "2024-03-01", ("condemnation", "occurred", "2024-03-01", "2024-03-01")),
    # ... and months before it, up to a year (a look back on an anniversary), in its paragraph
    ("Op 4 juli landde de Chileense minister in Lima. Aan boord zat ook de handelsgezant. In het paleis tekenden "
     "beide landen een verklaring over de grens.", "2024-05-16", ("agreement", "occurred", "2023-07-04", "2023-07-04")),
    # 'Het werd gisteren afgesproken' right after an undated agreement tells its day
    ("Sinds middernacht geldt een staakt-het-vuren tussen Peru en Chili. Het werd gisteren afgesproken in Lima.",
     "2024-05-16", ("agreement", "occurred", "2024-05-15", "2024-05-15")),
    # a date right after 'die'/'dat' without a comma, after a noun with its determiner, is that noun's
    ("Poetin bood aan Amerikaanse rechercheurs toe te laten bij verhoren van de twaalf Russische agenten die vrijdag "
     "in de VS zijn aangeklaagd.", "2024-05-16", ("proposal", "occurred", "2024-05-16", "2024-05-16")),
    ("Jerevan en Bakoe vragen de OVSE de Minsk-groep op te heffen, het forum dat sinds 1992 vergeefs naar een "
     "oplossing zocht.", "2024-05-16", ("demand", "occurred", "2024-05-16", "2024-05-16")),
    # a measure in force 'sinds' a date was taken then (status.toml since_start_types); talks 'sinds' go on
    ("Chili mag sinds 2019 geen wapens aan Peru verkopen: de regering verleent daarvoor geen exportvergunning.",
     "2024-05-16", ("sanction", "occurred", "2019-01-01", "2019-12-31")),
    ("Sinds maart onderhandelen Chili en Peru in Lima over de grens.", "2024-05-16",
     ("talks", "occurred", "2024-03-01", "2024-05-16")),
    # ... and an agreement in force 'sinds' a date was made then
    ("Chili praat sinds februari ook weer met Bolivia, met wie het onder Braziliaanse bemiddeling de diplomatieke "
     "betrekkingen herstelde.", "2024-05-16", ("agreement", "occurred", "2024-02-01", "2024-02-29")),
    # a year after '<noun> van' after the trigger, the only date of the sentence, is that noun's ("het verdrag van 1929")
    ("De Chileense minister zei dat de Peruaanse wet een schending is van het verdrag van 1929.", "2024-05-16",
     ("condemnation", "occurred", "2024-05-16", "2024-05-16")),
    # ... also with words of the relative clause before the date, after a trigger before the noun
    ("Het aanbod van Chili geldt voor Peruanen met een oud paspoort, een Chileens reisdocument dat veel Peruanen "
     "voor de grenswijziging in 1990 kregen.", "2024-05-16", ("proposal", "occurred", "2024-05-16", "2024-05-16")),
    # ... not when the noun is the trigger itself, nor after a verb ('zei dat vrijdag')
    ("Daarop bevroor het parlement de goedkeuring van het investeringsverdrag dat eind 2020 met China was gesloten.",
     "2024-05-16", ("agreement", "occurred", "2020-10-01", "2020-12-31")),
    ("De Franse president zei dat vrijdag een akkoord met Duitsland werd getekend.", "2024-05-16",
     ("agreement", "occurred", "2024-05-10", "2024-05-10")),
    # a visit whose length in days follows it, in a sentence dated by the day it ended
    ("De Indiase premier is woensdag na een staatsbezoek van drie dagen uit Parijs vertrokken.", "2023-03-22",
     ("talks", "occurred", "2023-03-20", "2023-03-22")),
    # ... not one whose day is when it began: no day before it is told
    ("De Japanse premier kwam maandag aan in Manila voor een bezoek van twee dagen.", "2024-05-16",
     ("talks", "occurred", "2024-05-13", "2024-05-13")),
]


@pytest.mark.parametrize("text,pub,event", DATES_IN_CLAUSES, ids=[t[:40] for t, *_ in DATES_IN_CLAUSES])
def test_dates_in_year_phrases_and_reported_clauses(text, pub, event):
    art = articles._article("t", text, articles.parse_date_header(pub))
    got = {(e.type, e.status, e.date_start, e.date_end) for e in extract.extract_article(art)}
    assert event in got, got


# (text, type of the event, the actors it must have, actors it must not have)
COLLECTIVES = [
    # 'de bondgenoten' in a report that named NATO before is NATO, and its agent
    ("De NAVO-landen kwamen gisteren bijeen in Madrid. In de slotverklaring riepen de bondgenoten Iran op "
     "de verrijking van uranium te staken.", "demand", {"NATO", "IRN"}, set()),
    # 'de lidstaten': the organisation with members named nearest before
    ("De Afrikaanse Unie hield gisteren een spoedberaad over Soedan. De lidstaten stelden ook sancties in "
     "tegen Soedan.", "sanction", {"AU", "SDN"}, set()),
    # 'de organisatie': the organisation named last
    ("De ECOWAS gaf de junta in Niger een week de tijd. Tegen Niger stelde de organisatie gisteren sancties in.",
     "sanction", {"ECOWAS", "NER"}, set()),
    # the organisation is named right after ('de lidstaten van ...') or the words are a name
    ("De NAVO-ministers kwamen gisteren bijeen. Vandaag praten de lidstaten van de Afrikaanse Unie met Soedan.",
     "talks", {"AU", "SDN"}, {"NATO"}),
    ("De NAVO-ministers kwamen gisteren bijeen. Vandaag overlegt de Organisatie van Amerikaanse Staten met Cuba.",
     "talks", {"CUB"}, {"NATO"}),
    # 'het hof': the court named before
    ("Het Internationaal Gerechtshof deed gisteren uitspraak over de grens. Het hof droeg Guyana op de "
     "boringen te staken.", "demand", {"ICJ", "GUY"}, set()),
    # 'de junta': the government of the country the article is about (named most, also as a place)
    ("Na de staatsgreep in Guinee sloot Senegal de grens. In Guinee heerst onrust en Guinee is geschorst. "
     "Gisteren veroordeelde de junta de Senegalese maatregel.", "condemnation", {"GIN", "SEN"}, set()),
    # ... counted by the names of the country and its places, not by a foreign envoy named often
    ("In Niger heerst onrust sinds de staatsgreep. Niger is geschorst door de ECOWAS. Blinken sprak maandag met de "
     "militairen. Volgens Blinken was het gesprek moeilijk. Blinken zei dat hij blijft praten. Gisteren veroordeelde "
     "de junta de Franse houding.", "condemnation", {"NER", "FRA"}, {"USA"}),
    # ... or the one a junta was named with before ("de militaire junta in Niamey ... De junta")
    ("De militaire junta in Niamey houdt de president vast. Nigeria sloot de grens. Nigeria stopte de "
     "stroomlevering en Nigeria bevroor tegoeden. Gisteren veroordeelde de junta de maatregelen van Abuja.",
     "condemnation", {"NER", "NGA"}, set()),
    # ... or the country named right after it
    ("Frankrijk en Duitsland spraken gisteren over Afrika. De junta in Burkina Faso eist dat Frankrijk "
     "zijn troepen terugtrekt.", "demand", {"BFA", "FRA"}, {"DEU"}),
    # 'de Commissie' with its capital: the EU named before; a parliament's 'commissie' is no organisation
    ("De EU-ministers spraken gisteren over Georgië. De Commissie eist dat Tbilisi de wet intrekt.", "demand",
     {"EU", "GEO"}, set()),
    ("De EU-ministers spraken gisteren over Georgië. Een commissie van het parlement eist dat Tbilisi de wet "
     "intrekt.", "demand", {"GEO"}, {"EU"}),
    # 'de Raad': the council named nearest before (the UN Security Council here), not "de Raad van State"
    ("De VN-Veiligheidsraad vergaderde gisteren over Haïti. De Raad eiste dat Haïti de bendes ontwapent.", "demand",
     {"UN", "HTI"}, set()),
    ("De VN-Veiligheidsraad vergaderde gisteren over Haïti. De Raad van State eiste dat Haïti de bendes ontwapent.",
     "demand", {"HTI"}, {"UN"}),
    # no organisation named before: nothing is added
    ("De Britse regering en haar bondgenoten spraken gisteren over Jemen. De bondgenoten veroordeelden de aanval "
     "op Saoedi-Arabië.", "condemnation", {"SAU"}, {"NATO"}),
    # 'ons land' in the narrator's voice: the paper's country, the one of Belgium and the Netherlands the
    # article names most (Flemish press: Belgium) ...
    ("De Belgische premier sprak gisteren in Brussel met Nederland over de aanval. Volgens België is het "
     "bewijs sterk. Ons land veroordeelde de aanval van Rusland.", "condemnation", {"BEL", "RUS"}, {"NLD"}),
    ("Nederland stuurt een fregat naar de Rode Zee. Ons land veroordeelde gisteren de aanvallen van de Houthi's.",
     "condemnation", {"NLD", "HOUTHIS"}, {"BEL"}),
    # ... not in a quotation (the speaker's country), and nothing when neither is named
    ("De Belgische premier sprak gisteren met Zelensky. 'Ons land veroordeelt elke aanval van Rusland', zei "
     "Zelensky.", "condemnation", {"UKR", "RUS"}, {"BEL"}),
    ("Ons land veroordeelde gisteren de aanval van Rusland op Oekraïne.", "condemnation", {"RUS"}, {"BEL", "NLD"}),
]


@pytest.mark.parametrize("text,typ,must,never", COLLECTIVES, ids=[t[:40] for t, *_ in COLLECTIVES])
def test_a_collective_name_stands_for_the_organisation_named_before(text, typ, must, never):
    found = _actors_of(text, typ)
    assert found and must <= found[-1] and not never & found[-1], found


def test_collective_is_the_agent_so_a_reply_is_another_event():
    """'De bondgenoten noemen X ...' and 'X beschuldigde de NAVO ...': two condemnations, not one."""
    text = ("De NAVO-top in Madrid eindigde gisteren. De bondgenoten noemen Iran medeplichtig aan de oorlog. "
            "Iran reageerde woedend en beschuldigde de NAVO van leugens.")
    assert len([a for a in _actors_of(text, "condemnation")]) == 2


# (text, its events: type, status, date_start)
SINCE_AN_EVENT = [
    # the summit after 'sinds' is an earlier event of its own with the date after it; the meeting
    # before 'sinds' does not take that date and is not joined with it
    ("De Indiase premier en de Chinese president hebben elkaar vandaag in Kazan ontmoet. Het was hun eerste "
     "ontmoeting sinds de top van de twee leiders in Bali in november 2022.",
     [("summit", "occurred", "2022-11-01"), ("talks", "occurred", "2024-05-16")]),
    # a date right after 'sinds' without an event between still dates nothing
    ("De Turkse en de Griekse premier spraken vandaag met elkaar, voor het eerst sinds maart.",
     [("talks", "occurred", "2024-05-16")]),
]


@pytest.mark.parametrize("text,events", SINCE_AN_EVENT, ids=[t[:40] for t, _ in SINCE_AN_EVENT])
def test_an_event_named_after_since_is_an_earlier_one(text, events):
    assert _told(text) == events


# (text, its events: type, status, date_start)
RELATIVE_CLAUSE_DATES = [
    # the date in the relative clause of 'akkoord' dates the agreement, not the meeting before it
    ("De premiers van Peru en Chili hebben elkaar vandaag in Lima ontmoet. De ontmoeting volgt op het "
     "handelsakkoord dat beide landen op 3 maart sloten.",
     [("agreement", "occurred", "2024-03-03"), ("talks", "occurred", "2024-05-16")]),
    # no relative clause: the date is the meeting's
    ("De EU-top over het handelsakkoord met Chili begint morgen in Brussel.",
     [("summit", "planned", "2024-05-17")]),
]


@pytest.mark.parametrize("text,events", RELATIVE_CLAUSE_DATES, ids=[t[:40] for t, _ in RELATIVE_CLAUSE_DATES])
def test_a_date_in_a_relative_clause_of_another_trigger_is_that_ones(text, events):
    assert _told(text) == events


def test_a_description_of_the_event_just_told_is_that_event():
    told = _told("De driedaagse top van de Afrikaanse Unie loopt vandaag af. Het is de laatste top van de "
                 "Ghanese president als voorzitter.")
    assert told == [("summit", "occurred", "2024-05-16")], told


# (text, its events: type, status, date_start)
AFTER_A_REFUSAL = [
    # talks told after a refusal or cancellation are others, which do take place (or are planned)
    ("Chili had directe onderhandelingen met Peru vorige week afgewezen. De gesprekken via Brazilië worden "
     "volgende week zaterdag voortgezet.", [("talks", "negated", "2024-05-06"), ("talks", "planned", "2024-05-25")]),
    # a repeat of the refusal is the same event
    ("Chili heeft directe onderhandelingen met Peru afgewezen. De onderhandelingen zijn volgens Chili niet zinvol "
     "zolang Peru de grens gesloten houdt.", [("talks", "negated", "2024-05-16")]),
]


@pytest.mark.parametrize("text,events", AFTER_A_REFUSAL, ids=[t[:40] for t, _ in AFTER_A_REFUSAL])
def test_a_meeting_told_after_a_refusal_is_another(text, events):
    assert _told(text) == events


# (text, its events: type, status, date_start)
SEMICOLON_DATES = [
    # the date after ';' belongs to the other half of the sentence, not to the call before it
    ("De Chileense president riep Peru op de grens te openen; het land kiest in juni een nieuw parlement.",
     [("demand", "occurred", "2024-05-16")]),
    # a date on the trigger's side of ';' still dates it
    ("De Chileense president riep Peru gisteren op de grens te openen; het land kiest in juni een nieuw parlement.",
     [("demand", "occurred", "2024-05-15")]),
    # of two dates, the one in the trigger's own clause dates it, not one after ", en" further on
    ("Gisteren sloot de Chileense president in Lima een handelsakkoord met zijn ambtgenoot, en morgen wordt hij "
     "in Quito verwacht.", [("agreement", "occurred", "2024-05-15"), ("talks", "planned", "2024-05-17")]),
]


@pytest.mark.parametrize("text,events", SEMICOLON_DATES, ids=[t[:40] for t, _ in SEMICOLON_DATES])
def test_a_date_across_a_semicolon_is_the_other_halfs(text, events):
    assert _told(text) == events


def test_an_actor_right_after_the_verb_is_its_subject():
    """'In hun slotverklaring veroordelen de EU-leiders ...' and 'Teheran noemt ...' are condemnations
    by two sides, not one told twice."""
    text = ("In hun slotverklaring veroordelen de EU-leiders de Iraanse drones voor Rusland. "
            "Teheran noemt de kritiek schandalig.")
    found = _actors_of(text, "condemnation")
    assert len(found) == 2, found
    art = articles._article("t", text, articles.parse_date_header("2024-05-16"))
    assert [e.source_actors for e in extract.extract_article(art)] == [["EU"], ["IRN"]]


def test_a_numbered_round_is_another_meeting_than_the_talks_told_before():
    """'de zesde ronde' names the next round, not the talks of the sentence before."""
    text = ("Iran en de Verenigde Staten voeren sinds april gesprekken via Oman. "
            "Zondag staat in Muscat de zesde ronde gepland tussen de twee ministers.")
    assert [(t, s) for t, s, _ in _told(text)] == [("talks", "occurred"), ("talks", "planned")]


# (text, month-only publication, an event that must be among the article's: type, status)
MONTH_ONLY_PLANS = [
    # a meeting in the present tense dated within a month-only report is announced
    ("De NAVO-ministers overleggen vandaag in een videovergadering over Georgië.", "2024-03",
     ("talks", "planned")),
    # a meeting named after 'sinds' in a present-tense sentence has taken place
    ("Het overleg tussen Armenië en Azerbeidzjan zit vast sinds een mislukte ontmoeting in Genève half maart.",
     "2024-03", ("talks", "occurred")),
]


@pytest.mark.parametrize("text,pub,event", MONTH_ONLY_PLANS, ids=[t[:40] for t, *_ in MONTH_ONLY_PLANS])
def test_present_tense_meetings_in_a_month_only_report(text, pub, event):
    art = articles._article("t", text, articles.parse_date_header(pub))
    got = {(e.type, e.status) for e in extract.extract_article(art)}
    assert event in got, got


def test_an_addition_word_tells_a_second_event_of_the_kind():
    """'Daarnaast tekenden de presidenten een verklaring' after 'kwamen overeen': two agreements."""
    text = ("De presidenten van Peru en Chili kwamen gisteren overeen de grens te openen. "
            "Daarnaast tekenden de presidenten een gezamenlijke verklaring over de visserij.")
    assert [t for t, _, _ in _told(text)] == ["agreement", "agreement"]
    # without the addition word the second sentence repeats the first
    assert [t for t, _, _ in _told(text.replace("Daarnaast tekenden", "Ook tekenden"))] == ["agreement"]


def test_an_opening_furthermore_tells_a_second_event_of_the_kind():
    """'Verder spraken ze af dat ...' (the first word, 'furthermore') adds an agreement."""
    text = ("Peru en Chili spraken gisteren in Lima af dat de grens nooit meer dicht mag. "
            "Verder spraken ze af dat hun ministers elkaar elk jaar zien.")
    assert [t for t, _, _ in _told(text)] == ["agreement", "agreement"]


def test_a_contrast_word_tells_another_event_of_the_kind():
    """'riep de buurlanden daarentegen op' after 'eiste': a second demand, set against the first."""
    text = ("De Amerikaanse president eiste gisteren dat Iran de verrijking van uranium stopt. "
            "De Amerikaanse minister van Buitenlandse Zaken riep de Golfstaten daarentegen op de handel met Iran te hervatten.")
    assert [t for t, _, _ in _told(text)] == ["demand", "demand"]


# (text, event that must be among the article's events, publication date): the trigger verb's own
# tense decides whether the day of the story carries over, not a quoted future
PAST_TRIGGER_IN_REPORTED_SPEECH = [
    ("De Duitse kanselier ontving donderdag de Poolse premier in Berlijn. 'Wij zullen niet toestaan dat "
     "Europa wordt verdeeld', waarschuwde hij.", ("warning", "2024-05-16", "2024-05-16"), "2024-05-17"),
    ("Frankrijk en Duitsland overlegden woensdag in Brussel over de oorlog. 'Rusland zal hiervoor betalen', "
     "waarschuwde de Franse president Macron.", ("warning", "2024-05-15", "2024-05-15"), "2024-05-16"),
]


@pytest.mark.parametrize("text, event, pub", PAST_TRIGGER_IN_REPORTED_SPEECH)
def test_a_past_trigger_verb_takes_the_story_day_despite_a_quoted_future(text, event, pub):
    assert event in _dated(text, pub)


# (text, event that must be among the article's events, publication date): a lead tells what
# happened, the next sentences give the day; a lead's planned event or a later paragraph does not
LEADS = [
    ("Frankrijk en Marokko hebben een akkoord over migratie gesloten. De ministers tekenden het dinsdag in Rabat.",
     ("agreement", "2024-05-14", "2024-05-14"), "2024-05-16"),
    ("De Verenigde Staten hebben sancties ingesteld tegen Iraanse bedrijven. Het Amerikaanse ministerie van "
     "Financiën maakte de maatregelen woensdag bekend.", ("sanction", "2024-05-15", "2024-05-15"), "2024-05-17"),
    ("Duitsland gaat tanks aan Oekraïne leveren. Kanselier Scholz sprak dinsdag met president Zelensky.",
     ("delivery", "2024-05-16", "2024-05-16"), "2024-05-16"),
]


@pytest.mark.parametrize("text, event, pub", LEADS)
def test_an_undated_past_lead_takes_the_day_the_report_gives_next(text, event, pub):
    assert event in _dated(text, pub)

# (text, its events: type, status)
UNFULFILLED_PLANS = [
    # a deadline that passed without what was to follow it: the threatened sanctions never came
    ("Het ultimatum van 3 mei, waarna de EU sancties tegen Belarus zou instellen, verstreek zonder dat Brussel "
     "iets deed.", [("sanction", "negated")]),
    ("De termijn, waarna Japan nieuwe importheffingen tegen China zou invoeren, is inmiddels verstreken zonder "
     "dat Tokio ze invoerde.", [("sanction", "negated")]),
    # an event that did take place is not undone by a deadline passing in the same sentence
    ("Canada stelde sancties in tegen Iran nadat de termijn verstreek zonder dat Teheran reageerde.",
     [("sanction", "occurred")]),
    # without the deadline passing, the plan stays a plan
    ("Na het ultimatum van 3 mei zou de EU sancties tegen Belarus instellen.", [("sanction", "planned")]),
]


@pytest.mark.parametrize("text,events", UNFULFILLED_PLANS, ids=[t[:40] for t, _ in UNFULFILLED_PLANS])
def test_a_plan_whose_deadline_passed_without_it_did_not_happen(text, events):
    assert [(t, s) for t, s, _ in _told(text)] == events


# (text, its events: type, status, date_start)
FOLLOWS_ON_AN_EVENT = [
    # the call after 'volgde op' is an earlier meeting of its own, not a repeat of the talks told before
    ("De ministers van Chili en Peru hebben vandaag in Lima onderhandeld. Het overleg volgde op een "
     "telefoongesprek tussen de twee presidenten op 2 mei.",
     [("talks", "occurred", "2024-05-02"), ("talks", "occurred", "2024-05-16")]),
    ("De Japanse premier bezocht vandaag Seoul. Het bezoek volgt op een lang gesprek van de twee "
     "ministers van Buitenlandse Zaken op 2 mei.",
     [("talks", "occurred", "2024-05-02"), ("talks", "occurred", "2024-05-16")]),
    # without 'volgde op' the second sentence tells the same talks again
    ("De ministers van Chili en Peru hebben vandaag in Lima onderhandeld. Het overleg was een "
     "telefoongesprek tussen de twee presidenten.",
     [("talks", "occurred", "2024-05-16")]),
]


@pytest.mark.parametrize("text,events", FOLLOWS_ON_AN_EVENT, ids=[t[:40] for t, _ in FOLLOWS_ON_AN_EVENT])
def test_an_event_that_another_follows_on_is_an_earlier_one(text, events):
    assert _told(text) == events


# (text, publication, an event that must be among the article's: type, date_start, date_end)
IN_THAT_YEAR = [
    # 'dat jaar' after a month: the year of the date said in the sentence before
    ("Canada stelde in februari 2021 sancties in tegen Belarus. Australië stelde in juni dat jaar eigen "
     "sancties in tegen Minsk.", "2024-05-16", ("sanction", "2021-06-01", "2021-06-30")),
    ("Japan en Zuid-Korea tekenden in maart 2019 een handelsakkoord. Op 4 juli datzelfde jaar sloten ze "
     "een tweede akkoord over visserij.", "2024-05-16", ("agreement", "2019-07-04", "2019-07-04")),
    # the year said before may be one that dates no event ("sinds 2019")
    ("De banden tussen Ottawa en Riyad zijn sinds 2018 slecht. In augustus van dat jaar zette Saoedi-Arabië "
     "de Canadese ambassadeur het land uit.", "2024-05-16", ("sanction", "2018-08-01", "2018-08-31")),
    # without 'dat jaar' a month is read against the publication date as before
    ("Canada stelde in februari 2021 sancties in tegen Belarus. Australië stelde in juni eigen sancties "
     "in tegen Minsk.", "2024-05-16", ("sanction", "2023-06-01", "2023-06-30")),
]


@pytest.mark.parametrize("text,pub,event", IN_THAT_YEAR, ids=[t[:40] for t, *_ in IN_THAT_YEAR])
def test_a_month_in_that_year_lies_in_the_year_named_before(text, pub, event):
    assert event in _dated(text, pub)


# (text, type, status the event of that type must have)
STATUS_IN_CLAUSES = [
    # what was made possible by an agreement happened; a possible agreement is none yet
    ("De gevangenenruil was mogelijk dankzij een verdrag dat Chili en Peru in maart sloten.", "agreement", "occurred"),
    ("Chili en Peru sluiten mogelijk een verdrag.", "agreement", "planned"),
    # a meeting being prepared is planned; one in a present clause of a past sentence, dated today, lies ahead
    ("De Chileense president zei dat hij een ontmoeting met zijn Peruaanse ambtgenoot aan het voorbereiden is.",
     "talks", "planned"),
    ("Gisteren tekende de Chileense president in Lima een akkoord met Peru, en vanavond ontmoet hij in Quito de "
     "Ecuadoraanse president.", "talks", "planned"),
    # an infinitive of opening or holding after a meeting: planned; a meeting that is ending: under way
    ("De Europese regeringsleiders besloten gisteren toetredingsonderhandelingen te openen met Moldavië.", "talks",
     "planned"),
    ("De tweedaagse top van de Afrikaanse Unie in Addis Abeba wordt vandaag afgesloten.", "summit", "occurred"),
    ("De driedaagse top van de Afrikaanse Unie, de eerste in Ghana, loopt vandaag af.", "summit", "occurred"),
    # an expectation before a statement makes it expected
    ("Diplomaten verwachten dat de Chileense regering na de zomer met nieuwe voorstellen aan Peru komt.", "proposal",
     "planned"),
    # a plan word in a relative clause after the trigger tells the agreement's purpose, not a plan
    ("Japan en Australië sloten gisteren een akkoord dat de samenwerking tussen hun marines moet versterken.",
     "agreement", "occurred"),
    ("Japan en Australië zullen een akkoord sluiten over de samenwerking tussen hun marines.", "agreement", "planned"),
    # a decision to deliver is a pledge
    ("Na lang beraad heeft de Noorse regering besloten luchtafweersystemen aan Oekraïne te leveren.",
     "delivery", "planned"),
    # a delivery in the present tense reported after a past verb of saying is a pledge; in the past, it happened
    ("De Spaanse premier zei dat Spanje extra munitie aan Oekraïne levert.", "delivery", "planned"),
    ("De Spaanse premier zei dat Spanje vorige maand munitie aan Oekraïne leverde.", "delivery", "occurred"),
    # a past speech act after 'en' has a verb of its own: the future of the clause before is not its plan
    ("De Franse minister zei dat de gesprekken lang zullen duren en drong aan op een staakt-het-vuren tussen "
     "Israël en Libanon.", "demand", "occurred"),
    ("De Franse minister zei dat Frankrijk en Duitsland zullen eisen dat Israël de aanvallen op Libanon stopt.",
     "demand", "planned"),
]


@pytest.mark.parametrize("text,typ,status", STATUS_IN_CLAUSES, ids=[t[:40] for t, *_ in STATUS_IN_CLAUSES])
def test_status_in_clauses(text, typ, status):
    art = articles._article("t", text, articles.parse_date_header("2024-05-16"))
    evs = [e for e in extract.extract_article(art) if e.type == typ]
    assert evs and evs[0].status == status, [(e.type, e.status) for e in evs]


def test_a_continuation_word_carries_the_story_day_over_paragraphs():
    """'vervolgens': the story of the day told two paragraphs before goes on; without such a word a
    past event that far away lies on that day or the next (the publication day)."""
    story = ("De Franse president Macron ontving gisteren de Braziliaanse president Lula in Parijs.\n\n"
             "Het gesprek in het Elysée duurde ruim twee uur en verliep volgens beide kanten goed.\n\n"
             "De twee presidenten hadden het over de Amazone en over handel.\n\n")
    found = _dated(story + "Lula hekelde vervolgens de Europese landbouwsubsidies.", "2024-03-28")
    assert ("condemnation", "2024-03-27", "2024-03-27") in found
    found = _dated(story + "Lula hekelde de Europese landbouwsubsidies.", "2024-03-28")
    assert ("condemnation", "2024-03-27", "2024-03-28") in found


# (text, publication, an event that must be among the article's): an undated event in a report on
# the day before publication lies on that day or on the publication day, not on the latter alone
REPORTED_NEXT_DAY = [
    # present tense: the reaction is told as news of the publication day, but may be of the day before
    ("Kenia en Somalië hebben gisteren een grensakkoord getekend. Ethiopië veroordeelt het akkoord.",
     "2024-03-28", ("condemnation", "2024-03-27", "2024-03-28")),
    ("De Franse president ontving gisteren de Chileense president in Parijs. De twee spraken over lithium.\n\n"
     "Vakbonden protesteerden buiten het paleis.\n\nChili eist dat Frankrijk meer investeert.",
     "2024-03-28", ("demand", "2024-03-27", "2024-03-28")),
    # a day told two days back is not the story of yesterday: the publication day stays
    ("Kenia en Somalië hebben dinsdag een grensakkoord getekend. Ethiopië veroordeelt het akkoord.",
     "2024-03-28", ("condemnation", "2024-03-28", "2024-03-28")),
    # the day itself in reach and the past tense: that day, as before
    ("Kenia en Somalië hebben gisteren een grensakkoord getekend. Ethiopië veroordeelde het akkoord.",
     "2024-03-28", ("condemnation", "2024-03-27", "2024-03-27")),
    # a plan keeps its own (here: no) date
    ("Kenia en Somalië hebben gisteren een grensakkoord getekend. Ethiopië gaat wapens aan Somalië leveren.",
     "2024-03-28", ("delivery", "2024-03-28", "2024-03-28")),
    # a past tense two days after the story lies between that day and publication (a paragraph apart)
    ("Kenia en Somalië hebben dinsdag een grensakkoord getekend.\n\nDe grens loopt door zee.\n\n"
     "Er is veel olie gevonden.\n\nEthiopië veroordeelde het akkoord.", "2024-03-28", ("condemnation", "2024-03-26", "2024-03-28")),
    # ... also after 'dat' as the object of "maakte ... bekend" with an aside in brackets before the particle
    ("Somalië trekt zich terug uit het grensakkoord met Kenia. De Somalische president maakte dat dinsdagavond "
     "(lokale tijd) bekend in Mogadishu.\n\nDe grens loopt door zee.\n\nEr is veel olie gevonden.\n\n"
     "Ethiopië veroordeelde het besluit.", "2024-03-28", ("condemnation", "2024-03-26", "2024-03-28")),
]


@pytest.mark.parametrize("text, pub, event", REPORTED_NEXT_DAY)
def test_an_undated_event_in_a_report_of_yesterday_lies_on_either_day(text, pub, event):
    assert event in _dated(text, pub)


def test_toen_opening_a_sentence_moves_the_story_on():
    """'En toen kwam dinsdag.' (an interviewer's line) tells the next step of the story, 'Toen ... dinsdag
    vertrokken, ...' names its time: undated meetings told with them lie on that day, not on publication."""
    text = ("Een diplomaat blikt terug op een drukke week.\n\nEn toen kwam dinsdag.\n\n"
            "De Chileense president ontving de Peruaanse president in Santiago.")
    assert ("talks", "2024-05-14", "2024-05-14") in _dated(text, "2024-05-16")
    assert extract._then_step("Maar toen kwam dinsdag.", {"maar", "toen", "kwam", "dinsdag"})
    # 'toen' as 'when' names its time itself; after the verb ('at that time') it is another time
    assert extract._then_step("Toen de president dinsdag aankwam, ...", {"toen", "de", "president", "dinsdag", "aankwam"})
    assert not extract._then_step("De landen tekenden toen een akkoord.", {"de", "landen", "tekenden", "toen", "een", "akkoord"})
    text = ("Het was de kortste top van Chili en Peru in jaren. Toen de presidenten woensdagmiddag uit Lima "
            "vertrokken, hadden ze een akkoord gesloten.")
    assert ("summit", "2024-05-15", "2024-05-15") in _dated(text, "2024-05-16")


# (text, publication, an event that must be among the article's events: type, date_start, date_end)
OTHER_TENSE_CONJUNCTS = [
    # a date in a past main clause before ', en' does not date a present trigger after it: the month
    ("Turkije koos de kant van Qatar: de Turkse regering besloot op 7 juni tot meer militairen, en Ankara en "
     "Teheran vliegen voedsel in.", "2017-06", ("delivery", "2017-06-01", "2017-06-30")),
    # the same tense on both sides: the date governs both clauses
    ("De Turkse president sprak op 7 juni in Ankara, en Turkije en Iran vlogen voedsel in.", "2017-06",
     ("delivery", "2017-06-07", "2017-06-07")),
    # a present relative clause of a noun after a past trigger tells what holds of that noun now: the story day
    ("De presidenten van Chili en Peru hebben dinsdag een grensakkoord gesloten. De twee kwamen bijeen in Lima, op "
     "uitnodiging van de Boliviaanse president, die dit jaar het voorzitterschap van de regio bekleedt.",
     "2024-05-16", ("talks", "2024-05-14", "2024-05-14")),
    # ... but a past one may be the trigger's own
    ("De zesde gespreksronde tussen Chili en Peru, die op 2 mei in Lima plaatsvond, leverde niets op.",
     "2024-05-16", ("talks", "2024-05-02", "2024-05-02")),
]


@pytest.mark.parametrize("text,pub,event", OTHER_TENSE_CONJUNCTS, ids=[t[:40] for t, *_ in OTHER_TENSE_CONJUNCTS])
def test_a_clause_in_another_tense_does_not_date_the_trigger(text, pub, event):
    assert event in _dated(text, pub)


# (text, publication, an event that must be among the article's, a date it must not take)
NOUN_DATES = [
    # "het akkoord van 2015": that year is the agreement's, not the sanctions'
    ("Washington stapte in 2018 uit het atoomakkoord van 2015 en stelde opnieuw sancties in tegen Iran.",
     "2024-05-16", ("sanction", "2018-01-01", "2018-12-31"), "2015-01-01"),
    ("Na de aanslagen van 7 oktober 2023 veroordeelde de EU op 9 oktober 2023 het geweld van Hamas.",
     "2024-05-16", ("condemnation", "2023-10-09", "2023-10-09"), "2023-10-07"),
    # the trigger's own date after 'van' stays its own; a time noun before 'van' leaves the date free
    ("De top van 12 juni in Brussel volgde op overleg met Kiev op 3 juni.", "2024-07-01",
     ("summit", "2024-06-12", "2024-06-12"), "2024-06-03"),
    ("In de nacht van 3 juni sprak Zelensky met Macron, na een top op 1 juni.", "2024-07-01",
     ("talks", "2024-06-03", "2024-06-03"), "2024-06-01"),
]


@pytest.mark.parametrize("text,pub,event,never", NOUN_DATES, ids=[t[:40] for t, *_ in NOUN_DATES])
def test_a_date_of_another_noun_does_not_date_the_event(text, pub, event, never):
    found = _dated(text, pub)
    assert event in found
    assert not any(e[0] == event[0] and e[1] == never for e in found)


# (text, its events: type, status, date_start)
SINCE_WITH_APPOSITION = [
    # a date right after the comma that ends a 'sinds' phrase tells when that period began
    ("De Turkse en de Griekse premier spraken met elkaar, voor het eerst sinds de aardbeving, "
     "ruim een jaar geleden.", [("talks", "occurred", "2024-05-16")]),
    ("De Turkse en de Griekse premier spraken met elkaar, voor het eerst sinds de aardbeving, "
     "een jaar geleden.", [("talks", "occurred", "2024-05-16")]),
    # after a 'sinds' clause the verb comes first: a date after it dates the event
    ("Sinds de aardbeving voorbij is, spreken de Turkse en de Griekse premier morgen voor het eerst met "
     "elkaar.", [("talks", "planned", "2024-05-17")]),
]


@pytest.mark.parametrize("text,events", SINCE_WITH_APPOSITION, ids=[t[:40] for t, _ in SINCE_WITH_APPOSITION])
def test_a_date_in_apposition_to_since_starts_the_period(text, events):
    assert _told(text) == events


# (text, publication, an event that must be among the article's: type, status, date_start)
DAT_AS_OBJECT = [
    # 'dat' before a date and a verb's particle is the object: the sentence's past tense sets the day
    ("De Canadese premier maakte dat dinsdag bekend na een gesprek met de Mexicaanse president.", "2024-05-16",
     ("talks", "occurred", "2024-05-14")),
    ("Canada wil Oekraïne meer hulp geven. De Canadese premier zegde dat maandag toe na een gesprek met "
     "de Oekraïense president.", "2024-05-16", ("talks", "occurred", "2024-05-13")),
    # a reported clause opened by 'dat' keeps its own tense: the coming Tuesday
    ("De Canadese premier zei dat dinsdag de Mexicaanse president op bezoek komt voor overleg.", "2024-05-16",
     ("talks", "planned", "2024-05-21")),
]


@pytest.mark.parametrize("text,pub,event", DAT_AS_OBJECT, ids=[t[:40] for t, *_ in DAT_AS_OBJECT])
def test_dat_before_a_date_and_a_particle_is_an_object(text, pub, event):
    art = articles._article("t", text, articles.parse_date_header(pub))
    got = {(e.type, e.status, e.date_start) for e in extract.extract_article(art)}
    assert event in got, got


# (text, its events: type, status, date_start, date_end, first words of the first evidence sentence)
FLASHBACK_GOES_ON = [
    # undated sentences after a dated flashback in its paragraph stay at that time
    ("De Canadese premier sprak gisteren in Ottawa met de Mexicaanse president. Vorige week pendelde de "
     "Canadese minister van Buitenlandse Zaken tussen Lima en Santiago. In Lima sprak zij met de Peruaanse "
     "president. In Santiago ontmoette zij daarna de Chileense president.",
     [("talks", "occurred", "2024-05-06", "2024-05-12", "In Lima"),
      ("talks", "occurred", "2024-05-06", "2024-05-12", "In Santiago"),
      ("talks", "occurred", "2024-05-15", "2024-05-15", "De Canadese")]),
    # a new paragraph goes back to the day the report is about
    ("De Canadese premier sprak vandaag in Ottawa met de Mexicaanse president. De Canadese minister van "
     "Buitenlandse Zaken was vorige week in Brazilië.\n\nIn Brasília ontmoette zij de Braziliaanse president.",
     [("talks", "occurred", "2024-05-16", "2024-05-16", "De Canadese"),
      ("talks", "occurred", "2024-05-06", "2024-05-12", "De Canadese"),  # "was vorige week in Brazilië": a visit
      ("talks", "occurred", "2024-05-16", "2024-05-16", "In Brasília")]),
    # one day named twice ("Een dag eerder, dinsdag") is one flashback date, which the paragraph keeps
    ("De Canadese premier was gisteren in Lima.\n\nEen dag eerder, dinsdag in Quito: de premier en de Ecuadoraanse "
     "president schudden elkaar de hand. Canada en Ecuador spraken af hun handel uit te breiden.",
     [("talks", "occurred", "2024-05-15", "2024-05-15", "De Canadese"),
      ("talks", "occurred", "2024-05-14", "2024-05-14", "Een dag"),
      ("agreement", "occurred", "2024-05-14", "2024-05-14", "Canada en")]),
]


@pytest.mark.parametrize("text,events", FLASHBACK_GOES_ON, ids=[t[:40] for t, _ in FLASHBACK_GOES_ON])
def test_undated_sentences_after_a_flashback_keep_its_date(text, events):
    art = articles._article("t", text, articles.parse_date_header("2024-05-16"))
    got = sorted((e.type, e.status, e.date_start, e.date_end, " ".join(e.evidence[0]["sentence"].split()[:2]))
                 for e in extract.extract_article(art))
    assert got == sorted(events)


# (text, publication, an event that must be among the article's): an ongoing event dated by
# 'sinds' lasts from that date up to the publication; an event counted from it ("de eerste
# ontmoeting sinds ...", a superlative) is not dated by it
SINCE_PERIODS = [
    ("De partijen onderhandelden sinds vorige week dinsdag onder leiding van de Afrikaanse Unie.", "2022-11-03",
     ("talks", "2022-10-25", "2022-11-03")),
    ("Iran en de Verenigde Staten voeren sinds april indirecte gesprekken.", "2022-11-03",
     ("talks", "2022-04-01", "2022-11-03")),
    ("Sinds begin maart sturen de VS voedselhulp naar Gaza.", "2024-03-25", ("delivery", "2024-03-01", "2024-03-25")),
    ("Servië en Kosovo onderhandelen al sinds 2011 over normalisering.", "2023-03", ("talks", "2011-01-01", "2023-03-31")),
    ("Het was de eerste ontmoeting tussen Biden en Xi sinds november.", "2022-11-03", ("talks", "2022-11-03", "2022-11-03")),
    ("De EU kondigde het zwaarste sanctiepakket tegen Rusland sinds maart aan.", "2022-11-03",
     ("sanction", "2022-11-03", "2022-11-03")),
    # 'sindsdien': from the date told just before
    ("Trump en Kim ontmoetten elkaar in juni 2018 in Singapore. Sindsdien kwamen de gesprekken tussen de "
     "diplomaten van beide landen nauwelijks van de grond.", "2019-02-28", ("talks", "2018-06-01", "2019-02-28")),
]


@pytest.mark.parametrize("text, pub, event", SINCE_PERIODS)
def test_an_ongoing_event_since_a_date_lasts_up_to_the_publication(text, pub, event):
    assert event in _dated(text, pub)


# (text, publication, an event that must be among the article's: type, status, date_start, date_end):
# a date in the content of a warning or demand that lies after the publication (a deadline, the step
# threatened) is not the day the words were said
SPEECH_CONTENT_DATES = [
    ("Rusland eist dat Oekraïne voor het eind van de maand zijn troepen terugtrekt.", "2024-11-22",
     ("demand", "occurred", "2024-11-22", "2024-11-22")),
    ("Kenia en Somalië tekenden gisteren een grensakkoord. Ethiopië waarschuwde dat het in januari een krachtig "
     "antwoord geeft.", "2024-11-22", ("warning", "occurred", "2024-11-21", "2024-11-21")),
    ("China dreigt Japan met tegenmaatregelen als Tokio volgende maand de havens sluit.", "2024-11-22",
     ("warning", "occurred", "2024-11-22", "2024-11-22")),
    ("Macron waarschuwde dat Europa binnen vijf jaar in oorlog kan zijn.", "2024-11-22",
     ("warning", "occurred", "2024-11-22", "2024-11-22")),
    # the day said before the trigger, or the day of the words themselves, still dates them
    ("Volgende week eist de EU opheldering van Iran.", "2024-11-22", ("demand", "planned", "2024-11-25", "2024-12-01")),
    ("Polen riep Duitsland gisteren op om volgende week tanks te leveren.", "2024-11-22",
     ("demand", "occurred", "2024-11-21", "2024-11-21")),
    # a date in the 'om ... te' clause is the step asked, even when the past tense reads it as the last June
    ("De Chileense president riep zijn Peruaanse ambtgenoot op om half juni naar de top in Lima te komen.", "2024-11-22",
     ("demand", "occurred", "2024-11-22", "2024-11-22")),
    # what is agreed for a later day is not the day of the agreement
    ("Japan en Zuid-Korea kwamen gisteren in Tokio bijeen. Zij spraken af dat de ministers van Defensie elkaar voor "
     "het eind van het jaar ontmoeten.", "2024-11-22", ("agreement", "occurred", "2024-11-21", "2024-11-21")),
    # talks in a reported clause up to a deadline are still to come
    ("Rusland en Oekraïne zeiden dat hun onderhandelaars voor het eind van het jaar verder praten.", "2024-11-22",
     ("talks", "planned", "2024-11-22", "2024-12-31")),
]


@pytest.mark.parametrize("text, pub, event", SPEECH_CONTENT_DATES)
def test_a_date_in_the_content_of_words_said_is_not_their_day(text, pub, event):
    art = articles._article("t", text, articles.parse_date_header(pub))
    got = {(e.type, e.status, e.date_start, e.date_end) for e in extract.extract_article(art)}
    assert event in got, got


def _located(text, pub="2022-11-03"):
    art = articles._article("t", text, articles.parse_date_header(pub))
    return [(e.type, e.location, len(e.evidence)) for e in extract.extract_article(art)]


# (text, the article's events: type, location, number of evidence sentences)
PLACES = [
    # "in <place>" after a noun of whose it is ("de regering in Addis Abeba") is not where it happened
    ("Ethiopië en de TPLF tekenden het akkoord namens de regering in Addis Abeba.", [("agreement", "", 1)]),
    ("Ethiopië en de TPLF tekenden het akkoord in Pretoria.", [("agreement", "Pretoria, ZAF", 1)]),
    # a country and a place in it are one place: the second mention joins the first
    ("Ethiopië en de TPLF hebben gisteren in Zuid-Afrika een akkoord getekend. De overeenkomst werd in "
     "Pretoria ondertekend door de onderhandelaars.", [("agreement", "Zuid-Afrika", 2)]),
    ("Ethiopië en de TPLF hebben gisteren in Kenia een akkoord getekend. De overeenkomst werd in "
     "Pretoria ondertekend door de onderhandelaars.", [("agreement", "Kenia", 1), ("agreement", "Pretoria, ZAF", 1)]),
    # a place in a relative clause ("het akkoord, dat ...") or in a clause of an earlier time ("nadat") is another noun's
    ("Kenia en Haïti tekenden gisteren in Nairobi een overeenkomst. De premiers zetten gisteren hun handtekening onder "
     "het akkoord, dat de weg vrijmaakt voor een missie in Port-au-Prince.", [("agreement", "Nairobi, KEN", 2)]),
    ("Canada kondigde gisteren sancties tegen Iran aan, kort nadat de G7 in Rome overleg had gevoerd.",
     [("sanction", "", 1), ("talks", "", 1)]),
]


@pytest.mark.parametrize("text, events", PLACES)
def test_the_place_of_an_event(text, events):
    assert _located(text) == events


def _typed(text, pub="2025-03-01"):
    art = articles._article("t", text, articles.parse_date_header(pub))
    return sorted(e.type for e in extract.extract_article(art))


# (text, the types of its events): one summit per sentence unless the summits are named apart
SUMMITS_IN_ONE_SENTENCE = [
    ("De Franse president ontvangt volgende week in Parijs de staatshoofden van de EU-landen voor een top over "
     "defensie.", ["summit"]),
    ("De West-Afrikaanse staatshoofden komen donderdag opnieuw bijeen in Abuja voor een tweede spoedtop.", ["summit"]),
    ("In Brussel vonden donderdag een NAVO-top, een G7-top en een EU-top plaats.", ["summit", "summit", "summit"]),
]


@pytest.mark.parametrize("text, types", SUMMITS_IN_ONE_SENTENCE)
def test_one_summit_per_sentence_unless_named_apart(text, types):
    assert _typed(text) == types


def test_a_date_after_nadat_does_not_move_the_story_day():
    """'... nadat China maandag een voorstel had geblokkeerd': that Monday is before the story; the
    demand told next belongs to the day of the vote (gisteren)."""
    text = ("De lidstaten van de Algemene Vergadering stemden gisteren in grote meerderheid voor een resolutie over "
            "Myanmar. De stemming kwam er nadat China maandag een voorstel in de Veiligheidsraad had geblokkeerd. "
            "De secretaris-generaal riep de junta van Myanmar na afloop op de gevangenen vrij te laten.")
    got = _dated(text, "2024-05-16")
    assert ("demand", "2024-05-15", "2024-05-15") in got, got


# (text, publication, an event that must be among the article's): a past month told in a main clause
# goes on in the undated sentences of its paragraph; one in a relative clause does not
PAST_MONTH_GOES_ON = [
    ("Servië en Kosovo sloten gisteren een akkoord over de grens.\n\nDe eerste stap werd in maart in Ohrid gezet. "
     "De Servische president en de Kosovaarse premier spraken er urenlang met elkaar.", "2024-05-16",
     ("talks", "2024-03-01", "2024-03-31")),
    ("Servië en Kosovo sloten gisteren een akkoord over de grens.\n\nDe Kosovaarse premier, die in maart werd "
     "herkozen, sprak daarna met de Servische president. De twee spraken daarna nog een uur met elkaar.", "2024-05-16",
     ("talks", "2024-05-15", "2024-05-15")),
]


@pytest.mark.parametrize("text, pub, event", PAST_MONTH_GOES_ON)
def test_a_past_month_goes_on_in_its_paragraph(text, pub, event):
    assert event in _dated(text, pub)


# (text, publication, an event that must be among the article's): a planned meeting whose date the
# past tense of its sentence put before the publication lies ahead; a pledge made then stays then
PLANNED_MEETINGS_AHEAD = [
    ("De Zwitserse president nodigde de leiders van Armenië en Azerbeidzjan uit voor een nieuwe ontmoeting half maart.",
     "2023-02-20", ("talks", "2023-03-11", "2023-03-20")),
    ("Op een conferentie eind januari zegde Duitsland Oekraïne nieuwe luchtafweer toe.", "2023-02-20",
     ("delivery", "2023-01-21", "2023-01-31")),
]


@pytest.mark.parametrize("text, pub, event", PLANNED_MEETINGS_AHEAD)
def test_a_planned_meeting_lies_ahead(text, pub, event):
    assert event in _dated(text, pub)


# (text, publication, an event that must be among the article's): a meeting planned in a past sentence whose
# only date is that of the words that announced it has no date (not that day a year or a week ahead, nor the
# publication's); a date of its own in the sentence dates it
PLANNED_MEETINGS_OWN_DATE = [
    ("De Franse president zei zaterdag dat hij de Russische president binnenkort wil ontmoeten.", "2023-02-20",
     ("talks", None, None)),
    ("De Belgische minister liet op 8 november weten dat hij met zijn Georgische collega wil praten.", "2023-12-15",
     ("talks", None, None)),
    # (an invitation accepted: talks.uitnodiging plans the meeting only then, or with a time of the meeting's own)
    ("De Canadese premier nodigde de Mexicaanse president in mei uit voor een top in Ottawa, en die heeft de "
     "uitnodiging aangenomen.", "2023-08-19", ("talks", None, None)),
    ("De Franse president zei zaterdag dat hij de Russische president in december wil ontmoeten.", "2023-02-20",
     ("talks", "2023-12-01", "2023-12-31")),
    ("De Belgische minister liet op 8 november weten dat hij in maart met zijn Georgische collega wil praten.",
     "2023-12-15",
     ("talks", "2024-03-01", "2024-03-31")),
]


@pytest.mark.parametrize("text, pub, event", PLANNED_MEETINGS_OWN_DATE)
def test_a_planned_meeting_takes_its_own_date_or_none(text, pub, event):
    found = _dated(text, pub)
    assert event in found and len([e for e in found if e[0] == event[0]]) == 1, found


# (text, an event that must be among the article's, publication 2024-05-16): 'sinds' moves a sentence to
# another time only when it governs the sentence's date ("sinds dinsdag lid"); an aside ("zoals steeds sinds
# zijn verkiezing") or a period in a relative clause ("het overleg dat sinds 1999 ...") leaves the story's day
SINCE_ASIDES = [
    ("In een donker pak, zoals steeds sinds zijn verkiezing, kwam de Braziliaanse president dinsdag aan in Lissabon."
     "\n\nDe Portugese premier ontving hem in zijn ambtswoning.", ("talks", "2024-05-14", "2024-05-14")),
    ("Zweden is sinds dinsdag lid van de NAVO.\n\nDe Amerikaanse president ontving de Zweedse premier in het Witte "
     "Huis.", ("talks", "2024-05-16", "2024-05-16")),
    ("Servië en Kosovo ondertekenden gisteren in Brussel een verklaring. In de verklaring vragen Belgrado en Pristina "
     "de OVSE om de werkgroep op te heffen, het overleg dat sinds 1999 vergeefs naar een oplossing zocht.",
     ("demand", "2024-05-15", "2024-05-15")),
]


@pytest.mark.parametrize("text, event", SINCE_ASIDES)
def test_since_moves_a_sentence_only_with_its_date(text, event):
    assert event in _dated(text), _dated(text)


def test_an_undated_pledge_in_the_past_is_dated_by_the_day_the_story_is_about():
    """'zegde tijdens het bezoek hulp toe': the pledge was made that day (the day of the story told just before),
    not on the publication day."""
    found = _dated("De Japanse premier kwam maandag aan in Manila.\n\nDe Filipijnse president ontving hem in het "
                   "paleis. De Japanse premier zegde tijdens het bezoek nieuwe militaire hulp aan de Filipijnen toe.")
    assert ("delivery", "2024-05-13", "2024-05-13") in found


# (text, events that must be among the article's, publication 2023-12-20): a day counted from an event named
# after 'voor' or 'na' ("een dag voor de top") is read against the date of the sentence that told that event
# (not one that only counted from it), back from its first day or on from its last; with no dated sentence
# naming it, 'voor' counts from nothing ("een dag voor de vrede" is no date)
NAMED_EVENT_DAYS = [
    ("De Europese top werd op 14 en 15 december in Brussel gehouden.\n\nTwee dagen voor de top sloot de Commissie "
     "een akkoord met Hongarije. Een dag na de top vertrok de Hongaarse premier naar Peking.",
     [("agreement", "2023-12-12", "2023-12-12"), ("talks", "2023-12-16", "2023-12-16")]),
    # ... also a sentence without a date of its own whose event took one ("Ook ... op de top" after "gisteravond")
    ("De Europese regeringsleiders kwamen gisteren in Brussel bijeen. Ook Georgië kreeg op de top de status van "
     "kandidaat-lidstaat.\n\nEen dag voor de top maakte de Commissie tien miljard euro voor Hongarije vrij.",
     [("delivery", "2023-12-18", "2023-12-18")]),
    ("De Duitse kanselier sprak op 11 december met de Franse president. Het was een dag voor de vrede, zei hij "
     "later. Ook sprak hij met de Poolse premier.", [("talks", "2023-12-11", "2023-12-11")]),
    # "in de dagen voor het bezoek": the week up to the day before it; not counted from a visit that was called off
    ("De Chileense president bracht maandag 18 december een bezoek aan Peru.\n\nEen bezoek aan Bolivia in 2022 ging "
     "om die reden niet door.\n\nArgentinië vroeg Peru in de dagen voor het bezoek om de grens te openen.",
     [("demand", "2023-12-11", "2023-12-17")]),
]


@pytest.mark.parametrize("text, events", NAMED_EVENT_DAYS)
def test_a_day_before_or_after_a_named_event(text, events):
    found = _dated(text, "2023-12-20")
    assert all(e in found for e in events) and not any(e[1] == "2023-12-10" for e in found), found


# (text, events that must be among the article's, publication 2023-12-20): "op de dag van de ondertekening" is the day
# of the latest dated sentence naming the signing (or its verb, status.toml event_noun_verbs), not the date
# told last
EVENT_DAYS = [
    ("Chili en Peru maakten hun besluit op dinsdag 12 december bekend. Bolivia tekende het verdrag vorige week "
     "donderdag.\n\nArgentinië was boos en haalde op de dag van de ondertekening zijn ambassadeur uit La Paz "
     "terug.", [("sanction", "2023-12-14", "2023-12-14")]),
    # not the date told last: the sentence that names the announcement
    ("Ecuador kondigde op 11 december nieuwe heffingen aan. Op 15 december sprak de Colombiaanse president met zijn "
     "Peruaanse ambtgenoot.\n\nColombia riep op de dag van de aankondiging zijn ambassadeur in Quito terug.",
     [("sanction", "2023-12-11", "2023-12-11")]),
]


@pytest.mark.parametrize("text, events", EVENT_DAYS)
def test_the_day_of_a_named_event(text, events):
    found = _dated(text, "2023-12-20")
    assert all(e in found for e in events), found


def test_two_months_joined_by_and_date_one_mention_with_their_span():
    """'spraken elkaar in maart en oktober telefonisch': one mention of two calls, dated from the first month to the
    last; two months in clauses of their own keep their own dates."""
    found = _dated("De Chileense en de Peruaanse president spraken elkaar in maart en oktober telefonisch.", "2023-12-20")
    assert ("talks", "2023-03-01", "2023-10-31") in found, found
    found = _dated("De Chileense president sprak in maart met zijn Peruaanse ambtgenoot, en in oktober reisde hij naar "
                   "Bolivia.", "2023-12-20")
    assert ("talks", "2023-03-01", "2023-03-31") in found, found
    # a meeting of a month between them, told just before, is another event
    found = _dated("In juni ontmoetten de Chileense en de Peruaanse president elkaar in Lima. De twee spraken elkaar "
                   "in maart en oktober telefonisch.", "2023-12-20")
    assert {("talks", "2023-06-01", "2023-06-30"), ("talks", "2023-03-01", "2023-10-31")} <= found, found


def test_talks_of_the_pair_right_after_a_reception_are_that_visit():
    """'werd ... ontvangen door de Peruaanse president. De twee overlegden daarna': one visit, whatever
    'daarna' says of its parts; a meeting with someone else after it stays an event of its own."""
    art = articles._article("t", "De Chileense president werd gisteren in Lima ontvangen door de Peruaanse president "
                            "Boluarte. De twee overlegden daarna over de grens.", articles.parse_date_header("2023-12-20"))
    evs = [e for e in extract.extract_article(art) if e.type == "talks"]
    assert len(evs) == 1 and len(evs[0].evidence) == 2, [(e.type, e.evidence) for e in evs]
    art = articles._article("t", "De Chileense president werd gisteren in Lima ontvangen door de Peruaanse president "
                            "Boluarte. Daarna sprak hij met de Boliviaanse president Arce.", articles.parse_date_header("2023-12-20"))
    assert len([e for e in extract.extract_article(art) if e.type == "talks"]) == 2


def test_a_year_in_a_closed_relative_clause_before_the_trigger_is_the_nouns_own_past():
    """'Letland, dat in 1991 onafhankelijk werd, overlegt met ...': the year tells the country's past, not when the
    talks are held; without the relative clause the year dates them."""
    found = _dated("Letland, dat in 1991 onafhankelijk werd, overlegt met Litouwen over de grens.", "2024-03-05")
    assert ("talks", "2024-03-05", "2024-03-05") in found, found
    found = _dated("Letland overlegde in 1991 met Litouwen over de grens.", "2024-03-05")
    assert ("talks", "1991-01-01", "1991-12-31") in found, found


def test_a_mediation_naming_no_parties_right_after_talks_is_the_go_betweens_part_in_them():
    """'Brazilië bemiddelde' right after the talks: the same talks; a mediation between other parties
    stays talks of their own."""
    art = articles._article("t", "Chili en Peru onderhandelden maandenlang over de grens. Brazilië "
                            "bemiddelde.", articles.parse_date_header("2023-12-20"))
    evs = [e for e in extract.extract_article(art) if e.type == "talks"]
    assert len(evs) == 1 and len(evs[0].evidence) == 2, [(e.type, e.evidence) for e in evs]
    art = articles._article("t", "Chili en Peru onderhandelden maandenlang over de grens. Brazilië bemiddelt ook "
                            "tussen Bolivia en Paraguay.", articles.parse_date_header("2023-12-20"))
    assert len([e for e in extract.extract_article(art) if e.type == "talks"]) == 2


def test_a_host_receiving_the_group_right_after_their_meeting_is_that_meeting():
    """'De Peruaanse president ontving beide gasten' after the ministers' meeting in Lima: its host, one meeting;
    a reception of someone else after it stays another meeting."""
    art = articles._article("t", "De ministers van Chili en Bolivia hebben elkaar gisteren in Lima ontmoet. De "
                            "Peruaanse president Boluarte ontving beide gasten.", articles.parse_date_header("2023-12-20"))
    evs = [e for e in extract.extract_article(art) if e.type == "talks"]
    assert len(evs) == 1 and len(evs[0].evidence) == 2, [(e.type, e.evidence) for e in evs]
    art = articles._article("t", "De ministers van Chili en Bolivia hebben elkaar gisteren in Lima ontmoet. De "
                            "Peruaanse president Boluarte ontving de Ecuadoraanse president.", articles.parse_date_header("2023-12-20"))
    assert len([e for e in extract.extract_article(art) if e.type == "talks"]) == 2


def test_a_statement_told_again_far_on_the_same_day_by_the_same_parties_of_the_same_thing_is_one():
    """'veroordeelden de ministers van Chili de beschieting' in the lead and, paragraphs later, 'De Chileense
    ministers veroordelen de beschieting scherp': one condemnation; another party's condemnation of it stays
    its own."""
    middle = ("\n\nDe grenspost ligt in de woestijn. Er vielen geen doden. Het leger onderzoekt de zaak.\n\n"
              "Volgens de regio waren er al eerder schoten. Boeren in de buurt sliepen slecht. De weg is dicht.\n\n")
    text = ("Vanochtend veroordeelden de ministers van Chili de beschieting van een grenspost." + middle
            + "De Chileense ministers veroordelen de beschieting scherp in een verklaring.\n\nOok Argentinië veroordeelde de beschieting.")
    art = articles._article("t", text, articles.parse_date_header("2023-12-20"))
    evs = [e for e in extract.extract_article(art) if e.type == "condemnation"]
    assert sorted(len(e.evidence) for e in evs) == [1, 2], [(e.actors, e.evidence) for e in evs]


def test_a_package_s_measures_told_far_on_by_its_group_are_that_package():
    """'Ze bevroren ook hun tegoeden ...' paragraphs after a boycot told with its month, dated by the sentence before it:
    the measures of that boycot (one package is one event); another country's closing stays its own."""
    for closing, count in (("Ze bevroren ook Chileense tegoeden en weerden Chileense vrachtwagens.", 1),
                           ("Ecuador sloot de grens voor Chileense vrachtwagens.", 2)):
        text = ("Peru en Bolivia stelden begin deze maand een boycot van Chili in. De regering in Santiago noemt dat "
                "onterecht.\n\nDe haven van Arica ligt stil. Er staan lange rijen. Boeren klagen.\n\nHet leger "
                "marcheerde op 5 juni langs de grens. " + closing)
        art = articles._article("t", text, articles.parse_date_header("2023-06-12"))
        evs = [e for e in extract.extract_article(art) if e.type == "sanction"]
        assert len(evs) == count, [(e.actors, e.evidence) for e in evs]


def test_talks_of_the_visitor_right_after_a_visit_are_that_visit():
    """'was gisteren in Lima ... sprak daarna met de president': the talks of the visit just told, whatever 'daarna'
    says of their order; talks with a party from elsewhere after it stay a meeting of their own."""
    art = articles._article("t", "De Chileense president Boric was gisteren in Lima. Hij legde een krans bij het "
                            "monument en sprak daarna met de Peruaanse president Boluarte.",
                            articles.parse_date_header("2023-12-20"))
    evs = [e for e in extract.extract_article(art) if e.type == "talks"]
    assert len(evs) == 1 and len(evs[0].evidence) == 2, [(e.type, e.evidence) for e in evs]
    art = articles._article("t", "De Chileense president Boric was gisteren in Lima. Daarna sprak hij in La Paz met de "
                            "Boliviaanse president Arce.", articles.parse_date_header("2023-12-20"))
    assert len([e for e in extract.extract_article(art) if e.type == "talks"]) == 2


def test_an_undated_summit_and_its_day_in_the_next_sentence_are_one_summit():
    """'zaten de leiders van A, B en C weer aan tafel. A ontving maandag B en C': one summit, on that Monday."""
    art = articles._article("t", "Voor het eerst in jaren zaten de leiders van Peru, Chili en Bolivia weer samen aan "
                            "tafel. De Peruaanse president ontving maandag in Lima de Chileense president Boric en de "
                            "Boliviaanse president Arce.", articles.parse_date_header("2023-12-22"))
    evs = [e for e in extract.extract_article(art) if e.type == "summit"]
    assert [(e.date_start, len(e.evidence)) for e in evs] == [("2023-12-18", 2)], [(e.date_start, e.evidence) for e in evs]


def test_the_date_opening_a_line_of_a_timeline_dates_its_item():
    """'- 10 april 2019: Op een ingelaste top wordt ...': the date before the colon dates the summit of its line, not
    a deadline in its clause ("naar uiterlijk 31 oktober") nor a later sentence's date it would then join."""
    found = _dated("- 29 maart 2019: Het Britse parlement stemt tegen het akkoord met de EU.\n- 10 april 2019: Op een "
                   "ingelaste top wordt het vertrek verschoven naar uiterlijk 31 oktober.", "2020-01-31")
    assert ("summit", "2019-04-10", "2019-04-10") in found, found


def test_a_date_in_an_opening_after_phrase_before_a_present_saying_lies_in_the_past():
    """'Na zijn top met ..., vrijdag, zegt de president dat ...': what is said now comes after the summit, so its
    Friday is the last one (not the next, which the present tense gave); without a verb of saying ("Na de top van
    vrijdag reist hij door") the present may still tell what lies ahead."""
    found = _dated("Na zijn top met de Chinese president in Peking, vrijdag, zegt de Franse president dat er meteen "
                   "over een akkoord kan worden onderhandeld.", "2025-08-19")
    assert ("summit", "2025-08-15", "2025-08-15") in found, found
    ahead = _dated("Na de top van vrijdag reist de Franse president door naar Japan.", "2025-08-19")
    assert ("summit", "2025-08-22", "2025-08-22") in ahead, ahead


# (text, the types of its events): what someone hopes will happen is no event
HOPES = [
    ("De Franse president hoopt dat Rusland en Oekraïne snel gaan onderhandelen.", []),
    ("De VN hopen dat er volgende week een akkoord komt tussen Israël en Hamas.", []),
    ("Frankrijk en Duitsland spraken gisteren met elkaar, in de hoop dat de EU-top slaagt.", ["talks"]),
    # what someone does not expect ("verwacht niet dat"), but what someone expects is planned
    ("De oud-diplomaat verwacht niet dat India en Pakistan voor de verkiezingen met elkaar praten.", []),
    ("De minister verwacht dat India en Pakistan volgende week met elkaar praten.", ["talks"]),
    # a second 'dat' clause of the saying, joined by 'en' or 'maar', is said, not hoped for
    ("De Chileense president zei dat hij hoopt dat Peru instemt en dat hij deze week met de Peruaanse president wil praten.",
     ["talks"]),
    ("De Chileense president zei dat hij hoopt dat Peru en Bolivia binnenkort met elkaar praten.", []),
]

# (text, status of its event): a negation after a short phrase of topic or partner after the trigger noun
NEGATED_AFTER = [
    ("Een akkoord over verlenging is er niet gekomen tussen de VS en de Taliban.", "negated"),
    ("Een akkoord met Iran is er gisteren wel gekomen, meldde Washington.", "occurred"),
]


@pytest.mark.parametrize("text, status", NEGATED_AFTER)
def test_negation_after_a_topic_phrase(text, status):
    art = articles._article("t", text, articles.parse_date_header("2024-05-14"))
    assert [e.status for e in extract.extract_article(art)] == [status]


@pytest.mark.parametrize("text, types", HOPES)
def test_what_is_hoped_for_is_no_event(text, types):
    assert _typed(text) == types


# (text, the types of its events): a meeting advised or possible ('om ... te' after an option or advice
# word) is no event; a chance seized, or a meeting held to talk, is one. The advice itself is a proposal
# (proposal.aanbevelen, since quality23 also 'adviseerde'), whose content is no event of its own
OPTIONS = [
    ("De Europese Commissie adviseerde vorige week om de gesprekken met Georgië te openen.", ["proposal"]),
    ("Volgens de Franse president houdt de NAVO de mogelijkheid open om met Rusland te onderhandelen.", []),
    ("Rusland en Oekraïne grepen de kans om in Istanbul te onderhandelen.", ["talks"]),
    ("Italië en Frankrijk kwamen in Rome bijeen om te overleggen over migratie.", ["talks"]),
]


@pytest.mark.parametrize("text, types", OPTIONS)
def test_a_meeting_advised_or_possible_is_no_event(text, types):
    assert _typed(text) == types


# (text, type of the event, the actors it must have, actors it must not have)
VISIT_HOSTS = [
    # the country of the place a visit goes to takes part (host_place rules)
    ("De Oekraïense president Zelensky is vandaag op bezoek in Berlijn.", "talks", {"UKR", "DEU"}, set()),
    ("De Chinese minister van Buitenlandse Zaken reist volgende week naar Moskou.", "talks", {"CHN", "RUS"}, set()),
    ("De Poolse president is op werkbezoek in de Amerikaanse hoofdstad Washington.", "talks", {"POL", "USA"}, set()),
    # where the visitor leaves from is no party; a place of talks that are no visit is none either
    ("De Franse president vloog vanuit Parijs naar Kyiv voor overleg.", "talks", {"FRA", "UKR"}, set()),
    ("De Duitse en Poolse ministers overlegden dinsdag in Brussel over migratie.", "talks", {"DEU", "POL"}, {"BEL"}),
    # a place named before the visit is not where it goes
    ("Na een nacht in Warschau reisde de Franse president naar Kyiv voor overleg.", "talks", {"FRA", "UKR"}, {"POL"}),
    # the country a summit is held in takes part (the first place after the trigger), also for an organisation's
    # summit, unless it is held in a capital where that organisation sits (places.toml organisation_seats)
    ("De volgende top van Armenië en Azerbeidzjan wordt in mei in Tbilisi gehouden.", "summit", {"ARM", "AZE", "GEO"}, set()),
    ("De top van de Franse en Duitse leiders in Rome ging vooral over de grens in Bosnië.", "summit",
     {"FRA", "DEU", "ITA"}, {"BIH"}),
    ("De NAVO-top in Madrid begint dinsdag.", "summit", {"NATO", "ESP"}, set()),
    ("De leiders van de G20 kwamen zaterdag bijeen op hun top in New Delhi.", "summit", {"G20", "IND"}, set()),
    ("De NAVO-top in Brussel begint dinsdag.", "summit", {"NATO"}, {"BEL"}),
    ("De leiders van de ECOWAS kwamen gisteren bijeen op een top in de Nigeriaanse hoofdstad Abuja.", "summit",
     {"ECOWAS"}, {"NGA"}),
]


@pytest.mark.parametrize("text,typ,must,never", VISIT_HOSTS, ids=[t[:40] for t, *_ in VISIT_HOSTS])
def test_the_country_visited_takes_part(text, typ, must, never):
    found = _actors_of(text, typ)
    assert found and must <= found[-1] and not never & found[-1], found


def test_a_date_in_a_nadat_clause_after_the_trigger_is_not_its_date():
    # "De ontmoeting kwam tot stand nadat ... maandag ...": Monday dates the proposal, the meeting is today's
    told = _told("Biden en Xi hebben elkaar vandaag ontmoet in San Francisco. De ontmoeting kwam tot stand nadat "
                 "de Chinese president maandag een voorstel van Washington had aanvaard.")
    assert ("talks", "occurred", "2024-05-16") in told and ("talks", "occurred", "2024-05-13") not in told, told


def test_earlier_that_day_without_a_dated_sentence_close_before_is_the_story_day():
    # no dated sentence among the few before 'eerder op de dag': the day the story is about, not publication
    told = _told("De Amerikaanse minister Blinken heeft gisteren in Peking gesproken met de Chinese president. Het was "
                 "het eerste bezoek van een Amerikaanse minister aan China in jaren.\n\nDe twee spraken een half uur "
                 "met elkaar. Xi zei na afloop dat er vooruitgang is.\n\nEerder op de dag had Blinken urenlang "
                 "overleg met zijn Chinese ambtgenoot.")
    assert [t for t in told if t[0] == "talks"] == [("talks", "occurred", "2024-05-15")] * 2, told


@pytest.mark.parametrize("text,types", [
    # talks named as the purpose of a summit in its clause are that summit
    ("De Europese regeringsleiders kwamen maandag in Parijs bijeen voor spoedoverleg over Oekraïne.", ["summit"]),
    # talks of their own at a summit stay talks
    ("Op de NAVO-top in Vilnius sprak de Amerikaanse president met zijn Turkse collega.", ["summit", "talks"]),
])
def test_talks_as_the_purpose_of_a_summit_are_that_summit(text, types):
    assert sorted(t for t, *_ in _told(text)) == types, _told(text)


@pytest.mark.parametrize("text,status", [
    # a meeting in the present tense in a period that goes on after publication lies ahead
    ("Dit voorjaar reist de Duitse kanselier naar China.", "planned"),
    ("Deze maand praten de ministers van de EU over Georgië.", "planned"),
    # an ongoing one ("sinds") is no plan
    ("Sinds maart onderhandelen Israël en Hamas via Qatar.", "occurred"),
    # a noun after a copula: the visit being told
    ("Het is het tweede bezoek van de Nederlandse premier aan Oekraïne dit jaar.", "occurred"),
])
def test_a_present_meeting_in_a_period_going_on_lies_ahead(text, status):
    assert [s for t, s, _ in _told(text) if t == "talks"] == [status], _told(text)


@pytest.mark.parametrize("text,types", [
    # what was agreed is no event of its own
    ("De Amerikaanse, Japanse en Zuid-Koreaanse leiders spraken af elkaar voortaan jaarlijks te ontmoeten en bij "
     "een crisis direct met elkaar te overleggen.", ["agreement"]),
    ("Rusland en Turkije kwamen overeen dat hun ministers volgende maand verder praten.", ["agreement"]),
    # ... also a stance agreed in a second 'dat' clause ("en dat ze zich verzetten tegen ...")
    ("Volgens Lima spraken Peru en Chili af dat de grens open blijft, en dat ze zich verzetten tegen het gebruik van "
     "geweld aan de grens.", ["agreement"]),
    # a second verb joined to it is an event of its own
    ("Rusland en Turkije kwamen gisteren een bestand overeen en spraken met de Syrische president.", ["agreement", "talks"]),
    # a meeting named before the participle of a proposal or demand is what was proposed; not one that is the
    # setting of a warning, nor one named in a relative clause
    ("Peru had de rechtstreekse gesprekken met Chili vorige week zelf voorgesteld.", ["proposal"]),
    ("De Chileense president had zijn Peruaanse ambtgenoot in een telefoongesprek nog gewaarschuwd.", ["talks", "warning"]),
    ("De gesprekken die Peru had voorgesteld, begonnen gisteren in Lima met Chili.", ["proposal", "talks"]),
])
def test_what_was_agreed_is_no_event_of_its_own(text, types):
    assert sorted(t for t, *_ in _told(text)) == types, _told(text)


def test_a_date_in_a_relative_clause_about_a_person_is_not_the_story_day():
    told = _told("Iran heeft vannacht raketten afgevuurd op bases in Irak. Teheran sprak van vergelding voor de dood "
                 "van een generaal, die vrijdag bij een Amerikaanse aanval om het leven kwam. De Amerikaanse "
                 "president kondigde nieuwe sancties tegen Iran aan.")
    assert [d for t, _, d in told if t == "sanction"] != ["2024-05-10"], told


def test_the_sentence_after_a_group_takes_its_actors():
    # "beide landen" stands for Armenia and Azerbaijan; the next sentence names nobody and takes them
    told = _told("Armenië en Azerbeidzjan onderhandelden in april in Genève. De gesprekken begonnen op 2 april. Een "
                 "week later tekenden beide landen een verklaring over de grens. Op 20 april volgde een akkoord over "
                 "een bestand.")
    assert ("agreement", "occurred", "2024-04-20") in told, told


def test_a_group_in_a_sentence_without_an_event_still_names_the_actors_of_the_next():
    told = _told("Armenië en Azerbeidzjan onderhandelden in april in Genève. Het conflict duurt al decennia. Beide "
                 "landen claimen het gebied. Op 20 april volgde een akkoord over een bestand.")
    assert ("agreement", "occurred", "2024-04-20") in told, told


def test_what_someone_fears_is_no_event():
    # "vrezen dat ...": like a hope, what is feared is no event
    assert not [t for t in _told("Europese diplomaten vrezen dat China nieuwe sancties tegen Litouwen aankondigt.")
                if t[0] == "sanction"]


def test_a_strong_past_form_makes_the_clause_past():
    # "klonk" is past: the talks after 'na' happened today, they are not announced
    told = _told("Vandaag klonk de Oekraïense president milder, na een gesprek met de Amerikaanse president.")
    assert ("talks", "occurred", "2024-05-16") in told, told


def test_travel_to_a_summit_is_that_summit():
    # "reist naar ... voor de NAVO-top": going to the summit, one event, not a visit beside it
    told = _told("De Canadese premier vliegt volgende week naar Madrid voor de NAVO-top.")
    assert [t[0] for t in told] == ["summit"], told


def test_a_summit_named_with_a_proper_adjective_is_not_a_back_reference():
    # "de Europese top" names a summit (of the EU): it does not join the talks told just before
    art = articles._article("t", "De EU-leiders besloten gisteren in Brussel onderhandelingen te openen met Moldavië. "
                            "Het besluit viel op de eerste dag van de Europese top.", articles.parse_date_header("2024-05-16"))
    evs = extract.extract_article(art)
    assert sorted(e.type for e in evs) == ["summit", "talks"], [(e.type, e.trigger) for e in evs]
    assert "EU" in next(e for e in evs if e.type == "summit").actors


def test_a_summit_in_the_present_with_a_past_date_happened():
    # present tense ("volgen op") with a month before publication: told, not announced
    told = _told("De gesprekken van de ministers volgen op een top van de Japanse en Zuid-Koreaanse leiders in maart in Tokio.")
    assert ("summit", "occurred", "2024-03-01") in told, told


def test_actors_of_an_earlier_clause_after_the_trigger_are_not_the_triggers():
    # "kort nadat A en B ...": A and B take part in the clause's own event, not in the sanctions
    art = articles._article("t", "Canada kondigde donderdag sancties aan tegen Iraanse generaals, kort nadat Israël en de "
                            "Verenigde Staten in Washington overleg hadden gevoerd.", articles.parse_date_header("2024-05-16"))
    sanction = next(e for e in extract.extract_article(art) if e.type == "sanction")
    assert "ISR" not in sanction.actors and "CAN" in sanction.actors, sanction.actors


SUMMITS_AS_SETTING = [
    # a summit of an organisation named as the setting of what is told is the organisation's; the countries of
    # the sentence take part in what is told there
    ("Tijdens de G20-top in Rome verweet de Canadese premier China oneerlijke handel.", {"G20", "ITA"}, {"CAN", "CHN"}),
    ("De Franse president was net terug van de NAVO-top in Madrid, waar hij Turkije om steun had gevraagd.",
     {"NATO", "ESP"}, {"FRA", "TUR"}),
    # 'hun top': the organisation among the actors whose summit it is
    ("Kort nadat de Europese regeringsleiders op hun top in Brussel sancties tegen Wit-Rusland hadden afgesproken, "
     "reageerde Minsk.", {"EU"}, {"BLR"}),
    # not a summit whose organisation is not said ("een top van het blok"): its actors stay as they were
    ("Von der Leyen maakte het akkoord bekend op een top in Montevideo, samen met de presidenten van Brazilië en "
     "Argentinië.", {"BRA", "ARG"}, set()),
    # nor a summit that is the subject of its sentence
    ("De NAVO-top in Vilnius begon dinsdag met een gesprek met de Oekraïense president.", {"NATO", "UKR"}, set()),
]


@pytest.mark.parametrize("text,must,never", SUMMITS_AS_SETTING, ids=[t[:40] for t, _, _ in SUMMITS_AS_SETTING])
def test_a_summit_named_as_a_setting_is_the_organisations(text, must, never):
    summits = _actors_of(text, "summit", pub="2022-07-02")
    assert summits and must <= summits[0] and not never & summits[0], summits


def test_an_arrival_abroad_is_a_visit_and_an_arrival_home_none():
    assert _told("De Indiase premier is gisteravond in Moskou aangekomen.") == [("talks", "occurred", "2024-05-15")]
    assert _told("De Franse president is gisteravond in Parijs aangekomen na zijn reis door Afrika.") == []
    # arriving and talking in one sentence: one visit, not two events
    told = _told("De Japanse premier arriveerde gisteren in Kiev en sprak vandaag met de Oekraïense president.")
    assert [t[0] for t in told] == ["talks"], told


def test_the_first_time_that_refers_to_the_meeting_just_told():
    # "Het was de eerste keer dat ... elkaar zagen": the meeting of the sentence before, whichever word it uses
    told = _told("De presidenten van Armenië en Azerbeidzjan hebben elkaar gisteren in Praag ontmoet. Het was de "
                 "eerste keer dat de twee leiders elkaar zagen sinds de oorlog.")
    assert len(told) == 1, told


def test_withdrawing_from_talks_negates_them():
    told = _told("Het Soedanese leger trok zich gisteren uit de onderhandelingen met de RSF terug.")
    assert told == [("talks", "negated", "2024-05-15")], told


def test_the_countries_goods_go_to_or_come_from_take_part_in_a_delivery():
    art = articles._article("t", "Nederland stuurde vorige maand tien pantservoertuigen naar Oekraïne. Het eerste "
                            "Patriot-systeem uit Duitsland is gisteren in Oekraïne aangekomen.",
                            articles.parse_date_header("2024-05-16"))
    got = sorted((e.date_start, tuple(sorted(e.actors))) for e in extract.extract_article(art) if e.type == "delivery")
    assert got == [("2024-04-01", ("NLD", "UKR")), ("2024-05-15", ("DEU", "UKR"))], got


# a question asserts no event; a statement that quotes a question does
QUESTIONS = [
    ("Wie bemiddelt er tussen Ethiopië en Eritrea?", []),
    ("Ontmoet de Chinese president Xi volgende maand de Amerikaanse president in Peking?", []),
    ("'Waarom praten we niet?', vroeg Macron. Macron sprak gisteren in Parijs met de Duitse kanselier.",
     ["talks"]),
]


@pytest.mark.parametrize("text,types", QUESTIONS, ids=[t[:40] for t, _ in QUESTIONS])
def test_a_question_tells_no_event(text, types):
    assert sorted({t for t, *_ in _dated(text)}) == types


def test_the_faster_forms_of_the_later_group_and_back_reference_patterns_find_the_same():
    """`_at_beginnings` tries a pattern only where a beginning of it is, and the lower-case
    back-reference pattern runs on lowered ASCII text: both find what the patterns they stand for find."""
    texts = ["Een dag later spraken de twee leiders opnieuw.", "Twee weken erna kwam het tot een akkoord.",
             "De dag erna, in dezelfde maand, daarna en de volgende dag", "ondertussen-daarna xdaarna daarna",
             "Die eerste ontmoeting", "hun eerste persoonlijke ", "DEZE grote ", "de ", "Het kabinet zei dat de ",
             "xdie grote ", "dat\n", "In dezelfde week tekenden zij. Drie maanden eerder niet.",
             "Beide landen en de twee strijdende partijen; de partijen, deze drie leiders", "volgde op een lang ",
             "het bezoek volgt op een ", "volgt op", "xvolgde op een "]
    anaphor, _, lower = extract._patterns()
    pairs = [(extract._later_pattern()[0], extract._at_beginnings("later")),
             (extract._group_words()[0], extract._at_beginnings("group")),
             (extract._follows_on_pattern(), extract._at_beginnings("follows_on"))]
    for text in texts:
        for k in range(len(text) + 1):
            low = text[k:].lower()
            for pattern, faster in pairs:
                a, b = pattern.search(low), faster.search(low)
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), low
            a, b = anaphor.search(text[:k]), lower.search(text[:k].lower())
            assert (a and a.span()) == (b and b.span()), text[:k]


def test_the_summit_referred_back_to_joins_the_meeting_told_on_its_last_day():
    # "De top ... begon woensdagavond" refers back to the meeting that ended "gisteren" (Thursday): a meeting
    # told as talks and as a summit spans the summit's days, one event
    art = articles._article("t", "De ontmoeting tussen de Japanse premier en de Chinese president is gisteren zonder akkoord "
                            "geëindigd. De top in het hotel begon woensdagavond nog in een goede sfeer.",
                            articles.parse_date_header("2024-05-17"))
    evs = extract.extract_article(art)
    assert [(e.type, len(e.evidence)) for e in evs] == [("talks", 2)], [(e.type, e.trigger) for e in evs]


def test_a_second_event_of_a_type_in_another_month_of_its_own_clause():
    # "in december ... eens, en in februari zetten ... hun handtekening": two agreements; an agreement whose
    # content has a date ("afgesproken dat er voor het eind van het jaar een bestand komt") stays one
    two = _told("In december werden Chili en Peru het eens over de grens, en in februari zetten beide regeringen daar "
                "hun handtekening onder.")
    assert sorted(t[:2] for t in two if t[0] == "agreement") == [("agreement", "occurred")] * 2, two
    one = _told("Chili en Peru hebben gisteren afgesproken dat er voor het eind van het jaar een bestand komt.")
    assert [t[0] for t in one] == ["agreement"], one


def test_talks_after_na_before_an_agreement_are_talks_of_their_own():
    # "kwamen na tien uur praten een bestand overeen": the talks came before the agreement, not its content
    told = _told("Gisteren kwamen de Armeense en de Azerbeidzjaanse minister na tien uur praten in Moskou een bestand overeen.")
    assert sorted(t[0] for t in told) == ["agreement", "talks"], told


def test_a_meeting_told_with_opnieuw_is_another_meeting():
    # "willen elkaar ... opnieuw treffen": a new meeting, not the talks of the commission told just before
    told = _told("De ministers van Chili en Peru gaan de grenskwestie verder bespreken. De presidenten van Chili en Peru "
                 "willen elkaar binnen drie maanden opnieuw treffen in Lima.")
    assert [t[:2] for t in told] == [("talks", "planned")] * 2, told


def test_days_near_a_full_date_of_a_story_of_the_past_take_its_year():
    """A review of 2021 that tells a summit of 16 July 2018 and, a paragraph on, 'op 11 en 12 juli': 2018; a day
    of the publication's year far from that date keeps its year."""
    story = ("De Chileense president ontmoette op 16 juli 2018 in Lima de Peruaanse president.\n\nHet boek beschrijft "
             "die dag.\n\nOp de top van de Andeslanden, op 11 en 12 juli, beschuldigde de Chileense president Peru "
             "van smokkel.")
    assert ("condemnation", "2018-07-11", "2018-07-12") in _dated(story, "2021-10-23")
    later = ("De Chileense president ontmoette op 16 juli 2018 in Lima de Peruaanse president.\n\nOp 3 oktober "
             "beschuldigde de Chileense president Peru van smokkel.")
    assert ("condemnation", "2021-10-03", "2021-10-03") in _dated(later, "2021-10-23")


def test_the_date_of_an_indirect_question_is_not_the_date_of_the_trigger_before_it():
    """'... op hun top of ze volgend jaar ...': the year is what the leaders decide about (status.toml
    whether_clause); the summit keeps the date before it."""
    text = ("Eind volgende maand beslissen de Europese leiders op hun top in Brussel of ze volgend jaar "
            "vredesgesprekken met Rusland willen openen.")
    art = articles._article("t", text, articles.parse_date_header("2023-05-10"))
    by_type = {e.type: e for e in extract.extract_article(art)}
    assert (str(by_type["summit"].date_start), str(by_type["summit"].date_end)) == ("2023-06-21", "2023-06-30")
    assert str(by_type["talks"].date_start) == "2024-01-01"


def test_the_plan_as_it_stood_after_a_meeting_called_off_is_that_meeting():
    """'zouden elkaar zaterdag spreken' right after the meeting is told called off: the same meeting, negated
    (status.toml was_to_words), not a new plan."""
    text = ("Een ontmoeting tussen de Franse president en de Turkse president in Rome gaat niet door.\n\n"
            "De twee presidenten zouden elkaar zondag in Rome spreken.")
    art = articles._article("t", text, articles.parse_date_header("2024-03-08"))
    assert [(e.type, e.status) for e in extract.extract_article(art)] == [("talks", "negated")]


def test_a_summoned_ambassador_is_an_event_of_its_own():
    """A verdict and, the same day, the ambassador summoned: two condemnations (status.toml own_event_words)."""
    text = ("De Noorse premier sprak gisteren van een daad van agressie door Rusland. Dezelfde dag ontbood het Noorse "
            "ministerie van Buitenlandse Zaken de Russische ambassadeur.")
    art = articles._article("t", text, articles.parse_date_header("2024-03-08"))
    assert [e.type for e in extract.extract_article(art)] == ["condemnation", "condemnation"]
    # ... also in one sentence ("sprak van ... en ontbood ...")
    text = "Noorwegen sprak gisteren van een daad van agressie en ontbood de Russische ambassadeur in Oslo."
    art = articles._article("t", text, articles.parse_date_header("2024-03-08"))
    assert [e.type for e in extract.extract_article(art)] == ["condemnation", "condemnation"]


def test_a_demand_told_by_its_condition_is_dated_by_the_saying():
    """'X stopt pas als Y ..., zei hij vrijdag': the demand is the saying (status.toml said_act_rules), not the year
    named in what it asks."""
    text = ("Servië stopt de blokkade pas als Kosovo de grensposten ontruimt die het in 2023 heeft ingenomen, zei de "
            "Servische president vrijdag in Belgrado.")
    art = articles._article("t", text, articles.parse_date_header("2024-06-15"))
    demands = [e for e in extract.extract_article(art) if e.type == "demand"]
    assert demands and str(demands[0].date_start) == "2024-06-14"


@pytest.mark.parametrize("ex", __import__("events.lexicon", fromlist=["load"]).load("places")["place_spelling_examples"],
                         ids=lambda e: e["text"][50:80])
def test_a_place_is_written_in_one_spelling(ex, tmp_path):
    """places.toml place_spellings: 'in Kiev' and 'in Kyiv' give one location, so their reports can merge."""
    p = tmp_path / "x.txt"
    p.write_text(" date 2024-03-02 Kop\n\n" + ex["text"] + "\n", encoding="utf-8")
    res = extract.extract_paths([str(p)], merge=False)
    assert [e["location"] for e in res.events] == [ex["location"]]


def test_two_spellings_of_one_meeting_merge_into_one_event(tmp_path):
    text = "De Amerikaanse en Oekraïense delegaties spraken gisteren in de Saudische havenstad {} met elkaar.\n"
    for name, place in (("a", "Jeddah"), ("b", "Djedda")):
        (tmp_path / f"{name}.txt").write_text(" date 2025-03-12 Kop\n\n" + text.format(place), encoding="utf-8")
    res = extract.extract_paths([str(tmp_path)], merge=True)
    assert len(res.events) == 1 and res.events[0]["n_articles"] == 2 and res.events[0]["location"] == "Jeddah, SAU"


def test_a_spelling_claimed_twice_is_a_lexicon_error(monkeypatch):
    from events import actors, lexicon
    real = lexicon.load

    def load(name, lang="nl"):
        data = real(name, lang)
        return dict(data, place_spellings={"Kiev": "Kyiv", "Kyiv": "Kiev"}) if name == "places" else data
    monkeypatch.setattr(lexicon, "load", load)
    actors.gazetteer.cache_clear()
    try:
        with pytest.raises(actors.LexiconError, match="place_spellings 'Kiev' = 'Kyiv'"):
            actors.gazetteer()
    finally:
        monkeypatch.undo()
        actors.gazetteer.cache_clear()


def test_a_chronology_tells_its_past_items_in_the_historical_present(tmp_path):
    """'- 17 oktober 2019: ... worden het eens': an item of a chronology opened by a past day is told in the
    historical present ("worden", "wordt" announce nothing there); a plan word of its own still makes a plan."""
    p = tmp_path / "tijdlijn.txt"
    p.write_text(" date 2020-02-01 Tijdlijn\n\nDe belangrijkste momenten:\n\n"
                 "- 17 oktober 2019: De premier en de EU worden het eens over een nieuw akkoord. De Europese top stemt "
                 "dezelfde dag in.\n"
                 "- 3 november 2019: De premier zegt dat hij in december met de EU zal onderhandelen over handel.\n"
                 "- 24 januari 2020: De voorzitters tekenen het akkoord in Brussel.\n", encoding="utf-8")
    got = {(e["type"], e["date_start"]): e["status"] for e in extract.extract_paths([str(p)], merge=False).events}
    assert got[("agreement", "2019-10-17")] == "occurred" and got[("agreement", "2020-01-24")] == "occurred", got
    assert [s for (typ, _), s in got.items() if typ == "talks"] == ["planned"], got
    assert got[("summit", "2019-10-17")] == "occurred", got  # a later sentence of the item's line


def test_a_timeline_heading_dates_the_item_below_it(tmp_path):
    """A timeline whose items stand under a line holding only their date ('3 maart', 'Begin mei', 'Oktober 2021'):
    each item is told on that date, in the historical present, and a month of its own ('in november') is the
    one before publication; a sentence after a blank line, or under a heading without a date, is no item."""
    p = tmp_path / "tijdlijn.txt"
    p.write_text(" date 2022-06-15 Tijdlijn van een ruzie\n\nEen overzicht van de belangrijkste momenten.\n\n"
                 "Oktober 2021\nPolen en Litouwen sluiten een akkoord over de bewaking van hun grens. Wit-Rusland "
                 "zet in november een Poolse diplomaat het land uit.\n\n"
                 "3 maart\nDe ministers van Buitenlandse Zaken van Polen en Duitsland overleggen in Berlijn.\n\n"
                 "Begin mei\nDuitsland levert luchtafweer aan Polen.\n\n"
                 "Hoe nu verder?\nDe premiers van Polen en Litouwen overleggen volgende week in Vilnius.\n",
                 encoding="utf-8")
    events = extract.extract_paths([str(p)], merge=False).events
    got = {e["type"]: (e["status"], e["date_start"], e["date_end"]) for e in events}
    assert got["agreement"] == ("occurred", "2021-10-01", "2021-10-31"), got
    assert got["sanction"] == ("occurred", "2021-11-01", "2021-11-30"), got
    assert got["delivery"][0] == "occurred" and "2022-05-01" <= got["delivery"][1] <= got["delivery"][2] <= "2022-05-31", got
    talks = sorted((e["status"], e["date_start"]) for e in events if e["type"] == "talks")
    assert talks[0] == ("occurred", "2022-03-03") and talks[1][0] == "planned", talks


def test_a_weekday_heading_of_an_agenda_dates_the_item_below_it(tmp_path):
    """A week-ahead agenda ('Wat brengt de week') whose items stand under a line holding only a weekday ('Maandag',
    'Woensdagavond'): each item is on that weekday, read in the tense of its sentence (the present of an agenda
    published on a Sunday is the coming week, so planned; the past of a review of the week the week before); a
    sentence after a blank line is no item."""
    p = tmp_path / "agenda.txt"
    p.write_text(" date 2021-03-07 Wat brengt de week\n\nEen drukke week voor de diplomatie.\n\n"
                 "Maandag\nDe Belgische premier bezoekt Parijs.\n\n"
                 "Woensdagavond\nDe ministers van Buitenlandse Zaken van Polen en Litouwen overleggen in Vilnius.\n\n"
                 "Vrijdag\nDuitsland levert luchtafweer aan Polen.\n\n"
                 "Terugblik\nSpanje en Portugal sloten vorige week een akkoord.\n",
                 encoding="utf-8")
    events = extract.extract_paths([str(p)], merge=False).events
    got = sorted((e["type"], e["status"], e["date_start"], e["date_end"]) for e in events)
    assert ("delivery", "planned", "2021-03-12", "2021-03-12") in got, got
    assert [g for g in got if g[0] == "talks"] == [("talks", "planned", "2021-03-08", "2021-03-08"),
                                                   ("talks", "planned", "2021-03-10", "2021-03-10")], got
    q = tmp_path / "terugblik.txt"
    q.write_text(" date 2021-03-06 De week in vogelvlucht\n\n"
                 "Maandag\nDe Belgische premier bezocht Parijs.\n\n"
                 "Donderdag\nDuitsland leverde luchtafweer aan Polen.\n", encoding="utf-8")
    got = sorted((e["type"], e["status"], e["date_start"]) for e in extract.extract_paths([str(q)], merge=False).events)
    assert got == [("delivery", "occurred", "2021-03-04"), ("talks", "occurred", "2021-03-01")], got
    # a weekday with its day and month over the item: not a past timeline's heading (a year back), the coming days
    r = tmp_path / "weekprogramma.txt"
    r.write_text(" date 2021-03-07 Het weekprogramma\n\n"
                 "Dinsdag 9 maart\nDe Belgische premier bezoekt Parijs.\n\n"
                 "Donderdag 11 maart\nDuitsland levert luchtafweer aan Polen.\n", encoding="utf-8")
    got = sorted((e["type"], e["status"], e["date_start"]) for e in extract.extract_paths([str(r)], merge=False).events)
    assert got == [("delivery", "planned", "2021-03-11"), ("talks", "planned", "2021-03-09")], got


def test_a_diary_of_dated_weekday_headings_tells_its_days_in_the_present(tmp_path):
    """A diary or log whose entries stand under 'Dinsdag 3 mei' headings before publication tells those days in the
    present: a demand or warning in the present under such a heading is of that day (not of now), and a future in
    what is said ('dat Oslo zal reageren') does not move the heading's day into next year."""
    p = tmp_path / "dagboek.txt"
    p.write_text(" date 2022-05-07 Dagboek uit Oslo\nOnze verslaggever houdt een dagboek bij.\n\n"
                 "Dinsdag 3 mei\nDe Noorse minister van Buitenlandse Zaken eist dat Rusland zijn schepen terugtrekt. "
                 "Zij waarschuwt dat Oslo zal reageren.\n\n"
                 "Donderdag 5 mei\nIk wandel langs de haven en praat met vissers.\n", encoding="utf-8")
    got = sorted((e["type"], e["status"], e["date_start"]) for e in extract.extract_paths([str(p)], merge=False).events)
    assert ("demand", "occurred", "2022-05-03") in got, got
    assert ("warning", "occurred", "2022-05-03") in got, got


def test_a_phrase_of_sinds_ends_before_the_finite_verb_and_its_subject():
    """'Op de eerste top sinds de verkiezingen spraken ze gisteren ...': 'sinds' opens a phrase that ends before the
    verb and its subject; the date after them is the verb's (of the meeting named before 'sinds' too), no period."""
    told = _told("Op de eerste top van Chili en Peru sinds de verkiezingen spraken de presidenten gisteren over de grens.")
    assert ("summit", "occurred", "2024-05-15") in told, told


def test_a_visit_told_again_with_the_pronoun_after_the_verb_is_one_meeting():
    """'X was vorige maand nog in Y. Begin mei bracht hij een bezoek aan Y en sprak met Z': the person named before,
    told by a pronoun after the verb of a clause opened by a time, is no new party; one visit with both sentences."""
    text = ("De Chileense president was vorige maand nog in Peru. "
            "Begin april bracht hij een staatsbezoek aan Peru en sprak hij met president Dina Boluarte.")
    art = articles._article("t", text, articles.parse_date_header("2023-05-16"))
    evs = [e for e in extract.extract_article(art) if e.type in ("talks", "summit")]
    assert len(evs) == 1 and len(evs[0].evidence) == 2, evs


def test_the_subject_right_after_the_verb_of_a_trigger_is_its_agent():
    """'schortte Peru het visserijverdrag op', one trigger from the verb to its object: Peru, right after the verb, is
    the agent, so the other party's measure told next ("Chili sloot daarop zijn luchtruim ...") is an act of its own."""
    text = ("Een dag na de aanval schortte Peru het visserijverdrag met Chili op. "
            "Chili sloot daarop zijn luchtruim voor Peruaanse maatschappijen.")
    art = articles._article("t", text, articles.parse_date_header("2024-05-16"))
    evs = [e for e in extract.extract_article(art) if e.type == "sanction"]
    assert len(evs) == 2, evs


def test_talks_told_there_right_after_a_meeting_are_that_meeting():
    """'In juli komen de leiders bijeen in Lima. Bolivia zit daar voor het eerst aan tafel.': talks with 'daar'
    (status.toml place_anaphors) and no date of their own, right after a meeting told, are that meeting."""
    text = ("In juli komen de regeringsleiders van de Andesgemeenschap bijeen in Lima, de hoofdstad van Peru. "
            "De Boliviaanse president zit daar voor het eerst aan tafel.")
    art = articles._article("t", text, articles.parse_date_header("2024-05-16"))
    evs = [e for e in extract.extract_article(art) if e.type in ("talks", "summit")]
    assert len(evs) == 1 and len(evs[0].evidence) == 2, evs
    # ... and with 'er' right after the verb, before its object
    text = ("In juli komen de regeringsleiders van de Andesgemeenschap bijeen in Lima, de hoofdstad van Peru. "
            "De Boliviaanse president zit er de hele dag met de Peruaanse premier aan tafel.")
    art = articles._article("t", text, articles.parse_date_header("2024-05-16"))
    evs = [e for e in extract.extract_article(art) if e.type in ("talks", "summit")]
    assert len(evs) == 1 and len(evs[0].evidence) == 2, evs


def test_a_titled_weekday_heading_dates_its_section(tmp_path):
    """'Dinsdag tot en met donderdag: Top in Lima', 'Vrijdag en zaterdag: ...': a weekday heading with a title after a
    colon heads its section up to the next section's title, across paragraphs, for the present and the future; the
    past of a later paragraph is background, and a statement in the present is of now."""
    p = tmp_path / "agenda.txt"
    p.write_text(" date 2021-03-07 Wat brengt de week\n\nEen drukke week voor de diplomatie.\n\n"
                 "Dinsdag tot en met donderdag: top in Lima\nIn Lima komen de leiders van Peru en Chili bijeen.\n\n"
                 "Vorig jaar bezocht de Chileense president Bolivia. De Chileense president zal ook met de Boliviaanse "
                 "president overleggen.\n\n"
                 "Vrijdag en zaterdag: Scholz naar Polen\nDe Duitse kanselier overlegt in Warschau met de Poolse premier. "
                 "Veel Poolse politici eisen dat Duitsland herstelbetalingen doet.\n\n"
                 "En verder\nHet Belgische parlement stemt over de begroting.\n", encoding="utf-8")
    events = extract.extract_paths([str(p)], merge=False).events
    got = sorted((e["type"], e["status"], e["date_start"], e["date_end"], sorted(e["actors"])) for e in events)
    assert ("summit", "planned", "2021-03-09", "2021-03-11", ["CHL", "PER"]) in got, got
    assert ("talks", "planned", "2021-03-09", "2021-03-11", ["BOL", "CHL"]) in got, got
    assert ("talks", "planned", "2021-03-12", "2021-03-13", ["DEU", "POL"]) in got, got
    assert ("demand", "occurred", "2021-03-07", "2021-03-07", ["DEU", "POL"]) in got, got
    assert all(g[2] < "2021-03-01" for g in got if g[1] == "occurred" and g[0] == "talks"), got


def test_a_negation_phrase_in_what_was_said_does_not_negate_the_meeting_before_the_verb_of_saying():
    # "Op een top ... zei X dat ... geen ... meer": the negation is in the statement, the summit was held
    told = _told("Op een top van vijf Baltische en Nordische landen in Riga zei de Finse president gisteren dat "
                 "Moskou geen betrouwbare buur meer is.")
    assert ("summit", "occurred") in [t[:2] for t in told], told


def test_a_time_anaphor_points_back_past_a_date_in_a_relative_clause_of_another_noun():
    # "daarin" takes the date told before; "die sinds 2015 lid zijn" dates only those countries
    told = _told("Peking stuurde op 3 mei een ontwerpverdrag naar Manilla. China eist daarin dat de landen die sinds "
                 "2015 lid zijn van het pact hun schepen terugtrekken.")
    assert ("demand", "occurred", "2024-05-03") in told, told


def test_a_call_named_as_the_setting_of_a_warning_is_talks_of_its_own():
    # "waarschuwde ... in een telefoongesprek dat ...": the call is where the warning was made, not its content
    told = _told("De Franse president waarschuwde de Turkse president gisteren in een telefoongesprek dat een "
                 "nieuwe boring ernstige gevolgen zal hebben.")
    assert [t[:2] for t in told] == [("talks", "occurred"), ("warning", "occurred")], told


def test_an_answer_in_kind_after_a_semicolon_is_another_event_on_the_day_told_before():
    # "Den Haag stuurde toen ... naar huis; Moskou antwoordde met de uitzetting van ...": two expulsions, both then
    told = _told("In maart 2023 zetten Nederland en Rusland over en weer diplomaten uit. Den Haag stuurde toen drie "
                 "Russische diplomaten naar huis; Moskou antwoordde met de uitzetting van drie Nederlanders.")
    # (the first joins the exchange told before it; the answer stays apart)
    assert [t for t in told if t[0] == "sanction"] == [("sanction", "occurred", "2023-03-01")] * 2, told


def test_a_day_counted_from_the_date_told_before_skips_a_deadline():
    # "een dag eerder" after "moeten ... uiterlijk vandaag, donderdag, vertrekken": the day before the expulsion told
    told = _told("Iran heeft dinsdag vier Duitse diplomaten uitgezet. Zij moeten het land uiterlijk vandaag, donderdag, "
                 "verlaten. Teheran reageerde daarmee op de uitzetting van vier Iraanse diplomaten door Berlijn, een dag "
                 "eerder.")
    assert sorted(t[2] for t in told if t[0] == "sanction") == ["2024-05-13", "2024-05-14"], told


def test_a_negation_before_en_and_a_verb_of_its_own_does_not_negate_it():
    # "zei dat hij ... niet vertrouwt en eiste garanties": 'niet' belongs to the first verb
    told = _told("De Turkse president zei gisteren dat hij de Grieken niet vertrouwt en eiste garanties van Athene.")
    assert [t[:2] for t in told] == [("demand", "occurred")], told


def test_a_summit_right_after_its_preparation_is_planned():
    # talks about the preparation of a summit happened; the summit is still to come
    told = _told("De Japanse minister was gisteren in Seoul. Hij sprak er met de Zuid-Koreaanse president over de "
                 "voorbereiding van een top tussen de twee landen.")
    assert ("summit", "planned") in [t[:2] for t in told], told
    assert ("summit", "occurred") not in [t[:2] for t in told], told


def test_a_call_by_another_country_after_a_pronoun_call_is_another_event():
    # "Hij riep ... op" takes its source from the sentence before (Chile); Argentina's call is Argentina's own
    art = articles._article("t", "De Chileense minister van Buitenlandse Zaken reageerde verheugd op het vonnis. Hij riep "
                            "alle partijen op tot kalmte. Een woordvoerder van de Argentijnse regering riep Chili en Peru op "
                            "zich aan het vonnis te houden.",
                            articles.parse_date_header("2024-05-16"))
    demands = [e for e in extract.extract_article(art) if e.type == "demand"]
    assert len(demands) == 2, [(e.actors, e.source_actors) for e in demands]


def test_a_date_in_a_relative_clause_about_a_person_does_not_end_a_flashback():
    # "vorige week dinsdag" goes on in its paragraph; "die in 2016 werd opgepakt" dates the brother only
    art = articles._article("t", "Vorige week dinsdag schreef de Noorse minister dat ze geschokt was door de arrestatie van "
                            "een journalist in Iran. Hij is de broer van een activist, die in 2016 werd opgepakt. De "
                            "minister riep Iran op de journalist vrij te laten.", articles.parse_date_header("2018-08-09"))
    demands = [e for e in extract.extract_article(art) if e.type == "demand"]
    assert [(e.date_start, e.date_end) for e in demands] == [("2018-07-31", "2018-07-31")], demands


def test_the_next_summit_of_a_series_takes_the_actors_of_the_summit_told_before():
    # "De volgende top" names nobody: it is the next of the summit told (the EU's and Japan's), not a meeting
    # of the people in the sentence just before it (the Chinese and Korean leaders)
    art = articles._article("t", "De EU en Japan hielden vandaag hun jaarlijkse top in Tokio. Daarna sprak de Japanse "
                            "premier met de Zuid-Koreaanse president en met Xi Jinping. De volgende top is volgend "
                            "jaar in Brussel.", articles.parse_date_header("2024-05-16"))
    nxt = [e for e in extract.extract_article(art) if e.type == "summit" and e.status == "planned"]
    assert len(nxt) == 1 and {"EU", "JPN"} <= set(nxt[0].actors) and not {"KOR", "CHN"} & set(nxt[0].actors), nxt


def test_a_subject_pronoun_after_the_verb_further_on_is_the_person_named_before():
    # "sloot hij": the subject after the verb, a phrase put first; Zelensky takes part in the agreement
    art = articles._article("t", "President Zelensky tekende donderdag in Italië een akkoord met Biden. Ook met de "
                            "Japanse premier Kishida sloot hij een veiligheidsakkoord.", articles.parse_date_header("2024-06-14"))
    deals = [e for e in extract.extract_article(art) if e.type == "agreement" and "JPN" in e.actors]
    assert deals and "UKR" in deals[0].actors, deals



def test_a_journey_on_to_the_place_of_a_summit_is_that_summit():
    # "reist door naar Den Haag, waar de NAVO-top begint": going on to the summit, one event, no visit beside it
    told = _told("De Amerikaanse president reist morgen door naar Den Haag, waar de NAVO-top begint.")
    assert [t[0] for t in told] == ["summit"], told


def test_a_year_after_naar_is_the_year_that_dat_jaar_points_back_to():
    # "terug naar 2015" names the year; "Op 14 juli van dat jaar" lies in it, not in the publication's year
    art = articles._article("t", "Om het conflict te begrijpen, moet je terug naar 2016. Op 3 mei van dat jaar tekenden "
                            "Chili en Bolivia een akkoord over de haven.", articles.parse_date_header("2021-09-06"))
    deals = [e for e in extract.extract_article(art) if e.type == "agreement"]
    assert [(e.date_start, e.date_end) for e in deals] == [("2016-05-03", "2016-05-03")], deals


def test_a_summit_held_again_takes_the_actors_of_the_summit_told_before():
    # "De leiders komen ... opnieuw bijeen" names nobody: the EU's leaders meet again, not the Hungarian of the
    # sentence before
    art = articles._article("t", "De Europese regeringsleiders hielden gisteren een top in Brussel over de begroting. "
                            "De Hongaarse premier blokkeerde het akkoord met zijn veto. De leiders komen volgende maand "
                            "opnieuw bijeen.", articles.parse_date_header("2024-05-16"))
    nxt = [e for e in extract.extract_article(art) if e.type == "summit" and e.status == "planned"]
    assert len(nxt) == 1 and nxt[0].actors == ["EU"], nxt


def test_a_month_right_after_a_full_date_of_the_past_is_in_its_year():
    # a chronology of 2020: "beginnen in juni" right after "29 maart 2017 - ..." is June 2017
    art = articles._article("t", "29 maart 2017 - Londen stuurt de EU een brief over het vertrek. De onderhandelingen "
                            "tussen Londen en Brussel beginnen in juni.", articles.parse_date_header("2020-12-28"))
    talks = [e for e in extract.extract_article(art) if e.type == "talks"]
    assert [(e.date_start, e.date_end) for e in talks] == [("2017-06-01", "2017-06-30")], talks


def test_a_second_party_that_did_the_same_is_another_event():
    """'... en Peru deed hetzelfde met de Chileense': the act of the sentence again, by the party named after 'en'
    (status.toml same_act_phrases), with an event id of its own."""
    art = articles._article("t", "Chili zette in maart de Peruaanse ambassadeur het land uit en Peru deed hetzelfde met "
                            "de Chileense.", articles.parse_date_header("2024-05-16"))
    evs = [e for e in extract.extract_article(art) if e.type == "sanction"]
    assert len(evs) == 2 and len({e.event_id for e in evs}) == 2
    assert [e.source_actors for e in evs] == [["CHL"], ["PER"]]
    assert all(set(e.actors) == {"CHL", "PER"} and e.date_start == "2024-03-01" for e in evs)


def test_two_documents_told_by_two_verbs_in_one_sentence_are_two_agreements():
    """Two documents told by two verbs of their own, the second after 'en' with another agreement rule's noun."""
    art = articles._article("t", "Chili en Peru tekenden gisteren drie handelsakkoorden, onder meer over koper, en publiceerden "
                            "een gezamenlijke verklaring over de grens.", articles.parse_date_header("2024-05-16"))
    evs = [e for e in extract.extract_article(art) if e.type == "agreement"]
    assert len(evs) == 2 and len({e.event_id for e in evs}) == 2


def test_an_undated_act_of_the_lead_is_the_one_told_in_full_later():
    """The lead's summary in the perfect, without a date, and the act told with its day paragraphs later: one event."""
    text = ("Het Internationaal Gerechtshof heeft Chili opgedragen de grens met Peru te openen.\n\n"
            "Peru stapte in maart naar het hof. De zittingen waren in april.\n\n"
            "Het weer was slecht. De rechters hadden weinig tijd.\n\n"
            "Op dinsdag 14 mei droeg het Internationaal Gerechtshof Chili op de grens binnen een week te openen.")
    art = articles._article("t", text, articles.parse_date_header("2024-05-16"))
    evs = [e for e in extract.extract_article(art) if e.type == "demand"]
    assert len(evs) == 1 and len(evs[0].evidence) == 2 and evs[0].date_start == "2024-05-14"


def test_two_ambassadors_sent_in_two_sentences_are_two_acts():
    """agreement.ambassadeurs (status.toml own_event_rules): each ambassador's step is an act of its own, not a repeat."""
    text = ("Chili en Peru spraken in maart af de banden te herstellen. In mei kwam de nieuwe Chileense ambassadeur "
            "in Lima aan. Peru stuurde een oud-minister als ambassadeur naar Santiago.")
    art = articles._article("t", text, articles.parse_date_header("2024-05-16"))
    evs = [e for e in extract.extract_article(art) if e.rule == "agreement.ambassadeurs"]
    assert len(evs) == 2


def test_talks_in_the_impersonal_passive_are_more_of_the_meeting_told_before():
    """'Ook over de grens werd gesproken' paragraphs after a meeting: that meeting, not talks of their own."""
    text = ("De Chileense president ontving gisteren in Santiago zijn Peruaanse ambtgenoot voor een gesprek.\n\n"
            "Het ging vooral over koper. De prijzen zijn laag. De mijnen liggen stil. Veel arbeiders zijn werkloos.\n\n"
            "Ook over de grens werd gesproken, aldus de Chileense president.")
    art = articles._article("t", text, articles.parse_date_header("2024-05-16"))
    evs = [e for e in extract.extract_article(art) if e.type == "talks"]
    assert len(evs) == 1 and len(evs[0].evidence) == 2, evs


def test_a_group_of_presidents_stands_for_the_two_named_most():
    """'De twee presidenten' after two presidents named again and again: their countries, not a pair of countries
    named once together in passing."""
    text = ("President Boric ontving gisteren president Arce in Santiago. Boric sprak over de grens. Arce sprak over "
            "gas. Volgens Boric en Arce ging het goed.\n\nPeru en Ecuador wachten af, net als Colombia. De twee "
            "presidenten spraken af elkaar in juni weer te zien.")
    art = articles._article("t", text, articles.parse_date_header("2024-05-16"))
    evs = [e for e in extract.extract_article(art) if e.type == "agreement" and "spraken af" in e.evidence[-1]["sentence"]]
    assert evs and set(evs[0].actors) == {"CHL", "BOL"}, evs


def test_talks_named_only_as_a_topic_are_no_meeting():
    """'de onderhandelingen een kans geven', 'omdat het overleg nog loopt': talks spoken about with 'de' or 'het',
    undated and with one party, are no meeting of their own; talks with two parties and a date of their own stay."""
    text = ("Brussel wacht af. \"Wij geven de onderhandelingen nog een maand,\" zegt een Europese diplomaat.\n\n"
            "Een woordvoerder van de Commissie zwijgt, omdat het overleg nog loopt.")
    art = articles._article("t", text, articles.parse_date_header("2024-05-16"))
    assert not [e for e in extract.extract_article(art) if e.type == "talks"]
    text = "Op maandag 6 mei begonnen de onderhandelingen tussen Japan en Zuid-Korea in Seoul."
    art = articles._article("t", text, articles.parse_date_header("2024-05-16"))
    assert [e for e in extract.extract_article(art) if e.type == "talks"]


def test_talks_referred_back_to_on_a_later_day_are_the_meeting_told():
    """'Hij noemde het gesprek na afloop ...', dated by the sentence before to the day after the meeting, joins it."""
    text = ("Gisteren spraken de presidenten van Brazilië en Argentinië elkaar drie uur lang in Brasília.\n\n"
            "Vanochtend vertrok de Braziliaanse president naar huis. In het vliegtuig gaf hij het gesprek in een "
            "radio-interview een ruime voldoende.")
    art = articles._article("t", text, articles.parse_date_header("2024-05-16"))
    talks = [e for e in extract.extract_article(art) if e.type == "talks"]
    assert len(talks) == 1, [(e.evidence, e.interval if hasattr(e, "interval") else None) for e in talks]


def test_a_quoted_phrase_that_ends_the_sentence_is_in_the_clause():
    """'Van een akkoord is volgens Parijs "geen sprake".': the quotes around the closing phrase break no clause, so its
    negation is the event's; a full quoted sentence still opens a clause of its own."""
    text = 'Van nieuwe gesprekken met Caracas is volgens het Braziliaanse ministerie "geen sprake".'
    art = articles._article("t", text, articles.parse_date_header("2024-05-16"))
    talks = [e for e in extract.extract_article(art) if e.type == "talks"]
    assert talks and all(e.status == "negated" for e in talks), talks
    text = 'De Chileense president noemde de aanval op de ambassade "volstrekt verwerpelijk".'
    art = articles._article("t", text, articles.parse_date_header("2024-05-16"))
    said = [e for e in extract.extract_article(art) if e.type == "condemnation"]
    assert said and all(e.status == "occurred" for e in said), said  # 'verwerpelijk' rejects nothing


def test_a_plan_told_in_the_past_of_zullen_did_not_come_true():
    """'had ... zullen reizen': the plan was not carried out (negated); 'zou ... reizen' is the plan as it stood."""
    def status(text):
        art = articles._article("t", text, articles.parse_date_header("2023-09-19"))
        return [e.status for e in extract.extract_article(art) if e.type == "talks"]
    assert status("Premier Boluarte had in juni eigenlijk naar Quito zullen reizen.") == ["negated"]
    assert status("Premier Boluarte zou in juni naar Quito reizen.") == ["planned"]


def test_an_undated_measure_further_on_is_part_of_the_package_told_before():
    """One package is one event: 'Het pakket zet ook ... op de zwarte lijst' further on, undated, joins the package told
    and dated before; the other party's reaction ('Caracas reageerde door ...') stays an act of its own."""
    text = ("Gisteren keurden de EU-ministers het twaalfde sanctiepakket tegen Belarus goed.\n\n"
            "Minsk is boos. De oppositie is blij.\n\nDe export van hout naar Europa ligt al jaren stil.\n\n"
            "Het pakket verbiedt ook de invoer van Belarussische kunstmest en zet twintig bedrijven op de zwarte lijst.")
    art = articles._article("t", text, articles.parse_date_header("2024-05-16"))
    sanctions = [e for e in extract.extract_article(art) if e.type == "sanction"]
    assert len(sanctions) == 1 and len(sanctions[0].evidence) == 2, sanctions


def test_an_act_in_the_perfect_told_as_news_then_with_its_day_is_one_act():
    """'X heeft ... opgeschort.' without a day, and right after it the same act told with its day: one act, on that day."""
    text = ("Ghana heeft zijn deelname aan de regionale alliantie opgeschort.\n\n"
            "De Ghanese president zei dinsdag op de radio dat Ghana zijn deelname aan die alliantie heeft opgeschort.")
    art = articles._article("t", text, articles.parse_date_header("2024-05-16"))
    evs = [e for e in extract.extract_article(art) if e.type == "sanction"]
    assert len(evs) == 1 and len(evs[0].evidence) == 2 and evs[0].date_start == "2024-05-14", evs


def test_two_leaders_meeting_also_apart_is_a_meeting_of_its_own():
    """'ook apart' (status.toml sequence_phrases): a second meeting beside the one told before, not a repeat of it."""
    text = ("Zondag voerde de Chileense president gesprekken met de Peruaanse en de Boliviaanse president. "
            "De Peruaanse en de Boliviaanse president spraken elkaar die dag ook apart.")
    art = articles._article("t", text, articles.parse_date_header("2024-05-16"))
    evs = [e for e in extract.extract_article(art) if e.type == "talks"]
    assert len(evs) == 2, evs


def test_the_capital_goods_are_sent_to_is_the_recipient():
    """'stuurde ... naar Vilnius', 'beloofd ... naar Vilnius te sturen' (host_place on delivery.sturen and
    delivery.toegezegd): the country whose capital the goods go to takes part."""
    def actors(text):
        art = articles._article("t", text, articles.parse_date_header("2024-05-16"))
        return [e.actors for e in extract.extract_article(art) if e.type == "delivery"]
    assert actors("Denemarken stuurde vorige maand twee luchtafweersystemen naar Vilnius.") == [["DNK", "LTU"]]
    assert actors("Denemarken heeft beloofd deze zomer nog vier gevechtsvliegtuigen naar Vilnius te sturen.") == [["DNK", "LTU"]]


def test_talks_going_on_for_weeks_in_the_passive_are_no_plan():
    """'Er wordt al weken onderhandeld' (status.toml ongoing_passive_phrases): talks under way, occurred; the same
    passive with a day ahead stays planned."""
    def status(text):
        art = articles._article("t", text, articles.parse_date_header("2024-05-16"))
        return [e.status for e in extract.extract_article(art) if e.type == "talks"]
    assert status("Er wordt al maanden onderhandeld over een handelsverdrag tussen Chili en Japan.") == ["occurred"]
    assert status("Sinds april wordt er onderhandeld over een handelsverdrag tussen Chili en Japan.") == ["occurred"]
    assert status("Er wordt volgende week onderhandeld over een handelsverdrag tussen Chili en Japan.") == ["planned"]


def test_a_meeting_that_did_not_go_ahead_with_words_between_is_negated():
    """'ging vorige week niet door', 'gaat voorlopig niet door' (status.toml negation_phrases, cancel_phrases): up to
    four words between the verb and 'niet door'; 'ging niet door de knieën' (did not give in) cancels nothing."""
    def status(text):
        art = articles._article("t", text, articles.parse_date_header("2024-05-16"))
        return [e.status for e in extract.extract_article(art) if e.type in ("talks", "summit")]
    assert status("Het geplande bezoek van de Chileense president aan Lima ging op het laatste moment niet door.") == ["negated"]
    assert status("De top van Japan en Zuid-Korea in Tokio gaat voorlopig niet door.") == ["negated"]
    assert status("Tijdens het bezoek aan Lima ging de Chileense president niet door de knieën.") == ["occurred"]


def test_a_double_negation_is_a_possibility_not_a_negation():
    """'is niet uitgesloten', 'lijkt niet onwaarschijnlijk' (status.toml verb_negation_not_before, planned_phrases):
    the measure is possible, planned; 'levert voorlopig geen tanks' stays negated."""
    def status(text):
        art = articles._article("t", text, articles.parse_date_header("2024-05-16"))
        return [e.status for e in extract.extract_article(art) if e.type in ("sanction", "delivery")]
    assert status("Volgens Tokio is een nieuw sanctiepakket tegen Pyongyang niet uitgesloten.") == ["planned"]
    assert status("Een nieuw sanctiepakket tegen Pyongyang lijkt niet onwaarschijnlijk.") == ["planned"]
    assert status("Japan levert voorlopig geen raketten aan Manilla.") == ["negated"]


def test_a_group_of_countries_named_together_brings_each_of_them():
    """'de Baltische staten' (places.toml country_groups): Estonia, Latvia and Lithuania take part; 'in de
    Baltische staten' is a place; 'de twee Noordse landen' are two countries named before, not the five."""
    def actors(text):
        art = articles._article("t", text, articles.parse_date_header("2024-05-16"))
        return [sorted(e.actors) for e in extract.extract_article(art)]
    assert actors("Minsk waarschuwde de Baltische staten gisteren voor een harde reactie.") == [["BLR", "EST", "LTU", "LVA"]]
    assert actors("In de Baltische staten wonen veel Russischtaligen, zei de Wit-Russische president die de EU waarschuwde.") == [["BLR", "EU"]]
    named = actors("Minsk eiste dat de twee Noordse landen hun grens met Rusland openen.")
    assert named and all("ISL" not in a and "DNK" not in a for a in named), named


def test_a_summons_at_a_ministry_in_a_capital_brings_its_country():
    """'op het matje geroepen bij het ministerie ... in Warschau' (condemnation.protest, host_place): the country
    whose ministry summons takes part beside the envoy's."""
    art = articles._article("t", "De Wit-Russische zaakgelastigde is gisteren ontboden op het ministerie van "
                            "Buitenlandse Zaken in Vilnius.", articles.parse_date_header("2024-05-16"))
    evs = [e for e in extract.extract_article(art) if e.type == "condemnation"]
    assert [sorted(e.actors) for e in evs] == [["BLR", "LTU"]], evs


def test_a_date_after_an_adverb_in_a_relative_clause_is_that_clauses():
    """'een twist die al sinds de jaren zestig sleept' (status.toml background_relative_adverbs): the date is the
    dispute's, not the agreement's; the agreement told again keeps the day told before."""
    text = ("Peru en Ecuador tekenden donderdag een grensakkoord. Het verdrag maakt een einde aan een twist die al "
            "sinds de jaren zestig sleept.")
    art = articles._article("t", text, articles.parse_date_header("2024-05-16"))
    evs = [e for e in extract.extract_article(art) if e.type == "agreement"]
    assert evs and all(e.date_start == "2024-05-16" for e in evs), [e.date_start for e in evs]


def test_a_person_counts_for_the_office_held_on_the_events_day():
    """A report of 2023 on a meeting of 2018: Trump counts for the United States on the meeting's day, though he held
    no office when it was published; a meeting of the report's own day counts nobody for him."""
    def actors(text, published):
        art = articles._article("t", text, articles.parse_date_header(published))
        return [sorted(e.actors) for e in extract.extract_article(art) if e.type == "talks"]
    assert actors("Op 16 juli 2018 ontmoette Trump in Helsinki de Russische president.", "2023-05-16") == [["RUS", "USA"]]
    assert actors("Gisteren ontmoette Trump in Helsinki de Russische president.", "2023-05-16") == [["RUS"]]


def test_talks_are_made_by_a_generic_subject_wie_never():
    """'Het idee: wie via ... naar Japan komt, wordt teruggestuurd' (talks.komen_naar excludes): 'wie' opening a
    clause is anyone, no visit, even when a minister was named in the sentence before."""
    text = ("De Japanse premier tekende gisteren een akkoord met de Filipijnse president. Het idee: wie zonder visum "
            "naar Japan komt, wordt teruggestuurd.")
    art = articles._article("t", text, articles.parse_date_header("2023-05-16"))
    assert not [e for e in extract.extract_article(art) if e.type == "talks"]


def test_a_title_names_its_holder_on_the_events_day():
    """'de Amerikaanse president' at a meeting of 2018 told in 2023 is Trump, at one of yesterday Biden (actors.on_day)."""
    def people(text):
        art = articles._article("t", text, articles.parse_date_header("2023-05-16"))
        return [e.people for e in extract.extract_article(art) if e.type == "talks"]
    assert people("Op 16 juli 2018 ontmoette de Amerikaanse president in Helsinki de Russische president.") == [
        ["Donald Trump", "Vladimir Poetin"]]
    assert people("Gisteren ontmoette de Amerikaanse president in Helsinki de Russische president.") == [
        ["Joe Biden", "Vladimir Poetin"]]


def test_a_second_making_gives_the_events_made_anew(monkeypatch):
    """An article made twice (people read again for their events' days) takes the events of the sentences whose
    arguments did not change from the first making (`extract._made_again`): the bundled articles come out the same
    when every sentence's events are made anew."""
    arts = list(articles.read([os.path.join(ROOT, "data", "articles")], lambda w: None))
    made_again = extract._made_again
    reused = []
    monkeypatch.setattr(extract, "_made_again", lambda record, args: reused.append(made_again(record, args)) or reused[-1])
    kept = [[e.to_dict() for e in extract.extract_article(a)] for a in arts]
    assert any(r is not None for r in reused)  # some articles are made twice, most of their sentences' events reused
    monkeypatch.setattr(extract, "_made_again", lambda record, args: None)
    assert [[e.to_dict() for e in extract.extract_article(a)] for a in arts] == kept


def test_the_place_arrived_at_for_a_visit_is_its_host():
    """'is in Hanoi aangekomen voor een staatsbezoek' (places.toml host_gap_before_visit): Vietnam takes part; a place
    named before with other words between ('na zijn aankomst in Hanoi bracht hij een bezoek aan Laos') is not the host."""
    def actors(text):
        art = articles._article("t", text, articles.parse_date_header("2024-05-16"))
        return [sorted(e.actors) for e in extract.extract_article(art) if e.type == "talks"]
    assert ["JPN", "VNM"] in actors("De Japanse premier is gisteren in Hanoi aangekomen voor een staatsbezoek.")
    assert all("VNM" not in a for a in actors("Een dag na zijn aankomst in Hanoi bracht de Japanse premier een "
                                             "bezoek aan Laos."))


def test_the_place_right_before_a_summit_hosts_it():
    """'was de Chileense president in Lima voor de APEC-top' (places.toml host_gap_summit_openers): Peru hosts the
    summit and takes part; not a capital where the organisation sits ('in Brussel voor de EU-top')."""
    def actors(text):
        art = articles._article("t", text, articles.parse_date_header("2024-11-20"))
        return [sorted(e.actors) for e in extract.extract_article(art) if e.type == "summit"]
    assert any("PER" in a for a in actors("Vorige week was de Chileense president in Lima voor de APEC-top."))
    assert all("BEL" not in a for a in actors("Vorige week was de Ierse premier in Brussel voor de EU-top."))


def test_an_amount_with_a_decimal_comma_is_one_word_for_the_rules():
    """'een lening van 1,5 miljard dollar toe' (rules._DECIMAL): the number does not break the words counted between
    'zegde' and 'toe'; 'lening' alone is material (it was 'leninge' or 'leningen' by a misplaced '?')."""
    def types(text):
        art = articles._article("t", text, articles.parse_date_header("2024-05-16"))
        return [e.type for e in extract.extract_article(art)]
    assert types("Japan zegde Vietnam gisteren een lening van 1,5 miljard dollar toe.") == ["delivery"]
    assert types("Japan zegde Vietnam gisteren een lening toe voor de bouw van een haven.") == ["delivery"]
    assert types("De Noorse regering kondigde gisteren een nieuwe wapenlevering aan Moldavië aan.") == ["delivery"]


def test_attending_a_summit_not_and_an_open_question_of_whether():
    """'zal de top in Lima niet bijwonen' (status.toml negation_phrases_after): negated; 'Het is onduidelijk of ...
    naar de top komt' (planned_phrases): planned, not occurred; 'in Lima verwacht voor een staatsbezoek': Peru hosts."""
    def got(text):
        art = articles._article("t", text, articles.parse_date_header("2024-05-16"))
        return [(e.type, e.status, sorted(e.actors)) for e in extract.extract_article(art)]
    assert got("De Chileense president zal de top in Lima niet bijwonen.") == [("summit", "negated", ["CHL", "PER"])]
    assert [s for _, s, _ in got("Het is nog onduidelijk of de Chileense president naar de top in Lima komt.")] == ["planned"]
    assert ("talks", "planned", ["CHL", "PER"]) in got("De Chileense president wordt volgende week in Lima verwacht "
                                                       "voor een staatsbezoek.")


def test_a_negation_right_before_the_particles_that_end_the_clause_negates():
    """'trekt zijn ambassadeur ... voorlopig niet terug' (rules._verb_negated): negated, however many words stand
    between the verb and 'niet'."""
    def status(text):
        art = articles._article("t", text, articles.parse_date_header("2024-05-16"))
        return [e.status for e in extract.extract_article(art) if e.type == "sanction"]
    assert status("Peru roept zijn ambassadeur in Mexico voorlopig niet terug.") == ["negated"]
    assert status("Peru roept zijn ambassadeur in Mexico terug.") == ["occurred"]


def test_a_person_out_of_office_at_publication_acts_for_the_country_of_the_year_told():
    """A piece that looks back: a leader who held no office on the day of publication acts for the country served in
    the year the sentence names, or else the last year named before it; not one named as a former office holder."""
    art = articles._article("t", "In februari 1972 reisde Nixon naar Peking.\n\nDrie maanden later tekenden Nixon en "
                            "Brezjnev in Moskou een akkoord over raketten.", articles.parse_date_header("2024-05-16"))
    got = [sorted(e.actors) for e in extract.extract_article(art) if e.type == "agreement"]
    assert got == [["RUS", "USA"]], got
    art = articles._article("t", "In 1980 was het land in oorlog. De oud-president Nixon bezocht toen Peking.",
                            articles.parse_date_header("2024-05-16"))
    assert all("USA" not in e.actors for e in extract.extract_article(art))


def test_no_alternative_to_a_measure_and_not_only_one_party_are_no_negation():
    """'Er is geen alternatief voor nieuwe sancties' (status.toml negation_not_before, planned_phrases): wanted,
    planned; 'Niet alleen Japan levert ...' (it does) is no negation; 'levert geen' still is."""
    def status(text):
        art = articles._article("t", text, articles.parse_date_header("2024-05-16"))
        return [e.status for e in extract.extract_article(art) if e.type in ("sanction", "delivery")]
    assert status("Volgens Tokio is er geen alternatief voor nieuwe sancties tegen Pyongyang.") == ["planned"]
    assert status("Niet alleen Japan leverde gisteren noodhulp aan de Filipijnen.") == ["occurred"]
    assert status("Japan levert geen noodhulp aan de Filipijnen.") == ["negated"]


def test_first_and_then_orders_the_parts_of_one_meeting():
    """'eerst ... en daarna' (status.toml sequence_within): the two steps of the meeting told before, not a second one;
    a bare 'daarna' still tells another meeting."""
    text = ("De Keniaanse president werd dinsdag in Addis Abeba ontvangen door de Ethiopische premier. "
            "De twee leiders overlegden eerst met zijn tweeën en vervolgens met hun ministers.")
    art = articles._article("t", text, articles.parse_date_header("2024-05-16"))
    evs = [e for e in extract.extract_article(art) if e.type == "talks"]
    assert len(evs) == 1 and len(evs[0].evidence) == 2, evs
    text = ("De Keniaanse president werd dinsdag in Addis Abeba ontvangen door de Ethiopische premier. "
            "De twee overlegden eerst in het paleis, daarna in het parlement.")
    art = articles._article("t", text, articles.parse_date_header("2024-05-16"))
    evs = [e for e in extract.extract_article(art) if e.type == "talks"]
    assert len(evs) == 1 and len(evs[0].evidence) == 2, evs
    text = ("De Keniaanse president werd dinsdag in Addis Abeba ontvangen door de Ethiopische premier. "
            "Daarna overlegden de twee leiders met de Somalische president.")
    art = articles._article("t", text, articles.parse_date_header("2024-05-16"))
    evs = [e for e in extract.extract_article(art) if e.type == "talks"]
    assert len(evs) == 2, evs
    # 'met A en daarna met B' in one clause: the parts of the visit told before
    text = ("De Keniaanse president was gisteren op bezoek in Addis Abeba. "
            "Hij sprak er met de Ethiopische premier en daarna met de leden van het kabinet.")
    art = articles._article("t", text, articles.parse_date_header("2024-05-16"))
    evs = [e for e in extract.extract_article(art) if e.type == "talks"]
    assert len(evs) == 1 and len(evs[0].evidence) == 2, evs


def test_a_period_starting_today_is_no_day_the_story_is_told_on():
    """'krijgen ... vanaf vandaag de tijd' (status.toml content_date_words): the start of a period to come; a past
    sentence after it without a date of its own is not dated today by it."""
    text = ("De Ghanese en de Togolese president sloten gisteravond een grensakkoord in Accra.\n\n"
            "Volgens het akkoord hebben de milities vanaf vandaag vier dagen om zich terug te trekken.\n\n"
            "De Togolese president sprak na afloop van een grote stap. Hij waarschuwde dat Togo de grens sluit als de "
            "milities blijven.")
    art = articles._article("t", text, articles.parse_date_header("2024-05-16"))
    evs = [e for e in extract.extract_article(art) if e.type == "warning"]
    assert len(evs) == 1 and evs[0].date_start == "2024-05-15", evs


def test_items_of_a_list_are_acts_of_their_own_on_the_day_told_before_it():
    """A list after a paragraph that ends in a colon (status.toml list_item_marks): one act per item, none joining
    another item, and the day told in the paragraph before goes on in it (under a month-precise publication line)."""
    text = ("Vorige maand was de Keniaanse president drie dagen in Ethiopië. Hij sprak op 28 oktober met de Ethiopische "
            "premier. Voor exporteurs tellen vooral de afspraken:\n\n"
            "- De twee landen sloten een overeenkomst over de grenshandel.\n"
            "- Keniaanse en Ethiopische havens tekenden een overeenkomst over de doorvoer van koffie.\n")
    art = articles._article("t", text, articles.parse_date_header("2024-11"))
    evs = [e for e in extract.extract_article(art) if e.type == "agreement"]
    assert len(evs) == 2 and all(e.date_start == e.date_end == "2024-10-28" for e in evs), evs


def test_a_pronoun_after_a_pronoun_takes_the_person_named_before_both():
    """'X was in A. Daar zei ze dat B ... Ze noemde ...': the second 'ze' is the person of the first, not the country
    named in what the first said."""
    text = ("De Noorse premier was zondag op Spitsbergen. Daar zei ze tegen verslaggevers dat Rusland daar niets te "
            "zoeken heeft. Ze noemde de Russische plannen onaanvaardbaar.")
    art = articles._article("t", text, articles.parse_date_header("2024-05-16"))
    evs = [e for e in extract.extract_article(art) if e.type == "condemnation"]
    assert evs and "NOR" in evs[-1].actors, evs


def test_a_pronoun_after_a_pronoun_that_spoke_with_someone_takes_the_person_named_before_both():
    """'X landde in A. Hij sprak er met Y. Daarna reisde hij naar B': the second 'hij' is X, not Y, whom the first
    spoke with (a person after 'met' is no subject, so the sentence before both is asked)."""
    text = ("De Amerikaanse minister van Buitenlandse Zaken Blinken landde maandag in Caïro. Hij sprak er met de "
            "Egyptische president Sisi over de grensovergang. Dinsdag reisde hij door naar Israël voor gesprekken met "
            "de premier.")
    art = articles._article("t", text, articles.parse_date_header("2024-02-07"))
    evs = [e for e in extract.extract_article(art) if e.type == "talks" and "ISR" in e.actors]
    assert evs and "USA" in evs[-1].actors and "EGY" not in evs[-1].actors, evs


def test_a_pronoun_takes_the_person_named_before_a_chain_of_pronouns_and_sentences_that_name_nobody():
    """'X vloog naar A. Hij bleef er ... Het bezoek was ... Morgen houdt hij ..., na een gesprek met Y. Woensdag spreekt
    hij met Z': the last 'hij' is X, through the sentences that open with 'hij' or name nobody, not Y."""
    text = ("De Japanse premier vloog zondag naar Kenia. Hij bleef er twee dagen. De reis was lang voorbereid. "
            "Dinsdag houdt hij in Nairobi een toespraak, na een gesprek met de Keniaanse president. "
            "Woensdag spreekt hij in Addis Abeba met de Ethiopische premier.")
    art = articles._article("t", text, articles.parse_date_header("2024-05-12"))
    evs = [e for e in extract.extract_article(art) if e.type == "talks" and "ETH" in e.actors]
    assert evs and "JPN" in evs[-1].actors and "KEN" not in evs[-1].actors, evs


def test_a_plan_as_it_stood_then_called_off_is_one_negated_meeting():
    """'X zou ... naar A komen. Maar dat bezoek gaat niet door': the plan told with 'zou' and its cancellation right
    after it are one meeting, which did not happen."""
    text = ("De Braziliaanse president zou eind juni drie dagen naar Lissabon komen. Maar dat bezoek gaat niet door, "
            "omdat de Portugese premier niet over de schuld wil praten.")
    art = articles._article("t", text, articles.parse_date_header("2024-05-16"))
    evs = [e for e in extract.extract_article(art) if e.type in ("talks", "summit")]
    assert evs and all(e.status == "negated" for e in evs), evs


def test_the_source_of_a_plan_is_no_party_to_it():
    """'Volgens de Turkse president zullen ...' (status.toml source_openers): the president who told the plan is no
    party of the meeting, so a minister named in the next sentence tells the same plan, not another meeting."""
    text = ("Volgens de Turkse president zullen ministers van Turkije en Egypte elkaar binnenkort bezoeken. "
            "Fidan zou dan naar Egypte reizen.")
    art = articles._article("t", text, articles.parse_date_header("2024-05-16"))
    evs = [e for e in extract.extract_article(art) if e.type in ("talks", "summit")]
    assert len(evs) == 1 and len(evs[0].evidence) == 2, evs


def test_an_entry_into_force_does_not_date_the_making_of_the_treaty():
    """'het verdrag dat ze in 1994 sloten. Dat verdrag trad op 1 december 1994 in werking' (status.toml in_force_phrases):
    the treaty was made in 1994; the day it took effect does not replace that year."""
    text = ("Het bezoek viel samen met de dertigste verjaardag van het grensverdrag dat Peru en Ecuador in 1994 sloten. "
            "Dat verdrag trad op 1 december 1994 in werking.")
    art = articles._article("t", text, articles.parse_date_header("2024-05-16"))
    evs = [e for e in extract.extract_article(art) if e.type == "agreement"]
    assert len(evs) == 1 and (evs[0].date_start, evs[0].date_end) == ("1994-01-01", "1994-12-31"), evs


def test_actors_of_an_aside_in_the_pluperfect_take_no_part():
    """'De rebellen, die eerder met de Fransen tegen jihadisten hadden gevochten, sloten een akkoord met Bamako'
    (status.toml aside_relatives, aside_auxiliaries): France is named in the subject's past, not in the agreement."""
    text = ("De Toeareg-rebellen, die eerder met Frankrijk tegen jihadisten hadden gevochten, sloten gisteren een akkoord "
            "met Mali.")
    art = articles._article("t", text, articles.parse_date_header("2024-05-16"))
    evs = [e for e in extract.extract_article(art) if e.type == "agreement"]
    assert evs and "FRA" not in evs[0].actors and "MLI" in evs[0].actors, evs


def test_actors_after_follows_on_belong_to_the_earlier_event():
    """'De afspraken in Minsk volgen op een bestand dat Frankrijk ... had gesloten' (status.toml follows_on_phrases): the
    actors named after 'volgen op' are the earlier truce's, not parties of the agreement told before."""
    text = ("Rusland en Oekraïne sloten gisteren een akkoord in Minsk.\n\n"
            "De afspraken in Minsk volgen op een bestand dat Frankrijk vorige maand met Rusland had gesloten.")
    art = articles._article("t", text, articles.parse_date_header("2024-05-16"))
    evs = [e for e in extract.extract_article(art) if e.type == "agreement" and e.date_start == "2024-05-15"]
    assert len(evs) == 1 and "FRA" not in evs[0].actors, evs


def test_a_period_in_a_relative_clause_before_the_trigger_is_the_nouns():
    """'De rebellen, die sinds maart havens bestoken, dreigden ...': a 'sinds' period in a relative clause that a comma
    closes before the trigger tells what the subject has been doing; the threat keeps the story's day."""
    text = ("De milities, die sinds augustus tankers in de golf hebben aangevallen, dreigden dat Frankrijk "
            "daarvoor zal boeten.")
    art = articles._article("t", text, articles.parse_date_header("2024-05-16"))
    warnings = [e for e in extract.extract_article(art) if e.type == "warning"]
    assert [(e.date_start, e.date_end) for e in warnings] == [("2024-05-16", "2024-05-16")]


def test_actors_in_a_relative_clause_after_the_subject_describe_it():
    """'Het buurland, dat de rebellen steunt, veroordeelde ...': a country named only in the relative clause set off by
    commas after the opening subject is that subject's description, no party to the act told after the clause."""
    assert _actors_of("Venezuela, dat al jaren nauw met Cuba optrekt, veroordeelde de Amerikaanse blokkade.",
                      "condemnation") == [{"VEN", "USA"}]
    # a subject that names nobody keeps the clause's actors
    assert _actors_of("De president, die gisteren Japan bezocht, veroordeelde de raketproef.",
                      "condemnation") == [{"JPN"}]


def test_ook_and_a_reported_zou_tell_a_further_measure():
    """'Ook zouden ... geen visa meer krijgen' after tariffs announced: a further measure of the announcement, not a
    repeated mention of the tariffs (status.toml addition_reported_verbs)."""
    told = _told("Het conflict begon zondagochtend. De Venezolaanse president weigerde twee Amerikaanse vliegtuigen. Het "
                 "antwoord van de Amerikaanse president kwam snel. Hij kondigde aan dat op alle Venezolaanse producten "
                 "een importheffing van 30 procent komt. Ook zouden Venezolaanse regeringsfunctionarissen geen visa meer "
                 "krijgen.", pub="2024-05-13")
    assert [t[:2] for t in told if t[0] == "sanction"] == [("sanction", "occurred")] * 2, told


def test_a_date_in_what_a_pronoun_subject_announced_after_en_is_not_the_talks():
    """'Ze voerde gisteren een gesprek met X, en beiden kondigden aan dat A en B volgend jaar ...': the year is of what
    was announced in the new clause (a pronoun subject, a past verb: status.toml subject_pronouns_after_coordinator),
    not of the talks; a second 'en' inside that clause does not hide its 'dat'."""
    told = _told("De Deense premier voerde in Oslo een gesprek met de Noorse premier, en beiden kondigden aan dat "
                 "Denemarken en Noorwegen volgend jaar samen een conferentie organiseren.")
    assert ("talks", "occurred", "2024-05-16") in told, told


def test_an_act_in_the_lead_and_told_in_full_later_the_same_day_is_one_event():
    """A dated agreement in the first paragraph and the same kind of act with the same day and parties told in full two
    paragraphs on (not close): the lead's summary of it, one event."""
    text = ("Het conflict tussen Noorwegen en IJsland is gisteren bijgelegd. De vissers zijn opgelucht.\n\n"
            "De ruzie ging over makreel. Beide landen claimden een groter quotum. De vloot bleef in de haven. "
            "Handelaren vreesden tekorten.\n\n"
            "Het ministerie in Oslo wachtte af. Reykjavik zweeg.\n\n"
            "Gisteravond maakte de Noorse regering bekend dat IJsland had ingestemd met een nieuwe verdeling.")
    art = articles._article("t", text, articles.parse_date_header("2024-05-16"))
    agreements = [e for e in extract.extract_article(art) if e.type == "agreement"]
    assert len(agreements) == 1, [(e.date_start, [x["sentence"] for x in e.evidence]) for e in agreements]


def test_talks_with_a_pronoun_subject_right_after_a_meeting_are_its_content():
    """'De top gaat vandaag verder ... Zij praten vooral over ...': talks told with a plural pronoun subject and
    'over', right after a meeting and with no date of their own, are what that meeting is about, one event."""
    told = _told("Morgen gaat de Europese top in Luxemburg verder met de leiders van de Benelux. Zij praten vooral "
                 "over de grensarbeiders.")
    assert [t[0] for t in told] == ["summit"], told


def test_toen_after_a_year_is_that_years_when_not_a_flashback():
    """'..., op basis van het verdrag van 1994, toen ...': 'toen' right after a year and a comma tells about that year; the
    sentence's own act keeps the day of the story told before it."""
    told = _told("De ministers spraken gisteravond in Wenen met elkaar. Bolivia en Chili tekenden in Wenen ook een "
                 "verklaring over de grens, op basis van het verdrag uit 1904, toen de oorlog net voorbij was.")
    assert ("agreement", "occurred", "2024-05-15") in told, told


def test_countries_in_a_closing_range_of_examples_are_no_parties():
    """'..., van Portugal tot Finland.': a range set off by a comma at the end of the sentence gives examples of the group
    named before it (the countries only there take no part); the one who proposes stays."""
    assert _actors_of("De Duitse kanselier stelde in maart voor om ook de landen buiten de unie uit te nodigen, van "
                      "IJsland en Noorwegen tot Servië.", "proposal") == [{"DEU"}]


def test_als_before_a_bare_office_is_in_that_capacity_not_if():
    """'Rutte voerde als NAVO-chef gesprekken met ...' (status.toml not_conditional_before): 'als' before an office is
    'as', the talks were held; 'Als de president met Xi praat, volgen sancties' stays a condition."""
    def got(text):
        art = articles._article("t", text, articles.parse_date_header("2025-03-15"))
        return [(e.type, e.status) for e in extract.extract_article(art)]
    assert got("Rutte voerde gisteren als NAVO-chef gesprekken met de Amerikaanse president.") == [("talks", "occurred")]
    assert got("Als de Chileense president met de Peruaanse president praat, volgen er sancties.") == []


def test_a_demand_of_now_and_an_earlier_one_told_with_its_month_are_two():
    """'eist dat ...' in the present, undated (the report's day), then 'In februari vroeg Madrid ... om': two demands,
    the second dated by its month, not one demand of February."""
    text = ("De Spaanse regering eist dat Marokko de grens weer opent. "
            "In februari vroeg Madrid de Europese Commissie al om de kwestie te onderzoeken.")
    assert _told(text) == [("demand", "occurred", "2024-02-01"), ("demand", "occurred", "2024-05-16")]


def test_ook_right_after_a_demand_verb_tells_a_further_demand():
    """'eist ook dat ...' right after a demand of the same party: a second demand (status.toml
    addition_after_verb_types), not the first told again."""
    text = ("De Spaanse regering eist dat Marokko de grens weer opent. "
            "Madrid eist ook dat Rabat de gevangen vissers vrijlaat.")
    assert [t for t, _, _ in _told(text)] == ["demand", "demand"]


def test_ook_right_after_a_warning_verb_tells_a_further_warning():
    """'waarschuwde ook dat ...' after a warning of the same speaker: a second warning."""
    text = ("De Chinese minister waarschuwde gisteren Manilla voor nieuwe botsingen bij het rif. "
            "Hij waarschuwde ook dat Peking de visserij rond de eilanden zal beperken.")
    assert [t for t, _, _ in _told(text)] == ["warning", "warning"]


def test_toen_with_inversion_and_a_pronoun_chain_keep_the_day_told_before():
    """'Toen' opening a sentence right before its verb is 'then' (status.toml time_anaphors), and a sentence that tells
    no event, opened by a pronoun subject and a past verb, passes the day on to the next pronoun sentence."""
    text = ("Op 3 maart sloot Chili de grens met Peru.\n\n"
            "Toen kwam de Peruaanse president op de radio.\n\n"
            "Dat was het moment van ommekeer. Hij bood Chili overleg aan en waarschuwde voor een lange crisis.")
    assert _told(text) == [("proposal", "occurred", "2024-03-03"), ("sanction", "occurred", "2024-03-03"),
                           ("warning", "occurred", "2024-03-03")]
    # the conjunction 'Toen' before its subject is no anaphor, and a determiner is no pronoun subject
    text = ("Op 3 maart sloot Chili de grens met Peru.\n\n"
            "Dat besluit viel slecht. Hij waarschuwde voor een lange crisis.")
    assert ("warning", "occurred", "2024-05-16") in _told(text)


def test_a_single_weekday_heading_with_a_title_dates_its_item():
    """'Vrijdag: ...' on a line of its own heads the item below it, also as the only weekday heading of a live blog:
    the past told under it is that Friday, not the day a sentence before it named."""
    text = ("Gisteren sprak de Franse president met de Duitse kanselier in Parijs.\n\n"
            "09.15 uur\nVrijdag: nieuwe strafmaatregelen\n"
            "Op de openingsdag legden de EU-landen Iran nieuwe sancties op.")
    assert ("sanction", "occurred", "2024-05-10") in _told(text, pub="2024-05-12")


def test_the_items_of_a_list_set_apart_by_blank_lines_are_one_story():
    """Items of a list each in a paragraph of their own ("* ...") go on with the story day of the items before: an
    undated past item further down is the day told in an earlier item, not the publication's."""
    text = ("Het nieuws van de week in punten.\n\n"
            "* De Chileense president ontving maandag in Santiago zijn Peruaanse ambtgenoot.\n\n"
            "* Ook in de hoofdstad: de rellen na de voetbalwedstrijd.\n\n"
            "* De twee presidenten spraken ook over de visserij.")
    assert ("talks", "occurred", "2024-05-13") in _told(text, pub="2024-05-17")
    assert ("talks", "occurred", "2024-05-17") not in _told(text, pub="2024-05-17")


def test_a_bare_weekday_after_a_dated_weekday_told_over_a_week_before_is_the_next_one():
    """'Op donderdag 2 mei ontving ... Op vrijdag ...' in a paper of Saturday 11 May: the Friday after the day the story
    is about (3 May), not the Friday of the week of publication; without the story's dated weekday, that Friday."""
    text = ("Op donderdag 2 mei ontving de Chileense president zijn Peruaanse ambtgenoot in Santiago.\n\n"
            "Het bezoek trok veel aandacht.\n\n"
            "Op vrijdag tekenden de twee presidenten een verklaring over de grens.")
    assert ("agreement", "occurred", "2024-05-03") in _told(text, pub="2024-05-11")
    text = ("Het bezoek trok veel aandacht.\n\n"
            "Op vrijdag tekenden de Chileense en de Peruaanse president een verklaring over de grens.")
    assert ("agreement", "occurred", "2024-05-10") in _told(text, pub="2024-05-11")


def test_a_day_told_in_the_paragraph_dates_a_sentence_whose_only_date_is_an_earlier_events():
    """Under a month-precise publication line, the day told in the paragraph goes on to a past sentence whose only date
    lies before that day (the date of an event it names, 'na de aardbeving op 2 februari'), not the month."""
    text = ("Op 12 maart sprak de Chileense minister in Lima met zijn Peruaanse collega. De Peruaanse minister "
            "noemde de grenssluiting onwettig en wees erop dat Peru hulp bood na de aardbeving op 2 februari.")
    assert ("condemnation", "occurred", "2024-03-12") in _told(text, pub="2024-03")


def test_toen_dates_a_past_pledge_whose_only_date_is_its_deadline():
    """'Ze beloofden toen ..., uiterlijk eind 2025': the date after 'uiterlijk' is the deadline of what was pledged; the
    pledge was made then, at the time told before, and keeps that date though it is a plan."""
    text = ("De Chileense en de Peruaanse president kwamen in maart bijeen in Lima. Ze beloofden toen samen een "
            "miljoen vaccins aan Bolivia te leveren, uiterlijk eind 2025.")
    assert ("delivery", "planned", "2024-03-01") in _told(text)


def test_the_day_an_agreement_takes_effect_does_not_date_its_signing():
    """'De ondertekening staat gepland voor vrijdag, zodat het akkoord op 1 juni kan ingaan': the day on which it takes
    effect (status.toml in_force_after) is a later step; the other date of the sentence dates the planned signing."""
    text = "De ondertekening staat gepland voor vrijdag, zodat het akkoord tussen Chili en Peru op 1 juni kan ingaan."
    assert _told(text) == [("agreement", "planned", "2024-05-17")]
    text = "De handtekeningen worden vrijdag gezet, zodat het handelsakkoord tussen Chili en Peru op 1 juni van kracht wordt."
    assert _told(text) == [("agreement", "planned", "2024-05-17")]


def test_earlier_or_later_that_month_are_the_days_before_or_after_the_day_told():
    """'eerder die maand' after a day told: that month up to the day before; 'later die maand': from the day after."""
    text = ("Op 12 maart 2019 kwamen de leiders in Lima bijeen. De ministers van Chili en Peru hadden eerder die maand "
            "een grensverdrag gesloten.")
    assert [(e.date_start, e.date_end) for e in _dated_events(text) if e.type == "agreement"] == [("2019-03-01", "2019-03-11")]
    text = ("Op 12 maart 2019 kwamen de leiders in Lima bijeen. Later die maand sloten de ministers van Chili en Peru een "
            "grensverdrag.")
    assert [(e.date_start, e.date_end) for e in _dated_events(text) if e.type == "agreement"] == [("2019-03-13", "2019-03-31")]


def _dated_events(text, pub="2020-01-31"):
    return extract.extract_article(articles._article("t", text, articles.parse_date_header(pub)))

def test_what_was_said_told_before_a_closing_verb_of_warning_is_its_content():
    """'Tanks sturen naar Taipei zou een vergissing zijn, waarschuwde de minister.': the verb of a warning (demand,
    condemnation, proposal) right after the comma, in a short clause that ends the sentence, makes what comes before
    it the warning's content, no delivery of its own; a meeting named as the setting before it stays an event."""
    assert [t for t, _, _ in _told("Tanks sturen naar Taiwan zou een ernstige vergissing zijn, waarschuwde de Chinese minister.")] == ["warning"]
    assert sorted(t for t, _, _ in _told("Tijdens het gesprek in Manilla, op 3 mei, eiste de Chinese minister opheldering van de Filipijnen.")) == ["demand", "talks"]


def test_the_measures_of_a_sanctions_package_told_in_the_present_after_it_are_that_package():
    """'legde ... sancties op' and right after it, undated, 'De grenzen gaan dicht en de tegoeden worden bevroren': the
    package's measures (planned only by the present passive), one event; a further package ('nieuwe') is another."""
    first = "De Oost-Afrikaanse gemeenschap heeft Soedan gisteren zware sancties opgelegd. "
    assert _told(first + "De grenzen met Soedan gaan dicht en de tegoeden van de Soedanese staat worden bevroren.") == [
        ("sanction", "occurred", "2024-05-15")]
    assert len(_told(first + "Nieuwe sancties tegen Soedan worden voorbereid.")) == 2


def test_a_delivery_between_a_separable_sanction_verb_and_its_particle_is_what_it_suspended():
    """'schortte de goedkeuring van nieuwe wapenexporten op': the approval of exports is the object of the suspension
    (a sanction), no delivery of its own."""
    assert [t for t, _, _ in _told("Zweden schortte gisteren de goedkeuring van nieuwe wapenexporten naar Turkije op.")] == ["sanction"]

def test_an_undated_act_in_the_place_of_a_dated_visit_took_place_during_it():
    """'werd dinsdag in Lima ontvangen ... drong er in Lima op aan dat ...': an undated act of another type told in
    the place of a visit dated by its own sentence took place during that visit, not on the publication day."""
    text = ("De Chileense president werd dinsdag in Lima ontvangen door zijn Peruaanse ambtgenoot.\n\n"
            "Dat was nog niet zo lang geleden ondenkbaar.\n\n"
            "De Chileense president drong er in Lima op aan dat Peru de visserijgrens respecteert.")
    assert _told(text, pub="2024-05-18") == [("demand", "occurred", "2024-05-14"), ("talks", "occurred", "2024-05-14")]


def test_a_definite_act_before_volgen_op_is_the_one_told_before():
    """'Het akkoord van Lima volgt op een bestand dat ... had gesloten': the act named by a definite noun before 'volgen
    op', undated, is the agreement told before (one event), the one after 'op' an earlier act of its own."""
    text = ("De presidenten van Chili en Peru sloten gisteren in Lima een akkoord over de visserij.\n\n"
            "Het akkoord van Lima volgt op een bestand dat de twee landen vorige week dinsdag in Quito hadden gesloten.")
    assert _told(text) == [("agreement", "occurred", "2024-05-07"), ("agreement", "occurred", "2024-05-15")]


def test_attacks_condemned_are_aimed_at_the_states_named_with_them_before():
    """'de Chileense en Peruaanse luchtaanvallen ... Bolivia veroordeelde de aanvallen': a condemnation of attacks by a
    definite noun that names no state besides its author is aimed at the states whose adjectives came right before the
    noun where the article named it first (status.toml condemned_attack_nouns); a counter-attack feared is not that."""
    def actors_of(text):
        art = articles._article("t", text, articles.parse_date_header("2024-05-16"))
        return [sorted(e.actors) for e in extract.extract_article(art) if e.type == "condemnation"]
    text = ("Na de Chileense en Peruaanse luchtaanvallen op de rebellen blijft de grens dicht.\n\n"
            "Bolivia veroordeelde gisteren de aanvallen.")
    assert actors_of(text) == [["BOL", "CHL", "PER"]]
    text = ("Sommige ministers in Lima willen een Peruaanse tegenaanval.\n\n"
            "Bolivia veroordeelde gisteren de aanval.")
    assert actors_of(text) == [["BOL"]]
    # ... or whose subject, at the head of the sentence, told them by a verb (status.toml attack_verbs); not a passive
    text = ("Chili en Peru hebben gisteren de kampen van de rebellen in het grensgebied aangevallen.\n\n"
            "Bolivia veroordeelde de aanvallen.")
    assert actors_of(text) == [["BOL", "CHL", "PER"]]
    text = ("Peru werd gisteren in het grensgebied aangevallen.\n\nBolivia veroordeelde de aanvallen.")
    assert actors_of(text) == [["BOL"]]


def test_an_act_condemned_by_its_noun_is_the_one_told_before_also_further_back():
    """'Bolivia hekelde de ondertekening' two paragraphs and more after the signing told: the condemnation is aimed at
    the parties of that signing (status.toml condemned_act_nouns), the nearest in its paragraph or the one before when
    there is one there, else the nearest told before it in the article."""
    def actors_of(text):
        art = articles._article("t", text, articles.parse_date_header("2024-05-16"))
        return [sorted(e.actors) for e in extract.extract_article(art) if e.type == "condemnation"]
    text = ("Chili en Peru hebben gisteren in Lima een akkoord over de visserij ondertekend.\n\n"
            "Over de grens werd niet gesproken.\n\nDe vissers in het zuiden zijn tevreden.\n\n"
            "De Boliviaanse regering hekelde de ondertekening.")
    assert actors_of(text) == [["BOL", "CHL", "PER"]]


def test_a_time_counted_ahead_after_a_past_day_said_counts_from_that_day():
    """'kondigde op 3 maart aan dat ... over zes maanden ...': the six months count from the day it was said, not
    from the publication."""
    text = "De Chileense president kondigde op 3 maart aan dat zijn land zich over zes maanden uit het verdrag terugtrekt."
    assert _told(text) == [("sanction", "planned", "2024-09-03")]


def test_ook_after_the_verb_right_after_a_list_of_outcomes_is_another_act_of_that_day():
    """Under a month-only date line, a list of agreements of the day told before it, then 'spraken ook af dat ...' in
    the next paragraph: another agreement (not the last item told again), on the list's day."""
    text = ("Chili en Peru in Lima\n\nDe Chileense president sprak op 26 april in Lima met zijn Peruaanse ambtgenoot. "
            "De belangrijkste afspraken:\n\n- Beide regeringen sloten een akkoord over de visserij.\n"
            "- De twee landen kwamen overeen een gezamenlijke grenscommissie op te richten.\n\n"
            "De presidenten spraken ook af dat ze elkaar elk jaar bezoeken.")
    assert _told(text, pub="2024-05") == [("agreement", "occurred", "2024-04-26")] * 3 + [("talks", "occurred", "2024-04-26")]



def test_a_time_counted_ahead_said_at_the_same_time_as_a_dated_sentence_counts_from_its_day():
    """'Op 3 maart maakte Chili bekend ... Het kondigde tegelijk aan dat ... over zes maanden ...': 'tegelijk'
    (status.toml simultaneity_words) puts the saying on the day told before; the six months count from there."""
    text = ("Op 3 maart maakte de Chileense regering bekend dat Chili zich niet langer aan het visserijverdrag houdt. "
            "Ze kondigde tegelijk aan dat het land zich over zes maanden definitief terugtrekt.")
    assert ("sanction", "planned", "2024-09-03") in _told(text)


def test_a_period_a_pledge_is_for_is_not_the_time_of_the_meeting_it_was_made_at():
    """'Op de top in Oslo beloofden ... voor volgend jaar ...': the summit told by a noun in a past sentence took place
    (on the publication's day here); next year is what the pledge is for (calendar.toml purpose_prepositions). With a
    word of scheduling the period dates the meeting: 'het bezoek is gepland voor volgend jaar'."""
    text = "Op de top in Oslo beloofden de Noorse en Deense premiers Oekraïne voor volgend jaar nieuwe luchtafweer."
    assert _told(text) == [("delivery", "planned", "2025-01-01"), ("summit", "occurred", "2024-05-16")]
    text = "Het bezoek van de Noorse premier aan Oekraïne is gepland voor volgend jaar."
    assert _told(text) == [("talks", "planned", "2025-01-01")]


def test_a_plan_postponed_in_a_clause_of_its_own_did_not_happen_on_its_day():
    """'..., maar werd uitgesteld' (status.toml cancel_phrases): the visit planned for February did not take place
    then; negated, and dated to the February before the publication (a plan told in the past, not the next February)."""
    text = "Het bezoek van de Chileense president aan Peru stond in februari gepland, maar werd uitgesteld."
    assert _told(text, pub="2024-05-16") == [("talks", "negated", "2024-02-01")]


def test_a_day_anaphor_in_a_past_sentence_takes_no_time_to_come_from_a_plan_before_it():
    """'... kondigde aan dat ... later dit jaar ... brengt. Op dezelfde dag bracht ...': the plan's time lies ahead of
    the publication, so it is no time of the past visit (which takes the story's day, here the publication's)."""
    text = ("De Peruaanse regering kondigde aan dat haar president later dit jaar een bezoek aan Chili brengt.\n\n"
            "Op dezelfde dag bracht de Boliviaanse president een onaangekondigd bezoek aan Lima.")
    assert _told(text) == [("talks", "occurred", "2024-05-16"), ("talks", "planned", "2024-05-17")]


def test_a_visit_ended_on_a_day_with_its_length_as_an_adjective_spans_the_days_up_to_it():
    """'sloot woensdag zijn driedaagse staatsbezoek af' (status.toml meeting_days_adjective, meeting_days_ended_words):
    Monday to Wednesday; 'komt maandag voor een tweedaags bezoek' tells the first day only."""
    art = articles._article("t", "De Chileense president heeft woensdag zijn driedaagse staatsbezoek aan Peru afgesloten.",
                            articles.parse_date_header("2024-05-16"))
    assert [(e.date_start, e.date_end) for e in extract.extract_article(art)] == [("2024-05-13", "2024-05-15")]

def test_talks_of_the_pair_just_met_with_others_attending_are_that_meeting():
    """'De twee presidenten hebben elkaar ontmoet. Ze spraken drie uur, met hun ministers erbij': the pair just told,
    the people named beside them attending the same meeting, not new people of another one; 'Ze spraken daarna
    opnieuw' (a sequence word) stays a second meeting."""
    head = "De Peruaanse president Boluarte en de Chileense president Boric hebben elkaar gisteren in Arica ontmoet. "
    for second, count in (("Ze spraken bijna drie uur, met de ministers Van Klaveren en González erbij.", 1),
                          ("Ze spraken later ook apart met de ministers Van Klaveren en González.", 2)):
        art = articles._article("t", head + second, articles.parse_date_header("2023-12-20"))
        evs = [e for e in extract.extract_article(art) if e.type in ("talks", "summit")]
        assert len(evs) == count, [(e.type, e.evidence) for e in evs]


def test_the_same_call_named_with_hetzelfde_is_the_call_told_before():
    """'in hetzelfde gesprek' (status.toml anaphoric_determiners, the neuter beside 'dezelfde'): the call just told,
    not a call of its own."""
    text = ("De Chileense president Boric belde maandag met de Argentijnse president Milei over de grens. "
            "Milei zei in hetzelfde gesprek dat hij de Chileense visserij wil beperken.")
    art = articles._article("t", text, articles.parse_date_header("2024-05-16"))
    evs = [e for e in extract.extract_article(art) if e.type == "talks"]
    assert len(evs) == 1 and len(evs[0].evidence) == 2, [(e.type, e.evidence) for e in evs]


def test_talks_named_with_their_length_and_dated_by_their_end_span_those_days():
    """'maakten donderdag bekend, na drie dagen overleg' (status.toml talks_span_before): the talks ran from Tuesday to
    that Thursday; 'een week' from the Thursday before; without 'na' the day told stays the talks' own."""
    for text, start in (("Chili en Peru maakten donderdag een akkoord bekend, na drie dagen overleg in Lima.", "2024-05-14"),
                        ("De VN-gezant maakte donderdag het resultaat bekend aan het slot van een week vredesgesprekken "
                         "tussen Chili en Peru in Genève.", "2024-05-09"),
                        ("Chili en Peru begonnen donderdag drie dagen overleg in Lima.", "2024-05-16")):
        art = articles._article("t", text, articles.parse_date_header("2024-05-17"))
        evs = [e for e in extract.extract_article(art) if e.type == "talks"]
        assert len(evs) == 1 and evs[0].date_start == start, evs


def test_talks_then_called_a_summit_in_a_description_are_that_summit():
    """'De twee presidenten spraken in Lima drie uur met elkaar. Het was hun eerste topontmoeting.' (status.toml
    description_openers, also with 'hun'): the meeting just told, which the text calls a summit."""
    text = ("De Chileense president Boric en de Peruaanse president Boluarte hebben gisteren in Lima drie uur met elkaar "
            "gesproken. Het was hun eerste officiële topontmoeting.")
    art = articles._article("t", text, articles.parse_date_header("2024-05-16"))
    evs = [e for e in extract.extract_article(art) if e.type in ("talks", "summit")]
    assert len(evs) == 1 and evs[0].type == "summit" and len(evs[0].evidence) == 2, [(e.type, e.evidence) for e in evs]


def test_a_date_of_what_was_promised_at_a_summit_named_as_the_setting_is_not_the_summit_s():
    """'hebben op hun top in Lima beloofd Bolivia volgend jaar te steunen': the year of the promise's content (after a
    verb, before the 'te' of its infinitive; or after 'dat', status.toml setting_content_openers), not of the summit
    named as its setting; 'Op de top in Lima in juli krijgt Bolivia een uitnodiging om ... te praten' dates the summit."""
    for text, summit in (("De Andeslanden hebben op hun top in Lima beloofd Bolivia volgend jaar met een miljard dollar "
                          "te steunen.", ("occurred", "2024-05-16")),
                         ("Op de Andes-top in Lima in juli krijgt Bolivia een uitnodiging om over lidmaatschap te praten.",
                          ("planned", "2024-07-01"))):
        art = articles._article("t", text, articles.parse_date_header("2024-05-16"))
        evs = [(e.status, e.date_start) for e in extract.extract_article(art) if e.type == "summit"]
        assert evs == [summit], evs


def test_the_summit_in_the_place_of_the_summit_told_before_is_that_summit():
    """'de top in Quito' in a later paragraph, after a summit told in Quito, whoever else its sentence names (here the
    country a plan was made against): the summit told, its day and parties unchanged; 'de top met ...' is another."""
    text = ("De Andeslanden kwamen zondag op een spoedtop in de Ecuadoraanse hoofdstad Quito bijeen over Peru.\n\n"
            "De grens is dicht. Handelaren klagen.\n\n"
            "Zaterdagavond zei een Venezolaanse woordvoerder dat de top in Quito een plan tegen Venezuela zou aannemen.")
    art = articles._article("t", text, articles.parse_date_header("2024-05-13"))
    evs = [e for e in extract.extract_article(art) if e.type == "summit"]
    assert len(evs) == 1 and len(evs[0].evidence) == 2 and evs[0].date_start == "2024-05-12", evs
    assert "VEN" not in evs[0].actors, evs[0].actors


def test_a_reaction_summed_up_then_told_in_detail_is_one_act():
    """'Lima reageerde woedend.' and right after it 'Hij beschuldigde Chili al zaterdag ...' (status.toml reaction_rules):
    one condemnation, dated by the detail."""
    text = ("De Chileense marine hield zondag een oefening voor de kust van Peru.\n\nDe Peruaanse president reageerde "
            "woedend. Hij beschuldigde Chili al zaterdag van een gevaarlijke provocatie.")
    art = articles._article("t", text, articles.parse_date_header("2024-05-14"))
    evs = [e for e in extract.extract_article(art) if e.type == "condemnation"]
    assert len(evs) == 1 and len(evs[0].evidence) == 2 and evs[0].date_start == "2024-05-11", evs


def test_an_act_named_by_its_noun_then_told_with_its_day_is_one_act():
    """'Het voorstel kwam uit Lima en Quito.' (short, undated) and right after it 'In een gezamenlijke brief stelden Peru
    en Ecuador vorige week woensdag voor ...': one proposal, dated by the detail."""
    text = ("De Andeslanden stemden gisteren in met een nieuwe handelsregeling voor Bolivia.\n\nHet voorstel kwam uit Lima "
            "en Quito. In een gezamenlijke brief stelden Peru en Ecuador vorige week woensdag voor de tarieven voor Bolivia "
            "te verlagen.")
    art = articles._article("t", text, articles.parse_date_header("2024-05-16"))
    evs = [e for e in extract.extract_article(art) if e.type == "proposal"]
    assert len(evs) == 1 and len(evs[0].evidence) == 2 and evs[0].date_start == "2024-05-08", evs

def test_an_act_done_to_the_anger_of_another_state_is_an_act_and_a_condemnation():
    """'..., tot grote ergernis van Moskou': the act before the comma is an event of its own (status.toml
    reaction_after_rules), and the anger after it a condemnation by the state named."""
    text = "Vorige week leverde Turkije twintig drones aan Georgië, tot grote ergernis van Moskou."
    assert _told(text) == [("condemnation", "occurred", "2024-05-06"), ("delivery", "occurred", "2024-05-06")]

def test_hours_later_opening_a_sentence_takes_the_day_before_past_a_date_in_a_relative_aside():
    """'Een paar uur later meldde de president, die dit jaar voorzitter is, dat ...': the hours count from the day told
    before (status.toml time_anaphors); the year of the aside is the noun's state, not the day of the event."""
    text = ("Op 3 maart vroeg de Malinese regering de Afrikaanse Unie om militaire steun. Een paar uur later meldde de "
            "Ghanese president, die dit jaar voorzitter van de Unie is, dat de lidstaten hadden ingestemd.")
    assert _told(text) == [("agreement", "occurred", "2024-03-03"), ("demand", "occurred", "2024-03-03")]


def test_ook_with_a_further_term_agreed_as_an_infinitive_is_another_agreement():
    """'Ook kwamen ze overeen te werken aan ...' and 'Ze spraken ook af een lijn te openen' after an agreement told
    (status.toml addition_infinitive_types): a further act; 'Ook kwamen ze overeen dat ...' is a term of the one told."""
    text = ("De Chileense en de Peruaanse president tekenden gisteren in Lima een verdrag over de visserij. "
            "Ook kwamen beide landen overeen te werken aan een gezamenlijke kustwacht.")
    assert _told(text) == [("agreement", "occurred", "2024-05-15")] * 2
    text = ("De Chileense en de Peruaanse president tekenden gisteren in Lima een verdrag over de visserij. "
            "Ze spraken ook af een rechtstreekse telefoonlijn te openen.")
    assert _told(text) == [("agreement", "occurred", "2024-05-15")] * 2
    text = ("De Chileense en de Peruaanse president tekenden gisteren in Lima een verdrag over de visserij. "
            "Ook kwamen beide landen overeen dat hun vissers elkaars havens mogen gebruiken.")
    assert _told(text) == [("agreement", "occurred", "2024-05-15")]


def test_the_start_of_a_measure_is_not_the_day_it_was_announced():
    """'meldde vorige week maandag dat exporteurs per 1 augustus een vergunning nodig hebben': a sanction's date right
    after 'per' or 'vanaf' (status.toml content_date_words, measure_start_types) is its start; the announcement's day
    named in the sentence dates it."""
    text = "Vorige week maandag meldde China dat exporteurs van grafiet per 1 augustus een vergunning nodig hebben."
    assert _told(text) == [("sanction", "occurred", "2024-05-06")]


def test_two_documents_with_a_partner_each_are_two_agreements():
    """'tekenden een visserijverdrag met Noorwegen en een gasdeal met Qatar': two objects of one verb, each with its own
    partner after 'met', are two agreements; 'een verdrag met Noorwegen en IJsland' is one."""
    text = "Vorige week tekenden de Japanners een visserijverdrag met Noorwegen en een kleine gasdeal met Qatar."
    assert _told(text) == [("agreement", "occurred", "2024-05-06")] * 2
    text = "Vorige week tekenden de Japanners een visserijverdrag met Noorwegen en IJsland."
    assert _told(text) == [("agreement", "occurred", "2024-05-06")]


def test_the_two_sides_speaking_to_each_other_after_a_mediators_talks_with_both_are_talks_of_their_own():
    """'De Noorse gezant overlegde die week met beide hoofdsteden. Hun delegatieleiders hebben elkaar ook rechtstreeks
    gesproken': the direct contact of the two sides is not the mediator's talks told again."""
    text = ("Vrijdag maakten Peru en Chili een bestand bekend. De Noorse gezant had in de week daarvoor met beide "
            "hoofdsteden overlegd. De Peruaanse en de Chileense delegatieleider hebben elkaar vrijdag rechtstreeks gesproken.")
    told = _told(text)
    assert [t for t in told if t[0] == "talks"] == [("talks", "occurred", "2024-05-03"), ("talks", "occurred", "2024-05-10")]
