"""End-to-end helpers: real Sphinx builds of a copy of docs/ over a chosen corpus.

Each build works on its own copy of the Sphinx project, so tests never touch
the repository's docs/dossier and never see each other's output.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from ..conftest import REPO, SEEDS
from ..unit.conftest import user_cache_folder  # noqa: F401  autouse: no test writes to ~/.cache


@dataclass
class Build:
    docs: Path  # the copied Sphinx project
    out: Path  # output folder of the builder
    returncode: int
    stdout: str
    stderr: str

    @property
    def warnings(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if "WARNING" in line or "ERROR" in line]


def copy_docs(dest: Path) -> Path:
    docs = dest / "docs"
    shutil.copytree(
        REPO / "docs", docs, ignore=shutil.ignore_patterns("_build", "dossier", ".briefing-cache", "editions")
    )
    return docs


#: One analysis cache for every build of this test session: entries are keyed
#: by content and code, so sharing them is safe and spares reloading spaCy.
SESSION_CACHE = Path(tempfile.gettempdir()) / f"briefing-test-cache-{os.getpid()}"


def sphinx_build(
    docs: Path, corpus: Path, builder: str, out: Path, *extra: str, strict: bool = True
) -> Build:
    cmd = [
        sys.executable, "-m", "sphinx", "-T", "-N", "-b", builder,
        "-d", str(out.parent / f"doctrees-{builder}"),
        "-D", f"briefing_source_dir={corpus}",
        "-D", f"briefing_cache_dir={SESSION_CACHE}",
        *(["-W", "--keep-going"] if strict else []),
        *extra, str(docs), str(out),
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=_env())
    return Build(docs, out, proc.returncode, proc.stdout, proc.stderr)


def _env() -> dict:


    env = dict(os.environ)
    env["CI"] = "true"  # no progress bars in captured output
    return env


def latexmk_like_rtd(latex_dir: Path) -> subprocess.CompletedProcess:
    """The PDF step exactly as Read the Docs runs it, in the LaTeX output folder."""
    return subprocess.run(
        [
            "latexmk", "-r", "latexmkrc", "-pdf", "-f", "-dvi-", "-ps-",
            "-jobname=briefing", "-interaction=nonstopmode",
        ],
        cwd=latex_dir, capture_output=True, text=True,
    )


_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


def squash(text: str) -> str:
    """Text compared as typeset: no whitespace (LaTeX adds French spacing and
    line breaks), NFKC (ligatures), typographic apostrophes as ASCII."""
    import unicodedata

    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return "".join(text.split())


def pdf_text(pdf: Path) -> str:
    """The PDF's text, squashed, with line-end hyphenation undone."""
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    return squash(re.sub(r"(?<=\w)-\n(?=\w)", "", text))


@pytest.fixture(scope="session")
def seeds_project(tmp_path_factory) -> Path:
    return copy_docs(tmp_path_factory.mktemp("seeds-project"))


@pytest.fixture(scope="session")
def seeds_html(seeds_project) -> Build:
    build = sphinx_build(seeds_project, SEEDS, "html", seeds_project.parent / "html")
    assert build.returncode == 0, build.stderr
    return build


@pytest.fixture(scope="session")
def seeds_latex(seeds_project) -> Build:
    build = sphinx_build(seeds_project, SEEDS, "latex", seeds_project.parent / "latex")
    assert build.returncode == 0, build.stderr
    return build


@pytest.fixture(scope="session")
def seeds_pdf(seeds_latex) -> Path:
    proc = latexmk_like_rtd(seeds_latex.out)
    pdf = seeds_latex.out / "briefing.pdf"
    assert pdf.exists(), proc.stdout[-3000:]
    return pdf


@pytest.fixture(scope="session")
def seeds_book(tmp_path_factory) -> Path:
    """The seeds built as the README says, `briefing build` (HTML, PDF, EPUB):
    returns the output folder (html/, briefing.pdf, epub/, latex/)."""
    root = tmp_path_factory.mktemp("seeds-book")
    docs = copy_docs(root)
    out = root / "build"
    proc = subprocess.run(
        [sys.executable, "-m", "briefing", "build", "--docs", str(docs), "--source", str(SEEDS),
         "--out", str(out), "--strict", "-j", "1"],
        capture_output=True, text=True, env=_env(),
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    return out


@pytest.fixture(scope="session")
def wikinews_html(wikinews_dir, tmp_path_factory) -> Build:
    """One HTML build of the whole Wikinews corpus for the session."""
    docs = copy_docs(tmp_path_factory.mktemp("wikinews-project"))
    return sphinx_build(docs, wikinews_dir, "html", docs.parent / "html", "-j", "2")
