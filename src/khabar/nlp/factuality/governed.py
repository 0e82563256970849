"""What a governing word says about the clause it governs: "tried to" (attempted), "is to" (future), "rather than"
(negated), "the risk of" (hypothetical), "accused X of" (hypothetical), "asked who fired" (asserted)."""
from __future__ import annotations

from spacy.tokens import Token

from ..syntax import children_of, kept_to_infinitive
from .clauses import content_of_noun, has_modal, under_modal
from .conditions import assumed, contingent, supposed
from .governors import denied_reluctance, last_resort, lexical_label, reluctant
from .markers import local_label
from .orders import exhortation
from .plans import anticipated, done_at_the_talks, provided_for, topic_of_talks, unfulfilled
from .questions import presupposing_question
from .reported import REPORTING, anothers_act_expected, charged, feared, hearsay, judged_hearsay, unsaid

# Verbs of keeping someone from an act: "banned the officials from travelling", "barred them from voting"
_KEEPING_FROM = frozenset({"ban", "bar", "prevent", "stop", "prohibit", "forbid", "block", "keep", "deter",
                           "restrain", "preclude", "dissuade", "discourage", "exclude", "debar", "disqualify"})


def governed(parent: Token, child: Token) -> str | None:
    """What a governing word says about its complement: "tried to", "is to", "rather than", "risk of"."""
    if child.dep_ == "advcl" and _rather_than(child):
        return _not_done_under(parent)
    resort = last_resort(parent, child)
    if resort is not None:
        return resort  # "had no choice but to declare an emergency": declared
    if presupposing_question(child):
        return "asserted"  # "asked who fired the rockets", "did not know why police raided the office": it happened
    if child.dep_ == "acl" and content_of_noun(child) and hearsay(parent):
        return judged_hearsay(parent)  # "the claim that rebels shelled the hospital could not be verified"
    label = _untold_complement(parent, child)
    if label is not None:
        return label
    if denied_reluctance(parent):  # "did not hesitate to fire": it was done; "would not hesitate to strike": a
        return "hypothetical" if under_modal(parent) else None  # conditional threat, the act if need be
    if reluctant(parent):
        return "negated"  # "hesitated to send troops": not (yet) done
    if anticipated(child):
        return "future"
    if provided_for(parent, child):
        return "future"
    if child.dep_ == "ccomp" and parent.lemma_.lower() in REPORTING and unsaid(child):
        return "hypothetical"  # not confirmed by the one who would know: possible, not told as done
    if child.dep_ == "prep" and child.lower_ == "from" and parent.lemma_.lower() in _KEEPING_FROM:
        return _not_done_under(parent)  # "banned them from travelling": they do not travel
    if done_at_the_talks(parent, child):
        return None
    return _lexically_governed(parent, child)


def _lexically_governed(parent: Token, child: Token) -> str | None:
    """The label the governing word's class in governors gives, read with the governing clause's own markers."""
    label = lexical_label(parent, child)
    if label == "negated":  # "should avoid a confrontation": the avoiding is itself prescribed
        return _not_done_under(parent)
    if label == "attempted":  # "may try to seize the towns": the attempt itself is only possible
        return local_label(parent) or label
    if label in ("future", "prescriptive") and parent.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no"
                                                                         for c in children_of(parent)):
        return "negated"  # "there was no plan to send troops", "saw no need to deploy troops": none intended
    if label == "prescriptive" and _past_need(parent, child):
        return None  # "villagers needed to flee the fighting": an account of what they had to do, and did
    if label == "future" and unfulfilled(parent):
        return "hypothetical"  # "the suspects had planned to attack a church": a plot told as past, not done
    if label == "future" and parent.pos_ != "NOUN":
        # "did not agree to withdraw", "would not allow Turkey to attack": not to come; "may decide to send troops":
        # only possible; "should agree to a truce": asked for. The governing clause's own label is the act's
        return _own_label_of_governor(parent) or label
    if label is not None:
        return label
    lemma = parent.lemma_.lower()
    if lemma in ("have", "be") and child.dep_ == "xcomp" and kept_to_infinitive(child) and _yet(parent):
        return "negated"  # "has yet to release the journalists", "is yet to respond": not done so far
    if lemma == "have" and child.dep_ == "xcomp" and kept_to_infinitive(child) and parent.tag_ in ("VBZ", "VBP"):
        return "prescriptive"  # "has to respond"
    if lemma == "be" and child.dep_ == "xcomp" and kept_to_infinitive(child) and parent.dep_ == "ROOT":
        return "future"  # "The council is to vote"
    return None


def _yet(verb: Token) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ == "yet" for c in children_of(verb))


def _past_need(parent: Token, child: Token) -> bool:
    """"The army needed to evacuate the base": a past need the story tells as its own account, as "had to" is; not one
    reported ("Lavrov said Kyiv needed to withdraw", "Kyiv needed to withdraw, he said": a duty, told in the past)."""
    if parent.lemma_.lower() != "need" or parent.tag_ != "VBD" or child.dep_ != "xcomp" or has_modal(parent):
        return False
    if parent.dep_ not in ("ROOT", "conj"):
        return False
    return not any(c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in REPORTING for c in children_of(parent))


def _own_label_of_governor(parent: Token) -> str | None:
    """The label of a governing verb's own clause, or of the copula of a governing adjective ("is not ready to")."""
    holder = parent.head if parent.dep_ == "acomp" and parent.head.lemma_ == "be" else parent
    return local_label(holder)


def _not_done_under(parent: Token) -> str:
    """An act avoided, kept from or passed over is not done — unless the governing clause has a label of its own,
    which the act shares ("should avoid a confrontation": prescribed; "may refrain from attacking": possible)."""
    return local_label(parent) or "negated"


def _untold_complement(parent: Token, child: Token) -> str | None:
    """Complements that tell no act done whatever class the governing word has in governors: a condition, an
    exhortation, a supposed or contingent event, what is feared or expected of another, the act charged, a topic."""
    if assumed(parent, child):
        return "hypothetical"  # "Assuming the talks fail, ...": the condition
    if exhortation(parent, child):
        return "prescriptive"  # "Let us fight the occupiers": an exhortation
    if supposed(child) or contingent(child) or feared(parent, child) or anothers_act_expected(parent, child):
        return "hypothetical"  # "a Chinese blockade of Taiwan would disrupt supplies": if there were one
    if charged(parent, child) or topic_of_talks(parent, child):
        return "hypothetical"  # "accused Moscow of shelling the plant", "held talks on a ceasefire"
    return None


def _rather_than(clause: Token) -> bool:
    """"Rather than provoke a conflict, X should …": the avoided alternative."""
    words = {c.lower_ for c in children_of(clause) if c.dep_ in ("advmod", "mark")}
    return {"rather", "than"} <= words or "instead" in words
