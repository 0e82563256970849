"""Place mentions of a spaCy ``Doc``: recognised, resolved together, and turned into ``Place`` records."""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from ..model import Place
from .gazetteer import Entry, Gazetteer
from .journeys import end_of_a_journey
from .pursuits import pursued_in
from .recognise import Recognised, dateline_chars, recognise
from .reporters import seat_of_a_source
from .resolve import Toponym, focus_of, resolve
from .sources import country_neighbours

_NATIONALITY_LABELS = frozenset({"NORP"})
# A force striking from afar: "Russian forces shelled Pokrovsk", "Turkish drones hit Qamishli", "Israeli strikes
# on Nabatieh". Such strikes mostly land on the other side's ground, so the striker's nationality says the text is
# about a neighbour rather than about its own country. Not any act of a force: "Lebanese troops deployed in
# Tripoli", "Pakistani forces killed militants in Hyderabad" act at home as often as not.
_FORCE_NOUNS = frozenset({
    "force", "forces", "troops", "soldiers", "army", "military", "navy", "jets", "jet", "warplanes", "warplane",
    "aircraft", "planes", "drones", "drone", "artillery", "missiles", "missile", "rockets", "units", "marines",
    "gunboats", "warships", "tanks", "militia", "militias", "fighters", "bombers", "helicopters", "gunships",
    "coalition", "separatists"})
_STRIKE_NOUNS = frozenset({"shelling", "strikes", "strike", "airstrikes", "airstrike", "bombardment", "bombing",
                           "bombings", "barrage", "shells", "offensive", "invasion"})
_FORCE_OR_STRIKE_NOUNS = _FORCE_NOUNS | _STRIKE_NOUNS  # made once: ``_names_a_force`` asks of every nationality word
_STRIKE_VERBS = frozenset({"shell", "strike", "bomb", "bombard", "hit", "pound", "target", "fire", "launch",
                           "attack", "invade", "blast", "rocket", "pummel", "hammer"})
# Taking ground is done on the other side's ground as striking is ("Russian forces captured Pokrovsk"); taking it
# back ("recaptured", "retook", "liberated") is done at home, so those verbs are not here.
_CAPTURE_VERBS = frozenset({"capture", "seize", "overrun", "storm"})
# Only with ground for object: "took control of", "seized the town", "captured Pokrovsk"; not "seized power", "captured
# 20 fighters", "took part" (a coup or an arrest is made at home)
_TAKEN_GROUND = frozenset({"control", "town", "city", "village", "settlement", "base", "airport", "airfield",
                           "bridgehead", "position", "territory", "crossing", "hill", "headquarters", "outpost",
                           "district", "township", "area", "stronghold", "garrison", "port"})
_SPEAKERS_FORCES = frozenset({"its", "their"})  # "Russia said its forces had captured ...": the speaker's forces
_QUALIFIER, _STRIKER, _TAKER = "qualifier", "striker", "taker"  # roles of a place name read apart (``_resolve_apart``)


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A resolved place name: token span, its text and ``Place``. ``actor``: the name stands for a
    government or people ("the U.S. said"); ``dateline``: the name is the article's dateline."""

    start: int
    end: int
    text: str
    place: Place
    actor: bool = False
    dateline: bool = False
    qualifier: bool = False  # "the London-based Observatory", "U.S.-led forces": it places nothing
    nationality: bool = False  # "a Syrian town": a place noun its nationality word places in that country only


def place_of(entry: Entry, *, text: str, span: tuple[int, int] | None = None) -> Place:
    """The ``Place`` record of a gazetteer entry, with the precision its kind implies."""
    return Place(text=text, name=entry.name, geonameid=entry.geonameid, lat=entry.lat, lon=entry.lon,
                 admin1=entry.admin1, country=entry.country, precision=precision_of(entry),
                 feature=entry.feature, span=span)


def precision_of(entry: Entry) -> int:
    if entry.is_country or entry.is_admin1:
        return 3
    return 2 if entry.feature == "RGN" else 1


def find_places(doc: Doc, gazetteer: Gazetteer, *,
                text: str | None = None) -> tuple[list[PlaceMention], tuple[str, ...]]:
    """Every resolved place mention of the doc, and its country focus (ISO3, most frequent first). ``text``:
    ``doc.text`` when the caller has it already (joining the words again costs more than most of the rest)."""
    text = doc.text if text is None else text
    opening = text[:_opening_end(doc)]  # a dateline opens the text: no need to read further
    dateline = dateline_chars(opening)
    ents = doc.ents  # read once: each reading makes every entity's span again
    demonyms, doers, takers = _demonym_countries(ents, gazetteer)
    home = _home_countries(opening, dateline, gazetteer, demonyms=demonyms)
    found = _with_dateline(doc, recognise(doc, gazetteer, ents=ents, home=home), dateline, opening)
    toponyms = [_toponym(doc, r, text) for r in found]
    roles = [_QUALIFIER if r.qualifier else _striker_role(doc[r.start:r.end]) if r.actor else None for r in found]
    entries = _resolve_apart(text, toponyms, roles, gazetteer=gazetteer, focus=demonyms, doers=doers, takers=takers)
    mentions = [_mention(r, t, e, dateline) for r, t, e in zip(found, toponyms, entries) if e is not None]
    # a striking state is a doer, not the text's country; a party's seat ("Iran-backed") still says what the text
    # is about (leaving it out lost events whose parties' countries the focus decides)
    # nor does the seat of a source ("reports from Indonesia said"), which sets no dateline aside either
    # nor the end of a journey ("the president fled to the Maldives"): the story happens where it started
    # nor where someone is wanted or was sentenced ("a suspect wanted in the United States")
    seats = [seat_of_a_source(doc[r.end - 1]) or end_of_a_journey(doc[r.start:r.end].root)
             or pursued_in(doc[r.start:r.end].root) for r in found]
    counted = [None if role in (_STRIKER, _TAKER) or seat else e for role, seat, e in zip(roles, seats, entries)]
    aside = {r.start for r, seat in zip(found, seats) if seat}
    if not _dateline_counts([m for m in mentions if m.start not in aside]):
        counted = [None if dateline is not None and t.start == dateline[0] else e for t, e in zip(toponyms, counted)]
    return mentions, focus_of(counted, demonyms)


def _home_countries(opening: str, dateline: tuple[int, int] | None, gazetteer: Gazetteer, *,
                    demonyms: Sequence[str]) -> frozenset[str]:
    """The country the article is about, whose towns a weaker cue makes places of: its dateline's ("BAMAKO, Mali —":
    Mali; "LA PAZ —": the country of the best-known La Paz), else the one its nationality words name most ("Syrian
    troops withdrew"; not those of a force striking from abroad, which ``demonyms`` leaves out), else none."""
    filed = _filed_from(opening, dateline, gazetteer) if dateline is not None else None
    if filed is not None:
        return frozenset({filed})
    return frozenset(Counter(demonyms).most_common(1)[0][:1]) if demonyms else frozenset()


def _filed_from(opening: str, dateline: tuple[int, int], gazetteer: Gazetteer) -> str | None:
    """The dateline's country: the one named after its city, else that of the best-known place of the city's name."""
    city, _, country = opening[dateline[0]:dateline[1]].partition(",")
    named = gazetteer.country_named(country.strip()) if country else None
    if named is not None:
        return named.country
    entries = gazetteer.lookup(city.strip())
    return entries[0].country if entries and entries[0].country else None


def _striker_role(span: Span) -> str | None:
    """The role of a place name standing for a country: a striker ("Russia shelled Pokrovsk"), a taker of ground
    ("Russia said its forces had captured Pokrovsk"), or none."""
    if not _strikes_as_party(span):
        return None
    return _TAKER if _strikes_as_party(span, taking=True) else _STRIKER


def _resolve_apart(text: str, toponyms: list[Toponym], roles: list[str | None], *, gazetteer: Gazetteer,
                   focus: Sequence[str], doers: Sequence[str], takers: Sequence[str]) -> list[Entry | None]:
    """Names of parties, not of places of the text, are read apart, as named from afar (alone, where big cities
    win), and lend the other names no context: a name qualifying a party ("the London-based Observatory",
    "Iran-backed militias") says where the party sits; a country striking ("Russia shelled Pokrovsk") is a doer,
    read as the nationality of a force striking is (``resolve``'s ``doers``)."""
    side_at = [i for i, role in enumerate(roles) if role]
    side = resolve(text, [toponyms[i] for i in side_at], gazetteer=gazetteer, given=False) if side_at else []
    strikers = [e.country for i, e in zip(side_at, side) if e is not None and e.country and roles[i] != _QUALIFIER]
    takers = [*takers, *(e.country for i, e in zip(side_at, side) if e is not None and roles[i] == _TAKER)]
    placed = [t for t, role in zip(toponyms, roles) if not role]
    main = resolve(text, placed, gazetteer=gazetteer, focus=focus, doers=[*doers, *strikers], given=False)
    main = iter(_near_the_takers(text, placed, main, gazetteer=gazetteer, focus=focus, takers=takers))
    apart = iter(side)
    return [next(apart) if role else next(main) for role in roles]


def _near_the_takers(text: str, toponyms: list[Toponym], entries: list[Entry | None], *, gazetteer: Gazetteer,
                     focus: Sequence[str], takers: Sequence[str]) -> list[Entry | None]:
    """A force takes ground at home or across its border, not far off: a name read as a place far from every
    country whose forces take ground in the text ("Sudanese troops seized Bara" read as Nigeria's Bara) is read again
    with those countries as the text's own (a country's forces fight its own civil war)."""
    near = {*takers, *(n for c in takers for n in country_neighbours().get(c, ()))}
    if not takers or all(e is None or e.country in near for e in entries):
        return entries
    again = resolve(text, toponyms, gazetteer=gazetteer, focus=[*focus, *takers], given=False)
    return [e if e is None or e.country in near else other for e, other in zip(entries, again)]


def _opening_end(doc: Doc) -> int:
    """The character end of the doc's first 60 words (``doc[:60].text`` is the text up to it)."""
    if not len(doc):
        return 0
    last = doc[min(len(doc), 60) - 1]
    return last.idx + len(last)


def _toponym(doc: Doc, found: Recognised, text: str) -> Toponym:
    start, last = doc[found.start].idx, doc[found.end - 1]
    end = last.idx + len(last)
    return Toponym(start, end, text[start:end] + _division_word_after(doc, found.end))


# "the central Sagaing region", "in Balochistan province": a division word after the name, in lower case, which
# the tagger leaves out of the name, yet it asks for the province rather than the town of that name
_DIVISION_WORDS = frozenset({"region", "province", "state", "governorate", "oblast"})


def _division_word_after(doc: Doc, end: int) -> str:
    """" region" when the name is followed by such a word, else "" (resolving reads it as ``split_head`` does)."""
    return " " + doc[end].text if end < len(doc) and doc[end].text in _DIVISION_WORDS else ""


def _dateline_counts(mentions: list[PlaceMention]) -> bool:
    """A dateline says where the reporter was: it tells the article's focus only when the places of the
    text (not names standing for governments) lie in its country, or when the text names no place. A
    report datelined LONDON about a strike in Kramatorsk is about Ukraine."""
    dateline = next((m for m in mentions if m.dateline), None)
    if dateline is None:
        return True
    places = {m.place.country for m in mentions if not m.dateline and not m.actor and m.place.country}
    return not places or dateline.place.country in places


def _mention(found: Recognised, toponym: Toponym, entry: Entry, dateline: tuple[int, int] | None) -> PlaceMention:
    is_dateline = dateline is not None and toponym.start == dateline[0]
    place = place_of(entry, text=toponym.text, span=(toponym.start, toponym.end))
    return PlaceMention(found.start, found.end, toponym.text, place, actor=found.actor and not is_dateline,
                        dateline=is_dateline, qualifier=found.qualifier)


def _with_dateline(doc: Doc, found: list[Recognised], chars: tuple[int, int] | None,
                   opening: str) -> list[Recognised]:
    """Add the dateline place (``chars``, found in the ``opening`` text) when NER missed it ("KIRKUK —" in
    capitals often goes untagged)."""
    if chars is None or any(doc[r.start].idx == chars[0] for r in found):
        return found
    for end in dict.fromkeys((chars[1], _city_end(opening, chars))):  # "MOSUL, Iraq": the city alone when
        span = doc.char_span(chars[0], end, alignment_mode="expand")  # NER already took "Iraq"
        if span is not None and not any(r.start < span.end and span.start < r.end for r in found):
            return [Recognised(span.start, span.end, False), *found]
    return found


def _city_end(opening: str, chars: tuple[int, int]) -> int:
    comma = opening.find(",", chars[0], chars[1])
    return comma if comma > 0 else chars[1]


def _demonym_countries(ents: Sequence[Span], gazetteer: Gazetteer) -> tuple[list[str], list[str], list[str]]:
    """The countries of the nationality words, as (demonyms, doers, takers). Nationality words ("Iraqi officials")
    are not places, but they say which country a text is about; those of an armed force or its act ("Russian
    forces", the doers) say rather that it is about a neighbour; the takers are the doers' of a force taking ground
    ("Russian troops captured ..."). The three are read in one pass: each question about an entity finds its root
    again."""
    demonyms: list[str] = []
    doers: list[str] = []
    takers: list[str] = []
    for ent in ents:
        if ent.label_ not in _NATIONALITY_LABELS or _owns_a_post(ent) or _names_a_holder(ent):
            continue
        code = gazetteer.demonym(ent.text)
        if not code:
            continue
        if not _names_a_force(ent):
            demonyms.append(code)
            continue
        doers.append(code)
        if _names_a_force(ent, taking=True):
            takers.append(code)
    return demonyms, doers, takers


# A state's posts in other states: its nationality word there says where the text is not.
_POSTS = frozenset({"embassy", "embassies", "consulate", "consulates"})


def _owns_a_post(ent: Span) -> bool:
    """"the Iranian consulate in Najaf", "the U.S. embassy": a state's post abroad."""
    root = ent.root
    return root.dep_ in ("amod", "compound", "nmod") and root.head.lower_ in _POSTS


# "Russian-occupied Donetsk", "the Israeli-annexed Golan": the occupier holds ground across its border, as a force
# striking does; "rebel-held", "Russian-controlled", "Kyiv-held" say who holds a place, on either side of a border.
_OCCUPYING = frozenset({"occupy", "occupied", "annex", "annexed"})
_HOLDING = frozenset({"hold", "held", "control", "controlled", "administer", "administered", "run"})
_PARTICIPLES = _OCCUPYING | _HOLDING


def _names_a_holder(ent: Span) -> bool:
    """"the Russian-held city of Melitopol", "Turkish-controlled Afrin": the nationality of whoever holds a place,
    which says nothing of the country the place lies in."""
    return _joined_participle(ent) and _participle(ent) in _HOLDING


def _participle(ent: Span) -> str:
    head = ent.root.head
    return head.lemma_.lower() if head.lemma_.lower() in _PARTICIPLES else head.lower_


def _names_a_force(ent: Span, *, taking: bool = False) -> bool:
    """"Russian forces shelled", "Israeli jets struck", "a Turkish drone strike", "Iranian-backed militias fired":
    the nationality of a force striking (or of the power behind it)."""
    root = ent.root
    if _joined_participle(ent):
        if _participle(ent) in _OCCUPYING:
            return True
        root = root.head  # "Saudi-led coalition": the participle stands where the nationality would
    if root.dep_ not in ("amod", "compound", "nmod", "poss"):
        return False
    head = root.head
    while head.lower_ not in _FORCE_OR_STRIKE_NOUNS:
        if head.dep_ != "compound" or head.head.i <= head.i:  # "Turkish drone strike": "drone" -> "strike"
            return False
        head = head.head
    if taking:
        return _strikes(head, taking=True)
    return head.lower_ in _STRIKE_NOUNS or _strikes(head)


def _strikes_as_party(span: Span, *, taking: bool = False) -> bool:
    """"Russia shelled Pokrovsk", "Israel's jets struck Rafah": a place name standing for a country that strikes;
    "Russia said its forces had captured Pokrovsk": the country speaking of its own forces striking."""
    root = span.root
    own = root.dep_ == "poss" and root.head.lower_ in _FORCE_NOUNS and _strikes(root.head, taking=taking)
    speaker = root.head if root.dep_ in ("poss", "compound") else root  # "Russia's defence ministry said"
    said = speaker.dep_ == "nsubj" and any(_own_force_strikes(c, taking=taking) for c in speaker.head.children
                                           if c.dep_ == "ccomp")
    return _strikes(root, taking=taking) or own or said


def _own_force_strikes(clause, *, taking: bool = False) -> bool:
    """The said clause's subject is "its forces" (or "their troops") and strikes."""
    return any(c.dep_ == "nsubj" and c.lower_ in _FORCE_NOUNS and _strikes(c, taking=taking)
               and any(p.dep_ == "poss" and p.lower_ in _SPEAKERS_FORCES for p in c.children)
               for c in clause.children)


def _strikes(force, *, taking: bool = False) -> bool:
    """The force is the one doing a striking verb: "forces shelled", "shells fired by Russian artillery";
    ``taking``: a verb taking ground ("forces captured")."""
    if force.dep_ == "pobj" and force.head.dep_ == "agent":
        force = force.head
    if force.dep_ not in ("nsubj", "agent"):
        return False
    return _takes_ground(force.head) or (not taking and force.head.lemma_.lower() in _STRIKE_VERBS)


def _takes_ground(verb) -> bool:
    lemma = verb.lemma_.lower()
    return (lemma in _CAPTURE_VERBS or lemma == "take") and any(
        c.dep_ in ("dobj", "nsubjpass") and _ground(c) for c in verb.children)


def _ground(noun) -> bool:
    """A place taken: a noun of ground ("the town", "control") or a name no group's or people's, nor a person's of
    several words (the tagger calls many a town it does not know a person: "Pokrovsk was captured")."""
    if noun.lemma_.lower() in _TAKEN_GROUND or noun.ent_type_ in ("GPE", "LOC"):
        return True
    if noun.pos_ != "PROPN" or noun.ent_type_ in ("ORG", "NORP"):
        return False
    return noun.ent_type_ != "PERSON" or _single_word_name(noun)


def _single_word_name(word) -> bool:
    doc = word.doc
    return word.ent_iob_ == "B" and (word.i + 1 >= len(doc) or doc[word.i + 1].ent_iob_ != "I")


def _joined_participle(ent: Span) -> bool:
    """"Saudi-led", "Iranian-backed": the nationality is hyphen-joined to the participle it modifies."""
    doc, head = ent.doc, ent.root.head
    return ent.end + 1 < len(doc) and doc[ent.end].text == "-" and head.i == ent.end + 1 and head.pos_ in ("VERB", "ADJ")
