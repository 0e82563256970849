"""Allegations: acts told only as what someone alleges ("accused X of shelling", "alleged that police
had tortured", "the allegation that troops shot"), which the text does not assert.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..syntax import children_of
from .proceedings import found_guilty_of
from .word_classes import claimed_as_own


# Verbs whose "of"/"for" complement is what they allege: "accused Moscow of shelling civilians".
_ALLEGING = frozenset({"accuse", "blame", "charge", "allege", "suspect", "convict", "indict", "condemn", "criticize",
                       "criticise", "denounce", "fault", "implicate", "arrest", "detain", "sentence", "sue", "jail",
                       "imprison", "prosecute", "try", "acquit", "punish", "execute", "hang", "want"})  # "wanted for"
# Verbs whose "that" clause is only alleged: "alleged that police had tortured detainees".
_ALLEGING_THAT = frozenset({"allege", "accuse", "charge", "complain", "protest"})
# Saying verbs that, hung on an accusing verb, carry its allegation: "blamed the rebels, saying they shelled the town".
_SAYING = frozenset({"say", "add", "claim", "insist", "argue", "assert", "state"})


def alleging_host(prep: Token) -> bool:
    """An "of"/"for"/"with" phrase of an alleging verb, also when the parser hangs it on the verb's object: "accused
    the militia of seizing aid", "sentenced five men to death for the murder of ...", "charged X with arming ...";
    the "over" or "in connection with" phrase of a verb of legal action ("charged two men over the stabbing"); and
    what a verdict finds someone guilty of ("were found guilty of the massacre", "pleaded guilty to the killing")."""
    if prep.dep_ != "prep":
        return False
    if found_guilty_of(prep):
        return True
    word, prep = _tie(prep)
    if word not in ("of", "for", "with", "in", "over"):
        return False
    host = prep.head
    if host.dep_ in ("dobj", "nsubjpass") and host.pos_ in ("NOUN", "PROPN", "PRON"):
        host = host.head
    if word == "over":  # "charged the man over the stabbing": the act pursued, told before or elsewhere
        return host.pos_ == "VERB" and host.lemma_.lower() in _LEGAL_ACTION | _ALLEGING
    if word == "in":  # "arrested a suspect in the attack on ...": the act charged, told before
        return host.pos_ == "VERB" and host.lemma_.lower() in _LEGAL_ACTION and _names_a_known_act(prep)
    return host.pos_ == "VERB" and host.lemma_.lower() in _ALLEGING


# Compound prepositions that tie an act to a clause as "over" does: "in connection with the bombing", "in relation
# to the attack" (the noun and the last word, under the first word).
_COMPOUND_PREPOSITIONS = {("connection", "with"): "in", ("relation", "to"): "in"}


def _tie(prep: Token) -> tuple[str, Token]:
    """How a phrase ties its object to the clause: its preposition's word and the token that hangs on the clause;
    a compound preposition ("in connection with") ties as "over", through its first word."""
    noun = prep.head
    first = _COMPOUND_PREPOSITIONS.get((noun.lemma_.lower(), prep.lower_))
    if first is not None and noun.dep_ == "pobj" and noun.head.lower_ == first and noun.head.dep_ == "prep":
        return "over", noun.head
    return prep.lower_, prep


# Verbs of legal action whose "in" phrase, naming a particular act, is the act they pursue someone for.
_LEGAL_ACTION = frozenset({"arrest", "detain", "charge", "indict", "convict", "sentence", "prosecute", "jail",
                           "imprison", "question", "try", "identify"})


def _names_a_known_act(prep: Token) -> bool:
    """"in the attack", "in last week's bombing": a definite or possessed act, not "in a raid" (the occasion)."""
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that"))
               for o in children_of(prep) if o.dep_ == "pobj" for c in children_of(o))


def alleged(verb: Token) -> bool:
    """"accused X of killing civilians", "arrested for attacking police", "alleged that police had tortured
    detainees": the act is an allegation told by the verb above, not an event the text asserts."""
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _ALLEGING_THAT:
        return True
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() == "claim" and not claimed_as_own(verb):
        return True  # "Israel claimed that Hamas fired the rockets": a claim about another party alleges
    if verb.dep_ == "ccomp" and _saying_an_accusation(verb.head):
        return True
    return verb.dep_ == "pcomp" and verb.head.head.i != verb.i and alleging_host(verb.head)


def _saying_an_accusation(verb: Token) -> bool:
    """"blamed the rebels, saying they had shelled the town", "accused Kyiv and said its troops shot ...": the
    saying verb only spells out the accusation it is attached to."""
    return (verb.lemma_.lower() in _SAYING and verb.dep_ in ("advcl", "conj")
            and verb.head.lemma_.lower() in _ALLEGING)


# Nouns whose content clause is only claimed: "denied charges that it backed the militants who attacked parliament".
_ALLEGATION_NOUNS = frozenset({"charge", "allegation", "accusation", "claim", "report", "rumour", "rumor", "suggestion",
                               "suspicion", "assertion", "speculation"})


def inside_allegation(verb: Token) -> bool:
    """The verb sits, at any depth, in a clause that is only alleged: "the allegation that troops shot ...", "alleged
    that police had tortured ...", "accused X of backing the gunmen who killed ..."."""
    for clause in [verb, *list(verb.ancestors)[:6]]:
        if clause.pos_ != "VERB":
            continue
        content = clause.dep_ in ("acl", "ccomp") and _nominal(clause.head)
        if content and clause.head.lemma_.lower() in _ALLEGATION_NOUNS and not _confirmed(clause.head):
            # "denied reports that gunmen attacked the village" tells the act as "denied that gunmen attacked" does:
            # the act denied is kept (negated by factuality); an act deeper inside the denied report is not told
            return not (clause is verb and _denied(clause.head, clause))
        if alleged(clause):
            return True
    return False


# "confirmed reports that its jets bombed the bridge": the one who would know vouches for the report.
_CONFIRMING = frozenset({"confirm", "verify", "corroborate", "acknowledge", "admit", "substantiate"})


def _confirmed(noun: Token) -> bool:
    return noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in _CONFIRMING


# Verbs that deny what a report or a charge says: the act it tells is then denied, not alleged.
_DENYING = frozenset({"deny", "reject", "dismiss", "refute", "rebut", "disown"})


def _denied(noun: Token, clause: Token) -> bool:
    """The noun denied, its clause plainly its content ("denied reports that ..."): without "that" the parser's
    reading of a report noun as a verb leaves the denial unread, and the act would be told as done."""
    return (noun.pos_ == "NOUN" and noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in _DENYING
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in children_of(clause)))


def _nominal(word: Token) -> bool:
    """A noun, or a word the tagger took for a verb where only a noun can stand ("denied reports its troops ...")."""
    return word.pos_ == "NOUN" or word.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj")
