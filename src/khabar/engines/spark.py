"""Spark engine: the same batch function, run by PySpark ``mapInPandas`` (``pip install khabar[spark]``).

Each Spark task codes a slice of articles with ``code_batch``; the coder loads once per Python worker.
Outcomes travel back as JSON so that events are bit-for-bit the records the local engine makes.
``code_on_spark`` returns outcomes in input order (for the DuckDB store);
``write_parquet_on_spark`` writes events as Parquet partitioned by year and month, for
``khabar store attach``.
"""
from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import ConfigError
from ..model import Article, Event, Failure, Relation
from ..nlp.pipeline import Coded
from ..settings import Settings
from .batch import code_batch
from .rows import SPARK_SCHEMA, event_row

_INPUT_SCHEMA = "position long, article string"
_OUTCOME_SCHEMA = "position long, outcome string"


def _session(settings: Settings):
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise ConfigError("the Spark engine needs PySpark: pip install 'khabar[spark]'") from None
    master = settings.spark_master or f"local[{settings.workers}]"
    # Python workers must run this interpreter (and so import this khabar); Spark reads it from the environment.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    session = (SparkSession.builder.master(master).appName("khabar")
            .config("spark.sql.execution.arrow.pyspark.enabled", "true")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", str(max(2, settings.workers)))
            .config("spark.ui.showConsoleProgress", "false")
            .getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    return session


def _outcome_json(coded: Coded) -> str:
    if coded.failure is not None:
        return json.dumps({"failure": [coded.failure.source, coded.failure.reason, coded.failure.stage]})
    return json.dumps({"events": [e.to_plover() for e in coded.events],
                       "relations": [r.to_dict() for r in coded.relations]})


def _coded_from_json(article: Article, payload: str) -> Coded:
    data = json.loads(payload)
    if "failure" in data:
        source, reason, stage = data["failure"]
        return Coded(article, failure=Failure(source=source, reason=reason, stage=stage))
    return Coded(article, events=tuple(Event.from_plover(e) for e in data["events"]),
                 relations=tuple(Relation.from_dict(r) for r in data["relations"]))


def _coding_task(model: str, batch_size: int):
    """The function each Spark task runs over its Arrow batches (pandas frames)."""
    def task(frames):
        import pandas as pd
        for frame in frames:
            articles = [Article.from_dict(json.loads(a)) for a in frame["article"]]
            outcomes = code_batch(articles, model=model, batch_size=batch_size)
            yield pd.DataFrame({"position": frame["position"].to_numpy(),
                                "outcome": [_outcome_json(c) for c in outcomes]})
    return task


def _article_frame(spark, articles: list[Article], settings: Settings):
    rows = [(i, json.dumps(a.to_dict())) for i, a in enumerate(articles)]
    partitions = max(settings.workers, min(len(rows) // max(settings.batch_size, 1) + 1, 64 * settings.workers))
    return spark.createDataFrame(rows, _INPUT_SCHEMA).repartition(partitions)


def code_on_spark(articles: Iterable[Article], *, settings: Settings) -> Iterator[Coded]:
    """Code on Spark and give the outcomes back, in input order."""
    batch = list(articles)
    if not batch:
        return
    spark = _session(settings)
    frame = _article_frame(spark, batch, settings)
    coded = frame.mapInPandas(_coding_task(settings.model, settings.batch_size), _OUTCOME_SCHEMA)
    # collect() runs every partition in parallel (toLocalIterator would run them one by one, and a Spark
    # orderBy would code everything twice to sample its range); the order is restored here, on the driver.
    rows = sorted(coded.collect(), key=lambda row: row["position"])
    for row in rows:
        yield _coded_from_json(batch[row["position"]], row["outcome"])


def write_parquet_on_spark(articles: Iterable[Article], output: Path, *, settings: Settings) -> dict[str, int]:
    """Code on Spark and write events as Parquet under ``output/year=YYYY/month=M/``, without collecting them."""
    batch = list(articles)
    spark = _session(settings)
    frame = _article_frame(spark, batch, settings)
    coded = frame.mapInPandas(_coding_task(settings.model, settings.batch_size), _OUTCOME_SCHEMA).cache()
    events = coded.mapInPandas(_event_rows_task, SPARK_SCHEMA)
    events.write.mode("append").partitionBy("year", "month").parquet(str(output))
    failures = coded.filter(coded.outcome.startswith('{"failure"')).count()
    return {"articles": len(batch), "events": events.count(), "failures": failures}


def _event_rows_task(frames):
    import pandas as pd
    for frame in frames:
        rows = [event_row(Event.from_plover(e)) for outcome in frame["outcome"]
                for e in json.loads(outcome).get("events", ())]
        if rows:
            yield pd.DataFrame(rows)
