"""Actor gazetteer: countries, organisations, people with dated roles, and role titles -> actor codes."""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache

import ahocorasick

from . import anchors, lexicon
from .lexicon import LexiconError
from .model import Mention



@dataclass(frozen=True)
class Role:
    of: str
    office: str
    since: dt.date | None
    until: dt.date | None

    def holds(self, day: dt.date | None) -> bool:
        if day is None:
            return True
        return (self.since is None or self.since <= day) and (self.until is None or day <= self.until)


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    roles: tuple[Role, ...]

    def codes(self, day: dt.date | None) -> tuple[str, ...]:
        """The countries or organisations this person served on that day."""
        held = [r.of for r in self.roles if r.holds(day)]
        if day is None and len({r.of for r in self.roles}) > 1:
            return ()
        return tuple(dict.fromkeys(held))


@dataclass
class Gazetteer:
    """All names that point at actors, compiled into one Aho-Corasick automaton."""
    terms: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # term -> [(kind, target)]
    people: dict[str, Person] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)  # code -> Dutch display name
    kinds: dict[str, str] = field(default_factory=dict)  # code -> country/organisation/non-state
    members: dict[str, tuple[str, ...]] = field(default_factory=dict)
    offices: dict[str, dict] = field(default_factory=dict)
    automaton: object = None
    holders: dict = field(default_factory=dict)  # (of, office) -> [(person, role)]
    title_codes: dict = field(default_factory=dict)  # title -> the actor it names by itself (first office's)
    title_offices: dict = field(default_factory=dict)  # title -> ids of the offices it names
    compounds: dict = field(default_factory=dict)  # lower-case compound word -> [(office id, orgs)]
    locative: frozenset = frozenset()
    governments_in: frozenset = frozenset()
    people_from: frozenset = frozenset()
    goods_from: frozenset = frozenset()
    from_words: frozenset = frozenset()  # "uit" in "diplomaten uit Zweden": the preposition of where they come from
    place_nouns: frozenset = frozenset()
    spellings: dict = field(default_factory=dict)  # lower-case spelling of a place -> the one locations are written in
    articles: frozenset = frozenset()
    adjective_words: frozenset = frozenset()  # lower-case adjectives of actors ("keniaanse")
    metonyms: dict = field(default_factory=dict)  # capital -> organisation it stands for as an actor ("Brussel": EU)
    seats_of: dict = field(default_factory=dict)  # capital -> organisations seated there ("Brussel": EU, NATO)
    led_by: frozenset = frozenset()  # "regering", "kabinet": "de regering-Yoon" is the leader's country
    of_pattern: re.Pattern | None = None  # "van (de|het)" after a title
    former: re.Pattern | None = None  # "de voormalige", "oud-": an office held before, no actor now
    former_prefixes: frozenset = frozenset()  # "oud", "ex"
    referenced: re.Pattern | None = None  # "resoluties van de ": an organisation named as the source of a text
    person_articles: frozenset = frozenset()  # "de", "een" before a singular demonym: one person
    member_noun: re.Pattern | None = None  # "-land", "-lidstaat" after an organisation's name: one member state
    member_one: frozenset = frozenset()  # "een", "elk" before it: one member told of, not the organisation
    plural_endings: tuple = ()  # "en", "ers": a demonym in the plural ("de Russen") may stand for its country
    office_words: frozenset = frozenset()  # lower-case titles and compound words of offices ("president", "staatshoofd")
    former_of: re.Pattern | None = None  # "oud-president Uhuru Kenyatta van ": the country of a former office
    former_any: tuple = ()  # the former words and prefixes ("oud-"), lower case: a text without one names no former office
    clock_nouns: frozenset = frozenset()  # "tijd" in "om 14.00 uur Nederlandse tijd": a time zone, no actor
    outlet_nouns: frozenset = frozenset()  # "een interview met een Franse televisiezender": a medium spoken to, no actor
    outlet_before: re.Pattern | None = None
    source_nouns: frozenset = frozenset()  # "volgens de Amerikaanse inlichtingendienst": who reports it, no actor
    source_before: re.Pattern | None = None
    document_before: re.Pattern | None = None  # "het Verdrag van Wenen": a city naming a treaty, no actor
    mediator_before: re.Pattern | None = None  # "na bemiddeling door Qatar": the go-between, no party
    mediator_after: re.Pattern | None = None  # "met Cuba en Noorwegen als garantlanden"

    def add(self, term: str, kind: str, target: str, source: str) -> None:
        term = term.strip()
        if not term:
            raise LexiconError(f"{source}: empty name for {target}")
        entries = self.terms.setdefault(term, [])
        other = next((t for _, t in entries if t != target), None)
        if other:
            raise LexiconError(f"{source}: name {term!r} is already a name of {other}; "
                               f"one name may point at one actor only")
        if (kind, target) not in entries:
            entries.append((kind, target))
        if "'" in term:  # "Saoedi's" is also written with a typographic apostrophe ("Saoedi’s")
            self.add(term.replace("'", "\u2019"), kind, target, source)


def _date(v, where: str) -> dt.date | None:
    if v is None or isinstance(v, dt.date):
        return v
    raise LexiconError(f"{where}: {v!r} is not a TOML date (write 2024-10-01 without quotes)")


def _register(g: Gazetteer, entry: dict, file: str, kind: str) -> tuple[str, str]:
    """Check an actor entry's code and name; return (code, where) for messages."""
    where = f"{file} [{entry.get('code', '?')}]"
    code = entry.get("code")
    if not code or not entry.get("name"):
        raise LexiconError(f"{where}: an entry needs code and name")
    if code in g.names:
        raise LexiconError(f"{where}: code {code} defined twice")
    g.names[code], g.kinds[code] = entry["name"], entry.get("kind", kind)
    return code, where


@lru_cache(maxsize=None)  # no arguments: one value; the unbounded cache is the cheaper call
def gazetteer() -> Gazetteer:
    """Load and validate countries, organisations, people and offices; fail with file and entry named."""
    g = Gazetteer()
    for c in lexicon.load("countries").get("country", []):
        code, where = _register(g, {**c, "kind": "country"}, "countries.toml", "country")
        for field_, kind in (("names", "country"), ("adjectives", "adjective"), ("demonyms", "demonym"),
                             ("capitals", "capital"), ("seats", "seat")):
            for t in c.get(field_, []):
                g.add(t, kind, code, where)
        g.add(c["name"], "country", code, where)
    for o in lexicon.load("organisations").get("organisation", []):
        code, where = _register(g, o, "organisations.toml", "organisation")
        for m in o.get("members", []):
            if m not in g.kinds or g.kinds[m] != "country":
                raise LexiconError(f"{where}: member {m!r} is not a country code of countries.toml")
        g.members[code] = tuple(o.get("members", []))
        for t in [o["name"], *o.get("names", [])]:
            g.add(t, "organisation", code, where)
        for t in o.get("adjectives", []):
            g.add(t, "adjective", code, where)
        for t in o.get("seats", []):
            g.add(t, "seat", code, where)
    offices = lexicon.load("offices").get("office", []) if lexicon.path("offices").is_file() else []
    for off in offices:
        g.offices[off["id"]] = off
    if lexicon.path("people").is_file():
        for p in lexicon.load("people").get("person", []):
            _add_person(g, p)
    ctx = lexicon.load("places")
    g.locative = frozenset(ctx["locative_prepositions"])
    g.governments_in = frozenset(ctx["governments_in"])
    g.people_from = frozenset(ctx.get("people_from", []))
    g.goods_from = frozenset(ctx.get("goods_from", []))
    g.from_words = frozenset(ctx.get("from_prepositions", []))
    g.place_nouns = frozenset(ctx["place_nouns"])
    spellings = ctx.get("place_spellings", {})
    for spelling, written in spellings.items():
        if written in spellings or spelling.lower() in g.spellings:
            raise LexiconError(f"places.toml: place_spellings {spelling!r} = {written!r}: the spelling a place is "
                               "written in may not be a key itself, and a key only once (in any case)")
        g.spellings[spelling.lower()] = written
    g.articles = frozenset(ctx["articles"])
    g.led_by = frozenset(w.lower() for w in ctx.get("governments_named_after_leader", []))
    for term, code in ctx.get("capital_metonyms", {}).items():
        if g.terms.get(term, [("", "")])[0][0] != "capital" or g.kinds.get(code) != "organisation":
            raise LexiconError(f"places.toml: capital_metonyms {term!r} = {code!r} needs a capital of countries.toml "
                               "and an organisation of organisations.toml")
        g.metonyms[term] = code
    for term, codes in ctx.get("organisation_seats", {}).items():
        if g.terms.get(term, [("", "")])[0][0] != "capital" or any(g.kinds.get(c) != "organisation" for c in codes):
            raise LexiconError(f"places.toml: organisation_seats {term!r} = {codes!r} needs a capital of countries.toml "
                               "and organisations of organisations.toml")
        g.seats_of[term] = frozenset(codes)
    art = "|".join(re.escape(a) for a in ctx["articles"])
    g.of_pattern = re.compile(rf"\s+(?:{'|'.join(map(re.escape, ctx['title_of']))})\s+(?:(?:{art})\s+)?")
    words = "|".join(map(re.escape, ctx.get("former_words", []))) or "(?!)"
    prefixes = "|".join(map(re.escape, ctx.get("former_prefixes", []))) or "(?!)"
    nouns = "|".join(map(re.escape, ctx.get("referenced_nouns", [])))
    g.referenced = re.compile(rf"(?i)(?<!\w)(?:{nouns})\s+(?:{'|'.join(map(re.escape, ctx['title_of']))})\s+"
                              rf"(?:(?:{'|'.join(map(re.escape, ctx['articles']))})\s+)?$") if nouns else None
    g.person_articles = frozenset(ctx.get("person_articles", []))
    members = "|".join(map(re.escape, ctx.get("member_nouns", []))) or "(?!)"
    g.member_noun = re.compile(rf"(?i)-(?:{members})(?![\w-])")
    g.member_one = frozenset(ctx.get("member_one_words", []))
    g.plural_endings = tuple(ctx.get("plural_demonym_endings", [])) or ("\0",)
    g.former_prefixes = frozenset(w.lower() for w in ctx.get("former_prefixes", []))
    g.former = re.compile(rf"(?i)(?:(?<!\w)(?:{words})\s+$|(?<![\w-])(?:{prefixes})-$)")
    g.former_any = (*(w.lower() for w in ctx.get("former_words", [])), *(p.lower() + "-" for p in ctx.get("former_prefixes", [])))
    g.former_of = re.compile(rf"(?:(?<!\w)(?i:{words})\s+|(?<![\w-])(?i:{prefixes})-)([\w-]+)(?:\s+[A-Z][\w'-]*){{0,3}}"
                             rf"\s+(?:{'|'.join(map(re.escape, ctx['title_of']))})\s+$")
    g.office_words = frozenset([t.lower() for off in g.offices.values() for t in off.get("titles", [])]
                               + [c.lower() for off in g.offices.values() for c in off.get("compound", [])])
    for t in ctx.get("not_actors", []):
        g.terms.pop(t, None)
    g.clock_nouns = frozenset(ctx.get("clock_nouns", []))
    g.outlet_nouns = frozenset(ctx.get("outlet_nouns", []))
    if ctx.get("outlet_before"):
        g.outlet_before = re.compile(rf"(?i)(?<!\w)(?:{'|'.join(map(re.escape, ctx['outlet_before']))})\s+$")
    g.source_nouns = frozenset(ctx.get("source_nouns", []))
    if ctx.get("source_before"):
        g.source_before = re.compile(rf"(?i)(?<!\w)(?:{'|'.join(map(re.escape, ctx['source_before']))})\s+$")
    if ctx.get("document_nouns"):
        g.document_before = re.compile(rf"(?i)(?<![\w-])(?:{'|'.join(map(re.escape, ctx['document_nouns']))})\s+van\s+$")
    if ctx.get("mediator_before"):
        g.mediator_before = re.compile(rf"(?i)(?<!\w)(?:{'|'.join(map(re.escape, ctx['mediator_before']))})\s+(?:de\s+|het\s+)?$")
    if ctx.get("mediator_after"):
        g.mediator_after = re.compile(rf"(?i)\s+als\s+(?:[\w-]+\s+)?(?:{'|'.join(map(re.escape, ctx['mediator_after']))})(?!\w)")
    _compile(g)
    return g


def _add_person(g: Gazetteer, p: dict) -> None:
    where = f"people.toml [{p.get('id', '?')}]"
    if not p.get("id") or not p.get("name"):
        raise LexiconError(f"{where}: a person needs id and name")
    if p["id"] in g.people:
        raise LexiconError(f"{where}: id defined twice")
    roles = []
    for r in p.get("roles", []):
        if r.get("of") not in g.names:
            raise LexiconError(f"{where}: role of unknown actor code {r.get('of')!r}")
        if g.offices and r.get("office") not in g.offices:
            raise LexiconError(f"{where}: unknown office {r.get('office')!r}")
        since, until = _date(r.get("since"), where), _date(r.get("until"), where)
        if since and until and until < since:
            raise LexiconError(f"{where}: role ends ({until}) before it starts ({since})")
        roles.append(Role(r["of"], r.get("office", ""), since, until))
    g.people[p["id"]] = person = Person(p["id"], p["name"], tuple(roles))
    for r in roles:
        g.holders.setdefault((r.of, r.office), []).append((person, r))
    for t in {p["name"], *p.get("aliases", [])}:
        g.add(t, "person", p["id"], where)
    for t in {p["name"], *p.get("aliases", [])}:  # "bin Salman" opening a sentence: "Bin Salman sprak ..."
        up = t[:1].upper() + t[1:]
        if t[:1].islower() and all(target == p["id"] for _, target in g.terms.get(up, ())):
            g.add(up, "person", p["id"], where)


_HYPHEN_OK = frozenset({"organisation", "country", "seat"})  # "NAVO-top", "Rusland-Oekraïne"


def _compile(g: Gazetteer) -> None:
    """One automaton for every term; each value says (length, term, is a title, may precede a hyphen).
    The offices indexed by title and compound word, in their order, so a mention looks them up."""
    for oid, off in g.offices.items():
        for t, code in off.get("title_of", {}).items():
            g.title_codes.setdefault(t, code)
        for t in dict.fromkeys(off.get("titles", [])):
            g.title_offices.setdefault(t, []).append(oid)
        for c in dict.fromkeys(c.lower() for c in off.get("compound", [])):
            g.compounds.setdefault(c, []).append((oid, off.get("orgs")))
    words = [(term, (len(term), term, False, bool({k for k, _ in entries} & _HYPHEN_OK))) for term, entries in g.terms.items()]
    # role titles: "<adjective> <title>" is found by the title, "<ORG>-<compound>" by the compound
    words += [(t, (len(t), t, True, False)) for off in g.offices.values() for t in off.get("titles", [])]
    g.automaton = anchors.automaton(words)
    g.adjective_words = frozenset(t.lower() for t, es in g.terms.items() if any(k == "adjective" for k, _ in es))


def _wordchar(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _bounded(text: str, start: int, end: int, hyphen_ok: bool) -> bool:
    if start > 0 and ((ch := text[start - 1]).isalnum() or ch in "_-"):  # (`_wordchar` inlined: every hit asks)
        return False
    if end < len(text):
        ch = text[end]
        if ch.isalnum() or ch == "_":
            return False
        if ch == "-" and not hyphen_ok:
            return False
    return True


def _led_by(g: Gazetteer, text: str, start: int, end: int, term: str) -> bool:
    """'de regering-Yoon', 'het kabinet-Rutte': a government named after its leader (places.toml)."""
    if start < 2 or text[start - 1] != "-" or (end < len(text) and (_wordchar(text[end]) or text[end] == "-")):
        return False
    if not any(k == "person" for k, _ in g.terms.get(term, ())):
        return False
    m = re.search(r"(\w+)$", text[max(0, start - 20):start - 1])
    return bool(m) and m.group(1).lower() in g.led_by


def holder(g: Gazetteer, of: str, office: str, day: dt.date | None) -> Person | None:
    """The one person holding an exclusive office of an actor on a day, if known."""
    if day is None or not g.offices.get(office, {}).get("exclusive", True):
        return None
    found = [p for p, r in g.holders.get((of, office), ()) if r.holds(day)]
    return found[0] if len(found) == 1 else None


def find(text: str, day: dt.date | None = None) -> list[Mention]:
    """Actor mentions in a text, longest match first, with people resolved to their office on `day`."""
    g = gazetteer()
    raw = []
    for end, (n, term, title, hyphen_ok) in g.automaton.iter(text):
        start = end - n + 1
        if _bounded(text, start, end + 1, hyphen_ok) or _led_by(g, text, start, end + 1, term):
            raw.append((start, end + 1, term, title))  # a name inside a longer word is none
    raw.sort(key=lambda r: (r[0], r[0] - r[1]))
    out: list[Mention] = []
    last_end = former_end = -1  # (the end of the last former office: "de gewezen minister ... van Ethiopië")
    low = text.lower()  # (most texts name no former office: `_former` is not asked)
    formers = any(w in low for w in g.former_any)
    for start, end, term, title in raw:
        if start < last_end:
            continue
        if title:
            m = _title_mention(g, text, start, end, term, day, out)
        else:
            m = _term_mention(g, text, start, end, term, g.terms[term], day)
        if m and m.kind == "organisation" and g.referenced and g.referenced.search(text, max(0, m.start - 40), m.start):
            last_end = end
            continue  # "een schending van resoluties van de VN-Veiligheidsraad": named as a source, not acting
        if m and m.kind == "adjective" and g.clock_nouns and _next_word(text, m.end) in g.clock_nouns:
            last_end = end
            continue  # "om 9.00 uur Nederlandse tijd": the clock of a country, not the country acting
        if (m and m.kind == "adjective" and g.outlet_before is not None and _next_word(text, m.end) in g.outlet_nouns
                and g.outlet_before.search(text, max(0, m.start - 30), m.start)):
            last_end = end
            continue  # "zei in een interview met een Franse zender": the medium spoken to, not the country acting
        if (m and m.kind == "adjective" and g.source_before is not None and _next_word(text, m.end) in g.source_nouns
                and g.source_before.search(text, max(0, m.start - 30), m.start)):
            last_end = end
            continue  # "volgens de Amerikaanse inlichtingendienst", "meldt de Zuid-Koreaanse inlichtingendienst": the
            # one who reports what others did, not the country acting
        if (m and m.kind == "capital" and g.document_before is not None
                and g.document_before.search(text, max(0, m.start - 30), m.start)):
            last_end = end
            continue  # "het Verdrag van Wenen", "de akkoorden van Minsk": a city naming a document, not the country acting
        if m and m.kind in ("country", "capital", "organisation") and _mediator(g, text, m):
            last_end = end
            continue  # "na bemiddeling door Qatar", "met Noorwegen als garantland": the go-between, not a party
        if m and m.kind == "organisation" and _one_member(g, text, m):
            last_end = end
            continue  # "de eerste premier uit een G7-land": one member state, not the organisation
        if m and m.kind == "demonym" and _one_person(g, text, m):
            last_end = end
            continue  # "Volgens de Spanjaard zijn ...", "de Fransman Madouas": a person, not the country acting
        if formers and m and m.kind in ("adjective", "role", "country") and (_former(g, text, m) or (
                m.kind == "country" and former_end >= 0 and (o := g.of_pattern.match(text, former_end))
                and o.end() == m.start)):
            last_end = former_end = end
            continue  # "de voormalige Nigeriaanse president Obasanjo", "oud-president Kenyatta van Kenia": no actor now
        if m:
            out.append(m)
            last_end = end
    return out


def _next_word(text: str, end: int) -> str:
    """The lower-cased word right after `end` (one run of spaces between), or ''."""
    m = _NEXT_WORD.match(text, end)
    return m.group(1).lower() if m else ""


def _one_member(g: Gazetteer, text: str, m: Mention) -> bool:
    """'een G7-land', 'elk NAVO-land': one member state, named by its organisation and a singular noun after an
    indefinite or distributive word (places.toml member_nouns, member_one_words), is not the organisation."""
    if not g.member_noun.match(text, m.end):
        return False
    before = _WORDS_BEFORE.search(text, max(0, m.start - 12), m.start)
    return bool(before) and before.group(1).lower() in g.member_one


def _one_person(g: Gazetteer, text: str, m: Mention) -> bool:
    """'de Spanjaard', 'een Brit': one inhabitant, named by an article and the singular (places.toml
    person_articles, plural_demonym_endings), is a person told of, not the country acting."""
    if m.text.lower().endswith(g.plural_endings):
        return False
    before = _WORDS_BEFORE.search(text, max(0, m.start - 12), m.start)
    return bool(before) and before.group(1).lower() in g.person_articles


_WORDS_BEFORE = re.compile(r"(\w+)\s+$")


def _mediator(g: Gazetteer, text: str, m: Mention) -> bool:
    """'na bemiddeling door Qatar', 'met Cuba en Noorwegen als garantlanden' (places.toml mediator_before,
    mediator_after; a list of names of at most two words each before 'als'): a go-between named as such."""
    if g.mediator_before is not None and g.mediator_before.search(text, max(0, m.start - 40), m.start):
        return True
    if g.mediator_after is None:
        return False
    rest = _MEDIATOR_LIST.match(text, m.end)
    return bool(g.mediator_after.match(text, rest.end() if rest else m.end))


_MEDIATOR_LIST = re.compile(r"(?:\s*(?:,|en)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)*")


def _former(g: Gazetteer, text: str, m: Mention) -> bool:
    """'de voormalige Nigeriaanse president', 'de Keniaanse oud-president', 'oud-president Kenyatta van
    Kenia': an office held before (places.toml former_words, former_prefixes) names no actor now."""
    before = text[max(0, m.start - 60):m.start]
    if m.kind == "country":
        f = g.former_of.search(before)
        return bool(f) and f.group(1).lower() in g.office_words
    if m.kind == "role":  # "de voormalige minister van Buitenlandse Zaken van Ethiopië"
        return bool(g.former.search(before))
    nxt = _NEXT_WORD.match(text, m.end)  # "de voormalige Keniaanse president", "de Keniaanse oud-president"
    if not nxt:
        return False
    word = nxt.group(1).lower()
    if g.former.search(before):
        return word in g.office_words  # not "de voormalige Britse kolonie"
    prefix, _, rest = word.partition("-")
    return prefix in g.former_prefixes and rest in g.office_words  # not "de Amerikaanse oud-parlementariër"


_NEXT_WORD = re.compile(r"\s+([\w-]+)")


def _term_mention(g: Gazetteer, text: str, start: int, end: int, term: str, entries, day) -> Mention | None:
    kind, target = entries[0]  # one actor per name (checked at load); a country before its capital
    if kind == "person":
        person = g.people[target]
        codes = person.codes(day)
        return Mention(start, end, term, codes, person=person.name, kind="person")
    before = text[max(0, start - 40):start]
    literal = kind in ("capital", "country") and _after_locative(g, before)
    if kind == "adjective" and _after_locative(g, before):  # "in de Keniaanse hoofdstad Nairobi": a place
        nxt = text[end:end + 20].split(maxsplit=1)
        literal = bool(nxt) and (nxt[0].lower() in g.place_nouns or _place_name_after(g, text, end))
        # "in het Zuid-Afrikaanse Pretoria": the adjective of a place named right after it is the place's too
    # a compound such as "NAVO-chef" or "VN-chef" is a role mention
    if end < len(text) and text[end] == "-":
        comp = re.match(r"-([\w-]+)", text[end:])
        if comp:
            pm = _compound_holder(g, target, comp.group(1).lower(), day)
            if pm is not None:
                return Mention(start, end + comp.end(), text[start:end + comp.end()], (target,),
                               person=pm.name if pm else "", kind="role")
    if kind == "capital" and not literal and _first_name(g, text, end):
        return None  # "Sofia Sapega": a person's first name, not the capital
    if kind == "capital" and not literal and term in g.metonyms:  # "Brussel wil ...": the EU
        return Mention(start, end, term, (g.metonyms[term],), kind="seat")
    return Mention(start, end, term, (target,), kind=kind, literal_place=literal)


def _place_name_after(g: Gazetteer, text: str, end: int) -> bool:
    """Whether a capital follows right after (one space): "het Zuid-Afrikaanse Pretoria"."""
    m = _NAME_AFTER.match(text, end)
    if not m:
        return False
    name = m.group(1)
    rest = _NAME_AFTER.match(text, m.end())  # "Addis Abeba": a capital of two words
    return any(g.terms.get(t, [("", "")])[0][0] == "capital" for t in (name, f"{name} {rest.group(1)}" if rest else ""))


def _first_name(g: Gazetteer, text: str, end: int) -> bool:
    """Whether a capital is followed, after one space, by a capitalised word that names no actor
    itself: the capital's name is then a person's first name ("de journalist Roman Protasevitsj en zijn
    vriendin Sofia Sapega")."""
    m = _NAME_AFTER.match(text, end)
    return bool(m) and m.group(1) not in g.terms


_NAME_AFTER = re.compile(r" ([A-ZÀ-Þ][\w-]*)")


def _compound_holder(g: Gazetteer, code: str, word: str, day):
    for oid, orgs in g.compounds.get(word, ()):
        if not orgs or code in orgs:
            return holder(g, code, oid, day) or False
    return None


def _after_locative(g: Gazetteer, before: str) -> bool:
    words = before.lower().split()
    while words and (words[-1] in g.articles or words[-1] in g.place_nouns or
                     (words[-1] in g.adjective_words and len(words) > 1 and words[-2] in g.articles)):
        words.pop()  # "in de hoofdstad Moskou", "in de Keniaanse hoofdstad Nairobi"
    return (bool(words) and words[-1] in g.locative
            and not (len(words) > 1 and words[-2] in g.governments_in)  # "de regering in Peking": an actor
            and not (len(words) > 1 and words[-1] in g.from_words and (words[-2] in g.people_from or words[-2] in g.goods_from)))
    # "diplomaten uit Zweden", "producten uit Mexico": whose they are


def _title_mention(g: Gazetteer, text: str, start: int, end: int, title: str, day, previous) -> Mention | None:
    """'de Russische minister van Buitenlandse Zaken' or 'minister ... van Rusland' -> actor (and person)."""
    code = g.title_codes.get(title)
    if code is None and previous and 0 <= start - previous[-1].end <= 1 and previous[-1].kind == "adjective":
        code = previous[-1].codes[0] if previous[-1].codes else None
    m = g.of_pattern.match(text, end)  # "minister ... van (de) Rusland"
    if code is None and m:
        after = find_one(text[m.end():], day)
        if after and after.start == 0 and after.kind in ("country", "organisation"):
            code = after.codes[0]
    if code is None:
        return None
    offices = g.title_offices.get(title, [])
    person = next((p for p in (holder(g, code, o, day) for o in offices) if p), None)
    return Mention(start, end, title, (code,), person=person.name if person else "", kind="role")


@lru_cache(maxsize=1)
def people_by_name() -> dict[str, Person]:
    """Each person by canonical name (the name a person mention carries), built once."""
    return {p.name: p for p in gazetteer().people.values()}


def on_day(m: Mention, day: dt.date) -> Mention:
    """A mention read for another day than the one it was found for: a person's offices on that day ("Trump" in
    2018 is the United States), a title's holder on that day ("de Amerikaanse president" in 2018 is Trump)."""
    g = gazetteer()
    if m.kind == "person":
        person = people_by_name().get(m.person)
        return dataclasses.replace(m, codes=person.codes(day)) if person is not None else m
    if m.kind == "role" and m.codes and m.text in g.title_offices:
        person = next((p for p in (holder(g, m.codes[0], o, day) for o in g.title_offices[m.text]) if p), None)
        return dataclasses.replace(m, person=person.name if person else "")
    return m


def find_one(text: str, day) -> Mention | None:
    found = find(text[:80], day)
    return found[0] if found else None


def name(code: str) -> str:
    """The Dutch display name of an actor code (the code itself when unknown)."""
    return gazetteer().names.get(code, code)


# --- What of the actor lexicon an article's extraction can read (the event store's keys) ---------
#
# Extraction reads countries.toml, organisations.toml and people.toml only through `find` on the
# article's text: the entries whose names occur in it, the people holding an office whose title or
# compound word occurs (on the day, among the actors named), and of the actors these name (a
# person's roles, a capital standing for an organisation) only the kind and members. `relevant`
# over-approximates that set from the lower-cased text, so an entry outside it cannot change the
# article's events (tests/test_actors.py extracts the bundled articles with only those entries);
# `relevance` is its digest, part of the article's key: adding, removing or editing a person, a
# country or an organisation extracts again only the articles where it is (or was) relevant.
# The words of offices.toml and places.toml are in the key by `cuewords.relevance`.

ENTRY_FILES = {"countries": ("country", "code"), "organisations": ("organisation", "code"), "people": ("person", "id")}
_COMPOUND = re.compile(r"-([\w-]+)")


def _entry_tables() -> dict[str, list[dict]]:
    return {f: lexicon.load(f).get(table, []) if lexicon.path(f).is_file() else [] for f, (table, _) in ENTRY_FILES.items()}


def _hash(obj) -> bytes:
    return hashlib.sha256(json.dumps(obj, sort_keys=True, ensure_ascii=False, default=str).encode()).digest()


@lru_cache(maxsize=1)
def _relevance_index():
    """(automaton of lower-cased names and titles -> (length, entries, codes, offices, referenced codes),
    digest of each entry by (file, id), digest of each actor's kind and members by code)."""
    g = gazetteer()
    entry_digest, file_of = {}, {}
    for f, rows in _entry_tables().items():
        key = ENTRY_FILES[f][1]
        for row in rows:
            entry_digest[(f, row[key])] = _hash([f, row])
            if f != "people":
                file_of[row[key]] = f
    found: dict[str, tuple[set, set, set, set]] = {}
    for term, targets in g.terms.items():
        es, cs, _, rs = found.setdefault(term.lower(), (set(), set(), set(), set()))
        for kind, target in targets:
            es.add(("people", target) if kind == "person" else (file_of[target], target))
            if kind != "person":
                cs.add(target)
        if term in g.metonyms:
            rs.add(g.metonyms[term])
        rs.update(g.seats_of.get(term, ()))  # "in Abuja": whether ECOWAS sits there (a summit's host)
    for title, oids in g.title_offices.items():
        es, cs, os_, rs = found.setdefault(title.lower(), (set(), set(), set(), set()))
        os_.update(oids)
        if title in g.title_codes:
            cs.add(g.title_codes[title])
            rs.add(g.title_codes[title])
    A = ahocorasick.Automaton()
    for low, (es, cs, os_, rs) in found.items():
        A.add_word(low, (len(low), tuple(es), tuple(cs), tuple(os_), tuple(rs)))
    A.make_automaton()
    ref_digest = {code: _hash(["ref", code, g.kinds[code], g.members.get(code)]) for code in g.kinds}
    return A, entry_digest, ref_digest


def relevant(text: str, day: dt.date | None) -> tuple[set[tuple[str, str]], set[str]]:
    """(file, id) of the entries of countries, organisations and people that extraction can read for
    `text` published on `day` (as `find` is called), and the codes of other actors whose kind and
    members it can read."""
    g = gazetteer()
    A, _, _ = _relevance_index()
    low = text.lower()
    entries, codes, offices, refs = set(), set(), set(), set()
    size = len(low)
    for end, (n, es, cs, os_, rs) in A.iter(low):
        start = end - n + 1
        if (start > 0 and _wordchar(low[start - 1])) or (end + 1 < size and _wordchar(low[end + 1])):
            continue  # `find` takes no name inside a longer word ("-" on either side may be a compound)
        entries.update(es)
        codes.update(cs)
        offices.update(os_)
        refs.update(rs)
        if cs and end + 1 < size and low[end + 1] == "-" and (m := _COMPOUND.match(low, end + 1)):
            offices.update(oid for oid, _ in g.compounds.get(m.group(1), ()))  # "NAVO-chef"
    if day is not None:  # who held an office whose title is named here, for an actor named here, that day
        for oid in offices:
            if g.offices.get(oid, {}).get("exclusive", True):  # as `holder` asks
                for code in codes:
                    entries.update(("people", p.id) for p, r in g.holders.get((code, oid), ()) if r.holds(day))
    for f, pid in entries:
        if f == "people":
            refs.update(r.of for r in g.people[pid].roles)
    return entries, refs - {code for f, code in entries if f != "people"}


def relevance(text: str, day: dt.date | None) -> str:
    """A digest of what `relevant` finds: the entries whole, the other actors' kind and members."""
    _, entry_digest, ref_digest = _relevance_index()
    entries, refs = relevant(text, day)
    items = sorted([entry_digest[e] for e in entries] + [ref_digest[c] for c in refs])
    return hashlib.sha256(b"".join(items)).hexdigest()[:16]


def digest() -> str:
    """A digest of every entry of countries, organisations and people: changes when any does."""
    _, entry_digest, _ = _relevance_index()
    return hashlib.sha256(b"".join(entry_digest[k] for k in sorted(entry_digest))).hexdigest()[:16]


def settings_digest() -> str:
    """What countries.toml, organisations.toml and people.toml hold besides their entries (nothing,
    as written): a change there belongs to the version of every article."""
    rest = {f: {k: v for k, v in lexicon.load(f).items() if k != ENTRY_FILES[f][0]}
            for f in ENTRY_FILES if lexicon.path(f).is_file()}
    return _hash(rest).hex()[:16]
