"""Dates: resolve date expressions against the publication date, and attach them to event triggers.

Conventions (news style, documented so that analysts can rely on them):
- A bare weekday ("on Monday", "late on Thursday") is the most recent such day on or before
  publication (wire style: a story filed on Friday says "on Friday" for that day); "last Friday" in
  Friday's paper is the week before.
- A bare month ("in December") is the most recent such month not after publication; "last October"
  is the most recent one strictly before the publication month. Month precision: ``date`` is the
  first day, ``enddate`` the last.
- A day without a year ("June 25") is the most recent such day not after publication.
- Nothing relative ever resolves against today's clock: with no publication date (nor a dateline with its
  year) it stays unresolved.
- "since X" is a range from X to publication; "between X and Y" / "from X to Y" a range from X to Y.
- "a day later" resolves only against an anchor: the previous day-precise date in the document.
- In a clause about the future ("will vote in May", "is due to visit on Friday", "talks set for June 3",
  "said he would travel on Thursday") a bare weekday, month or yearless day is the next such one on or
  after publication instead.
- A dateline's date ("DUBAI, Jan 17 (Reuters) -") is the day the story was filed: it dates no event, and
  the relative dates after it count from it instead of from publication.
- "overnight" after a dated clause is the night of that day.
- "In July last year" is July of the year before publication; "the week before", "the previous month" count from the
  last day told (a saying's day only when its sentence told no act's day), "the previous week" from publication when
  none was told; "in the past week" is the seven days up to publication, "less than a week ago" likewise.
- A day told between a verb of saying and the subject of a reported past act ("said on Monday they had arrested
  five men") is the saying's: the act is undated unless the text dates it otherwise.
- The same goes for a plan told so ("said on Wednesday they would attack the capital"): the saying's day is not the
  attack's. A refusal ("said on Monday it would not negotiate") is made that day.
- A claim, condemnation, denial or investigation is dated by its own day; the act it responds to by its own words
  ("condemned Tuesday's attack on Thursday") or not at all: "ISWAP claimed the attack on Wednesday" dates no attack.
- "the day after the raid", "two days after the bombing", "the day after Hamas attacked" are the raid's (bombing's,
  attack's) day shifted; "days after the raid" gives no day. "On the morning of the coup", "the night of the election"
  are the coup's (election's) day, "on the eve of the vote" the day before the vote's; undated when the article dates
  no such event.
- A yearless day in the sentence after (or in the same sentence as) a year written out, or named from publication
  ("last year", "the previous year"), on a past act, in the same paragraph, is in that year ("In 2019, gunmen stormed
  the village. On March 3, they ..."), unless that puts it after publication.
- "In the following weeks", "in the weeks that followed", "in the months since", "weeks later" are the stretch from
  the time told in that sentence or the one before, up to publication.
- "That year", "in August that year", "the following year" take the year of the last time told; "last spring", "in
  the summer of 2019" are the season's three months.
- A verb shares the date of the verb it goes on from ("stormed X on Tuesday, then opened fire"), and a
  relative clause of time its antecedent's ("a crackdown in 2022 in which ...").

The component ``khabar_dates_v1`` finds the expressions (the model's DATE entities plus weekday and
month patterns it misses) and sets ``doc._.dates``; ``date_for_trigger`` returns the date that is
syntactically attached to a trigger's own clause or noun phrase.

``component`` holds the component: ``spans`` finds the candidate phrases, ``future`` tells which look ahead,
and ``resolve_date`` (``resolve``) gives their values, by the words and patterns of ``patterns``, counted from
publication or the anchor that ``anchor`` keeps (``relative``) or left to dateparser (``fallback``), as the records
of ``values``; ``story_year`` puts a yearless day in the year the story is telling. ``reported`` tells a saying's day
("said on Monday they had arrested") from an act's.
``date_for_trigger`` (``attach``) reads the date of a trigger's own clause (``clauses``, with the antecedents of
relative clauses from ``antecedents``), else the one counted from the event it is told to follow (``after_event``: "the
day after the raid"; ``part_of_day``: "the morning of the coup"), else a neighbouring sentence's (``neighbours``) or its
episode's (``episode``), keeping its answers in a per-doc index (``index``). ``filed`` reads the dateline's filing day.
"""
from .attach import date_for_trigger
from .component import DateFinder, make_dates
from .patterns import MONTHS, WEEKDAYS
from .resolve import resolve_date
from .values import DateMention, DateValue

__all__ = ["MONTHS", "WEEKDAYS", "DateFinder", "DateMention", "DateValue", "date_for_trigger", "make_dates",
           "resolve_date"]
