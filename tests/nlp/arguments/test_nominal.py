"""Arguments of event nouns (``khabar.nlp.arguments.nominal``): the host of talks one party holds abroad or of a
visit, the proposer of what is accepted, the other side hung on a deal's topic."""
from __future__ import annotations

import datetime as dt

import pytest

from khabar.evaluate.coder import main_event

from tests.nlp.conftest import coded_events

pytestmark = pytest.mark.model

D = dt.date(2022, 3, 10)


def _main(coder, text):
    event = main_event(e for e in coded_events(coder, text, D) if e.factuality == "asserted")
    assert event is not None
    return event


@pytest.mark.parametrize("text, host", [
    ("Iran's foreign minister held talks in Baghdad on Sunday.", "IRQ"),
    ("The U.N. envoy held talks in Damascus on the constitution.", "SYR"),
    ("The Qatari foreign minister held talks in Tehran on the nuclear deal.", "IRN"),
])
def test_talks_one_party_holds_abroad_are_with_the_host(session_coder, text, host):
    assert [a.country for a in _main(session_coder, text).recipient] == [host]


@pytest.mark.parametrize("text, place", [
    ("Iraqi officials held talks in Baghdad on Sunday.", "IRQ"),  # a plural among themselves
    ("Iran's foreign minister held talks in Tehran on Sunday.", "IRN"),  # at home: no host
    ("Iran's foreign minister held talks in Geneva on Sunday.", "CHE"),  # a town, as often a neutral venue
])
def test_talks_at_home_among_themselves_or_in_a_town_have_no_host(session_coder, text, place):
    event = _main(session_coder, text)
    assert place not in {a.country for a in event.recipient if a not in event.actor}
    assert not any(a.text in ("Baghdad", "Tehran", "Geneva") for a in event.recipient)


@pytest.mark.parametrize("text, recipient", [
    ("North Korea accepted a ceasefire proposed by China.", "CHN"),
    ("An Iraqi delegation in Tehran signed an agreement on border security with Iranian officials.", "IRN"),
    ("Turkey's President Tayyip Erdogan told his Russian counterpart Vladimir Putin in a phone call on Sunday that "
     "Ankara was ready to host talks.", "RUS"),
])
def test_the_other_side_of_an_event_noun(session_coder, text, recipient):
    assert recipient in {a.country for a in _main(session_coder, text).recipient}


@pytest.mark.parametrize("text, host", [
    ("The Japanese prime minister pledged $1 billion in aid during a visit to Kenya.", "KEN"),
    ("On a visit to Kyiv, the German chancellor promised more air defence systems.", "UKR"),
    ("The French president announced a $100 million aid package on a visit to Beirut.", "LBN"),
    ("During a visit to Mosul, the Turkish defence minister pledged aid.", "IRQ"),  # a town: the gazetteer's
    ("During talks in Riyadh, the Chinese president signed 34 investment deals.", "SAU"),
])
def test_what_a_visitor_pledges_abroad_is_for_the_host(session_coder, text, host):
    assert host in {a.country for a in _main(session_coder, text).recipient}


def test_talks_in_a_town_abroad_name_no_host(session_coder):
    event = _main(session_coder, "During talks in Geneva, the Iranian foreign minister signed a deal.")
    assert "CHE" not in {a.country for a in event.recipient}
