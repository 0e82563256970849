"""Private affairs (``khabar.nlp.relevance``): a non-violent act between private parties is no political event;
force, protest and any political party keep an event. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from khabar.model import Actor
from khabar.nlp.drops import PRIVATE
from khabar.nlp.relevance import private_roles
from khabar.nlp.sport import political_party
from tests.nlp.conftest import coded_events

pytestmark = pytest.mark.model

PUBLISHED = dt.date(2021, 3, 10)

# Acts of trade and private life told in the words of politics: no event.
PRIVATE_ACTS = [
    "The company urged customers to update their phones.",
    "Shoppers boycotted the store.",
    "The singer lauded her fans.",
    "The pilot flew to Paris.",
    "The coach praised his players.",
    "The bank appealed the fine.",
    "The airline apologised to passengers for the delays.",
    "The retailer thanked its customers for their loyalty.",
    "The actress criticised the director in an interview.",
    "Fans praised the striker after the concert.",
    "The carmaker agreed to compensate buyers of the faulty model.",
    "The chef rejected the critics' review.",
]

# Controls: force whoever the parties, a crowd's protest, and any political party or matter on either side.
POLITICAL_ACTS = [
    ("Gunmen killed five shoppers.", "ASSAULT"),
    ("Robbers shot a shopkeeper in Karachi.", "ASSAULT"),
    ("Protesters boycotted the company's products.", "PROTEST"),
    ("The union called a strike at the factory.", "PROTEST"),
    ("The company urged the government to cut taxes.", "REQUEST"),
    ("The bank appealed the fine imposed by the regulator.", "REQUEST"),
    ("The singer urged fans to vote in the referendum.", "REQUEST"),
    ("The minister praised the players after the victory.", "SUPPORT"),
    ("Residents accused the company of polluting the river.", "ACCUSE"),
    ("Workers demanded higher wages from the company.", "REQUEST"),
    ("The president flew to Paris on Monday.", "CONSULT"),
    ("Police arrested the singer in Lagos.", "COERCE"),
    ("Villagers praised the aid workers.", "SUPPORT"),
    ("Amnesty International urged the company to stop selling spyware.", "REQUEST"),
    ("The company denied funding the militia.", "AID"),
    ("Shoppers fled as gunmen opened fire in the market.", "ASSAULT"),
]


@pytest.fixture
def coder(session_coder):
    return session_coder


def test_the_table_holds_at_least_as_many_controls_as_dropped_acts():
    assert len(POLITICAL_ACTS) >= len(PRIVATE_ACTS)


@pytest.mark.parametrize("text", PRIVATE_ACTS)
def test_an_act_between_private_parties_is_no_event(coder, text):
    assert [e.event for e in coded_events(coder, text, PUBLISHED)] == []


@pytest.mark.parametrize("text,event", POLITICAL_ACTS)
def test_force_protest_or_a_political_side_keeps_the_event(coder, text, event):
    assert event in [e.event for e in coded_events(coder, text, PUBLISHED)]


def test_a_private_act_leaves_its_reason(coder):
    doc = coder.nlp("The singer lauded her fans.")
    assert [d.reason for d in doc._.dropped] == [PRIVATE]


def test_private_roles_are_lower_case_words_of_no_political_party():
    roles = private_roles()
    assert {"company", "customer", "fan", "singer", "coach", "pilot"} <= roles
    assert all(word == word.lower() for word in roles)
    # words that name political parties stay out of the list, whatever their context
    assert not roles & {"worker", "union", "resident", "villager", "citizen", "voter", "activist", "protester"}


@pytest.mark.parametrize("actor,political", [
    (Actor(text="the singer", name="civilians", sector="CVL"), False),
    (Actor(text="the company", name="business", sector="BUS"), False),
    (Actor(text="police", name="police", sector="COP"), True),
    (Actor(text="France", name="France", id="FRA", country="FRA"), True),
    (Actor(text="rights activists", name="civilians", sector="CVL"), True),
])
def test_the_parties_read_as_political(actor, political):
    assert political_party(actor) is political
