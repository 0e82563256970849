"""``ActorKB``: the actor knowledge base and the one door to it.

Built once from data files (the shipped ones in ``data/`` and a user's own), with an index for fast
lookups; ``default_kb()`` caches the shipped one per process.
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..model import Actor
from .camps import camp_sector
from .countries import ANY_COUNTRY, CountryNeeded
from .days import ANY_DAY, Day, DayNeeded, On
from .importing import Conflict, save_accepted, screen
from .index import ROLE_CAPITAL, Index, build_index
from .normalise import words
from .nouns import agent_sector, nationality
from .resolver import actor_of, generic_actor, resolve
from .schema import ActorEntry, KBFile, check_references, load_file

DATA_DIR = Path(__file__).parent / "data"
_USER_DIR_VARIABLE = "KHABAR_ACTORS_DIR"
# Resolutions kept per knowledge base, in each of its two caches (by date only for the mentions whose
# resolution reads the date). A few hundred articles' worth keeps the hits, and the caches are full (and
# their memory flat) long before a large run ends.
RESOLVED_CACHE = 16_384
# What the cache without dates holds for a mention whose resolution reads the date.
DATED = object()
_ANCESTOR_RELATIONS = frozenset({"part_of", "member_of"})


@dataclass(frozen=True, slots=True)
class KBRelation:
    """A relation the knowledge base holds, between two actor ids."""

    subject: str
    type: str
    object: str
    start: dt.date | None = None
    end: dt.date | None = None
    title: str | None = None


def shipped_files() -> list[Path]:
    return sorted(DATA_DIR.glob("*.yaml"))


def user_dir() -> Path:
    """Where ``khabar actors import`` keeps accepted user files ($KHABAR_ACTORS_DIR, else ~/.khabar/actors)."""
    configured = os.environ.get(_USER_DIR_VARIABLE)
    return Path(configured) if configured else Path.home() / ".khabar" / "actors"


def _digest(paths: Iterable[Path]) -> str:
    sha = hashlib.sha1()
    for path in paths:
        sha.update(path.name.encode("utf-8") + b"\0" + path.read_bytes())
    return sha.hexdigest()[:12]


class ActorKB:
    def __init__(self, files: list[KBFile], *, version: str, user_folder: Path | None = None):
        check_references(e for f in files for e in f.actors)
        self._files = list(files)
        self._index: Index = build_index(self._files)
        self._memoise()
        self._version = version
        self._user_folder = user_folder

    @classmethod
    def load(cls, paths: Iterable[Path | str], *, user_folder: Path | None = None) -> ActorKB:
        """A knowledge base from data files; user files in ``user_folder`` are added, conflicts left out."""
        paths = [Path(p) for p in paths]
        kb = cls([load_file(p) for p in paths], version=_digest(paths), user_folder=user_folder)
        for extra in sorted(user_folder.glob("*.yaml")) if user_folder and user_folder.is_dir() else ():
            kb._merge(extra)
        return kb

    # -- lookups ---------------------------------------------------------------------------------
    def resolve(self, text: str, *, date: dt.date | None = None, country: str | None = None) -> Actor | None:
        """The actor a mention names, as of ``date``, with ``country`` as the article's own."""
        found = self._timeless(text, country)  # most mentions resolve alike on every date: kept once for all
        return self._dated(text, date, country) if found is DATED else found

    def _memoise(self) -> None:
        """The lookups memoised per knowledge base, made anew with its index: articles repeat their actors
        many times, coreference asks the sector and the country of every noun of a text, and each mention is
        resolved again for each event it is in."""
        index, memo = self._index, functools.lru_cache(maxsize=RESOLVED_CACHE)
        self._timeless = memo(functools.partial(_resolve_timeless, index))
        self._dated = memo(functools.partial(_resolve_dated, index))
        self._reads_country_timeless = memo(functools.partial(_reads_country, index, ANY_DAY))
        self._reads_country_dated = memo(lambda text, day: _reads_country(index, On(day), text))
        self._agent_sector = memo(lambda text: agent_sector(index, words(text)))
        self._sector_of = memo(self._read_sector)  # asked of most nouns of a text, several times each
        self._country_of = memo(self._read_country)
        self._government_of_capital = memo(self._read_government_of_capital)

    def reads_country(self, text: str, *, date: dt.date | None = None) -> bool:
        """Whether ``resolve(text, date=date, country=...)`` may differ from one article country to another (or
        from none); when not, the caller need not work out the country."""
        found = self._reads_country_timeless(text)
        return self._reads_country_dated(text, date) if found is DATED else found

    def country_of(self, text: str) -> str | None:
        """The ISO3 country a word or phrase names ("Iraqi", "Iran's", "U.S.", "Baghdad")."""
        return self._country_of(text)

    def _read_country(self, text: str) -> str | None:
        ws = words(text)
        found = nationality(self._index, ws, self._index.matches(ws))
        if found is not None:
            return found[0]
        actor = self.resolve(text)
        return actor.country if actor else None

    def government_of_capital(self, text: str) -> Actor | None:
        """The government a capital's name stands for ("Moscow insists" -> the Government of Russia), or
        None when the text is no capital ("Russia" itself stays the state)."""
        return self._government_of_capital(text)

    def _read_government_of_capital(self, text: str) -> Actor | None:
        ws = words(text)
        if ws and ws[0].key == "the":
            ws = ws[1:]
        targets = self._index.targets(" ".join(w.key for w in ws), ws) or ()
        state = next((t.actor_id for t in targets if t.role == ROLE_CAPITAL), None)
        return generic_actor(self._index, text, "GOV", state) if state else None

    def sector_of(self, text: str) -> str | None:
        """The sector of an agent noun ("police" COP), or of the actor the text names."""
        return self._sector_of(text)

    def _read_sector(self, text: str) -> str | None:
        sector = self._agent_sector(text)
        if sector:
            return sector
        actor = self.resolve(text)
        return actor.sector if actor else None

    def camp_of(self, owner: Actor, noun: str, *, text: str) -> Actor | None:
        """The people of ``owner``'s camp a noun names ("supporters", "aides" of X), or None (see ``camps``)."""
        sector = camp_sector(self._index, owner, noun)
        return generic_actor(self._index, text, sector, owner.country) if sector else None

    def get(self, actor_id: str) -> Actor | None:
        entry = self._index.by_id.get(actor_id)
        return actor_of(self._index, actor_id, entry.name) if entry else None

    def entry(self, actor_id: str) -> ActorEntry | None:
        return self._index.by_id.get(actor_id)

    def entries(self) -> list[ActorEntry]:
        return list(self._index.by_id.values())

    def relations(self, actor_id: str) -> list[KBRelation]:
        """The relations an actor takes part in, as subject or object."""
        out = [KBRelation(e.id, r.type, r.object, r.start, r.end, r.title)
               for e in self._index.by_id.values() for r in e.relations if actor_id in (e.id, r.object)]
        return sorted(out, key=lambda r: (r.start or dt.date.min, r.subject, r.type, r.object))

    def ancestors(self, actor_id: str) -> frozenset[str]:
        """Every actor this one is part of or a member of, transitively (KH -> PMF -> Iraq)."""
        seen: set[str] = set()
        todo = [actor_id]
        while todo:
            entry = self._index.by_id.get(todo.pop())
            for rel in entry.relations if entry else ():
                if rel.type in _ANCESTOR_RELATIONS and rel.object not in seen:
                    seen.add(rel.object)
                    todo.append(rel.object)
        return frozenset(seen)

    def version(self) -> str:
        """A hash of the data files, recorded with every run."""
        return self._version

    # -- user files ------------------------------------------------------------------------------
    def import_file(self, path: Path | str) -> list[Conflict]:
        """Add a user's actor file; entries that conflict are left out and returned as conflicts."""
        path = Path(path)
        accepted, conflicts = self._merge(path)
        if accepted and self._user_folder is not None:
            save_accepted(path, accepted, self._user_folder)
        return conflicts

    def _merge(self, path: Path) -> tuple[list[ActorEntry], list[Conflict]]:
        incoming = load_file(path)
        accepted, conflicts = screen(incoming, self._index.by_id)
        if accepted:
            self._files.append(KBFile(path=str(path), actors=tuple(accepted), agents=incoming.agents,
                                      not_actors=incoming.not_actors))
            self._index = build_index(self._files)
            self._memoise()
            self._version = hashlib.sha1(f"{self._version}:{_digest([path])}".encode()).hexdigest()[:12]
        return accepted, conflicts


def _resolve_timeless(index: Index, text: str, country: str | None) -> Actor | None | object:
    """The actor a mention names on every date (and with none), or ``DATED`` when that depends on the date."""
    try:
        return resolve(index, text, day=ANY_DAY, country=country)
    except DayNeeded:
        return DATED


def _resolve_dated(index: Index, text: str, day: dt.date | None, country: str | None) -> Actor | None:
    return resolve(index, text, day=On(day), country=country)


def _reads_country(index: Index, day: Day, text: str) -> bool | object:
    """Whether the resolution on ``day`` reads the article country; ``DATED`` when, for every date at once, it
    reads the date first."""
    try:
        resolve(index, text, day=day, country=ANY_COUNTRY)  # a country that stops the resolution when read
    except CountryNeeded:
        return True
    except DayNeeded:
        return DATED
    return False


@functools.cache
def default_kb() -> ActorKB:
    """The shipped knowledge base plus the user's imported files, loaded once per process."""
    return ActorKB.load(shipped_files(), user_folder=user_dir())
