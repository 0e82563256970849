"""The event row: PLOVER fields as flat columns (nested ones as JSON text) plus derived filter columns.

The base columns are also the Spark engine's Parquet schema (``khabar.engines.rows``), so stored and
attached events line up by name. The derived columns are computed in SQL from the JSON, by the one
expression list below, both when rows are written and when attached Parquet is read.
"""
from __future__ import annotations

import json
from typing import Any

import pyarrow as pa

from ..model import Event

JSON_FIELDS = ("context", "actor", "recipient", "event_loc", "size", "span", "trigger_span")

BASE_SCHEMA = pa.schema([
    ("id", pa.string()), ("doc_id", pa.string()), ("event", pa.string()), ("mode", pa.string()),
    ("context", pa.string()), ("cameo", pa.string()), ("acled_event_type", pa.string()),
    ("acled_sub_event_type", pa.string()), ("date", pa.date32()), ("enddate", pa.date32()),
    ("date_precision", pa.string()), ("actor", pa.string()), ("recipient", pa.string()),
    ("event_loc", pa.string()), ("size", pa.string()), ("factuality", pa.string()), ("text", pa.string()),
    ("span", pa.string()), ("trigger", pa.string()), ("trigger_span", pa.string()),
    ("confidence", pa.float64()), ("link", pa.string()), ("year", pa.int32()), ("month", pa.int32()),
])
BASE_COLUMNS = tuple(BASE_SCHEMA.names)

# ``json.dumps(v, ensure_ascii=False)`` builds a new encoder at every call; this is the same encoding, built once.
_to_json = json.JSONEncoder(ensure_ascii=False).encode

_ACTORS = "'[{\"text\":\"VARCHAR\",\"name\":\"VARCHAR\",\"id\":\"VARCHAR\",\"country\":\"VARCHAR\"}]'"


def _names(column: str) -> str:
    return f"list_distinct(list_filter(list_transform(from_json({column}, {_ACTORS}), lambda a: a.name), " \
           "lambda n: n IS NOT NULL))"


def _search(column: str) -> str:
    # Lower-cased text, name and id of every actor, joined by a separator no query contains.
    return f"lower(array_to_string(flatten(list_transform(from_json({column}, {_ACTORS}), " \
           "lambda a: [a.text, a.name, a.id])), chr(31)))"


def _countries() -> str:
    return ("list_sort(list_distinct(list_filter(flatten(["
            "[json_extract_string(event_loc, '$.country')], "
            f"list_transform(from_json(actor, {_ACTORS}), lambda a: a.country), "
            f"list_transform(from_json(recipient, {_ACTORS}), lambda a: a.country)]), lambda c: c IS NOT NULL)))")


DERIVED: tuple[tuple[str, str], ...] = (
    ("actor_names", _names("actor")),
    ("recipient_names", _names("recipient")),
    ("actor_search", _search("actor")),
    ("recipient_search", _search("recipient")),
    ("countries", _countries()),
    ("loc_name", "json_extract_string(event_loc, '$.name')"),
    ("loc_country", "json_extract_string(event_loc, '$.country')"),
    ("lat", "TRY_CAST(json_extract_string(event_loc, '$.lat') AS DOUBLE)"),
    ("lon", "TRY_CAST(json_extract_string(event_loc, '$.lon') AS DOUBLE)"),
    ("dead", "TRY_CAST(json_extract_string(size, '$.dead') AS INTEGER)"),
)


def select_with_derived(source: str) -> str:
    """``SELECT`` of the base columns of ``source`` plus every derived column."""
    base = ", ".join(BASE_COLUMNS)
    derived = ", ".join(f"{expr} AS {name}" for name, expr in DERIVED)
    return f"SELECT {base}, {derived} FROM {source}"


def event_row(event: Event) -> dict[str, Any]:
    """The flat base row of one event (nested fields as JSON text)."""
    record = event.to_plover()
    row = {k: (_to_json(v) if k in JSON_FIELDS else v) for k, v in record.items()}
    row["date"], row["enddate"] = event.date, event.enddate
    row["year"] = event.date.year if event.date else 0
    row["month"] = event.date.month if event.date else 0
    return row


def event_from_row(row: dict[str, Any]) -> Event:
    record = {k: (json.loads(v) if k in JSON_FIELDS and isinstance(v, str) else v)
              for k, v in row.items() if k in BASE_COLUMNS}
    return Event.from_plover(record)


def arrow_rows(rows: list[dict[str, Any]]) -> pa.Table:
    return pa.Table.from_pydict({k: [row.get(k) for row in rows] for k in BASE_COLUMNS}, schema=BASE_SCHEMA)
