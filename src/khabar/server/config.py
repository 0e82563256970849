"""The server's settings, fixed when the app is created and kept on ``app.state.config``."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
# Where `cd src/khabar/server/frontend && npm ci` puts the front-end libraries (never committed).
DEFAULT_ASSETS = PACKAGE / "frontend" / "node_modules"
STATIC = PACKAGE / "static"
TEMPLATES = PACKAGE / "templates"

MAX_BODY_BYTES = 64 * 1024  # a review is a few hundred bytes; nothing the API accepts is bigger


@dataclass(frozen=True, kw_only=True)
class ServerConfig:
    db: Path
    token: str | None = None  # when set, every write needs "Authorization: Bearer <token>"
    read_only: bool = False  # refuse every write, and open the store read-only
    assets: Path = DEFAULT_ASSETS  # an npm node_modules folder holding the front-end libraries
    max_body: int = MAX_BODY_BYTES
