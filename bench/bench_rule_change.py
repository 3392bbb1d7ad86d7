"""What a changed trigger rule, person or country costs an event store: articles extracted again, CPU time.

usage: python bench/bench_rule_change.py [--articles N] [--size BYTES]

Generates N articles of about SIZE bytes as bench_extract.py does, fills a store with them
(`extract CORPUS --store DIR --no-merge`, one worker), then, each in a fresh process with
EVENTS_LEXICON pointing at an edited copy of the lexicon:

- edits the CAMEO code of the trigger rules that match in the fewest, a quarter, half and
  three quarters of the articles and in the most of them (`rules.relevant`), one at a time;
- adds a rule whose word occurs in none of them;
- adds an alias to the people that are relevant (`actors.relevant`) to the fewest, half and the
  most of the articles, and a name to the country relevant to the most;
- adds a person whose name occurs nowhere;
- appends a comment to status.toml (any change outside the trigger rules: every article).

For each it prints how many articles were extracted again, and wall and CPU time of the
run (start-up, reading every file again to make its keys, extraction, commit) as a Markdown
table. Nothing is timed inside the tests; this script is the measurement.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, "bench"))

from bench_extract import generated_corpus, paragraphs  # noqa: E402
from events import actors, articles, lexicon, rules  # noqa: E402

_UNCHANGED = re.compile(r"\((\d+) unchanged, not extracted again\)")


def run(args: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    """`python -m events extract ARGS`: (wall s, CPU s, articles it found unchanged)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "events", "extract", *args, "--quiet"], cwd=ROOT,
                            stderr=subprocess.PIPE, text=True, env=env)
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    found = _UNCHANGED.search(err)
    if os.waitstatus_to_exitcode(status) != 0 or not found:
        sys.exit(f"extract {' '.join(args)} failed:\n{err}")
    return wall, usage.ru_utime + usage.ru_stime, int(found.group(1))


def recoded(text: str, rule_id: str, cameo: str) -> str:
    """triggers.toml with the CAMEO code of one rule changed."""
    new = re.sub(rf'(\nid = "{re.escape(rule_id)}"\ntype = "\w+"\ncameo = )"\d*"', rf'\1"{cameo}"', text, count=1)
    if new == text:
        sys.exit(f"triggers.toml: rule {rule_id} not found in the expected layout (id, type, cameo)")
    return new


def renamed(text: str, table: str, key: str, name: str) -> str:  # "Testnaam-<name>": a name of one actor
    """people.toml or countries.toml with one more name (first in its list) for one entry."""
    field = "aliases" if table == "person" else "names"
    new = re.sub(rf'(\n{key} = "{re.escape(name)}"\nname = "[^"]*"\n{field} = \[)', rf'\1"Testnaam-{name}", ', text, count=1)
    if new == text:
        sys.exit(f"{table}: {name} not found in the expected layout ({key}, name, {field})")
    return new


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--size", type=int, default=5000, help="bytes per generated article (default 5000)")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus, store, _ = generated_corpus(tmp, a.articles, a.size, paragraphs(os.path.join(ROOT, "data", "articles")))
        counts, entries = [0] * len(rules.load()), {}
        for art in articles.read([corpus], lambda w: None):
            for i in rules.relevant(art.text):
                counts[i] += 1
            for e in actors.relevant(art.text, art.published.start if art.published else None)[0]:
                entries[e] = entries.get(e, 0) + 1
        order = sorted(range(len(counts)), key=lambda i: (counts[i], i))
        picks = sorted({order[min(len(order) - 1, int(q * len(order)))] for q in (0, .25, .5, .75, 1)},
                       key=lambda i: counts[i])
        lex = os.path.join(tmp, "lexicon")
        shutil.copytree(str(lexicon.folder()), os.path.join(lex, "nl"), ignore=shutil.ignore_patterns("*.py", "__pycache__"))
        env = dict(os.environ, **{lexicon.ENV: lex})
        args = [corpus, "--store", store, "--no-merge", "--workers", "1"]
        wall, cpu, _ = run(args, env)
        rows = [f"| first run, every article extracted | {a.articles:,} | {wall:.1f} s | {cpu:.1f} s |"]
        triggers = os.path.join(lex, "nl", "triggers.toml")

        def edit(path: str, change) -> None:
            with open(path, encoding="utf-8") as fh:
                text = fh.read()
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(change(text))

        ids = [r.id for r in rules.load()]
        changes = [(f"rule `{ids[i]}` edited (matches in {counts[i]:,} articles)", triggers,
                    lambda t, rid=ids[i]: recoded(t, rid, "099")) for i in picks]
        changes.append(("a rule added whose word occurs nowhere", triggers, lambda t: t + (
            '\n[[rule]]\nid = "x.bench"\ntype = "talks"\ncameo = "040"\npattern = \'beraadslaagden\'\n'
            'examples = ["De ministers beraadslaagden in Wenen."]\n')))
        people = sorted((n, pid) for (f, pid), n in entries.items() if f == "people")
        for n, pid in dict.fromkeys(people[min(len(people) - 1, int(q * len(people)))] for q in (0, .5, 1)):
            changes.append((f"person `{pid}`: an alias added (relevant to {n:,} articles)",
                            os.path.join(lex, "nl", "people.toml"), lambda t, pid=pid: renamed(t, "person", "id", pid)))
        n, code = max((n, code) for (f, code), n in entries.items() if f == "countries")
        changes.append((f"country `{code}`: a name added (relevant to {n:,} articles)",
                        os.path.join(lex, "nl", "countries.toml"), lambda t: renamed(t, "country", "code", code)))
        changes.append(("a person added whose name occurs nowhere", os.path.join(lex, "nl", "people.toml"),
                        lambda t: t + '\n[[person]]\nid = "x-bench"\nname = "Jan Testpersoon"\n'
                                      'aliases = ["Testpersoon"]\nroles = []\n'))
        changes.append(("a comment appended to status.toml", os.path.join(lex, "nl", "status.toml"),
                        lambda t: t + "\n# edited\n"))
        for what, path, change in changes:
            edit(path, change)
            wall, cpu, unchanged = run(args, env)
            rows.append(f"| {what} | {a.articles - unchanged:,} | {wall:.1f} s | {cpu:.1f} s |")
    print(f"{a.articles:,} generated articles of about {a.size:,} bytes, one worker, `--no-merge`\n")
    print("| change | articles extracted again | wall | CPU |\n|---|---:|---:|---:|")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
