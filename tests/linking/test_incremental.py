"""Linking through a real DuckDB store: incremental, idempotent, and independent of ingest order."""
import dataclasses
import datetime as dt
import random

import pytest

from khabar.linking import link_reports, report_of
from khabar.linking.incremental import link_new
from khabar.model import Article, Event
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


def _random_events(n, seed):
    """Reports of a few incidents at three places over three weeks, with every kind of date."""
    from khabar.model import Place
    rng = random.Random(seed)
    places = [Place(text=name, name=name, lat=lat, lon=lon, country="IRQ", precision=prec)
              for name, lat, lon, prec in [("Camp Taji", 33.53, 44.25, 1), ("Baghdad", 33.34, 44.40, 2),
                                           ("Iraq", 33.0, 44.0, 3)]]
    out = []
    for i in range(n):
        precision = rng.choice(["day", "day", "day", "week", "month", "unknown"])
        day = dt.date(2020, 3, 1) + dt.timedelta(days=rng.randint(0, 20))
        date = None if precision == "unknown" else (day.replace(day=1) if precision == "month" else day)
        out.append(Event(id=f"x{i:03d}", doc_id=f"d{i:03d}", event=rng.choice(["ASSAULT", "PROTEST"]), date=date,
                         date_precision=precision, event_loc=rng.choice(places + [None]),
                         text=rng.choice(["", "late on Friday night"]), span=(rng.choice([0, 200]), 250)))
    return out


def test_linking_in_pieces_gives_the_grouping_of_everything(tmp_path):
    events = _random_events(60, seed=3)
    expected = link_reports(r for r in (report_of(e, published=dt.date(2020, 3, 20)) for e in events) if r)
    want = sorted(tuple(sorted(e for e, g in expected.groups.items() if g == gid))
                  for gid in set(expected.groups.values()))
    for seed in range(3):
        shuffled = events[:]
        random.Random(seed).shuffle(shuffled)
        got = _store_in_order(tmp_path / f"s{seed}.duckdb", [shuffled[:20], shuffled[20:45], shuffled[45:]])
        assert sorted(got.values()) == want
    assert any(len(members) > 1 for members in want)


def test_a_stored_event_gives_the_same_report_as_the_event(tmp_path):
    from khabar.linking.incremental import REACH, report_of_row
    from khabar.model import Actor, Place, Size
    kh = Actor(text="Kataib Hezbollah", name="Kataib Hezbollah", id="KH", country="IRQ")
    usa = Actor(text="U.S. troops", name="United States", id="USA", country="USA")
    taji = Place(text="Taji", name="Camp Taji", geonameid=98182, lat=33.53, lon=44.25, country="IRQ", precision=1)
    events = _random_events(30, seed=5) + [
        Event(id="y1", doc_id="d901", event="ASSAULT", date=dt.date(2020, 3, 11), date_precision="day", actor=(kh,),
              recipient=(usa, Actor(text="the guards", name="guards")), event_loc=taji, size=Size(count=3),
              text="Rockets hit the base late on Wednesday.", span=(0, 40)),
        Event(id="y2", doc_id="d902", event="ASSAULT", date=dt.date(2019, 10, 1), enddate=dt.date(2020, 3, 1),
              date_precision="range", event_loc=Place(text="Iraq", name="Iraq", country="IRQ", precision=3),
              size=Size(count=35), span=(120, 160)),
    ]
    path = tmp_path / "k.duckdb"
    with EventStore(path) as store:
        store.write_batch(articles=_articles_for(events), events=events, failures=[], coded=True, run_id=None)
        with store.link_index(REACH) as index:
            rows = {row.id: row for row in index.rows([e.id for e in events])}
    published = dt.date(2020, 3, 20)
    for event in events:
        source = f"outlet-{int(event.doc_id[1:]) % 3}"
        assert report_of_row(rows[event.id]) == report_of(event, source=source, published=published)


def _events_over(days, n, seed):
    """Like ``_random_events``, spread over ``days`` days: many slices of time, with reports at their edges."""
    rng = random.Random(seed)
    out = []
    for e in _random_events(n, seed):
        if e.date is None:
            out.append(e)
            continue
        day = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randint(0, days))
        out.append(dataclasses.replace(e, date=day.replace(day=1) if e.date_precision == "month" else day))
    return out


def test_ingest_order_does_not_change_the_groups_over_many_slices(tmp_path):
    events = _events_over(200, 150, seed=11)
    at_once = _store_in_order(tmp_path / "all.duckdb", [events])
    for seed in range(2):
        shuffled = events[:]
        random.Random(seed).shuffle(shuffled)
        pieces = _store_in_order(tmp_path / f"s{seed}.duckdb", [shuffled[:50], shuffled[50:90], shuffled[90:]])
        assert pieces == at_once
    assert any(len(members) > 1 for members in at_once.values())


def test_a_new_report_regroups_only_the_weeks_around_it(tmp_path):
    from khabar.model import Actor, Place
    kh = Actor(text="Kataib Hezbollah", name="Kataib Hezbollah", id="KH", country="IRQ")
    taji = Place(text="Taji", name="Camp Taji", lat=33.53, lon=44.25, country="IRQ", precision=1)
    start = dt.date(2020, 1, 1)
    # one attack a day for a year at one base by one group: every report can meet its neighbours
    daily = [Event(id=f"c{i:03d}", doc_id=f"d{i:03d}", event="ASSAULT", date=start + dt.timedelta(days=i),
                   date_precision="day", actor=(kh,), event_loc=taji, span=(0, 40)) for i in range(365)]
    path = tmp_path / "k.duckdb"
    _store_in_order(path, [daily])
    late = dataclasses.replace(daily[200], id="late", doc_id="d999")
    with EventStore(path) as store:
        store.write_batch(articles=_articles_for([late]), events=[late], failures=[], coded=True, run_id=None)
        report = link_new(store)
    assert report.new == 1
    assert report.considered <= 4 * 28 + 1 < len(daily)


def test_a_new_report_leaves_other_countries_of_its_weeks_alone(tmp_path):
    from khabar.model import Place
    iraq = Place(text="Taji", name="Camp Taji", lat=33.53, lon=44.25, country="IRQ", precision=1)
    syria = Place(text="Aleppo", name="Aleppo", lat=36.20, lon=37.16, country="SYR", precision=1)
    day = dt.date(2020, 3, 11)
    stored = [Event(id=f"s{i}", doc_id=f"d{i}", event="ASSAULT", date=day, date_precision="day",
                    event_loc=syria if i % 2 else iraq, span=(0, 40)) for i in range(10)]
    path = tmp_path / "k.duckdb"
    _store_in_order(path, [stored])
    new = Event(id="n", doc_id="d99", event="ASSAULT", date=day, date_precision="day", event_loc=iraq, span=(0, 40))
    with EventStore(path) as store:
        store.write_batch(articles=_articles_for([new]), events=[new], failures=[], coded=True, run_id=None)
        assert link_new(store).considered == 6  # the new report and the five Iraqi ones


@pytest.mark.parametrize("setting,value", [
    ("ROWS_PER_READ", 3),  # the slices' events read in many small rounds
    ("SLICES_PER_QUERY", 1),  # each slice's windows listed by a query of its own
])
def test_how_the_store_is_read_does_not_change_the_groups(tmp_path, monkeypatch, setting, value):
    import khabar.linking.incremental as incremental
    events = _events_over(200, 150, seed=11)
    default = _store_in_order(tmp_path / "default.duckdb", [events])
    monkeypatch.setattr(incremental, setting, value)
    assert _store_in_order(tmp_path / "changed.duckdb", [events]) == default
    assert any(len(members) > 1 for members in default.values())


def test_neighbourhoods_are_runs_of_one_category_within_the_query_width():
    from khabar.linking.incremental import SLICES_PER_QUERY, Slice, _neighbourhoods
    pieces = [Slice("ASSAULT", 0), Slice("ASSAULT", 3), Slice("ASSAULT", SLICES_PER_QUERY), Slice("PROTEST", 4)]
    assert list(_neighbourhoods(pieces)) == [pieces[:2], [pieces[2]], [pieces[3]]]


def test_reading_rounds_keep_order_and_bound_every_round_but_a_lone_plan():
    from khabar.linking.incremental import ROWS_PER_READ, Plan, _reading_rounds
    plans = [Plan(own=(f"e{i}",), touched=frozenset(f"e{i}-{j}" for j in range(size)))
             for i, size in enumerate([5, ROWS_PER_READ, 7, ROWS_PER_READ - 7, 1])]
    rounds = list(_reading_rounds(plans))
    assert [p for r in rounds for p in r] == plans
    assert [len(r) for r in rounds] == [1, 1, 2, 1]
    assert all(sum(len(p.touched) for p in r) <= ROWS_PER_READ or len(r) == 1 for r in rounds)
