"""The other side named before: "Tensions rose with Ankara. On Monday, Greece recalled its ambassador" — a verb of a
counterpart's act that names no one it is done to is done to the one foreign party the sentence before names.
"""
from __future__ import annotations

from spacy.tokens import Token

from ...actors import default_kb
from ..datelines import in_dateline
from ..sentences import previous_in_paragraph, sentence_bounds
from ..text import span_text
from .parties import is_party
from .phrases import mention_span
from .subjects import clause_subject

# Entity types that name a side: a state, a people, an organisation, a person.
_SIDE_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})


def other_side_before(verb: Token) -> list[Token]:
    """The party of the one country other than the doer's that the sentence before (in the same paragraph) names;
    none when it names no other country or more than one (then the text does not tell which side is meant)."""
    own = _country_of(clause_subject(verb))
    if own is None:
        return []
    named = [t for t in _named_before(verb) if _country_of(t) not in (None, own)]
    return named[:1] if len({_country_of(t) for t in named}) == 1 else []


def _named_before(verb: Token) -> list[Token]:
    """The heads of the names of sides in the sentence before the verb's, if it is of the same paragraph."""
    doc = verb.doc
    before = previous_in_paragraph(doc, sentence_bounds(verb))
    if before is None:
        return []
    # a pair named together ("Iran and Israel traded threats") reads as both sides at once: no side alone
    return [e.root for e in doc[before.start:before.end].ents
            if e.label_ in _SIDE_ENTS and is_party(e.root) and not in_dateline(e.root) and not e.root.conjuncts]


def _country_of(word: Token | None) -> str | None:
    if word is None or word.pos_ == "PRON":
        return None
    found = default_kb().resolve(span_text(mention_span(word)))
    return found.country if found is not None else None
