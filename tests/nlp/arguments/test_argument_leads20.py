"""Argument errors found in review (round 20), on sentences we wrote ourselves: "came under X from Y", the other
side of fighting nouns, arrests of protesters, a denial's doer, a condemned act's place, a judged text, co-actors
from a toll and "the coalition" as a doer."""
from __future__ import annotations

from datetime import date

import pytest

from ..conftest import countries_and_sectors, events_of

pytestmark = pytest.mark.model

PUBLISHED = date(2021, 3, 9)


def _events(coder, text, category):
    return events_of(coder, text, category, PUBLISHED)


# (text, category, the actor's (country, sector), the recipient's (country, sector))
@pytest.mark.parametrize("text,category,actor,recipient", [
    # the parser hangs "from" on "came": the "from" party did it, to the subject of "came"
    ("The prime minister came under fire from opposition lawmakers on Tuesday.", "ACCUSE",
     (None, "OPP"), (None, "GOV")),
    ("Kenyan police came under attack from al-Shabaab gunmen in Lamu.", "ASSAULT", ("SOM", "INS"), ("KEN", "COP")),
    # controls: "from" hung on the noun
    ("A Pakistani army patrol came under fire from Taliban fighters in North Waziristan.", "ASSAULT",
     ("AFG", "REB"), ("PAK", "MIL")),
    ("The president came under criticism from Human Rights Watch.", "ACCUSE", (None, "NGO"), (None, "GOV")),
])
def test_came_under_from(coder, text, category, actor, recipient):
    (event,) = _events(coder, text, category)
    assert countries_and_sectors(event.actor)[:1] == [actor]
    assert countries_and_sectors(event.recipient)[:1] == [recipient]


@pytest.mark.parametrize("text,actor_sector,recipient", [
    ("The army engaged in heavy fighting with rebels near Goma.", "MIL", ("COD", "REB")),
    ("Hezbollah fighters engaged in a firefight with Israeli soldiers on the border.", "REB", ("ISR", "MIL")),
    # controls: verbs of fighting
    ("Indian soldiers exchanged fire with Pakistani troops along the Line of Control.", "MIL", ("PAK", "MIL")),
    ("Government forces fought Islamist insurgents in northern Mali.", "MIL", ("MLI", "INS")),
])
def test_the_other_side_of_fighting_is_the_recipient(coder, text, actor_sector, recipient):
    (event,) = _events(coder, text, "ASSAULT")
    assert event.actor[0].sector == actor_sector
    assert countries_and_sectors(event.recipient)[:1] == [recipient]


def test_an_attack_with_weapons_names_no_side(coder):
    (event,) = _events(coder, "The rebels attacked the town with mortars and rockets.", "ASSAULT")
    assert not any("mortar" in a.text or "rocket" in a.text for a in event.recipient)


@pytest.mark.parametrize("text,protests", [
    # an arrest of people called protesters tells no protest of theirs in that sentence
    ("Protesters were arrested in Lagos.", 0),
    ("Police arrested 40 demonstrators in Hong Kong on Sunday.", 0),
    # force met by a crowd, and a protest told beside force, stay
    ("Riot police fired tear gas at protesters in Minsk on Sunday.", 1),
    ("Police dispersed striking miners outside the mine in Rustenburg.", 1),
    ("Protesters marched through Santiago and police fired tear gas.", 1),
])
def test_arrests_of_protesters_imply_no_protest(coder, text, protests):
    assert len(_events(coder, text, "PROTEST")) == protests


def test_a_protest_beside_force_keeps_both(coder):
    text = "Protesters marched through Santiago and police fired tear gas."
    assert _events(coder, text, "PROTEST") and _events(coder, text, "ASSAULT")


@pytest.mark.parametrize("text,doer", [
    ("Iran said it was not involved in the attack on the tanker.", None),
    ("Iran denied being involved in the attack on the tanker.", None),
    ("The Taliban said they were not involved in the suicide attack on the hotel.", None),
    # control: an admitted part names the doer
    ("Hezbollah was involved in the attack on the base.", "LBN"),
])
def test_a_denier_is_not_the_doer(coder, text, doer):
    (event,) = _events(coder, text, "ASSAULT")
    assert [a.country for a in event.actor][:1] == ([doer] if doer else [])


@pytest.mark.parametrize("text,place,doer", [
    ("Washington condemned the suicide bombing in Tel Aviv.", "Tel Aviv", None),
    ("Moscow denounced the car bombing in Mogadishu.", "Mogadishu", None),
    # control: a condemned act that names its doer has it as the recipient
    ("Berlin condemned Russia's missile strike in Kharkiv.", "Kharkiv", "RUS"),
])
def test_a_condemned_act_s_place_is_no_recipient(coder, text, place, doer):
    (event,) = _events(coder, text, "ACCUSE")
    assert not any(a.text == place for a in event.recipient)
    assert [a.country for a in event.recipient][:1] == ([doer] if doer else [])


def test_a_rejected_statement_s_judgement_names_no_recipient(coder):
    (event,) = _events(coder, "Belgrade rejected the statement as interference in Serbia's affairs.", "REJECT")
    assert not any(a.country == "SRB" for a in event.recipient)


@pytest.mark.parametrize("text,verb", [
    ("The army said that two soldiers were killed and a civilian wounded in Kunduz.", "killed"),
    ("Two policemen were shot dead and a journalist abducted in Karachi.", "shot"),
])
def test_the_casualties_of_a_toll_are_no_co_actors(coder, text, verb):
    (event,) = [e for e in _events(coder, text, "ASSAULT") if e.trigger == verb]
    assert [a.sector for a in event.actor] == ["UAF"]  # the unnamed doer alone


def test_the_coalition_as_a_doer(coder):
    """"the coalition" stands for the last named coalition (mentions/descriptions)."""
    text = ("The Saudi-led coalition accused the Houthis of firing missiles at Riyadh. "
            "The coalition responded with airstrikes on Sanaa.")
    strikes = [e for e in _events(coder, text, "ASSAULT") if "airstrikes" in e.trigger]
    assert strikes and strikes[0].actor and strikes[0].actor[0].country == "SAU"
