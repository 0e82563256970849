"""Markers on a clause itself: its modals ("should", "may", "will"), its negation, a conditional "if", an inverted
"Were X to …", a "whether", an "until" with a present ("until Israel stops its offensive"), an imperative — the label a clause has before the walk asks the clauses above it."""
from __future__ import annotations

from spacy.tokens import Token

from .mandative import mandated_clause
from ..syntax import children_of, kept_per_doc
from .clauses import FUTURE_MODALS, has_negation, perfect
from .conditions import CONDITIONAL_MARKS, against_any, conditioned, inverted, inverted_modal, supposed
from .governors import attempts_object, reluctant
from .orders import duty_on, imperative, time_for
from .questions import asked, asks_yes_or_no
from .reported import threatened, wished

_PRESCRIPTIVE_MODALS = frozenset({"should", "must", "ought"})
_HYPOTHETICAL_MODALS = frozenset({"could", "might", "may", "can", "ca"})  # "ca" is spaCy's token for "can't"


@kept_per_doc("khabar.factuality.local_label")  # the walks of a sentence's triggers climb the same clauses
def local_label(node: Token) -> str | None:
    """The label the clause's own words give it, or None when they give none."""
    children = list(children_of(node))
    deps = [c.dep_ for c in children]  # each ``dep_`` is a string-store lookup: read them once
    modals = {c.lower_ for c, dep in zip(children, deps) if dep == "aux" and c.tag_ == "MD"}
    if modals & _PRESCRIPTIVE_MODALS:
        # "Should parliament fail to agree, ...": a modal before its subject makes a condition, not a duty
        return "hypothetical" if inverted_modal(children, deps) else "prescriptive"
    if modals & {"might", "may"}:
        return "hypothetical"
    if has_negation(children, deps) and not reluctant(node):
        # "if its demands are not met": a condition, negated or not, tells what may happen
        conditional = node.dep_ == "advcl" and _clause_marker(node, children, deps) == "hypothetical"
        return "hypothetical" if conditional else "negated"
    if modals & _HYPOTHETICAL_MODALS:
        return "hypothetical"
    future = "would" in modals or bool(modals & FUTURE_MODALS)
    if future and (asks_yes_or_no(node, children, deps) or asked(node)):
        # "Will the army attack the town?", "has not said whether it will ask Rwanda": asked, not announced
        return "question"
    if future:
        # "would have prompted", "will attack if the talks fail": conditions make it hypothetical; "hoped the
        # rebels would disarm" is a wish, not an announcement
        conditional = conditioned(children) or against_any(children) or (
            "would" in modals and (perfect(children) or any(supposed(c) for c in children)))
        return "hypothetical" if conditional or wished(node) or threatened(node) else "future"
    if node.tag_ == "VB" and "aux" in deps and conditioned(children):
        return "hypothetical"  # "is ready to fight if necessary": an infinitive act on a condition waits on it
    if attempts_object(node, deps):
        return "attempted"  # "officers attempted a coup": the act named as the object was set about, not done
    marker = _clause_marker(node, children, deps)
    if marker is None and (mandated_clause(node) or time_for(node) or duty_on(node)):
        # "suggested that both armies withdraw", "said it was time for Israel to lift the blockade", "the onus is on
        # Moscow to end it": what is to be done, not what was
        return "prescriptive"
    return marker


def _present(node: Token, children: list[Token], deps: list[str]) -> bool:
    """A present, active ("disarms") or passive ("is scrapped"): after "until", a time still to come."""
    if node.tag_ in ("VBZ", "VBP"):
        return True
    return node.tag_ == "VBN" and any(dep == "auxpass" and c.lower_ in ("is", "are") for c, dep in zip(children, deps))


def _clause_marker(node: Token, children: list[Token], deps: list[str]) -> str | None:
    mark = next((c.lower_ for c, dep in zip(children, deps) if dep == "mark"), None)  # == clauses.mark(node)
    dep = node.dep_
    if mark in CONDITIONAL_MARKS or (dep == "advcl" and inverted(node)):
        return "hypothetical"
    if mark == "whether":
        return "question"
    if mark == "until" and dep == "advcl" and _present(node, children, deps):
        return "hypothetical"  # "vowed to fight on until the government disarms": an end awaited, not reached
    if dep == "ROOT" and imperative(node, deps):
        return "prescriptive"
    return None
