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

import importlib
import io
import json
import os
import tempfile
from pathlib import Path


class _Later:
    """A module imported when first used, which then takes this stand-in's place among the globals:
    the extract command writing .jsonl needs none of numpy, pyarrow and pandas (0.4 s of start-up),
    a store no pandas of this module's."""

    def __init__(self, module: str, name: str) -> None:
        self._module, self._name = module, name

    def __getattr__(self, attr: str):
        module = importlib.import_module(self._module)
        globals()[self._name] = module
        return getattr(module, attr)


np = _Later("numpy", "np")
pa = _Later("pyarrow", "pa")
pc = _Later("pyarrow.compute", "pc")
pa_csv = _Later("pyarrow.csv", "pa_csv")
pa_json = _Later("pyarrow.json", "pa_json")
pq = _Later("pyarrow.parquet", "pq")
pd = _Later("pandas", "pd")

COLUMNS = ("event_id", "type", "cameo", "status", "date_start", "date_end", "date_precision",
           "date_text", "date_source", "actors", "source_actors", "target_actors", "people",
           "location", "evidence", "trigger", "rule", "article_ids", "titles", "urls", "sources",
           "published")
LIST_FIELDS = ("actors", "source_actors", "target_actors", "people", "article_ids", "titles",
               "urls", "sources", "published")
LIST_SEP = "; "
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
WRITERS = (".jsonl", ".csv", ".parquet")
ROW_GROUP = 16_384  # rows per Parquet row group: the dashboard reads a page of rows from one or two


_JSON = json.JSONEncoder(ensure_ascii=False)  # json.dumps(v, ensure_ascii=False) without an encoder made per call


def write_events(events: list[dict], path: str) -> None:
    """Write events to `path` as .jsonl, .csv or .parquet (by extension), atomically."""
    suffix = Path(path).suffix.lower()
    if suffix == ".jsonl":
        encode = _JSON.encode
        data = "".join([encode(e) + "\n" for e in events]).encode("utf-8")
        _atomic_write(path, lambda f: f.write(data))
    elif suffix == ".csv":
        data = csv_bytes(flat_frame(events_table(events)))
        _atomic_write(path, lambda f: f.write(data))
    elif suffix == ".parquet":
        table = events_table(events)
        _atomic_write(path, lambda f: pq.write_table(table, f, row_group_size=ROW_GROUP))
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
    return table_and_json(events)[0]


def table_and_json(events: list[dict]) -> tuple[pa.Table, list[str]]:
    """`events_table`, and the names of its fields that some event gives a dict or a list holding
    dicts or lists (and "evidence"): the fields a reader parses as JSON again (`eventstore.records`).
    Each column is looked at once, by the types of its values, not value by value."""
    known, extras = set(COLUMNS), []
    for e in events:
        if not known.issuperset(e):
            for k in e:
                if k not in known:
                    known.add(k)
                    extras.append(k)
    arrays, names, nested = [], [], []
    for name in list(COLUMNS) + extras:
        values = [e.get(name) for e in events]
        types = set(map(type, values))
        is_json = _is_json(name, values, types)
        arrays.append(_column(name, values, types, is_json))
        names.append(name)
        if is_json:
            nested.append(name)
    return pa.Table.from_arrays(arrays, names=names), nested


def _is_json(name: str, values: list, types: set) -> bool:
    """Whether a column is kept as JSON text: "evidence", or a dict, or a list holding a dict or a list,
    among its values (`types`: the values' types, so that most columns are decided without a pass)."""
    return name == "evidence" or any(issubclass(t, dict) for t in types) or (
        any(issubclass(t, list) for t in types)
        and any(isinstance(x, (dict, list)) for v in values if isinstance(v, list) for x in v))


def _column(name: str, values: list, types: set | None = None, is_json: bool | None = None) -> pa.Array:
    """One Arrow column: lists of text as list<string>, nested values as JSON text (`is_json`: a
    dict, or a list holding a dict or list, among the values; `types`: the values' types)."""
    if name in LIST_FIELDS:
        return pa.array([[str(x) for x in v] if v else [] for v in values], pa.list_(pa.string()))
    if types is None:
        types = set(map(type, values))
    if is_json is None:
        is_json = _is_json(name, values, types)
    if is_json:
        encode = _JSON.encode
        return pa.array([None if v is None else encode(v) for v in values], pa.string())
    if any(issubclass(t, list) for t in types):
        return pa.array([[str(x) for x in v] if isinstance(v, list) else ([] if v is None else [str(v)])
                         for v in values], pa.list_(pa.string()))
    present = types - {type(None)}
    if present and all(issubclass(t, bool) for t in present):
        return pa.array(values, pa.bool_())
    if present and all(issubclass(t, int) and not issubclass(t, bool) for t in present):
        return pa.array(values, pa.int64())
    if present and all(issubclass(t, (int, float)) and not issubclass(t, bool) for t in present):
        return pa.array(values, pa.float64())
    if present <= {str}:
        return pa.array(values, pa.string())  # as they are: each value str() would give itself
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
            sentences = evidence_sentences(col)
            first = pc.binary_join(pc.list_slice(sentences, 0, 1), pa.scalar("", pa.large_string()))
            cols["evidence"] = pd.Series(first.to_pandas(), dtype=object)
            cols["n_evidence"] = pd.Series(pc.list_value_length(sentences).to_numpy(zero_copy_only=False),
                                           dtype="int64")
        elif pa.types.is_integer(col.type):
            cols[name] = col.to_pandas().astype("Int64")  # missing stays empty, not 3.0
        else:
            cols[name] = col.to_pandas()
    return pd.DataFrame(cols)


def evidence_sentences(col: pa.ChunkedArray | pa.Array) -> pa.ListArray:
    """The sentences of each JSON evidence list, parsed by Arrow's JSON reader (10x json.loads)."""
    col = pa.chunked_array([col]) if isinstance(col, pa.Array) else col
    try:
        return _sentences_arrow(col)
    except (pa.ArrowException, ValueError):
        lists = []
        for t in col.to_pylist():
            try:
                ev = json.loads(t) if t else []
            except ValueError:
                ev = []
            ev = ev if isinstance(ev, list) else []
            lists.append([e.get("sentence") or "" for e in ev if isinstance(e, dict)])
        return pa.array(lists, pa.list_(pa.large_string()))


def _sentences_arrow(col: pa.ChunkedArray) -> pa.ListArray:
    """Wrap each JSON list as one line {"e": [...]}, read all lines at once."""
    big = lambda text: pa.scalar(text, pa.large_string())  # noqa: E731
    c = pc.fill_null(col.cast(pa.large_string()), big("[]")).combine_chunks()
    c = pc.if_else(pc.equal(c, big("")), big("[]"), c)
    if len(c) == 0:
        return pa.array([], pa.list_(pa.large_string()))
    lines = pc.binary_join_element_wise(big('{"e":'), c, big("}\n"), big(""))  # JSON has no raw newline
    _, offsets, body = lines.buffers()
    offs = np.frombuffer(offsets, dtype=np.int64)[lines.offset:lines.offset + len(lines) + 1]
    schema = pa.schema([("e", pa.list_(pa.struct([("sentence", pa.large_string())])))])
    parsed = pa_json.read_json(
        pa.BufferReader(body[int(offs[0]):int(offs[-1])]),
        read_options=pa_json.ReadOptions(block_size=1 << 24),
        parse_options=pa_json.ParseOptions(explicit_schema=schema, unexpected_field_behavior="ignore"))
    if parsed.num_rows != len(c):
        raise ValueError("evidence rows lost while parsing")
    ev = parsed.column("e").combine_chunks()
    sentences = pc.fill_null(pc.struct_field(ev.values, "sentence"), big(""))
    return pa.ListArray.from_arrays(ev.offsets, sentences)


def neutralise(df: pd.DataFrame) -> pd.DataFrame:
    """A copy where text cells that a spreadsheet would run as a formula start with '."""
    out = df.copy()
    for name in out.columns:
        col = out[name]
        if pd.api.types.is_numeric_dtype(col) or pd.api.types.is_bool_dtype(col):
            continue
        if pd.api.types.is_datetime64_any_dtype(col):
            continue
        if pd.api.types.infer_dtype(col, skipna=True) in ("string", "empty"):
            text = col.astype("str")  # vectorised: about 50x faster than a cell-by-cell map
            risky = text.str.startswith(FORMULA_START) & col.notna()
            out[name] = col.where(~risky, "'" + text)
        else:
            out[name] = col.map(_neutral_cell)
    return out


def _neutral_cell(value):
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def csv_bytes(df: pd.DataFrame, sep: str = ",") -> bytes:
    """CSV bytes in UTF-8 with BOM, formula cells neutralised; sep=";" for Dutch-locale Excel."""
    table = pa.Table.from_pandas(neutralise(_scalar_cells(df)), preserve_index=False)
    out = io.BytesIO()
    out.write("\ufeff".encode("utf-8"))
    # Arrow's writer: 1M rows in about 2 s where pandas takes 10; quotes only cells that need it
    # (separator, quote, CR or LF); \r\n line ends as Excel writes them
    pa_csv.write_csv(table, out, pa_csv.WriteOptions(delimiter=sep, quoting_style="needed", eol="\r\n"))
    return out.getvalue()


def _scalar_cells(df: pd.DataFrame) -> pd.DataFrame:
    """Join list cells and dump dict cells so every CSV cell is one value."""
    out = df.copy()
    for name in out.columns:
        if out[name].dtype == object and pd.api.types.infer_dtype(out[name], skipna=True) != "string":
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
    return records_bytes(df.to_dict("records"))


def records_bytes(records: list[dict]) -> bytes:
    """A UTF-8 JSON array with one record per line; evidence JSON text becomes objects again."""
    lines = []
    for r in records:
        r = {k: _json_value(v) for k, v in r.items()}
        ev = r.get("evidence")
        if isinstance(ev, str) and ev.startswith("["):
            try:
                r["evidence"] = json.loads(ev)
            except ValueError:
                pass
        lines.append(json.dumps(r, ensure_ascii=False, default=_json_default))
    return ("[\n" + ",\n".join(lines) + "\n]\n").encode("utf-8")


def _json_value(value):
    """None for missing scalars (NaN, NaT, NA), which JSON cannot hold otherwise."""
    if value is None or isinstance(value, (str, int, list, dict, np.ndarray)):
        return value
    if value is pd.NA or value is pd.NaT or (isinstance(value, float) and value != value):
        return None
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
