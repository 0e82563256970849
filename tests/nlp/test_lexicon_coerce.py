"""Rows of ``khabar/nlp/data/lexicon.csv`` on the borders of COERCE and MOBILIZE. Sentences written for these tests
in the style of wire copy.

Conventions: storming a place to arrest or seize is coercion (COERCE, 170), as a raid is, and storming that kills
stays force (ASSAULT); whatever a party sends to rescue, evacuate or feed people is humanitarian aid (AID, 073), not a
show of force.
"""
from __future__ import annotations

import pytest

from .conftest import asserted_main_event

PUBLISHED = None

# (sentence, the category of its main event)
STORMING = [
    ("Police stormed the opposition headquarters and detained 30 activists.", "COERCE"),
    ("Police stormed the offices of the newspaper, arresting its editor.", "COERCE"),
    ("Riot police stormed the university campus and detained dozens of students.", "COERCE"),
    ("Soldiers stormed the camp, killing three and arresting 20.", "ASSAULT"),
    ("Troops stormed the compound and killed the militant leader.", "ASSAULT"),
    ("Security forces stormed the building where the gunmen were hiding.", "ASSAULT"),
]

SENT_FOR_RELIEF = [
    ("The military deployed helicopters to rescue stranded villagers.", "AID"),
    ("The army deployed soldiers to distribute food to flood victims.", "AID"),
    ("Kenya dispatched helicopters to evacuate tourists from the island.", "AID"),
    ("Russia sent troops to the border with Ukraine.", "MOBILIZE"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "category"), STORMING)
def test_storming_to_arrest_is_coercion(coder, text, category):
    assert asserted_main_event(coder, text, PUBLISHED).event == category


@pytest.mark.model
@pytest.mark.parametrize(("text", "category"), SENT_FOR_RELIEF)
def test_sent_for_relief_is_aid(coder, text, category):
    assert asserted_main_event(coder, text, PUBLISHED).event == category
