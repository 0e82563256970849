"""The graver of one doer's acts on one occasion ranks first: "Security forces arrested and tortured dozens",
"raided the camp, killing three", "raided the village, arrested five men and shot dead a teenager".

ACLED codes a detention with torture, or a raid that kills, as violence; CAMEO's escalation ladder puts physical
violence (18x, 19x) above repression (17x). The acts of one occasion are told by a chain of conjoined verbs sharing
one subject and by the participle adjuncts hanging on any of them; an event noun a verb carries ("used tear gas",
"launched a raid") is told by that verb.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from .syntax import children_of, participial_host, same_doers_conj
from .triggers import TriggerMatch

if TYPE_CHECKING:  # events.py imports this module: the record type is needed for annotations only
    from .events import EventMention

_GRAVITY = {"COERCE": 1, "ASSAULT": 2}
_RANK_STEP = 0.05  # enough to order two acts of one occasion, too little to pass another clause's news
_MAX_CHAIN = 6  # conjuncts and participles climbed to the clause heading the chain


def graver_acts_first(doc: Doc, mentions: list[EventMention]) -> list[EventMention]:
    """The mentions, each lesser act of an occasion ranked just below the gravest act told with it. A graver act
    told as the occasion of the lesser one ("arrested a commander in a raid that killed two", "detained 30 people
    during clashes") is raised to the lesser act's rank first: it is that clause's news, not background."""
    verbs = {m.trigger.governor: m for m in mentions if _told_by_verb(m.trigger)}
    out = list(mentions)
    for i, mention in enumerate(mentions):
        if not _told_by_verb(mention.trigger) or _gravity(mention) == 0:
            continue
        partners = [verbs[v] for v in _one_occasion_verbs(doc[mention.trigger.governor]) if v in verbs]
        tops = [p.confidence for p in partners if _gravity(p) > _gravity(mention)]
        for k in _occasion_acts(doc, doc[mention.trigger.governor], mentions):
            if _gravity(mentions[k]) > _gravity(mention):
                out[k] = replace(out[k], confidence=max(out[k].confidence, mention.confidence))
                tops.append(out[k].confidence)
        if tops:
            out[i] = replace(out[i], confidence=round(min(mention.confidence, max(tops) - _RANK_STEP), 2))
    return out


def _gravity(mention: EventMention) -> int:
    return _GRAVITY.get(mention.trigger.entry.event, 0)


def _told_by_verb(trig: TriggerMatch) -> bool:
    """A verb, or an event noun a verb carries ("used tear gas", "launched a raid"): told as a clause's act."""
    return not trig.nominal or trig.governor != trig.head


# "arrested five men in a raid", "during clashes", "amid fighting": the phrase naming a verb's occasion
_OCCASION_PREPS = frozenset({"in", "during", "amid"})


def _occasion_acts(doc: Doc, verb: Token, mentions: list[EventMention]) -> list[int]:
    """Indices of the mentions told as the verb's occasion: the event noun of its "in"/"during" phrase and an act a
    relative clause tells of that noun ("in a raid on Jenin that killed two militants")."""
    nouns = [o for p in children_of(verb) if p.dep_ == "prep" and p.lower_ in _OCCASION_PREPS
             for o in children_of(p) if o.dep_ == "pobj"]
    if not nouns:
        return []  # no occasion phrase: nothing to look for among the mentions
    found = []
    for k, mention in enumerate(mentions):
        if any(mention.trigger.head == n.i for n in nouns):  # asked first: it needs no Token of the mention
            found.append(k)
            continue
        clause = doc[mention.trigger.governor]
        if clause.dep_ == "relcl" and any(n.left_edge.i <= clause.head.i <= n.right_edge.i for n in nouns):
            found.append(k)
    return found


def _one_occasion_verbs(verb: Token) -> list[int]:
    """The verbs that tell the same doer's acts with ``verb`` (the parser hangs each conjunct on the one before:
    "raided the village, arrested five men and shot dead a teenager")."""
    host = verb
    for _ in range(_MAX_CHAIN):
        up = participial_host(host) or (host.head if same_doers_conj(host) else None)
        if up is None or up.i == host.i:
            break
        host = up
    return [i for i in _occasion_tree(host) if i != verb.i]


def _occasion_tree(host: Token) -> list[int]:
    tied = [host.i]
    for child in children_of(host):
        if same_doers_conj(child) or (participial_host(child) is not None and child.head.i == host.i):
            tied.extend(_occasion_tree(child))
    return tied
