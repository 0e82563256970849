"""A party's report that another party used force is an accusation of its own, on sentences we wrote."""
import datetime as dt

import pytest

from khabar.model import Article
from khabar.nlp.pipeline import Coder

pytestmark = pytest.mark.model
PUBLISHED = dt.date(2022, 3, 9)


@pytest.fixture(scope="module")
def coder():
    return Coder()


def _asserted(coder, text):
    coded = list(coder.code([Article(id="t", text=text, published=PUBLISHED)]))[0]
    assert coded.failure is None
    return [e for e in coded.events if e.factuality == "asserted"]


@pytest.mark.parametrize("text,accuser,accused,cameo", [
    ("Ukraine said Russian forces shelled Kharkiv overnight.", "UKR", "RUS", "1123"),
    ("Pakistan told the United Nations that Indian troops killed three villagers in Kashmir.", "PAK", "IND", "1123"),
    ("Venezuela said Colombian police detained 40 of its citizens.", "VEN", "COL", "1122"),
    # an event noun a verb carries is told by that verb: "carried out the attack", "launched air strikes"
    ("Iran said the attack on its embassy was carried out by Israeli agents.", "IRN", "ISR", "1123"),
    ("Syria said Israeli jets launched air strikes on Damascus airport on Sunday.", "SYR", "ISR", "1123"),
])
def test_a_party_reporting_another_partys_force_accuses_it(coder, text, accuser, accused, cameo):
    events = _asserted(coder, text)
    (accusation,) = [e for e in events if e.event == "ACCUSE"]
    assert accusation.cameo == cameo and accusation.mode == "allege"
    assert accusation.actor[0].country == accuser and accusation.recipient
    assert accused is None or accusation.recipient[0].country == accused
    assert any(e.event in ("ASSAULT", "COERCE") for e in events)  # the reported act is still told


def test_claiming_another_party_used_force_accuses_it_and_leaves_the_act_alleged(coder):
    # "claimed", unlike "said", is the writer keeping a distance: the act is only what the claimant alleges
    events = _asserted(coder, "Israel claimed that Hamas fighters kidnapped two soldiers near the border.")
    (accusation,) = [e for e in events if e.event == "ACCUSE"]
    assert accusation.cameo == "1123" and accusation.actor[0].country == "ISR" and accusation.recipient
    assert not [e for e in events if e.event == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "The army said it killed 12 militants in a raid on Sunday.",  # one's own act: a claim, no accusation
    "The army said its jets carried out air strikes on rebel positions.",  # one's own act, told by a light verb
    "The Pentagon said U.S. jets struck targets in eastern Syria.",  # the speaker's own side
    "Police said gunmen attacked a checkpoint on Sunday.",  # the doer is no named party
    "Witnesses said Syrian troops fired on protesters in Homs.",  # the public reporting what it saw
    "Russia said Ukrainian forces would attack the bridge.",  # an act still to come
    "Russia said Ukrainian forces did not attack the bridge.",  # an act that did not happen
    "Kiev accused Moscow of shelling civilian areas.",  # the verb tells the accusation itself, once
])
def test_no_accusation_is_read_off_these_reports(coder, text):
    accusations = [e for e in _asserted(coder, text) if e.event == "ACCUSE"]
    assert len(accusations) <= 1 and all(e.cameo not in ("1122", "1123") for e in accusations)


def test_the_accusation_is_dated_by_the_statement(coder):
    events = _asserted(coder, "Ukraine said on Tuesday that Russian troops shelled Kharkiv.")
    (accusation,) = [e for e in events if e.event == "ACCUSE"]
    assert accusation.date == dt.date(2022, 3, 8) and accusation.trigger == "said"


@pytest.mark.parametrize("text", [
    # a doer the article gives a country but the statement does not name: unnamed gunmen of the place
    "BAMAKO, Mali — A bomb exploded near a Malian army base. French officials said gunmen then fired on soldiers.",
    "KABUL — A blast struck crowds of Afghans at the gate. British officials said gunmen then opened fire on them.",
    # no doer in the statement at all: a passive, or an event noun whose doer is filled in from elsewhere
    "Turkish forces shelled the town on Monday. Syrian officials said the shells were fired from Turkish soil.",
    "Houthi fighters attacked two tankers. The Saudi ministry said the attacks hit a fuel depot.",
])
def test_a_doer_the_statement_leaves_unnamed_is_not_accused(coder, text):
    assert not [e for e in _asserted(coder, text) if e.event == "ACCUSE" and e.cameo in ("1122", "1123")]


@pytest.mark.parametrize("text,main", [
    # only the statement is dated: the news is the accusation
    ("Amnesty International said on Monday that Egyptian police had tortured detained activists.", "ACCUSE"),
    ("Iran said on Sunday that Israeli agents had assassinated its nuclear scientist.", "ACCUSE"),
    # the act is dated: it is the news, and the accusation it implies ranks second
    ("The Philippine coast guard said Chinese vessels had fired water cannon at its boats on Saturday.", "ASSAULT"),
])
def test_a_dated_statement_of_an_undated_act_is_the_main_event(coder, text, main):
    from khabar.evaluate.coder import main_event
    assert main_event(_asserted(coder, text)).event == main


@pytest.mark.parametrize("text,main", [
    # the speaker judges the act as it tells it: the news is the accusation, whatever is dated
    ("The United Nations said Myanmar's military had arbitrarily detained thousands of people since the coup.",
     "ACCUSE"),
    ("Human Rights Watch said Ethiopian troops had deliberately shelled a market in Tigray on Friday.", "ACCUSE"),
    # told without judgement, the dated act stays the news
    ("Human Rights Watch said Ethiopian troops had shelled a market in Tigray on Friday.", "ASSAULT"),
])
def test_an_act_the_speaker_judges_wrong_ranks_its_accusation_first(coder, text, main):
    from khabar.evaluate.coder import main_event
    assert main_event(_asserted(coder, text)).event == main
