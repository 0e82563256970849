"""khabar.ingest.decoding: BOM, UTF-8, declared charset, detection, and refusing binary data."""
import codecs

import pytest

from khabar.errors import InputError
from khabar.ingest.decoding import declared_charset, decode, sniff_encoding

TEXT = "Protesters gathered outside the café in Beyoğlu on Sunday — police watched."


@pytest.mark.parametrize("data", [
    TEXT.encode("utf-8"),
    codecs.BOM_UTF8 + TEXT.encode("utf-8"),
    TEXT.encode("utf-16"),  # with its BOM, despite the NUL bytes
    codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"),
])
def test_unicode_encodings_round_trip(data):
    assert decode(data, source="t").lstrip("\ufeff") == TEXT


def test_latin1_is_detected():
    data = "Caf\xe9 owners in Beirut protested against new taxes on Monday, a caf\xe9 owner said.".encode("latin-1")
    assert decode(data, source="t").startswith("Café owners")


def test_declared_meta_charset_wins_over_detection():
    page = "<html><head><meta charset='windows-1251'></head><body>Москва: протест у здания суда</body></html>"
    assert "протест у здания суда" in decode(page.encode("windows-1251"), source="p")


def test_charset_from_outside_is_tried_after_utf8():
    data = "Grève générale lundi dans tout le pays.".encode("iso-8859-1")
    assert decode(data, source="u", declared="iso-8859-1") == "Grève générale lundi dans tout le pays."


@pytest.mark.parametrize("head, charset", [
    (b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-6">', "iso-8859-6"),
    (b"<?xml version='1.0' encoding='Windows-1252'?><rss/>", "windows-1252"),
    (b"<html><body>no declaration</body></html>", None),
])
def test_declared_charset(head, charset):
    assert declared_charset(head) == charset


@pytest.mark.parametrize("data, words", [
    (b"%PDF-1.7\n\x00\x01\x02" * 50, "PDF"),
    (b"PK\x03\x04" + b"\x00" * 40, "ZIP"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "PNG"),
    (b"plain words then\x00\x00 a NUL", "NUL bytes"),
    (bytes(range(128, 256)) * 40, "encoding"),
    ("\x01\x02\x03\x04\x05\x06 text".encode() * 30, "printable"),
])
def test_binary_is_refused_with_a_reason(data, words):
    with pytest.raises(InputError) as caught:
        decode(data, source="bin")
    assert words in caught.value.reason and caught.value.source == "bin"


@pytest.mark.parametrize("head, encoding", [
    ("Reporters said: «no comment».".encode("utf-8"), "utf-8"),
    ("Reporters said: «no comment».".encode("utf-8")[:-2], "utf-8"),  # a head cut inside a character
    (codecs.BOM_UTF8 + b"id,text\n", "utf-8-sig"),
])
def test_sniff_encoding_for_streams(head, encoding):
    assert sniff_encoding(head, source="s") == encoding
