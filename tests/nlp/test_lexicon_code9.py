"""Lexicon misses that needed code (helper what9), each with controls that use the same words in no such sense.
Sentences we wrote ourselves in wire style; none taken from a benchmark or the seed.

1. "walked away from the talks" breaks them off (SANCTION 164) and "from the deal" leaves an agreement (160), as
   "walked out of" and "withdrew from" do: ``triggers.light_verbs.prep_objects`` reads the phrase after "away" (an
   adverb to the parser) as it read the one after the particle "out".
2. "the foreign minister is in Ankara for consultations": a party staying in a named place for talks, a meeting or a
   visit visits it (CONSULT 042), through a lexicon row on "be" (``triggers.finder`` now offers a copula heading a
   "for" phrase as a candidate, as it did one heading an "on" phrase).
3. "said Belarus was weaponising migrants": weaponising, instrumentalising, politicising, fomenting, fabricating,
   falsifying, bullying and extorting are wrongs stated of another party (ACCUSE 112, ``lexicon.WRONGDOING_VERBS``).
4. "put forward a peace plan", "floated a ceasefire plan", "unveiled a peace plan": a plan offers a settlement
   (AGREE 030) only when its modifier says so; the new "dobjmod" constraint reads a noun or adjective before the
   verb's object.
5. "called on the Saudi crown prince in Riyadh": calling on a dignitary (a person's name or an office one person
   holds, the "@dignitary" class) with no clause or "for" phrase telling what is asked of them is a courtesy visit
   (CONSULT 042); "called on the parties to end the fighting" stays an appeal (REQUEST 020).
6. "staged a sit-in outside parliament": when the parser hangs the split "sit-in" on the noun after it, the light
   verb carries the split word (``light_verbs._split_compound``); "voiced dismay at the verdict": a bare noun right
   after a light verb that the parser read as its complement (xcomp) is its object. Dismay, concern and alarm voiced
   at an act are disapproval (CAMEO 110, which the crosswalk files under ACCUSE), as the lexicon already had them.
"""
from __future__ import annotations

import datetime as dt

import pytest

from .conftest import asserted_main_event, rows_with_known_misses

pytestmark = pytest.mark.model
PUBLISHED = dt.date(2020, 6, 26)

# (sentence, category of its main asserted event or None, its CAMEO code or None = unchecked)
TABLE = [
    # 1. walking away from talks (164) or from an agreement (160), "away" read as an adverb
    ('The rebels walked away from the talks.', 'SANCTION', '164'),
    ('Washington walked away from the nuclear deal.', 'SANCTION', '160'),
    ('The Colombian government walked away from the negotiating table.', 'SANCTION', '164'),
    ('The junta walked away from the ceasefire agreement with the rebels.', 'SANCTION', '160'),
    ('Moscow walked away from the grain deal in July.', 'SANCTION', '160'),
    ('The opposition coalition walked away from the dialogue with the ruling party.', 'SANCTION', '164'),
    ('The driver walked away from the crash unhurt.', None, None),
    ('The champion walked away from the sport after the final.', None, None),
    ('The investors walked away from the merger.', None, None),
    # 2. a party in a place for talks visits it
    ('The Russian foreign minister is in Ankara for consultations.', 'CONSULT', '042'),
    ('The Iranian envoy was in Damascus for talks with Assad.', 'CONSULT', '042'),
    ('A Hamas delegation was in Cairo for talks on a truce.', 'CONSULT', '042'),
    ('The Qatari emir is in Washington for a two-day visit.', 'CONSULT', '042'),
    ('The Ethiopian prime minister was in Nairobi for a meeting with President Ruto.', 'CONSULT', '042'),
    ('The minister is in hospital for treatment.', None, None),
    ('The team is in Doha for the World Cup.', None, None),
    ('The talks are in Geneva for the first time.', None, None),
    # 3. wrongs stated of another party
    ('Lithuania said Belarus was weaponising migrants.', 'ACCUSE', '112'),
    ('Warsaw said Minsk was weaponizing refugees at the border.', 'ACCUSE', '112'),
    ('Kyiv said Moscow had weaponised grain exports.', 'ACCUSE', '112'),
    ('Helsinki said Russia was instrumentalising asylum seekers.', 'ACCUSE', '112'),
    ('Delhi said Islamabad was fomenting unrest in Kashmir.', 'ACCUSE', '112'),
    ('The opposition said the government had falsified the election results.', 'ACCUSE', '112'),
    ('Baku said Yerevan had fabricated evidence of war crimes.', 'ACCUSE', '112'),
    ('Seoul said Beijing was bullying its smaller neighbours.', 'ACCUSE', '112'),
    ('Ankara said Athens was politicising the migrant issue.', 'ACCUSE', '112'),
    ('Lithuania said it was not weaponising anything.', None, None),
    ('The minister said the company was exploiting new oil fields.', None, None),
    # 4. an offer told by the object's modifier
    ('France put forward a peace plan for Lebanon.', 'AGREE', '030'),
    ('Qatar floated a ceasefire proposal.', 'AGREE', '030'),
    ('Egypt floated a ceasefire plan for Gaza.', 'AGREE', '030'),
    ('The Chinese foreign minister unveiled a peace plan for Ukraine.', 'AGREE', '030'),
    ('The African Union put forward a new peace and security plan for Sudan.', 'AGREE', '030'),
    ('The airline put forward a plan to cut jobs.', None, None),
    ('The company unveiled a peace plan for its shareholders.', None, None),
    ('The ministry unveiled a plan to build new roads.', None, None),
    # 5. calling on a dignitary is a visit; calling on a party to act is an appeal
    ('The Pakistani army chief called on the Saudi crown prince in Riyadh.', 'CONSULT', '042'),
    ('The Indian foreign minister called on his Chinese counterpart in Beijing.', 'CONSULT', '042'),
    ('The Qatari emir called on the Pope at the Vatican.', 'CONSULT', '042'),
    ('The new British ambassador called on the Nigerian president in Abuja.', 'CONSULT', '042'),
    ('The UN called on the parties to end the fighting.', 'REQUEST', '020'),
    ('The EU called on the Serbian president to recognise Kosovo.', 'REQUEST', '020'),
    ('The opposition called on the president on Monday to step down.', 'REQUEST', '020'),
    ('Rights groups called on the king to pardon the activists.', 'REQUEST', '020'),
    ('The senator called on the secretary of state for answers.', 'REQUEST', None),
    ('Biden called on Congress to pass the bill.', 'REQUEST', '020'),
    # 6. a split "sit-in" and a light verb's noun read as a complement
    ('Hundreds staged a sit-in outside parliament.', 'PROTEST', '141'),
    ('Nurses began a sit-in outside the health ministry.', 'PROTEST', '141'),
    ('Farmers staged a sit-in outside the governor\'s office in Lahore.', 'PROTEST', '141'),
    ('The council held a sit-down meeting with the mayor.', 'CONSULT', None),
    ('The Turkish foreign ministry voiced dismay at the verdict.', 'ACCUSE', '110'),
    ('The Egyptian foreign ministry voiced alarm at the escalation in Gaza.', 'ACCUSE', '110'),
    ('The Kenyan government voiced concern at the arrests of its citizens.', 'ACCUSE', '110'),
    ('Tokyo expressed dismay at the missile launch.', 'ACCUSE', '110'),
    # known misses (see KNOWN_MISSES)
    ('The engineers said the army had weaponised the new drone.', None, None),
    ('The Japanese envoy called on President Ruto at State House on Monday.', 'CONSULT', '042'),
]

# Rows the coder still gets wrong, by the start of their sentence, and why.
KNOWN_MISSES = {
    "The engineers said the army had weaponised":
        "\"weaponise\" also means to make into a weapon: a stated wrong needs a thing used against people "
        "(migrants, grain, energy), which the wrongdoing class does not read off the object",
    "The Japanese envoy called on President Ruto":
        "the parser makes \"envoy\" the root and \"called\" a participle on it, so the sentence has no subject "
        "and the reduced-relative reading vetoes the visit row",
}


def test_the_table_has_no_sentence_twice():
    assert len({text for text, _, _ in TABLE}) == len(TABLE)


@pytest.mark.parametrize("text,category,cameo", list(rows_with_known_misses(TABLE, KNOWN_MISSES)))
def test_the_main_event_has_the_category_and_code_its_words_give(session_coder, text, category, cameo):
    event = asserted_main_event(session_coder, text, PUBLISHED)
    assert (event.event if event is not None else None) == category
    if cameo is not None:
        assert event.cameo == cameo
