"""A build's process does not run the cycle collector over its heap at exit."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

TOOLS = Path(__file__).resolve().parents[2] / "tools"

PROGRAM = """
import sys
sys.path.insert(0, {tools!r})
if {register}:
    from briefing.shutdown import skip_collection_at_exit
    skip_collection_at_exit()
    skip_collection_at_exit()  # twice: registered once

class Node:
    def __del__(self):
        print("collected", flush=True)

kept = Node()
kept.self = kept  # a cycle alive at exit, as the pages' environment is
"""


def _run(register: bool) -> str:
    code = PROGRAM.format(tools=str(TOOLS), register=register)
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout


def test_without_the_hook_the_collector_visits_objects_left_at_exit():
    assert _run(False).count("collected") == 1  # the control: CPython collects at exit


def test_with_the_hook_objects_left_at_exit_are_not_collected():
    assert "collected" not in _run(True)
