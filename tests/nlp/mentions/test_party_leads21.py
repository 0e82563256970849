"""Mention errors found in review (round 21), on sentences we wrote ourselves: an object pronoun after a detention
stands for those held; a state that only reacts from afar ("Britain condemned the junta") is no country of the
story's unnamed people; "the two sides" take up one mention of two parties."""
from __future__ import annotations

from datetime import date

import pytest

from ..conftest import events_of

pytestmark = pytest.mark.model

PUBLISHED = date(2024, 3, 8)


def _events(coder, text, category):
    return events_of(coder, text, category, PUBLISHED)


# (text, category of the act on the pronoun, the pronoun's (country, sector))
@pytest.mark.parametrize("text,category,held", [
    ("Police arrested two journalists in Dhaka on Thursday. The government accused them of spreading false news.",
     "ACCUSE", ("BGD", "MED")),
    ("Soldiers detained five students in Mandalay on Monday. A military court later sentenced them to three years "
     "in prison.", "ACCUSE", ("MMR", "EDU")),
    # controls: the pronoun's clause names it among others, or force is used on whom it stands for
    ("Police arrested 20 protesters in Nairobi on Tuesday. Opposition leaders condemned the police and urged them to "
     "show restraint.", "REQUEST", ("KEN", "COP")),
    ("Protesters marched on parliament in Nairobi on Tuesday. Police fired tear gas at them.", "ASSAULT",
     ("KEN", "CVL")),
])
def test_an_object_pronoun_after_a_detention_stands_for_those_held(coder, text, category, held):
    (event,) = _events(coder, text, category)
    pronoun = next(r for r in event.recipient if r.text == "them")
    assert (pronoun.country, pronoun.sector) == held


# (text, the category whose recipient is the story's own people or body, its country)
@pytest.mark.parametrize("text,category,country", [
    ("The Tatmadaw shelled villages in Sagaing. Britain condemned the junta.", "ASSAULT", "MMR"),
    ("The Tatmadaw shelled villages on Thursday. Britain condemned the junta.", "ASSAULT", "MMR"),
    ("The Tatmadaw shelled villages on Thursday. The United States denounced the junta.", "ACCUSE", "MMR"),
    # control: the reacting state's own act on its own people stays its own
    ("Britain arrested three men in London on Monday.", "COERCE", "GBR"),
])
def test_a_state_reacting_from_afar_is_no_country_of_the_story(coder, text, category, country):
    (event,) = _events(coder, text, category)
    assert [r.country for r in event.recipient] == [country]


# (text, the countries "the two sides" stand for)
@pytest.mark.parametrize("text,sides", [
    ("Ethiopian and Eritrean officials met in Asmara on Friday. The two sides agreed to reopen the border.",
     {"ETH", "ERI"}),
    ("The defence ministers of Mali and Niger met in Bamako on Monday. Both sides agreed to share intelligence.",
     {"MLI", "NER"}),
])
def test_the_two_sides_take_up_one_mention_of_two_parties(coder, text, sides):
    (event,) = _events(coder, text, "AGREE")
    assert {a.country for a in event.actor} | {r.country for r in event.recipient} == sides


# (text, category, the doer's (country, sector))
@pytest.mark.parametrize("text,category,doer", [
    ("Israeli airstrikes killed 20 people in Gaza on Monday.", "ASSAULT", ("ISR", "MIL")),
    ("A Russian missile strike hit Odesa on Tuesday.", "ASSAULT", ("RUS", "MIL")),
    ("Saudi air strikes hit Sanaa overnight.", "ASSAULT", ("SAU", "MIL")),
    ("Turkey's drone strike killed three PKK fighters in northern Iraq.", "ASSAULT", ("TUR", "MIL")),
    # controls: a state's act that is no force from the air or by guns, and a state named as the doer itself
    ("Russia's sanctions on Moldova took effect on Monday.", "SANCTION", ("RUS", None)),
    ("Israel struck targets in Gaza on Monday.", "ASSAULT", ("ISR", None)),
])
def test_a_states_strike_from_the_air_or_by_guns_is_its_militarys(coder, text, category, doer):
    (event,) = _events(coder, text, category)
    assert (event.actor[0].country, event.actor[0].sector) == doer


# (text, the category, the recipients' (country, sector) that "both governments" / "the two neighbours" stand for)
@pytest.mark.parametrize("text,category,recipients", [
    ("Ethiopia accused Sudan on Thursday of arming Tigrayan fighters. The African Union urged both governments to "
     "exercise restraint.", "REQUEST", {("ETH", "GOV"), ("SDN", "GOV")}),
    ("Rwanda accused Congo of backing the FDLR militia on Friday. Angola urged the two neighbours to hold talks.",
     "REQUEST", {("RWA", None), ("COD", None)}),
    # control: "both sides" after a clash are its doer and its other side, as before
    ("Police clashed with protesters in Nairobi on Monday. The United Nations urged both sides to show restraint.",
     "REQUEST", {("KEN", "COP"), ("KEN", "CVL")}),
])
def test_both_governments_stand_for_the_pair_named_before(coder, text, category, recipients):
    (event,) = _events(coder, text, category)
    assert {(r.country, r.sector) for r in event.recipient} == recipients
