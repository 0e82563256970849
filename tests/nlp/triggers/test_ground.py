"""The "@town" and "@ground" word classes (``khabar.nlp.triggers.ground``): a town that falls to a force is ground
whatever the tagger calls it, and a name a sentence describes as ground is taken, not a person seized."""
from __future__ import annotations

import pytest

from tests.nlp.conftest import asserted_events

# (text, whether a seizure of ground (COERCE 192) is coded)
FALLEN_TOWNS = [
    # a sentence-opening town the tagger calls an organisation, known to the gazetteer as a populated place
    ("Kunduz fell to the Taliban on Sunday.", True),
    ("Gharyan fell to the Libyan National Army without a fight.", True),
    ("KABUL, Aug 8 (Reuters) - Kunduz fell to the Taliban on Sunday, officials said.", True),
    ("The town fell to the rebels on Sunday.", True),
    # a city the tagger calls a person, falling to a force the knowledge base knows
    ("Wad Madani fell to the Rapid Support Forces on Monday after the army withdrew.", True),
    # a name the tagger calls a person's, taken over: a city
    ("The Taliban took over Jalalabad without a fight on Sunday.", True),
    # ground won back
    ("Syrian government forces regained full control of Aleppo on Thursday.", True),
    ("Iraqi forces wrested control of Tal Afar from Islamic State militants.", True),
    # a leader's compound is a site taken, not the leader seized
    ("Rebel fighters captured the president's compound in the capital on Tuesday.", True),
    # nothing taken: no force in the "to" phrase, or no place falling
    ("Kunduz fell to its lowest temperature in a decade.", False),
    ("Responsibility for the talks fell to the foreign minister.", False),
    # a contest's loser, whatever the tagger calls the names (a town's name too)
    ("Warren fell to Sanders in the New Hampshire primary.", False),
    ("The regime regained its seat at the Arab League in May.", False),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "seized"), FALLEN_TOWNS)
def test_a_town_falling_to_a_force_is_ground_taken(coder, text, seized):
    assert any(e.event == "COERCE" and e.cameo == "192" for e in asserted_events(coder, text)) is seized


# (text, expected (category, mode) of the event of the taking verb)
TAKEN_NAMES = [
    # an apposition calls the name ground
    ("Al-Shabaab fighters seized Bulo Burde, a town in central Somalia, on Tuesday.", ("COERCE", "seize")),
    ("Jihadists captured Tessit, a remote army outpost, on Saturday.", ("COERCE", "seize")),
    # taken from a force or a state
    ("Tuareg separatists captured Anefis from the Malian army on Friday.", ("COERCE", "seize")),
    ("Rebels seized Ouadda from government forces last week.", ("COERCE", "seize")),
    # persons stay persons: seized by an armed group, they are abducted
    ("Houthi rebels seized Ahmed Saleh, a senior tribal leader, in Sanaa on Monday.", ("ASSAULT", "abduct")),
    ("Gunmen seized John Okafor from his home in Kaduna on Sunday.", ("ASSAULT", "abduct")),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), TAKEN_NAMES)
def test_a_name_described_as_ground_is_taken_not_abducted(coder, text, expected):
    taken = [(e.event, e.mode) for e in asserted_events(coder, text) if e.trigger in ("seized", "captured")]
    assert taken == [expected]
