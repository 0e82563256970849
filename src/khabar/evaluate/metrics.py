"""Precision, recall and F1 per category, macro-F1, and a confusion table rendered as text lines."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

NONE = "-"  # the label for "no event" in a confusion table


def ranked(counts: Counter) -> list[tuple]:
    """(key, count) pairs, most frequent first and ties by key, so a report reads the same in every run
    (``Counter.most_common`` keeps insertion order on ties, which follows set order, hence the hash seed)."""
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


@dataclass(frozen=True, slots=True)
class Scores:
    """Counts of true positives, false positives and false negatives, with the ratios they give."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def support(self) -> int:
        return self.tp + self.fn

    def __add__(self, other: Scores) -> Scores:
        return Scores(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


def set_scores(gold: Iterable, predicted: Iterable) -> Scores:
    """Scores of a predicted set of hashable units against a gold set."""
    gold, predicted = set(gold), set(predicted)
    return Scores(tp=len(gold & predicted), fp=len(predicted - gold), fn=len(gold - predicted))


def scores_by_label(pairs: Iterable[tuple[str, str]], labels: Sequence[str]) -> dict[str, Scores]:
    """Per-label scores from single-label (gold, predicted) pairs; NONE stands for no label on either side."""
    counts = Counter(pairs)
    out = {}
    for label in labels:
        tp = counts[(label, label)]
        fp = sum(n for (g, p), n in counts.items() if p == label and g != label)
        fn = sum(n for (g, p), n in counts.items() if g == label and p != label)
        out[label] = Scores(tp, fp, fn)
    return out


def macro_f1(scores: dict[str, Scores], *, labels: Iterable[str] | None = None) -> float:
    """Mean F1 over the given labels (all of them by default), each counted once whatever its support."""
    chosen = list(labels) if labels is not None else list(scores)
    return sum(scores[label].f1 for label in chosen) / len(chosen) if chosen else 0.0


def accuracy(pairs: Sequence[tuple[str, str]]) -> float:
    return sum(1 for g, p in pairs if g == p) / len(pairs) if pairs else 0.0


def ratio(hits: int, total: int) -> float:
    return hits / total if total else 0.0


def render_scores(scores: dict[str, Scores], *, title: str = "category") -> list[str]:
    """A per-label table: support, tp, fp, fn, precision, recall, F1."""
    width = max([len(title), *map(len, scores)])
    lines = [f"{title:<{width}}  support   tp   fp   fn  precision  recall     f1"]
    for label, s in scores.items():
        lines.append(f"{label:<{width}}  {s.support:7d} {s.tp:4d} {s.fp:4d} {s.fn:4d}  {s.precision:9.3f}"
                     f"  {s.recall:6.3f}  {s.f1:5.3f}")
    return lines


def render_confusion(pairs: Iterable[tuple[str, str]], labels: Sequence[str] | None = None) -> list[str]:
    """Rows are gold labels, columns predicted ones; only labels that occur are shown, NONE last."""
    counts = Counter(pairs)
    seen = {label for pair in counts for label in pair}
    order = [x for x in (labels or sorted(seen - {NONE})) if x in seen]
    rows = order + [NONE] * any(g == NONE for g, _ in counts)
    columns = order + [NONE] * any(p == NONE for _, p in counts)
    corner = "gold\\pred"
    width = max([len(corner), *map(len, rows)])
    lines = [f"{corner:<{width}} " + " ".join(f"{c[:4]:>4}" for c in columns)]
    for gold in rows:
        cells = " ".join(f"{counts[(gold, pred)] or '.':>4}" for pred in columns)
        lines.append(f"{gold:<{width}} {cells}")
    return lines


def fmt(value: float) -> str:
    return f"{value:.3f}"
