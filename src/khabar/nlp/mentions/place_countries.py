"""Countries read off the places the geo step found: the places that can locate what happened (not
datelines, names standing for parties, nor neighbours across a border), the country of the place nearest a
mention or inside it, the places that stand for parties, and the regions of a state.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...actors import default_kb
from ...geo import seat_of_a_source
from ...geo.journeys import journey_verb
from ...geo.pursuits import pursued_in
from ..arguments.parties import GROUP_NOUNS
from ..dates.index import plain_extension
from ..datelines import dateline_country
from ..sentences import bounds_at, sentence_bounds
from ..syntax import children_of, entity_bounds
from .acts import _category_at, _governing_verb
from .presence_abroad import _PRESENCE_NOUNS, away_host
from .stated_state import with_stated_state


def _place_country(head: Token) -> str | None:
    """The country of the place named nearest to ``head``: in its sentence first, else before it (datelines
    and names that stand for a government are not places of events)."""
    places = _places_at_home(head.doc)
    start, end = sentence_bounds(head)
    here = [m for m in places_by_sentence(head.doc, places).get(start, ()) if not _doers_counterpart(head, m)
            and not _home_of_another_group(head, head.doc[m.end - 1])
            and not told_of_elsewhere(head, head.doc[m.end - 1])]  # "a blogger who criticised the war in Sudan"
    if here:  # the nearest before it ("shelled Juba, killing 20"), else the nearest after it
        return min(here, key=lambda m: (m.start > head.i, abs(m.start - head.i))).place.country
    described = _described_place_country(head, start, end)
    if described is not None:  # "in the Syrian town of Maarat al-Numan", a town the gazetteer lacks
        return described
    # a state or capital named in an earlier sentence is mostly a party ("along with Norway", "a strike in
    # Damascus" in a story about Israel) or an origin ("a woman from Ecuador"): only a town or region before
    # places the people of a sentence that names no place (else the caller takes the article's country)
    before = next((m for m in reversed(places) if m.end <= head.i and not _state_or_capital(m.place.feature)), None)
    return before.place.country if before is not None else None  # the last such: read from the end


_AT_HOME_KEY = "khabar.mentions.places_at_home"  # doc.user_data key: (event places, those at home)


def _places_at_home(doc: Doc) -> list:
    """The event places but where someone is away from home ("Speaking in Paris, the exiled leader urged
    protesters": not French); kept per doc, like ``_event_places``: each people mention asked it of every place."""
    places = _event_places(doc)
    cached = doc.user_data.get(_AT_HOME_KEY)
    if cached is None or cached[0] is not places:
        cached = doc.user_data[_AT_HOME_KEY] = (places, [m for m in places if away_host(doc[m.end - 1]) is None])
    return cached[1]


_BY_SENTENCE_KEY = "khabar.mentions.places_by_sentence"  # doc.user_data key: id of a list -> (list, its grouping)


def places_by_sentence(doc: Doc, places: list) -> dict[int, list]:
    """The place mentions of ``places`` (``_event_places`` or ``_places_at_home``) by the start of the sentence their
    first word is in, in their order; kept per doc and list: a mention asks for its own sentence's places, and a
    walk over all the text's places for each cost more."""
    memo = doc.user_data.setdefault(_BY_SENTENCE_KEY, {})
    cached = memo.get(id(places))
    if cached is None or cached[0] is not places:
        grouped: dict[int, list] = {}
        for m in places:
            grouped.setdefault(bounds_at(doc, m.start).start, []).append(m)
        cached = memo[id(places)] = (places, grouped)
    return cached[1]


# Nouns of a settlement or a part of a state, which a nationality word before them places in that state.
_PLACE_NOUNS = frozenset({"town", "city", "village", "province", "region", "district", "port", "capital",
                          "governorate", "county", "state", "area", "countryside", "camp"})


def _described_place_country(head: Token, start: int, end: int) -> str | None:
    """The country a nationality word gives a place noun of the sentence, nearest the mention: "the Syrian town
    of Maarat al-Numan", "a Kenyan village" (not "the Afghan border": a neighbour's)."""
    kb = default_kb()
    found = [(t.i, code) for t in head.doc[start:end] if t.lemma_.lower() in _PLACE_NOUNS and t.i != head.i
             for w in t.children if w.dep_ in ("amod", "compound") and w.text[:1].isupper()
             for code in [kb.country_of(w.text)] if code]
    return min(found, key=lambda f: (f[0] > head.i, abs(f[0] - head.i)))[1] if found else None


def _state_or_capital(feature: str | None) -> bool:
    return bool(feature) and (feature.startswith("PCL") or feature == "PPLC")


_EVENT_PLACES_KEY = "khabar.mentions.event_places"


def _event_places(doc: Doc) -> list:
    """Places that can locate what happened: not datelines, nor names standing for a party ("Moscow insists"), nor
    where people fled to ("refugees fled to Uganda after fighters attacked Yei": the fighters are not Ugandan).
    Built once per doc (it is asked for many mentions), and again only if the geo step's list is replaced."""
    if not Doc.has_extension("places"):
        return []
    places = plain_extension(doc, "places") or ()  # asked for many mentions: cheaper than ``doc._``
    cached = doc.user_data.get(_EVENT_PLACES_KEY)
    if cached is None or cached[0] is not places:
        kept = [m for m in places if not m.dateline and not dateline_country(doc[m.start]) and not m.actor
                and m.place.country
                and not _as_party(doc[m.end - 1]) and not _across_border(doc[m.end - 1])
                and not _state_as_party(doc[m.end - 1], m.place.feature) and not _not_where_anyone_is(doc[m.end - 1])
                and not _speakers_seat(doc[m.end - 1]) and not in_a_persons_name(doc[m.start:m.end])
                and not _fled_to(doc[m.start:m.end].root)]
        cached = (places, [with_stated_state(doc, m) for m in kept])
        doc.user_data[_EVENT_PLACES_KEY] = cached
    return cached[1]


# Acts of words, whose place in a relative clause is what someone spoke of, not where he is: "arrested a blogger who
# criticised the war in Sudan" (not "protesters who marched in Khartoum", who were there).
_WORD_ACTS = frozenset({"ACCUSE"})
# Not "report", "speak": a reporter reporting on protests in Yangon, a speaker at a rally in Tehran, is there.
_WORD_VERBS = frozenset({"say", "write", "post", "tweet", "comment", "criticise", "criticize", "praise", "mock",
                         "insult", "blog"})


def in_told_words(place_end: Token) -> bool:
    """Whether the place (``place_end`` its last word) lies in a relative clause that tells what someone said or
    wrote ("a journalist who reported on abuses in Darfur"): the subject of his words, not a place of the story."""
    return _told_clause(place_end) is not None


def told_of_elsewhere(head: Token, place_end: Token) -> bool:
    """Whether the place lies in a relative clause of someone's words that the mention ``head`` is outside of
    ("Police arrested a blogger who criticised the war in Sudan": not where the police are; but "criticised the
    militias in Basra" places the militias)."""
    clause = _told_clause(place_end)
    return clause is not None and not (clause.left_edge.i <= head.i <= clause.right_edge.i)


def _told_clause(place_end: Token) -> Token | None:
    verb = place_end
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "relcl" or verb.i > place_end.i:  # not "a journalist reporting on ...", who is there
        return None
    if not any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in children_of(verb)):
        return None  # "officials it blamed for the crackdown in Iran": the place is of those it speaks of
    return verb if verb.lemma_.lower() in _WORD_VERBS or _category_at(verb) in _WORD_ACTS else None


# Verbs of leaving a place for safety or by force: the goal is where people are no longer among the story's others
# ("fled to Uganda"), unlike a trip's goal, where those met are ("flew to Khartoum to meet army leaders": Sudan's).
_FLEEING = frozenset({"flee", "fled", "escape", "evacuate", "deport", "expel", "exile", "emigrate", "defect",
                      "extradite"})


def _fled_to(name: Token) -> bool:
    """Whether the place name ``name`` (its root) is where people fled or were sent away to."""
    verb = journey_verb(name)
    return verb is not None and (verb.lemma_.lower() in _FLEEING or verb.lower_ in _FLEEING)


def in_a_persons_name(span: Span) -> bool:
    """"Police arrested Musa Bello and Ibrahim Sani": a town's name ("Bello") that is a person's (tagged a PERSON,
    or a surname after a given name and joined to a PERSON's name) places no one and gives no party its country.
    A person's entity no longer than the name is not enough: the tagger calls many towns people ("Bint Jbeil")."""
    width = len(span)
    if any(end - start > width and start <= span.start and span.end <= end for start, end in _persons(span.doc)):
        return True
    head = span[-1]
    given = [c for c in head.children if c.dep_ == "compound" and c.i < span.start and c.pos_ == "PROPN"
             and not c.ent_type_]
    linked = [c for c in head.children if c.dep_ == "conj"] + ([head.head] if head.dep_ == "conj" else [])
    return bool(given) and any(t.ent_type_ == "PERSON" for t in linked)


_PERSONS_KEY = "khabar.mentions.persons"  # doc.user_data key: the (start, end) of the doc's PERSON entities


def _persons(doc: Doc) -> tuple[tuple[int, int], ...]:
    """The bounds of the doc's PERSON entities, picked once per doc out of all its entities: each place of the text
    is tested against them (no component changes the entities after NER)."""
    found = doc.user_data.get(_PERSONS_KEY)
    if found is None:
        found = doc.user_data[_PERSONS_KEY] = tuple((start, end) for start, end, label in entity_bounds(doc)
                                                    if label == "PERSON")
    return found


def _speakers_seat(token: Token) -> bool:
    """"In Geneva, the UN envoy said ...", "the minister said in Paris": where a speaker spoke, like a dateline
    where the reporter sits, is not where the story happened (but "police in Kabul said": whose police they are)."""
    while token.dep_ in ("compound", "appos", "amod") and token.head.i != token.i:
        token = token.head
    prep = token.head
    return (token.dep_ == "pobj" and prep.lower_ in ("in", "at", "from") and prep.dep_ == "prep"
            and prep.head.pos_ in ("VERB", "AUX") and prep.head.lemma_.lower() in _SAYING)


# Verbs of speaking whose "in" place is the speaker's seat.
_SAYING = frozenset({"say", "tell", "announce", "add", "state", "declare"})


def reacting_state(token: Token) -> bool:
    """"The Tatmadaw shelled villages. Britain condemned the junta": a state named as the subject of a reaction from
    afar (condemning, urging, welcoming) is a party judging the story, not a place of it."""
    verb = token.head
    return (token.dep_ == "nsubj" and token.ent_type_ == "GPE" and verb.pos_ == "VERB"
            and verb.lemma_.lower() in _REACTING)


# Verbs of judging or asking from afar, whose subject state says nothing of where the story happened.
_REACTING = frozenset({"condemn", "denounce", "criticize", "criticise", "deplore", "decry", "slam", "welcome",
                       "praise", "urge", "call", "demand", "warn", "voice", "express", "accuse", "blame"})


# Words of serving a state: "spying for Israel", "fought for Russia", "an agent for Iran" (not "left for Iraq").
_SERVICE_WORDS = frozenset({"spy", "spying", "espionage", "work", "fight", "serve", "collaborate", "lobby", "agent",
                            "informant", "mercenary", "volunteer", "operative", "proxy"})


def _served_state(token: Token) -> bool:
    """"a man convicted of spying for Israel", "mercenaries fighting for Russia": a state served is a party the
    people act for, not where they are."""
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ == "for" and prep.head.lemma_.lower() in _SERVICE_WORDS


def _not_where_anyone_is(token: Token) -> bool:
    """A place name (its last token) that only says where a report came from ("media in Senegal reported"), which
    state people serve ("spying for Israel") or where someone is wanted ("a cartel leader wanted in the United
    States"): no one of the text is there."""
    return seat_of_a_source(token) or _served_state(token) or pursued_in(token)


def _a_place_of(doc: Doc, country: str) -> bool:
    """Whether some place of the text, a dateline too, is in ``country`` (not a name standing for a party, nor a
    neighbour across a border)."""
    return any(m.place.country == country and not m.actor and not _as_party(doc[m.end - 1])
               and not _across_border(doc[m.end - 1]) and not _state_as_party(doc[m.end - 1], m.place.feature)
               and not in_a_persons_name(doc[m.start:m.end])
               for m in (doc._.places or () if Doc.has_extension("places") else ()))


_BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})
_BORDER_MODIFIERS = frozenset({"amod", "compound", "nmod", "poss"})


def _across_border(token: Token) -> bool:
    """"near the Afghan border", "the border with Chad": the place names the neighbour, not where it happened."""
    if token.dep_ in _BORDER_MODIFIERS and token.head.lemma_.lower() in _BORDER_NOUNS:
        return True
    prep = token.head
    return (token.dep_ == "pobj" and prep.lower_ == "with" and prep.head.lemma_.lower() in _BORDER_NOUNS)


def _modifies_noun(token: Token) -> bool:
    """"a U.S. base", "the Syrian border town": a place word modifying a noun names an owner or a kind."""
    return token.dep_ in ("compound", "amod", "poss", "nmod") and token.head.pos_ == "NOUN"


_REGION_WORDS = frozenset({"northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
                           "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern",
                           "south-western"})


def _region_of(span: Span) -> bool:
    """"southern Lebanon", "northern Iraq": a part of a state, in lower case ("South Sudan" is a state)."""
    return any(t.text in _REGION_WORDS for t in span)


def _party_place_tokens(doc: Doc) -> frozenset[int]:
    """Token indices of the place names that the geo step flagged as standing for parties."""
    if not Doc.has_extension("places"):
        return frozenset()
    return frozenset(i for m in doc._.places or () if m.actor for i in range(m.start, m.end))


def _gazetteer_country(span: Span) -> str | None:
    """The country of a place the geo component found in the mention ("Abidjan", "West Darfur State"): the first
    such place (in the geo step's order) that overlaps it."""
    if not Doc.has_extension("places"):
        return None
    covering = _countries_by_token(span.doc)
    found = [covering[i] for i in range(span.start, span.end) if i in covering]
    return min(found)[1] if found else None


_COUNTRIES_BY_TOKEN_KEY = "khabar.mentions.countries_by_token"


def _countries_by_token(doc: Doc) -> dict[int, tuple[int, str]]:
    """Token -> (order, country) of the first place with a country, not the dateline, covering it; built once per
    doc (every mention asks), and again only if the geo step's list is replaced."""
    places = plain_extension(doc, "places") or ()  # asked for every mention: cheaper than ``doc._``
    cached = doc.user_data.get(_COUNTRIES_BY_TOKEN_KEY)
    if cached is None or cached[0] is not places:
        covering: dict[int, tuple[int, str]] = {}
        for order, m in enumerate(places):
            if not m.dateline and m.place.country and not in_a_persons_name(doc[m.start:m.end]):
                country = with_stated_state(doc, m).place.country
                for i in range(m.start, m.end):
                    covering.setdefault(i, (order, country))
        cached = (places, covering)
        doc.user_data[_COUNTRIES_BY_TOKEN_KEY] = cached
    return cached[1]


_OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
# Acts whose object is a party spoken to or about ("accused France", "urged Israel"), not a place.
_ACTS_ABOUT_A_PARTY = frozenset({"ACCUSE", "REQUEST", "THREATEN", "SANCTION", "REJECT", "SUPPORT", "PROTEST"})


def _state_as_party(token: Token, feature: str | None) -> bool:
    """"denounced Iran's influence", "chanted slogans against France", "hosted the talks with Norway",
    "accused France": a state (or its capital) that an act is about or done with stands for the state, not for
    where anyone is; it gives no one else its country. Not a place of a harmful act ("bombed Lebanon,
    killing 10") nor one "in"/"at"/"near" which something happens."""
    if not _state_or_capital(feature):
        return False
    phrase = token
    while phrase.dep_ in _OWNER_DEPS and phrase.head.i != phrase.i:
        phrase = phrase.head  # "Iran's influence": the phrase the state owns
    if phrase.dep_ == "pobj":  # "along with Norway", "talks with Pakistan": a party acted with, no place
        # "outside the embassy of Israel in Ankara": the owner of a post abroad, not where it is
        return phrase.head.lower_ == "with" or (phrase.head.lower_ == "of"
                                                and phrase.head.head.lemma_.lower() in _PRESENCE_NOUNS)
    if phrase.dep_ in ("dobj", "dative"):  # not "visited Pakistan": a place met or gone to is where it happens
        return _category_at(_governing_verb(phrase)) in _ACTS_ABOUT_A_PARTY
    return False


# Prepositions whose object is whom a doer acts against or with ("chanted slogans against France", "hosted
# the talks with Norway"), not where it is.
_COUNTERPART_PREPS = frozenset({"against", "with", "toward", "towards"})
_PHRASE_DEPS = frozenset({"dobj", "pobj", "prep", "npadvmod"})


def _doers_counterpart(head: Token, mention) -> bool:
    """Whether the place is a state (or capital) that the subject ``head`` acts against or with: the other
    party of its own clause, whose country is not the doer's ("demonstrators chanted slogans against France")."""
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.dep_ == "nsubj":
        head = head.head.head  # "a number of demonstrators", "thousands of people": the subject is theirs
    if head.dep_ != "nsubj" or not _state_or_capital(mention.place.feature):
        return False
    token = head.doc[mention.end - 1]
    if token.dep_ != "pobj" or token.head.lower_ not in _COUNTERPART_PREPS:
        return False
    verb = token.head.head
    while verb.pos_ not in ("VERB", "AUX") and verb.dep_ in _PHRASE_DEPS and verb.head.i != verb.i:
        verb = verb.head  # "chanted slogans against France": up to the verb of the phrase
    while verb.dep_ == "conj" and verb.i != head.head.i and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # "waved Russian flags and chanted slogans against France": the subject's own too
    return verb.i == head.head.i


def _spoken_about(head: Token, mention) -> bool:
    """Whether the place lies in what the subject ``head`` accuses, asks, threatens or sanctions (the words
    after its verb): "the junta accused France of seeking to free Mr. Bazoum", "officials accused Iran of
    arming militias in Yemen" place the other party, not the subject."""
    if head.dep_ != "nsubj" or _category_at(head.head) not in _ACTS_ABOUT_A_PARTY:
        return False
    verb = head.head
    return mention.start > verb.i and verb.is_ancestor(head.doc[mention.end - 1])


def _countries_spoken_about(head: Token, country_of) -> frozenset[str]:
    """The countries the words after the verb of an accusing, asking or threatening subject ``head`` name
    ("the junta accused France ...": France): another party's, never the subject's own."""
    if head.dep_ != "nsubj" or _category_at(head.head) not in _ACTS_ABOUT_A_PARTY:
        return frozenset()
    verb = head.head
    words = (t for t in verb.subtree if t.i > verb.i and t.pos_ in ("PROPN", "ADJ") and t.text[:1].isupper())
    return frozenset(c for c in map(country_of, (t.text for t in words)) if c)


def _as_party(token: Token) -> bool:
    """"Moscow insists ...", "a deal brokered by Qatar": a place name that stands for a government as a subject
    or a passive's agent places nothing ("Kharkiv was shelled" does: the geo step flags the passive subjects and
    objects that stand for parties)."""
    while token.dep_ == "conj" and token.head.i != token.i and token.head.ent_type_ == "GPE":
        token = token.head  # "Egypt and Jordan said": Jordan too
    return token.dep_ == "nsubj" or (token.dep_ == "pobj" and token.head.dep_ == "agent")  # "brokered by Qatar"


def _home_of_another_group(head: Token, place: Token) -> bool:
    """Whether the place is the owner or origin of another group ("Rebels from Chad attacked a village in Darfur",
    "the armies of Mali and Burkina Faso"): it tells whose that group is, not where ``head`` is."""
    while place.dep_ == "conj" and place.head.i != place.i:
        place = place.head
    if place.dep_ == "nmod" and place.head.dep_ == "pobj":
        place = place.head  # "Mali and Burkina Faso": the parser may hang the first name on the last
    if place.dep_ != "pobj" or place.head.lower_ not in ("from", "of"):
        return False
    group = place.head.head
    return group.i != head.i and not group.is_ancestor(head) and group.lemma_.lower() in GROUP_NOUNS
