"""Who does what the infinitive after "call" says (``khabar.nlp.arguments.subjects``): after a phone call to one
person ("called Putin to urge restraint") the caller, who makes the call for it; after "called on X to" or a
summons of many ("called its supporters to march") the one called (sentences we wrote ourselves)."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.nlp.conftest import events_of

pytestmark = pytest.mark.model

D = dt.date(2023, 3, 10)


# (text, the category of the infinitive's act, the country of its doer)
@pytest.mark.parametrize("text, category, doer", [
    ("Macron called Putin to urge restraint.", "REQUEST", "FRA"),
    ("Biden called Netanyahu to demand a halt to the strikes.", "REQUEST", "USA"),
    ("Erdogan called Putin to congratulate him on his re-election.", "SUPPORT", "TUR"),
    ("Scholz called Zelensky to offer condolences after the missile strike.", "SUPPORT", "DEU"),
    # the parser reads the callee as a predicate ("called him a liar")
    ("Kenyan President William Ruto called Sudan's army chief to urge an end to the fighting.", "REQUEST", "KEN"),
    # "call on": the one called on is asked to act
    ("The United Nations called on Israel to withdraw from the area.", "RETREAT", "ISR"),
])
def test_the_doer_of_what_a_call_is_for(session_coder, text, category, doer):
    events = events_of(session_coder, text, category, D)
    assert events, f"no {category} coded in {text!r}"
    assert [a.country for a in events[0].actor] == [doer]


def test_a_call_to_a_counterpart_has_one_doer(session_coder):
    text = "The prime minister called his Ethiopian counterpart on Tuesday to discuss the border dispute."
    [event] = events_of(session_coder, text, "CONSULT", D)
    assert [a.country for a in event.actor] == [None] and [a.country for a in event.recipient] == ["ETH"]
