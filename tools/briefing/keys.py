"""The keys under which copies of one sentence, quote or dated event merge.

Outlets carrying the same wire copy vary its whitespace and the typography of
its quotes and apostrophes (« non » and "non"), never its words. Compose groups
copies under these keys, editions record what is new under them, and render
marks what is new by them: one definition for the three stages. Also the
key under which compose keeps what it derives from a text between builds
(``kept_for_text``).
"""

from __future__ import annotations

import functools
import hashlib
import re
from typing import Any, Callable

from .model import Event
from .text import normalise_quotes  # noqa: F401  re-exported

_SPACED_QUOTE = re.compile(r"\s*\"\s*")


@functools.lru_cache(maxsize=1 << 16)  # compose asks again for the same sentences, topic after topic
def sentence_key(text: str) -> str:
    """The form under which copies of one sentence are merged.

    Whitespace and the typography of quotes and apostrophes (« non » and
    "non") vary between outlets carrying the same wire copy; the words do not.
    """
    return _SPACED_QUOTE.sub('"', " ".join(normalise_quotes(text).split()))


def quote_key(text: str) -> str:
    """The form under which copies of one quote are merged: no enclosing quotes, any case."""
    return sentence_key(text).strip(' "').casefold()


def event_key(e: Event) -> str:
    """One dated event: its date and the words it dates."""
    return f"{e.date}|{sentence_key(e.dated_text)}"


def kept_for_text(store, kind: str, text: str, compute: Callable[[str], Any]):
    """``compute(text)``, kept in ``store`` (a ``KeyedStore``, or any mapping
    with ``get``) under ``kind`` and a digest of ``text``: read back when a
    previous build left it, else computed and added."""
    key = kind + "\0" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    value = store.get(key)
    if value is None:
        value = store[key] = compute(text)
    return value
