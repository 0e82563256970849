"""Component ``khabar_dates_v1``: find the date expressions of a doc and resolve them, each against the
publication date (or the day a dateline before it says the story was filed) and the day told before it that
anchored phrases count from (``anchor``), a yearless day in the year the story is telling (``story_year``), and set
``doc._.dates``. A dateline's own date dates no event and is left out.
"""
from __future__ import annotations

import datetime as dt

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..text import span_text
from .anchor import Anchor
from .dash_trim import trim_dates_past_dashes
from .filed import filing_reference, in_filed_dateline
from .future import _looks_ahead
from .resolve import resolve_date
from .spans import _candidate_spans
from .story_year import StoryYear
from .values import DateMention, DateValue


class DateFinder:
    def __call__(self, doc: Doc) -> Doc:
        published = doc._.published if Doc.has_extension("published") else None
        trim_dates_past_dashes(doc)
        mentions: list[DateMention] = []
        anchor = Anchor()
        story = StoryYear()
        reference = published
        for span in _candidate_spans(doc):
            text = span_text(span)
            if in_filed_dateline(span):
                reference = filing_reference(resolve_date(text, published), published)
                continue
            counted_from = anchor.for_phrase(span)
            ahead = _looks_ahead(span)
            value = resolve_date(text, reference, anchor=counted_from, ahead=ahead)
            if value is None and anchor.value is None:
                value = _night_before_filing(span, reference)
            if value is None:
                continue
            value = story.place(span, value, reference)
            story.told(span, value)
            mentions.append(DateMention(span.start, span.end, text, value))
            anchor.told(span, value, ahead=ahead)
        doc._.dates = mentions
        return doc


def _night_before_filing(span: Span, reference: dt.date | None) -> DateValue | None:
    """"A drone attack overnight killed three, the governor said on Friday": a bare "overnight" with no day told
    before it is the night that ended on the day the story was filed (an "overnight curfew" is no time)."""
    if reference is None or span_text(span).lower() != "overnight" or span[0].dep_ == "amod":
        return None
    return DateValue(reference, reference, "day")


@Language.factory("khabar_dates_v1", requires=["doc.ents", "token.tag"], assigns=["doc._.dates"])
def make_dates(nlp: Language, name: str) -> DateFinder:
    for ext in ("dates", "published"):
        if not Doc.has_extension(ext):
            Doc.set_extension(ext, default=None)
    return DateFinder()
