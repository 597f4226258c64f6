"""The rule files (briefing/rules/*.txt, *.yaml): one loader, no entry twice."""

from __future__ import annotations

from collections import Counter

import pytest
import yaml

from briefing import rules


class _KeyCheckingLoader(yaml.SafeLoader):
    """A safe loader that refuses a mapping with the same key twice (PyYAML keeps the last)."""

    def construct_mapping(self, node, deep=False):
        keys = [self.construct_object(k, deep=deep) for k, _ in node.value]
        twice = [k for k, n in Counter(map(str, keys)).items() if n > 1]
        if twice:
            raise yaml.constructor.ConstructorError(None, None, f"key(s) {twice} given twice", node.start_mark)
        return super().construct_mapping(node, deep=deep)


def _repeated_entries(value, where="") -> list[str]:
    """Entries that appear twice in one list, anywhere in the YAML value, and
    entries of word lists that YAML did not read as text."""
    out = []
    if isinstance(value, dict):
        for k, v in value.items():
            out += _repeated_entries(v, f"{where}/{k}")
    elif isinstance(value, list):
        out += [f"{where}: {e} twice" for e, n in Counter(map(repr, value)).items() if n > 1]
        out += [f"{where}: {e!r} is not text" for e in value if not isinstance(e, (str, dict, list))]
        for i, v in enumerate(value):
            if isinstance(v, (dict, list)):
                out += _repeated_entries(v, f"{where}[{i}]")
    return out


def test_the_rule_files_are_shipped_and_found():
    names = rules.names()
    for expected in ("stop_words.txt", "abbreviations.txt", "agencies.yaml", "sourcing.yaml",
                     "dependent_sentences.yaml"):
        assert expected in names


@pytest.mark.parametrize("name", [n for n in rules.names() if n.endswith(".txt")])
def test_no_word_twice_in_a_word_list(name):
    words = rules.words(name)
    assert words, f"{name} is empty"
    assert [w for w, n in Counter(words).items() if n > 1] == []


@pytest.mark.parametrize("name", [n for n in rules.names() if n.endswith(".yaml")])
def test_no_entry_twice_in_a_yaml_rule_file(name):
    data = yaml.load(rules.text(name), Loader=_KeyCheckingLoader)  # noqa: S506 - a SafeLoader subclass
    assert _repeated_entries(data) == []


def test_the_duplicate_checks_catch_duplicates():
    assert _repeated_entries({"a": ["x", "y", "x"]}) == ["/a: 'x' twice"]
    assert _repeated_entries({"en": ["of", True]}) == ["/en: True is not text"]  # an unquoted "on"
    with pytest.raises(yaml.constructor.ConstructorError):
        yaml.load("a: 1\na: 2\n", Loader=_KeyCheckingLoader)  # noqa: S506


def test_words_skip_comments_and_keep_order(tmp_path, monkeypatch):
    monkeypatch.setattr(rules, "_folder", lambda: tmp_path)
    rules.text.cache_clear()
    try:
        (tmp_path / "w.txt").write_text("# a comment\nun deux  # trois\n\nquatre\n", encoding="utf-8")
        assert rules.words("w.txt") == ("un", "deux", "quatre")
    finally:
        rules.text.cache_clear()


def test_the_fingerprint_covers_every_rule_file(tmp_path, monkeypatch):
    monkeypatch.setattr(rules, "_folder", lambda: tmp_path)
    rules.text.cache_clear()
    try:
        (tmp_path / "a.txt").write_text("un\n", encoding="utf-8")
        before = rules.fingerprint()
        rules.text.cache_clear()
        (tmp_path / "a.txt").write_text("un deux\n", encoding="utf-8")
        assert rules.fingerprint() != before
    finally:
        rules.text.cache_clear()
