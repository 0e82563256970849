"""khabar's web app: the JSON API and the dashboard pages, one FastAPI application over one EventStore.

    create_app(db, *, token=None, read_only=False, assets=None) -> FastAPI
    serve(db, *, host="127.0.0.1", port=8000, token=None, read_only=False, assets=None) -> None
"""
from .app import create_app
from .serve import serve

__all__ = ["create_app", "serve"]
