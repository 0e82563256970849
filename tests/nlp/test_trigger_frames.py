"""A lexicon row's constraints met in the frames a wire puts the same event in: passive, coordinated verbs, "moved to"
infinitives, relative clauses (with and without a pronoun), participles, light verbs and their nouns, particles split
from the verb or hung inside a long object, prepositional passives ("were called on to"), participles the tagger reads
as adjectives ("were frozen"), nouns it reads as verbs ("Aid from Norway arrived"), gerund complements read as adjuncts
("stopped, for the first time, buying"), the act an object only holds ("rejected the proposal for talks"), the act a
response is made of ("responded with airstrikes"), and the party that does what a light verb carries ("workers
responded with a strike"). Each negative control is the same word in the sense the constraint exists to keep out. All
sentences are our own, about invented situations."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.nlp.conftest import coded_events

pytestmark = pytest.mark.model

PUBLISHED = dt.date(2023, 3, 17)

# (frame, sentence, category, mode or None for any): the sentence must give an event of that category (and mode).
FRAMES = [
    ("passive", "Sanctions were imposed on the Eritrean central bank by the Treasury on Tuesday.", "SANCTION", None),
    ("passive", "The dockers' strike was called off by the union after talks with the port authority.", "CONCEDE",
     None),
    ("passive", "Three Chadian diplomats were expelled by Sudan on Monday.", "SANCTION", "expel"),
    ("passive", "Two ballistic missiles were fired into the sea by Pyongyang on Sunday.", "MOBILIZE", "weapons"),
    ("passive", "Reservists were called up by the Armenian defence ministry.", "MOBILIZE", "troops"),
    ("coordinated", "Bolivia summoned and expelled the Peruvian envoy.", "SANCTION", "expel"),
    ("xcomp", "Estonia moved to expel four Russian diplomats on Thursday.", "SANCTION", "expel"),
    ("xcomp", "Nigeria's labour congress voted to call off the general strike.", "CONCEDE", None),
    ("xcomp", "The EU decided to suspend budget support to Guinea.", "SANCTION", "discontinue"),
    ("participle", "Citing security concerns, Algeria closed its border with Libya.", "COERCE", "restrict"),
    ("relative", "The consul, who was expelled last week, left Minsk on Friday.", "SANCTION", "expel"),
    ("relative", "The sanctions that Ottawa imposed on Tehran hit the shipping sector.", "SANCTION", None),
    ("gapped relative", "The sanctions Ottawa imposed on Tehran hit the shipping sector.", "SANCTION", None),
    ("gapped relative", "The aid Denmark suspended after the coup was restored in May.", "SANCTION", "discontinue"),
    ("gapped relative", "The strike the miners' union called off would have shut the copper mines.", "CONCEDE",
     None),
    ("light verb", "The cardinal issued a call for a ceasefire in Tigray.", "REQUEST", None),
    ("light verb", "Washington slapped sanctions on four Nicaraguan officials.", "SANCTION", None),
    ("split particle", "The union called the strike off after a deal was reached.", "CONCEDE", None),
    ("particle in object", "The cabinet turned the opposition's latest offer of talks down.", "REJECT", None),
    ("prepositional passive", "Both sides were called on to show restraint in Nagorno-Karabakh.", "REQUEST", None),
    ("prepositional passive", "All parties were called upon to respect the truce in Tripoli.", "REQUEST", None),
    ("adjectival participle", "The assets of twelve Sudanese generals were frozen on Monday.", "SANCTION", None),
    ("response", "The coalition responded with airstrikes on rebel positions near Marib.", "ASSAULT", None),
    ("response", "Police responded with tear gas and water cannon in Bulawayo.", "ASSAULT", "crowd-control"),
    ("response", "Beijing retaliated with sanctions on two Lithuanian lawmakers.", "SANCTION", None),
    ("light verb doer", "Copper miners responded with a strike at the Kitwe smelter.", "PROTEST", "strike"),
    ("gerund adjunct", "Moldova stopped, for the first time in decades, buying Russian gas.", "SANCTION",
     "discontinue"),
    ("noun tagged as verb", "Aid from Norway arrived in Kandahar on Monday.", "AID", None),
    ("object's content", "The Houthis rejected a Saudi proposal for talks in Muscat.", "REJECT", "meet"),
    ("object's content", "Students in Dhaka demanded the holding of fresh elections.", "REQUEST", "change"),
    ("headline", "Union calls off nationwide strike", "CONCEDE", None),
    ("headline", "Rebels pull out of peace talks", "SANCTION", "withdraw"),
]


@pytest.mark.parametrize("frame, sentence, category, mode", FRAMES, ids=[f"{f}: {s[:40]}" for f, s, _, _ in FRAMES])
def test_a_row_is_met_in_the_frame(coder, frame, sentence, category, mode):
    events = coded_events(coder, sentence, PUBLISHED)
    found = {(e.event, e.mode) for e in events}
    assert any(event == category and (mode is None or got == mode) for event, got in found), (frame, found)


# (sentence, category the word must not give there): the same words in the sense their constraints keep out.
CONTROLS = [
    ("The lake above the village is frozen in winter.", "SANCTION"),
    ("The company froze hiring for a year.", "SANCTION"),
    ("The bakery was closed for the holiday.", "COERCE"),
    ("The players the coach called up last week won the final.", "MOBILIZE"),
    ("The ministry responded with a statement on Friday.", "ASSAULT"),
    ("Fans responded with a standing ovation.", "PROTEST"),
    ("Copper miners responded with a strike at the Kitwe smelter.", "ASSAULT"),
    ("The convoy stopped, searching every car at the checkpoint.", "SANCTION"),
    ("Villagers near the copper mine say they are worried about the water.", "ACCUSE"),
    ("The Guinean junta leader dismissed calls for a civilian council.", "CONCEDE"),
]


@pytest.mark.parametrize("sentence, category", CONTROLS, ids=[s[:40] for s, _ in CONTROLS])
def test_the_other_sense_stays_out(coder, sentence, category):
    events = coded_events(coder, sentence, PUBLISHED)
    assert category not in {e.event for e in events}, [(e.event, e.trigger) for e in events]
