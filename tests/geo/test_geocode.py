from __future__ import annotations

import pytest

from khabar.errors import InputError
from khabar.geo import geocode

FIELDS = {"id", "start", "end", "text", "name", "geonameid", "lat", "lon", "admin1", "country", "feature"}


def test_gold_spans_are_resolved_exactly():
    text = "Protesters marched from Moscow, Idaho to the state capital."
    rows = list(geocode([{"id": "a", "text": text, "toponyms": [{"start": 24, "end": 30}]}]))
    assert len(rows) == 1
    row = rows[0]
    assert set(row) == FIELDS
    assert (row["id"], row["text"], row["country"], row["admin1"]) == ("a", "Moscow", "USA", "Idaho")


def test_unknown_gold_span_yields_nulls():
    rows = list(geocode([{"id": 1, "text": "Near Qwxzyville.", "toponyms": [{"start": 5, "end": 15}]}]))
    assert rows[0]["text"] == "Qwxzyville" and rows[0]["geonameid"] is None and rows[0]["lat"] is None


@pytest.mark.parametrize("record", [{"id": 1}, {"id": 1, "text": "Baghdad", "toponyms": [{"start": 0, "end": 99}]},
                                    {"id": 1, "text": "Baghdad", "toponyms": [{"begin": 0}]}])
def test_bad_records_raise_input_error(record):
    with pytest.raises(InputError):
        list(geocode([record]))


@pytest.mark.model
def test_without_spans_the_names_are_found():
    rows = list(geocode([{"id": "b", "text": "A roadside bomb hit a convoy near Tikrit, north of Baghdad."}]))
    assert {(r["text"], r["country"]) for r in rows} >= {("Tikrit", "IRQ"), ("Baghdad", "IRQ")}
    assert all(rows[0]["id"] == "b" for _ in rows)
