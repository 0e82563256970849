"""``events_from_doc``: the one exit from the NLP layer, from a processed ``Doc`` to frozen ``Event`` records."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..actors import ActorKB
from ..model import Actor, Event, Relation, stable_id
from ..ontology import acled_types
from .contexts import document_contexts
from .events import EventMention


_PARENS = re.compile(r"\s*\(([^)]*)\)")


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


def relations_from_doc(doc: Doc, kb: ActorKB) -> list[Relation]:
    """Stated actor relations as records, each end resolved against the knowledge base where it can be."""
    found = doc._.relations or []
    doc_id = doc._.doc_id or ""
    published = doc._.published
    out: dict[str, Relation] = {}
    for mention in found:
        subject = _relation_end(mention.subject, kb, published)
        obj = _relation_end(mention.object, kb, published)
        sentence, _ = _stripped(mention.sentence)
        relation = Relation(doc_id=doc_id, subject=subject, relation=mention.relation, object=obj,
                            date=published, text=sentence)
        out.setdefault(relation.id, relation)
    return list(out.values())


def _relation_end(span: Span, kb: ActorKB, published) -> Actor:
    text = span.text
    for candidate in _name_variants(text):
        actor = kb.resolve(candidate, date=published)
        if actor is not None:
            return Actor(text=text, name=actor.name, id=actor.id, country=actor.country, sector=actor.sector,
                         aliases=actor.aliases, span=(span.start_char, span.end_char))
    return Actor(text=text, name=_PARENS.sub("", text).strip(), span=(span.start_char, span.end_char))


def _name_variants(text: str) -> list[str]:
    """"the security directorate of the Popular Mobilization Forces (PMF)" is also "PMF security directorate"."""
    bare = _PARENS.sub("", text).strip()
    variants = [text, bare]
    head, sep, owner = bare.partition(" of ")
    if sep:
        short = _PARENS.search(text)
        owner_name = short.group(1) if short else owner
        variants.append(f"{owner_name} {head.removeprefix('the ')}")
        variants.append(f"{owner.removeprefix('the ')} {head.removeprefix('the ')}")
    return variants
