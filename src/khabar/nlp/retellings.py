"""Mentions that tell again an event the article tells elsewhere.

A definite event noun repeating an earlier event of its kind ("The raid on X has exposed ...") is no new event; an
undated verb with a definite object ("get the prime minister to release the suspects") retells a dated event of its
kind, before or after it in the text, and takes its date.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ..model import Actor
from .anchors import is_definite
from .coreference import _NEW_OCCASION
from .event_parties import AGENT_ENTS
from .retold import parties_agree
from .syntax import children_of
from .triggers import TriggerMatch

if TYPE_CHECKING:  # events.py imports this module: the record type is needed for annotations only
    from .events import EventMention


def refers_back(doc: Doc, trig: TriggerMatch, earlier: list[EventMention]) -> bool:
    """"The raid on X has exposed ...": a definite event noun repeating an earlier event is no new event.

    "the U.S. assassination of ...", with an agent no earlier event of its kind had, is a new one.
    """
    head = doc[trig.head]
    if trig.governor != trig.head:
        return False
    definite = is_definite(head)
    has_number = any(c.dep_ == "nummod" for c in children_of(head))
    same_kind = [m for m in earlier if m.trigger.entry.event == trig.entry.event]
    if not definite or has_number or not same_kind:
        return False
    agents = [c for c in children_of(head) if c.dep_ in ("compound", "poss", "amod") and c.ent_type_ in AGENT_ENTS]
    return not agents or any(_named_in(agent, m.actor) for agent in agents for m in same_kind)


def _named_in(token: Token, actors: tuple[Actor, ...]) -> bool:
    word = token.lower_
    return any(word in a.text.lower() or word in a.name.lower() for a in actors)


def retells(doc: Doc, trig: TriggerMatch) -> bool:
    """"... get the prime minister to release the suspects": an undated verb whose object is definite
    retells a dated event of its kind told elsewhere in the article, rather than reporting a new one."""
    if trig.nominal:
        return False
    verb = doc[trig.governor]
    obj = next((c for c in children_of(verb) if c.dep_ in ("dobj", "nsubjpass")), None)
    return obj is not None and is_definite(obj) and not _told_anew(verb, obj)


def _told_anew(verb: Token, obj: Token) -> bool:
    """"The drones struck the clinic again", "hit the same clinic a second time": a word of a new occasion on the
    verb or its object tells another strike on what was struck before, not the strike told again."""
    words = list(children_of(verb)) + list(children_of(obj))
    return any(w.lower_ in _NEW_OCCASION or any(c.lower_ in _NEW_OCCASION for c in children_of(w)) for w in words)


def link_retellings(doc: Doc, mentions: list[EventMention]) -> list[EventMention]:
    """A retelling told before the event it retells links forward to it, unless it describes a party of the scene
    told around it ("pushed back demonstrators who had blocked the entrance"): that act is the scene's own."""
    out = list(mentions)
    for i, mention in enumerate(mentions):
        if not mention.retelling or mention.link_to is not None or _describes_a_party(doc, mention):
            continue
        later = next((j for j in range(i + 1, len(mentions)) if mentions[j].date is not None
                      and mentions[j].trigger.entry.event == mention.trigger.entry.event
                      and parties_agree(mention.actor, mentions[j].actor)), None)
        if later is not None:
            out[i] = replace(mention, link_to=later, date=mentions[later].date)
    return out


def _describes_a_party(doc: Doc, mention: EventMention) -> bool:
    return doc[mention.trigger.governor].dep_ == "relcl"
