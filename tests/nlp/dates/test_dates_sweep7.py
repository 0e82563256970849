"""Dates the earlier rounds left wrong: a yearless day in the year the story is telling, an act dated by the clause
it is told to follow ("the day after Hamas attacked"), and an act told on a part of an event's day ("the morning of
the coup", "on the eve of the vote"). Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from ..conftest import coded_events, date_of_phrase, event_with

PUBLISHED = dt.date(2020, 6, 26)  # a Friday




# text, the yearless phrase, its date
STORY_YEAR = [
    ("In 2019, gunmen stormed the village of Tanda in northern Mali. On March 3, they attacked the market.",
     "March 3", dt.date(2019, 3, 3)),
    ("In August 2018, troops shelled the city of Hodeidah. On September 14, rebels shot down a drone over the port.",
     "September 14", dt.date(2018, 9, 14)),
    ("Rebels overran the border post of Tillia on May 4, 2017. On 9 May, they ambushed an army convoy nearby.",
     "9 May", dt.date(2017, 5, 9)),
    # a day placed in the story's year passes it on
    ("In 2019, gunmen stormed the village of Tanda. On March 3, they attacked the market. On March 5, troops arrested "
     "12 men.", "March 5", dt.date(2019, 3, 5)),
    # the year stated in the same sentence
    ("In 2018, protesters blocked the highway near Oruro and on November 2 police cleared it.",
     "November 2", dt.date(2018, 11, 2)),
    # controls: a new paragraph starts a new stretch of the story
    ("In 2019, gunmen stormed the village of Tanda in northern Mali.\n\nOn March 3, militants attacked a market in "
     "Gao.",
     "March 3", dt.date(2020, 3, 3)),
    # the year describes a party, in a sentence told in the present
    ("The junta, which seized power in 2019, is now holding talks with rebels. On March 3, soldiers arrested 12 "
     "protesters in Bamako.", "March 3", dt.date(2020, 3, 3)),
    # a lead in the present tense
    ("Fighting has displaced thousands of families in Cabo Delgado since 2019. On April 7, insurgents raided the town "
     "of Mocimboa da Praia.", "April 7", dt.date(2020, 4, 7)),
    # a year told on a saying dates no act
    ("The ministry said in 2018 that it would build a wall. On March 3, soldiers arrested 12 protesters in Bamako.",
     "March 3", dt.date(2020, 3, 3)),
    # a day counted from publication states no year
    ("Police arrested the opposition leader on Tuesday. On March 3, his supporters rallied in Kampala.",
     "March 3", dt.date(2020, 3, 3)),
    # the story's year would put the day after publication: the day before publication stands
    ("In 2020, gunmen stormed the village of Tanda. On December 3, they attacked the market.",
     "December 3", dt.date(2019, 12, 3)),
    # two sentences back is too far
    ("In 2019, gunmen stormed the village of Tanda. Residents fled to Mopti. On March 3, soldiers arrested 12 men.",
     "March 3", dt.date(2020, 3, 3)),
]


@pytest.mark.model
@pytest.mark.parametrize("text,phrase,expected", STORY_YEAR)
def test_a_yearless_day_takes_the_year_of_the_story_it_goes_on_telling(session_coder, text, phrase, expected):
    assert date_of_phrase(session_coder, text, phrase, PUBLISHED) == expected


# text, trigger, its date (None: undated)
FROM_EVENTS = [
    ("Boko Haram fighters attacked a church in Kaduna on Sunday, killing 12 people. The day after the militants "
     "attacked, troops arrested 9 suspects.", "arrested", dt.date(2020, 6, 22)),
    ("The day after Boko Haram attacked a church in Kaduna on Sunday, troops arrested 9 suspects.",
     "arrested", dt.date(2020, 6, 22)),
    ("Hamas attacked Israeli towns on Saturday. Two days after Hamas attacked, Israel launched air strikes on Gaza.",
     "launched air strikes", dt.date(2020, 6, 22)),
    ("Police raided the offices of the opposition party in Harare on Monday. A day before police raided the offices, "
     "protesters blocked roads in the city.", "blocked", dt.date(2020, 6, 21)),
    # a span of no stated length gives no day
    ("Hamas attacked Israeli towns on Saturday. Days after Hamas attacked, Israel launched air strikes on Gaza.",
     "launched air strikes", None),
    # a part of an event's day
    ("The army seized power in Niger on Wednesday. On the morning of the coup, soldiers detained President Bazoum.",
     "detained", dt.date(2020, 6, 24)),
    ("Kenya held a presidential election on June 9. Police arrested 30 opposition supporters on the night of the "
     "election.", "arrested", dt.date(2020, 6, 9)),
    ("Parliament voted on the bill on Thursday. On the eve of the vote, protesters clashed with police in Nairobi.",
     "clashed", dt.date(2020, 6, 24)),
    ("Voters in Bolivia went to the polls in a referendum on Sunday. Security forces fired tear gas at protesters in "
     "La Paz on the day of the referendum.", "fired", dt.date(2020, 6, 21)),
    # a day counted within the event is not the event's day: the day the sentence before gives the release stands
    ("Rebels freed 12 hostages in Kidal on Friday. The hostages were released on the first day of the truce.",
     "released", dt.date(2020, 6, 26)),
    # the event dated nowhere in the article: no day
    ("On the eve of the vote, protesters clashed with police in Nairobi.", "clashed", None),
    ("Soldiers detained the president on the morning of the coup, a witness said.", "detained", None),
]


@pytest.mark.model
@pytest.mark.parametrize("text,trigger,expected", FROM_EVENTS)
def test_an_act_takes_the_day_of_the_event_it_is_told_from(session_coder, text, trigger, expected):
    event = event_with(coded_events(session_coder, text, PUBLISHED), trigger)
    assert event.date == expected
    assert event.date_precision == ("day" if expected else "unknown")
