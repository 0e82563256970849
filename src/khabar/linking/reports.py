"""The linking view of one event report: its time window, place, parties and provenance.

Linking compares reports, not raw events: each ``Report`` carries the window the report allows, so
that comparisons stay cheap and symmetric:
- a day-precise date is that day; a night-time event ("on Thursday night", "late on Friday") also
  reaches the next day and an early-morning one ("early on Friday", "overnight") the day before,
  because a report from another time zone, or a report counting the night from its start, dates
  it a day apart. No other slack: two events on consecutive days at one place stay apart;
- "last week" allows three days either side, "in December" the month, a year the year;
- an undated event stands at its article's publication date: the lead of a news report tells the
  news of the last two days, anything later in the text the week before.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from ..model import Actor, Event

_DAY = dt.timedelta(days=1)
# How far a report of each precision may be from another and still be the same event.
_SLACK = {"week": dt.timedelta(days=3)}
_LATE = re.compile(r"\b(night|evening|late on|late (?:mon|tues|wednes|thurs|fri|satur|sun)day|midnight|overnight)\b", re.I)
_EARLY = re.compile(r"\b(early on|early (?:mon|tues|wednes|thurs|fri|satur|sun)day|early hours|before dawn|"
                    r"after midnight|overnight|small hours)\b", re.I)
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
    place: str | None  # what the place is (its gazetteer id, else its name), to tell "the same place"
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


RECENT = dt.timedelta(days=7)  # an undated event later in a news report happened in the week before it
LEAD_RECENT = dt.timedelta(days=2)  # an undated event in the lead is the news of the last two days


def _undated_window(event: Event, published: dt.date | None) -> tuple[dt.date, dt.date] | None:
    if published is None:
        return None
    return published - (LEAD_RECENT if event.span[0] == 0 else RECENT), published


def _time_of_day(event: Event) -> tuple[dt.timedelta, dt.timedelta]:
    """(days before, days after) a day-precise date that the time of day mentioned lets it reach."""
    before = _DAY if _EARLY.search(event.text) else dt.timedelta(0)
    after = _DAY if _LATE.search(event.text) else dt.timedelta(0)
    return before, after


def _window(event: Event, published: dt.date | None) -> tuple[dt.date, dt.date] | None:
    if event.date is None or event.date_precision == "unknown":
        return _undated_window(event, published)
    start, end = event.date, event.enddate or event.date
    if event.date_precision == "month" and end == start:
        end = start.replace(day=calendar.monthrange(start.year, start.month)[1])
    elif event.date_precision == "year" and end == start:
        end = start.replace(month=12, day=31)
    if event.date_precision == "day":
        before, after = _time_of_day(event)
        return start - before, end + after
    slack = _SLACK.get(event.date_precision, dt.timedelta(0))
    return start - slack, end + slack


def _country(event: Event) -> str | None:
    if event.event_loc is not None and event.event_loc.country:
        return event.event_loc.country
    return None


def _place_key(event: Event) -> str | None:
    place = event.event_loc
    if place is None:
        return None
    return f"geonames:{place.geonameid}" if place.geonameid is not None else f"name:{place.name.casefold()}"


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
        geo_precision=place.precision if place else None, country=_country(event), place=_place_key(event),
        actors=frozenset(k for a in event.actor for k in actor_keys(a)),
        recipients=frozenset(k for a in event.recipient for k in actor_keys(a)),
        aggregate=(event.size.count or 0) >= 2 and span_days > AGGREGATE_MIN_DAYS,
        source=source, published=published,
    )
