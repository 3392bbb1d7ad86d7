"""Read articles from .txt, .jsonl/.json, .csv and .zip files into Article values, with clear warnings.

Error policy: a bad file, archive member or record costs only itself, with one warning that
names it and the reason; what can be read is read. Limits bound what hostile input can cost.
"""
from __future__ import annotations

import calendar
import csv
import datetime as dt
import io
import json
import lzma
import os
import re
import zipfile
import zlib
from typing import Callable, Iterable, Iterator

# what of a text is article text, and its language (re-exported: callers use articles.is_residue ...)
from .layout import _languages, is_heading, is_residue, language, layout, publication_line  # noqa: F401
from .model import Article, PubDate

SUFFIXES = (".txt", ".jsonl", ".json", ".csv")  # article files
ARCHIVES = (".zip",)  # read member by member, in memory
MB = 1024 * 1024
MAX_BYTES = 20 * MB  # one file or archive member
MAX_LINE = 100_000  # characters in one line of article text: longer is data, not prose
MAX_ZIP_BYTES = 200 * MB  # uncompressed bytes read from one archive (zip bombs)
MAX_ZIP_MEMBERS = 10_000
_BINARY = ((b"%PDF", "PDF"), (b"\x89PNG", "PNG image"), (b"\xff\xd8\xff", "JPEG image"), (b"GIF8", "GIF image"),
           (b"PK\x03\x04", "zip archive or Office document"), (b"\x1f\x8b", "gzip archive"),
           (b"\xd0\xcf\x11\xe0", "Office document"), (b"7z\xbc\xaf", "7-Zip archive"))
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe", "utf-16"),
         (b"\xfe\xff", "utf-16"))  # UTF-32 first: its little-endian BOM begins with UTF-16's
_HTML_START = re.compile(r"\s*<(?:!doctype\s+html|html|head|body|meta|title|div|p|script|table)\b", re.IGNORECASE)
_HTML_END_TAG = re.compile(r"</(?:p|div|span|a|li|td|tr|script|style|html|body|head|h[1-6])\s*>", re.IGNORECASE)
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


def _text_problem(text: str) -> str:
    """Why a text is no article text (a web page, a line too long to be prose), or ''."""
    if _HTML_START.match(text[:1000]) or len(_HTML_END_TAG.findall(text, 0, 100_000)) >= 3:
        return "HTML page, not article text"
    n, longest = max(enumerate(text.splitlines(), 1), key=lambda line: len(line[1]), default=(0, ""))
    if len(longest) > MAX_LINE:
        return f"line {n} has {len(longest):,} characters, more than the {MAX_LINE:,} of article text"
    return ""


def _decode(raw: bytes, name: str, warn: Warn) -> str | None:
    """The text of a file's bytes (UTF-8, UTF-16/32 with BOM, else Windows-1252), or None with a warning."""
    kind = next((k for magic, k in _BINARY if raw.startswith(magic)), None)
    if kind:
        warn(f"{name}: binary file ({kind}), not text; skipped")
        return None
    bom = next((enc for bom, enc in _BOMS if raw.startswith(bom)), None)
    if bom:
        try:
            return raw.decode(bom)
        except UnicodeDecodeError as e:
            warn(f"{name}: broken {bom.upper()} text ({e.reason} at byte {e.start}); skipped")
            return None
    if b"\x00" in raw[:4096]:
        warn(f"{name}: binary file (NUL bytes), not text; skipped")
        return None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        warn(f"{name}: not UTF-8, read as Windows-1252 (Latin-1)")
        return raw.decode("cp1252", errors="replace")


def _txt(where: str, text: str, warn: Warn) -> Iterator[Article]:
    """One article: a ' date YYYY-MM[-DD]' line, then the text; the file name is its id."""
    m = _HEADER.match(text)
    body = text[m.end():] if m else text
    problem = "no text after the date line" if not body.strip() else _text_problem(body)
    if problem:
        warn(f"{where}: {problem}; skipped")
        return
    aid = os.path.splitext(os.path.basename(where))[0]
    pub = None
    if not m:
        warn(f"{where}: no 'date YYYY-MM' line at the start; its events get no date")
    else:
        pub = parse_date_header(m.group(1))
        if pub is None:
            warn(f"{where}: date {m.group(1)!r} is not a real date; its events get no date")
    pub = _refine(pub, body, where, warn)
    yield _article(aid, body, pub, warn, where, path=where)


def _refine(pub: PubDate | None, body: str, name: str, warn: Warn) -> PubDate | None:
    """Make a month-only date day-precise when a publication line agrees with it."""
    day = publication_line(body)
    if day is None:
        return pub
    if pub is None or pub.start <= day <= pub.end:
        return PubDate(day, day, "day")
    warn(f"{name}: publication line {day} disagrees with the date line {pub.iso}; kept {pub.iso}")
    return pub


def _article(aid: str, text: str, pub: PubDate | None, warn: Warn | None = None, where: str = "", **kw) -> Article:
    """An Article; one in another language is marked and kept out of extraction (one skip span)."""
    place, skips = layout(text)
    lang = language(text)
    if lang != "nl":
        if warn:
            warn(f"{where}: article {aid} is in {_languages()[1][lang]}, not Dutch; kept as '{lang}', "
                 f"no events extracted from it")
        place, skips = "", ((0, len(text)),)
    return Article(id=aid, text=text, published=pub, dateline=place, skip_spans=skips, language=lang, **kw)


def _fields(row: dict, where: str, warn: Warn) -> dict[str, str]:
    """A record's fields as text that UTF-8 can hold: lone surrogates (JSON "\\ud800") become '?'."""
    f = {k: "" if row.get(k) is None else str(row[k]) for k in ("id", "date", "title", "text", "url", "source")}
    try:
        "".join(f.values()).encode("utf-8")
    except UnicodeEncodeError:
        warn(f"{where}: invalid characters (lone UTF-16 surrogates) replaced by '?'")
        f = {k: v.encode("utf-8", errors="replace").decode("utf-8") for k, v in f.items()}
    return f


def _record(row, where: str, path: str, warn: Warn) -> Article | None:
    """An article from a JSON object or CSV row with id, date, text (title, url, source optional)."""
    if not isinstance(row, dict):
        warn(f"{where}: not an object with id, date, text; skipped")
        return None
    f = _fields(row, where, warn)
    aid, text = f["id"].strip(), f["text"]
    if not aid or not isinstance(row.get("text"), str) or not text.strip():
        warn(f"{where}: missing id or text; skipped")
        return None
    problem = _text_problem(text)
    if problem:
        warn(f"{where}: article {aid}: {problem}; skipped")
        return None
    pub = parse_date_header(f["date"])
    if pub is None:
        reason = f"date {f['date']!r} is not a date" if f["date"].strip() else "no date"
        warn(f"{where}: article {aid}: {reason}; its events get no date")
    pub = _refine(pub, text, where, warn)
    return _article(aid, text, pub, warn, where, title=f["title"], url=f["url"], source=f["source"], path=path)


def _records(rows: Iterable[tuple[str, object]], path: str, warn: Warn) -> Iterator[Article]:
    for where, row in rows:
        a = _record(row, where, path, warn)
        if a:
            yield a


def _json(path: str, text: str, warn: Warn) -> Iterator[Article]:
    """A JSON array of article objects (or one object); JSON lines in a .json file are read as such."""
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as e:
        if e.msg == "Extra data":
            yield from _jsonl(path, text, warn)
        else:
            warn(f"{path}: not valid JSON ({e.msg} at line {e.lineno}); skipped")
        return
    except (ValueError, RecursionError) as e:
        warn(f"{path}: not readable JSON ({type(e).__name__}: {e}); skipped")
        return
    rows = doc if isinstance(doc, list) else [doc]
    yield from _records(((f"{path}[{i}]", row) for i, row in enumerate(rows, 1)), path, warn)


def _jsonl(path: str, text: str, warn: Warn) -> Iterator[Article]:
    """One article object per line; a broken line costs only itself (one warning for all of them)."""
    broken: list[tuple[int, str]] = []
    foreign = 0
    rows = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            broken.append((n, e.msg))
            continue
        except (ValueError, RecursionError) as e:
            broken.append((n, type(e).__name__))
            continue
        if isinstance(row, dict) and "text" not in row and "id" not in row:
            foreign += 1
            continue
        rows.append((f"{path}:{n}", row))
    yield from _records(rows, path, warn)
    if broken:
        more = f" and {len(broken) - 1} more broken line(s)" if len(broken) > 1 else ""
        warn(f"{path}:{broken[0][0]}: broken JSON line ({broken[0][1]}){more}; skipped, other lines kept")
    if foreign:
        warn(f"{path}: {foreign} line(s) are not articles (no id and no text, e.g. gold events); skipped")


def _csv(path: str, text: str, warn: Warn) -> Iterator[Article]:
    """Rows with the columns id, date, text (title, url, source optional), comma or semicolon separated."""
    first = re.match(r"[^\r\n]*", text).group(0)
    sep = ";" if first.count(";") > first.count(",") else ","  # Dutch Excel writes semicolons
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=sep)  # newline="": CR, LF or CRLF rows
    csv.field_size_limit(MAX_BYTES)  # the default (128 KB) would refuse a long article
    try:
        missing = {"id", "date", "text"} - set(reader.fieldnames or [])
        if missing:
            warn(f"{path}: CSV lacks the column(s) {', '.join(sorted(missing))}; skipped")
            return
        yield from _records(_csv_rows(reader, path, warn), path, warn)
    except csv.Error as e:
        warn(f"{path}: broken CSV after line {reader.line_num} ({e}); the rest of the file skipped")


def _csv_rows(reader: csv.DictReader, path: str, warn: Warn) -> Iterator[tuple[str, dict]]:
    for row in reader:
        where = f"{path}:{reader.line_num}"
        if None in row:
            warn(f"{where}: more cells than columns; extra cells ignored")
            row.pop(None)
        yield where, row


READERS = {".txt": _txt, ".jsonl": _jsonl, ".json": _json, ".csv": _csv}


def files(paths: Iterable[str], warn: Warn) -> list[str]:
    """Input files below the given files and folders, sorted, with warnings for the rest."""
    out: list[str] = []
    for p in paths:
        if os.path.isdir(p):
            _walk(p, out)
        elif os.path.isfile(p):
            out.append(p)
        else:
            warn(f"{p}: no such file or folder")
    return out


def _walk(folder: str, out: list[str]) -> None:
    """The article files below a folder, as `os.walk` visits them (a folder's files by name, then its
    folders by name; links to folders not followed, unreadable folders passed over), each file told
    by its directory entry instead of a stat of its own."""
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError:
        return
    dirs = []
    for e in entries:
        try:
            is_dir = e.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            if not e.is_symlink():
                dirs.append(e.path)
        elif e.name.lower().endswith(SUFFIXES + ARCHIVES) and not e.name.startswith(".") and e.is_file():
            out.append(e.path)
    for d in dirs:
        _walk(d, out)


def _reader(where: str, warn: Warn):
    """The reader for a file name's extension, or None with a warning."""
    ext = os.path.splitext(where)[1].lower()
    if ext not in READERS:
        warn(f"{where}: unknown file type {ext or '(none)'}; expected {', '.join(SUFFIXES + ARCHIVES)}")
    return READERS.get(ext)


def read_bytes(where: str, raw: bytes, warn: Warn) -> Iterator[Article]:
    """Articles of one file's bytes, read by the extension of its name `where`."""
    reader = _reader(where, warn)
    text = _decode(raw, where, warn) if reader else None
    if text is None:
        return
    if not text.strip():
        warn(f"{where}: empty file, skipped")
        return
    if _HTML_START.match(text[:1000]):  # a web page saved under an article file's name
        warn(f"{where}: HTML page, not article text; skipped")
        return
    yield from reader(where, text, warn)


def read_file(path: str, warn: Warn) -> Iterator[Article]:
    """Articles of one file or zip archive; problems become warnings naming the file."""
    if path.lower().endswith(ARCHIVES):
        yield from _zip(path, warn)
        return
    if _reader(path, warn) is None:
        return
    try:
        with open(path, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            raw = fh.read(MAX_BYTES + 1) if size <= MAX_BYTES else b""
    except OSError as e:
        warn(f"{path}: cannot be read ({e.strerror})")
        return
    if max(size, len(raw)) > MAX_BYTES:
        warn(f"{path}: {max(size, len(raw)) / MB:.1f} MB is larger than the {MAX_BYTES // MB} MB limit; skipped")
        return
    yield from read_bytes(path, raw, warn)


def _unsafe(name: str) -> bool:
    """An archive member name that would leave the folder it is unpacked in."""
    return name.startswith(("/", "\\")) or bool(re.match(r"[A-Za-z]:", name)) or ".." in re.split(r"[/\\]", name)


_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, lzma.LZMAError, RuntimeError, NotImplementedError, EOFError, OSError)


def _members(archive: zipfile.ZipFile, path: str, warn: Warn) -> list[zipfile.ZipInfo]:
    """The article files of an archive in name order, at most MAX_ZIP_MEMBERS; unsafe names warned."""
    members = sorted((i for i in archive.infolist() if not i.is_dir()), key=lambda i: i.filename)
    if len(members) > MAX_ZIP_MEMBERS:
        warn(f"{path}: {len(members):,} members, more than the {MAX_ZIP_MEMBERS:,} read from one archive; "
             f"the rest skipped")
    out, other = [], 0
    for info in members[:MAX_ZIP_MEMBERS]:
        parts = info.filename.replace("\\", "/").split("/")
        if _unsafe(info.filename):
            warn(f"{path}: member {info.filename!r} has an unsafe name (absolute or with '..'); skipped")
        elif any(p.startswith(".") or p == "__MACOSX" for p in parts):
            continue  # hidden files and macOS resource forks, as in a folder
        elif os.path.splitext(parts[-1])[1].lower() in READERS:
            out.append(info)
        else:
            other += 1
    if other:
        warn(f"{path}: {other} member(s) of other types skipped (only {', '.join(READERS)}; "
             f"archives inside archives are not opened)")
    return out


def _zip(path: str, warn: Warn) -> Iterator[Article]:
    """Articles of a zip archive's members, read in memory (never unpacked to disk), within limits."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as e:
        warn(f"{path}: not a readable zip archive ({e}); skipped")
        return
    with archive:
        total = 0
        for info in _members(archive, path, warn):
            where = path + "/" + info.filename.replace("\\", "/")
            remaining = MAX_ZIP_BYTES - total
            try:
                with archive.open(info) as fh:
                    raw = fh.read(min(MAX_BYTES, remaining) + 1)  # never trust the sizes the archive states
            except _ZIP_ERRORS as e:
                warn(f"{where}: cannot be read from the archive ({type(e).__name__}: {e}); skipped")
                continue
            total += len(raw)
            if len(raw) > remaining:
                warn(f"{path}: more than {MAX_ZIP_BYTES // MB} MB uncompressed (a zip bomb?); "
                     f"{where} and the members after it skipped")
                return
            if len(raw) > MAX_BYTES:
                warn(f"{where}: larger than the {MAX_BYTES // MB} MB limit; skipped")
                continue
            yield from read_bytes(where, raw, warn)


def read(paths: Iterable[str], warn: Warn, today: dt.date | None = None) -> Iterator[Article]:
    """Every article below the given paths; a repeated article id is skipped and a publication
    date after `today` (default: the clock) is kept with a warning."""
    today = today or dt.date.today()
    seen: dict[str, str] = {}
    for f in files(paths, warn):
        for a in read_file(f, warn):
            if a.id in seen:
                warn(f"{a.path}: article id {a.id!r} already read from {seen[a.id]}; skipped")
                continue
            seen[a.id] = a.path
            if a.published and a.published.start > today:
                warn(f"{a.path}: article {a.id}: publication date {a.published.iso} is after today "
                     f"({today}); kept, check it")
            yield a
