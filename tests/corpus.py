"""A small generator of distinct, news-like test articles (our own template prose)."""
from __future__ import annotations

import json
import random
from pathlib import Path

_ACTORS = ["Iraqi security forces", "Turkish troops", "Houthi rebels", "Police in Cairo", "The Syrian army",
           "Israeli aircraft", "Taliban fighters", "Riot police"]
_TARGETS = ["a militia base", "protesters", "a convoy", "opposition activists", "a village", "the airport"]
_PLACES = ["Baghdad", "Mosul", "Aden", "Cairo", "Idlib", "Kandahar", "Basra", "Gaza"]
_TEMPLATES = [
    "{actor} attacked {target} near {place} on Monday, killing {n} people, officials said.",
    "{actor} arrested {n} people in {place} on Tuesday after clashes with {target}.",
    "Thousands of people protested in {place} on Friday against rising prices.",
    "The foreign ministers met in {place} on Wednesday to discuss a ceasefire.",
    "{actor} withdrew from {place} last week, according to local officials.",
]


def article_text(i: int) -> str:
    rng = random.Random(i)
    sentences = [rng.choice(_TEMPLATES).format(actor=rng.choice(_ACTORS), target=rng.choice(_TARGETS),
                                               place=rng.choice(_PLACES), n=rng.randint(2, 40))
                 for _ in range(rng.randint(3, 6))]
    return f"Report number {i}. " + " ".join(sentences)


def write_jsonl(path: Path, count: int, start: int = 0) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(start, start + count):
            fh.write(json.dumps({"id": f"art-{i}", "published": "2021-03-10", "title": f"Report {i}",
                                 "text": article_text(i)}) + "\n")
    return path
