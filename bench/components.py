"""Where khabar's own time goes: CPU seconds of each khabar pipeline component, per run of the generated corpus.

    python bench/components.py --articles 200            # the table
    python bench/components.py --articles 200 --profile  # and the khabar functions that cost most
    python bench/components.py --articles 300 --events out.jsonl   # also the events, to check a speed change
                                                                     # leaves the output byte-identical

The throughput benchmark says how khabar compares with raw spaCy; this one says which of our components to
look at. Times are process CPU (``time.process_time``), so a busy machine inflates them less than wall time;
compare two trees by running them back to back, or at the same time under the same load.
"""
from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus import article  # noqa: E402

from khabar.model import Article  # noqa: E402
from khabar.nlp import pipeline  # noqa: E402
from khabar.nlp.pipeline import COMPONENTS, Coder  # noqa: E402
from khabar.ingest.records import record_article  # noqa: E402
from khabar.settings import FieldMap  # noqa: E402


class _Timed:
    """A component called one doc at a time, its CPU added to ``spent[name]``."""

    def __init__(self, name: str, component, spent: dict[str, float]):
        self.name, self.component, self.spent = name, component, spent

    def __call__(self, doc):
        start = time.process_time()
        try:
            return self.component(doc)
        finally:
            self.spent[self.name] += time.process_time() - start


def _timed_function(name: str, function, spent: dict[str, float]):
    def timed(*args, **kwargs):
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[name] += time.process_time() - start
    return timed


def _instrument(coder: Coder, spent: dict[str, float]) -> None:
    nlp = coder.nlp
    for index, (name, component) in enumerate(nlp._components):  # a bench may reach inside spaCy
        if name in COMPONENTS:
            nlp._components[index] = (name, _Timed(name, component, spent))
    pipeline.events_from_doc = _timed_function("records: events", pipeline.events_from_doc, spent)
    pipeline.relations_from_doc = _timed_function("records: relations", pipeline.relations_from_doc, spent)


def _articles(count: int) -> list[Article]:
    return [record_article(article(i), where=f"bench:{i}", fields=FieldMap()) for i in range(count)]


def _code(coder: Coder, articles: list[Article], events_out: Path | None) -> None:
    lines = []
    for coded in coder.code(articles):
        lines.extend(json.dumps(event.to_plover(), sort_keys=True) for event in coded.events)
    if events_out:
        events_out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _report(spent: dict[str, float], total: float, count: int) -> None:
    own = sum(spent.values())
    print(f"{count} articles: {total:.2f} s CPU in all, {own:.2f} s in khabar's components "
          f"({own / total:.0%}), {total - own:.2f} s in the model and the rest")
    for name, seconds in sorted(spent.items(), key=lambda item: -item[1]):
        print(f"  {name:28} {seconds:7.2f} s  {seconds / own:5.1%}")


def _profile_table(profile: cProfile.Profile, top: int) -> None:
    stats = pstats.Stats(profile)
    rows = [(key, value) for key, value in stats.stats.items() if "/khabar/" in key[0]]
    rows.sort(key=lambda row: -row[1][2])  # own time
    print(f"\nkhabar functions by own CPU (top {top}): own s, cumulative s, calls, function")
    for (path, line, function), (_, calls, own, cumulative, _) in rows[:top]:
        short = path.split("/khabar/", 1)[1]
        print(f"  {own:7.2f} {cumulative:7.2f} {calls:9d}  {short}:{line} {function}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--events", type=Path, help="write the events here as sorted-key JSON lines")
    parser.add_argument("--profile", action="store_true", help="also list the costliest khabar functions")
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args()
    coder, spent = Coder(batch_size=64), defaultdict(float)
    _code(coder, _articles(8), None)  # load the model, the knowledge base and the gazetteer first
    _instrument(coder, spent)
    articles = _articles(args.articles)
    profile = cProfile.Profile() if args.profile else None
    start = time.process_time()
    if profile:
        profile.enable()
    _code(coder, articles, args.events)
    if profile:
        profile.disable()
    _report(spent, time.process_time() - start, len(articles))
    if profile:
        _profile_table(profile, args.top)


if __name__ == "__main__":
    main()
