"""Literal prefixes of a regular expression, so that an Aho-Corasick pass finds where it can match."""
from __future__ import annotations

import re
import re._constants as C
import re._parser as P
from collections import Counter
from typing import Iterable

import ahocorasick


def automaton(words: Iterable[tuple[str, object]]) -> ahocorasick.Automaton:
    """An Aho-Corasick automaton of (word, value) pairs, a later value of a word replacing an earlier
    one (as `add_word` does). The words are added in the order of their characters' frequency among
    all the words: pyahocorasick finds a node's next character by a linear scan of its children in
    the order they were added, so with the frequent characters first a pass over a text compares
    fewer (about 17 % fewer instructions in the passes over an article). The hits, and their order,
    are the same whatever order the words were added in."""
    table = dict(words)
    freq = Counter(ch for w in table for ch in w)
    rank = {ch: i for i, ch in enumerate(sorted(freq, key=lambda ch: (-freq[ch], ch)))}
    auto = ahocorasick.Automaton()
    for w in sorted(table, key=lambda w: [rank[ch] for ch in w]):
        auto.add_word(w, table[w])
    auto.make_automaton()
    return auto


def prefixes(pattern: str, n: int = 3) -> set[str] | None:
    """Every literal prefix (n characters, or the whole match if shorter) a match must begin with;
    None when the pattern can begin with a character class too wide to list, or match nothing."""
    return literal_prefixes(list(P.parse(pattern)), n)


def beginnings(pattern: str, lengths=(8, 6, 4, 3, 2, 1), nested: bool = False) -> set[str] | None:
    """Literal beginnings, for a test whether a pattern occurs at all: for each top-level alternative
    the longest prefixes it allows, each cut before its first space or digit (the pattern's \\s and
    \\d also match other spaces and digits than ' ' and 0-9); None when an alternative has none. An
    optional part an alternative begins with is left out ('(?:\\w+-)?raketten' -> 'raketten'): where
    the alternative matches with it, it also matches without it, further on. `nested`: the same for
    the alternatives of a group that an alternative begins with, each followed by the rest of it
    ('(?:sancties|\\w*heffingen)\\s+...' -> 'sancties', 'heffinge'; `_leads`)."""
    if _FLAGS.search(pattern) or _BACKREFERENCE.search(pattern):
        return None  # "(?i:...)": a literal may match other characters than itself
    out: set[str] = set()
    items = list(P.parse(pattern))
    alternatives = (_leads(items) if nested else None) or _alternatives(items)
    for alt in alternatives:
        while alt and alt[0][0] in (C.MAX_REPEAT, C.MIN_REPEAT) and alt[0][1][0] == 0:
            alt = alt[1:]
        pre = next(filter(None, (_seq(alt, n, _CAP) for n in lengths)), None)
        if pre is None:
            return None
        cut = {_SPACE_OR_DIGIT.split(p)[0] for p in pre}
        if "" in cut:
            return None
        out |= cut
    return out


def branches(pattern: str) -> list[list]:
    """The top-level alternatives of a pattern, each as its parsed items with what follows the
    alternation: '(?:a|b)(?!x)' -> 'a(?!x)', 'b(?!x)' (the same places and texts can match)."""
    items = list(P.parse(pattern))
    return [alt + items[1:] for alt in _alternatives(items[:1])]


def literal_prefixes(items, n: int) -> set[str] | None:
    """`prefixes` of parsed items (an alternative of `branches`)."""
    found = _seq(items, n)
    return None if found is None or "" in found else found


def required(items, starts: set[str], shortest: int = 4) -> frozenset[str] | None:
    """Literals of which every match of an alternative (parsed items, `branches`) holds at least one,
    beyond what its anchors (`starts`) already hold: 'het\\s+(?:\\w+\\s+)?moest\\s+ontgelden' ->
    {'ontgelden'}. A text without any of them has no match, however often an anchor ('het ') occurs.
    None when there is none of at least `shortest` characters (a short word is in almost every text)."""
    k = next((i for i, (op, _) in enumerate(items) if op is not C.LITERAL), len(items))
    found = [c for c in _required_sets(items[k:])  # not the literal it begins with, nor one its anchors hold
             if not all(any(w in a for w in c) for a in starts)]
    best = _best(found)
    return best if best is not None and min(map(len, best)) >= shortest else None


def _required_sets(items) -> list[frozenset[str]]:
    """Each set of literals of which a match of the items holds one: the runs of literal characters,
    and what groups, alternations (one set of each alternative) and repeats of at least one hold."""
    out, run = [], ""
    for op, av in items:
        if op is C.LITERAL:
            run += chr(av)
            continue
        if run:
            out.append(frozenset([run]))
            run = ""
        sub = None
        if op is C.SUBPATTERN and not av[1] and not av[2]:  # a group without flags of its own
            sub = _best(_required_sets(list(av[-1])))
        elif op is C.BRANCH:
            each = [_best(_required_sets(list(b))) for b in av[1]]
            sub = None if None in each else frozenset().union(*each)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1:
            sub = _best(_required_sets(list(av[2])))
        if sub:
            out.append(sub)
    if run:
        out.append(frozenset([run]))
    return out


def _best(sets: list[frozenset[str]]) -> frozenset[str] | None:
    """The set whose shortest literal is longest (the rarest to occur), of fewest literals among equals."""
    return max(sets, key=lambda c: (min(map(len, c)), -len(c)), default=None)


_CAP = 200  # beginnings of one alternative at most: a repeated alternation grows them exponentially
_SPACE_OR_DIGIT = re.compile(r"[ 0-9]")
_FLAGS = re.compile(r"\(\?[aiLmsux-]+[:)]")
_BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=")  # a part left out may hold the group it refers to


def _alternatives(items) -> list:
    """The top-level alternatives of a parsed pattern ('a|(b|c)' -> a, b, c), each its own item list."""
    if len(items) == 1 and items[0][0] is C.BRANCH:
        return [alt for b in items[0][1][1] for alt in _alternatives(list(b))]
    if len(items) == 1 and items[0][0] is C.SUBPATTERN and not items[0][1][1] and not items[0][1][2]:
        return _alternatives(list(items[0][1][-1]))  # a group without flags of its own
    return [items]


def _leads(items, cap: int = 2000) -> list | None:
    """The alternatives of parsed items as item lists that each begin with neither a group, an
    alternation nor an optional part: '(?:a|b\\w*)c' -> 'ac', 'b\\w*c'; '(?:\\w+-)?x' -> 'x'. A text
    holds a match of the items exactly where one of these matches or, for an optional part left
    out, somewhere after the place where the items matched with it (so a test whether the items
    occur at all may look for these instead). None when there would be more than `cap`."""
    out: list = []
    todo = [items]
    while todo:
        alt = todo.pop()
        op, av = alt[0] if alt else (None, None)
        if op is C.BRANCH:
            todo += [list(b) + alt[1:] for b in reversed(av[1])]
        elif op is C.SUBPATTERN and not av[1] and not av[2]:  # a group without flags of its own
            todo.append(list(av[-1]) + alt[1:])
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] == 0:
            todo.append(alt[1:])
        else:
            out.append(alt)
            if len(out) > cap:
                return None
    return out


def _seq(items, n, cap=None):
    """The prefixes of a sequence of parsed items, "" among them when it can match nothing (an
    empty alternative: 'zet|zette' is parsed as 'zet(?:|te)'); None when one begins with a wide
    class (or, with `cap`, when there would be more)."""
    partial, done = {""}, set()
    for op, av in items:
        nxt = set()
        for pre in partial:
            ext = _one(op, av, n - len(pre), cap)
            if ext is None:
                return None
            for e in ext:
                s = pre + e
                (done if len(s) >= n else nxt).add(s[:n])
            if cap is not None and len(done) + len(nxt) > cap:
                return None
        partial = nxt
        if not partial:
            break
    return done | partial


def _one(op, av, n, cap=None):
    if op is C.LITERAL:
        return {chr(av)}
    if op is C.IN:
        chars = set()
        for o, a in av:
            if o is C.LITERAL:
                chars.add(chr(a))
            elif o is C.RANGE and a[1] - a[0] < 5:
                chars.update(chr(c) for c in range(a[0], a[1] + 1))
            elif o is C.CATEGORY and a is C.CATEGORY_SPACE:
                chars.add(" ")
            elif o is C.CATEGORY and a is C.CATEGORY_DIGIT:
                chars.update("0123456789")
            else:
                return None
        return chars
    if op is C.SUBPATTERN:
        return _seq(list(av[-1]), n, cap)
    if op is C.BRANCH:
        out = set()
        for b in av[1]:
            p = _seq(list(b), n, cap)
            if p is None:
                return None
            out |= p
        return out
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        lo, hi, sub = av
        out = {""} if lo == 0 else set()
        for k in range(max(lo, 1), min(hi, n) + 1):  # a repeat may fill the prefix by itself
            p = _seq(list(sub) * k, n, cap)
            if p is None:
                return None
            out |= p
        return out
    if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
        return {""}
    return None
