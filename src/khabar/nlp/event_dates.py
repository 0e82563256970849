"""When an event mention happened: its own date, its host clause's, or the date of the event it is anchored to."""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from .anchors import anchor_phrase, date_from_anchor, dated_apart, told_span
from .dates import DateValue, date_for_trigger
from .lexicon import Lexicon
from .syntax import clause_mark, participial_host, to_infinitive
from .triggers import TriggerMatch

if TYPE_CHECKING:  # events.py imports this module: the record type is needed for annotations only
    from .events import EventMention


def mention_date(doc: Doc, trig: TriggerMatch, earlier: list[EventMention], anchor: int | None, *,
                 lexicon: Lexicon) -> DateValue | None:
    """When the act happened: dated from the event it is anchored to where the text tells the span between them
    ("two days after the raid"), else its own date (or its clause's, verb's or host's), else the anchor's."""
    found = anchor_phrase(doc, trig, lexicon) if anchor is not None else None
    if found is not None and told_span(found[1]) is not None and not dated_apart(doc, trig, found[1]):
        return date_from_anchor(doc, earlier[anchor], found[1])  # "two days after the raid": from the raid
    head = doc[trig.head]
    own = date_for_trigger(head, doc)
    if own is None and trig.governor != trig.head:
        own = date_for_trigger(doc[trig.governor], doc)
    if own is None and trig.nominal and head.head.pos_ == "VERB" and head.head.i != trig.governor:
        own = date_for_trigger(head.head, doc)
    if own is None and trig.nominal:
        own = _date_of_occasion(doc, head)
    host = participial_host(doc[trig.governor])
    if own is None and host is not None:  # "poured into the square on Friday, resuming protests"
        own = date_for_trigger(host, doc)
    if own is None:
        own = _period_of_host(doc, doc[trig.governor])
    if own is None and trig.nominal:
        own = _date_of_purpose(doc, head)
    if own is not None:
        return _close_open_range(own, doc, trig, earlier)
    if anchor is not None:
        return date_from_anchor(doc, earlier[anchor], found[1]) if found is not None else earlier[anchor].date
    return None


def host_date(doc: Doc, trig: TriggerMatch) -> DateValue | None:
    """"visited Abuja in 2017 to discuss trade", "raided the town in 2015, killing 12": an undated participle or
    infinitive adjunct happened when its host clause did."""
    clause = doc[trig.governor]
    purpose = clause.dep_ == "advcl" and to_infinitive(clause)
    host = participial_host(clause) or (clause.head if purpose else None)
    return date_for_trigger(host, doc) if host is not None else None


# Clauses told as just before, after or while their host's act: "imposed in 2014 after Russia annexed Crimea".
_NEIGHBOURING_MARKS = frozenset({"after", "before", "when", "while", "as"})
# Periods wide enough that an act told right before or after the host's act mostly falls within them as well.
_PERIODS = frozenset({"week", "month", "year"})


def _period_of_host(doc: Doc, clause: Token) -> DateValue | None:
    """"Sanctions were imposed in 2014 after Russia annexed Crimea": an undated clause told next to a dated act took
    place in that act's week, month or year (not on its day: "on Monday after rebels attacked" does not say the attack
    was on Monday)."""
    if clause.dep_ != "advcl" or clause_mark(clause) not in _NEIGHBOURING_MARKS:
        return None
    period = date_for_trigger(clause.head, doc)
    return period if period is not None and period.precision in _PERIODS else None


# Prepositions that put an act inside an event going on at the time: "held placards during a rally on Tuesday".
_WITHIN = frozenset({"during", "at"})


def _date_of_occasion(doc: Doc, noun: Token) -> DateValue | None:
    """"Protesters hold placards during a rally in Nairobi on Tuesday": an event noun that is the occasion of a dated
    act was going on on that act's date."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in _WITHIN or prep.head.pos_ != "VERB":
        return None
    return date_for_trigger(prep.head, doc)


# Verbs of putting means to use: the use and what it is for are one act in time.
_USING = frozenset({"use", "employ", "fire"})


def _date_of_purpose(doc: Doc, means: Token) -> DateValue | None:
    """"Police used tear gas to scatter the crowd on Monday": the means used are dated by the purpose they served,
    which the parser gives the date."""
    verb = means.head
    if means.dep_ != "dobj" or verb.lemma_.lower() not in _USING:
        return None
    purpose = next((c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.i > means.i and to_infinitive(c)),
                   None)
    return date_for_trigger(purpose, doc) if purpose is not None else None


def _close_open_range(value: DateValue, doc: Doc, trig: TriggerMatch, earlier: list[EventMention]) -> DateValue:
    """"A militia that has carried out attacks since October" ends when the sentence's main event happened."""
    if value.precision != "range" or value.enddate is None or value.enddate != doc._.published:
        return value
    sent = doc[trig.head].sent
    for mention in reversed(earlier):
        when = mention.date
        same_sentence = doc[mention.trigger.head].sent.start == sent.start
        if same_sentence and when is not None and when.precision == "day" and when.date and value.date and when.date >= value.date:
            return DateValue(date=value.date, enddate=when.date, precision="range")
    return value
