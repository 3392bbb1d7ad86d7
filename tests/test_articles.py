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


GOOD = " date 2022-10-11 Rusland en Turkije spraken dinsdag in Ankara over graan.\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"
ENGLISH = ("The Russian foreign minister said on Tuesday that Moscow has no plans to suspend the talks "
           "with Turkey about the grain deal, but he wants guarantees from the other side.")
BAD_FILES = [  # (file name, content, words the one warning must contain)
    ("empty.txt", "", "empty"),
    ("blank.txt", "  \n\n\t\n", "empty"),
    ("report.txt", b"%PDF-1.4 binary", "binary file (PDF)"),
    ("photo.txt", PNG, "binary file (PNG image)"),
    ("nul.txt", b"abc\x00def\x00", "binary file (NUL bytes)"),
    ("half.txt", b"\xff\xfe" + " date 2022-10 Oekraïne".encode("utf-16-le") + b"x", "broken UTF-16"),
    ("page.txt", "<!DOCTYPE html><html><body>x</body></html>", "HTML"),
    ("dated_page.txt", " date 2022-10 <html><body><p>Rusland en Turkije.</p></body></html>", "HTML"),
    ("tags.txt", " date 2022-10 Rusland</p>\n<div>en Turkije</div>\n<p>spraken</p>", "HTML"),
    ("page.json", "<!doctype html>\n<html lang=nl></html>", "HTML"),
    ("nodate.txt", "Rusland en Turkije spraken.", "no 'date"),
    ("onlydate.txt", " date 2022-10-11\n\n", "no text after the date line"),
    ("baddate.txt", " date 2022-13 Rusland en Turkije spraken.", "not a real date"),
    ("zero.txt", " date 0000-00 Rusland en Turkije spraken.", "not a real date"),
    ("oneline.txt", " date 2022-10 " + "Rusland sprak. " * 70_000, "line 1 has 1,050,000 characters"),
    ("broken.json", '[{"id": "a", ', "not valid JSON"),
    ("deep.jsonl", "[" * 100_000, "broken JSON line (RecursionError)"),
    ("digits.json", "[" + "1" * 5000 + "]", "not readable JSON (ValueError"),
    ("cols.csv", "id,title\n1,x\n", "lacks the column(s) date, text"),
    ("english.txt", " date 2022-10 " + ENGLISH, "is in English, not Dutch"),
]


@pytest.mark.parametrize("name,content,reason", BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_bad_files_warn_with_name_and_reason(tmp_path, name, content, reason):
    _, w = _read(tmp_path, name, content)
    assert len(w) == 1 and name in w[0] and reason in w[0], w


def test_bad_files_cost_only_themselves(tmp_path):
    for name, content, _ in BAD_FILES:
        (tmp_path / name).write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    arts, w = _read(tmp_path, "good.txt", GOOD)
    assert sorted(a.id for a in arts) == ["baddate", "english", "good", "nodate", "zero"]
    for name, _, reason in BAD_FILES:
        assert sum(f"/{name}" in x for x in w) == 1, (name, w)
    assert len(w) == len(BAD_FILES)


def test_file_over_the_size_limit_is_not_read(tmp_path):
    p = tmp_path / "big.txt"
    with open(p, "wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, nothing on disk
    w = []
    assert list(articles.read([str(p)], w.append)) == []
    assert w == [f"{p}: 50.0 MB is larger than the 20 MB limit; skipped"]


@pytest.mark.parametrize("name,content", [
    ("x.docx", b"PK\x03\x04 whatever"), ("report.pdf", b"%PDF-1.4 binary"), ("photo.jpg", b"\xff\xd8\xff\xe0"),
])
def test_unknown_file_type_named_explicitly(tmp_path, name, content):
    p = tmp_path / name
    p.write_bytes(content)
    w = []
    assert list(articles.read([str(p)], w.append)) == [] and len(w) == 1
    assert "unknown file type" in w[0] and name in w[0]


def test_undated_article_keeps_no_date(tmp_path):
    arts, _ = _read(tmp_path, "nodate.txt", "Rusland en Turkije spraken dinsdag.")
    assert arts[0].published is None


@pytest.mark.parametrize("encoding,warning", [
    ("cp1252", "not UTF-8, read as Windows-1252"), ("latin-1", "not UTF-8, read as Windows-1252"),
    ("utf-16", ""), ("utf-16-be-bom", ""), ("utf-32", ""), ("utf-8-sig", ""), ("utf-8", ""),
])
def test_encodings(tmp_path, encoding, warning):
    text = " date 2022-10 Oekraïne vraagt hulp; de Franse president Macron belooft steun."
    raw = b"\xfe\xff" + text.encode("utf-16-be") if encoding == "utf-16-be-bom" else text.encode(encoding)
    arts, w = _read(tmp_path, "c.txt", raw)
    assert arts[0].text == text[len(" date 2022-10 "):]
    assert [x for x in w if warning and warning in x and "c.txt" in x] == w[:1] and len(w) == bool(warning)


def _jsonl(*rows) -> str:
    return "\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows)


def test_jsonl_broken_line_keeps_others(tmp_path):
    arts, w = _read(tmp_path, "f.jsonl", _jsonl({"id": "j1", "date": "2023-01-05", "title": "t", "text": "Tekst een."},
                                                "{broken", {"id": "j2", "date": "2023-01", "text": "Tekst twee."}))
    assert [a.id for a in arts] == ["j1", "j2"] and len(w) == 1 and "f.jsonl:2" in w[0]


def test_jsonl_many_broken_lines_give_one_warning(tmp_path):
    arts, w = _read(tmp_path, "f.jsonl", _jsonl("{", {"id": "j1", "date": "2023-01", "text": "Een."}, "x", "[" * 5000))
    assert [a.id for a in arts] == ["j1"]
    assert w == [f"{tmp_path}/f.jsonl:1: broken JSON line (Expecting property name enclosed in double quotes) "
                 "and 2 more broken line(s); skipped, other lines kept"]


def test_jsonl_repeated_id_keeps_the_first(tmp_path):
    arts, w = _read(tmp_path, "f.jsonl", _jsonl({"id": "j1", "date": "2023-01", "text": "Een."},
                                                {"id": "j1", "date": "2023-02", "text": "Twee."}))
    assert [a.text for a in arts] == ["Een."] and len(w) == 1 and "article id 'j1' already read" in w[0]


def test_jsonl_lone_surrogate_is_replaced_not_fatal(tmp_path):
    arts, w = _read(tmp_path, "f.jsonl", '{"id": "s1", "date": "2023-01", "text": "Kyiv \\ud800 zegt nee."}')
    assert arts[0].text == "Kyiv ? zegt nee." and "surrogates" in w[0] and "f.jsonl:1" in w[0]
    arts[0].text.encode("utf-8")  # what the event writers do


@pytest.mark.parametrize("content,ids", [
    ('{"id": "o1", "date": "2023-01", "text": "Een object."}', ["o1"]),
    ('{"id": "l1", "date": "2023-01", "text": "Een."}\n{"id": "l2", "date": "2023-01", "text": "Twee."}', ["l1", "l2"]),
    ('[{"id": "a1", "date": "2023-01", "text": "Een."}, 3]', ["a1"]),
], ids=["one-object", "json-lines", "array-with-a-number"])
def test_json_shapes(tmp_path, content, ids):
    arts, w = _read(tmp_path, "f.json", content)
    assert [a.id for a in arts] == ids
    assert len(w) == (ids == ["a1"]) and all("f.json[2]" in x for x in w)


@pytest.mark.parametrize("row,reason", [
    ({"id": "r1", "text": "Een."}, "article r1: no date"),
    ({"id": "r1", "date": "2023-13", "text": "Een."}, "article r1: date '2023-13' is not a date"),
    ({"id": "", "date": "2023-01", "text": "Een."}, "missing id or text"),
    ({"id": "r1", "date": "2023-01", "text": 5}, "missing id or text"),
    ({"id": "r1", "date": "2023-01", "text": "<p>Een.</p><p>Twee.</p><p>Drie.</p>"}, "article r1: HTML page"),
    ({"id": "r1", "date": "2023-01", "text": "Een. " * 30_000}, "article r1: line 1 has 150,000 characters"),
], ids=["no-date", "bad-date", "no-id", "text-not-text", "html", "long-line"])
def test_record_problems_name_file_line_and_reason(tmp_path, row, reason):
    _, w = _read(tmp_path, "f.jsonl", _jsonl(row))
    assert len(w) == 1 and "f.jsonl:1:" in w[0] and reason in w[0], w


def _csv(rows, sep=",", eol="\r\n") -> str:
    import csv
    import io
    buf = io.StringIO()
    csv.writer(buf, delimiter=sep, lineterminator=eol, quoting=csv.QUOTE_ALL).writerows(rows)
    return buf.getvalue()


HEADER = ["id", "date", "title", "text", "url", "source"]
ROW = ["c1", "2024-06-03", "Titel", "Regel een.\n\nRegel twee.", "https://example.org/c1", "ANP"]


@pytest.mark.parametrize("sep,eol", [(",", "\r\n"), (",", "\n"), (",", "\r"), (";", "\r\n")],
                         ids=["crlf", "lf", "cr-only", "semicolons"])
def test_csv_reads_articles(tmp_path, sep, eol):
    arts, w = _read(tmp_path, "f.csv", _csv([HEADER, ROW], sep, eol))
    assert w == [] and arts[0].source == "ANP" and arts[0].published.start.isoformat() == "2024-06-03"
    assert arts[0].text == "Regel een.\n\nRegel twee."


def test_csv_long_text_is_read():
    text = ("Rusland en Turkije spraken. " * 100 + "\n") * 100  # 280 KB: over the csv module's default limit
    w = []
    arts = list(articles.read_bytes("f.csv", _csv([HEADER, ["c1", "2024-06", "", text, "", ""]]).encode(), w.append))
    assert w == [] and arts[0].text == text


@pytest.mark.parametrize("content,reason", [
    ("id,title\n1,x\n", "f.csv: CSV lacks the column(s) date, text; skipped"),
    ("id,date,text\nc1,2023-01,Een.,extra,cellen\n", "f.csv:2: more cells than columns; extra cells ignored"),
    ("id,date,text\nc1,2023-01\n", "f.csv:2: missing id or text; skipped"),
], ids=["missing-column", "extra-cells", "missing-cells"])
def test_csv_column_problems(content, reason):
    w = []
    list(articles.read_bytes("f.csv", content.encode(), w.append))
    assert w == [reason]


def test_csv_error_stops_only_that_file(monkeypatch):
    monkeypatch.setattr(articles, "MAX_BYTES", 20)  # a cell longer than the field limit is a csv.Error
    w = []
    content = "id,date,text\nc1,2023-01,Kort.\nc2,2023-01,Deze tekst is veel te lang.\n"
    assert [a.id for a in articles.read_bytes("f.csv", content.encode(), w.append)] == ["c1"]
    assert w == ["f.csv: broken CSV after line 2 (field larger than field limit (20)); the rest of the file skipped"]


def test_duplicate_ids_warned(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(" date 2022-10 Een.", encoding="utf-8")
    arts, w = _read(tmp_path, "a.txt", " date 2022-10 Twee.")
    assert len(arts) == 1 and "already read" in w[0]


def _zip(tmp_path, members, name="corpus.zip", method=8):  # 8: deflated, 0: stored
    import zipfile
    p = tmp_path / name
    with zipfile.ZipFile(p, "w", compression=method) as z:
        for member, content in members:
            z.writestr(member, content)
    return p


def _read_zip(path):
    w = []
    return list(articles.read([str(path)], w.append)), w


def test_zip_members_are_read_in_memory(tmp_path):
    p = _zip(tmp_path, [("b/z2.txt", GOOD), ("z1.jsonl", _jsonl({"id": "j1", "date": "2022-10", "text": "Een."})),
                        ("__MACOSX/._z2.txt", "x"), (".hidden.txt", "x")])
    arts, w = _read_zip(p)
    assert [(a.id, a.path) for a in arts] == [("z2", f"{p}/b/z2.txt"), ("j1", f"{p}/z1.jsonl")] and w == []
    assert sorted(x.name for x in tmp_path.iterdir()) == ["corpus.zip"], "nothing unpacked to disk"


def test_zip_path_traversal_names_are_skipped(tmp_path):
    p = _zip(tmp_path, [("../../x.txt", GOOD), ("/etc/passwd.txt", GOOD), ("C:/win.txt", GOOD),
                        ("..\\evil.txt", GOOD), ("ok.txt", GOOD)])
    arts, w = _read_zip(p)
    assert [a.id for a in arts] == ["ok"] and len(w) == 4
    assert all(str(p) in x and "unsafe name" in x for x in w)
    assert not (tmp_path.parent / "x.txt").exists()


def test_zip_bomb_is_bounded(tmp_path, monkeypatch):
    monkeypatch.setattr(articles, "MAX_ZIP_BYTES", 1024 * 1024)
    zeros = GOOD + "\n" * (600 * 1024)  # compresses about a thousandfold
    p = _zip(tmp_path, [("a.txt", GOOD), ("b.txt", zeros), ("c.txt", zeros), ("d.txt", GOOD)])
    arts, w = _read_zip(p)
    assert [a.id for a in arts] == ["a", "b"]
    assert w == [f"{p}: more than 1 MB uncompressed (a zip bomb?); {p}/c.txt and the members after it skipped"]


def test_zip_member_over_the_file_limit(tmp_path):
    p = _zip(tmp_path, [("huge.txt", b"\n" * (21 * 1024 * 1024)), ("ok.txt", GOOD)])
    assert p.stat().st_size < 100_000
    arts, w = _read_zip(p)
    assert [a.id for a in arts] == ["ok"] and w == [f"{p}/huge.txt: larger than the 20 MB limit; skipped"]


def test_zip_member_count_is_bounded(tmp_path, monkeypatch):
    monkeypatch.setattr(articles, "MAX_ZIP_MEMBERS", 2)
    p = _zip(tmp_path, [(f"a{i}.txt", GOOD) for i in range(3)])
    arts, w = _read_zip(p)
    assert [a.id for a in arts] == ["a0", "a1"]
    assert w == [f"{p}: 3 members, more than the 2 read from one archive; the rest skipped"]


def test_zip_nested_archives_and_other_types_are_not_opened(tmp_path):
    inner = _zip(tmp_path, [("inner.txt", GOOD)], name="inner.zip").read_bytes()
    p = _zip(tmp_path, [("inner.zip", inner), ("photo.png", PNG), ("ok.txt", GOOD)])
    arts, w = _read_zip(p)
    assert [a.id for a in arts] == ["ok"] and len(w) == 1 and "2 member(s) of other types skipped" in w[0]


def test_broken_zip_and_broken_member(tmp_path):
    import zipfile
    (tmp_path / "not.zip").write_bytes(b"PK\x03\x04 but nothing more")
    arts, w = _read_zip(tmp_path / "not.zip")
    assert arts == [] and len(w) == 1 and "not.zip: not a readable zip archive" in w[0]
    p = _zip(tmp_path, [("bad.txt", GOOD), ("ok.txt", GOOD)], method=zipfile.ZIP_STORED)
    raw = p.read_bytes()
    p.write_bytes(raw.replace(b"Ankara", b"Ankaro", 1))  # stored data no longer matches its CRC
    arts, w = _read_zip(p)
    assert [a.id for a in arts] == ["ok"] and len(w) == 1
    assert w[0].startswith(f"{p}/bad.txt: cannot be read from the archive (BadZipFile: Bad CRC-32")


def test_bad_files_inside_a_zip_are_named_by_member(tmp_path):
    p = _zip(tmp_path, [(name, content) for name, content, _ in BAD_FILES] + [("good.txt", GOOD)])
    arts, w = _read_zip(p)
    assert sorted(a.id for a in arts) == ["baddate", "english", "good", "nodate", "zero"]
    for name, _, reason in BAD_FILES:
        assert [x for x in w if f"{p}/{name}:" in x and reason in x], (name, w)
    assert len(w) == len(BAD_FILES)


@pytest.mark.parametrize("header,today,warned", [
    ("2022-10-14", "2022-10-13", True), ("2022-10-14", "2022-10-14", False),
    ("2022-11", "2022-10-31", True), ("2022-10", "2022-10-01", False),
])
def test_future_publication_date_is_kept_with_a_warning(tmp_path, header, today, warned):
    import datetime as dt
    (tmp_path / "f.txt").write_text(f" date {header} Rusland en Turkije spraken.", encoding="utf-8")
    w = []
    arts = list(articles.read([str(tmp_path)], w.append, today=dt.date.fromisoformat(today)))
    assert arts[0].published.iso == header
    assert w == ([f"{tmp_path}/f.txt: article f: publication date {header} is after today ({today}); kept, check it"]
                 if warned else [])


LANGUAGES = lexicon.load("languages")["language"]


@pytest.mark.parametrize("code,example", [(lang["code"], ex) for lang in LANGUAGES for ex in lang["examples"]])
def test_language_examples(code, example):
    assert articles.language(example) == code


@pytest.mark.parametrize("text", [
    "Rusland en Turkije spraken.",  # too short to tell
    "Biden zei: 'The talks with Moscow were useful, but there is no deal yet and we will continue them.' "
    "De Russische minister Lavrov zei dat Moskou niet van plan is de gesprekken met Washington op te schorten, "
    "maar hij wil wel garanties voor de veiligheid van het land.",
], ids=["short", "dutch-with-english-quote"])
def test_dutch_stays_dutch(text):
    assert articles.language(text) == "nl"


def test_foreign_article_is_marked_and_gives_no_events(tmp_path):
    from events import extract
    dutch = (" date 2022-10-11 De Russische minister van Buitenlandse Zaken Lavrov sprak dinsdag in Ankara met "
             "zijn Turkse collega over de graandeal, maar er werd geen akkoord bereikt en de gesprekken gaan door.")
    arts, w = _read(tmp_path, "en.txt", " date 2022-10-11 " + ENGLISH)
    (tmp_path / "en.txt").unlink()
    nl, _ = _read(tmp_path, "nl.txt", dutch)
    assert arts[0].language == "en" and nl[0].language == "nl"
    assert w == [f"{tmp_path}/en.txt: article en is in English, not Dutch; kept as 'en', no events extracted from it"]
    assert extract.extract_article(arts[0]) == [] and extract.extract_article(nl[0])
