"""Turn a test set's gold.jsonl into 'perfect' predictions in the export schema of shared/eval/README.md.

usage: python tests/setkit/perfect_pred.py SET_DIR [--trap] > perfect_pred.jsonl

SET_DIR holds articles/*.txt and gold.jsonl (tests/dev6 ... tests/dev12 and later sets). One prediction
per required/optional gold line (status as in the gold), one prediction with status 'negated' per
negative line (not for the no-event sentinels). Evidence is the whole sentence of the article that
contains each mention, with character offsets, so the check also exercises the scorer's sentence
overlap. --trap adds one false 'talks' event in every no-event article (on its first trap sentence): it
must count as a false positive. The sets' writers each kept a copy of this script beside their gold;
this is the one copy the sets' check.sh and tests/test_sets.py use.
"""
import datetime as dt
import hashlib
import json
import pathlib
import re
import sys

CAMEO = {"summit": "043", "talks": "040", "delivery": "070", "warning": "130", "agreement": "057",
         "sanction": "163", "condemnation": "111", "demand": "100", "proposal": "030"}


def sentences(text):
    """(start, end) spans: split on newlines and on . ? ! followed by a space."""
    spans = []
    for m in re.finditer(r"[^\n]+", text):
        s0, line = m.start(), m.group(0)
        start = 0
        for b in re.finditer(r"(?<=[.?!])\s+", line):
            spans.append((s0 + start, s0 + b.start()))
            start = b.end()
        spans.append((s0 + start, s0 + len(line)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def evidence(art, text, mention):
    i = text.find(mention)
    for a, b in sentences(text):
        if a <= i < b:
            return {"article_id": art, "sentence": text[a:b], "start": a, "end": b}
    return {"article_id": art, "sentence": mention, "start": i, "end": i + len(mention)}


def precision(d):
    if not d:
        return "unknown"
    a, b = (dt.date.fromisoformat(x) for x in d)
    n = (b - a).days + 1
    return "day" if n == 1 else "week" if n <= 7 else "month" if n <= 31 else "quarter" if n <= 92 else "year"


def predictions(root, trap=False):
    """The perfect predictions for the set in folder `root` (with --trap: one false event per no-event article)."""
    root = pathlib.Path(root)
    texts = {p.stem: p.read_text(encoding="utf-8") for p in (root / "articles").glob("*.txt")}
    gold = [json.loads(l) for l in open(root / "gold.jsonl", encoding="utf-8") if l.strip()]
    out = []
    for k, g in enumerate(gold):
        sentinel = "SENTINEL" in g["note"]
        if sentinel and not trap:
            continue
        art, text = g["article"], texts[g["article"]]
        typ = "talks" if sentinel else g["type"][0]
        status = "occurred" if sentinel else g["status"]
        mentions = g["mentions"][:1] if sentinel else g["mentions"]
        ev, seen = [], set()
        for m in mentions:
            e = evidence(art, text, m)
            if e["start"] not in seen:
                seen.add(e["start"]); ev.append(e)
        d = g["date"]
        out.append({
            "event_id": hashlib.sha1(f"{art}:{k}".encode()).hexdigest()[:12],
            "type": typ, "cameo": CAMEO[typ], "status": status,
            "date_start": d[0] if d else None, "date_end": d[1] if d else None,
            "date_precision": precision(d), "date_text": "",
            "actors": g["actors"], "source_actors": g["actors"][:1], "target_actors": g["actors"][1:],
            "people": [], "location": None, "evidence": ev,
            "trigger": mentions[0][:40] if mentions else "", "rule": "perfect" if not sentinel else "trap"})
    return out


def main(argv):
    args = [a for a in argv if a != "--trap"]
    if len(args) != 1 or not (pathlib.Path(args[0]) / "gold.jsonl").is_file():
        sys.exit("usage: perfect_pred.py SET_DIR [--trap]  (SET_DIR holds gold.jsonl and articles/)")
    for p in predictions(args[0], trap="--trap" in argv):
        print(json.dumps(p, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
