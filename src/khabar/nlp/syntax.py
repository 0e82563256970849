"""Small questions about a parse that components across the coder ask alike."""
from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import TypeVar

import numpy
from spacy.attrs import HEAD, LEMMA, POS
from spacy.tokens import Doc, Token

_Answer = TypeVar("_Answer")


def to_infinitive(verb: Token) -> bool:
    """The verb is marked by "to" ("ordered them to leave", "voted to remove him")."""
    return _marked_by_to(verb.children)


def _marked_by_to(children) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children)


# Closing quotes and brackets after a sentence's stop: 'the minister said."'
_CLOSERS = frozenset({'"', "'", "”", "’", ")", "]", "»"})
_STOPS = frozenset({".", "!", "?", "…", ":", ";"})


def unpunctuated(verb: Token) -> bool:
    """The verb's sentence ends with no stop, as a headline does ("Rebels withdraw from key town")."""
    # its last word, read from the end: most sentences end in a word or a stop and a quote
    last = next((t for t in reversed(verb.sent) if not t.is_space and t.text not in _CLOSERS), None)
    return last is not None and last.text not in _STOPS and not last.text.endswith(".")


def same_doers_conj(verb: Token) -> bool:
    """"killed X and wounded Y": a conjoined verb sharing its head's subject; not "police arrested five and the
    army detained two", another party's act."""
    return verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb))


def participial_host(verb: Token) -> Token | None:
    """The clause a subjectless participle adjunct hangs on: "struck the base, killing two" → "struck"."""
    if verb.dep_ != "advcl" or not _bare_participle(verb) or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    host = verb.head
    while host.dep_ == "advcl" and host.head.pos_ in ("VERB", "AUX") and (clause_mark(host) or object_read_as_clause(host)):
        # "struck the station as people waited, killing 39": the parser hung it on "waited"; "struck crowds of
        # Afghans trying to reach the flights, killing 13": on "trying", whose subject is the object of "struck"
        host = host.head
    return host


def _bare_participle(verb: Token) -> bool:
    return verb.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in children_of(verb))


def object_read_as_clause(verb: Token) -> bool:
    """A participle clause whose subject stands right after the verb above it: the parser took that verb's object
    and the participle describing it ("struck crowds trying to flee") for a clause of their own."""
    if verb.tag_ != "VBG" or clause_mark(verb):
        return False
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    return subject is not None and subject.i < verb.i and subject.left_edge.i == verb.head.i + 1


def clause_mark(clause: Token) -> str | None:
    """The word that marks a subordinate clause ("if", "when", "that"), if any."""
    return next((c.lower_ for c in children_of(clause) if c.dep_ == "mark"), None)


_CHILDREN_KEY = "khabar.syntax.children"  # doc.user_data key: the children of every token, by token index


def children_of(token: Token) -> tuple[Token, ...]:
    """``tuple(token.children)``, kept per doc. The argument, factuality and genericity rules ask for the children
    of the same few verbs and nouns dozens of times per trigger, and each ``Token.children`` walks the token's whole
    span (a sentence, for its root) and makes a new ``Token`` per child. Only for the final parse: the triggers
    component re-attaches words (``repairs``) before it finds triggers, and nothing asks for these before then."""
    try:  # asked about a million times per 100 articles: one lookup on the common path
        return token.doc.user_data[_CHILDREN_KEY][token.i]
    except KeyError:
        found = token.doc.user_data[_CHILDREN_KEY] = _children_by_index(token.doc)
        return found[token.i]


def _children_by_index(doc: Doc) -> list[tuple[Token, ...]]:
    """Every token's children, read off the heads column: the rules ask for those of about half the doc's tokens,
    and one ``Token`` per word, each handed to its head, costs less than walking each token's span. The words are
    grouped by head with a stable sort, so children come in document order, as ``Token.children`` gives them (its
    left ones, then its right ones), and a token's children are one slice of the grouped words."""
    index = numpy.arange(len(doc))
    heads = index + doc.to_array(HEAD).astype(numpy.int64)  # HEAD holds offsets
    children = numpy.flatnonzero(heads != index)  # a root is its own head, not its own child
    by_head = children[numpy.argsort(heads[children], kind="stable")]
    ends = numpy.cumsum(numpy.bincount(heads[children], minlength=len(doc))).tolist()
    grouped = [doc[i] for i in by_head.tolist()]
    return [tuple(grouped[start:end]) for start, end in zip([0, *ends[:-1]], ends)]


_UNASKED = object()  # a memo's mark for a question not asked yet (None is an answer)


def kept_per_doc(key: str) -> Callable[[Callable[[Token], _Answer]], Callable[[Token], _Answer]]:
    """Keep the answers of a question asked of a token in ``doc.user_data[key]``, by token index: for pure questions
    of the final parse (see ``children_of``) that the rules ask again of the same tokens (whether a word stands for
    a party, whether a verb is passive). Only for immutable answers (a bool, a string, a token): callers extend the
    lists other questions return."""
    def keep(question: Callable[[Token], _Answer]) -> Callable[[Token], _Answer]:
        @wraps(question)
        def kept(token: Token) -> _Answer:
            memo = token.doc.user_data.get(key)
            if memo is None:
                memo = token.doc.user_data[key] = {}
            i = token.i
            found = memo.get(i, _UNASKED)
            if found is _UNASKED:
                found = memo[i] = question(token)
            return found
        return kept
    return keep


def entity_around(token: Token) -> tuple[int, int]:
    """The start and end of the model's entity a word is inside, read off the IOB tags around it (the word alone when
    it is in none): cheaper than finding the entity among ``doc.ents`` for the one word asked about."""
    start = token.i
    while start > 0 and token.doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(token.doc) and token.doc[end].ent_iob_ == "I":
        end += 1
    return start, end


_ENTITIES_KEY = "khabar.syntax.entities"  # doc.user_data key: the doc's entities as (start, end, label) rows


def entity_bounds(doc: Doc) -> tuple[tuple[int, int, str], ...]:
    """``doc.ents`` as (start, end, label) rows, read once per doc: every reading of ``doc.ents`` makes a ``Span``
    for every entity again, and the party rules ask of the entities around a word once per mention. Safe to keep:
    no component changes the entities after NER."""
    found = doc.user_data.get(_ENTITIES_KEY)
    if found is None:
        found = doc.user_data[_ENTITIES_KEY] = tuple((ent.start, ent.end, ent.label_) for ent in doc.ents)
    return found


@kept_per_doc("khabar.syntax.to_infinitive")  # the argument and factuality rules ask it of the same clauses
def kept_to_infinitive(verb: Token) -> bool:
    """``to_infinitive`` of the final parse, read off the per-doc children table (see ``children_of``):
    ``Token.children`` makes a new ``Token`` per child at each asking. The triggers component asks before the parse is
    final, so it keeps ``to_infinitive``."""
    return _marked_by_to(children_of(verb))


def words_with_lemma(doc: Doc, pos: int, lemmas: frozenset[str]) -> list[Token]:
    """The words of one part of speech (a ``spacy.symbols`` id) whose lower-cased lemma is one of ``lemmas``, in doc
    order: as ``[t for t in doc if t.pos == pos and t.lemma_.lower() in lemmas]``, read off the POS and LEMMA
    columns, so that a ``Token`` is made only for the words found (scanning every word made one per word)."""
    table = doc.to_array([POS, LEMMA])
    rows = numpy.flatnonzero(table[:, 0] == pos)
    strings = doc.vocab.strings
    wanted = {lemma for lemma in set(table[rows, 1].tolist()) if strings[lemma].lower() in lemmas}
    return [doc[i] for i, lemma in zip(rows.tolist(), table[rows, 1].tolist()) if lemma in wanted]


def one_among_them(noun: Token) -> bool:
    """"among them a student from Panama", "including two women": a member of a group named just before, which
    the parser may hang on the verb as an object of its own."""
    return any(c.dep_ == "prep" and c.lower_ in ("among", "including")
               and any(o.dep_ == "pobj" and o.lower_ in ("them", "those") for o in children_of(c))
               for c in children_of(noun))
