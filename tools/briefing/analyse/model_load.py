"""Costs of loading spaCy's pipeline, removed without changing what loads.

``load_model`` runs ``spacy.load`` inside the blocks below; each replaces,
for the duration of the load only, one slow way of building an object by a
faster way of building the same object from the same input.

- ``quick_tables``: the French lemmatizer's lookup tables (``lookups.bin``,
  four tables, 216,869 entries) become ``spacy.lookups.Table`` objects, an
  ``OrderedDict`` whose ``__setitem__`` is Python code (hash the key, store,
  add the key to a Bloom filter). Called once per entry, that took 0.55 s of
  the model's 1.8 s load. Here each table is filled as a plain
  ``OrderedDict`` (C code), then becomes a ``Table``; the keys are the same
  ``get_string_id`` values, in the same order, the Bloom filter has the same
  size and the same keys. The model's own file is read, as spaCy reads it:
  nothing is kept anywhere (a pickle of these tables in the cache loaded
  slower, 0.43 s, than spaCy's msgpack does, 0.17 s).
- ``grouped_entry_points``: catalogue (spaCy's registries) scans every
  installed entry point for a group each time a registry is read (253 scans,
  136 of them by srsly's msgpack decoders; 0.1 s). The installed packages do
  not change during the load, so each group's scan is done once and its result
  given again.

Anything unexpected (another spaCy, a table that is not a plain ``dict``, a
class that cannot be swapped) takes spaCy's own way.
"""

from __future__ import annotations

from collections import OrderedDict
from contextlib import contextmanager


class _Filling(OrderedDict):
    """An ``OrderedDict`` subclass without a Python ``__setitem__``: fills at C speed."""


def table_of(name, data):
    """``spacy.lookups.Table(name, data)``, built without one Python call per entry."""
    from preshed.bloom import BloomFilter
    from spacy.lookups import Table
    from spacy.strings import get_string_id

    if type(data) is not dict or not data:
        return Table(name, data)
    keys = [get_string_id(key) for key in data]  # what Table.__setitem__ does to each key
    table = Table(name, {})  # every attribute set as Table.__init__ sets them
    try:
        table.__class__ = _Filling
        table.update(zip(keys, data.values()))
        table.__class__ = Table
    except TypeError:  # another layout: spaCy's way
        return Table(name, data)
    bloom = BloomFilter.from_error_rate(max(len(data), 1))  # Table.__init__'s size for ``data``
    for key in keys:
        bloom.add(key)
    table.bloom = bloom
    return table


@contextmanager
def quick_tables():
    """Within this block, ``spacy.lookups.Lookups.from_bytes`` builds its tables
    with ``table_of``; otherwise as spaCy 3 does (read the msgpack, one table
    per entry, in order)."""
    try:
        import spacy
        import srsly
        from spacy.lookups import Lookups
    except ImportError:
        yield
        return
    if not spacy.__version__.startswith("3."):
        yield
        return
    original = Lookups.from_bytes

    def from_bytes(self, bytes_data, **kwargs):
        self._tables = {}
        for key, value in srsly.msgpack_loads(bytes_data).items():
            self._tables[key] = table_of(key, value)
        return self

    Lookups.from_bytes = from_bytes
    try:
        yield
    finally:
        Lookups.from_bytes = original


class _GroupedEntryPoints:
    """catalogue's ``AVAILABLE_ENTRY_POINTS``, each group's selection made once."""

    def __init__(self, available) -> None:
        self._available = available
        self._groups: dict = {}

    def select(self, **params):
        if list(params) != ["group"]:
            return self._available.select(**params)
        group = params["group"]
        if group not in self._groups:
            self._groups[group] = self._available.select(group=group)
        found = self._groups[group]
        return type(found)(found)  # a fresh sequence each time, as select gives

    def __getattr__(self, name):
        return getattr(self._available, name)


@contextmanager
def grouped_entry_points():
    """Within this block, catalogue scans the entry points once per group."""
    try:
        import catalogue

        available = catalogue.AVAILABLE_ENTRY_POINTS
        available.select  # noqa: B018 - only the select interface is grouped
    except (ImportError, AttributeError):
        yield
        return
    catalogue.AVAILABLE_ENTRY_POINTS = _GroupedEntryPoints(available)
    try:
        yield
    finally:
        catalogue.AVAILABLE_ENTRY_POINTS = available
