"""khabar's Python API. Every CLI command is a thin mirror of one function here.

The library never prints and never exits: results come back as records and reports, failures as
``Failure`` records (or, with ``strict``, as the ``KhabarError`` that stopped the run).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, TextIO

from . import __version__
from .errors import InputError
from .ingest import read_sources
from .model import Article, Event, Failure, Relation
from .engines import code_articles
from .nlp.pipeline import Coded
from .settings import Settings
from .store.filters import EventFilter
from .store.stats import Stats

if TYPE_CHECKING:
    from .store import EventStore

Progress = Callable[[int], None]
REPO_EXAMPLES = Path(__file__).resolve().parents[2] / "examples"  # the example corpus, in a source checkout


@dataclass
class RunReport:
    """What a run did: counts, the duplicates it skipped, and every failure with its reason."""

    run_id: str | None = None
    articles: int = 0
    events: int = 0
    skipped: int = 0  # already coded in an earlier run
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (article id, id of the stored copy)
    failures: list[Failure] = field(default_factory=list)
    linked: int = 0  # events placed in cross-article groups

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
    for coded in _coded(articles, settings, on_failure):
        yield from coded.events


def relations_of(articles: Iterable[Article], *, settings: Settings | None = None, actor: str | None = None,
                 on_failure: Callable[[Failure], None] | None = None) -> Iterator[Relation]:
    """The actor relations the articles state, without storing them; ``actor`` keeps those touching it (a
    substring of a name or id, as ``relations`` reads the store). Failures go as in ``extract``."""
    for coded in _coded(articles, settings, on_failure):
        yield from (r for r in coded.relations if actor is None or _touches(r, actor))


def _coded(articles: Iterable[Article], settings: Settings | None,
           on_failure: Callable[[Failure], None] | None) -> Iterator[Coded]:
    for coded in code(articles, settings=settings):
        if coded.failure is not None:
            if on_failure is None:
                raise InputError(coded.failure.source, coded.failure.reason)
            on_failure(coded.failure)
        yield coded


def _touches(relation: Relation, actor: str) -> bool:
    words = actor.lower()
    return any(words in (value or "").lower() for value in (relation.subject.name, relation.subject.id,
                                                             relation.object.name, relation.object.id))


def code(articles: Iterable[Article], *, settings: Settings | None = None) -> Iterator[Coded]:
    """Per-article outcomes: the events of each article, or why it failed."""
    settings = settings or Settings()
    return code_articles(_with_fallback_date(articles, settings), settings=settings)


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
        with _open_store(self.settings.db, memory_mb=self.settings.store_memory_mb) as store:
            self.report.run_id = store.start_run(command=self.command, settings=self.settings.to_dict(),
                                                 versions=versions() if coding else {"khabar": __version__})
            status = "failed"
            try:
                self._write_all(store, self._fresh(store, sources, coding=coding), coding=coding)
                if coding:
                    self.report.linked = _link(store).new
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
            digest = item.content_hash
            known = hashes.get(digest)
            if item.id in done:
                self.report.skipped += 1
            elif known is not None and known != item.id:
                self.report.duplicates.append((item.id, known))
            else:
                hashes[digest] = item.id
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
        relations = [r for c in batch for r in c.relations]
        store.write_batch(articles=[c.article for c in batch], events=events, failures=self.pending,
                          coded=coding, run_id=self.report.run_id, relations=relations)
        self.pending = []
        self.report.articles += len(batch)
        self.report.events += len(events)
        self.progress(len(batch))


def _open_store(db: Path | str, **options) -> EventStore:
    # Imported here, not at the top: the store brings pyarrow, whose import starts a thread, and a process with a
    # second thread pays for locking in every allocation the model makes (spaCy's transition loops most: about a
    # tenth of the model's time). `khabar extract` without a database stays single-threaded.
    from .store import EventStore
    return EventStore(db, **options)


def _link(store: EventStore):
    from .actors import default_kb
    from .linking.incremental import link_new
    from .linking.kb import kb_ancestors
    return link_new(store, ancestors=kb_ancestors(default_kb()))


def link(*, db: Path | str = "khabar.duckdb"):
    """Group stored events that report the same real event (runs after every ``run``; safe to repeat)."""
    with _open_store(db) as store:
        return _link(store)


def groups(*, db: Path | str = "khabar.duckdb", filters: EventFilter = EventFilter(), limit: int | None = None,
           offset: int = 0) -> list:
    """One merged record per real event (``khabar events --grouped``)."""
    with _open_store(db, read_only=True) as store:
        return store.groups(filters, limit=limit, offset=offset)


def events(*, db: Path | str = "khabar.duckdb", filters: EventFilter = EventFilter(), limit: int | None = None,
           offset: int = 0, order_by: str = "date", descending: bool = False) -> list[Event]:
    with _open_store(db, read_only=True) as store:
        return store.events(filters, limit=limit, offset=offset, order_by=order_by, descending=descending)


def export(fmt: str, out: BinaryIO | TextIO | Path, *, db: Path | str = "khabar.duckdb",
           filters: EventFilter = EventFilter()) -> int:
    with _open_store(db, read_only=True) as store:
        from .store.exports import export as _export
        return _export(store, fmt, out, filters=filters)


def stats(*, db: Path | str = "khabar.duckdb", filters: EventFilter = EventFilter()) -> Stats:
    with _open_store(db, read_only=True) as store:
        return store.stats(filters)


def relations(*, db: Path | str = "khabar.duckdb", actor: str | None = None) -> list:
    """Actor relations stated in the stored articles, optionally those touching one actor."""
    with _open_store(db, read_only=True) as store:
        return store.relations(actor=actor)


def attach(path: Path | str, *, db: Path | str = "khabar.duckdb") -> None:
    """Let the store query Parquet events written by the Spark engine, in place, without copying."""
    with _open_store(db) as store:
        store.attach_parquet(Path(path))


def extract_to_parquet(sources: Iterable[str], output: Path | str, *, settings: Settings | None = None) -> RunReport:
    """Code on Spark and write events as Parquet partitioned by year and month (for corpora too big to collect)."""
    from .engines.spark import write_parquet_on_spark
    settings = settings or Settings(engine="spark")
    report = RunReport()
    articles = []
    for item in read(sources, settings=settings):
        if isinstance(item, Failure):
            report.failures.append(item)
        else:
            articles.append(item)
    counts = write_parquet_on_spark(_with_fallback_date(articles, settings), Path(output), settings=settings)
    report.articles, report.events = counts["articles"], counts["events"]
    return report


def evaluate(sets: Iterable[str] | None = None, *, root: Path | str = Path("../shared")) -> dict:
    """Score the coder on the public benchmarks and the seed article found under ``root``; absent sets are skipped."""
    from .evaluate import evaluate as _evaluate
    return _evaluate(list(sets) if sets else None, root=Path(root))


def geocode(records: Iterable[dict]) -> Iterator[dict]:
    """Resolve the toponyms of ``{id, text, toponyms?}`` records (given spans, or found in the text)."""
    from .geo import geocode as _geocode
    return _geocode(records)


def import_actors(path: Path | str) -> list:
    """Add a user's actor file to the knowledge base; returns the conflicts found (empty when clean)."""
    from .actors import default_kb
    return default_kb().import_file(Path(path))


def resolve_actor(text: str, *, date=None, country: str | None = None):
    """The canonical actor a mention resolves to, or None."""
    from .actors import default_kb
    return default_kb().resolve(text, date=date, country=country)


def serve(*, db: Path | str = "khabar.duckdb", host: str = "127.0.0.1", port: int = 8000,
          token: str | None = None, read_only: bool = False) -> None:
    """Serve the HTTP API and the dashboard until interrupted; a non-loopback host needs a token (ConfigError)."""
    from .server import serve as _serve
    _serve(Path(db), host=host, port=port, token=token, read_only=read_only)
