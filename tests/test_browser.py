"""The dashboard in a real browser: `streamlit run dashboard.py` driven by Playwright and Chromium.

Runs against tests/fixtures/events_small.jsonl (EVENTS_DATA), never the real extractor's output.
Needs Debian's Chromium (`apt-get install -y chromium`, as .ci/run does); skipped without it.
Keep evidence on failure: pytest tests/test_browser.py --tracing retain-on-failure
--screenshot only-on-failure --output /tmp/browser-evidence
"""
from __future__ import annotations

import io
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pandas as pd
import pytest

from events import export

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "events_small.jsonl"
EVENTS = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]
CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
FIRST = 30_000  # ms: Streamlit draws the first content after about 4 s on these machines
LATER = 15_000

if not Path(CHROMIUM).exists():
    pytest.skip(f"no Chromium at {CHROMIUM}: install Debian's with `apt-get update && apt-get "
                "install -y chromium` (what .ci/run does) or set CHROMIUM=/path/to/chromium; "
                "never `playwright install`", allow_module_level=True)

from playwright.sync_api import Page, expect  # noqa: E402


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "viewport": {"width": 1400, "height": 2200},
            "accept_downloads": True, "locale": "nl-NL"}


@pytest.fixture(scope="module")
def app_url(tmp_path_factory):
    """A `streamlit run dashboard.py` server on 127.0.0.1 showing the fixture events."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "EVENTS_DATA": str(FIXTURE), "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false",
           "STREAMLIT_SERVER_FILE_WATCHER_TYPE": "none"}
    log = tmp_path_factory.mktemp("server") / "streamlit.log"
    with open(log, "w") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.headless", "true",
             "--server.address", "127.0.0.1", "--server.port", str(port)],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 60
        while True:
            if proc.poll() is not None:
                pytest.fail(f"streamlit exited with {proc.returncode}:\n{log.read_text()}")
            try:
                if urllib.request.urlopen(url + "/_stcore/health", timeout=2).read() == b"ok":
                    break
            except OSError:
                pass
            if time.time() > deadline:
                pytest.fail(f"streamlit did not answer within 60 s:\n{log.read_text()}")
            time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture
def dialogs(page: Page) -> list[str]:
    """Every alert/confirm the page opens: article text must never open one."""
    seen: list[str] = []
    page.on("dialog", lambda d: (seen.append(d.message), d.dismiss()))
    return seen


def settled(page: Page, timeout: int = LATER) -> None:
    """Wait until the script has finished and nothing on the page is stale."""
    app = page.get_by_test_id("stApp")
    expect(app).to_have_attribute("data-test-connection-state", "CONNECTED", timeout=timeout)
    expect(app).to_have_attribute("data-test-script-state", "notRunning", timeout=timeout)
    expect(page.locator("[data-stale='true']")).to_have_count(0, timeout=timeout)


def points(page: Page):
    """The timeline's SVG markers (the range slider below it draws a second copy)."""
    return page.get_by_test_id("stPlotlyChart").first.locator("g.cartesianlayer path.point")


def open_page(page: Page, url: str, query: str = "", count: int | None = None) -> None:
    page.goto(url + "/" + query)
    if count is not None:
        expect(page.get_by_test_id("stMetricValue").first).to_have_text(str(count), timeout=FIRST)
    expect(page.get_by_test_id("stPlotlyChart").first).to_be_visible(timeout=FIRST)
    settled(page)
    expect(page.get_by_test_id("stException")).to_have_count(0)


def want(pred) -> list[dict]:
    return [e for e in EVENTS if pred(e)]


DEFAULT = want(lambda e: e["status"] != "negated")
RUS = want(lambda e: e["status"] != "negated" and "RUS" in e["actors"])
RUS_AND_TUR = want(lambda e: {"RUS", "TUR"} <= set(e["actors"]))  # every status
DATED = lambda events: sum(1 for e in events if e["date_start"])  # noqa: E731


def test_page_loads_with_the_expected_events(page: Page, app_url, dialogs):
    open_page(page, app_url, count=len(DEFAULT))
    expect(points(page)).to_have_count(DATED(DEFAULT))
    expect(page.get_by_text("Diplomatieke gebeurtenissen", exact=True)).to_be_visible()
    grid = page.locator("[data-testid=stDataFrame] table[role=grid]")
    expect(grid).to_have_attribute("aria-rowcount", str(len(DEFAULT) + 1))
    assert dialogs == []


def test_choosing_an_actor_reduces_the_events(page: Page, app_url):
    open_page(page, app_url, count=len(DEFAULT))
    countries = page.get_by_test_id("stSidebar").get_by_test_id("stMultiSelect").first
    countries.get_by_role("combobox").click()
    page.keyboard.type("Rusland")
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    expect(page.get_by_test_id("stMetricValue").first).to_have_text(str(len(RUS)), timeout=LATER)
    settled(page)
    expect(points(page)).to_have_count(DATED(RUS))
    assert parse_qs(urlparse(page.url).query).get("actor") == ["RUS"]


def test_a_shared_url_restores_the_filters(page: Page, app_url):
    open_page(page, app_url, "?actor=RUS&actor=TUR&mode=all&status=alle&lane=actor",
              count=len(RUS_AND_TUR))
    sidebar = page.get_by_test_id("stSidebar")
    expect(sidebar.get_by_role("button", name="Remove Rusland")).to_be_visible()
    expect(sidebar.get_by_role("button", name="Remove Turkije")).to_be_visible()
    expect(sidebar.get_by_role("radio", name="al deze samen")).to_be_checked()
    expect(page.get_by_role("radio", name="actor", exact=True)).to_be_checked()
    lanes = page.get_by_test_id("stPlotlyChart").first.locator("g.cartesianlayer .yaxislayer-above text")
    expect(lanes.filter(has_text="Turkije")).to_have_count(1)


def test_csv_download_holds_exactly_the_filtered_rows(page: Page, app_url):
    open_page(page, app_url, "?actor=RUS&actor=TUR&mode=all&status=alle", count=len(RUS_AND_TUR))
    button = page.get_by_test_id("stDownloadButton").filter(has_text="CSV (Excel)")
    with page.expect_download(timeout=LATER) as info:
        button.get_by_role("button").click()
    download = info.value
    assert download.suggested_filename == "gebeurtenissen_2022-02-10_2022-10-11.csv"
    data = Path(download.path()).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    df = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")
    assert sorted(df["event_id"]) == sorted(e["event_id"] for e in RUS_AND_TUR)
    assert df["titles"].str.startswith("'=HYPERLINK").any()
    assert not any(str(v).startswith(export.FORMULA_START) for c in df.select_dtypes("object")
                   for v in df[c].dropna())
    assert "Oekraïne" in " ".join(df["evidence"])


def test_article_text_never_renders_as_markup(page: Page, app_url, dialogs):
    script = next(e for e in EVENTS if "<script>" in e["evidence"][0]["sentence"])
    open_page(page, app_url, f"?event={script['event_id']}")
    details = page.get_by_test_id("stHtml").first
    expect(details).to_contain_text("de aanval <script>alert(1)</script> op Kyiv")
    expect(details.locator("script")).to_have_count(0)
    expect(details.locator("mark")).to_have_count(2)  # the trigger and "Rutte"
    page.get_by_test_id("stPlotlyChart").first.hover()
    markdown = next(e for e in EVENTS if "**meer**" in e["evidence"][0]["sentence"])
    open_page(page, app_url, f"?event={markdown['event_id']}")
    details = page.get_by_test_id("stHtml").first
    expect(details).to_contain_text("**meer** wapens & munitie van [Duitsland](http://x.example) &amp; de EU")
    expect(details.locator("strong, a[href='http://x.example']")).to_have_count(0)
    assert dialogs == []


def test_choosing_a_point_shows_its_details(page: Page, app_url, tmp_path):
    open_page(page, app_url, count=len(DEFAULT))
    first = points(page).nth(3)
    # the row number Plotly carries for this marker (customdata) names the event it stands for
    row = first.evaluate("p => p.closest('g.trace').__data__[0].trace.customdata[p.__data__.i]")
    box = first.bounding_box()
    # Plotly listens on its drag layer, which covers the markers: click at the marker's place
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    details = page.get_by_test_id("stHtml").first
    expect(details).to_contain_text("Bewijs", timeout=LATER)
    expect(details).to_contain_text("Regel")
    settled(page)
    assert parse_qs(urlparse(page.evaluate("location.href")).query)["event"] == [EVENTS[int(row)]["event_id"]]
    expect(details).to_contain_text(EVENTS[int(row)]["evidence"][0]["sentence"][:30])
    # DASHBOARD_SCREENSHOT=docs/screenshot.png refreshes the README's picture
    shot = Path(os.environ.get("DASHBOARD_SCREENSHOT") or tmp_path / "dashboard.png")
    page.get_by_test_id("stApp").screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
