"""Connected groups of a relation (union-find), shared by the stages."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import TypeVar

H = TypeVar("H", bound=Hashable)


def components(items: Iterable[H], links: Iterable[tuple[H, H]]) -> dict[H, int]:
    """Item → number of its connected component under ``links``; components are
    numbered in the order of their first item. A link to an item not in
    ``items`` is ignored."""
    parent = {x: x for x in items}

    def find(x: H) -> H:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in links:
        if a in parent and b in parent:
            parent[find(a)] = find(b)
    roots: dict[H, int] = {}
    return {x: roots.setdefault(find(x), len(roots)) for x in parent}
