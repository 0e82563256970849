"""The article's own country: its geographic focus without the places that are only background (a
dateline, a neighbour across a border, the venue of a meeting), else the country its names and nationality
words state most.
"""
from __future__ import annotations

from collections.abc import Iterator

import numpy
from spacy.attrs import LEMMA
from spacy.tokens import Doc, Token

from ...actors import ActorKB
from ...geo import PlaceMention
from ...geo.location import is_origin
from ..dates.index import plain_extension
from ..datelines import dateline_country
from ..sentences import bounds_at
from ..syntax import entity_around, one_among_them
from ..text import span_text
from .acts import _category_at
from .place_countries import (_BORDER_MODIFIERS, _BORDER_NOUNS, _across_border, _event_places,
                              _not_where_anyone_is, _speakers_seat, in_told_words, reacting_state)
from .people_of_place import _FROM_ELSEWHERE
from .presence_abroad import away_host


def _article_country(doc: Doc, kb: ActorKB, given: str | None) -> str | None:
    """The geographic focus without a country that is only background (a dateline, a meeting's venue)
    while the subject of some clause names another one ("WASHINGTON (Reuters) - Iran said ..."; but "NEW
    DELHI - The Foreign Ministry summoned the Pakistani envoy" is India's). When nothing else is left, the
    country the words state most, else the focus itself."""
    focus = tuple(doc._.geo_focus or ()) if Doc.has_extension("geo_focus") else ()
    focus = focus or ((given,) if given else ())
    background = _background_tokens(doc)
    desk = background | _dateline_country_tokens(doc)  # where the reporter sits: "NAIROBI, Kenya -"
    if focus and (not desk or not _only_background(doc, focus[0], desk)):
        return focus[0]  # the first country is placed by more than background: no need to read every name
    stated, subjects = _stated_countries(doc, kb, skip=background)
    def beyond(c: str) -> bool:  # asked only of the countries the cheaper tests leave
        return (_only_across_border(doc, c) or _named_only_at_border(doc, c, kb, background)
                or _only_where_no_one_is(doc, c) or _only_members_origin(doc, c) or _only_told_of(doc, c))
    # a place only met in ("the two leaders met in Geneva") is no country of the parties; a dateline still is
    # nor is a neighbour only named across a border ("troops were deployed along the border with Venezuela"
    # are the other side's): by the very words, it is not where the story happened
    kept = [c for c in focus if c in stated or not _only_background(doc, c, background)
            or not (any(s != c for s in subjects) or _only_venue(doc, c) or beyond(c))]
    if kept:
        # "NAIROBI, Kenya - Gunmen attacked a bus in Mogadishu": the reporter's desk is no place of the story when
        # the lead places the story elsewhere ("NIAMEY, Niger - Soldiers seized the palace. ... against France"
        # stays Niger's)
        if not _only_background(doc, kept[0], desk):
            return kept[0]
        lead = _lead_countries(doc)
        return next((c for c in kept if c in lead and not _only_background(doc, c, desk)), kept[0])
    if stated:
        return max(stated, key=lambda c: stated[c])
    return next((c for c in focus if not _only_venue(doc, c) and not beyond(c)), None)


_DESK_PARTY_KEY = "khabar.mentions.desk_party"  # doc.user_data key: the dateline's country when a party, once per doc


def desk_country_as_party(doc: Doc, kb: ActorKB, dateline: str | None) -> str | None:
    """The ``dateline`` country when the text names it inside the subject of an attack ("ANKARA - Turkey struck
    targets in Syria", "Turkish jets bombed ..."): the story is told from the striking state's side, whose forces
    a bare "the army" means; None otherwise (a story filed from Abuja about a coup in Niger)."""
    if _DESK_PARTY_KEY not in doc.user_data:
        doc.user_data[_DESK_PARTY_KEY] = dateline if dateline and _strikes(doc, kb, dateline) else None
    return doc.user_data[_DESK_PARTY_KEY]


def _strikes(doc: Doc, kb: ActorKB, country: str) -> bool:
    """Whether a word naming ``country`` (outside the dateline) is in the subject of an attack."""
    # "NAIROBI, Kenya (AP) - Gunmen attacked a bus in Mogadishu": the dateline's country parses into the subject
    background = _background_tokens(doc) | _dateline_country_tokens(doc)
    # the country first: few words name it, and the walk up to the verb and its category cost more
    return any(token.i not in background and token.pos_ in ("PROPN", "ADJ") and token.text[:1].isupper()
               and kb.country_of(_name_of(token)) == country and _category_at(_verb_of_subject(token)) == "ASSAULT"
               for token in doc)


def _verb_of_subject(token: Token) -> Token:
    """The verb whose subject holds the token (the token's root when it is in none)."""
    while token.dep_ not in ("nsubj", "nsubjpass") and token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token.head if token.dep_ in ("nsubj", "nsubjpass") else token


def _dateline_country_tokens(doc: Doc) -> frozenset[int]:
    """The words of the country after a dateline's city ("ABUJA, Nigeria -"), which the geo step counts as a
    place of its own."""
    places = (doc._.places or ()) if Doc.has_extension("places") else ()
    return frozenset(i for m in places if dateline_country(doc[m.start]) for i in range(m.start, m.end))


def _lead_countries(doc: Doc) -> frozenset[str]:
    """The countries of the event places of the lead (not "Iran-backed militias", no place of the story): its
    first sentence, and the next when the parser cut the dateline off as a sentence of its own."""
    if not len(doc):
        return frozenset()
    lead_end = bounds_at(doc, 0).end
    if lead_end < _DATELINE_WORDS and lead_end < len(doc):
        lead_end = bounds_at(doc, lead_end).end
    return frozenset(m.place.country for m in _event_places(doc) if m.start < lead_end and _locates(doc[m.end - 1]))


_DATELINE_WORDS = 8  # a first "sentence" this short is a dateline cut off ("NAIROBI, Kenya (AP) -")
_LOCATING_PREPS = frozenset({"in", "at", "near", "outside", "inside", "around", "across", "throughout"})


def _locates(token: Token) -> bool:
    """"attacked a bus in Mogadishu", "near Kismayo": a place phrase that says where (not "slogans against France")."""
    while token.dep_ in ("compound", "appos", "amod") and token.head.i != token.i:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in _LOCATING_PREPS


def _named_only_at_border(doc: Doc, country: str, kb: ActorKB, background: frozenset[int]) -> bool:
    """"The army killed five militants near the Afghan border": a country no place names, whose every word is a
    border's neighbour, is across the border, not where the story happened."""
    places = (doc._.places or ()) if Doc.has_extension("places") else ()
    if any(m.place.country == country for m in places):
        return False
    words = [t for t in doc if t.pos_ in ("PROPN", "ADJ") and t.text[:1].isupper()
             and kb.country_of(_name_of(t)) == country]
    return bool(words) and all(t.i in background for t in words)


def _only_where_no_one_is(doc: Doc, country: str) -> bool:
    """"Police arrested three men accused of spying for Russia", "Media in Senegal reported the clash": a country
    whose every place is a state served or the seat of a source is no one's of the story."""
    places = [m for m in doc._.places or () if m.place.country == country] if Doc.has_extension("places") else []
    return bool(places) and all(not m.dateline and _not_where_anyone_is(doc[m.end - 1]) for m in places)


def _only_told_of(doc: Doc, country: str) -> bool:
    """"Police arrested a blogger who criticised the war in Sudan": a country whose every place is what someone
    spoke of is no place of the story."""
    places = [m for m in doc._.places or () if m.place.country == country] if Doc.has_extension("places") else []
    return bool(places) and all(not m.dateline and in_told_words(doc[m.end - 1]) for m in places)


def _only_across_border(doc: Doc, country: str) -> bool:
    places = [m for m in doc._.places or () if m.place.country == country] if Doc.has_extension("places") else []
    return bool(places) and all(not m.dateline and _across_border(doc[m.end - 1]) for m in places)


def _met_at(subject: Token, place: PlaceMention) -> bool:
    """"The two leaders met in Geneva", "talks between the army and the rebels resumed in Jeddah": where a party
    met is no country of its (but "met opposition leaders in Harare": whom it met there are of the place)."""
    token = subject.doc[place.end - 1]
    while subject.dep_ == "conj" and subject.head.i != subject.i and subject.head.pos_ in ("NOUN", "PROPN"):
        subject = subject.head  # "Venezuela's government and opposition resumed talks in Mexico City"
    if subject.dep_ == "nsubj":
        return _venue(token) and _hangs_on(token, subject.head)
    meeting = _meeting_joined(subject)
    return meeting is not None and _venue(token) and (_hangs_on(token, meeting) or _hangs_on(token, meeting.head))


def _meeting_joined(party: Token) -> Token | None:
    """The meeting whose "between"/"with"/"among" phrase names the party ("talks between the army and the rebels")."""
    while party.dep_ == "conj" and party.head.i != party.i:
        party = party.head
    if party.dep_ != "pobj" or party.head.lower_ not in ("between", "with", "among"):
        return None
    noun = party.head.head
    return noun if noun.lemma_.lower() in _MEETING_WORDS or noun.lower_ in _MEETING_WORDS else None


def _hangs_on(token: Token, verb: Token) -> bool:
    """The place's phrase hangs on the verb, or on the meeting its verb holds ("resumed talks in Mexico City")."""
    host = token.head.head
    for _ in range(3):
        if host.i == verb.i:
            return True
        if host.dep_ not in ("dobj", "pobj", "prep") or host.head.i == host.i:
            return False
        host = host.head
    return False


def _only_venue(doc: Doc, country: str) -> bool:
    places = [m for m in doc._.places or () if m.place.country == country] if Doc.has_extension("places") else []
    return bool(places) and all(not m.dateline and (_venue(doc[m.end - 1]) or away_host(doc[m.end - 1]) is not None)
                                for m in places)


# Words whose "in"/"at" place is where parties met, not whose parties they are ("talks held in Havana").
_MEETING_WORDS = frozenset({"meet", "meeting", "talk", "talks", "hold", "summit", "conference", "negotiation",
                            "negotiate", "sign", "signing", "convene", "gather", "gathering", "session", "forum",
                            "mediate", "mediation", "host"})


_BACKGROUND_KEY = "khabar.mentions.background"  # doc.user_data key: (the geo step's list, its background tokens)


def _background_tokens(doc: Doc) -> frozenset[int]:
    """``_read_background_tokens``, read once per doc (the article's country and the desk's strikes both ask), and
    again only if the geo step's list is replaced."""
    places = plain_extension(doc, "places")
    cached = doc.user_data.get(_BACKGROUND_KEY)
    if cached is None or cached[0] is not places:
        cached = doc.user_data[_BACKGROUND_KEY] = (places, _read_background_tokens(doc))
    return cached[1]


def _read_background_tokens(doc: Doc) -> frozenset[int]:
    """Token indices of the places that say where a report was filed or where parties met: a dateline, the place
    where a speaker spoke ("In Geneva, the envoy said"), a neighbour across a border ("near the Afghan border"), a passive's agent ("brokered by Qatar"), the seat of a
    source ("media in Senegal reported"), a state served ("spying for Israel"), a state that reacts from afar
    ("Britain condemned the junta"), or the
    "in"/"at" place of a meeting, talks or a signing (with the words of its phrase: "in the Cuban capital")."""
    out = {t.i for t in _border_words(doc) if t.text[:1].isupper()}  # "the Chadian border"
    if not Doc.has_extension("places"):
        return frozenset(out)
    for m in doc._.places or ():
        if (m.dateline or _across_border(doc[m.end - 1]) or _agent(doc[m.end - 1])
                or _not_where_anyone_is(doc[m.end - 1]) or _speakers_seat(doc[m.end - 1])
                or _members_origin(doc[m.end - 1]) or reacting_state(doc[m.end - 1])
                or away_host(doc[m.end - 1]) is not None  # "Speaking in Paris, the minister said"
                or in_told_words(doc[m.end - 1])):  # "arrested a blogger who criticised the war in Sudan"
            out.update(range(m.start, m.end))
        elif _venue(doc[m.end - 1]):
            out.update(t.i for t in doc[m.end - 1].head.subtree)
    return frozenset(out)


def _members_origin(token: Token) -> bool:
    """"20 cadets were killed, among them a young woman from Ecuador": where one member of a group comes from
    tells of that member, not of the group nor of where it happened."""
    return is_origin(token) and one_among_them(token.head.head)


def _only_members_origin(doc: Doc, country: str) -> bool:
    places = [m for m in doc._.places or () if m.place.country == country] if Doc.has_extension("places") else []
    return bool(places) and all(not m.dateline and _members_origin(doc[m.end - 1]) for m in places)


def _agent(token: Token) -> bool:
    """"a deal brokered by Qatar": a place as a passive's agent is a party, not where the story is."""
    return token.dep_ == "pobj" and token.head.dep_ == "agent"


def _border_words(doc: Doc) -> Iterator[Token]:
    """The words ``_across_border`` holds for: a border noun's modifiers and the objects of its "with" (found
    from the doc's few border nouns rather than by asking every word)."""
    lemmas = doc.to_array(LEMMA)
    border = numpy.array([h for h in numpy.unique(lemmas).tolist() if doc.vocab.strings[h].lower() in _BORDER_NOUNS],
                         dtype=numpy.uint64)
    for i in numpy.flatnonzero(numpy.isin(lemmas, border)).tolist():
        for child in doc[i].children:
            if child.dep_ in _BORDER_MODIFIERS:
                yield child
            if child.lower_ == "with":
                yield from (g for g in child.children if g.dep_ == "pobj")


def _meeting_goes_on(verb: Token) -> bool:
    """"talks resumed in Jeddah", "the summit opened in Doha": a verb whose subject is a meeting."""
    return verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass") and (c.lemma_.lower() in _MEETING_WORDS or c.lower_ in _MEETING_WORDS)
        for c in verb.children)


def _venue(token: Token) -> bool:
    """"were held in Havana", "met in Amman", "talks in Geneva", "a summit at Camp David"; also where the
    parser hangs the place on a party of the talks ("talks with rebels in Geneva", "signed a deal with rebels
    in Juba")."""
    while token.dep_ in ("compound", "appos", "amod") and token.head.i != token.i:
        token = token.head
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in ("in", "at"):
        return False
    host = prep.head
    for _ in range(4):
        if host.lemma_.lower() in _MEETING_WORDS or host.lower_ in _MEETING_WORDS or _meeting_goes_on(host):
            return True
        if host.dep_ not in ("pobj", "dobj", "prep") or host.head.i == host.i:
            return False
        host = host.head
    return False


def _only_background(doc: Doc, country: str, background: frozenset[int]) -> bool:
    """Whether every place of ``country`` in the text is background (the caller has checked that no word
    outside the background names it)."""
    places = [m for m in doc._.places or () if m.place.country == country] if Doc.has_extension("places") else []
    return all(m.start in background for m in places)


def _stated_countries(doc: Doc, kb: ActorKB, *, skip: frozenset[int]) -> tuple[dict[str, int], set[str]]:
    """How often the text's names and nationality words state each country (not in the ``skip`` tokens),
    and the countries stated inside the subject of a clause ("Pakistan's army said")."""
    counts: dict[str, int] = {}
    subjects: set[str] = set()
    for token in doc:  # words, not entities: the tagger often calls "Ugandan" a person
        if token.i not in skip and token.pos_ in ("PROPN", "ADJ") and token.text[:1].isupper() and (
                not _origin_of_outsiders(token)):
            code = kb.country_of(_name_of(token))
            if code:
                counts[code] = counts.get(code, 0) + 1
                if _in_subject(token):
                    subjects.add(code)
    return counts, subjects


def _origin_of_outsiders(token: Token) -> bool:
    """"Afghan migrants were deported", "Chinese tourists": the nationality of people from elsewhere says where
    they come from, not where the story is."""
    return token.dep_ in ("amod", "compound") and token.head.lemma_.lower() in _FROM_ELSEWHERE


def _name_of(token: Token) -> str:
    """The whole name a word is part of ("Hezbollah" in "Kataib Hezbollah" is the Iraqi group's, not
    Lebanon's); the word itself outside a name of several words."""
    if token.ent_iob_ == "O" or token.ent_type_ not in ("ORG", "NORP", "PERSON", "FAC"):
        return token.text
    start, end = entity_around(token)
    return span_text(token.doc[start:end])


def _in_subject(token: Token) -> bool:
    """Whether the token is part of a clause's subject (up to the nearest verb)."""
    while token.dep_ not in ("nsubj", "nsubjpass") and token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass")
