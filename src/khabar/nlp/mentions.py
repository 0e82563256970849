"""Resolve argument heads to actors, with in-article coreference.

One ``MentionResolver`` lives for one document. It remembers whom the text has named (the event parties,
and the subjects and objects it reads once per document), so that "the group", "the army", "the
militiamen", "the prime minister" and pronouns resolve to the right actor, in the same sentence or the two
before it. A pronoun
first looks for an agreeing subject of a clause above it ("Syria said it would ..."). Facilities are never
persons; civilians and ethnic groups whose words state no country belong to the place of the sentence;
a country stated around a mention (apposition, "of"/"from"/"in") is used when its own words give none;
else a generic mention takes the country of its own sentence's place, then the article's. An event's own
verb standing as a party is the party the text leaves unnamed: the doer of an attack is an unidentified
armed group, the target of a protest the government, each of the event place's country.
"""
from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import replace

import numpy
from spacy.attrs import DEP, LEMMA, POS
from spacy.parts_of_speech import NOUN, PROPN
from spacy.tokens import Doc, Span, Token

from ..actors import ActorKB
from ..geo import PlaceMention, event_location
from ..model import Actor
from .arguments import (ADDRESSED_TO_AUTHORITIES, STATE_ACTS, UNATTRIBUTED_ACTS, antecedent, clause_subject,
                        counted_people, group_owner, mention_span, stands_for_unnamed_party)
from .sentences import bounds_at, sentence_bounds

# Definite descriptions that point back to an armed group or organisation named earlier.
_GROUP_WORDS = frozenset({"group", "militia", "militiaman", "organization", "organisation", "movement",
                          "faction", "fighter", "militant", "insurgent", "rebel", "suspect", "proxy", "gunman"})
_PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers"})
_THING_PRONOUNS = frozenset({"it", "its"})
_PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
_ARMED_SECTORS = frozenset({"REB", "INS", "MIL", "PTY"})
_NON_STATE_SECTORS = frozenset({"REB", "INS"})
_IRREGULAR_SECTORS = frozenset({"REB", "INS", "UAF"})
_STATE_ORGANS = frozenset({"GOV", "MIL", "COP", "SPY"})
_REPORTING_LEMMAS = frozenset({"say", "tell", "report", "announce", "add", "state", "claim", "confirm"})
_NAME_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
# Nouns that name a place or a facility. Such a mention is never a person ("Ain al-Asad air base" is not
# Bashar al-Assad), and names an actor only when a state or body owns it ("the U.S. embassy").
_FACILITY_NOUNS = frozenset({
    "base", "airbase", "airport", "airfield", "airstrip", "camp", "barracks", "compound", "embassy", "consulate",
    "checkpoint", "headquarters", "outpost", "port", "harbour", "harbor", "bridge", "street", "square", "station",
    "building", "palace", "mosque", "shrine", "church", "refinery", "depot", "warehouse", "road", "highway",
    "crossing", "terminal", "facility", "complex", "stadium", "hotel", "market", "district", "neighbourhood",
    "neighborhood", "province", "city", "town", "village", "region", "governorate", "stronghold", "hideout"})
# Sectors of people who are not a state's organs: with no nationality stated, they are of the place.
_CIVILIAN_SECTORS = frozenset({"CVL", "MED", "EDU", "HLH", "REL", "LAB", "REF", "BUS", "AGR", "NGO"})
# Settlements: attacked or raided, they stand for the people who live there (ACLED's "civilians (country)").
_SETTLEMENT_NOUNS = frozenset({"village", "town", "hamlet", "settlement", "neighbourhood", "neighborhood", "suburb"})
_HARMFUL_ACTS = frozenset({"ASSAULT", "COERCE"})
_FACILITY_FIRST = frozenset({"camp", "fort", "forward", "base", "checkpoint"})  # "Camp Taji", "Fort Bragg"
_NON_PERSON_ENTS = frozenset({"GPE", "ORG", "NORP", "FAC", "LOC"})
# Weapons of the kind irregulars plant or fire. Standing as the doer with no owner named ("A roadside bomb
# killed ...", "killed by a car bomb"), they stand for ACLED's "unidentified armed group" of the event's
# country. Not missiles, shells or drones, which are mostly fired by armies.
_IRREGULAR_WEAPONS = frozenset({"bomb", "ied", "explosive", "device", "mine", "landmine", "grenade", "rocket",
                                "mortar", "katyusha", "booby"})
UNIDENTIFIED_ARMED_GROUP = "Unidentified armed group"
# Nouns for one person that "he"/"she" can stand for ("the minister said he would ...").
_PERSON_NOUNS = frozenset({"president", "minister", "leader", "commander", "official", "spokesman", "spokeswoman",
                           "general", "king", "queen", "emir", "prince", "cleric", "premier", "chancellor", "chief",
                           "head", "secretary", "ambassador", "envoy", "governor", "mayor", "man", "woman", "judge"})
# Envoys: summoned, expelled or received, they are mostly another state's than the one acting on them.
_ENVOYS = frozenset({"ambassador", "envoy", "diplomat", "consul", "attache", "attaché", "emissary", "chargé"})
# Singular nouns that "they" can stand for ("the government said they would ...").
_COLLECTIVE_NOUNS = frozenset({"government", "group", "police", "army", "military", "party", "militia", "movement",
                               "administration", "team", "council", "committee", "delegation", "alliance", "coalition",
                               "opposition", "family", "crowd", "union", "organization", "organisation"})


def _char_span(span: Span) -> tuple[int, int]:
    return (span.start_char, span.end_char)


def _entity_at(head: Token) -> Span | None:
    """The named entity around ``head``, read off the IOB tags (building ``doc.ents`` per call is slow)."""
    if head.ent_type_ not in _NAME_ENTS:
        return None
    doc = head.doc
    start = head.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = head.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


class MentionResolver:
    def __init__(self, kb: ActorKB, *, date: dt.date | None, country: str | None):
        self.kb = kb
        self.date = date
        self.country = country
        self.history: list[Actor] = []
        self._article: str | None = None  # the article's own country, computed on first need
        self._places_by_sentence: dict[int, list] | None = None  # built on first need, once per document
        self._owners_open: set[int] = set()  # mentions whose possessive pronoun is being resolved
        self._reporters_open: set[int] = set()  # mentions whose reporting speaker is being resolved
        self._parties: list[int] | None = None  # noun heads that may be parties, in text order, once per doc
        self._party_actors: dict[int, Actor | None] = {}  # their resolutions, made on first need
        self._next_party = 0  # how many of them have been resolved, in text order
        self._spans: dict[int, Span] = {}  # mention_span of a head, asked at each of its resolutions
        self._conjoined: dict[tuple[int, int, int], tuple[Actor, ...]] = {}  # conjoined parties of a mention
        self._party_places: frozenset[int] | None = None  # tokens of places standing for parties, once per doc

    def _country(self, doc: Doc) -> str | None:
        """The article's country: its geographic focus, leaving out a country that is only the dateline or
        the venue of a meeting ("WASHINGTON (Reuters) - Iran said ...", "talks held in Havana"), else the
        country its names and nationality words state most often ("President X threatened to ban Ugandan
        opposition candidates")."""
        if self._article is None:
            self._article = _article_country(doc, self.kb, self.country) or ""
        return self._article or None

    def resolve(self, head: Token) -> Actor | None:
        actor = self._resolve(head)
        if actor is not None and (actor.id or actor.sector):
            self.history.append(actor)
        return actor

    def resolve_all(self, head: Token) -> tuple[Actor, ...]:
        """Every party a mention names: "Indian and Pakistani troops" are two, the Indian troops and the
        Pakistani troops; any other mention is the one party ``resolve`` gives (or none)."""
        parts = self._conjoined_parties(head, self._span(head)) if head.pos_ in ("NOUN", "PROPN") else ()
        if len(parts) > 1:
            self.history.extend(parts)
            return parts
        actor = self.resolve(head)
        return (actor,) if actor is not None else ()

    def _span(self, head: Token) -> Span:
        """``mention_span(head)``, made once: a head is resolved again for each event and each coreference."""
        span = self._spans.get(head.i)
        if span is None:
            span = self._spans[head.i] = mention_span(head)
        return span

    def _conjoined_parties(self, head: Token, span: Span) -> tuple[Actor, ...]:
        """"Indian and Pakistani troops", "U.S. and British forces": nationality words joined by "and" on one
        noun, each read with the rest of the phrase ("Pakistani troops"). Read once per mention: it is asked at
        each resolution of the head, and depends on its words only."""
        key = (head.i, span.start, span.end)
        if key not in self._conjoined:
            self._conjoined[key] = self._read_conjoined(head, span)
        return self._conjoined[key]

    def _read_conjoined(self, head: Token, span: Span) -> tuple[Actor, ...]:
        first = next((c for c in head.children if c.dep_ in ("amod", "compound", "nmod") and c.i >= span.start
                      and any(g.dep_ == "conj" for g in c.children) and self.kb.country_of(c.text)), None)
        if first is None:
            return ()
        words = [first, *(g for g in first.subtree if g.dep_ == "conj" and g.i > first.i)]
        rest = head.doc[words[-1].i + 1:span.end].text
        parts = []
        for word in (w for w in words if self.kb.country_of(w.text)):
            found = self.kb.resolve(f"{word.text} {rest}", date=self.date, country=None)
            if found is not None and all(p.name != found.name for p in parts):
                parts.append(replace(found, text=span.text, span=_char_span(span)))
        return tuple(parts) if len(parts) > 1 else ()

    def _resolve(self, head: Token) -> Actor | None:
        lower = head.lower_
        if stands_for_unnamed_party(head):
            return self._unnamed(head)
        if head.pos_ == "PRON":
            return self._pronoun(head, lower)
        if counted_people(head):  # "killing 10": people of the place
            country = _place_country(head) or self._country(head.doc)
            found = self.kb.resolve("civilians", date=self.date, country=country)
            return replace(found, text=head.text, span=(head.idx, head.idx + len(head.text))) if found else None
        owner = group_owner(head)
        span = self._span(head)
        if owner is not None:
            found = self._resolve(owner)
            whole = head.doc[span.start:owner.i + 1]
            return replace(found, text=whole.text, span=_char_span(whole)) if found else None
        named = self._name_after(head, span) if head.lemma_.lower() in _GROUP_WORDS else None
        if named is not None:
            return named
        if head.lemma_.lower() in _GROUP_WORDS and self._is_definite(span):
            earlier = self._group_antecedent(head)
            if earlier is not None:
                return replace(earlier, text=span.text, span=_char_span(span))
        return self._lookup(head, span)

    def _name_after(self, head: Token, span: Span) -> Actor | None:
        """"The militant group Hamas fired ...": a description right before the name of a known actor is that
        actor (the parser may hang the name apart from the description)."""
        doc = head.doc
        entity = _entity_at(doc[span.end]) if span.end < len(doc) else None
        if entity is None or entity.start != span.end or doc[span.end].ent_type_ not in ("ORG", "PERSON", "NORP"):
            return None
        found = self.kb.resolve(entity.text, date=self.date, country=None)
        whole = doc[span.start:entity.end]
        return replace(found, text=whole.text, span=_char_span(whole)) if found is not None and found.id else None

    def _apposed_person(self, head: Token, span: Span) -> Actor | None:
        """"Prime Minister Modi", "Nigeria's president, Muhammadu Buhari": a title with a known person's name
        in apposition is that person, whoever held the title on the article's date."""
        if head.lemma_.lower() not in _PERSON_NOUNS:
            return None
        for name in (c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"):
            words = _entity_at(name) or mention_span(name)
            found = self.kb.resolve(words.text, date=self.date, country=None)
            if found is not None and _is_person(found):
                return replace(found, text=span.text, span=_char_span(span))
        return None

    def _group_antecedent(self, head: Token) -> Actor | None:
        """"the militiamen", "the group": the last non-state armed group named. A noun of irregulars ("the
        militants", "the rebels") never stands for an army: with no such group named, it is the last mention
        of its own sector ("12 militants ... the militants"); "the group" may be any armed body."""
        earlier = self._last_before(head, lambda a: a.sector in _NON_STATE_SECTORS and a.id is not None)
        if earlier is not None:
            return earlier
        sector = self.kb.sector_of(head.lemma_)
        if sector in _IRREGULAR_SECTORS:
            return self._last_before(head, lambda a: a.sector == sector)
        return self._last_before(head, lambda a: a.sector in _ARMED_SECTORS and a.id is not None)

    def _lookup(self, head: Token, span: Span) -> Actor | None:
        government = self._capital_as_government(head, span)
        if government is not None:
            return government
        parts = self._conjoined_parties(head, span)
        if parts:
            return parts[0]  # one party asked for: the first named
        person = self._apposed_person(head, span)
        if person is not None:
            return person
        actor = self._named(head, span)
        if actor is not None and actor.id is not None and actor.id == actor.country and _civilian_thing(head):
            return self._civilians(span, actor.country) or actor  # "ambushed an Israeli bus": Israeli civilians
        if _facility(head):
            # "a police station" is the police's; "the Ain al-Asad air base" alone names no one
            if actor is not None and (actor.id or actor.sector) and not _is_person(actor):
                return actor
            return self._people_of_struck_place(head, span) or self._people_of_settlement(head, span)
        unnamed = actor is None or (actor.id is None and actor.sector is None)  # or only a name: "Katyusha rockets"
        if unnamed and _weapon_as_doer(head):
            return self.unidentified_armed_group(_trigger_of_doer(head), text_span=span)
        if actor is None or (actor.id is None and actor.country is None):
            actor = self._led_by(head, span, actor) or actor
        known = self._known_place_country(span, actor) if actor is not None and actor.country else None
        if actor is not None and actor.country and (unnamed or known):  # "shelled Kharkiv", "struck Kiev"
            actor = self._people_of_struck_place(head, span, known) or actor
        if unnamed and actor is not None and _counted(head) and self.kb.country_of(span.text):
            actor = self._civilians(span, self.kb.country_of(span.text)) or actor  # "Hundreds of Lebanese"
        if actor is not None and actor.sector == "IGO" and _category_at(_act_of_doer(head)) in _FORCE_ACTS:
            return replace(actor, sector="MIL")  # "NATO bombed Serb positions": the body's forces did it
        if actor is None or actor.id not in (None, actor.country) or (actor.id and not _ethnic(span)):
            return actor  # a named actor, or a state named as itself
        return self._placed(head, span, actor)

    def _known_place_country(self, span: Span, actor: Actor) -> str | None:
        """The country of a region of a state ("southern Lebanon") or of its capital ("Kiev"); None for a name
        only the gazetteer can place, and for a state named as itself ("bombed Lebanon" struck the state)."""
        if actor.id != actor.country:
            return None
        return actor.country if _region_of(span) or self.kb.government_of_capital(span.text) else None

    def _people_of_struck_place(self, head: Token, span: Span, known: str | None = None) -> Actor | None:
        """"Russian forces shelled Kharkiv", "a curfew was imposed on Kano", "bombed southern Lebanon": a town,
        region or capital a harmful act strikes stands for the civilians who live there (ACLED's "civilians
        (country)"), of the gazetteer's country, else the one the name is ``known`` to be of ("Kiev")."""
        if not _struck(head):
            return None
        country = known or _gazetteer_country(head.doc[head.i:head.i + 1])
        return self._civilians(span, country) if country else None

    def _civilians(self, span: Span, country: str) -> Actor | None:
        found = self.kb.resolve("civilians", date=self.date, country=country)
        return replace(found, text=span.text, span=_char_span(span)) if found is not None else None

    def _people_of_settlement(self, head: Token, span: Span) -> Actor | None:
        """"The army shelled Kurdish villages near Kirkuk": a settlement attacked or raided stands for the
        civilians who live there, of the country its words state, else of the place."""
        if head.lemma_.lower() not in _SETTLEMENT_NOUNS or _category_at(_governing_verb(head)) not in _HARMFUL_ACTS:
            return None
        country = self.kb.country_of(span.text) or _place_country(head) or self._country(head.doc)
        found = self.kb.resolve("civilians", date=self.date, country=country)
        return replace(found, text=span.text, span=_char_span(span)) if found is not None else None

    def _placed(self, head: Token, span: Span, actor: Actor) -> Actor:
        """A generic mention ("doctors", "rebels") or an ethnic group, given the country the words around
        it state, else, for civilians and ethnic groups, the country of the place."""
        stated = (self._stated_elsewhere(head) if actor.id is None and actor.sector
                  and self.kb.country_of(span.text) is None else None)
        if stated is not None:  # "doctors from two American aid groups", "rebels in the Ivory Coast"
            found = self.kb.resolve(span.text, date=self.date, country=stated)
            return replace(found or actor, text=span.text, span=_char_span(span), country=stated)
        if actor.sector in _CIVILIAN_SECTORS or _ethnic(span):
            return self._of_the_place(head, span, actor)
        if _unplaced_people(head, actor):  # "Hundreds of Kashmiris protested in Srinagar": people of the place
            country = _place_country(head)
            return replace(actor, country=country, sector="CVL") if country else actor
        return actor

    def _named(self, head: Token, span: Span) -> Actor | None:
        entity = _entity_at(head)
        # the whole phrase first: "Iran's Quds Force" is the Quds Force even when only "Iran" is an entity;
        # but a name that goes on past the phrase is read whole ("National Union for the ... of Angola"), and
        # so is a name the parser cut ("Syrian President Hafez al" + "-" + "Assad")
        if entity is not None and span.start < entity.start < span.end < entity.end:
            span = head.doc[span.start:entity.end]
        longer = (entity is not None and entity.start <= span.start and entity.end >= span.end
                  and len(entity) > len(span))
        candidates = [c for c in ((entity, span) if longer else (span, entity)) if c is not None]
        if len(candidates) == 2 and candidates[0].text == candidates[1].text:
            candidates.pop()  # the entity is the phrase: one lookup
        country, body = self._owner_country(head)  # once: it may resolve a possessive pronoun
        if body is not None and self.kb.sector_of(head.lemma_) is not None:
            return replace(body, text=span.text, span=_char_span(span))  # "NATO said its troops": NATO's
        for candidate in candidates:
            actor = self.kb.resolve(_with_article(candidate), date=self.date, country=country)
            if actor is not None and actor.id is None and _proper_name(candidate):
                # a named body the knowledge base lacks is itself, not a generic "workers" or "party"
                name = _strip_the(candidate).text
                actor = replace(actor, name=name, country=self.kb.country_of(name) or actor.country)
            if actor is not None:
                return replace(actor, text=span.text, span=_char_span(span))
        state = self._nationality_adjective(head, span)
        if state is not None:
            return replace(state, text=span.text, span=_char_span(span))
        return self._unknown(span)

    def _owner_country(self, head: Token) -> tuple[str | None, Actor | None]:
        """"urged Serbia to withdraw its police": a generic mention owned by a pronoun is of the pronoun's
        referent's country; one owned by a capital ("Washington's envoy") of the capital's; else of the
        mention's home country. The second value is an international body the pronoun stands for ("NATO said
        its troops ..."), whose people are its own and of no country."""
        capital = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        government = self.kb.government_of_capital(mention_span(capital).text) if capital is not None else None
        if government is not None and government.country:  # "Washington's envoy", "Tehran's demands"
            return government.country, None
        owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        found = None
        if owner is not None and head.i not in self._owners_open:  # "their leaders said their ...": no loop
            self._owners_open.add(head.i)
            try:
                found = self._pronoun(owner, owner.lower_)
            finally:
                self._owners_open.discard(head.i)
        if found is not None and found.sector == "IGO" and not found.country:
            return None, found
        return (found.country if found is not None and found.country else self._home_country(head)), None

    def _home_country(self, head: Token) -> str | None:
        """The country a generic mention ("the police", "the president") belongs to when its words state
        none: that of the place its own sentence names nearest to it, else the article's. Not for one office
        holder ("the prime minister flew to Washington" is the article country's)."""
        if head.lemma_.lower() in _ENVOYS and head.dep_ in ("dobj", "nsubjpass"):
            return None  # "Turkey summoned the ambassador": another state's, whose the words do not say
        if head.lemma_.lower() in _PERSON_NOUNS and head.tag_ not in ("NNS", "NNPS"):
            return self._country(head.doc)
        reporter = self._reporter_country(head)
        if reporter is not None:
            return reporter
        earlier = self._same_organ_before(head)
        if earlier is not None:
            return earlier
        if self._places_by_sentence is None:
            self._places_by_sentence = {}
            for m in _event_places(head.doc):
                self._places_by_sentence.setdefault(bounds_at(head.doc, m.start).start, []).append(m)
        here = [m for m in self._places_by_sentence.get(sentence_bounds(head).start) or () if not _met_at(head, m)]
        located = [m for m in here if not _modifies_noun(head.doc[m.start])]
        here = located or here  # "Iranian-backed militias fired at a U.S. base in Iraq": Iraq, not the base's owner
        if here:
            return min(here, key=lambda m: (m.start > head.i, abs(m.start - head.i))).place.country
        return self._country(head.doc)

    def _reporter_country(self, head: Token) -> str | None:
        """"Soldiers shot dead a gunman in Jenin, the Israeli army said": an organ of a state that the text
        gives no country is of the state whose organ reports it (not of the place where it acted)."""
        if self.kb.sector_of(head.lemma_) not in _STATE_ORGANS or head.i in self._reporters_open:
            return None
        speaker = _speaker(head)
        if speaker is None or speaker.i == head.i:
            return None
        self._reporters_open.add(head.i)
        try:
            found = self._resolve(speaker)
        finally:
            self._reporters_open.discard(head.i)
        return found.country if found is not None and found.sector in _STATE_ORGANS else None

    def _same_organ_before(self, head: Token) -> str | None:
        """"Israeli troops raided Jenin ... The army said": a definite organ of a state ("the army", "the
        police") is that of the last organ of its kind the article named with a country."""
        sector = self.kb.sector_of(head.lemma_)  # memoised: cheaper than the phrase, and rules out most nouns
        if sector not in _STATE_ORGANS or not self._is_definite(self._span(head)):
            return None
        earlier = self._last_before(head, lambda a: a.sector == sector and a.country is not None)
        return earlier.country if earlier is not None else None

    def unidentified_armed_group(self, trigger: Token, *, text_span: Span | None = None) -> Actor:
        """ACLED's actor for an attack whose doer the text does not name: an unidentified armed group of the
        country where the event happened (else of the article's country)."""
        doc = trigger.doc
        place = event_location(trigger, doc) if Doc.has_extension("places") else None
        country = (place.country if place is not None else None) or self._country(doc)
        words = text_span if text_span is not None else doc[trigger.i:trigger.i + 1]
        return Actor(text=words.text, name=UNIDENTIFIED_ARMED_GROUP, country=country, sector="UAF",
                     span=_char_span(words))

    def _unnamed(self, verb: Token) -> Actor | None:
        """The party an event's verb stands for: the doer of an attack is an unidentified armed group of the
        event place's country (none where no place is known); the target of a protest is the government of
        that country, else of the protesters' own; the doer of an act of state ("a curfew was imposed") is the
        government of the place, else of the article's country. No mention names it, so it has no text or span."""
        category = _category_at(verb)
        place = event_location(verb, verb.doc) if category and Doc.has_extension("places") else None
        country = place.country if place is not None else None
        if category in UNATTRIBUTED_ACTS and country:
            return Actor(text="", name=UNIDENTIFIED_ARMED_GROUP, country=country, sector="UAF")
        if category in ADDRESSED_TO_AUTHORITIES:
            # "Iraqi protesters marched": their government; else the article's; else a government all the same
            country = country or self._doer_country(verb) or self._country(verb.doc)
            found = self.kb.resolve("government", date=self.date, country=country)
            return replace(found, text="", span=None) if found is not None else None
        if category in STATE_ACTS and (country := country or self._country(verb.doc)):
            found = self.kb.resolve("government", date=self.date, country=country)
            return replace(found, text="", span=None) if found is not None else None
        return None

    def _doer_country(self, verb: Token) -> str | None:
        subject = clause_subject(verb)
        found = self._resolve(subject) if subject is not None and not stands_for_unnamed_party(subject) else None
        return found.country if found is not None else None

    def _led_by(self, head: Token, span: Span, actor: Actor | None) -> Actor | None:
        """"a coalition led by Saudi Arabia", "forces headed by a Turkish general": a body without a country
        of its own is of the country of whoever leads it."""
        for clause in head.children:
            if clause.dep_ == "acl" and clause.lemma_.lower() in ("lead", "head"):
                leader = next((g for c in clause.children if c.dep_ == "agent" for g in c.children
                               if g.dep_ == "pobj"), None)
                found = self._resolve(leader) if leader is not None else None
                if found is not None and found.country:
                    base = actor or Actor(text=span.text, name=_strip_the(span).text)
                    return replace(base, text=span.text, span=_char_span(span), country=found.country)
        return None

    def _capital_as_government(self, head: Token, span: Span) -> Actor | None:
        """"Moscow insists", "Washington warned", "accused Kyiv of ...": a capital the geo step found standing
        for a party is its country's government, not a place of the event."""
        if self._party_places is None:
            self._party_places = _party_place_tokens(head.doc)
        if head.i not in self._party_places:
            return None
        found = self.kb.government_of_capital(span.text)
        return replace(found, text=span.text, span=_char_span(span)) if found is not None else None

    def _nationality_adjective(self, head: Token, span: Span) -> Actor | None:
        """"American airstrikes", "the Russian bombardment": an adjective of nationality that modifies the
        event itself stands for its state. When the noun it modifies names a party with it ("shelled Russian
        troops", "accused the Jewish state"), the adjective stands for that party."""
        if len(span) != 1 or head.dep_ not in ("amod", "compound") or head.head.pos_ != "NOUN":
            return None
        code = self.kb.country_of(head.text)
        if code is None or self.kb.sector_of(head.head.lemma_) is not None:  # not "an American drone strike"
            whole = self.kb.resolve(mention_span(head.head).text, date=self.date, country=None)
            if whole is not None and whole.country and (whole.id or whole.sector):
                return whole
        return self.kb.get(code) if code else None

    def _of_the_place(self, head: Token, span: Span, actor: Actor) -> Actor:
        """Civilians whose nationality the text does not state belong to the place where it happened,
        not to whichever country the article mentions most ("52 people were killed" in Kramatorsk). An
        ethnic group ("ethnic Albanians") belongs to where it lives, not to its kin state."""
        if not _ethnic(span) and self.kb.country_of(span.text) is not None:
            return actor
        country = _place_country(head)
        if country is None or country == actor.country:
            return actor
        if _ethnic(span):  # the people, not their kin state: keep the name, change the country
            return replace(actor, id=None, name=span.text, country=country, aliases=())
        found = self.kb.resolve(span.text, date=self.date, country=country)
        return replace(found, text=span.text, span=_char_span(span)) if found else actor

    def _unknown(self, span: Span) -> Actor | None:
        """A name the knowledge base lacks keeps its text, with a country where the text states one."""
        if not any(t.pos_ == "PROPN" or t.ent_type_ in _NAME_ENTS for t in span):
            return None
        country = next((self.kb.country_of(t.text) for t in span if t.ent_type_ in ("GPE", "NORP")), None)
        country = country or _gazetteer_country(span) or self._stated_elsewhere(span.root)
        if country is None and _named_party(span.root) and not _international(span):
            country = self._country(span.doc)  # a person or body no word places: most news is domestic
        return Actor(text=span.text, name=span.text, country=country, span=_char_span(span))

    def _stated_elsewhere(self, head: Token) -> str | None:
        """The country that an apposition, an "of"/"from" phrase or a place "in" gives a mention whose own
        words state none: "Ahmed Karimi, Morocco's leading activist", "King Hassan of Morocco", "doctors
        from two American aid groups", "rebels in the Ivory Coast"."""
        for child in head.rights:
            if child.dep_ == "appos" or (child.dep_ == "prep" and child.lower_ in ("of", "from", "in")):
                country = self._country_of_phrase(child)
                if country is not None:
                    return country
        return None

    def _country_of_phrase(self, child: Token) -> str | None:
        target = child if child.dep_ == "appos" else next((c for c in child.children if c.dep_ == "pobj"), None)
        if target is None or (child.lower_ == "in" and target.ent_type_ != "GPE"):
            return None
        if target.ent_type_ == "GPE":
            return self.kb.country_of(target.text) or _gazetteer_country(target.doc[target.i:target.i + 1])
        found = self._resolve(target)
        return found.country if found is not None else None

    @staticmethod
    def _is_definite(span: Span) -> bool:
        first = span.doc[span.start - 1] if span.start > 0 else None
        return first is not None and first.lower_ in ("the", "this", "that", "these", "those")

    def _pronoun(self, head: Token, lower: str) -> Actor | None:
        referent = _antecedent_in_sentence(head, lower)
        found = self._resolve(referent) if referent is not None else None
        if found is None and lower in _PERSON_PRONOUNS | _THING_PRONOUNS | _PLURAL_PRONOUNS:
            found = self._earlier_subject(head, lower)
        if found is not None:
            return replace(found, text=head.text, span=(head.idx, head.idx + len(head.text)))
        if lower in _PERSON_PRONOUNS:
            found = self._last(lambda a: a.sector is not None and a.id is not None and "person" in (a.id or "")
                               ) or self._last(lambda a: a.id is not None)
        elif lower in _THING_PRONOUNS or lower in _PLURAL_PRONOUNS:
            found = self._last(lambda a: a.id is not None)
        else:
            return None
        if found is None:
            return None
        return replace(found, text=head.text, span=(head.idx, head.idx + len(head.text)))

    def _last(self, wanted) -> Actor | None:
        return next((a for a in reversed(self.history) if wanted(a)), None)

    def _last_before(self, head: Token, wanted) -> Actor | None:
        """The last party named before ``head`` that is ``wanted``, whether or not it took part in an event
        ("Turkish troops crossed into Syria. The army shelled ..."); else the last event party."""
        for i in self._party_heads_before(head):
            found = self._party_at(head.doc[i])
            if found is not None and wanted(found):
                return found
        return self._last(wanted)

    def _earlier_subject(self, pronoun: Token, lower: str) -> Actor | None:
        """"Police raided a mosque. They arrested 14 men.": a pronoun with no antecedent in its own clauses
        stands for the nearest agreeing subject before it, in its sentence or the two before."""
        doc = pronoun.doc
        first = _sentence_start_back(pronoun, 2)
        for i in self._party_heads_before(pronoun):
            token = doc[i]
            if i < first:
                break
            if _as_subject(token) and _agrees(token, lower):
                found = self._party_at(token)
                if found is not None and (found.id or found.sector or found.country):
                    return found
        return None

    def _party_heads_before(self, head: Token) -> Iterator[int]:
        """Noun heads before ``head`` that may name parties (subjects, objects), nearest first; found once per
        document. Not the phrases that hold ``head`` ("the leader of the group" is no party before "group")."""
        if self._parties is None:
            doc = head.doc
            self._parties = [i for i in _party_positions(doc) if _may_name_actor(doc[i], self.kb)]
        holders = {t.i for t in head.ancestors}  # once per call: ``is_ancestor`` walks them for every candidate
        for i in reversed(self._parties[:bisect_left(self._parties, head.i)]):
            if i not in holders:
                yield i

    def _party_at(self, token: Token) -> Actor | None:
        """The actor an earlier noun head names, resolved once; in text order, so that each resolution finds
        the ones before it already made."""
        parties = self._parties or ()
        while self._next_party < len(parties) and parties[self._next_party] < token.i:
            self._next_party += 1
            self._resolve_party(token.doc, parties[self._next_party - 1])
        self._resolve_party(token.doc, token.i)
        return self._party_actors[token.i]

    def _resolve_party(self, doc: Doc, i: int) -> None:
        if i not in self._party_actors:
            self._party_actors[i] = None  # a resolution that comes back to this token finds nothing
            self._party_actors[i] = self._resolve(doc[i])


def _counted(head: Token) -> bool:
    """"Five Chinese", "hundreds of Lebanese": a noun with a number, or what a quantifier counts."""
    if any(c.dep_ == "nummod" for c in head.children):
        return True
    prep = head.head
    return head.dep_ == "pobj" and prep.lower_ == "of" and antecedent(prep.head).i == head.i


def _as_subject(token: Token) -> bool:
    """A clause's subject, or what a quantifier subject counts ("Thousands of Sudanese marched")."""
    if token.dep_ in ("nsubj", "nsubjpass"):
        return True
    prep = token.head
    return (token.dep_ == "pobj" and prep.lower_ == "of" and prep.head.dep_ in ("nsubj", "nsubjpass")
            and antecedent(prep.head).i == token.i)


_PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"})


def _party_positions(doc: Doc) -> list[int]:
    """The nouns heading a subject or an object (a name, or an agent noun: "troops", "the army"), in text
    order; read off the doc's arrays, as most of its tokens are not such nouns."""
    pos, dep = doc.to_array([POS, DEP]).T
    deps = numpy.array([doc.vocab.strings[d] for d in _PARTY_DEPS], dtype=numpy.uint64)
    return numpy.flatnonzero(numpy.isin(pos, (NOUN, PROPN)) & numpy.isin(dep, deps)).tolist()


_MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
# Head nouns that stand for a party with no agent noun or name in their phrase (pronoun and group antecedents,
# a weapon standing for its unnamed user).
_PARTY_NOUNS = _GROUP_WORDS | _PERSON_NOUNS | _COLLECTIVE_NOUNS | _IRREGULAR_WEAPONS


def _may_name_actor(token: Token, kb: ActorKB) -> bool:
    """Whether a subject or object could resolve to an actor: a name, a party noun, an agent noun ("troops"),
    or a noun a name or an agent word modifies ("Iraqi convoy", "aid agencies", "police station"). The rest
    ("the city", "the truce") are never resolved as earlier parties: most of a text's nouns, so resolving
    them in text order before every "the army" or "they" was most of the coreference's cost."""
    if token.pos_ == "PROPN" or token.ent_type_ in _NAME_ENTS:
        return True
    lemma = token.lemma_.lower()
    if lemma in _PARTY_NOUNS or kb.sector_of(lemma) is not None:
        return True
    modifiers = [c for c in token.lefts if c.dep_ in _MODIFIER_DEPS]
    if any(c.pos_ == "PROPN" or c.ent_type_ in _NAME_ENTS or c.text[:1].isupper() for c in modifiers):
        return True
    return bool(modifiers) and kb.sector_of(token.doc[modifiers[0].i:token.i + 1].text) is not None


def _sentence_start_back(token: Token, back: int) -> int:
    """The first token of the sentence ``back`` sentences before the token's own (0 if there are fewer)."""
    start = sentence_bounds(token).start
    for _ in range(back):
        if start == 0:
            return 0
        start = bounds_at(token.doc, start - 1).start
    return start


def _speaker(head: Token) -> Token | None:
    """The subject of the reporting verb that tells the mention's clause: "X, the army said" (the verb hung
    on the clause) or "the army said (that) X" (the clause under the verb)."""
    verb = head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    teller = next((c for c in verb.children if c.dep_ in ("parataxis", "ccomp") and c.i > head.i
                   and c.lemma_.lower() in _REPORTING_LEMMAS), None)
    if teller is None and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _REPORTING_LEMMAS:
        teller = verb.head
    if teller is None:
        return None
    return next((c for c in teller.children if c.dep_ == "nsubj"), None)


def _is_person(actor: Actor) -> bool:
    return (actor.id or "").startswith("person.")


def _agrees(noun: Token, pronoun: str) -> bool:
    """Whether a noun can be what a pronoun stands for: "he" a person, "it" a state or body, "they" a plural."""
    plural = noun.tag_ in ("NNS", "NNPS")
    if pronoun in _PERSON_PRONOUNS:
        return not plural and (noun.ent_type_ == "PERSON" or noun.lemma_.lower() in _PERSON_NOUNS)
    if pronoun in _THING_PRONOUNS:  # "it" is a state or body, not "the president"
        return not plural and noun.ent_type_ != "PERSON" and noun.lemma_.lower() not in _PERSON_NOUNS
    return pronoun in _PLURAL_PRONOUNS and (plural or noun.ent_type_ in ("ORG", "NORP")
                                            or noun.lemma_.lower() in _COLLECTIVE_NOUNS)


def _antecedent_in_sentence(pronoun: Token, lower: str) -> Token | None:
    """The subject of a clause above the pronoun that agrees with it: "Iraq said it would ...", "the rebels
    said they will ...", "Israel mounted its invasion"."""
    if lower not in _PERSON_PRONOUNS | _THING_PRONOUNS | _PLURAL_PRONOUNS:
        return None
    own = _own_verb_of_object(pronoun)
    for verb in pronoun.ancestors:
        if verb.pos_ not in ("VERB", "AUX") or verb == own:
            continue  # "Iran said the U.S. had attacked it": an object is never its own clause's subject
        if own is not None:  # "expelled two diplomats, accusing them": the object of the clause above
            thing = next((c for c in verb.children if c.dep_ == "dobj" and c.i < pronoun.i), None)
            if thing is not None and thing.pos_ in ("NOUN", "PROPN") and _agrees(thing, lower):
                return thing
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pronoun.i), None)
        if subject is None and verb.dep_ == "xcomp":  # "urged Israel to halt its offensive": the one urged
            subject = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < pronoun.i), None)
        subject = antecedent(subject) if subject is not None else None
        if subject is not None and subject.is_ancestor(pronoun):
            continue  # "thousands of their supporters": "their" is not the supporters' own
        if subject is not None and subject.pos_ in ("NOUN", "PROPN") and _agrees(subject, lower):
            return subject
    return None


def _own_verb_of_object(pronoun: Token) -> Token | None:
    """The verb an object pronoun ("them", "him", "it") is the object of, directly or through a preposition."""
    if pronoun.lower_ not in ("them", "him", "her", "it"):
        return None
    if pronoun.dep_ in ("dobj", "dative"):
        return pronoun.head
    if pronoun.dep_ == "pobj" and pronoun.head.head.pos_ in ("VERB", "AUX"):
        return pronoun.head.head
    return None


def _place_country(head: Token) -> str | None:
    """The country of the place named nearest to ``head``: in its sentence first, else before it (datelines
    and names that stand for a government are not places of events)."""
    places = _event_places(head.doc)
    start, end = sentence_bounds(head)
    here = [m for m in places if start <= m.start < end]
    if here:  # the nearest before it ("shelled Juba, killing 20"), else the nearest after it
        return min(here, key=lambda m: (m.start > head.i, abs(m.start - head.i))).place.country
    before = [m for m in places if m.end <= head.i]
    return before[-1].place.country if before else None


def _category_at(verb: Token) -> str | None:
    """The category of the trigger on ``verb`` (the coder's triggers are few per document)."""
    triggers = getattr(verb.doc._, "triggers", None) if Doc.has_extension("triggers") else None
    return next((t.entry.event for t in triggers or () if verb.i in (t.head, t.governor)), None)


_EVENT_PLACES_KEY = "khabar.mentions.event_places"


def _event_places(doc: Doc) -> list:
    """Places that can locate what happened: not datelines, nor names standing for a party ("Moscow insists").
    Built once per doc (it is asked for many mentions), and again only if the geo step's list is replaced."""
    if not Doc.has_extension("places"):
        return []
    places = doc._.places or ()
    cached = doc.user_data.get(_EVENT_PLACES_KEY)
    if cached is None or cached[0] is not places:
        kept = [m for m in places if not m.dateline and not m.actor and m.place.country
                and not _as_party(doc[m.end - 1]) and not _across_border(doc[m.end - 1])]
        cached = (places, kept)
        doc.user_data[_EVENT_PLACES_KEY] = cached
    return cached[1]


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


def _governing_verb(head: Token) -> Token:
    """The verb whose object ``head`` is, directly or through a preposition ("fired on the village")."""
    verb = head.head
    if head.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    return verb


# Prepositions whose object is what a harmful act strikes ("an attack on Kharkiv", "imposed a curfew on Kano"),
# not where it happened ("arrested in Kano").
_STRUCK_PREPS = frozenset({"on", "upon", "against", "targeting"})
_AIMED_PREPS = frozenset({"at", "into"})  # "fired rockets into northern Israel", for attacks only


_REGION_WORDS = frozenset({"northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
                           "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern",
                           "south-western"})


def _region_of(span: Span) -> bool:
    """"southern Lebanon", "northern Iraq": a part of a state, in lower case ("South Sudan" is a state)."""
    return any(t.text in _REGION_WORDS for t in span)


def _struck(head: Token, *, proper: bool = True) -> bool:
    """A name (or, not ``proper``, a noun) struck by a harmful act as its object ("shelled Kharkiv", "a curfew
    on Kano", "fired into Israel", "ambushed an Israeli bus")."""
    by_prep = head.dep_ == "pobj" and head.head.lower_ in _STRUCK_PREPS | _AIMED_PREPS
    if (proper and head.pos_ != "PROPN") or not (head.dep_ == "dobj" or by_prep):
        return False
    category = _category_at(_governing_verb(head))
    aimed = head.dep_ == "pobj" and head.head.lower_ in _AIMED_PREPS
    return category in _HARMFUL_ACTS and not (aimed and category != "ASSAULT")


_FORCE_ACTS = frozenset({"ASSAULT"})
# What civilians ride in, live, pray and shop in: struck with a nationality ("an Israeli bus", "Palestinian
# homes"), they stand for that nation's civilians, not its state.
_CIVILIAN_THINGS = frozenset({"bus", "car", "taxi", "minibus", "house", "home", "school", "shop", "restaurant",
                              "cafe", "café", "mosque", "church", "synagogue", "temple", "hotel", "market", "hospital",
                              "farm", "orchard", "field", "crop", "tractor", "boat", "plane", "airliner", "train"})


def _civilian_thing(head: Token) -> bool:
    return head.lemma_.lower() in _CIVILIAN_THINGS and _struck(head, proper=False)


def _act_of_doer(head: Token) -> Token:
    """The word of the act a doer does: its verb ("NATO bombed"), the event noun it modifies ("NATO air
    strikes"), or the verb of its "by" phrase ("were bombed by NATO")."""
    if head.dep_ == "pobj" and head.head.dep_ == "agent":
        return head.head.head
    return head.head if head.dep_ in ("nsubj", "compound", "poss", "amod") else head


def _weapon_as_doer(head: Token) -> bool:
    """"A roadside bomb killed ...", "were killed by a car bomb": a weapon standing as the doer of a verb."""
    if head.lemma_.lower() not in _IRREGULAR_WEAPONS:
        return False
    by_agent = head.dep_ == "pobj" and head.head.lower_ == "by" and head.head.dep_ in ("agent", "prep")
    return head.dep_ == "nsubj" or by_agent


def _trigger_of_doer(head: Token) -> Token:
    return head.head.head if head.dep_ == "pobj" else head.head


def _party_place_tokens(doc: Doc) -> frozenset[int]:
    """Token indices of the place names that the geo step flagged as standing for parties."""
    if not Doc.has_extension("places"):
        return frozenset()
    return frozenset(i for m in doc._.places or () if m.actor for i in range(m.start, m.end))


def _gazetteer_country(span: Span) -> str | None:
    """The country of a place the geo component found in the mention ("Abidjan", "West Darfur State")."""
    if not Doc.has_extension("places"):
        return None
    for m in span.doc._.places or ():
        if not m.dateline and m.start < span.end and span.start < m.end and m.place.country:
            return m.place.country
    return None


# Entity types the small model gives names of groups and people it does not know ("Flec" as no entity, "the
# Egbesu Boys" as a work of art). Not an unknown place ("GPE"), nor a nationality ("Hutu" is of no one country).
_MISTAGGED_NAME_ENTS = frozenset({"", "WORK_OF_ART", "PRODUCT"})


def _named_party(root: Token) -> bool:
    """A person or a body by its name: tagged so, or a proper noun the tagger gave no entity type or a mistaken
    one that does something ("Flec attacked"). Elsewhere such a word is as often a town the gazetteer lacks
    ("a curfew on Hodeidah"), which is no more the article's country than any other."""
    if root.ent_type_ in ("PERSON", "ORG"):
        return True
    return root.ent_type_ in _MISTAGGED_NAME_ENTS and root.pos_ == "PROPN" and root.dep_ == "nsubj"


_INTERNATIONAL_WORDS = frozenset({"international", "global", "world", "worldwide", "nations", "without", "foreign"})


def _international(span: Span) -> bool:
    """"Physicians for Human Rights International", "the World Food Programme": a body of no one country."""
    return any(t.lower_ in _INTERNATIONAL_WORDS for t in span)


def _unplaced_people(head: Token, actor: Actor) -> bool:
    """A people the knowledge base does not know and no word places ("Kashmiris", "Hutus"): one capitalised
    plural word that the tagger calls a nationality or no entity at all (never a person: "Ramos")."""
    plural = head.tag_ in ("NNPS", "NNS") or (head.tag_ == "NNP" and head.lower_.endswith("s"))
    return (head.ent_type_ in ("NORP", "") and plural and head.text[:1].isupper() and actor.id is None
            and actor.country is None and actor.sector is None and len(actor.text.split()) == 1)


def _ethnic(span: Span) -> bool:
    return any(t.lower_ == "ethnic" for t in span)


def _as_party(token: Token) -> bool:
    """"Moscow insists ...": a place name that stands for a government as a subject places nothing ("Kharkiv
    was shelled" does: the geo step flags the passive subjects and objects that stand for parties)."""
    return token.dep_ == "nsubj"


def _facility(head: Token) -> bool:
    """"the Ain al-Asad air base", "Camp Taji", "Fort Bragg": a facility named by its head or its first word."""
    if head.lemma_.lower() in _FACILITY_NOUNS:
        return True
    first = next((c for c in head.lefts if c.dep_ == "compound"), None)
    return head.pos_ == "PROPN" and first is not None and first.lower_ in _FACILITY_FIRST


_NAME_GLUE = frozenset({"of", "for", "the", "and", "al", "el", "de"})


def _proper_name(span: Span) -> bool:
    """"the National Union for the Total Independence of Angola": capitalised words joined by "of", "for"."""
    words = [t for t in _strip_the(span) if not t.is_punct]
    return len(words) > 1 and all(t.text[:1].isupper() or t.lower_ in _NAME_GLUE for t in words)


def _with_article(span: Span) -> str:
    """"the Palestinians" (the nation) keeps its article, which "Palestinians" (people) lacks."""
    head = span.root
    definite = len(span) == 1 and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    return f"the {span.text}" if definite else span.text


def _strip_the(span: Span) -> Span:
    return span[1:] if len(span) > 1 and span[0].lower_ == "the" else span


def _article_country(doc: Doc, kb: ActorKB, given: str | None) -> str | None:
    """The geographic focus without a country that is only background (a dateline, a meeting's venue)
    while the subject of some clause names another one ("WASHINGTON (Reuters) - Iran said ..."; but "NEW
    DELHI - The Foreign Ministry summoned the Pakistani envoy" is India's). When nothing else is left, the
    country the words state most, else the focus itself."""
    focus = tuple(doc._.geo_focus or ()) if Doc.has_extension("geo_focus") else ()
    focus = focus or ((given,) if given else ())
    background = _background_tokens(doc)
    if focus and (not background or not _only_background(doc, focus[0], background)):
        return focus[0]  # the first country is placed by more than background: no need to read every name
    stated, subjects = _stated_countries(doc, kb, skip=background)
    # a place only met in ("the two leaders met in Geneva") is no country of the parties; a dateline still is
    kept = [c for c in focus if c in stated or not _only_background(doc, c, background)
            or not (any(s != c for s in subjects) or _only_venue(doc, c))]
    if kept:
        return kept[0]
    if stated:
        return max(stated, key=lambda c: stated[c])
    return next((c for c in focus if not _only_venue(doc, c)), None)


def _met_at(subject: Token, place: PlaceMention) -> bool:
    """"The two leaders met in Geneva": where the subject met is no country of theirs (but "met opposition
    leaders in Harare": whom it met there are of the place)."""
    token = subject.doc[place.end - 1]
    return subject.dep_ == "nsubj" and token.head.head.i == subject.head.i and _venue(token)


def _only_venue(doc: Doc, country: str) -> bool:
    places = [m for m in doc._.places or () if m.place.country == country] if Doc.has_extension("places") else []
    return bool(places) and all(not m.dateline and _venue(doc[m.end - 1]) for m in places)


# Words whose "in"/"at" place is where parties met, not whose parties they are ("talks held in Havana").
_MEETING_WORDS = frozenset({"meet", "meeting", "talk", "talks", "hold", "summit", "conference", "negotiation",
                            "negotiate", "sign", "signing", "convene", "gather", "gathering", "session", "forum",
                            "mediate", "mediation", "host"})


def _background_tokens(doc: Doc) -> frozenset[int]:
    """Token indices of the places that say where a report was filed or where parties met: a dateline, a
    neighbour across a border ("near the Afghan border"), or the "in"/"at" place of a meeting, talks or a
    signing (with the words of its phrase: "in the Cuban capital")."""
    out = {t.i for t in _border_words(doc) if t.text[:1].isupper()}  # "the Chadian border"
    if not Doc.has_extension("places"):
        return frozenset(out)
    for m in doc._.places or ():
        if m.dateline or _across_border(doc[m.end - 1]):
            out.update(range(m.start, m.end))
        elif _venue(doc[m.end - 1]):
            out.update(t.i for t in doc[m.end - 1].head.subtree)
    return frozenset(out)


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
        if host.lemma_.lower() in _MEETING_WORDS or host.lower_ in _MEETING_WORDS:
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
        if token.i not in skip and token.pos_ in ("PROPN", "ADJ") and token.text[:1].isupper():
            code = kb.country_of(token.text)
            if code:
                counts[code] = counts.get(code, 0) + 1
                if _in_subject(token):
                    subjects.add(code)
    return counts, subjects


def _in_subject(token: Token) -> bool:
    """Whether the token is part of a clause's subject (up to the nearest verb)."""
    while token.dep_ not in ("nsubj", "nsubjpass") and token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass")
