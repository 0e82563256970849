"""Private affairs: a non-violent act between private parties is no political event.

Political event data (PLOVER, ACLED) codes the acts of political parties: states, their organs and officials,
parties, armed groups, international and non-governmental bodies, crowds, ethnic and religious groups, rebels,
militias, and criminals using violence. "The company urged customers to update their phones", "the singer lauded her
fans", "the coach praised his players", "the bank appealed the fine" tell acts of trade and private life in the words
of politics, and are not coded.

Which categories are judged by their parties, and why: force and its threat (ASSAULT, COERCE, MOBILIZE, THREATEN)
are coded whoever uses them or suffers them, as ACLED codes violence against civilians by anyone ("Gunmen killed
five shoppers", "the man stabbed his neighbour"). A demonstration, a riot or a strike (PROTEST) is a crowd's public
act, political by its nature whoever marches. A boycott alone is judged by its parties: "Shoppers boycotted the
store" is a customer's choice, "Protesters boycotted the company's products" a protest (protesters are no private
party). Every other category (saying, meeting, agreeing, aiding, rejecting, suing ...) is an event only where a
party that is not plainly private takes part.

A party is plainly private when the KB resolves it to a business (BUS, MNC), or its head noun is one of the nouns of
trade and private life we list (``data/private_roles.yaml``: company, customer, fan, singer, coach, pilot ...) and
the KB does not make it political. Anything else — a state, an official, a named person the KB does not know, a
resident — keeps the event: the rule drops only what it can see is private.
"""
from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path

import yaml
from spacy.tokens import Doc, Token

from ..model import Actor
from .arguments import Arguments
from .sport import political_party
from .triggers import TriggerMatch

_ROLES_FILE = Path(__file__).parent / "data" / "private_roles.yaml"
# Categories of force: coded whoever the parties (see the module docstring).
_FORCE = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "THREATEN"})
_BUSINESS = frozenset({"BUS", "MNC"})
# Sectors a private noun may resolve to and stay private: people and trade ("the singer" is a civilian to the KB).
_PRIVATE_SECTORS = frozenset({None, "CVL", "BUS", "MNC", "MED", "ELI"})
# Words that bring politics into the clause though no party of the act is political: "urged customers to vote in the
# referendum", "appealed the fine the regulator imposed".
_POLITICAL_WORDS = frozenset({
    "government", "minister", "ministry", "president", "parliament", "lawmaker", "senator", "congress", "election",
    "vote", "referendum", "police", "army", "military", "court", "judge", "regulator", "sanction", "war", "ceasefire",
    "party", "opposition", "rebel", "militant", "state", "authority", "official", "protest", "strike", "law",
})


@cache
def private_roles() -> frozenset[str]:
    """The nouns of trade and private life, every group of the file in one set."""
    with _ROLES_FILE.open(encoding="utf-8") as source:
        groups = yaml.safe_load(source)
    return frozenset(word.lower() for words in groups.values() for word in words)


def private_affair(doc: Doc, trig: TriggerMatch, args: Arguments, actors: tuple[Actor, ...],
                   recipients: tuple[Actor, ...]) -> bool:
    """Whether the trigger tells a non-violent act whose doer is plainly private and whose other side, if any, is
    private too, in a clause that names nothing political."""
    if not _judged_by_parties(trig):
        return False
    if not args.actors or not _private_side(doc, args.actors, actors, doer=True):
        return False
    # a visit's recipient is the place gone to: "The pilot flew to Paris" is no act on France
    if trig.entry.mode != "visit" and not _private_side(doc, args.recipients, recipients, doer=False):
        return False
    return not _names_politics(doc[trig.governor])


def _judged_by_parties(trig: TriggerMatch) -> bool:
    category = trig.entry.event
    if category in _FORCE:
        return False
    return category != "PROTEST" or trig.entry.mode == "boycott"


def _private_side(doc: Doc, heads: tuple[int, ...], parties: tuple[Actor, ...], *, doer: bool) -> bool:
    """Every party resolved on the side is private, and every head word names a private party. A doer must be
    shown private; an other side may also hold things that resolve to no party ("appealed the fine")."""
    if any(not _private_party(p) for p in parties):
        return False
    business = bool(parties) and all(p.sector in _BUSINESS for p in parties)
    return all(business or _private_word(doc[i]) or (not doer and _a_thing(doc[i], parties)) for i in heads)


def _private_party(party: Actor) -> bool:
    if political_party(party) or party.sector not in _PRIVATE_SECTORS:
        return False
    return party.sector in _BUSINESS or _private_word_text(party.text)


def _private_word(token: Token) -> bool:
    return token.pos_ == "NOUN" and (token.lemma_.lower() in private_roles() or token.lower_ in private_roles())


def _private_word_text(text: str) -> bool:
    """"the singer", "her fans": the last word of a party's text, singular or plural."""
    words = text.lower().split()
    last = words[-1] if words else ""
    return last in private_roles() or last.removesuffix("s") in private_roles()


def _a_thing(token: Token, parties: Iterable[Actor]) -> bool:
    """A common noun that resolved to no party ("the fine", "their phones"): no one is on that side."""
    return token.pos_ == "NOUN" and token.ent_type_ == "" and not any(token.text in p.text for p in parties)


def _names_politics(clause: Token) -> bool:
    return any(t.lemma_.lower() in _POLITICAL_WORDS for t in clause.subtree if t.pos_ in ("NOUN", "VERB"))
