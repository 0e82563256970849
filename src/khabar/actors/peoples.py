"""Peoples who live as their own in more than one state ("Hazara", "Baloch", "Tamil"). The knowledge base names
each under its main home; a text set in another of its homes tells of that state's people. The table is ours
(``data/peoples.csv``): one row a people's word (as written) and its home states, the main one first.
"""
from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

from .normalise import normalise

_TABLE = Path(__file__).parent / "data" / "peoples.csv"


@cache
def _homes() -> dict[str, frozenset[str]]:
    with _TABLE.open(encoding="utf-8", newline="") as source:
        rows = (row for row in csv.DictReader(source) if not row["people"].startswith("#"))
        return {normalise(row["people"]): frozenset(row["homes"].split("|")) for row in rows}


def home_of(people: str, *, main: str, country: str | None) -> str:
    """The state a people's word names: ``country`` (the text's) when it is one of the people's homes, else
    ``main``, the state the knowledge base names it under."""
    homes = _homes().get(normalise(people))
    if homes is None or country is None:
        return main  # most words: the country is not read (resolutions that do not read it are shared)
    return country if country in homes else main
