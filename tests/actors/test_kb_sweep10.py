"""Sweep kb10 of the actor knowledge base: interior and finance ministers with their terms, the defence and foreign
ministers missing since 2015, prime ministers of states in conflict news, and armed groups of the Sahel, the Great
Lakes, Mozambique, Sudan, Myanmar, Colombia and Pakistan, on mentions and sentences we wrote ourselves, with controls
against surnames that are common words or other people's.
"""
from __future__ import annotations

import datetime as dt

import pytest

from khabar.actors import default_kb
from khabar.actors.normalise import normalise
from khabar.actors.titles import MINISTER_TITLES
from tests.nlp.conftest import coded_events, session_coder  # noqa: F401 (the one Coder of the session)

D = dt.date


@pytest.fixture(scope="module")
def kb():
    return default_kb()


# (mention, date, article country, expected id, country, sector)
MENTIONS = [
    ("Interior Minister Othman al-Ghanimi", D(2021, 3, 1), None, "person.ghanimi", "IRQ", "GOV"),
    ("Qasim al-Araji", D(2017, 6, 1), None, "person.araji", "IRQ", "GOV"),
    ("Home Secretary Suella Braverman", D(2023, 6, 10), None, "person.braverman", "GBR", "GOV"),
    ("Treasury Secretary Janet Yellen", D(2022, 1, 1), None, "person.yellen", "USA", "GOV"),
    ("Mnuchin", D(2019, 1, 1), None, "person.mnuchin", "USA", "GOV"),
    ("Soylu", D(2019, 1, 1), None, "person.soylu", "TUR", "GOV"),
    ("Darmanin", D(2022, 1, 1), None, "person.darmanin", "FRA", "GOV"),
    ("French Finance Minister Bruno Le Maire", D(2021, 1, 1), None, "person.lemaire", "FRA", "GOV"),
    ("Siluanov", D(2022, 3, 1), None, "person.siluanov", "RUS", "GOV"),
    ("Rahmani Fazli", D(2019, 11, 20), None, "person.rahmanifazli", "IRN", "GOV"),
    ("Bassam Mawlawi", D(2022, 9, 16), None, "person.mawlawi", "LBN", "GOV"),
    ("Mohammed bin Nayef", D(2016, 1, 3), None, "person.mbnayef", "SAU", "GOV"),
    ("Amir Khan Muttaqi", D(2022, 1, 1), None, "person.muttaqi", "AFG", "GOV"),
    ("Juma Inad", D(2021, 1, 1), None, "person.jumainad", "IRQ", "MIL"),
    ("Murhaf Abu Qasra", D(2025, 2, 1), None, "person.abuqasra", "SYR", "MIL"),
    ("Judith Suminwa", D(2025, 2, 1), None, "person.suminwa", "COD", "GOV"),
    ("Robinah Nabbanja", D(2023, 2, 1), None, "person.nabbanja", "UGA", "GOV"),
    # armed groups
    ("Katiba Macina", D(2021, 1, 1), None, "MLI.KATIBAMACINA", "MLI", "INS"),
    ("Dan Na Ambassagou", D(2019, 3, 23), None, "MLI.DANNA", "MLI", "UAF"),
    ("the VDP", D(2023, 4, 20), None, "BFA.VDP", "BFA", "MIL"),
    ("Ansar al-Sunna", D(2021, 3, 24), None, "MOZ.ISM", "MOZ", "INS"),
    ("Imbonerakure", D(2020, 5, 1), None, "BDI.IMBONERAKURE", "BDI", "UAF"),
    ("the Alliance Fleuve Congo", D(2024, 2, 1), None, "COD.AFC", "COD", "REB"),
    ("the SPLM-N", D(2023, 6, 1), None, "SDN.SPLMN", "SDN", "REB"),
    ("the United Wa State Army", D(2023, 6, 1), None, "MMR.UWSA", "MMR", "REB"),
    ("Segunda Marquetalia", D(2023, 6, 1), None, "COL.SEGUNDAMARQUETALIA", "COL", "REB"),
    ("the Estado Mayor Central", D(2023, 6, 1), None, "COL.EMC", "COL", "REB"),
    ("Tehreek-e-Labbaik Pakistan", D(2021, 4, 14), None, "PAK.TLP", "PAK", "PTY"),
    ("FLEC", D(2020, 1, 1), None, "AGO.FLEC", "AGO", "SEP"),
]


@pytest.mark.parametrize(("mention", "day", "country", "actor_id", "iso3", "sector"), MENTIONS,
                         ids=[m[0] for m in MENTIONS])
def test_mention_resolves(kb, mention, day, country, actor_id, iso3, sector):
    actor = kb.resolve(mention, date=day, country=country)
    assert actor is not None and (actor.id, actor.country, actor.sector) == (actor_id, iso3, sector), actor


def _titled_terms(kb, body: str) -> list:
    return sorted((r.start or D(1900, 1, 1), r.end or D(2100, 1, 1), e.id) for e in kb.entries()
                  for r in e.relations if r.type == "leader_of" and r.object == body and r.title)


def test_one_minister_at_a_time_in_every_ministry(kb):
    """The terms of the heads of every body led under a minister's title do not overlap: a title resolved by
    date has one answer (interior, finance, home affairs and police ministries too, not only .MFA and .MOD)."""
    bodies = {r.object for e in kb.entries() for r in e.relations
              if r.type == "leader_of" and normalise(r.title or "") in MINISTER_TITLES}
    assert {"IRQ.MOI", "GBR.HMT", "ISR.MNS", "CHN.POLICE", "USA.DHS"} <= bodies
    for body in sorted(bodies):
        terms = _titled_terms(kb, body)
        for (_, end, first), (start, _, second) in zip(terms, terms[1:]):
            assert start >= end, (body, first, second)


@pytest.mark.parametrize("ministry", ["IRQ.MOI", "GBR.HOME", "GBR.HMT", "USA.TREASURY", "TUR.MOI", "IRN.MOI",
                                      "LBN.MOF", "FRA.MOI", "IRQ.MOD", "SYR.MOD"])
def test_a_focus_ministry_has_a_holder_in_most_years_since_2016(kb, ministry):
    held = [year for year in range(2016, 2025)
            if any(start <= D(year, 7, 1) <= end for start, end, _ in _titled_terms(kb, ministry))]
    assert len(held) >= 7, (ministry, held)


# Words that hold a name we added and name none of its actors: common words, other people, places.
NOT_THESE = [
    ("Patel", "person.ppatel"), ("Reeves", "person.rreeves"), ("Rudd", "person.amberrudd"),
    ("Kelly", "person.johnkelly"), ("Nielsen", "person.knielsen"), ("Johnson", "person.jehjohnson"),
    ("Khalil", "person.youssefkhalil"), ("Nunez", "person.lnunez"), ("Mahmood", "person.smahmood"),
    ("Maiga", "person.abdoulayemaiga"), ("Ouedraogo", "person.aouedraogo"), ("Jubaland", "SOM.JUBALAND"),
    ("CPC", "CAF.CPC"), ("FARC dissidents", "COL.EMC"), ("Ilunga", "person.silunga"),
]


@pytest.mark.parametrize(("mention", "not_id"), NOT_THESE)
def test_name_does_not_fire(kb, mention, not_id):
    actor = kb.resolve(mention, date=D(2022, 6, 26), country=None)
    assert actor is None or actor.id != not_id


# (sentence, publication date, trigger word, role, expected (id, country, sector) of one party in that role)
SENTENCES = [
    ("Iraq's interior minister ordered the arrest of four police officers in Basra on Sunday.", D(2021, 3, 14),
     "arrest", "actor", ("person.ghanimi", "IRQ", "GOV")),
    ("The Lebanese finance minister met an IMF delegation in Beirut on Friday.", D(2022, 9, 16), "met", "actor",
     ("person.youssefkhalil", "LBN", "GOV")),
    ("Turkey's interior minister accused Sweden of sheltering Kurdish militants.", D(2019, 2, 20), "accused",
     "actor", ("person.soylu", "TUR", "GOV")),
    ("The British home secretary banned the group under terrorism laws on Saturday.", D(2023, 6, 10), "banned",
     "actor", ("person.braverman", "GBR", "GOV")),
    ("Iran accused the U.S. treasury secretary of waging economic war on its people.", D(2019, 6, 1), "accused",
     "recipient", ("person.mnuchin", "USA", "GOV")),
    ("Israel's finance minister threatened to withhold tax revenues from the Palestinian Authority.",
     D(2023, 8, 2), "threatened", "actor", ("person.smotrich", "ISR", "GOV")),
    ("Katiba Macina fighters attacked an army post near Mopti.", D(2021, 1, 1), "attacked", "actor",
     ("MLI.KATIBAMACINA", "MLI", "INS")),
    ("Insurgents of Ansar al-Sunna attacked the town of Palma on Wednesday.", D(2021, 3, 26), "attacked", "actor",
     ("MOZ.ISM", "MOZ", "INS")),
]


def _has_party(parties, expected) -> bool:
    return any((p.id, p.country, p.sector) == expected for p in parties)


@pytest.mark.model
@pytest.mark.parametrize(("text", "published", "trigger", "role", "expected"), SENTENCES,
                         ids=[s[0][:48] for s in SENTENCES])
def test_party_of_a_sentence(session_coder, text, published, trigger, role, expected):
    events = [e for e in coded_events(session_coder, text, published) if trigger in e.trigger]
    assert events, text
    assert any(_has_party(getattr(e, role), expected) for e in events), \
        [(e.event, e.trigger, e.actor, e.recipient) for e in events]
