"""The lexicon's sentences are the team's own: no quoted text of 40 characters or more in a lexicon file
(an example, a counterexample, a phrase quoted in a comment) is found word for word in a real news article
(../shared/seeds) or in an article of a test set. A sentence taken from a test set makes the rules
pass on that set's own wording, so the set measures less; one taken from a news article is someone
else's text. Names of organisations, countries and people are names, not sentences: their files are not
checked."""
import glob
import os
import re

from conftest import ROOT, SHARED

NAME_FILES = {"countries.toml", "organisations.toml", "people.toml", "offices.toml", "languages.toml", "abbreviations.toml"}
QUOTED = re.compile(r'"((?:[^"\\]|\\.){40,})"')
SPACE = re.compile(r"\s+")


def _articles() -> dict[str, str]:
    paths = glob.glob(os.path.join(SHARED, "seeds", "**", "*.txt"), recursive=True)
    paths += glob.glob(os.path.join(ROOT, "tests", "*", "articles", "**", "*.*"), recursive=True)
    return {p: SPACE.sub(" ", open(p, encoding="utf-8", errors="replace").read()) for p in paths}


def _quoted():
    for path in sorted(glob.glob(os.path.join(ROOT, "events", "lexicon", "nl", "*.toml"))):
        if os.path.basename(path) in NAME_FILES:
            continue
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                for m in QUOTED.finditer(line):
                    yield f"{os.path.basename(path)}:{n}", SPACE.sub(" ", m.group(1)).rstrip(".")


def test_the_checked_files_quote_text():
    # the check reads what it should: the trigger file quotes hundreds of example sentences
    assert sum(1 for where, _ in _quoted() if where.startswith("triggers.toml")) > 500


def test_no_lexicon_text_is_copied_from_an_article():
    arts = _articles()
    assert len(arts) > 100, "the seeds and the test sets' articles were not found"
    copied = [(where, text[:80], os.path.relpath(p, os.path.dirname(ROOT)))
              for where, text in _quoted() for p, a in arts.items() if text in a]
    assert not copied, "lexicon text copied from articles (write a sentence of your own): " + repr(copied[:10])

