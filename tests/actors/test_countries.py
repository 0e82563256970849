"""``ActorKB.reads_country``: a mention it says reads no article country resolves alike for every country."""
from __future__ import annotations

import datetime as dt

import pytest

from khabar.actors import default_kb
from khabar.actors.countries import ANY_COUNTRY, CountryNeeded

DAY = dt.date(2021, 5, 10)
COUNTRIES = (None, "IRQ", "LBN", "USA", "NGA", "KEN", "UKR")


@pytest.fixture(scope="module")
def kb():
    return default_kb()


@pytest.mark.parametrize("text", [
    "Hezbollah", "Iran", "the United Nations", "Iraqi police", "Kenyan troops", "the Taliban", "NATO",
    "Russian forces", "Israel's army", "Boko Haram fighters", "the Kremlin", "Moscow", "Ugandan opposition leaders",
])
def test_a_mention_that_reads_no_country_resolves_alike_for_all(kb, text):
    assert not kb.reads_country(text, date=DAY)
    found = {kb.resolve(text, date=DAY, country=c) for c in COUNTRIES}
    assert len(found) == 1


@pytest.mark.parametrize("text", [
    "the police", "troops", "the prime minister", "the president", "protesters", "lawmakers", "the country",
    "the warring parties",
])
def test_a_bare_agent_noun_or_title_reads_the_country(kb, text):
    assert kb.reads_country(text, date=DAY)
    assert len({kb.resolve(text, date=DAY, country=c) for c in COUNTRIES}) > 1


def test_any_country_stops_at_every_question():
    for question in (lambda: ANY_COUNTRY == "IRQ", lambda: "IRQ" == ANY_COUNTRY, lambda: {ANY_COUNTRY},
                     lambda: bool(ANY_COUNTRY), lambda: ANY_COUNTRY != "IRQ"):
        with pytest.raises(CountryNeeded):
            question()


def test_the_answer_is_kept_and_does_not_fill_the_resolutions_with_the_sentinel(kb):
    kb.reads_country("Hezbollah", date=DAY)
    assert kb.reads_country("Hezbollah", date=DAY) is False
    assert kb.resolve("Hezbollah", date=DAY, country="LBN").country == "LBN"
