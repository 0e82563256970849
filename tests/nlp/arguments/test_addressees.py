"""Whom an act is addressed to outside its verb's own phrases (``khabar.nlp.arguments.addressees``): the one a
caller phoned to do it ("called Putin to urge restraint": urged Putin) (sentences we wrote ourselves)."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.nlp.conftest import events_of

pytestmark = pytest.mark.model

D = dt.date(2023, 3, 10)


@pytest.mark.parametrize("text, category, phoned", [
    ("Macron called Putin to urge restraint.", "REQUEST", "RUS"),
    ("Biden called Netanyahu to demand a halt to the strikes.", "REQUEST", "ISR"),
    ("Scholz called Zelensky to offer condolences after the missile strike.", "SUPPORT", "UKR"),
    ("Kenyan President William Ruto called Sudan's army chief to urge an end to the fighting.", "REQUEST", "SDN"),
])
def test_what_a_call_is_for_is_said_to_the_one_called(session_coder, text, category, phoned):
    events = events_of(session_coder, text, category, D)
    assert events and [a.country for a in events[0].recipient] == [phoned]
    assert events[0].factuality == "asserted"
