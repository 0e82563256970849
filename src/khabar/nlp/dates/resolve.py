"""``resolve_date``: the value of a date expression against the publication date. Ranges ("between X and
Y", "since X") and dates that carry their own year resolve here; the forms counted from publication or
from an anchor are ``relative``'s, and what no pattern covers is left to dateparser (``fallback``).
"""
from __future__ import annotations

import datetime as dt

from .fallback import _fallback
from .patterns import (WEEKDAYS, _ANCHORED_PERIOD, _ANY_YEAR, _DAY_MONTH, _DECADE, _ISO, _LEADING, _MONTH_DAY,
                       _MONTH_YEAR, _RANGE, _RELATIVE_MONTH, _SINCE, _SPACES, _THAT_YEAR, _TRAILING, _WEEKDAY,
                       _WEEKDAY_PAIR, _YEAR, _YEAR_AT_END, _month_number)
from .relative import (_after_span, _ago, _anchored, _anchored_period, _deictic_day, _deictic_period, _is_anchored,
                       _month_of_year, _past_span, _relative_month, _season, _that_year, _weekday, _weekend,
                       is_after_span)
from .values import DateValue, _day, _month, _year


def resolve_date(text: str, published: dt.date | None, *, anchor: DateValue | None = None,
                 ahead: bool = False) -> DateValue | None:
    """The value of a date expression, or None when it cannot be resolved without guessing.

    ``anchor`` is the date a phrase like "a day later" counts from (the previous dated event); ``ahead``
    says the phrase dates something still to come ("will vote in May"), so a bare weekday, month or
    yearless day is the next one rather than the last.
    """
    phrase = _clean(text)
    if not phrase:
        return None
    if _ANCHORED_PERIOD.match(phrase):  # "the week before": a whole unit before the story's last day
        return _anchored_period(phrase, published, anchor)
    if is_after_span(phrase):  # "in the following weeks": after the story's last time told, up to publication
        return _after_span(phrase, published, anchor)
    if _THAT_YEAR.match(phrase):  # "in August that year": the year of the story's last time told
        return _that_year(phrase, anchor)
    if _is_anchored(phrase):  # "the next day" counts from the story's last date, never from publication
        return _anchored(phrase, anchor)
    for resolver in (_resolve_range, _resolve_since):
        value = resolver(phrase, published, anchor)
        if value is not None:
            return value
    point = _strip_modifiers(phrase)
    if pair := _WEEKDAY_PAIR.match(point):
        return _weekday_pair(pair.group(1), pair.group(2), published, ahead)
    value = _resolve_point(point, published, anchor)
    return _forward(point, value, published) if ahead and value is not None and published else value


def _forward(phrase: str, value: DateValue, published: dt.date) -> DateValue:
    """The next occurrence of a bare weekday, month or yearless day that resolved to one before publication."""
    if value.date is None or (value.enddate or value.date) >= published:
        return value
    weekday, month = _WEEKDAY.match(phrase), _RELATIVE_MONTH.match(phrase)
    if weekday is not None and weekday.group(1) in (None, "this"):
        return _day(value.date + dt.timedelta(days=7))
    if month is not None and month.group(1) is None:
        return _month(value.date.year + 1, value.date.month)
    if (_MONTH_DAY.match(phrase) or _DAY_MONTH.match(phrase)) and not _ANY_YEAR.search(phrase):
        return _safe(lambda: _day(value.date.replace(year=value.date.year + 1))) or value
    return value


def _weekday_pair(first: str, second: str, published: dt.date | None, ahead: bool) -> DateValue | None:
    """"on Monday and Tuesday": the two days, the second the last such day (or the next, ahead), the first
    the one before it."""
    if published is None:
        return None
    end = resolve_date(second, published, ahead=ahead).date
    start = end - dt.timedelta(days=(end.weekday() - WEEKDAYS.index(first)) % 7 or 7)
    return DateValue(start, end, "range")


def _clean(text: str) -> str:
    text = text.lower().replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-")
    return _SPACES.sub(" ", text).strip(" .,;:")


def _strip_modifiers(phrase: str) -> str:
    while (stripped := _TRAILING.sub("", _LEADING.sub("", phrase))) != phrase:
        phrase = stripped
    return phrase


def _resolve_range(phrase: str, published: dt.date | None, anchor: DateValue | None) -> DateValue | None:
    match = _RANGE.match(phrase)
    if match is None:
        return None
    left_text, right_text = match.group(1), match.group(2)
    year = _YEAR_AT_END.search(right_text)
    if year and not _ANY_YEAR.search(left_text):
        left_text = f"{left_text} {year.group(0)}"  # "between March and May 2019": March 2019
    right = resolve_date(right_text, published, anchor=anchor)
    left = resolve_date(left_text, published, anchor=anchor)
    if left is None or right is None or left.date is None:
        return None
    if right.date is not None and left.date > right.date and not year:
        left = resolve_date(f"{left_text} {right.date.year - 1}", published)  # "from December to February"
    end = right.enddate or right.date
    return DateValue(left.date, end, "range") if left and left.date and end and left.date <= end else None


def _resolve_since(phrase: str, published: dt.date | None, anchor: DateValue | None) -> DateValue | None:
    match = _SINCE.match(phrase)
    if match is None:
        return None
    start = resolve_date(match.group(1), published, anchor=anchor)
    if start is None or start.date is None:
        return None
    return DateValue(start.date, published, "range")


def _resolve_point(phrase: str, published: dt.date | None, anchor: DateValue | None) -> DateValue | None:
    absolute = _absolute(phrase, published)
    if absolute is not None:
        return absolute
    if published is None:
        return None
    for resolver in (_deictic_day, _weekday, _weekend, _relative_month, _month_of_year, _ago, _deictic_period,
                     _past_span, _season):
        value = resolver(phrase, published)
        if value is not None:
            return value
    return _fallback(phrase, published)


def _absolute(phrase: str, published: dt.date | None) -> DateValue | None:
    """Dates that carry their year, plus day-month forms whose year comes from publication."""
    if match := _ISO.match(phrase):
        return _safe(lambda: _day(dt.date(*map(int, match.groups()))))
    if match := _YEAR.match(phrase):
        return _year(int(match.group(1)))
    if match := _DECADE.match(phrase):
        start = int(match.group(1))
        return DateValue(dt.date(start, 1, 1), dt.date(start + 9, 12, 31), "range")
    if match := _MONTH_YEAR.match(phrase):
        return _month(int(match.group(2)), _month_number(match.group(1)))
    if match := _MONTH_DAY.match(phrase):
        return _day_in(_month_number(match.group(1)), int(match.group(2)), match.group(3), published)
    if match := _DAY_MONTH.match(phrase):
        return _day_in(_month_number(match.group(2)), int(match.group(1)), match.group(3), published)
    if published is None and _ANY_YEAR.search(phrase):
        return _fallback(phrase, None)
    return None


def _safe(make) -> DateValue | None:
    try:
        return make()
    except ValueError:  # "February 30": not a date
        return None


def _day_in(month: int, day: int, year: str | None, published: dt.date | None) -> DateValue | None:
    if year:
        return _safe(lambda: _day(dt.date(int(year), month, day)))
    if published is None:
        return None
    candidate = _safe(lambda: _day(dt.date(published.year, month, day)))
    if candidate is not None and candidate.date > published:
        candidate = _safe(lambda: _day(dt.date(published.year - 1, month, day)))
    return candidate
