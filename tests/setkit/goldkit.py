"""The checks every test set's gold passes before it is written, and the writing (for the sets' build_gold.py).

A set's build_gold.py begins with

    sys.path.insert(0, str(ROOT.parent / "setkit"))
    import goldkit
    from goldkit import ALL, N, O, R
    G, ev = goldkit.collector()

then lists its gold lines with `ev(...)`, and ends with `goldkit.build(G, ROOT)`.

Each writer of dev8 to dev14 had kept a copy of these checks in their script (dev8 to dev10 with articles of
at most 3.5 KB, dev11 on with up to 5.5 KB and at least six of 3.5 KB or more); they live here once.
"""
import json
import pathlib
import sys

TYPES = ["summit", "talks", "delivery", "warning", "agreement", "sanction", "condemnation", "demand", "proposal"]
KINDS = ("required", "optional", "negative")
R, O, N = KINDS  # the short names the build scripts write their lines with
ALL = TYPES


def collector():
    """The list G of gold lines and the function ev(...) that appends one line to it."""
    G: list[dict] = []

    def ev(art, kind, types, status, mentions, date, true_date, actors, note=""):
        if isinstance(types, str):
            types = [types]
        if isinstance(date, str):
            date = [date, date]
        G.append({"article": art, "kind": kind, "type": types, "status": status, "mentions": mentions,
                  "date": date, "true_date": true_date, "actors": actors, "note": note})

    return G, ev


def check(G: list[dict], root: pathlib.Path, max_bytes: int = 5500, min_big: int = 6) -> bool:
    """Print every problem of the gold G for the articles in root/articles; True when there is none.

    Mentions must be verbatim substrings of their article; a negative line is negated and the other kinds are
    not; dates are ordered and hold `true_date`; actor ids are upper case; negative mentions have 25 characters
    or more; every article has gold and a ' date ' first line, and 1,800 to `max_bytes` bytes, at least `min_big`
    of them 3,500 bytes or more."""
    ok = True
    arts = {p.stem: p.read_text(encoding="utf-8") for p in (root / "articles").glob("*.txt")}
    for g in G:
        if g["article"] not in arts:
            print("missing article", g["article"]); ok = False; continue
        txt = arts[g["article"]]
        for m in g["mentions"]:
            if m not in txt:
                print("mention not in text:", g["article"], "|", m); ok = False
        for t in g["type"]:
            assert t in TYPES, t
        assert g["kind"] in KINDS and g["status"] in ("occurred", "planned", "negated"), g
        assert (g["kind"] == "negative") == (g["status"] == "negated"), g
        assert g["mentions"] or "SENTINEL" in g["note"], g
        if g["date"]:
            assert g["date"][0] <= g["date"][1], g
            if g["true_date"] and g["status"] != "negated" and not (g["date"][0] <= g["true_date"] <= g["date"][1]):
                print("true_date outside interval:", g["article"], g["mentions"][0][:60]); ok = False
        for x in g["actors"]:
            assert x == x.upper(), x
        if g["kind"] == "negative":
            for m in g["mentions"]:
                if len(m) < 25:
                    print("short negative mention:", m); ok = False
    missing = set(arts) - {g["article"] for g in G}
    if missing:
        print("articles without gold:", missing); ok = False
    big = 0
    for art in arts:
        first = arts[art].split("\n", 1)[0]
        if not first.startswith(" date "):
            print("bad first line", art); ok = False
        n = len(arts[art].encode("utf-8"))
        big += n >= 3500
        if not 1800 <= n <= max_bytes:
            print("size out of range", art, n); ok = False
    if big < min_big:
        print(f"fewer than {min_big} articles of 3.5 KB or more:", big); ok = False
    return ok


def build(G: list[dict], root: pathlib.Path, max_bytes: int = 5500, min_big: int = 6) -> None:
    """Check the gold and write root/gold.jsonl, one line per entry of G; exit 1 without writing on a problem."""
    if not check(G, root, max_bytes, min_big):
        sys.exit(1)
    with open(root / "gold.jsonl", "w", encoding="utf-8") as f:
        for g in G:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(len(G), "gold lines written")
