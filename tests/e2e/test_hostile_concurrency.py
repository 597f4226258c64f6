"""Concurrent and interrupted builds. Issue 13, findings 7 (kill -9 while
Sphinx writes leaves a partial search index) and 11 (two builds of one
project)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time

import pytest

from briefing.pipeline import acquire_lock

from ..conftest import SEEDS
from .conftest import SESSION_CACHE, _env, copy_docs, sphinx_build

pytestmark = pytest.mark.slow


def test_second_build_of_a_project_stops_with_a_clear_message(tmp_path):
    docs = copy_docs(tmp_path)
    lock = acquire_lock(docs)  # a first build holds the project
    try:
        build = sphinx_build(docs, SEEDS, "html", tmp_path / "html")
    finally:
        lock.release()
    assert build.returncode != 0
    assert "another build of this project is running" in build.stderr
    assert not (docs / "dossier").exists()  # nothing generated under the other build's feet


def _indexed_docs(out) -> set[str]:
    text = (out / "searchindex.js").read_text(encoding="utf-8")
    data = json.loads(re.search(r"Search\.setIndex\((.*)\)\s*$", text, re.S).group(1))
    return set(data["docnames"])


def test_build_killed_while_writing_is_repaired_by_the_next(tmp_path):
    docs = copy_docs(tmp_path)
    out = tmp_path / "html"
    cmd = [
        sys.executable, "-m", "sphinx", "-T", "-b", "html", "-d", str(tmp_path / "doctrees"),
        "-D", f"briefing_source_dir={SEEDS}", "-D", f"briefing_cache_dir={SESSION_CACHE}",
        str(docs), str(out),
    ]
    proc = subprocess.Popen(cmd, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # kill -9 once the first pages are written, before the search index is
    deadline = time.time() + 600
    while time.time() < deadline and proc.poll() is None:
        if len(list((out / "dossier" / "articles").glob("*.html"))) >= 2:
            proc.kill()
            break
        time.sleep(0.02)
    proc.wait()
    assert proc.returncode == -9, "the build ended before it could be killed while writing"
    assert not (out / "searchindex.js").exists()
    again = subprocess.run(cmd, env=_env(), capture_output=True, text=True)
    assert again.returncode == 0, again.stderr[-3000:]
    pages = {p.relative_to(out).with_suffix("").as_posix() for p in out.rglob("*.html")
             if not p.relative_to(out).as_posix().startswith("_static/")} - {"genindex", "search"}
    assert pages <= _indexed_docs(out), sorted(pages - _indexed_docs(out))
