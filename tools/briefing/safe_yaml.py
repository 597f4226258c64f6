"""YAML for editor files (front matter, metadata.yaml, topics.yaml), bounded.

``yaml.safe_load`` is not enough for files anyone may hand us:

* an unquoted impossible date (``date: 2023-02-30``) raises ``ValueError``
  from the timestamp constructor, outside ``yaml.YAMLError``: dates are kept
  as the text the editor wrote and validated later, like any other value;
* aliases (``*a``) let ten lines expand to gigabytes when a value is used
  (the "billion laughs"): editor files have no use for them, so they are
  refused;
* thousands of nested ``[`` exhaust the recursion limit: nesting is capped;
* a ``"\\ud800"`` escape gives a lone surrogate that no UTF-8 file can hold:
  surrogates and non-characters are replaced by U+FFFD and counted.

Every refusal is a ``yaml.YAMLError`` (``UnsafeYaml``), so callers keep one
``except``.
"""

from __future__ import annotations

import re

import yaml

#: Deeper than any editor file needs; far below Python's recursion limit.
MAX_DEPTH = 40
#: Size of a YAML text we read at all (editor files are a few KB).
MAX_CHARS = 2_000_000

_BAD_CODE_POINTS = re.compile("[\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")


class UnsafeYaml(yaml.YAMLError):
    """The YAML uses a feature refused in editor files (alias, deep nesting…)."""


class _Loader(yaml.SafeLoader):
    def __init__(self, stream):
        super().__init__(stream)
        self._depth = 0
        self.replaced = 0

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise UnsafeYaml(
                f"line {event.start_mark.line + 1}: aliases (*{event.anchor}) are not accepted; "
                "write the value out"
            )
        self._depth += 1
        if self._depth > MAX_DEPTH:
            mark = self.peek_event().start_mark
            raise UnsafeYaml(f"line {mark.line + 1}: values nested more than {MAX_DEPTH} levels deep")
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def construct_scalar(self, node):
        value = super().construct_scalar(node)
        if isinstance(value, str) and _BAD_CODE_POINTS.search(value):
            value, n = _BAD_CODE_POINTS.subn("\ufffd", value)
            self.replaced += n
        return value


def _timestamp_as_text(loader, node):
    return loader.construct_scalar(node)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_as_text)
# implicit timestamps resolve to plain strings: drop the resolver for them
_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _check_size(text: str) -> None:
    if len(text) > MAX_CHARS:
        raise UnsafeYaml(f"the YAML text is {len(text):,} characters long (at most {MAX_CHARS:,})")


def load(text: str):
    """The data of one YAML document (None when empty); see ``load_counted``."""
    return load_counted(text)[0]


def load_counted(text: str):
    """(data, number of invalid code points replaced by U+FFFD)."""
    return _read(text, lambda loader: (loader.get_single_data(), loader.replaced))


def compose(text: str):
    """The node tree of one YAML document, with the same limits as ``load``."""
    return _read(text, lambda loader: loader.get_single_node())


def _read(text: str, step):
    """``step(loader)`` on a safe loader of ``text``, within the size and depth limits."""
    _check_size(text)
    loader = _Loader(text)
    try:
        return step(loader)
    except RecursionError:
        raise UnsafeYaml("values nested too deep") from None
    finally:
        loader.dispose()
