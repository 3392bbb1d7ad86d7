"""The one place that composes the pipeline: article -> sentences -> dates, actors, triggers -> events."""
from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import hashlib
import operator
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable

from . import actors, articles, cuewords, dates, lexicon, rules, sentences
from .model import Article, Event, Interval, Mention, PubDate, Sentence

CODE_VERSION = "1"
_PARA = re.compile(r"\n\s*\n")


@dataclass
class Candidate:
    """One event mention in one sentence, before mentions of the same event are joined."""
    type: str
    cameo: str
    rule: str
    trigger: str
    status: str
    sentence: Sentence
    paragraph: int
    actors: list[str]
    source: list[str]
    target: list[str]
    people: list[str]
    location: str
    interval: Interval | None
    anaphoric: bool
    date_source: str = "sentence"
    more: list["Candidate"] = field(default_factory=list)
    agent: list[str] = field(default_factory=list)  # actors named before the trigger in its own sentence
    earlier: bool = False  # "sinds de top van ...": an earlier event named as the start of a period
    fallback: Interval | None = None  # instead of the publication day when undated: the story's day up to it
    spare: list[str] = field(default_factory=list)  # actors kept back (`_outside_anterior`), used if it joins nothing
    hosts: list[str] = field(default_factory=list)  # the country a summit is held in, added after joining
    described: bool = False  # "Het is de laatste top van ...": a description of the event just told
    definite: bool = False  # "het akkoord", "de overeenkomst": a noun trigger after a definite determiner
    undated: bool = False  # a plan whose sentence dates only its announcement: no date, not the publication's
    repeat: bool = False  # "... en Turkije deed hetzelfde": the act of the sentence done again by another party


_CANDIDATE_VALUES = operator.attrgetter(*(f.name for f in dataclasses.fields(Candidate)))  # in the fields' order
_CANDIDATE_LISTS = tuple(k for k, f in enumerate(dataclasses.fields(Candidate)) if str(f.type).startswith("list"))
_CANDIDATE_LIST_VALUES = operator.attrgetter(*(dataclasses.fields(Candidate)[k].name for k in _CANDIDATE_LISTS))


def _paragraphs(text: str) -> list[int]:
    return [m.end() for m in _PARA.finditer(text)]


def _paragraph_ranks(text: str, sents: list[Sentence]) -> tuple[list[int], list[int]]:
    """For each sentence, the rank of its paragraph (1) not counting paragraphs of residue only,
    so a publication line between two paragraphs does not part them further, and (2) not
    counting headings either: a heading parts the events told, not the day they are told about."""
    breaks = _paragraphs(text)
    parts, story, n_parts, n_story = [], [], -1, -1
    marks, introduced, item_before = tuple(lexicon.load("status")["list_item_marks"]), False, False
    for lo, hi in zip([0, *breaks], [*breaks, len(text)]):
        lines = [ln.strip() for ln in text[lo:hi].splitlines() if ln.strip()]
        residue = [articles.is_residue(ln) for ln in lines]
        if lines and not all(residue):
            n_parts += 1
            items = all(ln.startswith(marks) and ln[1:2].isspace() for ln in lines)
            if not all(r or articles.is_heading(ln) for r, ln in zip(residue, lines)) and not (items and (introduced or item_before)):
                n_story += 1  # (a list after a paragraph ending in a colon goes on with that paragraph's story; the
                # items of a list set apart by blank lines are one story)
            introduced, item_before = lines[-1].endswith(":"), items
        parts.append(max(n_parts, 0))
        story.append(max(n_story, 0))
    at = [bisect.bisect_right(breaks, s.start) for s in sents]
    return [parts[k] for k in at], [story[k] for k in at]


def _per_sentence(ms: list[Mention], sents: list[Sentence]) -> list[list[Mention]]:
    """Mentions grouped by the sentence that holds them (both lists are sorted by offset)."""
    starts = [m.start for m in ms]
    return [[m for m in ms[bisect.bisect_left(starts, s.start):bisect.bisect_left(starts, s.end)] if m.end <= s.end]
            for s in sents]


_PAST_YEAR = re.compile(r"(?<![\w.,-])(1[89]\d\d|20\d\d)(?![\w.,-])")


def _persons_of_their_year(sents: list[Sentence], per_sentence: list[list[Mention]], day: dt.date) -> None:
    """'In februari 1972 ... Drie maanden later tekenden Nixon en Brezjnev ...': a person who held no office on the
    day of publication acts for the country served in the year the sentence names, or else in the last year named
    before it (a piece that looks back), when that year is before publication and the roles then name one actor."""
    g = actors.gazetteer()
    by_name = actors.people_by_name()
    year = None
    for s, ms in zip(sents, per_sentence):
        years = [int(y) for y in _PAST_YEAR.findall(s.text) if int(y) <= day.year]
        here = years[0] if years else year
        if years:
            year = years[-1]
        if here is None or here >= day.year:
            continue
        for k, m in enumerate(ms):
            person = by_name.get(m.person) if m.kind == "person" and not m.codes else None
            if person is None or any(w in s.text[max(0, m.start - s.start - 40):m.start - s.start].lower()
                                     for w in g.former_any):
                continue  # "toen de oud-president ... bezocht": named by an office left, no actor
            first, last = dt.date(here, 1, 1), dt.date(here, 12, 31)
            held = {r.of for r in person.roles if (r.since is None or r.since <= last) and (r.until is None or first <= r.until)}
            if len(held) == 1:
                ms[k] = dataclasses.replace(m, codes=tuple(held))


def _codes(ms: Iterable[Mention]) -> list[str]:
    out: list[str] = []
    for m in ms:
        if m.literal_place:
            continue
        for c in m.codes:
            if c not in out:
                out.append(c)
    return out


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """Back-reference and event-place patterns, built from the lexicon's word lists; and the
    back-reference pattern for lower-cased ASCII text, without IGNORECASE (under which the regex
    engine has no first characters to skip to) and with a literal first (`_after_non_word`): on such
    text it finds what the first finds on the text before lowering."""
    dets = lexicon.load("status")["anaphoric_determiners"]
    det = "|".join(dets)
    places = lexicon.load("places")
    preps, art = places["event_place_prepositions"], "|".join(places["articles"])
    prep = _after_non_word(preps) if all(re.match(r"\w", p) for p in preps) else rf"\b(?:{'|'.join(preps)})"
    anaphor = re.compile(rf"(?:\b(?:{det})\s+(?:\w+e\s+){{0,2}})$", re.IGNORECASE)  # "hun eerste persoonlijke"
    place = re.compile(rf"{prep}\s+(?:(?:{art})\s+)?(?:(?P<adj>[A-Z][\w-]+e)\s+)?(?:(?P<noun>[a-z]+)\s+)?"
                       r"(?P<place>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)")
    lower = anaphor
    if all(re.fullmatch(r"[a-z]+", w) for w in dets):  # (as the regex engine reads them: plain words)
        lower = re.compile(rf"(?:{_after_non_word(dets)}\s+(?:\w+e\s+){{0,2}})$")
    return anaphor, place, lower


def _after_non_word(words: list[str]) -> str:
    """'(?<!\\w)(?:in|te)' written as '(?:i(?<!\\w.)(?:n)|t(?<!\\w.)(?:e))' (and so '\\b(?:in|te)' for words
    that begin with a word character): the same matches, but each alternative begins with a
    literal, so the regex engine skips to the places that begin with one of those characters
    instead of trying at every place. No word may begin with a line break ('.' does not match it)."""
    by_first: dict[str, list[str]] = {}  # one alternative per first character: the engine checks each once
    for w in words:  # (words of different first characters never match at one place: their order is free)
        by_first.setdefault(w[0], []).append(re.escape(w[1:]))
    if len({c.lower() for c in by_first}) != len(by_first):  # 'H' and 'h' may both match (ignoring case): in order
        return "(?:" + "|".join(rf"{re.escape(w[0])}(?<!\w.){re.escape(w[1:])}" for w in words) + ")"
    return "(?:" + "|".join(rf"{re.escape(c)}(?<!\w.)(?:{'|'.join(rest)})" for c, rest in by_first.items()) + ")"


_WORD_BEFORE = re.compile(r"(\w+)\s+$")
_WORD_REACH = 40  # characters looked back for the word before a place; further only when it goes on


def _word_ending_at(text: str, at: int) -> re.Match | None:
    """_WORD_BEFORE.search(text, 0, at): the word and the spaces right before `at`. Searched in the
    last few characters first (the engine tries the pattern at every place up to `at`); the whole
    text only when the word or the spaces may begin before them."""
    lo = max(0, at - _WORD_REACH)
    m = _WORD_BEFORE.search(text, lo, at)
    if lo and (m.start() == lo if m else text[lo:at].isspace()):
        m = _WORD_BEFORE.search(text, 0, at)
    return m


@lru_cache(maxsize=1)
def _place_attribute_nouns() -> frozenset[str]:
    return frozenset(lexicon.load("places")["place_attribute_nouns"])


def _location(s: Sentence, ms: list[Mention], g) -> str:
    """'in de Turkse badplaats Antalya' -> 'Antalya, TUR'; 'in Kazachstan' -> 'Kazachstan'."""
    if not any(x.kind in _PLACE_KINDS for x in ms):
        return ""  # a place is told by a country's or a capital's mention, or an adjective's: none here
    for m in _patterns()[1].finditer(s.text):
        place = m.group("place")
        owner = _word_ending_at(s.text, m.start())
        if owner and owner.group(1).lower() in _place_attribute_nouns():
            continue  # "de regering in Addis Abeba": whose, not where
        if _in_relative_clause(s.text, m.start()):
            continue  # "het akkoord, dat de weg vrijmaakt voor een missie in Port-au-Prince": another noun's place
        if m.group("noun") and m.group("noun") not in g.place_nouns:
            continue
        if place.split()[0].lower() in dates.words().months:
            continue
        hit = [x for x in ms if x.start - s.start == m.start("place")]
        if hit and hit[0].kind not in ("country", "capital"):
            continue
        code = ""
        if m.group("adj"):
            adj = [x for x in ms if x.start - s.start == m.start("adj") and x.kind == "adjective"]
            code = adj[0].codes[0] if adj else ""
        if hit and hit[0].kind == "capital":
            code = hit[0].codes[0]
        if not hit and not code:
            continue
        place = g.spellings.get(place.lower(), place)  # "Kiev" and "Kyiv" are one place
        return f"{place}, {code}" if code and (not hit or hit[0].kind != "country") else place
    return ""


_PLACE_KINDS = ("country", "capital", "adjective")  # the mentions `_location` can name a place by


def _in_relative_clause(text: str, at: int) -> bool:
    """Whether `at` lies in a relative clause that a comma and 'dat' or 'die' opened ("het akkoord, dat ...";
    not "..., waar ...", which often tells what happened at the place), or in a clause of an earlier time
    ("..., kort nadat de VS de besprekingen in Jeddah hadden opgeschort")."""
    comma = max(text.rfind(",", 0, at), text.rfind(";", 0, at))
    first = _WORDS.search(text, comma + 1, at) if comma >= 0 else None
    if first and first.group(0).lower() in rules.cues()["place_relative"]:
        return True
    return not _anterior_words().isdisjoint(w.lower() for w in _WORDS.findall(text, max(comma, 0), at))


def _date_for(s: Sentence, trig: rules.Trigger, found: list[Interval], others=()) -> Interval | None:
    """The expression that governs the trigger: the nearest one in its sentence."""
    if not found:
        return None
    mid = (trig.start + trig.end) / 2
    low = rules.lower(s.text)
    if any(w in low for w in rules.cues()["period_start"]):  # the cheap check first
        found = [iv for iv in found if not _before_since(s.text, trig, iv)]
        if not found:
            return None
    if any(iv.offset >= trig.end for iv in found):  # "volgde op een gesprek op 2 mei": that one's date
        found = [iv for iv in found if not _before_follows_on(s.text, trig, iv)]
        if not found:
            return None
    if len(others) > 1:
        found = [iv for iv in found if not _in_relative_of_other(s.text, trig, iv, others)]
        if not found:
            return None
    if len(found) > 1 and trig.rule.type in _measure_start_types():
        starts = _content_words()[2]
        kept = [iv for iv in found if not starts.search(s.text, max(0, iv.offset - 20), max(iv.offset, 0))]
        found = kept or found  # "meldde dinsdag dat exporteurs per 1 maart een licentie moeten tonen": the
        # day the measure starts is not the day it was taken, when the sentence names that day too
    if any(iv.offset >= trig.end for iv in found) and any(w in rules.lower(s.text) for w in _anterior_words()):
        found = [iv for iv in found if not _anterior_after(s.text, trig, iv)]  # "kwam tot stand nadat ... zaterdag"
        if not found:
            return None
    if ";" in s.text:  # "riep China op ...; het eiland kiest in januari": the other half's date is its own
        found = [iv for iv in found if ";" not in s.text[min(trig.end, iv.offset):max(trig.start, iv.offset)]
                 or s.text[iv.offset:iv.offset + iv.length] != iv.text]  # (not a date taken from the sentence before)
        if not found:
            return None
    if any(iv.offset < trig.start for iv in found) and ", " in s.text[:trig.start]:
        found = [iv for iv in found if not _in_other_tense_conjunct(s.text, trig, iv)]
        if not found:  # "het parlement stemde op 7 juni in met ..., en Ankara en Teheran vliegen voedsel in"
            return None
    if any(iv.offset < trig.start for iv in found) and (", die " in low or ", dat " in low) and (any(
            w in low for w in rules.cues()["period_start"]) or any(iv.precision == "year" for iv in found)):
        found = [iv for iv in found if not _in_closed_relative_before(s.text, trig, iv)]
        if not found:  # "De rebellen, die sinds maart havens bestoken, dreigden ...": the rebels' period, not the threat's
            return None
    if any(iv.offset >= trig.end for iv in found) and ", " in s.text[trig.end:]:
        found = [iv for iv in found if not _in_present_relative(s.text, trig, iv)]
        if not found:  # "kwamen bijeen ..., op uitnodiging van premier Gonsalves, die dit jaar het voorzitterschap bekleedt"
            return None
    if any(iv.offset >= trig.end for iv in found) and (" die " in low or " dat " in low):
        found = [iv for iv in found if iv.offset < trig.end or not _in_bare_relative(s.text, trig, iv)]
        if not found:  # "bood aan ... de twaalf officieren die vrijdag zijn aangeklaagd": the officers' day
            return None
    if any(iv.offset >= trig.end for iv in found) and any(f" {w} " in low[trig.end:] for w in rules.cues()["coordinators"]):
        found = [iv for iv in found if iv.offset < trig.end or not _in_clause_of_new_verb(s.text, trig, iv)]
        if not found:  # "noemden de klacht onzin en wezen erop dat ... na de aanval op 2 mei": the date
            return None  # of a verb of its own after 'en', not of the trigger before it
    if trig.rule.type in _MEETINGS and any(iv.offset >= trig.end for iv in found) and _summit_setting().search(
            s.text, max(0, trig.start - 40), trig.start):
        found = [iv for iv in found if not _in_content_after_setting(low, trig, iv)]
        if not found:  # "hebben op hun top in Brussel beloofd Moldavië volgend jaar te steunen": the year of
            return None  # what was promised there, not of the meeting named as its setting
    if len(found) > 1 and any(iv.offset >= trig.end for iv in found) and _opens_with_after(low):
        found = [iv for iv in found if iv.offset >= trig.end]  # "Na een patstelling in 2017 ontmoetten ze elkaar in
        # april 2018": the opening phrase's date is the earlier event's, the one after the verb the meeting's
    if len(found) > 1 and (say := _reporting_clause(s.text)) is not None and trig.end <= say:
        if trig.rule.id in _said_act_rules():
            found = [iv for iv in found if iv.offset >= say] or found  # "Rusland stopt pas als ..., zei hij vrijdag"
        else:
            found = [iv for iv in found if iv.offset < say] or found  # "..., zei de minister donderdag": the report's
    if len(found) > 1 and _in_force_after().search(low):  # "De handtekeningen worden vrijdag gezet, zodat het verdrag
        found = [iv for iv in found if not _in_force_after().match(low, iv.offset + iv.length)] or found  # op 1 juni
        # van kracht wordt": the day it takes effect, a later step than the act the sentence dates
    if len(found) > 1:  # "trok zich terug uit het akkoord van 2015 en voerde in 2018 sancties in"
        found = [iv for iv in found if not _of_other_noun(s.text, trig, iv)] or found
    elif found[0].offset >= trig.end and found[0].precision == "year" and _of_other_noun(s.text, trig, found[0]):
        return None  # "zei dat de wet een schending is van de verklaring van 1984": the year of that document only
    if any(iv.offset >= trig.end for iv in found):  # "gaven ... uitstel tot uiterlijk 31 oktober", "een
        until, postponed = _until()  # verklaring over samenwerking tot 2030": the end of what was granted or agreed
        found = [iv for iv in found if not (iv.offset >= trig.end and (until.search(low, max(0, iv.offset - 16), iv.offset)
                                                                    or iv.text.lower().startswith(_until_words()))
                                            and not postponed.search(low, trig.end, iv.offset))]
        if not found:
            return None
    if trig.rule.type in _MEETINGS and any(_after_purpose(low, iv) for iv in found) and _noun_trigger(s.text, trig):
        found = [iv for iv in found if not _after_purpose(low, iv)] if dates.tense_of(s.text) == "past" else found
        if not found:  # "Op de top beloofden ze Oekraïne voor volgend jaar nieuwe wapens": what the pledge is for
            return None
    if len(found) > 1 and any(iv.offset >= trig.end for iv in found) and " of " in low:
        w = _whether_clause().search(low, trig.end)  # "Eind deze maand beslissen ze op hun top of ze volgend jaar ..."
        if w:
            found = [iv for iv in found if iv.offset < w.start()] or found
    if len(found) > 1:  # "Gisteren tekende hij een akkoord met X, en vanavond wordt hij in Y verwacht": its own clause's
        cs, ce = trig.clause  # (and the date of a line of a timeline: "- 10 april 2019: Op een ingelaste top ...")
        found = [iv for iv in found if cs <= iv.offset < ce or _item_date(s.text, iv)
                 or (trig.rule.type in _MEETINGS
                     and _status_pattern("apposed_date").fullmatch(s.text, trig.end, max(iv.offset, trig.end)))
                 ] or found  # (and a date set off by commas right after a meeting's noun: "de top in Biarritz, van
        # 24 tot 26 augustus, ...": that meeting's days)
    best = min(found, key=lambda t: abs(t.offset + t.length / 2 - mid))
    inner = [iv for iv in found if best.start <= iv.start and iv.end <= best.end and _width(iv) < _width(best)]
    if inner and best.precision == "month":  # "AUGUSTUS - Op de top in Biarritz, van 24 tot 26 augustus, ...": the
        return min(inner, key=lambda t: abs(t.offset + t.length / 2 - mid))  # days within the month said
    return _months_joined(s.text, best, found) if len(found) > 1 and best.precision == "month" else best




@lru_cache(maxsize=None)
def _status_pattern(key: str) -> re.Pattern:
    """status.toml `pattern_<key>` (function words of Dutch the code looks for: "in"/"te" before a place, a relative
    clause, "met ... en een", "elkaar"), compiled once; case-insensitive unless `key` is in `patterns_cased`."""
    st = lexicon.load("status")
    return re.compile(st["pattern_" + key], 0 if key in st["patterns_cased"] else re.IGNORECASE)


def _in_content_after_setting(low: str, trig: rules.Trigger, iv: Interval) -> bool:
    """A date after a meeting named as the setting ("op hun top in Brussel"), inside what was said, promised or agreed
    there, with a verb of the sentence (a participle or a past form) between the meeting and the date: after 'dat'
    (status.toml setting_content_openers; "spraken af dat ... volgend jaar"), or before the 'te' of an infinitive that
    ends its clause ("beloofd Moldavië volgend jaar te steunen")."""
    if iv.offset < trig.end or not low.startswith(iv.text.lower(), iv.offset):
        return False
    between = _WORDS.findall(low[trig.end:iv.offset])
    if not any(dates.words().participle.fullmatch(w) or dates.is_past_form(w) for w in between):
        return False  # "Op de NAVO-top in juli krijgt het land een uitnodiging om ... te praten": the meeting's month;
        # "op het overleg dat in juni begint": its relative clause
    if not set(between).isdisjoint(lexicon.load("status")["setting_content_openers"]):
        return True
    rest = re.split(r"[,;:.!?]", low[iv.offset + iv.length:], maxsplit=1)[0]
    return re.search(r"(?<!\w)te\s+\w+(?:en|n)\s*$", rest) is not None


@lru_cache(maxsize=1)
def _in_force_after() -> re.Pattern:
    """status.toml in_force_after: the words right after a date that make it the day something takes effect."""
    return re.compile("|".join(lexicon.load("status")["in_force_after"]))


_MONTHS_AND = re.compile(r"\s+en\s+(?:in\s+)?")


def _months_span(iv: Interval) -> bool:
    """Whether a date is the span of two months joined by 'en' (`_months_joined`)."""
    return iv.precision in ("quarter", "year") and _MONTHS_AND.search(iv.text) is not None


def _months_joined(text: str, best: Interval, found: list[Interval]) -> Interval:
    """'belden elkaar in maart en oktober': two months of one year joined by 'en' date one mention of
    the acts of both: the span from the first to the last."""
    for iv in found:
        if iv is best or iv.precision != "month" or iv.offset < 0 or best.offset < 0 or iv.start.year != best.start.year:
            continue
        first, last = (iv, best) if iv.offset < best.offset else (best, iv)
        if _MONTHS_AND.fullmatch(text, first.offset + first.length, last.offset):
            start, end = min(first.start, last.start), max(first.end, last.end)
            return Interval(start, end, "quarter" if (end - start).days < 92 else "year",
                            text[first.offset:last.offset + last.length], first.offset,
                            last.offset + last.length - first.offset)
    return best


def _in_clause_of_new_verb(text: str, trig: rules.Trigger, iv: Interval) -> bool:
    """A date after the trigger in the clause of 'dat' that a verb of its own governs, joined after 'en'/'maar'
    ("noemden de klacht onzin en wezen erop dat het leger zich verdedigt na de aanval op 2 mei");
    without 'dat' the second verb's date often dates the first too ("veroordeelde dat en riep in dezelfde maand
    zijn ambassadeur terug")."""
    if not rules.joins_new_verb(text, trig.end, iv.offset):
        return False
    words = [w.lower() for w in _WORDS.findall(text, trig.end, iv.offset)]
    joins, pronouns = rules.cues()["coordinators"], rules.cues()["coordinated_pronouns"]
    k = max((i for i, w in enumerate(words) if w in joins and (  # the coordinator that opens the verb's clause ("en
        i + 1 < len(words) and dates.is_past_form(words[i + 1]) or i + 2 < len(words) and words[i + 1] in pronouns
        and dates.is_past_form(words[i + 2]))), default=None)  # beiden kondigden aan dat A en B ..."), else the last
    if k is None:
        k = max((i for i, w in enumerate(words) if w in joins), default=-1)
    return "dat" in words[k + 1:]


@lru_cache(maxsize=1)
def _said_act_rules() -> frozenset[str]:
    return frozenset(lexicon.load("status")["said_act_rules"])


@lru_cache(maxsize=1)
def _whether_clause() -> re.Pattern:
    return re.compile(lexicon.load("status")["whether_clause"])


def _item_date(text: str, iv: Interval) -> bool:
    """'- 10 april 2019: Op een ingelaste top wordt ...': a date alone before a colon at the start of a sentence (after a
    dash or bullet) dates the item it opens, whatever clause follows."""
    return not text[:max(iv.offset, 0)].strip(" -\u2013\u2022*") and text[iv.offset + iv.length:].lstrip().startswith(":")


@lru_cache(maxsize=1)
def _until() -> tuple[re.Pattern, re.Pattern]:
    """'tot', 'tot uiterlijk' right before a date: the end of a period granted or set, unless a verb of
    postponing comes between the trigger and it (calendar.toml until, until_postponed)."""
    g = lexicon.load("calendar")["grammar"]
    words = sorted(g["until"], key=len, reverse=True)
    return (re.compile(r"(?<![\w-])(?:%s)\s+$" % "|".join(map(re.escape, words))),
            re.compile(r"(?<![\w-])(?:%s)(?![\w-])" % "|".join(map(re.escape, g["until_postponed"]))))


@lru_cache(maxsize=1)
def _until_words() -> tuple[str, ...]:
    """'tot ', 'tot uiterlijk ' ...: the words of `_until` that may open a date expression ("tot 2030")."""
    return tuple(w + " " for w in lexicon.load("calendar")["grammar"]["until"])


def _in_bare_relative(text: str, trig: rules.Trigger, iv: Interval) -> bool:
    """'... de twaalf Russische officieren die vrijdag in de VS zijn aangeklaagd', 'het forum dat sinds 1992
    vergeefs zocht': a date right after 'die' or 'dat' that follows a noun with its determiner (status.toml
    bare_relative_determiners) and up to three adjectives ('-e') or numbers is in a relative clause of that
    noun; not when that noun is the trigger ("het investeringsverdrag dat eind 2020 was gesloten")."""
    m = _bare_relative().search(text, max(0, iv.offset - 80), iv.offset)
    if m:
        return not (m.start(1) <= trig.start < m.end(1) or m.end(1) == trig.end)
    # ... also with words of the relative clause before the date, in an apposition after the trigger ("Het aanbod
    # geldt voor mensen met een paspoort, een Brits reisdocument dat veel Hongkongers in 1997 kregen")
    m = _bare_relative_inside().search(text, max(0, iv.offset - 140), iv.offset)
    if m:
        return trig.end <= m.start()
    return _in_pluperfect_relative(text, trig, iv)


def _in_pluperfect_relative(text: str, trig: rules.Trigger, iv: Interval) -> bool:
    """Without a comma, a relative clause in the pluperfect after the trigger (status.toml
    pluperfect_auxiliaries): an act before the one told ("kwamen overeen dat beide kanten zich houden aan de
    afspraken die de legers op 6 juni al hadden gemaakt": the day of those earlier agreements only)."""
    if iv.offset < trig.end:
        return False
    m = _anterior_relative().search(text, max(0, iv.offset - 140), iv.offset)
    if m is None or trig.end > m.start():
        return False
    brk = _CLAUSE_MARK.search(text, iv.offset + iv.length)
    clause = text[m.end(1):brk.start() if brk else len(text)].lower()
    return not _pluperfect_auxiliaries().isdisjoint(_WORDS.findall(clause))


@lru_cache(maxsize=1)
def _anterior_relative() -> re.Pattern:
    """A noun with its determiner and a relative word, then up to eight words of its clause up to a date."""
    return _relative_up_to_date(r"(?<![\w-])")


def _relative_up_to_date(lead: str) -> re.Pattern:
    """After `lead`, a determiner, up to two words, a noun (group 1), a relative word (status.toml
    bare_relative_determiners, background_relative_words) and one to eight words of its clause, up to the end."""
    st = lexicon.load("status")
    dets = "|".join(map(re.escape, st["bare_relative_determiners"]))
    rels = "|".join(map(re.escape, st["background_relative_words"]))
    return re.compile(rf"{lead}(?:{dets})\s+(?:[\w-]+\s+){{0,2}}([\w-]+)\s+(?:{rels})\s+(?:[\w\x27-]+\s+){{1,8}}$",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _pluperfect_auxiliaries() -> frozenset[str]:
    return frozenset(lexicon.load("status")["pluperfect_auxiliaries"])


@lru_cache(maxsize=1)
def _bare_relative_inside() -> re.Pattern:
    """`_bare_relative` with up to eight words of its clause (no punctuation) between the relative word and the date,
    and any two words between the determiner and the noun, in an apposition after a comma (", een Brits reisdocument
    dat ..."); not a noun of the trigger's own clause ("bouwen voort op het protocol dat in september werd gesloten":
    the date of what the sentence tells)."""
    return _relative_up_to_date(r",\s+")


@lru_cache(maxsize=1)
def _bare_relative() -> re.Pattern:
    st = lexicon.load("status")
    dets = "|".join(map(re.escape, st["bare_relative_determiners"]))
    rels = "|".join(map(re.escape, st["background_relative_words"]))
    nums = "|".join(re.escape(w) for w in lexicon.load("calendar")["numbers"])
    advs = "|".join(map(re.escape, st["background_relative_adverbs"]))
    return re.compile(rf"(?<![\w-])(?:{dets})\s+(?:(?:[\w-]+e|\d+|{nums})\s+){{0,3}}([\w-]+)\s+(?:{rels})\s+"
                      rf"(?:(?:{advs})\s+){{0,2}}$", re.IGNORECASE)


def _in_present_relative(text: str, trig: rules.Trigger, iv: Interval) -> bool:
    """'De twee presidenten kwamen bijeen op uitnodiging van premier Gonsalves, die dit jaar het
    voorzitterschap bekleedt': a date in a relative clause after the trigger ('die', 'dat', 'wie' after a
    comma) whose verb is present, of a trigger in the past, tells what holds of that noun now."""
    if iv.offset < trig.end:
        return False
    at = _relative_start(text, iv.offset, _present_relatives())
    if at is None:
        return False
    brk = _CLAUSE_MARK.search(text, iv.offset + iv.length)
    clause = text[at:brk.start() if brk else len(text)]
    return dates.tense_of(clause) == "present" and dates.tense_of(text[:at]) == "past"


def _in_closed_relative_before(text: str, trig: rules.Trigger, iv: Interval) -> bool:
    """A period opened by 'sinds' in a relative clause ('die', 'dat', 'wie' after a comma) that a comma closes before
    the trigger: the clause tells what the noun before it has been doing, not when the act told after the clause
    happened (a day there often is the act's: "Zelensky, die vandaag in Tirana was, riep op ...")."""
    if iv.offset >= trig.start or (iv.text.split(" ")[0].lower() not in rules.cues()["period_start"]
                                   and iv.precision != "year"):
        return False  # (a year there tells the noun's past: "Estland, dat in 1991 onafhankelijk werd, stuurde ...")
    at = _relative_start(text, iv.offset, _background_relatives())
    if at is None:
        return False
    close = text.find(",", iv.offset + iv.length, trig.start)
    return close >= 0 and not re.search(r"[;:]", text[at:trig.start])


def _relative_start(text: str, at: int, words) -> int | None:
    """Where a relative clause opened after a comma by one of `words` begins, when the text at `at` lies in it; commas of
    a list of names in it are stepped over ("..., waarin Frankrijk, Duitsland en Rusland sinds 2014 praten")."""
    pos = at
    while True:
        mark = max(text.rfind(",", 0, pos), text.rfind(";", 0, pos), text.rfind(":", 0, pos))
        if mark < 0:
            return None
        seg = text[mark + 1:pos]
        first = _WORDS.match(seg.strip().lower())
        if first and first.group(0) in words:
            return mark + 1
        if text[mark] != "," or not seg.strip()[:1].isupper() or pos == at and not seg.strip():
            return None
        pos = mark  # a name of a list: the clause may open before it


@lru_cache(maxsize=1)
def _present_relatives() -> frozenset[str]:
    """The words of `_background_relatives` and 'waarin', 'waarover' ... (status.toml prepositional_relative_words)."""
    return _background_relatives() | frozenset(lexicon.load("status")["prepositional_relative_words"])


def _in_other_tense_conjunct(text: str, trig: rules.Trigger, iv: Interval) -> bool:
    """'Het parlement stemde op 7 juni in met ..., en Ankara en Teheran vliegen voedsel in': a date in a
    past main clause before ', en' (', maar') dates that clause, not a trigger in a present one after it
    (the present goes on; with the same tense the date governs both: "tekende gisteren ... en sprak ...")."""
    if iv.offset + iv.length > trig.start:
        return False
    joins = rules.cues()["coordinators"]
    if not any(f", {w} " in text for w in joins):
        return False  # the cheap check first: most sentences join no clause with ', en'
    at = next((m for m in reversed(list(_COMMA_JOIN.finditer(text, iv.offset + iv.length, trig.start)))
               if m.group(1).lower() in joins), None)
    if at is None:
        return False
    return dates.tense_of(text[at.end():max(trig.end, trig.clause[1])]) == "present" and dates.tense_of(text[:at.start()]) == "past"


_COMMA_JOIN = re.compile(r",\s+(\w+)\s")


def _after_purpose(low: str, iv: Interval) -> bool:
    """Whether a date follows a word of purpose (calendar.toml purpose_prepositions: "voor het komende jaar", "voor
    2026") with no word of scheduling in the sentence (calendar.toml scheduled: "gepland voor juni" dates the plan)."""
    words, scheduled = _purpose_words()
    head = iv.text.lower().split(None, 1)[:1]
    before = _WORDS.findall(low[max(0, iv.offset - 12):max(iv.offset, 0)])[-2:]
    if not (head and head[0] in words) and not (before and (before[-1] in words or (
            len(before) == 2 and before[0] in words and before[1] in lexicon.load("calendar")["grammar"]["articles"]))):
        return False
    return scheduled.isdisjoint(_WORDS.findall(low))


@lru_cache(maxsize=1)
def _purpose_words() -> tuple[frozenset[str], frozenset[str]]:
    g = lexicon.load("calendar")["grammar"]
    return frozenset(g["purpose_prepositions"]), frozenset(g["scheduled"])


def _of_other_noun(text: str, trig: rules.Trigger, iv: Interval) -> bool:
    """Whether a date follows '<noun> van' for a noun other than the trigger ('het akkoord van
    2015'): the date is that noun's own."""
    at = iv.offset
    own = iv.text.split(" ")[0].lower() in lexicon.load("calendar")["grammar"]["of"]  # "van 2015" is one expression
    m = (_word_before() if own else _noun_of()).search(text, max(0, at - 40), at)
    if m is None or m.end() != at:
        return False
    word = m.group(1)
    if m.start(1) <= trig.start < m.end(1) or m.end(1) == trig.end:
        return False  # "de top van 12 juni": the trigger's own date
    return word.lower() not in _time_nouns() and not word[0].isdigit()


@lru_cache(maxsize=1)
def _noun_of() -> re.Pattern:
    grammar = lexicon.load("calendar")["grammar"]
    words = "|".join(re.escape(w) for w in grammar["of"])
    return re.compile(rf"(?<!\w)(\w+)\s+(?:{words})\s+$")


@lru_cache(maxsize=1)
def _word_before() -> re.Pattern:
    return re.compile(r"(?<!\w)(\w+)\s+$")


@lru_cache(maxsize=1)
def _time_nouns() -> frozenset[str]:
    return frozenset(lexicon.load("calendar")["grammar"]["time_nouns"])


def _opens_with_after(low: str) -> bool:
    """The sentence opens with 'na' (status.toml after_words): a phrase of an earlier event before the verb."""
    first = _WORDS.match(low.lstrip(_QUOTES_OPEN))
    return bool(first) and first.group(0) in lexicon.load("status")["after_words"]




def _aside_dates_only(text: str, found: list[Interval]) -> bool:
    """Every date of the sentence lies in a relative clause set off by commas ("meldde de premier, die dit jaar
    voorzitter is, dat ..."): a date of the noun's state, not of the sentence's event, which a time anaphor of its
    main clause opening the sentence ("Een paar uur later ...") may take from before."""
    if not found or "," not in text:
        return False
    anaphor = rules.cues()["time_anaphors"].search(rules.lower(text))
    if anaphor is None or anaphor.start() > 0:
        return False  # the anaphor opening the sentence ("Een paar uur later meldde ...")
    asides = [(m.start(), m.end()) for m in _status_pattern("aside_relative").finditer(text)]
    return bool(asides) and all(any(a <= iv.offset < b for a, b in asides) for iv in found)


def _in_relative_of_other(text: str, trig: rules.Trigger, iv: Interval, others) -> bool:
    """'De ontmoeting volgt op het akkoord dat beide landen op 10 maart sloten': a date in a relative
    clause of another trigger after this one dates that one only."""
    for o in others:
        if trig.end <= o.start and o.end <= iv.offset:
            words = re.findall(r"[\w,;:]+", text[o.end:iv.offset].lower())
            if words and words[0].strip(",") in rules.cues()["relative"] and not any(c in "".join(words[1:]) for c in ",;:"):
                return True
        if trig.end <= iv.offset and iv.offset + iv.length <= o.start and _relative_verb_last(text, trig.end, iv, o):
            return True  # "eiste dat het bestand dat Chili en Peru vorig jaar sloten, blijft gelden": the date of
            # the relative clause's own verb, a trigger at its end
    return False


def _relative_verb_last(text: str, after: int, iv: Interval, o) -> bool:
    """A relative word after a noun between `after` and the date, and the trigger `o` ending that relative clause
    (no punctuation from the relative word to it)."""
    low = text[after:iv.offset].lower()
    m = None
    for m in _RELATIVE_AFTER_NOUN.finditer(low):
        pass
    return m is not None and not any(ch in text[after + m.end():o.start] for ch in ",;:")


_RELATIVE_AFTER_NOUN = re.compile(r"\b(?:de|het|een)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:die|dat)\s")


def _before_since(text: str, trig: rules.Trigger, iv: Interval) -> bool:
    """'de eerste ontmoeting sinds de top in juni 2021': a date after 'sinds' dates the event named
    after that word, not a trigger before it."""
    if trig.end > iv.offset or iv.text.split(" ")[0].lower() in rules.cues()["period_start"]:
        return False  # after the trigger, or the period that dates it ("onderhandelen sinds april")
    between = text[trig.end:_opened(iv)].lower()
    since = [m.end() for m in re.finditer(r"\w+", between) if m.group(0) in rules.cues()["period_start"]]
    return (bool(since) and not re.search(r"[,;:]", between[since[-1]:])
            and not _since_closed(re.findall(r"\w+", between[since[-1]:])))


def _before_follows_on(text: str, trig: rules.Trigger, iv: Interval) -> bool:
    """'Het overleg volgde op een telefoongesprek, vorige week woensdag': a date after a follows-on
    phrase dates the earlier event named after it, not a trigger before the phrase."""
    if trig.end > iv.offset:
        return False
    m = rules.cues()["follows_on"].search(text[trig.end:iv.offset].lower())
    return bool(m) and not re.search(r"[;:]", text[trig.end + m.end():iv.offset])


def _recalled(tokens: list[str]) -> bool:
    """'Dinsdag hekelde hij nog ...': a day recalled in passing (a recall word among the first
    eight words), not the day the story moves to; not 'nog een' ("deed er woensdag nog een schep bovenop": one
    more, status.toml recall_not_before; `tokens` holds the word after the eighth too)."""
    c = rules.cues()
    if c["recall"].isdisjoint(tokens[:_RECALL_WORDS]):
        return False
    return any(w in c["recall"] and (k + 1 >= len(tokens) or tokens[k + 1] not in c["recall_not_before"])
               for k, w in enumerate(tokens[:_RECALL_WORDS]))


_RECALL_WORDS = 8


def _first_words(low: str, n: int) -> list[str]:
    """_WORDS.findall(low)[:n], tokenising only a beginning of the text that holds more than n words
    (the n-th is whole then: another begins after it), doubled until it does or is the whole text."""
    k = 12 * (n + 1)
    while k < len(low):
        found = _WORDS.findall(low, 0, k)
        if len(found) > n:
            return found[:n]
        k *= 2
    return _WORDS.findall(low)[:n]


def _event_dates(s: Sentence, spans: list[dates.Span], pub, tense: str | None, events=(), words=None) -> list[Interval]:
    """The intervals of a sentence's expressions that can date its events (not "sinds ...",
    unless an event is named between: "sinds een mislukte ontmoeting half september"). `words`:
    the sentence's lower-case words, if known (a sentence without "dat" has no reported clause)."""
    reported = relative = saying = False
    if tense == "past" and spans:  # (the words are looked at only then)
        reported = words is None or not rules.cues()["complementizers"].isdisjoint(words)
        relative = words is None or not rules.cues()["relative"].isdisjoint(words)
        saying = words is None or not rules.cues()["reporting"].isdisjoint(words)  # "..., zei Scholz": the report's tense
    if reported or relative or saying:  # "zei dat Poetin in augustus een bezoek brengt": the reported clause's tense
        found = [iv for sp in spans for iv in dates.resolve_spans(
            [sp], pub, _main_clause_tense(s, sp, _reported_tense(s, sp, tense) if reported else tense), s.start)]
    elif tense in ("present", "future") and spans and (say := _said_after_opening(s.text)) is not None:
        found = [iv for sp in spans for iv in dates.resolve_spans(
            [sp], pub, "past" if sp.end - s.start <= say else tense, s.start)]
    elif tense in ("present", "future") and spans and _coordinated().search(s.text):
        found = [iv for sp in spans for iv in dates.resolve_spans([sp], pub, _coordinated_tense(s, sp, tense), s.start)]
    else:
        found = dates.resolve_spans(spans, pub, tense, s.start) if spans else []
    found = _in_year(found, s.text) if len(found) > 1 else found
    if len(found) > 1 and tense == "past" and pub is not None:
        found = _offsets_from_the_day_said(s, spans, found, pub)
    out = []
    for iv in found:
        before = s.text[:_opened(iv)]
        if not _starts_period(before) or _event_after_since(before, events):
            out.append(iv)
        elif pub is not None and (period := _since_period(s.text, iv, pub)) is not None:
            out.append(period)  # "onderhandelen sinds vorige week dinsdag": from then up to now
    return out


_COUNTED_AHEAD = ("offset_in", "within")  # "over zes maanden", "binnen drie weken"


def _offsets_from_the_day_said(s: Sentence, spans: list[dates.Span], found: list[Interval], pub) -> list[Interval]:
    """'kondigde op 3 maart aan dat het land zich over zes maanden terugtrekt': a time counted ahead after a past day
    named before it in the sentence counts from that day (the day it was said), not from the publication."""
    day = next((iv for iv in found if iv.precision == "day" and iv.start == iv.end and iv.end <= pub.end), None)
    if day is None:
        return found
    out = list(found)
    for sp in spans:
        if sp.kind not in _COUNTED_AHEAD or sp.start - s.start <= day.offset:
            continue
        again = dates.resolve_spans([sp], PubDate(day.start, day.start, "day"), "future", s.start)
        out = [again[0] if again and iv.offset == sp.start - s.start else iv for iv in out]
    return out


def _offsets_from_the_day_before(s: Sentence, spans: list[dates.Span], found: list[Interval], day: Interval,
                                 pub) -> list[Interval]:
    """A sentence that names no day of its own but a time counted ahead, said at the same time as the sentence before
    (status.toml simultaneity_words): counted from that sentence's day, when it is a past day."""
    if day.precision != "day" or day.start != day.end or day.end > pub.end or any(
            sp.kind not in _COUNTED_AHEAD for sp in spans):
        return found
    out = list(found)
    for sp in spans:
        again = dates.resolve_spans([sp], PubDate(day.start, day.start, "day"), "future", s.start)
        out = [again[0] if again and iv.offset == sp.start - s.start else iv for iv in out]
    return out


@lru_cache(maxsize=1)
def _simultaneity_words() -> frozenset:
    return frozenset(lexicon.load("status")["simultaneity_words"])


def _anaphor_of_own_event(text: str, anaphor: re.Match, trigs: list) -> bool:
    """'Ook Biden belde Erdogan, al ontkent het Witte Huis dat daarbij een deal werd gesloten': 'daarbij' or 'daarin'
    (status.toml own_event_anaphors) in a clause after a comma that follows one of the sentence's triggers points to
    that event, not to a date told before ('..., en toen ...' goes on at the time told before)."""
    if anaphor.group(0) not in rules.cues()["own_event_anaphors"]:
        return False
    return any(t.end <= anaphor.start() and "," in text[t.end:anaphor.start()] for t in trigs)


@lru_cache(maxsize=1)
def _coordinated() -> re.Pattern:
    """A comma and a coordinating word (tense.toml coordinators), or a semicolon: where a main clause joined to another
    begins."""
    words = "|".join(map(re.escape, lexicon.load("tense")["coordinators"]))
    return re.compile(rf"(?:,\s*(?:{words})|;)\s", re.IGNORECASE)


def _coordinated_tense(s: Sentence, sp: dates.Span, tense: str) -> str:
    """'Het parlement moet nog stemmen, en Erdogan dreigde woensdag al ...': a date in a main clause joined by ', en' (or
    after a semicolon) whose own verb is past takes the past, not the future of the clause before; otherwise `tense`.
    (Not the other way: a sentence's dates go to all its triggers, and a coming day of the second clause would move a
    past event of the first.)"""
    at = sp.start - s.start
    opened = [m.end() for m in _coordinated().finditer(s.text, 0, at)]
    if not opened:
        return tense
    nxt = _coordinated().search(s.text, sp.end - s.start)
    clause = s.text[opened[-1]:nxt.start() if nxt else len(s.text)]
    return "past" if dates.tense_of(clause) == "past" else tense


def _said_after_opening(text: str) -> int | None:
    """'Na zijn top met Poetin in Alaska, vrijdag, zegt hij dat ...': a sentence opened by 'na' (status.toml
    after_words) whose opening phrase ends in a comma before a present verb of saying tells what is said now, after
    that event: where the verb begins (a date before it lies in the past, not the coming Friday), or None."""
    first = _WORDS.match(text)
    if not first or first.group(0).lower() not in lexicon.load("status")["after_words"]:
        return None  # the cheap check first: most sentences open otherwise
    verbs = rules.cues()["reporting"]
    say = next((m.start() for m in _WORDS.finditer(text) if m.group(0).lower() in verbs), None)
    return say if say is not None and text[:say].rstrip().endswith(",") else None


@lru_cache(maxsize=1)
def _since_start_types() -> frozenset[str]:
    return frozenset(lexicon.load("status")["since_start_types"])


def _since_start(iv: Interval, pub) -> Interval:
    """A period 'sinds 2019' up to the publication (`_since_period`) read back as its first date, for a measure
    in force since then (status.toml since_start_types): it was taken at that date ("sinds maart": that March)."""
    words = iv.text.split()
    at = next((k for k, w in enumerate(words[:2]) if w.lower() == _since_word()), None)
    if at is None or iv.end != pub.end:
        return iv
    rest = " ".join(words[at + 1:])
    first = next(iter(dates.find(rest, pub, "past")), None)
    if first is None and rest.isdigit() and len(rest) == 4:  # a bare year ("sinds 2019")
        first = Interval(dt.date(int(rest), 1, 1), dt.date(int(rest), 12, 31), "year", rest, 0, len(rest))
    if first is None or first.start != iv.start:
        return iv
    return Interval(first.start, first.end, first.precision, iv.text, iv.offset, iv.length)


@lru_cache(maxsize=1)
def _since_word() -> str:
    return lexicon.load("status")["since_word"].lower()


def _since_period(text: str, iv: Interval, pub) -> Interval | None:
    """'De partijen onderhandelen sinds april': a date right after 'sinds' (or 'al sinds') is
    the start of the event told in its clause, which lasts up to the publication, unless the
    clause counts from it ("de eerste ontmoeting sinds 2016", "het zwaarste pakket sinds 2014")."""
    at, stop = _opened(iv), iv.offset + iv.length
    m = _since_right_before().search(text, 0, at) if at == iv.offset else None
    since = iv.offset if at != iv.offset else (m.start(1) if m else None)
    if since is not None and iv.start > pub.end:  # "sinds april" in November: the April before
        iv = next(iter(dates.find(iv.text, pub, "past")), iv)
    if since is None or iv.start > pub.end:
        return None
    if "," in text[stop:stop + 40] and _since_tenure().match(text, stop):
        return None  # "Johnson, sinds juli in functie, ...": the person's term, not the event's
    clause = re.split(r"[,;:]", text[:since])[-1].lower()
    first, ending = _first_since()
    if any(w in first or (len(w) > len(ending) + 2 and w.endswith(ending)) for w in re.findall(r"\w+", clause)):
        return None
    end = pub.end
    return Interval(iv.start, end, dates._span_precision(iv.start, end), text[since:stop], since, stop - since)


def _month_before_story(iv: Interval, day: Interval) -> Interval:
    """A month named without its year in a pluperfect sentence of a story about a day of an earlier year than the
    paper's: the last such month up to that day (what had happened before it)."""
    if iv.precision != "month" or _YEAR.search(iv.text) or iv.start <= day.start:
        return iv
    year = day.start.year if iv.start.month <= day.start.month else day.start.year - 1
    start = iv.start.replace(year=year)
    return Interval(start, dates._month_end(year, start.month), "month", iv.text, iv.offset, iv.length)


def _since_then_period(text: str, before: list[Interval], pub) -> list[Interval]:
    """'In juni ontmoetten ze elkaar in Singapore. Sindsdien kwamen de gesprekken niet van de grond':
    from the date told just before up to the publication."""
    if not before or before[0].start > pub.end:
        return []
    start, end, word = before[0].start, pub.end, _since_then()
    at = rules.lower(text).find(word)
    return [Interval(start, end, dates._span_precision(start, end), text[at:at + len(word)], at, len(word))]


@lru_cache(maxsize=1)
def _since_then() -> str:
    return lexicon.load("status")["since_then_word"]


@lru_cache(maxsize=1)
def _since_right_before() -> re.Pattern:
    return re.compile(rf"(?<!\w)({re.escape(lexicon.load('status')['since_word'])})\s+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _since_tenure() -> re.Pattern:
    return re.compile(r"\s+(?:" + "|".join(lexicon.load("status")["since_tenure_after"]) + r")\s*,", re.IGNORECASE)


@lru_cache(maxsize=1)
def _first_since() -> tuple[frozenset[str], str]:
    d = lexicon.load("status")
    return frozenset(d["first_since_words"]), d["superlative_ending"]


def _opened(iv: Interval) -> int:
    """Where the text before an expression ends, with a 'sinds' it begins with ("sinds 2017")."""
    first = iv.text.split(" ")[0]
    return iv.offset + len(first) if first.lower() in rules.cues()["period_start"] else iv.offset


def _reported_tense(s: Sentence, sp: dates.Span, tense: str) -> str:
    """The tense of the reported clause ('dat ...') a date lies in, up to the next clause break,
    when it has no past verb of its own; otherwise the sentence's tense."""
    before = s.text[:sp.start - s.start].lower()
    words = list(re.finditer(r"\w+", before))
    at = next((w.end() for w in reversed(words) if w.group(0) in rules.cues()["complementizers"]), None)
    if at is None or re.search(r"[,;:]", before[at:]):
        return tense
    if _elliptic_that(before, at):
        return tense  # "Het akkoord met de Emiraten werd half augustus aangekondigd, dat met Bahrein vrijdag pas"
    if not before[at:].strip() and _object_particle(s.text[sp.end - s.start:]):
        return tense  # "maakte dat dinsdag bekend": 'dat' is the object, the sentence's verb sets the tense
    rest = s.text[at:]
    brk = re.search(r"[,;:.]", rest[sp.end - s.start - at:])
    clause = rest[:sp.end - s.start - at + (brk.start() if brk else len(rest))]
    own = dates.tense_of(clause)
    return own if own in ("present", "future") else tense


def _elliptic_that(before: str, at: int) -> bool:
    """', dat met Bahrein vrijdag pas': 'dat' right after a comma and before a preposition stands for a noun
    told before ("that one with Bahrain", status.toml elliptic_that_before), no reported clause."""
    head = before[:at - 3].rstrip()
    nxt = _WORDS.search(before, at)
    return head.endswith(",") and nxt is not None and nxt.group(0) in _elliptic_words()


@lru_cache(maxsize=1)
def _elliptic_words() -> frozenset[str]:
    return frozenset(lexicon.load("status")["elliptic_that_before"])


def _main_clause_tense(s: Sentence, sp: dates.Span, tense: str) -> str:
    """'Donderdag overleggen de partijen over de plek waar het toestel neerstortte': a date before
    the first relative clause takes the tense of the words before that clause when they have no
    past verb; the past verb of the relative clause is not the date's."""
    if tense != "past":
        return tense
    say = _reporting_clause(s.text)
    if say is not None and sp.end - s.start <= say:  # "Duitsland levert in mei tanks, zei Scholz": the report's tense
        own = dates.tense_of(s.text[:say])
        return own if own != "past" else tense
    rel = next((m for m in _WORDS.finditer(s.text.lower()) if m.group(0) in rules.cues()["relative"]), None)
    if rel is None:
        return tense
    if sp.end - s.start > rel.start():
        return _after_relative_tense(s.text, rel, sp.start - s.start, tense)
    own = dates.tense_of(s.text[:rel.start()])
    return own if own != "past" else tense


def _after_relative_tense(text: str, rel: re.Match, at: int, tense: str) -> str:
    """'Volgens het akkoord, dat zaterdag werd getekend, moeten uiterlijk 10 maart gevangenen worden
    vrijgelaten': a date after a relative clause set off by commas takes the tense of the main clause
    around it when that has no past verb; the past verb of the relative clause is not the date's."""
    if not text[:rel.start()].rstrip().endswith(","):
        return tense
    close = text.find(",", rel.end(), at)
    if close < 0:
        return tense  # the date lies in the relative clause itself
    own = dates.tense_of(text[:rel.start()] + text[close:])
    return own if own != "past" else tense


def _reporting_clause(text: str) -> int | None:
    """Where a reporting clause after what it reports begins: the last comma followed at once by a
    verb of saying ('Duitsland heeft vorige week tanks geleverd, zei de minister donderdag')."""
    if "," not in text:
        return None
    verbs = rules.cues()["reporting"]
    return next((m.start() for m in reversed(list(_REPORTING_START.finditer(text))) if m.group(1).lower() in verbs), None)


_REPORTING_START = re.compile(r",\s*(\w+)")


def _object_particle(after: str) -> bool:
    """Whether the word right after a date (and a short aside in brackets: "maakte dat dinsdagavond
    (Nederlandse tijd) bekend") is a particle that makes 'dat' before it an object."""
    m = _PARTICLE_AFTER.match(after)
    return bool(m) and m.group(1).lower() in rules.cues()["object_particles"]


_PARTICLE_AFTER = re.compile(r"(?:\s+\([^()]{1,40}\))?\s+(\w+)")


@lru_cache(maxsize=1)
def _year_then() -> re.Pattern:
    """The words between a year and a month that lies in it ('vorig jaar in november'), from calendar.toml."""
    words = "|".join(re.escape(w) for w in lexicon.load("calendar")["grammar"]["in_year"])
    return re.compile(rf"\s+(?:{words})\s+")


def _in_year(found: list[Interval], text: str) -> list[Interval]:
    """'Vorig jaar in november': a month or season right after a year lies in that year; the
    two expressions are one date."""
    out: list[Interval] = []
    for iv in found:
        year = out[-1] if out and out[-1].precision == "year" else None
        if year and _year_then().fullmatch(text[year.offset + year.length:iv.offset]) and iv.start.year != year.start.year:
            shift = year.start.year - iv.start.year
            try:
                iv = Interval(iv.start.replace(year=iv.start.year + shift), iv.end.replace(year=iv.end.year + shift),
                              iv.precision, text[year.offset:iv.offset + iv.length], year.offset,
                              iv.offset + iv.length - year.offset)
            except ValueError:  # 29 February in another year
                out.append(iv)
                continue
            out[-1] = iv
            continue
        out.append(iv)
    return out


@lru_cache(maxsize=1)
def _that_year() -> re.Pattern:
    """The words after a month that put it in the year named before ('dat jaar'), from calendar.toml."""
    words = "|".join(re.escape(w) for w in sorted(lexicon.load("calendar")["grammar"]["that_year"], key=len, reverse=True))
    return re.compile(rf"\s+(?:{words})(?!\w)")


@lru_cache(maxsize=1)
def _that_year_words() -> frozenset[str]:
    """The last words of the 'dat jaar' phrases: a sentence without one has none (the cheap check)."""
    return frozenset(w.split()[-1] for w in lexicon.load("calendar")["grammar"]["that_year"])


def _in_that_year(text: str, found: list[Interval], before: list[Interval]) -> list[Interval]:
    """'De VS legden in januari 2022 sancties op. Londen volgde in april dat jaar': a month or day
    followed by 'dat jaar' lies in the year of the nearest date said before; none said: as it is."""
    if not before:
        return found
    year = before[-1].start.year
    out = []
    for iv in found:
        m = _that_year().match(text, iv.offset + iv.length) if iv.precision != "year" else None
        if m and iv.start.year != year and iv.start.year == iv.end.year:
            try:
                iv = Interval(iv.start.replace(year=year), iv.end.replace(year=year), iv.precision,
                              text[iv.offset:m.end()], iv.offset, m.end() - iv.offset)
            except ValueError:  # 29 February in another year
                pass
        out.append(iv)
    return out


def _event_after_since(before: str, events) -> bool:
    """Whether one of the trigger offsets `events` lies between the last 'sinds' and the date."""
    since = [m.start() for m in re.finditer(r"\w+", before.lower()) if m.group(0) in rules.cues()["period_start"]]
    return bool(since) and any(since[-1] < t.start < len(before) for t in events)


@lru_cache(maxsize=1)
def _later_words() -> frozenset[str]:
    status = lexicon.load("status")
    return frozenset(status["later_words"] + status["earlier_words"] + status["after_words"]
                     + status["before_event_words"] + status["next_day_words"] + status["same_period_words"]
                     + status.get("event_day_words", []))


@lru_cache(maxsize=1)
def _later_pattern() -> tuple[re.Pattern, dict, dict]:
    """'een dag later', 'twee weken erna', 'de dag erna', 'een jaar eerder', 'een week na (de top)',
    'de volgende dag', 'in dezelfde maand': number words and units from calendar.toml."""
    cal = lexicon.load("calendar")
    units = {w: u for w, u in {**cal["units"], **cal["units_plural"]}.items() if u in ("day", "week", "month", "year")}
    alt = lambda ws: "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True))  # noqa: E731
    status = lexicon.load("status")
    later = alt(status["later_words"] + status["earlier_words"] + status["after_words"] + status["before_event_words"])
    numbers = {**cal["numbers"], **{w: 1 for w in status["one_unit_words"]}, **cal["vague_numbers"]}
    single = alt(w for w, u in cal["units"].items() if u in ("week", "month", "year"))
    next_day = "|".join(f"(?:{p})" for p in status["next_day_phrases"])
    prev_day = "|".join(f"(?:{p})" for p in status.get("previous_day_phrases", [])) or "(?!)"
    event_day = "|".join(f"(?:{p})" for p in status.get("event_day_phrases", [])) or "(?!)"
    return re.compile(rf"(?<!\w)(?:({alt(numbers)})\s+({alt(units)})\s+({later})|(?P<next>{next_day})|(?P<prev>{prev_day})"
                      rf"|(?P<of>{event_day})"
                      rf"|(?:{alt(status['same_period_words'])})\s+(?P<same>{single})|(?P<then>{alt(status['then_words'])}))(?!\w)"), numbers, units


@lru_cache(maxsize=None)
def _at_beginnings(name: str) -> rules.Phrases:
    """A pattern that begins with '(?<!\\w)' ("een dag later", "beide landen", "volgde op een ..."),
    tried only where one of its literal beginnings occurs ("een", "twee", "de", "beide" ...):
    `rules.Phrases` gives the same match as its search, which tried it at every place of the text."""
    pattern = {"later": lambda: _later_pattern()[0], "group": lambda: _group_words()[0],
               "follows_on": _follows_on_pattern}[name]()
    if name == "later":  # beginnings of at most 6 characters: 115 to list rather than 290 (number, unit)
        return rules.Phrases(pattern, [pattern.pattern], lengths=(6, 4, 3, 2, 1))
    return rules.Phrases(pattern, [pattern.pattern])


@lru_cache(maxsize=1)
def _stretch_units() -> dict[str, int]:
    """The plural units that, after 'de', name a stretch of unsaid length ("de weken daarna"), and its days:
    those of "de komende dagen, weken, maanden" (dates.py)."""
    cal = lexicon.load("calendar")
    length = {"day": 7, "week": 28, "month": 90}
    return {w: length[u] for w, u in cal["units_plural"].items() if u in length and w not in cal["units"]}


def _same_period(text: str) -> bool:
    """Whether a counted expression names the period of the date before ("dezelfde maand") or only
    follows it ("daarna"): beside a date of its own sentence it dates nothing."""
    m = _later_pattern()[0].fullmatch(text.lower())
    return bool(m.group("same") or m.group("then"))


def _counted(iv: Interval, n: int, unit: str) -> tuple[dt.date, dt.date, str]:
    """An interval moved on by n units: days and weeks exactly; months and years to the whole month
    (or year) they land in, since 'een jaar eerder' names no day."""
    if unit in ("day", "week"):
        days = dt.timedelta(days=n * (7 if unit == "week" else 1))
        return iv.start + days, iv.end + days, iv.precision
    months = n * (12 if unit == "year" else 1)
    start, end = dates._add_months(iv.start, months), dates._add_months(iv.end, months)
    if iv.precision == "year" or (unit == "year" and iv.precision in ("quarter", "season")):
        return start, end, iv.precision
    if iv.precision in ("day", "week", "month"):
        return start.replace(day=1), dates._month_end(end.year, end.month), "month"
    return start, end, iv.precision


def _widened(iv: Interval, unit: str) -> tuple[dt.date, dt.date, str]:
    """'in dezelfde maand': the week, month or year of the date told before (never narrower than it)."""
    if unit == "week":
        if iv.precision != "day" or iv.start != iv.end:
            return iv.start, iv.end, iv.precision
        mon = iv.start - dt.timedelta(days=iv.start.weekday())
        return mon, mon + dt.timedelta(days=6), "week"
    if unit == "month" and iv.precision in ("day", "week", "month") and iv.start.month == iv.end.month:
        return iv.start.replace(day=1), dates._month_end(iv.start.year, iv.start.month), "month"
    if unit == "year" and iv.start.year == iv.end.year:
        return dt.date(iv.start.year, 1, 1), dt.date(iv.start.year, 12, 31), "year"
    return iv.start, iv.end, iv.precision


def _counted_from_before(i: int, s: Sentence, dated: list[list[Interval]], story: list[int],
                         words: list[str] | None = None, story_day: Interval | None = None, pub=None,
                         sents: list[Sentence] | None = None, told: dict[int, list[Interval]] | None = None
                         ) -> list[Interval]:
    """'Een dag later praten de lidstaten ...': the date of the dated sentence before, moved on; 'een dag
    na de verkiezingen': from the date of the latest dated sentence before that names the event's noun."""
    if words is not None and _later_words().isdisjoint(words):
        return []  # no "later", "erna", "dezelfde": nothing to count on from
    pattern, numbers, units = _later_pattern()
    m = _at_beginnings("later").search(s.text.lower())  # pattern.search, tried only where a beginning of it is
    if m and m.group(3) in lexicon.load("status")["after_words"] and _after_adverb(s.text.lower(), m.end()):
        return []  # "noemde de dag na afloop historisch": 'na afloop' is 'afterwards', no day counted on
    named = _named_event_before(i, s, m, dated, sents, told) if m and m.group(3) and sents is not None else None
    if m and m.group("of"):  # "op de dag van de ondertekening": the day of the latest dated sentence naming it
        named = _named_event_before(i, s, m, dated, sents, told) if sents is not None else None
        if not named or named[0].precision != "day" or named[0].start != named[0].end:
            return []
        return [Interval(named[0].start, named[0].end, "day", m.group(0), m.start(), m.end() - m.start())]
    if m and named is None and m.group(3) in _before_event_words():
        return []  # "een dag voor de top" with no dated sentence naming the summit before: not the date told last
    if (m and named is None and m.group(3) in lexicon.load("status")["after_words"]
            and _noun_after().match(s.text.lower(), m.end())):
        return []  # "precies een jaar na het begin van de oorlog" with no dated sentence naming it: not the date told last
    skip = (lambda j: _deadlines_only(sents[j].text, dated[j])) if sents is not None else None
    before = named or (_dated_before(i, dated, story, reach=6, skip=skip)
                       or ([story_day] if story_day is not None and story_day.precision == "day" else [])) if m else []
    if (before and not named and m.group(1) and isinstance(numbers[m.group(1)], int) and units[m.group(2)] == "day"
            and all(d.precision == "year" for d in before)):
        # "Een dag later ..." after a sentence dated only by a year ("die in 2014 werd veroordeeld"): counted
        # from the nearest day told before it, not from that stretch
        before = _dated_before(i, dated, story, reach=6, days=True, skip=skip) or before
    if not before:
        return []
    iv = before[0]
    if named and m.group(3) in _before_event_words():  # "een dag voor de top": counted back from its first day
        if m.group(1) in lexicon.load("status")["one_unit_words"] and _stretch_units().get(m.group(2)):
            days = _stretch_units()[m.group(2)]  # "in de weken voor de top": a stretch up to the day before it
            return [Interval(iv.start - dt.timedelta(days=days), iv.start - dt.timedelta(days=1),
                             "month" if days > 31 else "week", m.group(0), m.start(), m.end() - m.start())]
        n = numbers[m.group(1)]
        if not isinstance(n, int) or units[m.group(2)] not in ("day", "week"):
            return []
        day = iv.start - dt.timedelta(days=n * (7 if units[m.group(2)] == "week" else 1))
        return [Interval(day, day, "day", m.group(0), m.start(), m.end() - m.start())]
    if (named and isinstance(numbers[m.group(1)], int) and units[m.group(2)] == "day"
            and 0 < (iv.end - iv.start).days < _EVENT_DAYS):
        day = iv.end + dt.timedelta(days=numbers[m.group(1)])  # "een dag na de top" of 14 and 15 December: the 16th
        return [Interval(day, day, "day", m.group(0), m.start(), m.end() - m.start())]
    if m.group("then"):  # after the latest day told before ("begin juli ... op 12 juli"), up to now
        days = [d for d in before if pub is not None and d.precision == "day" and d.end < pub.end]
        if not days and _shortly_before(s.text, m.start("then")) and pub is not None and iv.end <= pub.end:
            return [Interval(iv.start, iv.end, iv.precision, m.group(0), m.start(), m.end() - m.start())]
            # "in april ... waarschuwde kort daarna": shortly after a month, in that month
        if not days:
            ahead = [d for d in before if pub is not None and d.precision == "day" and d.start > pub.end]
            if ahead and m.group("then").lower() in _then_next()[0] and not _repeated(s.text):
                iv = max(ahead, key=lambda d: d.start)  # "Donderdag ontmoet hij ... Daarna reist hij door naar ...":
                end = iv.end + dt.timedelta(days=_then_next()[1])  # the day to come told before, or the days after it
                return [Interval(iv.start, end, "week", m.group(0), m.start(), m.end() - m.start())]
            return []  # "vorige week ... daarna": within that week, as the story goes on
        iv = max(days, key=lambda d: d.start)
        start, end, precision = iv.start, pub.end, "week" if (pub.end - iv.start).days <= 7 else "month"
        if m.group("then").lower() in _then_next()[0] and not _repeated(s.text):  # "Daarna vloog de minister door ..."
            end = min(pub.end, iv.start + dt.timedelta(days=_then_next()[1]))
            precision = "day" if end == start else "week"
    elif m.group("same"):
        start, end, precision = _widened(iv, units[m.group("same")])
        side = _WORDS.findall(s.text[max(0, m.start() - 12):m.start()].lower())[-1:]
        earlier = bool(side) and side[0] in lexicon.load("status")["earlier_words"]
        if (side and (earlier or side[0] in lexicon.load("status")["later_words"]) and iv.precision == "day"
                and start < iv.start and iv.end < end):  # "eerder die maand": the days of that month before the day
            # told; "later die week": those after it
            start, end = (start, iv.start - dt.timedelta(days=1)) if earlier else (iv.end + dt.timedelta(days=1), end)
    elif m.group("next"):
        start, end, precision = _counted(iv, 1, "day")
    elif m.group("prev"):  # "de avond ervoor", "daags tevoren"
        start, end, precision = _counted(iv, -1, "day")
    elif (m.group(1) in lexicon.load("status")["one_unit_words"] and _stretch_units().get(m.group(2))):
        days = _stretch_units()[m.group(2)]  # "in de weken daarna": a stretch from the date before, as "de komende"
        if m.group(3) in lexicon.load("status")["earlier_words"]:  # "in de dagen daarvoor"
            start, end = iv.start - dt.timedelta(days=days), iv.end
        else:
            start, end = iv.start, iv.end + dt.timedelta(days=days)
        precision = "month" if days > 31 else "week"
    elif isinstance(numbers[m.group(1)], list):  # "enkele dagen later", "een paar weken eerder": a stretch
        if m.group(3) in lexicon.load("status")["after_words"] and named is None:
            return []  # "enkele weken na de inval": an event of unknown day, not one told before (but "een paar
            # dagen na zijn inauguratie" after "trad begin augustus aan": counted on from that date)
        sign = -1 if m.group(3) in lexicon.load("status")["earlier_words"] else 1
        ends = [_counted(iv, sign * n, units[m.group(2)]) for n in numbers[m.group(1)]]
        start, end = min(e[0] for e in ends), max(e[1] for e in ends)
        precision = {"day": "week", "week": "month", "month": "quarter"}.get(units[m.group(2)], "year")
    else:
        n = numbers[m.group(1)]
        if m.group(3) in lexicon.load("status")["earlier_words"]:
            n = -n  # "een dag eerder"
        start, end, precision = _counted(iv, n, units[m.group(2)])
    return [Interval(start, end, precision, m.group(0), m.start(), m.end() - m.start())]


def _after_adverb(low: str, at: int) -> bool:
    """Whether the words after 'na' at `at` make the adverb 'na afloop' (status.toml after_adverb_nouns), with no 'van'."""
    words = _WORDS.findall(low[at:at + 30])
    return bool(words) and words[0] in lexicon.load("status")["after_adverb_nouns"] and words[1:2] != ["van"]


@lru_cache(maxsize=1)
def _same_act() -> re.Pattern:
    return re.compile("|".join(lexicon.load("status")["same_act_phrases"]))


def _did_the_same(s: Sentence, same: re.Match, evs: list[Candidate], ms: list[Mention]) -> list[Candidate]:
    """'Chili wees ... de Peruaanse consul uit en Peru deed hetzelfde met de Chileense': the last
    event told before 'en ... deed hetzelfde', done again by the party named between 'en' and the verb, towards the
    first one's agent."""
    before = [c for c in evs if s.text.find(c.trigger.split(" ... ")[0]) < same.start()]
    if not before:
        return []
    c = before[-1]
    agent = _codes(m for m in ms if same.start() <= m.start - s.start < same.end())
    if not agent or set(agent) <= set(c.agent):
        return []
    actors = agent + [a for a in (c.agent or c.actors) if a not in agent]
    return [dataclasses.replace(c, trigger=s.text[same.start():same.end()].split(None, 1)[1], actors=actors, source=list(agent),
                                target=[a for a in actors if a not in agent], agent=list(agent), people=list(c.people),
                                more=[], spare=[], hosts=[], repeat=True)]


def _counted_within(text: str, iv: Interval) -> list[Interval]:
    """'reisde begin maart naar Lima, en twee weken later ontving hij ...': a number, a unit and
    'later' ('erna', 'daarna'; status.toml later_words) after a comma that follows the sentence's own date count on from
    that date, for the clause after it."""
    pattern, numbers, units = _later_pattern()
    m = pattern.search(text.lower(), iv.offset + iv.length)
    if (m is None or not m.group(1) or m.group(3) not in lexicon.load("status")["later_words"]
            or not isinstance(numbers[m.group(1)], int) or "," not in text[iv.offset + iv.length:m.start()]):
        return []
    start, end, precision = _counted(iv, numbers[m.group(1)], units[m.group(2)])
    return [Interval(start, end, precision, m.group(0), m.start(), m.end() - m.start())]


def _shortly_before(text: str, at: int) -> bool:
    """A word of 'shortly' (status.toml shortly_words) right before the word at `at` ("kort daarna")."""
    words = _WORDS.findall(text[max(0, at - 20):at].lower())
    return bool(words) and words[-1] in lexicon.load("status")["shortly_words"]


@lru_cache(maxsize=1)
def _then_next() -> tuple[frozenset[str], int]:
    st = lexicon.load("status")
    return frozenset(st["then_next_words"]), int(st["then_next_days"])


@lru_cache(maxsize=1)
def _repeated_pattern() -> re.Pattern:
    words = sorted(lexicon.load("status")["repeated_words"], key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:%s)(?![\w-])" % "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words))


def _repeated(text: str) -> bool:
    """'De gezant reisde daarna nog meerdere keren naar Caracas': a step told as repeated (status.toml repeated_words)."""
    return bool(_repeated_pattern().search(rules.lower(text)))


def _named_event_before(i: int, s: Sentence, m: re.Match, dated: list[list[Interval]],
                        sents: list[Sentence], told: dict[int, list[Interval]] | None = None) -> list[Interval] | None:
    """'Caracas reageerde al een dag na de verkiezingen ...' after "... de kiezers die op 28 juli al hebben
    gesproken" in a sentence naming "de verkiezingen" paragraphs before: the dates of the latest dated
    sentence before that names the noun after 'na de' (also inside a compound: "presidentsverkiezingen"); a
    sentence without a date of its own counts with the dates its events took (`told`: "Ook Georgië kreeg op de top
    de status ..." after "gisteravond")."""
    if (m.group(3) not in lexicon.load("status")["after_words"] and m.group(3) not in _before_event_words()
            and not m.group("of")):
        return None
    noun = _noun_after().match(s.text.lower(), m.end())
    if not noun:
        return None
    word = noun.group(1)
    verbs = lexicon.load("status")["event_noun_verbs"].get(word, ())  # "de breuk": "verbraken"
    for j in range(i - 1, -1, -1):
        days = dated[j] or (told or {}).get(j)
        if not days or all(_counted_text(iv.text) for iv in days):
            continue  # "Twee dagen voor de top ...": a day counted from the event, not its own
        low = sents[j].text.lower()
        if (word in low and any(w.endswith(word) for w in _WORDS.findall(low))) or (
                verbs and not frozenset(verbs).isdisjoint(_WORDS.findall(low))):
            if rules.cues()["cancel"].search(rules.lower(sents[j].text)):
                continue  # "Een bezoek aan Pretoria ging vorig jaar niet door": not the event counted from
            return days
    return None


_EVENT_DAYS = 7  # an event told over fewer days ("op 14 en 15 december") is counted on from its last day


def _counted_text(text: str) -> bool:
    """Whether a date's words are counted from another event's ("een dag voor", "twee dagen na")."""
    words = text.lower().split()
    return len(words) > 1 and (words[-1] in _before_event_words() or words[-1] in lexicon.load("status")["after_words"])


def _counts_on(text: str) -> bool:
    """Whether the sentence counts a number of units on from (or back to) an event ("Enkele weken na de verkiezingen",
    "twee dagen later"), resolved or not."""
    m = _at_beginnings("later").search(text.lower())
    return bool(m and m.group(3))


def _span_end(text: str, iv: Interval) -> bool:
    """Whether the date comes right after a word that makes it the end of a span (calendar.toml until: "Het overleg
    duurde tot gisteren"): the story of the sentences after it is not told on that day."""
    return bool(_until()[0].search(text.lower(), max(0, iv.offset - 20), iv.offset))


_ORDINAL_BEFORE_REACH = 90  # characters before a period looked at for an ordinal that it counts in


def _counting_period(text: str, iv: Interval) -> bool:
    """'Het is haar derde ontmoeting met de premier dit jaar', 'de tweede top deze maand': a period (a month or longer, or a
    week) right after an ordinal and a few words counts the events of that period; it does not date this one."""
    if iv.precision not in ("week", "month", "quarter", "year") or not _THIS_PERIOD.match(iv.text):
        return False
    before = _WORDS.findall(text[max(0, iv.offset - _ORDINAL_BEFORE_REACH):iv.offset].lower())[-10:]
    return any(w in _ordinal_words() for w in before)


_THIS_PERIOD = re.compile(r"(?i)(?:dit|deze|het\s+afgelopen|afgelopen)\s")


@lru_cache(maxsize=1)
def _ordinal_words() -> frozenset[str]:
    return frozenset(lexicon.load("status")["ordinal_words"])


def _before_event(text: str) -> bool:
    """Whether a date's words count back from an event named after them ("een dag voor")."""
    words = text.lower().split()
    return len(words) > 1 and words[-1] in _before_event_words()


@lru_cache(maxsize=1)
def _before_event_words() -> frozenset[str]:
    return frozenset(lexicon.load("status")["before_event_words"])


@lru_cache(maxsize=1)
def _noun_after() -> re.Pattern:
    """A determiner and the noun after it ("de verkiezingen", "zijn inauguratie"; status.toml event_noun_determiners)."""
    arts = "|".join(re.escape(a) for a in lexicon.load("status")["event_noun_determiners"])
    return re.compile(rf"\s+(?:{arts})\s+(\w{{3,}})")


def _dated_before(i: int, dated: list[list[Interval]], story: list[int], reach: int = 3,
                 days: bool = False, skip=None) -> list[Interval]:
    """The dates of the nearest dated sentence among the `reach` before sentence i, in its
    paragraph or the one before (for "tekenden toen", "waarschuwde daarbij"); with `days`, the days of the
    nearest sentence that has one (for "dezelfde dag": "Die dag legde de EU sancties op. Het waren de eerste
    sinds 1989. Canada nam dezelfde dag ..." is not 1989)."""
    for j in range(i - 1, max(-1, i - 1 - reach), -1):
        if story[i] - story[j] > 1:
            break
        if dated[j] and skip is not None and skip(j):
            continue  # (a sentence whose only dates are deadlines: `_deadlines_only`)
        if dated[j] and not days:
            return dated[j]
        if days and any(iv.precision == "day" for iv in dated[j]):
            return dated[j]
    return []


def _deadlines_only(text: str, ivs: list[Interval]) -> bool:
    """'Zij moesten het land uiterlijk vandaag, maandag, verlaten': every date of the sentence follows a deadline word
    (calendar.toml deadline_any); what is counted on from the date told before ("een dag eerder") counts from the day of
    an act, not from a deadline set."""
    words = tuple(lexicon.load("calendar")["grammar"]["deadline_any"])
    last = None  # the date before, when only a comma parts them ("uiterlijk vandaag, maandag")
    for iv in sorted(ivs, key=lambda v: v.offset):
        head = text[max(0, iv.offset - 20):max(iv.offset, 0)].lower().rstrip()
        if not (head.endswith(words) or (last is not None and not text[last:max(iv.offset, 0)].strip(" ,"))):
            return False
        last = iv.offset + iv.length
    return bool(ivs)


def _the_day_named(anaphor: str, found: list[Interval]) -> list[Interval]:
    """'... moeten uiterlijk 10 maart gevangenen worden vrijgelaten. Op diezelfde dag zouden de gesprekken
    beginnen': a day anaphor (calendar.toml day_anaphor_nouns) is the date said last before it, and after
    a deadline up to a day the day named, the deadline's last day, not the days up to it."""
    if not found or _WORDS.findall(anaphor)[-1] not in _day_anaphor_nouns():
        return found
    iv = max(found, key=lambda v: v.offset)  # the day said last before: "zaterdag ... getekend, ... uiterlijk 10 maart"
    if iv.start == iv.end:
        return [iv]
    if str(iv.end.day) not in _WORDS.findall(iv.text):
        return found  # not a deadline up to a day named ("10 maart" resolved as up to 10 March)
    return [Interval(iv.end, iv.end, "day", iv.text, iv.offset, iv.length)]


@lru_cache(maxsize=1)
def _day_anaphor_nouns() -> frozenset[str]:
    return frozenset(lexicon.load("calendar")["grammar"]["day_anaphor_nouns"])


def _said_before(i: int, sents: list[Sentence], spans: list[dates.Span], span_starts: list[int], pub,
                 story: list[int], reach: int = 3) -> list[Interval]:
    """Every date said in the nearest sentence with one among the `reach` before sentence i (its
    paragraph or the one before), also those that date no event: 'De relatie is sinds 2021
    bekoeld. In maart van dat jaar ...' puts that March in 2021."""
    for j in range(i - 1, max(-1, i - 1 - reach), -1):
        if story[i] - story[j] > 1:
            break
        mine = spans[bisect.bisect_left(span_starts, sents[j].start):bisect.bisect_left(span_starts, sents[j].end)]
        if mine:
            return dates.resolve_spans(mine, pub, dates.tense_of(sents[j].text), sents[j].start)
    return []


def _starts_period(before: str) -> bool:
    """Whether a date after `before` starts a period: 'sinds' at most seven words earlier in
    the same clause ("sinds begin 2021", "sinds de nieuwe president Raisi in augustus aantrad"), or
    right after a comma that ends it (an apposition: "sinds het begin van de oorlog, ruim een maand geleden")."""
    tail = before[-100:].lower()
    if not any(w in tail for w in rules.cues()["period_start"]):
        return False  # the cheap check first: most dates have no 'sinds' before them
    words = re.findall(r"[\w,;:']+", tail)[-8:]
    while words and words[-1] in _approximate():
        words.pop()  # "sinds het begin van de oorlog, ruim een maand geleden": the date is an apposition
    if words and words[-1].endswith(","):
        words[-1] = words[-1][:-1]
    since = [i for i, w in enumerate(words) if w in rules.cues()["period_start"]]
    if not since or any(c in "".join(words[since[-1]:]) for c in ",;:"):
        return False
    return not _since_closed(words[since[-1] + 1:])


def _since_closed(rest: list[str]) -> bool:
    """'Op de eerste top sinds de verkiezingen tekenden ze gisteren ...': the phrase of 'sinds' ended before a finite verb
    in the past and its subject among the words `rest` between 'sinds' and a date; the date is the verb's (not 'sinds
    de oorlog begon in maart', where only the date's preposition follows the verb)."""
    preps = _since_date_prepositions()
    return any(dates.is_past_form(w) and any(x not in preps for x in rest[k + 1:]) for k, w in enumerate(rest))


@lru_cache(maxsize=1)
def _since_date_prepositions() -> frozenset[str]:
    return frozenset(lexicon.load("status")["since_date_prepositions"])


@lru_cache(maxsize=1)
def _approximate() -> frozenset[str]:
    return frozenset(lexicon.load("calendar")["grammar"]["approximate"])


def _last_summit_actors(out: list[Candidate]) -> list[str]:
    """A summit of a series ("De volgende top is volgend jaar in Den Haag", status.toml series_words) told in
    a sentence that names nobody is one of the series of the summit told before: the actors of the last
    summit told (its hosts apart), not those of whatever sentence comes just before; none when no summit was told."""
    last = next((c for c in reversed(out) if c.type == "summit" and c.actors), None)
    return [a for a in last.actors if a not in last.hosts] if last else []


_PRONOUN_CHAIN = 5  # sentences back at most for a pronoun subject whose sentences before open with one too


def _context_actors(idx: int, per_sentence: list[list[Mention]], sents: list[Sentence],
                    pronoun: bool, resolved: dict | None = None) -> tuple[list[str], bool]:
    """Actors for a sentence that names nobody: from the sentences just before it; with a pronoun
    subject, the actors of the person named there (and True)."""
    reach, back, passed = 2, 0, False
    chain = pronoun and _pronoun_subject_early(sents[idx].text)
    while back < reach:
        back += 1
        j = idx - back
        if j < 0:
            break
        ms = per_sentence[j]
        if pronoun:
            chain = chain and j and reach < _PRONOUN_CHAIN and (
                _pronoun_subject_early(sents[j].text) or (passed and not ms))
            if chain:  # (only through sentences right before it that open with one too, or name nobody after one)
                reach, passed = reach + 1, True  # "Mette Frederiksen was in Nuuk. Daar zei ze dat ... Ze noemde ...": the
                continue  # person of that 'ze', not one named after it there ("Hij sprak er met de Libanese ...")
            named = [m for m in ms if m.person and m.codes]
            people = _subject_people(sents[j], named, strict=True)
            if people:
                return list(people[0].codes), True
            if named:
                return list(named[0].codes), True
        codes = (resolved or {}).get(j) or _codes(ms)  # "beide partijen", "Ze" resolved there: with those
        if codes:
            return list(codes), False
    return [], False


def _pronoun_subject_early(text: str) -> bool:
    """A subject pronoun among the first four words ("Daar zei ze ...", "Hij sprak ..."): the sentence's subject is
    the person named before it."""
    return not rules.cues()["subjects"].isdisjoint(dates.lowered(text)[0].split(None, 5)[:4])


def _subject_people(s: Sentence, people: list[Mention], strict: bool = False) -> list[Mention]:
    """The people of a sentence that may be its subject, first: not one after a preposition ("met de
    Japanse premier", "als Xi's aankomst", places.toml) nor one in the genitive ("Xi's"); all when none is left
    (none with `strict`)."""
    objects, out = set(), []
    for m in people:
        at, end = m.start - s.start, m.end - s.start
        if m.person in objects or s.text.startswith(("'s", "’s"), end) or _object_before().search(s.text, max(0, at - 50), at):
            objects.add(m.person)
        else:
            out.append(m)
    return out if strict else (out or people)


@lru_cache(maxsize=1)
def _object_before() -> re.Pattern:
    places = lexicon.load("places")
    preps, fillers = "|".join(map(re.escape, places["object_prepositions"])), "|".join(map(re.escape, places["object_fillers"]))
    return re.compile(rf"(?<!\w)(?:{preps})\s+(?:(?:{fillers}|[A-Z][\w-]*|[a-z]+e)\s+){{0,3}}$")


@lru_cache(maxsize=1)
def _group_words() -> tuple[re.Pattern, dict, dict]:
    """'beide landen', 'de drie landen': number words and group nouns from places.toml."""
    places = lexicon.load("places")
    nums, nouns = dict(places["group_numbers"]), dict(places["group_nouns"])
    alt = lambda ws: "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True))  # noqa: E731
    phrases = places.get("group_phrases", {})  # "de partijen": the two sides, said without a number
    for ph, n in phrases.items():
        nums[ph], nouns[ph] = n, nouns.get(ph.split()[-1], ["country", "non-state"])
    said = rf"({alt(phrases)})|" if phrases else "()"  # group 1: a phrase; 2 and 3: number and noun
    # (one adjective may stand between number and noun: "de drie westerse landen", "beide Afrikaanse buurlanden")
    return re.compile(rf"(?<!\w)(?:{said}({alt(nums)})\s+(?:[a-zà-ÿ]+e\s+)?({alt(nouns)}))(?!\w)"), nums, nouns


@lru_cache(maxsize=1)
def _group_nouns() -> tuple[str, ...]:
    return tuple({k.split()[-1] for k in _group_words()[2]})


def _group_members(i: int, s: Sentence, codes: list[str], per_sentence: list[list[Mention]],
                   sents: list[Sentence], memo: dict | None = None) -> list[str]:
    """The actors a group named by its number stands for ("beide landen", "de drie landen"): of the
    earlier lists of exactly that many actors of its kind named together ("Mali, Burkina Faso en
    Niger"), those in the group's own paragraph when it has one, the one whose actors the article has named
    most so far (the nearest of equals); with no
    such list, the actors of that kind named most so far. None when the sentence names that many itself.
    `memo`: per article, the group nouns its text holds, the counts so far and each sentence's lists."""
    _, nums, nouns = _group_words()
    low = dates.lowered(s.text)[0]
    if memo is None:
        memo = {}
    held = memo.get("nouns")
    if held is None:  # the group nouns of the whole article: most sentences need look for none
        whole = dates.lowered(memo["text"])[0] if "text" in memo else None
        held = memo["nouns"] = [w for w in _group_nouns() if w in whole] if whole is not None else _group_nouns()
    m = _at_beginnings("group").search(low) if any(w in low for w in held) else None  # (the cheap check first:
    # every group ends in one of its nouns; pattern.search, tried only where a beginning of it is)
    if m:
        number, noun = (m.group(1), m.group(1)) if m.group(1) else (m.group(2), m.group(3))
        n, kinds = nums[number], frozenset(nouns[noun])
    else:
        n = _bare_group(low)  # "De twee spraken over ..."
        if not n:
            return []
        kinds = _BARE_GROUP_KINDS
    kind = actors.gazetteer().kinds
    if sum(kind.get(c) in kinds for c in codes) >= max(n, 2):
        return []
    if n == 0:  # "de bemiddelaars", "de juntas": no number; the list of such actors named last before
        for runs in reversed(_runs_before(i, kinds, per_sentence, sents, memo)):
            for run in reversed(runs):
                if len(run) >= 2:
                    return run
        return []
    told = _told_in_paragraph(i, kinds, per_sentence, sents, memo)
    if len(told) == n:  # "Isaias ... bezoek aan Ethiopië. Premier Abiy was erbij. Vorige week tekenden de twee landen"
        return told
    if m and noun in _HEAD_NOUNS and n >= 2:
        heads = _heads_named(i, n, per_sentence)
        if heads:  # "De twee presidenten spraken af ..." after Macron and Poetin named again and again: their countries,
            return heads  # not a pair of countries named once together ("het bestand dat Rusland en Turkije afspraken")
    counts = _counts_before(i, kinds, per_sentence, memo)
    best, score = [], 0
    runs_before = _runs_before(i, kinds, per_sentence, sents, memo)
    paras = memo["paras"]  # (set by _told_in_paragraph)
    own = [j for j in range(i) if paras[j] == paras[i] and any(len(run) == n for run in runs_before[j])]
    for j in reversed(own or range(i)):  # lists of that many in the group's own paragraph, when it has one: another
        for run in runs_before[j]:  # item's pair, named more often, is not meant ("De twee presidenten" after
            if len(run) == n and sum(counts[c] for c in run) > score:  # "tussen Zelensky en Poetin", not the
                best, score = run, sum(counts[c] for c in run)  # Poland and Czech Republic of the item before)
    if best:
        return best
    ranked = sorted(counts, key=lambda c: -counts[c])  # stable: the first named of equals
    kind = actors.gazetteer().kinds
    last = list(dict.fromkeys(c for mm in per_sentence[i - 1] for c in mm.codes if kind.get(c) in kinds)) if i else []
    if n == 2 and len(last) == 1 and len(ranked) >= 2:  # "En de grens met Georgië? ... beide landen": the one
        other = next(c for c in ranked if c != last[0])  # named just before, with the one the article names most
        return [other, last[0]]
    return ranked[:n] if len(ranked) >= n and (len(ranked) == n or counts[ranked[n - 1]] > counts[ranked[n]]) else []


_BARE_GROUP_KINDS = frozenset({"country", "non-state"})
_HEAD_NOUNS = frozenset({"presidenten", "staatshoofden", "premiers"})  # a group of heads of state or government


def _heads_named(i: int, n: int, per_sentence: list[list[Mention]]) -> list[str]:
    """The countries of the n persons named most before sentence i, when each was named at least three times and
    no other person as often as the last of them; none otherwise."""
    counts: dict[str, int] = {}
    code_of: dict[str, str] = {}
    for ms in per_sentence[:i]:
        for mt in ms:
            if mt.person and len(mt.codes) == 1:
                counts[mt.person] = counts.get(mt.person, 0) + 1
                code_of[mt.person] = mt.codes[0]
    ranked = sorted(counts, key=lambda p: -counts[p])
    if len(ranked) < n or counts[ranked[n - 1]] < 3 or (len(ranked) > n and counts[ranked[n]] >= counts[ranked[n - 1]]):
        return []
    codes = [code_of[p] for p in ranked[:n]]
    return codes if len(set(codes)) == n else []


def _bare_group(low: str) -> int:
    """The number of a group said without its noun ("De twee spraken over ...", "tussen de twee."; places.toml
    bare_groups): only right before a past verb, a word of bare_group_next or a punctuation mark; 0 when none."""
    places = lexicon.load("places")
    for phrase, n in places["bare_groups"].items():
        at = low.find(phrase)
        while at >= 0:
            if at == 0 or not (low[at - 1].isalnum() or low[at - 1] == "-"):
                rest = low[at + len(phrase):]
                nxt = rest.split(None, 1)[0] if rest.strip() else ""
                if rest[:1] in ".,;:!?" or (rest[:1].isspace() and (nxt.strip(".,;:!?") in _bare_group_next()
                                                                    or dates.is_past_form(nxt.strip(".,;:!?")))):
                    return n
            at = low.find(phrase, at + 1)
    return 0


@lru_cache(maxsize=1)
def _bare_group_next() -> frozenset[str]:
    return frozenset(lexicon.load("places")["bare_group_next"])


def _told_in_paragraph(i: int, kinds: frozenset[str], per_sentence: list[list[Mention]], sents: list[Sentence],
                       memo: dict) -> list[str]:
    """The actors of these kinds (not as places) that the sentences of sentence i's paragraph name before it, in
    the order first named: a group whose paragraph has named exactly its number stands for them, however
    often the article named others (a teletekst item, a paragraph on another pair)."""
    paras = memo.get("paras")
    if paras is None:
        paras = memo["paras"] = _paragraph_ranks(memo["text"], sents)[0] if "text" in memo else [0] * len(sents)
    kind, j, told = actors.gazetteer().kinds, i, []
    while j and paras[j - 1] == paras[i]:
        j -= 1
        if _at_beginnings("group").search(dates.lowered(sents[j].text)[0]):
            return []  # "Pompeo belde met beide ministers. Ook China riep de twee buren op": that group's members
    for ms in per_sentence[j:i]:
        for mt in ms:
            if not mt.literal_place:
                told += [c for c in mt.codes if kind.get(c) in kinds and c not in told]
    return told


def _counted_group_ahead(i: int, s: Sentence, codes: list[str], per_sentence: list[list[Mention]],
                         sents: list[Sentence], paras: list[int]) -> list[str]:
    """'Poetin heeft zes Afrikaanse landen graan beloofd. ... Het gaat om Burkina Faso, Zimbabwe, Mali, Somalië,
    de Centraal-Afrikaanse Republiek en Eritrea.': a group counted with a bare number word (calendar.toml
    numbers, up to two adjectives before its noun) that the sentence does not name stands for a list of exactly
    that many countries in one of the next sentences (in its paragraph or the next)."""
    low = dates.lowered(s.text)[0]
    pattern, nouns, told = _counted_group()
    if not any(w in low for w in nouns):
        return []  # the cheap check first: most sentences count no countries
    m = pattern.search(low)
    if not m or not told.isdisjoint(low[max(0, m.start() - 8):m.start()].split()[-1:]):
        return []  # "de zeven landen": the group told before (`_group_members`)
    n = lexicon.load("calendar")["numbers"][m.group(1)]
    kind = actors.gazetteer().kinds
    if n < 2 or sum(kind.get(c) == "country" for c in codes) >= n:
        return []
    for j in range(i + 1, min(len(sents), i + 4)):
        if paras[j] - paras[i] > 1:
            break
        for run in _named_together(sents[j].text, sents[j].start, per_sentence[j]):
            countries = [c for c in run if kind.get(c) == "country"]
            if len(countries) == n:
                return countries
    return []


@lru_cache(maxsize=1)
def _counted_group() -> tuple[re.Pattern, tuple[str, ...], frozenset[str]]:
    """A number word and a group noun (places.toml counted_ahead_nouns, also ending a compound: "buurlanden")
    with up to two words between, the
    nouns, and the words before it that make it a group told before (counted_ahead_not_after)."""
    places = lexicon.load("places")
    nums = "|".join(re.escape(w) for w, v in lexicon.load("calendar")["numbers"].items() if v >= 2)
    nouns = tuple(places["counted_ahead_nouns"])
    alt = "|".join(re.escape(w) for w in nouns)
    return (re.compile(rf"(?<!\w)({nums})\s+(?:[\w-]+\s+){{0,2}}?[\w-]*?(?:{alt})(?!\w)"), nouns,
            frozenset(places["counted_ahead_not_after"]))


def _counts_before(i: int, kinds: frozenset[str], per_sentence: list[list[Mention]], memo: dict) -> dict[str, int]:
    """How often each actor of these kinds is named before sentence i (not as a place), in the order
    first named. Counted on from the sentence the last group of these kinds was counted up to (`memo`,
    per article), not again from the article's start for every group."""
    kind = actors.gazetteer().kinds
    upto, counts = memo.get(("counts", kinds), (0, {}))
    if upto > i:  # an earlier sentence than the last asked: count afresh
        upto, counts = 0, {}
    for ms in per_sentence[upto:i]:
        for mt in ms:
            if not mt.literal_place:
                for c in mt.codes:
                    if kind.get(c) in kinds:
                        counts[c] = counts.get(c, 0) + 1
    memo[("counts", kinds)] = (i, counts)
    return counts


def _runs_before(i: int, kinds: frozenset[str], per_sentence: list[list[Mention]], sents: list[Sentence],
                 memo: dict) -> list[list[list[str]]]:
    """For each sentence before i, the actors of these kinds in each of its runs (`_named_together`):
    found once per article (`memo`) however many later groups look back at a sentence."""
    kind, runs = actors.gazetteer().kinds, memo.setdefault("runs", {})  # each sentence's runs, of any kinds
    found = memo.setdefault(("runs", kinds), [])
    for j in range(len(found), i):
        if j not in runs:
            runs[j] = _named_together(sents[j].text, sents[j].start, per_sentence[j])
        found.append([[c for c in run if kind.get(c) in kinds] for run in runs[j]])
    return found[:i]


@lru_cache(maxsize=1)
def _together() -> re.Pattern:
    """What joins two actors of one list: "A en B", "A, B en C", "A en zijn collega B" (places.toml)."""
    words = "|".join(re.escape(w) for w in lexicon.load("places")["list_conjunctions"])
    return re.compile(rf"\s*(?:,|\b(?:{words})\b)\s*(?:[\w-]+\s+){{0,3}}$")


def _named_together(text: str, offset: int, ms: list[Mention]) -> list[list[str]]:
    """Runs of actors named one after another in a list ("Saoedi-Arabië en Iran")."""
    runs: list[list[str]] = []
    run: list[str] = []
    prev = None
    for mt in ms:
        if mt.literal_place or not mt.codes:
            continue
        joined = prev is not None and _together().match(text[prev.end - offset:mt.start - offset])
        if not joined and run:
            runs.append(run)
            run = []
        run += [c for c in mt.codes if c not in run]
        prev = mt
    if run:
        runs.append(run)
    return runs


@lru_cache(maxsize=1)
def _collective_words() -> tuple[re.Pattern, dict]:
    """'de bondgenoten', 'de lidstaten': collective names of an organisation's members, and 'de junta':
    the government of the country the article is about (places.toml)."""
    places = lexicon.load("places")
    names = {**places["collective_names"], **{w: None for w in places.get("country_governments", [])},
             **{w.lower(): v for w, v in places.get("proper_collective_names", {}).items()},
             **places.get("home_country_names", {})}
    ordered = sorted(names, key=len, reverse=True)
    if all(w and w[0] != "\n" for w in ordered):  # '(?<!\w)de junta' as 'd(?<!\w.)e junta': the engine skips to the d's
        return re.compile(rf"{_after_non_word(ordered)}(?!\w)"), names
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in ordered)})(?!\w)"), names


@lru_cache(maxsize=1)
def _proper_collectives() -> tuple[frozenset[str], frozenset[str]]:
    """'de Commissie' (places.toml proper_collective_names): a collective name only with its capital.
    The names lower-cased (as the pattern finds them), and as written without the first letter, which
    a sentence start may capitalise ("De Commissie")."""
    names = lexicon.load("places").get("proper_collective_names", {})
    return frozenset(w.lower() for w in names), frozenset(w[1:] for w in names)


@lru_cache(maxsize=1)
def _place_of() -> re.Pattern:
    """' in ', ' van ': the words between 'de junta' and the country it rules (places.toml)."""
    places = lexicon.load("places")
    return re.compile(rf"\s+(?:{'|'.join(map(re.escape, [*places['locative_prepositions'], *places['title_of']]))})\s+")


@lru_cache(maxsize=1)
def _of_next() -> re.Pattern:
    return re.compile(rf"\s+(?:{'|'.join(map(re.escape, lexicon.load('places')['title_of']))})\b")


def _most_named_country(per_sentence: list[list[Mention]], i: int, at: int) -> str | None:
    """The country named most in the article before offset `at` (sentence i), as an actor or as a
    place ("in Niger"), a person counting once however often named (a foreign envoy named often is not
    what the article is about); of equals the one named more as a place, then the first named."""
    kinds, counts, places, people = actors.gazetteer().kinds, {}, {}, set()
    for ms in per_sentence[:i + 1]:
        for mt in ms:
            if mt.start < at and not (mt.person and mt.person in people):
                people.add(mt.person)
                for c in mt.codes:
                    if kinds.get(c) == "country":
                        counts[c] = counts.get(c, 0) + 1
                        places[c] = places.get(c, 0) + mt.literal_place
    return max(counts, key=lambda c: (counts[c], places[c])) if counts else None


@lru_cache(maxsize=1)
def _home_country_names() -> dict[str, list[str]]:
    return lexicon.load("places").get("home_country_names", {})


@lru_cache(maxsize=1)
def _group_counts() -> dict[str, int]:
    """'twee': 2, 'beide': 2 ... (the last word of places.toml group_numbers)."""
    return {k.split()[-1]: v for k, v in lexicon.load("places")["group_numbers"].items()}


@lru_cache(maxsize=1)
def _place_articles() -> frozenset[str]:
    return frozenset(lexicon.load("places")["articles"])


@lru_cache(maxsize=1)
def _locatives() -> frozenset[str]:
    return frozenset(lexicon.load("places")["locative_prepositions"])


_OPENING_QUOTE = re.compile(r"(?:^|(?<=[\s(]))['‘](?=\w)")
_CLOSING_QUOTE = re.compile(r"(?<=[\w.,!?])['’](?=\s|$|[.,;:!?)])")


def _in_quotation(text: str, at: int) -> bool:
    """Whether offset `at` lies inside a quotation opened earlier in its paragraph (double quotes, or single
    ones that open before a word: not the apostrophe of "Houthi's")."""
    para = text[text.rfind("\n", 0, at) + 1:at + 1]  # (the first letter after: an opening quote needs it)
    if para.count('"') % 2 or para.count("“") > para.count("”"):
        return True
    return len(_OPENING_QUOTE.findall(para)) > len(_CLOSING_QUOTE.findall(para))


def _most_named_of(per_sentence: list[list[Mention]], allowed: list[str]) -> str | None:
    """Of the `allowed` countries, the one the article names most (as an actor or a place); the first
    named of equals."""
    counts: dict[str, int] = {}
    for ms in per_sentence:
        for mt in ms:
            for c in mt.codes:
                if c in allowed:
                    counts[c] = counts.get(c, 0) + 1
    return max(counts, key=lambda c: counts[c]) if counts else None


def _add_home_country(text: str, low: str, m: re.Match, i: int, per_sentence: list[list[Mention]]) -> None:
    """'Ook ons land wijst een diplomaat uit' (places.toml home_country_names): the paper's country, the
    one of its list the article names most; not inside a quotation (the speaker's country there)."""
    if _in_quotation(text, m.start()):
        return
    code = _most_named_of(per_sentence, _home_country_names()[m.group(0)])
    if code:
        before = low[max(0, m.start() - 20):m.start()].split()
        place = bool(before) and before[-1] in _locatives()  # "in ons land": a place
        bisect.insort(per_sentence[i], Mention(m.start(), m.end(), text[m.start():m.end()], (code,),
                                               kind="country", literal_place=place), key=lambda x: x.start)


@lru_cache(maxsize=1)
def _country_groups() -> tuple[re.Pattern | None, dict[str, tuple[str, ...]]]:
    """'de Baltische staten' (places.toml country_groups): the names of groups of countries, as written."""
    groups = lexicon.load("places").get("country_groups", {})
    for name, codes in groups.items():
        unknown = [c for c in codes if actors.gazetteer().kinds.get(c) != "country"]
        if unknown:
            raise lexicon.LexiconError(f"places.toml: country_groups {name!r}: {unknown} not country codes of countries.toml")
    if not groups:
        return None, {}
    names = sorted(groups, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])"), {k: tuple(v) for k, v in groups.items()}


def _add_country_groups(text: str, sents: list[Sentence], per_sentence: list[list[Mention]]) -> None:
    """'Het Kremlin waarschuwde de Baltische staten': every country of a group named together takes part; after a
    locative ("in de Baltische staten") the group is a place."""
    pattern, groups = _country_groups()
    if pattern is None:
        return
    starts = [s.start for s in sents]
    for m in pattern.finditer(text):
        i = bisect.bisect_right(starts, m.start()) - 1
        if i < 0 or m.end() > sents[i].end or any(mt.start < m.end() and m.start() < mt.end for mt in per_sentence[i]):
            continue
        before = text[max(0, m.start() - 20):m.start()].lower().split()
        counted = _group_counts().get(before[-1]) if before else None
        if counted is not None:
            if counted != len(groups[m.group(0)]):
                continue  # "de twee Noordse landen": two of them, named before
            before = before[:-1]  # "de drie Baltische staten"
        if before and before[-1] in _place_articles():
            before = before[:-1]  # "in de Baltische staten"
        place = bool(before) and before[-1] in _locatives()
        bisect.insort(per_sentence[i], Mention(m.start(), m.end(), m.group(0), groups[m.group(0)], kind="country",
                                               literal_place=place), key=lambda x: x.start)


def _add_collectives(text: str, sents: list[Sentence], per_sentence: list[list[Mention]]) -> None:
    """'De bondgenoten besloten ...': a collective name stands for the organisation of its kind
    named nearest before it in the article (none named: nothing is added)."""
    pattern, names = _collective_words()
    low = dates.lowered(text)[0]
    if not any(w.split()[-1] in low for w in names):
        return
    starts = [s.start for s in sents]
    members = actors.gazetteer().members
    named_with = None  # "de junta" and its like: the country one was named with ("de junta in Niamey")
    for m in pattern.finditer(low):
        i = bisect.bisect_right(starts, m.start()) - 1
        if i < 0 or m.end() > sents[i].end:
            continue
        proper_lower, proper = _proper_collectives()
        if _of_next().match(low, m.end()) or (not text[m.start() + 1:m.end()].islower()
                                              and text[m.start() + 1:m.end()] not in proper):
            continue  # "de lidstaten van de OVSE", "de Organisatie voor ...": the organisation is named here
        if m.group(0) in proper_lower and text[m.start() + 1:m.end()] not in proper:
            continue  # "de commissie" (of a parliament) is not "de Commissie"
        if m.group(0) in _home_country_names():
            _add_home_country(text, low, m, i, per_sentence)
            continue
        allowed = names[m.group(0)]
        if allowed is None:  # "de junta (in Niger)": the country named right after, else the one it was named
            after = next((mt for mt in per_sentence[i] if mt.start >= m.end()), None)  # with before, else the one
            near = after is not None and _place_of().fullmatch(low, m.end(), after.start)  # named most
            if near and after.codes:
                code = named_with = after.codes[0]  # "de militaire junta in Niamey ... De junta reageerde"
            else:
                code = named_with or _most_named_country(per_sentence, i, m.start())
        else:
            code = next((c for j in range(i, -1, -1) for mt in reversed(per_sentence[j]) if mt.start < m.start()
                         and not mt.literal_place for c in mt.codes if (c in allowed if allowed else c in members)), None)
        if code:
            bisect.insort(per_sentence[i], Mention(m.start(), m.end(), text[m.start():m.end()], (code,),
                                                   kind="organisation"), key=lambda x: x.start)


_EMBEDDING = ("demand", "condemnation", "warning", "proposal")


def _embedded(t: rules.Trigger, trigs: list[rules.Trigger], text: str = "") -> bool:
    """The content of a demand, condemnation, warning or proposal, or of words agreed (a rule with
    content = true), is not an event of its own ("riep de EU op sancties op te leggen", "hekelde de
    sancties", "spraken af elkaar jaarlijks te ontmoeten"); a second verb joined to it
    starts an event of its own ("veroordeelde de aanval en kondigde sancties aan")."""
    if t.rule.id in _own_event_rules():
        return False  # "eiste dat het bestand dat beide landen in mei afspraken, standhoudt": a
        # past act recalled in a relative clause of the content (status.toml own_event_rules), an event of its own
    if t.rule.type == "talks" and _after_talks_before().search(text, max(0, t.start - 40), t.start):
        return False  # "kwamen na tien uur praten een bestand overeen": the talks before it, not its content
    if t.rule.type == "talks" and _talks_setting().search(text, max(0, t.start - 40), t.start):
        return False  # "waarschuwde Poetin in een telefoongesprek dat ...": the call in which it was said
    if t.rule.type in _EMBEDDING:  # what was agreed may be a stance: "spraken af dat ..., en dat ze zich verzetten tegen"
        return any(o.rule.content and o.rule.type != t.rule.type and o.end <= t.start
                   and (o.clause == t.clause or _agreed_too().search(text, o.end, t.start))
                   and not rules.joins_new_verb(text, o.end, t.end) for o in trigs)
    return any(
        (o.rule.type in _EMBEDDING or o.rule.content) and o.rule.type != t.rule.type and (
            (o.end <= t.start and not rules.joins_new_verb(text, o.end, t.end)) or _verb_final_content(t, o, text)
            or _fronted_content(t, o, text))
        for o in trigs) or any(_object_of_split_sanction(t, o, text) for o in trigs)


def _object_of_split_sanction(t: rules.Trigger, o: rules.Trigger, text: str) -> bool:
    """'Denemarken schortte de goedkeuring van nieuwe wapenexporten op': a delivery named between a separable verb of a
    sanction and its particle is what the sanction stopped or suspended, no delivery of its own."""
    if t.rule.type != "delivery" or o.rule.type != "sanction" or " ... " not in o.text or not o.end <= t.start:
        return False
    particle = o.text.rsplit(" ", 1)[-1].lower()
    return re.search(rf"(?<!\w){re.escape(particle)}(?!\w)", rules.lower(text)[t.end:max(o.clause[1], t.end)]) is not None


def _fronted_content(t: rules.Trigger, o: rules.Trigger, text: str) -> bool:
    """'Wapens sturen zou een vergissing zijn, waarschuwde de minister.': what was said told first and the verb of a
    warning, demand or condemnation after it, right after the comma that closes it, in a short clause that ends the
    sentence (its subject, perhaps a date): the words before are that act's content, not an event of their own."""
    if o.rule.type not in _EMBEDDING or o.start < t.end or o.rule.id in _reaction_after_rules():
        return False
    comma = text.rfind(",", t.end, o.start)
    if comma < 0 or text[comma + 1:o.start].strip():
        return False
    tail = text[o.end:].strip()
    if re.search(r"[,;:]", tail) or not 0 < len(_WORDS.findall(tail)) <= 6:
        return False  # the subject follows the verb ("waarschuwde hij"), not a participle ending the clause
    if dates.words().participle.match(rules.lower(o.text)):
        return False  # "had hem ..., aan de rand van de top, gewaarschuwd"
    return not _setting_before().search(text, max(0, t.start - 40), t.start)  # "Op de top in Londen, op 3 december,
    # noemde hij ...": the meeting is where it was said, not what was said


@lru_cache(maxsize=1)
def _reaction_after_rules() -> frozenset[str]:
    return frozenset(lexicon.load("status").get("reaction_after_rules", ()))


@lru_cache(maxsize=1)
def _setting_before() -> re.Pattern:
    """A preposition of a setting and a determiner right before a trigger ('op de', 'tijdens het'; status.toml
    setting_prepositions, setting_determiners)."""
    st = lexicon.load("status")
    words = "|".join(map(re.escape, st["setting_prepositions"]))
    dets = "|".join(map(re.escape, st["setting_determiners"]))
    return re.compile(rf"(?<!\w)(?:{words})\s+(?:{dets})\s+(?:[\w-]+e\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _agreed_too() -> re.Pattern:
    """', en dat', 'maar om': a second clause of what was agreed (status.toml coordinators and
    agreed_content_openers)."""
    st = lexicon.load("status")
    coords = "|".join(map(re.escape, st["coordinators"]))
    openers = "|".join(map(re.escape, st["agreed_content_openers"]))
    return re.compile(rf",?\s(?:{coords})\s+(?:{openers})\s", re.IGNORECASE)


def _response_before(text: str, t: rules.Trigger) -> bool:
    """'Moskou antwoordde met de uitzetting van ...': the trigger right after a phrase of answering in kind
    (status.toml response_phrases)."""
    return bool(_response_phrase().search(text, max(0, t.start - 60), t.start))


@lru_cache(maxsize=1)
def _response_phrase() -> re.Pattern:
    return re.compile(rf"\b(?:{'|'.join(lexicon.load('status')['response_phrases'])})$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _talks_setting() -> re.Pattern:
    st = lexicon.load("status")
    words, dets = "|".join(map(re.escape, st["talks_setting_words"])), "|".join(map(re.escape, st["talks_setting_determiners"]))
    return re.compile(rf"(?<!\w)(?:{words})\s+(?:{dets})\s+(?:[\w-]+e\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _after_talks_before() -> re.Pattern:
    words = "|".join(map(re.escape, lexicon.load("status")["talks_before_words"]))
    return re.compile(rf"(?<!\w)(?:{words})\s+(?!(?:het|de|dit|dat|die|deze)\s)(?:[\w-]+\s+){{0,3}}?$", re.IGNORECASE)


def _verb_final_content(t: rules.Trigger, o: rules.Trigger, text: str) -> bool:
    """'Poetin had de rechtstreekse gesprekken zelf voorgesteld': talks named before a participle that
    ends their clause (a verb, no relative clause between: not "de gesprekken die hij had voorgesteld,
    begonnen") are what was proposed or demanded, not an event of their own."""
    if o.start < t.end or o.rule.type not in _ASKED or t.rule.type not in _MEETINGS or o.clause != t.clause:
        return False
    if not dates.words().participle.match(rules.lower(o.text)):
        return False
    if not _setting_words().isdisjoint(_WORDS.findall(rules.lower(text[max(0, t.start - 30):t.start]))[-3:]):
        return False  # "had Biden in een telefoongesprek gewaarschuwd": where it was said
    return rules.cues()["relative"].isdisjoint(_WORDS.findall(rules.lower(text[t.end:o.start])))


_ASKED = ("proposal", "demand")  # what is proposed or asked for can be a meeting


@lru_cache(maxsize=1)
def _setting_words() -> frozenset[str]:
    return frozenset(lexicon.load("places")["event_place_prepositions"]) | frozenset(
        lexicon.load("status")["setting_prepositions"])


def _purpose_of_summit(t: rules.Trigger, trigs: list[rules.Trigger], text: str) -> bool:
    """'De leiders kwamen maandag bijeen voor spoedoverleg': talks named as the purpose of a summit
    told just before in the clause (a purpose word of status.toml right before them) are that summit."""
    if t.rule.type != "talks":
        return False
    before = _purpose_before().search(text, max(0, t.start - 60), t.start)
    if before and any(o.rule.type == "summit" and o.end <= before.start() and o.clause == t.clause
                      and not re.search(r"[,;:]", text[o.end:t.start]) for o in trigs):
        return True
    # ... or in an apposition right after the summit's name, which says what that summit is ("voor een top van de
    # Quad, het overleg van de vier landen over de regio")
    return any(o.rule.type == "summit" and o.end <= t.start and _APPOSITION.fullmatch(text, o.end, t.start)
               for o in trigs)


_APPOSITION = re.compile(r"(?:\s+[\w-]+){0,4},\s+(?:het|de|een)\s+(?:[\w-]+e\s+)?")


def _clause_comma(between: str) -> bool:
    """A comma in `between` that is not one of a list ("ontving de premiers van India, Japan en Australië voor
    een top": the commas of the guests, closed by 'en' after the last of them)."""
    last = between.rfind(",")
    return last >= 0 and " en " not in between[last:]


_JOURNEY_REACH = 160  # characters from the verb to the summit: room for a list of guests with their titles


def _travel_to_summit(t: rules.Trigger, trigs: list[rules.Trigger], text: str) -> bool:
    """'Biden reist naar Vilnius voor de NAVO-top': travel to a summit named after it in the clause
    ("voor", "naar"), or in a clause of the place the journey goes to ("reist naar Den Haag, waar de NAVO-top
    begint"), is going to that summit, one event, not a visit of its own."""
    return t.rule.journey and any(
        o.rule.type == "summit" and o.start >= t.end and o.start - t.end < _JOURNEY_REACH
        and ((not _clause_comma(text[t.end:o.start])
              and (o.clause == t.clause or not rules.cues()["breaks"].search(text[t.end:o.start].replace(",", " ")))
              and not rules.cues()["journey_goal"].isdisjoint(w.lower() for w in _WORDS.findall(text, t.end, o.start)))
             or bool(_summit_there().search(text, t.end, o.start)))
        for o in trigs)


@lru_cache(maxsize=1)
def _summit_there() -> re.Pattern:
    """', waar ...' up to a summit told after a journey's goal ("reist door naar Den Haag, waar de NAVO-top
    begint"): the summit is held where the journey goes (status.toml journey_goal_places)."""
    words = "|".join(map(re.escape, lexicon.load("status")["journey_goal_places"]))
    return re.compile(rf",\s*(?:{words})\s+[^,;.:]*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _purpose_before() -> re.Pattern:
    words = "|".join(map(re.escape, lexicon.load("status")["purpose_words"]))
    return re.compile(rf"(?<!\w)(?:{words})\s+(?:[\w-]+\s+){{0,2}}?$", re.IGNORECASE)


_FIRST_WORD = re.compile(r"[\"'“]?\s*(\w+)")
_CLAUSE_MARK = re.compile(r"[,;:]")  # (compiled here: `re.split` looks its pattern up on every call)


# talks begun longer ago than this are told by their start (a piece that looks back: "Eind 2022 begon de regering
# onderhandelingen", told in 2025), not as going on up to the paper
_BEGAN_REACH_DAYS = 183


def _began(text: str, t: rules.Trigger) -> bool:
    """'De slotronde van de onderhandelingen begon eind juni en liep telkens uit': talks that began on a
    date told in the past go on up to the publication (status.toml began_words), unless the clause says
    they ended (ended_words)."""
    cs, ce = t.clause
    words = set(_WORDS.findall(rules.lower(text[cs:ce])))
    d = lexicon.load("status")
    return not words.isdisjoint(d["began_words"]) and words.isdisjoint(d["ended_words"])


_QUOTES_OPEN = "\"“„«'‘ "  # an opening quote before a sentence's first word ('"Het was een zakelijk gesprek.')


@lru_cache(maxsize=1)
def _description() -> re.Pattern:
    """'Het is de laatste top van ...', 'Het was de eerste ontmoeting sinds ...' (status.toml description_openers)."""
    return re.compile(r"(?:" + "|".join(lexicon.load("status")["description_openers"]) + r")(?!\w)")


@lru_cache(maxsize=1)
def _scheduled_after() -> re.Pattern:
    """'Die staan gepland voor 8 februari' (status.toml scheduled_after_openers)."""
    return re.compile(r"(?:" + "|".join(lexicon.load("status")["scheduled_after_openers"]) + r")(?!\w)")


@lru_cache(maxsize=1)
def _told_after() -> re.Pattern:
    """'Dat heeft Borrell gisteravond bekendgemaakt', 'Dat gebeurde op 5 juni' (status.toml told_after_openers)."""
    return re.compile(r"(?:" + "|".join(lexicon.load("status")["told_after_openers"]) + r")(?!\w)")


def _told_after_object(text: str, iv: Interval) -> bool:
    """'De minister maakte dat woensdag bekend': the date right after 'dat' or 'dit' as the object of a verb of making
    known (status.toml told_after_object_verbs), before a particle (object_particles) or the end of the clause, tells
    when the sentence before was made known; not 'dat' opening a reported clause ('zei dat woensdag de ... ingaan')."""
    m = _told_after_verb().search(text, 0, max(iv.offset, 0))
    if m is None or m.end() != iv.offset:
        return False
    after = text[iv.offset + iv.length:]
    return _object_particle(after) or not after.strip() or after.lstrip()[0] in ",.;"


@lru_cache(maxsize=1)
def _told_after_verb() -> re.Pattern:
    verbs = "|".join(map(re.escape, lexicon.load("status")["told_after_object_verbs"]))
    return re.compile(rf"(?<![\w-])(?:{verbs})\s+(?:dat|dit)\s+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _reaction_opener() -> re.Pattern:
    return re.compile("|".join(lexicon.load("status")["reaction_openers"]), re.IGNORECASE)


def _reaction_after_flashback(before: list[Interval], pub) -> list[Interval]:
    """'... Australië volgde twee dagen later. China reageerde fel.': a reaction told right after a day weeks before the
    publication (more than `_STORY_DAYS`) followed it: from that day up to the publication; [] after a day of the
    report's own (the reaction is the report's, on its day)."""
    days = [iv for iv in before if iv.precision in ("day", "week") and iv.end < pub.start]
    if not days:
        return []
    last = max(days, key=lambda iv: iv.start)
    if (pub.start - last.end).days <= _STORY_DAYS:
        return []
    return [Interval(last.start, pub.end, dates._span_precision(last.start, pub.end), "", 0, 0)]


@lru_cache(maxsize=1)
def _presupposed() -> re.Pattern:
    """'Dat Japan en Zuid-Korea samen aan tafel zitten, is allerminst vanzelfsprekend': a clause after 'dat' as the
    subject of a copula opening the sentence tells a known event to judge it (status.toml presupposed_openers)."""
    st = lexicon.load("status")
    return re.compile(r"(?:" + "|".join([*st["presupposed_openers"], *st["open_question_openers"]]) + r")", re.IGNORECASE)


def _subject_pronoun_early(text: str) -> bool:
    """A subject pronoun among the first words ("Gebeurt dat niet, dan dreigt hij ..."): the person of the
    sentence before goes on, and so does its day."""
    return not rules.cues()["subjects"].isdisjoint(_WORDS.findall(dates.lowered(text[:80])[0])[:_EARLY_WORDS])


_EARLY_WORDS = 6


def _inverted_pronoun_subject(text: str) -> bool:
    """'In mei reisde hij ...': a subject pronoun (status.toml subject_pronouns) among the first words, right
    after a word in lower case (the finite verb of a clause opened by a time or a place), before any name."""
    words = _WORDS.findall(text)[:_INVERTED_REACH]
    subject = lexicon.load("status")["subject_pronouns"]
    for k, w in enumerate(words[1:], 1):
        if w[:1].isupper():
            return False
        if w in subject:
            return words[k - 1].islower()
    return False


_INVERTED_REACH = 6  # words: a time or a place, the verb and the pronoun


def _starts_with_pronoun(text: str) -> bool:
    first = _FIRST_WORD.match(text)
    return bool(first) and first.group(1).lower() in rules.cues()["pronouns"]


def _pronoun_then_past(text: str) -> bool:
    """'Dat was de wending.', 'Hij zweeg.': a sentence opened by a pronoun subject (status.toml chain_subjects) and a
    verb in the past; not a determiner before its noun ("Dat bezoek ...", "Het vliegtuig is ...")."""
    words = _WORDS.findall(dates.lowered(text[:40])[0])
    return len(words) > 1 and words[0] in lexicon.load("status")["chain_subjects"] and dates.is_past_form(words[1])


def _then_step(text: str, tokens) -> bool:
    """'En toen kwam vrijdag.', 'Toen de leiders woensdagmiddag vertrokken, ...': the only word of another
    time is a 'toen' opening the sentence, which tells the next step of the story ('and then') or names its
    time itself ('when'), not another time told before ("tekenden toen afspraken")."""
    c = rules.cues()
    other = c["elsewhen"].intersection(tokens)
    if not other or not other.issubset(c["sequence_then"]):
        return False
    first = _WORDS.findall(text[:40].lower())[:3]
    if first and first[0] in c["sequence_then_before"]:
        first = first[1:]
    return len(first) >= 2 and first[0] in c["sequence_then"]




def _elsewhen_in_closed_relative(text: str, found: list[Interval], trigs) -> bool:
    """'Hij drong erop aan dat het bestand dat beide landen vorig jaar sloten, wordt nageleefd': every word of another
    time (status.toml elsewhen_words) is part of a date in a relative clause of a noun, closed by a comma, with a
    trigger outside it: that noun's time, not a look back of the sentence's other acts."""
    words = rules.cues()["elsewhen"]
    low = text.lower()
    for m in _WORDS.finditer(low):
        if m.group(0) not in words:
            continue
        iv = next((iv for iv in found if 0 <= iv.offset <= m.start() < iv.offset + iv.length), None)
        if iv is None:
            return False
        opened = _status_pattern("closed_relative").search(text, max(0, iv.offset - 120), iv.offset)
        comma = text.find(",", iv.offset + iv.length)
        if opened is None or comma < 0 or not any(t.start < opened.start() or t.start > comma for t in trigs):
            return False  # (a trigger outside it, whose time that is not)
    return True


def _since_aside(text: str, tokens, found: list[Interval]) -> bool:
    """'In een trui, zoals altijd sinds het begin van de oorlog, stapte hij woensdag het Witte Huis binnen': the
    only word of another time is 'sinds', and it governs no date of the sentence, which has a date of its own,
    or governs one in a relative clause ("de Minsk-groep, het forum dat sinds 1992 zocht"): an aside, not another
    time ("Finland is sinds dinsdag lid van de NAVO" is: its date starts the period the sentence tells of)."""
    since = _since_word()
    if not found or since not in tokens or not rules.cues()["elsewhen"].intersection(tokens) == {since}:
        return False
    low = text.lower()
    return any(_relative_since(text, iv) if _since_in_clause(low, iv, since) else not (
        _relative_since(text, iv) or _anterior(text, iv)) for iv in found)  # a date of the sentence's own time


def _since_recent_day(tokens, found: list[Interval], pub) -> bool:
    """'Rutte is sinds gisteren de baas van de NAVO': 'sinds' the only word of another time, before a day of the last
    days (`_narrative` takes its first day as the day the report is about); not "sinds 2014", a period of the past."""
    since = _since_word()
    if pub is None or pub.precision != "day" or not found or since not in tokens or rules.cues()["elsewhen"].intersection(tokens) != {since}:
        return False
    return any(iv.text.split(" ")[0].lower() == since and _DAY_WORD.search(iv.text) and iv.start < pub.start
               and (pub.start - iv.start).days <= _STORY_DAYS for iv in found)


def _relative_since(text: str, iv: Interval) -> bool:
    """'..., het bemiddelingsforum dat sinds 1992 vergeefs zocht': a period in a relative clause is that noun's."""
    return bool(_bare_relative().search(text, max(0, iv.offset - 80), iv.offset)) or _in_relative(
        text, iv, _background_relatives())


def _since_in_clause(low: str, iv: Interval, since: str) -> bool:
    """Whether a 'sinds' stands before a date in its clause, however far ("sinds de top van Biden en Poetin in
    Genève in juni 2021"): the date is part of what the period counts from."""
    at = low.rfind(since, 0, max(iv.offset, 0) + len(since))
    return at >= 0 and not any(c in low[at:max(iv.offset, at)] for c in ",;:")


def _narrative(pub, found: list[Interval], current: Interval | None, keep=None) -> Interval | None:
    """The day the report is about: the last day-precise past date said so far in the article
    (`keep`: a further test, asked only of the dates that pass the others)."""
    if pub is None or pub.precision != "day":
        return None
    for iv in found:
        if (iv.start != iv.end and iv.end >= pub.start and iv.text.split(" ")[0].lower() in rules.cues()["period_start"]
                and iv.start < pub.start and (pub.start - iv.start).days <= _STORY_DAYS and _DAY_WORD.search(iv.text)):
            iv = Interval(iv.start, iv.start, "day", iv.text, iv.offset, iv.length)  # "is sinds gisteren de baas van de
            # NAVO": the day the state began is the day the report is about
        if iv.precision == "day" and iv.start == iv.end and iv.end <= pub.end and (pub.start - iv.start).days <= _STORY_DAYS and (
                keep is None or keep(iv)):
            current = iv
    return current


# 'sinds' before the report's own day ("sinds gisteren", "sinds vannacht"): the day the state began is the news;
# not "sinds dinsdag" two days before publication, a period begun before the report's day
_DAY_WORD = re.compile(r"\bsinds\s+(?:gisteren|gisteravond|gisterochtend|gistermiddag|vannacht)\b", re.IGNORECASE)


_WORDS = re.compile(r"\w+")
_YEAR = re.compile(r"\b\d{4}\b")
# 'toen' right after a year and a comma ("op basis van het verdrag van 1994, toen de twee landen ..."): the 'when' of that
# year, an aside about it, not a flashback of the sentence's own act
_YEAR_THEN = re.compile(r"\b\d{4},\s+toen\b", re.IGNORECASE)
_STORY_DAYS = 10  # days before publication a day told may be the report's own (`_narrative`) ...
_LOOKED_BACK_DAYS = 365  # ... and up to these, one a report looks back on, which goes on only in its paragraph (up to
# a year, where a story of the past begins: "Op 4 juli landde de minister in Lima. ... In het paleis tekenden ze ...")
_HISTORY_DAYS = 365  # a date told this long before the publication starts a story of the past ...
_OPENING_DATE = 4  # ... when it opens its sentence ("In oktober 1973, ...", "Op 3 mei 2019 ..."; characters)
_TOLD_DAY_REACH = 8  # sentences: how far a full date told carries its year to the same day named without one


# a day told before that lies more than two weeks before publication is a flashback's (not "vorige week maandag")
_FLASHBACK_DAYS = 14


def _weekday_after_told(found: list[Interval], before: list[Interval], pub: Interval) -> list[Interval]:
    """'Op zaterdag 11 maart 2017 trok het kabinet de landingstoestemming in. ... Zij werd in de nacht naar
    zondag uitgezet': a bare weekday in a past sentence right after one dated to a day of a flashback (more
    than two weeks before publication, same paragraph) is that weekday in the days from that day on, not in the
    week before publication."""
    if len(found) != 1 or len(before) != 1:
        return found
    iv, told = found[0], before[0]
    if (iv.precision != "day" or told.precision != "day" or (told.end - told.start).days > 1
            or (pub.start - told.end).days <= _FLASHBACK_DAYS or not _bare_weekday(iv.text)):
        return found
    day = told.start + dt.timedelta(days=(iv.end.weekday() - told.start.weekday()) % 7)
    shift = day - iv.end
    return [dataclasses.replace(iv, start=iv.start + shift, end=iv.end + shift)] if shift else found


def _dated_weekday(text: str) -> bool:
    """Whether a date's words name a weekday and its day of the month ("donderdag 2 mei", "op zaterdag 11 maart")."""
    low = text.lower()
    return any(ch.isdigit() for ch in low) and not _weekday_words()[0].isdisjoint(_WORDS.findall(low))


def _weekday_after_story_day(found: list[Interval], story_day: Interval) -> list[Interval]:
    """'Op donderdag 2 mei ontving de president zijn gast. ... Op vrijdag tekenden de twee een verklaring' (a paper of
    Saturday 11 May): a bare weekday in a past sentence that the publication puts more than a week after the day the
    story is about, told with its weekday and date, is the first such weekday after that day (3 May), not the one of
    the week of publication."""
    out = []
    for iv in found:
        if (iv.precision == "day" and iv.start == iv.end and _bare_weekday(iv.text) and _dated_weekday(story_day.text)
                and 7 < (iv.start - story_day.start).days < 14):
            week = dt.timedelta(days=7)
            iv = dataclasses.replace(iv, start=iv.start - week, end=iv.end - week)
        out.append(iv)
    return out


def _same_weekday_told(s: Sentence, found: list[Interval], dated: list[list[Interval]], i: int) -> list[Interval]:
    """'Op vrijdag 7 april reisde de president door naar Lima. ... Diezelfde vrijdag tekenden ...': a bare weekday after
    a word of the same period (status.toml same_period_words) is the day of that weekday told last before it, not
    the weekday the publication puts nearest."""
    same = frozenset(lexicon.load("status")["same_period_words"])
    out = []
    for iv in found:
        if (iv.precision == "day" and iv.start == iv.end and iv.offset > 0 and _bare_weekday(iv.text)
                and _previous_word(s.text, iv.offset).lower() in same):
            told = next((d for j in range(i - 1, -1, -1) for d in reversed(dated[j])
                         if d.precision == "day" and d.start == d.end and d.start.weekday() == iv.start.weekday()), None)
            if told is not None:
                iv = dataclasses.replace(iv, start=told.start, end=told.end)
        out.append(iv)
    return out


_FOLLOWS_ON = re.compile(r"\b(?:volgt|volgen)\s+op\b", re.IGNORECASE)


def _weekday_of_past_plan(found: list[Interval], pub: Interval) -> list[Interval]:
    """'De minister zou zaterdag naar Lima komen. Nog die ochtend dreigde hij ...': a bare weekday of a plan as it
    stood ('zou' + infinitive reads as a day to come) taken by a day anaphor in a past sentence is that weekday in the
    week up to publication, not the one after it (a past act does not lie after the paper)."""
    if not found or not all(iv.precision == "day" and pub.end < iv.start <= pub.end + dt.timedelta(days=7)
                            and _bare_weekday(iv.text) for iv in found):
        return found
    week = dt.timedelta(days=7)
    return [dataclasses.replace(iv, start=iv.start - week, end=iv.end - week) for iv in found]


@lru_cache(maxsize=1)
def _weekday_words() -> tuple[frozenset[str], frozenset[str]]:
    """The weekdays, and the words that tie a weekday to another week or a date (calendar.toml)."""
    cal = lexicon.load("calendar")
    return frozenset(cal["weekdays"]), frozenset([*cal["months"], *cal["direction"]])


def _bare_weekday(text: str) -> bool:
    """Whether a date's words name a weekday and no date, month or week of their own ("zondag", "in de nacht
    naar zondag", "dinsdagavond"; not "vorige week zondag", "zondag 12 maart")."""
    low = text.lower()
    days, other = _weekday_words()
    words = set(_WORDS.findall(low))
    return (any(d in low for d in days) and not any(ch.isdigit() for ch in low) and words.isdisjoint(other))


def _day_told_before(found: list[Interval], told: dict, i: int, tense: str | None) -> list[Interval]:
    """'Op zaterdag 11 maart 2017 ... De Turkse president noemde Nederland op 11 maart ...': a day and month
    without a year, in a past sentence, that a full date a few sentences before named is that day (not the
    11 March before the publication of a letter of July 2018)."""
    if tense != "past":
        return found
    out = []
    for iv in found:
        year, at = told.get((iv.start.month, iv.start.day), (None, -1))
        if (year is not None and year != iv.start.year and i - at <= _TOLD_DAY_REACH and iv.precision == "day"
                and iv.start == iv.end and not _YEAR.search(iv.text)):
            d = iv.start.replace(year=year)
            iv = dataclasses.replace(iv, start=d, end=d)
        out.append(iv)
    return out


_NEAR_TOLD_REACH = 12  # sentences: how far a full date of a story of the past carries its year to days near it
_NEAR_TOLD_DAYS = 31  # ... days: how near to it (either side) a day named without a year must then lie
_NEAR_TOLD_SPAN = 7  # ... days: the longest stretch of days so moved ("op 11 en 12 juli")


def _near_day_told_before(found: list[Interval], told: tuple[dt.date, int], i: int, pub: Interval) -> list[Interval]:
    """'Trump ontmoette Poetin op 16 juli 2018. ... Op de NAVO-top in Brussel, op 11 en 12 juli, ...' (a book review
    of 2021): a day or a few days without a year, in a past sentence a few sentences after a full date of over a
    year before publication, that lie within a month of that date in its year are in that year, not in the year
    before publication."""
    day, at = told
    if i - at > _NEAR_TOLD_REACH or (pub.start - day).days <= _HISTORY_DAYS:
        return found
    out = []
    for iv in found:
        if (iv.precision in ("day", "week") and iv.start.year == iv.end.year != day.year and not _YEAR.search(iv.text)
                and not _deictic(iv.text)
                and (iv.end - iv.start).days < _NEAR_TOLD_SPAN):
            try:
                start, end = iv.start.replace(year=day.year), iv.end.replace(year=day.year)
            except ValueError:  # 29 February
                start = end = None
            if start is not None and abs((start - day).days) <= _NEAR_TOLD_DAYS:
                iv = dataclasses.replace(iv, start=start, end=end)
        out.append(iv)
    return out


def _deictic(text: str) -> bool:
    """'Gisteren', 'vanochtend', 'morgenavond': a day counted from the publication, whatever story was told before
    ("... in een brief op 30 juni 2020. ... Gisteren besloten de leiders ..." in a paper of 21 June 2022 is 20 June 2022)."""
    return dates.lowered(text)[0].strip().split(" ")[0] in dates.words().parts_of_day


def _month_after_told(found: list[Interval], day: dt.date, pub: Interval) -> list[Interval]:
    """'29 maart 2017 - May stuurt Tusk een brief. De onderhandelingen beginnen in juni.' (a chronology of 2020): a month
    named without a year right after a full date of over a year before publication, and not before that date's month,
    is in that date's year (the story goes on), not in the year of publication."""
    if (pub.start - day).days <= _HISTORY_DAYS:
        return found
    out = []
    for iv in found:
        if (iv.precision == "month" and iv.start.year == iv.end.year != day.year and not _YEAR.search(iv.text)
                and iv.start.month >= day.month):
            try:
                iv = dataclasses.replace(iv, start=iv.start.replace(year=day.year), end=iv.end.replace(year=day.year))
            except ValueError:
                pass
        out.append(iv)
    return out


_MONTH_AFTER_TOLD_REACH = 1  # sentences: a month right after the sentence of a full date (`_month_after_told`)


_CONTINUED_REACH = 3  # paragraphs: how far a continuation word ("vervolgens") carries the story's day


def candidates(article: Article) -> list[Candidate]:
    """Event mentions of an article, one per sentence and type (several for distinct summits). A person counts
    for what they served on the event's day: where a sentence's events fall on a day on which a person it names
    held other offices than on the publication day ("Trump ontmoette op 16 juli 2018 Poetin" in a report of
    2021; "de Amerikaanse president" then is Trump), that sentence's people are read again for that day and the
    article's events made once more."""
    kept: dict = {}
    found = _candidates(article, {}, kept)
    days = _person_days(found, kept.get("per_sentence", []), kept.get("positions", {}), article.published)
    return _candidates(article, days, kept) if days else found


def _person_days(found: list[Candidate], per_sentence: list[list[Mention]], positions: dict[int, int],
                 pub: Interval | None) -> dict[int, dt.date]:
    """Position of a sentence (in `per_sentence`) -> the day of its events, for sentences that name a person whose
    offices on that day differ from those on the publication day (the middle of an interval; not for events dated by
    the publication)."""
    days: dict[int, dt.date] = {}
    for c in found:
        iv, i = c.interval, positions.get(c.sentence.index)
        if iv is None or i is None or c.date_source == "publication" or i in days:
            continue
        day = iv.start + (iv.end - iv.start) / 2
        if pub is not None and pub.start <= day <= pub.end:
            continue
        if any(m.kind in ("person", "role") and actors.on_day(m, day) != m for m in per_sentence[i]):
            days[i] = day
    return days


def _candidates(article: Article, person_days: dict[int, dt.date], kept: dict) -> list[Candidate]:
    if article.language != "nl":
        return []  # the rules read Dutch; another language is marked by the reader, not mis-coded
    pub = article.published
    again = "shared" in kept
    made: dict[int, tuple] = kept.setdefault("made", {})  # per sentence: its events' arguments and values as first made
    if again:  # a second making: what does not depend on the people's offices, from the first
        sents, found, paras, story, per_triggers, spans = kept["shared"]
        per_sentence = [list(ms) for ms in found]
    else:
        sents = [s for s in sentences.split(article) if not s.heading]
        per_sentence = _per_sentence(actors.find(article.text, pub.start if pub else None), sents)
        if pub is not None:
            _persons_of_their_year(sents, per_sentence, pub.start)  # "In 1972 tekenden Nixon en Brezjnev ..."
        paras, story = _paragraph_ranks(article.text, sents)
        per_triggers = rules.find_in_text(article.text, [(s.start, s.end) for s in sents])
        spans = dates.scan(article.text, rules.date_word_ends(article.text))  # the date words the trigger pass found
        kept["shared"] = (sents, [list(ms) for ms in per_sentence], paras, story, per_triggers, spans)
    for i, day in person_days.items():
        per_sentence[i] = [actors.on_day(m, day) for m in per_sentence[i]]
    kept["per_sentence"], kept["positions"] = per_sentence, {s.index: k for k, s in enumerate(sents)}
    _add_collectives(article.text, sents, per_sentence)  # "de bondgenoten": NATO when named before
    _add_country_groups(article.text, sents, per_sentence)  # "de Baltische staten": the three countries
    span_starts = [sp.start for sp in spans]
    out: list[Candidate] = []
    narrative, narrative_para = None, None
    lead: list[Candidate] = []  # undated past events of the first paragraph, before any day of the story
    flashback_date = None  # the date of a flashback ("vorige week") and its paragraph, which the next undated sentences keep
    dated: list[list[Interval]] = []  # per sentence: its dates, or those it takes from before
    told_here: list[list[Interval]] = []  # per sentence: its dates, but none taken with 'toen', 'destijds' ...
    resolved: dict[int, list[str]] = {}  # per sentence with a group ("beide partijen"): the actors it stands for
    memo: dict = {"text": article.text, "paras": paras}  # what the actors of several sentences share (`_group_members`;
    # the paragraphs' ranks as `_told_in_paragraph` would make them again)
    told_days: dict[tuple[int, int], tuple[int, int]] = {}  # (month, day) of a full date told -> (its year, sentence)
    month_day: tuple[Interval, int] | None = None  # a day told beyond the report's own days, its paragraph
    stamps = _stamps(article.text, pub) if pub is not None and pub.precision == "day" else []
    stamp_at, told_in = [at for at, _ in stamps], article  # a news line's items: each told on its stamp's day
    told_last: tuple[dt.date, int] | None = None  # the last full date told with its year, and its sentence
    told_events: dict[int, list[Interval]] = {}  # per sentence without a date of its own: its events' dates
    asked = False  # a question ("En wat vond Kyiv?") since the day told: a section of its own begins
    headed = not stamps and pub is not None and "\n" in article.text  # (most articles have neither kind of heading:
    timeline_heads = headed and bool(_timeline_heads(article.text, pub))  # their sentences need not look for one)
    weekday_heads = headed and bool(_weekday_heads(article.text))
    for i, s in enumerate(sents):
        if stamps and (k := bisect.bisect_right(stamp_at, s.start) - 1) >= 0 and told_in.published is not stamps[k][1]:
            pub = stamps[k][1]  # a new item: its own day, and no story day carried over from the item before
            told_in, narrative, narrative_para, flashback_date = dataclasses.replace(article, published=pub), None, None, None
        trigs = [] if _is_question(s.text) else per_triggers[i]
        asked = asked or s.text.rstrip().endswith("?")
        if trigs and (known := _presupposed().match(s.text)):  # no event from the clause judged
            trigs = [t for t in trigs if t.start >= known.end()]
        mine = spans[bisect.bisect_left(span_starts, s.start):bisect.bisect_left(span_starts, s.end)]
        if trigs or mine:  # the words as a set, from the tokens of the tense (`_recalled` finds them in order)
            tense, tokens = dates.tense_and_words(s.text)
        else:
            tense, tokens = None, _WORDS.findall(dates.lowered(s.text)[0])
        item = _timeline_item(article.text, s.start, pub) if timeline_heads else None
        day_head = _weekday_item(article.text, s.start, pub, tense) if item is None and weekday_heads else None
        if (day_head is not None and tense == "present"
                and any(t.rule.type in rules.cues()["speech_acts"] for t in trigs)
                and not (any(ch.isdigit() for ch in day_head.text) and day_head.end < pub.start)):
            # (but a diary's "Dinsdag 3 mei" before publication: its present tells that past day)
            day_head = None  # "Vrijdag: ...\nVeel landen eisen dat ...": a statement in the present is of now, not that day's
        found = _event_dates(s, mine, pub, "past" if item is not None and tense in ("present", "future") else tense,
                             trigs, tokens)  # "9 juni\n... zet in december ... uit": a timeline's present is past
        if found and i and pub is not None and not _pluperfect_auxiliaries().isdisjoint(tokens):
            last_day = next((d for ds in reversed(dated) for d in ds if d.precision == "day"), None)
            if last_day is not None and last_day.end.year < pub.start.year:  # "10 december 2020 ... In september
                found = [_month_before_story(iv, last_day) for iv in found]  # hadden ze getekend": the September
                # before the day told last, not the one before the paper of a year later
        if found and trigs and not _ordinal_words().isdisjoint(tokens):  # "haar derde ontmoeting met de premier dit jaar": the
            found = [iv for iv in found if not _counting_period(s.text, iv)]  # year counts the meetings, dates none
        if found and trigs and not _pluperfect_auxiliaries().isdisjoint(tokens):  # a date of an earlier act only
            found = [iv for iv in found if not all(_in_pluperfect_relative(s.text, t, iv) for t in trigs)]
        if (found and trigs and i and rules.cues()["time_anaphors"].search(rules.lower(s.text))
                and all(_in_bare_relative(s.text, t, iv) for iv in found for t in trigs)):
            found = []  # "Moskou eist daarin ... uit de landen die na 1997 lid zijn geworden": that noun's date only;
            # the time anaphor ("daarin") points back to the date told before, as in an undated sentence
        if (found and i and tense == "past" and pub is not None and len(dated[i - 1]) == 1 and paras[i - 1] == paras[i]
                and not _simultaneity_words().isdisjoint(tokens)):
            found = _offsets_from_the_day_before(s, mine, found, dated[i - 1][0], pub)  # "Op 3 maart ... Ze meldde
            # tegelijk dat ... over twee weken ...": counted from the day told before, the day it was said
        if found and told_days:  # "op zaterdag 11 maart 2017 ... Erdoğan noemde Nederland op 11 maart ...": that year
            found = _day_told_before(found, told_days, i, tense)
        if found and told_last and tense == "past" and pub is not None:  # "op 16 juli 2018 ... op 11 en 12 juli": 2018
            found = _near_day_told_before(found, told_last, i, pub)
        if found and told_last and pub is not None and i - told_last[1] <= _MONTH_AFTER_TOLD_REACH:
            found = _month_after_told(found, told_last[0], pub)  # "29 maart 2017 - ... beginnen in juni": June 2017
        if found and i and paras[i - 1] == paras[i] and tense == "past" and pub is not None:
            found = _weekday_after_told(found, told_here[i - 1], pub)  # "11 maart 2017. ... in de nacht naar zondag"
        if found and narrative is not None and tense == "past" and pub is not None:
            found = _weekday_after_story_day(found, narrative)  # "Op donderdag 2 mei ... Op vrijdag"
            # (not a date 'destijds' took from before: "Stoltenberg zei destijds ... Blinken waarschuwde maandag")
        if found and i:
            found = _same_weekday_told(s, found, dated, i)  # "Diezelfde vrijdag ...": the Friday told before
        if found and tense == "present" and pub is not None and _FOLLOWS_ON.search(s.text):
            found = _weekday_of_past_plan(found, pub)  # "Het akkoord volgt op gesprekken op zaterdag": what it follows
            # on came before it, last Saturday, not the next one
        told_days.update({(iv.start.month, iv.start.day): (iv.start.year, i) for iv in found
                          if iv.precision == "day" and iv.start == iv.end and _YEAR.search(iv.text)})
        told_last = next(((iv.start, i) for iv in reversed(found) if iv.precision == "day" and iv.start == iv.end
                          and _YEAR.search(iv.text)), told_last)
        if found and i and not _that_year_words().isdisjoint(tokens):  # "in april dat jaar": the year said before
            found = _in_that_year(s.text, found, _said_before(i, sents, spans, span_starts, pub, story))
        within = (_counted_within(s.text, found[0]) if len(found) == 1 and found[0].offset >= 0
                  and not _later_words().isdisjoint(tokens) else [])
        if within:  # "reisde eind februari ..., en een maand later ontving hij": counted from the sentence's own date
            found = found + within
        elif i and not _later_words().isdisjoint(tokens):  # "Een dag later ...", also beside a date that is the
            # content of a threat ("de dag erna ... per 1 november"); (`_counted_from_before` counts nothing without
            # those words: the heading before is not looked for)
            head = _date_heading_before(article.text, s.start, pub, tense)
            counted = _counted_from_before(i, s, dated if head is None else [*dated[:i - 1], [head]], story, tokens,
                                           narrative, pub, sents, told_events)  # (under "Vrijdag 24 september": from it)
            if found and counted and not _same_period(counted[0].text):  # not "in april dat jaar", "daarna ... op 7 mei"
                found = sorted(found + counted, key=lambda iv: iv.offset)
            found = found or counted
        para = paras[i]
        reach = 1 if rules.cues()["continuation"].isdisjoint(tokens) else _CONTINUED_REACH  # "vervolgens"
        before = narrative if narrative_para is not None and story[i] - narrative_para <= reach else None
        flashback = (not rules.cues()["elsewhen"].isdisjoint(tokens) and not _then_step(s.text, tokens)
                     and not _elsewhen_in_closed_relative(s.text, found, trigs)
                     and not _since_aside(s.text, tokens, found) and not _since_recent_day(tokens, found, pub)
                     and not _YEAR_THEN.search(s.text))
        if flashback:
            before = None  # "toen", "destijds": another time than the report's day
        elif not found and flashback_date is not None and flashback_date[1] == para:
            before = flashback_date[0]  # "Die pendelde vorige week ... In Beiroet sprak hij": that week goes on
        elif (month_day is not None and (month_day[1] == story[i] or (pub.precision == "month" and not asked) or (
                story[i] - month_day[1] == 1 and i and _list_item(sents[i - 1].text)))
              and tense == "past" and all(iv.end < month_day[0].start for iv in found) and not _counts_on(s.text)):
            before = month_day[0]  # under a month-precise publication line ("Rutte tekende op 1 maart in Charkiv.
            # Zelensky drong daar aan op ..."), or weeks before a day-precise one (beyond the report's own days: "de
            # aanslag van 14 februari ... India beschuldigde Pakistan er meteen van ..."), the day told goes on in
            # its paragraph, in the past tense (not across a count from an event of unknown day: "Enkele weken na
            # de verkiezingen ..."), also where the sentence's own dates all lie before it, an earlier event's that
            # dates no act of the sentence ("De minister wees erop dat Peru hulp bood na de aardbeving op 2 februari");
            # under a month-precise line also in the paragraphs after it, up to the next dated sentence or a question
            # that opens a section of its own ("Op 4 mei kwamen de leiders in Lima bijeen. [heading] ... De Chileense
            # president vroeg daar om ..."); and on in the paragraph right after a list of that day's outcomes
        if pub is not None and found:
            day = next((iv for iv in reversed(found) if iv.precision == "day" and iv.start == iv.end and iv.end <= pub.end
                        and (pub.precision == "month" and (pub.start - iv.start).days <= _STORY_DAYS
                             or pub.precision == "day" and _STORY_DAYS < (pub.start - iv.start).days <= _LOOKED_BACK_DAYS)
                        and not _anterior(s.text, iv) and not _in_relative(s.text, iv, _background_relatives())), None)
            month_day = (day, story[i]) if day is not None else None
            asked = False
        own = [iv for iv in found if not _background_date(s.text, iv, trigs)] if found else found
        if own or (flashback_date is not None and flashback_date[1] != para):  # (not "Zij is de zus van X, die in 2014
            flashback_date = (own[0], para) if len({(iv.start, iv.end) for iv in own}) == 1 and (  # werd veroordeeld":
                (flashback and own[0].precision in ("day", "week")) or _past_month(s.text, own[0], pub, tense)) else None
            # (that noun's date, no new time; one day named twice is one: "Twee dagen eerder, dinsdag in Rome: ...")
        new = _narrative(pub, found, narrative, lambda iv: not _anterior(s.text, iv) and not _in_relative(
            s.text, iv, _background_relatives()) and not _before_event(iv.text)  # "Een dag voor de top ...": an aside
            and not (iv.offset < (_said_after_opening(s.text) or 0))  # "Na zijn top ..., vrijdag, zegt hij": before now
            and not _span_end(s.text, iv)  # "Het overleg duurde tot gisteren": the end of what was told, no day of its own
            and not (_bare_relative().search(s.text, max(0, iv.offset - 80), max(iv.offset, 0))
                     and all(_in_bare_relative(s.text, t, iv) for t in trigs))  # "de officieren die vrijdag zijn
            # aangeklaagd": that noun's day, no comma before its clause, not the day of the report
            and not _content_words()[2].search(s.text, max(0, iv.offset - 20), max(iv.offset, 0)))
        # ("krijgen de rebellen vanaf vandaag de tijd": the start of a period to come, not a day the story is told on)
        if new is not narrative and not (flashback or _recalled(_first_words(dates.lowered(s.text)[0], _RECALL_WORDS + 1))):
            if narrative is None and story[i] <= 1:
                _date_lead(lead, new)  # "Canada en India hebben diplomaten uitgezet. ... maandag ..."
            narrative, narrative_para = new, story[i]
        source = "sentence"
        then_taken = False
        if ((not found or (tense == "past" and _deadlines_only(s.text, found)) or _aside_dates_only(s.text, found)) and i
                and (anaphor := rules.cues()["time_anaphors"].search(rules.lower(s.text)))
                and not _anaphor_of_own_event(s.text, anaphor, trigs)):
            day = _WORDS.findall(anaphor.group(0))[-1] in _day_anaphor_nouns()
            found, source = _dated_before(i, dated, story, days=day) or _dated_before(i, dated, story), "context"
            then_taken = _WORDS.findall(anaphor.group(0))[-1] in rules.cues()["elsewhen"]  # 'toen', 'destijds' ...
            found = _the_day_named(anaphor.group(0), found)  # "uiterlijk 10 maart ... Op diezelfde dag ..."
            if tense == "past" and pub is not None:
                found = _weekday_of_past_plan(found, pub)  # "zou zaterdag komen. Die ochtend dreigde hij ...": last Saturday
                found = [iv for iv in found if iv.start <= pub.end]  # "... brengt later dit jaar een bezoek. Op dezelfde
                # dag bracht ...": a plan's time to come is no time of a past act
            # ("Beide landen tekenden toen ...")
            if not found and narrative is not None:
                found = [narrative]  # "Eerder op de dag had Blinken overleg": the day the story is about
        elif (not found and i and tense == "past" and paras[i - 1] == para and dated[i - 1]
              and rules.cues()["place_anaphors"].search(rules.lower(s.text))):
            found, source = dated[i - 1], "context"  # "... dineerde in Rabat met de koning. Ze spraken daar ... af"
            # (in the past only: "De top begint morgen. Nog voor de opening zullen ze daar tekenen" is not that day)
        elif (not found and i and tense == "past" and pub is not None and _reaction_opener().match(s.text)
              and (reacted := _reaction_after_flashback(_dated_before(i, dated, story), pub))):
            found, source = reacted, "context"  # "De VS maakten op 6 december ... bekend. ... Peking reageerde fel."
        elif not found and i and pub is not None and _since_then() in tokens:
            found, source = _since_then_period(s.text, _dated_before(i, dated, story), pub), "context"
        elif not found and item is not None:
            found, source = [Interval(item.start, item.end, item.precision, item.text, -1, 0)], "context"
            # "9 juni\nGriekenland en Italië tekenen in Athene een verdrag": the day of its timeline heading
        elif not found and day_head is not None:
            found, source = [day_head], "context"  # "Maandag\nBiden bezoekt Londen.": the day of its weekday heading
        dated.append(found)
        told_here.append([] if then_taken else found)
        if (i and len(found) == 1 and found[0].precision == "day" and paras[i - 1] == para
                and pub is not None and found[0].end <= pub.end
                and (_told_after().match(dates.lowered(s.text)[0]) or _told_after_object(s.text, found[0]))):
            for c in out:  # "Servië en Kosovo zijn het eens geworden. Dat heeft Borrell gisteravond bekendgemaakt."
                if c.sentence is sents[i - 1] and c.interval is None and c.status == "occurred":
                    c.interval, c.date_source = found[0], "context"
        if i and len(found) == 1 and pub is not None and found[0].start > pub.end and _scheduled_after().search(
                dates.lowered(s.text)[0]):
            for c in out:  # "... nieuwe gesprekken in Lima. Die staan gepland voor 3 juni."
                if c.sentence is sents[i - 1] and c.type in _MEETINGS and c.status != "negated":
                    c.status, c.interval, c.date_source = "planned", found[0], "context"
        if not trigs:
            if not found and i and dated[i - 1] and _pronoun_then_past(s.text):
                dated[i] = dated[i - 1]  # "Toen kwam de premier op tv. Dat was de wending. Hij bood ... aan": the chain
                # of pronouns goes on through a sentence that tells no event
            if i + 1 < len(sents):  # "Beide landen ..." for the next (`_group_members` looks for the words first)
                own = _codes(per_sentence[i])
                group = _group_members(i, s, own, per_sentence, sents, memo)
                if group:
                    resolved[i] = own + [c for c in group if c not in own]
            continue
        named_here = bool(_codes(per_sentence[i]))  # (asked twice below; the mentions do not change in the loop)
        shipped = [] if named_here else list(dict.fromkeys(
            c for t in trigs if t.rule.type == "delivery" or t.rule.goods_place
            for c in _shipped_between(s, t, per_sentence[i])))
        # "Het eerste Patriot-systeem uit Duitsland is in Oekraïne aangekomen": where goods went, not those told before
        codes, by_person = (shipped, False) if shipped else _sentence_actors(i, s, per_sentence, sents, trigs, resolved, memo)
        if (not shipped and not by_person and not named_here
                and all(t.rule.type == "summit" and (_previous_word(s.text, t.start) in _series_words() or _again(s.text, t))
                        for t in trigs)):
            codes = _last_summit_actors(out) or codes  # "De volgende top is volgend jaar in Den Haag": the summit's
        ahead = _counted_group_ahead(i, s, codes, per_sentence, sents, paras)  # "zes Afrikaanse landen ... Het gaat om ..."
        codes = codes + [c for c in ahead if c not in codes]
        if not codes:
            continue  # an event between nobody is no point on anyone's timeline
        pronoun = i and _starts_with_pronoun(s.text)
        if not found and (pronoun or (i and not flashback and paras[i - 1] == para and _subject_pronoun_early(s.text))):
            found, source = dated[i - 1], "context"  # "Die waarschuwden ...", "Gebeurt dat niet, dan dreigt hij ...":
            # the sentence before (not a day to come for a past sentence: "Het gaat zondag in. Het bestand werd
            # bekendgemaakt na ...")
            if tense == "past" and pub is not None and found and all(iv.start > pub.end or (
                    iv.end > pub.end and iv.precision in ("day", "week")) for iv in found):
                found = []  # (nor days that begin today and run on: "binnen enkele dagen")
            dated[i] = found  # "Op 18 februari spraken ... Het was het eerste overleg ... Ze spraken af ...": on
        elif (not found and i and tense == "past" and paras[i - 1] == para and not flashback and pub is not None
              and len(dated[i - 1]) == 1 and dated[i - 1][0].offset <= _OPENING_DATE
              and (pub.start - dated[i - 1][0].end).days > _HISTORY_DAYS):
            found, source = dated[i - 1], "context"  # "In februari 1972 was het zover. Nixon schudde in Peking ...":
            # a story of years ago, opened with its date, goes on in the past tense in its paragraph
        args = (told_in, s, trigs, tense, found, source, before, codes, per_sentence[i], para, by_person,
                None if flashback else narrative)
        evs = _made_again(made[i], args) if again and i in made else None  # (most sentences of a second making)
        if evs is None:
            evs = _sentence_events(*args)
            if not again and not any(c.more for c in evs):
                made[i] = (tuple(a[:] if type(a) is list else a for a in args),  # (as they were: lists change)
                           [(_CANDIDATE_VALUES(c), tuple(map(list.copy, _CANDIDATE_LIST_VALUES(c)))) for c in evs])
        if source == "context" and pub is not None and not (then_taken and tense == "past"):
            for c in evs:  # "Araghchi zei daarna ... Het Witte Huis sluit niet uit dat de gesprekken worden hervat": a plan
                if c.status == "planned" and c.interval is not None and c.interval.end < pub.start:  # is not dated by
                    c.interval, c.date_source = None, "publication"  # a past day carried from the sentence before
        if evs and "zelfde" in s.text and (same := _same_act().search(rules.lower(s.text))):
            evs = evs + _did_the_same(s, same, evs, per_sentence[i])
        if told_in is not article:
            for c in evs:  # undated: its stamp's day, not the publication's
                if c.interval is None and c.fallback is None:
                    c.fallback = Interval(pub.start, pub.end, "day")
        if (not found and i and tense == "future" and pub is not None and paras[i - 1] == para and len(dated[i - 1]) == 1
                and dated[i - 1][0].start > pub.end):
            for c in evs:  # "Zondag komt een Amerikaanse delegatie aan. De parlementariërs zullen met Lai spreken."
                if c.interval is None and c.status == "planned":
                    c.interval, c.date_source = dated[i - 1][0], "context"
        if pronoun and source == "sentence" and len(dated[i - 1]) == 1 and paras[i - 1] == para:
            for c in evs:  # "... hebben gisteren een verdrag ondertekend. Het was de eerste top van de AES, het pact
                if c.interval is None and c.status == "occurred":  # dat ze in september vorig jaar sloten": its date dates another
                    c.interval, c.date_source = dated[i - 1][0], "context"
        if before is not None and before is narrative and any(c.interval is before for c in evs):
            narrative_para = story[i]  # the story of that day goes on
        if narrative is None and story[i] == 0 and tense == "past":
            lead += [c for c in evs if c.interval is None and c.status == "occurred" and not flashback]
        out.extend(evs)
        if evs and not found:
            told_events[i] = [c.interval for c in evs if c.interval is not None]  # for "een dag voor de top"
    _date_at_summit_place(out)
    _date_at_visit_place(out)
    _date_at_the_summit(out)
    _parties_of_the_one_named_before(out)
    _parties_of_the_act_condemned(out)
    _parties_of_the_attack_condemned(out, sents, per_sentence)
    return out


def _made_again(record: tuple, args: tuple) -> list[Candidate] | None:
    """A sentence's events in a second making (`candidates`), from the values they had when the first making made
    them (before the loop dated or joined them further), when `_sentence_events` is asked with equal arguments
    again: the same values, with each argument's object of the first making (a date, a mention) replaced by the
    equal one of this making, so that identity (`c.interval is before`) means what it would. None when an argument
    differs, or two arguments are one object in one making and not in the other: then they are made anew."""
    was, values = record
    if was != args:
        return None
    old, new = _argument_objects(was), _argument_objects(args)
    if _aliasing(old) != _aliasing(new):
        return None
    swap = {id(x): y for x, y in zip(old, new) if x is not y}
    out = []
    for vs, lists in values:
        vs = [swap.get(id(v), v) for v in vs] if swap else list(vs)
        for k, v in zip(_CANDIDATE_LISTS, lists):
            vs[k] = v[:]
        out.append(Candidate(*vs))
    return out


def _argument_objects(args: tuple) -> list:
    """The objects among a call's arguments and in its list arguments, but for plain values (text, numbers)."""
    out = []
    for a in args:
        for o in (a if type(a) is list else (a,)):
            if o is not None and type(o) not in (str, int, bool, float):
                out.append(o)
    return out


def _aliasing(objects: list) -> list[int]:
    """For each object, the position where it first occurs: which of them are one object."""
    first: dict[int, int] = {}
    return [first.setdefault(id(o), k) for k, o in enumerate(objects)]


def _definite_noun(text: str, t: rules.Trigger) -> bool:
    """'In mei werd de overeenkomst verlengd': an agreement named by a noun after a definite determiner
    (status.toml anaphoric_determiners) refers to one told before."""
    return bool(_definite_before().search(text, max(0, t.start - 40), t.start))


@lru_cache(maxsize=1)
def _definite_before() -> re.Pattern:
    words = lexicon.load("status")["anaphoric_determiners"]
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, sorted(words)))})\s+{_adjectives()}$", re.IGNORECASE)


def _parties_of_the_one_named_before(cands: list[Candidate]) -> None:
    """'Rusland, Oekraïne, Turkije en de VN sloten de graandeal ... In mei werd de overeenkomst met twee
    maanden verlengd': an agreement named by a definite noun whose sentence names fewer than two parties takes
    the parties of the nearest agreement told before with at least two."""
    before: Candidate | None = None
    for c in cands:
        if c.type != "agreement":
            continue
        if c.definite and len(c.actors) < 2 and before is not None:
            c.actors.extend(a for a in before.actors if a not in c.actors)
            c.target.extend(a for a in before.actors if a not in c.target and a not in c.source)
        if len(c.actors) >= 2:
            before = c


def _parties_of_the_act_condemned(cands: list[Candidate]) -> None:
    """'Chili en Peru tekenden een akkoord. De Boliviaanse regering hekelde de ondertekening.': a
    condemnation that names only its author, aimed at an act named by a definite noun after the trigger
    (status.toml condemned_act_nouns), is aimed at the parties of the nearest such act told before in its paragraph
    or the one before, or else of the nearest told before it in the article (the definite noun points back to it)."""
    nouns = lexicon.load("status")["condemned_act_nouns"]
    for k, c in enumerate(cands):
        if c.type != "condemnation" or len(c.actors) != 1:
            continue
        at = c.sentence.text.find(c.trigger.split(" ... ")[-1])
        m = _CONDEMNED_ACT.search(c.sentence.text.lower(), max(at, 0))
        kind = nouns.get(m.group(1)) if m else None
        if kind is None:
            continue
        acts = [p for p in reversed(cands[:k]) if p.type == kind and p.sentence.start < c.sentence.start
                and set(p.actors) - set(c.actors)]
        act = next((p for p in acts if c.paragraph - p.paragraph <= 1), acts[0] if acts else None)
        if act is not None:
            c.actors.extend(a for a in act.actors if a not in c.actors)
            c.target.extend(a for a in act.actors if a not in c.target and a not in c.source)


def _parties_of_the_attack_condemned(cands: list[Candidate], sents: list[Sentence],
                                     per_sentence: list[list[Mention]]) -> None:
    """'Na de Chileense en Peruaanse beschietingen van ... Bolivia veroordeelde de beschietingen': a condemnation of attacks
    named by a definite noun (status.toml condemned_attack_nouns, also as the end of a compound), when it names no
    state besides its author, is aimed at the states whose adjectives came right before that noun where the article
    first named it with them."""
    nouns = lexicon.load("status")["condemned_attack_nouns"]
    members = actors.gazetteer().members
    for c in cands:
        if c.type != "condemnation" or c.status == "negated" or any(
                a not in c.source and a not in members and not any(a in members.get(o, ()) for o in c.actors)
                for a in c.actors):  # (a member of an organisation among them is of the author's side: the G7's chair)
            continue
        m = _attack_noun(tuple(nouns)).search(c.sentence.text.lower())
        if m is None:
            continue
        stem = next(n for n in sorted(nouns, key=len, reverse=True) if m.group(1).endswith(n))
        owners = _attack_owners(stem, c, sents, per_sentence) or _attack_verb_owners(c, sents, per_sentence)
        new = [a for a in owners if a not in c.actors]
        c.actors.extend(new)
        c.target.extend(a for a in new if a not in c.target)


@lru_cache(maxsize=1)
def _attack_noun(nouns: tuple) -> re.Pattern:
    return re.compile(rf"\b(?:de|het)\s+(?:[\w-]+\s+){{0,2}}?(\w*(?:{'|'.join(map(re.escape, nouns))}))\b")


def _attack_owners(stem: str, c: Candidate, sents: list[Sentence], per_sentence: list[list[Mention]]) -> list[str]:
    """The countries of the adjectives right before the first earlier mention of `stem` that has them ("de
    Chileense en Peruaanse beschietingen": CHL and PER)."""
    noun = re.compile(rf"\w*{re.escape(stem)}\b")
    for s, ms in zip(sents, per_sentence):
        if s.start >= c.sentence.start:
            return []
        for x in noun.finditer(s.text.lower()):
            at, codes = s.start + x.start(), []
            for mm in sorted((mm for mm in ms if mm.kind == "adjective" and mm.end <= at), key=lambda mm: -mm.start):
                if not _owner_patterns()[1].fullmatch(s.text[mm.end - s.start:at - s.start]):
                    break
                codes[:0] = [cd for cd in mm.codes if cd not in codes]
                at = mm.start
            if (codes and _owner_patterns()[0].search(s.text[:at - s.start])
                    and not x.group(0).startswith(tuple(lexicon.load("status")["counter_act_prefixes"]))):
                return codes  # (the attacks told, "de ... beschietingen", not a counter-attack or one feared)
    return []


def _attack_verb_owners(c: Candidate, sents: list[Sentence], per_sentence: list[list[Mention]]) -> list[str]:
    """The states at the head of the first earlier sentence that tells attacks by a verb (status.toml attack_verbs),
    named before its finite verb ("Chili en Peru hebben de kampen ... aangevallen": CHL and PER); none in a passive
    ("Peru werd door Chili aangevallen") or when the sentence opens otherwise."""
    st = lexicon.load("status")
    verbs, ends, passive = (frozenset(st[k]) for k in ("attack_verbs", "attack_subject_ends", "attack_passive_ends"))
    for s, ms in zip(sents, per_sentence):
        if s.start >= c.sentence.start:
            return []
        low = s.text.lower()
        if verbs.isdisjoint(_WORDS.findall(low)):
            continue
        fin = next((m for m in _WORDS.finditer(low) if m.group(0) in ends or m.group(0) in passive), None)
        if fin is None or fin.group(0) in passive:
            continue
        named = sorted((mm for mm in ms if mm.end - s.start <= fin.start() and not mm.literal_place), key=lambda mm: mm.start)
        if not named or len(_WORDS.findall(low[:named[0].start - s.start])) > 1:
            continue  # (the subject opens the sentence, after a determiner at most)
        return list(dict.fromkeys(cd for mm in named for cd in mm.codes))
    return []


@lru_cache(maxsize=1)
def _owner_patterns() -> tuple[re.Pattern, re.Pattern]:
    """The determiner before the adjectives of an attack's owners (status.toml attack_owner_determiners), and the gap
    between two of those adjectives: spaces, a comma or a word that joins a list (places.toml list_conjunctions)."""
    dets = "|".join(re.escape(w) for w in lexicon.load("status")["attack_owner_determiners"])
    joins = "|".join(re.escape(w) for w in lexicon.load("places")["list_conjunctions"])
    return (re.compile(rf"\b(?:{dets})\s+$", re.IGNORECASE),
            re.compile(rf"\s+|\s+(?:{joins})\s+|\s*,\s*"))


_CONDEMNED_ACT = re.compile(r"\b(?:de|het)\s+(?:[a-zà-ÿ]+e\s+)?([a-zà-ÿ]+)\b")


def _date_at_summit_place(cands: list[Candidate]) -> None:
    """'Duitsland en Frankrijk kondigden in Vilnius nieuwe pakketten aan' in a report of the NATO summit in
    Vilnius: an undated event told in the place of a dated summit of the article took place at it."""
    summits = {}
    for c in cands:
        if c.type == "summit" and c.location and c.interval is not None and c.status == "occurred":
            summits.setdefault(c.location, c)
    if not summits:
        return
    for c in cands:
        if (c.interval is None and c.location in summits and c.type != "summit" and c.status != "negated"
                and not c.undated):  # a plan whose sentence dates only its announcement is not dated by the place
            c.interval, c.date_source = summits[c.location].interval, "context"


def _date_at_visit_place(cands: list[Candidate]) -> None:
    """'De premier werd dinsdag in Lima ontvangen ... De premier drong er in Lima op aan dat ...': an undated act of
    another type told in the place of a visit the article dated by its own sentence took place during it."""
    visits = {}
    for c in cands:
        if (c.type == "talks" and c.location and c.interval is not None and c.status == "occurred"
                and c.date_source == "sentence"):
            visits.setdefault(c.location, c)
    if not visits:
        return
    for c in cands:
        if (c.interval is None and c.fallback is None and c.location in visits and c.type not in _MEETINGS
                and c.status == "occurred" and not c.undated and c.sentence.start > visits[c.location].sentence.start):
            c.interval, c.date_source = visits[c.location].interval, "context"


def _date_at_the_summit(cands: list[Candidate]) -> None:
    """'De minister maakte op de top bekend dat ...': an event told at 'de top' (status.toml at_the_summit) with no
    date of its own took place at the summit the article told first, on its day."""
    summit = next((c for c in cands if c.type == "summit" and c.status == "occurred" and c.interval is not None), None)
    if summit is None:
        return
    for c in cands:
        if (c.type != "summit" and c.status != "negated" and not c.undated and c.date_source != "sentence"
                and c.sentence.start > summit.sentence.start and _at_the_summit().search(c.sentence.text)):
            c.interval, c.date_source = summit.interval, "context"


@lru_cache(maxsize=1)
def _at_the_summit() -> re.Pattern:
    return re.compile(lexicon.load("status")["at_the_summit"], re.IGNORECASE)


_MIN_STAMPS = 2  # a news line or live blog dates its items by lines of a full date alone; one such line is no line


def _stamps(text: str, pub: PubDate) -> list[tuple[int, PubDate]]:
    """'11 mei 2025, 01.05 uur' on a line of its own, twice or more: where each stamp stands and its day, which
    the items after it are told on ("Gisteren eisten ...": the day before that stamp, not before publication)."""
    if "\n" not in text:
        return []
    found = []
    for m in _stamp_line().finditer(text):
        iv = dates.resolve(m.group(1), pub)
        if iv is not None and iv.start == iv.end and iv.start <= pub.end:
            found.append((m.start(), PubDate(iv.start, iv.start, "day")))
    if len(found) >= _MIN_STAMPS:
        return found
    clocks = [m.start() for m in _CLOCK_ITEM.finditer(text)]  # "04.10 - Trump en Moon hebben ... gesproken": the
    # alerts or headlines of one day, each an item of its own told that day, no day carried over from the one before
    return [(at, PubDate(pub.start, pub.end, pub.precision)) for at in clocks] if len(clocks) >= _MIN_STAMPS else []


_CLOCK_ITEM = re.compile(r"(?m)^[ \t]*\d{1,2}[.:]\d{2}(?:\s+uur)?[ \t]*[-\u2013\u2014|][ \t]+(?=\w)")  # "04.10 - ..."


@lru_cache(maxsize=1)
def _stamp_line() -> re.Pattern:
    """'11 mei 2025, 01.05 uur', or a day and month without the year but with the clock time, after a weekday or
    not ('Woensdag 19 september, 23.40 uur', a blog's entry): a time says it is a stamp, not a timeline's heading."""
    cal = lexicon.load("calendar")
    months, days = "|".join(map(re.escape, cal["months"])), "|".join(cal["weekdays"])
    clock = r"\d{1,2}[.:]\d{2}(?:\s+uur)?"
    date = rf"\d{{1,2}}\s+(?:{months})"
    return re.compile(rf"(?m)^[ \t]*(?:(?:{days}),?\s+)?(?={date}(?:\s+\d{{4}}|,?\s+{clock}))({date}(?:\s+\d{{4}})?)"
                      rf"(?:,?\s+{clock})?,?[ \t]*$", re.IGNORECASE)


def _is_question(text: str) -> bool:
    """'Wie bemiddelt er?', 'Gelooft u dat die ontmoeting er komt?': a question asserts no event
    (a question heading, an interviewer's question); the answer tells what happened."""
    return text.rstrip().endswith("?")


def _ahead(iv: Interval, pub) -> Interval:
    """A planned meeting dated by an expression that the past tense of its sentence put before the
    publication ("nodigde hen uit voor een ontmoeting half maart"): the same expression ahead,
    when it can lie ahead at all (not "gisteren", "vorige week" or "maart 2022")."""
    ahead = next(iter(dates.find(iv.text, pub, "future")), None)
    if ahead is None or ahead.start < pub.start:
        return iv
    return Interval(ahead.start, ahead.end, ahead.precision, iv.text, iv.offset, iv.length)


def _planned_own_date(s: Sentence, t: rules.Trigger, iv: Interval, found: list[Interval], trigs, pub) -> Interval | None:
    """The date of a meeting planned in a past sentence whose date lies before the publication. A date told
    after a word that opens what was planned ("nodigde hen uit voor een ontmoeting half maart", "zei dat hij in
    december naar Peking reist") is the meeting's own, and lies ahead when it can (`_ahead`); one told before
    ("zei zaterdag dat hij ... wil ontmoeten", "had op 8 november aanbevolen de onderhandelingen te openen",
    "nodigde hen in mei uit voor de top") dates the announcing verb: then another date of the meeting in the
    sentence, or none (never the announcement's day moved ahead)."""
    if _in_plan(s.text, t, iv):
        return _ahead(iv, pub)
    own = [x for x in found if x is not iv and _in_plan(s.text, t, x)]
    other = _date_for(s, t, own, trigs) if own else None
    if other is None:
        return None
    return _ahead(other, pub) if other.end < pub.start else other


def _in_plan(text: str, t: rules.Trigger, iv: Interval) -> bool:
    """Whether a date stands in what a past sentence tells as planned: after a word that opens it (status.toml
    `plan_openers` anywhere before the date, not as the sentence's first word), or after the trigger when that is
    the meeting ("aanbevolen de onderhandelingen in maart te openen"; when it is the past verb that announced it,
    "nodigde hen in mei uit voor de top", only after `plan_after_trigger_openers`: "nodigde hen uit voor een
    ontmoeting half maart"); and not in a reporting clause after it ("..., zei hij maandag")."""
    openers, after_trigger = _plan_openers()
    words = list(_WORDS.finditer(text, 0, max(iv.offset, 0)))
    if not any(k and m.group(0).lower() in openers for k, m in enumerate(words)) and not (
            iv.offset >= t.end and (dates.tense_of(t.text.split()[0]) != "past" or any(
                m.start() >= t.end and m.group(0).lower() in after_trigger for m in words))):
        return False
    say = _reporting_clause(text)
    return say is None or iv.offset < say


@lru_cache(maxsize=1)
def _plan_openers() -> tuple[frozenset[str], frozenset[str]]:
    st = lexicon.load("status")
    return frozenset(st["plan_openers"]), frozenset(st["plan_after_trigger_openers"])


def _past_month(text: str, iv: Interval, pub, tense: str | None) -> bool:
    """'De doorbraak kwam in juli in Vilnius. Op de avond voor de top zaten ...': a month told in
    the past, before the publication's, goes on in the undated sentences of its paragraph (not one
    in a relative clause: "Zelensky, die in mei werd beëdigd, ...")."""
    if tense != "past" or iv.precision != "month" or pub is None or iv.end >= pub.start:
        return False
    head = re.split(r"[,;:]", text, maxsplit=1)[0]
    that = next((m.start() for m in _WORDS.finditer(head) if m.group(0).lower() in rules.cues()["complementizers"]), None)
    head = head[:that] if that is not None else head
    if head != text and dates.tense_of(head) == "present":
        return False  # "Iran zegt dat de aanval een vergelding was voor ..., begin april": said now
    return not _in_relative(text, iv, rules.cues()["relative"])


def _in_relative(text: str, iv: Interval, words) -> bool:
    """Whether a date lies in a relative clause after a comma opened by one of `words`."""
    clause = _CLAUSE_MARK.split(text[:max(iv.offset, 0)])
    first = _WORDS.match(clause[-1].strip().lower()) if len(clause) > 1 else None
    return bool(first) and first.group(0) in words


def _background_date(text: str, iv: Interval, trigs) -> bool:
    """A date in a relative clause about a person or thing ("Zij is de zus van X, die in 2014 werd veroordeeld"),
    not one about the event a trigger right before the clause names ("De gesprekken, die dinsdag begonnen, ...")."""
    if not _in_relative(text, iv, _background_relatives()):
        return False
    comma = max(text.rfind(",", 0, max(iv.offset, 0)), text.rfind(";", 0, max(iv.offset, 0)))
    return not any(t.end <= comma and not text[t.end:comma].strip() for t in trigs)


@lru_cache(maxsize=1)
def _background_relatives() -> frozenset[str]:
    """'... generaal Soleimani, die vrijdag bij een aanval omkwam': a date in a relative clause about a
    person or thing tells of that noun, not the day the report is about (status.toml)."""
    return frozenset(lexicon.load("status")["background_relative_words"])


def _anterior(text: str, iv: Interval) -> bool:
    """'... nadat Rusland vrijdag een resolutie had tegengehouden': a date in a clause of a time
    before the story's."""
    before = text[:max(iv.offset, 0)].lower()
    if not any(w in before for w in _anterior_words()):
        return False  # the cheap check first: most dates have no 'nadat' before them
    at = max((m.end() for m in _WORDS.finditer(before) if m.group(0) in _anterior_words()), default=None)
    return at is not None and not re.search(r"[,;:]", before[at:])


def _outside_anterior(s: Sentence, t: rules.Trigger, ms: list[Mention], codes: list[str]) -> list[str]:
    """'De strafmaatregelen werden donderdag aangekondigd, kort nadat de VS en Saoedi-Arabië de
    besprekingen hadden opgeschort': actors named only in a clause of an earlier time after the
    trigger take part in that clause's event, not in the trigger's (unless no other actor is left)."""
    low = dates.lowered(s.text)[0]
    if not any(low.find(w, t.end) >= 0 for w in _anterior_words()):
        return codes  # the cheap check first: most sentences have no 'nadat' after the trigger
    at = next((m.end() for m in _WORDS.finditer(low, t.end) if m.group(0) in _anterior_words()), None)
    if at is None:
        return codes
    later = {c for m in ms if m.start - s.start >= at for c in _codes([m])}
    earlier = {c for m in ms if m.start - s.start < at for c in _codes([m])}
    return [c for c in codes if c not in later or c in earlier]


def _outside_aside(s: Sentence, t: rules.Trigger, ms: list[Mention], codes: list[str]) -> list[str]:
    """'De milities, die met de Amerikanen tegen IS hadden gevochten, sloten een akkoord met Damascus': actors named only
    in a relative clause between commas, in the pluperfect, before the trigger, describe its subject's past; they take
    no part in the trigger's event (unless no other actor is left)."""
    aside = _aside_pluperfect().search(s.text, 0, t.start)
    if aside is None:
        return codes
    a, b = s.start + aside.start(), s.start + aside.end()
    inside = {c for m in ms if a <= m.start < b for c in _codes([m])}
    outside = {c for m in ms if not a <= m.start < b for c in _codes([m])}
    kept = [c for c in codes if c not in inside or c in outside]
    return kept or codes


def _before_follows(s: Sentence, t: rules.Trigger, ms: list[Mention], codes: list[str]) -> list[str]:
    """'De afspraken in Sotsji volgen op een bestand dat Pence met Erdogan had gesloten': a trigger before 'volgen op'
    (status.toml follows_on_phrases) names the later event; the actors named after the phrase are the earlier one's."""
    m = rules.cues()["follows_on"].search(rules.lower(s.text), t.end)
    if m is None:
        return codes
    after = {c for x in ms if x.start - s.start >= m.start() for c in _codes([x])}
    before = {c for x in ms if x.start - s.start < m.start() for c in _codes([x])}
    return [c for c in codes if c not in after or c in before]


@lru_cache(maxsize=1)
def _aside_pluperfect() -> re.Pattern:
    st = lexicon.load("status")
    rel, aux = "|".join(st["aside_relatives"]), "|".join(st["aside_auxiliaries"])
    return re.compile(rf",\s+(?:{rel})\s+[^,;:]{{1,160}}?\b(?:{aux})\b[^,;:]{{0,80}},", re.IGNORECASE)


_SUBJECT_RELATIVE = re.compile(r"^\W*((?:[\w'\u2019-]+\s+){0,4}?[\w'\u2019-]+),\s+(?:die|dat)\s+([^,;:]+),\s+\w")


def _outside_subject_relative(s: Sentence, t: rules.Trigger, ms: list[Mention], codes: list[str]) -> list[str]:
    """'Het buurland, dat de rebellen steunt, veroordeelde de aanval': the actors named only in a relative clause set off
    by commas right after the subject that opens the sentence are that subject's description, not parties to the act
    told after the clause (unless the subject itself names none)."""
    m = _SUBJECT_RELATIVE.match(s.text) if ", d" in s.text[:60] else None
    if m is None or t.start < m.end(2) + 1:
        return codes
    subject = {c for x in ms if x.start - s.start < m.end(1) for c in _codes([x])}
    if not subject:
        return codes
    inside = {c for x in ms if m.start(2) <= x.start - s.start < m.end(2) for c in _codes([x])}
    after = {c for x in ms if x.start - s.start >= m.end(2) for c in _codes([x])}
    return [c for c in codes if c not in inside or c in subject or c in after]


_RANGE_OF_EXAMPLES = re.compile(r",\s+van\s+[^,;:]+?\s+tot\s+[^;:]+?[.!?]?\s*$")


def _outside_range_of_examples(s: Sentence, t: rules.Trigger, ms: list[Mention], codes: list[str]) -> list[str]:
    """'..., van Portugal en Spanje tot Finland en Estland.': a range 'van ... tot ...' set off by a comma at the end of the
    sentence, after the trigger, gives examples of a group named before it; the countries named only there are no
    parties (unless no other actor is left)."""
    m = _RANGE_OF_EXAMPLES.search(s.text) if " tot " in s.text else None
    if m is None or m.start() < t.end:
        return codes
    inside = {c for x in ms if x.start - s.start >= m.start() for c in _codes([x])}
    before = {c for x in ms if x.start - s.start < m.start() for c in _codes([x])}
    kept = [c for c in codes if c not in inside or c in before]
    return kept or codes


def _own_named_clause(s: Sentence, t: rules.Trigger, trigs, ms: list[Mention], codes: list[str]) -> list[str]:
    """'Jordanië hekelde de razzia, en Koeweit haalde zijn gezant terug': a trigger in a main clause of its
    own, opened by a coordinator and a named subject after another trigger, takes the actors named from that
    coordinator on (those before it are the first event's), when that clause names any."""
    prev = max((o.end for o in trigs if o is not t and o.end <= t.start), default=None)
    if prev is None or not codes:
        return codes
    at = rules.named_clause_start(s.text, prev, t.end)
    if at is None:
        return codes
    later = {c for m in ms if m.start - s.start >= at for c in _codes([m])}
    own = [c for c in codes if c in later]
    return own or codes


def _anterior_after(text: str, trig: rules.Trigger, iv: Interval) -> bool:
    """'De ontmoeting kwam tot stand nadat Trump zaterdag had voorgesteld ...': a date in a clause of
    an earlier time after the trigger dates that clause, not the trigger."""
    if iv.offset < trig.end:
        return False
    between = text[trig.end:iv.offset].lower()
    at = max((m.end() for m in _WORDS.finditer(between) if m.group(0) in _anterior_words()), default=None)
    return at is not None and not re.search(r"[,;:]", between[at:])


@lru_cache(maxsize=1)
def _anterior_words() -> frozenset[str]:
    return frozenset(lexicon.load("status")["anterior_words"])


def _date_lead(lead: list[Candidate], day: Interval) -> None:
    """The lead of a report tells what happened without the day; the first day of the story, given
    in the lead's paragraph or the next, is the day of the undated past events told before it."""
    for c in lead:
        if c.interval is None:
            c.interval, c.date_source = day, "context"
    lead.clear()


def _sentence_actors(i: int, s: Sentence, per_sentence, sents, trigs=(), resolved=None,
                     memo: dict | None = None) -> tuple[list[str], bool]:
    """The actors of a sentence, and whether a pronoun subject took a person's actors from before
    (`resolved`: the actors of earlier groups, filled in here; `memo`: per article, what
    `_group_members` keeps)."""
    codes = _codes(per_sentence[i])
    main = _before_topic(s, per_sentence[i], codes)
    group = _group_members(i, s, main, per_sentence, sents, memo)
    if group and main is not codes:  # "De twee presidenten praatten over Bolivia en over Ecuador": the topics are
        codes = main  # no parties, and they do not stand for the two
    if group:  # "beide landen", "de drie landen": the countries the article has named most
        group = _as_organisation(group, codes, per_sentence, i)  # "de vijf leiders" of BRICS, named before
        if resolved is not None:
            resolved[i] = codes + [c for c in group if c not in codes]  # for the sentences after it
        return codes + [c for c in group if c not in codes], False
    words = dates.lowered(s.text)[0].split(None, 5)[:5]  # the first five words are all that is read
    subjects = rules.cues()["subjects"]
    pronoun = _starts_with_pronoun(s.text) or not subjects.isdisjoint(words[:4]) or any(
        _word_after(s.text, t.end) in subjects for t in trigs) or _title_subject(s.text, words) or (  # "..., waarschuwde hij"
        codes and _inverted_pronoun(s.text, subjects))  # "Ook met de Japanse premier sloot hij een akkoord"
    if not codes or pronoun:
        plural = pronoun and _plural_subject(words[:5])  # "Ze kwamen overeen": all named before
        more, person = _context_actors(i, per_sentence, sents, pronoun and not plural, resolved)
        if not person:
            more = _as_organisation(more, codes, per_sentence, i)  # "op de top in Johannesburg" after BRICS's members
        if plural and resolved is not None and more:
            resolved[i] = codes + [c for c in more if c not in codes]  # "Ze sloten ... Ze beschuldigen ...": the same
        return codes + [c for c in more if c not in codes], person
    return codes, False


_TOPIC = re.compile(r"^\W*(?:[\w-]+\s+){0,2}?(?:de|beide)\s+(?:[\w-]+\s+){0,2}?(?:leiders|presidenten|premiers|ministers|"
                    r"regeringsleiders|staatshoofden)\s+(?:[\w-]+\s+){0,3}?over\s", re.IGNORECASE)


def _before_topic(s: Sentence, ms: list[Mention], codes: list[str]) -> list[str]:
    """'De twee presidenten praatten lang over Bolivia en over Ecuador': a sentence that opens with
    a group of people (after up to two words: "Daarna praatten de twee presidenten lang over ...") and a verb with 'over'
    after it names its topics there; the codes named before that 'over' (the
    list itself when there is no such opening)."""
    m = _TOPIC.match(s.text)
    if not m or not codes:
        return codes
    at = s.start + m.end()
    return _codes([x for x in ms if x.start < at])


def _inverted_pronoun(text: str, subjects: frozenset[str]) -> bool:
    """'Ook met de Japanse premier Kishida sloot hij een akkoord': a subject pronoun right after a past verb
    (the subject after the verb, a phrase put first), further on than the first words; not after a copula
    (status.toml inversion_copulas: "Na een gesprek met Biden was hij tevreden" tells a state, and taking the
    person there joined the corpus's talks with Biden to the summit told before), nor after a coordinator and
    the verb ("veroordeelden de ministers ... en spraken ze af": the subject is the one named before in it)."""
    low = dates.lowered(text)[0]
    if subjects.isdisjoint(low.split()):
        return False  # (the cheap check first)
    toks, copulas, joins = _WORDS.findall(low), _copulas(), rules.cues()["coordinators"]
    passive = lexicon.load("status")["inversion_passive_auxiliaries"]
    return any(w in subjects and k and dates.is_past_form(toks[k - 1]) and (toks[k - 1] not in copulas or (
        toks[k - 1] in passive and bool(toks) and dates.words().participle.match(toks[-1]) is not None))
               and (k < 2 or toks[k - 2] not in joins) for k, w in enumerate(toks))  # "werd hij ... ontvangen": passive


@lru_cache(maxsize=1)
def _copulas() -> frozenset[str]:
    return frozenset(lexicon.load("status")["inversion_copulas"])


def _title_subject(text: str, words: list[str]) -> bool:
    """'De premier sprak er met Zelensky', 'Daarna zei de president ...': an office without its country or
    name (status.toml subject_titles) right after 'de' among the first words is the person named before."""
    titles = rules.cues()["subject_titles"]
    article, pattern = _title_subject_pattern()
    if article not in words[:4] or titles.isdisjoint(w.strip(",.;:") for w in words[1:5]):
        return False  # the cheap check first
    m = pattern.search(text[:60])
    return bool(m) and m.group(1).lower() in titles and not m.group(2)


@lru_cache(maxsize=1)
def _title_subject_pattern() -> tuple[str, re.Pattern]:
    """The article before an office said as the subject, and the pattern of the two (status.toml)."""
    st = lexicon.load("status")
    article, of = st["subject_title_article"], st["subject_title_of"]
    first = f"[{re.escape(article[0].upper())}{re.escape(article[0])}]{re.escape(article[1:])}"
    return article, re.compile(rf"(?:^|\s){first} ([\w-]+)(?=[\s,;:])( {re.escape(of)}\b| [A-Z])?")


_MEMBERS_AS_ORGANISATION = 3  # at least this many countries, and at least half of the organisation's members
_PACT_SIZE = 3  # an organisation of so few (AUKUS, the AES) is named by its members: "de drie landen" are those


def _as_organisation(taken: list[str], own: list[str], per_sentence: list[list[Mention]], i: int) -> list[str]:
    """Actors a sentence takes from before (a group it names, or the sentences before it) that are three or
    more countries, all members of an organisation the article named up to here and at least half of them,
    stand for that organisation ("Egypte, Ethiopië, Iran en de VAE sloten zich aan bij de BRICS ... Het
    besluit viel op de top in Johannesburg", "nodigden de vijf leiders zes landen uit": BRICS); the
    organisation with the fewest members of those that fit. Not a pact of three (AUKUS): its members act."""
    g = actors.gazetteer()
    countries = [c for c in taken if c not in own and g.kinds.get(c) == "country"]
    if len(countries) < _MEMBERS_AS_ORGANISATION:
        return taken
    named = {c for ms in per_sentence[:i + 1] for mt in ms for c in mt.codes if g.members.get(c)}
    fits = [o for o in named if len(g.members[o]) > _PACT_SIZE and set(countries) <= set(g.members[o])
            and 2 * len(countries) >= len(g.members[o])]
    if not fits:
        return taken
    org = min(fits, key=lambda o: (len(g.members[o]), o))
    return [org] + [c for c in taken if c not in countries and c != org]


@lru_cache(maxsize=1)
def _series_words() -> frozenset[str]:
    return frozenset(lexicon.load("status")["series_words"])


@lru_cache(maxsize=1)
def _again_words() -> frozenset[str]:
    return frozenset(lexicon.load("status")["again_words"])


def _again(text: str, trig) -> bool:
    """'De leiders komen begin volgend jaar opnieuw bijeen': a meeting held again, in its clause (status.toml again_words)."""
    cs, ce = trig.clause
    return not _again_words().isdisjoint(w.lower() for w in re.findall(r"\w+", text[cs:ce]))


def _previous_word(text: str, at: int) -> str:
    m = _word_before().search(text, max(0, at - 40), at)
    return m.group(1).lower() if m else ""


def _word_after(text: str, at: int) -> str:
    m = _NEXT_WORD.match(text, at)
    return m.group(1).lower() if m else ""


_NEXT_WORD = re.compile(r"\s+(\w+)")


def _plural_subject(words: list[str]) -> bool:
    """'Ze kwamen overeen', 'Daar spraken zij af': a plural pronoun (places.toml) next to a verb in
    the plural (the infinitive ending, tense.toml) stands for everyone named before, not one person."""
    plural, ending = _plural_pronouns(), dates.words().morphology["infinitive_ending"]
    words = [w.strip('",.;:“”\'') for w in words]
    verb = [len(w) > 3 and w.endswith(ending) for w in words]
    return any(w in plural and ((k and verb[k - 1]) or (k + 1 < len(words) and verb[k + 1]))
               for k, w in enumerate(words))


def _talks_span(text: str, t: rules.Trigger, iv: Interval) -> Interval:
    """Talks named with how long they lasted and ended on the day told ("na twee dagen overleg", "aan het slot van een
    week vredesgesprekken"; status.toml talks_span_before): the days from their first to that last one."""
    m = _talks_span_before().search(text, max(0, t.start - 60), t.start)
    if m is None:
        return iv
    w = dates.words()
    n = m.group("n").lower()
    count = int(n) if n.isdigit() else w.numbers.get(n)
    if not count or count > 31:
        return iv
    week = m.group("unit").startswith("we")  # (a week of talks runs from a Thursday to the next)
    start = iv.end - dt.timedelta(days=count * 7 if week else count - 1)
    return Interval(start, iv.end, dates._span_precision(start, iv.end), iv.text, iv.offset, iv.length)


@lru_cache(maxsize=1)
def _talks_span_before() -> re.Pattern:
    return re.compile(lexicon.load("status")["talks_span_before"], re.IGNORECASE)


@lru_cache(maxsize=1)
def _plural_pronouns() -> frozenset[str]:
    return frozenset(lexicon.load("places").get("plural_pronouns", []))


def _sentence_events(article, s, trigs, tense, found, source, narrative, codes, ms, paragraph,
                     by_person=False, story_day=None) -> list[Candidate]:
    pub = article.published
    out: list[Candidate] = []
    seen: set = set()  # event types taken, and (type, start, end) of their dates
    taken: dict[str, rules.Trigger] = {}  # the first trigger of each event type taken
    location, people = None, list(dict.fromkeys(m.person for m in ms if m.person))
    for t in trigs:
        if rules.is_conditional(s.text, t) or _embedded(t, trigs, s.text) or _hoped(s.text, t) or _optional(s.text, t):
            continue
        if _purpose_of_summit(t, trigs, s.text) or _travel_to_summit(t, trigs, s.text):
            continue  # "kwamen in Parijs bijeen voor spoedoverleg", "reist naar Vilnius voor de NAVO-top": one event
        if t.rule.host_place == "required" and (not _abroad(s, t, ms) or any(
                o is not t and o.rule.type in _MEETINGS for o in trigs)):
            continue  # "De Franse president is in Parijs aangekomen": home, no visit; "arriveerde in Taipei en sprak
            # woensdag met ...": the arrival is part of the visit told
        if t.needs_person and not by_person and not any(m.person or m.kind == "role" for m in ms):
            continue  # "bezocht Poetin" is a visit; "bezocht het museum" is none; "wil hij ... bezoek brengen" one
        key = t.rule.type if t.rule.type != "summit" or "-" not in t.text else f"summit:{t.text.lower()}"
        if not rules.cues()["own_event"].isdisjoint(t.text.lower().split()):
            key = f"{key}:own"  # "Iran sprak van piraterij en ontbood de Britse ambassadeur": the summoning apart
        elif key in seen and _response_before(s.text, t):
            key = f"{key}:response"  # "...; Moskou antwoordde met de uitzetting van twee Tsjechen": the answer apart
        # several summits in one sentence only when named apart ("de NAVO-top en de EU-top"); "ontvangt
        # ... voor een top" is one
        iv, src = _date_for(s, t, _said_when(s.text, t, found, pub), trigs), source
        if iv is not None and pub is not None and t.rule.type in _since_start_types():
            iv = _since_start(iv, pub)  # "mag sinds 2019 niet aan China verkopen": the measure was taken in 2019
        earlier = _since_event(s.text, t)  # "sinds een ontmoeting": an earlier event (asked again below)
        if (key in seen and t.rule.type == "agreement" and (prev := taken.get(key)) is not None and prev.rule.id != t.rule.id
                and prev.clause != t.clause and rules.joins_new_verb(s.text, prev.end, t.start)):
            key = f"{key}:second"  # "tekenden akkoorden over koper, en gaven een verklaring uit": two documents
        if (key in seen and t.rule.type == "agreement" and (prev := taken.get(key)) is not None
                and _other_partner_object(s.text, prev, t)):
            key = f"{key}:partner"  # "tekenden een visserijverdrag met Noorwegen en een gasdeal met Qatar": two documents
        if key in seen and not _another_day(key, iv, seen, _conjunct(s.text, t) if source == "sentence" else None,
                                            s.text) and not earlier:
            continue  # one event per type, unless another day or an earlier one ("sinds een ontmoeting")
        taken.setdefault(key, t)
        seen.add(key)
        seen.add((key, t.clause))
        if iv is not None:
            seen.add((key, iv.start, iv.end))
        st = rules.status(s.text, t, _reported_clause_tense(s.text, t, tense))
        if iv is None and narrative is not None and st == "occurred" and (tense == "past" or _past_trigger(t)):
            iv, src = narrative, "context"
        if st == "occurred" and iv and pub and (iv.start > pub.end or (
                pub.precision == "month" and iv.end > pub.end and iv.start > pub.start) or (
                pub.precision == "day" and iv.start == pub.start and iv.end > pub.end and t.rule.type in _MEETINGS
                and not _past_trigger(t))):  # "... dat hun onderhandelaars voor het eind van het jaar verder praten"
            st = "planned"
        elif (st == "occurred" and iv and pub and tense in ("present", "future") and t.rule.type in ("talks", "summit")
              and not rules.under_way(rules.lower(s.text), t)
              and pub.precision in ("day", "month") and (iv.start >= pub.start or (iv.end > pub.end and iv.precision in _AHEAD_PERIODS
                                                and not _reported_since_when(s.text, t) and not _noun_trigger(s.text, t)))
              and not earlier and rules.cues()["unannounced"].isdisjoint(_WORDS.findall(rules.lower(s.text)[slice(*t.clause)]))
              and not (t.clause[0] > 0 and dates.tense_of(s.text[t.clause[0]:t.clause[1]]) == "past")):
            st = "planned"  # "De ministers overleggen vandaag" (or "dinsdag" in a month), "Dit voorjaar reist ...": announced
            # (not when the trigger's own later clause is past: "We gaan naar Rome, waar hij vandaag is ontvangen")
            # (not a surprise visit: "Vandaag: het verrassingsbezoek van ... aan Kyiv" is the news of it)
        elif (st == "occurred" and iv and pub and tense == "past" and t.rule.type in _MEETINGS and pub.precision == "day"
              and iv.start >= pub.start and src == "sentence" and not _past_trigger(t) and not _noun_trigger(s.text, t)
              and dates.tense_of(s.text[t.clause[0]:t.clause[1]]) == "present" and not _perfect_over_apposition(s.text, t)):
            st = "planned"  # "Gisteren tekende hij ..., en vanavond wordt hij in Lissabon verwacht, waar hij ... ontmoet"
        if (st == "planned" and t.rule.present_is_planned and tense == "present" and iv is not None
                and src == "sentence" and pub and iv.end < pub.start
                and rules.status(s.text, t, "past") == "occurred"):
            st = "occurred"  # "De gesprekken volgen op een top in maart": the present tells no plan of a past date
        if (st == "planned" and tense in ("present", "future") and pub and (iv is None or iv.end < pub.start)
                and _past_chronology_item(article.text, s, iv, pub)  # ("worden" is also a future)
                and rules.status(s.text, t, "past", historical=True) == "occurred"):
            st = "occurred"  # "- 17 oktober 2019: Johnson en de EU worden het eens ...": a chronology's present is historical
        undated = False
        if (st == "planned" and t.rule.type in _MEETINGS and iv is not None and src == "sentence" and pub
                and iv.end < pub.start and tense == "past"):
            iv = _planned_own_date(s, t, iv, found, trigs, pub)  # "nodigde hen uit voor een ontmoeting half maart":
            undated = iv is None  # the coming March; "zei zaterdag dat hij hen wil ontmoeten": no date of the meeting
        if (st == "occurred" and t.rule.type == "talks" and iv is not None and src == "sentence" and pub
                and iv.end < pub.start and (pub.start - iv.start).days <= _BEGAN_REACH_DAYS
                and _began(s.text, t)):  # "De slotronde van de onderhandelingen begon eind juni"
            iv = Interval(iv.start, pub.end, dates._span_precision(iv.start, pub.end), iv.text, iv.offset, iv.length)
        if st == "planned" and rules.unfulfilled(s.text, t):
            st = "negated"  # "..., waarna sancties zouden volgen, verstreek zonder dat ...": never came
        if (iv is not None and iv.precision == "day" and iv.start == iv.end and t.rule.type in _MEETINGS
                and (days := _days_ended(s.text, t))):
            start = iv.start - dt.timedelta(days=days - 1)  # "vertrok woensdag na een bezoek van drie dagen": Monday on
            iv = Interval(start, iv.end, dates._span_precision(start, iv.end), iv.text, iv.offset, iv.length)
        elif iv is not None and t.rule.type == "talks" and iv.start == iv.end:
            iv = _talks_span(s.text, t, iv)  # "na twee dagen overleg", donderdag: from Wednesday to Thursday
        mine = _own_named_clause(s, t, trigs, ms, _outside_range_of_examples(s, t, ms, _outside_subject_relative(
            s, t, ms, _outside_aside(s, t, ms, _outside_anterior(s, t, ms, codes)))))
        mine = _before_follows(s, t, ms, mine)
        anaphoric = _back_reference(s.text, t, earlier)
        spare = [] if mine or not anaphoric else codes
        mine = mine or ([] if spare else codes)  # "De strafmaatregelen werden ..., kort nadat de VS ...": those told before
        named = _codes(m for m in ms if m.start - s.start < t.start) or _subject_after(s, t, ms)
        before = named or codes[:1]
        hosts = [c for c in (_abroad(s, t, ms) if t.rule.host_place == "required" else _hosts(s, t, ms))
                 if c not in codes] if t.rule.host_place else []
        if t.rule.type == "delivery" or t.rule.goods_place:
            hosts += [c for c in _shipped_between(s, t, ms) if c not in codes and c not in hosts]
        if location is None:
            location = _location(s, ms, actors.gazetteer())
        held_in = [c for c in _summit_host(s, t, ms, codes) if c not in codes] if t.rule.type == "summit" else []
        if t.rule.type == "summit" and (orgs := _summit_as_setting(s, t, ms, mine)):
            mine, hosts, before = orgs, [], orgs  # "Op de NAVO-top in Brussel beschuldigde Trump Duitsland ...": NATO's
        out.append(Candidate(
            type=t.rule.type, cameo=t.rule.cameo, rule=t.rule.id, trigger=t.text, status=st, sentence=s,
            paragraph=paragraph, actors=[*mine, *hosts], source=before, target=[c for c in [*mine, *hosts] if c not in before],
            people=list(people), location=_own_place(s.text, t, location) if t.rule.type == "summit" and location else location,
            interval=iv, date_source=src if iv else "publication",
            anaphoric=anaphoric, agent=named, earlier=earlier, spare=spare, hosts=held_in,
            described=bool(_description().match(rules.lower(s.text).lstrip(_QUOTES_OPEN))), undated=undated,
            definite=_definite_noun(s.text, t),
            fallback=Interval(story_day.start, pub.end, "day") if iv is None and st == "occurred"
            and _reported_since(pub, story_day, tense) else (  # "India zet diplomaten uit": that day or the next
                narrative if iv is None and narrative is not None and st == "planned" and tense == "past"
                and t.rule.type not in _MEETINGS else None)))  # "maakte tijdens het bezoek een steunpakket bekend":
    # a pledge is dated by its announcement, the day the story is about, unless something dates it better (a
    # summit at its place, a mention it joins)
    return out


_PLACE_AFTER = re.compile(r"\s+in\s+([A-Z\u00c0-\u00de][\w-]+(?:\s+[A-Z\u00c0-\u00de][\w-]+)?)")


def _own_place(text: str, t: rules.Trigger, location: str) -> str:
    """'Trump is in Seoul, waar hij gisteravond aankwam na de G20-top in Osaka': a summit named with its own place
    right after it ("de G20-top in Osaka") was held there, not in the place the sentence tells first (`location`);
    a capital as `_location` writes it ("Vilnius, LTU"), a place the lexicon does not know as it stands."""
    m = _PLACE_AFTER.match(text, t.end)
    if not m:
        return location
    g = actors.gazetteer()
    place = g.spellings.get(m.group(1).lower(), m.group(1))
    if location.split(",")[0] == place:
        return location
    kind, code = (g.terms.get(m.group(1)) or [("", "")])[0]
    return f"{place}, {code}" if kind == "capital" else place


def _days_ended(text: str, t: rules.Trigger) -> int:
    """'na een staatsbezoek van drie dagen', 'sloot zijn driedaagse staatsbezoek af': the days of a meeting whose end
    the sentence dates (0: none told)."""
    low = rules.lower(text)
    if "daags" in low:
        a = _days_adjective().search(low, max(0, t.start - 30), t.start)
        if a and (_ended_before().search(low, max(0, a.start() - 30), a.start()) or not _meeting_end_words().isdisjoint(
                _WORDS.findall(low[slice(*t.clause)]))):
            return _day_count(a.group(1))
    m = _ended_after_days().search(low, t.start, t.end + 30) if "dagen" in text else None
    if not m or m.start() > t.end + 1 or not _ended_before().search(low, max(0, t.start - 30), t.start):
        return 0  # "kwam maandag aan voor een bezoek van twee dagen": the day it began, no end told
    return _day_count(m.group(1))


@lru_cache(maxsize=1)
def _days_adjective() -> re.Pattern:
    """A meeting's length as an adjective before it ("driedaagse", status.toml meeting_days_adjective)."""
    return re.compile(lexicon.load("status")["meeting_days_adjective"])


@lru_cache(maxsize=1)
def _meeting_end_words() -> frozenset[str]:
    return frozenset(lexicon.load("status")["meeting_days_ended_words"])


def _day_count(word: str) -> int:
    """A number of days from 2 to 14 from its word or digits (calendar.toml numbers), else 0."""
    n = lexicon.load("calendar")["numbers"].get(word)
    if not isinstance(n, int) and word.isdigit():
        n = int(word)
    return n if isinstance(n, int) and 1 < n < 15 else 0


@lru_cache(maxsize=1)
def _ended_before() -> re.Pattern:
    """The words before such a meeting that make its day the end ("na een staatsbezoek", status.toml)."""
    return re.compile(lexicon.load("status")["meeting_days_ended_before"])


@lru_cache(maxsize=1)
def _ended_after_days() -> re.Pattern:
    """The trigger's meeting followed by its length in days (status.toml `meeting_days`)."""
    return re.compile(lexicon.load("status")["meeting_days"])


_AHEAD_PERIODS = ("month", "quarter", "season", "year")  # a present meeting in one that goes on after publication lies ahead


def _reported_since_when(text: str, t: rules.Trigger) -> bool:
    """'Sinds oktober onderhandelen ...': an ongoing present (status.toml's ongoing words), not a plan."""
    return not rules.cues()["ongoing"].isdisjoint(_WORDS.findall(text[:t.end].lower()))


def _noun_trigger(text: str, t: rules.Trigger) -> bool:
    """'Het is het tweede bezoek van Rutte dit jaar': a trigger after a determiner (and up to two
    adjectives) is a noun, whose clause's present tense is a copula's, not a plan's."""
    return bool(_determiner_before().search(text, max(0, t.start - 40), t.start))


@lru_cache(maxsize=1)
def _determiner_before() -> re.Pattern:
    words = {*lexicon.load("status")["anaphoric_determiners"], *lexicon.load("places")["articles"],
             *lexicon.load("places")["object_fillers"]}
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, sorted(words)))})\s+{_adjectives()}$", re.IGNORECASE)


_REPORTED_WITHIN = 1  # days: a report of the day after its story tells what followed on that day or its own
_REPORTED_PAST_WITHIN = 2  # days: ... and in the past tense, also a report two days after it (the days between)


def _reported_since(pub, story_day: Interval | None, tense: str | None = None) -> bool:
    """Whether an undated event that happened may lie on the article's story day as well as on
    the publication day: the story is of the day(s) just before publication, and this sentence
    is too far from it, or in the present tense, to take that day itself. A past tense two days
    after the story ("maakte dat dinsdagavond bekend" in a Thursday paper, then "Rouhani verweet de
    VS ...") lies between that day and publication; a present one ("veroordeelt") is the news of the
    publication day."""
    reach = _REPORTED_PAST_WITHIN if tense == "past" else _REPORTED_WITHIN
    return (story_day is not None and pub is not None and pub.precision == "day"
            and 1 <= (pub.start - story_day.start).days <= reach)


def _said_when(text: str, t: rules.Trigger, found: list[Interval], pub) -> list[Interval]:
    """The dates that can date a speech act ('eist', 'waarschuwde'): not one in its content
    after the trigger that ends after the publication ("eist dat Oekraïne voor het eind van de
    maand ...": a deadline; "waarschuwde dat het hof in januari ...": what is threatened)."""
    openers, kinds, starts = _content_words()
    if pub is None or t.rule.type not in kinds or not found:
        return found
    return [iv for iv in found if not (iv.offset >= t.end and (iv.end > pub.end or _ahead_in_infinitive(text, t, iv, pub))
                                       and not openers.isdisjoint(_WORDS.findall(text[t.start:iv.offset].lower())[1:]))
            # "spraken af dat": its own 'dat' too
            and not starts.search(text, max(0, iv.offset - 20), iv.offset)]  # "met heffingen vanaf 1 augustus"


def _ahead_in_infinitive(text: str, t: rules.Trigger, iv: Interval, pub) -> bool:
    """'riep De Croo op om half juni naar de top te komen': a date in the 'om ... te' clause after a
    speech act is the step asked, offered or agreed, which lies ahead of the words even when the past
    of the sentence read it as the last June (when the expression can lie ahead at all)."""
    words = _WORDS.findall(text[t.end:iv.offset].lower())
    if rules.cues()["infinitive_openers"].isdisjoint(words):
        return False
    return _ahead(iv, pub).end > pub.end


@lru_cache(maxsize=1)
def _measure_start_types() -> frozenset[str]:
    """status.toml measure_start_types: measures whose start ('vanaf 1 augustus') is no date of their taking."""
    return frozenset(lexicon.load("status").get("measure_start_types", []))


@lru_cache(maxsize=1)
def _content_words() -> tuple[frozenset[str], frozenset[str], re.Pattern]:
    d = lexicon.load("status")
    starts = re.compile(r"(?i)(?<!\w)(?:" + "|".join(re.escape(w) for w in d["content_date_words"]) + r")\s+$")
    return frozenset(d["content_openers"]), frozenset(d["speech_event_types"]), starts


def _reported_clause_tense(text: str, t: rules.Trigger, tense: str | None) -> str | None:
    """'Macron zei dat Frankrijk meer granaten levert': the tense of the reported clause a delivery
    lies in decides whether it is a pledge, not the past of the verb of saying."""
    if tense != "past" or t.rule.type != "delivery" or not t.rule.present_is_planned or _past_trigger(t):
        return tense
    cs, ce = t.clause
    say = _reporting_clause(text)
    if say is not None and t.end <= say:  # "Canada levert munitie, maakte de regering bekend"
        own = dates.tense_of(text[cs:say])
        if own in ("present", "future"):
            return own
    words = [m for m in _WORDS.finditer(text, cs, t.start) if m.group(0).lower() in rules.cues()["complementizers"]]
    if not words or re.search(r"[,;:]", text[words[-1].end():t.start]):
        return tense
    own = dates.tense_of(text[words[-1].end():ce])
    return own if own in ("present", "future") else tense


def _none_in(text: str, words: tuple[str, ...]) -> bool:
    """Whether a text certainly holds none of these lower-case words, in any case: the cheap check
    before a case-insensitive pattern that begins with one. Asked of text in ASCII only (ignoring
    case, a pattern may also match a character whose lower case is not the word's: 'K', 'ſ')."""
    if not text.isascii():
        return False
    low = dates.lowered(text)[0]
    for w in words:  # (a loop, not any() over a generator: asked for every trigger)
        if w in low:
            return False
    return True


@lru_cache(maxsize=None)
def _lower_words(key: str) -> tuple[str, ...]:
    """A word list of status.toml in lower case."""
    return tuple(w.lower() for w in lexicon.load("status")[key])


def _optional(text: str, t: rules.Trigger) -> bool:
    """'De Commissie adviseerde om de gesprekken te openen': a meeting advised or possible."""
    if t.rule.type not in _MEETINGS or _none_in(text, _lower_words("option_heads")):
        return False
    m = _option_pattern().search(text, 0, t.start)
    return bool(m) and not re.search(r"[,;:]", text[m.end():t.start])


@lru_cache(maxsize=1)
def _option_pattern() -> re.Pattern:
    heads = "|".join(map(re.escape, lexicon.load("status")["option_heads"]))
    marker = re.escape(lexicon.load("status")["option_marker"])
    return re.compile(rf"(?<!\w)(?:{heads})\s+(?:[\w-]+\s+){{0,4}}?{marker}\b", re.IGNORECASE)


def _hoped(text: str, t: rules.Trigger) -> bool:
    """'Hij hoopt dat de overeenkomst de weg vrijmaakt voor overleg': what is hoped for is no event."""
    if _none_in(text, _lower_words("hope_verbs")):
        return False
    m = _hope_pattern().search(text, 0, t.start)
    if not m or re.search(r"[;:]", text[m.end():t.start]):
        return False
    # "zei dat hij hoopt dat Poetin instemt en dat hij deze week met hem wil spreken": a second 'dat' clause of the
    # saying, joined by a coordinator, is not hoped for
    return not _next_complement().search(text, m.end(), t.start)


@lru_cache(maxsize=1)
def _next_complement() -> re.Pattern:
    """'en dat', 'maar dat' (status.toml coordinators and complementizers)."""
    c = rules.cues()
    coords, that = "|".join(map(re.escape, c["coordinators"])), "|".join(map(re.escape, c["complementizers"]))
    return re.compile(rf"(?<!\w)(?:{coords})\s+(?:{that})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _hope_pattern() -> re.Pattern:
    verbs = _after_non_word(lexicon.load("status")["hope_verbs"])  # '(?<!\w)(?:...)', the literals first
    that = "|".join(map(re.escape, rules.cues()["complementizers"]))
    return re.compile(rf"{verbs}\s+(?:\w+\s+){{0,2}}?(?:{that})\b", re.IGNORECASE)


def _perfect_over_apposition(text: str, t: rules.Trigger) -> bool:
    """'De kroonprins heeft de emir van Qatar, sjeik Tamim, vandaag ... ontvangen': a trigger that can be a
    participle, in a clause after a comma whose text before holds a perfect auxiliary with 'hebben' (status.toml
    perfect_have_auxiliaries) and no coordinator or relative word after it: the apposition's commas cut the perfect,
    whose clause is past, not present."""
    cs = t.clause[0]
    if not text[:cs].rstrip().endswith(","):
        return False
    if not dates.words().participle.match(t.text.split(" ... ")[-1].lower()):
        return False
    words = _WORDS.findall(text[:cs].lower())
    aux = [k for k, w in enumerate(words) if w in _have_auxiliaries()]
    if not aux:
        return False
    c = rules.cues()
    return not any(w in c["coordinators"] or w in c["relative"] or w in c["complementizers"] for w in words[aux[-1] + 1:])


@lru_cache(maxsize=1)
def _have_auxiliaries() -> frozenset[str]:
    return frozenset(lexicon.load("status")["perfect_have_auxiliaries"])


def _past_trigger(t: rules.Trigger) -> bool:
    """'"... zullen we niet toestaan", waarschuwde ze': the trigger verb itself is past, whatever
    tense the quoted words have."""
    return dates.tense_of(t.text.split(" ... ")[0]) == "past"


def _hosts(s: Sentence, t: rules.Trigger, ms: list[Mention]) -> list[str]:
    """'Zelensky is op bezoek in Berlijn', 'Wang Yi reist naar Moskou': the country of the place a
    visit goes to (a host preposition of places.toml just before it, after the trigger in its clause, or right before
    the trigger: "is in Moskou aangekomen voor een bezoek") is a party; not a place named before otherwise ("Op de dag
    van Xi's aankomst in Moskou bracht Kishida een bezoek ...")."""
    cs, ce = t.clause
    out: list[str] = []
    for m in ms:
        at = m.start - s.start
        gap = s.text[m.end - s.start:t.start].strip().lower()  # (a verb right after the place is no visit to it:
        right_before = cs <= at < t.start and gap in _host_gap() and bool(gap or t.text.lower().startswith(
            _host_gap_openers()))  # "Na een nacht in Warschau reisde ... naar Kyiv")
        if (m.literal_place and (t.start <= at < ce or right_before)
                and _host_before().search(s.text, max(0, at - 40), at)):
            out += [c for c in m.codes if c not in out and actors.gazetteer().kinds.get(c) == "country"]
    return out


@lru_cache(maxsize=1)
def _host_gap_openers() -> tuple[str, ...]:
    return tuple(w + " " for w in lexicon.load("places").get("host_gap_visit_openers", []))


@lru_cache(maxsize=1)
def _host_gap() -> frozenset[str]:
    """The words that may stand between a place and a visit's word after it: none, an arrival's verb, an opener of
    the noun, or both (places.toml host_gap_before_visit, host_gap_visit_openers)."""
    places = lexicon.load("places")
    verbs, openers = ["", *places.get("host_gap_before_visit", [])], ["", *places.get("host_gap_visit_openers", [])]
    return frozenset(f"{v} {o}".strip() for v in verbs for o in openers)


def _summit_host(s: Sentence, t: rules.Trigger, ms: list[Mention], codes=()) -> list[str]:
    """'De volgende top wordt in juli in Ankara gehouden', 'de vredestop in Zwitserland', 'de G20-top in
    New Delhi': the country of the first place after the trigger hosts the summit and takes part in it
    (not "een bestand in Oekraïne" after "in Alaska"); not the seat of an organisation among the actors
    ("een EU-top in Brussel": places.toml organisation_seats)."""
    g = actors.gazetteer()
    host = _host_before()
    _, ce = t.clause
    for m in ms:
        at = m.start - s.start
        if m.literal_place and t.start <= at < ce and (h := host.search(s.text, max(0, at - 40), at)):
            if _LOCATIVE.search(s.text, t.end, h.start()):
                return []  # another place came first
            seated = [c for o in ms if o.text in g.seats_of and t.start <= o.start - s.start < ce for c in g.seats_of[o.text]]
            if seated and not set(seated).isdisjoint([*codes, *(c for o in ms for c in o.codes)]):
                return []  # an organisation at home ("in de Nigeriaanse hoofdstad Abuja" for ECOWAS)
            return [c for c in m.codes if g.kinds.get(c) == "country"]
    cs = t.clause[0]
    for m in reversed(ms):  # a place right before it: "was Biden in New Delhi voor de G20-top"
        at = m.start - s.start
        if (m.literal_place and cs <= at < t.start and s.text[m.end - s.start:t.start].strip().lower() in _summit_gap()
                and host.search(s.text, max(0, at - 40), at) and not set(g.seats_of.get(m.text, ())).intersection(
                    [*codes, *(c for o in ms for c in o.codes)])):
            return [c for c in m.codes if g.kinds.get(c) == "country"]
    return []


@lru_cache(maxsize=1)
def _summit_gap() -> frozenset[str]:
    """The words between a place and a summit's word right after it (places.toml host_gap_before_visit and
    host_gap_summit_openers): 'voor de', 'aangekomen voor de' ..."""
    places = lexicon.load("places")
    verbs, openers = ["", *places.get("host_gap_before_visit", [])], places.get("host_gap_summit_openers", [])
    return frozenset(f"{v} {o}".strip() for v in verbs for o in openers)


_LOCATIVE = re.compile(r"(?<!\w)(?:in|naar|te)\s+(?:(?:de|het)\s+)?[A-Z]")  # a place, not "in juli"


def _chronology_item(text: str, iv: Interval) -> bool:
    """'- 10 april 2019: Op een extra top wordt ...', '17 oktober 2019 - De premier ...': the sentence is an item
    of a chronology, opened by its date (after a bullet) and a colon or a dash."""
    head = text[:max(iv.offset, 0)]
    if iv.offset < 0 or head.strip(" -–—•*\t"):
        return False
    return text[iv.offset + iv.length:].lstrip(" ").startswith((":", "- ", "– ", "— "))


def _past_chronology_item(text: str, s: Sentence, iv: Interval | None, pub: PubDate) -> bool:
    """The sentence opens an item of a chronology dated before publication (`_chronology_item`), or follows on
    the line of one ("- 17 oktober 2019: ... bereiken een akkoord. De Europese top stemt dezelfde dag in."), or
    stands in the item under a timeline's date heading (`_timeline_item`)."""
    if iv is not None and _chronology_item(s.text, iv):
        return True
    if _timeline_item(text, s.start, pub) is not None:
        return True
    head = text[text.rfind("\n", 0, s.start) + 1:s.start]
    opening = dates.find(head, pub) if head.strip() else []
    return bool(opening) and _chronology_item(head, opening[0]) and opening[0].end < pub.start


_MIN_HEADS = 2  # one line with a date alone is a heading; two or more are a timeline


@lru_cache(maxsize=4)
def _timeline_heads(text: str, pub: PubDate) -> tuple[tuple[int, Interval], ...]:
    """'November 2019', '9 juni', 'Eind juli', '27 en 28 augustus' on a line of their own, two or more, each the
    whole line and none after the publication: the headings of a timeline, each over the item below it. Where each
    heading line ends, and its date (read as the past: a timeline tells what happened). A line that names no month
    or year ('Maandag', 'Vraag 1') is none."""
    if "\n" not in text:
        return ()
    found = []
    for m in _head_line().finditer(text):
        line = m.group(1)
        if _weekday_head_line().match(line):
            continue  # "Woensdag 26 juni" over an agenda's item: the tense of the item says which (`_weekday_heads`)
        ivs = dates.find(line, pub, "past")
        if len(ivs) != 1 or ivs[0].offset != 0 or ivs[0].length != len(line) or ivs[0].end > pub.end:
            continue
        found.append((m.end(), ivs[0]))
    return tuple(found) if len(found) >= _MIN_HEADS else ()


@lru_cache(maxsize=1)
def _head_line() -> re.Pattern:
    months = "|".join(map(re.escape, lexicon.load("calendar")["months"]))
    return re.compile(rf"(?m)^[ \t]*((?:\w+\s+){{0,4}}?(?:(?:{months})(?:\s+\d{{4}})?|\d{{4}}))[ \t]*$", re.IGNORECASE)


def _timeline_item(text: str, at: int, pub: PubDate | None) -> Interval | None:
    """The date of the timeline heading (`_timeline_heads`) whose item holds the offset `at`: the last heading
    before it, with no blank line between ("9 juni\nGriekenland en Italië tekenen ... een verdrag"), or None."""
    if pub is None or "\n" not in text:
        return None
    heads = _timeline_heads(text, pub)
    k = bisect.bisect_right([end for end, _ in heads], at) - 1
    if k < 0 or _PARA.search(text, heads[k][0], at):
        return None
    return heads[k][1]


@lru_cache(maxsize=4)
def _weekday_heads(text: str) -> tuple[tuple[int, str], ...]:
    """'Maandag', 'Dinsdagavond', 'Woensdag 12 juli' on a line of their own, two or more: the days of an agenda of
    the week ahead ("Wat brengt de week") or of a review of the week past, each over the item below it. Where each
    heading line ends, and its words (dated by the tense of the item's sentence: `_weekday_item`)."""
    if "\n" not in text:
        return ()
    found = [(m.end(), m.group(1), m.group("title") is not None) for m in _weekday_head_line().finditer(text)]
    return tuple(found) if len(found) >= _MIN_HEADS or (found and all(titled for _, _, titled in found)) else ()
    # (a heading with a title, "Vrijdag: nieuwe strafmaatregelen", heads its item also as the only one of a live blog)


@lru_cache(maxsize=1)
def _weekday_head_line() -> re.Pattern:
    cal = lexicon.load("calendar")
    days, parts = "|".join(cal["weekdays"]), "|".join(cal["weekday_parts"]["suffixes"])
    months = "|".join(map(re.escape, cal["months"]))
    joins = "|".join(map(re.escape, cal["grammar"]["range_to"]))
    day = rf"(?:{days})(?:{parts})?(?:\s+\d{{1,2}}\s+(?:{months}))?"
    # "Maandag tot en met woensdag: EU-top in Brussel", "Vrijdag: Rutte naar Kenia": a section's title after a colon
    return re.compile(rf"(?m)^[ \t]*({day}(?:\s+(?:{joins})\s+{day})?)[ \t]*(?::[ \t]*(?P<title>[^\n]{{0,80}}?[^\s.!?:;]))?"
                      rf"[ \t]*:?[ \t]*$", re.IGNORECASE)


def _date_heading_before(text: str, at: int, pub: PubDate | None, tense: str | None) -> Interval | None:
    """The day of a heading of a weekday and a date ("Vrijdag 24 september") on the line right before the paragraph
    that opens at `at` (a blank line between or not), even as the only such heading of the article: what is counted
    from the date told before in that paragraph's first sentence ("Twee weken eerder hadden ...") counts from it."""
    if pub is None or "\n" not in text[max(0, at - 80):at]:
        return None
    lines = text[max(0, at - 80):at].rstrip(" \t").split("\n")
    if lines[-1].strip():
        return None  # the sentence does not open its line
    prev = next((ln for ln in reversed(lines[:-1]) if ln.strip()), "")
    m = _weekday_head_line().fullmatch(prev)
    if not m or not any(ch.isdigit() for ch in m.group(1)):
        return None
    ivs = dates.find(m.group(1), pub, tense)
    return ivs[0] if len(ivs) == 1 and ivs[0].precision == "day" else None


def _weekday_item(text: str, at: int, pub: PubDate | None, tense: str | None) -> Interval | None:
    """The day of the weekday heading (`_weekday_heads`) whose item holds the offset `at`, with no blank line
    between, read in the tense of the item's sentence: "Maandag\nBiden bezoekt Londen." published on a Sunday is
    the next day, "Maandag\nBiden bezocht Londen." published on a Friday the Monday before; or None."""
    if pub is None or "\n" not in text:
        return None
    heads = _weekday_heads(text)
    k = bisect.bisect_right([end for end, _, _ in heads], at) - 1
    if k < 0 or _section_break(text, heads[k][0], at) or (
            _PARA.search(text, heads[k][0], at) and not (heads[k][2] and tense in ("present", "future"))):
        return None  # (a titled heading, "Donderdag: ...", heads its section, the present and future of its paragraphs)
    ivs = dates.find(heads[k][1], pub, tense)
    if len(ivs) == 1 and ivs[0].length == len(heads[k][1]):
        return ivs[0]
    if (len(ivs) == 2 and ivs[0].offset == 0 and ivs[1].offset + ivs[1].length == len(heads[k][1])
            and ivs[0].start < ivs[1].end and (ivs[1].end - ivs[0].start).days < 7):
        return Interval(ivs[0].start, ivs[1].end, "week", heads[k][1], 0, len(heads[k][1]))  # "Vrijdag en zaterdag"
    return None


_SECTION_TITLE = re.compile(r"\n[ \t]*\n[ \t]*([^\n]{1,80}?)[ \t]*(?=\n)")


def _section_break(text: str, start: int, at: int) -> bool:
    """Between `start` and `at`, a short line after a blank line that ends in no sentence mark: the title of the
    next section ("En verder"), where a titled heading's section ends."""
    return any(not m.group(1).rstrip().endswith((".", "!", "?", ":", '"', "\u201d", "'"))
               for m in _SECTION_TITLE.finditer(text, start, at))


def _summit_as_setting(s: Sentence, t: rules.Trigger, ms: list[Mention], mine: list[str]) -> list[str]:
    """'Op de NAVO-top in Brussel beschuldigde Trump Duitsland ...', 'kort nadat de Europese regeringsleiders op
    hun top in Brussel hadden afgesproken ...', 'was net terug van de G7-top in Italië': a summit of an
    organisation named as the setting of what the sentence tells (after a preposition of places.toml
    summit_setting_before) is the organisation's; the countries of the sentence take part in what is told
    there, not in the summit (its host is added apart). The organisation named in the trigger ("G7-top"), else
    those among the actors when the summit is theirs ("op hun top"); none: nothing changes."""
    m = _summit_setting().search(s.text, max(0, t.start - 40), t.start)
    if not m:
        return []
    g = actors.gazetteer()
    inside = [c for x in ms if t.start <= x.start - s.start < t.end for c in x.codes]
    if inside:
        return [c for c in dict.fromkeys(inside) if g.kinds.get(c) == "organisation"]
    if m.group(1).lower() not in lexicon.load("places")["summit_setting_possessives"]:
        return []  # "op een top van het blok, samen met de presidenten van ...": whose summit is not said
    return [c for c in mine if g.kinds.get(c) == "organisation"]


@lru_cache(maxsize=1)
def _summit_setting() -> re.Pattern:
    places = lexicon.load("places")
    prep, det = "|".join(places["summit_setting_before"]), "|".join(places["summit_setting_determiners"])
    return re.compile(rf"(?<!\w)(?:{prep})\s+({det})\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


def _shipped_between(s: Sentence, t: rules.Trigger, ms: list[Mention]) -> list[str]:
    """'stuurt munitie naar Israël', 'tanks uit Duitsland': a country named as where goods go or come
    from in the delivery's clause takes part (a country, not a city: "in Kiev" may be where it was said)."""
    cs, ce = t.clause
    return [c for m in ms if m.literal_place and cs <= m.start - s.start < ce
            for c in m.codes if actors.gazetteer().kinds.get(c) == "country" and m.kind == "country"]


def _abroad(s: Sentence, t: rules.Trigger, ms: list[Mention]) -> list[str]:
    """The countries of the places an arrival goes to ("arriveerde maandag in Kiev", "is gisteren in
    Moskou aangekomen": a host preposition before a place in the trigger's clause), other than those of
    the people or countries named before the place (not "De Franse president is in Parijs aangekomen")."""
    cs, ce = t.clause
    out: list[str] = []
    source = _source_opener_end(s.text, t)
    for m in ms:
        at = m.start - s.start
        if m.literal_place and cs <= at < ce and _host_before().search(s.text, max(0, at - 40), at):
            home = _codes(x for x in ms if source <= x.start - s.start and x.start < m.start and not x.literal_place)
            out += [c for c in m.codes if c not in out and c not in home and actors.gazetteer().kinds.get(c) == "country"]
    return out




def _other_partner_object(text: str, prev: rules.Trigger, t: rules.Trigger) -> bool:
    """Two documents as objects of one verb, each with a partner of its own after 'met' ("tekenden een visserijverdrag
    met Noorwegen en een gasdeal met Qatar"): two agreements, not one told twice."""
    if t.start <= prev.end or prev.text.lower() == t.text.lower():
        return False
    return (bool(_status_pattern("partner_then_object").fullmatch(text, prev.end, t.start))
            and bool(_status_pattern("partner_after").match(text, t.end)))


def _source_opener_end(text: str, t: rules.Trigger) -> int:
    """Where the source of a report ends when the sentence opens with it and the trigger's verb follows at once
    ("Volgens Russische persbureaus wordt de minister ... in Moskou verwacht"): the outlet's or informant's
    country is no home of the one who travels; 0 otherwise."""
    before = _WORDS.findall(text[:t.start].lower())
    if (not before or before[0] not in lexicon.load("status")["source_openers"] or "," in text[:t.start]
            or len(before) > 5 or " " not in t.text):
        return 0  # a trigger from the verb to its participle, the verb second after a source of up to four words
    return t.start


@lru_cache(maxsize=1)
def _host_before() -> re.Pattern:
    places = lexicon.load("places")
    prep, art = "|".join(places["host_prepositions"]), "|".join(places["articles"])
    return re.compile(rf"\b(?:{prep})\s+(?:(?:{art})\s+)?$", re.IGNORECASE)


def _subject_after(s: Sentence, t: rules.Trigger, ms: list[Mention]) -> list[str]:
    """'In hun slotverklaring hekelen de G7-leiders ...': with nobody named before the trigger, an
    actor right after it (an article at most between) is its subject."""
    m = next((m for m in ms if m.start - s.start >= t.end), None)
    if m is None or m.literal_place or not _articles_only().fullmatch(s.text[t.end:m.start - s.start]):
        verb = t.text.split(" ", 1)[0]  # "schortte India het verdrag op", one trigger from the verb to its object:
        end = t.start + len(verb)  # the actor right after the verb is its subject
        m = next((m for m in ms if m.start - s.start >= end), None) if " " in t.text else None
        if (m is None or m.literal_place or m.start - s.start >= t.end or not dates.is_past_form(verb.lower())
                or not _articles_only().fullmatch(s.text[end:m.start - s.start])):
            return []
    return list(m.codes)


@lru_cache(maxsize=1)
def _articles_only() -> re.Pattern:
    return re.compile(rf"\s+(?:(?:{'|'.join(map(re.escape, lexicon.load('places')['articles']))})\s+)?", re.IGNORECASE)


def _another_day(key: str, iv: Interval | None, seen: set, clause: tuple[int, int] | None = None,
                 text: str = "") -> bool:
    """A second trigger of a type in one sentence is another event when the date nearest to it is
    a day other than every one taken ("sprak vandaag met Blinken en ontmoet morgen Austin"), or a week or month
    apart from every period taken, told in a clause of its own ("werden het in december eens ..., en in februari
    zetten ze hun handtekening"; not "spraken af dat er voor het eind van het jaar een bestand komt", nor with
    dates taken from the sentence before: `clause` is None then)."""
    if iv is None or iv.precision not in _APART_PRECISIONS or (key, iv.start, iv.end) in seen:
        return False
    taken = [k for k in seen if isinstance(k, tuple) and len(k) == 3 and k[0] == key]
    opener = _WORDS.search(text, clause[0]) if clause is not None else None  # (the clause's first word)
    undated = (not taken and clause is not None and clause[0] <= iv.offset < clause[1]
               and not (opener and opener.group(0).lower() in _told_again_openers()))
    # ("spreekt hem vandaag, nadat ze zaterdag hadden gebeld": the first one undated, the second dated in a clause
    # of its own; not the same act told again: "wil dat ...; dat eiste hij al in november")
    if iv.precision == "day":
        return bool(taken) or undated
    return ((bool(taken) or undated) and clause is not None and (key, clause) not in seen and clause[0] <= iv.offset < clause[1]
            and all(iv.end < k[1] or k[2] < iv.start for k in taken))


_APART_PRECISIONS = ("day", "week", "month")


@lru_cache(maxsize=1)
def _told_again_openers() -> frozenset[str]:
    """status.toml told_again_openers: a clause that opens by pointing back at what was told ("; dat eiste hij al ...")."""
    return frozenset(lexicon.load("status")["told_again_openers"])


def _conjunct(text: str, t: rules.Trigger) -> tuple[int, int]:
    """The trigger's clause, or, for a verb trigger right after a coordinator ("schortte in maart de contacten op en
    riep in mei zijn ambassadeur terug"), the conjunct it opens: a second finite verb of the subject, a clause of
    its own for a date told in it."""
    m = _WORD_BEFORE.search(text, max(t.clause[0], t.start - 12), t.start)
    if m and m.group(1).lower() in rules.cues()["coordinators"] and dates.is_past_form(t.text.split()[0].lower()):
        return (m.start(), t.clause[1])
    return t.clause


def _adjectives() -> str:
    """Up to two adjectives before a noun ('een mislukte ontmoeting'), by their ending in tense.toml."""
    ending = re.escape(dates.words().morphology["adjective_ending"])
    return rf"(?:[\w-]+{ending}\s+){{0,2}}"


def _since_event(text: str, t: rules.Trigger) -> bool:
    """'Het was hun eerste ontmoeting sinds de top in Genève', 'sinds een mislukte ontmoeting': a
    trigger right after 'sinds' (a determiner and adjectives at most between) names an earlier event."""
    before = text[max(0, t.start - 60):t.start].lower()
    if rules.cues()["period_start"].isdisjoint(before.split()):
        return bool(_at_beginnings("follows_on").search(before))  # 'volgde op een telefoongesprek'
    return bool(_since_pattern().search(before))


@lru_cache(maxsize=1)
def _follows_on_pattern() -> re.Pattern:
    """'volgde op een (lang) telefoongesprek': a trigger right after a follows-on phrase (status.toml)."""
    return re.compile(rf"(?:{rules.cues()['follows_on'].pattern})\s+(?:\w+\s+)?{_adjectives()}$")


@lru_cache(maxsize=1)
def _since_pattern() -> re.Pattern:
    words = "|".join(map(re.escape, sorted(rules.cues()["period_start"], key=len, reverse=True)))
    return re.compile(rf"\b(?:{words})\s+(?:\w+\s+)?{_adjectives()}$")


def _back_reference(text: str, t: rules.Trigger, since: bool | None = None) -> bool:
    """'die ontmoeting', 'hun eerste gesprek': a determiner before a noun trigger refers back to an
    event told before; before a verb ('Die ontmoeten elkaar donderdag') it is the subject."""
    before = text[max(0, t.start - 40):t.start]
    m = _patterns()[2].search(before.lower()) if before.isascii() else _patterns()[0].search(before)
    if since is None:  # `since`: _since_event(text, t), if known
        since = _since_event(text, t)
    if not m and t.rule.type in _MEETINGS and rules.cues()["recalled_meeting"].match(text) and not since:
        return True  # "Het was de eerste keer dat de twee leiders elkaar zagen": the meeting just told
    if not m or set(f"{m.group(0)} {t.text}".lower().split()) & rules.cues()["other_event"] or since:
        return False  # "de laatste besprekingen", "een nieuwe ronde": another event than the one told
    if m.group(0).split()[0].lower() in lexicon.load("status")["defining_articles"] and _dated_relative().match(text, t.end):
        return False  # "in de verdragen die Carter en Torrijos in 1977 sloten": that event, named by its own year
    if t.rule.type in _MEETINGS and _owned_meeting_after().match(text, t.end):
        return False  # "de jaarlijkse top van de G20-landen": named by whose it is
    word = t.text.split()[0].lower()
    return not dates.lemma(word).endswith(dates.words().morphology["infinitive_ending"])  # a verb's lemma


@lru_cache(maxsize=1)
def _dated_relative() -> re.Pattern:
    """A relative clause right after a noun (status.toml background_relative_words) that names a year before its end."""
    rel = "|".join(lexicon.load("status")["background_relative_words"])
    return re.compile(rf"\s+(?:{rel})\s+[^.;:!?]*?(?<!\d)\d{{4}}(?!\d)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _owned_meeting_after() -> re.Pattern:
    return re.compile(lexicon.load("status")["owned_meeting_after"])


_SUMMIT_DAYS = 3  # a summit lasts days: "de top begon donderdag" and "eindigt zaterdag" are one


def _compatible(a: Candidate, b: Candidate, dated: bool = True) -> bool:
    """Whether two mentions can be one event: their dates (unless not `dated`) and places agree."""
    slack = dt.timedelta(days=_SUMMIT_DAYS if "summit" in (a.type, b.type) and {a.type, b.type} <= _MEETINGS else 0)
    if dated and a.interval and b.interval and (a.interval.end + slack < b.interval.start
                                      or b.interval.end + slack < a.interval.start):
        return False
    if dated and a.interval and b.interval and _months_span(a.interval) != _months_span(b.interval):
        return False  # "belden elkaar in maart en oktober": acts of two months, not the one meeting of March
    if a.location and b.location and a.location != b.location and not _within(a.location, b.location):
        return False
    return True


def _within(a: str, b: str) -> bool:
    """Whether one place is the country the other lies in: "Zuid-Afrika" and "Pretoria, ZAF"."""
    terms = actors.gazetteer().terms
    country = lambda p: next((t for k, t in terms.get(p, ()) if k == "country"), None)  # noqa: E731
    code = lambda p: p.rsplit(", ", 1)[1] if ", " in p else next(  # noqa: E731
        (t for k, t in terms.get(p, ()) if k in ("country", "capital")), None)
    return (country(a) is not None and country(a) == code(b)) or (country(b) is not None and country(b) == code(a))


_MEETINGS = {"talks", "summit"}  # "de ontmoeting", "de top": one meeting, whichever word the text uses


def _named_meeting(trigger: str, sentence: str = "") -> bool:
    """'de NAVO-top', 'de Europese top': a meeting named (a compound, or a proper adjective before it),
    not a word that refers back to whichever meeting was told before ('de top', 'dat gesprek'); a capital
    that only opens the sentence ("Aan tafel zaten ...") names nothing."""
    return "-" in trigger or (trigger[:1].isupper() and not sentence.lstrip(_QUOTES_OPEN).startswith(trigger))


# talks told in the impersonal passive ("Ook over de grens werd gesproken", "Er werd ook over handel gepraat"): no parties of
# their own, more of the meeting told before
# 'er' for 'there' right after a verb, before its object ("De koning ontving er zijn gasten"; not 'er met', which
# also joins a pronoun's talks to a visit whose sentence names a third party in passing)
_PRONOUN_TALKS = re.compile(r"^\W*(?:zij|ze)\s+(?:praten|praatten|spreken|spraken|overleggen|overlegden|bespreken|bespraken|"
                            r"onderhandelen|onderhandelden|discussiëren|discussieerden)\s+(?:[\w-]+\s+){0,3}?over\b", re.IGNORECASE)
_IMPERSONAL_TALKS = re.compile(r"^\W*(?:(?:ook|er|daarna|verder|tevens)\s+)?(?:over\s+[^,.;:]{1,60}?\s+)?(?:werd|is|wordt)\s+"
                               r"(?:er\s+)?(?:ook\s+)?(?:[\w-]+\s+){0,4}?(?:gesproken|gepraat|overlegd|gediscussieerd)\b", re.IGNORECASE)


def _present_then_dated_past(e: Candidate, c: Candidate, today: dt.date | None) -> bool:
    """A speech act told in the present with no date of its own (the report's day) and, after it, one of the same type
    in the past dated by its own sentence to a time ending over a week before publication: two acts, not one."""
    if (today is None or e.interval is not None or e.date_source == "sentence" or c.date_source != "sentence"
            or c.interval is None or e.type != c.type or c.type not in rules.cues()["speech_acts"]):
        return False
    verb = e.trigger.split()[0].lower() if e.trigger.strip() else ""
    return bool(verb) and not dates.is_past_form(verb) and (today - c.interval.end).days > 7


def _undated_lead(e: Candidate, c: Candidate, close: bool) -> bool:
    """An act told in the perfect with no date of its own (the day of the report, or one told before) and, close after
    it, the same act of the same type with a day of its own, earlier: one act, first told as news, then in detail."""
    return (close and not e.more and e.type == c.type and e.status == c.status == "occurred"
            and e.date_source != "sentence" and c.date_source == "sentence" and e.interval is not None
            and c.interval is not None and c.interval.end < e.interval.start
            and (e.interval.start - c.interval.end).days <= 7
            and ((e.type not in _MEETINGS and not dates.words().perfect.isdisjoint(_WORDS.findall(e.sentence.text.lower())))
                 or (e.type == "summit" and c.sentence.index - e.sentence.index == 1
                     and len(set(e.actors) & set(c.actors)) >= 2)))  # "zaten de leiders van A, B en C aan tafel. A
    # ontving maandag B en C": a summit told, then its day in the very next sentence


def _reaction_then_detail(e: Candidate, c: Candidate) -> bool:
    """'X reageerde furieus.' (a short sentence of its own, with no date of its own) and right after it the criticism
    it sums up, by a pronoun or the same party ("Hij noemde Y al zaterdag ...", whose object may look like its agent):
    one act, dated by the detail. So is an act named by a definite noun in such a sentence ("Het voorstel kwam uit
    Lima en Quito.") and right after it the same act told with its day by a party it named."""
    return (e.type == c.type and e.status == c.status == "occurred" and not e.more
            and ((e.type == "condemnation" and e.rule in lexicon.load("status")["reaction_rules"])
                 or (e.anaphoric and e.type not in _MEETINGS)) and e.date_source != "sentence"
            and c.date_source == "sentence" and c.sentence.index - e.sentence.index == 1
            and len(_WORDS.findall(e.sentence.text)) <= 8
            and (_starts_with_pronoun(c.sentence.text) or bool(set(e.agent) & set(c.agent))
                 or (not e.agent and e.anaphoric and bool(set(e.actors) & set(c.actors)))))


def _same_day_meeting(e: Candidate, c: Candidate, today: dt.date | None, pair: frozenset = frozenset()) -> bool:
    """Talks of the same two parties held on the same day, told far apart in one article (a live blog's items: "Vandaag:
    het verrassingsbezoek van Biden aan Kyiv" ... "11.20 - Biden is door Zelensky ontvangen"), are one meeting;
    `today`: the publication day, the date of an undated mention; `pair`: the actors of the event's first mention, both
    among the later one's ("Het is zijn eerste bezoek aan Oekraïne sinds de Russische inval" also names Russia)."""
    def day(x: Candidate) -> dt.date | None:
        iv = x.interval or x.fallback
        if iv is None:
            return today
        return iv.start if iv.precision == "day" and iv.start == iv.end else None
    d = day(e)
    return (e.type == c.type == "talks" and e.status == c.status == "occurred" and d is not None and d == day(c)
            and len(pair) == 2 and pair <= set(c.actors))


def join(cands: list[Candidate], today: dt.date | None = None) -> list[Candidate]:
    """Repeated mentions of one event in one article become one event with every evidence sentence."""
    events: list[Candidate] = []
    first: dict[int, frozenset] = {}  # the actors of each event's first mention, before others join it
    for c in cands:
        target, mention_only = None, False
        # "Zij praten vooral over ..." right after a meeting told, with no date of its own: what that meeting is about
        pronoun = (c.type == "talks" and c.date_source != "sentence" and c.status != "negated"
                   and (_PRONOUN_TALKS.match(c.sentence.text) is not None  # ... or told there ("Chili zit daar voor
                        or rules.cues()["place_anaphors"].search(rules.lower(c.sentence.text)) is not None  # de eerste
                        or _status_pattern("there_after_verb").search(c.sentence.text) is not None))
        # keer mee aan tafel" right after the summit told): that meeting
        referring = (c.anaphoric and c.type in ("talks", "summit", "agreement", "proposal")) or (
            c.type == "talks" and _IMPERSONAL_TALKS.search(c.sentence.text) is not None)
        if _named_before_follows_on(c):  # "Het akkoord van Lima volgt op een bestand ...": the later act, told before
            target = next((e for e in reversed(events) if e.type == c.type and e.status == c.status
                           and _actors_fit(e.actors, c.actors)), None)
        for e in reversed(events if not c.earlier and target is None else ()):  # "sinds de top van ...": another event
            last = e.more[-1] if e.more else e
            next_to = pronoun and e.type in _MEETINGS and c.sentence.index - last.sentence.index == 1
            same = e.type == c.type or next_to or (c.anaphoric and not _named_meeting(c.trigger, c.sentence.text)
                                                   and {e.type, c.type} <= _MEETINGS)
            if not same:
                continue
            gap, para = c.sentence.index - last.sentence.index, c.paragraph - last.paragraph
            close = para <= 1 and gap <= 3 or _same_day_meeting(e, c, today, first.get(id(e), frozenset()))
            if (not close and not referring and e.paragraph == 0 and not e.more and e.interval is None
                    and c.interval is not None and c.date_source == "sentence" and e.type == c.type
                    and e.status == c.status == "occurred" and c.type not in _MEETINGS
                    and _actors_fit(e.actors, c.actors) and not _other_agent(e, c)):
                target = e  # "Het Hof heeft Israël opgedragen ..." in the lead, undated, and "Op vrijdag 26 januari droeg
                break  # het Hof Israël op ..." later: the lead's summary of the act told in full
            if (not close and not referring and e.paragraph == 0 and not e.more and e.interval is not None
                    and c.interval is not None and e.interval.precision == c.interval.precision == "day"
                    and e.interval.start == c.interval.start and e.interval.end == c.interval.end
                    and c.date_source == "sentence" and e.type == c.type and e.status == c.status == "occurred"
                    and c.type not in _MEETINGS and _actors_fit(e.actors, c.actors) and not _other_agent(e, c)
                    and not _in_addition(c) and not _another_document(e, c)):
                target = e  # "Het geschil was gisteren binnen een dag opgelost" in the lead and "Maandagnacht zei Parijs
                break  # dat Rome akkoord ging ..." further on, the same day: the lead's summary of the act told in full
            if (close and e.type == c.type == "sanction" and e.status == "occurred" and c.status == "planned"
                    and c.date_source == "publication" and not c.earlier and _measure_of_package(c)
                    and _actors_fit(e.actors, c.actors) and not _other_agent(e, c)):
                target = e  # "ECOWAS legde Mali zware sancties op. De grenzen gaan dicht en de tegoeden worden bevroren":
                break  # the package's measures in the present, undated, right after it (one package is one event)
            if (not close and not referring and e.type == c.type == "sanction" and e.status == c.status == "occurred"
                    and e.date_source == "sentence" and (c.date_source == "publication" or (
                        c.date_source == "context" and _group_opening(c.sentence.text))) and not c.earlier
                    and rules.cues()["elsewhen"].isdisjoint(_WORDS.findall(c.sentence.text.lower()))
                    and not _repeated(c.sentence.text) and not _reaction_opener().match(c.sentence.text)
                    and _actors_fit(e.actors, c.actors) and not _other_agent(e, c) and _compatible(e, c)):
                target = e  # "Het pakket zet ook tientallen schepen op de zwarte lijst", undated, further on: a measure of
                break  # the package told before, dated there (one package is one event, however many measures it lists);
                # also dated by the sentence before, when its group tells it ("Ze bevroren ook hun tegoeden ...")
            # a meeting told again further on, held, by the same two or more parties (a photo report's captions), not
            # one told as repeated ("reisde daarna nog meerdere keren naar Washington")
            far = (not close and not referring and {e.type, c.type} <= _MEETINGS and e.status == c.status == "occurred"
                   and len(set(e.actors)) >= 2 and set(e.actors) == set(c.actors) and not _repeated(c.sentence.text))
            # a statement told again further on, the same day, by the same parties, of the same thing ("veroordeelden de
            # beschieting" ... "De ministers veroordelen de beschieting in hun verklaring"): the lead and the detail of one statement
            far_act = (not close and not referring and e.type == c.type and c.type in rules.cues()["speech_acts"]
                       and e.status == c.status == "occurred" and _same_day(e, c, today) and _same_object(e, c)
                       and _same_parties(e.actors, c.actors)
                       and not _repeated(c.sentence.text))
            far = far or far_act
            if not (close or referring or far):
                continue  # neither test below can hold (the actors are compared only when one can)
            if _present_then_dated_past(e, c, today):
                continue  # "Den Haag wil dat ... In mei vroeg hij ... om": the call of now, then an earlier one told with its month
            if _own_event(e) != _own_event(c):
                continue  # "Dezelfde dag ontbood het ministerie de ambassadeur" after a condemnation: another act
            if c.rule in _own_event_rules() and e.rule == c.rule and not c.anaphoric:
                continue  # "De nieuwe ambassadeur van Chili kwam in mei aan. Peru stuurde een oud-minister als ambassadeur
                # naar Santiago": each ambassador's step is an act of its own
            if (close and e.status == "negated" and c.status == "planned" and {e.type, c.type} <= _MEETINGS
                    and _was_to(c) and _actors_fit(e.actors, c.actors)):
                target = e  # "Het gesprek gaat niet door. De twee leiders zouden elkaar zaterdag spreken": the plan
                break  # as it stood, of the meeting called off
            if (close and e.status == "planned" and c.status == "negated" and not e.more and {e.type, c.type} <= _MEETINGS
                    and _was_to(e) and _actors_fit(e.actors, c.actors)):
                target, e.status = e, "negated"  # "De twee leiders zouden elkaar zaterdag spreken. Maar dat gesprek gaat
                break  # niet door": the plan as it stood, then called off
            # talks referred back to ("Trump gaf het gesprek na afloop een tien") with no date in their own sentence,
            # when no meeting told before fits the day they were given, are the meeting told before, whatever its day
            loose = (referring and c.anaphoric and c.date_source != "sentence" and c.type == "talks" and e.type in _MEETINGS
                     and not any(x.type in _MEETINGS and _compatible(x, c) for x in events))  # (none of the right day)
            detail = _reaction_then_detail(e, c)
            undated_lead = _undated_lead(e, c, close) or detail
            if (not (_compatible(e, c, not loose) or undated_lead)
                    or any(m.sentence.index == c.sentence.index for m in (e, *e.more))):
                continue
            shared = (_actors_fit(e.actors, c.actors) and not _other_agent(e, c)) or (
                close and e.type in _MEETINGS and (_bare_mediation(c) or _hosts_the_group(e, c)))
            if undated_lead and (shared or detail) and not _another_document(e, c):
                target = e  # "X heeft zijn deelname ... bevroren." and right after it "Y zei donderdag dat X ... heeft
                target.interval, target.date_source = c.interval, c.date_source  # bevroren": the day told in the detail
                break
            if close and c.described and e.type == c.type:
                target = e  # "De driedaagse top loopt vandaag af. Het is de laatste top van Stoltenberg": that one
                break
            if _named_meeting(c.trigger, c.sentence.text) and _other_organisation(e, c):
                continue  # "de NAVO-top" after "hun top" of the EU leaders: another organisation's meeting
            if next_to and _compatible(e, c) and e.status == c.status:
                target = e
                break
            if referring and (shared or close) and not _after_refusal(e, c):
                target = e
                break
            if (referring and c.anaphoric and {e.type, c.type} <= _MEETINGS and c.location and c.location == e.location
                    and _placed_right_after(c) and not _named_meeting(c.trigger, c.sentence.text)
                    and not _after_refusal(e, c)):
                target, mention_only = e, True  # "de top in Abuja" after a summit told there: that one, whoever
                break  # else the sentence names (they are what was said of it, not its parties; nor is its day)
            if ((close or far) and shared and e.status == c.status and not _another_meeting(e, c) and not _in_addition(c)
                    and not _another_document(e, c) and not _another_item(last, c)):
                target = e
                break
        if target is None:
            events.append(c)
            first[id(c)] = frozenset(c.actors)
            continue
        target.more.append(c)
        if mention_only:
            continue
        if c.type == "summit" and target.type == "talks" and c.described and c.status == target.status:
            target.type, target.cameo = c.type, c.cameo  # "Ze spraken twee uur. Het was hun eerste topontmoeting": the
            # meeting told is called a summit
        if c.status != target.status and target.status == "planned" and c.status == "occurred" and (
                not c.anaphoric or (c.type in _MEETINGS and not _held_length_words().isdisjoint(
                    _WORDS.findall(c.sentence.text.lower())))):  # "Het gesprek ... heeft een uur geduurd": held
            target.status = c.status
        for a in c.actors:
            if a not in target.actors:
                target.actors.append(a)
        for lst, new in ((target.source, c.source), (target.target, c.target), (target.people, c.people)):
            lst.extend(x for x in new if x not in lst)
        if c.interval and (target.interval is None or _width(c.interval) < _width(target.interval)) and not (
                target.interval is not None and target.type == "agreement" and _in_force().search(c.sentence.text)):
            target.interval, target.date_source = c.interval, c.date_source  # (not the day it took effect)
        target.location = target.location or c.location
        target.fallback = target.fallback or c.fallback
        target.hosts.extend(h for h in c.hosts if h not in target.hosts)
    for e in events:
        if not e.actors and e.spare:
            e.actors, e.target = list(e.spare), [c for c in e.spare if c not in e.source]
        if e.hosts:  # "de top in New Delhi": India takes part (after joining: the mentions are compared without it)
            e.actors.extend(h for h in e.hosts if h not in e.actors)
            e.target.extend(h for h in e.hosts if h not in e.target and h not in e.source)
        e.target[:] = [t for t in e.target if t not in e.source]
    return _talks_named_summit([e for e in events if not _talks_as_topic(e)])


@lru_cache(maxsize=1)
def _held_length_words() -> frozenset[str]:
    return frozenset(lexicon.load("status")["held_length_words"])


def _placed_right_after(c: Candidate) -> bool:
    """'de top in Abuja': the meeting's place named right after its noun (not "de top met de Balkanlanden" in a
    sentence that names Brussels elsewhere)."""
    place = c.location.split(", ")[0]
    at = c.sentence.text.find(c.trigger)
    return at >= 0 and re.match(r"\s+in\s+" + re.escape(place) + r"(?!\w)", c.sentence.text[at + len(c.trigger):]) is not None


def _named_before_follows_on(c: Candidate) -> bool:
    """'Het akkoord van Lima volgt op een bestand dat ...': an act named by a definite noun before 'volgen op'
    (status.toml follows_on_phrases), with no date in its sentence, is the later act told before, not a new one."""
    if not c.definite or c.date_source == "sentence" or c.type in _MEETINGS:
        return False
    low = rules.lower(c.sentence.text)
    at = low.find(c.trigger.split(" ... ")[0].lower())
    m = rules.cues()["follows_on"].search(low, max(at, 0))
    return at >= 0 and m is not None and not low[at:m.start()].count(",")


def _talks_as_topic(e: Candidate) -> bool:
    """'omdat de gesprekken nog lopen', 'de onderhandelingen een kans geven': talks named only with 'de' or 'het'
    (status.toml defining_articles), in no sentence with a date of its own, and with one party at most, are talks the
    article speaks about (a topic, the talks going on), not a meeting it tells."""
    if e.type != "talks" or len(set(e.actors)) > 1:
        return False
    return all(m.type == "talks" and m.anaphoric and m.date_source != "sentence" and _after_article(m) for m in (e, *e.more))


def _after_article(c: Candidate) -> bool:
    """Whether the trigger comes a few words after 'de' or 'het', not after 'die', 'hun' (status.toml)."""
    text = c.sentence.text
    before = text[:text.find(c.trigger)] if c.trigger in text else ""
    words = _WORDS.findall(before.lower())[-3:]
    status = lexicon.load("status")
    articles = status["defining_articles"]
    return any(w in articles for w in words) and not any(
        w in status["anaphoric_determiners"] and w not in articles for w in words)


def _talks_named_summit(events: list[Candidate]) -> list[Candidate]:
    """'Op 10 maart zat Sunak in Parijs aan tafel met Macron, de eerste Frans-Britse top in vijf jaar', 'kwamen
    delegaties bijeen voor wat Zwitserland een vredestop noemde': talks told in a sentence of a summit of the same
    status and the same actors are that summit told as a meeting, not a meeting of their own. A summit named as
    the setting of the talks ("Op de top in Bali sprak Biden met Xi", places.toml summit_setting_before) leaves them theirs,
    as do other actors ("Op de G20-top sprak Biden met Xi": the G20's summit, the two leaders' talks)."""
    summits = [e for e in events if e.type == "summit"]
    if not summits:
        return events
    gone = set()
    for t in events:
        if t.type != "talks" or not t.actors:
            continue
        lines = {m.sentence.index for m in (t, *t.more)}
        s = next((s for s in summits if id(s) not in gone and s.status == t.status and s.actors and not s.earlier
                  and not t.earlier and set(s.actors) == set(t.actors) and _compatible(s, t)
                  and _summit_told_in(s, lines)), None)
        if s is None or _meetings_in_sequence(t, s):
            continue
        gone.add(id(t))
        s.more.extend([t, *t.more])
        s.more.sort(key=lambda m: m.sentence.index)
        for lst, new in ((s.actors, t.actors), (s.source, t.source), (s.target, t.target), (s.people, t.people)):
            lst.extend(x for x in new if x not in lst)
        s.target[:] = [x for x in s.target if x not in s.source]
        s.location = s.location or t.location
    return [e for e in events if id(e) not in gone]


def _meetings_in_sequence(t: Candidate, s: Candidate) -> bool:
    """'een ontmoeting tussen de twee ..., en later een top met drie': talks and a summit told in one sentence with a
    word of what follows between them (status.toml continuation_words, later_words) are two meetings, one after the
    other."""
    if t.sentence is not s.sentence:
        return False
    low = t.sentence.text.lower()
    a, b = low.find(t.trigger.split(" ... ")[0].lower()), low.find(s.trigger.split(" ... ")[0].lower())
    if a < 0 or b < 0:
        return False
    words = set(_WORDS.findall(low[min(a, b):max(a, b)]))
    return not words.isdisjoint(rules.cues()["continuation"]) or not words.isdisjoint(lexicon.load("status")["later_words"])


def _summit_told_in(s: Candidate, lines: set[int]) -> bool:
    """A mention of the summit in one of these sentences, not named as the setting of what else it tells."""
    for m in (s, *s.more):
        if m.sentence.index in lines:
            text = m.sentence.text
            at = text.lower().find(m.trigger.lower())
            if at >= 0 and not _summit_setting().search(text, max(0, at - 40), at):
                return True
    return False



def _own_event(c: Candidate) -> bool:
    """The mention's trigger is a word of an act told on its own (status.toml own_event_words)."""
    return c.rule in _own_event_rules() or not rules.cues()["own_event"].isdisjoint(c.trigger.lower().split())


@lru_cache(maxsize=1)
def _own_event_rules() -> frozenset[str]:
    return frozenset(lexicon.load("status").get("own_event_rules", ()))


def _was_to(c: Candidate) -> bool:
    """'zou' or 'zouden' (the past of 'zullen': what was to happen) before the trigger in its clause
    (status.toml was_to_words)."""
    low = c.sentence.text.lower()
    at = low.find(c.trigger.split()[0].lower())
    return at > 0 and not rules.cues()["was_to"].isdisjoint(_WORDS.findall(low[:at])[-8:])


def _other_organisation(e: Candidate, c: Candidate) -> bool:
    """Both name organisations among their actors, and none of them the same (NATO and the EU)."""
    members = actors.gazetteer().members
    mine, theirs = {a for a in c.actors if a in members}, {a for a in e.actors if a in members}
    return bool(mine) and bool(theirs) and mine.isdisjoint(theirs)


def _after_refusal(e: Candidate, c: Candidate) -> bool:
    """'Teheran had directe onderhandelingen afgewezen. De gesprekken worden zaterdag voortgezet': what is
    told as planned, or as done on another day, after a refusal or cancellation (or the other way round)
    is another event, not a repeat of the one that did not happen; and an agreement, sanction or statement told
    as done after one told as not done ("De Emiraten hebben de banden nog niet hersteld. ... zei dat alle landen hun
    banden herstellen"): a meeting that failed may still have been held, an act not done is not done."""
    if (e.status == "negated") == (c.status == "negated"):
        return False
    days = lambda x: (x.interval.start, x.interval.end) if x.interval else None  # noqa: E731
    return ("planned" in (e.status, c.status) or days(c) != days(e)  # (undated: the publication's day)
            or (e.status == "negated" and c.status == "occurred" and c.type not in _MEETINGS))


def _hosts_the_group(e: Candidate, c: Candidate) -> bool:
    """A reception (status.toml reception_rules) of a group told right after its verb (hosted_group_words: "ontving de
    twee ministers"), close (three sentences) after a meeting of two or more parties of the same status: its host."""
    st = lexicon.load("status")
    if (c.rule not in st.get("reception_rules", []) or e.type not in _MEETINGS or e.status != c.status
            or len(set(e.actors)) < 2 or c.sentence.index - (e.more[-1] if e.more else e).sentence.index > 3):
        return False
    low = c.sentence.text.lower()
    at = low.find(c.trigger.split()[0].lower()) if c.trigger.strip() else -1
    rest = " ".join(_WORDS.findall(low[at:]))[len(c.trigger.split()[0]):].lstrip() if at >= 0 else ""
    return any(rest.startswith(w + " ") for w in st.get("hosted_group_words", []))


def _same_day(e: Candidate, c: Candidate, today: dt.date | None) -> bool:
    """Both mentions dated (by their sentence or their context, else the publication day `today`) to the same day."""
    def day(x: Candidate) -> dt.date | None:
        iv = x.interval or x.fallback
        if iv is None:
            return today
        return iv.start if iv.precision == "day" and iv.start == iv.end else None
    return day(e) is not None and day(e) == day(c)


def _same_parties(a: list[str], b: list[str]) -> bool:
    """Each actor of either is among the other's, or a member of an organisation among them (Italy beside the G7)."""
    members = actors.gazetteer().members
    def covered(x: str, group: list[str]) -> bool:
        return x in group or any(x in members.get(o, ()) for o in group)
    return bool(a) and bool(b) and all(covered(x, b) for x in a) and all(covered(x, a) for x in b)


def _same_object(e: Candidate, c: Candidate) -> bool:
    """A noun after 'de' or 'het' (status.toml same_object_determiners) within eight words after each mention's trigger
    in common ("veroordeelden de ministers de beschieting", "veroordelen ze de beschieting"): the same thing spoken of."""
    def nouns(x: Candidate) -> set[str]:
        low = x.sentence.text.lower()
        at = low.find(x.trigger.lower()) if x.trigger.strip() else -1
        if at < 0:
            return set()
        words = _WORDS.findall(low[at + len(x.trigger):])[:8]
        dets = lexicon.load("status").get("same_object_determiners", [])
        return {words[i + 1] for i in range(len(words) - 1) if words[i] in dets}
    return bool(nouns(e) & nouns(c))


def _bare_mediation(c: Candidate) -> bool:
    """A mediation (status.toml mediation_rules) that names no parties after its trigger (mediation_party_words):
    "Brazilië was de bemiddelaar" is the go-between's part in the talks told before it."""
    st = lexicon.load("status")
    if c.rule not in st.get("mediation_rules", []):
        return False
    low = c.sentence.text.lower()
    at = low.find(c.trigger.split()[0].lower()) if c.trigger.strip() else -1
    return at >= 0 and set(_WORDS.findall(low[at:])).isdisjoint(st.get("mediation_party_words", []))


def _another_meeting(e: Candidate, c: Candidate) -> bool:
    """A second meeting rather than a repeat: a sequence word, or new people on both sides."""
    if e.type not in _MEETINGS:
        return False
    if (c.type == "talks" and e.rule in lexicon.load("status").get("reception_rules", []) and c.status == e.status
            and c.sentence.index - (e.more[-1] if e.more else e).sentence.index <= 2 and set(c.actors) <= set(e.actors)
            and _group_opening(c.sentence.text)):
        return False  # "De twee overlegden daarna urenlang": the talks of a reception just told, one visit
    if (c.type == "talks" and e.rule in lexicon.load("status").get("visit_rules", []) and c.status == e.status
            and not e.more and len(e.people) <= 1 and c.sentence.index - e.sentence.index <= 2
            and _actors_fit(e.actors, c.actors) and set(e.actors) & set(c.actors) and (
                _starts_with_pronoun(c.sentence.text) or bool(set(e.people) & set(c.people)))):
        return False  # "Hij was vandaag in Lima ... en overlegde later met de president": the talks of the visit just told
    if _hosts_the_group(e, c):
        return False  # "De Peruaanse president ontving de twee ministers" after their meeting: its host
    if _mediated_then_direct(e, c):
        return True  # "Washington sprak met beide regeringen. De bevelhebbers hadden elkaar zelf gesproken": apart
    text = _sequence_within().sub(" ", c.sentence.text)  # "eerst onder vier ogen en daarna met ...": one meeting
    words = set(re.findall(r"\w+", text.lower()))
    if words & rules.cues()["sequence"] or _sequence_phrase().search(text):
        return True
    if (c.type == "talks" and c.status == e.status and set(c.actors) <= set(e.actors) and _group_opening(c.sentence.text)
            and c.sentence.index - (e.more[-1] if e.more else e).sentence.index <= 2):
        return False  # "Ze spraken twee uur, met hun ministers erbij": the parties just told, those named beside them
        # attending the same meeting (not new people of another one)
    seen = set(e.people) | {p for m in e.more for p in m.people}
    opener = _WORDS.findall(e.sentence.text[:20].lower())[:1]
    if not e.more and opener and opener[0] in lexicon.load("status")["source_openers"]:
        seen = set()  # "Volgens de Turkse president zullen ...": the person who told it is no party
    if len(seen) == 1 and (_starts_with_pronoun(c.sentence.text) or _inverted_pronoun_subject(c.sentence.text)):
        return False  # "Scholz was maandag in Kiev. Hij sprak daar met Zelensky": the one person named before (also
        # after the verb of an inverted clause: "In mei reisde hij naar Lima en sprak met de president")
    return bool(seen and c.people and set(c.people) - seen and seen - set(c.people))




def _mediated_then_direct(e: Candidate, c: Candidate) -> bool:
    """Talks of a third party 'met beide regeringen' (or 'met de twee landen'), then the two sides told speaking to
    each other ('elkaar'), the third not among them: a direct contact of their own, not the mediator's talks again."""
    reciprocal = _status_pattern("reciprocal")
    return (c.type == "talks" and bool(reciprocal.search(c.sentence.text))
            and bool(_status_pattern("with_both").search(e.sentence.text))
            and not reciprocal.search(e.sentence.text) and bool(c.actors) and set(c.actors) < set(e.actors))


def _group_opening(text: str) -> bool:
    """A sentence opened by the group of those named before ("De twee ...", "Ze ..."; places.toml bare_groups and
    plural_pronouns)."""
    words = [*lexicon.load("places")["bare_groups"], *_plural_pronouns()]
    return re.match(r"\W*(?:%s)\b" % "|".join(re.escape(w) for w in words), text, re.IGNORECASE) is not None


@lru_cache(maxsize=1)
def _sequence_phrase() -> re.Pattern:
    """status.toml sequence_phrases: 'ook apart', 'afzonderlijke' put a meeting beside the one told before."""
    return re.compile("|".join(lexicon.load("status").get("sequence_phrases", [])) or "(?!)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _in_force() -> re.Pattern:
    """status.toml in_force_phrases: an agreement's entry into force, a later step than its making."""
    return re.compile("|".join(lexicon.load("status")["in_force_phrases"]), re.IGNORECASE)


@lru_cache(maxsize=1)
def _sequence_within() -> re.Pattern:
    """status.toml sequence_within: 'eerst ... en daarna' orders the parts of one meeting, not a second one."""
    return re.compile("|".join(lexicon.load("status").get("sequence_within", [])) or "(?!)", re.IGNORECASE)


def _another_document(e: Candidate, c: Candidate) -> bool:
    """'De twee leiders ondertekenden een verklaring ... Ook werd een contract gesloten ...': an agreement told by
    its noun after an indefinite article (status.toml new_document_determiners) in a sentence opened by 'Ook'
    (new_document_openers), after one told so by another noun, is another document."""
    if c.type != "agreement" or c.definite or c.described or c.anaphoric:
        return False
    first = c.sentence.text.split(None, 1)[:1]
    if not first or first[0].strip("'\"‘“„").lower() not in lexicon.load("status")["new_document_openers"]:
        return False
    nouns = [m.trigger.lower() for m in (e, *e.more)]
    return (c.trigger.lower() not in nouns and _indefinite_noun(c)
            and all(m.type == "agreement" and _indefinite_noun(m) for m in (e, *e.more)))


def _list_item(text: str) -> bool:
    """A sentence that opens with a list mark (status.toml list_item_marks) and a space: an item of a list."""
    return text.startswith(tuple(lexicon.load("status")["list_item_marks"])) and text[1:2].isspace()


def _another_item(e: Candidate, c: Candidate) -> bool:
    """'- De centrale banken sloten ...' and '- De regeringen kwamen overeen ...': two items of one list (status.toml
    list_item_marks opening both sentences, on lines of their own), one act each."""
    if e.sentence.index == c.sentence.index or not _list_item(e.sentence.text):
        return False
    if _list_item(c.sentence.text):
        return True
    # "De presidenten spraken ook af dat ..." right after such a list: 'ook' after the verb adds another act to the list's
    low = c.sentence.text.lower()
    at = low.find(c.trigger.split()[0].lower()) if c.trigger else -1
    after = re.findall(r"\w+", low[at:])[1:2] if at >= 0 else []
    return bool(after) and after[0] in lexicon.load("status")["addition_openers_before_verb"]


def _indefinite_noun(c: Candidate) -> bool:
    """Whether the candidate's trigger is a single noun after an indefinite article ('een contract')."""
    word = c.trigger
    if not word.isalpha() and not word.replace("-", "").isalpha():
        return False
    return bool(re.search(rf"{_new_document_before().pattern}{re.escape(word)}(?!\w)", c.sentence.text, re.IGNORECASE))


@lru_cache(maxsize=1)
def _new_document_before() -> re.Pattern:
    words = lexicon.load("status")["new_document_determiners"]
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, sorted(words)))})\s+{_adjectives()}", re.IGNORECASE)


def _in_addition(c: Candidate) -> bool:
    """'Daarnaast presenteerden de presidenten een verklaring', 'Verder spraken ze af dat ...': another event of the
    kind just told (status.toml addition_words anywhere, addition_openers as the sentence's first word); an act told
    in the pluperfect with 'eerder' ("Het ministerie had eerder gedreigd", earlier_act_phrases) was done before it."""
    words = re.findall(r"\w+", c.sentence.text.lower())
    st = lexicon.load("status")
    if (len(words) > 1 and c.type in st["addition_before_verb_types"]
            and (dates.is_past_form(words[1]) or words[1] in st["addition_reported_verbs"])
            and words[0] in st["addition_openers_before_verb"]):
        return True  # "Ook riep Riga zijn gezant terug" after an expulsion: a further act
    if c.type in lexicon.load("status")["addition_after_verb_types"] and c.trigger and " " not in c.trigger.strip():
        low = c.sentence.text.lower()
        after = re.findall(r"\w+", low[low.find(c.trigger.lower()) + len(c.trigger):])
        if after and after[0] in lexicon.load("status")["addition_openers_before_verb"]:
            return True  # "Den Haag eist ook dat ..." after a demand of its own: a further demand
    if c.type in st.get("addition_infinitive_types", []) and c.trigger and _another_term_agreed(c, words, st):
        return True  # "Ook kwamen ze overeen te werken aan ...", "Ze spraken ook af een hotline in te stellen": a further act
    return (not rules.cues()["addition"].isdisjoint(words) or bool(words) and words[0] in rules.cues()["addition_openers"]
            or bool(rules.cues()["earlier_act"].search(rules.lower(c.sentence.text))))  # "had eerder gedreigd"


def _another_term_agreed(c: Candidate, words: list[str], st: dict) -> bool:
    """'ook' opening the sentence before a past verb, or right after the trigger's verb, and what was agreed an
    infinitive with 'te' (status.toml addition_infinitive_words) before any 'dat': a further act agreed (not "Ook
    kwamen ze overeen dat ...", a term of the one just told)."""
    low = c.sentence.text.lower()
    at = low.find(c.trigger.split()[0].lower())
    if at < 0:
        return False
    after = re.findall(r"\w+", low[at:])
    opener = len(words) > 1 and words[0] in st["addition_openers_before_verb"] and dates.is_past_form(words[1])
    if not (opener or len(after) > 1 and after[1] in st["addition_openers_before_verb"]):
        return False
    for w in after[1:]:
        if w in st.get("addition_infinitive_words", []):
            return True
        if w in rules.cues()["relative"] or w in rules.cues()["complementizers"]:
            return False
    return False


def _measure_of_package(c: Candidate) -> bool:
    """A sanction told in the present with no word of a plan, a wish, a condition or a further package (status.toml
    package_measure_not_words: "zal", "wil", "nieuwe" ...): made planned (and read as future) only by a present passive
    ("worden bevroren"), "gaan dicht" or "komt er", it lists a measure of the package just told."""
    words = set(_WORDS.findall(c.sentence.text.lower()))
    return dates.tense_of(c.sentence.text) in ("present", "future") and words.isdisjoint(_package_measure_not_words())


@lru_cache(maxsize=1)
def _package_measure_not_words() -> frozenset[str]:
    return frozenset(lexicon.load("status")["package_measure_not_words"])


def _other_agent(e: Candidate, c: Candidate) -> bool:
    """'De G7 hekelt China' and 'Het Kremlin noemt het diefstal': the same kind of event by
    other actors (no agent in common) is another event. A first mention that opens with a pronoun ("Hij riep
    alle partijen op ...") has, for a speech act (one party's call, warning, condemnation or proposal), the source
    its context gave: "Ook de Japanse minister riep ... op" is Japan's call."""
    agent = e.agent or (e.source if c.type in rules.cues()["speech_acts"] and _starts_with_pronoun(e.sentence.text) else [])
    return bool(agent and c.agent) and not set(agent) & set(c.agent) and c.type not in _MEETINGS


def _actors_fit(a: list[str], b: list[str]) -> bool:
    """Same participants: one set holds the other, or they share at least half (a member
    state counts as its organisation: Italy at the G7 summit)."""
    sa, sb = _with_organisations(a, b), _with_organisations(b, a)
    if not sa or not sb or sa <= sb or sb <= sa:
        return True
    return len(sa & sb) / len(sa | sb) >= 0.5


def _with_organisations(codes: list[str], other: list[str]) -> set[str]:
    """`codes`, where a member of an organisation named in `other` also stands for it."""
    members = actors.gazetteer().members
    own = set(codes)
    return own | {o for o in other if not own.isdisjoint(members.get(o, ()))}


def _width(iv: Interval) -> int:
    return (iv.end - iv.start).days


def _event(article: Article, c: Candidate) -> Event:
    pub = article.published
    mentions = [c, *c.more]
    if c.interval or c.fallback:
        iv, src = (c.interval, c.date_source) if c.interval else (c.fallback, "context")
        start, end, prec, text = iv.start.isoformat(), iv.end.isoformat(), iv.precision, iv.text
    elif pub and not c.undated:
        start, end, prec, text, src = pub.start.isoformat(), pub.end.isoformat(), pub.precision, "", "publication"
    else:
        start = end = None
        prec, text, src = "unknown", "", "none"
    first = c.sentence
    key = f"{article.id}|{c.type}|{first.start}|{c.rule}" + ("|repeat" if c.repeat else "")
    return Event(
        event_id="e-" + hashlib.sha1(key.encode()).hexdigest()[:16], type=c.type, cameo=c.cameo,
        status=c.status, date_start=start, date_end=end, date_precision=prec, date_text=text,
        actors=c.actors, source_actors=c.source, target_actors=c.target, people=c.people,
        location=c.location, evidence=[{"article_id": article.id, "sentence": m.sentence.text,
                                        "start": m.sentence.start, "end": m.sentence.end} for m in mentions],
        trigger=c.trigger, rule=c.rule, date_source=src, article_ids=[article.id],
        titles=[article.title] if article.title else [], urls=[article.url] if article.url else [],
        sources=[article.source] if article.source else [], published=[pub.iso] if pub else [])


def extract_article(article: Article) -> list[Event]:
    """All events of one article."""
    pub = article.published
    return [_event(article, c) for c in join(candidates(article), pub.start if pub is not None and pub.precision == "day" else None)]


def version() -> str:
    """Changes whenever the code version or any lexicon file changes."""
    return f"{CODE_VERSION}-{lexicon.fingerprint()}"


def base_version() -> str:
    """The code version and every lexicon file but the trigger rules themselves, the entries of
    countries, organisations and people, and the words of status.toml, places.toml and offices.toml,
    which concern only the articles they can match in or be read for (`rules.relevance`,
    `actors.relevance`, `cuewords.relevance`)."""
    skip = ("triggers", *cuewords.FILES, *actors.ENTRY_FILES)
    return (f"{CODE_VERSION}-{lexicon.fingerprint(skip=skip)}-{rules.settings_digest()}-{actors.settings_digest()}"
            f"-{cuewords.settings_digest()}")


def extract_paths(*args, **kwargs):
    """Moved to events.pipeline (run orchestration); kept here for callers."""
    from .pipeline import extract_paths as run
    return run(*args, **kwargs)


def __getattr__(name: str):
    """`extract.Result` after its move to events.pipeline."""
    if name == "Result":
        from .pipeline import Result
        return Result
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
