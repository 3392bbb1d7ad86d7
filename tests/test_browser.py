"""The dashboard in a real browser: `streamlit run dashboard.py` driven by Playwright and Chromium.

Runs against tests/fixtures/events_small.jsonl and events_linked.jsonl (EVENTS_DATA), never the
real extractor's output; uploads tests/fixtures/uploads/t_opmaak.jsonl.
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
FIXTURES = ROOT / "tests" / "fixtures"
FILES = [FIXTURES / "events_small.jsonl", FIXTURES / "events_linked.jsonl"]
EVENTS = [json.loads(line) for f in FILES for line in f.read_text(encoding="utf-8").splitlines()]
MARKUP = FIXTURES / "uploads" / "t_opmaak.jsonl"
PLAN, OUTCOME = "e-11aa000000000001", "e-11aa000000000002"
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
    folder = tmp_path_factory.mktemp("server")
    events = folder / "events.jsonl"
    events.write_text("".join(f.read_text(encoding="utf-8") for f in FILES), encoding="utf-8")
    env = {**os.environ, "EVENTS_DATA": str(events), "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false",
           "STREAMLIT_SERVER_FILE_WATCHER_TYPE": "none"}
    env.pop("EVENTS_ALLOW_SHARED_UPLOADS", None)  # uploads stay in the session: nothing is written
    log = folder / "streamlit.log"
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
    """The timeline's SVG markers."""
    return page.get_by_test_id("stPlotlyChart").first.locator("g.cartesianlayer path.point")


def details(page: Page):
    """The box with the chosen event's details."""
    return page.get_by_test_id("stHtml").filter(has_text="Bewijs")


def event_in_url(page: Page) -> str:
    return parse_qs(urlparse(page.evaluate("location.href")).query).get("event", [""])[0]


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
    assert not any(str(v).startswith(export.FORMULA_START) for c in df.select_dtypes(["object", "str"])
                   for v in df[c].dropna())
    assert "Oekraïne" in " ".join(df["evidence"])


def test_article_text_never_renders_as_markup(page: Page, app_url, dialogs):
    script = next(e for e in EVENTS if "<script>" in e["evidence"][0]["sentence"])
    open_page(page, app_url, f"?event={script['event_id']}")
    expect(details(page)).to_contain_text("de aanval <script>alert(1)</script> op Kyiv")
    expect(details(page).locator("script")).to_have_count(0)
    expect(details(page).locator("mark")).to_have_count(2)  # the trigger and "Rutte"
    page.get_by_test_id("stPlotlyChart").first.hover()
    markdown = next(e for e in EVENTS if "**meer**" in e["evidence"][0]["sentence"])
    open_page(page, app_url, f"?event={markdown['event_id']}")
    expect(details(page)).to_contain_text(
        "**meer** wapens & munitie van [Duitsland](http://x.example) &amp; de EU")
    expect(details(page).locator("strong, a[href='http://x.example']")).to_have_count(0)
    assert dialogs == []


def test_an_uploaded_article_stays_text_and_in_this_session(page: Page, app_url, dialogs, browser):
    """tests/fixtures/uploads/t_opmaak.jsonl: <script>, <img onerror>, entities, Markdown, a
    javascript: link, in the text, the title, the source and the URL."""
    open_page(page, app_url, count=len(DEFAULT))
    sidebar = page.get_by_test_id("stSidebar")
    sidebar.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(str(MARKUP))
    expect(sidebar).to_contain_text("1 bestand gelezen, 2 gebeurtenissen gevonden", timeout=LATER)
    expect(page.get_by_test_id("stMetricValue").first).to_have_text(str(len(DEFAULT) + 2))
    settled(page)
    article = sidebar.get_by_test_id("stSelectbox")
    article.get_by_role("combobox").click()
    page.keyboard.type("u-opmaak")
    page.keyboard.press("Enter")
    expect(page.get_by_test_id("stMetricValue").first).to_have_text("2", timeout=LATER)
    expect(article.get_by_role("combobox")).to_have_value(
        "u-opmaak: <b>Macron</b> & Scholz <script>alert('titel')</script>")
    settled(page)
    click_row(page, 0)
    expect(details(page)).to_contain_text("over <script>alert('tekst')</script> de oorlog", timeout=LATER)
    expect(details(page)).to_contain_text("“<b>Macron</b> & Scholz <script>alert('titel')</script>”, **ANP**")
    app = page.get_by_test_id("stApp")
    expect(app.locator("script, img[onerror], a[href^='javascript'], b:has-text('Macron')")).to_have_count(0)
    settled(page)
    other = browser.new_page()
    open_page(other, app_url, "?article=u-opmaak", count=len(DEFAULT))  # another visitor: not there
    expect(other.get_by_test_id("stSidebar").get_by_test_id("stSelectbox").get_by_role("combobox")) \
        .to_have_value("Alle artikelen")
    other.close()
    assert dialogs == []


def click_row(page: Page, row: int) -> None:
    """Click the selection box of a row of the table (a canvas: rows are 35 px under a 35 px head)."""
    grid = page.get_by_test_id("stDataFrame").first
    grid.scroll_into_view_if_needed()
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 18, box["y"] + 35 + 35 * row + 17)


def test_choosing_a_table_row_shows_its_details(page: Page, app_url):
    open_page(page, app_url, count=len(DEFAULT))
    by_date = sorted(DEFAULT, key=lambda e: (e["date_start"] is None, e["date_start"] or ""))
    click_row(page, 2)
    expect(details(page)).to_contain_text(by_date[2]["evidence"][0]["sentence"][:30], timeout=LATER)
    settled(page)
    assert event_in_url(page) == by_date[2]["event_id"]


def test_conflict_and_announcement_in_the_details(page: Page, app_url, tmp_path):
    open_page(page, app_url, f"?event={OUTCOME}")
    warning = details(page).get_by_role("alert")
    expect(warning).to_contain_text("Bronnen spreken elkaar tegen: de data overlappen maar deels")
    expect(details(page)).to_contain_text("Aangekondigd in")
    dashed = page.get_by_test_id("stPlotlyChart").first.locator("g.scatterlayer path.js-line")
    expect(dashed.and_(page.locator("[style*='stroke-dasharray: 9px']"))).to_have_count(1)
    # DASHBOARD_SCREENSHOT=docs/screenshot.png refreshes the README's picture
    shot = Path(os.environ.get("DASHBOARD_SCREENSHOT") or tmp_path / "dashboard.png")
    page.get_by_test_id("stApp").screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    page.get_by_role("button", name="Naar de aankondiging").click()
    expect(details(page)).to_contain_text("Uitkomst van deze aankondiging", timeout=LATER)
    expect(details(page).get_by_role("alert")).to_have_count(0)
    settled(page)
    assert event_in_url(page) == PLAN


def test_the_page_speaks_dutch(page: Page, app_url):
    open_page(page, app_url, count=len(DEFAULT))
    chart = page.get_by_test_id("stPlotlyChart").first
    ticks = " ".join(chart.locator(".xtick text").all_text_contents())
    assert "okt" in ticks or "mrt" in ticks or "mei" in ticks, ticks
    assert not any(m in ticks for m in ("Mar", "May", "Oct", "Jan 2", "Dec")), ticks
    titles = chart.locator(".modebar-btn").evaluate_all("bs => bs.map(b => b.getAttribute('data-title'))")
    assert "Assen herstellen" in titles and "Reset axes" not in titles
    shown = chart.locator('.modebar-btn[data-title="Fullscreen"]').evaluate(
        "b => getComputedStyle(b, '::after').content")
    assert shown == '"Volledig scherm"'
    upload = page.get_by_test_id("stFileUploaderDropzone")
    assert upload.locator("button [data-testid=stMarkdownContainer]").evaluate(
        "e => getComputedStyle(e, '::after').content") == '"Bestanden kiezen"'
    text = page.get_by_test_id("stApp").inner_text()
    assert not [w for w in ("Upload", "per file", "Drag and drop", "Browse files") if w in text]


def test_the_table_toolbar_has_no_csv_export(page: Page, app_url):
    """Streamlit's own "Download as CSV" bypasses the neutralising of formula cells: switched off."""
    open_page(page, app_url, count=len(DEFAULT))
    page.get_by_test_id("stDataFrame").first.hover()
    toolbar = page.get_by_test_id("stElementToolbar").filter(has=page.get_by_role("button", name="Search"))
    expect(toolbar.get_by_role("button", name="Search")).to_be_visible()
    expect(page.get_by_role("button", name="Download as CSV")).to_have_count(0)


def test_choosing_a_point_shows_its_details(page: Page, app_url):
    open_page(page, app_url, count=len(DEFAULT))
    # the row number Plotly carries for each marker (customdata) names the event it stands for;
    # choose the first event, alone in its lane that day
    rows = points(page).evaluate_all(
        "ps => ps.map(p => p.closest('g.trace').__data__[0].trace.customdata[p.__data__.i])")
    row = 0
    box = points(page).nth(rows.index(row)).bounding_box()
    # Plotly listens on its drag layer, which covers the markers: click at the marker's place
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    expect(details(page)).to_contain_text("Regel", timeout=LATER)
    settled(page)
    assert event_in_url(page) == EVENTS[int(row)]["event_id"]
    expect(details(page)).to_contain_text(EVENTS[int(row)]["evidence"][0]["sentence"][:30])
