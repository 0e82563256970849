"""Tokens on writes, headers, body caps, hostile filter values and the one error shape."""
from __future__ import annotations

import socket
import subprocess
import sys

import httpx
import pytest

from khabar.errors import ConfigError
from khabar.server.security import check_bind, is_loopback
from tests.server.conftest import fresh_copy, khabar_serve, running
from tests.server.corpus import SPECS, event_id

TOKEN = "s3cret-token"
WRONG = {"action": "wrong", "reviewer": "ana"}


@pytest.fixture(scope="module")
def guarded(filled_db, tmp_path_factory):
    db = fresh_copy(filled_db, tmp_path_factory.mktemp("guarded"))
    with running(db, token=TOKEN, max_body=2048) as url, httpx.Client(base_url=url, timeout=20) as http:
        yield http


def _review(target: str) -> dict:
    return {**WRONG, "event_id": target}


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer nope"}, {"Authorization": f"Basic {TOKEN}"},
                                     {"Authorization": TOKEN}])
def test_write_without_the_right_token_is_refused(guarded, headers):
    response = guarded.post("/api/reviews", json=_review(event_id("ASSAULT", "wire/a2")), headers=headers)
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "unauthorized"
    assert guarded.get("/api/reviews").json()["reviews"] == []


def test_write_with_the_token_is_accepted(guarded):
    target = event_id("SUPPORT", "wire/a1")
    response = guarded.post("/api/reviews", json=_review(target), headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 201
    assert [r["event_id"] for r in guarded.get("/api/reviews").json()["reviews"]] == [target]


def test_reads_need_no_token(guarded):
    assert guarded.get("/api/events").status_code == 200


def test_read_only_server_refuses_writes(filled_db, tmp_path):
    db = fresh_copy(filled_db, tmp_path)
    with running(db, read_only=True) as url:
        response = httpx.post(f"{url}/api/reviews", json=_review(event_id("ASSAULT", "wire/a2")))
        assert response.status_code == 403 and "read-only" in response.json()["error"]["message"]
        assert httpx.get(f"{url}/api/events").json()["total"] > 0


def test_cross_origin_write_is_refused(client):
    response = client.post("/api/reviews", json=_review(event_id("ASSAULT", "wire/a2")),
                           headers={"Origin": "http://evil.example"})
    assert response.status_code == 403 and response.json()["error"]["code"] == "forbidden"


def test_form_encoded_write_is_refused(client):
    # A cross-site HTML form can only send form or text bodies; the API takes JSON alone.
    response = client.post("/api/reviews", content=b'{"action": "wrong"}', headers={"Content-Type": "text/plain"})
    assert response.status_code == 422 and "error" in response.json()


@pytest.mark.parametrize("path", ["/events", "/api/events", "/api/events/missing", "/static/khabar.css", "/docs"])
def test_every_response_has_a_csp_without_inline_scripts(client, path):
    csp = client.get(path).headers["content-security-policy"]
    directives = dict(part.strip().split(" ", 1) for part in csp.split(";"))
    assert directives["script-src"] == "'self'"
    assert "unsafe-inline" not in directives["script-src"] and "unsafe-eval" not in csp
    assert directives["object-src"] == "'none'" and directives["frame-ancestors"] == "'none'"


def test_pages_carry_no_inline_script(client):
    page = client.get("/events").text
    assert "<script>" not in page and "<script type=\"module\">" not in page


def test_oversized_body_is_refused_by_its_length(guarded):
    body = {**_review(event_id("ASSAULT", "wire/a2")), "note": "x" * 4000}
    response = guarded.post("/api/reviews", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 413 and response.json()["error"]["code"] == "body_too_large"


def test_oversized_chunked_body_is_refused(guarded):
    def chunks():
        yield b'{"action": "wrong", "reviewer": "ana", "note": "'
        for _ in range(10):
            yield b"y" * 1000
        yield b'"}'
    response = guarded.post("/api/reviews", content=chunks(), headers={"Authorization": f"Bearer {TOKEN}",
                                                                       "Content-Type": "application/json"})
    assert response.status_code == 413 and response.json()["error"]["code"] == "body_too_large"


@pytest.mark.parametrize("params", [
    {"actor": "x' OR '1'='1"},
    {"text": "'; DROP TABLE events; --"},
    {"country": "') OR 1=1 --"[:3]},
    {"doc_id": "wire/a1' OR 'a'='a"},
    {"event": "ASSAULT') OR ('1'='1"},
    {"acled_event_type": "Battles\" OR \"1\"=\"1"},
])
def test_injection_looking_values_match_nothing_and_break_nothing(client, params):
    response = client.get("/api/events", params=params)
    assert response.status_code in (200, 422)
    if response.status_code == 200:
        assert response.json()["total"] == 0
    assert client.get("/api/events", params={"factuality": "all"}).json()["total"] == len(SPECS)


@pytest.mark.parametrize(("method", "path", "status", "code"), [
    ("GET", "/api/nothing-here", 404, "not_found"),
    ("GET", "/api/events?since=yesterday", 422, "invalid_request"),
    ("GET", "/api/events?sort=date;DROP TABLE events", 422, "invalid_request"),
    ("GET", "/api/events?limit=100000", 422, "invalid_request"),
    ("GET", "/api/events?factuality=maybe", 422, "invalid_request"),
    ("GET", "/api/aggregates/weekday", 422, "invalid_request"),
    ("GET", "/api/download/xlsx", 422, "invalid_request"),
    ("DELETE", "/api/events", 405, "method_not_allowed"),
    ("GET", "/assets/leaflet/package.json", 404, "not_found"),
    ("GET", "/assets/../../../../etc/passwd", 404, "not_found"),
    ("GET", "/static/missing.js", 404, "not_found"),
])
def test_errors_share_one_shape(client, method, path, status, code):
    response = client.request(method, path)
    assert response.status_code == status
    error = response.json()["error"]
    assert set(error) == {"code", "message"} and error["code"] == code and error["message"]


@pytest.mark.parametrize(("host", "loopback"), [("127.0.0.1", True), ("localhost", True), ("::1", True),
                                                ("127.0.0.2", True), ("0.0.0.0", False), ("192.168.1.5", False),
                                                ("example.org", False)])
def test_loopback_detection(host, loopback):
    assert is_loopback(host) is loopback


def test_binding_beyond_loopback_needs_a_token():
    with pytest.raises(ConfigError, match="--token"):
        check_bind("0.0.0.0", None)
    check_bind("0.0.0.0", TOKEN)
    check_bind("127.0.0.1", None)


def _outward_address() -> str | None:
    """This machine's address towards other hosts (a UDP connect sends no packet), or None offline."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))
        except OSError:
            return None
        address = probe.getsockname()[0]
    return None if is_loopback(address) else address


def test_khabar_serve_refuses_a_non_loopback_bind_without_a_token(filled_db, tmp_path):
    db = fresh_copy(filled_db, tmp_path)
    env = {"PATH": "/usr/bin:/bin"}  # no KHABAR_TOKEN from the caller's environment
    done = subprocess.run([sys.executable, "-m", "khabar.cli", "serve", "--db", str(db), "--host", "0.0.0.0",
                           "--port", "0"], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode != 0 and "--token" in done.stderr


def test_review_without_the_token_on_a_non_loopback_bind_is_refused(filled_db, tmp_path):
    db = fresh_copy(filled_db, tmp_path)
    target = event_id("ASSAULT", "wire/a2")
    with khabar_serve(db, "--host", "0.0.0.0", "--token", TOKEN) as url:
        outward = _outward_address()
        base = url.replace("127.0.0.1", outward) if outward else url  # as a client on another host would
        for headers in ({}, {"Authorization": "Bearer wrong"}):
            response = httpx.post(f"{base}/api/reviews", json=_review(target), headers=headers, timeout=20)
            assert response.status_code == 401 and response.json()["error"]["code"] == "unauthorized"
        assert httpx.get(f"{base}/api/reviews", timeout=20).json()["reviews"] == []
        accepted = httpx.post(f"{base}/api/reviews", json=_review(target), timeout=20,
                              headers={"Authorization": f"Bearer {TOKEN}"})
        assert accepted.status_code == 201
