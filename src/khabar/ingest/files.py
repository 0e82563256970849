"""Files on disk: directories walked recursively in sorted order (hidden files and folders skipped),
and the bytes of one file read under the size cap."""
from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError


def walk(root: Path) -> Iterator[Path]:
    """Every visible file under ``root``, sorted, so runs over the same folder are deterministic."""
    for folder, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(name for name in dirnames if not _hidden(name))
        for name in sorted(filenames):
            path = Path(folder) / name
            if not _hidden(name) and path.is_file():  # pipes and devices would block or never end
                yield path


def _hidden(name: str) -> bool:
    return name.startswith(".") or name.startswith("~$")  # ~$ are Office lock files


def check_size(path: Path, *, max_bytes: int | None) -> int:
    """The file's size; raise before reading anything when it is empty or over the cap (if any)."""
    size = path.stat().st_size
    if size == 0:
        raise InputError(str(path), "empty: nothing to code (the file has no bytes)")
    if max_bytes is not None and size > max_bytes:
        raise InputError(str(path), too_large(size, max_bytes))
    return size


def read_bytes(path: Path, *, max_bytes: int) -> bytes:
    check_size(path, max_bytes=max_bytes)
    with path.open("rb") as fh:
        data = fh.read(max_bytes + 1)  # the file may have grown since stat
    if len(data) > max_bytes:
        raise InputError(str(path), too_large(len(data), max_bytes))
    return data


def too_large(size: int, max_bytes: int) -> str:
    return (f"too large: {size:,} bytes is over the limit of {max_bytes:,} bytes; "
            "split it, or raise the limit with --max-bytes")


def missing(source: str) -> InputError:
    """The error for a source that is neither a readable file nor a folder."""
    if Path(source).exists():
        return InputError(source, "not a regular file (a pipe, socket or device): give khabar a file or a folder")
    return InputError(source, "no such file or directory: check the path")
