"""Who did it to whom, audited on whole wire articles we wrote ourselves (``tests/nlp/data/audit_who``), and on the
sentences of each cause the audit fixed, with controls. No sentence is taken from a benchmark or the seed.

Causes fixed:
- known groups, bodies and officials missing from the knowledge base (the Ta'ang National Liberation Army was read
  as Colombia's ELN inside its longer name; the Baloch Liberation Army; India's national security adviser);
- a known body's name the parser cut: at its "and" ("the Group for the Support of Islam and Muslims"), at a
  capitalised preposition ("Doctors Without Borders"), or named right after a common noun ("the bloc ECOWAS")
  (``mentions/named._name_beyond_phrase``); such a plural-looking name is one body for "it" (``coreference``);
- "the group" taking up a body the knowledge base lacks but the text names ("the Zomi Revolutionary Front"), and "the
  militant group", "the rebel group" never taking up a state's army (``mentions/antecedents._group_antecedent``);
- a bare definite noun ("the paramilitaries", "the charity") taking up the named body the same word described before
  ("the paramilitary Rapid Support Forces", "medical charity Doctors Without Borders")
  (``mentions/antecedents._described_before``).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.nlp.conftest import assert_party_fact, coded_events, dated_article_events

pytestmark = pytest.mark.model

PUBLISHED = dt.date(2024, 6, 26)
ARTICLES = Path(__file__).parent / "data" / "audit_who"


def parties(events, role: str, category: str | None = None):
    return [p for e in events if category is None or e.event == category for p in getattr(e, role)]


def named(found, name: str, country: str | None) -> bool:
    """Whether a party's KB name or text holds ``name`` and it is of ``country`` (None: of no country)."""
    return any((name.lower() in p.name.lower() or name.lower() in p.text.lower()) and p.country == country
               for p in found)


# (sentence, category of the event, role, words of the party's name, its country)
FIXED = [
    ("Fighters of the Ta'ang National Liberation Army captured the town of Namhsan from government troops on "
     "Sunday.", "COERCE", "actor", "Ta'ang National Liberation Army", "MMR"),
    ("The Baloch Liberation Army said its fighters attacked a convoy of soldiers in Turbat.", "ASSAULT", "actor",
     "Baloch Liberation Army", "PAK"),
    ("National Security Adviser Ajit Doval met Chinese Foreign Minister Wang Yi in Beijing on Wednesday.", "CONSULT",
     "actor", "Ajit Doval", "IND"),
    ("The Group for the Support of Islam and Muslims said its fighters ambushed an army convoy near Mopti.", "ASSAULT",
     "actor", "Nusrat al-Islam", "MLI"),
    ("Doctors Without Borders said the shelling hit a hospital in Bentiu. It called on both warring parties to "
     "spare civilians.", "REQUEST", "actor", "Medecins Sans Frontieres", None),
    ("Niger, Mali and Burkina Faso left the regional bloc ECOWAS in January.", "SANCTION", "recipient",
     "Economic Community of West African States", None),
    ("Rebels of the Zomi Revolutionary Front ambushed a police convoy on Monday. The group said it had killed six "
     "officers.", "ASSAULT", "actor", "Zomi Revolutionary Front", None),
    ("The paramilitary Rapid Support Forces shelled a market in Omdurman. The paramilitaries were accused by Britain "
     "of war crimes.", "ACCUSE", "recipient", "Rapid Support Forces", "SDN"),
    ("Gunmen shelled a hospital in Malakal on Monday, medical charity Doctors Without Borders said. The charity "
     "called on the government to protect patients.", "REQUEST", "actor", "Medecins Sans Frontieres", None),
    # controls: the shorter known name, and a name without the cut words, keep their own reading
    ("National Liberation Army rebels attacked a police station in Arauca on Monday.", "ASSAULT", "actor",
     "National Liberation Army (Colombia)", "COL"),
    ("JNIM said its fighters had killed dozens of soldiers near Mopti.", "ASSAULT", "actor", "Nusrat al-Islam",
     "MLI"),
]


@pytest.mark.parametrize(("text", "category", "role", "name", "country"), FIXED, ids=[r[0][:60] for r in FIXED])
def test_fixed_party(session_coder, text, category, role, name, country):
    events = coded_events(session_coder, text, PUBLISHED)
    assert named(parties(events, role, category), name, country), [(e.event, e.actor, e.recipient) for e in events]


# (sentence, trigger word, role, a name no party of the role may carry, a sector none may have)
NOT_READ = [
    ("In Myanmar, the Ta'ang National Liberation Army said its fighters had captured the town of Namhsan.",
     "captured", "actor", "Colombia", None),
    ("Soldiers raided a village near Turbat on Monday. The militant group later attacked a checkpoint, killing four "
     "soldiers.", "killing", "actor", None, "MIL"),
    # control: a state's army is not what "the paramilitaries" takes up, even as the last armed party named
    ("The army shelled a market in Omdurman on Friday. The paramilitaries were accused by Britain of looting "
     "homes.", "accused", "recipient", "Sudanese Armed Forces", None),
]


@pytest.mark.parametrize(("text", "trigger", "role", "name", "sector"), NOT_READ, ids=[r[0][:60] for r in NOT_READ])
def test_party_not_read(session_coder, text, trigger, role, name, sector):
    events = [e for e in coded_events(session_coder, text, PUBLISHED) if trigger in e.trigger]
    found = parties(events, role)
    assert events
    assert not any(name is not None and name.lower() in p.name.lower() for p in found), found
    assert not any(sector is not None and p.sector == sector for p in found), found


# ---- whole articles: per article, the facts of who did it to whom that we are sure of ----
DATES = {"01": dt.date(2024, 3, 4), "02": dt.date(2024, 5, 12), "03": dt.date(2024, 8, 19),
         "04": dt.date(2024, 11, 9), "05": dt.date(2024, 6, 25), "06": dt.date(2024, 1, 15),
         "07": dt.date(2024, 10, 3), "08": dt.date(2024, 2, 7), "09": dt.date(2024, 7, 10),
         "10": dt.date(2024, 5, 30), "11": dt.date(2024, 12, 18), "12": dt.date(2024, 9, 18)}

XFAIL = pytest.mark.xfail


# (article, category, trigger word, actor (words, country), recipient (words, country) or None)
ARTICLE_FACTS = [
    ("01", "ASSAULT", "attacked", ("Islamic State West Africa Province", "NGA"), ("Nigerian Armed Forces", "NGA")),
    ("01", "ACCUSE", "condemned", ("Zulum", "NGA"), ("Islamic State West Africa Province", "NGA")),
    ("02", "ASSAULT", "shelled", ("Rapid Support Forces", "SDN"), None),
    ("02", "ACCUSE", "accused", ("United States", "USA"), ("Rapid Support Forces", "SDN")),
    ("02", "REQUEST", "called", ("Medecins Sans Frontieres", None), None),
    ("03", "ACCUSE", "blamed", ("Velasquez", "COL"), ("National Liberation Army (Colombia)", "COL")),
    ("03", "SANCTION", "suspended", ("Gustavo Petro", "COL"), ("National Liberation Army (Colombia)", "COL")),
    ("04", "ASSAULT", "stepped up attacks", ("Baloch Liberation Army", "PAK"), None),
    ("04", "ACCUSE", "condemned", ("Mohsin Naqvi", "PAK"), ("Baloch Liberation Army", "PAK")),
    ("04", "ACCUSE", "accused", ("Government of Pakistan", "PAK"), ("Government of Afghanistan", "AFG")),
    ("05", "ASSAULT", "fired", ("Kenyan police", "KEN"), ("civilians", "KEN")),
    ("05", "REQUEST", "urged", ("Raila Odinga", "KEN"), ("William Ruto", "KEN")),
    ("06", "ASSAULT", "captured", ("Ta'ang National Liberation Army", "MMR"), None),
    ("06", "COERCE", "taken", ("Arakan Army", "MMR"), None),
    pytest.param("06", "ASSAULT", "dropped", ("Tatmadaw", "MMR"), None, marks=XFAIL(
        strict=True, reason="the unknown village Kanan is placed in Japan, whose army then takes the air strike")),
    ("07", "CONSULT", "meet", ("Volodymyr Zelensky", "UKR"), ("Mark Rutte", None)),
    ("08", "ASSAULT", "captured", ("M23", "COD"), ("Armed Forces of the Democratic Republic of the Congo", "COD")),
    ("08", "CONSULT", "met", ("Felix Tshisekedi", "COD"), ("Joao Lourenco", "AGO")),
    ("09", "ASSAULT", "fired", ("Hezbollah", "LBN"), ("Israeli civilians", "ISR")),
    ("09", "CONSULT", "met", ("United States", "USA"), ("Nabih Berri", "LBN")),
    ("10", "COERCE", "arrested", ("Mexican military", "MEX"), None),
    pytest.param("10", "ASSAULT", "fired", ("armed", "MEX"), None, marks=XFAIL(
        strict=True, reason="'a man approached and fired at him': a lone man who fires is read as a civilian")),
    ("11", "CONSULT", "met", ("Ajit Doval", "IND"), ("Wang Yi", "CHN")),
    pytest.param("11", "REJECT", "accept", ("India", "IND"), None, marks=XFAIL(
        strict=True, reason="'the country' after India's minister told parliament is read as China, the last state")),
    ("12", "ASSAULT", "killed", ("Nusrat al-Islam", "MLI"), ("Malian military", "MLI")),
    ("12", "SANCTION", "left", ("Malian government", "MLI"), ("Economic Community of West African States", None)),
    pytest.param("12", "ACCUSE", "condemned", ("Burkinabe government", "BFA"), ("Nusrat al-Islam", "MLI"),
                 marks=XFAIL(strict=True, reason="'condemned it' (the attack) no longer takes the last armed party "
                                                 "named (Wagner), but the attack's doer is not carried to it")),
]


@pytest.mark.parametrize(("number", "category", "trigger", "actor", "recipient"), ARTICLE_FACTS)
def test_article_party_facts(session_coder, number, category, trigger, actor, recipient):
    events = dated_article_events(session_coder, ARTICLES, number, DATES[number])
    assert_party_fact(events, category, trigger, actor, recipient)


def test_no_event_from_the_could_trigger_paragraph(session_coder):
    """Sudan: "a full assault on El Fasher could trigger a massacre" is no asserted event."""
    events = dated_article_events(session_coder, ARTICLES, "02", DATES["02"])
    assert not [e for e in events if "could trigger" in e.text and e.factuality == "asserted"]
