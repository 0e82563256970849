"""The mood of a "that" clause, on sentences we write."""
from __future__ import annotations

import pytest

from khabar.nlp.factuality.mandative import mandated_clause


@pytest.mark.parametrize("sentence, clause, mandated", [
    # a subjunctive after "suggest", "insist", "propose" says what is to be done, not what was
    ("The envoy suggested that both militias withdraw.", "withdraw", True),
    ("Moscow insisted that the NATO troops leave.", "leave", True),
    ("The mediators proposed that the rebels disarm.", "disarm", True),
    ("Brazil insisted that the army withdraw from the town.", "withdraw", True),
    ("The council demanded that the prisoners be released.", "released", True),
    # the indicative tells what happened, or what is said to happen
    ("Moscow insisted that the NATO troops left.", "left", False),
    ("The report suggested that the army had attacked the village.", "attacked", False),
    ("The report suggests that the militias withdraw every winter.", "withdraw", False),
    ("Officials said that both militias withdraw.", "withdraw", False),
])
def test_a_mandative_subjunctive_is_marked(raw_nlp, sentence, clause, mandated):
    doc = raw_nlp(sentence)
    assert mandated_clause(next(t for t in doc if t.text == clause)) is mandated
