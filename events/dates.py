"""Dutch temporal expressions -> inclusive date intervals anchored to the publication date."""
from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass

import ahocorasick
from functools import lru_cache

from . import anchors, lexicon
from .model import Interval, PubDate, frozen

D = dt.date
ONE = dt.timedelta(days=1)


_LOWERED: dict[int, tuple[str, str, bool]] = {}  # id(text) -> (text, text.lower(), same length), oldest first
_LOWERED_KEPT = 6


def lowered(text: str) -> tuple[str, bool]:
    """text.lower(), and whether it has the length of the text, remembered for the last few texts
    asked (by identity): an article's text is lowered by the trigger, date and collective steps,
    a sentence's by its tense, tokens and status checks. Keyed by id: an entry holds its text, so
    no other live object can have that id (one dict lookup instead of a walk over the entries)."""
    hit = _LOWERED.get(id(text))
    if hit is not None and hit[0] is text:
        return hit[1], hit[2]
    low = text.lower()
    same = len(low) == len(text)
    _LOWERED[id(text)] = (text, low, same)
    if len(_LOWERED) > _LOWERED_KEPT:
        try:
            del _LOWERED[next(iter(_LOWERED))]  # the oldest
        except (KeyError, RuntimeError):  # another thread (Dask's in-process workers) changed it meanwhile
            pass
    return low, same


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _group(words) -> str:
    """The words as one non-capturing alternative, longest first."""
    return f"(?:{_alt(words)})"


class _Words:
    """The calendar lexicon, compiled once."""

    def __init__(self) -> None:
        cal = lexicon.load("calendar")
        self.months = {m: i + 1 for i, m in enumerate(cal["months"])}
        self.months.update(cal["month_abbreviations"])
        self.month_abbreviations = frozenset(cal["month_abbreviations"])
        self.weekdays = {w: i for i, w in enumerate(cal["weekdays"])}
        self.numbers = cal["numbers"]
        self.vague_numbers = {k: tuple(v) for k, v in cal["vague_numbers"].items()}
        self.parts_of_day = cal["parts_of_day"]
        self.day_parts = cal["weekday_parts"]["suffixes"]
        self.seasons = {k: v["month"] for k, v in cal["seasons"].items()}
        self.modifiers = cal["modifiers"]
        self.direction = cal["direction"]
        self.holidays = cal["holidays"]
        self.ordinals = cal["ordinals"]
        self.decades = cal["decades"]
        self.units = cal["units"]
        self.units_all = {**cal["units"], **cal["units_plural"]}
        self.units_plural = cal["units_plural"]
        self.grammar = {k: list(v) for k, v in cal["grammar"].items()}
        self.to_this_day = tuple(self.grammar["to_this_day"])
        self.unit_of_event = tuple(self.grammar["unit_of_event"])
        self.unit_used = tuple(self.grammar["unit_used"])
        self.span_directions = cal["span_directions"]
        self.shifts = cal["shifts"]
        self.year_relative = cal["year_relative"]
        self.date_suffixes = cal["date_suffixes"]
        tense = lexicon.load("tense")
        self.future = set(tense["future"])
        self.not_future_after = {k: frozenset(v) for k, v in tense["not_future_after"].items()}
        self.not_future = re.compile(rf"(?<!\w)(\w+)\s+({_alt(self.not_future_after)})(?!\w)")
        self.past = set(tense["past"])
        self.perfect = set(tense["perfect_auxiliaries"])
        self.possessive_words = frozenset(tense["possessive_auxiliaries"])
        self.possessive = re.compile(rf"(?<!\w)(?:{_alt(tense['inseparable_prefixes'])})\w{{2,}}t\s+(?:[\w-]+\s+){{0,12}}?"
                                     rf"({_alt(tense['possessive_auxiliaries'])})\s+\w")
        self.either = {p + f for f in tense["either"] for p in ["", *tense["particles"]]}
        mo = self.morphology = tense["morphology"]
        self.participle = re.compile(rf"(?:{_alt(tense['particles'])})?{re.escape(mo['participle_prefix'])}\w{{2,}}(?:d|t|en)$"
                                     rf"|(?:{_alt(tense['inseparable_prefixes'])})\w{{2,}}(?:d|t|en)$")
        not_after = "".join(rf"(?<!\b{re.escape(a)} )" for a in mo["adjective_after"])  # whole words: "ambassade duurde"
        self.weak = re.compile(rf"(?<![\w-]){not_after}([a-z]{{3,}}(?:{_alt(mo['weak_past_endings'])}))(?![\w-])")
        self.doubled = re.compile(rf"([{''.join(mo['doubled_vowels'])}])\1")
        self.alternatives = self._alternatives()
        gr = self.grammar
        keys = [*self.months, *self.weekdays, *self.parts_of_day, *self.seasons, *self.holidays,
                *self.direction, *self.units_all, *gr["quarter"], *gr["half_year"], *gr["ago"], *gr["ahead"], *gr["within"],
                *gr["hour"]]
        self.content_words = frozenset({*(k.lower() for k in keys), *"0123456789"})  # every expression holds one
        self.content = anchors.automaton((k, k) for k in self.content_words)
        self.anchors, self._sets = self._anchors()
        self._patterns: dict[tuple[int, bool], tuple[re.Pattern, dict]] = {}

    def _anchors(self) -> tuple[ahocorasick.Automaton, list[tuple[int, ...]]]:
        """An automaton of the literal beginnings of the expressions (every one begins with one of
        them); each says which alternatives can begin there, as an index into the returned sets.
        An alternative can begin at a hit when one of its beginnings and the hit's is a prefix of
        the other."""
        own = [{p.lower() for p in anchors.prefixes(pat, 3)} for _, pat in self.alternatives]
        heads = [{p[:k] for p in ps for k in range(1, len(p))} for ps in own]  # 'de' of 'de '
        sets: dict[tuple[int, ...], int] = {}
        words = []
        for p in set().union(*own):
            which = tuple(i for i, ps in enumerate(own)
                          if p in ps or p in heads[i] or any(p[:k] in ps for k in range(1, len(p))))
            words.append((p, (len(p), sets.setdefault(which, len(sets)))))
        return anchors.automaton(words), list(sets)

    def pattern(self, k: int, ci: bool = False) -> tuple[re.Pattern, dict]:
        """The pattern of the alternatives of the k-th anchor set (in their order, so a match is the
        one the pattern of all would give there), compiled on first use, and its group kinds;
        `ci`: case-insensitive, for text whose lower case changes length."""
        key = (k, ci)
        if key not in self._patterns:
            body = "|".join(f"(?P<K__{name}>{pat})" for name, pat in (self.alternatives[i] for i in self._sets[k]))
            pattern = re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE if ci else 0)
            self._patterns[key] = pattern, _kind_groups(pattern)
        return self._patterns[key]

    def _alternatives(self) -> list[tuple[str, str]]:
        """The kinds of expression and their patterns, in the order they are tried, built from the
        calendar lexicon's words; all words are lower case, the patterns run on lower-cased text."""
        g = {k: _group(v) for k, v in self.grammar.items()}
        M = "(?:" + "|".join(re.escape(m) + (r"\.?" if m in self.month_abbreviations else "")  # "12 okt.", not "4 maart."
                             for m in sorted(self.months, key=len, reverse=True)) + ")"
        W, P, DIR = _group(self.weekdays), _group(self.day_parts), _group(self.direction)
        N = rf"(?:\d{{1,2}}|{_alt({**self.numbers, **self.vague_numbers})})"
        MOD, SHIFT, ORD, S = _group(self.modifiers), _group(self.shifts), _group(self.ordinals), _group(self.seasons)
        Y = r"(?:1[89]\d\d|20\d\d)"
        ART, OF = g["articles"], g["of"]
        UNIT = _group(k for k, v in self.units.items() if v != "day")  # "de volgende dag" counts from an event, not today
        WEEK, YEAR = (_group(k for k, v in self.units.items() if v == unit) for unit in ("week", "year"))
        YEARS = _group(k for k, v in self.units_all.items() if v == "year")  # "de afgelopen twee jaar"
        PERIOD = _group(k for k, v in self.units.items() if v in ("week", "month", "year"))
        SPAN = _group(k for k, v in self.units_plural.items() if v != "year")
        OFFSET = _group(k for k, v in self.units_all.items() if v != "weekend")
        TIME = rf"(?:\s+(?:{g['at']}\s+)?\d{{1,2}}[.:]\d{{2}}(?:\s*{g['hour']})?)?"
        DEI = _alt(self.parts_of_day)
        HOL = _alt(self.holidays)
        YREL = rf"(?:{OF}\s+)?(?:{_alt(self.year_relative)})\s+{YEAR}"
        alts = [
            ("iso", rf"(?P<iso>{Y}-\d\d-\d\d)"),
            ("numdate", r"(?P<numdate>\d{1,2}[-/]\d{1,2}[-/](?:19|20)\d\d)"),
            ("monthrange", rf"(?:{g['range_from']}\s+(?P<mr_m1>{M})\s+{g['range_across_to']}|{g['range_between']}\s+(?P<mr_m1b>{M})\s+{g['range_and']})"
                           rf"\s+(?P<mr_m2>{M})(?!\s*\d)(?:\s+(?P<mr_y>{Y}))?"),
            ("range2", rf"(?:(?:{g['range_from']}\s+)?(?P<r2_d1>\d{{1,2}})\s+(?P<r2_m1>{M})\s*{g['range_across_to']}"
                       rf"|{g['range_between']}\s+(?P<r2_d1b>\d{{1,2}})\s+(?P<r2_m1b>{M})\s+{g['range_and']})"
                       rf"\s*(?P<r2_d2>\d{{1,2}})\s+(?P<r2_m2>{M})(?:\s+(?P<r2_y>{Y}))?"),
            ("range", rf"(?:{g['range_from']}\s+)?(?P<r_d1>\d{{1,2}})\s*{g['range_to']}\s*(?P<r_d2>\d{{1,2}})\s+(?P<r_m>{M})(?:\s+(?P<r_y>{Y}))?"),
            ("daymonth", rf"(?:(?P<dm_w>{W})\s+)?(?P<dm_d>\d{{1,2}}){g['day_suffixes']}?\s+(?P<dm_m>{M})(?:\s+(?:(?P<dm_y>{Y})|(?P<dm_yr>{YREL})))?(?:\s+(?P<dm_rel>{_alt(self.date_suffixes)}))?{TIME}"),
            ("halfyear", rf"(?:{ART}\s+)?(?P<hy_o>{ORD})\s+{g['half_year']}\s+{OF}\s+(?:(?P<hy_y>{Y})|(?P<hy_rel>{YREL})|(?P<hy_this>{ART}\s+{YEAR}))"),
            ("monthhalf", rf"(?:{ART}\s+)?(?P<mh_o>{ORD})\s+(?:{g['half_year']}|(?P<mh_week>{WEEK}))\s+{OF}\s+(?P<mh_m>{M})(?:\s+(?P<mh_y>{Y}|{YREL}))?"),
            ("quarter", rf"(?:{ART}\s+)?(?P<q_o>{ORD})\s+{g['quarter']}(?:\s+{OF}\s+(?:(?P<q_y>{Y})|(?P<q_rel>{YREL})))?"),
            ("decade", rf"{ART}\s+{g['decade']}\s+(?P<dec>{_alt(self.decades)}|'?[2-9]0)"),
            ("komende", rf"{ART}\s+(?P<k_dir>{_alt(self.span_directions)})\s+(?:(?:(?:{N})\s+{g['range_to']}\s+)?(?:(?P<k_n>{N})\s+)?(?P<k_unit>{SPAN})"
                        rf"|(?P<k_yn>{N})\s+(?P<k_years>{YEARS}))"),
            ("offset_ago", rf"(?P<ago_n>{N})\s+(?P<ago_unit>{OFFSET})\s+{g['ago']}"),
            ("offset_in", rf"{g['ahead']}\s+(?P<in_n>{N})\s+(?P<in_unit>{OFFSET})\b"),
            ("within", rf"{g['within']}\s+(?P<wi_n>{N})\s+(?P<wi_unit>{OFFSET})\b"),
            ("modthis", rf"(?P<mt_mod>{MOD})\s+(?:{OF}\s+)?{ART}\s+(?P<mt_unit>{PERIOD})"),
            ("thisweekend", rf"(?P<tw>{g['this_weekend']})(?!\s+{g['weekend_of']}\s+\d)"),
            ("yearmonth", rf"(?P<ym_yr>{YREL})\s+(?P<ym_m>{M})(?!\s+(?:\d|{Y}))"),
            ("relweek", rf"(?:(?P<rw_mod>{MOD}|{SHIFT})\s+)?(?:(?P<rw_art>{ART})\s+)?(?P<rw_dir>{DIR})\s+(?P<rw_unit>{UNIT})(?:\s+(?P<rw_wd>{W}))?"),
            ("night", rf"(?:{ART}\s+)?{g['night']}\s+(?:{OF}\s+(?:(?P<n_w1>{W})\s+{g['night_to']}\s+(?P<n_w2>{W})"
                      rf"|(?P<n_d1>\d{{1,2}})\s+{g['night_to']}\s+(?P<n_d2>\d{{1,2}})\s+(?P<n_m>{M})(?:\s+(?P<n_y>{Y}))?)"
                      rf"|{g['night_into']}\s+(?P<n_w3>{W})\b)"),
            ("weekrange", rf"(?:{g['range_from']}\s+)?(?P<wr_w1>{W})\s+{g['range_across_to']}\s+(?P<wr_w2>{W})(?![\w-])"),
            ("weekday", rf"(?:(?P<wd_dir>{DIR})\s+)?(?P<wd>{W})(?P<wd_part>{P})?(?:\s+(?P<wd_wdir>{DIR})\s+{WEEK}"
                        rf"|\s+(?P<wd_rel>{_alt(self.date_suffixes)})(?![\w-]))?{TIME}"),
            ("season", rf"(?:(?P<s_after>{g['after_season']})\s+)?(?:(?P<s_dir>{DIR})\s+)?(?:{ART}\s+)?(?P<s>{S})(?:\s+(?:(?:{OF}\s+)?(?P<s_y>{Y})|(?P<s_yr>{YREL})))?"),
            ("holiday", rf"(?P<hol>{HOL})(?:\s+(?P<hol_y>{Y}))?"),
            ("monthmod", rf"(?P<mm_mod>{MOD})\s+(?:{OF}\s+)?(?:(?P<mm_m>{M})(?:\s+(?P<mm_y>{Y}|{YREL}))?|(?P<mm_y2>{Y}))"),
            ("month", rf"(?P<m>{M})(?:\s+(?P<m_y>{Y}|{YREL}))?"),
            ("year", rf"{g['year_prepositions']}\s+(?P<y>{Y})\b(?!\s*{g['not_a_year_before']})"),
            ("deictic", rf"(?P<dei_mod>{SHIFT}\s+)?(?<!')(?<!'s\s)(?P<dei>{DEI}){TIME}"),
            ("time", rf"(?:{g['at']}\s+)?(?P<time>\d{{1,2}}[.:]\d{{2}})\s*{g['hour']}"),
        ]
        return alts


def _kind_groups(pattern: re.Pattern) -> dict[int, tuple[str, list[tuple[int, str]]]]:
    """For the group index of each alternative: its kind and its own named groups."""
    names = sorted((i, n) for n, i in pattern.groupindex.items())
    out, kind = {}, None
    for i, n in names:
        if n.startswith("K__"):
            kind = out[i] = (n[3:], [])
        elif kind:
            kind[1].append((i, n))
    return out


@lru_cache(maxsize=None)  # no arguments: one value; the unbounded cache is the cheaper call
def words() -> _Words:
    return _Words()


def _month_end(y: int, m: int) -> D:
    return D(y, m, calendar.monthrange(y, m)[1])


def _add_months(d: D, n: int) -> D:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    return D(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def _num(w: _Words, s: str | None) -> int:
    if not s:
        return 1
    s = s.lower()
    return int(s) if s.isdigit() else w.numbers.get(s, w.vague_numbers.get(s, (1, 1))[1])


def _num_range(w: _Words, s: str | None) -> tuple[int, int]:
    """The fewest and the most a count says: (n, n) for a number, (2, 4) for "paar"."""
    vague = w.vague_numbers.get((s or "").lower())
    return vague or (_num(w, s),) * 2


def _year_rel(s: str | None, ref: D) -> int | None:
    if not s:
        return None
    s = s.lower()
    if s.isdigit():
        return int(s)
    rel = words().year_relative
    return ref.year + next((rel[t] for t in s.split() if t in rel), 0)


def _easter(year: int) -> D:
    """Easter Sunday of a year (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    wk = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * wk) // 451
    month, day = divmod(h + wk - 7 * m + 114, 31)
    return D(year, month, day + 1)


def _pick_year(month: int, day: int | None, ref: D, tense: str) -> int:
    """Year of a month (and day) without a year: past looks back, future forward."""
    y = ref.year
    cand = D(y, month, min(day or 1, calendar.monthrange(y, month)[1]))
    if day is None:
        if tense == "past" and month > ref.month:
            return y - 1
        if tense == "future" and month < ref.month:
            return y + 1
        if tense in ("present", "either") and abs(month - ref.month) > 6:
            return y - 1 if month > ref.month else y + 1
        return y
    if tense == "past" and cand > ref:
        return y - 1
    if tense == "future" and cand < ref:
        return y + 1
    if tense in ("present", "either") and abs((cand - ref).days) > 183:
        return y - 1 if cand > ref else y + 1
    return y


def _year_of_weekday(weekday: int, month: int, day: int, y: int) -> int:
    """The year of a date named with its weekday and no year ("dinsdag 18 oktober"): the year the tense picked if
    the weekday fits it, else the year next to it where it fits (the tense of a sentence about what was said on a
    day can be future: "Dinsdag 3 mei: zij waarschuwt dat Oslo zal reageren"); the picked year if none does."""
    for cand in (y, y - 1, y + 1):
        if D(cand, month, day).weekday() == weekday:
            return cand
    return y


def _part(start: D, end: D, mod: str, unit: str) -> tuple[D, D]:
    """Apply begin/half/end to a month, week or year interval."""
    if mod == "begin":
        if unit == "month":
            return start, start.replace(day=10)
        if unit == "week":
            return start, start + ONE
        return start, _month_end(start.year, start.month + 2)
    if mod == "half":
        if unit == "month":
            return start.replace(day=11), start.replace(day=20)
        if unit == "week":
            return start + 2 * ONE, start + 3 * ONE
        return D(start.year, 6, 1), D(start.year, 7, 31)
    if mod == "end":
        if unit == "month":
            return start.replace(day=21), end
        if unit == "week":
            return start + 4 * ONE, end
        return D(start.year, 10, 1), end
    return start, end


def _week(d: D) -> tuple[D, D]:
    mon = d - d.weekday() * ONE
    return mon, mon + 6 * ONE


def _weekday(target: int, ref: D, tense: str, shift: int | None) -> D:
    """The weekday meant: last one (past), next one (future), or in a given week."""
    if shift is not None:
        mon = _week(ref)[0] + 7 * shift * ONE
        return mon + target * ONE
    delta = target - ref.weekday()
    if tense == "past" or (tense == "either" and (delta - 7 if delta > 0 else delta) >= -3):
        return ref + ((delta - 7) if delta > 0 else delta) * ONE  # either: the nearer of the two
    return ref + (delta + 7 if delta < 0 else delta) * ONE


def _resolve(kind: str, g: dict, ref: D, tense: str) -> tuple[D, D, str] | None:
    """Resolve one matched expression against a day-precise reference date."""
    w = words()
    g = defaultdict(lambda: None, g)
    low = defaultdict(lambda: None, {k: (v.lower() if isinstance(v, str) else v) for k, v in g.items()})
    if kind == "iso":
        d = D.fromisoformat(g["iso"])
        return d, d, "day"
    if kind == "numdate":
        d = _dateparser(g["numdate"])
        return (d, d, "day") if d else None
    if kind == "range":
        m = w.months[low["r_m"].rstrip(".")]
        y = int(g["r_y"]) if g["r_y"] else _pick_year(m, int(g["r_d1"]), ref, tense)
        d1, d2 = int(g["r_d1"]), int(g["r_d2"])
        if not (1 <= d1 < d2 <= calendar.monthrange(y, m)[1]):
            return None
        return D(y, m, d1), D(y, m, d2), "day" if d2 - d1 < 1 else ("week" if d2 - d1 < 7 else "month")
    if kind == "monthrange":  # "van maart tot mei", "tussen januari en april 2023": the whole months
        m1 = w.months[(low["mr_m1"] or low["mr_m1b"]).rstrip(".")]
        m2 = w.months[low["mr_m2"].rstrip(".")]
        y2 = int(g["mr_y"]) if g["mr_y"] else _pick_year(m2, None, ref, tense)
        y1 = y2 if m1 <= m2 else y2 - 1
        return D(y1, m1, 1), _month_end(y2, m2), "month"
    if kind == "range2":  # "van 28 februari tot en met 2 maart", "tussen 30 april en 2 mei"
        m1, m2 = w.months[(low["r2_m1"] or low["r2_m1b"]).rstrip(".")], w.months[low["r2_m2"].rstrip(".")]
        d1, d2 = int(g["r2_d1"] or g["r2_d1b"]), int(g["r2_d2"])
        if (m2, d2) <= (m1, d1) and m2 != 1:
            return None  # backwards, unless over the turn of the year
        y2 = int(g["r2_y"]) if g["r2_y"] else None
        if y2 is None:
            y1 = _pick_year(m1, d1, ref, tense)
            y2 = y1 + ((m2, d2) < (m1, d1))
        else:
            y1 = y2 - ((m2, d2) < (m1, d1))
        if d1 > calendar.monthrange(y1, m1)[1] or d2 > calendar.monthrange(y2, m2)[1] or not (d1 and d2):
            return None
        s, e = D(y1, m1, d1), D(y2, m2, d2)
        return s, e, "week" if (e - s).days < 7 else "month"
    if kind == "daymonth":
        m = w.months[low["dm_m"].rstrip(".")]
        day = int(g["dm_d"])
        if low.get("dm_rel"):
            tense = "past" if w.date_suffixes[low["dm_rel"]] < 0 else "future"
        y = int(g["dm_y"]) if g["dm_y"] else (_year_rel(g["dm_yr"], ref) if g["dm_yr"] else _pick_year(m, day, ref, tense))
        if low["dm_w"] and not g["dm_y"] and not g["dm_yr"] and 1 <= day <= 28:
            y = _year_of_weekday(w.weekdays[low["dm_w"]], m, day, y)  # "maandag 21 oktober": the year it is a Monday
        if day > calendar.monthrange(y, m)[1] or day < 1:
            return None
        d = _dateparser(f"{day} {low['dm_m'].rstrip('.')} {y}") if g["dm_y"] else D(y, m, day)
        return (d, d, "day") if d else None
    if kind == "monthhalf":  # "de tweede helft van april", "de laatste week van juni"
        m = w.months[low["mh_m"].rstrip(".")]
        y = _year_rel(g["mh_y"], ref) or _pick_year(m, None, ref, tense)
        last, o = calendar.monthrange(y, m)[1], w.ordinals[low["mh_o"]]
        if g["mh_week"]:
            if o > 4:
                return None
            s = last - 6 if o < 0 else 7 * (o - 1) + 1
            return D(y, m, s), D(y, m, min(last, s + 6)), "week"
        if o not in (1, 2, -1):
            return None
        return (D(y, m, 1), D(y, m, 15), "month") if o == 1 else (D(y, m, 16), D(y, m, last), "month")
    if kind == "halfyear":
        y = int(g["hy_y"]) if g["hy_y"] else (_year_rel(g["hy_rel"], ref) if g["hy_rel"] else ref.year)  # "van het jaar": this one
        return (D(y, 1, 1), D(y, 6, 30), "quarter") if w.ordinals[low["hy_o"]] == 1 else (D(y, 7, 1), D(y, 12, 31), "quarter")
    if kind == "quarter":
        y = int(g["q_y"]) if g["q_y"] else (_year_rel(g["q_rel"], ref) or ref.year)
        q = w.ordinals[low["q_o"]] % 5 or 4  # "laatste" (-1) is the fourth
        return D(y, 3 * q - 2, 1), _month_end(y, 3 * q), "quarter"
    if kind == "decade":
        dec = low["dec"].lstrip("'")
        t = w.decades.get(dec) or int(dec[0])
        return D(1900 + 10 * t, 1, 1), D(1909 + 10 * t, 12, 31), "year"
    if kind == "komende":
        if g["k_years"]:  # "de afgelopen twee jaar": that many years up to (or from) the reference day
            n = _num(w, g["k_yn"])
            if w.span_directions[low["k_dir"]] > 0:
                return ref + ONE, _add_months(ref, 12 * n), "year"
            return _add_months(ref, -12 * n), ref - ONE, "year"
        n = _num(w, g["k_n"]) if g["k_n"] else None
        unit = w.units_all[low["k_unit"]]
        days = {"day": 7 if n is None else n, "week": 28 if n is None else 7 * n,
                "month": 90 if n is None else 30 * n}[unit]
        prec = "week" if unit != "month" else "month"
        if w.span_directions[low["k_dir"]] > 0:
            return ref + ONE, ref + days * ONE, prec
        return ref - days * ONE, ref - ONE, prec
    if kind == "within" and tense == "past":
        return None  # "kwam binnen twee weken terug": within weeks of something else, not of today
    if kind in ("offset_ago", "offset_in", "within"):
        p = {"offset_ago": "ago", "offset_in": "in", "within": "wi"}[kind]
        fewest, most = _num_range(w, g[f"{p}_n"])
        unit = w.units_all[low[f"{p}_unit"]]
        sign = -1 if p == "ago" else 1
        if low[f"{p}_n"] in w.grammar["one_and_a_half"]:
            return _one_and_a_half(ref, unit, sign, p == "wi")

        def offset(n: int) -> D:
            if unit == "day":
                return ref + sign * n * ONE
            if unit == "week":
                return ref + sign * 7 * n * ONE
            return _add_months(ref, sign * n * (1 if unit == "month" else 12))
        if p == "wi":  # "binnen drie maanden": any day up to then
            return ref, offset(most), {"day": "week", "week": "week", "month": "month"}.get(unit, "year")
        if fewest != most:  # "een paar weken geleden": any day in that stretch
            a, b = sorted((offset(fewest), offset(most)))
            return a, b, {"day": "week", "week": "month", "month": "quarter"}.get(unit, "year")
        return offset(most), offset(most), "day"
    if kind == "modthis":  # "eind van het jaar", "begin van de week": of the current one
        this = next(k for k, v in w.direction.items() if v == 0)
        return _resolve("relweek", {"rw_mod": g["mt_mod"], "rw_dir": this, "rw_unit": g["mt_unit"]}, ref, tense)
    if kind == "thisweekend":  # "in het weekend": as "dit weekend"
        this = next(k for k, v in w.direction.items() if v == 0)
        unit = next(k for k, v in w.units.items() if v == "weekend")
        return _resolve("relweek", {"rw_dir": this, "rw_unit": unit}, ref, tense)
    if kind == "relweek":
        shift = w.direction[low["rw_dir"]]
        unit = w.units[low["rw_unit"]]
        mod = low["rw_mod"]
        shift_to = w.shifts.get(mod or "")  # "later deze week": "after"; "eerder dit jaar": "before"
        if shift_to == "by_tense":  # "nog deze week": the rest of it, or in the past the part before
            shift_to = "before" if tense == "past" else "after"
        recent = low["rw_dir"] in w.grammar["most_recent"]
        rolling = w.span_directions.get(low["rw_dir"]) if low["rw_art"] and not mod and not low["rw_wd"] else None
        if rolling and unit in ("week", "month", "year"):  # "het afgelopen jaar": the last twelve months
            months = {"month": 1, "year": 12}.get(unit)
            if rolling < 0:
                return (_add_months(ref, -months) if months else ref - 7 * ONE), ref - ONE, unit
            return ref + ONE, (_add_months(ref, months) if months else ref + 7 * ONE), unit
        if unit in ("week", "weekend"):
            mon, sun = _week(ref + 7 * shift * ONE)
            if low["rw_wd"]:
                d = mon + w.weekdays[low["rw_wd"]] * ONE
                return d, d, "day"
            if unit == "weekend":
                if shift == 0 and tense == "past" and ref.weekday() < 5:
                    mon, sun = _week(ref - 7 * ONE)
                if shift == -1 and ref.weekday() < 5 and recent:
                    mon, sun = _week(ref - 7 * ONE)
                elif shift == 1 and ref.weekday() < 5 and low["rw_dir"] in w.grammar["nearest_next"]:
                    mon, sun = _week(ref)
                return mon + 5 * ONE, sun, "week"
            if shift_to == "before":
                return mon, max(mon, ref - ONE) if ref > mon else mon, "week"
            if shift_to == "after":
                return min(ref + ONE, sun), sun, "week"
            s, e = _part(mon, sun, w.modifiers.get(mod, ""), "week") if mod else (mon, sun)
            return s, e, "week"
        if unit == "month":
            first = _add_months(ref.replace(day=1), shift)
            last = _month_end(first.year, first.month)
            if shift_to == "after":
                return min(ref + ONE, last), last, "month"
            if shift_to == "before":
                return first, max(first, ref - ONE), "month"
            s, e = _part(first, last, w.modifiers.get(mod, ""), "month") if mod else (first, last)
            return s, e, "month"
        y = ref.year + shift
        if shift_to:
            return (ref + ONE, D(y, 12, 31), "year") if shift_to == "after" else (D(y, 1, 1), ref - ONE, "year")
        s, e = _part(D(y, 1, 1), D(y, 12, 31), w.modifiers.get(mod, ""), "year") if mod else (D(y, 1, 1), D(y, 12, 31))
        return s, e, "year" if not mod else "quarter"
    if kind == "night":  # "de nacht van dinsdag op woensdag", "de nacht naar zondag": both days
        if g["n_w3"]:
            d = _weekday(w.weekdays[low["n_w3"]], ref, tense, None)
            return d - ONE, d, "day"
        if g["n_w1"]:
            if (w.weekdays[low["n_w1"]] + 1) % 7 != w.weekdays[low["n_w2"]]:
                return None
            d = _weekday(w.weekdays[low["n_w2"]], ref, tense, None)
            return d - ONE, d, "day"
        m, d1, d2 = w.months[low["n_m"].rstrip(".")], int(g["n_d1"]), int(g["n_d2"])
        y = int(g["n_y"]) if g["n_y"] else _pick_year(m, d2, ref, tense)
        if d2 != d1 + 1 or d2 > calendar.monthrange(y, m)[1]:
            return None
        return D(y, m, d1), D(y, m, d2), "day"
    if kind == "weekrange":  # "van dinsdag tot en met donderdag": from the first day on
        days = (w.weekdays[low["wr_w2"]] - w.weekdays[low["wr_w1"]]) % 7
        if not days:
            return None
        d = _weekday(w.weekdays[low["wr_w1"]], ref, tense, None)
        return d, d + days * ONE, "week"
    if kind == "weekday":
        target = w.weekdays[low["wd"]]
        shift = None
        if low["wd_wdir"]:
            shift = w.direction[low["wd_wdir"]]
        elif low["wd_dir"] or low["wd_rel"]:  # "afgelopen maandag", "maandag jl.", "vrijdag aanstaande"
            dirn = w.direction[low["wd_dir"]] if low["wd_dir"] else w.date_suffixes[low["wd_rel"]]
            if dirn < 0:
                tense = "past"
                d = _weekday(target, ref - ONE, "past", None)
                return d, d, "day"
            if dirn > 0:
                d = _weekday(target, ref + ONE, "future", None)
                return d, d, "day"
        d = _weekday(target, ref, tense, shift)
        if low["wd_part"] in w.grammar["night"]:  # "zaterdagnacht": into Sunday
            return d, d + ONE, "day"
        return d, d, "day"
    if kind == "season":
        start_m = w.seasons[low["s"]]
        if g["s_y"] or g["s_yr"]:  # "de zomer van 2022", "het najaar van vorig jaar"
            y = int(g["s_y"]) if g["s_y"] else _year_rel(g["s_yr"], ref)
        else:
            dirn = w.direction.get(low["s_dir"] or "", None)
            cur = D(ref.year if ref.month >= start_m or start_m != 12 else ref.year - 1, start_m, 1)
            if start_m == 12 and ref.month == 12:
                cur = D(ref.year, 12, 1)
            cur_end = _month_end(*divmod_month(cur, 2))
            if dirn is None:
                if not low["s_dir"] and not g["s_y"]:
                    dirn = -1 if tense == "past" and cur > ref else (1 if tense == "future" and cur_end < ref else 0)
            if dirn == 0:
                s = cur
            elif dirn < 0:
                s = cur if cur_end < ref else _add_months(cur, -12)
            else:
                s = cur if cur > ref else _add_months(cur, 12)
            y = s.year
        s = D(y, start_m, 1)
        if g["s_after"]:  # "na de zomer": the season after it
            s = _add_months(s, 3)
        return s, _month_end(*divmod_month(s, 2)), "season"
    if kind == "holiday":
        h = w.holidays[low["hol"]]
        if "easter" in h:  # a moveable feast: days from Easter Sunday of its year
            if g["hol_y"]:
                y = int(g["hol_y"])
            else:
                near = _easter(ref.year) + h["easter"] * ONE
                y = _pick_year(near.month, near.day, ref, tense)
            s = _easter(y) + h["easter"] * ONE
            return s, s + (h["days"] - 1) * ONE, "day"
        if g["hol_y"]:
            y = int(g["hol_y"])
        else:
            y = _pick_year(h["month"], h["day"], ref, tense)
        s = D(y, h["month"], h["day"])
        return s, s + (h["days"] - 1) * ONE, "day"
    if kind == "monthmod":
        mod = w.modifiers[low["mm_mod"]]
        if mod == "none":
            mod = ""
        if g["mm_m"]:
            m = w.months[low["mm_m"].rstrip(".")]
            y = _year_rel(g["mm_y"], ref) or _pick_year(m, None, ref, tense)
            s, e = _part(D(y, m, 1), _month_end(y, m), mod, "month")
            return s, e, "month"
        y = int(g["mm_y2"])
        s, e = _part(D(y, 1, 1), D(y, 12, 31), mod, "year")
        return s, e, "quarter"
    if kind == "yearmonth":  # "vorig jaar maart": that month of that year
        m = w.months[low["ym_m"].rstrip(".")]
        y = _year_rel(g["ym_yr"], ref)
        return D(y, m, 1), _month_end(y, m), "month"
    if kind == "month":
        m = w.months[low["m"].rstrip(".")]
        y = _year_rel(g["m_y"], ref) or _pick_year(m, None, ref, tense)
        return D(y, m, 1), _month_end(y, m), "month"
    if kind == "year":
        y = int(g["y"])
        return D(y, 1, 1), D(y, 12, 31), "year"
    if kind == "deictic":
        word = low["dei"]
        if word in w.grammar["overnight"]:
            return ref - ONE, ref, "day"
        d = ref + w.parts_of_day[word] * ONE
        return d, d, "day"
    if kind == "time":
        return ref, ref, "day"
    return None


def _one_and_a_half(ref: D, unit: str, sign: int, within: bool) -> tuple[D, D, str]:
    """"anderhalf jaar geleden": the month eighteen months back; "anderhalve maand": the week around
    45 days; "anderhalve week": ten or eleven days; "anderhalve dag": one or two days. Within such a
    stretch ("binnen anderhalf jaar"): any day from the reference up to its end."""
    if unit == "year":
        y, m = divmod_month(ref, sign * 18)
        a, b, prec = D(y, m, 1), _month_end(y, m), "month"
    else:
        days = {"month": (42, 48), "week": (10, 11), "day": (1, 2)}[unit]
        a, b = sorted((ref + sign * days[0] * ONE, ref + sign * days[1] * ONE))
        prec = "week" if unit != "day" else "day"
    return (ref, b, prec) if within else (a, b, prec)


def divmod_month(d: D, add: int) -> tuple[int, int]:
    e = _add_months(d.replace(day=1), add)
    return e.year, e.month


_DP = None


@lru_cache(maxsize=4096)
def _dateparser(span: str) -> D | None:
    """Read a full date with dateparser (one reused parser, never search_dates)."""
    global _DP
    if _DP is None:
        from dateparser.date import DateDataParser
        _DP = DateDataParser(languages=["nl"], settings={"REQUIRE_PARTS": ["day", "month", "year"],
                                                         "DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first"})
    try:
        data = _DP.get_date_data(span)
    except (ValueError, OverflowError):
        return None
    return data.date_obj.date() if data and data.date_obj else None


_WORD = re.compile(r"[\w.]+", re.UNICODE)


def tense_of(text: str) -> str:
    """'past', 'future' or 'present' from the finite verbs and markers of a clause; 'either' when
    its only verb form is present and past alike ("zetten ... uit")."""
    low = lowered(text)[0]
    return _tense(text, low, _tense_tokens(low))


def tense_and_words(text: str) -> tuple[str, set[str]]:
    """tense_of(text), and the set of the lower-case words (`\\w+`) of the text, taken from the
    tokens the tense is read from (a `[\\w.]+` token split at its dots) rather than found again."""
    low = lowered(text)[0]
    toks = _tense_tokens(low)
    found = toks
    if "." in low:
        dotted = [t for t in toks if "." in t]
        if dotted:
            found = toks.difference(dotted)
            for t in dotted:
                found.update(t.split("."))
            found.discard("")
    return _tense(text, low, toks), found


def _tense_tokens(low: str) -> set[str]:
    toks = set(_WORD.findall(low))
    dotted = [t.rstrip(".") for t in toks if t[-1] == "."]  # "bijeen." also as "bijeen"
    if dotted:
        toks.update(dotted)
    return toks


def _tense(text: str, low: str, toks: set[str]) -> str:
    w = words()
    fut = not w.future.isdisjoint(toks)
    past = not w.past.isdisjoint(toks)
    if fut and w.future.intersection(toks).issubset(w.not_future_after) and (past or _weak_past(text)):
        fut = not _only_not_future(low, w)  # "Op een volgende top ... deed Turkije": a further one, told in the past
    if not past and not w.perfect.isdisjoint(toks) and not _possessive_only(low, toks, w):
        past = any(w.participle.match(t) for t in toks)
    if not past:
        past = _weak_past(text)
    if past and not fut:
        return "past"
    if fut and not past:
        return "future"
    if past and fut:
        ordered = [t if t in w.future or t in w.past else t.rstrip(".") for t in _WORD.findall(low)]
        return "past" if _first_past_before_future(ordered, w, low) else "future"
    return "either" if not w.either.isdisjoint(toks) else "present"


def _possessive_only(low: str, toks: set[str], w: _Words) -> bool:
    """Whether every perfect auxiliary of the text is a possessive after a verb of the present (tense.toml
    possessive_auxiliaries: "ontvangt zijn Duitse collega")."""
    aux = w.perfect.intersection(toks)
    if not aux.issubset(w.possessive_words):
        return False
    hits = [m.group(1) for m in w.possessive.finditer(low)]
    return bool(hits) and len(hits) == sum(1 for t in _WORD.findall(low) if t in aux)


def _only_not_future(low: str, w: _Words) -> bool:
    """Whether every future word of the text stands after a word that makes it none ("een volgende")."""
    excused = sum(m.group(1) in w.not_future_after[m.group(2)] for m in w.not_future.finditer(low))
    return excused > 0 and excused == sum(1 for t in _WORD.findall(low) if t in w.not_future_after)


def _first_past_before_future(toks: list[str], w: _Words, low: str) -> bool:
    """Whether the first past form (listed, or weak like 'waarschuwde') comes before the first future word."""
    weak = next((m.start() for m in w.weak.finditer(low) if _is_weak_past(m.group(1))), len(low))
    pos = 0
    for t in toks:
        pos = low.find(t, pos)
        if t in w.past or pos >= weak:
            return True
        if t in w.future:
            return False
    return True


@lru_cache(maxsize=100_000)
def lemma(tok: str) -> str:
    """The Dutch lemma of a lower-case word (simplemma's dictionary)."""
    import simplemma
    return simplemma.lemmatize(tok, lang="nl")


def is_past_form(tok: str) -> bool:
    """A past finite verb form: listed in tense.toml ('sprak', 'legde') or weak ('kondigde')."""
    return tok in words().past or (len(tok) > 4 and _is_weak_past(tok))


def _weak_past(text: str) -> bool:
    """A lower-case weak past form such as 'landde' or 'tekenden' (not 'geplande')."""
    return any(_is_weak_past(m.group(1)) for m in words().weak.finditer(text))


@lru_cache(maxsize=100_000)
def _is_weak_past(tok: str) -> bool:
    mo = words().morphology
    if tok.startswith(mo["participle_prefix"]):
        return False
    base, inf = lemma(tok), mo["infinitive_ending"]
    if tok in (base + "d", base + "de"):
        return False  # a present participle: "volgende", "dreigende"
    if base != tok and base.endswith(inf) and base[:-len(inf)].rstrip("n") and _spelling(tok).startswith(_spelling(base)[:3]):
        ending = next((e for e in sorted(mo["weak_past_endings"], key=len, reverse=True) if tok.endswith(e)), None)
        if ending is None:
            return False  # "verwierp": no weak ending (a strong form is listed in tense.toml, or none)
        stem = _spelling(tok[:-len(ending)])
        return _spelling(base).startswith(stem[:max(3, len(stem) - 1)])
    return False


def _spelling(word: str) -> str:
    """A stem without the spelling changes of Dutch conjugation: 'presenteer' and 'presenter',
    'reis' and 'reiz', 'leef' and 'lev' become one (tense.toml [morphology])."""
    w = words()
    word = w.doubled.sub(r"\1", word)
    for voiced, plain in w.morphology["voiced"].items():
        word = word.replace(voiced, plain)
    return word


def _days(pub: PubDate) -> list[D]:
    """The possible publication days; for a month, its first, middle and last day suffice because
    every resolution moves monotonically with the reference day."""
    n = (pub.end - pub.start).days
    return [pub.start] if n == 0 else [pub.start, pub.start + (n // 2) * ONE, pub.end]


@lru_cache(maxsize=4096)
def _resolve_hull(kind: str, items: tuple, pub: PubDate, tense: str) -> tuple[D, D, str] | None:
    g = dict(items)
    days = _days(pub)
    if kind == "daymonth" and pub.precision == "month" and not g.get("dm_y") and _same_month(g, pub):
        # "16 maart" in an article of March: that March, an absolute date (not a hull over a year)
        days = [pub.end] if tense == "past" else [pub.start]
    out = [r for r in (_resolve(kind, g, ref, tense) for ref in days) if r]
    if not out:
        return None
    s, e = min(r[0] for r in out), max(r[1] for r in out)
    prec = out[0][2] if all(r[:2] == out[0][:2] for r in out) else "month"
    return s, e, prec


def _same_month(g: dict, pub: PubDate) -> bool:
    month = words().months.get((g.get("dm_m") or "").lower().rstrip("."))
    return month == pub.start.month


@frozen
class Span:
    """A temporal expression found in a text, not yet resolved."""
    start: int
    end: int
    text: str
    kind: str
    groups: tuple
    deadline: bool = False  # "voor eind maart": by then, from the reference day on
    before_start: bool = False  # "voor de zomer", "voor juli": by the period's first day, not its last


_DAY_KINDS = frozenset({"weekday", "deictic", "time"})  # 'voor maandag' is no deadline


@lru_cache(maxsize=1)
def _deadline() -> tuple[re.Pattern, frozenset]:
    g = words().grammar
    alt = "|".join(re.escape(w) for w in sorted(g["deadline"], key=len, reverse=True))
    art = "|".join(map(re.escape, g["articles"]))
    anywhere = "|".join(re.escape(w) for w in sorted(g["deadline_any"], key=len, reverse=True))
    preps = "|".join(map(re.escape, g["deadline_any_prepositions"]))
    return (re.compile(rf"(?<![\w-])({alt}|(?:{anywhere})(?=\s+(?:{preps})\s))\s+(?:(?:{preps})\s+)?(?:(?:{art})\s+)?$"),
            frozenset(g["deadline_any"]))


_BEFORE_START_KINDS = frozenset({"season", "month"})  # a named season or month, without 'eind' or 'begin'


def _before_start(low: str, start: int) -> bool:
    """'voor de zomer', 'vóór juli' (calendar.toml deadline, not deadline_any: "uiterlijk in mei" takes May in): the
    deadline is the period's first day, so the interval ends the day before it."""
    pattern, anywhere = _deadline()
    m = pattern.search(low, max(0, start - 20), start)
    return bool(m) and m.group(1) not in anywhere


def _is_deadline(low: str, start: int, end: int, kind: str) -> bool:
    pattern, anywhere = _deadline()
    m = pattern.search(low, max(0, start - 20), start)
    # a year holds its own preposition ("voor 2020"): never a deadline
    if kind == "year" or not m or (kind in _DAY_KINDS and m.group(1) not in anywhere):
        return False
    return m.group(1) in anywhere or not _scheduled(low, m.start(), end)


@lru_cache(maxsize=1)
def _scheduled_words() -> tuple[re.Pattern, re.Pattern]:
    alt = _alt(words().grammar["scheduled"])
    return re.compile(rf"(?<![\w-])(?:{alt})\s+(?:\w+\s+)?$"), re.compile(rf"\s+(?:\w+\s+)?(?:{alt})(?![\w-])")


def _scheduled(low: str, before: int, end: int) -> bool:
    """'De top staat voor juli op het programma', 'is gepland voor het najaar', 'is voor mei
    voorzien': 'voor' names the period something is set for, not a time before which it falls."""
    ahead, after = _scheduled_words()
    return bool(ahead.search(low, max(0, before - 30), before) or after.match(low, end))


def _span_precision(start: D, end: D) -> str:
    """The precision of an interval made of a reference day and a deadline: its length's unit."""
    days = (end - start).days
    return "week" if days <= 7 else "month" if days <= 31 else "quarter" if days <= 92 else "year"


def scan(text: str, content: list[int] | None = None) -> list[Span]:
    """Every temporal expression of a text: one Aho-Corasick pass finds the words every expression
    holds, a second, only near those, the places where one can begin (the literal prefixes of the
    patterns), and only the patterns that can begin with that prefix are tried there. `content`:
    the ends of those words in the lower-cased text, if known (the trigger pass finds them too)."""
    w = words()
    low, same = lowered(text)
    ci = not same
    if ci:
        low = text
    if content is None or ci:
        content = [end for end, _ in w.content.iter(low)]
    if not content:
        return []
    out: list[Span] = []
    last_end = -1
    for lo, hi in _windows(content, len(low)):
        # the window's text, not iter(low, lo, hi): the automaton copies its whole input first
        for end, (plen, which) in w.anchors.iter(low[lo:hi]):
            start = lo + end + 1 - plen
            if start < last_end or (start and (low[start - 1].isalnum() or low[start - 1] in "-_")):
                continue
            k = bisect.bisect_left(content, start)
            if k == len(content) or content[k] > start + _REACH:
                continue  # no date word close enough after this place
            pattern, kinds = w.pattern(which, ci)
            m = pattern.match(low, start)
            if not m or m.end() == start:
                continue
            if low.endswith(w.to_this_day, max(0, start - 24), m.end()):
                continue  # "tot vandaag": up to now, no day of an event
            if low.startswith(w.unit_of_event, m.end() + 1) and low[m.end():m.end() + 1] == " " and (
                    low[max(start, m.end() - 10):m.end()].rsplit(" ", 1)[-1] in w.units_all):
                continue  # "aan het eind van de week van het bezoek": that event's week, not this one
            if low.startswith(w.unit_used, m.end() + 1) and low[m.end():m.end() + 1] == " " and (
                    low[max(start, m.end() - 10):m.end()].rsplit(" ", 1)[-1] in w.units_all):
                continue  # "riep op de laatste zes maanden te benutten": a span put to use, not the event's time
            kind, names = kinds[m.lastindex]
            if kind == "holiday" and start and low[start - 1] in _QUOTES and low[m.end():m.end() + 1] in _QUOTES:
                continue  # "wat hij 'Bevrijdingsdag' noemde": a name someone gave a day, not the holiday
            g = tuple(sorted((n, text[m.start(i):m.end(i)]) for i, n in names if m.start(i) >= 0))
            deadline = _is_deadline(low, start, m.end(), kind)
            out.append(Span(start, m.end(), text[start:m.end()], kind, g, deadline,
                            deadline and kind in _BEFORE_START_KINDS and _before_start(low, start)))
            last_end = m.end()
    return out


_QUOTES = frozenset("'\"\u2018\u2019\u201c\u201d")
_REACH = 45  # an expression's first date word lies at most this far after its beginning


def _windows(content: list[int], n: int) -> list[tuple[int, int]]:
    """Merged stretches of text in which an expression holding one of the `content` hits can begin."""
    out: list[list[int]] = []
    for end in content:
        lo, hi = max(0, end - _REACH - 2), min(n, end + 4)  # an anchor may run past the hit
        if out and lo <= out[-1][1]:
            out[-1][1] = max(out[-1][1], hi)
        else:
            out.append([lo, hi])
    return [(lo, hi) for lo, hi in out]


def resolve_spans(spans: list[Span], pub: PubDate | None, tense: str, offset: int = 0) -> list[Interval]:
    """Intervals of scanned expressions; offsets relative to `offset` (a sentence start)."""
    if pub is None:
        return []
    found = []
    for sp in spans:
        try:
            r = _resolve_hull(sp.kind, sp.groups, pub, tense)
        except (ValueError, KeyError, OverflowError):
            r = None
        if r and sp.deadline and tense != "past" and r[1] >= pub.start and r[0] != pub.start:
            last = r[0] - ONE if sp.before_start and r[0] > pub.start else r[1]  # "voor de zomer": up to its first day
            r = (pub.start, last, _span_precision(pub.start, last))  # "voor het eind van het jaar": any day up to then
        if r and r[0] <= r[1]:
            found.append(Interval(r[0], r[1], r[2], sp.text, sp.start - offset, sp.end - sp.start))
    return found


def find(text: str, pub: PubDate | None, tense: str | None = None) -> list[Interval]:
    """All temporal expressions of a sentence, resolved against the publication date."""
    if pub is None:
        return []
    spans = scan(text)
    return resolve_spans(spans, pub, tense or tense_of(text)) if spans else []


def resolve(expression: str, pub: PubDate, tense: str | None = None) -> Interval | None:
    """Resolve one expression ("eind maart") against a publication date."""
    found = find(expression, pub, tense)
    return found[0] if found else None
