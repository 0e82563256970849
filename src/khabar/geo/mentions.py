"""Place mentions of a spaCy ``Doc``: recognised, resolved together, and turned into ``Place`` records."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from ..model import Place
from .gazetteer import Entry, Gazetteer
from .recognise import Recognised, dateline_chars, recognise
from .resolve import Toponym, focus_of, resolve

_NATIONALITY_LABELS = frozenset({"NORP"})


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A resolved place name: token span, its text and ``Place``. ``actor``: the name stands for a
    government or people ("the U.S. said"); ``dateline``: the name is the article's dateline."""

    start: int
    end: int
    text: str
    place: Place
    actor: bool = False
    dateline: bool = False


def place_of(entry: Entry, *, text: str, span: tuple[int, int] | None = None) -> Place:
    """The ``Place`` record of a gazetteer entry, with the precision its kind implies."""
    return Place(text=text, name=entry.name, geonameid=entry.geonameid, lat=entry.lat, lon=entry.lon,
                 admin1=entry.admin1, country=entry.country, precision=precision_of(entry),
                 feature=entry.feature, span=span)


def precision_of(entry: Entry) -> int:
    if entry.is_country or entry.is_admin1:
        return 3
    return 2 if entry.feature == "RGN" else 1


def find_places(doc: Doc, gazetteer: Gazetteer, *,
                text: str | None = None) -> tuple[list[PlaceMention], tuple[str, ...]]:
    """Every resolved place mention of the doc, and its country focus (ISO3, most frequent first). ``text``:
    ``doc.text`` when the caller has it already (joining the words again costs more than most of the rest)."""
    text = doc.text if text is None else text
    opening = text[:_opening_end(doc)]  # a dateline opens the text: no need to read further
    dateline = dateline_chars(opening)
    ents = doc.ents  # read once: each reading makes every entity's span again
    found = _with_dateline(doc, recognise(doc, gazetteer, ents=ents), dateline, opening)
    demonyms = _demonym_countries(ents, gazetteer)
    toponyms = [_toponym(doc, r, text) for r in found]
    entries = resolve(text, toponyms, gazetteer=gazetteer, focus=demonyms, given=False)
    mentions = [_mention(r, t, e, dateline) for r, t, e in zip(found, toponyms, entries) if e is not None]
    if not _dateline_counts(mentions):
        entries = [None if dateline is not None and t.start == dateline[0] else e for t, e in zip(toponyms, entries)]
    return mentions, focus_of(entries, demonyms)


def _opening_end(doc: Doc) -> int:
    """The character end of the doc's first 60 words (``doc[:60].text`` is the text up to it)."""
    if not len(doc):
        return 0
    last = doc[min(len(doc), 60) - 1]
    return last.idx + len(last)


def _toponym(doc: Doc, found: Recognised, text: str) -> Toponym:
    start, last = doc[found.start].idx, doc[found.end - 1]
    end = last.idx + len(last)
    return Toponym(start, end, text[start:end])


def _dateline_counts(mentions: list[PlaceMention]) -> bool:
    """A dateline says where the reporter was: it tells the article's focus only when the places of the
    text (not names standing for governments) lie in its country, or when the text names no place. A
    report datelined LONDON about a strike in Kramatorsk is about Ukraine."""
    dateline = next((m for m in mentions if m.dateline), None)
    if dateline is None:
        return True
    places = {m.place.country for m in mentions if not m.dateline and not m.actor and m.place.country}
    return not places or dateline.place.country in places


def _mention(found: Recognised, toponym: Toponym, entry: Entry, dateline: tuple[int, int] | None) -> PlaceMention:
    is_dateline = dateline is not None and toponym.start == dateline[0]
    place = place_of(entry, text=toponym.text, span=(toponym.start, toponym.end))
    return PlaceMention(found.start, found.end, toponym.text, place, actor=found.actor and not is_dateline,
                        dateline=is_dateline)


def _with_dateline(doc: Doc, found: list[Recognised], chars: tuple[int, int] | None,
                   opening: str) -> list[Recognised]:
    """Add the dateline place (``chars``, found in the ``opening`` text) when NER missed it ("KIRKUK —" in
    capitals often goes untagged)."""
    if chars is None or any(doc[r.start].idx == chars[0] for r in found):
        return found
    for end in dict.fromkeys((chars[1], _city_end(opening, chars))):  # "MOSUL, Iraq": the city alone when
        span = doc.char_span(chars[0], end, alignment_mode="expand")  # NER already took "Iraq"
        if span is not None and not any(r.start < span.end and span.start < r.end for r in found):
            return [Recognised(span.start, span.end, False), *found]
    return found


def _city_end(opening: str, chars: tuple[int, int]) -> int:
    comma = opening.find(",", chars[0], chars[1])
    return comma if comma > 0 else chars[1]


def _demonym_countries(ents: Sequence[Span], gazetteer: Gazetteer) -> Sequence[str]:
    """Nationality words ("Iraqi forces") are not places, but they say which country a text is about."""
    out = []
    for ent in ents:
        if ent.label_ in _NATIONALITY_LABELS:
            code = gazetteer.demonym(ent.text)
            if code:
                out.append(code)
    return out
