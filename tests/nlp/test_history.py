"""Old acts told as background to the news (``khabar.nlp.history``). Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.nlp.conftest import EVENTS_PUBLISHED
from tests.nlp.conftest import asserted_events as _events  # the events told as done

pytestmark = pytest.mark.model
PUBLISHED = EVENTS_PUBLISHED


@pytest.mark.parametrize("text,published,kept", [
    ("The two countries, which fought a border war in 1998, remain at odds.", dt.date(2021, 5, 14), 0),
    ("The treaty, signed in 1994, governs the river's water.", dt.date(2021, 5, 14), 0),
    ("The conflict, in which thousands of people have been killed since 2011, goes on.", dt.date(2021, 5, 14), 0),
    ("Rebels shelled the town on Monday. The two countries fought a border war in 1998.", dt.date(2021, 5, 14), 1),
    ("The two countries fought a border war in 1998.", dt.date(2021, 5, 14), 1),
    ("Rebels have carried out 40 attacks since last October.", dt.date(2021, 5, 14), 1),
    # a perfect from an old "since" sums up years of acts: a tally, background even told alone
    ("The group has carried out dozens of attacks in the region since 2015.", dt.date(2021, 5, 14), 0),
    ("The militia has attacked scores of villages in the province since 2017.", dt.date(2021, 5, 14), 0),
    ("The two countries fought a border war in 1998, and have clashed often since.", dt.date(2021, 5, 14), 1),
])
def test_acts_dated_over_a_year_before_publication_are_background_to_the_news(coder, text, published, kept):
    """An old act told as background (a describing clause, or beside recent news) is dropped; told alone, it is
    the text's news."""
    assert len(_events(coder, text, published=published)) == kept


@pytest.mark.parametrize("text,published,kept", [
    # a time that only reaches into the past year from before it is no news of the past year: last year's story
    ("Last year, militants stormed a prison in Jalalabad. On March 3, they attacked a checkpoint nearby.",
     dt.date(2020, 6, 26), 2),
    ("In 2019, gunmen stormed a village in northern Mali. On March 3, they attacked the market.",
     dt.date(2020, 6, 26), 2),
    # controls: a time within the past year is news, and the old act its background
    ("This year, militants stormed a prison in Jalalabad. In March 2018, they attacked a checkpoint nearby.",
     dt.date(2020, 6, 26), 1),
    ("Militants stormed a prison in Jalalabad on Monday. In March 2018, they attacked a checkpoint nearby.",
     dt.date(2020, 6, 26), 1),
])
def test_news_of_the_past_year_is_told_by_a_time_within_it(coder, text, published, kept):
    assert len(_events(coder, text, published=published)) == kept
