"""Bytes to text: BOM, UTF-8, the declared charset, then detection. Binary data is refused, not guessed at.

Every refusal raises ``InputError`` whose reason says what the bytes look like and what to do.
"""
from __future__ import annotations

import codecs
import re

from ..errors import InputError

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# Magic numbers of formats people drop into a corpus folder by mistake.
_MAGIC = ((b"%PDF", "a PDF document: convert it to text first (e.g. `pdftotext`) and ingest the .txt"),
          (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx): unpack or export it to text first"),
          (b"\x1f\x8b", "a gzip archive: decompress it first"),
          (b"\x89PNG", "a PNG image: khabar reads text, not images"),
          (b"\xff\xd8\xff", "a JPEG image: khabar reads text, not images"),
          (b"GIF8", "a GIF image: khabar reads text, not images"))
_DECLARED = (re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I),
             re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""", re.I))
MIN_PRINTABLE = 0.95  # share of printable characters below which decoded "text" is really binary


def decode(data: bytes, *, source: str, declared: str | None = None) -> str:
    """The text in ``data``; ``declared`` is a charset from outside (an HTTP header), tried after UTF-8."""
    refuse_binary(data, source=source)
    text = _decode_first_that_works(data, source=source, declared=declared)
    _refuse_unprintable(text, source=source)
    return text


def refuse_binary(data: bytes, *, source: str) -> None:
    """Raise if the bytes are a known binary format or hold NUL bytes outside a UTF-16/32 text."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(source, f"binary file, {what}")
    if b"\x00" in data and bom_encoding(data) is None:
        raise InputError(source, "binary file (it contains NUL bytes): give khabar text, HTML, JSONL, CSV or a feed")


def bom_encoding(data: bytes) -> str | None:
    return next((name for bom, name in _BOMS if data.startswith(bom)), None)


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML ``<meta>`` or an XML declaration names in the first few kilobytes."""
    head = data[:4096]
    for pattern in _DECLARED:
        match = pattern.search(head)
        if match:
            return match.group(1).decode("ascii").lower()
    return None


def sniff_encoding(head: bytes, *, source: str) -> str:
    """A codec name for a stream that starts with ``head`` (used by the line-by-line record readers)."""
    encoding = bom_encoding(head)
    if encoding:
        return encoding
    if _decodes(head, "utf-8") or _decodes(head[:-3], "utf-8") or _holds_utf8(head):
        return "utf-8"  # (the head may cut a character in two)
    return _detected(head, source=source)[0]


def _holds_utf8(data: bytes) -> bool:
    """True when ``data`` holds valid multi-byte UTF-8 sequences: legacy encodings almost never form them,
    so the file is UTF-8 with some damaged bytes, and only the damaged records should fail."""
    return any(ord(ch) > 127 and ch != "\ufffd" for ch in data.decode("utf-8", errors="replace"))


def _decode_first_that_works(data: bytes, *, source: str, declared: str | None) -> str:
    encoding = bom_encoding(data)
    if encoding:
        return data.decode(encoding, errors="replace")
    for candidate in ("utf-8", declared, declared_charset(data)):
        if candidate and _decodes(data, candidate):
            return data.decode(candidate)
    return _detected(data, source=source)[1]


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def _detected(data: bytes, *, source: str) -> tuple[str, str]:
    from charset_normalizer import from_bytes  # imported lazily: it is only needed for non-UTF-8 input

    best = from_bytes(data).best()
    if best is None:
        raise InputError(source, "not text in any encoding khabar can detect (binary data?): "
                                 "save it as UTF-8 text, or remove it from the corpus")
    return best.encoding, str(best)


def _refuse_unprintable(text: str, *, source: str) -> None:
    sample = text[:20_000]
    if not sample:
        return
    printable = sum(1 for ch in sample if ch.isprintable() or ch in "\n\r\t\f\v")
    if printable / len(sample) < MIN_PRINTABLE:
        raise InputError(source, f"binary data: only {printable / len(sample):.0%} of the characters are printable; "
                                 "give khabar text, HTML, JSONL, CSV or a feed")
