"""A past tense the tagger read as a noun: "The army retook Sinjar on Monday", "The EU cut funding to ...".

The small model knows most irregular pasts ("took", "overran") as verbs, yet tags a rarer one ("retook", "forsook")
a singular noun while parsing its clause as a verb's, with a subject before it and an object after it. So it does
with a past spelt as its verb's base and as a noun ("cut", "hit", "bid"), most often after an acronym, and there
it may read the name, the past and the object as one noun phrase ("The EU cut funding": "EU cut" a compound with
"funding" its object, or "The U.S. cut funding to ...": "funding" heading a sentence with no verb, "EU cut" the
subject of a clause headed by "funding"). The lemmatizer's own table of irregular verb forms, or the closed class
of verbs whose past is their base, tells the verb; ``repair_pasts_read_as_nouns`` makes the word that verb's past,
so triggers, arguments and factuality read an ordinary clause.
"""
from __future__ import annotations

from collections.abc import Callable

import numpy
from spacy.attrs import DEP, POS, TAG
from spacy.parts_of_speech import NOUN
from spacy.tokens import Doc, Token

# English verbs whose past tense is spelt as their base: the form alone cannot tell the tagger verb from noun.
UNCHANGED_PASTS = frozenset({"bet", "bid", "broadcast", "burst", "cast", "cost", "cut", "forecast", "hit", "hurt",
                             "let", "put", "quit", "rid", "set", "shed", "shut", "slit", "split", "spread", "thrust",
                             "upset"})

# Participles spelt as their verb's base that the tagger may read as a noun after "was": "the town was overrun by
# rebels" (the lemmatizer's table gives them no other lemma, so ``past_of`` cannot tell them).
PARTICIPLES_AS_BASE = frozenset({"overrun", "outrun", "overcome"})

# Labels of a noun that heads a clause: the sentence's root, or a clause a verb of saying or a conjunction governs.
_CLAUSE_HEADS = ("ROOT", "ccomp", "advcl")
# Labels of a past read as the first word of the noun phrase that heads a clause ("EU cut funding").
_READ_AS_MODIFIER = ("compound", "nsubj")


def repair_pasts_read_as_nouns(doc: Doc, past_of: Callable[[str], str | None]) -> None:
    """Make a singular noun a past-tense verb where its form is a past (``past_of`` gives the verb lemma, else None)
    and its words read as a clause: it heads one with a subject before it (or a name just before it, read as a
    compound's first word) and an object after it, or it stands between a name and the noun heading a clause."""
    if not len(doc):
        return
    arcs = doc.to_array([DEP, POS])
    labels = numpy.isin(arcs[:, 0], [doc.vocab.strings[label] for label in _CLAUSE_HEADS + _READ_AS_MODIFIER])
    for i in numpy.flatnonzero(labels & (arcs[:, 1] == NOUN)):
        word = doc[int(i)]
        lemma = past_of(word.lower_) if word.tag_ == "NN" else None
        if lemma is None:
            continue
        if word.dep_ in _CLAUSE_HEADS and _object_after(word):
            subject = _subject_of(word)
        else:
            subject = _name_before_clause_head(word)
            if subject is not None:
                _take_clause_of(word, word.head)
        if subject is not None:
            word.pos_, word.tag_, word.lemma_ = "VERB", "VBD", lemma
            word.set_morph("Tense=Past|VerbForm=Fin")
            _as_subject(subject, word)
    repair_participles_read_as_nouns(doc, past_of)


def repair_participles_read_as_nouns(doc: Doc, past_of: Callable[[str], str | None]) -> None:
    """"The town was overrun by rebels": a bare singular noun after "be" with a "by" phrase of its own is a passive
    participle, "be" its auxiliary, the subject of "be" its passive subject and the "by" phrase its agent."""
    for word in [t for t in doc if t.tag_ == "NN" and t.dep_ == "attr" and t.head.lemma_ == "be"]:
        lemma = word.lower_ if word.lower_ in PARTICIPLES_AS_BASE else past_of(word.lower_)
        agent = next((c for c in word.rights if c.dep_ == "prep" and c.lower_ == "by" and c.i == word.i + 1), None)
        if lemma is None or agent is None or any(c.i < word.i for c in word.children):
            continue
        _take_place_of_auxiliary(word, word.head)
        word.pos_, word.tag_, word.lemma_ = "VERB", "VBN", lemma
        word.set_morph("Aspect=Perf|Tense=Past|VerbForm=Part")
        agent.dep_ = "agent"


def _take_place_of_auxiliary(verb: Token, be: Token) -> None:
    """Make the verb head the clause "be" headed: "be" its passive auxiliary, the subject its passive subject."""
    if be.dep_ == "ROOT":
        verb.head, verb.dep_ = verb, "ROOT"
    else:
        verb.head, verb.dep_ = be.head, be.dep_
    for t in [c for c in be.children if c.i != verb.i]:
        t.head = verb
        if t.dep_ == "nsubj":
            t.dep_ = "nsubjpass"
    be.head, be.dep_ = verb, "auxpass"


def repair_pasts_read_as_adjectives(doc: Doc, past_of: Callable[[str], str | None]) -> None:
    """"Witnesses said the RSF set fire to the market": a past spelt as its participle, read as an adjective of the
    noun right after it with the name right before it hung on either, is the verb of a clause, the name its subject
    and the noun its object; the clause takes the noun's place, as the complement of the verb that had the noun as
    its object ("said")."""
    if not len(doc):
        return
    arcs = doc.to_array([DEP, TAG])
    found = (arcs[:, 0] == doc.vocab.strings["amod"]) & (arcs[:, 1] == doc.vocab.strings["VBN"])
    for word in [doc[int(i)] for i in numpy.flatnonzero(found) if i > 0]:
        noun, name = word.head, doc[word.i - 1]
        if noun.i != word.i + 1 or noun.dep_ not in ("ROOT", "dobj") or past_of(word.lower_) is None:
            continue
        if name.pos_ == "PROPN" and name.head.i in (word.i, noun.i) and name.dep_ in ("npadvmod", "compound"):
            governor = noun.head
            _take_clause_of(word, noun)
            if word.dep_ == "dobj":
                word.dep_ = "ccomp"
                for t in [c for c in governor.rights if c.dep_ == "prep" and c.i > noun.i]:
                    t.head = word  # "to the market", hung on "said" past its object: the clause's own
            word.pos_, word.tag_ = "VERB", "VBD"
            _as_subject(name, word)


def _object_after(word: Token) -> bool:
    return any(c.dep_ == "dobj" and c.i > word.i for c in word.children)


def _subject_of(word: Token) -> Token | None:
    """The subject on the word's left, as only a verb has, else a noun or a name just before it that the parser took
    for the first word of a compound the word heads ("The EU cut funding": with an object after it, no compound)."""
    lefts = list(word.lefts)
    subject = next((c for c in lefts if c.dep_ == "nsubj"), None)
    if subject is not None:
        return subject
    last = lefts[-1] if lefts else None
    if last is not None and last.i == word.i - 1 and last.dep_ == "compound" and last.pos_ in ("PROPN", "NOUN"):
        return last
    return None


def _name_before_clause_head(word: Token) -> Token | None:
    """The name just before the word where the word modifies the noun right after it and that noun heads a clause
    with no verb of its own ("The U.S. cut funding to ...", "officials said the EU cut funding to ..."): the name is
    the subject, the noun the object."""
    noun, name = word.head, word.doc[word.i - 1] if word.i else None
    if name is None or noun.i != word.i + 1 or noun.dep_ not in _CLAUSE_HEADS or noun.pos_ != "NOUN":
        return None
    if word.dep_ not in _READ_AS_MODIFIER or not _verbless(noun):
        return None
    if name.pos_ != "PROPN" or name.dep_ != "compound" or name.head.i not in (word.i, noun.i):
        return None
    return name


def _verbless(noun: Token) -> bool:
    """No verb in the noun's phrase but in the clauses of its own nouns ("funding that the agency needed")."""
    return not any(t.pos_ in ("VERB", "AUX") and t.head.i == noun.i and t.dep_ != "acl" for t in noun.subtree)


def _take_clause_of(verb: Token, noun: Token) -> None:
    """Make the verb the head of the noun's clause, the noun its object, and what hung on the noun before the verb
    ("The" of "The U.S.", the name itself) the verb's."""
    for t in [c for c in noun.lefts if c.i < verb.i]:
        t.head = verb
    if noun.dep_ == "ROOT":
        verb.head, verb.dep_ = verb, "ROOT"
        for t in [c for c in noun.rights if c.dep_ == "punct" and c.i == noun.right_edge.i]:
            t.head = verb  # the full stop belongs to the new root
    else:
        verb.head, verb.dep_ = noun.head, noun.dep_
    noun.head, noun.dep_ = verb, "dobj"


def _as_subject(subject: Token, verb: Token) -> None:
    """Make the subject the verb's own, the words before it ("The" of "The EU") the subject's."""
    subject.head = verb
    if subject.dep_ == "nsubj":
        return
    for t in [c for c in verb.lefts if c.i < subject.i]:
        t.head = subject
    subject.dep_ = "nsubj"
