"""Mentions resolved to the right actor, country and sector, on news-wire sentences we wrote ourselves: pronouns and
"the group"/"the inspectors" taking up an earlier party, states the tagger calls persons ("Jordan said it ..."),
nationality words before participles of backing or holding ("Iranian-backed", "Russian-installed"), possessives of
places ("Gaza's hospitals"), people serving a state ("spying for Israel"), collective bodies of several states ("the
international community", "world powers", "the West"), the people international bodies send (inspectors, monitors),
the other side of talks held at a foreign venue, and the places of sources ("media in Senegal reported").

Each row: the sentence, the role ("actor" or "recipient") of the main asserted event, words of the party's text, and
its country and sector; None leaves a field unchecked, ``NONE`` wants it empty.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.nlp.conftest import asserted_main_event, rows_with_known_misses

pytestmark = pytest.mark.model

PUBLISHED = dt.date(2020, 6, 26)
NONE = "none"  # the field must be empty: no country, no sector

PRONOUNS_AND_DESCRIPTIONS = [
    ("Jordan said it would host talks between the two sides next month.", "actor", "Jordan", "JOR", None),
    ("Jordan said it would expel the Israeli ambassador.", "actor", "Jordan", "JOR", None),
    ("Chad said it would send troops to Mali.", "actor", "Chad", "TCD", None),
    ("Egypt said it would host talks on Gaza next week.", "actor", "Egypt", "EGY", None),
    ("Georgia said it would expel two Russian diplomats.", "actor", "Georgia", "GEO", None),
    ("Oman said it would mediate between Iran and the United States.", "actor", "Oman", "OMN", None),
    ("Kenya said it would deploy police officers to Haiti.", "actor", "Kenya", "KEN", None),
    ("The Houthis said they had fired a missile at Riyadh.", "actor", "they", "YEM", "REB"),
    ("Hezbollah said it had fired rockets at an Israeli post.", "actor", "it", "LBN", None),
    ("The Taliban said they had captured the district of Kunduz.", "actor", "they", "AFG", None),
    ("After Al-Shabaab bombed a bus, Kenyan troops attacked the group.", "recipient", "group", "SOM", "INS"),
    ("The Islamic State claimed the attack. The United States added the group to its terrorism list.", "recipient",
     "group", NONE, "INS"),
    ("Al-Qaeda claimed the bombing. Britain condemned the group.", "recipient", "group", NONE, "INS"),
    ("The United States imposed sanctions on the Islamic State.", "recipient", "Islamic State", NONE, "INS"),
    ("The Islamic State claimed the attack in Kabul.", "actor", "Islamic State", "AFG", "INS"),
    ("France struck Islamic State positions in Syria.", "recipient", None, "SYR", "INS"),
    ("Egypt's foreign ministry condemned the raid. The ministry urged Israel to show restraint.", "actor",
     "ministry", "EGY", "GOV"),
    ("The Iraqi army retook the town. The army said it had killed 20 militants.", "actor", None, "IRQ", "MIL"),
]

NATIONALITY_PARTICIPLES = [
    ("Saudi-led warplanes struck Houthi positions in Sanaa.", "actor", "warplanes", "SAU", "MIL"),
    ("Saudi-led warplanes struck Houthi positions in Sanaa.", "recipient", None, "YEM", "REB"),
    ("Iranian-backed militias fired rockets at a U.S. base in Iraq.", "actor", "militias", "IRQ", "REB"),
    ("U.S.-backed fighters captured the town of Raqqa.", "actor", "fighters", "SYR", None),
    ("Russian-installed officials in Kherson arrested two teachers.", "actor", "officials", "UKR", "GOV"),
    ("Protesters in Russian-annexed Crimea were detained by police.", "recipient", "Protesters", "UKR", "CVL"),
    ("Ukrainian forces shelled Russian-occupied Donetsk on Tuesday.", "recipient", "Donetsk", "UKR", "CVL"),
    ("Russian-occupied Donetsk was shelled overnight, killing three civilians.", "recipient", "Donetsk", "UKR",
     None),
    ("Kurdish militias shelled Turkish-held Afrin.", "recipient", "Afrin", "SYR", "CVL"),
    ("Turkish troops clashed with Kurdish fighters near the Syrian town of Afrin.", "recipient", "fighters", "SYR",
     "REB"),
    ("Turkish jets bombed Kurdish positions in northern Iraq.", "recipient", "Kurdish", "IRQ", "REB"),
    ("Syrian rebels fighting against the government seized the town of Saraqeb.", "actor", "rebels", "SYR", "REB"),
]

PLACES_OWNING_PEOPLE = [
    ("Qatar donated $10 million to Gaza's hospitals.", "recipient", "hospitals", "PSE", "HLH"),
    ("Israeli gunboats fired on Gaza's fishermen on Monday.", "recipient", "fishermen", "PSE", "AGR"),
    ("Egypt donated medicine to Aleppo's doctors.", "recipient", "doctors", "SYR", "HLH"),
    ("The UAE funded Khartoum's hospitals.", "recipient", "hospitals", "SDN", "HLH"),
    ("Kabul's residents protested against the Taliban.", "actor", "residents", "AFG", "CVL"),
    ("Kenya sent food to Mogadishu's displaced families.", "recipient", "families", "SOM", None),
    ("Rebels shelled Goma's main hospital.", "recipient", "hospital", "COD", "HLH"),
]

SERVING_A_STATE = [
    ("An Iranian court sentenced a man convicted of spying for Israel to death.", "recipient", "man", "IRN", None),
    ("Police arrested three men accused of spying for Russia.", "actor", "Police", NONE, "COP"),
    ("Police arrested three men accused of spying for Russia.", "recipient", "men", NONE, None),
    ("Iran executed a British-Iranian dual national convicted of spying for Britain.", "recipient", None, "GBR", None),
    ("Iraqi militias fighting for Iran attacked the US embassy.", "actor", "militias", "IRQ", "REB"),
    ("Colombian mercenaries fighting for Russia were captured by Ukrainian troops.", "recipient", "mercenaries",
     "COL", "UAF"),
]

COLLECTIVE_BODIES = [
    ("The international community condemned the coup in Myanmar.", "actor", "community", NONE, "GOV"),
    ("World powers urged Iran to return to the nuclear deal.", "actor", "powers", NONE, "GOV"),
    ("The West imposed sanctions on Russia after the invasion.", "actor", "West", NONE, "GOV"),
    ("Western powers accused Syria of using chemical weapons.", "actor", "powers", NONE, "GOV"),
    ("The great powers demanded that Serbia withdraw its troops.", "actor", "powers", NONE, "GOV"),
    ("Regional powers urged Ethiopia to end the fighting.", "actor", "powers", NONE, "GOV"),
    ("Western countries expelled dozens of Russian diplomats.", "actor", "countries", NONE, "GOV"),
    ("The global community pledged aid to Turkey after the quake.", "actor", "community", NONE, "GOV"),
    ("Gulf states pledged $2 billion to Sudan.", "actor", "Gulf", NONE, None),
    ("Donors pledged $1 billion to Somalia.", "actor", "Donors", NONE, None),
    ("Russia accused the West of arming Ukraine.", "recipient", "West", NONE, "GOV"),
    ("China warned foreign powers against meddling in Hong Kong.", "recipient", "powers", NONE, "GOV"),
]

BODIES_SENT = [
    ("Iran allowed the inspectors back.", "recipient", "inspectors", NONE, "IGO"),
    ("The IAEA said Iran allowed the inspectors back into Natanz.", "recipient", "inspectors", NONE, "IGO"),
    ("North Korea expelled the weapons inspectors.", "recipient", "inspectors", NONE, "IGO"),
    ("Iraq barred the inspectors from the palace.", "recipient", "inspectors", NONE, "IGO"),
    ("Iran granted IAEA inspectors access to two sites.", "recipient", "inspectors", NONE, "IGO"),
    ("IAEA inspectors were denied access to the site by Iran.", "recipient", "inspectors", NONE, "IGO"),
    ("UN inspectors inspected the Natanz site on Monday.", "actor", "inspectors", NONE, "IGO"),
    ("Police inspectors arrested two traders in Karachi.", "actor", "inspectors", "PAK", "COP"),
    ("Health inspectors closed three restaurants in Lagos.", "actor", "inspectors", "NGA", "GOV"),
    ("EU observers criticised the election in Kenya.", "actor", "observers", NONE, "IGO"),
    ("China allowed WHO experts into Wuhan.", "recipient", "WHO", NONE, "IGO"),
]

VENUES = [
    ("The Colombian government resumed talks with the rebels in Havana.", "recipient", "rebels", "COL", "REB"),
    ("Colombia's government held talks with the rebels in Havana.", "recipient", "rebels", "COL", "REB"),
    ("Yemen's government held talks with the rebels in Stockholm.", "recipient", "rebels", "YEM", "REB"),
    ("The Philippine government signed a peace deal with Muslim rebels in Kuala Lumpur.", "recipient", "rebels",
     "PHL", "REB"),
    ("The Afghan government held talks with the insurgents in Doha.", "recipient", "insurgents", "AFG", None),
    ("Sudan's army held talks with the paramilitaries in Jeddah.", "recipient", "paramilitaries", "SDN", "REB"),
    ("The Mozambican government signed a peace accord with the rebels in Rome.", "recipient", "rebels", "MOZ",
     "REB"),
    ("Syrian opposition leaders met government officials in Geneva.", "recipient", "officials", "SYR", "GOV"),
    ("The Sudanese army and the paramilitaries agreed to a truce in Jeddah.", "actor", "paramilitaries", "SDN", None),
    ("Government troops clashed with rebels in Goma.", "recipient", "rebels", "COD", "REB"),
]

SOURCES = [
    ("BAMAKO - Soldiers killed 12 militants. Media in Senegal reported the clash.", "actor", "Soldiers", "MLI",
     "MIL"),
    ("Soldiers killed 12 militants. Media in Senegal reported the clash.", "actor", "Soldiers", NONE, "MIL"),
    ("Soldiers killed 12 militants. Media in Senegal reported the clash.", "recipient", "militants", NONE, "INS"),
    ("LIMA - Protesters blocked a highway on Monday, according to reports from Bolivia.", "actor", "Protesters",
     "PER", "CVL"),
    ("Protesters blocked a highway on Monday, according to reports from Bolivia.", "actor", "Protesters", NONE,
     "CVL"),
    ("Gunmen abducted 20 students, according to reports from Ghana.", "recipient", "students", NONE, "EDU"),
    ("Police arrested 40 opposition activists. Newspapers in India reported the arrests.", "recipient", "activists",
     NONE, None),
]

ROWS = (PRONOUNS_AND_DESCRIPTIONS + NATIONALITY_PARTICIPLES + PLACES_OWNING_PEOPLE + SERVING_A_STATE
        + COLLECTIVE_BODIES + BODIES_SENT + VENUES + SOURCES)

_ARGUMENTS = "the argument finder (not ours) gives no such recipient"
KNOWN_MISSES = {
    "Turkish jets bombed Kurdish positions": "a people's word with a military post names no sector (the Kurds' armed "
                                             "group is not read off 'positions')",
    "Russia accused the West of arming Ukraine": _ARGUMENTS + " ('the West' before an 'of' clause)",
    "China warned foreign powers against meddling": _ARGUMENTS + " (the 'against' phrase's place is taken)",
    "Health inspectors closed three restaurants": "no event: the lexicon (not ours) has no row for closing shops",
    "China allowed WHO experts": "the parser reads 'WHO' as a pronoun subject; " + _ARGUMENTS,
    "The Sudanese army and the paramilitaries agreed to a truce in Jeddah": "a truce is no meeting word (a 'truce in "
        "Gaza' is where it holds), so Jeddah is no venue here",
}


def _holds(value, wanted) -> bool:
    return wanted is None or (value is None if wanted == NONE else value == wanted)


@pytest.mark.parametrize(("text", "role", "words", "country", "sector"),
                         list(rows_with_known_misses(ROWS, KNOWN_MISSES)))
def test_a_mention_resolves_to_its_party(session_coder, text, role, words, country, sector):
    event = asserted_main_event(session_coder, text, PUBLISHED)
    assert event is not None, text
    parties = event.actor if role == "actor" else event.recipient
    found = [p for p in parties if words is None or words.lower() in p.text.lower()]
    assert found, [(p.text, p.country, p.sector) for p in parties]
    assert any(_holds(p.country, country) and _holds(p.sector, sector) for p in found), \
        [(p.text, p.name, p.country, p.sector) for p in found]
