"""A protest's demands are the protest itself: "thousands marched to demand the release of prisoners", "workers went
on strike demanding higher wages", "protesters rallied, calling for his resignation".

The demand a march, strike or sit-in is staged for is what the crowd says by protesting, not a second act: one event,
the PROTEST, told by two verbs (as ACLED and CAMEO code it). ``protest_claims`` links such a demand to its protest,
so the record of the protest folds it in. A demand with a subject of its own ("marched as their leaders demanded
talks") or told by another sentence stays an event of its own.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from .syntax import children_of, participial_host, to_infinitive

if TYPE_CHECKING:  # events.py imports this module: the record type is needed for annotations only
    from .events import EventMention


def protest_claims(doc: Doc, mentions: list[EventMention]) -> list[EventMention]:
    """The mentions, with each demand a protest is staged for linked to that protest, with its factuality."""
    protest_at = {m.trigger.governor: i for i, m in enumerate(mentions) if m.trigger.entry.event == "PROTEST"}
    out = []
    for mention in mentions:
        host = _claim_host(doc, mention)
        index = protest_at.get(host.i) if host is not None else None
        out.append(mention if index is None else _told_by_protest(mention, mentions[index], index))
    return out


def _told_by_protest(claim: EventMention, protest: EventMention, index: int) -> EventMention:
    """The demand as a second telling of the protest: its parties and standing, and the addressee of the demand
    only where the protest names no one it is against ("their campus" is what the students want back, no side)."""
    return replace(claim, link_to=index, factuality=protest.factuality, retelling=protest.retelling,
                   actor=protest.actor, recipient=protest.recipient or claim.recipient)


def _claim_host(doc: Doc, mention: EventMention) -> Token | None:
    """The clause whose act a verbal demand is the purpose or the accompanying words of: "marched to demand",
    "went on strike demanding"; None for any other mention."""
    if mention.trigger.entry.event != "REQUEST" or mention.trigger.nominal or mention.link_to is not None:
        return None
    clause = doc[mention.trigger.governor]
    host = participial_host(clause)
    if host is None and _subjectless_purpose(clause):
        host = clause.head
    return host


def _subjectless_purpose(clause: Token) -> bool:
    """"to demand lower prices" as the purpose of its head's act, done by the head's own subject ("took to the streets
    to call for elections": the parser may make it an xcomp; a protest verb takes no infinitive complement else)."""
    return clause.dep_ in ("advcl", "xcomp") and to_infinitive(clause) and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in children_of(clause))
