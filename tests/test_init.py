import datetime as dt
import subprocess
import sys

import pytest

import khabar
from khabar import api
from khabar.model import Article


@pytest.mark.parametrize("name", ["extract", "run", "read", "events", "export", "stats", "link", "attach"])
def test_api_functions_are_reachable_from_the_package(name):
    assert getattr(khabar, name) is getattr(api, name)


def test_unknown_names_still_raise_attribute_error():
    with pytest.raises(AttributeError, match="no_such_thing"):
        khabar.no_such_thing  # noqa: B018


def test_importing_the_package_loads_neither_the_api_nor_spacy():
    code = "import sys, khabar; print('khabar.api' in sys.modules, 'spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


@pytest.mark.model
def test_package_level_extract_codes_an_article():
    article = Article(id="t1", text="Police arrested three suspects in Basra on Monday.",
                      published=dt.date(2024, 3, 6))
    events = list(khabar.extract([article]))
    assert [e.event for e in events] == ["COERCE"]
    assert events[0].doc_id == "t1"
