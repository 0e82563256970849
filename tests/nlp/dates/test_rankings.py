"""Rankings (``khabar.nlp.dates.rankings``): a "since" phrase on a noun ranked among its kind ("the deadliest attack
since 2019") dates no act; the act's day is the one its clause tells, or none. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from khabar.nlp.dates.rankings import ranked, ranking_since

from ..conftest import coded_events, event_with

pytestmark = pytest.mark.model

PUBLISHED = dt.date(2021, 5, 14)  # a Friday


# text, trigger, the act's date (None: the text tells none)
RANKED_SINCE = [
    ("The deadliest attack since 2019 killed 40 people in the north on Sunday.", "killed", dt.date(2021, 5, 9)),
    ("The deadliest attack since 2019 killed 40 people in the north.", "killed", None),
    ("The first attack on the base since 2018 wounded three soldiers on Monday.", "wounded", dt.date(2021, 5, 10)),
    ("The most serious attack since 2017 killed nine police officers in Kandahar on Wednesday.", "killed",
     dt.date(2021, 5, 12)),
    # controls: a "since" on a noun that is not ranked still dates the tally it opens
    ("Rebels have carried out 30 attacks since March.", "carried out 30 attacks", dt.date(2021, 3, 1)),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), RANKED_SINCE, ids=[r[0][:50] for r in RANKED_SINCE])
def test_a_since_on_a_ranked_noun_dates_no_act(coder, text, trigger, expected):
    event = event_with(coded_events(coder, text, PUBLISHED), trigger)
    assert event.date == expected


# phrase, its noun, whether a modifier ranks it
RANKED_NOUNS = [
    ("the deadliest attack since 2019", "attack", True),
    ("the most serious bombing in years", "bombing", True),
    ("the first such raid since 2017", "raid", True),
    ("a serious attack", "attack", False),
    ("the second attack", "attack", False),
]


@pytest.mark.parametrize(("phrase", "noun", "expected"), RANKED_NOUNS, ids=[r[0] for r in RANKED_NOUNS])
def test_ranked_reads_the_modifiers_before_the_noun(raw_nlp, phrase, noun, expected):
    doc = raw_nlp(phrase)
    assert ranked(next(t for t in doc if t.text == noun)) is expected


def test_ranking_since_is_the_since_of_a_ranked_noun_only(raw_nlp):
    ranked_doc = raw_nlp("The deadliest attack since 2019 killed 40 people.")
    plain_doc = raw_nlp("Attacks since 2019 have killed 40 people.")
    assert ranking_since(next(t for t in ranked_doc if t.lower_ == "since"))
    assert not ranking_since(next(t for t in plain_doc if t.lower_ == "since"))
