"""One file, URL or byte string to articles, by kind: the glue between fetching, decoding and the readers."""
from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

from ..model import Article, Failure
from ..settings import Settings
from .decoding import decode
from .feeds import read_feed
from .fetch import fetch
from .files import check_size, read_bytes
from .html import read_html
from .kinds import CSV, FEED, HTML, JSON, JSONL, kind_of_path, kind_of_response
from .plain import read_plain
from .records import read_csv, read_json, read_jsonl, text_stream

RECORDS = (JSONL, CSV)


def read_file(path: Path, *, settings: Settings) -> Iterator[Article | Failure]:
    """Records are streamed with a per-record size cap; any other file is read whole under the cap."""
    with path.open("rb", buffering=1 << 16) as fh:
        kind = kind_of_path(path, fh.peek(4096)[:4096])
        check_size(path, max_bytes=None if kind in RECORDS else settings.max_bytes)
        if kind in RECORDS:
            yield from read_records(fh, kind=kind, name=str(path), settings=settings)
            return
    data = read_bytes(path, max_bytes=settings.max_bytes)
    yield from read_content(data, kind=kind, article_id=str(path), settings=settings)


def read_url(url: str, *, settings: Settings) -> Iterator[Article | Failure]:
    fetched = fetch(url, settings=settings)
    kind = kind_of_response(fetched.content_type, fetched.url, fetched.content[:4096])
    yield from read_content(fetched.content, kind=kind, article_id=url, url=fetched.url,
                            charset=fetched.charset, settings=settings)


def read_page(url: str, *, settings: Settings) -> Article:
    """The article at ``url`` (a feed entry's link): an HTML page, or plain text."""
    fetched = fetch(url, settings=settings)
    text = decode(fetched.content, source=url, declared=fetched.charset)
    kind = kind_of_response(fetched.content_type, fetched.url, fetched.content[:4096])
    if kind == HTML:
        return read_html(text, article_id=url, url=fetched.url)
    return read_plain(text, article_id=url, url=fetched.url)


def read_content(data: bytes, *, kind: str, article_id: str, settings: Settings, url: str | None = None,
                 charset: str | None = None) -> Iterator[Article | Failure]:
    """Articles from bytes already in memory (a file, a download or standard input)."""
    if kind == FEED:
        yield from read_feed(data, source=article_id, base_url=url,
                             read_page=lambda link: read_page(link, settings=settings))
    elif kind in RECORDS:
        yield from read_records(io.BufferedReader(io.BytesIO(data)), kind=kind, name=article_id, settings=settings)
    elif kind == JSON:
        yield from read_json(decode(data, source=article_id, declared=charset), name=article_id, settings=settings)
    elif kind == HTML:
        yield read_html(decode(data, source=article_id, declared=charset), article_id=article_id, url=url)
    else:
        yield read_plain(decode(data, source=article_id, declared=charset), article_id=article_id, url=url)


def read_records(stream, *, kind: str, name: str, settings: Settings) -> Iterator[Article | Failure]:
    reader = read_jsonl if kind == JSONL else read_csv
    # Closing the text layer closes ``stream`` too, even when the caller stops early.
    with text_stream(stream, source=name) as lines:
        yield from reader(lines, name=name, settings=settings)

