"""CAMEO actor codes read as ISO3 countries for scoring."""
import pytest

from khabar.evaluate.countries import country_of_code


@pytest.mark.parametrize("code,iso3", [
    ("IRQMUS", "IRQ"), ("JAPGOV", "JPN"), ("UKG", "GBR"),
    ("YUGMIL", "SRB"), ("USRGOV", "RUS"), ("KSVREB", "XKX"),  # former states: their successors
    ("IGOUNO", None), ("---", None), ("", None), (None, None),
])
def test_country_of_code(code, iso3):
    assert country_of_code(code) == iso3
