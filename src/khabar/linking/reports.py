"""The linking view of one event report: its time window, place, parties and provenance.

Linking compares reports, not raw events: each ``Report`` carries the window the report allows
(a day-precise date allows a day either side, "in December" allows the month), so that comparisons
stay cheap and symmetric.
"""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from ..model import Actor, Event

_DAY = dt.timedelta(days=1)
# How far a report of each precision may be from another and still be the same event.
_SLACK = {"day": dt.timedelta(days=1), "week": dt.timedelta(days=3)}
AGGREGATE_MIN_DAYS = 14  # a report spanning more than two weeks with a count of events is an aggregate


@dataclass(frozen=True, slots=True)
class Report:
    id: str
    doc_id: str
    event: str
    start: dt.date
    end: dt.date
    precision: str
    lat: float | None
    lon: float | None
    geo_precision: int | None
    country: str | None
    actors: frozenset[str]
    recipients: frozenset[str]
    aggregate: bool
    source: str | None = None
    published: dt.date | None = None

    @property
    def months(self) -> list[tuple[int, int]]:
        """The (year, month) blocks this report's window touches."""
        out, year, month = [], self.start.year, self.start.month
        while (year, month) <= (self.end.year, self.end.month):
            out.append((year, month))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return out


COUNTRY_KEY = "country:"


def actor_keys(actor: Actor) -> set[str]:
    """What identifies a party for linking: its id and its country. A bare unresolved name ("the
    gunmen") identifies nothing across articles, so it is neither evidence nor conflict."""
    keys = {actor.id} if actor.id else set()
    if actor.country:
        keys.add(COUNTRY_KEY + actor.country)
    return keys


RECENT = dt.timedelta(days=7)  # an undated event in a news report happened in the week before it


def _window(event: Event, published: dt.date | None) -> tuple[dt.date, dt.date] | None:
    if event.date is None or event.date_precision == "unknown":
        return (published - RECENT, published) if published is not None else None
    start, end = event.date, event.enddate or event.date
    if event.date_precision == "month" and end == start:
        end = start.replace(day=calendar.monthrange(start.year, start.month)[1])
    elif event.date_precision == "year" and end == start:
        end = start.replace(month=12, day=31)
    slack = _SLACK.get(event.date_precision, dt.timedelta(0))
    return start - slack, end + slack


def _country(event: Event) -> str | None:
    if event.event_loc is not None and event.event_loc.country:
        return event.event_loc.country
    return None


def report_of(event: Event, *, source: str | None = None, published: dt.date | None = None) -> Report | None:
    """The linkable view of an event, or None when it cannot be placed in time (nothing to link on)."""
    window = _window(event, published)
    if window is None:
        return None
    place = event.event_loc
    span_days = (window[1] - window[0]).days
    return Report(
        id=event.id, doc_id=event.doc_id, event=event.event, start=window[0], end=window[1],
        precision=event.date_precision if event.date else "unknown",
        lat=place.lat if place else None, lon=place.lon if place else None,
        geo_precision=place.precision if place else None, country=_country(event),
        actors=frozenset(k for a in event.actor for k in actor_keys(a)),
        recipients=frozenset(k for a in event.recipient for k in actor_keys(a)),
        aggregate=(event.size.count or 0) >= 2 and span_days > AGGREGATE_MIN_DAYS,
        source=source, published=published,
    )
