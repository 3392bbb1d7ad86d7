"""The page itself with Streamlit's AppTest (no browser): filters, URL, empty states, downloads,
details with conflicts and links, uploads."""
import io
import json
from pathlib import Path

import pandas as pd
import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from events import export, store
from events.view import filters, figures, table, uploads

FIXTURES = Path(__file__).parent / "fixtures"
# the small events plus merged ones with a conflict and announcement -> outcome links
FILES = [FIXTURES / "events_small.jsonl", FIXTURES / "events_linked.jsonl"]
EVENTS = [json.loads(line) for f in FILES for line in f.read_text(encoding="utf-8").splitlines()]
MARKUP = FIXTURES / "uploads" / "t_opmaak.jsonl"
APP = str(Path(__file__).parent.parent / "dashboard.py")
PLAN, OUTCOME = "e-11aa000000000001", "e-11aa000000000002"


@pytest.fixture(scope="module")
def fixture_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("events") / "events.jsonl"
    path.write_text("".join(f.read_text(encoding="utf-8") for f in FILES), encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def events_file(monkeypatch, fixture_file, tmp_path):
    monkeypatch.setenv("EVENTS_DATA", str(fixture_file))
    monkeypatch.delenv(uploads.SHARED_ENV, raising=False)
    monkeypatch.setattr(uploads, "SHARED_FOLDER", tmp_path / "uploads")
    st.cache_data.clear()
    st.cache_resource.clear()


def run(query: dict | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for k, v in (query or {}).items():
        at.query_params[k] = v
    at.run()
    assert not at.exception, at.exception
    return at


def table_ids(at) -> list[str]:
    return at.dataframe[0].value["ID"].tolist()


def shown(at) -> int:
    return int(at.metric[0].value.replace(".", ""))


def details_html(at) -> str:
    return next(h.value for h in at.html if "Bewijs" in h.value)


def timeline(at) -> dict:
    return json.loads(at.get("plotly_chart")[0].proto.spec)


def test_page_shows_the_events_in_dutch():
    at = run()
    assert at.title[0].value == "Diplomatieke gebeurtenissen"
    assert shown(at) == sum(e["status"] != "negated" for e in EVENTS) == len(table_ids(at))
    assert at.multiselect(key="f_land").label == "Landen"
    assert "als punten" in " ".join(c.value for c in at.caption)
    assert [t.label for t in at.tabs] == ["Tabel", "Per maand", "Wie met wie", "Meest actief"]


@pytest.mark.parametrize("key,value,pred", [
    ("f_land", ["RUS"], lambda e: "RUS" in e["actors"]),
    ("f_org", ["NATO"], lambda e: "NATO" in e["actors"]),
    ("f_types", ["summit"], lambda e: e["type"] == "summit"),
    ("f_status", ["negated"], lambda e: e["status"] == "negated"),
    ("f_text", "graan", lambda e: any("graan" in ev["sentence"] for ev in e["evidence"])),
], ids=["country", "organisation", "type", "status", "text"])
def test_filters_change_the_table(key, value, pred):
    at = run()
    widget = at.text_input(key=key) if key == "f_text" else at.multiselect(key=key)
    widget.set_value(value).run()
    default = (lambda e: e["status"] != "negated") if key != "f_status" else (lambda e: True)
    want = sorted(e["event_id"] for e in EVENTS if pred(e) and default(e))
    assert sorted(table_ids(at)) == want and shown(at) == len(want)


def test_all_of_mode_and_dates():
    at = run()
    at.multiselect(key="f_land").set_value(["RUS", "TUR"]).run()
    any_of = shown(at)
    at.radio(key="f_mode").set_value("all").run()
    want = [e for e in EVENTS if {"RUS", "TUR"} <= set(e["actors"]) and e["status"] != "negated"]
    assert shown(at) == len(want) < any_of
    at.date_input(key="f_from").set_value(pd.Timestamp("2022-07-01").date()).run()
    assert shown(at) == sum(e["date_end"] >= "2022-07-01" for e in want)


def test_period_slider_and_date_inputs_move_together():
    import datetime as dt
    at = run()
    assert at.slider(key="f_span").value == (dt.date(2022, 2, 10), dt.date(2023, 12, 15))
    at.slider(key="f_span").set_value((dt.date(2022, 6, 1), dt.date(2022, 7, 31))).run()
    assert at.date_input(key="f_from").value == dt.date(2022, 6, 1)
    assert at.query_params["from"] == "2022-06-01" and at.query_params["to"] == "2022-07-31"
    want = [e for e in EVENTS if e["status"] != "negated" and e["date_start"]
            and e["date_start"] <= "2022-07-31" and e["date_end"] >= "2022-06-01"]
    assert shown(at) == len(want)
    at.date_input(key="f_to").set_value(dt.date(2022, 6, 30)).run()
    assert at.slider(key="f_span").value == (dt.date(2022, 6, 1), dt.date(2022, 6, 30))


def test_table_is_sorted_by_date():
    dates = run().dataframe[0].value["Datum"]
    assert dates.dropna().is_monotonic_increasing and pd.isna(dates.iloc[-1])


def test_url_round_trips_the_filters():
    at = run()
    at.multiselect(key="f_land").set_value(["RUS", "TUR"]).run()
    at.radio(key="f_mode").set_value("all").run()
    at.multiselect(key="f_types").set_value(["talks", "agreement"]).run()
    at.text_input(key="f_text").set_value("Istanbul").run()
    at.radio(key="f_lane").set_value("actor").run()
    query = {k: at.query_params[k] for k in at.query_params}
    assert query["actor"] == ["RUS", "TUR"] and query["mode"] == "all" and query["q"] == "Istanbul"
    again = run(query)
    for key in ("f_land", "f_types"):
        assert again.multiselect(key=key).value == at.multiselect(key=key).value
    assert again.radio(key="f_mode").value == "all" and again.radio(key="f_lane").value == "actor"
    assert again.text_input(key="f_text").value == "Istanbul"
    assert table_ids(again) == table_ids(at) and len(table_ids(at)) == 2
    assert {k: again.query_params[k] for k in again.query_params} == query


def test_bad_url_values_are_ignored():
    at = run({"type": ["bogus"], "from": "gisteren", "mode": "soms", "actor": "NOPE"})
    assert shown(at) == sum(e["status"] != "negated" for e in EVENTS)


def test_empty_state_and_reset():
    at = run()
    at.text_input(key="f_text").set_value("bestaat-niet").run()
    assert shown(at) == 0
    assert "Geen gebeurtenissen voor deze filters" in at.info[0].value
    assert not at.dataframe
    at.button[0].click().run()  # "Alle filters wissen"
    assert shown(at) == sum(e["status"] != "negated" for e in EVENTS)


def test_event_details_from_the_url_are_escaped():
    script_event = next(e for e in EVENTS if "<script>" in e["evidence"][0]["sentence"])
    at = run({"event": script_event["event_id"]})
    body = details_html(at)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body and "<script>" not in body
    markdown_event = next(e for e in EVENTS if "**meer**" in e["evidence"][0]["sentence"])
    body = details_html(run({"event": markdown_event["event_id"]}))
    assert "**meer**" in body and "&amp;amp;" in body, "Markdown and entities stay literal text"


def test_downloads_hold_exactly_the_table_rows():
    at = run({"actor": ["RUS", "TUR"], "mode": "all", "status": "alle"})
    data = at.session_state["_data"]
    f = filters.from_params(filters.as_lists({k: at.query_params[k] for k in at.query_params}))
    rows = filters.apply(data, f).rows
    df = pd.read_csv(io.BytesIO(table.csv_download(data, rows, ";")), sep=";", encoding="utf-8-sig")
    assert df["event_id"].tolist() == table_ids(at)
    titles = df["titles"].tolist()
    assert any(t.startswith("'=HYPERLINK") for t in titles)
    assert not any(str(v).startswith(export.FORMULA_START) for c in df.select_dtypes(["object", "str"])
                   for v in df[c].dropna())
    assert [b.label for b in at.get("download_button")] == [
        "CSV (Excel)", "CSV met puntkomma's (Nederlandse Excel)", "JSON"]


def test_missing_event_file_is_a_dutch_error(monkeypatch, tmp_path):
    monkeypatch.setenv("EVENTS_DATA", str(tmp_path / "weg.jsonl"))
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert "konden niet worden geladen" in at.error[0].value


def test_empty_event_file(monkeypatch, tmp_path):
    (tmp_path / "leeg.jsonl").write_text("", encoding="utf-8")
    monkeypatch.setenv("EVENTS_DATA", str(tmp_path / "leeg.jsonl"))
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception and "nog geen gebeurtenissen" in at.info[0].value


def test_bundled_corpus_is_extracted_and_merged(monkeypatch):
    """A fresh clone: no event file, so the corpus under data/articles is extracted and merged."""
    monkeypatch.delenv("EVENTS_DATA")
    corpus = store.ROOT / store.CORPUS
    if not any(corpus.rglob("*.*")):
        pytest.skip("no bundled corpus in data/articles")
    monkeypatch.setattr(store, "choose_source", lambda *a, **k: store.Source(
        "corpus", str(corpus), "test-corpus", store.CORPUS))
    at = run()
    merged = shown(at)
    assert merged > 0 and "samengevoegd" in at.caption[0].value
    at.toggle(key="f_per_article").set_value(True).run()
    assert not at.exception
    per_article = shown(at)
    assert per_article >= merged and at.query_params["per_article"] == "1"
    upload(at, ("t_opmaak.jsonl", MARKUP.read_bytes(), "application/json"))
    assert shown(at) == per_article + 2, "uploads join the corpus's own events"
    at.toggle(key="f_per_article").set_value(False).run()
    assert merged < shown(at) <= merged + 2, "and are merged with them"


def test_conflict_and_links_in_the_details():
    at = run({"event": OUTCOME})
    body = details_html(at)
    assert "Bronnen spreken elkaar tegen: de data overlappen maar deels" in body
    assert "Aangekondigd in" in body and "Top (gepland), 2023-03-13: Frankrijk, Duitsland" in body
    at.button(key=f"link_{PLAN}").click().run()
    assert at.query_params["event"] == PLAN
    body = details_html(at)
    assert "Uitkomst van deze aankondiging" in body and "Bronnen spreken" not in body
    at.button(key=f"link_{OUTCOME}").click().run()
    assert at.query_params["event"] == OUTCOME


def test_table_shows_the_conflict():
    conflict = run().dataframe[0].value.set_index("ID")["Tegenspraak"]
    assert conflict[OUTCOME].startswith("de data overlappen maar deels") and conflict[PLAN] == ""


def test_announcement_lines_can_be_switched_off():
    at = run()
    assert figures.LINK_NAME in [t.get("name") for t in timeline(at)["data"]]
    at.toggle(key="f_links").set_value(False).run()
    assert figures.LINK_NAME not in [t.get("name") for t in timeline(at)["data"]]
    assert at.query_params["links"] == "0"
    assert run({"links": "0"}).toggle(key="f_links").value is False


def test_charts_are_configured_in_dutch():
    config = json.loads(run().get("plotly_chart")[0].proto.config)
    assert config["locale"] == "nl" and config["locales"]["nl"]["format"]["shortMonths"][2] == "mrt"


def upload(at, *files) -> AppTest:
    at.file_uploader(key="uploads").set_value(list(files)).run()
    assert not at.exception, at.exception
    return at


def notes(at) -> str:
    return " ".join(t.value for t in at.text)


def test_uploads_are_shown_in_this_session_only():
    at = run()
    before = shown(at)
    upload(at, ("t_opmaak.jsonl", MARKUP.read_bytes(), "application/json"))
    assert shown(at) == before + 2 and "1 bestand gelezen, 2 gebeurtenissen gevonden" in notes(at)
    assert uploads.shared_files() == [], "nothing is written"
    assert shown(run()) == before, "another visitor does not see them"


def test_shared_uploads_only_when_the_operator_allows_them(monkeypatch):
    monkeypatch.setenv(uploads.SHARED_ENV, "1")
    at = run()
    before = shown(at)
    upload(at, ("../../t_opmaak.jsonl", MARKUP.read_bytes(), "application/json"))
    assert shown(at) == before + 2 and "gedeelde artikelen" in notes(at)
    (saved,) = uploads.shared_files()
    assert saved.parent == uploads.SHARED_FOLDER and saved.name.startswith("t_opmaak-")
    assert shown(run()) == before + 2, "every visitor sees the shared uploads"


def test_uploads_are_bounded_and_never_replace_an_article():
    at = run()
    before = shown(at)
    many = [(f"{i}.txt", b" date 2023-01-01 Tekst.", "text/plain") for i in range(uploads.MAX_FILES + 1)]
    assert shown(upload(at, *many)) == before and "te veel" in notes(at)
    again = json.dumps({"id": "a01", "date": "2022-02-10",
                        "text": "Poetin en Erdogan spraken donderdag in Ankara over Oekraïne."})
    upload(at, ("a01.jsonl", again.encode(), "application/json"))
    assert shown(at) == before and "Artikel a01 staat er al" in notes(at)
