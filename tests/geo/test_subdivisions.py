from __future__ import annotations

import pytest

from khabar.geo import subdivisions
from khabar.geo.resolve import distance_km

pytestmark = pytest.mark.skipif(not subdivisions.available(),
                                reason="countrystatecity-countries (ISO 3166-2 data) not installed")


def test_subdivisions_have_points_and_kinds():
    subs = subdivisions.read_subdivisions()
    assert len(subs) > 4000
    kent = next(s for s in subs if s.country == "GB" and s.name == "Kent")
    assert kent.kind and 51.0 < kent.lat < 51.5 and 0.0 < kent.lon < 1.5


def test_subdivision_missing_elsewhere_is_looked_up(gazetteer):
    (county,) = [e for e in gazetteer.lookup("Elgeyo-Marakwet") if e.country == "KEN"]
    assert county.source == subdivisions.SOURCE and distance_km(county, 0.8, 35.5) < 100


def test_subdivision_named_after_its_town_is_left_to_the_town(gazetteer):
    assert all(e.feature.startswith("PPL") for e in gazetteer.lookup("Nakuru") if e.country == "KEN")
