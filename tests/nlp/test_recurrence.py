"""A simple present with a phrase of recurrence states a habit, on sentences we write."""
from __future__ import annotations

import pytest

from khabar.nlp.recurrence import recurring_present

pytestmark = pytest.mark.model


def _verb(doc, word):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text,verb,expected", [
    # recurrence: "at night", "every Friday", "each year", "around the clock", a closing "daily"
    ("Police patrol the market at night.", "patrol", True),
    ("The government imposes a curfew on the old city every Friday.", "imposes", True),
    ("The United States provides $1.3 billion in military aid to Egypt each year.", "provides", True),
    ("Soldiers guard the border crossing around the clock.", "guard", True),
    ("UN peacekeepers patrol the buffer zone daily.", "patrol", True),
    ("Protesters gather outside the ministry on Fridays.", "gather", True),
    # one occasion: a past, a progressive, a future, or a present with no recurrence (a headline's)
    ("Police patrolled the market at night.", "patrolled", False),
    ("Police are patrolling the market tonight.", "patrolling", False),
    ("The army will deploy troops to the region each summer.", "deploy", False),
    ("Police arrest dozens at opposition rally in Minsk.", "arrest", False),
    ("Troops raided the village every night last week.", "raided", False),
    ("The army deploys troops in each province of the north", "deploys", False),
])
def test_a_present_with_a_phrase_of_recurrence_is_a_habit(raw_nlp, text, verb, expected):
    assert recurring_present(_verb(raw_nlp(text), verb)) is expected
