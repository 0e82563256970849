"""A real HTTP server on 127.0.0.1 for the fetch and feed tests: pages, a feed, a slow endpoint that
sleeps past the timeout and endpoints that send more than the size cap."""
from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

SLOW_SECONDS = 1.5
HUGE_BYTES = 50_000

PAGE = ("<html lang='en'><head><title>Ceasefire talks in Doha</title>"
        "<link rel='canonical' href='https://news.example.org/doha-talks'>"
        "<meta property='article:published_time' content='2023-11-20T09:00:00Z'></head><body>"
        "<nav><a href='/'>Home</a> | <a href='/world'>World</a></nav><article><h1>Ceasefire talks in Doha</h1>"
        "<p>Negotiators from both sides met in Doha on Monday to discuss a ceasefire and the release of "
        "prisoners, Qatari officials said.</p><p>A second round of talks is planned for next week, according "
        "to a statement from the foreign ministry.</p></article><footer>Copyright Example News</footer></body></html>")
LINKED = ("<html><head><title>Strike on depot</title></head><body><article><p>Drones struck a fuel depot near the "
          "port city on Saturday, setting it on fire, the regional governor said.</p><p>No casualties were "
          "reported.</p></article></body></html>")


def feed(base: str) -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Example Wire</title><link>{base}/</link><description>News</description>
<item><title>Protest in the capital</title><link>{base}/protest</link>
<description>Thousands of teachers marched to parliament on Wednesday demanding higher pay.</description>
<pubDate>Wed, 15 Mar 2023 10:00:00 GMT</pubDate></item>
<item><title>Strike on depot</title><link>{base}/linked.html</link><pubDate>Sat, 18 Mar 2023 08:00:00 GMT</pubDate></item>
<item><title>Gone</title><link>{base}/missing</link></item>
</channel></rss>"""


RELATIVE_ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Relative</title><id>urn:rel</id><updated>2023-03-18T08:00:00Z</updated>
<entry><title>Strike on depot</title><id>urn:rel:1</id><link href="/linked.html"/><updated>2023-03-18T08:00:00Z</updated>
</entry></feed>"""


@dataclass(frozen=True)
class Route:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    delay: float = 0.0
    location: str | None = None
    chunked: bool = False  # no Content-Length: the client only learns the size by reading


def _routes(base: str) -> dict[str, Route]:
    return {
        "/article.html": Route(PAGE.encode()),
        "/linked.html": Route(LINKED.encode()),
        "/feed.xml": Route(feed(base).encode(), "application/rss+xml"),
        "/feed-as-text": Route(feed(base).encode(), "text/xml"),
        "/relative.atom": Route(RELATIVE_ATOM.encode(), "application/atom+xml"),
        "/plain": Route("Riot police\n\nRiot police dispersed a crowd in the old city on Friday.".encode(),
                        "text/plain; charset=utf-8"),
        "/latin1": Route("Grève générale\n\nLes syndicats ont appelé à une grève générale lundi.".encode("latin-1"),
                         "text/plain; charset=iso-8859-1"),
        "/records.jsonl": Route(b'{"id": "w1", "text": "Border guards detained nine smugglers on Sunday."}\n{oops\n',
                                "application/x-ndjson"),
        "/redirect": Route(b"", status=302, location="/article.html"),
        "/loop": Route(b"", status=302, location="/loop"),
        "/missing": Route(b"not here", "text/plain", status=404),
        "/slow": Route(b"late", "text/plain", delay=SLOW_SECONDS),
        "/huge": Route(b"x" * HUGE_BYTES, "text/plain"),
        "/huge-chunked": Route(b"y" * HUGE_BYTES, "text/plain", chunked=True),
        "/pdf": Route(b"%PDF-1.5\n" + bytes(range(256)), "application/pdf"),
    }


class _Handler(BaseHTTPRequestHandler):
    routes: dict[str, Route] = {}
    agents: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        self.agents.append(self.headers.get("User-Agent", ""))
        route = self.routes.get(self.path, Route(b"no route", "text/plain", status=404))
        time.sleep(route.delay)
        try:
            self._send(route)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (timeout or size cap): that is what the test wanted

    def _send(self, route: Route) -> None:
        self.send_response(route.status)
        self.send_header("Content-Type", route.content_type)
        if route.location:
            self.send_header("Location", route.location)
        if route.chunked:
            self.send_header("Connection", "close")
            self.close_connection = True
        else:
            self.send_header("Content-Length", str(len(route.body)))
        self.end_headers()
        for start in range(0, len(route.body), 4096):
            self.wfile.write(route.body[start:start + 4096])

    def log_message(self, *args) -> None:
        pass  # keep test output quiet


@dataclass(frozen=True)
class Server:
    base: str
    agents: list[str]

    def url(self, path: str) -> str:
        return self.base + path


@pytest.fixture(scope="session")
def http_server() -> Iterator[Server]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    server.block_on_close = False
    base = f"http://127.0.0.1:{server.server_address[1]}"
    agents: list[str] = []
    handler = type("Handler", (_Handler,), {"routes": _routes(base), "agents": agents})
    server.RequestHandlerClass = handler
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield Server(base=base, agents=agents)
    server.shutdown()
    server.server_close()
