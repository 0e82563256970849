"""Who did it to whom, third round: audited on whole wire articles we wrote ourselves
(``tests/nlp/data/audit_who3``), and on the sentences of each cause the audit fixed, with controls. No sentence is
taken from a benchmark or the seed.

Causes fixed:
- a small town the gazetteer placed in another state ("the town of Mahas in central Somalia" in Jordan, "Kalwa in
  northern Mozambique" in Germany) gave that state to the place as a party, to the people of the place and to the
  article: the state the place's own words state wins (``mentions/stated_state``);
- "pursued the attackers and killed four of them": a pronoun inside the part a verb takes is that verb's object,
  never its doer (``mentions/coreference._own_verb_of_object``);
- "condemned the massacre", "condemned the strikes on Ukraine's energy grid": a definite act noun judged, naming no
  doer, takes up the act of its own word told before, else the act the story leads with; its doer is the
  recipient, not the victims in its phrase nor the latest fight told (``arguments/judged``).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.nlp.conftest import assert_party_fact, coded_events, dated_article_events, party_named

pytestmark = pytest.mark.model

ARTICLES = Path(__file__).parent / "data" / "audit_who3"
XFAIL = pytest.mark.xfail
DAY = dt.date(2024, 6, 26)


# (text, trigger word, actor, recipient)
FIXED = [
    # the state a place's own words state, not the gazetteer's namesake abroad
    ("Al-Shabaab fighters seized the town of Mahas in central Somalia on Tuesday.", "seized",
     ("Al-Shabaab", "SOM"), ("Mahas", "SOM")),
    ("Al-Shabaab fighters seized the town of Mahas in Somalia on Tuesday.", "seized", None, ("Mahas", "SOM")),
    ("Al-Shabaab fighters seized the Somali town of Mahas on Tuesday.", "seized", None, ("Mahas", "SOM")),
    ("Al-Shabaab fighters seized Mahas, a town in central Somalia, on Tuesday.", "seized", None,
     ("civilians", "SOM")),
    ("Islamic State militants captured the village of Kalwa in northern Mozambique.", "captured",
     ("Islamic State", "MOZ"), ("Kalwa", "MOZ")),
    ("Islamic State militants captured the village of Kalwa in Mozambique's Cabo Delgado province.", "captured",
     ("Islamic State", "MOZ"), ("Kalwa", "MOZ")),
    # control: a town the gazetteer places right keeps its state
    ("Islamic State militants attacked the town of Mocimboa da Praia in northern Mozambique.", "attacked",
     ("Islamic State", "MOZ"), ("Mocimboa da Praia", "MOZ")),
    # "four of them": the ones pursued, not the pursuers
    ("Soldiers pursued the attackers and killed four of them, the army said.", "killed", ("military", None),
     ("armed men", None)),
    ("Police arrested the protesters and questioned some of them.", "questioned", ("police", None),
     ("civilians", None)),
    # a named act judged: who did it, told before
    ("Russian drones struck energy facilities across Ukraine on Thursday. Police said three workers were injured. "
     "The European Union condemned the strikes on Ukraine's energy grid.", "condemned", ("European Union", None),
     ("Russian", "RUS")),
    ("Gunmen killed 20 villagers in Ituri on Sunday. Soldiers exchanged fire with militiamen near Bunia on Monday. "
     "On Tuesday, the government condemned the massacre.", "condemned", ("Congolese government", "COD"),
     ("Gunmen", "COD")),
    # a party's claim names who did it, before an unnamed bomber
    ("A suicide bomber blew himself up at a market in Quetta on Saturday, killing 12 people. The Pakistani "
     "Taliban claimed responsibility for the bombing. The prime minister condemned the bombing.", "condemned",
     None, ("Taliban", "PAK")),
    # control: an act whose own words name its doer keeps it
    ("Boko Haram fighters attacked a village in Borno state on Friday. Soldiers killed 12 of the attackers, the army "
     "said. The governor condemned the rebels' attack on the army.", "condemned", None, ("Boko Haram", "NGA")),
]


@pytest.mark.parametrize(("text", "trigger", "actor", "recipient"), FIXED, ids=[r[0][:60] for r in FIXED])
def test_fixed_party(session_coder, text, trigger, actor, recipient):
    events = [e for e in coded_events(session_coder, text, DAY) if trigger in e.trigger]
    assert any(party_named(e.actor, actor) and party_named(e.recipient, recipient) for e in events), \
        [(e.trigger, e.actor, e.recipient) for e in events]


# (text, trigger word, role, a name no party of the role may carry)
NOT_READ = [
    ("Soldiers pursued the attackers and killed four of them, the army said.", "killed", "recipient", "military"),
    ("Al-Shabaab fighters seized the town of Mahas in central Somalia on Tuesday.", "seized", "recipient",
     "Jordan"),
    ("Russian drones struck energy facilities across Ukraine on Thursday. Police said three workers were injured. "
     "The European Union condemned the strikes on Ukraine's energy grid.", "condemned", "recipient", "Ukraine"),
    # fixed in round four: the crowd force is used on is not the force
    ("Hundreds of opposition supporters gathered in Nairobi, and police fired tear gas as they protested against "
     "the tax bill.", "protested", "actor", "police"),
]


@pytest.mark.parametrize(("text", "trigger", "role", "name"), NOT_READ,
                         ids=[(r.values[0] if hasattr(r, "values") else r[0])[:60] for r in NOT_READ])
def test_party_not_read(session_coder, text, trigger, role, name):
    events = [e for e in coded_events(session_coder, text, DAY) if trigger in e.trigger]
    assert events
    found = [p for e in events for p in getattr(e, role)]
    assert not any(name.lower() in p.name.lower() for p in found), found


# ---- whole articles: per article, the facts of who did it to whom that we are sure of ----
DATES = {"01": dt.date(2024, 3, 4), "02": dt.date(2024, 7, 9), "03": dt.date(2024, 5, 14), "04": dt.date(2024, 8, 2)}

# (article, category, trigger word, actor (words, country), recipient (words, country) or None)
ARTICLE_FACTS = [
    ("01", "COERCE", "captured", ("Islamic State", "MOZ"), ("Kalwa", "MOZ")),
    ("01", "ASSAULT", "killing", ("Islamic State", "MOZ"), ("civilians", "MOZ")),
    ("01", "ACCUSE", "condemned", ("Mozambican government", "MOZ"), ("Islamic State", "MOZ")),
    ("01", "ASSAULT", "killed", ("Rwandan", "RWA"), ("armed men", "MOZ")),
    pytest.param("01", "REQUEST", "urged", ("International Organization for Migration", None), None, marks=XFAIL(
        strict=True, reason="'It urged donors' after 'The IOM said camps ... were overcrowded' takes the militants")),
    ("02", "ASSAULT", "shelled", ("Rapid Support Forces", "SDN"), ("civilians", "SDN")),
    ("02", "ASSAULT", "destroyed", ("Sudanese Armed Forces", "SDN"), ("Rapid Support Forces", "SDN")),
    ("02", "ACCUSE", "condemned", ("African Union", None), ("Rapid Support Forces", "SDN")),
    # fixed in round four: the charge, not the markets' civilians
    ("02", "ACCUSE", "accused", ("Rapid Support Forces", "SDN"), ("Sudanese Armed Forces", "SDN")),
    pytest.param("02", "ACCUSE", "appalled", ("United Nations", None), None, marks=XFAIL(
        strict=True, reason="'the UN humanitarian coordinator said she was appalled': 'she' takes the army")),
    ("03", "COERCE", "arrested", ("Rangers", "PAK"), None),
    ("03", "ASSAULT", "fired", ("Pakistani police", "PAK"), ("protesters", "PAK")),
    ("03", "ACCUSE", "condemned", ("Pakistan Tehreek-e-Insaf", "PAK"), ("Rangers", "PAK")),
    ("03", "REQUEST", "urged", ("Amnesty International", None), ("Pakistan", "PAK")),
    ("04", "ASSAULT", "struck", ("Israel Defense Forces", "ISR"), ("Hodeidah", "YEM")),
    ("04", "ASSAULT", "fired", ("Houthis", "YEM"), ("Eilat", "ISR")),
    ("04", "ACCUSE", "accused", ("Iran", "IRN"), ("Israel", "ISR")),
]


@pytest.mark.parametrize(("number", "category", "trigger", "actor", "recipient"), ARTICLE_FACTS)
def test_article_party_facts(session_coder, number, category, trigger, actor, recipient):
    events = dated_article_events(session_coder, ARTICLES, number, DATES[number])
    assert_party_fact(events, category, trigger, actor, recipient)


def test_no_party_placed_in_a_namesakes_state(session_coder):
    """Mozambique: no party of the Kalwa story is of Germany, where the gazetteer has a Kalwa-like village."""
    events = dated_article_events(session_coder, ARTICLES, "01", DATES["01"])
    assert not [p for e in events for p in (*e.actor, *e.recipient) if p.country == "DEU"]
