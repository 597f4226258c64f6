"""A build process that stays up between builds: ``briefing serve``'s rebuilds.

Every ``sphinx-build`` starts from nothing: Python imports Sphinx, the theme,
MyST and the extension (0.7 s), and the spaCy model loads (about 2 s, in a
child the extension forks, ``analyse.warm``) before the one new article can
be analysed. On the 963-article Wikinews corpus that is a quarter of the
time a one-article rebuild takes.

``ResidentBuilder`` starts a process that imports all of that, loads the
model once and warms up with one throwaway build of a copy of the project
over a one-article corpus, in a temporary folder (``_warm_up``: what a
build's first pages pay for once, compiled patterns and the like, is paid
there). Then it waits. Each build is a ``fork`` of it: the child starts with
the modules imported and the model in memory, runs Sphinx's own
``build_main`` on the arguments a ``sphinx-build`` would get, and exits; the
resident process never builds the project itself, so nothing of one build
(Sphinx's application, the extension's state, a failed build's half-made
objects) leaks into the next. What a build computes is what ``sphinx-build``
computes: the same entry point, the same arguments, the same code (a test
compares the pages).

The resident process is forked before its caller starts any thread (the
live-reload server runs several), and it starts none, so each build forks a
single-threaded process. Where processes cannot be forked (Windows)
``start`` returns None and the caller builds as before.
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass

#: The modules a build imports, imported once by the resident process.
PRELOAD = (
    "sphinx.cmd.build", "sphinx.application", "sphinx.builders.html", "sphinx_book_theme",
    "myst_parser", "sphinx_design", "sphinxcontrib.bibtex", "briefing.sphinx_ext", "briefing.pipeline",
)


#: The warm-up's article: a dateline, a quotation with its speaker, a
#: pronoun attribution and a hyphenated name (its merge grows the model's
#: vector table once per process).
WARMUP_ARTICLE = (
    "Un essai de mise en route\n\n"
    "PARIS, 3 mars 2024 (AFP) - Le ministre Jean Dupont a déclaré lundi, de retour du Royaume-Uni : "
    "« Nous avancerons. » Les discussions reprendront la semaine prochaine, a-t-il ajouté.\n\n"
    "Selon la porte-parole du gouvernement, Marie Martin, « rien n’est décidé ».\n"
)


def _warm_up(docs: str) -> None:
    """One throwaway build of a copy of the project ``docs`` over a one-article
    corpus, in this process: what the first page of every build otherwise
    pays for once (regular expressions and CSS selectors compiled, lazy
    imports) is then done before the first fork. Everything it writes is in
    a temporary folder, deleted afterwards."""
    import contextlib
    import io
    from pathlib import Path

    from sphinx.cmd.build import build_main

    with tempfile.TemporaryDirectory(prefix="briefing-warm-up-") as tmp:
        root = Path(tmp)
        shutil.copytree(docs, root / "docs", ignore=shutil.ignore_patterns(
            "_build", "dossier", "editions", ".briefing-cache", ".briefing.lock"))
        (root / "articles").mkdir()
        (root / "articles" / "essai.txt").write_text(WARMUP_ARTICLE, encoding="utf-8")
        argv = ["-q", "-b", "html", "-D", f"briefing_source_dir={root / 'articles'}",
                "-D", "briefing_editions=0", str(root / "docs"), str(root / "html")]
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            try:
                build_main(argv)
            except BaseException:  # noqa: BLE001 - a warm-up only: the real builds report
                pass


def _preload(model: str | None, warm_up_docs: str | None = None) -> None:
    import importlib

    for name in PRELOAD:
        try:
            importlib.import_module(name)
        except ImportError:  # a theme or extension this project does not use
            pass
    if model:
        from .analyse.nlp import forget_models, load_model

        try:
            load_model(model)("Préchargement du modèle.")  # the first parse allocates its buffers
        except Exception:  # noqa: BLE001 - the build loads it and reports the error itself
            forget_models()
    if warm_up_docs:
        _warm_up(warm_up_docs)
    import gc

    gc.collect()
    gc.freeze()  # what is loaded stays: the builds' collections need not walk it


def _build(argv: list[str], cwd: str) -> int:
    """In the forked child: one ``sphinx-build`` run."""
    os.chdir(cwd)
    status = 1
    try:
        from sphinx.cmd.build import build_main

        status = build_main(argv)
    except SystemExit as exc:
        status = 0 if exc.code is None else exc.code if isinstance(exc.code, int) else 1
    except BaseException:  # noqa: BLE001 - reported like an uncaught error, the resident process goes on
        import traceback

        traceback.print_exc()
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
    return status


def _serve(conn, callers_end, address: str, authkey: bytes, model: str | None,
           warm_up_docs: str | None = None) -> None:
    """The resident process: load, then one forked build per request, until
    the caller says stop or goes away (its end of ``conn`` closes)."""
    import socket
    from multiprocessing.connection import Connection, answer_challenge, deliver_challenge, wait

    callers_end.close()  # so that the caller's end closes when the caller goes away

    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(address)
    server.listen()
    _preload(model, warm_up_docs)
    try:
        conn.send("ready")
    except OSError:  # the caller is gone already
        return
    while True:
        if conn in wait([server, conn]):  # the caller: stop, or gone
            return
        sock, _ = server.accept()
        client = Connection(sock.detach())
        try:  # what multiprocessing's Listener.accept checks
            deliver_challenge(client, authkey)
            answer_challenge(client, authkey)
            argv, cwd = client.recv()
        except (EOFError, OSError, ValueError, TypeError, multiprocessing.AuthenticationError):
            client.close()
            continue
        pid = os.fork()
        if pid == 0:  # the build
            server.close()
            conn.close()
            client.close()
            os._exit(_build(argv, cwd) & 0xFF)
        _, wait_status = os.waitpid(pid, 0)
        try:
            client.send(os.waitstatus_to_exitcode(wait_status))
        except OSError:
            pass
        client.close()


@dataclass(frozen=True)
class ResidentClient:
    """What asks the resident process for a build: its socket's address and
    key, so that any process can ask (sphinx-autobuild calls its builder in a
    pool worker)."""

    address: str
    authkey: bytes

    def build(self, argv: Sequence[str], cwd: str | os.PathLike | None = None) -> int:
        """Exit status of ``sphinx-build argv`` run in ``cwd`` (default: here);
        a negative status is the signal that ended the build."""
        from multiprocessing.connection import Client

        with Client(self.address, "AF_UNIX", authkey=self.authkey) as c:
            c.send(([str(a) for a in argv], os.fspath(cwd or os.getcwd())))
            return c.recv()


class ResidentBuilder:
    """Runs ``sphinx-build`` arguments in forks of a process that has Sphinx
    imported and the spaCy model ``model`` loaded (None: no model)."""

    def __init__(self, model: str | None, warm_up_docs: str | os.PathLike | None = None) -> None:
        context = multiprocessing.get_context("fork")
        self._dir = tempfile.mkdtemp(prefix="briefing-resident-")
        self.client = ResidentClient(os.path.join(self._dir, "build.sock"), os.urandom(32))
        self.conn, child = context.Pipe()
        self.process = context.Process(
            target=_serve, args=(child, self.conn, self.client.address, self.client.authkey, model,
                                 os.fspath(warm_up_docs) if warm_up_docs else None),
            name="briefing-resident",  # not daemonic: its builds start worker processes
        )
        self.process.start()
        child.close()
        self.ready = False

    def wait_ready(self, timeout: float | None = None) -> bool:
        """Whether the resident process has finished loading (waiting up to ``timeout`` s)."""
        if not self.ready and self.conn.poll(timeout):
            try:
                self.ready = self.conn.recv() == "ready"
            except (EOFError, OSError):
                self.ready = False
        return self.ready

    def build(self, argv: Sequence[str], cwd: str | os.PathLike | None = None) -> int:
        """``ResidentClient.build``, once the resident process is ready."""
        if not self.wait_ready():
            raise RuntimeError("the resident build process did not start")
        return self.client.build(argv, cwd)

    def close(self) -> None:
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.process.join(timeout=10)
        if self.process.is_alive():
            self.process.terminate()
            self.process.join()
        self.conn.close()
        shutil.rmtree(self._dir, ignore_errors=True)


def start(model: str | None, warm_up_docs: str | os.PathLike | None = None) -> ResidentBuilder | None:
    """A resident builder, or None where processes cannot be forked."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return None
    return ResidentBuilder(model, warm_up_docs)


def timed_build(builder: ResidentBuilder, argv: Sequence[str], cwd=None) -> tuple[int, float]:
    """(exit status, seconds) of one build by ``builder``."""
    started = time.perf_counter()
    status = builder.build(argv, cwd)
    return status, time.perf_counter() - started
