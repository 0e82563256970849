"""The quad class of a PLOVER category (verbal/material x cooperation/conflict), for colouring edges.

The ontology package owns the answer (``khabar.ontology.quad_class``); the small table below is
only used while that function is unavailable, and names the same four classes.
"""
from __future__ import annotations

QUADS = ("verbal cooperation", "material cooperation", "verbal conflict", "material conflict")

_FALLBACK = {
    "verbal cooperation": ("AGREE", "CONSULT", "SUPPORT", "CONCEDE"),
    "material cooperation": ("COOPERATE", "AID", "RETREAT"),
    "verbal conflict": ("REQUEST", "ACCUSE", "REJECT", "THREATEN"),
    "material conflict": ("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"),
}


def quad_of(category: str | None) -> str | None:
    """One of ``QUADS`` (or None for an unknown category)."""
    if not category:
        return None
    try:
        from ..ontology import quad_class
    except ImportError:
        return _fallback(category)
    try:
        found = quad_class(category)
    except (KeyError, ValueError):
        return None
    return _normalise(found) if found else None


def _normalise(quad: str) -> str:
    return quad.replace("_", " ").strip().lower()


def _fallback(category: str) -> str | None:
    upper = category.upper()
    return next((quad for quad, categories in _FALLBACK.items() if upper in categories), None)


def categories() -> tuple[str, ...]:
    """Every PLOVER category, from the ontology when it is available."""
    try:
        from ..ontology import CATEGORIES
    except ImportError:
        return tuple(c for group in _FALLBACK.values() for c in group)
    return tuple(CATEGORIES)
