"""Summaries for charts and the map: counts by week or month x category, country, actor, ACLED type or
category; store totals; and the coordinates of the filtered events."""
from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request

from ...model import Event
from ...store import EventFilter
from ..access import using
from ..params import event_filter

router = APIRouter(prefix="/api", tags=["aggregates"])

Grouping = Literal["week", "month", "country", "actor", "acled_event_type", "category"]
TIME_GROUPINGS = ("week", "month")
MAP_LIMIT = 5000  # most recent events placed on the map


@router.get("/aggregates/{by}", summary="Event counts grouped by time x category, country, actor or type")
def aggregates(request: Request, by: Grouping, filters: Annotated[EventFilter, Depends(event_filter)],
               top: Annotated[int | None, Query(ge=1, le=1000, description="keep the largest groups")] = None,
               ) -> dict[str, Any]:
    with using(request) as store:
        rows = store.aggregate(filters, by=by)
    columns = ["period", "category", "n"] if by in TIME_GROUPINGS else ["key", "n"]
    rows = [list(row) for row in rows]
    if top is not None and by not in TIME_GROUPINGS:
        rows = rows[:top]
    return {"by": by, "columns": columns, "rows": rows}


@router.get("/stats", summary="Totals of the store: by category, month, country and actor, and failures")
def stats(request: Request, filters: Annotated[EventFilter, Depends(event_filter)]) -> dict[str, Any]:
    with using(request) as store:
        found = store.stats(filters)
    return {"total": found.total, "by_category": _pairs(found.by_category), "by_month": _pairs(found.by_month),
            "by_country": _pairs(found.by_country), "by_actor": _pairs(found.by_actor),
            "failures": found.failures}


def _pairs(counts) -> list[list]:
    return [list(pair) for pair in counts]


@router.get("/points", summary="Coordinates of the most recent filtered events, for the map")
def points(request: Request, filters: Annotated[EventFilter, Depends(event_filter)],
           limit: Annotated[int, Query(ge=1, le=20000)] = MAP_LIMIT) -> dict[str, Any]:
    with using(request) as store:
        found = store.events(filters, limit=limit, order_by="date", descending=True)
    return {"points": [_point(e) for e in found if e.event_loc and e.event_loc.lat is not None
                       and e.event_loc.lon is not None]}


def _point(event: Event) -> dict[str, Any]:
    place = event.event_loc
    return {"id": event.id, "lat": place.lat, "lon": place.lon, "place": place.name, "event": event.event,
            "date": event.date.isoformat() if event.date else None}
