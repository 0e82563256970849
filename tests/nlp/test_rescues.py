"""Captives freed by force are the force's outcome, not a release (``khabar.nlp.rescues``). Sentences written for
these tests."""
from __future__ import annotations

import pytest

from tests.nlp.conftest import asserted_events as _events  # the events told as done

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,category,trigger", [
    ("Commandos stormed the hijacked airliner in Entebbe, freeing 40 passengers.", "ASSAULT", "stormed"),
    ("Gunmen attacked the prison in Butembo, freeing hundreds of inmates.", "ASSAULT", "attacked"),
])
def test_captives_a_raid_frees_are_its_outcome(coder, text, category, trigger):
    events = _events(coder, text)
    assert [(e.event, e.trigger) for e in events] == [(category, trigger)]


def test_the_freed_captives_are_not_the_raid_s_targets(coder):
    text = "Gunmen attacked the prison in Butembo, freeing hundreds of inmates."
    attack, = _events(coder, text)
    assert all(a.text != "inmates" for a in attack.recipient)


@pytest.mark.parametrize("text", [
    # a captor letting captives go is a release of its own
    "The rebels freed 30 soldiers on Monday after talks with tribal elders.",
    # a release another party makes after the attack is that party's act
    "Gunmen attacked the prison in Butembo, and the governor freed the remaining inmates on bail.",
])
def test_a_release_by_the_captor_stays_a_release(coder, text):
    assert "RETREAT" in {e.event for e in _events(coder, text)}
