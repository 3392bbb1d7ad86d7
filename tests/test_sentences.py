"""Dutch sentence splitting: abbreviations, quotes, headings and offsets."""
import pytest

from events import lexicon, sentences
from events.articles import _article, parse_date_header

EXAMPLES = lexicon.load("abbreviations")["examples"]


@pytest.mark.parametrize("ex", EXAMPLES, ids=[e["text"][:30] for e in EXAMPLES])
def test_lexicon_examples(ex):
    assert len(sentences.split_line(ex["text"], 0)) == ex["sentences"]


@pytest.mark.parametrize("text,n", [
    ("Hij zei: \"We praten verder met Kiev.\" Daarna vertrok hij naar huis.", 2),
    ("De minister (dhr. Jansen) sprak o.a. over graan. Dat duurde ca. een uur.", 2),
    ("Het pakket is 1.5 miljard waard. Dat is meer dan vorig jaar.", 2),
    ("Wat wil Moskou? Niemand weet het.", 2),
    ("De top in Vilnius, op 11 juli, verliep rustig.", 1),
    ("J. Biden sprak met E. Macron.", 1),
])
def test_split_counts(text, n):
    assert len(sentences.split_line(text, 0)) == n


def test_offsets_point_into_article_and_headings_are_skipped():
    text = ("BRUSSEL (ANP) - De EU-ministers spraken dinsdag over sancties. Er kwam geen akkoord.\n\n"
            "Gesprek met Kiev\n\nDelen\n\nDe Oekraïense minister was ook aanwezig.")
    art = _article("x", text, parse_date_header("2023-03-08"))
    ss = sentences.split(art)
    assert [s.text for s in ss] == ["De EU-ministers spraken dinsdag over sancties.", "Er kwam geen akkoord.",
                                    "De Oekraïense minister was ook aanwezig."]
    for s in ss:
        assert art.text[s.start:s.end] == s.text
    assert art.dateline == "Brussel"


def test_a_timestamped_update_title_is_a_heading():
    from events import layout, lexicon
    h = lexicon.load("residue")["heading"]
    for line in h["timestamp_examples"]:
        assert layout.is_heading(line), line
    for line in h["timestamp_counterexamples"]:
        assert not layout.is_heading(line), line
