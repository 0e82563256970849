"""Component ``khabar_paragraphs_v1``: a blank line always ends a sentence.

Headings ("THE RAID AND ITS AFTERMATH") and datelines otherwise run into the next sentence, and
an event's evidence sentence would carry them. Runs before the parser, which keeps preset boundaries.
"""
from __future__ import annotations

import numpy
from spacy.attrs import IS_SPACE, SENT_START
from spacy.errors import Errors
from spacy.language import Language
from spacy.tokens import Doc


@Language.component("khabar_paragraphs_v1", assigns=["token.is_sent_start"])
def mark_paragraphs(doc: Doc) -> Doc:
    spaces = numpy.flatnonzero(doc.to_array(IS_SPACE)[:-1])  # read as a column: a Token per word costs more
    starts = [i + 1 for i in spaces.tolist() if "\n" in doc[i].text]
    if starts and doc.has_annotation("DEP"):
        raise ValueError(Errors.E043)  # as ``Token.is_sent_start`` does: a parsed doc keeps its sentences
    if starts:  # written as a column too: setting ``Token.is_sent_start`` checks the whole doc each time
        column = doc.to_array(SENT_START)
        column[starts] = 1
        doc.from_array([SENT_START], column)
    return doc
