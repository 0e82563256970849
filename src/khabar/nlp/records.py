"""``events_from_doc``: the one exit from the NLP layer, from a processed ``Doc`` to frozen ``Event`` records."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..model import Event, stable_id
from ..ontology import acled_types
from .contexts import document_contexts
from .events import EventMention


def _stripped(span: Span) -> tuple[str, tuple[int, int]]:
    text = span.text
    start = span.start_char + (len(text) - len(text.lstrip()))
    end = span.start_char + len(text.rstrip())
    return text.strip(), (start, end)


def _trigger_text(doc: Doc, mention: EventMention) -> tuple[str, tuple[int, int]]:
    head, gov = mention.trigger.head, mention.trigger.governor
    lo, hi = min(head, gov), max(head, gov)
    span = doc[lo:hi + 1] if hi - lo <= 3 else doc[head:head + 1]
    return span.text, (span.start_char, span.end_char)


def _event_id(doc_id: str, doc: Doc, mention: EventMention) -> str:
    return stable_id(doc_id, doc[mention.trigger.head].idx, mention.trigger.entry.event)


def events_from_doc(doc: Doc) -> list[Event]:
    doc_id = doc._.doc_id or ""
    mentions: list[EventMention] = doc._.events or []
    contexts = document_contexts(doc) if mentions else ()
    ids = [_event_id(doc_id, doc, m) for m in mentions]
    links: list[str] = []
    for i, mention in enumerate(mentions):
        links.append(links[mention.link_to] if mention.link_to is not None else ids[i])
    return [_event(doc, doc_id, m, ids[i], links[i], contexts) for i, m in enumerate(mentions)]


def _event(doc: Doc, doc_id: str, m: EventMention, event_id: str, link: str, contexts: tuple[str, ...]) -> Event:
    entry = m.trigger.entry
    sentence, span = _stripped(doc[m.trigger.head].sent)
    trigger, trigger_span = _trigger_text(doc, m)
    acled = acled_types(entry.event, entry.mode, recipient_sectors=[a.sector for a in m.recipient if a.sector])
    date = m.date
    return Event(
        id=event_id, doc_id=doc_id, event=entry.event, mode=entry.mode, context=contexts, cameo=entry.cameo,
        acled_event_type=acled[0] if acled else None, acled_sub_event_type=acled[1] if acled else None,
        date=date.date if date else None, enddate=date.enddate if date else None,
        date_precision=date.precision if date and date.date else "unknown",
        actor=m.actor, recipient=m.recipient, event_loc=m.place, size=m.size, factuality=m.factuality,
        text=sentence, span=span, trigger=trigger, trigger_span=trigger_span, confidence=m.confidence, link=link,
    )
