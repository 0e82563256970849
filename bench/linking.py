"""Cost of cross-article linking: link N new events against a store already holding M events.

    python bench/linking.py --store 1000000 --new 100000

Synthetic events (reports of made-up incidents, one to four reports each, spread over five years and
thirty countries) are written to a fresh DuckDB file through the store's one write path and linked
as they arrive, ``--chunk`` events at a time (the store is then grouped as it would be in use). Then
the new batch is written and ``link_new`` is timed in a fresh process, so that its peak RSS is its own.

The figure to compare is the time khabar needs to *extract* the same number of events: the new events
divided by the events per article of the generated benchmark corpus (``bench/corpus.py``, measured on
``--sample-articles`` articles with the real coder, or given with ``--events-per-article``), divided by
the extraction speed (``--articles-per-s``, default 4.7: khabar on one core in ``bench/throughput.py``).
Every event the coder returns counts (hedged ones too), which makes extraction look faster and the
comparison stricter than counting only the asserted events that are linked.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CATEGORIES = ["ASSAULT"] * 5 + ["PROTEST"] * 3 + ["COERCE", "MOBILIZE", "CONSULT", "AGREE", "ACCUSE", "THREATEN"]
COUNTRIES = [f"C{i:02d}" for i in range(30)]
START = dt.date(2019, 1, 1)


def _incident(rng: random.Random, n: int) -> dict:
    country = rng.choice(COUNTRIES)
    return {"event": rng.choice(CATEGORIES), "day": START + dt.timedelta(days=rng.randint(0, 5 * 365)),
            "country": country, "lat": rng.uniform(-40, 60), "lon": rng.uniform(-100, 120),
            "actor": f"A{rng.randint(0, 3000)}", "recipient": f"A{rng.randint(0, 3000)}", "n": n}


def _report(rng: random.Random, incident: dict, i: int):
    from khabar.model import Actor, Event, Place, Size
    shift = dt.timedelta(days=rng.choice([0, 0, 0, 1]))
    place = Place(text="x", name=f"P{incident['n']}", lat=incident["lat"] + rng.uniform(-0.05, 0.05),
                  lon=incident["lon"], country=incident["country"], precision=rng.choice([1, 2, 3]))
    return Event(id=f"e{i:09d}", doc_id=f"d{i:09d}", event=incident["event"], date=incident["day"] + shift,
                 date_precision="day", actor=(Actor(text="a", name=incident["actor"]),),
                 recipient=(Actor(text="r", name=incident["recipient"]),), event_loc=place,
                 size=Size(dead=rng.choice([None, 1, 2, 3])), text="synthetic")


def events(count: int, seed: int, offset: int) -> list:
    rng = random.Random(seed)
    out: list = []
    n = 0
    while len(out) < count:
        incident = _incident(rng, n)
        first = offset + len(out)
        out.extend([_report(rng, incident, first + k) for k in range(rng.randint(1, 4))])
        n += 1
    return out[:count]


def write(store, batch: list) -> None:
    from khabar.model import Article
    for start in range(0, len(batch), 50_000):
        chunk = batch[start:start + 50_000]
        articles = [Article(id=e.doc_id, text="synthetic", published=e.date) for e in chunk]
        store.write_batch(articles=articles, events=chunk, failures=[], coded=True, run_id=None)


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def stage_build(db: Path, size: int, chunk: int) -> dict:
    """Write the store in chunks, linking after each (what a store in use looks like)."""
    from khabar.linking.incremental import link_new
    from khabar.store import EventStore
    batch = events(size, seed=1, offset=0)
    written = linked = 0.0
    with EventStore(db) as store:
        for start in range(0, size, chunk):
            t0 = time.perf_counter()
            write(store, batch[start:start + chunk])
            t1 = time.perf_counter()
            link_new(store)
            written, linked = written + t1 - t0, linked + time.perf_counter() - t1
        groups = store._rows("SELECT count(DISTINCT group_id) FROM event_groups")[0][0]
    return {"write_s": written, "link_s": linked, "groups": groups, "peak_rss_mb": _peak_rss_mb()}


def stage_link(db: Path, size: int, new: int) -> dict:
    from khabar.linking.incremental import link_new
    from khabar.store import EventStore
    batch = events(new, seed=2, offset=size)
    with EventStore(db) as store:
        t0 = time.perf_counter()
        write(store, batch)
        t1 = time.perf_counter()
        report = link_new(store)
        t2 = time.perf_counter()
    return {"write_s": t1 - t0, "link_s": t2 - t1, "considered": report.considered, "groups": report.groups,
            "peak_rss_mb": _peak_rss_mb()}


def stage_sample(articles: int) -> dict:
    """Events per article of the generated benchmark corpus, with the real coder."""
    sys.path.insert(0, str(HERE))
    from corpus import article
    from khabar.api import extract
    from khabar.model import Article
    sample = [Article.from_dict(article(i)) for i in range(articles)]
    coded = list(extract(sample, on_failure=lambda failure: None))
    asserted = sum(1 for e in coded if e.factuality == "asserted")
    return {"events_per_article": len(coded) / articles, "asserted_per_article": asserted / articles}


def _stage(*argv: str) -> dict:
    out = subprocess.run([sys.executable, __file__, *argv], check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--store", type=int, default=1_000_000)
    parser.add_argument("--new", type=int, default=100_000)
    parser.add_argument("--chunk", type=int, default=100_000, help="events written and linked at a time")
    parser.add_argument("--articles-per-s", type=float, default=4.7, help="khabar extraction speed, one core")
    parser.add_argument("--events-per-article", type=float, help="skip measuring it on the corpus")
    parser.add_argument("--sample-articles", type=int, default=40)
    parser.add_argument("--stage", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stage:
        return print(json.dumps(_run_stage(args)))
    report(args, _measure(args))


def _run_stage(args: argparse.Namespace) -> dict:
    if args.stage == "build":
        return stage_build(Path(args.db), args.store, args.chunk)
    if args.stage == "link":
        return stage_link(Path(args.db), args.store, args.new)
    return stage_sample(args.sample_articles)


def _measure(args: argparse.Namespace) -> dict:
    db = str(Path(tempfile.mkdtemp()) / "link.duckdb")
    sizes = ["--store", str(args.store), "--new", str(args.new), "--chunk", str(args.chunk), "--db", db]
    if args.events_per_article:  # measured first: a coder that fails should fail before the long part
        sample = {"events_per_article": args.events_per_article, "asserted_per_article": None}
    else:
        sample = _stage("--stage", "sample", "--sample-articles", str(args.sample_articles))
    return {"sample": sample, "build": _stage("--stage", "build", *sizes), "link": _stage("--stage", "link", *sizes)}


def report(args: argparse.Namespace, figures: dict) -> None:
    build, link, sample = figures["build"], figures["link"], figures["sample"]
    epa = sample["events_per_article"]
    extraction_s = args.new / epa / args.articles_per_s
    print(f"store: {args.store} events written in {build['write_s']:.1f}s, linked {args.chunk} at a time in "
          f"{build['link_s']:.1f}s ({build['groups']} groups, peak RSS {build['peak_rss_mb']:.0f} MB)")
    print(f"new: {args.new} events written in {link['write_s']:.1f}s, linked in {link['link_s']:.1f}s "
          f"({args.new / link['link_s']:.0f} events/s; {link['considered']} regrouped into {link['groups']} groups); "
          f"peak RSS {link['peak_rss_mb']:.0f} MB")
    asserted = sample.get("asserted_per_article")
    print(f"extraction of {args.new} events: {epa:.1f} events per article"
          + (f" ({asserted:.1f} asserted)" if asserted is not None else "")
          + f" at {args.articles_per_s} articles/s = {extraction_s:.0f}s")
    print(f"SUMMARY link_seconds={link['link_s']:.1f} link_events_per_s={args.new / link['link_s']:.0f} "
          f"peak_rss_mb={link['peak_rss_mb']:.0f} extraction_seconds={extraction_s:.0f} "
          f"link_share={link['link_s'] / extraction_s:.3f}")


if __name__ == "__main__":
    main()
