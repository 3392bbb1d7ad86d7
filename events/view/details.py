"""One event in full as HTML in which every piece of article text is escaped, and its links."""
from __future__ import annotations

import html
import json
import re
from typing import Mapping

import numpy as np
import pyarrow.compute as pc

from events.store import Store
from events.view.labels import PRECISION_NL, STATUS_NL, TYPE_NL, conflict_nl, name
from events.view.links import Link, linked_events
from events.view.table import safe_url

MARK_TRIGGER = "background:#ffe08a;padding:0 2px;border-radius:3px"
MARK_ACTOR = "background:#cfe3ff;padding:0 2px;border-radius:3px"
WARNING = "background:#fff4e5;border-left:4px solid #e8a317;padding:.4em .7em;margin:0 0 .6em 0"
TH = "text-align:left;padding-right:1em;vertical-align:top"
MISSING = "niet in deze weergave"  # a linked event the current view (e.g. per article) lacks


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


def actor_terms(event: dict, names: Mapping[str, tuple[str, str]],
                aliases: Mapping[str, list[str]] | None = None) -> list[str]:
    """Words that name the event's actors in a sentence: Dutch names and forms, codes, people."""
    terms = []
    for code in event.get("actors") or []:
        terms += [code, name(code, names)] + list((aliases or {}).get(code, []))
    for person in event.get("people") or []:
        terms += [person, person.split()[-1]]
    return terms


def _actors(codes, names) -> str:
    """Escaped Dutch names of actor codes, or a dash."""
    return ", ".join(html.escape(name(c, names)) for c in codes or []) or "–"


def summary(event: dict, names: Mapping) -> str:
    """'Top (gepland), 2022-06-01: Rusland, Turkije' as plain text."""
    typ, status = event.get("type") or "", event.get("status") or ""
    actors = ", ".join(name(c, names) for c in event.get("actors") or []) or "–"
    return (f"{TYPE_NL.get(typ, typ)} ({STATUS_NL.get(status, status)}), "
            f"{event.get('date_start') or 'datum onbekend'}: {actors}")


def links(store: Store, event: dict, names: Mapping) -> list[Link]:
    """The announcement or outcome this event links to, each with a summary of the other event."""
    out = []
    for link in linked_events(event):
        row = find_event(store, link.event_id)
        text = summary(event_record(store, row), names) if row is not None else MISSING
        out.append(link._replace(text=text))
    return out


def details_html(event: dict, names: Mapping[str, tuple[str, str]],
                 aliases: Mapping[str, list[str]] | None = None,
                 linked: list[Link] = ()) -> str:
    """Everything about one event as HTML in which every piece of article text is escaped."""
    e = html.escape
    date = e(event.get("date_start") or "onbekend")
    if event.get("date_end") and event.get("date_end") != event.get("date_start"):
        date += " – " + e(event["date_end"])
    said = f" (“{e(event['date_text'])}”)" if event.get("date_text") else " (publicatiedatum)"
    rows = [("Datum", f"{date}{said}, precisie {e(PRECISION_NL.get(event.get('date_precision'), ''))}"),
            ("Status", e(STATUS_NL.get(event.get("status"), event.get("status") or ""))),
            ("Actoren", _actors(event.get("actors"), names)),
            ("Wie → wie", f"{_actors(event.get('source_actors'), names)} → "
                          f"{_actors(event.get('target_actors'), names)}"),
            ("Personen", e(", ".join(event.get("people") or [])) or "–"),
            ("Locatie", e(event.get("location") or "") or "–"),
            ("CAMEO", e(event.get("cameo") or "")), ("Regel", e(event.get("rule") or "")),
            ("Trigger", e(event.get("trigger") or ""))]
    rows += [(e(link.label), e(link.text)) for link in linked]
    rows += [("Artikel", _article_html(event, i)) for i in range(len(event.get("article_ids") or []))]
    terms = actor_terms(event, names, aliases)
    evidence = "".join(
        f"<li>{highlight(ev.get('sentence', ''), [event.get('trigger') or ''], terms)}"
        f" <small style='color:#666'>[{e(str(ev.get('article_id', '')))}]</small></li>"
        for ev in event.get("evidence") or [])
    table = "".join(f"<tr><th style='{TH}'>{k}</th><td>{v}</td></tr>" for k, v in rows)
    title = f"{e(TYPE_NL.get(event.get('type'), event.get('type') or ''))}: {_actors(event.get('actors'), names)}"
    return (f"<div><h4 style='margin:0 0 .5em 0'>{title}</h4>{_conflict_html(event)}<table>{table}</table>"
            f"<p style='margin:.8em 0 .2em 0'><b>Bewijs</b></p><ol>{evidence}</ol></div>")


def _conflict_html(event: dict) -> str:
    """A warning box when the merged reports disagree, else ''."""
    if not event.get("conflict"):
        return ""
    return (f"<div role='alert' style='{WARNING}'>⚠️ Bronnen spreken elkaar tegen: "
            f"{html.escape(conflict_nl(str(event['conflict'])))}</div>")


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
