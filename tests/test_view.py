"""The dashboard's logic without the page: loading, filters, the URL, figures, details, exports."""
import datetime as dt
import io
import json
import os
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from events import export, store, view

FIXTURE = Path(__file__).parent / "fixtures" / "events_small.jsonl"
EVENTS = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]
NAMES = {"RUS": ("Rusland", "land"), "TUR": ("Turkije", "land"), "UKR": ("Oekraïne", "land"),
         "NATO": ("NAVO", "organisatie")}


@pytest.fixture(scope="module")
def data():
    return store.build_store(store.read_table(str(FIXTURE)))


def ids(data, rows):
    return set(data.table.column("event_id").take(rows).to_pylist())


def expected(pred):
    return {e["event_id"] for e in EVENTS if pred(e)}


DEFAULT = lambda e: e["status"] != "negated"  # noqa: E731


# --- loading ---------------------------------------------------------------------------------

def test_jsonl_and_parquet_load_the_same(tmp_path, data):
    path = tmp_path / "events.parquet"
    export.write_events(EVENTS, str(path))
    again = store.build_store(store.read_table(str(path)))
    assert again.table.column("event_id").to_pylist() == data.table.column("event_id").to_pylist()
    assert again.actor_codes == data.actor_codes
    assert (again.frame["start"].fillna(pd.Timestamp(0)) == data.frame["start"].fillna(pd.Timestamp(0))).all()


def test_store_indexes_actors_dates_and_order(data):
    assert len(data) == len(EVENTS)
    assert data.merged
    first = data.frame["start"].iloc[data.order].tolist()
    dated = [d for d in first if not pd.isna(d)]
    assert dated == sorted(dated) and pd.isna(first[-1]), "by date, undated last"
    rus = data.actor_codes.index("RUS")
    assert len(set(data.act_row[data.act_id == rus])) == sum("RUS" in e["actors"] for e in EVENTS)


def test_events_without_optional_fields_load():
    table = export.events_table([{"event_id": "e-1", "type": "talks", "status": "occurred",
                                  "date_start": "2022-01-01", "actors": ["RUS"]}])
    small = store.build_store(table)
    assert not small.merged and small.frame["n_articles"].tolist() == [1]
    assert small.frame["end"].tolist() == [pd.Timestamp("2022-01-01")], "end defaults to start"


def test_unknown_event_file_is_an_error(tmp_path):
    with pytest.raises(ValueError, match="parquet or .jsonl"):
        store.read_table(str(tmp_path / "events.csv"))


def test_choose_source(tmp_path):
    (tmp_path / "data" / "articles").mkdir(parents=True)
    (tmp_path / "data" / "articles" / "a.txt").write_text("Tekst", encoding="utf-8")
    corpus = store.choose_source(tmp_path, env={})
    assert corpus.kind == "corpus"
    assert store.choose_source(tmp_path, env={}).key == corpus.key, "same content, same key"
    (tmp_path / "data" / "articles" / "a.txt").write_text("Andere tekst", encoding="utf-8")
    assert store.choose_source(tmp_path, env={}).key != corpus.key, "new content, new key"
    events = tmp_path / "data" / "events.jsonl"
    events.write_text("", encoding="utf-8")
    future = time.time() + 60
    os.utime(events, (future, future))
    assert store.choose_source(tmp_path, env={}).kind == "file", "a newer CLI file wins"
    os.utime(events, (0, 0))
    assert store.choose_source(tmp_path, env={}).kind == "corpus", "an older one does not"
    chosen = store.choose_source(tmp_path, env={"EVENTS_DATA": str(FIXTURE)})
    assert chosen.kind == "file" and chosen.path == str(FIXTURE)


def test_lexicon_names_and_fallback(tmp_path):
    (tmp_path / "countries.toml").write_text('[[country]]\ncode = "RUS"\nname = "Rusland"\n'
                                            'adjectives = ["Russische"]\n', encoding="utf-8")
    names = store.load_names(tmp_path)
    assert names == {"RUS": ("Rusland", "land")}
    assert view.name("XKX", names) == "XKX", "no entry: the code itself"
    assert store.group_of("HAMAS", names) == "organisatie" and store.group_of("DEU", names) == "land"
    assert "Russische" in store.load_aliases(tmp_path)["RUS"]


# --- filters and the URL ----------------------------------------------------------------------

@pytest.mark.parametrize("filters,pred", [
    (view.Filters(), DEFAULT),
    (view.Filters(statuses=()), lambda e: True),
    (view.Filters(statuses=("negated",)), lambda e: e["status"] == "negated"),
    (view.Filters(actors=("RUS", "TUR")), lambda e: DEFAULT(e) and {"RUS", "TUR"} & set(e["actors"])),
    (view.Filters(actors=("RUS", "TUR"), mode="all"),
     lambda e: DEFAULT(e) and {"RUS", "TUR"} <= set(e["actors"])),
    (view.Filters(actors=("RUS", "XXX"), mode="all"), lambda e: False),
    (view.Filters(types=("summit", "talks")), lambda e: DEFAULT(e) and e["type"] in ("summit", "talks")),
    (view.Filters(start=dt.date(2022, 3, 20), end=dt.date(2022, 6, 5)),
     lambda e: DEFAULT(e) and e["date_start"] and e["date_start"] <= "2022-06-05"
     and e["date_end"] >= "2022-03-20"),
    (view.Filters(text="OEKRAÏNE"), lambda e: DEFAULT(e) and any(
        "oekraïne" in ev["sentence"].lower() for ev in e["evidence"])),
    (view.Filters(article="a05"), lambda e: DEFAULT(e) and "a05" in e["article_ids"]),
    (view.Filters(article="nope"), lambda e: False),
], ids=["default", "all-statuses", "negated", "any-of", "all-of", "all-of-unknown", "types",
        "date-overlap", "text-case", "article", "unknown-article"])
def test_filters(data, filters, pred):
    assert ids(data, view.apply(data, filters).rows) == expected(pred)


def test_month_event_overlaps_a_date_range_inside_it(data):
    rows = view.apply(data, view.Filters(start=dt.date(2022, 3, 10), end=dt.date(2022, 3, 12))).rows
    assert "in maart" in data.table.column("date_text").take(rows).to_pylist()


def test_counts_are_facets(data):
    result = view.apply(data, view.Filters(types=("summit",)))
    types = view.counts(data, result, "type")
    assert types["talks"] == sum(e["type"] == "talks" and DEFAULT(e) for e in EVENTS), \
        "a facet's counts ignore its own filter"
    actors = view.counts(data, result, "actor")
    assert actors["NATO"] == sum(e["type"] == "summit" and "NATO" in e["actors"] and DEFAULT(e) for e in EVENTS)
    assert view.counts(data, result, "status") == {
        s: n for s in ("negated", "occurred", "planned")
        if (n := sum(e["type"] == "summit" and e["status"] == s for e in EVENTS))}


@pytest.mark.parametrize("query,filters", [
    ({}, view.Filters()),
    ({"actor": ["RUS", "TUR"], "mode": ["all"]}, view.Filters(actors=("RUS", "TUR"), mode="all")),
    ({"status": ["alle"]}, view.Filters(statuses=())),
    ({"type": ["talks", "bogus"], "mode": ["some"], "from": ["2022-13-01"], "to": ["2022-02-01"]},
     view.Filters(types=("talks",), end=dt.date(2022, 2, 1))),
    ({"q": ["  graan "], "article": ["a05"], "lane": ["actor"], "per_article": ["1"], "event": ["e-1"]},
     view.Filters(text="graan", article="a05", lane="actor", per_article=True, event="e-1")),
], ids=["empty", "actors", "all-statuses", "bad-values-dropped", "rest"])
def test_from_params(query, filters):
    assert view.from_params(query) == filters


DATES = st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 1, 1)))
CODES = st.lists(st.sampled_from(["RUS", "TUR", "NATO", "EU", "UKR"]), unique=True, max_size=4)


@settings(max_examples=150, deadline=None)
@given(actors=CODES, mode=st.sampled_from(view.MODES),
       types=st.lists(st.sampled_from(list(view.TYPE_NL)), unique=True, max_size=3),
       statuses=st.lists(st.sampled_from(list(view.STATUS_NL)), unique=True, max_size=3),
       start=DATES, end=DATES, text=st.text(min_size=0, max_size=12).map(str.strip),
       article=st.sampled_from(["", "a01", "x y&z"]), lane=st.sampled_from(view.LANES),
       per_article=st.booleans(), event=st.sampled_from(["", "e-0123456789abcdef"]))
def test_url_round_trips_every_filter(**kwargs):
    f = view.Filters(**{**kwargs, "actors": tuple(kwargs["actors"]), "types": tuple(kwargs["types"]),
                        "statuses": tuple(kwargs["statuses"])})
    assert view.from_params(view.as_lists(view.to_params(f))) == f


def test_default_filters_make_an_empty_url():
    assert view.to_params(view.Filters()) == {}


# --- figures ----------------------------------------------------------------------------------

def markers(fig):
    return [t for t in fig.data if t.mode == "markers"]


def test_timeline_points_one_marker_per_dated_event(data):
    rows = view.apply(data, view.Filters()).rows
    fig, note = view.timeline(data, rows, "type", NAMES)
    dated = sum(1 for e in EVENTS if DEFAULT(e) and e["date_start"])
    assert sum(len(t.x) for t in markers(fig)) == dated
    assert {t.type for t in fig.data} == {"scatter"}, "few points: SVG"
    assert "1 zonder bekende datum" in note
    assert fig.layout.xaxis.type == "date" and fig.layout.dragmode == "zoom"
    planned = [s for t in markers(fig) for s in t.marker.symbol if s == "circle-open"]
    assert len(planned) == sum(bool(e["status"] == "planned" and e["date_start"]) for e in EVENTS)
    bars = [t for t in fig.data if t.mode == "lines"]
    assert sum(x is None for t in bars for x in t.x) == sum(
        1 for e in EVENTS if DEFAULT(e) and e["date_start"] and e["date_end"] != e["date_start"])


def test_timeline_marker_customdata_are_rows(data):
    rows = view.apply(data, view.Filters()).rows
    fig, _ = view.timeline(data, rows, "type", NAMES)
    shown = {int(r) for t in markers(fig) for r in t.customdata}
    assert shown == {int(r) for r in rows if not pd.isna(data.frame["start"].iloc[r])}


def test_timeline_actor_lanes(data):
    rows = view.apply(data, view.Filters(actors=("RUS",))).rows
    fig, _ = view.timeline(data, rows, "actor", NAMES)
    lanes = {y for t in markers(fig) for y in t.y}
    assert "Rusland" in lanes and "Turkije" in lanes
    rus = sum(1 for t in markers(fig) for y in t.y if y == "Rusland")
    assert rus == len(rows)


def test_timeline_aggregates_when_many(data):
    rows = view.apply(data, view.Filters()).rows
    fig, note = view.timeline(data, rows, "type", NAMES, point_limit=5)
    assert {t.type for t in fig.data} == {"bar"}
    assert sum(sum(t.y) for t in fig.data) == len(rows) - 1, "every dated event counted once"
    assert "aantal per week" in note
    heat, note = view.timeline(data, rows, "actor", NAMES, point_limit=5)
    assert heat.data[0].type == "heatmap"


def test_timeline_switches_to_webgl(data, monkeypatch):
    monkeypatch.setattr(view, "SVG_LIMIT", 3)
    fig, note = view.timeline(data, view.apply(data, view.Filters()).rows, "type", NAMES)
    assert {t.type for t in fig.data} == {"scattergl"} and "WebGL" in note


def test_hover_is_escaped(data):
    fig, _ = view.timeline(data, view.apply(data, view.Filters(article="a03")).rows, "type", NAMES)
    hover = " ".join(h for t in markers(fig) for h in t.hovertext)
    assert "<script>" not in hover and "&lt;script&gt;" in hover
    assert "“woensdag”" in hover, "the date as the text said it"


def test_overviews(data):
    rows = view.apply(data, view.Filters()).rows
    monthly = view.counts_by_type(data, rows, "month")
    assert sum(sum(t.y) for t in monthly.data) == len(rows) - 1
    matrix = view.actor_matrix(data, rows, NAMES)
    z = np.array(matrix.data[0].z)
    labels = list(matrix.data[0].x)
    assert z[labels.index("Turkije"), labels.index("Rusland")] >= 1, "Turkije -> Rusland"
    top = view.top_actors(data, rows, NAMES)
    assert top.data[0].y[0] == "Rusland"
    assert view.actor_matrix(data, rows[:0], NAMES) is None and view.top_actors(data, rows[:0], NAMES) is None


# --- table, details, exports ------------------------------------------------------------------

def test_table_page_is_one_page(data):
    rows = view.apply(data, view.Filters(statuses=())).rows
    page = view.table_page(data, rows, NAMES, page=1, size=10)
    assert len(page) == 10 and list(page.index) == list(rows[10:20])
    assert page["Datum"].is_monotonic_increasing
    assert page["Artikelen"].dtype.kind == "i"
    assert view.table_page(data, rows, NAMES, page=2, size=10)["Datum"].isna().sum() == 1


def test_table_links_are_only_http(data):
    rows = view.apply(data, view.Filters(statuses=())).rows
    links = view.table_page(data, rows, NAMES)["Link"].dropna()
    assert len(links) == len(EVENTS) - 1 and all(u.startswith("https://") for u in links)


@pytest.mark.parametrize("url,safe", [("https://x.nl/a", "https://x.nl/a"), ("HTTP://x", "HTTP://x"),
                                      ("javascript:alert(1)", ""), ("data:text/html,x", ""), ("", "")])
def test_safe_url(url, safe):
    assert view.safe_url(url) == safe


@pytest.mark.parametrize("sentence,needle,forbidden", [
    ("Hij zei <script>alert(1)</script> tegen Rusland.", "&lt;script&gt;alert(1)&lt;/script&gt;", "<script>"),
    ("Prijs: &amp; en &lt;b&gt;", "&amp;amp; en &amp;lt;b&amp;gt;", "<b>"),
    ("**vet** en [link](http://x.nl) in Rusland", "**vet** en [link](http://x.nl)", "<a"),
    ("<img src=x onerror=alert(1)> Rusland", "&lt;img src=x onerror=alert(1)&gt;", "<img"),
])
def test_highlight_escapes_article_text(sentence, needle, forbidden):
    out = view.highlight(sentence, ["zei"], ["Rusland"])
    assert needle in out and forbidden not in out
    assert '">Rusland</mark>' in out or "Rusland" not in sentence


def test_highlight_marks_trigger_and_actor_forms():
    out = view.highlight("Erdogan ontmoette Poetin in Moskou.", ["ontmoet"], ["Poetin", "Moskou", "Rusland"])
    assert out.count("<mark") == 3 and ">ontmoet</mark>te" in out


def test_details_show_everything_escaped(data):
    row = view.find_event(data, EVENTS[5]["event_id"])
    out = view.details_html(view.event_record(data, row), NAMES, {"NLD": ["Nederland"]})
    for part in ("a03", "Moskou dreigt &lt;script&gt;", "Mark Rutte", "Den Haag, NLD", "111",
                 "condemnation.veroordeelde", "https://nieuws.example/a03", "2022-04-06", "Bewijs"):
        assert part in out, part
    assert "<script>" not in out
    bad = view.details_html(view.event_record(data, view.find_event(data, EVENTS[19]["event_id"])), NAMES)
    assert "javascript:" not in bad, "no link for a javascript: URL"
    assert view.find_event(data, "e-missing") is None and view.find_event(data, "") is None


def test_downloads_hold_exactly_the_filtered_rows(data):
    f = view.Filters(actors=("RUS", "TUR"), mode="all")
    rows = view.apply(data, f).rows
    for sep in (",", ";"):
        df = pd.read_csv(io.BytesIO(view.csv_download(data, rows, sep)), sep=sep, encoding="utf-8-sig",
                         dtype={"cameo": str})
        assert set(df["event_id"]) == ids(data, rows) and len(df) == len(rows)
        assert all(not str(v).startswith(export.FORMULA_START) for col in df.select_dtypes("object")
                   for v in df[col].dropna())
        assert df["n_articles"].dtype.kind in "if"
    as_json = json.loads(view.json_download(data, rows))
    assert {e["event_id"] for e in as_json} == ids(data, rows)
    assert all(isinstance(e["evidence"], list) for e in as_json)


def test_file_stem_carries_the_date_span(data):
    rows = view.apply(data, view.Filters(actors=("RUS", "TUR"), mode="all")).rows
    assert view.file_stem(data, rows) == "gebeurtenissen_2022-02-10_2022-10-11"
    assert view.file_stem(data, rows[:0]) == "gebeurtenissen_leeg"
