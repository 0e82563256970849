"""Acts told on a part of an event's day: "on the morning of the coup", "the night of the election", "on the day of
the vote" take that event's day; "on the eve of the vote" the day before it ("the first day of the truce", a day
counted within the event, is none of these). The event is dated as ``after_event``
dates the event a span is counted from (a trigger of the same word before, else the word's own day told before, else
the one day of the episode told before); with none of those the act stays undated.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..syntax import children_of

# The part of the event's day a word names, as days from that day: the eve is the evening (or the day) before.
_PARTS = {"morning": 0, "afternoon": 0, "evening": 0, "night": 0, "day": 0, "eve": -1}
_TIME_WORDS = frozenset(_PARTS) | {"week", "month", "year", "weekend", "hour", "time"}


def part_of_event_day(verb: Token):
    """The ``SpanFromEvent`` of a part of an event's day the verb is told on, or None."""
    for part in _parts_on(verb):
        event = _event_of(part)
        if event is not None:
            # after_event asks this module: imported when found (most verbs name no part of a day), not at load
            from .after_event import SpanFromEvent
            shift = _PARTS[part.lower_]
            return SpanFromEvent(abs(shift), -1 if shift < 0 else 1, event)
    return None


def _parts_on(verb: Token) -> list[Token]:
    """"on the morning" (the preposition's object) and "the morning" (a bare noun phrase of time on the verb)."""
    parts = [c for c in children_of(verb) if c.dep_ == "npadvmod" and c.lower_ in _PARTS]
    for prep in (c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ in ("on", "in", "during")):
        parts += [c for c in children_of(prep) if c.dep_ == "pobj" and c.lower_ in _PARTS]
    return parts


def _event_of(part: Token) -> Token | None:
    """"the morning of the coup": the event noun, a common noun naming no time ("the night of June 3" is a date)."""
    children = children_of(part)
    of = next((c for c in children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None or not any(c.dep_ == "det" for c in children):
        return None
    if any(c.dep_ in ("amod", "nummod") for c in children):
        return None  # "on the first day of the truce": a day counted within the event, not its own day
    noun = next((c for c in children_of(of) if c.dep_ == "pobj"), None)
    if noun is None or noun.pos_ != "NOUN" or noun.ent_type_ or noun.lemma_.lower() in _TIME_WORDS:
        return None
    return noun
