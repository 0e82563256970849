"""Downloads of the current filter: CSV, ACLED-style CSV, PLOVER JSONL, GeoJSON, and the review trail."""
from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Request
from fastapi.responses import FileResponse
from starlette.background import BackgroundTask

from ...store import EventFilter
from ...store.exports import export
from ..access import using
from ..params import event_filter

router = APIRouter(prefix="/api/download", tags=["downloads"])

Format = Literal["csv", "acled-csv", "plover-jsonl", "geojson", "reviews"]
FILES = {"csv": ("events.csv", "text/csv"), "acled-csv": ("events-acled.csv", "text/csv"),
         "plover-jsonl": ("events.jsonl", "application/x-ndjson"),
         "geojson": ("events.geojson", "application/geo+json"), "reviews": ("reviews.jsonl", "application/x-ndjson")}


@router.get("/{fmt}", summary="The filtered events as a file (reviewed values win)")
def download(request: Request, fmt: Format, filters: Annotated[EventFilter, Depends(event_filter)]) -> FileResponse:
    name, media = FILES[fmt]
    path = _temporary(name)
    try:
        with using(request) as store:
            count = export(store, fmt, path, filters=filters)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return FileResponse(path, media_type=media, filename=f"khabar-{name}", headers={"X-Khabar-Count": str(count)},
                        background=BackgroundTask(path.unlink, missing_ok=True))


def _temporary(name: str) -> Path:
    handle = tempfile.NamedTemporaryFile(prefix="khabar-", suffix=f"-{name}", delete=False)
    handle.close()
    return Path(handle.name)
