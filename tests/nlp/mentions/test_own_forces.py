"""``khabar.nlp.mentions.home_country``: the forces a named armed body tells of as its own ("the RSF said its
forces ...") are that body, not its state's army, which the noun alone would be read as."""
from __future__ import annotations

import pytest

from tests.nlp.conftest import asserted_events

# (sentence, category of the act, the actor's name expected)
OWN_FORCES = [
    ("The RSF said its forces had seized the town of Bara on Friday.", "COERCE", "Rapid Support Forces"),
    ("The RSF said on Sunday its troops had shelled army positions near the city.", "ASSAULT", "Rapid Support Forces"),
    ("The Taliban said its forces had captured the provincial capital.", "COERCE", "Taliban"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "category", "actor"), OWN_FORCES)
def test_a_speaking_armed_bodys_own_forces_are_that_body(coder, text, category, actor):
    acts = [e for e in asserted_events(coder, text) if e.event == category]
    assert acts and [a.name for a in acts[0].actor] == [actor]
