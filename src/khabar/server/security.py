"""Safety at the edge: response headers (CSP), a request body cap, and the guard on write endpoints.

Binding: ``serve`` binds 127.0.0.1 unless told otherwise, and refuses a non-loopback host without a
token (see ``check_bind``). SQL never sees a request value except as a parameter of the store's filters.
"""
from __future__ import annotations

import hmac
import ipaddress
import json

from fastapi import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..errors import ConfigError
from .errors import ApiError

# Scripts only from our own origin (no inline script, no eval). Leaflet positions its panes with
# inline style properties, so styles may be inline; nothing else may be.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
       "form-action 'self'")
HEADERS = (
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-resource-policy", b"same-origin"),
)


class SecurityHeaders:
    """Adds the CSP and friends to every HTTP response."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in HEADERS if k not in names]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodyLimit:
    """Refuses request bodies over ``max_body`` bytes with 413, by header and by bytes actually received."""

    def __init__(self, app: ASGIApp, *, max_body: int):
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_body):
            return await _send_too_large(send, self.max_body)
        await self.app(scope, self._counting(receive), send)

    def _counting(self, receive: Receive) -> Receive:
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_body:  # a chunked body that grew past the cap
                raise ApiError(413, _too_large(self.max_body))
            return message

        return counted


def _too_large(limit: int) -> str:
    return f"request body is larger than {limit} bytes"


async def _send_too_large(send: Send, limit: int) -> None:
    body = json.dumps({"error": {"code": "body_too_large", "message": _too_large(limit)}}).encode()
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})


def require_writer(request: Request) -> None:
    """FastAPI dependency of every write endpoint: read-only apps refuse, tokens are checked, cross-site posts fail."""
    config = request.app.state.config
    if config.read_only:
        raise ApiError(403, "this server is read-only; restart it without --read-only to review events")
    _check_origin(request)
    if config.token is not None and not _token_ok(request, config.token):
        raise ApiError(401, "this endpoint needs the server's token: send 'Authorization: Bearer <token>'",
                       headers={"WWW-Authenticate": "Bearer"})


def _token_ok(request: Request, token: str) -> bool:
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode(), token.encode())


def _check_origin(request: Request) -> None:
    # A browser sends Origin on cross-site POSTs; a page from another site must not write here.
    origin = request.headers.get("origin")
    if origin is None:  # not a browser, or a same-origin GET-like request
        return
    host = request.headers.get("host", "")
    if origin.split("://", 1)[-1] != host:
        raise ApiError(403, f"cross-origin write refused (origin {origin!r} is not this server)")


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_bind(host: str, token: str | None) -> None:
    """Refuse to listen beyond this machine without a token (reviews would be writable by anyone)."""
    if not is_loopback(host) and not token:
        raise ConfigError(f"binding {host} exposes the review endpoints: pass --token (or bind 127.0.0.1)")
