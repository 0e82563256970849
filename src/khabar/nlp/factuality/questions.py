"""Questions: a question asks ("Will the army attack?"), an open one states no one's intent ("asked whether Iran
would attend"), but a question word can presuppose its act ("asked who fired the rockets": someone fired)."""
from __future__ import annotations

from spacy.tokens import Token

from ..sentences import sentence_bounds
from ..syntax import clause_mark
from .clauses import fronted_modal

# Question words whose clause presupposes its act: "who fired" says someone fired ("whether", "if" do not).
_WH_PRESUPPOSING = frozenset({"who", "why", "how", "when", "where"})
_WH_WORDS = frozenset({"how", "who", "whom", "whose", "why", "when", "where", "which", "what"})


def in_question(token: Token) -> bool:
    """A sentence that ends with "?" asks rather than asserts."""
    doc = token.doc
    start, end = sentence_bounds(token)
    last = doc[end - 1]
    return last.text == "?" or (last.is_punct and end - start > 1 and doc[end - 2].text == "?")


def asks_yes_or_no(node: Token, children: list[Token], deps: list[str]) -> bool:
    """"Will Iran retaliate?", "Would Russia invade Ukraine?": a main clause whose modal comes before its subject, in a
    sentence that ends with "?", or such a clause quoted before its speaker ('"Will he be allowed to run?" asked X')."""
    if fronted_modal(children, deps, ("nsubj", "nsubjpass", "expl")) is None:
        return False
    return in_question(node) if node.dep_ == "ROOT" else node.dep_ == "ccomp" and quoted_question(node)


def quoted_question(clause: Token) -> bool:
    """'"Who will protect these people?" asked a worker': a clause closed by a question mark (before the closing
    quote) is a question, whatever the sentence ends with; the parser hangs the mark on the verb of saying."""
    doc = clause.doc
    after = clause.right_edge.i + 1
    return any(t.text == "?" for t in clause.subtree) or (after < len(doc) and doc[after].text == "?")


def asked(clause_head: Token) -> bool:
    """"declined to say whether Washington would strike", "asked if Iran would attend": an open question, not
    anyone's stated intent."""
    return clause_head.dep_ == "ccomp" and clause_mark(clause_head) in ("whether", "if")


def presupposing_question(clause: Token) -> bool:
    """"asked who fired the rockets", "did not know why police raided the office": it happened."""
    return clause.dep_ == "ccomp" and clause.doc[clause.left_edge.i].lower_ in _WH_PRESUPPOSING


def wh_clause(clause: Token) -> bool:
    """"did not say how many were killed": a clause opened by a question word asks about an act, not whether it
    happened."""
    return any(t.lower_ in _WH_WORDS for t in clause.subtree if t.i < clause.i)
