"""Connected groups (briefing/groups.py), as used for same-story articles."""

from __future__ import annotations

from briefing.groups import components


def test_components_follow_links_both_ways_and_number_in_item_order():
    got = components(["a", "b", "c", "d", "e"], [("d", "b"), ("e", "d")])
    assert got == {"a": 0, "b": 1, "c": 2, "d": 1, "e": 1}


def test_a_chain_is_one_component_and_unknown_items_are_ignored():
    got = components(range(4), [(0, 1), (1, 2), (2, 3), (3, 99)])
    assert set(got.values()) == {0}


def test_no_links():
    assert components(["x", "y"], []) == {"x": 0, "y": 1}
    assert components([], [("x", "y")]) == {}
