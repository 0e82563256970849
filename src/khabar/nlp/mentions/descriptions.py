"""Words that describe a body by its kind ("the bloc", "the agency", "the mission", "the council"), and which earlier
named body each may take up: one whose own name or words hold the word ("the UN Security Council ... the council",
"the Saudi-led coalition ... the coalition"), or a known body of the kind the word names ("the European Union ...
the bloc", "the World Food Programme ... the agency"). States and persons are never such a body.
"""
from __future__ import annotations

import re
from types import MappingProxyType

from ...actors import ActorKB
from ...model import Actor
from .phrases import _is_person

# The sectors of a known body that a kind word may stand for with no shared word; a word with none takes up only a
# body whose name or words hold it ("the movement": "the Amal movement", not any party).
_KIND_SECTORS = MappingProxyType({
    "bloc": frozenset({"IGO"}),
    "alliance": frozenset({"IGO"}),
    "coalition": frozenset(),
    "agency": frozenset({"IGO", "NGO", "SPY"}),
    "watchdog": frozenset({"IGO", "NGO"}),
    "mission": frozenset({"IGO"}),
    "council": frozenset(),
    "commission": frozenset(),
    "organisation": frozenset({"IGO", "NGO"}),
    "organization": frozenset({"IGO", "NGO"}),
    "movement": frozenset(),
    "union": frozenset(),  # "the African Union ... the union": not any trade union's workers
})
# Kinds of knowledge-base entry that are bodies (not a state, not a person).
_BODY_KINDS = frozenset({"igo", "organisation", "institution"})


def is_kind_word(lemma: str) -> bool:
    """Whether a noun describes a body by its kind alone ("bloc", "agency", "council")."""
    return lemma in _KIND_SECTORS


def takes_up(lemma: str, actor: Actor, kb: ActorKB) -> bool:
    """Whether "the <lemma>" may stand for the earlier party ``actor``: a body whose words hold the kind word, or a
    known body of a sector the word names."""
    if _is_person(actor) or (actor.id is not None and actor.id == actor.country):
        return False
    if _holds_word(actor, lemma):
        return True
    entry = kb.entry(actor.id) if actor.id is not None else None
    # the body's own sector: "ASEAN leaders" are the bloc's, though its leaders' sector is a government's
    return entry is not None and entry.kind in _BODY_KINDS and entry.sector in _KIND_SECTORS[lemma]


def _holds_word(actor: Actor, lemma: str) -> bool:
    """Whether the actor's name or the words it was named by hold the word, in any case and number."""
    pattern = re.compile(rf"\b{re.escape(lemma)}s?\b", re.IGNORECASE)
    return any(pattern.search(words) for words in (actor.name, actor.text or "") if words)
