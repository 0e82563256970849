"""Dates within a clause (``khabar.nlp.dates.clauses``): a date premodifying the noun an act is done for or over
("arrested a man for a 2015 bombing") dates that earlier act, not the act the clause tells. Sentences written for
these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from ..conftest import coded_events, event_with

pytestmark = pytest.mark.model

PUBLISHED = dt.date(2021, 5, 14)  # a Friday


# text, trigger, the act's date (None: the text tells none)
CAUSES = [
    ("Spanish police arrested a man wanted in France for a 2015 bombing, the interior ministry said.", "arrested",
     None),
    ("A court jailed two men over a 2018 attack on a mosque, prosecutors said.", "jailed", None),
    ("Police detained a journalist for a 2019 article on corruption.", "detained", None),
    # the act's own day still dates it
    ("Police arrested three suspects over the 2016 killing of a judge on Thursday.", "arrested",
     dt.date(2021, 5, 13)),
    # controls: a date of the act itself, and an event noun that is the act's occasion, not its reason
    ("Police arrested a man in 2015 for a bombing.", "arrested", dt.date(2015, 1, 1)),
    ("Five soldiers were killed in Tuesday's attack on a checkpoint.", "killed", dt.date(2021, 5, 11)),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), CAUSES, ids=[r[0][:50] for r in CAUSES])
def test_a_date_of_the_reason_for_an_act_is_not_the_acts(coder, text, trigger, expected):
    event = event_with(coded_events(coder, text, PUBLISHED), trigger)
    assert event.date == expected
