"""Merge per-article events into one timeline event per real-world event, and link plans to outcomes.

Same event: per-article events from different articles merge when they have the same
type and the same status, both actor sets are non-empty and compatible (Jaccard >= .5
or one contains the other, checked against every member), their date intervals overlap
the group's common interval, and they name the same place when both name one. Two events
of one article are never merged here (the extractor already merges repeated mentions).
Events are grouped most precise date first; an event that fits more than one group is
ambiguous and stays on its own, so a week-wide report cannot glue two different days.

Undated events (date_start null) join a group only when it has a dated member to anchor
them, the group's actors contain theirs, everything else fits, exactly one group fits,
and their article appeared near the anchor: a plan up to 60 days before it, a report of
what happened up to 30 days after it. Otherwise they stay apart; undated events never
merge with each other.

Merged event: the narrowest member interval wins with its date fields (ties: a date from
the sentence over context over publication, then the earliest report); `dates` keeps
every member's date with its article and `date_article` names the winner's. Actors,
people and evidence are the union in reporting order. Tolerated disagreements are stated
in `conflict` (dates that overlap only partly, actor sets neither containing the other);
nothing is averaged. `n_sources` counts outlets, treating articles whose texts share
>= 80 % of their word 5-grams as one source (a wire copy) and equal `source` values as one.
A merged event gets event_id "e-" + sha1 of its sorted `merged_from` ids; a lone event
keeps its id.

Plans and outcomes are linked, never merged: a planned event and an occurred or negated
event of the same type, compatible actors and place, reported no earlier, whose date
overlaps the plan's interval (or, for an undated plan, falls within 60 days after the plan
was first reported) are linked: the plan gets `outcome` {event_id, status} of the closest
fit, the outcome gets `announced_in` (the earliest plan pointing to it).
"""
from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import heapq
import math
import re
from collections import Counter, defaultdict
from fractions import Fraction
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported where two texts are compared: a run of one article does without it
    import numpy as np

ACTOR_JACCARD = 0.5
WIRE_JACCARD = 0.8
SHINGLE = 5  # words per shingle when comparing article texts
LEAD_DAYS = 60  # how long before an event a plan may be reported
REPORT_DAYS = 30  # how long after an event an undated report may appear
FIT_COUNT = 4  # groups fitting an event are counted up to this many in a full merge
DATE_SOURCES = ("sentence", "context", "publication", "none")
Span = tuple[dt.date, dt.date]


@lru_cache(maxsize=65536)
def _parse(text, last=False) -> dt.date | None:
    """Parse YYYY-MM-DD or YYYY-MM (first or last day); anything else is None."""
    text = str(text or "")
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text[:10]):
            return dt.date.fromisoformat(text[:10])
        if re.fullmatch(r"\d{4}-\d{2}", text):
            year, month = int(text[:4]), int(text[5:])
            return dt.date(year, month, calendar.monthrange(year, month)[1] if last else 1)
    except ValueError:
        return None
    return None


def _span(event: dict) -> Span | None:
    """The event's inclusive date interval, or None when it has no date."""
    start, end = _parse(event.get("date_start")), _parse(event.get("date_end") or event.get("date_start"), True)
    return (min(start, end), max(start, end)) if start and end else None


def _width(span: Span | None) -> int:
    return (span[1] - span[0]).days + 1 if span else 10 ** 6


def _common(a: Span | None, b: Span | None) -> Span | None:
    """The intersection of two intervals, or None when they do not overlap."""
    if not a or not b or max(a[0], b[0]) > min(a[1], b[1]):
        return None
    return max(a[0], b[0]), min(a[1], b[1])


def _published(event: dict, articles: dict) -> list[Span]:
    """Publication intervals of the event's articles (month-only dates span the month)."""
    spans = []
    for i, art in enumerate(event.get("article_ids") or []):
        text = (event.get("published") or [])[i:i + 1]
        pub = getattr(articles.get(art), "published", None)
        if text and _parse(text[0]):
            spans.append((_parse(text[0]), _parse(text[0], True)))
        elif pub:
            spans.append((pub.start, pub.end))
    return spans


def _actors_fit(a: dict, b: dict) -> bool:
    """Both actor sets are non-empty and overlap enough, or one contains the other."""
    x, y = set(a.get("actors") or []), set(b.get("actors") or [])
    return bool(x and y) and (x <= y or y <= x or len(x & y) / len(x | y) >= ACTOR_JACCARD)


def _place_fit(a: dict, b: dict) -> bool:
    """No place, or places whose comma parts one contains the other ("Astana, KAZ" ~ "Astana")."""
    x, y = ({p.strip().lower() for p in (e.get("location") or "").split(",") if p.strip()} for e in (a, b))
    return not x or not y or x <= y or y <= x


def _articles(event: dict) -> set[str]:
    return set(event.get("article_ids") or []) | {e.get("article_id") for e in event.get("evidence") or []} - {None}


def _place(event: dict) -> frozenset[str]:
    return frozenset(p.strip().lower() for p in (event.get("location") or "").split(",") if p.strip())


class _Ev:
    """What merging decides on for one per-article event, computed once: kind, span, actors, place,
    articles, publication spans, the dates it can reach and its place in the merge order; and, once
    decided, how many groups fitted it (`fits`): none (it started a group), one (it joined it) or several (it
    stayed apart); `more` when more may have fitted (counting stops at FIT_COUNT)."""
    __slots__ = ("handle", "id", "kind", "span", "actors", "place", "arts", "pubs", "reach", "order", "fits", "more")

    def __init__(self, handle, event_id: str, type_: str, status: str, date_start: str | None, span: Span | None,
                 actors, place, arts, pubs, pool: dict | None = None) -> None:
        one = _same if pool is None else pool.setdefault  # equal values as one object (see `_light`)
        self.handle, self.id, self.kind, self.span = handle, event_id, one((type_, status), (type_, status)), one(span, span)
        actors, place, arts, pubs = frozenset(actors), frozenset(place), frozenset(arts), tuple(pubs)
        self.actors, self.place, self.arts, self.pubs = one(actors, actors), one(place, place), one(arts, arts), one(pubs, pubs)
        reach = _reach(status, self.span, self.pubs)
        self.reach = one(reach, reach)
        self.order = (_width(span), date_start is None, one(date_start, date_start) or "", event_id)
        self.fits, self.more = 0, False


def _same(value, _):
    return value


def _light(handle, event: dict, articles: dict, pool: dict | None = None) -> _Ev:
    """An event's `_Ev`. With a `pool` (a dict kept while many are made), equal kinds, spans, actor,
    place and article sets, publication dates and reaches are shared: many events of a merge name the same
    actors, article and dates, and shared they take about a third of the memory (1.8 -> 0.55 KB an event)."""
    return _Ev(handle, event["event_id"], event["type"], event["status"], event.get("date_start"), _span(event),
               event.get("actors") or [], _place(event), _articles(event), _published(event, articles), pool)



def _sets_fit(x: frozenset, p: frozenset, y: frozenset, q: frozenset) -> bool:
    """`_actors_fit` and `_place_fit` on actor and place sets."""
    return (bool(x and y) and (x <= y or y <= x or len(x & y) / len(x | y) >= ACTOR_JACCARD)
            and (not p or not q or p <= q or q <= p))


class _Group:
    """Per-article events found to report one real-world event. Identified by its first member;
    `kinds` holds the members' distinct (actors, place) pairs, which is all `fits` compares with."""

    def __init__(self, first: _Ev):
        self.first, self.members, self.span = first, [first], first.span
        self.articles, self.actors = first.arts, first.actors  # the first member's sets until another joins
        self.kinds = ((first.actors, first.place),)

    def fits(self, e: _Ev) -> bool:
        """True when the event may join: another article, same kind, dates that agree, actors and places
        that fit every member's."""
        if e.kind != self.first.kind or not self.articles.isdisjoint(e.arts):
            return False
        if e.span and not _common(e.span, self.span):
            return False
        if not e.span:
            if not self.span or not e.actors <= self.actors:
                return False
            before, after = (LEAD_DAYS, 0) if e.kind[1] == "planned" else (0, REPORT_DAYS)
            window = (self.span[0] - dt.timedelta(days=before), self.span[1] + dt.timedelta(days=after))
            if not any(_common(pub, window) for pub in e.pubs):
                return False
        return all(_sets_fit(e.actors, e.place, a, p) for a, p in self.kinds)

    def add(self, e: _Ev) -> None:
        self.members.append(e)
        self.span = _common(self.span, e.span) if e.span else self.span
        if len(self.members) == 2:  # the first to join: the group's own sets from now on
            self.articles, self.actors = set(self.articles), set(self.actors)
        self.articles |= e.arts
        self.actors |= e.actors
        if (e.actors, e.place) not in self.kinds:
            self.kinds += ((e.actors, e.place),)


def _decide(e: _Ev, groups) -> tuple[_Group | None, int]:
    """(the one group the event fits, 1), (None, 0) when none fits, or (None, n) when n > 1 fit: then it
    stays apart. n is counted up to FIT_COUNT ("FIT_COUNT or more"), which lets `remerge` decide most
    events again from the groups that changed alone."""
    found, n = None, 0
    for g in groups:
        if g.fits(e):
            n += 1
            if n == FIT_COUNT:
                break
            found = g
    return (found, 1) if n == 1 else (None, n)


_WORD = re.compile(r"\w+")
_MIX = 0x100000001B3  # an odd 64-bit multiplier: a 5-gram's hash is its words' hashes in base _MIX


@lru_cache(maxsize=16384)
def _shingles(text: str) -> np.ndarray:
    """The text's word 5-grams, each as a 64-bit hash, sorted without repeats (about 6 KB for a text of
    5 KB, so many texts can stay cached). Two 5-grams of two texts collide about once in 10**13 pairs,
    and a collision could only move a pair across the wire-copy line by one 5-gram."""
    import numpy as np
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        return np.array([hash(tuple(words))], dtype=np.int64)
    w = np.fromiter(map(hash, words), dtype=np.int64, count=len(words)).view(np.uint64)
    n = len(w) - SHINGLE + 1
    h, mix = w[:n].copy(), np.uint64(_MIX)
    for k in range(1, SHINGLE):
        h = h * mix + w[k:k + n]  # wraps around modulo 2**64
    h = np.sort(h.view(np.int64))
    return h[np.concatenate(([True], h[1:] != h[:-1]))]


def _similar(x: np.ndarray, y: np.ndarray) -> bool:
    """Jaccard of the two 5-gram sets at least WIRE_JACCARD (sizes checked first: the smaller set must
    hold at least WIRE_JACCARD of the larger)."""
    if min(len(x), len(y)) < WIRE_JACCARD * max(len(x), len(y)):
        return False
    import numpy as np
    shared = len(np.intersect1d(x, y, assume_unique=True))
    return shared / (len(x) + len(y) - shared) >= WIRE_JACCARD


def count_sources(article_ids: list[str], outlets: dict[str, str], texts: dict[str, str]) -> int:
    """Count distinct sources: same outlet or near-identical text (a wire copy) count once.
    Texts are compared only when they can reach WIRE_JACCARD: similar sizes and a shared word
    5-gram among the first of each text's 5-grams in one order (rarest in the group first), and enough
    5-grams after the first shared one to reach it (prefix and positional filtering, exact bounds)."""
    root = {a: a for a in article_ids}

    def find(a):
        while root[a] != a:
            a = root[a]
        return a

    def join(a, b):
        root[find(b)] = find(a)

    by_outlet: dict[str, str] = {}
    for a in article_ids:
        if outlets.get(a):
            if outlets[a] in by_outlet:
                join(by_outlet[outlets[a]], a)
            by_outlet.setdefault(outlets[a], a)
    if len({find(a) for a in article_ids}) < 2:  # no texts to compare: most groups have one article
        return len(article_ids) and 1
    shingles = {a: _shingles(texts[a]) for a in article_ids if texts.get(a)}
    if 1 < len(shingles) <= 12:  # few texts: compare every pair
        have = [a for a in article_ids if a in shingles]
        for i, a in enumerate(have):
            for b in have[i + 1:]:
                if find(a) != find(b) and _similar(shingles[a], shingles[b]):
                    join(a, b)
    elif len(shingles) > 12:
        import numpy as np
        hashes, counts = np.unique(np.concatenate(list(shingles.values())), return_counts=True)
        need = Fraction(WIRE_JACCARD).limit_denominator(1000)
        share = need / (1 + need)  # the part of |x| + |y| that a pair at WIRE_JACCARD shares
        seen: dict[int, list[tuple[str, int]]] = defaultdict(list)  # 5-gram -> (text, its place in that text)
        for a in article_ids:
            x = shingles.get(a)
            if x is None:
                continue
            keep = len(x) - math.ceil(need * len(x)) + 1  # a pair at WIRE_JACCARD shares one of these
            met = set()
            rarest = x[np.lexsort((x, counts[np.searchsorted(hashes, x)]))[:keep]]  # fewest texts first, then by hash
            for i, s in enumerate(rarest.tolist()):
                for b, j in seen[s]:
                    if b not in met:  # s is the first 5-gram the two share (or they cannot be copies)
                        met.add(b)
                        y = shingles[b]
                        most = 1 + min(len(x) - i - 1, len(y) - j - 1)  # what the rest of each can share
                        if (most * share.denominator >= share.numerator * (len(x) + len(y))
                                and find(a) != find(b) and _similar(x, y)):
                            join(a, b)
                seen[s].append((a, i))
    return len({find(a) for a in article_ids})


def _conflicts(members: list[dict], span: Span | None) -> list[str]:
    """Describe the disagreements tolerated inside a group."""
    notes = []
    dated = [m for m in members if _span(m)]
    if dated and not any(_span(m) == span for m in dated):
        notes.append("dates overlap only partly: " + " vs ".join(
            f"{m['date_start']}..{m['date_end']} ({','.join(m.get('article_ids') or [])})" for m in dated))
    for i, a in enumerate(members):
        for b in members[i + 1:]:
            x, y = set(a.get("actors") or []), set(b.get("actors") or [])
            if not (x <= y or y <= x):
                notes.append(f"actors differ: {','.join(sorted(x))} vs {','.join(sorted(y))}")
    return list(dict.fromkeys(notes))


def _source_rank(event: dict) -> int:
    """Rank where a date came from: the sentence itself beats context beats publication."""
    source = event.get("date_source") or "none"
    return DATE_SOURCES.index(source) if source in DATE_SOURCES else len(DATE_SOURCES)


def _combine(members: list[dict], articles: dict) -> dict:
    """Build the timeline event of a group's members, keeping every member's evidence and date."""
    span = None
    for m in members:  # the group's span: the common interval of its dated members
        if _span(m):
            span = _common(span, _span(m)) if span else _span(m)
    members = sorted(members, key=lambda m: (min(_published(m, articles), default=(dt.date.max,)), m["event_id"]))
    rank = {m["event_id"]: n for n, m in enumerate(members)}
    winner = min(members, key=lambda m: (_width(_span(m)), _source_rank(m), rank[m["event_id"]]))
    ids = sorted(m["event_id"] for m in members)
    merged = {**winner}
    merged["event_id"] = merged_id(ids) if len(ids) > 1 else merged["event_id"]
    cameos = Counter(m.get("cameo") or "" for m in members)
    merged["cameo"] = min(cameos, key=lambda c: (-cameos[c], -len(c), c))
    for key in ("actors", "source_actors", "target_actors", "people"):
        merged[key] = list(dict.fromkeys(x for m in members for x in m.get(key) or []))
    for key in ("evidence", "article_ids", "titles", "urls", "sources", "published"):  # parallel lists: no dedup
        merged[key] = [x for m in members for x in m.get(key) or []]
    merged["location"] = winner.get("location") or next((m["location"] for m in members if m.get("location")), "")
    merged["dates"] = [{"event_id": m["event_id"], "article_id": (m.get("article_ids") or [""])[0],
                        "date_start": m.get("date_start"),
                        "date_end": m.get("date_end"), "date_precision": m.get("date_precision"),
                        "date_text": m.get("date_text"), "date_source": m.get("date_source")} for m in members]
    merged["date_article"] = (winner.get("article_ids") or [""])[0]
    arts = list(dict.fromkeys(a for m in members for a in sorted(_articles(m))))
    outlets = {a: src for m in members for a, src in zip(m.get("article_ids") or [], m.get("sources") or []) if src}
    outlets = {a: outlets.get(a) or getattr(articles.get(a), "source", "") for a in arts}
    texts = {a: getattr(articles.get(a), "text", "") for a in arts}
    pubs = sorted(s for m in members for s in m.get("published") or [] if s) or sorted(
        articles[a].published.iso for a in arts if getattr(articles.get(a), "published", None))
    undated = any(not _span(m) for m in members)
    merged.update(n_articles=len(arts), n_sources=count_sources(arts, outlets, texts),
                  first_reported=pubs[0] if pubs else None, last_reported=pubs[-1] if pubs else None,
                  merged_from=ids, conflict="; ".join(_conflicts(members, span)),
                  merge_rule="single-article" if len(ids) == 1 else
                  "same-type+actors+date-overlap" + ("+undated-anchored" if undated else ""),
                  outcome=None, announced_in=None)
    return merged


def merged_id(ids: list[str]) -> str:
    """The event_id of a timeline event merged from several per-article events (sorted ids)."""
    return "e-" + hashlib.sha1("|".join(ids).encode()).hexdigest()[:16]


def _follows(plan: dict, later: dict) -> bool:
    """True when the later event is what the plan announced: reported no earlier, at the planned time."""
    if plan["first_reported"] and later["first_reported"] and later["first_reported"] < plan["first_reported"]:
        return False
    when = _when(later)
    if not when[0]:
        return False
    if _span(plan):
        return _common(when, _span(plan)) is not None
    announced = _parse(plan["first_reported"])
    return bool(announced) and announced <= when[0] <= announced + dt.timedelta(days=LEAD_DAYS)


def link_outcomes(events: list[dict]) -> None:
    """Point each planned event at the occurred or negated event that fulfilled or cancelled it."""
    later = _Index()  # outcomes by type, actor and when they happened
    for e in events:
        if is_outcome(e):
            later.add(e["event_id"], e["type"], [_when(e)], e.get("actors") or [])
    by_id = {e["event_id"]: e for e in events}
    rank = {i: outcome_rank(e) for i, e in by_id.items()}
    for plan in sorted((e for e in events if e["status"] == "planned"), key=plan_order):
        near = sorted(later.near(plan["type"], _plan_spans(plan), plan.get("actors") or []), key=rank.__getitem__)
        best = best_outcome(plan, (by_id[i] for i in near))
        if best is not None:
            plan["outcome"] = {"event_id": best["event_id"], "status": best["status"]}
            best["announced_in"] = best["announced_in"] or plan["event_id"]


def is_outcome(event: dict) -> bool:
    """An event a plan can point to: it occurred or was called off, at a known time."""
    return event["status"] in ("occurred", "negated") and _when(event)[0] is not None


def plan_order(plan: dict) -> tuple:
    """The order in which plans are linked: the first plan pointing to an outcome is its `announced_in`."""
    return plan["first_reported"] or "", plan["event_id"]


def outcome_rank(event: dict) -> tuple:
    """The order in which a plan's candidate outcomes are tried: narrowest dates, earliest, smallest event_id."""
    return _width(_span(event)), event.get("date_start") or "", event["event_id"]


def best_outcome(plan: dict, ranked) -> dict | None:
    """The plan's outcome: the first of `ranked` (a superset of the events it can point to, in
    `outcome_rank` order) that fits it."""
    return next((e for e in ranked if is_outcome(e) and _actors_fit(plan, e) and _place_fit(plan, e)
                 and _follows(plan, e)), None)


def _when(event: dict) -> Span | tuple[None, None]:
    """When an outcome happened: its dates, else the day it was first reported."""
    return _span(event) or (_parse(event["first_reported"]), _parse(event["first_reported"], True))


def _plan_spans(plan: dict) -> list[Span]:
    """When a plan's outcome can lie (see `_follows`)."""
    if _span(plan):
        return [_span(plan)]
    announced = _parse(plan["first_reported"])
    return [(announced, announced + dt.timedelta(days=LEAD_DAYS))] if announced else []


def _order(event: dict) -> tuple:
    return event.get("date_start") is None, event.get("date_start") or "", event["event_id"]


def merge_events(events: list[dict], articles: dict | None = None) -> list[dict]:
    """Merge per-article events across articles into timeline events, sorted by date then event_id."""
    return merge_groups(events, articles)[0]


def merge_groups(events: list[dict], articles: dict | None = None) -> tuple[list[dict], list[_Ev], list[str]]:
    """`merge_events`, and what `remerge` needs later: each event's light record and the event_id of
    the first member of its group (the group's id)."""
    articles = articles or {}
    pool: dict = {}
    evs = [_light(n, e, articles, pool) for n, e in enumerate(events)]
    groups = _assign(evs)
    gids = group_ids(groups, len(events))
    merged = sorted((_combine([events[m.handle] for m in g.members], articles) for g in groups), key=_order)
    link_outcomes(merged)
    return merged, evs, gids


def group_ids(groups: list[_Group], n: int) -> list[str]:
    """For each of n events (by handle), the event_id of its group's first member (the group's id)."""
    gids = [""] * n
    for g in groups:
        for m in g.members:
            gids[m.handle] = g.first.id
    return gids


def _assign(evs: list[_Ev]) -> list[_Group]:
    """The groups of the events: each event, most precise first, joins the one group it fits or
    starts its own. An event meets only the groups the index finds near it, a superset of those it fits."""
    groups: list[_Group] = []
    index = _Index()
    for e in sorted(evs, key=lambda e: e.order):
        g, e.fits = _decide(e, index.near(e.kind, e.reach, e.actors))
        e.more = e.fits == FIT_COUNT
        if g is not None:
            g.add(e)
        else:
            groups.append(_Group(e))
            index.add(groups[-1], e.kind, [e.span] if e.span else [], e.actors)
    return groups


def _reach(status: str, span: Span | None, pubs: tuple[Span, ...]) -> tuple[Span, ...]:
    """The dates a group must touch to take the event: its own span, or for an undated event the
    windows around its publication in which the event it reports can lie."""
    if span:
        return (span,)
    before, after = (LEAD_DAYS, 0) if status == "planned" else (0, REPORT_DAYS)
    return tuple((pub[0] - dt.timedelta(days=after), pub[1] + dt.timedelta(days=before)) for pub in pubs)


class _Index:
    """Items (groups, or events) by kind, actor and the dates of their spans, so that merging compares
    an event only with what its dates can touch. `near` finds every item of the kind that shares an
    actor and has a span overlapping one of the given spans (and some more: a superset).
    Spans of up to DAYS days are found by day, or by month when the span asked about is longer;
    spans of up to SHORT days by month, their days compared; longer ones by month, those over WIDE
    months by kind and actor alone. Where a kind and actor have at most SCAN spans, these are
    compared one by one."""

    DAYS = 7
    SHORT = 62
    WIDE = 24
    SCAN = 24

    def __init__(self) -> None:
        self.spans: dict[tuple, list] = defaultdict(list)  # (kind, actor) -> (item, first, last day)
        self.day: dict[tuple, list] = defaultdict(list)  # (kind, actor, day) -> items with spans of few days
        self.few: dict[tuple, list] = defaultdict(list)  # (kind, actor, month) -> the same items
        self.short: dict[tuple, list] = defaultdict(list)  # (kind, actor, month) -> (item, first, last day), short spans
        self.month: dict[tuple, list] = defaultdict(list)  # (kind, actor, month) -> items with longer spans
        self.wide: dict[tuple, list] = defaultdict(list)  # (kind, actor) -> items with spans over WIDE months

    def add(self, item, kind: tuple, spans, actors) -> None:
        for span in spans:
            months = _months(span)
            first, last = span[0].toordinal(), span[1].toordinal()
            width = last - first + 1
            for actor in actors:
                self.spans[kind, actor].append((item, first, last))
                if len(months) > self.WIDE:
                    self.wide[kind, actor].append(item)
                elif width <= self.DAYS:
                    for m in months:
                        self.few[kind, actor, m].append(item)
                    for d in range(first, last + 1):
                        self.day[kind, actor, d].append(item)
                elif width <= self.SHORT:
                    for m in months:
                        self.short[kind, actor, m].append((item, first, last))
                else:
                    for m in months:
                        self.month[kind, actor, m].append(item)

    def near(self, kind: tuple, spans, actors) -> set:
        found: set = set()
        for actor in actors:
            few = self.spans.get((kind, actor), ())
            if len(few) <= self.SCAN:
                for span in spans:
                    a, b = span[0].toordinal(), span[1].toordinal()
                    found.update(item for item, lo, hi in few if lo <= b and hi >= a)
                continue
            found.update(self.wide.get((kind, actor), ()))
            for span in spans:
                a, b = span[0].toordinal(), span[1].toordinal()
                for m in _months(span):
                    found.update(self.month.get((kind, actor, m), ()))
                    found.update(item for item, lo, hi in self.short.get((kind, actor, m), ()) if lo <= b and hi >= a)
                    if b - a + 1 > self.DAYS:
                        found.update(self.few.get((kind, actor, m), ()))
                for d in range(a, b + 1) if b - a + 1 <= self.DAYS else ():
                    found.update(self.day.get((kind, actor, d), ()))
        return found


def _may_join(e: _Ev, first: _Ev) -> bool:
    """False when `e` fits no state of the group that `first` starts: every state holds `first`, so
    `_Group.fits` compares e with its articles, actors and place."""
    return e.arts.isdisjoint(first.arts) and _sets_fit(e.actors, e.place, first.actors, first.place)


def _months(span: Span) -> list[int]:
    """The months an interval touches, as year * 12 + month."""
    first, last = span[0].year * 12 + span[0].month, span[1].year * 12 + span[1].month
    return list(range(first, last + 1))


class Remerged:
    """What adding and removing per-article events changed in a merge: the groups whose members
    changed (by group handle, their members now), the old groups they replace (their old members'
    event_ids), the new group id (first member's event_id) of every event whose group changed, and
    (`fits`, `more`) (see `_Ev`) of every event decided again."""

    def __init__(self, groups: dict, gone: dict[str, list[str]], moved: dict, fits: dict) -> None:
        self.groups, self.gone, self.moved, self.fits = groups, gone, moved, fits


def remerge(source, removed: list[str], added: list[_Ev]) -> Remerged:
    """The changes that adding `added` events and removing the events with ids `removed` make to a
    merge, the same as merging everything again would make (`merge_groups`).

    `source` serves the previous merge: `rows(ids)` returns (_Ev, group id) pairs of those events, the
    _Ev's handle being its event_id; `near(kind, actors, spans)` the ids of the events of the kind
    that name one of the actors and whose `reach` meets one of the spans, `firsts(kind, actors, spans)`
    those of the first members of groups whose span meets one (both may return more), and
    `members(group id)` those of a group's members. Added events' handles must differ from every old
    event_id (the store uses (1, event_id)).

    The merge decides event after event in a fixed order, each joining the one group it fits.
    Replaying that order, an old event decides as before unless a group near it (same kind, a shared
    actor, overlapping dates: a superset of the groups it fits) differs from before at that moment.
    So only added and removed events and the events near a group that changed (and that can fit it:
    `_may_join`) are decided again, mostly from the changed groups alone (`_Replay._redecide`), and
    only the old events and groups near those are read from `source`."""
    return _Replay(source, removed, added).run()


class _Replay:
    """The replay of `remerge`. An old group's state when an event is decided is its old members
    before that event which were not decided again, plus the events decided again that joined it.
    A group that differs from before in what `fits` compares with other articles' events (span,
    actors, actor/place pairs, existence) has every later event near it decided again; one that
    differs only in its articles does not (the events of those articles are added or removed ones)."""

    def __init__(self, source, removed: list[str], added: list[_Ev]) -> None:
        self.source = source
        self.recs: dict = {}  # handle -> _Ev of every event loaded or added
        self.old_gid: dict = {}  # handle -> group id in the previous merge
        self.old_members: dict = defaultdict(list)  # old group id -> handles
        self.complete: set = set()  # old groups whose members are all loaded (and sorted)
        self.new_index = _Index()  # the groups started in this replay
        self.states: dict = {}  # old group id -> [its _Group now, old members looked at]
        self.old_states: dict = {}  # old group id -> [its _Group in the previous merge, old members looked at]
        self.changed_index = _Index()  # the changed old groups, by their first member
        self.fits: dict = {}  # handle -> (`fits`, `more`) of each event decided again
        self.new: dict = {}  # handle -> _Group started by an event whose old group was another's
        self.changed: set = set()  # old groups whose members differ
        self.gone: set = set()  # old groups whose first member left or was removed
        self.decided: set = set()  # events decided again (and removed events)
        self.heap: list = []
        self.queued: set = set()
        self.removed = set(removed)
        self._take(source.rows(sorted(self.removed)))
        missing = self.removed - set(self.recs)
        if missing:
            raise ValueError(f"remerge: {len(missing)} removed events are not in the previous merge "
                             f"(first: {sorted(missing)[0]})")
        for e in added:
            self.recs[e.handle] = e
        for h in [*self.removed, *(e.handle for e in added)]:
            self._push(self.recs[h])

    def _push(self, e: _Ev) -> None:
        if e.handle not in self.queued:
            self.queued.add(e.handle)
            heapq.heappush(self.heap, (e.order, e.handle not in self.removed, str(e.handle), e.handle))

    def _take(self, rows) -> None:
        for e, gid in rows:
            if e.handle not in self.recs:
                self.recs[e.handle], self.old_gid[e.handle] = e, gid
                self.old_members[gid].append(e.handle)

    def _load(self, ids: list[str]) -> list[_Ev]:
        """The old events with these ids, read from the source once."""
        missing = [i for i in ids if i not in self.recs]
        if missing:
            self._take(self.source.rows(missing))
        return [self.recs[i] for i in ids]

    def _complete(self, gid: str) -> None:
        """Load every member of an old group."""
        if gid not in self.complete:
            self._load(self.source.members(gid))
            self.old_members[gid].sort(key=lambda h: self.recs[h].order)
            self.complete.add(gid)

    def _state(self, gid: str, t: tuple, before: bool = False) -> _Group:
        """An old group (whose first member still starts it) as it is when the event at `t` is decided;
        `before`: as it was then in the previous merge."""
        states = self.old_states if before else self.states
        if gid not in states:
            self._complete(gid)
            states[gid] = [_Group(self.recs[gid]), 1]
        entry, members = states[gid], self.old_members[gid]
        while entry[1] < len(members) and self.recs[members[entry[1]]].order < t:
            if before or members[entry[1]] not in self.decided:  # decided events joined where they chose
                entry[0].add(self.recs[members[entry[1]]])
            entry[1] += 1
        return entry[0]

    def _changed(self, gid: str) -> None:
        """An old group's members differ from before."""
        if gid not in self.changed:
            self.changed.add(gid)
            first = self.recs[gid]
            self.changed_index.add(gid, first.kind, [first.span] if first.span else [], first.actors)

    def _redecide(self, e: _Ev) -> tuple[bool, _Group | None, int, bool]:
        """(known, group, fits, more) for an old event, from the groups near it that changed or are new,
        without the state of the others: these fit it as they did in the previous merge, so the groups
        that fit it now are those of the changed and new ones that fit it now, and as many unchanged
        ones as fitted it before (its `fits` then, less the changed groups that fitted it then; at
        least that many when `more`). Not known here (False): exactly one unchanged group fits it now
        (which one is not known without the others' states), or the count is a lower bound under 2."""
        now, before = [g for g in self.new_index.near(e.kind, e.reach, e.actors) if g.fits(e)], 0
        for gid in self.changed_index.near(e.kind, e.reach, e.actors):
            first = self.recs[gid]
            if first.order < e.order and _may_join(e, first):
                if gid not in self.gone and self._state(gid, e.order).fits(e):
                    now.append(self._state(gid, e.order))
                before += self._state(gid, e.order, before=True).fits(e)
        old = self.old_gid[e.handle]
        if old != e.handle:  # it joined its old group: the one group that fitted it
            fit = now if old in self.changed else [self._state(old, e.order), *now]
            return True, fit[0] if len(fit) == 1 else None, len(fit), False
        fits = max(e.fits - before, 0) + len(now)
        if e.more and fits < 2:
            return False, None, 0, False  # a lower bound: zero, one or several may fit now
        if fits == 1 and not now:
            return False, None, 0, False  # one unchanged group fits: which one is not known here
        return True, now[0] if fits == 1 else None, fits, e.more

    def _near_later(self, first: _Ev, t: tuple) -> None:
        """Decide again every event after `t` near the group that `first` starts."""
        if not first.span:
            return  # an undated group takes no one
        for e in self._load(self.source.near(first.kind, first.actors, [first.span])):
            if e.order > t and _may_join(e, first):
                self._push(e)

    def _leave(self, gid: str, t: tuple) -> None:
        """An event leaves its old group at `t` (removed, or decided otherwise)."""
        self._complete(gid)
        self._changed(gid)
        if self.recs[gid].order >= t:
            self.gone.add(gid)
        self._near_later(self.recs[gid], t)

    def _candidates(self, e: _Ev) -> list[_Group]:
        """Every group that exists when `e` is decided and may fit it (a superset)."""
        out = list(self.new_index.near(e.kind, e.reach, e.actors))
        for first in self._load(self.source.firsts(e.kind, e.actors, e.reach)):
            if first.id not in self.gone and first.order < e.order and _may_join(e, first):
                out.append(self._state(first.id, e.order))
        return out

    def run(self) -> Remerged:
        while self.heap:
            t, _, _, h = heapq.heappop(self.heap)
            e = self.recs[h]
            if h in self.removed:
                self.decided.add(h)
                self._leave(self.old_gid[h], t)
                continue
            known, target, fits, more = self._redecide(e) if h in self.old_gid else (False, None, 0, False)
            if not known:
                target, fits = _decide(e, self._candidates(e))
                more = fits == FIT_COUNT
            self.fits[h] = fits, more
            gid = target.first.handle if target is not None else h
            same = h in self.old_gid and gid == self.old_gid[h]
            if same and known:
                continue  # as before: an old member of its old group, as `_state` reads it
            self.decided.add(h)
            if not same and h in self.old_gid:
                self._leave(self.old_gid[h], t)
            if target is not None:
                before = (target.span, len(target.actors), len(target.kinds))
                target.add(e)
                if not same:
                    if self.old_gid.get(gid) == gid:  # an old group (not one started in this replay)
                        self._changed(gid)
                    if (target.span, len(target.actors), len(target.kinds)) != before:
                        self._near_later(target.first, t)
            elif not same:
                self.new[h] = _Group(e)
                self.new_index.add(self.new[h], e.kind, [e.span] if e.span else [], e.actors)
                self._near_later(e, t)
        end = (float("inf"),)
        groups = {gid: self._state(gid, end) for gid in sorted(self.changed - self.gone)} | self.new
        moved = {m.handle: g.first.id for g in groups.values() for m in g.members
                 if self.old_gid.get(m.handle) != g.first.handle}
        gone = {gid: sorted(self.recs[h].id for h in self.old_members[gid]) for gid in self.changed}
        return Remerged(groups, gone, moved, self.fits)
