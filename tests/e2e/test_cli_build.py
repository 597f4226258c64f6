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


def test_serve_builds_and_serves_the_site_then_rebuilds_on_change(tmp_path):
    import os
    import socket
    import time
    import urllib.request

    docs = copy_docs(tmp_path)
    source = tmp_path / "articles"
    source.mkdir()
    for f in SEEDS.glob("00[34]_*.txt"):
        (source / f.name).write_bytes(f.read_bytes())
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "briefing", "serve", "--docs", str(docs), "--source", str(source),
         "--out", str(tmp_path / "build"), "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        env={**os.environ, "CI": "true"},
    )

    def page(path: str, wait: float = 240) -> str:
        deadline = time.time() + wait
        while time.time() < deadline:
            assert proc.poll() is None, proc.stdout.read()[-3000:]
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/{path}", timeout=5) as r:
                    return r.read().decode("utf-8")
            except OSError:
                time.sleep(1)
        pytest.fail(f"{path} not served within {wait} s")

    try:
        assert "Dossier de presse" in page("index.html")
        # a new article: the site rebuilds with its page
        (source / "nouvel-article.txt").write_text(
            "Un sommet sur la cybersécurité à Genève\n\n"
            "GENÈVE, 3 mars 2024 (AFP) - Les délégations se sont retrouvées lundi à Genève.\n",
            encoding="utf-8")
        # its month's page appears (404 until the rebuild) and lists it
        assert "Un sommet sur la cybersécurité à Genève" in page("dossier/periodes/2024-03.html")
        time.sleep(8)  # room for a rebuild the build itself would set off
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    log = proc.stdout.read()
    # the rebuilds run in the resident process, not in a new Python
    assert "builds run by a resident process" in log
    assert "> python -m sphinx" not in log
    # one rebuild, for the article: what a build writes (its lock file, the
    # generated pages, the cache) does not set off another one, endlessly
    assert log.count("Detected changes") == 1, log[-3000:]
    assert "Detected changes (nouvel-article.txt)" in log
