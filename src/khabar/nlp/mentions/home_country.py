"""The country a generic mention belongs to when its own words state none, read for ``MentionResolver``:
its possessive owner ("its troops"), the seat of an organ ("the government in Tehran"), the state that reports it,
the last organ of its kind named, the place its sentence names, else the article's; and the country an apposition or
an "of"/"from"/"in" phrase states ("King Hassan of Morocco").
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ...actors.occupations import occupier_of
from ...geo import dateline_of
from ...geo.location import is_origin
from ...model import Actor
from ..arguments import clause_subject, mention_span
from ..dates.index import plain_extension
from ..sentences import sentence_bounds
from ..syntax import children_of
from ..text import span_text
from .acts import _HARMFUL_ACTS, _category_at, _governing_verb
from .article_country import _hangs_on, _met_at, _venue, desk_country_as_party
from .coreference import _GROUP_WORDS, _OWNER_PRONOUNS, _PERSON_NOUNS, _speaker
from .descriptions import is_kind_word
from .occupiers import names_occupiers, settlers
from .other_state import (_aimed_words, _counterpart_of, _state_aimed_at, _stated_only_on_other_state,
                          _stated_only_on_others)
from .people_of_place import _FROM_ELSEWHERE, country_of_the_struck
from .phrases import _is_person
from .place_countries import (_a_place_of, _countries_spoken_about, _doers_counterpart, _event_places,
                              _gazetteer_country, _home_of_another_group, _modifies_noun, _spoken_about,
                              places_by_sentence, told_of_elsewhere)
from .presence_abroad import _PRESENCE_NOUNS, _sent_to, _stated_only_abroad, _travelled_to, _visited, away_host
from .sectors import _IRREGULAR_SECTORS, _NON_STATE_SECTORS, _STATE_ORGANS

# Sectors of a named armed body and of the nouns of its forces ("its forces", "its troops", "its fighters").
_ARMED_BODY_SECTORS = frozenset({"MIL", "REB", "INS", "SEP"})
# People of an armed group who act as the group: "the group's leaders said", "its spokesman claimed".
_GROUP_ROLES = frozenset({"leader", "leadership", "commander", "chief", "head", "spokesman", "spokeswoman",
                          "spokesperson", "official", "member", "representative", "negotiator", "delegation"})
# A state's posts in another: an embassy or a consulate is never of the state it stands in.
_POSTS_ABROAD = frozenset({"embassy", "consulate", "legation"})
# Envoys: summoned, expelled or received, they are mostly another state's than the one acting on them.
_ENVOYS = frozenset({"ambassador", "envoy", "diplomat", "consul", "attache", "attaché", "emissary", "chargé"})


class HomeCountries:
    """The part of ``MentionResolver`` that gives a generic mention its country."""

    def _owner_country(self, head: Token) -> tuple[str | None, Actor | None]:
        """"urged Serbia to withdraw its police": a generic mention owned by a pronoun is of the pronoun's
        referent's country; one owned by a capital ("Washington's envoy") of the capital's; else of the
        mention's home country. The second value is an international body the pronoun stands for ("NATO said
        its troops ..."), whose people are its own and of no country, or an armed group whose fighters they are."""
        owners = [c for c in children_of(head) if c.dep_ == "poss"]  # once: most mentions have none
        capital = next((c for c in owners if c.pos_ == "PROPN"), None)
        government = self.kb.government_of_capital(span_text(mention_span(capital))) if capital is not None else None
        if government is not None and government.country:  # "Washington's envoy", "Tehran's demands"
            return government.country, None
        place = _gazetteer_country(mention_span(capital)) if capital is not None else None
        if place is not None and not self.kb.country_of(capital.text):  # "Gaza's hospitals", "Goma's residents"
            return place, None
        challenged = self._challengers_state(head) if not owners else None
        if challenged is not None:  # "Libyan rebels met government officials in Tunis": the venue is no seat
            return challenged, None
        seat = self._seat_of_organ(head)
        if seat is not None:  # "the government in Tehran", "the authorities in Kabul"
            return seat, None
        owner_state = self._state_owning_post(head)
        if owner_state is not None:  # "the embassy of Israel in Ankara": Israel's, not the place's
            return owner_state, None
        owner = next((c for c in owners if c.lower_ in _OWNER_PRONOUNS), None)
        found = None
        if owner is not None and head.i not in self._owners_open:  # "their leaders said their ...": no loop
            self._owners_open.add(head.i)
            try:
                found = self._pronoun(owner, owner.lower_)
            finally:
                self._owners_open.discard(head.i)
        if found is None:
            found = self._owning_group(owners)
            if found is not None and _group_like(found) and head.lemma_.lower() in _GROUP_ROLES:
                return found.country, found  # "The Kashmir Tigers claimed it. The group's leader": theirs, no state's
        if found is not None and found.sector == "IGO" and not found.country:
            return None, found
        if found is not None and found.sector in _NON_STATE_SECTORS \
                and (self.kb.sector_of(head.lemma_) in _IRREGULAR_SECTORS or head.lemma_.lower() in _GROUP_ROLES):
            # "Hezbollah said its fighters attacked": the group's own fighters; "a militia said ... killed three of
            # its commanders": an unnamed group's too (no state's army's)
            return found.country, found
        if found is not None and self._armed_body_owning_forces(found, head):
            return found.country, found  # "The RSF said its forces captured": the force's own, not its state's army
        return (found.country if found is not None and found.country else self._home_country(head)), None

    def _armed_body_owning_forces(self, found: Actor, head: Token) -> bool:
        """"The RSF said its forces ...": the forces a named armed body tells of as its own are the body itself,
        whichever state's army the noun alone would be read as. Only the speaker's: elsewhere "its" may be
        misread ("bombed a village ... after its fighters overran an outpost")."""
        if not found.id or found.sector not in _ARMED_BODY_SECTORS \
                or self.kb.sector_of(head.lemma_) not in _ARMED_BODY_SECTORS:
            return False
        speaker = _speaker(head)
        told = self._resolve(speaker) if speaker is not None else None
        return told is not None and told.id == found.id

    def _owner_country_pure(self, head: Token) -> bool:
        """Whether ``_owner_country(head)`` surely resolves no other mention, and so changes no state and reads
        none that changes: no possessive owner (whose pronoun or group it resolves), no state organ (whose
        reporter and earlier namesake ``_home_guess`` resolves), and no mention of a sector but a subject (whose
        attacker ``_own_doers_country`` resolves). Keep in step with the reads below."""
        if any(c.dep_ == "poss" for c in children_of(head)):
            return False
        sector = self._phrase_sector(head)  # as ``_striking_states`` reads it
        return sector is None or (sector not in _STATE_ORGANS and head.dep_ in ("nsubj", "nsubjpass"))

    def _owning_group(self, owners: list[Token]) -> Actor | None:
        """"the group's leaders", "the movement's fighters", "the bloc's chairman": the group or body a possessive
        group noun or kind word (among a mention's possessive ``owners``) stands for."""
        owner = next((c for c in owners if c.pos_ == "NOUN" and _owner_noun(c.lemma_.lower())), None)
        found = self._kind_owner(owner) if owner is not None else None
        entry = self.kb.entry(found.id) if found is not None and found.id is not None else None
        if entry is not None and entry.kind == "igo":
            # the body itself, though last named by its people ("AMISOM said its troops ... the bloc's chairman")
            found = replace(found, sector=entry.sector, country=entry.country)
        found = found or (self._resolve(owner) if owner is not None else None)
        body = owner is not None and owner.lemma_.lower() in _BODY_WORDS
        if body and (found is None or found.sector in _STATE_ORGANS):
            return self._group_named_before(owner)  # a group is no state's organ ("killed three soldiers. The group")
        return found

    def _kind_owner(self, owner: Token) -> Actor | None:
        """"The European Union ... the bloc's chairman": the body a possessive kind word takes up, read on the word
        alone (its mention's words hold the "'s", which a bare kind word has not)."""
        return self._kind_antecedent(owner, owner.doc[owner.i:owner.i + 1])

    def _group_named_before(self, owner: Token) -> Actor | None:
        """The last party named before a group noun that is a group (not a place, not a state's organ)."""
        places = _place_starts(owner.doc)
        return self._last_before(owner, lambda a: a.span is not None and a.span[1] <= owner.idx and _group_like(a)
                                 and a.span[0] not in places)

    def _seat_of_organ(self, head: Token) -> str | None:
        """"the government in Tehran", "the regime in Damascus": a state organ "in" a capital is of the capital's
        state, wherever the news is."""
        if self.kb.sector_of(head.lemma_) not in _STATE_ORGANS or head.lemma_.lower() in _POSTS_ABROAD:
            return None  # "its embassy in Damascus": a post stands in another state's capital
        seat = next((o for p in children_of(head) if p.dep_ == "prep" and p.lower_ == "in"
                     for o in children_of(p) if o.dep_ == "pobj"), None)
        found = self.kb.government_of_capital(span_text(mention_span(seat))) if seat is not None else None
        return found.country if found is not None else None

    def _state_owning_post(self, head: Token) -> str | None:
        """The state an "of" phrase gives a post or a presence abroad ("the embassy of Israel", "troops of
        Kenya"): whose it is, whatever the place."""
        if head.lemma_.lower() not in _PRESENCE_NOUNS:
            return None
        owner = next((o for p in children_of(head) if p.dep_ == "prep" and p.lower_ == "of"
                      for o in children_of(p) if o.dep_ == "pobj"), None)
        return self.kb.country_of(span_text(mention_span(owner))) if owner is not None else None

    def _home_country(self, head: Token) -> str | None:
        """The country a generic mention ("the police", "the president") belongs to when its words state
        none: that of the place its own sentence names nearest to it, else the article's. Not for one office
        holder ("the prime minister flew to Washington" is the article country's)."""
        if head.lemma_.lower() in _ENVOYS and (head.dep_ in ("dobj", "nsubjpass") or head.tag_ == "NNS"):
            # "Turkey summoned the ambassador", "Diplomats warned that the cabinet ...": another state's (those
            # posted where the news is are mostly foreign), whose the words do not say
            return None
        if head.lemma_.lower() in _POSTS_ABROAD:
            return None  # "Demonstrators stormed the embassy in Tehran": another state's, whose the words do not say
        if head.lemma_.lower() in _FROM_ELSEWHERE or (head.lemma_.lower() == "state" and head.tag_ == "NNS"):
            return None  # "Greek coast guards rescued migrants": not Greek migrants; "the Baltic states": several
        if names_occupiers(head):
            # "the occupation forces in southern Lebanon", "settlers near Nablus": the occupier's, never the land's
            land = self._home_guess(head)
            return occupier_of(land, date=self.date) or (land if settlers(head) else None)
        shared = self._first_conjuncts_countries(head)
        if shared is not None:  # "American and British warplanes, ships and a submarine": theirs, not the place's
            return shared[0] if len(shared) == 1 else None
        if head.lemma_.lower() in _HIRED:
            return None  # "Mercenaries attacked a village in Mozambique": hired from abroad, not the place's people
        struck = country_of_the_struck(head, self.kb.country_of)
        if struck is not None:  # "attacked a Turkish base in Iraq, killing 10 soldiers": Turkish soldiers
            return struck
        home = self._home_guess(head)
        if home is not None and self._hosts_guest_of(head, home):
            return None  # "The emir received the Iranian foreign minister": no Iranian emir
        return None if home is not None and home == self._own_doers_country(head) else home

    def _hosts_guest_of(self, head: Token, country: str) -> bool:
        """Whether a bare head of state hosts a guest whose own words state ``country``: the host is of another
        state, which the text does not say (the article's country is then mostly the guest's)."""
        verb = _hosting_verb_of(head)
        if verb is None or head.lemma_.lower() not in _HOST_TITLES or _owned(head):
            return False
        guests = [c for c in children_of(verb) if c.dep_ == "dobj"]
        return any(self.kb.country_of(w.text) == country for g in guests for w in g.subtree
                   if w.i < g.i and w.text[:1].isupper())

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
        if sector not in _STATE_ORGANS or head.dep_ in ("nsubj", "nsubjpass"):
            # most mentions: asked before the walk up the tree; and people who are no organ of a state are of the
            # place even when their own kind attacks them ("Government supporters attacked opposition activists")
            return None
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
        host = self._host_country(head)
        if host is not None:  # "The British prime minister met the king in Amman": Jordan's king
            return host
        if head.lemma_.lower() in _PERSON_NOUNS and head.tag_ not in ("NNS", "NNPS"):
            return self._article_country_of(head)
        reporter = self._reporter_country(head)
        if reporter is not None:
            return reporter
        earlier = self._same_organ_before(head)
        if earlier is not None:
            return earlier
        named = self._named_before_by_noun(head)
        if named is not None:  # "Iran's Revolutionary Guards said ... killed seven members of the Guards": Iran's
            return named
        desk_organ = self._organ_of_desk(head)
        if desk_organ is not None:  # "JERUSALEM - The army said troops shot dead a gunman in Jenin": Israel's
            return desk_organ
        challenged = self._challengers_state(head)
        if challenged is not None:  # "Syrian opposition leaders met government officials in Geneva": Syria's
            return challenged  # (asked again here for a mention owned by a word that resolves to nothing)
        desk = self._desk_country_of_office(head)
        if desk is not None:  # "LONDON — The Ministry of Defence would deploy troops to Estonia": Britain's
            return desk
        here = [m for m in places_by_sentence(head.doc, _event_places(head.doc)).get(sentence_bounds(head).start, ())
                if self._places_it(head, m, head.doc[m.end - 1])]
        located = [m for m in here if not _modifies_noun(head.doc[m.start])]
        here = located or here  # "Iranian-backed militias fired at a U.S. base in Iraq": Iraq, not the base's owner
        if here:
            land = min(here, key=lambda m: (m.start > head.i, abs(m.start - head.i))).place.country
            return self._occupiers_own(head, land) or land
        found = self._article_country_unless_striker(head, self._article_country_of(head))
        return found if found is not None else self._guarded_border(head)

    def _places_it(self, head: Token, m, name: Token) -> bool:
        """Whether the place mention ``m`` of the mention's sentence (``name`` its last word) says where the
        mention is, not where it met, went or was sent, nor whom it speaks of or aims at."""
        return (not _met_at(head, m) and not _doers_counterpart(head, m) and not _spoken_about(head, m)
                and not _travelled_to(head, name)  # "the delegation flew to Jeddah": not Saudi
                and not _sent_to(name)  # "the ministry would deploy troops to Estonia": not Estonia's
                and away_host(name) is None  # "Speaking in Paris, the prime minister ...": not French
                and not _state_aimed_at(head, name, self.kb)  # "met to discuss sanctions on Russia"
                and not _home_of_another_group(head, name)  # "rebels from Chad attacked a village"
                and not _origin_of_another(head, name)  # "among them a woman from Ecuador"
                and not told_of_elsewhere(head, name))  # "arrested a blogger who criticised the war in Sudan"

    def _guarded_border(self, head: Token) -> str | None:
        """"Soldiers killed three smugglers on Iran's border", "near the border of Iran": forces no other word
        places, whose sentence names a border as one state's own, are that state's. A nationality word on a border
        ("near the Afghan border") or a border "with" a state names the neighbour across it, not the forces' state."""
        if self.kb.sector_of(head.lemma_) not in _BORDER_FORCES:
            return None
        owners = {c for t in head.sent if t.lemma_.lower() in _BORDER_NOUNS for c in self._border_owners(t)}
        return next(iter(owners)) if len(owners) == 1 else None

    def _border_owners(self, border: Token) -> list[str]:
        """The states a border noun's possessive or "of" phrase says it is of."""
        words = [c for c in children_of(border) if c.dep_ == "poss"]
        words += [o for p in children_of(border) if p.dep_ == "prep" and p.lower_ == "of"
                  for o in children_of(p) if o.dep_ == "pobj"]
        return [c for c in (self.kb.country_of(w.text) for w in words if w.text[:1].isupper()) if c]

    def _host_country(self, head: Token) -> str | None:
        """"The Chinese president met the emir in Doha", "the emir received the minister in Doha": a bare head of a
        state met in a capital, or in a country named as the meeting's place, is the host's, not the visitor's
        (the article's). None for any other mention, and for a venue that is no capital ("met the president in
        Geneva" says nothing of whose president)."""
        if head.lemma_.lower() not in _HOST_TITLES or head.tag_ in ("NNS", "NNPS") or _owned(head):
            return None
        verb = _meeting_verb_of(head) or _hosting_verb_of(head)
        if verb is None:
            return None
        here = places_by_sentence(head.doc, _event_places(head.doc)).get(sentence_bounds(head).start, ())
        venues = (m for m in here if _where_met(head.doc[m.end - 1], verb))
        return next((c for c in map(self._seat_or_state, venues) if c), None)

    def _seat_or_state(self, mention) -> str | None:
        """The state a place mention names as a capital (by the knowledge base's capitals first: the gazetteer may
        take "Doha" for a village of the visitor's country) or as the state itself, whose host a meeting there has."""
        capital = self.kb.government_of_capital(mention.place.text)
        if capital is not None:
            return capital.country
        return mention.place.country if mention.place.feature in _SEAT_FEATURES else None

    def _named_before_by_noun(self, head: Token) -> str | None:
        """The country of the last party named before a definite organ whose name ends in the organ's noun ("the
        Guards" after "Iran's Revolutionary Guards"): the same body, named short."""
        if self.kb.sector_of(head.lemma_) not in _STATE_ORGANS or not self._is_definite(self._span(head)):
            return None
        noun = head.lower_
        earlier = self._last_before(head, lambda a: a.country is not None and a.span is not None
                                    and a.span[1] <= head.idx and a.text.lower().split()[-1:] == [noun]
                                    and len(a.text.split()) > 1)
        return earlier.country if earlier is not None else None

    def _occupiers_own(self, head: Token, land: str | None) -> str | None:
        """"JERUSALEM - ... attacked soldiers in Hebron": forces in a land that the dateline's state occupies, in a
        story filed from that state, are the occupier's (its own forces, not the land's); None otherwise."""
        if self.kb.sector_of(head.lemma_) != "MIL" or names_occupiers(head):
            return None  # "occupation forces": the caller reads the land's holder from the land itself
        dateline = dateline_of(head.doc)
        desk = dateline.place.country if dateline is not None and dateline.place is not None else None
        occupier = occupier_of(land, date=self.date)
        if occupier is None or occupier == land:
            return None
        return occupier if desk == occupier or self._harms_people_of(head, land) else None

    def _harms_people_of(self, head: Token, land: str) -> bool:
        """"Soldiers shot dead a Palestinian gunman in Hebron": a bare force whose harmful act is aimed at people the
        text names as the land's own is the other side of them, the state that holds the land."""
        verb = head.head
        if head.dep_ != "nsubj" or _category_at(verb) not in _HARMFUL_ACTS:
            return False
        # whom the act is aimed at, and whom its participle harms too ("raided the camp, killing two Palestinians")
        harmed = [w for c in children_of(verb) if c.dep_ == "advcl" and c.tag_ == "VBG"
                  for o in children_of(c) if o.dep_ == "dobj" for w in o.subtree]
        return any(w.text[:1].isupper() and w.pos_ in ("ADJ", "PROPN") and self.kb.country_of(w.text) == land
                   for w in (*_aimed_words(head), *harmed))

    def _organ_of_desk(self, head: Token) -> str | None:
        """A definite organ of a state ("the army", "the police") that no organ of its kind before it names, in a
        story filed from the article's own country or from a state the text names as a party ("ANKARA - Turkey
        struck ... The army shelled positions in Syria"): the dateline's country, wherever its sentence says it acts
        (a state's forces strike, raid and occupy abroad). None where the dateline is missing or a mere desk."""
        if self.kb.sector_of(head.lemma_) not in _STATE_ORGANS or not self._is_definite(self._span(head)):
            return None
        dateline = dateline_of(head.doc)
        desk = dateline.place.country if dateline is not None and dateline.place is not None else None
        if desk is None:
            return None
        return desk if desk == self._country(head.doc) or desk_country_as_party(head.doc, self.kb, desk) else None

    def _desk_country_of_office(self, head: Token) -> str | None:
        """The dateline's country for a bare national office ("the Ministry of Defence", "the Interior Ministry"):
        a ministry acts from its capital, so the places its sentence names are where it sends or acts, not whose
        it is. None for any other mention, or with no dateline."""
        if head.lemma_.lower() not in _NATIONAL_OFFICES or not head.text[:1].isupper():
            return None
        dateline = dateline_of(head.doc)
        return dateline.place.country if dateline is not None and dateline.place is not None else None

    def _article_country_unless_striker(self, head: Token, country: str | None, *, people: bool = False) -> str | None:
        """The article's ``country`` for what a harmful act strikes, unless it is the country of a state that
        strikes it (see ``_striking_states``); ``people``: the mention is a place of people ("the camps")."""
        return None if country is not None and country in self._striking_states(head, people=people) else country

    def _striking_states(self, head: Token, *, people: bool = False) -> frozenset[str]:
        """"Egypt and Jordan said they would strike the camps": what states strike, where the text names no
        place, is of none of them (the article's country is then mostly one of the strikers'). Several states
        strike abroad; one state, only a place of people ("Egypt bombed the camps": not "militants", whom a
        state mostly strikes at home). Attacks only: a state arrests and executes its own."""
        sector = "CVL" if people else self._phrase_sector(head)
        # "bombed militant positions": the parser may give the modifier as the party
        phrase = head.head if head.dep_ in ("compound", "amod") and head.head.pos_ == "NOUN" else head
        if sector is None or phrase.dep_ not in ("dobj", "pobj"):
            return frozenset()  # a mention of no sector is read once (``_owner_country_pure``): no resolving here
        verb = _governing_verb(phrase)
        subject = clause_subject(verb) if _category_at(verb) == "ASSAULT" else None  # a state arrests its own
        if subject is None or subject.i == phrase.i or phrase.is_ancestor(subject):
            return frozenset()
        doers = self._coordinated_referents(subject) if subject.pos_ == "PRON" else (
            self._conjoined_parties(subject, self._span(subject))  # "Egyptian and Jordanian jets"
            or tuple(a for a in map(self._resolve, (subject, *subject.conjuncts)) if a is not None))
        states = frozenset(a.country for a in doers if a.country and a.id == a.country)
        # several states' forces strike abroad too ("Egyptian and Jordanian jets"); one state's forces mostly at home
        forces = states | frozenset(a.country for a in doers if a.country and a.sector in _STATE_ORGANS)
        if len(forces) > 1:
            return forces
        return states if len(states) > 1 or (states and people) else frozenset()

    def _phrase_sector(self, head: Token) -> str | None:
        """The sector of the noun, else of a word before it ("militant camps": a place of a party is its
        modifier's)."""
        own = self.kb.sector_of(head.lemma_)  # the noun first: most have a sector, and need no list of modifiers
        return own or next((s for w in _head_words(head)[1:] for s in [self.kb.sector_of(w.lemma_)] if s), None)

    def _article_country_of(self, head: Token) -> str | None:
        """The article's country for a generic mention, unless the text states it only on another party's
        presence abroad ("Militants fired rockets at a base housing American troops": not American militants).
        Nor an armed group of no state, when no place of the text is in it and the text names it only as a state
        acting as a party or as the nationality of civilians: that says whom the group is acted on by or acts on,
        not where it is."""
        country = self._country(head.doc)
        if country and (_stated_only_on_other_state(head, country, self.kb) or _counterpart_of(head, country, self.kb)
                        or country in _countries_visited(head)):
            # "The president accused Rwanda": not Rwanda's president, but the dateline's when it names another;
            # "the foreign minister visited Tehran": a visitor, not Iran's
            return self._dateline_country_other_than(head, country)
        if country and self.kb.sector_of(head.lemma_) in _IRREGULAR_SECTORS and self._no_group_there(head.doc, country):
            return None  # "Rebels freed two Italian hostages", "Washington is arming the rebels": not theirs
        return None if country and _stated_only_abroad(head, country, self.kb) else country

    def _dateline_country_other_than(self, head: Token, country: str) -> str | None:
        """"ISLAMABAD - The prime minister came under criticism from Washington": the dateline's country, which
        a story filed there is mostly about, unless it is the other side's ``country``."""
        dateline = dateline_of(head.doc)
        home = dateline.place.country if dateline is not None and dateline.place is not None else None
        return home if home != country else None

    def _no_group_there(self, doc, country: str) -> bool:
        """Whether the text names ``country`` only as others (a state acting as a party, the nationality of
        civilians) and no place of it: it tells of no armed group of that country."""
        return _stated_only_on_others(doc, country, self.kb) and not _a_place_of(doc, country)

    def _stateless_group_placed(self, head: Token, actor: Actor) -> Actor:
        """"The Islamic State claimed the attack. The United States added the group to its list": a known armed
        group of no state takes the country where the text places it, not one named only as others."""
        entry = self.kb.entry(actor.id) if actor.id else None
        if entry is None or entry.country or actor.country is None or actor.sector not in _IRREGULAR_SECTORS:
            return actor
        return replace(actor, country=None) if self._no_group_there(head.doc, actor.country) else actor

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

    def _challengers_state(self, head: Token) -> str | None:
        """"Syrian opposition leaders met government officials in Geneva", "Colombian government negotiators met
        rebel commanders in Havana": a state organ that a country's opposition or rebels meet, and the rebels or
        opposition a country's own government or army meets, are that country's (the place is only the venue);
        None for any other mention (a foreign minister meeting opposition leaders abroad meets the place's)."""
        verb = _meeting_verb_of(head)  # first: most mentions are met by no one, and it reads only the parse
        if verb is None:
            return None
        sectors = {self.kb.sector_of(w.lemma_) for w in _head_words(head)}  # "government representatives"
        # "rebel commanders": a challenger's word wins over an organ's ("commander")
        wanted = _STATE_ORGANS if sectors & _CHALLENGERS else _CHALLENGERS if sectors & _STATE_ORGANS else None
        subject = clause_subject(verb) if wanted else None
        if subject is None or subject.i == head.i or head.is_ancestor(subject):
            return None
        if wanted is _STATE_ORGANS and not any(w.lemma_.lower() in _DOMESTIC_ORGANS for w in _head_words(subject)):
            return None
        found = self._resolve(subject)
        return found.country if found is not None and found.sector in wanted else None

    def _same_organ_before(self, head: Token) -> str | None:
        """"Israeli troops raided Jenin ... The army said": a definite organ of a state ("the army", "the
        police") is that of the last organ of its kind the article named with a country."""
        sector = self.kb.sector_of(head.lemma_)  # memoised: cheaper than the phrase, and rules out most nouns
        if sector not in _STATE_ORGANS or not self._is_definite(self._span(head)):
            return None
        # not a state the words after its verb accuse or ask ("the junta accused France": not France's), nor a
        # person or a party no words name (the government a protest addresses)
        others = _countries_spoken_about(head, self.kb.country_of)
        military_rule = head.lemma_.lower() == "junta"
        # only parties named before it: a later party resolved first ("... where Malian soldiers patrol") or the
        # mention's own earlier resolution says nothing of whose organ it is
        earlier = self._last_before(head, lambda a: (a.sector == sector or military_rule and self._a_junta(a))
                                    and a.country is not None and a.country not in others and not _is_person(a)
                                    and a.text and (a.span is None or a.span[1] <= head.idx))
        return earlier.country if earlier is not None else None

    def _a_junta(self, actor: Actor) -> bool:
        """"The Tatmadaw shelled villages ... Britain condemned the junta": an army that rules, named by a word of
        military rule in its text or among the knowledge base's names for it, is the junta a later text names."""
        entry = self.kb.entry(actor.id) if actor.id is not None else None
        names = (actor.text or "", *(entry.aliases if entry is not None else ()))
        return actor.sector == "MIL" and any("junta" in n.lower() for n in names)

    def _stated_elsewhere(self, head: Token, *, where: bool = True) -> str | None:
        """The country that an apposition, an "of"/"from" phrase or a place "in" gives a mention whose own
        words state none: "Ahmed Karimi, Morocco's leading activist", "King Hassan of Morocco", "doctors
        from two American aid groups", "rebels in the Ivory Coast" (not with ``where`` false: "tourists in
        Luxor" are not Egyptian)."""
        preps = ("of", "from", "in") if where else ("of", "from")
        for child in children_of(head):  # its right ones, as ``head.rights`` gives them, from the kept children
            if child.i < head.i:
                continue
            if child.dep_ == "appos" or (child.dep_ == "prep" and child.lower_ in preps):
                country = self._country_of_phrase(child)
                if country is not None:
                    return country
        return None

    def _country_of_phrase(self, child: Token) -> str | None:
        target = child if child.dep_ == "appos" else next((c for c in children_of(child) if c.dep_ == "pobj"), None)
        if target is None or (child.lower_ == "in" and (target.ent_type_ != "GPE" or _venue(target))):
            return None  # "talks with the rebels in Havana": where they met, not whose they are
        if target.ent_type_ == "GPE":
            return self.kb.country_of(target.text) or _gazetteer_country(target.doc[target.i:target.i + 1])
        found = self._resolve(target)
        return found.country if found is not None else None


# Heads of a state or a government, whom a visitor meets where they are at home.
_HOST_TITLES = frozenset({"king", "queen", "emir", "amir", "sultan", "monarch", "prince", "president", "premier",
                          "chancellor", "minister", "leader", "ruler", "sheikh"})
# GeoNames features of a capital or a state: a meeting there is the state's own (not "in Geneva", "in New York").
_SEAT_FEATURES = frozenset({"PPLC", "PCLI", "PCLD", "PCLS", "PCLF", "PCL"})
# Forces that guard a state's border, and the words for one.
_BORDER_FORCES = frozenset({"MIL", "COP"})
_BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})
# People hired to fight: with no nationality stated, of no country (mostly not the place's).
_HIRED = frozenset({"mercenary", "mercenaries"})
# Verbs whose subject hosts a visitor: "the emir received the minister in Doha".
_HOSTING_VERBS = frozenset({"receive", "host", "welcome"})


# Nouns that name a body of people of its own, never a state's organ ("the group", "the movement").
_BODY_WORDS = frozenset({"group", "organization", "organisation", "movement", "faction"})


def _countries_visited(head: Token) -> frozenset[str]:
    """The countries of the places of the mention's sentence it visits ("the foreign minister visited Tehran", "the
    president, on a visit to Beijing"). Not those it went to: "the president arrived in Kabul" is often home."""
    doc = head.doc
    here = places_by_sentence(doc, _event_places(doc)).get(sentence_bounds(head).start, ())
    return frozenset(m.place.country for m in here if m.place.country and _visited(head, doc[m.end - 1]))


def _place_starts(doc) -> frozenset[int]:
    """The character offsets where the doc's place mentions begin (a place is no group: "near Rajouri")."""
    return frozenset(doc[m.start].idx for m in plain_extension(doc, "places") or ())


def _owner_noun(lemma: str) -> bool:
    """Whether a possessive noun may stand for a group or body named before: "the group's", or a word of a body's
    kind ("the bloc's chairman": the bloc's own man, not the host's)."""
    return lemma in _GROUP_WORDS or is_kind_word(lemma)


def _group_like(actor: Actor) -> bool:
    """A non-state group: of a non-state sector, or a named body the knowledge base lacks ("the Kashmir Tigers":
    no id and no sector, but a name of its own)."""
    if actor.sector in _NON_STATE_SECTORS:
        return True
    return actor.id is None and actor.sector is None and bool(actor.text) and actor.text[:1].isupper()


def _origin_of_another(head: Token, name: Token) -> bool:
    """"20 cadets were killed, among them a young woman from Ecuador": where one person ("among them") comes from
    tells of that person, not of the group nor of the place where it happened."""
    return is_origin(name) and name.head.head.i != head.i


def _where_met(name: Token, verb: Token) -> bool:
    """"met the emir in Doha", "received the minister in Doha", "met in Amman": an "in"/"at" place of the meeting
    verb, of one of its parties, or of the talks it holds."""
    while name.dep_ in ("compound", "appos", "amod") and name.head.i != name.i:
        name = name.head
    prep = name.head
    if name.dep_ != "pobj" or prep.lower_ not in ("in", "at"):
        return False
    return prep.head.i == verb.i or prep.head.head.i == verb.i or _hangs_on(name, verb)


def _hosting_verb_of(head: Token) -> Token | None:
    """The verb of hosting whose subject ``head`` is ("the emir received the minister")."""
    return head.head if head.dep_ == "nsubj" and head.head.lemma_.lower() in _HOSTING_VERBS else None


def _owned(head: Token) -> bool:
    """Whether a title's own words name whose it is ("Jordan's king", "the king of Jordan")."""
    return any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in children_of(head))


# Offices of a state, capitalised as names: one with no country in its words is of the dateline's state.
_NATIONAL_OFFICES = frozenset({"ministry", "department", "secretariat", "directorate"})
# Parties that challenge a state from inside it: the government they meet is their own country's.
_CHALLENGERS = frozenset({"OPP", "REB", "INS", "SEP"})
# Organs that meet their own country's rebels or opposition, unlike a visiting minister or envoy.
_DOMESTIC_ORGANS = frozenset({"government", "army", "military", "junta", "regime", "authorities", "authority"})
# Verbs whose object is met, and nouns of talks whose "with" party is.
_MEETING_VERBS = frozenset({"meet", "receive"})
_TALKS_NOUNS = frozenset({"talk", "talks", "meeting", "negotiation", "dialogue"})


def _meeting_verb_of(head: Token) -> Token | None:
    """The verb of meeting whose object ``head`` is ("met government officials"), or the verb holding the talks whose
    "with" party it is ("held talks with government officials")."""
    if head.dep_ == "dobj" and head.head.lemma_.lower() in _MEETING_VERBS:
        return head.head
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "with":
        return None
    if prep.head.lemma_.lower() in _MEETING_VERBS:  # "met with government officials"
        return prep.head
    talks = prep.head
    if talks.lemma_.lower() in _TALKS_NOUNS and talks.dep_ == "dobj" and talks.head.pos_ == "VERB":
        return talks.head
    return None


def _head_words(noun: Token) -> list[Token]:
    """A noun and the words compounded before it ("government negotiators", "rebel commanders")."""
    return [noun, *(c for c in children_of(noun) if c.dep_ in ("compound", "amod") and c.i < noun.i)]

