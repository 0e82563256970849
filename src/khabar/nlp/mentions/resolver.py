"""``MentionResolver``: resolves argument heads to actors, one per document.

It remembers whom the text has named (the event parties, and the subjects and objects it reads once per
document), so that a definite description or a pronoun finds the actor it stands for, and it gives a mention
whose words state no country the country its surroundings do.
"""
from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ...actors import ActorKB
from ...geo import event_location
from ...model import Actor
from ..arguments import (ADDRESSED_TO_AUTHORITIES, PEOPLES_PLACES, STATE_ACTS, UNATTRIBUTED_ACTS, clause_subject,
                         counted_people, group_owner, is_passive, mention_span, stands_for_unnamed_party)
from ..sentences import bounds_at, sentence_bounds
from ..text import span_text
from .acts import (_HARMFUL_ACTS, _act_of_doer, _category_at, _civilian_thing, _governing_verb, _military_thing,
                   _struck, _trigger_of_doer, _weapon_as_doer)
from .article_country import _article_country, _met_at
from .coreference import (_GROUP_WORDS, _PERSON_NOUNS, _PERSON_PRONOUNS, _PLURAL_PRONOUNS, _THING_PRONOUNS, _agrees,
                          _antecedent_in_sentence, _as_subject, _may_name_actor, _own_verb_of_object, _party_positions,
                          _sentence_start_back, _speaker)
from .phrases import (_NAME_ENTS, _char_span, _counted, _entity_at, _ethnic, _facility, _international, _is_person,
                      _named_party, _proper_name, _strip_the, _unplaced_people, _with_article)
from .other_state import _stated_only_on_other_state
from .place_countries import (_countries_spoken_about, _doers_counterpart, _event_places, _gazetteer_country,
                              _modifies_noun, _party_place_tokens, _place_country, _region_of, _spoken_about)
from .presence_abroad import _PRESENCE_NOUNS, _stated_only_abroad, _travelled_to
from .short_names import described_party, full_name_before


_ARMED_SECTORS = frozenset({"REB", "INS", "MIL", "PTY"})
_NON_STATE_SECTORS = frozenset({"REB", "INS"})
_IRREGULAR_SECTORS = frozenset({"REB", "INS", "UAF"})
_STATE_ORGANS = frozenset({"GOV", "MIL", "COP", "SPY"})
# Sectors of people who are not a state's organs: with no nationality stated, they are of the place.
_CIVILIAN_SECTORS = frozenset({"CVL", "MED", "EDU", "HLH", "REL", "LAB", "REF", "BUS", "AGR", "NGO"})
_FORCE_ACTS = frozenset({"ASSAULT"})
UNIDENTIFIED_ARMED_GROUP = "Unidentified armed group"
# Possessive pronouns whose referent's country is that of the generic body it owns ("His foreign ministry").
_OWNER_PRONOUNS = frozenset({"its", "their", "his", "her"})
_STATE_WORDS = frozenset({"country", "state", "nation", "government"})  # "the defence chiefs of member states"
# People of an armed group who act as the group: "the group's leaders said", "its spokesman claimed".
_GROUP_ROLES = frozenset({"leader", "leadership", "commander", "chief", "head", "spokesman", "spokeswoman",
                          "spokesperson", "official", "member", "representative", "negotiator", "delegation"})
# Envoys: summoned, expelled or received, they are mostly another state's than the one acting on them.
_ENVOYS = frozenset({"ambassador", "envoy", "diplomat", "consul", "attache", "attaché", "emissary", "chargé"})
# People who, by the very word, are not of the place where they are ("rescued 50 migrants off Lesbos", "gunmen
# killed two tourists in Luxor"): with no nationality stated, of no country. Not refugees and exiles: the news
# calls the displaced of a war refugees too, and refugees or exiles who return go home.
_FROM_ELSEWHERE = frozenset({"migrant", "immigrant", "tourist", "foreigner", "expatriate", "expat", "seeker",
                            "donor"})  # "Donors threatened to halt aid to Somalia": not Somali donors
# Words of the police: a sentence that has one makes its bare "officers" police officers.
_POLICE_WORDS = frozenset({"police", "policeman", "policemen", "policewoman", "gendarme", "gendarmerie"})
# Verbs of crowd control: done by a state's police, not by an unidentified armed group, when no one is named.
_CROWD_CONTROL = frozenset({"disperse", "teargas", "tear-gas", "baton-charge"})
# Words that make a body one of other or several states: "foreign troops", "Western diplomats", "allied warplanes".
_OTHER_STATES_WORDS = frozenset({"foreign", "multinational", "allied", "western"})
# "the foreign ministry", "the ruling coalition": a state's own.
_OWN_OFFICE_WORDS = frozenset({"ministry", "minister", "office", "secretary", "affairs", "ruling", "governing",
                               "opposition"})


_ARMED_WORDS = frozenset({"armed", "masked", "hooded", "gun-toting"})


def _armed(head: Token) -> bool:
    """The people a mention names, or the measure counting them ("dozens of men, armed with rifles"), are armed."""
    holders = [head]
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ in ("NOUN", "NUM"):
        holders.append(head.head.head)
    return any(c.dep_ in ("amod", "acl") and c.lower_ in _ARMED_WORDS for h in holders for c in h.children)


def _of_other_states(span: Span) -> bool:
    words = {t.lower_ for t in span}
    return bool(words & _OTHER_STATES_WORDS) and not words & _OWN_OFFICE_WORDS


def _done_by_a_subject(verb: Token) -> bool:
    """An act of state with a doer of its own ("the junta banned ..."): its verb stands for whom it is done to."""
    return not is_passive(verb) and clause_subject(verb) is not None


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
        self._parties_open: set[int] = set()  # party heads whose resolution is under way
        self._resolved: dict[int, Actor | None] = {}  # resolutions that read nothing but the text (see _resolve)
        self._volatile = False  # whether the resolution under way read what changes as the document is read

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
        rest = span_text(head.doc[words[-1].i + 1:span.end])
        parts = []
        for word in (w for w in words if self.kb.country_of(w.text)):
            found = self.kb.resolve(f"{word.text} {rest}", date=self.date, country=None)
            if found is not None and all(p.name != found.name for p in parts):
                parts.append(replace(found, text=span_text(span), span=_char_span(span)))
        return tuple(parts) if len(parts) > 1 else ()

    def _resolve(self, head: Token) -> Actor | None:
        """The actor a head stands for, read once where that is safe: a head is resolved again for each event,
        each coreference and each earlier party that leads to it. A resolution depends on the text, the
        knowledge base and the parties already resolved (fixed once made), and also on what changes as the
        document is read: the parties named so far (``history``), a party whose resolution is under way
        (it reads as none) and the mentions whose owner or speaker is being resolved. A resolution that read
        none of those, begun with no owner or speaker being resolved, gives the same actor every time, so it
        is kept."""
        if self._owners_open or self._reporters_open:
            return self._read(head)  # its path depends on which of them are open
        if head.i in self._resolved:
            return self._resolved[head.i]
        outer, self._volatile = self._volatile, False
        try:
            actor = self._read(head)
        finally:
            volatile, self._volatile = self._volatile, outer or self._volatile
        if not volatile:
            self._resolved[head.i] = actor
        return actor

    def _read(self, head: Token) -> Actor | None:
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
        found = self._resolve(owner) if owner is not None else None
        if found is not None and (found.id or found.sector):
            whole = head.doc[span.start:owner.i + 1]
            return replace(found, text=span_text(whole), span=_char_span(whole))
        # an owner that names no party ("the army chiefs of both countries", "the police chief of Kandahar") leaves
        # the mention its own words; one of several states gives it none of the text's countries
        if owner is not None and owner.tag_ == "NNS" and owner.lemma_.lower() in _STATE_WORDS:
            found = self.kb.resolve(span_text(head.doc[span.start:head.i + 1]), date=self.date, country=None)
            return replace(found, text=span_text(span), span=_char_span(span)) if found is not None else None
        named = self._name_after(head, span) if head.lemma_.lower() in _GROUP_WORDS else None
        if named is not None:
            return named
        if head.lemma_.lower() in _GROUP_WORDS and self._is_definite(span) and not self._names_body(span):
            earlier = self._group_antecedent(head)
            if earlier is not None:
                return replace(earlier, text=span_text(span), span=_char_span(span))
        return self._lookup(head, span)

    def _names_body(self, span: Span) -> bool:
        """"the larger FARC rebel group", "the Amal movement": a description with a known body's name in it is
        that body, not the last group named (but "the Iran-aligned faction" names only its sponsor)."""
        if not any(t.text[:1].isupper() and t.pos_ != "DET" for t in span):
            return False  # most descriptions: no lookup
        found = self.kb.resolve(span_text(span), date=self.date, country=None)
        entry = self.kb.entry(found.id) if found is not None and found.id else None
        return entry is not None and entry.kind == "organisation"

    def _name_after(self, head: Token, span: Span) -> Actor | None:
        """"The militant group Hamas fired ...": a description right before the name of a known actor is that
        actor (the parser may hang the name apart from the description)."""
        doc = head.doc
        entity = _entity_at(doc[span.end]) if span.end < len(doc) else None
        if entity is None or entity.start != span.end or doc[span.end].ent_type_ not in ("ORG", "PERSON", "NORP"):
            return None
        found = self.kb.resolve(span_text(entity), date=self.date, country=None)
        whole = doc[span.start:entity.end]
        return replace(found, text=span_text(whole), span=_char_span(whole)) if found is not None and found.id else None

    def _apposed_person(self, head: Token, span: Span) -> Actor | None:
        """"Prime Minister Modi", "Nigeria's president, Muhammadu Buhari": a title with a known person's name
        in apposition is that person, whoever held the title on the article's date."""
        if head.lemma_.lower() not in _PERSON_NOUNS:
            return None
        for name in (c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"):
            words = _entity_at(name) or mention_span(name)
            found = self.kb.resolve(span_text(words), date=self.date, country=None)
            if found is not None and _is_person(found):
                return replace(found, text=span_text(span), span=_char_span(span))
        return None

    def _group_antecedent(self, head: Token) -> Actor | None:
        """"the militiamen", "the group": the last non-state armed group named. A noun of irregulars ("the
        militants", "the rebels") never stands for an army: with no such group named, it is the last mention
        of its own sector ("12 militants ... the militants"); "the group" may be any armed body."""
        earlier = self._last_described(head, lambda a: a.sector in _NON_STATE_SECTORS and a.id is not None)
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
        actor = self._police_officers(head, span) or self._named(head, span)
        if actor is not None and actor.id is not None and actor.id == actor.country and _civilian_thing(head):
            return self._civilians(span, actor.country) or actor  # "ambushed an Israeli bus": Israeli civilians
        if actor is not None and actor.id is not None and actor.id == actor.country and _military_thing(head):
            return self._military(span, actor.country) or actor  # "shelled Ukrainian positions": Ukraine's army
        if _facility(head):
            # "a police station" is the police's; "the Ain al-Asad air base" alone names no one
            if actor is not None and (actor.id or actor.sector) and not _is_person(actor):
                return actor
            return self._people_of_struck_place(head, span) or self._people_of_settlement(head, span)
        unnamed = actor is None or (actor.id is None and actor.sector is None)  # or only a name: "Katyusha rockets"
        if unnamed and (people := self._people_of_settlement(head, span)) is not None:
            return people  # "bombed a wedding", "shelled a school": the people there
        if unnamed and _weapon_as_doer(head):
            return self.unidentified_armed_group(_trigger_of_doer(head), text_span=span)
        if actor is None or (actor.id is None and actor.country is None):
            actor = self._led_by(head, span, actor) or actor
        known = self._known_place_country(span, actor) if actor is not None and actor.country else None
        if actor is not None and actor.country and (unnamed or known):  # "shelled Kharkiv", "struck Kiev"
            actor = self._people_of_struck_place(head, span, known) or actor
        if unnamed and actor is not None and _counted(head) and self.kb.country_of(span_text(span)):
            actor = self._civilians(span, self.kb.country_of(span_text(span))) or actor  # "Hundreds of Lebanese"
        if actor is not None and actor.sector == "IGO" and _category_at(_act_of_doer(head)) in _FORCE_ACTS:
            return replace(actor, sector="MIL")  # "NATO bombed Serb positions": the body's forces did it
        if actor is None or actor.id not in (None, actor.country) or (actor.id and not _ethnic(span)):
            return actor  # a named actor, or a state named as itself
        return self._armed_people(head, span, self._placed(head, span, actor))

    def _armed_people(self, head: Token, span: Span, actor: Actor) -> Actor:
        """"dozens of men on motorcycles, armed with assault rifles", "masked men": people under arms are armed men,
        not civilians."""
        if actor.sector != "CVL" or not _armed(head):
            return actor
        found = self.kb.resolve("armed men", date=self.date, country=actor.country)
        return replace(found, text=span_text(span), span=_char_span(span), country=actor.country) if found else actor

    def _known_place_country(self, span: Span, actor: Actor) -> str | None:
        """The country of a region of a state ("southern Lebanon") or of its capital ("Kiev"); None for a name
        only the gazetteer can place, and for a state named as itself ("bombed Lebanon" struck the state)."""
        if actor.id != actor.country:
            return None
        return actor.country if _region_of(span) or self.kb.government_of_capital(span_text(span)) else None

    def _people_of_struck_place(self, head: Token, span: Span, known: str | None = None) -> Actor | None:
        """"Russian forces shelled Kharkiv", "a curfew was imposed on Kano", "bombed southern Lebanon": a town,
        region or capital a harmful act strikes stands for the civilians who live there (ACLED's "civilians
        (country)"), of the gazetteer's country, else the one the name is ``known`` to be of ("Kiev")."""
        if not _struck(head):
            return None
        country = known or _gazetteer_country(head.doc[head.i:head.i + 1])
        return self._civilians(span, country) if country else None

    def _military(self, span: Span, country: str) -> Actor | None:
        found = self.kb.resolve("military", date=self.date, country=country)
        return replace(found, text=span_text(span), span=_char_span(span)) if found is not None else None

    def _civilians(self, span: Span, country: str) -> Actor | None:
        found = self.kb.resolve("civilians", date=self.date, country=country)
        return replace(found, text=span_text(span), span=_char_span(span)) if found is not None else None

    def _people_of_settlement(self, head: Token, span: Span) -> Actor | None:
        """"The army shelled Kurdish villages near Kirkuk", "jets struck a wedding in Yemen": a settlement or a
        place of people attacked or raided stands for the civilians there, of the country its words state, else of
        the place, else of the text."""
        if head.lemma_.lower() not in PEOPLES_PLACES or _category_at(_governing_verb(head)) not in _HARMFUL_ACTS:
            return None
        country = self.kb.country_of(span_text(span)) or _place_country(head) or self._country(head.doc)
        found = self.kb.resolve("civilians", date=self.date, country=country)
        return replace(found, text=span_text(span), span=_char_span(span)) if found is not None else None

    def _placed(self, head: Token, span: Span, actor: Actor) -> Actor:
        """A generic mention ("doctors", "rebels") or an ethnic group, given the country the words around
        it state, else, for civilians and ethnic groups, the country of the place."""
        # "tourists in Luxor", "foreign troops in Afghanistan", "Western diplomats in Kabul" are not of the place
        where = head.lemma_.lower() not in _FROM_ELSEWHERE and not _of_other_states(span)
        stated = (self._stated_elsewhere(head, where=where)
                  if actor.id is None and actor.sector and self.kb.country_of(span_text(span)) is None else None)
        if stated is not None:  # "doctors from two American aid groups", "rebels in the Ivory Coast"
            found = self.kb.resolve(span_text(span), date=self.date, country=stated)
            return replace(found or actor, text=span_text(span), span=_char_span(span), country=stated)
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
        if len(candidates) == 2 and span_text(candidates[0]) == span_text(candidates[1]):
            candidates.pop()  # the entity is the phrase: one lookup
        person = self._named_in_full_before(head, span)
        if person is not None:
            return person
        country, body = self._owner_country(head)  # once: it may resolve a possessive pronoun
        if body is not None and self.kb.sector_of(head.lemma_) is not None:
            return replace(body, text=span_text(span), span=_char_span(span))  # "NATO said its troops": NATO's
        for candidate in candidates:
            actor = self.kb.resolve(_with_article(candidate), date=self.date, country=country)
            if actor is not None and actor.id is None and _proper_name(candidate):
                # a named body the knowledge base lacks is itself, not a generic "workers" or "party"
                name = span_text(_strip_the(candidate))
                actor = replace(actor, name=name, country=self.kb.country_of(name) or actor.country)
            if actor is not None:
                return replace(actor, text=span_text(span), span=_char_span(span))
        state = self._nationality_adjective(head, span)
        if state is not None:
            return replace(state, text=span_text(span), span=_char_span(span))
        return self._unknown(span)

    def _police_officers(self, head: Token, span: Span) -> Actor | None:
        """"attacked a police station and wounded two officers": a bare "officers" is of the police its sentence
        names (an army's officers are named as such: "army officers")."""
        if head.lemma_.lower() != "officer" or any(c.dep_ in ("compound", "amod", "poss") for c in head.children):
            return None
        start, end = sentence_bounds(head)
        if not any(t.lemma_.lower() in _POLICE_WORDS for t in head.doc[start:end]):
            return None
        found = self.kb.resolve("police officers", date=self.date, country=self._home_country(head))
        return replace(found, text=span_text(span), span=_char_span(span)) if found is not None else None

    def _named_in_full_before(self, head: Token, span: Span) -> Actor | None:
        """"Wang Yi arrived ... Wang said": one word of a known person's full name, named before."""
        # the small model often tags the lone word as an organisation; a place or a nationality it is not
        if len(span) != 1 or head.pos_ != "PROPN" or head.ent_type_ in ("GPE", "NORP", "LOC", "FAC"):
            return None
        if (found := self.kb.resolve(head.text, date=self.date, country=None)) is not None and found.id:
            return None  # a known name of its own ("Burhan")
        full = full_name_before(head)
        found = self.kb.resolve(full, date=self.date, country=None) if full is not None else None
        return replace(found, text=span_text(span), span=_char_span(span)) if found is not None and _is_person(found) \
            else None

    def _owner_country(self, head: Token) -> tuple[str | None, Actor | None]:
        """"urged Serbia to withdraw its police": a generic mention owned by a pronoun is of the pronoun's
        referent's country; one owned by a capital ("Washington's envoy") of the capital's; else of the
        mention's home country. The second value is an international body the pronoun stands for ("NATO said
        its troops ..."), whose people are its own and of no country, or an armed group whose fighters they are."""
        capital = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        government = self.kb.government_of_capital(span_text(mention_span(capital))) if capital is not None else None
        if government is not None and government.country:  # "Washington's envoy", "Tehran's demands"
            return government.country, None
        seat = self._seat_of_organ(head)
        if seat is not None:  # "the government in Tehran", "the authorities in Kabul"
            return seat, None
        owner_state = self._state_owning_post(head)
        if owner_state is not None:  # "the embassy of Israel in Ankara": Israel's, not the place's
            return owner_state, None
        owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in _OWNER_PRONOUNS), None)
        found = None
        if owner is not None and head.i not in self._owners_open:  # "their leaders said their ...": no loop
            self._owners_open.add(head.i)
            try:
                found = self._pronoun(owner, owner.lower_)
            finally:
                self._owners_open.discard(head.i)
        if found is None:
            found = self._owning_group(head)
        if found is not None and found.sector == "IGO" and not found.country:
            return None, found
        if found is not None and found.id and found.sector in _NON_STATE_SECTORS \
                and (self.kb.sector_of(head.lemma_) in _IRREGULAR_SECTORS or head.lemma_.lower() in _GROUP_ROLES):
            return found.country, found  # "Hezbollah said its fighters attacked": the group's own fighters
        return (found.country if found is not None and found.country else self._home_country(head)), None

    def _owning_group(self, head: Token) -> Actor | None:
        """"the group's leaders", "the movement's fighters": the armed group a possessive group noun stands for."""
        owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "NOUN"
                      and c.lemma_.lower() in _GROUP_WORDS), None)
        return self._resolve(owner) if owner is not None else None

    def _seat_of_organ(self, head: Token) -> str | None:
        """"the government in Tehran", "the regime in Damascus": a state organ "in" a capital is of the capital's
        state, wherever the news is."""
        if self.kb.sector_of(head.lemma_) not in _STATE_ORGANS:
            return None
        seat = next((o for p in head.children if p.dep_ == "prep" and p.lower_ == "in"
                     for o in p.children if o.dep_ == "pobj"), None)
        found = self.kb.government_of_capital(span_text(mention_span(seat))) if seat is not None else None
        return found.country if found is not None else None

    def _state_owning_post(self, head: Token) -> str | None:
        """The state an "of" phrase gives a post or a presence abroad ("the embassy of Israel", "troops of
        Kenya"): whose it is, whatever the place."""
        if head.lemma_.lower() not in _PRESENCE_NOUNS:
            return None
        owner = next((o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ == "pobj"), None)
        return self.kb.country_of(span_text(mention_span(owner))) if owner is not None else None

    def _home_country(self, head: Token) -> str | None:
        """The country a generic mention ("the police", "the president") belongs to when its words state
        none: that of the place its own sentence names nearest to it, else the article's. Not for one office
        holder ("the prime minister flew to Washington" is the article country's)."""
        if head.lemma_.lower() in _ENVOYS and (head.dep_ in ("dobj", "nsubjpass") or head.tag_ == "NNS"):
            # "Turkey summoned the ambassador", "Diplomats warned that the cabinet ...": another state's (those
            # posted where the news is are mostly foreign), whose the words do not say
            return None
        if head.lemma_.lower() in _FROM_ELSEWHERE or (head.lemma_.lower() == "state" and head.tag_ == "NNS"):
            return None  # "Greek coast guards rescued migrants": not Greek migrants; "the Baltic states": several
        shared = self._first_conjuncts_countries(head)
        if shared is not None:  # "American and British warplanes, ships and a submarine": theirs, not the place's
            return shared[0] if len(shared) == 1 else None
        home = self._home_guess(head)
        return None if home is not None and home == self._own_doers_country(head) else home

    def _first_conjuncts_countries(self, head: Token) -> tuple[str, ...] | None:
        """The countries the nationality words of the first of a list of nouns state, which the later bare
        nouns of its kind share; None when the mention is no later conjunct of its kind or the first states none."""
        first = head
        while first.dep_ == "conj" and first.head.i != first.i and first.head.pos_ in ("NOUN", "PROPN"):
            first = first.head
        if first.i == head.i or self.kb.sector_of(first.lemma_) != self.kb.sector_of(head.lemma_):
            return None  # "Turkish troops and allied rebels": the rebels are not Turkish
        words = [c for c in first.subtree if c.i < first.i and c.dep_ in ("amod", "compound", "conj", "nmod")]
        countries = tuple(dict.fromkeys(c for c in (self.kb.country_of(w.text) for w in words
                                                     if w.text[:1].isupper()) if c))
        return countries or None

    def _own_doers_country(self, head: Token) -> str | None:
        """"Ankara hit back with drone strikes on government positions": a generic organ that an organ of its
        kind attacks is not the attacker's own, whose country the guess may have taken. The attacker's country
        when it is such an organ (no person: "the president" may act on his own government)."""
        sector = self.kb.sector_of(head.lemma_)
        if sector is None or head.dep_ in ("nsubj", "nsubjpass"):
            return None  # most mentions: asked before the walk up the tree
        verb = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None or head.i < verb.i:
            return None
        if _category_at(verb) not in _HARMFUL_ACTS:
            return None  # "the president urged the government to act": his own
        subject = clause_subject(verb)
        if subject is None or subject.i == head.i or subject.is_ancestor(head) or head.is_ancestor(subject):
            return None
        found = self._resolve(subject)
        return found.country if found is not None and found.sector == sector and not _is_person(found) else None

    def _home_guess(self, head: Token) -> str | None:
        if head.lemma_.lower() in _PERSON_NOUNS and head.tag_ not in ("NNS", "NNPS"):
            return self._article_country_of(head)
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
        here = [m for m in self._places_by_sentence.get(sentence_bounds(head).start) or ()
                if not _met_at(head, m) and not _doers_counterpart(head, m) and not _spoken_about(head, m)
                and not _travelled_to(head, head.doc[m.end - 1])]  # "the delegation flew to Jeddah": not Saudi
        located = [m for m in here if not _modifies_noun(head.doc[m.start])]
        here = located or here  # "Iranian-backed militias fired at a U.S. base in Iraq": Iraq, not the base's owner
        if here:
            return min(here, key=lambda m: (m.start > head.i, abs(m.start - head.i))).place.country
        return self._article_country_of(head)

    def _article_country_of(self, head: Token) -> str | None:
        """The article's country for a generic mention, unless the text states it only on another party's
        presence abroad ("Militants fired rockets at a base housing American troops": not American militants)."""
        country = self._country(head.doc)
        if country and _stated_only_on_other_state(head, country, self.kb):
            return None  # "The president accused Rwanda": not Rwanda's president
        return None if country and _stated_only_abroad(head, country, self.kb) else country

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
        # not a state the words after its verb accuse or ask ("the junta accused France": not France's), nor a
        # person or a party no words name (the government a protest addresses)
        others = _countries_spoken_about(head, self.kb.country_of)
        earlier = self._last_before(head, lambda a: a.sector == sector and a.country is not None
                                    and a.country not in others and not _is_person(a) and a.text)
        return earlier.country if earlier is not None else None

    def unidentified_armed_group(self, trigger: Token, *, text_span: Span | None = None) -> Actor:
        """ACLED's actor for an attack whose doer the text does not name: an unidentified armed group of the
        country where the event happened (else of the article's country)."""
        doc = trigger.doc
        place = event_location(trigger, doc) if Doc.has_extension("places") else None
        country = (place.country if place is not None else None) or self._country(doc)
        words = text_span if text_span is not None else doc[trigger.i:trigger.i + 1]
        return Actor(text=span_text(words), name=UNIDENTIFIED_ARMED_GROUP, country=country, sector="UAF",
                     span=_char_span(words))

    def _unnamed(self, verb: Token) -> Actor | None:
        """The party an event's verb stands for: the doer of an attack is an unidentified armed group of the
        event place's country (none where no place is known); the target of a protest is the government of
        that country, else of the protesters' own; the doer of an act of state ("a curfew was imposed") is the
        government of the place, else of the article's country, and whom it binds ("the junta banned all
        demonstrations") the civilians there. No mention names it, so it has no text or span."""
        category = _category_at(verb)
        place = event_location(verb, verb.doc) if category and Doc.has_extension("places") else None
        country = place.country if place is not None else None
        if category in UNATTRIBUTED_ACTS and verb.lemma_.lower() in _CROWD_CONTROL:
            # "protesters were dispersed with tear gas in Nairobi": the police of the place, not an armed group
            found = self.kb.resolve("police", date=self.date, country=country or self._country(verb.doc))
            return replace(found, text="", span=None) if found is not None else None
        if category in UNATTRIBUTED_ACTS and country:
            return Actor(text="", name=UNIDENTIFIED_ARMED_GROUP, country=country, sector="UAF")
        if category in ADDRESSED_TO_AUTHORITIES:
            # "Iraqi protesters marched": their government; else the article's; else a government all the same
            country = country or self._doer_country(verb) or self._country(verb.doc)
            found = self.kb.resolve("government", date=self.date, country=country)
            return replace(found, text="", span=None) if found is not None else None
        if category in STATE_ACTS and _done_by_a_subject(verb):
            # "the junta banned all demonstrations": the people of the place it is imposed on, else the doer's own
            country = country or self._doer_country(verb) or self._country(verb.doc)
            found = self.kb.resolve("civilians", date=self.date, country=country) if country else None
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
                    base = actor or Actor(text=span_text(span), name=span_text(_strip_the(span)))
                    return replace(base, text=span_text(span), span=_char_span(span), country=found.country)
        return None

    def _capital_as_government(self, head: Token, span: Span) -> Actor | None:
        """"Moscow insists", "Washington warned", "accused Kyiv of ...": a capital the geo step found standing
        for a party is its country's government, not a place of the event."""
        if self._party_places is None:
            self._party_places = _party_place_tokens(head.doc)
        if head.i not in self._party_places:
            return None
        found = self.kb.government_of_capital(span_text(span))
        return replace(found, text=span_text(span), span=_char_span(span)) if found is not None else None

    def _nationality_adjective(self, head: Token, span: Span) -> Actor | None:
        """"American airstrikes", "the Russian bombardment": an adjective of nationality that modifies the
        event itself stands for its state. When the noun it modifies names a party with it ("shelled Russian
        troops", "accused the Jewish state"), the adjective stands for that party."""
        # also the first of a hyphened pair, which hangs on the second ("Israeli-Syrian talks")
        if len(span) != 1 or head.dep_ not in ("amod", "compound") or head.head.pos_ not in ("NOUN", "ADJ"):
            return None
        code = self.kb.country_of(head.text)
        if code is None or self.kb.sector_of(head.head.lemma_) is not None:  # not "an American drone strike"
            whole = self.kb.resolve(span_text(mention_span(head.head)), date=self.date, country=None)
            if whole is not None and whole.country and (whole.id or whole.sector):
                return whole
        return self.kb.get(code) if code else None

    def _of_the_place(self, head: Token, span: Span, actor: Actor) -> Actor:
        """Civilians whose nationality the text does not state belong to the place where it happened,
        not to whichever country the article mentions most ("52 people were killed" in Kramatorsk). An
        ethnic group ("ethnic Albanians") belongs to where it lives, not to its kin state."""
        if head.lemma_.lower() in _FROM_ELSEWHERE and not _ethnic(span):
            return actor  # "tourists", "migrants": not the place's people
        if not _ethnic(span) and self.kb.country_of(span_text(span)) is not None:
            return actor
        if actor.country and any(c.dep_ == "poss" and c.lower_ in _OWNER_PRONOUNS for c in head.children):
            return actor  # "Thai officials said their citizens had been freed": whose they are, not the place's
        country = _place_country(head)
        if country is None or country == actor.country:
            return actor
        if _ethnic(span):  # the people, not their kin state: keep the name, change the country
            return replace(actor, id=None, name=span_text(span), country=country, aliases=())
        found = self.kb.resolve(span_text(span), date=self.date, country=country)
        return replace(found, text=span_text(span), span=_char_span(span)) if found else actor

    def _unknown(self, span: Span) -> Actor | None:
        """A name the knowledge base lacks keeps its text, with a country where the text states one."""
        if not any(t.pos_ == "PROPN" or t.ent_type_ in _NAME_ENTS for t in span):
            return None
        # the first word that states a country ("anti-American slogans": not "anti", tagged a nationality too)
        country = next((c for t in span if t.ent_type_ in ("GPE", "NORP") for c in [self.kb.country_of(t.text)] if c),
                       None)
        country = country or _gazetteer_country(span) or self._stated_elsewhere(span.root)
        if country is None and _named_party(span.root) and not _international(span):
            country = self._country(span.doc)  # a person or body no word places: most news is domestic
        return Actor(text=span_text(span), name=span_text(span), country=country, span=_char_span(span))

    def _stated_elsewhere(self, head: Token, *, where: bool = True) -> str | None:
        """The country that an apposition, an "of"/"from" phrase or a place "in" gives a mention whose own
        words state none: "Ahmed Karimi, Morocco's leading activist", "King Hassan of Morocco", "doctors
        from two American aid groups", "rebels in the Ivory Coast" (not with ``where`` false: "tourists in
        Luxor" are not Egyptian)."""
        preps = ("of", "from", "in") if where else ("of", "from")
        for child in head.rights:
            if child.dep_ == "appos" or (child.dep_ == "prep" and child.lower_ in preps):
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
        doer = self._own_doer(head)
        other = (lambda a: a is not None and (a.id or a.name) != doer) if doer else (lambda a: a is not None)
        referent = _antecedent_in_sentence(head, lower)
        found = self._resolve(referent) if referent is not None else None
        if not other(found) and lower in _PERSON_PRONOUNS | _THING_PRONOUNS | _PLURAL_PRONOUNS:
            found = self._earlier_subject(head, lower, other)
        if other(found):
            return replace(found, text=head.text, span=(head.idx, head.idx + len(head.text)))
        if lower in _PERSON_PRONOUNS:
            found = self._last(lambda a: a.sector is not None and a.id is not None and "person" in (a.id or "")
                               and other(a)) or self._last(lambda a: a.id is not None and other(a))
        elif lower in _THING_PRONOUNS or lower in _PLURAL_PRONOUNS:
            found = self._last(lambda a: a.id is not None and other(a))
        else:
            return None
        if found is None:
            return None
        return replace(found, text=head.text, span=(head.idx, head.idx + len(head.text)))

    def _own_doer(self, pronoun: Token) -> str | None:
        """Who does the act an object pronoun is the object of ("his ministry ... called on them"): the
        pronoun is never that doer (else the words would say "themselves"). Its id, or the name of a state's
        organ ("his government blamed it": not the Colombian government)."""
        verb = _own_verb_of_object(pronoun)
        subject = clause_subject(verb) if verb is not None else None
        if subject is None or subject.i == pronoun.i or subject.pos_ == "PRON":
            return None
        found = self._resolve(subject)
        if found is None or not (found.id or found.sector in _STATE_ORGANS):
            return None  # two generic crowds ("crowds gathered to greet them") may be two parties
        return found.id or found.name  # a state's organ with no id of its own: one per country

    def _last(self, wanted) -> Actor | None:
        self._volatile = True  # the parties named so far: more come as the document is read
        return next((a for a in reversed(self.history) if wanted(a)), None)

    def _last_before(self, head: Token, wanted) -> Actor | None:
        """The last party named before ``head`` that is ``wanted``, whether or not it took part in an event
        ("Turkish troops crossed into Syria. The army shelled ..."); else the last event party."""
        doc = head.doc
        for i in self._party_heads_before(head):
            found = self._party_at_index(doc, i)
            if found is not None and wanted(found):
                return found
        return self._last(wanted)

    def _last_described(self, head: Token, wanted) -> Actor | None:
        """``_last_before``, but a party named only in what a clause or an apposition says of another party
        ("Al Shabaab, which is linked to al Qaeda, ... strikes against the group") yields to that other party."""
        doc = head.doc
        for i in self._party_heads_before(head):
            found = self._party_at_index(doc, i)
            if found is None or not wanted(found):
                continue
            host = described_party(doc[i])
            described = self._party_at_index(doc, host.i) if host is not None else None
            return described if described is not None and wanted(described) else found
        return self._last(wanted)

    def _earlier_subject(self, pronoun: Token, lower: str, wanted=lambda a: True) -> Actor | None:
        """"Police raided a mosque. They arrested 14 men.": a pronoun with no antecedent in its own clauses
        stands for the nearest agreeing subject before it, in its sentence or the two before."""
        doc = pronoun.doc
        first = _sentence_start_back(pronoun, 2)
        for i in self._party_heads_before(pronoun):
            token = doc[i]
            if i < first:
                break
            if not _as_subject(token):
                continue
            if _agrees(token, lower):
                found = self._party_at_index(token.doc, token.i)
                if found is not None and (found.id or found.sector or found.country) and wanted(found):
                    return found  # not the doer itself: "Police fired tear gas to disperse them"
            elif lower in _PERSON_PRONOUNS and token.tag_ == "NNP":
                # "Wang said ... He urged": a name the tagger took for an organisation may be a known person
                found = self._party_at_index(token.doc, token.i)
                if found is not None and _is_person(found) and wanted(found):
                    return found
        return None

    def _party_heads_before(self, head: Token) -> Iterator[int]:
        """Noun heads before ``head`` that may name parties (subjects, objects), nearest first; found once per
        document. Not the phrases that hold ``head`` ("the leader of the group" is no party before "group")."""
        if self._parties is None:
            doc = head.doc
            self._parties = [i for i in _party_positions(doc) if _may_name_actor(doc[i], self.kb)]
        holders = {t.i for t in head.ancestors}  # once per call: ``is_ancestor`` walks them for every candidate
        parties = self._parties
        for k in range(bisect_left(parties, head.i) - 1, -1, -1):
            if parties[k] not in holders:
                yield parties[k]

    def _party_at_index(self, doc: Doc, i: int) -> Actor | None:
        """The actor the earlier noun head ``doc[i]`` names, resolved once; in text order, so that each
        resolution finds the ones before it already made."""
        parties = self._parties or ()
        while self._next_party < len(parties) and parties[self._next_party] < i:
            self._next_party += 1
            self._resolve_party(doc, parties[self._next_party - 1])
        self._resolve_party(doc, i)
        if i in self._parties_open:
            self._volatile = True  # none for now: the party's own resolution is under way
        return self._party_actors[i]

    def _resolve_party(self, doc: Doc, i: int) -> None:
        if i not in self._party_actors:
            self._party_actors[i] = None  # a resolution that comes back to this token finds nothing
            self._parties_open.add(i)
            try:
                self._party_actors[i] = self._resolve(doc[i])
            finally:
                self._parties_open.discard(i)
