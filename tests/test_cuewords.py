"""The cue words of status.toml in an article's store key: only those that occur in its text."""
import inspect
import sys
from pathlib import Path

import pytest
from conftest import ROOT, clear_lexicon_caches

from events import actors, articles, cuewords, dates, extract, lexicon, rules


def _articles():
    return list(articles.read([str(Path(ROOT) / "data" / "articles")], lambda w: None))


# caches that do not read status.toml and cost most to fill again (trigger rules, date words, actors)
_KEPT = (rules.load, rules._index, rules._positions, rules._digests, dates.words, actors.gazetteer,
         actors._relevance_index)


def _clear_status_caches(everything: bool) -> None:
    """Empty the package's caches as in a new process; but for `everything=False` those of _KEPT and
    the lexicon files other than status.toml (refilling them would take a second per article)."""
    if everything:
        clear_lexicon_caches()
        return
    kept = {id(f) for f in _KEPT} | {id(lexicon.load)}
    for name, module in list(sys.modules.items()):
        if name.startswith("events."):
            for value in list(vars(module).values()):
                if callable(getattr(value, "cache_clear", None)) and id(value) not in kept:
                    value.cache_clear()


def test_the_kept_caches_do_not_read_status_toml():
    for f in _KEPT:
        source = inspect.getsource(f)
        assert f'load("{cuewords.FILE}"' not in source and "cues(" not in source, f.__qualname__


def test_an_article_s_events_depend_only_on_the_cue_words_relevant_to_it(monkeypatch):
    """The store reuses an article's events across an edit of any cue word that does not occur in it:
    sound only if extraction with every other cue word replaced by one that matches nothing gives the
    same events (and the relevant words are then the same)."""
    real = lexicon.load
    data = real(cuewords.FILE)
    items = cuewords._items()[0]
    arts, kept = _articles(), 0
    try:
        for n, a in enumerate(arts):
            before = [e.to_dict() for e in extract.extract_article(a)]
            relevant = cuewords.relevant(a.text)
            kept += len(relevant)
            reduced = cuewords.only(data, {items[n][0] for n in relevant})
            monkeypatch.setattr(lexicon, "load", lambda name, lang="nl": reduced if name == cuewords.FILE
                                else real(name, lang))
            everything = n % 30 == 0  # twice as in a new process, every cache emptied
            _clear_status_caches(everything)
            assert [e.to_dict() for e in extract.extract_article(a)] == before, a.id
            assert [cuewords._items()[0][n] for n in cuewords.relevant(a.text)] == [items[n] for n in relevant]
            monkeypatch.undo()
            _clear_status_caches(everything)
    finally:
        clear_lexicon_caches()
    assert len(arts) > 20 and kept < len(arts) * len(items) / 2, "an article holds a minority of the cue words"


def test_the_taken_out_cue_words_would_change_the_events(monkeypatch):
    """The test above can fail: with every cue word taken out, the bundled corpus's events change."""
    real = lexicon.load
    reduced = cuewords.only(real(cuewords.FILE), set())
    arts = _articles()[:10]
    before = [[e.to_dict() for e in extract.extract_article(a)] for a in arts]
    monkeypatch.setattr(lexicon, "load", lambda name, lang="nl": reduced if name == cuewords.FILE else real(name, lang))
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
    assert all(not cuewords._is_word_data(k, data[k]) for k in cuewords.SETTINGS if k in data)
    assert all(p[0] not in cuewords.SETTINGS for p, _ in cuewords._items()[0])
    assert not cuewords._is_word_data("negation_window", 4)


def test_status_cues_still_read_the_file_in_use():
    """rules.cues() reads the same file the relevance is computed on."""
    assert rules.cues()["neg_words"] == frozenset(w.lower() for w in lexicon.load(cuewords.FILE)["negation_words"])
