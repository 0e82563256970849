"""Mentions that tell again an event told elsewhere in the article (``khabar.nlp.retellings``). Sentences written
for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.nlp.conftest import EVENTS_PUBLISHED
from tests.nlp.conftest import asserted_events as _events  # the events told as done

pytestmark = pytest.mark.model
PUBLISHED = EVENTS_PUBLISHED


def test_a_retelling_before_the_dated_report_is_merged_into_it(coder):
    text = ("The militia managed to get the governor to free the detainees. On Wednesday, the detainees were "
            "released by the provincial police.")
    retreats = [e for e in _events(coder, text) if e.event == "RETREAT"]
    assert len(retreats) == 1 and retreats[0].date == dt.date(2021, 5, 12)


def test_a_definite_event_with_a_new_agent_is_a_new_event(coder):
    text = ("Gunmen attacked a checkpoint near Kirkuk on Monday. The clashes culminated in the Turkish "
            "bombing of rebel positions near Duhok on Thursday.")
    assaults = [e for e in _events(coder, text) if e.event == "ASSAULT"]
    assert len(assaults) == 2
    assert any(a.country == "TUR" for e in assaults for a in e.actor)


@pytest.mark.parametrize("text,first,second", [
    ("Gunmen killed five farmers in Benue state on Sunday. Hundreds of villagers protested in Makurdi on Monday, "
     "witnesses said. Soldiers dispersed the crowd with tear gas.", "Gunmen", "Soldiers"),
    ("Gunmen shot dead six traders at a market in Zamfara on Saturday, police said. Hundreds of women marched in "
     "Gusau on Sunday to demand protection. Police dispersed the crowd with tear gas.", "Gunmen", "Police"),
    ("Militants stormed a village near Maiduguri on Tuesday, killing 12 people. Residents fled to the city on "
     "Wednesday. Troops dispersed the crowd at the gates.", "Militants", "Troops"),
])
def test_an_act_of_the_other_side_retells_nothing(coder, text, first, second):
    """An undated act on a definite object is no retelling of an earlier act by the other side: soldiers
    dispersing a crowd are not the gunmen who killed, and the killing keeps its doers."""
    assaults = [e for e in _events(coder, text) if e.event == "ASSAULT"]
    assert [[a.text for a in e.actor] for e in assaults] == [[first], [second]]


@pytest.mark.parametrize("text,category,records", [
    ("Drones hit a clinic in Kadugli on Wednesday, killing three patients. The drones struck the clinic again at "
     "noon, witnesses said.", "ASSAULT", 2),
    ("Police arrested the opposition leader in Harare on Monday. Officers detained him again outside the court, "
     "his lawyer said.", "COERCE", 2),
    ("Gunmen attacked a school in Katsina on Friday. The gunmen attacked the same school a second time, residents "
     "said.", "ASSAULT", 2),
    # controls: the same act told again, no word of a new occasion
    ("Gunmen attacked a church in Kaduna on Sunday, killing six worshippers. The attackers torched the church "
     "before fleeing, a pastor said.", "ASSAULT", 1),
    ("Police arrested the opposition leader in Harare on Monday. Officers detained the politician outside his "
     "home, his lawyer said.", "COERCE", 1),
])
def test_a_definite_object_struck_again_is_no_retelling(coder, text, category, records):
    """"struck the clinic again": the definite object is what was struck before, but the act is a new one."""
    assert len([e for e in _events(coder, text) if e.event == category]) == records
