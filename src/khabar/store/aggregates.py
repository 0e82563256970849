"""Counts for the dashboard and ``khabar stats``: SQL over the ``events_current`` view.

Every query is a fixed template; the filter arrives as a parameterised WHERE clause.
"""
from __future__ import annotations

from ..errors import ConfigError

# Grouped on the truncated date, formatted after grouping: strftime per row costs more than the count.
_TIME = ("SELECT strftime(start, '{fmt}') AS period, event, n FROM (SELECT date_trunc('{unit}', date) AS start, "
         "event, count(*) AS n FROM events_current WHERE date IS NOT NULL AND ({where}) GROUP BY ALL) "
         "ORDER BY start, event")
_UNNEST = ("SELECT key, count(*) AS n FROM (SELECT unnest({keys}) AS key FROM events_current WHERE {where}) "
           "GROUP BY key ORDER BY n DESC, key")
# Each event counts once per actor, whether it acts, receives or both (cheaper than list_distinct per row).
_ACTORS = ("WITH f AS (SELECT actor_names, recipient_names FROM events_current WHERE {where}) "
           "SELECT key, count(*) AS n FROM (SELECT unnest(actor_names) AS key FROM f UNION ALL "
           "SELECT unnest(list_filter(recipient_names, lambda r: NOT list_contains(actor_names, r))) FROM f) "
           "GROUP BY key ORDER BY n DESC, key")
_COLUMN = ("SELECT {column} AS key, count(*) AS n FROM events_current WHERE {column} IS NOT NULL AND ({where}) "
           "GROUP BY key ORDER BY n DESC, key")

TEMPLATES = {
    "week": _TIME.format(unit="week", fmt="%Y-%m-%d", where="{where}"),  # week starts on Monday
    "month": _TIME.format(unit="month", fmt="%Y-%m", where="{where}"),
    "country": _UNNEST.format(keys="countries", where="{where}"),
    "actor": _ACTORS,
    "acled_event_type": _COLUMN.format(column="acled_event_type", where="{where}"),
    "category": _COLUMN.format(column="event", where="{where}"),
}


def aggregate_sql(by: str, where: str, *, limit: int | None) -> str:
    """The query for one grouping: week/month rows are (period, category, n), the others (key, n)."""
    if by not in TEMPLATES:
        raise ConfigError(f"cannot aggregate by {by!r}: choose one of {', '.join(TEMPLATES)}")
    sql = TEMPLATES[by].format(where=where)
    return sql if limit is None else f"{sql} LIMIT {int(limit)}"
