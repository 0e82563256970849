"""The per-doc index of the answers that attaching dates to triggers asks again and again, kept in
``doc.user_data`` and rebuilt when the doc's dates or triggers are replaced.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import wraps
from operator import attrgetter
from typing import TypeVar

from spacy.tokens import Doc, Token

_Subject = TypeVar("_Subject")
_Answer = TypeVar("_Answer")


# Every trigger asks the same questions of its doc (the dates of a sentence, the trigger at a token, whether
# two sentences share a paragraph ...): the answers are kept, per doc, in an index in ``doc.user_data``.
_INDEX_KEY = "khabar.dates_index"
_MISSING = object()


@dataclass(slots=True)
class _DocIndex:
    dates: list | None  # the doc._.dates and doc._.triggers the answers were read from
    triggers: list | None
    trigger_at: dict[int, object]  # token -> the first trigger whose head or governor it is
    answers: dict[tuple, object]
    by_question: dict[str, dict[int, object]] = field(default_factory=dict)  # see ``kept_in_index``


def _refresh_index(doc: Doc) -> None:
    """(Re)build the doc's index unless it was built from the doc's current dates and triggers."""
    dates, triggers = plain_extension(doc, "dates"), plain_extension(doc, "triggers")
    index = doc.user_data.get(_INDEX_KEY)
    if index is None or index.dates is not dates or index.triggers is not triggers:
        trigger_at: dict[int, object] = {}
        for trig in triggers or ():
            trigger_at.setdefault(trig.head, trig)
            trigger_at.setdefault(trig.governor, trig)
        doc.user_data[_INDEX_KEY] = _DocIndex(dates, triggers, trigger_at, {})


def plain_extension(doc: Doc, name: str):
    """``doc._.<name>`` of a plain extension (no getter; None when unset or not registered), read where spaCy
    keeps it: ``doc._`` makes an object and misses an attribute lookup before it finds the value (about 3 µs a
    read), and every trigger's date checks the index."""
    return doc.user_data.get(("._.", name, None, None))


def _memo(doc: Doc, key: tuple, compute):
    answers = doc.user_data[_INDEX_KEY].answers
    found = answers.get(key, _MISSING)
    if found is _MISSING:
        found = answers[key] = compute()
    return found


def _trigger_at(token: Token, doc: Doc):
    return doc.user_data[_INDEX_KEY].trigger_at.get(token.i)


def kept_in_index(question: str, key: Callable[[_Subject], int] = attrgetter("i")
                  ) -> Callable[[Callable[[_Subject, Doc], _Answer]], Callable[[_Subject, Doc], _Answer]]:
    """Keep the answers of ``compute(subject, doc)`` in the doc's index, by ``key(subject)`` (a token's index by
    default, or a sentence's start): ``_memo`` for the questions asked a dozen times per trigger, without the key
    tuple and the closure it makes at each asking (their making, and the collections of garbage it brings on, cost
    more than most of the answers). The index is dropped with the doc's dates or triggers (``_refresh_index``), so
    an answer is never read from an earlier set of them."""
    def keep(compute: Callable[[_Subject, Doc], _Answer]) -> Callable[[_Subject, Doc], _Answer]:
        @wraps(compute)
        def kept(subject: _Subject, doc: Doc) -> _Answer:
            by_question = doc.user_data[_INDEX_KEY].by_question
            answers = by_question.get(question)
            if answers is None:
                answers = by_question[question] = {}
            at = key(subject)
            found = answers.get(at, _MISSING)
            if found is _MISSING:
                found = answers[at] = compute(subject, doc)
            return found
        return kept
    return keep
