"""A yearless day in the year a relative year names ("in early April last year ... On April 15"), and old acts that are
the article's story rather than its background (``history``). Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from ..conftest import coded_events, date_of_phrase, event_with

PUBLISHED = dt.date(2020, 6, 26)  # a Friday




# text, the yearless phrase, its date
RELATIVE_STORY_YEAR = [
    ("In early April last year, gunmen attacked a village near Djibo. On April 15, they attacked a checkpoint "
     "outside the town.", "April 15", dt.date(2019, 4, 15)),
    ("Last year, militants stormed a prison in Jalalabad. On March 3, they attacked a checkpoint nearby.",
     "March 3", dt.date(2019, 3, 3)),
    ("Police arrested dozens of students in Atbara the previous year. On December 19, protesters burned the ruling "
     "party's office in the town.", "December 19", dt.date(2019, 12, 19)),
    ("Rebels seized the town of Kidal last year. On 2 May, they shot down an army helicopter.",
     "2 May", dt.date(2019, 5, 2)),
    # a placed day passes the year on
    ("In early April last year, gunmen attacked a village near Djibo. On April 15, they attacked a checkpoint. "
     "On April 20, soldiers arrested four suspects.", "April 20", dt.date(2019, 4, 20)),
    # controls: a new paragraph, a lead told in the present, a year that is no calendar year ("the past year")
    ("In early April last year, gunmen attacked a village near Djibo.\n\nOn April 15, soldiers arrested two "
     "suspects in the town.", "April 15", dt.date(2020, 4, 15)),
    ("Gunmen attack villages near Djibo every year. On April 15, soldiers arrested two suspects in the town.",
     "April 15", dt.date(2020, 4, 15)),
    ("Attacks have risen over the past year. On April 15, soldiers arrested two suspects in Djibo.",
     "April 15", dt.date(2020, 4, 15)),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "phrase", "expected"), RELATIVE_STORY_YEAR,
                         ids=[r[0][:50] for r in RELATIVE_STORY_YEAR])
def test_a_yearless_day_takes_the_relative_year_of_its_story(coder, text, phrase, expected):
    assert date_of_phrase(coder, text, phrase, PUBLISHED) == expected


# text, trigger, the act's date or None where it must be left out as the article's background
OLD_ACTS = [
    # the article's story is last year's: its acts are its events, on their days
    ("Last year, militants stormed a prison in Jalalabad. On March 3, they attacked a checkpoint nearby.",
     "attacked", dt.date(2019, 3, 3)),
    ("In 2019, gunmen stormed the village of Tanda in northern Mali. On March 3, they attacked the market.",
     "attacked", dt.date(2019, 3, 3)),
    # a retrospective or a trial telling only old acts keeps them
    ("Rebels overran the border post of Tillia on May 4, 2017, killing 12 soldiers.", "overran",
     dt.date(2017, 5, 4)),
    # news of the past year makes the old act its background
    ("Soldiers arrested two suspects in Djibo on Monday. In April 2018, gunmen attacked a checkpoint outside the "
     "town.", "attacked", None),
    ("In early April last year, gunmen attacked a village near Djibo.\n\nOn April 15, soldiers arrested two "
     "suspects in the town.", "attacked", None),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "trigger", "expected"), OLD_ACTS, ids=[r[0][:50] for r in OLD_ACTS])
def test_an_old_act_is_an_event_unless_the_article_has_newer_news(coder, text, trigger, expected):
    events = [e for e in coded_events(coder, text, PUBLISHED) if e.factuality == "asserted"]
    if expected is None:
        assert trigger not in [e.trigger for e in events]
    else:
        assert event_with(events, trigger).date == expected
