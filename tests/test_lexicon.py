"""A bad lexicon stops at load time with the file and the entry named (lexicon/nl/*.toml).

Each case copies the real lexicon to a temporary folder, spoils one file and loads it
through `lexicon.use`, the way the extractor would.
"""
import shutil
from pathlib import Path

import pytest

from events import actors, articles, layout, lexicon, rules
from events.lexicon import LexiconError

LOADERS = {"triggers": rules.load, "people": actors.gazetteer, "countries": actors.gazetteer,
           "organisations": actors.gazetteer, "languages": lambda: articles.language("x")}


def _clear():
    for f in (rules.load, actors.gazetteer, layout._languages):
        f.cache_clear()


@pytest.fixture
def spoil(tmp_path):
    """spoil(file, text): append `text` to a copy of lexicon/nl/<file>.toml and load it."""
    shutil.copytree(lexicon.folder(), tmp_path / "nl", ignore=shutil.ignore_patterns("*.py", "__pycache__"))

    def load(name: str, text: str = "", raw: bytes | None = None):
        p = tmp_path / "nl" / f"{name}.toml"
        p.write_bytes(raw if raw is not None else p.read_bytes() + text.encode("utf-8"))
        with lexicon.use(tmp_path):
            _clear()
            return LOADERS[name]()
    yield load
    _clear()


def test_a_copy_of_the_lexicon_loads_unchanged(spoil, tmp_path):
    packaged = lexicon.fingerprint()
    assert [r.id for r in spoil("triggers")] == [r.id for r in rules.load.__wrapped__()]
    with lexicon.use(tmp_path):
        assert lexicon.fingerprint() == packaged


RULE = '\n[[rule]]\nid = "x.bad"\ntype = "talks"\npattern = "{}"\nexamples = ["Zij spraken."]\n'
BAD = [  # (file, appended text, the message)
    ("triggers", RULE.format("(spraken"), r"triggers.toml \[x.bad\]: bad regular expression"),
    ("triggers", RULE.format("Spraken"), r"triggers.toml \[x.bad\]: write .*patterns in lower case"),
    ("triggers", RULE.format("spraken").replace('"talks"', '"meeting"'),
     r"triggers.toml \[x.bad\]: type 'meeting' is not one of summit"),
    ("triggers", RULE.format("spraken").replace("examples", "exampels"),
     r"triggers.toml \[x.bad\]: unknown field\(s\) exampels"),
    ("triggers", RULE.format("spraken") + RULE.format("praten"), r"triggers.toml \[x.bad\]: missing or repeated id"),
    ("triggers", "\n[[rule]\n", r"lexicon file nl/triggers.toml: .*line"),
    ("people", '\n[[person]]\nid = "x-y"\nname = "X Y"\nroles = [{ of = "XXX", office = "head_of_state" }]\n',
     r"people.toml \[x-y\]: role of unknown actor code 'XXX'"),
    ("people", '\n[[person]]\nid = "x-y"\nname = "X Y"\nroles = [{ of = "NLD", office = "no_such_office" }]\n',
     r"people.toml \[x-y\]: unknown office 'no_such_office'"),
    ("people", '\n[[person]]\nid = "x-y"\nname = "X Y"\n'
               'roles = [{ of = "NLD", office = "head_of_state", since = "2024-10-01" }]\n',
     r"people.toml \[x-y\]: '2024-10-01' is not a TOML date"),
    ("countries", '\n[[country]]\ncode = "NLD"\nname = "Holland"\n', r"countries.toml \[NLD\]: code NLD defined twice"),
    ("organisations", '\n[[organisation]]\ncode = "XORG"\nname = "X"\nmembers = ["NLD", "XXX"]\n',
     r"organisations.toml \[XORG\]: member 'XXX' is not a country code"),
    ("languages", '\n[[language]]\ncode = "es"\nname = "Spanish"\nwords = ["el", "het"]\n',
     r"languages.toml \[es\]: stop word 'het' is also listed under nl"),
    ("languages", '\n[[language]]\ncode = "es"\nname = "Spanish"\nwords = ["El"]\n',
     r"languages.toml \[es\]: stop word 'El' is not lower-case text"),
    ("languages", '\n[[language]]\ncode = "en"\nname = "English again"\nwords = ["the"]\n',
     r"languages.toml \[en\]: a language needs its own code"),
]


@pytest.mark.parametrize("name,text,message", BAD, ids=[f"{b[0]}-{i}" for i, b in enumerate(BAD)])
def test_bad_entry_names_file_and_entry(spoil, name, text, message):
    with pytest.raises(LexiconError, match=message):
        spoil(name, text)


def test_bad_detection_setting_is_named(spoil):
    with pytest.raises(LexiconError, match=r"languages.toml \[detect\]: margin must be a positive number, not -1"):
        spoil("languages", raw=lexicon.path("languages").read_bytes().replace(b"margin = 2.0", b"margin = -1"))


def test_file_not_utf8_is_named(spoil):
    with pytest.raises(LexiconError, match=r"lexicon file nl/triggers.toml is not UTF-8"):
        spoil("triggers", raw=b'# caf\xe9\n')


def test_missing_file_is_named(tmp_path):
    (tmp_path / "nl").mkdir()
    with lexicon.use(tmp_path), pytest.raises(LexiconError, match=r"lexicon file nl/residue.toml is missing"):
        lexicon.load("residue")
    assert lexicon.load("residue"), "the packaged lexicon is back after the block"


def test_overlapping_actor_terms_are_named(spoil):
    with pytest.raises(LexiconError, match=r"countries.toml \[XXA\].*Nederland"):
        spoil("countries", '\n[[country]]\ncode = "XXA"\nname = "Xland"\nnames = ["Nederland"]\n')


def test_events_lexicon_points_a_run_at_another_lexicon(tmp_path, monkeypatch, capsys):
    from conftest import ROOT, clear_lexicon_caches
    from events import cli
    shutil.copytree(lexicon.folder(), tmp_path / "nl", ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    article = sorted((Path(ROOT) / "data" / "articles").rglob("*.txt"))[0]
    monkeypatch.setenv(lexicon.ENV, str(tmp_path))
    clear_lexicon_caches()
    try:
        assert lexicon.path("residue") == tmp_path / "nl" / "residue.toml"
        (tmp_path / "nl" / "residue.toml").write_text("[x\n", encoding="utf-8")
        assert cli.main(["extract", str(article), "--out", str(tmp_path / "x.jsonl"), "--quiet"]) == 2
        assert "nl/residue.toml" in capsys.readouterr().err, "a bad lexicon file is named, without a traceback"
        monkeypatch.setenv(lexicon.ENV, str(tmp_path / "missing"))
        with pytest.raises(LexiconError, match=r"EVENTS_LEXICON=.*missing: no folder nl/"):
            lexicon.folder()
    finally:
        monkeypatch.undo()
        clear_lexicon_caches()
    assert lexicon.load("residue"), "the packaged lexicon is back"
