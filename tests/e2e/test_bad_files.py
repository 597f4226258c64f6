"""A bad input file gets one clear warning naming it; the other articles still build."""

from __future__ import annotations

import pytest

from ..conftest import SEEDS
from .conftest import copy_docs, sphinx_build

pytestmark = pytest.mark.slow


def test_bad_files_are_named_and_skipped(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    good = sorted(SEEDS.glob("*.txt"))[3]
    (corpus / good.name).write_bytes(good.read_bytes())
    (corpus / "vide.txt").write_bytes(b"")
    (corpus / "blancs.txt").write_bytes(b"  \n\n \t\n")
    (corpus / "image.txt").write_bytes(bytes(range(256)) * 8)
    docs = copy_docs(tmp_path)
    build = sphinx_build(docs, corpus, "html", tmp_path / "html", strict=False)
    assert build.returncode == 0, build.stderr
    for name in ("vide.txt", "blancs.txt", "image.txt"):
        named = [w for w in build.warnings if name in w]
        assert len(named) == 1, (name, build.warnings)
        assert "[briefing." in named[0]  # a warning kind the user can suppress
    pages = list((tmp_path / "html" / "dossier" / "articles").glob("*.html"))
    # one page, the good article's (named by its date and title: 003 is "A Pékin, Kerry…")
    assert [p.stem for p in pages] == ["2014-07-02-a-pekin-kerry-va-pousser-la-chine-a-agir-contre-le"]

    strict = sphinx_build(docs, corpus, "html", tmp_path / "html-strict")
    assert strict.returncode != 0  # -W turns the warnings into a failing build

    # a user who knows can silence this one kind of warning
    silenced = sphinx_build(docs, corpus, "html", tmp_path / "html-silenced",
                            "-D", "suppress_warnings=myst.header,briefing.unreadable")
    assert silenced.returncode == 0, silenced.stderr
