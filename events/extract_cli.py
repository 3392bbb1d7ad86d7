"""The `extract` command: articles in, events out (.jsonl, .csv or .parquet), with a summary."""
from __future__ import annotations

import collections
import os
import sys
import time

from .extract import extract_paths


def add_arguments(p) -> None:
    p.add_argument("paths", nargs="+", help="article files or folders (.txt, .jsonl, .json, .csv), read recursively")
    p.add_argument("--out", required=True, help="output file: .jsonl, .csv or .parquet")
    p.add_argument("--no-merge", action="store_true", help="keep one event per article (no merging across articles)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                   help="processes to extract with (default: all cores); the output is the same")


class _Bar:
    """A progress bar on stderr for long runs (only when stderr is a terminal or the run is long)."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.t0 = time.monotonic()
        self.last = 0.0

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if self.quiet or (now - self.last < 0.5 and done < total) or now - self.t0 < 1.0:
            return
        self.last = now
        width = 30
        filled = int(width * done / max(total, 1))
        rate = done / max(now - self.t0, 1e-9)
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} articles, {rate:.0f}/s")
        if done == total:
            sys.stderr.write("\n")
        sys.stderr.flush()


def main(args) -> int:
    ext = os.path.splitext(args.out)[1].lower()
    if ext not in (".jsonl", ".csv", ".parquet"):
        print(f"extract: --out {args.out}: unknown extension {ext or '(none)'}; use .jsonl, .csv or .parquet",
              file=sys.stderr)
        return 2
    from .export import write_events
    t0 = time.monotonic()
    if args.workers < 1:
        print("extract: --workers must be at least 1", file=sys.stderr)
        return 2
    res = extract_paths(args.paths, progress=_Bar(args.quiet), merge=not args.no_merge, workers=args.workers)
    for w in res.warnings:
        print(f"warning: {w}", file=sys.stderr)
    write_events(res.events, args.out)
    secs = time.monotonic() - t0
    by_type = collections.Counter(e["type"] for e in res.events)
    by_status = collections.Counter(e["status"] for e in res.events)
    print(f"{len(res.articles)} articles read, {len(res.warnings)} warnings, {len(res.events)} events "
          f"in {secs:.1f} s -> {args.out}", file=sys.stderr)
    if res.events:
        print("  by type:   " + ", ".join(f"{k} {v}" for k, v in sorted(by_type.items())), file=sys.stderr)
        print("  by status: " + ", ".join(f"{k} {v}" for k, v in sorted(by_status.items())), file=sys.stderr)
    return 0
