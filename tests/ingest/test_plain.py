"""khabar.ingest.plain: titles, date lines and front matter in text and Markdown files."""
import datetime as dt

import pytest

from khabar.errors import InputError
from khabar.ingest.plain import language_code, read_plain

BODY = "Soldiers opened fire on demonstrators in the northern city on Saturday, witnesses said."


MORE = f"{BODY}\n\nMore detail followed later."


@pytest.mark.parametrize("text, title, published, body", [
    (f"Troops fire on crowd\nPublished: 2022-07-09\n\n{BODY}", "Troops fire on crowd", dt.date(2022, 7, 9), BODY),
    (f"Troops fire on crowd\n\nDate: 9 July 2022\n{BODY}", "Troops fire on crowd", dt.date(2022, 7, 9), BODY),
    (f"# Troops fire on crowd\n{BODY}", "Troops fire on crowd", None, BODY),
    (f"Published: 2022-07-09\n{BODY}", None, dt.date(2022, 7, 9), BODY),
    (BODY, None, None, BODY),
    (MORE, None, None, MORE),  # a sentence is not a title
    (f"Troops fire on crowd\nPublished: yesterday\n\n{BODY}", "Troops fire on crowd", None, BODY),  # never guessed
])
def test_title_and_date_lines(text, title, published, body):
    article = read_plain(text, article_id="a.txt")
    assert (article.title, article.published, article.text) == (title, published, body)


def test_date_line_after_the_fifth_line_is_text():
    text = "\n".join(["Headline", "", "One.", "Two.", "Three.", "Published: 2022-07-09"])
    article = read_plain(text, article_id="a")
    assert article.published is None and "Published: 2022-07-09" in article.text


def test_markdown_front_matter():
    text = f"---\ntitle: Clashes at the border\ndate: 2020-06-15\nlang: fr-FR\nsource: Le Journal\n---\n{BODY}\n"
    article = read_plain(text, article_id="b.md")
    assert (article.title, article.published, article.language, article.source) == \
        ("Clashes at the border", dt.date(2020, 6, 15), "fr", "Le Journal")
    assert article.text == BODY


def test_broken_front_matter_stays_text():
    text = f"---\ntitle: [unclosed\n---\n{BODY}"
    article = read_plain(text, article_id="c.md")
    assert BODY in article.text and article.title is None


def test_windows_line_endings():
    article = read_plain(f"Troops fire on crowd\r\nPublished: 2022-07-09\r\n\r\n{BODY}\r\n", article_id="d")
    assert (article.title, article.published, article.text) == ("Troops fire on crowd", dt.date(2022, 7, 9), BODY)


@pytest.mark.parametrize("text", ["", "   \n\n", "Published: 2022-07-09\n", "---\ntitle: Only metadata\n---\n"])
def test_nothing_to_code(text):
    with pytest.raises(InputError) as caught:
        read_plain(text, article_id="e.txt")
    assert caught.value.reason.startswith("empty: nothing to code") and caught.value.source == "e.txt"


def test_a_lone_line_is_text_not_a_title():
    article = read_plain("Gunmen kidnapped a mayor\n\n", article_id="g")
    assert (article.title, article.text) == (None, "Gunmen kidnapped a mayor")


def test_id_and_language_defaults():
    article = read_plain(BODY, article_id="folder/f.txt", url="https://example.org/f")
    assert (article.id, article.url, article.language) == ("folder/f.txt", "https://example.org/f", "en")


@pytest.mark.parametrize("value, code", [(None, "en"), ("", "en"), ("ar", "ar"), ("pt-BR", "pt"), ("EN_us", "en")])
def test_language_code(value, code):
    assert language_code(value) == code
