"""Where caches live, the one atomic file write, and the memo of corpus-wide stages.

Location. A build's caches live next to its Sphinx project
(``<project>/.briefing-cache``, ``BriefingConfig.resolved_cache_dir``); a
command run outside a project (``briefing export|check|topics``) uses the
user's cache folder (``platformdirs``), one sub-folder per source folder.
Never the caller's working folder.

Writing. Every cache file is written by ``atomic_write``: a temporary file in
the same folder, then ``os.replace``, so a reader sees the old file or the
new one, never half of one.

Entries. The per-article NLP analysis is stored as JSON (``analyse.cache``,
through ``serialise``); the corpus-wide stages (same-story detection, topic
composition) as one pickled entry per stage (``memo``), keyed by a SHA-256 of
their inputs and of their own source code: a rerun on an unchanged corpus (the
usual Sphinx rebuild) skips them, and any change to the articles, the topic
file or the stage's code recomputes them.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import importlib
import os
import pickle
import tempfile
from enum import Enum
from pathlib import Path
from typing import Any, Callable

from . import __version__

#: Name of the cache folder beside a Sphinx project's conf.py.
CACHE_DIR_NAME = ".briefing-cache"

#: Layout of a stored stage entry; bump when it changes.
ENTRY_FORMAT = 2


def project_cache_dir(project_dir: Path) -> Path:
    """The cache of the Sphinx project in ``project_dir`` (the folder of conf.py)."""
    return Path(project_dir) / CACHE_DIR_NAME


def user_cache_dir(source_dir: Path) -> Path:
    """The cache of a command run outside a Sphinx project: in the user's cache
    folder, one sub-folder per (resolved) source folder."""
    import platformdirs

    key = hashlib.sha256(str(Path(source_dir).resolve()).encode("utf-8")).hexdigest()[:16]
    return Path(platformdirs.user_cache_dir("briefing", appauthor=False)) / key


def atomic_write(path: Path, data: bytes | str, mode: int | None = None) -> None:
    """Write ``data`` to ``path`` at once (temporary file, then rename); raises OSError.

    ``mode``: the file's permissions (a temporary file is made 0600).
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def code_fingerprint(*modules: str) -> str:
    """Hash of the source of the given modules (a package counts all its files)."""
    digest = hashlib.sha256(__version__.encode())
    for name in modules:
        path = Path(importlib.import_module(name).__file__)
        files = sorted(path.parent.rglob("*.py")) if path.name == "__init__.py" else [path]
        for f in files:
            digest.update(f.name.encode())
            digest.update(f.read_bytes())
    return digest.hexdigest()


def _digest_value(digest, value) -> None:
    """Feed ``value`` to ``digest`` by its content only: equal records give equal
    bytes however they were made (freshly analysed or read back from the
    cache), which pickle does not promise (it records shared references).
    The bytes are gathered first and fed at once (``_encode``)."""
    parts: list[bytes] = []
    _encode(value, parts)
    digest.update(b"".join(parts))


@functools.cache
def _dataclass_fields(cls) -> tuple[tuple[str, bytes], ...]:
    return tuple((f.name, f.name.encode() + b"=") for f in dataclasses.fields(cls))


def _encode(value, out: list[bytes]) -> None:
    """The bytes ``_digest_value`` feeds for ``value``, appended to ``out``."""
    kind = type(value)
    if kind is str:
        out.append(b"str:%d:" % len(value))
        out.append(value.encode("utf-8", "surrogatepass"))
    elif kind is tuple or kind is list:
        out.append(b"seq:%d:" % len(value))
        for item in value:
            _encode(item, out)
    elif kind is int or kind is float or kind is bool or value is None:
        out.append(f"{kind.__name__}::".encode() + repr(value).encode())
    elif isinstance(value, Enum):  # before str: the model's enums are str-valued
        out.append(f"enum:{kind.__name__}.{value.name};".encode())
    elif isinstance(value, (str, bytes, int, float, bool)):
        out.append(f"{kind.__name__}:{len(value) if isinstance(value, (str, bytes)) else ''}:".encode())
        out.append(value.encode("utf-8", "surrogatepass") if isinstance(value, str)
                   else value if isinstance(value, bytes) else repr(value).encode())
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        out.append(f"dc:{kind.__name__}:".encode())
        for name, label in _dataclass_fields(kind):
            out.append(label)
            _encode(getattr(value, name), out)
        out.append(b";")
    elif isinstance(value, (tuple, list)):
        out.append(b"seq:%d:" % len(value))
        for item in value:
            _encode(item, out)
    elif isinstance(value, dict):
        out.append(b"map:%d:" % len(value))
        for key in sorted(value, key=repr):
            _encode(key, out)
            _encode(value[key], out)
    elif isinstance(value, (set, frozenset)):
        out.append(b"set:%d:" % len(value))
        for item in sorted(value, key=repr):
            _encode(item, out)
    else:  # anything else: its pickle (deterministic for plain values)
        out.append(b"pickle:" + pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))


def memo(cache_dir: Path | None, stage: str, code: tuple[str, ...], inputs: Any,
         compute: Callable[[], Any]) -> Any:
    """compute(), or its stored result for the same inputs and stage code."""
    if cache_dir is None:
        return compute()
    digest = hashlib.sha256(code_fingerprint(*code).encode())
    _digest_value(digest, inputs)
    path = Path(cache_dir) / "stages" / f"{stage}-{digest.hexdigest()[:32]}.pickle"
    try:
        with open(path, "rb") as fh:
            entry = pickle.load(fh)
        # an entry is (format, stage, digest, result): anything else, or an
        # entry of another stage or other inputs, is recomputed
        if (isinstance(entry, tuple) and len(entry) == 4
                and entry[:3] == (ENTRY_FORMAT, stage, digest.hexdigest())):
            return entry[3]
    except Exception:  # noqa: BLE001 - any broken entry (truncated, unknown protocol, wrong object) is recomputed
        pass
    result = compute()
    try:
        data = pickle.dumps((ENTRY_FORMAT, stage, digest.hexdigest(), result),
                            protocol=pickle.HIGHEST_PROTOCOL)
        if path.parent.is_dir():
            for old in path.parent.glob(f"{stage}-*.pickle"):  # one entry per stage
                old.unlink(missing_ok=True)
        atomic_write(path, data)
    except (OSError, pickle.PicklingError, RecursionError):
        pass  # an unwritable cache only costs time
    return result


class KeyedStore:
    """Entries keyed by their own content (``get`` / ``store[key] = value``),
    kept between builds in one pickled file per stage code
    (``stages/<name>-<code digest>.pickle``): a build reads the entries of the
    last one and saves those it used or added, so the file follows the corpus
    and does not grow with its history. Any change to the stage's code starts
    an empty store; a missing or broken file is an empty store.

    A build that used every stored entry and added some (one more article)
    appends the new ones to ``<name>-<code digest>.additions`` instead of
    writing the whole store again (0.12 s for the 8 MB of paragraphs of 963
    Wikinews articles); the next build reads both. The store is written
    whole, and the additions dropped, when an entry went unused or the
    additions reach a quarter of the store. A record cut short (a build
    killed while appending) ends what is read of the additions."""

    #: The additions are folded into the store from this share of its size on.
    FOLD_ADDITIONS = 0.25

    def __init__(self, cache_dir: Path | None, name: str, code: tuple[str, ...], extra: str = "") -> None:
        self._entries: dict = {}
        self._used: dict = {}
        self._path = None
        self._sizes = (0, 0)  # bytes of the store and of its additions, as read
        if cache_dir is None:
            return
        digest = hashlib.sha256((code_fingerprint(*code) + "\0" + extra).encode()).hexdigest()[:32]
        self._name = name
        self._path = Path(cache_dir) / "stages" / f"{name}-{digest}.pickle"
        self._additions = self._path.with_suffix(".additions")
        try:
            with open(self._path, "rb") as fh:
                entry = pickle.load(fh)
                size = fh.tell()
            if isinstance(entry, tuple) and len(entry) == 3 and entry[:2] == (ENTRY_FORMAT, name) \
                    and isinstance(entry[2], dict):
                self._entries = entry[2]
                self._sizes = (size, self._read_additions())
        except Exception:  # noqa: BLE001 - any broken store is an empty one
            self._entries = {}

    def _read_additions(self) -> int:
        """Add the appended entries to those read; the bytes of the records read."""
        read = 0
        try:
            with open(self._additions, "rb") as fh:
                while True:
                    record = pickle.load(fh)
                    if not (isinstance(record, tuple) and len(record) == 3
                            and record[:2] == (ENTRY_FORMAT, self._name) and isinstance(record[2], dict)):
                        break
                    self._entries.update(record[2])
                    read = fh.tell()
        except Exception:  # noqa: BLE001 - no additions, their end, or a record cut short
            pass
        return read

    def get(self, key):
        value = self._used.get(key)
        if value is None:
            value = self._entries.get(key)
            if value is not None:
                self._used[key] = value
        return value

    def __setitem__(self, key, value) -> None:
        self._used[key] = value

    def __len__(self) -> int:
        return len(self._used)

    def save(self) -> None:
        """Keep the entries used or added since this store was opened (when
        they differ from the file's): appended when they only add to it."""
        if self._path is None or self._used.keys() == self._entries.keys():
            return
        new = {k: v for k, v in self._used.items() if k not in self._entries}
        every_entry_used = len(self._used) - len(new) == len(self._entries)
        try:
            if every_entry_used and self._sizes[0]:
                record = pickle.dumps((ENTRY_FORMAT, self._name, new), protocol=pickle.HIGHEST_PROTOCOL)
                if self._sizes[1] + len(record) <= self.FOLD_ADDITIONS * self._sizes[0]:
                    with open(self._additions, "r+b" if self._additions.exists() else "wb") as fh:
                        fh.seek(self._sizes[1])  # after the last whole record read
                        fh.write(record)
                        fh.truncate()
                    return
            data = pickle.dumps((ENTRY_FORMAT, self._name, self._used), protocol=pickle.HIGHEST_PROTOCOL)
            if self._path.parent.is_dir():
                for old in [*self._path.parent.glob(f"{self._name}-*.pickle"),
                            *self._path.parent.glob(f"{self._name}-*.additions")]:
                    if old != self._path:
                        old.unlink(missing_ok=True)
            atomic_write(self._path, data)
        except (OSError, pickle.PicklingError, RecursionError):
            pass  # an unwritable cache only costs time
