"""A group's local branch: "the Taliban" in a story from Pakistan are mostly the Pakistani Taliban (the TTP), not
Afghanistan's. The knowledge base names such a branch by the country's demonym before the group's name ("Pakistani
Taliban"), so a bare name in an article of another country is read as that country's branch where one exists,
unless its own words or sentence tie it to the group's home ("the Taliban government", "the Taliban in Kabul").
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ...actors import ActorKB
from ...model import Actor
from ..dates.index import plain_extension
from ..sentences import sentence_bounds
from ..text import doc_text, span_text

# Words by which a group is the state or the rule it holds at home: "the Taliban government", "Taliban rulers".
_RULE_WORDS = frozenset({"government", "administration", "authorities", "authority", "regime", "rulers", "ruler",
                         "ministry", "minister", "cabinet", "emirate", "leader", "leadership", "spokesman", "official",
                         "officials", "envoy", "envoys", "delegation", "diplomat", "diplomats", "ambassador"})
_IRREGULAR = frozenset({"INS", "REB", "SEP", "UAF"})


def local_branch(kb: ActorKB, actor: Actor, span: Span, *, date) -> Actor | None:
    """The branch of ``actor`` that a bare mention of it stands for in a story datelined in the branch's country or
    naming the branch, or None."""
    if actor.id is None or actor.country is None or actor.sector not in _IRREGULAR:
        return None
    # what does not depend on the branch's country is asked once, not once per country of the story
    words = [t for t in span if t.lower_ not in ("the", "'s")]
    if not words or any(t.lower_ in _RULE_WORDS for t in span):
        return None
    # each country once: the places of a story name a few countries many times, and a branch is looked for per country
    countries = [c for c in _story_countries(span.doc) if c != actor.country]
    if not countries or _ties_home(kb, span, actor.country):
        return None
    return next((b for c in countries for b in [_branch_in(kb, actor, span, words[0], country=c, date=date)]
                 if b is not None), None)


_STORY_KEY = "khabar.mentions.story_countries"  # doc.user_data key: the geo step's list and its countries


def _story_countries(doc: Doc) -> list[str]:
    """The countries a story is datelined in (where its places are known), then every other country its places
    name, each once. Read once per doc (each mention of an armed group asks), and again only if the geo step's list
    is replaced."""
    places = plain_extension(doc, "places") or ()  # asked per mention: cheaper than ``doc._``
    cached = doc.user_data.get(_STORY_KEY)
    if cached is None or cached[0] is not places:
        datelined = [m.place.country for m in places if m.dateline and m.place.country]
        named = datelined + [m.place.country for m in places if m.place.country and m.place.country not in datelined]
        cached = doc.user_data[_STORY_KEY] = (places, list(dict.fromkeys(named)))
    return cached[1]


def _branch_in(kb: ActorKB, actor: Actor, span: Span, first: Token, *, country: str, date) -> Actor | None:
    """The branch of ``actor`` in ``country`` the mention (from its ``first`` name word) stands for: named by the
    country's demonym before the mention's words, and either the story is datelined there or it names the branch by
    one of its own names."""
    entry = kb.entry(country)
    if entry is None or not entry.demonyms:
        return None
    branch = kb.resolve(f"{entry.demonyms[0]} {span_text(span[first.i - span.start:])}", date=date, country=None)
    if branch is None or branch.id in (None, actor.id) or branch.country != country:
        return None
    if not (_datelined_in(span.doc, country) or _names_branch(kb, span.doc, branch)):
        return None
    return replace(branch, text=span_text(span), span=actor.span)


def _datelined_in(doc: Doc, country: str) -> bool:
    places = (doc._.places or ()) if Doc.has_extension("places") else ()
    return any(m.dateline and m.place.country == country for m in places)


def _names_branch(kb: ActorKB, doc: Doc, branch: Actor) -> bool:
    """Whether the story names the branch by a name of its own ("the Tehreek-e-Taliban Pakistan", "the TTP")."""
    text = doc_text(doc)
    return any(alias in text for alias in (branch.name, *branch.aliases) if len(alias) > 2)


def _ties_home(kb: ActorKB, span: Span, home: str) -> bool:
    """Whether the mention's sentence names the group's home country ("in Afghanistan", "Afghan", "Kabul")."""
    start, end = sentence_bounds(span.root)
    doc = span.doc
    return any(t.ent_type_ in ("GPE", "NORP", "LOC") and kb.country_of(t.text) == home
               for t in doc[start:end] if not (span.start <= t.i < span.end))
