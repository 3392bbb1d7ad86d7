"""Build the two-writer merge checks: for each pair of sets written blind by two writers on the same topics,
both sets' gold with a `cluster` id on every pair of gold lines that are one real-world event told by both.

- dev8 and dev10 (sixteen topics, written the same morning, each writer blind to the other and to the rules);
  pairs in pairs_dev8_dev10.py, made by the lead;
- dev15 and dev16 (fourteen topics; dev16 written after dev15 on its list of topics, blind to it); pairs in
  pairs_dev15_dev16.py, made by a helper that read only those two sets (the lead and the rule rounds keep dev15
  and dev16 unread: do not read gold_dev15_dev16.jsonl either).

Extracting both sets' articles together and merging (`python -m events extract tests/dev8/articles
tests/dev10/articles`) should put each pair into one timeline event and keep everything else apart; `python -m
events evaluate tests/twowriters/gold_dev8_dev10.jsonl PRED` reports that as B-cubed (see events/evaluate.py).

A pair is two lines that tell the same real event with the same status: a plan and its outcome are linked by the
merger, never merged, so they are no pair; negative lines are never paired. Where one writer told as one line what
the other split in two, the pair takes the line of the same type and the other stays on its own.

Edit the pairs files, not the JSONL. Run: python build_gold.py
"""
import json
import pathlib
import runpy

ROOT = pathlib.Path(__file__).parent
PAIRINGS = {"dev8_dev10": ("dev8", "dev10"), "dev15_dev16": ("dev15", "dev16")}


def pairs(name: str) -> list[tuple[int, int]]:
    return runpy.run_path(str(ROOT / f"pairs_{name}.py"))["PAIRS"]


def topic_number(article: str) -> str:
    return article.split("_")[1]


def build(name: str) -> list[dict]:
    sets = PAIRINGS[name]
    gold = {s: [json.loads(line) for line in (ROOT.parent / s / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
            for s in sets}
    cluster: dict[tuple[str, int], str] = {}
    for n, (i, j) in enumerate(pairs(name), 1):
        a, b = gold[sets[0]][i], gold[sets[1]][j]
        assert topic_number(a["article"]) == topic_number(b["article"]), (i, j, a["article"], b["article"])
        assert set(a["type"]) & set(b["type"]), (i, j, "no common type")
        assert a["status"] == b["status"] and "negative" not in (a["kind"], b["kind"]), (i, j, "status or kind")
        for key in ((sets[0], i), (sets[1], j)):
            assert key not in cluster, ("line in two pairs", key)
            cluster[key] = f"{name}-{n:03d}"
    return [{**g, "cluster": cluster.get((s, k))} for s in sets for k, g in enumerate(gold[s])]


if __name__ == "__main__":
    for name in PAIRINGS:
        rows = build(name)
        (ROOT / f"gold_{name}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                                 encoding="utf-8")
        print(f"gold_{name}.jsonl: {len(rows)} lines, {len(pairs(name))} pairs told by both writers")
