""""Both sides", "the two sides", "the warring parties" (as a mention to resolve; ``arguments.sides`` reads the
pair of named states a two-sided event's arguments take): a plural noun of sides that stands for the parties named
together before it, and where a text names two parties together: joined by "and" ("India and Pakistan"), or the
doer and the other side of a clash ("Israeli troops clashed with Palestinian gunmen").
"""
from __future__ import annotations

from spacy.tokens import Token

from ..syntax import children_of
from .coreference import _coordinated

_SIDE_NOUNS = frozenset({"side", "party"})
# Words before a noun of sides that make it the sides of a conflict or a deal ("both parties", not "the parties").
_SIDE_WORDS = frozenset({"both", "two", "warring", "rival", "opposing", "belligerent"})
# Prepositions of the other side of a clash or a deal: "clashed with", "fought against", "a deal between".
_OTHER_SIDE_PREPS = frozenset({"with", "against"})


def is_both_sides(head: Token) -> bool:
    """Whether a mention is "both sides", "the two sides", "the warring parties": a plural noun of sides with a
    word of two or of conflict before it."""
    if head.pos_ != "NOUN" or head.tag_ != "NNS" or head.lemma_.lower() not in _SIDE_NOUNS:
        return False
    return any(c.i < head.i and c.lower_ in _SIDE_WORDS for c in children_of(head))


def sides_named_at(token: Token) -> tuple[Token, ...]:
    """The heads of the parties a text names together at a party's head: the names joined by "and" that it is one
    of, or a clause's subject and the other side it acts with or against; else none."""
    root = token
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    if _coordinated(root) and _acting_role(root):
        return (root, *root.conjuncts)
    other = _other_side(token) if token.dep_ == "nsubj" else None
    return (token, other) if other is not None else ()


def _acting_role(word: Token) -> bool:
    """Whether names joined by "and" are the parties of an act: its subject or object, or the sides "between",
    "with" or "against" which it is; not a list of places or examples ("fled to countries including Egypt, Chad
    and South Sudan")."""
    if word.dep_ in ("nsubj", "nsubjpass", "dobj"):
        return True
    return word.dep_ == "pobj" and word.head.lower_ in _OTHER_SIDE_PREPS | {"between"}


def _other_side(subject: Token) -> Token | None:
    """The party a subject's verb acts with or against ("clashed with Palestinian gunmen")."""
    for prep in children_of(subject.head):
        if prep.dep_ == "prep" and prep.lower_ in _OTHER_SIDE_PREPS:
            found = next((o for o in children_of(prep) if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")), None)
            if found is not None:
                return found
    return None
