"""``MentionResolver``: resolves argument heads to actors, one per document.

It remembers whom the text has named (the event parties, and the subjects and objects it reads once per
document), so that a definite description or a pronoun finds the actor it stands for, and it gives a mention
whose words state no country the country its surroundings do. This module holds its state and the order in which
it reads a mention; each reading is a part of its own: the mention's own words (``named``), the people of a place
(``people_of_place``), the country of a generic mention (``home_country``), what a pronoun or a description stands
for (``antecedents``) and the parties a text leaves unnamed (``unnamed``).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ...actors import ActorKB
from ...model import Actor
from ..arguments import clause_subject, counted_people, group_owner, mention_span, stands_for_unnamed_party
from ..arguments.doers import acts_where_it_happened
from ..arguments.unnamed import ADDRESSED_TO_AUTHORITIES, exiles_protesting
from ..arguments.places import host_state
from ..dates.index import plain_extension
from ..syntax import children_of
from ..text import span_text
from .acts import _category_at, _governing_verb
from .antecedents import Antecedents, _word_positions
from .article_country import _article_country
from .coreference import (_GROUP_WORDS, _PLURAL_PRONOUNS, _a_speaker_for, _agrees, _antecedent_in_sentence,
                          _coordinated, _sentence_start_back)
from .home_country import HomeCountries
from .named_together import acting_role, is_both_sides, sides_named_at
from .named import NamedMentions
from .people_of_place import PeopleOfPlaces, country_of_the_struck
from .phrases import _char_span, _entity_at, _force_as_means
from .place_countries import _place_country
from .unnamed import UnnamedParties

_STATE_WORDS = frozenset({"country", "state", "nation", "government"})  # "the defence chiefs of member states"
# Armed men who may serve a person out of office ("militiamen loyal to the former president"): a militia of his.
_ARMED_MEN = frozenset({"gunman", "fighter", "militiaman", "militant", "militia", "insurgent", "rebel", "guerrilla"})


class MentionResolver(NamedMentions, PeopleOfPlaces, HomeCountries, Antecedents, UnnamedParties):
    """The actors of one document's mentions; each base class is one way of reading a mention."""

    def __init__(self, kb: ActorKB, *, date: dt.date | None, country: str | None):
        self.kb = kb
        self.date = date
        self.country = country
        self.history: list[Actor] = []
        self._article: str | None = None  # the article's own country, computed on first need
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
        self._word_positions: dict[tuple[str, int], list[int]] = {}  # tokens by lemma and tag, read on first need
        self._describers: dict[str, list[tuple[int, int]]] | None = None  # describing words by lemma, once per doc
        self._heads: list[int] | None = None  # every token's head index, read on first need

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
        if actor is not None and actor.sector is None and actor.id == actor.country:
            actor = self._military_user(head, self._owners_body(head, actor))
        if actor is not None and actor.id is not None and actor.country is None and actor.sector in _BODY_SECTORS:
            actor = self._force_led_here(head, actor)
        if actor is not None and (actor.id or actor.sector):
            self.history.append(actor)
        return actor

    def resolve_all(self, head: Token) -> tuple[Actor, ...]:
        """Every party a mention names: "Indian and Pakistani troops" are two, the Indian troops and the
        Pakistani troops; any other mention is the one party ``resolve`` gives (or none)."""
        parts = self._conjoined_parties(head, self._span(head)) if head.pos_ in ("NOUN", "PROPN") else ()
        if not parts and head.pos_ == "NOUN":
            parts = self._parties_of_joined_owners(head)
        if head.pos_ == "PRON":
            parts = self._coordinated_referents(head)
        if not parts and is_both_sides(head):
            parts = self._both_sides(head)
        if len(parts) > 1 or (parts and is_both_sides(head)):  # a pair, or sides named by no pair: their words
            self.history.extend(parts)
            return parts
        actor = self.resolve(head)
        return (actor,) if actor is not None else ()

    def _force_led_here(self, head: Token, body: Actor) -> Actor:
        """"A NATO-led air strike", "NATO-led forces struck IS fighters in Nangarhar": a body of states named as the
        leader of a force is its force deployed in the article's country on the date (ISAF, Resolute Support in
        Afghanistan), whoever the force fights there; with none, the body acts through its forces. Not a force the
        body does not lead ("NATO troops")."""
        leader = next((t for t in (head, *self._span(head)) if t.i <= head.i and _leads(t)), None)
        entry = self.kb.entry(body.id) if leader is not None else None
        if entry is None or entry.kind != "igo":
            return body
        named = self.kb.resolve(_name_words(leader), date=self.date, country=None)
        if named is None or named.id != body.id:
            return body  # "NATO-led peacekeepers" read as SFOR already: the force, not its leader
        found = self.kb.resolve(f"{entry.name}-led forces", date=self.date, country=self._country(head.doc))
        if found is None or (found.id == body.id and leader.i != head.i):
            return body  # "the African Union-led mission": the body itself, as its words say
        return replace(found, text=body.text, span=body.span)

    def _coordinated_referents(self, pronoun: Token) -> tuple[Actor, ...]:
        """"Egypt and Jordan said they would send aid": a plural pronoun whose antecedent in its sentence is a
        subject joined by "and" stands for every party joined."""
        if pronoun.lower_ not in _PLURAL_PRONOUNS:
            return ()
        referent = _antecedent_in_sentence(pronoun, pronoun.lower_)
        if referent is None and pronoun.dep_ in ("nsubj", "dobj"):
            referent = self._subject_before(pronoun)
        if referent is None or not _coordinated(referent):
            return ()
        parts: list[Actor] = []
        for token in (referent, *referent.conjuncts):
            found = self._resolve(token)
            if found is not None and (found.id or found.sector) and all(p.name != found.name for p in parts):
                parts.append(replace(found, text=pronoun.text, span=(pronoun.idx, pronoun.idx + len(pronoun.text))))
        return tuple(parts)

    def _both_sides(self, head: Token) -> tuple[Actor, ...]:
        """"India and Pakistan exchanged fire. Both sides accused each other ...": "both sides", "the two sides", "the
        warring parties" stand for the parties last named together before them, in their sentence or the two
        before: joined by "and", or the doer and the other side of a clash ("Israeli troops clashed with
        Palestinian gunmen"); never the parties that act on them ("Saudi Arabia and the United States urged both
        parties"). With none, the mention keeps its own words (see ``_unpaired_sides``)."""
        first = _sentence_start_back(head, 2)
        doers = _doers_acting_on(head)
        for i in self._party_heads_before(head):
            if i < first:
                break
            tokens = sides_named_at(head.doc[i])
            if i in doers or any(t.i in doers for t in tokens):
                continue
            parts = self._distinct_parties(tokens, head) if tokens else self._pair_in_one(head.doc[i], head)
            if len(parts) > 1:  # "both parties" to a conflict are no political parties of its states
                return parts if head.lemma_.lower() in _SIDE_NOUNS else tuple(self._body_of_state(head, p)
                                                                               for p in parts)
        return self._unpaired_sides(head, doers)

    def _unpaired_sides(self, head: Token, doers: frozenset[int]) -> tuple[Actor, ...]:
        """"Kenya offered to mediate between the warring parties": sides named by no pair are of no country the
        text states, least of all that of whoever acts on them (else the mention reads as any other, so none). Only
        sides: "Pakistan banned two militant groups" may well be of its own."""
        if head.lemma_.lower() not in _SIDE_NOUNS:
            return ()
        found = self._resolve(head)
        own = {a.country for d in doers for a in [self._resolve(head.doc[d])] if a is not None}
        if found is None or found.country is None or found.country not in own:
            return ()
        bare = self.kb.resolve(span_text(self._span(head)), date=self.date, country=None)
        return (replace(bare, text=found.text, span=found.span),) if bare is not None else ()

    def _body_of_state(self, noun: Token, state: Actor) -> Actor:
        """"Ethiopia accused Sudan ... both governments": a bare state taken up by a noun of its body is that body."""
        if state.sector is not None or state.id != state.country:
            return state
        found = self.kb.resolve(f"{noun.lemma_.lower()} of {state.name}", date=self.date, country=None)
        if found is None or not found.sector or found.country != state.country:
            return state
        return replace(found, text=state.text, span=state.span)

    def _pair_in_one(self, token: Token, mention: Token) -> tuple[Actor, ...]:
        """"Ethiopian and Eritrean officials met ... The two sides agreed": one mention of two parties, the subject
        or object of an act, is the pair named together too; each party in the words of ``mention``."""
        if token.pos_ != "NOUN" or not acting_role(token):
            return ()
        span = self._span(mention)
        parts = self._conjoined_parties(token, self._span(token)) or self._parties_of_joined_owners(token)
        return tuple(replace(p, text=span_text(span), span=_char_span(span)) for p in parts)

    def _distinct_parties(self, tokens: tuple[Token, ...], mention: Token) -> tuple[Actor, ...]:
        """The distinct parties the tokens name, each in the words of ``mention``."""
        span = self._span(mention)
        parts: list[Actor] = []
        for token in tokens:
            found = self._side_of(token) if token.i < mention.i else None
            if found is not None and (found.id or found.sector) and all(p.name != found.name for p in parts):
                parts.append(replace(found, text=span_text(span), span=_char_span(span)))
        return tuple(parts)

    def _side_of(self, token: Token) -> Actor | None:
        """The party a side's token names: a place struck ("fired rockets at southern Israel") stands for its people
        in the act, but as a side of the fighting for its state."""
        found = self._resolve(token)
        if found is None or found.id or found.sector != "CVL" or not found.country or not _a_place_at(token):
            return found
        return self.kb.get(found.country) or found

    def _subject_before(self, pronoun: Token) -> Token | None:
        """"Ethiopia and Eritrea signed a deal. They agreed to reopen the border", "Russia and China vetoed the text.
        Washington condemned them": the nearest subject in the sentence before a plural pronoun that it agrees with
        (not the speaker of a report), when no party but the pronoun's own doer comes before it in its sentence."""
        first, own = _sentence_start_back(pronoun, 1), _sentence_start_back(pronoun, 0)
        for i in self._party_heads_before(pronoun):
            token = pronoun.doc[i]
            if i >= own and _doer_of(token, pronoun):
                continue  # an object is never its own verb's subject
            if i < first or i >= own:
                return None  # a party before it in its own sentence is what "they" stands for first
            if token.dep_ == "nsubj" and _agrees(token, pronoun.lower_) and not _a_speaker_for(token, pronoun):
                return token
        return None

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

    def _parties_of_joined_owners(self, head: Token) -> tuple[Actor, ...]:
        """"Troops from Chad and Niger", "the armies of Mali and Burkina Faso": states joined by "and" in the
        owner phrase of a noun of forces or people, each with the noun ("troops of Niger": Niger's army)."""
        owner = group_owner(head)
        if owner is None:
            return ()
        # the small model often tags a state's name as a person ("Niger"): the knowledge base says what it is
        states = [t for t in _joined_names(owner) if t.pos_ == "PROPN" and self.kb.country_of(_name_words(t))]
        if len(states) < 2:
            return ()
        span = self._span(head)
        noun = span_text(head.doc[span.start:head.i + 1])
        parts: list[Actor] = []
        for state in states:
            found = self.kb.resolve(f"{noun} of {_name_words(state)}", date=self.date, country=None)
            if found is not None and found.country and all(p.name != found.name for p in parts):
                parts.append(replace(found, text=span_text(span), span=_char_span(span)))
        return tuple(parts) if len(parts) > 1 else ()

    def _armed_men_of_elite(self, head: Token, span: Span, whole: Span, elite: Actor) -> Actor | None:
        """"Militiamen loyal to the former president", "fighters of a former minister": a man out of office commands
        no state body, so the armed men who serve him are a militia of his country (their own words' sector), not
        elites as he is."""
        own = self.kb.resolve(span_text(head.doc[span.start:head.i + 1]), date=self.date, country=elite.country)
        if own is None or own.sector is None:
            return None
        return replace(own, text=span_text(whole), span=_char_span(whole))

    def _owners_body(self, name: Token, state: Actor) -> Actor:
        """"The defence ministers of France and Germany met": a state named as a party on its own, where it is one
        of the owners of a group noun, stands for its body the noun names (France's government), not the bare
        state."""
        joined = name
        while joined.dep_ == "conj" and joined.head.i != joined.i:
            joined = joined.head
        if joined.dep_ == "nmod" and joined.head.dep_ == "pobj":
            joined = joined.head  # "Mali and Burkina Faso"
        if joined.dep_ != "pobj" or joined.head.lower_ not in ("of", "from"):
            return state
        group = joined.head.head
        owner = group_owner(group) if group.pos_ == "NOUN" else None
        if owner is None or owner.i != joined.i:
            return state
        body = self._state_body(group, self._span(group), name, state)
        span = self._span(name)
        return replace(body, text=span_text(span), span=_char_span(span)) if body is not state else state

    def _military_user(self, name: Token, state: Actor) -> Actor:
        """"Israeli airstrikes", "a Turkish drone strike", "Russia's shelling": a state named as the owner of
        force used from the air or by guns strikes through its military, which the words "Turkish drone" name."""
        if state.sector is not None or name.dep_ not in ("amod", "compound", "poss", "nmod"):
            return state
        means = _military_means(name.head)
        if means is None:
            return state
        found = self.kb.resolve(f"{_name_words(name)} {means}", date=self.date, country=None)
        if found is None or found.sector != "MIL" or found.country != state.country:
            return state
        span = self._span(name)
        return replace(found, text=span_text(span), span=_char_span(span))

    def _state_body(self, head: Token, span: Span, owner: Token, state: Actor) -> Actor:
        """"The army of Mali", "troops from Chad", "the foreign minister of Egypt": a state's body named by the
        group noun, read as "<noun> of <state>" (Mali's military), not the bare state, whose sector is none."""
        if state.sector is not None or state.id != state.country:
            return state
        noun = span_text(head.doc[span.start:head.i + 1])
        found = self.kb.resolve(f"{noun} of {_name_words(owner)}", date=self.date, country=None)
        return found if found is not None and found.sector and found.country == state.country else state

    def _read_conjoined(self, head: Token, span: Span) -> tuple[Actor, ...]:
        first = next((c for c in children_of(head) if c.dep_ in ("amod", "compound", "nmod") and c.i >= span.start
                      and any(g.dep_ == "conj" for g in children_of(c))), None)
        if first is None:
            return ()
        words = [first, *(g for g in first.subtree if g.dep_ == "conj" and g.i > first.i)]
        if not any(self.kb.country_of(w.text) for w in words):
            return ()  # "Sunni and Shiite militias": no state among them
        rest = span_text(head.doc[words[-1].i + 1:span.end])
        parts = []
        # a known body joined with a nationality word ("Afghan and NATO forces") is a party of its own too
        for word in (w for w in words if self.kb.country_of(w.text) or self._known_body(w.text)):
            found = self.kb.resolve(f"{word.text} {rest}", date=self.date, country=None)
            if found is not None and all(p.name != found.name for p in parts):
                parts.append(replace(found, text=span_text(span), span=_char_span(span)))
        return tuple(parts) if len(parts) > 1 else ()

    def _known_body(self, name: str) -> bool:
        """Whether a name is a body of the knowledge base other than a state ("NATO", "AMISOM")."""
        found = self.kb.resolve(name, date=self.date, country=None)
        return found is not None and found.id is not None and found.id != found.country

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
            return self._exiles_government(head) or self._unnamed(head)
        if head.pos_ == "PRON":
            return self._pronoun(head, lower)
        if counted_people(head):  # "killing 10": people of the place, or of a party struck ("a Chinese convoy")
            country = country_of_the_struck(head, self.kb.country_of) or _place_country(head) or self._country(head.doc)
            found = self.kb.resolve("civilians", date=self.date, country=country)
            return replace(found, text=head.text, span=(head.idx, head.idx + len(head.text))) if found else None
        national = self._one_national(head)
        if national is not None:
            return national
        if head.dep_ == "pobj" and head.head.lower_ == "in" and head.pos_ == "PROPN":
            authorities = self._authorities_where(head)
            if authorities is not None:
                return authorities
        owner = group_owner(head)
        span = self._span(head)
        found = self._resolve(owner) if owner is not None else None
        if found is not None and (found.id or found.sector):
            whole = head.doc[span.start:owner.i + 1]
            if found.sector == "ELI" and head.lemma_.lower() in _ARMED_MEN:
                return self._armed_men_of_elite(head, span, whole, found) or found
            found = self._state_body(head, span, owner, found)
            # "supporters of Imran Khan", "relatives of the commander": people of the owner's camp, not the owner
            found = self.kb.camp_of(found, head.lower_, text=span_text(whole)) or found
            return replace(found, text=span_text(whole), span=_char_span(whole))
        # an owner that names no party ("the army chiefs of both countries", "the police chief of Kandahar") leaves
        # the mention its own words; one of several states gives it none of the text's countries
        if owner is not None and owner.tag_ == "NNS" and owner.lemma_.lower() in _STATE_WORDS:
            found = self.kb.resolve(span_text(head.doc[span.start:head.i + 1]), date=self.date, country=None)
            return replace(found, text=span_text(span), span=_char_span(span)) if found is not None else None
        group_word = head.lemma_.lower() in _GROUP_WORDS  # read once: asked four times below
        named = self._name_after(head, span) if group_word else None
        if named is None and group_word and head.pos_ == "PROPN":
            named = self._name_beyond_phrase(head, span)  # "The Group for the Support of Islam and Muslims": a name
        if named is not None:
            return named
        if group_word and self._is_definite(span) and not self._names_body(span):
            earlier = self._group_or_kind_antecedent(head, span)
            if earlier is not None:
                return replace(earlier, text=span_text(span), span=_char_span(span))
        kind = self._kind_before(head, span)
        if kind is not None:
            return kind
        described = self._described_before(head, span) if not group_word else None
        if described is not None and not self._its_own_doer(head, described):
            return described
        envoys = self._body_sent(head, span)
        if envoys is not None:
            return envoys
        if _force_as_means(head):
            return None  # "respond with full force": no party
        return self._same_head_before(head, span) or self._same_words_before(head, span) or self._lookup(head, span)

    def _exiles_government(self, verb: Token) -> Actor | None:
        """"Exiled Iranian dissidents protested in London": the unnamed target of a protest by people who live
        outside their state is their own state's government, not the host's."""
        if _category_at(verb) not in ADDRESSED_TO_AUTHORITIES:
            return None
        exiles = exiles_protesting(verb)
        found = self._resolve(exiles) if exiles is not None else None
        government = self.kb.resolve("government", date=self.date, country=found.country) \
            if found is not None and found.country else None
        return replace(government, text="", span=None) if government is not None else None

    def _its_own_doer(self, head: Token, actor: Actor) -> bool:
        """"Chinese President Xi Jinping signed a deal with the president in Islamabad": the party an object or a
        "with" party of a clause stands for is never that clause's own doer (whom a description before it may have
        named: "President Xi")."""
        verb = _verb_of_object(head)
        subject = clause_subject(verb) if verb is not None else None
        if subject is None or subject.i == head.i or head.is_ancestor(subject):
            return False
        doer = self._resolve(subject)
        return doer is not None and doer.name == actor.name

    def _same_words_before(self, head: Token, span: Span) -> Actor | None:
        """"Gunmen kidnapped a German aid worker ... The aid worker was freed": a definite description of common
        nouns ("the aid worker", "the truck drivers") that states no country stands for the last mention before it
        ending in the same words whose own words state its country (not the place's, which the bare words would
        take). None when the description states a country itself or no such mention comes before."""
        words = _description_words(head, span)
        if words is None or not self._is_definite(span):
            return None
        key = (head.lemma_.lower(), head.tag)
        if key not in self._word_positions:
            self._word_positions[key] = _word_positions(head.doc, key[0], head.tag)
        for i in reversed([i for i in self._word_positions[key] if i < span.start]):
            earlier = head.doc[i]
            if earlier.is_ancestor(head) or _modifier_words(earlier)[-len(words):] != words:
                continue
            found = self._resolve(earlier)
            if found is not None and found.country and self._states_country(earlier, found.country):
                return replace(found, text=span_text(span), span=_char_span(span))
        return None

    def _states_country(self, noun: Token, country: str) -> bool:
        """Whether a word before ``noun`` in its own phrase is a nationality or a state of ``country`` ("three
        Chinese oil workers")."""
        return any(self.kb.country_of(w.text) == country for w in self._span(noun) if w.i < noun.i
                   and w.text[:1].isupper())

    def _one_national(self, head: Token) -> Actor | None:
        """"A Briton was kidnapped in Nigeria", "soldiers, Iraqi and American": a lone noun of nationality, which names
        no state and no body of its own, is one of that country's civilians, not the state, nor a person of the
        place's country. The knowledge base reads "a Briton" so, but a bare "American" as an adjective, which only
        the parse tells from the noun."""
        if head.tag_ not in ("NN", "NNP") or head.dep_ in ("amod", "compound", "poss") or head.ent_type_ == "GPE":
            return None
        span = self._span(head)  # the noun alone, or with its article ("a Briton")
        if span.end != head.i + 1 or span.start < head.i - 1 or (span.start < head.i and span[0].pos_ != "DET"):
            return None
        country = self.kb.country_of(head.text)
        if country is None or self.kb.resolve(head.text, date=self.date, country=None) is not None:
            return None  # not a nationality word, or a name of its own ("Pakistan", "Hamas")
        found = self.kb.resolve("civilians", date=self.date, country=country)
        return replace(found, text=span_text(span), span=_char_span(span)) if found is not None else None

    def _authorities_where(self, head: Token) -> Actor | None:
        """"A missionary was arrested in Lebanon", "journalists were detained in Cairo": the state or capital an
        act of state was done in stands for its government (with the government's sector), in the place's words."""
        if not acts_where_it_happened(head, _category_at(head.head.head)):
            return None
        span = self._span(head)
        country = host_state(span_text(span))
        found = self.kb.resolve("government", date=self.date, country=country) if country else None
        return replace(found, text=span_text(span), span=_char_span(span)) if found is not None else None

    def _body_sent(self, head: Token, span: Span) -> Actor | None:
        """"The IAEA said Iran let the inspectors in": a bare definite noun of the people an international body
        sends ("the inspectors", "the monitors") stands for the last such body named before it; a name is its own
        body ("NATO imposed sanctions ... The EU suspended funding": not NATO)."""
        if (len(span) != 1 or head.pos_ != "NOUN" or not self._is_definite(span)
                or self.kb.sector_of(head.lemma_) != "IGO"):
            return None
        body = self._last_before(head, lambda a: a.sector == "IGO" and a.id is not None)
        return replace(body, text=span_text(span), span=_char_span(span)) if body is not None else None

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


# Nouns of the sides of a conflict or a deal: "both parties" are never political parties.
_SIDE_NOUNS = frozenset({"side", "party"})
# The links by which a mention is what a verb acts on: its object, a phrase of it, an open clause it controls.
_ACTED_ON = frozenset({"dobj", "dative", "pobj", "prep", "pcomp", "xcomp"})


def _doers_acting_on(mention: Token) -> frozenset[int]:
    """The subjects (with their conjuncts) of the verbs whose object or phrase a mention is: "Saudi Arabia and the
    United States urged both parties", "Kenya offered to mediate between the warring parties" (not a clause of its
    own: "India and Pakistan agreed that both sides would withdraw" names the sides as the subject)."""
    found: set[int] = set()
    word = mention
    while word.dep_ in _ACTED_ON and word.head.i != word.i:
        word = word.head
        subject = clause_subject(word) if word.pos_ in ("VERB", "AUX") else None
        if subject is not None:
            found.update(t.i for t in (subject, *subject.conjuncts))
    return frozenset(found)


# Sectors of a body of states read as the leader of a force: the body itself, or its forces ("NATO-led forces").
_BODY_SECTORS = frozenset({"IGO", "MIL"})
_LEADING = frozenset({"led", "headed"})


def _leads(word: Token) -> bool:
    """Whether a name is hyphened to "led" ("NATO-led", "African Union-led"): the leader of what follows."""
    doc = word.doc
    return (word.i + 2 < len(doc) and doc[word.i + 1].text == "-" and not word.whitespace_
            and doc[word.i + 2].lower_ in _LEADING)


def _verb_of_object(head: Token) -> Token | None:
    """The verb whose object ``head`` is, directly, through a preposition, or through the object that holds
    it ("signed a deal with the president": signed); None for a subject or a mention of no verb."""
    if head.dep_ not in ("dobj", "pobj", "dative"):
        return None
    token = _governing_verb(head)
    for _ in range(2):  # "a deal with", "talks with": the object noun up to its verb
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.dep_ not in ("dobj", "pobj") or token.head.i == token.i:
            return None
        token = _governing_verb(token)
    return token if token.pos_ in ("VERB", "AUX") else None


def _modifier_words(noun: Token) -> list[str]:
    """The lowercase common nouns compounded right before ``noun`` and the noun itself ("oil workers": oil, worker)."""
    start = noun.i
    while start > 0 and noun.doc[start - 1].dep_ == "compound" and noun.doc[start - 1].pos_ == "NOUN":
        start -= 1
    return [t.lower_ for t in noun.doc[start:noun.i]] + [noun.lemma_.lower()]


def _description_words(head: Token, span: Span) -> list[str] | None:
    """The words of a description made only of a determiner and common nouns, more than one ("the aid worker":
    aid, worker); None for any other mention (one noun alone is ``_same_head_before``'s)."""
    if head.pos_ != "NOUN" or span.end != head.i + 1:
        return None
    words = _modifier_words(head)
    return words if len(words) > 1 and span.start == head.i - len(words) + 1 and span.start > 0 else None


def _doer_of(token: Token, pronoun: Token) -> bool:
    """Whether the token is the subject of the verb the pronoun is the object of."""
    return pronoun.dep_ == "dobj" and token.dep_ == "nsubj" and token.head.i == pronoun.head.i


def _joined_names(owner: Token) -> list[Token]:
    """The names joined by "and" in an owner phrase, in text order: the owner's conjuncts, or, where the parser
    hangs the first name on the last as a modifier ("Mali and Burkina Faso": "Mali" a modifier of "Faso" with
    the "and" under it), that modifier."""
    hung = [c for c in children_of(owner) if c.dep_ == "nmod" and c.pos_ == "PROPN"
            and any(g.dep_ == "cc" for g in children_of(c))]
    return sorted((owner, *owner.conjuncts, *hung), key=lambda t: t.i)


def _name_words(name: Token) -> str:
    """A name's own words: the name and the compound words right before it ("Burkina Faso"), without a name
    the parser hung on it ("Mali and Burkina Faso")."""
    start = name.i
    while start > 0 and name.doc[start - 1].dep_ == "compound" and name.doc[start - 1].head.i == name.i:
        start -= 1
    return span_text(name.doc[start:name.i + 1])


# Force used from the air or by guns, which only an armed force uses: a state's is its military's. For each noun of
# such force, the word the knowledge base reads as the state's military ("Turkish drone").
_MILITARY_MEANS = {"airstrike": "air force", "bombardment": "artillery", "shelling": "artillery", "drone": "drone",
                   "missile": "military", "warplane": "warplane", "air": "air force", "artillery": "artillery"}
# Nouns of a strike whose compound says it is such force ("air strike", "drone attack", "missile strike").
_STRIKES = frozenset({"strike", "attack", "raid", "bombing"})


def _military_means(noun: Token) -> str | None:
    """The military word for a noun of military force ("airstrikes", "drone strike", "missile attack"), else None."""
    lemma = noun.lemma_.lower()
    if lemma in _STRIKES:
        lemma = next((c.lemma_.lower() for c in children_of(noun) if c.dep_ == "compound"), "")
    return _MILITARY_MEANS.get(lemma)


def _a_place_at(token: Token) -> bool:
    """Whether the geo step found a place at the token ("Eilat", which the tagger may take for a body)."""
    return any(m.start <= token.i < m.end for m in plain_extension(token.doc, "places") or ())
