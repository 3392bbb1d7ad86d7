"""Adding a few articles to a large event store: the real command line on a store of N articles.

usage: python bench/bench_add_articles.py [--articles N] [--size BYTES] [--add K]

Generates N articles as bench/bench_extract.py does and fills a store with them quickly: the store
code of `extract --store DIR --no-merge` with a stub extractor (20 canned events per article, as in
bench/bench_store_memory.py; the real extractor would take N times 10 ms). The keys are the real
ones, so the real command line then finds every article stored. Then, each in a fresh process,
`python -m events extract CORPUS --store DIR --no-merge`:

- over the unchanged corpus (every file only `stat`ed, nothing extracted, nothing written);
- after K new generated articles were added (only those are extracted, the index is written anew).

It prints wall and CPU time (the process's start and lexicon loading included) and peak memory.
Merging is left out: see bench/bench_merge.py.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, "bench"))

from bench_extract import generate, generated_corpus, paragraphs  # noqa: E402
from bench_store_memory import fresh  # noqa: E402


def run(args: list[str]) -> tuple[float, float, float, str]:
    """`python -m events extract ARGS`: (wall s, CPU s, peak MB, its summary)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "events", "extract", *args, "--quiet"], cwd=ROOT,
                            stderr=subprocess.PIPE, text=True)
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"extract {' '.join(args)} failed:\n{err}")
    return time.perf_counter() - t0, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, err.strip().splitlines()[0]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--size", type=int, default=5000, help="bytes per generated article (default 5000)")
    ap.add_argument("--add", type=int, default=10, help="articles to add (default 10)")
    a = ap.parse_args()
    paras = paragraphs(os.path.join(ROOT, "data", "articles"))
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        corpus, store, _ = generated_corpus(tmp, a.articles, a.size, paras)
        filled = fresh(corpus, store)
        print(f"{a.articles:,} generated articles of about {a.size:,} bytes, stored with the stub extractor in "
              f"{time.perf_counter() - t0:.0f} s (store run {filled['cpu_s']:.0f} CPU s, {filled['peak_mb']:.0f} MB)\n")
        print("| run | wall | CPU | peak memory | summary |\n|---|---:|---:|---:|---|")
        args = [corpus, "--store", store, "--no-merge", "--workers", "1"]
        for label in ("unchanged corpus", f"{a.add} articles added"):
            if label != "unchanged corpus":
                generate(corpus, a.add, a.size, paras, seed=11, first=a.articles)
            wall, cpu, peak, summary = run(args)
            print(f"| {label} | {wall:.1f} s | {cpu:.1f} s | {peak:.0f} MB | {summary} |", flush=True)


if __name__ == "__main__":
    main()
