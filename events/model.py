"""The vocabulary of the pipeline: articles, sentences, dates, mentions and events as plain values."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

EVENT_TYPES = ("summit", "talks", "delivery", "warning", "agreement", "sanction",
               "condemnation", "demand", "proposal")
STATUSES = ("occurred", "planned", "negated")
PRECISIONS = ("day", "week", "month", "quarter", "season", "year", "unknown")


@dataclass(frozen=True)
class PubDate:
    """A publication date known to the day or only to the month."""
    start: dt.date
    end: dt.date
    precision: str  # "day" or "month"

    @property
    def iso(self) -> str:
        return self.start.isoformat() if self.precision == "day" else self.start.isoformat()[:7]


@dataclass(frozen=True)
class Article:
    """One news article: its text is what evidence offsets point into."""
    id: str
    text: str
    published: PubDate | None
    title: str = ""
    url: str = ""
    source: str = ""
    path: str = ""
    dateline: str = ""  # place from a dateline such as "BRUSSEL (ANP) -"
    skip_spans: tuple[tuple[int, int], ...] = ()  # residue and headings: no events there
    language: str = "nl"  # "en", "de", "fr" when its stop words say so: then all of it is skipped


@dataclass(frozen=True)
class Sentence:
    """A sentence with its character offsets into the article text."""
    text: str
    start: int
    end: int
    index: int
    heading: bool = False


@dataclass(frozen=True)
class Interval:
    """An inclusive date interval with its precision and the words it came from."""
    start: dt.date
    end: dt.date
    precision: str
    text: str = ""
    offset: int = -1  # character offset of the expression within its sentence
    length: int = 0

    def to_json(self) -> dict:
        return {"text": self.text, "start": self.start.isoformat(), "end": self.end.isoformat(),
                "precision": self.precision}


@dataclass(frozen=True)
class Mention:
    """An actor mention in a sentence: country/organisation codes, maybe a person."""
    start: int
    end: int
    text: str
    codes: tuple[str, ...]
    person: str = ""  # canonical person name when the mention is a person
    kind: str = ""  # country, organisation, person, role, capital, seat, adjective
    literal_place: bool = False  # "in Moskou": a place, not an actor


@dataclass
class Event:
    """One extracted event with the evidence that supports it."""
    event_id: str
    type: str
    cameo: str
    status: str
    date_start: str | None
    date_end: str | None
    date_precision: str
    date_text: str
    actors: list[str]
    source_actors: list[str]
    target_actors: list[str]
    people: list[str]
    location: str
    evidence: list[dict]
    trigger: str
    rule: str
    date_source: str = "publication"  # sentence, context, publication, none
    article_ids: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    published: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return dict(self.__dict__)
