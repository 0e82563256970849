"""``EventFilter`` and its translation into a parameterised SQL ``WHERE`` clause.

User values only ever travel as parameters; the only names spliced into SQL come from fixed tables
in this module (the filter columns and the ``ORDER BY`` whitelist).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..errors import ConfigError

ORDER_COLUMNS = {"date": "date", "event": "event", "confidence": "confidence", "doc_id": "doc_id", "id": "id"}


@dataclass(frozen=True, kw_only=True)
class EventFilter:
    """Which events to return. Every field is optional; the default is every asserted, non-rejected event."""

    event: tuple[str, ...] = ()  # PLOVER categories
    actor: str | None = None  # substring of the name, id or text of an actor or recipient (any case)
    recipient: str | None = None  # the same, for recipients only
    initiator: str | None = None  # the same, for actors (the side that acts) only
    country: str | None = None  # ISO3 of the place or of any actor
    since: dt.date | None = None  # events that end on or after this day
    until: dt.date | None = None  # events that start on or before this day
    text: str | None = None  # every word must occur in the sentence
    factuality: tuple[str, ...] = ("asserted",)  # empty tuple: all
    doc_id: str | None = None
    acled_event_type: str | None = None
    min_confidence: float | None = None
    link: str | None = None
    include_rejected: bool = False  # also events a reviewer marked wrong


Clause = tuple[str, list[object]]


def where(filters: EventFilter) -> Clause:
    """``(sql, params)``: a WHERE condition (``TRUE`` when nothing filters) over the events view."""
    parts = [clause for clause in _clauses(filters) if clause is not None]
    if not parts:
        return "TRUE", []
    sql = " AND ".join(f"({text})" for text, _ in parts)
    return sql, [value for _, values in parts for value in values]


def order_by(column: str, *, descending: bool) -> str:
    """An ``ORDER BY`` body for a whitelisted column, with ``id`` as the tie-breaker for stable pages."""
    if column not in ORDER_COLUMNS:
        raise ConfigError(f"cannot order by {column!r}: choose one of {', '.join(ORDER_COLUMNS)}")
    direction = "DESC" if descending else "ASC"
    tail = "" if column == "id" else f", id {direction}"
    return f"{ORDER_COLUMNS[column]} {direction} NULLS LAST{tail}"


def _clauses(f: EventFilter) -> list[Clause | None]:
    return [
        _in("event", f.event),
        _either(f.actor),
        _contains("actor_search", f.initiator),
        _contains("recipient_search", f.recipient),
        ("list_contains(countries, ?)", [f.country.upper()]) if f.country else None,
        ("coalesce(enddate, date) >= ?", [f.since]) if f.since else None,
        ("date <= ?", [f.until]) if f.until else None,
        _words(f.text),
        _in("factuality", f.factuality),
        ("doc_id = ?", [f.doc_id]) if f.doc_id else None,
        ("acled_event_type = ?", [f.acled_event_type]) if f.acled_event_type else None,
        ("confidence >= ?", [f.min_confidence]) if f.min_confidence is not None else None,
        ("link = ?", [f.link]) if f.link else None,
        None if f.include_rejected else ("review_action IS DISTINCT FROM 'wrong'", []),
    ]


def _in(column: str, values: tuple[str, ...]) -> Clause | None:
    if not values:
        return None
    return f"{column} IN ({', '.join('?' for _ in values)})", list(values)


def _contains(column: str, value: str | None) -> Clause | None:
    if not value or not value.strip():
        return None
    return f"contains({column}, ?)", [value.strip().lower()]


def _either(value: str | None) -> Clause | None:
    if not value or not value.strip():
        return None
    needle = value.strip().lower()
    return "contains(actor_search, ?) OR contains(recipient_search, ?)", [needle, needle]


def _words(text: str | None) -> Clause | None:
    words = (text or "").lower().split()
    if not words:
        return None
    return " AND ".join("contains(lower(text), ?)" for _ in words), words
