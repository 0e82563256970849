"""Coder fixtures for the tests of the coder's components: one Coder for the session, and the events of a text."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from khabar.ingest import read_sources
from khabar.model import Article
from khabar.nlp.coreference import RETOLD_KINDS
from khabar.nlp.pipeline import Coder
from khabar.settings import Settings


@pytest.fixture(scope="session")
def session_coder():
    return Coder()


@pytest.fixture
def coder(session_coder):
    """The session's coder, under the name the event component's tests use."""
    return session_coder


def coded_events(coder: Coder, text: str, published: dt.date | None) -> list:
    """Every event the coder gives for ``text`` as one article, whatever its factuality; the article must not fail."""
    coded = list(coder.code([Article(id="t", text=text, published=published)]))[0]
    assert coded.failure is None
    return list(coded.events)


# The publication day of the event component's tests: a Friday, against which "on Monday" and "last week" resolve.
EVENTS_PUBLISHED = dt.date(2021, 5, 14)


def asserted_events(coder: Coder, text: str, published: dt.date | None = EVENTS_PUBLISHED) -> list:
    """The events a text tells as done."""
    return [e for e in coded_events(coder, text, published) if e.factuality == "asserted"]


def asserted_main_event(coder: Coder, text: str, published: dt.date | None):
    """The event a one-label table compares with: the main one among the asserted events of ``text``."""
    from khabar.evaluate.coder import main_event

    return main_event(e for e in coded_events(coder, text, published) if e.factuality == "asserted")


def events_of(coder: Coder, text: str, category: str, published: dt.date) -> list:
    """The events of one category the coder gives for ``text`` as one article."""
    return [e for e in coded_events(coder, text, published) if e.event == category]


def countries_and_sectors(parties) -> list[tuple[str | None, str | None]]:
    return [(a.country, a.sector) for a in parties]


def date_of_phrase(coder: Coder, text: str, phrase: str, published: dt.date) -> dt.date | None:
    """The date the dates component gives the phrase ``phrase`` of ``text``; the phrase must be found."""
    doc = coder.nlp(coder._make_doc(Article(id="t", text=text, published=published)))
    found = [m for m in doc._.dates if m.text == phrase]
    assert found, f"no date phrase {phrase!r}: {[m.text for m in doc._.dates]}"
    return found[0].value.date


def event_with(events: list, trigger: str):
    """The first of ``events`` with this trigger text; there must be one."""
    found = [e for e in events if e.trigger == trigger]
    assert found, f"no event with trigger {trigger!r}: {[e.trigger for e in events]}"
    return found[0]


def event_telling(events: list, text: str, trigger: str):
    """The record of the event the first ``trigger`` word of ``text`` tells: its own record, the record that keeps it
    among its mentions, or, where within-article coreference folded that mention into an event of a retold kind told
    before it, the latest such record before it."""
    start = text.index(trigger)
    own = [e for e in events if e.trigger_span and e.trigger_span[0] <= start < e.trigger_span[1]]
    if own:
        return own[0]
    folded = [e for e in events if any(m.trigger_span[0] <= start < m.trigger_span[1] for m in e.mentions)]
    if folded:  # "Dozens were killed in the fighting": the toll of the lead's assault, recorded as its mention
        return folded[0]
    before = [e for e in events if e.trigger_span and e.trigger_span[1] <= start and e.event in RETOLD_KINDS]
    assert before, f"no event tells {trigger!r}: {[e.trigger for e in events]}"
    return max(before, key=lambda e: e.trigger_span[0])


def field_of(event, name: str):
    """The audited value: "date", "loc" (the place's name), "country" and "feature" (the place's), "dead",
    "injured", "arrested"."""
    if name == "loc":
        return event.event_loc.name if event.event_loc else None
    if name in ("country", "feature"):
        return getattr(event.event_loc, name) if event.event_loc else None
    if name in ("dead", "injured", "arrested"):
        return getattr(event.size, name)
    return getattr(event, name)


NOBODY = "nobody"  # in a party table: the sentence names no such party, and none may be invented


def party_holds(expected, parties) -> bool:
    """Whether coded ``parties`` match a table's ``(words in the text, ISO3)``; either may be None (unchecked),
    a whole None checks nothing, and ``NOBODY`` wants no party at all."""
    if expected is None:
        return True
    if expected == NOBODY:
        return not parties
    words, country = expected
    return any((words is None or words.lower() in p.text.lower()) and (country is None or p.country == country)
               for p in parties)


def rows_with_known_misses(rows, known_misses: dict[str, str], *, text_at: int = 0) -> list:
    """A table's rows as pytest params; a row whose sentence (at ``text_at``) starts with a known miss is a strict
    xfail with its reason."""
    return [_row_param(row, row[text_at], known_misses) for row in rows]


def _row_param(row, text: str, known_misses: dict[str, str]):
    reason = next((r for start, r in known_misses.items() if text.startswith(start)), None)
    marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
    return pytest.param(*row, marks=marks, id=text[:60])


def table_params(table, known_misses: dict[str, str]):
    """Rows of (published, text, actor, recipient)."""
    return rows_with_known_misses(table, known_misses, text_at=1)


# The non-event sweeps: rows of (sentence, category, expected) grouped by theme, where ``NOT`` wants no event of the
# category told as done or to come (what a CAMEO-style benchmark counts as coded) and "asserted" or "future" wants
# one with that factuality.
NOT = None
CODED = frozenset({"asserted", "future"})


def theme_params(themes: dict, known_misses: dict) -> list:
    """The rows of every theme as pytest params, and the known misses as strict xfails with their reasons."""
    told = [pytest.param(text, category, expected, id=f"{theme}:{category}:{text[:50]}")
            for theme, rows in themes.items() for text, category, expected in rows]
    return told + [pytest.param(text, category, expected, marks=[pytest.mark.xfail(reason=reason, strict=True)],
                                id=f"known_miss:{category}:{text[:50]}")
                   for (text, category, expected), reason in known_misses.items()]


def theme_texts(themes: dict, known_misses: dict) -> list[str]:
    return [text for rows in themes.values() for text, _, _ in rows] + [text for text, _, _ in known_misses]


def code_each(coder: Coder, texts, published: dt.date) -> dict[str, list]:
    """The events of each text, coded in one batch, each text its own article (none may fail)."""
    articles = [Article(id=f"s{i}", text=t, published=published) for i, t in enumerate(sorted(set(texts)))]
    by_id = {a.id: a.text for a in articles}
    out = {}
    for result in coder.code(articles):
        assert result.failure is None
        out[by_id[result.article.id]] = list(result.events)
    return out


def assert_told_as_expected(events, category: str, expected: str | None) -> None:
    factualities = {e.factuality for e in events if e.event == category}
    if expected is NOT:
        assert not factualities & CODED, f"{category} told as done or to come: {sorted(factualities)}"
    else:
        assert expected in factualities, f"no {expected} {category}: {sorted(factualities)}"


# --- whole-article audits (tests/nlp/test_article_audit_*.py) ---------------------------------------------------

def coded_articles(coder: Coder, folder: Path) -> dict:
    """The audit articles of ``folder`` (with a header giving their dates) coded, by their file names' two digits."""
    read = [a for a in read_sources([str(folder)], settings=Settings()) if isinstance(a, Article)]
    return {Path(a.id).name[:2]: coded for a, coded in zip(read, coder.code(read))}


def article_events(articles: dict, number: str) -> list:
    coded = articles[number]
    assert coded.failure is None
    return list(coded.events)


def dated_article_events(coder: Coder, folder: Path, number: str, published: dt.date) -> list:
    """The events of the plain-text audit article ``folder/<number>_*.txt`` published on ``published``."""
    if not folder.is_dir():
        pytest.skip("the audit articles are not present")
    path = next(folder.glob(f"{number}_*.txt"))
    return coded_events(coder, path.read_text(encoding="utf-8"), published)


def in_sentence(events, words: str) -> list:
    return [e for e in events if words in e.text]


def asserted(events, category: str, *, on: str | None = None, dead: int | None = None, mode: str | None = None):
    return [e for e in events if e.event == category and e.factuality == "asserted"
            and (on is None or str(e.date) == on) and (dead is None or e.size.dead == dead)
            and (mode is None or e.mode == mode)]


def none_asserted(events, words: str) -> bool:
    return not [e for e in in_sentence(events, words) if e.factuality == "asserted"]


def party_named(found, expected) -> bool:
    """Whether a coded party matches ``(words in its KB name or text, ISO3 or None)``; None checks nothing."""
    if expected is None:
        return True
    words, country = expected
    return any((words.lower() in p.name.lower() or words.lower() in p.text.lower()) and p.country == country
               for p in found)


UNFIXED = "a cause found by the audit and not yet fixed in general"


def headed_article(folder: Path, name: str) -> tuple[dt.date, str]:
    """An audit article whose first line is its publication date: (date, text)."""
    head, text = (folder / f"{name}.txt").read_text(encoding="utf-8").split("\n", 1)
    return dt.date.fromisoformat(head), text


def coded_headed_articles(coder: Coder, folder: Path) -> dict[str, list]:
    """The events of every headed audit article in ``folder``, by file stem."""
    return {path.stem: coded_events(coder, *reversed(headed_article(folder, path.stem)))
            for path in sorted(folder.glob("*.txt"))}


def fact_params(facts) -> list:
    """(article, trigger, field, expected, xfail reason or None) rows as parameters; a reason makes a strict xfail."""
    return [pytest.param(article, trigger, name, expected, id=f"{article}-{trigger}-{name}",
                         marks=[pytest.mark.xfail(strict=True, reason=f"{UNFIXED}: {reason}")] if reason else [])
            for article, trigger, name, expected, reason in facts]


def told_field(coder: Coder, text: str, published: dt.date | None, trigger: str, name: str):
    """The audited ``name`` field of the record that tells the ``trigger`` word of ``text`` (see ``event_telling``)."""
    return field_of(event_telling(coded_events(coder, text, published), text, trigger), name)


def assert_party_fact(events, category: str, trigger: str, actor, recipient) -> None:
    """Some event of ``category`` on a trigger holding ``trigger`` has the expected actor and recipient."""
    found = [e for e in events if e.event == category and trigger.lower() in e.trigger.lower()]
    assert any(party_named(e.actor, actor) and party_named(e.recipient, recipient) for e in found), \
        [(e.trigger, e.actor, e.recipient) for e in found]


# Expected dates of the date tables: (date, enddate, precision).
def day_told(value: dt.date) -> tuple:
    return value, value, "day"


def month_told(year: int, number: int, last: int) -> tuple:
    return dt.date(year, number, 1), dt.date(year, number, last), "month"


def year_told(value: int) -> tuple:
    return dt.date(value, 1, 1), dt.date(value, 12, 31), "year"


def as_tuple(value) -> tuple | None:
    """A resolved ``DateValue`` as (date, enddate, precision), None for none."""
    return (value.date, value.enddate, value.precision) if value is not None else None


def told_date(event) -> tuple | None:
    """An event's (date, enddate, date_precision), None for an undated one."""
    return (event.date, event.enddate, event.date_precision) if event.date is not None else None


def article_fact_params(facts) -> list:
    """(article, trigger, actor, recipient, xfail reason or None) rows as parameters; a reason makes a strict xfail."""
    return [pytest.param(*row[:4], id=f"{row[0]}-{row[1]}",
                         marks=[pytest.mark.xfail(strict=True, reason=f"{UNFIXED}: {row[4]}")] if row[4] else [])
            for row in facts]


def dated_fact_params(facts) -> list:
    """(article, words of the sentence, trigger, expected date, xfail reason or None) rows as parameters."""
    return [pytest.param(*row[:4], id=f"{row[0]}-{row[2]}-{row[1][:30]}",
                         marks=[pytest.mark.xfail(strict=True, reason=row[4])] if row[4] else [])
            for row in facts]
