"""Component ``khabar_dates_v1``: find the date expressions of a doc and resolve them, each against the
publication date (or the day a dateline before it says the story was filed) and the last day-precise date
before it, and set ``doc._.dates``. A dateline's own date dates no event and is left out.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..text import span_text
from .filed import filing_reference, in_filed_dateline
from .future import _looks_ahead
from .resolve import resolve_date
from .spans import _candidate_spans
from .values import DateMention, DateValue


class DateFinder:
    def __call__(self, doc: Doc) -> Doc:
        published = doc._.published if Doc.has_extension("published") else None
        mentions: list[DateMention] = []
        anchor: DateValue | None = None
        reference = published
        for span in _candidate_spans(doc):
            text = span_text(span)
            if in_filed_dateline(span):
                reference = filing_reference(resolve_date(text, published), published)
                continue
            value = resolve_date(text, reference, anchor=anchor, ahead=_looks_ahead(span))
            if value is None:
                continue
            mentions.append(DateMention(span.start, span.end, text, value))
            anchor = value if value.precision == "day" else anchor
        doc._.dates = mentions
        return doc


@Language.factory("khabar_dates_v1", requires=["doc.ents", "token.tag"], assigns=["doc._.dates"])
def make_dates(nlp: Language, name: str) -> DateFinder:
    for ext in ("dates", "published"):
        if not Doc.has_extension(ext):
            Doc.set_extension(ext, default=None)
    return DateFinder()
