"""The event row: PLOVER fields as flat columns (nested ones as JSON text) plus derived filter columns.

The base columns are also the Spark engine's Parquet schema (``khabar.engines.rows``), so stored and
attached events line up by name. The derived columns are computed in SQL from the JSON, by the one
expression list below, both when rows are written and when attached Parquet is read.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import pyarrow as pa

from ..model import Event

JSON_FIELDS = ("context", "actor", "recipient", "event_loc", "size", "span", "trigger_span", "mentions")

BASE_SCHEMA = pa.schema([
    ("id", pa.string()), ("doc_id", pa.string()), ("event", pa.string()), ("mode", pa.string()),
    ("context", pa.string()), ("cameo", pa.string()), ("acled_event_type", pa.string()),
    ("acled_sub_event_type", pa.string()), ("date", pa.date32()), ("enddate", pa.date32()),
    ("date_precision", pa.string()), ("actor", pa.string()), ("recipient", pa.string()),
    ("event_loc", pa.string()), ("size", pa.string()), ("factuality", pa.string()), ("text", pa.string()),
    ("span", pa.string()), ("trigger", pa.string()), ("trigger_span", pa.string()),
    ("confidence", pa.float64()), ("link", pa.string()), ("mentions", pa.string()), ("year", pa.int32()),
    ("month", pa.int32()),
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


def event_table(events: Iterable[Event]) -> pa.Table:
    """``arrow_rows([event_row(e) for e in events])`` at a third of the cost, for the store's write path: no
    PLOVER dict per event, one JSON encoding per distinct context and size of the batch, spans of two ints
    formatted directly. A test holds it to ``event_row`` value for value."""
    sizes: dict[tuple, str] = {}
    contexts: dict[tuple[str, ...], str] = {}
    rows = [_base_values(e, sizes, contexts) for e in events]
    if not rows:
        return arrow_rows([])
    return pa.Table.from_arrays([pa.array(column, type=f.type) for column, f in zip(zip(*rows), BASE_SCHEMA)],
                                schema=BASE_SCHEMA)


def _base_values(e: Event, sizes: dict[tuple, str], contexts: dict[tuple[str, ...], str]) -> tuple:
    """The values of ``event_row(e)`` in the order of ``BASE_COLUMNS``."""
    context = contexts.get(e.context)
    if context is None:
        context = contexts[e.context] = _to_json(list(e.context))
    return (e.id, e.doc_id, e.event, e.mode, context, e.cameo, e.acled_event_type, e.acled_sub_event_type,
            e.date, e.enddate, e.date_precision, _parties(e.actor), _parties(e.recipient),
            _to_json(e.event_loc.to_dict()) if e.event_loc else "null", _size(e.size, sizes), e.factuality,
            e.text, _pair(e.span), e.trigger, _pair(e.trigger_span), e.confidence, e.link, _mentions(e.mentions),
            e.date.year if e.date else 0, e.date.month if e.date else 0)


def _parties(actors: tuple) -> str:
    return _to_json([a.to_dict() for a in actors]) if actors else "[]"


def _mentions(mentions: tuple) -> str:
    return _to_json([m.to_dict() for m in mentions]) if mentions else "[]"


def _size(size, known: dict[tuple, str]) -> str:
    # keyed by value and type: True == 1, yet they encode differently
    key = tuple((v, type(v)) for v in (size.dead, size.injured, size.arrested, size.count))
    text = known.get(key)
    if text is None:
        text = known[key] = _to_json(size.to_dict())
    return text


def _pair(span: tuple | None) -> str:
    if span is None:
        return "null"
    if len(span) == 2 and type(span[0]) is int and type(span[1]) is int:
        return f"[{span[0]}, {span[1]}]"
    return _to_json(list(span))
