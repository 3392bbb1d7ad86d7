"""The filtered events as rows: one page for the grid, and every row for the downloads."""
from __future__ import annotations

import json
import re
from typing import Mapping

import numpy as np
import pandas as pd
import pyarrow as pa

from events import export
from events.store import Store, take
from events.view.filters import date_span
from events.view.labels import PRECISION_NL, STATUS_NL, TYPE_NL, conflict_nl, name

PAGE_SIZE = 100


def safe_url(url: str) -> str:
    """The URL when it is http(s), else '' (never a javascript: or data: link)."""
    url = (url or "").strip()
    return url if re.match(r"https?://", url, re.IGNORECASE) else ""


def first_sentences(table: pa.Table) -> list[str]:
    """The first evidence sentence of each row of an event table."""
    out = []
    for t in table.column("evidence").to_pylist():
        ev = json.loads(t) if t else []
        out.append(ev[0].get("sentence", "") if ev else "")
    return out


def conflicts(table: pa.Table) -> list[str]:
    """Each row's disagreement between reports in Dutch words, '' when the reports agree."""
    if "conflict" not in table.column_names:
        return [""] * table.num_rows
    return [conflict_nl(c) if c else "" for c in table.column("conflict").to_pylist()]


def table_page(store: Store, rows: np.ndarray, names: Mapping, page: int = 0,
               size: int = PAGE_SIZE) -> pd.DataFrame:
    """One page of the filtered events as display columns, indexed by row number."""
    part = rows[page * size:(page + 1) * size]
    t = take(store.table, part, ["actors", "evidence", "conflict", "titles", "urls", "event_id"])
    fr = store.frame.iloc[part]

    def first(col):
        return [v[0] if v else "" for v in t.column(col).to_pylist()]
    return pd.DataFrame({
        "Datum": fr["start"].to_numpy(), "Tot": fr["end"].to_numpy(),
        "Precisie": [PRECISION_NL.get(p, p) for p in fr["precision"].astype(str)],
        "Type": [TYPE_NL.get(v, v) for v in fr["type"].astype(str)],
        "Status": [STATUS_NL.get(v, v) for v in fr["status"].astype(str)],
        "Actoren": [[name(a, names) for a in (v or [])] for v in t.column("actors").to_pylist()],
        "Bewijs": first_sentences(t),
        "Tegenspraak": conflicts(t),
        "Artikel": first("titles"),
        "Link": [safe_url(u) or None for u in first("urls")],
        "Artikelen": fr["n_articles"].to_numpy(),
        "ID": t.column("event_id").to_pylist(),
    }, index=pd.Index(part, name="rij"))


def export_table(store: Store, rows: np.ndarray) -> pa.Table:
    """Exactly the filtered events, in the export layout."""
    return store.table.take(pa.array(rows, pa.int64()))


def csv_download(store: Store, rows: np.ndarray, sep: str = ",") -> bytes:
    """CSV bytes (BOM, injection-safe) of the filtered events."""
    return export.csv_bytes(export.flat_frame(export_table(store, rows)), sep=sep)


def json_download(store: Store, rows: np.ndarray) -> bytes:
    """JSON bytes of the filtered events with lists and evidence as JSON values."""
    return export.records_bytes(export_table(store, rows).to_pylist())


def file_stem(store: Store, rows: np.ndarray) -> str:
    """'gebeurtenissen_<first>_<last>' after the filtered events' date span."""
    if not len(rows):
        return "gebeurtenissen_leeg"
    span = date_span(store, rows)
    if span is None:
        return "gebeurtenissen_zonder-datum"
    return f"gebeurtenissen_{span[0].isoformat()}_{span[1].isoformat()}"
