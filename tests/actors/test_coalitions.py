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


# (mention, date, the text's country, the actor id): a force a body of states leads is the body's force deployed
# there on the day, else the body itself acting through the force
LED_BY_A_BODY = [
    ("NATO-led forces", dt.date(2010, 8, 3), "AFG", "NATO.ISAF"),
    ("the NATO-led mission", dt.date(2012, 5, 1), "AFG", "NATO.ISAF"),
    ("NATO-led troops", dt.date(2016, 7, 20), "AFG", "NATO.RSM"),
    ("NATO-led peacekeepers", dt.date(2008, 3, 17), "XKX", "NATO.KFOR"),
    ("NATO-led peacekeepers", dt.date(2004, 6, 10), "BIH", "NATO.SFOR"),
    ("NATO-led trainers", dt.date(2019, 3, 4), "IRQ", "NATO.MI"),
    ("NATO-led forces", dt.date(2011, 6, 10), "LBY", "NATO"),           # no force of its deployed there
    ("NATO-led forces", dt.date(2010, 8, 3), None, "NATO"),              # no country to read
    ("African Union-led troops", dt.date(2014, 3, 10), "SOM", "AU"),
    ("an AU-led convoy", dt.date(2014, 3, 10), "SOM", "AU"),
]


@pytest.mark.parametrize("mention, date, country, expected", LED_BY_A_BODY)
def test_a_force_led_by_a_body_of_states_is_the_body_s(kb, mention, date, country, expected):
    found = kb.resolve(mention, date=date, country=country)
    assert (found.id, found.country, found.sector) == (expected, None, "MIL")


@pytest.mark.parametrize("mention, country", [
    ("NATO-led Afghan troops", "AFG"),     # a state named too: its own forces
    ("Saudi-led forces", "SAU"),           # a state leads: its military
])
def test_a_force_a_state_leads_or_joins_keeps_the_state(kb, mention, country):
    assert kb.resolve(mention, date=dt.date(2012, 5, 1), country="AFG").country == country


def test_the_body_led_mission_is_the_body_where_no_force_is_known(kb):
    found = kb.resolve("the African Union-led mission", date=dt.date(2014, 3, 10), country="SOM")
    assert (found.id, found.sector) == ("AU", "IGO")
