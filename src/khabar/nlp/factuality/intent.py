"""Stated intent and stated refusal: whether a clause states what its own subject will do or must do ("Iran will
send aid", "plans to visit", "Israel must withdraw"), or will not do ("Iran will not attend the talks").

``intents`` (``khabar.nlp.intents``) makes the asserted event of stating it from these answers; a belief, a question
or the writer's own account states no one's intent.
"""
from __future__ import annotations

from types import MappingProxyType

from spacy.tokens import Token

from ..syntax import children_of, kept_to_infinitive
from .clauses import FUTURE_MODALS, modal_words, perfect, word_forms
from .conditions import conditioned
from .governors import DESIRE, denied_reluctance
from .orders import held_necessary, time_for
from .questions import asked, in_question
from .reported import OWN_PRONOUNS, REPORTING

_INTENT_MODALS = MappingProxyType({"will": "future", "'ll": "future", "wo": "future", "shall": "future",
                                   "would": "future", "must": "prescriptive", "should": "prescriptive",
                                   "ought": "prescriptive"})  # "wo" is spaCy's token for "won't"
# "plans to send troops", "needs to withdraw": governors that state the subject's own intention or duty.
_INTENT_GOVERNORS = MappingProxyType({
    "plan": "future", "intend": "future", "prepare": "future", "aim": "future", "ready": "future", "willing": "future",
    "prepared": "future", "eager": "future", "keen": "future", "need": "prescriptive", "have": "prescriptive",
    "ought": "prescriptive"})  # "Russia ought to withdraw": the parser makes "ought" the head, the act its xcomp
_REFUSING_MODALS = FUTURE_MODALS | {"would"}


def stated_intent(clause_head: Token) -> str | None:
    """"future" when the clause states what its subject will do ("Iran will send aid", "plans to visit"), also
    on a condition ("will retaliate if attacked": a threat or an offer is conditional by nature), "prescriptive"
    when it states what the subject must do; None otherwise, and for passives and counterfactuals ("would have
    attacked if", "the suspects will be handed over"), which state no one's intent."""
    children = list(children_of(clause_head))
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in children) or _thought_by_another(clause_head):
        return None
    if asked(clause_head) or _narrated_would(clause_head, children) or in_question(clause_head):
        return None  # "Will Iran retaliate?": a question states no one's intent
    infinitive = clause_head.dep_ == "xcomp" and kept_to_infinitive(clause_head)
    if infinitive and denied_reluctance(clause_head.head):
        return stated_intent(clause_head.head)  # "won't hesitate to use force if necessary": the one not hesitating
    if conditioned(children) and not _conditional_intent(clause_head, children):
        return None
    modals = [_INTENT_MODALS[c.lower_] for c in children if c.dep_ == "aux" and c.lower_ in _INTENT_MODALS]
    if modals:
        # "would have attacked" is a counterfactual, "should have arrested them" a reproach: neither asks or intends
        return None if perfect(children) and not modal_words(children) & FUTURE_MODALS else modals[0]
    if held_necessary(clause_head) or time_for(clause_head):
        return "prescriptive"  # "it is essential that Iran cooperate", "it is time for Israel to lift the blockade"
    if infinitive:
        governor = clause_head.head
        if word_forms(governor) & DESIRE:
            return "future"  # "wants to send aid": the subject's own wish, as CAMEO's "express intent" has it
        return _INTENT_GOVERNORS.get(governor.lemma_.lower())
    return None


def stated_refusal(clause_head: Token, *, agreeing: bool = False) -> bool:
    """True when the clause's own negation says its subject will not act ("Iran will not attend the talks", "we won't
    negotiate") or, for a verb of agreeing, did not agree ("the rebels did not accept the plan"): a refusal. Not
    for passives ("the prisoners will not be released" is no one's refusal) nor for negations from above."""
    children = list(children_of(clause_head))
    if not any(c.dep_ == "neg" for c in children) or any(c.dep_ in ("auxpass", "nsubjpass") for c in children):
        return False
    if _thought_by_another(clause_head):  # "analysts believe Iran will not attend the talks"
        return False
    modals = modal_words(children)
    if modals & _REFUSING_MODALS:
        return not perfect(children)  # "would not have attacked" is a counterfactual
    return agreeing and not modals


def _narrated_would(clause_head: Token, children: list[Token]) -> bool:
    """"Israeli troops would withdraw from populated areas": a main clause with "would" and no one saying it is the
    writer's account of terms or of what may follow, not a party's stated intent."""
    if clause_head.dep_ != "ROOT" or not any(c.dep_ == "aux" and c.lower_ == "would" for c in children):
        return False
    return not any(c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in REPORTING for c in children)


def _thought_by_another(clause_head: Token) -> bool:
    """"Officials believe the rebels will attack", "expressed hope that the two sides would resume talks": a
    clause someone believes, hopes or fears states that one's view, not its subject's intent; a reported one
    ("the rebels said they would attack") states the subject's own."""
    if clause_head.dep_ not in ("ccomp", "acl") or clause_head.head.i == clause_head.i or held_necessary(clause_head):
        return False
    if clause_head.dep_ == "acl" and not any(c.dep_ == "mark" for c in children_of(clause_head)):
        return False  # "a plan to send troops": not a content clause
    subject = next((c for c in children_of(clause_head) if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in OWN_PRONOUNS:
        return False  # "Iran hopes it will sign the deal": the hope is the subject's own
    return clause_head.head.lemma_.lower() not in REPORTING


def _conditional_intent(clause_head: Token, children: list[Token]) -> bool:
    """"Iran will retaliate if attacked", "he said he would use force if necessary": a party's own conditional
    threat or offer. "Were such a battle to occur, the group would mobilize" is the writer's speculation, and
    "would have attacked if" a counterfactual."""
    modals = modal_words(children)
    if perfect(children) or not modals & set(_INTENT_MODALS):
        return False
    reported = clause_head.dep_ == "ccomp" and clause_head.head.lemma_.lower() in REPORTING
    return reported or bool(modals & FUTURE_MODALS)
