"""Lexicon rows that tell a concession from a retreat: pulling back from a plan, a policy or a pledge yields (CAMEO
080, CONCEDE); pulling troops back from a place is a military retreat (0874, RETREAT). Sentences written for these
tests, about invented situations."""
from __future__ import annotations

import pytest

from tests.nlp.conftest import asserted_events

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,category", [
    ("After a week of strikes, the Moldovan cabinet retreated from its plan to raise fuel duties.", "CONCEDE"),
    ("The transport ministry pulled back from a proposal to double bus fares in Accra.", "CONCEDE"),
    ("Lima retreated on Tuesday from a pledge to privatise the state water company.", "CONCEDE"),
    # a retreat from a place stays a retreat
    ("Rebel fighters retreated from the hill town of Kuria after two days of shelling.", "RETREAT"),
    ("The brigade pulled back from the front line near Lysychansk on Sunday.", "RETREAT"),
])
def test_pulling_back_from_a_plan_concedes_and_from_a_place_retreats(coder, text, category):
    assert [e.event for e in asserted_events(coder, text)][:1] == [category]
