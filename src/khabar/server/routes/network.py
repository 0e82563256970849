"""The actor network of the filtered events: actors as nodes, actor->recipient pairs as edges by quad class."""
from __future__ import annotations

from collections import Counter
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request

from ...model import Event
from ...store import EventFilter
from ..access import using
from ..params import event_filter
from ..quads import quad_of

router = APIRouter(prefix="/api", tags=["network"])

Edge = tuple[str, str, str | None]


@router.get("/network", summary="Actors as nodes and events as edges, coloured by quad class")
def network(request: Request, filters: Annotated[EventFilter, Depends(event_filter)],
            limit: Annotated[int, Query(ge=1, le=20000, description="most recent events to draw")] = 2000,
            top: Annotated[int, Query(ge=2, le=300, description="most connected actors kept")] = 60,
            ) -> dict[str, Any]:
    with using(request) as store:
        events = store.events(filters, limit=limit, order_by="date", descending=True)
    edges = Counter(edge for e in events for edge in _edges(e))
    keep = {name for name, _ in _degree(edges).most_common(top)}
    kept = Counter({edge: n for edge, n in edges.items() if edge[0] in keep and edge[1] in keep})
    return {"events": len(events),
            "nodes": [{"id": name, "n": n} for name, n in _degree(kept).most_common()],
            "edges": [{"source": s, "target": t, "quad": q, "n": n} for (s, t, q), n in
                      sorted(kept.items(), key=lambda item: -item[1])]}


def _edges(event: Event) -> list[Edge]:
    quad = quad_of(event.event)
    return [(a.name, r.name, quad) for a in event.actor for r in event.recipient if a.name and r.name
            and a.name != r.name]


def _degree(edges: Counter) -> Counter:
    """How many events touch each actor."""
    degree: Counter = Counter()
    for (source, target, _), n in edges.items():
        degree[source] += n
        degree[target] += n
    return degree
