"""Rows of ``khabar/nlp/data/lexicon.csv`` for releases, blocked marches, overrun places and calls: a release of
names or pictures frees nobody; protesters flooding the streets demonstrate; police or troops blocking or stopping a march restrict it; only armed parties seize
the place they overrun, and protesters who overrun a building riot; "called X to do Y" asks X to act unless the call
is to talk, and calling an election asks nothing. Sentences written for these tests."""
from __future__ import annotations

import pytest

from .conftest import asserted_events

pytestmark = pytest.mark.model


def _categories(coder, text, trigger):
    return [e.event for e in asserted_events(coder, text) if e.trigger == trigger]


@pytest.mark.parametrize("text", [
    "The army released the names of the soldiers killed in the ambush.",
    "Police released photographs of the suspects on Monday.",
    "The ministry released the identities of the victims.",
    "The prosecutor released records of the calls between the two men.",
])
def test_information_released_frees_nobody(coder, text):
    assert _categories(coder, text, "released") == []


@pytest.mark.parametrize("text", [
    "The rebels released a number of prisoners on Tuesday.",
    "The kidnappers released the two engineers after a ransom was paid.",
])
def test_captives_released_stay_a_release(coder, text):
    assert _categories(coder, text, "released") == ["RETREAT"]


@pytest.mark.parametrize(("text", "trigger", "category"), [
    ("A march was blocked by police in the capital on Saturday.", "blocked", "COERCE"),
    ("Demonstrators were blocked by troops from reaching the parliament.", "blocked", "COERCE"),
    ("Police blocked hundreds of protesters from marching to the presidential palace.", "blocked", "COERCE"),
    ("The rally was halted by security forces on Friday.", "halted", "COERCE"),
    # marchers who end their own march concede
    ("The union stopped the protest after the government agreed to talks.", "stopped", "CONCEDE"),
])
def test_a_march_blocked_by_police_is_restricted(coder, text, trigger, category):
    assert _categories(coder, text, trigger) == [category]


def test_the_blocked_marchers_are_the_recipients(coder):
    (event,) = [e for e in asserted_events(coder, "Demonstrators were blocked by troops from reaching the parliament.")
                if e.trigger == "blocked"]
    assert [a.sector for a in event.actor] == ["MIL"]
    assert [r.sector for r in event.recipient] == ["CVL"]


@pytest.mark.parametrize(("text", "trigger", "categories"), [
    ("The station was overrun by commuters on Monday morning.", "overrun", []),
    ("The beach was overrun by tourists over the weekend.", "overrun", []),
    ("The town was overrun by floodwaters after the dam burst.", "overrun", []),
    ("The base was overrun by militants on Sunday.", "overrun", ["COERCE"]),
    ("Rebels overran two army positions near the border.", "overran", ["COERCE"]),
    ("Protesters overran the parliament building in Baghdad on Saturday.", "overran", ["PROTEST"]),
])
def test_only_armed_parties_seize_what_they_overrun(coder, text, trigger, categories):
    assert _categories(coder, text, trigger) == categories


@pytest.mark.parametrize(("text", "trigger", "categories"), [
    ("Thousands of protesters flooded the streets of the capital on Friday.", "flooded", ["PROTEST"]),
    ("Protesters poured into the streets of the capital on Friday.", "poured", ["PROTEST"]),
    ("Fans flooded the streets after the victory.", "flooded", []),
    ("Shoppers poured into the mall on Saturday.", "poured", []),
])
def test_protesters_flooding_the_streets_demonstrate(coder, text, trigger, categories):
    assert _categories(coder, text, trigger) == categories


@pytest.mark.parametrize(("text", "categories"), [
    ("The king called the general to restore order.", ["REQUEST"]),
    ("The president called the army chief to end the strike.", ["REQUEST"]),
    # called to talk: a phone call
    ("The president called the prime minister to discuss the crisis.", ["CONSULT"]),
    ("Erdogan called his Ethiopian counterpart to defuse the row.", ["CONSULT"]),
    # an election or a meeting called asks nobody for anything
    ("The prime minister called early elections for June.", []),
    ("The president called a snap election for October.", []),
    ("The governor called a meeting of the security council for Monday.", []),
    # calls for and on stay appeals
    ("The opposition called for a general strike on Monday.", ["REQUEST"]),
    ("The UN called on both sides to stop the fighting.", ["REQUEST"]),
])
def test_a_call_to_act_is_a_request_and_a_call_to_talk_a_phone_call(coder, text, categories):
    assert _categories(coder, text, "called") == categories
