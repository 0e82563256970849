"""One thread per khabar process for the numeric libraries, unless the user says otherwise.

khabar spreads a large run over processes (the process engine, Spark), one per core, and the model's products are
small: numpy's OpenBLAS, which starts a thread per core when numpy is imported, only oversubscribes the cores.
Worse, a second thread, idle or not, makes the process multi-threaded for good, and from then on every lock spaCy's
parser and NER take per word goes the slow way: in a process that stays single-threaded the model runs about a
tenth faster (raw spaCy, 150 generated articles: 17.5 s against 19.3 s; BENCHMARKS.md). The settings must be in the
environment before numpy is first imported, so the command sets them as it starts, and the process engine hands
them to its workers. A value the user set wins.
"""
from __future__ import annotations

import os
from collections.abc import MutableMapping

ONE_THREAD = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


def missing_settings(environ: MutableMapping[str, str] = os.environ) -> dict[str, str]:
    """The one-thread settings the environment does not already choose."""
    return {name: value for name, value in ONE_THREAD.items() if name not in environ}


def keep_one_thread(environ: MutableMapping[str, str] = os.environ) -> None:
    """Add the one-thread settings the environment lacks (call before numpy is imported)."""
    environ.update(missing_settings(environ))
