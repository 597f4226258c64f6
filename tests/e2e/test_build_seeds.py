"""The seeds built for real: HTML, LaTeX → PDF (as Read the Docs runs it), EPUB."""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from ..conftest import REPO, SEEDS
from .conftest import pdf_text, sphinx_build, squash

pytestmark = pytest.mark.slow


def _export() -> dict:
    out = subprocess.run(
        [sys.executable, "-m", "briefing", "export", "--format", "json", "--no-nlp", str(SEEDS)],
        capture_output=True, text=True, check=True,
    )
    return json.loads(out.stdout)


class _Ids(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids: set[str] = set()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "a" and a.get("href"):
            self.hrefs.append(a["href"])


def _parse(path: Path) -> _Ids:
    p = _Ids()
    p.feed(path.read_text(encoding="utf-8"))
    return p


def test_html_build_is_warning_free(seeds_html):
    assert seeds_html.warnings == []
    assert (seeds_html.out / "index.html").exists()


def test_every_article_has_a_page_with_labelled_paragraphs(seeds_html):
    model = _export()
    assert len(model["articles"]) == len(list(SEEDS.glob("*.txt")))
    pages = {p: _parse(p) for p in (seeds_html.out / "dossier" / "articles").glob("*.html")}
    assert len(pages) == len(model["articles"])
    for art in model["articles"]:
        title = html.escape(art["title"], quote=False)
        [(page, parsed)] = [(p, x) for p, x in pages.items()
                            if f"<h1>{title}" in p.read_text(encoding="utf-8")]
        # readable address: the article's date, then its title's words; no id, no hash
        assert page.stem.startswith(art["date"] + "-"), page.name
        assert re.fullmatch(r"\d{4}(-\d{2}){0,2}-[a-z0-9-]+", page.stem), page.name
        assert not re.search(r"[0-9a-f]{12}", page.stem), page.name
        for para in art["paragraphs"]:
            anchor = f"art-{page.stem}-{para['id']}"
            assert anchor in parsed.ids, (page, anchor)


def test_every_citation_resolves_to_a_bibliography_entry(seeds_html):
    sources = _parse(seeds_html.out / "dossier" / "sources.html")
    for page in (seeds_html.out / "dossier" / "articles").glob("*.html"):
        cites = [h for h in _parse(page).hrefs if "sources.html#" in h]
        assert cites, f"{page.name} cites no source"
        for href in cites:
            assert href.split("#", 1)[1] in sources.ids, (page.name, href)


def test_every_internal_link_resolves(seeds_html):
    root = seeds_html.out
    pages = {p: _parse(p) for p in root.rglob("*.html")}
    checked = 0
    for page, parsed in pages.items():
        for href in parsed.hrefs:
            if re.match(r"^[a-z]+:", href) or href.startswith("#") and href == "#":
                continue
            checked += 1
            target, _, frag = href.partition("#")
            dest = (page.parent / target).resolve() if target else page
            assert dest.exists(), (page, href)
            if frag and dest.suffix == ".html":
                assert frag in pages.get(dest, _parse(dest)).ids, (page, href)
    # not vacuous: the five seeds' pages are there, with their links
    assert len(list((root / "dossier" / "articles").glob("*.html"))) == 5
    assert checked > 100, checked


def test_pdf_contains_every_article_title(seeds_pdf):
    text = pdf_text(seeds_pdf)
    articles = _export()["articles"]
    assert len(articles) == 5  # the five seeds
    for art in articles:
        assert squash(art["title"]) in text, art["title"]


def test_latex_build_is_warning_free(seeds_latex):
    assert seeds_latex.warnings == []


def test_latex_run_has_no_errors_missing_glyphs_or_broken_references(seeds_pdf):
    """Read the Docs never runs LaTeX with -W: the log is checked here instead."""
    log = (seeds_pdf.parent / "briefing.log").read_text(encoding="utf-8", errors="replace")
    assert not [line for line in log.splitlines() if line.startswith("! ")]
    assert "Missing character" not in log
    assert "There were undefined references" not in log
    assert "LaTeX Warning: Reference" not in log
    assert "headheight is too small" not in log


def test_epub_build(seeds_project, tmp_path):
    build = sphinx_build(seeds_project, SEEDS, "epub", tmp_path / "epub")
    assert build.returncode == 0, build.stderr
    assert build.warnings == []
    epubs = list((tmp_path / "epub").glob("*.epub"))
    assert epubs
    import zipfile

    with zipfile.ZipFile(epubs[0]) as z:
        page = next(n for n in z.namelist() if n.endswith("dossier/chronologie.xhtml"))
        text = z.read(page).decode("utf-8")
    assert "Chronologie" in text and "menées contre les usagers du système Microsoft" in text


def test_pdf_has_the_global_chronology(seeds_pdf):
    text = pdf_text(seeds_pdf)
    assert squash("Chronologie") in text
    assert squash("les attaques massives menées contre les usagers du système Microsoft en mars dernier") in text


def test_unchanged_rebuild_reads_nothing(seeds_project, seeds_html):
    """A second build over the same corpus rewrites no page, so Sphinx reads no source."""
    again = sphinx_build(seeds_project, SEEDS, "html", seeds_html.out)
    assert again.returncode == 0, again.stderr
    assert "0 added, 0 changed, 0 removed" in again.stdout


def test_readthedocs_config_is_valid():
    subprocess.run(
        [str(Path(sys.executable).parent / "check-jsonschema"), "--builtin-schema",
         "vendor.readthedocs", str(REPO / ".readthedocs.yaml")],
        check=True,
    )
