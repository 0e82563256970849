"""Places named by description only ("the capital", "the southern port city"), on sentences we wrote. The component
reads only the words whose lower-case form is a settlement noun (found in the doc's LOWER column); these tables
check that such words are found wherever they stand, in any case, and that the others stay unread."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _described(doc) -> list[tuple[str, str, str]]:
    """(text, resolved name, country) of the mentions ``described_places`` added (their span is one head noun)."""
    named = {(m.start, m.end) for m in doc._.places if m.end - m.start > 1 or m.text == doc[m.start].text}
    return [(m.text, m.place.name, m.place.country) for m in doc._.places if (m.start, m.end) not in named]


@pytest.mark.parametrize(("text", "described"), [
    # a description holding every describing word of an earlier "<description> of <name>"
    ("Clashes broke out in the southern port city of Mombasa on Monday. Police in the southern port city arrested "
     "12 people.", [("the southern port city", "Mombasa", "KEN")]),
    # "the capital" of the country a nationality word names
    ("Protesters marched through the Lebanese capital on Sunday, witnesses said.",
     [("the Lebanese capital", "Beirut", "LBN")]),
    # ... else of the article's main country, also capitalised at the start of a sentence
    ("Rebels shelled Goma and Bukavu on Friday. The capital was calm, residents said.",
     [("The capital", "Kinshasa", "COD")]),
])
def test_a_place_named_by_description_is_read(nlp, text, described):
    assert _described(nlp(text)) == described


@pytest.mark.parametrize("text", [
    "Investors fled the capital markets as the crisis deepened in Nigeria.",  # "the capital" in another sense
    "Troops entered the capital of Chad, N'Djamena, on Monday.",  # the name is there
    "A bomb exploded in a town near Kandahar, police said.",  # no definite description
    "Gunmen attacked the town on Tuesday.",  # no describing word, no earlier name
])
def test_no_place_is_read_from_other_settlement_words(nlp, text):
    assert _described(nlp(text)) == []


@pytest.mark.parametrize("text", [
    "Clashes broke out in the northern city of Kirkuk on Monday. Police in the northern city detained 30 people.",
    "Residents of Khartoum said troops shelled the city overnight.",
    "Demonstrators gathered in the Kenyan capital on Tuesday.",
])
def test_the_text_given_reads_as_the_docs_own(nlp, text):
    """The component hands ``described_places`` the text it has already read; the mentions are those read off
    ``doc.text``."""
    from khabar.geo.anaphora import described_places
    from khabar.geo.gazetteer import default_gazetteer

    doc = nlp(text)
    named = [m for m in doc._.places if m.end - m.start > 1 or m.text == doc[m.start].text]
    found = described_places(doc, named, doc._.geo_focus, gazetteer=default_gazetteer(), text=doc.text)
    assert found, "each text names a place by description"
    assert found == described_places(doc, named, doc._.geo_focus, gazetteer=default_gazetteer())
