"""Extraction throughput: articles/s, MB/s and peak memory on a generated corpus of ~5 KB articles.

usage: python bench/bench_extract.py [--articles N] [--size BYTES] [--source DIR]

The corpus is generated from the paragraphs of the bundled corpus (data/articles), shuffled
into new articles of about --size bytes with their own date lines, so every run measures the
same kind of text. Nothing is timed inside the tests; this script is the measurement.
"""
from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from events import articles, extract  # noqa: E402


def paragraphs(source: str) -> list[str]:
    """Body paragraphs of the source corpus (residue and headings dropped)."""
    out = []
    for a in articles.read([source], lambda w: None):
        for p in a.text.split("\n\n"):
            p = p.strip()
            if len(p) > 80 and not articles.is_heading(p):
                out.append(p)
    return out


def generate(folder: str, n: int, size: int, paras: list[str], seed: int = 7) -> int:
    """Write n .txt articles of about `size` bytes; return the total number of bytes."""
    rnd = random.Random(seed)
    total = 0
    for i in range(n):
        body, length = [], 0
        while length < size:
            p = rnd.choice(paras)
            body.append(p)
            length += len(p.encode()) + 2
        month = rnd.randint(1, 12)
        day = rnd.randint(1, 28)
        header = f" date 2023-{month:02d}-{day:02d} " if rnd.random() < .6 else f" date 2023-{month:02d} "
        text = header + "\n\n".join(body) + "\n"
        with open(os.path.join(folder, f"gen_{i:06d}.txt"), "w", encoding="utf-8") as fh:
            fh.write(text)
        total += len(text.encode())
    return total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--size", type=int, default=5000)
    ap.add_argument("--source", default=os.path.join(ROOT, "data", "articles"))
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts to measure")
    a = ap.parse_args()
    paras = paragraphs(a.source)
    if not paras:
        sys.exit(f"no paragraphs found under {a.source}")
    with tempfile.TemporaryDirectory() as tmp:
        nbytes = generate(tmp, a.articles, a.size, paras)
        extract.extract_paths([os.path.join(tmp, "gen_000000.txt")])  # load lexicons once, outside the timing
        print(f"articles: {a.articles}  average size: {nbytes / a.articles / 1024:.1f} KB")
        for workers in a.workers:
            t0 = time.perf_counter()
            res = extract.extract_paths([tmp], workers=workers)
            secs = time.perf_counter() - t0
            peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                       resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
            print(f"{workers} worker(s): {a.articles / secs:.0f} articles/s  {nbytes / secs / 1e6:.2f} MB/s  "
                  f"time {secs:.1f} s  events {len(res.events)}  peak memory per process {peak:.0f} MB")


if __name__ == "__main__":
    main()
