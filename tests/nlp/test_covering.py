"""Triggers another trigger of the clause stands for: one act told twice is one event (``khabar.nlp.covering``).
Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.nlp.conftest import EVENTS_PUBLISHED
from tests.nlp.conftest import asserted_events as _events  # the events told as done

pytestmark = pytest.mark.model
PUBLISHED = EVENTS_PUBLISHED


def test_a_strike_and_its_toll_in_a_participle_are_one_event(coder):
    text = "Three rockets struck an army depot outside Mosul on Tuesday, killing two guards and wounding five."
    assaults = [e for e in _events(coder, text) if e.event == "ASSAULT"]
    assert len(assaults) == 1
    assert assaults[0].size.dead == 2 and assaults[0].size.injured == 5
    assert assaults[0].trigger == "struck" and assaults[0].date == dt.date(2021, 5, 11)


@pytest.mark.parametrize("text,category", [
    ("Demonstrators in Istanbul burned Israeli flags to protest the raid on Gaza.", "PROTEST"),
    ("Gunmen attacked the convoy to kill the governor.", "ASSAULT"),
    ("Egypt hosted talks to discuss a ceasefire in Gaza.", "CONSULT"),
])
def test_an_act_done_for_a_purpose_of_its_own_kind_is_one_event(coder, text, category):
    assert [e.event for e in _events(coder, text) if e.event == category] == [category]


def test_a_toll_the_parser_hangs_on_a_time_clause_still_belongs_to_the_strike(coder):
    text = "A drone hit the ferry terminal on Tuesday as hundreds of passengers queued, killing at least 11 people."
    assaults = [e for e in _events(coder, text) if e.event == "ASSAULT"]
    assert len(assaults) == 1 and assaults[0].size.dead == 11


@pytest.mark.parametrize("text,event", [
    # a verb trigger and its object noun of the same kind tell one act
    ("Ethiopia deployed thousands of troops along its border with Eritrea.", "MOBILIZE"),
    # a force noun naming the occasion of an active force verb is that verb's own operation
    ("Pakistani troops killed five militants in a raid in North Waziristan.", "ASSAULT"),
    ("Police detained 30 smugglers during an operation in the port of Aden.", "COERCE"),
])
def test_one_operation_told_by_a_verb_and_a_noun_is_one_event(coder, text, event):
    events = _events(coder, text)
    assert [e.event for e in events] == [event]


@pytest.mark.parametrize("text,count", [
    # a conjoined verb with a subject of its own is another party's act, not the same event told twice
    ("Police arrested five students on Monday and the army detained two journalists.", 2),
    ("Rebels shelled the airport and government jets bombed the rebel bases.", 2),
    # without a subject of its own it tells more of the same act
    ("The militia killed three villagers and wounded seven.", 1),
])
def test_a_conjoined_verb_with_its_own_subject_is_another_event(coder, text, count):
    events = _events(coder, text)
    assert len({e.link for e in events}) == count


@pytest.mark.parametrize("text,expected", [
    # conjoined verbs of one doer and one category but of different modes are acts of their own, each with its object
    ("The junta freed 40 jailed students and ended the state of emergency in the capital.",
     {("release", "students"), (None, "state")}),  # each act keeps its own object
    ("Caracas accused Madrid of meddling in the vote and summoned the Spanish envoy.",
     {("disapprove", "Madrid"), ("allege", "envoy")}),
    ("Soldiers took over the radio station and deported two Canadian reporters.",
     {("seize", "radio"), ("deport", "reporters")}),
    # violence on one occasion stays one act, whatever its modes; so does an operation of no mode and what it makes
    ("Gunmen kidnapped 12 pupils and killed a guard at a school in Zamfara.", {("abduct", "pupils")}),
    ("Gendarmes raided a farm near Bouake and detained nine smugglers.", {("arrest", "")}),
])
def test_conjoined_acts_of_one_category_but_different_modes_are_events_of_their_own(coder, text, expected):
    told = [(e.mode, " ".join(r.text for r in e.recipient)) for e in _events(coder, text)]
    assert sorted(mode or "" for mode, _ in told) == sorted(mode or "" for mode, _ in expected)
    assert all(word in recipients for mode, recipients in told for m, word in expected if m == mode)
    assert not any(word in recipients for mode, recipients in told for m, word in expected if m != mode and word)


@pytest.mark.parametrize("text", [
    # force nouns of one mode listed under one verb are the means of one act
    "Riot police used tear gas and rubber bullets against the striking dockers in Mombasa.",
    "Officers fired tear gas and stun grenades at the students on Thursday.",
])
def test_means_listed_under_one_verb_are_one_act(coder, text):
    assert len([e for e in _events(coder, text) if e.event == "ASSAULT"]) == 1


@pytest.mark.parametrize("text,mode", [
    # the means a verb uses and the purpose of the same kind it is used for are one act, told by the means
    ("Riot police used water cannon to disperse the marchers outside the ministry on Sunday.", "crowd-control"),
    ("Officers used tear gas to break up the sit-in at the university.", "crowd-control"),
    ("Soldiers used live ammunition to disperse the crowd at the checkpoint.", "firearms"),
])
def test_means_and_the_purpose_they_serve_are_one_act(coder, text, mode):
    assert [e.mode for e in _events(coder, text) if e.event == "ASSAULT"] == [mode]


@pytest.mark.parametrize("text,count", [
    # what the "by" agent of a passive does is the passive's act: a gerund agent, a relative clause on an act or a
    # munition agent
    ("Tyre was hit by shelling on Tuesday, killing two people.", 1),
    ("Aleppo was rocked by bombing overnight.", 1),
    ("Baghdad was rocked by two car bombs that killed 20 people on Sunday.", 1),
    ("Kabul was hit by a suicide bombing that killed 15 people on Monday.", 1),
    # a relative clause on a party agent tells another act of that party
    ("Twelve students were abducted by gunmen who stormed their school in Kaduna.", 2),
])
def test_what_a_passives_agent_does_is_the_passives_act(coder, text, count):
    assaults = [e for e in _events(coder, text) if e.event == "ASSAULT"]
    assert len({e.link for e in assaults}) == len(assaults) == count


# A combat word a verb's lexicon row asks for ("seized ... after two days of fighting" is an assault because of the
# fighting) is that verb's own act: one event, not the seizure and the fighting apart.
@pytest.mark.model
@pytest.mark.parametrize("text, categories", [
    ("M23 rebels seized the town of Masisi on Tuesday after two days of fighting with the army.", ["ASSAULT"]),
    ("Troops entered the town after weeks of fighting.", ["ASSAULT"]),
    # control: no fighting told, the seizure alone
    ("M23 rebels seized the town of Masisi on Tuesday.", ["COERCE"]),
])
def test_the_fighting_a_verb_needs_is_its_own_act(coder, text, categories):
    assert sorted(e.event for e in _events(coder, text)) == categories
