"""The generated-folder writer: skips unchanged files, prunes stale ones, stays inside."""

from __future__ import annotations

import os

import pytest

from briefing.write import OWNER_MARK, write_tree


def test_first_write_then_unchanged_then_changed(tmp_path):
    root = tmp_path / "gen"
    first = write_tree(root, {"a.md": "A", "sub/b.md": "B"})
    assert sorted(first.written) == ["a.md", "sub/b.md"]
    mtime = (root / "a.md").stat().st_mtime_ns
    os.utime(root / "a.md", ns=(mtime - 10_000_000_000, mtime - 10_000_000_000))
    before = (root / "a.md").stat().st_mtime_ns

    second = write_tree(root, {"a.md": "A", "sub/b.md": "B2"})
    assert second.unchanged == ("a.md",)
    assert second.written == ("sub/b.md",)
    assert (root / "a.md").stat().st_mtime_ns == before  # untouched: Sphinx won't reread it
    assert (root / "sub/b.md").read_text() == "B2"


def test_stale_files_and_empty_folders_are_removed(tmp_path):
    root = tmp_path / "gen"
    write_tree(root, {"articles/x.md": "X", "articles/y.md": "Y", "index.md": "I"})
    report = write_tree(root, {"index.md": "I"})
    assert sorted(report.removed) == ["articles/x.md", "articles/y.md"]
    assert not (root / "articles").exists()
    assert (root / OWNER_MARK).exists()


def test_refuses_paths_outside_its_folder(tmp_path):
    with pytest.raises(ValueError, match="outside"):
        write_tree(tmp_path / "gen", {"../evil.md": "x"})
    assert not (tmp_path / "evil.md").exists()


def test_refuses_a_folder_it_does_not_own(tmp_path):
    root = tmp_path / "handwritten"
    root.mkdir()
    (root / "precious.md").write_text("keep me")
    with pytest.raises(ValueError, match="not made by briefing"):
        write_tree(root, {"a.md": "A"})
    assert (root / "precious.md").read_text() == "keep me"
