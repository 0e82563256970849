"""Accidental blasts (``khabar.nlp.triggers.accidents``): what blows up by accident is a hazard, and its dead are no
victims of an attack; a bomb or an attacker in the sentence makes the blast an attack. Sentences written for these
tests."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.nlp.conftest import coded_events

pytestmark = pytest.mark.model


def _events(coder, text):
    return [e.event for e in coded_events(coder, text, dt.date(2026, 3, 4))]


@pytest.mark.parametrize("text", [
    "An explosion at a chemical plant in Tianjin killed 20 workers on Wednesday.",
    "A gas explosion destroyed an apartment block in Moscow on Friday, killing six.",
    "A boiler blast at a factory in Dhaka killed eight workers.",
    "A tanker explosion in Sierra Leone killed 90 people on Friday.",
    "A gas cylinder exploded in a restaurant in Karachi on Monday, killing four.",
    "A blast at a textile factory in Dhaka killed 11 workers on Wednesday.",
])
def test_an_accidental_blast_is_no_attack(coder, text):
    assert "ASSAULT" not in _events(coder, text)


@pytest.mark.parametrize("text", [
    "A bomb hidden in a gas cylinder exploded near a police station in Quetta, killing four.",
    "An explosion at a checkpoint in Mogadishu killed four soldiers on Thursday.",
    "A suicide bomber blew himself up at a factory gate in Lahore on Sunday, killing six workers.",
    "An explosion at a power plant in Kharkiv on Thursday knocked out electricity.",
    "A blast ripped through a market in Kabul on Friday, killing 15 people.",
])
def test_a_blast_of_an_attack_stays(coder, text):
    assert "ASSAULT" in _events(coder, text)


def test_an_article_on_a_factory_blast_codes_no_attack(coder):
    text = ("DHAKA, March 3 (Wire) - A boiler explosion at a garment factory outside Dhaka killed 11 workers on "
            "Tuesday, fire officials said. The blast at the factory in Gazipur injured 30 others. Firefighters "
            "worked through the night. The labour ministry ordered an inquiry into the explosion.")
    assert "ASSAULT" not in _events(coder, text)
