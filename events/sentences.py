"""Dutch sentence splitting with character offsets into the article text."""
from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .model import Article, Sentence

_OPEN_Q = "\"“„«'"


@lru_cache(maxsize=None)  # no arguments: one value; the unbounded cache is the cheaper call
def _abbreviations() -> frozenset[str]:
    return frozenset(a.lower() for a in lexicon.load("abbreviations")["abbreviations"])


_INITIALS = re.compile(r"(?:[a-z]\.)+")
_NUMBERED = re.compile(r"\d+\.")


def _word_before(line: str, pos: int) -> str:
    """The word that ends at line[pos], lower case, without opening quotes or brackets."""
    return line[:pos + 1].rsplit(None, 1)[-1].lower().lstrip(_OPEN_Q + "(")  # line[pos] is no space


def _ends_sentence(line: str, pos: int, end: int, in_quote: bool) -> bool:
    """Whether the punctuation at line[pos:end] ends a sentence."""
    if line[pos] == ".":
        word = _word_before(line, pos)
        if word in _abbreviations() or (word[1:2] == "." and _INITIALS.fullmatch(word)):  # (the cheap check first)
            return False  # "o.a.", "J." (an initial), "e.d."
        if pos < 4 and _NUMBERED.fullmatch(word):
            return False
    k = end
    while k < len(line) and line[k].isspace():
        k += 1
    if k == len(line):
        return True
    nxt = line[k]
    if in_quote and line[end - 1] not in "\"”’»'":
        return False
    if nxt.islower() or nxt in ",;:":
        return False
    return True


# a quote, or sentence marks with closing quotes or brackets before a space or the end:
# '[\"“”„«»]|[.!?…]+[\"'”’»)]*(?=\s+|$)', written to begin with one class of characters so
# that the regex engine skips to the next such character instead of trying at every place
_MARKS = re.compile(r"[\"“”„«».!?…](?:(?<=[\"“”„«»])|(?<=[.!?…])[.!?…]*[\"'”’»)]*(?=\s+|$))")


_QUOTE_CHARS = "\"“”„«»"


def _quoted_paragraph(line: str) -> bool:
    """Whether the line is one quotation without words around it: an interview's answer
    ('"Uit een rapport. Hij eiste toen ... betaalt."'), or a quote that runs on into the next
    paragraph and closes there. Its sentences are split as outside quotes: no attribution
    ('", zei de minister.') on the line needs them kept together."""
    if not line or line[0] not in _QUOTE_CHARS:
        return False
    n = sum(line.count(q) for q in _QUOTE_CHARS)
    if n == 1:
        return True
    return n == 2 and line.rstrip(".!?…)")[-1:] in _QUOTE_CHARS and len(line) > 2


def split_line(line: str, offset: int) -> list[tuple[int, int]]:
    """Sentence spans (start, end) within one line of text, as article offsets."""
    spans = []
    start = 0
    quotes = 0
    plain = _quoted_paragraph(line)
    for m in _MARKS.finditer(line):
        tok = m.group(0)
        if len(tok) == 1 and tok in "\"“”„«»":
            quotes += 1
            continue
        i, end = m.start(), m.end()
        closing = tok.count('"') + tok.count("”") + tok.count("»")
        quotes += closing
        in_quote = (quotes % 2 == 1) and not closing and not plain
        if _ends_sentence(line, i, end, in_quote):
            spans.append((start, end))
            quotes = 0
            start = end
            while start < len(line) and line[start].isspace():
                start += 1
    if line[start:].strip():
        spans.append((start, len(line.rstrip())))
    return [(offset + s, offset + e) for s, e in spans if line[s:e].strip()]


def split(article: Article) -> list[Sentence]:
    """The sentences of an article; headings and residue lines are kept out, datelines cut off."""
    text = article.text
    skips = sorted(article.skip_spans)
    out: list[Sentence] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        line = raw.rstrip("\r\n")
        lstart, lend = pos, pos + len(line)
        pos += len(raw)
        if not line.strip():
            continue
        cut = lstart
        skipped = False
        for s, e in skips:
            if s <= lstart and e >= lend:
                skipped = True
            elif s <= cut < e < lend:
                cut = e
        if skipped:
            continue
        lead = len(line[cut - lstart:]) - len(line[cut - lstart:].lstrip())
        for s, e in split_line(line[cut - lstart + lead:], cut + lead):
            out.append(Sentence(text[s:e], s, e, len(out)))
    return out
