"""Mentions of a land's occupiers, read for ``MentionResolver``: "the occupation forces", "occupying troops" and
"settlers" whose words state no nationality are the people of the state that holds the land they are in (the table
``actors/data/occupations.csv``), never the land's own: "Hezbollah attacked the occupation forces in southern
Lebanon" in 1998 tells of Israeli troops, "settlers attacked farmers near Nablus" of Israeli settlers.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..syntax import children_of

_OCCUPATION_WORDS = frozenset({"occupation", "occupying", "occupy"})
# People whom an occupier settles in the land it holds.
_SETTLERS = frozenset({"settler"})


def names_occupiers(head: Token) -> bool:
    """Whether a mention names a land's occupiers or their settlers."""
    return settlers(head) or any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in _OCCUPATION_WORDS
                                 for c in children_of(head))


def settlers(head: Token) -> bool:
    """Whether a mention names settlers: the occupier's people in a held land, else the land's own ("settlers in
    the Amazon"), unlike occupation forces, which are never the land's."""
    return head.lemma_.lower() in _SETTLERS
