"""Names that look like a place they are not, on sentences we wrote: a country's short name against towns
abroad, a feature named after a country, "the West" of politics, an owner's name on a base, and
hyphenated names that the model cuts in pieces."""
from __future__ import annotations

import pytest

from khabar.geo import event_location
from tests.geo.conftest import resolve_names


def _places(nlp, text):
    return [(m.text, m.place.country, m.place.feature, m.actor) for m in nlp(text)._.places]


# --- a country's common short name is the country, the text's evidence choosing among namesakes ---

@pytest.mark.parametrize(("text", "names", "country"), [
    ("Militias clashed with the army in eastern Congo on Sunday.", ["Congo"], "COD"),
    ("Thousands fled the fighting in the Congo last year.", ["Congo"], "COD"),
    ("Congolese troops said the rebels had left Congo.", ["Congo"], "COD"),
    ("Voters in Brazzaville queued for hours as Congo chose a president.", ["Brazzaville", "Congo"], "COG"),
])
def test_short_country_name_is_the_country_the_text_is_about(gazetteer, text, names, country):
    got = resolve_names(gazetteer, text, names)
    congo = got[names.index("Congo")]
    assert congo is not None and congo.is_country and congo.country == country


@pytest.mark.parametrize(("text", "names", "countries"), [
    ("Refugees crossed from Syria into Jordan and Lebanon during the winter.", ["Syria", "Jordan", "Lebanon"],
     ["SYR", "JOR", "LBN"]),
    ("Leaders in Palestine and Israel met envoys from Jordan.", ["Palestine", "Israel", "Jordan"],
     ["PSE", "ISR", "JOR"]),
    ("The floods in Lebanon and Jordan hit farms near Amman.", ["Lebanon", "Jordan", "Amman"],
     ["LBN", "JOR", "JOR"]),
])
def test_country_names_in_a_middle_east_text_are_countries(gazetteer, text, names, countries):
    got = resolve_names(gazetteer, text, names)
    assert [e.country for e in got] == countries
    assert all(e.is_country for e, name in zip(got, names) if name != "Amman")


# --- a delta, valley or basin named after a country lies where it lies, it is not the country ---

@pytest.mark.parametrize(("text", "name", "country"), [
    ("Gunmen kidnapped oil workers in the Niger Delta on Tuesday.", "Niger Delta", "NGA"),
    ("Pipelines across the Niger Delta were sabotaged again.", "Niger Delta", "NGA"),
])
def test_a_delta_named_after_a_country_is_not_the_country(gazetteer, text, name, country):
    (delta,) = resolve_names(gazetteer, text, [name])
    assert delta is not None and not delta.is_country and delta.country == country


@pytest.mark.parametrize(("text", "name"), [
    ("Settlers moved deeper into the Chad Valley, the report said.", "Chad Valley"),
    ("Loggers are clearing the Togo Basin faster than before.", "Togo Basin"),
])
def test_an_unknown_feature_named_after_a_country_gets_no_country_dot(gazetteer, text, name):
    (got,) = resolve_names(gazetteer, text, [name])
    assert got is None or not got.is_country


# --- "the West" of politics is no place; "West" after a town's comma still can be ---

@pytest.mark.parametrize("text", [
    "Tehran accused the West of stoking the unrest.",
    "Relations between Beijing and the West have cooled this year.",
    "Sanctions imposed by the West have hurt the economy.",
])
def test_the_west_of_politics_is_no_place(gazetteer, text):
    assert resolve_names(gazetteer, text, ["West"]) == [None]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Moscow blamed the West for the war.",
    "Officials in Tehran say the West is plotting against them.",
])
def test_the_west_is_not_recognised_as_a_place(nlp, text):
    assert all(name != "West" for name, *_ in _places(nlp, text))


# --- "a U.S. base in Iraq": the country owning a base is not where the base is ---

@pytest.mark.model
@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("Rockets slammed into a U.S. base in Syria overnight.", "slammed", "SYR"),
    ("Drones struck an American base in Iraq on Tuesday.", "struck", "IRQ"),
    ("Mortars hit a U.S. military base near Kirkuk on Sunday.", "hit", "IRQ"),
    ("Gunmen attacked a Turkish base in northern Iraq.", "attacked", "IRQ"),
])
def test_owner_of_a_base_is_not_its_location(nlp, text, trigger, country):
    doc = nlp(text)
    place = event_location(next(t for t in doc if t.text == trigger), doc)
    assert place is not None and place.country == country


@pytest.mark.model
def test_owner_of_a_base_is_flagged_as_a_party(nlp):
    found = _places(nlp, "Rockets slammed into a U.S. base in Syria overnight.")
    assert ("U.S.", "USA", "PCLI", True) in found
    assert all(name != "U.S. base" for name, *_ in found)


@pytest.mark.model
def test_a_base_named_after_its_town_still_places_the_event(nlp):
    doc = nlp("Rockets struck the Kirkuk air base overnight.")
    place = event_location(next(t for t in doc if t.text == "struck"), doc)
    assert place is not None and place.country == "IRQ"


# --- hyphenated names the model cuts at the first hyphen ---

@pytest.mark.model
@pytest.mark.parametrize(("text", "trigger"), [
    ("A bomb exploded at a mosque in Mazar-i-Sharif on Friday.", "exploded"),
    ("Two soldiers were killed near Mazar-e-Sharif overnight.", "killed"),
])
def test_hyphenated_city_is_read_whole(nlp, text, trigger):
    doc = nlp(text)
    names = [(m.text, m.place.country) for m in doc._.places]
    assert any(name.startswith("Mazar-") and country == "AFG" for name, country in names)
    place = event_location(next(t for t in doc if t.text == trigger), doc)
    assert place is not None and place.country == "AFG"


@pytest.mark.model
def test_a_hyphenated_compound_adjective_stays_cut(nlp):
    found = _places(nlp, "Iran-backed militias attacked a convoy in Basra.")
    assert ("Iran", "IRN", "PCLI", True) in found


# --- a country right after "<town>," that modifies a party noun speaks; it is not the town's container ---

@pytest.mark.parametrize(("text", "name", "country"), [
    ("Rockets hit Paris, U.S. officials said on Friday.", "Paris", "FRA"),
    ("Gunmen stormed a hotel in Tripoli, U.S. diplomats said.", "Tripoli", "LBY"),
    ("The rally in Paris, Texas drew hundreds.", "Paris", "USA"),
])
def test_a_country_speaking_after_a_comma_is_no_container(gazetteer, text, name, country):
    (got,) = resolve_names(gazetteer, text, [name])
    assert got is not None and got.country == country


@pytest.mark.model
def test_a_country_speaking_after_a_comma_is_a_party(nlp):
    found = _places(nlp, "Rockets landed near Erbil, U.S. officials said.")
    assert ("Erbil", "IRQ", "PPL", False) in [(n, c, f[:3], a) for n, c, f, a in found]
    assert ("U.S.", "USA", "PCLI", True) in found


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Pilgrims gathered in the Holy See for the feast.", "Holy See", "VAT"),
    ("Soldiers were deployed across Burkina after the coup.", "Burkina", "BFA"),
])
def test_more_short_country_names(gazetteer, text, name, country):
    (got,) = resolve_names(gazetteer, text, [name])
    assert got is not None and got.is_country and got.country == country


@pytest.mark.model
@pytest.mark.parametrize(("text", "trigger", "country", "feature"), [
    ("Rebels in eastern Congo burned a village on Sunday.", "burned", "COD", "PCLI"),
    ("Gunmen blew up a pipeline in the Niger Delta overnight.", "blew", "NGA", "RGN"),
])
def test_event_places_of_short_country_names_and_deltas(nlp, text, trigger, country, feature):
    doc = nlp(text)
    place = event_location(next(t for t in doc if t.text == trigger), doc)
    assert place is not None and (place.country, place.feature) == (country, feature)


# --- a hotel is as often named after a person, a brand or a word as after a town: its name names no town ---

@pytest.mark.model
def test_a_hotels_name_is_no_town(nlp):
    found = _places(nlp, "Soldiers guarded the airport. A second explosion was reported near the Baron Hotel.")
    assert not any(name.startswith("Baron") for name, _, _, _ in found)
