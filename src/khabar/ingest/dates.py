"""Publication dates from metadata strings. A date is read only when the value states day, month and year:
partial or relative values ("March 2021", "yesterday") give ``None``, never a guess based on today."""
from __future__ import annotations

import datetime as dt
import time
from functools import cache
from typing import Any

# Two far-apart defaults: a field that dateutil fills from its default differs between them.
_DEFAULTS = (dt.datetime(1901, 1, 1), dt.datetime(1902, 2, 2))


def parse_date(value: Any) -> dt.date | None:
    """The calendar date ``value`` states (date, datetime, struct_time or string), else ``None``."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, time.struct_time):
        return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
    if isinstance(value, str):
        text = value.strip()
        return _iso(text) or _dateutil(text) or _dateparser(text)
    return None


def _iso(text: str) -> dt.date | None:
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        return None


def _dateutil(text: str) -> dt.date | None:
    from dateutil import parser

    try:
        first, second = (parser.parse(text, default=default) for default in _DEFAULTS)
    except (ValueError, OverflowError):
        return None
    return first.date() if first.date() == second.date() else None


def _dateparser(text: str) -> dt.date | None:
    """Other languages and formats; absolute dates only, all three parts required."""
    parsed = _dateparser_module().parse(text, settings={
        "PARSERS": ["absolute-time"], "REQUIRE_PARTS": ["day", "month", "year"],
        "RETURN_AS_TIMEZONE_AWARE": False, "PREFER_DAY_OF_MONTH": "first"})
    return parsed.date() if parsed else None


@cache
def _dateparser_module():
    import dateparser  # slow to import: only load it when the quick parsers fail

    return dateparser
