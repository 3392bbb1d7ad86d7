"""Benchmark the dashboard in a real browser at 10,000, 200,000 and 1,000,000 synthetic events.

    python bench/bench_dashboard.py                 # all sizes, Markdown table on stdout
    python bench/bench_dashboard.py --sizes 10000 --repeat 3 --json out.json

For each size it writes a synthetic event file (Parquet, export layout), starts
`streamlit run dashboard.py` with EVENTS_DATA pointing at it and drives Debian's Chromium
(/usr/bin/chromium) with Playwright. Measured, in seconds, from the browser's side:

- cold load: first page load of a fresh server (reading and indexing the file included);
- first chart: a new browser session on a warm server, until the timeline is drawn;
- filter change: removing or adding back one status in the sidebar, until the script has
  finished, the count has changed, the timeline has its traces and the browser has painted
  (median of four changes per session);
- narrow view: opening a link to three days and six types (points: 989 events at 1M) until
  they are drawn, and four filter changes there;
- Python-side time to load/index the file and the script's own work per rerun.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

import numpy as np
import pyarrow as pa
import pyarrow.compute  # noqa: F401  (pa.compute)
import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from events import export, store  # noqa: E402
from events.view import figures, filters, labels, table  # noqa: E402

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ACTORS = ["RUS", "UKR", "USA", "TUR", "DEU", "FRA", "NLD", "CHN", "GBR", "POL", "ISR", "IRN",
          "NATO", "EU", "UN", "G7", "G20", "HAMAS", "BLR", "HUN", "ITA", "ESP", "JPN", "IND",
          "BRA", "ZAF", "SAU", "QAT", "EGY", "SYR", "KAZ", "SWE", "FIN", "NOR", "DNK", "BEL",
          "AUT", "CHE", "GRC", "ROU", "BGR", "SRB", "GEO", "ARM", "AZE", "PRK", "KOR", "TWN",
          "OSCE", "IAEA", "AU", "ASEAN", "LBN", "IRQ", "AFG", "PAK", "VEN", "CUB", "MEX", "CAN"]
TYPES = list(labels.TYPE_NL)


def make_events(n: int, seed: int = 1) -> pa.Table:
    """n synthetic events over 2015-2024 in the export layout, built column by column."""
    rng = np.random.default_rng(seed)
    day0 = np.datetime64("2015-01-01")
    start = day0 + rng.integers(0, 3652, n).astype("timedelta64[D]")
    precision = rng.choice(["day", "week", "month", "unknown"], n, p=[0.8, 0.1, 0.08, 0.02])
    end = start.copy()
    week = precision == "week"
    start[week] = start[week] - ((start[week].astype("int64") + 3) % 7).astype("timedelta64[D]")
    end[week] = start[week] + np.timedelta64(6, "D")
    month = precision == "month"
    start[month] = start[month].astype("datetime64[M]").astype("datetime64[D]")
    end[month] = (start[month].astype("datetime64[M]") + 1).astype("datetime64[D]") - 1
    weights = 1 / np.arange(1, len(ACTORS) + 1)
    weights /= weights.sum()
    a = rng.choice(len(ACTORS), (n, 3), p=weights)
    k = rng.choice([1, 2, 3], n, p=[0.2, 0.6, 0.2])
    actors = [list(dict.fromkeys(ACTORS[j] for j in a[i, :k[i]])) for i in range(n)]
    typ = rng.choice(TYPES, n)
    status = rng.choice(["occurred", "planned", "negated"], n, p=[0.7, 0.25, 0.05])
    starts = np.datetime_as_string(start).tolist()
    ends = np.datetime_as_string(end).tolist()
    unknown = precision == "unknown"
    starts = [None if u else s for s, u in zip(starts, unknown)]
    ends = [None if u else s for s, u in zip(ends, unknown)]
    art = [f"b{i // 3:07d}" for i in range(n)]
    sentences = [f"{'/'.join(x)} {t} volgens bericht {i}: synthetische zin over Oekraïne en overleg."
                 for i, (x, t) in enumerate(zip(actors, typ))]
    evidence = [json.dumps([{"article_id": aid, "sentence": s, "start": 0, "end": len(s)}],
                           ensure_ascii=False) for aid, s in zip(art, sentences)]
    lists = lambda values: pa.array(values, pa.list_(pa.string()))  # noqa: E731
    cols = {
        "event_id": pa.array([f"e-{i:016x}" for i in range(n)]), "type": pa.array(typ),
        "cameo": pa.array(np.full(n, "040")), "status": pa.array(status),
        "date_start": pa.array(starts, pa.string()), "date_end": pa.array(ends, pa.string()),
        "date_precision": pa.array(precision), "date_text": pa.array(np.full(n, "dinsdag")),
        "date_source": pa.array(np.full(n, "sentence")), "actors": lists(actors),
        "source_actors": lists([x[:1] for x in actors]), "target_actors": lists([x[1:] for x in actors]),
        "people": lists([[] for _ in range(n)]), "location": pa.array(np.full(n, "")),
        "evidence": pa.array(evidence), "trigger": pa.array(np.full(n, "overleg")),
        "rule": pa.array(np.full(n, "talks.overleg")), "article_ids": lists([[x] for x in art]),
        "titles": lists([[f"Bericht {x}"] for x in art]),
        "urls": lists([[f"https://nieuws.example/{x}"] for x in art]),
        "sources": lists([["ANP"]] * n), "published": lists([[s or "2024-12-31"] for s in starts]),
        "n_articles": pa.array(rng.choice([1, 1, 1, 2, 3, 5], n)),
    }
    assert list(cols)[:len(export.COLUMNS)] == list(export.COLUMNS)
    return pa.table(cols)


def python_side(path: str, limit: int | None = None) -> dict:
    """Server-side seconds and peak memory of loading `path` (whole, or on disk above `limit`
    events) and of the script's work for the first view, a status change and a text search."""
    t, cpu = time.perf_counter(), time.process_time()
    data = store.load(path, limit)
    out = {"load_s": time.perf_counter() - t, "load_cpu_s": time.process_time() - cpu,
           "on_disk": isinstance(data.table, store.DiskTable)}
    for key, f in (("script_s", filters.Filters()), ("status_change_s", filters.Filters(statuses=("occurred",))),
                   ("text_search_s", filters.Filters(text="overleg", statuses=("occurred",))),  # in every event
                   ("rare_text_s", filters.Filters(text="bericht 4242", statuses=("occurred",)))):
        t, cpu = time.perf_counter(), time.process_time()
        result = filters.apply(data, f)
        for facet in ("actor", "type", "status"):
            filters.counts(data, result, facet)
        fig, _ = figures.timeline(data, result.rows, f.lane, {})
        fig.to_json()
        table.table_page(data, result.rows, {})
        if key == "script_s":
            figures.counts_by_type(data, result.rows).to_json()
            figures.actor_matrix(data, result.rows, {})
            figures.top_actors(data, result.rows, {})
        out[key], out[key[:-2] + "_cpu_s"] = time.perf_counter() - t, time.process_time() - cpu
    out["peak_mb"] = peak_mb("self")
    return out


def peak_mb(pid) -> float:
    """Peak resident memory (VmHWM) of a process. Not ru_maxrss: Linux keeps that across exec, so a
    child started by this (large) bench process would report the bench's own peak."""
    with open(f"/proc/{pid}/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmHWM")) / 1024


def python_side_fresh(path: str, limit: int | None) -> dict:
    """`python_side` in a new process, so its peak memory is its own."""
    cmd = [sys.executable, __file__, "--python-side", path] + ([] if limit is None else ["--limit", str(limit)])
    res = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    if res.returncode:
        raise RuntimeError(res.stderr)
    return json.loads(res.stdout)


class Server:
    """`streamlit run dashboard.py` on a free port of 127.0.0.1 with EVENTS_DATA set."""

    def __init__(self, events_path: str):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        env = {**os.environ, "EVENTS_DATA": events_path, "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false",
               "STREAMLIT_SERVER_FILE_WATCHER_TYPE": "none"}
        self.log = tempfile.NamedTemporaryFile("w", suffix=".log", delete=False)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.headless", "true",
             "--server.address", "127.0.0.1", "--server.port", str(self.port)],
            cwd=ROOT, env=env, stdout=self.log, stderr=subprocess.STDOUT)
        self.url = f"http://127.0.0.1:{self.port}"
        deadline = time.time() + 60
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(Path(self.log.name).read_text())
            try:
                if urllib.request.urlopen(self.url + "/_stcore/health", timeout=2).read() == b"ok":
                    return
            except OSError:
                time.sleep(0.2)
            if time.time() > deadline:
                raise RuntimeError("streamlit did not start")

    def peak_mb(self) -> float:
        """The server's peak resident memory so far."""
        return peak_mb(self.proc.pid)

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=20)


# Waiting happens inside the page with plain DOM queries. Playwright's `expect` builds an
# accessibility snapshot of the whole page after every failed poll (about 0.4 s of the page's
# main thread per change with 1,000 SVG points), which slowed the very thing being measured.
SETTLED = """before => {
  const app = document.querySelector("[data-testid=stApp]");
  const metric = document.querySelector("[data-testid=stMetricValue]");
  const chart = document.querySelector("[data-testid=stPlotlyChart]");
  return app && app.getAttribute("data-test-script-state") === "notRunning"
    && !document.querySelector("[data-stale=true]") && metric && metric.innerText !== before
    && chart && chart.querySelector("g.cartesianlayer g.trace, canvas") !== null;
}"""
PAINTED = "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))"


def chart_drawn(page, before: str | None = None, timeout=120_000) -> None:
    """Until the script has finished, the metric differs from `before`, the timeline has its
    traces and the browser has painted that."""
    page.wait_for_function(SETTLED, arg=before, polling="raf", timeout=timeout)
    page.evaluate(PAINTED)
    if page.locator("[data-testid=stException]").count():
        raise RuntimeError(page.locator("[data-testid=stException]").first.inner_text())


def toggle_status(page, times: int) -> list[float]:
    """Seconds for each change: remove "gepland" from the statuses, add it back, and so on."""
    took = []
    sidebar = "[data-testid=stSidebar] "
    for change in range(times):
        before = page.locator("[data-testid=stMetricValue]").first.inner_text()
        t = time.perf_counter()
        if change % 2 == 0:
            page.locator(sidebar + 'button[aria-label="Remove gepland"]').click()
        else:
            page.locator(sidebar + 'input[aria-label="Status"]').click()
            page.keyboard.type("gepland")
            page.keyboard.press("Enter")
            page.keyboard.press("Escape")
        chart_drawn(page, before)
        took.append(time.perf_counter() - t)
    return took


def browser_side(url: str, narrow: str, repeat: int, shots: Path | None, n: int) -> dict:
    from playwright.sync_api import expect, sync_playwright
    out: dict[str, list[float]] = {"cold_s": [], "first_chart_s": [], "filter_change_s": [],
                                   "narrow_points_s": [], "narrow_change_s": []}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for i in range(repeat + 1):
            page = browser.new_page(viewport={"width": 1400, "height": 1600})
            t = time.perf_counter()
            page.goto(url + "/")
            chart_drawn(page)
            key = "cold_s" if i == 0 else "first_chart_s"
            out[key].append(time.perf_counter() - t)
            if i == 0:
                page.close()
                continue
            out["filter_change_s"] += toggle_status(page, 4)
            if shots and i == 1:
                page.get_by_test_id("stApp").screenshot(path=str(shots / f"bench_{n}_wide.png"))
            t = time.perf_counter()
            page.goto(url + "/" + narrow)
            chart_drawn(page)
            expect(page.get_by_text("als punten").first).to_be_visible(timeout=60_000)
            out["narrow_points_s"].append(time.perf_counter() - t)
            out["narrow_change_s"] += toggle_status(page, 4)
            if shots and i == 1:
                page.get_by_test_id("stApp").screenshot(path=str(shots / f"bench_{n}_narrow.png"))
            page.close()
        browser.close()
    return {k: float(np.median(v)) for k, v in out.items() if v}


def run(n: int, repeat: int, folder: Path, shots: Path | None, browser: bool = True) -> dict:
    path = folder / f"events_{n}.parquet"
    if not path.exists():
        t = make_events(n)  # sorted by date with row groups of export.ROW_GROUP rows, as merged files are
        order = pa.compute.sort_indices(t, sort_keys=[("date_start", "ascending", "at_end"), ("event_id", "ascending")])
        pq.write_table(t.take(order), path, row_group_size=export.ROW_GROUP)
    whole = python_side_fresh(str(path), 10 ** 12)
    row = {"events": n, **python_side_fresh(str(path), None),
           **{f"in_memory_{k}": v for k, v in whole.items() if k != "on_disk"}}
    data = store.load(str(path))
    # three days and six of the nine types: at 1M just under figures.POINT_LIMIT, so drawn as points
    f = filters.Filters(start=dt.date(2020, 6, 1), end=dt.date(2020, 6, 3), types=tuple(TYPES[:6]))
    narrow = "?" + urlencode(filters.to_params(f), doseq=True)
    row["narrow_events"] = int(len(filters.apply(data, f).rows))
    del data
    if not browser:
        return row
    server = Server(str(path))
    try:
        row.update(browser_side(server.url, narrow, repeat, shots, n))
        row["server_peak_mb"] = server.peak_mb()
    finally:
        server.stop()
    return row


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 200_000, 1_000_000])
    ap.add_argument("--repeat", type=int, default=3, help="warm page loads per size (median)")
    ap.add_argument("--data", default=str(Path(tempfile.gettempdir()) / "events-bench"))
    ap.add_argument("--shots", default="", help="folder for screenshots")
    ap.add_argument("--json", default="", help="also write the results here")
    ap.add_argument("--python-side", default="", help=argparse.SUPPRESS)  # one measurement in this process
    ap.add_argument("--limit", type=int, default=None, help=argparse.SUPPRESS)
    ap.add_argument("--no-browser", action="store_true", help="server-side figures only")
    args = ap.parse_args()
    if args.python_side:
        print(json.dumps(python_side(args.python_side, args.limit)))
        return
    folder = Path(args.data)
    folder.mkdir(parents=True, exist_ok=True)
    shots = Path(args.shots) if args.shots else None
    if shots:
        shots.mkdir(parents=True, exist_ok=True)
    rows = []
    for n in args.sizes:
        rows.append(run(n, args.repeat, folder, shots, browser=not args.no_browser))
        print(json.dumps(rows[-1]), file=sys.stderr, flush=True)
    print("| events | kept | load + index | first view (script) | status change (script) | text search, in "
          "every event | text search, 111 events | peak memory |")
    print("|---:|---|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        for label, p in (("on disk" if r["on_disk"] else "in memory", ""), ("in memory (forced)", "in_memory_")):
            if p and not r["on_disk"]:
                continue
            cells = " | ".join(f"{r[p + k + '_s']:.2f} s ({r[p + k + '_cpu_s']:.2f} s CPU)" for k in
                               ("load", "script", "status_change", "text_search", "rare_text"))
            print(f"| {r['events']:,} | {label} | {cells} | {r[p + 'peak_mb']:,.0f} MB |")
    if args.no_browser:
        return
    print()
    print("| events | load + index (server, once) | cold first page | first chart | filter change "
          "| link to a narrow view (points) | filter change there | script per rerun | server peak memory |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['events']:,} | {r['load_s']:.1f} s | {r['cold_s']:.1f} s | {r['first_chart_s']:.1f} s "
              f"| {r['filter_change_s']:.2f} s | {r['narrow_points_s']:.1f} s ({r['narrow_events']:,} events) "
              f"| {r['narrow_change_s']:.2f} s | {r['script_s']:.2f} s | {r['server_peak_mb']:,.0f} MB |")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
