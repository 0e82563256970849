"""The event row: ``event_table`` (the write path's batch builder) gives exactly ``event_row``'s values."""
import datetime as dt

import pytest

from khabar.model import Actor, Event, Mention, Place, Size
from khabar.store.columns import arrow_rows, event_row, event_table

KH = Actor(text="Kataib Hezbollah", name="Kataib Hezbollah", id="KH", country="IRQ", sector="REB",
           aliases=("KH",), span=(0, 16))
CROWD = Actor(text="the crowd", name="protesters")  # no id, no country, no span
TAJI = Place(text="Taji", name="Camp Taji", geonameid=98182, lat=33.53, lon=44.25, admin1="Baghdad", country="IRQ",
             precision=1, feature="military base", span=(30, 34))
NOWHERE = Place(text="the north", name="the north")  # no coordinates


def _event(eid, **fields):
    return Event(id=eid, doc_id="doc-1", event=fields.pop("event", "ASSAULT"), **fields)


EVENTS = [
    _event("e1", date=dt.date(2020, 3, 11), date_precision="day", actor=(KH,), recipient=(CROWD,), event_loc=TAJI,
           size=Size(dead=2, injured=5), context=("military",), text="Rockets hit Camp Taji late on Wednesday.",
           span=(0, 40), trigger="hit", trigger_span=(8, 11), confidence=0.9, mode="artillery", cameo="190"),
    _event("e2", date=dt.date(2020, 3, 1), enddate=dt.date(2020, 3, 31), date_precision="month", actor=(CROWD, KH),
           size=Size(count=35), context=("military", "political"), event="PROTEST", factuality="reported",
           acled_event_type="Protests", acled_sub_event_type="Peaceful protest"),
    _event("e3", event_loc=NOWHERE, size=Size(dead=2, injured=5), span=(41, 90), link="g1"),  # undated
    _event("e4", size=Size(dead=True), trigger_span=(3.0, 4.0)),  # odd types go through the plain encoder
    _event("e5", text="Une attaque à Mossoul, 12 morts — selon la police.", span=(0, 51), confidence=0.25),
    _event("e6", text="Rockets hit Camp Taji.", span=(0, 22), trigger="hit", trigger_span=(8, 11),
           mentions=(Mention(text="Two soldiers died — the toll rose later.", span=(23, 63), trigger="died",
                             trigger_span=(35, 39)), Mention(text="It was the third attack.", span=(64, 88)))),
]


@pytest.mark.parametrize("events", [EVENTS, EVENTS[:1], EVENTS[::-1], EVENTS + EVENTS])
def test_event_table_gives_the_values_of_event_row(events):
    expected = arrow_rows([event_row(e) for e in events])
    got = event_table(events)
    assert got.schema == expected.schema
    assert got.to_pylist() == expected.to_pylist()


def test_a_true_count_is_not_taken_for_one():
    one, true = _event("a", size=Size(dead=1)), _event("b", size=Size(dead=True))
    sizes = event_table([one, true]).column("size").to_pylist()
    assert sizes == [event_row(one)["size"], event_row(true)["size"]]
    assert sizes[0] != sizes[1]


def test_an_empty_batch_is_an_empty_table():
    assert event_table([]).num_rows == 0


def test_the_mentions_column_is_json_read_back_as_mentions():
    from khabar.store.columns import event_from_row
    row = event_row(EVENTS[-1])
    assert row["mentions"].startswith('[{"text": "Two soldiers died') and event_row(EVENTS[0])["mentions"] == "[]"
    assert event_from_row(row).mentions == EVENTS[-1].mentions
