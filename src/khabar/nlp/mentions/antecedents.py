"""What a pronoun or a definite description stands for, read for ``MentionResolver``: the earlier parties
of the text, resolved once each in text order, the nearest agreeing subject (or, for "they", party) before a
pronoun, the last armed group a "the group" or "the militants" takes up, and the last party named with the same
head noun that a bare "the ministry" or "the envoy" takes up.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import replace

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, LOWER, POS, TAG
from spacy.parts_of_speech import NOUN, PROPN
from spacy.tokens import Doc, Span, Token

from ...model import Actor
from ..arguments import clause_subject
from ..sentences import previous_in_paragraph, sentence_bounds
from ..text import span_text
from .coreference import (_PERSON_PRONOUNS, _PLURAL_PRONOUNS, _THING_PRONOUNS, _a_speaker_for, _agrees,
                          _actor_positions, _antecedent_in_sentence, _any_of, _as_subject, _own_verb_of_object,
                          _sentence_start_back, _told_of_by_speaker, crowd_forced_verb,
                          acted_on_after_force, acted_on_by_authority, held_by_force, speaker_of_agentless_act)
from .phrases import _char_span, _is_person
from .descriptions import is_kind_word, takes_up
from .sectors import _ARMED_SECTORS, _IRREGULAR_SECTORS, _NON_STATE_SECTORS, _STATE_ORGANS
from .short_names import described_party


# A person's ties to the body he speaks for ("member_of": a spokesman) or heads ("leader_of").
_BODY_TIES = frozenset({"member_of", "leader_of"})


def _word_positions(doc: Doc, lemma: str, tag: int) -> list[int]:
    """The doc's tokens of a lowercase lemma and a tag id, in text order, read from its columns: walking back over
    the words made a Token of each, and indexing every word by lemma cost more than the dozen lemmas a text asks
    for. The lemmas are compared in lower case, so the ids of all their casings are looked for."""
    return list(_positions_by_lemma(doc, tag).get(lemma, ()))


_LEMMA_POSITIONS_KEY = "khabar.mentions.lemma_positions"  # doc.user_data key: tag -> lowercase lemma -> positions


def _positions_by_lemma(doc: Doc, tag: int) -> dict[str, list[int]]:
    """The doc's tokens of a tag id by lowercase lemma, in text order; read once per doc and tag: each lemma asked
    of a tag cased every distinct lemma of the tag again."""
    memo = doc.user_data.setdefault(_LEMMA_POSITIONS_KEY, {})
    found = memo.get(tag)
    if found is None:
        lemmas, tags = doc.to_array([LEMMA, TAG]).T
        positions = numpy.flatnonzero(tags == tag)
        ids, which = numpy.unique(lemmas[positions], return_inverse=True)
        strings = doc.vocab.strings
        lowers = [strings[i].lower() for i in ids.tolist()]
        found = memo[tag] = {}
        for i, k in zip(positions.tolist(), which.tolist()):
            found.setdefault(lowers[k], []).append(i)
    return found


def _describing_words(doc: Doc) -> dict[str, list[tuple[int, int]]]:
    """The words that describe a noun ("amod" or "compound" on a common or proper noun), as (word, noun) index
    pairs in text order, by the word's lowercase lemma; read once per doc off its columns: the walk back over a
    page of words for each bare "the paramilitaries" made a Token of every word. The parse is final by then
    (the triggers component's ``repairs`` come first)."""
    strings = doc.vocab.strings
    deps = doc.to_array(DEP)
    amod, compound = numpy.uint64(strings["amod"]), numpy.uint64(strings["compound"])  # hashes: compared as such
    words = numpy.flatnonzero((deps == amod) | (deps == compound))
    nouns = words + doc.to_array(HEAD)[words].astype(numpy.int64)  # HEAD holds offsets
    pos = doc.to_array(POS)[nouns]
    kept = (pos == PROPN) | (pos == NOUN)
    found: dict[str, list[tuple[int, int]]] = {}
    for i, noun, lemma in zip(words[kept].tolist(), nouns[kept].tolist(), doc.to_array(LEMMA)[words[kept]].tolist()):
        found.setdefault(strings[lemma].lower(), []).append((i, noun))
    return found


_DEFINITE_WORDS = ("the", "this", "that", "these", "those")
_DETERMINERS_KEY = "khabar.mentions.determiners"  # doc.user_data key: the positions of the definite words


def _determiner_positions(doc: Doc) -> frozenset[int]:
    """The positions of the words that make the mention after them definite ("the", "those"), read once per doc
    off its column of lowercase forms: each generic mention asks up to six times whether it is definite."""
    found = doc.user_data.get(_DETERMINERS_KEY)
    if found is None:
        lowers = doc.to_array(LOWER)
        ids = [doc.vocab.strings[w] for w in _DEFINITE_WORDS]
        found = doc.user_data[_DETERMINERS_KEY] = frozenset(numpy.flatnonzero(_any_of(lowers, ids)).tolist())
    return found


def _head_indices(doc: Doc) -> list[int]:
    """The index of every token's head, off the doc's column (a root is its own head)."""
    return (numpy.arange(len(doc)) + doc.to_array(HEAD).astype(numpy.int64)).tolist()  # HEAD holds offsets


def _ancestor_indices(heads: list[int], i: int) -> set[int]:
    """``{t.i for t in doc[i].ancestors}``, read off ``_head_indices``: no Token per ancestor. Up to the root, and no
    more steps than the doc has words, as spaCy walks them."""
    found = set()
    for _ in range(len(heads)):
        if heads[i] == i:
            break
        i = heads[i]
        found.add(i)
    return found


def _paragraph_start(token: Token) -> int:
    """The first token of the paragraph holding the token (its sentences with no line break between them)."""
    doc = token.doc
    sent = sentence_bounds(token)
    while (previous := previous_in_paragraph(doc, sent)) is not None:
        sent = previous
    return sent.start


def _asks_the_act(referent: Token) -> bool:
    """Whether a pronoun's antecedent in its sentence is the subject of a clause above the pronoun's own act
    ("Amnesty called on the authorities to free them"): one who asks or tells that act done to others, so the
    people held just before stand first for the pronoun."""
    return referent.dep_ in ("nsubj", "nsubjpass")


def _named_unknown(actor: Actor) -> bool:
    """A body named by its own capitalised words that the knowledge base lacks ("the Zomi Revolutionary Front"),
    not a generic party labelled by its country and sector ("Pakistani militia")."""
    words = actor.name.split()
    return (actor.id is None and len(words) > 1 and words[-1][:1].isupper()
            and sum(w[:1].isupper() for w in words) > 1)


# Words of a military that rules: its government and its army are one body ("the junta accused them": not the
# soldiers it commands).
_MILITARY_RULE = frozenset({"junta", "tatmadaw"})


def _own_organs(doer: Actor, subject: Token) -> frozenset[str]:
    """The sectors of the doer's own state that are the doer itself: its own sector, and for a junta both its
    government and its army."""
    if doer.sector not in _STATE_ORGANS or doer.country is None:
        return frozenset()
    return frozenset({"GOV", "MIL"}) if subject.lemma_.lower() in _MILITARY_RULE else frozenset({doer.sector})


def _same_party(actor: Actor, doer: Actor | str | None, organs: frozenset[str]) -> bool:
    """Whether a candidate referent is the doer: the same id or name (a state's organ with no id: one per country),
    or an organ of the doer's own state of a sector the doer is ("The junta accused them": not the Malian army)."""
    if doer is None:
        return False
    if isinstance(doer, str):
        return (actor.id or actor.name) == doer
    if (actor.id or actor.name) == (doer.id or doer.name):
        return True
    return actor.country == doer.country and actor.sector in organs


class Antecedents:
    """The coreference part of ``MentionResolver``."""

    def _group_antecedent(self, head: Token) -> Actor | None:
        """"the militiamen", "the group": the last non-state armed group named. A noun of irregulars ("the
        militants", "the rebels") never stands for an army: with no such group named, it is the last mention
        of its own sector ("12 militants ... the militants"); "the group" may be any armed body. A body is never
        one person: a person named stands for the body he speaks for or leads ("Houthi spokesman Yahya Saree
        said the group ..." is the Houthis)."""
        found = self._last_body(self._last_described, head, lambda a: a.sector in _NON_STATE_SECTORS
                                and (a.id is not None or _named_unknown(a)))
        if found is not None:
            return found
        sector = self.kb.sector_of(head.lemma_)
        if sector in _IRREGULAR_SECTORS:
            return self._last_body(self._last_before, head, lambda a: a.sector == sector)
        if self._irregular_description(head):  # "the militant group", "the rebel group": never a state's army
            return self._last_body(self._last_before, head, lambda a: a.sector in _IRREGULAR_SECTORS)
        return self._last_body(self._last_before, head, lambda a: a.sector in _ARMED_SECTORS and a.id is not None)

    def _last_body(self, search, head: Token, wanted) -> Actor | None:
        """``search(head, wanted)`` over bodies: each person named counts as his body, and no person is one."""
        found = search(head, lambda a: not _is_person(self._as_body(a)) and wanted(self._as_body(a)))
        return self._as_body(found) if found is not None else None

    def _as_body(self, actor: Actor) -> Actor:
        """The body a known person speaks for or leads (the first one the knowledge base gives), or the actor."""
        entry = self.kb.entry(actor.id) if _is_person(actor) else None
        for rel in entry.relations if entry is not None else ():
            body = self.kb.get(rel.object) if rel.type in _BODY_TIES else None
            if body is not None and body.id != body.country:
                return body
        return actor

    def _irregular_description(self, head: Token) -> bool:
        """Whether a word before the noun says the body is irregular: "the militant group", "the rebel group"."""
        return any(c.dep_ in ("amod", "compound") and c.i < head.i
                   and c.lower_ != "paramilitary"  # the RSF, the Basij: a state's own irregulars
                   and self.kb.sector_of(c.lemma_.lower()) in _IRREGULAR_SECTORS for c in head.children)

    def _same_head_before(self, head: Token, span: Span) -> Actor | None:
        """"Egypt's foreign ministry condemned the raid. The ministry urged ...", "the UN envoy for Yemen ... the
        envoy said": a bare definite noun of an agent stands for the last party before it with the same head
        noun, named with more words (whose words may say whose it is, which the bare noun no longer does)."""
        lemma = self._bare_agent_noun(head, span)
        if lemma is None:
            return None
        # every earlier noun of the lemma, not only the subjects and objects: the parser may hang the first one
        # anywhere ("..., the United Nations envoy for Yemen, Hans Grundberg, announced")
        doc = head.doc
        key = (lemma, head.tag)
        if key not in self._word_positions:
            self._word_positions[key] = _word_positions(doc, lemma, head.tag)
        same = self._word_positions[key]
        for k in range(bisect_left(same, head.i) - 1, -1, -1):
            earlier = doc[same[k]]
            if earlier.is_ancestor(head):
                continue
            found = self._resolve(earlier)
            if found is not None and (found.id or found.sector):
                return replace(found, text=span_text(span), span=_char_span(span))
        return None

    def _described_before(self, head: Token, span: Span) -> Actor | None:
        """"The paramilitary Rapid Support Forces shelled ... The paramilitaries were accused": a bare definite
        noun of an agent stands for the last named body before it that the same word described."""
        lemma = self._bare_agent_noun(head, span)
        if lemma is None:
            return None
        if self._describers is None:
            self._describers = _describing_words(head.doc)
        described = self._describers.get(lemma, ())
        first = max(0, head.i - 400)  # about a page back
        for k in range(bisect_left(described, (head.i,)) - 1, -1, -1):
            if described[k][0] < first:
                break
            found = self._resolve(head.doc[described[k][1]])
            if found is not None and found.id is not None and found.id != found.country:
                return replace(found, text=span_text(span), span=_char_span(span))
        return None

    def _kind_before(self, head: Token, span: Span) -> Actor | None:
        """"The European Union froze the assets ... The bloc also banned ...", "the UN Security Council ... the
        council demanded": a bare definite noun of a body's kind stands for the last party before it that the kind
        word may describe (``descriptions.takes_up``); with none, the noun keeps its own words."""
        found = self._kind_antecedent(head, span)
        return replace(found, text=span_text(span), span=_char_span(span)) if found is not None else None

    def _kind_antecedent(self, head: Token, span: Span) -> Actor | None:
        """The party ``_kind_before`` takes up, in its own words; a person named stands for the body he speaks for
        or leads ("NATO's secretary general said the alliance ..." is NATO)."""
        lemma = head.lemma_.lower()
        if len(span) != 1 or head.pos_ != "NOUN" or not is_kind_word(lemma) or not self._is_definite(span):
            return None
        return self._last_body(self._last_before, head, lambda a: takes_up(lemma, a, self.kb))

    def _group_or_kind_antecedent(self, head: Token, span: Span) -> Actor | None:
        """"Human Rights Watch accused Ethiopian troops ... The organisation urged": a group word that is also a kind
        word stands for the later named of the armed group and the body of its kind; a state's forces, which no
        group word names but for want of any other party, always yield to the body."""
        group, kind = self._group_antecedent(head), self._kind_antecedent(head, span)
        if group is None or kind is None:
            return group or kind
        if group.sector in _STATE_ORGANS:
            return kind
        return kind if (kind.span or (-1,))[0] > (group.span or (-1,))[0] else group

    def _bare_agent_noun(self, head: Token, span: Span) -> str | None:
        """The lowercase lemma of a mention that is one definite common noun of an agent ("the ministry", "the
        paramilitaries"), whose own words say no more than its kind; else None."""
        if len(span) != 1 or head.pos_ != "NOUN" or not self._is_definite(span):
            return None
        lemma = head.lemma_.lower()
        return lemma if self.kb.sector_of(lemma) is not None else None

    @staticmethod
    def _is_definite(span: Span) -> bool:
        return span.start > 0 and span.start - 1 in _determiner_positions(span.doc)

    def _pronoun(self, head: Token, lower: str) -> Actor | None:
        other = self._may_stand_for(head, lower)
        referent = _antecedent_in_sentence(head, lower)
        found = self._resolve(referent) if referent is not None else None
        if other(found) and _asks_the_act(referent) and acted_on_after_force(head):
            found = self._held_before(head, lower, other) or found
        if not other(found) and acted_on_by_authority(head):  # "... arrested 12 men. They had been detained"
            found = self._earlier_object(head, lower, other)
        if not other(found) and acted_on_after_force(head):  # "... arrested two journalists. X accused them"
            found = self._held_before(head, lower, other)
        if not other(found) and lower in _PLURAL_PRONOUNS:  # its own sentence's subjects, then its other parties
            found = self._earlier_subject(head, lower, other, back=0) or self._nearest_in_sentence(head, lower, other)
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

    def _may_stand_for(self, pronoun: Token, lower: str) -> Callable[[Actor | None], bool]:
        """What the pronoun may stand for: not the doer of its own act, and for "they" a plural or a group, never
        one person named before it ("Mr. Duque ... asked Cuba to capture them")."""
        doer, subject = self._own_doer(pronoun)
        plural = lower in _PLURAL_PRONOUNS
        organs = _own_organs(doer, subject) if isinstance(doer, Actor) and self._national(doer) else frozenset()

        def wanted(actor: Actor | None) -> bool:
            return (actor is not None and not _same_party(actor, doer, organs if self._national(actor) else frozenset())
                    and not (plural and _is_person(actor)))
        return wanted

    def _own_doer(self, pronoun: Token) -> tuple[Actor | str | None, Token | None]:
        """Who does the act an object pronoun is the object of ("his ministry ... called on them"), or the force used
        on a crowd a protesting pronoun is: the pronoun is never that doer (else the words would say "themselves").
        The doer's actor and its subject word, or the id of a speaker taken for the agent."""
        verb = _own_verb_of_object(pronoun) or crowd_forced_verb(pronoun)
        subject = clause_subject(verb) if verb is not None else None
        if subject is None:
            return self._speaker_as_agent(pronoun), None
        if subject.i == pronoun.i or subject.pos_ == "PRON":
            return None, None
        found = self._resolve(subject)
        if found is None or not (found.id or found.sector in _STATE_ORGANS):
            return None, None  # two generic crowds ("crowds gathered to greet them") may be two parties
        return found, subject

    def _national(self, actor: Actor) -> bool:
        """Whether an actor is a state's own organ: one labelled by its country and sector ("Malian military"), or a
        body the knowledge base lists as the nation's ("Sudanese Armed Forces"; not the Rapid Support Forces)."""
        entry = self.kb.entry(actor.id) if actor.id is not None else None
        return actor.id is None or (entry is not None and bool(entry.national))

    def _speaker_as_agent(self, pronoun: Token) -> str | None:
        """"The government said they had been detained": a state speaker of an agentless passive of authority is
        its likely agent, so the pronoun (the people acted on) is never that speaker."""
        speaker = speaker_of_agentless_act(pronoun)
        if speaker is None or speaker.pos_ == "PRON":
            return None
        found = self._resolve(speaker)
        state = found is not None and (found.sector in _STATE_ORGANS or (found.id and found.id == found.country))
        return (found.id or found.name) if state else None

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

    def _nearest_in_sentence(self, pronoun: Token, lower: str, wanted) -> Actor | None:
        """"asked Cuba to capture them", "showed the freed men at an office, where they set fire ...": a plural
        pronoun with no agreeing subject above it or before it in its sentence stands for the nearest agreeing
        party before it there, whatever its role (not the report's speaker)."""
        doc = pronoun.doc
        first = sentence_bounds(pronoun).start
        for i in self._party_heads_before(pronoun):
            if i < first:
                break
            token = doc[i]
            if _agrees(token, lower) and not _a_speaker_for(token, pronoun):
                found = self._party_at_index(doc, i)
                if found is not None and (found.id or found.sector or found.country) and wanted(found):
                    return found
        return None

    def _earlier_subject(self, pronoun: Token, lower: str, wanted=lambda a: True, *, back: int = 2) -> Actor | None:
        """"Police raided a mosque. They arrested 14 men.": a pronoun with no antecedent in its own clauses
        stands for the nearest agreeing subject before it, in its sentence or the ``back`` ones before. "They" is
        not the speaker of a report ("Protesters stormed the building, officials said. They set fire ..."),
        unless they speak on."""
        doc = pronoun.doc
        first = _sentence_start_back(pronoun, back)
        for i in self._party_heads_before(pronoun):
            token = doc[i]
            if i < first:
                break
            if not _as_subject(token) or (lower in _PLURAL_PRONOUNS and _a_speaker_for(token, pronoun)):
                continue
            if _told_of_by_speaker(token, pronoun):
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

    def _earlier_object(self, pronoun: Token, lower: str, wanted) -> Actor | None:
        """"Police arrested 12 supporters of the opposition. The government said they had been detained": the
        subject of an agentless passive of authority is the nearest agreeing party acted on before it, in its
        sentence, the two before or earlier in its paragraph, nearest first (the object of an act, not its doer: "Police
        arrested two men. The arrests followed a bombing. The spokesman said they had been detained")."""
        doc = pronoun.doc
        first = min(_sentence_start_back(pronoun, 2), _paragraph_start(pronoun))
        for i in self._party_heads_before(pronoun):
            if i < first:
                break
            token = doc[i]
            if token.dep_ == "dobj" and _agrees(token, lower):
                found = self._party_at_index(doc, i)
                if found is not None and (found.id or found.sector or found.country) and wanted(found):
                    return found
        return None

    def _held_before(self, pronoun: Token, lower: str, wanted) -> Actor | None:
        """"Police arrested two journalists. The government accused them ...": an object pronoun stands for the
        people held just before it, in its sentence or the one before, unless an agreeing party that may be it is
        the subject of a sentence in between (the police themselves, named as the arrest's doer, come after them)."""
        doc = pronoun.doc
        first, own = _sentence_start_back(pronoun, 1), _sentence_start_back(pronoun, 0)
        for i in self._party_heads_before(pronoun):
            token = doc[i]
            if i < first:
                return None
            found = self._party_at_index(doc, i) if _agrees(token, lower) else None
            if found is None or not wanted(found):
                continue
            if held_by_force(token):
                return found
            if i < own and _as_subject(token):
                return None  # a subject of its own sentence asks or tells the act ("X called on Y to free them")
        return None

    def _party_heads_before(self, head: Token) -> Iterator[int]:
        """Noun heads before ``head`` that may name parties (subjects, objects), nearest first; found once per
        document. Not the phrases that hold ``head`` ("the leader of the group" is no party before "group")."""
        if self._parties is None:
            doc = head.doc
            self._parties = _actor_positions(doc, self.kb)
        if self._heads is None:
            self._heads = _head_indices(head.doc)
        holders = _ancestor_indices(self._heads, head.i)  # once per call: ``is_ancestor`` walks them per candidate
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
