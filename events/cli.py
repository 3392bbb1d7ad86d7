"""Argument parsing for the subcommands; each subcommand lives in its own module."""
from __future__ import annotations

import argparse
import importlib
import os
import sys

from .lexicon import LexiconError

COMMANDS = {
    "extract": ("events.extract_cli", "extract events from articles into .jsonl, .csv or .parquet"),
    "timex": ("events.timex_cli", "find Dutch temporal expressions and print their intervals"),
    "evaluate": ("events.evaluate", "score predicted events against gold events"),
    "compile": ("events.native", "build the optional compiled (Cython) extractor modules for speed"),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m events", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    modules = {}
    for name, (mod, help_) in COMMANDS.items():
        try:
            modules[name] = importlib.import_module(mod)
        except ImportError:
            continue
        p = sub.add_parser(name, help=help_, description=help_)
        modules[name].add_arguments(p)
    args = parser.parse_args(argv)
    try:
        return modules[args.command].main(args) or 0
    except LexiconError as exc:  # a lexicon entry or file (or $EVENTS_LEXICON) that cannot be used: no traceback
        print(f"python -m events {args.command}: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # the reader stopped early (`... --verbose | head`): no traceback, as a C tool would
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # Python's flush at exit must not fail again
        return 141  # 128 + SIGPIPE, what a shell reports for a writer killed by a closed pipe
