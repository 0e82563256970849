"""Named, ordered migrations recorded in the `migrations` table."""
from __future__ import annotations

import duckdb
import pytest

from khabar.errors import StoreError
from khabar.store import EventStore
from khabar.store.migrations import MIGRATIONS, applied, migrate

TABLES = {"migrations", "runs", "articles", "events", "failures", "relations", "reviews", "reviewed_events",
          "attachments"}


def test_a_new_store_applies_every_migration_in_order(tmp_path):
    path = tmp_path / "new.duckdb"
    EventStore(path).close()
    with duckdb.connect(str(path)) as conn:
        assert applied(conn) == [name for name, _ in MIGRATIONS]
        names = {row[0] for row in conn.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    assert TABLES <= names
    assert [name for name, _ in MIGRATIONS] == sorted(name for name, _ in MIGRATIONS)


def test_reopening_applies_nothing_and_keeps_data(store):
    store.close()
    with duckdb.connect(str(store.path)) as conn:
        assert migrate(conn, str(store.path)) == []
    with EventStore(store.path) as reopened:
        assert reopened.count_events() == 3


def test_an_older_store_is_brought_up_to_date(tmp_path):
    path = tmp_path / "old.duckdb"
    with duckdb.connect(str(path)) as conn:
        conn.execute("CREATE TABLE migrations (name VARCHAR PRIMARY KEY, applied TIMESTAMPTZ)")
        name, step = MIGRATIONS[0]
        step(conn)
        conn.execute("INSERT INTO migrations VALUES (?, now())", [name])
    with pytest.raises(StoreError, match="open it once for writing"):
        EventStore(path, read_only=True)
    with EventStore(path) as store:
        assert store.reviews() == []
    with duckdb.connect(str(path)) as conn:
        assert applied(conn) == [name for name, _ in MIGRATIONS]


def test_a_store_from_a_newer_khabar_is_refused(tmp_path):
    path = tmp_path / "future.duckdb"
    EventStore(path).close()
    with duckdb.connect(str(path)) as conn:
        conn.execute("INSERT INTO migrations VALUES ('9999_from_the_future', now())")
    with pytest.raises(StoreError, match="newer khabar"):
        EventStore(path)


def test_a_foreign_duckdb_file_is_refused_read_only(tmp_path):
    path = tmp_path / "other.duckdb"
    with duckdb.connect(str(path)) as conn:
        conn.execute("CREATE TABLE events (x INTEGER)")
    with pytest.raises(StoreError, match="not an up-to-date khabar store"):
        EventStore(path, read_only=True)
    with pytest.raises(StoreError, match="migration 0001_core_tables failed"):
        EventStore(path)
