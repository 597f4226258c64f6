"""Write the seeds' generated MyST pages and .bib into a folder, for before/after
comparisons of refactoring commits (which must change no output).

    PYTHONPATH=tools .venv/bin/python tools/scripts/snapshot_seeds.py /tmp/before
    ... change the code ...
    PYTHONPATH=tools .venv/bin/python tools/scripts/snapshot_seeds.py /tmp/after
    diff -r /tmp/before /tmp/after && echo "no output change"

Runs cold (a fresh cache) and without editions, so two runs of the same code on
the same day give identical files.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    out = Path(argv[0]).resolve()
    from briefing.config import BriefingConfig
    from briefing.pipeline import run

    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp) / "docs"
        project.mkdir()
        config = BriefingConfig(
            source_dir=ROOT / "seeds", output_dir=project / "dossier",
            cache_dir=Path(tmp) / "cache", progress=False, editions=False,
        )
        run(config)
        if out.exists():
            shutil.rmtree(out)
        shutil.copytree(project / "dossier", out)
    print(f"seeds' generated pages written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
