"""Write the store's events (as reviewed) in the formats analysts use.

    plover-jsonl  one PLOVER JSON record per line (``Event.to_plover``)
    csv           flat columns (``flat.FLAT_COLUMNS``)
    acled-csv     ACLED's columns, for the events that have an ACLED event type
    geojson       a FeatureCollection of the events that have coordinates
    parquet       the store's event columns (nested fields as JSON text), via DuckDB COPY
    reviews       the reviewers' audit trail as JSONL (filters do not apply)
"""
from __future__ import annotations

import contextlib
import csv
import io
import json
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any, TextIO

from ..errors import ConfigError
from .filters import EventFilter
from .flat import ACLED_COLUMNS, FLAT_COLUMNS, acled_row, flat_row
from .store import EventStore

FORMATS = ("plover-jsonl", "csv", "acled-csv", "geojson", "parquet", "reviews")


def export(store: EventStore, fmt: str, out: Path | str | IO, *, filters: EventFilter = EventFilter()) -> int:
    """Write the events matching ``filters`` to ``out`` (a path, or a text or binary stream); returns the count."""
    if fmt not in FORMATS:
        raise ConfigError(f"unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        return _parquet(store, out, filters)
    with _text_stream(out) as stream:
        return _WRITERS[fmt](store, stream, filters)


def _plover(store: EventStore, out: TextIO, filters: EventFilter) -> int:
    count = 0
    for count, event in enumerate(store.iter_events(filters), start=1):
        out.write(json.dumps(event.to_plover(), ensure_ascii=False) + "\n")
    return count


def _csv(store: EventStore, out: TextIO, filters: EventFilter) -> int:
    return _write_csv(out, FLAT_COLUMNS, (flat_row(e) for e in store.iter_events(filters)))


def _acled(store: EventStore, out: TextIO, filters: EventFilter) -> int:
    sources = store.article_sources()  # read first: no other query may run while events stream
    rows = (acled_row(e, source=sources.get(e.doc_id, e.doc_id))
            for e in store.iter_events(filters) if e.acled_event_type)
    return _write_csv(out, ACLED_COLUMNS, rows)


def _write_csv(out: TextIO, columns: tuple[str, ...], rows: Iterator[dict[str, Any]]) -> int:
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    count = 0
    for count, row in enumerate(rows, start=1):
        writer.writerow(row)
    return count


def _geojson(store: EventStore, out: TextIO, filters: EventFilter) -> int:
    out.write('{"type": "FeatureCollection", "features": [')
    count = 0
    for event in store.iter_events(filters):
        loc = event.event_loc
        if loc is None or loc.lat is None or loc.lon is None:
            continue
        feature = {"type": "Feature", "id": event.id,
                   "geometry": {"type": "Point", "coordinates": [loc.lon, loc.lat]},
                   "properties": flat_row(event)}
        out.write(("," if count else "") + "\n" + json.dumps(feature, ensure_ascii=False))
        count += 1
    out.write("\n]}\n")
    return count


def _reviews(store: EventStore, out: TextIO, filters: EventFilter) -> int:
    rows = store.reviews()
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    return len(rows)


def _parquet(store: EventStore, out: Path | str | IO, filters: EventFilter) -> int:
    if isinstance(out, (str, Path)):
        return store.copy_events_to(Path(out), filters)
    with tempfile.TemporaryDirectory() as tmp:  # COPY writes files only: go through one, then stream it
        target = Path(tmp) / "events.parquet"
        count = store.copy_events_to(target, filters)
        with target.open("rb") as data:
            shutil.copyfileobj(data, getattr(out, "buffer", out))
    return count


@contextlib.contextmanager
def _text_stream(out: Path | str | IO) -> Iterator[TextIO]:
    if isinstance(out, (str, Path)):
        with open(out, "w", encoding="utf-8", newline="") as stream:
            yield stream
    elif isinstance(out, io.TextIOBase) or hasattr(out, "encoding"):
        yield out  # type: ignore[misc]
    else:
        wrapper = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)  # type: ignore[arg-type]
        try:
            yield wrapper
        finally:
            wrapper.flush()
            wrapper.detach()  # leave the caller's binary stream open


_WRITERS: dict[str, Callable[[EventStore, TextIO, EventFilter], int]] = {
    "plover-jsonl": _plover, "csv": _csv, "acled-csv": _acled, "geojson": _geojson, "reviews": _reviews,
}
