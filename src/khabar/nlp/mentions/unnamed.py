"""The parties a text leaves unnamed, read for ``MentionResolver``: the doer of an attack nobody claims (an
unidentified armed group of the event place's country), the government a protest addresses, and the doer and the
people of an act of state.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ...geo import event_location
from ...model import Actor
from ..arguments import (ADDRESSED_TO_AUTHORITIES, STATE_ACTS, UNATTRIBUTED_ACTS, clause_subject, is_passive,
                         seizes_power, stands_for_unnamed_party)
from ..arguments.unnamed import state_release
from ..syntax import children_of
from ..text import span_text
from .acts import _category_at
from .phrases import _char_span, _entity_at
from .presence_abroad import _sent_to

UNIDENTIFIED_ARMED_GROUP = "Unidentified armed group"
# Verbs of crowd control: done by a state's police, not by an unidentified armed group, when no one is named.
_CROWD_CONTROL = frozenset({"disperse", "teargas", "tear-gas", "baton-charge"})


def _category_of_told_act(verb: Token) -> str | None:
    """"The convoy came under attack", "an attack on a mosque left 40 dead", "there was an attack": a verb that
    stands for the unnamed doer of an act its noun tells (its subject, its "under" object, what "there" is)."""
    nouns = [c for c in children_of(verb) if c.dep_ in ("nsubj", "attr")]
    if verb.lemma_.lower() == "come":
        nouns += [n for p in children_of(verb) if p.dep_ == "prep" and p.lower_ == "under"
                  for n in children_of(p) if n.dep_ == "pobj"]
    return next((category for noun in nouns for category in [_category_at(noun)] if category is not None), None)


def _done_by_a_subject(verb: Token) -> bool:
    """An act of state with a doer of its own ("the junta banned ..."): its verb stands for whom it is done to."""
    return not is_passive(verb) and clause_subject(verb) is not None


class UnnamedParties:
    """The part of ``MentionResolver`` that stands in for the parties a text leaves unnamed."""

    def unidentified_armed_group(self, trigger: Token, *, text_span: Span | None = None) -> Actor:
        """ACLED's actor for an attack whose doer the text does not name: an unidentified armed group of the
        country where the event happened (else of the article's country)."""
        doc = trigger.doc
        place = event_location(trigger, doc) if Doc.has_extension("places") else None
        country = (place.country if place is not None else None) or self._country(doc)
        words = text_span if text_span is not None else doc[trigger.i:trigger.i + 1]
        return Actor(text=span_text(words), name=UNIDENTIFIED_ARMED_GROUP, country=country, sector="UAF",
                     span=_char_span(words))

    def _unnamed(self, verb: Token) -> Actor | None:
        """The party an event's verb stands for: the doer of an attack is an unidentified armed group of the
        event place's country (none where no place is known); the target of a protest is the government of
        that country, else of the protesters' own; the doer of an act of state ("a curfew was imposed") is the
        government of the place, else of the article's country, and whom it binds ("the junta banned all
        demonstrations") the civilians there. No mention names it, so it has no text or span."""
        category = _category_at(verb) or _category_of_told_act(verb)
        place = event_location(verb, verb.doc) if category and Doc.has_extension("places") else None
        country = place.country if place is not None else None
        if category in UNATTRIBUTED_ACTS and verb.lemma_.lower() in _CROWD_CONTROL:
            # "protesters were dispersed with tear gas in Nairobi": the police of the place, not an armed group
            found = self.kb.resolve("police", date=self.date, country=country or self._country(verb.doc))
            return replace(found, text="", span=None) if found is not None else None
        if category in UNATTRIBUTED_ACTS and country:
            return Actor(text="", name=UNIDENTIFIED_ARMED_GROUP, country=country, sector="UAF")
        if category in ADDRESSED_TO_AUTHORITIES or seizes_power(verb):
            # "Iraqi protesters marched", "Pakistan's army seized power": their government; else the article's; else a government all the same
            country = country or self._doer_country(verb) or self._country(verb.doc)
            found = self.kb.resolve("government", date=self.date, country=country)
            return replace(found, text="", span=None) if found is not None else None
        if category in STATE_ACTS and _done_by_a_subject(verb):
            # "the junta banned all demonstrations": the people of the place it is imposed on, else the doer's own
            country = country or self._doer_country(verb) or self._country(verb.doc)
            found = self.kb.resolve("civilians", date=self.date, country=country) if country else None
            return replace(found, text="", span=None) if found is not None else None
        if country and self._sent_there(verb, country):
            return None  # "the prisoners were deported to Kabul": the state they were sent to did not send them
        if (category in STATE_ACTS or state_release(verb, category)) and (
                country := country or self._country(verb.doc)):
            found = self.kb.resolve("government", date=self.date, country=country)
            return replace(found, text="", span=None) if found is not None else None
        return None

    def _sent_there(self, verb: Token, country: str) -> bool:
        """Whether ``country`` is where the verb sends people or things ("deported by plane to Kabul", "expelled
        to Turkey"): where they go, not the sending state's."""
        return any(_sent_to(o) and self.kb.country_of(span_text(_entity_at(o) or o)) == country
                   for p in children_of(verb) if p.dep_ == "prep" for o in children_of(p) if o.dep_ == "pobj")

    def _doer_country(self, verb: Token) -> str | None:
        subject = clause_subject(verb)
        found = self._resolve(subject) if subject is not None and not stands_for_unnamed_party(subject) else None
        return found.country if found is not None else None
