"""Sentence bounds read once per doc agree with spaCy's own ``Token.sent``, also after the parse is repaired."""
import pytest

from khabar.nlp.sentences import (bounds_at, forget_sentence_bounds, next_in_paragraph, previous_in_paragraph,
                                  same_paragraph, sentence_bounds)

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Rebels shelled the town on Monday. The army said it had repelled them. Talks resume next week.",
    "KIRKUK, Iraq — A bomb exploded near a checkpoint.\n\nTwo soldiers were wounded, officials said.",
    "One sentence only",
    "Was the truce broken? Nobody in the city would say. \"We are afraid,\" a resident said.",
])
def test_bounds_are_those_of_token_sent(raw_nlp, text):
    doc = raw_nlp(text)
    for token in doc:
        assert sentence_bounds(token) == (token.sent.start, token.sent.end)
        assert bounds_at(doc, token.i) == sentence_bounds(token)


def test_bounds_are_read_again_after_the_words_are_re_attached(raw_nlp):
    doc = raw_nlp("Police arrested the suspects. They were taken to Baghdad.")
    second = doc[6]
    assert sentence_bounds(second).start == 5
    for token in doc[5:]:  # one sentence of the two: the second now hangs on the first's verb
        if token.head.i == token.i:
            token.head = doc[1]
    forget_sentence_bounds(doc)
    assert sentence_bounds(second) == (second.sent.start, second.sent.end)
    assert sentence_bounds(second).start == 0


def test_a_repaired_doc_gives_bounds_of_its_repaired_parse(khabar_nlp):
    doc = khabar_nlp("The envoy voiced concern about the arrests. Witnesses said militiamen had tortured detainees.")
    assert [sentence_bounds(t) for t in doc] == [(t.sent.start, t.sent.end) for t in doc]


def test_neighbouring_sentences_are_found_within_a_paragraph_only(raw_nlp):
    doc = raw_nlp("A bomb exploded near a checkpoint. Two soldiers were wounded.\n\nTalks resume next week.")
    first, second = bounds_at(doc, 0), bounds_at(doc, 7)
    third = bounds_at(doc, len(doc) - 1)
    assert previous_in_paragraph(doc, second) == first and next_in_paragraph(doc, first) == second
    assert next_in_paragraph(doc, second) is None and previous_in_paragraph(doc, third) is None
    assert previous_in_paragraph(doc, first) is None and next_in_paragraph(doc, third) is None


def _no_line_break_in_text(doc, first, second):
    """The answer read straight off the text: the characters after the first sentence's last word, up to the
    second sentence."""
    words = [t for t in doc[first.start:first.end] if not t.is_space]
    after = words[-1].idx + len(words[-1].text) if words else doc[first.start].idx
    return "\n" not in doc.text[after:doc[second.start].idx]


@pytest.mark.parametrize("text", [
    "Troops entered Goma on Friday. Residents fled north.\nThe UN mission said it was monitoring the situation.",
    "LIMA, Peru — Protesters blocked a highway.\n\nPolice fired tear gas. Dozens were detained.\n \nTalks failed.",
    "The senate passed the bill. The president signed it. Critics vowed to challenge it in court.",
])
def test_same_paragraph_kept_per_doc_agrees_with_the_text(raw_nlp, text):
    doc = raw_nlp(text)
    sentences = sorted({bounds_at(doc, t.i) for t in doc})
    pairs = [(a, b) for a in sentences for b in sentences if a.start < b.start]
    for first, second in pairs + pairs:  # asked twice: the second answer is the one kept
        assert same_paragraph(doc, first, second) is _no_line_break_in_text(doc, first, second)
