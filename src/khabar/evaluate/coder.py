"""Running khabar's coder on benchmark sentences, through the public Python API.

Each sentence is coded as a one-sentence article whose id is the benchmark's own sentence id, so
the events come back grouped by sentence. The coder is imported lazily: parsing and scoring work
without it.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from ..model import Article, Event, Failure


@dataclass(frozen=True, slots=True)
class Sentence:
    """One text to code, under a fixed document id."""

    id: str
    text: str
    published: dt.date | None = None


@dataclass(frozen=True)
class Coded:
    events: dict[str, tuple[Event, ...]]  # sentence id -> its events, in coder order
    failures: tuple[Failure, ...] = ()

    def of(self, sentence_id: str) -> tuple[Event, ...]:
        return self.events.get(sentence_id, ())


def code_sentences(sentences: Iterable[Sentence]) -> Coded:
    """Code every sentence with default settings; a sentence that fails to code is recorded, not raised."""
    from ..api import extract
    from ..settings import Settings

    articles = [Article(id=s.id, text=s.text, published=s.published, source="khabar-eval") for s in sentences]
    failures: list[Failure] = []
    grouped: dict[str, list[Event]] = {a.id: [] for a in articles}
    for event in extract(articles, settings=Settings(), on_failure=failures.append):
        grouped.setdefault(event.doc_id, []).append(event)
    return Coded({k: tuple(v) for k, v in grouped.items()}, tuple(failures))


def asserted(events: Iterable[Event]) -> list[Event]:
    return [e for e in events if e.factuality == "asserted"]


def main_event(events: Iterable[Event]) -> Event | None:
    """The event a one-label benchmark is compared with: asserted first, then most confident, then first."""
    ranked = sorted(enumerate(events), key=lambda ie: (ie[1].factuality != "asserted", -ie[1].confidence, ie[0]))
    return ranked[0][1] if ranked else None
