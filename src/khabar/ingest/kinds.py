"""Which reader a source needs: by file suffix or HTTP media type, else by a look at its first bytes."""
from __future__ import annotations

import re
from pathlib import PurePath

PLAIN, HTML, JSONL, JSON, CSV, FEED = "plain", "html", "jsonl", "json", "csv", "feed"

_SUFFIXES = {".txt": PLAIN, ".text": PLAIN, ".md": PLAIN, ".markdown": PLAIN,
             ".html": HTML, ".htm": HTML, ".xhtml": HTML,
             ".jsonl": JSONL, ".ndjson": JSONL, ".json": JSON, ".csv": CSV,
             ".rss": FEED, ".atom": FEED}
_MEDIA_TYPES = {"text/plain": PLAIN, "text/markdown": PLAIN, "text/html": HTML, "application/xhtml+xml": HTML,
                "application/x-ndjson": JSONL, "application/jsonl": JSONL, "application/json": JSON, "text/csv": CSV,
                "application/rss+xml": FEED, "application/atom+xml": FEED, "application/rdf+xml": FEED}
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.I)
_HTML_START = re.compile(rb"\s*(?:<!doctype html|<html|<head|<body|<!--|<div|<p[\s>])", re.I)


def kind_of_path(path: PurePath, head: bytes) -> str:
    """The reader for a file: its suffix decides, except .xml and unknown suffixes, which are sniffed."""
    return _SUFFIXES.get(path.suffix.lower()) or sniff(head)


def kind_of_response(media_type: str | None, url: str, head: bytes) -> str:
    """The reader for a fetched URL: feeds are often served as text/xml or text/html, so sniff those too."""
    kind = _MEDIA_TYPES.get(media_type or "")
    if kind in (PLAIN, HTML, None) and _FEED_ROOT.search(head[:2048]):
        return FEED
    return kind or _SUFFIXES.get(PurePath(url.split("?")[0]).suffix.lower()) or sniff(head)


def sniff(head: bytes) -> str:
    start = head[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    if _FEED_ROOT.search(start):
        return FEED
    if _HTML_START.match(start):
        return HTML
    if start.startswith(b"{"):
        return JSONL
    if start.startswith(b"["):
        return JSON
    return PLAIN
