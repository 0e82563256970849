"""PLOVER 2.0 ontology: categories, modes, quad classes, contexts, and the CAMEO and ACLED crosswalks.

Everything is read lazily from our own data files in ``data/``. ``ONTOLOGY_VERSION`` is a digest of
those files, recorded with every run.
"""
from __future__ import annotations

from typing import Any

from .acled import acled_types, recipient_kind
from .cameo import cameo_entry, cameo_to_plover, plover_to_cameo
from .plover import (CATEGORIES, QUAD_CLASSES, context_note, contexts, definition, intensity, mode_note,
                     modes_of, normalise_mode, quad_class, sector_kind, sectors)

__all__ = [
    "ONTOLOGY_VERSION", "CATEGORIES", "CONTEXTS", "QUAD_CLASSES", "acled_types", "cameo_entry", "cameo_to_plover",
    "context_note", "contexts", "definition", "intensity", "mode_note", "modes_of", "normalise_mode",
    "plover_to_cameo", "quad_class", "recipient_kind", "sector_kind", "sectors",
]


def __getattr__(name: str) -> Any:
    # Computed on first use, so importing the package reads no file.
    if name == "ONTOLOGY_VERSION":
        from ._files import data_hash
        return data_hash()
    if name == "CONTEXTS":
        return contexts()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
