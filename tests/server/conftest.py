"""Fixtures for the server tests: a filled DuckDB file and a real uvicorn server on 127.0.0.1."""
from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
import uvicorn

from khabar.server import create_app

from tests.server.corpus import fill


@pytest.fixture(scope="session")
def filled_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("store") / "template.duckdb"
    fill(path)
    return path


def fresh_copy(template: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "khabar.duckdb"
    shutil.copyfile(template, target)
    return target


@contextmanager
def running(db: Path, **options) -> Iterator[str]:
    """A uvicorn server for ``create_app(db, **options)`` on a free loopback port; yields its base URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db, **options), log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


@pytest.fixture(scope="module")
def base_url(filled_db, tmp_path_factory) -> Iterator[str]:
    db = fresh_copy(filled_db, tmp_path_factory.mktemp("served"))
    with running(db) as url:
        yield url


@pytest.fixture(scope="module")
def client(base_url) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base_url, timeout=20) as http:
        yield http
