"""Tests for events.evaluate: matching, dates, actors, B-cubed, bad lines, agreement with the reference scorer."""
import argparse
import importlib.util
import json
from pathlib import Path

import pytest

from events.evaluate import EvalError, add_arguments, check_gold, date_score, load_jsonl, main, score

REFERENCE = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "score.py"
A, B = "a01", "b02"
TOP = "De leiders van de G7 kwamen dinsdag bijeen voor een top in Brussel."
CALL = "Erdogan had woensdag telefonisch overleg met Poetin over de graanexport."
NO_DEAL = "Rusland heeft nog geen serieus onderhandelingsvoorstel ingediend, zegt Kyiv."


def rows(table):
    """Turn a table of (id, *values) into pytest parameters with readable ids."""
    return [pytest.param(*case[1:], id=case[0]) for case in table]


def gold(mention, type_="summit", kind="required", article=A, status="occurred", date=("2022-10-11", "2022-10-11"),
         actors=("G7",), true_date=None, cluster=None):
    return {"article": article, "kind": kind, "type": [type_] if isinstance(type_, str) else list(type_),
            "status": status, "mentions": [mention], "date": list(date) if date else None,
            "true_date": true_date, "actors": list(actors), "cluster": cluster}


def pred(sentence, type_="summit", article=A, status="occurred", start="2022-10-11", end=None, actors=("G7",), more=()):
    evidence = [{"article_id": article, "sentence": sentence}] + [{"article_id": a, "sentence": s} for a, s in more]
    return {"type": type_, "status": status, "date_start": start, "date_end": end or start,
            "actors": list(actors), "evidence": evidence}


# id, gold, predictions, expected values of the result
SCORES = [
    ("perfect", [gold(TOP)], [pred(TOP)],
     {"tp": 1, "fp": 0, "precision": 1.0, "recall": 1.0, "strict_f1": 1.0}),
    ("evidence-is-part-of-the-mention", [gold(TOP)], [pred("kwamen dinsdag bijeen voor een top")],
     {"tp": 1, "strict_f1": 1.0}),
    ("wrong-type-misses", [gold(TOP)], [pred(TOP, type_="talks")],
     {"tp": 0, "fp": 1, "recall": 0.0}),
    ("other-article-misses", [gold(TOP)], [pred(TOP, article=B)],
     {"tp": 0, "fp": 0, "predicted": 0}),
    ("duplicate-is-false-positive", [gold(TOP)], [pred(TOP), pred(TOP)],
     {"tp": 1, "fp": 1, "precision": 0.5, "recall": 1.0, "strict_f1": 0.667}),
    ("optional-found-is-no-error", [gold(TOP, kind="optional")], [pred(TOP)],
     {"tp": 0, "fp": 0, "predicted": 0, "optional_found": 1}),
    ("required-seated-before-optional", [gold(TOP, kind="optional"), gold(TOP)], [pred(TOP)],
     {"tp": 1, "optional_found": 0, "recall": 1.0}),
    ("negative-gold-hit-is-error", [gold(TOP), gold(NO_DEAL, "proposal", "negative", status="negated")],
     [pred(TOP), pred(NO_DEAL, "proposal")],
     {"tp": 1, "fp": 0, "negation_fp": 1, "precision": 0.5}),
    ("negated-prediction-on-negative-gold-ignored",
     [gold(TOP), gold(NO_DEAL, "proposal", "negative", status="negated")],
     [pred(TOP), pred(NO_DEAL, "proposal", status="negated")],
     {"negation_fp": 0, "negation_ok": 1, "precision": 1.0}),
    ("negated-prediction-matching-nothing-ignored", [gold(TOP)], [pred(TOP), pred(CALL, "talks", status="negated")],
     {"fp": 0, "predicted": 1, "precision": 1.0}),
    ("wrong-status-is-not-strict", [gold(TOP)], [pred(TOP, status="planned")],
     {"tp": 1, "f1": 1.0, "strict_f1": 0.0, "status_acc": 0.0}),
    ("proposal-status-lenient", [gold(NO_DEAL, "proposal")], [pred(NO_DEAL, "proposal", status="planned")],
     {"strict_f1": 1.0}),
    ("actor-f1-half", [gold(TOP, actors=("RUS", "TUR"))], [pred(TOP, actors=("RUS", "KAZ"))],
     {"actor_f1": 0.5, "strict_f1": 1.0}),
    ("actor-f1-low-not-strict", [gold(TOP, actors=("RUS", "TUR", "USA"))], [pred(TOP, actors=("RUS", "KAZ", "CHN"))],
     {"actor_f1": 0.333, "strict_f1": 0.0}),
    ("no-gold-date-is-strict", [gold(TOP, date=None)], [pred(TOP, start=None)],
     {"date_score": None, "strict_f1": 1.0}),
    ("merged-prediction-matches-in-each-article", [gold(TOP), gold(CALL, "summit", article=B)],
     [pred(TOP, more=[(B, CALL)])], {"tp": 2, "fp": 0, "precision": 1.0, "recall": 1.0}),
]


@pytest.mark.parametrize("gold_, preds, expected", rows(SCORES))
def test_score(gold_, preds, expected):
    res = score(gold_, preds)
    assert {k: res[k] for k in expected} == expected


# id, gold date, true date, predicted start and end, expected date score
DATES = [
    ("same-day", ("2022-10-11", "2022-10-11"), None, "2022-10-11", "2022-10-11", 1.0),
    ("iou-above-half", ("2022-10-10", "2022-10-16"), None, "2022-10-11", "2022-10-17", 1.0),
    ("iou-below-half", ("2022-10-10", "2022-10-16"), None, "2022-10-12", "2022-10-20", 0.0),
    ("iou-exactly-half", ("2022-10-01", "2022-10-10"), None, "2022-10-01", "2022-10-05", 1.0),
    ("inside-gold-week", ("2022-10-10", "2022-10-16"), None, "2022-10-13", "2022-10-13", 1.0),
    ("inside-gold-longer-than-week", ("2022-10-01", "2022-10-31"), None, "2022-10-13", "2022-10-13", 0.0),
    ("hits-true-date", ("2022-10-01", "2022-11-06"), "2022-10-13", "2022-10-12", "2022-10-14", 1.0),
    ("true-date-in-too-wide-interval", ("2022-10-01", "2022-11-06"), "2022-10-13", "2022-10-12", "2022-10-15", 0.0),
    ("vaguer-contains-gold", ("2022-10-11", "2022-10-11"), None, "2022-10-01", "2022-10-31", 0.5),
    ("disjoint", ("2022-10-11", "2022-10-11"), None, "2022-10-20", "2022-10-20", 0.0),
    ("no-predicted-date", ("2022-10-11", "2022-10-11"), None, None, None, 0.0),
    ("no-gold-date", None, None, "2022-10-11", "2022-10-11", None),
]


@pytest.mark.parametrize("gold_date, true_date, start, end, expected", rows(DATES))
def test_date_score(gold_date, true_date, start, end, expected):
    g = gold(TOP, date=gold_date, true_date=true_date)
    assert date_score(g, {"date_start": start, "date_end": end}) == expected


# id, gold, predictions, expected clustering values
CLUSTERS = [
    ("perfect", [gold(TOP, cluster="g7"), gold(TOP, article=B, cluster="g7"), gold(CALL, "talks", cluster=None)],
     [pred(TOP, more=[(B, TOP)]), pred(CALL, "talks")],
     {"bcubed_precision": 1.0, "bcubed_recall": 1.0, "gold_events": 2, "predicted_events": 2}),
    ("over-merged", [gold(TOP, cluster="g7"), gold(CALL, "summit", article=B, cluster="call")],
     [pred(TOP, more=[(B, CALL)])],
     {"bcubed_precision": 0.5, "bcubed_recall": 1.0, "gold_events": 2, "predicted_events": 1}),
    ("under-merged", [gold(TOP, cluster="g7"), gold(TOP, article=B, cluster="g7")],
     [pred(TOP), pred(TOP, article=B)],
     {"bcubed_precision": 1.0, "bcubed_recall": 0.5, "bcubed_f1": 0.667, "gold_events": 1, "predicted_events": 2,
      "event_count_ratio": 2.0}),
    ("nothing-matched", [gold(TOP)], [], {"bcubed_precision": None, "matched_gold": 0, "predicted_events": 0}),
]


@pytest.mark.parametrize("gold_, preds, expected", rows(CLUSTERS))
def test_clustering(gold_, preds, expected):
    res = score(gold_, preds)["clustering"]
    assert {k: res[k] for k in expected} == expected


# id, file content, words the error must contain
BAD_LINES = [
    ("not-json", '{"article": "a01"\n', ["gold.jsonl:1:", "not valid JSON"]),
    ("not-an-object", "[1, 2]\n", ["gold.jsonl:1:", "not a JSON object"]),
    ("bad-kind", json.dumps(gold(TOP)) + "\n\n" + json.dumps({**gold(TOP), "kind": "maybe"}) + "\n",
     ["gold.jsonl:3:", "'kind'"]),
    ("no-mentions", json.dumps({**gold(TOP), "mentions": []}) + "\n", ["gold.jsonl:1:", "'mentions'"]),
    ("bad-date", json.dumps({**gold(TOP), "date": ["2022-13-01", "2022-13-02"]}) + "\n", ["gold.jsonl:1:", "'date'"]),
]


@pytest.mark.parametrize("content, words", rows(BAD_LINES))
def test_malformed_gold_line_names_file_and_line(tmp_path, content, words):
    path = tmp_path / "gold.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(EvalError) as err:
        load_jsonl(path, check_gold)
    assert all(w in str(err.value) for w in words), str(err.value)


def _run(tmp_path, gold_, preds, *options):
    (tmp_path / "gold").mkdir()
    for i, g in enumerate(gold_):  # one file per gold line: folders are read whole
        (tmp_path / "gold" / f"{i}.jsonl").write_text(json.dumps(g) + "\n", encoding="utf-8")
    (tmp_path / "pred.jsonl").write_text("".join(json.dumps(p) + "\n" for p in preds), encoding="utf-8")
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    return main(parser.parse_args([str(tmp_path / "gold"), str(tmp_path / "pred.jsonl"), *options]))


def test_cli_json_reads_folders(tmp_path, capsys):
    assert _run(tmp_path, [gold(TOP), gold(CALL, "talks", article=B)], [pred(TOP)], "--json") == 0
    res = json.loads(capsys.readouterr().out)
    assert (res["required"], res["tp"], res["recall"]) == (2, 1, 0.5)
    assert "details" not in res


def test_cli_floor_and_verbose(tmp_path, capsys):
    assert _run(tmp_path, [gold(TOP), gold(CALL, "talks", article=B)], [pred(TOP, status="planned")],
                "--verbose", "--min-strict-f1", "0.5") == 1
    out = capsys.readouterr()
    assert "MISS b02" in out.out and "PART a01" in out.out and "below the floor" in out.err


def test_cli_bad_prediction_line(tmp_path, capsys):
    assert _run(tmp_path, [gold(TOP)], [{"type": "summit", "evidence": "not a list"}]) == 2
    assert "pred.jsonl:1:" in capsys.readouterr().err


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path):
    """`python -m events evaluate ... --verbose | head`: the pipe closes before the report is written."""
    import os
    import subprocess
    import sys
    (tmp_path / "gold").mkdir()
    for i, g in enumerate([gold(TOP), gold(CALL, "talks", article=B)]):
        (tmp_path / "gold" / f"{i}.jsonl").write_text(json.dumps(g) + "\n", encoding="utf-8")
    (tmp_path / "pred.jsonl").write_text(json.dumps(pred(TOP)) + "\n", encoding="utf-8")
    root = Path(__file__).resolve().parent.parent
    proc = subprocess.Popen([sys.executable, "-m", "events", "evaluate", str(tmp_path / "gold"), str(tmp_path / "pred.jsonl"),
                             "--verbose"], cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env={**os.environ, "PYTHONPATH": str(root)})
    proc.stdout.close()  # the reader is gone before the first line
    err = proc.stderr.read().decode()
    assert proc.wait() == 141 and "Traceback" not in err, err


@pytest.mark.skipif(not REFERENCE.exists(), reason="reference scorer not present")
@pytest.mark.parametrize("gold_, preds", [pytest.param(*c[1:3], id=c[0]) for c in SCORES + CLUSTERS])
def test_agrees_with_reference_scorer(gold_, preds):
    spec = importlib.util.spec_from_file_location("reference_score", REFERENCE)
    reference = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(reference)
    ours, theirs = score(gold_, preds), reference.score(gold_, preds)
    for key in ("precision", "recall", "f1", "strict_f1", "tp", "fp", "negation_fp"):
        assert ours[key] == theirs[key], key
