"""khabar's own held-out set (``data/heldout.csv``, shipped with the package): sentences written for evaluation only.

Each row is one sentence in the style of wire news and analysis about politics and political violence, hand-coded
from the PLOVER 2.0 definitions and the CAMEO -> PLOVER crosswalk without reference to the coder's rules:

    id, date (publication, YYYY-MM-DD), category (PLOVER 2.0, empty when the sentence reports no asserted event),
    mode (optional), factuality (``asserted`` for an event row; for a no-event row the factuality of the act it
    mentions, or empty for background and opinion), actor_country and recipient_country (ISO3, ``;`` between the
    parties of a compound side, empty when the side names no country), actor_sector and recipient_sector
    (optional PLOVER sector codes), text.

Where the PLOVER manual and the crosswalk disagree (declaring a ceasefire, apologising, convictions) the set has no
sentence, so every gold label has one reading. The set is for measuring only: never tune a rule on its sentences,
and never read which rows the coder gets wrong; read the aggregate figures.

The main event of a sentence is the coder's first asserted event (``coder.main_event`` over ``coder.asserted``):
unlike the PLOVER GSR, whose every sentence has an event, an event that is not asserted counts as no event here,
so a hypothetical or future act in a no-event row is right and the same act coded as asserted is a false event.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from ..errors import InputError
from ..model import FACTUALITY, Event
from ..ontology import CATEGORIES
from .coder import Sentence, asserted, code_sentences, main_event, miss_reasons, render_reasons
from .countries import HIT, country_outcome, outcome_table
from .metrics import NONE, accuracy, macro_f1, ratio, render_confusion, render_scores, scores_by_label
from .report import Report

NAME = "heldout"
SOURCE = "khabar/evaluate/data/heldout.csv"
COLUMNS = ("id", "date", "category", "mode", "factuality", "actor_country", "actor_sector", "recipient_country",
           "recipient_sector", "text")
BACKGROUND = "background"  # the kind of a no-event row that mentions no act at all (description, opinion)


@dataclass(frozen=True, slots=True)
class HeldoutRow:
    id: str
    published: dt.date
    text: str
    category: str | None  # None: no asserted event
    mode: str | None
    factuality: str | None
    actor_countries: frozenset[str]
    recipient_countries: frozenset[str]
    actor_sector: str | None
    recipient_sector: str | None

    @property
    def kind(self) -> str:
        """What a no-event row holds: the factuality of the act it mentions, or ``BACKGROUND``."""
        return self.factuality or BACKGROUND

    def countries(self, side: str) -> frozenset[str]:
        return self.actor_countries if side == "actor" else self.recipient_countries

    def sector(self, side: str) -> str | None:
        return self.actor_sector if side == "actor" else self.recipient_sector


def shipped_text() -> str:
    return resources.files("khabar.evaluate").joinpath("data/heldout.csv").read_text(encoding="utf-8")


def parse(path: Path | None = None) -> list[HeldoutRow]:
    """The rows of ``path`` (the shipped file by default); a malformed file raises ``InputError``."""
    source = str(path) if path is not None else SOURCE
    try:
        text = path.read_text(encoding="utf-8") if path is not None else shipped_text()
    except OSError as exc:
        raise InputError(source, f"cannot read the held-out set ({exc})") from exc
    reader = csv.DictReader(io.StringIO(text))
    missing = set(COLUMNS) - set(reader.fieldnames or ())
    if missing:
        raise InputError(source, f"missing column(s) {', '.join(sorted(missing))}: expected {', '.join(COLUMNS)}")
    return [_row(raw, source=f"{source} line {reader.line_num}") for raw in reader]


def _row(raw: dict[str, str], *, source: str) -> HeldoutRow:
    values = {k: (raw.get(k) or "").strip() for k in COLUMNS}
    category, factuality = values["category"] or None, values["factuality"] or None
    if category is not None and category not in CATEGORIES:
        raise InputError(source, f"unknown PLOVER category {category!r}: use one of {', '.join(CATEGORIES)}")
    if factuality is not None and factuality not in FACTUALITY:
        raise InputError(source, f"unknown factuality {factuality!r}: use one of {', '.join(FACTUALITY)}")
    return HeldoutRow(id=values["id"], published=_date(values["date"], source=source), text=values["text"],
                      category=category, mode=values["mode"] or None, factuality=factuality,
                      actor_countries=_countries(values["actor_country"]),
                      recipient_countries=_countries(values["recipient_country"]),
                      actor_sector=values["actor_sector"] or None, recipient_sector=values["recipient_sector"] or None)


def _date(value: str, *, source: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise InputError(source, f"date {value!r} is not YYYY-MM-DD") from exc


def _countries(value: str) -> frozenset[str]:
    return frozenset(code.strip().upper() for code in value.split(";") if code.strip())


def main_events(rows: Sequence[HeldoutRow], predicted: Mapping[str, Sequence[Event]]) -> dict[str, Event | None]:
    """Each row's main event: the coder's first asserted event, None when it asserted none."""
    return {r.id: main_event(asserted(predicted.get(r.id, ()))) for r in rows}


def score(rows: Sequence[HeldoutRow], predicted: Mapping[str, Sequence[Event]], *, failures: int = 0,
          reasons: Counter[tuple[str, str]] | None = None) -> Report:
    """``reasons``: why event rows got no asserted event (``coder.miss_reasons``), shown when given."""
    mains = main_events(rows, predicted)
    pairs = [(r.category or NONE, _label(mains[r.id])) for r in rows]
    events = [r for r in rows if r.category]
    empty = [r for r in rows if not r.category]
    scores = scores_by_label(pairs, CATEGORIES)
    summary = {
        "sentences": len(rows), "event_sentences": len(events), "no_event_sentences": len(empty),
        "category_accuracy": accuracy([(r.category, _label(mains[r.id])) for r in events]),
        "accuracy_with_no_event": accuracy(pairs), "macro_f1": macro_f1(scores, labels=CATEGORIES),
        "any_asserted_accuracy": _any_asserted_accuracy(events, predicted),
        **{f"{side}_country_accuracy": _country_accuracy(events, mains, side=side) for side in _SIDES},
        **{f"{side}_sector_accuracy": _sector_accuracy(events, mains, side=side) for side in _SIDES},
        **_false_events(empty, mains), "missed_events": sum(1 for r in events if mains[r.id] is None),
        "failures": failures,
    }
    lines = [*render_scores(scores), "", "confusion (rows gold, columns the coder's main asserted event; - none):",
             *render_confusion(pairs, CATEGORIES), "", "party countries of the main event (event sentences):",
             *outcome_table(_country_rows(events, mains), labels=_SIDES), "",
             "no-event sentences by kind: rows, with a false asserted event, with an event of the gold factuality:",
             *_render_kinds(empty, predicted)]
    if reasons:
        lines += ["", "why event sentences got no asserted event (gold category's furthest stage):",
                  *render_reasons(reasons)]
    return Report(name=NAME, source=SOURCE, summary=summary, lines=tuple(lines))


_SIDES = ("actor", "recipient")


def _false_events(empty: Sequence[HeldoutRow], mains: Mapping[str, Event | None]) -> dict[str, int | float]:
    """How many no-event sentences got an asserted event, and their share."""
    false = sum(1 for r in empty if mains[r.id] is not None)
    return {"no_event_false_events": false, "no_event_false_rate": ratio(false, len(empty))}


def _label(event: Event | None) -> str:
    return event.event if event is not None else NONE


def _any_asserted_accuracy(events: Sequence[HeldoutRow], predicted: Mapping[str, Sequence[Event]]) -> float:
    """Share of event sentences where any asserted event of the coder has the gold category."""
    hits = sum(1 for r in events if r.category in {e.event for e in asserted(predicted.get(r.id, ()))})
    return ratio(hits, len(events))


def _country_rows(events: Sequence[HeldoutRow], mains: Mapping[str, Event | None]) -> list[tuple[str, str]]:
    """(side, outcome) for every event sentence whose gold side names a country (``countries.OUTCOMES``)."""
    return [(side, country_outcome(set(r.countries(side)), mains[r.id], side=side))
            for side in _SIDES for r in events if r.countries(side)]


def _country_accuracy(events: Sequence[HeldoutRow], mains: Mapping[str, Event | None], *, side: str) -> float:
    """Among event sentences whose gold side names a country, the share where the main event names one of them."""
    outcomes = [outcome for s, outcome in _country_rows(events, mains) if s == side]
    return ratio(outcomes.count(HIT), len(outcomes))


def _sector_accuracy(events: Sequence[HeldoutRow], mains: Mapping[str, Event | None], *, side: str) -> float:
    """Among event sentences whose gold side has a sector, the share where the main event's side has it."""
    chosen = [r for r in events if r.sector(side)]
    hits = sum(1 for r in chosen if mains[r.id] is not None
               and r.sector(side) in {a.sector for a in getattr(mains[r.id], side)})
    return ratio(hits, len(chosen))


def _render_kinds(empty: Sequence[HeldoutRow], predicted: Mapping[str, Sequence[Event]]) -> list[str]:
    kinds = [k for k in (*FACTUALITY, BACKGROUND) if any(r.kind == k for r in empty)]
    lines = []
    for kind in kinds:
        chosen = [r for r in empty if r.kind == kind]
        false = sum(1 for r in chosen if asserted(predicted.get(r.id, ())))
        agreed = sum(1 for r in chosen if any(e.factuality == kind for e in predicted.get(r.id, ())))
        agreed_cell = f"{agreed:4d}" if kind != BACKGROUND else "   -"
        lines.append(f"  {kind:<13}{len(chosen):5d} {false:5d} {agreed_cell}")
    return lines


def run(root: Path) -> Report:
    """Score the coder on the shipped set; ``root`` is unused (the data ships with khabar), kept for ``RUNNERS``."""
    rows = parse()
    sentences = {r.id: Sentence(id=r.id, text=r.text, published=r.published) for r in rows}
    coded = code_sentences(sentences.values())
    mains = main_events(rows, coded.events)
    misses = [(sentences[r.id], r.category) for r in rows if r.category and mains[r.id] is None]
    return score(rows, coded.events, failures=len(coded.failures), reasons=miss_reasons(misses))
