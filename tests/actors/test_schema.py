import pytest

from khabar.actors.kb import DATA_DIR, shipped_files
from khabar.actors.schema import RELATION_TYPES, SECTORS, check_references, load_file
from khabar.errors import ConfigError

FILES = shipped_files()


def _entries():
    return [e for path in FILES for e in load_file(path).actors]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_shipped_file_validates(path):
    loaded = load_file(path)
    assert loaded.actors or loaded.agents or loaded.not_actors


def test_ids_unique_and_relations_point_to_actors():
    check_references(_entries())


def test_every_un_member_state_is_there():
    states = [e for e in load_file(DATA_DIR / "countries.yaml").actors if e.kind == "state"]
    assert sum(e.un_member for e in states) == 193
    ids = {e.id for e in states}
    assert {"PSE", "XKX", "TWN"} <= ids and not any(e.un_member for e in states if e.id in {"PSE", "XKX", "TWN"})
    assert all(e.demonyms or e.id in {"DMA", "COG"} for e in states)


def test_codes_and_dates_are_sane():
    for entry in _entries():
        assert entry.sector is None or entry.sector in SECTORS
        for rel in entry.relations:
            assert rel.type in RELATION_TYPES
            assert rel.start is None or rel.end is None or rel.start <= rel.end


def test_people_hold_offices_without_overlap():
    holders: dict[tuple, list] = {}
    for entry in _entries():
        for rel in entry.relations:
            if rel.type in ("head_of_state", "head_of_government"):
                holders.setdefault((rel.object, rel.type, rel.title), []).append(rel)
    for terms in holders.values():
        terms.sort(key=lambda r: r.start)
        for before, after in zip(terms, terms[1:]):
            assert before.end is not None and before.end <= after.start


@pytest.mark.parametrize("text, problem", [
    ("actors: [{id: A, name: B, sector: XYZ}]", "sector"),
    ("actors: [{id: A, name: B, country: Iraq}]", "ISO3"),
    ("actors: [{id: A, name: B, relations: [{type: friend_of, object: C}]}]", "relation type"),
    ("actors: [{id: A, name: B, relations: [{type: part_of, object: C, start: 2020-01-01, end: 2019-01-01}]}]",
     "ends"),
    ("actors: [{id: A}]", "name"),
    ("actors: [{id: A, name: B, colour: red}]", "unknown keys"),
    ("actors: [{id: A, name: B, wikidata: 796}]", "QID"),
    ("countries: [{id: Iraq, name: Iraq}]", "ISO3"),
    ("people: []", "top-level"),
    ("actors: [unclosed", "YAML"),
])
def test_bad_entries_name_file_and_problem(tmp_path, text, problem):
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=problem) as info:
        load_file(path)
    assert "bad.yaml" in str(info.value)


def test_dangling_relation_and_duplicate_id_are_caught(tmp_path):
    one = tmp_path / "one.yaml"
    one.write_text("actors: [{id: A, name: A, relations: [{type: part_of, object: B}]}]", encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown actor id 'B'"):
        check_references(load_file(one).actors)
    two = tmp_path / "two.yaml"
    two.write_text("actors: [{id: A, name: Other}]", encoding="utf-8")
    with pytest.raises(ConfigError, match="duplicate id"):
        check_references([*load_file(one).actors, *load_file(two).actors])


def test_capital_aliases_are_read_and_checked(tmp_path):
    path = tmp_path / "states.yaml"
    path.write_text("countries:\n- {id: RUR, name: Ruritania, capital: Strelsau, capital_aliases: [Old Strelsau]}\n",
                    encoding="utf-8")
    assert load_file(path).actors[0].capital_aliases == ("Old Strelsau",)
    path.write_text("countries:\n- {id: RUR, name: Ruritania, capital: Strelsau, capital_aliases: [1]}\n",
                    encoding="utf-8")
    with pytest.raises(ConfigError, match="capital_aliases"):
        load_file(path)
