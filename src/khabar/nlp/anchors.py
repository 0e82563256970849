"""The event a clause is anchored to, and the date the anchor gives it.

"In the recent raid, ...", "after the raid", "during the raid": a preposition on the clause, or on a span it is told
by ("two days after the raid"), whose object is a definite event noun points back to the latest dated event of that
noun's category. "in/during" makes the clause part of that event; "after/before" times it against it, and a told
span ("two days after", "a week before") shifts the anchor's day.
"""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from .coreference import running_total
from .dates import DateValue
from .lexicon import Lexicon
from .quantities import parse_number
from .syntax import children_of
from .triggers import TriggerMatch

if TYPE_CHECKING:  # events.py imports this module: the record type is needed for annotations only
    from .events import EventMention


# "In the recent raid, ...", "After the raid, ...", "during the raid": the event a clause is anchored to.
_ANCHOR_PREPS = frozenset({"in", "after", "during", "following", "amid", "since", "before"})
_SAME_EVENT_PREPS = frozenset({"in", "during", "amid"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


SHIFTING_PREPS = frozenset({"after", "following", "before"})
_LATER_PREPS = frozenset({"after", "following"})


# Spans a clause is told to lie from the event it is anchored to, in days: "two days after the raid".
_SPAN_DAYS = {"day": 1, "week": 7}


def anchored_event(doc: Doc, trig: TriggerMatch, earlier: list[EventMention], lexicon: Lexicon) -> int | None:
    """Index of the earlier event that "in/after/during the <event noun>" in this clause points back to."""
    found = anchor_phrase(doc, trig, lexicon)
    return latest_of(found[0], earlier) if found is not None else None


_PHRASES_KEY = "khabar.anchors.phrases"  # doc.user_data key: (the lexicon, {clause index: its anchor phrase})
_UNASKED = object()  # not asked yet (None is an answer)


def anchor_phrase(doc: Doc, trig: TriggerMatch, lexicon: Lexicon) -> tuple[str, Token] | None:
    """The category of the event noun this clause is anchored to, and the preposition that anchors it. Kept per doc
    by clause: the coder asks it of every trigger two or three times (the anchored event, the date, the link), and
    the answer reads only the final parse and the lexicon (kept with the answers: another lexicon asks afresh)."""
    lexicon_of, answers = doc.user_data.get(_PHRASES_KEY) or (None, None)
    if lexicon_of is not lexicon:
        answers = {}
        doc.user_data[_PHRASES_KEY] = (lexicon, answers)
    found = answers.get(trig.governor, _UNASKED)
    if found is _UNASKED:
        found = answers[trig.governor] = _anchor_phrase(doc[trig.governor], lexicon)
    return found


def _anchor_phrase(clause: Token, lexicon: Lexicon) -> tuple[str, Token] | None:
    for prep in _anchoring_preps(clause):
        for noun in children_of(prep):
            entries = lexicon.entries(noun.lemma_.lower(), "NOUN") if noun.dep_ == "pobj" else ()
            # the noun's plain sense: "the attack" points back to an assault, not to its cyber sense
            entries = [e for e in entries if not e.required] or entries
            if entries and is_definite(noun) and not _dated(noun):
                return entries[0].event, prep
    return None


def _anchoring_preps(clause: Token) -> list[Token]:
    """The clause's anchoring prepositions: its own ("after the raid", "two days after the raid") and those of a
    span it is told by ("a day before the attack, police arrested ...": the phrase hangs on "day")."""
    preps = []
    for child in children_of(clause):
        if child.dep_ == "npadvmod" and child.lemma_.lower() in _SPAN_DAYS:
            preps.extend(c for c in children_of(child) if c.dep_ == "prep" and c.lower_ in _ANCHOR_PREPS)
        elif child.dep_ == "prep" and child.lower_ in _ANCHOR_PREPS:
            preps.append(child)
    return preps


def is_definite(noun: Token) -> bool:
    return any(c.lower_ in _DEFINITE for c in children_of(noun) if c.dep_ == "det")


def _dated(noun: Token) -> bool:
    """"during the 2020-2022 war": a noun that carries its own time names an event of that time, not the latest."""
    return any(c.ent_type_ == "DATE" or c.like_num for c in children_of(noun) if c.dep_ != "det")


def latest_of(category: str, earlier: list[EventMention]) -> int | None:
    for index in range(len(earlier) - 1, -1, -1):
        if earlier[index].trigger.entry.event == category and earlier[index].date is not None:
            return index
    return None


def same_event(doc: Doc, trig: TriggerMatch, anchor: EventMention, prep: Token | None) -> bool:
    """"In the recent raid, the CTS arrested ...": same category and an 'in/during' anchor → one event ("after the
    raid, police arrested ... in the city" is another)."""
    return (anchor.trigger.entry.event == trig.entry.event and prep is not None
            and prep.lower_ in _SAME_EVENT_PREPS)


def date_from_anchor(doc: Doc, anchor: EventMention, prep: Token) -> DateValue | None:
    """The date of an act told by the event it is anchored to: "after the raid" its day, "a day after the raid"
    the next day, "two days before the attack" two days earlier. An anchor that is a running count ("strikes have
    hit the grid 40 times since October") gives no day, nor does a span without a day ("days after the raid") or
    one from an anchor known only to its week, month or range."""
    value = anchor.date
    if value is None or running_total(doc, anchor):
        return None
    span = told_span(prep)
    if span is None:
        return value
    if value.precision != "day" or span == 0 or prep.lower_ not in SHIFTING_PREPS:
        return None
    shift = dt.timedelta(days=span if prep.lower_ in _LATER_PREPS else -span)
    return DateValue(date=value.date + shift, enddate=(value.enddate or value.date) + shift, precision="day")


def dated_apart(doc: Doc, trig: TriggerMatch, prep: Token) -> bool:
    """"On Wednesday, two days after the raid, ...": the sentence names a time of its own, outside the span."""
    unit = _span_unit(prep)
    sent = doc[trig.head].sent
    inside = range(unit.left_edge.i, unit.right_edge.i + 1) if unit is not None else range(0)
    return any(sent.start <= m.start < sent.end and m.start not in inside for m in doc._.dates or ())


def _span_unit(prep: Token) -> Token | None:
    """"two days after the raid", "the day after the raid": the span word, on the preposition or beside it."""
    if prep.head.dep_ == "npadvmod":
        return prep.head
    inner = next((c for c in children_of(prep) if c.dep_ == "npadvmod"), None)
    before = prep.nbor(-1) if prep.i > 0 else None
    while before is not None and before.dep_ != "npadvmod" and before.head.dep_ == "npadvmod":
        before = before.head
    beside = before if before is not None and before.dep_ == "npadvmod" and before.head == prep.head else None
    return inner or beside


def told_span(prep: Token) -> int | None:
    """Days between an act and its anchor as told: "two days after" 2, "a week before" 7, "days after" 0 (a span
    of no stated length); None where no span is told ("after the raid")."""
    unit = _span_unit(prep)
    if unit is None or unit.lemma_.lower() not in _SPAN_DAYS:
        return None
    count = next((c for c in children_of(unit) if c.dep_ == "nummod"), None)
    if count is None:  # "a day after", "the day before": one; "days after": no stated length
        return _SPAN_DAYS[unit.lemma_.lower()] if unit.tag_ == "NN" else 0
    return (parse_number(count.text) or 0) * _SPAN_DAYS[unit.lemma_.lower()]
