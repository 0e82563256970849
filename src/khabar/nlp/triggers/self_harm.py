"""Harm a doer does to itself: "the gunman then shot himself", "the suspect killed himself as police closed in", "a man
set himself on fire outside parliament". A verb of force whose only object is its own subject is a suicide or a
self-immolation, no attack on a party (the protest a self-immolation makes is told by its own words). A suicide
bomber who "blew himself up" harms those around him: the blast is the attack, and stays.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..syntax import children_of

_REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself", "oneself", "myself", "yourself",
                         "ourselves", "themself"})
# Verbs whose harm stays with the one harmed: a shot, a stab, a rope or a fire. Not "blow up" or "detonate".
_SELF_HARM = frozenset({"shoot", "kill", "stab", "hang", "burn", "set", "immolate", "poison", "wound", "injure",
                        "hurt", "torch", "douse"})


def harms_only_itself(verb: Token) -> bool:
    """The verb of force has objects, all of them reflexive pronouns: the doer harms itself."""
    if verb.lemma_.lower() not in _SELF_HARM:
        return False
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
    return bool(objects) and all(o.lower_ in _REFLEXIVES for o in objects)
