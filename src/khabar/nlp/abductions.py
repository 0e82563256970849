"""An arrest by a party with no authority to arrest is an abduction (CAMEO 181, ASSAULT), not legal action (173).

"Gunmen seized two engineers", "militants detained five aid workers": the parties decide it, so the trigger is
recoded once they are resolved.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from ..model import Actor
from .triggers import TriggerMatch


# Armed parties that hold no authority to arrest: unidentified gunmen, criminals, insurgents.
_OUTLAWS = frozenset({"UAF", "CRM", "INS"})
_ARREST = "173"


# Armed movements may hold territory and arrest in it (the Houthis in Sanaa), but people they seize or capture
# are taken, not arrested: "Hamas gunmen seized two soldiers", "rebels captured 40 government soldiers".
_ARMED_MOVEMENTS = frozenset({"REB", "SEP"})
_TAKING_VERBS = frozenset({"seize", "capture", "grab", "snatch", "take"})


def as_abduction(doc: Doc, trig: TriggerMatch, actors: tuple[Actor, ...]) -> TriggerMatch:
    """"Gunmen seized two engineers", "militants detained five aid workers": arrest is legal action (CAMEO 173); the
    same act by a party with no authority is an abduction (CAMEO 181, ASSAULT; ACLED's abduction/forced
    disappearance)."""
    if trig.entry.cameo != _ARREST or not actors:
        return trig
    taking = doc[trig.head].lemma_.lower() in _TAKING_VERBS
    if not all(a.sector in _OUTLAWS or (taking and a.sector in _ARMED_MOVEMENTS) for a in actors):
        return trig
    return replace(trig, entry=replace(trig.entry, event="ASSAULT", mode="abduct", cameo="181"))
