"""A build run by the resident process of ``briefing serve`` (a fork of a
process holding Sphinx and the real French model) makes the very pages a
plain ``sphinx-build`` makes."""

from __future__ import annotations

import pytest

from briefing import resident
from briefing.config import BriefingConfig

from ..conftest import SEEDS
from .conftest import copy_docs, sphinx_build

pytestmark = pytest.mark.slow


def _tree(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_resident_build_writes_what_a_plain_build_writes(tmp_path):
    plain_docs = copy_docs(tmp_path / "plain")
    plain = sphinx_build(plain_docs, SEEDS, "html", tmp_path / "plain" / "html")
    assert plain.returncode == 0, plain.stderr[-3000:]

    docs = copy_docs(tmp_path / "resident")
    # warmed up as serve does, on a copy of the project (a throwaway build in the resident process)
    builder = resident.start(BriefingConfig.default("spacy_model"), warm_up_docs=docs)
    if builder is None:
        pytest.skip("no fork on this system")
    try:
        out = tmp_path / "resident" / "html"
        # each with its own analysis cache: the resident build analyses the seeds itself
        status = builder.build(["-T", "-N", "-q", "-W", "--keep-going", "-b", "html",
                                "-D", f"briefing_source_dir={SEEDS}", str(docs), str(out)])
    finally:
        builder.close()
    assert status == 0
    generated = _tree(docs / "dossier")
    assert not any(b"mise en route" in text for text in generated.values())  # nothing of the warm-up
    assert generated == _tree(plain_docs / "dossier")
    assert len(generated) > 20
    for page in ("index.html", "dossier/synthese.html", "dossier/acteurs.html"):
        assert (out / page).read_bytes() == (plain.out / page).read_bytes(), page
