"""The date a resolution is made for, as the resolver reads it.

Most mentions resolve the same way on every date ("police", "Hezbollah"); only a choice among namesakes by
who was active, or an office's holder, reads the date. The resolver reads it only through these objects, so
a resolution made for ``ANY_DAY`` either completes, and then holds on every date (and with no date), or
stops with ``DayNeeded`` at the first answer that would depend on it.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .schema import RelationEntry


class DayNeeded(Exception):
    """A resolution made for every date at once reached an answer that depends on the date."""


@dataclass(frozen=True, slots=True)
class On:
    """One date, or None for a mention read with no date (then "now")."""

    date: dt.date | None

    def known(self) -> bool:
        return self.date is not None

    def holds(self, relation: RelationEntry) -> bool:
        return relation.holds_on(self.date)


class AnyDay:
    """Every date at once: any question about the date stops the resolution."""

    __slots__ = ()

    def known(self) -> bool:
        raise DayNeeded

    def holds(self, relation: RelationEntry) -> bool:
        raise DayNeeded


Day = On | AnyDay
ANY_DAY = AnyDay()
