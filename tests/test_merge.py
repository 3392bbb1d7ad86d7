"""Tests for events.merge: one timeline event per real-world event, plans linked to outcomes."""
import datetime as dt
import random

import pytest

from events.merge import count_sources, merge_events
from events.model import Article, PubDate


def ev(event_id, article, type_="summit", status="occurred", start="2022-11-15", end=None, actors=("G20",),
       location="", source="", published="2022-11-16", date_source="sentence", cameo="043"):
    """A per-article event as the extractor emits it."""
    return {"event_id": event_id, "type": type_, "cameo": cameo, "status": status,
            "date_start": start, "date_end": end or start, "date_precision": "day", "date_text": "",
            "date_source": date_source if start else "none", "actors": list(actors), "source_actors": [],
            "target_actors": [], "people": [], "location": location,
            "evidence": [{"article_id": article, "sentence": f"zin uit {article}", "start": 0, "end": 10}],
            "trigger": "top", "rule": f"{type_}.test", "article_ids": [article], "titles": [f"titel {article}"],
            "urls": [f"https://x/{article}"], "sources": [source] if source else [""], "published": [published]}


def rows(table):
    """Turn a table of (id, *values) into pytest parameters with readable ids."""
    return [pytest.param(*case[1:], id=case[0]) for case in table]


TALKS = dict(type_="talks", actors=("RUS", "TUR"), cameo="040")

# id, per-article events, expected groups (merged_from of each timeline event)
GROUPS = [
    ("same-summit-three-articles",
     [ev("e1", "a1", start="2022-11-15", end="2022-11-16"), ev("e2", "a2", start="2022-11-15"),
      ev("e3", "a3", start="2022-11-01", end="2022-11-30", date_source="publication")],
     [["e1", "e2", "e3"]]),
    ("two-talks-one-week-different-days",
     [ev("t1", "a1", start="2022-10-10", **TALKS), ev("t2", "a2", start="2022-10-13", **TALKS)],
     [["t1"], ["t2"]]),
    ("week-report-between-two-days-stays-apart",
     [ev("t1", "a1", start="2022-10-10", **TALKS), ev("t2", "a2", start="2022-10-13", **TALKS),
      ev("t3", "a3", start="2022-10-10", end="2022-10-16", **TALKS)],
     [["t1"], ["t3"], ["t2"]]),
    ("same-article-never-merged",
     [ev("t1", "a1", start="2022-10-10", **TALKS), ev("t2", "a1", start="2022-10-10", **TALKS)],
     [["t1"], ["t2"]]),
    ("conflicting-dates-kept-apart",
     [ev("e1", "a1", start="2022-11-15"), ev("e2", "a2", start="2022-11-20")],
     [["e1"], ["e2"]]),
    ("different-type-kept-apart",
     [ev("e1", "a1"), ev("e2", "a2", type_="talks")],
     [["e1"], ["e2"]]),
    ("different-status-kept-apart",
     [ev("e1", "a1"), ev("e2", "a2", status="planned")],
     [["e1"], ["e2"]]),
    ("different-places-kept-apart",
     [ev("e1", "a1", location="Bali, IDN"), ev("e2", "a2", location="Astana, KAZ")],
     [["e1"], ["e2"]]),
    ("place-given-once-merges",
     [ev("e1", "a1", location="Bali, IDN"), ev("e2", "a2", location="Bali"), ev("e3", "a3")],
     [["e1", "e2", "e3"]]),
    ("actors-contained-merge",
     [ev("e1", "a1", actors=("G20",)), ev("e2", "a2", actors=("G20", "USA", "CHN"))],
     [["e1", "e2"]]),
    ("actors-too-different-kept-apart",
     [ev("e1", "a1", actors=("USA", "CHN")), ev("e2", "a2", actors=("USA", "RUS"))],
     [["e1"], ["e2"]]),
    ("no-actors-kept-apart",
     [ev("e1", "a1", actors=()), ev("e2", "a2", actors=())],
     [["e1"], ["e2"]]),
    ("undated-anchored-by-a-dated-report",
     [ev("e1", "a1", status="planned", start="2022-11-15", end="2022-11-16", published="2022-11-01"),
      ev("e2", "a2", status="planned", start=None, published="2022-10-11")],
     [["e1", "e2"]]),
    ("undated-without-anchor-stay-apart",
     [ev("e1", "a1", status="planned", start=None), ev("e2", "a2", status="planned", start=None)],
     [["e1"], ["e2"]]),
    ("undated-far-from-anchor-stays-apart",
     [ev("e1", "a1", status="planned", start="2022-11-15", published="2022-11-01"),
      ev("e2", "a2", status="planned", start=None, published="2022-06-01")],
     [["e1"], ["e2"]]),
    ("undated-fitting-two-groups-stays-apart",
     [ev("t1", "a1", start="2022-10-10", published="2022-10-10", **TALKS),
      ev("t2", "a2", start="2022-10-13", published="2022-10-13", **TALKS),
      ev("t3", "a3", start=None, published="2022-10-14", **TALKS)],
     [["t1"], ["t2"], ["t3"]]),
    ("spans-across-a-month-boundary-meet",  # the month index must find groups in every month touched
     [ev("e1", "a1", start="2022-10-31", end="2022-11-01"), ev("e2", "a2", start="2022-11-01")],
     [["e1", "e2"]]),
    ("decade-wide-spans-meet",  # spans over 24 months are indexed by kind and actor alone
     [ev("e1", "a1", start="1990-01-01", end="1999-12-31"), ev("e2", "a2", start="1990-01-01", end="1999-12-31")],
     [["e1", "e2"]]),
    ("undated-with-new-actor-stays-apart",
     [ev("e1", "a1", start="2022-11-15"), ev("e2", "a2", start=None, actors=("G20", "RUS"))],
     [["e1"], ["e2"]]),
]


@pytest.mark.parametrize("events, groups", rows(GROUPS))
def test_groups(events, groups):
    assert [e["merged_from"] for e in merge_events(events)] == groups


def test_three_article_summit_fields():
    (e,) = merge_events([ev("e3", "a3", start="2022-11-01", end="2022-11-30", date_source="publication",
                            published="2022-11-18", source="NOS", cameo="04"),
                         ev("e1", "a1", start="2022-11-15", end="2022-11-16", published="2022-11-14", source="ANP"),
                         ev("e2", "a2", start="2022-11-15", published="2022-11-16", source="ANP")])
    assert (e["n_articles"], e["n_sources"]) == (3, 2)
    assert (e["first_reported"], e["last_reported"]) == ("2022-11-14", "2022-11-18")
    assert (e["date_start"], e["date_end"], e["date_article"]) == ("2022-11-15", "2022-11-15", "a2")
    assert [d["article_id"] for d in e["dates"]] == ["a1", "a2", "a3"]
    assert [x["article_id"] for x in e["evidence"]] == ["a1", "a2", "a3"] == e["article_ids"]
    assert e["sources"] == ["ANP", "ANP", "NOS"] and e["cameo"] == "043"
    assert e["merge_rule"] == "same-type+actors+date-overlap" and e["conflict"] == ""
    assert e["event_id"].startswith("e-") and len(e["event_id"]) == 18


def test_lone_event_keeps_its_id():
    (e,) = merge_events([ev("e-00000000000000aa", "a1")])
    assert (e["event_id"], e["n_articles"], e["merge_rule"], e["merged_from"]) == (
        "e-00000000000000aa", 1, "single-article", ["e-00000000000000aa"])


WIRE = ("Turkse president Erdogan ontmoet president Poetin later deze week in Kazachstan, meldt zijn woordvoerder. "
        "De twee leiders bespreken de graanexport en een mogelijk staakt-het-vuren in Oekraïne.")
OTHER = "Poetin en Erdogan spraken in Astana over graan, schrijft onze correspondent."


def article(id_, text, source):
    return Article(id=id_, text=text, published=PubDate(dt.date(2022, 10, 11), dt.date(2022, 10, 11), "day"),
                   source=source)


# id, texts of the articles, outlets, expected number of sources
SOURCES = [
    ("wire-copy-two-outlets", [WIRE, WIRE + " (ANP)"], ["NOS", "Trouw"], 1),
    ("different-texts-two-outlets", [WIRE, OTHER], ["NOS", "Trouw"], 2),
    ("same-outlet-different-texts", [WIRE, OTHER], ["NOS", "NOS"], 1),
    ("unknown-outlets-different-texts", [WIRE, OTHER], ["", ""], 2),
]


@pytest.mark.parametrize("texts, outlets, expected", rows(SOURCES))
def test_count_sources(texts, outlets, expected):
    ids = [f"a{i}" for i in range(len(texts))]
    assert count_sources(ids, dict(zip(ids, outlets)), dict(zip(ids, texts))) == expected


def test_wire_copy_counts_as_one_source():
    arts = {"a1": article("a1", WIRE, "NOS"), "a2": article("a2", WIRE, "Trouw")}
    events = [ev("t1", "a1", start="2022-10-13", **TALKS), ev("t2", "a2", start="2022-10-13", **TALKS)]
    (e,) = merge_events(events, arts)
    assert (e["n_articles"], e["n_sources"]) == (2, 1)


@pytest.mark.parametrize("outcome_status", ["occurred", "negated"])
def test_announced_meeting_is_linked_not_merged(outcome_status):
    plan = ev("p1", "a1", status="planned", start="2022-10-10", end="2022-10-16", published="2022-10-10", **TALKS)
    held = ev("h1", "a2", status=outcome_status, start="2022-10-13", published="2022-10-14", **TALKS)
    planned, outcome = sorted(merge_events([held, plan]), key=lambda e: e["status"] != "planned")
    assert planned["outcome"] == {"event_id": "h1", "status": outcome_status}
    assert (outcome["announced_in"], planned["announced_in"], outcome["outcome"]) == ("p1", None, None)


# id, plan date, plan published, outcome date, outcome published, linked?
LINKS = [
    ("undated-plan-outcome-within-60-days", None, "2022-10-01", "2022-11-15", "2022-11-16", True),
    ("undated-plan-outcome-too-late", None, "2022-10-01", "2023-01-15", "2023-01-16", False),
    ("outcome-outside-planned-interval", "2022-10-10", "2022-10-09", "2022-10-20", "2022-10-20", False),
    ("outcome-reported-before-plan", "2022-10-10", "2022-10-09", "2022-10-10", "2022-10-08", False),
]


@pytest.mark.parametrize("plan_date, plan_pub, out_date, out_pub, linked", rows(LINKS))
def test_link_windows(plan_date, plan_pub, out_date, out_pub, linked):
    plan = ev("p1", "a1", status="planned", start=plan_date, published=plan_pub, **TALKS)
    held = ev("h1", "a2", start=out_date, published=out_pub, **TALKS)
    (planned,) = [e for e in merge_events([plan, held]) if e["status"] == "planned"]
    assert (planned["outcome"] is not None) == linked


def test_partly_overlapping_dates_merge_with_conflict():
    (e,) = merge_events([ev("e1", "a1", start="2022-11-14", end="2022-11-16"),
                         ev("e2", "a2", start="2022-11-16", end="2022-11-18")])
    assert "dates overlap only partly" in e["conflict"] and e["date_start"] in ("2022-11-14", "2022-11-16")


def test_different_actors_tolerated_with_conflict():
    (e,) = merge_events([ev("e1", "a1", actors=("USA", "CHN", "G20")), ev("e2", "a2", actors=("USA", "IDN", "G20"))])
    assert e["conflict"].startswith("actors differ") and e["actors"] == ["USA", "CHN", "G20", "IDN"]


def test_deterministic_order_and_ids():
    events = [ev(f"t{i}", f"a{i}", start=f"2022-10-{10 + i % 3:02d}", **TALKS) for i in range(9)] + [
        ev("u1", "b1", start=None), ev("s1", "b2", start="2022-09-01")]
    first = merge_events(events)
    for seed in range(5):
        random.Random(seed).shuffle(events)
        assert merge_events(events) == first
    assert [e["date_start"] for e in first] == ["2022-09-01", "2022-10-10", "2022-10-11", "2022-10-12", None]


def brute_sources(ids, outlets, texts):
    """count_sources by comparing every pair of texts, as it was written first."""
    from events.merge import _shingles
    root = {a: a for a in ids}

    def find(a):
        while root[a] != a:
            a = root[a]
        return a
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            x, y = set(_shingles(texts[a]).tolist()), set(_shingles(texts[b]).tolist())
            if (outlets[a] and outlets[a] == outlets[b]) or len(x & y) / len(x | y) >= 0.8:
                root[find(b)] = find(a)
    return len({find(a) for a in ids})


@pytest.mark.parametrize("seed", range(40))
def test_count_sources_of_many_articles_equals_every_pair_compared(seed):
    rnd = random.Random(seed)
    words = [f"w{i}" for i in range(60)]
    originals = [[rnd.choice(words) for _ in range(rnd.randint(3, 60))] for _ in range(8)]
    ids, texts, outlets = [], {}, {}
    for n in range(rnd.randint(13, 40)):  # over 12 texts: the prefix filter decides which pairs to compare
        text = list(rnd.choice(originals))
        for _ in range(rnd.choice([0, 0, 1, 2, 5, 20])):  # wire copies, lightly and heavily edited
            text[rnd.randrange(len(text))] = rnd.choice(words)
        ids.append(f"a{n}")
        texts[f"a{n}"] = " ".join(text)
        outlets[f"a{n}"] = rnd.choice(["", "", "", "NOS", "ANP"])
    assert count_sources(ids, outlets, texts) == brute_sources(ids, outlets, texts)


def test_a_pool_shares_equal_values_and_changes_no_decision():
    """`_light` with a pool makes equal actor sets, spans and kinds one object (the memory of a large
    merge); grouping the same events with and without a pool gives the same groups."""
    from events import merge
    events = [ev(f"t{i}", f"a{i % 4}", start=f"2022-10-{10 + i % 3:02d}", **TALKS) for i in range(12)] + [
        ev("u1", "b1", start=None), ev("s1", "b2", start="2022-09-01", end="2022-09-30")]
    pool: dict = {}
    shared = [merge._light(n, e, {}, pool) for n, e in enumerate(events)]
    apart = [merge._light(n, e, {}) for n, e in enumerate(events)]
    assert shared[0].actors is shared[1].actors and shared[0].span is shared[3].span and shared[0].kind is shared[5].kind
    assert apart[0].actors is not apart[1].actors
    members = lambda evs: [[m.id for m in g.members] for g in merge._assign(evs)]  # noqa: E731
    assert members(shared) == members(apart) and len(members(shared)) < len(events)
