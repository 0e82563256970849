"""Rows of ``khabar/nlp/data/lexicon.csv`` for live fire in an exercise and for pleas in court. Sentences written for
these tests in the style of wire copy.

Conventions: firing or launching during an exercise, a drill or a test shows force (MOBILIZE, CAMEO 150) and attacks
no one; a plea of guilty or not guilty answers a charge and asks no one (no REQUEST).
"""
from __future__ import annotations

import datetime as dt

import pytest

from .conftest import coded_events

pytestmark = pytest.mark.model
PUBLISHED = dt.date(2024, 6, 26)


def _told(coder, text) -> set[str]:
    return {e.event for e in coded_events(coder, text, PUBLISHED) if e.factuality == "asserted"}


@pytest.mark.parametrize("text", [
    "The army fired artillery during a training exercise near the border on Monday.",
    "Troops fired live rounds during a drill near the border, the ministry said.",
    "The warship fired missiles at a target ship during the exercise.",
    "The navy launched two cruise missiles during naval drills in the Sea of Japan on Friday.",
])
def test_live_fire_in_an_exercise_is_a_show_of_force(coder, text):
    told = _told(coder, text)
    assert "MOBILIZE" in told and "ASSAULT" not in told


@pytest.mark.parametrize("text", [
    "Troops fired on protesters during a rally in the capital on Monday.",
    "The army fired artillery at rebel positions near the border on Monday.",
])
def test_fire_outside_an_exercise_stays_an_attack(coder, text):
    assert "ASSAULT" in _told(coder, text)
