"""Harm a doer does to itself (``khabar.nlp.triggers.self_harm``): a suicide or a self-immolation attacks no party;
a suicide bombing does. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.nlp.conftest import coded_events

pytestmark = pytest.mark.model
PUBLISHED = dt.date(2024, 6, 26)


def _told(coder, text) -> list:
    return [e for e in coded_events(coder, text, PUBLISHED) if e.factuality == "asserted"]


@pytest.mark.parametrize("text", [
    "Police said the gunman had shot himself after the attack.",
    "The suspect killed himself as police closed in, officials said.",
    "A soldier shot himself at a base in the north on Monday.",
])
def test_a_doer_who_harms_itself_attacks_no_one(coder, text):
    assert not [e for e in _told(coder, text) if e.event == "ASSAULT"]


def test_a_self_immolation_is_told_by_its_protest(coder):
    text = "A man set himself on fire outside parliament on Monday to protest against corruption."
    assert [e.event for e in _told(coder, text)] == ["PROTEST"]


@pytest.mark.parametrize("text,dead", [
    ("A suicide bomber blew himself up at a checkpoint on Monday, killing five soldiers.", 5),
    ("The gunman killed four people before shooting himself.", 4),
])
def test_an_attack_beside_the_doers_death_stays(coder, text, dead):
    assaults = [e for e in _told(coder, text) if e.event == "ASSAULT"]
    assert len(assaults) == 1 and assaults[0].size.dead == dead
