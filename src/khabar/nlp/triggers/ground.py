"""Ground taken: the word classes behind "@town" and "@ground", names that a verb of taking or falling makes a
place of whatever the tagger calls them.

The small model has never seen most towns of a war: it tags "Kunduz" opening a sentence an organisation and
"Bulo Burde" a person, and the place finder reads a town that is a clause's subject as a party. A town that
"fell to the Taliban" is ground all the same when the gazetteer knows a populated place by its very name; and an
unknown name that a sentence describes as ground ("Bulo Burde, a town in central Somalia", "captured Anefis from the
army") is no person seized.
"""
from __future__ import annotations

from spacy.tokens import Token

from ...actors import default_kb
from ...geo import default_gazetteer
from ...geo.names import spelling_key
from ..syntax import children_of, entity_around
from ..text import span_text
from .word_classes import TIME_ENTS, names_a_place

# A town by its own name, big enough that a name read in a war report is it rather than a person's or a firm's
# (the place finder's own threshold for a town a cue makes a place of).
_TOWN_POPULATION = 15_000
# A city whose name the tagger reads as a person's ("took over Jalalabad" as PERSON): big enough to be news by itself.
_PERSON_TAGGED_CITY = 100_000
# Nouns an apposition describes ground by: "Bulo Burde, a town in central Somalia", "Anefis, a desert outpost".
GROUND_NOUNS = frozenset({"town", "city", "village", "settlement", "district", "base", "airbase", "airport", "airfield",
                          "port", "checkpoint", "outpost", "garrison", "stronghold", "hub", "crossing", "capital",
                          "area", "region", "province", "locality", "township", "oasis", "hill", "position"})
_ARMED_SECTORS = frozenset({"MIL", "REB", "INS", "SEP", "UAF"})
# Whom ground is taken from: a force or a state, never the family or the home a person is seized from.
_HOLDERS = frozenset({"army", "military", "troop", "force", "soldier", "government", "regime", "rebel", "militant",
                      "insurgent", "jihadist", "fighter", "militia", "separatist", "junta", "police", "peacekeeper"})


def named_town(token: Token) -> bool:
    """"Kunduz fell to the Taliban", "took over Jalalabad": a named place, or a name of a populated place in the
    place finder's mentions (as a party there) or in the gazetteer by its very name (a city, where the tagger reads a
    person's name)."""
    if names_a_place(token):
        return True
    if token.pos_ != "PROPN" or token.ent_type_ in TIME_ENTS or _name_runs_on(token):
        return False
    if _found_as_place(token):
        return True
    if token.dep_ == "nsubj" and not _lost_to_a_force(token):
        return False  # "Warren fell to Sanders": a contest's loser, whatever the tagger calls either name
    # a name the tagger reads as a person's ("took over Jalalabad", "Wad Madani fell to the RSF") only for a city
    population = _PERSON_TAGGED_CITY if token.ent_type_ == "PERSON" else _TOWN_POPULATION
    return _gazetteer_town(span_text(token.doc[slice(*entity_around(token))]), population=population)


def _lost_to_a_force(token: Token) -> bool:
    """The subject's verb has a "to" phrase naming a force or an armed group the knowledge base knows: towns fall
    to forces ("fell to the Taliban"), candidates and players to rivals."""
    return any(holds_ground(o) for p in children_of(token.head)
               if p.dep_ == "prep" and p.lower_ == "to" for o in children_of(p) if o.dep_ == "pobj")


def _armed(noun: Token) -> bool:
    """An armed group or force the knowledge base knows by the name ("the Taliban", "the Libyan National Army")."""
    actor = default_kb().resolve(span_text(noun.doc[slice(*entity_around(noun))]))
    return actor is not None and actor.sector in _ARMED_SECTORS


def described_ground(token: Token) -> bool:
    """"seized Bulo Burde, a town in central Somalia", "captured Anefis from the Malian army": a name no title
    makes a person's that an apposition calls ground, or that is taken from a force or a state."""
    if token.pos_ != "PROPN" or _name_runs_on(token):
        return False
    if any(c.dep_ == "appos" and c.lemma_.lower() in GROUND_NOUNS for c in children_of(token)):
        return True
    return token.dep_ in ("dobj", "nsubjpass") and any(holds_ground(o) for o in from_objects(token.head))


def _name_runs_on(token: Token) -> bool:
    """"Colonel Djibo": a name word from outside the model's entity hangs on the token, which names a person."""
    start, end = entity_around(token)
    return any(c.dep_ in ("compound", "flat") and not start <= c.i < end for c in children_of(token))


def _found_as_place(token: Token) -> bool:
    """The place finder holds the name as a populated place, even where it took it for a party (a subject)."""
    return any(m.start <= token.i < m.end and not m.qualifier and (m.place.feature or "").startswith("PPL")
               for m in token.doc._.places or ())


def _gazetteer_town(name: str, *, population: int) -> bool:
    key = spelling_key(name)
    return any(e.feature.startswith("PPL") and e.population >= population and spelling_key(e.name) == key
               for e in default_gazetteer().lookup(name))


def from_objects(word: Token) -> list[Token]:
    """The objects of the word's own "from" phrases."""
    return [o for p in children_of(word) if p.dep_ == "prep" and p.lower_ == "from"
            for o in children_of(p) if o.dep_ == "pobj"]


def holds_ground(noun: Token) -> bool:
    """"from the Malian army", "from government forces", "from Russia": a force, an armed group or a state holding
    ground (not a town: "seized weapons from Kherson")."""
    if noun.lemma_.lower() in _HOLDERS or _armed(noun):
        return True
    return noun.ent_type_ == "GPE" and default_gazetteer().country_named(noun.text) is not None
