"""Actor hierarchy from the knowledge base, for linking: "Kataib Hezbollah" is part of the PMF."""
from __future__ import annotations

from functools import lru_cache

from ..actors import ActorKB
from .rules import Ancestors


def kb_ancestors(kb: ActorKB) -> Ancestors:
    """The ids an actor id belongs to (part_of, member_of, ... transitively); unknown keys have none."""
    @lru_cache(maxsize=65536)
    def ancestors(key: str) -> frozenset[str]:
        return kb.ancestors(key) if kb.get(key) is not None else frozenset()
    return ancestors
