"""The PLOVER GSR reader and scorer, on records written here in the GSR's format."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from khabar.errors import InputError
from khabar.model import Actor, Event
from khabar.evaluate import plover_gsr
from khabar.evaluate.plover_gsr import parse, score, to_v2

from .helpers import event

SAMPLE = [
    {"id": "T-DOCUMENT-0001", "event": "DOCUMENT", "eventText": "documentation record"},
    {"id": "T-FIGHT-0001", "date": "2000-01-01", "event": "FIGHT", "mode": "firearms",
     "source": [{"actorText": "Ruritanian", "code": "RUR", "sector": "MIL"}],
     "target": [{"actorText": "rebels", "code": "---", "sector": "REB"}],
     "text": "Ruritanian  soldiers fired on\nrebels near the border."},
    {"id": "T-DEMAND-0001", "event": "DEMAND", "mode": "", "source": [{"actorText": "Japan", "code": "JAP"}],
     "target": "", "text": "Japan demanded the release of its sailors."},
    {"id": "T-DISAPPROVE-0001", "event": "DISAPPROVE", "source": [{"actorText": "the UN", "code": "IGO"}],
     "target": [{"actorText": "Borduria", "code": "BRD"}], "text": "The UN criticised Borduria."},
]


@pytest.fixture()
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "gsr.txt"
    path.write_text(json.dumps(SAMPLE), encoding="utf-8")
    return path


@pytest.mark.parametrize("old, mode, expected", [
    ("DEMAND", "", ("REQUEST", None)), ("DISAPPROVE", None, ("ACCUSE", "disapprove")),
    ("INVESTIGATE", "", ("ACCUSE", "investigate")), ("FIGHT", "firearms", ("ASSAULT", "firearms")),
    ("PROTEST", "riot", ("PROTEST", "riot")),
    ("COERCE", "destroy", ("ASSAULT", "destroy")), ("COERCE", "arrest", ("COERCE", "arrest")),
])
def test_v05_categories_map_to_plover_2(old, mode, expected):
    assert to_v2(old, mode) == expected


def test_parse_skips_documentation_and_reads_actors(sample):
    records = parse(sample)
    assert [r.event for r in records] == ["ASSAULT", "REQUEST", "ACCUSE"]
    assert records[0].text == "Ruritanian soldiers fired on rebels near the border."
    assert records[0].actor_countries == {"RUR"} and records[0].recipient_countries == set()
    assert records[1].actor_countries == {"JPN"}  # CAMEO's JAP
    assert records[1].recipients == ()
    assert records[2].actor_countries == set()  # IGO names no country


def test_parse_rejects_a_broken_file(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_text("[{", encoding="utf-8")
    with pytest.raises(InputError, match="not a readable PLOVER GSR"):
        parse(path)


def test_score_category_and_country_accuracy(sample):
    records = parse(sample)
    predicted = {
        "T-FIGHT-0001": [event("T-FIGHT-0001", "ASSAULT", actors=[("Ruritanian soldiers", "RUR")], confidence=0.9),
                         event("T-FIGHT-0001", "ACCUSE", confidence=0.95, factuality="future")],
        "T-DEMAND-0001": [event("T-DEMAND-0001", "COERCE", actors=[("Japan", "JPN")])],
    }
    report = score(records, predicted)
    s = report.summary
    assert s["category_accuracy"] == pytest.approx(1 / 3)  # asserted ASSAULT wins over a likelier future ACCUSE
    assert s["any_event_accuracy"] == pytest.approx(1 / 3)
    assert s["actor_country_accuracy"] == pytest.approx(1.0)  # two records name an actor country, both found
    assert s["recipient_country_accuracy"] == pytest.approx(0.0)  # Borduria, sentence not coded
    assert s["no_event"] == 1
    assert 0 < s["macro_f1"] < 1
    assert any(line.startswith("gold\\pred") for line in report.render())
    lines = report.render()
    assert "actor country by the gold mention's form:" in lines
    assert "recipient country misses with an event: " in lines  # the one recipient miss has no event
    assert "actor country misses with an event: " in lines


@pytest.mark.parametrize("field, code", [
    ("MIL", "MIL"), ("CVLtur", "CVL"), ("JRN", "MED"), ("MOS", None), ("***", None), (None, None),
])
def test_gold_sector_reads_plover_codes(field, code):
    assert plover_gsr.GoldActor(text="x", code="RUR", sector=field).sector_code == code


def test_sector_accuracy_compares_the_main_event_sectors(sample):
    records = parse(sample)  # gold: Ruritanian MIL -> rebels REB; the UN (no sector) -> Borduria
    predicted = {"T-FIGHT-0001": [Event(id="e", doc_id="T-FIGHT-0001", event="ASSAULT",
                                        actor=(Actor(text="troops", name="troops", country="RUR", sector="MIL"),),
                                        recipient=(Actor(text="rebels", name="rebels", sector="INS"),))]}
    summary = score(records, predicted).summary
    assert summary["actor_sector_accuracy"] == pytest.approx(1.0)  # one gold actor sector, found
    assert summary["recipient_sector_accuracy"] == pytest.approx(0.0)  # REB, coded INS


def test_run_skips_an_absent_set(tmp_path):
    report = plover_gsr.run(tmp_path)
    assert report.skipped and "not found" in report.render()[1]


@pytest.mark.benchmark
def test_real_file_parses_into_sixteen_categories(shared_dir):
    path = shared_dir / plover_gsr.PATH
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    records = parse(path)
    assert len(records) >= 300
    assert {r.event for r in records} <= set(plover_gsr.CATEGORIES)
    assert len({r.event for r in records}) == 16
