"""JSONL and CSV corpora, one article per record, read as a stream (and JSON files, read whole).

Columns are named by ``settings.fields`` (``FieldMap``). Each bad record becomes its own ``Failure`` with
source "<path>:<line>" (1-based) and the rest of the file is kept. The size cap applies to each record,
not to the corpus file, which may be large.
"""
from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from typing import Any, BinaryIO

from ..errors import InputError
from ..model import Article, Failure
from ..settings import FieldMap, Settings
from .dates import parse_date
from .decoding import sniff_encoding
from .files import too_large
from .plain import language_code

_SURROGATE = re.compile(r"[\udc80-\udcff]")  # undecodable bytes, kept by the "surrogateescape" handler
_DELIMITERS = (",", ";", "\t", "|")
_HEAD = 65536


def text_stream(stream: BinaryIO, *, source: str) -> io.TextIOWrapper:
    """Text lines of a buffered binary stream in its sniffed encoding; bad bytes survive as surrogates."""
    encoding = sniff_encoding(stream.peek(_HEAD)[:_HEAD], source=source)
    return io.TextIOWrapper(stream, encoding=encoding, errors="surrogateescape", newline="")


def read_jsonl(lines: io.TextIOBase, *, name: str, settings: Settings) -> Iterator[Article | Failure]:
    for number, line in enumerate(lines, start=1):
        if line.strip():
            yield _outcome(lambda: _jsonl_article(line, where=f"{name}:{number}", settings=settings))


def read_json(text: str, *, name: str, settings: Settings) -> Iterator[Article | Failure]:
    """A JSON document: one record, or an array of records whose sources are "<path>#<n>" (1-based)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(name, f"malformed JSON ({exc.msg} at line {exc.lineno}, column {exc.colno}): "
                               "fix the file, or write one record per line as JSON Lines") from exc
    if isinstance(data, dict):
        yield _outcome(lambda: record_article(data, where=name, fields=settings.fields))
        return
    if not isinstance(data, list):
        raise InputError(name, "a JSON file must hold one record {...} or an array of records [{...}, ...]")
    for number, record in enumerate(data, start=1):
        yield _outcome(lambda: _json_record(record, where=f"{name}#{number}", fields=settings.fields))


def _json_record(record: Any, *, where: str, fields: FieldMap) -> Article:
    if not isinstance(record, dict):
        raise InputError(where, f"a JSON {type(record).__name__}, not an object: each item must be a {{...}} record")
    return record_article(record, where=where, fields=fields)


def read_csv(lines: io.TextIOBase, *, name: str, settings: Settings) -> Iterator[Article | Failure]:
    _allow_fields_up_to(settings.max_bytes)
    first = lines.readline()
    header = [name.strip() for name in next(csv.reader([first], delimiter=_delimiter(first)), [])]
    if settings.fields.text not in header:
        yield Failure(name, f"no column {settings.fields.text!r} in the CSV header ({', '.join(header) or 'empty'}): "
                            "name the text column with --text-field", stage="read")
        return
    reader = csv.reader(lines, delimiter=_delimiter(first))
    yield from _csv_rows(reader, header, name=name, settings=settings)


def _csv_rows(reader, header: list[str], *, name: str, settings: Settings) -> Iterator[Article | Failure]:
    done = 1  # physical lines consumed so far: the header
    while True:
        where = f"{name}:{done + 1}"
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield Failure(where, f"malformed CSV ({exc}): fix or remove this line", stage="read")
            row = []
        done = 1 + reader.line_num
        if row:
            yield _outcome(lambda: _csv_article(row, header, where=where, settings=settings))


def _jsonl_article(line: str, *, where: str, settings: Settings) -> Article:
    _check_record(line, where=where, settings=settings)
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(where, f"malformed JSON ({exc.msg} at column {exc.colno}): fix or remove this line") from exc
    if not isinstance(record, dict):
        raise InputError(where, f"a JSON {type(record).__name__}, not an object: each line must be one {{...}} record")
    return record_article(record, where=where, fields=settings.fields)


def _csv_article(row: list[str], header: list[str], *, where: str, settings: Settings) -> Article:
    _check_record("".join(row), where=where, settings=settings)
    if len(row) > len(header):
        raise InputError(where, f"malformed CSV: {len(row)} fields where the header has {len(header)}; "
                                "quote fields that contain the delimiter")
    return record_article(dict(zip(header, row)), where=where, fields=settings.fields)


def _check_record(line: str, *, where: str, settings: Settings) -> None:
    if _SURROGATE.search(line):
        raise InputError(where, "bytes that are not valid in the file's encoding: re-save the file as UTF-8")
    if len(line) * 4 > settings.max_bytes:  # only then is the exact byte count worth computing
        size = len(line.encode("utf-8"))
        if size > settings.max_bytes:
            raise InputError(where, too_large(size, settings.max_bytes))


def record_article(record: dict[str, Any], *, where: str, fields: FieldMap) -> Article:
    """An ``Article`` from one record; ``where`` ("<path>:<line>") is its id when it has no id or URL."""
    text = record.get(fields.text)
    if not isinstance(text, str) or not text.strip():
        what = "is missing or empty" if text in (None, "") or isinstance(text, str) else "is not a string"
        raise InputError(where, f"empty: nothing to code (field {fields.text!r} {what}; "
                                "name the text field with --text-field)")
    url = _field(record, fields.url)
    return Article(id=_field(record, fields.id) or url or where, text=text.strip(),
                   title=_field(record, fields.title), published=_published(record, where=where, fields=fields),
                   url=url, source=_field(record, fields.source),
                   language=language_code(record.get("language") or record.get("lang")))


def _published(record: dict[str, Any], *, where: str, fields: FieldMap):
    raw = record.get(fields.published)
    if raw in (None, ""):
        return None
    published = parse_date(raw) if isinstance(raw, str) else None
    if published is None:
        raise InputError(where, f"unreadable date {raw!r} in field {fields.published!r}: write a full date "
                                "such as 2021-05-02 (or name the date field with --date-field)")
    return published


def _field(record: dict[str, Any], name: str) -> str | None:
    value = record.get(name)
    if value is None or isinstance(value, (dict, list, bool)):
        return None
    return str(value).strip() or None


def _delimiter(header_line: str) -> str:
    """The delimiter of the header line: it holds column names, not prose, so counting is reliable."""
    return max(_DELIMITERS, key=header_line.count)


def _allow_fields_up_to(max_bytes: int) -> None:
    # The csv module's field limit (128 KiB) is process-wide; raise it, never lower it, so that
    # long articles are judged by --max-bytes instead.
    if csv.field_size_limit() < max_bytes:
        csv.field_size_limit(max_bytes)


def _outcome(make) -> Article | Failure:
    try:
        return make()
    except InputError as exc:
        return Failure(exc.source, exc.reason, stage="read")
