"""Rankings: "the deadliest attack since 2019", "the worst attack on the city since the war began". A noun ranked
among its kind, and the "since" that measures how long none was worse, which dates no act.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..syntax import children_of


# Modifiers that rank a noun among its kind without a superlative's tag: "the first such raid since 2017".
_RANKING_WORDS = frozenset({"first", "only", "last", "most", "least"})


def ranked(noun: Token) -> bool:
    """"the deadliest attack", "the most serious attack", "the first attack": a modifier before the noun ranks it."""
    return any(_ranks(c) for c in children_of(noun) if c.dep_ in ("amod", "advmod") and c.i < noun.i)


def _ranks(modifier: Token) -> bool:
    if modifier.tag_ in ("JJS", "RBS") or modifier.lower_ in _RANKING_WORDS:
        return True
    return any(c.tag_ == "RBS" or c.lower_ in _RANKING_WORDS for c in children_of(modifier) if c.dep_ == "advmod")


def ranking_since(word: Token) -> bool:
    """"The deadliest attack since 2019 killed 40 people": a "since" phrase on a ranked noun measures how long no
    act of its kind was worse; it dates no act (the attack's day is told elsewhere, or not at all)."""
    if word.lower_ != "since" or word.dep_ != "prep" or word.head.pos_ not in ("NOUN", "PROPN"):
        return False
    return ranked(word.head)
