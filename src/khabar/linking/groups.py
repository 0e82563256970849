"""Group reports of the same event, deterministically and independently of arrival order.

The grouping is a function of the *set* of reports: pairs are compared in a sorted sweep over
time, precise reports are joined first, and a vague report ("earlier this month") joins a group
only when exactly one group fits it, so it can never bridge two different events. A group's id is
derived from its smallest member id.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..model import stable_id
from .reports import Report
from .rules import Ancestors, no_ancestors, part_of_aggregate, same_event

PRECISE = frozenset({"day", "week"})


@dataclass(frozen=True, slots=True)
class Linking:
    groups: dict[str, str]  # event id -> group id
    contained: tuple[tuple[str, str], ...]  # (group id of a specific report, group id of the aggregate holding it)


class _UnionFind:
    def __init__(self, ids: Iterable[str]):
        self.parent = {i: i for i in ids}

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _sweep(reports: list[Report]) -> Iterator[tuple[Report, Report]]:
    """Pairs whose windows overlap, from one pass over the reports sorted by start date."""
    active: list[Report] = []
    for r in sorted(reports, key=lambda r: (r.start, r.id)):
        active = [a for a in active if a.end >= r.start]
        for a in active:
            yield a, r
        active.append(r)


def candidate_pairs(reports: list[Report]) -> Iterator[tuple[Report, Report]]:
    """Pairs of one category, in one country (a report with no country meets every country), overlapping in time."""
    blocks: dict[str, dict[str | None, list[Report]]] = defaultdict(lambda: defaultdict(list))
    for r in reports:
        blocks[r.event][r.country].append(r)
    for by_country in blocks.values():
        placeless = by_country.get(None, [])
        yield from _sweep(placeless)
        for country, located in by_country.items():
            if country is None:
                continue
            yield from (pair for pair in _sweep(located + placeless) if pair[0].country or pair[1].country)


def _join(uf: _UnionFind, reports: list[Report], ancestors: Ancestors) -> None:
    for a, b in candidate_pairs(reports):
        if same_event(a, b, ancestors):
            uf.union(a.id, b.id)


def _attach_vague(uf: _UnionFind, vague: list[Report], precise: list[Report], ancestors: Ancestors) -> list[Report]:
    """Join each vague report to the one precise group it fits; return those that fit none or several."""
    vague_ids = {r.id for r in vague}
    fits_of: dict[str, set[str]] = defaultdict(set)
    for a, b in candidate_pairs(vague + precise):
        v, p = (a, b) if a.id in vague_ids else (b, a)
        if (v.id in vague_ids) != (p.id in vague_ids) and same_event(v, p, ancestors):
            fits_of[v.id].add(uf.find(p.id))
    left = []
    for report in vague:
        fits = fits_of.get(report.id, set())
        if len(fits) == 1:
            uf.union(report.id, fits.pop())
        elif not fits:
            left.append(report)
    return left


def link_reports(reports: Iterable[Report], *, ancestors: Ancestors = no_ancestors) -> Linking:
    ordered = sorted(reports, key=lambda r: r.id)
    uf = _UnionFind(r.id for r in ordered)
    specific = [r for r in ordered if not r.aggregate]
    precise = [r for r in specific if r.precision in PRECISE]
    _join(uf, precise, ancestors)
    unplaced = _attach_vague(uf, [r for r in specific if r.precision not in PRECISE], precise, ancestors)
    _join(uf, unplaced, ancestors)
    _join(uf, [r for r in ordered if r.aggregate], ancestors)
    groups = _group_ids(uf, ordered)
    return Linking(groups=groups, contained=_containment(ordered, groups, ancestors))


def _group_ids(uf: _UnionFind, ordered: list[Report]) -> dict[str, str]:
    roots = {r.id: uf.find(r.id) for r in ordered}
    return {event_id: stable_id("group", root) for event_id, root in roots.items()}


def _containment(ordered: list[Report], groups: dict[str, str], ancestors: Ancestors) -> tuple[tuple[str, str], ...]:
    pairs = set()
    for a, b in candidate_pairs(ordered):
        for specific, aggregate in ((a, b), (b, a)):
            if part_of_aggregate(specific, aggregate, ancestors):
                pairs.add((groups[specific.id], groups[aggregate.id]))
    return tuple(sorted(pairs))
