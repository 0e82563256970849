"""Scores of a grouping against gold clusters: pairwise precision/recall/F1 and B³.

Both take ``{item: cluster}`` maps over the same items; an item missing from the prediction is a
singleton there.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations


@dataclass(frozen=True, slots=True)
class Scores:
    precision: float
    recall: float
    f1: float


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _pairs(clusters: dict[str, str]) -> set[tuple[str, str]]:
    members: dict[str, list[str]] = defaultdict(list)
    for item, cluster in clusters.items():
        members[cluster].append(item)
    return {tuple(sorted(pair)) for group in members.values() for pair in combinations(group, 2)}


def pairwise(predicted: dict[str, str], gold: dict[str, str]) -> Scores:
    predicted = {item: predicted.get(item, f"singleton:{item}") for item in gold}
    got, want = _pairs(predicted), _pairs(gold)
    p = len(got & want) / len(got) if got else 1.0
    r = len(got & want) / len(want) if want else 1.0
    return Scores(p, r, _f1(p, r))


def b_cubed(predicted: dict[str, str], gold: dict[str, str]) -> Scores:
    predicted = {item: predicted.get(item, f"singleton:{item}") for item in gold}
    by_pred: dict[str, set[str]] = defaultdict(set)
    by_gold: dict[str, set[str]] = defaultdict(set)
    for item in gold:
        by_pred[predicted[item]].add(item)
        by_gold[gold[item]].add(item)
    precision = recall = 0.0
    for item in gold:
        shared = len(by_pred[predicted[item]] & by_gold[gold[item]])
        precision += shared / len(by_pred[predicted[item]])
        recall += shared / len(by_gold[gold[item]])
    p, r = precision / len(gold), recall / len(gold)
    return Scores(p, r, _f1(p, r))
