"""Doers (``khabar.nlp.arguments.doers``): a bare means of carrying or sending in a "by" phrase ("evacuated by
helicopter") is how the act was done, not who did it. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.nlp.conftest import asserted_events

pytestmark = pytest.mark.model
PUBLISHED = dt.date(2024, 6, 26)


def _doers(coder, text, category) -> list[tuple[str | None, str | None]]:
    events = [e for e in asserted_events(coder, text, PUBLISHED) if e.event == category]
    assert events, f"no {category} event in {text!r}"
    return [(a.country, a.sector) for e in events for a in e.actor]


@pytest.mark.parametrize("text,category", [
    ("The wounded were evacuated by helicopter.", "AID"),
    ("The wounded were evacuated by helicopter to the capital on Monday.", "AID"),
    ("Food aid was delivered by road to the besieged town.", "AID"),
    ("Food was delivered by air to the besieged town on Tuesday.", "AID"),
])
def test_a_bare_means_is_no_doer(coder, text, category):
    assert _doers(coder, text, category) == []


@pytest.mark.parametrize("text,category,sector", [
    ("The wounded were evacuated by the army to the capital.", "AID", "MIL"),
    ("The convoy was attacked by a helicopter gunship.", "ASSAULT", "MIL"),
    ("The protesters were dispersed by police on Sunday.", "ASSAULT", "COP"),
])
def test_a_named_doer_or_a_modified_machine_stays_the_doer(coder, text, category, sector):
    assert sector in [s for _, s in _doers(coder, text, category)]
