"""khabar.ingest.dates: stated dates are read; partial and relative ones are never guessed."""
import datetime as dt
import time

import pytest

from khabar.ingest.dates import parse_date


@pytest.mark.parametrize("value, expected", [
    ("2021-05-02", dt.date(2021, 5, 2)),
    ("2021-05-02T23:30:00Z", dt.date(2021, 5, 2)),
    ("May 2, 2021", dt.date(2021, 5, 2)),
    ("Sun, 02 May 2021 10:00:00 GMT", dt.date(2021, 5, 2)),
    ("2 May 2021", dt.date(2021, 5, 2)),
    ("3 mai 2021", dt.date(2021, 5, 3)),
    (dt.date(2019, 1, 7), dt.date(2019, 1, 7)),
    (dt.datetime(2019, 1, 7, 12), dt.date(2019, 1, 7)),
    (time.strptime("2020-02-29", "%Y-%m-%d"), dt.date(2020, 2, 29)),
])
def test_stated_dates(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["", None, "yesterday", "2 days ago", "Monday", "March 2021", "2021",
                                   "last week", "not a date", 20210502])
def test_partial_or_relative_dates_are_not_guessed(value):
    assert parse_date(value) is None
