"""Component ``khabar_paragraphs_v1``: a blank line always ends a sentence.

Headings ("THE RAID AND ITS AFTERMATH") and datelines otherwise run into the next sentence, and
an event's evidence sentence would carry them. Runs before the parser, which keeps preset boundaries.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("khabar_paragraphs_v1", assigns=["token.is_sent_start"])
def mark_paragraphs(doc: Doc) -> Doc:
    for tok in doc[:-1]:
        if tok.is_space and "\n" in tok.text:
            doc[tok.i + 1].is_sent_start = True
    return doc
