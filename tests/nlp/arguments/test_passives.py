"""Passives and their "by" agents (``khabar.nlp.arguments.passives``, ``doers``, ``finder``, ``subjects``): a place
that undergoes a passive is never the doer of the act its "by" phrase names, and that act's doer is whoever the
phrase says did it. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.nlp.conftest import asserted_events, countries_and_sectors

pytestmark = pytest.mark.model


def _assaults(coder, text: str) -> list:
    return [e for e in asserted_events(coder, text) if e.event == "ASSAULT"]


# Each row: a passive whose "by" phrase is an act told by a gerund, and the countries of every doer of its events.
GERUND_AGENTS = [
    ("Tyre was hit by shelling on Tuesday, killing two people.", {"LBN"}),  # an unnamed group of the place
    ("Tyre was hit by shelling on Tuesday.", {"LBN"}),
    ("Tyre was hit by shelling from Israeli tanks on Tuesday.", {"ISR"}),
    ("Tyre was devastated by shelling on Tuesday.", set()),
    ("Sidon was devastated by Israeli shelling on Wednesday.", {"ISR"}),
]


@pytest.mark.parametrize("text, countries", GERUND_AGENTS)
def test_a_place_under_a_passive_is_not_the_doer_of_its_agent(coder, text, countries):
    events = _assaults(coder, text)
    assert events
    assert all(a.name not in ("Tyre", "Sidon") for e in events for a in e.actor)
    assert {a.country for e in events for a in e.actor} == countries


# Each row: a passive whose "by" agent names a munition or an act, and the country its owner gives the doer.
OWNED_AGENTS = [
    # the tagger takes "Russian" for a language's name here
    ("Kharkiv was struck by Russian missiles overnight, killing three civilians.", "RUS"),
    ("Kharkiv was struck by Russian drones overnight.", "RUS"),
    ("Tyre was hit by Israeli air strikes on Tuesday.", "ISR"),
    ("Mariupol was besieged by Russian forces for weeks.", "RUS"),
]


@pytest.mark.parametrize("text, country", OWNED_AGENTS)
def test_the_owner_of_a_passives_agent_is_the_doer(coder, text, country):
    event = next(e for e in asserted_events(coder, text) if e.event in ("ASSAULT", "COERCE"))
    assert [a.country for a in event.actor] == [country]


def test_an_agent_no_one_is_said_to_own_names_no_doer(coder):
    (event,) = _assaults(coder, "Tyre was hit by air strikes on Tuesday.")
    assert event.actor == ()
    assert [a.name for a in event.recipient] == ["Tyre"]


# Each row: a passive whose subject is a place noun with the name behind it, and the name the recipient resolves to.
NAMED_PLACES = [
    ("The port of Odesa was targeted by Russian missiles on Sunday.", "Odesa", "UKR"),
    ("The city of Odesa was attacked by Russian drones on Sunday.", "Odesa", "UKR"),
    ("The province of Idlib was hit by air strikes on Monday.", "Idlib", "SYR"),
]


@pytest.mark.parametrize("text, name, country", NAMED_PLACES)
def test_the_name_behind_a_place_noun_undergoes_the_passive(coder, text, name, country):
    (event,) = _assaults(coder, text)
    assert [(a.name, a.country) for a in event.recipient] == [(name, country)]


def test_a_village_undergoing_a_passive_stands_for_its_people(coder):
    (event,) = _assaults(coder, "The village of Tal Abyad was shelled on Monday.")
    assert countries_and_sectors(event.recipient) == [("SYR", "CVL")]


# Each row: a reduced relative the parser made the main verb, with the rest of the sentence hung on it as a
# conjunct or a complement; the participle's act and the sector of whom it was done to.
REDUCED_RELATIVES = [
    ("The soldiers captured in the raid were handed over to the Red Cross.", "captured", "MIL"),
    ("The journalists detained last week were released on Monday.", "detained", "MED"),
]


@pytest.mark.parametrize("text, trigger, sector", REDUCED_RELATIVES)
def test_the_noun_of_a_reduced_relative_undergoes_it(coder, text, trigger, sector):
    event = next(e for e in asserted_events(coder, text) if e.trigger == trigger)
    assert event.actor == ()
    assert [a.sector for a in event.recipient] == [sector]


# Each row: a passive of no attack whose "by" agent is an attack, and the names of whom the attack struck: a place
# the gazetteer knows, and nothing else.
STRUCK_BY_AGENT = [
    ("The Lebanese city of Tyre was devastated by Israeli shelling on Tuesday.", ["Tyre"]),
    ("The talks were overshadowed by shelling on Tuesday.", []),
]


@pytest.mark.parametrize("text, names", STRUCK_BY_AGENT)
def test_only_a_known_place_undergoing_the_passive_is_struck_by_its_agent(coder, text, names):
    (event,) = _assaults(coder, text)
    assert [a.name for a in event.recipient] == names
