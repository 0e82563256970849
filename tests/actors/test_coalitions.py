"""A coalition no word names is the one deployed where the text is on its date (actors/coalitions): phrases we wrote,
with the country and the day a text would give them."""
import datetime as dt

import pytest

from khabar.actors import default_kb
from khabar.actors.coalitions import unnamed_coalition
from khabar.actors.normalise import words


@pytest.fixture(scope="module")
def kb():
    return default_kb()


@pytest.mark.parametrize("mention, unnamed", [
    ("the coalition", True),
    ("Coalition jets", True),
    ("a coalition air strike", True),
    ("coalition spokesman", True),
    ("the international coalition", True),
    ("Western coalition warplanes", True),
    ("a coalition", False),                    # described, not named: "a coalition of rebel groups"
    ("coalition", False),                      # the same, its article left out
    ("rebel groups a coalition", False),       # the owner read before the head ("a coalition of rebel groups")
    ("the ruling coalition", False),           # a country's parties
    ("coalition partners", False),
    ("the opposition coalition", False),
    ("Syrian troops", False),
])
def test_unnamed_coalition(mention, unnamed):
    assert unnamed_coalition(words(mention), definite=mention.startswith("the ")) is unnamed


# (mention, date, the text's country, the actor id)
THEATRES = [
    ("Coalition jets", dt.date(2019, 6, 12), "YEM", "SAU.COALITION"),
    ("the coalition", dt.date(2021, 2, 3), "YEM", "SAU.COALITION"),
    ("a coalition spokesman", dt.date(2018, 8, 9), "YEM", "SAU.COALITION"),
    ("coalition aircraft", dt.date(2016, 11, 3), "IRQ", "USA.OIR"),
    ("the international coalition", dt.date(2017, 5, 20), "SYR", "USA.OIR"),
    ("coalition troops", dt.date(2006, 4, 1), "IRQ", "USA.MNFI"),
    ("coalition forces", dt.date(2009, 7, 15), "AFG", "USA.OEF"),
    # an alias several coalitions share: the one deployed there on the day
    ("the U.S.-led coalition", dt.date(2005, 1, 10), "IRQ", "USA.MNFI"),
    ("the U.S.-led coalition", dt.date(2005, 1, 10), "AFG", "USA.OEF"),
    ("the U.S.-led coalition", dt.date(2017, 1, 10), "SYR", "USA.OIR"),
]


@pytest.mark.parametrize("mention, date, country, expected", THEATRES)
def test_a_bare_coalition_is_the_one_fighting_there(kb, mention, date, country, expected):
    assert kb.resolve(mention, date=date, country=country).id == expected


@pytest.mark.parametrize("mention, date, country", [
    ("the coalition", dt.date(2013, 6, 12), "YEM"),      # before the Saudi-led intervention
    ("the coalition", dt.date(2012, 6, 12), "IRQ"),      # between the withdrawal and the war on Islamic State
    ("coalition jets", dt.date(2019, 6, 12), "MLI"),     # no coalition the knowledge base knows fought there
    ("the coalition", dt.date(2019, 6, 12), None),       # no country to read
])
def test_no_coalition_where_none_fought(kb, mention, date, country):
    found = kb.resolve(mention, date=date, country=country)
    assert found is None or (found.id is None and found.country is None)


def test_a_country_s_own_coalition_keeps_its_country(kb):
    found = kb.resolve("the ruling coalition", date=dt.date(2019, 6, 12), country="IRQ")
    assert found.country == "IRQ" and found.id != "USA.OIR"
