"""Every trigger rule's examples give its event; its counterexamples do not (lexicon/nl/triggers.toml)."""
import ahocorasick
import pytest

from events import extract, rules
from events.articles import _article, parse_date_header
from events.lexicon import LexiconError

PUB = parse_date_header("2022-10-14")


def _events(text):
    return extract.extract_article(_article("t", text, PUB))


CASES = []
for r in rules.load():
    for i, ex in enumerate(r.examples):
        ex = ex if isinstance(ex, dict) else {"text": ex}
        CASES.append(pytest.param(r, ex, id=f"{r.id}-ex{i}"))
COUNTER = [pytest.param(r, c, id=f"{r.id}-counter{i}") for r in rules.load() for i, c in enumerate(r.counterexamples)]


@pytest.mark.parametrize("rule,example", CASES)
def test_example_gives_event(rule, example):
    evs = [e for e in _events(example["text"]) if e.type == rule.type]
    assert evs, f"{rule.id}: no {rule.type} event in {example['text']!r}"
    *before, last = example["text"].split(". ")
    fired = [t.rule.id for t in rules.find(last, ". ".join(before))]
    assert rule.id in fired, f"{rule.id} did not fire on {example['text']!r} (fired: {fired})"
    if "status" in example:
        assert evs[0].status == example["status"], f"{rule.id}: {example['text']!r} gave {evs[0].status}"


@pytest.mark.parametrize("rule,text", COUNTER)
def test_counterexample_gives_no_event(rule, text):
    assert not [e for e in _events(text) if e.rule == rule.id], f"{rule.id} fired on {text!r}"


def test_every_type_has_a_rule():
    from events.model import EVENT_TYPES
    assert {r.type for r in rules.load()} == set(EVENT_TYPES)


def test_every_rule_has_examples_and_counterexamples():
    for r in rules.load():
        assert r.examples and r.counterexamples, r.id


@pytest.mark.parametrize("text,n", [
    ("De EU-top, de NAVO-top en de G7-top vonden dinsdag alle drie plaats in Brussel.", 3),
    ("De NAVO-top begon dinsdag in Vilnius.", 1),
])
def test_distinct_summits_in_one_sentence(text, n):
    assert len([e for e in _events(text) if e.type == "summit"]) == n


def test_conditional_is_no_event():
    assert not [e for e in _events("Als de VS wapens gaan leveren aan Taiwan, reageert Peking hard.") if e.type == "delivery"]


@pytest.mark.parametrize("text,type_", [
    ("Als eerste westerse leider bezocht de Duitse kanselier vorige week Kyiv.", "talks"),
    ("Als gastheer ontving de Indiase premier de G20-leiders in New Delhi.", "summit"),
    ("Als vergelding zette Rusland twintig Duitse diplomaten uit.", "sanction"),
    ("Frankrijk heeft de aanval op de ambassade als onaanvaardbaar veroordeeld.", "condemnation"),
    ("De annexatie werd door de NAVO als een schending van het volkenrecht veroordeeld.", "condemnation"),
    ("Net als Frankrijk veroordeelde Duitsland de aanval op de ambassade.", "condemnation"),
])
def test_als_before_a_bare_role_or_reason_is_as_not_if(text, type_):
    assert [e for e in _events(text) if e.type == type_]


def test_a_negation_inside_an_as_label_does_not_negate():
    found = _events("De Europese Unie heeft de verkiezingen in Belarus als niet vrij en eerlijk bestempeld.")
    assert [e.status for e in found if e.type == "condemnation"] == ["occurred"]
    found = _events("De Europese Unie heeft de verkiezingen niet als vrij en eerlijk bestempeld.")
    assert [e.status for e in found if e.type == "condemnation"] != ["occurred"]
    found = _events("Net als Frankrijk heeft Duitsland de aanval niet veroordeeld.")
    assert [e.status for e in found if e.type == "condemnation"] == ["negated"]


@pytest.mark.parametrize("text", [
    "Als premier Netanyahu de aanval doorzet, levert de VS geen wapens meer.",
    "Als de eerste tanks worden geleverd, reageert Rusland.",
    "De minister heeft gezegd dat als Polen tanks aan Oekraïne levert ook Duitsland meedoet.",
    "Rusland is bereid te praten als Oekraïne eerst wapens aan de grens levert.",
])
def test_als_before_a_subject_is_still_a_condition(text):
    assert not [e for e in _events(text) if e.type == "delivery" and e.status != "negated"]


@pytest.mark.parametrize("text,types", [
    ("De EU veroordeelde de aanval en kondigde nieuwe sancties aan.", {"condemnation", "sanction"}),
    ("Macron veroordeelde de aanval, maar sprak later met Poetin.", {"condemnation", "talks"}),
    ("De VS riepen Israël op tot terughoudendheid en leverden tegelijk nieuwe wapens.", {"demand", "delivery"}),
])
def test_a_second_verb_after_a_demand_or_condemnation_is_an_event_of_its_own(text, types):
    assert {e.type for e in _events(text)} >= types


@pytest.mark.parametrize("text,absent", [
    ("De minister hekelde de sancties en de wapenleveranties.", "sanction"),
    ("Kiev riep op tot sancties en wapenleveranties.", "delivery"),
])
def test_nouns_joined_in_the_content_stay_its_content(text, absent):
    assert absent not in {e.type for e in _events(text)}


def test_repeated_mention_is_one_event_with_two_evidence_sentences():
    text = ("Vanochtend heeft president Macron met de Duitse kanselier Scholz telefonisch overlegd. "
            "Na dat gesprek kwam er geen verklaring.")
    talks = [e for e in _events(text) if e.type == "talks"]
    assert len(talks) == 1 and len(talks[0].evidence) == 2


def test_bad_rule_names_file_and_rule(monkeypatch):
    from events import lexicon
    bad = {"rule": [{"id": "x.bad", "type": "talks", "pattern": "(", "examples": ["a"]}]}
    monkeypatch.setattr(lexicon, "load", lambda name, lang="nl": bad)
    rules.load.cache_clear()
    try:
        with pytest.raises(LexiconError, match=r"triggers.toml \[x.bad\]"):
            rules.load()
    finally:
        rules.load.cache_clear()


# (text, type, status the event of that type must have)
NEGATIONS = [
    # a meeting that has not taken place, however many words between ("tot nu toe", "nog steeds")
    ("Het telefoongesprek tussen de Franse en de Algerijnse president heeft tot nu toe niet plaatsgevonden.",
     "talks", "negated"),
    ("De top van de Afrikaanse Unie in Niamey vond uiteindelijk nooit plaats.", "summit", "negated"),
    ("De top van de Afrikaanse Unie vond dinsdag in Niamey plaats.", "summit", "occurred"),
    # talks suspended do not take place; measures suspended by a verb are still a sanction taken
    ("Het overleg tussen Chili en Peru over de grens wordt voorlopig opgeschort.", "talks", "negated"),
    ("De Chileense regering schortte gisteren de militaire samenwerking met Peru op.", "sanction", "occurred"),
    # ... also in the active voice: the talks suspended are no talks held
    ("Peru had het overleg met Chili over de visserij in maart opgeschort.", "talks", "negated"),
    ("De Russische regering schortte de gesprekken met Japan over de eilanden op.", "talks", "negated"),
    # a relative clause between the meeting and 'bleef uit'
    ("Een gesprek tussen de Franse en de Algerijnse president, waar Parijs lang om had gevraagd, bleef uit.",
     "talks", "negated"),
    # the relative clause holds no negation of the meeting: it happened
    ("Een ontmoeting tussen de Japanse en de Chinese premier, waar Tokio lang om had gevraagd, vond gisteren plaats.",
     "talks", "occurred"),
    # a postponement told with a separable verb: it did not happen as planned
    ("De Britse premier stelde zijn bezoek aan India op het laatste moment uit.", "talks", "negated"),
    # a cancellation told with a separable verb
    ("De Duitse minister zegde het overleg met zijn Iraanse collega gisteren af.", "talks", "negated"),
    ("De Turkse president zei gisteren het overleg met Griekenland af te zeggen.", "talks", "negated"),
    # 'geen ... meer' before the verb; 'meer dan' is a number, no negation
    ("Een rechter bepaalde dat de regering geen onderdelen voor tanks meer aan Israël mag leveren.",
     "delivery", "negated"),
    # a refusal in a condition after the trigger does not negate the call or the threat
    ("De Poolse premier riep gisteren op tot nieuwe sancties als Minsk de grens blijft weigeren te openen.",
     "demand", "occurred"),
    ("De Franse president dreigde met maatregelen indien Algerije blijft weigeren de migranten terug te nemen.",
     "warning", "occurred"),
    # a statement named by its noun and rejected or vetoed by another party was made; not one told before
    # ("het voorstel"), nor a statement refused
    ("Moskou wees gisteren een Turks voorstel voor een gevangenenruil af.", "proposal", "occurred"),
    ("In de Veiligheidsraad blokkeerde Peking gisteren met een veto een Brits voorstel voor een wapenbestand.",
     "proposal", "occurred"),
    ("Moskou wees het voorstel gisteren af.", "proposal", "negated"),
    ("De Turkse regering weigerde gisteren een voorstel voor een gevangenenruil te doen.", "proposal", "negated"),
    # a cancellation in a clause of 'nadat' after the trigger is of what came before; not one in the trigger's clause
    ("Twee weken later volgde toch een gesprek tussen Seoul en Pyongyang, nadat de Amerikaanse president de top eerst had afgezegd.",
     "talks", "occurred"),
    ("Het gesprek tussen Seoul en Pyongyang werd afgezegd nadat de grens was gesloten.", "talks", "negated"),
    # a negation phrase in a relative clause of a noun after a verb trigger is that clause's; not after a noun trigger
    ("Parijs dreigde Algiers gisteren met een boycot die er volgens kenners nog nooit is geweest.", "warning", "occurred"),
    ("De top tussen Chili en Peru, die gisteren in Lima zou beginnen, werd afgelast.", "summit", "negated"),
    # a refusal before the condition still does
    ("De Griekse premier weigerde gisteren te praten met Turkije als de boorschepen in het gebied blijven.",
     "talks", "negated"),
]


# (text, type, status): a statement in the present passive is made, not planned; a hedged past is done
SPEECH_ACT_PASSIVES = [
    ("De Veiligheidsraad nam een resolutie aan waarin de aanval op Mali wordt veroordeeld.", "condemnation", "occurred"),
    ("In de slotverklaring wordt de Russische aanval op Georgië betreurd.", "condemnation", "occurred"),
    ("De ministers zullen de aanval op Mali morgen veroordelen.", "condemnation", "planned"),
    # a measure in the present passive, told in a past sentence, was announced (status.toml announced_passive_types)
    ("De Turkse regering maakte gisteren bekend dat de militaire samenwerking met Griekenland wordt opgeschort.",
     "sanction", "occurred"),
    ("De militaire samenwerking met Griekenland wordt volgende week opgeschort.", "sanction", "planned"),
    # 'zou ... hebben + participle' reports a past event with a hedge, not a plan
    ("Volgens ingewijden zou de Turkse minister gisteren in Bakoe met zijn Armeense collega hebben gesproken.",
     "talks", "occurred"),
    ("Noord-Korea zou vorige maand granaten aan Rusland hebben geleverd, meldt Seoul.", "delivery", "occurred"),
    ("Turkije zou volgende week met Griekenland kunnen praten.", "talks", "planned"),
    ("Rusland zou het gas hebben geleverd als de oorlog niet was uitgebroken.", "delivery", "planned"),
    # a hedge in a relative clause closed before the trigger is said of the noun, not of the past act
    ("Gisteren zette Washington drie rederijen die olie voor Iran vervoerd zouden hebben op een zwarte lijst.",
     "sanction", "occurred"),
    ("Londen legde vier officieren die bij de hackaanval betrokken zouden zijn vorige week een inreisverbod op.",
     "sanction", "occurred"),
    ("Washington zou de rederijen die olie voor Iran vervoeren volgende maand op een zwarte lijst zetten.",
     "sanction", "planned"),
]


# the main clause after a condition that opens the sentence is a consequence, no event ("Als ..., volgen
# sancties"); 'als' elsewhere ("zowel ... als", "net als") no longer vetoes a trigger
CONSEQUENCES = ["Als de oorlog niet was uitgebroken, zou Rusland het gas hebben geleverd.",
                "Indien Teheran de inspecteurs weert, legt de EU nieuwe strafmaatregelen op.",
                "Mocht Caracas de uitslag niet erkennen, dan roept Madrid zijn ambassadeur terug."]
AS_NOT_IF = [("Zowel Canada als Japan legde gisteren nieuwe sancties op aan Moskou.", "sanction"),
             ("Net als Berlijn riep Parijs vorige week zijn ambassadeur in Minsk terug.", "sanction"),
             ("Als gastheer legde Polen gisteren sancties op aan Belarus.", "sanction")]


def test_a_date_after_vanaf_is_the_content_of_a_threat():
    evs = [e for e in _events("Peking stuurde op 3 oktober een brief waarin het met heffingen vanaf 1 september dreigde.")
           if e.type == "warning"]
    assert evs and evs[0].date_start == "2022-10-03", [(e.type, e.date_start) for e in evs]


@pytest.mark.parametrize("text", CONSEQUENCES)
def test_the_consequence_of_an_opening_condition_is_no_event(text):
    assert _events(text) == [], [(e.type, e.status) for e in _events(text)]


@pytest.mark.parametrize("text,typ", AS_NOT_IF)
def test_as_is_no_condition(text, typ):
    assert [e for e in _events(text) if e.type == typ and e.status == "occurred"], [(e.type, e.status) for e in _events(text)]


@pytest.mark.parametrize("text,typ,status", SPEECH_ACT_PASSIVES, ids=[t[:40] for t, _, _ in SPEECH_ACT_PASSIVES])
def test_a_statement_in_the_present_passive_is_made(text, typ, status):
    evs = [e for e in _events(text) if e.type == typ]
    assert evs and evs[0].status == status, [(e.type, e.status) for e in _events(text)]


@pytest.mark.parametrize("text,typ,status", NEGATIONS, ids=[t[:40] for t, _, _ in NEGATIONS])
def test_negations(text, typ, status):
    evs = [e for e in _events(text) if e.type == typ]
    assert evs and evs[0].status == status, [(e.type, e.status) for e in _events(text)]


def test_an_abbreviation_in_brackets_does_not_end_the_clause():
    """'praten ... over' holds across '(OVSE)' after the organisation's name."""
    text = "Morgen praten de lidstaten van de Organisatie voor Veiligheid en Samenwerking in Europa (OVSE) over Rusland."
    assert [t.rule.id for t in rules.find(text)] == ["talks.spreken"]
    assert not rules.find("Morgen praten de lidstaten (van de OVSE en anderen) niet.")


def test_rules_are_found_by_their_first_letters():
    """A rule whose pattern can begin with a wide class ('[a-z]+', '[\\w-]*', a lookbehind) has no
    literal beginning for the Aho-Corasick pass and is tried over every article's whole text;
    a new one costs every article. None needs it now ('zet|zette', parsed as 'zet(?:|te)', has one)."""
    full = sorted(r.id for r in rules._index()[1])
    assert full == [], full


def test_a_rule_tried_over_the_whole_text_finds_what_its_anchors_find(monkeypatch):
    """The slow pass (over the whole text, for a text whose lower case is longer, or a rule with no literal
    beginning) tries every place, as the anchored pass does: a match that runs on into the next sentence
    ("... spraken" before a blank line) is dropped there and must not hide the one that begins inside it."""
    text = ("Over de grens spraken\n\nDe twee presidenten spraken af dat hun ministers elkaar vaker zien. "
            "Ook spraken ze af dat de grens openblijft.")
    from events import dates, sentences
    spans = [(s.start, s.end) for s in sentences.split(_article("t", text, parse_date_header("2024-05-16")))]
    def ids(per):
        return [sorted((t.rule.id, t.start, t.end) for t in ts) for ts in per]
    anchored = ids(rules.find_in_text(text, spans))
    assert any(any(r == "agreement.overeengekomen" for r, _, _ in ts) for ts in anchored[1:])
    real = dates.lowered
    monkeypatch.setattr(dates, "lowered", lambda s: (real(s)[0], False))  # as if a letter's lower case were longer
    assert ids(rules.find_in_text(text, spans)) == anchored


def _conditions():
    return sorted({p.pattern: p for r in rules.load() for p in (r.requires, r.excludes) if p}.values(),
                  key=lambda p: p.pattern)


def test_conditions_tried_at_their_beginnings_are_found_as_by_search():
    """A condition ('requires', 'excludes') looked for only where one of its literal beginnings
    occurs is found in exactly the sentences where the pattern's own search finds it."""
    texts = [rules.lower(ex if isinstance(ex, str) else ex["text"])
             for r in rules.load() for ex in (*r.examples, *r.counterexamples)]
    texts += ["hij sprak\xa0met de pers", "f-16's en raketten", "anti-tank-raketten geleverd", "٣ wapens"]
    for p in _conditions():
        assert [rules._occurs(p, t) for t in texts] == [bool(p.search(t)) for t in texts], p.pattern


@pytest.mark.parametrize("src,rest", [
    (r"\b(?:terug|thuis|\w+-top|top)\b", r"\b(?:\w+-top)\b"),
    (r"(?:wapens?\b|munitie|\b(?:\d+|een)\s+(?:miljoen|miljard)\b)", r"(?:\b(?:\d+|een)\s+(?:miljoen|miljard)\b)"),
    (r"\b(?:a|b)\b|\b(?:c|\w+d)", r"\b(?:\w+d)"),
    (r"(?i)a|\w+b", None), (r"x(a|b)(?:c|\w+)", None), (r"(?:a|\w+)+", None), (r"(?:a|b)", None),
])
def test_a_condition_without_beginnings_is_split_into_the_alternatives_with_and_without(src, rest):
    """Only the alternatives without literal beginnings are searched at every place; the condition
    is found in exactly the texts where its own search finds it."""
    import random
    import re
    split = rules._split(re.compile(src))
    assert (split and split.rest.pattern) == rest
    rnd = random.Random(5)
    p = re.compile(src)
    rules._BEGINNINGS.pop(id(p), None)
    for _ in range(2000):
        text = "".join(rnd.choice(["a", "b", "c", "d", "x", " ", "-", "top", "terug", "5", "\u0663", "een", "miljoen",
                                   "wapen", "A"]) for _ in range(rnd.randint(0, 8)))
        assert rules._occurs(p, text) == bool(p.search(text)), text


@pytest.mark.parametrize("pattern,expected", [
    (r"(?:wapens?|(?:\w+-)?raketten)", {"wapen", "wapens", "raketten"}),  # an optional beginning left out
    (r"\bin\s+gesprek|\bf-16\S*", {"in", "f-"}),  # cut before a space or a digit
    (r"(?i:akkoord)", None), (r"(a)\1", None), (r"\w+en", None),
    (r"zet|zette", {"zet", "zette"}),  # parsed as 'zet(?:|te)': an empty alternative
])
def test_literal_beginnings_of_a_condition(pattern, expected):
    from events import anchors
    assert anchors.beginnings(pattern) == expected


@pytest.mark.parametrize("pattern,expected", [
    (r"het\s+(?:[\w-]+\s+)?(?:moest|moeten)\s+ontgelden", {"ontgelden"}),  # the rarest: the longest shortest word
    (r"(?:zal|zullen)\s+(?:\w+\s+)?(?:de\s+)?(?:gevolgen|consequenties)", {"gevolgen", "consequenties"}),
    (r"spraken\s+af", None),  # 'spraken' is what the anchor holds; 'af' is too short to rule out a text
    (r"hoge\s+prijs(?:\s+betalen)?", {"prijs"}),  # an optional part is not needed
    (r"zet(?:|te)\s+stop", {"stop"}),
])
def test_literals_an_alternative_needs_besides_its_anchors(pattern, expected):
    from events import anchors
    (alt,) = anchors.branches(pattern)
    assert anchors.required(alt, anchors.literal_prefixes(alt, 4)) == expected


def test_a_rule_is_tried_wherever_it_matches():
    """The index skips a rule at an anchor when the text lacks every literal its alternatives there
    need: sound only if every match of every rule in its examples is still tried."""
    for rule in rules.load():
        for ex in rule.examples:
            low = rules.lower(ex if isinstance(ex, str) else ex["text"])
            found = {(s, e) for r, s, e in rules._matches(low) if r.id == rule.id}
            spans = {m.span() for m in rule.pattern.finditer(low)  # inside a word only a compound's part is tried
                      if rule.compound or not m.start() or not (low[m.start() - 1].isalnum() or low[m.start() - 1] in "-_")}
            assert spans <= found, rule.id


# --- which rules can match in a text: the event store keys an article on these only -----------------

def test_a_rule_is_relevant_to_each_of_its_examples():
    for i, rule in enumerate(rules.load()):
        for ex in rule.examples:
            text = ex if isinstance(ex, str) else ex["text"]
            assert i in rules.relevant(text), f"{rule.id}: not relevant to its example {text!r}"


def test_an_article_s_events_depend_only_on_the_rules_relevant_to_it(monkeypatch):
    """The store reuses an article's events across a change of any rule not relevant to it: sound
    only if extraction with the relevant rules alone gives the same events as with all of them."""
    from pathlib import Path
    from conftest import ROOT
    from events import articles
    arts = list(articles.read([str(Path(ROOT) / "data" / "articles")], lambda w: None))
    everything, (auto, full) = rules.load(), rules._index()
    kept = 0
    for a in arts:
        before = [e.to_dict() for e in extract.extract_article(a)]
        relevant = tuple(everything[i] for i in rules.relevant(a.text))
        kept += len(relevant)
        fewer = ahocorasick.Automaton()  # the rules' automaton with only the relevant rules
        fewer.add_word("\0", (1, (), (), None, False))  # (an automaton needs a word)
        for prefix, (n, rs, inside, word, dated) in auto.items():  # (dated: a date word, for dates.scan)
            if (mine := tuple(r for r in rs if r[0] in relevant)) or word or dated:
                fewer.add_word(prefix, (n, mine, tuple(r for r in inside if r[0] in relevant), word, dated))
        fewer.make_automaton()
        monkeypatch.setattr(rules, "load", lambda relevant=relevant: relevant)
        monkeypatch.setattr(rules, "_index", lambda f=fewer, r=relevant: (f, tuple(x for x in full if x in r)))
        assert [e.to_dict() for e in extract.extract_article(a)] == before, a.id
        monkeypatch.undo()
    assert len(arts) > 20 and kept < len(arts) * len(everything) / 4, "most rules are not relevant to an article"


def test_a_text_whose_lower_case_changes_length_is_keyed_on_the_rules_its_slow_scan_finds():
    ids = [r.id for r in rules.load()]
    found = [ids[i] for i in rules.relevant("İSTANBUL - DE MINISTERS SPRAKEN GISTEREN MET ELKAAR.")]
    assert "talks.spreken" in found and "sanction.sancties" not in found
    assert rules.relevance("İSTANBUL - Zij spraken.") == rules.relevance("Zij spraken.") != rules.relevance("Zij belden.")


def test_relevance_leaves_out_the_examples_of_a_rule(monkeypatch):
    """Examples and counterexamples are read by the tests, not by extraction: editing them keeps every key."""
    from events import lexicon
    real = lexicon.load
    data = real("triggers")
    before = rules._digests()
    edited = dict(data, rule=[dict(r, examples=["Een ander voorbeeld."], counterexamples=[]) for r in data["rule"]])
    monkeypatch.setattr(lexicon, "load", lambda name, lang="nl": edited if name == "triggers" else real(name, lang))
    rules._digests.cache_clear()
    try:
        assert rules._digests() == before
    finally:
        rules._digests.cache_clear()


@pytest.mark.parametrize("text", [
    "Macron zal in Parijs met Scholz, Meloni en Sánchez overleggen.",
    "De Franse president zal Scholz, Meloni en Sánchez ontvangen voor een diner.",
    # list items of a title and a name ("de Duitse kanselier Scholz")
    "Morgen zullen Macron, de Duitse kanselier Scholz en de Italiaanse premier Meloni in Rome met Biden overleggen.",
])
def test_a_comma_in_a_list_of_names_does_not_hide_the_future(text):
    evs = [e for e in _events(text) if e.type == "talks"]
    assert evs and evs[0].status == "planned", [(e.type, e.status) for e in _events(text)]


@pytest.mark.parametrize("src", [r"(?<!\d),|,(?!\d)|[;:()]|\s(?:maar|omdat)\s", r"(?<=a|b)\.x", r"(?<!\d),+",
                                 r"(?<![(])x|y", r"[]|]|(?<!q)z", r"(?:(?<!a)b|c)", r"a\|b|(?<!x)y"])
def test_a_lookbehind_moved_after_its_literal_finds_the_same_matches(src):
    """`_literal_first` only rewrites a pattern for speed: every text gives the same matches."""
    import random
    import re
    rnd = random.Random(7)
    old, new = re.compile(src), re.compile(rules._literal_first(src))
    for _ in range(2000):
        text = "".join(rnd.choice("ab1,;xy()qz|. 9") for _ in range(rnd.randint(0, 12)))
        assert [m.span() for m in old.finditer(text)] == [m.span() for m in new.finditer(text)], text
    assert rules._literal_first(r"(?<!\d),|x").startswith(",(?<!")  # the literal first


@pytest.mark.parametrize("src", [r"(?<!\d),|,(?!\d)|[;:()]|\s(?:maar|omdat)\s", r"(?<=a|b)\.x", r"[]|]|(?<!q)z",
                                 r"a\|b|(?<!x)y", r"[\]x]a|-|[a-]b|[-z]c|\.d|\s\s", r",|[;:\u201c]|\s(?:a|b)\s"])
def test_one_class_of_first_characters_finds_the_same_matches(src):
    """`_class_first` only rewrites a pattern for speed: every text gives the same matches."""
    import random
    import re
    rnd = random.Random(11)
    old, new = re.compile(src), re.compile(rules._class_first(rules._literal_first(src)))
    for _ in range(3000):
        text = "".join(rnd.choice("ab1,;:xy()qz|.-] 9\u201c\t") for _ in range(rnd.randint(0, 14)))
        assert [m.span() for m in old.finditer(text)] == [m.span() for m in new.finditer(text)], text
    assert rules._class_first(r",|[;:]|\s(?:a|b)\s").startswith("[,;:\\s](?:(?<=,)")
    assert rules._class_first(r",|x+") == r",|x+"  # 'x+': not one character


@pytest.mark.parametrize("text,type_,status", [
    ("Duitsland stuurt voorlopig geen tanks naar Oekraïne.", "delivery", "negated"),
    ("De VS leveren Oekraïne geen F-16's.", "delivery", "negated"),
    ("De Russische president sprak niet met zijn Oekraïense collega.", "talks", "negated"),
    ("China veroordeelde de Russische invasie niet.", "condemnation", "negated"),
    ("Duitsland leverde niet alleen tanks aan Oekraïne, maar ook munitie.", "delivery", "occurred"),
    ("De Chinese en Amerikaanse presidenten spraken niet over Taiwan.", "talks", "occurred"),
    ("Israël en Hamas onderhandelden niet rechtstreeks met elkaar in Doha.", "talks", "occurred"),
    ("De Amerikaanse minister vroeg Israël geen scholen aan te vallen.", "demand", "occurred"),
    ("De NAVO-top in Brussel leverde geen doorbraak op.", "summit", "occurred"),
])
def test_a_negation_right_after_a_verb_trigger_negates_it(text, type_, status):
    assert [e.status for e in _events(text) if e.type == type_][:1] == [status]


@pytest.mark.parametrize("text,type_", [
    ("De Chinese president overweegt een bezoek aan Rusland.", "talks"),
    ("Duitsland is bereid Oekraïne meer luchtafweer te leveren.", "delivery"),
    ("Het Kremlin sluit een ontmoeting tussen Poetin en de Amerikaanse president niet uit.", "talks"),
    ("Het is de bedoeling dat de Turkse en Russische presidenten elkaar binnenkort ontmoeten.", "talks"),
    # a delivery announced or pledged, in any form of the verb, is a pledge
    ("Noorwegen heeft gisteren aangekondigd 30 miljoen euro vrij te maken voor Soedanese vluchtelingen.", "delivery"),
    ("Japan zegde vorige week 200 miljoen dollar noodhulp voor Turkije toe.", "delivery"),
    # a time to come told by its distance ('op korte termijn', 'op termijn')
    ("De Chileense president liet gisteren weten op niet al te lange termijn naar Peru te reizen.", "talks"),
    # a statement still being drafted ('werkt aan een ...' before it) is not made yet
    ("Chili werkt in de Veiligheidsraad aan een resolutie die Peru opdraagt de grens te openen.", "demand"),
    ("Noorwegen werkt aan een voorstel voor een bestand tussen Chili en Peru.", "proposal"),
])
def test_a_meeting_considered_offered_or_expected_is_planned(text, type_):
    assert [e.status for e in _events(text) if e.type == type_][:1] == ["planned"]


@pytest.mark.parametrize("text,status", [
    ("Chili en Peru zetten een commissie op om regelmatig met elkaar te praten over de grens.", "planned"),
    ("Bolivia en Paraguay richten een werkgroep op om voortaan samen te onderhandelen.", "planned"),
    # ... not in the past: the trip was made for the talks told
    ("De Chileense president reisde vorige week naar Lima om met zijn Peruaanse collega te praten.", "occurred"),
])
def test_talks_as_the_purpose_of_a_present_act_are_to_come(text, status):
    """A meeting's verb after 'te' in a clause of 'om' (status.toml infinitive_openers), the main verb not in the past:
    the talks are what the act is for, still to come."""
    assert [e.status for e in _events(text) if e.type == "talks"][:1] == [status]


@pytest.mark.parametrize("text,status", [
    ("De Chileense president komt later naar Lima.", "planned"),
    ("De premier maakte bekend dat de koning van Spanje straks naar Rabat reist.", "planned"),
    ("Zij kondigde aan dat de presidenten van Peru en Bolivia later naar Brasilia komen.", "planned"),
    ("Hij zei dat hij een gesprek met de Chileense president voorbereidt, en later een bezoek aan Peru.", "planned"),
    # ... not in the past: what followed
    ("Later reisde de Chileense president naar Lima.", "occurred"),
    ("Twee dagen later werd de Spaanse koning in Rabat ontvangen.", "occurred"),
])
def test_later_in_a_present_clause_is_a_time_to_come(text, status):
    """'later', 'straks' (status.toml present_later_words) in a clause with no past verb, also in a clause of 'dat'
    after a past verb of saying: a meeting still to come."""
    assert [e.status for e in _events(text) if e.type == "talks"][:1] == [status]


def test_the_date_words_of_a_trigger_pass_belong_to_its_thread():
    """Dask's in-process workers extract in threads of one process: a pass over another text in
    another thread must not replace this thread's date words, nor be read as them."""
    import threading
    mine = "Op dinsdag 3 mei sprak de minister met zijn Duitse collega in Berlijn."
    other = "In maart 2021 tekenden beide landen een akkoord."
    rules.find_in_text(mine, [(0, len(mine))])
    ends = rules.date_word_ends(mine)
    assert ends  # "dinsdag", "mei": the pass found date words
    seen = {}

    def elsewhere():
        rules.find_in_text(other, [(0, len(other))])
        seen["other"] = rules.date_word_ends(other)
        seen["mine"] = rules.date_word_ends(mine)

    worker = threading.Thread(target=elsewhere)
    worker.start()
    worker.join()
    assert seen["other"] and seen["mine"] is None  # that thread knows its own pass only
    assert rules.date_word_ends(mine) == ends


@pytest.mark.parametrize("text", [
    "Dat Servië en Kosovo samen aan tafel zitten met de Europeanen, is allerminst vanzelfsprekend.",
    "Dat de Slowaakse premier het besluit over de gesprekken met Moldavië liet passeren, was niet gratis.",
])
def test_a_clause_judged_by_a_copula_tells_no_event(text):
    """'Dat ..., is allerminst vanzelfsprekend': the clause after 'dat' is the subject of a judgement, the event
    it names is told elsewhere (status.toml presupposed_openers)."""
    assert _events(text) == []


@pytest.mark.parametrize("text", [
    "Welke landen de straaljagers aan Oekraïne gaan leveren, is nog niet besloten.",
    "Of Peking nieuwe heffingen op Australische wijn instelt, is de grote vraag.",
    "Wie de Koerdische strijders wapens levert, blijft onduidelijk.",
])
def test_an_open_question_as_subject_tells_no_event(text):
    """'Welke landen ..., is nog niet besloten': who does it, or whether it happens, is open (status.toml
    open_question_openers)."""
    assert _events(text) == []


@pytest.mark.parametrize("text,typ", [
    ("Dat Polen geen wapens meer aan Oekraïne levert, is gisteren bekendgemaakt.", "delivery"),
    ("Dat hebben de presidenten van Kenia en Somalië vrijdag in Nairobi besproken.", "talks"),
    ("Servië en Kosovo spraken in Brussel met elkaar, wat allerminst vanzelfsprekend is.", "talks"),
])
def test_a_clause_made_known_or_a_main_clause_after_dat_still_tells_its_event(text, typ):
    assert [e for e in _events(text) if e.type == typ], [(e.type, e.status) for e in _events(text)]
