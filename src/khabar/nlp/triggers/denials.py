"""Denied parts in an act: "the Taliban denied any involvement in the attack on the convoy", "the rebels denied
responsibility for the shelling". The denial is the news; the act it is about is named by the article (or by others'
reports) as told elsewhere, and a definite noun for it here is a reference, as under a reaction ("condemned the
attack"). A date on the noun ("Sunday's attack") may date the act itself, which is then news, as it is with reactions.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..syntax import children_of
from .word_classes import TIME_ENTS

# Verbs that deny or disown a part: "denied", "rejected", "dismissed", "disowned".
_DENYING = frozenset({"deny", "reject", "dismiss", "disown", "disclaim", "refute"})
# Nouns of someone's part in an act, and the prepositions that take the act.
_PARTS = {"involvement": "in", "role": "in", "part": "in", "hand": "in", "complicity": "in", "participation": "in",
          "responsibility": "for", "blame": "for", "link": "to", "links": "to"}
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def denied_part_in(noun: Token) -> bool:
    """The event noun is the act in which a party denies its part: a definite, undated noun in the "in"/"for" phrase
    of a noun of part that is the object of a denying verb."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or _PARTS.get(prep.head.lemma_.lower()) != prep.lower_:
        return False
    part = prep.head
    if part.dep_ != "dobj" or part.head.lemma_.lower() not in _DENYING:
        return False
    return _definite(noun) and not any(t.ent_type_ in TIME_ENTS for t in noun.subtree)


def _definite(noun: Token) -> bool:
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE) for c in children_of(noun))
