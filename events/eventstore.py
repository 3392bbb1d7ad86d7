"""The event store: a folder of Parquet parts and a manifest, updated incrementally and atomically.

    manifest.json                       the committed state: extractor version, the id, key, part
                                        and file of every article in reading order, the size and
                                        time of each input file, the merged file
    parts/<run>-<n>.articles.parquet    the articles extracted in one batch (id, key, text, date ...)
    parts/<run>-<n>.events.parquet      their per-article events (export layout + article_key, seq)
    merged-<run>.parquet                merged events of the live per-article events
    mergestate-<run>.parquet            each live per-article event's group (see events/mergestate.py)
    .lock                               held by the one process that writes the store

An article's key is the sha256 of its content (id, text, date, title, url, source) and the
extractor version, so a stored article is extracted again only when it or the extractor
changed. An input file whose size and modification time are those of the committed run is
not even read again (like make): its articles and reading warnings come from the manifest.
Every file is written to a temporary name and renamed into place, and the manifest
last: a reader, or a writer killed at any moment, sees the previous state or the new one.
Parts written by a killed run are complete files; the next run finds and reuses them.
"""
from __future__ import annotations

import collections
import errno
import fcntl
import hashlib
import json
import os
import time
import uuid
from dataclasses import dataclass, field, fields

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from . import export
from .articles import parse_date_header
from .model import Article, Event

FORMAT = 1
MANIFEST = "manifest.json"
PARTS = "parts"
EVENTS, ARTICLES = ".events.parquet", ".articles.parquet"
OWN = (MANIFEST, PARTS, ".lock")  # what a store folder may hold besides merged-*, mergestate-* and .tmp-* files
STATE_VERSION = "merge.version"  # Parquet metadata of a merge state: the merge code it was made with
ARTICLE_FIELDS = ("id", "title", "url", "source", "path", "text")
LAYOUT = "events.layout"  # Parquet metadata: field order and JSON columns of the events


class StoreError(Exception):
    """The folder cannot serve as an event store; the message names it and says why."""


@dataclass
class Manifest:
    """A state of the store: every article's id, key, part and file (reading order), the input
    files that need not be read again while unchanged, and the merged file."""
    version: str
    ids: list[str] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)  # the part of each article
    files: list[str] = field(default_factory=list)  # the input file of each article
    inputs: dict[str, list] = field(default_factory=dict)  # file -> [size, mtime_ns, articles, warnings]
    merged: str | None = None
    state: str | None = None  # the merge's state: every per-article event's group (see `merge.remerge`)

    def by_part(self) -> dict[str, list[str]]:
        """Keys of the live articles of each part, parts in order of first use."""
        out: dict[str, list[str]] = {}
        for key, part in zip(self.keys, self.parts):
            out.setdefault(part, []).append(key)
        return out


def article_key(article: Article, version: str) -> str:
    """sha256 of what extraction reads from the article, and the extractor version."""
    pub = article.published.iso if article.published else None
    content = [article.id, article.text, pub, article.title, article.url, article.source, version]
    return hashlib.sha256(json.dumps(content, ensure_ascii=False).encode("utf-8")).hexdigest()


def read_manifest(folder: str) -> Manifest | None:
    """The committed state of the store in `folder`, or None when there is none yet."""
    path = os.path.join(folder, MANIFEST)
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise StoreError(f"{path}: cannot be read as a store manifest ({exc})") from exc
    if data.get("format") != FORMAT:
        raise StoreError(f"{path}: store format {data.get('format')!r}, this code reads {FORMAT}")
    try:
        parts, files, arts = data["parts"], data["files"], data["articles"]
        return Manifest(data["version"], arts["id"], arts["key"], [parts[i] for i in arts["part"]],
                        [files[i] for i in arts["file"]], data["inputs"], data["merged"], data.get("state"))
    except (KeyError, IndexError, TypeError) as exc:
        raise StoreError(f"{path}: not a complete store manifest ({type(exc).__name__}: {exc})") from exc


def _manifest_bytes(m: Manifest) -> bytes:
    parts, files = list(dict.fromkeys(m.parts)), list(dict.fromkeys(m.files))
    data = {"format": FORMAT, "version": m.version, "merged": m.merged, "state": m.state, "parts": parts, "files": files,
            "inputs": m.inputs, "articles": {"id": m.ids, "key": m.keys, "part": _indexes(m.parts, parts),
                                             "file": _indexes(m.files, files)}}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _indexes(values: list[str], names: list[str]) -> list[int]:
    index = {name: i for i, name in enumerate(names)}
    return [index[v] for v in values]


def read(folder: str, merged: bool | None = None, filter: ds.Expression | None = None,
         columns: list[str] | None = None) -> pa.Table:
    """The store's events in the export layout: merged when it has them (or `merged`), else per
    article in reading order; `filter` and `columns` are pushed down into the Parquet scan."""
    manifest = read_manifest(folder)
    if manifest is None:
        raise StoreError(f"{folder}: not an event store (no {MANIFEST})")
    return table(folder, manifest, merged, filter, columns)


def table(folder: str, manifest: Manifest, merged: bool | None = None, filter: ds.Expression | None = None,
          columns: list[str] | None = None) -> pa.Table:
    """Events of one state of the store (see `read`)."""
    if merged is None:
        merged = manifest.merged is not None
    if not merged:
        return _per_article(folder, manifest, filter, columns)
    if manifest.merged is None:
        raise StoreError(f"{folder}: holds no merged events (it was extracted with --no-merge)")
    return ds.dataset(os.path.join(folder, manifest.merged)).to_table(filter=filter, columns=columns)


def _per_article(folder: str, manifest: Manifest, filter, columns, with_keys: bool = False,
                 only: set[str] | None = None) -> pa.Table:
    """Live per-article events of every part (or of the articles with keys in `only`), ordered by
    article (reading order) and mention; `with_keys` keeps the column article_key."""
    wanted = None if columns is None else list(dict.fromkeys([*columns, "article_key", "seq"]))
    tables = []
    for part, keys in manifest.by_part().items():
        keys = keys if only is None else [k for k in keys if k in only]
        if not keys:
            continue
        live = ds.field("article_key").isin(keys)
        tables.append(ds.dataset(_part_file(folder, part, EVENTS)).to_table(
            filter=live if filter is None else live & filter, columns=wanted))
    if not tables:
        return events_table([]).select(columns) if columns else events_table([])
    t = pa.concat_tables(tables, promote_options="default")
    pos = pc.index_in(t.column("article_key"), value_set=pa.array(manifest.keys, pa.string()))
    order = pc.sort_indices(pa.table({"pos": pos, "seq": t.column("seq")}),
                            sort_keys=[("pos", "ascending"), ("seq", "ascending")])
    helpers = [c for c in ("article_key", "seq") if (columns is None or c not in columns)
               and not (with_keys and c == "article_key")]
    return t.drop_columns(helpers).take(order)


def events(folder: str) -> list[dict]:
    """The store's events (merged when it has them) as the dicts the pipeline made, in its order."""
    return records(read(folder))


def events_table(events: list[dict]) -> pa.Table:
    """Events in the export layout, remembering their field order and which columns hold JSON text."""
    names = list(events[0]) if events else [f.name for f in fields(Event)]
    nested = {"evidence"} | {k for e in events for k, v in e.items() if isinstance(v, dict) or (
        isinstance(v, list) and any(isinstance(x, (dict, list)) for x in v))}
    layout = json.dumps({"fields": names, "json": sorted(nested)})
    return export.events_table(events).replace_schema_metadata({LAYOUT: layout})


def records(t: pa.Table) -> list[dict]:
    """The dicts an `events_table` was made from: same field order, JSON text parsed again."""
    layout = json.loads((t.schema.metadata or {}).get(LAYOUT.encode(), b"{}"))
    names = [n for n in layout.get("fields", t.column_names) if n in t.column_names]
    nested = [n for n in layout.get("json", ["evidence"]) if n in names]
    rows = [{n: row[n] for n in names} for row in t.to_pylist()]
    for row in rows:
        for n in nested:
            if isinstance(row[n], str):
                row[n] = json.loads(row[n])
    return rows


def _part_file(folder: str, part: str, suffix: str) -> str:
    return os.path.join(folder, PARTS, part + suffix)


class Writer:
    """The one writer of a store during a run: finds what is stored, adds parts, commits atomically."""

    def __init__(self, folder: str, version: str) -> None:
        self.folder = folder
        self.run = time.strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:8]
        self.pending = Manifest(version)
        self.written = 0  # parts written by this run
        self._lock = _Lock(_prepare(folder))
        try:
            self.committed = read_manifest(folder)
            self.known = _known(folder, self.committed)
        except BaseException:
            self._lock.release()
            raise
        self._by_file: dict[str, list[int]] = {}  # committed articles of each input file
        for i, path in enumerate(self.committed.files if self.committed else []):
            self._by_file.setdefault(path, []).append(i)

    def __enter__(self) -> "Writer":
        return self

    def __exit__(self, *exc) -> None:
        self._lock.release()  # an uncommitted run leaves the old manifest in force

    def same_articles(self, merge: bool) -> bool:
        """True when this run recorded exactly the committed articles, to be merged or not as they were."""
        c = self.committed
        return c is not None and (c.ids, c.keys, c.parts, c.merged is not None) == (
            self.pending.ids, self.pending.keys, self.pending.parts, merge)

    def has(self, key: str) -> bool:
        """True when an article with this key (content and extractor version) is stored already."""
        return key in self.known

    def reuse_file(self, path: str) -> tuple[list[tuple[str, str]], list[str]] | None:
        """(id, key) of every article of an input file unchanged since the committed run, and its
        reading warnings; None when the file must be read."""
        c = self.committed
        if c is None or c.version != self.pending.version or path not in c.inputs:
            return None
        size, mtime, n, warnings = c.inputs[path]
        try:
            st = os.stat(path)
        except OSError:
            return None
        rows = self._by_file.get(path, [])
        if (st.st_size, st.st_mtime_ns) != (size, mtime) or len(rows) != n:
            return None
        self.pending.inputs[path] = c.inputs[path]
        return [(c.ids[i], c.keys[i]) for i in rows], warnings

    def read_file(self, path: str, st: os.stat_result, n: int, warnings: list[str]) -> None:
        """Remember an input file just read (its size and time before reading): the next run need not
        read it again while it is unchanged and all its articles are stored."""
        self.pending.inputs[path] = [st.st_size, st.st_mtime_ns, n, warnings]

    def add(self, items: list[tuple[str, str, str, Article | None]], extracted: dict[str, list[dict]]) -> None:
        """Record (file, id, key, article) items in reading order; the newly extracted articles go into
        one new part. An article neither stored nor extracted (its extraction failed) is left out."""
        new = [(a, k, extracted[k]) for _, _, k, a in items if k in extracted and k not in self.known]
        if new:
            part = self._write_part(new)
            self.known.update((k, part) for _, k, _ in new)
        for path, aid, key, _ in items:
            if key in self.known:
                for lst, value in ((self.pending.files, path), (self.pending.ids, aid),
                                   (self.pending.keys, key), (self.pending.parts, self.known[key])):
                    lst.append(value)

    def _write_part(self, new: list[tuple[Article, str, list[dict]]]) -> str:
        """Write the articles file, then the events file (whose presence marks the part complete)."""
        self.written += 1
        part = f"{self.run}-{self.written:05d}"
        arts = _articles_table([(a, k) for a, k, _ in new])
        events = [e for _, _, evs in new for e in evs]
        t = events_table(events)
        t = t.append_column("article_key", pa.array([k for _, k, evs in new for _ in evs], pa.string()))
        t = t.append_column("seq", pa.array([i for _, _, evs in new for i in range(len(evs))], pa.int32()))
        for suffix, data in ((ARTICLES, arts), (EVENTS, t)):
            export._atomic_write(_part_file(self.folder, part, suffix), lambda f, d=data: pq.write_table(d, f))
        return part

    def pending_events(self, only: set[str] | None = None) -> tuple[list[dict], list[str]]:
        """Per-article events of the articles recorded in this run (or of those with keys in `only`),
        in reading order, and the article key of each."""
        t = _per_article(self.folder, self.pending, None, None, with_keys=True, only=only)
        if "article_key" not in t.column_names:  # no events at all
            return records(t), []
        keys = t.column("article_key").to_pylist()
        return records(t.drop_columns(["article_key"])), keys

    def pending_articles(self, only: set[str] | None = None) -> dict[str, Article]:
        """The articles recorded in this run (or those with keys in `only`; what merging reads: text,
        date, source), by id."""
        out: dict[str, Article] = {}
        for part, keys in self.pending.by_part().items():
            keys = keys if only is None else [k for k in keys if k in only]
            if not keys:
                continue
            rows = ds.dataset(_part_file(self.folder, part, ARTICLES)).to_table(
                filter=ds.field("key").isin(keys)).to_pylist()
            out.update((r["id"], _article(r)) for r in rows)
        return out

    def commit(self, merged: "Merged | None") -> None:
        """Make this run's state the store's: merged file and merge state, then the manifest; then
        remove garbage."""
        if merged is not None:
            self.pending.merged = f"merged-{self.run}.parquet"
            self.pending.state = f"mergestate-{self.run}.parquet"
            for name, t in ((self.pending.merged, merged.events), (self.pending.state, merged.state)):
                export._atomic_write(os.path.join(self.folder, name), lambda f, t=t: pq.write_table(t, f))
        self._write_manifest()

    def keep(self) -> None:
        """End a run whose articles are the committed ones: the merged events stay as they are."""
        self.pending.merged, self.pending.state = self.committed.merged, self.committed.state
        self._write_manifest()

    def merge(self, incremental: bool = True) -> "Merged":
        """Merged events of the articles this run recorded. When the committed store has a merge
        made by this merge code, only what the added and removed articles can touch is merged again
        (`merge.remerge`; the same events as merging everything again); else everything is merged."""
        from . import mergestate
        c = self.committed
        if incremental and c is not None and c.merged and c.state:
            old = mergestate.read_state(os.path.join(self.folder, c.state))
            if old is not None and c.version == self.pending.version:
                return mergestate.update(self, old)
        return mergestate.full(self)

    def _write_manifest(self) -> None:
        """Commit (unless nothing changed), then remove garbage. A file with an article that was not
        stored (failed, or a repeated id) is read again next time."""
        stored = collections.Counter(self.pending.files)
        self.pending.inputs = {p: v for p, v in self.pending.inputs.items() if stored[p] == v[2]}
        if self.pending != self.committed:
            data = _manifest_bytes(self.pending)
            export._atomic_write(os.path.join(self.folder, MANIFEST), lambda f: f.write(data))
        self.collect_garbage()

    def collect_garbage(self) -> None:
        """Remove parts no article uses, merged files of earlier runs, and temp files of killed writes."""
        live = set(self.pending.parts)
        parts = os.path.join(self.folder, PARTS)
        for name in os.listdir(parts):
            if name.split(".")[0] not in live:
                os.unlink(os.path.join(parts, name))
        for name in os.listdir(self.folder):
            if (name.startswith("merged-") and name != self.pending.merged) or name.startswith(".tmp-") or (
                    name.startswith("mergestate-") and name != self.pending.state):
                os.unlink(os.path.join(self.folder, name))


def _articles_table(items: list[tuple[Article, str]]) -> pa.Table:
    cols = {name: pa.array([getattr(a, name) for a, _ in items], pa.string()) for name in ARTICLE_FIELDS}
    cols["published"] = pa.array([a.published.iso if a.published else None for a, _ in items], pa.string())
    cols["key"] = pa.array([k for _, k in items], pa.string())
    return pa.table(cols)


def _article(row: dict) -> Article:
    pub = parse_date_header(row["published"]) if row["published"] else None
    return Article(published=pub, **{name: row[name] for name in ARTICLE_FIELDS})


def _prepare(folder: str) -> str:
    """Create the store folder if needed; refuse a folder that holds other things."""
    if os.path.isdir(folder) and not os.path.exists(os.path.join(folder, MANIFEST)):
        strangers = sorted(n for n in os.listdir(folder) if n not in OWN and not n.startswith(("merged-", "mergestate-", ".tmp-")))
        if strangers:
            raise StoreError(f"{folder}: not an event store (no {MANIFEST}) and not empty "
                             f"({', '.join(strangers[:3])}); give a new or empty folder")
    try:
        os.makedirs(os.path.join(folder, PARTS), exist_ok=True)
    except OSError as exc:
        raise StoreError(f"{folder}: cannot create the store folder there ({exc.strerror or exc})") from exc
    return folder


class _Lock:
    """An exclusive lock on a store. A POSIX record lock (fcntl) dies with the process that holds
    it and, unlike flock, is not held by forked pool workers that may outlive a killed run."""
    held: set[str] = set()  # a POSIX lock does not exclude its own process: this set does

    def __init__(self, folder: str) -> None:
        self.path = os.path.realpath(os.path.join(folder, ".lock"))
        if self.path in self.held:
            raise StoreError(f"{folder}: another extraction is writing this store")
        try:
            self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise StoreError(f"{folder}: cannot write there ({exc.strerror or exc})") from exc
        try:
            fcntl.lockf(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            os.close(self.fd)
            if exc.errno in (errno.EAGAIN, errno.EACCES):
                raise StoreError(f"{folder}: another extraction is writing this store") from exc
            raise
        self.held.add(self.path)

    def release(self) -> None:
        self.held.discard(self.path)
        os.close(self.fd)


def _known(folder: str, manifest: Manifest | None) -> dict[str, str]:
    """key -> part of every stored article: the manifest's, then complete parts of a killed run."""
    known = dict(zip(manifest.keys, manifest.parts)) if manifest else {}
    listed = set(known.values())
    for name in sorted(os.listdir(os.path.join(folder, PARTS))):
        part = name[:-len(EVENTS)]
        if not name.endswith(EVENTS) or part in listed:
            continue
        keys = pq.read_table(_part_file(folder, part, ARTICLES), columns=["key"]).column("key").to_pylist()
        for key in keys:
            known.setdefault(key, part)
    return known

