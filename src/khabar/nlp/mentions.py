"""Resolve argument heads to actors, with in-article coreference.

One ``MentionResolver`` lives for one document. It remembers whom the text has named, so that
"the group", "the militiamen", "the prime minister" and pronouns resolve to the right actor.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from spacy.tokens import Span, Token

from ..actors import ActorKB
from ..model import Actor
from .arguments import group_owner, mention_span

# Definite descriptions that point back to an armed group or organisation named earlier.
_GROUP_WORDS = frozenset({"group", "militia", "militiaman", "organization", "organisation", "movement",
                          "faction", "fighter", "militant", "insurgent", "rebel", "suspect", "proxy", "gunman"})
_PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers"})
_THING_PRONOUNS = frozenset({"it", "its"})
_PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
_ARMED_SECTORS = frozenset({"REB", "INS", "MIL", "PTY"})
_NON_STATE_SECTORS = frozenset({"REB", "INS"})
_NAME_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})


def _char_span(span: Span) -> tuple[int, int]:
    return (span.start_char, span.end_char)


def _entity_at(head: Token) -> Span | None:
    """The named entity around ``head``, read off the IOB tags (building ``doc.ents`` per call is slow)."""
    if head.ent_type_ not in _NAME_ENTS:
        return None
    doc = head.doc
    start = head.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = head.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


class MentionResolver:
    def __init__(self, kb: ActorKB, *, date: dt.date | None, country: str | None):
        self.kb = kb
        self.date = date
        self.country = country
        self.history: list[Actor] = []

    def resolve(self, head: Token) -> Actor | None:
        actor = self._resolve(head)
        if actor is not None and (actor.id or actor.sector):
            self.history.append(actor)
        return actor

    def _resolve(self, head: Token) -> Actor | None:
        lower = head.lower_
        if head.pos_ == "PRON":
            return self._pronoun(head, lower)
        owner = group_owner(head)
        span = mention_span(head)
        if owner is not None:
            found = self._resolve(owner)
            whole = head.doc[span.start:owner.i + 1]
            return replace(found, text=whole.text, span=_char_span(whole)) if found else None
        if head.lemma_.lower() in _GROUP_WORDS and self._is_definite(span):
            # "the militiamen", "the group": the last non-state armed group named, else any armed body
            earlier = (self._last(lambda a: a.sector in _NON_STATE_SECTORS and a.id is not None)
                       or self._last(lambda a: a.sector in _ARMED_SECTORS and a.id is not None))
            if earlier is not None:
                return replace(earlier, text=span.text, span=_char_span(span))
        return self._lookup(head, span)

    def _lookup(self, head: Token, span: Span) -> Actor | None:
        entity = _entity_at(head)
        # the whole phrase first: "Iran's Quds Force" is the Quds Force even when only "Iran" is an entity
        for candidate in (span, entity):
            if candidate is None:
                continue
            actor = self.kb.resolve(candidate.text, date=self.date, country=self.country)
            if actor is not None:
                return replace(actor, text=span.text, span=_char_span(span))
        return self._unknown(span)

    def _unknown(self, span: Span) -> Actor | None:
        """A name the knowledge base lacks keeps its text, with a country where the text states one."""
        if not any(t.pos_ == "PROPN" or t.ent_type_ in _NAME_ENTS for t in span):
            return None
        country = next((self.kb.country_of(t.text) for t in span if t.ent_type_ in ("GPE", "NORP")), None)
        return Actor(text=span.text, name=span.text, country=country, span=_char_span(span))

    @staticmethod
    def _is_definite(span: Span) -> bool:
        first = span.doc[span.start - 1] if span.start > 0 else None
        return first is not None and first.lower_ in ("the", "this", "that", "these", "those")

    def _pronoun(self, head: Token, lower: str) -> Actor | None:
        if lower in _PERSON_PRONOUNS:
            found = self._last(lambda a: a.sector is not None and a.id is not None and "person" in (a.id or "")
                               ) or self._last(lambda a: a.id is not None)
        elif lower in _THING_PRONOUNS or lower in _PLURAL_PRONOUNS:
            found = self._last(lambda a: a.id is not None)
        else:
            return None
        if found is None:
            return None
        return replace(found, text=head.text, span=(head.idx, head.idx + len(head.text)))

    def _last(self, wanted) -> Actor | None:
        return next((a for a in reversed(self.history) if wanted(a)), None)
