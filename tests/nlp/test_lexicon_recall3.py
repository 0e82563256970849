"""Rows of ``khabar/nlp/data/lexicon.csv`` for accusations, relief handouts and summonses that gave no event, or the
wrong one, before. Sentences we wrote ourselves in the style of wire copy; none taken from a benchmark or the seed.

Conventions these rows add: an act of force attributed, linked or traced to a party accuses that party (ACCUSE
112), while a death put down to the heat, or a shooting to a quarrel, names no party; relief handed out is
distributed (AID 073), leaflets and prison terms are not; only an envoy, an embassy or an office a nationality marks
as another state's is summoned in protest (ACCUSE 114), not a minister of one's own; a sum "in aid" or "in loans"
held back, frozen or cut is aid cut (SANCTION 162), a sum "in assets" frozen is a sanction (163); a state expelled
from a bloc or an organisation loses its ties there (SANCTION 160); a report or a revelation that another party did
wrong accuses it (112), as saying so does, and so does telling that a party tries or plans a wrong ("trying to
destabilise", ``triggers.word_classes.wrongdoing``); a party summoned for questioning is called to account (090).
"""
from __future__ import annotations

import datetime as dt

import pytest

from .conftest import asserted_events, asserted_main_event

pytestmark = pytest.mark.model
PUBLISHED = dt.date(2023, 9, 8)


@pytest.mark.parametrize("sentence,category,cameo,actor,recipient", [
    # ---- an act of force laid at a party's door ----
    ("The interior ministry attributed the bombing to Islamist militants.", "ACCUSE", "112", "interior ministry",
     "Islamist militants"),
    ("Prosecutors linked the assassination to a rebel commander.", "ACCUSE", "112", "Prosecutors",
     "rebel commander"),
    ("Police traced the arson attack to separatist militants.", "ACCUSE", "112", "Police", "separatist militants"),
    # ---- relief handed out ----
    ("Red Cross volunteers handed out food parcels to the displaced families.", "AID", "073",
     "Red Cross volunteers", "displaced families"),
    ("Aid workers handed out tents and blankets in the flooded villages on Sunday.", "AID", "073", "Aid workers",
     None),
    # ---- envoys summoned in protest, whichever word names them ----
    ("Pakistan summoned the Indian deputy high commissioner over the border firing.", "ACCUSE", "114", "Pakistan",
     "Indian deputy high commissioner"),
    ("Seoul summoned a Japanese embassy official over the textbook row.", "ACCUSE", "114", "Seoul",
     "Japanese embassy official"),
    # ---- a sum of aid held back, frozen or cut; a state put out of a bloc ----
    ("Washington withheld 200 million dollars in aid from Cairo on Tuesday.", "SANCTION", "162", "Washington",
     "Cairo"),
    ("The IMF froze $800 million in loans to Zambia.", "SANCTION", "162", "IMF", "Zambia"),
    ("Congress cut 150 million dollars in military aid to Honduras.", "SANCTION", "162", "Congress", "Honduras"),
    ("The Treasury froze 35 million dollars in assets belonging to the arms dealer.", "SANCTION", "163",
     "Treasury", "arms dealer"),
    ("The regional bloc expelled Guinea from the organisation after the coup.", "SANCTION", "160",
     "regional bloc", "Guinea"),
    # ---- wrongdoing made public, or a wrong tried or planned ----
    ("The watchdog reported that the ministry had rigged the tender.", "ACCUSE", "112", "watchdog",
     "ministry"),
    ("The newspaper revealed that the general had embezzled army funds.", "ACCUSE", "112", "newspaper", "general"),
    ("The opposition said the ruling party planned to rig the vote.", "ACCUSE", "112", "opposition",
     "ruling party"),
    ("Lithuania said Minsk was trying to destabilise the region.", "ACCUSE", "112", "Lithuania", "Minsk"),
    # ---- called in to be questioned ----
    ("Police summoned two journalists for questioning over the cartoon.", "ACCUSE", "090", "Police", "journalists"),
])
def test_recall_rows_code_the_sentence(coder, sentence, category, cameo, actor, recipient):
    event = asserted_main_event(coder, sentence, PUBLISHED)
    assert event is not None, sentence
    assert (event.event, event.cameo) == (category, cameo)
    assert [a.text for a in event.actor][:1] == [actor]
    assert [a.text for a in event.recipient][:1] == ([recipient] if recipient else [])


@pytest.mark.parametrize("sentence,category", [
    # no party blamed: a cause, a quarrel, a road
    ("Doctors attributed the deaths to the heat wave.", "ACCUSE"),
    ("Police linked the shooting to a dispute between neighbours.", "ACCUSE"),
    ("The new highway links the capital to the port.", "ACCUSE"),
    ("Economists traced the rise in prices to the drought.", "ACCUSE"),
    # handed out, but no relief
    ("Volunteers handed out leaflets outside the stadium.", "AID"),
    ("The judge handed out long prison terms to the smugglers.", "AID"),
    # sums of other things held back or cut; people, not states, put out
    ("The employer withheld two million dollars in wages from the miners.", "SANCTION"),
    ("The airline cut 500 million dollars in costs last year.", "SANCTION"),
    ("The party expelled the former minister from its ranks.", "SANCTION"),
    # reports and plans that tell no wrong
    ("The statistics office reported that exports had fallen by ten percent.", "ACCUSE"),
    ("The ministry said the army planned to rebuild the bridge.", "ACCUSE"),
    # one's own minister summoned is no diplomatic protest
    ("The king summoned the prime minister to the palace on Monday.", "ACCUSE"),
])
def test_the_same_words_without_the_act_give_none_of_it(coder, sentence, category):
    assert category not in [e.event for e in asserted_events(coder, sentence, PUBLISHED)]
