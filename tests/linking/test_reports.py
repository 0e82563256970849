"""The window a report allows: exact days, a day more at night or in the early hours, and the
publication date for undated events (two days for the lead, a week further down)."""
import datetime as dt

import pytest

from khabar.linking import report_of
from khabar.model import Event

DAY = dt.date(2020, 3, 12)
PUBLISHED = dt.date(2020, 3, 14)


def _event(text, *, day=DAY, precision="day", span=(0, 80)):
    return Event(id="e", doc_id="d", event="ASSAULT", date=day, date_precision=precision, text=text, span=span)


@pytest.mark.parametrize("text,start,end", [
    ("Rockets struck the base on Thursday.", DAY, DAY),
    ("Rockets struck the base on Thursday night.", DAY, DAY + dt.timedelta(days=1)),
    ("Hamas released the hostages late on Thursday.", DAY, DAY + dt.timedelta(days=1)),
    ("A drone strike early on Thursday killed the commander.", DAY - dt.timedelta(days=1), DAY),
    ("Strikes overnight hit five sites.", DAY - dt.timedelta(days=1), DAY + dt.timedelta(days=1)),
])
def test_a_day_precise_report_reaches_a_neighbouring_day_only_by_its_time_of_day(text, start, end):
    report = report_of(_event(text))
    assert (report.start, report.end) == (start, end)


def test_an_undated_event_in_the_lead_is_the_news_of_the_last_two_days():
    report = report_of(_event("Rockets hit the base.", day=None, precision="unknown"), published=PUBLISHED)
    assert (report.start, report.end) == (PUBLISHED - dt.timedelta(days=2), PUBLISHED)


def test_an_undated_event_further_down_may_be_from_the_week_before():
    event = _event("The attack killed a contractor.", day=None, precision="unknown", span=(168, 300))
    report = report_of(event, published=PUBLISHED)
    assert (report.start, report.end) == (PUBLISHED - dt.timedelta(days=7), PUBLISHED)


def test_a_week_keeps_its_slack_and_a_month_its_month():
    week = report_of(_event("last week", day=dt.date(2020, 1, 6), precision="week"))
    month = report_of(_event("in March", day=dt.date(2020, 3, 1), precision="month"))
    assert (week.start, week.end) == (dt.date(2020, 1, 3), dt.date(2020, 1, 9))
    assert (month.start, month.end) == (dt.date(2020, 3, 1), dt.date(2020, 3, 31))


@pytest.mark.parametrize("text,before,after", [
    ("Gunmen attacked a checkpoint near Kirkuk on Tuesday.", 0, 0),
    ("Rockets struck the base LATE ON FRIDAY, officials said.", 0, 1),
    ("Protesters gathered in the evening outside the ministry.", 0, 1),
    ("The convoy was ambushed before dawn on Sunday.", 1, 0),
    ("Shelling continued overnight in the south of the city.", 1, 1),
    ("Police raided the camp in the small hours of Monday.", 1, 0),
    ("A latecomer to the talks, the envoy arrived on Monday.", 0, 0),  # "late" inside a word is no time of day
    ("Strikes hit Aleppo late on Friday — monitors counted 12 dead.", 0, 1),  # non-ASCII text
    ("Police raided the camp in the \u017fmall hours.", 1, 0),  # a long s: the pattern's case folding decides
])
def test_the_time_of_day_widens_a_day_precise_window(text, before, after):
    from khabar.linking.reports import _time_of_day
    assert _time_of_day(text) == (dt.timedelta(days=before), dt.timedelta(days=after))
