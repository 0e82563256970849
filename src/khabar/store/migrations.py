"""Named, ordered schema migrations, recorded in the ``migrations`` table.

A migration is applied once, in its own transaction together with its record, so a crash leaves the
file either before or after it. Never edit a shipped migration: add a new one at the end.
"""
from __future__ import annotations

from collections.abc import Callable

import duckdb

from ..errors import StoreError

# Event columns in the flat shape of khabar.engines.rows (nested fields as JSON text), so Parquet
# written by the Spark engine lines up with this table by name.
_EVENT_COLUMNS = """
    id VARCHAR PRIMARY KEY, doc_id VARCHAR NOT NULL, event VARCHAR NOT NULL, mode VARCHAR, context VARCHAR,
    cameo VARCHAR, acled_event_type VARCHAR, acled_sub_event_type VARCHAR, date DATE, enddate DATE,
    date_precision VARCHAR, actor VARCHAR, recipient VARCHAR, event_loc VARCHAR, size VARCHAR,
    factuality VARCHAR, text VARCHAR, span VARCHAR, trigger VARCHAR, trigger_span VARCHAR,
    confidence DOUBLE, link VARCHAR, year INTEGER, month INTEGER,
    actor_names VARCHAR[], recipient_names VARCHAR[], actor_search VARCHAR, recipient_search VARCHAR,
    countries VARCHAR[], loc_name VARCHAR, loc_country VARCHAR, lat DOUBLE, lon DOUBLE, dead INTEGER,
    run_id VARCHAR
"""

_CORE = f"""
CREATE TABLE runs (id VARCHAR PRIMARY KEY, command VARCHAR, settings JSON, versions JSON,
    started TIMESTAMPTZ, finished TIMESTAMPTZ, counts JSON, status VARCHAR);
CREATE TABLE articles (id VARCHAR PRIMARY KEY, text VARCHAR, title VARCHAR, published DATE, url VARCHAR,
    source VARCHAR, language VARCHAR, content_hash VARCHAR, coded BOOLEAN DEFAULT FALSE, run_id VARCHAR,
    stored TIMESTAMPTZ);
CREATE INDEX articles_hash ON articles (content_hash);
CREATE TABLE events ({_EVENT_COLUMNS});
CREATE INDEX events_doc ON events (doc_id);
CREATE TABLE failures (id VARCHAR PRIMARY KEY, source VARCHAR, reason VARCHAR, stage VARCHAR,
    time TIMESTAMPTZ, run_id VARCHAR);
CREATE TABLE relations (id VARCHAR PRIMARY KEY, doc_id VARCHAR, subject JSON, relation VARCHAR, object JSON,
    date DATE, text VARCHAR, subject_name VARCHAR, subject_id VARCHAR, object_name VARCHAR, object_id VARCHAR,
    run_id VARCHAR);
"""

# The audit trail, and the current reviewed version of each reviewed event (the machine row stays as coded).
_REVIEWS = f"""
CREATE TABLE reviews (id VARCHAR PRIMARY KEY, event_id VARCHAR, reviewer VARCHAR, time TIMESTAMPTZ,
    action VARCHAR, before JSON, after JSON, note VARCHAR, doc_id VARCHAR, sentence VARCHAR);
CREATE INDEX reviews_event ON reviews (event_id);
CREATE TABLE reviewed_events ({_EVENT_COLUMNS}, review_action VARCHAR, review_id VARCHAR);
"""

# Cross-article linking: which group (real-world event) each event report belongs to, and which
# specific events an aggregate report ("35 attacks since October") contains.
_EVENT_GROUPS = """
CREATE TABLE event_groups (event_id VARCHAR PRIMARY KEY, group_id VARCHAR NOT NULL, linked TIMESTAMPTZ);
CREATE INDEX event_groups_group ON event_groups (group_id);
CREATE TABLE group_containment (group_id VARCHAR, aggregate_id VARCHAR, PRIMARY KEY (group_id, aggregate_id));
"""

_ATTACHMENTS = """
CREATE TABLE attachments (path VARCHAR PRIMARY KEY, kind VARCHAR, attached TIMESTAMPTZ);
"""


# The two tables that grow with every event lose their key and lookup indexes: DuckDB keeps an index (ART)
# wholly in memory and cannot evict it, so a store of millions of events would cost its writer hundreds of MB.
# Writes replace rows by key themselves (delete, then insert, in one transaction); reads scan, which columnar
# storage does in milliseconds even at millions of rows.
_UNINDEXED_EVENTS = f"""
CREATE TABLE events_unindexed ({_EVENT_COLUMNS.replace("id VARCHAR PRIMARY KEY", "id VARCHAR NOT NULL")});
INSERT INTO events_unindexed SELECT * FROM events;
DROP TABLE events;
ALTER TABLE events_unindexed RENAME TO events;
CREATE TABLE event_groups_unindexed (event_id VARCHAR NOT NULL, group_id VARCHAR NOT NULL, linked TIMESTAMPTZ);
INSERT INTO event_groups_unindexed SELECT * FROM event_groups;
DROP TABLE event_groups;
ALTER TABLE event_groups_unindexed RENAME TO event_groups;
"""

# Provenance: the other sentences folded into each event (``Event.mentions``, as JSON). Events stored before
# it read as having none; the column comes after ``run_id`` in the tables, and every write names its columns.
_EVENT_MENTIONS = """
ALTER TABLE events ADD COLUMN mentions VARCHAR DEFAULT '[]';
ALTER TABLE reviewed_events ADD COLUMN mentions VARCHAR DEFAULT '[]';
"""


def _script(sql: str) -> Callable[[duckdb.DuckDBPyConnection], None]:
    def apply(conn: duckdb.DuckDBPyConnection) -> None:
        for statement in filter(str.strip, sql.split(";")):
            conn.execute(statement)
    return apply


MIGRATIONS: tuple[tuple[str, Callable[[duckdb.DuckDBPyConnection], None]], ...] = (
    ("0001_core_tables", _script(_CORE)),
    ("0002_reviews", _script(_REVIEWS)),
    ("0003_parquet_attachments", _script(_ATTACHMENTS)),
    ("0004_event_groups", _script(_EVENT_GROUPS)),
    ("0005_unindexed_event_tables", _script(_UNINDEXED_EVENTS)),
    ("0006_event_mentions", _script(_EVENT_MENTIONS)),
)


def applied(conn: duckdb.DuckDBPyConnection) -> list[str]:
    """Names of the migrations already applied, oldest first (empty for a new file)."""
    if not _has_table(conn, "migrations"):
        return []
    return [row[0] for row in conn.execute("SELECT name FROM migrations ORDER BY name").fetchall()]


def pending(conn: duckdb.DuckDBPyConnection, path: str) -> list[str]:
    """Migrations still to apply; refuses a file written by a newer khabar."""
    done = applied(conn)
    known = [name for name, _ in MIGRATIONS]
    unknown = [name for name in done if name not in known]
    if unknown:
        raise StoreError(f"{path}: written by a newer khabar (migrations {', '.join(unknown)}); "
                         "upgrade khabar, or use another --db file")
    return [name for name in known if name not in done]


def migrate(conn: duckdb.DuckDBPyConnection, path: str) -> list[str]:
    """Apply every pending migration, each in its own transaction. Returns the names applied."""
    todo = pending(conn, path)
    conn.execute("CREATE TABLE IF NOT EXISTS migrations (name VARCHAR PRIMARY KEY, applied TIMESTAMPTZ)")
    steps = dict(MIGRATIONS)
    for name in todo:
        conn.execute("BEGIN TRANSACTION")
        try:
            steps[name](conn)
            conn.execute("INSERT INTO migrations VALUES (?, now())", [name])
            conn.execute("COMMIT")
        except duckdb.Error as exc:
            conn.execute("ROLLBACK")
            raise StoreError(f"{path}: migration {name} failed ({exc}); restore a backup or use another --db file") \
                from exc
    return todo


def _has_table(conn: duckdb.DuckDBPyConnection, name: str) -> bool:
    found = conn.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = ? AND NOT temporary",
                         [name]).fetchone()
    return bool(found and found[0])

