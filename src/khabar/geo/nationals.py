"""Place nouns a nationality word places: "a Syrian town", "Afghan villages", "a Malian army base".

The text names no place, but the nationality word says which country the town, the villages or the base lie in:
the event happened there, at country precision, when nothing finer is said ("attacked a Syrian town near Daraa" is
near Daraa). Not a border ("near the Malian border" may be on either side of it), and not a base or a camp by a
nationality alone ("an American base" may be abroad): a base is placed only when it is a national force's own
("a Malian army base", "a Nigerian military camp"), which stands on its own soil.
"""
from __future__ import annotations

from collections.abc import Iterator

import numpy
from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from .gazetteer import Gazetteer
from .mentions import PlaceMention, place_of

# Settlements and divisions: whatever their nationality word says, they lie in that country
_SETTLEMENTS = frozenset({"town", "towns", "village", "villages", "city", "cities", "hamlet", "hamlets", "province",
                          "provinces", "region", "regions", "district", "districts", "port", "ports", "governorate",
                          "countryside", "territory", "locality", "localities", "settlement", "settlements"})
# A force's ground: placed only by the nationality of the force it belongs to ("a Malian army base")
_FORCES_GROUND = frozenset({"base", "bases", "camp", "camps", "outpost", "outposts", "post", "posts", "barracks",
                            "garrison", "garrisons", "checkpoint", "checkpoints", "position", "positions"})
_FORCES = frozenset({"army", "military", "police", "gendarmerie", "navy", "air", "security", "border"})
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


def nationality_places(doc: Doc, gazetteer: Gazetteer, *, taken: frozenset[int] = frozenset(),
                       home: str | None = None) -> list[PlaceMention]:
    """The mentions, each on its place noun, of the place nouns of ``doc`` a nationality word places (not the nouns
    in ``taken``, which name a place already: "the Syrian town of Qusayr"). ``home``: the dateline's country, whose
    desk city may hold a force's ground ("BELEDWEYNE - ... fired mortars at a Somali army base"): such ground in it is
    left to the dateline. Not a town: "a Somali town" under a Mogadishu dateline is not the desk's city."""
    found = []
    for noun in _place_nouns(doc):
        if noun.i in taken or noun.pos_ != "NOUN" or _named_after(noun):
            continue
        country = _nationality(noun, gazetteer)
        if country is not None and country == home and noun.lower_ not in _SETTLEMENTS:
            continue
        entry = gazetteer.country(country) if country else None
        if entry is not None:
            text = doc[noun.left_edge.i:noun.i + 1].text
            found.append(PlaceMention(noun.i, noun.i + 1, text, place_of(entry, text=text), nationality=True))
    return found


def _place_nouns(doc: Doc) -> Iterator[Token]:
    """The words whose lower-case form is a place noun, found in the doc's LOWER column (few words are one)."""
    lower = doc.to_array(LOWER)
    wanted = numpy.array([get_string_id(w) for w in sorted(_SETTLEMENTS | _FORCES_GROUND)], dtype=numpy.uint64)
    for i in numpy.flatnonzero(numpy.isin(lower, wanted)).tolist():
        yield doc[i]


def _named_after(noun: Token) -> bool:
    """"the Syrian town of Qusayr", "the Yemeni city, Taiz": the name follows, and it is the place."""
    return any(c.dep_ == "appos" or (c.dep_ == "prep" and c.lower_ == "of") for c in noun.children)


def _nationality(noun: Token, gazetteer: Gazetteer) -> str | None:
    """The country of the nationality word modifying ``noun``: directly for a settlement, through a force's word for a
    force's ground ("a Malian army base", "a Burkinabe army outpost")."""
    modifiers = [c for c in noun.children if c.dep_ in _MODIFIER_DEPS and c.i < noun.i]
    forces = [m for m in modifiers if m.lower_ in _FORCES]
    if noun.lower_ in _SETTLEMENTS:
        words = modifiers
    elif forces:
        words = modifiers + [w for m in forces for w in m.children if w.dep_ in _MODIFIER_DEPS]
    else:
        return None
    return next((code for w in words if (code := _demonym(w, gazetteer))), None)


def _demonym(word: Token, gazetteer: Gazetteer) -> str | None:
    """The country of a nationality word ("South Sudanese": the word with its own modifiers), not of a country's name
    ("U.S. villages" name the owner state, as the recogniser reads them)."""
    if word.pos_ not in ("ADJ", "PROPN", "NOUN"):
        return None
    text = word.doc[word.left_edge.i:word.i + 1].text
    return gazetteer.demonym(text) or (gazetteer.demonym(word.text) if word.left_edge.i < word.i else None)
