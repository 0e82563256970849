"""ISO 3166-2 subdivisions of every country with a point each, from the PyPI package ``countrystatecity-countries``.

The package ships the countries-states-cities database (Open Database License 1.0) as JSON: for each
country a ``states.json`` listing its subdivisions (states, provinces, regions, English counties, council
areas, French departments, Kenyan counties, ...) with a representative latitude/longitude and a type.
It fills the first- and second-level divisions that our ``data/admin1.csv`` and GeoNames' admin-2 areas
(``admin2``) lack. Only the data files are read; the package is not imported. Optional at run time:
without it the gazetteer has no such layer.
"""
from __future__ import annotations

import importlib.metadata
import importlib.util
import json
from dataclasses import dataclass
from pathlib import Path

PACKAGE = "countrystatecity_countries"
DISTRIBUTION = "countrystatecity-countries"
SOURCE = "countrystatecity"  # Entry.source: names and points from the countries-states-cities database (ODbL)


@dataclass(frozen=True, slots=True)
class Subdivision:
    country: str  # ISO2
    name: str
    native: str | None  # the name in the country's language, when it differs
    kind: str  # the database's type: "province", "county", "metropolitan department", ...
    lat: float
    lon: float


def available() -> bool:
    return _data_dir() is not None


def version() -> str:
    """Part of the gazetteer's cache key: "none" when the package is not installed."""
    try:
        return importlib.metadata.version(DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        return "none"


def _data_dir() -> Path | None:
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "by-country"
    return path if path.is_dir() else None


def read_subdivisions() -> list[Subdivision]:
    """Every subdivision with coordinates (none when the package is absent)."""
    root = _data_dir()
    if root is None:
        return []
    out = []
    for path in sorted(root.glob("*/states.json")):
        with path.open(encoding="utf-8") as fh:
            out += [_subdivision(rec) for rec in json.load(fh) if rec.get("latitude") and rec.get("longitude")]
    return out


def _subdivision(rec: dict) -> Subdivision:
    native = rec.get("native") or None
    return Subdivision(rec["country_code"], rec["name"], native if native != rec["name"] else None,
                       (rec.get("type") or "").lower(), float(rec["latitude"]), float(rec["longitude"]))
