"""Places that stand for a party: with no party named, the place a measure, a visit or a protest is about
stands for its people and government; and the place phrases that only tell where.

The convention for the recipient of an act done at a place ("Hamas said Israeli aircraft bombed a camp in Gaza"):
a party the sentence names as the target is the recipient ("bombed Hamas targets in Gaza": Hamas), and the place
phrase only tells where. When the text names no party, what was struck stands for the people there: the place of
people itself ("bombed a camp in Gaza", "shelled villages in Idlib": civilians of the place's country) or, for a
bare place or a thing that is no party ("bombed Gaza", "struck targets in Gaza"), the place, which ``mentions``
resolves to its country. We take the place rather than leave the recipient empty because the news names the place
precisely when it does not know or say who was hit, and the people of a place struck are its people; a speaker
("Hamas said") is no recipient of what it reports. A town named only as where a party was met, held or
spoke ("detained three activists in Lahore", "the Kabul bombing") is never a party itself.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ...actors import default_kb
from ..datelines import in_dateline
from ..syntax import children_of, kept_per_doc
from ..text import span_text
from .phrases import mention_span, prep_objects


_PLACE_NOUNS = frozenset({"town", "city", "village", "province", "district", "region", "capital", "port",
                          "enclave", "governorate", "state", "county", "area"})


def name_behind(token: Token) -> Token:
    """"withdrew from the West Bank town of Jenin": the name behind a place noun."""
    if token.lemma_.lower() not in _PLACE_NOUNS:
        return token
    name = next(iter(prep_objects(token, ("of",))), None)
    return name if name is not None and name.pos_ == "PROPN" else token


def is_destination(token: Token) -> bool:
    """"invited Putin to Beijing", "freed 24 hostages from the Gaza Strip": after a party as the object, a place
    behind "to" or "from" is where, not whom."""
    return token.dep_ == "pobj" and token.head.lower_ in ("to", "from") and token.ent_type_ in ("GPE", "LOC", "FAC")


_PLACE_PHRASE_PREPS = frozenset({"in", "at", "near", "into"})
_ROUTE_PREPS = frozenset({"across", "throughout", "through", "around"})  # only ever take places
_PLACE_OR_ROUTE_PREPS = _PLACE_PHRASE_PREPS | _ROUTE_PREPS


# Buildings that stand for whoever they house: storming an embassy targets its state, not a place.
SEATS = frozenset({"embassy", "consulate", "mission", "parliament", "ministry", "headquarters", "palace",
                   "legislature", "court", "office", "residence"})


# Places people live in, gather at or ride in: struck, they stand for the people there ("shelled a village",
# "bombed a wedding", "attacked a mosque"), whose country is the place's (``mentions``). Not a house or a home:
# for one struck ("raided a house in X"), keeping its place phrase did better in evaluation.
PEOPLES_PLACES = frozenset({"village", "town", "hamlet", "settlement", "neighbourhood", "neighborhood", "suburb",
                            "township",
                            "camp", "wedding", "funeral", "ceremony", "gathering", "procession", "market", "mosque",
                            "church", "synagogue", "temple", "shrine", "school", "hospital", "clinic", "hotel",
                            "restaurant", "cafe", "café", "bus", "minibus", "train",
                            "convoy"})  # "attacked a convoy near Beni": the people in it, as on a bus


def stands_for_its_people(token: Token) -> bool:
    """"struck a wedding", "attacked a mosque": a place of people with no owner named ("an Israeli bus", "an army
    camp", "a rebel camp" name theirs)."""
    if token.lemma_.lower() not in PEOPLES_PLACES:
        return False
    kb = default_kb()
    return not any(c.dep_ in ("compound", "amod", "nmod", "poss") and (
        c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or kb.sector_of(c.lemma_) in _ARMED_OR_STATE)
        for c in children_of(token))


_ARMED_OR_STATE = frozenset({"GOV", "MIL", "COP", "SPY", "REB", "INS", "UAF", "JUD"})


@kept_per_doc("khabar.arguments.is_place_phrase")  # asked of a verb's phrases by each of its triggers' rules
def is_place_phrase(prep: Token) -> bool:
    """"in Nairobi", "through the streets of Dhaka": a prepositional phrase telling where, by a named place
    (not "into the compound of the U.S. Embassy", the seat of a party)."""
    if prep.dep_ != "prep" or not (prep.lower_ in _PLACE_OR_ROUTE_PREPS or _to_public_space(prep)):
        return False
    if any(t.lemma_.lower() in SEATS for t in prep.subtree):
        return False
    kinds = ("GPE", "LOC", "FAC") if prep.lower_ in _PLACE_PHRASE_PREPS else ("GPE", "LOC", "FAC", "ORG")
    return any(t.ent_type_ in kinds or (t.pos_ == "PROPN" and prep.lower_ in _ROUTE_PREPS)
               for c in children_of(prep) if c.dep_ == "pobj" for t in c.subtree)


# Open ground that crowds take to: "took to the streets of Nairobi" says where, like "in Nairobi".
_PUBLIC_SPACES = frozenset({"street", "streets", "square", "road", "roads", "highway", "highways", "avenue",
                            "avenues", "motorway", "motorways"})


def _to_public_space(prep: Token) -> bool:
    """"to the streets of Nairobi", "onto the main square of Minsk": a phrase of going out in a place."""
    return prep.lower_ in ("to", "onto") and any(c.dep_ == "pobj" and public_space(c) for c in children_of(prep))


def public_space(noun: Token) -> bool:
    """"the streets", "the main square": open ground a crowd fills, no party."""
    return noun.lemma_.lower() in _PUBLIC_SPACES or noun.lower_ in _PUBLIC_SPACES


def is_name_part(token: Token) -> bool:
    """A word inside a longer name or a facility's name ("Ain al-Asad air base"), not a party of its own."""
    if token.ent_type_ in ("FAC", "LOC"):
        return True
    return token.dep_ in ("compound", "amod", "nmod") and token.ent_type_ != "" and token.head.ent_type_ == token.ent_type_


def places_affected(verb: Token, objects: list[Token]) -> list[Token]:
    """"lifted a curfew in Montenegro", "arrived in Amman": with no party named, the place a measure or a
    visit is about stands for its people and government."""
    candidates = prep_objects(verb, _PLACE_PREPS) + [t for o in objects for t in prep_objects(o, _PLACE_PREPS)]
    # "in the town of Cizre": the name behind a place noun
    candidates = [t if t.ent_type_ == "GPE" and t.lemma_.lower() not in _PLACE_NOUNS else _place_named_by(t)
                  for t in candidates]  # "in Kandahar province", tagged a place as a whole: Kandahar
    return [t for t in candidates if (t.ent_type_ == "GPE" or _names_state(t) or gazetteer_place(t))
            and not in_dateline(t)]


def _place_named_by(token: Token) -> Token:
    """The name behind a place noun: "in the town of Cizre", "in Anbar province"; its possessor, "in Ecuador's
    prisons", "in Kenya's north" (else the token itself)."""
    named = prep_objects(token, ("of",))
    if named:
        return named[0]
    name = next((c for c in children_of(token) if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
    if name is not None and token.lemma_.lower() in _PLACE_NOUNS:
        return name
    owner = next((c for c in children_of(token) if c.dep_ == "poss" and c.ent_type_ == "GPE"), None)
    return owner if owner is not None else token


_PLACE_TOKENS_KEY = "khabar.arguments.place_tokens"


def gazetteer_place(token: Token) -> bool:
    """A proper name the geo step found in its gazetteer ("withdrew from the town of Jenin", where the tagger
    gives the name no place type)."""
    doc = token.doc
    if token.pos_ != "PROPN" or not Doc.has_extension("places"):
        return False
    places = doc._.places or ()
    cached = doc.user_data.get(_PLACE_TOKENS_KEY)
    if cached is None or cached[0] is not places:  # once per document, again only if the list is replaced
        cached = (places, frozenset(i for m in places if not m.dateline and m.place.country
                                    for i in range(m.start, m.end)))
        doc.user_data[_PLACE_TOKENS_KEY] = cached
    return token.i in cached[1]


def _names_state(token: Token) -> bool:
    """A state's name the tagger took for something else ("send troops to Mali", Mali as a person)."""
    if token.pos_ != "PROPN":
        return False
    actor = default_kb().resolve(span_text(mention_span(token)))
    return actor is not None and actor.id is not None and actor.id == actor.country


_PLACE_PREPS = ("in", "to", "into", "from", "inside", "across", "throughout")  # "strikes across Ukraine"


def place_state(token: Token) -> str | None:
    """The state of a place name: the knowledge base's for a state or a capital, else the gazetteer's ("a visit
    to Mosul")."""
    known = default_kb().country_of(token.text)
    if known is not None or not Doc.has_extension("places"):
        return known
    return next((m.place.country for m in token.doc._.places or ()
                 if m.start <= token.i < m.end and not m.dateline and m.place.country), None)


def host_state(name: str) -> str | None:
    """The state a capital or a state's own name stands for as a host; None for a town ("talks in Geneva", "in
    Sochi"), as often a neutral venue."""
    kb = default_kb()
    government = kb.government_of_capital(name)
    if government is not None:
        return government.country
    found = kb.resolve(name)
    return found.id if found is not None and found.id is not None and found.id == found.country else None
