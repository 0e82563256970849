"""Negative objects (``khabar.nlp.factuality.clauses.negative_object``): an act whose only object names no one
did not happen. Sentences written for these tests."""
import pytest

from khabar.nlp.factuality import factuality_of
from tests.nlp.factuality.conftest import head

pytestmark = pytest.mark.model

# (sentence, clause head word, expected factuality)
CASES = [
    ("The court pardoned nobody.", "pardoned", "negated"),
    ("The army arrested no one.", "arrested", "negated"),
    ("Police detained none of the suspects.", "detained", "negated"),
    ("The rebels released no hostages.", "released", "negated"),
    ("Troops killed nobody, the ministry said.", "killed", "negated"),
    ("No soldiers were killed.", "killed", "negated"),
    # controls: "no" that counts, an exception that was done to, a real object
    ("The army arrested no fewer than 20 people.", "arrested", "asserted"),
    ("The army arrested no more than ten people.", "arrested", "asserted"),
    ("The army arrested no one but the leader.", "arrested", "asserted"),
    ("The court pardoned the opposition leader.", "pardoned", "asserted"),
    ("Police gave no details about the raid on Tuesday.", "raid", "asserted"),
]


@pytest.mark.parametrize("sentence,word,expected", CASES)
def test_factuality(raw_nlp, sentence, word, expected):
    assert factuality_of(head(raw_nlp(sentence), word)) == expected
