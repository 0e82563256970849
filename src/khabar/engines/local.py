"""In-process engine."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

from ..model import Article
from ..nlp.pipeline import Coded
from ..settings import Settings
from .batch import code_batch


def batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(articles)
    while batch := list(islice(it, size)):
        yield batch


def code_locally(articles: Iterable[Article], *, settings: Settings) -> Iterator[Coded]:
    for batch in batches(articles, settings.batch_size):
        yield from code_batch(batch, model=settings.model, batch_size=settings.batch_size)
