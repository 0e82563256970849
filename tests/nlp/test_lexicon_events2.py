"""Lexicon rows (``khabar/nlp/data/lexicon.csv``) for acts told through a verb that names their outcome or their
means: a toll as what violence "left" behind, a closure imposed on a territory, checkpoints set up, aid groups let
in. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.nlp.conftest import asserted_events

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "category", "mode"), [
    # a toll told as what an act left behind
    ("The worst unrest since the vote was held left 14 people dead.", "ASSAULT", None),
    ("Unrest in the province left dozens of people wounded on Sunday.", "ASSAULT", None),
    # a closure imposed on a territory restricts movement
    ("The army imposed a closure on the northern districts on Tuesday.", "COERCE", "restrict"),
    # checkpoints put up by forces restrict movement; by a crowd they obstruct
    ("Soldiers set up checkpoints on every road into the town.", "COERCE", "restrict"),
    ("The militia erected roadblocks around the refinery.", "COERCE", "restrict"),
    ("Angry protesters set up barricades on the main highway.", "PROTEST", "obstruct"),
    # the groups that bring aid, let in
    ("The authorities allowed relief agencies into the besieged district.", "RETREAT", "access"),
])
def test_acts_told_through_their_outcome_or_means(coder, text, category, mode):
    assert (category, mode) in [(e.event, e.mode) for e in asserted_events(coder, text)]


@pytest.mark.parametrize("text", [
    # a disaster or an accident leaving people dead is no political act
    "The floods left 12 people dead in the valley.",
    "The bus crash left three passengers dead.",
    # a closure announced by a firm is no restriction of movement
    "The company announced the closure of its factory.",
    # a group let in with no aid to bring is no access
    "The council allowed community groups to use the hall.",
])
def test_no_act_of_force_or_access(coder, text):
    assert not [e for e in asserted_events(coder, text) if e.event in ("ASSAULT", "COERCE", "RETREAT")]
