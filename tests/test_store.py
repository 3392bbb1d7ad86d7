"""The Parquet event store: atomic updates (even when killed), errors, filters, the CLI and the dashboard."""
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from conftest import ROOT
from events import eventstore, export, pipeline, store
from events.cli import main as cli
from test_pipeline import copy_articles

CORPUS = Path(ROOT) / "data" / "articles"
SMALL = sorted(CORPUS.glob("asia-africa/*.txt"))[:6]


@pytest.fixture
def small(tmp_path):
    return copy_articles(SMALL, tmp_path / "small")


def snapshot(folder):
    """Everything a reader sees of a store."""
    return eventstore.read(str(folder), merged=False), eventstore.read(str(folder))


def test_killed_extraction_leaves_the_old_store_and_the_next_run_completes_it(tmp_path, small):
    big = tmp_path / "big"
    big.mkdir()
    for copy in range(4):  # 240 articles: a few seconds of work on one core
        for p in sorted(CORPUS.rglob("*.txt")):
            shutil.copy(p, big / f"c{copy}_{p.name}")
    st = tmp_path / "store"
    pipeline.update_store([str(small)], str(st))
    before = snapshot(st)
    cmd = [sys.executable, "-m", "events", "extract", str(big), "--store", str(st), "--batch", "10",
           "--workers", "2", "--quiet"]  # its pool workers outlive it for a moment: they must not hold the lock
    proc = subprocess.Popen(cmd, cwd=ROOT, stderr=subprocess.PIPE)
    parts = st / eventstore.PARTS
    deadline = time.monotonic() + 120
    while len(list(parts.glob("*" + eventstore.EVENTS))) < 3 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)  # wait until two new parts are complete: articles processed, nothing committed
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the run ended before it could be killed"
    after = snapshot(st)
    assert after[0].equals(before[0]) and after[1].equals(before[1]), "the old store reads as before"
    done = pipeline.update_store([str(big)], str(st), merge=False)
    assert done.reused >= 20, "the parts the killed run finished are used"
    assert eventstore.records(eventstore.read(str(st))) == pipeline.extract_paths([str(big)]).events


def test_a_failed_commit_leaves_the_old_store(tmp_path, small, monkeypatch):
    st = tmp_path / "store"
    pipeline.update_store([str(small)], str(st))
    before = snapshot(st)
    (small / SMALL[0].name).unlink()
    real = export._atomic_write

    def crash(path, write):
        if path.endswith(eventstore.MANIFEST):
            raise OSError("disk full")
        real(path, write)

    monkeypatch.setattr(export, "_atomic_write", crash)
    with pytest.raises(OSError):
        pipeline.update_store([str(small)], str(st))
    after = snapshot(st)
    assert after[0].equals(before[0]) and after[1].equals(before[1])
    assert not [n for n in os.listdir(st) if n.startswith(".tmp-")]


def test_filters_run_on_the_parquet_scan(tmp_path, small):
    st = str(tmp_path / "store")
    pipeline.update_store([str(small)], st)
    talks = eventstore.read(st, merged=False, filter=ds.field("type") == "talks", columns=["event_id", "type"])
    assert talks.num_rows and set(talks.column("type").to_pylist()) == {"talks"}
    assert talks.column_names == ["event_id", "type"]
    merged = eventstore.read(st, filter=ds.field("status") == "planned")
    assert merged.num_rows and set(merged.column("status").to_pylist()) == {"planned"}


@pytest.mark.parametrize("make, message", [
    (lambda t: (t / "notes").mkdir() or (t / "notes" / "a.txt").write_text("x") and t / "notes",
     "not an event store"),
    (lambda t: (t / "file").write_text("x") and t / "file" / "store", "cannot create the store folder"),
], ids=["foreign folder", "under a file"])
def test_unusable_store_folders_are_named(tmp_path, small, make, message):
    folder = make(tmp_path)
    with pytest.raises(eventstore.StoreError, match=message) as err:
        pipeline.update_store([str(small)], str(folder))
    assert str(folder) in str(err.value)


def test_one_writer_at_a_time(tmp_path):
    st = str(tmp_path / "store")
    with eventstore.Writer(st, "v"):
        with pytest.raises(eventstore.StoreError, match="another extraction is writing"):
            eventstore.Writer(st, "v")
    holder = subprocess.Popen([sys.executable, "-c", "import sys; from events import eventstore; "
                               f"w = eventstore.Writer({st!r}, 'v'); print('ready', flush=True); sys.stdin.read()"],
                              cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline() == "ready\n"
        with pytest.raises(eventstore.StoreError, match="another extraction is writing"):
            eventstore.Writer(st, "v")
    finally:
        holder.kill()
        holder.wait()
    eventstore.Writer(st, "v").__exit__(None, None, None)  # the lock died with its process


def test_reading_a_folder_that_is_no_store(tmp_path):
    with pytest.raises(eventstore.StoreError, match="no manifest.json"):
        eventstore.read(str(tmp_path))


def test_cli_store_without_out_and_errors(tmp_path, small, capsys):
    st = tmp_path / "store"
    assert cli(["extract", str(small), "--store", str(st), "--quiet"]) == 0
    assert "6 articles read (0 unchanged" in capsys.readouterr().err
    assert cli(["extract", str(small), "--store", str(st), "--out", str(tmp_path / "e.jsonl"), "--quiet"]) == 0
    assert "(6 unchanged, not extracted again)" in capsys.readouterr().err
    assert cli(["extract", str(small), "--out", str(tmp_path / "plain.jsonl"), "--quiet"]) == 0
    assert (tmp_path / "e.jsonl").read_bytes() == (tmp_path / "plain.jsonl").read_bytes()
    assert cli(["extract", str(small)]) == 2
    assert "give --out FILE, --store DIR or both" in capsys.readouterr().err
    assert cli(["extract", str(small), "--store", str(tmp_path / "e.jsonl" / "x")]) == 2
    assert f"{tmp_path / 'e.jsonl' / 'x'}: cannot create the store folder" in capsys.readouterr().err


def test_dashboard_source_prefers_a_newer_store(tmp_path):
    (tmp_path / "data" / "articles").mkdir(parents=True)
    (tmp_path / "data" / "articles" / "a.txt").write_text("Tekst", encoding="utf-8")
    st = tmp_path / "data" / "store"
    with eventstore.Writer(str(st), "v") as w:
        w.commit(w.merge())
    (tmp_path / "data" / "events.jsonl").write_text("", encoding="utf-8")
    future = time.time() + 60
    os.utime(st / eventstore.MANIFEST, (future, future))
    chosen = store.choose_source(tmp_path, env={})
    assert (chosen.kind, chosen.label, chosen.path) == ("file", "data/store", str(st))
    os.utime(st / eventstore.MANIFEST, (0, 0))
    assert store.choose_source(tmp_path, env={}).label == "data/events.jsonl"
    pointed = store.choose_source(tmp_path, env={"EVENTS_DATA": str(st)})
    assert pointed.path == str(st) and "manifest.json" in pointed.key


@pytest.mark.parametrize("limit", ["", "0"], ids=["in memory", "on disk"])
def test_dashboard_shows_a_store(tmp_path, small, monkeypatch, limit):
    from streamlit.testing.v1 import AppTest
    st = tmp_path / "store"
    pipeline.update_store([str(small)], str(st))
    monkeypatch.setenv("EVENTS_DATA", str(st))
    monkeypatch.setenv(store.IN_MEMORY_ENV, limit)
    at = AppTest.from_file(str(Path(ROOT) / "dashboard.py"), default_timeout=60)
    at.query_params["status"] = "alle"
    at.query_params["q"] = "de"
    at.run()
    assert not at.exception and not at.error
    events = eventstore.records(store.read_table(str(st)))
    found = [e for e in events if any("de" in ev["sentence"].lower() for ev in e["evidence"])]
    assert 0 < int(at.metric[0].value.replace(".", "")) == len(found) < len(events)
    shown = at.dataframe[0].value
    assert list(shown["ID"]) == [e["event_id"] for e in sorted(found, key=lambda e: e["date_start"] or "9")][:len(shown)]


def test_adding_removing_and_changing_articles_merges_again_only_what_they_touch(tmp_path, monkeypatch):
    """Three updates in a row (articles added and one removed, twice; then one article changed) go
    through merge.remerge, not a full merge, and the store holds what merging the whole corpus gives,
    links of plans to outcomes included (the bundled corpus reports many events in several articles,
    and some plans in one article and what came of them in another)."""
    from events import mergestate
    files = sorted(CORPUS.rglob("*.txt"))
    corpus = tmp_path / "articles"
    corpus.mkdir()
    for p in files[::2]:
        shutil.copy(p, corpus / p.name)
    st = str(tmp_path / "store")
    pipeline.update_store([str(corpus)], st)
    monkeypatch.setattr(mergestate, "full", lambda w: pytest.fail("a full merge where an update does"))
    calls = []
    real = mergestate.merge.remerge
    monkeypatch.setattr(mergestate.merge, "remerge", lambda *a: calls.append(real(*a)) or calls[-1])
    across = 0  # links between a plan and an outcome reported only in articles of different runs
    for step in (files[1::4], files[3::4], []):
        for p in step:
            shutil.copy(p, corpus / p.name)
        if step:
            (corpus / sorted(os.listdir(corpus))[len(calls)]).unlink()
        else:  # the first article changed: the second's text added to it
            first, second = sorted(corpus.iterdir())[:2]
            first.write_text(first.read_text(encoding="utf-8") + "\n\n" +
                             second.read_text(encoding="utf-8").split("\n", 1)[1], encoding="utf-8")
        pipeline.update_store([str(corpus)], st)
        merged = eventstore.records(eventstore.read(st))
        assert merged == pipeline.extract_paths([str(corpus)], merge=True).events
        by_id, new = {e["event_id"]: e for e in merged}, {p.stem for p in step}
        across += sum(1 for e in merged if e["outcome"] and (set(e["article_ids"]) <= new) !=
                      (set(by_id[e["outcome"]["event_id"]]["article_ids"]) <= new))
    assert len(calls) == 3 and all(c.gone and c.moved for c in calls) and across


def test_an_update_writes_again_only_the_partitions_whose_rows_change(tmp_path):
    """The merged events are stored by year of date_start: an article that reports events of one year
    makes the update write that year's partition again and leave the others' files as they are; the
    store still reads as merging the whole corpus gives, in its order."""
    corpus = tmp_path / "articles"
    shutil.copytree(CORPUS, corpus)
    st = str(tmp_path / "store")
    pipeline.update_store([str(corpus)], st)
    before = eventstore.read_manifest(st).merged
    assert len(before) >= 4 and all(n.startswith("merged-") for n in before)
    (corpus / "nieuw.txt").write_text(
        " date 2019-06-12 Merkel en Macron overleggen in Berlijn\n"
        "De Duitse bondskanselier Merkel heeft dinsdag in Berlijn gesproken met de Franse president Macron "
        "over de Europese begroting.\n", encoding="utf-8")
    pipeline.update_store([str(corpus)], st)
    after = eventstore.read_manifest(st).merged
    assert eventstore.records(eventstore.read(st)) == pipeline.extract_paths([str(corpus)], merge=True).events
    rewritten = sorted(set(after) - set(before))
    assert [n.split("-")[1] for n in rewritten] == ["2019"], rewritten
    assert len(set(after) & set(before)) == len(before) - 1
    assert all(os.path.exists(os.path.join(st, n)) for n in after)
    assert not [n for n in os.listdir(st) if n.startswith("merged-") and n not in after], "old files removed"


def test_a_store_with_one_merged_file_is_read_and_merged_in_full_again(tmp_path, small):
    """A store of format 2 (its merged events in one file) reads as before; its next update merges in
    full, into partitions."""
    st = tmp_path / "store"
    pipeline.update_store([str(small)], str(st))
    m = eventstore.read_manifest(str(st))
    whole = eventstore.read(str(st))
    one = "merged-20250101T000000-00000000.parquet"
    export._atomic_write(str(st / one), lambda f: pq.write_table(whole, f))
    data = json.loads((st / eventstore.MANIFEST).read_text())
    data.update(format=2, merged=one)
    (st / eventstore.MANIFEST).write_text(json.dumps(data))
    assert eventstore.records(eventstore.read(str(st))) == eventstore.records(whole)
    assert store.load(str(st), limit=0).table.num_rows == whole.num_rows
    said = []
    shutil.copy(SMALL[0], small / "kopie.txt")
    pipeline.update_store([str(small)], str(st), say=said.append)
    assert "in one file" in said[-1] and eventstore.read_manifest(str(st)).merged != [one]
    assert m.merged and eventstore.records(eventstore.read(str(st))) == pipeline.extract_paths([str(small)], merge=True).events


def test_a_full_merge_in_batches_of_groups_gives_what_merging_in_memory_does(tmp_path, monkeypatch):
    """The store's full merge keeps the per-article events in Arrow and combines a batch of groups at
    a time: with batches of 7 groups over the bundled corpus (plans and outcomes in different batches)
    it gives the events and merge state of `merge.merge_groups` over the dicts."""
    from events import merge, mergestate
    st = str(tmp_path / "store")
    pipeline.update_store([str(CORPUS)], st, merge=False)
    monkeypatch.setattr(mergestate, "COMBINE_BATCH", 7)
    with eventstore.Writer(st, pipeline.extractor_version()) as w:
        w.pending = w.committed
        done = mergestate.full(w)
        events, keys = w.pending_events()
        expected, evs, gids = merge.merge_groups(events, w.pending_articles())
    merged = eventstore.records(done.events)
    assert merged == expected and len(expected) > 10 * 7
    assert sum(1 for e in merged if e["outcome"]) >= 3
    assert done.state.equals(mergestate._state(evs, keys, gids))


def test_the_run_says_which_merge_it_makes(tmp_path, small):
    said, st = [], str(tmp_path / "store")
    pipeline.update_store([str(small)], st, say=said.append)
    assert said == ["merging the events of all 6 articles (no merge stored yet); on a large store this takes "
                    "minutes (--no-merge skips it)"]
    (small / SMALL[0].name).unlink()
    pipeline.update_store([str(small)], st, say=said.append)
    assert said[1:] == ["updating the merged events for the articles added, changed or removed"]
    pipeline.update_store([str(small)], st, say=said.append)
    assert len(said) == 2, "nothing changed: no merge"


def _as_format_1(folder):
    """Rewrite a store's manifest as the first format wrote it: every article listed in the JSON."""
    m = eventstore.read_manifest(str(folder))
    cols = {n: m.column(n).to_pylist() for n in ("id", "key", "part", "file")}
    parts, files = list(dict.fromkeys(cols["part"])), list(dict.fromkeys(cols["file"]))
    inputs = {r["file"]: [r["size"], r["mtime_ns"], r["n"], r["warnings"]] for r in m.inputs.to_pylist()}
    data = {"format": 1, "version": m.version, "merged": m.merged, "state": m.state, "parts": parts,
            "files": files, "inputs": inputs,
            "articles": {"id": cols["id"], "key": cols["key"], "part": [parts.index(p) for p in cols["part"]],
                         "file": [files.index(f) for f in cols["file"]]}}
    (folder / eventstore.MANIFEST).write_text(json.dumps(data), encoding="utf-8")
    for name in (m.index, m.inputs_file):
        (folder / name).unlink()


def test_a_store_of_the_first_format_reads_and_is_rewritten_in_the_new_one(tmp_path, small, counted_reads):
    st = tmp_path / "store"
    pipeline.update_store([str(small)], str(st))
    before = snapshot(st)
    _as_format_1(st)
    after = snapshot(st)
    assert after[0].equals(before[0]) and after[1].equals(before[1])
    counted_reads.clear()
    run = pipeline.update_store([str(small)], str(st))
    assert (run.reused, counted_reads) == (6, []), "unchanged files are not even read"
    assert json.loads((st / eventstore.MANIFEST).read_text())["format"] == eventstore.FORMAT
    again = snapshot(st)
    assert again[0].equals(before[0]) and again[1].equals(before[1])


@pytest.fixture
def counted_reads(monkeypatch):
    seen = []
    real = pipeline.articles.read
    monkeypatch.setattr(pipeline.articles, "read", lambda paths, warn: seen.extend(paths) or real(paths, warn))
    return seen


@pytest.mark.parametrize("spoil, message", [
    (lambda st, m: (st / m["index"]).unlink(), "cannot be read as the store's article index"),
    (lambda st, m: (st / eventstore.MANIFEST).write_text(json.dumps({**m, "articles": 99})), "the manifest says 99"),
    (lambda st, m: (st / eventstore.MANIFEST).write_text(json.dumps({**m, "format": 7})), "store format 7"),
    (lambda st, m: (st / eventstore.MANIFEST).write_text(json.dumps({**m, "index": None})), "not a complete store manifest"),
], ids=["index missing", "index short", "unknown format", "no index named"])
def test_a_broken_manifest_or_index_is_named(tmp_path, small, spoil, message):
    st = tmp_path / "store"
    pipeline.update_store([str(small)], str(st), merge=False)
    spoil(st, json.loads((st / eventstore.MANIFEST).read_text()))
    with pytest.raises(eventstore.StoreError, match=message) as err:
        eventstore.read(str(st))
    assert str(st) in str(err.value)


def test_old_indexes_are_removed_and_counts_match_the_events(tmp_path, small):
    st = tmp_path / "store"
    pipeline.update_store([str(small)], str(st), merge=False)
    (small / SMALL[0].name).unlink()
    pipeline.update_store([str(small)], str(st), merge=False)
    m = json.loads((st / eventstore.MANIFEST).read_text())
    assert sorted(n for n in os.listdir(st) if n.startswith((eventstore.INDEX, eventstore.INPUTS))) == sorted(
        [m["index"], m["inputs"]])
    events = eventstore.read(str(st))
    total, counts = eventstore.value_counts(str(st))
    assert total == events.num_rows > 0
    assert counts["type"] == dict(Counter(events.column("type").to_pylist()))
    assert counts["status"] == dict(Counter(events.column("status").to_pylist()))


def test_repeated_ids_are_found_among_many_and_hash_collisions_are_told_apart(monkeypatch):
    monkeypatch.setattr(eventstore, "hash64", lambda text: len(text))  # every id of one length collides
    seen = pipeline._Seen()
    for i in range(5000):  # the table grows several times
        assert seen.first(f"a{i}", f"file{i // 10}") is None
    assert seen.first("a4321", "later") == "file432"
    assert seen.first("a7", "later") == "file0" and seen.first("b7", "later") is None


def test_a_large_merged_store_stays_on_disk_in_the_dashboard(tmp_path, small):
    st = str(tmp_path / "store")
    pipeline.update_store([str(small)], st)
    disk, whole = store.load(st, limit=0), store.load(st)
    assert isinstance(disk.table, store.DiskTable) and not isinstance(whole.table, store.DiskTable)
    assert disk.table.take(range(len(disk))).equals(whole.table)
    pipeline.update_store([str(small)], st, merge=False)
    assert not isinstance(store.load(st, limit=0).table, store.DiskTable), "per-article parts are read whole"
