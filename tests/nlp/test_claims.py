"""A protest's demands are the protest itself (``khabar.nlp.claims``). Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.nlp.conftest import EVENTS_PUBLISHED, coded_events
from tests.nlp.conftest import asserted_events as _events  # the events told as done

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,trigger", [
    # a purpose: the march, blockade or sit-in is staged to make the demand
    ("Thousands of nurses marched through Lusaka to demand the payment of overdue salaries.", "marched"),
    ("Truck drivers blocked the main border crossing to demand lower fuel taxes.", "blocked"),
    ("Opposition supporters took to the streets of Conakry to call for a return to civilian rule.", "took"),
    # a participle: the words the crowd carries with its act
    ("Dock workers went on strike in Mombasa demanding a pay rise.", "went on strike"),
    ("Students rallied outside the education ministry, calling for the reopening of closed campuses.", "rallied"),
    ("Hundreds of farmers demonstrated in Accra on Monday, urging the government to cut fertiliser prices.",
     "demonstrated"),
])
def test_the_demand_a_protest_is_staged_for_is_the_protest(coder, text, trigger):
    events = _events(coder, text)
    assert [e.event for e in events] == ["PROTEST"]
    assert events[0].trigger == trigger


def test_the_demand_keeps_the_protest_s_parties_and_names_whom_it_addresses(coder):
    text = "Hundreds of teachers demonstrated in Kumasi on Monday, urging the government to pay their salaries."
    protest, = _events(coder, text)
    assert protest.event == "PROTEST" and protest.date == dt.date(2021, 5, 10)
    assert [a.sector for a in protest.actor] == ["EDU"]
    assert [a.sector for a in protest.recipient] == ["GOV"]


def test_a_protest_demanding_a_mandated_passive_is_not_against_those_it_would_free(coder):
    text = "Hundreds of tribesmen gathered outside the governor's office, demanding that the detainees be freed."
    protest, = _events(coder, text)
    assert protest.event == "PROTEST" and protest.trigger == "gathered"
    assert all(a.text != "detainees" for a in protest.recipient)


@pytest.mark.parametrize("text,categories", [
    # a demand by a subject of its own is that party's act, not the crowd's
    ("Teachers marched through Kumasi as their union demanded talks with the ministry.", {"PROTEST", "REQUEST"}),
    # a demand made beside the protest, in its own sentence, stays a request
    ("Teachers marched through Kumasi on Monday. Their union demanded talks with the ministry.",
     {"PROTEST", "REQUEST"}),
])
def test_a_demand_another_clause_makes_stays_an_event(coder, text, categories):
    assert {e.event for e in _events(coder, text)} == categories


def test_a_called_protest_keeps_its_call_apart(coder):
    """"called for a strike to protest the arrests": the call is the news; the strike it asks for is not done."""
    text = "The opposition called for a general strike on Friday to protest the arrests of its leaders."
    events = coded_events(coder, text, EVENTS_PUBLISHED)
    assert [e.event for e in events if e.factuality == "asserted"] == ["REQUEST"]
