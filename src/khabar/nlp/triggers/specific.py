"""When an event noun names a particular event: a number, an agent, a patient or a place, a past
clause it is the subject of, a named governor or doer, or a claim of responsibility for it.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import QUANTITY_NOUNS, LexEntry
from ..syntax import children_of
from .light_verbs import governing_verb, is_light, prep_objects
from .matching import verb_preps_after
from .word_classes import AGENT_ENTS, OCCASION_PREPS, TIME_ENTS, is_official, names_a_party


# What makes an event noun a specific event rather than a topic: a number, an agent, a patient, a date.
_NOUN_EVIDENCE_PREPS = frozenset({"of", "on", "against", "by", "in", "near", "at", "outside", "inside", "targeting", "into",
                                   "between"})


# "frequent attacks", "repeated clashes": a noun that names a series or a habit, not one occasion.
_SERIAL_ADJECTIVES = frozenset({"frequent", "repeated", "regular", "occasional", "constant", "sporadic", "periodic",
                                "recurrent", "recurring", "routine", "countless", "numerous", "incessant"})


def is_serial(noun: Token) -> bool:
    return any(c.dep_ == "amod" and c.lower_ in _SERIAL_ADJECTIVES for c in children_of(noun))


def _is_evidence(child: Token) -> bool:
    if child.dep_ in ("nummod", "poss"):
        return True
    if child.dep_ in ("compound", "amod", "nmod"):
        return child.ent_type_ in AGENT_ENTS or (child.dep_ == "compound" and child.pos_ == "PROPN")
    if child.dep_ == "prep":
        return child.lower_ in _NOUN_EVIDENCE_PREPS and any(c.dep_ == "pobj" for c in children_of(child))
    # "an attack targeting a police convoy": a participle naming the patient
    return child.dep_ == "acl" and child.tag_ == "VBG" and any(c.dep_ == "dobj" for c in children_of(child))


def is_specific(noun: Token) -> bool:
    """True when the noun names a particular event: it has a number, an agent, a patient or a place, or it is
    the subject of a clause telling what it did on one occasion ("a bomb blast rocked the capital")."""
    measure = measure_of(noun)
    if measure is not None and not is_serial(measure) and (_counted(measure) or occurred(measure)):
        return True  # "a new wave of arrests swept the country", "three rounds of talks"
    return not is_serial(noun) and (any(_is_evidence(child) for child in children_of(noun)) or occurred(noun))


def measure_of(noun: Token) -> Token | None:
    """The noun that counts or gathers the event noun after "of": "a wave of arrests", "a new round of sanctions"."""
    head = noun.head
    if noun.dep_ != "pobj" or head.lower_ != "of" or head.head.pos_ != "NOUN":
        return None
    return head.head if head.head.lemma_.lower() in QUANTITY_NOUNS else None


def _counted(measure: Token) -> bool:
    return any(c.dep_ in ("nummod", "poss") for c in children_of(measure))


# Auxiliaries that put a clause on one past occasion: "talks were held", "protests have spread".
_PAST_AUXILIARIES = frozenset({"was", "were", "had", "has", "have"})


# Verbs whose present places a reported event in time, as news writing does: "the attack comes two days after ...".
_NEWS_PRESENT = frozenset({"come", "follow"})


# Verbs whose object is what an act set off: "the killing sparked protests", "the raid triggered clashes".
_SETTING_OFF = frozenset({"spark", "trigger", "prompt", "provoke", "ignite", "unleash", "touch"})


def occurred(noun: Token) -> bool:
    """"Clashes erupted", "peace talks resumed", "a general strike paralysed the capital": an event noun as the
    subject of a past (or perfect) verb other than "be" is told as having happened, and so is one whose
    present is dated ("protests spread to Homs on Friday"), or one a past act set off ("the arrest sparked
    protests"); a bare present ("protests are common") or a modal ("talks could resume") is not."""
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in _SETTING_OFF:
        return _told_as_past(verb)
    if headline_passive(noun):
        return True
    if noun.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ != "VERB":
        return False
    auxes = [c.lower_ for c in children_of(verb) if c.dep_ in ("aux", "auxpass")]
    if not auxes:  # the tagger may take a simple past for a participle ("the summit opened in ...")
        return verb.tag_ in ("VBD", "VBN") or (verb.tag_ in ("VBP", "VBZ") and (
            _dated(verb) or verb.lemma_.lower() in _NEWS_PRESENT))
    return verb.tag_ == "VBN" and auxes[0] in _PAST_AUXILIARIES


def headline_passive(noun: Token) -> bool:
    """"Sanctions imposed on Iran over nuclear program", "Talks held in Doha": a headline drops the auxiliary of its
    passive, so the noun heading the sentence with the participle of a light verb ("imposed", "held", "launched")
    that names a party or a place tells the event ("Protests banned in Dhaka" tells the ban, not a protest)."""
    if noun.dep_ != "ROOT" or any(t.pos_ in ("VERB", "AUX") and t.dep_ == "ROOT" for t in noun.sent):
        return False
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.i == noun.i + 1 and is_light(c.lemma_.lower())
               and _names_a_party_or_place(c) for c in children_of(noun))


def _names_a_party_or_place(participle: Token) -> bool:
    return any(o.ent_type_ in AGENT_ENTS or o.ent_type_ in ("LOC", "FAC") or names_a_party(o)
               for p in children_of(participle) if p.dep_ in ("prep", "agent")
               for o in children_of(p) if o.dep_ == "pobj")


def _told_as_past(verb: Token) -> bool:
    """A past verb, or a participle of one: "..., sparking protests"."""
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.i != verb.i:
        return _told_as_past(verb.head)
    auxes = [c.lower_ for c in children_of(verb) if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBD" and not auxes or verb.tag_ == "VBN" and bool(auxes) and auxes[0] in _PAST_AUXILIARIES


def _dated(verb: Token) -> bool:
    return any(t.ent_type_ in TIME_ENTS for c in children_of(verb) if c.dep_ in ("prep", "npadvmod") for t in c.subtree)


def framed_occasion(noun: Token) -> bool:
    """An event noun named as the occasion of an act told in the past (or by a participle) took place then."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in OCCASION_PREPS or is_serial(noun):
        return False
    host = prep.head
    if host.pos_ in ("NOUN", "PROPN") and host.dep_ == "nsubj":
        host = host.head  # "Pompeo, on a visit to Baghdad, urged": the phrase hangs on the subject
    return host.pos_ == "VERB" and (host.tag_ == "VBD" or host.tag_ == "VBG" and host.dep_ == "advcl")


def named_governor(noun: Token, entry: LexEntry) -> bool:
    """A noun that is an event only under certain verbs ("gov:" in the lexicon), found under one of them."""
    return not entry.alone and any(c.dep == "gov" for c in entry.required) and governing_verb(noun).pos_ == "VERB"


def named_agent(noun: Token) -> bool:
    """"Putin's visit to Beijing", "the Chinese criticism of ...", "talks between the two sides": a named
    party doing it (its possessor, a name or nationality before it, a "by" or "between" phrase)."""
    for child in children_of(noun):
        if child.dep_ == "poss" and (child.ent_type_ in AGENT_ENTS or child.pos_ == "PROPN" or is_official(child)):
            return True
        if child.dep_ in ("compound", "amod") and child.ent_type_ in AGENT_ENTS:
            return True
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ in ("by", "between")):
            return any(c.dep_ == "pobj" for c in children_of(child))
        if child.dep_ == "prep" and child.lower_ == "with":  # "talks with Iran", "a meeting with the minister"
            return any(c.dep_ == "pobj" and (names_a_party(c) or c.pos_ == "PROPN") for c in children_of(child))
    return False


# Speech acts whose "from" phrase names the speaker: "criticism from rights groups", "a warning from Washington".
VOICED_ACTS = frozenset({"ACCUSE", "THREATEN", "SUPPORT"})


def voiced_by(noun: Token) -> bool:
    """"The decision drew criticism from rights groups": a named party the act comes from, in a "from" phrase on the
    noun or right after it on its verb."""
    objects = prep_objects(noun, ("from",)) + verb_preps_after(noun, ("from",))
    return any(names_a_party(o) or o.pos_ == "PROPN" for o in objects)


_CLAIM_NOUNS = frozenset({"responsibility", "credit"})
_CLAIM_VERBS = frozenset({"claim", "take", "accept", "admit", "assume", "acknowledge"})


def claimed_by(noun: Token) -> Token | None:
    """The verb of "claimed responsibility for <the event>", "took credit for <it>", when the noun is its event:
    a claim names a particular event, and its subject as the doer."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.head.lemma_.lower() not in _CLAIM_NOUNS:
        return None
    verb = prep.head.head
    return verb if prep.head.dep_ == "dobj" and verb.lemma_.lower() in _CLAIM_VERBS else None
