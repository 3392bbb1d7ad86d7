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

from events import export, store
from events.view import details, figures, filters, labels, links, table, uploads

FIXTURES = Path(__file__).parent / "fixtures"
FIXTURE = FIXTURES / "events_small.jsonl"
EVENTS = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]
LINKED = FIXTURES / "events_linked.jsonl"  # merged events: a plan -> outcome pair, a conflict
MARKUP = FIXTURES / "uploads" / "t_opmaak.jsonl"  # an article full of <script>, entities, Markdown
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
    small = store.build_store(export.events_table([{"event_id": "e-1", "type": "talks", "status": "occurred",
                                                    "date_start": "2022-01-01", "actors": ["RUS"]}]))
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
    assert labels.name("XKX", names) == "XKX", "no entry: the code itself"
    assert store.group_of("HAMAS", names) == "organisatie" and store.group_of("DEU", names) == "land"
    assert "Russische" in store.load_aliases(tmp_path)["RUS"]


# --- filters and the URL ----------------------------------------------------------------------

@pytest.mark.parametrize("f,pred", [
    (filters.Filters(), DEFAULT),
    (filters.Filters(statuses=()), lambda e: True),
    (filters.Filters(statuses=("negated",)), lambda e: e["status"] == "negated"),
    (filters.Filters(actors=("RUS", "TUR")), lambda e: DEFAULT(e) and {"RUS", "TUR"} & set(e["actors"])),
    (filters.Filters(actors=("RUS", "TUR"), mode="all"),
     lambda e: DEFAULT(e) and {"RUS", "TUR"} <= set(e["actors"])),
    (filters.Filters(actors=("RUS", "XXX"), mode="all"), lambda e: False),
    (filters.Filters(types=("summit", "talks")), lambda e: DEFAULT(e) and e["type"] in ("summit", "talks")),
    (filters.Filters(start=dt.date(2022, 3, 20), end=dt.date(2022, 6, 5)),
     lambda e: DEFAULT(e) and e["date_start"] and e["date_start"] <= "2022-06-05"
     and e["date_end"] >= "2022-03-20"),
    (filters.Filters(text="OEKRAÏNE"), lambda e: DEFAULT(e) and any(
        "oekraïne" in ev["sentence"].lower() for ev in e["evidence"])),
    (filters.Filters(article="a05"), lambda e: DEFAULT(e) and "a05" in e["article_ids"]),
    (filters.Filters(article="nope"), lambda e: False),
], ids=["default", "all-statuses", "negated", "any-of", "all-of", "all-of-unknown", "types",
        "date-overlap", "text-case", "article", "unknown-article"])
def test_filters(data, f, pred):
    assert ids(data, filters.apply(data, f).rows) == expected(pred)


def test_month_event_overlaps_a_date_range_inside_it(data):
    rows = filters.apply(data, filters.Filters(start=dt.date(2022, 3, 10), end=dt.date(2022, 3, 12))).rows
    assert "in maart" in data.table.column("date_text").take(rows).to_pylist()


def test_counts_are_facets(data):
    result = filters.apply(data, filters.Filters(types=("summit",)))
    types = filters.counts(data, result, "type")
    assert types["talks"] == sum(e["type"] == "talks" and DEFAULT(e) for e in EVENTS), \
        "a facet's counts ignore its own filter"
    actors = filters.counts(data, result, "actor")
    assert actors["NATO"] == sum(e["type"] == "summit" and "NATO" in e["actors"] and DEFAULT(e) for e in EVENTS)
    assert filters.counts(data, result, "status") == {
        s: n for s in ("negated", "occurred", "planned")
        if (n := sum(e["type"] == "summit" and e["status"] == s for e in EVENTS))}


def test_facet_lines(data):
    result = filters.apply(data, filters.Filters(types=("summit",)))
    actors, types, statuses = filters.facet_lines(data, result, NAMES, [])
    assert actors.startswith("Actoren: NAVO 3 · G20 2 · ") and actors.count(" · ") == 5, "the six most active"
    summits = sum(e["type"] == "summit" and DEFAULT(e) for e in EVENTS)
    assert types.startswith(f"Soorten: Top {summits} · Overleg "), "a facet ignores its own filter"
    assert statuses == "Status: " + " · ".join(
        f"{label} {n}" for s, label in labels.STATUS_NL.items()
        if (n := sum(e["type"] == "summit" and e["status"] == s for e in EVENTS)))
    assert filters.facet_lines(data, result, NAMES, ["XXX"])[0] == "Actoren: XXX 0"


@pytest.mark.parametrize("query,want", [
    ({}, filters.Filters()),
    ({"actor": ["RUS", "TUR"], "mode": ["all"]}, filters.Filters(actors=("RUS", "TUR"), mode="all")),
    ({"status": ["alle"]}, filters.Filters(statuses=())),
    ({"type": ["talks", "bogus"], "mode": ["some"], "from": ["2022-13-01"], "to": ["2022-02-01"]},
     filters.Filters(types=("talks",), end=dt.date(2022, 2, 1))),
    ({"q": ["  graan "], "article": ["a05"], "lane": ["actor"], "per_article": ["1"], "event": ["e-1"]},
     filters.Filters(text="graan", article="a05", lane="actor", per_article=True, event="e-1")),
], ids=["empty", "actors", "all-statuses", "bad-values-dropped", "rest"])
def test_from_params(query, want):
    assert filters.from_params(query) == want


DATES = st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 1, 1)))
CODES = st.lists(st.sampled_from(["RUS", "TUR", "NATO", "EU", "UKR"]), unique=True, max_size=4)


@settings(max_examples=150, deadline=None)
@given(actors=CODES, mode=st.sampled_from(filters.MODES),
       types=st.lists(st.sampled_from(list(labels.TYPE_NL)), unique=True, max_size=3),
       statuses=st.lists(st.sampled_from(list(labels.STATUS_NL)), unique=True, max_size=3),
       start=DATES, end=DATES, text=st.text(min_size=0, max_size=12).map(str.strip),
       article=st.sampled_from(["", "a01", "x y&z"]), lane=st.sampled_from(filters.LANES),
       per_article=st.booleans(), event=st.sampled_from(["", "e-0123456789abcdef"]), links=st.booleans())
def test_url_round_trips_every_filter(**kwargs):
    f = filters.Filters(**{**kwargs, "actors": tuple(kwargs["actors"]), "types": tuple(kwargs["types"]),
                        "statuses": tuple(kwargs["statuses"])})
    assert filters.from_params(filters.as_lists(filters.to_params(f))) == f


def test_default_filters_make_an_empty_url():
    assert filters.to_params(filters.Filters()) == {}


# --- figures ----------------------------------------------------------------------------------

def markers(fig):
    return [t for t in fig.data if t.mode == "markers"]


def test_timeline_points_one_marker_per_dated_event(data):
    rows = filters.apply(data, filters.Filters()).rows
    fig, note = figures.timeline(data, rows, "type", NAMES)
    dated = sum(1 for e in EVENTS if DEFAULT(e) and e["date_start"])
    assert sum(len(t.x) for t in markers(fig)) == dated
    assert {t.type for t in fig.data} == {"scatter"}, "few points: SVG"
    assert "1 zonder bekende datum" in note
    assert fig.layout.xaxis.type == "date" and fig.layout.dragmode == "zoom"
    planned = sum(len(t.x) for t in markers(fig) if t.marker.symbol == "circle-open")
    assert planned == sum(bool(e["status"] == "planned" and e["date_start"]) for e in EVENTS)
    bars = [t for t in fig.data if t.mode == "lines"]
    assert sum(x is None for t in bars for x in t.x) == sum(
        1 for e in EVENTS if DEFAULT(e) and e["date_start"] and e["date_end"] != e["date_start"])


def test_timeline_marker_customdata_are_rows(data):
    rows = filters.apply(data, filters.Filters()).rows
    fig, _ = figures.timeline(data, rows, "type", NAMES)
    shown = {int(r) for t in markers(fig) for r in t.customdata}
    assert shown == {int(r) for r in rows if not pd.isna(data.frame["start"].iloc[r])}


def test_timeline_actor_lanes(data):
    rows = filters.apply(data, filters.Filters(actors=("RUS",))).rows
    fig, _ = figures.timeline(data, rows, "actor", NAMES)
    lanes = {y for t in markers(fig) for y in t.y}
    assert "Rusland" in lanes and "Turkije" in lanes
    rus = sum(1 for t in markers(fig) for y in t.y if y == "Rusland")
    assert rus == len(rows)


def test_timeline_aggregates_when_many(data):
    rows = filters.apply(data, filters.Filters()).rows
    fig, note = figures.timeline(data, rows, "type", NAMES, point_limit=5)
    assert {t.type for t in fig.data} == {"bar"}
    assert sum(sum(t.y) for t in fig.data) == len(rows) - 1, "every dated event counted once"
    assert "aantal per week" in note
    heat, note = figures.timeline(data, rows, "actor", NAMES, point_limit=5)
    assert heat.data[0].type == "heatmap"


def test_timeline_switches_to_webgl(data, monkeypatch):
    monkeypatch.setattr(figures, "SVG_LIMIT", 3)
    fig, note = figures.timeline(data, filters.apply(data, filters.Filters()).rows, "type", NAMES)
    assert {t.type for t in fig.data} == {"scattergl"} and "WebGL" in note


def test_hover_is_escaped(data):
    fig, _ = figures.timeline(data, filters.apply(data, filters.Filters(article="a03")).rows, "type", NAMES)
    hover = " ".join(h for t in markers(fig) for h in t.hovertext)
    assert "<script>" not in hover and "&lt;script&gt;" in hover
    assert "“woensdag”" in hover, "the date as the text said it"


def test_overviews(data):
    rows = filters.apply(data, filters.Filters()).rows
    monthly = figures.counts_by_type(data, rows, "month")
    assert sum(sum(t.y) for t in monthly.data) == len(rows) - 1
    matrix = figures.actor_matrix(data, rows, NAMES)
    z = np.array(matrix.data[0].z)
    lanes = list(matrix.data[0].x)
    assert z[lanes.index("Turkije"), lanes.index("Rusland")] >= 1, "Turkije -> Rusland"
    top = figures.top_actors(data, rows, NAMES)
    assert top.data[0].y[0] == "Rusland"
    assert figures.actor_matrix(data, rows[:0], NAMES) is None and figures.top_actors(data, rows[:0], NAMES) is None


# --- table, details, exports ------------------------------------------------------------------

def test_table_page_is_one_page(data):
    rows = filters.apply(data, filters.Filters(statuses=())).rows
    page = table.table_page(data, rows, NAMES, page=1, size=10)
    assert len(page) == 10 and list(page.index) == list(rows[10:20])
    assert page["Datum"].is_monotonic_increasing
    assert page["Artikelen"].dtype.kind == "i"
    assert table.table_page(data, rows, NAMES, page=2, size=10)["Datum"].isna().sum() == 1


def test_table_links_are_only_http(data):
    rows = filters.apply(data, filters.Filters(statuses=())).rows
    links = table.table_page(data, rows, NAMES)["Link"].dropna()
    assert len(links) == len(EVENTS) - 1 and all(u.startswith("https://") for u in links)


@pytest.mark.parametrize("url,safe", [("https://x.nl/a", "https://x.nl/a"), ("HTTP://x", "HTTP://x"),
                                      ("javascript:alert(1)", ""), ("data:text/html,x", ""), ("", "")])
def test_safe_url(url, safe):
    assert table.safe_url(url) == safe


@pytest.mark.parametrize("sentence,needle,forbidden", [
    ("Hij zei <script>alert(1)</script> tegen Rusland.", "&lt;script&gt;alert(1)&lt;/script&gt;", "<script>"),
    ("Prijs: &amp; en &lt;b&gt;", "&amp;amp; en &amp;lt;b&amp;gt;", "<b>"),
    ("**vet** en [link](http://x.nl) in Rusland", "**vet** en [link](http://x.nl)", "<a"),
    ("<img src=x onerror=alert(1)> Rusland", "&lt;img src=x onerror=alert(1)&gt;", "<img"),
])
def test_highlight_escapes_article_text(sentence, needle, forbidden):
    out = details.highlight(sentence, ["zei"], ["Rusland"])
    assert needle in out and forbidden not in out
    assert '">Rusland</mark>' in out or "Rusland" not in sentence


def test_highlight_marks_trigger_and_actor_forms():
    out = details.highlight("Erdogan ontmoette Poetin in Moskou.", ["ontmoet"], ["Poetin", "Moskou", "Rusland"])
    assert out.count("<mark") == 3 and ">ontmoet</mark>te" in out


def test_details_show_everything_escaped(data):
    row = details.find_event(data, EVENTS[5]["event_id"])
    out = details.details_html(details.event_record(data, row), NAMES, {"NLD": ["Nederland"]})
    for part in ("a03", "Moskou dreigt &lt;script&gt;", "Mark Rutte", "Den Haag, NLD", "111",
                 "condemnation.veroordeelde", "https://nieuws.example/a03", "2022-04-06", "Bewijs"):
        assert part in out, part
    assert "<script>" not in out
    bad = details.details_html(details.event_record(data, details.find_event(data, EVENTS[19]["event_id"])), NAMES)
    assert "javascript:" not in bad, "no link for a javascript: URL"
    assert details.find_event(data, "e-missing") is None and details.find_event(data, "") is None


def test_downloads_hold_exactly_the_filtered_rows(data):
    f = filters.Filters(actors=("RUS", "TUR"), mode="all")
    rows = filters.apply(data, f).rows
    for sep in (",", ";"):
        df = pd.read_csv(io.BytesIO(table.csv_download(data, rows, sep)), sep=sep, encoding="utf-8-sig",
                         dtype={"cameo": str})
        assert set(df["event_id"]) == ids(data, rows) and len(df) == len(rows)
        assert all(not str(v).startswith(export.FORMULA_START) for col in df.select_dtypes(["object", "str"])
                   for v in df[col].dropna())
        assert df["n_articles"].dtype.kind in "if"
    as_json = json.loads(table.json_download(data, rows))
    assert {e["event_id"] for e in as_json} == ids(data, rows)
    assert all(isinstance(e["evidence"], list) for e in as_json)


def test_file_stem_carries_the_date_span(data):
    rows = filters.apply(data, filters.Filters(actors=("RUS", "TUR"), mode="all")).rows
    assert table.file_stem(data, rows) == "gebeurtenissen_2022-02-10_2022-10-11"
    assert table.file_stem(data, rows[:0]) == "gebeurtenissen_leeg"


# --- Dutch on the page ------------------------------------------------------------------------

def test_plotly_speaks_dutch():
    config = labels.plotly_config()
    nl = config["locales"][config["locale"]]
    assert nl["format"]["shortMonths"] == ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug",
                                           "sep", "okt", "nov", "dec"]
    assert nl["format"]["months"][9] == "oktober" and nl["format"]["days"][0] == "zondag"
    assert nl["format"]["decimal"] == "," and nl["format"]["thousands"] == "."
    assert nl["dictionary"]["Reset axes"] == "Assen herstellen"
    css = labels.page_css(5)
    assert '"Volledig scherm"' in css and "Hoogstens 5 MB per bestand" in css


# --- merged events: conflicts, announcement -> outcome ------------------------------------------

@pytest.fixture(scope="module")
def linked():
    return store.build_store(store.read_table(str(LINKED)))


def record(data, event_id):
    return details.event_record(data, details.find_event(data, event_id))


PLAN, OUTCOME, TALKS, CANCELLED = (f"e-11aa00000000000{i}" for i in range(1, 5))


def test_conflict_shows_in_the_table_and_as_a_warning(linked):
    page = table.table_page(linked, filters.apply(linked, filters.Filters(statuses=())).rows, NAMES)
    conflicts = dict(zip(page["ID"], page["Tegenspraak"]))
    assert conflicts[OUTCOME].startswith("de data overlappen maar deels: 2023-03-15..2023-03-15 (l02) tegenover")
    assert conflicts[PLAN] == ""
    small = store.build_store(store.read_table(str(FIXTURE)))
    assert (table.table_page(small, np.arange(3), NAMES)["Tegenspraak"] == "").all(), "no conflict column"
    out = details.details_html(record(linked, OUTCOME), NAMES)
    assert "role='alert'" in out and "Bronnen spreken elkaar tegen: de data overlappen maar deels" in out
    assert "Bronnen spreken" not in details.details_html(record(linked, PLAN), NAMES)


def test_conflict_text_is_escaped(linked):
    event = {**record(linked, OUTCOME), "conflict": "actors differ: <b>X</b> vs **Y**"}
    out = details.details_html(event, NAMES)
    assert "de actoren verschillen: &lt;b&gt;X&lt;/b&gt; tegenover **Y**" in out and "<b>X" not in out


@pytest.mark.parametrize("event_id,label,button,other,summary", [
    (PLAN, "Uitkomst van deze aankondiging", "Naar de uitkomst", OUTCOME, "Top (gebeurd), 2023-03-15: FRA, DEU"),
    (OUTCOME, "Aangekondigd in", "Naar de aankondiging", PLAN, "Top (gepland), 2023-03-13: FRA, DEU"),
    (CANCELLED, "Aangekondigd in", "Naar de aankondiging", TALKS, "Overleg (gepland), 2023-04-03: POL, FRA"),
], ids=["plan-to-outcome", "outcome-to-plan", "called-off"])
def test_details_link_to_the_other_event(linked, event_id, label, button, other, summary):
    event = record(linked, event_id)
    found = details.links(linked, event, NAMES)
    assert found == [links.Link(label, button, other, summary)]
    row = f"<th style='{details.TH}'>{label}</th><td>{summary}</td>"
    assert row in details.details_html(event, NAMES, linked=found)


def test_a_link_outside_the_view_is_named_so(linked):
    event = {**record(linked, PLAN), "outcome": json.dumps({"event_id": "e-weg", "status": "occurred"})}
    assert details.links(linked, event, NAMES)[0].text == details.MISSING


@pytest.mark.parametrize("value,event_id", [
    ('{"event_id": "e-1", "status": "occurred"}', "e-1"), ({"event_id": "e-2"}, "e-2"), ("e-3", "e-3"),
    (None, ""), ("", ""), ("{kapot", ""), ({"status": "occurred"}, "")])
def test_linked_id(value, event_id):
    assert links.linked_id(value) == event_id


def connectors(fig):
    return [t for t in fig.data if t.name == figures.LINK_NAME]


def test_timeline_connects_announcement_and_outcome(linked):
    rows = filters.apply(linked, filters.Filters()).rows
    fig, note = figures.timeline(linked, rows, "type", NAMES)
    (line,) = connectors(fig)
    assert line.line.dash == "dash" and list(line.y) == ["Top", "Top", None]
    top = {t.marker.symbol: t for t in markers(fig) if t.name == "Top"}
    plan, outcome = top["circle-open"], top["circle"]
    assert list(line.x[:2]) == [plan.x[0], outcome.x[0]] == ["2023-03-16T00:00", "2023-03-15T00:00"]
    assert "stippellijn" in note
    assert not connectors(figures.timeline(linked, rows, "type", NAMES, links=False)[0]), "toggle off"
    every = filters.apply(linked, filters.Filters(statuses=())).rows
    assert len(connectors(figures.timeline(linked, every, "type", NAMES)[0])[0].x) == 6, \
        "the called-off talks are linked once the negated outcome is shown"


def test_timeline_connects_in_every_shared_actor_lane(linked):
    rows = filters.apply(linked, filters.Filters(types=("summit",))).rows
    (line,) = connectors(figures.timeline(linked, rows, "actor", NAMES)[0])
    assert sorted(y for y in line.y if y) == ["DEU", "DEU", "FRA", "FRA"]


def test_figures_leave_room_for_labels_and_legend(data):
    rows = filters.apply(data, filters.Filters()).rows
    for lane in filters.LANES:
        fig, _ = figures.timeline(data, rows, lane, NAMES)
        longest = max(len(t) for t in fig.layout.yaxis.categoryarray)
        assert fig.layout.margin.autoexpand is False and fig.layout.yaxis.automargin is False
        assert fig.layout.margin.l >= figures.CHAR_PX * longest
        assert fig.layout.legend.orientation == "v" and fig.layout.margin.r >= 56


# --- uploads ----------------------------------------------------------------------------------

@pytest.mark.parametrize("name,safe", [
    ("artikel.txt", "artikel-{h}.txt"),
    ("../../etc/passwd.txt", "passwd-{h}.txt"),
    ("..\\..\\windows\\x.CSV", "x-{h}.csv"),
    ("<script>alert(1)</script>.jsonl", "script-{h}.jsonl"),
    (".verborgen.txt", "verborgen-{h}.txt"),
    ("Oekraïne overleg (1).json", "Oekraine-overleg-1-{h}.json"),
    ("...txt", "txt-{h}.txt"),
    ("...", "artikel-{h}.txt"),
    ("geen-soort", "geen-soort-{h}.txt"),
], ids=["plain", "traversal", "windows-path", "markup", "hidden", "accents", "dots", "only-dots", "no-suffix"])
def test_upload_names_are_sanitised(name, safe):
    digest = uploads.hashlib.sha256(b"x").hexdigest()[:8]
    assert uploads.safe_name(name, b"x") == safe.format(h=digest)


def test_uploads_are_bounded():
    one = [("a.txt", b" date 2023-01-01 Tekst.")]
    assert uploads.check(one) == (one, [])
    many = one * (uploads.MAX_FILES + 1)
    assert uploads.check(many)[0] == [] and "te veel" in uploads.check(many)[1][0]
    big = [("b.txt", b"x" * (uploads.MAX_FILE_MB * uploads.MB + 1))]
    assert uploads.check(big)[0] == [] and "groter dan 5 MB" in uploads.check(big)[1][0]
    total = [(f"{i}.txt", b"x" * (uploads.MAX_FILE_MB * uploads.MB)) for i in range(5)]
    assert uploads.check(total)[0] == [] and "samen is te veel" in uploads.check(total)[1][0]
    assert uploads.check(one + [("map/c.exe", b"MZ")]) == (
        one, ["c.exe: alleen .txt, .jsonl, .json of .csv; niet gelezen."])


def test_uploads_stay_in_the_session_unless_the_operator_shares_them(tmp_path, monkeypatch):
    monkeypatch.setattr(uploads, "SHARED_FOLDER", tmp_path / "data" / "uploads")
    files = [("../opmaak.jsonl", MARKUP.read_bytes())]
    for env in ({}, {uploads.SHARED_ENV: "0"}, {uploads.SHARED_ENV: "ja"}):
        assert uploads.receive(files, env) == (files, [])
        assert uploads.shared_files() == []
    session, notes = uploads.receive(files, {uploads.SHARED_ENV: "1"})
    assert session == [] and "gedeelde artikelen" in notes[0]
    (saved,) = uploads.shared_files()
    assert saved.parent == tmp_path / "data" / "uploads" and saved.name.startswith("opmaak-")
    uploads.receive(files, {uploads.SHARED_ENV: "1"})
    assert uploads.shared_files() == [saved], "the same content is written once"
    assert [e["article_ids"] for e in uploads.extract_shared()[0]] == [["u-opmaak"], ["u-opmaak"]]


def test_uploaded_markup_stays_text():
    events, warnings = uploads.extract([("t_opmaak.jsonl", MARKUP.read_bytes())])
    assert warnings == [] and {e["type"] for e in events} == {"talks", "sanction"}
    data = store.build_store(export.events_table(events))
    for row in range(len(data)):
        out = details.details_html(details.event_record(data, row), NAMES)
        for raw in ("<script", "<img", "<b>Macron", 'href="javascript', "<strong"):
            assert raw not in out, raw
    out = details.details_html(details.event_record(data, 0), NAMES)
    assert "&lt;script&gt;alert(&#x27;tekst&#x27;)&lt;/script&gt;" in out and "**ANP**" in out


def test_uploads_join_the_events():
    base = [e for e in EVENTS]
    extra, _ = uploads.extract([("t_opmaak.jsonl", MARKUP.read_bytes())])
    kept, notes = uploads.new_articles(extra, {"a01"})
    assert kept == extra and notes == []
    kept, notes = uploads.new_articles(extra, {"u-opmaak"})
    assert kept == [] and notes == ["Artikel u-opmaak staat er al; de nieuwe versie is niet toegevoegd."]
    assert len(uploads.combined_events(base, extra, merge=False)) == len(base) + len(extra)
    table_ = uploads.appended_table(store.read_table(str(FIXTURE)), extra, merge=True)
    assert table_.num_rows == len(EVENTS) + len(extra)
    assert len(store.build_store(table_)) == table_.num_rows


# --- large event files: filters on disk ----------------------------------------------------------

FILTERS = [filters.Filters(), filters.Filters(statuses=()), filters.Filters(actors=("RUS", "TUR")),
           filters.Filters(actors=("RUS", "TUR"), mode="all"), filters.Filters(types=("summit", "talks")),
           filters.Filters(start=dt.date(2022, 3, 20), end=dt.date(2022, 6, 5)),
           filters.Filters(text="OEKRAÏNE", statuses=()), filters.Filters(text="zzz-nergens"),
           filters.Filters(article="a05"), filters.Filters(article="nope")]


def _in_memory_and_on_disk(tmp_path, source, extra=(), files=1):
    """The same events loaded whole and kept on disk (row groups of 4 rows, so rows span several; in
    `files` files one after the other, as a store's merged files are)."""
    import pyarrow.parquet as pq
    path = tmp_path / "events.parquet"
    t = store.read_table(str(source))
    pq.write_table(t, path, row_group_size=4)
    whole, disk = store.load(str(path), limit=10 ** 9), store.load(str(path), limit=0)
    if files > 1:
        cuts = [round(n * t.num_rows / files) for n in range(files + 1)]
        paths = [str(tmp_path / f"part{n}.parquet") for n in range(files)]
        for n, p in enumerate(paths):
            pq.write_table(t.slice(cuts[n], cuts[n + 1] - cuts[n]), p, row_group_size=3)
        disk = store.build_store(store.DiskTable(paths))
    assert isinstance(disk.table, store.DiskTable) and disk.text is None and whole.text is not None
    if extra:
        whole = store.build_store(uploads.appended_table(whole.table, list(extra), merge=True))
        disk = store.build_store(uploads.appended_table(disk.table, list(extra), merge=True))
        assert isinstance(disk.table, store.DiskTable)
    return whole, disk


@pytest.mark.parametrize("files", [1, 3], ids=["one-file", "three-files"])
@pytest.mark.parametrize("source", [FIXTURE, LINKED], ids=["events", "linked"])
def test_a_store_kept_on_disk_filters_and_shows_the_same_rows(tmp_path, source, files):
    extra = [dict(e, event_id=f"{e['event_id']}-upload", article_ids=["upload-1"]) for e in EVENTS[:3]]
    for added in ((), extra):
        whole, disk = _in_memory_and_on_disk(tmp_path, source, added, files)
        assert len(whole) == len(disk) and whole.merged == disk.merged
        assert whole.actor_codes == disk.actor_codes and whole.article_codes == disk.article_codes
        for f in FILTERS:
            a, b = filters.apply(whole, f), filters.apply(disk, f)
            assert a.rows.tolist() == b.rows.tolist(), f
            for facet in ("actor", "type", "status"):
                assert filters.counts(whole, a, facet) == filters.counts(disk, b, facet)
            pd.testing.assert_frame_equal(table.table_page(whole, a.rows, NAMES, size=5),
                                          table.table_page(disk, b.rows, NAMES, size=5))
            assert table.export_table(whole, a.rows).equals(table.export_table(disk, b.rows))
            assert figures._hover(whole, a.rows, NAMES) == figures._hover(disk, b.rows, NAMES)
            assert links.plan_outcome_rows(whole, a.rows).tolist() == links.plan_outcome_rows(disk, b.rows).tolist()
        for event_id in whole.table.column("event_id").to_pylist():
            row = details.find_event(whole, event_id)
            assert row == details.find_event(disk, event_id)
            assert details.event_record(whole, row) == details.event_record(disk, row)


def test_the_in_memory_limit_comes_from_the_environment(tmp_path):
    assert store.in_memory_max({}) == store.IN_MEMORY_MAX
    assert store.in_memory_max({store.IN_MEMORY_ENV: "10"}) == 10
    with pytest.raises(ValueError, match="EVENTS_IN_MEMORY_MAX='veel'"):
        store.in_memory_max({store.IN_MEMORY_ENV: "veel"})
    path = tmp_path / "events.jsonl"
    path.write_text(FIXTURE.read_text(encoding="utf-8"), encoding="utf-8")
    assert not isinstance(store.load(str(path), limit=0).table, store.DiskTable), "JSON lines are read whole"


def test_the_search_on_disk_finds_text_written_with_json_escapes(tmp_path):
    import pyarrow.parquet as pq
    import pyarrow as pa
    evidence = [e["evidence"] for e in EVENTS]
    evidence[0] = [{"article_id": "a01", "sentence": "De \u212aoning sprak", "start": 0, "end": 3}]
    t = export.events_table(EVENTS)  # KELVIN SIGN above: 'koning' in any case, '\\u212a' in the JSON
    t = t.set_column(t.column_names.index("evidence"), "evidence",
                     pa.array([json.dumps(ev, ensure_ascii=True) for ev in evidence]))
    path = tmp_path / "escaped.parquet"
    pq.write_table(t, path, row_group_size=4)
    whole, disk = store.load(str(path), limit=10 ** 9), store.load(str(path), limit=0)
    for text in ("koning", "oekra", "OEKRAÏNE", "sprak"):
        f = filters.Filters(text=text, statuses=())
        rows = filters.apply(whole, f).rows.tolist()
        assert rows == filters.apply(disk, f).rows.tolist() and rows, text
