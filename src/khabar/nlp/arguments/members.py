"""Lists of members: the parties a plural mention is said to include ("five people, including two
policemen"), when the knowledge base can tell who they are.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import NamedTuple

import numpy
from spacy.attrs import LOWER, TAG
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from ...actors import default_kb
from ..sentences import sentence_bounds
from ..syntax import children_of
from ..text import span_text
from .parties import group_owner
from .phrases import mention_span, with_conjuncts


def listed_members(token: Token) -> list[Token]:
    """"the men killed in the strike, among them X and Y", "five people, including two policemen": the
    parties a plural mention is said to include, when the knowledge base can tell who they are."""
    if token.pos_ not in ("NOUN", "PRON") or not (token.tag_ == "NNS" or token.lower_ in ("those", "them")):
        return []
    marker = _list_marker(token)
    return [m for m in _listed(marker) if _identifiable(m)] if marker is not None else []


def _list_marker(token: Token) -> Token | None:
    """The "including" or "among them" that opens a list of the mention's members: its own child, or the
    next one in the sentence after a comma, with no other plural noun between ("people killed in the strike
    at the airport, among them ...")."""
    own = next((c for c in children_of(token) if c.dep_ == "prep" and _opens_list(c)), None)
    if own is not None:
        return own
    plurals, openers = _list_words(token.doc)
    stop = sentence_bounds(token).end - 1  # the sentence's stop opens no list
    opener = _first_after(openers, token.i)
    if opener is None or opener >= stop:
        return None
    plural = _first_after(plurals, token.i)
    return token.doc[opener] if plural is None or plural > opener else None


class _ListWords(NamedTuple):
    plurals: list[int]  # plural nouns
    openers: list[int]  # "including" and "among them" after a comma


_LIST_WORDS_KEY = "khabar.arguments.list_words"  # doc.user_data key: ``_ListWords``


def _list_words(doc: Doc) -> _ListWords:
    """Where the words ``_list_marker`` looks for stand, read once per doc off the columns: making a Token for
    every word after each plural noun cost more than the rest of the test."""
    found = doc.user_data.get(_LIST_WORDS_KEY)
    if found is None:
        tags, lower = doc.to_array([TAG, LOWER]).T
        plurals = numpy.flatnonzero(_any_of(tags, ("NNS", "NNPS"))).tolist()
        candidates = numpy.flatnonzero(_any_of(lower, ("including", "among"))).tolist()
        openers = [i for i in candidates if i > 0 and doc[i - 1].text == "," and _opens_list(doc[i])]
        found = doc.user_data[_LIST_WORDS_KEY] = _ListWords(plurals, openers)
    return found


def _any_of(column: numpy.ndarray, words: tuple[str, ...]) -> numpy.ndarray:
    """Where a column of string hashes holds one of ``words`` (``numpy.isin`` sorts the column each time)."""
    found = numpy.zeros(len(column), dtype=bool)
    for word in words:
        found |= column == column.dtype.type(get_string_id(word))
    return found


def _first_after(positions: list[int], i: int) -> int | None:
    k = bisect_right(positions, i)
    return positions[k] if k < len(positions) else None


def _opens_list(word: Token) -> bool:
    following = word.doc[word.i + 1].lower_ if word.i + 1 < len(word.doc) else ""
    return word.lower_ == "including" or (word.lower_ == "among" and following in ("them", "those", "whom"))


def _listed(marker: Token) -> list[Token]:
    named = [o for o in children_of(marker) if o.dep_ == "pobj" and o.pos_ != "PRON"]
    if named:  # "including X and Y"; "among them X" parsed as a second object of "among"
        return [m for o in named for m in with_conjuncts(o)]
    head = marker.head  # the parser hangs "among them" on the first member, or on the "were" of "among whom were"
    if head.pos_ in ("VERB", "AUX") and head.i > marker.i:
        head = next((c for c in children_of(head) if c.dep_ in ("nsubj", "attr") and c.i > marker.i), head)
    return with_conjuncts(head) if head.i > marker.i + 1 and head.pos_ in ("NOUN", "PROPN") else []


def _identifiable(member: Token) -> bool:
    """A member worth naming instead of the plural: an actor the knowledge base knows other than a state
    (a list of states or towns tells where, not whom), or a group's part ("commanders of the militia")."""
    if group_owner(member) is not None:
        return True
    actor = default_kb().resolve(span_text(mention_span(member)))
    return actor is not None and actor.id is not None and actor.id != actor.country
