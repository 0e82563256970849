"""The country focus of a text, and which place names stand for parties, on sentences we wrote."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "focus"), [
    # a foreign dateline is where the reporter sat: it does not count toward the focus
    ("LONDON — A missile hit the railway station in Kramatorsk on Friday. Britain's envoy condemned the strike.",
     "UKR"),
    ("PARIS — Gunmen attacked a convoy near Gao on Sunday.", "MLI"),
    # a dateline in the country the text is about, or over a text naming no place, counts as before
    ("BAGHDAD — U.S. drones killed two commanders on Friday.", "IRQ"),
    ("LONDON — Police arrested four men in Birmingham after a protest turned violent.", "GBR"),
])
def test_focus_leaves_out_a_foreign_dateline(nlp, text, focus):
    assert nlp(text)._.geo_focus[0] == focus


@pytest.mark.parametrize(("text", "name", "actor"), [
    ("Moscow insists its troops are not targeting civilians.", "Moscow", True),
    ("Washington warned Tehran on Friday against enriching more uranium.", "Tehran", True),
    ("Iran was accused on Monday of attacking the tanker.", "Iran", True),
    ("Kharkiv was shelled overnight on Monday.", "Kharkiv", False),
    ("Government forces bombed Idlib on Monday.", "Idlib", False),
    ("Ankara and Damascus traded accusations on Monday.", "Damascus", True),
    ("Militants attacked Kirkuk and Tikrit on Monday.", "Tikrit", False),
    # the party behind someone: "backed by", "linked to", "loyal to"
    ("Protesters burned the offices of armed groups linked to Iran.", "Iran", True),
    ("Militias backed by Iran fired rockets at the base.", "Iran", True),
    ("Forces loyal to Damascus shelled the town on Tuesday.", "Damascus", True),
    ("The convoy was ambushed on the road from Baghdad to Basra.", "Basra", False),
    ("The village was shelled by troops near Donetsk.", "Donetsk", False),
])
def test_places_standing_for_parties_are_flagged(nlp, text, name, actor):
    doc = nlp(text)
    mention = next(m for m in doc._.places if m.text == name)
    assert mention.actor is actor


@pytest.mark.parametrize("text", [
    "KIRKUK, Iraq — A bomb exploded near a checkpoint in Hawija on Monday. Iraqi officials blamed militants.",
    "MOSUL — Gunmen attacked a convoy near Tal Afar. The U.S. said its base in Erbil was not hit.",
    "Police dispersed protesters in Nairobi and Mombasa on Tuesday.",
])
def test_places_are_the_same_when_the_caller_gives_the_text(nlp, text):
    from khabar.geo.gazetteer import default_gazetteer
    from khabar.geo.mentions import find_places
    doc = nlp(text)
    given = find_places(doc, default_gazetteer(), text=doc.text)
    assert given == find_places(doc, default_gazetteer())
    assert [m.text for m in given[0]] == [doc.text[m.place.span[0]:m.place.span[1]] for m in given[0]]
    assert given[0]  # each text names places


@pytest.mark.model
@pytest.mark.parametrize(("text", "name"), [
    ("Gunmen stormed a village in Plateau state on Sunday.", "Plateau state"),
    ("Fighting spread across the Tigray region.", "Tigray region"),
    ("Texas state troopers arrested 12 migrants.", "Texas"),  # "state" is a compound of "troopers", not the head
])
def test_a_division_word_the_name_is_the_compound_of_joins_the_name(nlp, gazetteer, text, name):
    from khabar.geo.recognise import recognise
    doc = nlp(text)
    assert name in [doc[r.start:r.end].text for r in recognise(doc, gazetteer)]


@pytest.mark.model
def test_a_division_word_after_a_name_the_tagger_takes_for_a_person_makes_it_a_place(nlp, gazetteer):
    from khabar.geo.recognise import recognise
    doc = nlp("Russia withdrew its troops from the Kherson region.")
    assert "Kherson region" in [doc[r.start:r.end].text for r in recognise(doc, gazetteer)]


@pytest.mark.model
@pytest.mark.parametrize(("text", "name"), [
    ("Fighting intensified around Goma, the capital of North Kivu province, as M23 rebels advanced.", "Goma"),
    ("Heavy fighting was reported in Goma on Sunday.", "Goma"),
    ("Boris Johnson visited Kyiv on Saturday.", "Kyiv"),
    ("Thousands of protesters marched through Niamey on Sunday.", "Niamey"),
])
def test_a_big_town_the_tagger_takes_for_a_person_is_a_place_after_a_locative_word(nlp, gazetteer, text, name):
    from khabar.geo.recognise import recognise
    doc = nlp(text)
    assert name in [doc[r.start:r.end].text for r in recognise(doc, gazetteer)]


@pytest.mark.model
@pytest.mark.parametrize(("text", "name"), [
    ("Syrian rebels shelled government-held areas of Aleppo.", "Aleppo"),
    ("Russian troops massed on the outskirts of Kharkiv.", "Kharkiv"),
])
def test_a_big_town_after_a_part_of_it_is_a_place_whatever_the_tagger_says(nlp, gazetteer, text, name):
    from khabar.geo.recognise import recognise
    doc = nlp(text)
    assert name in [doc[r.start:r.end].text for r in recognise(doc, gazetteer)]


@pytest.mark.parametrize(("text", "name", "country"), [
    # the nationality of an attacking force is the doer's, not where the text is: the bigger namesake wins
    ("Russian forces shelled Pokrovsk on Monday, killing two civilians.", "Pokrovsk", "UKR"),
    ("Russian artillery pounded Pokrovsk overnight.", "Pokrovsk", "UKR"),
    ("A Russian drone strike hit Pokrovsk on Friday.", "Pokrovsk", "UKR"),
    # so does a country's name standing for the striker
    ("Russia shelled Pokrovsk on Monday.", "Pokrovsk", "UKR"),
    ("Russia's forces shelled Pokrovsk on Monday.", "Pokrovsk", "UKR"),
    # a nationality that is not a force striking still tells where the text is: forces act at home too
    ("Russian officials opened a new school in Pokrovsk on Monday.", "Pokrovsk", "RUS"),
    ("Lebanese troops deployed in Tripoli after the clashes.", "Tripoli", "LBN"),
    ("Pakistani forces killed three militants in Hyderabad.", "Hyderabad", "PAK"),
    ("Lebanon's army deployed in Tripoli after the clashes.", "Tripoli", "LBN"),
    # a state's embassy or consulate stands in another state
    ("Demonstrators set fire to the Iranian consulate in Najaf on Wednesday.", "Najaf", "IRQ"),
    ("Crowds gathered outside the Russian embassy in Tripoli on Friday.", "Tripoli", "LBY"),
])
def test_the_nationality_of_a_force_striking_does_not_set_the_focus(nlp, text, name, country):
    mention = next(m for m in nlp(text)._.places if m.text == name)
    assert mention.place.country == country


@pytest.mark.parametrize(("text", "dropped", "kept"), [
    ("The Islamic State Khorasan claimed the bombing in Kabul.", "Khorasan", "Kabul"),
    ("ISIS-K's Khorasan Province claimed the attack near Jalalabad.", "Khorasan", "Jalalabad"),
    ("Islamic State West Africa Province fighters attacked a base in Borno.", "West Africa", "Borno"),
])
def test_a_place_name_inside_an_armed_groups_name_is_no_place(nlp, text, dropped, kept):
    doc = nlp(text)
    names = [m.text for m in doc._.places]
    assert not any(dropped in name for name in names) and kept in names
    assert "IRN" not in doc._.geo_focus


def test_the_province_that_gives_a_group_its_name_is_a_place_when_named_alone(nlp):
    names = [(m.text, m.place.country) for m in nlp("Protests spread across Khorasan province in Iran.")._.places]
    assert ("Khorasan province", "IRN") in names


@pytest.mark.parametrize(("text", "qualifier", "based", "focus"), [
    ("The London-based Syrian Observatory for Human Rights said 12 people were killed in Idlib.", "London", "GBR",
     "SYR"),
    ("A Beirut-based monitor said air strikes killed five people in Homs.", "Beirut", "LBN", "SYR"),
    ("The Paris-based watchdog said police beat protesters in Lagos.", "Paris", "FRA", "NGA"),
])
def test_a_place_a_party_is_based_in_is_background(nlp, text, qualifier, based, focus):
    doc = nlp(text)
    mention = next(m for m in doc._.places if m.text == qualifier)
    assert mention.qualifier and mention.place.country == based  # still read, as named from afar
    # it still counts toward the focus (leaving it out lost an event whose parties' countries the focus decides),
    # beside the place of the news
    assert set(doc._.geo_focus) == {based, focus}


def test_a_base_city_lends_the_text_no_context(nlp):
    places = {m.text: m.place.country for m in nlp("A Beirut-based group said the strike killed five in Tripoli.")._.places}
    assert places == {"Beirut": "LBN", "Tripoli": "LBY"}


@pytest.mark.parametrize("text", [
    "Israeli soldiers arrested two men in Bethlehem on Tuesday.",  # a force acts across its border
    "Israeli officials said two men were arrested in Bethlehem on Tuesday.",
    "Palestinians protested in Bethlehem on Friday.",
])
def test_nationality_words_place_bethlehem_in_palestine(nlp, text):
    mention = next(m for m in nlp(text)._.places if m.text == "Bethlehem")
    assert mention.place.country == "PSE"


@pytest.mark.parametrize(("text", "doer"), [
    ("Iranian-backed militias fired rockets at a base in Erbil.", "IRN"),
    ("Turkish drones hit a car near Qamishli on Sunday.", "TUR"),
    ("Israeli strikes hit Nabatieh and Tyre.", "ISR"),
])
def test_the_country_of_a_force_or_its_backer_is_not_the_texts_focus(nlp, text, doer):
    assert doer not in nlp(text)._.geo_focus


@pytest.mark.parametrize(("text", "name", "country"), [
    # the holder of a place is no country the place lies in
    ("Shelling hit Russian-occupied Donetsk on Tuesday, local officials said.", "Donetsk", "UKR"),
    ("Ukrainian missiles struck Russian-occupied Luhansk overnight.", "Luhansk", "UKR"),
    ("A car bomb exploded in the Russian-held town of Pokrovsk.", "Pokrovsk", "UKR"),
])
def test_a_nationality_holding_a_place_is_not_its_country(nlp, text, name, country):
    doc = nlp(text)
    assert next(m for m in doc._.places if m.text == name).place.country == country


@pytest.mark.parametrize(("text", "focus"), [
    ("A car bomb exploded in the Russian-held town of Pokrovsk.", ("UKR",)),
    ("Partisans blew up a rail bridge in Russian-controlled Melitopol.", ("UKR",)),
])
def test_a_holders_nationality_does_not_count_toward_the_focus(nlp, text, focus):
    assert nlp(text)._.geo_focus == focus


@pytest.mark.parametrize(("text", "name", "country"), [
    # a force taking ground takes it across its border, as a force striking does
    ("Russian forces captured the town of Pokrovsk on Monday.", "Pokrovsk", "UKR"),
    ("Russian troops seized the village of Pokrovsk after weeks of fighting.", "Pokrovsk", "UKR"),
    ("Russian forces stormed Pokrovsk on Monday.", "Pokrovsk", "UKR"),
    # a state speaking of "its forces" is the force's state
    ("Russia said its forces had captured the town of Pokrovsk.", "Pokrovsk", "UKR"),
    ("Pokrovsk was captured by Russian forces on Monday.", "Pokrovsk", "UKR"),
    ("Russia's defence ministry said its forces had taken control of the village of Pokrovsk.", "Pokrovsk", "UKR"),
    # a country's own forces fight its own civil war: a name read far from both is read at home
    ("Sudan's army captured Bara from the Rapid Support Forces on Sunday.", "Bara", "SDN"),
    ("Sudanese troops seized Bara on Sunday after days of fighting.", "Bara", "SDN"),
    # taking back is done at home
    ("Ukrainian troops recaptured the village of Pokrovsk on Monday.", "Pokrovsk", "UKR"),
])
def test_a_force_takes_ground_at_home_or_across_its_border(nlp, text, name, country):
    doc = nlp(text)
    assert next(m for m in doc._.places if m.text == name).place.country == country


@pytest.mark.parametrize(("text", "doer"), [
    ("Russian forces captured the town of Pokrovsk on Monday.", "RUS"),
    ("Russia said its forces had captured the town of Pokrovsk.", "RUS"),
    ("Russian troops have taken control of the village of Pokrovsk.", "RUS"),
])
def test_the_country_of_a_force_taking_ground_is_not_the_texts_focus(nlp, text, doer):
    assert doer not in nlp(text)._.geo_focus


@pytest.mark.parametrize(("text", "home"), [
    # taking people or power is no taking of ground: the force acts at home as often as not
    ("Indian troops captured two militants in Hyderabad on Monday.", "IND"),
    ("Malian soldiers seized power in a coup on Tuesday.", "MLI"),
])
def test_a_force_taking_people_or_power_still_says_the_texts_country(nlp, text, home):
    assert nlp(text)._.geo_focus[:1] == (home,)
