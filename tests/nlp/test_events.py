"""Event assembly on sentences we wrote: one record per event, retellings merged, non-events dropped."""
import datetime as dt

import pytest

from khabar.model import Article
from khabar.nlp.pipeline import Coder

pytestmark = pytest.mark.model
PUBLISHED = dt.date(2021, 5, 14)  # a Friday


@pytest.fixture(scope="module")
def coder():
    return Coder()


def _events(coder, text, published=PUBLISHED):
    coded = list(coder.code([Article(id="t", text=text, published=published)]))[0]
    assert coded.failure is None
    return [e for e in coded.events if e.factuality == "asserted"]


def test_a_raid_and_the_arrests_it_made_are_one_event(coder):
    text = ("Police raided a warehouse in Basra on Tuesday. In the raid, officers arrested 12 men suspected of "
            "smuggling weapons.")
    events = _events(coder, text)
    coerce = [e for e in events if e.event == "COERCE"]
    assert len(coerce) == 1
    assert coerce[0].size.arrested == 12 and coerce[0].date == dt.date(2021, 5, 11)


def test_a_retelling_before_the_dated_report_is_merged_into_it(coder):
    text = ("The militia managed to get the governor to free the detainees. On Wednesday, the detainees were "
            "released by the provincial police.")
    retreats = [e for e in _events(coder, text) if e.event == "RETREAT"]
    assert len(retreats) == 1 and retreats[0].date == dt.date(2021, 5, 12)


@pytest.mark.parametrize("text", [
    "Militants often attack convoys on the highway.",
    "The committee prefers dialogue as opposed to confrontation.",
    "Rocket fire has been a feature of life in the city for years, on occasion killing residents.",
])
def test_kinds_of_events_and_fixed_phrases_are_not_events(coder, text):
    assert _events(coder, text) == []


def test_a_reduced_relative_makes_its_noun_the_recipient(coder):
    text = "Police questioned the protesters detained during the raid on Saturday."
    coerce = [e for e in _events(coder, text) if e.event == "COERCE"]
    assert coerce and not coerce[0].actor
    assert "protesters" in coerce[0].recipient[0].text and coerce[0].recipient[0].sector == "CVL"


def test_a_definite_event_with_a_new_agent_is_a_new_event(coder):
    text = ("Gunmen attacked a checkpoint near Kirkuk on Monday. The clashes culminated in the Turkish "
            "bombing of rebel positions near Duhok on Thursday.")
    assaults = [e for e in _events(coder, text) if e.event == "ASSAULT"]
    assert len(assaults) == 2
    assert any(a.country == "TUR" for e in assaults for a in e.actor)
