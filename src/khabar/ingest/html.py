"""HTML pages: main text, title, date and canonical URL with trafilatura; navigation and boilerplate
dropped. Broken pages trafilatura cannot handle still give their visible text through a simple parser."""
from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

from ..errors import InputError
from ..model import Article
from .dates import parse_date
from .plain import language_code

_LANG = re.compile(r"""<html[^>]*?\blang\s*=\s*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)""", re.I)
_SKIPPED = {"script", "style", "noscript", "template", "nav", "header", "footer", "aside", "svg",
            "head", "button", "select", "iframe"}
_BLOCKS = {"p", "div", "br", "li", "ul", "ol", "tr", "table", "section", "article", "main", "blockquote",
           "pre", "h1", "h2", "h3", "h4", "h5", "h6", "dd", "dt", "figcaption", "hr"}
_SPACES = re.compile(r"[ \t\f\v\u00a0]+")
# Date metadata only: never read a date from the body prose (htmldate's "extensive search").
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def read_html(markup: str, *, article_id: str, url: str | None = None) -> Article:
    """An ``Article`` from an HTML page; raises ``InputError`` when the page has no text to code."""
    doc = _extract(markup, url=url)
    text = (doc.text or "").strip() if doc else ""
    if not text:
        text = html_to_text(markup)
    if not text:
        raise InputError(article_id, "empty: nothing to code (the page has no visible text)")
    canonical = (doc.url if doc else None) or url
    return Article(id=article_id, text=text, title=(doc.title if doc else None) or page_title(markup),
                   published=parse_date(doc.date) if doc else None, url=canonical,
                   source=(doc.sitename if doc else None) or _host(canonical),
                   language=language_code(_declared_language(markup)))


def _extract(markup: str, *, url: str | None):
    import trafilatura  # heavy: imported on the first HTML page only

    try:
        return trafilatura.bare_extraction(markup, url=url, with_metadata=True, include_comments=False,
                                           date_extraction_params=_DATE_PARAMS)
    except Exception:  # noqa: BLE001 - any parser crash on a malformed page falls back to the simple parser
        return None


def html_to_text(markup: str) -> str:
    """Visible text, one block per line, without scripts, navigation, headers or footers."""
    parser = _TextParser()
    parser.feed(markup)
    parser.close()
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


def page_title(markup: str) -> str | None:
    parser = _TextParser()
    parser.feed(markup)
    parser.close()
    title = " ".join("".join(parser.title).split())
    return title or None


def _declared_language(markup: str) -> str | None:
    match = _LANG.search(markup[:4096])
    return match.group(1) if match else None


def _host(url: str | None) -> str | None:
    return urlsplit(url).hostname if url else None


class _TextParser(HTMLParser):
    """Collects visible text and the <title>; tolerant of unclosed and misnested tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self.skipping = 0
        self.in_title = False

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag == "title":
            self.in_title = True
        elif tag in _SKIPPED:
            self.skipping += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        elif tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif not self.skipping:
            self.parts.append(data.replace("\n", " "))
