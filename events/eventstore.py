"""The event store: a folder of Parquet parts and a manifest, updated incrementally and atomically.

    manifest.json                       the committed state: format, extractor version, and the names
                                        of the files below that make it up
    index-<run>.parquet                 the id, key, part and input file of every article, reading order
    inputs-<run>.parquet                size, time, article count and reading warnings of each input file
    parts/<run>-<n>.articles.parquet    the articles extracted in one batch (id, key, text, date ...)
    parts/<run>-<n>.events.parquet      their per-article events (export layout + article_key, seq)
    merged-<key>-<run>.parquet          merged events of the live per-article events, in partitions by
                                        the year of their date_start (key "none": undated, last), each
                                        written again only when an update changes its rows
    mergestate-<run>.parquet            each live per-article event's group (see events/mergestate.py)
    .lock                               held by the one process that writes the store

A store of format 1 (every article listed in manifest.json itself) reads the same and is
written in this format at its next run. During a run, what is kept per article is compact
(Arrow and NumPy arrays, no Python object per article), so memory stays flat with the corpus.
An article's key is the sha256 of its content (id, text, date, title, url, source) and the
extractor version as far as it concerns the article (the code and lexicon; of the trigger rules
only those that can match in its text, of the countries, organisations and people only those
extraction can read for it: `pipeline.article_key`), so a stored article is extracted again only
when it or that part of the extractor changed. An input file whose size and modification time are those of the committed run is
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
from array import array
from dataclasses import dataclass, field, fields
from typing import Iterator

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from . import export
from .articles import parse_date_header
from .model import Article, Event

FORMAT = 3  # 1: every article listed in manifest.json itself; 2: one merged file (both still read)
MANIFEST = "manifest.json"
PARTS = "parts"
EVENTS, ARTICLES = ".events.parquet", ".articles.parquet"
INDEX, INPUTS = "index-", "inputs-"  # index-<run>.parquet: the articles; inputs-<run>.parquet: the input files
OWN = (MANIFEST, PARTS, ".lock")  # what a store folder may hold besides the GENERATED files
GENERATED = ("merged-", "mergestate-", INDEX, INPUTS, ".tmp-")
STATE_VERSION = "merge.version"  # Parquet metadata of a merge state: the merge code it was made with
ARTICLE_FIELDS = ("id", "title", "url", "source", "path", "text")
LAYOUT = "events.layout"  # Parquet metadata: field order and JSON columns of the events
_NAME = pa.dictionary(pa.int32(), pa.string())  # part and file names repeat: kept as codes in memory
INDEX_SCHEMA = pa.schema([("id", pa.string()), ("key", pa.string()), ("part", _NAME), ("file", _NAME)])
INPUTS_SCHEMA = pa.schema([("file", pa.string()), ("size", pa.int64()), ("mtime_ns", pa.int64()),
                           ("n", pa.int64()), ("warnings", pa.list_(pa.string()))])
KEY_WIDTH = 64  # an article key: sha256 as hex


class StoreError(Exception):
    """The folder cannot serve as an event store; the message names it and says why."""


@dataclass
class Manifest:
    """A state of the store, as Arrow tables (no Python object per article): `articles` holds every
    article's id, key, part and input file in reading order; `inputs` the input files that need not
    be read again while unchanged (size, mtime_ns, articles, reading warnings)."""
    version: str
    articles: pa.Table = field(default_factory=INDEX_SCHEMA.empty_table)
    inputs: pa.Table = field(default_factory=INPUTS_SCHEMA.empty_table)
    merged: list[str] | None = None  # the merged files, in the merged order (see mergestate.Merged)
    state: str | None = None  # the merge's state: every per-article event's group (see `merge.remerge`)
    index: str | None = None  # the committed files holding `articles` and `inputs` (format 2)
    inputs_file: str | None = None

    def column(self, name: str) -> pa.ChunkedArray:
        """A column of `articles` with plain strings (part and file are dictionary-coded)."""
        col = self.articles.column(name)
        return col.cast(pa.string()) if pa.types.is_dictionary(col.type) else col

    @property
    def keys(self) -> list[str]:
        return self.column("key").to_pylist()

    def part_names(self) -> list[str]:
        """The parts that hold live articles, in order of first use."""
        if not self.articles.num_rows:
            return []
        part = _recode(self.articles.column("part").combine_chunks())
        return part.dictionary.take(pc.unique(part.indices)).to_pylist()

    def by_part(self) -> dict[str, pa.Array]:
        """Keys of the live articles of each part, parts in order of first use."""
        if not self.articles.num_rows:
            return {}
        part = _recode(self.articles.column("part").combine_chunks())
        keys = self.articles.column("key").combine_chunks()
        codes = part.indices.to_numpy(zero_copy_only=False)
        names = part.dictionary.to_pylist()
        order = np.argsort(codes, kind="stable")
        bounds = np.searchsorted(codes[order], np.arange(len(names) + 1))
        first = {c: i for i, c in enumerate(pc.unique(part.indices).to_pylist())}  # codes in order of first use
        out = {}
        for c in sorted(first, key=first.get):
            out[names[c]] = keys.take(pa.array(order[bounds[c]:bounds[c + 1]]))
        return out

    def same(self, other: "Manifest | None", articles_only: bool = False) -> bool:
        """The same state: version, articles (id, key, part, file), inputs, merged file and state;
        with `articles_only`, the same articles and base version (trigger rules and actor entries may
        differ where they concern none of them: the keys say so)."""
        if other is None or (base_of(other.version) != base_of(self.version) if articles_only
                             else other.version != self.version):
            return False
        if not articles_only and ((self.merged, self.state) != (other.merged, other.state)
                                  or not _same_table(self.inputs, other.inputs)):
            return False
        return _same_table(self.articles, other.articles)


def _same_table(a: pa.Table, b: pa.Table) -> bool:
    """Equal rows, dictionary-coded columns compared by their values (a slice at a time)."""
    if a.num_rows != b.num_rows or a.column_names != b.column_names:
        return False
    step = 65536
    for name in a.column_names:
        for i in range(0, a.num_rows, step):
            x, y = a.column(name).slice(i, step), b.column(name).slice(i, step)
            if pa.types.is_dictionary(x.type):
                x = x.cast(x.type.value_type)
            if pa.types.is_dictionary(y.type):
                y = y.cast(y.type.value_type)
            if not x.equals(y):
                return False
    return True


def base_of(version: str) -> str:
    """The part of an extractor version that every article's key holds (see `pipeline.article_key`):
    what comes before "/"; the rest are the digests of the trigger rules and of the actor entries,
    which keys hold only in part."""
    return version.split("/", 1)[0]


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
    if not isinstance(data, dict) or data.get("format") not in (1, 2, FORMAT):
        fmt = data.get("format") if isinstance(data, dict) else None
        raise StoreError(f"{path}: store format {fmt!r}, this code reads 1 to {FORMAT}")
    try:
        if data["format"] == 1:
            return _manifest_v1(data)
        m = Manifest(data["version"], merged=_merged_names(data["merged"]), state=data.get("state"),
                     index=data["index"], inputs_file=data["inputs"])
        for name in (m.index, m.inputs_file):
            if not isinstance(name, str) or os.path.basename(name) != name or not name.startswith((INDEX, INPUTS)):
                raise ValueError(f"index file {name!r}")
    except (KeyError, IndexError, TypeError, ValueError, pa.ArrowException) as exc:
        raise StoreError(f"{path}: not a complete store manifest ({type(exc).__name__}: {exc})") from exc
    m.articles = _read_index(folder, m.index, INDEX_SCHEMA, data.get("articles"))
    m.inputs = _read_index(folder, m.inputs_file, INPUTS_SCHEMA, None)
    return m


def _manifest_v1(data: dict) -> Manifest:
    """A manifest of format 1 (every article in the JSON text), as the tables of this format."""
    parts, files, arts = data["parts"], data["files"], data["articles"]
    articles = pa.table({"id": pa.array(arts["id"], pa.string()), "key": pa.array(arts["key"], pa.string()),
                         "part": pa.DictionaryArray.from_arrays(pa.array(arts["part"], pa.int32()),
                                                                pa.array(parts, pa.string())),
                         "file": pa.DictionaryArray.from_arrays(pa.array(arts["file"], pa.int32()),
                                                                pa.array(files, pa.string()))}, schema=INDEX_SCHEMA)
    for name in ("part", "file"):
        articles.column(name).validate(full=True)  # an index past its list raises ArrowInvalid
    inputs = data["inputs"]
    table = pa.table({"file": list(inputs), "size": [v[0] for v in inputs.values()],
                      "mtime_ns": [v[1] for v in inputs.values()], "n": [v[2] for v in inputs.values()],
                      "warnings": [v[3] for v in inputs.values()]}, schema=INPUTS_SCHEMA)
    return Manifest(data["version"], articles, table, _merged_names(data["merged"]), data.get("state"))


def _merged_names(value) -> list[str] | None:
    """The merged files a manifest names: a list (format 3), one name (formats 1 and 2) or none."""
    names = [value] if isinstance(value, str) else value
    if names is not None and (not isinstance(names, list) or not all(
            isinstance(n, str) and os.path.basename(n) == n and n.startswith("merged-") for n in names)):
        raise ValueError(f"merged files {value!r}")
    return names


def _read_index(folder: str, name: str, schema: pa.Schema, rows: int | None) -> pa.Table:
    """The articles or inputs file a manifest names, checked against its schema (and row count)."""
    path = os.path.join(folder, name)
    try:
        t = pq.read_table(path, read_dictionary=[f.name for f in schema if pa.types.is_dictionary(f.type)])
        t = t.select(schema.names).cast(schema)
    except (OSError, KeyError, pa.ArrowException) as exc:
        raise StoreError(f"{path}: cannot be read as the store's {'article' if schema is INDEX_SCHEMA else 'input file'} "
                         f"index ({type(exc).__name__}: {exc})") from exc
    if rows is not None and t.num_rows != rows:
        raise StoreError(f"{path}: holds {t.num_rows} articles, the manifest says {rows}")
    return t


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
    datasets = [ds.dataset(os.path.join(folder, name)) for name in manifest.merged]
    if not datasets:
        t = events_table([])
        return t.select(columns) if columns else t
    return concat_parts([d.to_table(filter=filter, columns=columns).replace_schema_metadata(d.schema.metadata)
                         for d in datasets])


def concat_parts(tables: list[pa.Table]) -> pa.Table:
    """Event tables one after the other (a store's merged partitions), in the first one's field order;
    a column typed null in one takes the type of another; the layout's JSON columns those of any."""
    if not tables:
        return events_table([])
    layouts = [json.loads((t.schema.metadata or {}).get(LAYOUT.encode(), b"{}")) for t in tables]
    t = pa.concat_tables([t.replace_schema_metadata(None) for t in tables], promote_options="default")
    if not layouts[0]:
        return t.replace_schema_metadata(tables[0].schema.metadata)
    layout = dict(layouts[0], json=sorted({c for lay in layouts for c in lay.get("json", [])}))
    return t.replace_schema_metadata({LAYOUT: json.dumps(layout)})


def _per_article(folder: str, manifest: Manifest, filter, columns, with_keys: bool = False,
                 only: set[str] | None = None) -> pa.Table:
    """Live per-article events of every part (or of the articles with keys in `only`), ordered by
    article (reading order) and mention; `with_keys` keeps the column article_key."""
    wanted = None if columns is None else list(dict.fromkeys([*columns, "article_key", "seq"]))
    tables = []
    for part, keys in _live_parts(manifest, only):
        live = ds.field("article_key").isin(keys)
        tables.append(ds.dataset(_part_file(folder, part, EVENTS)).to_table(
            filter=live if filter is None else live & filter, columns=wanted))
    if not tables:
        return events_table([]).select(columns) if columns else events_table([])
    t = pa.concat_tables(tables, promote_options="default")
    pos = pc.index_in(t.column("article_key"), value_set=manifest.articles.column("key").combine_chunks())
    order = pc.sort_indices(pa.table({"pos": pos, "seq": t.column("seq")}),
                            sort_keys=[("pos", "ascending"), ("seq", "ascending")])
    helpers = [c for c in ("article_key", "seq") if (columns is None or c not in columns)
               and not (with_keys and c == "article_key")]
    return t.drop_columns(helpers).take(order)


def _live_parts(manifest: Manifest, only: set[str] | None = None) -> Iterator[tuple[str, pa.Array]]:
    """(part, keys of its live articles), or only of those with keys in `only`; parts without any left out."""
    wanted = None if only is None else pa.array(sorted(only), pa.string())
    for part, keys in manifest.by_part().items():
        if wanted is not None:
            keys = keys.filter(pc.is_in(keys, value_set=wanted))
        if len(keys):
            yield part, keys


def value_counts(folder: str, names: tuple[str, ...] = ("type", "status")) -> tuple[int, dict[str, dict[str, int]]]:
    """(number of events, value -> count for each column in `names`) of what `read(folder)` returns,
    counted batch by batch: memory does not grow with the store."""
    manifest = read_manifest(folder)
    if manifest is None:
        raise StoreError(f"{folder}: not an event store (no {MANIFEST})")
    counts: dict[str, collections.Counter] = {n: collections.Counter() for n in names}
    total = 0
    if manifest.merged is not None:
        scans = [ds.dataset(os.path.join(folder, name)).to_batches(columns=list(names)) for name in manifest.merged]
    else:
        scans = (ds.dataset(_part_file(folder, part, EVENTS)).to_batches(
            columns=list(names), filter=ds.field("article_key").isin(keys)) for part, keys in _live_parts(manifest))
    for scan in scans:
        for batch in scan:
            total += batch.num_rows
            for n in names:
                for c in pc.value_counts(batch.column(n)).to_pylist():
                    counts[n][c["values"]] += c["counts"]
    return total, {n: dict(c) for n, c in counts.items()}


def events(folder: str) -> list[dict]:
    """The store's events (merged when it has them) as the dicts the pipeline made, in its order."""
    return records(read(folder))


def events_table(events: list[dict]) -> pa.Table:
    """Events in the export layout, remembering their field order and which columns hold JSON text."""
    names = list(events[0]) if events else [f.name for f in fields(Event)]
    table, nested = export.table_and_json(events)
    layout = json.dumps({"fields": names, "json": sorted(nested)})
    return table.replace_schema_metadata({LAYOUT: layout})


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


def _write_table(t, f) -> None:
    """A table, or rows that write themselves a row group at a time (`mergestate.Ordered`), as Parquet."""
    if isinstance(t, pa.Table):
        pq.write_table(t, f, row_group_size=export.ROW_GROUP)
    else:
        t.write(f, export.ROW_GROUP)


class Writer:
    """The one writer of a store during a run: finds what is stored, adds parts, commits atomically.

    What it remembers per article during a run is kept compact (Arrow arrays, NumPy and `array`
    columns, no Python object per article): a run over a million articles would otherwise hold
    millions of small objects, and pin the memory of every batch between them."""

    def __init__(self, folder: str, version: str) -> None:
        self.folder = folder
        self.version = version
        self.run = time.strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:8]
        self.written = 0  # parts written by this run
        self._log = _RunLog()
        self._pending: Manifest | None = None
        self._lock = _Lock(_prepare(folder))
        try:
            self.committed = read_manifest(folder)
            self.known = _Known(folder, self.committed)
            self._inputs = (_Inputs(self.committed) if self.committed is not None
                            and self.committed.version == version else None)
        except BaseException:
            self._lock.release()
            raise

    def __enter__(self) -> "Writer":
        return self

    def __exit__(self, *exc) -> None:
        self._lock.release()  # an uncommitted run leaves the old manifest in force

    @property
    def pending(self) -> Manifest:
        """The state this run recorded so far (made from the run's log when asked for)."""
        if self._pending is None:
            self._pending = self._log.manifest(self.version)
        return self._pending

    @pending.setter
    def pending(self, manifest: Manifest) -> None:
        self._pending = manifest

    def same_articles(self, merge: bool) -> bool:
        """True when this run recorded exactly the committed articles, to be merged or not as they were."""
        c, p = self.committed, self.pending
        return c is not None and (c.merged is not None) == merge and p.same(c, articles_only=True)

    def has(self, key: str) -> bool:
        """True when an article with this key (content and extractor version) is stored already."""
        return self.known.part(key) is not None

    def reuse_file(self, path: str) -> tuple[list[tuple[str, str, str]], list[str]] | None:
        """(id, key, part) of every article of an input file unchanged since the committed run, and its
        reading warnings; None when the file must be read."""
        if self._inputs is None:
            return None
        found = self._inputs.find(path)
        if found is None:
            return None
        size, mtime, n, warnings, rows = found
        try:
            st = os.stat(path)
        except OSError:
            return None
        if (st.st_size, st.st_mtime_ns) != (size, mtime) or len(rows) != n:
            return None
        self._log.input(path, size, mtime, n, warnings)
        ids, keys, (codes, names) = self._inputs.ids, self._inputs.keys, self._inputs.parts
        return [(ids[i].as_py(), keys[i].as_py(), names[codes[i]]) for i in rows.tolist()], warnings

    def read_file(self, path: str, st: os.stat_result, n: int, warnings: list[str]) -> None:
        """Remember an input file just read (its size and time before reading): the next run need not
        read it again while it is unchanged and all its articles are stored."""
        self._log.input(path, st.st_size, st.st_mtime_ns, n, warnings)

    def add(self, items: list[tuple[str, str, str, Article | None, str | None]],
            extracted: dict[str, list[dict]]) -> None:
        """Record (file, id, key, article, part) items in reading order (part: where a stored article
        is, or None); the newly extracted articles go into one new part. An article neither stored
        nor extracted (its extraction failed) is left out."""
        new = [(a, k, extracted[k]) for _, _, k, a, _ in items if k in extracted and not self.has(k)]
        part = self._write_part(new) if new else None
        fresh = {k for _, k, _ in new}
        for path, aid, key, _, stored in items:
            where = part if key in fresh else stored
            if where is not None:
                self._log.article(path, aid, key, where)
        self._pending = None

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
        t, keys = self.pending_table(only)
        return records(t), keys

    def pending_table(self, only: set[str] | None = None) -> tuple[pa.Table, list[str]]:
        """`pending_events` as one Arrow table (the export layout, `records` turns rows into dicts)."""
        t = _per_article(self.folder, self.pending, None, None, with_keys=True, only=only)
        if "article_key" not in t.column_names:  # no events at all
            return t, []
        return t.drop_columns(["article_key"]), t.column("article_key").to_pylist()

    def pending_articles(self, only: set[str] | None = None) -> dict[str, Article]:
        """The articles recorded in this run (or those with keys in `only`; what merging reads: text,
        date, source), by id."""
        out: dict[str, Article] = {}
        for part, keys in _live_parts(self.pending, only):
            rows = ds.dataset(_part_file(self.folder, part, ARTICLES)).to_table(
                filter=ds.field("key").isin(keys)).to_pylist()
            out.update((r["id"], _article(r)) for r in rows)
        return out

    def commit(self, merged: "Merged | None") -> None:
        """Make this run's state the store's: merged file and merge state, then the manifest; then
        remove garbage."""
        if merged is not None:
            names = []
            for key, t in merged.parts():
                if not isinstance(t, str):  # rows to write; a name: a committed file that stays
                    name = f"merged-{key}-{self.run}.parquet"
                    export._atomic_write(os.path.join(self.folder, name), lambda f, t=t: _write_table(t, f))
                    t = name
                names.append(t)
            self.pending.merged = names
            self.pending.state = f"mergestate-{self.run}.parquet"
            export._atomic_write(os.path.join(self.folder, self.pending.state),
                                 lambda f: _write_table(merged.state, f))
        self._write_manifest()

    def keep(self) -> None:
        """End a run whose articles are the committed ones: the merged events stay as they are."""
        self.pending.merged, self.pending.state = self.committed.merged, self.committed.state
        self._write_manifest()

    def merge(self, incremental: bool = True, say=None) -> "Merged":
        """Merged events of the articles this run recorded. When the committed store has a merge
        made by this merge code, only what the added and removed articles can touch is merged again
        (`merge.remerge`; the same events as merging everything again); else everything is merged.
        `say`, when given, is told which of the two runs and why."""
        from . import mergestate
        c, say = self.committed, say or (lambda text: None)
        why = "no merge stored yet"
        if incremental and c is not None and c.merged is not None and c.state and not mergestate.partitioned(c.merged):
            why = "the stored merged events are in one file (an older store)"
        elif incremental and c is not None and c.merged is not None and c.state:
            old = mergestate.read_state(os.path.join(self.folder, c.state))
            why = "the stored merge was made by other merge code"
            if old is not None and base_of(c.version) == base_of(self.pending.version):
                say("updating the merged events for the articles added, changed or removed")
                return mergestate.update(self, old)
            if old is not None:
                why = "the extractor changed"
        say(f"merging the events of all {self.pending.articles.num_rows:,} articles ({why}); "
            "on a large store this takes minutes (--no-merge skips it)")
        return mergestate.full(self)

    def _write_manifest(self) -> None:
        """Commit (unless nothing changed): the article and input indexes under new names, then the
        manifest that names them; then remove garbage. A file with an article that was not stored
        (failed, or a repeated id) is read again next time."""
        p, c = self.pending, self.committed
        p.inputs = _complete_inputs(p.inputs, p.articles)
        if p.same(c) and c.index is not None:  # a manifest of format 1 is written again in this one
            p.index, p.inputs_file = c.index, c.inputs_file
        else:
            p.index, p.inputs_file = f"{INDEX}{self.run}.parquet", f"{INPUTS}{self.run}.parquet"
            for name, t in ((p.index, p.articles), (p.inputs_file, p.inputs)):
                export._atomic_write(os.path.join(self.folder, name), lambda f, t=t: pq.write_table(t, f))
            data = json.dumps({"format": FORMAT, "version": p.version, "merged": p.merged, "state": p.state,
                               "index": p.index, "inputs": p.inputs_file, "articles": p.articles.num_rows},
                              ensure_ascii=False, indent=1).encode("utf-8")
            export._atomic_write(os.path.join(self.folder, MANIFEST), lambda f: f.write(data))
        self.collect_garbage()

    def collect_garbage(self) -> None:
        """Remove parts no article uses, merged files and indexes of earlier runs, and temp files of
        killed writes."""
        p = self.pending
        live = set(p.part_names())
        parts = os.path.join(self.folder, PARTS)
        for name in os.listdir(parts):
            if name.split(".")[0] not in live:
                os.unlink(os.path.join(parts, name))
        keep = {*(p.merged or ()), p.state, p.index, p.inputs_file}
        for name in os.listdir(self.folder):
            if name.startswith(GENERATED) and name not in keep:
                os.unlink(os.path.join(self.folder, name))


def _complete_inputs(inputs: pa.Table, articles: pa.Table) -> pa.Table:
    """The input files whose articles were all stored (each file once, its last entry), in run order."""
    if not inputs.num_rows:
        return inputs
    t = inputs.append_column("row", pa.array(np.arange(inputs.num_rows)))
    last = t.group_by("file", use_threads=False).aggregate([("row", "max")]).column("row_max")
    t = t.take(pc.sort_indices(last))
    files = _recode(articles.column("file").combine_chunks())
    if len(files):
        per_code = np.bincount(files.indices.to_numpy(zero_copy_only=False), minlength=len(files.dictionary))
        stored = pa.table({"file": files.dictionary, "stored": pa.array(per_code, pa.int64())})
        stored = stored.group_by("file", use_threads=False).aggregate([("stored", "sum")])
        at = pc.index_in(t.column("file"), value_set=stored.column("file"))
        count = pc.fill_null(pc.take(stored.column("stored_sum"), at), 0)
    else:
        count = pa.array(np.zeros(t.num_rows, "int64"))
    t = t.filter(pc.equal(count, t.column("n")))
    t = t.take(pc.sort_indices(t.column("row")))
    return t.select(INPUTS_SCHEMA.names).cast(INPUTS_SCHEMA)


class _Strings:
    """An append-only list of strings held as Arrow chunks: no Python object per string once a chunk
    of CHUNK is full."""
    CHUNK = 4096

    def __init__(self) -> None:
        self.chunks: list[pa.Array] = []
        self.tail: list[str] = []
        self.n = 0

    def append(self, value: str) -> int:
        self.tail.append(value)
        if len(self.tail) == self.CHUNK:
            self.chunks.append(pa.array(self.tail, pa.string()))
            self.tail = []
        self.n += 1
        return self.n - 1

    def __len__(self) -> int:
        return self.n

    def __getitem__(self, i: int) -> str:
        chunk, at = divmod(i, self.CHUNK)
        return self.chunks[chunk][at].as_py() if chunk < len(self.chunks) else self.tail[at]

    def array(self) -> pa.Array:
        return pa.concat_arrays([*self.chunks, pa.array(self.tail, pa.string())])


class _RunLog:
    """What a run recorded, in reading order: each stored article's id, key, part and file, and each
    input file read or found unchanged (size, mtime_ns, articles, reading warnings)."""

    def __init__(self) -> None:
        self.ids, self.keys = _Strings(), _Strings()
        self.part, self.file = array("i"), array("i")  # codes into self.parts and self.files
        self.parts: dict[str, int] = {}  # part -> code: one per batch
        self.files = _Strings()  # one per input file (in a row of its articles)
        self._last_file: str | None = None
        self.in_file, self.in_size, self.in_mtime, self.in_n = _Strings(), array("q"), array("q"), array("q")
        self.in_warnings: dict[int, list[str]] = {}  # only the files that have warnings

    def input(self, path: str, size: int, mtime: int, n: int, warnings: list[str]) -> None:
        if warnings:
            self.in_warnings[len(self.in_file)] = list(warnings)
        self.in_file.append(path)
        self.in_size.append(size)
        self.in_mtime.append(mtime)
        self.in_n.append(n)

    def article(self, path: str, aid: str, key: str, part: str) -> None:
        if path != self._last_file:  # a file's articles come one after another
            self.files.append(path)
            self._last_file = path
        self.ids.append(aid)
        self.keys.append(key)
        self.part.append(self.parts.setdefault(part, len(self.parts)))
        self.file.append(len(self.files) - 1)

    def manifest(self, version: str) -> Manifest:
        codes = {name: np.frombuffer(arr, "int32") if len(arr) else np.zeros(0, "int32")
                 for name, arr in (("part", self.part), ("file", self.file))}
        part = pa.DictionaryArray.from_arrays(pa.array(codes["part"]), pa.array(list(self.parts), pa.string()))
        file = _recode(pa.DictionaryArray.from_arrays(pa.array(codes["file"]), self.files.array()))
        articles = pa.table([self.ids.array(), self.keys.array(), part, file], schema=INDEX_SCHEMA)
        n = len(self.in_file)
        warnings = [self.in_warnings.get(i, []) for i in range(n)] if self.in_warnings else [[]] * n
        inputs = pa.table([self.in_file.array(), pa.array(np.frombuffer(self.in_size, "int64") if n else [], pa.int64()),
                           pa.array(np.frombuffer(self.in_mtime, "int64") if n else [], pa.int64()),
                           pa.array(np.frombuffer(self.in_n, "int64") if n else [], pa.int64()),
                           pa.array(warnings, pa.list_(pa.string()))], schema=INPUTS_SCHEMA)
        return Manifest(version, articles, inputs)


def _recode(arr: pa.DictionaryArray) -> pa.DictionaryArray:
    """The same values with each name once in the dictionary (a file named twice on the command line,
    chunks of a Parquet file joined)."""
    if len(arr) and len(pc.unique(arr.dictionary)) < len(arr.dictionary):
        return arr.dictionary_decode().dictionary_encode()
    return arr


def _hex_keys(keys: pa.Array | pa.ChunkedArray) -> np.ndarray:
    """Article keys (64 hex characters each) as a NumPy array of fixed-width bytes, sortable."""
    arr = keys.combine_chunks() if isinstance(keys, pa.ChunkedArray) else keys
    if not len(arr):
        return np.zeros(0, f"S{KEY_WIDTH}")
    if arr.null_count or pc.any(pc.not_equal(pc.binary_length(arr), KEY_WIDTH)).as_py():
        raise ValueError(f"an article key is not {KEY_WIDTH} characters long")
    offsets = np.frombuffer(arr.buffers()[1], "int32")[arr.offset:arr.offset + len(arr) + 1]
    return np.frombuffer(arr.buffers()[2], "uint8")[offsets[0]:offsets[-1]].view(f"S{KEY_WIDTH}")


class _Known:
    """key -> part of every stored article: the manifest's, then complete parts of a killed run
    (sorted fixed-width keys and a part code each: about 70 bytes per stored article)."""

    def __init__(self, folder: str, manifest: Manifest | None) -> None:
        keys, codes, self.names = [], [], []
        if manifest is not None and manifest.articles.num_rows:
            part = _recode(manifest.articles.column("part").combine_chunks())
            keys.append(_hex_keys(manifest.articles.column("key")))
            codes.append(part.indices.to_numpy(zero_copy_only=False).astype("int32"))
            self.names = part.dictionary.to_pylist()
        listed = set(self.names)
        for name in sorted(os.listdir(os.path.join(folder, PARTS))):
            part = name[:-len(EVENTS)]
            if not name.endswith(EVENTS) or part in listed:
                continue
            path = _part_file(folder, part, ARTICLES)
            try:
                keys.append(_hex_keys(pq.read_table(path, columns=["key"]).column("key")))
            except (OSError, ValueError, pa.ArrowException) as exc:
                raise StoreError(f"{path}: cannot read the article keys of a part ({exc}); "
                                 "delete that part (it is not in the manifest) and run again") from exc
            codes.append(np.full(len(keys[-1]), len(self.names), "int32"))
            self.names.append(part)
        all_keys = np.concatenate(keys) if keys else np.zeros(0, f"S{KEY_WIDTH}")
        order = np.argsort(all_keys, kind="stable")  # the manifest's first: it wins a key found twice
        self.keys = all_keys[order]
        self.codes = (np.concatenate(codes) if codes else np.zeros(0, "int32"))[order]

    def part(self, key: str) -> str | None:
        k = key.encode("ascii", "replace")
        i = int(np.searchsorted(self.keys, k))
        return self.names[self.codes[i]] if i < len(self.keys) and self.keys[i] == k else None


def hash64(text: str) -> int:
    """A 64-bit hash of a string, the same in every process (for compact lookup tables)."""
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "little")


class _Inputs:
    """The committed input files: found by a hash of their path (then compared), with the rows of
    their articles in the committed index."""

    def __init__(self, manifest: Manifest) -> None:
        t = manifest.inputs
        self.files = t.column("file").combine_chunks()
        self.size, self.mtime, self.n = (array("q", t.column(c).to_numpy().astype("int64").tobytes())
                                         for c in ("size", "mtime_ns", "n"))
        self.warnings = t.column("warnings").combine_chunks()
        self.warned = array("b", pc.fill_null(pc.greater(pc.list_value_length(self.warnings), 0), False)
                            .to_numpy(zero_copy_only=False).astype("int8").tobytes())
        hashes = np.fromiter((hash64(p) for p in _strings(self.files)), "uint64", count=len(self.files))
        self.order = np.argsort(hashes, kind="stable")
        self.hashes = hashes[self.order]
        files = _recode(manifest.articles.column("file").combine_chunks())
        if len(files):  # the input row of each article, then articles grouped by input row
            of_name = pc.index_in(files.dictionary, value_set=self.files).to_numpy(zero_copy_only=False)
            row = np.nan_to_num(of_name.astype("float64"), nan=-1).astype("int64")[files.indices.to_numpy(zero_copy_only=False)]
        else:
            row = np.zeros(0, "int64")
        self.art_order = np.argsort(row, kind="stable")
        self.bounds = np.searchsorted(row[self.art_order], np.arange(len(self.files) + 1))
        part = _recode(manifest.articles.column("part").combine_chunks())
        self.parts = part.indices.to_numpy(zero_copy_only=False), part.dictionary.to_pylist()  # each article's part
        self.ids, self.keys = (manifest.articles.column(c).combine_chunks() for c in ("id", "key"))

    def find(self, path: str) -> tuple[int, int, int, list[str], np.ndarray] | None:
        """(size, mtime_ns, articles, warnings, rows of its articles) of a committed input file, or None."""
        h = np.uint64(hash64(path))
        i = int(np.searchsorted(self.hashes, h))
        while i < len(self.hashes) and self.hashes[i] == h:
            row = int(self.order[i])
            if self.files[row].as_py() == path:
                rows = self.art_order[self.bounds[row]:self.bounds[row + 1]]
                return (self.size[row], self.mtime[row], self.n[row],
                        self.warnings[row].as_py() if self.warned[row] else [], rows)
            i += 1
        return None


def _strings(arr: pa.Array, step: int = 65536) -> Iterator[str]:
    """The strings of an Arrow array, a slice at a time (few Python objects at once)."""
    for i in range(0, len(arr), step):
        yield from arr.slice(i, step).to_pylist()


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
        strangers = sorted(n for n in os.listdir(folder) if n not in OWN and not n.startswith(GENERATED))
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
