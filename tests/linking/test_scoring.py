import pytest

from khabar.linking.scoring import b_cubed, pairwise

GOLD = {"a": "1", "b": "1", "c": "1", "d": "2", "e": "2", "f": "3"}


def test_a_perfect_grouping_scores_one():
    assert pairwise(GOLD, GOLD).f1 == 1.0 and b_cubed(GOLD, GOLD).f1 == 1.0


def test_a_wrong_merge_costs_precision_not_recall():
    merged = dict(GOLD, f="2")
    scores = pairwise(merged, GOLD)
    assert scores.recall == 1.0 and scores.precision == pytest.approx(4 / 6)


def test_a_missed_link_costs_recall_not_precision():
    split = dict(GOLD, c="9")
    scores = pairwise(split, GOLD)
    assert scores.precision == 1.0 and scores.recall == pytest.approx(2 / 4)


def test_b_cubed_on_all_singletons():
    scores = b_cubed({}, GOLD)
    assert scores.precision == 1.0 and scores.recall == pytest.approx((3 * 1 / 3 + 2 * 1 / 2 + 1) / 6)
