"""Acts dated over a year before publication that the text tells as background to its news.

"The two countries fought a war in 1998", "Santos, who signed a peace deal in 2016": an old act in a clause that
sets the scene, in an adjunct, or beside news of the past year is the article's background, not its news.
"""
from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Token

from .clause_roles import adjunct, background
from .dates import DateValue
from .syntax import children_of
from .triggers import TriggerMatch


# News tells what happened lately; an act dated over a year before the article is background to it.
_NEWS_SPAN = dt.timedelta(days=366)


def is_history(date: DateValue | None, published: dt.date | None) -> bool:
    """"The two countries fought a war in 1998", "the treaty, signed in 1994", "thousands have been killed since
    2011": an act that ended, or a running tally that began, over a year before publication is background. A tally
    open up to the article ("35 attacks since last October") is judged by its start."""
    if date is None or date.date is None or published is None:
        return False
    end = date.enddate or date.date
    open_tally = date.precision == "range" and end >= published - dt.timedelta(days=1)
    return (date.date if open_tally else end) < published - _NEWS_SPAN


def told_as_background(doc: Doc, trig: TriggerMatch) -> bool:
    """An old act is background where the text tells it so: in a clause describing a noun or setting the scene
    ("Santos, who signed a peace deal in 2016"), in an adjunct, or beside news of the past year ("the two men seized
    power in 2021" in an article on this week's fighting). A text with no recent news ("Israel ended its occupation
    of southern Lebanon in May 2000", alone) is telling that old act as its news."""
    clause = doc[trig.governor]
    if background(clause) or adjunct(clause) or doc[trig.head].dep_ in ("acl", "relcl"):
        return True
    return _tally_of_force(clause, trig) or _tells_recent_news(doc)


# Categories whose acts a campaign repeats, and whose tallies over years sum up a war's course.
_CAMPAIGN_CATEGORIES = frozenset({"ASSAULT", "COERCE"})


def _tally_of_force(clause: Token, trig: TriggerMatch) -> bool:
    """"The group has carried out dozens of attacks since 2015": a present perfect of force from an old "since" sums
    up the acts of the years up to now, a tally that is background even in a text with no news beside it (an old act
    told on its own is that text's news; years of attacks are no one attack). Aid paid out over years ("has pumped
    billions into Egypt's economy since 2013") is a standing relation the text tells as its news, and stays."""
    if trig.entry.event not in _CAMPAIGN_CATEGORIES:
        return False
    perfect = any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve") for c in children_of(clause))
    return perfect and any(c.dep_ == "prep" and c.lower_ == "since" for c in children_of(clause))


def _tells_recent_news(doc: Doc) -> bool:
    """Some date of the text falls within the past year: the text has news of its own, and old acts are its
    background. A time that only reaches into the past year from before it ("last year" in June, "in 2019") tells
    no news of it: an article telling last year's story ("Last year, militants stormed a prison ... On March 3, they
    attacked a checkpoint") has no news but that story, and its acts are its events, as a retrospective's or a
    trial's acts are where the text tells nothing newer."""
    published = doc._.published
    return any(_within_past_year(m.value, published) for m in doc._.dates or [] if m.value.date is not None)


def _within_past_year(date: DateValue, published: dt.date | None) -> bool:
    return not is_history(date, published) and (published is None or date.date >= published - _NEWS_SPAN)
