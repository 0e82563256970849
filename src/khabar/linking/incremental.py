"""Link new events against the store: find what they can touch, regroup exactly that, write the groups.

The grouping decomposes over the components of the "could be compatible" graph: two reports that
are not connected by a chain of compatible pairs never influence each other's group (``groups.py``
only ever joins or counts compatible pairs). So a run starts from the new events and follows the
store's ``LinkIndex.neighbours`` (same category, overlapping windows, no conflicting country, within
the place radius; a superset of compatible pairs), plus the members of every group touched, until
nothing new turns up. Regrouping that closed set gives exactly the grouping of everything stored:
ingesting A then B gives the same groups as B then A, or both at once. The set is small when the
new events are: each new event brings the few stored reports it could be, not whole months.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..model import stable_id
from ..store import EventStore
from ..store.linkindex import LinkIndex, LinkRow, Reach
from .groups import link_reports
from .reports import RECENT, TIME_OF_DAY_SLACK, WEEK_SLACK, Report, When, make_report, party_keys, place_key
from .rules import DEFAULT_RADIUS_KM, RADIUS_KM, Ancestors, no_ancestors

# The widest window of each precision in ``reports.py`` and the place radii of ``rules.py``.
REACH = Reach(undated_before=RECENT.days, day_slack=TIME_OF_DAY_SLACK.days, week_slack=WEEK_SLACK.days,
              short_days=10, radius_km=tuple(sorted(RADIUS_KM.items())), default_radius_km=DEFAULT_RADIUS_KM)


@dataclass(frozen=True, slots=True)
class LinkReport:
    new: int  # events linked in this pass
    considered: int  # events regrouped (new ones and the stored ones they could join)
    groups: int  # distinct groups among them


def link_new(store: EventStore, *, ancestors: Ancestors = no_ancestors) -> LinkReport:
    """Place every not-yet-linked event of the store in a group."""
    new_ids = store.unlinked_event_ids()
    if not new_ids:
        return LinkReport(0, 0, 0)
    with store.link_index(REACH) as index:
        pool = index.rows(sorted(reachable(index, new_ids)))
    linking = link_reports((r for r in map(report_of_row, pool) if r), ancestors=ancestors)
    # an event that cannot be placed in time stands alone (and is not fetched again by the next run)
    alone = {row.id: stable_id("group", row.id) for row in pool if row.id not in linking.groups}
    store.write_links(linking.groups | alone, linking.contained)
    return LinkReport(new=len(new_ids), considered=len(pool), groups=len(set(linking.groups.values())))


def report_of_row(row: LinkRow) -> Report | None:
    """``report_of`` for a stored event, from the store's flat columns."""
    when = When(row.date, row.enddate, row.date_precision, row.text or "", row.lead, row.published)
    return make_report(
        row.id, row.doc_id, row.event, when, count=row.count, lat=row.lat, lon=row.lon,
        geo_precision=row.geo_precision, country=row.country, place=place_key(row.geonameid, row.place_name),
        actors=_keys(row.actors), recipients=_keys(row.recipients), source=row.source)


def _keys(parties: list) -> frozenset[str]:
    return frozenset(k for p in parties for k in party_keys(p["id"], p["country"]))


def reachable(index: LinkIndex, start: Iterable[str]) -> set[str]:
    """``start`` and every event connected to it by a chain of possible links or shared groups."""
    seen = set(start)
    frontier = sorted(seen)
    while frontier:
        frontier = sorted(index.neighbours(frontier) - seen)
        seen.update(frontier)
    return seen
