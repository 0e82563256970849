"""Recurring acts told in the simple present: "Police patrol the market at night", "the government imposes a curfew
every Friday", "Washington provides $1.3 billion in aid to Egypt each year"; and told in the perfect over months:
"the two armies have exchanged fire almost daily since October"; and a campaign's course told in the perfect from a
time weeks or more before the article ("the RSF has fought the army since April last year", ``campaign_course``),
or reported in the present progressive ("the army says it is fighting terrorists", ``standing_campaign``).

A simple present with a phrase of recurrence states a habit or a standing arrangement, not one occasion, whatever a
headline's present would otherwise tell ("Police arrest dozens at rally in Minsk" is news: it names no recurrence).
A perfect with a phrase of recurrence sums up a campaign's acts ("have arrested 40 people this week" keeps one
occasion). The date component may read "every Friday" as the coming Friday and "since
October" as October, so the tests look at the words, not at the date.
"""
from __future__ import annotations

import calendar
import datetime as dt

from spacy.tokens import Doc, Token

from .syntax import children_of

# Adverbs that alone tell a recurrence: "Troops patrol the border daily".
_RECURRING_ADVERBS = frozenset({"daily", "nightly", "weekly", "monthly", "annually", "yearly", "hourly",
                                "periodically", "seasonally"})
# Quantifiers that, before a time noun, tell a recurrence: "every Friday", "each summer", "every other week".
_EVERY = frozenset({"every", "each"})
_TIME_NOUNS = frozenset({"day", "night", "week", "month", "year", "morning", "evening", "afternoon", "weekend",
                         "summer", "winter", "spring", "autumn", "season", "time", "occasion", "hour", "monday",
                         "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
# Time nouns that "at" or a plural makes recurring: "at night", "at weekends", "on Fridays", "in the evenings".
_TIMES_OF_DAY = frozenset({"night", "nights", "weekend", "weekends", "dawn", "dusk", "nightfall", "evenings",
                           "mornings", "afternoons", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays",
                           "saturdays", "sundays"})
# "around the clock", "day and night", "round the clock".
_CLOCK = frozenset({"clock"})
_MODIFIER_DEPS = ("advmod", "npadvmod", "prep", "obl", "tmod")


def recurring_present(verb: Token) -> bool:
    """The clause ``verb`` heads is a simple present (no auxiliary) or a present perfect with a phrase of
    recurrence (not a bare "since August": a perfect from a month may tell one campaign's news, and the benchmarks'
    coders count it)."""
    if not (simple_present(verb) or _present_perfect(verb)):
        return False
    return any(_recurrence(c) for c in _modifiers(verb)) or _ends_in_recurrence(verb)


def _present_perfect(verb: Token) -> bool:
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve") for c in children_of(verb))


def _modifiers(verb: Token) -> list[Token]:
    """The verb's adverbials, and those the parser hangs on its object ("guard the crossing around the clock")."""
    objects = [c for c in children_of(verb) if c.dep_ in ("dobj", "attr")]
    return [c for head in (verb, *objects) for c in children_of(head) if c.dep_ in _MODIFIER_DEPS]


def _ends_in_recurrence(verb: Token) -> bool:
    """"patrol the buffer zone daily": the parser may hang a closing adverb on the object as a noun."""
    last = next((t for t in reversed(list(verb.subtree)) if not t.is_punct), None)
    return last is not None and last.i > verb.i and last.lower_ in _RECURRING_ADVERBS


def simple_present(verb: Token) -> bool:
    """The verb is a simple present heading its clause, with no auxiliary."""
    if any(c.dep_ in ("aux", "auxpass") for c in children_of(verb)):
        return False
    # the tagger may take a plural subject's present for a bare infinitive ("Police patrol ...")
    return verb.tag_ in ("VBZ", "VBP") or (verb.tag_ == "VB" and any(c.dep_ == "nsubj" for c in children_of(verb)))


def _recurrence(modifier: Token) -> bool:
    words = [t.lower_ for t in modifier.subtree]
    if modifier.dep_ == "advmod":
        return modifier.lower_ in _RECURRING_ADVERBS
    if any(w in _EVERY and _TIME_NOUNS & set(words[i + 1:i + 3]) for i, w in enumerate(words)):
        return True  # "every Friday", "each year", "every other week"; not "in each province"
    if modifier.dep_ == "prep" and modifier.lower_ in ("at", "on", "in", "by"):
        return any(w in _TIMES_OF_DAY for w in words[1:])  # "at night", "on Fridays", "in the evenings"
    return any(w in _CLOCK for w in words) or words == ["day", "and", "night"]



# Verbs whose present passive tells where forces are, not that they moved: "900 U.S. troops are deployed in Syria".
_PRESENCE_VERBS = frozenset({"deploy", "station", "base", "garrison", "post", "position", "stationed", "based"})
_PRESENT_BE = frozenset({"is", "are", "'re", "'s"})


def standing_presence(verb: Token) -> bool:
    """"About 900 U.S. troops are deployed in Syria", "some 2,500 soldiers are stationed in Iraq": a counted force
    told in the present passive as being somewhere is the background of a standing presence, not a deployment (an
    undated one; "are being deployed" or "were deployed on Friday" tell a move)."""
    if verb.lemma_.lower() not in _PRESENCE_VERBS and verb.lower_ not in _PRESENCE_VERBS:
        return False
    children = list(children_of(verb))
    if not any(c.dep_ == "auxpass" and c.lower_ in _PRESENT_BE for c in children) or any(
            c.dep_ in ("aux", "auxpass") and c.lower_ == "being" for c in children):
        return False
    subject = next((c for c in children if c.dep_ == "nsubjpass"), None)
    return subject is not None and any(c.dep_ == "nummod" or c.lower_ in ("thousands", "hundreds", "dozens")
                                       for c in subject.subtree)


# Verbs that tell a war's course: "has fought the army since April", "fighting has intensified since August".
_CAMPAIGN_VERBS = frozenset({"fight", "battle", "clash", "intensify", "escalate", "rage", "wage"})
# The lemmatiser reads "raged" as "rag": the forms it misses are matched as written.
_CAMPAIGN_FORMS = frozenset({"raged", "raging"})
# A course begun this long before the article is a war's, not an occasion's ("have clashed since Monday" is one).
_COURSE_SPAN = dt.timedelta(days=28)
_MONTHS = frozenset(m.lower() for m in (*calendar.month_name[1:], *calendar.month_abbr[1:]))
_LONG_UNITS = frozenset({"year", "years", "month", "months", "decade", "decades"})


def campaign_course(verb: Token, published: dt.date | None) -> bool:
    """"The RSF has fought the army since April last year", "fighting has intensified since August": a present
    perfect of a campaign verb running from a time weeks or more before publication tells a war's course, not one
    occasion. "Have clashed since Monday" (days) is one; "35 rocket attacks since last October" counts acts, and its
    verb is no campaign verb."""
    campaign = verb.lemma_.lower() in _CAMPAIGN_VERBS or verb.lower_ in _CAMPAIGN_FORMS
    if not campaign or not _present_perfect_of_any_voice(verb):
        return False
    start = next((p for p in children_of(verb) if p.dep_ == "prep" and p.lower_ == "since"), None)
    return start is not None and _long_before(start, published)


def _present_perfect_of_any_voice(verb: Token) -> bool:
    """"has fought", "have been fighting", "has been waged"."""
    return verb.tag_ in ("VBN", "VBG") and any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("has", "have", "'ve")
                                                for c in children_of(verb))


def _long_before(since: Token, published: dt.date | None) -> bool:
    """The time a "since" phrase names lies weeks or more before publication: by its resolved date where the date
    component read it, else by its words (a month, a year, "last year"; not a weekday or "last week")."""
    doc: Doc = since.doc
    words = [t for t in since.subtree if t.i > since.i]
    words += [t for t in since.head.children if t.dep_ == "npadvmod" and t.ent_type_ == "DATE"]  # "April last year"
    told = next((m.value for m in doc._.dates or [] if m.start <= since.i + 1 < m.end and m.value.date), None)
    if told is not None and published is not None:
        return told.date < published - _COURSE_SPAN
    lowered = {t.lower_ for w in words for t in w.subtree}
    return bool(lowered & (_MONTHS | _LONG_UNITS)) or any(w.like_num and len(w.text) == 4 for w in words)


# Campaign verbs: "is fighting the insurgents" under a verb of saying tells a war under way, not one occasion.
_STANDING_CAMPAIGNS = frozenset({"fight", "battle", "combat", "wage"})
_SAYING = frozenset({"say", "tell", "claim", "insist", "add", "state", "stress"})
_PRESENT_PROGRESSIVE_BE = frozenset({"is", "are", "am", "'s", "'re"})


def standing_campaign(clause: Token) -> bool:
    """"The army says it is fighting terrorists in the region": a present progressive of a campaign verb under a
    present verb of saying states a standing campaign, whatever date the article lends it. A past one ("the commander
    said his men were fighting to liberate the town") reports fighting at the time, as ACLED codes it."""
    if clause.lemma_.lower() not in _STANDING_CAMPAIGNS or clause.tag_ != "VBG" or clause.dep_ != "ccomp":
        return False
    saying, aux = clause.head, next((c for c in children_of(clause) if c.dep_ == "aux" and c.lemma_ == "be"), None)
    return aux is not None and aux.lower_ in _PRESENT_PROGRESSIVE_BE and saying.lemma_.lower() in _SAYING \
        and saying.tag_ in ("VBZ", "VBP")
