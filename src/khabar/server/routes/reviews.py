"""Analyst reviews: mark an event wrong, correct its fields, or note a missed event on a sentence.

Every review is appended to the store's audit trail with ``add_review``; the machine's row is never
changed, and queries then show the reviewed values.
"""
from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, ConfigDict, Field

from ..access import using
from ..errors import ApiError
from ..security import require_writer
from ..views import event_json

router = APIRouter(prefix="/api/reviews", tags=["reviews"])

Text = Annotated[str, Field(max_length=2000)]


class SizeIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    dead: int | None = Field(default=None, ge=0)
    injured: int | None = Field(default=None, ge=0)
    arrested: int | None = Field(default=None, ge=0)
    count: int | None = Field(default=None, ge=0)


class ActorIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: Annotated[str, Field(min_length=1, max_length=200)]
    text: Annotated[str | None, Field(max_length=200)] = None
    id: Annotated[str | None, Field(max_length=100)] = None
    country: Annotated[str | None, Field(pattern="^[A-Z]{3}$")] = None
    sector: Annotated[str | None, Field(max_length=20)] = None


class PlaceIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: Annotated[str, Field(min_length=1, max_length=200)]
    country: Annotated[str | None, Field(pattern="^[A-Z]{3}$")] = None
    lat: float | None = Field(default=None, ge=-90, le=90)
    lon: float | None = Field(default=None, ge=-180, le=180)
    admin1: Annotated[str | None, Field(max_length=200)] = None


class Corrections(BaseModel):
    """The fields a reviewer may set (PLOVER names); the ones left out keep the machine's value."""

    model_config = ConfigDict(extra="forbid")
    event: Annotated[str | None, Field(pattern="^[A-Z]{2,20}$")] = None
    mode: Annotated[str | None, Field(max_length=40)] = None
    actor: list[ActorIn] | None = Field(default=None, max_length=20)
    recipient: list[ActorIn] | None = Field(default=None, max_length=20)
    date: dt.date | None = None
    enddate: dt.date | None = None
    event_loc: PlaceIn | None = None
    size: SizeIn | None = None


class ReviewIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    action: Literal["wrong", "correct", "missed"]
    reviewer: Annotated[str, Field(min_length=1, max_length=100)]
    event_id: Annotated[str | None, Field(max_length=100)] = None  # for wrong / correct
    doc_id: Annotated[str | None, Field(max_length=2000)] = None  # for missed
    sentence: Text | None = None  # for missed: the sentence that holds the event
    after: Corrections = Corrections()
    note: Text = ""


@router.get("", summary="The review audit trail, oldest first")
def list_reviews(request: Request) -> dict[str, Any]:
    with using(request) as store:
        return {"reviews": store.reviews()}


@router.post("", status_code=201, dependencies=[Depends(require_writer)],
             summary="Record a review (needs the bearer token when the server has one)")
def add_review(request: Request, review: ReviewIn) -> dict[str, Any]:
    _check_targets(review)
    after = review.after.model_dump(mode="json", exclude_unset=True)
    with using(request) as store:
        if review.event_id is not None and store.event(review.event_id) is None:
            raise ApiError(404, f"no event {review.event_id!r} to review")
        review_id = store.add_review(event_id=review.event_id, reviewer=review.reviewer, action=review.action,
                                     after=after, note=review.note, sentence=review.sentence, doc_id=review.doc_id)
        saved = next(r for r in store.reviews() if r["id"] == review_id)
        current = store.event(saved["event_id"]) if saved.get("event_id") else None
    return {"review": saved, "event": event_json(current) if current else None}


def _check_targets(review: ReviewIn) -> None:
    if review.action == "missed" and not (review.doc_id and review.sentence):
        raise ApiError(422, "a 'missed' review needs doc_id and sentence", code="invalid_request")
    if review.action != "missed" and not review.event_id:
        raise ApiError(422, f"a '{review.action}' review needs event_id", code="invalid_request")
    if review.action == "correct" and not review.after.model_fields_set:
        raise ApiError(422, "a 'correct' review needs at least one field in 'after'", code="invalid_request")
