"""Unclaimed acts: "No group claimed the attack", "No one has claimed responsibility for the bombing".

A claim of responsibility is about an act the article tells elsewhere (the attack, the bombing); a denied or
absent claim adds no act of its own, and no one it could name as its doer. Coded, the act's noun gives an event
with no parties, counted once more beside the report of the act itself ("A bomb killed 12 in the market. No group
has claimed responsibility."). So an event noun under a negated claim is a retelling and is not coded; an asserted
claim ("The Islamic State claimed the attack") names the act's doer and stays, as does a denial of the act itself
("Police denied the raid took place"), which tells whether the act happened.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .factuality.clauses import negated
from .triggers import TriggerMatch

# Nouns of a party's part in an act: "claimed responsibility for the attack", "claimed credit for the bombing".
_PART_IN = frozenset({"responsibility", "credit"})


def unclaimed_act(doc: Doc, trig: TriggerMatch) -> bool:
    """The trigger is an event noun whose claim is negated ("No group claimed the attack")."""
    if not trig.nominal:
        return False
    claim = _claim_of(doc[trig.head])
    return claim is not None and negated(claim)


def _claim_of(noun: Token) -> Token | None:
    """The verb "claim" whose object is the act ("claimed the attack") or the part in it ("claimed responsibility
    for the attack")."""
    holder = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.lemma_.lower() in _PART_IN:
        holder = noun.head.head
    verb = holder.head
    if holder.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() != "claim":
        return None
    return verb
