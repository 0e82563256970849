"""Descriptions that stand for a party named earlier in the article (sweep coref4): a body named by its kind ("the
bloc", "the agency", "the council"), "it"/"its" after a group the small model takes for a person, "they" after parties
joined by "and" in the sentence before, and "both sides" / "the warring parties"; each with controls that have no
such party before them."""
import datetime as dt

import pytest

from tests.nlp.conftest import coded_events

PUBLISHED = dt.date(2022, 3, 15)


def _parties(coder, text: str, trigger: str, side: str) -> list:
    events = [e for e in coded_events(coder, text, PUBLISHED) if trigger in e.trigger]
    assert events, f"no event on {trigger!r}"
    return [a for e in events for a in getattr(e, side)]


def _names(parties: list) -> list[str]:
    """Each party's id and name: a test may name a party by either."""
    return [n for a in parties for n in (a.id, a.name) if n]


# (article, trigger, side, the party the description stands for: its id)
KIND_WORDS = [
    ("The European Union banned imports of Russian steel. The bloc also froze the assets of two oligarchs.",
     "froze", "actor", "EU"),
    ("ASEAN leaders met in Jakarta on Monday. The bloc urged Myanmar's military to end the violence.",
     "urged", "actor", "ASEAN"),
    ("Leaders of ECOWAS imposed sanctions on Niger after the coup. The bloc threatened to use force against the junta.",
     "threatened", "actor", "ECOWAS"),
    ("NATO said it would send more jets to Lithuania. The alliance accused Moscow of provoking the crisis.",
     "accused", "actor", "NATO"),
    ("Human Rights Watch accused Ethiopian troops of killing civilians. The organisation urged Addis Ababa to "
     "open an inquiry.", "urged", "actor", "HRW"),
    ("The UN Security Council met on the crisis in Haiti. The council demanded an end to gang violence.",
     "demanded", "actor", "UN.SC"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, side, expected", KIND_WORDS, ids=[r[0][:50] for r in KIND_WORDS])
def test_a_kind_word_stands_for_the_body_named_before(coder, text, trigger, side, expected):
    assert expected in _names(_parties(coder, text, trigger, side))


# (article, trigger, side, a name or id the description must not take up: no body of its kind was named before)
KIND_CONTROLS = [
    ("Germany criticised Iran over its nuclear programme. The bloc said talks must resume.", "said", "actor",
     {"DEU", "IRN", "Germany", "Iran"}),
    ("Police arrested 14 protesters in Lagos on Friday. The agency accused them of looting shops.", "accused",
     "actor", {"Nigerian police"}),
]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, side, unwanted", KIND_CONTROLS, ids=[r[0][:50] for r in KIND_CONTROLS])
def test_a_kind_word_takes_up_no_party_of_another_kind(coder, text, trigger, side, unwanted):
    events = [e for e in coded_events(coder, text, PUBLISHED) if trigger in e.trigger]
    parties = [a for e in events for a in getattr(e, side)]
    assert not unwanted & set(_names(parties))


@pytest.mark.model
def test_the_agency_is_the_un_agency_named_before(coder):
    text = ("The World Health Organization sent medical teams to Gaza. The agency accused Israel of blocking "
            "fuel deliveries to hospitals.")
    actors = _parties(coder, text, "accused", "actor")
    assert actors and all(a.sector == "IGO" and a.country is None for a in actors)


# "its": a group the small model tags as a person is a body, not the last state named
@pytest.mark.model
@pytest.mark.parametrize("text, trigger, expected", [
    ("Al-Shabaab claimed the bombing in Mogadishu. Its leader threatened more attacks on the capital.",
     "threatened", "SHABAAB"),
], ids=["al-shabaab"])
def test_its_leader_is_the_group_named_before(coder, text, trigger, expected):
    assert expected in _names(_parties(coder, text, trigger, "actor"))


# (article, trigger, side, every party "they" stands for)
THEY_AFTER_TWO = [
    ("Ethiopia and Eritrea signed a peace deal in Jeddah. They agreed to reopen the border.", "agreed", "actor",
     {"ETH", "ERI"}),
    ("Armenia and Azerbaijan held talks in Moscow on Monday. They agreed to exchange prisoners.", "agreed",
     "actor", {"ARM", "AZE"}),
]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, side, expected", THEY_AFTER_TWO, ids=[r[0][:50] for r in THEY_AFTER_TWO])
def test_they_after_two_parties_stands_for_both(coder, text, trigger, side, expected):
    assert expected <= set(_names(_parties(coder, text, trigger, side)))


@pytest.mark.model
def test_they_with_a_party_of_its_own_sentence_is_not_the_pair_before(coder):
    text = "Russia and China vetoed the resolution. Washington condemned them."
    recipients = _parties(coder, text, "condemned", "recipient")
    actors = _parties(coder, text, "condemned", "actor")
    assert {"RUS", "CHN"} <= set(_names(recipients)) and not {"RUS", "CHN"} & set(_names(actors))


# (article, trigger, side, the parties "both sides" stands for, by country)
BOTH_SIDES = [
    ("Sudan's army and the Rapid Support Forces clashed in Omdurman. The two sides agreed to a 24-hour truce.",
     "agreed", "actor", {"Sudanese Armed Forces", "Rapid Support Forces"}),
    ("Government forces and Houthi rebels fought near Taiz. The warring parties agreed to a prisoner swap.",
     "agreed", "actor", {"Yemeni Armed Forces", "Houthis"}),
    ("Egypt and Qatar mediated between Israel and Hamas. They urged both sides to respect the truce.", "urged",
     "recipient", {"Israel", "Hamas"}),
    ("Israeli troops clashed with Palestinian gunmen in Nablus. Both sides exchanged fire for hours.", "exchanged",
     "actor", {"Israel Defense Forces", "Palestinian armed men"}),
]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, side, expected", BOTH_SIDES, ids=[r[0][:50] for r in BOTH_SIDES])
def test_both_sides_are_the_parties_named_together(coder, text, trigger, side, expected):
    assert expected <= set(_names(_parties(coder, text, trigger, side)))


@pytest.mark.model
@pytest.mark.parametrize("text, trigger", [
    ("Fighting erupted in the north on Sunday. The warring parties agreed to talks in Nairobi.", "agreed"),
], ids=["no parties named"])
def test_both_sides_with_no_parties_before_keep_their_words(coder, text, trigger):
    actors = _parties(coder, text, trigger, "actor")
    assert len(actors) <= 1 and all(a.id is None for a in actors)


@pytest.mark.model
def test_both_sides_are_no_list_of_places(coder):
    text = ("Thousands fled to neighbouring states including Chad, Niger and Libya. The warring parties agreed "
            "to a truce.")
    actors = _parties(coder, text, "agreed", "actor")
    assert len(actors) <= 1 and all(a.id is None for a in actors)  # not the states listed, one party each
