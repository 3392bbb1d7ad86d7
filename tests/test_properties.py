"""Properties that hold for any input: the reader, date normaliser, sentence splitter and extractor
never raise, intervals run forward, evidence offsets point at the evidence, event ids are stable.

The text strategy mixes words of the lexicon (triggers, dates, residue, abbreviations) with
punctuation, line breaks and arbitrary characters, so most examples reach deep into the rules.
bench/fuzz.py runs the same checks for minutes instead of seconds.
"""
import datetime as dt
import os
import re
import subprocess
import sys

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from events import articles, dates, extract, lexicon, sentences
from events.model import EVENT_TYPES, PRECISIONS, STATUSES, Article, PubDate

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def _vocabulary() -> list[str]:
    """The words of the lexicon's lists and examples (regular expressions left out)."""
    words = set()
    for name in ("calendar", "triggers", "status", "tense", "offices", "residue", "abbreviations", "places"):
        for s in _strings(lexicon.load(name)):
            if not re.search(r"[\\()\[\]|?*+{}^$]", s):
                words.update(s.split())
    return sorted(words)


PIECES = st.one_of(st.sampled_from(_vocabulary()), st.sampled_from(["Rusland", "Turkije", "NAVO", "Lavrov"]),
                   st.text(max_size=6), st.from_regex(r"[0-9]{1,4}", fullmatch=True))
GAPS = st.sampled_from([" ", " ", " ", "", "\n", "\n\n", ". ", ", ", " - ", "\r\n", "\t", '"', "“", "”"])


def texts(max_pieces: int = 60) -> st.SearchStrategy[str]:
    """Text of up to `max_pieces` pieces (words, numbers, anything) joined by spaces, breaks, punctuation."""
    return st.lists(st.tuples(PIECES, GAPS), max_size=max_pieces).map(lambda parts: "".join(a + b for a, b in parts))


TEXT = texts()
DAYS = st.one_of(st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)), st.dates())
PUB = st.one_of(st.none(), DAYS.map(lambda d: PubDate(d, d, "day")),
                DAYS.map(lambda d: articles.parse_date_header(f"{d.year:04d}-{d.month:02d}")))
SUFFIX = st.sampled_from(articles.SUFFIXES)
RAW = st.one_of(st.binary(max_size=300), TEXT.map(lambda t: (" date 2022-10-11 " + t).encode("utf-8")),
                st.tuples(TEXT, st.sampled_from(["cp1252", "utf-16", "utf-8-sig"])).map(
                    lambda p: p[0].encode(p[1], errors="replace")))


def check_reader(suffix: str, raw: bytes) -> None:
    """Any bytes under any article file name give articles or warnings, never an exception."""
    warnings = []
    for a in articles.read_bytes(f"x{suffix}", raw, warnings.append):
        assert a.id and a.text.strip() and a.language
        a.text.encode("utf-8")  # what the event writers will do
        assert all(0 <= s <= e <= len(a.text) for s, e in a.skip_spans)
    assert all(w.startswith(f"x{suffix}") for w in warnings), warnings


def check_dates(text: str, pub: PubDate | None) -> None:
    """Every interval runs forward, has a known precision and points at its words in the text."""
    for iv in dates.find(text, pub):
        assert iv.start <= iv.end, iv
        assert iv.precision in PRECISIONS, iv
        assert text[iv.offset:iv.offset + iv.length] == iv.text, iv


def check_sentences(article: Article) -> None:
    """Sentences are ordered, disjoint, non-empty slices of the article text, numbered in order."""
    end = 0
    for i, s in enumerate(sentences.split(article)):
        assert s.index == i and end <= s.start < s.end <= len(article.text), s
        assert article.text[s.start:s.end] == s.text and s.text.strip(), s
        end = s.end


def check_extract(article: Article) -> None:
    """Events have a known type and status, forward dates, evidence at its offsets, stable unique ids."""
    events = [e.to_dict() for e in extract.extract_article(article)]
    for e in events:
        assert e["type"] in EVENT_TYPES and e["status"] in STATUSES, e
        if e["date_start"] is not None:
            assert e["date_start"] <= e["date_end"], e
        for ev in e["evidence"]:
            assert ev["article_id"] == article.id
            assert article.text[ev["start"]:ev["end"]] == ev["sentence"], ev
    assert len({e["event_id"] for e in events}) == len(events)
    assert [e.to_dict() for e in extract.extract_article(article)] == events, "same input, same events"


def article(text: str, pub: PubDate | None) -> Article:
    """An article as the reader makes it (layout, residue, dateline), with any publication date."""
    header = f" date {pub.iso}\n" if pub else ""
    found = list(articles.read_bytes("p.txt", (header + text).encode("utf-8", errors="replace"), lambda w: None))
    return found[0] if found else Article("p", text, pub)


@FAST
@given(SUFFIX, RAW)
def test_reader_never_raises(suffix, raw):
    check_reader(suffix, raw)


@FAST
@given(TEXT, PUB)
def test_dates(text, pub):
    check_dates(text, pub)


@FAST
@given(TEXT, PUB)
def test_sentences(text, pub):
    check_sentences(article(text, pub))


@FAST
@given(TEXT, PUB)
def test_extract(text, pub):
    check_extract(article(text, pub))


def _extract_with_hash_seed(seed: str, out) -> subprocess.Popen:
    """`python -m events extract data/articles` in a process with its own hash seed (set order)."""
    return subprocess.Popen([sys.executable, "-m", "events", "extract", "data/articles", "--out", str(out), "--quiet",
                             "--workers", "1"], cwd=ROOT, env={**os.environ, "PYTHONHASHSEED": seed},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def test_event_ids_do_not_depend_on_the_process(tmp_path):
    """Two processes with other hash seeds write the same bytes for the bundled corpus (run side by
    side, so both see the same code while others edit the tree)."""
    outs = [tmp_path / "one.jsonl", tmp_path / "two.jsonl"]
    procs = [_extract_with_hash_seed(seed, out) for seed, out in zip(("1", "2"), outs)]
    assert [p.wait() for p in procs] == [0, 0]
    assert outs[0].read_bytes() and outs[0].read_bytes() == outs[1].read_bytes()
