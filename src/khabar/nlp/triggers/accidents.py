"""Accidental blasts: "a gas explosion", "a boiler blast at a factory", "an explosion at a chemical plant". What
blows up by accident is a hazard, like a fire or a crash, and the dead it leaves are no victims of an attack;
a bomb, a suicide bomber or a claim of the blast makes it one again.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..syntax import children_of

# Fires are hazards already (the "@hazard" word class); "opened fire" is no blast.
_BLASTS = frozenset({"explosion", "blast", "explode", "detonation"})
# What blows up by accident: "a gas explosion", "a boiler blast", "a fuel tanker explosion", "a coal mine blast".
_ACCIDENTAL_SOURCES = frozenset({"gas", "boiler", "tanker", "cylinder", "pipeline", "fuel", "petrol", "gasoline",
                                 "diesel", "chemical", "chemicals", "methane", "firework", "fireworks", "transformer",
                                 "reactor", "furnace", "dust", "industrial", "accidental", "coal", "kitchen", "oxygen",
                                 "propane", "butane", "lpg", "cng", "ammonia", "fertiliser", "fertilizer"})
# Works where blasts are mostly accidents: "an explosion at a factory in Dhaka" (not "at a depot" or "a facility",
# nor "a power plant" or "an arms factory", which armed parties strike).
_WORKS = frozenset({"factory", "refinery", "warehouse", "mill", "foundry", "workshop", "plant", "colliery",
                    "quarry", "shipyard", "smelter"})
_STRUCK_WORKS = frozenset({"power", "nuclear", "military", "arms", "ammunition", "weapon", "weapons", "munition",
                           "munitions", "defence", "defense", "drone", "missile"})
# Words that make a blast an attack whatever blew up: "a gas cylinder bomb", "a suicide attack on a refinery".
_ATTACK_WORDS = frozenset({"bomb", "bomber", "bombing", "suicide", "ied", "explosive", "explosives", "attack",
                           "attacker", "militant", "insurgent", "terrorist", "drone", "missile", "rocket", "shell",
                           "strike", "airstrike", "sabotage", "saboteur", "claim", "gunman", "rebel", "grenade",
                           "mortar", "arson", "arsonist", "detonate", "plant", "device", "booby"})


def accidental_blast(blast: Token) -> bool:
    """A blast an accident caused: a source that blows up by accident, or works it happened at, and no word of
    an attack in the sentence."""
    if blast.lemma_.lower() not in _BLASTS:
        return False
    if not (_from_an_accidental_source(blast) or _at_works(blast)):
        return False
    return not any(t.lemma_.lower() in _ATTACK_WORDS and t.i != _site_index(blast) for t in blast.sent)


def _from_an_accidental_source(blast: Token) -> bool:
    """"a gas explosion", "a fuel tanker blast", "a chemical explosion": its modifiers, or the subject of
    "exploded" ("a gas cylinder exploded")."""
    modifiers = [t for c in children_of(blast) if c.dep_ in ("compound", "amod") for t in c.subtree]
    if blast.pos_ == "VERB":
        modifiers = [t for c in children_of(blast) if c.dep_ == "nsubj" for t in c.subtree]
    return any(t.lemma_.lower() in _ACCIDENTAL_SOURCES or t.lower_ in _ACCIDENTAL_SOURCES for t in modifiers)


def _at_works(blast: Token) -> bool:
    """"an explosion at a chemical plant", "a blast in a textile factory"."""
    return _site_index(blast) is not None


def _site_index(blast: Token) -> int | None:
    """The index of the works an "at"/"in" phrase on the blast names, if any ("plant" is then no attack word)."""
    for prep in children_of(blast):
        if prep.dep_ == "prep" and prep.lower_ in ("at", "in", "inside"):
            for site in children_of(prep):
                if site.dep_ == "pobj" and site.lemma_.lower() in _WORKS and not _struck_works(site):
                    return site.i
    return None


def _struck_works(site: Token) -> bool:
    return any(t.lemma_.lower() in _STRUCK_WORKS or t.lower_ in _STRUCK_WORKS
               for c in children_of(site) if c.dep_ in ("compound", "amod") for t in c.subtree)


def cause_of_harm(verb: Token) -> Token | None:
    """What did the harm a verb tells: its subject ("an explosion killed 20"), or for a subjectless participle the
    subject of the clause it hangs on ("a gas explosion destroyed a block, killing six"), or the blast verb it hangs
    on ("a gas cylinder exploded, killing four")."""
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    if subject is not None or verb.dep_ not in ("advcl", "conj") or verb.tag_ != "VBG":
        return subject
    if verb.head.lemma_.lower() in _BLASTS:  # "a gas cylinder exploded, killing four": the blast itself
        return verb.head
    return next((c for c in children_of(verb.head) if c.dep_ == "nsubj"), None)
