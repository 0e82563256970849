"""An undated use of force retells an earlier one only if the things each struck may be one
(``retellings.targets_agree``). Articles written for these tests."""
from __future__ import annotations

import pytest

from tests.nlp.conftest import asserted_events as _events  # the events told as done

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,assaults", [
    # positions of an armed group are not a clinic: two strikes
    ("KADUGLI, Sudan, March 3 (Reuters) - A drone hit a clinic in Kadugli on Sunday, killing four patients, medics "
     "said. The army said its jets had struck the SPLM-N positions near the town.", 2),
    ("GAO, Mali, March 3 (Reuters) - A drone struck a school near Gao on Sunday, residents said. The army said its "
     "jets had struck the jihadist bases near the town.", 2),
    # the same positions told again: one strike
    ("KADUGLI, Sudan, March 3 (Reuters) - Army jets struck SPLM-N positions near Kadugli on Sunday, the army said. "
     "Residents said the jets had struck the positions before dawn.", 1),
])
def test_a_retelling_strikes_what_the_told_event_struck(coder, text, assaults):
    found = [e for e in _events(coder, text) if e.event == "ASSAULT" and e.trigger not in ("killing",)]
    assert len(found) == assaults
