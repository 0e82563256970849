"""Rows of ``khabar/nlp/data/lexicon.csv`` for common diplomatic and political verbs that gave no event, or the wrong
one, before. Sentences we wrote ourselves in the style of wire copy; none taken from a benchmark or the seed.

Conventions these rows add: a party welcomed for talks, on a visit or at the airport is a guest received (CONSULT
043), while a decision or a release welcomed is approved (SUPPORT 051); one person called with a purpose
("called his counterpart to defuse the row") is phoned (041), a crowd called to an act is not; power taken by soldiers
or fighters is seized (COERCE 192), not by a leader taking office; a candidate or party disqualified is banned (1722);
a convoy or a mission blocked by forces is restricted (172); a complaint filed is lodged (ACCUSE 114), with the party
it is filed with as recipient; a party invited for a visit or talks is invited (REQUEST 026); a fine is coercion (172).
"""
from __future__ import annotations

import datetime as dt

import pytest

from .conftest import asserted_events, asserted_main_event

pytestmark = pytest.mark.model
PUBLISHED = dt.date(2024, 4, 19)


@pytest.mark.parametrize("sentence,category,cameo,actor,recipient", [
    # ---- welcomed as a guest ----
    ("The Thai prime minister welcomed his Cambodian counterpart for talks in Bangkok.", "CONSULT", "043",
     "Thai prime minister", "his Cambodian counterpart"),
    ("The Ghanaian president was welcomed by Togolese officials on a two-day visit to Lome.", "CONSULT", "043",
     "Togolese officials", "Ghanaian president"),
    ("The emir welcomed the Italian prime minister at the airport.", "CONSULT", "043", "emir",
     "Italian prime minister"),
    # ---- a phone call with a purpose ----
    ("Uganda's foreign minister called his Rwandan counterpart to ease the tension.", "CONSULT", "041",
     "Uganda's foreign minister", "his Rwandan counterpart"),
    # ---- power seized, candidates disqualified, convoys blocked ----
    ("The army took power in Bamako on Tuesday.", "COERCE", "192", "army", None),
    ("The election commission disqualified two opposition candidates on Monday.", "COERCE", "1722",
     "election commission", "opposition candidates"),
    ("Soldiers blocked an aid convoy at the border crossing.", "COERCE", "172", "Soldiers", None),
    # ---- complaints filed, invitations, fines ----
    ("The Thai embassy filed a complaint with the Cambodian government over the shooting.", "ACCUSE", "114",
     "Thai embassy", "Cambodian government"),
    ("The Egyptian president invited the Sudanese army chief for talks.", "REQUEST", "026", "Egyptian president",
     "Sudanese army chief"),
    ("A Moscow court fined two opposition activists.", "COERCE", "172", "Moscow court", "opposition activists"),
])
def test_recall_rows_code_the_sentence(coder, sentence, category, cameo, actor, recipient):
    event = asserted_main_event(coder, sentence, PUBLISHED)
    assert event is not None, sentence
    assert (event.event, event.cameo) == (category, cameo)
    assert [a.text for a in event.actor][:1] == [actor]
    if recipient is not None:
        assert recipient in [r.text for r in event.recipient]


@pytest.mark.parametrize("sentence,category", [
    ("Nigeria welcomed the decision of the court on Monday.", "SUPPORT"),  # an act approved, no guest
    ("The opposition called its supporters to march on the capital.", None),  # a crowd summoned, no one phoned
    ("The president called the nation to prayer.", None),
    ("The prime minister took power after winning the election.", None),  # office taken, not seized
    ("Race officials disqualified the runner after a false start.", None),  # sport, no politics
])
def test_near_misses_keep_their_reading(coder, sentence, category):
    found = [e.event for e in asserted_events(coder, sentence, PUBLISHED)]
    assert found == ([category] if category else []), (sentence, found)
