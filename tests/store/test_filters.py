"""EventFilter -> parameterised SQL: each filter narrows to the right events, values never enter the SQL."""
from __future__ import annotations

import datetime as dt

import pytest

from khabar.errors import ConfigError
from khabar.store import EventFilter
from khabar.store.filters import order_by, where

# Event keys in the corpus fixture: the order of conftest's events.
BASRA_ASSAULT, BASRA_PROTEST, ERBIL_DRONE, THREAT = range(4)


@pytest.mark.parametrize(("filters", "expected"), [
    (EventFilter(), {BASRA_ASSAULT, BASRA_PROTEST, ERBIL_DRONE}),
    (EventFilter(factuality=()), {BASRA_ASSAULT, BASRA_PROTEST, ERBIL_DRONE, THREAT}),
    (EventFilter(factuality=("hypothetical",)), {THREAT}),
    (EventFilter(event=("PROTEST",)), {BASRA_PROTEST}),
    (EventFilter(event=("PROTEST", "ASSAULT")), {BASRA_ASSAULT, BASRA_PROTEST, ERBIL_DRONE}),
    (EventFilter(actor="iraqi police"), {BASRA_ASSAULT}),  # by name, any case
    (EventFilter(actor="IRNMIL", factuality=()), {ERBIL_DRONE, THREAT}),  # by id
    (EventFilter(actor="revolutionary guards"), {ERBIL_DRONE}),  # by mention text
    (EventFilter(actor="American"), {ERBIL_DRONE}),  # actor matches either side
    (EventFilter(actor="protesters"), {BASRA_ASSAULT, BASRA_PROTEST}),
    (EventFilter(initiator="American"), set()),  # initiator: the acting side only
    (EventFilter(initiator="protesters"), {BASRA_PROTEST}),
    (EventFilter(recipient="american"), {ERBIL_DRONE}),
    (EventFilter(recipient="protest"), {BASRA_ASSAULT}),
    (EventFilter(country="USA"), {ERBIL_DRONE}),  # an actor's country
    (EventFilter(country="irq"), {BASRA_ASSAULT, BASRA_PROTEST, ERBIL_DRONE}),  # the place's country
    (EventFilter(since=dt.date(2024, 3, 5)), {BASRA_ASSAULT, BASRA_PROTEST}),  # the month-long protest overlaps
    (EventFilter(until=dt.date(2024, 3, 5)), {BASRA_PROTEST, ERBIL_DRONE}),
    (EventFilter(since=dt.date(2024, 1, 1), until=dt.date(2024, 1, 31)), {ERBIL_DRONE}),
    (EventFilter(text="tear gas"), {BASRA_ASSAULT}),
    (EventFilter(text="BASRA governor"), {BASRA_PROTEST}),
    (EventFilter(text="basra drone"), set()),  # every word must occur
    (EventFilter(doc_id="doc-erbil"), {ERBIL_DRONE}),
    (EventFilter(acled_event_type="Protests"), {BASRA_PROTEST}),
    (EventFilter(min_confidence=0.8), {BASRA_ASSAULT, ERBIL_DRONE}),
    (EventFilter(min_confidence=0.8, country="USA", event=("ASSAULT",)), {ERBIL_DRONE}),
], ids=lambda value: repr(value) if isinstance(value, EventFilter) else None)
def test_each_filter_narrows_to_the_right_events(store, corpus, filters, expected):
    _, events = corpus
    assert {e.id for e in store.events(filters)} == {events[i].id for i in expected}
    assert store.count_events(filters) == len(expected)


def test_link_filter(store, corpus):
    _, events = corpus
    store.write_batch(articles=[], events=[events[2].with_changes(link="cluster-7")], failures=[], coded=False,
                      run_id=None)
    assert [e.id for e in store.events(EventFilter(link="cluster-7"))] == [events[2].id]


@pytest.mark.parametrize("hostile", ["x' OR '1'='1", "'); DROP TABLE events; --", "%%", "_x_"])
def test_values_travel_as_parameters(store, hostile):
    filters = EventFilter(actor=hostile, initiator=hostile, recipient=hostile, text=hostile, doc_id=hostile, country=hostile, event=(hostile,))
    sql, params = where(filters)
    assert hostile not in sql and hostile.lower() in [str(p).lower() for p in params]
    assert store.events(filters) == []
    assert store.count_events(EventFilter(factuality=())) == 4  # nothing was dropped


def test_no_filter_is_true_and_defaults_hide_rejected():
    assert where(EventFilter(factuality=(), include_rejected=True)) == ("TRUE", [])
    sql, params = where(EventFilter())
    assert "review_action" in sql and params == ["asserted"]


def test_order_by_is_whitelisted(store, corpus):
    _, events = corpus
    by_date = store.events(EventFilter(factuality=()), order_by="date")
    assert [e.date for e in by_date] == [dt.date(2024, 1, 18), dt.date(2024, 3, 1), dt.date(2024, 3, 7), None]
    by_confidence = store.events(order_by="confidence", descending=True)
    assert [e.confidence for e in by_confidence] == [0.9, 0.8, 0.7]
    assert [e.id for e in store.events(order_by="id", limit=2, offset=1)] == sorted(
        e.id for e in events if e.factuality == "asserted")[1:3]
    with pytest.raises(ConfigError, match="cannot order by"):
        order_by("date; DROP TABLE events", descending=False)
