"""Police sent into another state are aid to it (CAMEO 074); at home, and troops anywhere, they are mobilised."""
import datetime as dt

import pytest

from tests.nlp.conftest import coded_events

PUBLISHED = dt.date(2024, 7, 2)


@pytest.mark.model
@pytest.mark.parametrize("text, category, cameo", [
    ("Kenya sent 400 police officers to Haiti on Monday.", "AID", "074"),
    ("Rwanda deployed police to the Central African Republic last week.", "AID", "074"),
    # at home, police are mobilised
    ("Kenya sent 400 police officers to Mandera on Monday.", "MOBILIZE", "153"),
    # troops sent abroad with no purpose told are no aid
    ("Russia sent troops to Belarus on Monday.", "MOBILIZE", None),
])
def test_police_sent_abroad_are_aid(session_coder, text, category, cameo):
    events = [e for e in coded_events(session_coder, text, PUBLISHED) if e.factuality == "asserted"]
    assert [e.event for e in events] == [category], [(e.event, e.cameo) for e in events]
    if cameo:
        assert events[0].cameo == cameo


@pytest.mark.model
def test_a_promise_to_send_police_abroad_is_an_agreement(session_coder):
    events = coded_events(session_coder, "Kenya promised to send 1,000 police officers to Haiti.", PUBLISHED)
    assert ("AGREE", "asserted") in {(e.event, e.factuality) for e in events}
    assert "THREATEN" not in {e.event for e in events}
