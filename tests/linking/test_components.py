"""Which events of a slice new events can regroup: chains of overlapping windows in compatible countries."""
from khabar.linking.components import touched_by_new
from khabar.store.linkindex import Window


def _w(eid, lo, hi, country="IRQ", new=False):
    return Window(eid, "ASSAULT", lo, hi, country, new)


def test_a_chain_of_overlapping_windows_is_reached():
    windows = [_w("new", 10, 11, new=True), _w("next", 11, 12), _w("after", 12, 14), _w("later", 20, 21)]
    assert touched_by_new(windows) == {"new", "next", "after"}


def test_another_country_is_not_reached_but_a_placeless_report_bridges():
    windows = [_w("new", 10, 11, new=True), _w("syria", 10, 11, "SYR"), _w("iran", 30, 31, "IRN")]
    assert touched_by_new(windows) == {"new"}
    placeless = _w("somewhere", 11, 12, None)
    assert touched_by_new(windows + [placeless]) == {"new", "syria", "somewhere"}


def test_nothing_is_reached_without_a_new_window():
    assert touched_by_new([_w("a", 1, 2), _w("b", 2, 3, None)]) == set()


def test_a_new_placeless_report_reaches_every_country_it_overlaps():
    windows = [_w("new", 5, 40, None, new=True), _w("iraq", 10, 11), _w("syria", 39, 45, "SYR"), _w("iran", 50, 51, "IRN")]
    assert touched_by_new(windows) == {"new", "iraq", "syria"}
