"""Exports: PLOVER JSONL, flat CSV, ACLED-style CSV, GeoJSON, Parquet and the review trail."""
from __future__ import annotations

import csv
import io
import json

import duckdb
import pytest

from khabar.errors import ConfigError
from khabar.model import Event, Mention
from khabar.store import EventFilter, EventStore
from khabar.store.exports import export
from khabar.store.flat import FLAT_COLUMNS

ACLED = ["event_id_cnty", "event_date", "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1",
         "actor2", "assoc_actor_2", "country", "admin1", "location", "latitude", "longitude", "geo_precision",
         "time_precision", "source", "notes", "fatalities"]
ALL = EventFilter(factuality=())


def exported(store, fmt, filters=EventFilter()) -> tuple[int, str]:
    out = io.StringIO()
    count = export(store, fmt, out, filters=filters)
    return count, out.getvalue()


def test_plover_jsonl_round_trips(store, corpus):
    _, events = corpus
    count, text = exported(store, "plover-jsonl", ALL)
    parsed = [Event.from_plover(json.loads(line)) for line in text.splitlines()]
    assert count == 4 and sorted(parsed, key=lambda e: e.id) == sorted(events, key=lambda e: e.id)


def test_csv_has_flat_columns_and_one_row_per_event(store):
    count, text = exported(store, "csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert count == len(rows) == 3
    assert tuple(rows[0]) == FLAT_COLUMNS
    drone = next(r for r in rows if r["mode"] == "aerial")
    assert (drone["actor"], drone["recipient_country"], drone["location"]) == (
        "Islamic Revolutionary Guard Corps", "USA", "Erbil")


def test_acled_csv_has_exactly_acled_columns(store, corpus):
    count, text = exported(store, "acled-csv")
    reader = csv.reader(io.StringIO(text))
    assert next(reader) == ACLED
    rows = [dict(zip(ACLED, row)) for row in reader]
    assert count == len(rows) == 3
    killing = next(r for r in rows if r["event_type"] == "Violence against civilians")
    _, events = corpus
    assert killing == {
        "event_id_cnty": f"IRQ{events[0].id}", "event_date": "2024-03-07", "disorder_type": "Political violence",
        "event_type": "Violence against civilians", "sub_event_type": "Attack", "actor1": "Iraqi Police",
        "assoc_actor_1": "", "actor2": "Protesters", "assoc_actor_2": "", "country": "Iraq", "admin1": "Basra",
        "location": "Basra", "latitude": "30.508", "longitude": "47.783", "geo_precision": "1", "time_precision": "1",
        "source": "Test Wire", "notes": events[0].text, "fatalities": "2"}
    protest = next(r for r in rows if r["event_type"] == "Protests")
    assert (protest["disorder_type"], protest["time_precision"], protest["fatalities"]) == ("Demonstrations", "2", "0")


def test_acled_csv_leaves_out_events_without_an_acled_type(store):
    count, text = exported(store, "acled-csv", EventFilter(factuality=("hypothetical",)))
    assert count == 0 and text.splitlines() == [",".join(ACLED)]


def test_geojson_is_a_valid_feature_collection(store, corpus):
    count, text = exported(store, "geojson", ALL)
    data = json.loads(text)
    assert data["type"] == "FeatureCollection" and count == len(data["features"]) == 3  # the threat has no place
    for feature in data["features"]:
        assert feature["type"] == "Feature" and feature["geometry"]["type"] == "Point"
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert all(not isinstance(v, (dict, list)) for v in feature["properties"].values())
    erbil = next(f for f in data["features"] if f["properties"]["location"] == "Erbil")
    assert erbil["geometry"]["coordinates"] == [44.01, 36.19]


def test_geojson_of_nothing_is_still_valid(store):
    count, text = exported(store, "geojson", EventFilter(event=("SANCTION",)))
    assert count == 0 and json.loads(text) == {"type": "FeatureCollection", "features": []}


def test_parquet_export_can_be_read_and_attached(store, tmp_path):
    target = tmp_path / "year=2024" / "month=0" / "events.parquet"
    target.parent.mkdir(parents=True)
    assert export(store, "parquet", target, filters=ALL) == 4
    with duckdb.connect() as conn:
        assert conn.execute("SELECT count(*) FROM read_parquet(?)", [str(target)]).fetchone()[0] == 4
    with EventStore(tmp_path / "other.duckdb") as other:
        other.attach_parquet(tmp_path)
        assert {e.id for e in other.events(ALL)} == {e.id for e in store.events(ALL)}


def test_parquet_to_a_binary_stream(store):
    out = io.BytesIO()
    assert export(store, "parquet", out) == 3
    assert out.getvalue()[:4] == b"PAR1"


def test_exports_use_reviewed_values(store, corpus):
    _, events = corpus
    store.add_review(event_id=events[0].id, reviewer="a", action="correct", after={"size": {"dead": 3}})
    store.add_review(event_id=events[1].id, reviewer="a", action="wrong", after={})
    _, text = exported(store, "acled-csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [r["fatalities"] for r in rows if r["notes"] == events[0].text] == ["3"]
    assert all(r["notes"] != events[1].text for r in rows)


def test_reviews_export_is_the_audit_trail(store, corpus):
    _, events = corpus
    store.add_review(event_id=events[2].id, reviewer="analyst", action="correct", after={"event": "COERCE"},
                     note="a threat, not a strike")
    count, text = exported(store, "reviews")
    (line,) = text.splitlines()
    review = json.loads(line)
    assert count == 1
    assert (review["event_id"], review["reviewer"], review["action"], review["note"]) == (
        events[2].id, "analyst", "correct", "a threat, not a strike")
    assert review["before"]["event"] == "ASSAULT" and review["after"] == {"event": "COERCE"}


def test_writing_to_a_path_and_a_binary_stream(store, tmp_path):
    path = tmp_path / "events.jsonl"
    assert export(store, "plover-jsonl", path) == 3
    binary = io.BytesIO()
    assert export(store, "plover-jsonl", binary) == 3
    assert binary.getvalue().decode("utf-8") == path.read_text(encoding="utf-8")
    assert not binary.closed


def test_unknown_format_is_refused(store):
    with pytest.raises(ConfigError, match="unknown export format"):
        export(store, "xlsx", io.StringIO())


@pytest.fixture()
def told_store(store, corpus):
    """The store with the Basra shooting told again by the article's second sentence."""
    articles, events = corpus
    second = articles[0].text.index(events[1].text)
    retold = Mention(text=events[1].text, span=(second, second + len(events[1].text)), trigger="rallied",
                     trigger_span=(second + 11, second + 18))
    told = events[0].with_changes(mentions=(retold,))
    store.write_batch(articles=[], events=[told], failures=[], coded=False, run_id=None)
    return store, told


def test_every_export_carries_the_mentions(told_store, tmp_path):
    store, told = told_store
    _, jsonl = exported(store, "plover-jsonl")
    records = {r["id"]: r for r in map(json.loads, jsonl.splitlines())}
    assert records[told.id]["mentions"] == [m.to_dict() for m in told.mentions]
    assert all(r["mentions"] == [] for i, r in records.items() if i != told.id)
    _, text = exported(store, "csv")
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(text))}
    assert rows[told.id]["mentions"] == told.mentions[0].text and rows[told.id]["text"] == told.text
    target = tmp_path / "events.parquet"
    export(store, "parquet", target)
    with duckdb.connect() as conn:
        stored = conn.execute("SELECT mentions FROM read_parquet(?) WHERE id = ?", [str(target), told.id]).fetchone()
    assert [Mention.from_dict(m) for m in json.loads(stored[0])] == list(told.mentions)
