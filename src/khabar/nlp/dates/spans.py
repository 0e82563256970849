"""The candidate date phrases of a ``Doc``: the model's DATE and TIME entities plus the weekday, month and
time-of-day phrases it misses, merged, with range openers and joiners ("between X and Y") made one span.
"""
from __future__ import annotations

import re

import numpy
from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from ..text import doc_text, span_text
from .patterns import _SAME_DAY_WORDS, MONTHS, WEEKDAYS


_PATTERN = re.compile(
    rf"\b(?:(?i:late|early)\s+(?:on\s+)?)?(?:(?:last|this|next|past)\s+)?"
    rf"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    rf"|\b(?:(?i:last|this|next|early|late|mid-?)\s*)?"
    rf"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    rf"(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+(?:19|20)\d{{2}})?\b"
    rf"|\b(?i:{_SAME_DAY_WORDS})\b")
# The words a match of ``_PATTERN`` can begin with, lower-cased (the modifiers, weekdays and months above, and the
# first words of ``_SAME_DAY_WORDS``): keep them in step with it. Python's engine tries the whole pattern, with its
# word boundaries and optional modifiers, at every character of a text (1.7 ms an article); these words are found
# far faster, and the pattern is tried only where one begins (``_matches``).
_FIRST_WORDS = ("late", "early", "last", "this", "next", "past", "mid", *WEEKDAYS, *MONTHS,
                "by", "in", "during", "that", "earlier", "later", "overnight")
# Characters that case-insensitive matching equates with a letter of those words but ``str.lower`` does not map
# to it (or not one for one): a text holding one is scanned the plain way.
_UNMAPPED = re.compile("[\u0131\u017f\u0130]")
_RANGE_OPENERS = frozenset({"between", "from", "since"})
_RANGE_JOINERS = frozenset({"and", "to", "until", "till", "through", "-"})


def _candidate_spans(doc: Doc) -> list[Span]:
    counted = _counted_offsets(doc)
    spans = [_without_lead_in(e, counted) for e in doc.ents if e.label_ in ("DATE", "TIME")]
    spans += [s for s in _pattern_spans(doc) if s is not None]
    spans += counted
    return _join_ranges(doc, _with_relation_word(doc, _merge(spans)))


def _by_first_letter(words: tuple[str, ...]) -> re.Pattern:
    """One expression for any of the words, its alternatives grouped by first letter (the engine then skips
    quickly over the characters no word begins with)."""
    groups: dict[str, list[str]] = {}
    for word in sorted(set(words), key=len, reverse=True):
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return re.compile("|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items()))


_FIRST = _by_first_letter(_FIRST_WORDS)


def _matches(text: str):
    """``_PATTERN.finditer(text)``: the pattern tried only where one of its first words begins, later than the
    last match's end. A match never starts inside such a word (no word boundary lies between two letters)."""
    lowered = text.lower()
    if len(lowered) != len(text) or _UNMAPPED.search(text):
        yield from _PATTERN.finditer(text)
        return
    end = 0
    for candidate in _FIRST.finditer(lowered):
        if candidate.start() >= end:
            match = _PATTERN.match(text, candidate.start())
            if match:
                yield match
                end = match.end()


def _pattern_spans(doc: Doc) -> list[Span | None]:
    found = []
    for match in _matches(doc_text(doc)):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None and not (span_text(span) == "May" and span[0].tag_ == "MD"):
            found.append(span)
    return found


# "two days earlier", "a week later", "three years ago": the model misses some of these counts of time.
_UNITS = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades"})
_OFFSET_WORDS = frozenset({"earlier", "later", "ago"})


def _counted_offsets(doc: Doc) -> list[Span]:
    """Spans of a count, a unit of time and "earlier", "later" or "ago"."""
    return [doc[i - 2:i + 1] for i in _offset_word_indices(doc) if i >= 2
            and doc[i - 1].lower_ in _UNITS and (doc[i - 2].like_num or doc[i - 2].lower_ in ("a", "an"))]


def _offset_word_indices(doc: Doc) -> list[int]:
    """Where "earlier", "later" or "ago" stand, read off the LOWER column: a ``Token`` made for every word of the
    text costs far more than the test on the few words that are one."""
    lowers = doc.to_array(LOWER)
    found = numpy.zeros(len(lowers), dtype=bool)
    for word in _OFFSET_WORDS:  # three comparisons: ``numpy.isin`` sorts the whole column to find three values
        found |= lowers == get_string_id(word)
    return numpy.flatnonzero(found).tolist()


def _without_lead_in(entity: Span, counted: list[Span]) -> Span:
    """"the withdrawal two days earlier": the model's entity may take in the words before a count of time ending it."""
    return next((c for c in counted if entity.start < c.start and c.end == entity.end
                 and entity.doc[c.start - 1].lower_ != "than"), entity)  # "less than a week ago" is a stretch


def _merge(spans: list[Span]) -> list[tuple[int, int]]:
    """Union of overlapping spans, without dangling conjunctions ("between March and")."""
    bounds = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        start, end = span.start, span.end
        while end > start and span.doc[end - 1].lower_ in _RANGE_JOINERS | {","}:
            end -= 1
        while start < end and span.doc[start].lower_ in _RANGE_OPENERS:
            start += 1
        if start >= end:
            continue
        if bounds and start < bounds[-1][1]:
            bounds[-1] = (bounds[-1][0], max(end, bounds[-1][1]))
        else:
            bounds.append((start, end))
    return bounds


# "The day before, gunmen attacked": the model's entity stops at "The day"; the adverb after it says which day ("the
# months since", and the clause of "the weeks that followed", likewise).
_RELATION_WORDS = frozenset({"before", "earlier", "later", "after", "since"})


def _with_relation_word(doc: Doc, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each span with the adverb of relation just after it that modifies it ("the week before"); not a preposition
    or a conjunction ("the day before the vote", "on Saturday after protesters blocked roads")."""
    return [(start, end + _relation_word_of(doc, start, end)) for start, end in bounds]


def _relation_word_of(doc: Doc, start: int, end: int) -> int:
    """How many words after the span tell its relation: "the week before" 1, "the weeks that followed" 2, else 0."""
    if end >= len(doc):
        return 0
    word = doc[end]
    if word.lower_ in _RELATION_WORDS and word.dep_ == "advmod" and start <= word.head.i < end:
        return 1
    if _that_year_after(doc, end):  # "in August that year": the model's entity stops at "August"
        return 3 if doc[end].lower_ == "the" else 2
    follows = end + 1 < len(doc) and doc[end + 1].lemma_ == "follow" and doc[end + 1].dep_ == "relcl"
    return 2 if follows and word.lower_ in ("that", "which") and start <= doc[end + 1].head.i < end else 0


def _that_year_after(doc: Doc, end: int) -> bool:
    if end >= len(doc) or doc[end].lower_ not in ("that", "the"):  # both readings open with one: no span to make
        return False
    words = [t.lower_ for t in doc[end:end + 3]]
    return words[:2] == ["that", "year"] or words == ["the", "same", "year"]


def _join_ranges(doc: Doc, bounds: list[tuple[int, int]]) -> list[Span]:
    """"between X and Y", "from X to Y": one range span; "since X": the opener joins the span."""
    out: list[Span] = []
    i = 0
    while i < len(bounds):
        start, end = bounds[i]
        opener = doc[start - 1].lower_ if start > 0 else ""
        if opener in _RANGE_OPENERS:
            start -= 1
        if i + 1 < len(bounds) and _joined(doc, end, bounds[i + 1][0]) and (
                opener in ("between", "from") or _weekday_pair(doc, (start, end), bounds[i + 1])):
            end = bounds[i + 1][1]
            i += 1
        out.append(doc[start:end])
        i += 1
    return out


def _weekday_pair(doc: Doc, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """"on Monday and Tuesday": two bare weekdays joined by "and" tell one stretch of days."""
    return (first[1] - first[0] == 1 and second[1] - second[0] == 1 and doc[first[1]].lower_ == "and"
            and doc[first[0]].lower_ in WEEKDAYS and doc[second[0]].lower_ in WEEKDAYS)


def _joined(doc: Doc, end: int, next_start: int) -> bool:
    return next_start - end == 1 and doc[end].lower_ in _RANGE_JOINERS
