"""Acts named as the matter of a proceeding (``khabar.nlp.triggers.proceedings``): the trial, the hearing or the
charges are the news, and the act they are about was told before. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.nlp.conftest import coded_events

pytestmark = pytest.mark.model


def _events(coder, text):
    return [e.event for e in coded_events(coder, text, dt.date(2026, 3, 4))]


@pytest.mark.parametrize("text", [
    "A trial over the killing of the journalist opened in Istanbul on Monday.",
    "A hearing on the killing of the activist was held in Nairobi on Tuesday.",
    "Prosecutors filed charges over the attack on the police station on Thursday.",
    "A verdict in the murder of the journalist is expected next week.",
    "The case over the massacre of villagers was adjourned on Friday.",
    # a verb that puts its subject on trial or under investigation takes the act in its "for"/"over" phrase
    "The former commander went on trial on Monday for the shelling of a hospital.",
    "The general is under investigation over the bombing of a school.",
    "Three officers stood trial in Lagos on Tuesday for the killing of a student.",
    # what a verdict finds
    "The men were found guilty of the massacre of 30 villagers.",
])
def test_the_matter_of_a_proceeding_is_no_new_attack(coder, text):
    assert "ASSAULT" not in _events(coder, text)


@pytest.mark.parametrize("text", [
    "Gunmen killed a journalist in Istanbul on Monday.",
    "Heavy shelling of the town was reported on Tuesday.",
])
def test_an_attack_told_on_its_own_stays(coder, text):
    assert "ASSAULT" in _events(coder, text)
