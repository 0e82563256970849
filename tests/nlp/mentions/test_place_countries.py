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


# Each row: the sentence, the word of the event, and the recipient's country: not that of the state where the person
# is wanted, which pursues him and is no place of his.
PURSUED_IN = [
    ("Mexican police arrested a drug cartel leader wanted in the United States.", "arrested", "MEX"),
    ("Turkish police detained a man wanted in Germany for terrorism.", "detained", "TUR"),
    ("Colombian police arrested a drug lord sought in Mexico on Monday.", "arrested", "COL"),
    # control: a place of the arrest itself is where he is
    ("Police arrested a drug lord in Mexico on Monday.", "arrested", "MEX"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, country", PURSUED_IN)
def test_a_place_someone_is_wanted_in_gives_him_no_country(coder, text, trigger, country):
    (coded,) = coder.code([Article(id="t", text=text, published=dt.date(2024, 3, 10))])
    event = next(e for e in coded.events if e.trigger == trigger)
    assert [a.country for a in event.recipient] == [country]
