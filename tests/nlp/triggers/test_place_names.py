"""Named places the small model tags as people or organisations (``word_classes.names_a_place``, the "@place"
class): a town taken is ground taken, not a person abducted. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.nlp.conftest import asserted_events as _events  # the events told as done

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    # towns the gazetteer knows, which the model tags PERSON or ORG
    "Jihadists captured Djibo on Tuesday.",
    "Jihadists captured Djibo, a town in northern Burkina Faso, on Tuesday.",
    "Insurgents captured Mocimboa da Praia on Wednesday.",
    "Rebels seized Bunia on Monday.",
])
def test_a_named_town_taken_is_ground_taken(coder, text):
    assert [(e.event, e.cameo) for e in _events(coder, text)] == [("COERCE", "192")]


@pytest.mark.parametrize("text", [
    # a title or a first name makes the same word a person's name
    "Rebels captured Colonel Djibo on Tuesday.",
    "Gunmen seized Abdoulaye Djibo, a local official, on Tuesday.",
    "Gunmen seized two engineers on Tuesday.",
])
def test_a_person_taken_is_still_abducted(coder, text):
    assert [(e.event, e.cameo) for e in _events(coder, text)] == [("ASSAULT", "181")]


@pytest.mark.parametrize("text,taker", [
    ("Mosul fell to Islamic State fighters in June.", "INS"),
    ("The town fell to the rebels on Tuesday after a week of fighting.", "REB"),
])
def test_ground_that_falls_to_a_force_is_taken_by_the_force(coder, text, taker):
    (event,) = _events(coder, text)
    assert (event.event, event.cameo) == ("COERCE", "192")
    assert [a.sector for a in event.actor] == [taker]


@pytest.mark.parametrize("text", [
    "Oil prices fell to $40 a barrel on Monday.",
    "The presidency fell to the opposition after the vote.",
])
def test_other_things_falling_to_someone_take_no_ground(coder, text):
    assert not [e for e in _events(coder, text) if e.event == "COERCE"]
