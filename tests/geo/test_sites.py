"""Our site supplement (data/sites.csv): every row sound, and its places found in news sentences we write."""
from __future__ import annotations

import math
from collections import defaultdict

import pytest

from khabar.geo import default_gazetteer, geocode
from khabar.geo.names import name_key
from khabar.geo.sources import SiteRow, read_sites

MAX_KM_FROM_CENTRE = 800.0  # from the province's point where the gazetteer has it, else from the country's


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


@pytest.fixture(scope="module")
def sites() -> list[SiteRow]:
    return read_sites()


def test_every_row_parses_with_its_fields(sites):
    assert len(sites) > 150
    for row in sites:
        assert row.name and row.feature and row.source, row
        assert -90 <= row.lat <= 90 and -180 <= row.lon <= 180, row.name
        assert len(row.country) == 3 and row.country.isupper(), row.name


def test_every_country_is_in_the_gazetteer(gazetteer, sites):
    unknown = {row.country for row in sites if gazetteer.country(row.country) is None}
    assert not unknown


def test_every_point_lies_near_its_province_or_country(gazetteer, sites):
    """A swapped latitude and longitude, a dropped minus sign or a wrong country code lands far away."""
    far = []
    for row in sites:
        anchor = _admin1_of(gazetteer, row) or gazetteer.country(row.country)
        km = _km(row.lat, row.lon, anchor.lat, anchor.lon)
        if km > MAX_KM_FROM_CENTRE:
            far.append((row.name, anchor.name, round(km)))
    assert not far


def _admin1_of(gazetteer, row: SiteRow):
    """The row's province, else the town named like it inside it ("Saratov" for a province GeoNames calls so)."""
    if not row.admin1:
        return None
    found = [e for e in gazetteer.lookup(row.admin1) if e.country == row.country]
    return (gazetteer.admin1(row.country, row.admin1) or next((e for e in found if e.is_admin1), None)
            or next((e for e in found if e.admin1 == row.admin1), None))


def test_no_name_is_shared_by_two_rows(sites):
    """A name of two rows would make one of them unreachable by that name; only homonyms that are each
    row's own name ("Tahrir Square" in Baghdad and in Cairo) are left to context."""
    rows_of: dict[str, set[int]] = defaultdict(set)
    for i, row in enumerate(sites):
        for name in (row.name, *row.aliases):
            rows_of[name_key(name)].add(i)
    shared = [(key, sorted(sites[i].name for i in rows)) for key, rows in rows_of.items()
              if len(rows) > 1 and not all(name_key(sites[i].name) == key for i in rows)]
    assert not shared


# Sentences we wrote in the style of wire reports, at least one per theatre the supplement covers.
FOUND = [
    ("Tanks pushed into the Nuseirat camp in central Gaza overnight.", "Nuseirat camp", "Nuseirat refugee camp", "PSE"),
    ("Residents of Bureij and Maghazi fled south after evacuation orders.", "Maghazi", "Maghazi refugee camp", "PSE"),
    ("An airstrike on the Shati camp west of Gaza City killed five people.", "Shati camp", "Shati refugee camp",
     "PSE"),
    ("Fighting raged in Shejaiya in eastern Gaza City.", "Shejaiya", "Shejaiya", "PSE"),
    ("Shelling struck Deir al-Balah in the centre of the strip.", "Deir al-Balah", "Deir al-Balah", "PSE"),
    ("Israeli forces withdrew from the Netzarim corridor, which splits the Gaza Strip.", "Netzarim",
     "Netzarim corridor", "PSE"),
    ("Troops raided the Jenin camp in the occupied West Bank.", "Jenin camp", "Jenin refugee camp", "PSE"),
    ("Three men were killed in Nur Shams camp near Tulkarm.", "Nur Shams camp", "Nur Shams refugee camp", "PSE"),
    ("Clashes erupted in the Balata camp near Nablus.", "Balata camp", "Balata refugee camp", "PSE"),
    ("Iranian missiles struck near Nevatim air base in the Negev.", "Nevatim air base", "Nevatim Air Base", "ISR"),
    ("Hezbollah fired rockets at the Ramat David air base south of Haifa.", "Ramat David air base",
     "Ramat David Air Base", "ISR"),
    ("Clashes broke out in Ain al-Hilweh, the largest Palestinian camp in Lebanon.", "Ain al-Hilweh",
     "Ain al-Hilweh", "LBN"),
    ("A drone strike killed two men in Nabatiyeh.", "Nabatiyeh", "Nabatieh", "LBN"),
    ("U.S. jets struck Houthi targets in Hodeidah and the Ras Isa port.", "Hodeidah", "Hodeidah", "YEM"),
    ("U.S. jets struck Houthi targets in Hodeidah and the Ras Isa port.", "Ras Isa port", "Ras Isa", "YEM"),  # the whole site name
    ("A suicide bomber attacked a restaurant in Hodan district of Mogadishu.", "Hodan district", "Hodan", "SOM"),
    ("Militants attacked a checkpoint in Wadajir on the outskirts of Mogadishu.", "Wadajir", "Wadajir", "SOM"),
    ("Al-Shabaab fighters seized Barawe in Lower Shabelle.", "Barawe", "Barawe", "SOM"),
    ("A drone strike killed four militants in North Waziristan.", "North Waziristan", "North Waziristan", "PAK"),
    ("Gunmen attacked a convoy in Kurram, near Parachinar.", "Kurram", "Kurram", "PAK"),
    ("Security forces launched an operation in the Tirah valley in Khyber district.", "Tirah", "Tirah valley",
     "PAK"),
    ("A blast ripped through a rally in Bajaur on Sunday.", "Bajaur", "Bajaur", "PAK"),
    ("Police fired tear gas at protesters in Kibera and Mathare in Nairobi.", "Kibera", "Kibera", "KEN"),
    ("Somali traders in Eastleigh shut their shops after the raid, Kenyan police said.", "Eastleigh",
     "Eastleigh, Nairobi", "KEN"),
    ("Fighters from the Rapid Support Forces shelled the Zamzam camp near El Fasher.", "Zamzam camp", "Zamzam camp",
     "SDN"),
    ("M23 rebels captured Kibumba and advanced towards Goma.", "Kibumba", "Kibumba", "COD"),
    ("Indian and Chinese soldiers clashed in the Galwan Valley in Ladakh.", "Galwan Valley", "Galwan Valley", "IND"),
    ("The last defenders of Azovstal surrendered in Mariupol.", "Azovstal", "Azovstal", "UKR"),
    ("Russian drones struck an energy facility in the Dnipropetrovsk region.", "Dnipropetrovsk region",
     "Dnipropetrovsk Oblast", "UKR"),
    ("Russian missiles hit Sloviansk overnight.", "Sloviansk", "Sloviansk", "UKR"),
    ("Ukrainian drones hit the Engels air base in Saratov.", "Engels air base", "Engels air base", "RUS"),
    ("Rockets were fired at Al Udeid Air Base in Qatar.", "Al Udeid Air Base", "Al Udeid Air Base", "QAT"),
    ("Flights resumed at Mitiga airport in Tripoli.", "Mitiga airport", "Mitiga International Airport", "LBY"),
    ("A car bomb exploded in Qamishli on Monday.", "Qamishli", "Qamishli", "SYR"),
    ("Militants ambushed troops near Hawija, west of Kirkuk.", "Hawija", "Hawija", "IRQ"),
    ("Gangs torched homes in Cite Soleil, the largest slum in Port-au-Prince.", "Cite Soleil", "Cite Soleil", "HTI"),
    ("Ethiopian troops pulled back from Humera in western Tigray.", "Humera", "Humera", "ETH"),
    ("Forces loyal to Haftar seized Ras Lanuf.", "Ras Lanuf", "Ras Lanuf", "LBY"),
    ("The attack in Tinzaouaten killed dozens of soldiers.", "Tinzaouaten", "Tinzaouaten", "MLI"),
    ("Rebels captured Laukkaing near the Chinese border.", "Laukkaing", "Laukkaing", "MMR"),
    ("Jihadists killed hundreds of villagers digging trenches in Barsalogho.", "Barsalogho", "Barsalogho", "BFA"),
    # the tagger's entity starts with "the" or is an EVENT: the site still takes it over
    ("Troops raided hideouts in the Sambisa Forest in Borno state.", "Sambisa Forest", "Sambisa Forest", "NGA"),
    ("A drone struck the Crimean Bridge before dawn.", "Crimean Bridge", "Crimean Bridge", "UKR"),
    ("Aid trucks entered through the Kerem Shalom crossing.", "Kerem Shalom crossing", "Kerem Shalom crossing",
     "ISR"),
    # a name shared with a bigger place elsewhere keeps that reading when the text is about there
    ("The rally in Eastleigh drew Liberal Democrat activists from across Hampshire.", "Eastleigh", "Eastleigh",
     "GBR"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention", "name", "country"), FOUND)
def test_sites_are_found_and_resolved_in_free_text(text, mention, name, country):
    rows = {r["text"]: r for r in geocode([{"id": "s", "text": text}])}
    assert mention in rows, sorted(rows)
    assert (rows[mention]["name"], rows[mention]["country"]) == (name, country)


# Sites resolved from given spans (``khabar geocode`` input), whether or not free-text recognition finds them.
GIVEN = [
    ("Troops raided hideouts in the Sambisa Forest in Borno state.", "Sambisa Forest", "Sambisa Forest", "NGA"),
    ("Shelling cut power to the Zaporizhzhia Nuclear Power Plant on Thursday.", "Zaporizhzhia Nuclear Power Plant",
     "Zaporizhzhia Nuclear Power Plant", "UKR"),
    ("A drone struck the Crimean Bridge before dawn.", "Crimean Bridge", "Crimean Bridge", "UKR"),
    ("Police clashed with worshippers at the Al-Aqsa Mosque compound.", "Al-Aqsa Mosque", "Al-Aqsa Mosque", "ISR"),
    ("Thousands sheltered in al-Mawasi on the coast near Khan Younis.", "al-Mawasi", "al-Mawasi", "PSE"),
    ("Armenians fled along the Lachin corridor after the offensive.", "Lachin corridor", "Lachin corridor", "AZE"),
    ("U.S. bombers struck Fordow and the Natanz enrichment facility.", "Fordow", "Fordow", "IRN"),
    ("Aid trucks entered through the Kerem Shalom crossing.", "Kerem Shalom crossing", "Kerem Shalom crossing",
     "ISR"),
    ("Soldiers fired tear gas in Aida camp in Bethlehem.", "Aida camp", "Aida refugee camp", "PSE"),
    ("Militants ambushed a patrol near Torkham on the Afghan border.", "Torkham", "Torkham", "PAK"),
]


@pytest.mark.parametrize(("text", "span", "name", "country"), GIVEN)
def test_sites_resolve_as_given_spans(text, span, name, country):
    start = text.index(span)
    rows = list(geocode([{"id": "g", "text": text, "toponyms": [{"start": start, "end": start + len(span)}]}]))
    assert (rows[0]["name"], rows[0]["country"]) == (name, country)


# Wire sentences around a site's own name; a row is read when one of them finds a place within this distance of the
# row's point (the "US Embassy in Baghdad" resolves to Baghdad, a few kilometres away).
_SITE_SENTENCES = ("Fighting was reported in {} on Monday, officials said.", "Gunmen attacked {} on Monday.",
                   "Fighting was reported near the {} on Monday, officials said.",
                   "Fighting was reported in {} in {} on Monday, officials said.")
MAX_KM_FROM_ROW = 15.0


@pytest.mark.model
def test_every_row_is_read_by_its_name_in_a_sentence(sites):
    """A row the recogniser never finds is dead data: "in Turbat" was tagged DATE, "al-Tanf" starts in lower case,
    "Kalma camp" ends on a common noun. Read by the coder's own pipeline, whose other places give the context."""
    from khabar.nlp.pipeline import build_pipeline

    nlp = build_pipeline()
    found: dict[str, bool] = defaultdict(bool)
    country = {row.name: default_gazetteer().country(row.country).name for row in sites}
    for template in _SITE_SENTENCES:  # the last one names the country: "Palma" alone is Mallorca's
        for row, doc in zip(sites, nlp.pipe(template.format(row.name, country[row.name]) for row in sites)):
            found[row.name] |= any(_km(m.place.lat, m.place.lon, row.lat, row.lon) <= MAX_KM_FROM_ROW
                                   for m in doc._.places if m.place.lat is not None)
    assert [name for name, read in found.items() if not read] == []
