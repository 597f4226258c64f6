"""The tokenizer's long pattern, compiled once and kept in the cache."""

from __future__ import annotations

import pickle
from re import _compiler as sre, _parser

import pytest

from briefing.analyse import patterns

#: A long pattern, with classes, groups and flags like the tokenizer's; the tests lower
#: LONG_PATTERN under its length (compiling a pattern of the real threshold's length costs
#: about a second a time, the fast suite's budget).
LONG = "(?iu)(?P<word>" + "|".join(f"w{i}" + "ab" * 60 + "[a-zà-ÿ]+(?:-[a-z]+)?" for i in range(80)) + r")\b"


@pytest.fixture
def long_is_long(monkeypatch):
    monkeypatch.setattr(patterns, "LONG_PATTERN", 10_000)


@pytest.fixture(scope="module")
def expected():
    """``LONG`` as re compiles it."""
    return sre.compile(LONG)


@pytest.fixture
def store(tmp_path):
    patterns.keep_in(tmp_path / "patterns")
    yield tmp_path / "patterns"
    patterns.keep_in(None)


def test_the_pattern_is_kept_then_read_back_identical(long_is_long, store, expected, monkeypatch):
    assert len(LONG) >= patterns.LONG_PATTERN
    with patterns.stored_patterns():
        first = sre.compile(LONG)
    assert first == expected  # same pattern, flags and code words
    assert len(list(store.iterdir())) == 1

    def no_parsing(*args, **kwargs):
        raise AssertionError("parsed again")

    monkeypatch.setattr(_parser, "parse", no_parsing)
    with patterns.stored_patterns():
        second = sre.compile(LONG)
    assert second == expected
    assert second.groupindex == {"word": 1}
    assert second.match("W12" + "AB" * 60 + "écrit-bis").group("word") == "W12" + "AB" * 60 + "écrit-bis"


def test_a_damaged_entry_is_compiled_again(long_is_long, store, expected):
    with patterns.stored_patterns():
        sre.compile(LONG)
    (entry,) = store.iterdir()
    flags, code, groups, groupindex, indexgroup = pickle.loads(entry.read_bytes())
    for damaged in (b"not a pickle", pickle.dumps((flags, code[: len(code) // 2], groups, groupindex, indexgroup))):
        entry.write_bytes(damaged)
        with patterns.stored_patterns():
            again = sre.compile(LONG)
        assert again == expected
        assert entry.read_bytes() != damaged  # and the entry is whole again


def test_short_patterns_and_no_store_keep_nothing(long_is_long, tmp_path, expected):
    patterns.keep_in(None)
    with patterns.stored_patterns():
        assert sre.compile(LONG) == expected
    patterns.keep_in(tmp_path / "patterns")
    try:
        with patterns.stored_patterns():
            sre.compile("[a-z]+" * 10)
    finally:
        patterns.keep_in(None)
    assert not (tmp_path / "patterns").exists()


def test_outside_the_block_re_is_untouched(store):
    original = sre.compile
    with patterns.stored_patterns():
        assert sre.compile is not original
    assert sre.compile is original


@pytest.mark.slow
def test_the_french_tokenizer_pattern_comes_back_identical(store, monkeypatch):
    from spacy.lang.fr.tokenizer_exceptions import TOKEN_MATCH

    tokenizer = TOKEN_MATCH.__self__  # the compiled pattern spaCy uses
    assert len(tokenizer.pattern) >= patterns.LONG_PATTERN
    with patterns.stored_patterns():
        assert sre.compile(tokenizer.pattern) == tokenizer
    monkeypatch.setattr(_parser, "parse", lambda *a, **k: pytest.fail("parsed again"))
    with patterns.stored_patterns():
        assert sre.compile(tokenizer.pattern) == tokenizer
