"""The recipient of an act in the frames wire news names it in, on sentences we wrote ourselves: a preposition
particular to the verb ("talks with", "sided with", "cracked down on", "called on X" as a visit), a recipient inside
a noun phrase ("a rebuke of Y", "the visit to Y", "sanctions against Y"), the guests of hosted talks, coordinated and appositive objects, the
subject of a passive, the people a state expels or deports and the state they go home to, an indirect object, a
possessive or a place standing for a government ("criticised Moscow's stance", "protested to Beijing"), the other
side named by its relation to the doer ("his Iranian counterpart"), a crowd gathered at the seat of a state.

Each row: the sentence and the recipient of its main asserted event as ``(words in its text, ISO3)`` (either may be
None, unchecked). The negative controls hold what must not change: a place that only says where ("met in Geneva",
"gathered outside the hospital"), the doer's own ("recalled its ambassador"), a call that is a request.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.nlp.conftest import NOBODY, asserted_main_event, party_holds, rows_with_known_misses

pytestmark = pytest.mark.model

PUBLISHED = dt.date(2020, 6, 26)

PREPOSITIONS_OF_THE_VERB = [
    ("Turkish President Tayyip Erdogan held talks with Iraqi Prime Minister Mustafa al-Kadhimi on Tuesday.",
     ("Kadhimi", "IRQ")),
    ("The Kenyan foreign minister met with his Somali counterpart in Nairobi.", ("counterpart", "SOM")),
    ("Ghana signed a trade deal with Nigeria on Monday.", ("Nigeria", "NGA")),
    ("Hungary sided with Poland in the dispute over the rule of law.", ("Poland", "POL")),
    ("Cuban police cracked down on dissidents in Havana.", ("dissidents", "CUB")),
    ("Washington pressed Riyadh on human rights during the visit.", ("Riyadh", "SAU")),
    ("The Lebanese government appealed to France for emergency aid.", ("France", "FRA")),
    ("Japan pledged aid to the Philippines after the typhoon.", ("Philippines", "PHL")),
    ("Israel threatened Lebanon with a massive response.", ("Lebanon", "LBN")),
    ("Moscow warned Finland against joining NATO.", ("Finland", "FIN")),
    ("Uganda warned South Sudan against harbouring rebels.", ("South Sudan", "SSD")),
    ("Vietnam lodged a protest with China over the oil rig.", ("China", "CHN")),
    ("Brazil froze relations with Nicaragua.", ("Nicaragua", "NIC")),
    ("Pakistan expressed solidarity with the Palestinians.", ("Palestinians", "PSE")),
    ("Rwandan troops clashed with Congolese soldiers along the border.", ("soldiers", "COD")),
    ("North Korea fired a ballistic missile toward Japan.", ("Japan", "JPN")),
]

# "called on X" with no infinitive after it is a courtesy visit (CONSULT) paid to X; with one, a request to X.
CALLS = [
    ("The British foreign secretary called on Pakistan's prime minister in Islamabad.", ("minister", "PAK")),
    ("The U.S. envoy called on the Nepali president at his residence.", ("president", "NPL")),
    ("The new Chinese ambassador called on Sri Lanka's foreign minister on Monday.", ("minister", "LKA")),
    ("Germany called on Russia to withdraw its troops.", ("Russia", "RUS")),
]

INSIDE_A_NOUN_PHRASE = [
    ("Egypt's talks with Ethiopia over the dam collapsed on Sunday.", ("Ethiopia", "ETH")),
    ("Germany issued a sharp rebuke of Hungary over the media law.", ("Hungary", "HUN")),
    ("The Indian prime minister's visit to Bangladesh drew protests.", ("Bangladesh", "BGD")),
    ("Canada announced support for Ukraine on Monday.", ("Ukraine", "UKR")),
    ("The European Union adopted new sanctions against Belarus on Friday.", ("Belarus", "BLR")),
    ("Italy extended a loan of 500 million euros to Tunisia.", ("Tunisia", "TUN")),
    ("The Pentagon approved a $1 billion arms sale to Taiwan.", ("Taiwan", "TWN")),
    ("Iraq demanded an apology from Turkey over the strike.", ("Turkey", "TUR")),
    # the guests of hosted talks, by the talks' "of" or "between" phrase
    ("Egypt hosted a meeting of Libyan rival factions in Cairo.", ("factions", "LBY")),
    ("Qatar convened a meeting of Afghan elders in Doha.", ("elders", "AFG")),
    ("Saudi Arabia hosted peace talks in Jeddah between the Sudanese army and the RSF.", ("army", "SDN")),
]

COORDINATED_APPOSED_PASSIVE_INDIRECT = [
    ("Morocco criticised Algeria and Tunisia for hosting the rebel leader.", ("Tunisia", "TUN")),
    ("Nigeria signed a security pact with Niger and Chad.", ("Chad", "TCD")),
    ("Argentina condemned the United Kingdom, the former colonial power, over the islands.",
     ("United Kingdom", "GBR")),
    ("Venezuela was criticised by Colombia for harbouring rebels.", ("Venezuela", "VEN")),
    ("The Zimbabwean opposition leader was arrested by police in Harare.", ("leader", "ZWE")),
    ("Washington gave Kyiv assurances of continued support.", ("Kyiv", "UKR")),
    ("Armenia offered an olive branch to Azerbaijan.", ("Azerbaijan", "AZE")),
]

PLACES_AND_POSSESSIVES_FOR_A_GOVERNMENT = [
    ("Tokyo criticised Moscow's stance on the islands.", ("Moscow", "RUS")),
    ("Vietnam protested to Beijing over the oil rig.", ("Beijing", "CHN")),
    ("Ankara slammed Athens over the migrant pushbacks.", ("Athens", "GRC")),
    ("Paris recalled its ambassador from Canberra over the submarine deal.", ("Canberra", "AUS")),
    ("Nepal's prime minister paid a visit to New Delhi.", ("New Delhi", "IND")),
    ("The Japanese prime minister visited Kyiv on Tuesday.", ("Kyiv", "UKR")),
]

# The other side named by its relation to the doer is not the doer's own, whatever its possessive says.
THE_OTHER_SIDE = [
    ("The Saudi foreign minister telephoned his Iranian counterpart on Sunday.", ("counterpart", "IRN")),
    ("The Greek prime minister met his Turkish counterpart on the sidelines of the NATO summit in Vilnius.",
     ("counterpart", "TUR")),
    ("Indian officials briefed their Nepali counterparts on the flood warnings.", ("counterparts", "NPL")),
    ("The Chinese premier thanked his Pakistani hosts for their hospitality.", ("hosts", "PAK")),
    ("Jordan recalled its ambassador from Israel.", ("Israel", "ISR")),  # control: its ambassador is its own
]

# Expelled or deported people: their nation when their words name it, else the state they are sent home to.
EXPELLED_AND_DEPORTED = [
    ("Mali expelled the Algerian ambassador on Tuesday.", ("ambassador", "DZA")),
    ("Burkina Faso expelled three French diplomats on Thursday.", ("diplomats", "FRA")),
    ("Mali expelled two diplomats to Algeria.", ("Algeria", "DZA")),
    ("The United States deported 120 migrants to Haiti on Friday.", ("Haiti", "HTI")),
    ("Saudi Arabia deported thousands of workers to Ethiopia last month.", (None, "ETH")),
    ("Ecuador deported dozens of Venezuelan migrants to Caracas.", ("migrants", "VEN")),
]

# A crowd gathered at the seat of a state addresses that state; at any other building, the authorities there.
GATHERINGS = [
    ("Iranian protesters gathered outside the Saudi embassy in Tehran.", ("embassy", "SAU")),
    ("Hundreds of Kenyans gathered outside the Ugandan embassy in Nairobi.", ("embassy", "UGA")),
    ("Supporters of the opposition gathered outside the court in Dhaka.", ("court", "BGD")),
    ("Relatives of the missing fishermen gathered outside the hospital in Gaza.", ("", "PSE")),
]

TABLE = (PREPOSITIONS_OF_THE_VERB + CALLS + INSIDE_A_NOUN_PHRASE + COORDINATED_APPOSED_PASSIVE_INDIRECT
         + PLACES_AND_POSSESSIVES_FOR_A_GOVERNMENT + THE_OTHER_SIDE + EXPELLED_AND_DEPORTED + GATHERINGS)

# Open errors, each the first words of its sentence and why the recipient is still lost.
KNOWN_MISSES: dict[str, str] = {}

# A title with no country of its own met in a capital is the host's (fixed by who12), not the doer's.
MISSES = [
    ("The British prime minister met the king in Amman.", ("king", "JOR")),
]


@pytest.mark.parametrize("text,recipient", rows_with_known_misses(TABLE + MISSES, KNOWN_MISSES))
def test_the_main_event_has_the_recipient_its_frame_names(session_coder, text, recipient):
    event = asserted_main_event(session_coder, text, PUBLISHED)
    assert event is not None
    assert party_holds(recipient, event.recipient), [(a.text, a.country) for a in event.recipient]


@pytest.mark.parametrize("text,place", [
    ("Mexico deported the activists to Tijuana.", "Tijuana"),  # a town is no nation
    ("Ecuador deported dozens of Venezuelan migrants to Caracas.", "Caracas"),  # their nation is named
    ("Thailand deported 40 Chinese nationals to Bangkok's airport.", "Bangkok"),
])
def test_a_deportation_takes_no_destination_that_is_no_nation_of_theirs(session_coder, text, place):
    event = asserted_main_event(session_coder, text, PUBLISHED)
    assert event is not None and event.recipient
    assert not any(place in a.text for a in event.recipient), [a.text for a in event.recipient]


@pytest.mark.parametrize("text", [
    "Armenian and Azerbaijani officials met in Geneva.",
    "Ukrainian and Russian negotiators met in Istanbul for talks.",
])
def test_the_venue_of_talks_among_the_sides_is_no_recipient(session_coder, text):
    event = asserted_main_event(session_coder, text, PUBLISHED)
    assert event is not None
    assert not any(a.text in ("Geneva", "Istanbul") for a in event.recipient)


def test_a_request_call_is_no_visit(session_coder):
    event = asserted_main_event(session_coder, "Germany called on Russia to withdraw its troops.", PUBLISHED)
    assert event is not None and event.event == "REQUEST"
    assert party_holds(("Russia", "RUS"), event.recipient)
    assert not party_holds(NOBODY, event.recipient)
