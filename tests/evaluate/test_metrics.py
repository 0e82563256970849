"""Precision/recall/F1, macro-F1 and the confusion table."""
from __future__ import annotations

import pytest

from khabar.evaluate.metrics import (NONE, Scores, accuracy, macro_f1, render_confusion, render_scores,
                                     scores_by_label, set_scores)


def test_scores_ratios():
    s = Scores(tp=3, fp=1, fn=2)
    assert s.precision == pytest.approx(0.75)
    assert s.recall == pytest.approx(0.6)
    assert s.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert s.support == 5


def test_empty_scores_are_zero_not_errors():
    assert Scores().precision == Scores().recall == Scores().f1 == 0.0


def test_scores_add():
    assert Scores(1, 2, 3) + Scores(4, 5, 6) == Scores(5, 7, 9)


def test_set_scores():
    gold = {("s1", "ASSAULT"), ("s2", "COERCE")}
    found = {("s1", "ASSAULT"), ("s3", "PROTEST")}
    assert set_scores(gold, found) == Scores(tp=1, fp=1, fn=1)


def test_scores_by_label_from_single_label_pairs():
    pairs = [("ASSAULT", "ASSAULT"), ("ASSAULT", "COERCE"), ("COERCE", "COERCE"), ("PROTEST", NONE)]
    scores = scores_by_label(pairs, ["ASSAULT", "COERCE", "PROTEST"])
    assert scores["ASSAULT"] == Scores(tp=1, fp=0, fn=1)
    assert scores["COERCE"] == Scores(tp=1, fp=1, fn=0)
    assert scores["PROTEST"] == Scores(tp=0, fp=0, fn=1)
    assert accuracy(pairs) == pytest.approx(0.5)


def test_macro_f1_counts_every_label_once():
    scores = {"A": Scores(tp=10), "B": Scores(fn=1)}
    assert macro_f1(scores) == pytest.approx(0.5)
    assert macro_f1(scores, labels=["A"]) == pytest.approx(1.0)
    assert macro_f1({}) == 0.0


def test_render_scores_has_a_row_per_label():
    lines = render_scores({"ASSAULT": Scores(2, 1, 0), "COERCE": Scores(0, 0, 1)})
    assert lines[0].split()[:2] == ["category", "support"]
    assert lines[1].split()[:5] == ["ASSAULT", "2", "2", "1", "0"]
    assert lines[2].startswith("COERCE")


def test_render_confusion_rows_gold_columns_predicted():
    pairs = [("ASSAULT", "ASSAULT"), ("ASSAULT", "ASSAULT"), ("ASSAULT", "COERCE"), ("COERCE", NONE)]
    lines = render_confusion(pairs, ["ASSAULT", "COERCE", "PROTEST"])
    assert lines[0].split() == ["gold\\pred", "ASSA", "COER", "-"]
    assert lines[1].split() == ["ASSAULT", "2", "1", "."]
    assert lines[2].split() == ["COERCE", ".", ".", "1"]
    assert len(lines) == 3  # PROTEST never occurs and no gold says "no event": neither gets a row


def test_ranked_breaks_ties_by_key_whatever_the_insertion_order():
    from collections import Counter

    from khabar.evaluate.metrics import ranked
    one = Counter({("ACCUSE", "nothing"): 3, ("AGREE", "nothing"): 3, ("ASSAULT", "ACCUSE"): 5})
    other = Counter({("ASSAULT", "ACCUSE"): 5, ("AGREE", "nothing"): 3, ("ACCUSE", "nothing"): 3})
    assert ranked(one) == ranked(other) == [(("ASSAULT", "ACCUSE"), 5), (("ACCUSE", "nothing"), 3),
                                            (("AGREE", "nothing"), 3)]
