"""Miss kinds over real gazetteer readings: coverage told apart from ranking."""
from __future__ import annotations

from khabar.geo.misses import Outcome, gold_kind, miss_kind, tally
from khabar.geo.resolve import candidates


def _readings(gazetteer, name):
    return candidates(name, gazetteer)[0]


def _by_country(readings, iso3):
    return next(e for e in readings if e.country == iso3)


def test_a_hit_is_no_miss(gazetteer):
    readings = _readings(gazetteer, "Kirkuk")
    assert miss_kind(Outcome(readings[0], readings, readings[0].geonameid, 3.0)) is None


def test_a_name_without_entries_has_no_reading():
    assert miss_kind(Outcome(None, (), 123, 20039.0)) == "no reading"


def test_entries_but_no_answer_is_not_read(gazetteer):
    readings = _readings(gazetteer, "Paris")
    assert miss_kind(Outcome(None, readings, -1, 20039.0)) == "not read"
    assert miss_kind(Outcome(None, readings, readings[0].geonameid, 20039.0)) == "not read, gold a reading"


def test_the_gold_place_outranked_abroad(gazetteer):
    readings = _readings(gazetteer, "Paris")
    france, texas = _by_country(readings, "FRA"), _by_country(readings, "USA")
    outcome = Outcome(france, readings, texas.geonameid, 7000.0)
    assert miss_kind(outcome) == "ranked below, other country"
    assert gold_kind(outcome) == "populated place"


def test_a_gold_place_outside_the_readings_is_a_coverage_gap(gazetteer):
    readings = _readings(gazetteer, "Paris")
    assert miss_kind(Outcome(readings[0], readings, -1, 900.0)) == "gold not a reading"


def test_tally_counts_kinds_and_the_gold_kind_of_ranking_misses(gazetteer):
    readings = _readings(gazetteer, "Paris")
    france, texas = _by_country(readings, "FRA"), _by_country(readings, "USA")
    outcomes = [Outcome(france, readings, texas.geonameid, 7000.0), Outcome(None, (), 1, 20039.0),
                Outcome(france, readings, france.geonameid, 0.0)]
    assert tally(outcomes) == {"gold is a populated place": 1, "no reading": 1, "ranked below, other country": 1}
