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


def test_the_event_tables_keep_their_rows_and_lose_their_in_memory_indexes(tmp_path, corpus):
    """A store from before 0005 keeps its events and groups; afterwards neither table holds an index (DuckDB
    keeps indexes wholly in memory), and writing the same batch twice still leaves one row per event."""
    articles, events = corpus
    path = tmp_path / "before-0005.duckdb"
    with duckdb.connect(str(path)) as conn:
        conn.execute("CREATE TABLE migrations (name VARCHAR PRIMARY KEY, applied TIMESTAMPTZ)")
        for name, step in MIGRATIONS[:4]:
            step(conn)
            conn.execute("INSERT INTO migrations VALUES (?, now())", [name])
        conn.execute("INSERT INTO events (id, doc_id, event) VALUES ('e1', 'd1', 'ASSAULT')")
        conn.execute("INSERT INTO event_groups VALUES ('e1', 'g1', now())")
    with EventStore(path) as store:
        for _ in range(2):
            store.write_batch(articles=articles, events=events, failures=[], coded=True, run_id=None)
        store.write_links({"e1": "g2"}, [])
        assert store.group_of(["e1"]) == {"e1": "g2"}
    with duckdb.connect(str(path)) as conn:
        assert conn.execute("SELECT count(*), count(DISTINCT id) FROM events").fetchone() == (len(events) + 1,) * 2
        indexed = conn.execute("SELECT table_name FROM duckdb_indexes() UNION SELECT table_name FROM "
                               "duckdb_constraints() WHERE constraint_type IN ('PRIMARY KEY', 'UNIQUE')").fetchall()
        assert {"events", "event_groups"}.isdisjoint(row[0] for row in indexed)
        assert conn.execute("SELECT count(*) FROM event_groups WHERE event_id = 'e1'").fetchone() == (1,)


def test_events_stored_before_mentions_read_as_having_none(tmp_path, corpus):
    """A file from before 0006 keeps its events, which now carry an empty ``mentions``; a review of one works."""
    _, events = corpus
    path = tmp_path / "before-0006.duckdb"
    with duckdb.connect(str(path)) as conn:
        conn.execute("CREATE TABLE migrations (name VARCHAR PRIMARY KEY, applied TIMESTAMPTZ)")
        for name, step in MIGRATIONS[:5]:
            step(conn)
            conn.execute("INSERT INTO migrations VALUES (?, now())", [name])
        conn.execute("INSERT INTO events (id, doc_id, event, text) VALUES ('e1', 'd1', 'ASSAULT', 'Shots.')")
    with EventStore(path) as store:
        old = store.event("e1")
        assert (old.event, old.text, old.mentions) == ("ASSAULT", "Shots.", ())
        store.add_review(event_id="e1", reviewer="a", action="correct", after={"event": "COERCE"})
        assert store.event("e1").mentions == ()
    with duckdb.connect(str(path)) as conn:
        assert conn.execute("SELECT mentions FROM events").fetchall() == [("[]",)]
