"""``briefing check``: the quality report and its --strict failure."""

from __future__ import annotations

import shutil
from pathlib import Path

from briefing.cli import main
from briefing.config import BriefingConfig
from briefing.pipeline import build_briefing
from briefing.quality import check_report


def briefing_of(folder: Path):
    return build_briefing(BriefingConfig(source_dir=folder, analyse=False))


def test_seed_report_lists_fields_dropped_lines_and_groups(seeds_dir):
    text, failed = check_report(briefing_of(seeds_dir), strict=True)
    assert not failed  # the editor's metadata file gives 000 and 001 their date
    assert "strict: every article has its required fields" in text
    sections = text.split("\n\n")
    s001 = next(s for s in sections if s.startswith("001_"))
    assert "title (derived)" in s001 and "derived: title, language" in s001
    assert "dropped 14 line(s): boilerplate 2, byline 2, duplicate 10" in s001
    assert "line 13  duplicate    duplicate of p2" in s001
    assert "same story as: 000_1f35b69e3e6c29ef (fuller)" in s001
    s002 = next(s for s in sections if s.startswith("002_"))
    assert "date (extracted): 2021-07 (precision: month only)" in s002
    assert "set by editor: outlet" in s002
    assert "unknown: time, place, agency" in s002
    assert "same-story groups: 1\n  000_1f35b69e3e6c29ef = 001_ea71d8d9c7e3bcc7" in text


def test_strict_fails_on_a_missing_date(tmp_path, seeds_dir):
    for name in ("000_1f35b69e3e6c29ef.txt", "003_4fae3430d9ee79e0.txt"):
        shutil.copy(seeds_dir / name, tmp_path / name)  # without the editor's metadata file
    text, failed = check_report(briefing_of(tmp_path), strict=False)
    assert not failed and "MISSING required: date" in text
    text, failed = check_report(briefing_of(tmp_path), strict=True)
    assert failed
    assert "FAIL 000_1f35b69e3e6c29ef: missing date" in text
    assert "FAIL 003" not in text


def test_strict_fails_on_an_unreadable_file(tmp_path, seeds_dir):
    shutil.copy(seeds_dir / "003_4fae3430d9ee79e0.txt", tmp_path)
    (tmp_path / "vide.txt").write_bytes(b"")
    text, failed = check_report(briefing_of(tmp_path), strict=True)
    assert failed
    assert f"{tmp_path.name}/vide.txt: [unreadable] the file is empty" in text


def test_cli_check_exit_codes(tmp_path, seeds_dir, capsys):
    assert main(["check", "--strict", str(seeds_dir)]) == 0
    shutil.copy(seeds_dir / "000_1f35b69e3e6c29ef.txt", tmp_path)
    assert main(["check", str(tmp_path)]) == 0
    assert main(["check", "--strict", str(tmp_path)]) == 1
    assert "MISSING required: date" in capsys.readouterr().out
