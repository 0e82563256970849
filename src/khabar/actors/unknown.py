"""Actors the knowledge base lacks, grouped by normalised name for promotion into it.

"al-Kawthar Brigade", "Kawthar Brigade" and "the Kawthar brigade" are one cluster; the cluster keeps
every spelling seen, how often, and the countries and sectors inferred for it.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from ..model import Actor, stable_id
from .normalise import normalise


@dataclass(frozen=True, slots=True)
class UnknownCluster:
    id: str
    key: str  # the normalised name shared by the cluster
    name: str  # the most frequent spelling
    count: int
    spellings: tuple[str, ...]
    countries: tuple[str, ...]
    sectors: tuple[str, ...]


def cluster_id(name: str) -> str:
    """The same id for every spelling that normalises alike."""
    return stable_id("unknown-actor", normalise(name), length=12)


def _most_common(values: Iterable[str | None]) -> tuple[str, ...]:
    return tuple(v for v, _ in Counter(v for v in values if v).most_common())


def cluster_unknown(actors: Iterable[Actor]) -> list[UnknownCluster]:
    """Unresolved actors (no id) grouped by normalised name, most frequent first."""
    groups: dict[str, list[Actor]] = {}
    for actor in actors:
        key = normalise(actor.name)
        if actor.id is None and key:
            groups.setdefault(key, []).append(actor)
    clusters = [UnknownCluster(id=cluster_id(key), key=key, name=_most_common(a.name for a in group)[0],
                               count=len(group), spellings=_most_common(a.name for a in group),
                               countries=_most_common(a.country for a in group),
                               sectors=_most_common(a.sector for a in group))
                for key, group in groups.items()]
    return sorted(clusters, key=lambda c: (-c.count, c.key))
