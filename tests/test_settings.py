"""Settings refuse values a run cannot use, with a message naming the option."""
from __future__ import annotations

import pytest

from khabar.errors import ConfigError
from khabar.settings import Settings


@pytest.mark.parametrize("changes,option", [
    ({"engine": "threads"}, "engine"),
    ({"workers": 0}, "--workers"),
    ({"batch_size": 0}, "batch size"),
    ({"store_memory_mb": 16}, "--store-memory"),
    ({"max_bytes": 0}, "max_bytes"),
])
def test_unusable_values_are_refused_with_the_option_named(changes, option):
    with pytest.raises(ConfigError, match=option):
        Settings(**changes)


def test_changes_keep_what_is_not_given_and_record_plain_values():
    settings = Settings().with_changes(store_memory_mb=512, workers=None)
    assert settings.store_memory_mb == 512 and settings.workers == 1
    assert settings.to_dict()["db"] == "khabar.duckdb"
