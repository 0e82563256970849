"""Nationality words and agent nouns in a mention (``khabar.actors.nouns``), read through the knowledge base:
a capital next to a state's organ names the state; elsewhere a capital is only a place."""
from __future__ import annotations

import pytest

from khabar.actors import default_kb
import datetime as dt


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


@pytest.mark.parametrize("mention, sector", [
    ("a mosque", "REL"), ("a Coptic church", "REL"), ("a shrine", "REL"), ("a hospital", "HLH"), ("a clinic", "HLH"),
    ("a health centre", "HLH"), ("a school", "EDU"), ("a college", "EDU"), ("a market", "CVL"), ("a bakery", "CVL"),
    ("a hotel", "CVL"), ("a polling station", "CVL"), ("a refugee camp", "REF"), ("an oil pipeline", "BUS"),
    ("a cargo ship", "BUS"), ("a gold mine", "BUS"), ("shops", "BUS"), ("a newspaper's offices", "MED"),
    ("a television station", "MED"), ("the parliament building", "LEG"), ("a police station", "COP"),
    ("the presidential palace", "GOV"), ("a courthouse", "JUD"), ("an aid convoy", "NGO"), ("a farm", "AGR"),
])
def test_a_place_or_a_thing_is_of_the_people_who_use_it(kb, mention, sector):
    found = kb.resolve(mention)
    assert found is not None and found.sector == sector


@pytest.mark.parametrize("mention, country, sector", [
    ("government positions", "SYR", "MIL"),     # a government's military posts are its military's
    ("government checkpoints", "SYR", "MIL"),
    ("Iraqi positions", "IRQ", "MIL"),          # however the state is named
    ("rebel positions", "SYR", "REB"),
    ("a police checkpoint", "SYR", "COP"),
    ("an army checkpoint", "SYR", "MIL"),
    ("militia positions", "SYR", "REB"),
    ("opposition offices", "SYR", "OPP"),
    ("a militant camp", "SYR", "INS"),
    ("a navy ship", "SYR", "MIL"),
    ("20 homes", "SYR", "CVL"),                 # homes and villages named as somebody's are civilians'
    ("Palestinian houses", "PSE", "CVL"),
    ("Rohingya villages", "MMR", "CVL"),
    ("the homes of opposition leaders", "SYR", "OPP"),  # ... or the holder's, when the words say whose
    ("the government building", "SYR", "GOV"),  # a building is no military post
])
def test_a_thing_a_body_holds_is_that_bodys(kb, mention, country, sector):
    found = kb.resolve(mention, country="SYR")
    assert found is not None and (found.country, found.sector) == (country, sector)


@pytest.mark.parametrize("mention", ["the homes", "the barracks", "a checkpoint", "the camp", "Camp Taji",
                                     "the village"])
def test_a_holding_with_no_word_of_whose_names_no_party(kb, mention):
    assert kb.resolve(mention) is None


@pytest.mark.parametrize("mention, sector", [
    ("student protesters", "EDU"), ("student activists", "EDU"), ("farmer activists", "AGR"),
    ("opposition protesters", "OPP"), ("anti-government protesters", "CVL"), ("pro-democracy protesters", "CVL"),
    ("the teachers' union", "EDU"), ("a farmers' union", "AGR"), ("journalists' union", "MED"),
    ("trade unions", "LAB"), ("striking workers", "LAB"), ("medical workers", "HLH"),
])
def test_crowds_and_unions_take_the_walk_of_life_named_before_them(kb, mention, sector):
    assert kb.resolve(mention).sector == sector


@pytest.mark.parametrize("mention, country, sector", [
    ("Kurdish forces", "SYR", "REB"),       # a people's forces are its armed group (CAMEO: rebels), not the army
    ("Kurdish forces", "TUR", "REB"),
    ("Tamil forces", "LKA", "REB"),         # also where a state's demonyms include the people
    ("Iraqi forces", "IRQ", "MIL"),         # a state's own are its military
    ("cartel gunmen", "MEX", "CRM"),        # armed men of an outlawed body are that body's
    ("militia fighters", "MEX", "REB"),
    ("Palestinian gunmen", "PSE", "UAF"),
    ("pro-Russian forces", "UKR", "UAF"),   # forces siding with another state are its proxy's armed men
    ("pro-Iranian forces", "IRQ", "UAF"),   # ... as "Russian-backed forces" are
    ("anti-government forces", "SYR", "REB"),
    ("anti-terrorist forces", "IRQ", "MIL"),  # ... but forces against outlaws are the state's
    ("pro-government forces", "SYR", "MIL"),
])
def test_armed_bodies_of_a_people_or_an_outlawed_body(kb, mention, country, sector):
    found = kb.resolve(mention, country=country)
    assert (found.country, found.sector) == (country, sector)


@pytest.mark.parametrize("mention, sector", [
    ("Christian leaders", "REL"), ("Muslim leaders", "REL"), ("church leaders", "REL"),  # a faith's are its clergy
    ("Sunni tribal leaders", "CVL"),
    ("Kurds", "CVL"), ("Christians", "CVL"), ("Shiites", "CVL"),  # a people named as a noun is its people
    ("the public", "CVL"), ("non-combatants", "CVL"),
])
def test_faiths_and_peoples(kb, mention, sector):
    found = kb.resolve(mention, country="IND")
    assert found is not None and found.sector == sector and found.id is None


@pytest.mark.parametrize("mention", ["public health", "public opinion", "minor injuries"])
def test_adjectives_of_people_name_no_party_before_another_noun(kb, mention):
    assert kb.resolve(mention) is None


@pytest.mark.parametrize(("mention", "iso3", "sector"), [
    ("Kenya-based Somali refugees", "SOM", "REF"),
    ("UK-based Syrian activists", "SYR", "CVL"),
    ("Iran-based Afghan refugees", "AFG", "REF"),
    ("U.S.-based Chinese dissidents", "CHN", "OPP"),
    ("Pakistan-based militants", "PAK", "INS"),  # alone: the base's country
    ("Somali refugees", "SOM", "REF"),
])
def test_based_in_yields_to_a_nationality(mention, iso3, sector):
    found = default_kb().resolve(mention, date=dt.date(2024, 5, 14), country="IND")
    assert (found.country, found.sector) == (iso3, sector)


@pytest.mark.parametrize("mention, country, sector", [
    ("Iranian-backed fighters", "IRQ", "UAF"),  # armed men a state backs from outside: a proxy's, as its forces are
    ("Turkish-backed fighters", "SYR", "UAF"),
    ("pro-Russian gunmen", "UKR", "UAF"),
    ("Iranian-backed militias", "IRQ", "REB"),  # militias, rebels and separatists keep their own sector
    ("pro-Russian rebels", "UKR", "REB"),
    ("pro-Russian separatists", "UKR", "SEP"),
    ("militia fighters", "IRQ", "REB"),         # a body named before the armed men is still theirs
    ("pro-government fighters", "SYR", "REB"),
])
def test_backed_forces_and_fighters_are_a_proxys_armed_men(kb, mention, country, sector):
    found = kb.resolve(mention, country=country)
    assert (found.country, found.sector) == (country, sector)


# Air defences: a state's military with a nationality or a possessive before them; alone, the words say not whose.
@pytest.mark.parametrize("mention, country", [
    ("Syrian air defences", "SYR"),
    ("Syria's air defence systems", "SYR"),
    ("Iraqi air defence units", "IRQ"),
    ("Russian air defense batteries", "RUS"),
    ("Ukrainian anti-aircraft defences", "UKR"),
    ("Israeli missile defenses", "ISR"),
])
def test_air_defences_of_a_state_are_its_military(mention, country):
    found = default_kb().resolve(mention)
    assert (found.country, found.sector) == (country, "MIL")


@pytest.mark.parametrize("mention", ["air defences", "the air defense batteries"])
def test_air_defences_alone_name_no_one(mention):
    assert default_kb().resolve(mention, country="UKR") is None
