"""PETRARCH-2 validation sentences (openeventdata/UniversalPetrarch, MIT) scored at the PLOVER level.

Gold CAMEO codes go through our CAMEO → PLOVER crosswalk; a sentence's gold is the set of PLOVER
categories its codings give (symmetric dyads such as two "046" codings are one CONSULT event, as PLOVER
keeps compound actors together). ``noevents`` sentences have an empty gold set, so any event the coder
predicts there is a false positive. Actors are compared by the country part of CAMEO codes.

The coder's predictions are its asserted and its future events (``CODED_FACTUALITY``): CAMEO codes an announced
or scheduled act under the act's own code ("will visit Cairo next week" is a visit, 042), as PLOVER files it
under the act's category with a "future" context ("Members of the G-7 will meet in Ottawa next month", the
PLOVER manual's example). An act that may, must or did not happen has no CAMEO code of its own: what CAMEO
codes there is the speech act (a demand, a refusal), which the coder tells as an asserted event. The figure
with asserted events only is kept as ``event_f1_asserted_only``.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..model import Event
from ..ontology import CATEGORIES, cameo_to_plover
from .coder import Sentence, asserted, code_sentences, false_event_shapes, miss_reasons, render_reasons
from .countries import actor_countries, country_of_code
from .metrics import Scores, fmt, macro_f1, ranked, ratio, render_scores, set_scores
from .report import Report, skipped

NAME = "petrarch2-gsr"
PATH = Path("benchmarks/petrarch2-gsr/PETR2_GSR_validation.xml")

# The file is XML-like but not well-formed (a "#" comment banner, raw text), so it is read by pattern.
_SENTENCE = re.compile(r"<Sentence\b([^>]*)>(.*?)(?=<Sentence\b|</Sentences>|\Z)", re.S)
_CODING = re.compile(r"<EventCoding\b([^>]*)/?>")
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True, slots=True)
class Coding:
    cameo: str
    source: str | None
    target: str | None

    @property
    def plover(self) -> str | None:
        found = cameo_to_plover(self.cameo)
        return found[0] if found else None


@dataclass(frozen=True, slots=True)
class GoldSentence:
    id: str
    text: str
    date: dt.date | None
    codings: tuple[Coding, ...]  # empty for a noevents sentence

    @property
    def categories(self) -> set[str]:
        return {c.plover for c in self.codings if c.plover}


def _date(value: str) -> dt.date | None:
    try:
        return dt.datetime.strptime(value, "%Y%m%d").date()
    except ValueError:
        return None  # some records carry malformed dates ("121108")


def _sentence(attrs: dict[str, str], body: str) -> GoldSentence | None:
    text = _TEXT.search(body)
    if text is None or attrs.get("evaluate", "true").lower() != "true":
        return None
    codings = []
    for match in _CODING.finditer(body):
        coding = dict(_ATTR.findall(match.group(1)))
        if "eventcode" in coding:
            codings.append(Coding(coding["eventcode"], coding.get("sourcecode"), coding.get("targetcode")))
    return GoldSentence(id=attrs.get("id", ""), text=" ".join(text.group(1).split()),
                        date=_date(attrs.get("date", "")), codings=tuple(codings))


def parse(path: Path) -> list[GoldSentence]:
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(str(path), f"cannot read the PETRARCH-2 validation file ({exc})") from exc
    found = (_sentence(dict(_ATTR.findall(m.group(1))), m.group(2)) for m in _SENTENCE.finditer(raw))
    return [s for s in found if s is not None]


# The factuality of the events CAMEO codes: told as having happened, or as announced for the future.
CODED_FACTUALITY = frozenset({"asserted", "future"})


def coded(events: Iterable[Event], *, only_asserted: bool = False) -> list[Event]:
    """The events a CAMEO coding of the same sentence would have (``CODED_FACTUALITY``)."""
    return asserted(events) if only_asserted else [e for e in events if e.factuality in CODED_FACTUALITY]


def units(sentences: Sequence[GoldSentence], predicted: Mapping[str, Sequence[Event]], *,
          only_asserted: bool = False) -> tuple[set, set]:
    """(gold, predicted) sets of (sentence id, PLOVER category); predictions are the ``coded`` events."""
    gold = {(s.id, c) for s in sentences for c in s.categories}
    found = {(s.id, e.event) for s in sentences for e in coded(predicted.get(s.id, ()), only_asserted=only_asserted)}
    return gold, found


def score(sentences: Sequence[GoldSentence], predicted: Mapping[str, Sequence[Event]], *, failures: int = 0,
          reasons: Counter[tuple[str, str]] | None = None, shapes: Counter[tuple[str, str]] | None = None) -> Report:
    """``reasons``: why the missed gold events got no predicted event (``coder.miss_reasons``); ``shapes``: how
    the false events' triggers sit in their sentences (``coder.false_event_shapes``); each shown when given."""
    gold, found = units(sentences, predicted)
    overall = set_scores(gold, found)
    per_category = {c: set_scores({u for u in gold if u[1] == c}, {u for u in found if u[1] == c}) for c in CATEGORIES}
    per_category = {c: s for c, s in per_category.items() if s.tp or s.fp or s.fn}
    empty = [s for s in sentences if not s.categories]
    summary = {
        "sentences": len(sentences), "codings": sum(len(s.codings) for s in sentences),
        "event_f1": overall.f1, "precision": overall.precision, "recall": overall.recall,
        "event_f1_asserted_only": set_scores(*units(sentences, predicted, only_asserted=True)).f1,
        "macro_f1": macro_f1(per_category), "no_event_sentences": len(empty),
        "no_event_false_positives": sum(1 for sid, _ in found if sid in {s.id for s in empty}),
        **_actor_summary(sentences, predicted, gold & found), "failures": failures,
    }
    lines = [*render_scores(per_category), f"overall: {_line(overall)}"]
    lines += ["missed gold category -> categories coded in its sentence instead:",
              *_render_instead(sentences, predicted, gold - found)]
    if reasons:
        lines += ["why gold events got no coded event of their category:", *render_reasons(reasons)]
    if shapes:
        lines += ["false events by trigger shape (clause dependency):", *render_reasons(shapes)]
    return Report(name=NAME, source=str(PATH), summary=summary, lines=tuple(lines))


def _render_instead(sentences: Sequence[GoldSentence], predicted: Mapping[str, Sequence[Event]],
                    missed: set[tuple[str, str]]) -> list[str]:
    """Counts of (missed gold category, categories the coder gave that sentence): where recall went."""
    counts: Counter[tuple[str, str]] = Counter()
    for sid, category in missed:
        found = sorted({e.event for e in coded(predicted.get(sid, ()))})
        counts[(category, "+".join(found) or "nothing")] += 1
    return [f"  {n:4d}  {gold} -> {instead}" for (gold, instead), n in ranked(counts)]


def _line(s: Scores) -> str:
    return f"tp={s.tp} fp={s.fp} fn={s.fn} precision={fmt(s.precision)} recall={fmt(s.recall)} f1={fmt(s.f1)}"


def _actor_summary(sentences: Sequence[GoldSentence], predicted: Mapping[str, Sequence[Event]],
                   matched: set[tuple[str, str]]) -> dict[str, float]:
    """On matched events: does the coder's actor (recipient) share a country with a gold source (target)?"""
    by_id = {s.id: s for s in sentences}
    counts = {"source": [0, 0], "target": [0, 0]}
    for sid, category in matched:
        codings = [c for c in by_id[sid].codings if c.plover == category]
        events = [e for e in coded(predicted.get(sid, ())) if e.event == category]
        for side, attr in (("source", "actor"), ("target", "recipient")):
            gold = {country_of_code(getattr(c, side)) for c in codings} - {None}
            if gold:
                counts[side][1] += 1
                counts[side][0] += any(actor_countries(getattr(e, attr)) & gold for e in events)
    return {"source_country_accuracy": ratio(*counts["source"]), "target_country_accuracy": ratio(*counts["target"]),
            "actor_comparisons": counts["source"][1] + counts["target"][1]}


def run(root: Path) -> Report:
    path = root / PATH
    if not path.is_file():
        return skipped(NAME, path)
    sentences = parse(path)
    inputs = {s.id: Sentence(id=s.id, text=s.text, published=s.date) for s in sentences}
    coded = code_sentences(inputs.values())
    gold, found = units(sentences, coded.events)
    misses = [(inputs[sid], category) for sid, category in sorted(gold - found)]
    false = [(inputs[sid], category) for sid, category in sorted(found - gold)]
    return score(sentences, coded.events, failures=len(coded.failures), reasons=miss_reasons(misses),
                 shapes=false_event_shapes(false, factualities=CODED_FACTUALITY))
