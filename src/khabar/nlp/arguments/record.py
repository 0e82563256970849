"""The ``Arguments`` record, built from actor and recipient tokens: conjuncts expanded, listed members
and the parties of event nouns named as targets taken in their place.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ...actors import default_kb
from ..lexicon import load_lexicon
from ..syntax import children_of
from .members import listed_members
from .parties import GROUP_NOUNS, is_party, nominal_agent, plausible_party
from .phrases import prep_objects, with_conjuncts


@dataclass(frozen=True, slots=True)
class Arguments:
    # head token indices; an event's own verb stands for a party the text leaves unnamed (``mentions``)
    actors: tuple[int, ...]
    recipients: tuple[int, ...]
    passive: bool


def make_arguments(actors: list[Token], recipients: list[Token], *, passive: bool) -> Arguments:
    def expand(tokens: list[Token]) -> tuple[int, ...]:
        seen: list[int] = []
        for tok in tokens:
            for t in _joined_parties(tok):
                if t.i not in seen and plausible_party(t):
                    seen.append(t.i)
        return tuple(seen)
    recipients = [m for t in recipients for m in (listed_members(t) or [_party_of(_carried(t))])]
    return Arguments(actors=expand(actors), recipients=expand(recipients), passive=passive)


def _joined_parties(token: Token) -> list[Token]:
    """A party and those joined to it; an event's own verb standing for an unnamed party is alone ("two soldiers were
    killed and a civilian wounded": the civilian joined to "killed" is another casualty, not a co-doer)."""
    return [token] if token.pos_ in ("VERB", "AUX") else with_conjuncts(token)


# What carries people, and the participles that say whom: "a convoy carrying Turkish troops".
_CARRIERS = frozenset({"convoy", "bus", "minibus", "vehicle", "car", "truck", "lorry", "van", "boat", "ship", "ferry",
                       "plane", "aircraft", "helicopter", "train"})
_CARRYING = frozenset({"carry", "transport", "ferry"})


def _carried(token: Token) -> Token:
    """"attacked a convoy carrying Turkish troops", "a bus carrying pilgrims was ambushed": whom a vehicle
    carries was struck, not the vehicle (else the token itself)."""
    if token.lemma_.lower() not in _CARRIERS:
        return token
    return next((o for c in children_of(token) if c.dep_ == "acl" and c.lemma_.lower() in _CARRYING
                 for o in children_of(c) if o.dep_ == "dobj"), token)


def _party_of(token: Token) -> Token:
    """"rejected an Australian ultimatum", "condemned Israel's raid": an event noun as the target stands for
    whoever it belongs to, when it names them."""
    if token.pos_ != "NOUN" or _category_of(token) is None or default_kb().sector_of(token.lemma_) is not None:
        return token  # "attacked U.N. peacekeepers": people, though sending them is an event
    if token.lemma_.lower() in GROUP_NOUNS | _CARRIERS:
        return token  # "ambushed an Israeli army patrol", "rammed a Vietnamese boat": the people on it, not an act
    agent = nominal_agent(token)
    if agent is None and _category_of(token) in _SPOKEN:  # "conceded to demands from UNITA"
        agent = next((t for t in prep_objects(token, ("from",)) if is_party(t)), None)
    return agent or token


# Event nouns whose "from" names who speaks: "demands from X", "an offer from X", "an appeal from X".
_SPOKEN = frozenset({"REQUEST", "AGREE", "THREATEN", "CONSULT", "ACCUSE", "REJECT", "SUPPORT"})


def _category_of(noun: Token) -> str | None:
    entries = load_lexicon().entries(noun.lemma_.lower(), "NOUN")
    # the plain sense, not one that needs a modifier ("cyber attack" is COERCE, "attack" ASSAULT)
    plain = next((e for e in entries if not e.required), entries[0] if entries else None)
    return plain.event if plain else None
