"""Summaries for charts and the map: counts by week or month x category, country, actor, ACLED type or
category; store totals; and the coordinates of the filtered events."""
from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request

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
    limit = None if by in TIME_GROUPINGS else top  # LIMIT in SQL: a top-N, not a sort of every group
    with using(request) as store:
        rows = store.aggregate(filters, by=by, limit=limit)
    columns = ["period", "category", "n"] if by in TIME_GROUPINGS else ["key", "n"]
    return {"by": by, "columns": columns, "rows": [list(row) for row in rows]}


@router.get("/stats", summary="Totals of the store: by category, month, country and actor, and failures")
def stats(request: Request, filters: Annotated[EventFilter, Depends(event_filter)]) -> dict[str, Any]:
    with using(request) as store:
        found = store.stats(filters)
    return {"total": found.total, "by_category": _pairs(found.by_category), "by_month": _pairs(found.by_month),
            "by_country": _pairs(found.by_country), "by_actor": _pairs(found.by_actor),
            "failures": found.failures}


def _pairs(counts) -> list[list]:
    return [list(pair) for pair in counts]


@router.get("/points", summary="Coordinates of the most recent located events of the filter, for the map")
def points(request: Request, filters: Annotated[EventFilter, Depends(event_filter)],
           limit: Annotated[int, Query(ge=1, le=20000)] = MAP_LIMIT) -> dict[str, Any]:
    with using(request) as store:
        found = store.points(filters, limit=limit)
    return {"points": [{"id": id_, "lat": lat, "lon": lon, "place": place, "event": event,
                        "date": day.isoformat() if day else None} for id_, lat, lon, place, event, day in found]}
