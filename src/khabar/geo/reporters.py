"""Places of sources: "Reports from Indonesia said nothing", "media in Senegal reported the clash".

Such a place says where the news came from, not where anything happened: it neither sets a dateline aside nor
counts toward the article's focus. Only sources that report from afar count (media, reports, footage, sources);
witnesses and residents are where the event was ("Residents in Gao said gunmen attacked the town").
"""
from __future__ import annotations

from spacy.tokens import Token

_SOURCE_NOUNS = frozenset({"report", "reports", "media", "outlet", "outlets", "newspaper", "newspapers", "paper",
                           "press", "television", "tv", "radio", "agency", "agencies", "broadcaster", "broadcasters",
                           "channel", "channels", "footage", "video", "videos", "images", "source", "sources",
                           "dispatch", "dispatches", "account", "accounts", "journalist", "journalists"})
_REPORTING_VERBS = frozenset({"say", "report", "tell", "announce", "claim", "state", "quote", "cite", "confirm",
                              "deny", "write", "publish", "broadcast", "show", "air", "suggest", "add", "carry"})
_SEAT_PREPS = frozenset({"from", "in", "out"})  # "reports from Indonesia", "media in Senegal", "reports out of Gaza"


def seat_of_a_source(name: Token) -> bool:
    """Whether the place name ``name`` (its last token) only says where a report came from: a media or report noun's
    "from"/"in" phrase, that noun the subject of a reporting verb or the object of "according to"."""
    prep = name.head
    if name.dep_ != "pobj" or prep.lower_ not in _SEAT_PREPS:
        return False
    source = prep.head
    return source.lower_ in _SOURCE_NOUNS and _reports(source)


def _reports(source: Token) -> bool:
    """"Reports ... said", "according to reports": the noun is the one telling."""
    head = source.head
    if source.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in _REPORTING_VERBS:
        return True
    return source.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according"
