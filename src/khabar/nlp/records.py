"""``events_from_doc``: the one exit from the NLP layer, from a processed ``Doc`` to frozen ``Event`` records."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from spacy.tokens import Doc, Span

from ..actors import ActorKB, default_kb
from ..geo import dateline_of
from ..model import Actor, Event, Mention, Place, Relation, Size, stable_id
from ..ontology import acled_types
from .contexts import document_contexts
from .coreference import coded_entry
from .events import EventMention
from .text import doc_text, span_text
from .tolls import (TollStatement, ToldAttack, has_toll, named_attack, record_toll, same_victims, toll_statements,
                    victims_of, with_statement)


_PARENS = re.compile(r"\s*\(([^)]*)\)")


def _stripped(span: Span) -> tuple[str, tuple[int, int]]:
    text = span_text(span)
    start = span.start_char + (len(text) - len(text.lstrip()))
    end = span.start_char + len(text.rstrip())
    return text.strip(), (start, end)


class _Sentences:
    """The doc's sentences, read once per doc: every event record quotes its sentence, and several events
    often share one (``Token.sent`` would find the sentence and join its words again for each)."""

    def __init__(self, doc: Doc):
        self._spans = list(doc.sents)
        self._starts = [sent.start for sent in self._spans]
        self._quotes: dict[int, tuple[str, tuple[int, int]]] = {}

    def _index(self, token: int) -> int:
        return bisect_right(self._starts, token) - 1

    def start_of(self, token: int) -> int:
        """The first token of the sentence holding ``token`` (== ``doc[token].sent.start``)."""
        return self._starts[self._index(token)]

    def quote(self, token: int) -> tuple[str, tuple[int, int]]:
        """The sentence holding ``token``, stripped, and its character span (== ``_stripped(doc[token].sent)``)."""
        index = self._index(token)
        if index not in self._quotes:
            self._quotes[index] = _stripped(self._spans[index])
        return self._quotes[index]


def _trigger_text(doc: Doc, mention: EventMention) -> tuple[str, tuple[int, int]]:
    head, gov = mention.trigger.head, mention.trigger.governor
    lo, hi = min(head, gov), max(head, gov)
    lo, end = _whole_words(doc, *((lo, hi + 1) if hi - lo <= 3 else (head, head + 1)))
    first, last = doc[lo], doc[end - 1]  # the span's characters, read without making the span
    start_char, end_char = first.idx, last.idx + len(last)
    return doc_text(doc)[start_char:end_char], (start_char, end_char)


def _whole_words(doc: Doc, lo: int, hi: int) -> tuple[int, int]:
    """"sit-in" is three tokens: a trigger on "in" is shown as the hyphenated word it belongs to."""
    while lo >= 2 and doc[lo - 1].text == "-" and not doc[lo - 1].whitespace_ and not doc[lo - 2].whitespace_:
        lo -= 2
    while hi + 1 < len(doc) and doc[hi].text == "-" and not doc[hi - 1].whitespace_ and not doc[hi].whitespace_:
        hi += 2
    return lo, hi


def _event_id(doc_id: str, doc: Doc, mention: EventMention) -> str:
    return stable_id(doc_id, doc[mention.trigger.head].idx, mention.trigger.entry.event)


def events_from_doc(doc: Doc) -> list[Event]:
    """One record per event the article reports: later mentions of it ("in the raid, police arrested 14")
    fill in what the first mention left open, instead of counting the event twice."""
    doc_id = doc._.doc_id or ""
    mentions: list[EventMention] = doc._.events or []
    if not mentions:
        return []
    contexts = document_contexts(doc)
    sentences = _Sentences(doc)
    groups = _by_event(mentions)
    folded = [(primary, _fold(doc, sentences, primary, retellings)) for primary, retellings in groups]
    statements = _statements_by_record(doc, folded, groups)
    named = _named_later(folded)
    events = []
    for index, ((primary, merged), (_, retellings)) in enumerate(zip(folded, groups)):
        for statement in statements.get(index, ()):
            merged = replace(merged, size=with_statement(merged.size, statement))
        actor, recipient = _renamed(merged.actor, named), _renamed(merged.recipient, named)
        if actor is not merged.actor or recipient is not merged.recipient:
            merged = replace(merged, actor=actor, recipient=recipient)
        event_id = _event_id(doc_id, doc, primary)
        event = _event(doc, sentences, doc_id, merged, event_id, event_id, contexts)
        if retellings or index in statements:
            told = _other_mentions(doc, sentences, event, [primary, *retellings])
            told += tuple(_statement_mention(doc, sentences, s) for s in statements.get(index, ()))
            event = replace(event, mentions=tuple(sorted(set(told), key=lambda m: (m.span, m.trigger_span or m.span))))
        events.append(event)
    return events


def _statements_by_record(doc: Doc, folded: list[tuple[EventMention, EventMention]],
                          groups: list[tuple[EventMention, list[EventMention]]]) -> dict[int, list[TollStatement]]:
    """Each toll statement ("the death toll rose to 15") with the record of the attack told last before it (or in
    its own sentence: "killed 12 people, bringing the toll to 15"), where that attack is told as done on a day."""
    out: dict[int, list[TollStatement]] = {}
    attacks = [i for i, (_, merged) in enumerate(folded)
               if merged.trigger.entry.event == "ASSAULT" and merged.factuality == "asserted" and merged.date is not None]
    for statement in toll_statements(doc):
        told_before = sorted((last, i) for i in attacks
                             if (last := _last_told_before(groups[i], statement)) is not None)
        if not told_before:
            continue
        told = [_told_attack(folded[i][1], groups[i], statement) for _, i in told_before]
        named = named_attack(doc, statement.names, told)
        out.setdefault(told_before[-1 if named is None else named][1], []).append(statement)
    return out


def _told_heads(group: tuple[EventMention, list[EventMention]], statement: TollStatement) -> list[int]:
    """The triggers of a record's mentions before the statement, except those of the event the statement names
    ("the toll from Tuesday's bombing": the bombing is the toll's words, not an attack told before it)."""
    named = statement.names
    return [m.trigger.head for m in (group[0], *group[1]) if m.trigger.head < statement.verb
            and (named is None or not named.start <= m.trigger.head < named.end)]


def _last_told_before(group: tuple[EventMention, list[EventMention]], statement: TollStatement) -> int | None:
    """The last trigger of a record's mentions before the statement, if any."""
    return max(_told_heads(group, statement), default=None)


def _told_attack(merged: EventMention, group: tuple[EventMention, list[EventMention]],
                 statement: TollStatement) -> ToldAttack:
    return ToldAttack(merged.date, merged.place, tuple(_told_heads(group, statement)))


def _statement_mention(doc: Doc, sentences: _Sentences, statement: TollStatement) -> Mention:
    sentence, span = sentences.quote(statement.verb)
    verb = doc[statement.verb]
    return Mention(text=sentence, span=span, trigger=verb.text, trigger_span=(verb.idx, verb.idx + len(verb)))


def _other_mentions(doc: Doc, sentences: _Sentences, event: Event, group: list[EventMention]) -> tuple[Mention, ...]:
    """Provenance: every mention folded into ``event`` except the one it quotes, in article order, each once
    (two triggers of one sentence are two mentions; the same trigger told twice is one)."""
    own = Mention(text=event.text, span=event.span, trigger=event.trigger, trigger_span=event.trigger_span)
    told = {_mention(doc, sentences, m) for m in group} - {own}
    return tuple(sorted(told, key=lambda m: (m.span, m.trigger_span or m.span)))


def _mention(doc: Doc, sentences: _Sentences, mention: EventMention) -> Mention:
    sentence, span = sentences.quote(mention.trigger.head)
    trigger, trigger_span = _trigger_text(doc, mention)
    return Mention(text=sentence, span=span, trigger=trigger, trigger_span=trigger_span)


def _named_later(folded: list[tuple[EventMention, EventMention]]) -> dict[tuple[int, int], tuple[Actor, ...]]:
    """"a raid against an Iran-aligned militia" ... "in the raid, police arrested members of Kataib Hezbollah":
    once merging names a party the first mention left unnamed, that mention (by its place in the text)
    is that party wherever else it appears ("a militia that has carried out 35 attacks")."""
    named: dict[tuple[int, int], tuple[Actor, ...]] = {}
    for primary, merged in folded:
        for before, after in ((primary.actor, merged.actor), (primary.recipient, merged.recipient)):
            replaced = not {a.span for a in before} & {a.span for a in after}  # replaced, not added to
            if after is not before and before and replaced and not any(a.id for a in before):
                named.update((a.span, after) for a in before if a.span is not None)
    return named


def _renamed(actors: tuple[Actor, ...], named: dict[tuple[int, int], tuple[Actor, ...]]) -> tuple[Actor, ...]:
    if not named or not any(a.span in named for a in actors):
        return actors
    out: list[Actor] = []
    for actor in actors:
        for found in named.get(actor.span, (actor,)):
            if found.id is None or all(a.id != found.id for a in out):
                out.append(replace(found, text=actor.text, span=actor.span) if actor.span in named else found)
    return tuple(out)


def _by_event(mentions: list[EventMention]) -> list[tuple[EventMention, list[EventMention]]]:
    """Mentions grouped by the event they tell; the first mention that dates the event itself is the primary."""
    def root(i: int) -> int:
        seen = set()
        while mentions[i].link_to is not None and i not in seen:
            seen.add(i)
            i = mentions[i].link_to
        return i
    groups: dict[int, list[EventMention]] = {}
    for i, mention in enumerate(mentions):
        groups.setdefault(root(i), []).append(mention)
    out = []
    for group in sorted(groups.values(), key=lambda g: g[0].trigger.head):
        told = [m for m in group if not m.retelling] or group
        primary = next((m for m in told if m.date is not None), told[0])
        out.append((primary, [m for m in group if m is not primary]))
    return out


def _fold(doc: Doc, sentences: _Sentences, primary: EventMention, retellings: list[EventMention]) -> EventMention:
    merged = primary
    desk = _dateline_place(doc) if retellings else None
    sentence = sentences.start_of(primary.trigger.head)
    for other in retellings:
        same_sentence = sentences.start_of(other.trigger.head) == sentence
        # in one sentence ("killed X and wounded Y") the parties add up; across sentences the better naming wins
        pick = pick_doers = _union if same_sentence else _better_actors
        if other.coreferent:
            # a retelling adds words, not parties: its subject is often a weapon ("two guided bombs"), a pronoun
            # or the party's description, and its target a wider one ("a series of strikes on facilities used by
            # U.S. forces"), so the record keeps the parties of the mention it retells, unless the doers were only a
            # kind and the retelling names who ("gunmen" ... "JNIM claimed the attack")
            pick, pick_doers = _first, _named_over_kind
        if not same_sentence and _counts_other_victims(merged, other):
            pick = _first  # "forty assailants had been killed in the fighting": the doers' dead are no targets
        merged = replace(
            merged,
            trigger=_coded_trigger(merged, other, same_sentence=same_sentence),
            actor=pick_doers(merged.actor, other.actor), recipient=pick(merged.recipient, other.recipient),
            date=merged.date or other.date, place=_better_place(merged.place, other.place, desk=desk),
            confidence=max(merged.confidence, other.confidence))
    size = _record_size(doc, merged, [primary, *retellings])
    return merged if size == merged.size else replace(merged, size=size)  # most records keep their mention's size


def _counts_other_victims(merged: EventMention, other: EventMention) -> bool:
    """A later mention whose dead or wounded are not the record's targets: the doers' own ("forty assailants had been
    killed"), or another group ("a soldier was also killed in the fighting" in an attack on a hotel's guests)."""
    if not merged.recipient or (other.size.dead is None and other.size.injured is None):
        return False
    victims = victims_of(other.recipient, doers=merged.actor, targets=merged.recipient)
    return victims.side == "doers" or not same_victims(victims, victims_of(merged.recipient, doers=(), targets=()))


def _record_size(doc: Doc, merged: EventMention, group: list[EventMention]) -> Size:
    """The toll of the occasion the record tells, from its mentions of that occasion (``coreference.record_toll``:
    updates of one group's toll, sums of different victims); a mention of another day or kind folded in (a raid's
    arrests told later) only fills a count the occasion left open."""
    occasion = group[:1] + [m for m in group[1:] if _same_occasion(merged, m)]
    if any(has_toll(m.size) for m in occasion):
        size = record_toll(doc, occasion, doers=merged.actor, targets=merged.recipient)
    else:  # what ``record_toll`` makes of mentions telling no toll, without its reading of their clauses
        size = Size(count=next((m.size.count for m in occasion if m.size.count is not None), None))
    for other in group:
        if not any(other is m for m in occasion):
            size = _first_told(size, other.size)
    return size


def _coded_trigger(first: EventMention, second: EventMention, *, same_sentence: bool):
    """The trigger of the record: the first mention's, unless the act is coded as the part the second tells (a raid's
    arrests, the riot a march became), whether a later sentence retells it or the same sentence goes on with it
    ("protesters marched on parliament and clashed with police": ACLED codes one riot); then the record's trigger
    and sentence are that part's."""
    coded = coded_entry(first.trigger.entry, second.trigger.entry)
    if (second.coreferent or same_sentence) and coded is not first.trigger.entry:
        return second.trigger
    return first.trigger


def _same_occasion(first: EventMention, second: EventMention) -> bool:
    """A retelling of the same kind and day: its toll is the same act's, reported later (a running total across
    days carries a range of its own and never links)."""
    return first.trigger.entry.event == second.trigger.entry.event and first.date is not None \
        and first.date == second.date


def _first_told(first: Size, second: Size) -> Size:
    return Size(**{f: getattr(first, f) if getattr(first, f) is not None else getattr(second, f)
                   for f in ("dead", "injured", "arrested", "count")})


def _first(first: tuple[Actor, ...], second: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """The parties of the mention told first; a retelling fills them only where it left them open ("heavy fighting
    on Saturday" ... "army warplanes targeted RSF positions")."""
    return first or second


def _named_over_kind(first: tuple[Actor, ...], second: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """The parties of the mention retold, unless it left them open or told only their kind, and the retelling names
    a body (not a state by its name alone: "the U.S." in a retelling of a rocket attack is often its target's)."""
    if second and not any(map(_named_body, first)) and all(map(_named_body, second)):
        return second
    return first


def _named_body(actor: Actor) -> bool:
    """A party the text names ("JNIM", "the Group for the Support of Islam and Muslims"), not a kind whose country
    the knowledge base reads off the article ("guards", "gunmen") and not a state by its name alone."""
    return bool(actor.id) and actor.id != actor.country and bool(actor.text) \
        and not default_kb().reads_country(actor.text)


def _union(first: tuple[Actor, ...], second: tuple[Actor, ...]) -> tuple[Actor, ...]:
    seen = {(a.id or a.name) for a in first}
    return first + tuple(a for a in second if (a.id or a.name) not in seen)


def _better_actors(first: tuple[Actor, ...], second: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """The first mention's parties, unless it left them open or named only the country whose institution
    the later mention names ("Iraq launched a raid" ... "Iraq's Counter Terrorism Service arrested")."""
    if not first or (not any(a.id for a in first) and any(a.id for a in second)):
        return second
    countries_only = all(a.id is not None and a.id == a.country for a in first)
    institutions = second and all(a.id is not None for a in second)  # not "Russian party", a generic of the state
    if countries_only and institutions and {a.country for a in second} == {a.country for a in first}:
        return second
    return first


def _better_place(first: Place | None, second: Place | None, *, desk: Place | None = None) -> Place | None:
    """The more precise of two mentions' places; but a place in another country than the dateline's beats the
    dateline's city, whatever their precisions: "KAMPALA, Uganda - Congolese troops clashed with rebels in eastern
    Congo" told again in a sentence only the dateline places happened in Congo, not at the reporter's desk."""
    if first is None or second is None:
        return second if first is None else first
    if desk is not None and _at(first, desk) != _at(second, desk):
        own = first if _at(second, desk) else second
        if own.country is not None and own.country != desk.country:
            return own
        if own.span is not None and _only_the_desk(first if own is second else second, desk):
            return own  # "CUCUTA - ... in the province of Norte de Santander": the text's place, not the desk
    return second if (second.precision or 9) < (first.precision or 9) else first


def _only_the_desk(place: Place, desk: Place) -> bool:
    """The place is the dateline itself (its words), the coder's fallback, not a place the text names again."""
    return place.span is not None and place.span == desk.span


def _at(place: Place, other: Place) -> bool:
    return (place.name, place.lat, place.lon) == (other.name, other.lat, other.lon)


def _dateline_place(doc: Doc) -> Place | None:
    """The dateline's place, when the doc's places were read (a doc coded without the places component has none)."""
    if not Doc.has_extension("places"):
        return None
    dateline = dateline_of(doc)
    return dateline.place if dateline is not None else None


def _event(doc: Doc, sentences: _Sentences, doc_id: str, m: EventMention, event_id: str, link: str,
           contexts: tuple[str, ...]) -> Event:
    entry = m.trigger.entry
    sentence, span = sentences.quote(m.trigger.head)
    trigger, trigger_span = _trigger_text(doc, m)
    acled = acled_types(entry.event, entry.mode, recipient_sectors=[a.sector for a in m.recipient if a.sector],
                        cameo=entry.cameo, actor_sectors=[a.sector for a in m.actor if a.sector])
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
    demonym = kb.country_of(text) if len(span) == 1 else None  # "member of the Iranian ..." ends at "Iranian"
    for candidate in _name_variants(text):
        actor = kb.resolve(candidate, date=published) or (kb.get(demonym) if demonym else None)
        if actor is not None and actor.id is not None and not _only_country_word(candidate, actor):
            return Actor(text=text, name=actor.name, id=actor.id, country=actor.country, sector=actor.sector,
                         aliases=actor.aliases, span=(span.start_char, span.end_char))
    return Actor(text=text, name=_PARENS.sub("", text).strip(), span=(span.start_char, span.end_char))


def _only_country_word(text: str, actor: Actor) -> bool:
    """"key Iraqi institutions" is not Iraq: a country resolved from an adjective inside a longer phrase."""
    if actor.id != actor.country:
        return False
    bare = text.lower().removeprefix("the ").strip()
    if len(bare.split()) == 1:  # "Iranian" alone stands for the country
        return False
    return bare not in {actor.name.lower(), *(a.lower() for a in actor.aliases)}


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
