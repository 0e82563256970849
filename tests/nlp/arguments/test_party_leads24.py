"""Party errors found in review (round 24), on sentences we wrote ourselves: a spokesman for a coalition speaks for
it, not for the article's government; a capitalised nationality the tagger lowercases is a party; the owner of a
counterpart ("Manila's neighbour") is not that party; those who urge "both parties" are not the parties."""
from __future__ import annotations

from datetime import date

import pytest

from ..conftest import events_of

pytestmark = pytest.mark.model

PUBLISHED = date(2024, 3, 8)


def _events(coder, text, category):
    return events_of(coder, text, category, PUBLISHED)


# (text): a voice of a coalition the text names only by a common noun implies no accusation by the host government
@pytest.mark.parametrize("text", [
    "NATO-led forces killed five militants in Helmand, a spokesman for the coalition said.",
    "KABUL, Afghanistan (AP) — NATO-led forces killed five militants in Helmand province on Tuesday, a spokesman for "
    "the coalition said.",
    "African Union troops killed ten al-Shabab fighters near Mogadishu, a spokesman for the mission said.",
])
def test_a_spokesman_for_a_coalition_is_no_government_accusing_it(coder, text):
    assert _events(coder, text, "ASSAULT")
    assert not _events(coder, text, "ACCUSE")


# (text, the speaker's country): controls, a voice of a named body or of a state still accuses another's forces
@pytest.mark.parametrize("text,speaker", [
    ("Russian forces shelled Kharkiv on Monday, a spokesman for the Ukrainian army said.", "UKR"),
    ("The Afghan defence ministry said NATO troops killed three villagers in Kandahar.", "AFG"),
])
def test_a_voice_of_a_known_body_still_accuses(coder, text, speaker):
    (accusation,) = _events(coder, text, "ACCUSE")
    assert accusation.actor[0].country == speaker


# (text, category, the recipients' countries): a nationality the tagger takes for a lowercase common noun
@pytest.mark.parametrize("text,category,countries", [
    ("Gunmen kidnapped a Dane in Niger on Monday.", "ASSAULT", ["DNK"]),
    ("Gunmen abducted a Swede and a Finn near Timbuktu on Sunday.", "ASSAULT", ["SWE", "FIN"]),
    ("Islamist militants beheaded a Pole in Afghanistan, officials said.", "ASSAULT", ["POL"]),
    ("Armed men seized a Dutchman in southern Mali.", "COERCE", ["NLD"]),
])
def test_a_capitalised_nationality_noun_is_a_party(coder, text, category, countries):
    (event,) = _events(coder, text, category)
    assert [r.country for r in event.recipient] == countries
    assert all(r.sector == "CVL" for r in event.recipient)


# (text, category, the owner's country, which no recipient may take from the owner's word)
@pytest.mark.parametrize("text,category,owner", [
    ("The Philippines filed a complaint with Manila's neighbour on Thursday.", "ACCUSE", "Manila"),
    ("The European Union imposed sanctions on allies of Russia on Monday.", "SANCTION", "Russia"),
    ("Washington threatened Tehran's regional partners with sanctions.", "THREATEN", "Tehran"),
])
def test_a_counterparts_owner_is_not_the_party(coder, text, category, owner):
    (event,) = _events(coder, text, category)
    assert all(r.text != owner and r.text != f"{owner}'s" for r in event.recipient)


# (text, category, the recipient's country): a nationality word on a counterpart noun names the party itself
@pytest.mark.parametrize("text,category,country", [
    ("Turkey accused its Syrian neighbour of harbouring militants.", "ACCUSE", "SYR"),
    ("Sudan accused its Ethiopian neighbour of arming rebels on Monday.", "ACCUSE", "ETH"),
])
def test_a_counterparts_nationality_is_the_party(coder, text, category, country):
    (event,) = _events(coder, text, category)
    assert event.recipient[0].country == country


# (text): the addressees of an appeal are the one asked, not the purpose clause's object
@pytest.mark.parametrize("text,words", [
    ("The United States urged Niger's neighbours to help find the hostage.", "Niger's neighbours"),
    ("France urged Mali's neighbours to close their borders.", "Mali's neighbours"),
])
def test_counterparts_addressed_are_the_recipient(coder, text, words):
    (event,) = _events(coder, text, "REQUEST")
    assert [r.text for r in event.recipient] == [words]


# (text, the countries of the speakers, who are no side of the truce they urge "both parties" to keep)
@pytest.mark.parametrize("text,speakers", [
    ("Saudi Arabia and the United States urged both parties to observe the ceasefire.", {"SAU", "USA"}),
    ("Egypt and Qatar urged the two sides to respect the truce.", {"EGY", "QAT"}),
])
def test_those_who_urge_both_parties_are_not_the_parties(coder, text, speakers):
    for event in _events(coder, text, "RETREAT"):
        assert not {a.country for a in (*event.actor, *event.recipient)} & speakers


# (text, the sides): controls, the pair named before is still "both sides" when they are not the speakers
@pytest.mark.parametrize("text,sides", [
    ("India and Pakistan held talks in Islamabad on Monday. The two sides agreed to restore the ceasefire.",
     {"IND", "PAK"}),
    ("Armenia and Azerbaijan exchanged fire along their border on Tuesday. Both sides accused each other of starting "
     "the clashes.", {"ARM", "AZE"}),
])
def test_the_pair_named_before_is_still_both_sides(coder, text, sides):
    event = [e for e in _events(coder, text, "AGREE") + _events(coder, text, "ACCUSE")][-1]
    assert {a.country for a in (*event.actor, *event.recipient)} == sides
