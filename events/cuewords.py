"""Which words of the lexicon's word files an article's text can use, so the event store extracts again
after an edit of such a file only the articles the edit concerns.

Three lexicon files are lists of words and phrases that extraction looks for in the text:
status.toml (negations, plan words, conditionals, clause openers ... as words or regular expressions),
places.toml (prepositions, place nouns, group words, collective names ...) and offices.toml (the titles
and compound words that name an office's holder). Every use finds the word, or a match of the phrase,
in the article's own text (its tokens, a sentence, a clause, the text around a trigger, a mention),
compared in lower case or exactly. So a word or phrase whose characters do not occur in the
lower-cased text at all cannot change the article's events, and the store's key of the article holds
only the items that do occur (`relevance`): a word added, removed or edited concerns only the articles
in which it (before or after the edit) occurs. A phrase counts as occurring when one of the literal
beginnings of its alternatives does (`anchors.beginnings`); one without such beginnings always counts.

An item is one of:
- a string in a list or table of strings (status.toml, places.toml);
- an entry of a table whose keys are words and whose values are settings of that word (`KEYED`:
  "beide" = 2 in group_numbers): the key is the word, the value goes with it;
- an entry of a list of tables (`ENTRIES`: an [[office]]): the words of some of its fields (titles,
  compound words) name it; the whole entry goes with them. Extraction reads an office only through
  those words (a title after an adjective, "NAVO-chef"), never through the people who hold it.

Keys whose values are not words of the text (a number, the names of event types) belong to every
article (`settings_digest`, part of the extractor's base version); `examples` are read by the tests
only. `tests/test_cuewords.py` extracts each bundled article with only its relevant items (the others
replaced by a value that matches nothing, or taken out) and gets the same events.
"""
from __future__ import annotations

import hashlib
import json
from functools import lru_cache

import ahocorasick

from . import anchors, dates, lexicon

FILES = ("status", "places", "offices")
FILE = "status"  # the file of the status cue words (its name where one file is meant)
# keys that are not words of the text: read for every article
SETTINGS = {"status": ("negation_window", "speech_acts", "speech_event_types", "consequence_types", "meeting_types",
                       "suspension_types", "since_start_types", "announced_passive_types", "rejected_statement_types",
                       "addition_after_verb_types", "reception_rules", "visit_rules", "mediation_rules")}
# tables of word -> setting of that word
KEYED = {"status": ("condemned_act_nouns",),
         "places": ("group_numbers", "group_nouns", "group_phrases", "collective_names", "capital_metonyms", "organisation_seats",
                    "proper_collective_names", "home_country_names", "place_spellings", "country_groups")}
# lists of tables: (key, the field that names an entry, the fields whose words are the entry's words)
ENTRIES = {"offices": ("office", "id", ("titles", "title_of", "compound"))}
TESTS_ONLY = ("examples", "place_spelling_examples")  # read by the tests, never by extraction
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


def _kind(name: str, key: str, value) -> str:
    """How a top-level key of a word file is read: "words", "keyed", "entries", "tests" or "setting"."""
    if key in TESTS_ONLY:
        return "tests"
    if key in KEYED.get(name, ()) and isinstance(value, dict):
        return "keyed"
    if name in ENTRIES and key == ENTRIES[name][0] and isinstance(value, list):
        return "entries"
    if key in SETTINGS.get(name, ()) or next(_leaves(value, ()), None) is None or _has_other(value):
        return "setting"
    return "words"


def _is_word_data(key: str, value, name: str = FILE) -> bool:
    return _kind(name, key, value) == "words"


def _has_other(value) -> bool:
    """True when a value holds anything but strings (numbers, booleans ...)."""
    if isinstance(value, list):
        return any(_has_other(v) for v in value)
    if isinstance(value, dict):
        return any(_has_other(v) for v in value.values())
    return not isinstance(value, str)


def _file_items(name: str):
    """(path, texts, payload) of every item of a word file, in file order: the path begins with the
    file's name; texts are the words that name the item; payload is what goes with them (or None)."""
    data = lexicon.load(name) if lexicon.path(name).is_file() else {}
    for key, value in data.items():
        kind = _kind(name, key, value)
        if kind == "words":
            for path, text in _leaves(value, (key,)):
                yield (name, *path), (text,), None
        elif kind == "keyed":
            for word, setting in value.items():
                yield (name, key, word), (word,), setting
        elif kind == "entries":
            _, id_field, fields = ENTRIES[name]
            for entry in value:
                words = [w for f in fields for w in (entry.get(f) or ())]  # a table gives its keys
                yield ((name, key, str(entry.get(id_field))), tuple(words),
                       {k: v for k, v in entry.items() if k not in TESTS_ONLY})


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
    """(items, literals, short, automaton, always): every (path, texts, payload) item of the word files
    in file order; each literal with the numbers of the items it stands for; the numbers of the
    literals of up to SHORT characters; an Aho-Corasick automaton of the longer ones -> their number
    (or None); and the numbers of the items without literals (relevant to every text)."""
    items = [item for name in FILES for item in _file_items(name)]
    by_literal: dict[str, list[int]] = {}
    always = []
    for n, (_, texts, _) in enumerate(items):
        lits: set[str] | None = set()
        for text in texts:
            found = _literals(text)
            lits = None if found is None or lits is None else lits | found
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


def _named(path: tuple, texts: tuple, payload) -> list:
    """An item as the digests hold it: its file, key (and table key or entry id), words and payload, not
    its position in a list, so that taking out a word does not move the words after it; the relevant
    items' order is kept."""
    return [[p for p in path if isinstance(p, str)], list(texts), payload]


@lru_cache(maxsize=1)
def _encoded() -> list[bytes]:
    """Each item as `_named` JSON text, one line each."""
    return [json.dumps(_named(*item), ensure_ascii=False, default=str).encode() + b"\n" for item in _items()[0]]


def relevance(text: str) -> str:
    """A digest of the relevant items, in file order."""
    enc = _encoded()
    return hashlib.sha256(b"".join([enc[n] for n in relevant(text)])).hexdigest()[:16]


def digest() -> str:
    """A digest of every item: changes when any word, phrase or entry does."""
    return hashlib.sha256(b"".join(_encoded())).hexdigest()[:16]


def settings_digest() -> str:
    """A digest of what the word files hold besides their items: keys, settings and their order."""
    out = []
    for name in FILES:
        data = lexicon.load(name) if lexicon.path(name).is_file() else {}
        out.append([name, [[k, v if _kind(name, k, v) == "setting" else None] for k, v in data.items()]])
    return _hash(out)


def only(name: str, data: dict, keep: set[tuple]) -> dict:
    """A copy of a word file's data without the items whose path is not in `keep` (for tests: extraction
    must then give the same events): a word becomes `NOWHERE`, a keyed word is taken out, an entry keeps
    its id and loses its words (its other fields changed too)."""
    def walk(value, path):
        if isinstance(value, str):
            return value if path in keep else NOWHERE
        if isinstance(value, list):
            return [walk(v, (*path, n)) for n, v in enumerate(value)]
        if isinstance(value, dict):
            return {k: walk(v, (*path, k)) for k, v in value.items()}
        return value

    def gone(entry: dict) -> dict:
        _, id_field, fields = ENTRIES[name]
        out = {k: ([] if isinstance(v, list) else {} if isinstance(v, dict) else not v if isinstance(v, bool) else v)
               for k, v in entry.items()}
        out[id_field] = entry[id_field]
        return out

    out = {}
    for k, v in data.items():
        kind = _kind(name, k, v)
        if kind == "words":
            out[k] = walk(v, (name, k))
        elif kind == "keyed":
            out[k] = {w: s for w, s in v.items() if (name, k, w) in keep}
        elif kind == "entries":
            id_field = ENTRIES[name][1]
            out[k] = [e if (name, k, str(e.get(id_field))) in keep else gone(e) for e in v]
        else:
            out[k] = v
    return out
