"""The process engine starts its workers with single-threaded BLAS, and leaves the parent's environment as it was."""
import datetime as dt
import multiprocessing as mp
import os

import pytest

from khabar.engines.process import _worker_environment


def _threads_after_coding() -> int:
    """The threads of a worker that has coded an article (run in the worker)."""
    from khabar.engines.batch import code_batch
    from khabar.model import Article
    code_batch([Article(id="a", text="Police arrested 14 men in Basra on Monday.", published=dt.date(2021, 3, 10))])
    return len(os.listdir("/proc/self/task"))


def _setting(name: str) -> str | None:
    return os.environ.get(name)


def _spawned_pool():
    with _worker_environment():
        return mp.get_context("spawn").Pool(1)


def test_a_worker_starts_with_one_blas_thread_and_the_parent_keeps_its_environment(monkeypatch):
    monkeypatch.delenv("OPENBLAS_NUM_THREADS", raising=False)
    with _spawned_pool() as pool:
        assert pool.apply(_setting, ("OPENBLAS_NUM_THREADS",)) == "1"
    assert "OPENBLAS_NUM_THREADS" not in os.environ


def test_a_value_the_user_set_wins(monkeypatch):
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "3")
    with _worker_environment():
        assert os.environ["OPENBLAS_NUM_THREADS"] == "3"
    assert os.environ["OPENBLAS_NUM_THREADS"] == "3"


@pytest.mark.model
@pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="counts threads through Linux's /proc")
def test_a_worker_that_codes_stays_single_threaded(monkeypatch):
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        monkeypatch.delenv(name, raising=False)
    with _spawned_pool() as pool:
        assert pool.apply(_threads_after_coding) == 1
