"""Article ingestion: files, directories, URLs, feeds and standard input to ``Article`` records.

``read_sources`` never raises for bad input: every source (or record) that cannot be read becomes a
``Failure(source, reason, stage="read")`` and the rest of the batch goes on.
"""
from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..model import Article, Failure
from ..settings import Settings
from .files import missing, walk
from .readers import read_file, read_url
from .stdin import read_stdin

__all__ = ["read_sources"]

Items = Iterator[Article | Failure]


def read_sources(sources: Iterable[str], *, settings: Settings) -> Items:
    """Articles and failures from each source in turn: a file, a directory (recursive), an http(s) URL
    of a page or feed, or "-" for standard input."""
    for source in sources:
        yield from _guarded(source, lambda: _read_source(str(source), settings=settings))


def _read_source(source: str, *, settings: Settings) -> Items:
    if source == "-":
        return read_stdin(sys.stdin.buffer, settings=settings)
    if source.lower().startswith(("http://", "https://")):
        return read_url(source, settings=settings)
    path = Path(source)
    if path.is_dir():
        return _read_folder(path, settings=settings)
    if not path.is_file():
        raise missing(source)
    return read_file(path, settings=settings)


def _read_folder(folder: Path, *, settings: Settings) -> Items:
    for path in walk(folder):
        yield from _guarded(str(path), lambda: read_file(path, settings=settings))


def _guarded(source: str, items: Callable[[], Iterable[Article | Failure]]) -> Items:
    """The items of one source; an error stops that source only and becomes its ``Failure``."""
    try:
        yield from items()
    except InputError as exc:
        yield Failure(exc.source, exc.reason, stage="read")
    except OSError as exc:
        yield Failure(source, f"could not read ({exc.strerror or exc}): check that the file exists and "
                              "that you may read it", stage="read")
    except (ValueError, LookupError) as exc:  # a parser choking on malformed input (UnicodeError included)
        yield Failure(source, f"malformed input ({type(exc).__name__}: {_one_line(exc)}): check the file's "
                              "format, or convert it to UTF-8 text", stage="read")


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split())[:200]
