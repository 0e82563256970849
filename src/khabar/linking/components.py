"""Which events of a slice of time new events can regroup: those joined to them by a chain of possible pairs.

Two reports can be grouped only if their windows overlap and their countries do not conflict (a report
with no country meets every country), so the grouping decomposes over the chains that this looser
relation makes. Within one country, overlapping windows merge into runs of days; a run without a
country joins every run it overlaps. Regrouping only the runs holding a new event gives the same
groups as regrouping the whole slice, at a fraction of the cost when the slice holds many unrelated
events (other countries, other weeks).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from ..store.linkindex import Window


def touched_by_new(windows: Iterable[Window]) -> set[str]:
    """The ids of the windows joined to a new one by a chain of overlapping windows in compatible countries."""
    runs = [run for by_country in _by_country(windows).values() for run in _runs(by_country)]
    roots = list(range(len(runs)))
    placeless = [i for i, run in enumerate(runs) if run.country is None]
    for i in placeless:
        for j, other in enumerate(runs):
            if runs[i].lo <= other.hi and other.lo <= runs[i].hi:
                _union(roots, i, j)
    reached = {_find(roots, i) for i, run in enumerate(runs) if run.new}
    return {w for i, run in enumerate(runs) if _find(roots, i) in reached for w in run.ids}


class _Run:
    """Windows of one country whose overlaps chain them into one span of days."""

    def __init__(self, first: Window):
        self.country, self.lo, self.hi = first.country, first.lo, first.hi
        self.ids, self.new = [first.id], first.new

    def add(self, window: Window) -> None:
        self.hi = max(self.hi, window.hi)
        self.ids.append(window.id)
        self.new = self.new or window.new


def _by_country(windows: Iterable[Window]) -> dict[str | None, list[Window]]:
    out: dict[str | None, list[Window]] = defaultdict(list)
    for w in windows:
        out[w.country].append(w)
    return out


def _runs(windows: list[Window]) -> list[_Run]:
    runs: list[_Run] = []
    for w in sorted(windows, key=lambda w: (w.lo, w.id)):
        if runs and w.lo <= runs[-1].hi:
            runs[-1].add(w)
        else:
            runs.append(_Run(w))
    return runs


def _find(roots: list[int], i: int) -> int:
    while roots[i] != i:
        roots[i] = roots[roots[i]]
        i = roots[i]
    return i


def _union(roots: list[int], a: int, b: int) -> None:
    ra, rb = _find(roots, a), _find(roots, b)
    if ra != rb:
        roots[max(ra, rb)] = min(ra, rb)
