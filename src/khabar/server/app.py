"""``create_app``: the FastAPI application, its middleware, error handlers and routers."""
from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from .. import __version__
from . import errors
from .access import StoreAccess
from .assets import router as assets_router
from .config import DEFAULT_ASSETS, STATIC, ServerConfig
from .pages import router as pages_router
from .routes import actors, aggregates, articles, downloads, events, network, ontology, reviews
from .security import BodyLimit, SecurityHeaders

API_ROUTERS = (events.router, aggregates.router, actors.router, network.router, articles.router,
               downloads.router, reviews.router, ontology.router)


def create_app(db: Path, *, token: str | None = None, read_only: bool = False, assets: Path | None = None,
               max_body: int | None = None) -> FastAPI:
    """The app over the store at ``db``. With ``token``, writes need ``Authorization: Bearer <token>``."""
    config = ServerConfig(db=Path(db), token=token or None, read_only=read_only, assets=assets or DEFAULT_ASSETS,
                          **({"max_body": max_body} if max_body else {}))
    access = StoreAccess(config.db, read_only=read_only)
    app = FastAPI(title="khabar", version=__version__, docs_url=None, redoc_url=None, lifespan=_lifespan(access),
                  description="PLOVER-coded political events: query, aggregate, download and review.")
    app.state.config = config
    app.state.access = access
    errors.install(app)
    for router in (*API_ROUTERS, pages_router, assets_router):
        app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_middleware(BodyLimit, max_body=config.max_body)
    app.add_middleware(SecurityHeaders)
    return app


def _lifespan(access: StoreAccess):
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        access.close()
    return lifespan
