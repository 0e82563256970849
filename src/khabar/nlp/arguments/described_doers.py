"""Doers the parser loses behind what describes them. In disguise: "Gunmen disguised as police officers killed six
villagers": a doer described as dressed as, posing as or disguised as X is not X, and the parser often reads "as
police officers killed ..." as a time clause whose subject is the disguise; the doer is then who wears it. Taken
for members of a group: "Gunmen believed to be members of Boko Haram killed 12 farmers": the parser makes the act a
clause reported by "believed", with no subject; the doer is the subject of "believed".
"""
from __future__ import annotations

from spacy.tokens import Token

from ..syntax import children_of

# Verbs that put on a look: "disguised as", "dressed as", "posing as", "masquerading as", "passing themselves off as".
_DISGUISE_VERBS = frozenset({"disguise", "dress", "pose", "masquerade", "camouflage"})


def wearer_of_disguise(verb: Token) -> Token | None:
    """The party wearing the disguise when ``verb`` is the act the parser hung on "disguised as" as a clause of its
    own ("Gunmen disguised [as police officers killed ...]"), else None."""
    if verb.dep_ != "advcl" or verb.head.i == verb.i or verb.head.lemma_.lower() not in _DISGUISE_VERBS:
        return None
    mark = next((c for c in children_of(verb) if c.dep_ == "mark" and c.lower_ == "as"), None)
    if mark is None or mark.i != verb.head.i + 1 + _reflexives(verb.head):
        return None  # "as" must follow the verb of disguise: "dressed as", "disguised themselves as"
    return _wearer(verb.head)


def _reflexives(disguise: Token) -> int:
    return sum(1 for c in children_of(disguise) if c.dep_ == "dobj" and c.lower_.endswith(("self", "selves")))


def _wearer(disguise: Token) -> Token | None:
    """"Attackers dressed as soldiers": the noun the participle describes; "gunmen disguised as": its subject."""
    if disguise.dep_ == "acl":
        return disguise.head
    return next((c for c in children_of(disguise) if c.dep_ in ("nsubj", "nsubjpass")), None)


# Verbs that tell what a doer is taken to be: "believed to be", "suspected to be", "thought to be".
_TAKEN_FOR = frozenset({"believe", "suspect", "think", "presume", "understand", "say", "report"})


def doer_taken_for(verb: Token) -> Token | None:
    """"Gunmen believed to be members of Boko Haram killed": the subject of "believed" when ``verb`` is the act the
    parser hung on it as a reported clause with no subject of its own, after "to be ..."; else None."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i == verb.i or head.lemma_.lower() not in _TAKEN_FOR:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in children_of(verb)):
        return None  # "police believe that the gunmen killed ...": a clause with a subject of its own
    if not any(c.dep_ == "xcomp" and c.lemma_ == "be" and c.i < verb.i for c in children_of(head)):
        return None
    return next((c for c in children_of(head) if c.dep_ in ("nsubj", "nsubjpass") and c.i < head.i), None)
