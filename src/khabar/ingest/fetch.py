"""Fetching URLs: a timeout, a streamed size cap, redirects followed, a User-Agent naming khabar.

Every problem becomes a ``FetchError`` whose one-line reason says what to do.
"""
from __future__ import annotations

import time
from dataclasses import dataclass

import httpx

from .. import __version__
from ..errors import FetchError
from ..settings import Settings
from .files import too_large

USER_AGENT = f"khabar/{__version__} (political event coder; python-httpx)"


@dataclass(frozen=True)
class Fetched:
    """A downloaded resource: where it ended up after redirects, its bytes and declared type."""

    url: str
    content: bytes
    content_type: str | None = None
    charset: str | None = None


def fetch(url: str, *, settings: Settings) -> Fetched:
    """The body of ``url``; raises ``FetchError`` on timeouts, HTTP errors and bodies over the size cap."""
    try:
        with httpx.Client(timeout=settings.fetch_timeout, follow_redirects=True,
                          headers={"User-Agent": USER_AGENT}) as client:
            with client.stream("GET", url) as response:
                return _read(response, url=url, settings=settings)
    except httpx.TimeoutException as exc:
        raise FetchError(url, f"timed out after {settings.fetch_timeout:g} s ({type(exc).__name__}): "
                              "try again later, or allow more time with --timeout") from exc
    except httpx.TooManyRedirects as exc:
        raise FetchError(url, "too many redirects: open the URL in a browser and give khabar the final address") from exc
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
        raise FetchError(url, f"not a fetchable URL ({exc}): give an http:// or https:// address") from exc
    except httpx.HTTPError as exc:
        raise FetchError(url, f"could not fetch ({type(exc).__name__}: {str(exc) or 'no detail'}): "
                              "check the URL and your network connection") from exc


def _read(response: httpx.Response, *, url: str, settings: Settings) -> Fetched:
    if response.status_code >= 400:
        raise FetchError(url, f"HTTP {response.status_code} {response.reason_phrase}: check the URL "
                              "(the server refused or does not have this page)")
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > settings.max_bytes:
        raise FetchError(url, too_large(int(declared), settings.max_bytes))
    content = _capped_body(response, url=url, settings=settings)
    content_type = response.headers.get("content-type")
    return Fetched(url=str(response.url), content=content, content_type=_media_type(content_type),
                   charset=response.charset_encoding)


def _capped_body(response: httpx.Response, *, url: str, settings: Settings) -> bytes:
    """The body, read in chunks so a huge or endless response stops at the cap and the overall deadline."""
    deadline = time.monotonic() + settings.fetch_timeout
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > settings.max_bytes:
            raise FetchError(url, too_large(size, settings.max_bytes).replace("bytes is", "bytes (or more) is"))
        if time.monotonic() > deadline:
            raise httpx.ReadTimeout("the body took too long", request=response.request)
        chunks.append(chunk)
    return b"".join(chunks)


def _media_type(content_type: str | None) -> str | None:
    return content_type.split(";")[0].strip().lower() if content_type else None
