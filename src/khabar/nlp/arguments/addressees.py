"""Whom a statement is addressed to, named outside the verb's own object: the letter or the talks it is made in
("In a letter to Annan, Iraq demanded ..."), the stay abroad it is made on ("pledged aid during a visit to Kenya"),
whom the speaker tells it ("told Putin that Ankara was ready to host talks"), whom one writes to, to ask ("wrote to
the president to demand an inquiry").
"""
from __future__ import annotations

from spacy.tokens import Token

from ...actors import default_kb
from ..factuality.governors import phoned_person
from ..syntax import children_of
from ..text import span_text
from .parties import is_party
from .phrases import mention_span, prep_objects
from .places import host_state, place_state
from .subjects import clause_subject, non_finite


# Categories of appeals, whose addressee is the one asked.
_APPEALS = frozenset({"REQUEST"})


def written_to(verb: Token, category: str) -> list[Token]:
    """"The opposition leader wrote to the president to demand an inquiry": whom one writes to, to ask something,
    is asked (not whom one writes to, to protest something: "wrote to the UN to protest the strikes")."""
    host = verb.head
    if category not in _APPEALS or not (verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VB" and non_finite(verb)
                                        and verb.i > host.i and host.lemma_.lower() == "write"):
        return []
    return [t for t in prep_objects(host, ("to",)) if t.i < verb.i and is_party(t)]


# Nouns of a message or an exchange in which a verb's act is done, with the preposition naming whom it is to:
# "in a letter to Annan", "in talks with his Saudi counterpart", "during a call with Putin".
_ADDRESSED = {"letter": "to", "message": "to", "speech": "to", "address": "to", "appeal": "to", "call": "with",
              "talk": "with", "meeting": "with", "conversation": "with", "discussion": "with", "telephone": "with",
              "phone": "with", "negotiation": "with"}


def addressee(verb: Token) -> list[Token]:
    """Whom the message or the exchange a verb's act is done in is addressed to: "In a letter to Annan, Iraq
    demanded an end to the sanctions", "Macron called Putin to urge restraint"."""
    nouns = [n for n in prep_objects(verb, ("in", "during", "at")) if n.lemma_.lower() in _ADDRESSED]
    return [t for n in nouns for t in prep_objects(n, (_ADDRESSED[n.lemma_.lower()],)) if is_party(t)] or (
        _phoned(verb))


def _phoned(verb: Token) -> list[Token]:
    """Whom a caller phoned to do what the infinitive says: "called Putin to urge restraint", "called Zelensky to
    offer condolences" are said to the one called."""
    if verb.dep_ not in ("xcomp", "advcl") or verb.tag_ != "VB" or not non_finite(verb):
        return []
    callee = phoned_person(verb.head)
    return [callee] if callee is not None and is_party(callee) else []


# Nouns of a stay abroad, with the preposition naming where: "during a visit to Kenya", "during talks in Riyadh".
_STAYS = {"visit": "to", "trip": "to", "tour": "of", "stopover": "in", "talk": "in"}


def visit_host(verb: Token) -> list[Token]:
    """"pledged $1 billion in aid during a visit to Kenya", "During talks in Riyadh, the Chinese president signed
    34 deals": what a visitor pledges or signs on a stay abroad is for the host state (not at home: the subject's
    own country; a town is as often a neutral venue of talks)."""
    stays = [n for n in prep_objects(verb, ("during", "on", "in", "at")) if n.lemma_.lower() in _STAYS]
    hosts = [(n, p) for n in stays for p in prep_objects(n, (_STAYS[n.lemma_.lower()],))
             if p.pos_ == "PROPN"]  # "Kyiv", tagged a person
    if not hosts:
        return []
    kb = default_kb()
    subject = clause_subject(verb)
    own = kb.country_of(span_text(mention_span(subject))) if subject is not None else None
    return [p for n, p in hosts
            if (host_state(p.text) if n.lemma_.lower() == "talk" else place_state(p)) not in (None, own)]


# Verbs of telling someone what the speaker will do: "told Putin that Ankara was ready to host talks".
_TELLING = frozenset({"tell", "assure", "reassure", "inform", "promise", "notify"})


def told_to(verb: Token) -> list[Token]:
    """Whom a speaker tells the clause of its verb: "Erdogan told his Russian counterpart that Ankara was ready to
    host talks" offers the talks to the counterpart."""
    clause = verb
    while clause.dep_ in ("xcomp", "acomp") and clause.head.i != clause.i:
        clause = clause.head  # "was ready to host": up to the told clause
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _TELLING:
        return []
    return [o for o in children_of(clause.head) if o.dep_ in ("dobj", "dative") and is_party(o) and not _press(o)]


# Words of the press a speaker tells the news to: its listeners, no party to what is told.
_PRESS_WORDS = frozenset({"reporter", "journalist", "correspondent", "newsman", "press", "media", "television",
                          "radio", "broadcaster", "newspaper", "agency", "channel", "outlet", "tv"})


def _press(listener: Token) -> bool:
    """"the minister told reporters", "a spokesman told state television", "told Reuters": whoever is told
    the news is not whom the act told of is done to."""
    if listener.lemma_.lower() in _PRESS_WORDS or listener.lower_ in _PRESS_WORDS:
        return True
    found = default_kb().resolve(span_text(mention_span(listener)))
    return found is not None and found.sector == "MED"
