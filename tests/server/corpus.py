"""A small hand-made store for the server tests: articles, their events with exact spans, one relation.

Sentences are our own. Offsets are computed from the texts, as the coder would produce them.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from khabar.model import Actor, Article, Event, Place, Relation, Size, stable_id
from khabar.store import EventStore

XSS_TITLE = "<script>window.pwnedTitle=1</script> Talks in Muscat"
XSS_SENTENCE = "Omani and Iranian envoys met in Muscat on Tuesday <img src=x onerror=\"window.pwned=1\"> to talk."

ARTICLES = {
    "wire/a1": ("Clashes near Mosul", dt.date(2024, 3, 4),
                "MOSUL - Iraqi soldiers attacked Islamic State fighters near Mosul on Monday, killing five, "
                "officials said. The governor of Nineveh praised the troops."),
    "wire/a2": ("Army strikes militants", dt.date(2024, 3, 5),
                "Soldiers struck militants outside Mosul on Monday, a military spokesman said."),
    "wire/a3": ("Tax protest", dt.date(2024, 4, 15),
                "Hundreds of protesters rallied in Beirut on Monday against new taxes."),
    "wire/a4": ("Warning", dt.date(2024, 5, 1), "Iran may threaten Israel next week, analysts said."),
    "wire/a5": (XSS_TITLE, dt.date(2024, 4, 2), XSS_SENTENCE + " They agreed to meet again."),
}

IRAQ_ARMY = dict(name="Iraq military", id="IRQMIL", country="IRQ", sector="MIL")
ISLAMIC_STATE = dict(name="Islamic State", id="ISIL", country=None, sector="REB")
MOSUL = dict(name="Mosul", lat=36.34, lon=43.13, country="IRQ", precision=1)


@dataclass(frozen=True)
class Spec:
    """An event to build: the sentence and the words to mark in it."""

    doc_id: str
    sentence: str
    event: str
    trigger: str
    actor: tuple[tuple[str, dict], ...]
    recipient: tuple[tuple[str, dict], ...]
    place: tuple[str, dict] | None
    date: dt.date
    size: Size = Size()
    factuality: str = "asserted"
    acled: str | None = None
    link: str | None = None
    confidence: float = 0.8


SPECS = (
    Spec("wire/a1", "MOSUL - Iraqi soldiers attacked Islamic State fighters near Mosul on Monday, killing five, "
         "officials said.", "ASSAULT", "attacked", (("Iraqi soldiers", IRAQ_ARMY),),
         (("Islamic State fighters", ISLAMIC_STATE),), ("Mosul", MOSUL), dt.date(2024, 3, 4), Size(dead=5),
         acled="Battles", link="L-mosul", confidence=0.9),
    Spec("wire/a1", "The governor of Nineveh praised the troops.", "SUPPORT", "praised",
         (("governor of Nineveh", dict(name="Governor of Nineveh", country="IRQ", sector="GOV")),),
         (("troops", IRAQ_ARMY),), None, dt.date(2024, 3, 4)),
    Spec("wire/a2", "Soldiers struck militants outside Mosul on Monday, a military spokesman said.", "ASSAULT",
         "struck", (("Soldiers", IRAQ_ARMY),), (("militants", ISLAMIC_STATE),), ("Mosul", MOSUL),
         dt.date(2024, 3, 4), acled="Battles", link="L-mosul", confidence=0.7),
    Spec("wire/a3", "Hundreds of protesters rallied in Beirut on Monday against new taxes.", "PROTEST", "rallied",
         (("protesters", dict(name="Protesters (Lebanon)", country="LBN", sector="CVL")),),
         (), ("Beirut", dict(name="Beirut", lat=33.89, lon=35.50, country="LBN", precision=1)),
         dt.date(2024, 4, 15), Size(count=300), acled="Protests"),
    Spec("wire/a4", "Iran may threaten Israel next week, analysts said.", "THREATEN", "threaten",
         (("Iran", dict(name="Iran", id="IRN", country="IRN", sector="GOV")),),
         (("Israel", dict(name="Israel", id="ISR", country="ISR", sector="GOV")),), None, dt.date(2024, 5, 6),
         factuality="hypothetical"),
    Spec("wire/a5", XSS_SENTENCE, "CONSULT", "met",
         (("Omani", dict(name="Oman", id="OMN", country="OMN", sector="GOV")),),
         (("Iranian envoys", dict(name="Iran", id="IRN", country="IRN", sector="GOV")),),
         ("Muscat", dict(name="Muscat", lat=23.58, lon=58.40, country="OMN", precision=1)), dt.date(2024, 4, 2)),
)


def articles() -> list[Article]:
    return [Article(id=key, title=title, published=published, text=text, source="test wire")
            for key, (title, published, text) in ARTICLES.items()]


def _span(text: str, part: str, offset: int) -> tuple[int, int]:
    start = text.index(part) + offset
    return start, start + len(part)


def _actor(sentence: str, offset: int, mention: str, fields: dict) -> Actor:
    return Actor(text=mention, span=_span(sentence, mention, offset), **fields)


def build(spec: Spec) -> Event:
    text = ARTICLES[spec.doc_id][2]
    offset = text.index(spec.sentence)
    place = Place(text=spec.place[0], span=_span(spec.sentence, spec.place[0], offset), **spec.place[1]) \
        if spec.place else None
    return Event(id=stable_id(spec.doc_id, spec.sentence, spec.event), doc_id=spec.doc_id, event=spec.event,
                 acled_event_type=spec.acled, date=spec.date, date_precision="day",
                 actor=tuple(_actor(spec.sentence, offset, m, f) for m, f in spec.actor),
                 recipient=tuple(_actor(spec.sentence, offset, m, f) for m, f in spec.recipient),
                 event_loc=place, size=spec.size, factuality=spec.factuality, text=spec.sentence,
                 span=(offset, offset + len(spec.sentence)), trigger=spec.trigger,
                 trigger_span=_span(spec.sentence, spec.trigger, offset), confidence=spec.confidence, link=spec.link)


def events() -> list[Event]:
    return [build(spec) for spec in SPECS]


def relations() -> list[Relation]:
    leader = Actor(text="Abu Example", name="Abu Example")
    return [Relation(doc_id="wire/a1", subject=leader, relation="leader_of",
                     object=Actor(text="Islamic State", name="Islamic State", id="ISIL"), date=dt.date(2024, 3, 4),
                     text="Islamic State leader Abu Example")]


def fill(path: Path) -> None:
    with EventStore(path) as store:
        run = store.start_run(command="test", settings={}, versions={})
        store.write_batch(articles=articles(), events=events(), failures=[], coded=True, run_id=run,
                          relations=relations())
        store.finish_run(run, counts={"events": len(SPECS)}, status="ok")


def event_id(category: str, doc_id: str) -> str:
    return next(e.id for e in events() if e.event == category and e.doc_id == doc_id)


# An article the real coder folds: the second sentence retells the ambush of the first (with its toll).
RETOLD = Article(id="wire/retold", title="Ambush near Gusau", published=dt.date(2024, 6, 26), source="test wire",
                 text="GUSAU, Nigeria - Gunmen ambushed a police patrol near Gusau on Sunday, police said. The "
                      "attackers killed six officers in the ambush, a police spokesman said.\n\nResidents said the "
                      "gunmen fled into a nearby forest. The state governor condemned the attack.")


def fill_coded(path: Path) -> None:
    """A store holding ``RETOLD`` as the real coder codes it (this loads the spaCy model)."""
    from khabar.nlp.pipeline import Coder

    (coded,) = Coder().code([RETOLD])
    with EventStore(path) as store:
        store.write_batch(articles=[RETOLD], events=coded.events, failures=[], coded=True, run_id=None)
