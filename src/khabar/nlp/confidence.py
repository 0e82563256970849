"""How sure the coder is of an event mention: a transparent score of what it found and how the text tells it."""
from __future__ import annotations

from .dates import DateValue
from .triggers import TriggerMatch


def confidence(trig: TriggerMatch, actors, recipients, date: DateValue | None, *, background: bool = False,
                adjunct: bool = False) -> float:
    """A transparent score: what share of who/whom/when the coder found, how direct the trigger is, and
    whether it tells the sentence's news, background in a clause describing a noun, or an act a participle adds
    to the main clause's ("marched through the capital, demanding the minister's resignation")."""
    direct = not trig.nominal or trig.governor != trig.head  # "launched an attack" tells it as "attacked" does
    score = (0.5 if direct else 0.4) - (0.3 if background else 0.1 if adjunct else 0.0)
    score += 0.2 if any(a.id for a in actors) else (0.1 if actors else 0.0)
    score += 0.15 if recipients else 0.0
    score += 0.15 if date is not None and date.precision != "unknown" else 0.0
    return round(min(score, 1.0), 2)
