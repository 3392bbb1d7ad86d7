"""The timeline (points when few events are in view, counts when many) and the overview charts."""
from __future__ import annotations

import html
from typing import Mapping

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pyarrow as pa

from events.store import UNDATED, Store, take
from events.view.labels import PRECISION_NL, STATUS_NL, TYPE_NL, UNIT_NL, name, num
from events.view.links import plan_outcome_rows
from events.view.table import first_sentences

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
LINK_COLOUR = "#555"
LINK_NAME = "Aankondiging → uitkomst"
CHAR_PX = 7.5  # width of a character of tick and legend text, generously (12 px sans serif)
MARGIN = dict(l=10, r=10, t=30, b=10)  # the overviews in the tabs keep Plotly's automatic margins


def timeline(store: Store, rows: np.ndarray, lane: str, names: Mapping,
             point_limit: int = POINT_LIMIT, links: bool = True) -> tuple[go.Figure, str]:
    """The timeline and a sentence saying what it shows: points when few, counts when many."""
    dated = rows[store.day_start[rows] < UNDATED]
    if len(dated) > point_limit:
        fig, note = _aggregated(store, dated, lane, names, point_limit)
    else:
        fig, note = _points(store, dated, lane, names, links)
    if len(rows) > len(dated):
        note += f" {num(len(rows) - len(dated))} zonder bekende datum staan alleen in de tabel."
    # No Plotly range slider: it draws every trace a second time and doubled the browser's work
    # per filter change (1M events: 1.4 s instead of 0.7 s). The page's period slider replaces it
    # and, unlike Plotly's, lets the server switch from counts to points.
    fig.update_xaxes(type="date")
    fig.update_layout(dragmode="zoom")
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


def _points(store: Store, rows: np.ndarray, lane: str, names: Mapping,
            links: bool) -> tuple[go.Figure, str]:
    """One marker per event and lane: a trace per type and status (scalar symbol, line and
    colour: a per-point symbol array made both Plotly's validation and the browser's drawing slower)."""
    pairs, labels, hidden = _lanes(store, rows, lane, names)
    at = pairs[:, 0]
    start, end = store.day_start[at], store.day_end[at]
    x = _iso(start * 1440 + (end - start) * 720, "m")  # the middle of the interval, in minutes
    y = np.array(labels, dtype=object)[pairs[:, 1]] if len(labels) else np.zeros(0, dtype=object)
    types, statuses = _text(store, "type", at), _text(store, "status", at)
    size = np.minimum(8 + 4 * np.log2(np.maximum(store.frame["n_articles"].to_numpy()[at], 1)), 26)
    hover = np.array(_hover(store, at, names), dtype=object)
    gl = len(pairs) > SVG_LIMIT
    scatter = go.Scattergl if gl else go.Scatter
    fig = go.Figure()
    for typ in [t for t in TYPE_COLOURS if t in set(types)] + sorted(set(types) - set(TYPE_COLOURS)):
        colour, first = TYPE_COLOURS.get(typ, "#444"), True
        seg = np.flatnonzero((types == typ) & (end > start))
        if len(seg):
            xs, ys = _segments(_iso(start[seg], "D"), _iso(end[seg], "D"), y[seg], y[seg])
            fig.add_trace(scatter(x=xs, y=ys, mode="lines", line=dict(color=colour, width=9),
                                  opacity=0.35, hoverinfo="skip", showlegend=False, legendgroup=typ))
        for status, symbol in SYMBOLS.items():
            idx = np.flatnonzero((types == typ) & (statuses == status))
            if not len(idx):
                continue
            open_ = symbol.endswith("-open")  # an open symbol's ring is its line; else no line, 2 px more
            fig.add_trace(scatter(
                x=x[idx], y=y[idx], mode="markers", name=TYPE_NL.get(typ, typ), legendgroup=typ,
                showlegend=first, customdata=at[idx], hovertext=hover[idx], hoverinfo="text",
                marker=dict(color=colour, size=size[idx] + (0 if open_ else 2), symbol=symbol,
                            line=dict(color=colour, width=2 if open_ else 0))))
            first = False
    if links:
        _add_links(fig, store, pairs, x, y, scatter)
    fig.update_layout(height=max(320, 28 * len(labels) + 170), showlegend=True,
                      yaxis=dict(categoryorder="array", categoryarray=labels, autorange="reversed",
                                 type="category"))
    _fixed_margins(fig, left=labels, right=[TYPE_NL.get(t, t) for t in set(types)] + [LINK_NAME])
    note = (f"{num(len(rows))} gebeurtenissen als punten{' (WebGL)' if gl else ''}. "
            "Gevuld = gebeurd, open = gepland, × = niet gebeurd; een balk = alleen de week of "
            "maand is bekend; groter = in meer artikelen; een stippellijn loopt van een "
            "aankondiging naar wat ervan terechtkwam. Klik op een punt voor details.")
    if hidden:
        note += f" Alleen de {MAX_LANES} actieve actoren hebben een eigen baan ({hidden} niet getoond)."
    return fig, note


def _text(store: Store, column: str, rows: np.ndarray) -> np.ndarray:
    """The values of a categorical column at `rows`, as text."""
    col = store.frame[column].cat
    return np.asarray(col.categories, dtype=object).astype(str)[col.codes.to_numpy()[rows]]


def _iso(values: np.ndarray, unit: str) -> np.ndarray:
    """Days ("D") or minutes ("m") since 1970 as ISO text: plain strings validate fast in Plotly."""
    return np.datetime_as_string(values.astype(f"datetime64[{unit}]"), unit=unit).astype(object)


def _segments(x0, x1, y0, y1) -> tuple[np.ndarray, np.ndarray]:
    """x and y of line pieces (x0, y0)-(x1, y1), separated by gaps, for one line trace."""
    xs, ys = np.full(3 * len(x0), None, dtype=object), np.full(3 * len(x0), None, dtype=object)
    xs[0::3], xs[1::3], ys[0::3], ys[1::3] = x0, x1, y0, y1
    return xs, ys


def _add_links(fig: go.Figure, store: Store, pairs: np.ndarray, x: np.ndarray, y: np.ndarray,
               scatter) -> None:
    """Dashed lines from each drawn announcement to its drawn outcome, in every lane both are in."""
    links = plan_outcome_rows(store, np.unique(pairs[:, 0])) if len(pairs) else np.zeros((0, 2), int)
    if not len(links):
        return
    drawn = pd.DataFrame({"row": pairs[:, 0], "lane": pairs[:, 1], "i": np.arange(len(pairs))})
    ends = (pd.DataFrame({"plan": links[:, 0], "outcome": links[:, 1]})
            .merge(drawn.rename(columns={"row": "plan", "i": "a"}), on="plan")
            .merge(drawn.rename(columns={"row": "outcome", "i": "b"}), on=["outcome", "lane"]))
    a, b = ends["a"].to_numpy(), ends["b"].to_numpy()
    xs, ys = _segments(x[a], x[b], y[a], y[b])
    fig.add_trace(scatter(x=xs, y=ys, mode="lines", name=LINK_NAME, hoverinfo="skip",
                          line=dict(color=LINK_COLOUR, width=1.5, dash="dash")))


def _fixed_margins(fig: go.Figure, left: list[str] = (), right: list[str] = (),
                   left_px: int = 0, right_px: int = 0) -> None:
    """Margins sized for the lane labels (left) and the legend or colour bar (right), legend at the
    right. Plotly's automatic margins draw a new figure twice, the second time with the margins its
    first drawing measured: about 0.15 s of the browser's time per filter change with 1,000 points."""
    left_px = left_px or 16 + CHAR_PX * max((len(t) for t in left), default=4)
    right_px = right_px or 56 + CHAR_PX * max((len(t) for t in right), default=0)
    fig.update_layout(margin=dict(l=min(left_px, 320), r=min(right_px, 320), t=30, b=50, autoexpand=False),
                      legend=dict(orientation="v", x=1.01, xanchor="left", y=1, yanchor="top"),
                      xaxis_automargin=False, yaxis_automargin=False)


def _hover(store: Store, at: np.ndarray, names: Mapping) -> list[str]:
    """Escaped hover text: type, date as the text said it, actors, start of the evidence."""
    e = html.escape
    t = take(store.table, at, ["evidence", "date_text", "actors"])
    sentences = first_sentences(t)
    columns = zip(_text(store, "type", at), _text(store, "status", at),
                  _text(store, "precision", at), _iso(store.day_start[at], "D"),
                  _iso(store.day_end[at], "D"), t.column("date_text").to_pylist(),
                  t.column("actors").to_pylist(), sentences)
    out = []
    for typ, status, prec, start, end, said, actors, sentence in columns:
        date = start + ("" if end == start else f" – {end}")
        said = f"“{e(said)}”" if said else "publicatiedatum"
        sentence = sentence if len(sentence) <= 80 else sentence[:80] + "…"
        out.append(f"<b>{e(TYPE_NL.get(typ, typ))}</b> ({e(STATUS_NL.get(status, status))})<br>"
                   f"{said}: {date} ({e(PRECISION_NL.get(prec, prec))})<br>"
                   f"{e(', '.join(name(a, names) for a in actors or []))}<br>"
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
        _fixed_margins(fig, left=labels, right_px=90)
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
    fig.update_layout(barmode="stack", yaxis_title=f"gebeurtenissen per {UNIT_NL[unit]}")
    _fixed_margins(fig, left_px=80, right=[t.name for t in fig.data])
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
    fig.update_layout(height=max(360, 26 * k + 160), margin=MARGIN)
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
    fig.update_layout(height=max(300, 24 * len(order) + 100), margin=MARGIN,
                      xaxis_title="gebeurtenissen")
    return fig
