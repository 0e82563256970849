"""The dateline that opens a wire story ("BAGHDAD —", "ISLAMABAD, Feb 3 (Reuters) -"): where it was filed.

Its capitalised place is not a party to anything, although the parser often makes it the subject of
the first verb ("TAJI — Rockets were fired at ..." parses TAJI as what was fired). A story may carry its
headline on the line above ("Rockets hit base\n\nTAJI — ..."), so a dateline opens a line, not only the text.

``dateline_ends`` finds where the lead after each dateline begins, so that the parser reads the lead apart from its
dateline (``dateline_cut``, ``dateline_join``).
"""
from __future__ import annotations

import numpy
from spacy.attrs import IS_SPACE
from spacy.tokens import Doc, Token

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


def dateline_ends(doc: Doc) -> list[int]:
    """Where the sentence after each dateline begins: the word after the dash closing a dateline that opens a line.
    The dash stands apart, spaces around it (a colon only after it): "NATO-Russia talks" opens no dateline."""
    ends = []
    for start in _line_starts(doc):
        first = doc[start]
        if not (first.is_alpha and first.is_upper and len(first) > 1):
            continue
        dash = dateline_dash(first)
        if dash is not None and dash.i + 1 < len(doc) and _stands_apart(dash):
            ends.append(dash.i + 1)
    return ends


def _line_starts(doc: Doc) -> list[int]:
    """The first token of the text and every token after a line break (the tokenizer keeps line breaks as space
    tokens; read as a column: a Token per word costs more)."""
    if not len(doc):
        return []
    spaces = numpy.flatnonzero(doc.to_array(IS_SPACE)[:-1]).tolist()
    return [0] + [i + 1 for i in spaces if "\n" in doc[i].text]


def _stands_apart(dash: Token) -> bool:
    before = dash.doc[dash.i - 1].whitespace_ or dash.text == ":"
    return bool(before and dash.whitespace_)
