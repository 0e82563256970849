"""khabar.ingest.html: main text, title, date and canonical URL; boilerplate dropped; broken pages read."""
import datetime as dt

import pytest

from khabar.errors import InputError
from khabar.ingest.html import html_to_text, page_title, read_html

ARTICLE = ("<p>Security forces raided the offices of an opposition newspaper in the capital on Tuesday and "
           "detained four journalists, the paper's editor said.</p><p>The interior ministry said the raid was "
           "part of an investigation into incitement, and that the journalists would be questioned.</p>")
PAGE = ("<!doctype html><html lang='en-GB'><head><title>Newspaper raided | Example Times</title>"
        "<link rel='canonical' href='https://times.example.com/2024/02/raid'>"
        "<meta property='og:site_name' content='Example Times'>"
        "<meta property='article:published_time' content='2024-02-13T08:15:00+00:00'>"
        "<script>var tracking = 'do not read me';</script></head><body>"
        "<header><nav><a href='/'>Home</a> <a href='/politics'>Politics</a> <a href='/sport'>Sport</a></nav></header>"
        f"<main><article><h1>Newspaper raided</h1>{ARTICLE}</article></main>"
        "<aside>Most read: Ten recipes for summer</aside><footer>Subscribe to our newsletter</footer></body></html>")


def test_main_text_without_boilerplate():
    article = read_html(PAGE, article_id="raid.html")
    assert "detained four journalists" in article.text and "questioned" in article.text
    for boilerplate in ("Politics", "Sport", "recipes", "newsletter", "do not read me"):
        assert boilerplate not in article.text


def test_metadata():
    article = read_html(PAGE, article_id="raid.html")
    assert article.id == "raid.html"
    assert article.title.startswith("Newspaper raided")
    assert article.published == dt.date(2024, 2, 13)
    assert article.url == "https://times.example.com/2024/02/raid"
    assert article.source == "Example Times"
    assert article.language == "en"


def test_date_is_not_taken_from_the_prose():
    page = f"<html><head><title>T</title></head><body><article>{ARTICLE}<p>On 3 March 2019 a court ruled.</p>" \
           "</article></body></html>"
    assert read_html(page, article_id="x").published is None


def test_url_given_by_the_caller_when_the_page_has_no_canonical():
    page = f"<html><head><title>Raid</title></head><body><article>{ARTICLE}</article></body></html>"
    article = read_html(page, article_id="https://a.example/raid", url="https://a.example/raid")
    assert article.url == "https://a.example/raid" and article.source == "a.example"


@pytest.mark.parametrize("broken", [
    "<html><body><div><p>Rebels shelled a market town on Thursday, killing two traders.<div><p>Aid groups warned",
    "<p>Rebels shelled a market town on Thursday, killing two traders.</div></span></p></p><p>Aid groups warned",
    "<html><body><table><tr><td>Rebels shelled a market town on Thursday, killing two traders.<td>Aid groups warned",
])
def test_broken_html_still_gives_its_text(broken):
    article = read_html(broken, article_id="broken.html")
    assert "Rebels shelled a market town" in article.text and "Aid groups warned" in article.text


@pytest.mark.parametrize("page", [
    "<html><head><title>Nothing</title><style>p {}</style></head><body><script>x()</script></body></html>",
    "<html><body></body></html>",
])
def test_page_without_text_is_refused(page):
    with pytest.raises(InputError) as caught:
        read_html(page, article_id="blank.html")
    assert caught.value.reason.startswith("empty: nothing to code")


def test_simple_text_extraction():
    markup = "<div>First block</div><p>Second &amp; last<br>line</p><script>no()</script><nav>menu</nav>"
    assert html_to_text(markup) == "First block\nSecond & last\nline"


def test_page_title():
    assert page_title("<html><head><title> Talks\n resume </title></head></html>") == "Talks resume"
    assert page_title("<p>no title</p>") is None
