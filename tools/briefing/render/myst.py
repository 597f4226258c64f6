"""Writing untrusted article text into MyST so that it renders literally.

Every ASCII punctuation character is backslash-escaped (CommonMark makes any
escaped punctuation a literal character), whitespace — including line breaks
and leading indentation — collapses to single spaces, and control characters
are removed. The result cannot open a role, directive, target, comment,
substitution, math block or HTML tag; the conf.py also disables raw HTML.
"""

from __future__ import annotations

import functools
import re
import string

_ESCAPE = {c: "\\" + c for c in string.punctuation}
_TABLE = str.maketrans(_ESCAPE)


# Control characters that are not whitespace (whitespace is collapsed below,
# including line/paragraph separators) and lone surrogates.
_INVISIBLE = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\ud800-\udfff]")


def clean_text(text: str) -> str:
    """Collapse whitespace and drop control characters that no renderer needs."""
    return " ".join(_INVISIBLE.sub("", text).split())


#: Each ASCII punctuation character: escaped by one substitution in a long text
#: (faster there than ``str.translate``, slower in a short one).
_PUNCTUATION = re.compile("[" + re.escape(string.punctuation) + "]")


def literal(text: str) -> str:
    """Inline MyST that renders exactly ``text`` (whitespace collapsed)."""
    if len(text) < 200:
        return _short_literal(text)
    return _PUNCTUATION.sub(r"\\\g<0>", clean_text(text))


@functools.lru_cache(maxsize=1 << 14)  # a title is written on every page that lists or cites its article
def _short_literal(text: str) -> str:
    return clean_text(text).translate(_TABLE)


def label(*parts: str) -> str:
    """A MyST target name built from safe ids."""
    return "-".join(parts)


def ref(target: str, text: str) -> str:
    """A link to a label anywhere in the project, with literal link text."""
    return "[" + literal(text) + "](#" + target + ")"


def cite_p(*keys: str) -> str:
    return "{cite:p}`" + ",".join(keys) + "`"


def heading(level: int, text: str, target: str | None = None) -> str:
    out = f"({target})=\n" if target else ""
    return out + "#" * level + " " + literal(text) + "\n"
