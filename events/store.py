"""Events for the dashboard: choose the source, load it, index it for fast filtering.

The dashboard caches what it loads on `source.key`: a hash of the corpus and lexicon
files, or the path, size and modification time of an event file (of an event store's
manifest, which every update replaces).
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from events import eventstore, export

ROOT = Path(__file__).resolve().parent.parent
LEXICON = Path(__file__).resolve().parent / "lexicon"
EVENT_FILES = ("data/store", "data/events.parquet", "data/events.jsonl")  # the first that is newer wins
CORPUS = "data/articles"
ENV_VAR = "EVENTS_DATA"


@dataclass(frozen=True)
class Source:
    """Where the dashboard's events come from: an event file or the corpus to extract."""
    kind: str  # "file" or "corpus"
    path: str
    key: str
    label: str


@dataclass
class Store:
    """All events (Arrow, export layout; or a DiskTable) plus flat arrays that filters and charts use."""
    table: "pa.Table | DiskTable"
    frame: pd.DataFrame  # type, status, precision (category), start, end (datetime), n_articles
    text: pa.ChunkedArray | None  # all evidence sentences of each event (None: on disk, see text_hits)
    actor_codes: list[str]
    act_row: np.ndarray  # (row, actor id) pairs, one per actor of an event
    act_id: np.ndarray
    article_codes: list[str]
    art_row: np.ndarray
    art_id: np.ndarray
    pair_row: np.ndarray  # (row, source id, target id): who did what to whom
    pair_src: np.ndarray
    pair_tgt: np.ndarray
    order: np.ndarray  # rows sorted by start date, undated last
    # days since 1970-01-01 (UNDATED when missing) and months since 1970-01: fast binning
    day_start: np.ndarray = field(default_factory=lambda: np.zeros(0, "int64"))
    day_end: np.ndarray = field(default_factory=lambda: np.zeros(0, "int64"))
    month: np.ndarray = field(default_factory=lambda: np.zeros(0, "int64"))
    merged: bool = False
    warnings: list[str] = field(default_factory=list)

    def __len__(self) -> int:
        return self.table.num_rows


def choose_source(root: Path = ROOT, env: dict | None = None) -> Source:
    """$EVENTS_DATA if set; else the CLI's event store or file if newer than corpus and lexicon; else the corpus."""
    env = os.environ if env is None else env
    if env.get(ENV_VAR):
        path = Path(env[ENV_VAR])
        return Source("file", str(path), _file_key(path), path.name)
    inputs = _files(root / CORPUS) + _files(LEXICON)
    newest_input = max((p.stat().st_mtime for p in inputs), default=0.0)
    for rel in EVENT_FILES:
        path = _stamp(root / rel)
        if path.exists() and path.stat().st_mtime > newest_input:
            return Source("file", str(root / rel), _file_key(path), rel)
    return Source("corpus", str(root / CORPUS), content_key(inputs) + _code_version(), CORPUS)


def _code_version() -> str:
    """The extractor's version, so a new rule set is extracted anew even on the same corpus."""
    try:
        from events.extract import version
        return "-" + version()
    except Exception:  # an extractor that cannot load shows its error when extracting
        return ""


def _files(folder: Path) -> list[Path]:
    if not folder.exists():
        return []
    return sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.startswith("."))


def _stamp(path: Path) -> Path:
    """The file whose size and time say when `path` changed: an event store's manifest, else itself."""
    return path / eventstore.MANIFEST if path.is_dir() else path


def _file_key(path: Path) -> str:
    path = _stamp(path)
    try:
        st = path.stat()
        return f"{path.resolve()}:{st.st_size}:{st.st_mtime_ns}"
    except OSError:
        return f"{path}:missing"


def content_key(paths: list[Path]) -> str:
    """A hash of the names and contents of `paths`: the cache key of an extraction."""
    h = hashlib.sha256()
    for p in paths:
        h.update(str(p).encode("utf-8") + b"\0")
        h.update(p.read_bytes())
        h.update(b"\0")
    return h.hexdigest()


IN_MEMORY_ENV = "EVENTS_IN_MEMORY_MAX"
IN_MEMORY_MAX = 250_000  # events; above this a Parquet file or merged store stays on disk (DiskTable)
# what the filters, charts and facet counts use: read whole even when the rest stays on disk
INDEX_COLUMNS = ("event_id", "type", "status", "date_precision", "date_start", "date_end", "n_articles",
                 "actors", "source_actors", "target_actors", "article_ids")


def in_memory_max(env: dict | None = None) -> int:
    """The number of events above which a Parquet source is not loaded whole ($EVENTS_IN_MEMORY_MAX)."""
    env = os.environ if env is None else env
    value = env.get(IN_MEMORY_ENV, "")
    if not value:
        return IN_MEMORY_MAX
    try:
        limit = int(value)
    except ValueError:
        raise ValueError(f"{IN_MEMORY_ENV}={value!r}: give a whole number of events") from None
    if limit < 0:
        raise ValueError(f"{IN_MEMORY_ENV}={value!r}: give a number of events of 0 or more")
    return limit


def load(path: str, limit: int | None = None) -> Store:
    """An event file or store, indexed. A Parquet file or merged store of more than `limit` events
    (default `in_memory_max()`) stays on disk: only the index columns are read whole, and the
    evidence text, titles, links and the rest are read for the rows shown, searched or exported."""
    limit = in_memory_max() if limit is None else limit
    parquet = _parquet_of(path)
    if parquet and sum(pq.ParquetFile(f).metadata.num_rows for f in parquet) > limit:
        return build_store(DiskTable(parquet))
    table = read_table(path)
    notes = [] if table.num_rows <= limit else [
        f"{path}: {table.num_rows} events, more than {IN_MEMORY_ENV}={limit}, are held in memory: only a "
        ".parquet file or a merged store stays on disk (per-article events of a store and .jsonl are read whole)"]
    return build_store(table, notes)


def _parquet_of(path: str) -> list[str] | None:
    """The Parquet files holding the events of `path`, in order: itself, or a store's merged files."""
    if Path(path).is_dir():
        manifest = eventstore.read_manifest(path)
        if manifest is None or manifest.merged is None:
            return None  # per-article events live in many parts, in reading order: read whole
        return [os.path.join(path, name) for name in manifest.merged]
    return [path] if Path(path).suffix.lower() == ".parquet" else None


class DiskTable:
    """An event table that stays in Parquet files, one after the other (plus, optionally, rows in
    memory after them): the few table operations the dashboard uses, reading only the columns and
    rows asked for. Rows are found by the files' row groups, so files sorted by date (as a store's
    merged files and exports are) serve a page of date-sorted rows from one or two row groups."""

    def __init__(self, path: str | list[str], extra: pa.Table | None = None) -> None:
        self.paths = [path] if isinstance(path, str) else list(path)
        self.path = self.paths[0] if len(self.paths) == 1 else os.path.dirname(self.paths[0])  # for messages
        self.files = [pq.ParquetFile(p) for p in self.paths]
        self.groups = [(f, g) for f in self.files for g in range(f.metadata.num_row_groups)]
        self.starts = np.cumsum([0] + [f.metadata.row_group(g).num_rows for f, g in self.groups])
        self.n_file = int(self.starts[-1])
        schema = self._file_schema = eventstore.concat_parts([f.schema_arrow.empty_table() for f in self.files]).schema
        self.extra = None
        if extra is not None and extra.num_rows:
            empty = pa.concat_tables([schema.empty_table(), extra.slice(0, 0)], promote_options="permissive")
            schema = empty.schema
            self.extra = pa.concat_tables([empty, extra], promote_options="permissive").select(schema.names)
        self.schema = schema
        self._columns: dict[str, pa.ChunkedArray] = {}

    @property
    def num_rows(self) -> int:
        return self.n_file + (self.extra.num_rows if self.extra is not None else 0)

    @property
    def column_names(self) -> list[str]:
        return self.schema.names

    def append(self, extra: pa.Table) -> "DiskTable":
        """The same file with `extra` rows after the ones it has in memory."""
        rows = extra if self.extra is None else pa.concat_tables([self.extra, extra], promote_options="permissive")
        return DiskTable(self.paths, rows)

    def select(self, names: list[str]) -> pa.Table:
        """Whole columns (read from the files, then the rows in memory)."""
        file_names = [n for n in names if n in self._file_schema.names]
        t = self._joined([f.read(columns=file_names) for f in self.files], file_names)
        return self._with_extra(t, names)

    def _joined(self, tables: list[pa.Table], names: list[str]) -> pa.Table:
        """Tables read from the files as one, in the files' joined schema."""
        schema = pa.schema([self._file_schema.field(n) for n in names])
        if not tables:
            return schema.empty_table()
        return pa.concat_tables([t.select(names).cast(schema) for t in tables])

    def column(self, name: str) -> pa.ChunkedArray:
        if name not in self._columns:
            self._columns[name] = self.select([name]).column(name)
        return self._columns[name]

    def take(self, indices, columns: list[str] | None = None) -> pa.Table:
        """Rows by number, in the order given (all columns, or `columns`): only their row groups are read."""
        idx = np.asarray(indices.to_numpy(zero_copy_only=False) if isinstance(indices, (pa.Array, pa.ChunkedArray))
                         else indices, dtype="int64")
        if len(idx) and (idx.min() < 0 or idx.max() >= self.num_rows):
            raise IndexError(f"{self.path}: row {int(idx.max())} of {self.num_rows}")
        in_file = idx < self.n_file
        groups = np.unique(np.searchsorted(self.starts, idx[in_file], side="right") - 1)
        names = self.schema.names if columns is None else list(columns)
        in_file_names = [n for n in names if n in self._file_schema.names]
        pieces, offsets = [], {}
        for g in groups:
            offsets[int(g)] = sum(p.num_rows for p in pieces)
            f, local = self.groups[int(g)]
            pieces.append(f.read_row_group(local, columns=in_file_names))
        read = self._joined(pieces, in_file_names)
        read = self._with_extra(read, names)
        # position of each wanted row in `read`: row groups read, then the rows in memory
        g_of = np.searchsorted(self.starts, idx, side="right") - 1
        local = np.empty(len(idx), dtype="int64")
        for g in groups:
            sel = in_file & (g_of == g)
            local[sel] = offsets[int(g)] + idx[sel] - self.starts[g]
        local[~in_file] = read.num_rows - (self.extra.num_rows if self.extra is not None else 0) \
            + idx[~in_file] - self.n_file
        return read.take(pa.array(local, pa.int64()))

    def slice(self, offset: int, length: int = 1) -> pa.Table:
        return self.take(np.arange(offset, min(offset + length, self.num_rows)))

    def batches(self, name: str, within: np.ndarray | None = None):
        """(first row, one column) a row group at a time, then the rows in memory; with `within`
        (a mask of all rows) only the row groups and rows in memory that hold rows of it."""
        for g, (f, local) in enumerate(self.groups):
            start, end = int(self.starts[g]), int(self.starts[g + 1])
            if within is None or within[start:end].any():
                yield start, self._joined([f.read_row_group(local, columns=[name])], [name]).column(name)
        if self.extra is not None and (within is None or within[self.n_file:].any()):
            yield self.n_file, self.extra.column(name)

    def _with_extra(self, t: pa.Table, names: list[str]) -> pa.Table:
        for n in names:  # columns the file lacks (the rows in memory may have them)
            if n not in t.column_names:
                t = t.append_column(n, pa.nulls(t.num_rows, self.schema.field(n).type))
        t = t.select(names)
        if self.extra is None:
            return t
        return pa.concat_tables([t, self.extra.select(names).cast(t.schema)])


def take(table: "pa.Table | DiskTable", rows, columns: list[str]) -> pa.Table:
    """`columns` of the rows numbered `rows`: from a DiskTable only those columns are read."""
    rows = pa.array(np.asarray(rows, dtype="int64"), pa.int64())
    if isinstance(table, DiskTable):
        return table.take(rows, [c for c in columns if c in table.column_names])
    return table.select([c for c in columns if c in table.column_names]).take(rows)


def read_table(path: str) -> pa.Table:
    """An event file (.parquet or .jsonl) or event store folder as an Arrow table in the export layout."""
    if Path(path).is_dir():
        return eventstore.read(path)
    suffix = Path(path).suffix.lower()
    if suffix == ".parquet":
        return pq.read_table(path)
    if suffix == ".jsonl":
        with open(path, encoding="utf-8") as f:
            events = [json.loads(line) for line in f if line.strip()]
        return export.events_table(events)
    raise ValueError(f"{path}: an event file must end in .parquet or .jsonl (or be an event store folder)")


def extract_corpus(path: str, progress=None) -> tuple[list[dict], list[dict], list[str]]:
    """(per-article events, merged events or [] when merging is unavailable, warnings)."""
    from events.pipeline import extract_paths
    result = extract_paths([path], progress=progress)
    try:
        from events.merge import merge_events
    except ImportError:
        return result.events, [], list(result.warnings)
    merged = merge_events(result.events, {a.id: a for a in result.articles})
    return result.events, merged, list(result.warnings)


def build_store(table: "pa.Table | DiskTable", warnings: list[str] | None = None) -> Store:
    """Index an event table: categorical columns, dates and exploded actor/article lists. A
    DiskTable stays on disk: only its INDEX_COLUMNS are read here."""
    disk = table if isinstance(table, DiskTable) else None
    if disk is not None:
        table = _complete(disk.select([c for c in INDEX_COLUMNS if c in disk.column_names]),
                          [c for c in export.COLUMNS if c in INDEX_COLUMNS])
    table = _complete(table).combine_chunks()  # one chunk: taking a page of rows is 100x faster
    n = table.num_rows
    start = _dates(table.column("date_start"))
    end = _dates(table.column("date_end"))
    end = end.where(end.notna(), start)
    n_articles = (table.column("n_articles").to_numpy(zero_copy_only=False)
                  if "n_articles" in table.column_names else None)
    if n_articles is None:
        n_articles = pc.list_value_length(table.column("article_ids")).to_numpy(zero_copy_only=False)
    n_articles = np.maximum(np.nan_to_num(np.asarray(n_articles, dtype=float), nan=1), 1).astype("int32")
    frame = pd.DataFrame({
        "type": _category(table.column("type")),
        "status": _category(table.column("status")),
        "precision": _category(table.column("date_precision")),
        "start": start, "end": end, "n_articles": n_articles,
    })
    act_codes, act_row, act_id = _explode(table.column("actors"))
    art_codes, art_row, art_id = _explode(table.column("article_ids"))
    pair_row, pair_src, pair_tgt = _pairs(table, act_codes)
    day_start, day_end = _days(start), _days(end)
    order = np.argsort(day_start, kind="stable")  # undated rows carry the largest day: last
    return Store(table=table if disk is None else disk, frame=frame, text=None if disk else _evidence_text(table.column("evidence")),
                 actor_codes=act_codes, act_row=act_row, act_id=act_id,
                 article_codes=art_codes, art_row=art_row, art_id=art_id,
                 pair_row=pair_row, pair_src=pair_src, pair_tgt=pair_tgt, order=order,
                 day_start=day_start, day_end=day_end, month=_months(start),
                 merged="n_articles" in table.column_names, warnings=list(warnings or []))


UNDATED = np.iinfo("int64").max // 2


def _days(dates: pd.Series) -> np.ndarray:
    """Days since 1970-01-01 as int64, UNDATED for a missing date: integer binning is fast."""
    days = dates.to_numpy(dtype="datetime64[ns]").astype("datetime64[D]").astype("int64")
    return np.where(dates.isna().to_numpy(), UNDATED, days)


def _months(dates: pd.Series) -> np.ndarray:
    """Months since 1970-01 as int64 (meaningless where the date is missing)."""
    return dates.to_numpy(dtype="datetime64[ns]").astype("datetime64[M]").astype("int64")


def _complete(table: pa.Table, names=export.COLUMNS) -> pa.Table:
    """Add any missing schema column as empty, so older or partial files still load."""
    for name in names:
        if name not in table.column_names:
            typ = pa.list_(pa.string()) if name in export.LIST_FIELDS else pa.string()
            table = table.append_column(name, pa.nulls(table.num_rows, typ))
    return table


def _category(col: pa.ChunkedArray) -> pd.Categorical:
    enc = pc.dictionary_encode(pc.fill_null(col.cast(pa.string()), "")).combine_chunks()
    return pd.Categorical.from_codes(enc.indices.to_numpy(zero_copy_only=False).astype("int32"),
                                     categories=enc.dictionary.to_pylist())


def _dates(col: pa.ChunkedArray) -> pd.Series:
    """ISO dates as datetime64; anything else (null, a month, garbage) is NaT."""
    parsed = pc.strptime(col.cast(pa.string()), format="%Y-%m-%d", unit="s", error_is_null=True)
    return pd.Series(parsed.to_numpy(zero_copy_only=False).astype("datetime64[ns]"))


def _explode(col: pa.ChunkedArray) -> tuple[list[str], np.ndarray, np.ndarray]:
    """(codes, row of each list item, code id of each list item) for a list<string> column."""
    col = pc.fill_null(col, pa.scalar([], col.type)) if col.null_count else col
    flat = pc.list_flatten(col)
    rows = pc.list_parent_indices(col).to_numpy().astype("int64")
    if len(flat) == 0:
        return [], rows, np.zeros(0, dtype="int32")
    enc = pc.dictionary_encode(flat).combine_chunks()
    codes = enc.dictionary.to_pylist()
    return codes, rows, enc.indices.to_numpy(zero_copy_only=False).astype("int32")


def _pairs(table: pa.Table, codes: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every (source, target) pair of each event, coded with the actor ids of `codes`."""
    index = pd.Index(codes)
    sides = []
    for name in ("source_actors", "target_actors"):
        col = table.column(name)
        col = pc.fill_null(col, pa.scalar([], col.type)) if col.null_count else col
        ids = index.get_indexer(pd.Index(pc.list_flatten(col).to_pandas(), dtype=object))
        rows = pc.list_parent_indices(col).to_numpy().astype("int64")
        sides.append(pd.DataFrame({"row": rows[ids >= 0], name: ids[ids >= 0]}))
    pairs = sides[0].merge(sides[1], on="row")
    pairs = pairs[pairs["source_actors"] != pairs["target_actors"]]
    return (pairs["row"].to_numpy("int64"), pairs["source_actors"].to_numpy("int32"),
            pairs["target_actors"].to_numpy("int32"))


def _evidence_text(col: pa.ChunkedArray) -> pa.ChunkedArray:
    """The evidence sentences of each event joined, for the text search."""
    sep = pa.scalar(" … ", pa.large_string())
    return pa.chunked_array([pc.binary_join(export.evidence_sentences(col), sep)])


def text_hits(data: Store, text: str, within: np.ndarray | None = None) -> np.ndarray:
    """Rows (among `within`, all when None) whose evidence sentences contain `text` in any case.
    On disk the evidence column is read a row group at a time, only the row groups that hold rows
    of `within`, and only the rows whose JSON text holds `text` at all are parsed."""
    n = len(data)
    if data.text is not None:
        hits = _matches(data.text, text)
        return hits if within is None else hits & within
    hits = np.zeros(n, dtype=bool)
    if "evidence" not in data.table.column_names:
        return hits
    plain = PLAIN.fullmatch(text) is not None  # JSON writes such text as itself: a raw match is needed
    for start, col in data.table.batches("evidence", within):
        if plain:  # rows whose JSON text lacks `text` (and has no \\u escape) cannot have it in a sentence
            escaped = pc.fill_null(pc.match_substring(col, "\\u"), False).to_numpy(zero_copy_only=False)
            maybe = np.flatnonzero(_matches(col, text) | escaped)
            col = col.take(pa.array(maybe, pa.int64()))
        else:
            maybe = np.arange(len(col))
        hits[start + maybe] = _matches(_evidence_text(col), text)
    return hits if within is None else hits & within


PLAIN = re.compile(r"[A-Za-z0-9 ]+")  # JSON writes these (and what folds to them) as themselves or as \u


def _matches(joined: pa.ChunkedArray, text: str) -> np.ndarray:
    hits = pc.match_substring(joined, text, ignore_case=True)
    return pc.fill_null(hits, False).to_numpy(zero_copy_only=False)


GAZETTEERS = (("countries.toml", "country", "land"), ("organisations.toml", "organisation", "organisatie"))
SURFACE_FIELDS = ("names", "adjectives", "demonyms", "capitals", "seats")


def _records(folder: Path):
    """(group, record) for every country and organisation in the lexicon that can be read."""
    for file, table, group in GAZETTEERS:
        path = folder / file
        if not path.exists():
            continue
        try:
            with open(path, "rb") as f:
                data = tomllib.load(f)
        except (OSError, tomllib.TOMLDecodeError):
            continue  # display names only: the extractor reports lexicon errors loudly
        for rec in data.get(table, []):
            if isinstance(rec, dict) and rec.get("code"):
                yield group, rec


def load_names(folder: Path = LEXICON / "nl") -> dict[str, tuple[str, str]]:
    """code -> (Dutch name, group) from the lexicon; group is 'land' or 'organisatie'."""
    names: dict[str, tuple[str, str]] = {}
    for group, rec in _records(folder):
        if rec.get("name"):
            names.setdefault(str(rec["code"]), (str(rec["name"]), group))
    return names


def load_aliases(folder: Path = LEXICON / "nl") -> dict[str, list[str]]:
    """code -> every form that names it in a text (names, adjectives, capitals...), for highlighting."""
    aliases: dict[str, list[str]] = {}
    for _, rec in _records(folder):
        forms = aliases.setdefault(str(rec["code"]), [])
        for key in ("name",) + SURFACE_FIELDS:
            value = rec.get(key)
            forms += [value] if isinstance(value, str) else [v for v in value or [] if isinstance(v, str)]
    return aliases


def group_of(code: str, names: dict[str, tuple[str, str]]) -> str:
    """'land' or 'organisatie': from the lexicon, else three capitals count as a country."""
    if code in names:
        return names[code][1]
    return "land" if len(code) == 3 and code.isalpha() and code.isupper() else "organisatie"
