"""khabar.ingest.fetch against a real local HTTP server."""
import time

import pytest

from khabar.errors import FetchError
from khabar.ingest.fetch import fetch
from khabar.settings import Settings

from .conftest import HUGE_BYTES, SLOW_SECONDS

FAST = Settings(fetch_timeout=0.4, max_bytes=10_000)


def test_fetches_a_page_with_its_media_type_and_charset(http_server):
    fetched = fetch(http_server.url("/article.html"), settings=FAST)
    assert b"Negotiators from both sides" in fetched.content
    assert (fetched.content_type, fetched.charset) == ("text/html", "utf-8")


def test_follows_redirects_and_reports_the_final_url(http_server):
    fetched = fetch(http_server.url("/redirect"), settings=FAST)
    assert fetched.url == http_server.url("/article.html") and b"Doha" in fetched.content


def test_user_agent_names_khabar(http_server):
    fetch(http_server.url("/plain"), settings=FAST)
    assert http_server.agents[-1].startswith("khabar/")


def test_timeout_is_a_fetch_error_that_says_what_to_do(http_server):
    started = time.monotonic()
    with pytest.raises(FetchError) as caught:
        fetch(http_server.url("/slow"), settings=FAST)
    assert time.monotonic() - started < SLOW_SECONDS
    assert "timed out after 0.4 s" in caught.value.reason and "--timeout" in caught.value.reason


@pytest.mark.parametrize("path, size", [
    ("/huge", f"{HUGE_BYTES:,} bytes is over"),  # refused on its Content-Length, before reading
    ("/huge-chunked", "bytes (or more) is over"),  # no length given: refused while streaming
])
def test_bodies_over_the_cap_are_refused(http_server, path, size):
    with pytest.raises(FetchError) as caught:
        fetch(http_server.url(path), settings=FAST)
    assert "--max-bytes" in caught.value.reason and "10,000 bytes" in caught.value.reason
    assert size in caught.value.reason


@pytest.mark.parametrize("path, words", [
    ("/missing", "HTTP 404"),
    ("/loop", "too many redirects"),
])
def test_http_errors_name_the_problem(http_server, path, words):
    with pytest.raises(FetchError) as caught:
        fetch(http_server.url(path), settings=FAST)
    assert words in caught.value.reason and caught.value.source == http_server.url(path)


def test_refused_connection_is_a_fetch_error():
    with pytest.raises(FetchError) as caught:
        fetch("http://127.0.0.1:9/nothing", settings=FAST)
    assert "check the URL" in caught.value.reason


def test_reasons_are_one_line(http_server):
    for path in ("/slow", "/huge", "/missing", "/loop"):
        with pytest.raises(FetchError) as caught:
            fetch(http_server.url(path), settings=FAST)
        assert "\n" not in str(caught.value)
