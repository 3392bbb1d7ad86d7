#!/bin/sh
# usage: sh tests/setkit/check.sh SET_DIR
# Rebuild SET_DIR/gold.jsonl from SET_DIR/build_gold.py, check that perfect predictions score strict F1 1.0
# with the shared scorer and that --trap (one false event in each no-event article) counts one false
# positive per no-event sentinel. The scorer is $SCORE when set, else ../shared/eval/score.py beside the
# repository root.
set -e
[ -f "$1/build_gold.py" ] || { echo "usage: sh tests/setkit/check.sh SET_DIR (a folder with build_gold.py and articles/)" >&2; exit 2; }
KIT=$(cd "$(dirname "$0")" && pwd)
SET=$(cd "$1" && pwd)
SCORE=${SCORE:-$KIT/../../../shared/eval/score.py}
[ -f "$SCORE" ] || { echo "check.sh: no scorer at $SCORE (set SCORE=...)" >&2; exit 2; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
(cd "$SET" && python3 build_gold.py)
python3 "$KIT/perfect_pred.py" "$SET" > "$TMP/perfect_pred.jsonl"
python3 "$SCORE" "$SET/gold.jsonl" "$TMP/perfect_pred.jsonl" --min-strict-f1 1.0
python3 "$KIT/perfect_pred.py" "$SET" --trap > "$TMP/trap_pred.jsonl"
python3 - "$SCORE" "$SET/gold.jsonl" "$TMP/trap_pred.jsonl" <<'PY'
import json, subprocess, sys
score, gold, pred = sys.argv[1:]
sentinels = sum("SENTINEL" in json.loads(l)["note"] for l in open(gold, encoding="utf-8") if l.strip())
r = json.loads(subprocess.run([sys.executable, score, gold, pred], capture_output=True, text=True, check=True).stdout)
assert sentinels and r["fp"] + r["negation_fp"] == sentinels and r["strict_f1"] < 1.0, (sentinels, r)
print("trap check ok:", sentinels, "no-event articles,", r["negation_fp"], "negation FP, strict F1", r["strict_f1"])
PY
