"""The French tokenizer's compiled pattern, kept between builds.

Loading spaCy's French pipeline compiles one regular expression of 1.45
million characters (the tokenizer's exceptions). Even with the character-class
optimiser memoised (``nlp.memoised_charsets``) that costs about 0.6 s, on the
path of every build that analyses even one article. Inside ``stored_patterns``
a pattern that long is compiled once; its compiled form (the code words, flags
and groups CPython's ``re`` hands to ``_sre.compile``) is kept in the
project's cache, and the next build rebuilds the pattern object from it. The
result is the same object ``re`` would make: ``re.Pattern`` equality compares
the pattern, the flags and every code word, and a test checks it.

The entry's key holds the interpreter's version and the ``_sre`` engine's
magic number, so another Python never reads it. Anything unexpected (no
store, an unreadable entry, another ``re`` inside) compiles the pattern as
``re`` always does; ``_sre.compile`` validates the code it is given, so a
damaged entry is refused, not run.
"""

from __future__ import annotations

import hashlib
import pickle
import sys
from contextlib import contextmanager
from pathlib import Path

#: The folder of the cache that keeps them.
PATTERNS_DIR = "patterns"

#: Patterns at least this long are kept (only the tokenizer's is, by far).
LONG_PATTERN = 100_000

_store: Path | None = None


def keep_in(directory: Path | None) -> None:
    """Where ``stored_patterns`` keeps compiled patterns (None: nowhere).
    Set before the model's process forks, so that process uses it too."""
    global _store
    _store = Path(directory) if directory is not None else None


def _key(pattern: str, flags: int, magic: int) -> str:
    digest = hashlib.sha256(f"{sys.version}\0{magic}\0{int(flags)}\0".encode())
    digest.update(pattern.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:32]


def _compiled_parts(sre, parser, pattern: str, flags: int) -> tuple:
    """What ``re._compiler.compile`` passes to ``_sre.compile`` (CPython 3.11+)."""
    parsed = parser.parse(pattern, flags)
    code = sre._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    words = [int(word) for word in code]  # opcodes are int subclasses that do not pickle
    return int(flags | parsed.state.flags), words, parsed.state.groups - 1, groupindex, tuple(indexgroup)


@contextmanager
def stored_patterns():
    """Within this block, long patterns come from the store when they can."""
    store = _store
    try:
        import _sre
        from re import _compiler as sre, _parser as parser

        original = sre.compile
        magic = _sre.MAGIC
    except (ImportError, AttributeError):
        yield
        return
    if store is None:
        yield
        return

    def stored_compile(pattern, flags=0):
        if not isinstance(pattern, str) or len(pattern) < LONG_PATTERN or not isinstance(flags, int):
            return original(pattern, flags)
        path = store / f"{_key(pattern, flags, magic)}.pickle"
        try:
            parts = pickle.loads(path.read_bytes())
            return _sre.compile(pattern, *parts)
        except Exception:  # noqa: BLE001 - no entry, or one this Python cannot use: compile it
            pass
        try:
            parts = _compiled_parts(sre, parser, pattern, flags)
            compiled = _sre.compile(pattern, *parts)
        except Exception:  # noqa: BLE001 - another re inside: compile as it does
            return original(pattern, flags)
        from ..cache import atomic_write

        try:
            atomic_write(path, pickle.dumps(parts, protocol=pickle.HIGHEST_PROTOCOL))
        except OSError:
            pass  # an unwritable cache only costs time
        return compiled

    sre.compile = stored_compile
    try:
        yield
    finally:
        sre.compile = original
