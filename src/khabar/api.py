"""khabar's Python API. Every CLI command is a thin mirror of one function here.

The library never prints and never exits: results come back as records and reports, failures as
``Failure`` records (or, with ``strict``, as the ``KhabarError`` that stopped the run).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO, TextIO

from . import __version__
from .errors import InputError
from .ingest import read_sources
from .model import Article, Event, Failure
from .nlp.pipeline import Coded, Coder
from .settings import Settings
from .store import EventFilter, EventStore, Stats
from .store.exports import export as _export

Progress = Callable[[int], None]


@dataclass
class RunReport:
    """What a run did: counts, the duplicates it skipped, and every failure with its reason."""

    run_id: str | None = None
    articles: int = 0
    events: int = 0
    skipped: int = 0  # already coded in an earlier run
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (article id, id of the stored copy)
    failures: list[Failure] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures


def read(sources: Iterable[str], *, settings: Settings | None = None) -> Iterator[Article | Failure]:
    """Articles (and failures) from files, directories, URLs, feeds or ``-`` for standard input."""
    return read_sources(sources, settings=settings or Settings())


def extract(articles: Iterable[Article], *, settings: Settings | None = None,
            on_failure: Callable[[Failure], None] | None = None) -> Iterator[Event]:
    """Code articles into events, without storing them.

    An article that cannot be coded is passed to ``on_failure``; without one, it raises ``InputError``.
    """
    for coded in code(articles, settings=settings):
        if coded.failure is not None:
            if on_failure is None:
                raise InputError(coded.failure.source, coded.failure.reason)
            on_failure(coded.failure)
        yield from coded.events


def code(articles: Iterable[Article], *, settings: Settings | None = None) -> Iterator[Coded]:
    """Per-article outcomes: the events of each article, or why it failed."""
    settings = settings or Settings()
    coder = Coder(model=settings.model, batch_size=settings.batch_size)
    return coder.code(_with_fallback_date(articles, settings))


def _with_fallback_date(articles: Iterable[Article], settings: Settings) -> Iterator[Article]:
    for article in articles:
        if article.published is None and settings.published is not None:
            article = replace(article, published=settings.published)
        yield article


def versions() -> dict[str, str]:
    from .actors import default_kb
    from .nlp.lexicon import load_lexicon
    from .ontology import ONTOLOGY_VERSION
    return {"khabar": __version__, "lexicon": load_lexicon().version, "ontology": ONTOLOGY_VERSION,
            "actors": default_kb().version()}


def ingest(sources: Iterable[str], *, settings: Settings | None = None, progress: Progress | None = None) -> RunReport:
    """Store articles without coding them. Re-ingesting the same corpus adds nothing."""
    settings = settings or Settings()
    return _Run(settings, command="ingest", progress=progress).execute(sources, coding=False)


def run(sources: Iterable[str], *, settings: Settings | None = None, progress: Progress | None = None) -> RunReport:
    """Read, code and store: the main job (``khabar extract --db``). Safe to re-run after a crash."""
    settings = settings or Settings()
    return _Run(settings, command="extract", progress=progress).execute(sources, coding=True)


class _Run:
    """One batch run: dedup against the store, code, and commit batch by batch."""

    def __init__(self, settings: Settings, *, command: str, progress: Progress | None):
        self.settings = settings
        self.command = command
        self.progress = progress or (lambda n: None)
        self.report = RunReport()
        self.pending: list[Failure] = []

    def execute(self, sources: Iterable[str], *, coding: bool) -> RunReport:
        with EventStore(self.settings.db) as store:
            self.report.run_id = store.start_run(command=self.command, settings=self.settings.to_dict(),
                                                 versions=versions() if coding else {"khabar": __version__})
            status = "failed"
            try:
                self._write_all(store, self._fresh(store, sources, coding=coding), coding=coding)
                status = "ok" if self.report.ok else "partial"
            finally:
                store.finish_run(self.report.run_id, counts=self._counts(), status=status)
        return self.report

    def _counts(self) -> dict[str, int]:
        r = self.report
        return {"articles": r.articles, "events": r.events, "skipped": r.skipped,
                "duplicates": len(r.duplicates), "failures": len(r.failures)}

    def _fresh(self, store: EventStore, sources: Iterable[str], *, coding: bool) -> Iterator[Article]:
        hashes = store.known_hashes()
        done = store.coded_article_ids() if coding else set(hashes.values())
        for item in read(sources, settings=self.settings):
            if isinstance(item, Failure):
                self._fail(item)
                continue
            known = hashes.get(item.content_hash)
            if item.id in done:
                self.report.skipped += 1
            elif known is not None and known != item.id:
                self.report.duplicates.append((item.id, known))
            else:
                hashes[item.content_hash] = item.id
                yield item

    def _fail(self, failure: Failure) -> None:
        self.report.failures.append(failure)
        self.pending.append(failure)
        if self.settings.strict:
            raise InputError(failure.source, failure.reason)

    def _write_all(self, store: EventStore, articles: Iterator[Article], *, coding: bool) -> None:
        batch: list[Coded] = []
        outcomes = code(articles, settings=self.settings) if coding else (Coded(a) for a in articles)
        for outcome in outcomes:
            if outcome.failure is not None:
                self._fail(outcome.failure)
            else:
                batch.append(outcome)
            if len(batch) >= self.settings.batch_size:
                self._commit(store, batch, coding=coding)
                batch = []
        self._commit(store, batch, coding=coding)

    def _commit(self, store: EventStore, batch: list[Coded], *, coding: bool) -> None:
        events = [e for c in batch for e in c.events]
        store.write_batch(articles=[c.article for c in batch], events=events, failures=self.pending,
                          coded=coding, run_id=self.report.run_id)
        self.pending = []
        self.report.articles += len(batch)
        self.report.events += len(events)
        self.progress(len(batch))


def events(*, db: Path | str = "khabar.duckdb", filters: EventFilter = EventFilter(), limit: int | None = None,
           offset: int = 0, order_by: str = "date", descending: bool = False) -> list[Event]:
    with EventStore(db, read_only=True) as store:
        return store.events(filters, limit=limit, offset=offset, order_by=order_by, descending=descending)


def export(fmt: str, out: BinaryIO | TextIO | Path, *, db: Path | str = "khabar.duckdb",
           filters: EventFilter = EventFilter()) -> int:
    with EventStore(db, read_only=True) as store:
        return _export(store, fmt, out, filters=filters)


def stats(*, db: Path | str = "khabar.duckdb", filters: EventFilter = EventFilter()) -> Stats:
    with EventStore(db, read_only=True) as store:
        return store.stats(filters)
