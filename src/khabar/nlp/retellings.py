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
from .lexicon import TARGET_NOUNS
from .retold import parties_agree, told_parties_agree
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


def targets_agree(doc: Doc, trig: TriggerMatch, targets: tuple[Actor, ...], earlier: list[EventMention],
                  index: int) -> bool:
    """Whether an undated use of force may retell the earlier one at ``index`` by the things each struck: "its jets
    had struck the SPLM-N positions" retells no drone hitting a clinic. People struck are left to the doers: a text
    tells the same people many ways ("supporters of Hezbollah", "the protesters")."""
    if trig.entry.event != "ASSAULT":
        return True
    later = tuple(t for t in targets if _thing_struck(doc, t))
    told = tuple(t for t in _retold_targets(earlier, index) if _thing_struck(doc, t))
    return not later or not told or told_parties_agree(doc, later, told, targets=True)


# Things struck whose kind says whose they are: positions and bases, clinics and schools.
_THINGS_STRUCK = TARGET_NOUNS | frozenset({"clinic", "shelter", "pharmacy", "dispensary", "bakery"})


def _thing_struck(doc: Doc, party: Actor) -> bool:
    """A target told by a thing: its own word ("a clinic"), or the noun its owner's name modifies ("the SPLM-N
    positions", whose party is the SPLM-N)."""
    span = doc.char_span(party.span[0], party.span[1], alignment_mode="expand") if party.span else None
    if span is None:
        return False
    word = span.root
    while word.dep_ in _MODIFIERS and word.head.i != word.i:  # "SPLM" of "SPLM-N positions" hangs on "N"
        word = word.head
    # "bases" may be lemmatised "basis"
    return word.lemma_.lower() in _THINGS_STRUCK or word.lower_.removesuffix("s") in _THINGS_STRUCK


_MODIFIERS = frozenset({"compound", "poss", "nmod", "amod"})


def _retold_targets(earlier: list[EventMention], index: int) -> tuple[Actor, ...]:
    """The targets of the event an earlier mention tells: its own, else, for a mention that names none and is linked
    to an event before it ("killing four patients" after "a drone hit a clinic"), that event's."""
    seen = {index}
    while not earlier[index].recipient and earlier[index].link_to is not None and earlier[index].link_to not in seen:
        index = earlier[index].link_to
        seen.add(index)
    return earlier[index].recipient


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
