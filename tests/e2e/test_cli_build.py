"""`briefing build` — what the README's build command runs — writes the HTML and the PDF."""

from __future__ import annotations

import subprocess
import sys

import pytest

from ..conftest import SEEDS
from .conftest import copy_docs

pytestmark = pytest.mark.slow


def test_build_writes_html_and_pdf(tmp_path):
    docs = copy_docs(tmp_path)
    out = tmp_path / "build"
    proc = subprocess.run(
        [sys.executable, "-m", "briefing", "build", "--docs", str(docs), "--source", str(SEEDS),
         "--out", str(out), "--strict"],
        capture_output=True, text=True, env={"CI": "true", **__import__("os").environ},
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert (out / "html" / "index.html").exists()
    pdf = out / "briefing.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    assert f"PDF: {pdf}" in proc.stdout
    assert "WARNING" not in proc.stderr
