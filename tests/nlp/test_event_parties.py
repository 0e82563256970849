"""Who an event's parties are, beyond the words its arguments found (``khabar.nlp.event_parties``). Sentences written
for these tests."""
from __future__ import annotations

import pytest

from tests.nlp.conftest import EVENTS_PUBLISHED
from tests.nlp.conftest import asserted_events as _events  # the events told as done

pytestmark = pytest.mark.model
PUBLISHED = EVENTS_PUBLISHED


def test_a_release_from_national_prisons_is_by_that_state(coder):
    text = "Buses brought home 25 Armenian detainees released from Azerbaijani prisons on Monday."
    releases = [e for e in _events(coder, text) if e.event == "RETREAT"]
    assert len(releases) == 1 and releases[0].mode == "release"
    assert [a.id for a in releases[0].actor] == ["AZE"]
    assert releases[0].recipient and releases[0].recipient[0].country == "ARM"


def test_an_apposition_names_the_party_a_description_stands_for(coder):
    (event,) = _events(coder, "Tehran's ally, the Houthi movement, launched drones at Israel.")
    assert [a.name for a in event.actor] == ["Houthis"]


@pytest.mark.parametrize("text", [
    "Supporters held a candlelight vigil in the capital for the slain blogger on Friday.",
    "Hundreds marched in Lahore on Monday to protest the killing of the journalist.",
    "Students rallied outside the university on Tuesday for the late professor.",
])
def test_a_protest_is_never_addressed_to_the_dead(coder, text):
    protests = [e for e in _events(coder, text) if e.event == "PROTEST"]
    assert protests
    assert not any(word in a.text for e in protests for a in e.recipient
                   for word in ("blogger", "journalist", "professor"))


def test_mourners_chanting_against_a_party_protest_without_the_dead_as_target(coder):
    text = "Thousands marched in the funeral of the slain colonel on Sunday, chanting slogans against the army."
    events = _events(coder, text)
    assert [e.event for e in events] == ["PROTEST"]
    assert not any("colonel" in a.text for a in events[0].recipient)
