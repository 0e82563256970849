from __future__ import annotations

import pytest

from khabar.geo.evaluate import evaluate_geo


@pytest.mark.benchmark
def test_resolution_scores_on_the_shared_benchmarks(shared_dir):
    geo = shared_dir / "benchmarks" / "geo"
    if not geo.is_dir():
        pytest.skip(f"{geo} is absent")
    scores = evaluate_geo(geo, recognition=False)
    assert set(scores) == {"lgl", "geowebnews", "geowebnews_coords"}
    for name, floor in (("lgl", 0.77), ("geowebnews", 0.80)):  # measured 0.786 / 0.818, minus a margin; targets 0.80 / 0.90
        assert scores[name]["toponyms"] > 1000
        assert scores[name]["acc_161"] >= floor
