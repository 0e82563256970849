"""An event whose words place it nowhere takes the place of the event it goes on from (nlp/event_places.py)."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.nlp.conftest import coded_events, event_telling

pytestmark = pytest.mark.model

_PUBLISHED = dt.date(2024, 3, 8)

# text, the words starting the trigger whose event we look at, the place name it must get (None: not carried)
_CASES = [
    # the previous sentence tells an event of the same kind, with its place
    ("Gunmen attacked a police checkpoint in Kirkuk on Tuesday. The attack killed three officers.", "killed", "Kirkuk"),
    ("Rockets struck the Ain al-Asad air base on Monday. The barrage wounded two contractors, officials said.",
     "wounded", "Ain al-Asad Air Base"),
    # the clause goes on telling the previous sentence's episode
    ("Militants stormed a village near Maiduguri on Sunday. They killed 12 villagers and burned dozens of homes.",
     "killed", "Maiduguri"),
    # the sentence names a place itself: its own place wins
    ("Gunmen attacked a police checkpoint in Kirkuk on Tuesday. The attack in Mosul killed three officers.",
     "killed", "Mosul"),
    # "also", "elsewhere": another site of the episode, not the one named
    ("Gunmen attacked a police checkpoint in Kirkuk on Tuesday. Rockets also struck a market, wounding four.",
     "struck", None),
    # across a paragraph break only a definite noun of the same kind takes the event up again
    ("Gunmen attacked a police checkpoint in Kirkuk on Tuesday.\n\nThe attack killed three officers.", "killed",
     "Kirkuk"),
    ("Gunmen attacked a police checkpoint in Kirkuk on Tuesday.\n\nSoldiers killed three gunmen on Friday.",
     "killed", None),
    # where a victim came from is no place of the sentence: the toll still goes on from the attack
    ("A car bomb exploded outside a police academy in Kabul on Thursday. Officials said 12 cadets were killed, "
     "among them a young man from Pakistan.", "killed", "Kabul"),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), _CASES)
def test_an_event_placed_nowhere_takes_the_place_of_the_event_it_goes_on_from(session_coder, text, trigger, expected):
    event = event_telling(coded_events(session_coder, text, _PUBLISHED), text, trigger)
    name = event.event_loc.name if event.event_loc is not None else None
    if expected is None:  # not carried: Kirkuk is the other event's place, and this sentence names none
        assert name != "Kirkuk"
    else:
        assert name == expected


@pytest.mark.parametrize(("text", "trigger", "venue"), [
    ("At a ceremony in Istanbul on Friday, Russia and Ukraine signed the grain deal. Its fleet then blockaded the "
     "coast again, Ukraine said.", "blockaded", "Istanbul"),
    ("Leaders met in Doha on Monday to discuss a truce. Then the militants attacked a checkpoint, officials said.",
     "attacked", "Doha"),
])
def test_an_act_on_the_ground_is_not_where_talks_were(session_coder, text, trigger, venue):
    event = event_telling(coded_events(session_coder, text, _PUBLISHED), text, trigger)
    assert event.event_loc is None or event.event_loc.name != venue


@pytest.mark.parametrize(("text", "expected"), [
    # a protest happened where its protesters were, whatever place its target names
    ("Protesters in London marched against the war in Ukraine.", "London"),
    ("Students in Seoul protested against the new law in Tokyo.", "Seoul"),
    # no place on the protesters: the act's own place phrase
    ("Hundreds rallied in Karachi against the crackdown in Kashmir.", "Karachi"),
])
def test_a_protest_is_placed_where_its_protesters_are(session_coder, text, expected):
    (event,) = [e for e in coded_events(session_coder, text, _PUBLISHED) if e.event == "PROTEST"]
    assert event.event_loc is not None and event.event_loc.name == expected


def test_an_attack_is_still_placed_at_its_target(session_coder):
    text = "Militants based in Syria attacked an army post in Iraq."
    (event,) = [e for e in coded_events(session_coder, text, _PUBLISHED) if e.event == "ASSAULT"]
    assert event.event_loc is not None and event.event_loc.country == "IRQ"


# Places named in a sentence that are not where its event happened (``geo/location.py``): what talks, a call or a
# visit were about (a purpose clause, a topic phrase, the object of "discuss"), and where a report came from.
# text, category, the country the event must be placed in (None: unchecked), a place name it must not get
_NOT_THE_EVENTS_PLACE = [
    # the purpose or topic of talks, a call or a visit
    ("Egypt hosted talks to discuss a ceasefire in Gaza.", "CONSULT", "EGY", "Gaza"),
    ("Qatar hosted talks between Hamas and Israel on a truce in Gaza.", "CONSULT", "QAT", "Gaza"),
    ("The Egyptian president called Netanyahu to urge restraint in Gaza.", "CONSULT", None, "Gaza"),
    ("Kenyan President Ruto phoned Ethiopian Prime Minister Abiy to discuss the conflict in Tigray.", "CONSULT", None,
     "Tigray"),
    ("Turkish President Erdogan met Putin in Sochi to discuss the war in Syria.", "CONSULT", "RUS", "Syria"),
    ("The Saudi foreign minister met his Iranian counterpart in Beijing to discuss security in Yemen.", "CONSULT",
     "CHN", "Yemen"),
    ("Ministers met in Geneva to discuss the humanitarian crisis in Yemen.", "CONSULT", "CHE", "Yemen"),
    ("Indian and Pakistani officials met in Dubai to discuss the ceasefire in Kashmir.", "CONSULT", "ARE", "Kashmir"),
    ("Colombian negotiators met ELN commanders in Caracas to discuss a truce in Arauca.", "CONSULT", "VEN", "Arauca"),
    ("Blinken met Abbas in Ramallah to discuss the violence in Jenin.", "CONSULT", "PSE", "Jenin"),
    ("Pakistan's army chief visited Washington to discuss security in Afghanistan.", "CONSULT", "USA", "Afghanistan"),
    ("Turkey hosted talks between Russia and Ukraine in Istanbul.", "CONSULT", "TUR", "Russia"),
    # nor does a topic's place set the dateline aside
    ("NAIROBI — Kenyan President Ruto phoned Ethiopian Prime Minister Abiy to discuss the conflict in Tigray.",
     "CONSULT", "KEN", "Tigray"),
    # the seat of a source: it neither sets the dateline aside nor makes the article's focus
    ("MANILA — Philippine troops rescued five hostages and freed them. Reports from Indonesia said nothing.",
     "RETREAT", "PHL", "Indonesia"),
    ("BAMAKO — Soldiers killed 12 militants on Sunday. Media in Senegal reported the clash.", "ASSAULT", "MLI",
     "Senegal"),
    ("ABUJA — Gunmen abducted 20 students on Friday, according to reports from Ghana.", "ASSAULT", "NGA", "Ghana"),
    ("KABUL — Taliban fighters detained two journalists. Television in Pakistan showed the arrests.", "COERCE", "AFG",
     "Pakistan"),
    ("DHAKA — Police arrested 40 opposition activists. Newspapers in India reported the arrests.", "COERCE", "BGD",
     "India"),
    ("LIMA — Protesters blocked a highway on Monday, according to reports from Bolivia.", "PROTEST", "PER",
     "Bolivia"),
]


@pytest.mark.parametrize(("text", "category", "country", "not_place"), _NOT_THE_EVENTS_PLACE)
def test_a_topic_or_a_source_does_not_place_the_event(session_coder, text, category, country, not_place):
    (event, *_) = [e for e in coded_events(session_coder, text, _PUBLISHED) if e.event == category]
    assert event.event_loc is None or event.event_loc.name != not_place
    if country is not None:
        assert event.event_loc is not None and event.event_loc.country == country


# A town the tagger reads as a person or an organisation places the event that struck, took or raided it
# (``geo/recognise.py``), instead of leaving it to the article's country, the attacker's.
@pytest.mark.parametrize(("text", "category", "name", "country"), [
    ("Russian forces shelled Kharkiv overnight, killing three civilians.", "ASSAULT", "Kharkiv", "UKR"),
    ("Russian troops pounded Kherson with artillery on Tuesday.", "ASSAULT", "Kherson", "UKR"),
    ("Ukrainian troops retook Kherson in November.", "COERCE", "Kherson", "UKR"),
    ("Russian jets bombed Mariupol for a third day.", "ASSAULT", "Mariupol", "UKR"),
    ("Israeli jets struck Khan Younis on Wednesday.", "ASSAULT", "Khān Yūnis", "PSE"),
    ("Houthi rebels shelled Marib overnight.", "ASSAULT", "Ma'rib", "YEM"),
    ("The RSF shelled El Obeid on Saturday, killing nine people.", "ASSAULT", "El Obeid", "SDN"),
    ("Sudanese paramilitaries besieged El Fasher for months.", "COERCE", "El Fasher", "SDN"),
    ("Al-Shabaab fighters attacked Beledweyne on Sunday.", "ASSAULT", "Beledweyne", "SOM"),
    ("Pakistani forces raided Peshawar on Thursday.", "COERCE", "Peshawar", "PAK"),
    ("Gunmen attacked Bamenda overnight, killing four.", "ASSAULT", "Bamenda", "CMR"),
])
def test_a_town_struck_or_taken_places_the_event(session_coder, text, category, name, country):
    (event, *_) = [e for e in coded_events(session_coder, text, _PUBLISHED) if e.event == category]
    assert event.event_loc is not None and (event.event_loc.name, event.event_loc.country) == (name, country)


# Words said (a charge, an appeal, a rejection, a threat, praise) that the text places nowhere were said where their
# speaker is: not at a desk or in a country of another state.
@pytest.mark.parametrize(("text", "trigger", "name", "precision"), [
    # the dateline lies in the speaker's country: the desk's city stands
    ("NEW DELHI (Reuters) - Pakistan accused India of backing militants who attacked a train in Balochistan. "
     "India rejected the accusation as baseless.", "rejected", "New Delhi", 2),
    ("NEW DELHI (Reuters) - Pakistan accused India of backing militants who attacked a train in Balochistan. "
     "The Indian foreign ministry said Pakistan should look inward.", "said Pakistan", "New Delhi", 2),
    # a speaker of another state than the desk's: that state
    ("LONDON (Reuters) - Britain summoned Iran's ambassador after the arrest of two British nationals in Tehran. "
     "Iran's foreign ministry accused London of interfering in its internal affairs.", "accused", "Iran", 3),
    ("WASHINGTON (Reuters) - The United States accused Russia of supplying weapons to Sudan's army. "
     "Ukraine's president urged Western allies to send more air defences.", "urged", "Ukraine", 3),
    ("GENEVA (AP) - Sudan's envoy accused the Rapid Support Forces of genocide in Darfur. "
     "Chad's government called for an immediate ceasefire.", "called", "Chad", 3),
    ("BANGKOK (AP) - Six Thai farm workers held hostage in Gaza were freed on Sunday. "
     "The Thai prime minister thanked Qatar and Egypt for their mediation.", "thanked", "Bangkok", 2),
])
def test_words_said_are_placed_where_their_speaker_is(session_coder, text, trigger, name, precision):
    event = event_telling(coded_events(session_coder, text, _PUBLISHED), text, trigger)
    assert event.event_loc is not None
    assert (event.event_loc.name, event.event_loc.precision) == (name, precision)


def test_joint_speakers_of_whom_one_is_no_state_say_no_one_states_words(session_coder):
    text = ("KHARTOUM (AP) - Fighting raged in the capital for a second day. The United States, the United Nations and "
            "the African Union called for an immediate halt to the fighting.")
    event = event_telling(coded_events(session_coder, text, _PUBLISHED), text, "called")
    assert event.event_loc is None or event.event_loc.country != "USA"


def test_an_act_on_the_ground_keeps_its_place_whoever_did_it(session_coder):
    text = "NAIROBI (Reuters) - Somali soldiers killed 20 militants near the town of Afgoye, the army said."
    event = event_telling(coded_events(session_coder, text, _PUBLISHED), text, "killed")
    assert event.event_loc is not None and event.event_loc.text == "Afgoye"


@pytest.mark.parametrize(("text", "trigger"), [
    # the lead placed its attack in the dateline's country but away from the desk (a village the gazetteer lacks):
    # the attack's next act is somewhere in that country, not at the desk
    ("OUAGADOUGOU, Burkina Faso (Reuters) - Suspected jihadists killed at least 40 civilians in an attack on the "
     "village of Seytenga in northern Burkina Faso, the government said on Sunday.\n\nGunmen arrived on motorbikes "
     "and opened fire on residents, survivors said.", "opened"),
    ("BAMAKO, Mali (Reuters) - Jihadists attacked an army camp in central Mali on Saturday, killing 14 soldiers.\n\n"
     "The assailants burned vehicles and looted weapons, security sources said.", "burned"),
])
def test_an_act_going_on_from_a_lead_placed_in_the_country_is_not_at_the_desk(session_coder, text, trigger):
    event = event_telling(coded_events(session_coder, text, _PUBLISHED), text, trigger)
    assert event.event_loc is not None
    assert (event.event_loc.feature, event.event_loc.precision) == ("PCLI", 3)


@pytest.mark.parametrize(("text", "trigger"), [
    # a reply is the other side's act, from and on its own ground: not at the place of the act it answers
    ("An Israeli strike on a car in the town of Nabatieh killed two Hezbollah members on Saturday.\n\n"
     "Hezbollah said it fired rockets at an Israeli army post in response.", "fired"),
    ("Gunmen attacked a police checkpoint in Kirkuk on Tuesday. Police retaliated by raiding a hideout, officials "
     "said.", "raiding"),
    ("Rebels shelled the town of Kidal on Monday. The army bombed rebel positions in retaliation.", "bombed"),
])
def test_a_reply_does_not_take_the_place_of_the_act_it_answers(session_coder, text, trigger):
    event = event_telling(coded_events(session_coder, text, _PUBLISHED), text, trigger)
    assert event.event_loc is None or event.event_loc.precision == 3


@pytest.mark.parametrize(("text", "trigger", "name"), [
    # the speaker's own country holds the desk: the desk stands, even after a lead placed elsewhere
    ("NAIROBI (Reuters) - Sudan's army chief vowed to fight on, speaking to troops in Omdurman.\n\n"
     "Kenya's president called for a ceasefire.", "called", "Nairobi"),
    # a joined clause with a subject of its own does not take the first clause's speaker
    ("JERUSALEM (AP) - A strike on a building in Damascus killed two Iranian generals on Monday.\n\nIsrael has not "
     "said it carried out the strike, but it has been widely blamed for it.", "blamed", "Syria"),
])
def test_the_speakers_country_and_the_desk(session_coder, text, trigger, name):
    event = event_telling(coded_events(session_coder, text, _PUBLISHED), text, trigger)
    assert event.event_loc is not None and event.event_loc.name == name


@pytest.mark.parametrize(("text", "trigger", "country"), [
    # a state recalling its envoy decides at home
    ("Congo recalled its ambassador from Kigali on Monday over the fighting in the east.", "recalled", "COD"),
    ("Mali's junta recalled its ambassador from Algiers over the incident.", "recalled", "MLI"),
])
def test_a_recall_is_placed_in_the_recalling_state(session_coder, text, trigger, country):
    event = event_telling(coded_events(session_coder, text, _PUBLISHED), text, trigger)
    assert event.event_loc is not None and event.event_loc.country == country


@pytest.mark.parametrize(("text", "trigger", "name"), [
    # ending a siege happens where the siege told before was, though on a later day
    ("NIAMEY (AFP) - Gunmen stormed a hotel in the town of Tillaberi on Sunday and held guests hostage for hours. "
     "Security forces ended the siege early on Monday, killing four attackers.", "ended", "Tillabéri"),
    ("KIGALI (Reuters) - Gunmen stormed a hotel in Bamako on Monday, taking dozens of guests hostage. Security forces "
     "ended the siege on Tuesday, killing the gunmen.", "ended", "Bamako"),
])
def test_ending_a_siege_is_placed_where_the_siege_was(session_coder, text, trigger, name):
    event = event_telling(coded_events(session_coder, text, _PUBLISHED), text, trigger)
    assert event.event_loc is not None and event.event_loc.name == name
