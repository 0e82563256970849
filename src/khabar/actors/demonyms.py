"""Nationality words that are nouns of people.

"Britons", "Frenchmen" and "Danes" are people of their country, and "a Briton", "an American", "the Dane" one of
them, where the word is a noun. The knowledge base says which words are nouns by listing their plural too
("Briton" and "Britons", "Dutchman" and "Dutchmen"); an adjective ("British", "French", "Japanese") has no plural
and names no one alone ("the Japanese" are the nation).
"""
from __future__ import annotations

from collections.abc import Iterator

from .index import ROLE_DEMONYM, Index, Match
from .normalise import Word, normalise

# Words before a nationality noun that make it one person: "a Briton", "an American", "one Dane", "the Swede".
_ONE = frozenset(normalise(w) for w in ("a", "an", "one", "another", "the"))


def _demonym_of(index: Index, key: str) -> set[str]:
    """The actors whose nationality word the key is."""
    return {t.actor_id for t in index.aliases.get(key, ()) if t.role == ROLE_DEMONYM}


def plural_noun(index: Index, key: str) -> bool:
    """Whether a nationality word's key is a plural noun: "britons", "danes", and "frenchmen", whose singular
    ("frenchman") is a nationality word too (not "turkmen", an adjective and a singular)."""
    return key.endswith("s") or (key.endswith("men") and bool(_demonym_of(index, key[:-3] + "man")))


def _plurals(key: str) -> Iterator[str]:
    yield key + "s"
    if key.endswith("man"):
        yield key[:-3] + "men"


def noun_of_one(index: Index, key: str, actor_id: str) -> bool:
    """Whether a singular nationality word is a noun of one person ("Briton", "Dutchman", "American"): a plural
    of it is a nationality word of the same actor."""
    return not plural_noun(index, key) and any(actor_id in _demonym_of(index, p) for p in _plurals(key))


def one_of_a_people(index: Index, ws: tuple[Word, ...], match: Match, actor_id: str) -> bool:
    """"a Briton", "an American", "the Dane": an article and a nationality noun alone, one person of the country."""
    return (match.start == 1 and match.end == len(ws) == 2 and ws[0].key in _ONE
            and noun_of_one(index, ws[1].key, actor_id))
