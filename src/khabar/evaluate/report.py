"""The outcome of scoring one evaluation set."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Report:
    """``summary`` holds the headline figures (flat, JSON-ready); ``lines`` the detail for the terminal."""

    name: str
    source: str
    summary: dict[str, Any] = field(default_factory=dict)
    lines: tuple[str, ...] = ()
    skipped: str | None = None

    def render(self) -> list[str]:
        head = f"== {self.name} ({self.source})"
        if self.skipped:
            return [head, f"skipped: {self.skipped}"]
        figures = "  ".join(f"{k}={_show(v)}" for k, v in self.summary.items())
        return [head, figures, *self.lines]


def skipped(name: str, path: Any) -> Report:
    """The report of a set whose files are absent."""
    return Report(name=name, source=str(path), summary={"skipped": True}, skipped=f"{path} not found")


def _show(value: Any) -> str:
    return f"{value:.3f}" if isinstance(value, float) else str(value)
