"""PLOVER → ACLED event type and sub-event type (``data/acled.csv``).

A row applies when its event matches and each of its other keys is empty/"any" or matches; the most
specific applicable row wins (CAMEO prefix first, then mode, then recipient kind).
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from .plover import CATEGORIES, normalise_mode, sector_kind
from ._files import csv_rows


@dataclass(frozen=True, slots=True)
class AcledRule:
    event: str
    mode: str | None
    recipient: str | None  # "civilian", "armed" or None for any
    cameo: str | None
    event_type: str
    sub_event_type: str

    def applies(self, mode: str | None, recipient: str | None, cameo: str | None) -> bool:
        return ((self.mode is None or self.mode == mode)
                and (self.recipient is None or self.recipient == recipient)
                and (self.cameo is None or (cameo or "").startswith(self.cameo)))

    @property
    def specificity(self) -> tuple[int, int, int]:
        return (len(self.cameo or ""), self.mode is not None, self.recipient is not None)


def _blank(value: str) -> str | None:
    return None if value in ("", "any") else value


@cache
def acled_rules() -> dict[str, tuple[AcledRule, ...]]:
    rules: dict[str, list[AcledRule]] = {}
    for r in csv_rows("acled.csv"):
        rule = AcledRule(event=r["event"], mode=_blank(r["mode"]), recipient=_blank(r["recipient"]),
                         cameo=_blank(r["cameo"]), event_type=r["event_type"], sub_event_type=r["sub_event_type"])
        rules.setdefault(rule.event, []).append(rule)
    return {event: tuple(found) for event, found in rules.items()}


# ACLED counts unarmed officials, politicians and candidates as civilians: a mayor shot dead is an attack, not a clash.
_UNARMED_OFFICIALS = frozenset({"GOV", "LEG", "JUD", "OPP", "PTY", "ELI"})


def _acled_kind(sector: str) -> str | None:
    return "civilian" if sector.upper() in _UNARMED_OFFICIALS else sector_kind(sector)


def recipient_kind(sectors: Iterable[str | None]) -> str | None:
    """'armed' if any recipient bears arms, 'civilian' if every known one is a civilian (for ACLED, an unarmed
    official is one), else None."""
    kinds = {_acled_kind(s) for s in sectors if s}
    if "armed" in kinds:
        return "armed"
    return "civilian" if kinds == {"civilian"} else None


def acled_types(event: str, mode: str | None, *, recipient_sectors: Iterable[str | None] = (),
                cameo: str | None = None) -> tuple[str, str] | None:
    """(ACLED event_type, sub_event_type) for a PLOVER event, or None when ACLED does not record it.

    ``mode`` may be a PLOVER 2.0 mode or an informal name for one ("shelling", "airstrike");
    ``recipient_sectors`` are the recipients' PLOVER sector codes ("CVL" makes an attack violence
    against civilians, "MIL" or "REB" an armed clash).
    """
    if event not in CATEGORIES:
        return None
    mode = normalise_mode(event, mode)
    kind = recipient_kind(recipient_sectors)
    rules = [r for r in acled_rules().get(event, ()) if r.applies(mode, kind, cameo)]
    if not rules:
        return None
    best = max(rules, key=lambda r: r.specificity)
    return best.event_type, best.sub_event_type
