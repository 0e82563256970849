"""Exercises two states hold together: military cooperation (CAMEO 062, COOPERATE), not a show of force (150).

"Russia and China held naval drills", "the United States and South Korea began their annual exercises": the lexicon
reads "joint drills" and "drills with Japan" as cooperation, but the partner may be told only as a second doer.
Exercises whose doers are of two or more countries are done together; one state's drills stay a mobilisation, as do
"troops" or "forces" of one country. The parties decide it, so the trigger is recoded once they are resolved, as
``peacekeeping`` recodes police sent abroad.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from ..model import Actor
from .lexicon import Lexicon
from .triggers import TriggerMatch

_JOINT = ("COOPERATE", "062")


def as_joint_exercise(doc: Doc, trig: TriggerMatch, actors: tuple[Actor, ...], *, lexicon: Lexicon) -> TriggerMatch:
    """The trigger recoded as cooperation when it names exercises held by parties of several countries."""
    if trig.entry.event != "MOBILIZE" or not trig.nominal or not _joint_noun(doc, trig, lexicon):
        return trig
    countries = {a.country for a in actors}
    if len(countries) < 2 or None in countries:
        return trig
    return replace(trig, entry=replace(trig.entry, event=_JOINT[0], mode=None, cameo=_JOINT[1]))


def _joint_noun(doc: Doc, trig: TriggerMatch, lexicon: Lexicon) -> bool:
    """A noun the lexicon also reads as exercising together ("joint drills"): exercises, drills, manoeuvres."""
    lemma = doc[trig.head].lemma_.lower()
    return any((e.event, e.cameo) == _JOINT for e in lexicon.entries(lemma, "NOUN"))
