"""Reputations: "the militants are known for attacking army posts", "a gang notorious for kidnapping foreigners", "the
group has a history of attacking churches". What a party is known for is the kind of act it does, told to describe
it; the clause names no occasion, so it is no event (as a profile's "which has waged an insurgency" is background).
"""
from __future__ import annotations

from spacy.tokens import Token

# Words of repute whose "for" phrase names the acts a party is known by: "known for", "notorious for".
_REPUTED = frozenset({"known", "notorious", "infamous", "famous", "renowned", "noted", "reviled"})
# Nouns of a habit or a record whose "of" phrase names the kind of act: "a history of attacking churches".
_HABITS = frozenset({"history", "record", "reputation", "habit", "pattern", "tradition", "practice"})


def reputed_for(word: Token) -> bool:
    """The verb or event noun is what a party is known for: the object of "for" on a word of repute, or of "of"
    on a noun of habit ("a history of attacking churches", "its record of abuses")."""
    prep = word.head
    if word.dep_ not in ("pcomp", "pobj") or prep.dep_ != "prep":
        return False
    owner = prep.head.lemma_.lower() if prep.head.pos_ != "VERB" else prep.head.lower_
    if prep.lower_ == "for":
        return owner in _REPUTED
    return prep.lower_ == "of" and owner in _HABITS and prep.head.pos_ == "NOUN"
