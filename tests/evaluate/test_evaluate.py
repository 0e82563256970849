"""``evaluate()``: the set registry, skipping absent sets, and (with the model) the real runs."""
from __future__ import annotations

import pytest

from khabar.errors import ConfigError
from khabar.evaluate import SETS, Report, evaluate


SHARED_SETS = [name for name in SETS if name not in ("linking", "heldout")]  # linking scores our own set in examples/


def test_every_shared_set_is_skipped_under_an_empty_root(tmp_path):
    reports = evaluate(SHARED_SETS, root=tmp_path)
    assert list(reports) == SHARED_SETS
    for name, report in reports.items():
        assert isinstance(report, Report)
        assert report.summary == {"skipped": True}
        assert report.render()[1].startswith("skipped: ") and report.render()[1].endswith("not found")


def test_sets_come_back_in_the_order_asked(tmp_path):
    assert list(evaluate(["seed", "plover-gsr"], root=tmp_path)) == ["seed", "plover-gsr"]


def test_unknown_set_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="unknown evaluation set"):
        evaluate(["acled"], root=tmp_path)


@pytest.mark.benchmark
@pytest.mark.model
@pytest.mark.parametrize("name", ["plover-gsr", "petrarch2-gsr", "wikievents"])
def test_real_benchmark_runs(shared_dir, name):
    report = evaluate([name], root=shared_dir)[name]
    if report.skipped:
        pytest.skip(report.skipped)
    assert report.summary["failures"] == 0
    assert len(report.render()) > 3


@pytest.mark.model
def test_seed_runs_and_scores(shared_dir):
    report = evaluate(["seed"], root=shared_dir)["seed"]
    if report.skipped:
        pytest.skip(report.skipped)
    assert 0.0 <= report.summary["f1"] <= 1.0
    assert report.summary["events"] > 0
