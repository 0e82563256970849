"""khabar.ingest.feeds: RSS/Atom entries to articles, from bytes, files and a real local server."""
import datetime as dt

from khabar.ingest import read_sources
from khabar.ingest.feeds import read_feed
from khabar.model import Article, Failure
from khabar.settings import Settings

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="es"><title>Diario Ejemplo</title><id>urn:feed</id>
<updated>2021-09-02T10:00:00Z</updated>
<entry><title>Marcha en Santiago</title><id>urn:entry:1</id><updated>2021-09-01T18:30:00Z</updated>
<content type="html">&lt;p&gt;Miles de estudiantes marcharon en Santiago el miércoles.&lt;/p&gt;&lt;p&gt;La policía usó
gases lacrimógenos.&lt;/p&gt;</content></entry>
<entry><title>Sin texto</title><id>urn:entry:2</id></entry>
</feed>""".encode()

SETTINGS = Settings(fetch_timeout=0.4, max_bytes=20_000)


def test_atom_entries_with_content():
    article, failure = read_feed(ATOM, source="es.atom")
    assert isinstance(article, Article) and isinstance(failure, Failure)
    assert (article.id, article.title, article.published, article.source) == \
        ("urn:entry:1", "Marcha en Santiago", dt.date(2021, 9, 1), "Diario Ejemplo")
    assert article.text.startswith("Miles de estudiantes marcharon") and "<p>" not in article.text
    assert article.text.count("\n") == 1  # one line per paragraph
    assert article.language == "es"  # from xml:lang
    assert failure.source == "urn:entry:2" and "empty: nothing to code" in failure.reason


def test_not_a_feed():
    (failure,) = read_feed(b"<html><body>just a page</body></html>", source="page.rss")
    assert failure.source == "page.rss" and "feed" in failure.reason


def test_feed_file_by_suffix(tmp_path):
    path = tmp_path / "wire.atom"
    path.write_bytes(ATOM)
    items = list(read_sources([str(path)], settings=SETTINGS))
    assert [type(i).__name__ for i in items] == ["Article", "Failure"]


def test_rss_from_a_url_fetches_link_only_entries(http_server):
    items = list(read_sources([http_server.url("/feed.xml")], settings=SETTINGS))
    protest, strike, gone = items
    assert (protest.id, protest.published, protest.source) == (http_server.url("/protest"), dt.date(2023, 3, 15),
                                                              "Example Wire")
    assert protest.text.startswith("Thousands of teachers marched")
    assert strike.id == http_server.url("/linked.html") and "Drones struck a fuel depot" in strike.text
    assert strike.published == dt.date(2023, 3, 18) and strike.title == "Strike on depot"
    assert isinstance(gone, Failure) and gone.source == http_server.url("/missing") and "HTTP 404" in gone.reason


def test_feed_served_as_text_xml_is_still_a_feed(http_server):
    items = list(read_sources([http_server.url("/feed-as-text")], settings=SETTINGS))
    assert len(items) == 3 and items[0].title == "Protest in the capital"


def test_relative_links_resolve_against_the_feed_url(http_server):
    (article,) = read_sources([http_server.url("/relative.atom")], settings=SETTINGS)
    assert article.id == http_server.url("/linked.html") and "Drones struck a fuel depot" in article.text
