"""WikiEvents (raspberryice/gen-arg, MIT): KAIROS-typed event triggers and argument roles in news documents.

KAIROS types with a PLOVER counterpart are mapped to it; the rest are not scored. A coder event
matches a gold mention when the categories agree and the trigger spans overlap. Arguments are
scored on matched events: attacker-like roles against the event's actors, target/victim-like roles
against its recipients, Place against its location. Precision counts only coder events in the
categories the mapping can produce, since WikiEvents annotates no other kind.
"""
from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..model import Event
from .coder import Sentence, code_sentences
from .metrics import Scores, fmt, render_scores
from .report import Report, skipped

NAME = "wikievents"
PATH = Path("benchmarks/wikievents/dev.jsonl")

# KAIROS type prefix -> PLOVER category; the longest matching prefix wins.
KAIROS_TO_PLOVER = {
    "Conflict.Attack": "ASSAULT", "Conflict.Demonstrate": "PROTEST", "Contact.ThreatenCoerce": "THREATEN",
    "Contact.RequestCommand": "REQUEST", "Contact.Contact.Meet": "CONSULT",
    "Justice.ArrestJailDetain": "COERCE", "Justice.ChargeIndict": "COERCE",  # CAMEO 173: arrest, detain or charge
    "Justice.InvestigateCrime": "ACCUSE", "Justice.Convict": "SANCTION", "Justice.ReleaseParole": "RETREAT",
}
# A death or injury that someone caused is an assault in PLOVER; one without a stated agent is not coded.
AGENT_CAUSED = {"Life.Die": ("ASSAULT", "Killer"), "Life.Injure": ("ASSAULT", "Injurer")}

ROLE_SIDES = {
    "actor": frozenset({"Attacker", "Killer", "Injurer", "Demonstrator", "Jailer", "Communicator", "Investigator"}),
    "recipient": frozenset({"Target", "Victim", "Detainee", "Recipient", "Defendant"}),
    "location": frozenset({"Place"}),
}
SCORED_CATEGORIES = frozenset({*KAIROS_TO_PLOVER.values(), *(c for c, _ in AGENT_CAUSED.values())})


@dataclass(frozen=True, slots=True)
class Argument:
    role: str
    text: str
    span: tuple[int, int]  # characters in the rebuilt document text


@dataclass(frozen=True, slots=True)
class GoldMention:
    kairos: str
    event: str  # PLOVER category
    trigger: str
    span: tuple[int, int]
    arguments: tuple[Argument, ...]


@dataclass(frozen=True, slots=True)
class GoldDocument:
    id: str
    text: str  # sentences one per line, so each sentence stays whole
    mentions: tuple[GoldMention, ...]  # mapped mentions only
    unmapped: int


def plover_of(kairos: str, roles: Sequence[str] = ()) -> str | None:
    for prefix, (category, agent) in AGENT_CAUSED.items():
        if kairos.startswith(prefix):
            return category if agent in roles else None
    matches = [p for p in KAIROS_TO_PLOVER if kairos == p or kairos.startswith(p + ".")]
    return KAIROS_TO_PLOVER[max(matches, key=len)] if matches else None


def _layout(raw: dict) -> tuple[str, list[tuple[int, int]]]:
    """The document text with one sentence a line, and each token's character span in it."""
    parts, spans, at = [], [], 0
    for tokens, text in raw["sentences"]:
        base = tokens[0][1]
        spans.extend((at + start - base, at + end - base) for _, start, end in tokens)
        parts.append(text)
        at += len(text) + 1
    return "\n".join(parts), spans


def _document(raw: dict) -> GoldDocument:
    text, spans = _layout(raw)
    entities = {e["id"]: e for e in raw["entity_mentions"]}
    mentions, unmapped = [], 0
    for m in raw["event_mentions"]:
        roles = [a["role"] for a in m["arguments"]]
        category = plover_of(m["event_type"], roles)
        if category is None:
            unmapped += 1
            continue
        args = tuple(Argument(a["role"], a["text"], _span(spans, entities[a["entity_id"]]))
                     for a in m["arguments"] if a["entity_id"] in entities)
        mentions.append(GoldMention(m["event_type"], category, m["trigger"]["text"], _span(spans, m["trigger"]), args))
    return GoldDocument(raw["doc_id"], text, tuple(mentions), unmapped)


def _span(spans: list[tuple[int, int]], item: dict) -> tuple[int, int]:
    return spans[item["start"]][0], spans[item["end"] - 1][1]


def parse(path: Path) -> list[GoldDocument]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
        return [_document(json.loads(line)) for line in lines if line.strip()]
    except (OSError, ValueError, KeyError, IndexError) as exc:
        raise InputError(str(path), f"not a readable WikiEvents JSONL file ({exc})") from exc


def _overlaps(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def match(doc: GoldDocument, events: Sequence[Event]) -> list[tuple[GoldMention, Event]]:
    """One-to-one pairs of gold mentions and coder events of the same category with overlapping triggers."""
    pairs, used = [], set()
    for mention in doc.mentions:
        for i, event in enumerate(events):
            if i not in used and event.event == mention.event and _overlaps(event.trigger_span, mention.span):
                pairs.append((mention, event))
                used.add(i)
                break
    return pairs


def _fills(argument: Argument, event: Event, side: str) -> bool:
    if side == "location":
        return event.event_loc is not None and _same_entity(argument, event.event_loc.span, event.event_loc.text)
    return any(_same_entity(argument, a.span, a.text) for a in getattr(event, side))


def _same_entity(argument: Argument, span: tuple[int, int] | None, text: str) -> bool:
    if span is not None:
        return _overlaps(argument.span, tuple(span))
    mine, theirs = text.lower(), argument.text.lower()
    return bool(mine) and (mine in theirs or theirs in mine)


def argument_scores(pairs: Sequence[tuple[GoldMention, Event]]) -> dict[str, Scores]:
    out = {side: Scores() for side in ROLE_SIDES}
    for mention, event in pairs:
        for side, roles in ROLE_SIDES.items():
            gold = [a for a in mention.arguments if a.role in roles]
            if side == "location" and not gold:
                continue  # WikiEvents leaves most places unannotated; a stated location is not an error there
            hits = sum(1 for a in gold if _fills(a, event, side))
            predicted = _predicted_count(event, side)
            out[side] += Scores(tp=hits, fp=max(predicted - hits, 0), fn=len(gold) - hits)
    return out


def _predicted_count(event: Event, side: str) -> int:
    if side == "location":
        return int(event.event_loc is not None)
    return len(getattr(event, side))


def score(docs: Sequence[GoldDocument], predicted: Mapping[str, Sequence[Event]], *, failures: int = 0) -> Report:
    per_category: dict[str, Scores] = {c: Scores() for c in sorted(SCORED_CATEGORIES)}
    pairs: list[tuple[GoldMention, Event]] = []
    for doc in docs:
        events = [e for e in predicted.get(doc.id, ()) if e.event in SCORED_CATEGORIES]
        found = match(doc, events)
        pairs.extend(found)
        for category in per_category:
            tp = sum(1 for m, _ in found if m.event == category)
            per_category[category] += Scores(tp=tp, fp=sum(1 for e in events if e.event == category) - tp,
                                             fn=sum(1 for m in doc.mentions if m.event == category) - tp)
    triggers = sum(per_category.values(), Scores())
    arguments = argument_scores(pairs)
    summary = {"documents": len(docs), "gold_mentions": triggers.support,
               "unmapped_mentions": sum(d.unmapped for d in docs), "trigger_f1": triggers.f1,
               "trigger_precision": triggers.precision, "trigger_recall": triggers.recall,
               **{f"{side}_f1": s.f1 for side, s in arguments.items()}, "failures": failures}
    lines = [*render_scores({c: s for c, s in per_category.items() if s.tp or s.fp or s.fn}),
             "", "arguments on matched events:", *render_scores(arguments, title="role"),
             f"triggers overall: precision={fmt(triggers.precision)} recall={fmt(triggers.recall)} f1={fmt(triggers.f1)}"]
    return Report(name=NAME, source=str(PATH), summary=summary, lines=tuple(lines))


def run(root: Path) -> Report:
    path = root / PATH
    if not path.is_file():
        return skipped(NAME, path)
    docs = parse(path)
    coded = code_sentences(Sentence(id=d.id, text=d.text) for d in docs)
    return score(docs, coded.events, failures=len(coded.failures))
