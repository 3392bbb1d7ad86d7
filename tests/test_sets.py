"""The team's test sets are sound: each gold file is what its build script makes, and gold turned into
predictions scores strict F1 1.0 with the shared scorer (so every mention is found in its article's
sentences and every date and actor list is well formed), while one false event in each no-event article
counts as a false positive. A set whose gold cannot score 1.0 would cap every measurement made on it."""
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SHARED

sys.path.insert(0, os.path.join(ROOT, "tests", "setkit"))
import goldkit  # noqa: E402  (tests/setkit/goldkit.py)
import perfect_pred  # noqa: E402  (tests/setkit/perfect_pred.py)

SETS = ["dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22", "dev23"]
SCORER = os.path.join(SHARED, "eval", "score.py")


def _score(gold, preds, tmp_path):
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in preds), encoding="utf-8")
    out = subprocess.run([sys.executable, SCORER, gold, str(pred)], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def _gold(name):
    with open(os.path.join(ROOT, "tests", name, "gold.jsonl"), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@pytest.mark.parametrize("name", [s for s in SETS if os.path.exists(os.path.join(ROOT, "tests", s, "build_gold.py"))])
def test_the_gold_file_is_what_its_build_script_makes(name, tmp_path):
    folder = os.path.join(ROOT, "tests", name)
    copy = tmp_path / name  # beside a copy of the kit, as in tests/
    shutil.copytree(os.path.join(folder, "articles"), copy / "articles")
    shutil.copy(os.path.join(folder, "build_gold.py"), copy)
    shutil.copytree(os.path.join(ROOT, "tests", "setkit"), tmp_path / "setkit")
    subprocess.run([sys.executable, "build_gold.py"], cwd=copy, capture_output=True, check=True)
    with open(os.path.join(folder, "gold.jsonl"), "rb") as f:
        assert (copy / "gold.jsonl").read_bytes() == f.read()


@pytest.mark.skipif(not os.path.exists(SCORER), reason="the shared scorer ../shared/eval/score.py is missing")
@pytest.mark.parametrize("name", SETS)
def test_perfect_predictions_score_one_and_traps_count(name, tmp_path):
    folder = os.path.join(ROOT, "tests", name)
    gold_file = os.path.join(folder, "gold.jsonl")
    required = sum(g["kind"] == "required" for g in _gold(name))
    r = _score(gold_file, perfect_pred.predictions(folder), tmp_path)
    assert (r["strict_f1"], r["tp"], r["fp"], r["negation_fp"]) == (1.0, required, 0, 0), r
    sentinels = sum("SENTINEL" in g["note"] for g in _gold(name))
    r = _score(gold_file, perfect_pred.predictions(folder, trap=True), tmp_path)
    assert r["fp"] + r["negation_fp"] == sentinels, (sentinels, r)
    assert (r["strict_f1"] < 1.0) == (sentinels > 0)


def test_a_prediction_that_misses_a_required_event_scores_below_one(tmp_path):
    """The check above can fail: drop one required event's prediction and the score falls."""
    folder = os.path.join(ROOT, "tests", "dev12")
    preds = perfect_pred.predictions(folder)
    assert _gold("dev12")[0]["kind"] == "required"  # the first prediction is that of a required event
    r = _score(os.path.join(folder, "gold.jsonl"), preds[1:], tmp_path)
    assert r["strict_f1"] < 1.0


def test_the_gold_checks_find_a_mention_that_is_not_in_its_article(capsys):
    """The checks that every build script runs before writing (tests/setkit/goldkit.py) can fail."""
    root = Path(ROOT) / "tests" / "dev12"
    gold = _gold("dev12")
    assert goldkit.check(gold, root)
    wrong = dict(gold[0], mentions=["Een zin die in geen enkel artikel van deze set staat."])
    assert not goldkit.check([wrong] + gold[1:], root)
    assert "mention not in text" in capsys.readouterr().out
