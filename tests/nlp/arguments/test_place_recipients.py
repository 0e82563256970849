"""Recipients that are no party, on wire sentences we wrote ourselves (the causes an audit of 12 articles found):
- a place within a state ("the northeastern Colombian province of Arauca") is where; its nationality word names no
  party (``parties.named_place``), and a place phrase on a road a protest blocks is where the road is;
- the listeners of a reporting verb joined to an act ("..., an official told reporters") are no party to the act
  (``recipients._attribution``, ``addressees._press``);
- arms seized bind no people: no civilians are made up as their recipient (``unnamed._takes_arms``);
- the "it" of a condemnation stands for the act condemned, not for the last party named (``judged.act_judged``).
Controls keep a party the text names as the target ("attacked Colombia's embassy", "told Russia to withdraw").

Each row: the sentence, the actor and the recipient of its main asserted event, each ``(words in its text, ISO3)``
(either may be None, unchecked; ``NOBODY``: none may be invented).
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.nlp.conftest import NOBODY, asserted_main_event, coded_events, party_holds, rows_with_known_misses

pytestmark = pytest.mark.model

PUBLISHED = dt.date(2024, 6, 26)

ROWS = [
    # a place within a state: where, and its nationality word no party
    ("ELN rebels attacked a police station in the northeastern Colombian province of Arauca on Monday.",
     ("rebels", "COL"), ("police", "COL")),
    ("Gunmen attacked a military post in the southern Nigerian state of Delta.", ("Gunmen", "NGA"), ("Delta", "NGA")),
    ("Fighters stormed a prison in the central Malian region of Mopti.", ("Fighters", "MLI"), ("Mopti", "MLI")),
    ("Militants ambushed a convoy in the eastern Afghan province of Kunar.", ("Militants", "AFG"), ("convoy", "AFG")),
    ("Troops shelled villages in the northern Syrian province of Idlib.", ("Troops", "SYR"), ("villages", "SYR")),
    ("Insurgents killed five soldiers in the restive Pakistani province of Balochistan.", ("Insurgents", "PAK"),
     ("soldiers", "PAK")),
    ("Bandits abducted 40 pupils from a school in the northwestern Nigerian state of Zamfara.", ("Bandits", "NGA"),
     ("pupils", "NGA")),
    ("Police arrested three journalists in the southern Indian state of Kerala.", ("Police", "IND"),
     ("journalists", "IND")),
    # controls: a state's own seat or a party named with its nationality stays the recipient
    ("Rebels attacked Colombia's embassy in Caracas.", ("Rebels", None), ("embassy", "COL")),
    ("Gunmen attacked a Nigerian army base in Borno state.", ("Gunmen", "NGA"), ("army", "NGA")),
    ("Russia told Ukraine to withdraw its troops.", ("Russia", "RUS"), ("Ukraine", "UKR")),
    ("The EU accused the Nigerian state of failing its citizens.", ("EU", None), ("Nigerian state", "NGA")),
    # a protest on roads in towns addresses the authorities there, not the towns
    ("Protesters blocked roads in Mombasa and Kisumu on Tuesday.", ("Protesters", "KEN"), ("", "KEN")),
    ("Demonstrators blocked highways in Lima and Arequipa.", ("Demonstrators", "PER"), ("", "PER")),
    ("Farmers blocked roads in Punjab and Haryana to protest the new farm laws.", ("Farmers", "IND"), (None, "IND")),
    ("Truckers blocked highways in Santiago on Monday.", ("Truckers", "CHL"), ("", "CHL")),
    # the listeners of a reporting verb joined to the act
    ("The blast tore through a crowd at a bus station, a senior police official told reporters.", None,
     ("crowd", None)),
    ("A suicide bomber struck a market in Peshawar, the provincial police chief told journalists.", None,
     ("market", "PAK")),
    ("Gunmen killed six farmers in Benue state, a local official told reporters.", ("Gunmen", "NGA"),
     ("farmers", "NGA")),
    ("Militants attacked a checkpoint in Sinai, a military spokesman told state television.", ("Militants", "EGY"),
     (None, "EGY")),
    # arms seized: no civilians made up
    ("Kenyan police seized weapons and ammunition in Mombasa on Tuesday.", ("police", "KEN"), None),
    ("Malian soldiers seized weapons and ammunition near Gao.", ("soldiers", "MLI"), None),
    ("Colombian troops seized arms and explosives in a raid in Cauca.", ("troops", "COL"), None),
    ("Philippine marines seized rifles and ammunition on Jolo island.", ("marines", "PHL"), None),
    # controls: people the act is done to stay its recipients
    ("Kenyan police arrested dozens of protesters in Mombasa.", ("police", "KEN"), ("protesters", "KEN")),
    ("Troops raided an opposition office in Harare.", ("Troops", "ZWE"), ("opposition", "ZWE")),
    ("The army carried out raids against militants in North Waziristan.", ("army", "PAK"), ("militants", "PAK")),
]

KNOWN_MISSES: dict[str, str] = {}


@pytest.mark.parametrize(("text", "actor", "recipient"), rows_with_known_misses(ROWS, KNOWN_MISSES))
def test_place_and_attribution_recipients(session_coder, text, actor, recipient):
    event = asserted_main_event(session_coder, text, PUBLISHED)
    assert event is not None
    assert party_holds(actor, event.actor), event.actor
    assert party_holds(recipient, event.recipient), event.recipient


# (sentences, the judging verb, the recipient: whoever did the harmful act "it" takes up, or nobody). The act
# judged is told before; its doer is the one judged, not merely the last armed party named.
CONDEMNED_ACTS = [
    ("Wagner fighters killed dozens of villagers near Moura. Burkina Faso and Niger condemned it.", "condemned",
     ("Wagner", None)),
    ("Gunmen attacked a church in Kaduna on Sunday. The Vatican condemned it as an act of terror.", "condemned",
     ("Gunmen", "NGA")),
    ("Hamas fired rockets at Tel Aviv. Germany denounced it.", "denounced", ("Hamas", "PSE")),
    ("The army shelled a market in Omdurman. The African Union deplored this.", "deplored", ("army", "SDN")),
    ("Al-Shabaab fighters stormed a hotel in Mogadishu. Kenya and Ethiopia condemned it.", "condemned",
     ("Al-Shabaab", "SOM")),
    ("The junta dissolved the electoral commission. ECOWAS deplored it.", "deplored", ("junta", None)),
    ("Houthi rebels seized a cargo ship in the Red Sea. Britain and France denounced it.", "denounced",
     ("Houthi", "YEM")),
    # no harmful act told before: "it" names no party
    ("Russia and Ukraine swapped prisoners. Turkey welcomed it.", "welcomed", NOBODY),
    ("Kenya hosted peace talks on Sudan on Monday. The United States welcomed it.", "welcomed", NOBODY),
]


@pytest.mark.parametrize(("text", "verb", "recipient"), CONDEMNED_ACTS, ids=[r[0][:60] for r in CONDEMNED_ACTS])
def test_condemned_it_is_the_acts_doer(session_coder, text, verb, recipient):
    events = [e for e in coded_events(session_coder, text, PUBLISHED) if verb in e.trigger]
    assert events
    assert any(party_holds(recipient, e.recipient) for e in events), [e.recipient for e in events]


# controls: the party a condemnation names, and "for it" with the doer named, keep their recipients
CONDEMNED_PARTIES = [
    ("Israel struck a school in Gaza. Egypt condemned Israel for it.", "condemned", ("Israel", "ISR")),
    ("The EU criticised Hungary. Budapest condemned the EU.", "condemned", ("EU", None)),
    ("Pakistan condemned India over the killings in Kashmir.", "condemned", ("India", "IND")),
    ("The United States denounced Iran for the attack on the tanker.", "denounced", ("Iran", "IRN")),
]


@pytest.mark.parametrize(("text", "verb", "recipient"), CONDEMNED_PARTIES, ids=[r[0][:60] for r in CONDEMNED_PARTIES])
def test_condemned_party_kept(session_coder, text, verb, recipient):
    events = [e for e in coded_events(session_coder, text, PUBLISHED) if verb in e.trigger]
    assert any(party_holds(recipient, e.recipient) for e in events), [(e.trigger, e.recipient) for e in events]
