"""Folding the mentions of one event: which mention's parties the event keeps."""
from __future__ import annotations

import datetime as dt

import pytest

from khabar.model import Actor
from khabar.nlp.records import _better_actors

from .conftest import coded_events

RUSSIA = Actor(text="Russian", name="Russia", id="RUS", country="RUS")
IRAQ = Actor(text="Iraq", name="Iraq", id="IRQ", country="IRQ")
CTS = Actor(text="Iraq's Counter Terrorism Service", name="Counter Terrorism Service", id="IRQ.CTS", country="IRQ",
            sector="MIL")
RUSSIAN_PARTY = Actor(text="the parties", name="Russian party", country="RUS", sector="PTY")


def test_a_later_mention_naming_the_countrys_institution_replaces_the_country():
    assert _better_actors((IRAQ,), (CTS,)) == (CTS,)


def test_a_generic_party_of_the_same_country_does_not_replace_the_named_country():
    assert _better_actors((RUSSIA,), (RUSSIAN_PARTY,)) == (RUSSIA,)


def test_a_mention_with_no_parties_takes_the_later_ones():
    assert _better_actors((), (RUSSIAN_PARTY,)) == (RUSSIAN_PARTY,)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Sudan and South Sudan signed a peace agreement in Juba on Monday.",
    "The government and the rebels signed a ceasefire deal on Friday.",
])
def test_a_signed_agreement_carries_acleds_agreement_type_by_its_cameo_code(session_coder, text):
    signed = [e for e in coded_events(session_coder, text, dt.date(2020, 6, 26)) if e.cameo == "057"]
    assert signed and all((e.acled_event_type, e.acled_sub_event_type) == ("Strategic developments", "Agreement")
                          for e in signed)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("M23 rebels captured the town of Rubaya on Tuesday.", ("Battles", "Non-state actor overtakes territory")),
    ("Islamic State militants occupied the town of Palma.", ("Battles", "Non-state actor overtakes territory")),
    ("The army recaptured the town of Kidal from the rebels.", ("Battles", "Government regains territory")),
    ("Government troops retook the city of Marawi.", ("Battles", "Government regains territory")),
    ("Russia annexed the Crimean peninsula in 2014.", ("Strategic developments", "Non-violent transfer of territory")),
])
def test_territory_taken_has_acleds_type_by_who_takes_it(session_coder, text, expected):
    """An armed group of no state overtakes territory, a state's forces regain it, and a state named as such
    (annexing) takes it without a battle: all three are CAMEO 192."""
    taken = [e for e in coded_events(session_coder, text, dt.date(2024, 6, 26)) if e.cameo == "192"]
    assert taken and all((e.acled_event_type, e.acled_sub_event_type) == expected for e in taken)
