"""Fuzzing at volume: the property checks of tests/test_properties.py, run by hypothesis for minutes.

usage: python bench/fuzz.py [--minutes 5] [--examples 200] [--seed 0]

Round after round, every check runs on --examples new inputs (longer texts than the tests use)
under a new seed. A failure is shrunk by hypothesis to a minimal input. At the end it prints how
long it ran, how many inputs each check saw, the slowest input of each check, and every distinct
failure with its minimal input. Nothing is written to disk.
"""
from __future__ import annotations

import argparse
import os
import sys
import time

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st
from hypothesis.errors import HypothesisException

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from tests import test_properties as props  # noqa: E402

LONG = st.one_of(props.texts(400), st.tuples(props.texts(40), st.integers(2, 200)).map(lambda p: p[0] * p[1]))
CHECKS = {
    "reader": (props.check_reader, (props.SUFFIX, st.one_of(props.RAW, LONG.map(str.encode)))),
    "dates": (props.check_dates, (LONG, props.PUB)),
    "sentences": (lambda text, pub: props.check_sentences(props.article(text, pub)), (LONG, props.PUB)),
    "extract": (lambda text, pub: props.check_extract(props.article(text, pub)), (LONG, props.PUB)),
}


class Tally:
    """Inputs seen, time spent, the slowest input and the distinct failures of one check."""

    def __init__(self) -> None:
        self.inputs, self.seconds, self.slowest, self.slowest_input = 0, 0.0, 0.0, ""
        self.failures: dict[str, str] = {}  # error -> minimal input

    def timed(self, check):
        def run(*args):
            t0 = time.perf_counter()
            try:
                check(*args)
            finally:
                took = time.perf_counter() - t0
                self.inputs, self.seconds = self.inputs + 1, self.seconds + took
                if took > self.slowest and self.inputs > 1:  # the first input pays for loading the lexicon
                    size = sum(len(a) for a in args if isinstance(a, (str, bytes)))
                    self.slowest, self.slowest_input = took, f"{size:,} characters: {repr(args)[:300]}"
        return run


def one_round(check, strategies, tally: Tally, examples: int, round_seed: int) -> None:
    """Run `check` on `examples` inputs; a failure is recorded with hypothesis' minimal example."""
    @settings(max_examples=examples, deadline=None, database=None, phases=[Phase.generate, Phase.shrink],
              suppress_health_check=list(HealthCheck), report_multiple_bugs=False, print_blob=False)
    @given(st.tuples(*strategies))
    @seed(round_seed)
    def prop(args):
        tally.timed(check)(*args)
    try:
        prop()
    except HypothesisException:
        raise  # the fuzzer itself is wrong
    except Exception as e:  # a finding, not a crash of the fuzzer
        notes = " ".join(getattr(e, "__notes__", [])).strip()
        tally.failures.setdefault(f"{type(e).__name__}: {str(e)[:200]}", notes[:600])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--minutes", type=float, default=5.0)
    ap.add_argument("--examples", type=int, default=200, help="inputs per check per round")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    tallies = {name: Tally() for name in CHECKS}
    t0, rounds = time.monotonic(), 0
    while time.monotonic() - t0 < args.minutes * 60:
        for name, (check, strategies) in CHECKS.items():
            one_round(check, strategies, tallies[name], args.examples, args.seed * 1_000_003 + rounds)
        rounds += 1
        print(f"round {rounds}: {time.monotonic() - t0:.0f} s, "
              + ", ".join(f"{n} {t.inputs}" for n, t in tallies.items()), file=sys.stderr, flush=True)
    report(tallies, rounds, time.monotonic() - t0)
    return 1 if any(t.failures for t in tallies.values()) else 0


def report(tallies: dict[str, Tally], rounds: int, seconds: float) -> None:
    print(f"fuzzed for {seconds / 60:.1f} min, {rounds} rounds")
    for name, t in tallies.items():
        print(f"- {name}: {t.inputs:,} inputs in {t.seconds:.0f} s, slowest {t.slowest:.2f} s, "
              f"{len(t.failures)} distinct failure(s)")
        print(f"    slowest input: {t.slowest_input}")
        for error, minimal in t.failures.items():
            print(f"    {error}\n      minimal: {minimal}")


if __name__ == "__main__":
    sys.exit(main())
