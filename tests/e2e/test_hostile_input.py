"""Untrusted article text renders literally in HTML and PDF: no MyST role,
directive, target, substitution, comment, raw HTML or LaTeX passes through."""

from __future__ import annotations

import html
from html.parser import HTMLParser
from pathlib import Path

import pytest

from .conftest import copy_docs, latexmk_like_rtd, pdf_text, sphinx_build, squash

pytestmark = pytest.mark.slow

TITLE = r"Titre piégé \input{/etc/passwd} <b>gras</b> {{ titre }} $x$"

HOSTILE = [
    "```{eval-rst}",
    ".. raw:: html",
    "```{raw} html",
    "<script>alert('piège')</script>",
    "(cible-piegee)=",
    "{{ variable }}",
    "% commentaire MyST",
    "$$ E = mc^2 $$",
    r"\input{/etc/passwd}",
    r"\textbf{gras} \def\x{y} ^^5c",
    "{ref}`cible` et {cite:p}`cle`",
    ":::{note} directive",
    "[lien](javascript:alert(1))",
    "<!-- commentaire HTML -->",
    "# Faux titre",
    "| a | b |",
    "* puce --- tiret ``guillemets''",
    "> citation ~ tilde & esperluette # dièse _ souligné",
]


def _article() -> str:
    body = [
        "Un paragraphe ordinaire ouvre l’article, avec une phrase complète et banale.",
        *[f"Le texte contient {s} en plein paragraphe." for s in HOSTILE],
        *HOSTILE,
    ]
    return TITLE + "\n\n" + "\n\n".join(body) + "\n"


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self.tags: list[tuple[str, dict]] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.chunks.append(data)


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "piege.txt").write_text(_article(), encoding="utf-8")
    docs = copy_docs(root)
    return docs, corpus


def _article_page(out: Path) -> Path:
    pages = list((out / "dossier" / "articles").glob("*.html"))
    assert len(pages) == 1
    return pages[0]


def test_html_renders_hostile_text_literally(hostile_build, tmp_path):
    docs, corpus = hostile_build
    build = sphinx_build(docs, corpus, "html", tmp_path / "html")
    assert build.returncode == 0, build.stderr
    assert build.warnings == []
    parser = _Text()
    page = _article_page(tmp_path / "html")
    parser.feed(page.read_text(encoding="utf-8"))
    text = squash(html.unescape("".join(parser.chunks)))
    for s in [TITLE, *HOSTILE]:
        assert squash(s) in text, s
    # nothing became markup: no <b> element, no inline script, no javascript: link
    tags = parser.tags
    assert not any(t == "b" for t, _ in tags)
    assert not any(a.get("href", "").startswith("javascript:") for _, a in tags)
    raw = page.read_text(encoding="utf-8")
    assert "<script>alert" not in raw
    assert "<!-- commentaire HTML -->" not in raw
    assert 'id="cible-piegee"' not in raw


def test_pdf_renders_hostile_text_literally(hostile_build, tmp_path):
    docs, corpus = hostile_build
    build = sphinx_build(docs, corpus, "latex", tmp_path / "latex")
    assert build.returncode == 0, build.stderr
    assert build.warnings == []
    proc = latexmk_like_rtd(tmp_path / "latex")
    pdf = tmp_path / "latex" / "briefing.pdf"
    assert pdf.exists(), proc.stdout[-3000:]
    log = (tmp_path / "latex" / "briefing.log").read_text(errors="replace")
    assert "(/etc/passwd" not in log  # TeX logs every file it opens as "(path"
    text = pdf_text(pdf)
    for s in [TITLE, *HOSTILE]:
        assert squash(s) in text, s
