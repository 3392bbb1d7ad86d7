"""Whole articles written by the team: the events, their status, actors and dates."""
import os

import pytest

from events import articles, extract
from conftest import ROOT

FIX = os.path.join(ROOT, "tests", "fixtures", "articles")


def _events(name):
    w = []
    arts = list(articles.read([os.path.join(FIX, name)], w.append))
    assert w == [] and len(arts) == 1
    return arts[0], [e.to_dict() for e in extract.extract_article(arts[0])]


# (type, status, actors that must be there, date_start, date_end)
OSLO = [
    ("talks", "occurred", {"NOR", "UKR"}, "2023-03-09", "2023-03-09"),
    ("delivery", "planned", {"NOR", "UKR"}, None, None),
    ("delivery", "occurred", {"NOR"}, None, None),
    ("warning", "occurred", {"RUS", "NOR"}, "2023-03-08", "2023-03-08"),
    ("talks", "planned", {"NOR", "SWE"}, "2023-03-14", "2023-03-14"),
    ("summit", "negated", {"FIN"}, None, None),
]


def test_oslo_article():
    art, evs = _events("t_oslo_gesprekken.txt")
    assert art.published.precision == "day" and art.dateline == "Oslo"
    for typ, status, actors, start, end in OSLO:
        hits = [e for e in evs if e["type"] == typ and e["status"] == status and actors <= set(e["actors"])]
        assert hits, f"no {typ}/{status} with {actors}: {[(e['type'], e['status'], e['actors']) for e in evs]}"
        if start:
            assert (hits[0]["date_start"], hits[0]["date_end"]) == (start, end)
    assert len(evs) == len(OSLO), [(e["type"], e["status"], e["evidence"][0]["sentence"]) for e in evs]


def test_repeated_mention_joins_evidence():
    _, evs = _events("t_oslo_gesprekken.txt")
    talks = [e for e in evs if e["type"] == "talks" and e["status"] == "occurred"]
    assert len(talks) == 1 and len(talks[0]["evidence"]) == 2


def test_conditional_delivery_is_no_event():
    _, evs = _events("t_oslo_gesprekken.txt")
    assert not any("gevechtsvliegtuigen" in s["sentence"] for e in evs if e["type"] == "delivery" for s in e["evidence"])


def test_article_without_diplomacy_has_no_events():
    _, evs = _events("t_geen_diplomatie.txt")
    assert evs == []


def test_workers_give_the_same_output_in_the_same_order():
    folder = os.path.join(ROOT, "data", "articles")
    one = extract.extract_paths([folder], workers=1)
    two = extract.extract_paths([folder], workers=2)
    assert one.events == two.events and one.warnings == two.warnings


def test_undated_article_keeps_events_without_a_date(tmp_path):
    p = tmp_path / "x.txt"
    p.write_text("De Duitse kanselier sprak gisteren met de Franse president over Oekraïne.", encoding="utf-8")
    res = extract.extract_paths([str(p)])
    assert res.events and all(e["date_start"] is None and e["date_precision"] == "unknown" for e in res.events)
    assert "no 'date" in res.warnings[0]
