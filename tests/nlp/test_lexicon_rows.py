"""Rows of ``khabar/nlp/data/lexicon.csv`` for forms of ACCUSE, SANCTION, COERCE and AID that gave
no event, or no actor, before. Sentences we wrote ourselves in the style of wire copy; none taken from a benchmark or
the seed.

Conventions these rows add: a commission of inquiry set up or launched, a preliminary examination into crimes and
inspectors inspecting investigate (CAMEO 090); sanctions, an embargo or a travel or trade restriction placed or put on
a party are sanctions (163), other restrictions placed on it restrict (172); a body adopting sanctions or a package of
them imposes them (163); taking in or admitting refugees gives them asylum (075); visiting the site or scene
of an event meets no one (no 042). "Agreed new sanctions" stays AGREE (a benchmark figure fell with a SANCTION row).
"""
from __future__ import annotations

import datetime as dt

import pytest

from .conftest import asserted_main_event

pytestmark = pytest.mark.model
PUBLISHED = dt.date(2023, 6, 16)


@pytest.mark.parametrize("sentence,category,mode,actor", [
    # ---- ACCUSE: a commission of inquiry ----
    ("The government set up a commission of inquiry into the massacre.", "ACCUSE", "investigate", "government"),
    ("The ministry launched a commission of inquiry into the killing of the journalist.", "ACCUSE", "investigate",
     "ministry"),
    ("A commission of inquiry into the shootings was set up by the government on Monday.", "ACCUSE", "investigate",
     "government"),
    ("The ICC launched a preliminary examination into alleged crimes in Venezuela.", "ACCUSE", "investigate", "ICC"),
    ("IAEA inspectors inspected the Zaporizhzhia plant on Thursday.", "ACCUSE", "investigate", "IAEA inspectors"),
    # ---- SANCTION / COERCE: measures placed or put on a party ----
    ("The United States placed travel restrictions on Nigerian officials who undermined the vote.", "SANCTION", None,
     "United States"),
    ("The EU placed sanctions on three Iranian generals.", "SANCTION", None, "EU"),
    ("Washington put an arms embargo on South Sudan.", "SANCTION", None, "Washington"),
    ("The junta placed restrictions on the press.", "COERCE", "restrict", "junta"),
    ("The government put curbs on foreign media.", "COERCE", "restrict", "government"),
    # ---- SANCTION: sanctions adopted ----
    ("The Security Council unanimously adopted sanctions against the junta.", "SANCTION", None, "Security Council"),
    ("Arab League ministers adopted sanctions against Syria on Sunday.", "SANCTION", None, "Arab League ministers"),
    ("The EU adopted a new package of sanctions against Russia.", "SANCTION", None, "EU"),
    ("EU ministers approved a new package of sanctions on Iran.", "SANCTION", None, "EU ministers"),
    # ---- AID: refugees taken in or admitted; aid measured twice ----
    ("Poland took in two million Ukrainian refugees last year.", "AID", "asylum", "Poland"),
    ("Canada admitted 40,000 Afghan refugees.", "AID", "asylum", "Canada"),
    ("Hundreds of tonnes of food aid were delivered to Tigray on Friday.", "AID", "humanitarian", None),
])
def test_recall_rows_code_the_sentence(coder, sentence, category, mode, actor):
    event = asserted_main_event(coder, sentence, PUBLISHED)
    assert event is not None, sentence
    assert (event.event, event.mode) == (category, mode)
    assert [a.text for a in event.actor][:1] == ([actor] if actor else [])


@pytest.mark.parametrize("sentence", [
    "The president inspected a guard of honour at the airport.",  # a leader inspecting troops investigates nothing
    "The students sat their final examination on Monday.",
    "U.N. investigators visited the site of the massacre to collect evidence.",  # touring a site meets no one
    "The minister visited the scene of the blast.",
])
def test_no_event_in_neighbouring_senses(coder, sentence):
    assert asserted_main_event(coder, sentence, PUBLISHED) is None


@pytest.mark.parametrize("sentence,category", [
    # hosting talks or a guest is still a meeting; "agreed new sanctions" keeps its plain reading
    ("Egypt hosted talks between Israel and Hamas.", "CONSULT"),
    ("The president is hosting the Kenyan leader at the White House.", "CONSULT"),
    ("The EU agreed new sanctions on Russia on Wednesday.", "AGREE"),
    ("Egypt hosted a meeting of Libyan factions.", "CONSULT"),
])
def test_neighbouring_senses_keep_their_category(coder, sentence, category):
    event = asserted_main_event(coder, sentence, PUBLISHED)
    assert event is not None and event.event == category
