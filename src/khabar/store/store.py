"""``EventStore``: the one owner of the DuckDB file (connection, migrations, the single write path, queries)."""
from __future__ import annotations

import contextlib
import json
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from ..errors import StoreError
from ..linking.merge import Group, Supported, merge_group
from ..model import Actor, Article, Event, Failure, Relation
from . import reviews as review_rules
from .aggregates import aggregate_sql
from .columns import BASE_COLUMNS, event_from_row, event_table, select_with_derived
from .filters import EventFilter, order_by as order_clause, where
from .linkindex import LinkIndex, Reach
from .migrations import migrate, pending
from .staging import article_table, failure_table, relation_table
from .stats import Stats
from .views import rebuild

_EVENT_COLUMNS = ", ".join(BASE_COLUMNS)
_ARTICLE_UPSERT = """
INSERT INTO articles SELECT *, now() AS stored FROM {staging}
ON CONFLICT (id) DO UPDATE SET text = excluded.text, title = excluded.title, published = excluded.published,
    url = excluded.url, source = excluded.source, language = excluded.language,
    content_hash = excluded.content_hash, coded = articles.coded OR excluded.coded, run_id = excluded.run_id
"""
_ARTICLE_COLUMNS = "id, text, title, published, url, source, language"
CHECKPOINT_MB = 256  # MiB of write-ahead log that trigger a checkpoint (see _connect)


class EventStore:
    """Articles, events, runs, failures, relations and reviews in one DuckDB file.

    Use it as a context manager. Opening creates the file and applies pending migrations (unless
    ``read_only``); a corrupt, locked or foreign file raises ``StoreError`` saying what to do.
    """

    def __init__(self, path: Path | str, *, read_only: bool = False, memory_mb: int | None = None):
        self.path = Path(path)
        self.read_only = read_only
        self._conn = _connect(self.path, read_only=read_only, memory_mb=memory_mb)
        try:
            self._prepare()
        except BaseException:
            self._conn.close()
            raise

    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self._conn.close()

    def _prepare(self) -> None:
        try:
            if self.read_only:
                self._require_current_schema()
            else:
                migrate(self._conn, str(self.path))
            self._rebuild_views()
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot read the store ({exc}); the file may be damaged: "
                             "move it aside and re-run, or restore a backup") from exc

    def _require_current_schema(self) -> None:
        todo = pending(self._conn, str(self.path))
        if todo:
            raise StoreError(f"{self.path}: not an up-to-date khabar store (missing {', '.join(todo)}); "
                             "open it once for writing (e.g. `khabar ingest` with --db) or choose another --db")

    # ----- runs -------------------------------------------------------------------------------
    def start_run(self, *, command: str, settings: dict, versions: dict) -> str:
        run_id = uuid.uuid4().hex[:16]
        self._write("INSERT INTO runs (id, command, settings, versions, started, status) "
                    "VALUES (?, ?, ?, ?, now(), 'running')",
                    [run_id, command, _json(settings), _json(versions)])
        return run_id

    def finish_run(self, run_id: str, *, counts: dict[str, int], status: str) -> None:
        self._write("UPDATE runs SET finished = now(), counts = ?, status = ? WHERE id = ?",
                    [_json(counts), status, run_id])

    def runs(self) -> list[dict[str, Any]]:
        return self._dicts("SELECT * FROM runs ORDER BY started, id")

    # ----- the write path ---------------------------------------------------------------------
    def write_batch(self, *, articles: Sequence[Article], events: Sequence[Event], failures: Sequence[Failure],
                    coded: bool, run_id: str | None, relations: Sequence[Relation] = ()) -> None:
        """Store one batch in ONE transaction: all of it is committed, or none of it.

        Upserts keyed by article id, event id, failure (source, reason) and relation id, so re-running a
        batch changes nothing. With ``coded``, the articles' events are replaced by ``events``.
        """
        self._check_writable()
        self._conn.execute("BEGIN TRANSACTION")
        try:
            self._upsert_articles(articles, coded=coded, run_id=run_id)
            if coded:
                self._drop_events_of([a.id for a in articles])
            self._upsert_events(events, run_id=run_id)
            self._upsert_failures(failures, run_id=run_id)
            self._upsert_relations(relations, run_id=run_id)
            self._conn.execute("COMMIT")
        except BaseException as exc:
            self._conn.execute("ROLLBACK")
            if isinstance(exc, duckdb.Error):
                raise StoreError(f"{self.path}: could not store the batch ({exc}); nothing of it was written, "
                                 "re-run to retry") from exc
            raise

    def _upsert_articles(self, articles: Sequence[Article], *, coded: bool, run_id: str | None) -> None:
        unique = {a.id: a for a in articles}  # an upsert may touch each row once per statement
        if unique:
            with self._staged(article_table(unique.values(), coded=coded, run_id=run_id)) as staging:
                self._conn.execute(_ARTICLE_UPSERT.format(staging=staging))

    def _drop_events_of(self, doc_ids: list[str]) -> None:
        if doc_ids:
            self._conn.execute("DELETE FROM events WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [doc_ids])

    def _upsert_events(self, events: Sequence[Event], *, run_id: str | None) -> None:
        unique = {event.id: event for event in events}  # one row per id: last one wins
        if unique:
            self._insert_rows("events", event_table(unique.values()), extra="? AS run_id", params=[run_id])

    def _insert_rows(self, table: str, rows: pa.Table, *, extra: str, params: list[Any]) -> None:
        """Replace the rows with these ids (the event tables have no key index to upsert by: see migrations)."""
        with self._staged(rows) as staging:
            self._conn.execute(f"DELETE FROM {table} WHERE id IN (SELECT id FROM {staging})")
            self._conn.execute(f"INSERT INTO {table} BY NAME SELECT *, {extra} FROM "
                               f"({select_with_derived(staging)})", params)

    def _upsert_failures(self, failures: Sequence[Failure], *, run_id: str | None) -> None:
        if failures:
            with self._staged(failure_table(failures, run_id=run_id)) as staging:
                self._conn.execute(f"INSERT OR REPLACE INTO failures SELECT * FROM {staging}")

    def _upsert_relations(self, relations: Sequence[Relation], *, run_id: str | None) -> None:
        if relations:
            with self._staged(relation_table(relations, run_id=run_id)) as staging:
                self._conn.execute(f"INSERT OR REPLACE INTO relations SELECT * FROM {staging}")

    @contextlib.contextmanager
    def _staged(self, table: pa.Table) -> Iterator[str]:
        """Expose an Arrow table to SQL under a fresh name for one statement (far faster than executemany)."""
        name = f"staging_{uuid.uuid4().hex}"
        self._conn.register(name, table)
        try:
            yield name
        finally:
            self._conn.unregister(name)

    # ----- articles, failures, relations ------------------------------------------------------
    def known_hashes(self) -> dict[str, str]:
        """content_hash -> article id, of every stored article (the first stored wins)."""
        rows = self._rows("SELECT content_hash, first(id ORDER BY stored, id) FROM articles GROUP BY content_hash")
        return {h: i for h, i in rows}

    def coded_article_ids(self) -> set[str]:
        return {row[0] for row in self._rows("SELECT id FROM articles WHERE coded")}

    def article(self, article_id: str) -> Article | None:
        rows = self._dicts(f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id = ?", [article_id])
        return Article.from_dict(rows[0]) if rows else None

    def articles(self, *, limit: int | None = None, offset: int = 0) -> list[Article]:
        rows = self._dicts(f"SELECT {_ARTICLE_COLUMNS} FROM articles ORDER BY id LIMIT ? OFFSET ?",
                           [limit, offset])
        return [Article.from_dict(row) for row in rows]

    def article_sources(self) -> dict[str, str]:
        """article id -> where it came from (source name, else URL, else the id)."""
        return dict(self._rows("SELECT id, coalesce(source, url, id) FROM articles"))

    def failures(self) -> list[Failure]:
        rows = self._rows("SELECT source, reason, stage, time FROM failures ORDER BY time, source")
        return [Failure(source=s, reason=r, stage=st, time=t) for s, r, st, t in rows]

    def relations(self, *, actor: str | None = None) -> list[Relation]:
        sql = "SELECT doc_id, subject, relation, object, date, text FROM relations"
        params: list[Any] = []
        if actor:
            sql += (" WHERE contains(lower(concat_ws(chr(31), subject_name, subject_id, object_name, object_id)), ?)")
            params = [actor.lower()]
        rows = self._rows(sql + " ORDER BY doc_id, id", params)
        return [Relation(doc_id=d, subject=Actor.from_dict(json.loads(s)), relation=rel,
                         object=Actor.from_dict(json.loads(o)), date=day, text=t or "")
                for d, s, rel, o, day, t in rows]

    # ----- events -----------------------------------------------------------------------------
    def events(self, filters: EventFilter = EventFilter(), *, limit: int | None = None, offset: int = 0,
               order_by: str = "date", descending: bool = False) -> list[Event]:
        """Events matching ``filters``; reviewed values win over the machine's."""
        return list(self.iter_events(filters, limit=limit, offset=offset, order_by=order_by, descending=descending))

    def iter_events(self, filters: EventFilter = EventFilter(), *, limit: int | None = None, offset: int = 0,
                    order_by: str = "date", descending: bool = False, chunk: int = 5000) -> Iterator[Event]:
        """Like ``events`` but streamed in chunks (for exports). Run no other query while iterating."""
        condition, params = where(filters)
        sql = _select_events(condition, order_clause(order_by, descending=descending), paged=limit is not None)
        result = self._execute(sql, params + [limit, offset])
        names = [d[0] for d in result.description]
        while rows := result.fetchmany(chunk):
            yield from (event_from_row(dict(zip(names, row))) for row in rows)

    def points(self, filters: EventFilter = EventFilter(), *, limit: int) -> list[tuple]:
        """The most recent located events for a map: ``(id, lat, lon, place name, category, date)`` rows."""
        condition, params = where(filters)
        return self._rows(f"SELECT id, lat, lon, loc_name, event, date FROM events_current WHERE lat IS NOT NULL "
                          f"AND lon IS NOT NULL AND ({condition}) ORDER BY {order_clause('date', descending=True)} "
                          "LIMIT ?", params + [limit])

    def count_events(self, filters: EventFilter = EventFilter()) -> int:
        condition, params = where(filters)
        return self._rows(f"SELECT count(*) FROM events_current WHERE {condition}", params)[0][0]

    def event(self, event_id: str) -> Event | None:
        """One event by id, as reviewed (also when a reviewer marked it wrong)."""
        found = list(self._events_where("id = ?", [event_id]))
        return found[0] if found else None

    def _events_where(self, condition: str, params: list[Any]) -> Iterator[Event]:
        result = self._execute(f"SELECT {_EVENT_COLUMNS} FROM events_current WHERE {condition}", params)
        names = [d[0] for d in result.description]
        return (event_from_row(dict(zip(names, row))) for row in result.fetchall())

    def review_status(self, event_id: str) -> str | None:
        """The latest review action on an event ("wrong" or "correct"), or None when unreviewed."""
        rows = self._rows("SELECT review_action FROM reviewed_events WHERE id = ?", [event_id])
        return rows[0][0] if rows else None

    # ----- counts -----------------------------------------------------------------------------
    def aggregate(self, filters: EventFilter = EventFilter(), *, by: str, limit: int | None = None) -> list[tuple]:
        """Counts for charts: by week/month -> (period, category, n); by country/actor/acled_event_type/
        category -> (key, n), largest first. Weeks are labelled by their Monday (YYYY-MM-DD), months YYYY-MM."""
        condition, params = where(filters)
        return [tuple(row) for row in self._rows(aggregate_sql(by, condition, limit=limit), params)]

    def stats(self, filters: EventFilter = EventFilter(), *, top: int = 10) -> Stats:
        months: dict[str, int] = {}
        for period, _category, n in self.aggregate(filters, by="month"):
            months[period] = months.get(period, 0) + n
        return Stats(total=self.count_events(filters), by_category=self.aggregate(filters, by="category"),
                     by_month=sorted(months.items()), by_country=self.aggregate(filters, by="country", limit=top),
                     by_actor=self.aggregate(filters, by="actor", limit=top),
                     failures=self._rows("SELECT count(*) FROM failures")[0][0],
                     recent_failures=[tuple(r) for r in self._rows(
                         "SELECT source, reason FROM failures ORDER BY time DESC, source LIMIT 5")],
                     articles=self._rows("SELECT count(*) FROM articles")[0][0], factuality=filters.factuality)

    # ----- event groups (reports of the same real event across articles) -----------------------
    def linkable(self, *, ids: Sequence[str] = (), groups: Sequence[str] = ()) -> list[Supported]:
        """Events to link, with their article's source and date: by id or by group."""
        if ids:
            condition, params = "e.id IN (SELECT unnest(?::VARCHAR[]))", [list(ids)]
        else:
            condition, params = ("e.id IN (SELECT event_id FROM event_groups WHERE group_id IN "
                                 "(SELECT unnest(?::VARCHAR[])))"), [list(groups)]
        result = self._execute(
            f"SELECT {', '.join('e.' + c for c in BASE_COLUMNS)}, a.source AS _source, a.published AS _published "
            f"FROM main.events e LEFT JOIN articles a ON a.id = e.doc_id "
            f"WHERE e.factuality = 'asserted' AND {condition}", params)
        names = [d[0] for d in result.description]
        out = []
        for row in result.fetchall():
            record = dict(zip(names, row))
            out.append(Supported(event_from_row(record), record["_source"], record["_published"]))
        return out

    def link_index(self, reach: Reach) -> LinkIndex:
        """The windows of every asserted event for one linking run (``with store.link_index(reach) as index``)."""
        self._check_writable()
        return LinkIndex(self._conn, reach)

    def group_of(self, event_ids: Sequence[str]) -> dict[str, str]:
        return dict(self._rows("SELECT event_id, group_id FROM event_groups WHERE event_id IN "
                               "(SELECT unnest(?::VARCHAR[]))", [list(event_ids)]))

    def write_links(self, groups: dict[str, str], contained: Sequence[tuple[str, str]]) -> None:
        """Store group ids and containment links in one transaction (upserts: re-linking changes nothing)."""
        self._check_writable()
        table = pa.table({"event_id": list(groups), "group_id": list(groups.values())})
        self._conn.execute("BEGIN TRANSACTION")
        try:
            with self._staged(table) as staging:
                self._conn.execute(f"DELETE FROM event_groups WHERE event_id IN (SELECT event_id FROM {staging})")
                self._conn.execute(f"INSERT INTO event_groups SELECT event_id, group_id, now() FROM {staging}")
            self._conn.execute("DELETE FROM group_containment WHERE group_id IN (SELECT unnest(?::VARCHAR[]))",
                               [sorted(set(groups.values()))])
            self._insert_containment(contained)
            self._conn.execute("DELETE FROM event_groups WHERE event_id NOT IN (SELECT id FROM main.events)")
            self._conn.execute("COMMIT")
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise

    def _insert_containment(self, contained: Sequence[tuple[str, str]]) -> None:
        # One staged statement: a statement per pair cost 3 s of a 2,000-article run's 12 s of linking.
        unique = sorted(set(contained))  # an upsert may touch each key once per statement
        if unique:
            table = pa.table({"group_id": [g for g, _ in unique], "aggregate_id": [a for _, a in unique]})
            with self._staged(table) as staging:
                self._conn.execute(f"INSERT OR REPLACE INTO group_containment SELECT group_id, aggregate_id "
                                   f"FROM {staging}")

    def groups(self, filters: EventFilter = EventFilter(), *, limit: int | None = None, offset: int = 0) -> list[Group]:
        """One merged record per real event among the events matching ``filters``, latest first."""
        condition, params = where(filters)
        ids = [r[0] for r in self._rows(
            f"SELECT coalesce(g.group_id, e.id) AS gid FROM events_current e "
            f"LEFT JOIN event_groups g ON g.event_id = e.id WHERE {condition} "
            f"GROUP BY gid ORDER BY max(e.date) DESC NULLS LAST, gid LIMIT ? OFFSET ?", params + [limit, offset])]
        members = self.linkable(groups=ids)
        by_group: dict[str, list[Supported]] = {}
        found = self.group_of([m.event.id for m in members])
        for member in members:
            by_group.setdefault(found[member.event.id], []).append(member)
        singles = [i for i in ids if i not in by_group]
        for member in self.linkable(ids=singles) if singles else []:
            by_group.setdefault(member.event.id, []).append(member)
        return [merge_group(gid, by_group[gid]) for gid in ids if gid in by_group]

    def count_groups(self, filters: EventFilter = EventFilter()) -> int:
        condition, params = where(filters)
        return self._rows(f"SELECT count(DISTINCT coalesce(g.group_id, e.id)) FROM events_current e "
                          f"LEFT JOIN event_groups g ON g.event_id = e.id WHERE {condition}", params)[0][0]

    def containment(self) -> list[tuple[str, str]]:
        return [tuple(r) for r in self._rows("SELECT group_id, aggregate_id FROM group_containment ORDER BY 1, 2")]

    # ----- reviews ----------------------------------------------------------------------------
    def add_review(self, *, event_id: str | None, reviewer: str, action: str, after: dict, note: str = "",
                   sentence: str | None = None, doc_id: str | None = None) -> str:
        """Record a review and return its id. The machine row is kept; queries use the reviewed values.

        "wrong" hides the event from default queries, "correct" applies ``after`` (PLOVER field names),
        "missed" notes an event the machine missed on ``sentence`` of ``doc_id`` (stored as an event when
        ``after`` names its category).
        """
        self._check_writable()
        review_rules.check_action(action)
        if action == "missed":
            return self._add_missed(reviewer=reviewer, after=after, note=note, sentence=sentence,
                                    doc_id=doc_id or after.get("doc_id"))
        current = self.event(event_id) if event_id else None
        if current is None:
            raise StoreError(f"{self.path}: no event {event_id!r} to review; list ids with `khabar events`")
        before = current.to_plover()
        reviewed = review_rules.apply(before, after)
        return self._save_review(reviewed, action=action, reviewer=reviewer, before=before, after=after, note=note,
                                 sentence=sentence or current.text)

    def _add_missed(self, *, reviewer: str, after: dict, note: str, sentence: str | None,
                    doc_id: str | None) -> str:
        if not doc_id or not sentence:
            raise StoreError("a 'missed' review needs the article (doc_id) and the sentence the event is in")
        fields = {k: v for k, v in after.items() if k != "doc_id"}
        event = review_rules.missed_event(doc_id=doc_id, sentence=sentence, after=fields) if "event" in fields \
            else None
        return self._save_review(event, action="missed", reviewer=reviewer, before=None, after=after, note=note,
                                 sentence=sentence, doc_id=doc_id)

    def _save_review(self, event: Event | None, *, action: str, reviewer: str, before: dict | None, after: dict,
                     note: str, sentence: str | None, doc_id: str | None = None) -> str:
        review_id = uuid.uuid4().hex[:16]
        event_id = event.id if event else None
        self._conn.execute("BEGIN TRANSACTION")
        try:
            self._conn.execute("INSERT INTO reviews VALUES (?, ?, ?, now(), ?, ?, ?, ?, ?, ?)",
                               [review_id, event_id, reviewer, action, _json(before), _json(after), note,
                                doc_id or (event.doc_id if event else None), sentence])
            if event is not None:
                self._insert_rows("reviewed_events", event_table([event]), extra="NULL AS run_id, ? AS review_action, "
                                  "? AS review_id", params=[action, review_id])
            self._conn.execute("COMMIT")
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        return review_id

    def reviews(self) -> list[dict]:
        """The audit trail, oldest first: id, event_id, reviewer, time, action, before, after, note, doc_id, sentence."""
        rows = self._dicts("SELECT * FROM reviews ORDER BY time, id")
        for row in rows:
            row["before"] = json.loads(row["before"]) if row["before"] else None
            row["after"] = json.loads(row["after"]) if row["after"] else {}
        return rows

    # ----- Parquet attachments ----------------------------------------------------------------
    def attach_parquet(self, path: Path | str) -> None:
        """Query a folder of Parquet events (``year=/month=`` partitions, as the Spark engine writes) in place."""
        self._check_writable()
        folder = Path(path).resolve()
        if not folder.is_dir() or not any(folder.rglob("*.parquet")):
            raise StoreError(f"{path}: no Parquet files there; point at the --output folder of "
                             "`khabar extract --engine spark`")
        self._write("INSERT OR REPLACE INTO attachments VALUES (?, 'parquet', now())", [str(folder)])
        self._rebuild_views()

    def detach_parquet(self, path: Path | str) -> None:
        self._check_writable()
        self._write("DELETE FROM attachments WHERE path = ?", [str(Path(path).resolve())])
        self._rebuild_views()

    def attachments(self) -> list[Path]:
        return [Path(row[0]) for row in self._rows("SELECT path FROM attachments ORDER BY path")]

    def _rebuild_views(self) -> None:
        # A folder that has gone away is left out rather than breaking every query; attachments() still lists it.
        present = [p for p in self.attachments() if p.is_dir() and any(p.rglob("*.parquet"))]
        rebuild(self._conn, present)

    # ----- plumbing ---------------------------------------------------------------------------
    def copy_events_to(self, target: Path, filters: EventFilter, *, fmt: str = "parquet") -> int:
        """Write the filtered events (base columns) with DuckDB ``COPY``; returns the count."""
        condition, params = where(filters)
        literal = "'" + str(target).replace("'", "''") + "'"
        self._execute(f"COPY (SELECT {_EVENT_COLUMNS} FROM events_current WHERE {condition} ORDER BY date, id) "
                      f"TO {literal} (FORMAT {fmt})", params)
        return self.count_events(filters)

    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.path} is open read-only; open it without read_only to write")

    def _write(self, sql: str, params: list[Any]) -> None:
        self._check_writable()
        self._execute(sql, params)

    def _execute(self, sql: str, params: list[Any] | None = None) -> duckdb.DuckDBPyConnection:
        try:
            return self._conn.execute(sql, params or [])
        except duckdb.IOException as exc:
            raise StoreError(f"{self.path}: read/write failed ({exc}); check the disk and the file") from exc

    def _rows(self, sql: str, params: list[Any] | None = None) -> list[tuple]:
        return self._execute(sql, params).fetchall()

    def _dicts(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        result = self._execute(sql, params)
        names = [d[0] for d in result.description]
        return [dict(zip(names, row)) for row in result.fetchall()]


def _select_events(condition: str, order: str, *, paged: bool) -> str:
    """The events query. A page picks its ids on narrow columns first, then reads just those rows in full:
    a top-N that carries every column reads all of them for every match (10x slower on a million events)."""
    if not paged:
        return f"SELECT {_EVENT_COLUMNS} FROM events_current WHERE {condition} ORDER BY {order} LIMIT ? OFFSET ?"
    return (f"WITH page AS (SELECT id FROM events_current WHERE {condition} ORDER BY {order} LIMIT ? OFFSET ?) "
            f"SELECT {_EVENT_COLUMNS} FROM events_current WHERE id IN (SELECT id FROM page) ORDER BY {order}")


def _connect(path: Path, *, read_only: bool, memory_mb: int | None) -> duckdb.DuckDBPyConnection:
    if read_only and not path.exists():
        raise StoreError(f"{path}: no such store; create it with `khabar ingest` or `khabar extract --db {path}`")
    if path.is_dir():
        raise StoreError(f"{path} is a folder; give the path of a DuckDB file, e.g. {path / 'khabar.duckdb'}")
    try:
        conn = duckdb.connect(str(path), read_only=read_only)
    except duckdb.Error as exc:
        raise StoreError(_open_failure(path, exc)) from exc
    if memory_mb:
        # A SET, not a connect-time config: another connection to the same file in this process would
        # otherwise be refused for "a different configuration".
        conn.execute(f"SET memory_limit = '{int(memory_mb)}MB'")
    if not read_only:
        # A checkpoint rewrites the events table's last, partly filled row group (up to 122,880 rows): at
        # DuckDB's default of 16 MB of log that came every three batches of 64 articles and cost 1.7 s of a
        # 2,000-article run's 5 s of writes (0.8 s more than one checkpoint per 256 MiB, closing included).
        conn.execute(f"SET checkpoint_threshold = '{CHECKPOINT_MB}MiB'")
    return conn


def _open_failure(path: Path, exc: duckdb.Error) -> str:
    text = str(exc)
    if "not a valid DuckDB database" in text:
        return (f"{path} is not a DuckDB database (corrupt, or another kind of file): move it aside or pass "
                "another --db, then re-run")
    if "different configuration" in text:
        return (f"{path} is already open in this process in the other mode (read-only vs read-write); "
                "reuse that EventStore, or open both the same way")
    if "lock" in text.lower():
        return (f"{path} is locked by another process ({text.split(':', 1)[-1].strip()}); wait for it to "
                "finish or stop it, then retry")
    return f"{path}: cannot open the store ({text}); check that the folder exists and is writable"


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, default=str)
