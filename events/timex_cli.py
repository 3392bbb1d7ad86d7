"""The `timex` command: print temporal expressions with their intervals."""
from __future__ import annotations

import datetime as dt
import json
import sys

from . import dates
from .articles import parse_date_header


def add_arguments(p) -> None:
    p.add_argument("text", nargs="?", help="a Dutch sentence")
    p.add_argument("--dct", help="publication date YYYY-MM-DD or YYYY-MM")
    p.add_argument("--batch", help="JSONL file with id, text, dct per line")


def main(args) -> int:
    if args.batch:
        return _batch(args.batch)
    if not args.text or not args.dct:
        print("timex: give a sentence and --dct DATE, or --batch FILE.jsonl", file=sys.stderr)
        return 2
    pub = parse_date_header(args.dct)
    if pub is None:
        print(f"timex: --dct {args.dct!r} is not a date (YYYY-MM-DD or YYYY-MM)", file=sys.stderr)
        return 2
    for t in dates.find(args.text, pub):
        print(f"{t.text}\t{t.start}\t{t.end}\t{t.precision}")
    return 0


def _batch(path: str) -> int:
    try:
        fh = open(path, encoding="utf-8")
    except OSError as e:
        print(f"timex: cannot read {path}: {e.strerror}", file=sys.stderr)
        return 2
    with fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                pub = parse_date_header(str(row.get("dct", "")))
                text = str(row.get("text", ""))
            except (json.JSONDecodeError, AttributeError) as e:
                print(f"timex: {path}:{n}: not a JSON object ({e})", file=sys.stderr)
                continue
            found = dates.find(text, pub) if pub else []
            print(json.dumps({"id": row.get("id"), "timex": [t.to_json() for t in found]}, ensure_ascii=False))
    return 0
