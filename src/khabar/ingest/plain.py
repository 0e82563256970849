"""Plain-text and Markdown articles: optional YAML front matter, an optional first-line title and a
"Published: YYYY-MM-DD" (or "Date: ...") line among the first five lines."""
from __future__ import annotations

import re
from typing import Any

from ..errors import InputError
from ..model import Article
from .dates import parse_date

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_DATE_LINE = re.compile(r"^\s*(?:published|publication date|date|dated)\s*:\s*(.+?)\s*$", re.I)
_HEAD_LINES = 5
_MAX_TITLE = 200


def read_plain(text: str, *, article_id: str, url: str | None = None) -> Article:
    """An ``Article`` from plain text; raises ``InputError`` when no text is left to code."""
    meta, body = split_front_matter(text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = body.split("\n")
    dated = [i for i, line in enumerate(lines[:_HEAD_LINES]) if _DATE_LINE.match(line)]
    title_line = _title_line(lines, dated)
    kept = [line for i, line in enumerate(lines) if i not in dated and i != title_line]
    body = "\n".join(kept).strip()
    if not body:
        raise InputError(article_id, "empty: nothing to code (the file holds no article text)")
    title = _text(meta.get("title")) or (_strip_heading(lines[title_line]) if title_line is not None else None)
    return Article(id=article_id, text=body, title=title,
                   published=parse_date(meta.get("published", meta.get("date"))) or _dated(lines, dated),
                   url=_text(meta.get("url")) or url, source=_text(meta.get("source")),
                   language=language_code(meta.get("language", meta.get("lang"))))


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """YAML front matter as a dict, and the text after it. Unreadable front matter stays in the text."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    import yaml

    try:
        meta = yaml.safe_load(match.group(1))
    except yaml.YAMLError:
        return {}, text
    if not isinstance(meta, dict):
        return {}, text
    return {str(k).lower(): v for k, v in meta.items()}, text[match.end():]


def language_code(value: Any) -> str:
    """"en" unless the source states a language; "fr-CA" becomes "fr"."""
    text = _text(value)
    return re.split(r"[-_]", text)[0].lower() if text else "en"


def _title_line(lines: list[str], dated: list[int]) -> int | None:
    """Index 0 when the first line reads as a title: a Markdown heading, or a short line without a
    sentence ending followed by a blank or a date line; either way with text after it."""
    first = lines[0].strip()
    rest = any(line.strip() for i, line in enumerate(lines[1:], 1) if i not in dated)
    if not first or 0 in dated or not rest:
        return None
    if first.startswith("# "):
        return 0
    followed = not lines[1].strip() or 1 in dated
    short = len(first) <= _MAX_TITLE and not first.endswith((".", ",", ";", ":"))
    return 0 if followed and short else None


def _dated(lines: list[str], dated: list[int]):
    for i in dated:
        published = parse_date(_DATE_LINE.match(lines[i]).group(1))
        if published:
            return published
    return None


def _strip_heading(line: str) -> str:
    return line.strip().lstrip("#").strip()


def _text(value: Any) -> str | None:
    return str(value).strip() or None if value not in (None, "") else None
