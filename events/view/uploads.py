"""Articles a visitor adds: bounded in number and size, extracted, and shown with the other events.

By default uploads live only in the visitor's session (a private temporary folder, removed at
once). Only when the operator sets EVENTS_ALLOW_SHARED_UPLOADS=1 are they also written to
data/uploads/ under a sanitised name, where every visitor's dashboard reads them.
"""
from __future__ import annotations

import hashlib
import os
import re
import tempfile
import unicodedata
from pathlib import Path
from typing import Mapping

import pyarrow as pa

from events import articles, export
from events.extract import extract_paths
from events.merge import merge_events
from events.store import ROOT, DiskTable
from events.view.labels import count

MAX_FILES = 20
MAX_FILE_MB = 5  # also server.maxUploadSize in .streamlit/config.toml
MAX_TOTAL_MB = 20
SUFFIXES = articles.SUFFIXES
SHARED_ENV = "EVENTS_ALLOW_SHARED_UPLOADS"
SHARED_FOLDER = ROOT / "data" / "uploads"
MB = 1024 * 1024


def shared_allowed(env: Mapping[str, str] | None = None) -> bool:
    """True only when the operator switched shared uploads on (EVENTS_ALLOW_SHARED_UPLOADS=1)."""
    return (os.environ if env is None else env).get(SHARED_ENV, "") == "1"


def shared_files() -> list[Path]:
    """The article files in the shared upload folder (none when it does not exist)."""
    if not SHARED_FOLDER.is_dir():
        return []
    return sorted(p for p in SHARED_FOLDER.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES)


def check(files: list[tuple[str, bytes]]) -> tuple[list[tuple[str, bytes]], list[str]]:
    """(files that may be read, Dutch reasons for the ones refused); too many or too much: none."""
    if len(files) > MAX_FILES:
        return [], [f"{len(files)} bestanden is te veel: hoogstens {MAX_FILES} tegelijk."]
    total = sum(len(data) for _, data in files)
    if total > MAX_TOTAL_MB * MB:
        return [], [f"{total / MB:.1f} MB samen is te veel: hoogstens {MAX_TOTAL_MB} MB tegelijk."]
    ok, problems = [], []
    for name, data in files:
        if Path(name).suffix.lower() not in SUFFIXES:
            problems.append(f"{_base(name)}: alleen .txt, .jsonl, .json of .csv; niet gelezen.")
        elif len(data) > MAX_FILE_MB * MB:
            problems.append(f"{_base(name)}: groter dan {MAX_FILE_MB} MB; niet gelezen.")
        else:
            ok.append((name, data))
    return ok, problems


def receive(files: list[tuple[str, bytes]],
            env: Mapping[str, str] | None = None) -> tuple[list[tuple[str, bytes]], list[str]]:
    """(files to extract for this session only, Dutch notes). Only when the operator switched shared
    uploads on are the files written to the shared folder instead, for every visitor."""
    ok, notes = check(files)
    if ok and shared_allowed(env):
        save(ok, SHARED_FOLDER)
        return [], notes + [f"{count(len(ok), 'bestand', 'bestanden')} toegevoegd aan de gedeelde artikelen."]
    return ok, notes


def _base(name: str) -> str:
    """The last part of a path as a visitor's browser may send it (/ or \\ separated)."""
    return re.split(r"[\\/]", name or "")[-1][:100]


def safe_name(name: str, data: bytes = b"") -> str:
    """A file name that cannot leave its folder: letters, digits, - and _ only, plus a content hash."""
    stem, suffix = os.path.splitext(unicodedata.normalize("NFKD", _base(name)))
    stem = re.sub(r"[^A-Za-z0-9_-]+", "-", stem.encode("ascii", "ignore").decode()).strip("-_")[:60]
    suffix = suffix.lower() if suffix.lower() in SUFFIXES else ".txt"
    digest = f"-{hashlib.sha256(data).hexdigest()[:8]}" if data else ""
    return f"{stem or 'artikel'}{digest}{suffix}"


def save(files: list[tuple[str, bytes]], folder: Path) -> list[Path]:
    """Write the files into `folder` under safe names; the same content is written once."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, data in files:
        path = folder / safe_name(name, data)
        if path.resolve().parent != folder.resolve():
            raise ValueError(f"{name!r} would be written outside {folder}")
        if not path.exists():
            path.write_bytes(data)
        paths.append(path)
    return paths


def extract(files: list[tuple[str, bytes]]) -> tuple[list[dict], list[str]]:
    """Per-article events of the files (read from a private folder removed afterwards), warnings."""
    with tempfile.TemporaryDirectory(prefix="uploads-") as tmp:
        save(files, Path(tmp))
        result = extract_paths([tmp])
    return result.events, [w.replace(tmp + os.sep, "") for w in result.warnings]


def extract_shared() -> tuple[list[dict], list[str]]:
    """Per-article events of the shared upload folder, and warnings."""
    result = extract_paths([str(SHARED_FOLDER)])
    return result.events, result.warnings


def digest(files: list[tuple[str, bytes]]) -> str:
    """A key for a set of uploaded files: their names and contents."""
    h = hashlib.sha256()
    for name, data in files:
        h.update(name.encode("utf-8") + b"\0" + hashlib.sha256(data).digest())
    return h.hexdigest()


def new_articles(events: list[dict], known: set[str]) -> tuple[list[dict], list[str]]:
    """Events of articles not yet shown; an uploaded article id that already exists is left out."""
    clash = sorted({a for e in events for a in e.get("article_ids") or [] if a in known})
    kept = [e for e in events if not set(e.get("article_ids") or []) & set(clash)]
    return kept, [f"Artikel {a} staat er al; de nieuwe versie is niet toegevoegd." for a in clash]


def combined_events(base: list[dict], extra: list[dict], merge: bool) -> list[dict]:
    """Per-article events of corpus and uploads together, merged across articles when asked."""
    events = base + extra
    return merge_events(events) if merge else events


def appended_table(base: pa.Table, extra: list[dict], merge: bool) -> pa.Table:
    """An event file's table with the uploaded events (merged among themselves) added."""
    events = merge_events(extra) if merge else extra
    if isinstance(base, DiskTable):  # the file stays on disk, the uploaded events follow it in memory
        return base.append(export.events_table(events))
    return pa.concat_tables([base, export.events_table(events)], promote_options="permissive")


def summary(events: list[dict], files: int) -> str:
    """'3 bestanden gelezen, 12 gebeurtenissen gevonden.'"""
    return (f"{count(files, 'bestand', 'bestanden')} gelezen, "
            f"{count(len(events), 'gebeurtenis', 'gebeurtenissen')} gevonden.")
