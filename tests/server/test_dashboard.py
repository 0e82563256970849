"""The dashboard in headless Chromium against `khabar serve` on 127.0.0.1: the steps of issue 6's
"done when" (overview; category and date filters change table and timeline; an event's evidence
highlighted; a correction seen in the table and in a CSV download; XSS inert), plus the other pages.

Screenshots of every page are test artifacts: in $KHABAR_TEST_ARTIFACTS when set, else in
build/test-artifacts/dashboard when $CI is set, else in pytest's temporary folder. Their paths are
listed at the end of the run and attached to each test as the ``screenshot`` property (JUnit XML).
"""
from __future__ import annotations

import csv
import io
import os
import shutil
from pathlib import Path

import httpx
import pytest

from khabar.server.config import DEFAULT_ASSETS
from tests.server.conftest import fresh_copy, khabar_serve, screenshots
from tests.server.corpus import RETOLD, SPECS, XSS_SENTENCE, event_id

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
REPO = Path(__file__).resolve().parents[2]
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
    with khabar_serve(db) as url:
        yield url


@pytest.fixture(scope="module")
def artifacts(tmp_path_factory) -> Path:
    chosen = os.environ.get("KHABAR_TEST_ARTIFACTS")
    if not chosen and os.environ.get("CI"):
        chosen = str(REPO / "build" / "test-artifacts" / "dashboard")
    folder = Path(chosen) if chosen else tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture()
def shoot(artifacts, request):
    """``shoot(page, label)``: a full-page screenshot saved as a test artifact."""
    def take(tab, label: str) -> Path:
        path = artifacts / f"{request.node.name}-{label}.png".replace("/", "_")
        tab.screenshot(path=str(path), full_page=True)
        request.node.user_properties.append(("screenshot", str(path)))
        screenshots(request.config).append(path)
        return path
    return take


@pytest.fixture()
def page(browser, site, shoot):
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    tab.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    tab.errors = errors
    yield tab
    shoot(tab, "final")
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


def _table_dates(page) -> list[str]:
    return page.locator("#events tbody tr td:first-child").all_inner_texts()


def _timeline(page) -> tuple[int, set[str], list[str]]:
    """(events counted, categories of the bars, weeks of the bars) of the drawn timeline."""
    bars = page.locator("#timeline rect.bar").evaluate_all(
        "bars => bars.map(b => [b.dataset.category, b.dataset.period])")
    total = int(page.locator("#timeline").get_attribute("data-total"))
    return total, {category for category, _ in bars}, sorted(period for _, period in bars)


def _filter(page, **fields: str) -> None:
    for name, value in fields.items():
        if name == "event":
            page.select_option("select[name=event]", value)
        else:
            page.fill(f"input[name={name}]", value)
    page.click("#filters button[type=submit]")
    _settle(page, f"**{'since' if 'since' in fields else 'event'}={fields.get('since') or fields['event']}**")


def test_overview_renders_timeline_map_actors_and_table(page, site, shoot):
    url = site
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
    shoot(page, "overview")


def test_category_and_date_filters_change_table_and_timeline(page, site, shoot):
    url = site
    _open(page, f"{url}/events")
    total, categories, weeks = _timeline(page)
    assert (total, len(_table_categories(page))) == (ASSERTED, ASSERTED)
    assert {"ASSAULT", "PROTEST", "SUPPORT", "CONSULT"} <= categories and weeks[0] < "2024-04-01"

    _filter(page, since="2024-04-01", until="2024-04-30")  # the date filter: only April is left
    total, categories, weeks = _timeline(page)
    assert sorted(_table_categories(page)) == ["CONSULT", "PROTEST"]
    assert all(day.startswith("2024-04") for day in _table_dates(page))
    assert total == 2 and categories == {"CONSULT", "PROTEST"} and weeks[0] >= "2024-04-01"
    shoot(page, "date-filter")

    _filter(page, event="PROTEST")  # and the category filter on top of it
    assert _table_categories(page) == ["PROTEST"] and _table_dates(page) == ["2024-04-15"]
    assert _timeline(page) == (1, {"PROTEST"}, ["2024-04-15"])
    assert "since=2024-04-01" in page.url and "until=2024-04-30" in page.url and "event=PROTEST" in page.url
    shoot(page, "date-and-category-filter")

    page.reload()  # the state lives in the URL
    page.wait_for_selector("body[data-ready=true]")
    assert page.locator("select[name=event]").input_value() == "PROTEST"
    assert page.locator("input[name=since]").input_value() == "2024-04-01"
    assert _table_categories(page) == ["PROTEST"] and _timeline(page)[0] == 1
    assert page.errors == []


def test_sorting_and_asserted_toggle(page, site):
    url = site
    _open(page, f"{url}/events?factuality=all")
    assert not page.locator("input[name=asserted]").is_checked()
    assert "THREATEN" in _table_categories(page)
    page.click("button[data-sort=event]")
    _settle(page, "**sort=event**")
    categories = _table_categories(page)
    assert categories == sorted(categories, reverse=True)


def test_opening_an_event_from_the_table_highlights_its_evidence(page, site, shoot):
    url = site
    target = event_id("ASSAULT", "wire/a1")
    sentence = next(s.sentence for s in SPECS if s.event == "ASSAULT" and s.doc_id == "wire/a1")
    _open(page, f"{url}/events")
    page.click(f"#events tbody tr[data-id='{target}'] td:first-child a")
    _settle(page, f"**/events/{target}")
    evidence = page.locator("#article mark.evidence")
    assert evidence.count() == 1 and evidence.inner_text() == sentence
    assert evidence.evaluate("m => getComputedStyle(m).backgroundColor") not in ("rgba(0, 0, 0, 0)", "transparent")
    article = page.locator("#article").inner_text()
    assert article.index(sentence) == 0 and "The governor of Nineveh praised the troops." in article  # rest unmarked
    assert page.locator("#article mark.evidence", has_text="governor").count() == 0
    assert page.locator("#article .m-trigger").inner_text() == "attacked"
    assert page.locator("#article .m-actor").inner_text() == "Iraqi soldiers"
    assert page.locator("#article .m-recipient").inner_text() == "Islamic State fighters"
    assert page.locator("#article .m-place").inner_text() == "Mosul"
    assert "Soldiers struck militants" in page.locator("#linked").inner_text()
    assert page.errors == []
    shoot(page, "event")


def test_xss_article_renders_inert(page, site, shoot):
    url = site
    _open(page, f"{url}/events/{event_id('CONSULT', 'wire/a5')}")
    assert page.locator("#article-title").inner_text().startswith("<script>")
    assert XSS_SENTENCE in page.locator("#article").inner_text()
    assert page.locator("#article img, #article script").count() == 0
    assert page.evaluate("window.pwned === undefined && window.pwnedTitle === undefined")
    shoot(page, "xss-event")
    _open(page, f"{url}/events")
    assert XSS_SENTENCE in page.locator("#events").inner_text()
    assert page.locator("#events img, #events script").count() == 0
    assert page.evaluate("window.pwned === undefined && window.pwnedTitle === undefined")


def _csv_rows(page, url: str) -> list[dict[str, str]]:
    """The rows of the overview's CSV download, fetched from the link's own URL."""
    href = page.locator(".downloads a[data-format=csv]").get_attribute("href")
    response = httpx.get(f"{url}{href}", timeout=20)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(response.text)))


def test_correction_in_the_ui_shows_in_the_table_and_the_csv_download(page, site, shoot):
    url = site
    target = event_id("SUPPORT", "wire/a1")
    _open(page, f"{url}/events/{target}")
    page.click("#review-link")
    _settle(page, "**/review?event=*")
    shoot(page, "review-form")
    page.fill("#reviewer", "analyst one")
    page.select_option("#correct-form select[name=event]", "AGREE")
    page.fill("#correct-form input[name=count]", "2")
    page.click("#save-correction")
    page.wait_for_selector("#result[data-review-id]:not([data-review-id=''])", timeout=20000)
    assert "Correction saved" in page.locator("#result").inner_text()
    assert page.locator("#trail tbody tr[data-action=correct]").count() == 1
    shoot(page, "review-saved")

    _open(page, f"{url}/events")  # the table shows the reviewed category, the machine's is gone from view
    assert page.locator(f"#events tbody tr[data-id='{target}']").get_attribute("data-category") == "AGREE"
    assert "SUPPORT" not in _table_categories(page)
    by_id = {row["id"]: row for row in _csv_rows(page, url)}
    assert by_id[target]["event"] == "AGREE" and len(by_id) == ASSERTED

    _filter(page, event="AGREE")
    assert page.locator("#events tbody tr").evaluate_all("rows => rows.map(r => r.dataset.id)") == [target]
    assert [(row["id"], row["event"]) for row in _csv_rows(page, url)] == [(target, "AGREE")]
    shoot(page, "corrected-table")

    mine = [r for r in httpx.get(f"{url}/api/reviews").json()["reviews"] if r["event_id"] == target]
    assert [(r["reviewer"], r["before"]["event"], r["after"]) for r in mine] == \
        [("analyst one", "SUPPORT", {"event": "AGREE", "size": {"count": 2}})]  # the machine value is kept
    assert page.errors == []


def test_network_colours_edges_by_quad_class(page, site):
    url = site
    _open(page, f"{url}/network")
    quads = set(page.locator("#network line.edge").evaluate_all("lines => lines.map(l => l.dataset.quad)"))
    assert {"material conflict", "verbal cooperation"} <= quads
    assert page.locator("#network .node").count() >= 4


def test_actor_page_shows_aliases_relations_and_timelines(page, site):
    url = site
    _open(page, f"{url}/actors/Islamic%20State")
    assert "Islamic State fighters" in page.locator("#identity").inner_text()
    assert "leader_of" in page.locator("#relations").inner_text()
    assert page.locator("#as-recipient rect.bar").count() >= 1
    assert page.locator("#relations-graph .node").count() == 2


@pytest.fixture(scope="module")
def coded_site(coded_db, tmp_path_factory):
    with khabar_serve(fresh_copy(coded_db, tmp_path_factory.mktemp("retold"))) as url:
        yield url


@pytest.mark.model
def test_the_sentences_folded_into_an_event_are_highlighted_apart_with_their_triggers(page, coded_site, shoot):
    """A real article coded by the real coder: the ambush record quotes the first sentence, and the second one,
    which retold it with the toll, is highlighted too, in another colour, its trigger marked."""
    listed = httpx.get(f"{coded_site}/api/events", params={"doc_id": RETOLD.id}, timeout=20).json()["events"]
    (told,) = [e for e in listed if e["mentions"]]
    (retelling,) = told["mentions"]
    _open(page, f"{coded_site}/events/{told['id']}")
    evidence, retold = page.locator("#article mark.evidence"), page.locator("#article mark.retelling")
    assert evidence.count() == 1 and evidence.inner_text() == told["text"]
    assert retold.count() == 1 and retold.inner_text() == retelling["text"]
    colours = [m.evaluate("m => getComputedStyle(m).backgroundColor") for m in (evidence, retold)]
    assert colours[0] != colours[1] and "rgba(0, 0, 0, 0)" not in colours
    assert retold.locator(".m-trigger").inner_text() == retelling["trigger"]
    assert evidence.locator(".m-trigger").inner_text() == told["trigger"]
    assert f"{retelling['trigger']} (1 other sentence)" in page.locator("#fields").inner_text()
    assert "condemned" in page.locator("#article").inner_text() and \
        page.locator("#article mark", has_text="condemned").count() == 0  # the other event's sentence stays plain
    assert page.errors == []
    shoot(page, "retold-event")
