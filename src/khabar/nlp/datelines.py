"""The dateline that opens a wire story ("BAGHDAD —", "ISLAMABAD, Feb 3 (Reuters) -"): where it was filed.

Its capitalised place is not a party to anything, although the parser often makes it the subject of
the first verb ("TAJI — Rockets were fired at ..." parses TAJI as what was fired).
"""
from __future__ import annotations

from spacy.tokens import Token

_DASHES = frozenset({"—", "–", "--", "-", ":"})  # "BAGHDAD —", "GAZA CITY, Palestinian Territories:"


def in_dateline(token: Token) -> bool:
    """An all-capital word among the first few of the text, followed by the dateline's dash."""
    doc = token.doc
    if token.i > 6 or not token.text.isupper():
        return False
    # "ISLAMABAD, Feb 3 (Reuters) -": a date and an agency may stand between the place and the dash
    return any(t.text in _DASHES for t in doc[token.i + 1:min(token.i + 11, len(doc))])
