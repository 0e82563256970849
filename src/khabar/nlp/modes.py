"""How an act was done, told by a word beside its trigger rather than by the trigger itself.

"A drone strike killed five": the subject noun tells the killing's mode; "a suicide bomber struck crowds": the
attacker does, whatever the verb.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from .arguments.passives import passive_of_agent
from .syntax import children_of
from .triggers import TriggerMatch


def with_subject_modes(doc: Doc, triggers: list[TriggerMatch], covered: set[int]) -> list[TriggerMatch]:
    """"A drone strike killed five", "the market was struck by a car bombing": the verb tells the event, its subject
    or "by" agent noun how (mode and CAMEO code), when the noun is an event of the verb's own kind (a noun of another
    kind the verb acts on tells no way of doing it)."""
    modes = {verb.i: t.entry for t in triggers if t.head in covered and t.nominal and t.entry.mode
             for verb in [_verb_told_by(doc[t.head])] if verb is not None}
    return [replace(t, entry=replace(t.entry, mode=modes[t.head].mode, cameo=modes[t.head].cameo))
            if t.head in modes and _guessed_mode(t) and modes[t.head].event == t.entry.event else t for t in triggers]


def _guessed_mode(trig: TriggerMatch) -> bool:
    """Whether the verb tells no mode of its own: none, or only its word's default, read off no dependent ("struck"
    is an air strike unless its doer says otherwise: "was struck by a car bombing")."""
    return not trig.entry.mode or not trig.entry.required


def _verb_told_by(noun: Token) -> Token | None:
    """The verb whose subject, or whose passive's "by" agent, the noun is."""
    return noun.head if noun.dep_ in ("nsubj", "nsubjpass") else passive_of_agent(noun)


_SUICIDE_ATTACK = ("suicide", "1831")


def with_attacker_modes(doc: Doc, triggers: list[TriggerMatch]) -> list[TriggerMatch]:
    """"A suicide bomber struck crowds", "a suicide bomber attacked a convoy": the attacker tells how, whatever
    the verb (a strike by a suicide bomber is no air strike)."""
    return [replace(t, entry=replace(t.entry, mode=_SUICIDE_ATTACK[0], cameo=_SUICIDE_ATTACK[1]))
            if t.entry.event == "ASSAULT" and not t.nominal and _suicide_bomber_subject(doc[t.head]) else t
            for t in triggers]


def _suicide_bomber_subject(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" and c.lemma_.lower() == "bomber"
               and any(m.lower_ == "suicide" for m in children_of(c) if m.dep_ in ("compound", "amod"))
               for c in children_of(verb))
