"""Tolls told by a verb of dying whose occasion is an attack noun, and tolls that name their attack by its weapon.

- "Fifteen people died in Tuesday's blast in Kabul": the blast's dead are 15, and its day is the deaths' day
  (``quantities.toll_host``); a flood or a car crash is no attack, and gives no event.
- "A bomb exploded at a market ... Eleven people died in the blast": the deaths update the attack told before, not a
  new event (``tolls._died_in_attack_told``), unless the noun names another day or place than any attack told.
- "The toll from the explosion rose to 14" counts the bomb that exploded, not a shooting told after it: a toll names
  its attack by its weapon as well as by its words (``tolls.weapons_told``).
Every article here is our own.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.nlp.conftest import coded_events, event_with

FRIDAY = dt.date(2020, 6, 26)  # publication: "Tuesday" is 23 June, "Monday" 22 June


def _asserted(coder, text: str) -> list:
    return [e for e in coded_events(coder, text, FRIDAY) if e.factuality == "asserted"]


# (sentence, trigger of the attack, its dead, its injured, its day)
DIED_IN_AN_ATTACK = [
    ("Fifteen people died in Tuesday's blast in Kabul.", "blast", 15, None, dt.date(2020, 6, 23)),
    ("Nine worshippers lost their lives in the suicide attack on a mosque in Peshawar on Monday.", "attack", 9, None,
     dt.date(2020, 6, 22)),
    ("Six soldiers perished in an ambush near Gao on Thursday, the army said.", "ambush", 6, None,
     dt.date(2020, 6, 25)),
    ("At least 23 people died in a car bombing in Mogadishu on Wednesday.", "bombing", 23, None,
     dt.date(2020, 6, 24)),
    # a passive killing is an act of its own, and keeps its toll: the noun takes none, so it is counted once
    ("Twelve people were killed in Monday's bombing in Mogadishu, police said.", "killed", 12, None,
     dt.date(2020, 6, 22)),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "trigger", "dead", "injured", "day"), DIED_IN_AN_ATTACK,
                         ids=[r[0][:50] for r in DIED_IN_AN_ATTACK])
def test_a_verb_of_dying_tells_the_toll_of_its_attack(coder, text, trigger, dead, injured, day):
    event = event_with(_asserted(coder, text), trigger)
    assert event.event == "ASSAULT"
    assert (event.size.dead, event.size.injured) == (dead, injured)
    assert event.date == day


@pytest.mark.model
def test_a_killing_in_an_attack_is_counted_once(coder):
    events = _asserted(coder, "Twelve people were killed in Monday's bombing in Mogadishu, police said.")
    assert sum(e.size.dead or 0 for e in events) == 12


NOT_AN_ATTACK = [
    "Fifteen people died in the floods in Assam on Tuesday.",
    "Two people died in a car crash near Lagos on Sunday.",
    "Three miners perished in a landslide in Hpakant on Monday.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", NOT_AN_ATTACK)
def test_deaths_in_no_attack_give_no_event(coder, text):
    assert not [e for e in _asserted(coder, text) if e.event == "ASSAULT"]


# (article, triggers of its attacks in order, their dead)
DEATHS_OF_AN_ATTACK_TOLD = [
    ("A bomb exploded at a checkpoint in Mogadishu on Monday. Gunmen later stormed a hotel in Kismayo. "
     "Eleven people died in the blast, police said.", ("exploded",), (11,)),
    ("A car bomb exploded outside a hotel in Mogadishu on Saturday, killing nine people. "
     "Twelve people died in the blast, police said on Sunday.", ("exploded",), (12,)),
    ("Gunmen attacked a police post in Zamfara on Monday. Seven officers lost their lives in the attack, "
     "a spokesman said.", ("attacked",), (7,)),
    # controls: a smaller number of one attack is a part, and more deaths told later add up
    ("A car bomb exploded outside a hotel in Mogadishu on Saturday, killing nine people. "
     "Four people died in the blast, a doctor said.", ("exploded",), (9,)),
    ("Gunmen attacked a police post in Zamfara on Monday, killing four officers. "
     "Two more officers later died of their wounds.", ("attacked",), (6,)),
    # control: the blast named is not the attack told before (another place, another day): it counts nothing there
    ("Gunmen attacked a police post in Zamfara on Monday. Fifteen people died in the blast in Kabul on Tuesday.",
     ("attacked",), (None,)),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "triggers", "dead"), DEATHS_OF_AN_ATTACK_TOLD,
                         ids=[r[0][-60:] for r in DEATHS_OF_AN_ATTACK_TOLD])
def test_deaths_in_an_attack_told_before_update_it(coder, text, triggers, dead):
    events = _asserted(coder, text)
    assert tuple(event_with(events, t).size.dead for t in triggers) == dead


# (article, triggers of its attacks in order, their dead): the toll names its attack by its weapon
TOLL_BY_WEAPON = [
    ("A bomb exploded in a crowded market in Quetta on Wednesday. Hours later, gunmen attacked a police post in "
     "Turbat. The death toll from the explosion rose to 14, officials said on Thursday.",
     ("exploded", "attacked"), (14, None)),
    ("Gunmen opened fire on worshippers at a church in Ondo on Sunday. Separately, a roadside bomb hit a bus in "
     "Borno on Sunday. The toll from the shooting rose to 22.", ("opened", "hit"), (22, None)),
    ("Jets struck a market in Idlib on Monday. Hours later, rebels shelled a town in Hama province. "
     "The death toll from the air raid climbed to 31.", ("struck", "shelled"), (31, None)),
    # control: a toll naming no weapon of any attack told goes to the latest one, as before
    ("Jets struck a market in Idlib on Monday. Hours later, rebels shelled a town in Hama province. "
     "The death toll climbed to 31.", ("struck", "shelled"), (None, 31)),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "triggers", "dead"), TOLL_BY_WEAPON, ids=[r[0][-50:] for r in TOLL_BY_WEAPON])
def test_a_toll_names_its_attack_by_its_weapon(coder, text, triggers, dead):
    events = _asserted(coder, text)
    assert tuple(event_with(events, t).size.dead for t in triggers) == dead
