"""``khabar.nlp.arguments.holders.taken_from_its_holder``: ground taken from a party its "from" phrase names has that
party for recipient, not the town nor the town's people."""
from __future__ import annotations

import pytest

from tests.nlp.conftest import asserted_events

# (text, the recipients' sectors of the seizure)
TAKEN_FROM = [
    ("Tuareg separatists captured Anefis from the Malian army on Friday.", ["MIL"]),
    ("Iraqi forces recaptured Kirkuk from Kurdish fighters on Monday.", ["REB"]),
    ("Government forces retook Marawi from Islamist militants on Monday.", ["INS"]),
    ("The army recaptured the town of Palmyra from Islamic State fighters.", ["INS"]),
    ("Iraqi forces wrested control of Tal Afar from Islamic State militants.", ["INS"]),
    # an apposition names whose ground it was
    ("Government troops recaptured Adan Yabaal, an al Shabaab stronghold, on Thursday.", ["INS"]),
    # no "from" party: the town stands for its people, as before
    ("Jihadists seized Kidal on Thursday.", ["CVL"]),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "sectors"), TAKEN_FROM)
def test_ground_taken_from_a_party_has_that_party_for_recipient(coder, text, sectors):
    seizure = next(e for e in asserted_events(coder, text) if e.event == "COERCE")
    assert [r.sector for r in seizure.recipient] == sectors
