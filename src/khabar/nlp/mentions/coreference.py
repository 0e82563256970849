"""What pronouns and definite descriptions can stand for: the nouns a pronoun agrees with, the antecedent
it finds in the clauses above it (the addressee of a warning for "they" in what it warns of), the speaker a
report is told by (who is not "they" in the acts it reports), and the noun heads before a mention that may name
the earlier parties it takes up.
"""
from __future__ import annotations

import numpy
from spacy.attrs import DEP, ENT_TYPE, POS
from spacy.parts_of_speech import NOUN, PROPN
from spacy.tokens import Doc, Token

from ...actors import ActorKB, default_kb
from ..arguments import antecedent
from ..lexicon import load_lexicon
from ..sentences import bounds_at, sentence_bounds
from ..syntax import children_of
from ..text import span_text
from .acts import _IRREGULAR_WEAPONS
from .phrases import _NAME_ENTS, _entity_at


# Definite descriptions that point back to an armed group or organisation named earlier.
_GROUP_WORDS = frozenset({"group", "militia", "militiaman", "organization", "organisation", "movement",
                          "faction", "fighter", "militant", "insurgent", "rebel", "suspect", "proxy", "gunman"})
_PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers"})
_THING_PRONOUNS = frozenset({"it", "its"})
_PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
# Possessive pronouns whose referent's country is that of the generic body it owns ("His foreign ministry").
_OWNER_PRONOUNS = frozenset({"its", "their", "his", "her"})
# Nouns for one person that "he"/"she" can stand for ("the minister said he would ...").
_PERSON_NOUNS = frozenset({"president", "minister", "leader", "commander", "official", "spokesman", "spokeswoman",
                           "general", "king", "queen", "emir", "prince", "cleric", "premier", "chancellor", "chief",
                           "head", "secretary", "ambassador", "envoy", "governor", "mayor", "man", "woman", "judge"})
# Singular nouns that "they" can stand for ("the government said they would ...").
_COLLECTIVE_NOUNS = frozenset({"government", "group", "police", "army", "military", "party", "militia", "movement",
                               "administration", "team", "council", "committee", "delegation", "alliance", "coalition",
                               "opposition", "family", "crowd", "union", "organization", "organisation"})


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
    parties = _any_of(dep, [doc.vocab.strings[d] for d in _PARTY_DEPS])
    return numpy.flatnonzero(((pos == NOUN) | (pos == PROPN)) & parties).tolist()


def _any_of(column: numpy.ndarray, ids: list[int]) -> numpy.ndarray:
    """``numpy.isin(column, ids)`` for a few string ids: ``isin`` costs more in its set-up than comparing a doc's
    column with each id."""
    found = numpy.zeros(len(column), dtype=bool)
    for i in ids:
        found |= column == numpy.uint64(i)
    return found


_MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
# Head nouns that stand for a party with no agent noun or name in their phrase (pronoun and group antecedents,
# a weapon standing for its unnamed user).
_PARTY_NOUNS = _GROUP_WORDS | _PERSON_NOUNS | _COLLECTIVE_NOUNS | _IRREGULAR_WEAPONS


def _actor_positions(doc: Doc, kb: ActorKB) -> list[int]:
    """The ``_party_positions`` that ``_may_name_actor`` holds for. A name (a proper noun, or a word of a name's
    entity) is told off the doc's columns, without making its ``Token``: names are most of a text's parties."""
    pos, ents = (column.tolist() for column in doc.to_array([POS, ENT_TYPE]).T)
    names = {doc.vocab.strings[label] for label in _NAME_ENTS}
    return [i for i in _party_positions(doc)
            if pos[i] == PROPN or ents[i] in names or _may_name_actor(doc[i], kb)]


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
    modifiers = [c for c in children_of(token) if c.i < token.i and c.dep_ in _MODIFIER_DEPS]  # its lefts
    if any(c.pos_ == "PROPN" or c.ent_type_ in _NAME_ENTS or c.text[:1].isupper() for c in modifiers):
        return True
    return bool(modifiers) and kb.sector_of(span_text(token.doc[modifiers[0].i:token.i + 1])) is not None


def _sentence_start_back(token: Token, back: int) -> int:
    """The first token of the sentence ``back`` sentences before the token's own (0 if there are fewer)."""
    start = sentence_bounds(token).start
    for _ in range(back):
        if start == 0:
            return 0
        start = bounds_at(token.doc, start - 1).start
    return start


_REPORTING_LEMMAS = frozenset({"say", "tell", "report", "announce", "add", "state", "claim", "confirm"})


def _speaker(head: Token) -> Token | None:
    """The subject of the reporting verb that tells the mention's clause: "X, the army said" (the verb hung
    on the clause) or "the army said (that) X" (the clause under the verb)."""
    verb = head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    teller = next((c for c in children_of(verb) if c.dep_ in ("parataxis", "ccomp") and c.i > head.i
                   and c.lemma_.lower() in _REPORTING_LEMMAS), None)
    if teller is None and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _REPORTING_LEMMAS:
        teller = verb.head
    if teller is None:
        return None
    return next((c for c in children_of(teller) if c.dep_ == "nsubj"), None)


# Verbs of speaking on: "Officials said ... But they warned that ...": the speaker goes on speaking.
_SPEAKING_LEMMAS = _REPORTING_LEMMAS | frozenset({"warn", "insist", "deny", "vow", "pledge", "accuse", "argue", "note",
                                                  "stress", "explain", "acknowledge", "admit", "predict", "describe"})


def _a_speaker_for(noun: Token, pronoun: Token) -> bool:
    """Whether the noun is the subject of a reporting verb ("..., officials said") and the pronoun does not speak:
    the speaker tells of the parties, it is not one of those who act."""
    return _subject_of(noun, _REPORTING_LEMMAS) and not _subject_of(pronoun, _SPEAKING_LEMMAS)


# Verbs by which a body or a person speaks, asks or judges: their singular subject speaks on for the last speaker.
_ASKING_LEMMAS = _SPEAKING_LEMMAS | frozenset({"call", "urge", "demand", "ask", "appeal", "condemn", "welcome"})


def _told_of_by_speaker(noun: Token, pronoun: Token) -> bool:
    """"Doctors Without Borders said its clinic was looted. It called on ...": a singular pronoun that speaks on
    is the speaker, not the subject of what the speaker told (the clinic cannot call on anyone)."""
    clause = noun.head
    return (pronoun.lower_ in _PERSON_PRONOUNS | _THING_PRONOUNS and _subject_of(pronoun, _ASKING_LEMMAS)
            and noun.dep_ in ("nsubj", "nsubjpass") and clause.dep_ == "ccomp"
            and clause.head.lemma_.lower() in _REPORTING_LEMMAS)


def _subject_of(token: Token, lemmas: frozenset[str]) -> bool:
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in lemmas


# Whom a speaker tells rather than of whom: "told reporters that they ..." says nothing of the reporters.
_AUDIENCE = frozenset({"reporter", "journalist", "correspondent", "newsman", "press"})


def _addressee_of_content(verb: Token, pronoun: Token, lower: str) -> Token | None:
    """"The army warned protesters that they could be shot": the one a warning or a telling is addressed to
    stands for "they" in what it says, when "they" may befall it (a passive) or the speaker is no plural; "the
    rebels told reporters that they would attack" is still the rebels."""
    content = next((c for c in verb.children if c.dep_ == "ccomp" and c.is_ancestor(pronoun)), None)
    addressee = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i < pronoun.i), None)
    if content is None or addressee is None or lower not in _PLURAL_PRONOUNS:
        return None
    if addressee.pos_ not in ("NOUN", "PROPN") or not _plural(addressee):
        return None
    passive = pronoun.dep_ == "nsubjpass"
    if addressee.lemma_.lower() in _AUDIENCE and not passive:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return addressee if passive or subject is None or not _plural(subject) else None


def _plural(noun: Token) -> bool:
    """A noun of many: in the plural, a plural name, or a body named as its many ("police", "people")."""
    return noun.tag_ in ("NNS", "NNPS") or noun.lemma_.lower() in ("police", "people") or _plural_name(noun)


def _agrees(noun: Token, pronoun: str) -> bool:
    """Whether a noun can be what a pronoun stands for: "he" a person, "it" a state or body, "they" a plural."""
    plural = noun.tag_ in ("NNS", "NNPS") and not _body_name_start(noun) and not _body_name_end(noun)
    if pronoun in _PERSON_PRONOUNS:
        return not plural and (noun.ent_type_ == "PERSON" or noun.lemma_.lower() in _PERSON_NOUNS)
    if pronoun in _THING_PRONOUNS:  # "it" is a state or body, not "the president"
        return (not plural and (noun.ent_type_ != "PERSON" or _state_taken_for_person(noun))
                and noun.lemma_.lower() not in _PERSON_NOUNS)
    return pronoun in _PLURAL_PRONOUNS and (plural or noun.ent_type_ in ("ORG", "NORP")
                                            or noun.lemma_.lower() in _COLLECTIVE_NOUNS or _plural_name(noun)
                                            or _coordinated(noun))


def _coordinated(noun: Token) -> bool:
    """"Egypt and Jordan said they ...": a subject joined by "and" to another party is many."""
    if not any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") for c in children_of(noun)):
        return False
    return any(c.dep_ == "cc" and c.lower_ == "and" for t in (noun, *noun.conjuncts) for c in children_of(t))


def _body_name_start(noun: Token) -> bool:
    """"Doctors Without Borders said ... It called": a plural word that opens a body's name, whose next word is a
    capitalised preposition of the name, is one body ("it"), not people."""
    doc = noun.doc
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    return (noun.text[:1].isupper() and after is not None and after.pos_ == "ADP" and after.head.i == noun.i
            and after.text[:1].isupper())


def _body_name_end(noun: Token) -> bool:
    """"The Rapid Support Forces said its fighters ...", "the United Arab Emirates said it": a plural word that ends
    a state's name or an organisation's name of several capitalised words is one body ("it"), not many."""
    if noun.tag_ != "NNPS":
        return False
    return noun.ent_type_ == "GPE" or (noun.ent_type_ == "ORG" and any(c.dep_ == "compound" and c.tag_ == "NNP"
                                                                        for c in children_of(noun)))


def _state_taken_for_person(noun: Token) -> bool:
    """"Jordan said it would host talks", "Al-Shabaab claimed the attack. Its leader ...": the small model calls a
    state or a group with a first name's spelling a person; a name the knowledge base knows as a state or a body
    (no person) is that state or body."""
    entity = _entity_at(noun)
    found = default_kb().resolve(span_text(entity) if entity is not None else noun.text)
    return found is not None and found.id is not None and not found.id.startswith("person.")


def _plural_name(noun: Token) -> bool:
    """"Yemen's Houthis said they ...": a people's or a group's name in the plural, which the tagger took for one
    person's name."""
    return noun.tag_ == "NNP" and noun.lower_.endswith("s") and not noun.lower_.endswith(("ss", "us"))


def _antecedent_in_sentence(pronoun: Token, lower: str) -> Token | None:
    """The subject of a clause above the pronoun that agrees with it: "Iraq said it would ...", "the rebels
    said they will ...", "Israel mounted its invasion"."""
    if lower not in _PERSON_PRONOUNS | _THING_PRONOUNS | _PLURAL_PRONOUNS:
        return None
    own = _own_verb_of_object(pronoun)
    for verb in pronoun.ancestors:
        if verb.pos_ not in ("VERB", "AUX") or verb == own:
            continue  # "Iran said the U.S. had attacked it": an object is never its own clause's subject
        addressee = _addressee_of_content(verb, pronoun, lower) if own is None else None
        if addressee is not None:
            return addressee
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
        if subject is not None and _owner_harms_own(subject, verb, pronoun):
            # "Moscow says NATO's expansion threatens its security": the speaker's, not NATO's
            speaker = _speaker(pronoun)
            if speaker is not None and speaker.pos_ in ("NOUN", "PROPN") and _agrees(speaker, lower):
                return speaker
            continue
        body = _body_spoken_for(subject, lower) if subject is not None else None
        if body is not None:  # "a spokeswoman for the AU mission said its troops ...": the mission's
            return body
        if subject is not None and subject.pos_ in ("NOUN", "PROPN") and _agrees(subject, lower):
            return subject
    return None


# Those who speak for a body: "its" and "their" in what they say are the body's, not theirs.
_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople",
                           "representative", "mouthpiece"})


def _body_spoken_for(subject: Token, lower: str) -> Token | None:
    """The body a speaker speaks for ("a spokesman for the army", "a representative of the rebels"), which a
    body's pronoun in the speaker's clause stands for."""
    if subject.lemma_.lower() not in _SPOKESPEOPLE or lower in _PERSON_PRONOUNS:
        return None
    body = next((o for p in children_of(subject) if p.dep_ == "prep" and p.lower_ in ("for", "of")
                 for o in children_of(p) if o.dep_ == "pobj"), None)
    return body if body is not None and body.pos_ in ("NOUN", "PROPN") and _agrees(body, lower) else None


# Categories of acts done against another: no party's own act is told as harming its own things.
_HARMING = frozenset({"THREATEN", "ASSAULT", "COERCE", "SANCTION", "ACCUSE", "REJECT", "PROTEST"})


def _owner_harms_own(subject: Token, verb: Token, pronoun: Token) -> bool:
    """"NATO's expansion threatens its security": a subject that is a party's act or thing, not the party, harming
    what the pronoun owns in the verb's object. The owner is the other side (the speaker), not the subject's
    possessor, whom the subject (read as that party) would otherwise stand for."""
    if pronoun.dep_ != "poss" or pronoun.lower_ not in _OWNER_PRONOUNS or not _in_object_of(pronoun, verb):
        return False
    owner = next((c for c in children_of(subject) if _names_owner(c)), None)
    if owner is None or subject.lemma_.lower() in _PARTY_NOUNS or default_kb().sector_of(subject.lemma_) is not None:
        return False
    return _of_category(verb, _HARMING)


def _names_owner(word: Token) -> bool:
    """"NATO's expansion", "a U.S. strike", "an Israeli raid": the word naming whose act or thing a subject is."""
    if word.dep_ == "poss":
        return word.pos_ in ("PROPN", "NOUN")
    return word.dep_ in ("compound", "amod") and word.pos_ in ("PROPN", "ADJ") and word.text[:1].isupper()


def _in_object_of(pronoun: Token, verb: Token) -> bool:
    """Whether the pronoun stands inside the verb's direct object ("threatens its security")."""
    return any(t.dep_ == "dobj" and t.head.i == verb.i for t in (pronoun, *pronoun.ancestors))


def crowd_forced_verb(pronoun: Token) -> Token | None:
    """"Police fired tear gas as they protested": the verb of force whose clause a protesting pronoun's clause
    hangs on ("as", "while", "when"). Those who use force on a crowd are not the crowd, so the pronoun never
    stands for that verb's doer."""
    clause = pronoun.head
    if pronoun.dep_ != "nsubj" or clause.dep_ != "advcl" or not _of_category(clause, frozenset({"PROTEST"})):
        return None
    return clause.head if _of_category(clause.head, frozenset({"ASSAULT", "COERCE"})) else None


# Acts of authority whose agentless passive a state's speaker tells as its own doing: "the ministry said they had
# been detained", "police said they were released on bail".
_AUTHORITY_ACTS = frozenset({"COERCE", "RETREAT"})


def acted_on_by_authority(pronoun: Token) -> bool:
    """Whether the pronoun is the subject of an agentless passive of authority ("they had been detained"): the
    people acted on, whom the text named as the object of an earlier act, not its doer."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubjpass" or pronoun.lower_ not in _PLURAL_PRONOUNS | _PERSON_PRONOUNS:
        return False
    return not any(c.dep_ == "agent" for c in children_of(verb)) and _of_category(verb, _AUTHORITY_ACTS)


def acted_on_after_force(pronoun: Token) -> bool:
    """Whether an object pronoun is the object of an act that is no use of force ("accused them", "charged them",
    "released them"): after "Police arrested two journalists" it stands for those held, not for the police."""
    verb = _own_verb_of_object(pronoun)
    return verb is not None and pronoun.lower_ in _PLURAL_PRONOUNS | _PERSON_PRONOUNS and not _of_category(
        verb, _FORCE)


def held_by_force(token: Token) -> bool:
    """Whether a word is the object of an act of coercion ("arrested two journalists", "detained 12 men")."""
    return token.dep_ == "dobj" and _of_category(token.head, _HELD)


# Force used on people ("attacked them" may be done to the police as well as by them), and acts that hold people.
_FORCE = frozenset({"ASSAULT"})
_HELD = frozenset({"COERCE"})


def speaker_of_agentless_act(pronoun: Token) -> Token | None:
    """The speaker of a report whose pronoun is the subject of an agentless passive of authority ("The government
    said they had been detained"): the people acted on, never the speaker, who is the likely agent."""
    return _speaker(pronoun) if acted_on_by_authority(pronoun) else None


def _of_category(verb: Token, categories: frozenset[str]) -> bool:
    return verb.pos_ == "VERB" and any(e.event in categories
                                       for e in load_lexicon().entries(verb.lemma_.lower(), "VERB"))


def _own_verb_of_object(pronoun: Token) -> Token | None:
    """The verb an object pronoun ("them", "him", "it") is the object of, directly or through a preposition."""
    if pronoun.lower_ not in ("them", "him", "her", "it"):
        return None
    if pronoun.dep_ in ("dobj", "dative"):
        return pronoun.head
    if pronoun.dep_ == "pobj" and pronoun.head.head.pos_ in ("VERB", "AUX"):
        return pronoun.head.head
    part = pronoun.head.head  # "killed four of them", "arrested some of them": the verb of the part taken
    if (pronoun.dep_ == "pobj" and pronoun.head.lower_ == "of" and part.dep_ == "dobj"
            and part.pos_ in ("NUM", "PRON", "DET", "ADJ") and part.head.pos_ in ("VERB", "AUX")):
        return part.head
    clause = pronoun.head
    if pronoun.dep_ == "nsubj" and pronoun.lower_ != "it" and clause.dep_ in ("ccomp", "xcomp") and (
            clause.head.pos_ in ("VERB", "AUX")):
        return clause.head  # "urged the Taliban to allow them to travel": "them" is the object of "allow"
    return None
