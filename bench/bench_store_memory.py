"""Memory of the event store's own work, without the extractor: peak memory by corpus size.

usage: python bench/bench_store_memory.py [--articles N ...] [--size BYTES] [--again]

For each size it generates articles as bench/bench_extract.py does and runs, in a fresh
process, `pipeline.update_store(..., merge=False)` (what `extract --store DIR --no-merge`
runs) with the extractor replaced by a stub that returns 20 canned events per article (real
events of the bundled corpus, with the article's id): so only reading, keys, bookkeeping,
parts, the commit and the summary's counting are left. It prints the peak resident memory
(VmHWM) and CPU time; with --again also those of a second run over the unchanged files.
Memory that grows here with the corpus is the store's; the rest of what `extract` grows by
comes from the extractor.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, "bench"))


def run_store(corpus: str, store: str) -> dict:
    """In this process: the store run with the stub extractor; its peak memory and CPU time."""
    from events import articles, eventstore, extract, pipeline
    arts = list(articles.read([os.path.join(ROOT, "data", "articles")], lambda w: None))[:5]
    canned = [e.to_dict() for a in arts for e in extract.extract_article(a)][:20]

    def stub(article):
        return [dict(e, event_id=f"{article.id}-{i}", article_ids=[article.id]) for i, e in enumerate(canned)], ""

    pipeline._extract_safely = stub
    cpu = time.process_time()
    run = pipeline.update_store([corpus], store, merge=False, workers=1)
    total, _ = eventstore.value_counts(store)  # what the extract command's summary does
    with open("/proc/self/status") as f:
        peak = next(int(line.split()[1]) for line in f if line.startswith("VmHWM")) / 1024
    return {"articles": run.articles, "reused": run.reused, "events": total, "cpu_s": time.process_time() - cpu,
            "peak_mb": peak}


def fresh(corpus: str, store: str) -> dict:
    out = subprocess.run([sys.executable, __file__, "--run", corpus, store], capture_output=True, text=True, cwd=ROOT)
    if out.returncode:
        sys.exit(out.stderr)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, nargs="+", default=[5000, 20000, 50000])
    ap.add_argument("--size", type=int, default=5000, help="bytes per generated article")
    ap.add_argument("--again", action="store_true", help="also a second run over the unchanged files")
    ap.add_argument("--run", nargs=2, metavar=("CORPUS", "STORE"), help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.run:
        print(json.dumps(run_store(*a.run)))
        return
    from bench_extract import generated_corpus, paragraphs
    paras = paragraphs(os.path.join(ROOT, "data", "articles"))
    print("| articles | run | CPU | peak memory |\n|---:|---|---:|---:|", flush=True)
    for n in a.articles:
        with tempfile.TemporaryDirectory() as tmp:
            corpus, store, _ = generated_corpus(tmp, n, a.size, paras)
            for label in ("first",) + (("again, unchanged",) if a.again else ()):
                r = fresh(corpus, store)
                print(f"| {n:,} | {label} | {r['cpu_s']:.1f} s | {r['peak_mb']:.0f} MB |", flush=True)


if __name__ == "__main__":
    main()
