"""How an act was done, told by a word beside its trigger rather than by the trigger itself.

"A drone strike killed five": the subject noun tells the killing's mode; "a suicide bomber struck crowds": the
attacker does, whatever the verb.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from .syntax import children_of
from .triggers import TriggerMatch


def with_subject_modes(doc: Doc, triggers: list[TriggerMatch], covered: set[int]) -> list[TriggerMatch]:
    """"A drone strike killed five": the verb tells the event, its subject noun how (mode and CAMEO code)."""
    modes = {doc[t.head].head.i: t.entry for t in triggers
             if t.head in covered and t.nominal and t.entry.mode and doc[t.head].dep_ in ("nsubj", "nsubjpass")}
    return [replace(t, entry=replace(t.entry, mode=modes[t.head].mode, cameo=modes[t.head].cameo))
            if t.head in modes and not t.entry.mode else t for t in triggers]


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
