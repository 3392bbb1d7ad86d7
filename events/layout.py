"""What of a text is article text: web residue, headings, datelines and publication lines
(lexicon residue.toml, calendar.toml), and the language the text is written in (languages.toml)."""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from functools import lru_cache

from . import lexicon


@lru_cache(maxsize=1)
def _residue():
    data = lexicon.load("residue")
    lines = [re.compile(rf"(?:{e['pattern']})\s*", re.IGNORECASE) for e in data["line"]]
    cal = lexicon.load("calendar")
    wd = "|".join(cal["weekdays"])
    mo = "|".join(cal["months"])
    publine = re.compile(rf"\s*(?:{wd})\s+(\d{{1,2}})\s+({mo})\s+(\d{{4}})\s*,?\s*(?:\d{{1,2}}[:.]\d{{2}})?\s*(?:uur)?\s*",
                         re.IGNORECASE)
    dateline = re.compile(data["dateline"]["pattern"])
    heading = dict(data["heading"], timestamp=re.compile(data["heading"]["timestamp"]))
    return lines, publine, dateline, heading, {m: i + 1 for i, m in enumerate(cal["months"])}


@lru_cache(maxsize=1)
def _residue_line() -> re.Pattern:
    """The residue line patterns and the publication line as one alternation: it matches a whole line
    when one of them does (a full match backtracks into the next alternative), in one call instead of
    one per pattern (every line of every article is asked, by the reader and by the extractor)."""
    lines, publine, *_ = _residue()
    return re.compile("|".join(f"(?:{p.pattern})" for p in [*lines, publine]), re.IGNORECASE)


def is_residue(line: str) -> bool:
    """True for share/navigation, 'gewijzigd', 'Bron:' and publication lines."""
    s = line.strip()
    return bool(s) and bool(_residue_line().fullmatch(s))


def is_heading(line: str) -> bool:
    """A short line without final punctuation, or a short line opening with a time ("07.05 uur - ..."): a
    heading, not a sentence."""
    *_, heading, _m = _residue()
    s = line.strip()
    return bool(s) and len(s.split()) <= heading["max_words"] and (
        s[-1] not in heading["final_punctuation"] or (s[0].isdigit() and bool(heading["timestamp"].match(s))))


def publication_line(text: str, max_lines: int = 6) -> dt.date | None:
    """The day of a full publication line ('vrijdag 14 oktober 2022 , 8:47') among the first lines."""
    _l, publine, _d, _h, months = _residue()
    for line in text.splitlines()[:max_lines]:
        m = publine.fullmatch(line.strip())
        if m:
            try:
                return dt.date(int(m.group(3)), months[m.group(2).lower()], int(m.group(1)))
            except ValueError:
                return None
    return None


def layout(text: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The dateline place and the spans of residue, headings and datelines (no events there)."""
    _l, _p, dateline, _h, _m = _residue()
    skips = []
    place = ""
    pos = 0
    first_body = True
    for line in text.splitlines(keepends=True):
        s = line.strip()
        start, end = pos, pos + len(line.rstrip("\r\n"))
        pos += len(line)
        if not s:
            continue
        if is_residue(s) or is_heading(s):
            skips.append((start, end))
            continue
        if first_body:
            m = dateline.match(line)
            if m:
                place = m.group("place").strip().title()
                skips.append((start, start + m.end()))
            first_body = False
    return place, tuple(skips)


@lru_cache(maxsize=1)
def _languages() -> tuple[dict, dict[str, str], dict[str, frozenset[str]], dict[str, str]]:
    """Detection settings, language names, stop words of languages.toml (validated), and the
    language of each stop word."""
    data = lexicon.load("languages")
    detect = data.get("detect", {})
    for key in ("min_words", "min_share", "margin"):
        value = detect.get(key)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
            raise lexicon.LexiconError(f"languages.toml [detect]: {key} must be a positive number, not {value!r}")
    names: dict[str, str] = {}
    words: dict[str, frozenset[str]] = {}
    owner: dict[str, str] = {}
    for entry in data.get("language", []):
        code = entry.get("code")
        where = f"languages.toml [{code or '?'}]"
        if not code or code in names or not entry.get("name") or not entry.get("words"):
            raise lexicon.LexiconError(f"{where}: a language needs its own code, a name and words")
        for w in entry["words"]:
            if not isinstance(w, str) or w != w.lower():
                raise lexicon.LexiconError(f"{where}: stop word {w!r} is not lower-case text")
            if owner.setdefault(w, code) != code:
                raise lexicon.LexiconError(f"{where}: stop word {w!r} is also listed under {owner[w]}")
        names[code], words[code] = entry["name"], frozenset(entry["words"])
    if "nl" not in names:
        raise lexicon.LexiconError('languages.toml: no [[language]] with code "nl"')
    return detect, names, words, owner


_WORD = re.compile(r"[^\W\d_]+")


def language(text: str) -> str:
    """The language code of a text by its stop words; "nl" unless another language clearly wins."""
    detect, _names, words, owner = _languages()
    tokens = _WORD.findall(text[:20_000].lower())  # the start tells; a 20 MB text need not be counted
    if len(tokens) < detect["min_words"]:
        return "nl"
    counted = Counter(map(owner.get, tokens))  # each stop word belongs to one language (checked)
    hits = {code: counted[code] for code in words}
    best = max((c for c in hits if c != "nl"), key=lambda c: hits[c], default="nl")
    if best != "nl" and hits[best] >= detect["min_share"] * len(tokens) and hits[best] >= detect["margin"] * hits["nl"]:
        return best
    return "nl"
