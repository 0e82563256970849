"""The example corpus (examples/): every file is a readable, dated article, and the linking set is consistent."""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
ARTICLES = EXAMPLES / "articles"
LINKING = EXAMPLES / "linking"

_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)
_HTML_TITLE = re.compile(r"<title>(.+?)</title>", re.S)
_HTML_DATE = re.compile(r'<meta property="article:published_time" content="([^"]+)"')
_HTML_CANONICAL = re.compile(r'<link rel="canonical" href="https?://[^"]+"')
_TAGS = re.compile(r"<[^>]+>")


def _words(text: str) -> int:
    return len(text.split())


def _date(value: str) -> dt.date:
    return dt.date.fromisoformat(value.strip().strip('"')[:10])


def _front_matter_field(header: str, name: str) -> str | None:
    match = re.search(rf"^{name}:\s*(.+)$", header, re.M)
    return match.group(1).strip().strip('"') if match else None


def _read_txt(text: str) -> tuple[str, dt.date, str]:
    title, published, blank, *body = text.split("\n")
    assert published.startswith("Published: ") and blank == ""
    return title, _date(published.removeprefix("Published: ")), "\n".join(body)


def _read_md(text: str) -> tuple[str, dt.date, str]:
    match = _FRONT_MATTER.match(text)
    assert match, "Markdown examples start with front matter"
    header = match.group(1)
    return _front_matter_field(header, "title"), _date(_front_matter_field(header, "date")), text[match.end():]


def _read_html(text: str) -> tuple[str, dt.date, str]:
    assert _HTML_CANONICAL.search(text), "HTML examples carry a canonical URL"
    body = re.search(r"<article.*?</article>|<main.*?</main>", text, re.S).group(0)
    return _HTML_TITLE.search(text).group(1), _date(_HTML_DATE.search(text).group(1)), _TAGS.sub(" ", body)


READERS = {".txt": _read_txt, ".md": _read_md, ".html": _read_html}
ARTICLE_FILES = sorted(p for p in ARTICLES.iterdir() if p.suffix in READERS)


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _gold() -> dict:
    return json.loads((LINKING / "gold.json").read_text(encoding="utf-8"))


def test_the_demo_corpus_mixes_formats():
    suffixes = [p.suffix for p in ARTICLE_FILES]
    assert len(ARTICLE_FILES) >= 16
    assert suffixes.count(".txt") >= 8 and suffixes.count(".md") >= 3 and suffixes.count(".html") >= 3
    assert (ARTICLES / "wire.jsonl").is_file()


@pytest.mark.parametrize("path", ARTICLE_FILES, ids=lambda p: p.name)
def test_every_article_file_has_a_title_a_date_and_a_news_length_body(path):
    title, published, body = READERS[path.suffix](path.read_text(encoding="utf-8"))
    assert title and len(title) > 15
    assert dt.date(2019, 1, 1) <= published <= dt.date(2024, 12, 31)
    assert 250 <= _words(body) <= 650, f"{path.name}: {_words(body)} words"
    assert "—" in body, "news prose opens with a dateline"


@pytest.mark.parametrize("folder,name", [(ARTICLES, "wire.jsonl"), (LINKING, "reports.jsonl")])
def test_jsonl_records_carry_every_default_field(folder, name):
    records = _jsonl(folder / name)
    assert records
    for record in records:
        assert set(record) >= {"id", "title", "text", "published", "url", "source"}
        assert record["title"] and record["url"].startswith("https://") and record["source"]
        _date(record["published"])
    assert len({r["id"] for r in records}) == len(records), "ids are unique"


def test_linking_reports_are_short_reports():
    reports = _jsonl(LINKING / "reports.jsonl")
    assert len(reports) >= 40
    too_short_or_long = [(r["id"], _words(r["text"])) for r in reports if not 80 <= _words(r["text"]) <= 200]
    assert too_short_or_long == []


def test_every_report_belongs_to_exactly_one_gold_event():
    report_ids = [r["id"] for r in _jsonl(LINKING / "reports.jsonl")]
    listed = [rid for event in _gold()["events"] for rid in event["reports"]]
    assert sorted(listed) == sorted(report_ids)


def test_gold_events_are_complete_and_mostly_multi_report():
    gold = _gold()
    events = gold["events"]
    singletons = {e["id"] for e in events if len(e["reports"]) < 2}
    assert len(events) >= 14
    assert singletons <= set(gold["near_miss_singletons"])
    for event in events:
        assert event["description"] and event["place"] and event["category"].isupper()
        _date(event["date"])


def test_near_misses_share_a_place_within_a_week():
    """The set must contain distinct gold events at one place a few days apart (the linker must not merge them)."""
    events = _gold()["events"]
    close = [(a["id"], b["id"]) for a in events for b in events
             if a["id"] < b["id"] and a["place"] == b["place"] and a["category"] == b["category"]
             and abs((_date(a["date"]) - _date(b["date"])).days) <= 7]
    assert close, "expected at least one same-place, same-week near-miss"
