"""The text of a doc, joined once per doc.

``Doc.text`` and ``Span.text`` join the words again on every call, making a ``Token`` object per word (a
whole article costs about 0.45 ms); several components read the whole text or quote its sentences. A
doc's text never changes (spaCy's tokenizer keeps every character, and merging tokens keeps the text), so
it is kept in ``doc.user_data``, and any span's text is a slice of it by character offsets.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

_TEXT_KEY = "khabar.text"  # doc.user_data key


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined at most once per doc."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def remember_text(doc: Doc, text: str) -> None:
    """Keep the string the doc was tokenized from as its text (it is ``doc.text``: tokenizing keeps every
    character), so that nothing needs to join the words again."""
    doc.user_data[_TEXT_KEY] = text


def span_text(span: Span) -> str:
    """``span.text``, as a slice of the doc's text."""
    text = span.doc.user_data.get(_TEXT_KEY)  # ``doc_text`` inline: asked ~1,000 times a doc
    if text is None:
        text = doc_text(span.doc)
    return text[span.start_char:span.end_char]

