"""The store's link index: SQL windows that contain the linking windows, and the slices of time it reads."""
import datetime as dt

import pytest

from khabar.linking.incremental import REACH
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


def test_an_undated_event_without_publication_date_has_no_window_and_is_unplaced(tmp_path):
    event = _event("x", None, precision="unknown")
    with EventStore(tmp_path / "k.duckdb") as store:
        store.write_batch(articles=[Article(id=event.doc_id, text="x")], events=[event], failures=[], coded=True,
                          run_id=None)
        with store.link_index(REACH) as index:
            assert index.window("x") is None
            assert index.unlinked_unplaced() == ["x"] and index.unlinked_slices(28, 14) == []


def _slices(lo, hi):
    """The 28-day slices (with 14 days of margin) a window from day ``lo`` to ``hi`` reaches."""
    return [("ASSAULT", n) for n in range((lo - 14) // 28, (hi + 14) // 28 + 1)]


def test_overlapping_lists_one_category_meeting_a_span(tmp_path):
    events = [
        _event("inside", D(2020, 3, 11)),
        _event("night-before", D(2020, 3, 9), text="late on Monday night"),  # reaches 10 March
        _event("long-before", D(2020, 3, 1)),
        _event("whole-month", D(2020, 3, 1), precision="month"),
        _event("protest", D(2020, 3, 11), event="PROTEST"),
        _event("hedged", D(2020, 3, 11), factuality="hypothetical"),
    ]
    day = (D(2020, 3, 10) - EPOCH).days
    with _store(tmp_path / "k.duckdb", events) as store, store.link_index(REACH) as index:
        assert {w.id for w in index.overlapping("ASSAULT", day, day + 5)} == {"inside", "night-before", "whole-month"}


def test_unlinked_slices_are_those_the_new_windows_reach(tmp_path):
    day = _event("day", D(2020, 3, 11))
    undated = _event("undated", None, precision="unknown")
    with _store(tmp_path / "k.duckdb", [day, undated]) as store:
        store.write_links({"undated": "g-undated"}, [])
        with store.link_index(REACH) as index:
            lo, hi = index.window("day")
            assert index.unlinked() == 1
            assert index.unlinked_slices(28, 14) == _slices(lo, hi)
            assert index.unlinked_unplaced() == []


def test_slices_before_1970_round_down(tmp_path):
    old = _event("old", D(1969, 12, 20))
    with _store(tmp_path / "k.duckdb", [old]) as store, store.link_index(REACH) as index:
        lo, hi = index.window("old")
        assert lo < 0 and index.unlinked_slices(28, 14) == _slices(lo, hi)
