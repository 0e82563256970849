"""Running khabar's coder on benchmark sentences, through the public Python API.

Each sentence is coded as a one-sentence article whose id is the benchmark's own sentence id, so
the events come back grouped by sentence. The coder is imported lazily: parsing and scoring work
without it.

``miss_reasons`` says, in aggregate, why gold events got no predicted event: it codes the sentences
again and reads which stage stopped the gold category (no lexicon word, a word whose constraints or
trigger rules failed, a trigger the event assembler dropped, or an event that is not asserted).
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from ..model import Article, Event, Failure
from .metrics import ranked


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
    order = sorted(enumerate(events), key=lambda ie: (ie[1].factuality != "asserted", -ie[1].confidence, ie[0]))
    return order[0][1] if order else None


# Why a gold event got no predicted event, from the furthest stage the coder reached.
NOT_ASSERTED = "event of the category, not asserted"
OTHER_CATEGORY = "events of other categories only"
NO_WORD = "no trigger: no lexicon word at all"
OTHER_WORD = "no trigger: lexicon words of other categories only"
RULE = "no trigger: a word of the category, matched, rejected by a trigger rule"
CONSTRAINT = "no trigger: a word of the category, constraints unmet"
DROPPED = "trigger of the category dropped: "
DROPPED_OTHER = "trigger of another category dropped: "


def miss_reasons(misses: Iterable[tuple[Sentence, str]]) -> Counter[tuple[str, str]]:
    """Counts of (reason, gold category) over the (sentence, gold category) pairs the coder missed."""
    misses = list(misses)
    if not misses:
        return Counter()
    nlp = _pipeline()
    docs = nlp.pipe(_doc(nlp, sentence) for sentence, _ in misses)
    return Counter((miss_reason(doc, category), category) for doc, (_, category) in zip(docs, misses))


def miss_reason(doc, category: str) -> str:
    """The furthest stage a coded ``doc`` reached towards an event of ``category``."""
    mentions = doc._.events or []
    if any(m.trigger.entry.event == category for m in mentions):
        return NOT_ASSERTED
    if mentions:
        return OTHER_CATEGORY
    dropped = sorted(doc._.dropped or [], key=lambda d: d.trigger.entry.event != category)
    if dropped:
        return (DROPPED if dropped[0].trigger.entry.event == category else DROPPED_OTHER) + dropped[0].reason
    return _word_reason(doc, category)


def _word_reason(doc, category: str) -> str:
    from ..nlp.lexicon import load_lexicon

    lexicon = load_lexicon()
    found = NO_WORD
    for token in (t for t in doc if t.pos_ in ("VERB", "NOUN")):
        entries = lexicon.entries(token.lemma_.lower(), token.pos_)
        rejected = _rejection(token, entries, category, lexicon)
        if rejected is not None:
            return rejected
        if any(e.event == category for e in entries):
            found = CONSTRAINT
        elif entries and found == NO_WORD:
            found = OTHER_WORD
    return found


def _rejection(token, entries, category: str, lexicon) -> str | None:
    """For a word whose entry of ``category`` matches: the trigger rule that kept it from being a trigger."""
    from ..nlp.triggers import match_entry, noun_veto, verb_veto

    own = match_entry(token, tuple(e for e in entries if e.event == category))
    if own is None:
        return None
    first = match_entry(token, entries)
    if first is not None and first.event != category:
        return f"{RULE}: another sense of the word matched first"
    if token.pos_ == "VERB":
        veto = verb_veto(token, lexicon)
    else:
        veto = "noun in a compound" if token.dep_ == "compound" else noun_veto(token, own, lexicon)
    return f"{RULE}: {veto or 'other'}"


def false_event_shapes(false_events: Iterable[tuple[Sentence, str]], *,
                       factualities: frozenset[str] = frozenset({"asserted"})) -> Counter[tuple[str, str]]:
    """Counts of (shape, category) over the events (of ``factualities``) the coder gave that gold does not have.
    The shape says how the trigger sits in its sentence: nominal or verbal, and the dependency of the clause
    that carries it ("verbal ROOT", "nominal pobj", "verbal relcl" ...)."""
    false_events = list(false_events)
    if not false_events:
        return Counter()
    nlp = _pipeline()
    docs = nlp.pipe(_doc(nlp, sentence) for sentence, _ in false_events)
    out: Counter[tuple[str, str]] = Counter()
    for doc, (_, category) in zip(docs, false_events):
        for mention in doc._.events or []:
            if mention.trigger.entry.event == category and mention.factuality in factualities:
                kind = "nominal" if mention.trigger.nominal else "verbal"
                out[(f"{kind} {doc[mention.trigger.governor].dep_}", category)] += 1
    return out


@cache
def _pipeline():
    from ..nlp.pipeline import build_pipeline
    from ..settings import Settings

    return build_pipeline(Settings().model)


def _doc(nlp, sentence: Sentence):
    doc = nlp.make_doc(sentence.text)
    doc._.published = sentence.published
    doc._.doc_id = sentence.id
    return doc


def render_reasons(reasons: Counter[tuple[str, str]]) -> list[str]:
    """Report lines: one reason per line, most frequent first, with the gold categories it struck."""
    totals: Counter[str] = Counter()
    for (reason, _), count in reasons.items():
        totals[reason] += count
    lines = []
    for reason, count in ranked(totals):
        by_category = ranked(Counter({c: n for (r, c), n in reasons.items() if r == reason}))
        lines.append(f"  {count:4d}  {reason} ({', '.join(f'{c} {n}' for c, n in by_category)})")
    return lines
