"""Link new events against the store, in bounded slices of time, so memory does not grow with the store.

Time is cut into fixed slices of ``SLICE_DAYS`` days (counted from 1970-01-01, so the cut does not
depend on what is stored). Each event belongs to the slice holding the middle of its window. The
grouping of a slice's events, category by category, is ``link_reports`` over every event whose window
meets the slice widened by ``MARGIN_DAYS`` on each side: the reports they could be the same event as
(windows of a day, a week or an undated lead span a few days) and the long reports around them.

So each event's group is a function of the stored set, never of arrival order: ingesting A then B,
B then A, or both at once ends in the same groups. A run regroups only the slices whose widened span
a new event's window meets, and in them only the events a new one is chained to (``components.py``). Memory is bounded by how many events a category has in about
eight weeks, not by the store. Where a chain of reports of one event runs past the margin, or a
report spans more than the widened slice (a year, a long range), the grouping sees only the part
inside the span; the margin is twice the longest window of a precise report, so that is rare.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..model import stable_id
from ..store import EventStore
from ..store.linkindex import LinkIndex, LinkRow, Reach, Window
from .components import touched_by_new
from .groups import Linking, link_reports
from .reports import RECENT, TIME_OF_DAY_SLACK, WEEK_SLACK, Report, When, make_report, place_key
from .rules import Ancestors, no_ancestors

# The widest window of each precision in ``reports.py``.
REACH = Reach(undated_before=RECENT.days, day_slack=TIME_OF_DAY_SLACK.days, week_slack=WEEK_SLACK.days)
SLICE_DAYS = 28
MARGIN_DAYS = 14
WRITE_EVERY = 50_000  # events whose groups are written to the store in one transaction
ROWS_PER_READ = 20_000  # stored events read from the store in one query
SLICES_PER_QUERY = 8  # neighbouring slices of one category whose windows are listed by one query


@dataclass(frozen=True, slots=True)
class LinkReport:
    new: int  # events linked in this pass
    considered: int  # events regrouped (new ones and the stored ones of the slices they fall in)
    groups: int  # distinct groups among them


@dataclass(frozen=True, slots=True)
class Slice:
    event: str  # the category
    number: int  # days SLICE_DAYS * number to SLICE_DAYS * (number + 1) - 1

    @property
    def span(self) -> tuple[int, int]:
        """The days whose events can touch the slice's own: the slice and the margin on each side."""
        return SLICE_DAYS * self.number - MARGIN_DAYS, SLICE_DAYS * (self.number + 1) - 1 + MARGIN_DAYS


def home_slice(window: Window) -> Slice:
    """The slice holding the middle of the window."""
    return Slice(window.event, (window.lo + window.hi) // 2 // SLICE_DAYS)


def link_new(store: EventStore, *, ancestors: Ancestors = no_ancestors) -> LinkReport:
    """Place every not-yet-linked event of the store in a group."""
    pending = _Pending(store)
    with store.link_index(REACH) as index:
        new = index.unlinked()
        if not new:
            return LinkReport(0, 0, 0)
        touched = [Slice(event, n) for event, n in index.unlinked_slices(SLICE_DAYS, MARGIN_DAYS)]
        # an event that cannot be placed in time stands alone (and is not fetched again by the next run)
        alone = index.unlinked_unplaced()
        for plans in _reading_rounds(_plans(index, touched)):
            _link_round(index, plans, pending, ancestors)
    pending.add(Linking(groups={i: stable_id("group", i) for i in alone}, contained=()))
    pending.flush()
    return LinkReport(new=new, considered=pending.considered, groups=len(pending.group_ids))


def _link_round(index: LinkIndex, plans: list[Plan], pending: _Pending, ancestors: Ancestors) -> None:
    """Group the plans of one reading round. A function of its own so that a round's reports are freed
    before the next round's are read: two rounds alive at once set the peak memory of a long run's linking."""
    reports = _reports(index, plans)
    for plan in plans:
        pending.add(link_plan(plan, reports, ancestors))


class _Pending:
    """Slice groupings waiting to be written, a few tens of thousands of events at a time."""

    def __init__(self, store: EventStore):
        self.store = store
        self.groups: dict[str, str] = {}
        self.contained: list[tuple[str, str]] = []
        self.considered = 0
        self.group_ids: set[str] = set()

    def add(self, linking: Linking) -> None:
        self.groups.update(linking.groups)
        self.contained.extend(linking.contained)
        self.considered += len(linking.groups)
        self.group_ids.update(linking.groups.values())
        if len(self.groups) >= WRITE_EVERY:
            self.flush()

    def flush(self) -> None:
        if self.groups:
            self.store.write_links(self.groups, sorted(set(self.contained)))
        self.groups, self.contained = {}, []


@dataclass(frozen=True, slots=True)
class Plan:
    """What regrouping one slice needs: its own events that new ones can change, and every event those can
    be grouped with (the rest of the slice keeps its stored groups: see ``components.py``)."""

    own: tuple[str, ...]
    touched: frozenset[str]


def _plans(index: LinkIndex, pieces: list[Slice]) -> Iterator[Plan]:
    """The plan of each slice, listing the windows of a few neighbouring slices at once: a query per slice
    cost more than the grouping itself on a corpus spread over years (a few events in each of many slices)."""
    for neighbours in _neighbourhoods(pieces):
        windows = index.overlapping(neighbours[0].event, neighbours[0].span[0], neighbours[-1].span[1])
        for piece in neighbours:
            lo, hi = piece.span
            yield plan_slice(piece, [w for w in windows if w.lo <= hi and w.hi >= lo])


def _neighbourhoods(pieces: list[Slice]) -> Iterator[list[Slice]]:
    """Runs of slices (sorted by category and number) of one category within ``SLICES_PER_QUERY`` slices."""
    run: list[Slice] = []
    for piece in pieces:
        if run and (piece.event != run[0].event or piece.number - run[0].number >= SLICES_PER_QUERY):
            yield run
            run = []
        run.append(piece)
    if run:
        yield run


def plan_slice(piece: Slice, around: list[Window]) -> Plan:
    """The plan of one slice, from the windows (in id order) that meet its span."""
    touched = touched_by_new(around)
    own = tuple(sorted(w.id for w in around if w.id in touched and home_slice(w) == piece))
    return Plan(own, frozenset(touched) if own else frozenset())


def link_plan(plan: Plan, reports: dict[str, Report], ancestors: Ancestors) -> Linking:
    """The groups of the plan's own events, from the reports of every event it touches."""
    if not plan.own:
        return Linking(groups={}, contained=())
    linking = link_reports((reports[i] for i in sorted(plan.touched) if i in reports), ancestors=ancestors)
    groups = {i: linking.groups.get(i, stable_id("group", i)) for i in plan.own}
    mine = set(groups.values())
    return Linking(groups=groups, contained=tuple(p for p in linking.contained if p[0] in mine))


def _reading_rounds(plans: Iterable[Plan]) -> Iterator[list[Plan]]:
    """Consecutive plans whose events are read in one query: each read scans the events table, so one read
    per slice cost a scan per slice (13 ms each at 27,000 stored events, 40% of a run's linking)."""
    round_: list[Plan] = []
    size = 0
    for plan in plans:
        if round_ and size + len(plan.touched) > ROWS_PER_READ:
            yield round_
            round_, size = [], 0
        round_.append(plan)
        size += len(plan.touched)
    if round_:
        yield round_


def _reports(index: LinkIndex, plans: list[Plan]) -> dict[str, Report]:
    ids = sorted(set().union(*(plan.touched for plan in plans)))
    if not ids:
        return {}
    return {row.id: report for row in index.rows(ids) if (report := report_of_row(row))}


def report_of_row(row: LinkRow) -> Report | None:
    """``report_of`` for a stored event, from the store's flat columns."""
    when = When(row.date, row.enddate, row.date_precision, row.text or "", row.lead, row.published)
    return make_report(
        row.id, row.doc_id, row.event, when, count=row.count, lat=row.lat, lon=row.lon,
        geo_precision=row.geo_precision, country=row.country, place=place_key(row.geonameid, row.place_name),
        actors=frozenset(row.actors), recipients=frozenset(row.recipients), source=row.source)
