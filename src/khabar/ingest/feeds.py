"""RSS and Atom feeds: each entry becomes an article. Its text is the entry's content or summary; an
entry that has only a link can have its page fetched."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from ..errors import InputError
from ..model import Article, Failure
from .dates import parse_date
from .html import html_to_text
from .plain import language_code

PageReader = Callable[[str], Article]  # fetches and reads the page of an entry's link


def read_feed(data: bytes, *, source: str, base_url: str | None = None,
              read_page: PageReader | None = None) -> Iterator[Article | Failure]:
    """Articles from the feed in ``data``; one ``Failure`` when it is not a feed, or per unreadable entry.
    ``base_url`` (where the feed was fetched) resolves relative entry links."""
    import feedparser  # imported lazily: only feeds need it

    # Bytes, never a URL string: feedparser must not fetch anything on its own.
    parsed = feedparser.parse(data, response_headers={"content-location": base_url} if base_url else None)
    if not parsed.entries:
        yield Failure(source, _no_entries(parsed), stage="read")
        return
    meta = parsed.get("feed", {})
    for index, entry in enumerate(parsed.entries, start=1):
        yield _entry_outcome(entry, meta, where=f"{source}#{index}", read_page=read_page)


def _no_entries(parsed) -> str:
    if parsed.get("bozo") and not parsed.get("version"):
        return f"not a readable RSS/Atom feed ({parsed.get('bozo_exception')}): check that the file or URL is a feed"
    return "empty: nothing to code (the feed has no entries)"


def _entry_outcome(entry, meta, *, where: str, read_page: PageReader | None) -> Article | Failure:
    try:
        return entry_article(entry, meta, where=where, read_page=read_page)
    except InputError as exc:
        return Failure(exc.source, exc.reason, stage="read")


def entry_article(entry, meta, *, where: str, read_page: PageReader | None = None) -> Article:
    """The article of one feed entry: id is the entry link, else its id, else "<feed>#<n>"."""
    link = entry.get("link") or None
    article_id = link or entry.get("id") or where
    text = _entry_text(entry)
    published = parse_date(entry.get("published_parsed") or entry.get("updated_parsed"))
    if not text and link and read_page is not None:
        page = read_page(link)
        return Article(id=article_id, text=page.text, title=entry.get("title") or page.title,
                       published=published or page.published, url=page.url or link,
                       source=meta.get("title") or page.source, language=page.language)
    if not text:
        raise InputError(article_id, "empty: nothing to code (the entry has no content, summary or link)")
    return Article(id=article_id, text=text, title=entry.get("title") or None, published=published, url=link,
                   source=meta.get("title") or None, language=_language(entry, meta))


def _entry_text(entry: Any) -> str:
    """The longest of the entry's content blocks and its summary, as plain text."""
    candidates = [block.get("value", "") for block in entry.get("content", [])]
    candidates.append(entry.get("summary", ""))
    return max((html_to_text(value) for value in candidates if value), key=len, default="")


def _language(entry: Any, meta: Any) -> str:
    """The language the entry's content, its title or the feed declares (xml:lang, <language>)."""
    details = [block for block in entry.get("content", [])] + [entry.get("summary_detail"), entry.get("title_detail")]
    stated = [d.get("language") for d in details if d] + [meta.get("language")]
    return language_code(next((lang for lang in stated if lang), None))
