"""Vetoes (``khabar.nlp.triggers.vetoes``): a count of acts that changes by a measure or over a year is a statistic,
dated or not; a candidate seeking an office asks no party for anything. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.nlp.conftest import coded_events

pytestmark = pytest.mark.model


def _told(coder, text):
    """The events a coding would count: told as done or announced."""
    return [e.event for e in coded_events(coder, text, dt.date(2024, 3, 14)) if e.factuality in ("asserted", "future")]


@pytest.mark.parametrize("text", [
    # a statistic: a count of acts changing by a measure, or over a year or a month, whatever its date
    "Attacks rose 20 percent last year, a UN report said.",
    "Kidnappings for ransom increased sharply in 2023, police data show.",
    "Arrests of journalists reached a record high last year, the press freedom group said.",
    "The number of protests has doubled since 2020, according to the study.",
    # a candidate seeks an office from voters, not from a party
    "The president, who took office after a coup in 2014, is seeking re-election.",
    "The senator is seeking her party's nomination for governor.",
    "The opposition leader will seek a third term in next year's election.",
])
def test_statistics_and_candidacies_are_no_events(coder, text):
    assert _told(coder, text) == []


@pytest.mark.parametrize(("text", "event"), [
    # a count told for a day may be the day's fighting
    ("Attacks intensified on Tuesday around the town of Bakhmut.", "ASSAULT"),
    ("Clashes between the army and rebels escalated on Sunday in Darfur.", "ASSAULT"),
    # seeking what a state can give is asking it
    ("The government is seeking the extradition of the former minister.", "REQUEST"),
    ("Ukraine sought more air defence systems from its allies on Monday.", "REQUEST"),
])
def test_the_day_s_acts_and_requests_stay_events(coder, text, event):
    assert event in _told(coder, text)


@pytest.mark.parametrize(("text", "act"), [
    # a participle of moving forces on the subject of a verb of force says which forces acted
    ("Troops deployed to the frontier on Tuesday opened fire on smugglers.", "ASSAULT"),
    ("Riot police dispatched to the campus dispersed the students.", "ASSAULT"),
    ("Soldiers sent to the valley last month arrested six men.", "COERCE"),
])
def test_a_movement_describing_the_doer_is_no_event(coder, text, act):
    events = [e for e in coded_events(coder, text, dt.date(2021, 5, 14)) if e.factuality == "asserted"]
    assert [e.event for e in events] == [act]
    assert events[0].actor  # the forces the move describes are the act's doers


@pytest.mark.parametrize("text", [
    # the move told as the clause's own act stays an event, and so does one the forces' act does not follow
    "Troops deployed to the frontier on Tuesday.",
    "The army deployed troops to the frontier and opened fire on smugglers.",
    "Troops deployed to the frontier on Tuesday have returned to their barracks.",
])
def test_a_movement_told_as_its_own_act_stays(coder, text):
    events = [e.event for e in coded_events(coder, text, dt.date(2021, 5, 14)) if e.factuality == "asserted"]
    assert "MOBILIZE" in events
