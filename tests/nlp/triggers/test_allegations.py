"""Acts named only as what a party is pursued or judged for (``khabar.nlp.triggers.allegations``): the "over" or "in
connection with" phrase of a verb of legal action, and what a verdict or a plea finds someone guilty of. The arrest,
the charge or the verdict is the news; the act was told before, or in reports of its own. Sentences written for these
tests."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.nlp.conftest import coded_events

pytestmark = pytest.mark.model
PUBLISHED = dt.date(2024, 6, 26)


def _told(coder, text) -> set[str]:
    """The categories told as done or to come."""
    return {e.event for e in coded_events(coder, text, PUBLISHED) if e.factuality in ("asserted", "future")}


@pytest.mark.parametrize("text,news", [
    ("Prosecutors charged the man with murder over the stabbing of a police officer.", "COERCE"),
    ("Police detained two men over a stabbing in the city centre on Monday.", "COERCE"),
    ("Police arrested three men in connection with the bombing of a bus.", "COERCE"),
    ("Two suspects were arrested in relation to the shooting of a lawyer, police said.", "COERCE"),
    ("The men were found guilty of the massacre of 30 villagers.", "ACCUSE"),
])
def test_the_act_a_party_is_pursued_over_is_no_new_attack(coder, text, news):
    told = _told(coder, text)
    assert news in told and "ASSAULT" not in told


@pytest.mark.parametrize("text", [
    "Two soldiers pleaded guilty to the killing of a farmer on Monday.",
    "The officer pleaded not guilty to the beating of a detainee.",
])
def test_a_plea_in_court_is_no_attack_and_asks_no_one(coder, text):
    assert not _told(coder, text) & {"ASSAULT", "REQUEST"}


@pytest.mark.parametrize("text", [
    "Police arrested 40 people over the weekend.",  # "over" a time, no act
    "Police arrested three men after a bomb exploded on a bus on Monday.",
    "Gunmen stabbed a police officer in the city centre on Monday.",
])
def test_controls_keep_their_events(coder, text):
    told = _told(coder, text)
    assert told & {"COERCE", "ASSAULT"}
    if "exploded" in text or "stabbed" in text:
        assert "ASSAULT" in told


@pytest.mark.parametrize("text", [
    # the act a denied report tells is denied as the act of a denied "that" clause is
    "The army denied reports that gunmen attacked the village.",
    "The army denied that gunmen attacked the village.",
    "The ministry dismissed reports that soldiers shot two farmers.",
    "Police denied allegations that officers beat the students.",
])
def test_the_act_of_a_denied_report_is_kept_as_negated(coder, text):
    events = coded_events(coder, text, PUBLISHED)
    assert [(e.event, e.factuality) for e in events if e.event == "ASSAULT"] == [("ASSAULT", "negated")]


def test_an_act_inside_the_denied_act_is_not_told(coder):
    # only the act the denied charge tells is freed: the militants' attack it mentions stays untold
    events = coded_events(coder, "The government denied charges that it armed the militants who attacked the base.",
                          PUBLISHED)
    assert not [e for e in events if e.event == "ASSAULT"]


@pytest.mark.parametrize("text", [
    # a report neither denied nor confirmed stays only alleged, and so does a denied one the parser reads with no "that"
    "Residents shared reports that gunmen attacked the market.",
    "The navy denied reports its frigates fired on the fishing boats.",
])
def test_a_report_not_plainly_denied_tells_no_attack(coder, text):
    assert not [e for e in coded_events(coder, text, PUBLISHED) if e.event == "ASSAULT"]
