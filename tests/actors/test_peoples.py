"""Peoples who live as their own in several states: the text's state where it is one of their homes, else the state
the knowledge base names them under; refugees keep their state. Mentions we wrote ourselves."""
from __future__ import annotations

import datetime as dt

import pytest

from khabar.actors import default_kb
from khabar.actors.peoples import home_of

DAY = dt.date(2024, 5, 14)


@pytest.fixture(scope="module")
def kb():
    return default_kb()


@pytest.mark.parametrize(("people", "main", "country", "expected"), [
    ("Hazara", "AFG", "PAK", "PAK"),  # a home of the Hazaras
    ("Hazara", "AFG", "GBR", "AFG"),  # not one: the main home
    ("Hazara", "AFG", None, "AFG"),  # no text country
    ("Tamils", "LKA", "IND", "IND"),
    ("Iraqi", "IRQ", "SYR", "IRQ"),  # a state's own demonym: no row, the country is not read
])
def test_home_of_a_people(people, main, country, expected):
    assert home_of(people, main=main, country=country) == expected


# (mention, text country, expected country, expected sector)
MENTIONS = [
    ("Hazara miners", "PAK", "PAK", "LAB"),
    ("Hazara miners", "AFG", "AFG", "LAB"),
    ("Hazara miners", None, "AFG", "LAB"),
    ("Baloch militants", "IRN", "IRN", "INS"),
    ("Baloch militants", "PAK", "PAK", "INS"),
    ("Tamil activists", "IND", "IND", "CVL"),
    ("Tamil activists", "LKA", "LKA", "CVL"),
    ("Tamil activists", "GBR", "LKA", "CVL"),  # abroad: the main home's people
    ("Yazidi villagers", "SYR", "SYR", "CVL"),
    ("Rohingya refugees", "BGD", "MMR", "REF"),  # refugees keep their state: the Rohingyas have one home
    ("Iraqi police", "SYR", "IRQ", "COP"),  # a state's own demonym is never moved
]


@pytest.mark.parametrize(("mention", "country", "iso3", "sector"), MENTIONS)
def test_people_of_several_states_take_the_texts(kb, mention, country, iso3, sector):
    found = kb.resolve(mention, date=DAY, country=country)
    assert (found.country, found.sector) == (iso3, sector)


def test_a_state_demonym_resolution_does_not_read_the_country(kb):
    """Only a people's word of several states reads the text's country: other resolutions stay shared."""
    assert not kb.reads_country("Iraqi police", date=DAY)
    assert kb.reads_country("Hazara miners", date=DAY)
