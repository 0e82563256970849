"""Questions about a parse asked across the coder, on sentences we write."""
from __future__ import annotations

import pytest

from khabar.nlp.syntax import to_infinitive, unpunctuated


@pytest.fixture
def nlp(raw_nlp):
    return raw_nlp  # the plain model, loaded once for the session (tests/conftest.py)


@pytest.mark.model
@pytest.mark.parametrize("text, verb, expected", [
    ("The court ordered the militia to leave the town.", "leave", True),
    ("Lawmakers voted on Thursday to remove the governor.", "remove", True),
    ("The militia left the town on Monday.", "left", False),
    ("Troops are expected to withdraw.", "withdraw", True),
    ("Police arrested ten men.", "arrested", False),
])
def test_a_verb_marked_by_to_is_an_infinitive(nlp, text, verb, expected):
    token = next(t for t in nlp(text) if t.text == verb)
    assert to_infinitive(token) is expected


@pytest.mark.model
@pytest.mark.parametrize("text, verb, expected", [
    ("Rebels withdraw from key town", "withdraw", True),
    ("Government lifts curfew in capital", "lifts", True),
    ("Rebels withdraw from key town.", "withdraw", False),
    ('"We will withdraw," the commander said.', "said", False),
    ("Will the rebels withdraw?", "withdraw", False),
])
def test_a_sentence_with_no_closing_stop_is_a_headline(nlp, text, verb, expected):
    token = next(t for t in nlp(text) if t.text == verb)
    assert unpunctuated(token) is expected

