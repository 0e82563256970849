"""The knowledge base's file format, read into frozen entries and checked.

A data file is YAML with any of these top-level keys:

    countries:   states; each {id: ISO3, name, aliases, demonyms, capital, capital_aliases, un_member, wikidata}
                 (capital_aliases: other spellings of the capital, or former capitals news still names: "Kiev")
    actors:      organisations, institutions, IGOs and people; each
                 {id, name, kind, sector, country, aliases, wikidata, national, relations: [...]}
    agents:      {SECTOR: [agent nouns]}, e.g. {COP: [police, policeman]}
    not_actors:  phrases that contain an alias but name no actor ("Sadr City")

A relation is {type, object (an actor id), start, end, title}. Dates are YYYY-MM-DD, YYYY-MM or YYYY.
Every problem raises ``ConfigError`` naming the file and the entry.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..errors import ConfigError

# PLOVER/CAMEO sector codes.
SECTORS = frozenset({
    "GOV", "MIL", "COP", "SPY", "JUD", "LEG", "PTY", "REB", "INS", "SEP", "UAF", "OPP", "CRM",
    "CVL", "NGO", "IGO", "BUS", "MED", "EDU", "REL", "REF", "HLH", "LAB", "AGR", "ELI", "MNC",
})
RELATION_TYPES = frozenset({"part_of", "leader_of", "member_of", "aligned_with", "head_of_government",
                            "head_of_state", "led_by", "controls", "deployed_in"})
KINDS = frozenset({"state", "igo", "organisation", "institution", "person"})
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$")
_ISO3 = re.compile(r"^[A-Z]{3}$")
_QID = re.compile(r"^Q[1-9][0-9]*$")
_ACTOR_KEYS = frozenset({"id", "name", "kind", "sector", "country", "aliases", "demonyms", "capital", "capital_aliases",
                         "un_member", "wikidata", "national", "relations", "note"})
_RELATION_KEYS = frozenset({"type", "object", "start", "end", "title", "note"})


@dataclass(frozen=True, slots=True)
class RelationEntry:
    type: str
    object: str
    start: dt.date | None = None
    end: dt.date | None = None
    title: str | None = None  # the office's name where it is not the usual one ("supreme leader")

    def holds_on(self, day: dt.date | None) -> bool:
        """True when the relation holds on ``day``; with no day, when it still holds."""
        if day is None:
            return self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class ActorEntry:
    id: str
    name: str
    kind: str
    sector: str | None = None
    country: str | None = None
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capital: str | None = None
    capital_aliases: tuple[str, ...] = ()  # "Kiev" for Kyiv, "Peking" for Beijing, "Rangoon" for Naypyidaw
    un_member: bool = False
    wikidata: str | None = None
    national: tuple[str, ...] = ()  # sectors for which this is the country's generic actor ("U.S. forces")
    relations: tuple[RelationEntry, ...] = ()
    source: str = ""


@dataclass(frozen=True, slots=True)
class KBFile:
    path: str
    actors: tuple[ActorEntry, ...] = ()
    agents: tuple[tuple[str, str], ...] = ()  # (noun, sector)
    not_actors: tuple[str, ...] = ()


def _fail(path: str, where: str, problem: str) -> ConfigError:
    return ConfigError(f"{path}: {where}: {problem}; fix the entry or remove it")


def _date(value: Any, *, end: bool) -> dt.date | None:
    """A date from YAML; a bare year or month means its first day, or its last day for an end date."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    text = str(value)
    if re.fullmatch(r"\d{4}", text):
        return dt.date(int(text), 12, 31) if end else dt.date(int(text), 1, 1)
    if re.fullmatch(r"\d{4}-\d{2}", text):
        year, month = map(int, text.split("-"))
        first = dt.date(year, month, 1)
        return (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)) if end else first
    return dt.date.fromisoformat(text)


def _strings(value: Any, path: str, where: str, field: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _fail(path, where, f"{field} must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def parse_relation(raw: Any, path: str, where: str) -> RelationEntry:
    if not isinstance(raw, dict):
        raise _fail(path, where, "a relation must be a mapping {type, object, start, end}")
    unknown = set(raw) - _RELATION_KEYS
    if unknown:
        raise _fail(path, where, f"unknown relation keys {sorted(unknown)}")
    kind = raw.get("type")
    if kind not in RELATION_TYPES:
        raise _fail(path, where, f"relation type {kind!r} is not one of {sorted(RELATION_TYPES)}")
    if not isinstance(raw.get("object"), str):
        raise _fail(path, where, f"{kind} relation needs an object id")
    try:
        start, end = _date(raw.get("start"), end=False), _date(raw.get("end"), end=True)
    except ValueError as exc:
        raise _fail(path, where, f"bad date in {kind} relation ({exc}); use YYYY-MM-DD") from None
    if start and end and end < start:
        raise _fail(path, where, f"{kind} relation to {raw['object']} ends ({end}) before it starts ({start})")
    return RelationEntry(type=kind, object=raw["object"], start=start, end=end, title=raw.get("title"))


def _check_codes(entry: ActorEntry, path: str, where: str) -> None:
    if not _ID.match(entry.id):
        raise _fail(path, where, f"id {entry.id!r} may hold only letters, digits, '.', '_' and '-'")
    if entry.kind not in KINDS:
        raise _fail(path, where, f"kind {entry.kind!r} is not one of {sorted(KINDS)}")
    if entry.sector is not None and entry.sector not in SECTORS:
        raise _fail(path, where, f"sector {entry.sector!r} is not a PLOVER sector code ({sorted(SECTORS)})")
    for sector in entry.national:
        if sector not in SECTORS:
            raise _fail(path, where, f"national sector {sector!r} is not a PLOVER sector code")
    if entry.country is not None and not _ISO3.match(entry.country):
        raise _fail(path, where, f"country {entry.country!r} is not an ISO3 code like IRQ")
    if entry.wikidata is not None and not _QID.match(str(entry.wikidata)):
        raise _fail(path, where, f"wikidata {entry.wikidata!r} is not a QID like Q796")


def parse_actor(raw: Any, path: str, index: int, *, state: bool = False) -> ActorEntry:
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
        raise _fail(path, f"entry {index}", "each entry must be a mapping with a string id")
    where = f"entry {raw['id']!r}"
    unknown = set(raw) - _ACTOR_KEYS
    if unknown:
        raise _fail(path, where, f"unknown keys {sorted(unknown)}")
    if not isinstance(raw.get("name"), str) or not raw["name"].strip():
        raise _fail(path, where, "name is missing")
    entry = ActorEntry(
        id=raw["id"], name=raw["name"].strip(), kind="state" if state else raw.get("kind", "organisation"),
        sector=raw.get("sector"), country=raw["id"] if state else raw.get("country"),
        aliases=_strings(raw.get("aliases"), path, where, "aliases"),
        demonyms=_strings(raw.get("demonyms"), path, where, "demonyms"),
        capital=raw.get("capital"),
        capital_aliases=_strings(raw.get("capital_aliases"), path, where, "capital_aliases"),
        un_member=bool(raw.get("un_member", False)),
        wikidata=raw.get("wikidata"), national=_strings(raw.get("national"), path, where, "national"),
        relations=tuple(parse_relation(r, path, where) for r in raw.get("relations") or ()), source=path)
    _check_codes(entry, path, where)
    if state and not _ISO3.match(entry.id):
        raise _fail(path, where, "a country's id is its ISO3 code")
    return entry


def _agents(raw: Any, path: str) -> tuple[tuple[str, str], ...]:
    if not isinstance(raw, dict):
        raise _fail(path, "agents", "agents must map a sector code to a list of nouns")
    out = []
    for sector, nouns in raw.items():
        if sector not in SECTORS:
            raise _fail(path, f"agents {sector!r}", "not a PLOVER sector code")
        out.extend((noun, sector) for noun in _strings(nouns, path, f"agents {sector!r}", "nouns"))
    return tuple(out)


# libyaml's safe loader when PyYAML was built with it: the same documents, read about nine times faster (the
# shipped files took 1.3 s to parse in pure Python, most of the knowledge base's load time).
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read_yaml(path: Path) -> dict:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER)
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the actor file ({exc})") from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML ({exc})") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: an actor file is a mapping with keys countries, actors, agents or not_actors")
    unknown = set(data) - {"countries", "actors", "agents", "not_actors"}
    if unknown:
        raise ConfigError(f"{path}: unknown top-level keys {sorted(unknown)}")
    return data


def load_file(path: Path | str) -> KBFile:
    """One data file, parsed and checked entry by entry (cross-file checks are ``check_references``)."""
    path = Path(path)
    data = _read_yaml(path)
    name = str(path)
    states = tuple(parse_actor(r, name, i, state=True) for i, r in enumerate(data.get("countries") or ()))
    others = tuple(parse_actor(r, name, i) for i, r in enumerate(data.get("actors") or ()))
    agents = _agents(data["agents"], name) if data.get("agents") else ()
    return KBFile(path=name, actors=states + others, agents=agents,
                  not_actors=_strings(data.get("not_actors"), name, "not_actors", "phrases"))


def check_references(entries: Iterable[ActorEntry]) -> None:
    """Ids unique across files; countries known; every relation pointing at an existing actor."""
    seen: dict[str, ActorEntry] = {}
    entries = list(entries)
    for entry in entries:
        if entry.id in seen:
            raise _fail(entry.source, f"entry {entry.id!r}", f"duplicate id, also in {seen[entry.id].source}")
        seen[entry.id] = entry
    states = {e.id for e in entries if e.kind == "state"}
    for entry in entries:
        check_entry_references(entry, seen, states)


def check_entry_references(entry: ActorEntry, known: dict[str, ActorEntry] | set[str], states: set[str]) -> None:
    where = f"entry {entry.id!r}"
    if entry.country is not None and entry.country not in states:
        raise _fail(entry.source, where, f"country {entry.country} is not in the countries file")
    for rel in entry.relations:
        if rel.object not in known:
            raise _fail(entry.source, where, f"{rel.type} points to unknown actor id {rel.object!r}")
        if rel.object == entry.id:
            raise _fail(entry.source, where, f"{rel.type} points to itself")
