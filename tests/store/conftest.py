"""Events built by hand (no spaCy): a small Iraqi/Iranian news corpus of our own, in a real DuckDB file."""
from __future__ import annotations

import datetime as dt

import pytest

from khabar.model import Actor, Article, Event, Place, Size, stable_id
from khabar.store import EventStore

IRAQI_POLICE = Actor(text="police", name="Iraqi Police", id="IRQCOP", country="IRQ", sector="COP")
PROTESTERS = Actor(text="protesters", name="Protesters", country="IRQ", sector="CVL")
IRGC = Actor(text="the Revolutionary Guards", name="Islamic Revolutionary Guard Corps", id="IRNMIL", country="IRN",
             sector="MIL")
US_FORCES = Actor(text="American troops", name="United States Armed Forces", id="USAMIL", country="USA", sector="MIL")
BASRA = Place(text="Basra", name="Basra", geonameid=99532, lat=30.508, lon=47.783, admin1="Basra", country="IRQ",
              precision=1)
ERBIL = Place(text="Erbil", name="Erbil", geonameid=95446, lat=36.19, lon=44.01, admin1="Erbil", country="IRQ",
              precision=1)


def _article(key: str, text: str, *, published: dt.date | None = dt.date(2024, 3, 7)) -> Article:
    return Article(id=f"doc-{key}", text=text, title=f"Report {key}", published=published, source="Test Wire")


def _event(article: Article, event: str, sentence: str, **fields) -> Event:
    return Event(id=stable_id(article.id, sentence, event), doc_id=article.id, event=event, text=sentence, **fields)


@pytest.fixture()
def make_article():
    """Build an Article with an id derived from ``key``."""
    return _article


@pytest.fixture()
def make_event():
    """Build an Event of an article with a deterministic id, as the coder would."""
    return _event


@pytest.fixture()
def corpus() -> tuple[list[Article], list[Event]]:
    """Three articles and four events covering different categories, places, dates and factuality."""
    s1 = "Police fired tear gas at protesters in Basra on Thursday, killing two."
    s2 = "Protesters rallied outside the governor's office in Basra."
    s3 = "A drone launched by the Revolutionary Guards struck a base used by American troops near Erbil."
    s4 = "Officials said the Revolutionary Guards might strike again."
    a1 = _article("basra", f"{s1} {s2}")
    a2 = _article("erbil", f"{s3} {s4}", published=dt.date(2024, 1, 20))
    a3 = _article("quiet", "Nothing of note happened in the markets today.", published=None)
    events = [
        _event(a1, "ASSAULT", s1, mode="firearms", date=dt.date(2024, 3, 7), date_precision="day",
                   actor=(IRAQI_POLICE,), recipient=(PROTESTERS,), event_loc=BASRA, size=Size(dead=2),
                   acled_event_type="Violence against civilians", acled_sub_event_type="Attack", confidence=0.9),
        _event(a1, "PROTEST", s2, mode="demonstrate", date=dt.date(2024, 3, 1), enddate=dt.date(2024, 3, 31),
                   date_precision="month", actor=(PROTESTERS,), event_loc=BASRA, size=Size(count=300),
                   acled_event_type="Protests", acled_sub_event_type="Peaceful protest", confidence=0.7),
        _event(a2, "ASSAULT", s3, mode="aerial", date=dt.date(2024, 1, 18), date_precision="day",
                   actor=(IRGC,), recipient=(US_FORCES,), event_loc=ERBIL,
                   acled_event_type="Explosions/Remote violence", acled_sub_event_type="Air/drone strike",
                   confidence=0.8),
        _event(a2, "ASSAULT", s4, actor=(IRGC,), factuality="hypothetical", confidence=0.4),
    ]
    return [a1, a2, a3], events


@pytest.fixture()
def store(tmp_path, corpus):
    """A store holding the corpus (all three articles coded)."""
    articles, events = corpus
    with EventStore(tmp_path / "khabar.duckdb") as opened:
        run_id = opened.start_run(command="test", settings={"batch_size": 2}, versions={"khabar": "test"})
        opened.write_batch(articles=articles, events=events, failures=[], coded=True, run_id=run_id)
        yield opened
