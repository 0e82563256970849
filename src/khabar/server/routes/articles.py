"""Stored articles: a paged list of summaries, and one article with its events."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from ...store import EventFilter
from ..access import using
from ..errors import ApiError
from ..views import article_summary, event_json

router = APIRouter(prefix="/api/articles", tags=["articles"])
ARTICLE_EVENTS_LIMIT = 500


@router.get("", summary="Stored articles (without their text)")
def list_articles(request: Request, limit: Annotated[int, Query(ge=1, le=500)] = 50,
                  offset: Annotated[int, Query(ge=0)] = 0) -> dict[str, Any]:
    with using(request) as store:
        found = store.articles(limit=limit, offset=offset)
    return {"limit": limit, "offset": offset, "articles": [article_summary(a) for a in found]}


@router.get("/{article_id:path}", summary="One article with its text and every event coded from it")
def one_article(request: Request, article_id: str) -> dict[str, Any]:
    with using(request) as store:
        article = store.article(article_id)
        if article is None:
            raise ApiError(404, f"no article {article_id!r} in this store")
        found = store.events(EventFilter(doc_id=article_id, factuality=()), limit=ARTICLE_EVENTS_LIMIT)
    return {"article": article.to_dict(), "events": [event_json(e) for e in found]}
