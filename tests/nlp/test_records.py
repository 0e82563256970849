"""Folding the mentions of one event: which mention's parties the event keeps."""
from __future__ import annotations

from khabar.model import Actor
from khabar.nlp.records import _better_actors

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
