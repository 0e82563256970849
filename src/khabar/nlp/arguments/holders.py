"""Ground taken from its holder: "recaptured Kirkuk from Kurdish fighters", "wrested control of Tal Afar from
Islamic State militants", "recaptured Adan Yabaal, an al Shabaab stronghold". The party the "from" phrase or the
description names lost the ground and is the recipient; the town is only where (a town taken with no holder named
stands for its people, ``places``).
"""
from __future__ import annotations

from spacy.tokens import Token

from ..syntax import children_of
from ..triggers.ground import GROUND_NOUNS, described_ground, from_objects, holds_ground, named_town

# Verbs of taking ground whose "from" phrase names whom it was taken from.
_GROUND_TAKING = frozenset({"capture", "recapture", "seize", "take", "retake", "retook", "overrun", "wrest", "win",
                            "liberate", "reclaim", "regain"})


def taken_from_its_holder(verb: Token, found: list[Token]) -> list[Token]:
    """The holders ground was taken from, in place of the ground among the recipients ``found``; ``found`` as it
    is where the verb takes no ground from a named force or state."""
    if verb.lemma_.lower() not in _GROUND_TAKING:
        return found
    taken = _taken_words(verb)
    holders = [o for w in taken for o in [*from_objects(w), *_described_owners(w)] if holds_ground(o)]
    if not holders:
        return found
    held = {h.i for h in holders}
    return holders + [t for t in found if t.i not in held and not _named_ground(t)]


def _taken_words(verb: Token) -> list[Token]:
    """Where the parser hangs the "from" phrase: the verb, what it takes, or the name behind "control of"."""
    taken = [c for c in children_of(verb) if c.dep_ in ("dobj", "nsubjpass")]
    named = [o for t in taken for p in children_of(t) if p.dep_ == "prep" and p.lower_ == "of"
             for o in children_of(p) if o.dep_ == "pobj"]
    return [verb, *taken, *named]


def _described_owners(name: Token) -> list[Token]:
    """"Adan Yabaal, an al Shabaab stronghold", "Konna, a rebel-held town": whose ground an apposition says it is."""
    return [o for a in children_of(name) if a.dep_ == "appos" and a.lemma_.lower() in GROUND_NOUNS
            for o in children_of(a) if o.dep_ in ("compound", "amod", "nmod", "poss")]


def _named_ground(token: Token) -> bool:
    """A town, a place noun or a name a sentence describes as ground: what the taking verb took."""
    return (token.ent_type_ in ("GPE", "LOC", "FAC") or token.lemma_.lower() in GROUND_NOUNS
            or named_town(token) or described_ground(token))
