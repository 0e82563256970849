"""The event's own location: the place tied to the trigger, else the dateline, else a country.

Order of evidence, each recorded with an ACLED-style precision (1 the place itself, 2 near it or
within a district of it, 3 province or country):
1. a place in a locative phrase of the trigger or of its arguments ("in the Dora district of
   southern Baghdad", "near Kirkuk", "at the K-1 military base"), or an argument that is a place
   ("Rockets struck the K-1 military base");
2. the article's dateline ("BAGHDAD —"), only as a fallback and only when it agrees with the text: a
   foreign dateline ("LONDON —" over a report on Camp Taji) gives way when the sentence names a place in
   another country, or when nothing else in the article lies in the dateline's country;
3. a country of a place named in the sentence;
4. the article's focus country.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace
from itertools import pairwise

import numpy
from spacy.attrs import HEAD, LEMMA, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from ..model import Place
from ..nlp.sentences import bounds_at
from ..nlp.syntax import children_of, kept_per_doc
from .gazetteer import default_gazetteer
from .journeys import end_of_a_journey
from .mentions import PlaceMention, place_of
from .nationals import nationality_places
from .openers import role_word
from .pursuits import pursued_in
from .reporters import seat_of_a_source
from .undergoers import under_act, undergoes

_LOCATIVE_PREPS = frozenset({"in", "at", "on", "inside", "within", "into", "across", "throughout", "through", "near",
                             "outside", "around", "off", "along", "nearby", "over", "from", "towards", "toward",
                             "against"})
_NEAR_PREPS = frozenset({"near", "outside", "around", "off", "nearby", "towards", "toward"})
_PLACE_ARGS = frozenset({"dobj", "nsubjpass", "pobj", "attr"})
# A town the tagger took for an adverb hangs on the verb as one: "Troops shelled Bakhmut overnight" (the name alone,
# not its phrase: a dateline hangs so too, "KRAMATORSK, Ukraine — A missile struck ...").
_ADVERB_ARGS = frozenset({"advmod", "npadvmod"})
_NAME_DEPS = frozenset({"compound", "nmod", "appos", "amod"})
# "the outskirts of Kirkuk", "a district of Baghdad", "north of Mosul": within or near, not the place itself.
_AREA_NOUNS = frozenset({"outskirts", "suburbs", "suburb", "district", "area", "neighbourhood", "neighborhood",
                         "countryside", "vicinity", "edge", "north", "south", "east", "west", "northeast",
                         "northwest", "southeast", "southwest", "province", "region", "part", "parts"})
# The land around a town, named by the town: "the Hama countryside" is near Hama (but "the Dora district" is Dora)
_SURROUNDS = frozenset({"countryside", "outskirts", "suburbs", "hinterland", "vicinity", "environs"})
# Nouns for places, whose name modifiers place the event ("the Dora district", "the K-1 base"); other
# nouns' modifiers name an owner ("U.S. targets", "the Iranian embassy").
_PLACE_NOUNS = _AREA_NOUNS | frozenset({
    "base", "airbase", "city", "town", "village", "camp", "airport", "port", "border", "crossing", "governorate",
    "county", "municipality", "neighbourhood", "quarter", "square", "street", "road", "highway", "valley",
    "mountain", "island", "river", "state", "capital", "zone", "compound", "checkpoint", "outpost", "field",
    "refinery", "strip", "coast", "province", "oblast", "regions", "provinces", "oblasts", "governorates", "districts",
    "forest", "lake", "hills", "mountains", "desert", "plateau", "delta", "basin", "junction", "bridge",
    "township", "townships"})
# Buildings named by whom they serve ("a school for girls", "a shelter for migrants")
_FACILITIES = frozenset({"school", "hospital", "clinic", "shelter", "home", "centre", "center", "orphanage",
                         "settlement", "site", "facility", "hostel", "prison"})
_CHAINED_DEPS = frozenset({"advcl", "conj", "xcomp", "relcl"})
# "In Yangon, residents said troops fired ...": people who report what they saw where they are. A place fronted on
# the saying verb of other speakers is where it happened only in the story's own country
# (``_speaks_where_it_happened``): "In Washington, officials said ..." over a story about Afghanistan is where they spoke.
_SAYING = frozenset({"say", "tell", "report", "recount", "describe", "add"})
_WITNESSES = frozenset({"resident", "witness", "eyewitness", "villager", "local", "activist", "medic", "doctor",
                        "rescuer", "police", "policeman", "journalist", "reporter", "correspondent", "protester",
                        "survivor", "relative", "shopkeeper", "worker"})
_FRONTED_PREPS = frozenset({"in", "at", "near", "outside", "around"})
# "... were killed when rockets hit Camp Taji": a clause that says how the event happened places it too;
# "after"/"because" clauses name another event.
_SAME_EVENT_MARKS = frozenset({"when", "as", "while"})
_PHRASE_DEPTH = 3  # "the railway station in the eastern city of Kramatorsk": two hops to the name
_CHAIN_DEPTH = 2  # "killing two and wounding seven": the conjunct, then the participle it is joined to
_DATELINE_PRECISION = 2
_COUNTRY_PRECISION = 3


def event_location(head: Token, doc: Doc) -> Place | None:
    """Where the event whose trigger is ``head`` happened, or None when nothing says."""
    index = _place_index(doc)
    if head.i not in index.located:  # the coder and the actor resolver both ask for some triggers
        sent = bounds_at(doc, head.i)  # the doc's sentence table: ``Token.sent`` walks the tokens to its bounds
        index.located[head.i] = tied_location(head, doc) or _fallback_place(doc[sent.start:sent.end], doc, index,
                                                                          topics=topic_tokens(head))
    return index.located[head.i]


def tied_location(head: Token, doc: Doc) -> Place | None:
    """The place the text ties to the event whose trigger is ``head``, without the dateline and country fallbacks."""
    index = _place_index(doc)
    if head.i not in index.tied:
        if not _tree_has_place(head, index):  # every rule below follows the parse's links from the trigger
            index.tied[head.i] = None
            return None
        by_token = index.by_token
        index.tied[head.i] = (_tied_place(head, by_token) or _governor_place(head, by_token)
                              or _clause_place(head, by_token) or _witnessed_at(head, by_token))
    return index.tied[head.i]


@dataclass(frozen=True, slots=True)
class _PlaceIndex:
    """The document's places as locating asks for them, built once per doc (every trigger asks)."""

    mentions: list[PlaceMention]  # places that can locate an event
    by_token: dict[int, PlaceMention]  # token -> the place (not the dateline) it belongs to
    named: list[PlaceMention]  # every place name, but those qualifying a party ("U.S.-led", "London-based")
    fallbacks: dict[int, Place | None]  # sentence start -> the place of an event its words do not place
    located: dict[int, Place | None]  # trigger token -> its answer
    tied: dict[int, Place | None]  # trigger token -> the place its words tie to it
    placing: frozenset[int]  # tokens of the place names that can place an event (not the dateline)
    dateline: PlaceMention | None  # the article's dateline, if it has one
    sited: list[PlaceMention]  # places with a country named as places, but the dateline and origins, in order
    sited_starts: list[int] | None  # their first tokens, for finding a sentence's by bisection (None: unordered)
    rest_agrees: bool  # whether the article's other places leave the dateline standing (see _dateline_agrees)
    sources: frozenset[int]  # first tokens of the places that only say where a report came from
    afar: frozenset[str]  # countries named only as a speaker's seat abroad ("In Geneva, the UN envoy said")
    trees: list[int] | None  # token -> the root of its parse tree (None: the heads make no forest)
    placed_trees: frozenset[int]  # the roots of the trees that hold a token of ``by_token``


def _place_index(doc: Doc) -> _PlaceIndex:
    cached = doc.user_data.get("khabar.place_index")
    if cached is None:
        cached = _build_place_index(doc)
        doc.user_data["khabar.place_index"] = cached
    return cached


def _build_place_index(doc: Doc) -> _PlaceIndex:
    """The index, with what every sentence's fallback asks of the whole article read once (a fallback is
    sought for each sentence with an event its words do not place)."""
    places = doc._.places or ()
    dateline = next((m for m in places if m.dateline and not m.qualifier and not m.actor), None)
    # but the dateline's country ("NAIROBI, Kenya -"), the desk's place as the city is
    named = [m for m in places if not m.qualifier and not _dateline_tail(doc, dateline, m)]
    mentions = [m for m in named if not m.actor]
    by_token = {i: m for m in mentions if not m.dateline for i in range(m.start, m.end)}
    # "a Syrian town": tied to an event, a place noun its nationality word places (but it names no place of the text
    # to the fallbacks, the dateline's agreement or carrying, as a name does)
    nationals = nationality_places(doc, default_gazetteer(), taken=frozenset(by_token),
                                   home=dateline.place.country if dateline is not None else None)
    placing = frozenset(by_token)
    by_token.update((m.start, m) for m in nationals)
    sources = frozenset(m.start for m in named if seat_of_a_source(doc[m.end - 1]))
    afar = frozenset(m.start for m in named if _seat_afar(doc[m.end - 1], m))  # "In Geneva, the UN envoy said"
    # a source's seat among them: the sentence's country when nothing else places it
    sited = [m for m in named if not m.dateline and m.place.country and not is_origin(doc[m.end - 1])
             and not m.actor and m.start not in afar and not _over_the_border(doc, m)
             and not pursued_in(doc[m.start:m.end].root)]
    # nor where someone fled or flew to ("COLOMBO — ... the president fled to the Maldives"): the desk stays standing
    # nor where someone is wanted ("arrested a suspect wanted in the United States")
    aside = sources | frozenset(m.start for m in named if end_of_a_journey(doc[m.start:m.end].root)
                                or pursued_in(doc[m.start:m.end].root))
    rest_agrees = dateline is not None and _rest_agrees(
        dateline.place.country, [m for m in _countries(doc, named, aside, afar) if not _bare_country_aside(doc, m)])
    starts = [m.start for m in sited]
    ordered = all(a <= b for a, b in pairwise(starts))
    trees = _tree_roots(doc)
    placed_trees = frozenset(trees[i] for i in by_token) if trees is not None else frozenset()
    return _PlaceIndex(mentions, by_token, named, {}, {}, {}, placing, dateline, sited,
                       starts if ordered else None, rest_agrees, sources, _countries_afar(named, afar), trees,
                       placed_trees)


_MAX_JUMPS = 64  # pointer doubling reaches the root of a tree 2**64 deep; more only when the heads make a cycle


def _tree_roots(doc: Doc) -> list[int] | None:
    """The root of every token's parse tree, by pointer doubling on the heads column; None if the heads hold a cycle
    (no parse does, but then nothing is left out)."""
    index = numpy.arange(len(doc))
    roots = index + doc.to_array(HEAD).astype(numpy.int64)  # HEAD holds offsets
    for _ in range(_MAX_JUMPS):
        further = roots[roots]
        if numpy.array_equal(further, roots):
            return roots.tolist()
        roots = further
    return None


def _tree_has_place(head: Token, index: _PlaceIndex) -> bool:
    """Whether the parse tree of ``head`` holds a place that can locate an event. The locating rules follow only the
    parse's links (children, heads, conjuncts) from the trigger, so they find no place in a tree that holds none:
    about half of a wire story's sentences name no place."""
    return index.trees is None or index.trees[head.i] in index.placed_trees


def _countries(doc: Doc, named: list[PlaceMention], sources: frozenset[int],
               afar: frozenset[int]) -> list[PlaceMention]:
    """The places with a country that may vote on the dateline: not the dateline, origins ("refugees from Syria"),
    sources' seats ("reports from Indonesia said") or the topics of talks, whether places or parties. Read only for
    an article with a dateline (finding the topics of talks reads every word)."""
    topics = _topics_of_talks(doc) if named else frozenset()  # "phoned Abiy to discuss the conflict in Tigray"
    return [m for m in named if not m.dateline and m.place.country and not is_origin(doc[m.end - 1])
            and m.start not in sources and m.start not in topics and m.start not in afar
            and not _over_the_border(doc, m)]


def _dateline_tail(doc: Doc, dateline: PlaceMention | None, mention: PlaceMention) -> bool:
    """The country or state after the dateline's comma ("NAIROBI, Kenya (AP) -"): the reporter's place too, not one of
    the story's (counted as one, it kept the Nairobi desk standing over a report on a town in Somalia)."""
    if dateline is None or mention.start != dateline.end + 1 or doc[dateline.end].text != ",":
        return False
    return mention.place.country == dateline.place.country


def _fallback_place(sent: Span, doc: Doc, index: _PlaceIndex, *, topics: frozenset[int] = frozenset()) -> Place | None:
    """The dateline, else a country the sentence names, else the article's: the same for a whole sentence, but
    for talks or a call, whose topic's places (``topics``: their tokens) are left out."""
    if topics:
        sited = [m for m in _sited_in(sent, index) if m.start not in topics]
        return (_dateline_place(sited, index) or _hosts_place(sent, topics, index) or _sentence_country(sited)
                or _focus_country(doc, index))
    if sent.start not in index.fallbacks:
        index.fallbacks[sent.start] = _fallback_among(_sited_in(sent, index), doc, index)
    return index.fallbacks[sent.start]


def _hosts_place(sent: Span, topics: frozenset[int], index: _PlaceIndex) -> Place | None:
    """"Qatar hosted talks between Hamas and Israel on a truce in Gaza": talks placed nowhere else were held in the
    host's country (the host is a party's name, so it places nothing otherwise)."""
    for verb in (t for t in sent if t.lemma_.lower() == "host" and t.i not in topics):
        for subject in (c for c in children_of(verb) if c.dep_ == "nsubj"):
            host = next((m for m in index.named if m.start <= subject.i < m.end and not m.dateline), None)
            if host is not None and host.place.country:
                return _country_place(host.place.country)
    return None


def _fallback_among(sited: list[PlaceMention], doc: Doc, index: _PlaceIndex) -> Place | None:
    """``sited``: the places the sentence names (as places, with a country) that may place the event."""
    return (_stand_in_country(sited) or _dateline_place(sited, index) or _sentence_country(sited)
            or _focus_country(doc, index))


def _stand_in_country(sited: list[PlaceMention]) -> Place | None:
    """"ambushed a convoy near the town of Boni" under a Bamako dateline: a town the gazetteer lacks, read as its
    country (``resolve``), says the event was somewhere in that country, not at the reporter's desk."""
    gazetteer = default_gazetteer()
    for mention in sited:
        if _a_country(mention.place) and gazetteer.country_named(mention.text) is None:
            return mention.place
    return None


def doers_place(head: Token, doc: Doc) -> Place | None:
    """"Protesters in London marched against the war in Ukraine": the place the subject's own phrase names, which
    is where an act that people carry out in person happened, whatever place its target names."""
    by_token = _place_index(doc).by_token
    for subject in (c for c in children_of(head) if c.dep_ in ("nsubj", "nsubjpass")):
        for prep in (c for c in children_of(subject) if c.dep_ == "prep" and c.lower_ in _AT_PREPS):
            for obj in _objects(prep):
                found = _place_in_phrase(obj, by_token)
                if found is not None:
                    return _with_precision(found[0], near=found[1])
    return None


_AT_PREPS = frozenset({"in", "at"})
_SIDE_PREPS = _AT_PREPS | {"on"}  # "clashed with militants on Sulu": an island's people are on it


def residents_place(head: Token, doc: Doc) -> Place | None:
    """"Thousands of residents of Tibu marched through the town": the home the subject's people are of, where an act
    people carry out in person happened when nothing else says where (its phrase may name no place: "the town")."""
    by_token = _place_index(doc).by_token
    for subject in (c for c in children_of(head) if c.dep_ in ("nsubj", "nsubjpass")):
        for people in (subject, *(o for p in children_of(subject) if p.dep_ == "prep" and p.lower_ == "of"
                                   for o in _objects(p))):
            if people.lemma_.lower() not in _RESIDENTS:
                continue
            for prep in (c for c in children_of(people) if c.dep_ == "prep" and c.lower_ == "of"):
                found = next((by_token[o.i] for o in _objects(prep) if o.i in by_token), None)
                if found is not None:
                    return _with_precision(found, near=False)
    return None


_RESIDENTS = frozenset({"resident", "inhabitant", "people", "villager", "citizen", "townspeople", "townsfolk"})


def _governor_place(head: Token, by_token: dict[int, PlaceMention]) -> Place | None:
    """"A bomb exploded in Dora, killing five": the participle happened where its clause's verb did, and so did
    one joined to it ("attacked a base in Arauca, killing two soldiers and wounding seven": the wounding too)."""
    for _ in range(_CHAIN_DEPTH):
        if head.dep_ not in _CHAINED_DEPS or head.head is head:
            return None
        participle = head.dep_ == "advcl"
        head = head.head
        found = _tied_place(head, by_token) or (_charged_acts_place(head, by_token) if participle else None)
        if found is not None:
            return found
    return None


# Verbs of charging: what they charge someone with is an act of its own ("of bombing a market in Nyala")
_CHARGING = frozenset({"accuse", "blame", "charge", "condemn", "criticise", "criticize", "denounce", "fault"})


def _charged_acts_place(verb: Token, by_token: dict[int, PlaceMention]) -> Place | None:
    """"The RSF accused the army of bombing a market in Nyala, killing 20": the parser hangs the participle on the
    charge, but it tells the act charged, and happened where that act did."""
    if verb.lemma_.lower() not in _CHARGING:
        return None
    for prep in (c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ in ("of", "for")):
        for act in (c for c in children_of(prep) if c.dep_ == "pcomp"):
            found = _tied_place(act, by_token)
            if found is not None:
                return found
    return None


def _clause_place(head: Token, by_token: dict[int, PlaceMention]) -> Place | None:
    """"Three soldiers were killed when rockets hit Camp Taji": the place of the clause telling how. Not the purpose
    of talks, a call or a visit: "called Netanyahu to urge restraint in Gaza" was a call made from elsewhere."""
    consulting = _consults(head)
    for child in children_of(head):
        if consulting and _purpose(child):
            continue
        if child.dep_ == "advcl" and _mark_of(child) in _SAME_EVENT_MARKS | {None}:
            found = _tied_place(child, by_token)
            if found is not None:
                return found
    return None


def _witnessed_at(head: Token, by_token: dict[int, PlaceMention]) -> Place | None:
    """"In Yangon, residents said troops fired live rounds": the place fronted on the saying verb of witnesses is
    where the act they report happened (and the participles joined to it: "..., killing three")."""
    clause = head
    for _ in range(_CHAIN_DEPTH + 1):
        if clause.dep_ == "ccomp":
            break
        if clause.dep_ not in _CHAINED_DEPS or clause.head is clause:
            return None
        clause = clause.head
    verb = clause.head
    if clause.dep_ != "ccomp" or verb.lemma_.lower() not in _SAYING:
        return None
    speakers = [c for c in children_of(verb) if c.dep_ == "nsubj"]
    for prep in (c for c in children_of(verb) if c.dep_ == "prep" and c.i < verb.i and c.lower_ in _FRONTED_PREPS):
        for obj in _objects(prep):
            found = _place_in_phrase(obj, by_token)
            if found is not None and any(_speaks_where_it_happened(s, found[0]) for s in speakers):
                return _with_precision(found[0], near=found[1] or prep.lower_ in _NEAR_PREPS)
    return None


def _seat_afar(name: Token, mention: PlaceMention) -> bool:
    """"In Geneva, the UN envoy said the fighting had killed 40": a place fronted on a saying verb whose speakers do
    not speak where it happened (``_speaks_where_it_happened``) places neither the act nor the sentence; but a state
    body's seat still names the sentence's country ("In Mogadishu, the defence ministry said ...")."""
    prep, verb = name.head, name.head.head
    if name.dep_ != "pobj" or prep.lower_ not in _FRONTED_PREPS or prep.i > verb.i or prep.dep_ != "prep":
        return False
    if verb.lemma_.lower() not in _SAYING or not any(c.dep_ == "ccomp" for c in children_of(verb)):
        return False
    speakers = [c for c in children_of(verb) if c.dep_ == "nsubj"]
    return bool(speakers) and not any(_speaks_where_it_happened(s, mention) or _speaks_for(s, _STATE_BODIES)
                                      for s in speakers)


def _speaks_where_it_happened(speaker: Token, seat: PlaceMention) -> bool:
    """Witnesses report what they saw where they are. Other speakers ("In Kabul, officials said ...") speak of their
    own country's news where the story is: in a country the article names again (the dateline too), not from a seat
    abroad named once ("In Washington, officials said ..."); and never envoys, world bodies and ministries, who brief
    far from the act."""
    if speaker.lemma_.lower() in _WITNESSES:
        return True
    if _speaks_for(speaker, _ENVOYS | _STATE_BODIES) or any(c.text in _WORLD_BODIES for c in speaker.subtree):
        return False
    country = seat.place.country
    return country is not None and any(m.place.country == country and m.start != seat.start
                                       for m in speaker.doc._.places or ())


def _speaks_for(speaker: Token, words: frozenset[str]) -> bool:
    return any(c.lemma_.lower() in words for c in speaker.subtree)


# Speakers who speak for the world or for a state abroad: where they speak says nothing of where it happened.
_ENVOYS = frozenset({"envoy", "ambassador", "diplomat", "mediator", "emissary", "negotiator", "rapporteur"})
# Bodies that speak for the state from its capital ("In Mogadishu, the defence ministry said a roadside bomb struck a
# convoy on its way to the front"): their seat is not the act's, but it is in the story's country.
_STATE_BODIES = frozenset({"ministry", "minister", "president", "presidency", "cabinet", "premier"})
_WORLD_BODIES = frozenset({"UN", "U.N.", "United", "Nations", "NATO", "EU", "AU", "ICRC", "UNHCR", "WHO", "OCHA"})


# Talks, meetings, calls and visits: what they are about (a purpose clause, a topic phrase, the object of
# "discuss") may name a place far from where they were held.
_CONSULTING = frozenset({"talk", "talks", "meet", "meeting", "call", "phone", "telephone", "visit", "host", "discuss",
                         "discussion", "negotiate", "negotiation", "summit", "conference", "consult", "consultation",
                         "confer", "speak", "dialogue", "mediate", "mediation", "debate", "phoned", "met"})
_CONSULTING_IDS = [get_string_id(word) for word in sorted(_CONSULTING)]
_TOPIC_VERBS = frozenset({"discuss", "negotiate", "debate", "address", "review", "examine"})  # their object: a topic
_TOPIC_PREPS = frozenset({"on", "over", "about", "regarding", "concerning"})  # "talks on a truce in Gaza"


def _consults(head: Token) -> bool:
    return head.lemma_.lower() in _CONSULTING or head.lower_ in _CONSULTING


def topic_tokens(head: Token) -> frozenset[int]:
    """The tokens of what talks, a call or a visit whose trigger is ``head`` were about (empty for other events):
    purpose clauses, topic phrases ("on a truce in Gaza") and the object of "discuss"."""
    if head.lemma_.lower() in _REQUESTING:
        return _requested_acts(head)
    if not _consults(head):
        return frozenset()
    out: set[int] = set()
    for owner in _owners(head):
        for child in children_of(owner):
            if _purpose(child) or child.lower_ in _TOPIC_PREPS or (
                    owner is head and child.dep_ == "dobj" and _topic_verb(head)):
                out.update(t.i for t in child.subtree)
    return frozenset(out)


# A request is made where its speaker is, not where the act it asks for would be ("urged both sides to return to
# talks in Luanda": Luanda is the talks' place)
_REQUESTING = frozenset({"urge", "ask", "appeal", "press", "implore", "encourage", "request", "invite"})


def _requested_acts(head: Token) -> frozenset[int]:
    """The tokens of the clauses saying what the request asks for ("to return to talks in Luanda")."""
    return frozenset(t.i for c in children_of(head) if c.dep_ in ("xcomp", "ccomp") for t in c.subtree)


def _topics_of_talks(doc: Doc) -> frozenset[int]:
    """The tokens of what the doc's talks, calls and visits were about (their words found by hash, not by asking
    every token)."""
    words = doc.to_array([LEMMA, LOWER])
    consulting = numpy.isin(words, numpy.array(_CONSULTING_IDS, dtype=numpy.uint64)).any(axis=1)
    return frozenset(i for t in numpy.flatnonzero(consulting).tolist() for i in topic_tokens(doc[t]))


def _topic_verb(head: Token) -> bool:
    return head.lemma_.lower() in _TOPIC_VERBS


def _purpose(clause: Token) -> bool:
    """"to discuss the war in Syria", "in order to press for a truce": a clause saying what something was for."""
    return clause.dep_ in ("advcl", "xcomp", "acl") and any(
        c.dep_ == "aux" and c.lower_ == "to" and c.i < clause.i for c in children_of(clause))


def _mark_of(clause: Token) -> str | None:
    return next((c.lower_ for c in children_of(clause) if c.dep_ in ("mark", "advmod") and c.i < clause.i), None)


def _tied_place(head: Token, by_token: dict[int, PlaceMention]) -> Place | None:
    """The first place the trigger's phrases name; but a country gives way to a place within it named in another
    of them ("shot dead seven labourers ... in Gwadar in southwestern Pakistan")."""
    country = nation = None
    for token, near, origin in _anchors(head, by_token):
        found = _place_in_phrase(token, by_token)
        if found is None:
            continue
        if found[0].nationality:  # "a Syrian town": its country, when no phrase names a place
            nation = nation or found[0].place
            continue
        place = _with_precision(found[0], near=near or found[1])
        if country is None and not _a_country(place):
            return place
        if country is None:
            country = place
        elif not origin and not _a_country(place) and place.country == country.country:
            return place
    return country or nation


def _a_country(place: Place) -> bool:
    return (place.feature or "").startswith("PCL")


def _anchors(head: Token, by_token: dict[int, PlaceMention]):
    """Tokens whose phrase may name the event's place, nearest first, with whether a "near" preposition led there and
    whether they are the object of a "from" phrase (an origin, maybe)."""
    seen: set[int] = set()
    topic_object = _topic_verb(head)  # "discussed a ceasefire in Gaza"
    consulting = _consults(head)
    for owner in _owners(head, topic_object=topic_object):
        for child in _from_last(children_of(owner)):
            # read once: each ``Token.dep_`` or ``lower_`` looks its string up again, and every trigger asks
            dep, lower = child.dep_, child.lower_
            argument = dep in _PLACE_ARGS or (dep in _ADVERB_ARGS and child.i in by_token)
            if argument and (owner is head or _struck_by(head, owner, child)) and child.i not in seen and not (
                    topic_object and dep == "dobj"):
                seen.add(child.i)
                yield child, False, False
            # "Mosul fell to ...", "Kidal came under attack": the subject is the ground (a town the parser read as an
            # adverb before the verb too: "KYIV - Bakhmut came under heavy shelling")
            subject = dep == "nsubj" or (argument and dep in _ADVERB_ARGS and child.i < owner.i)
            if subject and child.i not in seen and _undergone(head, owner):
                seen.add(child.i)
                yield child, False, False
            opener = _dateline_opener(child, owner, by_token) if dep in _ADVERB_ARGS and owner is head else None
            if opener is not None and opener.i not in seen and (_passive(owner) or _undergone(head, owner)):
                seen.add(opener.i)  # "KYIV — Bakhmut was shelled": the town the parser hung on the dateline
                yield opener, False, False
            if consulting and lower in _TOPIC_PREPS:
                continue
            if dep != "prep":
                continue  # every rule below reads a preposition's phrase
            if lower in _LOCATIVE_PREPS and not (
                    lower == "from" and (owner.lemma_.lower() in _PEOPLE  # "a migrant from Venezuela"
                                         or envoy_leaves(owner))):
                origin = lower == "from"
                for obj in _objects(child):
                    if origin:  # "from Punjab province in Gwadar": the parser hung the event's place on the origin
                        yield from ((place, False, False) for place in _where_it_was(obj, seen))
                    if obj.i not in seen:
                        seen.add(obj.i)
                        yield obj, lower in _NEAR_PREPS, origin
            if lower == "to" and owner.lemma_.lower() in _SPREADING:
                # "Protests spread to Chittagong": where it spread to is where it now happens
                yield from ((obj, False, False) for obj in _objects(child) if obj.i not in seen)
            if lower == "to" and owner.lemma_.lower() in _VISITING:
                # "flew to Moscow for talks": a visit (and the talks it is for) happens where the visitor went
                yield from ((obj, False, False) for obj in _objects(child) if obj.i not in seen)
            if lower == "to" and owner is head and _light_verb_object(head):
                yield from ((obj, False, False) for obj in _objects(child) if obj.i not in seen)
            if lower == "with" and owner is head or lower == "between":
                yield from ((place, False, False) for place in _where_the_other_side_was(child, seen))
            if lower == "to" and owner is head and _addresses(head):
                # "speaking to troops in Omdurman": words are said where their hearers are
                yield from ((place, False, False) for place in _where_the_other_side_was(child, seen))


def _undergone(head: Token, owner: Token) -> bool:
    """Whether the subject of ``owner`` undergoes the event of ``head``: the trigger is a verb its subject undergoes
    ("Mosul fell"), or the act a verb's subject is under ("Kidal came under attack": the trigger "attack")."""
    if owner is head:
        return head.pos_ in ("VERB", "AUX") and undergoes(head)
    act = under_act(owner)
    return act is not None and act.i == head.i


def _dateline_opener(child: Token, owner: Token, by_token: dict[int, PlaceMention]) -> Token | None:
    """The place name that opens the sentence after a dateline, hung by the parser on the dateline's word (``child``,
    read as the verb's adverb): "KYIV — Bakhmut was shelled" (a town the tagger reads as an adverb stays there)."""
    if child.i > owner.i or child.i in by_token:
        return None
    return next((c for c in children_of(child) if c.i in by_token and role_word(c).i == child.i), None)


def _passive(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in children_of(verb))


# Verbs of travel that code as a visit; not of flight ("fled to Chad") nor of carrying ("airlifted to a hospital")
_VISITING = frozenset({"fly", "travel", "sail"})


# Verbs of an event reaching further: "protests spread to the port city", "the fighting extended to Omdurman"
_SPREADING = frozenset({"spread", "extend", "expand", "widen"})


# Calling an envoy home; not evacuating one ("evacuated its diplomats from Khartoum" happened in Khartoum)
_RECALLING = frozenset({"recall", "withdraw"})


def envoy_leaves(owner: Token) -> bool:
    """"recalled its ambassador from Kigali", "withdrew envoys from Moscow": the "from" phrase of a recalled envoy (or
    of the verb recalling one) is the post the envoy leaves, while the act is the sending state's."""
    if owner.lemma_.lower() in _ENVOYS and owner.dep_ == "dobj":
        owner = owner.head
    return owner.lemma_.lower() in _RECALLING and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _ENVOYS for c in children_of(owner))


_ADDRESSING = frozenset({"speak", "talk", "say", "address", "announce", "declare", "pledge", "vow", "promise"})


def _addresses(head: Token) -> bool:
    return head.lemma_.lower() in _ADDRESSING


# Verbs whose subject is a strike and whose object is what it struck: "Turkish shelling hit Ras al-Ain"
_STRIKING = frozenset({"hit", "strike", "rock", "pound", "target", "shake", "batter", "ravage", "devastate",
                       "level", "flatten", "engulf", "damage", "destroy"})


def _struck_by(head: Token, owner: Token, child: Token) -> bool:
    """The trigger is a noun, the subject of a verb of striking, and ``child`` that verb's object: where it struck
    ("Turkish shelling hit Ras al-Ain"; not "the talks angered Moscow", where the object is a party); or the agent of
    the passive verb, and ``child`` its subject ("Khan Younis was hit by air strikes")."""
    if owner.lemma_.lower() not in _STRIKING:
        return False
    if child.dep_ == "nsubjpass":
        return head.dep_ == "pobj" and head.head.dep_ == "agent" and owner.i == head.head.head.i
    return child.dep_ == "dobj" and head.dep_ == "nsubj" and owner.i == head.head.i


# "set fire to a school in Bunia", "laid siege to the town": the act's target follows "to", and it is where the act was
# (elsewhere "to" names a destination: "taken to a hospital in Karachi")
_LIGHT_OBJECTS = frozenset({"fire", "siege", "waste", "torch", "damage"})


def _light_verb_object(head: Token) -> bool:
    return any(c.dep_ == "dobj" and c.lower_ in _LIGHT_OBJECTS for c in children_of(head))


def _from_last(children: tuple[Token, ...]) -> list[Token]:
    """"shot dead seven labourers from Punjab in Gwadar": a "from" phrase the parser hung on the verb tells where
    someone or something came from; another locative phrase, when there is one, tells where it happened."""
    return sorted(children, key=lambda c: c.dep_ == "prep" and c.lower_ == "from")


def _where_the_other_side_was(prep: Token, seen: set[int]):
    """"Police clashed with protesters in La Paz", "clashes between rival communities in the Abyei area": the place of
    the sides' phrase is where they met (not a side itself: "clashed with Israel" names a party)."""
    for obj in _objects(prep):
        yield from _where_it_was(obj, seen)


def _where_it_was(noun: Token, seen: set[int]):
    """The objects of the "in", "at" and "on" phrases of ``noun`` not yet ``seen``."""
    for inner in children_of(noun):
        if inner.dep_ == "prep" and inner.lower_ in _SIDE_PREPS:
            for place in _objects(inner):
                if place.i not in seen:
                    seen.add(place.i)
                    yield place


def _owners(head: Token, *, topic_object: bool = False) -> list[Token]:
    """The trigger, the verb that carries a nominal trigger ("carried out an attack in ..."), and its arguments (but
    the object when it is a topic: ``topic_object``)."""
    owners = [head]
    # "Fighting spread to Omdurman": a gerund the parser calls a verb is a nominal trigger as its subject
    gerund = head.dep_ == "nsubj" and head.tag_ == "VBG"
    if (head.pos_ in ("NOUN", "PROPN") or gerund) and head.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj"):
        verb = head.head.head if head.head.dep_ in ("prep", "agent") else head.head  # "hit by air strikes"
        owners.append(verb)
    args = ("nsubjpass", "nsubj") if topic_object else ("dobj", "nsubjpass", "nsubj")
    owners += [c for c in children_of(head) if c.dep_ in args]
    if head.dep_ == "acl" and any(c.dep_ == "dobj" for c in children_of(head)):
        owners.append(head.head)  # "JUBA - Clashes between ... killed 19 people": a subject the parser took for a head
    return owners


@kept_per_doc("khabar.location.objects")
def _objects(prep: Token) -> tuple[Token, ...]:
    """The objects of a preposition and their conjuncts, kept per doc: every trigger of a sentence asks for those of
    the same few prepositions, and ``Token.conjuncts`` makes its tokens again each time."""
    objects = tuple(c for c in children_of(prep) if c.dep_ == "pobj")
    return objects + tuple(c for o in objects for c in o.conjuncts)


def _place_in_phrase(token: Token, by_token: dict[int, PlaceMention],
                     depth: int = _PHRASE_DEPTH) -> tuple[PlaceMention, bool] | None:
    """The place a noun phrase names: the word itself, its name modifiers ("Dora district"), what it is
    part of ("the outskirts of Kirkuk", flagged as within/near), or where it is ("the station in the
    city of Kramatorsk", followed a few hops); a place noun its nationality word places only when the phrase names
    nothing finer ("Afghan villages in Kunar province")."""
    own = by_token.get(token.i)
    if own is not None and not own.nationality:
        return _town_before_its_province(token, own, by_token) or own, False
    found = _phrase_place(token, by_token, depth)
    return found if found is not None or own is None else (own, False)


def _town_before_its_province(token: Token, own: PlaceMention,
                              by_token: dict[int, PlaceMention]) -> PlaceMention | None:
    """"in Owo, Ondo state": the parser hangs the town on the province after it, which says where the town lies."""
    if own.place.precision != _COUNTRY_PRECISION or token.i != own.end - 1:
        return None
    return next((by_token[c.i] for c in children_of(token) if c.dep_ in _NAME_DEPS and c.i < own.start
                 and c.i in by_token and by_token[c.i].place.country == own.place.country
                 and (by_token[c.i].place.precision or 1) < _COUNTRY_PRECISION), None)


def _phrase_place(token: Token, by_token: dict[int, PlaceMention], depth: int) -> tuple[PlaceMention, bool] | None:
    """The place the words of a noun phrase name, but the noun itself (``_place_in_phrase``)."""
    placeish = token.pos_ == "PROPN" or token.lemma_.lower() in _PLACE_NOUNS
    named = [c for c in children_of(token) if c.i in by_token]
    for child in named:
        if child.dep_ in _NAME_DEPS and placeish:
            return by_token[child.i], token.lower_ in _SURROUNDS  # "the Hama countryside": near Hama
    for child in named:  # "Sagaing region's Kale township": the name of its own beats the owner's
        if child.dep_ == "poss" and _possessed_site(token, by_token[child.i]):
            return by_token[child.i], token.lower_ in _AREA_NOUNS
    for prep in children_of(token):
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in _objects(prep):
                if obj.i in by_token:
                    return by_token[obj.i], token.lower_ in _AREA_NOUNS
                found = _of_a_place(token, obj, by_token, depth) if _place_word(token) or _holding(token) else None
                if found is not None:
                    return found
    found = _where_it_lies(token, by_token, depth)
    if found is None or _a_country(found[0].place):
        # "a camp for displaced people outside Goma in eastern Congo": the town within the country, when there is one
        users = _where_its_users_are(token, by_token, depth) or _where_its_clause_puts_it(token, by_token, depth)
        if users is not None and (found is None or users[0].place.country == found[0].place.country):
            return users
    return found


def _possessed_site(token: Token, owner: PlaceMention) -> bool:
    """"Kharkiv's main railway station", "Nairobi's business district": a town's own site is in the town. Not a
    country's ("Iran's embassy", "Russia's nuclear plant" may be anywhere)."""
    word = token.lemma_.lower()
    return not _a_country(owner.place) and (word in _PLACE_NOUNS or word in _FACILITIES or word in _SITES)


_SITES = frozenset({"station", "market", "harbour", "harbor", "mosque", "church", "stadium", "quarter", "hotel",
                    "university", "terminal", "depot", "palace"})


_LYING_PREPS = _LOCATIVE_PREPS - {"from", "against", "over"}  # "targets in Iraq"; not "fire from Gaza"


def _where_it_lies(token: Token, by_token: dict[int, PlaceMention], depth: int) -> tuple[PlaceMention, bool] | None:
    """The place of a locative phrase of the noun: "rocket attacks on U.S. targets in Iraq"; or, for a road or a
    border "between Bint Jbeil and Aitaroun", near the first of the places it runs between."""
    for prep in children_of(token):
        if prep.dep_ == "prep" and (prep.lower_ == "between" and _place_word(token) or _leads_to(token, prep)) and (
                depth > 1):
            found = next((by_token[o.i] for o in _objects(prep) if o.i in by_token), None)
            if found is not None:
                return found, True
        if depth > 1 and prep.dep_ == "prep" and prep.lower_ in _LYING_PREPS:
            for obj in _objects(prep):
                found = _place_in_phrase(obj, by_token, depth - 1)
                if found is not None:
                    return found[0], found[1] or prep.lower_ in _NEAR_PREPS
    return None


# Roads named by where they lead: "ambushed a truck on the road to Mueda" happened on it, near the town (not "on its
# way to Mogadishu", which may be anywhere on the journey)
_ROUTES = frozenset({"road", "roads", "highway", "route", "motorway", "track", "railway", "railroad"})


def _leads_to(token: Token, prep: Token) -> bool:
    """"the road to Mueda", "the highway from Gao": a route and the town it leads to or from."""
    return prep.lower_ in ("to", "from") and token.lemma_.lower() in _ROUTES


def _where_its_users_are(token: Token, by_token: dict[int, PlaceMention],
                         depth: int) -> tuple[PlaceMention, bool] | None:
    """"a camp for displaced people outside Goma", "a school for girls in Bunia": the parser hangs the place on the
    people a place is for, but it places the camp. Only their locative phrases: "aid for Gaza" names a destination."""
    if depth <= 1 or not (_place_word(token) or token.lemma_.lower() in _FACILITIES):
        return None
    for prep in (c for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "for"):
        for obj in _objects(prep):
            for inner in (c for c in children_of(obj) if c.dep_ == "prep" and c.lower_ in _FRONTED_PREPS):
                for place in _objects(inner):
                    found = _place_in_phrase(place, by_token, depth - 1)
                    if found is not None:
                        return found[0], found[1] or inner.lower_ in _NEAR_PREPS
    return None


_DESCRIBING_CLAUSES = frozenset({"acl", "relcl"})
# Verbs of travel that say where what they describe was on its way ("a bus carrying pilgrims on the road to Karbala")
_ON_THE_MOVE = frozenset({"carry", "travel", "drive", "ride", "transport", "patrol", "ferry", "escort"})


def _where_its_clause_puts_it(token: Token, by_token: dict[int, PlaceMention],
                              depth: int) -> tuple[PlaceMention, bool] | None:
    """"a base hosting U.S. forces in western Iraq", "a camp that shelters families in eastern Congo": the parser
    hangs the place on the clause describing a site (or on its object), but it says where the site is; and where a
    clause of travel puts what was struck on the move ("a car travelling on a road near Tyre", "a convoy carrying
    officials on a highway in Anbar"). Not other clauses describing people or things ("The Thais, who had worked on
    farms near the border", "a blogger who criticised the war in Ukraine"): they tell of another time or a topic."""
    if depth <= 1:
        return None
    word = token.lemma_.lower()
    site = word in _PLACE_NOUNS or word in _FACILITIES or word in _SITES
    for clause in (c for c in children_of(token) if c.dep_ in _DESCRIBING_CLAUSES):
        if not site and clause.lemma_.lower() not in _ON_THE_MOVE:
            continue
        # the clause, its object, and the doer of a passive one ("a base used by coalition troops in Anbar")
        holders = (clause, *(c for c in children_of(clause) if c.dep_ == "dobj"),
                   *(o for a in children_of(clause) if a.dep_ == "agent" for o in children_of(a) if o.dep_ == "pobj"))
        for prep in (p for h in holders for p in children_of(h) if p.dep_ == "prep" and p.lower_ in _LYING_PREPS):
            for obj in _objects(prep):
                found = _place_in_phrase(obj, by_token, depth - 1)
                if found is not None:
                    return found[0], found[1] or prep.lower_ in _NEAR_PREPS
    return None


def _of_a_place(token: Token, obj: Token, by_token: dict[int, PlaceMention],
                depth: int) -> tuple[PlaceMention, bool] | None:
    """"the outskirts of the town of Saravena", "the village of Kudaku near Gusau" (a name the gazetteer does not
    know): the place of the phrase after "of", a hop further."""
    if depth <= 1 or not _place_word(obj):
        return None
    found = _place_in_phrase(obj, by_token, depth - 1)
    return (found[0], found[1] or token.lower_ in _AREA_NOUNS) if found is not None else None


# "took control of the village of Andriivka": the ground held is the place of the taking
_HOLD_NOUNS = frozenset({"control", "possession"})


def _holding(token: Token) -> bool:
    return token.lemma_.lower() in _HOLD_NOUNS


def _place_word(token: Token) -> bool:
    """A name, or a noun for a place ("outskirts", whose lemma the tagger may give as "outskirt")."""
    return token.pos_ == "PROPN" or token.lemma_.lower() in _PLACE_NOUNS or token.lower_ in _PLACE_NOUNS


def _with_precision(mention: PlaceMention, *, near: bool) -> Place:
    place = mention.place
    precision = max(place.precision or 1, 2) if near else (place.precision or 1)
    return place if precision == place.precision else replace(place, precision=precision)


def _dateline_place(sited: list[PlaceMention], index: _PlaceIndex) -> Place | None:
    dateline = index.dateline
    if dateline is None:
        return None
    if not _dateline_agrees(dateline, sited, index):  # not "U.S.-led"
        return None
    return replace(dateline.place, precision=max(dateline.place.precision or 1, _DATELINE_PRECISION))


def _dateline_agrees(dateline: PlaceMention, sited: list[PlaceMention], index: _PlaceIndex) -> bool:
    """A dateline says where the reporter was. It places the event only when the sentence names no place
    or some place in the dateline's country, and when the rest of the article, if it names places at all,
    names something in the dateline's country (as a place or as an actor: "Iraq's defence ministry"). Names
    of parties alone ("BAGHDAD — ... a base housing U.S. troops") do not set the dateline aside."""
    country = dateline.place.country
    in_sentence = {m.place.country for m in sited if m.start not in index.sources}  # not "reports from Indonesia"
    if in_sentence and country not in in_sentence:
        return False
    return index.rest_agrees


def _bare_country_aside(doc: Doc, mention: PlaceMention) -> bool:
    """A country named by its bare name as a doer or a companion ("Ghana offered help along with Benin"): a party
    to a side act, not a place of the story, so it does not vote the dateline down (a town, "in Somalia" or "the
    north of Yemen" does)."""
    name = doc[mention.end - 1]
    if mention.place.precision != 3 or mention.place.name != doc[mention.start:mention.end].text:
        return False
    while name.dep_ == "conj" and name.head.i != name.i:
        name = name.head
    return name.dep_ in _PARTY_DEPS or (name.dep_ == "pobj" and name.head.lower_ == "with")


_PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "appos"})


def _rest_agrees(country: str | None, countries: list[PlaceMention]) -> bool:
    """Whether the article's places with a country, but the dateline, are all parties' names or name some place
    in the dateline's ``country``."""
    return all(m.actor for m in countries) or any(m.place.country == country for m in countries)


def _sited_in(sent: Span, index: _PlaceIndex) -> list[PlaceMention]:
    """The places with a country that ``sent`` names as places (not the dateline, no origin), in order."""
    starts = index.sited_starts
    if starts is None:
        return [m for m in index.sited if sent.start <= m.start < sent.end]
    lo = bisect_left(starts, sent.start)
    return index.sited[lo:bisect_left(starts, sent.end, lo)]


def _sentence_country(sited: list[PlaceMention]) -> Place | None:
    return _country_place(sited[0].place.country) if sited else None


def is_origin(name: Token) -> bool:
    """"a young woman from Ecuador", "refugees from Syria": where someone comes from, not where anything happened
    (but "reports from Iraq" tell of Iraq)."""
    prep = name.head
    return name.dep_ == "pobj" and prep.lower_ == "from" and prep.head.lemma_.lower() in _PEOPLE


def _over_the_border(doc: Doc, mention: PlaceMention) -> bool:
    """"killed 30 militants near the border with Mali" in a story from Niger: the country across a border from the
    story's, which says where the border runs, not that the event was in it (nor does it set the dateline aside)."""
    name = doc[mention.end - 1]
    prep = name.head
    if not (_a_country(mention.place) and name.dep_ == "pobj" and prep.lower_ == "with"):
        return False
    # the parser may hang "with Pakistan" on the fighters of "clashed with fighters along the border with Pakistan"
    return prep.head.lemma_.lower() in _BORDERS or (prep.i > 0 and doc[prep.i - 1].lemma_.lower() in _BORDERS)


_BORDERS = frozenset({"border", "frontier", "boundary", "borderline"})


# People whose "from" phrase is their origin.
_PEOPLE = frozenset({"man", "woman", "men", "women", "child", "boy", "girl", "person", "people", "national", "citizen",
                     "refugee", "migrant", "tourist", "visitor", "delegation", "delegate", "fighter", "volunteer",
                     "worker", "labourer", "laborer", "student", "journalist", "pilgrim", "family", "cadet", "soldier",
                     "one", "some"})


def _focus_country(doc: Doc, index: _PlaceIndex) -> Place | None:
    """The article's main country; not the dateline's when the dateline was set aside for another one, nor one named
    only as a speaker's seat abroad while the article names another."""
    seats = _seats_only(doc)
    focus = [code for code in doc._.geo_focus or () if code not in index.afar | seats] or [
        code for code in doc._.geo_focus or () if code not in seats]
    dateline = index.dateline.place.country if index.dateline is not None else None
    preferred = [code for code in focus if code != dateline] or list(focus)
    return _country_place(preferred[0]) if preferred else None


def _seats_only(doc: Doc) -> frozenset[str]:
    """The countries the text names only as a party's seat ("A Beirut-based group said air strikes killed five"): they
    tell the parties' countries (so they stay in the focus), but where a party sits is no place of its story."""
    places = doc._.places or ()
    seats = {m.place.country for m in places if m.qualifier}
    if not seats:
        return frozenset()
    seats -= {m.place.country for m in places if not m.qualifier}
    gazetteer = default_gazetteer()
    return frozenset(seats - {gazetteer.demonym(ent.text) for ent in doc.ents if ent.label_ == "NORP"})


def _countries_afar(named: list[PlaceMention], afar: frozenset[int]) -> frozenset[str]:
    """The countries of the seats in ``afar`` (first tokens) that no other place of the text lies in."""
    seats = {m.place.country for m in named if m.start in afar}
    return frozenset(seats - {m.place.country for m in named if m.start not in afar and not m.dateline})


def _country_place(iso3: str) -> Place | None:
    entry = default_gazetteer().country(iso3)
    if entry is None:
        return None
    place = place_of(entry, text=entry.name)  # a new record at each call, as callers may tell places apart by identity
    # a country's record has the precision already: ``replace`` would cost more than making the record
    return place if place.precision == _COUNTRY_PRECISION else replace(place, precision=_COUNTRY_PRECISION)


def speakers_country(head: Token, doc: Doc) -> str | None:
    """The one country the subject of the saying or judging verb ``head`` names, by a name standing for its state
    ("India rejected ...", "Iran's foreign ministry accused ...") or by a nationality word ("The Indian foreign
    ministry said ..."); None when it names none or several, or when one of joint speakers names none ("The United
    States, the UN and the African Union called for ...": the call is no one state's)."""
    speakers = [s for subject in _subjects(head) for s in _joint_speakers(subject)]
    named = _place_index(doc).named
    countries = set()
    for speaker in speakers:
        tokens = _own_phrase(speaker, speakers)
        found = {m.place.country for m in named if m.start in tokens and not m.dateline} | _demonyms_in(doc, tokens)
        found.discard(None)
        if not found:
            return None
        countries |= found
    return countries.pop() if len(countries) == 1 else None


def _joint_speakers(subject: Token) -> list[Token]:
    """The subject and its conjuncts; and a list the parser hung on it as an apposition ("The United States, the
    United Nations and the African Union": "Nations" an apposition with a conjunct of its own)."""
    listed = [a for a in children_of(subject) if a.dep_ == "appos" and any(c.dep_ == "conj" for c in children_of(a))]
    return [subject, *subject.conjuncts, *(t for a in listed for t in (a, *a.conjuncts))]


def _own_phrase(noun: Token, speakers: list[Token]) -> set[int]:
    """The tokens of ``noun``'s phrase, without those of the other speakers hung on it."""
    tokens = {t.i for t in noun.subtree}
    for other in (c for c in children_of(noun) if c in speakers):
        tokens -= {t.i for t in other.subtree}
    return tokens


def _subjects(head: Token) -> list[Token]:
    """The subjects of ``head``, or of the verb it is joined to when it has none of its own ("India rejected the
    charge and urged ..."; not "Israel has not said it did, but it has been widely blamed")."""
    found = [c for c in children_of(head) if c.dep_ == "nsubj"]
    if found or head.dep_ != "conj" or any(c.dep_ in ("nsubjpass", "expl", "csubj") for c in children_of(head)):
        return found
    return [c for c in children_of(head.head) if c.dep_ == "nsubj"]


def _demonyms_in(doc: Doc, tokens: set[int]) -> set[str | None]:
    return {code for start, code in _nationality_words(doc) if start in tokens}


_NATIONALITIES_KEY = "khabar.location.nationalities"  # doc.user_data: (first token, ISO3 or None) of each NORP entity


def _nationality_words(doc: Doc) -> tuple[tuple[int, str | None], ...]:
    """The doc's nationality words, read once per doc: each saying verb asks, and reading ``doc.ents`` makes every
    entity's span again (no component changes the entities after NER)."""
    found = doc.user_data.get(_NATIONALITIES_KEY)
    if found is None:
        gazetteer = default_gazetteer()
        found = doc.user_data[_NATIONALITIES_KEY] = tuple(
            (ent.start, gazetteer.demonym(ent.text)) for ent in doc.ents if ent.label_ == "NORP")
    return found


def dateline_of(doc: Doc) -> PlaceMention | None:
    """The article's dateline place, if it has one."""
    return _place_index(doc).dateline


def country_place(iso3: str) -> Place | None:
    """The country as a place of precision 3."""
    return _country_place(iso3)


def names_a_place(doc: Doc, start: int, end: int, *, destinations: bool = True) -> bool:
    """Whether tokens ``start``..``end`` name a place as a place (not a party's name, not the dateline); with
    ``destinations=False``, a place only named as where someone was taken ("taken to a hospital in Karachi") or where
    someone came from ("among them a young woman from Ecuador") counts not: nothing the sentence tells happened
    there."""
    placing = _place_index(doc).placing
    if placing.isdisjoint(range(start, end)):  # most sentences: asked of every word, and no place among them
        return False
    return any(i in placing and (destinations or not _elsewhere_bound(doc[i])) for i in range(start, end))


def _elsewhere_bound(name: Token) -> bool:
    return _destination(name) or is_origin(name) or pursued_in(name)


_MOVING = frozenset({"take", "rush", "fly", "airlift", "evacuate", "flee", "send", "transfer", "move", "carry",
                     "bring", "transport", "deport", "return", "escape", "retreat", "withdraw"})
_TOWARDS = frozenset({"to", "towards", "toward", "into"})


def _destination(name: Token) -> bool:
    """"taken to a hospital in Karachi", "fled towards the border": the name lies in a "to" phrase of a verb of
    moving (a few hops up its phrase)."""
    token = name
    for _ in range(_PHRASE_DEPTH + 2):
        if token.dep_ == "prep" and token.lower_ in _TOWARDS and token.head.lemma_.lower() in _MOVING:
            return True
        if token.head is token or token.dep_ not in ("pobj", "prep", "compound", "appos", "conj"):
            return False
        token = token.head
    return False
