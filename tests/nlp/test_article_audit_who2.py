"""Who did it to whom, second round: audited on whole wire articles we wrote ourselves
(``tests/nlp/data/audit_who2``), and on the sentences of each cause the audit fixed, with controls. No sentence is
taken from a benchmark or the seed.

Causes fixed:
- a dateline the parser hung on the first noun of the story became part of its mention ("PORT-AU-PRINCE, Oct 8
  (AP) - Gang members" read as the African Union) (``arguments/phrases._past_spaced_dash``);
- the head of an international body on the date kept his nationality or former office (NATO's secretary general
  as the Netherlands' government) (``actors/resolver._for_the_body``);
- "condemned it" gave no recipient: the act judged is the latest harmful act told before, not one a party reports
  of its own forces (``arguments/judged.doer_of_act_judged``);
- "PTI" was only the Press Trust of India: an alias shared by a body of one state and a body of none goes to the
  article's state, else to the body of none (``actors/resolver.choose``, the party's aliases);
- "X said its clinic was looted. It called on ...": a singular pronoun that speaks on is the speaker, not what
  the speaker told of (``mentions/coreference._told_of_by_speaker``).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.nlp.conftest import assert_party_fact, coded_events, dated_article_events, party_named

pytestmark = pytest.mark.model

ARTICLES = Path(__file__).parent / "data" / "audit_who2"
XFAIL = pytest.mark.xfail


# (sentence, publication date, trigger word, actor, recipient)
FIXED = [
    # the dateline is no part of the first party's mention
    ("PORT-AU-PRINCE, Oct 8 (AP) - Gang members attacked a police station in Mirebalais on Thursday.",
     dt.date(2024, 10, 8), "attacked", ("Gang members", "HTI"), None),
    ("SANAA, Jan 22 (Reuters) - U.S. and British warplanes struck Houthi targets in Yemen overnight.",
     dt.date(2024, 1, 22), "struck", ("United States Armed Forces", "USA"), ("Houthis", "YEM")),
    # the head of an international body acts for it, on the date he holds the office
    ("NATO Secretary General Mark Rutte met Ukrainian President Volodymyr Zelensky in Kyiv on Thursday.",
     dt.date(2024, 11, 14), "met", ("Mark Rutte", None), ("Volodymyr Zelensky", "UKR")),
    ("NATO Secretary General Jens Stoltenberg met Polish President Andrzej Duda in Warsaw on Monday.",
     dt.date(2023, 5, 8), "met", ("Jens Stoltenberg", None), None),
    # control: before the office, the Dutch prime minister is the Netherlands' man
    ("Dutch Prime Minister Mark Rutte met German Chancellor Olaf Scholz in Berlin on Monday.",
     dt.date(2023, 3, 6), "met", ("Mark Rutte", "NLD"), ("Olaf Scholz", "DEU")),
    # "condemned it": whoever did the act told before
    ("Gunmen from the Allied Democratic Forces killed 14 villagers near Beni on Monday. The government condemned it "
     "in a statement.", dt.date(2024, 3, 5), "condemned", None, ("Gunmen", "UGA")),
    ("Fourteen villagers were killed by gunmen near Beni on Monday. The government condemned it.",
     dt.date(2024, 3, 5), "condemned", None, ("gunmen", "COD")),
    ("Unidentified attackers shot dead a journalist in Mogadishu on Monday. The UN mission condemned it.",
     dt.date(2024, 3, 5), "condemned", ("United Nations", None), ("attackers", "SOM")),
    ("Rebels stormed a village in Ituri on Sunday, killing 12 people. The army said its soldiers later killed "
     "four of the attackers. The governor condemned it.", dt.date(2024, 3, 5), "condemned", None, ("Rebels", "COD")),
    # PTI: Pakistan's party where Pakistan or "party" says so, the Indian agency elsewhere
    ("Imran Khan's PTI party called for protests across Pakistan on Friday.", dt.date(2024, 5, 10), "called",
     ("Pakistan Tehreek-e-Insaf", "PAK"), None),
    ("Police in Lahore arrested 12 PTI supporters on Friday, officials said.", dt.date(2024, 5, 10), "arrested",
     ("Pakistani police", "PAK"), ("Pakistan Tehreek-e-Insaf", "PAK")),
    # a singular pronoun that speaks on is the speaker
    ("Doctors Without Borders said its clinic was looted. It called on the warring parties to protect health "
     "workers.", dt.date(2024, 3, 5), "called", ("Medecins Sans Frontieres", None), None),
    ("The Red Cross said its warehouse in Goma was looted on Monday. It urged all sides to respect aid workers.",
     dt.date(2024, 3, 5), "urged", ("Red Cross", None), None),
]


@pytest.mark.parametrize(("text", "published", "trigger", "actor", "recipient"), FIXED,
                         ids=[r[0][:60] for r in FIXED])
def test_fixed_party(session_coder, text, published, trigger, actor, recipient):
    events = [e for e in coded_events(session_coder, text, published) if trigger in e.trigger]
    assert any(party_named(e.actor, actor) and party_named(e.recipient, recipient) for e in events), \
        [(e.trigger, e.actor, e.recipient) for e in events]


# (sentence, trigger word, role, a name no party of the role may carry)
NOT_READ = [
    # "PTI" in a story from India is the news agency, never a party of Pakistan
    ("Indian troops killed three militants in Kashmir on Monday, PTI reported.", "killed", "actor", "Tehreek"),
    # a clinic or a warehouse speaks for no one
    ("Doctors Without Borders said its clinic was looted. It called on the warring parties to protect health "
     "workers.", "called", "actor", "health workers"),
    # control: "he" who does not speak on still takes up the one told of
    ("The army said the rebel commander was killed in the raid. He had led attacks on several towns.", "led",
     "actor", "army"),
]


@pytest.mark.parametrize(("text", "trigger", "role", "name"), NOT_READ, ids=[r[0][:60] for r in NOT_READ])
def test_party_not_read(session_coder, text, trigger, role, name):
    events = [e for e in coded_events(session_coder, text, dt.date(2024, 6, 26)) if trigger in e.trigger]
    assert events
    found = [p for e in events for p in getattr(e, role)]
    assert not any(name.lower() in p.name.lower() for p in found), found


# ---- whole articles: per article, the facts of who did it to whom that we are sure of ----
DATES = {"01": dt.date(2025, 2, 12), "02": dt.date(2024, 3, 5), "03": dt.date(2024, 5, 10),
         "04": dt.date(2024, 11, 14), "05": dt.date(2024, 6, 20), "06": dt.date(2024, 9, 3),
         "07": dt.date(2024, 10, 8), "08": dt.date(2024, 8, 21), "09": dt.date(2024, 4, 16),
         "10": dt.date(2024, 1, 22)}

# (article, category, trigger word, actor (words, country), recipient (words, country) or None)
ARTICLE_FACTS = [
    ("01", "COERCE", "seized", ("Al-Shabaab", "SOM"), None),
    ("01", "RETREAT", "pulled", ("Somali National Army", "SOM"), None),
    ("01", "ACCUSE", "condemned", ("African Union", None), ("Al-Shabaab", "SOM")),
    pytest.param("01", "ACCUSE", "said", ("African Union", None), None, marks=XFAIL(
        strict=True, reason="'a mission spokesman' is read as the host state's government, not the mission's")),
    ("02", "REQUEST", "called", ("Medecins Sans Frontieres", None), None),
    ("02", "ACCUSE", "condemned", ("Congolese government", "COD"), ("assailants", "COD")),
    # the lead parsed apart from its dateline (nlp.dateline_cut): "Suspected rebels" is the subject again
    ("02", "ASSAULT", "killed", ("Allied Democratic Forces", "UGA"), ("villagers", "COD")),
    ("03", "REQUEST", "called", ("Pakistan Tehreek-e-Insaf", "PAK"), None),
    ("03", "ASSAULT", "fired", ("Pakistani police", "PAK"), ("protesters", "PAK")),
    ("03", "REQUEST", "urged", ("United States", "USA"), ("Pakistan", "PAK")),
    ("04", "CONSULT", "met", ("Mark Rutte", None), ("Volodymyr Zelensky", "UKR")),
    # "condemned the strikes on Ukraine's energy grid": who struck (told in the lead), not the party struck
    ("04", "ACCUSE", "condemned", ("European Union", None), ("Russia", "RUS")),
    ("05", "ASSAULT", "shelled", ("Rapid Support Forces", "SDN"), ("people", "SDN")),
    ("05", "ASSAULT", "struck", ("Sudanese Armed Forces", "SDN"), ("Rapid Support Forces", "SDN")),
    # "accused the army of bombing markets": the charge, not the markets' civilians (fixed in round four)
    ("05", "ACCUSE", "accused", ("Rapid Support Forces", "SDN"), ("Sudanese Armed Forces", "SDN")),
    ("06", "ASSAULT", "killed", ("insurgents", "NER"), ("soldiers", "NER")),
    ("06", "ACCUSE", "condemned", ("Burkinabe government", "BFA"), None),
    ("07", "ASSAULT", "attacked", ("Gang members", "HTI"), ("people", "HTI")),
    ("07", "ASSAULT", "exchanged", ("Kenyan police", "KEN"), ("gangsters", "HTI")),
    # "condemned the massacre": the act the story leads with, not the latest fight told (the police's)
    ("07", "ACCUSE", "condemned", ("Garry Conille", "HTI"), ("Haitian criminals", "HTI")),
    ("08", "ACCUSE", "accused", ("Hamas", "PSE"), ("Benjamin Netanyahu", "ISR")),
    ("08", "CONSULT", "met", ("Antony Blinken", "USA"), ("Abdel Fattah el-Sisi", "EGY")),
    ("09", "ASSAULT", "killed", ("Ethiopian National Defense Force", "ETH"), ("civilians", "ETH")),
    ("09", "REQUEST", "urged", ("African Union", None), ("Fano", "ETH")),
    pytest.param("09", "ACCUSE", "accused", ("Ethiopian government", "ETH"), ("Fano", "ETH"), marks=XFAIL(
        strict=True, reason="'He said the army had fought ... and accused the militia': the second verb takes the "
                            "reported clause's subject (the army), not the speaker")),
    ("10", "ASSAULT", "struck", ("United States Armed Forces", "USA"), ("Houthis", "YEM")),
    ("10", "ACCUSE", "condemned", ("Ministry of Foreign Affairs of Iran", "IRN"), ("United States", "USA")),
    pytest.param("10", "ACCUSE", "held", ("Ministry of Foreign Affairs of Iran", "IRN"), None, marks=XFAIL(
        strict=True, reason="'the ministry' after Iran's Foreign Ministry is read as the government of Yemen, the "
                            "country last named")),
]


@pytest.mark.parametrize(("number", "category", "trigger", "actor", "recipient"), ARTICLE_FACTS)
def test_article_party_facts(session_coder, number, category, trigger, actor, recipient):
    events = dated_article_events(session_coder, ARTICLES, number, DATES[number])
    assert_party_fact(events, category, trigger, actor, recipient)


def test_no_party_from_the_dateline(session_coder):
    """Haiti: the dateline's city (PORT-AU-PRINCE, with its "AU") names no party of the story."""
    events = dated_article_events(session_coder, ARTICLES, "07", DATES["07"])
    assert not [p for e in events for p in (*e.actor, *e.recipient) if "PORT-AU-PRINCE" in p.text]
    assert not [p for e in events for p in (*e.actor, *e.recipient) if p.name == "African Union"]
