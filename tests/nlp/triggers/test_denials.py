"""Acts in which a party denies a part (``khabar.nlp.triggers.denials``): the denial is the news, and a definite act
it names is told elsewhere. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.nlp.conftest import coded_events

pytestmark = pytest.mark.model
PUBLISHED = dt.date(2024, 6, 26)


def _assaults(coder, text) -> list:
    return [e for e in coded_events(coder, text, PUBLISHED) if e.event == "ASSAULT" and e.factuality == "asserted"]


@pytest.mark.parametrize("text", [
    "The Taliban denied any involvement in the attack on the convoy.",
    "The rebels denied responsibility for the shelling of the market.",
    "The army dismissed any role in the killing of the protesters.",
])
def test_the_act_a_party_denies_a_part_in_is_told_elsewhere(coder, text):
    assert not _assaults(coder, text)


@pytest.mark.parametrize("text", [
    # a date on the act may date the act itself: news
    "The rebels denied responsibility for Sunday's shelling of the market.",
    # a claim names its doer, who did the act (``specific.claimed_by``)
    "Islamic State claimed responsibility for the bombing.",
])
def test_a_dated_act_and_a_claimed_one_stay(coder, text):
    assert _assaults(coder, text)


def test_the_denied_act_in_an_article_is_one_event(coder):
    text = ("Gunmen attacked a convoy in Kandahar province on Monday, killing four soldiers. The Taliban denied any "
            "involvement in the attack.")
    assert len(_assaults(coder, text)) == 1
