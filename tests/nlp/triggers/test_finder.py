"""``khabar.nlp.triggers.finder``: a verb of sending that the lexicon reads as a show of force carries aid when what
it moves is an aid noun ("deployed a field hospital"); the noun tells the event and the verb no second one. Sentences
written for these tests in the style of wire copy."""
from __future__ import annotations

import pytest

from tests.nlp.conftest import asserted_events, asserted_main_event

PUBLISHED = None

RELIEF_SENT = [
    "The army deployed a field hospital to the quake zone on Sunday.",
    "China deployed medical teams to the stricken province.",
    "The government deployed nurses and medical supplies to the flooded district.",
    "The navy deployed a hospital ship to the storm-hit island.",
    "The Red Crescent deployed ambulances to the border town.",
]

FORCE_SENT = [
    "Britain deployed two warships to the Gulf on Tuesday.",
    "India deployed additional troops along its border with China.",
    "Police deployed riot squads across the capital ahead of the protest.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", RELIEF_SENT)
def test_relief_sent_is_aid_not_a_show_of_force(coder, text):
    told = {e.event for e in asserted_events(coder, text)}
    assert "AID" in told and "MOBILIZE" not in told


@pytest.mark.model
@pytest.mark.parametrize("text", FORCE_SENT)
def test_forces_sent_stay_a_mobilisation(coder, text):
    assert asserted_main_event(coder, text, PUBLISHED).event == "MOBILIZE"
