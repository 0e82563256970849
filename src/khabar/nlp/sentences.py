"""Sentence bounds by token index, found once per doc.

``Token.sent`` searches the bounds token by token and builds a new ``Span`` on every call; the coder asks
for the sentence of the same tokens hundreds of times per document (coreference, dates, factuality).
"""
from __future__ import annotations

from bisect import bisect_right
from typing import NamedTuple

import numpy
from spacy.attrs import SENT_START
from spacy.tokens import Doc, Token

_STARTS_KEY = "khabar.sentences.starts"  # doc.user_data key


class Bounds(NamedTuple):
    """A sentence's first token and the token after its last, as ``Span.start`` and ``Span.end`` (making the
    ``Span`` itself costs more than most questions asked of it)."""

    start: int
    end: int


def sentence_bounds(token: Token) -> Bounds:
    """``(token.sent.start, token.sent.end)``."""
    return bounds_at(token.doc, token.i)


def bounds_at(doc: Doc, i: int) -> Bounds:
    """``(doc[i].sent.start, doc[i].sent.end)``, without making the token."""
    starts = _starts(doc)
    at = bisect_right(starts, i)
    return Bounds(starts[at - 1] if at else 0, starts[at] if at < len(starts) else len(doc))


def forget_sentence_bounds(doc: Doc) -> None:
    """To be called by whatever re-attaches words (``Token.head``): that may move sentence bounds."""
    doc.user_data.pop(_STARTS_KEY, None)


def _starts(doc: Doc) -> list[int]:
    starts = doc.user_data.get(_STARTS_KEY)
    if starts is None:
        starts = numpy.flatnonzero(doc.to_array(SENT_START) == 1).tolist()
        doc.user_data[_STARTS_KEY] = starts
    return starts
