"""What a party is known for (``khabar.nlp.triggers.reputations``): a kind of act that describes the party, no
occasion of it. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.nlp.conftest import coded_events

pytestmark = pytest.mark.model
PUBLISHED = dt.date(2024, 6, 26)


def _assaults(coder, text) -> list:
    return [e for e in coded_events(coder, text, PUBLISHED) if e.event == "ASSAULT" and e.factuality == "asserted"]


@pytest.mark.parametrize("text", [
    "The militants are known for attacking army posts in the north.",
    "The gang is notorious for kidnapping foreigners for ransom.",
    "The group, which is known for its attacks on churches, denied any role.",
    "The militia has a history of attacking aid convoys.",
    "The unit is infamous for its raids on refugee camps.",
])
def test_what_a_party_is_known_for_is_no_event(coder, text):
    assert not _assaults(coder, text)


@pytest.mark.parametrize("text", [
    "The militants, known for their ruthlessness, attacked an army post in the north on Monday.",
    "Gunmen attacked an army post in the north on Monday.",
])
def test_an_act_told_beside_a_reputation_stays(coder, text):
    assert _assaults(coder, text)
