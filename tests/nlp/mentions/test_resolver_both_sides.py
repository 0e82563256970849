""""Both sides", "the warring parties" (``khabar.nlp.mentions.resolver``): the pair named before them, never the
parties that urge them or offer to mediate between them, and never political parties; with no pair named, no
country the text states for the one acting on them (sentences we wrote ourselves)."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.nlp.conftest import events_of

pytestmark = pytest.mark.model

D = dt.date(2023, 3, 10)
CLASH = "KHARTOUM, March 9 (Reuters) - The army and the Rapid Support Forces clashed in Khartoum on Thursday. "


# (text, category, the countries the sides must be of)
@pytest.mark.parametrize("text, category, countries", [
    (CLASH + "Saudi Arabia and the United States urged both parties to observe the ceasefire.", "REQUEST",
     {"SDN"}),  # the urging pair is not the pair of sides
    (CLASH + "The United States urged both parties to observe the ceasefire.", "REQUEST", {"SDN"}),
    ("Armenia and Azerbaijan traded fire along the border. Russia urged both sides to respect the truce.",
     "REQUEST", {"ARM", "AZE"}),
    ("Israeli troops clashed with Palestinian gunmen in Jenin. Egypt called on both parties to exercise restraint.",
     "REQUEST", {"ISR", "PSE"}),
])
def test_both_sides_are_the_pair_named_before(session_coder, text, category, countries):
    events = events_of(session_coder, text, category, D)
    assert events and {a.country for a in events[0].recipient} == countries
    assert all(a.sector != "PTY" for a in events[0].recipient)  # sides of a conflict, not political parties


@pytest.mark.parametrize("text, category, speaker", [
    ("Kenya offered to mediate between the warring parties in Sudan.", "CONSULT", "KEN"),
    ("Kenya offered to mediate between the warring parties in Sudan.", "AGREE", "KEN"),
])
def test_sides_named_by_no_pair_are_not_the_speakers(session_coder, text, category, speaker):
    events = events_of(session_coder, text, category, D)
    assert events and events[0].recipient, f"no {category} with sides in {text!r}"
    assert all(a.country != speaker for a in events[0].recipient)


def test_sides_in_a_clause_of_their_own_are_the_subject_pair(session_coder):
    text = "India and Pakistan agreed on Friday that both sides would pull back their troops."
    events = events_of(session_coder, text, "RETREAT", D)
    assert events and {a.country for a in events[0].actor} <= {"IND", "PAK"} and events[0].actor
