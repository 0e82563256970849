"""Whether the antecedent of a relative clause of time may stand before the sentence (``khabar.nlp.dates.antecedents``):
the date rules skip an undated sentence only when it cannot. Sentences written for these tests."""
from __future__ import annotations

import pytest
import spacy

from khabar.nlp.dates.antecedents import may_stand_before

# (words of one sentence, whether "in which" (or the like) opens it, past punctuation)
OPENINGS = [
    ("In which town the raid took place is unclear.", True),
    ("\u201cDuring which the army fired, ...\u201d", True),
    ("-- amid which protesters marched", True),
    ("Police fired tear gas in the square.", False),
    ("The crackdown in which 20 people died drew protests.", False),
    ("...", False),
]


@pytest.mark.parametrize(("text", "expected"), OPENINGS)
def test_may_stand_before_only_when_the_preposition_opens_the_sentence(text, expected):
    doc = spacy.blank("en")(text)
    assert may_stand_before(0, len(doc), doc) is expected


def test_may_stand_before_reads_only_the_words_given():
    doc = spacy.blank("en")("The army struck at dawn. At which point the rebels fled.")
    second = next(t.i for t in doc if t.text == "At")
    assert may_stand_before(second, len(doc), doc) is True
    assert may_stand_before(0, second, doc) is False
