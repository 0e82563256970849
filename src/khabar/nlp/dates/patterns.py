"""The words and regular expressions of date phrases: weekdays, months and their abbreviations, the
absolute, relative and anchored forms, and the modifiers stripped around them.
"""
from __future__ import annotations

import re


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
_MONTH_NUM = {m: i + 1 for i, m in enumerate(MONTHS)} | _MONTH_ABBR
_MONTH_RE = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|" \
            r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY_RE = r"(\d{1,2})(?:st|nd|rd|th)?"

# Stripped one at a time from the front, longest first: "in the early hours of Sunday", "before dawn on Monday".
_LEADING = re.compile(r"^(?:(?:night|morning|afternoon|evening|hours|beginning|start|end|middle)\s+of|before\s+dawn|"
                      r"on|in|at|during|by|of|for|"
                      r"the|late|early|earlier|later|around|about|circa|mid|overnight|until|till|as\s+of)[\s-]+")
_TRAILING = re.compile(r"[\s,]+(?:morning|afternoon|evening|night|overnight|noon|midday|"
                       r"local\s+time)$|[\s.,;:]+$")
_RANGE = re.compile(r"^(?:between|from)\s+(.+?)\s+(?:and|to|until|till|through|-)\s+(.+)$")
_SINCE = re.compile(r"^(?:since|ever\s+since)\s+(.+)$")
_WEEKDAY_PAIR = re.compile(r"^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+and\s+"
                           r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$")
_DECADE = re.compile(r"^((?:19|20)\d0)'?s$")
_WEEKEND = re.compile(r"^(?:over\s+)?(?:(?:the|last|this|past|this\s+past)\s+)?weekend$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_YEAR = re.compile(r"^(?:the\s+year\s+)?((?:19|20)\d{2})$")
_MONTH_DAY = re.compile(rf"^({_MONTH_RE})\s+{_DAY_RE}(?:,?\s+((?:19|20)\d{{2}}))?$")
_DAY_MONTH = re.compile(rf"^{_DAY_RE}(?:\s+of)?\s+({_MONTH_RE})(?:,?\s+((?:19|20)\d{{2}}))?$")
_MONTH_YEAR = re.compile(rf"^({_MONTH_RE})(?:\s+of)?,?\s+((?:19|20)\d{{2}})$")
_RELATIVE_MONTH = re.compile(rf"^(?:(last|this|next|past)\s+)?({_MONTH_RE})$")
# "July last year", "March of this year", "in May next year": a month of the year before, of or after publication's.
_MONTH_OF_YEAR = re.compile(rf"^({_MONTH_RE})(?:\s+of)?,?\s+(last|this|next)\s+year$")
_WEEKDAY = re.compile(r"^(?:(last|this|next|past)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$")
_UNIT = r"(day|week|month|year|decade)s?"
_AGO = re.compile(rf"^(.+?)\s+{_UNIT}\s+ago$")
_UNDER = re.compile(r"^(?:(?:less|fewer)\s+than|under)\s+")  # "less than a week ago"
_DEICTIC_PERIOD = re.compile(rf"^(last|this|next|past|previous|coming)\s+{_UNIT}$")
_PAST_SPAN = re.compile(rf"^(?:over\s+|in\s+|during\s+|for\s+)?(?:the\s+)?(?:past|last|previous)\s+(.+?)\s+{_UNIT}$")
_SPACES = re.compile(r"\s+")
_ANY_YEAR = re.compile(r"(?:19|20)\d{2}")
_YEAR_AT_END = re.compile(r"(?:19|20)\d{2}$")
_DIGIT_OR_MONTH = re.compile(rf"\d|\b{_MONTH_RE}\b")
_MONTH_OR_NUMERIC_DATE = re.compile(rf"\b{_MONTH_RE}\b|\d{{1,2}}/\d{{1,2}}")
# "the week before", "the previous month", "the following week": a whole unit before or after the anchor's.
_ANCHORED_PERIOD = re.compile(r"^(?:(?:in|during|over)\s+)?(?:the\s+)?(?:(previous|preceding|following)\s+"
                              r"(week|month|year)|(week|month|year)\s+(before|after))$")
# "in the following weeks", "in the weeks that followed", "in the months since", "weeks later": a stretch after the
# story's last time told, of no stated length (up to publication).
_SOME = r"(?:(?:a\s+)?few\s+|several\s+|many\s+)?"
_AFTER_SPAN = re.compile(rf"^(?:(?:in|during|over)\s+)?(?:the\s+)?(?:(?:following|ensuing|subsequent)\s+{_SOME}"
                         rf"(?:days|weeks|months|years)|{_SOME}(?:days|weeks|months|years)\s+"
                         rf"(?:later|after|afterwards|since|that\s+followed|which\s+followed))$")
# "that year", "in August that year", "later that year", "the same year": the year of the story's last time told.
_THAT_YEAR = re.compile(rf"^(?:(?:in|during|by|of|later\s+in|earlier\s+in|later|earlier)\s+)?"
                        rf"(?:({_MONTH_RE})(?:\s+of)?\s+)?(?:that|the\s+same)\s+year$")
# "last spring", "in the summer of 2019", "this autumn": a season, its three months.
_SEASON = re.compile(r"^(?:(last|this|past)\s+)?(spring|summer|autumn|fall|winter)"
                     r"(?:\s+of)?(?:,?\s+((?:19|20)\d{2}))?$")
SEASON_MONTHS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}  # each season's first month
_LATER = re.compile(rf"^(.+?)\s+{_UNIT}\s+(later|earlier|before|after)$")
_ANCHORED = {"the next day": 1, "the following day": 1, "the day after": 1, "next day": 1, "the day before": -1,
             "the previous day": -1, "the same day": 0, "that day": 0, "later that day": 0, "hours later": 0,
             "the following morning": 1, "the next morning": 1}
# A time of day told after a dated sentence is a later hour of that day: "By the afternoon, police had fired",
# "Hamas freed them earlier in the day", "That night, gunmen attacked", "(shelled it on Tuesday and) struck
# overnight": the night that follows the day told.
_TIME_OF_DAY = r"(?:morning|afternoon|evening|night)"
_SAME_DAY_WORDS = (rf"by\s+(?:the\s+)?{_TIME_OF_DAY}|(?:in|during)\s+the\s+{_TIME_OF_DAY}|that\s+{_TIME_OF_DAY}"
                   rf"|(?:earlier|later)\s+in\s+the\s+(?:day|{_TIME_OF_DAY})|by\s+(?:nightfall|dusk|midday|noon)"
                   r"|overnight")
_SAME_DAY = re.compile(rf"^(?:{_SAME_DAY_WORDS})$")
_TODAY = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0, "yesterday": -1,
          "last night": -1, "tomorrow": 1, "the day before yesterday": -2}


def _month_number(word: str) -> int:
    word = word.rstrip(".")
    return _MONTH_NUM.get(word) or _MONTH_ABBR[word[:3]]
