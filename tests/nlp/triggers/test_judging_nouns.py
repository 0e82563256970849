"""An event noun predicated of another act judges it and tells no new one (``vetoes.noun_veto``). Sentences written
for these tests."""
from __future__ import annotations

import pytest

from tests.nlp.conftest import asserted_events as _events  # the events told as done

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Rebels attacked a convoy near Goma on Tuesday. The attack was a violation of the ceasefire, the United Nations "
    "said.",
    "Troops shelled the village on Monday. The shelling was a breach of the truce, the monitors said.",
    "Troops shelled the village on Monday. It was a clear violation of the ceasefire, the monitors said.",
    "Rebels shelled the town on Monday. The shelling constituted a violation of the truce, the army said.",
])
def test_a_judgement_of_an_act_is_no_second_act(coder, text):
    assert len([e for e in _events(coder, text) if e.event == "ASSAULT"]) == 1


@pytest.mark.parametrize("text", [
    "There was a violation of the ceasefire near Goma on Tuesday.",
    "The monitors recorded a violation of the ceasefire near Goma on Tuesday.",
])
def test_a_violation_told_as_an_act_is_one(coder, text):
    assert [e.cameo for e in _events(coder, text) if e.event == "ASSAULT"] == ["196"]
