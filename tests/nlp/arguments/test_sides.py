"""Two-sided events (``khabar.nlp.arguments.sides``): the pair "the two sides" stands for, and the other side a
reciprocal verb names on its object."""
from __future__ import annotations

import datetime as dt

import pytest

from khabar.evaluate.coder import main_event

from tests.nlp.conftest import coded_events

pytestmark = pytest.mark.model

D = dt.date(2023, 5, 21)


def _main(coder, text):
    return main_event(e for e in coded_events(coder, text, D) if e.factuality == "asserted")


@pytest.mark.parametrize("text", [
    "More than 250,000 people have fled into neighbouring countries, including Egypt, Chad and South Sudan. "
    "The two sides pledged to protect civilians.",
    "Aid has reached refugees from countries such as Syria, Iraq and Yemen. The two sides agreed to a truce.",
])
def test_the_two_sides_are_no_list_of_places_named_before(session_coder, text):
    event = _main(session_coder, text)
    assert event is not None
    listed = {"EGY", "TCD", "SSD", "SYR", "IRQ", "YEM"}
    assert not {a.country for a in event.actor} & listed, [(a.text, a.country) for a in event.actor]


@pytest.mark.parametrize("text, own, other", [
    ("Indian troops exchanged fire with Pakistani soldiers along the Line of Control.", "IND", "PAK"),
    ("Armenian forces traded fire with Azerbaijani troops near the border on Tuesday.", "ARM", "AZE"),
])
def test_the_other_side_on_the_object_of_a_reciprocal_verb_is_the_recipient(session_coder, text, own, other):
    event = _main(session_coder, text)
    assert [a.country for a in event.actor] == [own]
    assert [a.country for a in event.recipient] == [other]


@pytest.mark.parametrize("text", [
    "India and Pakistan held talks in Lahore on Monday. The two countries agreed to reopen the border crossing.",
    "Rebels and soldiers clashed in Goma, Rutshuru and Bunia. Kenya and Uganda sent envoys. The two sides met.",
    "The two sides signed a truce.",
])
def test_the_pair_named_before_is_the_one_a_word_by_word_reading_finds(session_coder, text):
    from khabar.nlp.arguments.sides import _PAIR_LOOKBACK, _listed_as_places, _named_party, _pair_named_before
    from khabar.nlp.arguments.phrases import with_conjuncts

    def read_back(pair):
        for t in reversed(pair.doc[max(0, pair.i - _PAIR_LOOKBACK):pair.i]):
            if t.dep_ != "conj" or t.head.i >= t.i or not _named_party(t) or not _named_party(t.head):
                continue
            if _listed_as_places(t.head):
                continue
            sides = [s.i for s in with_conjuncts(t.head) if _named_party(s)]
            if len(sides) >= 2:
                return sides
        return []

    doc = session_coder.nlp(text)
    pair = next(t for t in reversed(doc) if t.lower_ in ("countries", "sides"))
    assert _pair_named_before(pair) == read_back(pair)


@pytest.mark.parametrize("text, country", [
    ("The armed groups fought each other for control of the airport in Tripoli.", "LBY"),
    ("Armed groups fought one another in the streets of Khartoum on Sunday.", "SDN"),
    ("The armed groups clashed with each other near the port of Aden.", "YEM"),
])
def test_a_two_word_agent_noun_acting_on_itself_is_both_actor_and_recipient(session_coder, text, country):
    event = _main(session_coder, text)
    assert event is not None and event.event == "ASSAULT"
    assert [a.sector for a in event.actor] == ["REB"]
    assert [(r.sector, r.country) for r in event.recipient] == [("REB", country)], event.recipient
