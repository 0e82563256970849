"""Words of force in a contest (``khabar.nlp.triggers.contests``): votes, seats and shares are won, and a rival
beaten at the ballot box is no target; force on towns and people stays. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.nlp.conftest import coded_events

pytestmark = pytest.mark.model

_FORCE = {"ASSAULT", "COERCE", "MOBILIZE"}


def _events(coder, text):
    return [e.event for e in coded_events(coder, text, dt.date(2026, 3, 4))]


@pytest.mark.parametrize("text", [
    "The ruling party captured 40 percent of the vote in Sunday's election.",
    "The ruling party captured 120 seats in parliament.",
    "Amazon captured a third of the cloud market last year.",
    "The ruling party crushed the rebels in the polls on Sunday.",
    "The opposition stormed to victory in Sunday's election.",
])
def test_a_contest_result_is_no_force(coder, text):
    assert _FORCE.isdisjoint(_events(coder, text))


@pytest.mark.parametrize(("text", "event"), [
    ("Rebels captured the town of Goma on Sunday.", "COERCE"),
    ("Rebels captured a majority of the province on Tuesday.", "COERCE"),
    ("Rebels seized the seat of government on Tuesday.", "COERCE"),
    ("Gunmen shot two voters at the polls in Kaduna on Saturday.", "ASSAULT"),
    ("Thugs attacked voters at polling stations in Lagos during the election.", "ASSAULT"),
    ("Troops crushed the uprising in the capital on Tuesday, killing dozens.", "ASSAULT"),
])
def test_force_on_places_and_people_stays(coder, text, event):
    assert event in _events(coder, text)
