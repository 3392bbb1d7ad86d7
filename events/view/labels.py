"""Dutch words for what the dashboard shows: codes, counts, conflicts and Plotly's own texts."""
from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Mapping

from events import lexicon

WORDS = tomllib.loads((Path(__file__).parent / "nl.toml").read_text(encoding="utf-8"))
TYPE_NL: dict[str, str] = WORDS["types"]
STATUS_NL: dict[str, str] = WORDS["statuses"]
PRECISION_NL: dict[str, str] = WORDS["precisions"]
UNIT_NL: dict[str, str] = WORDS["units"]


def name(code: str, names: Mapping[str, tuple[str, str]]) -> str:
    """Dutch display name of an actor code, or the code itself when the lexicon lacks it."""
    return names[code][0] if code in names else code


def num(n: int) -> str:
    """A count the Dutch way: 1.000.000."""
    return f"{n:,}".replace(",", ".")


def count(n: int, one: str, many: str) -> str:
    """'1 bestand', '3 bestanden'."""
    return f"{num(n)} {one if n == 1 else many}"


def conflict_nl(text: str) -> str:
    """A conflict note of events/merge.py in Dutch words (dates and article ids stay as they are)."""
    for english, dutch in WORDS["conflict"].items():
        text = text.replace(english, dutch)
    return text


def short_months() -> list[str]:
    """'jan' ... 'dec' from the calendar lexicon; a month without abbreviation keeps its name (mei)."""
    cal = lexicon.load("calendar")
    first = {}
    for abbreviation, month in cal["month_abbreviations"].items():
        first.setdefault(month, abbreviation)
    return [first.get(i, full) for i, full in enumerate(cal["months"], 1)]


@lru_cache(maxsize=1)
def plotly_config() -> dict:
    """Plotly config that shows month names, numbers and toolbar tooltips in Dutch."""
    cal = lexicon.load("calendar")
    weekdays = cal["weekdays"][-1:] + cal["weekdays"][:-1]  # d3 weeks start on Sunday
    fmt = {**WORDS["plotly"]["format"], "days": weekdays, "shortDays": [d[:2] for d in weekdays],
           "months": cal["months"], "shortMonths": short_months()}
    locale = {"dictionary": WORDS["plotly"]["dictionary"], "format": fmt}
    return {"locale": "nl", "locales": {"nl": locale}, "displaylogo": False}


def page_css(max_upload_mb: int) -> str:
    """CSS that shows Streamlit's own English texts in Dutch: the upload button and its limit
    (Streamlit has no setting for them) and the chart toolbar's tooltips."""
    words = WORDS["streamlit"]
    drop = '[data-testid="stFileUploaderDropzone"]'
    rules = [f'{drop} button [data-testid="stMarkdownContainer"] p{{display:none}}',
             f'{drop} button [data-testid="stMarkdownContainer"]::after{{content:"{words["upload_button"]}"}}',
             f'{drop} [data-testid="stFileUploaderDropzoneInstructions"] span{{display:none}}',
             f'{drop} [data-testid="stFileUploaderDropzoneInstructions"] div::after'
             f'{{content:"{words["upload_limit"].format(mb=max_upload_mb)}";font-size:.85em}}']
    rules += [f'.js-plotly-plot .plotly .modebar-btn[data-title="{en}"]::after{{content:"{nl}" !important}}'
              for en, nl in words["tooltips"].items()]
    return "<style>" + "".join(rules) + "</style>"
