"""One flat row per event, the shape of the Parquet files the Spark engine writes.

The row is the store's base row (``khabar.store.columns``): scalar fields are columns, nested fields
(actors, place, size, context) are JSON text, so the files read the same in DuckDB, pandas or Spark,
and ``khabar store attach`` lines them up with stored events by name. ``year``/``month`` are the
partition keys (0 when undated).
"""
from __future__ import annotations

import pyarrow as pa

from ..store.columns import BASE_SCHEMA, event_from_row, event_row

__all__ = ["SPARK_SCHEMA", "event_from_row", "event_row"]

_SPARK_TYPES = {pa.string(): "string", pa.date32(): "date", pa.float64(): "double", pa.int32(): "int"}

SPARK_SCHEMA = ", ".join(f"{field.name} {_SPARK_TYPES[field.type]}" for field in BASE_SCHEMA)
