"""The ``khabar`` command: a thin mirror of ``khabar.api``. Only this module talks to people."""
from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from . import __version__
from .errors import KhabarError
from .settings import FieldMap, Settings
from .threads import keep_one_thread

# Before any command imports numpy (khabar.threads says why); the modules above do not.
keep_one_thread()

DB_HELP = "DuckDB file holding the events (default: khabar.duckdb)."


def _date(ctx, param, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; write it as YYYY-MM-DD") from None


def source_options(f):
    """Options shared by commands that read articles."""
    opts = [
        click.option("--published", callback=_date, help="Publication date (YYYY-MM-DD) for articles that carry none."),
        click.option("--id-field", default="id", show_default=True, help="JSONL/CSV field holding the article id."),
        click.option("--text-field", default="text", show_default=True, help="JSONL/CSV field holding the text."),
        click.option("--title-field", default="title", show_default=True, help="JSONL/CSV field holding the title."),
        click.option("--date-field", default="published", show_default=True, help="JSONL/CSV field holding the date."),
        click.option("--url-field", default="url", show_default=True, help="JSONL/CSV field holding the URL."),
        click.option("--source-field", default="source", show_default=True, help="JSONL/CSV field naming the outlet."),
        click.option("--max-bytes", type=int, default=5_000_000, show_default=True,
                     help="Refuse sources larger than this (recorded as a failure)."),
        click.option("--timeout", type=float, default=20.0, show_default=True, help="Seconds to wait for a URL."),
        click.option("--strict", is_flag=True, help="Stop at the first failure (default: record it and keep going)."),
        click.option("--batch-size", type=int, default=64, show_default=True,
                     help="Articles per committed batch; a killed run loses at most one batch."),
        click.option("--store-memory", type=int, default=Settings.store_memory_mb, show_default=True,
                     help="MB of memory the DuckDB store may hold while a run writes; more spills to disk."),
    ]
    for opt in reversed(opts):
        f = opt(f)
    return f


def engine_options(f):
    """Options choosing where the coder runs."""
    opts = [
        click.option("--engine", type=click.Choice(["local", "process", "spark"]), default="local", show_default=True,
                     help="Run in this process, in a process pool, or on Spark (pip install 'khabar[spark]')."),
        click.option("--workers", type=int, default=1, show_default=True, help="Worker processes (or Spark local[N])."),
        click.option("--spark-master", help="Spark master URL for a cluster (default: local[WORKERS])."),
        click.option("--output", type=click.Path(file_okay=False, path_type=Path),
                     help="With --engine spark: write events as Parquet here (year=/month= partitions) "
                          "instead of the DuckDB store; query them with `khabar store attach`."),
    ]
    for opt in reversed(opts):
        f = opt(f)
    return f


def _settings(db: str | None, **kw) -> Settings:
    fields = FieldMap(id=kw["id_field"], text=kw["text_field"], title=kw["title_field"],
                      published=kw["date_field"], url=kw["url_field"], source=kw["source_field"])
    return Settings(db=Path(db or "khabar.duckdb"), published=kw["published"], fields=fields,
                    max_bytes=kw["max_bytes"], fetch_timeout=kw["timeout"], strict=kw["strict"],
                    batch_size=kw["batch_size"], store_memory_mb=kw["store_memory"], engine=kw.get("engine") or "local", workers=kw.get("workers") or 1,
                    spark_master=kw.get("spark_master"), output=kw.get("output"))


@contextmanager
def _friendly_errors() -> Iterator[None]:
    try:
        yield
    except KhabarError as exc:
        click.echo(f"khabar: error: {exc}", err=True)
        sys.exit(2)


def _progress(label: str):
    """A counter on stderr, only when stderr is a terminal."""
    if not sys.stderr.isatty():
        return None
    done = [0]

    def tick(n: int) -> None:
        done[0] += n
        click.echo(f"\r{label}: {done[0]} articles", err=True, nl=False)
    return tick


def _report(report, verb: str) -> None:
    if sys.stderr.isatty():
        click.echo("", err=True)
    click.echo(f"{verb} {report.articles} articles, {report.events} events; "
               f"{report.skipped} already done, {len(report.duplicates)} duplicates, "
               f"{len(report.failures)} failures.", err=True)
    for article_id, kept in report.duplicates:
        click.echo(f"  duplicate: {article_id} (same text as {kept})", err=True)
    for failure in report.failures:
        click.echo(f"  failed: {failure.source}: {failure.reason}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="khabar")
def main() -> None:
    """khabar: political event data from news.

    Reads articles, codes who did what to whom, when, where and how many (PLOVER), and stores the
    events in DuckDB. Start with `khabar extract ARTICLES --db khabar.duckdb`.
    """


@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--db", help=DB_HELP)
@source_options
def ingest(sources, db, **kw):
    """Store articles from files, directories, JSONL/CSV, feeds, URLs or - (stdin), without coding them."""
    from . import api
    with _friendly_errors():
        report = api.ingest(sources, settings=_settings(db, **kw), progress=_progress("ingested"))
    _report(report, "Stored")
    sys.exit(0 if report.ok else 1)


@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--db", help=DB_HELP + " Without --db and with --format, events go to stdout only.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), help="Also print the events.")
@source_options
@engine_options
def extract(sources, db, fmt, **kw):
    """Read articles and code their events (stored in --db; printed with --format)."""
    from . import api
    with _friendly_errors():
        settings = _settings(db, **kw)
        if settings.output is not None:
            report = api.extract_to_parquet(sources, settings.output, settings=settings)
            _report(report, "Coded")
            click.echo(f"Events written as Parquet under {settings.output}; "
                       f"query them with: khabar store attach {settings.output} --db DB", err=True)
            sys.exit(0 if report.ok else 1)
        if db is None and fmt is not None:
            sys.exit(_print_only(api, sources, settings, fmt))
        report = api.run(sources, settings=settings, progress=_progress("coded"))
    _report(report, "Coded")
    if fmt is not None:
        from .store import EventFilter
        _print_events(api.events(db=settings.db, filters=EventFilter(factuality=())), fmt)
    sys.exit(0 if report.ok else 1)


def _print_only(api, sources, settings: Settings, fmt: str) -> int:
    failures = []
    articles = (a for a in api.read(sources, settings=settings) if not _is_failure(a, failures))
    _print_events(api.extract(articles, settings=settings, on_failure=failures.append), fmt)
    for failure in failures:
        click.echo(f"khabar: failed: {failure.source}: {failure.reason}", err=True)
    return 1 if failures else 0


def _is_failure(item, failures: list) -> bool:
    from .model import Failure
    if isinstance(item, Failure):
        failures.append(item)
        return True
    return False


def _print_events(events, fmt: str) -> None:
    if fmt in ("jsonl",):
        for event in events:
            click.echo(json.dumps(event.to_plover(), ensure_ascii=False))
        return
    from .tables import event_table
    for line in event_table(events):
        click.echo(line)


@main.command()
@click.option("--db", help=DB_HELP)
@click.option("--event", "categories", multiple=True, help="PLOVER category (repeatable), e.g. ASSAULT.")
@click.option("--actor", help="Actor or recipient name, id or text (substring, any case).")
@click.option("--country", help="ISO3 country of the place or of any actor, e.g. IRQ.")
@click.option("--since", callback=_date, help="Events on or after this date (YYYY-MM-DD).")
@click.option("--until", callback=_date, help="Events on or before this date (YYYY-MM-DD).")
@click.option("--text", help="Words in the evidence sentence.")
@click.option("--all-factuality", is_flag=True, help="Include negated, hypothetical, future... events too.")
@click.option("--limit", type=int, default=50, show_default=True)
@click.option("--grouped", is_flag=True, help="One row per real event, merging the reports of it across articles.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table", show_default=True)
def events(db, categories, actor, country, since, until, text, all_factuality, limit, grouped, fmt):
    """Query stored events by category, actor, country, dates and words (asserted only unless --all-factuality)."""
    from . import api
    from .store import EventFilter
    filters = EventFilter(event=tuple(c.upper() for c in categories), actor=actor, country=country,
                          since=since, until=until, text=text,
                          factuality=() if all_factuality else ("asserted",))
    with _friendly_errors():
        if grouped:
            _print_groups(api.groups(db=db or "khabar.duckdb", filters=filters, limit=limit), fmt)
            return
        if fmt == "csv":
            api.export("csv", sys.stdout, db=db or "khabar.duckdb", filters=filters)
            return
        _print_events(api.events(db=db or "khabar.duckdb", filters=filters, limit=limit), fmt)


def _print_groups(groups, fmt: str) -> None:
    from .tables import group_rows, group_table
    if fmt == "table":
        for line in group_table(groups):
            click.echo(line)
        return
    for row in group_rows(groups):
        click.echo(json.dumps(row, ensure_ascii=False, default=str))


@main.command()
@click.option("--db", help=DB_HELP)
def link(db):
    """Group stored events that report the same real event across articles (extract does it after each run)."""
    from . import api
    with _friendly_errors():
        result = api.link(db=db or "khabar.duckdb")
    click.echo(f"Linked {result.new} new events; {result.considered} regrouped into {result.groups} events.", err=True)


@main.command()
@click.option("--db", help=DB_HELP)
@click.option("--format", "fmt", type=click.Choice(["plover-jsonl", "csv", "acled-csv", "geojson", "parquet"]),
              default="plover-jsonl", show_default=True)
@click.option("--reviews", is_flag=True, help="Write the analysts' reviews (the audit trail) alone, as JSONL.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Output file (default: stdout; required for parquet).")
@click.option("--all-factuality", is_flag=True, help="Include non-asserted events too.")
def export(db, fmt, reviews, output, all_factuality):
    """Write stored events as PLOVER JSONL, CSV, ACLED-style CSV, GeoJSON or Parquet (reviewed values win)."""
    from . import api
    from .store import EventFilter
    fmt = "reviews" if reviews else fmt
    if fmt == "parquet" and output is None:
        raise click.UsageError("parquet needs --output FILE")
    filters = EventFilter(factuality=() if all_factuality else ("asserted",))
    with _friendly_errors():
        target = output if output is not None else sys.stdout
        count = api.export(fmt, target, db=db or "khabar.duckdb", filters=filters)
    click.echo(f"Wrote {count} events as {fmt}" + (f" to {output}" if output else "") + ".", err=True)


@main.command()
@click.option("--db", help=DB_HELP)
def stats(db):
    """Counts by category, month, country and actor, and the failures recorded."""
    from . import api
    with _friendly_errors():
        result = api.stats(db=db or "khabar.duckdb")
    for line in result.render():
        click.echo(line)
@main.command()
@click.argument("sources", nargs=-1)
@click.option("--db", help=DB_HELP + " Read when no SOURCES are given.")
@click.option("--actor", help="Only relations touching this actor (name or id, substring).")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
@source_options
def relations(sources, db, actor, fmt, **kw):
    """Actor relations articles state (part_of, leader_of, aligned_with, ...): of SOURCES (files, folders, URLs,
    feeds, - for stdin), read and coded now without storing, or else of the articles stored in --db."""
    from . import api
    failures: list = []
    with _friendly_errors():
        if sources:
            settings = _settings(None, **kw)
            articles = (a for a in api.read(sources, settings=settings) if not _is_failure(a, failures))
            found = api.relations_of(articles, settings=settings, actor=actor, on_failure=failures.append)
        else:
            found = api.relations(db=db or "khabar.duckdb", actor=actor)
        for rel in found:
            if fmt == "jsonl":
                click.echo(json.dumps(rel.to_dict(), ensure_ascii=False))
            else:
                click.echo(f"{rel.subject.name}  --{rel.relation}-->  {rel.object.name}    [{rel.doc_id}]")
    for failure in failures:
        click.echo(f"khabar: failed: {failure.source}: {failure.reason}", err=True)
    sys.exit(1 if failures else 0)


@main.command(name="eval")
@click.argument("sets", nargs=-1)
@click.option("--root", type=click.Path(file_okay=False, path_type=Path), default=Path("../shared"), show_default=True,
              help="Folder holding benchmarks/ and seed/.")
def eval_(sets, root):
    """Score the coder on the public benchmarks and the seed article (absent sets are skipped, and said so).

    SETS: any of seed, seed-relations, plover-gsr, petrarch2-gsr, wikievents, geo, linking, throughput, heldout
    (default: all). heldout is our own hand-coded set of 298 sentences, shipped with the package.
    """
    from . import api
    with _friendly_errors():
        reports = api.evaluate(sets, root=root)
    for result in reports.values():
        for line in result.render():
            click.echo(line)


@main.command()
@click.argument("input_file", type=click.File("r", encoding="utf-8"), default="-")
def geocode(input_file):
    """Resolve toponyms in JSONL {id, text, toponyms?: [{start, end}]} records; one JSON object per toponym."""
    from . import api
    records = (json.loads(line) for line in input_file if line.strip())
    with _friendly_errors():
        for place in api.geocode(records):
            click.echo(json.dumps(place, ensure_ascii=False))


@main.group()
def actors():
    """The actor knowledge base: look up a mention, import your own actors."""


@actors.command(name="show")
@click.argument("mention")
@click.option("--date", callback=_date, help="Resolve titles as of this date (YYYY-MM-DD).")
@click.option("--country", help="ISO3 country context, e.g. IRQ.")
def actors_show(mention, date, country):
    """Show the actor a mention resolves to."""
    from . import api
    actor = api.resolve_actor(mention, date=date, country=country)
    if actor is None:
        click.echo(f"No actor found for {mention!r}.", err=True)
        sys.exit(1)
    click.echo(json.dumps(actor.to_dict(), ensure_ascii=False, indent=2))


@actors.command(name="import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def actors_import(path):
    """Add actors from a YAML file of your own; conflicts with known actors are reported."""
    from . import api
    with _friendly_errors():
        conflicts = api.import_actors(path)
    for conflict in conflicts:
        click.echo(f"conflict: {conflict}", err=True)
    click.echo(f"Imported {path}" + (f" with {len(conflicts)} conflicts." if conflicts else "."), err=True)
    sys.exit(1 if conflicts else 0)


@main.group()
def store():
    """Manage the event store."""


@store.command()
@click.argument("path", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--db", help=DB_HELP)
def attach(path, db):
    """Query Parquet events written by `khabar extract --engine spark --output PATH`, in place."""
    from . import api
    with _friendly_errors():
        api.attach(path, db=db or "khabar.duckdb")
    click.echo(f"Attached {path}: `khabar events`, the API and the dashboard now include its events.", err=True)


@main.command()
@click.option("--db", help=DB_HELP)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind (loopback by default).")
@click.option("--port", type=int, default=8000, show_default=True)
@click.option("--token", envvar="KHABAR_TOKEN", help="Bearer token for reviews (required when --host is not loopback).")
@click.option("--read-only", is_flag=True, help="Refuse reviews and open the store read-only.")
def serve(db, host, port, token, read_only):
    """Run the HTTP API and the dashboard (OpenAPI at /docs) until interrupted."""
    from . import api
    click.echo(f"khabar dashboard on http://{host}:{port}/  (API docs: /docs; Ctrl-C to stop)", err=True)
    with _friendly_errors():
        api.serve(db=db or "khabar.duckdb", host=host, port=port, token=token, read_only=read_only)


if __name__ == "__main__":
    main()
