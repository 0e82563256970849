"""The store side of incremental linking: which stored events a set of events could link with.

``LinkIndex`` holds, for one linking run, a temporary table with every asserted event's time window
(as day numbers), category, country and coordinates. ``neighbours(ids)`` returns the events that
could be compatible with any of ``ids``: the same category, overlapping windows, no conflicting
country, within the larger of the two radii, plus the other members of their stored groups. This is
a necessary condition of ``khabar.linking.rules.compatible`` (a superset of its pairs), so following
it from the new events to a fixed point finds everything whose grouping the new events can change.

The windows mirror ``khabar.linking.reports`` with the widest slack of each precision (``Reach``);
a test checks that each SQL window contains the linking window of the same event.

Windows are matched through week buckets: a short window is filed under the bucket of its start and
a query window looks in the buckets its span and the short-window length reach, so the join is an
equality join on (category, bucket). Long windows (months, years, long ranges) are few and are
compared with every query window of their category.
"""
from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

import duckdb
import pyarrow as pa

_BUCKET_DAYS = 7


@dataclass(frozen=True, slots=True)
class Reach:
    """How far each kind of window reaches, in days, and the place radius (km) by geo-precision."""

    undated_before: int  # an undated event: this many days before its article's publication
    day_slack: int  # a day-precise date, either side (time of day)
    week_slack: int  # a week-precise date, either side
    short_days: int  # windows longer than this are "long" (matched without buckets)
    radius_km: tuple[tuple[int, float], ...]  # (geo-precision, radius)
    default_radius_km: float


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
    actors: list  # [{"id": ..., "country": ...}]
    recipients: list
    count: int | None
    source: str | None
    published: object


_PARTIES = "'[{\"id\":\"VARCHAR\",\"country\":\"VARCHAR\"}]'"
_ROWS_SQL = f"""
SELECT e.id, e.doc_id, e.event, e.date, e.enddate, e.date_precision, e.text,
       coalesce(TRY_CAST(json_extract(e.span, '$[0]') AS INTEGER), 0) = 0,
       e.lat, e.lon, TRY_CAST(json_extract_string(e.event_loc, '$.precision') AS INTEGER), nullif(e.loc_country, ''),
       TRY_CAST(json_extract_string(e.event_loc, '$.geonameid') AS BIGINT), e.loc_name,
       coalesce(from_json(e.actor, {_PARTIES}), []), coalesce(from_json(e.recipient, {_PARTIES}), []),
       TRY_CAST(json_extract_string(e.size, '$.count') AS INTEGER), a.source, a.published
FROM main.events e LEFT JOIN articles a ON a.id = e.doc_id
WHERE e.factuality = 'asserted' AND e.id IN (SELECT id FROM {{ids}})
"""


def _windows_sql(reach: Reach, table: str) -> str:
    radius = " ".join(f"WHEN {p} THEN {float(km)}" for p, km in reach.radius_km)
    return f"""
CREATE OR REPLACE TEMP TABLE {table} AS
WITH base AS (
  SELECT e.id, e.event, nullif(e.loc_country, '') AS country, e.lat, e.lon,
         TRY_CAST(json_extract_string(e.event_loc, '$.precision') AS INTEGER) AS geo,
         e.date_precision AS p, e.date AS d, greatest(coalesce(e.enddate, e.date), e.date) AS ed,
         a.published AS pub, (e.date IS NULL OR e.date_precision = 'unknown') AS undated
  FROM main.events e LEFT JOIN articles a ON a.id = e.doc_id
  WHERE e.factuality = 'asserted'),
w AS (
  SELECT id, event, country, lat, lon,
         CASE geo {radius} ELSE {float(reach.default_radius_km)} END AS radius,
         CASE WHEN undated THEN pub - {int(reach.undated_before)}
              WHEN p = 'day' THEN d - {int(reach.day_slack)}
              WHEN p = 'week' THEN d - {int(reach.week_slack)} ELSE d END AS lo_date,
         CASE WHEN undated THEN pub
              WHEN p = 'day' THEN ed + {int(reach.day_slack)}
              WHEN p = 'week' THEN ed + {int(reach.week_slack)}
              WHEN p = 'month' THEN greatest(ed, last_day(d))
              WHEN p = 'year' THEN greatest(ed, make_date(year(d), 12, 31)) ELSE ed END AS hi_date
  FROM base)
SELECT id, event, country, lat, lon, radius,
       CAST(lo_date - DATE '1970-01-01' AS BIGINT) AS lo, CAST(hi_date - DATE '1970-01-01' AS BIGINT) AS hi,
       (hi_date - lo_date) > {int(reach.short_days)} AS long,
       CAST(lo_date - DATE '1970-01-01' AS BIGINT) // {_BUCKET_DAYS} AS bucket
FROM w WHERE lo_date IS NOT NULL
"""


def _agree(w: str, f: str) -> str:
    """Overlapping windows, no conflicting country, and within the larger radius (1 km for rounding)."""
    km = (f"2 * 6371.0 * asin(sqrt(least(1.0, pow(sin(radians({w}.lat - {f}.lat) / 2), 2) + "
          f"cos(radians({f}.lat)) * cos(radians({w}.lat)) * pow(sin(radians({w}.lon - {f}.lon) / 2), 2))))")
    return (f"{w}.lo <= {f}.hi AND {f}.lo <= {w}.hi "
            f"AND ({w}.country IS NULL OR {f}.country IS NULL OR {w}.country = {f}.country) "
            f"AND ({w}.lat IS NULL OR {w}.lon IS NULL OR {f}.lat IS NULL OR {f}.lon IS NULL "
            f"OR {km} <= greatest({w}.radius, {f}.radius) + 1.0)")


def _neighbours_sql(table: str, frontier: str, short_days: int) -> str:
    # Short windows by (category, bucket, country) equality; a placeless event on either side meets every country.
    short = f"SELECT w.id FROM fb JOIN {table} w ON w.event = fb.event AND w.bucket = fb.b"
    return f"""
WITH f AS (SELECT w.* FROM {table} w WHERE w.id IN (SELECT id FROM {frontier})),
fb AS (SELECT f.*, unnest(range((f.lo - {int(short_days)}) // {_BUCKET_DAYS}, f.hi // {_BUCKET_DAYS} + 1)) AS b
       FROM f)
{short} AND w.country = fb.country WHERE NOT w.long AND {_agree('w', 'fb')}
UNION
{short} WHERE w.country IS NULL AND NOT w.long AND {_agree('w', 'fb')}
UNION
{short} WHERE fb.country IS NULL AND NOT w.long AND {_agree('w', 'fb')}
UNION
SELECT w.id FROM f JOIN {table} w ON w.event = f.event WHERE w.long AND {_agree('w', 'f')}
UNION
SELECT mate.event_id FROM {frontier} s JOIN event_groups g ON g.event_id = s.id
  JOIN event_groups mate ON mate.group_id = g.group_id
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

    def neighbours(self, ids: Sequence[str]) -> set[str]:
        """Events that could be compatible with one of ``ids``, and the group mates of ``ids``."""
        return {r[0] for r in self._query(_neighbours_sql(self._table, "{ids}", self._reach.short_days), ids)}

    def _query(self, sql: str, ids: Sequence[str]) -> list[tuple]:
        """Run ``sql`` with ``{ids}`` standing for a table of the given event ids."""
        name = f"ids_{uuid.uuid4().hex}"
        self._conn.register(name, pa.table({"id": pa.array(list(ids), pa.string())}))
        try:
            return self._conn.execute(sql.replace("{ids}", name)).fetchall()
        finally:
            self._conn.unregister(name)

    def rows(self, ids: Sequence[str]) -> list[LinkRow]:
        """The linking fields of the asserted events among ``ids``."""
        return [LinkRow._make(r) for r in self._query(_ROWS_SQL, ids)]

    def window(self, event_id: str) -> tuple[int, int] | None:
        """The (first, last) day number of an event's window, or None when it has none (for tests)."""
        row = self._conn.execute(f"SELECT lo, hi FROM {self._table} WHERE id = ?", [event_id]).fetchone()
        return (row[0], row[1]) if row else None
