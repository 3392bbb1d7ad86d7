"""Events for the dashboard: choose the source, load it, index it for fast filtering.

The dashboard caches what it loads on `source.key`: a hash of the corpus and lexicon
files, or the path, size and modification time of an event file (of an event store's
manifest, which every update replaces).
"""
from __future__ import annotations

import hashlib
import json
import os
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
    """All events (Arrow, export layout) plus flat arrays that filters and charts use."""
    table: pa.Table
    frame: pd.DataFrame  # type, status, precision (category), start, end (datetime), n_articles
    text: pa.ChunkedArray  # all evidence sentences of each event, for the text search
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


def build_store(table: pa.Table, warnings: list[str] | None = None) -> Store:
    """Index an event table: categorical columns, dates and exploded actor/article lists."""
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
    return Store(table=table, frame=frame, text=_evidence_text(table.column("evidence")),
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


def _complete(table: pa.Table) -> pa.Table:
    """Add any missing schema column as empty, so older or partial files still load."""
    for name in export.COLUMNS:
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
