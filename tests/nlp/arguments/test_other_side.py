"""The other side named before (``arguments.other_side``), on short wire texts we wrote ourselves: a sanction,
accusation, threat or rejection whose own sentence names no one it is done to is done to the one foreign party the
sentence before names; the doer's own envoy or aid is never its recipient; and with no other side, or two, or a pair
named together, none is made up.

Each row: the text, the category of its event, and its recipient as ``(words in its text, ISO3)`` (``NOBODY``: none
may be invented).
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.nlp.conftest import NOBODY, events_of, party_holds

pytestmark = pytest.mark.model

PUBLISHED = dt.date(2023, 5, 12)

ROWS = [
    # the one foreign party of the sentence before
    ("Tensions rose with Ankara this week. On Monday, Greece recalled its ambassador.", "SANCTION", ("Ankara", "TUR")),
    ("Relations with Algeria have soured since the summer. Morocco recalled its ambassador on Friday.", "SANCTION",
     ("Algeria", "DZA")),
    ("The row with Canada deepened. India suspended its visa services on Thursday.", "SANCTION", ("Canada", "CAN")),
    ("Ethiopia's dispute with Egypt over the dam escalated. Addis Ababa rejected the demands.", "REJECT",
     ("Egypt", "EGY")),
    ("Iran said its missile tests were defensive. Washington rejected the claim.", "REJECT", ("Iran", "IRN")),
    # nothing named before: the doer's own envoy is no recipient
    ("Greece recalled its ambassador on Monday.", "SANCTION", NOBODY),
    # a pair named together is both sides at once, no side alone
    ("Iran and Israel traded threats. Tehran warned of a crushing response.", "THREATEN", NOBODY),
    # controls: a recipient of the sentence's own wins over the sentence before
    ("Germany and France held talks in Paris. Berlin recalled its ambassador from Moscow.", "SANCTION",
     ("Moscow", "RUS")),
    ("The row with Canada deepened. Pakistan suspended its trade with India.", "SANCTION", ("India", "IND")),
    ("Morocco recalled its ambassador to Algeria.", "SANCTION", ("Algeria", "DZA")),
]


@pytest.mark.parametrize(("text", "category", "recipient"), ROWS, ids=[r[0][:60] for r in ROWS])
def test_the_other_side_named_before(session_coder, text, category, recipient):
    (event,) = events_of(session_coder, text, category, PUBLISHED)
    assert party_holds(recipient, event.recipient), event.recipient


def test_a_new_paragraph_names_no_other_side(session_coder):
    text = "Tensions rose with Ankara this week.\n\nOn Monday, Greece recalled its ambassador."
    (event,) = events_of(session_coder, text, "SANCTION", PUBLISHED)
    assert not event.recipient


def test_a_request_to_its_own_keeps_them(session_coder):
    """"told its members to withdraw": a request is said to the doer's own, not to the other side named before."""
    text = "Iran fired missiles at a U.S. base. The militia told its members to withdraw."
    (event,) = events_of(session_coder, text, "REQUEST", PUBLISHED)
    assert all(p.country != "USA" for p in event.recipient), event.recipient
