"""Party errors found in review (round 20b), on sentences we wrote ourselves: a threat's own act is no recipient,
"both sides" of a reciprocal verb are each other's recipients, an "as" judgement names no recipient, and a pronoun
object is never the doer's own state body."""
from __future__ import annotations

from datetime import date

import pytest

from ..conftest import countries_and_sectors, events_of

pytestmark = pytest.mark.model

PUBLISHED = date(2022, 5, 14)


def _events(coder, text, category):
    return events_of(coder, text, category, PUBLISHED)


# (text, the threat's recipients as (country, sector); an empty list: none named)
@pytest.mark.parametrize("text,recipients", [
    # the threatened act is the threatener's own: not the doer of the attacks told before
    ("Al-Shabaab claimed the bombing in Kismayo. Its leader threatened more attacks.", []),
    ("The Islamic State claimed the ambush near Palmyra. Its spokesman threatened further attacks.", []),
    # controls: the act's target, or the threatened party, is named
    ("Al-Shabaab fighters stormed a hotel in Mogadishu. The group's leader threatened more attacks on government "
     "forces.", [("SOM", "MIL")]),
    ("The Houthis fired missiles at Saudi Arabia. Their spokesman threatened further strikes against Riyadh.",
     [("SAU", None)]),
    ("The European Union threatened sanctions on Belarus.", [("BLR", None)]),
])
def test_a_threat_is_never_made_against_its_own_doer(coder, text, recipients):
    (event,) = _events(coder, text, "THREATEN")
    assert countries_and_sectors(event.recipient)[:1] == recipients
    assert all(r.name != a.name for r in event.recipient for a in event.actor)


# (text, category, the trigger, the countries of both sides)
@pytest.mark.parametrize("text,category,trigger,sides", [
    ("Sudan's army and the RSF clashed in Khartoum. Both sides exchanged fire near the airport on Thursday.",
     "ASSAULT", "exchanged", {"SDN"}),
    ("Israeli troops and Hamas fighters fought in Gaza City. The two sides exchanged fire overnight.", "ASSAULT",
     "exchanged", {"ISR", "PSE"}),
    ("Ethiopian troops and Tigrayan forces clashed near Mekelle. Both sides traded blame for the violence.", "ACCUSE",
     "traded", {"ETH"}),
    # control: the sides named by "and" already mirror each other
    ("Armenian and Azerbaijani troops clashed on the border on Tuesday.", "ASSAULT", "clashed", {"ARM", "AZE"}),
])
def test_both_sides_of_a_reciprocal_act_are_each_others_recipients(coder, text, category, trigger, sides):
    (event,) = [e for e in _events(coder, text, category) if e.trigger == trigger]
    assert len(event.actor) == 2 and len(event.recipient) == 2
    assert {a.name for a in event.recipient} == {a.name for a in event.actor}
    assert {a.country for a in event.recipient} == sides


# (text, the first recipient's country; None: no recipient)
@pytest.mark.parametrize("text,recipient", [
    # an "as" phrase judges the object; it names no one the rejection is aimed at
    ("Belgrade rejected the statement as interference in Serbia's affairs.", None),
    ("Beijing dismissed the report as a smear against China.", None),
    # controls: the statement's author, or the doer of the act the judgement names
    ("Belgrade rejected the statement by the European Union as interference in Serbia's affairs.", "EU"),
    ("India condemned the raid as an act of Pakistani aggression.", "PAK"),
])
def test_an_as_judgement_names_no_recipient(coder, text, recipient):
    (event,) = [e for c in ("REJECT", "ACCUSE") for e in _events(coder, text, c)]
    found = event.recipient[0] if event.recipient else None
    if recipient is None:
        assert found is None
    elif recipient == "EU":
        assert found is not None and found.name == "European Union"
    else:
        assert found is not None and found.country == recipient


# (text, the accused's (country, sector); None: no one resolved)
@pytest.mark.parametrize("text,accused", [
    # "them" is never the junta's own soldiers
    ("Soldiers raided the homes of opposition leaders in Bamako. The junta accused them of plotting a coup.", None),
    # controls: another body of the same country with its own name, and people the junta acted on
    ("Sudanese troops shelled a market in Omdurman. The RSF accused them of killing civilians.", ("SDN", "MIL")),
    ("Protesters marched in Yangon on Sunday. The junta accused them of treason.", ("MMR", "CVL")),
    ("Mali's junta expelled the UN mission. The junta accused them of spying.", (None, "IGO")),
])
def test_a_pronoun_object_is_never_the_doers_own_state_body(coder, text, accused):
    (event,) = [e for e in _events(coder, text, "ACCUSE") if e.trigger == "accused"]
    found = countries_and_sectors(event.recipient)[:1]
    assert found == ([accused] if accused else [])


# (text, category, the junta's country)
@pytest.mark.parametrize("text,category,country", [
    # "the junta" after an article that named a ruling army is that army's state, never the doer's
    ("The Tatmadaw shelled villages in Sagaing. Britain condemned the junta.", "ACCUSE", "MMR"),
    ("Myanmar's military government detained the protest leaders. The United States threatened sanctions against "
     "the junta.", "THREATEN", "MMR"),
    # control: the junta's own words name its state
    ("Israeli troops raided Jenin on Monday. Britain condemned the junta in Myanmar.", "ACCUSE", "MMR"),
])
def test_the_junta_is_the_military_government_named_before(coder, text, category, country):
    (event,) = _events(coder, text, category)
    assert [a.country for a in event.recipient][:1] == [country]
    assert all(r.country != a.country for r in event.recipient for a in event.actor)
