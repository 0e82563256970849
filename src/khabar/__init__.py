"""khabar: political event data from news, coded in PLOVER and stored in DuckDB."""
__version__ = "0.1.0"

# The Python API lives in khabar.api; its functions are also reachable as khabar.extract, khabar.run, ...
# Imported on first use, so that `import khabar` (and the CLI's --help) stays fast and loads no model.
_API = frozenset({"read", "extract", "code", "ingest", "run", "link", "groups", "events", "export", "stats",
                  "relations", "relations_of", "attach", "extract_to_parquet", "versions"})


_MODULES = frozenset({"api", "model", "settings", "errors"})


def __getattr__(name: str):
    if name in _MODULES:
        import importlib
        return importlib.import_module(f"{__name__}.{name}")
    if name in _API:
        from . import api
        return getattr(api, name)
    raise AttributeError(f"module 'khabar' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *_API, *_MODULES])
