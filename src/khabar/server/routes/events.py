"""Events: the filtered, paged list, and one event with its article, marked spans, linked reports and reviews."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request

from ...store import EventFilter, EventStore
from ..access import using
from ..errors import ApiError
from ..params import Page, event_filter, page
from ..views import article_summary, event_json, marks

router = APIRouter(prefix="/api/events", tags=["events"])
LINKED_LIMIT = 50


@router.get("", summary="Events matching the filter, one page at a time")
def list_events(request: Request, filters: Annotated[EventFilter, Depends(event_filter)],
                paging: Annotated[Page, Depends(page)]) -> dict[str, Any]:
    with using(request) as store:
        total = store.count_events(filters)
        found = store.events(filters, limit=paging.limit, offset=paging.offset, order_by=paging.sort,
                             descending=paging.desc)
    return {"total": total, "limit": paging.limit, "offset": paging.offset, "sort": paging.sort,
            "desc": paging.desc, "events": [event_json(e) for e in found]}


@router.get("/{event_id}", summary="One event, its article with marked spans, linked reports and reviews")
def one_event(request: Request, event_id: str) -> dict[str, Any]:
    with using(request) as store:
        event = store.event(event_id)
        if event is None:
            raise ApiError(404, f"no event {event_id!r} in this store")
        article = store.article(event.doc_id)
        linked = _linked(store, event)
        reviews = [r for r in store.reviews() if r.get("event_id") == event_id]
    return {"event": event_json(event), "article": article.to_dict() if article else None,
            "article_summary": article_summary(article) if article else None,
            "marks": [m.to_dict() for m in marks(article.text, event)] if article else [],
            "linked": linked, "reviews": reviews}


def _linked(store: EventStore, event) -> list[dict[str, Any]]:
    """Other reports of the same real event (same ``link``), from any article."""
    if not event.link:
        return []
    same = store.events(EventFilter(link=event.link, factuality=()), limit=LINKED_LIMIT)
    return [event_json(e) for e in same if e.id != event.id]

