"""Participles and presents that tell a standing, not an act (``khabar.nlp.standings``). Sentences written for
these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from khabar.evaluate.coder import main_event
from tests.nlp.conftest import EVENTS_PUBLISHED
from tests.nlp.conftest import asserted_events as _events  # the events told as done

pytestmark = pytest.mark.model
PUBLISHED = EVENTS_PUBLISHED


def test_a_participle_naming_a_persons_standing_is_no_accusation(coder):
    events = _events(coder, "A teacher accused of insulting the king was freed on Monday.")
    assert [e.event for e in events] == ["RETREAT"]


@pytest.mark.parametrize("text,dropped", [
    ("The militia freed the fishermen held by the coast guard.", "COERCE"),
    ("A smuggler wanted by the border police crossed into the valley.", "REQUEST"),
    ("The guards released Omar Haddad, who had been detained by the army.", "COERCE"),
    ("The junta is holding 300 political prisoners.", "COERCE"),  # custody now, not an act of detaining
    # a backing told on the party it backs says who the party is ("Iran-backed"), not what the backer did
    ("Militias backed by Iran fired rockets at the airport on Tuesday.", "SUPPORT"),
    ("Rebels armed and funded by Turkey seized the town of Afrin on Sunday.", "AID"),
    ("The fighters, who are trained by foreign instructors, overran the checkpoint on Monday.", "AID"),
])
def test_an_undated_participle_naming_a_standing_is_no_event(coder, text, dropped):
    assert dropped not in {e.event for e in _events(coder, text)}


@pytest.mark.parametrize("text,kept", [
    # a reaction told on what it reacts to is no standing of a party
    ("The opposition leader, praised by Western governments, returned to Harare on Friday.", "SUPPORT"),
    ("Turkey backed the rebels with weapons and money last year.", "SUPPORT"),
])
def test_a_backing_told_as_an_act_is_an_event(coder, text, kept):
    assert kept in {e.event for e in _events(coder, text)}


def test_a_dated_participle_after_a_party_is_an_event(coder):
    events = _events(coder, "The three farmers detained on Tuesday returned to their village.")
    detentions = [e for e in events if e.event == "COERCE"]
    assert len(detentions) == 1 and detentions[0].date == dt.date(2021, 5, 11)


@pytest.mark.parametrize("text,event", [
    # a dated participle telling which people another event acts on describes them: the news is the release
    ("Israel freed 20 Palestinian prisoners detained in March.", "RETREAT"),
    ("The court released the activists arrested last week.", "RETREAT"),
    ("The president pardoned 30 students arrested in January.", "CONCEDE"),
    # being wanted is a standing, never an act of asking, even when the crime it is for is dated
    ("Police arrested a man wanted for the bombing of a bus in May.", "COERCE"),
    # also through an apposition naming the people freed
    ("Officials said Iran released two Britons, aid workers detained by the Revolutionary Guards in May.", "RETREAT"),
])
def test_a_dated_participle_describing_anothers_party_is_no_event(coder, text, event):
    events = _events(coder, text)
    assert [e.event for e in events] == [event]


def test_a_dated_participle_on_its_own_stays_an_event(coder):
    # no other event acts on the men: their arrest on Monday is the news
    events = _events(coder, "The men arrested on Monday are members of the militia.")
    assert [e.event for e in events] == ["COERCE"]


# (sentence, the category of its main event): forces told as stationed, based or deployed somewhere, undated, are a
# presence (no MOBILIZE), and what happens to them is the news; a stationing told as done stays a mobilisation
STATIONED = [
    ("American troops stationed in Iraq came under rocket fire on Tuesday.", "ASSAULT"),
    ("A drone attacked a base housing U.S. troops stationed in eastern Syria.", "ASSAULT"),
    ("Peacekeepers stationed in the town were attacked by militants on Friday.", "ASSAULT"),
    ("Russia stationed troops in Belarus last month.", "MOBILIZE"),
]


@pytest.mark.parametrize(("text", "category"), STATIONED)
def test_forces_stationed_somewhere_are_a_presence(coder, text, category):
    events = _events(coder, text, None)
    assert main_event(events).event == category
    if category != "MOBILIZE":
        assert all(e.event not in ("MOBILIZE", "AID") for e in events)
