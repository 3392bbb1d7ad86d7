"""Read articles from .txt, .jsonl/.json and .csv files into Article values, with clear warnings."""
from __future__ import annotations

import calendar
import csv
import datetime as dt
import io
import json
import os
import re
from functools import lru_cache
from typing import Callable, Iterable, Iterator

from . import lexicon
from .model import Article, PubDate

SUFFIXES = (".txt", ".jsonl", ".json", ".csv")
MAX_BYTES = 20 * 1024 * 1024
_HEADER = re.compile(r"^\ufeff?\s*date\s+(\S+)[ \t]?")
Warn = Callable[[str], None]


def parse_date_header(value: str) -> PubDate | None:
    """A publication date from 'YYYY-MM-DD' or 'YYYY-MM'; None when it is not a real date."""
    m = re.fullmatch(r"\s*(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:[T ].*)?\s*", value or "")
    if not m:
        return None
    y, mo = int(m.group(1)), int(m.group(2))
    try:
        if m.group(3):
            d = dt.date(y, mo, int(m.group(3)))
            return PubDate(d, d, "day")
        return PubDate(dt.date(y, mo, 1), dt.date(y, mo, calendar.monthrange(y, mo)[1]), "month")
    except ValueError:
        return None


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
    return lines, publine, dateline, data["heading"], {m: i + 1 for i, m in enumerate(cal["months"])}


def is_residue(line: str) -> bool:
    """True for share/navigation, 'gewijzigd', 'Bron:' and publication lines."""
    lines, publine, *_ = _residue()
    s = line.strip()
    return bool(s) and (any(p.fullmatch(s) for p in lines) or bool(publine.fullmatch(s)))


def is_heading(line: str) -> bool:
    """A short line without final punctuation: a heading, not a sentence."""
    *_, heading, _m = _residue()
    s = line.strip()
    return bool(s) and s[-1] not in heading["final_punctuation"] and len(s.split()) <= heading["max_words"]


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


def _decode(raw: bytes, name: str, warn: Warn) -> str | None:
    if not raw.strip():
        warn(f"{name}: empty file, skipped")
        return None
    if raw[:4] == b"%PDF" or raw[:8] == b"\x89PNG\r\n\x1a\n" or raw[:3] == b"\xff\xd8\xff" or raw[:2] == b"PK":
        warn(f"{name}: binary file (not text), skipped")
        return None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    if b"\x00" in raw[:4096]:
        warn(f"{name}: binary file (NUL bytes), skipped")
        return None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        warn(f"{name}: not UTF-8, read as Windows-1252")
        return raw.decode("cp1252", errors="replace")


def _txt(path: str, text: str, warn: Warn) -> Iterator[Article]:
    m = _HEADER.match(text)
    aid = os.path.splitext(os.path.basename(path))[0]
    if not m:
        warn(f"{path}: no 'date YYYY-MM' line at the start; its events get no date")
        body, pub = text, None
    else:
        body = text[m.end():]
        pub = parse_date_header(m.group(1))
        if pub is None:
            warn(f"{path}: date {m.group(1)!r} is not a real date; its events get no date")
    pub = _refine(pub, body, path, warn)
    yield _article(aid, body, pub, path=path)


def _refine(pub: PubDate | None, body: str, name: str, warn: Warn) -> PubDate | None:
    """Make a month-only date day-precise when a publication line agrees with it."""
    day = publication_line(body)
    if day is None:
        return pub
    if pub is None or pub.start <= day <= pub.end:
        return PubDate(day, day, "day")
    warn(f"{name}: publication line {day} disagrees with the date line {pub.iso}; kept {pub.iso}")
    return pub


def _article(aid: str, text: str, pub: PubDate | None, **kw) -> Article:
    place, skips = layout(text)
    return Article(id=aid, text=text, published=pub, dateline=place, skip_spans=skips, **kw)


def _record(row: dict, where: str, path: str, warn: Warn) -> Article | None:
    if not isinstance(row, dict):
        warn(f"{where}: not an object with id, date, text; skipped")
        return None
    text = row.get("text")
    aid = str(row.get("id") or "").strip()
    if not aid or not isinstance(text, str) or not text.strip():
        warn(f"{where}: missing id or text; skipped")
        return None
    date = str(row.get("date") or "")
    pub = parse_date_header(date)
    if pub is None:
        warn(f"{where}: article {aid}: date {date!r} is not a date; its events get no date")
    pub = _refine(pub, text, where, warn)
    return _article(aid, text, pub, title=str(row.get("title") or ""), url=str(row.get("url") or ""),
                    source=str(row.get("source") or ""), path=path)


def _jsonl(path: str, text: str, warn: Warn) -> Iterator[Article]:
    stripped = text.lstrip()
    if path.endswith(".json") and stripped.startswith("["):
        try:
            rows = json.loads(stripped)
        except json.JSONDecodeError as e:
            warn(f"{path}: not valid JSON ({e.msg} at line {e.lineno}); skipped")
            return
        for i, row in enumerate(rows, 1):
            a = _record(row, f"{path}[{i}]", path, warn)
            if a:
                yield a
        return
    foreign = 0
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            warn(f"{path}:{n}: broken JSON line ({e.msg}); skipped, other lines kept")
            continue
        if isinstance(row, dict) and "text" not in row and "id" not in row:
            foreign += 1
            continue
        a = _record(row, f"{path}:{n}", path, warn)
        if a:
            yield a
    if foreign:
        warn(f"{path}: {foreign} line(s) are not articles (no id and no text, e.g. gold events); skipped")


def _csv(path: str, text: str, warn: Warn) -> Iterator[Article]:
    reader = csv.DictReader(io.StringIO(text))
    missing = {"id", "date", "text"} - set(reader.fieldnames or [])
    if missing:
        warn(f"{path}: CSV lacks the column(s) {', '.join(sorted(missing))}; skipped")
        return
    for n, row in enumerate(reader, 2):
        if None in row:
            warn(f"{path}:{n}: more cells than columns; extra cells ignored")
            row.pop(None)
        a = _record(row, f"{path}:{n}", path, warn)
        if a:
            yield a


READERS = {".txt": _txt, ".jsonl": _jsonl, ".json": _jsonl, ".csv": _csv}


def files(paths: Iterable[str], warn: Warn) -> list[str]:
    """Input files below the given files and folders, sorted, with warnings for the rest."""
    out = []
    for p in paths:
        if os.path.isdir(p):
            for root, dirs, names in os.walk(p):
                dirs.sort()
                out.extend(os.path.join(root, n) for n in sorted(names)
                           if n.lower().endswith(SUFFIXES) and not n.startswith("."))
        elif os.path.isfile(p):
            out.append(p)
        else:
            warn(f"{p}: no such file or folder")
    return out


def read_file(path: str, warn: Warn) -> Iterator[Article]:
    """Articles of one file; problems become warnings naming the file."""
    ext = os.path.splitext(path)[1].lower()
    reader = READERS.get(ext)
    if reader is None:
        warn(f"{path}: unknown file type {ext or '(none)'}; expected .txt, .jsonl, .json or .csv")
        return
    try:
        size = os.path.getsize(path)
        if size > MAX_BYTES:
            warn(f"{path}: {size // (1024 * 1024)} MB is larger than the {MAX_BYTES // (1024 * 1024)} MB limit; skipped")
            return
        with open(path, "rb") as fh:
            raw = fh.read()
    except OSError as e:
        warn(f"{path}: cannot be read ({e.strerror})")
        return
    text = _decode(raw, path, warn)
    if text is None:
        return
    if text.lstrip()[:15].lower().startswith(("<!doctype html", "<html")):
        warn(f"{path}: HTML page, not article text; skipped")
        return
    yield from reader(path, text, warn)


def read(paths: Iterable[str], warn: Warn) -> Iterator[Article]:
    """Every article below the given paths; a repeated article id is skipped with a warning."""
    seen: dict[str, str] = {}
    for f in files(paths, warn):
        for a in read_file(f, warn):
            if a.id in seen:
                warn(f"{f}: article id {a.id!r} already read from {seen[a.id]}; skipped")
                continue
            seen[a.id] = f
            yield a
