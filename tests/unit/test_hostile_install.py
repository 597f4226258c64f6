"""HTML ingest needs lxml_html_clean, which must be a direct dependency: with
the pip of a Python 3.11 venv the `lxml[html_clean]` extra of justext is not
installed. Issue 13, finding 12."""

from __future__ import annotations

import tomllib

from ..conftest import REPO


def test_lxml_html_clean_is_declared_directly():
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    names = [d.split(">")[0].split("=")[0].split("[")[0].strip().lower().replace("-", "_")
             for d in project["dependencies"]]
    assert "lxml_html_clean" in names


def test_lxml_html_clean_is_importable():
    import lxml_html_clean  # noqa: F401
