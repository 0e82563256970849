"""Score cross-article linking on a set of reports with gold event clusters (``examples/linking``).

Each report's *main event* is the first asserted event it reports in the gold category; two reports
are predicted to describe the same event when their main events fall in one group. Near-miss check:
no two gold events that share a place and a week may end up in one predicted group.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..model import Article, Event
from .groups import link_reports
from .reports import report_of
from .rules import Ancestors, no_ancestors
from .scoring import Scores, b_cubed, pairwise


@dataclass(frozen=True, slots=True)
class LinkingReport:
    pairwise: Scores
    b_cubed: Scores
    reports: int
    events: int
    found: int  # reports whose main event the coder found
    wrong_merges: tuple[tuple[str, str], ...]  # gold events merged although distinct

    def render(self) -> list[str]:
        return [f"reports {self.reports}, gold events {self.events}, main event found in {self.found}",
                f"pairwise P {self.pairwise.precision:.3f} R {self.pairwise.recall:.3f} F1 {self.pairwise.f1:.3f}",
                f"B-cubed  P {self.b_cubed.precision:.3f} R {self.b_cubed.recall:.3f} F1 {self.b_cubed.f1:.3f}",
                f"distinct gold events merged: {len(self.wrong_merges)} {list(self.wrong_merges)}"]


def load_set(folder: Path) -> tuple[list[Article], dict[str, str], dict[str, str]]:
    """Articles, gold cluster of each report, and gold category of each report."""
    articles = [Article.from_dict(json.loads(line)) for line in (folder / "reports.jsonl").open(encoding="utf-8")
                if line.strip()]
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    cluster, category = {}, {}
    for event in gold["events"]:
        for report_id in event["reports"]:
            cluster[report_id], category[report_id] = event["id"], event["category"]
    return articles, cluster, category


def main_events(events: list[Event], category: dict[str, str], published: dict) -> dict[str, Event]:
    """The first asserted, linkable event of the gold category in each report."""
    chosen: dict[str, Event] = {}
    for event in sorted(events, key=lambda e: (e.doc_id, e.span[0])):
        if event.doc_id in chosen or event.factuality != "asserted" or event.event != category.get(event.doc_id):
            continue
        if report_of(event, published=published.get(event.doc_id)) is not None:
            chosen[event.doc_id] = event
    return chosen


def score(events: list[Event], cluster: dict[str, str], category: dict[str, str], *, published: dict,
          ancestors: Ancestors = no_ancestors) -> LinkingReport:
    chosen = main_events(events, category, published)
    linking = link_reports((report_of(e, published=published.get(e.doc_id)) for e in chosen.values()),
                           ancestors=ancestors)
    predicted = {doc_id: linking.groups[e.id] for doc_id, e in chosen.items()}
    wrong = sorted({tuple(sorted((cluster[a], cluster[b]))) for a in predicted for b in predicted
                    if predicted[a] == predicted[b] and cluster[a] != cluster[b]})
    return LinkingReport(pairwise=pairwise(predicted, cluster), b_cubed=b_cubed(predicted, cluster),
                         reports=len(cluster), events=len(set(cluster.values())), found=len(chosen),
                         wrong_merges=tuple(wrong))


def evaluate_linking(folder: Path) -> LinkingReport:
    from ..actors import default_kb
    from ..api import extract
    from .kb import kb_ancestors
    articles, cluster, category = load_set(folder)
    events = list(extract(articles, on_failure=lambda failure: None))
    return score(events, cluster, category, published={a.id: a.published for a in articles},
                 ancestors=kb_ancestors(default_kb()))
