"""Lists of members: the parties a plural mention is said to include ("five people, including two
policemen"), when the knowledge base can tell who they are.
"""
from __future__ import annotations

from spacy.tokens import Token

from ...actors import default_kb
from ..sentences import sentence_bounds
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
    own = next((c for c in token.children if c.dep_ == "prep" and _opens_list(c)), None)
    if own is not None:
        return own
    doc = token.doc
    before = token  # the word before ``t``, carried along: making it anew from the doc costs more than the test
    for t in doc[token.i + 1:sentence_bounds(token).end - 1]:
        if t.tag_ in ("NNS", "NNPS"):
            return None
        if before.text == "," and _opens_list(t):
            return t
        before = t
    return None


def _opens_list(word: Token) -> bool:
    following = word.doc[word.i + 1].lower_ if word.i + 1 < len(word.doc) else ""
    return word.lower_ == "including" or (word.lower_ == "among" and following in ("them", "those", "whom"))


def _listed(marker: Token) -> list[Token]:
    named = [o for o in marker.children if o.dep_ == "pobj" and o.pos_ != "PRON"]
    if named:  # "including X and Y"; "among them X" parsed as a second object of "among"
        return [m for o in named for m in with_conjuncts(o)]
    head = marker.head  # the parser hangs "among them" on the first member, or on the "were" of "among whom were"
    if head.pos_ in ("VERB", "AUX") and head.i > marker.i:
        head = next((c for c in head.children if c.dep_ in ("nsubj", "attr") and c.i > marker.i), head)
    return with_conjuncts(head) if head.i > marker.i + 1 and head.pos_ in ("NOUN", "PROPN") else []


def _identifiable(member: Token) -> bool:
    """A member worth naming instead of the plural: an actor the knowledge base knows other than a state
    (a list of states or towns tells where, not whom), or a group's part ("commanders of the militia")."""
    if group_owner(member) is not None:
        return True
    actor = default_kb().resolve(span_text(mention_span(member)))
    return actor is not None and actor.id is not None and actor.id != actor.country
