"""What an object pronoun stands for when its sentence asks for an act on it: the people held just before, not
the one who asks (sentences we wrote ourselves)."""
from __future__ import annotations

from datetime import date

import pytest

from ..conftest import events_of

pytestmark = pytest.mark.model

PUBLISHED = date(2024, 3, 9)


# (text, the country and sector of the ones freed): "X called on Y to free them" frees those held before
@pytest.mark.parametrize("text,country,sector", [
    ("Police detained five activists in Harare on Monday. Amnesty called on the authorities to free them.",
     "ZWE", "CVL"),
    ("Police detained five activists in Harare on Monday. Rights groups urged the government to release them.",
     "ZWE", "CVL"),
    ("Soldiers arrested three journalists in Juba on Sunday. The Committee to Protect Journalists asked the army "
     "to release them.", "SSD", "MED"),
    ("Police arrested 40 students in Dhaka on Monday. Human Rights Watch called on the government to free them.",
     "BGD", None),
])
def test_the_ones_asked_to_be_freed_are_those_held_before(coder, text, country, sector):
    freed = [e for e in events_of(coder, text, "RETREAT", PUBLISHED) if e.trigger in ("free", "release")]
    assert freed, f"no release coded in {text!r}"
    recipient = freed[0].recipient
    assert recipient and recipient[0].country == country
    assert all(r.name != a.name for r in recipient for a in freed[0].actor)
    if sector is not None:
        assert recipient[0].sector == sector
