"""Which cue words of status.toml an article's text can use, so the event store extracts again after
an edit of that file only the articles the edit concerns.

status.toml is lists of words and phrases (regular expressions) that extraction looks for in the
text: negations, plan words, conditionals, clause openers ... Every use finds the word, or a match
of the phrase, in the article's own text (its tokens, a sentence, a clause, the text around a
trigger), compared in lower case. So a word or phrase whose characters do not occur in the lower-cased
text at all cannot change the article's events, and the store's key of the article holds only the
items that do occur (`relevance`): a word added, removed or edited concerns only the articles in
which it (before or after the edit) occurs. A phrase counts as occurring when one of the literal
beginnings of its alternatives does (`anchors.beginnings`); one without such beginnings always counts.

Keys whose values are not words of the text (a number, the names of event types) belong to every
article (`settings_digest`, part of the extractor's base version). `tests/test_rules.py` extracts each
bundled article with only its relevant items (the others replaced by a value that matches nothing)
and gets the same events.
"""
from __future__ import annotations

import hashlib
import json
from functools import lru_cache

import ahocorasick

from . import anchors, dates, lexicon

FILE = "status"
# keys of status.toml that are not words of the text: read for every article
SETTINGS = ("negation_window", "speech_acts", "speech_event_types", "consequence_types")
# what an item that is not relevant becomes when a test takes it out: a character no text holds
NOWHERE = "\uffff"


def _leaves(value, path: tuple):
    """(path, text) of every string in a TOML value (lists and tables walked), in file order."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, list):
        for n, v in enumerate(value):
            yield from _leaves(v, (*path, n))
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _leaves(v, (*path, k))


def _is_word_data(key: str, value) -> bool:
    return key not in SETTINGS and next(_leaves(value, ()), None) is not None and not _has_other(value)


def _has_other(value) -> bool:
    """True when a value holds anything but strings (numbers, booleans ...)."""
    if isinstance(value, list):
        return any(_has_other(v) for v in value)
    if isinstance(value, dict):
        return any(_has_other(v) for v in value.values())
    return not isinstance(value, str)


def _literals(text: str) -> set[str] | None:
    """The lower-cased strings one of which occurs in every text the item can match in; None when
    there are none to tell (then the item is relevant to every text)."""
    if not any(c in text for c in "\\()[]{}?*+|.^$"):
        words = text.lower().split()  # a word, or a phrase of words: its first word, whatever space follows
        return {words[0]} if words else None
    try:
        found = anchors.beginnings(text)
    except Exception:  # not a pattern `re` parses: none to tell
        return None
    return None if found is None else {w.lower() for w in found}


SHORT = 2  # literals this short occur in nearly every text: found by `in`, at their first occurrence


@lru_cache(maxsize=1)
def _items():
    """(items, literals, short, automaton, always): every (path, text) item of the word data in file
    order; each literal with the numbers of the items it stands for; the numbers of the literals of
    up to SHORT characters; an Aho-Corasick automaton of the longer ones -> their number (or None);
    and the numbers of the items without literals (relevant to every text)."""
    data = lexicon.load(FILE)
    items = [leaf for k, v in data.items() if _is_word_data(k, v) for leaf in _leaves(v, (k,))]
    by_literal: dict[str, list[int]] = {}
    always = []
    for n, (_, text) in enumerate(items):
        lits = _literals(text)
        if lits is None:
            always.append(n)
        for w in sorted(lits or ()):
            by_literal.setdefault(w, []).append(n)
    literals = list(by_literal.items())
    short = [(w, i) for i, (w, _) in enumerate(literals) if len(w) <= SHORT]
    auto = ahocorasick.Automaton()
    for i, (w, _) in enumerate(literals):
        if len(w) > SHORT:
            auto.add_word(w, i)
    if len(auto):
        auto.make_automaton()
    else:
        auto = None
    return items, literals, short, auto, tuple(always)


def relevant(text: str) -> list[int]:
    """The numbers (in `_items()` order) of the items whose literals occur in the lower-cased text."""
    items, literals, short, auto, always = _items()
    low = dates.lowered(text)[0]
    found = {i for w, i in short if w in low}
    if auto is not None:
        found.update(i for _, i in auto.iter(low))
    return sorted({*always, *(n for i in found for n in literals[i][1])})


def _hash(obj) -> str:
    return hashlib.sha256(json.dumps(obj, ensure_ascii=False).encode()).hexdigest()[:16]


def _named(path: tuple, text: str) -> list:
    """An item as the digests hold it: its key (and table key) and text, not its position in a list, so
    that taking out a word does not move the words after it; the relevant items' order is kept."""
    return [[p for p in path if isinstance(p, str)], text]


@lru_cache(maxsize=1)
def _encoded() -> list[bytes]:
    """Each item as `_named` JSON text, one line each."""
    return [json.dumps(_named(*item), ensure_ascii=False).encode() + b"\n" for item in _items()[0]]


def relevance(text: str) -> str:
    """A digest of the relevant items, in file order."""
    enc = _encoded()
    return hashlib.sha256(b"".join([enc[n] for n in relevant(text)])).hexdigest()[:16]


def digest() -> str:
    """A digest of every item: changes when any word or phrase does."""
    return hashlib.sha256(b"".join(_encoded())).hexdigest()[:16]


def settings_digest() -> str:
    """A digest of what status.toml holds besides its word data: keys, settings and their order."""
    data = lexicon.load(FILE)
    return _hash([[k, None if _is_word_data(k, v) else v] for k, v in data.items()])


def only(data: dict, keep: set[tuple]) -> dict:
    """A copy of status.toml's data in which every word-data item whose path is not in `keep` is
    `NOWHERE` (for tests: extraction must then give the same events)."""
    def walk(value, path):
        if isinstance(value, str):
            return value if path in keep else NOWHERE
        if isinstance(value, list):
            return [walk(v, (*path, n)) for n, v in enumerate(value)]
        if isinstance(value, dict):
            return {k: walk(v, (*path, k)) for k, v in value.items()}
        return value
    return {k: walk(v, (k,)) if _is_word_data(k, v) else v for k, v in data.items()}
