"""Ends of journeys (geo/journeys.py), on sentences we wrote: where someone fled or flew to is not where the story
happens, and does not turn the article's focus away from the dateline's country."""
from __future__ import annotations

import pytest

from khabar.geo.journeys import end_of_a_journey

pytestmark = pytest.mark.model


def _token(doc, word: str):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("The president fled to the Maldives on Wednesday.", "Maldives", True),
    ("He later flew from Male to Singapore.", "Male", True),
    ("The minister left for Moscow on Monday.", "Moscow", True),
    ("Thousands fled to Chad and Egypt.", "Egypt", True),
    ("The envoy returned from Beijing on Friday.", "Beijing", True),
    # controls: where people fled from, where troops were sent or advanced, where something happened
    ("Thousands fled from Kharkiv on Monday.", "Kharkiv", False),
    ("Russia sent troops to Syria in 2015.", "Syria", False),
    ("Rebels advanced to Goma on Monday.", "Goma", False),
    ("Troops fired on protesters in Colombo.", "Colombo", False),
])
def test_the_end_of_a_journey(nlp, text, name, expected):
    assert end_of_a_journey(_token(nlp(text), name)) is expected


@pytest.mark.parametrize(("text", "country"), [
    ("COLOMBO — Protesters stormed the presidential palace on Saturday. The president fled to the Maldives, and "
     "later flew from the Maldives to Singapore.", "LKA"),
    ("ADDIS ABABA — Protesters marched on Monday. The prime minister left for Nairobi on Tuesday.", "ETH"),
    # control: a story whose places lie abroad is about them, whatever the desk
    ("LONDON — Russian missiles struck Kharkiv and Odesa on Monday.", "UKR"),
])
def test_a_journey_abroad_leaves_the_focus_at_home(nlp, text, country):
    assert nlp(text)._.geo_focus[0] == country
