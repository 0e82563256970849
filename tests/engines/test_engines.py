"""Every engine runs the same batch function: identical input gives identical events."""
import datetime as dt
import json

import pytest

from khabar.engines import code_articles
from khabar.engines.rows import event_from_row, event_row
from khabar.ingest import read_sources
from khabar.model import Article
from khabar.settings import Settings
from tests.corpus import article_text

pytestmark = pytest.mark.model


def _articles(count: int) -> list[Article]:
    # every seventh article has no publication date: its relative dates must stay unresolved on every engine
    return [Article(id=f"a{i}", text=article_text(i), published=None if i % 7 == 0 else dt.date(2021, 3, 10))
            for i in range(count)]


def _plover(outcomes) -> list[dict]:
    return [e.to_plover() for c in outcomes for e in c.events]


@pytest.fixture(scope="module")
def local_events():
    return _plover(code_articles(_articles(200), settings=Settings(engine="local", batch_size=16)))


def test_local_engine_codes_the_corpus(local_events):
    assert len(local_events) > 200
    assert len({e["id"] for e in local_events}) == len(local_events)


def test_process_engine_equals_local(local_events):
    outcomes = code_articles(_articles(200), settings=Settings(engine="process", workers=2, batch_size=16))
    assert _plover(outcomes) == local_events


@pytest.mark.spark
def test_spark_engine_equals_local(local_events):
    pytest.importorskip("pyspark")
    outcomes = list(code_articles(_articles(200), settings=Settings(engine="spark", workers=2, batch_size=16)))
    assert [c.article.id for c in outcomes] == [f"a{i}" for i in range(200)]
    assert _plover(outcomes) == local_events


def test_every_event_round_trips_through_plover_json(local_events):
    """What the Spark and process engines send between processes comes back the same, implied parties too."""
    from khabar.model import Event
    assert any(a["text"] == "" for e in local_events for a in e["recipient"] + e["actor"])  # implied parties occur
    for record in local_events:
        assert Event.from_plover(json.loads(json.dumps(record))).to_plover() == record


def test_the_corpus_has_folded_mentions_for_the_engines_to_carry(local_events):
    """"attacked ..., killing 12": the participle is folded into the attack, so the engine comparisons above
    and below also compare ``mentions``."""
    told = [e for e in local_events if e["mentions"]]
    assert told and all(m["trigger_span"] and m["text"] for e in told for m in e["mentions"])


def test_parquet_row_round_trips(local_events):
    from khabar.model import Event
    for record in local_events[:50]:
        event = Event.from_plover(record)
        row = event_row(event)
        assert isinstance(row["actor"], str) and row["year"] == (event.date.year if event.date else 0)
        assert event_from_row(json.loads(json.dumps(row, default=str)) | {"date": event.date, "enddate": event.enddate}) == event


@pytest.mark.spark
def test_spark_parquet_output_is_queryable_in_place(tmp_path):
    pytest.importorskip("pyspark")
    from khabar import api
    from khabar.store import EventFilter
    from tests.corpus import write_jsonl
    corpus = write_jsonl(tmp_path / "c.jsonl", 12)
    out = tmp_path / "events"
    settings = Settings(engine="spark", workers=2, batch_size=4)
    report = api.extract_to_parquet([str(corpus)], out, settings=settings)
    assert report.events > 0 and list(out.glob("year=*/month=*/*.parquet"))
    db = tmp_path / "k.duckdb"
    api.attach(out, db=db)
    stored = api.events(db=db, filters=EventFilter(factuality=()))
    assert len(stored) == report.events
    read = [a for a in read_sources([str(corpus)], settings=Settings()) if isinstance(a, Article)]
    local = {e["id"]: e["mentions"] for e in _plover(code_articles(read, settings=Settings(engine="local")))}
    assert {e.id: [m.to_dict() for m in e.mentions] for e in stored} == local and any(local.values())
    assert {e.doc_id for e in stored} <= {f"art-{i}" for i in range(12)}
