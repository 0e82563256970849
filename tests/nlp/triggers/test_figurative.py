"""Force aimed at ideas and figurative event nouns (``khabar.nlp.triggers.figurative`` and the vetoes that use it):
a character, a motion or the budget is no target, and "a battle over the budget" or "a war of words" is no fighting.
Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.nlp.conftest import coded_events

pytestmark = pytest.mark.model

_FORCE = {"ASSAULT", "COERCE", "MOBILIZE"}


def _events(coder, text):
    return [e.event for e in coded_events(coder, text, dt.date(2026, 3, 4))]


@pytest.mark.parametrize("text", [
    "He said critics were trying to assassinate his character.",
    "The speaker said the motion had been ambushed by backbenchers.",
    "A battle over the budget erupted in parliament on Tuesday.",
    "Pakistan and India engaged in a war of words on Tuesday over the dam.",
    "The two leaders have waged a war of nerves over the border for weeks.",
])
def test_force_on_ideas_is_no_force(coder, text):
    assert _FORCE.isdisjoint(_events(coder, text))


@pytest.mark.parametrize(("text", "event"), [
    ("The opposition attacked the government's budget on Tuesday, calling it reckless.", "ACCUSE"),
    ("Lawmakers shot down the president's proposal to extend his term on Monday.", "REJECT"),
    ("The Senate killed the immigration bill on Thursday.", "REJECT"),
])
def test_a_figurative_attack_keeps_its_own_category(coder, text, event):
    assert _events(coder, text) == [event]


@pytest.mark.parametrize("text", [
    "Rebels ambushed an army patrol near Beni on Wednesday.",
    "Fighting erupted between the army and the RSF in Khartoum on Saturday.",
    "Clashes broke out between rebels and troops in Goma on Monday.",
    "Israeli jets bombed the Hamas command centre in Gaza overnight.",
    "On Thursday, security forces opened fire on protesters in Nasiriyah, killing 25 people and wounding scores.",
])
def test_force_on_bodies_stays(coder, text):
    assert "ASSAULT" in _events(coder, text)
