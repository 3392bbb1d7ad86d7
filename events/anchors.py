"""Literal prefixes of a regular expression, so that an Aho-Corasick pass finds where it can match."""
from __future__ import annotations

import re._constants as C
import re._parser as P


def prefixes(pattern: str, n: int = 3) -> set[str] | None:
    """Every literal prefix (n characters, or the whole match if shorter) a match must begin with;
    None when the pattern can begin with a character class too wide to list."""
    return _seq(list(P.parse(pattern)), n)


def _seq(items, n):
    partial, done = {""}, set()
    for op, av in items:
        nxt = set()
        for pre in partial:
            ext = _one(op, av, n - len(pre))
            if ext is None:
                return None
            for e in ext:
                s = pre + e
                (done if len(s) >= n else nxt).add(s[:n])
        partial = nxt
        if not partial:
            break
    if "" in partial:
        return None
    return done | partial


def _one(op, av, n):
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
        return _seq(list(av[-1]), n)
    if op is C.BRANCH:
        out = set()
        for b in av[1]:
            p = _seq(list(b), n)
            if p is None:
                return None
            out |= p
        return out
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        lo, hi, sub = av
        out = {""} if lo == 0 else set()
        for k in range(max(lo, 1), min(hi, n) + 1):  # a repeat may fill the prefix by itself
            p = _seq(list(sub) * k, n)
            if p is None:
                return None
            out |= p
        return out
    if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
        return {""}
    return None
