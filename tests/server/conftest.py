"""Fixtures for the server tests: a filled DuckDB file and a real uvicorn server on 127.0.0.1."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
import uvicorn

from khabar.server import create_app

from tests.server.corpus import fill, fill_coded


@pytest.fixture(scope="session")
def filled_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("store") / "template.duckdb"
    fill(path)
    return path


@pytest.fixture(scope="session")
def coded_db(tmp_path_factory) -> Path:
    """A store of one article coded by the real coder, with a retelling folded into its first event."""
    path = tmp_path_factory.mktemp("coded") / "coded.duckdb"
    fill_coded(path)
    return path


def fresh_copy(template: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "khabar.duckdb"
    shutil.copyfile(template, target)
    return target


def _listening(host: str) -> socket.socket:
    # proto=IPPROTO_TCP as in uvicorn's own sockets: asyncio sets TCP_NODELAY only on connections
    # accepted from such sockets (without it each keep-alive response waits ~40 ms for a delayed ACK).
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, 0))
    return sock


@contextmanager
def running(db: Path, *, host: str = "127.0.0.1", **options) -> Iterator[str]:
    """A uvicorn server for ``create_app(db, **options)`` on a free port of ``host``; yields its base URL
    (always through 127.0.0.1, which also reaches a server bound to 0.0.0.0)."""
    sock = _listening(host)
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


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def khabar_serve(db: Path, *args: str) -> Iterator[str]:
    """``khabar serve --db DB --port P *args`` in a child process (the real command); yields its base URL."""
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k != "KHABAR_TOKEN"}
    command = [sys.executable, "-m", "khabar.cli", "serve", "--db", str(db), "--port", str(port), *args]
    child = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(child, url)
        yield url
    finally:
        child.terminate()
        child.wait(timeout=20)


def _wait_until_up(child: subprocess.Popen, url: str) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if child.poll() is not None:
            raise RuntimeError(f"khabar serve exited with {child.returncode}: {child.stdout.read()}")
        try:
            if httpx.get(f"{url}/api/categories", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.1)
    raise RuntimeError("khabar serve did not answer within 60 s")


@pytest.fixture(scope="module")
def base_url(filled_db, tmp_path_factory) -> Iterator[str]:
    db = fresh_copy(filled_db, tmp_path_factory.mktemp("served"))
    with running(db) as url:
        yield url


@pytest.fixture(scope="module")
def client(base_url) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base_url, timeout=20) as http:
        yield http


# Screenshots taken by the browser tests, listed at the end of the run so CI can keep them.
SCREENSHOTS = pytest.StashKey[list]()


def screenshots(config: pytest.Config) -> list:
    return config.stash.setdefault(SCREENSHOTS, [])


def pytest_terminal_summary(terminalreporter, config: pytest.Config) -> None:
    taken = screenshots(config)
    if taken:
        terminalreporter.section("dashboard screenshots (test artifacts)")
        terminalreporter.write_line(f"{len(taken)} screenshots in {Path(taken[0]).parent}")
        for path in taken:
            terminalreporter.write_line(str(path))
