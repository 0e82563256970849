"""The day a story's anchored phrases ("a day later", "the week before", "the next day") count from: the last day
told before them, read as the text goes.

- A day told on an act is the anchor. A day told on a saying is too ("The minister said on Monday ... Later that
  day, police ..."), unless its sentence told an act's day first: "Gunmen killed 20 late on Wednesday, the army said
  on Thursday. A day later, troops retook the post" counts from Wednesday.
- A week, month or year told on an act leaves the rest of its sentence with no day to count from: "Last October, a
  court freed him; he was detained again two days later" gives no day (the next sentence counts from the anchor
  again: a coarse date there is most often background, "had removed it from the list in 2021").
- "In the following weeks", "in the months since" count from the last time told on an act, whatever its precision
  ("In March, troops fired on protesters. In the following weeks, ..."): the stretch after it, up to publication; a
  time told before the sentence before is too far back to be the one meant. "That year", "in August that year" and
  "the following year" take the year of the last time told, whatever its precision.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from ..sentences import bounds_at
from ..text import span_text
from .relative import counts_from_any_time, is_after_span
from .resolve import _clean
from .reported import dates_an_act, said_before_act
from .values import DateValue


_COARSE = frozenset({"week", "month", "year"})
_TOLD_TIMES = frozenset({"day", "week", "month", "year", "range"})  # a range from its start ("since last May")


@dataclass(slots=True)
class Anchor:
    """The anchor so far, as the component walks a doc's date phrases in order."""

    value: DateValue | None = None
    latest: DateValue | None = None  # the last time told on an act, of any precision ("In March, ...")
    latest_at: int | None = None  # where it was told
    act_sentence: int | None = None  # the sentence whose act's day the anchor is
    coarse_sentence: int | None = None  # the sentence whose act has a coarse date after the anchor

    def for_phrase(self, span: Span) -> DateValue | None:
        phrase = _clean(span_text(span))
        if is_after_span(phrase):  # "in the following weeks": after the time told in this sentence or the one before
            return self.latest if self.latest_at is not None and self.latest_at >= _previous_start(span) else None
        if counts_from_any_time(phrase):  # "that year", "the following year": the last time told
            return self.latest
        return None if self.coarse_sentence == _sentence_start(span) else self.value

    def told(self, span: Span, value: DateValue, *, ahead: bool = False) -> None:
        """Take in a resolved date phrase (``ahead``: it dates something still to come)."""
        saying = _dates_saying(span)
        sentence = _sentence_start(span)
        if not (saying or ahead) and value.precision in _TOLD_TIMES:
            self.latest, self.latest_at = value, span.start
        if value.precision == "day" and not (saying and self.act_sentence == sentence):
            self.value, self.act_sentence = value, (None if saying else sentence)
            self.coarse_sentence = None
        elif value.precision in _COARSE and not saying:
            self.coarse_sentence = sentence


def _sentence_start(span: Span) -> int:
    """The start of the span's sentence; 0 in a doc whose sentences are not set (no parser: one stretch of text, and
    no sentence start in the table either). Read off the doc's table of sentences: ``Span.sent`` walks the words back
    to the start and makes a span, for every date phrase, twice."""
    return bounds_at(span.doc, span.start).start


def _previous_start(span: Span) -> int:
    """The start of the sentence before the span's (its own when it is the first)."""
    start = _sentence_start(span)
    return _sentence_start(span.doc[start - 1:start]) if start > 0 else start


def _dates_saying(span: Span) -> bool:
    """"the army said on Thursday", "said on Monday they had arrested": the day of a report."""
    return not dates_an_act(span.root) or said_before_act(span) is not None
