"""Front-end libraries installed from npm (``npm ci`` in ``frontend/``), served from ``config.assets``.

Only the files the pages use are reachable, so the rest of ``node_modules`` is never exposed.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse

from .errors import ApiError


@dataclass(frozen=True)
class Library:
    scripts: tuple[str, ...] = ()
    styles: tuple[str, ...] = ()


LIBRARIES = {
    "leaflet": Library(("leaflet/dist/leaflet.js",), ("leaflet/dist/leaflet.css",)),
    "cluster": Library(("leaflet.markercluster/dist/leaflet.markercluster.js",),
                       ("leaflet.markercluster/dist/MarkerCluster.css",
                        "leaflet.markercluster/dist/MarkerCluster.Default.css")),
    "topojson": Library(("topojson-client/dist/topojson-client.min.js",)),
    "swagger": Library(("swagger-ui-dist/swagger-ui-bundle.js",), ("swagger-ui-dist/swagger-ui.css",)),
}
DATA_FILES = ("world-atlas/countries-110m.json", "world-atlas/countries-50m.json")
IMAGE_FOLDER = "leaflet/dist/images/"
INSTALL_HINT = "front-end libraries are not installed: run `cd src/khabar/server/frontend && npm ci`"

router = APIRouter(include_in_schema=False)


def allowed(path: str) -> bool:
    listed = {f for lib in LIBRARIES.values() for f in lib.scripts + lib.styles} | set(DATA_FILES)
    image = path.startswith(IMAGE_FOLDER) and path.endswith(".png") and "/" not in path[len(IMAGE_FOLDER):]
    return path in listed or image


@router.get("/assets/{path:path}")
def asset(request: Request, path: str) -> FileResponse:
    if not allowed(path):
        raise ApiError(404, f"no asset {path!r}")
    file = Path(request.app.state.config.assets) / path
    if not file.is_file():
        raise ApiError(404, f"{path}: {INSTALL_HINT}")
    return FileResponse(file, headers={"Cache-Control": "public, max-age=86400"})
