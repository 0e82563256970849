"""Protests that force against protesters implies: "police fired tear gas at protesters in Cairo".

Such a sentence tells that protesters demonstrated there, which ACLED codes as a protest with intervention.
``implied_protests`` adds that PROTEST, by the protesters against the state forces or authorities that used
force (against no one named when it was gunmen or another party), where the sentence tells no protest of its own.
A riot told as a clash of both sides ("Police and rioters clashed", "clashes between police and protesters") is the
crowd's act against the force (``crowd_against_force``), as ACLED codes a riot.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from ..model import Actor, Size
from .lexicon import LexEntry
from .sentences import bounds_at
from .syntax import children_of

if TYPE_CHECKING:  # events.py imports this module: the record type is needed for annotations only
    from .events import EventMention


# Words that name people by their protest; "students" or "workers" may be anything.
_PROTESTERS = frozenset({"protester", "protesters", "protestor", "protestors", "demonstrator", "demonstrators",
                         "marcher", "marchers", "rioter", "rioters", "protesting", "demonstrating", "striking",
                         "strikers", "striker"})
# The words of a crowd that riots: the protesters, and youths or a mob that a clash with police makes a riot.
_CROWD_WORDS = _PROTESTERS | frozenset({"crowd", "crowds", "mob", "mobs", "youth", "youths", "throng"})
_STRIKERS = frozenset({"striking", "strikers", "striker"})  # "police dispersed striking miners": a strike (143)
_FORCE_ON_CROWDS = frozenset({"ASSAULT", "COERCE"})
_PROTEST_CONFIDENCE_PENALTY = 0.1
_CROWD_CONTROL = "crowd-control"  # the ASSAULT mode of tear gas, water cannon, dispersal
# Who a protest met with force is against: the state that used it (a state itself has no sector). Gunmen, a party's
# militia or snipers who fire on a march are not what the march protests ("who had targeted the protesters").
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "LEG", "JUD"})
_FIGHTING = frozenset({"clash", "fight", "battle", "scuffle", "brawl"})  # "police clashed with protesters": a riot


def implied_protests(doc: Doc, mentions: list[EventMention]) -> list[EventMention]:
    """The protests that asserted force against protesters implies, one per sentence without a PROTEST of its own."""
    protesting = {bounds_at(doc, m.trigger.head).start for m in mentions if m.trigger.entry.event == "PROTEST"}
    out: list[EventMention] = []
    for mention in mentions:
        start = bounds_at(doc, mention.trigger.head).start
        crowd = _protesters(doc, mention)
        if start in protesting or not crowd or mention.factuality != "asserted":
            continue
        protesting.add(start)
        out.append(_protest(mention, crowd))
    return out


def crowd_against_force(doc: Doc, riot: EventMention) -> EventMention:
    """"Police and rioters clashed", "clashes between police and protesters": a riot is the crowd's act, with the
    state force it met as the other side, whichever side the clause names first."""
    if riot.trigger.entry.event != "PROTEST" or riot.trigger.entry.mode != "riot":
        return riot
    sides = _unique(riot.actor + riot.recipient)
    crowd = tuple(a for a in sides if _CROWD_WORDS & _words_of(doc, a))
    force = tuple(a for a in sides if a.sector in _STATE_SECTORS and a not in crowd)
    if not crowd or not force or (riot.actor == crowd and riot.recipient == force):
        return riot
    return replace(riot, actor=crowd, recipient=force)


def _unique(parties: tuple[Actor, ...]) -> tuple[Actor, ...]:
    return tuple(a for i, a in enumerate(parties) if a not in parties[:i])


def _protesters(doc: Doc, act: EventMention) -> tuple[Actor, ...]:
    if act.trigger.entry.event not in _FORCE_ON_CROWDS or not _meets_a_gathering(act):
        return ()
    return tuple(a for a in act.recipient if _PROTESTERS & _words_of(doc, a))


def _meets_a_gathering(act: EventMention) -> bool:
    """Force used on protesters meets a crowd gathered there and then ("opened fire on protesters", "fired tear gas
    at demonstrators"); an arrest does not ("protesters were arrested in Lagos" may be at home, days later), unless
    it disperses the crowd."""
    return act.trigger.entry.event == "ASSAULT" or act.trigger.entry.mode == _CROWD_CONTROL


def _words_of(doc: Doc, actor: Actor) -> set[str]:
    """The actor's words, and those of an "of" phrase its mention heads: "a crowd of protesters"."""
    words = set(actor.text.lower().split())
    span = doc.char_span(*actor.span) if actor.span else None
    if span is not None:
        words |= {o.lower_ for p in children_of(span.root) if p.dep_ == "prep" and p.lower_ == "of"
                  for o in children_of(p) if o.dep_ == "pobj"}
    return words


def _protest(act: EventMention, crowd: tuple[Actor, ...]) -> EventMention:
    """The protest met with force: by the crowd, against the ones who used it, where and when the force was."""
    words = {w for a in crowd for w in a.text.lower().split()}
    rioting = act.trigger.entry.lemma in _FIGHTING or bool(words & {"rioter", "rioters"})
    mode, cameo = ("riot", "145") if rioting else ("strike", "143") if words & _STRIKERS else ("demonstrate", "141")
    entry = LexEntry(lemma=act.trigger.entry.lemma, pos=act.trigger.entry.pos, event="PROTEST", mode=mode,
                     cameo=cameo)
    authorities = tuple(a for a in act.actor if a.sector in _STATE_SECTORS or (a.sector is None and a.id))
    return replace(act, trigger=replace(act.trigger, entry=entry), actor=crowd, recipient=authorities, size=Size(),
                   link_to=None, retelling=False, confidence=round(act.confidence - _PROTEST_CONFIDENCE_PENALTY, 2))
