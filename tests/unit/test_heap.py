"""When a build's process runs the cycle collector: less often during the
build, never over its heap at exit."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

TOOLS = Path(__file__).resolve().parents[2] / "tools"

PROGRAM = """
import sys
sys.path.insert(0, {tools!r})
if {register}:
    from briefing.heap import skip_collection_at_exit
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


COLLECTING = """
import gc, sys
sys.path.insert(0, {tools!r})
from briefing.heap import collect_less_often
collect_less_often()
print(gc.get_threshold()[0])
alive = 0
class Node:
    def __init__(self):
        global alive
        alive += 1
    def __del__(self):
        global alive
        alive -= 1
most = 0
for _ in range(300_000):
    node = Node()
    node.self = node  # cyclic garbage, as a page's tree once written
    del node
    most = max(most, alive)
print(most)
"""


def test_cyclic_garbage_is_still_collected_in_batches():
    young, most = subprocess.run(
        [sys.executable, "-c", COLLECTING.format(tools=str(TOOLS))], capture_output=True, text=True, check=True,
    ).stdout.split()
    assert int(young) == 20_000
    # 300,000 cycles made: never more than one batch of them alive at once
    assert 0 < int(most) <= 20_000
