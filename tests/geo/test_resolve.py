from __future__ import annotations

import re

import pytest

from khabar.geo.resolve import Toponym, resolve, split_head


def _resolve(gazetteer, text, names, focus=()):
    toponyms = []
    for name in names:
        m = re.search(re.escape(name), text)
        toponyms.append(Toponym(m.start(), m.end(), name))
    return resolve(text, toponyms, gazetteer=gazetteer, focus=focus)


@pytest.mark.parametrize(("text", "names", "expected"), [
    ("Students in Moscow, Idaho held a vigil.", ["Moscow", "Idaho"], [("Moscow", "USA"), ("Idaho", "USA")]),
    ("He flew to Moscow for talks.", ["Moscow"], [("Moscow", "RUS")]),
    ("Fighting in Tripoli, Lebanon left two dead.", ["Tripoli", "Lebanon"], [("Tripoli", "LBN"), ("Lebanon", "LBN")]),
    ("Militiamen in Tripoli clashed again, Beirut officials said.", ["Tripoli", "Beirut"],
     [("Tripoli", "LBN"), ("Beirut", "LBN")]),
    ("The rally in Paris, Texas drew hundreds.", ["Paris", "Texas"], [("Paris", "USA"), ("Texas", "USA")]),
    ("Troops left Iraq.", ["Iraq"], [("Iraq", "IRQ")]),
])
def test_resolution_in_context(gazetteer, text, names, expected):
    got = _resolve(gazetteer, text, names)
    assert [(e.name, e.country) for e in got] == expected


def test_country_names_resolve_to_the_country_centroid(gazetteer):
    (iraq,) = _resolve(gazetteer, "Iraq", ["Iraq"])
    assert iraq.feature == "PCLI" and iraq.country == "IRQ"
    assert (iraq.lat, iraq.lon) == (gazetteer.country("IRQ").lat, gazetteer.country("IRQ").lon)


def test_population_does_not_override_explicit_state(gazetteer):
    (moscow,) = _resolve(gazetteer, "Moscow, Idaho", ["Moscow, Idaho"])
    assert moscow.country == "USA" and moscow.admin1 == "Idaho"


def test_focus_from_the_caller_breaks_ties(gazetteer):
    (tripoli,) = _resolve(gazetteer, "Gunmen clashed in Tripoli.", ["Tripoli"], focus=("LBN", "LBN"))
    assert tripoli.country == "LBN"


def test_province_head_noun_prefers_the_province(gazetteer):
    (anbar,) = _resolve(gazetteer, "Fighting spread across Anbar province.", ["Anbar province"])
    assert anbar.feature == "ADM1" and anbar.country == "IRQ"


def test_abbreviated_state_after_comma(gazetteer):
    (salem,) = _resolve(gazetteer, "A fire in Salem, Ore., destroyed a barn.", ["Salem"])
    assert salem.admin1 == "Oregon"


def test_unknown_name_is_none(gazetteer):
    assert _resolve(gazetteer, "They met in Zzyzxqtown.", ["Zzyzxqtown"]) == [None]


@pytest.mark.parametrize(("text", "core", "hint"), [
    ("Anbar province", "Anbar", "ADM1"),
    ("the K-1 military base", "K-1", "SITE"),
    ("Karrada district", "Karrada", "DISTRICT"),
    ("Baghdad", "Baghdad", None),
])
def test_split_head(text, core, hint):
    assert split_head(text) == (core, hint)


@pytest.mark.parametrize(("text", "name", "feature", "country"), [
    ("European leaders met on Tuesday.", "European", "CONT", ""),
    ("Aid flows to Africa have fallen.", "Africa", "CONT", ""),
    ("Tension is rising across the Middle East.", "Middle East", "RGN", ""),
    ("Shelling hit villages in Punjab province overnight.", "Punjab province", "ADM1", "PAK"),
    ("Gunmen attacked a convoy in Borno State.", "Borno State", "ADM1", "NGA"),
    ("Irish farmers protested the tariff.", "Irish", "PCLI", "IRL"),
    ("Airstrikes hit northern Syria again.", "northern Syria", "PCLI", "SYR"),
])
def test_regions_provinces_and_nationalities(gazetteer, text, name, feature, country):
    (entry,) = _resolve(gazetteer, text, [name])
    assert (entry.feature, entry.country) == (feature, country)


def test_postal_code_after_a_comma_names_the_state(gazetteer):
    (town,) = _resolve(gazetteer, "A storm flooded Long Beach, CA on Sunday.", ["Long Beach"])
    assert (town.country, town.admin1) == ("USA", "California")


def test_explicit_state_turns_a_country_name_into_a_town(gazetteer):
    (town,) = _resolve(gazetteer, "The mill in Lebanon, Pennsylvania closed.", ["Lebanon"])
    assert (town.country, town.admin1) == ("USA", "Pennsylvania")


def test_province_name_shared_with_its_big_city_reads_as_the_city(gazetteer):
    (city,) = _resolve(gazetteer, "A car bomb exploded in Kandahar.", ["Kandahar"])
    assert city.feature.startswith("PPL") and city.country == "AFG"


def test_county_is_placed_among_the_towns_named_with_it(gazetteer):
    text = "Deputies from Caddo Parish searched homes in Shreveport and Vivian, Louisiana."
    county, *_ = _resolve(gazetteer, text, ["Caddo Parish", "Shreveport", "Vivian"])
    assert county.admin1 == "Louisiana"
    assert abs(county.lat - 32.6) < 0.5 and abs(county.lon + 93.8) < 0.5
