"""Why gold toponyms miss, counted by kind: the aggregate that says where to look, never which item.

A miss is a gold span resolved more than 161 km from its gold point. Where the gold gives a GeoNames
id, the gazetteer's readings of the span tell coverage from ranking apart:
- ``no reading``: the gazetteer has no entry for the name;
- ``not read``: entries exist but the resolver gave none (``gold a reading`` when the gold place was
  among them: a decline that cost a hit);
- ``gold not a reading``: the gold place is not among the name's entries (a coverage gap);
- ``ranked below, same country`` / ``ranked below, other country``: the gold place was a reading and
  another one won, in the gold place's country or elsewhere (focus and population at work).
Each miss with the gold among the readings is also counted by the gold place's kind.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from .gazetteer import Entry

ACC_KM = 161.0


@dataclass(frozen=True, slots=True)
class Outcome:
    """One gold toponym: the resolver's answer, the name's readings, the gold id and the error."""

    answer: Entry | None
    readings: tuple[Entry, ...]
    gold_id: int | None
    error_km: float


def miss_kind(outcome: Outcome) -> str | None:
    """The miss's kind, or None for a hit."""
    if outcome.error_km <= ACC_KM:
        return None
    if not outcome.readings:
        return "no reading"
    gold = _gold_reading(outcome)
    if outcome.answer is None:
        return "not read, gold a reading" if gold is not None else "not read"
    if gold is None:
        return "gold not a reading" if outcome.gold_id is not None else "no gold id"
    side = "same country" if gold.country == outcome.answer.country else "other country"
    return f"ranked below, {side}"


def gold_kind(outcome: Outcome) -> str | None:
    """The gold place's kind where it is among the readings: country, province, populated place, other."""
    gold = _gold_reading(outcome)
    if gold is None:
        return None
    if gold.is_country:
        return "country"
    if gold.is_admin1:
        return "province"
    return "populated place" if gold.feature.startswith("PP") else "other"


def _gold_reading(outcome: Outcome) -> Entry | None:
    if outcome.gold_id is None:
        return None
    return next((e for e in outcome.readings if e.geonameid == outcome.gold_id), None)


def tally(outcomes: Iterable[Outcome]) -> dict[str, int]:
    """Counts of misses by kind, then of misses whose gold was a reading by the gold's kind."""
    kinds: Counter[str] = Counter()
    for outcome in outcomes:
        kind = miss_kind(outcome)
        if kind is None:
            continue
        kinds[kind] += 1
        if kind.startswith("ranked below"):
            kinds[f"gold is a {gold_kind(outcome)}"] += 1
    return dict(sorted(kinds.items(), key=lambda item: (-item[1], item[0])))
