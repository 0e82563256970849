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
    by_token = doc.user_data.get(_BY_TOKEN_KEY) or _bounds_by_token(doc)  # inline: asked ~1,000 times a doc
    if 0 <= i < len(by_token):
        return by_token[i]
    starts, bounds = sentence_table(doc)  # past either end: the bisection's answer, as before
    return bounds[bisect_right(starts, i)]


_BY_TOKEN_KEY = "khabar.sentences.by_token"  # doc.user_data key: each token's sentence bounds, by token index


def _bounds_by_token(doc: Doc) -> list[Bounds]:
    """The bounds of every token's sentence, read off ``sentence_table`` once per doc: one list index per asking
    instead of a bisection and the unpacking of the table."""
    starts, bounds = sentence_table(doc)
    by_token = [bounds[k] for k, (start, end) in enumerate(bounds) for _ in range(start, end)]
    doc.user_data[_BY_TOKEN_KEY] = by_token
    return by_token


def forget_sentence_bounds(doc: Doc) -> None:
    """To be called by whatever re-attaches words (``Token.head``): that may move sentence bounds."""
    doc.user_data.pop(_STARTS_KEY, None)
    doc.user_data.pop(_BY_TOKEN_KEY, None)


def sentence_table(doc: Doc) -> tuple[list[int], list[Bounds]]:
    """The sentence starts, and the bounds of the sentence holding a token by how many starts precede it
    (made once per doc: the coder asks for them a few hundred times per article)."""
    found = doc.user_data.get(_STARTS_KEY)
    if found is None:
        starts = numpy.flatnonzero(doc.to_array(SENT_START) == 1).tolist()
        ends = starts + [len(doc)]
        bounds = [Bounds(0, ends[0])] + [Bounds(start, end) for start, end in zip(starts, ends[1:])]
        found = doc.user_data[_STARTS_KEY] = (starts, bounds)
    return found


def previous_in_paragraph(doc: Doc, sent: Bounds) -> Bounds | None:
    """The sentence before ``sent`` when no line break parts them, else None."""
    if sent.start == 0:
        return None
    previous = bounds_at(doc, sent.start - 1)
    return previous if same_paragraph(doc, previous, sent) else None


def next_in_paragraph(doc: Doc, sent: Bounds) -> Bounds | None:
    """The sentence after ``sent`` when no line break parts them, else None."""
    if sent.end >= len(doc):
        return None
    following = bounds_at(doc, sent.end)
    return following if same_paragraph(doc, sent, following) else None


_PARAGRAPH_KEY = "khabar.sentences.same_paragraph"  # doc.user_data key: (first, second) bounds -> the answer


def same_paragraph(doc: Doc, first: Bounds, second: Bounds) -> bool:
    """No line break between the end of the first sentence's words and the start of the second. Kept per doc: the
    date and place rules ask it of the same pairs of sentences for every event, and the answer reads only the
    tokens' text, which no component changes (unlike the bounds, which the caller passes)."""
    memo = doc.user_data.get(_PARAGRAPH_KEY)
    if memo is None:
        memo = doc.user_data[_PARAGRAPH_KEY] = {}
    key = (first.start, first.end, second.start)
    found = memo.get(key)
    if found is None:
        found = memo[key] = _no_line_break(doc, first, second)
    return found


def _no_line_break(doc: Doc, first: Bounds, second: Bounds) -> bool:
    last = next((doc[i] for i in range(first.end - 1, first.start - 1, -1) if not doc[i].is_space), None)
    # read off the tokens in between: ``doc.text`` would rebuild the whole text at every call
    if last is not None:
        gap = last.whitespace_ + doc[last.i + 1:second.start].text_with_ws
    else:
        gap = doc[first.start:second.start].text_with_ws
    return "\n" not in gap
