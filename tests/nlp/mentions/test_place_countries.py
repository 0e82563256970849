"""Where someone went is not where the story's people are: a place at the end of a journey gives no party of the
sentence its country (sentences we wrote)."""
from __future__ import annotations

import datetime as dt

import pytest

from khabar.model import Article

# Each row: the sentence, the word of the event, and the doer's country (that of the place attacked, not of
# the place people fled to).
JOURNEY_ENDS = [
    ("Thousands of refugees fled to Uganda after fighters attacked Yei on Monday.", "attacked", "SSD"),
    ("Civilians fled to Chad after gunmen attacked Geneina on Sunday.", "attacked", "SDN"),
]


@pytest.fixture(scope="module")
def coder():
    from khabar.nlp.pipeline import Coder
    return Coder()


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, country", JOURNEY_ENDS)
def test_a_place_fled_to_gives_the_doers_no_country(coder, text, trigger, country):
    (coded,) = coder.code([Article(id="t", text=text, published=dt.date(2024, 3, 10))])
    event = next(e for e in coded.events if e.trigger == trigger)
    assert [a.country for a in event.actor] == [country]
