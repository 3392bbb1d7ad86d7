"""Score predicted events against hand-made gold events, following eval/README.md.

Matching: a prediction is split into one candidate per gold article its evidence
touches; a candidate fits a gold event of that article when its type is one of the
gold's types and one evidence sentence overlaps one gold mention (after lower-casing,
straightening quotes and squeezing whitespace: one contains the other, or their
longest common run covers >= 60 % of the mention). Gold and candidates are paired
one-to-one by augmenting paths, first only among candidates with actor F1 >= .5, each
pass seating required gold before optional gold. Unpaired candidates are false
positives, or negation errors when they hit a negative gold; unpaired candidates with
status "negated" are ignored. Precision and recall count required gold only.

Clustering (B-cubed) is computed over the matched gold events, required and optional:
each matched gold event g is paired with the prediction covering it in its article;
its predicted cluster is the set of matched gold events paired with the same
prediction; its gold cluster is the set of matched gold events sharing its "cluster"
id (a null or missing id is a cluster of its own). B-cubed precision of g is
|pred ∩ gold| / |pred|, recall |pred ∩ gold| / |gold|; both are averaged over g.
The event count compares the distinct clusters of required gold with the distinct
predictions that precision counts (paired with required gold, false or negation error);
predictions found only for optional gold are left out on both sides.
"""
from __future__ import annotations

import argparse
import calendar
import datetime as dt
import json
import re
import sys
from collections import Counter, defaultdict
from difflib import SequenceMatcher
from pathlib import Path

from events.model import EVENT_TYPES, STATUSES

KINDS = ("required", "optional", "negative")
MIN_RUN = 0.6  # share of a mention a common run must cover
QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2018": "'", "\u2019": "'"})


class EvalError(ValueError):
    """A gold or prediction line that cannot be scored; the message names file and line."""


def load_jsonl(path, check=None) -> list[dict]:
    """Read a .jsonl file, or every .jsonl file under a folder in name order, failing on a bad line."""
    root = Path(path)
    files = sorted(root.rglob("*.jsonl")) if root.is_dir() else [root] if root.is_file() else []
    if not files:
        raise EvalError(f"{path}: no such file, or a folder without .jsonl files")
    records = []
    for file in files:
        with file.open(encoding="utf-8") as lines:
            for n, line in enumerate(lines, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as err:
                    raise EvalError(f"{file}:{n}: not valid JSON ({err.msg})") from None
                problem = "not a JSON object" if not isinstance(record, dict) else check and check(record)
                if problem:
                    raise EvalError(f"{file}:{n}: {problem}")
                records.append(record)
    return records


# (field, test of its value, what it must be): a record fails on the first rule its value breaks
GOLD_RULES = (
    ("article", lambda v: isinstance(v, str) and v != "", "an article id"),
    ("kind", lambda v: v in KINDS, f"one of {', '.join(KINDS)}"),
    ("type", lambda v: isinstance(v, str) or (isinstance(v, list) and v and all(isinstance(t, str) for t in v)),
     "a type or a list of types"),
    ("status", lambda v: v in STATUSES, f"one of {', '.join(STATUSES)}"),
    ("mentions", lambda v: isinstance(v, list) and v and all(isinstance(m, str) and m.strip() for m in v),
     "a non-empty list of sentences"),
    ("date", lambda v: v is None or (isinstance(v, list) and len(v) == 2 and all(map(_day, v))),
     "null or [start, end] ISO dates"),
    ("true_date", lambda v: not v or _day(v), "null or an ISO date"),
    ("actors", lambda v: v is None or isinstance(v, list), "a list of actor codes"),
)
PRED_RULES = (
    ("type", lambda v: isinstance(v, str), "a type"),
    ("evidence", lambda v: isinstance(v, list) and all(
        isinstance(e, dict) and isinstance(e.get("article_id", e.get("article")), str)
        and isinstance(e.get("sentence", e.get("text")), str) for e in v), "a list of {article_id, sentence}"),
    ("date_start", lambda v: not v or _day(v), "null or an ISO date"),
    ("date_end", lambda v: not v or _day(v), "null or an ISO date"),
    ("actors", lambda v: v is None or isinstance(v, list), "a list of actor codes"),
)


def _checker(what: str, rules):
    """Make a check that names the first field of a record breaking its rule."""
    def check(record: dict) -> str | None:
        for field, ok, must in rules:
            if not ok(record.get(field)):
                return f"{what} field {field!r} must be {must}, not {record.get(field)!r:.60}"
        return None
    return check


check_gold, check_pred = _checker("gold", GOLD_RULES), _checker("prediction", PRED_RULES)


def _day(text, last=False) -> dt.date | None:
    """Parse YYYY-MM-DD, YYYY-MM or YYYY; a partial date gives its first (or last) day."""
    text = str(text or "")[:10]
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return dt.date.fromisoformat(text)
        if re.fullmatch(r"\d{4}-\d{2}", text):
            year, month = int(text[:4]), int(text[5:])
            return dt.date(year, month, calendar.monthrange(year, month)[1] if last else 1)
        if re.fullmatch(r"\d{4}", text):
            return dt.date(int(text), 12, 31) if last else dt.date(int(text), 1, 1)
    except ValueError:
        return None
    return None


def interval(start, end) -> tuple[dt.date, dt.date] | None:
    """Turn two ISO strings into an ordered inclusive interval; a missing end repeats the start."""
    first, last = _day(start), _day(end or start, last=True)
    if not first or not last:
        return None
    return (first, last) if first <= last else (last, first)


def date_score(gold: dict, pred: dict) -> float | None:
    """Score the predicted interval against the gold one: 1, .5 or 0; None when gold has no date."""
    if not gold.get("date"):
        return None
    (gs, ge), found = interval(*gold["date"]), interval(pred.get("date_start"), pred.get("date_end"))
    if not found:
        return 0.0
    ps, pe = found
    common = (min(ge, pe) - max(gs, ps)).days + 1
    union = (max(ge, pe) - min(gs, ps)).days + 1
    true_day = _day(gold.get("true_date"))
    if common > 0 and common / union >= 0.5:
        return 1.0
    if gs <= ps and pe <= ge and (ge - gs).days < 7:
        return 1.0
    if true_day and ps <= true_day <= pe and (pe - ps).days < 3:
        return 1.0
    return 0.5 if ps <= gs and ge <= pe else 0.0


def actor_f1(gold: dict, pred: dict) -> float:
    """F1 of the predicted actor set against the gold set (1 when both are empty)."""
    want = set(gold.get("actors") or [])
    got = {a for a in pred.get("actors") or [] if isinstance(a, str)}
    both = len(want & got)
    if not want and not got:
        return 1.0
    return 2 * both / (len(want) + len(got)) if both else 0.0


def status_ok(gold: dict, pred: dict) -> bool:
    """True when the status agrees; for proposals occurred and planned are interchangeable."""
    said = (pred.get("status") or "occurred").lower()
    lenient = "proposal" in gold["type"] and {said, gold["status"]} <= {"occurred", "planned"}
    return said == gold["status"] or lenient


def _norm(text: str) -> str:
    """Lower-case, straighten quotes and squeeze whitespace."""
    return re.sub(r"\s+", " ", text.lower().translate(QUOTES)).strip()


def overlaps(mention: str, sentence: str) -> bool:
    """True when an evidence sentence reports a gold mention."""
    m, s = _norm(mention), _norm(sentence)
    if not m or not s:
        return False
    if m in s or s in m:
        return True
    run = SequenceMatcher(None, m, s, autojunk=False).find_longest_match(0, len(m), 0, len(s)).size
    return run >= MIN_RUN * len(m)


def _seat(order, options, owner, seated) -> None:
    """Pair each gold index in order with a candidate, moving earlier gold along augmenting paths."""
    def place(g, seen):
        for k in options.get(g, ()):
            if k not in seen:
                seen.add(k)
                if k not in owner or place(owner[k], seen):
                    owner[k] = g
                    return True
        return False

    for g in order:
        if g not in seated and place(g, set()):
            seated.add(g)


def _candidates(gold: list[dict], preds: list[dict]) -> list[tuple[str, int, list[str]]]:
    """Split each prediction of a known type into (article, prediction index, its sentences there)."""
    articles, cands = {g["article"] for g in gold}, []
    for i, p in enumerate(preds):
        if p.get("type") not in EVENT_TYPES:
            continue
        sentences: dict[str, list[str]] = {}
        for e in p.get("evidence") or []:
            art = e.get("article_id", e.get("article"))
            if art in articles:
                sentences.setdefault(art, []).append(e.get("sentence", e.get("text")) or "")
        cands += [(art, i, sents) for art, sents in sentences.items()]
    return cands


def _match(gold, preds, cands, hits) -> dict[int, int]:
    """Pair candidates with gold one-to-one (candidate index -> gold index), best fits first."""
    def quality(gi, k):
        return actor_f1(gold[gi], preds[cands[k][1]]) + (date_score(gold[gi], preds[cands[k][1]]) or 0)

    loose = {gi: sorted(ks, key=lambda k: -quality(gi, k)) for gi, ks in hits.items() if gold[gi]["kind"] != "negative"}
    tight = {gi: [k for k in ks if actor_f1(gold[gi], preds[cands[k][1]]) >= 0.5] for gi, ks in loose.items()}
    owner, seated = {}, set()
    for options in (tight, loose):
        for kind in ("required", "optional"):
            _seat([gi for gi, g in enumerate(gold) if g["kind"] == kind], options, owner, seated)
    return owner


def _prf(hits: int, predicted: int, required: int) -> tuple[float, float, float]:
    """Precision, recall and F1, rounded to three decimals."""
    p, r = hits / predicted if predicted else 0.0, hits / required if required else 0.0
    return round(p, 3), round(r, 3), round(2 * p * r / (p + r), 3) if p + r else 0.0


def _mean(values: list) -> float | None:
    return round(sum(values) / len(values), 3) if values else None


def _judge(g: dict, p: dict, art: str) -> dict:
    """Score one pair of a required gold event and its prediction."""
    ds, af, st = date_score(g, p), actor_f1(g, p), status_ok(g, p)
    return {"article": art, "type": p["type"], "gold_type": g["type"][0], "date": ds, "actors": af,
            "status": st, "strict": (ds is None or ds == 1.0) and af >= 0.5 and st,
            "pred_date": [p.get("date_start"), p.get("date_end")], "gold_date": g.get("date"),
            "pred_actors": p.get("actors"), "gold_actors": g.get("actors"),
            "statuses": f"{p.get('status')}/{g['status']}"}


def score(gold: list[dict], preds: list[dict]) -> dict:
    """Compare predicted events with gold events and return the metrics and the itemised errors."""
    gold = [{**g, "type": [g["type"]] if isinstance(g["type"], str) else g["type"]} for g in gold]
    cands = _candidates(gold, preds)
    by_article = defaultdict(list)
    for k, (art, _, _) in enumerate(cands):
        by_article[art].append(k)
    hits = {gi: [k for k in by_article[g["article"]] if preds[cands[k][1]]["type"] in g["type"]
                 and any(overlaps(m, s) for m in g["mentions"] for s in cands[k][2])]
            for gi, g in enumerate(gold)}
    owner = _match(gold, preds, cands, hits)
    pair_of = {gi: k for k, gi in owner.items()}
    required = [gi for gi, g in enumerate(gold) if g["kind"] == "required"]
    rows = [{**_judge(gold[gi], preds[cands[pair_of[gi]][1]], cands[pair_of[gi]][0]), "pred": cands[pair_of[gi]][1]}
            for gi in required if gi in pair_of]
    misses = [{"article": gold[gi]["article"], "type": gold[gi]["type"], "status": gold[gi]["status"],
               "mention": gold[gi]["mentions"][0]} for gi in required if gi not in pair_of]
    negative_hits = {k for gi, g in enumerate(gold) if g["kind"] == "negative" for k in hits[gi]}
    false_pos, neg_errors, neg_ok = [], [], 0
    for k, (art, i, sents) in enumerate(cands):
        if k not in owner and (preds[i].get("status") or "").lower() == "negated":
            neg_ok += k in negative_hits
        elif k not in owner:
            item = {"pred": i, "article": art, "type": preds[i]["type"], "status": preds[i].get("status"),
                    "sentence": sents[0]}
            (neg_errors if k in negative_hits else false_pos).append(item)
    predicted, strict = len(rows) + len(false_pos) + len(neg_errors), sum(r["strict"] for r in rows)
    (p, r, f), (sp, sr, sf) = _prf(len(rows), predicted, len(required)), _prf(strict, predicted, len(required))
    return {"required": len(required), "predicted": predicted, "tp": len(rows), "fp": len(false_pos),
            "negation_fp": len(neg_errors), "negation_ok": neg_ok,
            "optional_found": sum(gold[gi]["kind"] == "optional" for gi in pair_of),
            "precision": p, "recall": r, "f1": f, "strict": strict,
            "strict_precision": sp, "strict_recall": sr, "strict_f1": sf,
            "date_score": _mean([x["date"] for x in rows if x["date"] is not None]),
            "actor_f1": _mean([x["actors"] for x in rows]), "status_acc": _mean([x["status"] for x in rows]),
            "by_type": _by_type(gold, rows, false_pos + neg_errors),
            "clustering": _clustering(gold, {gi: cands[k][1] for gi, k in pair_of.items()},
                                      {x["pred"] for x in rows + false_pos + neg_errors}),
            "details": {"misses": misses, "partial": [x for x in rows if not x["strict"]],
                        "false_positives": false_pos, "negation_errors": neg_errors}}


def _by_type(gold, rows, wrong) -> dict:
    """Recall per gold type (its first type) and precision per predicted type."""
    table: dict[str, Counter] = defaultdict(Counter)
    for g in gold:
        table[g["type"][0]]["gold"] += g["kind"] == "required"
    for x in rows:
        table[x["gold_type"]]["found"] += 1
        table[x["type"]]["correct"] += 1
    for x in rows + wrong:
        table[x["type"]]["predicted"] += 1
    return {t: {"recall": round(c["found"] / c["gold"], 3) if c["gold"] else None,
                "precision": round(c["correct"] / c["predicted"], 3) if c["predicted"] else None,
                **{k: c[k] for k in ("gold", "found", "predicted", "correct")}}
            for t, c in sorted(table.items()) if c["gold"] or c["predicted"]}


def _clustering(gold, pred_of: dict[int, int], counted: set[int]) -> dict:
    """B-cubed over matched gold events plus gold and predicted event counts (see the module docstring)."""
    def key(gi):
        cluster = gold[gi].get("cluster")
        return ("cluster", str(cluster)) if cluster is not None else ("own", gi)

    precision, recall = [], []
    for g in pred_of:
        same_pred = {h for h in pred_of if pred_of[h] == pred_of[g]}
        same_gold = {h for h in pred_of if key(h) == key(g)}
        precision.append(len(same_pred & same_gold) / len(same_pred))
        recall.append(len(same_pred & same_gold) / len(same_gold))
    bp, br = (sum(precision) / len(precision), sum(recall) / len(recall)) if pred_of else (None, None)
    gold_events = len({key(gi) for gi, g in enumerate(gold) if g["kind"] == "required"})
    return {"bcubed_precision": _mean(precision), "bcubed_recall": _mean(recall),
            "bcubed_f1": round(2 * bp * br / (bp + br), 3) if pred_of else None, "matched_gold": len(pred_of),
            "gold_events": gold_events,
            "gold_events_with_optional": len({key(gi) for gi, g in enumerate(gold) if g["kind"] != "negative"}),
            "predicted_events": len(counted),
            "event_count_ratio": round(len(counted) / gold_events, 3) if gold_events else None}


def report(res: dict, verbose: bool = False) -> str:
    """Render the metrics (and with verbose the itemised errors) as plain text."""
    c = res["clustering"]
    lines = [f"strict F1 {res['strict_f1']}  (P {res['strict_precision']}  R {res['strict_recall']})",
             f"F1 {res['f1']}  (P {res['precision']}  R {res['recall']})  "
             f"tp {res['tp']}  fp {res['fp']}  negation errors {res['negation_fp']}  of {res['required']} required",
             f"date score {res['date_score']}  actor F1 {res['actor_f1']}  status accuracy {res['status_acc']}",
             f"B-cubed P {c['bcubed_precision']}  R {c['bcubed_recall']}  F1 {c['bcubed_f1']}  "
             f"events: gold {c['gold_events']}  predicted {c['predicted_events']}  ratio {c['event_count_ratio']}",
             "type           recall      precision"]
    for t, x in res["by_type"].items():
        lines.append(f"{t:<14} {x['found']:>3}/{x['gold']:<3} {x['recall']!s:<6} "
                     f"{x['correct']:>3}/{x['predicted']:<3} {x['precision']}")
    if verbose:
        d = res["details"]
        lines += [f"MISS {m['article']} {'|'.join(m['type'])} {m['status']}: {m['mention'][:80]}" for m in d["misses"]]
        lines += [f"PART {x['article']} {x['gold_type']} date={x['date']} {x['pred_date']} gold={x['gold_date']} "
                  f"actors={x['pred_actors']} gold={x['gold_actors']} status={x['statuses']}" for x in d["partial"]]
        lines += [f"FP   {x['article']} {x['type']} {x['status']}: {x['sentence'][:80]}" for x in d["false_positives"]]
        lines += [f"NEG  {x['article']} {x['type']} {x['status']}: {x['sentence'][:80]}" for x in d["negation_errors"]]
    return "\n".join(lines)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the options of the evaluate command."""
    parser.add_argument("gold", help="gold .jsonl file or folder of .jsonl files")
    parser.add_argument("pred", help="predicted events: .jsonl file or folder of .jsonl files")
    parser.add_argument("--verbose", action="store_true", help="list misses, partial matches and false positives")
    parser.add_argument("--min-strict-f1", type=float, default=None, metavar="F",
                        help="exit with status 1 when strict F1 is below F")
    parser.add_argument("--json", action="store_true", help="print the metrics as one JSON object")


def main(args: argparse.Namespace) -> int:
    """Run the evaluate command: 0 when done, 1 below the strict-F1 floor, 2 on unreadable input."""
    try:
        res = score(load_jsonl(args.gold, check_gold), load_jsonl(args.pred, check_pred))
    except EvalError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    if args.json:
        if not args.verbose:
            res.pop("details")
        print(json.dumps(res, ensure_ascii=False))
    else:
        print(report(res, args.verbose))
    if args.min_strict_f1 is not None and res["strict_f1"] < args.min_strict_f1:
        print(f"strict F1 {res['strict_f1']} is below the floor {args.min_strict_f1}", file=sys.stderr)
        return 1
    return 0
