"""Where a party speaks, meets, is based or visits is no country of its, nor of the people its clause names
(sentences we wrote)."""
from __future__ import annotations

import datetime as dt

import pytest

from khabar.model import Article

# Each row: the sentence, the word of the event, the party's text, and the country its place would wrongly give.
AWAY_FROM_HOME = [
    ("Speaking in Paris, the prime minister accused the rebels of violating the ceasefire.", "accused",
     "prime minister", "FRA"),
    ("Speaking in Paris, the prime minister accused the rebels of violating the ceasefire.", "accused",
     "rebels", "FRA"),
    ("The exiled leader, speaking from Istanbul, urged protesters to keep marching.", "urged", "exiled leader", "TUR"),
    ("The exiled leader, speaking from Istanbul, urged protesters to keep marching.", "urged", "protesters", "TUR"),
    ("Opposition leaders meeting in London called for the release of political prisoners.", "called",
     "Opposition leaders", "GBR"),
]


@pytest.fixture(scope="module")
def coder():
    from khabar.nlp.pipeline import Coder
    return Coder()


def _party(coder, text: str, trigger: str, words: str):
    (coded,) = coder.code([Article(id="t", text=text, published=dt.date(2024, 3, 10))])
    event = next(e for e in coded.events if e.trigger == trigger)
    return next(a for a in (*event.actor, *event.recipient) if a.text == words)


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, words, away", AWAY_FROM_HOME)
def test_where_a_party_is_away_from_home_is_not_its_country(coder, text, trigger, words, away):
    assert _party(coder, text, trigger, words).country != away


# Places where people are at home: the same verbs with the place the people's own.
AT_HOME = [
    ("Protesters gathered in Khartoum chanted slogans against the army on Sunday.", "gathered", "Protesters", "SDN"),
    ("Police in Lagos arrested 20 people on Sunday after a protest.", "arrested", "Police", "NGA"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, words, home", AT_HOME)
def test_where_people_are_at_home_stays_their_country(coder, text, trigger, words, home):
    assert _party(coder, text, trigger, words).country == home


# A visitor is not of the state it visits; the story's country is then no one's the words state (sentences we
# wrote: each row the sentence, the word of the event, the visitor's text and the state visited).
VISITORS = [
    ("The foreign minister visited Tehran on Sunday for talks with Iranian officials.", "visited", "foreign minister",
     "IRN"),
    ("The president, on a visit to Beijing, signed a trade agreement with China on Monday.", "signed a trade agreement",
     "president", "CHN"),
    ("During a visit to Kabul, the defence minister pledged more aid to the Afghan army.", "pledged more aid",
     "defence minister", "AFG"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, words, visited", VISITORS)
def test_a_visitor_is_not_of_the_state_visited(coder, text, trigger, words, visited):
    assert _party(coder, text, trigger, words).country != visited


@pytest.mark.model
def test_an_office_holder_arriving_in_a_capital_keeps_its_state(coder):
    # arriving is not visiting: "arrived in Islamabad after a visit to China" is a return home
    found = _party(coder, "The prime minister arrived in Islamabad on Monday after a visit to China.", "arrived",
                   "prime minister")
    assert found.country == "PAK"


# Each row: the sentence, the word of the event, the party's text, and its country: that of the land it is exiled
# from (the sentence names it), not of its place of exile.
IN_EXILE = [
    ("Rebel leaders in exile in Kenya called for protests in Ethiopia.", "called", "Rebel leaders", "ETH"),
    ("Opposition leaders living in exile in London urged a boycott of the election in Zimbabwe.", "urged",
     "Opposition leaders", "ZWE"),
    ("The exiled opposition leader, speaking from exile in Paris, urged protests in Guinea.", "urged",
     "exiled opposition leader", "GIN"),
    ("Opposition figures in exile in Turkey accused the Egyptian government of torture.", "accused",
     "Opposition figures", "EGY"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, words, country", IN_EXILE)
def test_a_place_of_exile_is_not_the_exiles_country(coder, text, trigger, words, country):
    assert _party(coder, text, trigger, words).country == country
