"""When an event mention happened (``khabar.nlp.event_dates``). Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.nlp.conftest import asserted_events, coded_events

pytestmark = pytest.mark.model


# A publication day late in the periods the sentences name, so that none of their acts is told as background.
PUBLISHED = dt.date(2020, 12, 18)


@pytest.mark.parametrize("text,trigger,expected", [
    # an undated clause told right after or before an act of a stated year or month took place in that period
    ("The embassy closed in 2020 after militants stormed the consulate.", "stormed", (dt.date(2020, 1, 1), "year")),
    ("Both sides withdrew in March before the rebels shelled the airport.", "shelled",
     (dt.date(2020, 3, 1), "month")),
    # a day says nothing of the neighbouring act's day
    ("The embassy closed on Monday after militants stormed the consulate.", "stormed", (None, "unknown")),
])
def test_a_clause_next_to_a_dated_act_takes_its_period(coder, text, trigger, expected):
    event = next(e for e in coded_events(coder, text, PUBLISHED) if e.trigger == trigger)
    assert (event.date, event.date_precision) == expected


@pytest.mark.parametrize("text,expected", [
    # means put to use are dated by the purpose they served, where the parser hangs the date
    ("Police used tear gas to scatter the marchers in Lagos on Tuesday.", dt.date(2020, 12, 15)),
    ("Riot police used water cannon to scatter hundreds of students outside the university on Monday.",
     dt.date(2020, 12, 14)),
])
def test_means_used_take_the_date_of_their_purpose(coder, text, expected):
    assaults = [e for e in coded_events(coder, text, PUBLISHED) if e.event == "ASSAULT"]
    assert [e.date for e in assaults] == [expected]


# An event noun that is the occasion of a dated act shares its date: captions and descriptions of photographs.
@pytest.mark.parametrize("text,category,day", [
    ("Protesters hold placards during a rally in Nairobi on Tuesday.", "PROTEST", dt.date(2021, 5, 11)),
    ("Riot police stand guard during a strike by bus drivers in Lagos on Monday.", "PROTEST", dt.date(2021, 5, 10)),
    ("Men wave flags at a rally in Lusaka on Wednesday.", "PROTEST", dt.date(2021, 5, 12)),
])
def test_a_caption_tells_the_event_it_shows(coder, text, category, day):
    events = [e for e in asserted_events(coder, text) if e.event == category]
    assert len(events) == 1 and events[0].date == day


@pytest.mark.parametrize("text", [
    "Protests are common during election campaigns in the country.",
    "Rallies are often held at the stadium.",
])
def test_an_undated_occasion_is_still_no_event(coder, text):
    assert asserted_events(coder, text) == []
