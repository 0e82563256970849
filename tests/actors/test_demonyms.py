"""Nationality words that are nouns of people (actors/demonyms): "a Briton" is one British civilian, "Frenchmen"
French civilians, an adjective alone names no one and "the Japanese" are the nation (phrases we wrote)."""
import datetime as dt

import pytest

from khabar.actors import default_kb
from khabar.actors.demonyms import noun_of_one, plural_noun

DAY = dt.date(2019, 5, 20)


@pytest.fixture(scope="module")
def kb():
    return default_kb()


# (mention, the country and sector of the civilians it names)
ONE_OF_A_PEOPLE = [
    ("a Briton", "GBR"), ("the Briton", "GBR"), ("an American", "USA"), ("the American", "USA"),
    ("a Frenchman", "FRA"), ("one Afghan", "AFG"), ("another Iraqi", "IRQ"),
    ("a Scot", "GBR"), ("a Scotsman", "GBR"), ("an Englishman", "GBR"), ("a Welshman", "GBR"),
    ("a Dane", "DNK"), ("the Dane", "DNK"), ("a Swede", "SWE"), ("a Pole", "POL"), ("a Turk", "TUR"),
    ("a Finn", "FIN"), ("a Dutchman", "NLD"), ("a Filipina", "PHL"), ("an Irishman", "IRL"),
    ("a Turkmen", "TKM"),
    # plurals in "-men", whose singular is a nationality word too
    ("Frenchmen", "FRA"), ("Dutchmen", "NLD"), ("Irishmen", "IRL"), ("Englishmen", "GBR"), ("Filipinas", "PHL"),
]


@pytest.mark.parametrize("mention, country", ONE_OF_A_PEOPLE)
def test_a_noun_of_nationality_names_civilians_of_the_country(kb, mention, country):
    found = kb.resolve(mention, date=DAY, country="MLI")
    assert (found.country, found.sector, found.id) == (country, "CVL", None)


@pytest.mark.parametrize("mention, state", [
    ("the Japanese", "JPN"), ("the French", "FRA"), ("the British", "GBR"),  # the nation: no person is named
])
def test_an_adjective_with_the_article_is_the_nation(kb, mention, state):
    assert kb.resolve(mention, date=DAY, country=None).id == state


@pytest.mark.parametrize("mention", [
    "American", "Briton", "Turkmen", "Iraqi",          # a bare word: the words around it say who
    "electricity poles", "poles", "a pole",            # common words spelt as a nationality, not capitalised
])
def test_no_one_is_named(kb, mention):
    assert kb.resolve(mention, date=DAY, country="MLI") is None


def test_words_read_as_nouns_by_their_plural(kb):
    index = kb._index  # the lookups read the index the knowledge base was built with
    assert noun_of_one(index, "briton", "GBR") and noun_of_one(index, "dane", "DNK")
    assert not noun_of_one(index, "british", "GBR") and not noun_of_one(index, "japanese", "JPN")
    assert plural_noun(index, "frenchmen") and not plural_noun(index, "turkmen")
