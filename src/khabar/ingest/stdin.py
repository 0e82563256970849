"""Standard input ("-"): JSON Lines are streamed record by record; anything else is one article."""
from __future__ import annotations

import io
from collections.abc import Iterator
from typing import BinaryIO

from ..errors import InputError
from ..model import Article, Failure, content_hash
from ..settings import Settings
from .files import too_large
from .kinds import JSONL, sniff
from .readers import RECORDS, read_content, read_records

NAME = "<stdin>"


def read_stdin(stream: BinaryIO, *, settings: Settings) -> Iterator[Article | Failure]:
    """``stream`` is a binary stream such as ``sys.stdin.buffer``."""
    if not hasattr(stream, "peek"):  # e.g. the BytesIO a test runner puts behind sys.stdin
        stream = io.BufferedReader(stream)
    kind = sniff(stream.peek(4096)[:4096])
    if kind in RECORDS:
        yield from read_records(stream, kind=JSONL, name=NAME, settings=settings)
        return
    data = stream.read(settings.max_bytes + 1)
    if len(data) > settings.max_bytes:
        raise InputError(NAME, too_large(len(data), settings.max_bytes).replace("bytes is", "bytes (or more) is"))
    if not data.strip():
        raise InputError(NAME, "empty: nothing to code (standard input was empty)")
    # Each text piped in gets its own stable id, so two different texts never overwrite each other.
    article_id = f"stdin:{content_hash(data.decode('utf-8', 'replace'))[:16]}"
    yield from read_content(data, kind=kind, article_id=article_id, settings=settings)
