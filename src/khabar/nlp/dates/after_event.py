"""Acts dated by the event they are told to follow or precede: "Police arrested five men the day after the raid",
"Two days after the bombing, ...", "a week before the vote" are that event's day shifted by the span told, while
"Days after the raid, ..." or "weeks after the vote" tell a span of no stated length, so no day (nor the day of the
sentence before: the act is told to be at another time).

The event is found as the text told it: the latest trigger before the sentence whose word is the noun's ("the raid"
after "raided"), else the one day of the nearest sentence before that gives one (the episode the noun takes up).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..quantities import parse_number
from ..sentences import bounds_at
from ..syntax import children_of
from .episode import one_day_before
from .clauses import _sentence_date
from .index import _memo, _trigger_at, plain_extension
from .part_of_day import part_of_event_day
from .neighbours import _date_of_mention
from .values import DateValue, _day


_UNIT_DAYS = {"day": 1, "week": 7}
_UNTOLD_UNITS = frozenset({"day", "week", "month", "year"})  # "days after", "months after": no day at all
_DIRECTION = {"after": 1, "following": 1, "before": -1}


@dataclass(frozen=True, slots=True)
class SpanFromEvent:
    """"two days after the raid": ``days`` 2 (None for "days after"), ``sign`` +1, and the event's noun."""

    days: int | None
    sign: int
    event: Token


def span_from_event(verb: Token) -> SpanFromEvent | None:
    """The span the verb's clause is told to lie from an event ("the day after the raid", "two days after Hamas
    attacked", "on the morning of the coup"), or None."""
    return _from_event_noun(verb) or _from_event_clause(verb) or part_of_event_day(verb)


def _from_event_noun(verb: Token) -> SpanFromEvent | None:
    for child in children_of(verb):
        prep, unit = _prep_and_unit(child)
        if prep is None or unit is None:
            continue
        noun = next((c for c in children_of(prep) if c.dep_ == "pobj" and c.pos_ == "NOUN" and not c.ent_type_), None)
        if noun is not None:
            return SpanFromEvent(_days(unit), _DIRECTION[prep.lower_], noun)
    return None


def _from_event_clause(verb: Token) -> SpanFromEvent | None:
    """"The day after Boko Haram attacked the church, troops ...", "Two days after Hamas attacked, Israel ...": a
    clause of time opened by "after"/"before" whose act is the event; the unit stands on that clause or, before its
    opener, on the verb."""
    for clause in children_of(verb):
        if clause.dep_ != "advcl":  # checked before the opener is looked for: most children are no clause
            continue
        mark = next((c for c in children_of(clause) if c.dep_ == "mark" and c.lower_ in _DIRECTION), None)
        if mark is None:
            continue
        unit = _unit_before(clause, mark) or _unit_before(verb, mark)
        return SpanFromEvent(_days(unit), _DIRECTION[mark.lower_], clause) if unit is not None else None
    return None


def _unit_before(host: Token, mark: Token) -> Token | None:
    """The unit ("the day", "two days") on ``host`` that ends right before the clause's opener."""
    return next((c for c in children_of(host) if c.dep_ == "npadvmod" and _is_unit(c) and c.i == mark.i - 1), None)


def _prep_and_unit(child: Token) -> tuple[Token | None, Token | None]:
    """"the day after" (unit and preposition both on the verb), "two days after" (the unit on the preposition), "a day
    after" (the preposition on the unit)."""
    if child.dep_ == "prep" and child.lower_ in _DIRECTION:
        inner = next((c for c in children_of(child) if c.dep_ == "npadvmod" and _is_unit(c)), None)
        before = child.doc[child.i - 1] if child.i > 0 else None
        beside = before if before is not None and before.dep_ == "npadvmod" and before.head.i == child.head.i else None
        unit = inner or beside
        return child, (unit if unit is not None and _is_unit(unit) else None)
    if child.dep_ == "npadvmod" and _is_unit(child):
        prep = next((c for c in children_of(child) if c.dep_ == "prep" and c.lower_ in _DIRECTION), None)
        return prep, child
    return None, None


def _is_unit(token: Token) -> bool:
    return token.lemma_.lower() in _UNTOLD_UNITS


def _days(unit: Token) -> int | None:
    """"the day", "a week", "two days": the days told; "days", "months", "a month": none a day can be counted by."""
    lemma = unit.lemma_.lower()
    if lemma not in _UNIT_DAYS:
        return None
    count = next((c for c in children_of(unit) if c.dep_ == "nummod"), None)
    if count is None:
        return _UNIT_DAYS[lemma] if unit.tag_ == "NN" else None
    amount = parse_number(count.text)
    return amount * _UNIT_DAYS[lemma] if amount else None


def date_from_event(span: SpanFromEvent, doc: Doc) -> DateValue | None:
    """The event's day shifted by the span; None for a span of no stated length or an event with no day."""
    if span.days is None:
        return None
    day = _event_day(span.event, doc)
    if day is None or day.precision != "day" or day.date is None:
        return None
    return _day(day.date + dt.timedelta(days=span.sign * span.days))


def _event_day(noun: Token, doc: Doc) -> DateValue | None:
    return _memo(doc, ("event day", noun.i), lambda: _told_event_day(noun, doc))


def _told_event_day(noun: Token, doc: Doc) -> DateValue | None:
    if noun.pos_ in ("VERB", "AUX"):  # "after Hamas attacked": the clause's act, dated in it or by a neighbour
        own = _clause_event_day(noun, doc)
        if own is not None:
            return own
    start = bounds_at(doc, noun.i).start
    lemma = noun.lemma_.lower()
    told = [t for t in plain_extension(doc, "triggers") or () if t.head < start
            and doc[t.head].lemma_.lower() == lemma]
    for trigger in reversed(told):
        value = _date_of_mention(trigger, doc)
        if value is not None:
            return value
    return _named_before(noun, doc, start) or one_day_before(bounds_at(doc, noun.i), doc)


def _clause_event_day(verb: Token, doc: Doc) -> DateValue | None:
    from .attach import date_for_trigger  # attach asks this module first: imported when asked, not at load

    value = _sentence_date(verb, doc)  # "after Boko Haram attacked the church on Sunday"
    if value is None and _trigger_at(verb, doc) is not None:
        value = date_for_trigger(verb, doc)  # "after the militants attacked": the day a neighbour gives the attack
    return value if value is not None and value.precision == "day" else None


def _named_before(noun: Token, doc: Doc, start: int) -> DateValue | None:
    """The day an earlier sentence gives the event named by the same word though told by no trigger: "Kenya held
    a presidential election on August 9" for "the night of the election"."""
    lemma = noun.lemma_.lower()
    for token in reversed(doc[:start]):
        if token.lemma_.lower() == lemma and token.pos_ in ("NOUN", "VERB"):
            value = _sentence_date(token, doc) or _host_verb_date(token, doc)
            return value if value is not None and value.precision == "day" else None
    return None


def _host_verb_date(noun: Token, doc: Doc) -> DateValue | None:
    """"held a presidential election on August 9": the date on the verb the event noun is the object of."""
    if noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "nsubjpass") or noun.head.pos_ != "VERB":
        return None
    return _sentence_date(noun.head, doc)
