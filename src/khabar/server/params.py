"""Query parameters shared by the API and the pages: the event filter, paging and sorting.

Every parameter is typed and bounded here, so a request reaches the store only as an ``EventFilter``
(whose values the store passes to DuckDB as parameters) and a whitelisted sort column.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Annotated, Literal

from fastapi import Query

from ..model import FACTUALITY
from ..store import EventFilter
from .errors import ApiError

SortColumn = Literal["date", "event", "confidence", "doc_id", "id"]
Short = Annotated[str | None, Query(max_length=200)]
MAX_LIMIT = 500


def event_filter(
    event: Annotated[list[str], Query(max_length=40, description="PLOVER categories (repeat or comma-separate)")] = [],
    actor: Annotated[str | None, Query(max_length=200, description="either side: name, id or text (substring)")] = None,
    initiator: Annotated[str | None, Query(max_length=200, description="the acting side only")] = None,
    recipient: Annotated[str | None, Query(max_length=200, description="the receiving side only")] = None,
    country: Annotated[str | None, Query(pattern="^[A-Za-z]{3}$", description="ISO3 of the place or any actor")] = None,
    since: Annotated[dt.date | None, Query(description="events ending on or after this day")] = None,
    until: Annotated[dt.date | None, Query(description="events starting on or before this day")] = None,
    text: Annotated[str | None, Query(max_length=200, description="words that must all occur in the sentence")] = None,
    factuality: Annotated[list[str], Query(max_length=10, description="'all', or factuality values")] = ["asserted"],
    doc_id: Short = None,
    acled_event_type: Short = None,
    min_confidence: Annotated[float | None, Query(ge=0.0, le=1.0)] = None,
    link: Short = None,
    include_rejected: Annotated[bool, Query(description="also events a reviewer marked wrong")] = False,
) -> EventFilter:
    return EventFilter(event=_categories(event), actor=_blank(actor), initiator=_blank(initiator),
                       recipient=_blank(recipient),
                       country=country.upper() if country else None, since=since, until=until, text=_blank(text),
                       factuality=_factuality(factuality), doc_id=_blank(doc_id),
                       acled_event_type=_blank(acled_event_type), min_confidence=min_confidence, link=_blank(link),
                       include_rejected=include_rejected)


def _blank(value: str | None) -> str | None:
    return value.strip() or None if value else None


def _split(values: list[str]) -> tuple[str, ...]:
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


def _categories(values: list[str]) -> tuple[str, ...]:
    return tuple(value.upper() for value in _split(values))


def _factuality(values: list[str]) -> tuple[str, ...]:
    chosen = _split(values)
    if "all" in chosen:
        return ()
    unknown = [value for value in chosen if value not in FACTUALITY]
    if unknown:
        raise ApiError(422, f"factuality: unknown value(s) {', '.join(unknown)}; use 'all' or {', '.join(FACTUALITY)}",
                       code="invalid_request")
    return chosen


@dataclass(frozen=True, kw_only=True)
class Page:
    limit: int
    offset: int
    sort: str
    desc: bool


def page(limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50, offset: Annotated[int, Query(ge=0)] = 0,
         sort: SortColumn = "date", desc: bool = False) -> Page:
    return Page(limit=limit, offset=offset, sort=sort, desc=desc)
