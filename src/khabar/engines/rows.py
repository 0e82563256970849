"""One flat row per event, the shape of the Parquet files the Spark engine writes.

Scalar fields are columns; nested fields (actors, place, size, context) are JSON text, so the files
read the same in DuckDB, pandas or Spark. ``year``/``month`` are the partition keys (0 when undated).
"""
from __future__ import annotations

import json
from typing import Any

from ..model import Event

SPARK_SCHEMA = ("id string, doc_id string, event string, mode string, context string, cameo string, "
                "acled_event_type string, acled_sub_event_type string, date date, enddate date, "
                "date_precision string, actor string, recipient string, event_loc string, size string, "
                "factuality string, text string, span string, trigger string, trigger_span string, "
                "confidence double, link string, year int, month int")

_JSON_FIELDS = ("context", "actor", "recipient", "event_loc", "size", "span", "trigger_span")


def event_row(event: Event) -> dict[str, Any]:
    record = event.to_plover()
    row = {k: (json.dumps(v, ensure_ascii=False) if k in _JSON_FIELDS else v) for k, v in record.items()}
    row["date"], row["enddate"] = event.date, event.enddate
    row["year"] = event.date.year if event.date else 0
    row["month"] = event.date.month if event.date else 0
    return row


def event_from_row(row: dict[str, Any]) -> Event:
    record = {k: (json.loads(v) if k in _JSON_FIELDS and isinstance(v, str) else v) for k, v in row.items()}
    return Event.from_plover(record)
