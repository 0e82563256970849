"""What "call" says of its infinitive (``khabar.nlp.factuality.governors``): a phone call to one person is made for
it, so it is told as done with the call; "called on X to", a summons of many or of a witness asks for it
(sentences we wrote ourselves)."""
import pytest

from khabar.nlp.factuality import factuality_of

from tests.nlp.factuality.conftest import head

pytestmark = pytest.mark.model


@pytest.mark.parametrize("sentence, word, expected", [
    ("Macron called Putin to urge restraint.", "urge", "asserted"),
    ("Biden called Netanyahu to demand a halt to the strikes.", "demand", "asserted"),
    ("The prime minister called his Ethiopian counterpart on Tuesday to discuss the border dispute.", "discuss",
     "asserted"),  # "on Tuesday" is no "called on"
    ("Kenyan President William Ruto called Sudan's army chief to urge an end to the fighting.", "urge", "asserted"),
    ("The president called him to express support for the ceasefire.", "express", "asserted"),
    ("The United Nations called on Israel to withdraw from the area.", "withdraw", "prescriptive"),
    ("The opposition called its supporters to march on parliament.", "march", "prescriptive"),
    ("The parliamentary inquiry called the minister to testify about the arms deal.", "testify", "prescriptive"),
    ("The cleric called the faithful to protest against the cartoons.", "protest", "prescriptive"),
])
def test_a_phone_call_is_made_for_its_infinitive(raw_nlp, sentence, word, expected):
    assert factuality_of(head(raw_nlp(sentence), word)) == expected
