"""Captives freed by force: "troops stormed the building, freeing 20 hostages".

A release (RETREAT) is the captor's act of letting captives go. Captives that a raid or an assault frees are that
operation's outcome, told by a participle or a purpose of the force verb, by the same doers: one event, the use of
force, as "struck the base, killing two" is one. ``rescues_by_force`` links such a release to the force it came of,
so the force's record folds it in; the captives are not the force's targets, so the release adds no party.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from .syntax import participial_host, to_infinitive

if TYPE_CHECKING:  # events.py imports this module: the record type is needed for annotations only
    from .events import EventMention

_FORCE = frozenset({"ASSAULT", "COERCE"})


def rescues_by_force(doc: Doc, mentions: list[EventMention]) -> list[EventMention]:
    """The mentions, with each release a use of force brings about linked to that use of force."""
    force_at = {m.trigger.governor: i for i, m in enumerate(mentions) if m.trigger.entry.event in _FORCE}
    out = []
    for mention in mentions:
        index = force_at.get(_host(doc, mention), None)
        out.append(mention if index is None else _outcome_of(mention, mentions[index], index))
    return out


def _host(doc: Doc, mention: EventMention) -> int | None:
    """The clause whose act frees the captives: "stormed the building, freeing", "raided the camp to free"."""
    if mention.trigger.entry.event != "RETREAT" or mention.trigger.entry.mode != "release" \
            or mention.trigger.nominal or mention.link_to is not None:
        return None
    clause = doc[mention.trigger.governor]
    host = participial_host(clause)
    if host is None and clause.dep_ == "advcl" and to_infinitive(clause):
        host = clause.head
    return host.i if host is not None else None


def _outcome_of(release: EventMention, force: EventMention, index: int) -> EventMention:
    return replace(release, link_to=index, factuality=force.factuality, retelling=force.retelling,
                   actor=force.actor, recipient=())
