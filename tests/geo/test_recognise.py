"""Toponym recognition rules, on sentences we wrote: the tree cues a name its neighbours do not, a town the tagger
took for an adverb, an entity that lists places, and names after a verb of force that are a person's or a work's."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from khabar.geo.gazetteer import default_gazetteer
from khabar.geo.recognise import recognise

pytestmark = pytest.mark.model


def _places(doc) -> dict[str, str]:
    return {m.text: m.place.country for m in doc._.places if not m.actor}


@pytest.mark.parametrize(("text", "name", "country"), [
    # the preposition governs the name across its modifiers
    ("Partisans blew up a rail bridge in Russian-controlled Melitopol.", "Melitopol", "UKR"),
    ("Gunmen killed 20 civilians in Burkina Faso's Kaya.", "Kaya", "BFA"),
    # ... and the first conjunct's cue carries to the others
    ("Protests erupted in Tehran and Isfahan.", "Isfahan", "IRN"),
    ("Fighting raged in Khartoum and Omdurman.", "Omdurman", "SDN"),
    ("Troops moved into Kidal and Gao on Tuesday.", "Gao", "MLI"),
    ("Government troops shelled Homs and Hama on Friday.", "Hama", "SYR"),
    # a plural division word heads both names
    ("Shelling hit Sumy and Chernihiv regions overnight.", "Sumy", "UKR"),
    ("Airstrikes hit Aleppo and Idlib provinces.", "Aleppo", "SYR"),
    ("Russian forces attacked Kharkiv and Sumy oblasts.", "Kharkiv", "UKR"),
    # the land around a town the name heads
    ("Rebels fired rockets at army positions in the Hama countryside.", "Hama", "SYR"),
    # an entity the tagger ran on to a preposition ("Macomia in") still names only the town
    ("Islamist insurgents raided the town of Macomia in Cabo Delgado province on Tuesday.", "Macomia", "MOZ"),
    # a province's name ending on a lower-case division word, whose first word the tagger calls a person
    ("The rebels captured a town in Chin state after months of fighting.", "Chin state", "MMR"),
])
def test_the_tree_cues_a_name(nlp, text, name, country):
    assert _places(nlp(text)).get(name) == country


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Troops shelled Bakhmut overnight, the general staff said.", "Bakhmut", "UKR"),
    # before a passive verb of force, at the sentence's start too
    ("Bakhmut was shelled overnight, the regional governor said.", "Bakhmut", "UKR"),
])
def test_a_town_read_as_an_adverb_after_a_verb_of_force(nlp, text, name, country):
    assert _places(nlp(text)).get(name) == country


@pytest.mark.parametrize("text", [
    "Commentators attacked Darwin's theory in a series of columns.",
    "Critics attacked Warren over her tax plan.",
    "Opponents attacked Sanders for his record.",
    "Reviewers attacked Austin's new novel.",
    "Police questioned Darwin about the theft.",  # a name tagged as no place, after a verb that is no force
    "Police were attacked by protesters in the capital.",  # a common noun as a passive's subject (Poland has a Police)
])
def test_a_person_or_a_work_after_a_verb_is_no_town(nlp, text):
    assert _places(nlp(text)) == {}


def test_an_entity_listing_places_is_split(nlp):
    doc = nlp("Russian forces pounded Kharkiv, Kherson and Odesa.")  # the tagger reads the list as one ORG
    assert _places(doc) == {"Kharkiv": "UKR", "Kherson": "UKR", "Odesa": "UKR"}


@pytest.mark.parametrize(("text", "names"), [
    ("Missiles hit Kyiv, Kharkiv and Dnipro overnight.", ["Kyiv", "Kharkiv", "Dnipro"]),
    ("Clashes were reported in Sanaa and Aden.", ["Sanaa", "Aden"]),
])
def test_a_gpe_entity_listing_places_is_split(nlp, text, names):
    doc = nlp.make_doc(text)
    for _, component in nlp.pipeline[:-1]:
        doc = component(doc)
    first, last = (next(t.i for t in doc if t.text == name) for name in (names[0], names[-1]))
    doc.ents = [Span(doc, first, last + 1, label="GPE")]  # as the model tags a list at times
    found = recognise(doc, default_gazetteer())
    assert [doc[r.start:r.end].text for r in found] == names


def test_an_entity_that_is_no_list_of_places_stays_whole(nlp):
    doc = nlp.make_doc("Johnson and Johnson agreed to pay a fine.")
    for _, component in nlp.pipeline[:-1]:
        doc = component(doc)
    doc.ents = [Span(doc, 0, 3, label="ORG")]
    assert recognise(doc, default_gazetteer()) == []


@pytest.mark.parametrize(("text", "count"), [
    # a name recognised as a place once is that place where the tagger tagged it otherwise
    ("Gunmen killed four soldiers near the town of Tibu on Thursday. Thousands of residents of Tibu marched on "
     "Friday.", 2),
    # control: a person who bears the name is no place
    ("Gunmen attacked the town of Tibu. Police later arrested Ahmed Tibu, a local trader.", 1),
])
def test_a_place_named_again_is_recognised_again(nlp, text, count):
    doc = nlp(text)
    spans = recognise(doc, default_gazetteer())
    assert sum(1 for s in spans if doc[s.start:s.end].text == "Tibu" and not s.actor) == count


@pytest.mark.parametrize(("text", "names"), [
    # names that share their first word are each found again where they stand (the names are grouped by first word)
    ("Troops entered the town of Kidal on Monday. Officials in Kidal and Kidal Region said the army held Kidal.",
     ["Kidal", "Kidal", "Kidal Region", "Kidal"]),
    ("Fighting spread from the city of San Pedro to the village of San Juan. Families from San Juan fled to San "
     "Pedro.", ["San Pedro", "San Juan", "San Juan", "San Pedro"]),
])
def test_names_sharing_a_first_word_are_each_recognised_again(nlp, text, names):
    doc = nlp(text)
    assert [doc[s.start:s.end].text for s in recognise(doc, default_gazetteer()) if not s.actor] == names


@pytest.mark.parametrize(("text", "name"), [
    # a township (Myanmar's third-level division) after a name says the name is a place, not a party
    ("The Arakan Army seized Kyauktaw township on Friday.", "Kyauktaw"),
    ("The military bombed a village in Kyauktaw township on Friday.", "Kyauktaw"),
    ("Fighters captured Minbya township last week, residents said.", "Minbya"),
])
def test_a_name_before_township_is_a_place(nlp, text, name):
    doc = nlp(text)
    found = [s for s in recognise(doc, default_gazetteer()) if doc[s.start:s.end].text == name]
    assert found and not found[0].actor


def _home_places(nlp, text: str) -> dict[str, tuple[str | None, bool]]:
    return {m.text: (m.place.country, m.actor) for m in nlp(text)._.places}


@pytest.mark.parametrize(("text", "name", "country"), [
    ("ZAMBOANGA, Philippines — Soldiers clashed with militants on Sulu on Monday.", "Sulu", "PHL"),
    ("KYIV, Ukraine — Russian troops attacked positions near Chasiv Yar on Tuesday.", "Chasiv Yar", "UKR"),
    ("BAMAKO, Mali — Kidal remained calm on Tuesday.", "Kidal", "MLI"),
    ("ZAMBOANGA, Philippines — Marines clashed with militants on Basilan on Monday.", "Basilan", "PHL"),
    ("GOMA, Congo — M23 rebels advanced toward Sake on Monday.", "Sake", "COD"),
    # a small town struck
    ("PORT-AU-PRINCE, Haiti — Gangs attacked Mirebalais on Sunday.", "Mirebalais", "HTI"),
])
def test_a_town_of_the_datelines_country(nlp, text, name, country):
    assert _home_places(nlp, text).get(name) == (country, False)


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Islamic State fighters captured Palmyra on Wednesday. Syrian government troops withdrew toward Homs.", "Palmyra",
     "SYR"),
    ("Gangs attacked Mirebalais on Sunday, Haitian police said.", "Mirebalais", "HTI"),
    ("Soldiers clashed with militants on Basilan on Monday, Philippine officials said.", "Basilan", "PHL"),
])
def test_a_town_of_the_country_its_nationality_words_name(nlp, text, name, country):
    assert _home_places(nlp, text).get(name) == (country, False)


@pytest.mark.parametrize(("text", "name"), [
    # no dateline nor nationality word: no country to read a weak cue in
    ("Soldiers clashed with militants on Sulu on Monday.", "Sulu"),
    ("Gangs attacked Mirebalais on Sunday.", "Mirebalais"),
    # a force's nationality says where it strikes from, not which country's towns are named
    ("Russian forces captured Palmyra in March 2016.", "Palmyra"),
    ("American officials said the bill would go to Congress on Monday.", "Congress"),
    # a body, not a hamlet of the dateline's country
    ("WASHINGTON — The president sent the bill to Congress on Monday.", "Congress"),
    # no town of the name in the dateline's country: a town abroad is no reading
    ("MAPUTO, Mozambique — Insurgents attacked Moura and burned homes.", "Moura"),
    # a person's name as a subject
    ("ISLAMABAD — Ali said the talks would resume on Monday.", "Ali"),
])
def test_no_town_without_the_articles_country(nlp, text, name):
    assert name not in _home_places(nlp, text)


def test_a_town_read_as_the_adverb_of_a_verb_of_force_is_what_it_struck(nlp):
    """"shelled Kupiansk": the parser reads the town as the verb's adverb; right after the verb it is its object."""
    assert _home_places(nlp, "Russian forces also shelled Kupiansk.").get("Kupiansk") == ("UKR", False)
