"""The year a yearless day takes from the story it goes on telling.

A day without a year ("On March 3") is, by default, the most recent such day not after publication. But wire copy
that has just stated a year and goes on telling that year's story leaves the year out of the days that follow: "In
2019, gunmen stormed the village. On March 3, they returned and burned the market" is March 3 2019. So a yearless
day takes the year stated in its own sentence or the sentence before it, when
- that year is written out ("in 2019", "in August 2018", "on May 4, 2017") or named from publication ("last year",
  "in early April last year", "the previous year"; a day counted from publication, "on Tuesday", states no year),
- it dates an act told in the past ("stormed", "was seized"; not a saying, a plan, a clause describing a party, "the
  junta, which seized power in 2021, is holding talks", nor a sentence told in the present),
- no line break parts the two sentences (a new paragraph is a new stretch of the story),
- and the day in that year is not after publication.
A day placed so passes the year on in turn: "On March 5, ..." after it is in 2019 too.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from spacy.tokens import Span

from ..sentences import Bounds, bounds_at, previous_in_paragraph
from .patterns import _ANY_YEAR, _DAY_MONTH, _MONTH_DAY
from .reported import clause_verb, dates_an_act
from .resolve import _clean, _strip_modifiers
from .values import DateValue, _day

_PAST = frozenset({"VBD", "VBN"})
_PRESENT = frozenset({"VBZ", "VBP", "MD"})
_ABOUT_A_PARTY = frozenset({"relcl", "acl", "appos"})
_STATED = frozenset({"day", "month", "year"})
# A year named by its place before publication: "last year", "the previous year", "a year earlier" (not "the past
# year": the twelve months up to publication, no calendar year).
_YEAR_NAMED = re.compile(r"\b(?:last|previous|preceding) year\b|\byear (?:before|earlier)\b")


@dataclass(slots=True)
class StoryYear:
    """The year the story is telling so far, as the component walks a doc's date phrases in order."""

    year: int | None = None
    sentence: Bounds | None = None  # the sentence that stated it

    def place(self, span: Span, value: DateValue, published: dt.date | None) -> DateValue:
        """The value of a yearless day moved into the story's year, when the sentence goes on telling it."""
        if not self._applies(span, value) or value.date.year == self.year:
            return value
        try:
            moved = value.date.replace(year=self.year)
        except ValueError:  # February 29 in a year without one
            return value
        return _day(moved) if published is None or moved <= published else value

    def told(self, span: Span, value: DateValue) -> None:
        """Take in a resolved date phrase: a year written out on a past act, or a day placed in the story's year."""
        if value.date is None or value.precision not in _STATED or not _past_act(span):
            return
        phrase = _clean(span.text)
        if _ANY_YEAR.search(phrase) or _YEAR_NAMED.search(phrase) or (
                self._applies(span, value) and value.date.year == self.year):
            self.year, self.sentence = value.date.year, bounds_at(span.doc, span.start)

    def _applies(self, span: Span, value: DateValue) -> bool:
        if self.year is None or value.precision != "day" or value.date is None or not _yearless_day(span):
            return False
        own = bounds_at(span.doc, span.start)
        return own == self.sentence or previous_in_paragraph(span.doc, own) == self.sentence


def _yearless_day(span: Span) -> bool:
    """"March 3", "on 3 March", "early on March 3": a month and day, no year."""
    phrase = _strip_modifiers(_clean(span.text))
    match = _MONTH_DAY.match(phrase) or _DAY_MONTH.match(phrase)
    return match is not None and match.group(3) is None


def _past_act(span: Span) -> bool:
    """The phrase dates an act told in the past, in a sentence told in the past, not a party's background."""
    if not dates_an_act(span.root):
        return False
    verb = clause_verb(span.root)
    if verb.tag_ not in _PAST or verb.dep_ in _ABOUT_A_PARTY:
        return False
    sent = bounds_at(verb.doc, verb.i)  # the doc's sentence table: ``Token.sent`` walks the words to its bounds
    root = Span(verb.doc, sent.start, sent.end).root  # as ``doc[start:end]``, without checking a slice made in bounds
    return root.tag_ not in _PRESENT and not any(c.dep_ == "aux" and c.tag_ in _PRESENT for c in root.children)
