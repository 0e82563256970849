"""Process-pool engine: each worker loads the model once and codes whole batches.

Results come back in input order (``imap``), so ids and the store's contents do not depend on
which worker finished first.
"""
from __future__ import annotations

import multiprocessing as mp
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import partial

from ..model import Article
from ..nlp.pipeline import Coded
from ..settings import Settings
from ..threads import missing_settings
from .batch import code_batch
from .local import batches

# Articles per task. Small tasks keep every worker busy until the end of the corpus (a 64-article task can
# leave one core idle for its whole length), and spaCy batches 16 whole articles as well as 64.
TASK_SIZE = 16


def code_in_pool(articles: Iterable[Article], *, settings: Settings) -> Iterator[Coded]:
    size = min(settings.batch_size, TASK_SIZE)
    work = partial(code_batch, model=settings.model, batch_size=size)
    # spawn, not fork: a forked copy of a parent that already loaded the model would share its state
    with _worker_environment():
        pool = mp.get_context("spawn").Pool(settings.workers)
    with pool:
        for outcome in pool.imap(work, batches(articles, size), chunksize=1):
            yield from outcome


@contextmanager
def _worker_environment() -> Iterator[None]:
    """``os.environ`` with the one-thread settings (``khabar.threads``: each worker is one core's worth of coding) for
    the time the pool starts its workers (a spawned worker copies the environment when it starts), restored
    afterwards."""
    added = missing_settings()
    os.environ.update(added)
    try:
        yield
    finally:
        for name in added:
            os.environ.pop(name, None)
