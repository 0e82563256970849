"""Small questions about a parse that components across the coder ask alike."""
from __future__ import annotations

from spacy.tokens import Token


def to_infinitive(verb: Token) -> bool:
    """The verb is marked by "to" ("ordered them to leave", "voted to remove him")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
