"""The store's link index: SQL windows that contain the linking windows, and neighbours found by them."""
import datetime as dt

import pytest

from khabar.linking.incremental import REACH, reachable
from khabar.linking.reports import report_of
from khabar.model import Article, Event, Place
from khabar.store import EventStore

D = dt.date
EPOCH = D(1970, 1, 1)
PUBLISHED = D(2020, 3, 20)
TAJI = Place(text="Taji", name="Camp Taji", lat=33.53, lon=44.25, country="IRQ", precision=1)
BASRA = Place(text="Basra", name="Basra", lat=30.51, lon=47.78, country="IRQ", precision=1)
IRAQ = Place(text="Iraq", name="Iraq", lat=33.0, lon=44.0, country="IRQ", precision=3)
ALEPPO = Place(text="Aleppo", name="Aleppo", lat=36.20, lon=37.16, country="SYR", precision=1)


def _event(eid, day, *, precision="day", enddate=None, place=TAJI, text="", span=(0, 50), event="ASSAULT",
           factuality="asserted"):
    return Event(id=eid, doc_id=f"doc-{eid}", event=event, date=day, enddate=enddate, date_precision=precision,
                 event_loc=place, text=text, span=span, factuality=factuality)


def _store(path, events):
    store = EventStore(path)
    store.write_batch(articles=[Article(id=e.doc_id, text="x", published=PUBLISHED) for e in events],
                      events=events, failures=[], coded=True, run_id=None)
    return store


WINDOWS = [
    _event("day", D(2020, 3, 11)),
    _event("night", D(2020, 3, 11), text="Rockets hit the base late on Wednesday night."),
    _event("early", D(2020, 3, 12), text="early on Thursday"),
    _event("week", D(2020, 3, 9), precision="week"),
    _event("month", D(2020, 2, 1), precision="month"),
    _event("month-range", D(2020, 2, 1), enddate=D(2020, 2, 10), precision="month"),
    _event("year", D(2019, 1, 1), precision="year"),
    _event("range", D(2020, 3, 5), enddate=D(2020, 3, 6), precision="range"),
    _event("lead", None, precision="unknown", span=(0, 40)),
    _event("later", None, precision="unknown", span=(300, 340)),
    _event("unknown-with-date", D(2020, 1, 1), precision="unknown"),
]


@pytest.mark.parametrize("event", WINDOWS, ids=[e.id for e in WINDOWS])
def test_sql_window_contains_the_linking_window(tmp_path, event):
    with _store(tmp_path / "k.duckdb", [event]) as store, store.link_index(REACH) as index:
        lo, hi = index.window(event.id)
        report = report_of(event, published=PUBLISHED)
        assert lo <= (report.start - EPOCH).days and (report.end - EPOCH).days <= hi


def test_an_undated_event_without_publication_date_has_no_window(tmp_path):
    event = _event("x", None, precision="unknown")
    with EventStore(tmp_path / "k.duckdb") as store:
        store.write_batch(articles=[Article(id=event.doc_id, text="x")], events=[event], failures=[], coded=True,
                          run_id=None)
        with store.link_index(REACH) as index:
            assert index.window("x") is None


def test_neighbours_are_only_events_that_could_link(tmp_path):
    events = [
        _event("new", D(2020, 3, 11)),
        _event("same-day", D(2020, 3, 11), place=IRAQ),  # inside the country-wide report's radius
        _event("next-night", D(2020, 3, 12)),  # a day later: windows of a day ±1 overlap
        _event("week-later", D(2020, 3, 18)),
        _event("other-city", D(2020, 3, 11), place=BASRA),  # 450 km away, both precise
        _event("other-country", D(2020, 3, 11), place=ALEPPO),
        _event("protest", D(2020, 3, 11), event="PROTEST"),
        _event("earlier-this-month", D(2020, 3, 1), precision="month"),
        _event("hedged", D(2020, 3, 11), factuality="hypothetical"),
    ]
    with _store(tmp_path / "k.duckdb", events) as store, store.link_index(REACH) as index:
        assert index.neighbours(["new"]) == {"new", "same-day", "next-night", "earlier-this-month"}


def test_reachable_follows_chains_and_groups(tmp_path):
    # a chain of day-precise reports one day apart: each can meet the next, so all may regroup together
    chain = [_event(f"c{i}", D(2020, 3, 1) + dt.timedelta(days=i)) for i in range(4)]
    apart = _event("apart", D(2020, 3, 20))
    with _store(tmp_path / "k.duckdb", chain + [apart]) as store:
        store.write_links({"apart": "g-apart", "c3": "g-apart"}, [])  # a stored group reaching "apart"
        with store.link_index(REACH) as index:
            assert reachable(index, ["c0"]) == {"c0", "c1", "c2", "c3", "apart"}
            assert reachable(index, ["c0"]) >= index.neighbours(["c0"])
