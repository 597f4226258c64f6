"""The resident build process of ``briefing serve`` (``briefing.resident``):
real Sphinx builds, each in a fork of a process that stays up."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefing import resident
from briefing.analyse import nlp, warm
from briefing.cli import _serve_model

from ..conftest import REPO


def _project(root: Path, title: str = "Première page") -> Path:
    src = root / "src"
    src.mkdir(parents=True, exist_ok=True)
    (src / "conf.py").write_text('project = "essai"\n', encoding="utf-8")
    (src / "index.rst").write_text(f"{title}\n{'=' * len(title)}\n\nDu texte.\n", encoding="utf-8")
    return src


@pytest.fixture(scope="module")
def builder():  # one resident process for the module's builds, as serve keeps one
    b = resident.start(None)
    if b is None:
        pytest.skip("no fork on this system: serve builds in new processes")
    yield b
    b.close()


@pytest.mark.slow  # (0.8 s: forks a build process)
def test_builds_run_in_forks_and_the_resident_process_outlives_them(builder, tmp_path):
    src = _project(tmp_path)
    out = tmp_path / "html"
    assert builder.build(["-q", "-b", "html", str(src), str(out)]) == 0
    assert "Première page" in (out / "index.html").read_text(encoding="utf-8")
    # an edit, built again by the same resident process
    _project(tmp_path, "Seconde page")
    assert builder.build(["-q", "-b", "html", str(src), str(out)]) == 0
    assert "Seconde page" in (out / "index.html").read_text(encoding="utf-8")
    assert builder.process.is_alive()


def test_a_failing_build_gives_its_status_and_the_next_build_still_runs(builder, tmp_path):
    src = _project(tmp_path)
    (src / "conf.py").write_text("raise RuntimeError('conf.py cassé')\n", encoding="utf-8")
    assert builder.build(["-q", "-b", "html", str(src), str(tmp_path / "html")]) != 0
    (src / "conf.py").write_text('project = "essai"\n', encoding="utf-8")
    assert builder.build(["-q", "-b", "html", str(src), str(tmp_path / "html")]) == 0


def test_a_build_runs_in_the_folder_it_is_asked_from(builder, tmp_path):
    _project(tmp_path)
    assert builder.build(["-q", "-b", "html", "src", "html"], cwd=tmp_path) == 0
    assert (tmp_path / "html" / "index.html").exists()


def test_a_connection_without_the_key_is_refused_and_builds_nothing(builder, tmp_path):
    from multiprocessing.connection import Client

    builder.wait_ready()
    _project(tmp_path)
    with pytest.raises(multiprocessing.AuthenticationError):
        with Client(builder.client.address, "AF_UNIX", authkey=b"wrong key") as c:
            c.send((["-q", "-b", "html", str(tmp_path / "src"), str(tmp_path / "html")], str(tmp_path)))
            c.recv()
    assert not (tmp_path / "html").exists()
    assert builder.build(["-q", "-b", "html", str(tmp_path / "src"), str(tmp_path / "html")]) == 0


@pytest.mark.slow  # (2 s: a new Python that imports Sphinx)
def test_the_resident_process_ends_when_its_caller_is_killed(tmp_path):
    code = (
        "import sys, time\n"
        f"sys.path.insert(0, {str(REPO / 'tools')!r})\n"
        "from briefing import resident\n"
        "b = resident.start(None)\n"
        "b.wait_ready()\n"
        "print(b.process.pid, flush=True)\n"
        "time.sleep(120)\n"
    )
    caller = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    pid = int(caller.stdout.readline())
    os.kill(pid, 0)  # running
    caller.send_signal(signal.SIGKILL)  # no clean-up code runs in the caller
    caller.wait()
    deadline = time.time() + 20
    while time.time() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.1)
    else:
        os.kill(pid, signal.SIGKILL)
        pytest.fail("the resident process outlived its caller")


def test_a_build_forked_from_a_process_that_holds_the_model_starts_no_model_child():
    nlp.LOADED.add("modele_deja_charge")
    try:
        warm.start("modele_deja_charge")
        assert warm._current is None
    finally:
        nlp.LOADED.discard("modele_deja_charge")
        warm.stop()


@pytest.mark.parametrize("conf, model", [
    ("", "fr_core_news_md"),
    ("briefing_spacy_model = 'fr_core_news_lg'\n", "fr_core_news_lg"),
    ("briefing_analyse = False\n", None),
    # computed: seen only when Sphinx runs conf.py; the build loads its own model
    ("import os\nbriefing_spacy_model = os.environ.get('MODELE', 'x')\n", "fr_core_news_md"),
    ("this is not python(\n", "fr_core_news_md"),
])
def test_serve_preloads_the_model_conf_py_names_without_running_it(tmp_path, conf, model):
    marker = tmp_path / "conf-py-ran"
    (tmp_path / "conf.py").write_text(conf + f"open({str(marker)!r}, 'w')\n", encoding="utf-8")
    assert _serve_model(tmp_path) == model
    assert not marker.exists()
