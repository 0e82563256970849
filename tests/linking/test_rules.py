"""Evidence and compatibility between two reports: the same place means the same named place or
one next door, not the same area; compatibility alone is not evidence."""
import dataclasses
import datetime as dt
import random

import pytest

from khabar.linking import report_of
from khabar.linking.rules import (DEFAULT_RADIUS_KM, RADIUS_KM, compatible, distance_km, places_agree, same_event,
                                  same_place)
from khabar.model import Actor, Event, Place

DAY = dt.date(2021, 2, 15)
ERBIL = Place(text="Erbil", name="Erbil", geonameid=95446, lat=36.19, lon=44.01, country="IRQ", precision=2)
ERBIL_AIRPORT = Place(text="Erbil airport", name="Erbil Air Base", lat=36.24, lon=43.97, country="IRQ", precision=2)
BAGHDAD = Place(text="Baghdad", name="Baghdad", geonameid=98182, lat=33.34, lon=44.40, country="IRQ", precision=2)
CAMP_TAJI = Place(text="Camp Taji", name="Camp Taji", lat=33.52, lon=44.26, country="IRQ", precision=1)
IRAQ = Place(text="Iraq", name="Iraq", geonameid=99237, lat=33.0, lon=44.0, country="IRQ", precision=3)
USA = Actor(text="U.S.", name="United States", id="USA", country="USA")


def _report(doc, place, *, actor=(), day=DAY):
    return report_of(Event(id=doc, doc_id=doc, event="ASSAULT", date=day, date_precision="day", actor=actor,
                           event_loc=place))


@pytest.mark.parametrize("a,b,same", [
    (ERBIL, ERBIL, True),  # the same gazetteer place
    (ERBIL, ERBIL_AIRPORT, True),  # a city and its airport, 7 km apart
    (BAGHDAD, CAMP_TAJI, False),  # 25 km apart: the same area, not the same place
    (IRAQ, IRAQ, False),  # a country is no evidence
])
def test_same_place(a, b, same):
    assert same_place(_report("d1", a), _report("d2", b)) is same
    assert same_place(_report("d2", b), _report("d1", a)) is same


def test_near_places_are_compatible_but_not_evidence():
    taji, baghdad = _report("d1", CAMP_TAJI), _report("d2", BAGHDAD)
    assert compatible(taji, baghdad) and not same_event(taji, baghdad)


def test_a_shared_identified_actor_is_evidence_where_the_place_is_vague():
    assert same_event(_report("d1", IRAQ, actor=(USA,)), _report("d2", BAGHDAD, actor=(USA,)))


def test_consecutive_days_are_not_compatible():
    assert not compatible(_report("d1", ERBIL), _report("d2", ERBIL, day=DAY + dt.timedelta(days=1)))


IRQ_ARMY = Actor(text="Iraqi soldiers", name="Iraqi Security Forces", id="IRQ.ISF", country="IRQ")
KH = Actor(text="Kataib Hezbollah", name="Kataib Hezbollah", id="KH", country="IRQ")


def _victims(doc, place, recipient, *, actor=(), day=DAY):
    return report_of(Event(id=doc, doc_id=doc, event="ASSAULT", date=day, date_precision="day", actor=actor,
                           recipient=recipient, event_loc=place))


@pytest.mark.parametrize("place,actors,agree", [
    (CAMP_TAJI, ((), ()), True),  # one base, one day: each report names the victims it knows
    (BAGHDAD, ((), ()), False),  # a city: different victims may be different attacks
    (CAMP_TAJI, ((USA,), (KH,)), False),  # different attackers still tell two events apart
])
def test_different_victims(place, actors, agree):
    a = _victims("d1", place, (USA,), actor=actors[0])
    b = _victims("d2", place, (IRQ_ARMY,), actor=actors[1])
    assert compatible(a, b) is agree and compatible(b, a) is agree


IRAQI_MILITIA = Actor(text="militiamen", name="Iraqi militia", country="IRQ", sector="REB")
SYRIAN_MILITIA = Actor(text="Iran-backed militias", name="Syrian militia", country="SYR", sector="REB")


def test_victims_known_only_by_a_nationality_do_not_tell_events_apart():
    # one report says "fighters from Iraqi groups", another "militias" in Syria, whose country the place gives
    a = _victims("d1", BAGHDAD, (IRAQI_MILITIA,), actor=(USA,))
    b = _victims("d2", BAGHDAD, (SYRIAN_MILITIA,), actor=(USA,))
    assert compatible(a, b) and compatible(b, a)
    # a victim the text identifies still does
    assert not compatible(_victims("d3", BAGHDAD, (KH,), actor=(USA,)), b)


def test_different_victims_on_another_day_at_the_same_site_stay_apart():
    a = _victims("d1", CAMP_TAJI, (USA,))
    b = _victims("d2", CAMP_TAJI, (IRQ_ARMY,), day=DAY + dt.timedelta(days=3))
    assert not compatible(a, b)


def test_places_agree_exactly_when_the_great_circle_distance_is_within_the_radius():
    rng = random.Random(3)
    base = _report("d1", BAGHDAD)
    for _ in range(2000):  # points around Baghdad, many of them near the radius
        lat, lon = 33.34 + rng.uniform(-3, 3), 44.40 + rng.uniform(-3, 3)
        other = dataclasses.replace(_report("d2", BAGHDAD), lat=lat, lon=lon)
        radius = RADIUS_KM.get(base.geo_precision, DEFAULT_RADIUS_KM)
        assert places_agree(base, other) is (distance_km(base, other) <= radius)
