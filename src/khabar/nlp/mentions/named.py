"""A mention read from its own words, for ``MentionResolver``: a name or an office the knowledge base knows, a
capital standing for its government, a title with a person's name in apposition, nationality words joined on one
noun, a body led by a state, a weapon standing for its unnamed user, and a name the knowledge base lacks.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from ...actors.normalise import words as key_words
from ...actors.nouns import holder_word, names_air_defences
from ...model import Actor
from ..arguments import mention_span
from ..arguments.parties import leader_word, owners_counterpart
from ..dates.index import plain_extension
from ..sentences import sentence_bounds
from ..syntax import children_of
from ..text import span_text
from .branches import local_branch
from .acts import _act_of_doer, _category_at, _civilian_thing, _military_thing, _trigger_of_doer, _weapon_as_doer
from .coreference import _PERSON_NOUNS
from .phrases import (_NAME_ENTS, _as_words_of, _char_span, _counted, _entity_at, _ethnic, _facility, _international,
                      _is_person, _named_party, _opens_name, _proper_name, _strip_the, _with_article)
from .place_countries import _gazetteer_country, _party_place_tokens
from .short_names import full_name_before

_FORCE_ACTS = frozenset({"ASSAULT"})
# Head nouns of air defences ("air defences", "air defense"): asked of first, as few nouns are.
_DEFENCE_WORDS = frozenset({"defence", "defense", "defences", "defenses"})
# Words of the police: a sentence that has one makes its bare "officers" police officers.
_POLICE_WORDS = frozenset({"police", "policeman", "policemen", "policewoman", "gendarme", "gendarmerie"})
# The means and the foes of crowd control: "officers fired tear gas", "youths threw stones at officers" are police
# (an army's officers are named as such).
_RIOT_WORDS = frozenset({"tear", "teargas", "tear-gas", "stone", "rock", "baton", "truncheon", "cannon", "rioter",
                         "protester", "demonstrator", "crowd", "riot", "mob"})


def _names_holder(word: Token) -> bool:
    """"Russian-occupied Donetsk", "Russian-installed officials": a name hyphened to a word of holding from outside
    is another state's, not the mention's ("Israeli-linked ships" are still Israel's)."""
    doc = word.doc
    return (word.i + 2 < len(doc) and doc[word.i + 1].text == "-" and not doc[word.i + 1].whitespace_
            and holder_word(doc[word.i + 2].text))


def _through_conjunction(span: Span) -> Span | None:
    """The phrase run on through the words of a name the parser cut: an "and" and the capitalised words after it
    ("... of Islam and Muslims"), a capitalised preposition and its words ("Doctors Without Borders"), or, after a
    capitalised head, the "for"/"of" phrase the parser hung elsewhere ("gunmen from the Group | for the Support of
    Islam and Muslims"), up to the next punctuation."""
    doc = span.doc
    end = span.end
    if end + 1 >= len(doc) or not _opens_name(doc, end + 1):
        return None
    after = doc[end]  # made once: each ``doc[i]`` makes a new Token
    linking = after.lower_ in _NAME_LINKS and doc[end - 1].text[:1].isupper()
    if after.dep_ != "cc" and not (after.pos_ == "ADP" and after.text[:1].isupper()) and not linking:
        return None
    stop = end + 1
    while stop < len(doc) and not doc[stop].is_punct and (doc[stop].text[:1].isupper() or (
            doc[stop].lower_ in _NAME_LINKS and stop + 1 < len(doc) and not doc[stop + 1].is_punct)):
        stop += 1
    return doc[span.start:stop]


_MOST_ENDS = 3  # ends tried for a run: the whole run and the two shorter ones ending at a capitalised word

# Small words inside a long name: "Group for the Support of Islam and Muslims", "Organisation for Security and
# Co-operation in Europe".
_NAME_LINKS = frozenset({"and", "for", "of", "the", "to", "in"})


def _whole_name(actor: Actor, text: str) -> bool:
    """Whether the words are the actor's whole name or alias, not a longer phrase holding it ("Israel and Hamas")."""
    return text.lower() in {actor.name.lower(), *(a.lower() for a in actor.aliases)}


def _hyphened_on(span: Span) -> Span | None:
    """"Jaish-e-Mohammed", "Hizb-ut-Tahrir": a hyphened name the parser cut after its first word (the small
    model reads "e" or "ut" as a word of its own), run on through the words the hyphens join to it."""
    doc = span.doc
    stop = span.end
    while stop < len(doc) and not doc[stop - 1].whitespace_ and "-" in (doc[stop - 1].text, doc[stop].text):
        stop += 1
    return doc[span.start:stop] if stop > span.end else None


def _named_after(head: Token, span: Span) -> Span | None:
    """"the bloc ECOWAS", "the militia Wazalendo": a capitalised word right after a common noun's phrase that
    ends in that noun, which the parser did not join to it."""
    doc = head.doc
    if head.pos_ != "NOUN" or span.end != head.i + 1 or span.end >= len(doc):
        return None
    name = doc[span.end]
    if not name.text[:1].isupper() or name.is_punct or name.ent_type_ in ("DATE", "TIME", "GPE", "LOC"):
        return None
    return doc[name.i:name.i + 1]


class NamedMentions:
    """The part of ``MentionResolver`` that reads a mention from its own words."""

    def _apposed_person(self, head: Token, span: Span) -> Actor | None:
        """"Prime Minister Modi", "Nigeria's president, Muhammadu Buhari": a title with a known person's name
        in apposition is that person, whoever held the title on the article's date."""
        if head.lemma_.lower() not in _PERSON_NOUNS:
            return None
        for name in (c for c in children_of(head) if c.dep_ == "appos" and c.pos_ == "PROPN"):
            words = _entity_at(name) or mention_span(name)
            found = self.kb.resolve(span_text(words), date=self.date, country=None)
            if found is not None and _is_person(found):
                return replace(found, text=span_text(span), span=_char_span(span))
        return None

    def _lookup(self, head: Token, span: Span) -> Actor | None:
        if self._in_longer_place(head, span):
            return None  # "seized a tanker in the Gulf of Oman": a word of a sea's name, no state acted on
        government = self._capital_as_government(head, span)
        if government is not None:
            return government
        parts = self._conjoined_parties(head, span)
        if parts:
            return parts[0]  # one party asked for: the first named
        if _tied_to_owner(head, self.kb) and self._owned_by_state(head):
            return Actor(text=span_text(span), name=span_text(span), span=_char_span(span))
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

    def _owned_by_state(self, head: Token) -> bool:
        """Whether the owner of the mention is a state or its capital ("Moscow's allies", "neighbours of Niger"): a
        person's or a party's allies and rivals ("Erdogan's allies") are mostly of its own country."""
        owners = [c for c in children_of(head) if c.dep_ == "poss"] + [
            o for p in children_of(head) if p.dep_ == "prep" and p.lower_ == "of" for o in children_of(p)
            if o.dep_ == "pobj"]
        for owner in owners:
            text = span_text(_entity_at(owner) or mention_span(owner))
            found = self.kb.resolve(_strip_possessive(text), date=self.date, country=None)
            if (found is not None and found.id and found.id == found.country) or self.kb.government_of_capital(
                    _strip_possessive(text)) is not None:
                return True
        return False

    def _in_longer_place(self, head: Token, span: Span) -> bool:
        """Whether the state a name states is a word of a longer place's name in no such state ("the Gulf of Oman",
        "Lake Chad"): the place is named, not the state."""
        if head.ent_type_ not in ("GPE", "LOC") and head.pos_ != "PROPN":
            return False  # most mentions: no name
        for m in plain_extension(head.doc, "places") or ():
            if m.start <= head.i < m.end and (m.start < span.start or m.end > span.end):
                state = self.kb.country_of(span_text(span))
                return state is not None and m.place.country != state
        return False

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
        whole = self._name_beyond_phrase(head, span)
        if whole is not None:
            return whole
        texts = [_with_article(c) for c in candidates]
        # once: it may resolve a possessive pronoun
        country, body = self._owner_country(head) if self._country_wanted(head, texts) else (None, None)
        if body is not None and (self.kb.sector_of(head.lemma_) is not None or body.sector == "IGO"):
            # "NATO said its troops": NATO's; "the bloc's foreign policy chief", a post of no sector of its own, is
            # the bloc's too (a body of states has no state's organs to hold it)
            return replace(body, text=span_text(span), span=_char_span(span))
        for candidate, text in zip(candidates, texts):
            actor = self.kb.resolve(text, date=self.date, country=country)
            if actor is not None and self._alias_as_surname(entity, actor):
                return self._described_person(head, span, entity, country)
            if actor is not None and actor.id is None and _proper_name(candidate):
                # a named body the knowledge base lacks is itself, not a generic "workers" or "party"
                name = span_text(_strip_the(candidate))
                actor = replace(actor, name=name, country=self.kb.country_of(name) or actor.country)
            if actor is not None:
                actor = self._branch_here(span, actor) or actor  # "the Taliban" in a story from Pakistan
                return _as_words_of(self._stateless_group_placed(head, actor), span)
        state = self._nationality_adjective(head, span)
        if state is not None:
            return replace(state, text=span_text(span), span=_char_span(span))
        return self._unknown(span)

    def _alias_as_surname(self, entity: Span | None, actor: Actor) -> bool:
        """"Alaa Abdel Fattah", "Mohamed Fatah": a person's name of two words or more that ends in an organisation's
        one-word alias ("Fatah") and begins with a given name (no actor, no nationality) is a person the knowledge
        base lacks, not the organisation ("Kataib Hezbollah", "Palestinian Fatah", "Swat Taliban" are no persons)."""
        if entity is None or entity[0].ent_type_ != "PERSON" or len(entity) < 2 or actor.id is None:
            return False
        entry = self.kb.entry(actor.id)
        if entry is None or entry.kind != "organisation" or _whole_name(actor, span_text(entity)):
            return False
        last = self.kb.resolve(entity[-1].text, date=self.date, country=None)
        given = entity[0].text
        if last is None or last.id != actor.id or not given[:1].isupper() or _gazetteer_country(entity[:1]):
            return False  # "Swat Taliban": a place names the branch
        return self.kb.resolve(given, date=self.date, country=None) is None and not self.kb.country_of(given)

    def _described_person(self, head: Token, span: Span, name: Span, country: str | None) -> Actor | None:
        """A person the knowledge base lacks: the people the words before the name describe ("activist Alaa Abdel
        Fattah": an activist of the mention's country), else the name itself."""
        words = head.doc[span.start:name.start]
        if any(t.is_lower for t in words):  # a common word ("activist", which the tagger may take for an adjective)
            found = self.kb.resolve(span_text(words), date=self.date, country=country or self._home_country(head))
            if found is not None and found.id is None:
                return replace(found, text=span_text(span), span=_char_span(span))
        return self._unknown(span)

    def _branch_here(self, span: Span, actor: Actor) -> Actor | None:
        if actor.id is None or actor.sector not in ("INS", "REB", "SEP", "UAF"):
            return None  # most mentions: no branch to look for
        return local_branch(self.kb, actor, span, date=self.date)

    def _country_wanted(self, head: Token, texts: list[str]) -> bool:
        """Whether ``_named`` is to work out the mention's owner and country (the costliest part of most
        mentions) before looking up ``texts``: not when that resolves no other mention (``_owner_country_pure``)
        and no lookup up to the first that names an actor reads the country ("Hezbollah", "Iran"). Skipping it
        then changes nothing: its answer is read by no one, and it neither resolves parties before their time
        nor reads the parties named so far."""
        # the memoised lookups first: both questions are pure, and most mentions that want the country read it
        return self._lookup_reads_country(texts) or not self._owner_country_pure(head)

    def _lookup_reads_country(self, texts: list[str]) -> bool:
        """Whether a lookup of ``texts`` up to the first that names an actor reads the country."""
        for text in texts:
            if self.kb.reads_country(text, date=self.date):
                return True
            if self.kb.resolve(text, date=self.date) is not None:
                return False  # the lookup ``_named`` stops at
        return False

    def _name_beyond_phrase(self, head: Token, span: Span) -> Actor | None:
        """A known body's name the parser cut short: at its "and" ("the Group for the Support of Islam and
        Muslims"), at a hyphen ("Jaish-e-Mohammed"), or named right after a common noun for it ("left the West
        African bloc ECOWAS")."""
        run = _hyphened_on(span)
        found = self._whole_name_in(run, past=span.end, begins_by=span.end) if run is not None else None
        if found is not None:
            return replace(found, text=span_text(run), span=_char_span(run))  # the name's words, not its cut
        # run on through an "and", the name begins inside the phrase ("the Israeli army and Hamas" is two parties);
        # after a common noun, it is the word after it
        for words, begins_by in ((_through_conjunction(span), span.end), (_named_after(head, span), len(head.doc))):
            if words is None:
                continue
            found = self._whole_name_in(words, past=span.end, begins_by=begins_by)
            if found is not None:
                return replace(found, text=span_text(span), span=_char_span(span))
        return None

    def _whole_name_in(self, words: Span, *, past: int, begins_by: int) -> Actor | None:
        """The known body whose whole name some run of the words is, starting at a capitalised word ("medical
        charity Doctors Without Borders", "the al-Qaida-linked Group for ...", not "Qaida", a word of its modifier)
        and ending at the run's end or a capitalised word before it past the phrase, longest first."""
        doc = words.doc
        starts = [t.i for t in words if t.text[:1].isupper() and t.lower_ != "the" and t.i < begins_by]
        ends = [t.i + 1 for t in reversed(words) if t.text[:1].isupper() and t.i >= past][:_MOST_ENDS]
        for first in starts:
            for last in (e for e in ends if e > first):
                text = span_text(doc[first:last])
                found = self.kb.resolve(text, date=self.date, country=None)
                if found is not None and found.id and not _is_person(found) and _whole_name(found, text):
                    return found
        return None

    def _police_officers(self, head: Token, span: Span) -> Actor | None:
        """"attacked a police station and wounded two officers": a bare "officers" is of the police its sentence
        names, or of the police who keep order at a riot its sentence tells of ("threw stones at officers, who
        fired tear gas") (an army's officers are named as such: "army officers")."""
        if head.lemma_.lower() != "officer" or any(c.dep_ in ("compound", "amod", "poss") for c in children_of(head)):
            return None
        start, end = sentence_bounds(head)
        if not any(t.lemma_.lower() in _POLICE_WORDS or t.lemma_.lower() in _RIOT_WORDS for t in head.doc[start:end]):
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

    def _led_by(self, head: Token, span: Span, actor: Actor | None) -> Actor | None:
        """"a coalition led by Saudi Arabia", "forces headed by a Turkish general": a body without a country
        of its own is of the country of whoever leads it."""
        for clause in children_of(head):
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
        if head.i not in self._party_places and not _source_of_act(head):
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
        code = self.kb.country_of(leader_word(head) or head.text)  # "U.S.-led air strikes": the leading state
        # not "an American drone strike"; but "Syrian air defences", arms the parser may read as an act, are the army
        if code is None or self.kb.sector_of(head.head.lemma_) is not None or _air_defences(head.head):
            whole = self.kb.resolve(span_text(mention_span(head.head)), date=self.date, country=None)
            if whole is not None and whole.country and (whole.id or whole.sector):
                return whole
        return self.kb.get(code) if code else None

    def _unknown(self, span: Span) -> Actor | None:
        """A name the knowledge base lacks keeps its text, with a country where the text states one."""
        if not any(t.pos_ == "PROPN" or t.ent_type_ in _NAME_ENTS for t in span):
            return None
        # the first word that states a country ("anti-American slogans": not "anti", tagged a nationality too)
        country = next((c for t in span if t.ent_type_ in ("GPE", "NORP") and not _names_holder(t)
                        for c in [self.kb.country_of(t.text)] if c), None)
        country = country or _gazetteer_country(span) or self._stated_elsewhere(span.root)
        if country is None and _named_party(span.root) and not _international(span):
            country = self._country(span.doc)  # a person or body no word places: most news is domestic
        return Actor(text=span_text(span), name=span_text(span), country=country, span=_char_span(span))


def _strip_possessive(text: str) -> str:
    return text[:-2] if text.endswith(("'s", "’s")) else text


def _tied_to_owner(head: Token, kb) -> bool:
    """"Moscow's allies", "Niger's neighbours", "rivals of Turkey": parties named by their tie to a party are others
    than it, of no country the words state ("its Syrian neighbour" states one; "Israel's Arab neighbours" none).
    Proxies and clients are not asked here: the knowledge base reads "Iran's proxies" as a militia of the place
    where they fight, as it reads "Iran-aligned forces"."""
    if not owners_counterpart(head):
        return False
    return not any(c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") and kb.country_of(c.text)
                   for c in children_of(head))


def _air_defences(noun: Token) -> bool:
    return noun.lemma_.lower() in _DEFENCE_WORDS and names_air_defences(key_words(span_text(mention_span(noun))))


def _source_of_act(head: Token) -> bool:
    """"came under criticism from Washington", "drew condemnation from Moscow", "from Tehran and Ankara": a name in
    the "from" phrase of an event noun (or of the verb that takes one, where the parser hangs it) is whence the act
    comes, a party (a capital there is its government), not a place."""
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "from":
        return False
    holder = prep.head
    nouns = [holder] if holder.pos_ == "NOUN" else [c for c in children_of(holder) if c.dep_ == "dobj"]
    return any(n.pos_ == "NOUN" and _category_at(n) is not None for n in nouns)
