#!/bin/sh
# Rebuild gold, check that perfect predictions score strict F1 1.0 and that --trap yields false positives.
set -e
cd "$(dirname "$0")"
if [ -z "$SCORE" ]; then for s in ../shared/eval/score.py ../../../shared/eval/score.py; do [ -f "$s" ] && SCORE=$s && break; done; fi  # the shared scorer
python3 build_gold.py
python3 make_perfect_pred.py > perfect_pred.jsonl
python3 $SCORE gold.jsonl perfect_pred.jsonl --min-strict-f1 1.0
python3 make_perfect_pred.py --trap > /tmp/dev12_trap_pred.$$.jsonl
python3 - "$SCORE" /tmp/dev12_trap_pred.$$.jsonl <<'PY'
import json, subprocess, sys
out = subprocess.run([sys.executable, sys.argv[1], "gold.jsonl", sys.argv[2]],
                     capture_output=True, text=True, check=True).stdout
r = json.loads(out)
assert r["fp"] + r["negation_fp"] == 2 and r["strict_f1"] < 1.0, r
print("trap check ok:", r["negation_fp"], "negation FP, strict F1", r["strict_f1"])
PY
rm -f /tmp/dev12_trap_pred.$$.jsonl
