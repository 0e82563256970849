"""The PLOVER category of the main event, swept code by code through the CAMEO 03-11 and 16 families of the 2021
CAMEO->PLOVER table: for each code, wire sentences in several frames (active, passive, nominal, headline present,
reported speech, coordinated verbs, relative clause), with controls where a reading must still be blocked.
Sentences we wrote ourselves in wire style; none taken from a benchmark or the seed.

Conventions these rows add (each decided in ``khabar/nlp/data/lexicon.csv``): arms or money received, borrowed or
bought from a party are that party's aid (071/072), and arms sold to a state are aid to it (072, as an arms sale);
designating a party by a condemning name ("a terrorist group") or listing it among terrorists is blacklisting (163,
SANCTION like the sanctions list); an envoy or a delegation sent to a capital makes a visit (042); experts or
investigators let in are access (086); another state's forces ordered out are expelled (1661); a truce offered or
proposed is only intended (0356); stopping cooperation or negotiation cuts relations (160, 164); refugees resettled are
taken in (075); a team arriving to help makes no visit; saying a party failed in a duty ("failed to curb violence")
blames it (112); finding a party responsible is finding it liable (116). ``None`` is a sentence with no asserted
event. The event compared is the main asserted one (``conftest.asserted_main_event``).
"""
from __future__ import annotations

import datetime as dt

import pytest

from .conftest import asserted_main_event, rows_with_known_misses

pytestmark = pytest.mark.model
PUBLISHED = dt.date(2020, 6, 26)

# (sentence, category of its main asserted event, or None)
TABLE = [
    # ---- 03 AGREE: intent to cooperate, aid, yield, meet, settle, mediate ----
    ("Iran said it was ready to resume nuclear talks with the West.", "AGREE"),  # 036
    ("The two leaders agreed to boost trade between their countries.", "AGREE"),  # 0311
    ("Seoul and Tokyo agreed to share military intelligence.", "AGREE"),  # 0314
    ("Tokyo pledged to provide $200 million in aid to Ukraine.", "AGREE"),  # 0331
    ("Kenya promised to send 1,000 police officers to Haiti.", "AGREE"),  # 0334
    ("The junta vowed to hold elections next year.", "AGREE"),  # 034
    ("The government agreed to release 200 political prisoners.", "AGREE"),  # 0353
    ("Israel promised to ease travel restrictions in the West Bank.", "AGREE"),  # 0351
    ("Iraq agreed to allow UN weapons inspectors to return.", "AGREE"),  # 0355
    ("The Kurdish rebels offered a ceasefire.", "AGREE"),  # 0356
    ("Hamas proposed a five-year truce.", "AGREE"),
    ("Qatar proposed a truce to both sides.", "AGREE"),
    ("The rebels declared a ceasefire.", "RETREAT"),  # control: a truce declared is kept (0871)
    ("The army announced a truce in the north.", "RETREAT"),
    ("Hamas expressed willingness to negotiate a prisoner swap.", "AGREE"),  # 036
    ("Israel said it was prepared to negotiate with Syria without preconditions.", "AGREE"),
    ("Arafat said he was willing to meet Netanyahu.", "AGREE"),
    ("Syria offered talks with Israel on the Golan.", "AGREE"),
    ("Libya's rival factions agreed on a date for elections.", "AGREE"),  # 037
    ("Kosovo and Serbia agreed on a plan to normalise relations.", "AGREE"),
    ("The rebels said they would accept African Union mediation.", "AGREE"),  # 038
    ("Moscow offered to mediate between Armenia and Azerbaijan.", "AGREE"),  # 039
    ("Turkey offered to host talks between Russia and Ukraine.", "AGREE"),
    ("Ankara accepted Moscow's proposal for a ceasefire in Idlib.", "AGREE"),
    ("Iraq said it would cooperate with the inspectors.", "AGREE"),
    ("Putin accepted Xi's invitation to visit Beijing.", "AGREE"),
    ("Iran says open to dialogue with Saudi Arabia", "AGREE"),
    ("Both countries agree that terrorism is a threat.", None),  # an opinion, no act
    ("The ministers agreed on the importance of trade.", None),
    ("Jordan's king expressed hope that talks would resume soon.", None),
    # ---- 04 CONSULT ----
    ("Putin spoke by phone with Erdogan on Tuesday.", "CONSULT"),  # 041
    ("Netanyahu telephoned Biden after the attack.", "CONSULT"),
    ("The Egyptian president received a phone call from Barak.", "CONSULT"),
    ("Blinken visited Riyadh on Monday.", "CONSULT"),  # 042
    ("Pakistan's army chief paid a visit to Riyadh.", "CONSULT"),
    ("China sent a delegation to Kabul.", "CONSULT"),
    ("Qatar dispatched an envoy to Khartoum.", "CONSULT"),
    ("The Chinese foreign minister arrived in Kabul on Monday.", "CONSULT"),
    ("The Iranian president toured Africa this week.", "CONSULT"),
    ("Erdogan hosts Putin in Sochi", "CONSULT"),  # 043
    ("Pakistan received a delegation from China.", "CONSULT"),
    ("The king welcomed the Israeli delegation to Amman.", "CONSULT"),
    ("The foreign ministers of India and Pakistan met on the sidelines of the summit.", "CONSULT"),  # 044
    ("Qatar is mediating between Israel and Hamas.", "CONSULT"),  # 045
    ("Norway brokered talks between the Colombian government and the ELN.", "CONSULT"),
    ("The envoy shuttled between Riyadh and Tehran.", "CONSULT"),
    ("Iran and Saudi Arabia held negotiations in Baghdad.", "CONSULT"),  # 046
    ("Talks between the government and the rebels resumed in Doha.", "CONSULT"),
    ("Mubarak and Arafat exchanged views on the peace process.", "CONSULT"),
    # ---- 06 COOPERATE ----
    ("Turkish and Azerbaijani troops held joint exercises.", "COOPERATE"),  # 062
    ("Egypt and Sudan launched joint military drills near the border.", "COOPERATE"),
    ("Italy extradited the suspect to Albania.", "COOPERATE"),  # 063
    ("Pakistan handed over the suspect to Afghan authorities.", "COOPERATE"),
    ("Jordan shared intelligence with Washington about the plot.", "COOPERATE"),  # 064
    ("Colombia and the US exchanged intelligence on drug cartels.", "COOPERATE"),
    ("Egypt and Israel coordinated security in Sinai.", "COOPERATE"),
    # ---- 07 AID ----
    ("Saudi Arabia gave Yemen $500 million.", "AID"),  # 071
    ("Kenya received $500 million from the World Bank.", "AID"),
    ("Pakistan borrowed $2 billion from China.", "AID"),
    ("India extended a $1 billion credit line to Sri Lanka.", "AID"),
    ("Egypt received two frigates from France.", "AID"),  # 072
    ("Iraq bought 24 fighter jets from South Korea.", "AID"),
    ("Russia sold S-400 missile systems to Turkey.", "AID"),
    ("Russia sold Turkey S-400 missile systems.", "AID"),
    ("Russia supplied Syria with fighter jets.", "AID"),
    ("The army bought new rifles.", None),  # control: from no one
    ("The minister received an award from the university.", None),  # control: no aid received
    ("Egypt received a shipment of wheat from Ukraine.", None),  # control: trade, not arms or money
    ("Beijing sent engineers to help rebuild the dam in Laos.", "AID"),
    ("Japan dispatched a team of medical experts to Wuhan.", "AID"),  # 073
    ("Greece sent firefighters to Cyprus.", "AID"),
    ("Japan sent engineers to South Sudan.", "AID"),
    ("The company sent engineers to repair the plant.", None),  # control: sent to no party
    ("UNICEF delivered vaccines to northern Syria.", "AID"),
    ("A Turkish rescue team arrived in Morocco to help earthquake victims.", "AID"),
    ("UN peacekeepers protected civilians in the camp.", "AID"),  # 074
    ("Iran granted asylum to the dissident.", "AID"),  # 075
    ("Canada resettled 40,000 Afghan refugees.", "AID"),
    ("Turkey took in 3.6 million Syrian refugees.", "AID"),
    # ---- 08 CONCEDE / RETREAT ----
    ("The government lifted the ban on opposition parties.", "CONCEDE"),  # 0812
    ("Authorities eased restrictions on public gatherings.", "CONCEDE"),  # 0811
    ("The government scrapped the fuel price increase after protests.", "CONCEDE"),  # 0832
    ("The government caved in to the strikers' demands.", "CONCEDE"),
    ("Parliament repealed the controversial security law.", "CONCEDE"),
    ("The government allowed opposition newspapers to resume publication.", "CONCEDE"),
    ("The junta released the detained journalists.", "RETREAT"),  # 0841
    ("Iraq returned the seized artifacts to Syria.", "RETREAT"),  # 0842
    ("The US eased sanctions on Venezuela.", "RETREAT"),  # 085
    ("China allowed WHO experts into Wuhan.", "RETREAT"),  # 086
    ("Myanmar let UN investigators into Rakhine state.", "RETREAT"),
    ("Iran allowed IAEA inspectors to visit the Natanz site.", "RETREAT"),  # 0862
    ("Israel permitted aid trucks to enter Gaza.", "RETREAT"),  # 0863
    ("Armenia declared a ceasefire in Nagorno-Karabakh.", "RETREAT"),  # 0871
    ("Israel lifted the blockade of the Rafah crossing.", "RETREAT"),  # 0872
    ("The militants laid down their weapons.", "RETREAT"),  # 0873
    ("The rebels surrendered to government forces.", "RETREAT"),  # 0874
    ("The authorities lifted the curfew in Dhaka.", "RETREAT"),  # 0813
    ("Ethiopia lifted the state of emergency.", "RETREAT"),  # 0814
    # ---- 09 investigate ----
    ("Police are investigating the killing of the journalist.", "ACCUSE"),  # 091
    ("The ICC opened an investigation into war crimes in Darfur.", "ACCUSE"),  # 094
    ("The UN launched an inquiry into the airstrike.", "ACCUSE"),  # 093
    ("Police questioned the suspect for six hours.", "ACCUSE"),
    # ---- 10 REQUEST ----
    ("Kyiv asked Washington for more air defence systems.", "REQUEST"),  # 1032
    ("Lebanon appealed for international aid after the blast.", "REQUEST"),  # 103
    ("Haiti asks UN for troops", "REQUEST"),  # 1034
    ("The opposition demanded the resignation of the prime minister.", "REQUEST"),  # 1041
    ("Tehran demanded that Washington lift its sanctions.", "REQUEST"),  # 1054
    ("Protesters called for the release of the jailed activists.", "REQUEST"),  # 1053
    ("Guterres called on Israel to allow aid into Gaza.", "REQUEST"),  # 1055
    ("The UN secretary-general appealed to both sides to show restraint.", "REQUEST"),  # 1056
    ("The UN urged both sides to return to the negotiating table.", "REQUEST"),  # 106
    ("France invited the two leaders to talks in Paris.", "REQUEST"),
    ("A call by the African Union for a ceasefire went unheeded.", "REQUEST"),
    ("Activists renewed their call for the release of political prisoners.", "REQUEST"),
    ("The rebels want a share of power.", "REQUEST"),
    # ---- 11 ACCUSE ----
    ("The EU condemned the execution of the protesters.", "ACCUSE"),  # 111
    ("The opposition lambasted the government's handling of the crisis.", "ACCUSE"),
    ("The UN human rights chief questioned Israel's use of force.", "ACCUSE"),
    ("Beijing accused Washington of meddling in its internal affairs.", "ACCUSE"),  # 112
    ("Moscow said Kyiv was behind the bombing.", "ACCUSE"),
    ("Israel said the Palestinians had failed to curb violence.", "ACCUSE"),
    ("The UN said the government had failed to protect civilians in Darfur.", "ACCUSE"),
    ("The army said the rebels had failed to capture the town.", None),  # control: a setback, no duty failed
    ("Diplomats said the talks had failed to produce a deal.", None),  # control: no party failed
    ("Kenya was accused by rights groups of killing protesters.", "ACCUSE"),  # 1122
    ("The ministry said Azerbaijan had violated the ceasefire.", "ACCUSE"),  # 1123
    ("Greece filed a complaint with the EU over Turkish drilling.", "ACCUSE"),  # 114
    ("Seoul summoned the Japanese ambassador over the remarks.", "ACCUSE"),
    ("Ukraine sued Russia at the International Court of Justice.", "ACCUSE"),  # 115
    ("The court found the soldiers guilty of murder.", "ACCUSE"),  # 116
    ("The inquiry found the army responsible for the massacre.", "ACCUSE"),
    ("The inquiry found no one responsible for the fire.", None),
    # ---- 16 SANCTION (and 163, kept under SANCTION) ----
    ("Morocco cut diplomatic ties with Iran.", "SANCTION"),  # 161
    ("Bahrain recalled its ambassador from Lebanon.", "SANCTION"),
    ("Washington suspended military aid to Egypt.", "SANCTION"),  # 1622
    ("The EU froze development assistance to Niger.", "SANCTION"),  # 1621
    ("The US added the group to its list of terrorist organisations.", "SANCTION"),  # 163
    ("Australia added Hamas to its list of terrorists.", "SANCTION"),
    ("Washington put the firm on its list of sanctioned entities.", "SANCTION"),
    ("The ministry added the town to its list of heritage sites.", None),  # control: no blacklist
    ("Britain designated the militia a terrorist group.", "SANCTION"),
    ("Washington designated the Houthis as a terrorist organisation.", "SANCTION"),
    ("The Houthis were designated a terrorist organisation by Washington.", "SANCTION"),
    ("Canada listed the Proud Boys as a terrorist entity.", "SANCTION"),
    ("The ministry designated the area a military zone.", None),  # control: no condemning name
    ("Colombia suspended peace talks with the ELN.", "SANCTION"),  # 164
    ("The opposition walked out of the talks.", "SANCTION"),
    ("The rebels ceased negotiating with the government.", "SANCTION"),
    ("Israel stopped cooperating with the UN rights council.", "SANCTION"),  # 160
    ("Qatar halted its mediation between Israel and Hamas.", "SANCTION"),  # 165
    ("Mali expelled the UN peacekeeping mission.", "SANCTION"),  # 1661
    ("Burkina Faso ordered French troops to leave.", "SANCTION"),
    ("The general ordered his troops to leave the town.", None),  # control: one's own troops
    ("Russia expelled two German diplomats.", "SANCTION"),  # 166
    ("Eritrea expelled aid agencies from Tigray.", "SANCTION"),  # 1663
]

# Rows the coder still gets wrong, by the start of their sentence, and why.
KNOWN_MISSES = {
    "Iran says open to dialogue":
        'a headline without its copula ("says [it is] open to") leaves "open" no clause the adjective rows can read',
    "The Iranian president toured Africa":
        '"toured" is also an inspection of one\'s own country ("toured the flood-hit region"); with no sign which, '
        "no row is added",
    "The rebels want a share of power":
        '"want" with a bare object is as often a wish as a demand; the rows read only "want X to do"',
}


def test_the_table_has_no_sentence_twice():
    assert len({text for text, _ in TABLE}) == len(TABLE) >= 150


@pytest.mark.parametrize("text,category", list(rows_with_known_misses(TABLE, KNOWN_MISSES)))
def test_the_main_event_has_the_category_of_its_cameo_code(session_coder, text, category):
    event = asserted_main_event(session_coder, text, PUBLISHED)
    assert (event.event if event is not None else None) == category
