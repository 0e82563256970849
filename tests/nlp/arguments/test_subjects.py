"""Who does the act a verb of pressing or asking asks for: the one pressed, even when the words name no known
party ("the two neighbours", "both sides"), never the one who presses (sentences we wrote ourselves)."""
from __future__ import annotations

from datetime import date

import pytest

from ..conftest import events_of

pytestmark = pytest.mark.model

PUBLISHED = date(2024, 3, 9)


# (text, category of the asked act, the presser's country, which must not be the act's actor)
@pytest.mark.parametrize("text,category,presser", [
    ("Angola urged the two neighbours to hold talks on the border dispute.", "CONSULT", "AGO"),
    ("Qatar asked both sides to resume negotiations in Doha.", "CONSULT", "QAT"),
    ("Militants seized two engineers near Kirkuk on Monday. Iraq called on the group to release them.",
     "RETREAT", "IRQ"),
    ("Norway encouraged the two rivals to resume talks in Oslo.", "CONSULT", "NOR"),
])
def test_the_presser_does_not_do_the_act_it_asks_for(coder, text, category, presser):
    asked = events_of(coder, text, category, PUBLISHED)
    assert asked, f"no {category} coded in {text!r}"
    assert all(a.country != presser for e in asked for a in e.actor)


# the one pressed, a known party, still does the act
@pytest.mark.parametrize("text,category,doer", [
    ("Kenya urged Ethiopia to hold talks with Eritrea.", "CONSULT", "ETH"),
    ("The United States pressed Israel to release the detainees.", "RETREAT", "ISR"),
])
def test_a_known_party_pressed_does_the_act(coder, text, category, doer):
    asked = events_of(coder, text, category, PUBLISHED)
    assert asked and asked[0].actor and asked[0].actor[0].country == doer


# the presser's own people ("its fighters") are the presser's doing; a thing let happen is no doer
@pytest.mark.parametrize("text,category,doer", [
    ("Hezbollah ordered its fighters to withdraw from the border villages.", "RETREAT", "Hezbollah"),
    ("Under the accord, the army and the rebels pledged to allow the delivery of aid, to restore power and to "
     "withdraw from schools.", "RETREAT", "military"),
])
def test_own_people_or_a_thing_let_happen_leave_the_doer(coder, text, category, doer):
    asked = events_of(coder, text, category, PUBLISHED)
    assert asked and doer in [a.name for a in asked[0].actor]
