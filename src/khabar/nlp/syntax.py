"""Small questions about a parse that components across the coder ask alike."""
from __future__ import annotations

from spacy.tokens import Token


def to_infinitive(verb: Token) -> bool:
    """The verb is marked by "to" ("ordered them to leave", "voted to remove him")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


# Closing quotes and brackets after a sentence's stop: 'the minister said."'
_CLOSERS = frozenset({'"', "'", "”", "’", ")", "]", "»"})
_STOPS = frozenset({".", "!", "?", "…", ":", ";"})


def unpunctuated(verb: Token) -> bool:
    """The verb's sentence ends with no stop, as a headline does ("Rebels withdraw from key town")."""
    words = [t for t in verb.sent if not t.is_space and t.text not in _CLOSERS]
    return bool(words) and words[-1].text not in _STOPS and not words[-1].text.endswith(".")


def same_doers_conj(verb: Token) -> bool:
    """"killed X and wounded Y": a conjoined verb sharing its head's subject; not "police arrested five and the
    army detained two", another party's act."""
    return verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def participial_host(verb: Token) -> Token | None:
    """The clause a subjectless participle adjunct hangs on: "struck the base, killing two" → "struck"."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
        return None
    host = verb.head
    while host.dep_ == "advcl" and clause_mark(host) and host.head.pos_ in ("VERB", "AUX"):
        host = host.head  # "struck the station as people waited, killing 39": the parser hung it on "waited"
    return host


def clause_mark(clause: Token) -> str | None:
    """The word that marks a subordinate clause ("if", "when", "that"), if any."""
    return next((c.lower_ for c in clause.children if c.dep_ == "mark"), None)
