"""The per-connection views every query reads: stored events, attached Parquet, and reviews on top.

    events_all      the events table, UNION ALL BY NAME each attached Parquet folder (read in place)
    events_current  events_all with each reviewed event replaced by its latest reviewed version
                    (``review_action`` is NULL for unreviewed events)

They are TEMP views, rebuilt when a connection opens or an attachment changes, so a folder that has
moved never breaks the file itself.
"""
from __future__ import annotations

from pathlib import Path

import duckdb

from .columns import BASE_COLUMNS, DERIVED, select_with_derived

VIEW_COLUMNS = BASE_COLUMNS + tuple(name for name, _ in DERIVED)


def parquet_glob(folder: Path) -> str:
    return str(folder / "**" / "*.parquet")


def rebuild(conn: duckdb.DuckDBPyConnection, folders: list[Path]) -> None:
    conn.execute(f"CREATE OR REPLACE TEMP VIEW events_all AS {_events_all(folders)}")
    conn.execute(f"CREATE OR REPLACE TEMP VIEW events_current AS {_events_current()}")


def _events_all(folders: list[Path]) -> str:
    columns = ", ".join(VIEW_COLUMNS)
    parts = [f"SELECT {columns} FROM main.events"] + [_parquet(folder) for folder in folders]
    return " UNION ALL BY NAME ".join(parts)


def _parquet(folder: Path) -> str:
    # The path is the one value spliced into SQL (a view cannot take parameters): quote it as a literal.
    literal = "'" + parquet_glob(folder).replace("'", "''") + "'"
    # DISTINCT ON: an appended re-run writes the same events again; rows already stored in the table win.
    source = (f"(SELECT DISTINCT ON (id) * {_NO_MENTIONS_BEFORE} FROM ({_WITH_MENTIONS} read_parquet({literal}, "
              f"hive_partitioning = true, union_by_name = true)) WHERE id NOT IN (SELECT id FROM main.events))")
    return select_with_derived(source)


# Parquet written before events carried ``mentions`` has no such column: an empty relation that has it, united
# by name, gives those rows a NULL there, read as no other mention.
_WITH_MENTIONS = "SELECT NULL::VARCHAR AS mentions WHERE false UNION ALL BY NAME SELECT * FROM"
_NO_MENTIONS_BEFORE = "REPLACE (coalesce(mentions, '[]') AS mentions)"


def _events_current() -> str:
    columns = ", ".join(VIEW_COLUMNS)
    return (f"SELECT {columns}, NULL::VARCHAR AS review_action FROM events_all "
            f"WHERE id NOT IN (SELECT id FROM main.reviewed_events) "
            f"UNION ALL BY NAME SELECT {columns}, review_action FROM main.reviewed_events")
