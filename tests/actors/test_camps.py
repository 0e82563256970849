"""Supporters of a state organ (a junta, a military government, an army) are civilians of its country who rally for it,
not the organ; a party's or a movement's supporters stay the body's side. Mentions we wrote ourselves."""
from __future__ import annotations

import datetime as dt

import pytest

from khabar.actors import default_kb

DAY = dt.date(2024, 5, 14)


@pytest.mark.parametrize(("owner", "country", "noun", "iso3", "sector"), [
    ("the junta", "NER", "supporters", "NER", "CVL"),
    ("the military government", "BFA", "supporters", "BFA", "CVL"),
    ("the army", "MLI", "supporters", "MLI", "CVL"),
    ("the police", "KEN", "relatives", "KEN", "CVL"),  # kin of anyone, as before
])
def test_supporters_of_a_state_organ_are_civilians(owner, country, noun, iso3, sector):
    kb = default_kb()
    found = kb.camp_of(kb.resolve(owner, date=DAY, country=country), noun, text=f"{noun} of {owner}")
    assert (found.country, found.sector) == (iso3, sector)


@pytest.mark.parametrize(("owner", "country"), [("the ruling party", "ZWE"), ("the PTI", "PAK"), ("Iran", None)])
def test_supporters_of_a_party_or_a_state_name_no_camp(owner, country):
    kb = default_kb()
    assert kb.camp_of(kb.resolve(owner, date=DAY, country=country), "supporters", text=f"supporters of {owner}") is None
