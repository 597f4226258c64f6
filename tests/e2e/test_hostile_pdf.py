"""`briefing build --formats pdf` never reports a failed PDF as built, and a
paragraph of a few hundred KB still gives a valid PDF. Issue 13, finding 2."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from .conftest import copy_docs, pdf_text, squash

pytestmark = pytest.mark.slow

#: TeX Live's line buffer (buf_size); a .tex line must stay well below it.
TEX_BUFFER = 200_000


def _build(docs, corpus, out):
    return subprocess.run(
        [sys.executable, "-m", "briefing", "build", "--docs", str(docs), "--source", str(corpus),
         "--out", str(out), "--formats", "pdf", "-j", "1"],
        capture_output=True, text=True, env={**os.environ, "CI": "true"},
    )


def _pdfinfo_ok(pdf) -> bool:
    return subprocess.run(["pdfinfo", str(pdf)], capture_output=True).returncode == 0


def test_long_paragraph_gives_a_valid_pdf(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    words = ("Le conseil municipal a voté le budget annuel après un long débat public. " * 3500)
    unbroken = "x" * 30_000  # a "word" with no space at all
    end = "Fin du paragraphe interminable."
    (corpus / "long.txt").write_text(
        "Un paragraphe démesuré\n\n" + words + unbroken + " " + end + "\n\nUn second paragraphe court.\n",
        encoding="utf-8",
    )
    assert len(words) > 250_000
    docs = copy_docs(tmp_path)
    out = tmp_path / "build"
    proc = _build(docs, corpus, out)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    tex = (out / "latex" / "briefing.tex").read_text(encoding="utf-8")
    assert max(len(line) for line in tex.splitlines()) < TEX_BUFFER // 4
    pdf = out / "briefing.pdf"
    assert _pdfinfo_ok(pdf)
    assert f"PDF: {pdf}" in proc.stdout
    text = pdf_text(pdf)
    assert squash(end) in text
    # every letter of the unbroken word is typeset (page heads may cut the run)
    assert sum(len(run) for run in re.findall(r"x{20,}", text)) == len(unbroken)


def test_latex_failure_is_not_reported_as_success(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "Un titre ordinaire\n\nLe conseil municipal a voté le budget annuel après un débat.\n",
        encoding="utf-8",
    )
    docs = copy_docs(tmp_path)
    conf = docs / "conf.py"
    conf.write_text(conf.read_text() + "\nlatex_elements['preamble'] += r'\\commandeinconnue'\n")
    out = tmp_path / "build"
    proc = _build(docs, corpus, out)
    assert proc.returncode != 0
    assert "PDF: " not in proc.stdout
    assert "Undefined control sequence" in proc.stderr
    assert str(out / "latex" / "briefing.log") in proc.stderr
