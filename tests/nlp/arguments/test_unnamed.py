"""The doer of a killing told in a relative clause of an attack someone carried out is whoever carried it out,
not an unidentified armed group of the place (sentences we wrote)."""
from __future__ import annotations

import datetime as dt

import pytest

from khabar.model import Article
from khabar.nlp.mentions import UNIDENTIFIED_ARMED_GROUP

# Each row: the sentence, the word of the killing, and the country of its doer.
CARRIED_OUT_ATTACKS = [
    ("The U.S. military carried out an air strike in Somalia on Friday that killed 12 al Shabaab fighters.",
     "killed", "USA"),
    ("Turkey launched an air strike in northern Iraq that killed five Kurdish militants.", "killed", "TUR"),
    ("Israel carried out a raid in Jenin that killed three Palestinians.", "killed", "ISR"),
    ("Russia launched a missile attack on Kyiv that killed four civilians.", "killed", "RUS"),
]


@pytest.fixture(scope="module")
def coder():
    from khabar.nlp.pipeline import Coder
    return Coder()


def _event(coder, text: str, trigger: str):
    (coded,) = coder.code([Article(id="t", text=text, published=dt.date(2024, 3, 10))])
    return next(e for e in coded.events if e.trigger == trigger)


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, country", CARRIED_OUT_ATTACKS)
def test_a_relative_clause_of_a_carried_out_attack_is_its_doers(coder, text, trigger, country):
    event = _event(coder, text, trigger)
    assert [a.country for a in event.actor] == [country]
    assert all(a.name != UNIDENTIFIED_ARMED_GROUP for a in event.actor)


@pytest.mark.model
def test_a_relative_clause_of_an_attack_no_one_carried_out_keeps_the_unnamed_doer(coder):
    # "a bomb that killed": nobody named carries the bomb out, so the doer stays unidentified
    event = _event(coder, "Police defused a second bomb after a blast that killed four people in Quetta.", "killed")
    assert [a.name for a in event.actor] == [UNIDENTIFIED_ARMED_GROUP]


# Each row: the sentence, and the word of the attack, whose arms no word says are anyone's: an unnamed doer.
UNOWNED_ARMS = [
    ("Tyre was hit by artillery on Tuesday.", "hit"),
    ("Tyre was hit by artillery fire on Tuesday.", "hit"),
    ("Artillery hit Tyre on Tuesday.", "hit"),
    ("Tanks shelled the outskirts of Bakhmut on Monday.", "shelled"),
]
# Each row: the sentence, the word of the attack, and the country its arms' owner gives the doer.
OWNED_ARMS = [
    ("Tyre was hit by Israeli artillery on Tuesday.", "hit", "ISR"),
    ("Israeli artillery fire hit Tyre on Tuesday.", "hit", "ISR"),
    ("Russian warplanes bombed Idlib on Friday.", "bombed", "RUS"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger", UNOWNED_ARMS)
def test_arms_of_no_stated_owner_are_an_unnamed_doers(coder, text, trigger):
    event = _event(coder, text, trigger)
    assert [a.name for a in event.actor] == [UNIDENTIFIED_ARMED_GROUP]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, country", OWNED_ARMS)
def test_arms_of_a_stated_owner_are_the_owners(coder, text, trigger, country):
    event = _event(coder, text, trigger)
    assert [(a.country, a.sector) for a in event.actor] == [(country, "MIL")]


# Each row: a protest by people who live outside their own state, with no target named, and the country of the
# government it addresses: their own state's, not the host's.
PROTESTS_IN_EXILE = [
    ("Exiled Iranian dissidents protested in London on Wednesday.", "protested", "IRN"),
    ("Hundreds of Eritrean exiles demonstrated in Berlin on Saturday.", "demonstrated", "ERI"),
    ("Members of the Tamil diaspora rallied in Toronto on Sunday, demanding justice.", "rallied", "LKA"),
    ("Exiled Belarusian opposition supporters rallied in Vilnius on Sunday.", "rallied", "BLR"),
]
# Each row: a protest by people of the place, or by people of another state who are not said to live in exile: the
# government of the place.
PROTESTS_AT_HOME = [
    ("British students protested in London against tuition fees.", "protested", "GBR"),
    ("Thousands of Iranians protested in Tehran on Friday.", "protested", "IRN"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, country", PROTESTS_IN_EXILE + PROTESTS_AT_HOME)
def test_a_protest_in_exile_addresses_the_protesters_own_government(coder, text, trigger, country):
    event = _event(coder, text, trigger)
    assert [(a.country, a.sector) for a in event.recipient] == [(country, "GOV")]
