"""Reading articles: formats, publication dates, residue, and a clear warning for each bad file."""
import json

import pytest

from events import articles, lexicon

RESIDUE = lexicon.load("residue")


@pytest.mark.parametrize("entry", RESIDUE["line"], ids=[e["id"] for e in RESIDUE["line"]])
def test_residue_examples(entry):
    for ex in entry["examples"]:
        assert articles.is_residue(ex), ex
    for ex in entry["counterexamples"]:
        assert not articles.is_residue(ex), ex


def test_dateline_examples():
    import re
    pat = re.compile(RESIDUE["dateline"]["pattern"])
    for ex in RESIDUE["dateline"]["examples"]:
        assert pat.match(ex), ex
    for ex in RESIDUE["dateline"]["counterexamples"]:
        assert not pat.match(ex), ex


def _read(tmp_path, name, content):
    p = tmp_path / name
    p.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    warnings = []
    return list(articles.read([str(tmp_path)], warnings.append)), warnings


def test_txt_month_header(tmp_path):
    arts, w = _read(tmp_path, "a1.txt", " date 2022-10 Rusland en Turkije spraken over graan.\n")
    assert w == [] and arts[0].id == "a1" and arts[0].published.precision == "month"
    assert arts[0].text.startswith("Rusland")


def test_publication_line_makes_date_day_precise(tmp_path):
    text = " date 2022-10 Turkije bemiddelt opnieuw.\nvrijdag 14 oktober 2022 , 8:47\n\nDe rest van het stuk.\n"
    arts, w = _read(tmp_path, "a2.txt", text)
    assert arts[0].published.precision == "day" and arts[0].published.start.isoformat() == "2022-10-14"


def test_disagreeing_publication_line_is_warned(tmp_path):
    text = " date 2022-11 Turkije bemiddelt opnieuw.\nvrijdag 14 oktober 2022 , 8:47\n"
    arts, w = _read(tmp_path, "a3.txt", text)
    assert arts[0].published.precision == "month" and "disagrees" in w[0] and "a3.txt" in w[0]


@pytest.mark.parametrize("name,content,reason", [
    ("empty.txt", "", "empty"),
    ("pdf.txt", b"%PDF-1.4 binary", "binary"),
    ("nul.txt", b"abc\x00def\x00", "binary"),
    ("page.txt", "<!DOCTYPE html><html><body>x</body></html>", "HTML"),
    ("nodate.txt", "Rusland en Turkije spraken.", "no 'date"),
    ("baddate.txt", " date 2022-13 Rusland en Turkije spraken.", "not a real date"),
    ("zero.txt", " date 0000-00 Rusland en Turkije spraken.", "not a real date"),
])
def test_bad_files_warn_with_name_and_reason(tmp_path, name, content, reason):
    _, w = _read(tmp_path, name, content)
    assert len(w) == 1 and name in w[0] and reason in w[0], w


def test_unknown_file_type_named_explicitly(tmp_path):
    p = tmp_path / "x.docx"
    p.write_text("whatever", encoding="utf-8")
    w = []
    assert list(articles.read([str(p)], w.append)) == [] and "unknown file type" in w[0] and "x.docx" in w[0]


def test_undated_article_keeps_no_date(tmp_path):
    arts, _ = _read(tmp_path, "nodate.txt", "Rusland en Turkije spraken dinsdag.")
    assert arts[0].published is None


def test_cp1252_and_utf16(tmp_path):
    arts, w = _read(tmp_path, "c.txt", " date 2022-10 Oekraïne vraagt hulp.".encode("cp1252"))
    assert "Oekraïne" in arts[0].text and "Windows-1252" in w[0]
    arts, w = _read(tmp_path, "d.txt", " date 2022-10 Oekraïne vraagt hulp.".encode("utf-16"))
    assert "Oekraïne" in arts[-1].text


def test_jsonl_broken_line_keeps_others(tmp_path):
    rows = [json.dumps({"id": "j1", "date": "2023-01-05", "title": "t", "text": "Tekst een."}), "{broken",
            json.dumps({"id": "j2", "date": "2023-01", "text": "Tekst twee."})]
    arts, w = _read(tmp_path, "f.jsonl", "\n".join(rows))
    assert [a.id for a in arts] == ["j1", "j2"] and "f.jsonl:2" in w[0]


def test_csv_missing_column(tmp_path):
    _, w = _read(tmp_path, "f.csv", "id,title\n1,x\n")
    assert "lacks the column" in w[0] and "text" in w[0]


def test_csv_reads_articles(tmp_path):
    import csv
    import io
    buf = io.StringIO()
    wr = csv.writer(buf)
    wr.writerow(["id", "date", "title", "text", "url", "source"])
    wr.writerow(["c1", "2024-06-03", "Titel", "Regel een.\n\nRegel twee.", "https://example.org/c1", "ANP"])
    arts, w = _read(tmp_path, "f.csv", buf.getvalue())
    assert w == [] and arts[0].source == "ANP" and arts[0].published.start.isoformat() == "2024-06-03"


def test_duplicate_ids_warned(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(" date 2022-10 Een.", encoding="utf-8")
    arts, w = _read(tmp_path, "a.txt", " date 2022-10 Twee.")
    assert len(arts) == 1 and "already read" in w[0]
