"""What the user narrowed the events to: the filters, their URL form, the rows they keep, facet counts."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Mapping

import numpy as np
import pandas as pd
import pyarrow.compute as pc

from events.store import UNDATED, Store, group_of, text_hits
from events.view.labels import STATUS_NL, TYPE_NL, name, num

DEFAULT_STATUSES = ("occurred", "planned")
MODES = ("any", "all")
LANES = ("type", "actor")
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
    links: bool = True  # draw announcement -> outcome connectors


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
        per_article=one("per_article") == "1", event=one("event"), links=one("links") != "0")


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
    for key, value in (("from", f.start), ("to", f.end)):
        if value:
            p[key] = value.isoformat()
    for key, value in (("q", f.text), ("article", f.article), ("event", f.event)):
        if value:
            p[key] = value
    if f.lane != "type":
        p["lane"] = f.lane
    if f.per_article:
        p["per_article"] = "1"
    if not f.links:
        p["links"] = "0"
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
    date, article = _date_mask(store, f.start, f.end), _article_mask(store, f.article)
    within = date if article is None else article if date is None else date & article
    masks = {"actor": _actor_mask(store, f.actors, f.mode), "type": _in(store, "type", f.types),
             "status": _in(store, "status", f.statuses), "date": date,
             "text": _text_mask(store, f.text, within), "article": article}
    total = np.ones(n, dtype=bool)
    for m in masks.values():
        if m is not None:
            total &= m
    others = {}
    for facet in ("actor", "type", "status"):
        m = np.ones(n, dtype=bool)
        for other, mask in masks.items():
            if other != facet and mask is not None:
                m &= mask
        others[facet] = m
    return Result(rows=store.order[total[store.order]], others=others)


def _in(store: Store, column: str, values: tuple[str, ...]) -> np.ndarray | None:
    """Rows whose category is one of `values`, looked up by category code (5x pandas' isin)."""
    if not values:
        return None
    cat = store.frame[column].cat
    wanted = np.isin(np.asarray(cat.categories, dtype=object), list(values))
    return wanted[cat.codes.to_numpy()]


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
    mask = store.day_start < UNDATED
    if end:
        mask &= store.day_start <= (end - EPOCH).days
    if start:
        mask &= store.day_end >= (start - EPOCH).days
    return mask


def _text_mask(store: Store, text: str, within: np.ndarray | None) -> np.ndarray | None:
    """Rows with `text` in their evidence, among `within` (the filters every facet count keeps)."""
    if not text:
        return None
    return text_hits(store, text, within)


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


def facet_lines(store: Store, result: Result, names: Mapping, chosen: list[str]) -> list[str]:
    """'Actoren: Rusland 12 · …', 'Soorten: …', 'Status: …': the counts under the other filters,
    for the chosen actors or else the six most frequent."""
    actors = counts(store, result, "actor")
    shown = chosen or sorted(actors, key=actors.get, reverse=True)[:6]
    types = sorted(counts(store, result, "type").items(), key=lambda p: -p[1])
    statuses = counts(store, result, "status")
    parts = {"Actoren": [f"{name(a, names)} {num(actors.get(a, 0))}" for a in shown],
             "Soorten": [f"{TYPE_NL.get(t, t)} {num(n)}" for t, n in types],
             "Status": [f"{label} {num(statuses[s])}" for s, label in STATUS_NL.items() if s in statuses]}
    return [f"{facet}: " + (" · ".join(values) or "geen") for facet, values in parts.items()]


def date_span(store: Store, rows: np.ndarray | None = None) -> tuple[dt.date, dt.date] | None:
    """First start and last end date of `rows` (all rows when None), or None if none is dated."""
    start = store.day_start if rows is None else store.day_start[rows]
    end = store.day_end if rows is None else store.day_end[rows]
    dated = start < UNDATED
    if not dated.any():
        return None
    return day(int(start[dated].min())), day(int(end[dated].max()))


def day(days: int) -> dt.date:
    """The date `days` after 1970-01-01."""
    return EPOCH + dt.timedelta(days=days)


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
