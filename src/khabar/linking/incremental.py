"""Link new events against the store: block, regroup the affected blocks, write the groups.

Candidates come from blocks (category × time window × country), so a run touches only the part of
the store its new events can belong to. The affected groups are recomputed from the full set of
their members, so the result is the grouping of everything stored: ingesting A then B gives the
same groups as B then A.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from ..model import stable_id
from ..store import EventStore
from .groups import link_reports
from .merge import Supported
from .reports import RECENT, report_of
from .rules import Ancestors, no_ancestors

_MARGIN = RECENT  # the widest reach of a report's window before its date (an undated report: the week before)


@dataclass(frozen=True, slots=True)
class LinkReport:
    new: int  # events linked in this pass
    considered: int  # events regrouped (new ones and their blocks)
    groups: int  # distinct groups among them


def link_new(store: EventStore, *, ancestors: Ancestors = no_ancestors) -> LinkReport:
    """Place every not-yet-linked event of the store in a group."""
    new_ids = store.unlinked_event_ids()
    if not new_ids:
        return LinkReport(0, 0, 0)
    new = store.linkable(ids=new_ids)
    pool = {m.event.id: m for m in new}
    for block in _blocks(new):
        pool.update((m.event.id, m) for m in store.linkable(**block))
    _close_over_groups(store, pool)
    reports = [r for r in (report_of(m.event, source=m.source, published=m.published) for m in pool.values()) if r]
    linking = link_reports(reports, ancestors=ancestors)
    # an event that cannot be placed in time stands alone (and is not fetched again by the next run)
    alone = {event_id: stable_id("group", event_id) for event_id in pool if event_id not in linking.groups}
    store.write_links(linking.groups | alone, linking.contained)
    return LinkReport(new=len(new), considered=len(pool), groups=len(set(linking.groups.values())))


def _blocks(members: list[Supported]) -> list[dict]:
    """One query per category: the time span of its new events, in their countries (and placeless ones)."""
    spans: dict[str, list] = defaultdict(lambda: [dt.date.max, dt.date.min, set()])
    for m in members:
        e = m.event
        when = e.date or m.published
        if when is None:
            continue
        span = spans[e.event]
        span[0] = min(span[0], when)
        span[1] = max(span[1], e.enddate or when)
        country = e.event_loc.country if e.event_loc is not None else None
        span[2] = None if span[2] is None or country is None else span[2] | {country}
    # month precision reaches the month's ends; the margin covers day/week slack
    return [{"event": event, "start": start.replace(day=1) - _MARGIN, "end": end + dt.timedelta(days=31),
             "countries": None if countries is None else sorted(countries)}
            for event, (start, end, countries) in spans.items()]


def _close_over_groups(store: EventStore, pool: dict[str, Supported]) -> None:
    """Bring in every member of a group already touched, so a regrouped group is never left half-old."""
    touched = sorted(set(store.group_of(list(pool)).values()))
    if touched:
        pool.update((m.event.id, m) for m in store.linkable(groups=touched))
