"""Batches of records as Arrow tables in the column order of their DuckDB tables, for set-based upserts.

Rows are de-duplicated by key here (last one wins): DuckDB refuses to upsert one key twice in a statement.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

import pyarrow as pa

from ..model import Article, Failure, Relation, stable_id

_ARTICLES = pa.schema([("id", pa.string()), ("text", pa.string()), ("title", pa.string()), ("published", pa.date32()),
                       ("url", pa.string()), ("source", pa.string()), ("language", pa.string()),
                       ("content_hash", pa.string()), ("coded", pa.bool_()), ("run_id", pa.string())])
_FAILURES = pa.schema([("id", pa.string()), ("source", pa.string()), ("reason", pa.string()), ("stage", pa.string()),
                       ("time", pa.timestamp("us", tz="UTC")), ("run_id", pa.string())])
_RELATIONS = pa.schema([("id", pa.string()), ("doc_id", pa.string()), ("subject", pa.string()),
                        ("relation", pa.string()), ("object", pa.string()), ("date", pa.date32()),
                        ("text", pa.string()), ("subject_name", pa.string()), ("subject_id", pa.string()),
                        ("object_name", pa.string()), ("object_id", pa.string()), ("run_id", pa.string())])


def article_table(articles: Iterable[Article], *, coded: bool, run_id: str | None) -> pa.Table:
    rows = [{**a.to_dict(), "published": a.published, "content_hash": a.content_hash, "coded": coded,
             "run_id": run_id} for a in articles]
    return _table(rows, _ARTICLES)


def failure_table(failures: Sequence[Failure], *, run_id: str | None) -> pa.Table:
    rows = {stable_id(f.source, f.reason): {"id": stable_id(f.source, f.reason), "source": f.source,
                                            "reason": f.reason, "stage": f.stage, "time": f.time, "run_id": run_id}
            for f in failures}
    return _table(list(rows.values()), _FAILURES)


def relation_table(relations: Sequence[Relation], *, run_id: str | None) -> pa.Table:
    rows = {r.id: {"id": r.id, "doc_id": r.doc_id, "subject": _json(r.subject.to_dict()), "relation": r.relation,
                   "object": _json(r.object.to_dict()), "date": r.date, "text": r.text,
                   "subject_name": r.subject.name, "subject_id": r.subject.id, "object_name": r.object.name,
                   "object_id": r.object.id, "run_id": run_id} for r in relations}
    return _table(list(rows.values()), _RELATIONS)


def _table(rows: list[dict[str, Any]], schema: pa.Schema) -> pa.Table:
    return pa.Table.from_pylist([{k: row.get(k) for k in schema.names} for row in rows], schema=schema)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)
