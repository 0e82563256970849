"""Questions (``khabar.nlp.factuality.questions``): what is asked, and what a question word presupposes."""
import pytest

from khabar.nlp.factuality import factuality_of

from tests.nlp.factuality.conftest import head

pytestmark = pytest.mark.model

# (sentence, clause head word, expected factuality) — sentences written for these tests.
CASES = [
    # a question word's clause presupposes its act: someone fired; "whether" leaves it open
    ("Reporters asked who fired the rockets.", "fired", "asserted"),
    ("Officials said they did not know who fired the rockets.", "fired", "asserted"),
    ("The minister asked whether the army had shelled the village.", "shelled", "question"),
    # question
    ("Did the army shell the village?", "shell", "question"),
    ("Will the rebels sign the accord?", "sign", "question"),  # asked, not announced
    ("Why did the police arrest the reporter?", "arrest", "question"),
]


@pytest.mark.parametrize("sentence,word,expected", CASES)
def test_factuality(raw_nlp, sentence, word, expected):
    doc = raw_nlp(sentence)
    assert factuality_of(head(doc, word)) == expected


# Sentences by theme, as (sentence, word, the factuality of that word's event); a test's id names its theme.
THEMES = {
    "a_question_and_a_simulation_tell_no_act": [
        ("Would Russia invade Ukraine?", "invade", "question"),
        ("Russia would invade Ukraine, the general said.", "invade", "future"),
        ("The drill simulated an attack on the capital.", "attack", "hypothetical"),
    ],
}


@pytest.mark.parametrize("sentence,word,expected", [
    pytest.param(*row, id=theme) for theme, rows in THEMES.items() for row in rows])
def test_factuality_by_theme(raw_nlp, sentence, word, expected):
    assert factuality_of(head(raw_nlp(sentence), word)) == expected
