"""Announcements and outcomes across events: which event a plan led to, and which plan announced an event.

events/merge.py gives a planned event `outcome` {event_id, status} and its outcome `announced_in`
(the plan's event_id); an event file keeps `outcome` as JSON text (or a struct in Parquet).
"""
from __future__ import annotations

import json
from typing import NamedTuple

import numpy as np
import pyarrow as pa

from events.store import Store, take

# field, row label in the details, button that opens the other event
LINKS = (("outcome", "Uitkomst van deze aankondiging", "Naar de uitkomst"),
         ("announced_in", "Aangekondigd in", "Naar de aankondiging"))


class Link(NamedTuple):
    """A link from the event shown to another event."""
    label: str
    button: str
    event_id: str
    text: str = ""  # what the other event is, in a few plain words


def linked_id(value) -> str:
    """The event_id a link value names: a plain id, an {event_id, ...} object, or its JSON text."""
    if isinstance(value, str) and value.startswith("{"):
        try:
            value = json.loads(value)
        except ValueError:
            return ""
    if isinstance(value, dict):
        value = value.get("event_id")
    return value if isinstance(value, str) else ""


def outcome_ids(table: pa.Table) -> list[str]:
    """For each row, the event_id of its outcome ('' when none)."""
    if "outcome" not in table.column_names:
        return [""] * table.num_rows
    return [linked_id(v) for v in table.column("outcome").to_pylist()]


def plan_outcome_rows(store: Store, rows: np.ndarray) -> np.ndarray:
    """(plan row, outcome row) pairs where both events are among `rows`."""
    t = take(store.table, rows, ["event_id", "outcome"])
    row_of = dict(zip(t.column("event_id").to_pylist(), rows.tolist()))
    pairs = [(plan, row_of[o]) for plan, o in zip(rows.tolist(), outcome_ids(t)) if o in row_of]
    return np.array(pairs, dtype="int64").reshape(-1, 2)


def linked_events(event: dict) -> list[Link]:
    """Every event this one links to: its outcome, or the plan that announced it."""
    return [Link(label, button, linked_id(event.get(key)))
            for key, label, button in LINKS if linked_id(event.get(key))]
