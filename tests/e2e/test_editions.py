"""Editions on the seeds, in a temporary copy: a first edition from 002, 003 and 004,
then 000 and 001 (the Jakarta story, two outlets) are added and the book rebuilt.

The "Nouveautés" page lists exactly the Jakarta story (once, both outlets cited),
its key points, events and quotes; every "Nouveau" badge of the book sits on an
item of the Jakarta story; the first edition marks nothing; a rebuild with no
change is the same edition and the same pages.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urldefrag

import lxml.html
import pytest
import yaml

from ..conftest import SEEDS
from .conftest import _env, copy_docs, sphinx_build

pytestmark = pytest.mark.slow

JAKARTA = ("000_1f35b69e3e6c29ef", "001_ea71d8d9c7e3bcc7")
OLD = ("002_aa25f8a4555c7bf6", "003_4fae3430d9ee79e0", "004_18b5137fdf594e88")


def _build(docs: Path, corpus: Path, out: Path, epoch: str):
    os.environ["SOURCE_DATE_EPOCH"] = epoch
    try:
        build = sphinx_build(docs, corpus, "html", out)
    finally:
        del os.environ["SOURCE_DATE_EPOCH"]
    assert build.returncode == 0 and build.warnings == [], build.stderr
    return out


def _pages(html: Path) -> list[Path]:
    return sorted(p for p in html.rglob("*.html") if "_static" not in p.parts)


def _badged_items(page):
    return [li for li in page.iter("li")
            if any("Nouveau" == (s.text_content() or "").strip() and "badge" in (s.get("class") or "")
                   for s in li.iter("span"))]


def _jakarta_files(html: Path) -> set[str]:
    """The file names of the two Jakarta article pages (pages are named by date and title)."""
    names = set()
    for p in (html / "dossier" / "articles").glob("*.html"):
        text = p.read_text(encoding="utf-8")
        if any(f"{aid}.txt" in text for aid in JAKARTA):
            names.add(p.name)
    return names


@pytest.fixture(scope="module")
def editions(tmp_path_factory):
    root = tmp_path_factory.mktemp("editions")
    docs = copy_docs(root)
    corpus = root / "corpus"
    corpus.mkdir()
    for aid in OLD:
        shutil.copy2(SEEDS / f"{aid}.txt", corpus)
    for name in ("topics.yaml", "glossary.yaml"):
        shutil.copy2(SEEDS / name, corpus)
    # the editor's metadata for the three articles present (the file also has 000 and 001)
    meta = yaml.safe_load((SEEDS / "metadata.yaml").read_text(encoding="utf-8"))
    first_meta = {k: v for k, v in meta.items() if not k.startswith(JAKARTA)}
    (corpus / "metadata.yaml").write_text(yaml.safe_dump(first_meta, allow_unicode=True), encoding="utf-8")
    first = _build(docs, corpus, root / "html1", "1780000000")
    manifest1 = (docs / "editions" / "1.json").read_text(encoding="utf-8")
    for aid in JAKARTA:
        shutil.copy2(SEEDS / f"{aid}.txt", corpus)
    shutil.copy2(SEEDS / "metadata.yaml", corpus)  # now with the entries of 000 and 001
    second = _build(docs, corpus, root / "html2", "1790000000")
    again = _build(docs, corpus, root / "html3", "1800000000")
    return {"docs": docs, "corpus": corpus, "first": first, "second": second, "again": again,
            "manifest1": manifest1, "root": root}


def test_first_edition_marks_nothing(editions):
    for path in _pages(editions["first"]):
        page = lxml.html.parse(str(path)).getroot()
        assert not _badged_items(page), f"{path.name}: a badge in the first edition"
    news = lxml.html.parse(str(editions["first"] / "dossier" / "nouveautes.html")).getroot()
    assert "Première édition" in news.text_content()
    m = json.loads(editions["manifest1"])
    assert m["edition"] == 1 and sorted(m["articles"]) == list(OLD)


def test_nouveautes_lists_exactly_the_jakarta_story(editions):
    html = editions["second"]
    jakarta = _jakarta_files(html)
    assert len(jakarta) == 2
    page = lxml.html.parse(str(html / "dossier" / "nouveautes.html")).getroot()
    main = page.xpath('//article[contains(@class, "bd-article")]')[0]
    assert "Nouveautés de l’édition 2" in main.findtext(".//h1")
    sections = {ws(s.findtext("h2") or ""): s for s in main.iter("section") if s.find("h2") is not None}
    articles = sections["Articles"].findall(".//li")
    assert len(articles) == 1, "the story is listed once"
    citation = articles[0].xpath('.//span[contains(@class, "bibtex-citation")]')
    assert len(citation) == 1
    cited = {a.get("title") for a in citation[0].iter("a")}
    assert {next(aid for aid in JAKARTA if aid in t) for t in cited} == set(JAKARTA), "both outlets cited"
    links = {urldefrag(a.get("href"))[0].rsplit("/", 1)[-1] for a in articles[0].iter("a") if a.get("href")}
    assert jakarta <= links, "both outlets' versions are linked"
    for name in ("Points clés", "Chronologie", "Citations"):
        items = sections[name].findall(".//li")
        assert items, f"no {name} in the Nouveautés"
        for li in items:
            hrefs = [a.get("href") for a in li.iter("a") if a.text_content().strip() == "¶"]
            assert hrefs, ws(li.text_content())
            files = {urldefrag(h)[0].rsplit("/", 1)[-1] for h in hrefs}
            assert files <= jakarta, f"{name}: {ws(li.text_content())[:100]} cites {files}"
    # the front page says it in one line
    front = ws(lxml.html.parse(str(html / "index.html")).getroot().text_content())
    assert "Depuis l’édition 1 (28 mai 2026) : 2 nouveaux articles (1 information)" in front


def test_only_the_jakarta_story_is_marked_new(editions):
    html = editions["second"]
    jakarta = _jakarta_files(html)
    marked = 0
    for path in _pages(html):
        if path.name == "nouveautes.html":
            continue
        page = lxml.html.parse(str(path)).getroot()
        for li in _badged_items(page):
            marked += 1
            hrefs = [a.get("href") for a in li.iter("a") if a.get("href")]
            files = {urldefrag(h)[0].rsplit("/", 1)[-1] for h in hrefs}
            files = {f for f in files if f.endswith(".html") and f not in ("", "sources.html")}
            article_files = {f for f in files if f in jakarta or f[:4].isdigit()}
            assert article_files and article_files <= jakarta, f"{path.name}: {ws(li.text_content())[:120]}"
    assert marked >= 5


def test_a_rebuild_without_change_is_the_same_edition(editions):
    assert sorted(p.name for p in (editions["docs"] / "editions").iterdir()) == ["1.json", "2.json"]
    for name in ("dossier/nouveautes.html", "index.html", "dossier/synthese.html"):
        assert (editions["second"] / name).read_bytes() == (editions["again"] / name).read_bytes(), name


def test_export_and_cli_options(editions):
    root, corpus = editions["root"], editions["corpus"]
    proc = subprocess.run([sys.executable, "-m", "briefing", "export", str(corpus)], capture_output=True,
                          text=True, env=_env(), cwd=root)
    assert proc.returncode == 0, proc.stderr
    edition = json.loads(proc.stdout)["edition"]
    assert edition["number"] == 2 and edition["previous"]["number"] == 1
    assert sorted(edition["new"]["articles"]) == list(JAKARTA)
    assert edition["new"]["key_points"] and edition["new"]["events"] and edition["new"]["quotes"]
    # --edition-of compares with the given manifest; --no-edition marks nothing
    out = root / "cli"
    base = [sys.executable, "-m", "briefing", "build", "--docs", str(editions["docs"]), "--source", str(corpus),
            "--formats", "html", "--strict", "-j", "1"]
    proc = subprocess.run(base + ["--out", str(out), "--edition-of", str(editions["docs"] / "editions" / "1.json")],
                          capture_output=True, text=True, env=_env())
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    assert "Nouveautés de l’édition 2" in (out / "html" / "dossier" / "nouveautes.html").read_text(encoding="utf-8")
    proc = subprocess.run(base + ["--out", str(root / "cli2"), "--no-edition"], capture_output=True, text=True, env=_env())
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    for path in _pages(root / "cli2" / "html"):
        assert not _badged_items(lxml.html.parse(str(path)).getroot()), path.name


def ws(text: str) -> str:
    return " ".join(text.split())
