"""Why a trigger gave no event mention: the reasons a ``Dropped`` record carries in ``doc._.dropped``.

An evaluation reads them to tell why a sentence has no event. The filters of most reasons live with their idea
(``retellings``, ``generic``, ``standings``, ``history``, ``sport``, ``relevance``); the plainest, a trigger with no
parties and nothing else to make it particular, lives here.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from ..geo.location import tied_location
from .arguments import Arguments
from .dates import DateValue
from .quantities import size_for_trigger
from .triggers import TriggerMatch
from .triggers.specific import occurred


# Why a trigger gave no event mention (``Dropped.reason``).
COVERED = "covered"  # another trigger of the clause tells the same event ("One such attack killed ...")
REFERS_BACK = "refers back"  # a definite event noun repeating an event told before ("the raid")
GENERIC = "generic"  # an undated statement about a kind of event, or a habit
NO_PARTIES = "no parties"  # undated, with no one doing it and no one it is done to
STATUS = "status"  # a participle describing a standing ("a man accused of fraud", "the prisoners held by Israel")
HISTORY = "history"  # dated over a year before publication: background ("fought a war in 1998")
SPORT = "sport"  # a match or a transfer between teams and players ("beat Chelsea 3-1")
PRIVATE = "private"  # a non-violent act between private parties ("the singer lauded her fans")
DROP_REASONS = (COVERED, REFERS_BACK, GENERIC, NO_PARTIES, STATUS, HISTORY, SPORT, PRIVATE)


@dataclass(frozen=True, slots=True)
class Dropped:
    trigger: TriggerMatch
    reason: str  # one of DROP_REASONS


def no_parties(doc: Doc, trig: TriggerMatch, args: Arguments, date: DateValue | None) -> bool:
    """Undated, with no one doing it and no one it is done to: nothing to code, unless a protest (which always has
    protesters), an act that took lives or violence the text places tells a particular event."""
    return (date is None and not (args.actors or args.recipients) and not _told_protest(trig)
            and not _took_lives(doc, trig) and not _placed_violence(doc, trig))


def _placed_violence(doc: Doc, trig: TriggerMatch) -> bool:
    """"Peacekeepers came under fire in Bangui", "Heavy shelling was reported in Donetsk": violence told as happening
    where the text places it is a particular event with an unknown doer (ACLED codes it, with an unidentified armed
    group)."""
    if trig.entry.event != "ASSAULT" or (trig.nominal and not occurred(doc[trig.head])):
        return False  # "agreed to halt fighting in Idlib": an event noun named, not told as happening
    return tied_location(doc[trig.head], doc) is not None


def _took_lives(doc: Doc, trig: TriggerMatch) -> bool:
    """An act of violence that killed or wounded people is a particular event even when nobody is named
    ("The Nairobi mall attack left 67 dead")."""
    size = size_for_trigger(doc[trig.head], trig.entry.event)
    return bool(size.dead or size.injured)


def _told_protest(trig: TriggerMatch) -> bool:
    """"A general strike paralysed the country": a protest always has protesters, who need not be named (ACLED
    codes such an event with the country's protesters as its actor)."""
    return trig.entry.event == "PROTEST" and trig.nominal
