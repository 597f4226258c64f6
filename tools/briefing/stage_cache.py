"""Memo for the corpus-wide stages (same-story detection, topic composition).

These stages look at the whole corpus, so their result is cached as one
entry keyed by a SHA-256 of their inputs and of their own source code: a
rerun on an unchanged corpus (the usual Sphinx rebuild) skips them, and any
change to the articles, the topic file or the stage's code recomputes them.
The per-article NLP cache lives in ``analyse.cache``.
"""

from __future__ import annotations

import hashlib
import importlib
import os
import pickle
import tempfile
from pathlib import Path
from typing import Any, Callable

from . import __version__

#: Layout of a stored entry; bump when it changes.
ENTRY_FORMAT = 2


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


def memo(cache_dir: Path | None, stage: str, code: tuple[str, ...], inputs: Any,
         compute: Callable[[], Any]) -> Any:
    """compute(), or its stored result for the same inputs and stage code."""
    if cache_dir is None:
        return compute()
    digest = hashlib.sha256(code_fingerprint(*code).encode())
    digest.update(pickle.dumps(inputs, protocol=pickle.HIGHEST_PROTOCOL))
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
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob(f"{stage}-*.pickle"):  # one entry per stage
            old.unlink(missing_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump((ENTRY_FORMAT, stage, digest.hexdigest(), result), fh,
                        protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except (OSError, pickle.PicklingError, RecursionError):
        pass  # an unwritable cache only costs time
    return result
