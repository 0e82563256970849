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


@pytest.mark.parametrize("mention, day, country, expected", [
    ("India's prime minister", D(2012, 5, 1), None, "person.msingh"),
    ("the Indian prime minister", D(2019, 6, 1), None, "person.modi"),
    ("the Indian president", D(2019, 6, 1), None, "person.kovind"),
    ("German Chancellor", D(2010, 1, 1), None, "person.merkel"),
    ("the German chancellor", D(2023, 1, 1), None, "person.scholz"),
    ("the chancellor", D(2004, 1, 1), "DEU", "person.schroeder"),
    ("Japan's prime minister", D(2021, 3, 1), None, "person.suga"),
    ("the Japanese emperor", D(2020, 1, 1), None, "person.naruhito"),
    ("Pakistan's prime minister", D(2019, 1, 1), None, "person.ikhan"),
    ("the Pakistani president", D(2005, 1, 1), None, "person.musharraf"),
    ("the South Korean president", D(2018, 4, 27), None, "person.moon"),
    ("North Korea's leader", D(2010, 1, 1), None, "person.kimji"),
    ("the North Korean leader", D(2019, 1, 1), None, "person.kimju"),
    ("Brazil's president", D(2020, 1, 1), None, "person.bolsonaro"),
    ("the Brazilian president", D(2008, 1, 1), None, "person.lula"),
    ("Mexico's president", D(2010, 1, 1), None, "person.calderon"),
    ("the Canadian prime minister", D(2017, 1, 1), None, "person.trudeau"),
    ("Australia's prime minister", D(2011, 1, 1), None, "person.gillard"),
    ("the Egyptian president", D(2012, 10, 1), None, "person.morsi"),
    ("Egypt's president", D(2016, 1, 1), None, "person.sisi"),
    ("the Jordanian king", D(2016, 1, 1), None, "person.abdullah2"),
    ("the emir of Qatar", D(2017, 6, 5), None, "person.tamim"),
    ("Qatar's emir", D(2010, 1, 1), None, "person.hamadbk"),
    ("Oman's sultan", D(2015, 1, 1), None, "person.qaboos"),
    ("the Ukrainian president", D(2015, 1, 1), None, "person.poroshenko"),
    ("Ukraine's president", D(2022, 3, 1), None, "person.zelensky"),
    ("the Venezuelan president", D(2010, 1, 1), None, "person.chavez"),
    ("Venezuela's president", D(2019, 2, 1), None, "person.maduro"),
    ("the Colombian president", D(2016, 9, 1), None, "person.jmsantos"),
    ("the Cuban president", D(2020, 1, 1), None, "person.diazcanel"),
    ("Nigeria's president", D(2016, 1, 1), None, "person.buhari"),
    ("the Ethiopian prime minister", D(2020, 11, 4), None, "person.abiy"),
    ("the Sudanese president", D(2010, 1, 1), None, "person.obashir"),
    ("the Libyan leader", D(2011, 3, 1), None, "person.gaddafi"),
    ("the Somali president", D(2018, 1, 1), None, "person.farmaajo"),
    ("Kenya's president", D(2008, 1, 1), None, "person.kibaki"),
    ("the Philippine president", D(2017, 1, 1), None, "person.duterte"),
    ("Indonesia's president", D(2016, 1, 1), None, "person.jokowi"),
    ("Myanmar's state counsellor", D(2018, 1, 1), None, "person.suukyi"),
    ("the Bangladeshi prime minister", D(2015, 1, 1), None, "person.hasina"),
    ("the Polish president", D(2016, 1, 1), None, "person.duda"),
    ("Italy's prime minister", D(2019, 1, 1), None, "person.conte"),
    ("the Spanish prime minister", D(2015, 1, 1), None, "person.rajoy"),
    ("the Russian president", D(1998, 1, 1), None, "person.yeltsin"),
    ("the Russian president", D(2000, 3, 1), None, "person.putin"),
    ("the U.S. president", D(1998, 1, 1), None, "person.clinton"),
])
def test_heads_of_many_states_by_title_and_date(kb, mention, day, country, expected):
    actor = kb.resolve(mention, date=day, country=country)
    assert actor is not None and actor.id == expected, mention
