"""Actors: the most active ones under a filter, and one actor's aliases, relations and timelines.

An actor is looked up by name (or id) with the store's actor filter, which matches substrings; the
aliases are then taken only from mentions whose canonical name or id equals the one asked for.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request

from ...model import Actor, Event
from ...store import EventFilter, EventStore
from ..access import using
from ..errors import ApiError
from ..params import event_filter

router = APIRouter(prefix="/api", tags=["actors"])
SAMPLE = 1000  # events read to collect an actor's aliases


@router.get("/actors", summary="Actors seen in the filtered events, most frequent first")
def top_actors(request: Request, filters: Annotated[EventFilter, Depends(event_filter)],
               top: Annotated[int, Query(ge=1, le=1000)] = 20) -> dict[str, Any]:
    with using(request) as store:
        rows = store.aggregate(filters, by="actor")[:top]
    return {"actors": [{"name": name, "n": n} for name, n in rows]}


@router.get("/relations", summary="Actor relations stated in the stored articles")
def relations(request: Request, actor: Annotated[str | None, Query(max_length=200)] = None) -> dict[str, Any]:
    with using(request) as store:
        found = store.relations(actor=actor or None)
    return {"relations": [r.to_dict() for r in found]}


@router.get("/actors/{name:path}", summary="One actor: aliases, relations, and its events over time")
def one_actor(request: Request, name: str, filters: Annotated[EventFilter, Depends(event_filter)]) -> dict[str, Any]:
    with using(request) as store:
        as_actor = replace(filters, initiator=name)
        as_recipient = replace(filters, recipient=name)
        mentions = _mentions(store, as_actor, as_recipient, name)
        if not mentions:
            raise ApiError(404, f"no events with actor {name!r} match this filter")
        body = {"name": name, **_identity(mentions),
                "relations": [r.to_dict() for r in store.relations(actor=name)],
                "as_actor": {"total": store.count_events(as_actor), "weeks": _rows(store, as_actor)},
                "as_recipient": {"total": store.count_events(as_recipient), "weeks": _rows(store, as_recipient)}}
    return body


def _rows(store: EventStore, filters: EventFilter) -> list[list]:
    return [list(row) for row in store.aggregate(filters, by="week")]


def _mentions(store: EventStore, as_actor: EventFilter, as_recipient: EventFilter, name: str) -> list[Actor]:
    events = store.events(as_actor, limit=SAMPLE) + store.events(as_recipient, limit=SAMPLE)
    return [a for e in events for a in _participants(e) if _same(a, name)]


def _participants(event: Event) -> tuple[Actor, ...]:
    return event.actor + event.recipient


def _same(actor: Actor, name: str) -> bool:
    key = name.casefold()
    return actor.name.casefold() == key or (actor.id or "").casefold() == key


def _identity(mentions: list[Actor]) -> dict[str, list[str]]:
    names = {a.name for a in mentions}
    aliases = {a.text for a in mentions} | {alias for a in mentions for alias in a.aliases}
    return {"ids": sorted({a.id for a in mentions if a.id}), "aliases": sorted(aliases - names),
            "countries": sorted({a.country for a in mentions if a.country}),
            "sectors": sorted({a.sector for a in mentions if a.sector})}
