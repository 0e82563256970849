"""The ontology package: PLOVER categories and modes, quad classes, and the CAMEO and ACLED crosswalks."""
from __future__ import annotations

import pytest

import khabar.ontology as ontology
from khabar.errors import ConfigError
from khabar.ontology import (CATEGORIES, QUAD_CLASSES, acled_types, cameo_entry, cameo_to_plover, contexts,
                             modes_of, normalise_mode, plover_to_cameo, quad_class, sector_kind)
from khabar.ontology._files import csv_rows, plover_data
from khabar.ontology.cameo import cameo_table


def test_sixteen_categories_match_the_data_file():
    assert len(CATEGORIES) == 16
    assert set(CATEGORIES) == set(plover_data()["categories"])


def test_version_is_a_stable_digest():
    assert len(ontology.ONTOLOGY_VERSION) == 16
    assert ontology.ONTOLOGY_VERSION == ontology.ONTOLOGY_VERSION
    int(ontology.ONTOLOGY_VERSION, 16)


def test_unknown_attribute_still_raises():
    with pytest.raises(AttributeError):
        ontology.NOT_A_THING  # noqa: B018


@pytest.mark.parametrize("category, quad", [
    ("AGREE", "verbal cooperation"), ("CONSULT", "verbal cooperation"), ("AID", "material cooperation"),
    ("RETREAT", "material cooperation"), ("REQUEST", "verbal conflict"), ("THREATEN", "verbal conflict"),
    ("PROTEST", "material conflict"), ("ASSAULT", "material conflict"), ("COERCE", "material conflict"),
])
def test_quad_class(category, quad):
    assert quad_class(category) == quad


def test_every_category_has_a_known_quad_class():
    assert {quad_class(c) for c in CATEGORIES} == set(QUAD_CLASSES)


def test_unknown_category_is_a_config_error():
    with pytest.raises(ConfigError, match="unknown PLOVER category 'FIGHT'"):
        modes_of("FIGHT")


def test_modes():
    assert "arrest" in modes_of("COERCE")
    assert "aerial" in modes_of("ASSAULT")
    assert modes_of("AGREE") == ()


@pytest.mark.parametrize("category, given, expected", [
    ("ASSAULT", "aerial", "aerial"), ("ASSAULT", "airstrike", "aerial"), ("ASSAULT", "Shelling", "heavy-weapons"),
    ("ASSAULT", "explosion", "explosives"), ("PROTEST", "demonstrate", "demo"), ("COERCE", "detain", "arrest"),
    ("ASSAULT", "nonsense", None), ("AGREE", "ceasefire", None), ("COERCE", None, None),
])
def test_normalise_mode(category, given, expected):
    assert normalise_mode(category, given) == expected


def test_every_alias_points_at_a_real_mode():
    for category, aliases in plover_data()["mode_aliases"].items():
        for target in aliases.values():
            assert target in modes_of(category), (category, target)


def test_contexts_include_the_common_ones():
    assert {"military", "political", "economic", "terrorism"} <= set(contexts())
    assert ontology.CONTEXTS == contexts()


@pytest.mark.parametrize("sector, kind", [("MIL", "armed"), ("REB", "armed"), ("CVL", "civilian"),
                                          ("med", "civilian"), ("GOV", None), ("XYZ", None), (None, None)])
def test_sector_kind(sector, kind):
    assert sector_kind(sector) == kind


@pytest.mark.parametrize("code, expected", [
    ("173", ("COERCE", "arrest")), ("1831", ("ASSAULT", "suicide")), ("195", ("ASSAULT", "aerial")),
    ("1834", ("ASSAULT", "explosives")),  # unknown subcode: longest known prefix 183
    ("19", ("ASSAULT", None)), ("042", ("CONSULT", "visit")), ("112", ("ACCUSE", "disapprove")),
    ("1712", ("ASSAULT", "destroy")), ("0841", ("RETREAT", "release")), (" 141 ", ("PROTEST", "demo")),
    ("010", None), ("01", None), ("", None), ("7", None), ("12345", None), ("abc", None), (None, None),
])
def test_cameo_to_plover(code, expected):
    assert cameo_to_plover(code) == expected


def test_crosswalk_rows_use_real_categories_modes_and_contexts():
    for entry in cameo_table().values():
        if entry.event:
            assert entry.event in CATEGORIES, entry
            assert entry.mode is None or entry.mode in modes_of(entry.event), entry
        assert entry.context is None or entry.context in contexts(), entry


def test_every_cameo_root_is_present():
    assert all(f"{root:02d}" in cameo_table() for root in range(1, 21))


def test_cameo_entry_carries_context():
    assert cameo_entry("1123").context == "military"


@pytest.mark.parametrize("event, mode, code", [
    ("ASSAULT", "aerial", "195"), ("ASSAULT", "drone", "195"), ("COERCE", "arrest", "173"),
    ("ASSAULT", None, "180"), ("PROTEST", "strike", "143"),
])
def test_plover_to_cameo(event, mode, code):
    assert plover_to_cameo(event, mode) == code


def test_plover_to_cameo_round_trips_to_its_category():
    for category in CATEGORIES:
        code = plover_to_cameo(category)
        assert code is None or cameo_to_plover(code)[0] == category


@pytest.mark.parametrize("event, mode, sectors, expected", [
    ("ASSAULT", None, (), ("Battles", "Armed clash")),
    ("ASSAULT", "firearms", ("MIL",), ("Battles", "Armed clash")),
    ("ASSAULT", "firearms", ("CVL",), ("Violence against civilians", "Attack")),
    ("ASSAULT", None, ("CVL", "MED"), ("Violence against civilians", "Attack")),
    ("ASSAULT", None, ("CVL", "MIL"), ("Battles", "Armed clash")),
    ("ASSAULT", "aerial", (), ("Explosions/Remote violence", "Air/drone strike")),
    ("ASSAULT", "aerial", ("CVL",), ("Explosions/Remote violence", "Air/drone strike")),
    ("ASSAULT", "explosion", (), ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ("ASSAULT", "shelling", (), ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("ASSAULT", "suicide", (), ("Explosions/Remote violence", "Suicide bomb")),
    ("ASSAULT", "abduct", (), ("Violence against civilians", "Abduction/forced disappearance")),
    ("ASSAULT", "assassinate", ("GOV",), ("Violence against civilians", "Attack")),
    ("ASSAULT", "assassinate", ("MIL",), ("Battles", "Armed clash")),
    # ACLED counts unarmed officials, lawmakers and candidates as civilians; an armed party among them makes a clash
    ("ASSAULT", None, ("GOV",), ("Violence against civilians", "Attack")),
    ("ASSAULT", "firearms", ("LEG", "PTY"), ("Violence against civilians", "Attack")),
    ("ASSAULT", "firearms", ("GOV", "COP"), ("Battles", "Armed clash")),
    ("PROTEST", "demo", (), ("Protests", "Peaceful protest")),
    ("PROTEST", "strike", (), ("Protests", "Peaceful protest")),
    ("PROTEST", "riot", (), ("Riots", "Violent demonstration")),
    ("COERCE", "arrest", (), ("Strategic developments", "Arrests")),
    ("COERCE", "detain", (), ("Strategic developments", "Arrests")),
    ("MOBILIZE", "troops", (), ("Strategic developments", "Change to group/activity")),
    ("AGREE", None, (), ("Strategic developments", "Agreement")),
    ("COERCE", "censor", (), None),
    ("ACCUSE", "disapprove", (), None),
    ("CONSULT", None, (), None),
    ("NOT_A_CATEGORY", None, (), None),
])
def test_acled_types(event, mode, sectors, expected):
    assert acled_types(event, mode, recipient_sectors=sectors) == expected


def test_acled_cameo_rule_is_most_specific():
    assert acled_types("SUPPORT", None, cameo="057") == ("Strategic developments", "Agreement")
    assert acled_types("SUPPORT", None, cameo="051") is None


@pytest.mark.parametrize(("actors", "overtakes"), [(["REB"], True), (["INS", "MIL"], True), (["SEP"], True),
                                                 (["MIL"], False), (["GOV"], False), ([], False)])
def test_an_armed_group_of_no_state_occupying_territory_overtakes_it(actors, overtakes):
    found = acled_types("COERCE", "seize", cameo="192", actor_sectors=actors)
    assert (found == ("Battles", "Non-state actor overtakes territory")) is overtakes


@pytest.mark.parametrize(("actors", "expected"), [
    (["MIL"], ("Battles", "Government regains territory")),
    (["MIL", "REB"], ("Battles", "Non-state actor overtakes territory")),
    (["GOV"], ("Strategic developments", "Non-violent transfer of territory")),
    ([], ("Strategic developments", "Non-violent transfer of territory")),
])
def test_territory_taken_by_a_state_is_regained_by_its_forces_or_transferred(actors, expected):
    assert acled_types("COERCE", "seize", cameo="192", actor_sectors=actors) == expected


def test_property_seized_outside_territory_stays_looting():
    assert acled_types("COERCE", "seize", cameo="1711", actor_sectors=["MIL"]) == (
        "Strategic developments", "Looting/property destruction")


def test_acled_rules_use_real_modes():
    for row in csv_rows("acled.csv"):
        assert row["event"] in CATEGORIES
        assert row["mode"] in ("", "any") or row["mode"] in modes_of(row["event"]), row
        assert row["recipient"] in ("", "any", "civilian", "armed"), row
        assert row["actor"] in ("", "any", "non-state", "state"), row
