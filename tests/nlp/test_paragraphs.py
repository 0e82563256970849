"""A line break in the text starts a sentence at the next word, and nowhere else is a sentence start set."""
from __future__ import annotations

import pytest
import spacy

from khabar.nlp.paragraphs import mark_paragraphs


@pytest.mark.parametrize("text, starts", [
    ("THE RAID AND ITS AFTERMATH\n\nPolice raided the camp.", ["Police"]),
    ("BAGHDAD —\nGunmen attacked a checkpoint.\n\nTwo soldiers died.\n", ["Gunmen", "Two"]),
    ("Police raided the camp. Two men were arrested.", []),
    ("Troops  fired   on the crowd.", []),  # runs of spaces within a line start nothing
    ("Protesters marched.\n", []),  # a break at the very end has no word after it
    ("", []),
])
def test_the_word_after_a_line_break_starts_a_sentence(text, starts):
    doc = mark_paragraphs(spacy.blank("en").make_doc(text))
    assert [t.text for t in doc if t.is_sent_start and t.i > 0] == starts
    assert all(t.is_sent_start is None for t in doc if t.i > 0 and t.text not in starts)


def test_a_parsed_doc_keeps_its_sentences():
    nlp = spacy.blank("en")
    doc = nlp.make_doc("Police raided the camp.\n\nTwo men were arrested.")
    doc[1].dep_ = "ROOT"
    with pytest.raises(ValueError):
        mark_paragraphs(doc)
