"""The dateline that opens a wire story ("BAGHDAD —", "ISLAMABAD, Feb 3 (Reuters) -"): where it was filed.

Its capitalised place is not a party to anything, although the parser often makes it the subject of
the first verb ("TAJI — Rockets were fired at ..." parses TAJI as what was fired). A story may carry its
headline on the line above ("Rockets hit base\n\nTAJI — ..."), so a dateline opens a line, not only the text.
"""
from __future__ import annotations

from spacy.tokens import Token

_DASHES = frozenset({"—", "–", "--", "-", ":"})  # "BAGHDAD —", "GAZA CITY, Palestinian Territories:"
_OPENER = 7  # the place stands among the first few words of its line
_REACH = 10  # "ISLAMABAD, Feb 3 (Reuters) -": a date and an agency may stand between the place and the dash


def in_dateline(token: Token) -> bool:
    """An all-capital word among the first few of its line, followed on that line by the dateline's dash."""
    if not token.text.isupper() or _line_start(token) is None:
        return False
    return dateline_dash(token) is not None


def dateline_country(token: Token) -> bool:
    """The country after the city of a dateline ("ABUJA, Nigeria —"), which is no more a party than the city."""
    doc = token.doc
    i = token.i
    return (i >= 2 and doc[i - 1].text == "," and not token.text.isupper() and in_dateline(doc[i - 2])
            and dateline_dash(token) is not None)


def _line_start(token: Token) -> int | None:
    """Where the token's line begins, when it is among the first few words of it (else None)."""
    doc = token.doc
    for i in range(token.i, max(token.i - _OPENER, -1), -1):
        if i < token.i and doc[i].text in _DASHES:
            return None  # "MOSCOW — NATO and Russia agreed": past the dateline already
        if i == 0 or "\n" in doc[i - 1].text_with_ws:
            return i
    return None


def dateline_dash(token: Token) -> Token | None:
    """The dash that closes the dateline: the first after the token, on its line and within reach, with no
    ordinary word on the way. A date, an agency or a country may stand there ("ISLAMABAD, Feb 3 (Reuters) -"),
    a clause may not ("NATO troops left - officials said")."""
    doc = token.doc
    for t in doc[token.i + 1:min(token.i + _REACH + 1, len(doc))]:
        if t.text in _DASHES:
            return t
        if "\n" in t.text_with_ws or t.is_lower:
            return None
    return None
