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

TIME_OF_DAY_SLACK = dt.timedelta(days=1)  # how far "Thursday night" / "early on Friday" reach
WEEK_SLACK = dt.timedelta(days=3)  # how far "last week" reaches either side of its date
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


COUNTRY_KEY = "country:"


def actor_keys(actor: Actor) -> set[str]:
    """What identifies a party for linking: its id and its country. A bare unresolved name ("the
    gunmen") identifies nothing across articles, so it is neither evidence nor conflict."""
    return party_keys(actor.id, actor.country)


def party_keys(actor_id: str | None, country: str | None) -> set[str]:
    keys = {actor_id} if actor_id else set()
    if country:
        keys.add(COUNTRY_KEY + country)
    return keys


RECENT = dt.timedelta(days=7)  # an undated event later in a news report happened in the week before it
LEAD_RECENT = dt.timedelta(days=2)  # an undated event in the lead is the news of the last two days


@dataclass(frozen=True, slots=True)
class When:
    """What an event's time window is made of."""

    date: dt.date | None
    enddate: dt.date | None
    precision: str
    text: str  # the sentence, for the time of day ("Thursday night")
    lead: bool  # told in the article's first sentence
    published: dt.date | None


def _undated_window(when: When) -> tuple[dt.date, dt.date] | None:
    if when.published is None:
        return None
    return when.published - (LEAD_RECENT if when.lead else RECENT), when.published


# A word every match of the pattern contains. On ASCII text a match means its lower case holds one of them,
# and most sentences hold none: a substring test is a tenth of the cost of the pattern (run on every report).
_LATE_WORDS = ("night", "evening", "late")
_EARLY_WORDS = ("early", "dawn", "night", "small hours")


def _time_of_day(text: str) -> tuple[dt.timedelta, dt.timedelta]:
    """(days before, days after) a day-precise date that the time of day mentioned lets it reach."""
    lower = text.lower() if text.isascii() else None  # other text may match by case folding (the Kelvin sign)
    before = TIME_OF_DAY_SLACK if _may_match(lower, _EARLY_WORDS) and _EARLY.search(text) else dt.timedelta(0)
    after = TIME_OF_DAY_SLACK if _may_match(lower, _LATE_WORDS) and _LATE.search(text) else dt.timedelta(0)
    return before, after


def _may_match(lower: str | None, words: tuple[str, ...]) -> bool:
    return lower is None or any(word in lower for word in words)


def window(when: When) -> tuple[dt.date, dt.date] | None:
    """The days a report allows, or None when it cannot be placed in time."""
    if when.date is None or when.precision == "unknown":
        return _undated_window(when)
    start, end = when.date, when.enddate or when.date
    if when.precision == "month" and end == start:
        end = start.replace(day=calendar.monthrange(start.year, start.month)[1])
    elif when.precision == "year" and end == start:
        end = start.replace(month=12, day=31)
    if when.precision == "day":
        before, after = _time_of_day(when.text)
        return start - before, end + after
    slack = WEEK_SLACK if when.precision == "week" else dt.timedelta(0)
    return start - slack, end + slack


def place_key(geonameid: int | None, name: str | None) -> str | None:
    """What a place is, to tell "the same place": its gazetteer id, else its name."""
    if geonameid is not None:
        return f"geonames:{geonameid}"
    return f"name:{name.casefold()}" if name else None


def report_of(event: Event, *, source: str | None = None, published: dt.date | None = None) -> Report | None:
    """The linkable view of an event, or None when it cannot be placed in time (nothing to link on)."""
    when = When(event.date, event.enddate, event.date_precision, event.text, event.span[0] == 0, published)
    place = event.event_loc
    return make_report(
        event.id, event.doc_id, event.event, when, count=event.size.count,
        lat=place.lat if place else None, lon=place.lon if place else None,
        geo_precision=place.precision if place else None, country=(place.country or None) if place else None,
        place=place_key(place.geonameid, place.name) if place else None,
        actors=frozenset(k for a in event.actor for k in actor_keys(a)),
        recipients=frozenset(k for a in event.recipient for k in actor_keys(a)), source=source)


def make_report(event_id: str, doc_id: str, category: str, when: When, *, count: int | None, lat: float | None,
                lon: float | None, geo_precision: int | None, country: str | None, place: str | None,
                actors: frozenset[str], recipients: frozenset[str], source: str | None) -> Report | None:
    """A report from its parts (``report_of`` takes them from an ``Event``, the store from its columns)."""
    span = window(when)
    if span is None:
        return None
    return Report(
        id=event_id, doc_id=doc_id, event=category, start=span[0], end=span[1],
        precision=when.precision if when.date else "unknown", lat=lat, lon=lon, geo_precision=geo_precision,
        country=country, place=place, actors=actors, recipients=recipients,
        aggregate=(count or 0) >= 2 and (span[1] - span[0]).days > AGGREGATE_MIN_DAYS,
        source=source, published=when.published,
    )
