"""The lookup tables built once from the knowledge base's entries.

Every alias is stored under its normalised key. A key may name several actors ("Hariri"); the choice
among them is made at resolution time by country and date. Phrases listed as ``not_actors`` are stored
with no target, so that "Sadr City" as the longest match hides "Sadr".
"""
from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .normalise import Word, in_capitals, is_acronym, normalise
from .schema import ActorEntry, KBFile, RelationEntry

ROLE_NAME, ROLE_DEMONYM, ROLE_CAPITAL = "name", "demonym", "capital"
MATCHES_CACHE = 16_384
_EPOCH = dt.date(1, 1, 1)


@dataclass(frozen=True, slots=True)
class Target:
    actor_id: str
    role: str  # name (or alias), demonym, capital
    acronym: bool  # matches only text written in capitals
    proper: bool = False  # a body's one-word name that is also a common word, a nationality word: capitalised only


@dataclass(frozen=True, slots=True)
class Match:
    start: int  # word offsets in the resolved text
    end: int
    targets: tuple[Target, ...]  # empty for a not-actor phrase


@dataclass(frozen=True, slots=True)
class Holding:
    """A person's dated relation to an office holder's object (a country or an organisation); or a force's to the
    country it is deployed in (``person`` is then the force)."""

    person: str
    relation: RelationEntry


@dataclass(slots=True)
class Index:
    by_id: dict[str, ActorEntry]
    aliases: dict[str, tuple[Target, ...]]
    agents: dict[str, str]
    holdings: dict[tuple[str, str], tuple[Holding, ...]]  # (object id, relation type) -> holders
    national: dict[tuple[str, str], str]  # (ISO3, sector) -> actor id
    longest: int  # words in the longest alias
    # (ISO3, normalised title) -> the heads of that state's bodies under the title ("foreign minister")
    offices: dict[tuple[str, str], tuple[Holding, ...]] = field(default_factory=dict)
    _matches: Callable[[tuple[Word, ...]], tuple[Match, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # one resolution reads the same words several times (the whole phrase, its head, its nationality)
        self._matches = functools.lru_cache(maxsize=MATCHES_CACHE)(self._find_matches)

    def targets(self, key: str, span: tuple[Word, ...]) -> tuple[Target, ...] | None:
        """The actors an alias key names; None when the key is no alias, () for a not-actor phrase."""
        found = self.aliases.get(key)
        if not found:
            return found
        capitals = in_capitals(span)
        named = any(w.capital for w in span)  # "granted amnesty to" is no Amnesty International
        kept = tuple(t for t in found if (capitals or not t.acronym) and (named or not t.proper))
        if capitals and any(t.acronym for t in kept):  # "SANA" is the news agency, not Sanaa
            kept = tuple(t for t in kept if t.acronym)
        return kept or None  # written otherwise, the words are no alias at all

    def matches(self, ws: tuple[Word, ...]) -> list[Match]:
        """Every alias occurring in the words, longest first at each start."""
        return list(self._matches(ws))

    def _find_matches(self, ws: tuple[Word, ...]) -> tuple[Match, ...]:
        out = []
        for start in range(len(ws)):
            for end in range(min(len(ws), start + self.longest), start, -1):
                span = ws[start:end]
                found = self.targets(" ".join(w.key for w in span), span)
                if found is not None:
                    out.append(Match(start, end, found))
                    break
        return tuple(out)


def _alias_targets(entry: ActorEntry) -> Iterable[tuple[str, Target]]:
    for alias in (entry.name, *entry.aliases):
        proper = entry.kind == "organisation" and alias[:1].isupper() and " " not in alias.strip()
        yield alias, Target(entry.id, ROLE_NAME, is_acronym(alias), proper)
    for demonym in entry.demonyms:  # written with a capital: "electricity poles" are no Poles
        yield demonym, Target(entry.id, ROLE_DEMONYM, False, proper=True)
    for capital in (entry.capital, *entry.capital_aliases) if entry.capital else ():
        yield capital, Target(entry.id, ROLE_CAPITAL, False)


def _add_aliases(aliases: dict[str, list[Target]], entry: ActorEntry) -> None:
    for alias, target in _alias_targets(entry):
        key = normalise(alias)
        if not key:
            continue
        known = aliases.setdefault(key, [])
        same = next((i for i, t in enumerate(known) if t.actor_id == target.actor_id), None)
        if same is None:
            known.append(target)
        else:  # "ZANU-PF" and "Zanu-PF": the actor matches as loosely as its loosest spelling allows
            known[same] = _loosest(known[same], target)


def _loosest(kept: Target, other: Target) -> Target:
    return Target(kept.actor_id, kept.role, kept.acronym and other.acronym, kept.proper and other.proper)


def _holdings(entries: Iterable[ActorEntry]) -> dict[tuple[str, str], tuple[Holding, ...]]:
    out: dict[tuple[str, str], list[Holding]] = {}
    for entry in entries:
        for rel in entry.relations:
            if rel.type in ("head_of_state", "head_of_government", "leader_of", "deployed_in"):
                out.setdefault((rel.object, rel.type), []).append(Holding(entry.id, rel))
    return {key: tuple(sorted(v, key=lambda h: h.relation.start or _EPOCH)) for key, v in out.items()}


def _offices(entries: list[ActorEntry]) -> dict[tuple[str, str], tuple[Holding, ...]]:
    """The titled heads of a state's bodies by the state and the title: "Russia's foreign minister" is whoever
    leads a Russian body as "foreign minister", whichever body the knowledge base hangs the office on (the
    ministry, or the armed forces for some defence ministers)."""
    by_id = {e.id: e for e in entries}
    out: dict[tuple[str, str], list[Holding]] = {}
    for entry in entries:
        for rel in entry.relations:
            body = by_id.get(rel.object)
            if rel.type == "leader_of" and rel.title and body is not None and body.kind != "state" and body.country:
                out.setdefault((body.country, normalise(rel.title)), []).append(Holding(entry.id, rel))
    return {key: tuple(sorted(v, key=lambda h: h.relation.start or _EPOCH)) for key, v in out.items()}


def build_index(files: Iterable[KBFile]) -> Index:
    files = list(files)
    entries = [e for f in files for e in f.actors]
    aliases: dict[str, list[Target]] = {}
    for entry in entries:
        _add_aliases(aliases, entry)
    for f in files:
        for phrase in f.not_actors:
            aliases.setdefault(normalise(phrase), [])
    agents = {normalise(noun): sector for f in files for noun, sector in f.agents}
    national = {(e.country, s): e.id for e in entries if e.country for s in e.national}
    frozen = {k: tuple(v) for k, v in aliases.items()}
    return Index(by_id={e.id: e for e in entries}, aliases=frozen, agents=agents, holdings=_holdings(entries),
                 national=national, longest=max((len(k.split()) for k in frozen), default=1),
                 offices=_offices(entries))
