"""Sweep kb8 of the actor knowledge base: parties wire news names that the knowledge base did not know.

Leaders since about 2000 named by surname alone, seats of government standing for it, national bodies named
without their country, and parties and armed groups outside the Middle East, on mentions and sentences we wrote
ourselves, with controls against aliases that are common words or ambiguous abbreviations.
"""
from __future__ import annotations

import datetime as dt

import pytest

from khabar.actors import default_kb
from tests.nlp.conftest import coded_events, session_coder  # noqa: F401 (the one Coder of the session)

D = dt.date


@pytest.fixture(scope="module")
def kb():
    return default_kb()


# (mention, date, article country, expected id, country, sector)
MENTIONS = [
    # leaders by surname, and the holder of an office on the date
    ("Hichilema", D(2024, 3, 1), None, "person.hichilema", "ZMB", "GOV"),
    ("Lungu", D(2018, 3, 1), None, "person.lungu", "ZMB", "GOV"),
    ("Mahama", D(2025, 6, 1), None, "person.mahama", "GHA", "GOV"),
    ("Diomaye Faye", D(2024, 9, 1), None, "person.diomayefaye", "SEN", "GOV"),
    ("Sonko", D(2024, 9, 1), None, "person.sonko", "SEN", "GOV"),
    ("Doumbouya", D(2023, 1, 1), None, "person.doumbouya", "GIN", "MIL"),
    ("Touadera", D(2022, 1, 1), None, "person.touadera", "CAF", "GOV"),
    ("Samia Suluhu Hassan", D(2023, 1, 1), None, "person.samia", "TZA", "GOV"),
    ("Chakwera", D(2022, 1, 1), None, "person.chakwera", "MWI", "GOV"),
    ("Boakai", D(2024, 5, 1), None, "person.boakai", "LBR", "GOV"),
    ("Sandu", D(2023, 1, 1), None, "person.sandu", "MDA", "GOV"),
    ("Kobakhidze", D(2024, 12, 1), None, "person.kobakhidze", "GEO", "GOV"),
    ("Fico", D(2024, 1, 1), None, "person.fico", "SVK", "GOV"),
    ("Sanchez", D(2023, 1, 1), None, "person.psanchez", "ESP", "GOV"),
    ("Belousov", D(2024, 8, 1), None, "person.belousov", "RUS", "MIL"),
    ("Umerov", D(2024, 2, 1), None, "person.umerov", "UKR", "MIL"),
    ("Lai", D(2024, 8, 1), None, "person.laichingte", "TWN", "GOV"),
    ("Lai", D(2024, 8, 1), "CHN", "person.jimmylai", "CHN", "MED"),  # in a Hong Kong story, the publisher
    ("Tsai", D(2020, 1, 1), None, "person.tsai", "TWN", "GOV"),
    ("Muizzu", D(2024, 2, 1), None, "person.muizzu", "MDV", "GOV"),
    ("Rajnath Singh", D(2023, 1, 1), None, "person.rajnath", "IND", "MIL"),
    ("Marles", D(2023, 1, 1), None, "person.marles", "AUS", "MIL"),
    ("Kallas", D(2025, 3, 1), None, "person.kallas", "EST", "GOV"),
    ("Tedros", D(2023, 1, 1), None, "person.tedros", None, "IGO"),
    ("von der Leyen", D(2023, 1, 1), None, "person.vonderleyen", None, "IGO"),
    ("Ghana's president", D(2025, 6, 1), None, "person.mahama", "GHA", "GOV"),
    ("Ghana's president", D(2020, 6, 1), None, "person.akufoaddo", "GHA", "GOV"),
    ("the Vietnamese president", D(2025, 1, 1), None, "person.luongcuong", "VNM", "GOV"),
    # seats of government and national bodies without their country
    ("Matignon", None, None, "FRA.GOV", "FRA", "GOV"),
    ("Malacanang", None, None, "PHL.GOV", "PHL", "GOV"),
    ("Akorda", None, None, "KAZ.GOV", "KAZ", "GOV"),
    ("Palazzo Chigi", None, None, "ITA.GOV", "ITA", "GOV"),
    ("the Lubyanka", None, None, "RUS.FSB", "RUS", "SPY"),
    ("the Storting", None, None, "NOR.STORTING", "NOR", "LEG"),
    ("the Congress of Deputies", None, None, "ESP.CORTES", "ESP", "LEG"),
    ("the Legislative Yuan", None, None, "TWN.LY", "TWN", "LEG"),
    ("the Carabineros", None, None, "CHL.CARABINEROS", "CHL", "COP"),
    ("Sedena", None, None, "MEX.SEDENA", "MEX", "MIL"),
    ("INEC", None, None, "NGA.INEC", "NGA", "GOV"),
    ("the IEBC", None, None, "KEN.IEBC", "KEN", "GOV"),
    ("the NIA", None, None, "IND.NIA", "IND", "COP"),
    ("the ISI", None, "PAK", "PAK.ISI", "PAK", "SPY"),
    ("Europol", None, None, "EU.EUROPOL", None, "COP"),
    ("the ECB", None, None, "EU.ECB", None, "IGO"),
    # parties and armed groups
    ("the PDP", None, None, "NGA.PDP", "NGA", "PTY"),
    ("the ruling APC", None, None, "NGA.APC", "NGA", "PTY"),
    ("the EFF", None, None, "ZAF.EFF", "ZAF", "PTY"),
    ("the MK party", None, None, "ZAF.MK", "ZAF", "PTY"),
    ("the BNP", None, None, "BGD.BNP", "BGD", "PTY"),
    ("the DPP", None, "TWN", "TWN.DPP", "TWN", "PTY"),
    ("the DPP", None, "KEN", "JUD.DPP", None, "JUD"),  # in Kenya, the Director of Public Prosecutions
    ("Georgian Dream", None, None, "GEO.GD", "GEO", "PTY"),
    ("United Russia", None, None, "RUS.UR", "RUS", "PTY"),
    ("Pheu Thai", None, None, "THA.PHEUTHAI", "THA", "PTY"),
    ("the AfD", None, None, "DEU.AFD", "DEU", "PTY"),
    ("PiS", None, None, "POL.PIS", "POL", "PTY"),
    ("Tren de Aragua", None, None, "VEN.TDA", "VEN", "CRM"),
    ("MS-13", None, None, "SLV.MS13", "SLV", "CRM"),
    ("the Gulf Clan", None, None, "COL.CLANGOLFO", "COL", "CRM"),
    ("Comando Vermelho", None, None, "BRA.CV", "BRA", "CRM"),
    ("CODECO militiamen", None, None, "COD.CODECO", "COD", "REB"),
    ("RED-Tabara rebels", None, None, "BDI.REDTABARA", "BDI", "REB"),
    ("IPOB", None, None, "NGA.IPOB", "NGA", "SEP"),
    ("PDF fighters", None, None, "MMR.PDF", "MMR", "REB"),
    ("the People's Defence Force", None, None, "MMR.PDF", "MMR", "REB"),
    ("the KIA", None, None, "MMR.KIA", "MMR", "REB"),
    ("the Russian Volunteer Corps", None, None, "RUS.RVC", "RUS", "REB"),
    ("Azov fighters", None, None, "UKR.AZOV", "UKR", "MIL"),
    ("DPR forces", None, None, "UKR.DPR", "UKR", "SEP"),
]


@pytest.mark.parametrize(("mention", "day", "country", "actor_id", "iso3", "sector"), MENTIONS,
                         ids=[f"{m[0]}-{m[2]}" for m in MENTIONS])
def test_mention_resolves(kb, mention, day, country, actor_id, iso3, sector):
    actor = kb.resolve(mention, date=day, country=country)
    assert actor is not None, mention
    assert (actor.id, actor.country, actor.sector) == (actor_id, iso3, sector)


# Words that hold a new alias and name none of its actors: lower case, other bodies, places.
NOT_THESE = [
    ("a PDF file", "MMR.PDF"), ("PDF", "MMR.PDF"), ("anc", "ZAF.ANC"), ("BNP Paribas", "BGD.BNP"),
    ("the Sea of Azov", "UKR.AZOV"), ("Kia Motors", "MMR.KIA"), ("raw", "IND.RAW"), ("move forward", "THA.PP"),
    ("jubilee", "KEN.JUBILEE"), ("the Law and Justice Minister", "POL.PIS"), ("Boko Haram", "person.boko"),
    ("Duma Boko", "RUS.DUMA"), ("El Chapo", "person.dchapo"), ("Jimmy Lai", "person.laichingte"),
    ("the Ministry of Law and Justice", "POL.PIS"),
    ("the Pakistani Ministry of Law and Justice", "POL.PIS"),
]


@pytest.mark.parametrize(("mention", "not_id"), NOT_THESE)
def test_alias_does_not_fire(kb, mention, not_id):
    actor = kb.resolve(mention, date=D(2024, 6, 1))
    assert actor is None or actor.id != not_id


# (sentence, trigger word, role, expected (id, country, sector) of one party in that role)
SENTENCES = [
    ("LUSAKA, Zambia (AP) - Hichilema accused the opposition of stoking unrest on Tuesday.", "accused", "actor",
     ("person.hichilema", "ZMB", "GOV")),
    ("Lai accused China of intimidation after the drills.", "accused", "actor", ("person.laichingte", "TWN", "GOV")),
    ("Sanchez called for an arms embargo on Israel.", "called", "actor", ("person.psanchez", "ESP", "GOV")),
    ("Belousov threatened Ukraine with retaliation.", "threatened", "actor", ("person.belousov", "RUS", "MIL")),
    ("Tedros appealed to Israel to allow fuel into Gaza.", "appealed", "actor", ("person.tedros", None, "IGO")),
    ("Sandu accused Moscow of buying votes.", "accused", "actor", ("person.sandu", "MDA", "GOV")),
    ("Muizzu asked India to withdraw its troops.", "asked", "actor", ("person.muizzu", "MDV", "GOV")),
    ("Touadera met Russian envoys in Bangui.", "met", "actor", ("person.touadera", "CAF", "GOV")),
    ("Boakai asked the United States for help.", "asked", "actor", ("person.boakai", "LBR", "GOV")),
    ("Rajnath Singh warned Pakistan against further attacks.", "warned", "actor", ("person.rajnath", "IND", "MIL")),
    ("Ivanishvili accused Western diplomats of plotting a revolution.", "accused", "actor",
     ("person.ivanishvili", "GEO", "PTY")),
    ("Police arrested members of Tren de Aragua in Santiago.", "arrested", "recipient", ("VEN.TDA", "VEN", "CRM")),
    ("Soldiers killed five members of MS-13 in San Salvador.", "killed", "recipient", ("SLV.MS13", "SLV", "CRM")),
    ("The Clan del Golfo attacked a police station in Antioquia.", "attacked", "actor",
     ("COL.CLANGOLFO", "COL", "CRM")),
    ("CODECO militiamen attacked a displacement camp in Ituri.", "attacked", "actor", ("COD.CODECO", "COD", "REB")),
    ("The PDP accused the ruling APC of rigging the election.", "accused", "recipient", ("NGA.APC", "NGA", "PTY")),
    ("BNP supporters clashed with police in Dhaka.", "clashed", "actor", ("BGD.BNP", "BGD", "PTY")),
    ("PDF fighters attacked a military convoy in Sagaing.", "attacked", "actor", ("MMR.PDF", "MMR", "REB")),
    ("The KIA seized a border town from the junta.", "seized", "actor", ("MMR.KIA", "MMR", "REB")),
    ("Georgian Dream accused the opposition of plotting a coup.", "accused", "actor", ("GEO.GD", "GEO", "PTY")),
    ("The Russian Volunteer Corps attacked a village in Belgorod.", "attacked", "actor", ("RUS.RVC", "RUS", "REB")),
    ("Azov fighters repelled a Russian assault near Pokrovsk.", "repelled", "actor", ("UKR.AZOV", "UKR", "MIL")),
    ("Malacanang condemned the Chinese coast guard's actions.", "condemned", "actor", ("PHL.GOV", "PHL", "GOV")),
    ("The Carabineros arrested 30 protesters in Santiago.", "arrested", "actor",
     ("CHL.CARABINEROS", "CHL", "COP")),
    ("Sedena deployed 3,000 troops to Sinaloa.", "deployed", "actor", ("MEX.SEDENA", "MEX", "MIL")),
    ("The Storting approved military aid to Ukraine.", "aid", "actor", ("NOR.STORTING", "NOR", "LEG")),
    ("TAIPEI, Taiwan (AP) - The DPP accused Beijing of interference in the election on Monday.", "accused",
     "actor", ("TWN.DPP", "TWN", "PTY")),
    ("Law and Justice accused Tusk of violating the constitution.", "accused", "actor", ("POL.PIS", "POL", "PTY")),
]


def _has_party(parties, expected) -> bool:
    return any((p.id, p.country, p.sector) == expected for p in parties)


@pytest.mark.model
@pytest.mark.parametrize(("text", "trigger", "role", "expected"), SENTENCES,
                         ids=[(r.values[0] if hasattr(r, "values") else r[0])[:48] for r in SENTENCES])
def test_party_of_a_sentence(session_coder, text, trigger, role, expected):
    events = [e for e in coded_events(session_coder, text, D(2024, 6, 26)) if trigger in e.trigger]
    assert events, text
    assert any(_has_party(getattr(e, role), expected) for e in events), \
        [(e.event, e.trigger, e.actor, e.recipient) for e in events]
