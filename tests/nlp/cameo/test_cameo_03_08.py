"""Every CAMEO code of roots 03-08 (intent to cooperate, consult, diplomatic and material cooperation, aid,
yielding) on sentences we wrote ourselves: the main asserted event has the PLOVER category the published
CAMEO->PLOVER crosswalk gives for the code, and the parties the row states. The rows are in
``cameo_03_08_sentences``.
"""
from __future__ import annotations

import datetime as dt

import pytest

from khabar.ontology.cameo import cameo_table, cameo_to_plover

from tests.nlp.cameo.cameo_03_08_sentences import TABLE
from tests.nlp.cameo.codebook_rows import check_main_event, row_params

pytestmark = pytest.mark.model

PUBLISHED = dt.date(2023, 6, 15)
ROOTS = ("03", "04", "05", "06", "07", "08")

# Open errors, each the first words of its sentence and why the event is still missed.
KNOWN_MISSES: dict[str, str] = {
    # no event, or not asserted
    "The Egyptian government said it would take part in a joint fisheries":
        'the parser hangs "joint" on "fisheries", so "joint programme" is not read and nothing is intended',
    "The Jordanian intelligence chief said his agency would":
        '"his agency" stays unresolved, so the exchange has no doer and no intention is stated',
    "The Haitian transitional council said it would create":
        "no lexicon word for creating or reshaping an institution",
    "Canadian prime minister apologises":
        'the parser tags the headline verb "apologises" as a noun',
    "India began supplying electricity to Bangladesh":
        "supplying goods is aid or trade by context; no row tells trade supplies from aid",
    "The right of Rohingya refugees to work was recognised":
        '"recognise" a right is no concession row: it would also take "recognised Israel\'s right to defend itself"',
    "Under pressure from protesters, the Bolivian congress approved":
        "approving a new institution under pressure has no concession word",
    "The Congolese government let UN peacekeepers deploy":
        'a deployment "let" happen reads as the future deployment, not the permission',
    # another category
    "The African Union said it would deploy a protection force":
        "a force deployed reads as a mobilisation (a threat when stated), whatever it is sent to protect",
    "The Bolivian government offered an amnesty":
        '"offer" is a light verb: the amnesty offered codes as granted (CONCEDE), not as intended',
    "Algeria volunteers to mediate":
        'the parser reads "Algeria volunteers" as one noun phrase',
    "Germany returned looted bronzes":
        'the parser makes "looted" a clause of its own, so the looting is the event and the return is not read',
    "Haiti welcomed the first contingent":
        "welcoming forces reads as praise (SUPPORT), not as receiving a deployment",
    "Israel opened the Kerem Shalom crossing":
        'the parser tags "crossing" as a verb, so the crossing opened is not read and "aid" is the event',
    # the actor
    "The Israeli military signalled it would":
        '"signal" is no verb of saying, so "it" is not read as the speaker',
    "Talks mediated by the African Union":
        "the talks, with no party, are the main event rather than the mediation",
    # the recipient
    "Myanmar's junta said it would let United Nations monitors":
        'the monitors let "into" a place are not read as the object of "let"',
    "The African Union rallied member states behind":
        "\"member states\" are a party (states are agent nouns), read as whom the rally is aimed at before \"behind\"",
    "Saudi Arabia played host to":
        'a CONSULT reads no "to" phrase, so the guest is lost',
    "Brazil backed Argentina's claim to":
        'the parser hangs "to the Falkland Islands" on the verb, so the place outranks the claim\'s owner',
    "Turkey's president spoke out in defence of":
        'the "of" phrase of a nominal trigger under "speak" is not read as its recipient',
    "Norway's recognition of a Palestinian state":
        '"a Palestinian state" is not read as a party',
    "British intelligence passed details of the plot to":
        'the parser hangs "to French authorities" on "plot"',
    "India flew tents and blankets to quake survivors":
        '"quake survivors" is not read as a party',
}


@pytest.mark.parametrize("code,text,actor,recipient", list(row_params(TABLE, KNOWN_MISSES)))
def test_the_main_event_has_the_crosswalk_category_and_the_parties(session_coder, code, text, actor, recipient):
    check_main_event(session_coder, text, PUBLISHED, cameo_to_plover(code)[0], actor, recipient)


def test_every_code_of_the_roots_has_three_sentences():
    codes = {c for c in cameo_table() if c[:2] in ROOTS and len(c) > 2}
    counts = {c: sum(1 for row in TABLE if row[0] == c) for c in codes}
    assert {c: n for c, n in counts.items() if n < 3} == {}
    assert {row[0] for row in TABLE} <= codes  # no row for a code the crosswalk lacks


def test_no_sentence_twice():
    assert len({row[1] for row in TABLE}) == len(TABLE)


def test_every_known_miss_names_a_row():
    assert all(any(row[1].startswith(start) for row in TABLE) for start in KNOWN_MISSES)
