"""What sits in the source folder besides regular article files, and file names
that collide or are too long. Issue 13, findings 1 (symlinks), 3 (id
collisions), 4 (251+ character names), 6 (size guard) and 9 (FIFOs, broken
links, dot-files, folders named *.txt)."""

from __future__ import annotations

import os

import pytest

from briefing.ingest import read_corpus

BODY = (
    "Un titre d’article ordinaire {n}\n\n"
    "Le gouvernement a présenté mardi le plan numéro {n} pour les collectivités locales, "
    "selon un communiqué publié dans la matinée.\n"
)


def _write(folder, name, n=1):
    path = folder / name
    path.write_text(BODY.format(n=n), encoding="utf-8")
    return path


def _named(problems, name):
    return [p for p in problems if name in p.location or name in p.message]


def test_symlink_out_of_the_source_folder_is_not_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0:root:/root:/bin/bash\n" * 20)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _write(corpus, "a.txt")
    (corpus / "x.txt").symlink_to(secret)
    (corpus / "sub").mkdir()
    (corpus / "sub" / "y.txt").symlink_to("../../secret.txt")
    (corpus / "linked-dir").symlink_to(tmp_path, target_is_directory=True)
    articles, problems = read_corpus(corpus)
    assert [a.source for a in articles] == ["a.txt"]
    for name in ("x.txt", "y.txt", "linked-dir"):
        named = _named(problems, name)
        assert len(named) == 1, (name, problems)
        assert "link" in named[0].message
    assert not any("root:x" in a.title or "" for a in articles)


def test_fifo_broken_link_dotfile_and_folder_named_txt_are_reported(tmp_path):
    _write(tmp_path, "a.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "broken.txt").symlink_to(tmp_path / "nowhere.txt")
    _write(tmp_path, ".cache.txt", 2)
    (tmp_path / "dossier.txt").mkdir()
    _write(tmp_path / "dossier.txt", "inner.txt", 3)
    articles, problems = read_corpus(tmp_path)  # a FIFO must not block the read
    assert sorted(a.source for a in articles) == ["a.txt", "dossier.txt/inner.txt"]
    for name in ("pipe.txt", "broken.txt", ".cache.txt", "dossier.txt"):
        named = [p for p in problems if p.location.endswith("/" + name)]
        assert len(named) == 1, (name, problems)
    # non-article files (notes, data) are no problem
    (tmp_path / "notes.csv").write_text("a,b\n")
    assert len(read_corpus(tmp_path)[1]) == len(problems)


def test_article_ids_are_unique_and_collisions_named(tmp_path):
    for n, name in enumerate(("a b.txt", "a-b.txt", "a-b-2.txt", "A B.txt")):
        _write(tmp_path, name, n)
    articles, problems = read_corpus(tmp_path)
    ids = [a.id for a in articles]
    assert len(ids) == 4 and len(set(ids)) == 4, ids
    # the file whose own name gives an id keeps it
    assert {a.source: a.id for a in articles}["a-b-2.txt"] == "a-b-2"
    renamed = [p for p in problems if p.kind == "renamed"]
    assert len(renamed) == 2, problems
    for p in renamed:
        assert p.message.count(".txt") >= 2  # names both files


def test_long_file_names_give_bounded_ids(tmp_path):
    long_a = "a" * 240 + "-un.txt"
    long_b = "a" * 240 + "-deux.txt"
    _write(tmp_path, long_a, 1)
    _write(tmp_path, long_b, 2)
    articles, problems = read_corpus(tmp_path)
    assert len(articles) == 2
    ids = [a.id for a in articles]
    assert all(len(i) <= 80 for i in ids), ids
    assert len(set(ids)) == 2


def test_size_guard_skips_a_huge_file_with_a_clear_message(tmp_path):
    _write(tmp_path, "a.txt")
    big = tmp_path / "enorme.txt"
    big.write_text(BODY.format(n=2) + ("Une phrase de remplissage sans fin. " * 30_000), encoding="utf-8")
    assert 1_000_000 < big.stat().st_size < 2_000_000
    articles, problems = read_corpus(tmp_path, max_bytes=1_000_000)
    assert [a.source for a in articles] == ["a.txt"]
    named = _named(problems, "enorme.txt")
    assert len(named) == 1 and "MB" in named[0].message, problems
    # the limit is configurable
    articles, _ = read_corpus(tmp_path, max_bytes=2_000_000)
    assert len(articles) == 2


def test_default_size_limit_is_five_megabytes():
    from briefing.config import BriefingConfig

    assert BriefingConfig().max_article_bytes == 5_000_000


@pytest.mark.skipif(os.name != "posix", reason="POSIX file names")
def test_file_name_that_is_not_utf8_is_read_and_named_readably(tmp_path):
    _write(tmp_path, "a.txt")
    raw = os.fsencode(tmp_path) + b"/caf\xff.txt"
    with open(raw, "wb") as fh:
        fh.write(BODY.format(n=2).encode("utf-8"))
    articles, problems = read_corpus(tmp_path)
    assert len(articles) == 2
    for a in articles:
        a.source.encode("utf-8")  # no surrogate escapes reach the pages
    named = [p for p in problems if "caf" in p.location]
    assert len(named) == 1, problems
