"""Whether a date phrase hangs on a clause about something still to come ("will vote in May", "is due to
visit on Friday", "talks set for June 3", "said he would travel to Jeddah on Thursday"), so that a bare
weekday, month or day is the next one.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from .reported import _said_on, clause_verb


# Auxiliaries and governors that put a clause in the future: "will vote", "is due to visit", "set to meet".
_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo"})
_FUTURE_GOVERNORS = frozenset({"due", "schedule", "scheduled", "set", "expect", "plan", "intend", "slate", "poise",
                               "urge", "appeal"})
# "may meet Xi in October", "might travel on Friday": a possibility still to come (not "may have met")
_MODAL_AUX = frozenset({"would", "may", "might"})
# "called for a general strike on Thursday", "calls for protests on Tuesday": the day is the demanded act's
_CALLS_FOR = frozenset({"call", "appeal", "push", "press"})
_FUTURE_NOUN_GOVERNORS = frozenset({"schedule", "scheduled", "set", "slate", "plan"})
_PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re"})


def _looks_ahead(span: Span) -> bool:
    """Whether the clause a date phrase hangs on tells of something still to come: a future auxiliary, or an
    infinitive under "due", "scheduled", "set", "expected" or "plans" ("talks scheduled for May 3" too)."""
    verb = clause_verb(span.root)
    if _said_on(span, verb) is not None:  # "said on Wednesday it would not negotiate": the day of the saying
        return False
    if _called_for(span):
        return True
    if verb.lemma_.lower() in _FUTURE_NOUN_GOVERNORS and verb.tag_ == "VBN" and _now_or_attributive(verb):
        return True  # "elections scheduled for March", "talks are set for Monday" (not "were set free on Monday")
    for clause in (verb, verb.head):
        if _future_aux(clause):
            return True
        if clause is not verb and verb.dep_ == "xcomp" and clause.lemma_.lower() in _FUTURE_GOVERNORS:
            return True
    return verb.dep_ == "xcomp" and (verb.head.lower_ in _FUTURE_GOVERNORS or _is_to(verb))


def _is_to(verb: Token) -> bool:
    """"The ministers are to meet on Sunday": a present "be" with an infinitive tells a plan."""
    return verb.head.lower_ in _PRESENT_BE and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _future_aux(clause: Token) -> bool:
    """"will meet", and the future of reported speech, "(said he) would travel"; not the past
    of "would have met"."""
    auxes = [c.lower_ for c in clause.children if c.dep_ == "aux"]
    if any(a in _FUTURE_AUX for a in auxes):
        return True
    return any(a in _MODAL_AUX for a in auxes) and "have" not in auxes


def _called_for(span: Span) -> bool:
    """The date modifies the act a call demands: "called for a strike on Thursday" (a call is made for what is
    still to come; "called for calm on Tuesday" has no act noun dated, its date hangs on the verb)."""
    prep = span.root.head
    noun = prep.head if prep.dep_ == "prep" else prep
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return False
    return noun.head.head.lemma_.lower() in _CALLS_FOR


def _now_or_attributive(participle: Token) -> bool:
    """A participle modifying a noun, or in a present passive: not a past one ("were set free")."""
    return participle.dep_ == "acl" or any(c.dep_ == "auxpass" and c.lower_ in _PRESENT_BE
                                           for c in participle.children)
