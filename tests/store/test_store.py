"""EventStore on a real DuckDB file: the write path, crash safety, bad files, reviews, Parquet attachments."""
from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from khabar.errors import ConfigError, StoreError
from khabar.model import Actor, Failure, Mention, Relation, Size
from khabar.store import EventFilter, EventStore
from khabar.store.columns import event_row

ALL = EventFilter(factuality=(), include_rejected=True)


def table_counts(store: EventStore) -> dict[str, int]:
    tables = ("articles", "events", "failures", "relations", "runs")
    return {t: store._rows(f"SELECT count(*) FROM {t}")[0][0] for t in tables}


# ----- the write path ------------------------------------------------------------------------
def test_stores_articles_events_and_runs(store, corpus):
    articles, events = corpus
    assert store.count_events(ALL) == len(events)
    assert {e.id for e in store.events(ALL)} == {e.id for e in events}
    assert store.article("doc-basra") == articles[0]
    assert store.coded_article_ids() == {a.id for a in articles}
    assert store.known_hashes() == {a.content_hash: a.id for a in articles}
    assert store.events(ALL, order_by="id")[0] == min(events, key=lambda e: e.id)


def test_events_round_trip_every_field(store, corpus):
    _, events = corpus
    for event in events:
        assert store.event(event.id) == event


def test_rewriting_the_same_batch_adds_no_rows(store, corpus):
    articles, events = corpus
    failures = [Failure(source="broken.bin", reason="binary file", stage="read")]
    store.write_batch(articles=articles, events=events, failures=failures, coded=True, run_id=None)
    before = table_counts(store)
    store.write_batch(articles=articles, events=events, failures=failures, coded=True, run_id=None)
    store.write_batch(articles=articles, events=list(reversed(events)) + events, failures=failures * 2,
                      coded=True, run_id=None)
    assert table_counts(store) == before
    assert before["events"] == len(events) and before["failures"] == 1


def test_recoding_an_article_replaces_its_events(store, corpus):
    articles, events = corpus
    kept = [e for e in events if e.doc_id != "doc-erbil"]
    store.write_batch(articles=[articles[1]], events=[events[2]], failures=[], coded=True, run_id=None)
    assert {e.id for e in store.events(ALL)} == {e.id for e in kept} | {events[2].id}


def test_ingesting_without_coding_keeps_the_coded_mark(store, corpus):
    articles, _ = corpus
    store.write_batch(articles=articles, events=[], failures=[], coded=False, run_id=None)
    assert store.coded_article_ids() == {a.id for a in articles}
    assert store.count_events(ALL) == 4


def test_a_failing_batch_writes_nothing(store, corpus, make_article, make_event):
    article = make_article("new", "Troops clashed with militants.")
    good = make_event(article, "ASSAULT", "Troops clashed with militants.")
    bad = good.with_changes(id="bad", doc_id=None)  # violates NOT NULL inside the transaction
    with pytest.raises(StoreError, match="nothing of it was written"):
        store.write_batch(articles=[article], events=[good, bad], failures=[], coded=True, run_id=None)
    assert store.article("doc-new") is None
    assert store.event(good.id) is None


def test_a_writer_store_bounds_duckdb_memory_and_still_writes(tmp_path, corpus):
    with EventStore(tmp_path / "bounded.duckdb", memory_mb=128) as bounded:
        limit = bounded._rows("SELECT current_setting('memory_limit')")[0][0]
        articles, events = corpus
        bounded.write_batch(articles=articles, events=events, failures=[], coded=True, run_id=None)
        assert table_counts(bounded)["events"] == len(events)
    assert limit == "122.0 MiB"  # DuckDB reads "MB" as 10^6 bytes and shows MiB


def test_runs_record_settings_versions_and_counts(store):
    run_id = store.start_run(command="extract", settings={"workers": 2}, versions={"lexicon": "v3"})
    store.finish_run(run_id, counts={"articles": 3}, status="ok")
    run = next(r for r in store.runs() if r["id"] == run_id)
    assert (run["command"], run["status"]) == ("extract", "ok")
    assert '"workers": 2' in run["settings"] and '"lexicon": "v3"' in run["versions"]
    assert run["finished"] >= run["started"]


def test_failures_and_relations_are_stored(store, corpus):
    articles, _ = corpus
    leader = Relation(doc_id=articles[1].id, subject=Actor(text="Salami", name="Hossein Salami"),
                      relation="leader_of", object=Actor(text="the Guards", name="IRGC", id="IRNMIL"),
                      date=dt.date(2024, 1, 20), text="Guards commander Hossein Salami")
    failure = Failure(source="feed.xml", reason="malformed XML at line 3", stage="read")
    store.write_batch(articles=[], events=[], failures=[failure], coded=False, run_id=None, relations=[leader])
    assert [(f.source, f.reason, f.stage) for f in store.failures()] == [("feed.xml", "malformed XML at line 3",
                                                                          "read")]
    assert store.relations() == [leader]
    assert store.relations(actor="irnmil") == [leader]
    assert store.relations(actor="hezbollah") == []


# ----- crash safety ----------------------------------------------------------------------------
WRITER = textwrap.dedent("""
    import sys
    from khabar.model import Article, Event
    from khabar.store import EventStore
    with EventStore(sys.argv[1]) as store:
        for n in range(int(sys.argv[2])):
            article = Article(id=f"doc-{n}", text=f"Clashes were reported in district {n}.")
            events = [Event(id=f"ev-{n}-{k}", doc_id=article.id, event="ASSAULT", text=article.text)
                      for k in range(3)]
            store.write_batch(articles=[article], events=events, failures=[], coded=True, run_id=None)
            print(n, flush=True)
""")


def run_writer(db: Path, batches: int) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", WRITER, str(db), str(batches)], stdout=subprocess.PIPE, text=True)


def test_sigkill_loses_no_committed_batch_and_a_rerun_completes(tmp_path):
    db = tmp_path / "killed.duckdb"
    writer = run_writer(db, 400)
    committed = [int(writer.stdout.readline()) for _ in range(5)]
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait()
    with EventStore(db) as store:
        stored = {a.id for a in store.articles()}
        assert {f"doc-{n}" for n in committed} <= stored
        per_article = dict(store._rows("SELECT doc_id, count(*) FROM events GROUP BY doc_id"))
        assert per_article == {doc: 3 for doc in stored}  # no half-written batch
    rerun = run_writer(db, 400)
    rerun.communicate()
    assert rerun.returncode == 0
    with EventStore(db, read_only=True) as store:
        assert len(store.articles()) == 400
        assert store.count_events(ALL) == 1200


# ----- bad files -------------------------------------------------------------------------------
@pytest.mark.parametrize("content", [os.urandom(4096), b"just some notes\n" * 50, b""],
                         ids=["random-bytes", "text-file", "empty-file"])
def test_a_file_that_is_not_duckdb_raises_store_error(tmp_path, content):
    path = tmp_path / "notes.duckdb"
    path.write_bytes(content)
    for read_only in (False, True):
        with pytest.raises(StoreError, match="not a DuckDB database") as caught:
            EventStore(path, read_only=read_only)
        assert str(path) in str(caught.value) and "--db" in str(caught.value)


def test_a_file_locked_by_another_process_raises_store_error(tmp_path):
    path = tmp_path / "busy.duckdb"
    EventStore(path).close()
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time\n"
                               f"c = duckdb.connect({str(path)!r})\nprint('ready', flush=True)\ntime.sleep(60)"],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError, match="locked by another process") as caught:
            EventStore(path, read_only=True)
        assert str(path) in str(caught.value) and "retry" in str(caught.value)
    finally:
        holder.kill()
        holder.wait()


def test_opening_in_two_modes_in_one_process_is_explained(store):
    with pytest.raises(StoreError, match="already open in this process"):
        EventStore(store.path, read_only=True)
    with EventStore(store.path) as second:  # the same mode shares the database
        assert second.count_events() == 3


def test_read_only_needs_an_existing_store(tmp_path):
    with pytest.raises(StoreError, match="no such store"):
        EventStore(tmp_path / "missing.duckdb", read_only=True)
    assert not (tmp_path / "missing.duckdb").exists()


def test_read_only_store_refuses_writes(store, tmp_path):
    store.close()
    with EventStore(store.path, read_only=True) as reader:
        assert reader.count_events(ALL) == 4
        with pytest.raises(StoreError, match="read-only"):
            reader.write_batch(articles=[], events=[], failures=[], coded=False, run_id=None)


# ----- reviews ---------------------------------------------------------------------------------
def machine_row(path: Path, event_id: str) -> tuple:
    with duckdb.connect(str(path), read_only=True) as conn:
        return conn.execute("SELECT event, size, actor FROM events WHERE id = ?", [event_id]).fetchone()


def test_a_correction_wins_in_queries_but_the_machine_row_is_kept(store, corpus):
    _, events = corpus
    target = events[0]
    new_actor = {"text": "riot police", "name": "Basra Riot Police", "id": "IRQCOP", "country": "IRQ"}
    store.add_review(event_id=target.id, reviewer="analyst1", action="correct",
                     after={"event": "COERCE", "size": {"injured": 12}, "actor": [new_actor]}, note="tear gas only")
    reviewed = store.event(target.id)
    assert (reviewed.event, reviewed.size) == ("COERCE", Size(dead=2, injured=12))
    assert reviewed.actor[0].name == "Basra Riot Police"
    assert store.count_events(EventFilter(event=("COERCE",))) == 1
    assert target.id not in {e.id for e in store.events(EventFilter(event=("ASSAULT",)))}
    assert store.count_events(EventFilter(actor="riot police")) == 1
    store.close()
    event, size, actor = machine_row(store.path, target.id)
    assert event == "ASSAULT" and '"injured": null' in size and "Iraqi Police" in actor


def test_the_latest_review_wins_and_all_are_audited(store, corpus):
    _, events = corpus
    target = events[2]
    store.add_review(event_id=target.id, reviewer="a", action="correct", after={"date": "2024-01-17"})
    store.add_review(event_id=target.id, reviewer="b", action="correct", after={"mode": "missile"})
    reviewed = store.event(target.id)
    assert (reviewed.date, reviewed.mode) == (dt.date(2024, 1, 17), "missile")
    trail = store.reviews()
    assert [(r["reviewer"], r["action"]) for r in trail] == [("a", "correct"), ("b", "correct")]
    assert trail[1]["before"]["date"] == "2024-01-17" and trail[1]["after"] == {"mode": "missile"}
    assert trail[0]["before"]["date"] == "2024-01-18"


def test_marked_wrong_is_hidden_unless_rejected_are_included(store, corpus):
    _, events = corpus
    store.add_review(event_id=events[1].id, reviewer="a", action="wrong", after={}, note="not a protest")
    assert events[1].id not in {e.id for e in store.events()}
    assert events[1].id in {e.id for e in store.events(EventFilter(include_rejected=True))}
    assert store.event(events[1].id) == events[1]
    assert store.review_status(events[1].id) == "wrong"
    store.add_review(event_id=events[1].id, reviewer="b", action="correct", after={})
    assert events[1].id in {e.id for e in store.events()}


def test_a_missed_event_is_recorded_on_its_sentence(store, corpus):
    articles, _ = corpus
    sentence = "Protesters rallied outside the governor's office in Basra."
    store.add_review(event_id=None, reviewer="a", action="missed", after={}, sentence=sentence, doc_id=articles[0].id,
                     note="a second protest")
    assert store.count_events(ALL) == 4  # no category given: an audit row only
    store.add_review(event_id=None, reviewer="a", action="missed", sentence=sentence, doc_id=articles[0].id,
                     after={"event": "DEMAND", "date": "2024-03-07", "factuality": "asserted"})
    added = store.events(EventFilter(event=("DEMAND",)))
    assert [(e.doc_id, e.text, e.date) for e in added] == [(articles[0].id, sentence, dt.date(2024, 3, 7))]
    assert [r["action"] for r in store.reviews()] == ["missed", "missed"]
    assert store.reviews()[0]["event_id"] is None and store.reviews()[1]["event_id"] == added[0].id


@pytest.mark.parametrize(("kwargs", "error", "message"), [
    ({"action": "delete", "after": {}}, ConfigError, "unknown review action"),
    ({"action": "correct", "after": {"id": "x"}}, ConfigError, "cannot review field"),
    ({"action": "correct", "after": {"date": "last week"}}, ConfigError, "YYYY-MM-DD"),
    ({"action": "correct", "after": {}, "event_id": "no-such-event"}, StoreError, "no event"),
    ({"action": "missed", "after": {"event": "PROTEST"}, "event_id": None}, StoreError, "sentence"),
])
def test_invalid_reviews_are_refused(store, corpus, kwargs, error, message):
    _, events = corpus
    args = {"event_id": events[0].id, "reviewer": "a", **kwargs}
    with pytest.raises(error, match=message):
        store.add_review(**args)
    assert store.reviews() == []


# ----- aggregates and stats ----------------------------------------------------------------------
def test_aggregates_for_the_dashboard(store):
    asserted = EventFilter()
    assert store.aggregate(asserted, by="week") == [("2024-01-15", "ASSAULT", 1), ("2024-02-26", "PROTEST", 1),
                                                     ("2024-03-04", "ASSAULT", 1)]
    assert store.aggregate(asserted, by="month") == [("2024-01", "ASSAULT", 1), ("2024-03", "ASSAULT", 1),
                                                      ("2024-03", "PROTEST", 1)]
    assert store.aggregate(asserted, by="country") == [("IRQ", 3), ("IRN", 1), ("USA", 1)]
    assert store.aggregate(asserted, by="actor", limit=1) == [("Protesters", 2)]
    assert store.aggregate(ALL, by="category") == [("ASSAULT", 3), ("PROTEST", 1)]
    assert store.aggregate(asserted, by="acled_event_type")[0] == ("Explosions/Remote violence", 1)
    with pytest.raises(ConfigError, match="cannot aggregate by"):
        store.aggregate(asserted, by="event; DROP TABLE events")


def test_stats_count_and_render(store):
    store.write_batch(articles=[], events=[], failures=[Failure("x.pdf", "binary file")], coded=False, run_id=None)
    stats = store.stats()
    assert (stats.total, stats.articles, stats.failures) == (3, 3, 1)
    assert stats.by_category == [("ASSAULT", 2), ("PROTEST", 1)]
    assert stats.by_month == [("2024-01", 1), ("2024-03", 2)]
    lines = stats.render()
    assert lines[0] == "3 asserted events from 3 articles"
    assert store.stats(EventFilter(factuality=())).render()[0].endswith("events (any factuality) from 3 articles")
    assert any("PROTEST" in line and line.rstrip().endswith("1") for line in lines)
    assert "  x.pdf: binary file" in lines


# ----- Parquet attachments -----------------------------------------------------------------------
def write_spark_like_parquet(folder: Path, events) -> None:
    """Parquet partitioned by year=/month= in the engine's row shape (partition keys only in the path)."""
    rows = [event_row(e) for e in events]
    table = pa.Table.from_pylist(rows)
    pq.write_to_dataset(table, root_path=str(folder), partition_cols=["year", "month"])


def test_attached_parquet_is_queryable_in_place_and_persists(tmp_path, corpus, make_article, make_event):
    articles, events = corpus
    spark_article = make_article("spark", "Gunmen attacked a checkpoint in Erbil.")
    spark_events = [make_event(spark_article, "ASSAULT", "Gunmen attacked a checkpoint in Erbil.",
                               date=dt.date(2023, 11, 2), date_precision="day", event_loc=events[2].event_loc,
                               actor=(Actor(text="gunmen", name="Unidentified Armed Group"),)),
                    events[0]]  # also in the table: must not be counted twice
    folder = tmp_path / "spark-out"
    write_spark_like_parquet(folder, spark_events)
    db = tmp_path / "k.duckdb"
    with EventStore(db) as store:
        store.write_batch(articles=articles, events=events, failures=[], coded=True, run_id=None)
        store.attach_parquet(folder)
        assert store.count_events(ALL) == 5
    with EventStore(db, read_only=True) as store:
        assert store.attachments() == [folder.resolve()]
        assert store.event(spark_events[0].id) == spark_events[0]
        found = store.events(EventFilter(actor="armed group", country="IRQ", until=dt.date(2023, 12, 31)))
        assert [e.id for e in found] == [spark_events[0].id]
        assert ("2023-11", "ASSAULT", 1) in store.aggregate(EventFilter(), by="month")


def test_attaching_a_folder_without_parquet_is_refused(store, tmp_path):
    with pytest.raises(StoreError, match="no Parquet files"):
        store.attach_parquet(tmp_path)
    assert store.attachments() == []


def test_a_reviewed_parquet_event_uses_the_review(tmp_path, corpus):
    _, events = corpus
    folder = tmp_path / "out"
    write_spark_like_parquet(folder, events[:1])
    with EventStore(tmp_path / "k.duckdb") as store:
        store.attach_parquet(folder)
        store.add_review(event_id=events[0].id, reviewer="a", action="correct", after={"event": "COERCE"})
        assert [e.event for e in store.events()] == ["COERCE"]
        store.detach_parquet(folder)
        assert store.count_events(ALL) == 1  # the reviewed copy remains, flagged as a review


def test_an_actor_on_both_sides_counts_once(store, corpus, make_event):
    articles, events = corpus
    guards = events[2].actor
    infighting = make_event(articles[1], "ASSAULT", "Guards units clashed with each other.", date=events[2].date,
                            actor=guards, recipient=guards + events[2].recipient)
    store.write_batch(articles=[], events=[infighting], failures=[], coded=False, run_id=None)
    counts = dict(store.aggregate(EventFilter(), by="actor"))
    assert counts["Islamic Revolutionary Guard Corps"] == 2 and counts["United States Armed Forces"] == 2


def test_links_store_every_containment_pair_once_and_relinking_replaces_them(tmp_path, corpus):
    articles, events = corpus
    with EventStore(tmp_path / "k.duckdb") as store:
        store.write_batch(articles=articles, events=events, failures=[], coded=True, run_id=None)
        groups = {e.id: f"g-{e.id}" for e in events}
        pairs = [(f"g-{events[0].id}", f"g-{events[1].id}"), (f"g-{events[2].id}", f"g-{events[1].id}")]
        store.write_links(groups, pairs + pairs[:1])  # a pair given twice is stored once
        assert store.containment() == sorted(pairs)
        store.write_links(groups, pairs[1:])
        assert store.containment() == pairs[1:]


def test_a_writable_store_checkpoints_its_log_in_large_steps(tmp_path):
    from khabar.store.store import CHECKPOINT_MB
    with EventStore(tmp_path / "k.duckdb") as store:
        threshold = store._rows("SELECT current_setting('checkpoint_threshold')")[0][0]
    assert threshold.startswith(f"{CHECKPOINT_MB}.0 MiB")  # DuckDB keeps 16 MB by default


# ----- provenance: the other sentences that told an event -----------------------------------------
RETOLD = (Mention(text="The toll rose to four on Friday.", span=(72, 104), trigger="toll", trigger_span=(76, 80)),)


def test_mentions_are_stored_and_rewriting_never_duplicates_them(store, corpus):
    articles, events = corpus
    told = events[0].with_changes(mentions=RETOLD)
    for _ in range(2):
        store.write_batch(articles=articles[:1], events=[told, events[1]], failures=[], coded=True, run_id=None)
    assert store.event(told.id) == told and store.event(told.id).mentions == RETOLD
    assert store._rows("SELECT count(*) FROM events WHERE id = ?", [told.id])[0][0] == 1
    store.add_review(event_id=told.id, reviewer="a", action="correct", after={"event": "COERCE"})
    assert store.event(told.id).mentions == RETOLD  # a review corrects the coding, never the evidence


def test_attached_parquet_from_before_mentions_reads_as_none(tmp_path, corpus):
    """Parquet the Spark engine wrote before events carried ``mentions`` (no such column) attaches as before."""
    _, events = corpus
    old, new = tmp_path / "old", tmp_path / "new"
    rows = [{k: v for k, v in event_row(e).items() if k != "mentions"} for e in events[:2]]
    pq.write_to_dataset(pa.Table.from_pylist(rows), root_path=str(old), partition_cols=["year", "month"])
    write_spark_like_parquet(new, [events[2].with_changes(mentions=RETOLD)])
    with EventStore(tmp_path / "k.duckdb") as store:
        store.attach_parquet(old)
        assert store.event(events[0].id) == events[0] and store.event(events[0].id).mentions == ()
        store.attach_parquet(new)
        assert store.event(events[2].id).mentions == RETOLD and store.count_events(ALL) == 3
