"""How a clause stands to its sentence's news.

A clause that describes a noun or sets the scene tells background ("the men detained last week", "after police
arrested five"); a subjectless participle or purpose infinitive is an adjunct that adds an act to the main clause's
("marched through the capital, demanding ..."). Both tell less of the news than the main clause.
"""
from __future__ import annotations

from spacy.tokens import Token

from .syntax import children_of, participial_host, to_infinitive


def adjunct(clause: Token) -> bool:
    """"marched through the capital, demanding ...", "staged a sit-in to protest ...": a subjectless participle
    or purpose infinitive adds an act to the main clause's, which tells the news."""
    if participial_host(clause) is not None or _fronted_participle(clause):
        return True
    return (clause.dep_ == "advcl" and to_infinitive(clause)
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(clause)))


def _fronted_participle(clause: Token) -> bool:
    """"Detained for a week, the lawyer was released on bail": a past participle leading its clause tells what its
    subject had undergone, the scene of the main clause's news."""
    return (clause.dep_ == "advcl" and clause.tag_ == "VBN" and clause.i < clause.head.i
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in children_of(clause)))


def background(clause: Token) -> bool:
    """"the men detained last week", "the deal that Iran signed", "after police arrested five", "in response
    to the raid": a clause that describes a noun or sets the scene tells background to the sentence's news."""
    if clause.dep_ in ("relcl", "acl", "pcomp"):
        return True
    if clause.dep_ == "advcl" and any(c.dep_ == "mark" for c in children_of(clause)):
        return True
    return clause.pos_ == "NOUN" and clause.dep_ == "pobj"
