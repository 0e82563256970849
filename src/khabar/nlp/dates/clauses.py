"""The date attached to a word within its own sentence: a date on its own clause or noun phrase, nearest
first, or shared with a conjoined verb, a copula, a simultaneous clause ("when", "as") or a verb that only
hosts the event noun; never another clause's.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..sentences import Bounds, bounds_at
from .index import _memo
from .values import DateMention, DateValue


# Dependencies that open another clause: a date inside one belongs to that clause's event.
_CLAUSAL = frozenset({"relcl", "acl", "ccomp", "advcl", "xcomp", "csubj", "csubjpass", "parataxis", "conj",
                      "pcomp"})


# Conjunctions of a clause that happens at the same time as the clause it depends on.
_SIMULTANEOUS = frozenset({"when", "as", "while", "whilst"})

# Verbs whose clause is about the event noun they carry, so their date is the event's date.
_EVENT_HOSTS = frozenset({"culminate", "result", "end", "lead", "begin", "start", "occur", "happen", "take", "see",
                          "witness", "follow", "come", "erupt", "break", "mark", "bring"})


def _sentence_date(token: Token, doc: Doc) -> DateValue | None:
    return _memo(doc, ("sentence", token.i), lambda: _sentence_date_of(token, doc))


def _sentence_date_of(token: Token, doc: Doc) -> DateValue | None:
    value = _own_date(token, doc)
    if value is None and token.pos_ == "VERB":
        value = _shared_date(token, doc) or _copula_date(token, doc) or _clause_date(token, doc)
    if value is None and token.pos_ == "NOUN":
        value = _host_date(token, doc)
    return value


def _own_date(token: Token, doc: Doc) -> DateValue | None:
    return _memo(doc, ("own", token.i), lambda: _own_date_of(token, doc))


def _own_date_of(token: Token, doc: Doc) -> DateValue | None:
    best: tuple[int, int, DateValue] | None = None
    for mention in _sentence_mentions(bounds_at(doc, token.i), doc):
        depth = _attachment_depth(doc, mention, token)
        if depth is None:
            continue
        key = (depth, abs(mention.start - token.i), mention.value)
        if best is None or key[:2] < best[:2]:
            best = key
    return best[2] if best else None


def _sentence_mentions(sent: Bounds, doc: Doc) -> list[DateMention]:
    """The date mentions that touch the sentence: a dependency path never leaves its sentence, so a date
    wholly in another one cannot attach."""
    return _memo(doc, ("dates", sent.start), lambda: [m for m in doc._.dates or []
                                                      if not (m.end <= sent.start or m.start >= sent.end)])


def _shared_date(verb: Token, doc: Doc) -> DateValue | None:
    """"stormed X and killed Y on Monday": conjoined verbs with one subject share one date."""
    if verb.dep_ == "conj" and not _has_subject(verb):
        return _sentence_date(verb.head, doc)
    for conj in verb.children:
        if conj.dep_ == "conj" and conj.pos_ == "VERB" and not _has_subject(conj):
            value = _own_date(conj, doc)
            if value is not None:
                return value
    return None


def _copula_date(verb: Token, doc: Doc) -> DateValue | None:
    """"On Monday, the men were then released": the parser hangs the participle off "were"."""
    head = verb.head
    if verb.dep_ in ("advcl", "acomp", "xcomp") and head.lemma_ == "be" and head.i != verb.i:
        return _own_date(head, doc)
    return None


def _clause_date(verb: Token, doc: Doc) -> DateValue | None:
    """"killed when rockets hit the base on Wednesday", "died on Friday as protests swept the city": a
    clause saying when the other happened ("when", "as", "while") shares its date, both ways."""
    for child in verb.children:
        if child.dep_ == "advcl" and _marker(child) in _SIMULTANEOUS:
            value = _own_date(child, doc)
            if value is not None:
                return value
    if verb.dep_ == "advcl" and _marker(verb) in _SIMULTANEOUS and verb.head.i != verb.i:
        return _own_date(verb.head, doc)
    return None


def _marker(verb: Token) -> str | None:
    return next((c.lower_ for c in verb.children if c.dep_ in ("mark", "advmod") and c.i < verb.i), None)


def _host_date(noun: Token, doc: Doc) -> DateValue | None:
    """"… culminated in the assassination of X in January": a verb that only hosts the event noun."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ in ("pobj", "dobj", "nsubj") and verb.lemma_.lower() in _EVENT_HOSTS:
        return _own_date(verb, doc)
    return None


def _attachment_depth(doc: Doc, mention: DateMention, token: Token) -> int | None:
    """Steps from the date up to ``token`` within one clause; None when a clause boundary intervenes."""
    if mention.start <= token.i < mention.end:
        return None
    node = doc[mention.start:mention.end].root
    depth = 0
    while node.i != token.i:
        if node.head.i == node.i or (node.dep_ in _CLAUSAL and node.pos_ in ("VERB", "AUX")) or node.dep_ == "appos":
            return None
        node = node.head
        depth += 1
    return depth


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
