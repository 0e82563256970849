"""Who an event's parties are, from the words its arguments found.

A description whose apposition names the party ("Tehran's ally, the Houthi movement"), the noun a relative pronoun
stands for, the doer of an event noun standing as a party ("One such attack killed ..."), the parties a meeting's
verb gathers ("the summit brought together leaders of ..."), the holder of a prison people are released from; and
never the dead a protest mourns, who are no party protested against.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ..model import Actor
from .arguments import Arguments
from .lexicon import Lexicon
from .mentions import MentionResolver
from .syntax import children_of
from .triggers import TriggerMatch, match_entry, names_a_party

if TYPE_CHECKING:  # events.py imports this module: the record type is needed for annotations only
    from .events import EventMention


# Entity types that name a party: a state, a people, an organisation, a person.
AGENT_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})


def resolve_parties(doc: Doc, heads: tuple[int, ...], resolver: MentionResolver, earlier: list[EventMention], *,
                    lexicon: Lexicon) -> tuple[Actor, ...]:
    """The actors the words at ``heads`` name, each once: an event noun standing as a party names the actor of
    that event told before."""
    out: list[Actor] = []
    for i in heads:
        tok = _named_apposition(_antecedent_of_relative(doc[i]))
        event = _event_of_noun(tok, lexicon)
        if event is not None:
            out.extend(_actor_of_event_noun(tok, event, earlier))
            continue
        out.extend(a for a in resolver.resolve_all(tok) if all(a.name != b.name for b in out))
    return tuple(out)


def _event_of_noun(tok: Token, lexicon: Lexicon) -> str | None:
    """"One such attack killed ...": the category of an event noun standing as a party (not "troops", a
    light-verb object), read with the constraints of its rows: "a training camp" is no protest camp."""
    if tok.pos_ != "NOUN":
        return None
    entry = match_entry(tok, tuple(e for e in lexicon.entries(tok.lemma_.lower(), "NOUN") if e.alone))
    return entry.event if entry is not None else None


def _named_apposition(tok: Token) -> Token:
    """"Tehran's ally, the Houthi movement, launched ...": a description whose apposition names the party."""
    if tok.pos_ != "NOUN":
        return tok
    appos = next((c for c in children_of(tok) if c.dep_ == "appos"), None)
    if appos is None:
        return tok
    named = appos.pos_ == "PROPN" or appos.ent_type_ in AGENT_ENTS or any(
        c.dep_ in ("compound", "amod") and c.ent_type_ in AGENT_ENTS for c in children_of(appos))
    return appos if named else tok


_RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom"})


def _antecedent_of_relative(tok: Token) -> Token:
    """"the hostages that Hamas freed": the relative pronoun stands for the noun its clause modifies."""
    if tok.lower_ in _RELATIVE_PRONOUNS and tok.head.dep_ == "relcl":
        return tok.head.head
    return tok


def _actor_of_event_noun(noun: Token, event: str, earlier: list[EventMention]) -> tuple[Actor, ...]:
    """"One such attack killed ...": the attack's actor is the actor of the attacks named before; failing those,
    of the latest event of its category ("airstrikes hit ... Iraq condemned the strikes": the strikes hit)."""
    lemma = noun.lemma_.lower()
    told = [m for m in earlier if m.actor]
    found = ([m for m in told if noun.doc[m.trigger.head].lemma_.lower() == lemma]
             or [m for m in told if m.trigger.entry.event == event])
    return found[-1].actor if found else ()


# Verbs whose subject, a meeting, gathers its object: "the summit brought together leaders of ...", "the conference
# drew ministers from 40 countries".
_GATHERING_VERBS = frozenset({"bring", "gather", "draw", "attract", "assemble", "unite", "convene"})


def with_gathered(doc: Doc, trig: TriggerMatch, args: Arguments) -> Arguments:
    """A meeting that names no party of its own meets the parties its verb gathers ("the summit in Nairobi brought
    together leaders of the region"): those are its actors."""
    noun = doc[trig.head]
    verb = noun.head
    if (args.actors or args.recipients or not trig.nominal or trig.entry.event != "CONSULT"
            or noun.dep_ != "nsubj" or verb.lemma_.lower() not in _GATHERING_VERBS):
        return args
    gathered = tuple(t.i for c in children_of(verb) if c.dep_ == "dobj" for t in (c, *c.conjuncts) if names_a_party(t))
    return replace(args, actors=gathered) if gathered else args


# The dead, as a protest's words name them: "the slain commander", "the late leader", "the men killed on Friday".
_DEAD_WORDS = frozenset({"slain", "late", "dead", "deceased", "killed", "fallen", "murdered", "assassinated",
                         "martyred", "executed"})
_KILLING_VERBS = frozenset({"kill", "slay", "murder", "assassinate", "execute", "martyr"})
# Nouns whose "of"/"for" phrase names the dead: "the killing of the activist", "a vigil for the victims".
_DEATH_NOUNS = frozenset({"killing", "death", "murder", "assassination", "execution", "slaying", "funeral", "burial",
                          "coffin", "casket", "vigil", "memorial", "memory", "mourning", "commemoration", "body",
                          "remains", "grave", "tomb", "anniversary"})


def addressed(doc: Doc, trig: TriggerMatch, recipients: tuple[int, ...]) -> tuple[int, ...]:
    """Whom a protest addresses is never the dead it mourns or whose killing it decries: "marched behind the coffin
    of the slain journalist", "held a vigil for the victims", "protested the killing of the activist" (the dead are
    no party protested against)."""
    if trig.entry.event != "PROTEST":
        return recipients
    return tuple(i for i in recipients if not _the_dead(doc[i]))


def _the_dead(tok: Token) -> bool:
    """"the slain commander", "the men killed on Friday", "the killing of the activist", "a vigil for the victims"."""
    if any(c.dep_ in ("amod", "compound") and c.lower_ in _DEAD_WORDS for c in children_of(tok)):
        return True
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _KILLING_VERBS for c in children_of(tok)):
        return True
    prep = tok.head
    return (tok.dep_ == "pobj" and prep.lower_ in ("of", "for") and prep.head.pos_ == "NOUN"
            and prep.head.lemma_.lower() in _DEATH_NOUNS)


_CUSTODY_PLACES = frozenset({"prison", "jail", "gaol", "custody", "detention", "captivity", "cell", "camp"})


def custodian(doc: Doc, trig: TriggerMatch) -> tuple[int, ...]:
    """"women released from Israeli prisons": who held them ("Israeli prisons" names Israel) released them."""
    if trig.entry.event != "RETREAT" or trig.nominal:
        return ()
    for prep in children_of(doc[trig.head]):
        if prep.dep_ != "prep" or prep.lower_ != "from":
            continue
        for place in (c for c in children_of(prep) if c.dep_ == "pobj" and c.lemma_.lower() in _CUSTODY_PLACES):
            if any(c.dep_ in ("poss", "amod", "compound") and c.ent_type_ in AGENT_ENTS for c in children_of(place)):
                return (place.i,)
    return ()
