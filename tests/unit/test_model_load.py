"""Loading the model faster builds the same objects (``briefing.analyse.model_load``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.lookups import Lookups, Table

from briefing.analyse import model_load
from briefing.analyse.nlp import load_model

MODEL = "fr_core_news_md"


def same_table(fast, slow) -> None:
    assert type(fast) is Table and type(slow) is Table
    assert list(fast.items()) == list(slow.items())  # same keys, values and order
    assert {k: v for k, v in vars(fast).items() if k != "bloom"} == {k: v for k, v in vars(slow).items() if k != "bloom"}
    assert list(vars(fast)) == list(vars(slow))
    assert fast.bloom.to_bytes() == slow.bloom.to_bytes()


@pytest.mark.parametrize("data", [
    {"chat": ["chat"], "chevaux": ["cheval"], 12345: ["x"], "": ["vide"]},  # str keys are hashed, "" is 0
    {2**64 - 1: ["max"], 7: [], 8: {"a": ["b"]}},
    {"seul": "un"},
])
def test_a_table_is_the_table_spacy_builds(data):
    fast = model_load.table_of("t", dict(data))
    same_table(fast, Table("t", dict(data)))
    for key in data:
        assert key in fast and fast[key] == data[key]
    assert "absent" not in fast
    fast["ajout"] = ["x"]  # still a Table: its __setitem__ hashes the key
    assert fast.get("ajout") == ["x"] and "ajout" in fast


def test_empty_or_other_data_takes_spacys_way():
    same_table(model_load.table_of("t", {}), Table("t", {}))
    same_table(model_load.table_of("t", None), Table("t", None))


def model_lookups_file() -> Path:
    lemmatizer = load_model(MODEL).get_pipe("lemmatizer")
    path = Path(load_model(MODEL).path) / "lemmatizer" / "lookups" / "lookups.bin"
    assert path.is_file() and lemmatizer.mode == "rule"
    return path


@pytest.mark.slow  # (2 s: every table read twice and compared entry by entry)
def test_the_lemmatizers_tables_are_spacys():
    path = model_lookups_file()
    slow = Lookups().from_disk(path.parent)
    with model_load.quick_tables():
        fast = Lookups().from_disk(path.parent)
    assert Lookups.from_bytes.__qualname__ == "Lookups.from_bytes"  # restored
    assert fast.tables == slow.tables == ["lemma_lookup", "lemma_rules", "lemma_exc", "lemma_index"]
    for name in slow.tables:
        same_table(fast.get_table(name), slow.get_table(name))
    # and the model load_model returns holds those tables (lemma_index as sets: nlp._index_as_sets)
    loaded = load_model(MODEL).get_pipe("lemmatizer").lookups
    for name in slow.tables:
        table, expected = loaded.get_table(name), slow.get_table(name)
        if name == "lemma_index":
            assert {k: frozenset(v) for k, v in expected.items()} == dict(table.items())
        else:
            assert list(table.items()) == list(expected.items())
        assert table.bloom.to_bytes() == expected.bloom.to_bytes()


@pytest.mark.slow  # (0.75 s: spaCy's own load of the lemma tables)
def test_lemmas_are_those_of_spacys_tables():
    nlp = load_model(MODEL)
    text = ("Les ministres chinois ont rencontré hier leurs homologues américains ; ils se sont accordés "
            "sur des règles communes, disaient-elles, après avoir longuement négocié les cyberattaques.")
    lemmatizer = nlp.get_pipe("lemmatizer")
    path = model_lookups_file()
    fast = [t.lemma_ for t in nlp(text)]
    kept_lookups, kept_cache = lemmatizer.lookups, lemmatizer.cache
    try:
        lemmatizer.lookups, lemmatizer.cache = Lookups().from_disk(path.parent), {}
        slow = [t.lemma_ for t in nlp(text)]
    finally:
        lemmatizer.lookups, lemmatizer.cache = kept_lookups, kept_cache
    assert fast == slow
    assert "rencontrer" in fast and "ministre" in fast  # the lemmatizer did run


def test_entry_points_are_selected_as_catalogue_does():
    import catalogue

    original = catalogue.AVAILABLE_ENTRY_POINTS
    groups = ["spacy_factories", "srsly_msgpack_decoders", "no_such_group", "spacy_architectures"]
    with model_load.grouped_entry_points():
        grouped = catalogue.AVAILABLE_ENTRY_POINTS
        assert grouped is not original
        for group in groups * 2:
            assert list(grouped.select(group=group)) == list(original.select(group=group))
            assert type(grouped.select(group=group)) is type(original.select(group=group))
        assert grouped.select(group="spacy_factories") is not grouped.select(group="spacy_factories")
    assert catalogue.AVAILABLE_ENTRY_POINTS is original
