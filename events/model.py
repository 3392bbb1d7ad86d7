"""The vocabulary of the pipeline: articles, sentences, dates, mentions and events as plain values."""
from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field

EVENT_TYPES = ("summit", "talks", "delivery", "warning", "agreement", "sanction",
               "condemnation", "demand", "proposal")
STATUSES = ("occurred", "planned", "negated")
PRECISIONS = ("day", "week", "month", "quarter", "season", "year", "unknown")

try:  # Cython's pure-Python mode: True in the compiled build, False when this file runs as Python
    import cython
    _COMPILED = bool(cython.compiled)
except ImportError:  # Cython not installed: certainly pure Python
    _COMPILED = False


def frozen(cls):
    """`@dataclass(frozen=True)`; in the compiled build with a cheaper `__init__`.

    The `__init__` that dataclasses writes for a frozen class sets each field through
    `object.__setattr__`, a call per field, and runs as Python bytecode even in the compiled
    build. There this one writes the fields into the instance's `__dict__` directly, in the same
    order, with the same parameters and defaults (about 1.7 % fewer instructions an article, see
    docs/speed.md). Pure Python keeps the dataclasses `__init__`: there a `__dict__` made this way
    makes every later attribute read slower, and the whole came out 1.5 % worse. Everything else
    (frozen, eq, hash, repr, replace, pickling) is what dataclasses makes. A class with default
    factories, init-less, keyword-only or `__post_init__` fields keeps the dataclasses `__init__`.
    """
    cls = dataclass(frozen=True)(cls)
    fs = dataclasses.fields(cls)
    if not _COMPILED or hasattr(cls, "__post_init__") or any(
            not f.init or f.kw_only or f.default_factory is not dataclasses.MISSING for f in fs):
        return cls
    params, ns = [], {}
    for f in fs:
        if f.default is dataclasses.MISSING:
            params.append(f.name)
        else:
            ns[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
    body = "".join(f"\n    d[{f.name!r}] = {f.name}" for f in fs)
    exec(f"def __init__(self, {', '.join(params)}):\n    d = self.__dict__{body}", ns)
    init = ns["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    init.__annotations__ = {**{f.name: f.type for f in fs}, "return": None}
    cls.__init__ = init
    return cls


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


@frozen
class Sentence:
    """A sentence with its character offsets into the article text."""
    text: str
    start: int
    end: int
    index: int
    heading: bool = False


@frozen
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


@frozen
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
