"""Who holds a land from outside, and when: "occupation forces" in a land are the occupier's, not the land's own
("Hezbollah attacked the occupation forces in southern Lebanon" in 1998 tells of Israeli troops). The table is ours
(``data/occupations.csv``): one row a territory (the ISO3 the gazetteer gives its places), its occupier and the
dates between which the wire called the occupier's forces there "the occupation forces".
"""
from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from functools import cache
from pathlib import Path

_TABLE = Path(__file__).parent / "data" / "occupations.csv"


@dataclass(frozen=True)
class Occupation:
    territory: str
    occupier: str
    start: dt.date
    end: dt.date | None  # None: still held

    def holds(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@cache
def occupations() -> tuple[Occupation, ...]:
    with _TABLE.open(encoding="utf-8", newline="") as source:
        return tuple(Occupation(territory=row["territory"], occupier=row["occupier"],
                                start=dt.date.fromisoformat(row["start"]),
                                end=dt.date.fromisoformat(row["end"]) if row["end"] else None)
                     for row in csv.DictReader(source))


def occupier_of(territory: str | None, *, date: dt.date | None) -> str | None:
    """The one state holding ``territory`` on ``date``; None when none or several do. With no date, only a
    holding that has not ended counts (an undated text is read as news of today)."""
    if territory is None:
        return None
    day = date or dt.date.today()
    holders = {o.occupier for o in occupations() if o.territory == territory and o.holds(day)}
    return holders.pop() if len(holders) == 1 else None
