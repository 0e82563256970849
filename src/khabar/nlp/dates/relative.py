"""Dates counted from the publication date ("yesterday", "last Friday", "in March", "two weeks ago", "the
past three months") or from an anchor, the previous day-precise date of the text ("a day later").
"""
from __future__ import annotations

import calendar
import datetime as dt

from ..quantities import parse_number
from .patterns import (SEASON_MONTHS, WEEKDAYS, _AFTER_SPAN, _AGO, _ANCHORED, _ANCHORED_PERIOD, _DEICTIC_PERIOD,
                       _LATER, _MONTH_OF_YEAR, _SEASON, _THAT_YEAR,
                       _PAST_SPAN, _RELATIVE_MONTH, _SAME_DAY, _TODAY, _UNDER, _WEEKDAY, _WEEKEND, _month_number)
from .values import DateValue, _day, _month, _shift_months, _week_of, _year


def _deictic_day(phrase: str, published: dt.date) -> DateValue | None:
    offset = _TODAY.get(phrase)
    return _day(published + dt.timedelta(days=offset)) if offset is not None else None


def _weekday(phrase: str, published: dt.date) -> DateValue | None:
    match = _WEEKDAY.match(phrase)
    if match is None:
        return None
    target = WEEKDAYS.index(match.group(2))
    if match.group(1) == "next":
        ahead = (target - published.weekday()) % 7 or 7
        return _day(published + dt.timedelta(days=ahead))
    back = (published.weekday() - target) % 7
    if back == 0 and match.group(1) in ("last", "past"):
        back = 7  # "last Friday" in Friday's paper is a week ago; a bare "on Friday" is the day of publication
    return _day(published - dt.timedelta(days=back))


def _weekend(phrase: str, published: dt.date) -> DateValue | None:
    """"over the weekend": the last Saturday and Sunday before publication; in Sunday's paper, that Saturday and the
    day itself ("last weekend" there is the one before)."""
    if not _WEEKEND.match(phrase):
        return None
    back = (published.weekday() - 6) % 7
    sunday = published - dt.timedelta(days=back or (7 if phrase.startswith("last") else 0))
    return DateValue(sunday - dt.timedelta(days=1), sunday, "range")


def _relative_month(phrase: str, published: dt.date) -> DateValue | None:
    match = _RELATIVE_MONTH.match(phrase)
    if match is None:
        return None
    which, month = match.group(1), _month_number(match.group(2))
    if which == "next":
        return _month(published.year + (month <= published.month), month)
    if which == "this":
        return _month(published.year, month)
    strictly_before = which in ("last", "past")
    in_past_year = month > published.month or (strictly_before and month == published.month)
    return _month(published.year - in_past_year, month)


def _month_of_year(phrase: str, published: dt.date) -> DateValue | None:
    """"in July last year", "March of this year", "in May next year": the month of the year told."""
    match = _MONTH_OF_YEAR.match(phrase)
    if match is None:
        return None
    step = {"last": -1, "this": 0, "next": 1}[match.group(2)]
    return _month(published.year + step, _month_number(match.group(1)))


def _ago(phrase: str, published: dt.date) -> DateValue | None:
    match = _AGO.match(phrase)
    if match is None:
        return None
    count, unit = match.group(1), match.group(2)
    if under := _UNDER.match(count):  # "less than a week ago": the days since then, up to publication
        amount = _amount(count[under.end():])
        return DateValue(_back(published, amount, unit), published, "range") if amount is not None else None
    amount = _amount(count)
    return _offset(published, -amount, unit) if amount is not None else None


def _amount(text: str) -> int | None:
    return 1 if text in ("a", "an", "one") else parse_number(text)


def _offset(day: dt.date, amount: int, unit: str) -> DateValue | None:
    """The day, week, month or year ``amount`` units from ``day``, at that unit's precision."""
    if unit == "day":
        return _day(day + dt.timedelta(days=amount))
    if unit == "week":
        return _week_of(day + dt.timedelta(weeks=amount))
    if unit == "month":
        return _month(*_shift_months(day, amount))
    years = amount * (10 if unit == "decade" else 1)
    return _year(day.year + years)


def _deictic_period(phrase: str, published: dt.date) -> DateValue | None:
    match = _DEICTIC_PERIOD.match(phrase)
    if match is None or match.group(2) == "decade":
        return None
    if match.group(1) == "past":  # "in the past week": the seven days up to publication, not last calendar week
        return DateValue(_back(published, 1, match.group(2)), published, "range")
    step = {"last": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}[match.group(1)]
    return _offset(published, step, match.group(2))


def _past_span(phrase: str, published: dt.date) -> DateValue | None:
    """"the past two decades", "over the last three months": a range ending at publication."""
    match = _PAST_SPAN.match(phrase)
    amount = _amount(match.group(1)) if match else None
    if amount is None:
        return None
    return DateValue(_back(published, amount, match.group(2)), published, "range")


def _back(day: dt.date, amount: int, unit: str) -> dt.date:
    """The same day ``amount`` units earlier (clamped to the month's end: 31 March - 1 month = 28/29 Feb)."""
    if unit in ("day", "week"):
        return day - dt.timedelta(days=amount * (7 if unit == "week" else 1))
    months = amount * {"month": 1, "year": 12, "decade": 120}[unit]
    year, month = _shift_months(day, -months)
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _anchored_period(phrase: str, published: dt.date | None, anchor: DateValue | None) -> DateValue | None:
    """"The week before, rebels seized the airport", "the previous month", "the following week": the unit before or
    after the one of the story's last day; with no such day, "the previous week" is the one before publication's,
    and a unit after nothing told stays unresolved."""
    match = _ANCHORED_PERIOD.match(phrase)
    which, unit = (match.group(1), match.group(2)) if match.group(1) else (match.group(4), match.group(3))
    step = 1 if which in ("following", "after") else -1
    if anchor is not None and anchor.date is not None and (anchor.precision == "day" or unit == "year"):
        return _offset(anchor.date, step, unit)  # "the following year" counts from a month or year told as well
    return _offset(published, step, unit) if published is not None and which in ("previous", "preceding") else None


def is_after_span(phrase: str) -> bool:
    return _AFTER_SPAN.match(phrase) is not None


def counts_from_any_time(phrase: str) -> bool:
    """Phrases counted from the last time told whatever its precision ("in the following weeks", "that year", "the
    following year"), not only from a day."""
    period = _ANCHORED_PERIOD.match(phrase)
    year_period = period is not None and "year" in (period.group(2), period.group(3))
    return is_after_span(phrase) or _THAT_YEAR.match(phrase) is not None or year_period


def _that_year(phrase: str, anchor: DateValue | None) -> DateValue | None:
    """"in August that year", "later that year": the year (or its month) of the last time told."""
    match = _THAT_YEAR.match(phrase)
    if anchor is None or anchor.date is None or (anchor.enddate or anchor.date).year != anchor.date.year:
        return None  # a stretch over years names no one year
    year = anchor.date.year
    return _month(year, _month_number(match.group(1))) if match.group(1) else _year(year)


def _season(phrase: str, published: dt.date) -> DateValue | None:
    """"last spring", "in the summer of 2019", "this autumn": the season's three months (a winter runs into the next
    year); bare or "this", the latest one begun by publication; "last", the latest one over by then."""
    match = _SEASON.match(phrase)
    if match is None:
        return None
    which, first = match.group(1), SEASON_MONTHS[match.group(2)]
    if match.group(3):
        return _season_of(int(match.group(3)), first)
    year = published.year
    season = _season_of(year, first)
    if which == "this":
        return season
    while season.date > published or (which in ("last", "past") and season.enddate >= published):
        year -= 1
        season = _season_of(year, first)
    return season


def _season_of(year: int, first: int) -> DateValue:
    end_year, end_month = _shift_months(dt.date(year, first, 1), 2)
    return DateValue(dt.date(year, first, 1), dt.date(end_year, end_month, calendar.monthrange(end_year, end_month)[1]),
                     "range")


def _is_anchored(phrase: str) -> bool:
    match = _LATER.match(phrase)
    return phrase in _ANCHORED or match is not None or _SAME_DAY.match(phrase) is not None


def _anchored(phrase: str, anchor: DateValue | None) -> DateValue | None:
    """"a day later", "the next day", "two weeks later": counted from the anchor's day."""
    if anchor is None or anchor.precision != "day" or anchor.date is None:
        return None
    if phrase in _ANCHORED:
        return _day(anchor.date + dt.timedelta(days=_ANCHORED[phrase]))
    if _SAME_DAY.match(phrase):
        return _day(anchor.date)
    match = _LATER.match(phrase)
    if match is None:
        return None
    amount = _amount(match.group(1))
    if amount is None or match.group(2) not in ("day", "week"):
        return None
    sign = 1 if match.group(3) in ("later", "after") else -1
    return _day(anchor.date + dt.timedelta(days=sign * amount * (7 if match.group(2) == "week" else 1)))


def _after_span(phrase: str, published: dt.date | None, after: DateValue | None) -> DateValue | None:
    """"in the following weeks", "in the months since": from the day after the last time told (the first day of a
    month or year told) up to publication; nothing when no time was told."""
    if after is None or after.date is None or published is None:
        return None
    start = after.date + dt.timedelta(days=1) if after.precision == "day" else after.date
    return DateValue(start, published, "range") if start <= published else None
