"""``briefing serve``: sphinx-autobuild's server and watcher, its builds run by
a resident process (``briefing.resident``) instead of a new Python each time."""

from __future__ import annotations

from collections.abc import Sequence

import sphinx_autobuild.__main__ as autobuild_main
from sphinx_autobuild.build import Builder
from sphinx_autobuild.utils import show_message

from .resident import ResidentBuilder, ResidentClient


class ResidentAutobuild(Builder):
    """sphinx-autobuild's builder, its commands and messages, with
    ``sphinx-build`` run by the resident process. sphinx-autobuild calls it
    in a pool worker: it carries only the resident process's address."""

    #: The resident process the builders made from now on ask (``serve``).
    current: ResidentClient | None = None

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.resident = type(self).current

    def __call__(self, *, changed_paths: Sequence = ()) -> None:
        if changed_paths:
            shown = ", ".join(getattr(p, "name", str(p)) for p in list(changed_paths)[:5])
            show_message(f"Detected changes ({shown})")
            show_message("Rebuilding...")
        if self._run_commands(self.pre_build_commands, "pre-build") != 0:
            return
        status = self.resident.build(self.sphinx_args)
        if status != 0:
            print(f"Sphinx exited with exit code: {status}")
            print("The server will continue serving the build folder, but the contents being "
                  "served are no longer in sync with the documentation sources. Please fix the "
                  "cause of the error above or press Ctrl+C to stop the server.")
        else:
            self._run_commands(self.post_build_commands, "post-build")
        show_message(f"Serving on {self.uri}")


def serve(builder: ResidentBuilder, argv: Sequence[str]) -> int:
    """``python -m sphinx_autobuild argv``, its builds run by ``builder``."""
    if not builder.wait_ready():
        raise RuntimeError("the resident build process did not start")
    ResidentAutobuild.current = builder.client
    autobuild_main.Builder = ResidentAutobuild
    autobuild_main.main(list(argv))
    return 0
