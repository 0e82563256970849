"""``date_for_trigger``: the date of a trigger, its own clause's first, else the one a neighbouring
sentence gives the same event.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .after_event import date_from_event, span_from_event
from .clauses import RESPONDING, _sentence_date, responds_to
from .episode import episode_date
from .index import _refresh_index, _trigger_at, kept_in_index, plain_extension
from .neighbours import _REFINABLE, _neighbour_date
from .values import DateValue


def date_for_trigger(token: Token, doc: Doc) -> DateValue | None:
    """The date attached to the trigger's own clause or noun phrase, nearest first; never another clause's.

    A trigger whose sentence gives no time of its own may take the date that a neighbouring sentence
    gives the same event (``_neighbour_date``): of the same paragraph, or, with no time of its own at all,
    across the paragraph break of wire copy.
    """
    _refresh_index(doc)
    return _trigger_date(token, doc)


@kept_in_index("trigger")
def _trigger_date(token: Token, doc: Doc) -> DateValue | None:
    if _asked_for_its_object(token, doc):
        return None  # "ISWAP claimed the attack on Wednesday": the claim's day, not the attack's
    own = _sentence_date(token, doc)
    if own is not None and _told_past_of_later_day(token, doc, own):
        return None  # "called for a strike on Thursday": the day is the strike's, still to come; the call's is untold
    if own is not None and own.precision not in _REFINABLE:
        return own
    span = span_from_event(_clause_verb_of(token)) if own is None else None
    if span is not None:  # "the day after the raid": the raid's day and one; "days after the raid": none
        return date_from_event(span, doc)
    near = _neighbour_date(token, doc, across=own is None)
    if near is None and own is None:
        near = _episode_date(token, doc)
    return near if near is not None and _within(near, own) else own


def _clause_verb_of(token: Token) -> Token:
    """The verb whose clause tells the trigger: itself, or the light verb an event noun is the object of ("launched
    air strikes")."""
    if token.pos_ not in ("VERB", "AUX") and token.dep_ == "dobj" and token.head.pos_ == "VERB":
        return token.head
    return token


def _asked_for_its_object(verb: Token, doc: Doc) -> bool:
    """The verb of responding ("claimed the attack") is asked for the date of the event its object tells, not of an
    event of its own: its day is the response's, and the object is dated by its own words or not at all."""
    if verb.lemma_.lower() not in RESPONDING:
        return False
    triggers = plain_extension(doc, "triggers") or ()
    if any(t.head == verb.i for t in triggers):
        return False
    return any(t.governor == verb.i and t.nominal and responds_to(doc[t.head]) for t in triggers)


def _told_past_of_later_day(token: Token, doc: Doc, value: DateValue) -> bool:
    """A verb in the simple past tells something done by the time of the story: a day after it is not its own."""
    if token.tag_ != "VBD" or value.date is None:
        return False
    published = plain_extension(doc, "published")
    return published is not None and value.date > published


def _within(value: DateValue, outer: DateValue | None) -> bool:
    return outer is None or (outer.date <= value.date and (value.enddate or value.date) <= (outer.enddate or outer.date))


def _episode_date(token: Token, doc: Doc) -> DateValue | None:
    """With no time of its own and none from a neighbour, the day of the episode the clause goes on telling."""
    trigger = _trigger_at(token, doc)
    return episode_date(trigger, doc) if trigger is not None else None
