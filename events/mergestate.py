"""The event store's merge: merged events and the merge state, made in full or updated incrementally.

The merge state (`mergestate-<run>.parquet`, one row per live per-article event) holds what
`merge.remerge` decides on: kind, span, actors, place, articles and publication dates of each
event, its article key, the id of its group (the event_id of the group's first member) and how
many groups fitted it when it was decided (`fits`; `more` when that is a lower bound). When
articles are added or removed, `update` replays the merge only where they can change it, reading
the state's events
through interval indexes (kind, actor, dates), and rewrites the merged file: the rows of changed
groups are replaced, plans are linked to outcomes again only where those rows can change a link
(`_relink`), and the rows are sorted as `merge.merge_events` sorts them.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import inspect
import json
import os
import sys
from dataclasses import dataclass

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from . import export, merge
from .eventstore import EVENTS, LAYOUT, StoreError, _part_file, concat_parts, events_table, records

STATE_VERSION = b"merge.version"
LINK_COLUMNS = ["event_id", "type", "status", "date_start", "date_end", "first_reported", "actors", "location"]
_DAY = pa.date32()
SCHEMA = pa.schema([("event_id", pa.string()), ("key", pa.string()), ("type", pa.string()),
                    ("status", pa.string()), ("date_start", pa.string()), ("s0", _DAY), ("s1", _DAY),
                    ("actors", pa.list_(pa.string())), ("place", pa.list_(pa.string())),
                    ("arts", pa.list_(pa.string())), ("pub0", pa.list_(_DAY)), ("pub1", pa.list_(_DAY)),
                    ("group", pa.string()), ("fits", pa.int32()), ("more", pa.bool_())])


@dataclass
class Merged:
    """Merged events and the merge state to commit with them. `events` is one table in the merged order
    (a full merge), or the partitions of an update by their key (`part_key`): a table, `Ordered` rows
    written as they are taken, or the name of a committed file that stays as it is."""
    events: "pa.Table | dict[str, pa.Table | Ordered | str]"
    state: pa.Table

    def parts(self) -> list[tuple[str, "pa.Table | Ordered | str"]]:
        """(key, rows or file name) of every partition that holds events, in the merged order."""
        if isinstance(self.events, dict):
            return sorted(self.events.items(), key=lambda kv: _key_order(kv[0]))
        keys = part_keys(self.events.column("date_start")) if self.events.num_rows else []
        out, at = [], 0
        for n in range(1, len(keys) + 1):
            if n == len(keys) or keys[n] != keys[at]:
                out.append((keys[at], self.events.slice(at, n - at)))
                at = n
        return out


# The merged events are stored in partitions by the year of their date_start ("none" for undated ones,
# last), each sorted as the whole is: their concatenation in key order is the merged order, and an
# update writes again only the partitions whose rows it changes.
NO_DATE = "none"


def part_keys(date_start: pa.ChunkedArray | pa.Array) -> list[str]:
    """The partition key of each row: the year of its date_start, or NO_DATE."""
    years = pc.utf8_slice_codeunits(pc.cast(date_start, pa.string()), 0, 4)
    ok = pc.match_substring_regex(years, r"^\d{4}$")
    bad = pc.and_(pc.is_valid(years), pc.invert(pc.fill_null(ok, False)))
    if pc.any(bad).as_py():
        raise StoreError(f"merged events with a date_start that does not begin with a year: "
                         f"{pc.filter(date_start, bad)[0].as_py()!r}")
    return pc.fill_null(years, NO_DATE).to_pylist()


def _key_order(key: str) -> tuple:
    return (key == NO_DATE, key)


def version() -> str:
    """The merge code's version: a state made by other merge code (or state layout) is not reused."""
    code = inspect.getsource(merge) + inspect.getsource(sys.modules[__name__])
    return hashlib.sha256(code.encode()).hexdigest()[:16]


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
            "pub1": [[p[1] for p in e.pubs] for e in evs], "group": gids, "fits": [e.fits for e in evs], "more": [e.more for e in evs]}
    return pa.table(cols, schema=SCHEMA.with_metadata({STATE_VERSION: version().encode()}))


COMBINE_BATCH = 2000  # groups combined at a time in a full merge


def full(store) -> Merged:
    """Merge every per-article event of the articles the store's writer recorded: the same events as
    `merge.merge_groups`, but the per-article events stay one Arrow table and become dicts only a
    batch of groups at a time (as dicts they take several times the memory; see README, Scale)."""
    table, keys = store.pending_table()
    articles = store.pending_articles()
    pool: dict = {}
    evs = [merge._light(n, e, articles, pool) for n, e in _light_rows(table)]
    del pool
    groups = merge._assign(evs)
    gids = merge.group_ids(groups, len(evs))
    state = _state(evs, keys, gids)
    del evs, gids, keys
    chunks, links, nested = [], [], set()
    for i in range(0, len(groups), COMBINE_BATCH):
        batch = groups[i:i + COMBINE_BATCH]
        rows = iter(records(table.take([m.handle for g in batch for m in g.members])))
        merged = [merge._combine([next(rows) for _ in g.members], articles) for g in batch]
        chunks.append(events_table(merged))
        nested.update(json.loads(chunks[-1].schema.metadata[LAYOUT.encode()])["json"])
        links += [{k: e[k] for k in (*LINK_COLUMNS, "outcome", "announced_in")} for e in merged]
        del merged, rows
    del table, groups, articles  # what the rest needs is in chunks and links
    if not chunks:
        return Merged(events_table([]), state)
    order = sorted(range(len(links)), key=lambda n: merge._order(links[n]))
    links = [links[n] for n in order]
    merge.link_outcomes(links)
    out = pa.concat_tables(chunks, promote_options="default").take(order)
    for name in ("outcome", "announced_in"):
        column = export._column(name, [e[name] for e in links])
        out = out.set_column(out.column_names.index(name), name, column)
    nested |= {"outcome"} if any(e["outcome"] for e in links) else set()
    layout = json.loads(chunks[0].schema.metadata[LAYOUT.encode()])
    layout["json"] = sorted(nested)
    return Merged(out.replace_schema_metadata({LAYOUT: json.dumps(layout)}), state)


_LIGHT = ["event_id", "type", "status", "date_start", "date_end", "actors", "location", "article_ids", "published"]


def _light_rows(table: pa.Table, step: int = 20000):
    """(position, what `merge._light` reads of the per-article event there: of the evidence, only its
    article ids), a slice of the table at a time."""
    light = table.select([c for c in _LIGHT if c in table.column_names])
    for at in range(0, table.num_rows, step):
        rows = light.slice(at, step).to_pylist()
        if "evidence" in table.column_names:
            for row, ev in zip(rows, table.column("evidence").slice(at, step).to_pylist()):
                ev = json.loads(ev) if isinstance(ev, str) else ev or []
                row["evidence"] = [{"article_id": x.get("article_id")} for x in ev]
        yield from enumerate(rows, at)


def _ev(row: dict) -> merge._Ev:
    """A merge state row (as a dict) as the `merge._Ev` it was made from."""
    span = (row["s0"], row["s1"]) if row["s0"] is not None else None
    e = merge._Ev(row["event_id"], row["event_id"], row["type"], row["status"], row["date_start"], span,
                  row["actors"], row["place"], row["arts"], list(zip(row["pub0"], row["pub1"])))
    e.fits, e.more = row["fits"], row["more"]
    return e


class _Source:
    """The committed merge state as `merge.remerge` reads it: events found by interval indexes of kind,
    actor and reach (see `merge._reach`) or span of first members. Only the rows served are read out of
    Arrow (a replay serves a few thousand of a state's millions): an event_id's row and a group's code
    are remembered when a query finds them, and looked up in the columns only for the removed events."""

    def __init__(self, state: pa.Table) -> None:
        self.state = state.combine_chunks()
        kinds = pc.dictionary_encode(pc.binary_join_element_wise(state.column("type"), state.column("status"), "\n"))
        kinds = kinds.combine_chunks() if isinstance(kinds, pa.ChunkedArray) else kinds
        self.kinds = {tuple(k.split("\n")): n for n, k in enumerate(kinds.dictionary.to_pylist())}
        codes = kinds.indices.to_numpy(zero_copy_only=False)
        lo, hi, ok = _reach(state)
        self.reach = _Intervals(codes, state.column("actors"), lo, hi, ok)
        first = pc.equal(state.column("group"), state.column("event_id")).to_numpy(zero_copy_only=False)
        dated = pc.is_valid(state.column("s0")).to_numpy(zero_copy_only=False)
        self.firsts_ = _Intervals(codes, state.column("actors"), lo, hi, first & dated)  # a dated reach is its span
        self.ids = self.state.column("event_id").chunk(0) if self.state.num_rows else pa.array([], pa.string())
        self.at: dict[str, int] = {}  # event_id -> row, of the rows found so far
        groups = pc.dictionary_encode(self.state.column("group").combine_chunks())
        self.groups = groups.dictionary
        self.group_of = groups.indices.to_numpy(zero_copy_only=False)
        self.group: dict[str, int] = {}  # group id -> code, of the groups of rows served so far
        order = np.argsort(self.group_of, kind="stable")
        self.by_group = order, np.searchsorted(self.group_of[order], np.arange(len(self.groups) + 1))
        self.key: dict[str, str] = {}  # event_id -> article key of every row served

    def rows(self, ids: list[str]) -> list[tuple[merge._Ev, str]]:
        missing = sorted({i for i in ids if i not in self.at})
        if missing:  # removed events: not found by a query
            found = pc.index_in(pa.array(missing, pa.string()), value_set=self.ids).to_pylist()
            self.at.update((i, r) for i, r in zip(missing, found) if r is not None)
        rows = sorted({self.at[i] for i in ids if i in self.at})
        if not rows:
            return []
        out = []
        for r, row in zip(rows, self.state.take(pa.array(rows, pa.int64())).to_pylist()):
            self.key[row["event_id"]] = row["key"]
            self.group[row["group"]] = int(self.group_of[r])
            out.append((_ev(row), row["group"]))
        return out

    def near(self, kind: tuple, actors, spans) -> list[str]:
        return self._find(self.reach, kind, actors, spans)

    def firsts(self, kind: tuple, actors, spans) -> list[str]:
        return self._find(self.firsts_, kind, actors, spans)

    def members(self, gid: str) -> list[str]:
        order, bounds = self.by_group
        n = self.group.get(gid)
        if n is None:
            n = pc.index_in(pa.array([gid], pa.string()), value_set=self.groups)[0].as_py()
            if n is None:
                return []
            self.group[gid] = n
        return self._ids(order[bounds[n]:bounds[n + 1]])

    def _find(self, index: "_Intervals", kind: tuple, actors, spans) -> list[str]:
        if kind not in self.kinds:
            return []
        codes = index.codes(sorted(actors))
        rows = {r for span in spans for r in index.find(self.kinds[kind], codes, *((d - _EPOCH).days for d in span))}
        return self._ids(np.array(sorted(rows), "int64"))

    def _ids(self, rows: np.ndarray) -> list[str]:
        """The event_ids of these rows (remembered with them)."""
        if not len(rows):
            return []
        ids = self.ids.take(pa.array(rows, pa.int64())).to_pylist()
        self.at.update(zip(ids, rows.tolist()))
        return ids


_EPOCH = dt.date(1970, 1, 1)


def _reach(state: pa.Table) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(first, last, ok) day of each state row's reach, as days since 1970: its span, or the hull of
    the windows around its publication dates for an undated event; ok where it has one."""
    n = state.num_rows
    s0, s1 = (state.column(c).cast(pa.int32()).fill_null(0).to_numpy() for c in ("s0", "s1"))
    dated = pc.is_valid(state.column("s0")).to_numpy(zero_copy_only=False)
    first, last = np.full(n, np.iinfo("int32").max, "int64"), np.full(n, np.iinfo("int32").min, "int64")
    for col, out, pick in (("pub0", first, np.minimum), ("pub1", last, np.maximum)):
        lists = state.column(col).combine_chunks()
        days = pc.list_flatten(lists).cast(pa.int32()).fill_null(0).to_numpy().astype("int64")
        pick.at(out, pc.list_parent_indices(lists).to_numpy(), days)
    planned = pc.equal(state.column("status"), "planned").to_numpy(zero_copy_only=False)
    first -= np.where(planned, 0, merge.REPORT_DAYS)
    last += np.where(planned, merge.LEAD_DAYS, 0)
    ok = dated | (first <= last)
    return np.where(dated, s0, first), np.where(dated, s1, last), ok


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
    evs = [merge._light((1, e["event_id"]), e, articles) for e in added]
    done = merge.remerge(source, removed, evs)

    # the full events and articles of the changed groups' old members, from their parts
    need = {h: source.key[h] for g in done.groups.values() for m in g.members if isinstance(h := m.handle, str)}
    full = {(1, e["event_id"]): e for e in added} | _events_by_id(store, need)
    articles.update(store.pending_articles({source.key[h] for h in need}))
    new = [merge._combine([full[m.handle] for m in g.members], articles) for g in done.groups.values()]

    files = [os.path.join(store.folder, name) for name in c.merged]
    gone = [merge.merged_id(ids) if len(ids) > 1 else ids[0] for ids in done.gone.values()]
    events = _updated_parts(files, new, gone)
    keep = old.filter(pc.invert(gone_rows))
    counts = {h: fits for h, (fits, _) in done.fits.items()}
    more = {h: more for h, (_, more) in done.fits.items()}
    for name, values in (("group", done.moved), ("fits", counts), ("more", more)):  # old events have str handles
        keep = _replace(keep, name, {h: v for h, v in values.items() if isinstance(h, str)})
    fresh = _state(evs, added_at, [done.moved[e.handle] for e in evs])
    return Merged(events, pa.concat_tables([keep, fresh]).replace_schema_metadata(fresh.schema.metadata))


def _replace(state: pa.Table, name: str, values: dict) -> pa.Table:
    """The state with the column `name` of the rows whose event_id is a key of `values` set to its value."""
    at = pc.index_in(state.column("event_id"), value_set=pa.array(list(values), pa.string()))
    field = state.schema.field(name)
    new = pc.take(pa.array(list(values.values()), field.type), at)
    return state.set_column(state.schema.get_field_index(name), field, pc.if_else(pc.is_valid(at), new, state.column(name)))


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


def _updated_parts(files: list[str], new: list[dict], gone: list[str]) -> dict[str, "pa.Table | Ordered | str"]:
    """The partitions of the merged events after replacing the rows with ids in `gone` by the rows of
    new groups (`new`): the partitions that hold a replaced, new or relinked row are taken in their new
    order (`Ordered`), from their old file and the new rows; the others stay the files they are.

    Linking and sorting read a few columns of every partition; whole rows are read only from the
    partitions written again, and taken a row group at a time as they are written."""
    keys = [_file_key(f) for f in files]
    lights = [pq.read_table(f, columns=_RELINK_COLUMNS) for f in files]
    table = concat_parts(lights) if lights else events_table([]).select(_RELINK_COLUMNS)
    sizes = np.array([t.num_rows for t in lights], "int64")
    part_of = np.repeat(np.arange(len(files)), sizes)
    row_in = np.arange(table.num_rows) - np.repeat(np.cumsum(sizes) - sizes, sizes)
    replaced = pc.is_in(table.column("event_id"), pa.array(gone, pa.string())).to_numpy(zero_copy_only=False)
    left = table.filter(pa.array(replaced)).select(["event_id", "status", "outcome"])
    kept = np.flatnonzero(~replaced)
    template = _template(files)
    path = files[0] if files else "merged events"
    fresh_rows = _conformed(events_table(new), template, path)
    light = _append(table.filter(pa.array(~replaced)), fresh_rows.select(_RELINK_COLUMNS), path)  # the kept rows, in order
    columns, order = _relinked(light, [e["event_id"] for e in new], left)
    layout = _linked_layout(light, columns["outcome"])

    # the rows that change: new ones, and kept ones linked otherwise
    n_kept = len(kept)
    differs = np.zeros(light.num_rows, bool)
    differs[n_kept:] = True
    for name, col in columns.items():
        before = light.column(name).combine_chunks().cast(pa.string())
        same = pc.or_(pc.fill_null(pc.equal(before, col), False), pc.and_(pc.is_null(before), pc.is_null(col)))
        differs |= ~same.to_numpy(zero_copy_only=False)
    # each row's partition, as a number in `names`: a kept row stays in its file's (its date is the same)
    names = list(keys)
    fresh_keys = part_keys(fresh_rows.column("date_start")) if fresh_rows.num_rows else []
    for k in fresh_keys:
        if k not in names:
            names.append(k)
    code = np.concatenate([part_of[kept], np.array([names.index(k) for k in fresh_keys], "int64")])
    touched = set(np.unique(code[differs]).tolist()) | set(np.unique(part_of[replaced]).tolist())

    out: dict[str, "pa.Table | Ordered | str"] = {k: os.path.basename(f) for k, f in zip(keys, files)}
    from_file = np.concatenate([np.ones(n_kept, bool), np.zeros(fresh_rows.num_rows, bool)])
    source_row = np.concatenate([row_in[kept], np.arange(fresh_rows.num_rows)])
    for c in sorted(touched):
        key = names[c]
        mine = order[code[order] == c]  # this partition's rows, in the new order
        if not len(mine):
            out.pop(key, None)
            continue
        old = pq.read_table(files[c]) if c < len(files) else template.schema.empty_table()
        rows = np.where(from_file[mine], source_row[mine], old.num_rows + source_row[mine])
        cols = {n: col.take(pa.array(mine)) for n, col in columns.items()}
        out[key] = Ordered([old, fresh_rows], rows, cols, layout)
    return out


def _file_key(path: str) -> str:
    """The partition key in a merged file's name: merged-<key>-<run>.parquet."""
    return os.path.basename(path)[len("merged-"):].split("-", 1)[0]


def partitioned(names: list[str]) -> bool:
    """True when merged files are partitions (merged-<key>-<run>.parquet), not one file of an older store."""
    return all(k == NO_DATE or (len(k) == 4 and k.isdigit()) for k in map(_file_key, names))


def _template(files: list[str]) -> pa.Table:
    """An empty table with the merged files' columns and types, its layout's JSON columns those of all."""
    if not files:
        return events_table([]).schema.empty_table()
    return concat_parts([pq.read_schema(f).empty_table() for f in files])


def _conformed(new: pa.Table, table: pa.Table, path: str) -> pa.Table:
    """New merged rows in the columns and types of `table` (the merged file), their layout's JSON
    columns joined with the table's in the metadata."""
    layout = json.loads(table.schema.metadata[LAYOUT.encode()])
    if not new.num_rows:
        return table.schema.empty_table()
    new_layout = json.loads(new.schema.metadata[LAYOUT.encode()])
    if set(new.column_names) != set(table.column_names):
        raise StoreError(f"{path}: merged events have columns {sorted(set(table.column_names) ^ set(new.column_names))} "
                         "only on one side; merge again in full (delete the store's merged file)")
    try:
        new = new.select(table.column_names).cast(table.schema.remove_metadata())
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError) as exc:
        raise StoreError(f"{path}: new merged events do not fit the merged file's columns ({exc})") from exc
    layout["json"] = sorted(set(layout["json"]) | set(new_layout["json"]))
    return new.replace_schema_metadata({LAYOUT: json.dumps(layout)})


def _append(table: pa.Table, new: pa.Table, path: str) -> pa.Table:
    """Rows of `new` after those of `table`, in the layout of `table` (joined with that of `new`)."""
    new = _conformed(new, table, path)
    if not new.num_rows:
        return table
    return pa.concat_tables([table.replace_schema_metadata(None), new.replace_schema_metadata(None)]
                            ).replace_schema_metadata(new.schema.metadata)


_RELINK_COLUMNS = [*LINK_COLUMNS, "outcome", "announced_in"]  # what `_relinked` reads


def _take(table: pa.Table, rows: np.ndarray) -> pa.Table:
    """`table.take(rows)`, a record batch at a time: Arrow's take on a table of many chunks first joins
    them into one copy of every column."""
    batches = table.to_batches()
    if not batches:
        return table.take(pa.array(rows, pa.int64()))
    starts = np.cumsum([0] + [b.num_rows for b in batches])
    which = np.searchsorted(starts, rows, side="right") - 1
    by_batch = np.argsort(which, kind="stable")
    ordered, bounds = rows[by_batch], np.searchsorted(which[by_batch], np.arange(len(batches) + 1))
    pieces = [batches[b].take(pa.array(ordered[bounds[b]:bounds[b + 1]] - starts[b], pa.int64()))
              for b in range(len(batches)) if bounds[b + 1] > bounds[b]]
    got = pa.Table.from_batches(pieces, schema=table.schema) if pieces else table.schema.empty_table()
    back = np.empty(len(rows), "int64")
    back[by_batch] = np.arange(len(rows))
    return got.combine_chunks().take(pa.array(back, pa.int64()))


class Ordered:
    """Merged events to write: rows of a few tables (by number in their concatenation), in an order,
    with some columns given anew. They are taken a row group at a time as they are written, so that an
    update of a large store holds the merged file once, not again sorted."""

    def __init__(self, tables: list[pa.Table], rows: np.ndarray, columns: dict[str, pa.Array], layout: dict) -> None:
        self.tables, self.rows, self.columns = tables, rows, columns
        self.starts = np.cumsum([0] + [t.num_rows for t in tables])
        fields = [pa.field(n, pa.string()) if n in columns else tables[0].schema.field(n) for n in tables[0].column_names]
        self.schema = pa.schema(fields, metadata={LAYOUT: json.dumps(layout)})

    @property
    def num_rows(self) -> int:
        return len(self.rows)

    def slice(self, at: int, n: int) -> pa.Table:
        rows = self.rows[at:at + n]
        which = np.searchsorted(self.starts, rows, side="right") - 1
        parts, place = [], np.empty(len(rows), "int64")
        done = 0
        for k in np.unique(which):
            mine = np.flatnonzero(which == k)
            parts.append(_take(self.tables[k], rows[mine] - self.starts[k]).replace_schema_metadata(None))
            place[mine] = done + np.arange(len(mine))
            done += len(mine)
        t = pa.concat_tables(parts) if parts else self.tables[0].schema.empty_table().replace_schema_metadata(None)
        t = t.combine_chunks().take(pa.array(place, pa.int64()))
        for name, col in self.columns.items():
            t = t.set_column(t.schema.get_field_index(name), pa.field(name, pa.string()), col.slice(at, n))
        return t.cast(self.schema)

    def write(self, f, row_group: int) -> None:
        with pq.ParquetWriter(f, self.schema) as w:
            for at in range(0, self.num_rows, row_group):
                w.write_table(self.slice(at, row_group), row_group_size=row_group)
            if not self.num_rows:
                w.write_table(self.schema.empty_table())

    def to_table(self) -> pa.Table:
        return self.slice(0, self.num_rows)


def _relinked(table: pa.Table, fresh: list[str], left: pa.Table) -> tuple[dict[str, pa.Array], np.ndarray]:
    """Plans linked to outcomes as `merge.link_outcomes` links them over all merged events, linked
    again only where the rows of new groups (`fresh`) and the rows they replace (`left`) can change
    a link: a new plan, a plan whose outcome left, a plan a new outcome can fulfil; and the
    `announced_in` of every outcome such plans pointed or point to. Returns the `outcome` and
    `announced_in` columns so linked, and the order of the rows by date then event_id."""
    links = _Links(table)
    fresh_rows = sorted(links.where(fresh).values())
    full = {r for r in fresh_rows if links.planned[r]} | set(links.pointing(left.column("event_id")))
    more: dict[int, list[int]] = {}  # plan whose outcome stays -> new outcomes that may beat it
    for r in fresh_rows:
        for p in links.plans_near(r):
            more.setdefault(p, []).append(r)
    redo = sorted(full | set(more))
    before = {links.target(p) for p in redo}
    at = links.where(before)
    near = {p: links.outcomes_near(p) if p in full else [at[t] for t in [links.target(p)] if t in at] + more[p]
            for p in redo}
    links.load(redo + [r for rows in near.values() for r in rows])
    for p in redo:
        links.point(p, merge.best_outcome(links.row(p), sorted(links.load(near[p]), key=merge.outcome_rank)))
    after = links.where([*(links.target(p) for p in redo), *_targets(left.column("outcome")).to_pylist()])
    outcomes = sorted({*at.values(), *after.values()})  # a new outcome is found by the plans pointing to it
    announced = _announced(links, outcomes)
    columns = {"outcome": (redo, [links.outcome(p) for p in redo]),
               "announced_in": (outcomes, [announced.get(r) for r in outcomes])}
    new: dict[str, pa.Array] = {}
    for name, (rows, values) in columns.items():
        mask = np.zeros(table.num_rows, bool)
        mask[rows] = True
        col = table.column(name).combine_chunks().cast(pa.string())
        new[name] = pc.replace_with_mask(col, pa.array(mask), pa.array(values, pa.string()))
    order = pc.sort_indices(table.select(["date_start", "event_id"]),
                            sort_keys=[("date_start", "ascending", "at_end"), ("event_id", "ascending", "at_end")])
    return new, order.to_numpy(zero_copy_only=False)


def _linked_layout(table: pa.Table, outcome: pa.Array) -> dict:
    """The table's layout, `outcome` a JSON column when some plan has one."""
    layout = json.loads(table.schema.metadata[LAYOUT.encode()])
    linked = pc.any(pc.is_valid(outcome)).as_py()
    layout["json"] = sorted(set(layout["json"]) - {"outcome"} | ({"outcome"} if linked else set()))
    return layout


def _relink(table: pa.Table, fresh: list[str], left: pa.Table) -> pa.Table:
    """`_relinked` applied: the table linked again, sorted by date then event_id."""
    columns, order = _relinked(table, fresh, left)
    layout = _linked_layout(table, columns["outcome"])
    for name, col in columns.items():
        table = table.set_column(table.schema.get_field_index(name), pa.field(name, pa.string()), col)
    return table.take(pa.array(order)).replace_schema_metadata({LAYOUT: json.dumps(layout)})


def _announced(links: "_Links", outcomes: list[int]) -> dict[int, str]:
    """row -> the first plan (in `merge.plan_order`) pointing to it, for the rows in `outcomes`."""
    ids = {links.ids[r].as_py(): r for r in outcomes}
    first: dict[int, tuple] = {}
    plans = links.pointing(pa.array(list(ids), pa.string()))
    for p, plan in zip(plans, links.load(plans)):
        r, order = ids[links.target(p)], merge.plan_order(plan)
        first[r] = min(first.get(r, order), order)
    return {r: order[1] for r, order in first.items()}


def _targets(col: pa.ChunkedArray | pa.Array) -> pa.Array:
    """The event_id in each `outcome` cell (JSON text) or None, read by a pattern (JSON parsed only
    where the id holds a character that JSON escapes)."""
    col = col.combine_chunks() if isinstance(col, pa.ChunkedArray) else col
    found = pc.extract_regex(col, r'^\{"event_id": "(?P<id>[^"\\]*)", ')
    ids = pc.if_else(pc.is_valid(found), pc.struct_field(found, [0]), pa.scalar(None, pa.string()))
    odd = np.flatnonzero(pc.and_(pc.is_valid(col), pc.is_null(ids)).to_numpy(zero_copy_only=False))
    if len(odd):
        ids = pc.replace_with_mask(ids, pa.array(np.isin(np.arange(len(col)), odd)),
                                   pa.array([json.loads(col[int(r)].as_py())["event_id"] for r in odd], pa.string()))
    return ids


class _Links:
    """The merged events as linking reads them. Interval indexes find the outcomes whose dates a plan's
    can meet and the plans whose dates an outcome's can meet, naming a shared actor (a superset: days
    of month-only dates are bounds); `merge.best_outcome` then decides on the rows found, as dicts."""

    def __init__(self, table: pa.Table) -> None:
        self.light = table.select(LINK_COLUMNS)
        self.ids = table.column("event_id").combine_chunks()
        self.targets = _targets(table.column("outcome"))
        self.changed: dict[int, dict | None] = {}  # plan row -> its outcome row now, where linked again
        types = pc.dictionary_encode(table.column("type").combine_chunks()).indices.to_numpy(zero_copy_only=False)
        status = table.column("status")
        self.planned = pc.equal(status, "planned").to_numpy(zero_copy_only=False)
        occurred = pc.is_in(status, pa.array(["occurred", "negated"])).to_numpy(zero_copy_only=False)
        end = pc.fill_null(table.column("date_end"), "")
        s0, s1, s_ok = _days(table.column("date_start"))
        e0, e1, e_ok = _days(pc.if_else(pc.equal(end, ""), table.column("date_start"), end))
        f0, f1, f_ok = _days(table.column("first_reported"))
        dated = s_ok & e_ok
        lo, hi = np.minimum(s0, e0), np.maximum(s1, e1)
        actors = table.column("actors")
        # outcomes by when they happened; plans by when their outcome can lie
        self.when = _Intervals(types, actors, np.where(dated, lo, f0), np.where(dated, hi, f1), occurred & (dated | f_ok))
        self.plans = _Intervals(types, actors, np.where(dated, lo, f0), np.where(dated, hi, f1 + merge.LEAD_DAYS),
                                self.planned & (dated | f_ok))
        self.cache: dict[int, dict] = {}

    def where(self, ids) -> dict[str, int]:
        """event_id -> row of the events with these ids (unknown ones and None left out)."""
        ids = sorted({i for i in ids if i is not None})
        if not ids:
            return {}
        rows = np.flatnonzero(pc.is_in(self.ids, value_set=pa.array(ids, pa.string())).to_numpy(zero_copy_only=False))
        return dict(zip(self.ids.take(pa.array(rows, pa.int64())).to_pylist(), rows.tolist()))

    def load(self, rows: list[int]) -> list[dict]:
        """The rows as dicts of LINK_COLUMNS (each read from Arrow once)."""
        todo = sorted({r for r in rows if r not in self.cache})
        if todo:
            self.cache.update(zip(todo, self.light.take(pa.array(todo, pa.int64())).to_pylist()))
        return [self.cache[r] for r in rows]

    def row(self, r: int) -> dict:
        return self.load([r])[0]

    def outcomes_near(self, p: int) -> list[int]:
        return self.when.meeting(self.plans, p)

    def plans_near(self, r: int) -> list[int]:
        return self.plans.meeting(self.when, r)

    def target(self, p: int) -> str | None:
        """The event_id of the plan's outcome."""
        if p in self.changed:
            return self.changed[p] and self.changed[p]["event_id"]
        return self.targets[p].as_py()

    def point(self, p: int, outcome: dict | None) -> None:
        self.changed[p] = outcome

    def outcome(self, p: int) -> str | None:
        """The plan's `outcome` cell: JSON text."""
        o = self.changed[p]
        return None if o is None else json.dumps({"event_id": o["event_id"], "status": o["status"]}, ensure_ascii=False)

    def pointing(self, ids: pa.Array | pa.ChunkedArray) -> list[int]:
        """The plans whose outcome is one of `ids` now."""
        found = np.flatnonzero(pc.fill_null(pc.is_in(self.targets, value_set=ids), False).to_numpy(zero_copy_only=False))
        wanted = set(ids.to_pylist())
        return sorted({p for p in found.tolist() if p not in self.changed} |
                      {p for p, o in self.changed.items() if o is not None and o["event_id"] in wanted})


class _Intervals:
    """Rows by kind, actor and an interval of days [lo, hi]: `meeting` finds the rows of a row's kind that
    share one of its actors and whose interval meets its interval in another index. Sorted NumPy arrays of
    (kind, actor, start) pairs: intervals of up to SHORT days are found by binary search on their start,
    longer ones by a scan of their kind and actor."""
    SHORT = 62

    def __init__(self, kind: np.ndarray, actors: pa.ChunkedArray, lo: np.ndarray, hi: np.ndarray,
                 valid: np.ndarray) -> None:
        actors = actors.combine_chunks()
        self.lo, self.hi, self.kind, self.valid = lo, hi, kind, valid
        flat = pc.dictionary_encode(pc.list_flatten(actors))
        self.actor = flat.indices.to_numpy(zero_copy_only=False).astype("int64")
        self.names = flat.dictionary
        offsets = actors.offsets.to_numpy()
        self.first = offsets - offsets[0]  # row r's actors: self.actor[first[r]:first[r + 1]]
        row = pc.list_parent_indices(actors).to_numpy(zero_copy_only=False)
        keep = valid[row]
        row, actor = row[keep], self.actor[keep]
        width = len(self.names) + 1
        short = (hi - lo)[row] <= self.SHORT
        self.sets = []
        for part in (short, ~short):
            k = kind[row[part]].astype("int64") * width + actor[part]
            order = np.argsort((k << 32) + (lo[row[part]] + (1 << 31)), kind="stable")  # by k, then start
            self.sets.append((k[order], lo[row[part]][order], row[part][order]))
        self.width = width

    def codes(self, names) -> list[int]:
        """Codes of these actor names in this index (unknown ones left out)."""
        found = pc.index_in(pa.array(names, pa.string()), value_set=self.names)
        return [c for c in found.to_pylist() if c is not None]

    def meeting(self, other: "_Intervals", r: int) -> list[int]:
        """Rows of this index of the kind of row r of `other`, sharing an actor, whose interval meets its."""
        if not other.valid[r]:
            return []
        names = other.names.take(pa.array(other.actor[other.first[r]:other.first[r + 1]])).to_pylist()
        return self.find(int(other.kind[r]), self.codes(names), int(other.lo[r]), int(other.hi[r]))

    def find(self, kind: int, codes: list[int], a: int, b: int) -> list[int]:
        """Rows of the kind naming one of the actors (codes) whose interval meets [a, b]."""
        found: set[int] = set()
        for code in codes:
            k = kind * self.width + code
            for n, (keys, starts, rows) in enumerate(self.sets):
                i, j = np.searchsorted(keys, k), np.searchsorted(keys, k, side="right")
                if n == 0:  # short: starts from a - SHORT to b
                    i, j = i + np.searchsorted(starts[i:j], a - self.SHORT), i + np.searchsorted(starts[i:j], b, side="right")
                hits = rows[i:j]
                found.update(hits[(self.lo[hits] <= b) & (self.hi[hits] >= a)].tolist())
        return sorted(found)


def _days(col: pa.ChunkedArray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(first, last, ok) for each text as `merge._parse` reads it, in days since 1970: ok where it reads a
    date; first and last the same day for YYYY-MM-DD..., the first day and 30 days later for YYYY-MM.
    The digits are read by position and checked as a calendar date in NumPy (no per-row parsing)."""
    text = pc.fill_null(col.combine_chunks() if isinstance(col, pa.ChunkedArray) else col, "")
    day_form = pc.fill_null(pc.match_substring_regex(text, r"^\d{4}-\d{2}-\d{2}"), False)
    month_form = pc.fill_null(pc.match_substring_regex(text, r"^\d{4}-\d{2}$"), False)
    form = pc.or_(day_form, month_form).to_numpy(zero_copy_only=False)
    day_form = day_form.to_numpy(zero_copy_only=False)

    def number(a: int, b: int, where: np.ndarray) -> np.ndarray:
        digits = pc.if_else(pa.array(where), pc.utf8_slice_codeunits(text, a, b), "0")
        return pc.cast(digits, pa.int64()).to_numpy(zero_copy_only=False)

    year, month = number(0, 4, form), number(5, 7, form)
    day = np.where(day_form, number(8, 10, day_form), 1)
    ok = form & (year >= 1) & (month >= 1) & (month <= 12)
    months = np.where(ok, (year - 1970) * 12 + month - 1, 0)
    start = months.astype("datetime64[M]").astype("datetime64[D]").astype("int64")
    length = (months + 1).astype("datetime64[M]").astype("datetime64[D]").astype("int64") - start
    ok &= (day >= 1) & (day <= length)
    first = np.where(ok, start + day - 1, 0)
    last = np.where(day_form, first, first + 30)
    return first, np.where(ok, last, 0), ok
