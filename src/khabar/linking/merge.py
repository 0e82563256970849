"""The merged view of an event group: one record per real event, with the range its reports give.

Rules (documented in the README):
- date: the most precise report's date (day before week before month ...); among equally precise
  reports, the date most reports give, then the earliest;
- place: the most precise location (ACLED geo-precision 1 before 2 before 3), ties to the most reported;
- sizes: ACLED's conservative choice, the lowest figure any report gives, with the low/high range kept;
- support: the number of distinct articles and sources, and when the event was first and last reported.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from ..model import Event, Place

_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "range": 3, "year": 4, "unknown": 5}


@dataclass(frozen=True, slots=True)
class Supported:
    """One report in a group, with the article metadata the merge needs."""

    event: Event
    source: str | None
    published: dt.date | None


@dataclass(frozen=True, slots=True)
class Group:
    id: str
    event: str
    date: dt.date | None
    enddate: dt.date | None
    date_precision: str
    place: Place | None
    dead: int | None
    dead_low: int | None
    dead_high: int | None
    injured: int | None
    arrested: int | None
    articles: int
    sources: int
    first_seen: dt.date | None
    last_seen: dt.date | None
    event_ids: tuple[str, ...]


def _best_date(events: list[Event]) -> tuple[dt.date | None, dt.date | None, str]:
    dated = [e for e in events if e.date is not None]
    if not dated:
        return None, None, "unknown"
    best_rank = min(_PRECISION_RANK.get(e.date_precision, 5) for e in dated)
    tied = [e for e in dated if _PRECISION_RANK.get(e.date_precision, 5) == best_rank]
    votes = Counter((e.date, e.enddate) for e in tied)
    (date, enddate), _ = min(votes.items(), key=lambda kv: (-kv[1], kv[0][0]))
    return date, enddate, tied[0].date_precision


def _best_place(events: list[Event]) -> Place | None:
    located = [e.event_loc for e in events if e.event_loc is not None]
    if not located:
        return None
    votes = Counter((p.name, p.precision or 9) for p in located)
    name, _ = min(votes, key=lambda k: (k[1], -votes[k], k[0]))
    return next(p for p in located if p.name == name)


def _low_high(values: list[int | None]) -> tuple[int | None, int | None]:
    known = [v for v in values if v is not None]
    return (min(known), max(known)) if known else (None, None)


def merge_group(group_id: str, members: list[Supported]) -> Group:
    events = sorted((m.event for m in members), key=lambda e: e.id)
    date, enddate, precision = _best_date(events)
    dead_low, dead_high = _low_high([e.size.dead for e in events])
    published = [m.published for m in members if m.published is not None]
    return Group(
        id=group_id, event=events[0].event, date=date, enddate=enddate, date_precision=precision,
        place=_best_place(events), dead=dead_low, dead_low=dead_low, dead_high=dead_high,
        injured=_low_high([e.size.injured for e in events])[0],
        arrested=_low_high([e.size.arrested for e in events])[0],
        articles=len({e.doc_id for e in events}), sources=len({m.source or m.event.doc_id for m in members}),
        first_seen=min(published) if published else None, last_seen=max(published) if published else None,
        event_ids=tuple(e.id for e in events),
    )
