"""Two-sided events: "talks between X and Y", "the two sides agreed", "Kenya and Uganda met": the first side
is the actor and the others its counterparts.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..triggers import TriggerMatch
from .parties import PARTY_ENTS, is_party, plausible_party
from .phrases import prep_objects, with_conjuncts
from .record import Arguments


def among_themselves(verb: Token, args: Arguments) -> Arguments:
    """"Kenya and Uganda met", "the two ministers met in Vienna": a meeting whose plural subject names no one
    else is among the subject's own parties, the first with the others (a plural noun with itself)."""
    if args.recipients or not meets_among_themselves(verb):
        return args
    sides = args.actors
    if len(sides) == 1:  # "the leaders of Sudan and Chad met": the parties the plural is of
        owners = prep_objects(verb.doc[sides[0]], ("of",))
        named = [t.i for t in with_conjuncts(owners[0]) if plausible_party(t)] if owners else []
        sides = tuple(named) if len(named) > 1 else sides
    if len(sides) > 1:
        return Arguments(actors=sides[:1], recipients=sides[1:], passive=args.passive)
    return Arguments(actors=sides, recipients=sides, passive=args.passive)


def meets_among_themselves(verb: Token) -> bool:
    """A meeting verb with a plural or coordinated subject of its own and no object."""
    if any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and (subject.tag_ in ("NNS", "NNPS") or len(with_conjuncts(subject)) > 1)


# "The two sides agreed ... in talks between X and Y": a pair named only by a common noun is the pair named
# after "between".
_SIDE_NOUNS = frozenset({"side", "country", "nation", "party", "government", "state", "neighbour", "neighbor",
                         "delegation", "leader", "rival", "foe", "enemy", "adversary"})


def both_sides(doc: Doc, actors: tuple[int, ...]) -> bool:
    return len(actors) == 1 and doc[actors[0]].lemma_.lower() in _SIDE_NOUNS and any(
        c.lower_ in ("two", "both") for c in doc[actors[0]].children)


def between_sides(doc: Doc, trig: TriggerMatch, args: Arguments) -> Arguments:
    """"talks between Ethiopia and Egypt", "an accord was signed between X and Y": with no one else named as
    the doer, the first side is the actor and the others its counterparts."""
    prep = _between_phrase([doc[trig.head], doc[trig.governor]])
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    sides = [t.i for t in with_conjuncts(pobj) if plausible_party(t)] if pobj is not None else []
    if len(sides) < 2 and args.actors and both_sides(doc, args.actors):
        sides = _pair_named_before(doc[args.actors[0]])  # "India and Pakistan ... The two countries signed"
    if len(sides) < 2:
        return args
    standing = set(args.actors) | {sides[0]}  # "the two sides" itself is no counterpart of theirs
    others = tuple(dict.fromkeys([*sides[1:], *(i for i in args.recipients if i not in standing
                                                and is_party(doc[i]))]))  # not "agreed to a truce"
    return Arguments(actors=(sides[0],), recipients=others, passive=args.passive)


# How far back "the two sides" may point to the pair the text named: a few sentences.
_PAIR_LOOKBACK = 120


def _pair_named_before(pair: Token) -> list[int]:
    """The nearest parties named together before "the two sides" ("India and Pakistan held talks ... The two
    countries"): a name and its coordinated names, each a party."""
    doc = pair.doc
    for t in reversed(doc[max(0, pair.i - _PAIR_LOOKBACK):pair.i]):
        if t.dep_ != "conj" or t.head.i >= t.i or not _named_party(t) or not _named_party(t.head):
            continue
        sides = [s.i for s in with_conjuncts(t.head) if _named_party(s)]
        if len(sides) >= 2:
            return sides
    return []


def _named_party(token: Token) -> bool:
    return (token.pos_ == "PROPN" or token.ent_type_ in PARTY_ENTS) and plausible_party(token) and is_party(token)


def _between_phrase(words: list[Token]) -> Token | None:
    """The "between" phrase of the event, or of the meeting it happened at, a few objects down ("agreed on a
    ceasefire during talks between X and Y")."""
    for _ in range(4):
        prep = next((c for w in words for c in w.children if c.dep_ == "prep" and c.lower_ == "between"), None)
        if prep is not None:
            return prep
        words = [g for w in words for c in w.children if c.dep_ in ("prep", "dobj") for g in (c, *c.children)
                 if g.dep_ in ("pobj", "dobj")]
    return None
