"""PLOVER gold-standard records (openeventdata/PLOVER, CC BY-SA 4.0): one hand-coded sentence per record.

The file uses PLOVER v0.5 categories; they are mapped to the 16 of PLOVER 2.0 before scoring. The
figures: category accuracy of the coder's main event per sentence, per-category P/R/F1 and their
macro-F1 over the 16 categories, and actor/recipient country accuracy.
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..model import Event
from ..ontology import CATEGORIES
from .coder import Sentence, code_sentences, main_event, miss_reasons, render_reasons
from .countries import actor_countries, country_of_code
from .metrics import NONE, accuracy, macro_f1, ratio, render_confusion, render_scores, scores_by_label
from .report import Report, skipped

NAME = "plover-gsr"
PATH = Path("benchmarks/plover-gsr/PLOVER_GSR_CAMEO.txt")

# PLOVER v0.5 names that PLOVER 2.0 merged or renamed (with the mode the old name implies).
V05_TO_V2 = {"DEMAND": ("REQUEST", None), "DISAPPROVE": ("ACCUSE", "disapprove"),
             "INVESTIGATE": ("ACCUSE", "investigate"), "FIGHT": ("ASSAULT", None)}
# v0.5 (category, mode) pairs that PLOVER 2.0 files elsewhere: destroying property is ASSAULT in 2.0 (CAMEO 1712
# in the CAMEO -> PLOVER crosswalk), no longer COERCE.
V05_MODES_TO_V2 = {("COERCE", "destroy"): ("ASSAULT", "destroy")}


@dataclass(frozen=True, slots=True)
class GoldActor:
    text: str
    code: str | None
    sector: str | None

    @property
    def country(self) -> str | None:
        return country_of_code(self.code)


@dataclass(frozen=True, slots=True)
class GoldRecord:
    id: str
    text: str
    event: str  # PLOVER 2.0 category
    mode: str | None
    actors: tuple[GoldActor, ...]
    recipients: tuple[GoldActor, ...]

    @property
    def actor_countries(self) -> set[str]:
        return {a.country for a in self.actors if a.country}

    @property
    def recipient_countries(self) -> set[str]:
        return {a.country for a in self.recipients if a.country}


def to_v2(event: str, mode: str | None) -> tuple[str, str | None]:
    if (event, mode) in V05_MODES_TO_V2:
        return V05_MODES_TO_V2[(event, mode)]
    new, implied = V05_TO_V2.get(event, (event, None))
    return new, implied or mode or None


def _actors(value: object) -> tuple[GoldActor, ...]:
    # The file writes "no recipient" as a missing key, null or an empty string.
    if not isinstance(value, list):
        return ()
    return tuple(GoldActor(text=a.get("actorText") or "", code=a.get("code") or None, sector=a.get("sector") or None)
                 for a in value if isinstance(a, dict))


def parse(path: Path) -> list[GoldRecord]:
    """Gold records of the file, documentation records left out."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(str(path), f"not a readable PLOVER GSR JSON file ({exc})") from exc
    records = []
    for item in raw:
        event, mode = to_v2(item.get("event", ""), item.get("mode"))
        if event in CATEGORIES and item.get("text"):
            records.append(GoldRecord(id=item["id"], text=" ".join(item["text"].split()), event=event, mode=mode,
                                      actors=_actors(item.get("source")), recipients=_actors(item.get("target"))))
    return records


def score(records: Sequence[GoldRecord], predicted: Mapping[str, Sequence[Event]], *, failures: int = 0,
          reasons: Counter[tuple[str, str]] | None = None) -> Report:
    """``reasons``: why the sentences with no event got none (``coder.miss_reasons``), shown when given."""
    mains = {r.id: main_event(predicted.get(r.id, ())) for r in records}
    pairs = [(r.event, mains[r.id].event if mains[r.id] else NONE) for r in records]
    scores = scores_by_label(pairs, CATEGORIES)
    summary = {
        "sentences": len(records), "category_accuracy": accuracy(pairs),
        "macro_f1": macro_f1(scores, labels=CATEGORIES),
        "any_event_accuracy": _any_accuracy(records, predicted),
        "actor_country_accuracy": _country_accuracy(records, mains, side="actor"),
        "recipient_country_accuracy": _country_accuracy(records, mains, side="recipient"),
        "no_event": sum(1 for _, p in pairs if p == NONE), "failures": failures,
    }
    lines = [*render_scores(scores), "", "confusion (rows gold, columns the coder's main event):",
             *render_confusion(pairs, CATEGORIES)]
    if reasons:
        lines += ["", "why sentences got no event (gold category's furthest stage):", *render_reasons(reasons)]
    return Report(name=NAME, source=str(PATH), summary=summary, lines=tuple(lines))


def _any_accuracy(records: Sequence[GoldRecord], predicted: Mapping[str, Sequence[Event]]) -> float:
    """Share of sentences where any event the coder found (of any factuality) has the gold category."""
    return ratio(sum(1 for r in records if r.event in {e.event for e in predicted.get(r.id, ())}), len(records))


def _country_accuracy(records: Sequence[GoldRecord], mains: Mapping[str, Event | None], *, side: str) -> float:
    """Among sentences whose gold side names a country, the share where the main event names one of them."""
    hits = total = 0
    for record in records:
        gold = record.actor_countries if side == "actor" else record.recipient_countries
        if not gold:
            continue
        total += 1
        event = mains[record.id]
        found = actor_countries(getattr(event, side)) if event else set()
        hits += bool(found & gold)
    return ratio(hits, total)


def run(root: Path) -> Report:
    path = root / PATH
    if not path.is_file():
        return skipped(NAME, path)
    records = parse(path)
    sentences = [Sentence(id=r.id, text=r.text) for r in records]
    coded = code_sentences(sentences)
    misses = [(s, r.event) for s, r in zip(sentences, records) if not coded.of(r.id)]
    return score(records, coded.events, failures=len(coded.failures), reasons=miss_reasons(misses))
