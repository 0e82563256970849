"""``serve``: run the app with uvicorn on one host and port (127.0.0.1 unless told otherwise)."""
from __future__ import annotations

from pathlib import Path

from .app import create_app
from .security import check_bind


def serve(db: Path, *, host: str = "127.0.0.1", port: int = 8000, token: str | None = None,
          read_only: bool = False, assets: Path | None = None) -> None:
    """Serve until interrupted. A non-loopback ``host`` needs a ``token`` (raises ConfigError otherwise)."""
    import uvicorn  # only when serving: importing khabar.server must stay light

    check_bind(host, token)
    app = create_app(Path(db), token=token, read_only=read_only, assets=assets)
    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False, timeout_keep_alive=5)
