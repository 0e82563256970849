"""Group reports of the same event, deterministically and independently of arrival order.

The grouping is a function of the *set* of reports: pairs are compared in a sorted sweep over
time; reports dated to the day or week that share evidence are joined first; then a report still
alone (a vague one, "earlier this month", or one without evidence in common with anybody) joins a
group only when it fits exactly that one group, so it can never bridge two different events. A
group's id is derived from its smallest member id.
"""
from __future__ import annotations

from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..model import stable_id
from .reports import Report
from .rules import (Ancestors, agree_beyond_place, compatible, no_ancestors, part_of_aggregate, places_agree,
                    shared_evidence)

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


Site = tuple  # (country, lat, lon, geo precision): all that ``rules.places_agree`` reads of a report
MAX_VERDICTS = 200_000  # verdicts on pairs of sites a sweep remembers (about 20 MB)


def _sweep(reports: list[Report], *, placeless_pairs: bool = True) -> Iterator[tuple[Report, Report]]:
    """Pairs whose windows overlap and whose places agree, from one pass over the reports sorted by start date
    (without pairs of two reports with no country unless ``placeless_pairs``).

    The reports still open wait in buckets by site, so whether two places agree is asked once per pair of
    sites, not once per pair of reports: in a dense slice most pairs are of different towns of one country,
    which never meet (two thirds of the compared pairs of 2,000 generated articles). Many reports start on
    one day, so the buckets are cleared of closed reports once a day, not once a report."""
    buckets: dict[int, list[Report]] = {}
    sites: dict[Site, int] = {}
    verdicts: dict[int, dict[int, bool]] = {}
    remembered = 0
    day = None
    for r in sorted(reports, key=lambda r: (r.start, r.id)):
        if r.start != day:
            day = r.start
            buckets = _still_open(buckets, day)
        here = sites.setdefault((r.country, r.lat, r.lon, r.geo_precision), len(sites))
        known = verdicts.setdefault(here, {})
        for there, members in buckets.items():
            meets = known.get(there)
            if meets is None:
                if remembered >= MAX_VERDICTS:  # with a site per report nothing repeats: bound the memory
                    verdicts, remembered = {}, 0
                    known = verdicts.setdefault(here, {})
                meets = known[there] = bool((placeless_pairs or r.country or members[0].country)
                                            and places_agree(members[0], r))
                remembered += 1
            if meets:
                for a in members:
                    yield a, r
        if r.end >= r.start:  # a window ending before it starts meets no later report
            buckets.setdefault(here, []).append(r)


def _still_open(buckets: dict[int, list[Report]], day) -> dict[int, list[Report]]:
    """The buckets' reports whose windows reach ``day``."""
    return {site: kept for site, members in buckets.items() if (kept := [a for a in members if a.end >= day])}


def candidate_pairs(reports: list[Report]) -> Iterator[tuple[Report, Report]]:
    """Pairs of one category, overlapping in time, whose places agree (a report with no country meets every
    country): every pair that ``compatible`` or ``part_of_aggregate`` can accept."""
    blocks: dict[str, dict[str | None, list[Report]]] = defaultdict(lambda: defaultdict(list))
    for r in reports:
        blocks[r.event][r.country].append(r)
    for by_country in blocks.values():
        placeless = by_country.get(None, [])
        yield from _sweep(placeless)
        for country, located in by_country.items():
            if country is not None:
                yield from _sweep(located + placeless, placeless_pairs=False)


def _join(uf: _UnionFind, reports: list[Report], ancestors: Ancestors) -> None:
    for a, b in candidate_pairs(reports):
        if agree_beyond_place(a, b, ancestors) and shared_evidence(a, b, ancestors):  # = same_event
            uf.union(a.id, b.id)


class _Neighbours:
    """The reports each lone report is compatible with, and whether they share evidence.

    A dense slice (one category, one country, a few weeks of a big corpus) holds millions of compatible
    pairs; kept as tuples and sets of ids they cost ~150 bytes each and set a long run's peak memory. Here
    each lone report keeps one array of its neighbours' positions (+1, negated when they share no evidence):
    4 bytes a pair. Compatibility does not change from round to round and no report becomes lone again, so
    the first round's neighbours serve every later one."""

    def __init__(self, reports: list[Report], lone: set[str], ancestors: Ancestors):
        self.reports = reports
        self.ancestors = ancestors
        self.codes: dict[str, array] = {}
        self.by_id = {r.id: r for r in reports}
        position = {r.id: i for i, r in enumerate(reports)}
        for a, b in candidate_pairs(reports):
            # the membership test is far cheaper than the comparison
            if (a.id in lone or b.id in lone) and agree_beyond_place(a, b, ancestors):  # = compatible
                sign = 1 if shared_evidence(a, b, ancestors) else -1
                self._add(a, position[b.id] + 1, sign, lone)
                self._add(b, position[a.id] + 1, sign, lone)

    def _add(self, report: Report, code: int, sign: int, lone: set[str]) -> None:
        if report.id in lone:
            self.codes.setdefault(report.id, array("i")).append(sign * code)

    def agree(self, a: str, b: str) -> bool:
        """Two lone reports are compatible (every compatible pair with a lone report in it is a candidate pair)."""
        return compatible(self.by_id[a], self.by_id[b], self.ancestors)

    def fits(self, uf: _UnionFind, report_id: str) -> tuple[Counter[str], set[str]]:
        """How many members of each group the report is compatible with, and the groups where it shares
        evidence with some member."""
        members: Counter[str] = Counter()
        evidence: set[str] = set()
        for code in self.codes.get(report_id, ()):
            root = uf.find(self.reports[abs(code) - 1].id)
            members[root] += 1
            if code > 0:
                evidence.add(root)
        return members, evidence


def _choice(members: Counter[str], evidence: set[str], *, report_id: str, size: Counter[str], lone: set[str],
            precise: set[str]) -> str | None:
    """The one group the report fits: compatible with every member, and the only such group sharing
    evidence with it; failing evidence, the only group it fits at all, if that group is already
    corroborated or both reports are dated precisely (two lone reports never join on compatibility
    alone when one of them could be from another day)."""
    fits = sorted(root for root, n in members.items() if n == size[root])
    proven = [root for root in fits if root in evidence]
    if len(proven) == 1:
        return proven[0]
    if proven:
        return None
    if report_id in precise:  # a vague lone report is no rival: it joins later, if it fits the result
        fits = [root for root in fits if root not in lone or root in precise]
    if len(fits) == 1 and (fits[0] not in lone or {report_id, fits[0]} <= precise):
        return fits[0]
    return None


def _lone(uf: _UnionFind, reports: list[Report]) -> tuple[Counter[str], set[str]]:
    size = Counter(uf.find(r.id) for r in reports)
    return size, {uf.find(r.id) for r in reports if size[uf.find(r.id)] == 1}


def _attach_round(uf: _UnionFind, reports: list[Report], neighbours: _Neighbours) -> bool:
    size, lone = _lone(uf, reports)
    precise = {r.id for r in reports if _is_precise(r)}
    choice = {r: _choice(*neighbours.fits(uf, r), report_id=r, size=size, lone=lone, precise=precise)
              for r in sorted(lone)}
    joining: dict[str, list[str]] = defaultdict(list)
    for report_id, root in choice.items():
        if root is not None and (root not in lone or choice.get(root) == report_id):
            joining[root].append(report_id)
    changed = False
    for root, ids in sorted(joining.items()):
        for report_id in ids:
            # reports joining one group in a round must all agree with each other (all are lone here)
            if all(neighbours.agree(report_id, other) for other in ids if other != report_id):
                changed |= uf.find(report_id) != uf.find(root)
                uf.union(report_id, root)
    return changed


def _attach_lone(uf: _UnionFind, reports: list[Report], ancestors: Ancestors) -> None:
    """Join each report still alone to the one group it fits, member by member, round after round
    (a report joined in one round can make a group another report fits in the next).

    This is how a report without evidence of its own joins ("an attack in Iraq on Friday", "the
    release on Monday"). A lone target must choose the report back, and reports joining one group
    in a round must agree with each other, so a vague report can never bridge two events. Each round
    is a function of the grouping before it, so the result does not depend on arrival order.
    """
    neighbours = _Neighbours(reports, _lone(uf, reports)[1], ancestors)
    while _attach_round(uf, reports, neighbours):
        pass


def _is_precise(report: Report) -> bool:
    """Dated to the day or week, or to a short range ("overnight from Thursday to Friday")."""
    return report.precision in PRECISE or (report.precision == "range" and (report.end - report.start).days <= 2)


def link_reports(reports: Iterable[Report], *, ancestors: Ancestors = no_ancestors) -> Linking:
    ordered = sorted(reports, key=lambda r: r.id)
    uf = _UnionFind(r.id for r in ordered)
    specific = [r for r in ordered if not r.aggregate]
    _join(uf, [r for r in specific if _is_precise(r)], ancestors)
    _attach_lone(uf, specific, ancestors)
    _join(uf, [r for r in ordered if r.aggregate], ancestors)
    groups = _group_ids(uf, ordered)
    return Linking(groups=groups, contained=_containment(ordered, groups, ancestors))


def _group_ids(uf: _UnionFind, ordered: list[Report]) -> dict[str, str]:
    roots = {r.id: uf.find(r.id) for r in ordered}
    return {event_id: stable_id("group", root) for event_id, root in roots.items()}


def _containment(ordered: list[Report], groups: dict[str, str], ancestors: Ancestors) -> tuple[tuple[str, str], ...]:
    pairs = set()
    for a, b in candidate_pairs(ordered):
        if a.aggregate == b.aggregate:
            continue
        for specific, aggregate in ((a, b), (b, a)):
            if part_of_aggregate(specific, aggregate, ancestors):
                pairs.add((groups[specific.id], groups[aggregate.id]))
    return tuple(sorted(pairs))
