"""where7: toponyms cued by their people, towns named without GeoNames' Arabic article, and the sentence a toponym's
countries are read from when abbreviations hold full stops."""
from __future__ import annotations

import pytest

from khabar.geo.resolve import Toponym, _countries_in_sentence
from khabar.model import Place
from khabar.nlp.records import _better_place


def _places(nlp, text):
    doc = nlp(text)
    return [(m.text, m.place.name, m.place.country) for m in doc._.places if not m.actor]


@pytest.mark.model
@pytest.mark.parametrize(("text", "name", "country"), [
    ("Residents of Khartoum said shelling continued overnight.", "Khartoum", "SDN"),
    ("Residents of Goma fled as the rebels advanced.", "Goma", "COD"),
    ("Residents of Mykolaiv spent the night in shelters.", "Mykolaiv", "UKR"),
    ("The mayor of Kherson said power was cut.", "Kherson", "UKR"),
    ("Inhabitants of Sittwe were ordered to leave.", "Sittwe", "MMR"),
    ("Residents of Khan Younis said tanks entered the town.", "Khan Younis", "PSE"),
    ("Residents of Raqqa said the jets returned at dawn.", "Raqqa", "SYR"),
    ("Residents of Fallujah said the curfew was lifted.", "Fallujah", "IRQ"),
    ("Drones struck Raqqa on Tuesday, activists said.", "Raqqa", "SYR"),
    ("Missiles hit Kyiv on Tuesday, officials said.", "Kyiv", "UKR"),
    ("Missiles hit Kiev on Tuesday, officials said.", "Kiev", "UKR"),
])
def test_towns_the_tagger_misses(nlp, text, name, country):
    assert any(found == name and iso3 == country for found, _, iso3 in _places(nlp, text)), _places(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # controls: common words and people after the same cues stay no places
    "Residents of the building said the lift was broken.",
    "The mayor of the town resigned on Monday.",
    "Residents of Al Noor Street complained about noise.",
    "The army deployed more troops on Monday.",
])
def test_cues_keep_common_words_out(nlp, text):
    assert not [p for p in _places(nlp, text) if p[0].lower() in {"the", "building", "town", "noor", "al", "army"}]


@pytest.mark.parametrize(("text", "name", "countries"), [
    # an abbreviation's full stop does not end the sentence: "German" still counts
    ("German Gen. Smith said troops were in Kunduz. Afghan police said nothing.", "Kunduz", {"DEU"}),
    ("German troops reached St. Louis on Monday. French police watched.", "Louis", {"DEU"}),
    ("A German and a U.S. soldier were hurt in Kunduz. Afghan police said nothing.", "Kunduz", {"DEU"}),
    # controls: a sentence's end still ends it
    ("Afghan police came. German troops were in Kunduz. French officials said nothing.", "Kunduz", {"DEU"}),
])
def test_countries_of_the_sentence(gazetteer, text, name, countries):
    start = text.index(name)
    found = _countries_in_sentence(text, Toponym(start, start + len(name), name), gazetteer) - {None}
    assert found == countries


_KAMPALA = Place(text="KAMPALA", name="Kampala", lat=0.32, lon=32.58, country="UGA", precision=2)
_CONGO = Place(text="Congo", name="Democratic Republic of the Congo", lat=-2.9, lon=23.6, country="COD", precision=3)
_UGANDA = Place(text="Uganda", name="Uganda", lat=1.3, lon=32.4, country="UGA", precision=3)
_GULU = Place(text="Gulu", name="Gulu", lat=2.77, lon=32.3, country="UGA", precision=1)


@pytest.mark.parametrize(("first", "second", "expected"), [
    (_CONGO, _KAMPALA, _CONGO),  # the sentence's country abroad beats the desk's city
    (_KAMPALA, _CONGO, _CONGO),
    (_UGANDA, _KAMPALA, _KAMPALA),  # controls: within the dateline's country precision decides
    (_KAMPALA, _GULU, _GULU),
    (None, _KAMPALA, _KAMPALA),
    (_CONGO, None, _CONGO),
])
def test_the_dateline_does_not_beat_a_place_abroad(first, second, expected):
    assert _better_place(first, second, desk=_KAMPALA) == expected


def test_without_a_dateline_precision_decides():
    assert _better_place(_CONGO, _KAMPALA) == _KAMPALA
