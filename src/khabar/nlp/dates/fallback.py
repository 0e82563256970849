"""dateparser for the date forms the patterns do not cover, kept only where the phrase supports its
result and never resolved against the clock.
"""
from __future__ import annotations

import datetime as dt
from functools import cache

from .patterns import _ANY_YEAR, _MONTH_OR_NUMERIC_DATE
from .values import DateValue, _day, _month, _week_of, _year


_PERIODS = {"day": "day", "week": "week", "month": "month", "year": "year"}


def _fallback(phrase: str, published: dt.date | None) -> DateValue | None:
    """dateparser for the forms our patterns do not cover ("the 3rd of March"), never against the clock."""
    if not _states_date_parts(phrase):
        return None  # whatever dateparser made of it would be dropped: not parsed (its import alone costs 0.4 s)
    try:
        data = _parser(published).get_date_data(phrase)
    except (ValueError, OverflowError):  # dateparser rejects some digit strings this way
        return None
    if data is None or data.date_obj is None or not _plausible(phrase, data.date_obj.date()):
        return None
    day = data.date_obj.date()
    period = _PERIODS.get(data.period or "day", "day")
    if period == "month":
        return _month(day.year, day.month)
    if period == "year":
        return _year(day.year)
    return _week_of(day) if period == "week" else _day(day)


def _states_date_parts(phrase: str) -> bool:
    """dateparser fills gaps freely ("the 1990s" → yesterday, a bare "42"): only a phrase that
    states a year, a month or a numeric date can support its result."""
    return bool(_ANY_YEAR.search(phrase) or _MONTH_OR_NUMERIC_DATE.search(phrase))


def _plausible(phrase: str, day: dt.date) -> bool:
    """A result whose year is not the one the phrase states is dateparser's guess, not the phrase's."""
    year = _ANY_YEAR.search(phrase)
    return not year or int(year.group(0)) == day.year


@cache
def _parser(published: dt.date | None):
    from dateparser.date import DateDataParser  # heavy: imported only when a phrase needs it

    base = dt.datetime.combine(published or dt.date(1, 1, 1), dt.time())
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False,
                "STRICT_PARSING": published is None, "REQUIRE_PARTS": [] if published else ["year"]}
    return DateDataParser(languages=["en"], settings=settings)
