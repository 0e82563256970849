"""``khabar.nlp.mentions.other_state``: a state a bare office or organ lashes out at, or accuses in what it says,
is the other side, so the text naming only that state makes no one of the clause its own (sentences we wrote)."""
from __future__ import annotations

from datetime import date

import pytest

from tests.nlp.conftest import events_of

pytestmark = pytest.mark.model

PUBLISHED = date(2024, 5, 14)


# (text, category, the doer's country: None where the text states only the other side's)
@pytest.mark.parametrize("text,category,country", [
    # "at": whom the verb's act is aimed at
    ("The president lashed out at the United States on Monday.", "ACCUSE", None),
    ("The foreign minister hit out at Turkey over the border closure.", "ACCUSE", None),
    # the subject of an accusation's clause is the one accused
    ("The government said Moscow was trying to destabilise the country.", "ACCUSE", None),
    # controls: a dateline still places the office; an accusation's object as before
    ("WASHINGTON — The president lashed out at China on Monday.", "ACCUSE", "USA"),
    ("The government accused Pakistan of sheltering militants.", "ACCUSE", None),
])
def test_a_state_aimed_at_is_not_the_doers(coder, text, category, country):
    (event,) = events_of(coder, text, category, PUBLISHED)
    assert [a.country for a in event.actor] == [country]


# control: a state a speaker tells of as doing what is no harm ("said the United States would send aid") is no
# accused: the clause says nothing of whose the speaker is, and the state remains the doer of its own act
def test_a_state_told_of_without_accusation_keeps_its_act(coder):
    (event,) = events_of(coder, "The president said the United States would send more aid to Ukraine.", "AID",
                         PUBLISHED)
    assert [(a.id, a.country) for a in event.actor] == [("USA", "USA")]
