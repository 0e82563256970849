"""The date a wire story was filed, read off its dateline ("DUBAI, Jan 17 (Reuters) -").

A dateline's date is when the story was written, so it dates no event of the story; and the story's own
"on Friday", "yesterday" or "last week" count from it (news convention: "on Friday" in a story filed on
Wednesday 17 January is Friday 12 January), even when the article's publication date is a later one
(a re-post, a crawl, an archive).
"""
from __future__ import annotations

import datetime as dt

from spacy.tokens import Span

from ..datelines import dateline_dash, in_dateline
from .values import DateValue


# "ABUJA, Nigeria, Jan 17 (AP) -": the place stands at most this many tokens before the date.
_PLACE_REACH = 5
# A dateline older than this against publication is more likely a misread than a late re-post.
_OLDEST_FILING = dt.timedelta(days=366)


def in_filed_dateline(span: Span) -> bool:
    """Whether the date phrase stands in a dateline: after its capitalised place, before its closing dash."""
    doc = span.doc
    for token in doc[max(0, span.start - _PLACE_REACH):span.start]:
        if token.is_upper and in_dateline(token):
            dash = dateline_dash(token)
            return dash is not None and dash.i >= span.end
    return False


def filing_reference(filed: DateValue | None, published: dt.date | None) -> dt.date | None:
    """The day the story's relative dates count from: the dateline's day when it has one on or shortly before
    publication (or a full one, year and all, when publication is unknown), else publication."""
    if filed is None or filed.precision != "day" or filed.date is None:
        return published
    if published is not None and not published - _OLDEST_FILING <= filed.date <= published:
        return published
    return filed.date
