"""Cross-article linking on our own evaluation set (``examples/linking`` in a source checkout)."""
from __future__ import annotations

from pathlib import Path

from .report import Report, skipped

NAME = "linking"
FOLDER = Path(__file__).resolve().parents[3] / "examples" / "linking"


def run(root: Path) -> Report:
    from ..linking.evaluate import evaluate_linking
    if not (FOLDER / "gold.json").is_file():
        return skipped(NAME, FOLDER)
    result = evaluate_linking(FOLDER)
    summary = {"pairwise_f1": result.pairwise.f1, "pairwise_p": result.pairwise.precision,
               "pairwise_r": result.pairwise.recall, "b3_f1": result.b_cubed.f1,
               "wrong_merges": len(result.wrong_merges), "found": result.found, "reports": result.reports}
    return Report(name=NAME, source=str(FOLDER), summary=summary, lines=tuple(result.render()))
