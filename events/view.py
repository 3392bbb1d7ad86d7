"""Pure functions the dashboard calls: filters and the URL, counts, figures, table, details, exports."""
from __future__ import annotations

import datetime as dt
import html
import json
import re
from dataclasses import dataclass, field, replace
from typing import Mapping

import numpy as np
import pandas as pd
import pyarrow as pa
import plotly.graph_objects as go
import pyarrow.compute as pc

from events import export
from events.store import UNDATED, Store, group_of

TYPE_NL = {"summit": "Top", "talks": "Overleg", "delivery": "Levering", "warning": "Waarschuwing",
           "agreement": "Akkoord", "sanction": "Sanctie", "condemnation": "Veroordeling",
           "demand": "Eis", "proposal": "Voorstel"}
STATUS_NL = {"occurred": "gebeurd", "planned": "gepland", "negated": "niet gebeurd"}
PRECISION_NL = {"day": "dag", "week": "week", "month": "maand", "quarter": "kwartaal",
                "season": "seizoen", "year": "jaar", "unknown": "onbekend"}
DEFAULT_STATUSES = ("occurred", "planned")
MODES = ("any", "all")
LANES = ("type", "actor")
PAGE_SIZE = 100
MIN_DATE, MAX_DATE = dt.date(1900, 1, 1), dt.date(2100, 12, 31)
EPOCH = dt.date(1970, 1, 1)


@dataclass(frozen=True)
class Filters:
    """What the user narrowed the events to; empty tuples mean 'all'."""
    actors: tuple[str, ...] = ()
    mode: str = "any"  # any: an event with one of the actors; all: with every one of them
    types: tuple[str, ...] = ()
    statuses: tuple[str, ...] = DEFAULT_STATUSES
    start: dt.date | None = None
    end: dt.date | None = None
    text: str = ""
    article: str = ""
    lane: str = "type"
    per_article: bool = False
    event: str = ""  # event_id whose details are shown


def from_params(params: Mapping[str, list[str]]) -> Filters:
    """Filters from URL query parameters (each key -> all its values); bad values are dropped."""
    def many(key):
        return tuple(v for v in params.get(key, []) if v)

    def one(key):
        values = params.get(key, [])
        return values[-1] if values else ""

    statuses = many("status")
    if statuses == ("alle",):
        statuses = ()
    elif not statuses:
        statuses = DEFAULT_STATUSES
    else:
        statuses = tuple(s for s in statuses if s in STATUS_NL) or DEFAULT_STATUSES
    return Filters(
        actors=tuple(dict.fromkeys(many("actor"))),
        mode=one("mode") if one("mode") in MODES else "any",
        types=tuple(t for t in dict.fromkeys(many("type")) if t in TYPE_NL),
        statuses=statuses,
        start=_date(one("from")), end=_date(one("to")),
        text=one("q").strip(), article=one("article"),
        lane=one("lane") if one("lane") in LANES else "type",
        per_article=one("per_article") == "1", event=one("event"))


def to_params(f: Filters) -> dict[str, str | list[str]]:
    """URL query parameters for `f`, leaving out defaults so links stay short."""
    p: dict[str, str | list[str]] = {}
    if f.actors:
        p["actor"] = list(f.actors)
    if f.mode != "any":
        p["mode"] = f.mode
    if f.types:
        p["type"] = list(f.types)
    if tuple(f.statuses) != DEFAULT_STATUSES:
        p["status"] = list(f.statuses) or "alle"
    if f.start:
        p["from"] = f.start.isoformat()
    if f.end:
        p["to"] = f.end.isoformat()
    if f.text:
        p["q"] = f.text
    if f.article:
        p["article"] = f.article
    if f.lane != "type":
        p["lane"] = f.lane
    if f.per_article:
        p["per_article"] = "1"
    if f.event:
        p["event"] = f.event
    return p


def _date(text: str) -> dt.date | None:
    try:
        date = dt.date.fromisoformat(text)
    except (TypeError, ValueError):
        return None
    return date if MIN_DATE <= date <= MAX_DATE else None


def as_lists(params: Mapping[str, str | list[str]]) -> dict[str, list[str]]:
    """Query parameters with every value as a list, for comparing and parsing."""
    return {k: list(v) if isinstance(v, (list, tuple)) else [v] for k, v in params.items()}


@dataclass
class Result:
    """The filtered rows (sorted by date) and, per filter, the rows all the other filters keep."""
    rows: np.ndarray
    others: dict[str, np.ndarray] = field(default_factory=dict)


def apply(store: Store, f: Filters) -> Result:
    """Rows of `store` that pass every filter, sorted by start date (undated last)."""
    n = len(store)
    masks = {"actor": _actor_mask(store, f.actors, f.mode), "type": _in(store, "type", f.types),
             "status": _in(store, "status", f.statuses), "date": _date_mask(store, f.start, f.end),
             "text": _text_mask(store, f.text), "article": _article_mask(store, f.article)}
    total = np.ones(n, dtype=bool)
    for m in masks.values():
        if m is not None:
            total &= m
    others = {}
    for name in ("actor", "type", "status"):
        m = np.ones(n, dtype=bool)
        for other, mask in masks.items():
            if other != name and mask is not None:
                m &= mask
        others[name] = m
    return Result(rows=store.order[total[store.order]], others=others)


def _in(store: Store, column: str, values: tuple[str, ...]) -> np.ndarray | None:
    if not values:
        return None
    return store.frame[column].isin(values).to_numpy()


def _actor_mask(store: Store, actors: tuple[str, ...], mode: str) -> np.ndarray | None:
    if not actors:
        return None
    n = len(store)
    index = {c: i for i, c in enumerate(store.actor_codes)}
    ids = [index[a] for a in actors if a in index]
    if mode == "all" and len(ids) < len(actors):
        return np.zeros(n, dtype=bool)
    if mode == "all":
        mask = np.ones(n, dtype=bool)
        for i in ids:
            one = np.zeros(n, dtype=bool)
            one[store.act_row[store.act_id == i]] = True
            mask &= one
        return mask
    mask = np.zeros(n, dtype=bool)
    mask[store.act_row[np.isin(store.act_id, ids)]] = True
    return mask


def _date_mask(store: Store, start: dt.date | None, end: dt.date | None) -> np.ndarray | None:
    """Events whose interval overlaps [start, end]; undated events drop out once a date is set."""
    if not start and not end:
        return None
    fr = store.frame
    mask = fr["start"].notna().to_numpy().copy()
    if end:
        mask &= (fr["start"] <= pd.Timestamp(end)).to_numpy()
    if start:
        mask &= (fr["end"] >= pd.Timestamp(start)).to_numpy()
    return mask


def _text_mask(store: Store, text: str) -> np.ndarray | None:
    if not text:
        return None
    hits = pc.match_substring(store.text, text, ignore_case=True)
    return pc.fill_null(hits, False).to_numpy(zero_copy_only=False)


def _article_mask(store: Store, article: str) -> np.ndarray | None:
    if not article:
        return None
    mask = np.zeros(len(store), dtype=bool)
    if article in store.article_codes:
        i = store.article_codes.index(article)
        mask[store.art_row[store.art_id == i]] = True
    return mask


def counts(store: Store, result: Result, facet: str) -> dict[str, int]:
    """How many events each value of `facet` (type, status, actor) has under the other filters."""
    keep = result.others[facet]
    if facet == "actor":
        ids = store.act_id[keep[store.act_row]]
        c = np.bincount(ids, minlength=len(store.actor_codes))
        return {code: int(c[i]) for i, code in enumerate(store.actor_codes) if c[i]}
    col = store.frame[facet]
    c = np.bincount(col.cat.codes.to_numpy()[keep], minlength=len(col.cat.categories))
    return {str(v): int(c[i]) for i, v in enumerate(col.cat.categories) if c[i]}


def date_span(store: Store, rows: np.ndarray | None = None) -> tuple[dt.date, dt.date] | None:
    """First start and last end date of `rows` (all rows when None), or None if none is dated."""
    start = store.day_start if rows is None else store.day_start[rows]
    end = store.day_end if rows is None else store.day_end[rows]
    dated = start < UNDATED
    if not dated.any():
        return None
    return _day(int(start[dated].min())), _day(int(end[dated].max()))


def _day(days: int) -> dt.date:
    return EPOCH + dt.timedelta(days=days)


def name(code: str, names: Mapping[str, tuple[str, str]]) -> str:
    """Dutch display name of an actor code, or the code itself when the lexicon lacks it."""
    return names[code][0] if code in names else code


def actor_options(store: Store, names: Mapping[str, tuple[str, str]]) -> dict[str, list[str]]:
    """Actor codes grouped as 'land' and 'organisatie', each sorted by Dutch name."""
    groups: dict[str, list[str]] = {"land": [], "organisatie": []}
    for code in store.actor_codes:
        groups[group_of(code, names)].append(code)
    for codes in groups.values():
        codes.sort(key=lambda c: name(c, names).casefold())
    return groups


def article_titles(store: Store) -> dict[str, str]:
    """Article id -> title, as the events carry them."""
    ids = pc.list_flatten(store.table.column("article_ids")).to_pylist()
    titles = pc.list_flatten(store.table.column("titles")).to_pylist()
    if len(ids) != len(titles):
        return {i: "" for i in ids}
    return dict(zip(ids, titles))


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


def table_page(store: Store, rows: np.ndarray, names: Mapping, page: int = 0,
               size: int = PAGE_SIZE) -> pd.DataFrame:
    """One page of the filtered events as display columns, indexed by row number."""
    part = rows[page * size:(page + 1) * size]
    t = store.table.take(pa.array(part, pa.int64()))
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
        "Artikel": first("titles"),
        "Link": [safe_url(u) or None for u in first("urls")],
        "Artikelen": fr["n_articles"].to_numpy(),
        "ID": t.column("event_id").to_pylist(),
    }, index=pd.Index(part, name="rij"))


def event_record(store: Store, row: int) -> dict:
    """One event as a plain dict with its evidence list parsed."""
    rec = store.table.slice(int(row), 1).to_pylist()[0]
    ev = rec.get("evidence")
    rec["evidence"] = json.loads(ev) if isinstance(ev, str) and ev else (ev or [])
    return rec


def find_event(store: Store, event_id: str) -> int | None:
    """Row number of the event with `event_id`, or None."""
    if not event_id:
        return None
    hits = np.flatnonzero(pc.equal(store.table.column("event_id"), event_id)
                          .to_numpy(zero_copy_only=False))
    return int(hits[0]) if len(hits) else None


def highlight(sentence: str, triggers: list[str], actors: list[str]) -> str:
    """The sentence as escaped HTML with trigger words and actor names in <mark>."""
    groups = []
    for label, terms in (("t", triggers), ("a", actors)):
        terms = sorted({t for t in terms if t and len(t) > 1}, key=len, reverse=True)
        if terms:
            groups.append(f"(?P<{label}>(?<!\\w)(?:{'|'.join(map(re.escape, terms))}))")
    if not groups:
        return html.escape(sentence)
    out, pos = [], 0
    for m in re.finditer("|".join(groups), sentence, re.IGNORECASE):
        out.append(html.escape(sentence[pos:m.start()]))
        style = MARK_TRIGGER if m.lastgroup == "t" else MARK_ACTOR
        out.append(f'<mark style="{style}">{html.escape(m.group())}</mark>')
        pos = m.end()
    out.append(html.escape(sentence[pos:]))
    return "".join(out)


MARK_TRIGGER = "background:#ffe08a;padding:0 2px;border-radius:3px"
MARK_ACTOR = "background:#cfe3ff;padding:0 2px;border-radius:3px"


def actor_terms(event: dict, names: Mapping[str, tuple[str, str]],
                aliases: Mapping[str, list[str]] | None = None) -> list[str]:
    """Words that name the event's actors in a sentence: Dutch names and forms, codes, people."""
    terms = []
    for code in event.get("actors") or []:
        terms += [code, name(code, names)] + list((aliases or {}).get(code, []))
    for person in event.get("people") or []:
        terms += [person, person.split()[-1]]
    return terms


def details_html(event: dict, names: Mapping[str, tuple[str, str]],
                 aliases: Mapping[str, list[str]] | None = None) -> str:
    """Everything about one event as HTML in which every piece of article text is escaped."""
    e = html.escape
    def actors(codes):
        return ", ".join(e(name(c, names)) for c in codes or []) or "–"
    date = e(event.get("date_start") or "onbekend")
    if event.get("date_end") and event.get("date_end") != event.get("date_start"):
        date += " – " + e(event["date_end"])
    said = f" (“{e(event['date_text'])}”)" if event.get("date_text") else " (publicatiedatum)"
    rows = [("Datum", f"{date}{said}, precisie {e(PRECISION_NL.get(event.get('date_precision'), ''))}"),
            ("Status", e(STATUS_NL.get(event.get("status"), event.get("status") or ""))),
            ("Actoren", actors(event.get("actors"))),
            ("Wie → wie", f"{actors(event.get('source_actors'))} → {actors(event.get('target_actors'))}"),
            ("Personen", e(", ".join(event.get("people") or [])) or "–"),
            ("Locatie", e(event.get("location") or "") or "–"),
            ("CAMEO", e(event.get("cameo") or "")), ("Regel", e(event.get("rule") or "")),
            ("Trigger", e(event.get("trigger") or ""))]
    for i, aid in enumerate(event.get("article_ids") or []):
        rows.append(("Artikel", _article_html(event, i)))
    triggers = [event.get("trigger") or ""]
    terms = actor_terms(event, names, aliases)
    evidence = "".join(
        f"<li>{highlight(ev.get('sentence', ''), triggers, terms)}"
        f" <small style='color:#666'>[{e(str(ev.get('article_id', '')))}]</small></li>"
        for ev in event.get("evidence") or [])
    table = "".join(f"<tr><th style='text-align:left;padding-right:1em;vertical-align:top'>{k}</th>"
                    f"<td>{v}</td></tr>" for k, v in rows)
    title = f"{e(TYPE_NL.get(event.get('type'), event.get('type') or ''))}: {actors(event.get('actors'))}"
    return (f"<div><h4 style='margin:0 0 .5em 0'>{title}</h4><table>{table}</table>"
            f"<p style='margin:.8em 0 .2em 0'><b>Bewijs</b></p><ol>{evidence}</ol></div>")


def _article_html(event: dict, i: int) -> str:
    def at(key):
        values = event.get(key) or []
        return values[i] if i < len(values) else ""
    e = html.escape
    parts = [f"“{e(at('titles'))}”" if at("titles") else "", e(at("sources")), e(at("published"))]
    text = e(at("article_ids")) + (": " + ", ".join(p for p in parts if p) if any(parts) else "")
    url = safe_url(at("urls"))
    if url:
        text += f' — <a href="{e(url)}" target="_blank" rel="noopener noreferrer">{e(url)}</a>'
    return text


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


def with_event(f: Filters, event_id: str) -> Filters:
    """`f` showing the details of another event."""
    return replace(f, event=event_id)


# --- figures -------------------------------------------------------------------------------

# Measured in Chromium on the 2-core test machines (bench/bench_dashboard.py): a filter change
# costs about 0.7-1.0 s with counts at any size, about 1.3 s with 1,000 SVG points, and 2.5-3 s
# with WebGL, whose context Streamlit rebuilds on every change (software GL there; real GPUs do
# better). So: counts above POINT_LIMIT events, SVG points below, WebGL only for more markers.
POINT_LIMIT = 1000  # more events in view are drawn as counts per day, week or month
SVG_LIMIT = 1500  # more markers than this (actor lanes repeat an event per actor) use WebGL
MAX_LANES = 30
TYPE_COLOURS = {"summit": "#1f77b4", "talks": "#2ca02c", "delivery": "#ff7f0e",
                "warning": "#d62728", "agreement": "#9467bd", "sanction": "#8c564b",
                "condemnation": "#e377c2", "demand": "#7f7f7f", "proposal": "#17becf"}
SYMBOLS = {"occurred": "circle", "planned": "circle-open", "negated": "x"}
UNIT_NL = {"day": "dag", "week": "week", "month": "maand"}


def num(n: int) -> str:
    """A count the Dutch way: 1.000.000."""
    return f"{n:,}".replace(",", ".")


def timeline(store: Store, rows: np.ndarray, lane: str, names: Mapping,
             point_limit: int = POINT_LIMIT) -> tuple[go.Figure, str]:
    """The timeline and a sentence saying what it shows: points when few, counts when many."""
    dated = rows[store.day_start[rows] < UNDATED]
    if len(dated) > point_limit:
        fig, note = _aggregated(store, dated, lane, names, point_limit)
    else:
        fig, note = _points(store, dated, lane, names)
    if len(rows) > len(dated):
        note += f" {num(len(rows) - len(dated))} zonder bekende datum staan alleen in de tabel."
    # No Plotly range slider: it draws every trace a second time and doubled the browser's work
    # per filter change (1M events: 1.4 s instead of 0.7 s). The page's period slider replaces it
    # and, unlike Plotly's, lets the server switch from counts to points.
    fig.update_xaxes(type="date")
    fig.update_layout(margin=dict(l=10, r=10, t=30, b=10), dragmode="zoom",
                      legend=dict(orientation="h", y=1.02, yanchor="bottom", x=0))
    return fig, note


def _lanes(store: Store, rows: np.ndarray, lane: str, names: Mapping) -> tuple[np.ndarray, list[str], int]:
    """(row, lane number) pairs, lane labels, number of lanes left out."""
    if lane == "type":
        types = store.frame["type"].iloc[rows].astype(str).to_numpy()
        labels = [t for t in TYPE_NL if t in set(types)] + sorted(set(types) - set(TYPE_NL))
        index = {t: i for i, t in enumerate(labels)}
        pairs = np.column_stack([rows, [index[t] for t in types]]) if len(rows) else np.zeros((0, 2), int)
        return pairs, [TYPE_NL.get(t, t) for t in labels], 0
    keep = np.zeros(len(store), dtype=bool)
    keep[rows] = True
    sel = keep[store.act_row]
    prow, pid = store.act_row[sel], store.act_id[sel]
    ids, c = np.unique(pid, return_counts=True)
    top = ids[np.argsort(-c, kind="stable")][:MAX_LANES]
    lane_of = np.full(len(store.actor_codes) + 1, -1)
    lane_of[top] = np.arange(len(top))
    lanes = lane_of[pid]
    pairs = np.column_stack([prow[lanes >= 0], lanes[lanes >= 0]])
    labels = [name(store.actor_codes[i], names) for i in top]
    no_actor = np.setdiff1d(rows, prow)
    if len(no_actor):
        pairs = np.vstack([pairs, np.column_stack([no_actor, np.full(len(no_actor), len(labels))])])
        labels.append("(geen actor)")
    return pairs, labels, max(len(ids) - len(top), 0)


def _points(store: Store, rows: np.ndarray, lane: str, names: Mapping) -> tuple[go.Figure, str]:
    pairs, labels, hidden = _lanes(store, rows, lane, names)
    fr = store.frame.iloc[pairs[:, 0]] if len(pairs) else store.frame.iloc[[]]
    t = store.table.take(pa.array(pairs[:, 0] if len(pairs) else [], pa.int64()))
    y = [labels[i] for i in pairs[:, 1]] if len(pairs) else []
    start, end = fr["start"].reset_index(drop=True), fr["end"].reset_index(drop=True)
    mid = start + (end - start) / 2
    hover = _hover(fr, t, names)
    gl = len(pairs) > SVG_LIMIT
    Scatter = go.Scattergl if gl else go.Scatter
    fig = go.Figure()
    types = fr["type"].astype(str).to_numpy()
    statuses = fr["status"].astype(str).to_numpy()
    size = np.minimum(8 + 4 * np.log2(np.maximum(fr["n_articles"].to_numpy(), 1)), 26)
    interval = (end > start).to_numpy()
    for typ in [t_ for t_ in TYPE_COLOURS if t_ in set(types)] + sorted(set(types) - set(TYPE_COLOURS)):
        idx = np.flatnonzero(types == typ)
        colour = TYPE_COLOURS.get(typ, "#444")
        seg = idx[interval[idx]]
        if len(seg):
            xs, ys = [], []
            for i in seg:
                xs += [start[i], end[i], None]
                ys += [y[i], y[i], None]
            fig.add_trace(Scatter(x=xs, y=ys, mode="lines", line=dict(color=colour, width=9),
                                  opacity=0.35, hoverinfo="skip", showlegend=False,
                                  legendgroup=typ))
        fig.add_trace(Scatter(
            x=mid[idx], y=[y[i] for i in idx], mode="markers", name=TYPE_NL.get(typ, typ),
            legendgroup=typ, customdata=pairs[idx, 0], hovertext=[hover[i] for i in idx],
            hoverinfo="text", marker=dict(color=colour, size=size[idx],
                                          symbol=[SYMBOLS.get(s, "circle") for s in statuses[idx]],
                                          line=dict(color=colour, width=2))))
    fig.update_layout(
        height=max(320, 28 * len(labels) + 170), showlegend=True,
        yaxis=dict(categoryorder="array", categoryarray=labels, autorange="reversed", type="category"))
    note = (f"{num(len(rows))} gebeurtenissen als punten{' (WebGL)' if gl else ''}. "
            "Gevuld = gebeurd, open = gepland, × = niet gebeurd; een balk = alleen de week of "
            "maand is bekend; groter = in meer artikelen. Klik op een punt voor details.")
    if hidden:
        note += f" Alleen de {MAX_LANES} actieve actoren hebben een eigen baan ({hidden} niet getoond)."
    return fig, note


def _hover(fr: pd.DataFrame, t: pa.Table, names: Mapping) -> list[str]:
    """Escaped hover text: type, date as the text said it, actors, start of the evidence."""
    e = html.escape
    out = []
    sentences = first_sentences(t)
    date_texts = t.column("date_text").to_pylist()
    actors = t.column("actors").to_pylist()
    for i, (typ, status, prec, s, en) in enumerate(zip(
            fr["type"].astype(str), fr["status"].astype(str), fr["precision"].astype(str),
            fr["start"], fr["end"])):
        date = s.date().isoformat() + ("" if en == s else f" – {en.date().isoformat()}")
        said = f"“{e(date_texts[i])}”" if date_texts[i] else "publicatiedatum"
        sentence = sentences[i] if len(sentences[i]) <= 80 else sentences[i][:80] + "…"
        out.append(f"<b>{e(TYPE_NL.get(typ, typ))}</b> ({e(STATUS_NL.get(status, status))})<br>"
                   f"{said}: {date} ({e(PRECISION_NL.get(prec, prec))})<br>"
                   f"{e(', '.join(name(a, names) for a in actors[i] or []))}<br>"
                   f"<i>{e(sentence)}</i>")
    return out


def bins(store: Store, rows: np.ndarray, unit: str) -> tuple[np.ndarray, np.ndarray]:
    """(bin number of each row, first day of each bin) for days, weeks (from Monday) or months."""
    days = store.day_start[rows]
    if unit == "month":
        months = store.month[rows]
        lo = months.min() if len(rows) else 0
        hi = months.max() if len(rows) else -1
        firsts = np.arange(lo, hi + 1).astype("datetime64[M]").astype("datetime64[D]")
        return months - lo, firsts
    if unit == "week":
        days = days - (days + 3) % 7  # 1970-01-01 was a Thursday
    lo = days.min() if len(rows) else 0
    hi = days.max() if len(rows) else -1
    step = 7 if unit == "week" else 1
    return (days - lo) // step, np.arange(lo, hi + 1, step).astype("datetime64[D]")


def _unit(store: Store, rows: np.ndarray) -> str:
    days = store.day_start[rows]
    span = int(days.max() - days.min()) if len(rows) else 0
    return "day" if span <= 120 else "week" if span <= 3 * 366 else "month"


def _aggregated(store: Store, rows: np.ndarray, lane: str, names: Mapping,
                limit: int) -> tuple[go.Figure, str]:
    unit = _unit(store, rows)
    if lane == "actor":
        pairs, labels, hidden = _lanes(store, rows, "actor", names)
        inv, keys = bins(store, pairs[:, 0], unit)
        z = np.bincount(pairs[:, 1] * len(keys) + inv, minlength=len(labels) * len(keys))
        fig = go.Figure(go.Heatmap(x=keys, y=labels, z=z.reshape(len(labels), len(keys)),
                                   colorscale="Blues", colorbar=dict(title="aantal"),
                                   hovertemplate="%{y}<br>%{x}: %{z} gebeurtenissen<extra></extra>"))
        fig.update_yaxes(autorange="reversed", type="category")
        fig.update_layout(height=max(320, 24 * len(labels) + 170))
    else:
        fig = counts_by_type(store, rows, unit)
        fig.update_layout(height=420)
    note = (f"{num(len(rows))} gebeurtenissen in beeld: te veel voor losse punten, dus het aantal "
            f"per {UNIT_NL[unit]} getoond. Kies een kortere periode of filter verder (tot "
            f"{num(limit)} gebeurtenissen) om elke gebeurtenis als punt te zien.")
    return fig, note


def counts_by_type(store: Store, rows: np.ndarray, unit: str = "month") -> go.Figure:
    """Stacked bars: number of events per day, week or month, coloured by type."""
    rows = rows[store.day_start[rows] < UNDATED]
    inv, keys = bins(store, rows, unit)
    cats = store.frame["type"].cat
    codes = cats.codes.to_numpy().astype("int64")[rows]
    z = np.bincount(codes * len(keys) + inv, minlength=len(cats.categories) * len(keys))
    z = z.reshape(len(cats.categories), len(keys))
    fig = go.Figure()
    for i, typ in sorted(enumerate(map(str, cats.categories)),
                         key=lambda p: list(TYPE_COLOURS).index(p[1]) if p[1] in TYPE_COLOURS else 99):
        if z[i].any():
            fig.add_trace(go.Bar(x=keys, y=z[i], name=TYPE_NL.get(typ, typ),
                                 marker_color=TYPE_COLOURS.get(typ, "#444"),
                                 hovertemplate=f"{TYPE_NL.get(typ, typ)}: %{{y}}<br>%{{x}}<extra></extra>"))
    fig.update_layout(barmode="stack", margin=dict(l=10, r=10, t=30, b=10),
                      legend=dict(orientation="h", y=1.02, yanchor="bottom", x=0),
                      yaxis_title=f"gebeurtenissen per {UNIT_NL[unit]}")
    return fig


def actor_matrix(store: Store, rows: np.ndarray, names: Mapping, top: int = 15) -> go.Figure | None:
    """Heatmap of who (source) did something to whom (target), for the most frequent actors."""
    keep = np.zeros(len(store), dtype=bool)
    keep[rows] = True
    sel = keep[store.pair_row]
    src, tgt = store.pair_src[sel], store.pair_tgt[sel]
    if not len(src):
        return None
    ids, c = np.unique(np.concatenate([src, tgt]), return_counts=True)
    top_ids = ids[np.argsort(-c, kind="stable")][:top]
    pos = np.full(len(store.actor_codes), -1)
    pos[top_ids] = np.arange(len(top_ids))
    ok = (pos[src] >= 0) & (pos[tgt] >= 0)
    k = len(top_ids)
    z = np.bincount(pos[src[ok]] * k + pos[tgt[ok]], minlength=k * k).reshape(k, k)
    labels = [name(store.actor_codes[i], names) for i in top_ids]
    fig = go.Figure(go.Heatmap(z=z, x=labels, y=labels, colorscale="Blues",
                               hovertemplate="%{y} → %{x}: %{z} gebeurtenissen<extra></extra>"))
    fig.update_yaxes(autorange="reversed", title="wie (bron)")
    fig.update_xaxes(title="met / tegen wie (doel)")
    fig.update_layout(height=max(360, 26 * k + 160), margin=dict(l=10, r=10, t=30, b=10))
    return fig


def top_actors(store: Store, rows: np.ndarray, names: Mapping, top: int = 15) -> go.Figure | None:
    """Horizontal bars: the actors taking part in the most filtered events."""
    keep = np.zeros(len(store), dtype=bool)
    keep[rows] = True
    ids = store.act_id[keep[store.act_row]]
    if not len(ids):
        return None
    c = np.bincount(ids, minlength=len(store.actor_codes))
    order = np.argsort(-c, kind="stable")[:top]
    order = order[c[order] > 0]
    fig = go.Figure(go.Bar(x=c[order], y=[name(store.actor_codes[i], names) for i in order],
                           orientation="h", marker_color="#1f77b4",
                           hovertemplate="%{y}: %{x} gebeurtenissen<extra></extra>"))
    fig.update_yaxes(autorange="reversed")
    fig.update_layout(height=max(300, 24 * len(order) + 100), margin=dict(l=10, r=10, t=30, b=10),
                      xaxis_title="gebeurtenissen")
    return fig
