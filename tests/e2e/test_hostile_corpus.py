"""The seeds plus a folder of bad inputs: `briefing build` exits 0, names every
bad file once, and every seed article is in the HTML and the PDF (issue 13,
"done when")."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from ..conftest import SEEDS
from .conftest import copy_docs, pdf_text, squash

pytestmark = pytest.mark.slow

GOOD = (
    "Un titre d’article {n}\n\n"
    "Le gouvernement a présenté mardi le plan numéro {n} pour les collectivités locales, "
    "selon un communiqué publié dans la matinée à Genève.\n"
)
BOMB = "".join(f"{c}: &{c} [{', '.join([f'*{p}'] * 9)}]\n" for p, c in zip("abcdefgh", "bcdefghi"))


def make_bad_corpus(folder):
    """The seeds, and one file (or folder) for each way an input can be bad."""
    folder.mkdir()
    for f in SEEDS.iterdir():
        (folder / f.name).write_bytes(f.read_bytes())
    bad = {}

    def add(name, text, why):
        (folder / name).write_text(text, encoding="utf-8")
        bad[name] = why

    (folder / "lien.txt").symlink_to("/etc/passwd"); bad["lien.txt"] = "link out"
    (folder / "casse.txt").symlink_to(folder / "absent.txt"); bad["casse.txt"] = "broken link"
    os.mkfifo(folder / "tube.txt"); bad["tube.txt"] = "fifo"
    add(".cache.txt", GOOD.format(n=1), "hidden")
    (folder / "dossier.txt").mkdir(); bad["dossier.txt"] = "folder"
    add("vide.txt", "", "empty")
    (folder / "image.txt").write_bytes(bytes(range(256)) * 8); bad["image.txt"] = "binary"
    add("gros.txt", "Titre\n\n" + "Une phrase. " * 500_000, "too big")
    add("a b.txt", GOOD.format(n=2), "id collision")
    add("a-b.txt", GOOD.format(n=3), "id collision (renamed)")
    bad.pop("a b.txt")
    add("date.md", "---\ndate: 2023-02-30\n---\n" + GOOD.format(n=4), "impossible date")
    add("bombe.md", "---\na: &a [x, x, x, x, x, x, x, x, x]\n" + BOMB + "title: [*i, *i]\n---\n" + GOOD.format(n=5), "alias bomb")
    add("profond.md", "---\ntitle: " + "[" * 3000 + "]" * 3000 + "\n---\n" + GOOD.format(n=6), "nesting")
    add("surrogat.md", '---\nauthors: ["A\\ud800"]\n---\n' + GOOD.format(n=7), "surrogate")
    add("titre.md", "---\ntitle: [1, 2]\n---\n" + GOOD.format(n=8), "title type")
    data = GOOD.format(n=9).encode("utf-8")
    (folder / "mojibake.txt").write_bytes(data[:40] + b"\xff\xfe\x81" + data[40:]); bad["mojibake.txt"] = "invalid utf-8"
    add("controles.txt", GOOD.format(n=10).replace("plan", "pl\x01an\x1b"), "controls")
    add("long-" + "x" * 246 + ".txt", GOOD.format(n=11), "long name") and None
    bad.pop("long-" + "x" * 246 + ".txt")  # a long name is no problem any more: not reported
    add("fleuve.txt", "Un article fleuve\n\n" + "Le conseil a voté le budget après un long débat. " * 5000 + "\n", "long paragraph")
    bad.pop("fleuve.txt")  # 250 KB: analysed and typeset, no warning
    with open(os.fsencode(folder) + b"/caf\xff.txt", "wb") as fh:
        fh.write(GOOD.format(n=12).encode())
    bad["caf\ufffd.txt"] = "file name not UTF-8"
    return bad


def test_seeds_plus_bad_inputs_build(tmp_path):
    corpus = tmp_path / "corpus"
    bad = make_bad_corpus(corpus)
    docs = copy_docs(tmp_path)
    out = tmp_path / "build"
    proc = subprocess.run(
        [sys.executable, "-m", "briefing", "build", "--docs", str(docs), "--source", str(corpus),
         "--out", str(out), "-j", "1"],
        capture_output=True, text=True, env={**os.environ, "CI": "true"},
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    warnings = [line for line in proc.stderr.splitlines() if "WARNING" in line]
    for name in bad:
        named = [w for w in warnings if re.search(rf"corpus/{re.escape(name)}\b", w)]
        # HTML, PDF and EPUB come from one generation: each bad file named once
        assert len(named) == 1, (name, bad[name], named)
    from lxml import html as lxml_html

    pages = squash(" ".join(lxml_html.fromstring(p.read_bytes()).text_content()
                            for p in (out / "html" / "dossier" / "articles").glob("*.html")))
    for seed in sorted(SEEDS.glob("*.txt")):
        line = max(seed.read_text(encoding="utf-8").splitlines(), key=len)
        assert squash(line[len(line) // 2:len(line) // 2 + 40]) in pages, seed.name
    pdf = pdf_text(out / "briefing.pdf")
    for seed in sorted(SEEDS.glob("*.txt")):
        line = max(seed.read_text(encoding="utf-8").splitlines(), key=len)
        middle = line[len(line) // 2:len(line) // 2 + 40]  # past any dateline the cleaner moves
        assert squash(middle) in pdf, (seed.name, middle)
