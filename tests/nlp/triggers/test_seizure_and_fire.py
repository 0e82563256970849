"""Trigger rules read through ``khabar.nlp.triggers.matching``: a force taking a named town seizes it (the
small model may tag the town as anything), and "fire" that a weapon or a shooter names is gunfire, not a blaze; a
projectile that damages a thing attacks it."""
from __future__ import annotations

import pytest

from tests.nlp.conftest import asserted_events

# (sentence, expected (category, CAMEO) among the asserted events, or None for none of that category)
TAKEN_TOWNS = [
    ("Separatist forces took Horlivka on Tuesday after days of shelling.", ("COERCE", "192")),
    ("Rebel fighters have taken Bunia, a local official said.", ("COERCE", "192")),
    ("Government troops took the town after a two-week siege.", ("COERCE", "192")),
    ("Soldiers took Ahmed to a military hospital in the capital.", None),
    ("The soldiers took Friday off to rest.", None),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), TAKEN_TOWNS)
def test_a_force_taking_a_named_town_seizes_it(coder, text, expected):
    seizures = [(e.event, e.cameo) for e in asserted_events(coder, text) if e.event == "COERCE"]
    if expected is None:
        assert seizures == []
    else:
        assert expected in seizures


WEAPON_FIRE = [
    ("Artillery fire hit a busy market in the town on Sunday.", True),
    ("Tank fire struck a school sheltering displaced families.", True),
    ("Sniper fire killed two farmers near the border, police said.", True),
    ("A fire destroyed a busy market in the town on Sunday.", False),
    ("A fire killed ten workers at a textile factory.", False),
    # what is fired that damages a thing attacks it; a storm that does is no attack
    ("A ballistic missile damaged a power station near the capital overnight.", True),
    ("The storm damaged a power station near the capital overnight.", False),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "assault"), WEAPON_FIRE)
def test_fire_from_a_weapon_is_an_assault_and_a_blaze_is_not(coder, text, assault):
    assert any(e.event == "ASSAULT" for e in asserted_events(coder, text)) is assault
