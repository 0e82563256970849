"""Unclaimed acts (``khabar.nlp.unclaimed``): an event noun under a negated claim retells an act told elsewhere and
is not coded; an asserted claim names the act's doer. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from khabar.nlp.drops import REFERS_BACK
from tests.nlp.conftest import coded_events

pytestmark = pytest.mark.model

PUBLISHED = dt.date(2021, 3, 10)

UNCLAIMED = [
    "No group claimed the attack.",
    "No group has claimed responsibility for the bombing.",
    "Nobody has claimed responsibility for the attack on the convoy.",
    "No one has yet claimed the kidnapping of the engineers.",
]

# (text, an event the text must still give, its factuality)
CONTROLS = [
    ("The Islamic State claimed the attack.", "ASSAULT", "asserted"),
    ("Al-Shabaab claimed responsibility for the bombing in Mogadishu.", "ASSAULT", "asserted"),
    ("A car bomb killed 12 people in a market in Mogadishu on Monday. No group has claimed responsibility for the "
     "blast.", "ASSAULT", "asserted"),
    ("Boko Haram fighters abducted 30 students in Borno state on Friday, but no group claimed the kidnapping.",
     "ASSAULT", "asserted"),
]


@pytest.fixture
def coder(session_coder):
    return session_coder


@pytest.mark.parametrize("text", UNCLAIMED)
def test_an_act_under_a_negated_claim_is_no_event(coder, text):
    assert coded_events(coder, text, PUBLISHED) == []


@pytest.mark.parametrize("text", UNCLAIMED[:2])
def test_the_unclaimed_act_is_dropped_as_a_retelling(coder, text):
    assert REFERS_BACK in [d.reason for d in coder.nlp(text)._.dropped]


@pytest.mark.parametrize("text,event,factuality", CONTROLS)
def test_a_claimed_act_and_the_act_itself_stay(coder, text, event, factuality):
    events = coded_events(coder, text, PUBLISHED)
    assert [e.event for e in events].count(event) == 1
    assert next(e for e in events if e.event == event).factuality == factuality


@pytest.mark.xfail(strict=True, reason="the raid denied has no parties and no date, so it is dropped as NO_PARTIES "
                                       "before its factuality is read; a denied act should stay, negated")
def test_a_denied_act_stays_negated(coder):
    events = coded_events(coder, "Police denied the raid took place.", PUBLISHED)
    assert [(e.event, e.factuality) for e in events] == [("COERCE", "negated")]
