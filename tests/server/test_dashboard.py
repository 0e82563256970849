"""The dashboard in headless Chromium against a real server: overview, filters, map, event, review, XSS.

Screenshots of every page go to $KHABAR_TEST_ARTIFACTS (default: pytest's temporary folder).
"""
from __future__ import annotations

import csv
import io
import os
import shutil
from pathlib import Path

import duckdb
import httpx
import pytest

from khabar.server.config import DEFAULT_ASSETS
from tests.server.conftest import fresh_copy, running
from tests.server.corpus import SPECS, XSS_SENTENCE, event_id

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ASSERTED = sum(spec.factuality == "asserted" for spec in SPECS)


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists() and not shutil.which("chromium"):
        pytest.skip("Debian chromium is not installed (apt-get install -y chromium)")
    if not (DEFAULT_ASSETS / "leaflet").is_dir():
        pytest.skip("front-end libraries are absent: run `cd src/khabar/server/frontend && npm ci`")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM if CHROMIUM.exists()
                                                                  else shutil.which("chromium")))
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def site(filled_db, tmp_path_factory):
    db = fresh_copy(filled_db, tmp_path_factory.mktemp("dashboard"))
    with running(db) as url:
        yield url, db


@pytest.fixture(scope="module")
def artifacts(tmp_path_factory) -> Path:
    folder = Path(os.environ.get("KHABAR_TEST_ARTIFACTS") or tmp_path_factory.mktemp("screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture()
def page(browser, site, artifacts, request):
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    tab.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    tab.errors = errors
    yield tab
    tab.screenshot(path=str(artifacts / f"{request.node.name}.png"), full_page=True)
    context.close()


def _open(page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("body[data-ready=true]", timeout=20000)


def _settle(page, url_pattern: str) -> None:
    # The page's CSP forbids eval, so wait on the URL and a selector rather than on a JS predicate.
    page.wait_for_url(url_pattern, timeout=20000)
    page.wait_for_selector("body[data-ready=true]", timeout=20000)


def _table_categories(page) -> list[str]:
    return page.locator("#events tbody tr").evaluate_all("rows => rows.map(r => r.dataset.category)")


def test_overview_renders_timeline_map_actors_and_table(page, site):
    url, _ = site
    _open(page, f"{url}/events")
    assert page.locator("#timeline rect.bar").count() >= 4
    assert page.locator("#timeline").get_attribute("data-total") == str(ASSERTED)
    page.wait_for_selector("#map[data-countries]", timeout=20000)
    assert int(page.locator("#map").get_attribute("data-countries")) > 150
    assert page.locator("#map path.country").count() > 150
    assert page.locator("#map .event-marker, #map .marker-cluster").count() >= 2
    assert page.locator("#actors li").first.inner_text().startswith("Iraq military")
    assert len(_table_categories(page)) == ASSERTED
    assert page.errors == []


def test_filters_change_table_and_timeline_and_live_in_the_url(page, site):
    url, _ = site
    _open(page, f"{url}/events")
    page.select_option("select[name=event]", "ASSAULT")
    page.fill("input[name=since]", "2024-03-01")
    page.fill("input[name=until]", "2024-03-31")
    page.click("#filters button[type=submit]")
    _settle(page, "**event=ASSAULT**")
    assert "since=2024-03-01" in page.url
    assert _table_categories(page) == ["ASSAULT", "ASSAULT"]
    bars = page.locator("#timeline rect.bar").evaluate_all("bars => bars.map(b => b.dataset.category)")
    assert set(bars) == {"ASSAULT"}
    page.reload()
    page.wait_for_selector("body[data-ready=true]")
    assert page.locator("select[name=event]").input_value() == "ASSAULT"
    assert _table_categories(page) == ["ASSAULT", "ASSAULT"]


def test_sorting_and_asserted_toggle(page, site):
    url, _ = site
    _open(page, f"{url}/events?factuality=all")
    assert not page.locator("input[name=asserted]").is_checked()
    assert "THREATEN" in _table_categories(page)
    page.click("button[data-sort=event]")
    _settle(page, "**sort=event**")
    categories = _table_categories(page)
    assert categories == sorted(categories, reverse=True)


def test_event_page_highlights_the_evidence_and_marks_spans(page, site):
    url, _ = site
    target = event_id("ASSAULT", "wire/a1")
    _open(page, f"{url}/events/{target}")
    evidence = page.locator("#article mark.evidence")
    assert evidence.inner_text().startswith("MOSUL - Iraqi soldiers attacked")
    assert page.locator("#article .m-trigger").inner_text() == "attacked"
    assert page.locator("#article .m-actor").inner_text() == "Iraqi soldiers"
    assert page.locator("#article .m-recipient").inner_text() == "Islamic State fighters"
    assert page.locator("#article .m-place").inner_text() == "Mosul"
    assert "Soldiers struck militants" in page.locator("#linked").inner_text()


def test_xss_article_renders_inert(page, site):
    url, _ = site
    _open(page, f"{url}/events/{event_id('CONSULT', 'wire/a5')}")
    assert page.locator("#article-title").inner_text().startswith("<script>")
    assert XSS_SENTENCE in page.locator("#article").inner_text()
    assert page.locator("#article img, #article script").count() == 0
    _open(page, f"{url}/events")
    assert page.evaluate("window.pwned === undefined && window.pwnedTitle === undefined")


def test_review_in_the_ui_is_stored_served_and_keeps_the_machine_value(page, site):
    url, db = site
    target = event_id("SUPPORT", "wire/a1")
    _open(page, f"{url}/review?event={target}")
    page.fill("#reviewer", "analyst one")
    page.select_option("#correct-form select[name=event]", "AGREE")
    page.fill("#correct-form input[name=count]", "2")
    page.click("#save-correction")
    page.wait_for_selector("#result[data-review-id]:not([data-review-id=''])", timeout=20000)
    assert "Correction saved" in page.locator("#result").inner_text()
    reviews = httpx.get(f"{url}/api/reviews").json()["reviews"]
    mine = [r for r in reviews if r["event_id"] == target]
    assert [(r["before"]["event"], r["after"]) for r in mine] == [("SUPPORT", {"event": "AGREE", "size": {"count": 2}})]
    with duckdb.connect(str(db)) as conn:
        assert conn.execute("SELECT event FROM events WHERE id = ?", [target]).fetchone()[0] == "SUPPORT"
    _open(page, f"{url}/events?event=AGREE")
    assert _table_categories(page) == ["AGREE"]
    rows = list(csv.DictReader(io.StringIO(httpx.get(f"{url}/api/download/csv", params={"event": "AGREE"}).text)))
    assert [r["id"] for r in rows] == [target]


def test_network_colours_edges_by_quad_class(page, site):
    url, _ = site
    _open(page, f"{url}/network")
    quads = set(page.locator("#network line.edge").evaluate_all("lines => lines.map(l => l.dataset.quad)"))
    assert {"material conflict", "verbal cooperation"} <= quads
    assert page.locator("#network .node").count() >= 4


def test_actor_page_shows_aliases_relations_and_timelines(page, site):
    url, _ = site
    _open(page, f"{url}/actors/Islamic%20State")
    assert "Islamic State fighters" in page.locator("#identity").inner_text()
    assert "leader_of" in page.locator("#relations").inner_text()
    assert page.locator("#as-recipient rect.bar").count() >= 1
    assert page.locator("#relations-graph .node").count() == 2
