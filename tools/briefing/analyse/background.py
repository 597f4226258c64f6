"""One computation run in a forked child process while the caller goes on.

``Alongside(fn)`` starts ``fn()`` in a child process, forked so that it reads
the caller's data without copying it through a pipe; ``result()`` waits for
its value. Where processes are not forked (macOS, Windows), in a daemonic
process (which may not have children), or when the child fails, ``fn()``
simply runs in the caller: the value is the same, only later.
"""

from __future__ import annotations

import multiprocessing
from typing import Any, Callable


def _send(fn: Callable[[], Any], conn) -> None:
    try:
        value = (True, fn())
    except BaseException:  # noqa: BLE001 - the caller computes it again
        value = (False, None)
    try:
        conn.send(value)
    finally:
        conn.close()


class Alongside:
    def __init__(self, fn: Callable[[], Any]) -> None:
        self.fn = fn
        self.process = None
        if multiprocessing.get_start_method() != "fork" or multiprocessing.current_process().daemon:
            return
        context = multiprocessing.get_context("fork")
        try:
            self.receiver, sender = context.Pipe(duplex=False)
            self.process = context.Process(target=_send, args=(fn, sender), daemon=True)
            self.process.start()
            sender.close()
        except (OSError, AssertionError):
            self.process = None

    def result(self) -> Any:
        if self.process is not None:
            try:
                ok, value = self.receiver.recv()
            except (EOFError, OSError):
                ok, value = False, None
            finally:
                self.receiver.close()
                self.process.join()
            if ok:
                return value
        return self.fn()
