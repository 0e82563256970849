import datetime as dt

import pytest

from khabar.actors import default_kb

D = dt.date


@pytest.fixture(scope="module")
def kb():
    return default_kb()


@pytest.mark.parametrize("mention, day, country, expected", [
    ("the prime minister", D(2019, 12, 15), "IRQ", "person.abdulmahdi"),
    ("the prime minister", D(2020, 7, 1), "IRQ", "person.kadhimi"),
    ("Prime Minister", D(2015, 3, 1), "IRQ", "person.abadi"),
    ("Iraq's prime minister", D(2008, 1, 1), None, "person.maliki"),
    ("Iraqi Prime Minister", D(2023, 6, 1), None, "person.sudani"),
    ("the Iraqi premier", D(2005, 6, 1), None, "person.jaafari"),
    ("Iraq's president", D(2010, 1, 1), None, "person.jtalabani"),
    ("the Iraqi president", D(2019, 1, 1), None, "person.salih"),
    ("Iran's Supreme Leader", D(2020, 1, 5), None, "person.khamenei"),
    ("the supreme leader", D(2012, 1, 1), "IRN", "person.khamenei"),
    ("Iran's president", D(2016, 1, 1), None, "person.rouhani"),
    ("the Iranian president", D(2022, 1, 1), None, "person.raisi"),
    ("Iran's leader", D(2022, 1, 1), None, "person.khamenei"),
    ("the Kataib Hezbollah leader", D(2019, 12, 29), None, "person.muhandis"),
    ("Kataib Hezbollah's secretary-general", D(2023, 1, 1), None, "person.hamidawi"),
    ("the Quds Force commander", D(2019, 6, 1), None, "person.soleimani"),
    ("the Quds Force commander", D(2021, 6, 1), None, "person.qaani"),
])
def test_office_holder_on_the_day(kb, mention, day, country, expected):
    actor = kb.resolve(mention, date=day, country=country)
    assert actor is not None and actor.id == expected
    assert actor.text == mention


def test_title_without_a_country_is_not_guessed(kb):
    actor = kb.resolve("the prime minister", date=D(2020, 7, 1))
    assert actor is None or actor.id is None


def test_office_without_a_known_holder_keeps_country_and_sector(kb):
    actor = kb.resolve("the prime minister", date=D(1990, 1, 1), country="IRQ")
    assert actor is not None and actor.id is None
    assert (actor.country, actor.sector) == ("IRQ", "GOV")


def test_the_day_a_term_ends_still_counts():
    kb = default_kb()
    assert kb.resolve("the prime minister", date=D(2020, 5, 7), country="IRQ").id in ("person.abdulmahdi",
                                                                                      "person.kadhimi")
    assert kb.resolve("the prime minister", date=D(2020, 5, 8), country="IRQ").id == "person.kadhimi"
