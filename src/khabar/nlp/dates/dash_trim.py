"""A DATE entity that runs on past a dash: "CAIRO, March 7 - Soldiers killed five militants".

The model often reads a dateline's day and the capitalised first word after its dash as one DATE ("March 7 -
Soldiers"), and the subject swallowed into a date is then no party to the event it did. A date never goes on past
a spaced dash into a word, so the entity is cut back to what stands before the dash; a range ("March 7 - 9",
"2019 - 2020") goes on into a number, and is kept whole.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .patterns import _MONTH_ABBR, MONTHS, WEEKDAYS

_DASHES = frozenset({"-", "–", "—", "--"})
_DATE_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(_MONTH_ABBR)


def trim_dates_past_dashes(doc: Doc) -> None:
    """Cut back every DATE entity that a dash inside it joins to a word no date goes on with."""
    ents = list(doc.ents)
    trimmed = [_before_dash(e) for e in ents]
    if any(t is not e for t, e in zip(trimmed, ents)):
        doc.ents = trimmed


def _before_dash(ent: Span) -> Span:
    """The entity as it is, or its part before the dash (a dash that opens or closes it joins nothing)."""
    if ent.label_ != "DATE":
        return ent
    for t in ent[1:-1]:
        if t.text in _DASHES and not _goes_on_as_date(ent.doc[t.i + 1]):
            return Span(ent.doc, ent.start, t.i, label=ent.label_)
    return ent


def _goes_on_as_date(token: Token) -> bool:
    """The word after a dash carries a date on: a number ("7 - 9"), a month or a weekday ("March - April")."""
    return token.like_num or token.lower_.rstrip(".") in _DATE_WORDS
