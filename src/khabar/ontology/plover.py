"""PLOVER 2.0 categories, modes, quad classes, contexts and actor sectors (from ``data/plover.yaml``)."""
from __future__ import annotations

from functools import cache

from ..errors import ConfigError
from ._files import plover_data

# The 16 PLOVER 2.0 event categories, cooperation first then conflict. The YAML file describes each;
# a test keeps the two in step.
CATEGORIES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)

QUAD_CLASSES = ("verbal cooperation", "material cooperation", "verbal conflict", "material conflict")


def _category(category: str) -> dict:
    entry = plover_data()["categories"].get(category)
    if entry is None:
        raise ConfigError(f"unknown PLOVER category {category!r}: choose one of {', '.join(CATEGORIES)}")
    return entry


def modes_of(category: str) -> tuple[str, ...]:
    """The PLOVER 2.0 modes of a category, in manual order (empty for categories without modes)."""
    return tuple(_category(category).get("modes") or ())


def mode_note(category: str, mode: str) -> str:
    return (_category(category).get("modes") or {}).get(mode, "")


def definition(category: str) -> str:
    return _category(category)["definition"]


def quad_class(category: str) -> str:
    """One of QUAD_CLASSES: 'verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'."""
    return _category(category)["quad"].replace("_", " ")


def intensity(category: str) -> float:
    """The category's conflict (-) / cooperation (+) score on a -10..+10 scale."""
    return float(_category(category)["intensity"])


def normalise_mode(category: str, mode: str | None) -> str | None:
    """The PLOVER 2.0 mode meant by ``mode`` (itself, or the mode an older/informal name stands for), else None."""
    if not mode:
        return None
    key = mode.strip().lower().replace("_", "-").replace(" ", "-")
    if key in modes_of(category):
        return key
    return (plover_data().get("mode_aliases", {}).get(category) or {}).get(key)


@cache
def contexts() -> tuple[str, ...]:
    """PLOVER context labels (the 'why' of an event), set at document level."""
    return tuple(plover_data()["contexts"])


def context_note(context: str) -> str:
    return plover_data()["contexts"].get(context, "")


@cache
def sectors() -> tuple[str, ...]:
    """PLOVER actor sector codes (GOV, MIL, COP, REB, CVL, ...)."""
    return tuple(plover_data()["sectors"])


def sector_kind(sector: str | None) -> str | None:
    """'armed', 'civilian' or None (an unarmed non-civilian such as GOV, or an unknown code)."""
    entry = plover_data()["sectors"].get((sector or "").upper())
    if entry is None:
        return None
    if entry.get("armed"):
        return "armed"
    return "civilian" if entry.get("civilian") else None
