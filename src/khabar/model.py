"""Frozen records that flow between khabar's layers, and their PLOVER JSON form.

Inside the NLP layer an article is a spaCy ``Doc``; everywhere else it is one of these
records. ``Event.to_plover()`` / ``Event.from_plover()`` are the only JSON mapping.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field, fields, replace
from typing import Any

FACTUALITY = ("asserted", "negated", "hypothetical", "future", "prescriptive", "question", "attempted")
DATE_PRECISION = ("day", "week", "month", "year", "range", "unknown")

_SPACE = re.compile(r"\s+")


def normalise_text(text: str) -> str:
    """Unicode-normalised, whitespace-collapsed text: the basis of content hashes."""
    text = unicodedata.normalize("NFKC", text)
    return _SPACE.sub(" ", text).strip()


def stable_id(*parts: object, length: int = 16) -> str:
    """A deterministic hex id from the parts, so re-runs upsert instead of duplicating."""
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return digest.hexdigest()[:length]


def content_hash(text: str) -> str:
    return hashlib.sha1(normalise_text(text).lower().encode("utf-8")).hexdigest()


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _date(value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


@dataclass(frozen=True, slots=True)
class Article:
    """One document to code. ``id`` is the id its source gives (record id, URL or path)."""

    id: str
    text: str
    title: str | None = None
    published: dt.date | None = None
    url: str | None = None
    source: str | None = None
    language: str = "en"

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.text, "title": self.title, "published": _iso(self.published),
                "url": self.url, "source": self.source, "language": self.language}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        return cls(id=str(data["id"]), text=data["text"], title=data.get("title"),
                   published=_date(data.get("published")), url=data.get("url"),
                   source=data.get("source"), language=data.get("language") or "en")


@dataclass(frozen=True, slots=True)
class Failure:
    """A source that could not be read or coded, and why. Failures are stored, never raised in batch runs."""

    source: str
    reason: str
    stage: str = "ingest"
    time: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.timezone.utc))


@dataclass(frozen=True, slots=True)
class Actor:
    """An actor mention resolved (as far as possible) to a canonical identity."""

    text: str
    name: str
    id: str | None = None
    country: str | None = None  # ISO3
    sector: str | None = None  # PLOVER sector code, e.g. GOV, MIL, REB, CVL
    aliases: tuple[str, ...] = ()
    span: tuple[int, int] | None = None  # character offsets in the article

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "name": self.name, "id": self.id, "country": self.country,
                "sector": self.sector, "aliases": list(self.aliases),
                "span": list(self.span) if self.span else None}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Actor:
        span = data.get("span")
        # an empty text is an implied party ("the authorities" a protest addresses): kept empty, not the name
        text = data["text"] if data.get("text") is not None else data.get("name") or ""
        return cls(text=text, name=data.get("name") or data.get("text") or "",
                   id=data.get("id"), country=data.get("country"), sector=data.get("sector"),
                   aliases=tuple(data.get("aliases") or ()), span=tuple(span) if span else None)


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved location. ``precision`` follows ACLED: 1 the place itself, 2 near/within, 3 province/country."""

    text: str
    name: str
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    admin1: str | None = None
    country: str | None = None  # ISO3
    precision: int | None = None
    feature: str | None = None
    span: tuple[int, int] | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "name": self.name, "geonameid": self.geonameid, "lat": self.lat,
                "lon": self.lon, "admin1": self.admin1, "country": self.country,
                "precision": self.precision, "feature": self.feature,
                "span": list(self.span) if self.span else None}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Place:
        span = data.get("span")
        return cls(text=data.get("text") or "", name=data.get("name") or data.get("text") or "",
                   geonameid=data.get("geonameid"), lat=data.get("lat"), lon=data.get("lon"),
                   admin1=data.get("admin1"), country=data.get("country"), precision=data.get("precision"),
                   feature=data.get("feature"), span=tuple(span) if span else None)


@dataclass(frozen=True, slots=True)
class Size:
    """How many: people killed, injured, arrested, and a generic count (attacks, fighters, protesters)."""

    dead: int | None = None
    injured: int | None = None
    arrested: int | None = None
    count: int | None = None

    def to_dict(self) -> dict[str, int | None]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Size:
        data = data or {}
        return cls(**{f.name: data.get(f.name) for f in fields(cls)})


@dataclass(frozen=True, slots=True)
class Mention:
    """One sentence that told an event: where it is in the article and the word that told it."""

    text: str
    span: tuple[int, int]  # the sentence's character offsets in the article
    trigger: str = ""
    trigger_span: tuple[int, int] | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "span": list(self.span), "trigger": self.trigger,
                "trigger_span": list(self.trigger_span) if self.trigger_span else None}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Mention:
        trig = data.get("trigger_span")
        return cls(text=data.get("text") or "", span=tuple(data.get("span") or (0, 0)),
                   trigger=data.get("trigger") or "", trigger_span=tuple(trig) if trig else None)


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event: who did what to whom, when, where and how many, with its evidence.

    ``text``/``span``/``trigger`` are the main evidence; ``mentions`` are the other sentences of the article
    that told the same event and were folded into this record (a later toll, the raid's arrests), in article order.
    """

    id: str
    doc_id: str
    event: str  # PLOVER category
    mode: str | None = None
    context: tuple[str, ...] = ()
    cameo: str | None = None
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    date: dt.date | None = None
    enddate: dt.date | None = None
    date_precision: str = "unknown"
    actor: tuple[Actor, ...] = ()
    recipient: tuple[Actor, ...] = ()
    event_loc: Place | None = None
    size: Size = Size()
    factuality: str = "asserted"
    text: str = ""
    span: tuple[int, int] = (0, 0)
    trigger: str = ""
    trigger_span: tuple[int, int] | None = None
    confidence: float = 0.0
    link: str | None = None
    mentions: tuple[Mention, ...] = ()

    def with_changes(self, **changes: Any) -> Event:
        return replace(self, **changes)

    def to_plover(self) -> dict[str, Any]:
        """The PLOVER-style JSON record (field names documented in the README)."""
        return {
            "id": self.id, "doc_id": self.doc_id, "event": self.event, "mode": self.mode,
            "context": list(self.context), "cameo": self.cameo,
            "acled_event_type": self.acled_event_type, "acled_sub_event_type": self.acled_sub_event_type,
            "date": _iso(self.date), "enddate": _iso(self.enddate), "date_precision": self.date_precision,
            "actor": [a.to_dict() for a in self.actor], "recipient": [a.to_dict() for a in self.recipient],
            "event_loc": self.event_loc.to_dict() if self.event_loc else None,
            "size": self.size.to_dict(), "factuality": self.factuality, "text": self.text,
            "span": list(self.span), "trigger": self.trigger,
            "trigger_span": list(self.trigger_span) if self.trigger_span else None,
            "confidence": self.confidence, "link": self.link,
            "mentions": [m.to_dict() for m in self.mentions],
        }

    @classmethod
    def from_plover(cls, data: dict[str, Any]) -> Event:
        trig = data.get("trigger_span")
        return cls(
            id=data["id"], doc_id=data["doc_id"], event=data["event"], mode=data.get("mode"),
            context=tuple(data.get("context") or ()), cameo=data.get("cameo"),
            acled_event_type=data.get("acled_event_type"), acled_sub_event_type=data.get("acled_sub_event_type"),
            date=_date(data.get("date")), enddate=_date(data.get("enddate")),
            date_precision=data.get("date_precision") or "unknown",
            actor=tuple(Actor.from_dict(a) for a in data.get("actor") or ()),
            recipient=tuple(Actor.from_dict(a) for a in data.get("recipient") or ()),
            event_loc=Place.from_dict(data["event_loc"]) if data.get("event_loc") else None,
            size=Size.from_dict(data.get("size")), factuality=data.get("factuality") or "asserted",
            text=data.get("text") or "", span=tuple(data.get("span") or (0, 0)),
            trigger=data.get("trigger") or "", trigger_span=tuple(trig) if trig else None,
            confidence=float(data.get("confidence") or 0.0), link=data.get("link"),
            mentions=tuple(Mention.from_dict(m) for m in data.get("mentions") or ()),
        )


@dataclass(frozen=True, slots=True)
class Relation:
    """A typed actor relation stated in an article ("Kataib Hezbollah leader Abu Mahdi al-Muhandis")."""

    doc_id: str
    subject: Actor
    relation: str  # part_of, leader_of, member_of, aligned_with, head_of_government, led_by, controls, ...
    object: Actor
    date: dt.date | None = None
    text: str = ""

    @property
    def id(self) -> str:
        return stable_id(self.doc_id, self.subject.name, self.relation, self.object.name, self.text)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "doc_id": self.doc_id, "subject": self.subject.to_dict(), "relation": self.relation,
                "object": self.object.to_dict(), "date": _iso(self.date), "text": self.text}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Relation:
        return cls(doc_id=data["doc_id"], subject=Actor.from_dict(data["subject"]), relation=data["relation"],
                   object=Actor.from_dict(data["object"]), date=_date(data.get("date")), text=data.get("text") or "")
