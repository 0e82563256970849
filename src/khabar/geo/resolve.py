"""Toponym resolution: choose one gazetteer entry for each place name of a text.

Works on character spans, without spaCy, so gold spans (``khabar geocode``, benchmarks) and the
pipeline's own mentions go through the same code. Candidates are ranked by, in order of weight:
an explicit container ("Moscow, Idaho": decisive, population cannot override it); the article's
country focus (of which a little goes to the countries bordering it, and to those bordering a country whose
armed forces act in the text: such forces mostly act across the border); agreement with the other places of
the text (same admin-1, nearby, and coherence: which admin-1 area the text's other local names could all lie
in, so "Walker County ... Huntsville ... Conroe" reads as Texas); the kind of place the words ask for
("Anbar province", "the K-1 base");
whether the name is the place's main name; and population, with a bonus for capitals and cities of
millions. A country name always resolves to the country, a province's own name to the province rather
than a small town named after it. Readings are ranked twice in context, the second time from the first
round's readings. A given span the gazetteer lacks whole is read from its parts, surest first: a shorter
form ("northern Syria"), the well-known place it begins or ends with, the province whose people it names
("Floridians"), and last a town named inside it that the text's other places vouch for.
"""
from __future__ import annotations

import math
import re
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from .gazetteer import Entry, Gazetteer
from .names import name_key, spelling_key
from .sources import country_neighbours

# Head nouns that say what kind of place a name is: "Anbar province", "the K-1 military base".
_GENERIC_HEADS = {
    "province": "ADM1", "governorate": "ADM1", "state": "ADM1", "region": "ADM1",
    "district": "DISTRICT", "neighbourhood": "DISTRICT", "neighborhood": "DISTRICT", "quarter": "DISTRICT",
    "area": "DISTRICT", "suburb": "DISTRICT", "township": "DISTRICT",
    "city": "PPL", "town": "PPL", "village": "PPL",
    "base": "SITE", "air base": "SITE", "airbase": "SITE", "military base": "SITE", "airfield": "SITE",
    "military camp": "SITE", "army base": "SITE", "army camp": "SITE",
    "airport": "SITE", "camp": "SITE", "square": "SITE", "crossing": "SITE", "border crossing": "SITE",
}
_HEAD_PATTERN = re.compile(r"\s+(" + "|".join(sorted(map(re.escape, _GENERIC_HEADS), key=len, reverse=True)) + r")$",
                           re.IGNORECASE)
_COUNTY_ABBREVIATION = re.compile(r"\s+Co\.?$")
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|az)[\-\s]", re.IGNORECASE)
_LEADING_THE = re.compile(r"^(?:the)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s$")
_CONTAINER_AFTER = re.compile(r"\s*,\s*((?:[A-Z][A-Za-z]*\.?\s?){1,3})")
_US_POSTAL = re.compile(r"[A-Z]{2}")
# The country a text states around a town's name: "Mahas in (central) Somalia", "the Somali town of Mahas".
_COMPASS = r"(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?|central|north-?eastern|" \
           r"north-?western|south-?eastern|south-?western)"
_IN_COUNTRY_AFTER = re.compile(r"\s+in\s+(?:the\s+)?(?:" + _COMPASS + r"\s+)?((?:[A-Z][A-Za-z'.\-]*\s?){1,4})")
_TOWN_KINDS = r"(?:town|city|village|district|port city|border town|market town)\s+of\s+$"
_TOWN_KIND_BEFORE = re.compile(r"\b" + _TOWN_KINDS)
_DEMONYM_TOWN_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+(?:" + _COMPASS + r"\s+)?" + _TOWN_KINDS)
# Nouns a country names as their owner right after a comma ("Erbil, U.S. officials said"): no container.
_PARTY_AFTER = re.compile(r"\s*(?:officials?|forces|troops|soldiers|military|army|navy|government|authorities|"
                          r"sources|diplomats?|envoys?|commanders?|officers?|leaders?|lawmakers|"
                          r"spokes(?:man|woman|person)|media|intelligence|embassy|president|minister|ministry)\b")
_QUALIFIER_BEFORE = re.compile(r"^(?:(?:north|south|east|west|northern|southern|eastern|western|central|greater|upper|"
                               r"lower|inner|outer|downtown|uptown|metro|metropolitan|rural|coastal|mainland|"
                               r"north-?eastern|north-?western|south-?eastern|south-?western)\s+)+", re.IGNORECASE)
_QUALIFIER_AFTER = re.compile(r"\s+(?:city|metro|area|metro area|metropolitan area|region|government|administration|"
                              r"authorities|side|proper)$", re.IGNORECASE)
# Institutions and buildings named after their place ("Arizona State University", "Harare City Council",
# "Delhi High Court"): when the gazetteer lacks the building, the place it is named after is the best reading.
# Not hotels: they are as often named after a person, a brand or a word ("the Baron Hotel" in Kabul).
_INSTITUTION_WORDS = (r"(?:university|college|hospital|embassy|consulate|council|court|airport|station|stadium|"
                      r"arena|center|centre|prison|jail|cathedral|church|mosque|school|academy|institute|museum|"
                      r"library|parliament|assembly|police|office|government|municipality|corporation|"
                      r"sheriff['’]?s? (?:office|department)|(?:police|fire) department)")
_INSTITUTION_WORD = re.compile(r"\s+" + _INSTITUTION_WORDS + "$", re.IGNORECASE)
_INSTITUTION_AFTER = re.compile(
    r"(?:\s+(?:state|city|county|district|municipal|regional|general|international|national|memorial|central|"
    r"high|supreme|federal|metropolitan|community))*\s+" + _INSTITUTION_WORDS + "$", re.IGNORECASE)
# Last words of a natural feature's name: "the Niger Delta" is a feature named after a place, not that place.
# (Not "island", "coast" or "peninsula": "the Kenya coast" and "Cyprus island" do lie in the country.)
_FEATURE_WORDS = frozenset({"delta", "valley", "basin", "river", "lake", "mountains", "mountain", "hills", "desert",
                            "plateau", "gorge", "gulf", "bay", "highlands", "plain", "plains", "strait", "straits",
                            "sea", "forest", "canal", "falls", "rift"})
# Words of a longer name that say what kind of place it is, not which: never read as a town inside a name.
_GENERIC_WORDS = _FEATURE_WORDS | {
    "hill", "park", "national", "state", "city", "hall", "point", "beach", "island", "lakes", "crossroads", "bend",
    "shore", "lakeshore", "center", "centre", "court", "square", "street", "road", "new", "old", "north",
    "south", "east", "west", "upper", "lower", "great", "little", "grand", "royal", "union", "university",
    "college", "school", "church", "hospital", "medical", "airport", "station", "county", "township", "office",
    "metro"}
# First words of a natural feature named after a place it may lie outside of: "Lake Michigan", "Mount Lebanon".
_NAMED_FEATURE_FIRST = frozenset({"lake", "mount", "mt", "cape", "isle", "island", "port", "gulf", "bay", "sea"})
# "the West" of politics: a capitalised compass point after "the", alone, names a bloc of countries (or, for
# "the North"/"the South", a part of a country the words do not name), never the town or province called so.
_COMPASS_POINTS = frozenset({"west", "east", "north", "south"})
_OWN_NAME_BONUS = 1.5  # "Berea" is an old name of Aleppo, but a text saying "Berea" means a town called so
_CAPITAL_BONUS = 2.0  # a capital is the reading news means more often than its population alone says
# A big city (and a national capital of any size) is named from afar; a text's country focus alone should not turn
# it into a namesake town ("London" in a US story is still London, England, unless the text's places are near the
# town). 300k rather than 1M: regional cities are named from afar too (measured: +8 LGL toponyms, GWN unchanged).
_WORLD_CITY_POPULATION = 300_000
_WORLD_CITY_BONUS = 1.5
_SEAT_CITY_POPULATION = 100_000  # "Baghdad", "Kandahar": a big city named like its province is the city
_DEFAULT_LOG_POPULATION = {"PCLI": 7.5, "ADM1": 6.5, "ADM2": 5.0}
_SITE_LOG_POPULATION = 4.5  # our own sites carry no population; they were listed because they matter
# A sea, river or world region named in the news is that, not a hamlet called "Atlantic" or "Middle East".
_REGION_LOG_POPULATION = 6.5
_EARTH_KM = 6371.0
_KM_PER_DEGREE_LATITUDE = _EARTH_KM * math.pi / 180
_FAR_KM = 400.0  # beyond this, another place of the text says nothing of a reading
# Coherence: a reading gains up to WEIGHT points from the other names of the text that could lie in its admin-1
# area (``_support``); only "local" names count, places smaller than LOCAL_POPULATION, counties and provinces.
_COHERENCE_WEIGHT = 3.0
_COHERENCE_CAP = 1.0
_LOCAL_POPULATION = 100_000
_ROUNDS = 2
_STRAY_POPULATION = 1_000
_FIRM_FOCUS = 0.6  # share of the text's place evidence
# A city this large is named from afar by its English exonym ("Cologne" for Köln): no namesake by another name.
_ALIAS_CITY_POPULATION = 1_000_000
_CAPITALISED = re.compile(r"\b[A-Z][A-Za-z'\-]+")
# A text about a country often names places just across its border ("Israeli officials ... Bethlehem", an army
# shelling the town over the line): a reading in a neighbour of the focus gains a little of the focus's weight.
_NEIGHBOUR_WEIGHT = 1.0
_PEOPLE_SUFFIXES = ("ians", "ans", "ns", "ian", "an", "n", "is", "i")
_INNER = "INNER"  # hint: the readings are towns named inside a longer name (``_inner_places``)


@dataclass(frozen=True, slots=True)
class Toponym:
    """A place name in a text, by character offsets."""

    start: int
    end: int
    text: str


# A point with its latitude in radians and that latitude's cosine: the trigonometry of a place of the text is read
# once per round of readings, not once per candidate it is compared with.
_Point = tuple[float, float, float, float]


@dataclass(frozen=True, slots=True)
class _Context:
    """What the whole text says about where it is."""

    focus: dict[str, float]  # ISO3 -> share of the text's place evidence
    top: str | None
    admin1: frozenset[tuple[str, str]]  # (ISO3, admin1 name) of the text's resolved places and provinces
    points: tuple[_Point, ...]  # resolved sub-national places
    support: dict[tuple[str, str], float]  # (ISO3, admin1) -> how many other names could lie there (see _support)
    doers: frozenset[str] = frozenset()  # ISO3 of the armed forces acting in the text (see ``resolve``)


def split_head(text: str) -> tuple[str, str | None]:
    """("Anbar province") -> ("Anbar", "ADM1"); the core name and the kind of place its head noun asks for."""
    text = _LEADING_THE.sub("", text.strip())
    match = _HEAD_PATTERN.search(text)
    if match and match.start() > 0:
        return text[: match.start()], _GENERIC_HEADS[match.group(1).lower()]
    return text, None


def candidates(text: str, gazetteer: Gazetteer, *, given: bool = True) -> tuple[tuple[Entry, ...], str | None]:
    """Entries for a mention, trying the full words first and then the name without its head noun.
    ``given``: the span is known to name a place (gold spans, ``khabar geocode`` input), so a name the
    gazetteer lacks may be read from its parts ("Tsarist Russia", "Floridians", a town inside a building's
    name); a span the recogniser only guessed gets no such reading (a shop, a club or a person that merely
    contains a place's name)."""
    name = _POSSESSIVE.sub("", _LEADING_THE.sub("", text.strip()))
    core, hint = split_head(name)
    demonym = gazetteer.demonym(name)
    if demonym and gazetteer.country(demonym):  # a nationality given as a toponym: "Irish" stands for Ireland,
        return (gazetteer.country(demonym),), hint  # not for a hamlet that shares the word
    for variant in (name, core):
        found = gazetteer.lookup(variant)
        if found:
            return found, hint
    for variant in _fallback_names(core):
        found = _by_own_name(variant, gazetteer)
        if found:
            return found, hint
    leading = _leading_place(core, gazetteer)
    if leading or not given:
        return leading, hint
    return _read_from_parts(core, hint, gazetteer)


def _read_from_parts(name: str, hint: str | None, gazetteer: Gazetteer) -> tuple[tuple[Entry, ...], str | None]:
    """Readings of a given name the gazetteer lacks whole, surest first; a town inside the name comes last
    and only as a hint that ``_best`` checks against the text's other places."""
    for reading in (_trailing_place, _province_of_people, _with_arabic_article):
        found = reading(name, gazetteer)
        if found:
            return found, hint
    inner = _inner_places(name, gazetteer)
    return (inner, _INNER) if inner else ((), hint)


def _with_arabic_article(name: str, gazetteer: Gazetteer) -> tuple[Entry, ...]:
    """"Faw" -> Al Fāw: GeoNames often keeps the article that English texts drop."""
    return () if _ARABIC_ARTICLE.match(name) else _by_own_name("al " + name, gazetteer)


def _province_of_people(name: str, gazetteer: Gazetteer) -> tuple[Entry, ...]:
    """"Floridians", "Albertan", "Tatarstani": the province (or country) whose people a word names (the countries'
    own nationality words are listed in countries.csv; provinces follow the regular English forms)."""
    for suffix in _PEOPLE_SUFFIXES:
        if len(name) > len(suffix) + 2 and name.endswith(suffix) and name[:1].isupper():
            stem = name[: -len(suffix)]
            for ending in ("", "a", "o", "s", "e", "ia"):
                found = tuple(e for e in gazetteer.lookup(stem + ending) if e.is_admin1 or e.is_country)
                if found:
                    return found
    return ()


def _inner_places(name: str, gazetteer: Gazetteer) -> tuple[Entry, ...]:
    """Towns named by capitalised words inside a longer name the gazetteer lacks ("the Kendal Road Primary
    School", "Ashford Borough Council"), longest words first. Only a hint: ``_best`` keeps such a town only
    when the text's other places lie around it (``_near_the_text``)."""
    words = [w for w in re.split(r"[\s/\-]+", name) if w]
    for n in range(len(words) - 1, 0, -1):
        found = [e for i in range(len(words) - n + 1) for e in _towns_named(words[i:i + n], gazetteer)]
        if found:
            return tuple(dict.fromkeys(found))
    return ()


def _towns_named(words: list[str], gazetteer: Gazetteer) -> list[Entry]:
    """Towns whose own name is these words: not an alternate name (GeoNames lists old and local names that
    are common words elsewhere), and not words that only say what kind of place it is ("National Park")."""
    if not words[0][:1].isupper() or all(w.lower() in _GENERIC_WORDS for w in words):
        return []
    key = name_key(" ".join(words))
    return [e for e in gazetteer.lookup(key) if e.feature.startswith("PPL") and name_key(e.name) == key]


def _leading_place(name: str, gazetteer: Gazetteer) -> tuple[Entry, ...]:
    """The place a longer name the gazetteer lacks begins with: "Chicago Police Department" -> Chicago,
    "Kenyan Defence Forces" -> Kenya. Only well-known names (countries, provinces, cities of 100k, regions,
    nationalities) count: the first word of "Washington Square" says little of where it is."""
    words = name.replace("-", " ").split()
    feature = bool(words) and words[-1].lower() in _FEATURE_WORDS
    for n in range(len(words) - 1, 0, -1):
        prefix = " ".join(words[:n])
        demonym = gazetteer.demonym(prefix)
        if demonym and gazetteer.country(demonym):
            return (gazetteer.country(demonym),)
        if gazetteer.is_strong(prefix):
            found = gazetteer.lookup(prefix)
            if feature:
                found = tuple(e for e in found if _may_name_a_feature(e))
            if found:
                return found
    return ()


def _trailing_place(name: str, gazetteer: Gazetteer) -> tuple[Entry, ...]:
    """The well-known place a longer name ends with: "Tsarist Russia" -> Russia, "Trinity College Dublin" ->
    Dublin. Only countries, provinces, regions and cities of 100k (as ``_leading_place``), and only after a
    capitalised word: "the Bank of England" is handled by " of " (``_fallback_names``)."""
    words = [w for w in re.split(r"[\s/\-]+", name) if w]
    if words and words[0].lower() in _FEATURE_WORDS | _NAMED_FEATURE_FIRST:  # "Lake Michigan" is not in Michigan
        return ()
    for n in range(1, len(words)):
        suffix = " ".join(words[n:])
        if (words[n - 1][:1].isupper() and not all(w.lower() in _GENERIC_WORDS for w in words[n:])
                and gazetteer.is_strong(suffix)):
            return gazetteer.lookup(suffix)
    return ()


def _may_name_a_feature(entry: Entry) -> bool:
    """Whether "<name> Delta/Valley/Basin" may be read as this place of the name. Not a country: the Niger Delta
    lies in Nigeria and the Jordan Valley along a border; not a small town either (only strong names lead here,
    a small town merely shares the name of the strong one). A province, a river or a big city gives the
    feature's area ("the Tigris valley")."""
    if entry.is_country:
        return False
    return entry.is_admin1 or entry.source == "khabar-region" or entry.population >= _SEAT_CITY_POPULATION


def _by_own_name(name: str, gazetteer: Gazetteer) -> tuple[Entry, ...]:
    """The places a shortened name names, except towns that bear it only as an alternate name: those
    (old, local or variant names) are a weak match for words cut out of a longer name."""
    key = name_key(name)
    return tuple(e for e in gazetteer.lookup(name) if not e.feature.startswith("PPL") or name_key(e.name) == key)


def _fallback_names(name: str) -> list[str]:
    """Shorter readings of a name the gazetteer lacks as a whole: "Republic of Ireland" -> "Ireland",
    "northern Syria" -> "Syria", "New York City" -> "New York", "Greater Manchester" -> "Manchester",
    "Polk Co." -> "Polk County", "al-Qaim" -> "Qaim", "Polk County Sheriff's Office" -> "Polk County"."""
    out = []
    if " of " in name:
        out.append(name.rsplit(" of ", 1)[1])
    stripped = _QUALIFIER_BEFORE.sub("", name)
    if stripped != name:
        out.append(stripped)
    out += [n for n in (_QUALIFIER_AFTER.sub("", v) for v in (name, stripped)) if n and n not in (name, stripped)]
    county = _COUNTY_ABBREVIATION.sub(" County", name)
    if county != name:  # "Polk Co." is Polk County
        out.append(county)
    if not name.lower().endswith((" county", " parish")):
        out.append(name + " County")  # "Miami-Dade": a US county named without its word
    article = _ARABIC_ARTICLE.match(name)
    if article:  # "al-Qaim": GeoNames often drops the Arabic article
        out.append(name[article.end():])
    own = _INSTITUTION_WORD.sub("", name)  # "Polk County Sheriff's Office" -> "Polk County"
    institution = _INSTITUTION_AFTER.sub("", name)  # "Arizona State University" -> "Arizona"
    out += [n for n in dict.fromkeys((own, institution)) if n and n != name]
    return out


def resolve(text: str, toponyms: Sequence[Toponym], *, gazetteer: Gazetteer,
            focus: Sequence[str] = (), doers: Sequence[str] = (), given: bool = True) -> list[Entry | None]:
    """One entry (or None) per toponym. ``focus``: ISO3 codes the caller already knows the text is about;
    ``doers``: countries whose armed forces act in the text ("Russian forces shelled ..."), which usually act
    on the other side's ground: they lend the neighbour credit of ``_focus_score``, not their own focus;
    ``given``: the spans are known place names (see ``candidates``), not the recogniser's guesses."""
    by_text: dict[str, tuple] = {}
    found = [((), None) if _bloc_name(text, t)
             else by_text.setdefault(t.text, candidates(_own_name(t.text), gazetteer, given=given))
             for t in toponyms]
    commas = [_container(text, t, toponyms, gazetteer) for t in toponyms]
    stated = [() if comma else _stated_country(text, t, c, gazetteer)
              for t, (c, _), comma in zip(toponyms, found, commas)]
    containers = [comma or said for comma, said in zip(commas, stated)]
    keys = [name_key(t.text) for t in toponyms]
    alone = _context_of(focus, [], {}, doers=doers)
    out = _best_each(toponyms, found, containers, lambda i: alone, gazetteer)
    support_of = _coherence(keys, found, out)
    context_of = None  # the contexts the last round read, while they are those of ``out``
    for _ in range(_ROUNDS):  # context from the context-free readings, then from the readings in context
        context_of = _contexts(keys, out, focus, support_of, doers)
        again = _best_each(toponyms, found, containers, context_of, gazetteer)
        if again == out:  # a round reads only the previous readings: unchanged readings would repeat
            break
        out, context_of = again, None
    # the contexts of the final readings: those of the last round when it changed nothing (each is built once)
    context_of = context_of or _contexts(keys, out, focus, support_of, doers)
    out = _home_for_far_aliases(text, toponyms, out, context_of, gazetteer)
    return [_placed_county(_within_the_stated(e, said), out) for e, said in zip(out, stated)]


def _home_for_far_aliases(text: str, toponyms: Sequence[Toponym], picks: list[Entry | None], context_of,
                          gazetteer: Gazetteer) -> list[Entry | None]:
    """"near the town of Boni" under a Bamako dateline: GeoNames lists "Boni" among Bonn's names in other tongues,
    and our gazetteer lacks Mali's Boni. A town abroad reached only by such a name, in a country the text says less
    of than of its main one and does not name in the sentence, is a namesake: the text's country is the coarse but
    true answer (news names a foreign town by its English name, and says which country it is in)."""
    out = list(picks)
    for i, (toponym, entry) in enumerate(zip(toponyms, picks)):
        context = context_of(i)
        if entry is None or context.top is None or not _far_by_another_name(entry, toponym, context):
            continue
        if entry.country not in _countries_in_sentence(text, toponym, gazetteer):
            out[i] = gazetteer.country(context.top) or entry
    return out


def _far_by_another_name(entry: Entry, toponym: Toponym, context: _Context) -> bool:
    if entry.country == context.top or entry.source != "geonames" or not entry.feature.startswith("PPL"):
        return False
    if entry.feature == "PPLC" or entry.population >= _ALIAS_CITY_POPULATION:  # "Kiev", "Cologne", "Bombay"
        return False
    key = name_key(split_head(_own_name(toponym.text))[0])
    if name_key(entry.name) == key or _respelled(entry.name, key):
        return False
    if _neighbour_share(entry.country, context):  # "Russian forces captured Avdiivka": over the border is not far
        return False
    top = context.focus.get(context.top, 0.0)
    return top >= _FIRM_FOCUS and context.focus.get(entry.country, 0.0) < top


def _countries_in_sentence(text: str, toponym: Toponym, gazetteer: Gazetteer) -> set[str]:
    """ISO3 of the countries the toponym's sentence names, by name or demonym ("German officials said")."""
    start = max(_full_stop_before(text, toponym.start), text.rfind("\n", 0, toponym.start)) + 1
    ends = [i for i in (_full_stop_after(text, toponym.end), text.find("\n", toponym.end)) if i >= 0]
    words = _CAPITALISED.findall(text[start:min(ends, default=len(text))])
    out = set()
    for name in [*words, *(" ".join(pair) for pair in zip(words, words[1:]))]:  # "Germany", "Burkina Faso"
        country = gazetteer.country_named(name)
        out.add(country.country if country is not None else gazetteer.demonym(name))
    return out


def _full_stop_before(text: str, end: int) -> int:
    """The last ". " before ``end`` that ends a sentence (-1 if none): "U.S. troops", "Gen. Smith" and "St. Louis"
    go on with it."""
    i = text.rfind(". ", 0, end)
    while i >= 0 and _abbreviation_at(text, i):
        i = text.rfind(". ", 0, i)
    return i


def _full_stop_after(text: str, start: int) -> int:
    """The first ". " from ``start`` that ends a sentence (-1 if none)."""
    i = text.find(". ", start)
    while i >= 0 and _abbreviation_at(text, i):
        i = text.find(". ", i + 1)
    return i


# Titles and place words written with a full stop inside a sentence ("Lt. Gen. Smith", "St. Petersburg", "Mt. Kenya")
_ABBREVIATIONS = frozenset({"gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "adm", "brig", "cmdr", "gov", "sen",
                            "rep", "rev", "prof", "dr", "mr", "mrs", "ms", "jr", "sr", "st", "ste", "mt", "ft", "pres"})
_WORD_BEFORE = re.compile(r"(?<![A-Za-z])[A-Za-z]+$")


def _abbreviation_at(text: str, stop: int) -> bool:
    """Whether the full stop at ``stop`` closes an initial ("U.S.", "John F. Kennedy") or a capitalised title."""
    word = _WORD_BEFORE.search(text, max(0, stop - 8), stop)
    if word is None or not word.group()[0].isupper():
        return False
    return len(word.group()) == 1 or word.group().lower() in _ABBREVIATIONS


def _within_the_stated(entry: Entry | None, stated: tuple[Entry, ...]) -> Entry | None:
    """"the town of Mahas in central Somalia", when our gazetteer knows only Jordan's Mahas: the text says which
    country the town lies in, so that country is a coarse but true answer and a namesake abroad a wrong one."""
    if entry is None or not stated or _container_score(entry, stated):
        return entry
    return stated[0]


def _bloc_name(text: str, toponym: Toponym) -> bool:
    """"the West" (Western countries), "the East": a capitalised compass point after "the", named alone."""
    name = toponym.text.strip()
    has_the = bool(_LEADING_THE.match(name)) or text[max(0, toponym.start - 4):toponym.start].lower() == "the "
    name = _LEADING_THE.sub("", name)
    return has_the and name[:1].isupper() and name.lower() in _COMPASS_POINTS


def _contexts(keys: Sequence[str], picks: Sequence[Entry | None], focus: Sequence[str], support_of,
              doers: Sequence[str]):
    """The context of each toponym: the other places of the text (not namesakes of this one); one per name."""
    memo: dict[str, _Context] = {}
    evidence = [(key, _evidence(e)) for key, e in zip(keys, picks) if e is not None]  # read once, not once per name

    def context_of(i: int) -> _Context:
        key = keys[i]
        if key not in memo:
            memo[key] = _context_of(focus, [said for k, said in evidence if k != key], support_of(key), doers=doers)
        return memo[key]
    return context_of


def _coherence(keys: Sequence[str], found: Sequence[tuple], first: Sequence[Entry | None]):
    """name key -> the admin-1 support of the text's *other* local names (see ``_support``)."""
    local = {k for k, e in zip(keys, first) if e is not None and _is_local(e)}
    areas = _areas_by_name(keys, found)
    support_all = _support(a for k, a in areas.items() if k in local)
    return lambda key: _without(support_all, areas[key]) if key in local else support_all


def _best_each(toponyms: Sequence[Toponym], found: list[tuple], containers: list[tuple[Entry, ...]],
               context_of, gazetteer: Gazetteer) -> list[Entry | None]:
    """``_best`` for every toponym, computed once per distinct (name, container, context): news repeats names."""
    memo: dict[tuple, Entry | None] = {}
    out = []
    for i, (t, (c, h), k) in enumerate(zip(toponyms, found, containers)):
        context = context_of(i)
        key = (t.text, h, k, id(context))
        if key not in memo:
            memo[key] = _best(t, c, h, k, context, gazetteer)
        out.append(memo[key])
    return out


def _placed_county(entry: Entry | None, resolved: Sequence[Entry | None]) -> Entry | None:
    """A US county has no coordinates of its own in our data (only its state's, or a namesake town's).
    Local news names a county together with its towns, so the county is placed at the median of the
    text's towns in the same state; with none, it keeps its stand-in point."""
    if entry is None or entry.source != "geonames-county":
        return entry
    towns = [e for e in resolved if e is not None and e.feature.startswith("PPL")
             and e.country == entry.country and e.admin1 == entry.admin1]
    if not towns:
        return entry
    return replace(entry, lat=statistics.median(e.lat for e in towns), lon=statistics.median(e.lon for e in towns))


def focus_of(entries: Sequence[Entry | None], extra: Sequence[str] = ()) -> tuple[str, ...]:
    """ISO3 codes of the places (and extra evidence such as demonyms), most frequent first."""
    counts = Counter(e.country for e in entries if e is not None and e.country)
    counts.update(extra)
    return tuple(code for code, _ in counts.most_common())


def _own_name(text: str) -> str:
    """"Moscow, Idaho" -> "Moscow": the container is context, not part of the name."""
    return text.split(",")[0].strip() if "," in text else text


def _container(text: str, toponym: Toponym, toponyms: Sequence[Toponym], gazetteer: Gazetteer) -> tuple[Entry, ...]:
    """The admin-1 or country named right after the toponym: "Moscow, Idaho", "Tripoli, Lebanon", "Salem, Ore."."""
    if "," in toponym.text:
        words = toponym.text.split(",", 1)[1]
    else:
        match = _CONTAINER_AFTER.match(text, toponym.end)
        if not match:
            return ()
        words = _longest_container(match.group(1), gazetteer)
        if words and _PARTY_AFTER.match(text, match.start(1) + len(words)):
            # "Rockets hit Paris, U.S. officials said": the country speaks, it holds no Paris (a state's
            # officials, "Springfield, Ill., officials", are still the town's)
            return tuple(e for e in gazetteer.lookup(words) if e.is_admin1)
    words = words.strip()
    if _US_POSTAL.fullmatch(words):  # "Long Beach, CA": a postal code names a US state only after a comma
        state = gazetteer.admin1("USA", words)
        if state:
            return (state,)
    return tuple(e for e in gazetteer.lookup(words) if e.is_country or e.is_admin1)


def _stated_country(text: str, toponym: Toponym, found: tuple[Entry, ...], gazetteer: Gazetteer) -> tuple[Entry, ...]:
    """The country (or province) the text states a town lies in, without a comma: "the town of Mahas in central Somalia", "the
    Somali town of Mahas" (a name that may be a country or province itself, "Russia in Ukraine", states no container)."""
    before = text[max(0, toponym.start - 60):toponym.start]
    if not found or any(e.is_country or e.is_admin1 for e in found) or not _TOWN_KIND_BEFORE.search(before):
        return ()  # only after "the town of": elsewhere "X in Y" is as often a visit, or a person in a place
    after = _IN_COUNTRY_AFTER.match(text, toponym.end)
    if after:
        words = _longest_container(after.group(1), gazetteer)
        # "the town of Mambasa in Ituri province": a province states its container as a country does
        boxes = tuple(e for e in gazetteer.lookup(words) if e.is_country or e.is_admin1) if words else ()
        if boxes:
            return boxes
    demonym = _DEMONYM_TOWN_BEFORE.search(before)
    iso3 = gazetteer.demonym(demonym.group(1)) if demonym else None
    country = gazetteer.country(iso3) if iso3 else None
    return (country,) if country is not None else ()


def _longest_container(words: str, gazetteer: Gazetteer) -> str:
    parts = words.split()
    for n in range(len(parts), 0, -1):
        candidate = " ".join(parts[:n])
        if any(e.is_country or e.is_admin1 for e in gazetteer.lookup(candidate)):
            return candidate
    return ""


def _areas_by_name(keys: Sequence[str], found: Sequence[tuple]) -> dict[str, frozenset[tuple[str, str]]]:
    """For each distinct name, the admin-1 areas (ISO3, admin1) any of its readings lies in. Readings by the
    place's own name only, when there are some: a small town that once bore a big city's name (GeoNames keeps
    such old names) would pull the text's other names into its state."""
    out: dict[str, frozenset[tuple[str, str]]] = {}
    for key, (entries, _) in zip(keys, found):
        if key not in out:
            own = [e for e in entries if name_key(e.name) == key] or entries
            out[key] = frozenset((e.country, e.admin1) for e in own if e.admin1)
    return out


def _is_local(entry: Entry) -> bool:
    """Whether naming this place says the text is about its area: a state, a county, a town or a site do;
    a big city does not, news names those from afar ("talks in New York" says nothing of which Boston)."""
    if entry.is_admin1 or entry.feature == "ADM2" or entry.source == "khabar":
        return True
    return entry.feature.startswith("PPL") and entry.population < _LOCAL_POPULATION


def _support(areas) -> dict[tuple[str, str], float]:
    """Coherence of a text: how many of its names could lie in each admin-1 area, each name counting
    1/(number of areas it could be in), so that "Walker County" and "Huntsville" pull each other towards
    the one state that has both, while "Springfield" (in thirty states) pulls almost nowhere."""
    out: dict[tuple[str, str], float] = {}
    for names in areas:
        for area in names:
            out[area] = out.get(area, 0.0) + 1.0 / len(names)
    return out


def _without(support: dict[tuple[str, str], float], own: frozenset[tuple[str, str]]) -> dict:
    """The support of the other names only."""
    if not own:
        return support
    out = dict(support)
    for area in own:
        out[area] -= 1.0 / len(own)
    return out


_Evidence = tuple[str | None, tuple[str, str] | None, _Point | None]


def _evidence(entry: Entry) -> _Evidence:
    """What a resolved place says of where the text is: its country (continents have none), its admin-1 area,
    and its point unless it is a whole country or province."""
    return (entry.country, (entry.country, entry.admin1) if entry.admin1 else None,
            None if entry.is_country or entry.is_admin1 else _point(entry.lat, entry.lon))


def _context_of(focus: Sequence[str], evidence: Sequence[_Evidence], support: dict, *,
                doers: Sequence[str] = ()) -> _Context:
    counts = {code: 2 for code in focus}  # the caller's evidence (dateline, demonyms) weighs double
    for country, _, _ in evidence:  # every toponym's context reads the text's other readings
        if country:
            counts[country] = counts.get(country, 0) + 1
    total = sum(counts.values()) or 1
    shares = {code: n / total for code, n in counts.items()}
    # the first country counted most often, as ``Counter.most_common(1)`` picks it (``max`` keeps the first on ties)
    top = max(counts, key=counts.__getitem__) if counts else None
    admin = frozenset(area for _, area, _ in evidence if area is not None)
    # the points' order does not matter: ``_proximity_score`` keeps the best of them
    points = tuple({point for _, _, point in evidence if point is not None})
    return _Context(shares, top, admin, points, support, frozenset(doers))


def _best(toponym: Toponym, found: tuple[Entry, ...], hint: str | None, container: tuple[Entry, ...],
          context: _Context, gazetteer: Gazetteer) -> Entry | None:
    if not found:
        return None
    if hint == _INNER:
        return _inner_town(found, container, context)
    country = _country_reading(found, context)
    if country is not None and _division_asked(found, hint):  # "Angola's Zaire province"
        found, country = tuple(e for e in found if not e.is_country), None
    boxed = any(_container_score(e, container) for e in found if not e.is_country)
    if country is not None and not boxed and not _admin_in_focus(found, country, context):
        return country  # "Lebanon, Pa." is the town: only an explicit container outranks the country
    key = name_key(split_head(_own_name(toponym.text))[0])
    # a name with one reading needs no ranking (``max`` would score it all the same)
    best = found[0] if len(found) == 1 else max(found, key=lambda e: _score(e, key, hint, container, context))
    if best.is_admin1 and hint != "ADM1":
        return _seat_city(best, found, key) or best
    if best.feature.startswith("PPL") and not _container_score(best, container):
        best = _province_named(best, found, key) or best
    return None if _stray(best, context) else best


def _inner_town(found: tuple[Entry, ...], container: tuple[Entry, ...], context: _Context) -> Entry | None:
    """The best of the towns named inside a longer name that the text's other places vouch for, else None."""
    vouched = [e for e in found if _near_the_text(e, context)]
    return max(vouched, key=lambda e: _score(e, "", None, container, context)) if vouched else None


def _near_the_text(entry: Entry, context: _Context) -> bool:
    """A town the text's other places vouch for: in the text's main country, and in the admin-1 area of
    another place of the text or within 150 km of one."""
    if entry.country != context.top:
        return False
    return (entry.country, entry.admin1) in context.admin1 or _proximity_score(entry, context.points) >= 2.0


def _country_reading(found: tuple[Entry, ...], context: _Context) -> Entry | None:
    """The country a name means. A short name shared by two countries ("Congo") means the one the text's other
    places lie in ("Brazzaville"), else the larger: ``found`` lists the most populous first, ``max`` keeps it
    on ties."""
    countries = [e for e in found if e.is_country]
    if len(countries) < 2:
        return countries[0] if countries else None
    return max(countries, key=lambda e: context.focus.get(e.country, 0.0))


def _stray(entry: Entry, context: _Context) -> bool:
    """A hamlet (or a doubtful district) abroad in a text firmly about another country ("Taji" in an Iraq story,
    when only a Chinese village bears the name): a wrong dot is worse than none."""
    if not _doubtful(entry):
        return False
    return context.focus.get(entry.country, 0.0) == 0.0 and context.focus.get(context.top, 0.0) >= _FIRM_FOCUS


def _doubtful(entry: Entry) -> bool:
    """A hamlet, or a district none of whose towns we know the population of: the second-level divisions
    from ``admin2``/``subdivisions`` are often reached by a plain word of their name ("Central", "Coast", "Northern")."""
    if entry.source == "khabar":
        return False
    if entry.feature == "ADM2":
        return entry.population == 0
    return entry.feature.startswith("PPL") and entry.population < _STRAY_POPULATION


def _province_named(town: Entry, found: tuple[Entry, ...], key: str) -> Entry | None:
    """"Florida", "Kansas": a province's own name means the province, not a small town that borrowed it
    (the big city named like its province is the reverse case, ``_seat_city``)."""
    if town.population >= _SEAT_CITY_POPULATION or name_key(town.name) != key:
        return None
    return next((e for e in found if e.is_admin1 and name_key(e.name) == key), None)


def _seat_city(province: Entry, found: tuple[Entry, ...], key: str) -> Entry | None:
    """The big city inside ``province`` that bears the same name, read before the province."""
    return next((e for e in found if e.feature.startswith("PPL") and e.country == province.country
                 and e.admin1 == province.admin1 and name_key(e.name) == key
                 and e.population >= _SEAT_CITY_POPULATION), None)


def _division_asked(found: tuple[Entry, ...], hint: str | None) -> bool:
    """"Angola's Zaire province": the head noun asks for a division, and one bears the name (the country's old
    name "Zaire" alone is the country)."""
    return hint in ("ADM1", "DISTRICT") and any(e.is_admin1 or e.feature == "ADM2" for e in found)


def _admin_in_focus(found: tuple[Entry, ...], country: Entry, context: _Context) -> bool:
    """"Georgia" in a text about Atlanta: the US state, not the country."""
    return any(e.is_admin1 and e.country == context.top for e in found) and context.focus.get(country.country, 0) == 0


def _score(entry: Entry, key: str, hint: str | None, container: tuple[Entry, ...], context: _Context) -> float:
    own_name = name_key(entry.name) == key or _respelled(entry.name, key)
    capital = entry.feature == "PPLC"
    return (_log_population(entry) + (_OWN_NAME_BONUS if own_name else 0.0)
            + (_CAPITAL_BONUS if capital else 0.0)
            + (_WORLD_CITY_BONUS if own_name and (capital or entry.population >= _WORLD_CITY_POPULATION) else 0.0)
            + (1.0 if entry.source == "khabar" else 0.0)
            + _container_score(entry, container) + _focus_score(entry, context)
            + _neighbour_score(entry, context) + _hint_score(entry, hint))


def _respelled(name: str, key: str) -> bool:
    """The entry's own name, a scholarly transliteration, spelled with other vowels ("Janīn" read as "Jenin"): a town
    30 times larger that GeoNames spells so must not lose to a hamlet that happens to use the news spelling."""
    if name.isascii():  # a plain English name is no transliteration ("Salem" is not a respelling of "Selma")
        return False
    consonants = spelling_key(key)
    return len(consonants.replace(" ", "")) >= 3 and spelling_key(name) == consonants


def _log_population(entry: Entry) -> float:
    if entry.population > 0:
        return math.log10(entry.population + 1)
    if entry.source == "khabar-region":
        return _REGION_LOG_POPULATION
    return _DEFAULT_LOG_POPULATION.get(entry.feature, _SITE_LOG_POPULATION)


def _container_score(entry: Entry, container: tuple[Entry, ...]) -> float:
    """Decisive: an explicit "Town, State" or "Town, Country" outweighs any population."""
    for box in container:
        if box.is_admin1 and box.country == entry.country and box.name == entry.admin1:
            return 100.0
        if box.is_country and box.country == entry.country:
            return 100.0
    return 0.0


def _focus_score(entry: Entry, context: _Context) -> float:
    if not entry.country:  # a sea or a continent lies in no country: focus cannot speak against it
        return _focus_score(replace(entry, country=context.top), context) if context.top else 0.0
    share = context.focus.get(entry.country, 0.0)
    return 4.0 * share + (1.5 if entry.country == context.top else 0.0) + _NEIGHBOUR_WEIGHT * _neighbour_share(
        entry.country, context)


def _neighbour_share(country: str, context: _Context) -> float:
    """The largest focus share among the countries bordering ``country``; a force of a bordering country acting in
    the text counts as a whole share."""
    neighbours = country_neighbours().get(country, frozenset())
    if not neighbours.isdisjoint(context.doers):  # asked for every reading: no set made for the answer
        return 1.0
    # the focus holds a few countries, a country may border a dozen: read the shorter (a country outside the
    # focus has no share, and every share in it is above 0)
    return max((share for code, share in context.focus.items() if code in neighbours), default=0.0)


def _neighbour_score(entry: Entry, context: _Context) -> float:
    score = 2.5 if (entry.country, entry.admin1) in context.admin1 and entry.admin1 else 0.0
    if entry.admin1:
        score += _COHERENCE_WEIGHT * min(context.support.get((entry.country, entry.admin1), 0.0), _COHERENCE_CAP)
    return score + _proximity_score(entry, context.points)


def _proximity_score(entry: Entry, points: tuple[_Point, ...]) -> float:
    """3, 2 or 1 for a resolved place of the text within 50, 150 or 400 km of the entry (the nearest counts).

    Ranking calls this for every candidate against every place of the text, so it skips the distances
    that cannot score (a great-circle distance is at least the latitude difference alone), and takes the
    trigonometry of the points from the context (``_point``) and that of the entry once per call."""
    best, here = 0.0, None
    for point in points:
        if abs(point[0] - entry.lat) * _KM_PER_DEGREE_LATITUDE > _FAR_KM + 1.0:  # 1 km spares rounding
            continue
        here = here or _point(entry.lat, entry.lon)
        near = _points_km(here, point)
        best = max(best, 3.0 if near < 50 else 2.0 if near < 150 else 1.0 if near < _FAR_KM else 0.0)
        if best == 3.0:
            break
    return best


def _hint_score(entry: Entry, hint: str | None) -> float:
    if hint == "ADM1":
        return 3.0 if entry.is_admin1 else 0.0
    if hint in ("SITE", "DISTRICT"):
        return 3.0 if entry.source == "khabar" else 0.0
    if hint == "PPL":
        return 1.0 if entry.feature.startswith("PPL") else 0.0
    return 0.0


def _point(lat: float, lon: float) -> _Point:
    p = math.radians(lat)
    return lat, lon, p, math.cos(p)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    return _points_km(_point(lat1, lon1), _point(lat2, lon2))


def _points_km(one: _Point, other: _Point) -> float:
    """Great-circle distance in km (haversine) between two points whose trigonometry is read already."""
    dp, dl = other[2] - one[2], math.radians(other[1] - one[1])
    a = math.sin(dp / 2) ** 2 + one[3] * other[3] * math.sin(dl / 2) ** 2
    return 2 * _EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


def distance_km(a: Entry, lat: float, lon: float) -> float:
    return _km(a.lat, a.lon, lat, lon)
