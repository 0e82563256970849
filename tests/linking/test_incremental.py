"""Linking through a real DuckDB store: incremental, idempotent, and independent of ingest order."""
import datetime as dt

from khabar.linking.incremental import link_new
from khabar.model import Article
from khabar.store import EventFilter, EventStore
from tests.linking.test_groups import _base_events


def _articles_for(events):
    return [Article(id=e.doc_id, text=f"report {e.doc_id}", source=f"outlet-{int(e.doc_id[1:]) % 3}",
                    published=dt.date(2020, 3, 20)) for e in events]


def _store_in_order(path, batches):
    with EventStore(path) as store:
        for events in batches:
            store.write_batch(articles=_articles_for(events), events=events, failures=[], coded=True, run_id=None)
            link_new(store)
        return _partition(store)


def _partition(store):
    rows = store._rows("SELECT group_id, list(event_id ORDER BY event_id) FROM event_groups GROUP BY 1")
    return {gid: tuple(members) for gid, members in rows}


def test_ingest_order_does_not_change_the_groups(tmp_path):
    events = _base_events()
    a, b = events[::2], events[1::2]
    forward = _store_in_order(tmp_path / "ab.duckdb", [a, b])
    backward = _store_in_order(tmp_path / "ba.duckdb", [b, a])
    at_once = _store_in_order(tmp_path / "all.duckdb", [events])
    assert forward == backward == at_once
    assert any(len(members) > 1 for members in at_once.values())


def test_relinking_changes_nothing(tmp_path):
    path = tmp_path / "k.duckdb"
    first = _store_in_order(path, [_base_events()])
    with EventStore(path) as store:
        assert link_new(store).new == 0
        assert _partition(store) == first


def test_grouped_view_counts_real_events_and_keeps_every_report(tmp_path):
    path = tmp_path / "k.duckdb"
    _store_in_order(path, [_base_events()])
    with EventStore(path) as store:
        groups = store.groups(EventFilter())
        assert store.count_groups(EventFilter()) == len(groups) < store.count_events(EventFilter())
        biggest = max(groups, key=lambda g: g.articles)
        assert set(biggest.event_ids) >= {"a1", "a2"} and biggest.sources >= 2
        assert sum(len(g.event_ids) for g in groups) == store.count_events(EventFilter())
