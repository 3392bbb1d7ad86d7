"""The `extract` command: articles in, events out (.jsonl, .csv or .parquet, or an event store), with a summary."""
from __future__ import annotations

import collections
import os
import sys
import time

from . import native, pipeline

OUT_SUFFIXES = (".jsonl", ".csv", ".parquet")


def add_arguments(p) -> None:
    p.add_argument("paths", nargs="+", help="article files or folders (.txt, .jsonl, .json, .csv), read recursively")
    p.add_argument("--out", help="output file: .jsonl, .csv or .parquet (optional with --store)")
    p.add_argument("--store", metavar="DIR",
                   help="incremental Parquet event store: only new or changed articles are extracted")
    p.add_argument("--no-merge", action="store_true", help="keep one event per article (no merging across articles)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                   help="processes to extract with (default: all cores); the output is the same")
    p.add_argument("--dask", metavar="ADDRESS",
                   help="extract on the Dask cluster whose scheduler is at ADDRESS (tcp://host:8786) instead")
    p.add_argument("--batch", type=int, default=pipeline.BATCH,
                   help=f"articles per store part (default {pipeline.BATCH}); a killed run loses at most one batch")


class _Bar:
    """A progress bar on stderr for long runs (only when the run is long); total 0 means not known yet."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.t0 = time.monotonic()
        self.last = 0.0
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if self.quiet or now - self.t0 < 1.0 or (now - self.last < 0.5 and not (total and done == total)):
            return
        self.last, self.shown = now, True
        rate = done / max(now - self.t0, 1e-9)
        if total:
            filled = int(30 * done / total)
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (30 - filled)}] {done}/{total} articles, {rate:.0f}/s")
        else:
            sys.stderr.write(f"\r{done} articles, {rate:.0f}/s")
        sys.stderr.flush()

    def close(self) -> None:
        if self.shown:
            sys.stderr.write("\n")
        self.shown = False

    def say(self, text: str) -> None:
        """A line about the stage the run is in (after the bar's line, if shown)."""
        if not self.quiet:
            self.close()
            print(text, file=sys.stderr, flush=True)


def _usage_error(args) -> str:
    """What is wrong with the options, or ''."""
    if not args.out and not args.store:
        return "give --out FILE, --store DIR or both"
    ext = os.path.splitext(args.out or "")[1].lower()
    if args.out and ext not in OUT_SUFFIXES:
        return f"--out {args.out}: unknown extension {ext or '(none)'}; use .jsonl, .csv or .parquet"
    if args.workers < 1:
        return "--workers must be at least 1"
    if args.batch < 1:
        return "--batch must be at least 1"
    return ""


def main(args) -> int:
    problem = _usage_error(args)
    if problem:
        print(f"extract: {problem}", file=sys.stderr)
        return 2
    t0 = time.monotonic()
    bar = _Bar(args.quiet)
    errors: tuple[type[Exception], ...] = (pipeline.PipelineError,)
    if args.store:  # the store's module only when there is one: it imports pyarrow and numpy
        from . import eventstore
        errors += (eventstore.StoreError,)
    try:
        n, reused, warnings, events, counted = (_to_store if args.store else _in_memory)(args, bar)
    except errors as exc:
        bar.close()
        print(f"extract: {exc}", file=sys.stderr)
        return 2
    bar.close()
    for w in warnings:
        print(f"warning: {w}", file=sys.stderr)
    if args.out:
        from .export import write_events
        write_events(events, args.out)
    _summary(args, n, reused, warnings, counted, time.monotonic() - t0)
    return 0


def _in_memory(args, bar):
    """Extract everything in memory (no store): (articles, 0, warnings, events, their type and status)."""
    res = pipeline.extract_paths(args.paths, progress=bar, merge=not args.no_merge, workers=args.workers,
                                 dask=args.dask)
    counts = {name: dict(collections.Counter(e[name] for e in res.events)) for name in ("type", "status")}
    return len(res.articles), 0, res.warnings, res.events, (len(res.events), counts)


def _to_store(args, bar):
    """Update the store; its events are read back only when --out wants them (else counted batch by batch)."""
    from . import eventstore
    run = pipeline.update_store(args.paths, args.store, progress=bar, merge=not args.no_merge,
                                workers=args.workers, dask=args.dask, batch=args.batch, say=bar.say)
    counted = eventstore.value_counts(args.store, ("type", "status"))
    return run.articles, run.reused, run.warnings, eventstore.events(args.store) if args.out else None, counted


def _summary(args, n: int, reused: int, warnings: list[str], counted: tuple[int, dict], secs: float) -> None:
    """Articles read, warnings, events by type and status, on stderr."""
    where = " and ".join(x for x in (args.store, args.out) if x)
    again = f" ({reused} unchanged, not extracted again)" if args.store else ""
    total, counts = counted
    print(f"{n} articles read{again}, {len(warnings)} warnings, {total} events in {secs:.1f} s -> {where}",
          file=sys.stderr)
    for name, label in (("type", "by type:   "), ("status", "by status: ")):
        if total:
            print(f"  {label}" + ", ".join(f"{k} {v}" for k, v in sorted(counts[name].items())), file=sys.stderr)
    print(f"  extractor: {native.status()}", file=sys.stderr)
