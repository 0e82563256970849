"""The seed scorer's output parsing, and a run of the real scorer script on events built here."""
from __future__ import annotations

import pytest

from khabar.errors import InputError
from khabar.evaluate import seed
from khabar.evaluate.seed import detail_lines, parse_output, write_events

from .helpers import event

OUTPUT = """HIT  d1 e1 ASSAULT: ['raid']
miss d1 e2 COERCE: ['arrested']
opt  d1 e3 ACCUSE: ['condemned']
FP   d1 PROTEST None :: a sentence
TRAP ASSAULT on 'could have prompted'
reference events: 3 (2 required); system events scored: 3
matched: 1 (required 1, optional 0); false: 2 (of them trap hits: 1); duplicates: 0
  source     1/1
f1=0.400 precision=0.333 recall=0.500 strict_precision=0.333
"""


def test_parse_output():
    s = parse_output(OUTPUT)
    assert s["f1"] == pytest.approx(0.4) and s["recall"] == pytest.approx(0.5)
    assert s["strict_precision"] == pytest.approx(0.333)
    assert (s["matched"], s["false"], s["trap_hits"], s["duplicates"], s["misses"]) == (1, 2, 1, 0, 1)


def test_detail_lines_keep_the_scorers_verdicts():
    lines = detail_lines(OUTPUT)
    assert [line[:4] for line in lines] == ["HIT ", "miss", "opt ", "FP  ", "TRAP", "  so"]


def test_output_without_a_final_line_is_an_error():
    with pytest.raises(InputError, match="f1="):
        parse_output("Traceback ...")


def test_events_are_written_as_plover_jsonl(tmp_path):
    path = tmp_path / "ev.jsonl"
    assert write_events([event("d", "ASSAULT"), event("d", "COERCE")], path) == 2
    assert '"event": "COERCE"' in path.read_text().splitlines()[1]


def test_run_skips_an_absent_folder(tmp_path):
    assert seed.run(tmp_path).skipped


def test_real_scorer_on_no_events(shared_dir):
    folder = shared_dir / "seed"
    if not (folder / "score.py").is_file():
        pytest.skip(f"{folder} has no scorer")
    report = seed.score_events(folder, [])
    assert report.summary["events"] == 0
    assert report.summary["f1"] == 0.0 and report.summary["misses"] > 0
