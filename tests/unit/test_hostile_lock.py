"""One build at a time per Sphinx project. Issue 13, finding 11."""

from __future__ import annotations

import subprocess
import sys

import pytest

from briefing.pipeline import LOCK_FILE, ProjectBusy, acquire_lock


def test_second_lock_on_a_project_is_refused_with_a_clear_message(tmp_path):
    first = acquire_lock(tmp_path)
    try:
        with pytest.raises(ProjectBusy) as exc:
            acquire_lock(tmp_path)
        assert "another build of this project is running" in str(exc.value)
        assert LOCK_FILE in str(exc.value)
    finally:
        first.release()
    acquire_lock(tmp_path).release()  # free again once released


@pytest.mark.slow  # a new Python process
def test_lock_of_a_killed_process_is_free(tmp_path):
    code = (
        "import os, sys; from briefing.pipeline import acquire_lock; "
        f"acquire_lock({str(tmp_path)!r}); os.kill(os.getpid(), 9)"
    )
    proc = subprocess.run([sys.executable, "-c", code])
    assert proc.returncode == -9
    acquire_lock(tmp_path).release()
