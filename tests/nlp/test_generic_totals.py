"""Background totals (``khabar.nlp.generic.summed_toll``): an undated perfect summing many acts over no named
occasion is kept as background with no size; one occasion keeps its toll. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.nlp.conftest import coded_events

pytestmark = pytest.mark.model

PUBLISHED = dt.date(2021, 3, 10)

# (text, event) — a sum of many acts: the event stays, with no toll and a background confidence
TOTALS = [
    ("Armed gangs have killed thousands and kidnapped hundreds in the northwest in recent years.", "ASSAULT"),
    ("Jihadists have killed thousands of civilians in the region.", "ASSAULT"),
    ("Bandits have killed hundreds of villagers in Zamfara state.", "ASSAULT"),
    ("Police have detained thousands of protesters, rights groups say.", "COERCE"),
]

# (text, event, field of the size, its value) — one occasion keeps its toll
OCCASIONS = [
    ("Gunmen have killed 12 people in an attack on a village, police said.", "ASSAULT", "dead", 12),
    ("Israeli troops have killed three Palestinians in the West Bank.", "ASSAULT", "dead", 3),
    ("Police have arrested 40 people during the raid.", "COERCE", "arrested", 40),
    ("Security forces have arrested five suspects in recent days.", "COERCE", "arrested", 5),
    ("Bandits have kidnapped hundreds of pupils in a raid on a school.", "ASSAULT", "count", 100),
]


@pytest.fixture
def coder(session_coder):
    return session_coder


@pytest.mark.parametrize("text,event", TOTALS)
def test_a_summed_toll_is_background_with_no_size(coder, text, event):
    found = [e for e in coded_events(coder, text, PUBLISHED) if e.event == event]
    assert found, "the kind of violence and who wages it stay coded"
    assert all(e.size.dead is None and e.size.arrested is None and e.size.count is None for e in found)
    assert all(e.date_precision == "unknown" and e.confidence <= 0.5 for e in found)


@pytest.mark.parametrize("text,event,field,value", OCCASIONS)
def test_one_occasion_keeps_its_toll(coder, text, event, field, value):
    found = [e for e in coded_events(coder, text, PUBLISHED) if e.event == event]
    assert [getattr(e.size, field) for e in found][:1] == [value]
