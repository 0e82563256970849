"""A user's actor file checked against the knowledge base: what it may add, and what it contradicts.

An entry conflicts when its id is taken by a different actor (another name, kind, sector or
country), when one of its aliases already names another actor, or when it points to an actor or a
country nobody defines. Conflicting entries are left out; the others are added.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from .normalise import normalise
from .schema import ActorEntry, KBFile


@dataclass(frozen=True, slots=True)
class Conflict:
    source: str
    actor_id: str
    problem: str

    def __str__(self) -> str:
        return f"{self.source}: {self.actor_id}: {self.problem}"


def _same(a: ActorEntry, b: ActorEntry) -> bool:
    return (a.name, a.kind, a.sector, a.country) == (b.name, b.kind, b.sector, b.country)


def _entry_conflicts(entry: ActorEntry, known: dict[str, ActorEntry], alias_owners: dict[str, set[str]],
                     new_ids: set[str]) -> list[str]:
    problems = []
    if entry.id in known and not _same(entry, known[entry.id]):
        old = known[entry.id]
        problems.append(f"id already names {old.name!r} ({old.kind}, {old.sector}, {old.country}) in {old.source}")
    for alias in (entry.name, *entry.aliases):
        owners = alias_owners.get(normalise(alias), set()) - {entry.id}
        if owners:
            problems.append(f"alias {alias!r} already names {', '.join(sorted(owners))}")
    states = {i for i, e in known.items() if e.kind == "state"} | {e for e in new_ids if e.isupper() and len(e) == 3}
    if entry.country and entry.country not in states:
        problems.append(f"country {entry.country} is not a known ISO3 country")
    for rel in entry.relations:
        if rel.object not in known and rel.object not in new_ids:
            problems.append(f"{rel.type} points to unknown actor {rel.object!r}")
    return problems


def alias_owners(entries: list[ActorEntry]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for entry in entries:
        for alias in (entry.name, *entry.aliases):
            out.setdefault(normalise(alias), set()).add(entry.id)
    return out


def screen(incoming: KBFile, known: dict[str, ActorEntry]) -> tuple[list[ActorEntry], list[Conflict]]:
    """The entries that can be added, and the conflicts of the others."""
    owners = alias_owners(list(known.values()))
    new_ids = {e.id for e in incoming.actors}
    accepted, conflicts = [], []
    for entry in incoming.actors:
        problems = _entry_conflicts(entry, known, owners, new_ids)
        conflicts.extend(Conflict(incoming.path, entry.id, p) for p in problems)
        if not problems and entry.id not in known:
            accepted.append(entry)
    return accepted, conflicts


def save_accepted(source: Path, accepted: list[ActorEntry], folder: Path) -> Path:
    """Keep the accepted entries of a user file (as the user wrote them) for later runs."""
    raw = yaml.safe_load(source.read_text(encoding="utf-8")) or {}
    ids = {e.id for e in accepted}
    kept = {key: [r for r in raw.get(key) or () if isinstance(r, dict) and r.get("id") in ids]
            for key in ("countries", "actors")}
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{source.stem}.yaml"
    target.write_text(yaml.safe_dump({k: v for k, v in kept.items() if v}, allow_unicode=True, sort_keys=False),
                      encoding="utf-8")
    return target
