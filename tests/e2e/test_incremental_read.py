"""A small update of a built book (one page changed) is read and written in
the main process (``sphinx_ext.serial_small_updates``): the page shows its
new text, the pages it links to still resolve, and the build
stays free of warnings, with ``-j 2`` as the benchmark builds. (Sphinx logs
both read modes alike: this checks the result of the path, not its choice.)"""

from __future__ import annotations

import re
import shutil

import pytest

from .conftest import SEEDS, copy_docs, sphinx_build

pytestmark = pytest.mark.slow


def test_one_changed_page_of_a_parallel_build(tmp_path):
    docs = copy_docs(tmp_path)
    corpus = tmp_path / "seeds"
    shutil.copytree(SEEDS, corpus)
    out = tmp_path / "html"
    first = sphinx_build(docs, corpus, "html", out, "-j", "2")
    assert first.returncode == 0, first.stderr[-2000:]
    page = docs / "methodologie.md"
    marker = "Phrase ajoutée pour la reconstruction partielle."
    page.write_text(page.read_text(encoding="utf-8") + f"\n{marker}\n", encoding="utf-8")
    second = sphinx_build(docs, corpus, "html", out, "-j", "2")
    assert second.returncode == 0, second.stderr[-2000:]
    assert not second.warnings
    assert "0 added, 1 changed, 0 removed" in second.stdout
    html = (out / "methodologie.html").read_text(encoding="utf-8")
    assert marker in html
    # the environment read back in one process still knows every page: the
    # page's links into the generated book point to pages that exist
    targets = set(re.findall(r'href="(dossier/[^"#]+\.html)', html))
    assert targets
    assert all((out / t).is_file() for t in targets), sorted(t for t in targets if not (out / t).is_file())
