"""The store side of incremental linking: every asserted event's time window, by category.

``LinkIndex`` holds, for one linking run, a temporary table with every asserted event's time window
(as day numbers since 1970) and category. Linking works on bounded slices of it: ``unlinked_slices``
says which slices of time the events not yet grouped fall in, ``overlapping(category, lo, hi)`` lists the events of one category
whose windows meet a span of days, and ``rows(ids)`` reads what linking needs of them.

The windows mirror ``khabar.linking.reports`` with the widest slack of each precision (``Reach``);
a test checks that each SQL window contains the linking window of the same event.
"""
from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple

import duckdb
import pyarrow as pa

from ..linking.reports import COUNTRY_KEY

_CHUNK = 2_000  # rows fetched at a time


@dataclass(frozen=True, slots=True)
class Reach:
    """How far each kind of window reaches, in days."""

    undated_before: int  # an undated event: this many days before its article's publication
    day_slack: int  # a day-precise date, either side (time of day)
    week_slack: int  # a week-precise date, either side


class Window(NamedTuple):
    id: str
    event: str
    lo: int  # first day (days since 1970-01-01)
    hi: int  # last day
    country: str | None  # where it happened, if known
    new: bool  # in no group when the index was made


class LinkRow(NamedTuple):
    """What linking needs of one stored event, read from flat columns (no JSON decoding in Python)."""

    id: str
    doc_id: str
    event: str
    date: object  # datetime.date | None
    enddate: object
    date_precision: str
    text: str | None
    lead: bool  # told in the article's first sentence
    lat: float | None
    lon: float | None
    geo_precision: int | None
    country: str | None
    geonameid: int | None
    place_name: str | None
    actors: list[str]  # the parties' linking keys: their ids and "country:" + their countries
    recipients: list[str]
    count: int | None
    source: str | None
    published: object


_PARTIES = "'[{\"id\":\"VARCHAR\",\"country\":\"VARCHAR\"}]'"


def _party_keys(column: str) -> str:
    """The linking keys of a side's parties (``khabar.linking.reports.party_keys``), as a list made in SQL:
    a list of strings crosses into Python at a fraction of the cost of a list of structs (dicts)."""
    return (f"list_filter(flatten(list_transform(coalesce(from_json({column}, {_PARTIES}), []), "
            f"lambda p: [nullif(p.id, ''), '{COUNTRY_KEY}' || nullif(p.country, '')])), lambda k: k IS NOT NULL)")


_ROWS_SQL = f"""
SELECT e.id, e.doc_id, e.event, e.date, e.enddate, e.date_precision, e.text,
       coalesce(TRY_CAST(json_extract(e.span, '$[0]') AS INTEGER), 0) = 0,
       e.lat, e.lon, TRY_CAST(json_extract_string(e.event_loc, '$.precision') AS INTEGER), nullif(e.loc_country, ''),
       TRY_CAST(json_extract_string(e.event_loc, '$.geonameid') AS BIGINT), e.loc_name,
       {_party_keys('e.actor')}, {_party_keys('e.recipient')},
       TRY_CAST(json_extract_string(e.size, '$.count') AS INTEGER), a.source, a.published
FROM main.events e LEFT JOIN articles a ON a.id = e.doc_id
WHERE e.factuality = 'asserted' AND e.id IN (SELECT id FROM {{ids}})
"""


def _windows_sql(reach: Reach, table: str) -> str:
    return f"""
CREATE OR REPLACE TEMP TABLE {table} AS
WITH base AS (
  SELECT e.id, e.event, nullif(e.loc_country, '') AS country,
         e.id NOT IN (SELECT event_id FROM event_groups) AS new, e.date_precision AS p, e.date AS d, greatest(coalesce(e.enddate, e.date), e.date) AS ed,
         a.published AS pub, (e.date IS NULL OR e.date_precision = 'unknown') AS undated
  FROM main.events e LEFT JOIN articles a ON a.id = e.doc_id
  WHERE e.factuality = 'asserted'),
w AS (
  SELECT id, event, country, new,
         CASE WHEN undated THEN pub - {int(reach.undated_before)}
              WHEN p = 'day' THEN d - {int(reach.day_slack)}
              WHEN p = 'week' THEN d - {int(reach.week_slack)} ELSE d END AS lo_date,
         CASE WHEN undated THEN pub
              WHEN p = 'day' THEN ed + {int(reach.day_slack)}
              WHEN p = 'week' THEN ed + {int(reach.week_slack)}
              WHEN p = 'month' THEN greatest(ed, last_day(d))
              WHEN p = 'year' THEN greatest(ed, make_date(year(d), 12, 31)) ELSE ed END AS hi_date
  FROM base)
SELECT id, event, CAST(lo_date - DATE '1970-01-01' AS BIGINT) AS lo, CAST(hi_date - DATE '1970-01-01' AS BIGINT) AS hi,
       country, new
FROM w WHERE lo_date IS NOT NULL
"""


class LinkIndex:
    """Windows of every asserted event, for one linking run (a temporary table, dropped on exit)."""

    def __init__(self, conn: duckdb.DuckDBPyConnection, reach: Reach):
        self._conn = conn
        self._reach = reach
        self._table = f"link_windows_{uuid.uuid4().hex}"

    def __enter__(self) -> LinkIndex:
        self._conn.execute(_windows_sql(self._reach, self._table))
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._conn.execute(f"DROP TABLE IF EXISTS {self._table}")

    def unlinked(self) -> int:
        """How many asserted events are in no group yet (also those a killed run left behind)."""
        return self._conn.execute(f"SELECT count(*) FROM main.events WHERE factuality = 'asserted' "
                                  f"AND id NOT IN (SELECT event_id FROM event_groups)").fetchone()[0]

    def unlinked_slices(self, days: int, margin: int) -> list[tuple[str, int]]:
        """(category, n) of every slice of ``days`` days (slice n starts on day ``days * n``) whose span widened
        by ``margin`` days on each side meets the window of an event in no group yet."""
        return self._conn.execute(f"""
            SELECT DISTINCT event, n FROM (
              SELECT event, unnest(range(CAST(floor((lo - {int(margin)}) / {int(days)}) AS BIGINT),
                                         CAST(floor((hi + {int(margin)}) / {int(days)}) AS BIGINT) + 1)) AS n
              FROM {self._table} WHERE new)
            ORDER BY event, n""").fetchall()

    def unlinked_unplaced(self) -> list[str]:
        """Asserted events in no group that have no window (undated, in an article without a date)."""
        return [r[0] for r in self._conn.execute(
            f"SELECT id FROM main.events WHERE factuality = 'asserted' AND id NOT IN (SELECT event_id FROM "
            f"event_groups) AND id NOT IN (SELECT id FROM {self._table}) ORDER BY id").fetchall()]

    def overlapping(self, event: str, lo: int, hi: int) -> list[Window]:
        """The windows of category ``event`` that meet the days ``lo`` to ``hi``."""
        rows = self._conn.execute(f"SELECT id, event, lo, hi, country, new FROM {self._table} WHERE event = ? AND lo <= ? "
                                  f"AND hi >= ? ORDER BY id", [event, hi, lo]).fetchall()
        return [Window._make(r) for r in rows]

    def _query(self, sql: str, ids: Sequence[str]) -> Iterator[tuple]:
        """Run ``sql`` with ``{ids}`` standing for a table of the given event ids; rows come a chunk at a time,
        so a read of tens of thousands of events never holds them twice (as raw rows and as records)."""
        name = f"ids_{uuid.uuid4().hex}"
        self._conn.register(name, pa.table({"id": pa.array(list(ids), pa.string())}))
        try:
            result = self._conn.execute(sql.replace("{ids}", name))
            while chunk := result.fetchmany(_CHUNK):
                yield from chunk
        finally:
            self._conn.unregister(name)

    def rows(self, ids: Sequence[str]) -> Iterator[LinkRow]:
        """The linking fields of the asserted events among ``ids`` (consume them before the next query)."""
        return (LinkRow._make(r) for r in self._query(_ROWS_SQL, ids))

    def window(self, event_id: str) -> tuple[int, int] | None:
        """The (first, last) day number of an event's window, or None when it has none (for tests)."""
        row = self._conn.execute(f"SELECT lo, hi FROM {self._table} WHERE id = ?", [event_id]).fetchone()
        return (row[0], row[1]) if row else None
