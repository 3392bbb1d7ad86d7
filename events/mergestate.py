"""The event store's merge: merged events and the merge state, made in full or updated incrementally.

The merge state (`mergestate-<run>.parquet`, one row per live per-article event) holds what
`merge.remerge` decides on: kind, span, actors, place, articles and publication dates of each
event, its article key, and the id of its group (the event_id of the group's first member).
When articles are added or removed, `update` replays the merge only where they can change it and
rewrites the merged file: the rows of changed groups are replaced, plans and outcomes are linked
again over all merged events, and the rows are sorted as `merge.merge_events` sorts them.
"""
from __future__ import annotations

import hashlib
import inspect
import json
import os
from dataclasses import dataclass

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from . import merge
from .eventstore import ARTICLES, EVENTS, LAYOUT, StoreError, _part_file, events_table, records

STATE_VERSION = b"merge.version"
LINK_COLUMNS = ["event_id", "type", "status", "date_start", "date_end", "first_reported", "actors", "location"]
_DAY = pa.date32()
SCHEMA = pa.schema([("event_id", pa.string()), ("key", pa.string()), ("type", pa.string()),
                    ("status", pa.string()), ("date_start", pa.string()), ("s0", _DAY), ("s1", _DAY),
                    ("actors", pa.list_(pa.string())), ("place", pa.list_(pa.string())),
                    ("arts", pa.list_(pa.string())), ("pub0", pa.list_(_DAY)), ("pub1", pa.list_(_DAY)),
                    ("group", pa.string())])


@dataclass
class Merged:
    """Merged events (export layout) and the merge state to commit with them."""
    events: pa.Table
    state: pa.Table


def version() -> str:
    """The merge code's version: a state made by other merge code is not reused."""
    return hashlib.sha256(inspect.getsource(merge).encode()).hexdigest()[:16]


def read_state(path: str) -> pa.Table | None:
    """A committed merge state, or None when another version of the merge code made it."""
    try:
        t = pq.read_table(path)
    except (OSError, pa.ArrowInvalid) as exc:
        raise StoreError(f"{path}: cannot be read as a merge state ({exc})") from exc
    if (t.schema.metadata or {}).get(STATE_VERSION) != version().encode():
        return None
    return t


def _state(evs: list[merge._Ev], keys: list[str], gids: list[str]) -> pa.Table:
    cols = {"event_id": [e.id for e in evs], "key": keys, "type": [e.kind[0] for e in evs],
            "status": [e.kind[1] for e in evs], "date_start": [e.order[2] if not e.order[1] else None for e in evs],
            "s0": [e.span[0] if e.span else None for e in evs], "s1": [e.span[1] if e.span else None for e in evs],
            "actors": [sorted(e.actors) for e in evs], "place": [sorted(e.place) for e in evs],
            "arts": [sorted(e.arts) for e in evs], "pub0": [[p[0] for p in e.pubs] for e in evs],
            "pub1": [[p[1] for p in e.pubs] for e in evs], "group": gids}
    return pa.table(cols, schema=SCHEMA.with_metadata({STATE_VERSION: version().encode()}))


def full(store) -> Merged:
    """Merge every per-article event of the articles the store's writer recorded."""
    events, keys = store.pending_events()
    merged, evs, gids = merge.merge_groups(events, store.pending_articles())
    return Merged(events_table(merged), _state(evs, keys, gids))


def _ev(row: dict) -> merge._Ev:
    span = (row["s0"], row["s1"]) if row["s0"] else None
    return merge._Ev(row["event_id"], row["event_id"], row["type"], row["status"], row["date_start"], span,
                     row["actors"], row["place"], row["arts"], list(zip(row["pub0"], row["pub1"])))


class _Source:
    """The committed merge state as `merge.remerge` reads it."""

    def __init__(self, state: pa.Table) -> None:
        self.state = state
        self.kinds: dict[tuple, pa.Table] = {}
        self.key: dict[str, str] = {}  # event_id -> article key of every row served

    def _rows(self, t: pa.Table) -> list[tuple[merge._Ev, str]]:
        rows = t.to_pylist()
        self.key.update((r["event_id"], r["key"]) for r in rows)
        return [(_ev(r), r["group"]) for r in rows]

    def rows(self, ids: list[str]) -> list[tuple[merge._Ev, str]]:
        return self._rows(self.state.filter(pc.is_in(self.state.column("event_id"), pa.array(ids, pa.string()))))

    def region(self, kind: tuple, actors: list[str]) -> list[tuple[merge._Ev, str]]:
        if kind not in self.kinds:
            self.kinds[kind] = self.state.filter((pc.field("type") == kind[0]) & (pc.field("status") == kind[1]))
        t = self.kinds[kind]
        flat = pc.list_flatten(t.column("actors"))
        rows = pc.list_parent_indices(t.column("actors")).filter(pc.is_in(flat, pa.array(actors, pa.string())))
        return self._rows(t.take(pc.unique(rows)))


def update(store, old: pa.Table) -> Merged:
    """The merged events after the articles added to or removed from the committed store, merging
    again only what they can change (see `merge.remerge`)."""
    c, p = store.committed, store.pending
    added_keys, removed_keys = set(p.keys) - set(c.keys), set(c.keys) - set(p.keys)
    gone_rows = pc.is_in(old.column("key"), pa.array(sorted(removed_keys), pa.string()))
    removed = old.filter(gone_rows).column("event_id").to_pylist()
    added, added_at = store.pending_events(added_keys)
    articles = store.pending_articles(added_keys)
    source = _Source(old)
    done = merge.remerge(source, removed, [merge._light((1, e["event_id"]), e, articles) for e in added])

    # the full events and articles of the changed groups' old members, from their parts
    need = {h: source.key[h] for g in done.groups.values() for m in g.members if isinstance(h := m.handle, str)}
    full = {(1, e["event_id"]): e for e in added} | _events_by_id(store, need)
    articles.update(store.pending_articles({source.key[h] for h in need}))
    new = [merge._combine([full[m.handle] for m in g.members], articles) for g in done.groups.values()]

    merged_file = os.path.join(store.folder, c.merged)
    table = ds.dataset(merged_file).to_table()
    gone = [merge.merged_id(ids) if len(ids) > 1 else ids[0] for ids in done.gone.values()]
    table = table.filter(pc.invert(pc.is_in(table.column("event_id"), pa.array(gone, pa.string()))))
    table = _relink(_append(table, events_table(new), merged_file))

    keep = old.filter(pc.invert(gone_rows))
    groups = keep.column("group").to_pylist()
    for i, eid in enumerate(keep.column("event_id").to_pylist()):
        if eid in done.moved:
            groups[i] = done.moved[eid]
    keep = keep.set_column(keep.schema.get_field_index("group"), "group", pa.array(groups, pa.string()))
    evs = [merge._light((1, e["event_id"]), e, articles) for e in added]
    fresh = _state(evs, added_at, [done.moved[e.handle] for e in evs])
    return Merged(table, pa.concat_tables([keep, fresh]).replace_schema_metadata(fresh.schema.metadata))


def _events_by_id(store, need: dict[str, str]) -> dict[str, dict]:
    """event_id -> the per-article event, for events given with their article keys."""
    p = store.pending
    wanted = pc.is_in(p.articles.column("key"), value_set=pa.array(sorted(set(need.values())), pa.string()))
    rows = p.articles.filter(wanted)
    part_of = dict(zip(rows.column("key").to_pylist(), rows.column("part").cast(pa.string()).to_pylist()))
    by_part: dict[str, list[str]] = {}
    for eid, key in need.items():
        by_part.setdefault(part_of[key], []).append(eid)
    out: dict[str, dict] = {}
    for part, ids in by_part.items():
        t = ds.dataset(_part_file(store.folder, part, EVENTS)).to_table(
            filter=ds.field("event_id").isin(ids) & ds.field("article_key").isin([need[i] for i in ids]))
        out.update((e["event_id"], e) for e in records(t.drop_columns(["article_key", "seq"])))
    missing = set(need) - set(out)
    if missing:
        raise StoreError(f"{store.folder}: the merge state names events its parts do not hold "
                         f"(first: {sorted(missing)[0]}); extract again with --no-merge, then merge")
    return out


def _append(table: pa.Table, new: pa.Table, path: str) -> pa.Table:
    """Rows of `new` after those of `table`, in the layout of `table`."""
    if not new.num_rows:
        return table
    layout = json.loads(table.schema.metadata[LAYOUT.encode()])
    new_layout = json.loads(new.schema.metadata[LAYOUT.encode()])
    if set(new.column_names) != set(table.column_names):
        raise StoreError(f"{path}: merged events have columns {sorted(set(table.column_names) ^ set(new.column_names))} "
                         "only on one side; merge again in full (delete the store's merged file)")
    try:
        new = new.select(table.column_names).cast(table.schema.remove_metadata())
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError) as exc:
        raise StoreError(f"{path}: new merged events do not fit the merged file's columns ({exc})") from exc
    layout["json"] = sorted(set(layout["json"]) | set(new_layout["json"]))
    out = pa.concat_tables([table.replace_schema_metadata(None), new])
    return out.replace_schema_metadata({LAYOUT: json.dumps(layout)})


def _relink(table: pa.Table) -> pa.Table:
    """Plans linked to outcomes again over all merged events (`merge.link_outcomes`), rows sorted
    by date then event_id."""
    light = table.select(LINK_COLUMNS).to_pylist()
    for e in light:
        e["outcome"] = e["announced_in"] = None
    merge.link_outcomes(light)
    outcome = [None if e["outcome"] is None else json.dumps(e["outcome"], ensure_ascii=False) for e in light]
    layout = json.loads(table.schema.metadata[LAYOUT.encode()])
    json_cols = set(layout["json"]) | ({"outcome"} if any(outcome) else set())
    json_cols -= set() if any(outcome) else {"outcome"}
    layout["json"] = sorted(json_cols)
    for name, values in (("outcome", outcome), ("announced_in", [e["announced_in"] for e in light])):
        table = table.set_column(table.schema.get_field_index(name), pa.field(name, pa.string()),
                                 pa.array(values, pa.string()))
    order = pc.sort_indices(table, sort_keys=[("date_start", "ascending", "at_end"),
                                              ("event_id", "ascending", "at_end")])
    return table.take(order).replace_schema_metadata({LAYOUT: json.dumps(layout)})

