"""Extraction throughput and memory: articles/s, MB/s, CPU time and peak memory on generated corpora.

usage: python bench/bench_extract.py [--articles N ...] [--workers W ...] [--size BYTES] [--merge]
       python bench/bench_extract.py --in-process [--articles N ...] [--rounds R] [--warm-up W]

For each corpus size it generates ~5 KB articles from the paragraphs of the bundled corpus
(data/articles), shuffled into new articles with their own date lines, and runs the real
command line in a fresh process for each measurement:

- `extract CORPUS --store DIR --no-merge` (streaming into the event store) with each worker count;
- `extract CORPUS --out FILE --no-merge` (everything in memory) with the first worker count;
- the store run again after adding 10 new articles (incremental: only those are extracted);
- with --merge, the store run with merging (every stored event is merged again).

With --streaming-only just the first (one run per size and worker count): the memory curve.

With --in-process, the extractor itself instead: `extract_article` over the generated articles in
this process, after --warm-up articles, for --rounds rounds, CPU time of this process
(`time.process_time`; one core, no start-up, no reading or writing): the rate the extraction
issue's aim of 300 articles per second per core is about. It says whether the compiled build is used.

Wall time, CPU time (user + system of the process and its workers) and the peak resident
memory of the largest process (from wait4) are printed as a Markdown table. Nothing is timed
inside the tests; this script is the measurement.
"""
from __future__ import annotations

import argparse
import os
import random
import re
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from events import articles  # noqa: E402

YEAR = re.compile(r"\b(?:19|20)\d\d\b")  # a year in a header or text, moved by generate(years=)


def paragraphs(source: str) -> list[str]:
    """Body paragraphs of the source corpus (residue, publication lines and headings dropped)."""
    out = []
    for a in articles.read([source], lambda w: None):
        for p in a.text.split("\n\n"):
            p = "\n".join(line for line in p.strip().splitlines() if not articles.is_residue(line))
            if len(p) > 80 and not articles.is_heading(p):
                out.append(p)
    return out


def generate(folder: str, n: int, size: int, paras: list[str], seed: int = 7, first: int = 0, years: int = 1) -> int:
    """Write n .txt articles of about `size` bytes (numbered from `first`); return the total bytes.

    Articles are published in 2023; with `years` > 1 each is moved back a random number of whole
    years (fewer than `years`), its header and every year in its text alike, so that a larger
    corpus reads like an archive of several years instead of one year reporting the same paragraphs
    ever more often (merging finds groups of the same size per year)."""
    rnd = random.Random(seed + first)
    total = 0
    for i in range(first, first + n):
        body, length = [], 0
        while length < size:
            p = rnd.choice(paras)
            body.append(p)
            length += len(p.encode()) + 2
        month = rnd.randint(1, 12)
        day = rnd.randint(1, 28)
        header = f" date 2023-{month:02d}-{day:02d} " if rnd.random() < .6 else f" date 2023-{month:02d} "
        text = header + "\n\n".join(body) + "\n"
        if years > 1:
            back = rnd.randrange(years)
            text = YEAR.sub(lambda m: str(int(m.group()) - back), text)
        with open(os.path.join(folder, f"gen_{i:06d}.txt"), "w", encoding="utf-8") as fh:
            fh.write(text)
        total += len(text.encode())
    return total


def generated_corpus(tmp: str, n: int, size: int, paras: list[str], years: int = 1) -> tuple[str, str, int]:
    """A folder `tmp/articles` of n generated articles, the path `tmp/store` for a store, and the bytes."""
    corpus = os.path.join(tmp, "articles")
    os.mkdir(corpus)
    return corpus, os.path.join(tmp, "store"), generate(corpus, n, size, paras, years=years)


def measure(args: list[str]) -> tuple[float, float, float]:
    """Run `python -m events extract ARGS`: (wall s, CPU s of it and its workers, peak MB of its largest process)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "events", "extract", *args, "--quiet"], cwd=ROOT,
                            stderr=subprocess.PIPE, text=True)
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"extract {' '.join(args)} failed:\n{err}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def row(what: str, n: int, workers: int, nbytes: int, result: tuple[float, float, float], rates=True) -> str:
    """One Markdown table row; rates only where every article was extracted in the run."""
    wall, cpu, peak = result
    speed = f"{n / wall:.0f} | {n / cpu:.0f} | {nbytes / wall / 1e6:.2f}" if rates else "– | – | –"
    return f"| {what} | {n:,} | {workers} | {wall:.1f} s | {cpu:.1f} s | {speed} | {peak:.0f} MB |"


def bench_size(n: int, a, paras: list[str]) -> list[str]:
    """The table rows for one corpus size."""
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        corpus, _, nbytes = generated_corpus(tmp, n, a.size, paras)
        for w in a.workers:
            store = os.path.join(tmp, f"store-{w}")
            res = measure([corpus, "--store", store, "--no-merge", "--workers", str(w)])
            rows.append(row("store, streaming", n, w, nbytes, res))
            print(rows[-1], flush=True)
        if a.streaming_only:
            return rows
        w, store = a.workers[-1], os.path.join(tmp, f"store-{a.workers[-1]}")
        res = measure([corpus, "--out", os.path.join(tmp, "events.jsonl"), "--no-merge", "--workers", str(a.workers[0])])
        rows.append(row("--out, in memory", n, a.workers[0], nbytes, res))
        print(rows[-1], flush=True)
        extra = generate(corpus, 10, a.size, paras, first=n)
        res = measure([corpus, "--store", store, "--no-merge", "--workers", str(w)])
        rows.append(row("store, +10 new articles", n + 10, w, nbytes + extra, res, rates=False))
        print(rows[-1], flush=True)
        if a.merge:
            res = measure([corpus, "--store", store, "--workers", str(w)])
            rows.append(row("store, merge all stored events", n + 10, w, nbytes + extra, res, rates=False))
            print(rows[-1], flush=True)
    return rows


AIM = 300  # articles per CPU second on one core (the extraction issue)


def in_process(n: int, a, paras: list[str]) -> None:
    """Rounds of `extract_article` over n generated articles in this process: articles per CPU second."""
    from events import extract, native
    with tempfile.TemporaryDirectory() as tmp:
        generate(tmp, n, a.size, paras)
        arts = list(articles.read([tmp], lambda w: None))
    build = "compiled" if native.status().startswith("compiled") else "pure Python"
    for art in arts[:a.warm_up]:
        extract.extract_article(art)  # loading: the rules' index, the lemmatiser's dictionary, the lexicon
    rates = []
    for r in range(a.rounds):
        events, t0 = 0, time.process_time()
        for art in arts:
            events += len(extract.extract_article(art))
        cpu = time.process_time() - t0
        rates.append(n / cpu)
        print(f"| {r + 1} | {n:,} | {build} | {cpu:.2f} s | {cpu / n * 1000:.1f} ms | {events / n:.1f} | **{n / cpu:.0f}** |",
              flush=True)
    best = max(rates)
    print(f"\nbest round {best:.0f} articles per CPU second: {'meets' if best >= AIM else 'short of'} the aim of {AIM}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, nargs="+", help="corpus sizes (default 2000 20000; 300 with --in-process)")
    ap.add_argument("--size", type=int, default=5000, help="bytes per generated article")
    ap.add_argument("--source", default=os.path.join(ROOT, "data", "articles"))
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts to measure")
    ap.add_argument("--merge", action="store_true", help="also time merging every stored event (slow)")
    ap.add_argument("--streaming-only", action="store_true", help="only the streaming store runs (memory curve)")
    ap.add_argument("--in-process", action="store_true",
                    help="time extract_article in this process instead of the command line (the per-core rate)")
    ap.add_argument("--rounds", type=int, default=3, help="with --in-process: rounds over the articles")
    ap.add_argument("--warm-up", type=int, default=20, help="with --in-process: articles extracted before timing")
    a = ap.parse_args()
    a.articles = a.articles or ([300] if a.in_process else [2000, 20000])
    paras = paragraphs(a.source)
    if not paras:
        sys.exit(f"no paragraphs found under {a.source}")
    print(f"{os.cpu_count()} cores; articles of about {a.size / 1024:.1f} KB\n")
    if a.in_process:
        print("| round | articles | build | CPU | per article | events per article | articles per CPU s |")
        print("|---:|---:|---|---:|---:|---:|---:|", flush=True)
        for n in a.articles:
            in_process(n, a, paras)
        return
    print("| run | articles | workers | wall | CPU | articles/s (wall) | articles per CPU s | MB/s (wall) | peak memory, largest process |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|", flush=True)
    for n in a.articles:
        bench_size(n, a, paras)


if __name__ == "__main__":
    main()
