"""``khabar.nlp.joint_exercises``: exercises held by parties of two or more countries are military cooperation
(COOPERATE, CAMEO 062); one country's exercises stay a show of force (MOBILIZE, 150). Sentences written for these
tests in the style of wire copy."""
from __future__ import annotations

import pytest

from .conftest import asserted_events

# (sentence, the category of its exercises)
EXERCISES = [
    ("Russia and China held naval drills in the East China Sea on Monday.", "COOPERATE"),
    ("The United States and South Korea began their annual military exercises on Monday.", "COOPERATE"),
    ("India and France conducted air force exercises over Rajasthan this week.", "COOPERATE"),
    ("China held military exercises near Taiwan on Saturday.", "MOBILIZE"),
    ("Iranian troops held large-scale drills near the Iraqi border.", "MOBILIZE"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "category"), EXERCISES)
def test_exercises_of_several_countries_are_cooperation(coder, text, category):
    told = {e.event for e in asserted_events(coder, text) if e.event in ("COOPERATE", "MOBILIZE")}
    assert told == {category}
