"""Markers on a clause itself (``khabar.nlp.factuality.markers``): its modals, its negation, a mandated clause."""
import pytest

from khabar.nlp.factuality import factuality_of

from tests.nlp.factuality.conftest import head

pytestmark = pytest.mark.model

# (sentence, clause head word, expected factuality) — sentences written for these tests.
CASES = [
    # negated
    ("The militia did not respond to the raid.", "respond", "negated"),
    ("The police never arrested the suspect.", "arrested", "negated"),
    ("No one was arrested.", "arrested", "negated"),
    ("There were no clashes.", "clashes", "negated"),
    # hypothetical
    ("The strike could have prompted a violent reprisal.", "reprisal", "hypothetical"),
    ("Any crackdown could trigger a conflict with the tribes.", "conflict", "hypothetical"),
    ("The strikes might have killed dozens.", "killed", "hypothetical"),
    ("The talks may collapse.", "collapse", "hypothetical"),
    ("The soldiers would have stormed the compound.", "stormed", "hypothetical"),
    # future
    ("The prisoners would be handed over to the police.", "handed", "future"),
    ("Troops will be sent to the border.", "sent", "future"),
    # prescriptive
    ("The minister should avoid a confrontation with the unions.", "avoid", "prescriptive"),
    ("The army must respond to the attacks.", "respond", "prescriptive"),
    ("Washington should encourage and work with the new cabinet.", "work", "prescriptive"),
]


@pytest.mark.parametrize("sentence,word,expected", CASES)
def test_factuality(raw_nlp, sentence, word, expected):
    doc = raw_nlp(sentence)
    assert factuality_of(head(doc, word)) == expected


@pytest.mark.parametrize("sentence,word,expected", [
    ("The envoy suggested that both militias withdraw from the town.", "withdraw", "prescriptive"),
    ("The ministers insisted that the soldiers be released at once.", "released", "prescriptive"),
    ("The ministers insisted that the soldiers were released at dawn.", "released", "asserted"),
])
def test_a_mandated_act_is_what_is_to_be_done(raw_nlp, sentence, word, expected):
    doc = raw_nlp(sentence)
    assert factuality_of(next(t for t in doc if t.text == word)) == expected
