"""Recipients of protests found in review (round 25), on wire sentences we wrote ourselves:
- a protest whose light verb carries the event noun ("went on strike", "staged a sit-in") addresses whom its purpose
  clause of saying something names ("to demand higher pay from the state government"), as the verb "rallied to
  demand" does (``nominal._governor_recipients``); not a purpose that says what it is for ("to mark the anniversary
  of ...");
- a gathering outside a party's seat ("gathered outside the Chinese embassy") is aimed at the seat's state before
  whatever its purpose clause names (``recipients._aimed_preps``);
- a protest against a thing a party made or imposed ("rules drawn up by the European Commission") addresses that
  party (``recipients._made_by``).

Each row: the sentence, and the recipient of its main asserted event as ``(words in its text, ISO3)`` (either may be
None, unchecked), and words no recipient's text may hold.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.nlp.conftest import asserted_main_event, party_holds

pytestmark = pytest.mark.model

PUBLISHED = dt.date(2023, 5, 12)

ROWS = [
    # a light verb's protest, by its purpose clause of saying something to a party
    ("Teachers went on strike in Lagos to demand higher pay from the state government.", ("government", "NGA"),
     ("Lagos",)),
    ("Nurses went on strike in Nairobi to press the county government for unpaid salaries.", ("government", "KEN"),
     ("Nairobi",)),
    ("Opposition supporters held a march in Caracas to demand new elections from President Maduro.",
     ("Maduro", "VEN"), ("Caracas",)),
    ("Villagers staged a sit-in in Kashmir to protest the killing of a teenager by Indian troops.", ("troops", "IND"),
     ("Kashmir",)),
    ("Iranians held rallies across the country to condemn the killing of General Soleimani by the United States.",
     ("United States", "USA"), ()),
    # controls: a purpose that says what the protest is for names no one it addresses
    ("Thousands of Palestinians held a rally in Gaza to mark the anniversary of the founding of Hamas.", None,
     ("Hamas",)),
    ("Students staged a demonstration in Cairo to show support for the Palestinians.", None, ("Palestinians",)),
    # a gathering outside a party's seat
    ("Protesters gathered outside the Chinese embassy in Washington to denounce the crackdown in Hong Kong.",
     ("embassy", "CHN"), ("Hong Kong",)),
    ("Hundreds gathered outside the Russian embassy in Berlin to condemn the bombing of Kyiv.", ("embassy", "RUS"),
     ("Kyiv",)),
    # control: a gathering outside a place that seats no party is where the crowd stood
    ("Relatives of the victims gathered outside the hospital in Karachi.", None, ("hospital",)),
    # a thing made or imposed by a party
    ("Farmers protested in Paris against rules drawn up by the European Commission.", ("European Commission", None),
     ("Paris",)),
    ("Traders protested in Lagos over new taxes imposed by the state government.", ("government", "NGA"), ("Lagos",)),
    ("Fishermen rallied in Manila against a fishing ban imposed by Beijing.", ("Beijing", "CHN"), ("Manila",)),
]


@pytest.mark.parametrize(("text", "recipient", "not_recipients"), ROWS, ids=[r[0][:60] for r in ROWS])
def test_whom_a_protest_addresses(session_coder, text, recipient, not_recipients):
    event = asserted_main_event(session_coder, text, PUBLISHED)
    assert event is not None and event.event == "PROTEST", event
    assert party_holds(recipient, event.recipient), event.recipient
    assert not any(w.lower() in p.text.lower() for p in event.recipient for w in not_recipients), event.recipient
