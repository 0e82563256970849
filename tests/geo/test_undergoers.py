"""A town as the subject of what it undergoes (geo/undergoers.py), on sentences we wrote: "Mosul fell to ...",
"Kidal came under attack" are places of the event, not parties; a place as the subject of other verbs still speaks
for its government."""
from __future__ import annotations

import pytest

from khabar.geo import event_location
from khabar.geo.undergoers import undergoing_subject

pytestmark = pytest.mark.model


def _token(doc, word: str):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Mosul fell to Islamic State fighters in June 2014.", "Mosul", True),
    ("Kabul fell to the Taliban on August 15.", "Kabul", True),
    ("Kidal came under attack by armed groups on Sunday.", "Kidal", True),
    ("Idlib came under heavy shelling overnight, activists said.", "Idlib", True),
    ("Raqqa remained under siege by Kurdish-led forces on Friday.", "Raqqa", True),
    # the state a town is left in
    ("Kidal remained calm on Tuesday after the troops arrived.", "Kidal", True),
    ("Goma was tense on Sunday as rebels neared the city.", "Goma", True),
    # controls: a place as the subject of other verbs speaks for its government or people
    ("Moscow insisted that its troops had not crossed the border.", "Moscow", False),
    ("Kyiv came under pressure to accept the deal.", "Kyiv", False),
    ("Khartoum rejected the ceasefire proposal on Monday.", "Khartoum", False),
    ("Tehran remained defiant on Monday.", "Tehran", False),  # a party's mood is no state of the town
])
def test_the_subject_of_a_verb_it_undergoes(nlp, text, name, expected):
    assert undergoing_subject(_token(nlp(text), name)) is expected


@pytest.mark.parametrize(("text", "name"), [
    ("Mosul fell to Islamic State fighters in June 2014.", "Mosul"),
    ("Goma fell to M23 rebels on Monday, the United Nations said.", "Goma"),
    ("Idlib came under heavy shelling overnight, activists said.", "Idlib"),
])
def test_a_town_that_falls_is_no_party(nlp, text, name):
    mention = next(m for m in nlp(text)._.places if m.text == name)
    assert not mention.actor


@pytest.mark.parametrize(("text", "trigger", "name", "country"), [
    ("Mosul fell to Islamic State fighters in June 2014.", "fell", "Mosul", "IRQ"),
    ("The northern town of Kidal fell to separatist rebels on Thursday.", "fell", "Kidal", "MLI"),
    ("Kabul fell to the Taliban on August 15.", "fell", "Kabul", "AFG"),
    # a town the tagger leaves unlabelled, cued by what it came under
    ("Kidal came under attack by armed groups on Sunday.", "attack", "Kidal", "MLI"),
    ("The city of Marawi came under heavy fire from militants on Tuesday.", "fire", "Marawi City", "PHL"),
    ("Idlib came under heavy shelling overnight, activists said.", "shelling", "Idlib", "SYR"),
    ("Mogadishu came under mortar fire overnight, police said.", "fire", "Mogadishu", "SOM"),
    # after a dateline the parser reads the town as an adverb of the verb it undergoes
    ("KYIV, Ukraine — Bakhmut came under heavy shelling on Monday, officials said.", "shelling", "Bakhmut", "UKR"),
])
def test_the_town_undergoing_the_act_is_its_place(nlp, text, trigger, name, country):
    doc = nlp(text)
    place = event_location(_token(doc, trigger), doc)
    assert (place.name, place.country, place.precision) == (name, country, 1)


@pytest.mark.parametrize("text", [
    "Police came under fire on Monday.",  # a common noun that is also a town's name (Police, Poland) stays a noun
    "Security forces came under attack on Sunday.",
])
def test_a_party_coming_under_attack_is_no_place(nlp, text):
    assert not nlp(text)._.places


def test_a_state_speaking_is_still_no_place(nlp):
    doc = nlp("Kyiv came under pressure to accept the deal.")
    assert all(m.actor for m in doc._.places if m.text == "Kyiv")
