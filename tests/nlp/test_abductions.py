"""Arrests by parties with no authority to arrest are abductions (``khabar.nlp.abductions``). Sentences
written for these tests."""
from __future__ import annotations

import pytest

from tests.nlp.conftest import EVENTS_PUBLISHED
from tests.nlp.conftest import asserted_events as _events  # the events told as done

pytestmark = pytest.mark.model
PUBLISHED = EVENTS_PUBLISHED


@pytest.mark.parametrize("text,event,cameo", [
    # taking people is an arrest only for a party with authority; for gunmen, criminals or insurgents an abduction
    ("Gunmen seized a businessman outside his home on Wednesday.", "ASSAULT", "181"),
    ("Insurgents detained five aid workers on Wednesday.", "ASSAULT", "181"),
    ("Police detained five aid workers on Wednesday.", "COERCE", "173"),
    # an armed movement may arrest where it rules, but people it seizes or captures are taken
    ("Rebel fighters seized two soldiers in a cross-border raid on Sunday.", "ASSAULT", "181"),
    ("Boko Haram fighters seized 276 schoolgirls from their dormitory on Monday.", "ASSAULT", "181"),
    ("The rebels captured 40 government soldiers on Sunday.", "ASSAULT", "181"),
    ("Houthi rebels detained 12 aid workers in Sanaa on Sunday.", "COERCE", "173"),
    ("Police seized two suspects on Sunday.", "COERCE", "173"),
])
def test_taking_people_without_authority_is_an_abduction(coder, text, event, cameo):
    events = _events(coder, text)
    assert [(e.event, e.cameo) for e in events] == [(event, cameo)]
