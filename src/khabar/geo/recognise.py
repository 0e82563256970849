"""Toponym recognition on a spaCy ``Doc``: NER places, plus gazetteer names the model missed.

The small English model tags "K-1" as NORP and "Dora" or "Ain al-Asad" as PERSON, so a matcher over
the gazetteer's *strong* names (our sites, countries, provinces, big cities) adds or overrides them.
Filters keep out the usual false friends: demonyms, person names, and places used as actors
("the U.S. said", "Iran's minister"), which stay mentions but are flagged ``actor``.
"""
from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.attrs import IDX, LOWER, ORTH, POS, SPACY
from spacy.symbols import NOUN, NUM, PROPN
from spacy.tokens import Doc, Span

from .admin2 import short_name
from .gazetteer import Entry, Gazetteer
from .names import spelling_key
from .openers import role_word
from .resolve import split_head
from .shadows import shadowed
from .undergoers import undergoes

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_OVERRIDABLE = frozenset({"PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT", ""})
_ACTOR_DEPS = frozenset({"nsubj", "agent"})
# The small model tags some town names it does not know as a DATE or TIME ("in Turbat"); a label on a word that
# names no time is no label. Months, weekdays and feasts do name one ("in May", "during Ramadan").
_TIME_LABELS = frozenset({"DATE", "TIME"})
_TIME_NAMES = frozenset({*(m.lower() for m in calendar.month_name[1:]), *(d.lower() for d in calendar.day_name),
                         "ramadan", "eid", "christmas", "easter", "passover", "diwali", "ashura", "nowruz",
                         "hanukkah", "thanksgiving", "lent", "advent", "new", "year", "day", "night"})
# Verbs whose object or passive subject is a party, not a place: "accused Kyiv of ...", "Iran was urged to ...".
# Elsewhere a place as object or passive subject is where it happened ("shelled Kharkiv", "Kharkiv was shelled").
_PARTY_VERBS = frozenset({
    "accuse", "warn", "urge", "ask", "call", "press", "pressure", "criticise", "criticize", "condemn", "blame",
    "praise", "thank", "congratulate", "tell", "invite", "sanction", "threaten", "reassure", "persuade", "summon",
    "rebuke", "denounce", "fault", "lobby", "advise", "caution", "charge", "recognise", "recognize", "support",
    "back", "rebuff", "reject", "snub", "implore", "exhort", "encourage", "inform", "notify", "assure", "join",
    "meet", "ally", "petition", "contact", "deter", "defy", "oppose", "insult", "slam", "castigate", "chide"})
# "linked to Iran", "allied with Moscow": a place after these names a party's backer
_AFFILIATION_WORDS = frozenset({"link", "linked", "tie", "tied", "ally", "allied", "loyal", "close", "align",
                                "aligned", "affiliate", "affiliated", "connect", "connected", "beholden"})
_NAME_POS = frozenset({PROPN, NUM, NOUN})  # a place name ends on one of these
_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod", "poss"})
# Nouns a place name may modify while still naming where: "Baghdad province", "the Kirkuk airport".
_PLACE_NOUNS = frozenset({"province", "governorate", "district", "city", "town", "village", "region", "area",
                          "base", "airbase", "airport", "border", "outskirts", "suburb", "suburbs", "camp",
                          "neighbourhood", "neighborhood", "countryside", "capital", "state", "county", "square",
                          "crossing", "road", "highway", "street", "embassy", "consulate", "port", "coast", "oblast",
                          "valley", "regions", "provinces", "oblasts", "governorates", "districts",
                          "township", "townships",  # Myanmar's third-level divisions: "Kyauktaw township"
                          # natural features named after a place: "the Sambisa forest", "the Juba river"
                          "forest", "river", "lake", "hills", "mountains", "desert", "plateau", "delta", "basin",
                          "island", "islands",  # "on Jolo island": an island named after its town
                          "checkpoint", "market", "junction", "bridge",
                          # sites a town holds: "Kharkiv's railway station", "the Kabul hotel"
                          "station", "quarter", "harbour", "harbor", "hospital", "mosque", "church", "stadium",
                          "hotel", "university", "terminal", "depot", "prison", "palace"})
_HEAD_WORDS = frozenset({"province", "governorate", "district", "base", "airbase", "airport", "camp",
                         "neighbourhood", "neighborhood", "square", "crossing", "air", "military"})
_DIVISION_WORDS = frozenset({"state", "region"})
_LINKS = frozenset({"road", "highway", "route", "border", "frontier", "railway", "corridor", "stretch"})
# Words before a name that say it is a place even when NER calls it a person or an organisation:
# "in Kharkiv" (a big city only), "the eastern city of Kramatorsk" (any town the gazetteer knows).
_LOCATIVE_CUES = frozenset({"in", "near", "outside", "at", "on", "from", "to", "into", "toward", "towards", "around",
                            "across", "through", "throughout",  # "marched through Niamey"
                            # verbs whose object is where someone went: "visited Kyiv", "entered Khartoum"
                            "visited", "visiting", "visit", "visits", "toured", "touring", "entered", "entering",
                            "reached"})
_KIND_NOUNS = frozenset({"city", "town", "village", "province", "region", "district", "governorate", "port",
                         "capital", "suburb", "neighbourhood", "neighborhood", "state", "county", "municipality",
                         "township"})
# Parts of a place: "areas of", "the outskirts of", "north of" cue a big town as "in" does.
_AREA_NOUNS = frozenset({"area", "areas", "part", "parts", "outskirts", "suburbs", "suburb", "centre", "center",
                         "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                         "heart", "streets", "countryside"})
# People of a place: "residents of Khartoum", "the mayor of Mykolaiv" say the name is a town as "in" does.
_RESIDENTS = frozenset({"residents", "inhabitants", "townspeople", "villagers", "mayor"})
# Division words after a name, as sure a cue as "the province of" before it ("state" and "city" are left out:
# "Islamic State", "Kansas City").
_DIVISIONS_AFTER = frozenset({"region", "province", "oblast", "governorate", "township"})
# A town as the subject of a verb it undergoes, or read as its adverb after a dateline ("KYIV - Bakhmut came under ...")
_UNDERGOING_DEPS = frozenset({"nsubj", "advmod", "npadvmod"})
# "the Hama countryside", "the Kidal area": the land around a town the name heads
_AREAS_HEADING = frozenset({"countryside", "area", "outskirts", "suburbs", "hinterland"})
# "Sumy and Kursk regions"
_DIVISIONS_HEADING = _DIVISIONS_AFTER | {"regions", "provinces", "oblasts", "governorates", "townships"}
_HYPHENS = frozenset({"-", "‐", "‑"})
_ARABIC_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "az", "an", "at"})
# The last word of a site name in our own list that is no name itself: "al-Hol camp", "Abu Ghraib prison".
_SITE_KINDS = frozenset({"camp", "prison", "hospital", "port", "mall", "refinery", "field", "facility", "plant",
                         "base", "airport", "airbase", "crossing", "square", "bridge", "dam", "mosque", "palace"})
_LIST_JOINERS = frozenset({",", "and", "&"})  # "Kharkiv, Kherson and Odesa" read as one entity
# Verbs of force whose object or passive subject is mostly a town ("shelled Kharkiv", "Kherson was retaken"), and
# "fled": the tagger often calls such a town a person ("Kharkiv", "Kherson") or an organisation ("Mariupol").
_FORCE_VERBS = frozenset({
    "shell", "bomb", "bombard", "pound", "strike", "hit", "attack", "raid", "storm", "besiege", "encircle",
    "surround", "capture", "seize", "recapture", "retake", "liberate", "overrun", "invade", "occupy", "rocket",
    "target", "blockade", "flee", "evacuate",
    "retook", "overran", "fled"})  # past forms the tagger leaves unlemmatised at times
_TOWN_POPULATION = 15_000  # a town by its own name that a cue may make a place of, although not a big city
# Things a country owns rather than places: "a U.S. base in Iraq", "the Turkish outpost", "the U.S. embassy".
_OWNED_NOUNS = frozenset({"base", "airbase", "camp", "outpost", "garrison", "embassy", "consulate", "compound",
                          "installation", "facility", "facilities", "bases", "camps", "outposts", "embassies"})
# Armed groups named after the land they claim: "Islamic State Khorasan", "IS West Africa Province", "ISIS-K's
# Khorasan Province". The name there belongs to the group; it says nothing of where an event happened.
_GROUP_NAME = r"(?:\bIslamic State|\bISIS|\bISIL|\bIS|\bDaesh)(?:[-\s]?K\b)?"
_GROUP_BEFORE = re.compile(_GROUP_NAME + r"(?: ?- ?| )$")  # on one line: "ISIS\nKirkuk police" is two
_GROUP_OWNS_BEFORE = re.compile(_GROUP_NAME + r"['’]s\s+$")  # "ISIS-K's": only with "Province" after the name
_PROVINCE_WORDS = frozenset({"province", "wilayat"})
# "KIRKUK, Iraq (Reuters) -", and the wire form with the day: "GOMA, Democratic Republic of Congo, March 11
# (Reuters) -", "BEIRUT, Oct 21 (AFP) -" (the day is no part of the place)
_DATELINE_DAY = r"(?:,\s*(?:Jan|Feb|March|Mar|April|Apr|May|June|Jun|July|Jul|Aug|Sept|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})?"
_DATELINE = re.compile(r"^\s*([A-Z][A-Z'.\-]+(?:\s[A-Z][A-Z'.\-]+){0,3})"
                       r"(?:,\s*([A-Z][A-Za-z.']+(?:\s(?:of\s|the\s)?[A-Z][a-z.]+){0,3}))?"
                       + _DATELINE_DAY + r"\s*(?:\([^)]{1,40}\)\s*)?(?:—|–|--|-|:)\s")


@dataclass(frozen=True, slots=True)
class Recognised:
    """A toponym found in a doc: token span, and whether it is used as an actor rather than a place."""

    start: int
    end: int
    actor: bool
    qualifier: bool = False  # "the London-based Observatory", "U.S.-led forces": it qualifies a party, places nothing


def recognise(doc: Doc, gazetteer: Gazetteer, *, ents: tuple[Span, ...] | None = None,
              home: frozenset[str] = frozenset()) -> list[Recognised]:
    """``ents``: ``doc.ents`` when the caller has read them already (each reading makes every span again). ``home``:
    the countries the article is about (its dateline's, else its people's), whose towns a weaker cue makes places of."""
    ents = doc.ents if ents is None else ents
    spans = _ner_spans(ents, gazetteer)
    taken = {i for s in spans for i in range(s.start, s.end)}
    words = _Words.of(doc, ents)
    spans += _gazetteer_spans(doc, gazetteer, taken, words, home)
    spans += _named_again(doc, spans, taken, words, gazetteer)
    group = _names_a_group(words.text)
    spans = sorted((s for s in spans if not (group and _in_group_name(s, words))), key=lambda s: s.start)
    # "Moscow, Idaho": a span right after "<place>," is its container (a comma, not "BAGHDAD — U.S. drones"),
    # unless it modifies a noun after it ("Rockets hit Erbil, U.S. officials said")
    starts = {s.end + 1 for s in spans if s.end < len(doc) and doc[s.end].text == ","}
    out = []
    for span in spans:
        country = gazetteer.country_named(span.text) is not None
        # "U.S. base": a country owns a base, it names none; "Zaire province" names a province of a country's old name
        span = _with_head(span) if not country or _division_after(span) else span
        actor = _is_actor(span, country=country) and (span.start not in starts or _modifies_what_follows(span))
        out.append(Recognised(span.start, span.end, actor, qualifier=_in_compound_adjective(span)))
    return out


def _named_again(doc: Doc, spans: list[Span], taken: set[int], words: _Words, gazetteer: Gazetteer) -> list[Span]:
    """"near the town of Tibu ... residents of Tibu marched": a name the text gave as a place once is that place again
    where nothing else took it (a name is one thing through a news story): not inside a longer name ("Tibu Oil
    Company"), nor where a person is named; a bare name tagged as a group is a place the tagger missed again. Not a
    nationality word either ("the Saudi city of Jeddah": "Saudi" named Saudi Arabia elsewhere)."""
    text = words.text
    names = {tuple(text[s.start:s.end]) for s in spans
             if text[s.start][:1].isupper() and not gazetteer.demonym(words.span_text(s.start, s.end))}
    if not names:
        return []
    others = {i for e in words.ents if e.label_ not in PLACE_LABELS and (e.label_ == "PERSON" or tuple(
        text[e.start:e.end]) not in names) for i in range(e.start, e.end)}
    out = []
    for i, name in _name_starts(text, names):
        end = i + len(name)
        if tuple(text[i:end]) == name and not any(j in taken or j in others for j in range(i, end)):
            out.append(doc[i:end])
            taken.update(range(i, end))
    return out


def _name_starts(text: list[str], names: set[tuple[str, ...]]) -> Iterator[tuple[int, tuple[str, ...]]]:
    """Each word index with each name starting with that word, in text order and, at one word, in the order of
    ``names`` (the names are grouped by first word once: trying every name at every word cost more than the rest of
    the recogniser)."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for name in names:
        by_first.setdefault(name[0], []).append(name)
    for i, word in enumerate(text):
        for name in by_first.get(word, ()):
            yield i, name


def _names_a_group(words: list[str]) -> bool:
    """Whether the doc has a word of an armed group's name in it at all (``_in_group_name`` reads the text before each
    place name, which costs more than this)."""
    return any("IS" in word or "Islamic" in word or "Daesh" in word for word in words)


def _in_group_name(span: Span, words: _Words) -> bool:
    """"Islamic State Khorasan", "ISIS-K's Khorasan Province": a place name that is part of an armed group's name."""
    before = words.text_before(span.start, 24)
    if _GROUP_BEFORE.search(before):
        return True
    lower, end = words.lower, span.end
    province = lower[end - 1] in _PROVINCE_WORDS or (end < len(lower) and lower[end] in _PROVINCE_WORDS)
    return province and bool(_GROUP_OWNS_BEFORE.search(before))


def _division_after(span: Span) -> bool:
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in _DIVISIONS_AFTER


def _modifies_what_follows(span: Span) -> bool:
    root = span.root
    return root.dep_ in _MODIFIER_DEPS and root.head.i >= span.end


def dateline_chars(text: str) -> tuple[int, int] | None:
    """Character span of a dateline place ("BAGHDAD —", "KIRKUK, Iraq (Reuters) -") at the start of a text."""
    match = _DATELINE.match(text[:120])
    if not match:
        return None
    return match.start(1), match.end(2) if match.group(2) else match.end(1)


def _ner_spans(ents: tuple[Span, ...], gazetteer: Gazetteer) -> list[Span]:
    out: list[Span] = []
    for ent in ents:
        if ent.label_ not in PLACE_LABELS:
            continue
        span = ent[1:] if ent[0].lower_ == "the" and len(ent) > 1 else ent
        if gazetteer.demonym(span.text) and not gazetteer.lookup(span.text):
            continue  # "Iraqi" tagged GPE is a nationality, not a place
        span = _with_site_kind(_whole_name(_whole_word(span, gazetteer), gazetteer), gazetteer)
        if out and span.start < out[-1].end:
            continue  # two pieces of one hyphenated name, already joined
        out += _listed_places(span, gazetteer) or [span]
    return out


def _listed_places(ent: Span, gazetteer: Gazetteer) -> list[Span]:
    """"Kharkiv, Kherson and Odesa" tagged as one entity: its places, when the whole is no place and each part is a
    well-known place or a town by its own name; else []."""
    if not any(t.lower_ in _LIST_JOINERS for t in ent) or gazetteer.lookup(ent.text):
        return []
    doc, parts, start = ent.doc, [], ent.start
    for token in ent:
        if token.lower_ in _LIST_JOINERS:
            if token.i > start:
                parts.append(doc[start:token.i])
            start = token.i + 1
    if start < ent.end:
        parts.append(doc[start:ent.end])
    return parts if len(parts) > 1 and all(_well_known(p, gazetteer) for p in parts) else []


def _well_known(span: Span, gazetteer: Gazetteer) -> bool:
    return gazetteer.is_strong(span.text) or any(_is_town(e, span.text) for e in gazetteer.lookup(span.text))


def _whole_word(span: Span, gazetteer: Gazetteer) -> Span:
    """The model may cut a hyphenated name at a hyphen ("Mazar" of "Mazar-i-Sharif", "Qaim" of "Al-Qaim"):
    the longest hyphen-joined stretch around the span that the gazetteer knows, else the span ("Iran-backed",
    "U.S.-Iraq" stay as they are)."""
    doc = span.doc
    start, end = span.start, span.end
    while start > 0 and _joins(doc[start - 1], doc[start]):
        start -= 1
    while end < len(doc) and _joins(doc[end - 1], doc[end]):
        end += 1
    for first in dict.fromkeys((start, span.start)):
        for last in range(end, span.end - 1, -1):
            if (first, last) == (span.start, span.end):
                break
            if doc[first].is_alpha and doc[last - 1].is_alpha and gazetteer.lookup(doc[first:last].text):
                return doc[first:last]
    return span


def _whole_name(span: Span, gazetteer: Gazetteer) -> Span:
    """"Deir" of "Deir ez-Zor", "Sharm" of "Sharm el-Sheikh": the model cuts a name of several words one of which is
    hyphenated, and tags a piece. The longest stretch of words around the span that holds a hyphenated word and that
    is a well-known place or a town by its own name, else the span (an alternate name of a hamlet is no reason to
    grow a span). Only where a hyphen joins two words near it: most names have none,
    and the look-ups cost."""
    doc = span.doc
    lo, hi = max(span.start - _NAME_REACH, 0), min(span.end + _NAME_REACH, len(doc))
    if not any(_joins(doc[i], doc[i + 1]) for i in range(lo, hi - 1)):
        return span
    best = span
    for first in range(lo, span.start + 1):
        for last in range(hi, max(span.end, first + len(best) + 1) - 1, -1):
            stretch = doc[first:last]
            if _joined_name(stretch) and _well_known(stretch, gazetteer):
                best = stretch
                break
    return best


_NAME_REACH = 3  # words a split name reaches past the model's piece: "Deir" + "ez - Zor"


def _joined_name(stretch: Span) -> bool:
    """Words of one name with a hyphenated word among them: letters at both ends, no punctuation but hyphens inside,
    no entity of another kind (a date, a number) in it."""
    first = stretch[0]
    capital = first.text[:1].isupper() or first.lower_ in _ARABIC_ARTICLES
    if not (first.is_alpha and stretch[-1].is_alpha and capital):
        return False  # a name starts with a capital or an Arabic article ("al-Qaim"): not "the Ain al-Asad air base"
    if not any(_joins(a, b) for a, b in zip(stretch, stretch[1:])):
        return False
    return all((t.is_alpha or t.text in _HYPHENS) and (_label(t) in _OVERRIDABLE or _label(t) in PLACE_LABELS)
               for t in stretch)


def _with_site_kind(span: Span, gazetteer: Gazetteer) -> Span:
    """"Abu Ghraib" tagged a place before "prison": the whole name of the site when our own list has it."""
    doc = span.doc
    for end in range(min(span.end + 3, len(doc)), span.end, -1):
        if doc[end - 1].lower_ in _SITE_KINDS and any(
                e.source == "khabar" for e in gazetteer.lookup(doc[span.start:end].text)):
            return doc[span.start:end]
    return span


def _joins(left, right) -> bool:
    """Two tokens of one hyphenated word: no space between, and a hyphen on one side and letters on the other."""
    if left.whitespace_:
        return False
    return (left.text in _HYPHENS and right.is_alpha) or (left.is_alpha and right.text in _HYPHENS)


@dataclass(frozen=True, slots=True)
class _Words:
    """The doc's words read once, as plain values (matching tries every capitalised word as a start, and
    a ``Token`` object per look costs more than the matching itself), and its entities."""

    text: list[str]
    with_space: list[str]  # each word followed by its whitespace (" " or ""), so that spans join fast
    lower: list[str]
    pos: list[int]  # part-of-speech symbol ids
    idx: list[int]  # each word's character offset
    ents: tuple[Span, ...]

    @classmethod
    def of(cls, doc: Doc, ents: tuple[Span, ...]) -> _Words:
        columns = doc.to_array([ORTH, LOWER, POS, SPACY, IDX])
        strings = doc.vocab.strings
        text = [strings[h] for h in columns[:, 0].tolist()]
        with_space = [w + " " if s else w for w, s in zip(text, columns[:, 3].tolist())]
        return cls(text, with_space, [strings[h] for h in columns[:, 1].tolist()], columns[:, 2].tolist(),
                   columns[:, 4].tolist(), ents)

    def text_before(self, start: int, width: int) -> str:
        """``doc.text[start_char - width:start_char]`` before the word ``start``, joined from the words read
        (``doc.text`` joins the whole text again at every call)."""
        i, floor = start, self.idx[start] - width
        while i > 0 and self.idx[i - 1] > floor:
            i -= 1
        text = "".join(self.with_space[max(i - 1, 0):start])  # and the word the window starts inside
        return text[-width:] if len(text) > width else text

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text``, joined from the words read (``Span.text`` makes a ``Token`` per word)."""
        return "".join(self.with_space[start:end - 1]) + self.text[end - 1]


def _gazetteer_spans(doc: Doc, gazetteer: Gazetteer, taken: set[int], words: _Words,
                     home: frozenset[str]) -> list[Span]:
    out: list[Span] = []
    after = 0  # a match takes its words: the next one starts after it
    # the words that may start a name (``_may_start``), asked once per distinct word: news repeats its words
    capitalised = {word for word in set(words.text) if _may_start(word)}
    starts = [i for i, (word, lower) in enumerate(zip(words.text, words.lower)) if word in capitalised
              or (lower in _ARABIC_ARTICLES and _arabic_article(words.lower, i))]
    for i in starts:
        if i < after:
            continue
        span = _match_at(doc, i, gazetteer, taken, words, home)
        if span is not None:
            out.append(span)
            taken.update(range(span.start, span.end))
            after = span.end
    return out


def _may_start(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


def _arabic_article(lower: list[str], i: int) -> bool:
    """"al-Tanf", "el-Fasher": the article is written in lower case and the name starts with it."""
    return lower[i] in _ARABIC_ARTICLES and i + 2 < len(lower) and lower[i + 1] in _HYPHENS


@functools.lru_cache(maxsize=1 << 16)  # asked of each word once per start before it: news repeats its words
def _may_end(word: str) -> bool:
    """A name ends on a capitalised word or a number, or on the kind of site our own list names ("Kalma camp"), or on
    a division word a province's name holds ("Chin state", where the tagger calls "Chin" a person)."""
    return _may_start(word) or word.lower() in _SITE_KINDS or word.lower() in _DIVISION_WORDS


def _match_at(doc: Doc, i: int, gazetteer: Gazetteer, taken: set[int], words: _Words,
              home: frozenset[str]) -> Span | None:
    cue = _cue_before(words.lower, i)
    stop = i
    limit = min(i + gazetteer.max_tokens, len(words.text))
    while stop < limit and stop not in taken:
        stop += 1
    for end in range(stop, i, -1):
        # the part of speech first: it is a list's item, and it settles about half the words
        if words.pos[end - 1] not in _NAME_POS:
            if end == i + 1 and _may_end(words.text[i]) and _mistagged_town(doc[i], gazetteer, words.ents, cue=cue):
                return doc[i:end]
            continue
        if not _may_end(words.text[end - 1]):
            continue
        text = words.span_text(i, end)
        strong, listed = gazetteer.is_strong(text), bool(gazetteer.lookup(text))
        if not (strong or listed):
            continue  # most words the gazetteer does not know: nothing below can take them
        span = doc[i:end]
        if (strong or (cue == "kind" and listed)) and _may_override(span, gazetteer, words.ents, cued=cue is not None):
            return span
        if _struck_town(span, gazetteer, words.ents, cue=cue):
            return span
        if cue is None and _owns_a_site(span, gazetteer, words.ents, strong=strong):
            return span
        if cue is None and _governed(span, gazetteer, words.ents):
            return span
        if home and _home_town(span, gazetteer, words.ents, home=home, cue=cue):
            return span
    return None


_HOME_TOWN_POPULATION = 5_000  # a hamlet's name is too often a word or a person's name, even at home
_DIVISION_FEATURES = frozenset({"ADM1", "ADM2"})


def _home_town(span: Span, gazetteer: Gazetteer, ents: tuple[Span, ...], *, home: frozenset[str],
               cue: str | None) -> bool:
    """"BAMAKO, Mali — Kidal remained calm", "ZAMBOANGA, Philippines — clashes on Sulu": a name the gazetteer knows
    as a place in the country the article is about. After a locative or kind cue, or struck or taken: a town of that
    name there, a province by its short name ("Sulu" of "Province of Sulu"), or a big town by a name it is known by
    ("Palmyra"); as the subject of its clause, a town by its own name. Not a name the tagger gives a person or group of
    several words, nor a common person's name."""
    if span.text.isupper() or not span[0].text[:1].isupper() or not _named_alone(span, ents) or shadowed(span, ents):
        return False
    if gazetteer.demonym(span.text) or gazetteer.country_named(span.text):
        return False
    entries = [e for e in gazetteer.lookup(span.text) if e.country in home]
    if cue is not None or _object_of_force(span):  # "Gangs attacked Mirebalais"
        return any(_home_division(e, span.text) or _is_town(e, span.text, floor=_HOME_TOWN_POPULATION)
                   or _known_as(e) for e in entries)
    return _opens_its_clause(span) and any(_is_town(e, span.text) for e in entries)


def _known_as(entry: Entry) -> bool:
    """A town big enough to be known abroad by another name than its own ("Palmyra" for Tadmur)."""
    return entry.feature.startswith("PPL") and entry.population >= _TOWN_POPULATION


def _home_division(entry: Entry, text: str) -> bool:
    """A province or district by the text's name: "Sulu" of "Province of Sulu"."""
    return entry.feature in _DIVISION_FEATURES and spelling_key(short_name(entry.name)) == spelling_key(text)


def _named_alone(span: Span, ents: tuple[Span, ...]) -> bool:
    """The span has no entity label, or one of a kind a town is often mistaken for, on an entity of the span alone."""
    labels = {_label(t) for t in span}
    if labels <= {""}:
        return True
    if not labels <= _OVERRIDABLE:
        return False
    return any(e.end == span.end and e.start + (e[0].lower_ == "the") == span.start for e in ents)  # "the Sulu"


def _opens_its_clause(span: Span) -> bool:
    """The name is its clause's subject ("Kidal remained calm"), read through the dateline that took its role."""
    role = role_word(span.root)
    return role.dep_ in ("nsubj", "nsubjpass") and role.i <= span.start


def _owns_a_site(span: Span, gazetteer: Gazetteer, ents: tuple[Span, ...], *, strong: bool) -> bool:
    """"Kharkiv's railway station", "Odesa's port": a name whose possessive owns a site is a town, as after "in" (the
    tagger calls such names persons or organisations), unless a person's name may be meant ("Warren's church")."""
    doc, last = span.doc, span[-1]
    if span.end >= len(doc) or doc[span.end].lower_ not in ("'s", "’s") or last.dep_ != "poss":
        return False
    if last.head.lemma_.lower() not in _PLACE_NOUNS and last.head.lower_ not in _PLACE_NOUNS:
        return False
    if shadowed(span, ents):
        return False
    return (strong and _may_override(span, gazetteer, ents, cued=True)) or _struck_town(
        span, gazetteer, ents, cue="locative")


def _governed(span: Span, gazetteer: Gazetteer, ents: tuple[Span, ...]) -> bool:
    """A name the words next to it do not cue, but the tree does: "in Russian-controlled Melitopol", "in Burkina Faso's
    Kaya", "in Tehran and Isfahan" (the preposition governs the name across its modifiers or the first conjunct),
    "Sumy and Chernihiv regions" (the division word heads both names)."""
    cue = _governing_cue(span)
    if cue is None:
        return False
    known = cue == "kind" or gazetteer.is_strong(span.text)
    if known and _may_override(span, gazetteer, ents, cued=True):
        return True
    # a town only where the tagger took it for a name of another kind; a name it left unlabelled so far from
    # its cue is as often a building's or an event's ("the annual Parkland ...")
    return bool(_label(span[0])) and _struck_town(span, gazetteer, ents, cue=cue)


def _governing_cue(span: Span) -> str | None:
    role = span.root
    while role.dep_ == "conj" and role.head is not role:
        role = role.head
    if role.dep_ in ("pobj", "dobj") and role.head.lower_ in _LOCATIVE_CUES:
        return "locative"
    if role.dep_ in ("nmod", "compound") and role.head.lower_ in _DIVISIONS_HEADING:
        return "kind"
    if role.dep_ in ("nmod", "compound") and role.head.lower_ in _AREAS_HEADING:
        return "locative"  # "in the Hama countryside": the land around a town, as "the outskirts of Hama"
    if role.dep_ == "pobj" and role.head.lower_ == "between" and role.head.head.lemma_.lower() in _LINKS:
        return "kind"  # "a road between Bint Jbeil and Aitaroun": what a road or a border runs between are places
    return None


def _struck_town(span: Span, gazetteer: Gazetteer, ents: tuple[Span, ...], *, cue: str | None) -> bool:
    """"Russian troops pounded Kherson", "fled Kherson", "in Kherson": a town by its own name (not only an alternate
    name: "Hamas" is one of Hamm's) after a locative word, or struck, taken or fled, whatever the tagger calls it;
    unless a person's name shadows it where a verb's object may be a person ("Sanders attacked Warren")."""
    if span.text.isupper() or (cue != "locative" and not _object_of_force(span)):
        return False  # "according to UN agencies": an acronym is an organisation (India has a town Un)
    if not any(_is_town(entry, span.text) for entry in gazetteer.lookup(span.text)):
        return False
    return (cue == "locative" or not shadowed(span, ents)) and _may_override(span, gazetteer, ents, cued=True)


def _mistagged_town(token, gazetteer: Gazetteer, ents: tuple[Span, ...], *, cue: str | None) -> bool:
    """"Troops shelled Bakhmut overnight": the tagger reads a town it does not know as an adverb or a verb; right
    after a verb of force or a locative word, a capitalised word inside a sentence is a name, a town when the
    gazetteer knows one by it (unless a person's name shadows it after the verb). The tagger often names such a word
    an organisation or a product too ("shelled Bakhmut" as ORG): a label on the word alone is no objection."""
    if not token.text.istitle() or not _alone_or_unlabelled(token, ents):
        return False
    struck = _struck_in_a_passive(token)
    if token.is_sent_start and not struck:  # a sentence's first word is capitalised whatever it is
        return False
    before = token.nbor(-1) if token.i > 0 else token
    # "KYIV - Bakhmut came under heavy shelling": a town before a verb it undergoes, read as an adverb of that verb
    forced = (struck or before.lemma_.lower() in _FORCE_VERBS or before.lower_ in _FORCE_VERBS
              or (token.dep_ in _UNDERGOING_DEPS and token.i < token.head.i and undergoes(token.head))
              or (role_word(token).i != token.i and _object_of_force(token.doc[token.i:token.i + 1])))
    if cue != "locative" and not forced:
        return False
    if not any(_is_town(entry, token.text) for entry in gazetteer.lookup(token.text)):
        return False
    return cue == "locative" or not shadowed(token.doc[token.i:token.i + 1], ents)


def _struck_in_a_passive(token) -> bool:
    """"Bakhmut was shelled overnight": a word the tagger reads as no noun (an adverb, mostly), the subject of a passive
    verb of force or hung on it as an adverb before it, is what the verb struck: a name, whether a dateline or nothing
    stands before it (a common noun is not: "Police were attacked", though Poland has a town Police)."""
    verb = token.head
    if token.dep_ not in _STRUCK_DEPS or token.i > verb.i or token.pos_ in _NOUN_POS:
        return False
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return passive and (verb.lemma_.lower() in _FORCE_VERBS or verb.lower_ in _FORCE_VERBS)


def _alone_or_unlabelled(token, ents: tuple[Span, ...]) -> bool:
    """The word has no entity label, or one of a kind a town is often mistaken for on an entity of that word alone
    ("Bakhmut" ORG; not "Acme" of "Acme Mining")."""
    label = _label(token)
    if not label:
        return True
    return label in _OVERRIDABLE and any(e.start == token.i and e.end == token.i + 1 for e in ents)


def _is_town(entry: Entry, text: str, *, floor: int = _TOWN_POPULATION) -> bool:
    """A town by the text's name: its own, spelt with other vowels or without the Arabic article GeoNames keeps ("Ar
    Raqqah" read as "Raqqa", "Al Fallujah" as "Fallujah"), of ``floor`` people or more."""
    if entry.population < floor or not entry.feature.startswith("PPL"):
        return False
    key = spelling_key(text)
    return spelling_key(entry.name) == key or spelling_key(_ARTICLE_WORD.sub("", entry.name)) == key


_ARTICLE_WORD = re.compile(r"^(?:al|el|ad|ar|as|ash|az|an|at)[\s\-]+(?=\S)", re.IGNORECASE)


def _object_of_force(span: Span) -> bool:
    """The name is what a verb of force struck or took, or what people fled ("attacked Zaporizhzhia and Kharkiv"), or
    the subject of a verb it undergoes ("Kidal came under attack")."""
    role = span.root
    while role.dep_ == "conj" and role.head is not role:
        role = role.head
    role = role_word(role)  # "KHARTOUM — El Fasher fell": the dateline took the town's role
    verb = role.head
    if role.dep_ == "nsubj" and undergoes(verb):
        return True
    # "Russian forces shelled Kupiansk": a town the parser reads as the verb's adverb right after it is its object
    struck = role.dep_ in ("dobj", "nsubjpass") or (role.dep_ in _ADVERB_DEPS and role.i == verb.i + 1)
    return struck and (verb.lemma_.lower() in _FORCE_VERBS or verb.lower_ in _FORCE_VERBS)


_ADVERB_DEPS = frozenset({"advmod", "npadvmod"})
_STRUCK_DEPS = _ADVERB_DEPS | {"nsubjpass"}
_NOUN_POS = frozenset({"NOUN", "PRON", "DET", "NUM"})


def _cue_before(lower: list[str], i: int) -> str | None:
    """"kind" after "<city|town|province...> of" or before "region", "province"...; "locative" after "in",
    "near"...; else None."""
    if i >= 2 and lower[i - 1] == "of" and lower[i - 2] in _KIND_NOUNS:
        return "kind"
    if i >= 1 and lower[i - 1] in _LOCATIVE_CUES:
        return "locative"
    if i >= 2 and lower[i - 1] == "of" and (lower[i - 2] in _AREA_NOUNS or lower[i - 2] in _RESIDENTS
                                            or lower[i - 2] == "out"):
        # "government-held areas of Aleppo", "the outskirts of Kharkiv", "out of Kherson", "residents of Goma"
        return "locative"
    if any(k < len(lower) and lower[k] in _DIVISIONS_AFTER for k in (i + 1, i + 2)):
        return "kind"  # "the Kherson region", "Donetsk oblast": the division word says what the name is
    return None


def _may_override(span: Span, gazetteer: Gazetteer, ents: tuple[Span, ...], *, cued: bool = False) -> bool:
    """Outside entities any strong name counts; inside PERSON/ORG/NORP only our own sites, countries and
    provinces, or any place after a cue ("in Kharkiv", "the city of Kramatorsk"), and only when the match
    covers the whole entity ("the Taji military camp" over "Taji", never "Jordan" in "Michael Jordan")."""
    labels = {_label(t) for t in span}
    if _listed(span, gazetteer, ents):
        return True
    if labels <= {""}:
        return span[0].pos_ == "PROPN" or span[0].text[:1].isdigit()
    if not labels <= _OVERRIDABLE:
        return False
    ents = [e for e in ents if e.start < span.end and span.start < e.end]
    # "the Kerem Shalom crossing" tagged with its article: the match still covers the whole name
    # "Macomia in" tagged a work of art: a preposition or an article the tagger ran the entity on to is no part of it
    whole = all(span.start <= e.start + (e[0].lower_ == "the") and e.end - _loose_end(e) <= span.end for e in ents)
    special = cued or any(e.source == "khabar" or e.is_country or e.is_admin1 for e in gazetteer.lookup(span.text))
    return special and (whole or any(e.label_ == "NORP" for e in ents))


def _loose_end(ent: Span) -> int:
    """How many words at the end of ``ent`` are lower-case prepositions or articles ("in" of "Macomia in")."""
    n = 0
    while n < len(ent) - 1 and ent[-1 - n].pos_ in ("ADP", "DET") and ent[-1 - n].text.islower():
        n += 1
    return n


def _label(token) -> str:
    """The token's entity label, but none for a DATE or TIME label on a capitalised word that names no time."""
    label = token.ent_type_
    if label in _TIME_LABELS and token.text.istitle() and token.lower_ not in _TIME_NAMES:
        return ""
    return label


def _listed(span: Span, gazetteer: Gazetteer, ents: tuple[Span, ...]) -> bool:
    """The span is one of the places of an entity that lists them ("Kharkiv, Kherson and Odesa" tagged ORG)."""
    holders = [e for e in ents if e.start <= span.start and span.end <= e.end and len(e) > len(span)]
    return any((p.start, p.end) == (span.start, span.end) for e in holders for p in _listed_places(e, gazetteer))


def _with_head(span: Span) -> Span:
    """Extend "K-1" to "K-1 military base", "Anbar" to "Anbar province": the head says what kind of place."""
    end = span.end
    doc = span.doc
    while end < len(doc) and end - span.end < 2 and (doc[end].lower_ in _HEAD_WORDS or _named_division(span, doc[end])):
        end += 1
    if end == span.end or split_head(doc[span.start:end].text)[1] is None:
        return span
    return doc[span.start:end]


def _named_division(span: Span, word) -> bool:
    """"Plateau state", "Tigray region": a division word the name is the compound of. Only then, since "state" and
    "region" after a name often head something else ("Kano state government", "Texas state troopers")."""
    return word.lower_ in _DIVISION_WORDS and span[-1].dep_ == "compound" and span[-1].head.i == word.i


def _is_actor(span: Span, *, country: bool = False) -> bool:
    """"The U.S. said", "Moscow insists", "Iran's minister", "U.S. forces", "accused Kyiv", "Iran-aligned", "a U.S.
    base" (``country``: the span is a country's name): a place standing for its government or people."""
    root = span.root
    if country and _owns(root):
        return True
    role = root
    while role.dep_ == "conj" and role.head is not role:  # "the Kremlin and Kyiv traded accusations"
        role = role.head
    role = role_word(role)  # "MOSCOW — Kyiv rejected the plan": the dateline took the name's role
    if role.dep_ == "nsubj" and undergoes(role.head):  # "Mosul fell to Islamic State fighters": the ground taken
        return False
    if role.dep_ in _ACTOR_DEPS or _in_compound_adjective(span):
        return True
    if role.dep_ in ("dobj", "nsubjpass"):  # "Washington warned Tehran", "Iran was accused of ..."
        return role.head.lemma_.lower() in _PARTY_VERBS
    if role.dep_ == "pobj" and _names_a_backer(role.head):
        return True
    head = root.head
    if root.dep_ in _MODIFIER_DEPS and head.pos_ in ("NOUN", "PROPN") and head.i >= span.end:
        return head.lower_ not in _PLACE_NOUNS and head.ent_type_ not in PLACE_LABELS
    return False


def _names_a_backer(prep) -> bool:
    """"militias backed by Iran", "groups linked to Iran", "forces loyal to Damascus": the preposition's object
    is the party behind someone, not where anything happened."""
    if prep.dep_ == "agent":
        return True
    return prep.lower_ in ("to", "with") and prep.head.lemma_.lower() in _AFFILIATION_WORDS


def _owns(root) -> bool:
    """"a U.S. base", "a U.S. military base", "the U.S. air base": the name modifies a thing it owns."""
    if root.dep_ not in _MODIFIER_DEPS:
        return False
    head = root.head
    while head.dep_ in ("compound", "amod") and head.head.i > head.i and head.lower_ not in _OWNED_NOUNS:
        head = head.head  # "U.S." -> "air" -> "base"
    return head.lower_ in _OWNED_NOUNS


def _in_compound_adjective(span: Span) -> bool:
    """"an Iran-aligned militia", "U.S.-led forces": the name qualifies a party."""
    doc, end = span.doc, span.end
    return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].pos_ in ("ADJ", "VERB")
