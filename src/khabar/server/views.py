"""Records as JSON for the API: events (with quad class), articles, and the marked spans of an event."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..model import Article, Event
from .quads import quad_of


def event_json(event: Event) -> dict[str, Any]:
    return {**event.to_plover(), "quad": quad_of(event.event)}


def article_summary(article: Article) -> dict[str, Any]:
    return {"id": article.id, "title": article.title, "published": article.to_dict()["published"],
            "url": article.url, "source": article.source, "chars": len(article.text)}


@dataclass(frozen=True, slots=True)
class Mark:
    """A stretch of the article to mark: the evidence sentence, another sentence that told the event (a
    retelling), a trigger, an actor, recipient or place."""

    kind: str
    start: int
    end: int
    label: str

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "start": self.start, "end": self.end, "label": self.label}


def marks(article_text: str, event: Event) -> list[Mark]:
    """Every span of ``event`` that lies inside ``article_text``, evidence sentence first."""
    shift = _shift(article_text, event)
    if shift is None:
        return []
    found = [Mark("evidence", event.span[0], event.span[1], event.event), *_argument_marks(event),
             *_retelling_marks(event)]
    moved = [Mark(m.kind, m.start + shift, m.end + shift, m.label) for m in found]
    return [m for m in moved if 0 <= m.start < m.end <= len(article_text)]


def _argument_marks(event: Event) -> list[Mark]:
    found = [Mark("trigger", *event.trigger_span, event.trigger)] if event.trigger_span else []
    found += [Mark("actor", *a.span, a.name) for a in event.actor if a.span]
    found += [Mark("recipient", *a.span, a.name) for a in event.recipient if a.span]
    if event.event_loc and event.event_loc.span:
        found.append(Mark("place", *event.event_loc.span, event.event_loc.name))
    return found


def _retelling_marks(event: Event) -> list[Mark]:
    """The other sentences folded into the record, and the word each told it by. A second trigger of the
    evidence sentence itself ("attacked ..., killing four") marks just the word."""
    found = []
    for mention in event.mentions:
        if mention.span != event.span:
            found.append(Mark("retelling", *mention.span, event.event))
        if mention.trigger_span:
            found.append(Mark("trigger", *mention.trigger_span, mention.trigger))
    return found


def _shift(article_text: str, event: Event) -> int | None:
    """How far the stored offsets are from the sentence's place in this text (0 when they agree).

    Offsets come from the coded document; if it was not exactly the stored text (a title line added,
    say), the sentence is found by its text instead, and every span moves with it. None: not found.
    """
    start, end = event.span
    if not event.text or article_text[start:end] == event.text:
        return 0
    found = article_text.find(event.text)
    return found - start if found >= 0 else None
