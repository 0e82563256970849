"""Orders (``khabar.nlp.factuality.orders``): an imperative asks for the act."""
import pytest

from khabar.nlp.factuality import factuality_of

from tests.nlp.factuality.conftest import head

pytestmark = pytest.mark.model

# (sentence, clause head word, expected factuality) — sentences written for these tests.
CASES = [
    # prescriptive
    ("Release the prisoners now.", "Release", "prescriptive"),
]


@pytest.mark.parametrize("sentence,word,expected", CASES)
def test_factuality(raw_nlp, sentence, word, expected):
    doc = raw_nlp(sentence)
    assert factuality_of(head(doc, word)) == expected
