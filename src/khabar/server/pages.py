"""Dashboard pages: server-rendered HTML shells that load one ES module each.

Each page has a JSON twin under /api with the same path and query string; the module reads the
state from the URL, fetches the twin, and renders with textContent only.
"""
from __future__ import annotations

import html
from dataclasses import dataclass
from functools import cache
from string import Template

from fastapi import APIRouter
from fastapi.responses import HTMLResponse, RedirectResponse

from .assets import LIBRARIES
from .config import TEMPLATES


@dataclass(frozen=True)
class PageSpec:
    title: str
    module: str
    libraries: tuple[str, ...] = ()
    twin: str = ""


PAGES = {
    "overview": PageSpec("Events", "overview.js", ("leaflet", "cluster", "topojson"), "/api/events"),
    "event": PageSpec("Event", "event.js", twin="/api/events/{id}"),
    "actor": PageSpec("Actor", "actor.js", twin="/api/actors/{name}"),
    "network": PageSpec("Network", "network.js", twin="/api/network"),
    "review": PageSpec("Review", "review.js", twin="/api/reviews"),
    "docs": PageSpec("API", "docs.js", ("swagger",), "/openapi.json"),
}

router = APIRouter(include_in_schema=False)


@cache
def _template(name: str) -> Template:
    return Template((TEMPLATES / name).read_text(encoding="utf-8"))


def render(page: str) -> HTMLResponse:
    spec = PAGES[page]
    libraries = [LIBRARIES[name] for name in spec.libraries]
    styles = "".join(f'<link rel="stylesheet" href="/assets/{_attr(s)}">' for lib in libraries for s in lib.styles)
    scripts = "".join(f'<script src="/assets/{_attr(s)}"></script>' for lib in libraries for s in lib.scripts)
    body = _template(f"{page}.html").substitute()
    text = _template("base.html").substitute(title=html.escape(spec.title), page=_attr(page), styles=styles,
                                             scripts=scripts, body=body, module=_attr(spec.module),
                                             twin=_attr(spec.twin))
    return HTMLResponse(text)


def _attr(value: str) -> str:
    return html.escape(value, quote=True)


@router.get("/")
def home() -> RedirectResponse:
    return RedirectResponse("/events", status_code=307)


@router.get("/events")
def overview_page() -> HTMLResponse:
    return render("overview")


@router.get("/events/{event_id}")
def event_page(event_id: str) -> HTMLResponse:
    return render("event")


@router.get("/actors/{name:path}")
def actor_page(name: str) -> HTMLResponse:
    return render("actor")


@router.get("/network")
def network_page() -> HTMLResponse:
    return render("network")


@router.get("/review")
def review_page() -> HTMLResponse:
    return render("review")


@router.get("/docs")
def docs_page() -> HTMLResponse:
    return render("docs")
