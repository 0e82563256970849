"""The doc's text joined once: the same strings as ``Doc.text`` and ``Span.text``."""
import pytest
import spacy

from khabar.nlp.text import doc_text, remember_text, span_text

TEXTS = [
    "BAGHDAD — Rockets hit the Green Zone on Monday.  Two guards were wounded, officials said.\n\n",
    "  Leading spaces, a tab\tand a sit-in: \"We won't leave,\" they said.",
    "Émigrés in Zürich marched; ıstanbul's ſ and İ stay as they are.",
    "",
]


@pytest.fixture(scope="module")
def tokenizer():
    return spacy.blank("en")


@pytest.mark.parametrize("text", TEXTS)
def test_doc_text_is_doc_dot_text(tokenizer, text):
    doc = tokenizer(text)
    assert doc_text(doc) == doc.text == text
    assert doc_text(doc) is doc_text(doc)  # joined once, then kept


@pytest.mark.parametrize("text", TEXTS)
def test_span_text_is_span_dot_text_for_every_span(tokenizer, text):
    doc = tokenizer(text)
    for start in range(len(doc)):
        for end in range(start, min(len(doc), start + 6) + 1):
            assert span_text(doc[start:end]) == doc[start:end].text


def test_a_remembered_text_is_the_one_read(tokenizer):
    text = TEXTS[0]
    doc = tokenizer(text)
    remember_text(doc, text)
    assert doc_text(doc) is text
    assert span_text(doc[2:5]) == doc[2:5].text == "Rockets hit the"


def test_spans_keep_their_text_after_tokens_are_merged(tokenizer):
    doc = tokenizer("Protesters held a sit-in outside the ministry on Monday.")
    doc_text(doc)
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[3:6])  # "sit-in" as one token
    assert doc_text(doc) == doc.text
    assert [span_text(doc[i:i + 2]) for i in range(len(doc) - 1)] == [doc[i:i + 2].text for i in range(len(doc) - 1)]
