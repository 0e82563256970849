"""CAMEO actor codes read as ISO3 countries for scoring, and the breakdown of the country figures."""
import pytest

from khabar.evaluate.countries import (HIT, NO_COUNTRY, NO_EVENT, NO_PARTY, WRONG, country_of_code, country_outcome,
                                       mention_kind, outcome_table, resolution_kind)
from khabar.model import Actor

from .helpers import event


@pytest.mark.parametrize("code,iso3", [
    ("IRQMUS", "IRQ"), ("JAPGOV", "JPN"), ("UKG", "GBR"),
    ("YUGMIL", "SRB"), ("USRGOV", "RUS"), ("KSVREB", "XKX"),  # former states: their successors
    ("IGOUNO", None), ("---", None), ("", None), (None, None),
])
def test_country_of_code(code, iso3):
    assert country_of_code(code) == iso3


@pytest.mark.parametrize("coded, side, outcome", [
    (None, "actor", NO_EVENT),
    (event("d", "ASSAULT", recipients=[("Borduria", "BRD")]), "actor", NO_PARTY),
    (event("d", "ASSAULT", actors=[("the militia", None)]), "actor", NO_COUNTRY),
    (event("d", "ASSAULT", actors=[("Borduria", "BRD")]), "actor", WRONG),
    (event("d", "ASSAULT", actors=[("Borduria", "BRD"), ("Ruritania", "RUR")]), "actor", HIT),
    (event("d", "ASSAULT", actors=[("Ruritania", "RUR")]), "recipient", NO_PARTY),
])
def test_country_outcome_names_the_stage_that_lost_the_country(coded, side, outcome):
    assert country_outcome({"RUR"}, coded, side=side) == outcome


@pytest.mark.parametrize("text, kind", [
    ("", "implied"), ("they", "pronoun"), ("Its", "pronoun"), ("the prime minister", "title"),
    ("Ruritania's foreign minister", "title"), ("the Ruritanian People's Army", "name"), ("Hamas", "name"),
    ("Ruritanian troops", "modified noun"), ("U.S. officials", "title"), ("protesters", "common noun"),
    ("the police", "common noun"),
])
def test_mention_kind_reads_the_form_of_the_words(text, kind):
    assert mention_kind(text) == kind


@pytest.mark.parametrize("actor, kind", [
    (Actor(text="he", name="Ana Rurit", id="person.rurit", country="RUR", sector="GOV"), "person"),
    (Actor(text="Ruritania", name="Ruritania", id="RUR", country="RUR"), "state"),
    (Actor(text="the army", name="Ruritanian Army", id="RUR.MIL", country="RUR", sector="MIL"), "kb body"),
    (Actor(text="troops", name="Ruritanian military", country="RUR", sector="MIL"), "generic"),
    (Actor(text="Zenda Front", name="Zenda Front", country="RUR"), "unknown name"),
    (Actor(text="", name="Unidentified armed group", country="RUR", sector="UAF"), "unidentified"),
])
def test_resolution_kind_says_what_a_party_resolved_to(actor, kind):
    assert resolution_kind(actor) == kind


def test_outcome_table_counts_rows_by_label_and_outcome():
    lines = outcome_table([("name", HIT), ("name", WRONG), ("pronoun", HIT)])
    assert lines[0].split() == ["total", HIT, "no", "event", "no", "party", "no", "country", WRONG]
    rows = {line.split()[0]: [int(n) for n in line.split()[1:]] for line in lines[1:]}
    assert rows == {"pronoun": [1, 1, 0, 0, 0, 0], "name": [2, 1, 0, 0, 0, 1], "all": [3, 2, 0, 0, 0, 1]}
