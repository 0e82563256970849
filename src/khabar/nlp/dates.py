"""Dates: resolve date expressions against the publication date, and attach them to event triggers.

Conventions (news style, documented so that analysts can rely on them):
- A bare weekday ("on Monday", "late on Thursday") is the most recent such day on or before
  publication (wire style: a story filed on Friday says "on Friday" for that day); "last Friday" in
  Friday's paper is the week before.
- A bare month ("in December") is the most recent such month not after publication; "last October"
  is the most recent one strictly before the publication month. Month precision: ``date`` is the
  first day, ``enddate`` the last.
- A day without a year ("June 25") is the most recent such day not after publication.
- Nothing relative ever resolves against today's clock: with no publication date it stays unresolved.
- "since X" is a range from X to publication; "between X and Y" / "from X to Y" a range from X to Y.
- "a day later" resolves only against an anchor: the previous day-precise date in the document.
- In a clause about the future ("will vote in May", "is due to visit on Friday", "talks set for June 3")
  a bare weekday, month or yearless day is the next such one on or after publication instead.

The component ``khabar_dates_v1`` finds the expressions (the model's DATE entities plus weekday and
month patterns it misses) and sets ``doc._.dates``; ``date_for_trigger`` returns the date that is
syntactically attached to a trigger's own clause or noun phrase.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .quantities import parse_number
from .sentences import Bounds, bounds_at

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
_MONTH_NUM = {m: i + 1 for i, m in enumerate(MONTHS)} | _MONTH_ABBR
_MONTH_RE = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|" \
            r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY_RE = r"(\d{1,2})(?:st|nd|rd|th)?"

_LEADING = re.compile(r"^(?:on|in|at|during|by|of|for|the|late|early|earlier|later|around|about|circa|mid|"
                      r"until|till|as\s+of|on\s+the\s+night\s+of|the\s+night\s+of|the\s+morning\s+of)[\s-]+")
_TRAILING = re.compile(r"[\s,]+(?:morning|afternoon|evening|night|overnight|noon|midday|"
                       r"local\s+time)$|[\s.,;:]+$")
_RANGE = re.compile(r"^(?:between|from)\s+(.+?)\s+(?:and|to|until|till|through|-)\s+(.+)$")
_SINCE = re.compile(r"^(?:since|ever\s+since)\s+(.+)$")
_DECADE = re.compile(r"^((?:19|20)\d0)'?s$")
_WEEKEND = re.compile(r"^(?:over\s+)?(?:(?:the|last|this|past)\s+)?weekend$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_YEAR = re.compile(r"^(?:the\s+year\s+)?((?:19|20)\d{2})$")
_MONTH_DAY = re.compile(rf"^({_MONTH_RE})\s+{_DAY_RE}(?:,?\s+((?:19|20)\d{{2}}))?$")
_DAY_MONTH = re.compile(rf"^{_DAY_RE}(?:\s+of)?\s+({_MONTH_RE})(?:,?\s+((?:19|20)\d{{2}}))?$")
_MONTH_YEAR = re.compile(rf"^({_MONTH_RE})(?:\s+of)?,?\s+((?:19|20)\d{{2}})$")
_RELATIVE_MONTH = re.compile(rf"^(?:(last|this|next|past)\s+)?({_MONTH_RE})$")
_WEEKDAY = re.compile(r"^(?:(last|this|next|past)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$")
_UNIT = r"(day|week|month|year|decade)s?"
_AGO = re.compile(rf"^(.+?)\s+{_UNIT}\s+ago$")
_DEICTIC_PERIOD = re.compile(rf"^(last|this|next|past|previous|coming)\s+{_UNIT}$")
_PAST_SPAN = re.compile(rf"^(?:over\s+|in\s+|during\s+|for\s+)?(?:the\s+)?(?:past|last|previous)\s+(.+?)\s+{_UNIT}$")
_SPACES = re.compile(r"\s+")
_ANY_YEAR = re.compile(r"(?:19|20)\d{2}")
_YEAR_AT_END = re.compile(r"(?:19|20)\d{2}$")
_DIGIT_OR_MONTH = re.compile(rf"\d|\b{_MONTH_RE}\b")
_MONTH_OR_NUMERIC_DATE = re.compile(rf"\b{_MONTH_RE}\b|\d{{1,2}}/\d{{1,2}}")
_LATER = re.compile(rf"^(.+?)\s+{_UNIT}\s+(later|earlier|before|after)$")
_ANCHORED = {"the next day": 1, "the following day": 1, "the day after": 1, "next day": 1, "the day before": -1,
             "the previous day": -1, "the same day": 0, "that day": 0, "later that day": 0, "hours later": 0,
             "the following morning": 1, "the next morning": 1}
# A time of day told after a dated sentence is a later hour of that day: "By the afternoon, police had fired",
# "Hamas freed them earlier in the day", "That night, gunmen attacked".
_TIME_OF_DAY = r"(?:morning|afternoon|evening|night)"
_SAME_DAY_WORDS = (rf"by\s+(?:the\s+)?{_TIME_OF_DAY}|(?:in|during)\s+the\s+{_TIME_OF_DAY}|that\s+{_TIME_OF_DAY}"
                   rf"|(?:earlier|later)\s+in\s+the\s+(?:day|{_TIME_OF_DAY})|by\s+(?:nightfall|dusk|midday|noon)")
_SAME_DAY = re.compile(rf"^(?:{_SAME_DAY_WORDS})$")
_TODAY = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0, "yesterday": -1,
          "last night": -1, "tomorrow": 1, "the day before yesterday": -2}


@dataclass(frozen=True, slots=True)
class DateValue:
    """A resolved date: ``date`` alone for a day, ``date``..``enddate`` for a week, month, year or range."""

    date: dt.date | None
    enddate: dt.date | None
    precision: str  # one of model.DATE_PRECISION


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression in a ``Doc``: token offsets ``start``..``end`` (exclusive) and its value."""

    start: int
    end: int
    text: str
    value: DateValue


# --- constructors --------------------------------------------------------------------------------

def _day(day: dt.date) -> DateValue:
    return DateValue(day, day, "day")


def _month(year: int, month: int) -> DateValue:
    last = calendar.monthrange(year, month)[1]
    return DateValue(dt.date(year, month, 1), dt.date(year, month, last), "month")


def _year(year: int) -> DateValue:
    return DateValue(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")


def _week_of(day: dt.date) -> DateValue:
    monday = day - dt.timedelta(days=day.weekday())
    return DateValue(monday, monday + dt.timedelta(days=6), "week")


def _shift_months(day: dt.date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


# --- resolution ----------------------------------------------------------------------------------

def resolve_date(text: str, published: dt.date | None, *, anchor: DateValue | None = None,
                 ahead: bool = False) -> DateValue | None:
    """The value of a date expression, or None when it cannot be resolved without guessing.

    ``anchor`` is the date a phrase like "a day later" counts from (the previous dated event); ``ahead``
    says the phrase dates something still to come ("will vote in May"), so a bare weekday, month or
    yearless day is the next one rather than the last.
    """
    phrase = _clean(text)
    if not phrase:
        return None
    if _is_anchored(phrase):  # "the next day" counts from the story's last date, never from publication
        return _anchored(phrase, anchor)
    for resolver in (_resolve_range, _resolve_since):
        value = resolver(phrase, published, anchor)
        if value is not None:
            return value
    point = _strip_modifiers(phrase)
    value = _resolve_point(point, published, anchor)
    return _forward(point, value, published) if ahead and value is not None and published else value


def _forward(phrase: str, value: DateValue, published: dt.date) -> DateValue:
    """The next occurrence of a bare weekday, month or yearless day that resolved to one before publication."""
    if value.date is None or (value.enddate or value.date) >= published:
        return value
    weekday, month = _WEEKDAY.match(phrase), _RELATIVE_MONTH.match(phrase)
    if weekday is not None and weekday.group(1) in (None, "this"):
        return _day(value.date + dt.timedelta(days=7))
    if month is not None and month.group(1) is None:
        return _month(value.date.year + 1, value.date.month)
    if (_MONTH_DAY.match(phrase) or _DAY_MONTH.match(phrase)) and not _ANY_YEAR.search(phrase):
        return _safe(lambda: _day(value.date.replace(year=value.date.year + 1))) or value
    return value


def _clean(text: str) -> str:
    text = text.lower().replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-")
    return _SPACES.sub(" ", text).strip(" .,;:")


def _strip_modifiers(phrase: str) -> str:
    while (stripped := _TRAILING.sub("", _LEADING.sub("", phrase))) != phrase:
        phrase = stripped
    return phrase


def _resolve_range(phrase: str, published: dt.date | None, anchor: DateValue | None) -> DateValue | None:
    match = _RANGE.match(phrase)
    if match is None:
        return None
    left_text, right_text = match.group(1), match.group(2)
    year = _YEAR_AT_END.search(right_text)
    if year and not _ANY_YEAR.search(left_text):
        left_text = f"{left_text} {year.group(0)}"  # "between March and May 2019": March 2019
    right = resolve_date(right_text, published, anchor=anchor)
    left = resolve_date(left_text, published, anchor=anchor)
    if left is None or right is None or left.date is None:
        return None
    if right.date is not None and left.date > right.date and not year:
        left = resolve_date(f"{left_text} {right.date.year - 1}", published)  # "from December to February"
    end = right.enddate or right.date
    return DateValue(left.date, end, "range") if left and left.date and end and left.date <= end else None


def _resolve_since(phrase: str, published: dt.date | None, anchor: DateValue | None) -> DateValue | None:
    match = _SINCE.match(phrase)
    if match is None:
        return None
    start = resolve_date(match.group(1), published, anchor=anchor)
    if start is None or start.date is None:
        return None
    return DateValue(start.date, published, "range")


def _resolve_point(phrase: str, published: dt.date | None, anchor: DateValue | None) -> DateValue | None:
    absolute = _absolute(phrase, published)
    if absolute is not None:
        return absolute
    if published is None:
        return None
    for resolver in (_deictic_day, _weekday, _weekend, _relative_month, _ago, _deictic_period, _past_span):
        value = resolver(phrase, published)
        if value is not None:
            return value
    return _fallback(phrase, published)


def _absolute(phrase: str, published: dt.date | None) -> DateValue | None:
    """Dates that carry their year, plus day-month forms whose year comes from publication."""
    if match := _ISO.match(phrase):
        return _safe(lambda: _day(dt.date(*map(int, match.groups()))))
    if match := _YEAR.match(phrase):
        return _year(int(match.group(1)))
    if match := _DECADE.match(phrase):
        start = int(match.group(1))
        return DateValue(dt.date(start, 1, 1), dt.date(start + 9, 12, 31), "range")
    if match := _MONTH_YEAR.match(phrase):
        return _month(int(match.group(2)), _month_number(match.group(1)))
    if match := _MONTH_DAY.match(phrase):
        return _day_in(_month_number(match.group(1)), int(match.group(2)), match.group(3), published)
    if match := _DAY_MONTH.match(phrase):
        return _day_in(_month_number(match.group(2)), int(match.group(1)), match.group(3), published)
    if published is None and _ANY_YEAR.search(phrase):
        return _fallback(phrase, None)
    return None


def _month_number(word: str) -> int:
    word = word.rstrip(".")
    return _MONTH_NUM.get(word) or _MONTH_ABBR[word[:3]]


def _safe(make) -> DateValue | None:
    try:
        return make()
    except ValueError:  # "February 30": not a date
        return None


def _day_in(month: int, day: int, year: str | None, published: dt.date | None) -> DateValue | None:
    if year:
        return _safe(lambda: _day(dt.date(int(year), month, day)))
    if published is None:
        return None
    candidate = _safe(lambda: _day(dt.date(published.year, month, day)))
    if candidate is not None and candidate.date > published:
        candidate = _safe(lambda: _day(dt.date(published.year - 1, month, day)))
    return candidate


def _deictic_day(phrase: str, published: dt.date) -> DateValue | None:
    offset = _TODAY.get(phrase)
    return _day(published + dt.timedelta(days=offset)) if offset is not None else None


def _weekday(phrase: str, published: dt.date) -> DateValue | None:
    match = _WEEKDAY.match(phrase)
    if match is None:
        return None
    target = WEEKDAYS.index(match.group(2))
    if match.group(1) == "next":
        ahead = (target - published.weekday()) % 7 or 7
        return _day(published + dt.timedelta(days=ahead))
    back = (published.weekday() - target) % 7
    if back == 0 and match.group(1) in ("last", "past"):
        back = 7  # "last Friday" in Friday's paper is a week ago; a bare "on Friday" is the day of publication
    return _day(published - dt.timedelta(days=back))


def _weekend(phrase: str, published: dt.date) -> DateValue | None:
    """"over the weekend": the last Saturday and Sunday before publication."""
    if not _WEEKEND.match(phrase):
        return None
    sunday = published - dt.timedelta(days=(published.weekday() - 6) % 7 or 7)
    return DateValue(sunday - dt.timedelta(days=1), sunday, "range")


def _relative_month(phrase: str, published: dt.date) -> DateValue | None:
    match = _RELATIVE_MONTH.match(phrase)
    if match is None:
        return None
    which, month = match.group(1), _month_number(match.group(2))
    if which == "next":
        return _month(published.year + (month <= published.month), month)
    if which == "this":
        return _month(published.year, month)
    strictly_before = which in ("last", "past")
    in_past_year = month > published.month or (strictly_before and month == published.month)
    return _month(published.year - in_past_year, month)


def _ago(phrase: str, published: dt.date) -> DateValue | None:
    match = _AGO.match(phrase)
    if match is None:
        return None
    amount = _amount(match.group(1))
    return _offset(published, -amount, match.group(2)) if amount is not None else None


def _amount(text: str) -> int | None:
    return 1 if text in ("a", "an", "one") else parse_number(text)


def _offset(day: dt.date, amount: int, unit: str) -> DateValue | None:
    """The day, week, month or year ``amount`` units from ``day``, at that unit's precision."""
    if unit == "day":
        return _day(day + dt.timedelta(days=amount))
    if unit == "week":
        return _week_of(day + dt.timedelta(weeks=amount))
    if unit == "month":
        return _month(*_shift_months(day, amount))
    years = amount * (10 if unit == "decade" else 1)
    return _year(day.year + years)


def _deictic_period(phrase: str, published: dt.date) -> DateValue | None:
    match = _DEICTIC_PERIOD.match(phrase)
    if match is None or match.group(2) == "decade":
        return None
    step = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}[match.group(1)]
    return _offset(published, step, match.group(2))


def _past_span(phrase: str, published: dt.date) -> DateValue | None:
    """"the past two decades", "over the last three months": a range ending at publication."""
    match = _PAST_SPAN.match(phrase)
    amount = _amount(match.group(1)) if match else None
    if amount is None:
        return None
    return DateValue(_back(published, amount, match.group(2)), published, "range")


def _back(day: dt.date, amount: int, unit: str) -> dt.date:
    """The same day ``amount`` units earlier (clamped to the month's end: 31 March - 1 month = 28/29 Feb)."""
    if unit in ("day", "week"):
        return day - dt.timedelta(days=amount * (7 if unit == "week" else 1))
    months = amount * {"month": 1, "year": 12, "decade": 120}[unit]
    year, month = _shift_months(day, -months)
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _is_anchored(phrase: str) -> bool:
    match = _LATER.match(phrase)
    return phrase in _ANCHORED or match is not None or _SAME_DAY.match(phrase) is not None


def _anchored(phrase: str, anchor: DateValue | None) -> DateValue | None:
    """"a day later", "the next day", "two weeks later": counted from the anchor's day."""
    if anchor is None or anchor.precision != "day" or anchor.date is None:
        return None
    if phrase in _ANCHORED:
        return _day(anchor.date + dt.timedelta(days=_ANCHORED[phrase]))
    if _SAME_DAY.match(phrase):
        return _day(anchor.date)
    match = _LATER.match(phrase)
    if match is None:
        return None
    amount = _amount(match.group(1))
    if amount is None or match.group(2) not in ("day", "week"):
        return None
    sign = 1 if match.group(3) in ("later", "after") else -1
    return _day(anchor.date + dt.timedelta(days=sign * amount * (7 if match.group(2) == "week" else 1)))


_PERIODS = {"day": "day", "week": "week", "month": "month", "year": "year"}


def _fallback(phrase: str, published: dt.date | None) -> DateValue | None:
    """dateparser for the forms our patterns do not cover ("the 3rd of March"), never against the clock."""
    if not _DIGIT_OR_MONTH.search(phrase):
        return None
    try:
        data = _parser(published).get_date_data(phrase)
    except (ValueError, OverflowError):  # dateparser rejects some digit strings this way
        return None
    if data is None or data.date_obj is None or not _plausible(phrase, data.date_obj.date()):
        return None
    day = data.date_obj.date()
    period = _PERIODS.get(data.period or "day", "day")
    if period == "month":
        return _month(day.year, day.month)
    if period == "year":
        return _year(day.year)
    return _week_of(day) if period == "week" else _day(day)


def _plausible(phrase: str, day: dt.date) -> bool:
    """dateparser fills gaps freely ("the 1990s" → yesterday); keep only results the phrase supports."""
    year = _ANY_YEAR.search(phrase)
    if year and int(year.group(0)) != day.year:
        return False
    return bool(year or _MONTH_OR_NUMERIC_DATE.search(phrase))


@cache
def _parser(published: dt.date | None):
    from dateparser.date import DateDataParser  # heavy: imported only when a phrase needs it

    base = dt.datetime.combine(published or dt.date(1, 1, 1), dt.time())
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False,
                "STRICT_PARSING": published is None, "REQUIRE_PARTS": [] if published else ["year"]}
    return DateDataParser(languages=["en"], settings=settings)


# --- finding mentions in a Doc -------------------------------------------------------------------

_PATTERN = re.compile(
    rf"\b(?:(?i:late|early)\s+(?:on\s+)?)?(?:(?:last|this|next|past)\s+)?"
    rf"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    rf"|\b(?:(?i:last|this|next|early|late|mid-?)\s*)?"
    rf"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    rf"(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+(?:19|20)\d{{2}})?\b"
    rf"|\b(?i:{_SAME_DAY_WORDS})\b")
_RANGE_OPENERS = frozenset({"between", "from", "since"})
_RANGE_JOINERS = frozenset({"and", "to", "until", "till", "through", "-"})


class DateFinder:
    def __call__(self, doc: Doc) -> Doc:
        published = doc._.published if Doc.has_extension("published") else None
        mentions: list[DateMention] = []
        anchor: DateValue | None = None
        for span in _candidate_spans(doc):
            value = resolve_date(span.text, published, anchor=anchor, ahead=_looks_ahead(span))
            if value is None:
                continue
            mentions.append(DateMention(span.start, span.end, span.text, value))
            anchor = value if value.precision == "day" else anchor
        doc._.dates = mentions
        return doc


# Auxiliaries and governors that put a clause in the future: "will vote", "is due to visit", "set to meet".
_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo"})
_FUTURE_GOVERNORS = frozenset({"due", "schedule", "scheduled", "set", "expect", "plan", "intend", "slate", "poise"})
_FUTURE_NOUN_GOVERNORS = frozenset({"schedule", "scheduled", "set", "slate", "plan"})


def _looks_ahead(span: Span) -> bool:
    """Whether the clause a date phrase hangs on tells of something still to come: a future auxiliary, or an
    infinitive under "due", "scheduled", "set", "expected" or "plans" ("talks scheduled for May 3" too)."""
    verb = span.root.head
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.lemma_.lower() in _FUTURE_NOUN_GOVERNORS and verb.tag_ == "VBN" and _now_or_attributive(verb):
        return True  # "elections scheduled for March", "talks are set for Monday" (not "were set free on Monday")
    for clause in (verb, verb.head):
        if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in clause.children):
            return True
        if clause is not verb and verb.dep_ == "xcomp" and clause.lemma_.lower() in _FUTURE_GOVERNORS:
            return True
    return verb.dep_ == "xcomp" and verb.head.lower_ in _FUTURE_GOVERNORS


_PRESENT_PASSIVE = frozenset({"is", "are", "am", "'s", "'re"})


def _now_or_attributive(participle: Token) -> bool:
    """A participle modifying a noun, or in a present passive: not a past one ("were set free")."""
    return participle.dep_ == "acl" or any(c.dep_ == "auxpass" and c.lower_ in _PRESENT_PASSIVE
                                           for c in participle.children)


def _candidate_spans(doc: Doc) -> list[Span]:
    spans = [e for e in doc.ents if e.label_ in ("DATE", "TIME")]
    spans += [s for s in _pattern_spans(doc) if s is not None]
    return _join_ranges(doc, _merge(spans))


def _pattern_spans(doc: Doc) -> list[Span | None]:
    found = []
    for match in _PATTERN.finditer(doc.text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None and not (span.text == "May" and span[0].tag_ == "MD"):
            found.append(span)
    return found


def _merge(spans: list[Span]) -> list[tuple[int, int]]:
    """Union of overlapping spans, without dangling conjunctions ("between March and")."""
    bounds = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        start, end = span.start, span.end
        while end > start and span.doc[end - 1].lower_ in _RANGE_JOINERS | {","}:
            end -= 1
        while start < end and span.doc[start].lower_ in _RANGE_OPENERS:
            start += 1
        if start >= end:
            continue
        if bounds and start < bounds[-1][1]:
            bounds[-1] = (bounds[-1][0], max(end, bounds[-1][1]))
        else:
            bounds.append((start, end))
    return bounds


def _join_ranges(doc: Doc, bounds: list[tuple[int, int]]) -> list[Span]:
    """"between X and Y", "from X to Y": one range span; "since X": the opener joins the span."""
    out: list[Span] = []
    i = 0
    while i < len(bounds):
        start, end = bounds[i]
        opener = doc[start - 1].lower_ if start > 0 else ""
        if opener in _RANGE_OPENERS:
            start -= 1
        if opener in ("between", "from") and i + 1 < len(bounds) and _joined(doc, end, bounds[i + 1][0]):
            end = bounds[i + 1][1]
            i += 1
        out.append(doc[start:end])
        i += 1
    return out


def _joined(doc: Doc, end: int, next_start: int) -> bool:
    return next_start - end == 1 and doc[end].lower_ in _RANGE_JOINERS


@Language.factory("khabar_dates_v1", requires=["doc.ents", "token.tag"], assigns=["doc._.dates"])
def make_dates(nlp: Language, name: str) -> DateFinder:
    for ext in ("dates", "published"):
        if not Doc.has_extension(ext):
            Doc.set_extension(ext, default=None)
    return DateFinder()


# --- attaching dates to triggers ------------------------------------------------------------------

# Dependencies that open another clause: a date inside one belongs to that clause's event.
_CLAUSAL = frozenset({"relcl", "acl", "ccomp", "advcl", "xcomp", "csubj", "csubjpass", "parataxis", "conj",
                      "pcomp"})


# Conjunctions of a clause that happens at the same time as the clause it depends on.
_SIMULTANEOUS = frozenset({"when", "as", "while", "whilst"})

# Verbs whose clause is about the event noun they carry, so their date is the event's date.
_EVENT_HOSTS = frozenset({"culminate", "result", "end", "lead", "begin", "start", "occur", "happen", "take", "see",
                          "witness", "follow", "come", "erupt", "break", "mark", "bring"})


def date_for_trigger(token: Token, doc: Doc) -> DateValue | None:
    """The date attached to the trigger's own clause or noun phrase, nearest first; never another clause's.

    A trigger whose sentence gives no time of its own may take the date that a neighbouring sentence
    of the same paragraph gives the same event (``_neighbour_date``).
    """
    _refresh_index(doc)
    return _memo(doc, ("trigger", token.i), lambda: _trigger_date(token, doc))


def _trigger_date(token: Token, doc: Doc) -> DateValue | None:
    own = _sentence_date(token, doc)
    if own is not None and own.precision not in _REFINABLE:
        return own
    near = _neighbour_date(token, doc)
    return near if near is not None and _within(near, own) else own


# Every trigger asks the same questions of its doc (the dates of a sentence, the trigger at a token, whether
# two sentences share a paragraph ...): the answers are kept, per doc, in an index in ``doc.user_data``.
_INDEX_KEY = "khabar.dates_index"
_MISSING = object()


@dataclass(slots=True)
class _DocIndex:
    dates: list | None  # the doc._.dates and doc._.triggers the answers were read from
    triggers: list | None
    trigger_at: dict[int, object]  # token -> the first trigger whose head or governor it is
    answers: dict[tuple, object]


def _refresh_index(doc: Doc) -> None:
    """(Re)build the doc's index unless it was built from the doc's current dates and triggers."""
    ext = doc._
    dates, triggers = ext.dates, (ext.triggers if Doc.has_extension("triggers") else None)
    index = doc.user_data.get(_INDEX_KEY)
    if index is None or index.dates is not dates or index.triggers is not triggers:
        trigger_at: dict[int, object] = {}
        for trig in triggers or ():
            trigger_at.setdefault(trig.head, trig)
            trigger_at.setdefault(trig.governor, trig)
        doc.user_data[_INDEX_KEY] = _DocIndex(dates, triggers, trigger_at, {})


def _memo(doc: Doc, key: tuple, compute):
    answers = doc.user_data[_INDEX_KEY].answers
    found = answers.get(key, _MISSING)
    if found is _MISSING:
        found = answers[key] = compute()
    return found


def _within(value: DateValue, outer: DateValue | None) -> bool:
    return outer is None or (outer.date <= value.date and (value.enddate or value.date) <= (outer.enddate or outer.date))


def _sentence_date(token: Token, doc: Doc) -> DateValue | None:
    return _memo(doc, ("sentence", token.i), lambda: _sentence_date_of(token, doc))


def _sentence_date_of(token: Token, doc: Doc) -> DateValue | None:
    value = _own_date(token, doc)
    if value is None and token.pos_ == "VERB":
        value = _shared_date(token, doc) or _copula_date(token, doc) or _clause_date(token, doc)
    if value is None and token.pos_ == "NOUN":
        value = _host_date(token, doc)
    return value


def _own_date(token: Token, doc: Doc) -> DateValue | None:
    return _memo(doc, ("own", token.i), lambda: _own_date_of(token, doc))


def _own_date_of(token: Token, doc: Doc) -> DateValue | None:
    best: tuple[int, int, DateValue] | None = None
    for mention in _sentence_mentions(bounds_at(doc, token.i), doc):
        depth = _attachment_depth(doc, mention, token)
        if depth is None:
            continue
        key = (depth, abs(mention.start - token.i), mention.value)
        if best is None or key[:2] < best[:2]:
            best = key
    return best[2] if best else None


def _sentence_mentions(sent: Bounds, doc: Doc) -> list[DateMention]:
    """The date mentions that touch the sentence: a dependency path never leaves its sentence, so a date
    wholly in another one cannot attach."""
    return _memo(doc, ("dates", sent.start), lambda: [m for m in doc._.dates or []
                                                      if not (m.end <= sent.start or m.start >= sent.end)])


def _shared_date(verb: Token, doc: Doc) -> DateValue | None:
    """"stormed X and killed Y on Monday": conjoined verbs with one subject share one date."""
    if verb.dep_ == "conj" and not _has_subject(verb):
        return _sentence_date(verb.head, doc)
    for conj in verb.children:
        if conj.dep_ == "conj" and conj.pos_ == "VERB" and not _has_subject(conj):
            value = _own_date(conj, doc)
            if value is not None:
                return value
    return None


def _copula_date(verb: Token, doc: Doc) -> DateValue | None:
    """"On Monday, the men were then released": the parser hangs the participle off "were"."""
    head = verb.head
    if verb.dep_ in ("advcl", "acomp", "xcomp") and head.lemma_ == "be" and head.i != verb.i:
        return _own_date(head, doc)
    return None


def _clause_date(verb: Token, doc: Doc) -> DateValue | None:
    """"killed when rockets hit the base on Wednesday", "died on Friday as protests swept the city": a
    clause saying when the other happened ("when", "as", "while") shares its date, both ways."""
    for child in verb.children:
        if child.dep_ == "advcl" and _marker(child) in _SIMULTANEOUS:
            value = _own_date(child, doc)
            if value is not None:
                return value
    if verb.dep_ == "advcl" and _marker(verb) in _SIMULTANEOUS and verb.head.i != verb.i:
        return _own_date(verb.head, doc)
    return None


def _marker(verb: Token) -> str | None:
    return next((c.lower_ for c in verb.children if c.dep_ in ("mark", "advmod") and c.i < verb.i), None)


def _host_date(noun: Token, doc: Doc) -> DateValue | None:
    """"… culminated in the assassination of X in January": a verb that only hosts the event noun."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ in ("pobj", "dobj", "nsubj") and verb.lemma_.lower() in _EVENT_HOSTS:
        return _own_date(verb, doc)
    return None


def _attachment_depth(doc: Doc, mention: DateMention, token: Token) -> int | None:
    """Steps from the date up to ``token`` within one clause; None when a clause boundary intervenes."""
    if mention.start <= token.i < mention.end:
        return None
    node = doc[mention.start:mention.end].root
    depth = 0
    while node.i != token.i:
        if node.head.i == node.i or (node.dep_ in _CLAUSAL and node.pos_ in ("VERB", "AUX")) or node.dep_ == "appos":
            return None
        node = node.head
        depth += 1
    return depth


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


# --- dates from the neighbouring sentence ----------------------------------------------------------
#
# News style often gives an event's day in the sentence before or after the one that tells it:
# "Police said on Thursday that a bomb had been planted at the gate. The blast on Wednesday wounded
# four officers." A trigger whose own sentence has no time of its own (a reporting verb's date does
# not count: it is when someone spoke) takes the day that the same paragraph gives the same event:
# - forward: the next sentence takes the event up again with a definite noun of the same kind that
#   carries a date ("The blast on Wednesday", "Wednesday's attack");
# - backward: the previous sentence tells an event of the same kind with one date, and this clause
#   does not place itself at another time ("had", "earlier", "since" ...), unless its subject is a
#   definite noun of the same kind ("The attack, the worst in a year, killed ...").
# The value is the neighbour's own, with its precision: the text states it for this very event. A
# month or year of the trigger's own ("the deadliest this year") is refined by a neighbour's day
# that falls inside it, never replaced by one outside it.
# - continuation: with no event of its kind before, a simple past whose subject takes up a party of
#   the previous sentence ("They arrested 14 men", "The militants then ...") shares that sentence's one
#   day: the text goes on telling one episode.

_REPORTING = frozenset({"say", "tell", "announce", "report", "confirm", "add", "state", "claim", "disclose",
                        "reveal", "acknowledge", "deny", "note", "warn", "insist", "explain", "write"})
_OTHER_TIME = frozenset({"earlier", "previously", "before", "later", "since", "ago", "again", "already", "once",
                         "separately",
                         "formerly", "recently", "afterwards", "subsequently", "meanwhile"})
_DEFINITE = frozenset({"the", "this", "that"})
# An own date this coarse ("the deadliest this year", "in March") is refined by a neighbour's day inside it.
_REFINABLE = frozenset({"month", "year"})


def _neighbour_date(token: Token, doc: Doc) -> DateValue | None:
    trigger = _trigger_at(token, doc)
    if trigger is None or not _without_own_time(bounds_at(doc, token.i), doc):
        return None
    return _forward_date(trigger, doc) or _backward_date(trigger, doc)


def _triggers(doc: Doc) -> list:
    return (doc._.triggers or []) if Doc.has_extension("triggers") else []


def _trigger_at(token: Token, doc: Doc):
    return doc.user_data[_INDEX_KEY].trigger_at.get(token.i)


def _without_own_time(sent: Bounds, doc: Doc) -> bool:
    """No day, week or range in the sentence, except the dates of reporting verbs ("said on Thursday")."""
    return _memo(doc, ("quiet", sent.start), lambda: _quiet(sent, doc))


def _quiet(sent: Bounds, doc: Doc) -> bool:
    return not any(sent.start <= m.start < sent.end and m.value.precision not in _REFINABLE
                   and _dates_an_event(doc[m.start:m.end].root) for m in doc._.dates or [])


def _dates_an_event(node: Token) -> bool:
    """The date hangs on a verb other than a reporting one, and not inside an appositive ("the
    deadliest this year" compares, it does not date)."""
    while node.pos_ not in ("VERB", "AUX"):
        if node.dep_ == "appos":
            return False
        if node.head.i == node.i:
            return True
        node = node.head
    return node.lemma_.lower() not in _REPORTING


def _same_kind(sent: Bounds, event: str, doc: Doc) -> list:
    return _memo(doc, ("kind", sent.start, event), lambda: _of_kind(sent.start, sent.end, event, doc))


def _of_kind(start: int, end: int, event: str, doc: Doc) -> list:
    return [t for t in _triggers(doc) if start <= t.head < end and t.entry.event == event]


def _forward_date(trigger, doc: Doc) -> DateValue | None:
    sent = bounds_at(doc, trigger.head)
    following = _next_sentence(sent, doc)
    if following is None or _same_kind(sent, trigger.entry.event, doc)[-1] is not trigger:
        return None  # a later event of the same kind in this sentence is nearer to the next one
    taken_up = _same_kind(following, trigger.entry.event, doc)
    if not taken_up or not _is_definite_mention(doc[taken_up[0].head]):
        return None
    return _date_of_mention(taken_up[0], doc)


def _backward_date(trigger, doc: Doc) -> DateValue | None:
    sent = bounds_at(doc, trigger.head)
    previous = _previous_sentence(sent, doc)
    if previous is None or (_at_another_time(doc[trigger.governor]) and not _definite_subject(trigger, doc)):
        return None
    values = {v for v in (_date_of_mention(t, doc) for t in _same_kind(previous, trigger.entry.event, doc)) if v}
    if not values and _continues_episode(doc[trigger.governor], doc[previous.start:previous.end]):
        values = {v for v in (_date_of_mention(t, doc) for t in _of_kind_any(previous, doc)) if v}
    return values.pop() if len(values) == 1 else None


def _of_kind_any(sent: Bounds, doc: Doc) -> list:
    return [t for t in _triggers(doc) if sent.start <= t.head < sent.end]


_CONTINUING_PRONOUNS = frozenset({"he", "she", "they", "it", "we"})


def _continues_episode(verb: Token, previous: Span) -> bool:
    """"Police raided the camp on Friday. They arrested 14 men.": a simple past whose subject takes up a
    party of the sentence before (a pronoun, or a noun named there) goes on telling the same episode, so
    it shares that episode's one day even when its event is of another kind."""
    if verb.tag_ != "VBD" and not any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    if subject.lower_ in _CONTINUING_PRONOUNS:
        return True
    definite = subject.pos_ == "PROPN" or any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in subject.children)
    return definite and any(t.lemma_ == subject.lemma_ and t.pos_ in ("NOUN", "PROPN") for t in previous)


def _date_of_mention(trigger, doc: Doc) -> DateValue | None:
    """A trigger's date within its own sentence, looked up as the coder does: its noun or clause, then
    the verb an event noun depends on ("The attack killed three on Wednesday")."""
    head = doc[trigger.head]
    value = _sentence_date(head, doc) or _sentence_date(doc[trigger.governor], doc)
    if value is None and trigger.nominal and head.head.pos_ == "VERB":
        value = _sentence_date(head.head, doc)
    return value


def _is_definite_mention(noun: Token) -> bool:
    """"the attack", "this raid", "Wednesday's strike": a noun taking up an event already told."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    return any((c.dep_ == "det" and c.lower_ in _DEFINITE) or (c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME"))
               for c in noun.children)


def _definite_subject(trigger, doc: Doc) -> bool:
    """"The attack ... killed a contractor": the clause's subject is a definite event noun of its kind."""
    clause = doc[trigger.governor]
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    kinds = {t.head for t in _triggers(doc) if t.entry.event == trigger.entry.event}
    return any(s.i in kinds and _is_definite_mention(s) for s in subjects) or _is_definite_mention(doc[trigger.head])


def _at_another_time(verb: Token) -> bool:
    """"had been fired", "earlier fired", "fired again": the clause is not at the time of its neighbour."""
    return any((c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD") or c.lower_ in _OTHER_TIME
               for c in verb.children)


def _next_sentence(sent: Bounds, doc: Doc) -> Bounds | None:
    return _memo(doc, ("next", sent.start), lambda: _next_sentence_of(sent, doc))


def _previous_sentence(sent: Bounds, doc: Doc) -> Bounds | None:
    return _memo(doc, ("previous", sent.start), lambda: _previous_sentence_of(sent, doc))


def _next_sentence_of(sent: Bounds, doc: Doc) -> Bounds | None:
    if sent.end >= len(doc):
        return None
    following = bounds_at(doc, sent.end)
    return following if _same_paragraph(sent, following, doc) else None


def _previous_sentence_of(sent: Bounds, doc: Doc) -> Bounds | None:
    if sent.start == 0:
        return None
    previous = bounds_at(doc, sent.start - 1)
    return previous if _same_paragraph(previous, sent, doc) else None


def _same_paragraph(first: Bounds, second: Bounds, doc: Doc) -> bool:
    """No line break between the end of the first sentence's words and the start of the second."""
    last = next((doc[i] for i in range(first.end - 1, first.start - 1, -1) if not doc[i].is_space), None)
    # read off the tokens in between: ``doc.text`` would rebuild the whole text at every call
    if last is not None:
        gap = last.whitespace_ + doc[last.i + 1:second.start].text_with_ws
    else:
        gap = doc[first.start:second.start].text_with_ws
    return "\n" not in gap
