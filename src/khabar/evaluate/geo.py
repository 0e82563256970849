"""The geoparser on LGL and GeoWebNews (``benchmarks/geo``), through ``khabar.geo.evaluate``."""
from __future__ import annotations

from pathlib import Path

from .report import Report, skipped

NAME = "geo"


def run(root: Path) -> Report:
    from ..geo.evaluate import evaluate_geo
    folder = root / "benchmarks" / "geo"
    if not folder.is_dir():
        return skipped(NAME, folder)
    scores = evaluate_geo(folder)
    summary = {f"{name}_{key}": value for name, figures in scores.items() for key, value in figures.items()
               if isinstance(value, (int, float))}
    lines = tuple(f"{name}: " + "  ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}"
                                          for k, v in figures.items() if k != "misses")
                  for name, figures in scores.items())
    misses = tuple(f"{name} misses (>161 km) by kind: " + ", ".join(f"{k} {n}" for k, n in figures["misses"].items())
                   for name, figures in scores.items() if figures.get("misses"))
    lines += misses
    return Report(name=NAME, source=str(folder), summary=summary, lines=lines)
