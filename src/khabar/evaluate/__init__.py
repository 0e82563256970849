"""Scoring khabar's coder on the shared benchmarks and the seed reference (``khabar eval``).

Each set has its own module with ``parse``, ``score`` and ``run(root) -> Report``. A set whose files
are absent gives a Report that says it was skipped. Evaluation data is read in place, never copied.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..errors import ConfigError
from . import geo, heldout, linking, petrarch2, plover_gsr, seed, seed_relations, throughput, wikievents
from .report import Report

RUNNERS: dict[str, Callable[[Path], Report]] = {
    plover_gsr.NAME: plover_gsr.run, petrarch2.NAME: petrarch2.run, wikievents.NAME: wikievents.run,
    seed.NAME: seed.run, seed_relations.NAME: seed_relations.run, throughput.NAME: throughput.run, geo.NAME: geo.run, linking.NAME: linking.run,
    heldout.NAME: heldout.run,
}
SETS = tuple(RUNNERS)

__all__ = ["Report", "SETS", "evaluate"]


def evaluate(sets: list[str] | None = None, *, root: Path) -> dict[str, Report]:
    """Reports by set name, in the order asked (all sets by default). ``root`` holds benchmarks/ and seed/."""
    chosen = list(sets) if sets else list(SETS)
    unknown = [name for name in chosen if name not in RUNNERS]
    if unknown:
        raise ConfigError(f"unknown evaluation set(s) {', '.join(unknown)}: choose from {', '.join(SETS)}")
    return {name: RUNNERS[name](Path(root)) for name in chosen}
