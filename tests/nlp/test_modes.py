"""Modes told by a word beside the trigger (``khabar.nlp.modes``). Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.nlp.conftest import EVENTS_PUBLISHED
from tests.nlp.conftest import asserted_events as _events  # the events told as done

pytestmark = pytest.mark.model
PUBLISHED = EVENTS_PUBLISHED


def test_the_subject_noun_tells_how_the_verb_event_was_done(coder):
    text = "A Turkish drone strike near Qamishli on Friday killed two commanders of the militia."
    (assault,) = [e for e in _events(coder, text) if e.event == "ASSAULT"]
    assert assault.mode == "drone" and assault.cameo == "195" and assault.size.dead == 2


@pytest.mark.parametrize("text,mode,cameo", [
    # a strike by people or a bomb on the ground is no air strike; a suicide bomber's attack is a suicide attack
    ("Gunmen struck a village in Zamfara on Sunday, killing 30 people.", None, "190"),
    ("A roadside bomb struck a military vehicle in Kandahar on Sunday.", "explosives", "183"),
    ("Israeli jets struck targets in Gaza on Sunday.", "aerial", "195"),
    ("A suicide bomber struck crowds outside the airport on Thursday.", "suicide", "1831"),
    ("A suicide bomber attacked a police convoy in Mogadishu on Thursday.", "suicide", "1831"),
])
def test_the_attacker_or_weapon_tells_how_a_strike_was_made(coder, text, mode, cameo):
    assault = next(e for e in _events(coder, text) if e.event == "ASSAULT")
    assert (assault.mode, assault.cameo) == (mode, cameo)


@pytest.mark.parametrize("text,mode", [
    # the "by" agent of a passive tells how, when the verb only has its word's default mode or none
    ("The market was struck by a car bombing in Mogadishu on Saturday.", "explosives"),
    ("The convoy was hit by a drone strike near Marib on Monday.", "drone"),
    # a verb whose row reads its own dependents keeps the mode they give
    ("Peshawar was rocked by a suicide bombing on Monday.", "explosives"),
])
def test_a_passives_agent_noun_tells_how_when_the_verb_does_not(coder, text, mode):
    assert [e.mode for e in _events(coder, text) if e.event == "ASSAULT"] == [mode]
