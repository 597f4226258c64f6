"""``briefing_pdf_articles``: the PDF of a large corpus need not print every
article. "none" leaves the annex of articles out of the book, "summary" keeps
one line per article (title, date, source); the site keeps every article."""

from __future__ import annotations

import pytest

from briefing.ingest import read_corpus
from briefing.render.french import format_date

from ..conftest import SEEDS
from .conftest import latexmk_like_rtd, pdf_text, sphinx_build, squash

pytestmark = pytest.mark.slow


def _long_paragraphs(article) -> list[str]:
    return [p.text for p in article.paragraphs if p.kind in ("lead", "body") and len(p.text) >= 200]


@pytest.fixture(scope="module")
def seeds():
    return read_corpus(SEEDS)[0]


def test_pdf_without_articles_keeps_the_synthese_and_drops_every_article_body(tmp_path, seeds):
    from .conftest import copy_docs

    docs = copy_docs(tmp_path)
    build = sphinx_build(docs, SEEDS, "latex", tmp_path / "latex", "-D", "briefing_pdf_articles=none")
    assert build.returncode == 0, build.stderr
    assert not build.warnings, build.warnings
    latexmk_like_rtd(build.out)
    pdf = build.out / "briefing.pdf"
    assert pdf.exists()
    text = pdf_text(pdf)
    # the book is still there: its summary, its chapters, its sources
    assert squash("Synthèse") in text and squash("Points clés") in text
    assert squash("Chapitres") in text
    synthese = (docs / "dossier" / "synthese.md").read_text(encoding="utf-8")
    assert "Aucun point clé" not in synthese
    # …but no article page: no metadata table (its "Lieu (dateline)" row), no article's text in full
    assert squash("Lieu (dateline)") not in text
    for a in seeds:
        long = _long_paragraphs(a)
        assert long, a.source
        # a key point may quote a sentence or two, never a whole article
        assert not all(squash(p) in text for p in long), a.source
    # links that pointed into the removed pages are plain text now
    tex = (build.out / "briefing.tex").read_text(encoding="utf-8")
    assert "dossier/articles/" not in tex


def test_pdf_summary_lists_each_article_on_one_line(tmp_path, seeds):
    from .conftest import copy_docs

    docs = copy_docs(tmp_path)
    build = sphinx_build(docs, SEEDS, "latex", tmp_path / "latex", "-D", "briefing_pdf_articles=summary")
    assert build.returncode == 0, build.stderr
    assert not build.warnings, build.warnings
    tex = (build.out / "briefing.tex").read_text(encoding="utf-8")
    assert "Lieu (dateline)" not in tex and "dossier/articles/" not in tex
    assert f"{len(seeds)} articles, par date de publication" in tex
    for a in seeds:
        date = format_date(a.date) if a.date else "date inconnue"
        line = f"{a.title or a.source} — {date} — {a.outlet or a.agency or a.source}"
        # LaTeX writes hyphens as \sphinxhyphen{} and escapes a few characters
        typeset = squash(tex.replace("\\sphinxhyphen{}", "-")).replace("\\", "")
        assert squash(line) in typeset, line


def test_unknown_pdf_articles_value_is_refused(tmp_path):
    from .conftest import copy_docs

    docs = copy_docs(tmp_path)
    build = sphinx_build(docs, SEEDS, "latex", tmp_path / "latex", "-D", "briefing_pdf_articles=some",
                         strict=False)
    assert build.returncode != 0
    assert "briefing_pdf_articles = 'some'" in build.stderr
