"""The page itself with Streamlit's AppTest (no browser): filters, URL, empty states, downloads."""
import io
import json
from pathlib import Path

import pandas as pd
import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from events import export, store, view

FIXTURE = Path(__file__).parent / "fixtures" / "events_small.jsonl"
EVENTS = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]
APP = str(Path(__file__).parent.parent / "dashboard.py")


@pytest.fixture(autouse=True)
def events_file(monkeypatch):
    monkeypatch.setenv("EVENTS_DATA", str(FIXTURE))
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
    body = at.html[0].value
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body and "<script>" not in body
    markdown_event = next(e for e in EVENTS if "**meer**" in e["evidence"][0]["sentence"])
    body = run({"event": markdown_event["event_id"]}).html[0].value
    assert "**meer**" in body and "&amp;amp;" in body, "Markdown and entities stay literal text"


def test_downloads_hold_exactly_the_table_rows():
    at = run({"actor": ["RUS", "TUR"], "mode": "all", "status": "alle"})
    data = store.build_store(store.read_table(str(FIXTURE)))
    f = view.from_params(view.as_lists({k: at.query_params[k] for k in at.query_params}))
    rows = view.apply(data, f).rows
    df = pd.read_csv(io.BytesIO(view.csv_download(data, rows, ";")), sep=";", encoding="utf-8-sig")
    assert df["event_id"].tolist() == table_ids(at)
    titles = df["titles"].tolist()
    assert any(t.startswith("'=HYPERLINK") for t in titles)
    assert not any(str(v).startswith(export.FORMULA_START) for c in df.select_dtypes("object")
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
    assert shown(at) >= merged and at.query_params["per_article"] == "1"
