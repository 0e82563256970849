"""``Stats``: what a store holds, as counts, and its rendering for the terminal."""
from __future__ import annotations

from dataclasses import dataclass, field

Counts = list[tuple[str, int]]


@dataclass(frozen=True, kw_only=True)
class Stats:
    total: int
    by_category: Counts = field(default_factory=list)
    by_month: Counts = field(default_factory=list)  # ("YYYY-MM", n), oldest first
    by_country: Counts = field(default_factory=list)  # ISO3 of the place or any actor
    by_actor: Counts = field(default_factory=list)  # top actors, as actor or recipient
    failures: int = 0
    recent_failures: list[tuple[str, str]] = field(default_factory=list)  # (source, reason), newest first
    articles: int = 0
    factuality: tuple[str, ...] = ()  # the factuality values counted; empty: all

    def _kind(self) -> str:
        # extract reports every event it coded; say which of them these counts keep
        return f"{' or '.join(self.factuality)} events" if self.factuality else "events (any factuality)"

    def render(self) -> list[str]:
        """Lines for the terminal."""
        lines = [f"{self.total} {self._kind()} from {self.articles} articles"]
        for title, counts in (("category", self.by_category), ("month", self.by_month),
                              ("country", self.by_country), ("actor", self.by_actor)):
            lines += _section(f"by {title}", counts)
        lines.append(f"failures: {self.failures}")
        lines += [f"  {source}: {reason}" for source, reason in self.recent_failures]
        return lines


def _section(title: str, counts: Counts) -> list[str]:
    if not counts:
        return [f"{title}: none"]
    width = max(len(str(key)) for key, _ in counts)
    return [f"{title}:"] + [f"  {str(key):<{width}}  {n:>7}" for key, n in counts]
