"""A page whose toctree lists a re-read page is written again only when the
titles or sections it shows changed (``briefing.toc_parents``): real Sphinx
builds of a small project, the pages' files compared."""

from __future__ import annotations

import os
import time

import pytest
from sphinx.cmd.build import build_main

#: Each test runs two or three real Sphinx builds (0.25–0.4 s each on a small machine): an
#: end-to-end build, as the ``slow`` marker has it.
pytestmark = pytest.mark.slow


def _write(src, name, title, body="Du texte.", toctree=(), options=""):
    text = f"{title}\n{'=' * len(title)}\n\n{body}\n"
    if toctree:
        text += "\n.. toctree::\n" + options + "\n" + "".join(f"   {t}\n" for t in toctree)
    (src / f"{name}.rst").write_text(text, encoding="utf-8")


@pytest.fixture
def project(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "conf.py").write_text('extensions = ["briefing.toc_parents"]\n', encoding="utf-8")
    _write(src, "index", "Accueil", toctree=["liste"])
    _write(src, "liste", "Liste", toctree=["a", "b"])
    _write(src, "a", "Page A")
    _write(src, "b", "Page B")
    return src


def _build(src, out):
    assert build_main(["-q", "-b", "html", str(src), str(out)]) == 0
    return {p.stem: p.stat().st_mtime_ns for p in out.glob("*.html")}


def _touch_later(path):
    later = time.time() + 2
    os.utime(path, (later, later))


def test_a_changed_body_rewrites_the_page_and_not_the_list_that_shows_its_title(project, tmp_path):
    out = tmp_path / "html"
    first = _build(project, out)
    _write(project, "a", "Page A", body="Un autre texte, le titre est le même.")
    _touch_later(project / "a.rst")
    second = _build(project, out)
    assert second["a"] != first["a"]
    assert second["liste"] == first["liste"]
    assert "Un autre texte" in (out / "a.html").read_text(encoding="utf-8")


def test_a_changed_title_or_section_rewrites_the_list(project, tmp_path):
    out = tmp_path / "html"
    first = _build(project, out)
    _write(project, "a", "Page A renommée")
    _touch_later(project / "a.rst")
    second = _build(project, out)
    assert second["liste"] != first["liste"]
    assert "Page A renommée" in (out / "liste.html").read_text(encoding="utf-8")
    # a new section shows in the list (toctree depth): written again too
    _write(project, "b", "Page B", body="Du texte.\n\nUne section\n-----------\n\nSuite.")
    _touch_later(project / "b.rst")
    third = _build(project, out)
    assert third["liste"] != second["liste"]
    assert "Une section" in (out / "liste.html").read_text(encoding="utf-8")


def test_the_stored_environment_keeps_every_listing_page(project, tmp_path):
    import pickle

    out = tmp_path / "html"
    _build(project, out)
    _write(project, "a", "Page A", body="Autre texte.")
    _touch_later(project / "a.rst")
    _build(project, out)
    env = pickle.loads((out / ".doctrees" / "environment.pickle").read_bytes())
    assert env.files_to_rebuild["a"] == {"liste"}
    # and a later title change still finds the list through it
    _write(project, "a", "Nouveau titre")
    _touch_later(project / "a.rst")
    _build(project, out)
    assert "Nouveau titre" in (out / "liste.html").read_text(encoding="utf-8")


def test_new_sections_rewrite_only_the_lists_that_show_sections(project, tmp_path):
    _write(project, "index", "Accueil", toctree=["liste", "titres"])
    _write(project, "titres", "Titres seuls", toctree=["a"], options="   :maxdepth: 1\n")
    out = tmp_path / "html"
    first = _build(project, out)
    _write(project, "a", "Page A", body="Du texte.\n\nUne section\n-----------\n\nSuite.")
    _touch_later(project / "a.rst")
    second = _build(project, out)
    assert second["liste"] != first["liste"]  # shows the sections
    assert "Une section" in (out / "liste.html").read_text(encoding="utf-8")
    assert second["titres"] == first["titres"]  # titles only
