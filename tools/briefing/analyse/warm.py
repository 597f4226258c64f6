"""The spaCy model, loading in a child process from the start of a build.

Loading the French model costs about 4 s (importing ``spacy.lang.fr``
compiles the tokenizer's exception patterns, then the pipeline loads): most
of a rebuild that adds one article. The Sphinx extension calls ``start``
while it registers itself, before Sphinx and the pipeline are even imported,
and a forked child loads the model while the parent goes on (its imports,
Sphinx's set-up, reading the corpus and the cached analyses). When a few
articles need the analysis, ``take`` hands them to that child; when none do,
``stop`` ends it. Nothing changes in what is computed: the child runs the
same ``_analyse_chunk`` as the parent would, on the same articles.

Where processes are not forked (macOS, Windows), in a daemonic process, or
when the child fails, the analysis runs in the caller as before.
"""

from __future__ import annotations

import multiprocessing
import sys

_current: WarmModel | None = None


def _serve(name: str, conn) -> None:
    from .nlp import _analyse_chunk, load_model

    try:
        load_model(name)
    except BaseException:  # noqa: BLE001 - the caller loads it and reports
        conn.close()
        return
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        try:
            conn.send((True, _analyse_chunk((name, task))))
        except BaseException:  # noqa: BLE001 - the caller analyses these again
            conn.send((False, None))


class WarmModel:
    def __init__(self, name: str) -> None:
        context = multiprocessing.get_context("fork")
        self.name = name
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(name, child), daemon=True, name="briefing-model")
        self.process.start()
        child.close()

    def analyse(self, articles: list) -> list | None:
        """The analyses of ``articles``, or None when the child could not."""
        try:
            self.conn.send(articles)
            ok, value = self.conn.recv()
        except (EOFError, OSError):
            return None
        return value if ok else None

    def close(self) -> None:
        if self.process.is_alive():
            self.process.terminate()
        self.process.join()
        self.conn.close()


def start(name: str) -> None:
    """Begin loading model ``name`` in a child process (once per build)."""
    global _current
    if _current is not None or multiprocessing.current_process().daemon:
        return
    loaded_here = getattr(sys.modules.get(__package__ + ".nlp"), "LOADED", ())
    if name in loaded_here:  # a fork of a process that has it (``briefing.resident``)
        return
    if "fork" not in multiprocessing.get_all_start_methods():
        return
    try:
        _current = WarmModel(name)
    except (OSError, ValueError):
        _current = None


def take(name: str) -> WarmModel | None:
    """The warm child if it loads ``name``; None otherwise (then it is stopped)."""
    if _current is not None and _current.name != name:
        stop()
    return _current


def stop() -> None:
    """End the warm child, if any (the analysis needs it no longer)."""
    global _current
    if _current is not None:
        _current.close()
        _current = None
