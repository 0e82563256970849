"""The day a report was made, told between its verb of saying and the reported clause: "Police said on Monday they
had arrested five men", "The army said on Wednesday it would not negotiate".

The parser often hangs such a date on the reported clause's verb, yet standing before that clause's subject it tells
when the words were said, as "said on Monday that ..." does. A plan told so is no day ahead ("would not negotiate":
the refusal, made that day, is what is coded), and an act told in the past keeps no date from it: it happened on or
before that day, on a day the phrase does not give; an act told as still to come ("said on Wednesday they would
attack the capital") is the intention's day, not the act's.
"""
from __future__ import annotations

from spacy.tokens import Span, Token


_REPORTING = frozenset({"say", "tell", "announce", "report", "confirm", "add", "state", "claim", "disclose",
                        "reveal", "acknowledge", "deny", "note", "warn", "insist", "explain", "write"})


def dates_an_act(node: Token) -> bool:
    """The date (its root ``node``) hangs on a verb other than a reporting one ("the army said on Thursday"), and
    not inside an appositive ("the deadliest this year" compares, it does not date)."""
    while node.pos_ not in ("VERB", "AUX"):
        if node.dep_ == "appos":
            return False
        if node.head.i == node.i:
            return True
        node = node.head
    return node.lemma_.lower() not in _REPORTING


def said_on(span: Span) -> Token | None:
    """The verb of saying a date phrase belongs to when it stands after that verb and before the subject of the
    reported clause it hangs on; else None."""
    return _said_on(span, clause_verb(span.root))


def _said_on(span: Span, verb: Token) -> Token | None:
    """``said_on`` with the phrase's clause verb found (``Span.root`` walks the whole phrase: found once)."""
    if verb.dep_ != "ccomp" or not verb.head.i < span.start:
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return verb.head if subjects and span.end <= subjects[0].left_edge.i else None


def said_before_act(span: Span) -> Token | None:
    """``said_on``, when the reported clause tells a past act ("said on Monday they had arrested five men") or one still
    to come ("said on Wednesday they would attack the capital"): the date is the saying's alone."""
    verb = clause_verb(span.root)
    saying = _said_on(span, verb)
    return saying if saying is not None and (_told_in_past(verb) or _told_ahead(verb)) else None


_PAST_AUX = frozenset({"had", "'d", "was", "were"})


def _told_in_past(verb: Token) -> bool:
    """"arrested", "had arrested", "were arrested": a simple past or past perfect, active or passive."""
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(a in _PAST_AUX for a in auxes) or (verb.tag_ == "VBD" and not auxes)


_AHEAD_AUX = frozenset({"would", "will", "'ll", "wo", "shall"})


def _told_ahead(verb: Token) -> bool:
    """"would attack", "will hold": a stated intention, made on the saying's day and carried out (if ever) on another;
    not a refusal ("would not negotiate": the refusal coded is made that day)."""
    children = list(verb.children)
    ahead = any(c.dep_ == "aux" and c.lower_ in _AHEAD_AUX for c in children)
    return ahead and not any(c.dep_ == "neg" for c in children)


def clause_verb(root: Token) -> Token:
    """The verb a date phrase hangs on, a few steps up from its root ("on" → "arrested")."""
    verb = root.head
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb
