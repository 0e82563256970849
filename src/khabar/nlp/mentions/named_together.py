""""Both sides", "the two sides", "the warring parties" (as a mention to resolve; ``arguments.sides`` reads the
pair of named states a two-sided event's arguments take): a plural noun of sides that stands for the parties named
together before it, and where a text names two parties together: joined by "and" ("India and Pakistan"), or the
doer and the other side of a clash ("Israeli troops clashed with Palestinian gunmen"), or a name and the name it
acts on ("Ethiopia accused Sudan").
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
# Prepositions of the side an attack is aimed at: "fired on Armenian positions", "shot at police" (not of names joined
# by "and": "on Monday and Tuesday").
_AIMED_AT_PREPS = frozenset({"on", "at"})
# Entities a preposition of aim may take that are no party: "clashed on Tuesday", "met at noon".
_NO_PARTY_ENTITIES = frozenset({"DATE", "TIME"})


# Nouns of states or their bodies that "both" or "two" make the pair named before: "both governments", "the two
# countries", "the two neighbours", "the two groups" (not "the warring governments": of no one pair).
_PAIR_NOUNS = frozenset({"government", "country", "nation", "neighbour", "neighbor", "state", "capital", "leader",
                         "group"})
_PAIR_WORDS = frozenset({"both", "two"})
# Nouns of factions that a word of conflict makes the sides of one ("the rival camps", "the warring factions"); "the two
# camps" may be refugee camps.
_FACTION_NOUNS = frozenset({"camp", "faction"})
_CONFLICT_WORDS = frozenset({"warring", "rival", "opposing", "belligerent"})


def is_both_sides(head: Token) -> bool:
    """Whether a mention is "both sides", "the two sides", "the warring parties", "both governments": a plural noun
    of sides with a word of two or of conflict before it, or a plural noun of states with "both" or "two"."""
    if head.pos_ != "NOUN":
        return False  # every reading below is of a noun: most mentions end here
    lemma = head.lemma_.lower()
    if lemma in _SIDE_NOUNS and any(c.lower_ == "each" for c in children_of(head)):
        return True  # "each side blamed the other": one side and then the other, both
    words = (_SIDE_WORDS if lemma in _SIDE_NOUNS else _PAIR_WORDS if lemma in _PAIR_NOUNS
             else _CONFLICT_WORDS if lemma in _FACTION_NOUNS else None)
    if words is None or head.tag_ != "NNS":
        return False  # no noun of sides, states or factions: no word before it can make it a pair
    return any(c.i < head.i and c.lower_ in words for c in children_of(head))


def sides_named_at(token: Token) -> tuple[Token, ...]:
    """The heads of the parties a text names together at a party's head: the names joined by "and" that it is one
    of, or a clause's subject and the other side it acts with or against; else none."""
    root = token
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    if _coordinated(root) and acting_role(root):
        return (root, *root.conjuncts)
    other = (_other_side(token) or _named_object(token)) if token.dep_ == "nsubj" else None
    return (token, other) if other is not None else ()


def _named_object(subject: Token) -> Token | None:
    """"Ethiopia accused Sudan of arming rebels", "Azerbaijani forces shelled Armenian villages": a named party that
    acts on another named party directly, the two sides of the act (names or words of a nation only: "the minister
    condemned the attacks" names no second side)."""
    if not _named(subject):
        return None
    return next((o for o in children_of(subject.head) if o.dep_ == "dobj" and _named(o)), None)


# Entities whose word before a noun names the nation a party is of: "Azerbaijani forces", "Armenian villages".
_NATION_ENTITIES = frozenset({"NORP", "GPE"})


def _named(word: Token) -> bool:
    """A name, or a noun a nation's word qualifies ("Armenian villages")."""
    if word.pos_ == "PROPN":
        return True
    return word.pos_ == "NOUN" and any(c.dep_ in ("amod", "compound") and c.ent_type_ in _NATION_ENTITIES
                                       for c in children_of(word))


def acting_role(word: Token) -> bool:
    """Whether names joined by "and" are the parties of an act: its subject or object, or the sides "between",
    "with" or "against" which it is; not a list of places or examples ("fled to countries including Egypt, Chad
    and South Sudan")."""
    if word.dep_ in ("nsubj", "nsubjpass", "dobj"):
        return True
    return word.dep_ == "pobj" and word.head.lower_ in _OTHER_SIDE_PREPS | {"between"}


def _other_side(subject: Token) -> Token | None:
    """The party a subject's verb acts with, against or on ("clashed with Palestinian gunmen", "fired on Armenian
    positions")."""
    for prep in children_of(subject.head):
        if prep.dep_ == "prep" and prep.lower_ in _OTHER_SIDE_PREPS | _AIMED_AT_PREPS:
            found = next((o for o in children_of(prep) if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")
                          and o.ent_type_ not in _NO_PARTY_ENTITIES), None)
            if found is not None:
                return found
    return None
