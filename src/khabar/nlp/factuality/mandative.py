"""Mood of a "that" clause: whether it is a mandative subjunctive, saying what someone is to do ("suggested that
both armies withdraw"), not what they did. Factuality reads it as a prescription.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..syntax import children_of


# Verbs whose "that" clause says what someone is to do, in the subjunctive: "suggested that both armies withdraw".
_MANDATIVE = frozenset({"suggest", "propose", "insist", "demand", "recommend", "urge", "ask", "request", "require",
                        "order", "advise", "stipulate", "move", "command", "decree", "direct", "prefer"})


def mandated_clause(clause: Token) -> bool:
    """Whether a "that" clause under "suggest", "insist", "demand" ... is a mandative subjunctive, saying what
    its subject is to do, not what it did: a bare verb ("that the army withdraw", "that the troops be
    withdrawn"), or a plural present the tagger cannot tell from it under a past verb ("suggested that both
    armies withdraw"). Tense and modal auxiliaries make it indicative ("insisted that the troops had left")."""
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _MANDATIVE or clause.i < clause.head.i:
        return False
    children = list(children_of(clause))
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in children):
        return False
    auxiliaries = [c for c in children if c.dep_ in ("aux", "auxpass")]
    if auxiliaries:
        return all(a.lower_ == "be" for a in auxiliaries)  # "that the troops be withdrawn"
    return clause.tag_ == "VB" or (clause.tag_ == "VBP" and clause.head.tag_ in ("VBD", "VBN"))
