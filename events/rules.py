"""Trigger rules from lexicon data: sentences -> typed triggers with a status."""
from __future__ import annotations

import bisect
import hashlib
import json
import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple


from . import anchors, dates, lexicon
from .lexicon import LexiconError
from .model import EVENT_TYPES, STATUSES, frozen

_FIELDS = {"id", "type", "cameo", "pattern", "particle", "requires", "requires_context", "requires_person", "excludes",
           "not_after", "status", "present_is_planned", "negatable", "priority", "compound", "examples",
           "counterexamples", "host_place", "content", "journey", "goods_place"}


@dataclass(frozen=True)
class Rule:
    id: str
    type: str
    cameo: str
    pattern: re.Pattern  # lower-case trigger pattern for lower-cased text
    compound: bool
    particle: re.Pattern | None
    requires: re.Pattern | None
    requires_context: int  # how many sentences before may meet `requires` (0: none; `true` in the lexicon: 1)
    requires_person: bool  # `requires` may also be met by a person or office named in the sentence
    excludes: re.Pattern | None
    not_after: re.Pattern | None
    status: str
    present_is_planned: bool
    negatable: bool
    priority: int
    examples: tuple
    counterexamples: tuple
    host_place: bool | str = False  # a visit: the country of the place visited ("reist naar Kyiv") takes part;
    # "required": no visit without a place abroad in the trigger's clause ("arriveerde in Kiev", not "in Parijs" for the French)
    content: bool = False  # what follows in its clause is what was agreed ("spraken af ... te overleggen"), no event
    journey: bool = False  # travel: to a summit named after it in its clause, it is that summit ("reist naar Vilnius voor de NAVO-top")
    goods_place: bool = False  # goods moved: the country they go to or come from takes part ("weert producten uit Litouwen")

    @property
    def pattern_ci(self) -> re.Pattern:
        """The pattern, case-insensitive, for text whose lower case changes length ('İ'): compiled
        when first asked (`re` keeps it), not for every rule at start-up (a tenth of a second)."""
        return re.compile(self.pattern.pattern, re.IGNORECASE)


@frozen
class Trigger:
    rule: Rule
    start: int
    end: int
    text: str
    clause: tuple[int, int]
    needs_person: bool = False  # kept only if the sentence names a person or office (the actors know)


def _require_lower_case(src: str, where: str) -> None:
    """Patterns run on lower-cased text: a capital (outside escapes and group names) never matches."""
    if re.search(r"[A-Z]", re.sub(r"\\[A-Za-z]|\(\?P<\w+>", "", src)):
        raise LexiconError(f"{where}: write patterns in lower case (they run on lower-cased text)")


def _compile(src: str, macros: dict, where: str, trigger: bool = False, flags=0) -> re.Pattern | None:
    """A rule's pattern; written in lower case, it runs on lower-cased text (several times faster
    than a case-insensitive pattern)."""
    if not src:
        return None
    for k, v in macros.items():
        src = src.replace("{" + k + "}", v)
    _require_lower_case(src, where)
    if trigger:
        src = rf"(?:{src})(?![\w])"  # the left boundary is checked in find_in_text (faster)
    try:
        return re.compile(src, flags)
    except re.error as e:
        raise LexiconError(f"{where}: bad regular expression ({e})") from None


@lru_cache(maxsize=1)
def load() -> tuple[Rule, ...]:
    """All trigger rules, validated; a bad rule stops here with the file and rule named."""
    data = lexicon.load("triggers")
    macros = data.get("macros", {})
    rules, seen = [], set()
    for r in data.get("rule", []):
        where = f"triggers.toml [{r.get('id', '?')}]"
        unknown = set(r) - _FIELDS
        if unknown:
            raise LexiconError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
        if not r.get("id") or r["id"] in seen:
            raise LexiconError(f"{where}: missing or repeated id")
        seen.add(r["id"])
        if r.get("type") not in EVENT_TYPES:
            raise LexiconError(f"{where}: type {r.get('type')!r} is not one of {', '.join(EVENT_TYPES)}")
        if r.get("status", "") not in ("",) + STATUSES:
            raise LexiconError(f"{where}: status {r['status']!r} is not one of {', '.join(STATUSES)}")
        if not r.get("pattern") or not r.get("examples"):
            raise LexiconError(f"{where}: a rule needs a pattern and at least one example")
        rules.append(Rule(
            id=r["id"], type=r["type"], cameo=str(r.get("cameo", "")),
            pattern=_compile(r["pattern"], macros, where, trigger=True),
            compound=bool(r.get("compound", False)),
            particle=_compile(r.get("particle", ""), macros, where),
            requires=_compile(r.get("requires", ""), macros, where),
            requires_context=int(r.get("requires_context", 0)),
            requires_person=bool(r.get("requires_person", False)),
            excludes=_compile(r.get("excludes", ""), macros, where),
            not_after=_compile(r.get("not_after", ""), macros, where),
            status=r.get("status", ""), present_is_planned=bool(r.get("present_is_planned", False)),
            negatable=bool(r.get("negatable", True)), priority=int(r.get("priority", 1)),
            examples=tuple(r.get("examples", [])), counterexamples=tuple(r.get("counterexamples", [])),
            host_place="required" if r.get("host_place") == "required" else bool(r.get("host_place", False)),
            content=bool(r.get("content", False)), journey=bool(r.get("journey", False)),
            goods_place=bool(r.get("goods_place", False))))
    return tuple(rules)


def lower(text: str) -> str:
    """The text in lower case with the same length (so offsets stay valid): a character whose
    lower case is longer ('İ') is kept as it is. The last few texts asked are remembered
    (`dates.lowered`): the checks of one sentence's triggers ask for the same sentence in turn."""
    low, same = dates.lowered(text)
    if same:
        return low
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


class Phrases:
    """Lower-case phrases as one pattern for lower-cased text, tried only where one of their
    literal beginnings occurs (one Aho-Corasick pass, not every alternative at every place).
    `search` gives the same match as the pattern's own search."""

    def __init__(self, pattern: re.Pattern, items: list[str], lengths=(8, 6, 4, 3, 2, 1)) -> None:
        self.regex, self.pattern = pattern, pattern.pattern  # .pattern: the source, as re.Pattern has it
        starts: set[str] = set()
        for item in items:  # the longest beginnings each phrase allows ('weiger' of 'weiger\w*')
            pre = next(filter(None, (anchors.prefixes(item, n) for n in lengths)), None)
            if pre is None:
                starts = set()
                break
            # up to the first space: the pattern's \s may also match a tab or a no-break space
            starts |= {p.split(" ")[0] for p in pre}
        self.starts = None
        if starts and "" not in starts:
            self.starts = anchors.automaton((p, len(p)) for p in starts)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        endpos = len(text) if endpos is None else min(endpos, len(text))
        if self.starts is None:
            return self.regex.search(text, pos, endpos)
        if pos >= endpos:
            return None
        if 0 <= pos and (pos or endpos < len(text)):  # the range's text: the automaton copies its whole input
            starts = [pos + end + 1 - n for end, n in self.starts.iter(text[pos:endpos])]
        else:
            starts = [end + 1 - n for end, n in self.starts.iter(text, pos, endpos)]
        if len(starts) > 1:  # most texts hold none or one
            starts = sorted(set(starts))
        for start in starts:
            if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
                continue  # inside a word: the pattern's (?<!\w) fails there
            m = self.regex.match(text, start, endpos)
            if m:
                return m
        return None


def _phrases(items: list[str], where: str) -> Phrases:
    """Lower-case phrases as one pattern for lower-cased text."""
    src = "|".join(items)
    _require_lower_case(src, f"status.toml [{where}]")
    return Phrases(re.compile(r"(?<!\w)(?:" + src + r")(?!\w)"), items)


@lru_cache(maxsize=None)  # no arguments: one value; the unbounded cache is the cheaper call
def cues() -> dict:
    """Status cues, compiled."""
    d = lexicon.load("status")
    words = lambda k: frozenset(w.lower() for w in d[k])  # noqa: E731
    return {
        "neg_words": words("negation_words"), "neg_window": int(d["negation_window"]),
        "label_words": words("label_words"),
        "neg_phrases": _phrases(d["negation_phrases"], "negation_phrases"),
        "neg_phrases_after": _phrases(d["negation_phrases_after"], "negation_phrases_after"),
        "rejection": _phrases(d["rejection_phrases"], "rejection_phrases"),
        "rejected_types": frozenset(d["rejected_statement_types"]), "rejected_nouns": words("rejected_statement_nouns"),
        "rejected_anaphoric": words("rejected_statement_anaphoric"),
        "own_event_anaphors": words("own_event_anaphors"),
        "denial": _phrases(d["denial_phrases"], "denial_phrases"),
        "planned_words": words("planned_words"),
        "planned_phrases": _phrases(d["planned_phrases"], "planned_phrases"),
        "hypothetical": words("hypothetical_words"), "conditional": words("conditional_words"),
        "conditional_openers": words("conditional_sentence_openers"),
        "consequence_types": frozenset(d["consequence_types"]),
        "not_conditional_before": {k: frozenset(v) for k, v in d["not_conditional_before"].items()},
        "not_conditional_after": {k: frozenset(v) for k, v in d["not_conditional_after"].items()},
        "clause_openers": words("clause_openers"),
        # the look back from 'als' for an auxiliary or "zowel" stops at a clause opener or an earlier 'als':
        # "zowel Kyiv als Moskou dreigen met sancties als ..." (the second 'als' is 'if')
        "condition_stops": words("clause_openers") | words("conditional_words"),
        "not_conditional_right_after": {k: frozenset(v) for k, v in d["not_conditional_right_after"].items()},
        "not_conditional_near_after": {k: frozenset(v) for k, v in d["not_conditional_near_after"].items()},
        "coordinators": words("coordinators"), "subject_determiners": words("subject_determiners"),
        "coordinated_pronouns": words("subject_pronouns_after_coordinator"),
        "breaks": re.compile(_class_first(_literal_first(d["clause_breaks"]))), "pronouns": words("pronouns"),
        "cancel": _phrases(d["cancel_phrases"], "cancel_phrases"), "cause_openers": words("cause_openers"),
        "follows_on": _phrases(d["follows_on_phrases"], "follows_on_phrases"),
        "unfulfilled": _phrases(d["unfulfilled_phrases"], "unfulfilled_phrases"),
        "speech_acts": frozenset(d["speech_acts"]), "counterfactual": words("counterfactual_words"),
        "announced_passive_types": frozenset(d["announced_passive_types"]),
        "pledge": _phrases(d["pledge_phrases"], "pledge_phrases"),
        "ongoing": words("ongoing_words") | words("unannounced_words"), "unannounced": words("unannounced_words"), "sequence": words("sequence_words"),
        "continuation": words("continuation_words"), "present_later": words("present_later_words"),
        # a relative clause between commas right after a noun ("stelde voor de reis, die al maanden vastlag, af te
        # blazen"): blanked out of a particle's window, so the particle after it is found in the trigger's clause
        "particle_aside": re.compile(r",\s+(?:" + "|".join(map(re.escape, d["background_relative_words"]))
                                     + r")\s[^,;:.!?()\"\u201c\u201d]{1,80}?,(?=\s)"),
        "speech_plans": words("planned_words") - words("passive_auxiliaries"),
        "passive_aux": words("passive_auxiliaries"), "neg_not_before": words("negation_not_before"),
        "ongoing_passive": _phrases(d["ongoing_passive_phrases"], "ongoing_passive_phrases"),
        "reportative": words("reportative_auxiliaries"),
        "elsewhen": words("elsewhen_words"), "subjects": words("subject_pronouns"), "subject_titles": words("subject_titles"),
        "sequence_then": words("sequence_then_words"), "sequence_then_before": words("sequence_then_before"),
        "infinitive_openers": words("infinitive_openers"),
        "expected": _phrases(d["expected_phrases"], "expected_phrases"),
        "made_possible": _phrases(d["made_possible_phrases"], "made_possible_phrases"),
        "made_possible_words": words("made_possible_words"),
        "meeting_types": frozenset(d["meeting_types"]),
        "setting_prepositions": words("setting_prepositions"), "setting_determiners": words("setting_determiners"),
        "setting_plans": words("setting_plan_words"),
        "meeting_plan": _phrases(d["meeting_plan_phrases"], "meeting_plan_phrases"),
        "under_way": _phrases(d["under_way_phrases"], "under_way_phrases"),
        "prepared": re.compile("(?:" + "|".join(d["prepared_before"]) + r")\s*$"),
        "kept_open": _phrases(d["kept_open_phrases"], "kept_open_phrases"),
        "suspension": _phrases(d["suspension_phrases"], "suspension_phrases"),
        "suspension_types": frozenset(d["suspension_types"]),
        "period_start": words("period_start_words"), "recall": words("recall_words"), "recall_not_before": words("recall_not_before"),
        "time_anaphors": _phrases(d["time_anaphors"], "time_anaphors"),
        "place_anaphors": _phrases(d["place_anaphors"], "place_anaphors"),
        "other_event": words("other_event_words"), "addition": words("addition_words"), "addition_openers": words("addition_openers"),
        "earlier_act": _phrases(d["earlier_act_phrases"], "earlier_act_phrases"),
        "relative": words("relative_words"), "complementizers": words("complementizers"),
        "reporting": words("reporting_verbs"),
        "object_particles": words("object_particles"),
        "place_relative": words("place_relative_words"), "journey_goal": words("journey_goal_words"),
        "recalled_meeting": re.compile(d["recalled_meeting"], re.IGNORECASE),
        "was_to": words("was_to_words"),
        "own_event": words("own_event_words"),
        "neg_aux": frozenset(d["negation_after"]["auxiliaries"]), "neg_after": frozenset(d["negation_after"]["words"]),
        "neg_after_skip": frozenset(d["negation_after"]["skip"]), "neg_after_not": frozenset(d["negation_after"]["not_after"]),
        "neg_after_topic": frozenset(d["negation_after"]["topic"]),
        "verb_neg": {k: words(f"verb_negation_{k}") for k in ("words", "not_before", "noun_determiners", "content_words",
                                                             "object_verbs", "final_object_verbs", "final_auxiliaries",
                                                             "final_words")}
        | {"window": int(d["verb_negation_window"]), "adjective_ending": d["verb_negation_adjective_ending"]},
    }


def _top_level(src: str, i: int = 0, stop: str = "|") -> int:
    """The index of the first `stop` character at depth 0 of a pattern from i on (outside groups,
    character classes and escapes), or len(src)."""
    depth, cls = 0, False
    while i < len(src):
        ch = src[i]
        if ch == "\\":
            i += 2
            continue
        if cls:
            cls = ch != "]"
        elif ch == "[":
            cls = True
            i += 2 if src[i + 1:i + 2] == "]" else 3 if src[i + 1:i + 3] == "^]" else 1  # ']' first is literal
            continue
        elif ch == stop and depth == 0:
            return i
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        i += 1
    return len(src)


_ORDINARY = re.compile(r"[^\\.^$*+?{}\[\]|()]|\\[^\w\s]")  # one literal character: 'x', '\.'
_QUANTIFIER = re.compile(r"[*+?{]")


def _literal_first(src: str) -> str:
    """A pattern written so that its alternatives that begin with a lookbehind and a literal begin
    with the literal: '(?<!\\d),|...' as ',(?<!(?:\\d),)|...'. The same matches (the lookbehind then
    looks back over the literal too), but the regex engine rejects most places at the literal,
    without running the lookbehind at every place of the text."""
    out, i = [], 0
    while i <= len(src):
        j = _top_level(src, i)
        branch = src[i:j]
        if branch.startswith(("(?<!", "(?<=")):
            close = _top_level(branch, 4, ")")
            lit = _ORDINARY.match(branch, close + 1) if close < len(branch) else None
            if lit and not _QUANTIFIER.match(branch, lit.end()):
                branch = f"{lit.group(0)}{branch[:4]}(?:{branch[4:close]}){lit.group(0)}){branch[lit.end():]}"
        out.append(branch)
        i = j + 1
    fast = "|".join(out)
    try:
        re.compile(fast)
    except re.error:  # a lookbehind this rewriting does not foresee: as it was written
        return src
    return fast


_ONE_CHAR = re.compile(r"\\[sdw]|\\[^\w\s]|[^\\.^$*+?{}\[\]|()]")  # one character or class of one: 'x', '\.', '\s'


def _class_first(src: str) -> str:
    """A pattern whose alternatives each begin with one character (a literal, a class or '\\s')
    written as one class of all those characters followed by the alternatives, each with its own
    first character as a lookbehind: ',(?!\\d)|[;:]|\\s(?:maar|want)\\s' as
    '[,;:\\s](?:(?<=,)(?!\\d)|(?<=[;:])|(?<=\\s)(?:maar|want)\\s)'. The same matches, in the same
    order of preference, but the regex engine skips to the places that hold one of those characters
    (an alternation of a literal, a class and '\\s' gives it nothing to skip to: it tried the pattern
    at every place). Returned as it was when an alternative begins otherwise."""
    firsts, rests, i = [], [], 0
    while i <= len(src):
        j = _top_level(src, i)
        branch = src[i:j]
        if branch.startswith("["):
            close = 2 if branch[1:2] == "]" else 1  # (']' first is literal)
            while close < len(branch) and branch[close] != "]":
                close += 2 if branch[close] == "\\" else 1
            body = branch[1:close]
            if close >= len(branch) or body.startswith("^") or "[" in body:
                return src
            first = branch[:close + 1]
            part = "\\]" + body[1:] if body.startswith("]") else body
            part = re.sub(r"^-|(?<!\\)-$", r"\\-", part)  # not a range with the next class's characters
        else:
            m = _ONE_CHAR.match(branch)
            if not m:
                return src
            first = m.group(0)
            part = first if first.startswith("\\") else re.escape(first)
        if _QUANTIFIER.match(branch, len(first)):
            return src  # 'x+': more than one character
        firsts.append(part)
        rests.append(f"(?<={first}){branch[len(first):]}")
        i = j + 1
    fast = f"[{''.join(firsts)}](?:{'|'.join(rests)})"
    try:
        re.compile(fast)
    except re.error:
        return src
    return fast


def clause_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around a trigger: from the last break before it to the next break after it."""
    return _clause(_breaks(lower(text)), len(text), start, end)


def _breaks(low: str) -> list[tuple[int, int]]:
    return [m.span() for m in cues()["breaks"].finditer(low)]


_CLAUSE_REACH = 300  # characters: no clause of real text is longer; bounds work on run-on input


def _clause(breaks: list[tuple[int, int]], n: int, start: int, end: int) -> tuple[int, int]:
    left, right = max(0, start - _CLAUSE_REACH), min(n, end + _CLAUSE_REACH)
    i = bisect.bisect_right(breaks, (start, n))
    for bs, be in reversed(breaks[:i]):
        if be <= start:
            left = max(left, be)
            break
    for bs, be in breaks[i:]:
        if bs >= end:
            right = min(right, bs)
            break
    return left, right


def find(text: str, previous: str = "") -> list[Trigger]:
    """Triggers of all rules in one sentence, overlapping ones resolved by priority."""
    return find_in_text(text, [(0, len(text))], previous)[0]


@lru_cache(maxsize=1)
def _index():
    """An Aho-Corasick automaton of the rules' anchors and of the literals their alternatives need
    besides (`_anchors`), and the rules that need a full scan. Each word's value: its length, the
    rules it anchors with what each needs, those of them tried where it begins inside a word, the
    word itself when some rule needs it, and whether it is a date word (`dates.words().content`:
    the same pass finds those for `dates.scan`, `date_word_ends`)."""
    by_prefix: dict[str, dict[str, tuple[Rule, frozenset | None]]] = {}  # the rules in the lexicon's order
    full, needed = [], set()
    for rule in load():
        found = _anchors(rule)
        if found is None:
            full.append(rule)
            continue
        for p, need in found.items():
            by_prefix.setdefault(p, {})[rule.id] = (rule, need)
            needed |= need or set()
    words = []
    dated = dates.words().content_words
    for p in by_prefix.keys() | needed | dated:
        rs = tuple(by_prefix.get(p, {}).values())
        words.append((p, (len(p), rs, tuple(x for x in rs if x[0].compound), p if p in needed else None, p in dated)))
    return anchors.automaton(words), tuple(full)


def _anchors(rule: Rule) -> dict[str, frozenset | None] | None:
    """Where a rule is tried: the literal prefixes of each of its top-level alternatives (of 12, 8 or
    6 characters where the alternative allows, 'overleg' rather than 'over': fewer false starts), each
    with the literals one of which the text must hold besides for a match (None: nothing more;
    'het ' of 'het ... moest ontgelden' needs 'ontgelden'). An anchor that begins with another of the
    same rule is left to that one (both are found where it is: one try). None when an alternative
    has no literal prefix."""
    out: dict[str, frozenset | None] = {}
    for alt in anchors.branches(rule.pattern.pattern):
        pre = next(filter(None, (anchors.literal_prefixes(alt, n) for n in (12, 8, 6, 4))), None)
        if not pre:
            return None
        need = None if rule.pattern.flags & re.IGNORECASE else anchors.required(alt, pre)
        for p in pre:
            out[p] = _either(out[p], need) if p in out else need
    for p in sorted(out, key=len):
        shorter = next((q for q in out if len(q) < len(p) and p.startswith(q)), None)
        if shorter is not None:
            out[shorter] = _either(out[shorter], out.pop(p))
    return out


def _either(a: frozenset | None, b: frozenset | None) -> frozenset | None:
    """What a try needs when either of two alternatives may match there: one of either's literals."""
    return None if a is None or b is None else a | b


_NOT_READ = ("examples", "counterexamples")  # a rule's fields that extraction does not read (the tests do)


@lru_cache(maxsize=1)
def _digests() -> tuple[bytes, ...]:
    """A digest of each rule's entry in triggers.toml (what extraction reads of it), in `load()` order."""
    # Not validated here: a run over unchanged files needs the digest only, and compiling every
    # pattern would cost it about a second; any run that extracts or makes keys loads the rules
    # (`relevant`, `load`), and a bad rule is reported then.
    out = []
    for r in lexicon.load("triggers").get("rule", []):
        entry = {k: v for k, v in r.items() if k not in _NOT_READ}
        out.append(hashlib.sha256(json.dumps(entry, sort_keys=True, ensure_ascii=False).encode()).digest())
    return tuple(out)


def settings_digest() -> str:
    """A digest of triggers.toml without its rules (the macros the patterns use ...): a change there
    concerns every rule, so it belongs to the extractor version of every article."""
    data = {k: v for k, v in lexicon.load("triggers").items() if k != "rule"}
    return hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:16]


def digest() -> str:
    """A digest of every rule, in order: changes when any rule does."""
    return hashlib.sha256(b"".join(_digests())).hexdigest()[:16]


def relevance(text: str) -> str:
    """A digest of the rules that find a match in `text` (`relevant`), in order. Extraction reads the
    rules only through their matches (`_matches`), so a rule without one cannot change the text's
    events, and adding, removing or editing it leaves the digest as it is: the event store keys an
    article on this digest, not on every rule."""
    digests = _digests()
    return hashlib.sha256(b"".join(digests[i] for i in relevant(text))).hexdigest()[:16]


def relevant(text: str) -> list[int]:
    """The positions in `load()` of the rules that find a match in `text` (before any condition)."""
    at = _positions()
    return sorted({at[rule.id] for rule, _, _ in _matches(text)})


@lru_cache(maxsize=1)
def _positions() -> dict[str, int]:
    return {r.id: i for i, r in enumerate(load())}


def _matches(text: str):
    """(rule, start, end) of every trigger match in a text."""
    low, same = dates.lowered(text)
    if not same:  # a character whose lower case is longer: scan the slow way
        for rule in load():
            yield from _every_start(rule, rule.pattern_ci, text)
        return
    auto, full = _index()
    hits = list(auto.iter(low))
    _last_pass.date_ends = (low, [end for end, v in hits if v[4]])
    if _DECIMAL.search(low):  # "een lening van 1,5 miljard": the number is one word for the patterns' word counts
        low = _DECIMAL.sub("_", low)
    present = {word for _, (_, _, _, word, _) in hits if word}  # the literals some alternatives need
    for end, (plen, rs, compounds, _, _) in hits:
        start = end + 1 - plen
        if start and (low[start - 1].isalnum() or low[start - 1] in "-_"):
            rs = compounds  # not the start of a word: only a compound's part ("NAVO-top")
        for rule, need in rs:
            if need is not None and need.isdisjoint(present):
                continue  # 'het ' without 'ontgelden' anywhere in the text: no match of that rule
            m = rule.pattern.match(low, start)
            if m:
                yield rule, start, m.end()
    for rule in full:
        yield from _every_start(rule, rule.pattern, low)


def _every_start(rule: Rule, pattern: re.Pattern, text: str):
    """(rule, start, end) of the pattern's match at every place where one begins, as the anchored pass tries each
    anchor: `finditer` skips a match that begins inside an earlier one, and an earlier one that runs on into the next
    sentence ("... spraken\n\nDe leiders spraken af dat ...") is dropped there, so the later one would be lost."""
    m = pattern.search(text)
    while m:
        yield rule, m.start(), m.end()
        m = pattern.search(text, m.start() + 1)


_DECIMAL = re.compile(r"(?<=\d)[,.](?=\d)")  # the comma or point inside a number (same length replaced)
_last_pass = threading.local()  # .date_ends: the lower-cased text of this thread's last trigger pass, and its date words' ends


def date_word_ends(text: str) -> list[int] | None:
    """The ends of the date words in the lower-cased text (`dates.scan`'s `content`) when the last
    trigger pass in this thread was over this text (`_matches`), else None. Per thread: Dask's
    in-process workers extract in threads of one process, and another thread's pass must neither
    replace this one nor be read as this one's."""
    low, same = dates.lowered(text)
    last_low, ends = getattr(_last_pass, "date_ends", ("", []))
    return ends if same and last_low == low else None


def find_in_text(text: str, spans: list[tuple[int, int]], previous: str = "") -> list[list[Trigger]]:
    """Triggers per sentence span of a text: one pass over the whole text finds every rule's
    matches, then each sentence checks its own (its clause breaks and conditions computed once)."""
    starts = [s for s, _ in spans]
    low = lower(text)
    hits: list[list[tuple[Rule, int, int]]] = [[] for _ in spans]
    seen = set()
    for rule, start, end in _matches(text):
        if (rule.id, start) in seen:
            continue
        seen.add((rule.id, start))
        if start and (text[start - 1].isalnum() or text[start - 1] in "-_"):
            if not rule.compound:
                continue
            while start and (text[start - 1].isalnum() or text[start - 1] == "-"):
                start -= 1
        i = bisect.bisect_right(starts, start) - 1
        if i >= 0 and end <= spans[i][1]:
            hits[i].append((rule, start, end))
    per: list[list[Trigger]] = []
    for i, found in enumerate(hits):
        if not found:
            per.append([])
            continue
        s, e = spans[i]
        sent = _Sentence(text[s:e], text[spans[i - 1][0]:spans[i - 1][1]] if i else previous, low[s:e],
                         text[spans[i - 2][0]:spans[i - 1][1]] if i > 1 else None)
        per.append(_checked_without_overlaps(found, sent, s))
    return per


def _checked_without_overlaps(found: list[tuple[Rule, int, int]], sent: _Sentence, s: int) -> list[Trigger]:
    """The triggers of one sentence's matches (offsets in the text; `s` the sentence's start) whose conditions
    hold, overlaps resolved: of overlapping triggers the one of the higher priority is kept (ties: the earlier, then
    the lexicon's order). The matches are checked in that order, and a match that overlaps a trigger already kept is
    not checked at all: it would be dropped whether its conditions hold or not."""
    if len(found) < 2:
        return [t for rule, a, b in found if (t := _check(rule, sent, a - s, b - s))]
    order = _order()
    found = sorted(found, key=lambda h: (-h[0].priority, h[1], order[h[0].id]))  # (start: the trigger's, moved by s)
    kept: list[Trigger] = []
    for rule, a, b in found:
        a, b = a - s, b - s
        if any(a < k.end and k.start < b for k in kept):
            continue
        t = _check(rule, sent, a, b)
        if t is not None:
            kept.append(t)
    return sorted(kept, key=lambda t: t.start) if len(kept) > 1 else kept


class _Sentence:
    """One sentence as the rules see it: its text, lower case, clause breaks, and the answers
    of the rules' conditions, each computed once however many triggers ask."""

    def __init__(self, text: str, previous: str, low: str | None = None, earlier: str | None = None) -> None:
        self.text, self.previous = text, previous
        self.earlier = previous if earlier is None else earlier  # the two sentences before, when there are two
        self.low = lower(text) if low is None else low  # `low`: lower(text), if known
        self._breaks: list[tuple[int, int]] | None = None
        self._memo: dict[tuple[int, int], bool] = {}

    @property
    def breaks(self) -> list[tuple[int, int]]:
        """The clause breaks, found when a trigger first needs its clause (most candidates fail before)."""
        if self._breaks is None:
            self._breaks = _breaks(self.low)
        return self._breaks

    def has(self, pattern: re.Pattern, previous: int = 0) -> bool:
        """Whether a condition occurs in the sentence, or with `previous` 1 in the sentence before, with 2
        in the two sentences before."""
        key = (id(pattern), previous)
        if key not in self._memo:
            before = self.earlier if previous > 1 else self.previous
            self._memo[key] = _occurs(pattern, lower(before) if previous else self.low)
        return self._memo[key]


def _occurs(pattern: re.Pattern, text: str) -> bool:
    """Whether a condition pattern occurs in a text: tried only where one of its literal beginnings
    occurs, when it has them (a long alternation of words, searched at every place, is slow)."""
    starts = _BEGINNINGS.get(id(pattern))
    if starts is None:
        starts = _BEGINNINGS[id(pattern)] = (pattern, _beginnings(pattern))  # the pattern kept: its id stays its own
    if starts[1] is None:
        return bool(pattern.search(text))
    if type(starts[1]) is _Split:  # tried where a beginning of the alternatives that have them is, the others searched
        return _tried_at(pattern, starts[1].beginnings, text) or bool(starts[1].rest.search(text))
    return _tried_at(pattern, starts[1], text)


def _tried_at(pattern: re.Pattern, beginnings, text: str) -> bool:
    """Whether the pattern matches where one of these beginnings is (a tuple or an automaton)."""
    if type(beginnings) is tuple:  # a few beginnings: none in the text, no match (most sentences)
        for b in beginnings:  # (loops, not any() over a generator: this runs for most rules' matches)
            at = text.find(b)
            while at >= 0:  # tried where a beginning is, as with the automaton below: a search would try
                if pattern.match(text, at):  # every place ('\btop\s+van ...' has no first literal to skip to)
                    return True
                at = text.find(b, at + 1)
        return False
    for end, n in beginnings.iter(text):
        if pattern.match(text, end + 1 - n):
            return True
    return False


_BEGINNINGS: dict[int, tuple] = {}  # id of a pattern -> (pattern, beginnings): hashing a pattern hashes its whole code
_MANY = 20  # literal beginnings: fewer are looked for one by one (str's `in`), more with an automaton


def _beginnings(pattern: re.Pattern):
    """An Aho-Corasick automaton of the literal beginnings of a pattern of many alternatives; for a
    pattern of few, the beginnings themselves (looked for as substrings, the pattern tried where they are);
    None for a pattern with none to list."""
    found = anchors.beginnings(pattern.pattern, nested=True)
    return _listed(found) if found else _split(pattern)


def _listed(found: set[str]):
    """Beginnings as `_occurs` looks for them: themselves when few, else an automaton."""
    if len(found) < _MANY:
        return tuple(sorted(found))
    return anchors.automaton((p, len(p)) for p in found)


class _Split(NamedTuple):
    beginnings: object  # of the alternatives that have them (`_listed`): the pattern is tried there
    rest: re.Pattern  # the alternatives that have none ('\\w+-top', '\\d+ miljoen'), searched


def _split(pattern: re.Pattern) -> _Split | None:
    """A condition without literal beginnings as the beginnings of its alternatives that have them and
    a pattern of those that have none, so that only the few without are searched at every place
    ('\\b(?:terug|thuis|...|\\w+-top|...)\\b': the pattern tried where 'terug', 'thuis' ... are, and
    '\\b(?:\\w+-top)\\b' searched): a pattern occurs where one of its alternatives occurs, and where it
    matches at such a beginning it occurs. The alternatives are the top-level ones and, in each, those
    of its first group at the top level (with what comes before and after the group); None when all or
    none have beginnings, or the rest does not compile as it stands."""
    src = pattern.pattern
    if anchors._FLAGS.search(src) or anchors._BACKREFERENCE.search(src):
        return None
    found, rest, i = set(), [], 0
    while i <= len(src):
        j = _top_level(src, i)
        for piece, head in _group_alternatives(src[i:j]):  # (what follows it is not parsed again for each)
            own = _head_beginnings(head)  # a match of the piece begins with a match of its head
            if own:
                found |= own
            else:
                rest.append(piece)
        i = j + 1
    if not found or not rest:
        return None
    try:
        rest_pattern = re.compile("|".join(rest), pattern.flags)
    except re.error:
        return None
    return _Split(_listed(found), rest_pattern)


def _head_beginnings(src: str) -> set[str] | None:
    try:
        return anchors.beginnings(src, nested=True)
    except re.error:
        return None


def _group_alternatives(src: str) -> list[tuple[str, str]]:
    """'\\b(?:a|b)\\b' -> '\\b(?:a)\\b', '\\b(?:b)\\b': the alternatives of the first non-capturing group at
    the top level of a pattern of no alternatives of its own (not one repeated or optional), each
    with what comes before it ('\\b(?:a)', '\\b(?:b)'); the pattern itself when it has no such group."""
    at = _top_level(src, 0, "(")
    end = _top_level(src, at + 1, ")") if src.startswith("(?:", at) else len(src)
    if end >= len(src) or _QUANTIFIER.match(src, end + 1):
        return [(src, src)]  # the first group at the top level is no plain group, or is repeated: kept whole
    inner, out, i = src[at + 3:end], [], 0
    while i <= len(inner):
        j = _top_level(inner, i)
        out.append((f"{src[:at]}(?:{inner[i:j]}){src[end + 1:]}", f"{src[:at]}(?:{inner[i:j]})"))
        i = j + 1
    return out


_ABBREVIATION = re.compile(r"\([^()\s]{1,12}\)")  # "(OVSE)", "(IAEA)"


@lru_cache(maxsize=1)
def _order() -> dict[str, int]:
    return {r.id: i for i, r in enumerate(load())}


def _check(rule: Rule, sent: _Sentence, start: int, end: int) -> Trigger | None:
    """The trigger a rule's match makes, if its conditions hold: the cheap ones (answered once per
    sentence) are asked first, the clause found last."""
    text = sent.text
    needs_person = False
    if rule.requires and not sent.has(rule.requires):
        if rule.requires_person:
            needs_person = True
        elif not (rule.requires_context and sent.has(rule.requires, previous=rule.requires_context)):
            return None
    if rule.not_after and rule.not_after.search(sent.low[max(0, start - 60):start]):
        return None
    trig = text[start:end]
    if rule.particle:
        window = _ABBREVIATION.sub(lambda a: " " * len(a.group(0)), sent.low[end:min(len(text), end + 120)])
        if "," in window:
            window = _without_relative_aside(sent.low, end, window)
        m = cues()["breaks"].search(window)  # "(OVSE)" after a name does not end the clause
        if m and m.start() > 0:
            window = window[:_after_aside(window, m, text[end:end + len(window)])]
        elif m:
            verb = _NEXT_VERB.match(window)
            if verb and dates.is_past_form(verb.group(1)):
                window = ""  # "die in Bali zijn, kwamen ... bijeen": a comma and the next clause's verb close the trigger's
        pm = rule.particle.search(window)
        if not pm:
            return None
        if pm.group(0).strip():
            trig = f"{trig} ... {pm.group(0).strip()}"  # "leverden ... af"
    cs, ce = _clause(sent.breaks, len(text), start, end)
    if rule.excludes and sent.has(rule.excludes) and rule.excludes.search(sent.low, 0, max(ce, end)):
        return None  # not by a clause after the trigger's ("..., dat ... omzeilt")
    return Trigger(rule, start, end, trig, (cs, max(ce, end)), needs_person)


def _without_relative_aside(low: str, end: int, window: str) -> str:
    """The particle's window with a relative clause between commas blanked out (status.toml background_relative_words
    after a comma: "zei dat het verdrag, dat de grens regelt, moet worden herzien"), and widened by its length."""
    aside = cues()["particle_aside"].search(low, end, min(len(low), end + 220))
    if aside is None or aside.start() - end >= len(window):
        return window
    wide = _ABBREVIATION.sub(lambda a: " " * len(a.group(0)),
                             low[end:min(len(low), end + len(window) + aside.end() - aside.start())])
    at, to = aside.start() - end, aside.end() - end
    return wide[:at] + " " * (to - at) + wide[to:]


_NEXT_VERB = re.compile(r",\s*(\w+)")
_ASIDE_AFTER = 3  # words between the trigger and the comma that opens an aside, at most
_NAME_ASIDE_AFTER = 8  # the same before a name in apposition ("de minister voor de Stille Oceaan, Jan Smit, naar")
_ASIDE_WORDS = 5  # words of the aside between its commas, at most


def _after_aside(window: str, brk: re.Match, original: str = "") -> int:
    """Where the clause after a trigger ends, for its particle: at the first clause break, or, when that break
    is a comma of a short aside opened soon after the trigger ("sprak vrijdagmiddag, voor de opening, met
    president Xi", "zette na die aanslag, in maart 2018, drie diplomaten uit"), or of a name in apposition to a
    longer subject ("vloog de minister voor Handel, Jan Smit, naar Peking": capitals in `original`, the window's
    text before lowering), at the next break after the aside's closing comma."""
    at = brk.start()
    if window[at] != ",":
        return at
    opener = window.rfind(",", 0, at)  # a comma before the break that was no break: the break closes the aside
    if opener >= 0:
        close = at
    else:  # the break may open one
        opener, close = at, window.find(",", brk.end())
        if close < 0 or cues()["breaks"].search(window, brk.end(), close):
            return at
    aside = window[opener + 1:close].split()
    if not 0 < len(aside) <= _ASIDE_WORDS:
        return at
    before = len(window[:opener].split())
    if before > _ASIDE_AFTER and not (before <= _NAME_ASIDE_AFTER and len(original) == len(window)
                                      and _names(original[opener + 1:close].split())):
        return at
    nxt = cues()["breaks"].search(window, close + 1)
    return nxt.start() if nxt else len(window)


def _names(words: list[str]) -> bool:
    """Capitalised words, or two names joined by 'en' ("Jan Smit en Piet de Vries"; status.toml coordinators)."""
    return (bool(words) and words[0][:1].isupper() and words[-1][:1].isupper()
            and all(w[:1].isupper() or w in cues()["coordinators"] for w in words))


_TOKEN = re.compile(r"[\w.'-]+")
_token_memo: tuple[str, dict] = ("", {})  # the lower-case text last tokenised, and its tokens by range


_RELATIVE_ASIDE = re.compile(r"(?:\s+[\w-]+){0,7}?,\s+(\w+)\b[^,;:]*,\s")


_CLAUSE_MARK = re.compile(r"[,;:]")


def _clause_end(low: str, at: int) -> int:
    """The end of the clause that begins at `at`: the next comma, semicolon, colon or the end of the sentence."""
    m = _CLAUSE_MARK.search(low, at)
    return m.start() if m else len(low)


def _tokens(low: str, start: int, end: int) -> list[str]:
    """_TOKEN.findall(low, start, end), remembered for the text last asked: the condition and status
    checks of a trigger ask for the same ranges of its sentence (the clause before it, after it).
    The list is shared: callers only read it."""
    global _token_memo
    last, memo = _token_memo
    if last is not low:
        memo = {}
        _token_memo = (low, memo)
    found = memo.get((start, end))
    if found is None:
        found = memo[(start, end)] = _TOKEN.findall(low, start, end)
    return found


def is_conditional(text: str, trig: Trigger) -> bool:
    """A trigger in a clause introduced by 'als', 'indien', 'mocht' ... reports no event."""
    cs, _ = trig.clause
    c = cues()
    low = lower(text)
    if cs and trig.rule.type in c["consequence_types"] and _consequence(low, cs, c):
        return True
    tokens = _tokens(low, cs, trig.start)
    if c["conditional"].isdisjoint(tokens):
        return False  # most clauses: no word to weigh
    tokens = _after_new_main_verb(tokens, low, trig)
    return any(w in c["conditional"] and not (k + 1 < len(tokens) and tokens[k + 1].rstrip(".") in c["not_conditional_before"].get(w, ()))
               and not (k and tokens[k - 1] in c["not_conditional_right_after"].get(w, ()))
               and c["not_conditional_near_after"].get(w, frozenset()).isdisjoint(tokens[max(0, k - 4):k])
               and not _after_auxiliary(tokens[:k], c["not_conditional_after"].get(w, ()), c["condition_stops"])
               for k, w in enumerate(tokens))  # "als eerste westerse leider bezocht ...": 'as', not 'if'


def _after_new_main_verb(tokens: list[str], low: str, trig: Trigger) -> list[str]:
    """The words after the last 'en'/'maar' followed by a past finite verb (the trigger's own verb when
    it comes right after): a new main clause, which a condition word before it does not govern
    ("veroordeelde dat als een aanval en riep zijn ambassadeur terug": 'riep' is no condition)."""
    joins = cues()["coordinators"]
    first = _TOKEN.findall(low, trig.start, trig.end)[:1]
    for k in range(len(tokens) - 1, -1, -1):
        if tokens[k] in joins:
            nxt = tokens[k + 1] if k + 1 < len(tokens) else (first[0] if first else "")
            if nxt and dates.is_past_form(nxt):
                return tokens[k + 1:]
    return tokens


def _consequence(low: str, cs: int, c: dict) -> bool:
    """The main clause after a condition that opens the sentence: "Als Iran niet stopt, volgen sancties"
    (not "Als gastheer ontving ...": 'as')."""
    first = _tokens(low, 0, cs)[:2]
    return (bool(first) and first[0] in c["conditional_openers"] and low.rfind(",", 0, cs) > 0
            and not (len(first) > 1 and first[1].rstrip(".") in c["not_conditional_before"].get(first[0], ())))


def _after_auxiliary(before: list[str], auxiliaries, openers) -> bool:
    """An auxiliary of the same clause before the word, with no clause opener after it: "heeft de
    aanval als onaanvaardbaar veroordeeld" ('as'), not "heeft gezegd dat als ..." ('if')."""
    for w in reversed(before):
        if w in openers:
            return False
        if w in auxiliaries:
            return True
    return False


def joins_new_verb(text: str, start: int, end: int) -> bool:
    """Between two triggers, a coordinating word followed by a past finite verb ("... en kondigde",
    "..., maar sprak"): the second trigger belongs to a verb of its own, not to the first's content."""
    tokens = _tokens(lower(text), start, end)
    joins = cues()["coordinators"]
    if any(w in joins and k + 1 < len(tokens) and dates.is_past_form(tokens[k + 1]) for k, w in enumerate(tokens)):
        return True
    pronouns = cues()["coordinated_pronouns"]
    if any(w in joins and k + 2 < len(tokens) and tokens[k + 1] in pronouns and dates.is_past_form(tokens[k + 2])
           for k, w in enumerate(tokens)):
        return True  # ", en beiden kondigden aan": a pronoun subject and a verb of its own
    # ", en de raad besprak": after a comma, a subject of a determiner and a noun or two, then a past verb
    m = _NEW_SUBJECT.search(lower(text), start, end)
    while m is not None:
        if m.group(1) in joins and cues()["subject_determiners"].intersection((m.group(2),)):
            rest = _TOKEN.findall(m.group(3))
            if any(dates.is_past_form(w) for w in rest[1:3]):
                return True
        m = _NEW_SUBJECT.search(lower(text), m.end(1), end)
    return named_clause_start(text, start, end) is not None


def named_clause_start(text: str, start: int, end: int) -> int | None:
    """'... en Koeweit haalde': a coordinator, a name of one or two capitalised words as the subject, then
    a past finite verb; where that coordinator stands between `start` and `end` (None: no such clause)."""
    joins = cues()["coordinators"]
    m = _NEW_NAMED_SUBJECT.search(text, start, end)
    while m is not None:
        if m.group(1).lower() in joins and dates.is_past_form(m.group(2).lower()):
            return m.start(1)
        m = _NEW_NAMED_SUBJECT.search(text, m.end(1), end)
    return None


_NEW_SUBJECT = re.compile(r"[,;]\s+(\w+)\s+(\w+)\s+((?:[\w-]+\s+){1,2}[\w-]+)")
_NEW_NAMED_SUBJECT = re.compile(r"(?<!\w)(\w+)\s+(?:[A-Z\u00c0-\u00de][\w-]+\s+){1,2}(\w+)")


def status(text: str, trig: Trigger, tense: str, historical: bool = False) -> str:
    """occurred, planned or negated for a trigger in its sentence; `historical`: the sentence's present is
    historical (a chronology's item of a past day), so the passive auxiliaries ("wordt", "worden") announce
    nothing ("- 10 april 2019: Op een extra top wordt het vertrek uitgesteld")."""
    c = cues()
    low = lower(text)
    cs, ce = trig.clause
    before = _tokens(low, cs, trig.start)
    neg_scope = before
    if not c["neg_words"].isdisjoint(before):  # "zei dat hij de Europeanen niet vertrouwt en eiste garanties": a
        neg_scope = _after_new_main_verb(before, low, trig)  # verb of its own after 'en', out of the negation's reach
    first = max(0, len(neg_scope) - c["neg_window"])  # a negation right after "als" is the label's: "als niet eerlijk bestempeld"
    if trig.rule.negatable and (
            (not c["neg_words"].isdisjoint(neg_scope[first:]) and any(  # (the cheap test first)
                w in c["neg_words"] and not (k and neg_scope[k - 1] in c["label_words"])
                and not (k + 1 < len(neg_scope) and neg_scope[k + 1] in c["neg_not_before"])
                for k, w in enumerate(neg_scope[first:], first)))
            or _negation_phrase(low, trig, c) or _cancelled(low, trig, c) or _denied(low, trig, c)
            or _negated_after(low, trig, c) or _negated_past_relative(low, ce, c)
            or _verb_negated(low, trig, before, c) or _negated_within(low, trig, c)
            or _negated_verb_final(low, trig, neg_scope, c)
            or (trig.rule.type in c["suspension_types"] and c["suspension"].search(low, cs, ce))) and (
            not c["kept_open"].search(low, cs, ce)):  # (asked only of a negation found: most triggers have none)
        return "negated"
    if trig.rule.status:
        return trig.rule.status
    if trig.rule.type in c["meeting_types"]:
        if c["meeting_plan"].search(low, trig.end, ce) and not (tense == "past" and _as_setting(before, c)):
            return "planned"  # "besloten toetredingsonderhandelingen te openen" (not "besloten op hun top ... te openen")
        if under_way(low, trig):
            return "occurred"  # "De tweedaagse top wordt vandaag afgesloten": under way
        if c["prepared"].search(low[max(0, trig.start - _PREPARED_REACH):trig.start]):
            return "planned"  # "sprak over de voorbereiding van een top tussen Kim en Trump": still to come
    hypothetical = c["hypothetical"]
    if c["made_possible"].search(low, cs, ce):  # "De ruil was mogelijk dankzij een verdrag dat ... ondertekenden"
        hypothetical = hypothetical - c["made_possible_words"]
    if (not c["counterfactual"].isdisjoint(before) and _reportative(_tokens(low, cs, ce), c)
            and c["conditional"].isdisjoint(_tokens(low, 0, cs))):  # "Als ..., zou hij hebben ...": contrary to fact
        hypothetical = hypothetical - c["counterfactual"]  # "zou gisteren hebben gesproken": reportedly done
    if trig.rule.type in c["speech_acts"]:
        near, own_verb = set(before[-3:]), False
        if before and before[-1] in c["coordinators"] and (dates.is_past_form((_tokens(low, trig.start, trig.end) or [""])[0])
                                                          or _main_clause_after(low, cs, trig)):
            near, own_verb = set(), True  # "zei dat de eisen moeilijk zullen zijn en drong aan op ...": a verb of its
            # own, in the past; nor is a hedge of the clause before it its own ("waarschuwde dat X een prijs zou
            # betalen en beschuldigde Y ervan ...")
        counterfactual = set() if own_verb else set(before) & c["counterfactual"] & hypothetical
        expected = c["expected"].search(low, cs, trig.start)  # "Diplomaten verwachten dat de Commissie met voorstellen komt"
        if not expected:  # "werkt aan een resolutie die ... opdraagt", "bereidt een voorstel voor" (the phrase begun
            plan = c["planned_phrases"].search(low, cs, ce)  # before the trigger, ended after it)
            expected = plan is not None and plan.start() < trig.start
        return "planned" if near & (c["speech_plans"] | hypothetical) or counterfactual or expected else "occurred"
    after = [w[:-1] if w[-1] == "." and w.count(".") == 1 else w for w in _tokens(low, trig.end, ce)[:4]]
    # (a verb ending the sentence without its full stop: "dat het een gesprek met Xi wil."; not "a.s.")
    first = (_tokens(low, trig.start, trig.end) or [""])[0]
    if trig.rule.content and (dates.is_past_form(first) or (tense == "past" and dates.words().participle.match(first))):
        after = []  # "spraken af dat ze elkaar vaker zullen zien", "hebben afgesproken dat ... worden erkend": the
        # agreement was made; the plan is its content
    rel = next((k for k, w in enumerate(after) if w in c["relative"]), None)
    if rel is not None:
        after = after[:rel]  # "een akkoord dat moet verhinderen ...": the relative clause's verb is not the event's
    window = set(_outside_alleged_relative(before, c) if tense == "past" else before) | set(after)
    if trig.rule.type == "delivery" and c["pledge"].search(low, 0, ce):
        return "planned"
    planned_words = c["speech_plans"] if historical or (  # (speech_plans: without "wordt", "worden")
        tense == "past" and trig.rule.type in c["announced_passive_types"]) else c["planned_words"]
    plans = window & planned_words
    if plans and plans <= c["passive_aux"] and c["ongoing_passive"].search(low, cs, ce):
        plans = set()  # "Er wordt al weken onderhandeld": under way, no plan
    if plans and tense == "past" and trig.rule.type in c["meeting_types"] and _as_setting(before, c):
        plans = plans & c["setting_plans"]  # "hebben op hun top toegezegd dat ...": the pledge is the content's
    if plans or c["planned_phrases"].search(low, cs, ce) or window & hypothetical or _planned_before_where(low, cs, ce, c):
        return "planned"
    if (trig.rule.type in c["meeting_types"] and tense != "past" and before[-1:] == ["te"]
            and not c["infinitive_openers"].isdisjoint(before[-8:])):
        return "planned"  # "Ze zetten een commissie op om voortaan te overleggen": the talks are the purpose, to come
    if not historical and window & c["present_later"] and _later_ahead(low, trig, tense, c):
        return "planned"  # "De Franse president komt later naar Berlijn": a time after now
    if trig.rule.present_is_planned and tense == "present" and not set(_tokens(low, cs, ce)) & c["ongoing"]:
        return "planned"
    return "occurred"


def _later_ahead(low: str, trig: Trigger, tense: str, c: dict) -> bool:
    """'later', 'straks' (status.toml present_later_words) in a present clause: a time after now, also in a clause
    of 'dat' after a past verb of saying ("kondigde aan dat de twee presidenten later naar Rome komen")."""
    cs, ce = trig.clause
    at = low.rfind(" dat ", 0, trig.start)  # (also a conjunct of that clause: "zei dat hij ... voorbereidt, en later een top")
    if tense not in ("present", "future") and at < 0:
        return False
    words = _tokens(low, cs if at < 0 or tense in ("present", "future") else at, ce)
    # ('later' makes a clause read as future: no past verb in it, "Een dag later werd hij ontvangen", "Later belde hij")
    return not c["present_later"].isdisjoint(words) and not any(dates.is_past_form(w) for w in words)


def _outside_alleged_relative(before: list[str], c: dict) -> list[str]:
    """The words before a trigger without a relative clause closed by 'zou(den)' and an auxiliary of the perfect
    before it ("plaatste drie rederijen die olie gesmokkeld zouden hebben op een sanctielijst"): the hedge
    there is said of the noun the clause tells about, not of the act of the past main clause."""
    for k in range(len(before) - 2, 1, -1):
        if before[k] in c["counterfactual"] and before[k + 1] in c["reportative"]:
            opener = next((j for j in range(k - 1, 0, -1) if before[j] in c["relative"]), None)
            if opener is not None:
                return before[:opener] + before[k + 2:]
    return before


def _planned_before_where(low: str, cs: int, ce: int, c: dict) -> bool:
    """'Daarna staat Ghana op het programma, waar de president hem ontvangt': a clause of 'waar' in the present
    after a clause that tells a plan (status.toml planned_phrases) tells what is to happen there."""
    first = _tokens(low, cs, min(ce, cs + 12))[:1]
    if not first or first[0] != "waar" or dates.tense_of(low[cs:ce]) != "present":
        return False
    comma = low.rfind(",", 0, cs + 1)
    if comma < 0 or low[comma + 1:cs].strip():
        return False
    start = max(low.rfind(",", 0, comma), low.rfind(";", 0, comma), 0)
    return bool(c["planned_phrases"].search(low, start, comma))


def _as_setting(before: list[str], c: dict) -> bool:
    """A meeting's word named as the setting of the clause: a setting preposition right before it, or
    before a determiner and at most one more word ("op hun top", "tijdens de jaarlijkse top", "op de NAVO-top")."""
    preps, dets = c["setting_prepositions"], c["setting_determiners"]
    tail = before[-3:]
    return bool(tail) and (tail[-1] in preps or (len(tail) >= 2 and tail[-2] in preps and tail[-1] in dets)
                           or (len(tail) == 3 and tail[0] in preps and tail[1] in dets))


def under_way(low: str, trig: Trigger) -> bool:
    """'De driedaagse top loopt vandaag af', 'De top eindigt zondag': a meeting that is ending is under way,
    no plan, whatever the present tense (status.toml under_way_phrases; `low`: the lower-cased sentence)."""
    c = cues()
    cs, ce = trig.clause
    # (the clause, or an apposition further on: "De driedaagse top, ter ere van ..., loopt vandaag af")
    return trig.rule.type in c["meeting_types"] and bool(c["under_way"].search(low, cs, max(ce, trig.end + _UNDER_WAY_REACH)))


_UNDER_WAY_REACH = 100  # characters after the trigger
_PREPARED_REACH = 60  # characters before the trigger


def _reportative(tokens: list[str], c: dict) -> bool:
    """'zou ... hebben gesproken': after 'zou(den)' an auxiliary of the perfect and a participle."""
    if not c["conditional"].isdisjoint(tokens):
        return False  # "als hij ... zou hebben geweten": a condition contrary to fact
    at = next((i for i, w in enumerate(tokens) if w in c["counterfactual"]), None)
    rest = tokens[at + 1:] if at is not None else []
    participle = dates.words().participle
    return any(w in c["reportative"] for w in rest) and any(participle.match(w.rstrip(".")) for w in rest)


def unfulfilled(text: str, trig: Trigger) -> bool:
    """'Een deadline, waarna sancties zouden volgen, verstreek zonder dat ...': the moment of a plan
    passed without it, so the planned event did not happen."""
    low = lower(text)
    return trig.rule.negatable and bool(cues()["unfulfilled"].search(low))  # searched by its first letters


def _cancelled(low: str, trig: Trigger, c: dict) -> bool:
    """A cancellation phrase anywhere in the sentence ("De top in Rome, gepland voor mei, werd afgelast"), unless a
    clause of cause opens between the trigger and it ("beschuldigde Duitsland ..., omdat gemeenten zijn bijeenkomsten
    hadden afgelast": the reason of the event, not its cancellation)."""
    m = c["cancel"].search(low)
    while m is not None:
        if m.start() < trig.end or c["cause_openers"].isdisjoint(_tokens(low, trig.end, m.start())):
            return True
        m = c["cancel"].search(low, m.end())
    return False


def _denied(low: str, trig: Trigger, c: dict) -> bool:
    """A denial before the trigger in its clause ("ontkende dat hij ... was gekomen"), unless a verb of its own comes
    between ("ontkende dat Rusland achter de aanvallen zit en beschuldigde de VS ...": the accusation was made)."""
    m = c["denial"].search(low, trig.clause[0], trig.start)
    return bool(m) and not joins_new_verb(low, m.end(), trig.end) and not _main_clause_after(low, m.end(), trig)


def _main_clause_after(low: str, start: int, trig: Trigger) -> bool:
    """'ontkent dat ze iets beraamt en beschuldigt Parijs van ...': the trigger's verb comes right after
    'en'/'maar' in the present and more words of its clause follow it, a main clause's order (verb second); in the
    clause of 'dat' the coordinated verb comes last ("ontkent dat het wapens koopt en levert.")."""
    between = _tokens(low, start, trig.start)
    if not between or between[-1] not in cues()["coordinators"]:
        return False
    own = _tokens(low, trig.start, trig.end)
    if not own or not own[0].endswith("t") or own[0].startswith("ge"):
        return False
    return bool(_tokens(low, trig.end, trig.clause[1]))


def _negation_phrase(low: str, trig: Trigger, c: dict) -> bool:
    """A negation phrase in the trigger's clause, unless it lies in a condition after the trigger
    ('riep op tot sancties als Rusland een bestand blijft weigeren': the call was made)."""
    cs, ce = trig.clause
    m = c["neg_phrases"].search(low, cs, ce)
    if m and _rejected_statement(low, trig, m, c):
        m = None  # "wees het voorstel af": the proposal was made, the rejection is another's act
    if m and m.start() < trig.end:
        return True
    # a phrase that negates what is named before it ("Een ontmoeting ... bleef uit"), only after the trigger
    after = c["neg_phrases_after"].search(low, trig.end, ce)
    if after and (not m or after.start() < m.start()):
        m = after
    if not m or m.start() < trig.end:
        return False
    if trig.rule.content and dates.is_past_form((_tokens(low, trig.start, trig.end) or [""])[0]):
        return False  # "spraken af geen vergunningen meer af te geven": what was agreed, the agreement was made
    between = _tokens(low, trig.end, m.start())
    if (between and between[-1] in c["coordinators"] and dates.is_past_form((_tokens(low, m.start(), m.end()) or [""])[0])
            and dates.is_past_form((_tokens(low, trig.start, trig.end) or [""])[0])):
        return False  # "noemde de eisen chantage en weigerde ze te aanvaarden": a refusal of its own, coordinated
    if (between[1:] and not c["relative"].isdisjoint(between[1:])
            and dates.is_past_form((_tokens(low, trig.start, trig.end) or [""])[0])):
        return False  # "dreigde met sancties die het land nog nooit had gezien": the relative clause's, of a noun after the verb
    return c["conditional"].isdisjoint(between) and not _said_that(between, c)


def _rejected_statement(low: str, trig: Trigger, m: re.Match, c: dict) -> bool:
    """A negation phrase that rejects, vetoes or blocks (status.toml rejection_phrases) a statement named by its
    noun: "Moskou wees het voorstel af", "blokkeerde met een veto een voorstel"; the statement was made."""
    if trig.rule.type not in c["rejected_types"] or not c["rejection"].regex.match(low, m.start(), m.end()):
        return False
    own = _tokens(low, trig.start, trig.end)
    if not own or own[-1] not in c["rejected_nouns"]:
        return False
    det = (_tokens(low, trig.clause[0], trig.start) or [""])[-1]
    return det not in c["rejected_anaphoric"] and c["neg_phrases"].search(low, m.end(), trig.clause[1]) is None


def _said_that(tokens: list[str], c: dict) -> bool:
    """'Op een top ... zei Macron dat Turkije geen partner meer is': a verb of saying and then a complementizer
    among the words between the trigger and a negation phrase; the negation is in what was said."""
    k = next((k for k, w in enumerate(tokens) if w in c["reporting"]), None)
    return k is not None and not c["complementizers"].isdisjoint(tokens[k + 1:])


_RELATIVE_CLAUSE = re.compile(r",\s*(\w+)[^,;.]*,([^,;.]*)")  # ", waar ... ,<the clause goes on>"


def _negated_past_relative(low: str, ce: int, c: dict) -> bool:
    """'Een ontmoeting tussen de twee, waar Kiev op had aangedrongen, bleef uit': the trigger's
    clause goes on after a relative clause; a negation phrase there is the trigger's. (A relative clause read as
    part of the trigger's clause, "Het verdrag, dat maanden was voorbereid, werd niet getekend", is
    `_negated_after`'s.)"""
    m = _RELATIVE_CLAUSE.match(low[ce:ce + _CLAUSE_REACH])
    return bool(m) and m.group(1) in c["relative"] and bool(c["neg_phrases"].search(m.group(2)) or c["neg_phrases_after"].search(m.group(2)))


def _verb_negated(low: str, trig: Trigger, before: list[str], c: dict) -> bool:
    """'Duitsland stuurt geen tanks', 'China veroordeelde de invasie niet': a negation right after a verb
    trigger (status.toml's verb_negation), or ending its clause; not after a trigger that ends in one of
    the content words ('spraken af dat ...', 'kwamen overeen om ...'), whose clause after it is the content."""
    v = c["verb_neg"]
    after = [w.rstrip(".") for w in _tokens(low, trig.end, trig.clause[1])]
    if not after or v["words"].isdisjoint(after):
        return False
    comma = low.find(",", trig.end, trig.clause[1])
    if comma >= 0:  # "Wapens levert Duitsland niet, dat heeft Scholz herhaald": what follows the comma is
        head = [w.rstrip(".") for w in _tokens(low, trig.end, comma)]  # another clause
        if not v["words"].isdisjoint(head):
            after = head
    if not v["content_words"].isdisjoint(after):
        return False
    if (_tokens(low, trig.start, trig.end) or [""])[-1] in v["content_words"]:
        return False  # "spraken af dat een kernoorlog nooit mag worden gevoerd": what follows is what was agreed
    if before and (before[-1] in v["noun_determiners"] or any(  # a noun, adjectives at most between
            w in v["noun_determiners"] and all(a.endswith(v["adjective_ending"]) for a in before[k + 1:])
            for k, w in enumerate(before[-3:-1], len(before) - 3) if k >= 0)):
        if not (len(before) > 1 and before[-1] in v["noun_determiners"] and before[-2] in v["object_verbs"]
                and after[-1] in v["words"]):
            return _object_negated_final(after, v)  # (the object of a verb of signing, the negation alone after it:
            # "tekende het akkoord niet"; or the negation and that verb end the clause: "dat hij het akkoord niet tekende")
    particles = lexicon.load("tense")["particles"]
    for k, w in enumerate(after):
        if w in v["words"] and (k < v["window"] or k == len(after) - 1 or (  # or right before the particles that
                after[k + 1:] and all(p in particles for p in after[k + 1:]))):  # end the clause
            nxt = " ".join(after[k + 1:k + 3])  # ("trekt zijn ambassadeur voorlopig niet terug")
            return not any(nxt == n or nxt.startswith(n + " ") for n in v["not_before"])
    return False


def _negated_verb_final(low: str, trig: Trigger, before: list[str], c: dict) -> bool:
    """'liet weten dat hij niet langer een bestand als eerste stap eiste': a one-word verb trigger that ends a clause
    opened by a complementizer (status.toml complementizers) is negated by 'niet' or 'nooit' anywhere between the two,
    as the verb stands at the end of a subordinate clause, its object and adverbs before it."""
    if " " in trig.text or any(w.strip(".,;:!?\"'") for w in _tokens(low, trig.end, trig.clause[1])):
        return False
    at = next((k for k in range(len(before) - 1, -1, -1) if before[k] in c["complementizers"]), None)
    if at is None or len(before) - at > 12:
        return False
    inner = before[at + 1:]
    return any(w in c["verb_neg"]["final_words"] and not (k + 1 < len(inner) and inner[k + 1] in c["neg_not_before"])
               and not (k + 1 < len(inner) and inner[k + 1] in c["verb_neg"]["not_before"])
               for k, w in enumerate(inner))


def _object_negated_final(after: list[str], v: dict) -> bool:
    """'..., net zoals hij het akkoord niet had getekend', 'dat Chili het verdrag nog niet heeft ondertekend': in a
    subordinate clause the negation, perhaps an auxiliary, and a verb of signing or concluding (status.toml
    verb_negation_final_object_verbs) end the clause after the noun trigger, at most three words of topic between."""
    tail = list(after)
    while tail and tail[-1] in v["final_auxiliaries"]:
        tail.pop()  # "niet getekend had"
    if not tail or tail[-1] not in v["final_object_verbs"]:
        return False
    tail.pop()
    while tail and tail[-1] in v["final_auxiliaries"]:
        tail.pop()  # "niet had getekend"
    return bool(tail) and tail[-1] in v["words"] and len(tail) <= 5


def _negated_within(low: str, trig: Trigger, c: dict) -> bool:
    """'Over de corridor werden de partijen het niet eens': a negation among the words a trigger with a gap
    spans (status.toml's verb_negation words, not right before one of its not_before words: "niet alleen")."""
    if " " not in trig.text:
        return False
    inner = _tokens(low, trig.start, trig.end)[1:-1]
    if (" ... " in trig.text and trig.end < trig.clause[1]  # a past finite verb and its particle after a gap ("drong ... op"):
            and dates.is_past_form(trig.text.split()[0].lower())):  # (not a participle before its content: "opgeroepen")
        last = trig.text.split(" ... ")[-1].lower().split()  # the words up to the particle ("drong daar in het
        rest = _tokens(low, trig.end, trig.clause[1])  # openbaar niet op aan"); the trigger's span is the verb's only
        at = next((k for k in range(len(rest)) if last and rest[k:k + len(last)] == last), None)
        particles = lexicon.load("tense")["particles"]
        if at is not None and all(w.strip(".,;:!?\"'") in particles for w in rest[at:]):  # the particles end the clause ("... op aan"),
            inner = rest[:at]  # not a verb or an object after them ("spraken niet over Taiwan": talks held)
    v = c["verb_neg"]
    return not v["words"].isdisjoint(inner) and any(
        w in v["words"] and not (k + 1 < len(inner) and inner[k + 1] in v["not_before"]) for k, w in enumerate(inner))


_TOPIC_REACH = 7  # words of a topic ('over ...') between a trigger noun and the auxiliary of its negation


def _negated_after(low: str, trig: Trigger, c: dict) -> bool:
    """'... werd niet ondertekend': a negation right after the trigger noun with a participle; also after a relative
    clause set off by commas right after the noun and what it is about ("Een akkoord over de haven, waarover al
    maanden wordt gepraat, werd niet getekend")."""
    after = [w.rstrip(".") for w in _tokens(low, trig.end, trig.clause[1])[:_TOPIC_REACH + 5]]
    if "," in low[trig.end:trig.end + 80]:
        rel = _RELATIVE_ASIDE.match(low, trig.end)
        if rel and rel.group(1) in c["relative"] and trig.clause[1] <= rel.end():
            after = [w.rstrip(".") for w in _tokens(low, rel.end(), _clause_end(low, rel.end()))[:_TOPIC_REACH + 5]]
    if after and after[0] in c["neg_after_topic"]:  # "een akkoord over verlenging is er niet gekomen", also after a
        # longer topic ("een akkoord over de toekomst van de regio is er niet gekomen"): the first auxiliary after it
        at = next((k for k in range(2, _TOPIC_REACH + 1) if k < len(after) and after[k] in c["neg_aux"]), None)
        after = after[at:] if at is not None else []
    if not after or after[0] not in c["neg_aux"]:
        return False
    k = 1
    while k < len(after) and after[k] in c["neg_after_skip"]:
        k += 1
    if not (set(after[1:3]) | set(after[k:k + 1])) & c["neg_after"]:
        return False
    before = _tokens(low, trig.clause[0], trig.start)[-3:]
    return c["neg_after_not"].isdisjoint(before)
