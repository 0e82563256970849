"""Cost of cross-article linking: link N new events against a store already holding M events.

    python bench/linking.py --store 1000000 --new 100000

Synthetic events (reports of made-up incidents, several reports each, spread over five years and
thirty countries) are written to a fresh DuckDB file through the store's one write path; then the
new batch is written and ``link_new`` is timed. The figure to compare is extraction time for the
same number of events, from ``bench/throughput.py`` (events/s of khabar extract).
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import resource
import tempfile
import time
from pathlib import Path

from khabar.linking.incremental import link_new
from khabar.model import Actor, Article, Event, Place, Size
from khabar.store import EventStore

CATEGORIES = ["ASSAULT"] * 5 + ["PROTEST"] * 3 + ["COERCE", "MOBILIZE", "CONSULT", "AGREE", "ACCUSE", "THREATEN"]
COUNTRIES = [f"C{i:02d}" for i in range(30)]
START = dt.date(2019, 1, 1)


def _incident(rng: random.Random, n: int) -> dict:
    country = rng.choice(COUNTRIES)
    return {"event": rng.choice(CATEGORIES), "day": START + dt.timedelta(days=rng.randint(0, 5 * 365)),
            "country": country, "lat": rng.uniform(-40, 60), "lon": rng.uniform(-100, 120),
            "actor": f"A{rng.randint(0, 3000)}", "recipient": f"A{rng.randint(0, 3000)}", "n": n}


def _report(rng: random.Random, incident: dict, i: int) -> Event:
    shift = dt.timedelta(days=rng.choice([0, 0, 0, 1]))
    place = Place(text="x", name=f"P{incident['n']}", lat=incident["lat"] + rng.uniform(-0.05, 0.05),
                  lon=incident["lon"], country=incident["country"], precision=rng.choice([1, 2, 3]))
    return Event(id=f"e{i:09d}", doc_id=f"d{i:09d}", event=incident["event"], date=incident["day"] + shift,
                 date_precision="day", actor=(Actor(text="a", name=incident["actor"]),),
                 recipient=(Actor(text="r", name=incident["recipient"]),), event_loc=place,
                 size=Size(dead=rng.choice([None, 1, 2, 3])), text="synthetic")


def events(count: int, seed: int, offset: int) -> list[Event]:
    rng = random.Random(seed)
    out: list[Event] = []
    n = 0
    while len(out) < count:
        incident = _incident(rng, n)
        out.extend(_report(rng, incident, offset + len(out) + k) for k in range(rng.randint(1, 4)))
        n += 1
    return out[:count]


def write(store: EventStore, batch: list[Event]) -> None:
    for start in range(0, len(batch), 50_000):
        chunk = batch[start:start + 50_000]
        articles = [Article(id=e.doc_id, text="synthetic", published=e.date) for e in chunk]
        store.write_batch(articles=articles, events=chunk, failures=[], coded=True, run_id=None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--store", type=int, default=1_000_000)
    parser.add_argument("--new", type=int, default=100_000)
    args = parser.parse_args()
    path = Path(tempfile.mkdtemp()) / "link.duckdb"
    with EventStore(path) as store:
        t0 = time.perf_counter()
        write(store, events(args.store, seed=1, offset=0))
        t1 = time.perf_counter()
        first = link_new(store)
        t2 = time.perf_counter()
        write(store, events(args.new, seed=2, offset=args.store))
        t3 = time.perf_counter()
        second = link_new(store)
        t4 = time.perf_counter()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"store {args.store} events written in {t1 - t0:.1f}s, linked from scratch in {t2 - t1:.1f}s "
          f"({first.groups} groups)")
    print(f"new {args.new} events written in {t3 - t2:.1f}s, linked in {t4 - t3:.1f}s "
          f"({second.considered} regrouped); peak RSS {rss:.0f} MB")
    print(f"SUMMARY link_new_per_s={args.new / (t4 - t3):.0f} link_seconds={t4 - t3:.1f}")


if __name__ == "__main__":
    main()
