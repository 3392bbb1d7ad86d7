"""Event files and download bytes: JSONL, CSV (Excel-friendly, injection-safe) and Parquet.

Layouts:
- JSONL: one event object per line, exactly as extracted (UTF-8, non-ASCII kept).
- Parquet: one row per event; list fields are list<string> columns, `evidence` is a
  JSON string (a list of {article_id, sentence, start, end}).
- CSV: one row per event, UTF-8 with BOM so Excel reads "Oekraïne"; list fields are
  joined with "; "; `evidence` holds the first evidence sentence and `n_evidence`
  the number of evidence sentences (the JSONL file keeps them all). Text cells that
  begin with = + - @ tab or CR get a leading ' so a spreadsheet never runs them
  as a formula (OWASP "CSV injection"); numeric columns stay numbers.
"""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

COLUMNS = ("event_id", "type", "cameo", "status", "date_start", "date_end", "date_precision",
           "date_text", "date_source", "actors", "source_actors", "target_actors", "people",
           "location", "evidence", "trigger", "rule", "article_ids", "titles", "urls", "sources",
           "published")
LIST_FIELDS = ("actors", "source_actors", "target_actors", "people", "article_ids", "titles",
               "urls", "sources", "published")
LIST_SEP = "; "
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
WRITERS = (".jsonl", ".csv", ".parquet")


def write_events(events: list[dict], path: str) -> None:
    """Write events to `path` as .jsonl, .csv or .parquet (by extension), atomically."""
    suffix = Path(path).suffix.lower()
    if suffix == ".jsonl":
        data = "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in events).encode("utf-8")
        _atomic_write(path, lambda f: f.write(data))
    elif suffix == ".csv":
        data = csv_bytes(flat_frame(events_table(events)))
        _atomic_write(path, lambda f: f.write(data))
    elif suffix == ".parquet":
        table = events_table(events)
        _atomic_write(path, lambda f: pq.write_table(table, f))
    else:
        raise ValueError(f"unknown event file extension {suffix or '(none)'!r} in {path!r}: "
                         f"use one of {', '.join(WRITERS)}")


def _atomic_write(path: str, write) -> None:
    """Write through a temp file in the same folder, then rename it over `path`."""
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=Path(path).suffix)
    try:
        with os.fdopen(fd, "wb") as f:
            write(f)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def events_table(events: list[dict]) -> pa.Table:
    """Events as an Arrow table in the Parquet layout (known columns first, extras after)."""
    extras = []
    for e in events:
        for k in e:
            if k not in COLUMNS and k not in extras:
                extras.append(k)
    arrays, names = [], []
    for name in list(COLUMNS) + extras:
        values = [e.get(name) for e in events]
        arrays.append(_column(name, values))
        names.append(name)
    return pa.Table.from_arrays(arrays, names=names)


def _column(name: str, values: list) -> pa.Array:
    """One Arrow column: lists of text as list<string>, nested values as JSON text."""
    if name in LIST_FIELDS:
        return pa.array([[str(x) for x in v] if v else [] for v in values], pa.list_(pa.string()))
    if name == "evidence" or any(isinstance(v, dict) for v in values) or any(
            isinstance(v, list) and any(isinstance(x, (dict, list)) for x in v) for v in values):
        return pa.array([None if v is None else json.dumps(v, ensure_ascii=False) for v in values],
                        pa.string())
    if any(isinstance(v, list) for v in values):
        return pa.array([[str(x) for x in v] if isinstance(v, list) else ([] if v is None else [str(v)])
                         for v in values], pa.list_(pa.string()))
    present = [v for v in values if v is not None]
    if present and all(isinstance(v, bool) for v in present):
        return pa.array(values, pa.bool_())
    if present and all(isinstance(v, int) and not isinstance(v, bool) for v in present):
        return pa.array(values, pa.int64())
    if present and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in present):
        return pa.array(values, pa.float64())
    return pa.array([None if v is None else str(v) for v in values], pa.string())


def flat_frame(table: pa.Table) -> pd.DataFrame:
    """One row per event for spreadsheets: lists joined, evidence reduced to its first sentence."""
    cols = {}
    for name in table.column_names:
        col = table.column(name)
        if pa.types.is_list(col.type):
            cols[name] = pd.Series(pc.binary_join(col.fill_null([]), LIST_SEP).to_pandas(),
                                   dtype=object)
        elif name == "evidence":
            first, count = _first_evidence(col.to_pylist())
            cols["evidence"] = pd.Series(first, dtype=object)
            cols["n_evidence"] = pd.Series(count, dtype="int64")
        elif pa.types.is_integer(col.type):
            cols[name] = col.to_pandas().astype("Int64")  # missing stays empty, not 3.0
        else:
            cols[name] = col.to_pandas()
    return pd.DataFrame(cols)


def _first_evidence(texts: list) -> tuple[list[str], list[int]]:
    """First sentence and number of sentences of each JSON evidence list."""
    first, count = [], []
    for t in texts:
        ev = json.loads(t) if t else []
        first.append(ev[0].get("sentence", "") if ev else "")
        count.append(len(ev))
    return first, count


def neutralise(df: pd.DataFrame) -> pd.DataFrame:
    """A copy where text cells that a spreadsheet would run as a formula start with '."""
    out = df.copy()
    for name in out.columns:
        col = out[name]
        if pd.api.types.is_numeric_dtype(col) or pd.api.types.is_bool_dtype(col):
            continue
        if pd.api.types.is_datetime64_any_dtype(col):
            continue
        out[name] = col.map(_neutral_cell)
    return out


def _neutral_cell(value):
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def csv_bytes(df: pd.DataFrame, sep: str = ",") -> bytes:
    """CSV bytes in UTF-8 with BOM, formula cells neutralised; sep=";" for Dutch-locale Excel."""
    # \r\n line ends (Excel's own) also make the csv module quote cells holding a lone \r
    return neutralise(_scalar_cells(df)).to_csv(index=False, sep=sep, lineterminator="\r\n").encode(
        "utf-8-sig")


def _scalar_cells(df: pd.DataFrame) -> pd.DataFrame:
    """Join list cells and dump dict cells so every CSV cell is one value."""
    out = df.copy()
    for name in out.columns:
        if out[name].dtype == object:
            out[name] = out[name].map(_scalar)
    return out


def _scalar(value):
    if isinstance(value, (list, tuple, np.ndarray)):
        if all(isinstance(x, str) for x in value):
            return LIST_SEP.join(value)
        return json.dumps(list(value), ensure_ascii=False, default=_json_default)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, default=_json_default)
    return value


def json_bytes(df: pd.DataFrame) -> bytes:
    """A UTF-8 JSON array of the rows; an `evidence` column of JSON text becomes objects again."""
    records = [{k: _json_value(v) for k, v in r.items()} for r in df.to_dict("records")]
    for r in records:
        ev = r.get("evidence")
        if isinstance(ev, str) and ev.startswith("["):
            try:
                r["evidence"] = json.loads(ev)
            except ValueError:
                pass
    return json.dumps(records, ensure_ascii=False, indent=1, default=_json_default).encode("utf-8")


def _json_value(value):
    """None for missing scalars (NaN, NaT, NA), which JSON cannot hold otherwise."""
    if isinstance(value, (list, tuple, dict, np.ndarray)):
        return value
    try:
        return None if pd.isna(value) else value
    except (TypeError, ValueError):
        return value


def _json_default(value):
    if isinstance(value, np.ndarray):
        return value.tolist()
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    if value is pd.NaT:
        return None
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")
