"""Dashboard latency on a large store: every API call the overview page makes, and its first render.

    python bench/dashboard.py                       # 1,000,000 events in a temporary DuckDB file
    python bench/dashboard.py --db /tmp/dash.duckdb # keep (and on the next run reuse) the store

1. A store of synthetic events (real ISO3 countries, a pool of actors, six years of dates, a mix of
   categories and factuality) is written through ``EventStore.write_batch`` in 50k chunks.
2. ``khabar.server.create_app`` runs under uvicorn on 127.0.0.1 in a thread.
3. Each overview API call (the list is that of ``static/overview.js`` and ``common.js``) is requested
   ``--requests`` times, one at a time, cycling through a few realistic filters; p50/p95/max per call.
4. The overview is opened ``--renders`` times in headless Chromium (Playwright), each in a fresh browser
   context (empty HTTP cache). First render ends at the first browser frame painted after ALL of:
   ``body[data-ready=true]`` (the page's render() resolved: timeline, table, map points and ranks all
   drawn), at least one ``#timeline rect.bar`` and at least one ``#events tbody tr[data-id]``.
   Time is ``performance.now()`` at that frame, i.e. milliseconds since navigation start.

Targets (issue 6): p95 < 300 ms for every overview API call, first render < 2 s.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import socket
import statistics
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlencode

import httpx
import uvicorn

from khabar.model import Actor, Article, Event, Place, Size
from khabar.server import create_app
from khabar.store import EventFilter, EventStore

CHUNK = 50_000
START = dt.date(2019, 1, 1)
DAYS = 6 * 365
# Weighted roughly like a conflict-news corpus: many assaults and protests, fewer of the rest.
CATEGORIES = (["ASSAULT"] * 8 + ["PROTEST"] * 5 + ["COERCE"] * 3 + ["ACCUSE"] * 3 + ["CONSULT"] * 2 +
              ["THREATEN", "MOBILIZE", "AGREE", "SUPPORT", "REQUEST", "CONCEDE", "REJECT", "SANCTION", "AID",
               "RETREAT", "COOPERATE"])
ACLED = {"ASSAULT": "Violence against civilians", "PROTEST": "Protests", "COERCE": "Strategic developments",
         "MOBILIZE": "Strategic developments"}
FACTUALITY = ["asserted"] * 17 + ["negated", "hypothetical", "future"]
COUNTRIES = ("IRQ SYR AFG PAK IND NGA SDN SSD ETH SOM YEM UKR RUS MMR COL MEX BRA VEN FRA USA GBR TUR IRN ISR "
             "PSE LBN EGY LBY MLI BFA NER COD CAF KEN MOZ PHL IDN THA BGD LKA NPL").split()
SECTORS = ("military", "police", "protesters", "government", "rebels", "militia", "opposition", "students")
WORDS = ("soldiers police protesters attacked clashed gathered demanded accused shelled arrested "
         "village city capital border market convoy checkpoint rally strike talks ceasefire").split()


def _actor(rng: random.Random) -> Actor:
    country = rng.choice(COUNTRIES)
    name = f"{country} {rng.choice(SECTORS)} {rng.randint(0, 60)}"
    return Actor(text=name.lower(), name=name, id=f"{country}{rng.randint(0, 60):03d}", country=country)


def _place(rng: random.Random, country: str) -> Place:
    base = COUNTRIES.index(country)
    lat, lon = -30 + (base * 37) % 90 + rng.uniform(-3, 3), -100 + (base * 53) % 220 + rng.uniform(-4, 4)
    return Place(text="x", name=f"{country} town {rng.randint(0, 400)}", lat=lat, lon=lon, country=country,
                 precision=rng.choice([1, 2, 3]))


def _event(rng: random.Random, i: int) -> Event:
    category = rng.choice(CATEGORIES)
    actor, recipient = _actor(rng), _actor(rng)
    day = START + dt.timedelta(days=rng.randint(0, DAYS))
    return Event(id=f"e{i:09d}", doc_id=f"d{i // 2:09d}", event=category, acled_event_type=ACLED.get(category),
                 date=day, date_precision="day", actor=(actor,), recipient=(recipient,),
                 event_loc=_place(rng, actor.country), size=Size(dead=rng.choice([None, None, 1, 2, 5])),
                 factuality=rng.choice(FACTUALITY), text=" ".join(rng.choices(WORDS, k=12)),
                 trigger="attacked", confidence=round(rng.uniform(0.3, 1.0), 2))


def synthetic(count: int, *, seed: int = 7) -> Iterator[list[Event]]:
    """Chunks of ``CHUNK`` events, two per article (ids e000000000.., articles d000000000..).

    ``CHUNK`` is even, so no article spans two chunks: a coded write replaces all events of its articles."""
    rng = random.Random(seed)
    for start in range(0, count, CHUNK):
        yield [_event(rng, i) for i in range(start, min(count, start + CHUNK))]


def build(path: Path, count: int) -> float:
    t0 = time.perf_counter()
    with EventStore(path) as store:
        for chunk in synthetic(count):
            docs = {e.doc_id: e.date for e in chunk}
            articles = [Article(id=d, text="synthetic article", published=day) for d, day in docs.items()]
            store.write_batch(articles=articles, events=chunk, failures=[], coded=True, run_id=None)
    return time.perf_counter() - t0


def stored_count(path: Path) -> int:
    if not path.exists():
        return 0
    with EventStore(path, read_only=True) as store:
        return store.count_events(EventFilter(factuality=()))


# ----- the server ---------------------------------------------------------------------------------
@contextmanager
def serving(db: Path) -> Iterator[str]:
    # proto=IPPROTO_TCP, as uvicorn's own sockets have it: asyncio only sets TCP_NODELAY on accepted
    # connections of such sockets, and without it every keep-alive response waits ~40 ms for a delayed ACK.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(create_app(db, read_only=True), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=20)
        sock.close()


# ----- API latency --------------------------------------------------------------------------------
# Filters an analyst would set from the overview's filter bar (the query string the page builds).
FILTERS = {
    "none": {},
    "category": {"event": "ASSAULT,PROTEST"},
    "one year": {"since": "2023-01-01", "until": "2023-12-31"},
    "category+month": {"event": "ASSAULT", "since": "2024-03-01", "until": "2024-03-31"},
    "country": {"country": "NGA"},
    "actor": {"actor": "police"},
    "words": {"text": "convoy checkpoint"},
    "all factuality": {"factuality": "all", "sort": "confidence"},
}
TABLE = {"sort": "date", "desc": "true", "limit": "25"}  # the table's first page, as overview.js asks


def overview_calls(filters: dict[str, str]) -> dict[str, str]:
    """Every API request the overview makes for one filter (overview.js render() + common.js)."""
    query = urlencode({k: v for k, v in filters.items() if k != "sort"})
    table = urlencode({**TABLE, **filters})
    return {"/api/categories": "/api/categories", "/api/aggregates/week": f"/api/aggregates/week?{query}",
            "/api/events (page 1)": f"/api/events?{table}", "/api/points": f"/api/points?{query}",
            "/api/aggregates/actor": f"/api/aggregates/actor?{query}&top=10",
            "/api/aggregates/country": f"/api/aggregates/country?{query}&top=10"}


def time_calls(base: str, requests: int) -> tuple[dict[str, list[float]], dict[tuple[str, str], list[float]]]:
    by_call: dict[str, list[float]] = {}
    by_filter: dict[tuple[str, str], list[float]] = {}
    names = list(FILTERS)
    with httpx.Client(base_url=base, timeout=120) as http:
        for name in names:  # one untimed pass: DuckDB and the OS page cache warm up, as on a live server
            for path in overview_calls(FILTERS[name]).values():
                http.get(path).raise_for_status()
        for i in range(requests):
            name = names[i % len(names)]
            for call, path in overview_calls(FILTERS[name]).items():
                t0 = time.perf_counter()
                http.get(path).raise_for_status()
                ms = (time.perf_counter() - t0) * 1000
                by_call.setdefault(call, []).append(ms)
                by_filter.setdefault((call, name), []).append(ms)
    return by_call, by_filter


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[-1] if len(values) > 1 else values[0]


# ----- first render -------------------------------------------------------------------------------
# Injected before any page script (CDP, so the page's CSP does not apply): records the first painted
# frame after the end condition documented above.
PROBE = """
(() => {
  const done = () => document.body && document.body.dataset.ready === "true"
    && document.querySelector("#timeline rect.bar") && document.querySelector("#events tbody tr[data-id]");
  const watch = new MutationObserver(() => {
    if (window.__ready === undefined && done()) {
      window.__ready = performance.now();
      watch.disconnect();
      requestAnimationFrame(() => { window.__painted = performance.now(); });
    }
  });
  watch.observe(document, { subtree: true, childList: true, attributes: true });
})();
"""


def time_renders(base: str, renders: int) -> list[float]:
    from playwright.sync_api import sync_playwright
    out = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium")
        for _ in range(renders):
            context = browser.new_context(viewport={"width": 1280, "height": 1000})
            context.add_init_script(PROBE)
            page = context.new_page()
            page.goto(f"{base}/events", wait_until="commit")
            out.append(_painted(page))
            context.close()
        browser.close()
    return out


def _painted(page, *, timeout: float = 120) -> float:
    # Poll from Python: the page's CSP forbids eval, which a JS wait predicate would need.
    deadline = time.monotonic() + timeout
    while (painted := page.evaluate("window.__painted")) is None:
        if time.monotonic() > deadline:
            raise TimeoutError(f"the overview did not render within {timeout:.0f}s")
        time.sleep(0.05)
    return painted


# ----- report -------------------------------------------------------------------------------------
def report(by_call: dict[str, list[float]], by_filter: dict, renders: list[float]) -> None:
    print(f"\n{'overview API call':28} {'n':>4} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    for call, values in by_call.items():
        print(f"{call:28} {len(values):4d} {statistics.median(values):8.1f} {p95(values):8.1f} {max(values):8.1f}")
    print(f"{'first render (Chromium)':28} {len(renders):4d} {statistics.median(renders):8.1f} "
          f"{p95(renders):8.1f} {max(renders):8.1f}")
    print("\nslowest call per filter (median ms):")
    for name in FILTERS:
        cells = {call: statistics.median(v) for (call, f), v in by_filter.items() if f == name}
        worst = max(cells, key=cells.get)
        print(f"  {name:16} {worst:26} {cells[worst]:8.1f}")
    worst_call = max(by_call, key=lambda c: p95(by_call[c]))
    ok = p95(by_call[worst_call]) < 300 and p95(renders) < 2000
    print(f"\nSUMMARY worst_api_p95_ms={p95(by_call[worst_call]):.0f} ({worst_call}) "
          f"first_render_p50_ms={statistics.median(renders):.0f} first_render_p95_ms={p95(renders):.0f} "
          f"targets={'met' if ok else 'MISSED'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, help="store file to build or reuse (default: a temporary file)")
    parser.add_argument("--requests", type=int, default=64, help="timed requests per API call")
    parser.add_argument("--renders", type=int, default=12, help="timed page loads in Chromium")
    args = parser.parse_args()
    db = args.db or Path(tempfile.mkdtemp()) / "dashboard.duckdb"
    if stored_count(db) != args.events:
        db.unlink(missing_ok=True)
        print(f"building {args.events} events in {db} ...", flush=True)
        print(f"built in {build(db, args.events):.0f}s", flush=True)
    with serving(db) as base:
        by_call, by_filter = time_calls(base, args.requests)
        renders = time_renders(base, args.renders)
    report(by_call, by_filter, renders)


if __name__ == "__main__":
    main()
