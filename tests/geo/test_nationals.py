"""Place nouns a nationality word places (geo/nationals.py), on sentences we wrote: "a Syrian town" is in Syria, at
country precision, when nothing finer is named; a border, or a base by a nationality alone, is placed by nothing."""
from __future__ import annotations

import pytest

from khabar.geo import event_location
from khabar.geo.gazetteer import default_gazetteer
from khabar.geo.nationals import nationality_places

pytestmark = pytest.mark.model


def _countries(nlp, text: str) -> dict[str, str]:
    return {m.text: m.place.country for m in nationality_places(nlp(text), default_gazetteer())}


@pytest.mark.parametrize(("text", "words", "country"), [
    ("Gunmen attacked a Syrian town on Monday.", "a Syrian town", "SYR"),
    ("Pakistani jets struck Afghan villages on Sunday.", "Afghan villages", "AFG"),
    ("A bomb exploded in a South Sudanese border town on Friday.", "a South Sudanese border town", "SSD"),
    ("Militants attacked a Malian army base on Thursday.", "a Malian army base", "MLI"),
    ("Jihadists attacked a Burkinabe army outpost on Saturday.", "a Burkinabe army outpost", "BFA"),
])
def test_a_nationality_word_places_its_noun(nlp, text, words, country):
    assert _countries(nlp, text).get(words) == country


@pytest.mark.parametrize("text", [
    "Jihadists killed 17 soldiers near the Malian border on Tuesday.",  # either side of the border
    "Drones struck an American base on Monday.",  # a state's base may stand abroad
    "Soldiers stormed a Sunni village on Monday.",  # no nation's word
    "Rebels seized the Syrian town of Qusayr on Friday.",  # the name after it is the place
])
def test_nothing_placed_by_a_border_a_base_or_a_sect(nlp, text):
    assert _countries(nlp, text) == {}


@pytest.mark.parametrize(("text", "trigger", "name", "country", "precision"), [
    ("AMMAN, Jordan — Gunmen attacked a Syrian town near the Jordanian border on Monday.", "attacked", "Syria",
     "SYR", 3),
    ("ISLAMABAD, Pakistan — Pakistani jets struck Afghan villages near the border on Sunday.", "struck",
     "Afghanistan", "AFG", 3),
    ("NIAMEY, Niger — Militants attacked a Malian army base near the border on Thursday.", "attacked", "Mali", "MLI",
     3),
    # a place named finer wins; so does the desk's city in that very country ("BELEDWEYNE - ... a Somali army base")
    ("BELEDWEYNE, Somalia — Militants fired mortars at a Somali army base on Friday.", "fired", "Beledweyne", "SOM",
     2),
    # but a town of that country is not the desk's city, which would be "the city"
    ("MOGADISHU, Somalia — Al-Shabaab fighters seized a Somali town near the Kenyan border on Wednesday.", "seized",
     "Somalia", "SOM", 3),
    ("Gunmen attacked a Syrian village near Homs on Monday.", "attacked", "Homs", "SYR", 2),
    ("Pakistani jets struck Afghan villages in Kunar province on Sunday.", "struck", "Kunar", "AFG", 3),
])
def test_the_nationality_places_the_event_when_nothing_finer_does(nlp, text, trigger, name, country, precision):
    doc = nlp(text)
    place = event_location(next(t for t in doc if t.text == trigger), doc)
    assert (place.name, place.country, place.precision) == (name, country, precision)
