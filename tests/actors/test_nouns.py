"""Nationality words and agent nouns in a mention (``khabar.actors.nouns``), read through the knowledge base:
a capital next to a state's organ names the state; elsewhere a capital is only a place."""
from __future__ import annotations

import pytest

from khabar.actors import default_kb


@pytest.fixture(scope="module")
def kb():
    return default_kb()


@pytest.mark.parametrize("mention, country, sector", [
    ("the Kabul authorities", "AFG", "GOV"),
    ("the Tehran regime", "IRN", "GOV"),
    ("Kabul police", "AFG", "COP"),
    ("the Damascus government", "SYR", "GOV"),
    ("Baghdad officials", "IRQ", "GOV"),
    ("the Khartoum junta", "SDN", "GOV"),
])
def test_a_capital_before_a_state_organ_names_its_state(kb, mention, country, sector):
    found = kb.resolve(mention, country="FRA")  # whatever the article's own country
    assert (found.country, found.sector) == (country, sector)


@pytest.mark.parametrize("mention, country", [
    ("the government in Tehran", "IRN"),
    ("the authorities in Kabul", "AFG"),
    ("the regime in Damascus", "SYR"),
])
def test_a_state_organ_in_a_capital_states_the_capitals_country(kb, mention, country):
    assert kb.country_of(mention) == country


@pytest.mark.parametrize("mention", ["protesters in Kabul", "Kabul residents", "students in Tehran"])
def test_a_capital_by_people_is_only_a_place(kb, mention):
    assert kb.country_of(mention) is None
