"""Resolved dates: ``DateValue`` (a day, week, month, year or range) and ``DateMention`` (a date expression
in a ``Doc`` with its value), and the constructors of a value at each precision.
"""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DateValue:
    """A resolved date: ``date`` alone for a day, ``date``..``enddate`` for a week, month, year or range."""

    date: dt.date | None
    enddate: dt.date | None
    precision: str  # one of model.DATE_PRECISION


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression in a ``Doc``: token offsets ``start``..``end`` (exclusive) and its value."""

    start: int
    end: int
    text: str
    value: DateValue


def _day(day: dt.date) -> DateValue:
    return DateValue(day, day, "day")


def _month(year: int, month: int) -> DateValue:
    last = calendar.monthrange(year, month)[1]
    return DateValue(dt.date(year, month, 1), dt.date(year, month, last), "month")


def _year(year: int) -> DateValue:
    return DateValue(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")


def _week_of(day: dt.date) -> DateValue:
    monday = day - dt.timedelta(days=day.weekday())
    return DateValue(monday, monday + dt.timedelta(days=6), "week")


def _shift_months(day: dt.date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1
