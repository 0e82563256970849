"""PLOVER → ACLED event type and sub-event type (``data/acled.csv``).

A row applies when its event matches and each of its other keys is empty/"any" or matches; the most
specific applicable row wins (CAMEO prefix first, then actor kind, then mode, then recipient kind).
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
    actor: str | None  # "non-state" or None for any
    event_type: str
    sub_event_type: str

    def applies(self, mode: str | None, recipient: str | None, cameo: str | None, actor: str | None) -> bool:
        return ((self.mode is None or self.mode == mode)
                and (self.recipient is None or self.recipient == recipient)
                and (self.cameo is None or (cameo or "").startswith(self.cameo))
                and (self.actor is None or self.actor == actor))

    @property
    def specificity(self) -> tuple[int, int, int, int]:
        return (len(self.cameo or ""), self.actor is not None, self.mode is not None, self.recipient is not None)


def _blank(value: str) -> str | None:
    return None if value in ("", "any") else value


@cache
def acled_rules() -> dict[str, tuple[AcledRule, ...]]:
    rules: dict[str, list[AcledRule]] = {}
    for r in csv_rows("acled.csv"):
        rule = AcledRule(event=r["event"], mode=_blank(r["mode"]), recipient=_blank(r["recipient"]),
                         cameo=_blank(r["cameo"]), actor=_blank(r["actor"]), event_type=r["event_type"],
                         sub_event_type=r["sub_event_type"])
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


# Armed groups of no state: ACLED's "non-state actors" when they take territory.
_NON_STATE_ARMED = frozenset({"REB", "INS", "SEP", "UAF"})
# A state's armed forces: taking a town by arms, they mostly win back ground of their own state (police taking a
# campus or a building hold no front line, so they are left out).
_STATE_ARMED = frozenset({"MIL"})


def actor_kind(sectors: Iterable[str | None]) -> str | None:
    """'non-state' if any doer is an armed group of no state, else 'state' if one is a state's armed forces, else
    None (a state named as such, an office, or no known doer)."""
    codes = {(s or "").upper() for s in sectors}
    if codes & _NON_STATE_ARMED:
        return "non-state"
    return "state" if codes & _STATE_ARMED else None


def acled_types(event: str, mode: str | None, *, recipient_sectors: Iterable[str | None] = (),
                cameo: str | None = None, actor_sectors: Iterable[str | None] = ()) -> tuple[str, str] | None:
    """(ACLED event_type, sub_event_type) for a PLOVER event, or None when ACLED does not record it.

    ``mode`` may be a PLOVER 2.0 mode or an informal name for one ("shelling", "airstrike");
    ``recipient_sectors`` are the recipients' PLOVER sector codes ("CVL" makes an attack violence
    against civilians, "MIL" or "REB" an armed clash); ``actor_sectors`` the doers' ("REB" occupying a town
    overtakes territory, "MIL" retaking one regains it).
    """
    if event not in CATEGORIES:
        return None
    mode = normalise_mode(event, mode)
    kind, doers = recipient_kind(recipient_sectors), actor_kind(actor_sectors)
    rules = [r for r in acled_rules().get(event, ()) if r.applies(mode, kind, cameo, doers)]
    if not rules:
        return None
    best = max(rules, key=lambda r: r.specificity)
    return best.event_type, best.sub_event_type
