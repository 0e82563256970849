"""Countries read off the places the geo step found: the places that can locate what happened (not
datelines, names standing for parties, nor neighbours across a border), the country of the place nearest a
mention or inside it, the places that stand for parties, and the regions of a state.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..sentences import sentence_bounds


def _place_country(head: Token) -> str | None:
    """The country of the place named nearest to ``head``: in its sentence first, else before it (datelines
    and names that stand for a government are not places of events)."""
    places = _event_places(head.doc)
    start, end = sentence_bounds(head)
    here = [m for m in places if start <= m.start < end]
    if here:  # the nearest before it ("shelled Juba, killing 20"), else the nearest after it
        return min(here, key=lambda m: (m.start > head.i, abs(m.start - head.i))).place.country
    before = [m for m in places if m.end <= head.i]
    return before[-1].place.country if before else None


_EVENT_PLACES_KEY = "khabar.mentions.event_places"


def _event_places(doc: Doc) -> list:
    """Places that can locate what happened: not datelines, nor names standing for a party ("Moscow insists").
    Built once per doc (it is asked for many mentions), and again only if the geo step's list is replaced."""
    if not Doc.has_extension("places"):
        return []
    places = doc._.places or ()
    cached = doc.user_data.get(_EVENT_PLACES_KEY)
    if cached is None or cached[0] is not places:
        kept = [m for m in places if not m.dateline and not m.actor and m.place.country
                and not _as_party(doc[m.end - 1]) and not _across_border(doc[m.end - 1])]
        cached = (places, kept)
        doc.user_data[_EVENT_PLACES_KEY] = cached
    return cached[1]


_BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})
_BORDER_MODIFIERS = frozenset({"amod", "compound", "nmod", "poss"})


def _across_border(token: Token) -> bool:
    """"near the Afghan border", "the border with Chad": the place names the neighbour, not where it happened."""
    if token.dep_ in _BORDER_MODIFIERS and token.head.lemma_.lower() in _BORDER_NOUNS:
        return True
    prep = token.head
    return (token.dep_ == "pobj" and prep.lower_ == "with" and prep.head.lemma_.lower() in _BORDER_NOUNS)


def _modifies_noun(token: Token) -> bool:
    """"a U.S. base", "the Syrian border town": a place word modifying a noun names an owner or a kind."""
    return token.dep_ in ("compound", "amod", "poss", "nmod") and token.head.pos_ == "NOUN"


_REGION_WORDS = frozenset({"northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
                           "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern",
                           "south-western"})


def _region_of(span: Span) -> bool:
    """"southern Lebanon", "northern Iraq": a part of a state, in lower case ("South Sudan" is a state)."""
    return any(t.text in _REGION_WORDS for t in span)


def _party_place_tokens(doc: Doc) -> frozenset[int]:
    """Token indices of the place names that the geo step flagged as standing for parties."""
    if not Doc.has_extension("places"):
        return frozenset()
    return frozenset(i for m in doc._.places or () if m.actor for i in range(m.start, m.end))


def _gazetteer_country(span: Span) -> str | None:
    """The country of a place the geo component found in the mention ("Abidjan", "West Darfur State")."""
    if not Doc.has_extension("places"):
        return None
    for m in span.doc._.places or ():
        if not m.dateline and m.start < span.end and span.start < m.end and m.place.country:
            return m.place.country
    return None


def _as_party(token: Token) -> bool:
    """"Moscow insists ...": a place name that stands for a government as a subject places nothing ("Kharkiv
    was shelled" does: the geo step flags the passive subjects and objects that stand for parties)."""
    return token.dep_ == "nsubj"
