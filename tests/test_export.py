"""Event files and download bytes: formats, atomic writes, injection-safe CSV that round-trips."""
import io
import json
import os
import re

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from events import export

EVENT = {
    "event_id": "e-0000000000000001", "type": "talks", "cameo": "040", "status": "occurred",
    "date_start": "2022-10-11", "date_end": "2022-10-11", "date_precision": "day",
    "date_text": "dinsdag", "date_source": "sentence", "actors": ["RUS", "TUR"],
    "source_actors": ["TUR"], "target_actors": ["RUS"],
    "people": ["Recep Tayyip Erdogan", "Vladimir Poetin"], "location": "Astana, KAZ",
    "evidence": [{"article_id": "ua_03", "sentence": "Erdogan ontmoet Poetin in Oekraïne.",
                  "start": 0, "end": 35},
                 {"article_id": "ua_03", "sentence": "Het gesprek duurde lang.", "start": 36, "end": 60}],
    "trigger": "ontmoet", "rule": "talks.ontmoeten", "article_ids": ["ua_03"],
    "titles": ["=HYPERLINK(\"http://evil.example\",\"klik\")"], "urls": ["https://nieuws.example/ua_03"],
    "sources": ["ANP"], "published": ["2022-10-11"],
}
HOSTILE = {**EVENT, "event_id": "e-0000000000000002", "location": "-2+3", "trigger": "@SUM(A1)",
           "date_text": "\tdinsdag", "rule": "\rrule", "titles": ["+31 tanks"], "n_articles": 3}


def read_csv(data: bytes, sep=",") -> pd.DataFrame:
    assert data.startswith(b"\xef\xbb\xbf"), "UTF-8 BOM so Excel reads Oekraïne"
    return pd.read_csv(io.BytesIO(data), sep=sep, encoding="utf-8-sig",
                       dtype={"cameo": str}, keep_default_na=False)


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".parquet"])
def test_write_events_by_extension(tmp_path, suffix):
    path = tmp_path / f"events{suffix}"
    export.write_events([EVENT, HOSTILE], str(path))
    assert path.exists()
    assert [p.name for p in tmp_path.iterdir()] == [path.name], "no temp file left behind"
    if suffix == ".jsonl":
        lines = path.read_text(encoding="utf-8").splitlines()
        assert json.loads(lines[0]) == EVENT
        assert "Oekraïne" in lines[0], "ensure_ascii=False"
    elif suffix == ".csv":
        df = read_csv(path.read_bytes())
        assert list(df["event_id"]) == [EVENT["event_id"], HOSTILE["event_id"]]
        assert df.loc[0, "actors"] == "RUS; TUR"
        assert df.loc[0, "evidence"] == "Erdogan ontmoet Poetin in Oekraïne."
        assert df.loc[0, "n_evidence"] == 2
    else:
        df = pd.read_parquet(path)
        assert list(df.loc[0, "actors"]) == ["RUS", "TUR"]
        assert json.loads(df.loc[0, "evidence"]) == EVENT["evidence"]
        assert df.loc[1, "n_articles"] == 3


@pytest.mark.parametrize("name", ["events.txt", "events", "events.xlsx"])
def test_unknown_extension_is_a_clear_error(tmp_path, name):
    with pytest.raises(ValueError, match="extension"):
        export.write_events([EVENT], str(tmp_path / name))
    assert list(tmp_path.iterdir()) == []


def test_write_is_atomic_when_it_fails(tmp_path, monkeypatch):
    path = tmp_path / "events.jsonl"
    path.write_text("old\n", encoding="utf-8")

    def broken(*args, **kwargs):
        raise OSError("disk full")
    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(OSError):
        export.write_events([EVENT], str(path))
    assert path.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["events.jsonl"]


def test_write_empty_list(tmp_path):
    for suffix in (".jsonl", ".csv", ".parquet"):
        export.write_events([], str(tmp_path / f"e{suffix}"))
    assert (tmp_path / "e.jsonl").read_text() == ""


@pytest.mark.parametrize("column,expected", [
    ("titles", "'+31 tanks"),
    ("location", "'-2+3"), ("trigger", "'@SUM(A1)"), ("date_text", "'\tdinsdag"),
    ("rule", "'\rrule"),
])
@pytest.mark.parametrize("sep", [",", ";"])
def test_csv_neutralises_formula_cells(column, expected, sep):
    frame = export.flat_frame(export.events_table([EVENT, HOSTILE]))
    df = read_csv(export.csv_bytes(frame, sep=sep), sep=sep)
    assert df.loc[1, column] == expected
    assert df.loc[0, "titles"].startswith("'=")


def test_csv_keeps_numbers_numeric_and_round_trips():
    frame = export.flat_frame(export.events_table([EVENT, HOSTILE]))
    numbers = pd.read_csv(io.BytesIO(export.csv_bytes(frame)), encoding="utf-8-sig")
    assert numbers["n_evidence"].dtype.kind == "i"
    assert numbers["n_articles"].dtype.kind in "if" and numbers["n_articles"].tolist()[1] == 3
    assert b",3," in export.csv_bytes(frame).split(b"\r\n")[2] + b",", "an integer, not 3.0"
    back = read_csv(export.csv_bytes(frame))
    assert list(back.columns) == list(frame.columns)
    untouched = ["event_id", "type", "cameo", "status", "date_start", "actors", "evidence", "people"]
    for col in untouched:
        assert back[col].astype(str).tolist() == frame[col].fillna("").astype(str).tolist(), col


def test_neutralise_leaves_numeric_columns_alone():
    df = pd.DataFrame({"n": [-1, 2], "x": [-1.5, 2.0], "s": ["-1", "ok"]})
    out = export.neutralise(df)
    assert out["n"].tolist() == [-1, 2] and out["x"].tolist() == [-1.5, 2.0]
    assert out["s"].tolist() == ["'-1", "ok"]
    assert df["s"].tolist() == ["-1", "ok"], "the input is not changed"


def test_json_bytes_restores_lists_and_evidence():
    table = export.events_table([EVENT, HOSTILE])
    data = json.loads(export.json_bytes(table.to_pandas()))
    assert data[0]["actors"] == ["RUS", "TUR"]
    assert data[0]["evidence"] == EVENT["evidence"]
    assert data[0]["titles"][0].startswith("=")  # JSON is data, not a spreadsheet
    assert data[0]["n_articles"] is None and data[1]["n_articles"] == 3


TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(TEXT, TEXT), min_size=1, max_size=5))
def test_csv_round_trips_any_text(cells):
    df = pd.DataFrame({"a": [a for a, _ in cells], "b": [b for _, b in cells], "n": range(len(cells))})
    back = pd.read_csv(io.BytesIO(export.csv_bytes(df)), encoding="utf-8-sig", dtype={"a": str, "b": str},
                       keep_default_na=False)
    for col in ("a", "b"):
        for got, want in zip(back[col], df[col]):
            want = "'" + want if want.startswith(export.FORMULA_START) else want
            # the csv module turns a lone \r or \r\n inside quoted cells into \n on reading
            assert got.replace("\r\n", "\n").replace("\r", "\n") == want.replace("\r\n", "\n").replace("\r", "\n")
    assert back["n"].tolist() == list(range(len(cells)))


@pytest.mark.parametrize("text,sentences", [
    ('[{"article_id": "a", "sentence": "Een."}, {"sentence": "Twee."}]', ["Een.", "Twee."]),
    ("[]", []), ("", []), (None, []), ('[{"article_id": "a"}]', [""]),
    ('[{"sentence": "regel\\nmet \\"aanhalingstekens\\" en Oekraïne"}]', ['regel\nmet "aanhalingstekens" en Oekraïne']),
], ids=["two", "empty-list", "empty-text", "null", "no-sentence", "escapes"])
def test_evidence_sentences(text, sentences):
    import pyarrow as pa
    got = export.evidence_sentences(pa.chunked_array([pa.array([text, '[{"sentence": "x"}]'], pa.string())]))
    assert got.to_pylist() == [sentences, ["x"]]


def test_evidence_sentences_survive_a_broken_row():
    import pyarrow as pa
    got = export.evidence_sentences(pa.array(['[{"sentence": "a"}', '[{"sentence": "b"}]']))
    assert got.to_pylist() == [[], ["b"]], "one broken row costs only that row"


HOSTILE_ARTICLE = {  # every text field an article brings into the export starts like a formula
    "id": "-art1", "date": "2022-10-11", "title": "=HYPERLINK(\"http://evil.example\",\"klik\")",
    "url": "@https://nieuws.example/a", "source": "+ANP",
    "text": "- Rusland en Turkije spraken dinsdag in Ankara over de graandeal.\n\n"
            "=Later waarschuwde Rusland de NAVO voor ernstige gevolgen.",
}


def _cells(data: bytes, sep: str) -> list[list[str]]:
    import csv
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=sep))


def assert_safe_and_round_trips(data: bytes, sep: str = ",") -> pd.DataFrame:
    """No cell a spreadsheet would run; numbers stay numbers; pandas reads it back row for row."""
    rows = _cells(data, sep)
    risky = [c for row in rows for c in row
             if c.startswith(export.FORMULA_START) and not re.fullmatch(r"-?\d+(?:\.\d+)?", c)]  # -2 is a number
    assert risky == [], risky
    df = read_csv(data, sep=sep)
    assert len(df) == len(rows) - 1 and list(df.columns) == rows[0]
    numbers = pd.read_csv(io.BytesIO(data), sep=sep, encoding="utf-8-sig")
    for col in ("n_evidence", "n_articles", "n_sources"):
        if col in df:
            cells = [row[rows[0].index(col)] for row in rows[1:]]
            assert all(c == "" or c.isdigit() for c in cells), (col, cells)  # 3, not 3.0 or '3
            assert numbers[col].dtype.kind in "if", col
    return df


@pytest.mark.parametrize("merge", [True, False], ids=["merged", "per-article"])
def test_command_line_csv_is_neutralised(tmp_path, merge):
    from events import cli
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.jsonl").write_text(json.dumps(HOSTILE_ARTICLE), encoding="utf-8")
    out = tmp_path / "events.csv"
    argv = ["extract", str(tmp_path / "in"), "--out", str(out), "--quiet", "--workers", "1"]
    assert cli.main(argv + ([] if merge else ["--no-merge"])) == 0
    df = assert_safe_and_round_trips(out.read_bytes())
    assert len(df) >= 2, "both hostile sentences gave an event"
    assert set(df["titles"]) == {"'" + HOSTILE_ARTICLE["title"]} and set(df["sources"]) == {"'+ANP"}
    assert set(df["article_ids"]) == {"'-art1"} and all(e.startswith("'") for e in df["evidence"])


@pytest.mark.parametrize("sep", [",", ";"])
def test_dashboard_downloads_are_neutralised(tmp_path, sep):
    import numpy as np

    from events import store
    from events.view import table
    path = tmp_path / "events.jsonl"
    export.write_events([EVENT, HOSTILE], str(path))
    data = store.build_store(store.read_table(str(path)))
    df = assert_safe_and_round_trips(table.csv_download(data, np.arange(2), sep=sep), sep=sep)
    assert df.loc[1, "trigger"] == "'@SUM(A1)" and df.loc[1, "n_articles"] == "3"
    back = json.loads(table.json_download(data, np.arange(2)))
    assert back[1]["trigger"] == "@SUM(A1)", "JSON is data for programs: kept as written"


def test_every_column_kind_is_neutralised():
    import pyarrow as pa
    df = pd.DataFrame({
        "category": pd.Categorical(["=1+1", "ok"]), "text": ["x", "-3"], "missing": ["@a", None],
        "lists": [["=a", "b"], []], "objects": [{"k": 1}, "+1"], "n": [1, -2], "x": [-1.5, 2.0], "flag": [True, False],
    })
    df = assert_safe_and_round_trips(export.csv_bytes(df))
    assert df["n"].tolist() == [1, -2] and df["x"].tolist() == [-1.5, 2.0]
    assert df["category"].tolist() == ["'=1+1", "ok"] and df["lists"].tolist() == ["'=a; b", ""]
    dictionary = pa.table({"d": pa.array(["=a", "b"]).dictionary_encode()})
    assert read_csv(export.csv_bytes(export.flat_frame(dictionary)))["d"].tolist() == ["'=a", "b"]
