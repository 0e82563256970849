"""Sweep kb9 of the actor knowledge base: foreign ministers with their terms, heads of the states that had none,
leaders of international bodies, and news media, on mentions and sentences we wrote ourselves, with controls
against surnames that are common words or other people's.
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
    # foreign ministers by name
    ("Kuleba", D(2022, 3, 1), None, "person.kuleba", "UKR", "GOV"),
    ("Jubeir", D(2016, 1, 1), None, "person.jubeir", "SAU", "GOV"),
    ("Mekdad", D(2022, 1, 1), None, "person.mekdad", "SYR", "GOV"),
    ("Bourita", D(2021, 1, 1), None, "person.bourita", "MAR", "GOV"),
    ("Lamamra", D(2022, 1, 1), None, "person.lamamra", "DZA", "GOV"),
    ("Kouchner", D(2008, 1, 1), None, "person.kouchner", "FRA", "GOV"),
    ("Westerwelle", D(2011, 1, 1), None, "person.westerwelle", "DEU", "GOV"),
    ("Retno Marsudi", D(2020, 1, 1), None, "person.retno", "IDN", "GOV"),
    ("Pandor", D(2023, 1, 1), None, "person.pandor", "ZAF", "GOV"),
    ("Freeland", D(2018, 1, 1), None, "person.freeland", "CAN", "GOV"),
    ("Motegi", D(2020, 1, 1), None, "person.motegi", "JPN", "GOV"),
    ("Babacan", D(2008, 6, 1), None, "person.babacan", "TUR", "GOV"),
    ("Abdelatty", D(2025, 1, 1), None, "person.abdelatty", "EGY", "GOV"),
    ("Bou Habib", D(2023, 1, 1), None, "person.bouhabib", "LBN", "GOV"),
    # heads of state and government of the states that had none, by name and by title on the date
    ("Kurz", D(2018, 6, 1), None, "person.kurz", "AUT", "GOV"),
    ("Austrian Chancellor Karl Nehammer", D(2023, 1, 1), None, "person.nehammer", "AUT", "GOV"),
    ("the Austrian chancellor", D(2019, 9, 1), None, "person.bierlein", "AUT", "GOV"),
    ("the Austrian chancellor", D(2020, 2, 1), None, "person.kurz", "AUT", "GOV"),
    ("the Belgian prime minister", D(2022, 1, 1), None, "person.decroo", "BEL", "GOV"),
    ("Frederiksen", D(2022, 1, 1), None, "person.frederiksen", "DNK", "GOV"),
    ("the Danish prime minister", D(2005, 1, 1), None, "person.afrasmussen", "DNK", "GOV"),
    ("the Swedish prime minister", D(2020, 1, 1), None, "person.lofven", "SWE", "GOV"),
    ("the Swedish prime minister", D(2023, 1, 1), None, "person.kristersson", "SWE", "GOV"),
    ("Norway's king", D(2016, 1, 1), None, "person.harald5", "NOR", "GOV"),
    ("the Finnish president", D(2020, 1, 1), None, "person.niinisto", "FIN", "GOV"),
    ("the Finnish president", D(2024, 6, 1), None, "person.stubb", "FIN", "GOV"),
    ("the Irish prime minister", D(2019, 1, 1), None, "person.varadkar", "IRL", "GOV"),
    ("Iohannis", D(2020, 1, 1), None, "person.iohannis", "ROU", "GOV"),
    ("the Czech president", D(2020, 1, 1), None, "person.zeman", "CZE", "GOV"),
    ("Lithuania's president", D(2020, 1, 1), None, "person.nauseda", "LTU", "GOV"),
    ("Janez Jansa", D(2021, 1, 1), None, "person.jansa", "SVN", "GOV"),
    ("Kosovo's prime minister", D(2022, 1, 1), None, "person.kurti", "XKX", "GOV"),
    ("Guyana's president", D(2023, 1, 1), None, "person.irfaanali", "GUY", "GOV"),
    ("Djibouti's president", D(2023, 1, 1), None, "person.guelleh", "DJI", "GOV"),
    ("Mswati", D(2021, 7, 1), None, "person.mswati", "SWZ", "GOV"),
    # leaders of international bodies, by name and by title on the date
    ("Mogherini", D(2016, 1, 1), None, "person.mogherini", None, "IGO"),
    ("Moussa Faki", D(2020, 1, 1), None, "person.moussafaki", None, "IGO"),
    ("the African Union Commission chief", D(2020, 1, 1), None, "person.moussafaki", None, "IGO"),
    ("the AU chief", D(2010, 1, 1), None, "person.jeanping", None, "IGO"),
    ("the NATO chief", D(2006, 1, 1), None, "person.dehoopscheffer", None, "IGO"),
    ("the Arab League chief", D(2013, 1, 1), None, "person.elaraby", None, "IGO"),  # the body's head, in office
    ("the OPEC secretary general", D(2020, 1, 1), None, "person.barkindo", None, "IGO"),
    ("the EEAS chief", D(2016, 1, 1), None, "person.mogherini", None, "IGO"),
    ("the UNHCR chief", D(2020, 1, 1), None, "person.grandi", None, "IGO"),
    ("the UNRWA chief", D(2024, 1, 1), None, "person.lazzarini", None, "IGO"),
    ("Lazzarini", D(2024, 1, 1), None, "person.lazzarini", None, "IGO"),
    ("Bensouda", D(2016, 1, 1), None, "person.bensouda", None, "JUD"),
    ("Mladenov", D(2018, 1, 1), None, "person.mladenov", None, "IGO"),
    # defence ministers, and the chiefs of the armed forces that stay the forces themselves
    ("Akar", D(2020, 1, 1), None, "person.hulusiakar", "TUR", "MIL"),
    ("Serdyukov", D(2010, 1, 1), None, "person.serdyukov", "RUS", "MIL"),
    ("Kramp-Karrenbauer", D(2020, 1, 1), None, "person.akk", "DEU", "MIL"),
    ("Nasirzadeh", D(2025, 1, 1), None, "person.nasirzadeh", "IRN", "MIL"),
    ("the Israeli Defense Ministry chief", D(2023, 6, 1), None, "person.gallant", "ISR", "MIL"),
    ("the IDF chief", D(2024, 1, 1), None, "person.halevi", "ISR", "MIL"),
    ("the IDF chief", D(2020, 1, 1), None, "person.kochavi", "ISR", "MIL"),
    ("Pakistan's army chief", D(2023, 6, 1), None, "person.munir", "PAK", "MIL"),
    ("Pakistan's army chief", D(2018, 6, 1), None, "person.bajwa", "PAK", "MIL"),
    ("the Lebanese army chief", D(2025, 6, 1), None, "person.haykal", "LBN", "MIL"),
    # parties and their leaders
    ("Marine Le Pen", D(2022, 1, 1), None, "person.lepen", "FRA", "PTY"),
    ("Jordan Bardella", D(2024, 6, 1), None, "person.bardella", "FRA", "PTY"),
    ("the National Rally", None, None, "FRA.RN", "FRA", "PTY"),
    ("House Republicans", None, None, "USA.GOP", "USA", "PTY"),
    ("Senate Democrats", None, None, "USA.DEM", "USA", "PTY"),
    ("the Tories", None, None, "GBR.CON", "GBR", "PTY"),
    ("the CDU", None, None, "DEU.CDU", "DEU", "PTY"),
    ("the SPD", None, None, "DEU.SPD", "DEU", "PTY"),
    ("Brothers of Italy", None, None, "ITA.FDI", "ITA", "PTY"),
    ("the PSOE", None, None, "ESP.PSOE", "ESP", "PTY"),
    ("Wilders", None, None, "person.wilders", "NLD", "PTY"),
    ("Morena", None, None, "MEX.MORENA", "MEX", "PTY"),
    ("Sweden Democrats", None, None, "SWE.SD", "SWE", "PTY"),
    # the other office of states that had one, second-pass foreign ministers, spokespeople, groups, demonyms
    ("Plenkovic", D(2022, 1, 1), None, "person.plenkovic", "HRV", "GOV"),
    ("the Croatian prime minister", D(2022, 1, 1), None, "person.plenkovic", "HRV", "GOV"),
    ("the Greek president", D(2022, 1, 1), None, "person.sakellaropoulou", "GRC", "GOV"),
    ("Morocco's prime minister", D(2019, 1, 1), None, "person.othmani", "MAR", "GOV"),
    ("Akhannouch", D(2023, 1, 1), None, "person.akhannouch", "MAR", "GOV"),
    ("the Slovak president", D(2024, 9, 1), None, "person.pellegrini", "SVK", "GOV"),
    ("Riyad al-Maliki", D(2020, 1, 1), None, "person.riyadmaliki", "PSE", "GOV"),
    ("Sugiono", D(2025, 1, 1), None, "person.sugiono", "IDN", "GOV"),
    ("Wang Wenbin", D(2022, 1, 1), None, "person.wangwenbin", "CHN", "GOV"),
    ("Kanaani", D(2023, 1, 1), None, "person.kanaani", "IRN", "GOV"),
    ("Mumtaz Zahra Baloch", D(2023, 1, 1), None, "person.zahrabaloch", "PAK", "GOV"),
    ("Konashenkov", D(2023, 1, 1), None, "person.konashenkov", "RUS", "MIL"),
    ("Hagari", D(2024, 1, 1), None, "person.hagari", "ISR", "MIL"),
    ("Dujarric", D(2024, 1, 1), None, "person.dujarric", None, "IGO"),
    ("Judge Tarek Bitar", D(2021, 10, 1), None, "person.tarekbitar", "LBN", "JUD"),
    ("Ansaru", None, None, "NGA.ANSARU", "NGA", "INS"),
    ("the Lions' Den", None, None, "PSE.LIONSDEN", "PSE", "REB"),
    ("Islamic State Sahel", None, None, "ISIS.SAHEL", "MLI", "INS"),
    ("Thais", None, None, None, "THA", "CVL"),
    # news media
    ("Iranian state television", None, None, "MED.IRIB", "IRN", "MED"),
    ("Al-Masirah", None, None, "MED.ALMASIRAH", "YEM", "MED"),
    ("Rudaw", None, None, "MED.RUDAW", "IRQ", "MED"),
    ("TRT World", None, None, "MED.TRT", "TUR", "MED"),
    ("the Times of Israel", None, None, "MED.TOI", "ISR", "MED"),
    ("People's Daily", None, None, "MED.PEOPLESDAILY", "CHN", "MED"),
    ("Tolo News", None, None, "MED.TOLONEWS", "AFG", "MED"),
    ("Der Spiegel", None, None, "MED.SPIEGEL", "DEU", "MED"),
    ("the Sudan News Agency", None, None, "MED.SUNA", None, "MED"),
]


@pytest.mark.parametrize(("mention", "day", "country", "actor_id", "iso3", "sector"), MENTIONS,
                         ids=[f"{m[0]}-{m[1]}" for m in MENTIONS])
def test_mention_resolves(kb, mention, day, country, actor_id, iso3, sector):
    actor = kb.resolve(mention, date=day, country=country)
    assert actor is not None, mention
    assert (actor.id, actor.country, actor.sector) == (actor_id, iso3, sector)


# (holder, office, day on which the holder's term holds, title of the relation)
TERMS = [
    ("person.lavrov", "RUS.MFA", D(2014, 3, 1), "foreign minister"),
    ("person.wangyi", "CHN.MFA", D(2015, 1, 1), "foreign minister"),
    ("person.wangyi", "CHN.MFA", D(2024, 1, 1), "foreign minister"),
    ("person.qingang", "CHN.MFA", D(2023, 3, 1), "foreign minister"),
    ("person.cavusoglu", "TUR.MFA", D(2020, 1, 1), "foreign minister"),
    ("person.zebari", "IRQ.MFA", D(2010, 1, 1), "foreign minister"),
    ("person.hague", "GBR.FCDO", D(2012, 1, 1), "foreign secretary"),
    ("person.steinmeier", "DEU.MFA", D(2015, 1, 1), "foreign minister"),
    ("person.jaishankar", "IND.MFA", D(2022, 1, 1), "foreign minister"),
    ("person.afrasmussen", "NATO", D(2012, 1, 1), "secretary general"),
    ("person.aboulgheit", "ARAB_LEAGUE", D(2020, 1, 1), "secretary general"),
    ("person.hulusiakar", "TUR.MOD", D(2020, 1, 1), "defence minister"),
    ("person.gallant", "ISR.MOD", D(2023, 6, 1), "defence minister"),
    ("person.benwallace", "GBR.MOD", D(2022, 1, 1), "defence secretary"),
    ("person.gantz", "ISR.IDF", D(2013, 1, 1), "chief of staff"),
]


@pytest.mark.parametrize(("person", "office", "day", "title"), TERMS, ids=[f"{t[0]}-{t[2]}" for t in TERMS])
def test_office_held_on_the_day(kb, person, office, day, title):
    held = [r for r in kb.relations(person) if r.type == "leader_of" and r.object == office and r.title == title
            and (r.start is None or r.start <= day) and (r.end is None or day <= r.end)]
    assert held, [r for r in kb.relations(person) if r.object == office]


def test_one_minister_at_a_time(kb):
    """The terms of each ministry's (and the IDF's) heads do not overlap: a title resolved by date has one answer."""
    ministries = [e.id for e in kb.entries() if e.id.endswith((".MFA", ".MOD")) or e.id in ("GBR.FCDO", "ISR.IDF")]
    for ministry in ministries:
        terms = sorted((r.start or D(1900, 1, 1), r.end or D(2100, 1, 1), e.id)
                       for e in kb.entries() for r in e.relations
                       if r.type == "leader_of" and r.object == ministry and r.title)
        for (_, end, first), (start, _, second) in zip(terms, terms[1:]):
            assert start >= end, (ministry, first, second)


# Words that hold a name we added and name none of its actors: common words, other people, places.
NOT_THESE = [
    ("Rasmussen", "person.afrasmussen"), ("Michel", "person.cmichel"), ("Fischer", "person.heinzfischer"),
    ("Martin", "person.mmartin"), ("Harris", "person.sharris"), ("Pavel", "person.petrpavel"),
    ("Dan", "person.nicusordan"), ("Muscat", "person.jmuscat"), ("Andersson", "person.mandersson"),
    ("Cohen", "person.elicohen"), ("Hunt", "person.jhunt"), ("Bishop", "person.jbishop"), ("Wong", "person.pennywong"),
    ("Champagne", "person.fpchampagne"), ("Kenny", "person.endakenny"), ("Ali", "person.irfaanali"),
    ("Rai", "MED.RAI"), ("Saba", "MED.SABANEWS"), ("Lana", "MED.LANA"), ("Suna", "MED.SUNA"),
    ("the Sea of Japan", "MED.ASAHI"), ("Sharaa", "person.fsharaa"), ("Ahmed al-Sharaa", "person.fsharaa"),
    ("Christian Democrats", "DEU.CDU"), ("the National Front", "FRA.RN"), ("Vox", "ESP.VOX"), ("Fox", "person.liamfox"),
    ("Wallace", "person.benwallace"), ("Katz", "person.ikatz"), ("Renaissance", "FRA.RE"),
    ("the Democratic Party", "USA.DEM"), ("Labour", "GBR.LAB"), ("Wang", "person.wangwenbin"),
    ("Mao", "person.maoning"), ("Miller", "person.mattmiller"), ("Kirby", "person.jkirby"),
    ("Bitar", "person.tarekbitar"), ("the Maoists", "NPL.CPNMC"),
]


@pytest.mark.parametrize(("mention", "not_id"), NOT_THESE)
def test_name_does_not_fire(kb, mention, not_id):
    actor = kb.resolve(mention, date=D(2024, 6, 1))
    assert actor is None or actor.id != not_id


# (sentence, trigger word, role, expected (id, country, sector) of one party in that role)
SENTENCES = [
    ("Kurz accused Turkey of meddling in Austrian politics.", "accused", "actor", ("person.kurz", "AUT", "GOV")),
    ("Turkey accused Kurz of stoking hostility toward Muslims.", "accused", "recipient",
     ("person.kurz", "AUT", "GOV")),
    ("Frederiksen rejected the U.S. offer to buy Greenland.", "rejected", "actor",
     ("person.frederiksen", "DNK", "GOV")),
    ("Iohannis urged Moldova to press ahead with reforms.", "urged", "actor", ("person.iohannis", "ROU", "GOV")),
    ("Kuleba urged Germany to send more air defence systems.", "urged", "actor", ("person.kuleba", "UKR", "GOV")),
    ("Russia accused Kuleba of lying about the strike.", "accused", "recipient", ("person.kuleba", "UKR", "GOV")),
    ("Bourita met his Israeli counterpart in Rabat.", "met", "actor", ("person.bourita", "MAR", "GOV")),
    ("Mekdad accused Turkey of supporting terrorists in Idlib.", "accused", "actor", ("person.mekdad", "SYR", "GOV")),
    ("Israel criticised Lazzarini over the agency's staff.", "criticised", "recipient",
     ("person.lazzarini", None, "IGO")),
    ("Moussa Faki condemned the coup in Niger.", "condemned", "actor", ("person.moussafaki", None, "IGO")),
    ("The Taliban detained three Tolo News reporters in Kabul.", "detained", "recipient",
     ("MED.TOLONEWS", "AFG", "MED")),
    ("Nehammer met Putin in Moscow on Monday.", "met", "actor", ("person.nehammer", "AUT", "GOV")),
    ("Poland summoned the Austrian ambassador in Warsaw.", "summoned", "recipient", ("AUT.GOV", "AUT", "GOV")),
    ("Hungary criticised Kristersson over the Koran burnings.", "criticised", "recipient",
     ("person.kristersson", "SWE", "GOV")),
    ("Guelleh accused Eritrea of occupying Ras Doumeira.", "accused", "actor", ("person.guelleh", "DJI", "GOV")),
    ("Safadi warned Israel against an assault on Rafah.", "warned", "actor", ("person.safadi", "JOR", "GOV")),
    ("Bensouda accused Israel of war crimes in Gaza.", "accused", "actor", ("person.bensouda", None, "JUD")),
    ("Al-Masirah accused Saudi Arabia of shelling a market in Saada.", "accused", "actor",
     ("MED.ALMASIRAH", "YEM", "MED")),
    ("Iran expelled a Rudaw correspondent from Tehran.", "expelled", "recipient", ("MED.RUDAW", "IRQ", "MED")),
    ("Kurti accused Serbia of backing the gunmen in Banjska.", "accused", "actor", ("person.kurti", "XKX", "GOV")),
    ("Le Pen accused Macron of betraying French farmers.", "accused", "actor", ("person.lepen", "FRA", "PTY")),
    ("House Republicans accused Biden of abandoning Afghanistan.", "accused", "actor", ("USA.GOP", "USA", "PTY")),
    ("Akar warned Greece against arming the islands.", "warned", "actor", ("person.hulusiakar", "TUR", "MIL")),
    ("The CDU rejected a coalition with the AfD.", "rejected", "actor", ("DEU.CDU", "DEU", "PTY")),
    ("Iran accused Gallant of threatening genocide.", "accused", "recipient", ("person.gallant", "ISR", "MIL")),
    ("Morena accused the judges of protecting corruption.", "accused", "actor", ("MEX.MORENA", "MEX", "PTY")),
    # a movement's spokesman stays out of the knowledge base while "the group" after him would stand for him
    ("Houthi spokesman Yahya Saree said the group had fired missiles at a ship in the Red Sea.", "fired", "actor",
     ("HOUTHIS", "YEM", "REB")),
    ("Taliban spokesman Zabihullah Mujahid said the group had arrested 12 Islamic State fighters in Kabul.",
     "arrested", "actor", ("TALIBAN", "AFG", "REB")),
]


def _has_party(parties, expected) -> bool:
    return any((p.id, p.country, p.sector) == expected for p in parties)


@pytest.mark.model
@pytest.mark.parametrize(("text", "trigger", "role", "expected"), SENTENCES, ids=[s[0][:48] for s in SENTENCES])
def test_party_of_a_sentence(session_coder, text, trigger, role, expected):
    events = [e for e in coded_events(session_coder, text, D(2022, 6, 26)) if trigger in e.trigger]
    assert events, text
    assert any(_has_party(getattr(e, role), expected) for e in events), \
        [(e.event, e.trigger, e.actor, e.recipient) for e in events]
