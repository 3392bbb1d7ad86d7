"""The words of status.toml, places.toml and offices.toml in an article's store key: only those that
occur in its text."""
import ast
import inspect
import sys
from pathlib import Path

import pytest
from conftest import ROOT, clear_lexicon_caches

from events import actors, articles, cuewords, dates, extract, lexicon, native, rules


def _articles():
    return list(articles.read([str(Path(ROOT) / "data" / "articles")], lambda w: None))


# caches that do not read the word files and cost most to fill again (trigger rules, date words; for
# status.toml also the actors, which read places.toml and offices.toml)
_KEPT = (rules.load, rules._index, rules._positions, rules._digests, dates.words)
_KEPT_FOR_STATUS = (actors.gazetteer, actors._relevance_index)


def _kept(name: str) -> tuple:
    return _KEPT + (_KEPT_FOR_STATUS if name == "status" else ())


def _clear_word_caches(name: str, everything: bool) -> None:
    """Empty the package's caches as in a new process; but for `everything=False` those kept for the
    file `name` and the lexicon files (refilling them would take a second per article)."""
    if everything:
        clear_lexicon_caches()
        return
    kept = {id(f) for f in _kept(name)} | {id(lexicon.load)}
    for module_name, module in list(sys.modules.items()):
        if module_name.startswith("events."):
            for value in list(vars(module).values()):
                if callable(getattr(value, "cache_clear", None)) and id(value) not in kept:
                    value.cache_clear()


def _source_of(f) -> str:
    """The source of a module-level function of the package, also when it runs compiled (Cython's functions
    have no source for inspect: it is read from the module's .py file)."""
    f = getattr(f, "__wrapped__", f)
    module = sys.modules[f.__module__]
    tree = ast.parse(text := native.source_text(module))
    node = next(n for n in tree.body if isinstance(n, (ast.FunctionDef, ast.ClassDef)) and n.name == f.__name__)
    first = min([node.lineno] + [d.lineno for d in node.decorator_list])
    return "".join(text.splitlines(keepends=True)[first - 1:node.end_lineno])


def test_the_source_of_a_function_is_found_as_inspect_finds_it():
    for f in (rules.load, actors._relevance_index, dates.words):
        assert _source_of(f).strip() in native.source_text(sys.modules[f.__module__])
        assert f"def {f.__name__}(" in _source_of(f)
    if not native.status().startswith("compiled"):  # the same text as inspect's, decorators included
        assert all(_source_of(f) == inspect.getsource(f) for f in (rules.load, actors.gazetteer, dates.words))


@pytest.mark.parametrize("name", cuewords.FILES)
def test_the_kept_caches_do_not_read_the_word_file(name):
    for f in _kept(name):
        source = _source_of(f)
        assert f'load("{name}"' not in source and "cues(" not in source and "gazetteer(" not in source \
            or f in _KEPT_FOR_STATUS and name == "status", f.__qualname__
    assert 'load("status"' not in native.source_text(actors)  # the actors read no status cue words


def _of(name: str, items: list, numbers) -> list:
    return [n for n in numbers if items[n][0][0] == name]


@pytest.mark.parametrize("name", cuewords.FILES)
def test_an_article_s_events_depend_only_on_the_words_relevant_to_it(monkeypatch, name):
    """The store reuses an article's events across an edit of any word of status.toml, places.toml or
    offices.toml that does not occur in it: sound only if extraction with every other word of the file
    taken out (replaced by one that matches nothing, a keyed word removed, an office without its titles
    and with its other fields changed) gives the same events (and the relevant words are the same)."""
    real = lexicon.load
    data = real(name)
    items = cuewords._items()[0]
    arts, kept = _articles(), 0
    total = len(_of(name, items, range(len(items))))
    try:
        for n, a in enumerate(arts):
            before = [e.to_dict() for e in extract.extract_article(a)]
            relevant = _of(name, items, cuewords.relevant(a.text))
            kept += len(relevant)
            reduced = cuewords.only(name, data, {items[k][0] for k in relevant})
            monkeypatch.setattr(lexicon, "load", lambda file, lang="nl": reduced if file == name else real(file, lang))
            everything = n % 30 == 0  # twice as in a new process, every cache emptied
            _clear_word_caches(name, everything)
            assert [e.to_dict() for e in extract.extract_article(a)] == before, a.id
            now = cuewords._items()[0]
            assert [now[k] for k in _of(name, now, cuewords.relevant(a.text))] == [items[k] for k in relevant]
            monkeypatch.undo()
            _clear_word_caches(name, everything)
    finally:
        clear_lexicon_caches()
    assert len(arts) > 20 and kept < len(arts) * total * 0.75, "an article holds fewer than all the words"


@pytest.mark.parametrize("name", cuewords.FILES)
def test_the_taken_out_words_would_change_the_events(monkeypatch, name):
    """The test above can fail: with every word of the file taken out, the bundled corpus's events change."""
    real = lexicon.load
    reduced = cuewords.only(name, real(name), set())
    arts = _articles()[:10]
    before = [[e.to_dict() for e in extract.extract_article(a)] for a in arts]
    monkeypatch.setattr(lexicon, "load", lambda file, lang="nl": reduced if file == name else real(file, lang))
    clear_lexicon_caches()
    try:
        assert [[e.to_dict() for e in extract.extract_article(a)] for a in arts] != before
    finally:
        monkeypatch.undo()
        clear_lexicon_caches()


@pytest.mark.parametrize("item, text, relevant", [
    ("afgeblazen", "De top werd afgeblazen.", True),
    ("afgeblazen", "De top ging door.", False),
    ("nog steeds", "Ze praten nog\u00a0steeds met elkaar.", True),  # a phrase: its first word counts
    (r"(?:gaat|gaan|ging|gingen)\s+niet\s+door", "Het bezoek GING niet door.", True),
    (r"(?:gaat|gaan|ging|gingen)\s+niet\s+door", "Het bezoek werd afgelast.", False),
    (r"(?<!te\s)(?:werkt|werken)\s+aan", "De EU werkt aan sancties.", True),
    (r"[;:]|\s(?:maar|want)\s", "Zonder woorden.", True),  # no literal beginning: every text
])
def test_a_cue_word_is_relevant_where_it_occurs(item, text, relevant):
    lits = cuewords._literals(item)
    assert (lits is None or any(w in text.lower() for w in lits)) == relevant


def test_settings_belong_to_every_article():
    data = lexicon.load(cuewords.FILE)
    assert all(not cuewords._is_word_data(k, data[k]) for k in cuewords.SETTINGS["status"] if k in data)
    assert all(p[1] not in cuewords.SETTINGS["status"] for p, _, _ in cuewords._items()[0])
    assert not cuewords._is_word_data("negation_window", 4)
    assert cuewords._kind("places", "group_numbers", {"beide": 2}) == "keyed"
    assert cuewords._kind("places", "examples", [{"text": "x"}]) == "tests"
    assert cuewords._kind("offices", "office", [{"id": "x"}]) == "entries"


def test_an_office_is_named_by_its_titles_and_compounds_and_carries_its_fields():
    offices = {p[2]: (texts, payload) for p, texts, payload in cuewords._items()[0] if p[0] == "offices"}
    texts, payload = offices["secretary_general"]
    assert "secretaris-generaal" in texts and "chef" in texts
    assert payload["orgs"] and "examples" not in payload
    assert {cuewords._items()[0][n][0][2] for n in cuewords.relevant("NAVO-chef Rutte sprak.")
            if cuewords._items()[0][n][0][0] == "offices"} >= {"secretary_general"}


def test_places_words_and_keyed_words_are_items():
    items = {p[1:]: payload for p, _, payload in cuewords._items()[0] if p[0] == "places"}
    assert items[("group_numbers", "beide")] == 2 and ("locative_prepositions", 0) in items
    assert not any(p[0] == "examples" for p in items)


def test_an_edit_of_a_word_file_changes_the_keys_only_of_the_articles_it_concerns(monkeypatch):
    """A new place noun changes the relevance of the texts it occurs in, not of the others."""
    real = lexicon.load
    data = real("places")
    edited = {**data, "place_nouns": [*data["place_nouns"], "kustplaatsje"]}
    with_it, without = "Ze spraken in het kustplaatsje Sotsji.", "Ze spraken in Sotsji."
    before = cuewords.relevance(with_it), cuewords.relevance(without), cuewords.settings_digest()
    monkeypatch.setattr(lexicon, "load", lambda file, lang="nl": edited if file == "places" else real(file, lang))
    clear_lexicon_caches()
    try:
        after = cuewords.relevance(with_it), cuewords.relevance(without), cuewords.settings_digest()
    finally:
        monkeypatch.undo()
        clear_lexicon_caches()
    assert after[0] != before[0] and after[1:] == before[1:]


def test_status_cues_still_read_the_file_in_use():
    """rules.cues() reads the same file the relevance is computed on."""
    assert rules.cues()["neg_words"] == frozenset(w.lower() for w in lexicon.load(cuewords.FILE)["negation_words"])
