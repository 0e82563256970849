"""Ends of journeys: "the president fled to the Maldives", "flew from Doha to Kabul", "left for Moscow".

Where someone travels to, or flies in from, is not where the story happens: a report datelined COLOMBO on protests
that says the president fled to the Maldives is about Sri Lanka. Such a place neither counts toward the article's
focus nor sets the dateline aside. Where people flee from is the scene ("fled from Kharkiv"), so only the journey's
goal counts as an end, and its start only for verbs of travel ("flew from the Maldives to Singapore").
"""
from __future__ import annotations

from spacy.tokens import Token

_GOING = frozenset({"flee", "fled", "escape", "fly", "flew", "travel", "go", "head", "return", "move", "relocate",
                    "depart", "sail", "leave", "emigrate", "defect", "evacuate", "airlift", "deport", "extradite",
                    "exile"})
_TRAVELLING = frozenset({"fly", "flew", "travel", "return", "depart", "sail", "airlift"})  # "flew in from Doha"
_GOAL_PREPS = frozenset({"to", "for", "into"})


def end_of_a_journey(name: Token) -> bool:
    """Whether the place name ``name`` (its root) is where someone went to ("fled to the Maldives", "left for
    Moscow"), or came from on a trip ("returned from Beijing")."""
    return journey_verb(name) is not None


def journey_verb(name: Token) -> Token | None:
    """The verb of the journey the place name ``name`` (its root) ends, if it ends one."""
    prep = name.head
    while name.dep_ == "conj" and name.head.i != name.i:  # "fled to Chad and Egypt"
        name, prep = name.head, name.head.head
    if name.dep_ != "pobj":
        return None
    verb = prep.head
    lemma = verb.lemma_.lower()
    if prep.lower_ in _GOAL_PREPS:
        going = lemma in _GOING or verb.lower_ in _GOING
    else:
        going = prep.lower_ == "from" and (lemma in _TRAVELLING or verb.lower_ in _TRAVELLING)
    return verb if going else None
