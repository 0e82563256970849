"""The held-out set: the shipped data file validates, and the scorer runs (hand-built events, then the real model).

No expected accuracy is written here: the figures are measured by ``khabar eval heldout``, not pinned.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from khabar.actors import default_kb
from khabar.errors import InputError
from khabar.evaluate import RUNNERS, heldout
from khabar.evaluate.coder import Sentence, code_sentences
from khabar.evaluate.heldout import BACKGROUND, COLUMNS, parse, score
from khabar.ontology import CATEGORIES, normalise_mode, sectors

from .helpers import event


@pytest.fixture(scope="module")
def rows():
    return parse()


def test_the_set_is_registered():
    assert RUNNERS[heldout.NAME] is heldout.run


def test_ids_are_unique_and_texts_present(rows):
    assert len(rows) >= 250
    assert len({r.id for r in rows}) == len(rows)
    assert all(r.text and r.text == " ".join(r.text.split()) for r in rows)
    assert len({r.text for r in rows}) == len(rows)


def test_every_category_has_at_least_ten_rows(rows):
    counts = Counter(r.category for r in rows if r.category)
    assert set(counts) == set(CATEGORIES)
    assert min(counts.values()) >= 10


def test_about_a_sixth_of_rows_report_no_event(rows):
    share = sum(1 for r in rows if r.category is None) / len(rows)
    assert 0.10 <= share <= 0.20


def test_factuality_matches_the_category(rows):
    assert all(r.factuality == "asserted" for r in rows if r.category)
    assert all(r.factuality != "asserted" and not r.mode for r in rows if r.category is None)
    assert {r.kind for r in rows if r.category is None} >= {"hypothetical", "prescriptive", "future", "negated",
                                                            BACKGROUND}


def test_modes_belong_to_their_category(rows):
    assert all(normalise_mode(r.category, r.mode) == r.mode for r in rows if r.mode)


def test_countries_are_states_of_the_knowledge_base(rows):
    states = {e.id for e in default_kb().entries() if e.kind == "state"}
    used = {c for r in rows for c in r.actor_countries | r.recipient_countries}
    assert used and used <= states, sorted(used - states)
    assert all(not (r.actor_countries or r.recipient_countries) for r in rows if r.category is None)


def test_sectors_are_plover_sectors(rows):
    known = set(sectors())
    used = {s for r in rows for s in (r.actor_sector, r.recipient_sector) if s}
    assert used and used <= known, sorted(used - known)


def test_dates_are_publication_dates_in_range(rows):
    assert all(2010 <= r.published.year <= 2026 for r in rows)


def _write(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "set.csv"
    path.write_text("\n".join([",".join(COLUMNS), *lines]) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("line, message", [
    ("X1,2024-13-01,ASSAULT,,asserted,RUR,,,,Ruritanian troops shelled the border town.", "not YYYY-MM-DD"),
    ("X1,2024-01-01,FIGHT,,asserted,RUR,,,,Ruritanian troops shelled the border town.", "unknown PLOVER category"),
    ("X1,2024-01-01,ASSAULT,,probable,RUR,,,,Ruritanian troops shelled the border town.", "unknown factuality"),
])
def test_a_malformed_row_is_an_input_error(tmp_path, line, message):
    with pytest.raises(InputError, match=message):
        parse(_write(tmp_path, [line]))


def test_a_missing_column_is_an_input_error(tmp_path):
    path = tmp_path / "set.csv"
    path.write_text("id,date,text\nX1,2024-01-01,Ruritania protested.\n", encoding="utf-8")
    with pytest.raises(InputError, match="missing column"):
        parse(path)


SAMPLE = [
    "R1,2024-01-02,ASSAULT,heavy-weapons,asserted,RUR,MIL,BRD,CVL,Ruritanian artillery shelled a Bordurian village.",
    "R2,2024-01-02,CONSULT,,asserted,RUR;BRD,GOV,,,The Ruritanian and Bordurian ministers met in Geneva.",
    "R3,2024-01-03,,,hypothetical,,,,,A Bordurian offensive could start within weeks.",
    "R4,2024-01-03,,,,,,,,The valley has long been contested.",
]


def test_score_counts_only_asserted_main_events(tmp_path):
    rows = parse(_write(tmp_path, SAMPLE))
    predicted = {
        "R1": [event("R1", "ASSAULT", actors=[("Ruritanian artillery", "RUR")], recipients=[("village", None)])],
        "R2": [event("R2", "CONSULT", factuality="future", confidence=0.9)],  # not asserted: no main event
        "R3": [event("R3", "ASSAULT", factuality="hypothetical")],  # right: no asserted event
        "R4": [event("R4", "COERCE")],  # a false event
    }
    s = score(rows, predicted).summary
    assert (s["sentences"], s["event_sentences"], s["no_event_sentences"]) == (4, 2, 2)
    assert s["category_accuracy"] == pytest.approx(0.5)
    assert s["accuracy_with_no_event"] == pytest.approx(0.5)  # R1 and R3 right, R2 missed, R4 false
    assert s["actor_country_accuracy"] == pytest.approx(0.5)  # R1 found RUR; R2 has no main event
    assert s["recipient_country_accuracy"] == pytest.approx(0.0)  # the village has no country
    assert (s["no_event_false_events"], s["missed_events"]) == (1, 1)
    assert s["no_event_false_rate"] == pytest.approx(0.5)


def test_score_renders_the_tables(tmp_path):
    lines = score(parse(_write(tmp_path, SAMPLE)), {}).render()
    assert any(line.startswith("gold\\pred") for line in lines)
    assert any(line.startswith("ASSAULT") for line in lines)
    assert any(line.strip().startswith("hypothetical") for line in lines)


@pytest.mark.model
def test_the_scorer_runs_end_to_end_on_a_few_rows(rows):
    chosen = [r for r in rows if r.category][:6] + [r for r in rows if r.category is None][:2]
    coded = code_sentences(Sentence(id=r.id, text=r.text, published=r.published) for r in chosen)
    report = score(chosen, coded.events, failures=len(coded.failures))
    assert report.summary["failures"] == 0 and report.summary["sentences"] == len(chosen)
    for key, value in report.summary.items():
        if isinstance(value, float):
            assert 0.0 <= value <= 1.0, key
