"""PLOVER gold-standard records (openeventdata/PLOVER, CC BY-SA 4.0): one hand-coded sentence per record.

The file uses PLOVER v0.5 categories; they are mapped to the 16 of PLOVER 2.0 before scoring. The
figures: category accuracy of the coder's main event per sentence, per-category P/R/F1 and their
macro-F1 over the 16 categories, actor/recipient country and sector accuracy, and tables that say where the
country figures are lost (no event, no party, a party with no country, a wrong one).
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
from .countries import (HIT, RESOLUTIONS, actor_countries, country_of_code, country_outcome, mention_kind,
                        outcome_table, resolution_kind)
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


# PLOVER sector codes (as in the actor knowledge base's schema; written out here, as scorers know only the
# model), and CAMEO's other names for some of them that the GSR uses.
_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG", "PTY", "REB", "INS", "SEP", "UAF", "OPP", "CRM",
                      "CVL", "NGO", "IGO", "BUS", "MED", "EDU", "REL", "REF", "HLH", "LAB", "AGR", "ELI", "MNC"})
_SECTOR_SYNONYMS = {"JRN": "MED", "CIV": "CVL"}


@dataclass(frozen=True, slots=True)
class GoldActor:
    text: str
    code: str | None
    sector: str | None

    @property
    def country(self) -> str | None:
        return country_of_code(self.code)

    @property
    def sector_code(self) -> str | None:
        """The PLOVER sector of the gold's sector field ("CVLtur" -> "CVL", "JRN" -> "MED"); None when it names
        none (a state, a religion such as "MOS", "***")."""
        head = (self.sector or "").strip().upper()[:3]
        head = _SECTOR_SYNONYMS.get(head, head)
        return head if head in _SECTORS else None


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
        "actor_sector_accuracy": _sector_accuracy(records, mains, side="actor"),
        "recipient_sector_accuracy": _sector_accuracy(records, mains, side="recipient"),
        "no_event": sum(1 for _, p in pairs if p == NONE), "failures": failures,
    }
    lines = [*render_scores(scores), "", "confusion (rows gold, columns the coder's main event):",
             *render_confusion(pairs, CATEGORIES)]
    for side in ("actor", "recipient"):
        lines += ["", *_country_breakdown(records, mains, side=side)]
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


_RIGHT, _WRONG = "gold category", "other/none"


def _country_breakdown(records: Sequence[GoldRecord], mains: Mapping[str, Event | None], *, side: str) -> list[str]:
    """Where the country figure of one side is lost: by the form of the gold mention, by the form and the
    resolution of the coder's mention, by whether the main event has the gold category, and, for the misses
    with an event, where the gold country went (the other side, the event's place)."""
    by_gold, by_coder, by_resolution, by_category, misses = [], [], [], [], Counter()
    for record in records:
        gold = record.actor_countries if side == "actor" else record.recipient_countries
        if not gold:
            continue
        event = mains[record.id]
        outcome = country_outcome(gold, event, side=side)
        parties = record.actors if side == "actor" else record.recipients
        by_gold.append((mention_kind(next(p.text for p in parties if p.country)), outcome))
        by_category.append((_RIGHT if event is not None and event.event == record.event else _WRONG, outcome))
        if event is None:
            continue
        coded = getattr(event, side)
        if coded:
            by_coder.append((mention_kind(coded[0].text), outcome))
            by_resolution.append((resolution_kind(coded[0]), outcome))
        if outcome != HIT:
            misses.update(_where_it_went(gold, event, side=side, outcome=outcome))
    return [f"{side} country by the gold mention's form:", *outcome_table(by_gold),
            f"{side} country by the coder's first {side}'s form:", *outcome_table(by_coder),
            f"{side} country by what the coder's first {side} resolved to:",
            *outcome_table(by_resolution, labels=RESOLUTIONS),
            f"{side} country by the main event's category:", *outcome_table(by_category, labels=(_RIGHT, _WRONG)),
            f"{side} country misses with an event: " + ", ".join(f"{k} {n}" for k, n in sorted(misses.items()))]


def _where_it_went(gold: set[str], event: Event, *, side: str, outcome: str) -> list[str]:
    other = actor_countries(event.recipient if side == "actor" else event.actor)
    place = event.event_loc.country if event.event_loc is not None else None
    found = actor_countries(getattr(event, side))
    out = [f"{outcome}: gold on the other side"] if other & gold else []
    if place in gold:
        out.append(f"{outcome}: gold is the place's")
    if place in found:
        out.append(f"{outcome}: coded is the place's")
    return out


def _sector_accuracy(records: Sequence[GoldRecord], mains: Mapping[str, Event | None], *, side: str) -> float:
    """Among sentences whose gold side names a sector, the share where the main event's side has one of them."""
    hits = total = 0
    for record in records:
        gold = {a.sector_code for a in (record.actors if side == "actor" else record.recipients)} - {None}
        if not gold:
            continue
        total += 1
        event = mains[record.id]
        hits += bool(event is not None and {a.sector for a in getattr(event, side)} & gold)
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
