"""The dead a tribute honours (``khabar.nlp.triggers.tributes``): the participle says who they are, and the tribute is
the news. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.nlp.conftest import coded_events

pytestmark = pytest.mark.model
PUBLISHED = dt.date(2024, 6, 26)


def _assaults(coder, text) -> list:
    return [e for e in coded_events(coder, text, PUBLISHED) if e.event == "ASSAULT" and e.factuality == "asserted"]


@pytest.mark.parametrize("text", [
    "Hundreds attended a memorial on Sunday for the journalists killed in the war.",
    "The president paid tribute on Monday to the police officers killed in the attack.",
    "A memorial service was held on Sunday for the soldiers killed in the ambush.",
    "The army honoured the soldiers killed in the ambush at a ceremony on Monday.",
    "Mourners held a candlelight vigil for the students shot dead by police.",
])
def test_the_dead_a_tribute_honours_tell_no_new_attack(coder, text):
    assert not _assaults(coder, text)


def test_the_attack_told_before_the_tribute_is_one_event(coder):
    text = ("Gunmen killed 12 soldiers in an ambush in the north on Sunday. A memorial service was held on Tuesday "
            "for the soldiers killed in the ambush.")
    assaults = _assaults(coder, text)
    assert len(assaults) == 1 and assaults[0].size.dead == 12


def test_a_killing_beside_a_tribute_stays(coder):
    assert _assaults(coder, "Gunmen killed two mourners at a memorial service in the north on Sunday.")


def test_a_dated_killing_the_mourners_honour_stays_an_event(coder):
    # its only telling may be here: "killed in Friday's drone strike" dates an attack of its own
    text = "Thousands mourned on Sunday the men killed in Friday's drone strike at the airport."
    assert _assaults(coder, text)


@pytest.mark.parametrize("text", [
    "Officials visited the soldiers wounded in the ambush.",
    "The soldiers wounded in the ambush were visited by the minister on Monday.",
    "Doctors treated the civilians injured in the blast.",
    "The civilians injured in the blast were treated in hospital.",
    "Rebels released a video of soldiers captured in the fighting.",
])
def test_people_a_peaceful_act_attends_to_tell_no_new_attack(coder, text):
    assert not _assaults(coder, text)


def test_the_peaceful_act_itself_stays(coder):
    events = coded_events(coder, "Officials visited the soldiers wounded in the ambush.", PUBLISHED)
    assert [e.event for e in events if e.factuality == "asserted"] == ["CONSULT"]


@pytest.mark.parametrize("text", [
    # a dated occasion may be the only telling of the attack; a violent act is no peaceful one
    "The minister visited the soldiers wounded in Sunday's ambush.",
    "Gunmen attacked the soldiers wounded in the ambush.",
])
def test_a_dated_or_violent_telling_keeps_the_attack(coder, text):
    assert len(_assaults(coder, text)) >= 1


def test_people_freed_after_a_dated_detention_keep_the_detention(coder):
    # "held last month" dates the detention: it may be its only telling
    events = coded_events(coder, "The soldiers captured last week were freed on Monday.", PUBLISHED)
    assert "COERCE" in [e.event for e in events]
