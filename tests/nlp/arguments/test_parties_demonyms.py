"""Every UN member's nationality word makes a party of that state: "<Demonym> troops attacked a village" is done by
that state's forces, whatever the village (one the gazetteer lacks gives no country of its own)."""
from __future__ import annotations

from datetime import date

import pytest

from khabar.actors import default_kb
from khabar.model import Article

pytestmark = pytest.mark.model

PUBLISHED = date(2024, 3, 9)
# Two shapes of one sentence: an armed body and a police force, each before a village no gazetteer knows.
SHAPES = ("{} troops attacked a village near Qorxaley on Friday.",
          "{} police arrested 12 men in the village of Qorxaley on Friday.")


def _members() -> list[tuple[str, str]]:
    """(ISO3, the nationality adjective) of every UN member, the adjective being the first demonym."""
    return sorted((e.id, e.demonyms[0]) for e in default_kb().entries() if e.un_member and e.demonyms)


@pytest.fixture(scope="module")
def first_actor_countries(session_coder) -> dict[tuple[str, str], str | None]:
    """(ISO3, shape) -> the country of the first actor of the sentence's event, coded in one run."""
    articles = [Article(id=f"{iso}|{shape}", text=shape.format(word), published=PUBLISHED)
                for iso, word in _members() for shape in SHAPES]
    found = {}
    for coded in session_coder.code(articles):
        iso, shape = coded.article.id.split("|", 1)
        actors = [a for e in coded.events for a in e.actor]
        found[(iso, shape)] = actors[0].country if actors else None
    return found


def test_every_un_member_is_listed_with_its_nationality_word():
    assert len(_members()) >= 190


@pytest.mark.parametrize("shape", SHAPES)
def test_every_nationality_word_gives_its_state(first_actor_countries, shape):
    assert sum(1 for _, s in first_actor_countries if s == shape) >= 190
    wrong = {iso: got for (iso, s), got in first_actor_countries.items() if s == shape and got != iso}
    assert wrong == {}
