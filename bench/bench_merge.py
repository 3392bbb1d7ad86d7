"""Incremental merging: seconds to add 10 articles to a merged store of N generated articles.

usage: python bench/bench_merge.py [--articles N ...] [--add 10] [--workers 2] [--years 1] [--check]

For each N it generates ~5 KB articles as bench/bench_extract.py does, extracts them into a store
without merging, then runs the real command line in fresh processes:

- `extract CORPUS --store DIR` on the unchanged corpus: the first merge, of every stored event;
- the same after adding --add new articles: only they are extracted, and the merge is updated
  (merge.remerge) instead of made again;
- the same after removing one old article;
- the same after changing one old article (a paragraph added to it).

Wall time, CPU time and peak memory of each run (start-up of about 1.5 s included) are printed as
a Markdown table. With --check the merged events of the updated store are compared with a full
merge of its per-article events, made in this process (slow for large N).
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, "bench"))

from bench_extract import generate, generated_corpus, measure, paragraphs  # noqa: E402


def check(store: str) -> str:
    """'same' when the store's merged events equal a full merge of its per-article events."""
    from events import eventstore, mergestate
    w = eventstore.Writer.__new__(eventstore.Writer)
    w.folder, w.pending = store, eventstore.read_manifest(store)
    full = eventstore.records(mergestate.full(w).events)
    stored = eventstore.records(eventstore.read(store))
    return "same" if full == stored else f"DIFFERENT ({len(stored)} vs {len(full)} events)"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, nargs="+", default=[20000])
    ap.add_argument("--add", type=int, default=10)
    ap.add_argument("--size", type=int, default=5000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--check", action="store_true", help="compare the updated merge with a full one")
    ap.add_argument("--source", default=os.path.join(ROOT, "data", "articles"))
    ap.add_argument("--years", type=int, default=1,
                    help="spread the articles over this many years (default 1: all in 2023)")
    a = ap.parse_args()
    paras = paragraphs(a.source)
    print("| run | articles | wall | CPU | peak memory |")
    print("|---|---:|---:|---:|---:|", flush=True)
    for n in a.articles:
        with tempfile.TemporaryDirectory() as tmp:
            corpus, store, _ = generated_corpus(tmp, n, a.size, paras, a.years)
            w = ["--workers", str(a.workers)]
            measure([corpus, "--store", store, "--no-merge", *w])
            runs = [("first merge, all stored events", n), (f"+{a.add} new articles, merge updated", n + a.add),
                    ("-1 article, merge updated", n + a.add - 1), ("1 article changed, merge updated", n + a.add - 1)]
            for what, total in runs:
                if what.startswith("+"):
                    generate(corpus, a.add, a.size, paras, seed=11, first=n, years=a.years)
                elif what.startswith("-"):
                    os.unlink(os.path.join(corpus, "gen_000003.txt"))
                elif what.startswith("1 article"):  # a paragraph of another article added to it
                    with open(os.path.join(corpus, "gen_000005.txt"), "a", encoding="utf-8") as f:
                        f.write("\n" + paras[len(paras) // 2] + "\n")
                wall, cpu, peak = measure([corpus, "--store", store, *w])
                print(f"| {what} | {total:,} | {wall:.1f} s | {cpu:.1f} s | {peak:.0f} MB |", flush=True)
            if a.check:
                print(f"\nN={n}: updated merge vs full merge: {check(store)}", flush=True)


if __name__ == "__main__":
    main()
